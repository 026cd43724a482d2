"""Header forms read this stop: a text file's furniture lines over its headline (a paper's name, its section, the
date, the page, the edition, the comments' count, an agency's code, fields and keywords' slug), dates written
"17-Nov-2025" and "09:00 Velstad time", an outliner's page properties, a blog's name over its post's headline, bylines
with a social handle, a role with "&" after a middle dot, "By the Editorial Board", a "Keywords:" line, a section's
front page with its lead story among teasers, a role listed alone among a page's authors."""

from __future__ import annotations

import pytest

from qa.ingest.clutter import is_clutter
from qa.ingest.dates import full_dates
from qa.ingest.html import HtmlLoader, writer_only
from qa.ingest.text import TextLoader, byline, furniture_parts, outliner_properties, publication_date

STORY = ("KELVIK, 3 March (KNA) - The council voted on Tuesday to close the old bridge to lorries.\n\n"
         "Repairs will cost 4.2 million crowns, the council said.\n")


@pytest.mark.parametrize("head, title, date, publisher", [
    ("THE KELVIK COURIER  |  Saturday 16 May 2026  |  Page 2\n\n", "Bridge shut to lorries", "2026-05-16",
     "The Kelvik Courier"),
    ("THE LEDGER  ·  Property  ·  Thursday 14 August 2025\n\n", "Bridge shut to lorries", "2025-08-14", "The Ledger"),
    ("Sunday 1 February 2026  |  148 comments\n\n", "Bridge shut to lorries", "2026-02-01", "KNA"),  # (its dateline)
    ("2026/06/10 09:12  KNA  ECONOMY\n\nKELVIK-COUNCIL/BRIDGE (URGENT)\n", "Bridge shut to lorries", "2026-06-10",
     "KNA"),
    ("KNA  Kelvik News Agency  --  COURTS\n03.12.2025  16:41\n\n", "Bridge shut to lorries", "2025-12-03",
     "Kelvik News Agency"),
    ("KNA  KELVIK NEWS AGENCY  --  NATIONAL WIRE\n17-Nov-2025 11:04  UTC+1\nPRIORITY: URGENT   TOPICS: ROADS\n"
     "SLUG: BRIDGE-KELVIK (UPDATE 2, adds council statement)\n\n", "Bridge shut to lorries", "2025-11-17",
     "Kelvik News Agency"),
    ("KNA  Kelvik News Agency\nNEWS / TRANSPORT\n19-APR-2026 14:52\n\nROADS-BRIDGE-KELVIK (UPDATE 1)\n\n",
     "Bridge shut to lorries", "2026-04-19", "Kelvik News Agency"),
    ("THE KELVIK MERCURY  *  SPORT\nThursday 6 August 2026 * 17 Harvest 1292\n\n", "Bridge shut to lorries",
     "2026-08-06", "The Kelvik Mercury"),
])
def test_a_header_of_furniture_lines_is_read_for_its_paper_and_date_and_the_headline_is_under_it(
        head, title, date, publisher):
    a = TextLoader().load((head + title + "\n\n" + STORY).encode())
    assert (a.title, a.date, a.publisher) == (title, date, publisher)
    assert a.text[a.blocks[0][0]:a.blocks[0][1]].startswith("KELVIK, 3 March")


def test_a_masthead_over_a_date_line_with_its_edition_leaves_the_headline_under_them():
    a = TextLoader().load(("KELVIK EVENING POST\nFriday, February 7, 2025 - Late edition\n\n"
                           "STORM ORLA: MAN KILLED BY FALLING TREE\n\n" + STORY).encode())
    assert (a.title, a.date, a.publisher) == ("STORM ORLA: MAN KILLED BY FALLING TREE", "2025-02-07",
                                              "Kelvik Evening Post")


