"""A byline with no "By": a person's name alone on a header line over the date line (a column's)."""

from __future__ import annotations

import pytest

from qa.ingest.text import TextLoader, byline, closing_author, credit_parts, line_byline, publication_date


@pytest.mark.parametrize("lines, at, name", [
    (["THE KORVIK POST - OPINION", "Holm on Saturday", "The four-day week worked", "Lena Holm",
      "Saturday 14 March 2026"], 3, "Lena Holm"),
    (["Harbour Gazette", "", "12 March 2026"], 0, ""),                 # the paper's name over the date
    (["Velmark Business Review", "12 March 2026"], 0, ""),
    (["KORVIK POST", "12 March 2026"], 0, ""),
    (["Lena Holm", "The four-day week worked"], 0, ""),               # no date after it
    (["By Lena Holm, Political Editor", "Saturday 14 March 2026"], 0, "Lena Holm"),
])
def test_a_name_alone_over_the_date_line_is_a_byline(lines, at, name):
    assert line_byline(lines, at) == name


@pytest.mark.parametrize("line, name", [
    ("By Nils Ambrose in Lisk", "Nils Ambrose"),                       # where the writer was, no comma
    ("Staff and agencies", "Staff and agencies"),                      # a credit naming no one
    ("Live coverage by Oskar Lind and Freya Dalberg · Started Tue 14 Oct 2025 15:00 · Last updated Wed 15 Oct 2025 "
     "08:20", "Oskar Lind and Freya Dalberg"),                          # a live page's credits, start and update
    ("Staff said the plan was good.", ""),
])
def test_bylines(line, name):
    assert byline(line) == name


def test_a_section_and_a_date_joined_on_a_line_date_the_story():
    assert credit_parts("Obituaries · 2 Jun 2026 14:05 GMT") == ["Obituaries", "2 Jun 2026 14:05 GMT"]
    assert publication_date("Obituaries · 2 Jun 2026 14:05 GMT") == "2026-06-02"
    assert credit_parts("News · Politics") == []


@pytest.mark.parametrize("ending, name", [
    ("\n\nBy Sander Holt\n", "Sander Holt"),
    ("\n\nCompiled by Ivo Brask\n", "Ivo Brask"),
    ("\n\nAstrid Mollen is a freelance writer who covers shipping. Her book was published last year.\n",
     "Astrid Mollen"),
    ("\n\nThe harbour master is a woman who knows the sea.\n", ""),
    ("\n\nKim Ode is the author of The Quiet Tide (Harbour Press).\n", ""),          # the book's author
    ("\n\nMara Lind is the new editor of the Kelder Herald.\n", ""),
])
def test_a_byline_or_a_writers_note_after_the_story_names_its_author(ending, name):
    text = "The lighthouse that refused to go dark\n\nThe white tower has been lit every night since 1872." + ending
    assert closing_author(text) == name
    assert TextLoader().load(text.encode()).author == name


def test_a_masthead_over_the_headline_is_the_publisher_not_the_title():
    a = TextLoader().load(b"The Korvik Herald\n\nTIMELINE: Twenty years of the Brenn Tunnel\n\nTuesday 9 December 2025\n\n"
                          b"The Brenn Tunnel, a 14.8-kilometre rail tunnel under the hills, finally opened to passengers "
                          b"on Monday, eleven years later than first promised.\n")
    assert (a.title, a.publisher, a.date) == ("TIMELINE: Twenty years of the Brenn Tunnel", "The Korvik Herald",
                                              "2025-12-09")


def test_a_writers_note_names_someone_the_story_does_not():
    text = ("Ana Ruud obituary\n\nAna Ruud, who has died aged 88, wrote for the Gazette for forty years.\n\n"
            "Ana Ruud is a former columnist of the Gazette.\n")
    assert closing_author(text) == ""


@pytest.mark.parametrize("raw, title", [
    (b"Kelder Rovers Break Transfer Record\n\nStriker signs for 30m\n\nTuesday 9 December 2025\n\nKelder Rovers "
     b"have signed the striker for a club record fee, the club said on Tuesday night.\n",
     "Kelder Rovers Break Transfer Record"),
    (b"The Last Post\n\nBugler retires after 40 years\n\nTuesday 9 December 2025\n\nThe bugler who has played at the "
     b"memorial for four decades retired on Tuesday after a final ceremony.\n", "The Last Post"),
])
def test_a_headline_in_title_case_ending_like_a_papers_name_is_still_the_headline(raw, title):
    a = TextLoader().load(raw)
    assert a.title == title and a.publisher == ""


def test_a_headline_that_is_a_name_over_the_date_is_no_byline():
    a = TextLoader().load(b"Ana Ruud\n14 March 2026\n\nThe runner who won three titles has retired from racing, "
                          b"her coach said on Friday.\n")
    assert a.author == ""
    assert line_byline(["Headline", "Climate Change", "14 March 2026"], 1) == ""
