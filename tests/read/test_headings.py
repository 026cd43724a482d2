"""An explainer's question headings: a heading asks and tells nothing; the paragraph under it
answers what it asks (hand-made articles, fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.headings import heading_question
from tests.fakes import SpansReader, write_corpus

EXPLAINER = ("The council will fit a water meter in every home by 2029.\n"
             "Will my bill go up?\n"
             "It depends on how much water you use. A family of four could pay about £65 more a year.\n"
             "When will I get mine?\n"
             "The council will write to every household three months before fitting one.\n")


def _sentence(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


@pytest.mark.parametrize("text, sentence, heading", [
    (EXPLAINER, "Will my bill go up?", True),
    (EXPLAINER, "When will I get mine?", True),
    (EXPLAINER, "It depends on how much water you use.", False),
    ("Lede.\n\nWhy now? The reservoirs are low.\n", "Why now?", False),            # not a line of its own
    ('Lede.\n"Why should we pay?" she asked.\nThe council said nothing.\n', '"Why should we pay?"', False),
    ("Lede.\nQ: Will you appeal?\nA: Yes.\n", "Q: Will you appeal?", False),     # an interviewer's question
    ("Lede.\nWhat now?\nWhat next?\nNobody knows.\n", "What now?", False),      # a question under it: a list
    ("Lede.\nWhat now?\n", "What now?", False),                                  # nothing under it
    ("Lede.\n\n**How many people work here now?**\n\nTwenty-six.\n", "How many people work here now?", True),
    ("Lede.\n\n*Why?* Nobody knows.\n", "*Why?*", False),                   # (Markdown's emphasis: not alone)
    ("Lede.\n* What next?\nNobody knows.\n", "What next?", False),              # a bullet's item
    ("Lede.\n***What next?***\nNobody knows.\n", "What next?", True),           # bold italics
])
def test_a_question_heading_is_a_short_line_of_its_own_over_a_paragraph(text, sentence, heading):
    assert heading_question(text, *_sentence(text, sentence)) is heading


def test_the_paragraph_under_a_heading_answers_what_it_asks(tmp_path, fake_encoder, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds", {"meters.txt": ("Water meters explained", EXPLAINER)})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder,
                    reader=SpansReader({"bill go up": 3.0, "It depends on how much water you use": 1.0,
                                         "three months before fitting one": 1.0}, otherwise=-5.0), threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Will my water bill go up?")          # yes or no: the sentence bearing on it
    assert a.found and a.text == "It depends on how much water you use."
    assert engine.article_text("meters.txt")[a.start:a.end] == a.text
    a = engine.answer("When will I get mine?")                # the heading's words: never the heading
    assert a.found and a.text == "three months before fitting one"


def test_after_a_corrections_item_telling_what_was_wrong_comes_what_is_right(tmp_path, fake_encoder, monkeypatch):
    column = ("* A report on a study of children's eyesight (29 January) said the researchers tested children at 62 "
              "schools. In fact they tested children at 26 schools. The same article gave the name of the co-author as "
              "Dr Emeric Ardal. His name is Dr Emerick Ardal.\n")
    seeds = write_corpus(tmp_path / "seeds", {"corrections.txt": ("Corrections and clarifications", column)})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder,
                    reader=SpansReader({"Dr Emeric Ardal": 3.0, "Dr Emerick Ardal": 1.0, "62": 3.0, "26": 1.0}, otherwise=-5.0),
                    threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("What is the correct name of the co-author of the eyesight study?")
    assert a.found and a.text == "Dr Emerick Ardal"
    a = engine.answer("How many schools did the eyesight study actually test?")
    assert a.found and a.text == "26"
    assert not engine.answer("Who was the co-author of the eyesight study?").text.startswith("Dr Emeric ")


def test_a_heading_in_another_article_does_not_displace_the_best_answer(tmp_path, fake_encoder, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds", {
        "explainer.txt": ("The new hospital explained", "The hospital opens in 2027.\nWho will run the new Quarrow "
                          "hospital?\nThat has not been decided, officials said.\n"),
        "chief.txt": ("Hospital chief named", "Dr Ruth Dale will run the new hospital in Quarrow, the health board "
                      "said.\n")})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder,
                    reader=SpansReader({"Dr Ruth Dale": 5.0, "run the new Quarrow hospital": 1.0}, otherwise=-5.0),
                    threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    assert engine.answer("Who will run the new Quarrow hospital?").text == "Dr Ruth Dale"
