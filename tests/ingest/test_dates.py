"""Dates in news text: publication lines, datelines, and the dates a text mentions."""

from __future__ import annotations

import pytest

from qa.ingest.dates import dateline, full_dates, mentions, publication_line, relative_years, stated_dates


@pytest.mark.parametrize("line, iso", [
    ("Published 5 March 2024", "2024-03-05"),
    ("Updated: March 5, 2024 10:00 GMT", "2024-03-05"),
    ("Tuesday 5 March 2024 10.00 GMT", "2024-03-05"),
    ("Published: 2024-03-05T10:00:00Z", "2024-03-05"),
    ("Posted on Mar. 5, 2024 at 9:30 am", "2024-03-05"),
    ("By Jo Park | Published 12 February 2024", "2024-02-12"),
    ("2024-03-05", "2024-03-05"),
    ("Published 31 February 2024", ""),                       # no such day
    ("The bank cut rates on 5 March 2024.", ""),              # a sentence, not a date line
    ("Published in the Journal of Things", ""),
    ("", ""),
    ("Published 03/03/2026", "2026-03-03"),                  # in figures: one reading only
    ("Published 21/01/2026", "2026-01-21"),
    ("Published 1/21/2026", "2026-01-21"),
    ("Published 03/04/2026", ""),                             # March or April?
    ("Published 03.04.2026", "2026-04-03"),                   # dots: the day first
    ("Posted: 12.09.2025 by Marta Lind", "2025-09-12"),
    ("Broadcast: Tuesday 19 May 2026, 07:40", "2026-05-19"),
    ("Started Tue 14 Oct 2025 15:00", "2025-10-14"),          # a live page's
    ("Published in The Halvenmoor Courier, Tuesday 2 December 2025", "2025-12-02"),     # a column's
    ("Released Wednesday 21 January 2026", "2026-01-21"),                              # a podcast's
    ("Published 8 May 2026 (dates on this page are day/month/year: 08/05/2026)", "2026-05-08"),
    ("Published 03/04/2026 (dates here are day/month/year)", "2026-04-03"),
    ("Published in Nature, 3 March 2023", ""),                                        # a study's journal
    ("Released in UK Cinemas, 14 February 2025", ""),                                 # a film's
    ("Published 21 January 2026 | Corrected 22 January 2026", "2026-01-21"),          # first published
])
def test_publication_lines(line, iso):
    assert publication_line(line) == iso


@pytest.mark.parametrize("line, iso", [
    ("WASHINGTON, March 5, 2024 — The president said", "2024-03-05"),
    ("LONDON (Reuters) - 5 March 2024 - Shares fell", "2024-03-05"),
    ("March 5, 2024 - Officials said", "2024-03-05"),
    ("BNS — PORT AVESSA, 14 January 2026", "2026-01-14"),                 # the agency before the place
    ("FELDRUM, Norvaska, 18 November 2025 — Veltro today announced", "2025-11-18"),     # the country too
    ("PORTLAND, Maine, March 5, 2024 — The ferry sank", "2024-03-05"),
    ("VESTBY, Norvaska – 2 September 2025 – Halden Mills AS today announced", "2025-09-02"),  # a release's dashes
    ("BNS — The ferry sank on 14 January 2026", ""),
    ("The March 5, 2024 vote was close", ""),
    ("Officials said on Monday", ""),
])
def test_datelines(line, iso):
    assert dateline(line) == iso


def test_mentions_names_dates_months_and_years_once():
    text = "In March 2009 rates fell to 0.5%; by 5 March 2024 and in the 1990s, not 2,004 people or £2005m."
    assert [m.iso() for m in mentions(text)] == ["2009-03", "2024-03-05", "1990"]
    assert [m.iso() for m in full_dates("on 2024-03-05 and 2024/3/6")] == ["2024-03-05", "2024-03-06"]


