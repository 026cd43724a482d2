"""Whose figure a question asks for: "How many people did police say attended?" of "Police estimated
the crowd at about 8,000, while organisers said 25,000 people had taken part" is the 8,000 of the
police's clause, not the organisers' 25,000; and "How many roads does the fire service say are
closed?" is not answered from "Police also say 38 roads are closed." Surface patterns only: the source
named in the question, and who the sentence says is telling."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CAPITALS
from qa.read.figures import DIGITS

# "did police say", "does the council estimate", "according to the organisers"
_ASKED = re.compile(r"\b(?:did|do|does)\s+(?:the\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:say|estimate|claim"
                    r"|count|report|put)\b"
                    r"|\baccording\s+to\s+(?:the\s+)?(?P<after>[\w'’-]+(?:\s+[\w'’-]+){0,3})", re.IGNORECASE)
# Words of a source phrase that name no one: "Michael Howard's speech", "the Bank of Mexico"
_NOT_WHO = frozenset("""the a an of its their his her it they he she you we i in on for to and latest new recent
    speech report study survey figures data statement estimate estimates analysis research poll this was has is as
    us""".split())
# Where one source's clause ends and another's begins: ", while", "; ", ", but", ", whereas"
_CLAUSES = re.compile(r",\s+(?:while|whilst|whereas|but|and|although)\s+|;\s+|\s+(?:but|while|whereas)\s+",
                      re.IGNORECASE)
_TELLS = r"(?:said|says|say|estimated?|estimates|claimed|claims?|counted|reported|reports|puts?)"
# Who a sentence says is telling: "Police also say", "the fire service puts", "according to the union"
_TELLER = re.compile(rf"(?P<who>(?-i:(?:[{CAPITALS}][\w'’-]*\s+)*[{CAPITALS}][\w'’-]*)|\b(?:the|its|their)\s+[a-z]+"
                     rf"(?:\s+[a-z]+)?"
                     r"|(?-i:\b[a-z]{3,}s|police|government|council|union|company|ministry|army|court))"
                     rf"\s+(?:also\s+|later\s+|had\s+|have\s+)?{_TELLS}\b"
                     r"|\baccording\s+to\s+(?P<after>[\w'’-]+(?:\s+[\w'’-]+){0,3})", re.IGNORECASE)


def source_asked(question: str) -> frozenset[str]:
    """The words naming the source whose figure ``question`` asks for, in lower case ({"police"},
    {"bank", "mexico"}); empty when it names none."""
    m = _ASKED.search(" ".join(question.split())[:1000])
    return _who_words(m.group("who") or m.group("after")) if m else frozenset()


def source_span(question: str) -> tuple[int, int] | None:
    """Where ``question`` names its source, with the "the" before it: (12, 18) of "How many did
    police say marched?", the span of "the organisers" in "… according to the organisers?"; None
    when it names none."""
    m = _ASKED.search(question[:1000])
    if m is None:
        return None
    group = "who" if m.group("who") else "after"
    start = m.start(group)
    the = re.search(r"(?<![\w'’-])the\s+$", question[:start], re.IGNORECASE)
    return (the.start() if the else start), m.end(group)


def _who_words(phrase: str) -> frozenset[str]:
    words = {w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", phrase.lower())}
    return frozenset(w for w in words if w not in _NOT_WHO and len(w) > 1)


def _names(source: frozenset[str], text: str) -> bool:
    """Whether ``text`` names the source (a word of it; "organisers" as "organiser" too)."""
    stems = [w[:-1] if w.endswith("s") and len(w) > 4 else w for w in source]
    return any(re.search(rf"\b{re.escape(stem)}", text, re.IGNORECASE) for stem in stems)


def sources_figures(question: str, sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The figures of the clause of ``sentence`` naming the source ``question`` asks about
    (``source_asked``), when the span ``sentence[start:end]`` is in another clause saying whose it
    is; else none."""
    source = source_asked(question)
    if not source:
        return []
    bounds = [0, *(m.end() for m in _CLAUSES.finditer(sentence) if not _in_brackets(sentence, m.start())),
              len(sentence)]
    clauses = list(zip(bounds, bounds[1:]))
    named = [(a, b) for a, b in clauses if _names(source, sentence[a:b])]
    spans = [(a, b) for a, b in clauses if a <= start < b]
    if len(clauses) < 2 or len(named) != 1 or named == spans or not _tellers(sentence[slice(*spans[0])]):
        return []       # the span's clause says whose figure it is: "while organisers said 25,000 …"
    return [m.span() for m in DIGITS.finditer(sentence, *named[0])]


def told_by_another(question: str, sentence: str) -> bool:
    """Whether ``question`` asks for a source's figure and ``sentence`` says only others are telling
    it ("Police also say 38 roads are closed." for the fire service's figure): each teller it names
    shares no word with the question ("It said", "the bank said" for the Bank of Mexico do)."""
    source = source_asked(question)
    if not source or _names(source, sentence):
        return False
    tellers = _tellers(sentence)
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    return bool(tellers) and all(not (t & asked) for t in tellers)


def _tellers(text: str) -> list[frozenset[str]]:
    """The words of each teller ``text`` names (``_TELLER``); a pronoun names none."""
    found = [_who_words(m.group("who") or m.group("after")) for m in _TELLER.finditer(text)]
    return [t for t in found if t]


def _in_brackets(sentence: str, at: int) -> bool:
    """Whether ``sentence[at]`` is inside brackets ("($8bn; £6bn)")."""
    return sentence.count("(", 0, at) > sentence.count(")", 0, at)