def test_furniture_lines_are_told_from_headlines_and_table_rows():
    assert [kind for kind, _ in furniture_parts("THE KELVIK COURIER  |  Saturday 16 May 2026  |  Page 2")] == \
        ["name", "date", "page"]
    assert [kind for kind, _ in furniture_parts("Friday, February 7, 2025 - Late edition")] == ["date", "edition"]
    assert [kind for kind, _ in furniture_parts("KELVIK FLOODS - TRAVEL CHAOS")] == []
    assert [kind for kind, _ in furniture_parts("KELVIK RADIO - TRAVEL NEWS")] == ["name", "section"]
    for line in ("UK - EU TRADE DEAL AGREED", "Storm Hilde - two dead", "BREXIT  |  NEWS",
                 "Kaldmere              688,900            +1.2%", "Boris Johnson - live",
                 "Bridge Shut Again  ·  14 March 2026  ·  Page 3", "Storm Hilde  -  14 March 2026  -  09:00"):
        assert furniture_parts(line) == [], line


def test_a_headline_under_a_furniture_line_is_not_taken_for_more_furniture():
    for line in ("Updated: Minister resigns", "Monday 3 March 2026 - Council meets today"):
        a = TextLoader().load(("THE KELVIK COURIER  |  Saturday 16 May 2026  |  Page 2\n\n" + line + "\n\n"
                               + STORY).encode())
        assert a.title == line


def test_an_unfurnished_headline_stays_the_title():
    a = TextLoader().load(("Bridge shut to lorries\n\n" + STORY).encode())
    assert (a.title, a.publisher) == ("Bridge shut to lorries", "KNA")      # (its dateline's agency)


def test_dates_with_a_month_between_dashes_and_a_towns_time():
    assert [d.iso() for d in full_dates("17-Nov-2025 11:04, 19-APR-2026 and 4-Mar-2026")] == \
        ["2025-11-17", "2026-04-19", "2026-03-04"]
    assert publication_date("Thursday, 22 October 2026, 09:00 Velstad time") == "2026-10-22"
    assert publication_date("Thursday, 22 October 2026, 09:00 at Velstad town hall") == ""


OUTLINER = ("title:: Supreme Court strikes down pension age law\n"
            "source:: https://www.courier.kv/news/courts/2026/03/04/pension-age\n"
            "date:: [[Mar 4th, 2026]]\n"
            "author:: Mikael Strand\n\n"
            "- Summary\n  - The [[Supreme Court]] ruled on 3 March 2026, by seven votes to four, that the law is void.\n"
            "  - The Act raises the state pension age from 65 to 67.\n")


def test_an_outliners_page_properties_are_its_head():
    fields, body = outliner_properties(OUTLINER)
    assert fields == {"title": "Supreme Court strikes down pension age law", "date": "Mar 4th, 2026",
                      "author": "Mikael Strand"}
    assert OUTLINER[body:].startswith("\n- Summary")
    a = TextLoader().load(OUTLINER.encode())
    assert (a.title, a.date, a.author) == ("Supreme Court strikes down pension age law", "2026-03-04", "Mikael Strand")
    assert "title::" not in a.text[a.blocks[0][0]:a.blocks[-1][1]]
    assert outliner_properties("Note:: one line only\n\nText.\n") == ({}, 0)


BLOG = """<html><head><title>The Kelvik Ledger: Forty-one per cent: what rent is doing to young Kelvik</title></head>
<body><header><h1 class="title"><a href="/">The Kelvik Ledger</a></h1><p>Numbers, explained.</p></header>
<h2 class="date-header"><span>Thursday, June 18th, 2026</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">Forty-one per cent: what rent is doing to young Kelvik</h3>
<div class="post-body entry-content">
<p>A single renter aged 25 to 34 in Kelvik now spends 41 per cent of their take-home pay on rent, the new household
survey shows. In 2019 it was 32 per cent, and the usual rule of thumb is that anything over 30 per cent is a burden.</p>
<p>Rents rose 11.4 per cent last year while wages rose 4.6 per cent, and most young renters move every two or three
years, so a new tenancy starts at whatever the market will bear.</p>
</div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Maren Holt</span></span>
</div></div></body></html>"""


def test_a_blogs_name_over_its_posts_headline_is_the_publisher():
    a = HtmlLoader().load(BLOG.encode())
    assert (a.title, a.publisher) == ("Forty-one per cent: what rent is doing to young Kelvik", "The Kelvik Ledger")
    alone = BLOG.replace("The Kelvik Ledger: Forty-one", "Forty-one")       # (a <title> not naming both: as before)
    assert HtmlLoader().load(alone.encode()).title == "The Kelvik Ledger"


