"""A page a browser printed to PDF, turned back into text: the header line over each page (the print's date and time,
then the page's title) gives the headline and the paper, not the date; each page's header and footer (the page's
address and "1/3") and the site's account links are no article text."""

from __future__ import annotations

import pytest

from qa.ingest.clutter import is_clutter
from qa.ingest.preamble import print_title
from qa.ingest.text import TextLoader

PAGE_HEAD = "02/11/2026, 08:47                      Rail workers back strike in pay dispute | Port Ambrel Courier"
PAGE_FOOT = "https://www.ambrelcourier.example/news/2026/10/29/rail-workers-back-strike                  {n}/2"
PRINTED = f"""{PAGE_HEAD}


   PORT AMBREL COURIER                                                     Subscribe   Log in


   Rail workers back strike in pay dispute
   Walkouts planned for 12 and 13 November after members reject the operator's offer

   By Henrik Solberg, with Amira Kosh
   Thursday 29 October 2026, 19:05

   Members of the Union of Rail and Transport Workers have voted by a large majority to strike
   over pay, the union announced on Thursday.


{PAGE_FOOT.format(n=1)}
\f{PAGE_HEAD}

   The union will strike for 48 hours from 04:00 on 12 November.


{PAGE_FOOT.format(n=2)}
"""


def test_a_printed_page_is_headed_by_its_title_and_dated_by_its_story():
    a = TextLoader().load(PRINTED.encode())
    assert (a.title, a.publisher, a.date, a.author) == ("Rail workers back strike in pay dispute",
                                                         "Port Ambrel Courier", "2026-10-29", "Henrik Solberg")
    shown = " ".join(a.text[s:e] for s, e in a.blocks)
    assert "08:47" not in shown and "1/2" not in shown and "Subscribe" not in shown
    assert "The union will strike for 48 hours" in shown


@pytest.mark.parametrize("line, title", [
    (PAGE_HEAD, "Rail workers back strike in pay dispute | Port Ambrel Courier"),
    ("3/4/26, 9:14 AM   Storm closes ferry port – Kelvik Post", "Storm closes ferry port – Kelvik Post"),
    ("02/11/2026, 08:47 the council met", ""),                  # (one space: a sentence's date and time)
    ("The vote on 02/11/2026 was close.", ""),
])
def test_a_print_header_line_gives_the_page_title(line, title):
    assert print_title(f"\n{line}\n\nText.\n") == title


@pytest.mark.parametrize("line, clutter", [
    (PAGE_FOOT.format(n=3), True),
    ("   PORT AMBREL COURIER                                     Subscribe   Log in", True),
    ("Kelvik Post          Sign in | Register", True),
    ("He said he would log in                   register", False),     # (more words than a masthead's line)
    ("The scheme lets tenants register online.", False),
    ("See https://www.example.org/report for 1/3 of the figures", False),
])
def test_print_footers_and_account_links_are_furniture(line, clutter):
    assert is_clutter(line) is clutter
