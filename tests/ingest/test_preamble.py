"""What a saving program put above a text file's article (an e-mail's headers, a printed page's address
and printing line, a wire feed's slug lines, a copied page's menu and breadcrumb) is neither its headline
nor its text; an e-mail's subject is its headline; offsets stay offsets into the file."""

from __future__ import annotations

import pytest

from qa.ingest.preamble import email_subject, preamble_end, printed_from
from qa.ingest.text import TextLoader

STORY = ("The harbour bridge at Kelby will close for six weeks from Monday while its deck is replaced, the roads "
         "agency said on Tuesday.\n\nAbout 14,000 vehicles a day use the bridge.\n")


def load(text: str):
    return TextLoader().load(text.encode("utf-8"))


@pytest.mark.parametrize("above, title", [
    ("From: Harbour Markets <markets@harbour.example>\nTo: list@harbour.example\nDate: Tue, 13 Jan 2026 17:42:09 "
     "+0100\nSubject: Markets Daily: bridge closure hits hauliers\n\nView this email in your browser\n\n",
     "Markets Daily: bridge closure hits hauliers"),                                   # an e-mail: its subject
    ("https://www.kelbypost.example/news/2026/01/13/bridge-to-close\nPrinted on 14 Jan 2026, 08:14 from The Kelby "
     "Post website\n\nKelby bridge to close for six weeks\n\n", "Kelby bridge to close for six weeks"),
    ("KELBY-BRIDGE/ (UPDATE 2)\nPRIORITY: 2 (URGENT)\nSLUG: KELBY-ROADS-BRIDGE\nWORDS: 560\n\nKelby bridge to close "
     "for six weeks\n\n", "Kelby bridge to close for six weeks"),                      # a wire feed's slug lines
    ("Skip to main content\nHome\nNews\nOpinion\nBusiness\nSport\nSign in\n\nNews > Roads\n\nKelby bridge to close "
     "for six weeks\n\n", "Kelby bridge to close for six weeks"),                      # a copied page's menu
])
def test_what_a_saving_program_put_above_the_article_is_not_its_headline(above, title):
    a = load(above + STORY)
    assert a.title == title
    assert a.text[a.blocks[0][0]:].startswith("The harbour bridge at Kelby")
    assert not any(line in a.text[a.blocks[0][0]:a.blocks[-1][1]] for line in ("Subject:", "PRIORITY", "Sign in",
                                                                              "Printed on"))


def test_the_e_mails_date_and_the_printed_pages_site_are_read():
    mail = load("From: Harbour Markets <m@h.example>\nDate: Tue, 13 Jan 2026 17:42:09 +0100\nSubject: Bridge to "
                "close\n\n" + STORY)
    assert mail.date == "2026-01-13" and email_subject(mail.text) == "Bridge to close"
    printed = "https://kelbypost.example/a/1\nPrinted on 14 Jan 2026 from The Kelby Post website\n\nBridge to close\n\n"
    assert printed_from(printed) == "The Kelby Post" and load(printed + STORY).publisher == "The Kelby Post"


@pytest.mark.parametrize("text", [
    "Floods hit town\nBy Jo Park\n5 March 2024\n\n" + STORY,            # a short headline, a byline, a date
    "Kelby bridge to close\n\n" + STORY,
    "Bridge\nto\nclose\n\n" + STORY,                                      # three short lines: no menu
    "Dear Sir,\nFrom: a reader\n\n" + STORY,                              # a header only where the file opens with one
])
def test_a_file_opening_with_its_article_is_read_from_its_start(text):
    assert preamble_end(text) == 0 and email_subject(text) == ""


def test_a_masthead_over_a_headline_and_its_story_in_one_paragraph_run_is_the_publisher():
    a = load("The Kelby Ledger\n\nTimeline: the bridge closure, week by week\n\nHow a cracked deck shut the town's "
             "only crossing for six weeks.\n\n" + STORY)
    assert a.title == "Timeline: the bridge closure, week by week" and a.publisher == "The Kelby Ledger"


def test_a_review_under_its_sections_label_is_titled_by_what_follows():
    a = load("THEATRE REVIEW\n\nThe Lighthouse, Kelby Playhouse\nFour stars\n\nBy Ana Lima\n12 March 2026\n\n" + STORY)
    assert a.title != "THEATRE REVIEW" and a.author == "Ana Lima"


