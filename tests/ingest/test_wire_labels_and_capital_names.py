"""Wire copy's header as agencies write it otherwise: a keywords' slug with no slash after it
("CRV-TRANSPORT/AIRLINES") over routing lines in title case ("Priority: 3   Category: Business/Transport"); labels in
title case ("Date: 07-09-2025 17:48") with a blank line under them; the agency's code and name above its labels ("BNA -
BRISGARD NEWS AGENCY"). And a paper's name in capitals that is no paper's word ("THE EXCHANGE | Companies | …",
"**HERALD WEEKEND · BOOKS**" over a Markdown heading), and a release's line under a furniture line."""

from __future__ import annotations

from qa.ingest.formats import loader_for
from qa.ingest.text import furniture_parts

LEDE = ("TARNHOLM, 11 April (Crespress) - Brekk Air, the national airline, will launch six new international routes "
        "from Tarnholm Airport in October, the biggest expansion in its 41-year history, the carrier said on Saturday.\n\n"
        "The new routes will start between 25 October and 1 December, with return fares from 690 vintars.\n")


def _read(text: str, name: str = "story.txt"):
    return loader_for(name).load(text.encode("utf-8"))


def test_a_slug_with_no_slash_after_it_over_routing_lines_in_title_case_is_no_headline():
    a = _read("CRV-TRANSPORT/AIRLINES\nPriority: 3   Category: Business/Transport\n"
              "Crespress - Crestavian News Agency\nSat 11 Apr 2026 11:20 CEST\n\n"
              "BREKK AIR TO LAUNCH SIX NEW ROUTES FROM TARNHOLM IN OCTOBER\n\n" + LEDE)
    assert (a.title, a.date, a.publisher) == ("BREKK AIR TO LAUNCH SIX NEW ROUTES FROM TARNHOLM IN OCTOBER",
                                              "2026-04-11", "Crespress")


def test_labels_in_title_case_give_the_headline_under_them_and_a_dashed_date_as_the_dateline_reads_it():
    a = _read("CRESPRESS SPORT\nSLUG: CANOE-SLALOM-EMBERLY/World Cup\nDate: 07-09-2025 17:48\nPriority: 3 (routine)\n"
              "Words: 560\n\nCANOE SLALOM: HEGG WINS HOME WORLD CUP GOLD\n\n"
              "EMBERLY, 7 September (Crespress) - Jonas Hegg gave a home crowd of about 7,000 the result it wanted on "
              "Sunday, winning the men's C1 final with the only clean run.\n")
    assert (a.title, a.date, a.publisher) == ("CANOE SLALOM: HEGG WINS HOME WORLD CUP GOLD", "2025-09-07", "CRESPRESS")


def test_an_agencys_code_and_name_over_its_labels_name_the_agency():
    a = _read("BNA - BRISGARD NEWS AGENCY\nSERVICE: NATIONAL / POLITICS\nPRIORITY: 2 (URGENT)\n"
              "SLUG: RAIL-WESTWAY/VOTE (2ND LEAD)\nWORDS: 540\n\nLandting approves high-speed line\n\n" + LEDE)
    assert (a.title, a.publisher) == ("Landting approves high-speed line", "Brisgard News Agency")


def test_a_name_in_capitals_before_a_section_and_a_date_is_the_papers():
    assert furniture_parts("THE EXCHANGE | Companies | Friday 4 December 2026")[0] == ("name", "THE EXCHANGE")
    assert furniture_parts("Storm Hits Coast | Live") == []         # (a headline in title case: no furniture)
    a = _read("THE EXCHANGE | Companies | Friday 4 December 2026\n\n"
              "Velsby Dairies cuts milk price as global dairy slump bites\n\nBy Rosa Valk\n\n" + LEDE)
    assert (a.title, a.date, a.publisher, a.author) == (
        "Velsby Dairies cuts milk price as global dairy slump bites", "2026-12-04", "The Exchange", "Rosa Valk")


def test_bold_furniture_over_a_markdown_heading():
    a = _read("**HERALD WEEKEND · BOOKS**\n\n# Halla Aranda: \"I spent ten years counting fish\"\n\n"
              "*Saturday 8 November 2025*\n\n" + LEDE, "interview.md")
    assert (a.title, a.date, a.publisher) == ('Halla Aranda: "I spent ten years counting fish"', "2025-11-08",
                                              "Herald Weekend")


def test_a_releases_line_under_the_issuers_furniture_line_is_no_headline():
    a = _read("NORTHERN DISTRICT POLICE — PRESS RELEASE\n\nFor immediate release\nThursday 28 August 2025\n\n"
              "Four charged after cash machine raids\n\n" + LEDE)
    assert (a.title, a.date, a.publisher) == ("Four charged after cash machine raids", "2025-08-28",
                                              "Northern District Police")


def test_a_weeks_number_is_an_editions_part_and_a_slug_may_have_a_space_in_it():
    a = _read("KALLMERE GAZETTE\nWeek 17 - Monday 20 April 2026\nNEWS - PAGE 3\n\n"
              "RECORD SEASON ON THE SLOPES\n\nBy Per Ivar Ronning\n\n" + LEDE)
    assert (a.title, a.date, a.publisher, a.author) == ("RECORD SEASON ON THE SLOPES", "2026-04-20", "Kallmere Gazette",
                                                        "Per Ivar Ronning")
    a = _read("SNA - SKORVANIAN NEWS AGENCY\nMOTOR RACING-OSTRABRUN/REPORT\nSun Aug 31, 2025 17:52 CEST\n\n"
              "Morken storms from ninth to win home Grand Prix\n\n" + LEDE)
    assert (a.title, a.publisher) == ("Morken storms from ninth to win home Grand Prix", "Skorvanian News Agency")


def test_a_bold_name_among_a_furniture_lines_parts():
    assert furniture_parts("**THE VALDRAD BRIEF** | Issue 212 | Saturday 9 May 2026") == [
        ("name", "THE VALDRAD BRIEF"), ("edition", "Issue 212"), ("date", "Saturday 9 May 2026")]


def test_a_newsletters_link_to_itself_online_under_its_furniture_line_is_no_headline():
    a = _read("**THE VALDRAD BRIEF** | Issue 212 | Saturday 9 May 2026\n\n"
              "[View in browser](https://valdradbrief.example/issues/212) · [Forward to a friend](https://x.example/f)\n\n"
              "# The eve of the vote\n\n" + LEDE, "brief.md")
    assert (a.title, a.date, a.publisher) == ("The eve of the vote", "2026-05-09", "The Valdrad Brief")
