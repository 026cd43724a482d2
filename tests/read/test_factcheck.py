"""A fact check's "Claim / Who said it / Verdict" blocks (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.factcheck import asks_claim
from tests.fakes import SENTENCE

CHECK = """Fact check: bus fares and the 5,000 homes claim

By Lise Amund

Claim: "Bus fares in Tolby have doubled since 2020."
Source: Tolby Buses price lists, 2020 and 2026.
Who said it: Astrid Mohn, the Harbour Party's candidate, in a leaflet last week.
The facts: The adult single fare was 2.10 in 2020 and is 3.40 now, a rise of 62%.
Verdict: Misleading. Fares rose steeply but did not double.

Claim: "We built 5,000 new homes in the last year."
Who said it: Housing Minister Petra Sand, at a rally in Eldby.
The facts: Work started on 5,120 homes, but only 3,840 were finished.
Verdict: Partly true - more than 5,000 were started, fewer than 4,000 finished.
"""
# A claim under its heading, who made it on its claim line
HEADED = """Five pension claims checked

2. "Without the reform, the pension fund will run out of money in 2034."

Claim: Made by Finance Minister Oskar Fendt in the Assembly on 3 March.

Verdict: Mostly true

The fund's own report projects that its reserves would be exhausted in 2034 under current rules.

4. "Most people over 60 are too ill to work."

Claim: Made by Greta Moss, chair of the Federation of Trade Unions, in an interview on 5 March.

Verdict: Misleading
"""


@pytest.mark.parametrize("question, asks", [
    ("Who claimed that bus fares had doubled?", "who"),
    ("What verdict did the fact check give on the homes claim?", "verdict"),
    ("Who won the election?", ""),
    ("How did FactWatch rate Greta Moss's claim that most people over 60 are too ill to work?", "verdict"),
    ("How did the minister rate the plan?", ""),
])
def test_what_asks_about_a_claim(question, asks):
    assert asks_claim(question) == asks


@pytest.mark.parametrize("check, question, quoted", [
    ("CHECK", "Who claimed that bus fares in Tolby had doubled?", "Astrid Mohn"),
    ("CHECK", "What verdict did the fact checkers give on the bus fares claim?", "Misleading"),
    ("CHECK", "Who claimed to have built 5,000 new homes in the last year?", "Housing Minister Petra Sand"),
    ("CHECK", "What was the verdict on the new homes claim?", "Partly true"),
    # a claim under its heading, who made it on its claim line
    ("HEADED", "How did FactWatch rate Greta Moss's claim that most people over 60 are too ill to work?", "Misleading"),
    ("HEADED", "Who claimed the pension fund would run out of money in 2034?", "Oskar Fendt"),
    ("HEADED", "Who claimed that most people over 60 are too ill to work?", "Greta Moss"),
])
def test_the_claimant_and_the_verdict_come_from_the_claims_block(tmp_path, fake_encoder, monkeypatch, check, question,
                                                                 quoted):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "check.txt").write_text({"CHECK": CHECK, "HEADED": HEADED}[check], encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer(question)
    assert a.found and a.text == quoted and engine.article_text("check.txt")[a.start:a.end] == quoted


def test_a_claims_maker_is_read_right_after_its_label_whatever_the_spaces():
    from qa.read.factcheck import _made_by

    line = "Claim: Made by Oskar  Fendt in the Assembly."
    at = _made_by(line)
    assert at is not None and line[at[0]:at[1]] == "Oskar  Fendt"
    assert _made_by("Claim: The new bridge was made by Kessock Steel Works in 2019.") is None     # the claim's words
