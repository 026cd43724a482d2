"""Articles copied from a print edition's PDF and pages exported from Word: the paper and the date a running
head gives, a masthead naming the print edition, a headline wrapped over two lines, a standfirst naming its
writer with their role, a press release's "For immediate release" date, a page's source line breaks
shown as a browser shows them (as spaces), and a news database's export of several stories."""

from __future__ import annotations

import pytest

from qa.ingest.html import HtmlLoader, source_breaks_as_spaces
from qa.ingest.text import TextLoader, header_masthead, metadata_line, publication_date, running_head

PRINT = """THE NORTHERN LEDGER — PRINT EDITION — PAGE 4

Tunnel breakthrough
puts the valley two hours closer

By Tomas Reinholt
Transport Correspondent

The last metre of rock between the two halves of the rail tunnel was broken through on Monday, when a
drilling machine emerged into the chamber dug from the other side. The alignment error was 22 milli-

4 | The Northern Ledger | Tuesday 9 June 2026

metres, well within the tolerance set by the contractor.
"""


def test_a_print_pages_masthead_running_foot_and_wrapped_headline():
    a = TextLoader().load(PRINT.encode())
    assert (a.title, a.publisher, a.date, a.author) == ("Tunnel breakthrough puts the valley two hours closer",
                                                        "The Northern Ledger", "2026-06-09", "Tomas Reinholt")
    kept = "".join(a.text[s:e] for s, e in a.blocks)
    assert "4 | The Northern Ledger" not in kept and "well within the tolerance" in kept
    assert header_masthead("The Harbour Post | Page 7") == "The Harbour Post"


@pytest.mark.parametrize("line, paper, date", [
    ("4 | The Northern Ledger | Tuesday 9 June 2026", "The Northern Ledger", "2026-06-09"),
    ("Tuesday 9 June 2026 | The Northern Ledger | 5", "The Northern Ledger", "2026-06-09"),
])
def test_a_running_head_names_the_paper_and_the_date_and_is_no_article_text(line, paper, date):
    assert running_head(f"Some text.\n{line}\nMore text.") == (paper, date) and metadata_line(line)
    for other in ["4 | Kestmoor Utd | 33", "| 4 | The Northern Ledger | 2026 |", "Kestmoor 2 | Dunmere 1 | 2026 final",
                  "1 | Norway | 2022", "1 | Anniken Berg | 1995", "3 | Anna Berg | 12 May 2026"]:      # a table's rows
        assert not metadata_line(other) and running_head(other) == ("", ""), other
    table = "Best years\n\n1 | Norway | 2022\n2 | Sweden | 2019\n3 | Finland | 2021\n"
    a = TextLoader().load(table.encode())
    assert "1 | Norway | 2022" in "".join(a.text[s:e] for s, e in a.blocks)


def test_a_standfirst_names_its_writer_with_a_role_and_may_be_wrapped():
    text = ("HEALTH\n\nHip and knee patients wait\nalmost a year in the capital\n\nFigures obtained by the Courier show "
            "queues at St\nAldric's have doubled since 2024, writes Health Editor Sofie Brandt\n\nMore than 4,100 people "
            "in the capital are waiting for surgery, according to the figures.\n")
    a = TextLoader().load(text.encode())
    assert (a.title, a.author) == ("Hip and knee patients wait almost a year in the capital", "Sofie Brandt")


def test_a_press_releases_date_is_its_for_immediate_release_line():
    assert publication_date("For immediate release: 2 October 2025") == "2025-10-02"


WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
<title>PRESS RELEASE</title></head><body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal>For immediate release: 2
October 2025<o:p></o:p></p>
<p class=MsoNormal>The Ministry of Health today announced
that the free seasonal influenza vaccine will this winter be offered to everyone
aged 60 and over, lowering the threshold from 65.<o:p></o:p></p>
<p class=MsoNormal>The ministry has ordered 2.35 million doses, an increase of 640,000 on last season, at a
cost of 41 million ardels.<o:p></o:p></p>
<pre>Line one
Line two</pre>
</div></body></html>"""


def test_a_pages_source_line_breaks_show_as_spaces_but_in_preformatted_text():
    a = HtmlLoader().load(WORD.encode())
    assert "For immediate release: 2 October 2025" in a.text and a.date == "2025-10-02"
    assert "announced that the free seasonal influenza vaccine will this winter be offered to everyone aged 60" in a.text
    assert source_breaks_as_spaces("<p>a\nb</p><pre>c\nd</pre>") == "<p>a b</p><pre>c\nd</pre>"


def test_an_old_pages_lines_broken_by_br_stay_apart():
    markup = ("<HTML><HEAD><TITLE>CityBeat :: Roof gives way</TITLE></HEAD><BODY><FONT SIZE=2>\n"
              "<B><FONT SIZE=4>Gym roof at Foundry Hill school collapses under weight of snow</FONT></B><BR>\n"
              "<I>Posted by admin on 06/03/2025 - 17:42</I><BR><BR>\n"
              '<div class="newsbody">The roof of the sports hall at Foundry Hill Primary School collapsed early on '
              "Thursday morning under the weight of snow, hours before pupils were due to use it.<br><br>Nobody was "
              "inside when part of the roof gave way at around 5.40am, the fire service said on Thursday.</div>\n"
              "</FONT></BODY></HTML>")
    assert source_breaks_as_spaces(markup) == markup
    lines = HtmlLoader().load(markup.encode()).text.split("\n")
    assert "Posted by admin on 06/03/2025 - 17:42" in lines


NEWSLETTER = """View this email in your browser