@pytest.mark.parametrize("text, title", [        # a review of the rules on made-up inputs: each kept its headline
    ("Library to close\nAna Lima\nEducation correspondent\nThe Kelby Post\n\n" + STORY, "Library to close"),
    ("Home\nNews\nSport\nWeather\nLibrary to close\n\n" + STORY, "Library to close"),      # a menu, then the headline
    ("Home\nNews\nSport\nWeather\n5°C Kelby\n\nLibrary to close\n\n" + STORY, "Library to close"),
    ("X-Men: Dark Phoenix review – a dull farewell\n\n" + STORY, "X-Men: Dark Phoenix review – a dull farewell"),
    ("Sent: the letter that changed Kelby\n\n" + STORY, "Sent: the letter that changed Kelby"),
    ("Printed at home: the rise of 3D-printed guns\n\n" + STORY, "Printed at home: the rise of 3D-printed guns"),
    ("Printed on demand\n\n" + STORY, "Printed on demand"),
    ("Kelby profits > forecasts\n\n" + STORY, "Kelby profits > forecasts"),
    ("UK-EU\n\n" + STORY, "UK-EU"),
    ("AC/DC\nPower Up\n\nBy Ana Lima\n12 March 2026\n\n" + STORY, "AC/DC"),
    ("To: The Editor\nKelby Post\n\nSir, " + STORY, "To: The Editor"),
    ("---------- Forwarded message ---------\nFrom: Kelby Post <news@kelbypost.example>\nDate: Tue, 13 Jan 2026 "
     "17:42 +0100\nSubject: [Kelby Post] AW: Library to close\n\n" + STORY, "Library to close"),
    ("From: Kelby Post <news@kelbypost.example>\nTo: a@x.example,\n b@x.example\nSubject: Library to close\n\n" + STORY,
     "Library to close"),                                              # a folded header line
    ("Printed from kelbypost.example on 14 Jan 2026\n\nLibrary to close\n\n" + STORY, "Library to close"),
])
def test_a_headline_shaped_like_a_saving_programs_line_is_kept(text, title):
    a = load(text)
    assert a.title == title
    assert "The harbour bridge at Kelby" in a.text[a.blocks[0][0]:a.blocks[-1][1]]
    assert "@" not in a.text[a.blocks[0][0]:a.blocks[-1][1]]


def test_a_printing_line_without_a_date_names_no_site():
    text = "Printed at a Kelby garage from designs found online\n\n" + STORY
    assert printed_from(text) == "" and load(text).publisher == ""


def test_a_dash_in_a_headline_under_the_papers_masthead_is_the_headlines_own():
    a = load("Kelby Ledger\nUpdated 2 hours ago | 12 May 2025\n\nBRIDGE TO CLOSE FOR SIX WEEKS — BUT FERRY WILL "
             "RUN\n\n" + STORY)
    assert a.title == "BRIDGE TO CLOSE FOR SIX WEEKS — BUT FERRY WILL RUN" and a.publisher == "Kelby Ledger"
    assert a.date == "2025-05-12"


def test_a_bulletins_issue_line_and_an_agency_with_its_initials_are_read():
    a = load("KELBY ROADS AGENCY — TRAFFIC BULLETIN\nIssued by: The Kelby Post roads desk\nIssued 06:00 local time, "
             "Thursday 12 November 2026\n\nRED WARNING: Kelby bridge\n\n" + STORY)
    assert a.date == "2026-11-12"           # (not a fact box's date: a blank line before its "RED WARNING: …")
    a = load("Kelby bridge to close: what we know\n\nKelby Press Agency (KPA)\nUpdated 16:45, 9 August 2026\n\n"
             + STORY)
    assert a.publisher == "Kelby Press Agency (KPA)" and a.date == "2026-08-09"


def test_a_headline_ending_as_a_sentence_under_a_label_is_the_title_when_credits_follow_it():
    a = load("OPINION\n\nOur bridges are not museums. Let people cross them.\n\nKelby Tribune | Comment\nPublished 7 "
             "October 2025\n\nBy Rosa Halvik\n\n" + STORY)
    assert a.title == "Our bridges are not museums. Let people cross them." and a.publisher == "Kelby Tribune"
    assert a.author == "Rosa Halvik" and a.date == "2025-10-07"