@pytest.mark.parametrize("text, years", [
    ("Profit fell to £41.2m, from £59.7m a year earlier.", {2023}),
    ("Sales last year were flat; this year they will rise, and next year too.", {2023, 2024, 2025}),
    ("Two years ago the plant closed; a year ago it reopened.", {2022, 2023}),
    ("In 2020 the firm lost $3m, against a profit the previous year.", {2019}),     # counted from 2020
    ("In 2020 and 2021 it grew, from less a year earlier.", set()),                 # earlier than which?
    ("The years passed.", set()),
])
def test_years_named_relative_to_a_story_of_2024(text, years):
    assert relative_years(text, 2024) == years


def test_dates_named_count_a_day_and_month_in_the_year_given():
    from qa.ingest.dates import dates_named

    got = [(t.year, t.month, t.day) for t in dates_named("On 12 May, 2 June and Aug. 4, not March 5, 2024; in 1968", 2023)]
    assert got == [(2023, 5, 12), (2023, 6, 2), (2023, 8, 4), (2024, 3, 5), (1968, 0, 0)]


def test_the_date_a_publication_line_says_a_story_was_updated_on():
    from qa.ingest.dates import updated_line

    assert updated_line("Published 15 January 2024, updated 17 January 2024") == "2024-01-17"
    assert updated_line("Updated: 5 March 2024 10:00 GMT") == "2024-03-05"
    assert updated_line("Published 15 January 2024") == ""
    assert updated_line("Published 21 January 2026 | Corrected 22 January 2026") == "2026-01-22"
    assert updated_line("The council updated its plans on 5 March 2024 after the vote.") == ""     # no such line


def test_a_date_in_figures_is_read_only_where_its_order_cannot_be_mistaken():
    assert [d.iso() for d in full_dates("from 21/01/2026 to 3.3.2026")] == ["2026-01-21", "2026-03-03"]
    assert full_dates("on 03/04/2026") == [] and full_dates("version 1.2.2020") == []
    assert [d.iso() for d in full_dates("The deadline is 31/12/2025.")] == ["2025-12-31"]      # before a full stop
    assert full_dates("Version 1.1.2020 was released.") == [] and full_dates("Section 3.3.2020 of the act") == []


@pytest.mark.parametrize("line, iso", [
    ("Published 03/03/2026 (the Post writes dates day/month/year)", "2026-03-03"),
    ("Published 12 March 2026 (updated)", "2026-03-12"),
    ("Published 12 March 2026 (2 min read)", ""),          # a remark with figures is no part of a date line
    ("Friday 6 March 2026 (ballot opens)", ""),             # a key date, no date line
    ("Published 14/05/2026 (dd/mm/yyyy)", "2026-05-14"),
    ("Date: 03/06/2026 (the Post gives dates day/month/year)", "2026-06-03"),    # the order it states: 3 June
    ("Published 06/03/2026 (mm/dd/yyyy)", "2026-06-03"),
    ("Date: 03/06/2026", ""),                               # which month, nothing says
])
def test_a_date_line_may_close_with_a_remark_in_brackets(line, iso):
    assert publication_line(line) == iso


def test_a_remark_stating_the_order_reads_the_dates_in_figures_of_its_line_only():
    text = "Meeting on 04/05/2026\nDate: 03/06/2026 (the Post gives dates day/month/year)"
    assert [(d.iso(), text[d.start:d.end]) for d in stated_dates(text)] == [("2026-06-03", "03/06/2026")]


@pytest.mark.parametrize("line, iso", [
    ("Halvenmoor, 16 September 2025", "2025-09-16"),                                   # a press release's
    ("Vestby District Court | 27.06.2025", "2025-06-27"),          # a court's, a bar between, the day first by dots
    ("Vestby District Court | 05.06.2025", "2025-06-05"),          # dots: the day first, whichever could be
    ("The Harbour Post | 27.06.2025", ""),
    ("London, the city of 5 March 2024", ""), ("Born, 3 March 1950", ""), ("Christmas Day, 25 December 2024", ""),
    ("Dear Sir, 3 March 2025", ""), ("The Harbour Post, Saturday 29 August 1998", ""),
])
def test_a_place_and_a_date_alone_date_a_text(line, iso):
    from qa.ingest.dates import placed_date

    assert placed_date(line) == iso and publication_line(line) == ""         # (a line of its text all the same)


