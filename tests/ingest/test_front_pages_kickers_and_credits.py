"""A paper's furniture line naming its front page ("THE KELVIK GAZETTE - Thursday 18 December 2025 - Front page"), a
subject's label in capitals under a furniture line naming the section ("… - SPORT" / "BOWLS" / the headline), and a
credit for words and pictures ("Words and pictures: Bertil Haaland"); a paper's archive copy under labels
("PUBLICATION: …", "DATE: …", "HEADLINE: …", "BYLINE: …")."""

from __future__ import annotations

import pytest

from qa.ingest.formats import loader_for
from qa.ingest.text import _part_kind, byline

STORY = ("Agnes Lund of Tarnholt Bowls Club won the Northern Counties women's singles title on Saturday, beating "
         "Elsa Murvik 21-17 in a final that turned on its last ten ends.\n\n"
         "\"I looked at the scoreboard and thought, well, you've nothing to lose now,\" said Lund, 61.\n")


def _read(text: str):
    return loader_for("story.txt").load(text.replace("\n", "\r\n").encode("cp1252"))


def test_a_furniture_line_naming_the_front_page_gives_the_paper_and_the_date():
    assert _part_kind("Front page") == "page" and _part_kind("Back page") == "page"
    a = _read("THE KELVIK GAZETTE - Thursday 18 December 2025 - Front page\n\n"
              "HERRING QUOTA CUT BY 12% - \"A BLACK CHRISTMAS FOR THE FLEET\"\n\nBy Sindre Voll\n\n" + STORY)
    assert (a.title, a.date, a.publisher, a.author) == ('HERRING QUOTA CUT BY 12% - "A BLACK CHRISTMAS FOR THE FLEET"',
                                                        "2025-12-18", "The Kelvik Gazette", "Sindre Voll")


def test_a_subjects_label_under_the_sections_furniture_over_a_headline_and_a_byline_is_no_headline():
    text = ("TARNHOLT GAZETTE  -  Thursday 21 August 2025  -  SPORT\n\nBOWLS\n\n"
            "Lund comes from 15-9 down to win Northern Counties crown\n\n"
            "Words and pictures: Bertil Haaland\n\n" + STORY)
    a = _read(text)
    assert (a.title, a.date, a.publisher, a.author) == ("Lund comes from 15-9 down to win Northern Counties crown",
                                                        "2025-08-21", "Tarnholt Gazette", "Bertil Haaland")
    shown = text.replace("\n", "\r\n")
    assert not any("BOWLS" in shown[s:e] for s, e in a.blocks)


@pytest.mark.parametrize("under", ["", "Kelvik lift the trophy for the first time in 40 years\n\n"])
def test_a_short_headline_in_capitals_under_the_sections_furniture_stays_the_headline(under):
    a = _read(f"THE LEDGER  ·  Sport  ·  Thursday 14 August 2025\n\nCUP GLORY\n\n{under}" + STORY)
    assert (a.title, a.publisher) == ("CUP GLORY", "The Ledger")


@pytest.mark.parametrize("line", ["Words and pictures: Bertil Haaland", "Words & photos: Bertil Haaland",
                                  "Text and photographs: Bertil Haaland"])
def test_a_credit_for_words_and_pictures_names_the_writer(line):
    assert byline(line) == "Bertil Haaland"


def test_a_papers_archive_copy_under_labels_gives_its_paper_date_headline_and_writer():
    text = ("PUBLICATION: Kelvik Courier\nEDITION: Final\nDATE: Friday 13 June 2025\nPAGE: 5\nSECTION: News\n"
            "HEADLINE: Ex-hospital buyer jailed over kickbacks\nSUBHEAD: Court hears he took 11.6 million tallies\n"
            "BYLINE: Karl Esberg, Court Reporter\nWORDS: 618\n\n" + STORY)
    a = loader_for("copy.txt").load(text.encode("utf-8"))
    assert (a.title, a.date, a.publisher, a.author) == ("Ex-hospital buyer jailed over kickbacks", "2025-06-13",
                                                        "Kelvik Courier", "Karl Esberg")
