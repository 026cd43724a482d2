"""Header forms read in stop 66: a recording's date with its length ("Recorded 12 November 2025 | 14 min 32 s"), a
date line closing with a reading time ("· 6 min read"), a blog's credit closing with its clock time ("Posted by Marta
Kellen at 10:42"), and a page whose only date is a Unix time its script turns into "Published 3 hours ago"."""

from __future__ import annotations

import pytest

from qa.ingest.dates import publication_line
from qa.ingest.html import HtmlLoader
from qa.ingest.text import TextLoader

STORY = ("The port authority of Kelvik said on Friday that its six harbour cranes would be replaced by 2027 at a cost "
         "of 40 million marks.\n\n\"The cranes are older than most of our staff,\" said the director, Hanne Lodt.\n")


@pytest.mark.parametrize("line, iso", [
    ("Recorded 12 November 2025 | 14 min 32 s", "2025-11-12"),
    ("Recorded: 3 March 2026, 10:00", "2026-03-03"),
    ("Published 3 March 2026 · 6 min read", "2026-03-03"),
    ("Broadcast 4 March 2026 (28 min)", "2026-03-04"),
    ("Recorded crime fell in 2025", ""),                 # (a sentence, not a date line)
    ("3 March 2026 | 14 killed", ""),
    ("Posted 3 March 2026 | 5 comments", ""),
])
def test_a_date_line_may_close_with_a_length_of_time_but_not_with_other_figures(line, iso):
    assert publication_line(line) == iso


def test_a_recorded_interview_is_dated_by_its_recording_line():
    a = TextLoader().load(("Interview with the harbour master\nRecorded 12 November 2025 | 14 min 32 s\n\n"
                           + STORY).encode())
    assert (a.title, a.date) == ("Interview with the harbour master", "2025-11-12")


@pytest.mark.parametrize("credit", ["Posted by Marta Kellen at 10:42", "Posted by Marta Kellen at 9.30am",
                                    "By Marta Kellen at 10:42"])
def test_a_blog_credit_closing_with_its_time_names_the_writer(credit):
    a = TextLoader().load(("Harbour cranes to be replaced\n\n" + credit + "\n14 March 2026\n\n" + STORY).encode())
    assert (a.author, a.date) == ("Marta Kellen", "2026-03-14")


def _page(timed: str) -> bytes:
    return ("<html><head><title>Ferry fares rise | Kelvik Post</title></head><body><article><h1>Ferry fares rise</h1>"
            f"<p class='byline'>By Olaf Senn</p>{timed}<p>Ferry fares between Kelvik and Ostby will rise by 12% next "
            "month, the operator said on Tuesday, blaming the cost of fuel.</p><p>The operator, Nordfjord Lines, said "
            "the rise was its first in three years and would add about 4 marks to a return ticket.</p>"
            "</article></body></html>").encode()


@pytest.mark.parametrize("timed, iso", [
    ('<span class="posted-on" data-timestamp="1773482400">Published 3 hours ago</span>', "2026-03-14"),
    ('<span data-time="1773482400000">3 hours ago</span>', "2026-03-14"),              # (milliseconds)
    ('<time data-epoch="1773482400">Tuesday</time>', "2026-03-14"),
    ('<span data-timestamp="1773482400">Share</span>', ""),          # (not where the page says when it was published)
    ('<span data-timestamp="12345">Published 3 hours ago</span>', ""),        # (not a Unix time of a date)
])
def test_a_page_dated_only_by_a_unix_time_beside_a_time_ago_gets_that_date(timed, iso):
    a = HtmlLoader().load(_page(timed))
    assert (a.date, a.author) == (iso, "Olaf Senn")
