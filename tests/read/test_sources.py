"""Whose figure a question asks for (``qa.read.sources``)."""

from __future__ import annotations

import pytest

from qa.read.sources import source_asked, sources_figures

CROWD = "Police estimated the crowd at about 8,000, while organisers said 25,000 people had taken part."


@pytest.mark.parametrize("question, source", [
    ("How many people did police say attended the march?", "police"),
    ("According to the organisers, how many people marched?", "organisers"),
    ("How many homes does the fire service say were damaged?", "service"),
    ("How many people did they say attended?", ""),
    ("How many people attended the march?", ""),
])
def test_the_source_a_question_asks_for(question, source):
    assert source_asked(question) == source


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
