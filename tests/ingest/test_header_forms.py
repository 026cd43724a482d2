"""Header forms of saved pages and texts: a breadcrumb trail, a byline "with agency reporting" beside its date, a
bare "Reporter:" label on a dated credit line, a year cut to "'26", a byline under a one-line standfirst."""

from __future__ import annotations

import pytest

from qa.ingest.dates import full_dates, publication_line
from qa.ingest.html import HtmlLoader
from qa.ingest.text import TextLoader, byline, section_label

STORY = ("More than 600 people queued along Vosse Street on Saturday morning as the library reopened its doors, "
         "19 months after floodwater poured into its basement.\n\nThe doors opened at 09:00 sharp.\n")


@pytest.mark.parametrize("line, trail", [
    ("Local News > Linnick", True), ("Home > News > Politics", True), ("Business › Companies", True),
    ("Sport » Football » Kings Cup", True),
    ("Profits > Costs", False), ("Rovers 2 > City 1", False), ("Home > the council's plans", False),
])
def test_a_breadcrumb_trail_is_a_sections_label(line, trail):
    assert section_label(line) is trail


def test_a_masthead_in_capitals_over_a_breadcrumb_names_the_paper_not_the_headline():
    raw = ("NORTHSHORE ECHO\nLocal News > Linnick\n\nQueues round the block as the flood-hit library reopens\n\n"
           "By Wilhelmina Crane\nPublished: 18/06/2025 at 11:20\n\n" + STORY)
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher, a.author, a.date) == ("Queues round the block as the flood-hit library reopens",
                                                        "Northshore Echo", "Wilhelmina Crane", "2025-06-18")
    assert all("Local News" not in a.text[s:e] for s, e in a.blocks)


@pytest.mark.parametrize("line, author", [
    ("By Finn Adair, with agency reporting, Thursday, July 9, 2026 – 4:40pm", "Finn Adair"),
    ("By Finn Adair, with agency reporting", "Finn Adair"),
    ("Reporter: Marguerite Osei · Wed 11 Mar 2026", "Marguerite Osei"),
    ("Reporter: Jo Park | 4 March 2026", "Jo Park"),
    ("Reporter: Marguerite Osei", ""),                      # a transcript's label, alone
    ("Reporter: Prime Minister | 4 March 2026", ""),        # one addressed
    ("By Kestutis Albrighton · 9 June '26", "Kestutis Albrighton"),
])
def test_a_credit_lines_writer(line, author):
    assert byline(line) == author


@pytest.mark.parametrize("text, iso", [("9 June '26", "2026-06-09"), ("Mar 4 '26", "2026-03-04"),
                                       ("Wed 4 Mar ’26", "2026-03-04")])
def test_a_year_cut_to_two_figures_after_an_apostrophe_dates_a_line(text, iso):
    assert [d.iso() for d in full_dates(text)] == [iso] and publication_line(text) == iso
    assert full_dates("the class of '26 met on 9 June") == []
    assert [d.iso() for d in full_dates("On 5 May '45 the war ended.")] == ["1945-05-05"]     # (the last century's)


def test_a_byline_under_a_one_line_standfirst_is_the_writers():
    raw = ("LYRANDIAN LEDGER — ECONOMY\nApril 15, 2026 10:02 GMT\n\nInflation drops to 1.2 per cent as energy bills fall"
           "\n\nCheaper gas and electricity drag the headline rate down; food prices still rising\n\n"
           "By Tarquin Oyelaran, Economics Correspondent\n\n" + STORY + "\nFood inflation was stickier, at 3.1 per "
           "cent, with bread, cheese and coffee among the biggest risers, the Bank of Lyrandia said.\n")
    assert TextLoader().load(raw.encode()).author == "Tarquin Oyelaran"


def test_a_pages_byline_element_with_agency_reporting_and_its_date_after_a_break():
    page = ('<html><head><meta property="og:site_name" content="Carvel Evening Post"></head><body><article>'
            '<h1>Ferry crews vote to strike</h1><p class="byline">By Finn Adair, with agency reporting<br>'
            'Thursday, July 9, 2026 &ndash; 4:40pm</p><p>' + STORY.replace("\n\n", "</p><p>") + '</p></article>'
            '</body></html>')
    a = HtmlLoader().load(page.encode())
    assert a.author == "Finn Adair"


LYNX = ("   [1]Skip to content\n   [2]The Northern Lantern logo\n\n     * [3]News\n     * [4]Skellow\n     * [5]Sport\n\n"
        "   [9]News > [10]Transport\n\nNew timetable brings Skellow within three hours of the capital\n\n"
        "   By Jonas Ekdahl | 2025/12/14 | [11]2 comments\n\n"
        "   JastroRail's winter timetable, which comes into force on Sunday,\n"
        "   will cut the fastest journey between Skellow and Velstrand to 2\n"
        "   hours 52 minutes, the first time the trip has been possible in\n"
        "   under three hours since the line opened in 1911.\n\n"
        "   The saving comes from the newly electrified section between\n"
        "   Linsholt and Grenna, completed in October at a cost of 212\n"
        "   million mervos, and from dropping stops at small stations.\n\n"
        "   [12]Related: Why electrification of the Grenna line took nine years\n\n"
        "   (c) 2025 The Northern Lantern, Skellow\n\nReferences\n\n"
        "   1. https://www.northernlantern.example/news/transport/skellow#main\n"
        "   2. https://www.northernlantern.example/\n")


