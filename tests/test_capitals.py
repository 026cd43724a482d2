"""Capitals beyond ASCII: a name or a word opening with "Ø", "É", "Å" or "Č" ("Karin Østby", "Émile
Zola", "ÅLESUND") is read as one opening with "K" is, one opening with "é" or "č" as a small word, and
the code keeps it so (every pattern takes its capitals from ``CAPITALS``, none from a bare ``[A-Z]``)."""

from __future__ import annotations

import re
from pathlib import Path

from qa.ingest.lexicon import CAPITALS
from qa.ingest.sentences import split_sentences
from qa.ingest.text import byline
from qa.read.full_names import full_name
from qa.read.speakers import people_named

QA = Path(__file__).resolve().parents[1] / "qa"


def test_no_pattern_spells_out_its_capitals():
    spelt = [f"{path.relative_to(QA.parent)}:{n}" for path in sorted(QA.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\[\^?A-Z(?!a-z)", line)]
    assert not spelt, f'take capitals from qa.ingest.lexicon.CAPITALS (rf"[{{CAPITALS}}]"): {spelt}'


def test_the_capitals_are_every_capital_of_latin_1_and_latin_extended_a_and_no_small_letter():
    capital = re.compile(f"[{CAPITALS}]")
    letters = [chr(c) for c in [*range(0x41, 0x5B), *range(0xC0, 0xDF), *range(0x100, 0x180)] if chr(c).isalpha()]
    assert [c for c in letters if bool(capital.fullmatch(c)) != c.isupper()] == []
    assert not capital.fullmatch("×") and capital.fullmatch("Ž") and not capital.fullmatch("ž")


def test_bylines_and_names_opening_with_a_capital_beyond_ascii():
    assert byline("By Karin Østby, Business Editor · 3 July 2025") == "Karin Østby"
    assert byline("By Émile Zola") == "Émile Zola" and byline("By Åsa Lind and Čestmír Novák") == "Åsa Lind and Čestmír Novák"
    assert people_named("The deal was signed by Ørjan Dahl and Łucja Nowak on Monday.") == ["Ørjan Dahl", "Łucja Nowak"]
    text = "Economy Minister Åsa Lindqvist said the deal was fair. Lindqvist added that it would hold."
    at = full_name(text, "Lindqvist", [(0, 53), (54, len(text))])
    assert at is not None and text[at[0]:at[1]] == "Åsa Lindqvist"


def test_a_small_accented_letter_opens_no_name():
    assert people_named("The über-rich Anna Holt met élite Olympians.") == ["Anna Holt"]
    assert people_named("The łódź-born Anna Holt met ōmura Olympians.") == ["Anna Holt"]
    for small in ("élan", "ćevapi"):
        text = f"He ordered a café au lait. {small} was what she lacked."
        assert len(split_sentences(text, 0, len(text), 80)) == 1


def test_a_sentence_ends_before_a_capital_beyond_ascii():
    text = "The port reopened on Monday. Østby said the cranes were safe. Émile Roux agreed."
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text), 80)] == [
        "The port reopened on Monday.", "Østby said the cranes were safe.", "Émile Roux agreed."]
