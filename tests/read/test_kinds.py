"""Answer kinds from surface patterns (no model)."""

from __future__ import annotations

import pytest

from qa.read.kinds import KIND_FEATURES, kind_features, names, new_names, offers, question_kind
from qa.read.kinds import AnswerKind as Kind


@pytest.mark.parametrize("question, kind", [
    ("When did the war end?", Kind.DATE),
    ("In what year was the treaty signed?", Kind.DATE),
    ("How many missiles were sent?", Kind.NUMBER),
    ("What percentage of voters agreed?", Kind.NUMBER),
    ("Who met Kim Jong Un?", Kind.PERSON),
    ("Whose army crossed the river?", Kind.PERSON),
    ("Where did the leaders meet?", Kind.PLACE),
    ("What did Russia give North Korea?", Kind.OTHER),
    ("The treaty was signed in which year?", Kind.DATE),
    ("In 1990, who won the cup?", Kind.PERSON),
    # Only the first question word counts.
    ("How many soldiers died when the bridge fell?", Kind.NUMBER),
    ("Who led the country when the war began?", Kind.PERSON),
    ("Where did the man who fled live?", Kind.PLACE),
    ("What did Kim say when he met Putin?", Kind.OTHER),
    # The World Health Organization is not "who".
    ("What did the WHO declare?", Kind.OTHER),
])
def test_question_kind(question, kind):
    assert question_kind(question) is kind


def test_offers_dates_numbers_and_new_names():
    assert offers(Kind.DATE, "When?", "It ended in 1945.")
    assert offers(Kind.DATE, "When?", "It ended in May.")
    assert offers(Kind.DATE, "When?", "It ended on Tuesday.")
    assert offers(Kind.DATE, "When?", "Rome fell in 476 AD.")
    assert not offers(Kind.DATE, "When?", "It carried 150 people.")
    assert not offers(Kind.DATE, "When?", "It ended badly.")
    assert offers(Kind.NUMBER, "How many?", "About forty were sent.")
    assert offers(Kind.NUMBER, "How many?", "3 were sent.")
    assert offers(Kind.NUMBER, "How many?", "Seventeen were sent.")
    assert not offers(Kind.NUMBER, "How many?", "Some were sent.")
    # A name counts only if the question does not already hold it; the first word never counts.
    assert offers(Kind.PERSON, "Who met Putin?", "Putin met Kim in Moscow.")
    assert not offers(Kind.PERSON, "Who met Putin?", "Then he met Putin.")
    assert not offers(Kind.OTHER, "Why?", "Putin met Kim in 1999.")


def test_new_names_skip_the_first_word_and_the_question_words():
    assert new_names("Who met Putin?", "Yesterday Putin met Kim Jong Un.") == ["Kim", "Jong", "Un"]
    # Possessives (either apostrophe) are the name itself; accented names stay whole.
    assert new_names("Who met Putin?", "Then Putin's aide met Putin\u2019s guest.") == []
    assert new_names("Who met Putin?", "Then Putin met José Ramos-Horta.") == ["José", "Ramos", "Horta"]


def test_names_are_the_capitalised_words_but_the_first():
    assert names("What city is the capital of Victoria?") == ["Victoria"]
    assert names("Who led Kim Jong Un's army, in Pyongyang?") == ["Kim", "Jong", "Un", "Pyongyang"]
    assert names("what is a name?") == []
    assert names("WHAT IS THE CAPITAL OF KENYA?") == []                # shouting names nothing


def test_kind_features_fill_only_the_question_kind_column():
    f = kind_features("When did it end?", ["It ended in 1945.", "It ended."])
    assert f.shape == (2, len(KIND_FEATURES))
    assert f[:, KIND_FEATURES.index("kind_date")].tolist() == [1.0, 0.0]
    assert f.sum() == 1.0
    assert not kind_features("Why did it end?", ["It ended in 1945."]).any()
    assert kind_features("When?", []).shape == (0, len(KIND_FEATURES))


@pytest.mark.parametrize("span, date", [
    ("7 March 2024", True), ("Sunday 1 September", True), ("in 2019", True),
    ("Tarnside Leisure Centre", False), ("Paris in 2019", False), ("the Corn Exchange", False),
])
def test_a_span_that_is_only_a_date_answers_no_where(span, date):
    from qa.read.kinds import only_a_date

    assert only_a_date(span) is date