def test_a_text_browsers_dump_is_read_without_its_numbered_links_and_addresses():
    from qa.ingest.sentences import split_sentences

    a = TextLoader().load(LYNX.encode())
    assert (a.title, a.date, a.author, a.publisher) == (
        "New timetable brings Skellow within three hours of the capital", "2025-12-14", "Jonas Ekdahl",
        "The Northern Lantern")                             # (the paper from its copyright line)
    shown = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "[3]News" not in shown and "https://" not in shown and "Related:" not in shown
    sentences = [" ".join(a.text[s:e].split()) for lo, hi in a.blocks for s, e in split_sentences(a.text, lo, hi, 200)]
    assert ("The saving comes from the newly electrified section between Linsholt and Grenna, completed in October "
            "at a cost of 212 million mervos, and from dropping stops at small stations.") in sentences   # (unwrapped)


@pytest.mark.parametrize("footer, paper", [
    ("(c) 2025 The Northern Lantern, Skellow", "The Northern Lantern"),
    ("© 2026 Velstrand Courier. All rights reserved.", "Velstrand Courier"),
    ("Copyright © 2025–2026 The Harbour Post", "The Harbour Post"),
    ("Photo: © Reuters", ""), ("(c) 2024 Acme Holdings Ltd", ""),
])
def test_a_copyright_line_names_the_paper_only_when_it_is_a_papers_name(footer, paper):
    from qa.ingest.text import copyright_holder

    assert copyright_holder(f"The story.\n\n{footer}\n") == paper


def test_a_web_archives_capture_names_the_paper_and_its_writers_not_the_archive():
    story = "".join(f"<p>{s}</p>" for s in STORY.split("\n\n"))
    page = ('<html><head><title>Vollan quits over bridge cost cover-up – Jastrovia Today</title>'
            '<meta property="og:url" content="https://archive.ph/Xk3qP"></head><body>'
            '<div id="HEADER"><a href="https://archive.ph/">archive.today</a> webpage capture<br>Saved from '
            '<a href="https://www.jastroviatoday.example/politics/vollan">https://www.jastroviatoday.example/politics'
            '/vollan</a><br>17 Sep 2026 14:02:11 UTC</div><div id="CONTENT">'
            '<h1 style="font-size:36px">Vollan quits as transport minister over hidden bridge overrun</h1>'
            '<p style="font-size:20px">Review finds the ministry sat on a 598m estimate for nine months while members '
            'were told the project was on budget</p><div style="font-size:13px">By <b>Marte Solheim</b> and '
            '<b>Teodor Wang</b> | <span>Wed 16 Sep 2026 21.14 CEST</span></div>' + story + '</div></body></html>')
    a = HtmlLoader().load(page.encode())
    assert (a.publisher, a.author, a.date) == ("Jastrovia Today", "Marte Solheim and Teodor Wang", "2026-09-16")


PDF_COPY = ("ORREBROOK EVENING POST                                   Friday, 5 September 2025 A1\n\n"
            "PORT GETS GREEN LIGHT FOR\nM1.3bn DEEP-WATER QUAY\nContainer giant signs 25-year deal as first piles go in"
            "\n\nBy Tilde Marsh\nPort and Shipping Reporter\n\n"
            "Orrebrook's harbour board has given final approval to a 1.3 billion mervo deep-water\n"
            "container quay, the largest single investment in the port since the Second World War,\n"
            "after the shipping line Nordhavn Container agreed to make the city its main hub\n"
            "for at least 25 years.\n\nContinued on Page A6\n\n"
            "A6 ORREBROOK EVENING POST                                Friday, 5 September 2025\n\n"
            "PORT\nContinued from Page A1\n\nEnvironmental groups have threatened legal action over the dredging.\n")


def test_a_print_pages_spaced_running_head_names_the_paper_and_date_and_its_jump_lines_are_no_text():
    from qa.ingest.text import running_head_line

    assert running_head_line("A6 ORREBROOK EVENING POST        Friday, 5 September 2025") == (
        "Orrebrook Evening Post", "2025-09-05")
    assert running_head_line("Anna Berg      12 May 2026") is None and running_head_line("Revenue       2025") is None
    a = TextLoader().load(PDF_COPY.encode())
    assert (a.title, a.publisher, a.date, a.author) == ("PORT GETS GREEN LIGHT FOR M1.3bn DEEP-WATER QUAY",
                                                        "Orrebrook Evening Post", "2025-09-05", "Tilde Marsh")
    shown = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "Continued" not in shown and "ORREBROOK EVENING POST" not in shown and "Environmental groups" in shown


