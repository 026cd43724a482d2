"""Title blocks of document markups read as a text's head: Emacs org-mode's keyword lines (and a clipped story's
properties drawer: its outlet, writer and date), Pandoc's "%" lines, reStructuredText's adorned title and fields."""

from __future__ import annotations

import pytest

from qa.ingest.text import TextLoader, markup_head

STORY = "The Bank of Trevaskia cut its base rate on Thursday to 3.5%, the first cut since April 2024.\n"

ORG = """#+TITLE: Bank of Trevaskia cuts base rate to 3.5%
#+AUTHOR: Henrik Salo
#+DATE: <2026-02-05 Thu>
#+FILETAGS: :economy:rates:

* Clipping: Bank of Trevaskia makes first rate cut in almost two years
:PROPERTIES:
:SOURCE:   https://www.aldrechtcourier.example/economy/2026/02/05/rate-cut
:OUTLET:   The Aldrecht Courier
:BYLINE:   Sofie Brandauer, Economics Correspondent
:CAPTURED: [2026-02-06 Fri 15:42]
:END:

""" + STORY

PANDOC = "% Tirnowe growers toast their best harvest in a decade\n% Elin Markwardt\n% 12 October 2025\n\n" + STORY

RST = """.. -*- mode: rst -*-

=======================================================
Ancient cold-water coral reef found 48 km off Lunmouth
=======================================================

:Author: Maren Tolle, STU Communications
:Date: 2025-11-20
:Section: Research news

""" + STORY


@pytest.mark.parametrize("text, title, author, date, publisher", [
    (ORG, "Bank of Trevaskia cuts base rate to 3.5%", "Sofie Brandauer", "2026-02-05", "The Aldrecht Courier"),
    (PANDOC, "Tirnowe growers toast their best harvest in a decade", "Elin Markwardt", "2025-10-12", ""),
    (RST, "Ancient cold-water coral reef found 48 km off Lunmouth", "Maren Tolle", "2025-11-20", ""),
    (RST.replace("=" * 55 + "\nAncient", "Ancient"), "Ancient cold-water coral reef found 48 km off Lunmouth",
     "Maren Tolle", "2025-11-20", ""),                   # (a rule under the title alone)
])
def test_a_markup_title_block_heads_the_article(text, title, author, date, publisher):
    a = TextLoader().load(text.encode())
    assert (a.title, a.author, a.date, a.publisher) == (title, author, date, publisher)
    assert a.text[a.blocks[-1][0]:].startswith("The Bank of Trevaskia cut")


def test_the_clipped_storys_date_comes_before_the_notes_own():
    fields, _ = markup_head(ORG.replace(":CAPTURED:", ":PUBLISHED: 2026-02-04\n:CAPTURED:"))
    assert fields["date"] == "2026-02-04"


@pytest.mark.parametrize("text", [
    "% of voters backed the plan, the poll found.\n\n" + STORY,          # (a line opening with "%" is no title block)
    "Storm hits coast\n===\n\n" + STORY,                                 # (a rule shorter than the title)
    "#hashtag: not a keyword\n" + STORY,
    ".. and so the story goes.\n\n" + STORY,
])
def test_text_that_only_looks_like_a_title_block_is_none(text):
    assert markup_head(text) == ({}, 0)


def test_multimarkdown_fields_head_the_article_and_a_menus_home_link_names_the_site():
    text = ("Title: Oranhavn library to reopen after refit\nAuthor: Linnea Vik\nDate: 2025-02-06\nSection: Community\n\n"
            "[Oranhavn Today](https://oranhavntoday.example) | News | Community | Sport\n\n" + STORY)
    a = TextLoader().load(text.encode())
    assert (a.title, a.author, a.date, a.publisher) == ("Oranhavn library to reopen after refit", "Linnea Vik",
                                                        "2025-02-06", "Oranhavn Today")
    assert markup_head("Title of the report was never made public.\n\n" + STORY) == ({}, 0)


def test_a_markdown_table_of_the_pages_fields_names_its_writer_and_date():
    text = ("[Tide & Ballot](https://tideandballot.example) · Home · Archive · About\n\n# After Pallow: what the League "
            "will ask for\n\n| Field | Value |\n|---|---|\n| Author | Runa Ostby |\n| Published | 2 March 2026 |\n"
            "| Comments | 34 |\n\n---\n\n" + STORY)
    a = TextLoader().load(text.encode())
    assert (a.title, a.author, a.date, a.publisher) == ("After Pallow: what the League will ask for", "Runa Ostby",
                                                        "2026-03-02", "Tide & Ballot")


@pytest.mark.parametrize("first", ["[Home](https://tideandballot.example/) · Politics · Archive",
                                   "[Statistics Norway](https://www.ssb.no) reported a rise in prices on Monday."])
def test_a_home_link_or_a_link_in_a_sentence_names_no_site(first):
    from qa.ingest.text import home_link_publisher

    assert home_link_publisher(first + "\n\n" + STORY) == ""
