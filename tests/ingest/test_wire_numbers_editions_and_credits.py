"""Header forms read in stop 66 (made-up text): an agency's header with its story's number and a two-figure year
("XPA 0412  3 Mar 25  11:42"), its flags in capitals, an e-paper's name with its edition ("DAILY BEACON e-Edition"),
a name over sections or a motto ("PNA SPORT - ROWING", "DAILY BEACON  The voice of Xelmora"), a menu parted by runs of
spaces, a month in Roman numerals ("22.III.2026"), a date line with a page's fields ("| Category: Education"), a
post "published on" its site, bylines in capitals with a role, "Guest post by", a writer's pronouns, "By X, with Y"."""

from __future__ import annotations

import pytest

from qa.ingest.clutter import is_clutter
from qa.ingest.dates import full_dates, publication_line
from qa.ingest.text import TextLoader, byline

STORY = ("KELVIK, 3 March (KNA) - The council voted on Tuesday to close the old bridge to lorries.\n\n"
         "Repairs will cost 4.2 million crowns, the council said.\n")


def _read(head: str):
    return TextLoader().load((head + "\n\nBridge shut to lorries\n\n" + STORY).encode())


@pytest.mark.parametrize("text, isos", [
    ("XPA 0412  3 Mar 25  11:42", ["2025-03-03"]),
    ("Weekend results and tables | Mon 16 Feb 26", ["2026-02-16"]),
    ("on 3 Mar 25 people died", []),                        # (a count after it: no year)
    ("22.III.2026 and 5.XI.2025", ["2026-03-22", "2025-11-05"]),
    ("chapter 3 I 2024", []),                                   # (a Roman month only between dots)
    ("Of the 40 candidates, 12 may 25, officials said.", []),
])
def test_short_years_in_headers_and_roman_months_are_dates(text, isos):
    assert [d.iso() for d in full_dates(text)] == isos


@pytest.mark.parametrize("head, date, publisher", [
    ("XPA 0412  3 Mar 25  11:42\nBC-XELMORA-BREWING-TAKEOVER (UPDATE 2, adds union)\nURGENT / BUSINESS / PRIORITY 2\n"
     "Words: 690", "2025-03-03", "KNA"),
    ("\ufeffXPA 1107  14 Aug 26  09:31", "2026-08-14", "KNA"),      # (a byte-order mark before it)
    ("DAILY BEACON e-Edition | Thursday, August 7, 2025 | Page 9 | NEWS", "2025-08-07", "Daily Beacon"),
    ("VELINOR EVENING POST -- WHAT'S ON / FILM", "", "Velinor Evening Post"),
    ("PNA SPORT - ROWING\nSaturday 9 May 2026", "2026-05-09", "KNA"),
    ("DAILY BEACON  The voice of Xelmora\nHome  News  Showbiz  Sport  Money  Motors  Travel  Puzzles", "",
     "Daily Beacon"),
    ("YBC NEWS | SCIENCE & ENVIRONMENT\n21 January 2025", "2025-01-21", "YBC News"),
])
def test_furniture_lines_over_the_headline(head, date, publisher):
    a = _read(head)
    assert (a.title, a.date, a.publisher) == ("Bridge shut to lorries", date, publisher)


def test_a_headline_with_a_date_after_a_bar_dates_the_page():
    a = TextLoader().load(("SKARRA MOUNTAIN GAZETTE -- SPORT\nWeekend results and tables | Mon 16 Feb 26\n\n"
                           + STORY).encode())
    assert (a.title, a.date, a.publisher) == ("Weekend results and tables | Mon 16 Feb 26", "2026-02-16",
                                              "Skarra Mountain Gazette")


@pytest.mark.parametrize("line, menu", [
    ("Home  News  Showbiz  Sport  Money  Motors  Travel  Puzzles", True),
    ("Skarra Icebreakers     4-3  Orvasz Wolves", False),
    ("Anna Berg  Ola Lie  Kari Nes  Per Dahl  Siv Moen", False),      # (names, no sections)
])
def test_a_menu_parted_by_spaces_is_clutter(line, menu):
    assert is_clutter(line) is menu


