"""Interviews as questions and answers, and transcripts: whose words a paragraph gives (no model)."""

from __future__ import annotations

import pytest

from qa.read.interview import ASKING, gives_words_to, label, spoken

INTERVIEW = ("Ros Fairweather, 46, spent a decade campaigning for cycle lanes. She spoke to Marcus Oyelaran.\n\n"
             "**Q: Your critics say you are against drivers.**\n\n"
             "A: That's nonsense. I drive a van for my bakery every morning.\n\n"
             "**Q: What will you do if the council says no?**\n\n"
             "A: Keep asking.")
TRANSCRIPT = ("NEW DELHI: The minister spoke on the radio.\n\nThis is what was said.\n\n"
              "HOST: Will the bridge open?\n\nLIND: It will open in May. We are sure.\n\nHOST: Thank you.\n\n"
              "The interview was edited for length.\n\nCorrection: an earlier version gave the month as June.")


@pytest.mark.parametrize("text, at, said", [
    (INTERVIEW, "I drive a van", "a"),              # a later sentence of the answer's paragraph
    (INTERVIEW, "Keep asking", "a"),
    (INTERVIEW, "Your critics", ""),                # the interviewer's question
    (INTERVIEW, "She spoke to", ""),
    (TRANSCRIPT, "We are sure", "lind"),
    (TRANSCRIPT, "Will the bridge", "host"),
    (TRANSCRIPT, "The minister", ""),               # a dateline labels one paragraph only
    (TRANSCRIPT, "an earlier version", ""),         # so does a correction
    ("A: Keep asking.\n\nThe council met.", "Keep", ""),    # "A:" only where an interviewer asks
])
def test_the_speaker_label_of_a_paragraph(text, at, said):
    assert label(text, text.index(at)) == said


def test_an_interviews_answers_are_the_words_of_the_one_interviewed():
    title, opening = "An interview with a campaigner", INTERVIEW.split(". ")[0] + "."
    at = INTERVIEW.index("I drive a van")
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, at, title, opening)
    assert not gives_words_to(frozenset({"marcus", "oyelaran"}), INTERVIEW, at, title, opening)    # the interviewer
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, at, "Ros Fairweather: the interview", "")
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, INTERVIEW.index("She spoke"), title, opening) is None
    at = TRANSCRIPT.index("We are sure")
    assert gives_words_to(frozenset({"lind"}), TRANSCRIPT, at, "", "") and \
        not gives_words_to(frozenset({"host"}), TRANSCRIPT, at, "", "")


@pytest.mark.parametrize("sentence, words", [
    ("A: That's nonsense.", "That's nonsense."),
    ("LIND: It will open in May. ", "It will open in May."),
    ("I drive a van.", "I drive a van."),
])
def test_the_words_a_labelled_sentence_gives(sentence, words):
    start, end = spoken(sentence)
    assert sentence[start:end] == words


def test_an_interviewers_question_asks():
    assert ASKING.match("**Q: What is your first priority?**") and ASKING.match("Question. Why now?")
    assert not ASKING.match("Quarry Road will close.")
