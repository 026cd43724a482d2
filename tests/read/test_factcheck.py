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


@pytest.mark.parametrize("question, asks", [
    ("Who claimed that bus fares had doubled?", "who"),
    ("What verdict did the fact check give on the homes claim?", "verdict"),
    ("Who won the election?", ""),
])
def test_what_asks_about_a_claim(question, asks):
    assert asks_claim(question) == asks


@pytest.mark.parametrize("question, quoted", [
    ("Who claimed that bus fares in Tolby had doubled?", "Astrid Mohn"),
    ("What verdict did the fact checkers give on the bus fares claim?", "Misleading"),
    ("Who claimed to have built 5,000 new homes in the last year?", "Housing Minister Petra Sand"),
    ("What was the verdict on the new homes claim?", "Partly true"),
])
def test_the_claimant_and_the_verdict_come_from_the_claims_block(tmp_path, fake_encoder, monkeypatch, question,
                                                                 quoted):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "check.txt").write_text(CHECK, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer(question)
    assert a.found and a.text == quoted and engine.article_text("check.txt")[a.start:a.end] == quoted
