"""The kind of sum a question asks for (pay, prize money, damage, a fine, a fare, a valuation, a
price per unit) and a sentence giving none of that kind: made-up examples, and the rule in the
pipeline (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.sums import SumAsked, gives_no_sum_of, sum_asked
from tests.fakes import SENTENCE, write_corpus


@pytest.mark.parametrize("question, kind", [
    ("What will Rafael Ennis earn at KV Ostermeer?", "pay"),
    ("What is Sven Ostrander's salary at Valdera CF?", "pay"),
    ("How much is Aquasar's chief executive paid?", "pay"),
    ("How much are nurses paid a year?", "pay"),
    ("How much prize money did FK Teravik win for the cup?", "prize money"),
    ("How much damage did Storm Orla cause?", "damage"),
    ("How much was Rune Falk fined?", "fine"),
    ("How much will a monthly tram pass cost in Velmora?", "fare"),
    ("How much does a ticket on Metro Line 3 cost?", "fare"),
    ("What is Lumora Health's valuation after its funding round?", "valuation"),
    ("How much did the Ostermere bridge cost per metre?", "price per metre"),
    ("What price per cubic metre will Belmaro pay for the gas?", "price per cubic metre"),
    # no kind of sum: a price, a count, a share, ticket sales
    ("How much was paid for the painting?", ""),
    ("How much did the project cost?", ""),
    ("How many tickets were sold?", ""),
    ("How much did ticket sales bring in?", ""),
    ("How much will the ferry fare freeze cost the state each year?", ""),    # a policy's cost
    ("By how much did prices rise per cent?", ""),
    ("How much water did people use per day during the heatwave?", ""),     # no sum
    ("How much will Astrel pay per Harbourline share?", "price per share"),
    ("What did Idris Falkenrath say about the minimum wage rise?", ""),      # a quote
    ("How much does the hire cost per day?", "price per day"),
    ("Who was fined?", ""),
    ("What admission did he make?", ""),                   # no amount asked: no fare
    ("What was the damage to the cathedral?", ""),
])
def test_the_kind_of_sum_asked(question, kind):
    asked = sum_asked(question)
    assert (asked.named if asked else "") == kind


def _at(sentence: str, span: str) -> tuple[int, int]:
    a = sentence.index(span)
    return a, a + len(span)


@pytest.mark.parametrize("kind, sentence, span, other", [
    ("pay", "Midfielder Rafael Ennis has joined KV Ostermeer for a fee of 1.8 million euros.", "1.8 million euros", True),
    ("pay", "Ennis will be paid 40,000 euros a week, the club said.", "40,000 euros", False),
    ("pay", "Solvane made a profit of £5m last year.", "£5m", False),         # a firm's "earnings"
    ("prize money", "The film was shot in 23 days on a budget of 1.4 million euros.", "1.4 million euros", True),
    ("prize money", "The winners receive 1.5 million varr in prize money.", "1.5 million varr", False),
    ("damage", "Storm Orla brought gusts of up to 160 km/h to the coast.", "up to 160 km/h", True),
    ("damage", "She promised 500 million merks in emergency aid for the towns.", "500 million merks", True),
    ("damage", "Insurers put the bill at 80 million varr.", "80 million varr", False),
    ("fine", "Moe accepted payments totalling 1.3 million merks from Rune Falk.", "1.3 million merks", True),
    ("fine", "Veltro was fined 2 million euros by the regulator.", "2 million euros", False),
    ("fare", "Metro Line 3 opened at a final cost of 3.4 billion dolen.", "3.4 billion dolen", True),
    ("fare", "Tickets cost 1.5 million dong.", "1.5 million dong", False),          # a currency of small units
    ("fine", "The court ordered Veltro to pay 2 million euros.", "2 million euros", False),
    ("pay", "The winner takes home €2m.", "€2m", False),
    ("price per share", "Astrel will pay 320 pence per Harbourline share.", "320 pence", False),
    ("price per ticket", "Tickets cost 20 dravna each.", "20 dravna", False),
    ("fare", "A single adult ticket will cost 95 varr.", "95 varr", False),
    ("valuation", "Lumora has raised 12 million euros in a Series A round.", "12 million euros", True),
    ("valuation", "The round values Lumora at 80 million euros.", "80 million euros", False),
    ("price per metre", "The revised contract takes the bridge's cost to 42 million krell.", "42 million krell", True),
    ("price per metre", "That is about 70,000 krell a metre.", "70,000 krell", False),
    ("price per person", "Entry costs 20 varr a head.", "20 varr", False),
    ("price per year", "The licence costs 300 varr, paid annually.", "300 varr", False),
    ("", "Anything at all.", "Anything", False),
])
def test_a_sentence_giving_another_sum(kind, sentence, span, other):
    assert sentence.find(span) >= 0
    kind, _, unit = kind.partition(" per ")
    assert gives_no_sum_of(SumAsked(kind, unit) if kind else None, sentence) is other


def test_pay_is_never_answered_by_a_transfer_fee(tmp_path, fake_encoder, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds", {"transfer.txt": (
        "Ennis joins Ostermeer", "FC Ottersby midfielder Rafael Ennis has joined the Belgian club KV Ostermeer for a "
        "fee of 1.8 million euros, ending a seven-year spell at the club.")})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("What will Rafael Ennis earn at KV Ostermeer?")
    assert not a.found and a.notice == decide.NO_MEASURE.format("pay") and a.passages
    a = engine.answer("What fee did KV Ostermeer pay for Rafael Ennis?")
    assert a.found and "1.8 million euros" in a.text
