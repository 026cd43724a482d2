"""The person an answer names by surname alone, as its article names them in full: "Ferrante" or "Ms
Tscharner" quoted from '"…," Ferrante told a news conference.' is "Aldo Ferrante" where the article first
wrote "Fisheries Minister Aldo Ferrante". A reader asking who wants the whole name, and a place to check it.

Surface patterns only: a run of capitalised words ending in the surname, its given names the one or two
words after the last title ("Minister", "Dr", "Rovers'"), a stop word ("When"), a day or month, or a word that
opens a sentence or a place's name ("Meanwhile", "Last", "North"). None when the article names two people of
that surname ("Karin Holm" and "Mikael Holm"): "Holm" may be either. Read only for an answer to a question
asking for a person, or one with an honorific ("Mr Donofrio"): ``qa.read.decide``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.encode.words import STOPWORDS
from qa.ingest.lexicon import CAPITALS
from qa.read.asked import NAME_RUN
from qa.read.kinds import DAYS, DESCRIPTOR_WORDS, HONORIFICS, MONTHS
from qa.read.roles import ROLES

# A surname alone, an honorific before it or not: "Ferrante", "Ms Tscharner", "Dr. Leclerc", "Osei-Lind", "Müller"
_SURNAME_ALONE = re.compile(rf"(?:(?i:{'|'.join(sorted(HONORIFICS))})\.?\s+)?"
                            rf"(?P<surname>[{CAPITALS}][^\W\d_][\w'’-]*?)(?:['’]s?)?")
# Words before a name that say what someone is, not who: its title, office or trade
_TITLES = HONORIFICS | ROLES | DESCRIPTOR_WORDS | frozenset(
    """mp mep cllr senator chancellor general colonel major lieutenant sergeant sgt admiral commander deputy vice
    chief leader bishop archbishop father reverend rev pope king queen prince princess sheriff premier rabbi imam
    pastor inspector dj""".split())
_NOT_GIVEN = STOPWORDS | {w.lower() for w in f"{DAYS}|{MONTHS}".split("|")} | frozenset(
    """meanwhile however also yet still now then last next first north south east west upper lower new old great
    little saint st san santa port fort mount lake cape greater central""".split())
_GIVEN_NAME = re.compile(rf"[{CAPITALS}](?:[^\W\d_][\w'’-]*|\.)")      # "Aldo", "Jean-Paul", "Søren", "J."
_MAX_GIVEN = 2


def full_name(text: str, answer: str, spans: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    """Where ``text`` (in its sentences at ``spans``) first names in full the one person of the surname
    ``answer`` names alone ("Ferrante", "Ms Tscharner"): the span of their given names and surname
    ("Aldo Ferrante"). None when ``answer`` is no surname alone, or the sentences name nobody of that
    surname in full, or more than one person."""
    m = _SURNAME_ALONE.fullmatch(answer.strip())
    if m is None or not m.group("surname")[1].islower() or m.group("surname").lower() in HONORIFICS | _NOT_GIVEN:
        return None
    surname = m.group("surname")
    named: dict[tuple[str, ...], int] = {}
    for start, end in spans:
        sentence = text[start:end]
        if surname not in sentence:
            continue
        for run in NAME_RUN.finditer(sentence):
            words = [(w.start(), w.group()) for w in re.finditer(r"\S+", run.group())]
            if len(words) < 2 or re.sub(r"(?:['’]s?|\.)$", "", words[-1][1]) != surname:
                continue
            given = _given_names(words[:-1])
            if given:
                named.setdefault(tuple(w for _, w in given), start + run.start() + given[0][0])
    if len(named) != 1:
        return None
    (given, at), = named.items()
    found = re.compile(r"\s+".join(map(re.escape, [*given, surname]))).match(text, at)
    return (found.start(), found.end()) if found else None


def _given_names(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The given names among the words of a name before its surname: those after its last title or
    owner ("Fisheries Minister Aldo" → "Aldo", "Rovers' Sabine" → "Sabine") and any word opening
    sentences ("When Anna" → "Anna"); [] when they are none, or more than two, or not written as names."""
    cut = 0
    for i, (_, w) in enumerate(words):
        bare = w.rstrip(".,").lower()
        if bare in _TITLES or bare in _NOT_GIVEN or w.endswith(("'s", "’s", "'", "’")):
            cut = i + 1
    given = words[cut:]
    named = all(_GIVEN_NAME.fullmatch(w) and (w[1:2].islower() or w[1:2] == ".") for _, w in given)
    return given if 0 < len(given) <= _MAX_GIVEN and named else []
