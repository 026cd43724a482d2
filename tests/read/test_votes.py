"""Votes and wins: a margin is not what the winner got."""

from __future__ import annotations

import pytest

from qa.read.votes import tally_side


def test_a_margin_is_not_what_the_winner_got():
    from qa.read.votes import margin

    s = "Ingrid Solberg was elected mayor, beating the sitting mayor, Harold Pendergast, by 612 votes."
    at = s.index("612")
    assert margin("How many votes did Solberg get?", s, at, at + 3)
    assert not margin("By how many votes did Solberg win?", s, at, at + 3)       # the margin asked for
    assert not margin("How many votes were cast?", s, at, at + 3)                # nobody's tally asked
    t = "The treaty was signed by twelve countries."
    assert not margin("How many countries did the treaty get?", t, t.index("twelve"), t.index("twelve") + 6)


@pytest.mark.parametrize("question, sentence, to_come", [
    ("Who won the Harbour Cup?", "Northwind must beat a strong field if they are to win the Harbour Cup.", True),
    ("Who won the Harbour Cup?", "Port Vance are favourites to win the Harbour Cup next month.", True),
    ("Who won the Harbour Cup?", "Northwind won the Harbour Cup, and hope to win the league.", False),   # done
    ("Who won the Harbour Cup?", "The Harbour Cup went to Northwind, who will win more.", False),
    ("Who will win the Harbour Cup?", "Northwind are favourites to win the Harbour Cup.", False),        # asked ahead
    ("Who won the Harbour Cup?", "Northwind lifted the Harbour Cup in May.", False),                 # no win ahead
    ("Who won the Harbour Cup?", "Northwind went on to win the Harbour Cup by two goals.", False),
    ("Who won the Harbour Cup?", "Ann Lee was the first woman to win the Harbour Cup.", False),
])
def test_a_win_still_to_come_does_not_say_who_won(question, sentence, to_come):
    from qa.read.votes import win_to_come

    assert win_to_come(question, sentence) is to_come


LISTED = "Eleven councillors voted for the scheme, ten voted against and two abstained."


@pytest.mark.parametrize("sentence, question, read, expected", [
    (LISTED, "How many councillors abstained in the cable car vote?", "Eleven", "two"),
    (LISTED, "How many councillors voted against the cable car?", "Eleven", "ten"),
    (LISTED, "How many voted for the scheme?", "Eleven", "Eleven"),
    (LISTED, "How many councillors are there?", "Eleven", "Eleven"),                    # no side asked
    ("The motion passed by 23 votes to 9, with 4 abstentions.", "How many abstained?", "23", "4"),
    ("The motion passed by 23 votes to 9, with 4 abstentions.", "How many voted against the motion?", "23", "9"),
    ("MPs voted 310 in favour and 215 against, while 12 abstained.", "How many MPs abstained?", "310", "12"),
    ("MPs voted 310 in favour and 215 against, while 12 abstained.", "How many MPs voted against?", "310", "215"),
    ("Twenty members attended the meeting in March.", "How many abstained?", "Twenty", "Twenty"),   # no side told
])
def test_the_side_asked_among_the_sides_a_sentence_lists(sentence, question, read, expected):
    start = sentence.index(read)
    a, b = tally_side(question, sentence, start, start + len(read))
    assert sentence[a:b] == expected


def test_what_the_vote_was_is_the_whole_tally():
    from qa.read.votes import the_margin

    s = "A proposal to raise allowances by 6 percent was defeated by 20 votes to 9, with 2 abstentions."
    at = s.index("20 votes")
    a, b = the_margin("What was the vote on raising councillors' allowances?", s, at, at + 2)
    assert s[a:b] == "20 votes to 9"
    t = "The board voted 5 to 2 for the cut."
    a, b = the_margin("How did the board vote on the rate cut?", t, t.index("5"), t.index("5") + 1)
    assert t[a:b] == "5 to 2"
    assert the_margin("How many voted for the cut?", t, t.index("5"), t.index("5") + 1) == (t.index("5"), t.index("5") + 1)
    v = "The bill lowers the voting age from 18 to 16."
    assert the_margin("What was the voting age before the change?", v, v.index("18"), v.index("18") + 2) == \
        (v.index("18"), v.index("18") + 2)                                   # an age, not a tally


