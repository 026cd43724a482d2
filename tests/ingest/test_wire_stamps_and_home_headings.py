"""Wire copy and old pages read in stop 68: a wire's header of story number, priority, category and source
("SNA0355 3 GEN /SNA-ENG") over its keywords' slug ("STURDANA-ENERGY/PRICES (UPDATE 1)"), a headline wrapped at 76
columns, a sign-off wrapped over two lines, the date only in the wire's closing time stamp ("Thursday, 26 March 2026
08:45:10 GMT", "BNA 021847 CEST JUL 26"), an agency's "SERVICE:" line, and an old page whose ``<h1>`` is the site's
name linked to its home page over the story's ``<h2>``."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader, _home_heading
from qa.ingest.text import TextLoader

STORY = ("ORVASKEL, 10 September (SNA) - Sturdana will cap the price households pay for electricity this\n"
         "winter at 1.20 tallies a kilowatt-hour, the energy minister said on Wednesday.\n\n"
         "The cap will cost about 2.4 billion tallies, shared between the state and the suppliers.\n\n")


def test_a_wire_header_slug_and_wrapped_headline():
    wire = ("SNA0277 3 ECO /SNA-ENG\nSTURDANA-ENERGY/PRICES (UPDATE 1)\n\n"
            "Sturdana caps household power prices for winter, state and suppliers to\nshare cost\n\n" + STORY
            + "(Reporting by Karin Solheim in Orvaskel; additional reporting by Pavel\nStromberg; editing by "
              "Nils Aaberg)\n\nWednesday, 10 September 2025 12:18:02 GMT\n\nKeywords: STURDANA ENERGY/PRICES\n")
    a = TextLoader().load(wire.encode())
    assert a.title == "Sturdana caps household power prices for winter, state and suppliers to share cost"
    assert (a.date, a.publisher, a.author) == ("2025-09-10", "SNA", "Karin Solheim")
    assert a.text[a.blocks[0][0]:].startswith("ORVASKEL, 10 September (SNA)")


def test_an_agencys_service_line_and_its_closing_time_group():
    wire = ("BNA - BRISGARD NEWS AGENCY\nSERVICE: NATIONAL\nSLUG: ENERGY/PRICES (2ND LEAD)\n\n"
            "Sturdana caps household power prices for winter\n\n" + STORY
            + "(Reporting by Jens Arvidsen; editing by Karin Hope)\n\nBNA 101847 CEST SEP 25\n")
    a = TextLoader().load(wire.encode())
    assert (a.title, a.date, a.publisher) == ("Sturdana caps household power prices for winter", "2025-09-10",
                                              "Brisgard News Agency")


def test_a_closing_stamp_must_agree_with_the_dateline_and_be_a_stamp():
    wire = ("SNA0277 3 ECO /SNA-ENG\nSTURDANA-ENERGY/PRICES\n\nSturdana caps household power prices for winter\n\n"
            + STORY)
    assert TextLoader().load((wire + "KNA 021847 CEST JUL 26\n").encode()).date == ""      # (another story's stamp)
    assert TextLoader().load((wire + "KNA 311847 CEST FEB 26\n").encode()).date == ""      # (no such day)
    post = ("Side Notes\n\nThe court backlog again\n\n" + STORY.replace("ORVASKEL, 10 September (SNA) - ", "")
            + "Rob from Arnsby\n2 May 2026 at 13:47 by Rob\nMy case has been adjourned four times.\n")
    assert TextLoader().load(post.encode()).date == ""          # (a reader's comment's stamp, its words beside it)


def test_an_h1_linking_home_is_the_sites_name_and_the_h2_the_headline():
    page = (b"<html><head><title>Marrowick Evening Star :: Obituaries :: Olav Kjaerstad</title></head><body>"
            b"<h1><a href='http://www.marrowickstar.stu/'>Marrowick Evening Star</a></h1><p>Serving the west coast</p>"
            b"<h2>Olav Kjaerstad, lifeboat coxswain who saved 11 men from the Johanna</h2>"
            b"<p>Olav Kjaerstad, who was coxswain of the Marrowick lifeboat for 31 years, has died aged 84.</p>"
            b"<p>He led the rescue of eleven men from the cargo ship Johanna in a storm in January 1979.</p>"
            b"</body></html>")
    a = HtmlLoader().load(page)
    assert (a.title, a.publisher) == ("Olav Kjaerstad, lifeboat coxswain who saved 11 men from the Johanna",
                                      "Marrowick Evening Star")
    modern = (b"<html><head><title>Council approves harbour gondola | Harbour Times</title><meta property='og:title' "
              b"content='Council approves harbour gondola'></head><body><header>"
              b"<h1 class='logo'><a href='/'>Harbour Times</a></h1></header><main><div class='headline'>Council "
              b"approves harbour gondola</div><p>The council approved the harbour gondola by 19 votes to 12 on Monday "
              b"night after a four-hour debate.</p><h2>What the councillors said about the cost</h2><p>Councillor "
              b"Mirja Hollan said the line would take 900 cars a day off the coast road.</p></main></body></html>")
    assert HtmlLoader().load(modern).title == "Council approves harbour gondola"     # (its <title> says so)
    assert _home_heading(page.decode().replace("http://www.marrowickstar.stu/", "#"), "Marrowick Evening Star") is None
    other = page.replace(b"http://www.marrowickstar.stu/", b"http://www.marrowickstar.stu/obituaries/kjaerstad")
    assert _home_heading(other.decode(), "Marrowick Evening Star") is None        # (a link to the story itself: its headline, not the site's)


def test_a_masthead_closed_by_a_rule_its_place_line_its_own():
    paper = ("THE HARBOUR POST\nWrenmouth, Lanrick Bay and the Western Isles\n" + "-" * 64 + "\n"
             "NEWS | Thursday 12 November 2026\n\nThornsey Bank wind farm gets the go-ahead\n\nBy Calum Renwick\n\n"
             + STORY.replace("ORVASKEL, 10 September (SNA) - ", ""))
    a = TextLoader().load(paper.encode())
    assert (a.title, a.date, a.publisher, a.author) == ("Thornsey Bank wind farm gets the go-ahead", "2026-11-12",
                                                        "The Harbour Post", "Calum Renwick")


def test_a_date_line_with_its_poster_and_section_after_the_date():
    from qa.ingest.text import publication_date

    assert publication_date("Posted on 14 June 2025 by Aisha Varley | Community | 12 comments") == "2025-06-14"
    assert publication_date("Posted on 14 June 2025 | Arts & Culture") == "2025-06-14"
    assert publication_date("Storm hits coast | 14 March 2026") == ""          # (a headline before it: no date line)
