"""Header forms of saved pages and texts: a breadcrumb trail, a byline "with agency reporting" beside its date, a
bare "Reporter:" label on a dated credit line, a year cut to "'26", a byline under a one-line standfirst."""

from __future__ import annotations

import pytest

from qa.ingest.dates import full_dates, publication_line
from qa.ingest.html import HtmlLoader
from qa.ingest.text import TextLoader, byline, section_label

STORY = ("More than 600 people queued along Vosse Street on Saturday morning as the library reopened its doors, "
         "19 months after floodwater poured into its basement.\n\nThe doors opened at 09:00 sharp.\n")


@pytest.mark.parametrize("line, trail", [
    ("Local News > Linnick", True), ("Home > News > Politics", True), ("Business › Companies", True),
    ("Sport » Football » Kings Cup", True),
    ("Profits > Costs", False), ("Rovers 2 > City 1", False), ("Home > the council's plans", False),
])
def test_a_breadcrumb_trail_is_a_sections_label(line, trail):
    assert section_label(line) is trail


def test_a_masthead_in_capitals_over_a_breadcrumb_names_the_paper_not_the_headline():
    raw = ("NORTHSHORE ECHO\nLocal News > Linnick\n\nQueues round the block as the flood-hit library reopens\n\n"
           "By Wilhelmina Crane\nPublished: 18/06/2025 at 11:20\n\n" + STORY)
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher, a.author, a.date) == ("Queues round the block as the flood-hit library reopens",
                                                        "Northshore Echo", "Wilhelmina Crane", "2025-06-18")
    assert all("Local News" not in a.text[s:e] for s, e in a.blocks)


@pytest.mark.parametrize("line, author", [
    ("By Finn Adair, with agency reporting, Thursday, July 9, 2026 – 4:40pm", "Finn Adair"),
    ("By Finn Adair, with agency reporting", "Finn Adair"),
    ("Reporter: Marguerite Osei · Wed 11 Mar 2026", "Marguerite Osei"),
    ("Reporter: Jo Park | 4 March 2026", "Jo Park"),
    ("Reporter: Marguerite Osei", ""),                      # a transcript's label, alone
    ("Reporter: Prime Minister | 4 March 2026", ""),        # one addressed
    ("By Kestutis Albrighton · 9 June '26", "Kestutis Albrighton"),
])
def test_a_credit_lines_writer(line, author):
    assert byline(line) == author


@pytest.mark.parametrize("text, iso", [("9 June '26", "2026-06-09"), ("Mar 4 '26", "2026-03-04"),
                                       ("Wed 4 Mar ’26", "2026-03-04")])
def test_a_year_cut_to_two_figures_after_an_apostrophe_dates_a_line(text, iso):
    assert [d.iso() for d in full_dates(text)] == [iso] and publication_line(text) == iso
    assert full_dates("the class of '26 met on 9 June") == []


def test_a_byline_under_a_one_line_standfirst_is_the_writers():
    raw = ("LYRANDIAN LEDGER — ECONOMY\nApril 15, 2026 10:02 GMT\n\nInflation drops to 1.2 per cent as energy bills fall"
           "\n\nCheaper gas and electricity drag the headline rate down; food prices still rising\n\n"
           "By Tarquin Oyelaran, Economics Correspondent\n\n" + STORY + "\nFood inflation was stickier, at 3.1 per "
           "cent, with bread, cheese and coffee among the biggest risers, the Bank of Lyrandia said.\n")
    assert TextLoader().load(raw.encode()).author == "Tarquin Oyelaran"


def test_a_pages_byline_element_with_agency_reporting_and_its_date_after_a_break():
    page = ('<html><head><meta property="og:site_name" content="Carvel Evening Post"></head><body><article>'
            '<h1>Ferry crews vote to strike</h1><p class="byline">By Finn Adair, with agency reporting<br>'
            'Thursday, July 9, 2026 &ndash; 4:40pm</p><p>' + STORY.replace("\n\n", "</p><p>") + '</p></article>'
            '</body></html>')
    a = HtmlLoader().load(page.encode())
    assert a.author == "Finn Adair"