@pytest.mark.parametrize("question, expected", [
    ("How many votes did Lucan Ferrow get?", "29,770"),              # the one beaten: the tally's second side
    ("How many votes did the Civic Union candidate get?", "29,770"),
    ("How many votes did Niamh Corrigal get?", "34,118"),            # the winner: its first
    ("How many votes did the new mayor receive?", "34,118"),
])
def test_a_wins_tally_gives_the_winners_votes_then_the_beatens(question, expected):
    from qa.read.votes import margin

    s = "Niamh Corrigal has been elected mayor, beating the Civic Union's Lucan Ferrow by 34,118 votes to 29,770."
    at = s.index("34,118")
    assert not margin(question, s, at, at + 6)                       # "by 34,118 votes to …" is no margin
    a, b = tally_side(question, s, at, at + 6)
    assert s[a:b] == expected
    assert tally_side("By how many votes did Corrigal win?", s, at, at + 6) == (at, at + 6)     # not this rule's


def test_a_title_both_sides_share_does_not_pick_the_beatens_votes():
    s = "Mr Solberg was elected mayor, beating Mr Ferrow by 34,118 votes to 29,770."
    at = s.index("34,118")
    for question, expected in [("How many votes did Mr Solberg get?", "34,118"),
                               ("How many votes did Mr Ferrow get?", "29,770")]:
        a, b = tally_side(question, s, at, at + 6)
        assert s[a:b] == expected, question


@pytest.mark.parametrize("question, sentence, span, other", [
    ("Who won the women's race at the Kestrowen Marathon?", "The wheelchair race was won by Pieter Valk in 1:31:05.",
     "Pieter Valk", True),                                    # an event of its own beside the main one
    ("Who won the men's race?", "Kiptoo won the men's race, while the wheelchair race went to Fredell.",
     "Kiptoo", False),                                        # the clause of the event asked
    ("Who won the men's race?", "Kiptoo won the men's race, while the wheelchair race went to Fredell.",
     "Fredell", True),
    ("Who won the women's singles title?", "Earlier, the doubles title went to Femke de Wit and Laura Campos.",
     "Femke de Wit", True),                                   # another form of the contest
    ("Who won the women's singles title?", "Nele Hallebrandt won the women's singles title.", "Nele Hallebrandt",
     False),
    ("Who won the marathon?", "The wheelchair race was won by Pieter Valk.", "Pieter Valk", False),  # none named
    ("Who won the men's race?", "Sarai Mbeki-Lund won the women's race in a course record.", "Sarai Mbeki-Lund", True),
    ("Who won the junior race?", "The juniors' race went to Ola Nord.", "Ola Nord", False),      # one word, two forms
    ("Who won the under-18 race?", "The U18 race went to Ola Nord.", "Ola Nord", False),
    ("Who won the men's race?", "Kiptoo, a former junior world champion, won the men's race.", "Kiptoo", False),
    ("Who won the women's race?", "Anna Berg won in mixed conditions.", "Anna Berg", False),      # no event's word
    ("How many women's refuges closed last year?", "Twelve women's refuges and a youth centre closed.", "Twelve",
     False),                                                  # no contest asked
    ("Who won all five races in the under-16 youth dinghy class?", "In the youth dinghy championship, Oskar Tamm "
     "won all five races in the under-16 class.", "Oskar Tamm", False),     # a question may name the event loosely
])
def test_another_events_winner_is_no_answer(question, sentence, span, other):
    from qa.read.votes import another_event

    at = sentence.index(span)
    assert another_event(question, sentence, at, at + len(span)) is other