THE LANTERN WEEKLY | BUSINESS BRIEFING
Friday 12 September 2025 | Issue 37 | Written by Petra Lindqvist-Obi

Good morning. This week: a bank that cannot stop making money, and a dairy
that could not make enough.

Castrelle Bank reported a net profit of 612 million ardels for the six
months to June, up 19 per cent on a year earlier.

Unsubscribe | Manage preferences
"""


def test_a_newsletters_issue_line_gives_its_date_and_writer_and_its_furniture_is_no_text():
    a = TextLoader().load(NEWSLETTER.encode())
    assert (a.publisher, a.date, a.author) == ("The Lantern Weekly", "2025-09-12", "Petra Lindqvist-Obi")
    kept = "".join(a.text[s:e] for s, e in a.blocks)
    assert "View this email" not in kept and "Unsubscribe" not in kept and "612 million ardels" in kept
    assert publication_date("Friday 17 October 2025 | Issue 212") == "2025-10-17"


def test_an_old_sites_title_and_credit_line_with_its_buttons():
    from qa.ingest.text import byline, split_publisher

    assert split_publisher("Quenby Chronicle Online :: Local News :: Promenade bridge to shut") == (
        "Promenade bridge to shut", "Quenby Chronicle Online")
    assert split_publisher("What next :: for the port?") == ("What next :: for the port?", "")
    assert split_publisher("Storm Hits Kelder Coast :: Kelder Times") == ("Storm Hits Kelder Coast", "Kelder Times")
    assert split_publisher("CityBeat Kestmoor :: School roof gives way") == ("School roof gives way", "CityBeat Kestmoor")
    assert byline("Posted: 03/09/2025 | By Henning Lauritz, Chronicle Reporter | Print this story") == "Henning Lauritz"


EXPORT = ("Results list: 2 documents\nSearch terms: nurses OR ferries\nDownloaded: 02 September 2025 14:22\n\n"
          "Document 1 of 2\n\nNurses accept 9% pay rise over two years\n\nThe Harrow Courier\nAugust 12, 2025 Tuesday\n\n"
          "Copyright 2025 Harrow Courier Media Ltd. All Rights Reserved\n\nLength: 540 words\n"
          "Byline: Sigrid Oka, Health Correspondent\n\nBody\n\nNurses in the public hospitals have voted to accept a "
          "pay offer worth 9% over two years.\n\nLoad-Date: August 13, 2025\n\nEnd of Document\n\nDocument 2 of 2\n\n"
          "Ferry firm fined over officers' hours\n\nThe Bereth Post\nAugust 22, 2025 Friday\n\nBody\n\n"
          "The ferry company was fined 260,000 after inspectors found officers working 19-hour shifts. The new "
          "timetable will run until 2027.\n\nEnd of Document\n")


def test_a_news_databases_export_reads_its_first_storys_headline_paper_and_date_and_leaves_its_furniture_out():
    from qa.ingest.clutter import is_clutter
    from qa.ingest.dates import publication_line
    from qa.ingest.text import TextLoader

    a = TextLoader().load(EXPORT.encode())
    assert (a.title, a.publisher, a.date) == ("Nurses accept 9% pay rise over two years", "The Harrow Courier",
                                              "2025-08-12")
    for line in ("Document 2 of 2", "End of Document", "Length: 540 words", "Load-Date: August 13, 2025"):
        assert is_clutter(line), line       # (the results list's lines are the export's preamble, before its first)
    for head in ("Search terms: nurses\n", "Downloaded: September 2, 2025 2:22 PM\nDate range: Aug 1, 2025 - Aug 31\n"):
        other = TextLoader().load((head + EXPORT.split("\n\n", 1)[1]).encode())
        assert other.title == "Nurses accept 9% pay rise over two years"
    for line in ("Body", "Body temperatures rose sharply.", "Length of the bridge: 2 km",
                 "Downloaded: 3 million times in its first week", "Date range: 1 May to 3 June"):
        assert not is_clutter(line), line       # a subheading, the story's own lines
    assert publication_line("August 22, 2025 Friday") == "2025-08-22"      # the weekday after the date