@pytest.mark.parametrize("line, iso", [
    ("Feb 05 2025 6:42PM | Category: Education | Story ID: 20250205-0318", "2025-02-05"),
    ("Published on **The Pelgrave Commons** · 15 April 2026 · 9 min read · Tags: housing, rents", "2026-04-15"),
    ("**Lina Sattar (she/her)** · 22.III.2026", "2026-03-22"),
    ("Bridge Shut Again · 14 March 2026", ""),           # (a headline in title case: no writer's name)
    ("The Pelgrave Commons · 15 April 2026", ""),
])
def test_date_lines_with_fields_a_site_or_a_writer(line, iso):
    assert publication_line(line) == iso


@pytest.mark.parametrize("line, author", [
    ("BY MARTA GRUEN, STAFF REPORTER", "MARTA GRUEN"),
    ("BY MARTA GRUEN AND OLA BRANDT", "MARTA GRUEN AND OLA BRANDT"),
    ("BY MARTA GRUEN, NEWS", ""),
    ("BY THE WAY, IT RAINED", ""),
    ("*Guest post by Dr Hanne Kolstad*", "Dr Hanne Kolstad"),
    ("By Henrik Solberg, with Amira Kosh", "Henrik Solberg"),
    ("By Lina Sattar (they/them), Chess Correspondent", "Lina Sattar"),
    ("**Lina Sattar (she/her)** · 22.III.2026", "Lina Sattar"),       # (a post's credit line, in bold)
    ("Bridge Shut Again · 14 March 2026", ""),
])
def test_bylines_in_capitals_guest_posts_pronouns_and_a_second_writer(line, author):
    assert byline(line) == author


def test_a_story_in_a_frames_own_document_is_read_in_the_frames_place():
    from html import escape

    from qa.ingest.html import HtmlLoader

    story = ("<!DOCTYPE html><html><head><title>Lifeboat story</title></head><body><article>"
             "<h1>Lifeboat saves five as trawler drifts toward Gull Point</h1>"
             "<p class='byline'>By Bethan Crowe · Wednesday 14 January 2026</p>"
             "<p>Five fishermen were rescued in the early hours of Tuesday after their trawler lost power and drifted "
             "to within 300 metres of the rocks at Gull Point.</p><p>The trawler Kestrel Dawn sent a mayday at 02:15, "
             "reporting that a fouled propeller had stopped her engine in a westerly gale.</p>"
             "<p>Coxswain Ruairi Penhale said the lifeboat reached the trawler at 02:58 and got a tow line aboard at "
             "the third attempt.</p></article></body></html>")
    page = ("<html><head><title>Lifeboat saves five | Olvenmouth Gazette</title></head><body><nav>Home News Sport"
            f"</nav><iframe title='Article' srcdoc=\"{escape(story)}\"></iframe><footer>© Olvenmouth Gazette</footer>"
            "</body></html>")
    a = HtmlLoader().load(page.encode())
    assert "fouled propeller" in a.text and "02:58" in a.text
    assert (a.date, a.author) == ("2026-01-14", "Bethan Crowe")


@pytest.mark.parametrize("head", ["Kelvik Courier - Storm Hits Coast", "UN - Climate Talks Collapse"])
def test_a_headline_in_title_case_after_a_name_is_the_headline(head):
    a = TextLoader().load((head + "\n\nRivers expected to burst their banks\n\nThe storm hit the coast on Tuesday, "
                           "flooding homes in Kelvik and Ostby as rivers rose.\n").encode())
    assert a.title == head


@pytest.mark.parametrize("line, author", [
    ("**Met Office Update** · 3 March 2026", ""),           # (common words: no one's name)
    ("**NBS Weather** | 8 July 2026, updated 18:20", ""),    # (a desk's name with its code)
    ("**Renée Müller (she/they)** · 3 March 2026", "Renée Müller"),
])
def test_a_bold_credit_names_a_writer_only_by_a_name(line, author):
    assert byline(line) == author


def test_a_page_dated_by_a_comments_unix_time_is_not_dated_by_it():
    from qa.ingest.html import HtmlLoader

    page = ("<html><head><title>Ferry fares rise | Kelvik Post</title></head><body><article><h1>Ferry fares rise</h1>"
            "<p class='byline'>By Olaf Senn</p><p>Ferry fares between Kelvik and Ostby will rise by 12% next month, the "
            "operator said on Tuesday, blaming the cost of fuel.</p><p>The operator, Nordfjord Lines, said the rise was "
            "its first in three years and would add about 4 marks to a return ticket.</p></article>"
            "<section class='comments'><p><span data-timestamp='1773482400'>Posted 2 days ago</span> Too dear!</p>"
            "</section></body></html>")
    assert HtmlLoader().load(page.encode()).date == ""
