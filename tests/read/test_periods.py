"""Which figure of a sentence is for the time a question names: hand-made sentences, no model."""

from __future__ import annotations

import pytest

from qa.read.periods import figure_for, times_named


@pytest.mark.parametrize("question, times", [
    ("How many novels did the judges read last year?", {"last year"}),
    ("What were reservoir levels a month ago?", {"a month ago"}),
    ("What was turnout at the 2022 mayoral election?", {"in 2022"}),
    ("How many people slept rough a year earlier?", {"a year earlier"}),
    ("How many novels did the judges read?", set()),
])
def test_the_times_a_question_names(question, times):
    assert times_named(question) == times


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How many novels did the judges read last year?", "The judges read 164 novels this year, up from 141 last year.",
     "164", "141"),
    ("How many novels did they read this year?", "The judges read 164 novels this year, up from 141 last year.",
     "141", "164"),
    ("What were levels a month ago?", "Levels have fallen from 71% a month ago to 54%.", "54%", "71%"),
    ("What was turnout in the 2022 election?", "Turnout was 34.2%, up from 29.8% at the last election in 2022.",
     "34.2%", "29.8%"),
    # both figures are last year's: no other figure is the one for it
    ("What was revenue last year?", "It made a profit of £58 million last year on revenue of £742 million.",
     "£742 million", None),
    ("How many goals did he score last season?", "He scored 19 goals in 31 games last season.", "19", None),
    ("How many novels did they read last year?", "The judges read 141 novels last year.", "141", None),
    # a change and a total: the total is no level of another time
    ("How many people were homeless last year?", "About 400 more people were homeless last year than in "
     "2022, bringing the total to 3,200.", "3,200", None),
    ("How many patients did it treat last year?", "The hospital treated 1,500 more patients last year, taking "
     "its total to 21,000.", "21,000", None),
])
def test_the_figure_for_the_time_asked(question, sentence, span, quoted):
    at = sentence.index(span)
    found = figure_for(times_named(question), sentence, at, at + len(span))
    assert (sentence[found[0]:found[1]] if found else None) == quoted


def test_now_names_a_time_a_figure_is_for():
    s = "The plan will need 140 drivers instead of the 210 we have now."
    start = s.index("140")
    assert s[slice(*figure_for(times_named("How many drivers does the port have now?"), s, start, start + 3))] == "210"
    assert figure_for(times_named("How many drivers will the plan need?"), s, start, start + 3) is None


@pytest.mark.parametrize("question, sentence, span", [
    ("What is the fare now?", "The fare is £4, compared with £2.50 a decade ago, and is now among the highest.", "£4"),
    ("What will tenants pay now?", "Tenants will pay £950 instead of £800 from now on.", "£950"),
])
def test_now_binds_no_figure_outside_its_clause_nor_in_from_now_on(question, sentence, span):
    start = sentence.index(span)
    assert figure_for(times_named(question), sentence, start, start + len(span)) is None
