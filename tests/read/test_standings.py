"""A place in a league table: "Which club was seventh in …?" is answered with the name in that position's
row, quoted from it (the rule alone, and a hand-made page with a fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.standings import place_asked, placed_row
from tests.fakes import SENTENCE

TABLE = ("Premier Division after round 14\n\n| Pos | Club | P | Pts |\n|---|---|---|---|\n"
         "| 1 | Port Sulven Athletic | 14 | 33 |\n| 2 | Aldrecht Rovers | 14 | 30 |\n| 3 | Lisk Wanderers | 14 | 18 |\n"
         "\nLisk Wanderers lost at home on Sunday.\n")


@pytest.mark.parametrize("question, place", [
    ("Which club was seventh in the Premier Division table after round 14?", 7),
    ("Which club was bottom of the Premier Division?", -1),
    ("Which team is top of the league?", 1),
    ("Which club finished 3rd in the Premier Division?", 3),
    ("Which club topped the Premier Division after round 14?", 1),
    ("Which club did Rovers beat seventh time lucky?", None),
    ("Who was seventh in the marathon?", None),             # no table's row asked for
])
def test_what_asks_who_holds_a_place_in_a_table(question, place):
    assert place_asked(question) == place


@pytest.mark.parametrize("place, name", [(1, "Port Sulven Athletic"), (3, "Lisk Wanderers"), (-1, "Lisk Wanderers"),
                                         (7, None)])
def test_the_name_in_the_row_of_a_place(place, name):
    span = placed_row(TABLE, place)
    assert (TABLE[span[0]:span[1]] if span else None) == name


UNNUMBERED = ("Table after round 9\n\n| Club | P | W | Pts |\n|---|---|---|---|\n| Harrow Vale | 9 | 7 | 22 |\n"
              "| Mossend United | 9 | 6 | 19 |\n| Keld Athletic | 9 | 2 | 7 |\n\nKeld lost again.\n")


@pytest.mark.parametrize("place, name", [(1, "Harrow Vale"), (2, "Mossend United"), (-1, "Keld Athletic"), (4, None)])
def test_the_name_in_the_row_of_a_place_in_a_table_without_positions_in_its_order(place, name):
    span = placed_row(UNNUMBERED, place)
    assert (UNNUMBERED[span[0]:span[1]] if span else None) == name
    assert placed_row(UNNUMBERED.replace("Pts", "Goals"), place) is None      # no points column: no league table
    assert placed_row(TABLE.replace("| 3 |", "| 7 |"), 3) is None    # numbered, the place not shown: not the 3rd row


def test_a_place_asked_is_quoted_from_its_row(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    rows = "".join(f"<tr><td>{n}</td><td>{club}</td><td>14</td><td>{pts}</td></tr>" for n, club, pts in
                   [(1, "Port Sulven Athletic", 33), (2, "Aldrecht Rovers", 30), (3, "Lisk Wanderers", 18)])
    (seeds / "table.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Premier Division table</title></head><body><article>'
        "<h1>Athletic stay top of the Premier Division</h1><p>Port Sulven Athletic remain three points clear at the "
        "top of the Premier Division after a 3-0 win at Lisk Wanderers on Sunday, the 14th round of matches.</p>"
        "<p>Aldrecht Rovers are second after beating Thornholt Town, and Lisk Wanderers are third.</p>"
        f"<table><tr><th>Pos</th><th>Club</th><th>P</th><th>Pts</th></tr>{rows}</table></article></body></html>",
        encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Which club was second in the Premier Division table?")
    text = engine.article_text("table.html")
    assert a.found and a.text == "Aldrecht Rovers" and text[a.start:a.end] == "Aldrecht Rovers"
    assert a.sentence.startswith("| 2 | Aldrecht Rovers")
