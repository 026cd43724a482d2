"""A figure a correction withdraws is not given as the answer: the figure it puts in its place is,
quoted from the correction (fake encoder, and the text rule alone)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read.corrections import corrected_figure
from tests.fakes import SpansReader, write_corpus

NOTE = ("Correction to our 11:15 entry: the mayor's office has clarified that the grant is 750 thalers per "
        "household, but the fund holds 2.3 million thalers, not 3.2 million as we first reported.")


@pytest.mark.parametrize("sentence, quote, right", [
    (NOTE, "3.2 million thalers", "2.3 million thalers"),
    (NOTE, "3.2 million", "2.3 million"),
    (NOTE, "750 thalers", None),                                  # a figure it does not withdraw
    (NOTE, "3.2%", None),                                         # nor one of another measure
    ("Correction: The attendance was 21,046, not 21,406 as we said.", "21,406", "21,046"),
    ("Prices rose 5%, not 3% as some had forecast.", "3%", None),   # no correction
    ("As we reported yesterday, the council approved 40 homes, not 400, in its March plan.", "400 homes", None),
    ("The firm cut 200 jobs, not 500 as it said in January.", "500 jobs", None),     # another's claim
    ("Correction: the school has 300 pupils, not 3 as we reported.", "3 teachers", None),   # another count
    ("Correction: the school has 300 pupils, not 3 as we reported.", "3 pupils", "300 pupils"),
    ("The fund holds 2.3 million thalers, not 3.2 million as we first reported.", "3.2 million", "2.3 million"),
])
def test_a_correction_names_the_figure_in_place_of_the_one_it_withdraws(sentence, quote, right):
    at = corrected_figure(sentence, quote)
    assert (sentence[at[0]:at[1]] if at else None) == right


def test_the_answer_is_the_corrected_figure_quoted_from_the_correction(tmp_path, fake_encoder):
    text = ("Mayor Tomas Weller has announced an emergency hardship grant for flooded households. He said the fund "
            "would hold 3.2 million thalers. " + NOTE)
    engine = Engine(write_corpus(tmp_path / "seeds", {"live.txt": ("Flood live", text)}), tmp_path / "index",
                    encoder=fake_encoder, reader=SpansReader({"3.2 million thalers": 5.0}), threshold=0.0)
    a = engine.answer("How much will the hardship fund hold?")
    assert a.found and a.text == "2.3 million thalers" and a.sentence == NOTE
    assert engine.article_text("live.txt")[a.start:a.end] == a.text
    for question in ["How much did the page originally say the hardship fund would hold?",     # the wrong one
                     "How much did the live page first report the hardship fund would hold?"]:
        a = engine.answer(question)
        assert a.found and a.text == "3.2 million thalers", question


def test_a_long_run_of_digits_is_read_at_once():
    corrected_figure("Correction: " + "1," * 2500 + " not 5", "5")     # (had backtracked: seconds)
    corrected_figure("Correction: " + "1" * 5000 + " x not 1", "1")


def test_what_is_right_may_follow_the_note_that_tells_what_was_wrong(tmp_path, fake_encoder, monkeypatch):
    from qa.read import decide
    from qa.read.corrections import note_goes_on
    from tests.fakes import SENTENCE

    note = "Correction: An earlier version of this story said the repairs would cost 5.8 million sevra."
    assert note_goes_on(note, "The correct figure is 6.8 million sevra.")
    assert not note_goes_on("The council met on Monday.", "The correct figure is 6.8 million sevra.")
    text = f"The bridge will reopen in March.\n\n{note} The correct figure is 6.8 million sevra."
    engine = Engine(write_corpus(tmp_path / "seeds", {"bridge.txt": ("Bridge repairs", text)}), tmp_path / "index",
                    encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("What is the corrected cost of the bridge repairs?")
    assert a.found and "6.8 million" in a.sentence
    a = engine.answer("What cost for the bridge repairs did the story wrongly give first?")
    assert a.found and "5.8 million" in a.sentence          # what it said wrongly, asked for


@pytest.mark.parametrize("sentence, wrong", [
    ("A report on 14 April wrongly described Hanne Ostby as chair of the cooperative.", True),
    ("An article on 10 April said that 1,240 patients had waited more than a year.", True),
    ("Clarification: An article on 10 April said that 1,240 patients had waited more than a year.", False),
])
def test_a_clarification_tells_what_an_article_said_not_that_it_was_wrong(sentence, wrong):
    from qa.read.corrections import told_wrong

    assert told_wrong("Corrections and clarifications", sentence) is wrong


def test_a_name_a_correction_withdraws_is_answered_with_the_right_one(tmp_path, fake_encoder):
    from qa.read.corrections import corrected_name

    note = "Correction: An earlier version of this article gave the lead researcher's name as Dr Petra Hallin."
    assert corrected_name(note, "She is Dr Petra Hallberg.", "Dr Petra Hallin") == (True, 7, 24)
    assert corrected_name(note, "We apologise.", "Dr Petra Hallin") is None
    assert corrected_name("The study was led by Dr Petra Hallin.", "She is Dr Petra Hallberg.", "Dr Petra Hallin") is None
    text = ("The research team, led by Dr Petra Hallin, found the glaciers are shrinking twice as fast as thought. "
            f"{note} She is Dr Petra Hallberg. We apologise for the error.")
    engine = Engine(write_corpus(tmp_path / "seeds", {"ice.txt": ("Glaciers shrink", text)}), tmp_path / "index",
                    encoder=fake_encoder, reader=SpansReader({"Dr Petra Hallin": 5.0}), threshold=0.0)
    a = engine.answer("Who led the study that found the glaciers are shrinking twice as fast?")
    assert a.found and a.text == "Dr Petra Hallberg" and engine.article_text("ice.txt")[a.start:a.end] == a.text
    a = engine.answer("What name did the article wrongly give the lead researcher?")
    assert a.found and a.text == "Dr Petra Hallin"


def test_a_correction_giving_no_persons_name_leaves_a_persons_name_as_it_is(tmp_path, fake_encoder):
    text = ("Tor Brun will speak at the opening. Correction: An earlier version of this article said Tor Brun would "
            "speak on Monday. It should have said Tuesday.")
    engine = Engine(write_corpus(tmp_path / "seeds", {"open.txt": ("Opening", text)}), tmp_path / "index",
                    encoder=fake_encoder, reader=SpansReader({"Tor Brun": 5.0}), threshold=0.0)
    a = engine.answer("Who will speak at the opening?")
    assert a.found and a.text == "Tor Brun"


@pytest.mark.parametrize("sentence, note", [
    ("An earlier version said Bluecell was founded in 2011.", True),          # no "of this article"
    ("The original version wrongly named the judge as Ann Berg.", True),
    ("An earlier version of the plan said 40 homes would be built.", False),  # another thing's versions
    ("The earlier version of the bridge was built in 1843.", False),
    ("The original version called for a full ban on diesel cars by 2030.", False),   # a plan's versions
    ("An earlier version gave his age as 45.", True),
])
def test_an_earlier_version_saying_what_was_wrong_is_a_correction_note(sentence, note):
    from qa.read.corrections import correction_note

    assert correction_note(sentence) is note
