"""Votes and wins: a margin is not what the winner got."""

from __future__ import annotations


def test_a_margin_is_not_what_the_winner_got():
    from qa.read.votes import margin

    s = "Ingrid Solberg was elected mayor, beating the sitting mayor, Harold Pendergast, by 612 votes."
    at = s.index("612")
    assert margin("How many votes did Solberg get?", s, at, at + 3)
    assert not margin("By how many votes did Solberg win?", s, at, at + 3)       # the margin asked for
    assert not margin("How many votes were cast?", s, at, at + 3)                # nobody's tally asked
    t = "The treaty was signed by twelve countries."
    assert not margin("How many countries did the treaty get?", t, t.index("twelve"), t.index("twelve") + 6)