def test_a_credit_line_naming_the_writer_the_section_and_the_date():
    assert byline("Saoirse Lindgren · Transport · Monday 7 September 2026, 17:05") == "Saoirse Lindgren"
    assert section_label("Analysis | Transport")


@pytest.mark.parametrize("text, iso", [("Posted 17/09/25", "2025-09-17"), ("03.04.26", "2026-04-03"),
                                       ("31/12/99", "1999-12-31"), ("a 3/4/5 ratio", ""), ("01/02/03", ""),
                                       ("Python 2.7.18", ""), ("Linux 5.10.20", "")])    # (not a version's figures)
def test_a_date_in_figures_may_cut_its_year_to_two(text, iso):
    assert [d.iso() for d in full_dates(text)] == ([iso] if iso else [])


def test_a_blogs_post_line_and_its_site_name_in_a_span():
    story = "".join(f"<p>{s}</p>" for s in STORY.split("\n\n"))
    page = ('<html><head><meta charset="utf-8"></head><body><div class="hdr"><span class="site">Harrowside &amp; '
            'District News</span> <span class="tag">Community news</span></div><div class="post"><h1>Ald Bridge shut '
            'to traffic for 18 months</h1><div class="postmeta">Posted 17/09/25 by Fenella Oduro-Baines &middot; '
            'News</div>' + story + '</div><div class="site-footer">Contact us</div></body></html>')
    a = HtmlLoader().load(page.encode())
    assert (a.publisher, a.author, a.date) == ("Harrowside & District News", "Fenella Oduro-Baines", "2025-09-17")


def test_print_paragraphs_run_together_without_blank_lines_are_unwrapped_each_on_its_own():
    from qa.ingest.sentences import split_sentences

    text = ("The board voted 9-2 on Thursday evening in favour of the scheme, which will dredge the\n"
            "outer harbour to a depth of 17.5 metres and add 1,100 metres of quay wall at Sallerup\n"
            "Point. Officials said the first piles would be driven in April 2026 and the quay should\n"
            "open to ships in the autumn of 2029.\n"
            "Environmental groups have threatened legal action. Coastwatch Jastrovia says dredging\n"
            "will destroy eelgrass beds that shelter juvenile cod, and the group's director,\n"
            "Linnea Fahl, said it had set aside 250,000 mervos for a court challenge.\n")
    sentences = [" ".join(text[s:e].split()) for s, e in split_sentences(text, 0, len(text), 200)]
    assert sentences == [
        "The board voted 9-2 on Thursday evening in favour of the scheme, which will dredge the outer harbour to a "
        "depth of 17.5 metres and add 1,100 metres of quay wall at Sallerup Point.",
        "Officials said the first piles would be driven in April 2026 and the quay should open to ships in the autumn "
        "of 2029.", "Environmental groups have threatened legal action.",
        "Coastwatch Jastrovia says dredging will destroy eelgrass beds that shelter juvenile cod, and the group's "
        "director, Linnea Fahl, said it had set aside 250,000 mervos for a court challenge."]


def test_a_wrapped_line_opening_with_a_numbered_link_is_text_and_a_menus_link_line_is_not():
    from qa.ingest.clutter import is_clutter

    assert is_clutter("[9]News > [10]Transport") and is_clutter("* [3]News")
    assert is_clutter("[12]Related: Why electrification of the Grenna line took nine years")    # furniture after it
    assert not is_clutter("   [13]Parliament transport committee on Tuesday that the")
    assert not is_clutter("[2] The minister said the plan would cost more than expected")
    text = ("Rail link delayed\n\n   The transport minister told members of the\n"
            "   [13]Parliament transport committee on Tuesday that the\n"
            "   scheme would be delayed until 2027, citing rising costs.\n")
    a = TextLoader().load(text.encode())
    assert len(a.blocks) == 1 and "[13]Parliament" in a.text[a.blocks[0][0]:a.blocks[0][1]]


@pytest.mark.parametrize("lines, joined", [
    (["PORT GETS GREEN LIGHT FOR", "M1.3bn DEEP-WATER QUAY"], True),
    (["GAME OVER", "Rovers lose in extra time"], False), (["FAREWELL TO A", "Vellanby, 30 July 2025"], False),
    (["BRIDGE TO OPEN IN", "Jo Park and Kim Ode"], False),
])
def test_a_headline_in_capitals_goes_on_over_a_line_only_in_capitals(lines, joined):
    from qa.ingest.text import unwrapped

    assert (len(unwrapped(lines)) == 1) is joined


def test_a_line_ending_on_a_word_with_a_ligature_ends_mid_sentence():
    from qa.ingest.sentences import split_sentences

    text = ("Officials said the piles would be driven in April 2026 and that the ﬁnal\n"
            "Sallerup section should open to ships in the autumn of 2029, as the ﬁrst\n"
            "Orrebrook berth to take the largest ships, when the new breakwater is the\n"
            "work of the Kvist yard.\n")
    assert len(split_sentences(text, 0, len(text), 200)) == 1
