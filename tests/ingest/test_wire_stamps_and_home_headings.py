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
            + "(Reporting by Jens Arvidsen; editing by Karin Hope)\n\nBNA 021847 CEST JUL 26\n")
    a = TextLoader().load(wire.encode())
    assert (a.title, a.date, a.publisher) == ("Sturdana caps household power prices for winter", "2026-07-02",
                                              "Brisgard News Agency")


def test_a_readers_comment_stamp_closing_a_post_is_no_date():
    post = ("# Side Notes\n\nThe court backlog again\n\n" + STORY.replace("ORVASKEL, 10 September (SNA) - ", "")
            + "Comments\n\n**Rob from Arnsby** · 2 May 2026, 13:47\nMy case has been adjourned four times.\n")
    assert TextLoader().load(post.encode()).date == ""


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
    other = page.replace(b"http://www.marrowickstar.stu/", b"http://www.marrowickstar.stu/obituaries/kjaerstad")
    assert _home_heading(other.decode()) is None        # (a link to the story itself: its headline, not the site's)
