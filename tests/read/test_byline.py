"""'Who wrote the story about …?': the author quoted from the article's byline (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.byline import asks_author
from tests.fakes import SENTENCE

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry crews vote to strike</title>
<meta name="author" content="Rhys Penhale"></head><body><article><h1>Ferry crews vote to strike</h1>
<p>Ferry crews on the island routes have voted to strike for three days in April over pay.</p>
<p>The ferry operator said the strike would cut the islands off at the start of the tourist season.</p>
</article></body></html>"""


@pytest.mark.parametrize("question, asks", [
    ("Who wrote the story about the harbour bridge?", True),
    ("Who wrote the harbour bridge story?", True),
    ("Who is the author of the article on the bridge?", True),
    ("who reported this story?", True),
    ("Who wrote the book that inspired the story?", False),    # a book the articles tell of
    ("Who wrote the report on the bridge?", False),            # a report, not the article
    ("Who wrote Harbour Lights?", False),
    ("Who wrote the Harrowgate Rovers season review?", True),   # a review, a column, an interview, an obituary
    ("Who wrote the obituary of Margit Solheim?", True),
])
def test_what_asks_who_wrote_an_article(question, asks):
    assert asks_author(question) is asks


def test_the_author_is_quoted_from_the_byline_else_not_found_saying_why(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text("Harbour bridge to close for repairs\nBy Mara Lind\n\nThe harbour bridge will "
                                      "close for six weeks of repairs from Monday, the council said.\n", encoding="utf-8")
    (seeds / "museum.txt").write_text("Museum reopens\n\nThe maritime museum reopened on Friday after a "
                                      "restoration of its warehouse.\n", encoding="utf-8")
    (seeds / "ferry.html").write_text(PAGE, encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Who wrote the story about the harbour bridge repairs?")
    text = (seeds / "bridge.txt").read_text(encoding=a.encoding)
    assert a.found and a.text == "Mara Lind" and a.source == "bridge.txt" and a.sentence == "By Mara Lind"
    assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence and a.line == 2
    a = engine.answer("Who wrote the article about the maritime museum reopening?")
    assert not a.found and a.notice == "museum.txt names no author." and a.passages
    a = engine.answer("Who wrote the story about the ferry crews strike?")
    assert not a.found and "gives Rhys Penhale as the author of ferry.html" in a.notice


def test_a_wire_storys_author_is_quoted_from_its_sign_off(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "wire.txt").write_text("Kestrel Mining agrees takeover\n\nLONDON, Sept 2 (Meridian Wire) — Kestrel Mining "
                                    "has agreed to a takeover by Bardon Resources.\n\n(Reporting by Anjali Rhodes; "
                                    "Editing by Tom Whitcombe)\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Who wrote the story about the Kestrel Mining takeover by Bardon Resources?")
    assert a.found and a.text == "Anjali Rhodes" and engine.article_text("wire.txt")[a.start:a.end] == a.text
    assert a.sentence == "(Reporting by Anjali Rhodes; Editing by Tom Whitcombe)"
