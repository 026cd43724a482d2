"""A live page's entries under their times: "At what time did the live blog report …?" is answered
with the time over the entry saying it (hand-made page, fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.live import entry_asked
from tests.fakes import SENTENCE, write_corpus

LIVE = ("Key points:\nRiver peaks above its record\n\n"
        "17:20\nPower restored to most homes\nAbout 4,300 homes are still without power, the network operator said.\n\n"
        "12:40\nTrains suspended\nThe rail operator has suspended all trains between Aldwick and Carrow because of "
        "flooding on the line.\n\n"
        "08:30\nEvacuation ordered\nThe mayor has ordered the evacuation of 1,200 homes near the river.\n")


@pytest.mark.parametrize("question, what", [
    ("At what time did the live blog report that the rail operator had suspended trains?",
     "the rail operator had suspended trains"),
    ("When did the live page say power was restored?", "power was restored"),
    ("What time did the trains stop?", ""),                       # a time the story tells, not the page's
    ("When did the company blog announce the merger?", ""),       # no live page
])
def test_what_asks_when_a_live_page_reported_something(question, what):
    assert entry_asked(question) == what


def test_the_time_over_the_entry_saying_it_is_quoted(tmp_path, fake_encoder, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds", {"live.txt": ("Aldwick floods live", LIVE)})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("At what time did the live blog report that all trains between Aldwick and Carrow were "
                      "suspended?")
    assert a.found and a.text == "12:40" and engine.article_text("live.txt")[a.start:a.end] == "12:40"
    a = engine.answer("When did the live blog report the evacuation of 1,200 homes near the river?")
    assert a.found and a.text == "08:30"
    a = engine.answer("At what time did the live blog report that the ferry had sunk off Kestrel Point?")
    assert a.text not in ("17:20", "12:40", "08:30")        # no entry says so: no entry's time


RECAP = ("About 900,000 homes lost power on Wednesday after a fire at the Harrowgate substation. Here is how the day "
         "unfolded, oldest entries first.\n\n07:52\nReports are coming in of a power cut across large parts of "
         "Kestrowen.\n\n12:45\nThe fire at Harrowgate is out, according to the fire service.\n\n22:15\nThe last "
         "4,000 customers, mostly in the Harrowgate district, are reconnected.\n")


def test_what_an_entry_tells_happened_at_the_time_over_it(tmp_path, fake_encoder, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds", {"blackout.txt": ("Kestrowen blackout: how the day unfolded", RECAP)})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("At what time were the last customers reconnected in the Harrowgate district?")
    assert a.found and a.text == "22:15" and engine.article_text("blackout.txt")[a.start:a.end] == "22:15"
    a = engine.answer("When did the fire service say the fire at Harrowgate was out?")
    assert a.found and a.text == "12:45"
    a = engine.answer("How many homes lost power after the fire at the Harrowgate substation?")
    assert a.text != "07:52"                # no time asked: the entry's sentence itself


def test_an_entry_saying_something_did_not_happen_gives_no_time_for_it(tmp_path, fake_encoder, monkeypatch):
    count = ("Here is how the count unfolded.\n\n23:30\nFirst-round results are announced.\n\n00:20\nDahl tells "
             "supporters he will not concede the election until every ballot is counted.\n")
    seeds = write_corpus(tmp_path / "seeds", {"count.txt": ("Mayoral count: as it happened", count)})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    assert engine.answer("At what time did Dahl concede the election?").text != "00:20"