@pytest.mark.parametrize("raw, iso", [
    ("Film review: The Lantern Keeper\n\nDirector: Ola Brisk\nReleased: 14 February 2025\nRunning time: 1h 52m\n\n"
     "The Lantern Keeper is a quiet film about a lighthouse and the family that keeps it, and it is the best thing "
     "Ola Brisk has made in a decade of trying.\n\nPublished 3 March 2026\n", "2026-03-03"),       # a fact box's
    ("Storm Edda: amber warning for wind\n\nAMBER WARNING\nIssued: Friday 6 March 2026 at 06:00\n\nPublished 8 March "
     "2026\n\nStorm Edda will bring gusts of up to 80mph to the coast on Sunday, the forecasters said on Saturday "
     "morning.\n", "2026-03-08"),                              # a publication line outranks a warning's issue
    ("Lighthouse keeper's log goes on show\n\nKESSFIELD, 4 March 2026 - A lighthouse keeper's logbook kept for forty "
     "years has gone on show at the town museum.\n\nSkarvik Light, 12 June 1987\n\nThe keeper wrote in it every night "
     "at nine.\n", "2026-03-04"),                              # a caption's "Place, date" is no date line
    ("Spring events in Tolby\n\nEaster Sunday, 5 April 2026\n\nThe Tolby egg hunt returns to the castle grounds.\n",
     ""),                                                      # a holiday's date is an event's
    ("PRESS RELEASE\n\nFOR IMMEDIATE RELEASE\nHalvenmoor, 16 September 2025\n\nHarbour board names new chief\n\n"
     "The Halvenmoor Harbour Board has appointed Ines Marrow as its chief executive.\n", "2025-09-16"),
])
def test_a_text_files_date_is_its_publication_line_before_a_release_or_event_line(raw, iso):
    from qa.ingest.text import TextLoader

    assert TextLoader().load(raw.encode()).date == iso


def test_a_date_read_from_figures_day_first_is_turned_round_when_the_text_names_it_the_other_way():
    from qa.ingest.dates import order_settled

    markup = '<span class="date">07/09/2025</span><p>The airline said on Wednesday, July 9.</p>'
    assert order_settled("2025-09-07", markup, "The airline said on Wednesday, July 9.") == "2025-07-09"
    assert order_settled("2025-09-07", markup, "The airline said on Sunday.") == "2025-09-07"      # nothing says
    assert order_settled("2025-09-07", markup, "It said on 7 September and July 9.") == "2025-09-07"   # both named
    assert order_settled("2025-09-07", "<time>2025-09-07</time>", "On July 9.") == "2025-09-07"   # not from figures
    assert order_settled("2025-09-27", "27/09/2025", "On July 9.") == "2025-09-27"               # reads one way


@pytest.mark.parametrize("line, filed", [
    ("BREMALY — Ondra Metals, operator of the mine, said on Tuesday it would cut jobs.", "BREMALY — "),
    ("DURNABY - About 600 homes were flooded.", "DURNABY - "),
    ("BREMALY, 3 February 2026 (PPA) — Palaeontologists said.", "BREMALY, 3 February 2026 (PPA) — "),
    ("NATO - the alliance said it would meet.", ""),            # no sentence after: no dateline
    ("The bridge — closed since May — reopens.", ""),
])
def test_a_papers_dateline_of_its_place_alone_ends_where_the_story_begins(line, filed):
    from qa.ingest.dates import filed_end

    assert line[:filed_end(line)] == filed


@pytest.mark.parametrize("text, start, iso", [
    ("By Greta Sundholm 1 October 2026", 18, "2026-10-01"),      # a name opening as a day's does: no day
    ("Mr Wedley 3 May 2025", 10, "2025-05-03"),
    ("Sun 1 October 2026", 0, "2026-10-01"),                     # a day's name cut short
    ("Tues. 5 May 2026", 0, "2026-05-05"),
    ("Thursday, July 24, 2025", 0, "2025-07-24"),
    ("Weds 3 October 2025", 0, "2025-10-03"),
])
def test_a_days_name_before_a_date_is_read_with_it_a_name_beginning_so_is_not(text, start, iso):
    assert [(d.start, d.iso()) for d in full_dates(text)] == [(start, iso)]