@pytest.mark.parametrize("line, name", [
    ("By Nils Farrow (@nilsfarrow) · Aviation & Transport Editor", "Nils Farrow"),
    ("By Nils Farrow · Aviation Editor", "Nils Farrow"),
    ("By Sondre Vik @sondrevik, Technology Correspondent", "Sondre Vik"),
    ("By Nils Haraldsen | nils.haraldsen@courier.kv", "Nils Haraldsen"),
    ("By the Editorial Board", "the Editorial Board"),
    ("By Anna Berg · Politics & Jon Dahl", ""),         # (a second writer after "&", no role)
])
def test_bylines_with_a_handle_a_role_after_a_dot_or_a_board(line, name):
    assert byline(line) == name


def test_a_keywords_line_is_no_article_text():
    assert is_clutter("Keywords: lifeboat, Torvhaven, rescue, volunteers")
    assert not is_clutter("Keywords matter: the lifeboat crew said the rescue was the hardest of the year.")


FRONT = """<html><head><title>Business | The Kelvik Courier</title></head><body>
<h1 class="section-title">Business</h1>
<article class="teaser"><h3><a href="/a">Harbour authority names new chair</a></h3><p>The board met on Monday.</p>
</article>
<article class="lead-story"><h2 class="headline">Kelvik Steel to cut 1,200 jobs as blast furnace goes cold</h2>
<p class="byline">By Elin Gravdal, Industry Editor</p>
<p>Kelvik Steel will close its last blast furnace next year and cut 1,200 jobs, a third of its workforce, as it
switches to a cheaper and cleaner electric arc furnace, the company said on Tuesday.</p>
<p>The union called the decision a hammer blow for the town and said it would fight every one of the job losses.</p>
</article>
<article class="teaser"><h3><a href="/b">Ferry fares to rise 4%</a></h3><p>Fares rise from January.</p></article>
</body></html>"""


def test_a_section_fronts_lead_story_gives_the_headline():
    a = HtmlLoader().load(FRONT.encode())
    assert a.title == "Kelvik Steel to cut 1,200 jobs as blast furnace goes cold"
    assert a.author == "Elin Gravdal"


def test_a_role_listed_alone_among_the_metadatas_authors_is_no_writer():
    assert writer_only("Elin Gravdal; Industry Editor") == "Elin Gravdal"
    assert writer_only("Staff Writer") == "Staff Writer"
    assert writer_only("Ana Lima; Jo Park") == "Ana Lima; Jo Park"


JOPLIN = ("Skarva Bank wind farm approved\n\n"
          "# Government approves Skarva Bank offshore wind farm\n\n"
          "The government approved the 64-turbine wind farm on Tuesday, the energy ministry said.\n\n"
          "My notes: ring Pelle Moss back about compensation per boat.\n\n"
          "id: 8c1e4b2f07d94a2e9b6f3d51a0e7c244\nparent_id: 2b7d90f5c3a14f8e8e2a6f0d9b1c3e57\n"
          "created_time: 2026-05-27T09:14:00.000Z\nauthor: Linnea Ask\n"
          "source_url: https://www.kbc.kv/news/skarva-bank\nis_todo: 0\nmarkup_language: 1\ntype_: 1")


def test_a_joplin_notes_fields_under_it_are_no_text_and_give_its_author():
    a = TextLoader().load(JOPLIN.encode())
    assert a.author == "Linnea Ask" and a.date == ""        # (created_time: when the note was made)
    last = a.text[a.blocks[-1][0]:a.blocks[-1][1]]
    assert last.endswith("My notes: ring Pelle Moss back about compensation per boat.")
    assert "markup_language" not in "".join(a.text[x:y] for x, y in a.blocks)


def test_a_publication_line_with_its_update_in_brackets():
    assert publication_date("Friday 21 November 2025, 03:15 (updated 09:40)") == "2025-11-21"
