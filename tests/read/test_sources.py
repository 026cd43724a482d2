"""Whose figure a question asks for (``qa.read.sources``)."""

from __future__ import annotations

import pytest

from qa.read.sources import source_asked, sources_figures, told_by_another

CROWD = "Police estimated the crowd at about 8,000, while organisers said 25,000 people had taken part."


@pytest.mark.parametrize("question, source", [
    ("How many people did police say attended the march?", {"police"}),
    ("According to the organisers, how many people marched?", {"organisers"}),
    ("How many homes does the fire service say were damaged?", {"fire", "service"}),
    ("What is the average fee, according to the Bank of Norland?", {"bank", "norland"}),
    ("How many settle each year, according to Ann Lee's speech?", {"ann", "lee"}),
    ("How many people did they say attended?", set()),
    ("How many hours of playback does the Vesta 3 give?", set()),          # what it gives is no one's word
    ("How many people attended the march?", set()),
])
def test_the_source_a_question_asks_for(question, source):
    assert source_asked(question) == source


@pytest.mark.parametrize("question, sentence, another", [
    ("How many roads does the fire service say are closed?", "10:25 Police also say 38 roads are closed.", True),
    ("How many people did police say attended?", "About 8,000 attended, organisers said.", True),
    ("How many roads does the fire service say are closed?", "The fire service puts the number at 51.", False),
    ("What is the average fee, according to the Bank of Norland?", "It was $327, the bank said.", False),
    ("How many settle each year, according to Ann Lee's speech?", "Ms Lee said 160,000 settle each year.", False),
    ("How many lost their jobs, according to the union?", "It said 1,500 had lost their jobs.", False),  # a pronoun
    ("How many lost their jobs, according to the union?", "1,500 had lost their jobs.", False),    # no one tells
])
def test_a_sentence_told_only_by_another_source_than_asked(question, sentence, another):
    assert told_by_another(question, sentence) is another


@pytest.mark.parametrize("question, span, figures", [
    ("How many people did police say attended?", "25,000", ["8,000"]),        # the police's clause
    ("How many people did organisers say attended?", "8,000", ["25,000"]),
    ("How many people did police say attended?", "8,000", []),                # already theirs
    ("How many people attended?", "25,000", []),                               # no source asked
    ("How many people did the mayor say attended?", "25,000", []),            # no clause names the mayor
])
def test_the_figures_of_the_clause_naming_the_source_asked(question, span, figures):
    at = CROWD.index(span)
    assert [CROWD[s:e] for s, e in sources_figures(question, CROWD, at, at + len(span))] == figures


def test_a_sentence_of_one_clause_gives_no_other_figure():
    s = "Police said 8,000 people and 40 horses took part."
    assert sources_figures("How many horses did police say took part?", s, s.index("40"), s.index("40") + 2) == []


def test_a_semicolon_in_brackets_ends_no_clause_and_a_span_not_said_to_be_anothers_stays():
    s = "Norland would pay almost 6bn euros ($8bn; £6bn) by 2030, according to a study by its Planning Office."
    at = s.index("almost")
    assert sources_figures("How much would Norland pay, according to its Planning Office?", s, at, at + 16) == []
