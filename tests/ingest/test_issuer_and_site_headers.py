"""A text file opening with a name over what says whose it is: a press release's issuer over the release's label
("MINISTRY OF HEALTH" / "PRESS RELEASE"), a site's name over its slogan and address (a page copied from a browser,
"Dunmorrow Live" / … / "https://www.dunmorrowlive.com/…"). The name is the publisher, not the headline; the headline
is the line under them. And a blog post's line of credits, "Posted on … by … | Community | 12 comments"."""

from __future__ import annotations

import pytest

from qa.ingest.formats import loader_for
from qa.ingest.text import _byline_with_furniture, _release_header

STORY = ("Bowel cancer screening to start at 50 from 1 April\n\n"
         "Everyone aged 50 to 74 will be invited for bowel cancer screening from 1 April 2026, the ministry announced "
         "today. Until now screening has started at age 60.\n\n"
         "The full programme is expected to cost an additional 27 million marins a year.\n")


def _read(head: str):
    text = head + STORY
    article = loader_for("release.txt").load(text.encode("utf-8"))
    return article, [text[a:b] for a, b in article.blocks]


@pytest.mark.parametrize("head, issuer, date", [
    ("MINISTRY OF HEALTH\nPRESS RELEASE\n\nFor immediate release: 20 January 2026\n\n", "Ministry of Health",
     "2026-01-20"),
    ("Kelvik City Council\nNews release\nEmbargoed until 00:01 Wednesday 21 January\n\n", "Kelvik City Council", ""),
    ("DEPARTMENT FOR TRANSPORT AND THE ENVIRONMENT\nMedia statement\n\n",
     "Department for Transport and the Environment", ""),
    ("UNIVERSITY OF KELVIK\nMEDIA RELEASE\n20 January 2026\n\n", "University of Kelvik", "2026-01-20"),
])
def test_the_issuer_over_the_label_is_the_publisher_and_the_headline_under_them_the_title(head, issuer, date):
    article, blocks = _read(head)
    assert (article.title, article.publisher, article.date) == (
        "Bowel cancer screening to start at 50 from 1 April", issuer, date)
    assert blocks[0].startswith("Everyone aged 50 to 74") and not any(issuer.upper() in b.upper() for b in blocks)


@pytest.mark.parametrize("head", [
    "Ministry of Health says screening will start at 50.\n\n",       # a sentence, not a name
    "Kelvik City Council\n\n",                                        # a name with no release's label under it
    "NATIONAL GEOLOGICAL SURVEY\nEarthquake bulletin\n\n",           # a bulletin's title, not a release's label
])
def test_a_first_line_with_no_releases_label_under_it_is_left_to_the_other_rules(head):
    text = head + STORY
    first = head.split("\n", 1)[0]
    assert _release_header(text, 0, first, ((0, len(text)),)) is None


POST = ("MOSSENDALE LIBRARY REOPENS 16 MONTHS AFTER FLOOD - WITH 3D PRINTERS AND A CAFE\n\n"
        "Posted on 14 June 2025 by Aisha Varley | Community | 12 comments\n\n"
        "Mossendale Library opened its doors again on Saturday, 16 months after flood water from the river poured "
        "through the ground floor and destroyed 12,000 books.\n\nHundreds of people queued in the rain on Bridge Street "
        "before the ribbon was cut at 10am by the children's author Pim Halloway.\n")


@pytest.mark.parametrize("head, site", [
    ("Dunmorrow Live\nNews for Dunmorrow and the Mossen valley\n"
     "https://www.dunmorrowlive.com/2025/06/14/mossendale-library-reopens/\n\n", "Dunmorrow Live"),
    ("The Kelvik Ledger\nwww.kelvikledger.co.uk\n\n", "The Kelvik Ledger"),
])
def test_a_sites_name_over_its_address_is_the_publisher_and_the_headline_under_them_the_title(head, site):
    text = head + POST
    article = loader_for("post.txt").load(text.encode("utf-8"))
    assert (article.title, article.publisher, article.author) == (
        "MOSSENDALE LIBRARY REOPENS 16 MONTHS AFTER FLOOD - WITH 3D PRINTERS AND A CAFE", site, "Aisha Varley")
    assert text[article.blocks[0][0]:].startswith("Mossendale Library opened")


def test_an_address_that_does_not_spell_the_first_line_leaves_it_to_the_other_rules():
    text = "Library reopens after flood\nhttps://www.dunmorrowlive.com/2025/06/14/library/\n\n" + POST
    assert _release_header(text, 0, "Library reopens after flood", ((0, len(text)),)) is None


def test_a_byline_before_its_section_and_comments_count_names_the_author():
    assert _byline_with_furniture("Posted on 14 June 2025 by Aisha Varley | Community | 12 comments") == "Aisha Varley"
    assert _byline_with_furniture("By Aisha Varley | Community") == ""          # (no comments' count: not this line)
    assert _byline_with_furniture("Mossendale Library | Community | 12 comments") == ""


def test_an_issuers_office_lines_and_date_may_stand_between_its_name_and_the_label():
    article, blocks = _read("SALTRIGG UNIVERSITY\nCommunications Office | press@saltrigg-uni.example | +00 34 555 0912\n\n"
                            "NEWS RELEASE\nEMBARGOED UNTIL 9 APRIL 2026, 16:00 UTC\n\n")
    assert (article.title, article.publisher) == ("Bowel cancer screening to start at 50 from 1 April",
                                                  "Saltrigg University")
    article, blocks = _read("THE SUPREME COURT OF KELVIK\n\n28 October 2026\n\nPRESS SUMMARY\n\n")
    assert (article.title, article.publisher, article.date) == (
        "Bowel cancer screening to start at 50 from 1 April", "The Supreme Court of Kelvik", "2026-10-28")


def test_an_organisations_document_under_its_name_is_titled_by_its_heading_in_capitals():
    text = ("KELVIK MEDICINES AGENCY (KMA)\nDrug Safety and Quality Division\n\nMEDICINES RECALL NOTICE\n"
            "Class 2 Medicines Recall: Action within 48 hours\n\nDate issued:   8 July 2026\n\n"
            "Halvik Pharma is recalling two batches of Moravastin 20 mg tablets because some packs may contain "
            "tablets of the wrong strength. Patients should not stop taking their medicine.\n")
    a = loader_for("recall.txt").load(text.encode("utf-8"))
    assert (a.title, a.publisher, a.date) == ("MEDICINES RECALL NOTICE", "Kelvik Medicines Agency (KMA)", "2026-07-08")
    assert text[a.blocks[0][0]:].startswith("Class 2 Medicines Recall")
    # (a name that is no organisation's, over a line in capitals: left to the other rules)
    assert _release_header("Dunmorrow Live\n\nSTORM HITS COAST\n\nText.\n", 0, "Dunmorrow Live", ((0, 40),)) is None


@pytest.mark.parametrize("text", [
    "University Strike Ends After Six Weeks\nBy Jane Doe\n\nBRISTOL, ENGLAND\n\n",
    "Police Appeal For Witnesses\n\nTHE CRASH HAPPENED ON THE A38 NEAR KELVIK\n\n",
    "Hospital Trust Names New Chief Executive\n14 June 2025\n\nHEALTH NEWS\n\n",
])
def test_a_headline_in_title_case_naming_an_organisation_over_a_line_in_capitals_stays_the_headline(text):
    article = loader_for("story.txt").load((text + STORY).encode("utf-8"))
    assert article.title == text.split("\n", 1)[0] and article.publisher == ""
