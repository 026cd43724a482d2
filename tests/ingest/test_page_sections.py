"""What a saved page shows of its story that the extraction drops: sub-headings, a list in the story, a
second story boxed beside it, a credits element naming the writer alone; never other stories' lists."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader, missed_lines
from qa.ingest.text import byline

P1 = ("Skerrey Lines, the company that runs the ferry between Lunmouth and Skerrey island, will raise fares by 18% "
      "on 1 April, its first rise in three years.")
P2 = ("No. Registered Skerrey residents get a 50% discount, which will stay, and about 1,900 people live on the "
      "island, according to the census.")


def load(body: str, title: str = "Skerrey ferry fares: what is changing and why?") -> str:
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"<h1>{title}</h1>{body}<footer><p>Contact us | Privacy</p></footer></body></html>")
    return HtmlLoader().load(page.encode()).text


def test_an_explainers_question_headings_stay_over_their_answers():
    text = load(f"<h2>What is happening to fares?</h2><p>{P1}</p><h2>Do island residents pay the same?</h2>"
                f"<p>{P2}</p>")
    assert f"\nWhat is happening to fares?\n{P1}\n" in text
    assert f"\nDo island residents pay the same?\n{P2}" in text


def test_a_timeline_list_in_the_story_is_kept_a_list_of_other_stories_is_not():
    timeline = ("<h2>A short history of the route</h2><ul><li>1921: First regular steam ferry between Lunmouth and "
                "Skerrey.</li><li>2004: Skerrey Lines wins the route from the state ferry company.</li></ul>")
    related = ("<h2>Related stories</h2><ul><li>Did rents really double in Brask last year?</li>"
               "<li>Is the island's debt the highest in its history?</li></ul>")
    markup = f"<html><body><h1>Fares</h1><p>{P1}</p><p>{P2}</p>{timeline}{related}</body></html>"
    lines = missed_lines(markup, f"Fares\n{P1}\n{P2}")       # what the extraction dropped, as lines
    assert lines == ["A short history of the route", "1921: First regular steam ferry between Lunmouth and Skerrey.",
                     "2004: Skerrey Lines wins the route from the state ferry company."]


def test_a_second_story_boxed_beside_the_story_is_kept_readers_comments_are_not():
    box = ('<div class="box-story"><h2>Governor: "We are not done"</h2><p>Central bank governor Elin Marstrand '
           "said inflation had fallen to 2.3% in January, from 3.1% in October, and would reach the target by "
           "autumn.</p><p>The bank's board voted 5 to 2 for the cut; two members wanted to hold the rate at 3.25% "
           "for another quarter.</p></div>")
    comments = box.replace('class="box-story"', 'class="comments"').replace("Governor", "Readers").replace(
        "Central bank governor", "A reader wrote that governor")
    text = load(f'<div class="main-story"><p>{P1}</p><p>{P2}</p></div>{box}{comments}')
    assert '\nGovernor: "We are not done"\n' in text and "voted 5 to 2 for the cut" in text
    assert "A reader wrote" not in text


def test_a_credits_element_under_the_headline_naming_the_writer_alone_is_the_byline():
    a = HtmlLoader().load(("<html><head><title>The conductor</title></head><body class=\"reader-view\">"
                           "<h1>The conductor</h1><div class=\"credits\">Kaja Ostberg</div>"
                           f"<p>{P1}</p><p>{P2}</p></body></html>").encode())
    assert a.author == "Kaja Ostberg" and "\nKaja Ostberg\n" in a.text
    for credit in ('<div class="byline-box"><img class="avatar" src="ko.jpg"><div class="credits">Kaja Ostberg</div>'
                   '</div>',):                                                   # the writer's own picture beside it
        a = HtmlLoader().load((f"<html><head><title>The conductor</title></head><body><h1>The conductor</h1>{credit}"
                               f"<p>{P1}</p><p>{P2}</p></body></html>").encode())
        assert a.author == "Kaja Ostberg"
    hero = '<div class="hero"><img src="pier.jpg" alt="The pier"><div class="credits">Sindre Holm</div></div>'
    a = HtmlLoader().load((f"<html><head><title>The conductor</title></head><body><h1>The conductor</h1>{hero}"
                           f"<p>{P1}</p><p>{P2}</p></body></html>").encode())
    assert a.author == ""                                                        # a lead picture's credit


def test_bylines_with_where_the_writer_was_or_the_agencies_that_helped():
    assert byline("By Erik Vangen at the National Stadium") == "Erik Vangen"
    assert byline("By Marit Holm and agencies") == "Marit Holm"
    assert byline("By Marit Holm and Staff and agencies") == "Marit Holm"
    assert byline("Court reporter: Yana Brisk, The Pellisford Sentinel") == "Yana Brisk"
    assert byline("Young writer: Kari Nes") == "" and byline("Debut novel: Per Lund") == ""    # a prize's list
    assert byline("Guest writer: Kari Nes") == "Kari Nes"
    assert byline("Political editor: Yana Brisk") == "Yana Brisk"
    assert byline("By The Numbers") == "" and byline("Our reporter: a local man") == ""
    assert byline("Reporter: Mr President") == "" and byline("Reporter: Jo Park") == ""    # a transcript's label


def _article_page(inside: str = "", after: str = "", title: str = "Ferry fares rise by a fifth") -> str:
    return HtmlLoader().load((f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
                              f"<p>{P1}</p><p>{P2}</p>{inside}</article>{after}</main></body></html>").encode()).text


def test_page_furniture_beside_the_story_is_never_kept():
    two = ("<p>We and our partners use cookies to personalise content and to measure how this site is used by "
           "readers.</p><p>You can change your mind at any time by visiting the privacy settings page linked "
           "below the footer.</p>")
    for box in (f'<div class="cmp"><h2>We value your privacy</h2>{two}</div>',
                f'<div class="writer-card"><h3>Jo Park</h3>{two}</div>',
                f'<section class="discussion"><h2>What you said</h2>{two}</section>',
                f'<div class="box"><h2>In other news</h2>{two}</div>'):
        assert "partners use cookies" not in _article_page(after=box), box[:40]     # (outside the <article>)
        markup = f'<html><body><div class="main-story"><p>{P1}</p><p>{P2}</p></div>{box}</body></html>'
        assert missed_lines(markup, f"{P1}\n{P2}") == [], box[:40]                   # (a page with none)


def test_a_boxed_story_or_question_heading_sharing_words_with_a_label_or_the_headline_is_kept():
    box = ("<div class=\"box-story\"><h2>Popular crossing faces second rise</h2><p>The council's leader, Kim Ode, "
           "said the island could not go on depending on one operator, and called for a bid.</p><p>A second "
           "company would need two ships and a berth at each end, the council's own study found last year.</p></div>")
    assert "\nPopular crossing faces second rise\n" in _article_page(inside=box) or \
        "Popular crossing faces second rise" in missed_lines(f"<html><body><p>{P1}</p>{box}</body></html>", P1)
    assert missed_lines(f"<html><body><article><p>{P1}</p>{box}</article></body></html>", P1)


def test_a_section_or_a_photographers_credit_under_the_headline_is_no_byline():
    for credit in ('<div class="article-meta">Local Politics</div>', '<span class="image-credit">Kaja Ostberg</span>',
                   '<p class="credit">Halvenmoor Town Council</p>'):
        a = HtmlLoader().load((f"<html><head><title>Fares</title></head><body><h1>Fares</h1>{credit}"
                               f"<p>{P1}</p><p>{P2}</p></body></html>").encode())
        assert a.author == "", credit


def test_only_a_question_heading_is_restored_and_never_between_a_live_entrys_time_and_its_text():
    from qa.ingest.html import headings_restored

    markup = (f"<html><body><h1>Fares</h1><h2>The evidence</h2><p>{P1}</p><div class='entry'><p>08:30</p>"
              f"<h3>What happens to residents?</h3><p>{P2}</p></div></body></html>")
    assert headings_restored(markup, f"Fares\n{P1}\n08:30\n{P2}", len("Fares")) == f"Fares\n{P1}\n08:30\n{P2}"


def test_a_byline_with_its_agency_or_its_role_first():
    assert byline("By Lukas Berg in Ostvik, with OPA") == "Lukas Berg"
    assert byline("Compiled by the readers' editor, Ingrid Solheim") == "Ingrid Solheim"
    assert byline("By Ana Lima and Jo Park") == "Ana Lima and Jo Park" and byline("By the way, Jo Park") == ""


TEASER = ("Tollby's last lighthouse keeper, Arne Vik, looks back on forty winters on the rock and the storm that "
          "nearly took the light in 1987.")


def test_other_stories_teasers_polls_and_share_buttons_in_the_article_are_no_part_of_it():
    boxes = [f'<div class="editors-picks"><h3>Editor\'s picks</h3><p>{TEASER}</p><p>{TEASER}</p></div>',
             f'<div class="box"><h3>Read next</h3><p>{TEASER}</p><p>{TEASER}</p></div>',
             f'<div class="recirculation"><p>{TEASER}</p><p>{TEASER}</p></div>',
             f'<section class="trending-teasers"><p>{TEASER}</p><p>{TEASER}</p></section>',
             f'<div class="footer-stories"><h3>Before you go</h3><p>{TEASER}</p><p>{TEASER}</p></div>',
             '<div class="poll"><h3>Should the ferry be saved?</h3><ul><li>Yes, the island cannot manage without '
             'its ferry crossing</li><li>No, the money is better spent on the road to Tollby</li></ul>'
             '<button>Vote</button></div>',
             '<ul class="share-tools"><li><button>Share this story on Facebook</button></li><li><button>Share this '
             'story by email with a friend</button></li></ul>']
    for box in boxes:
        text = load(f"<article><p>{P1}</p>{box}<p>{P2}</p></article>")
        assert P1 in text and P2 in text
        assert "Arne Vik" not in text and "ferry crossing" not in text and "Share this story" not in text, box
    kept = load(f"<article><p>{P1}</p><h2>What happens next?</h2><p>{P2}</p></article>")    # the story's heading
    assert "What happens next?" in kept and P2 in kept


LAYOUT = """<html><head><title>Harrowby Gazette | Ferry fares to rise by a fifth in April</title></head><body>
<table width="100%"><tr><td><b>HARROWBY GAZETTE</b></td><td><a href="/">Home</a> <a href="/news">News</a>
<a href="/sport">Sport</a></td></tr></table>
<table width="100%"><tr><td width="70%" valign="top"><h2>Ferry fares to rise by a fifth in April</h2>
<p><i>By Rhys Penhale, Transport Editor &mdash; Monday 8 September 2025</i></p>
<p>{P1}</p><p>{P2}</p></td>
<td width="30%" class="side"><b>Notices</b><br>Harbour road closed this weekend<br>Advertise with the Gazette</td></tr>
</table></body></html>"""


def test_a_page_laid_out_in_a_table_reads_as_its_story_not_as_a_tables_rows():
    a = HtmlLoader().load(LAYOUT.format(P1=P1, P2=P2).encode())
    assert (a.title, a.publisher, a.author, a.date) == ("Ferry fares to rise by a fifth in April", "Harrowby Gazette",
                                                        "Rhys Penhale", "2025-09-08")     # the site named first
    assert "|" not in a.text and f"\n{P1}\n{P2}" in a.text
    assert "Harbour road closed" not in a.text                       # the side column is no part of the story


def test_a_storys_own_section_headed_like_a_list_of_links_is_kept():
    text = load(f"<article><p>{P1}</p><section><h2>More on the numbers</h2><p>{P2}</p></section>"
                f"<section><h2>Trending upward</h2><p>{TEASER}</p></section></article>")
    assert P2 in text and TEASER in text


OLD_SITE = """<html><head><title>Harrowby Gazette - Ferry fares to rise by a fifth in April</title></head><body>
<table width="100%"><tr><td colspan="2"><font size="5">HARROWBY GAZETTE</font></td></tr>
<tr><td width="160"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a></td>
<td><font size="5"><b>Ferry fares to rise by a fifth in April</b></font><br>
<font size="2">Posted by <b>Rhys Penhale</b></font><br><font size="2">Monday, 8 September 2025</font><br><br>
<p>{P1}</p><p>{P2}</p></td></tr></table></body></html>"""


def test_an_old_pages_headline_byline_and_date_in_a_layout_cell_are_read():
    a = HtmlLoader().load(OLD_SITE.format(P1=P1, P2=P2).encode())
    assert (a.title, a.publisher, a.author, a.date) == ("Ferry fares to rise by a fifth in April", "Harrowby Gazette",
                                                        "Rhys Penhale", "2025-09-08")
    assert "\nPosted by Rhys Penhale\n" in a.text and f"\n{P1}\n{P2}" in a.text and "Home" not in a.text


def test_a_byline_of_two_elements_written_with_nothing_between_reads_as_one():
    page = ('<html><head><title>Pilots strike</title></head><body><article><h1>Pilots strike</h1>'
            '<div class="byline-block"><div class="contributor"><strong>By Lena Vik</strong><span>Business reporter'
            f'</span></div></div><p>{P1}</p><p>{P2}</p></article></body></html>')
    a = HtmlLoader().load(page.encode())
    assert a.author == "Lena Vik" and "By Lena Vik, Business reporter" in a.text


def test_a_storys_own_sections_tables_and_results_are_kept_and_a_kicker_is_no_site():
    long = "Ferries to the island leave every hour from the harbour, and the crossing takes about forty minutes."
    for box in (f"<section><h2>Before you go</h2><p>{long}</p><p>{long}</p></section>",     # a travel story's own
                f"<div><h3>Up next: the depot vote</h3><p>{long}</p></div>",
                '<div class="poll-results"><h3>Result</h3><p>Yes 412 (61%)</p><p>No 263 (39%)</p></div>'):
        text = load(f"<article><p>{P1}</p>{box}<p>{P2}</p></article>")
        assert long in text or "Yes 412 (61%)" in text, box
    rows = ("<table><tr><td><p>Harbour ward</p></td><td><p>1,874</p></td></tr><tr><td><p>Mill ward</p></td><td>"
            "<p>1,203</p></td></tr></table>")
    text = load(f"<article><p>{P1}</p>{rows}<p>{P2}</p></article>")
    assert "Harbour ward" in text and "Mill ward" in text and "1,203" in text          # a table of data, not layout
    score = '<table><tr><td><a href="/a">Kelder Rovers</a></td><td>2-1</td><td><a href="/b">Tolby Town</a></td></tr></table>'
    assert "2-1" in load(f"<article><p>{P1}</p>{score}<p>{P2}</p></article>")         # two links: no menu
    page = (f"<html><head><title>Opinion - {P1[:40]}</title></head><body><h1>{P1[:40]}</h1><p>{P1}</p><p>{P2}</p>"
            "</body></html>")
    assert HtmlLoader().load(page.encode()).publisher != "Opinion"
    icon = ('<div class="byline-box"><img class="share-icon" src="share.svg"><div class="credits">Kaja Ostberg</div></div>')
    a = HtmlLoader().load((f"<html><head><title>The conductor</title></head><body><h1>The conductor</h1>{icon}"
                           f"<p>{P1}</p><p>{P2}</p></body></html>").encode())
    assert a.author == "Kaja Ostberg"


def test_a_credits_line_the_extraction_runs_together_reads_as_the_page_shows_it():
    page = ('<html><head><title>Pilots strike</title><meta property="article:published_time" content="2026-06-19">'
            '</head><body><main><h1>Pilots strike</h1><div data-component="byline-block"><time datetime="2026-06-19">'
            '19 June 2026</time><div class="contributor"><strong>By Lena Vik</strong><span>Business reporter</span>'
            f'</div></div><div><p>{P1}</p><p>{P2}</p></div></main></body></html>')
    a = HtmlLoader().load(page.encode())
    assert "\n19 June 2026\nBy Lena Vik, Business reporter\n" in a.text and "2026By" not in a.text
    assert (a.author, a.date) == ("Lena Vik", "2026-06-19")
    a = HtmlLoader().load(page.replace('<div data-component="byline-block">', '<div class="article-meta"><address '
                                       'class="author">Lena Vik · Business reporter</address><p class="pubdate">'
                                       '19 June 2026</p></div><div>').encode())
    assert "\nLena Vik · Business reporter\n" in a.text and "reporter19" not in a.text      # a line each block
    lede = "About 400,000 homes will be banned from using hosepipes from Friday, the water company said on Tuesday."
    a = HtmlLoader().load(page.replace("Pilots strike</h1>", f"Pilots strike</h1><p>{lede}</p>").encode())
    assert f"\n{lede}\n" in a.text           # (a line the extraction did not run together is left as it is)


WRAPPED_SITE = """<html><head><title>Harrowby Gazette - Harvest Show results</title></head><body>
<table width="100%"><tr><td colspan="2"><font size="5"><b>HARROWBY GAZETTE</b></font></td></tr>
<tr><td width="160"><font size="2"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a></font></td>
<td><font face="Times New Roman"><h2>Giant marrow takes top prize at the Harvest Show</h2>
<i>By Wendel Ashby. Saturday 13 September 2025</i>
<p>{P1}</p><p>{P2}</p>
<table border="1"><tr><th>Class</th><th>Winner</th></tr><tr><td>Heaviest marrow</td><td>Herbert Lomax</td></tr>
<tr><td>Best jar of honey</td><td>Agnes Fairleigh</td></tr></table></font></td></tr>
<tr><td colspan="2"><font size="1">&copy; 2025 Harrowby Gazette</font></td></tr></table></body></html>"""


def test_an_old_pages_story_wrapped_in_a_font_is_read_with_its_heading_byline_date_and_own_table():
    """The story's cell wraps it whole in <font>; the <title> names the site first and then words of the
    heading ("Harvest Show"); the byline runs on to its date after a full stop; the results table inside
    the layout stays a table."""
    a = HtmlLoader().load(WRAPPED_SITE.format(P1=P1, P2=P2).encode())
    assert (a.title, a.publisher, a.author, a.date) == ("Giant marrow takes top prize at the Harvest Show",
                                                        "Harrowby Gazette", "Wendel Ashby", "2025-09-13")
    assert f"\n{P1}\n{P2}" in a.text and "Home" not in a.text
    assert "| Heaviest marrow | Herbert Lomax |" in a.text          # the data table inside, as a table


def test_a_credit_line_after_a_pages_first_heading_is_read_when_the_extraction_drops_it():
    page = ('<html><head><title>Six-goal thriller - Coastline Herald</title></head><body><div class="topbar">'
            '<a href="/">COASTLINE HERALD</a></div><div id="story"><h2 class="story-title">Six-goal thriller</h2>'
            '<div class="story-info">Words: Femi Adrado &nbsp;|&nbsp; Posted 10/05/2026 19:55</div>'
            f'<p>{P1}</p><p>{P2}</p></div></body></html>')
    a = HtmlLoader().load(page.encode())
    assert a.author == "Femi Adrado" and a.text.count("Words: Femi Adrado") == 1     # once, kept or not
    kept = page.replace("<div class=\"story-info\">", "<p>").replace("19:55</div>", "19:55</p>")
    assert HtmlLoader().load(kept.encode()).text.count("Words: Femi Adrado") == 1


POST_PAGE = """<html><head><title>Dockers back at work - Brackwater Evening Post</title></head><body>
<table width="100%"><tr><td class="masthead"><font size="6">Brackwater Evening Post</font><br>Serving the coast since
1911</td></tr><tr><td class="nav"><a href="/">Home</a> | <a href="/news">Local News</a> | <a href="/sport">Sport</a> |
<a href="/jobs">Jobs</a></td></tr></table>
<table width="100%"><tr><td width="70%"><h1>Dockers back at work</h1><i>Posted by Evening Post reporter Gunnar Lie</i>
<p>{P1}</p><p>{P2}</p><p class="modified">Last modified: 14/03/2025</p></td>
<td width="30%"><b>Also on the Post</b><br><a href="#">Pier repairs to start</a></td></tr></table></body></html>"""


def test_an_old_pages_masthead_and_menu_table_is_no_text_and_its_closing_modified_line_dates_it():
    a = HtmlLoader().load(POST_PAGE.format(P1=P1, P2=P2).encode())
    assert (a.author, a.date) == ("Gunnar Lie", "2025-03-14")
    assert "Local News" not in a.text and "|" not in a.text


def test_a_columnists_note_under_the_story_is_kept():
    note = "Katrin Elvström is a former minister of transport and chairs the Holmstead Policy Forum."
    text = load(f'<article><div class="entry-content"><p>{P1}</p><p>{P2}</p><p class="author-bio"><em>{note}</em>'
                "</p></div></article>")
    assert note in text


def test_readers_comments_the_extraction_kept_are_dropped_a_commentary_is_not():
    comments = ('<div class="hr-comments"><h4>Listener comments</h4><p><b>Sven:</b> The crossing is 45 minutes, not '
                "35. Timed it myself this morning.</p></div>")
    text = load(f"<div class=\"hr-news\"><p>{P1}</p><p>{P2}</p></div>{comments}")
    assert P1 in text and "Timed it myself" not in text
    text = load(f'<div class="commentary-body"><p>{P1}</p><p>{P2}</p></div>')       # an opinion piece's text
    assert P1 in text and P2 in text


# An old site's page laid out in nested tables: its sections down the left, a link to a row; its headline and
# byline in a row of their own over the story's cell, which wraps its paragraphs and a box in <font>s
NESTED = """<HTML><HEAD><TITLE>Brenmoor Ledger Online - Council backs new chairlift on Mount Arl</TITLE></HEAD><BODY>
<TABLE WIDTH="780"><TR><TD COLSPAN="2"><IMG SRC="m.gif" ALT="The Brenmoor Ledger"></TD></TR><TR>
<TD WIDTH="160"><TABLE>
<TR><TD><FONT SIZE="1"><B>SECTIONS</B></FONT></TD></TR>
<TR><TD><FONT SIZE="1"><A HREF="index.html">Front Page</A></FONT></TD></TR>
<TR><TD><FONT SIZE="1"><A HREF="local.html">Local News</A></FONT></TD></TR>
<TR><TD><FONT SIZE="1"><A HREF="sport.html">Sport</A></FONT></TD></TR>
<TR><TD><FONT SIZE="1"><A HREF="notices.html">Notices</A></FONT></TD></TR></TABLE></TD>
<TD WIDTH="620"><TABLE WIDTH="100%">
<TR><TD><FONT SIZE="5"><B>Council backs new chairlift on Mount Arl after 12-hour meeting</B></FONT><BR>
<FONT SIZE="1">By Gunnar Lisberg, Ledger staff &nbsp;|&nbsp; Posted: Friday, 16 January 2026</FONT></TD></TR>
<TR><TD><FONT SIZE="3"><P>{P1}</P><P>{P2}</P></FONT>
<TABLE WIDTH="240" BORDER="1"><TR><TD><FONT SIZE="1"><B>THE VOTE</B><BR>For: 17<BR>Against: 8</FONT></TD></TR></TABLE>
<FONT SIZE="3"><P>Work is due to begin in May, with the lift opening for the 2027-28 winter season.</P></FONT></TD></TR>
</TABLE></TD></TR></TABLE></BODY></HTML>"""


def test_an_old_pages_nested_layout_reads_its_headline_byline_and_date_and_no_menu_column():
    a = HtmlLoader().load(NESTED.format(P1=P1, P2=P2).encode())
    assert (a.title, a.publisher, a.author, a.date) == (
        "Council backs new chairlift on Mount Arl after 12-hour meeting", "Brenmoor Ledger Online", "Gunnar Lisberg",
        "2026-01-16")
    assert f"\n{P1}\n{P2}\n" in a.text                   # (its paragraphs, each a line, not run together)
    assert "Front Page" not in a.text and "SECTIONS" not in a.text and "|" not in a.text.split(P1)[1]


def test_a_name_and_a_date_under_the_headline_are_the_byline():
    page = ('<html><head><title>Hosepipe ban as reservoir falls to 31%</title></head><body><article><header>'
            '<h1>Hosepipe ban as reservoir falls to 31%</h1><p class="meta">Mikkel Dahlberg — 12 August 2025</p>'
            f'</header><p>{P1}</p><p>{P2}</p></article></body></html>')
    a = HtmlLoader().load(page.encode())
    assert (a.author, a.date) == ("Mikkel Dahlberg", "2025-08-12")


def test_a_pages_last_modified_line_is_kept_under_its_date_as_the_page_shows_it():
    for dates in ('<div class="dates"><span>Sat 14 Mar 2026 10.02 GMT</span><br>'
                  '<span>Last modified on Sun 15 Mar 2026 08.00 GMT</span></div>',
                  '<div class="dateline"><span class="published">Sat 14 Mar 2026 10.02 GMT</span>'
                  '<details><summary>Last modified on Sun 15 Mar 2026 08.00 GMT</summary></details></div>'):
        page = ('<html><head><title>Supreme court blocks wind farm</title>'
                '<meta property="article:published_time" content="2026-03-14T10:02:00Z">'
                '<meta property="article:modified_time" content="2026-03-15T08:00:00Z"></head><body><article>'
                f'<h1>Supreme court blocks wind farm</h1><div class="byline">By Astrid Pemberly</div>{dates}'
                f'<p>{P1}</p><p>{P2}</p></article></body></html>')
        a = HtmlLoader().load(page.encode())
        assert "Last modified on Sun 15 Mar 2026 08.00 GMT" in a.text.split(P1)[0] and a.date == "2026-03-14"


def test_a_title_naming_the_paper_first_takes_the_longer_heading_not_the_lede_nor_a_kicker_or_a_writer():
    lede = ("Ferry strike ends after talks collapsed twice, unions said on Monday after a long night of talks in the "
            "port town of Holm, where the ferries will run again from Tuesday.")
    for title, publisher in (("Holm Gazette - Ferry strike ends after talks", "Holm Gazette"),
                             ("Exclusive - Ferry strike ends after talks", ""),
                             ("Jo Park - Ferry strike ends after talks", "")):
        page = (f"<html><head><title>{title}</title></head><body><article><h1>Ferry strike ends after talks in "
                f"Holm</h1><p>{lede}</p><p>{P1}</p></article></body></html>")
        a = HtmlLoader().load(page.encode())
        assert (a.title, a.publisher) == ("Ferry strike ends after talks in Holm", publisher)


def test_a_pages_lede_is_never_its_headline_even_with_no_heading():
    lede = ("Ferry strike ends after talks collapsed twice, unions said on Monday after a long night of talks in the "
            "port town of Holm, where the ferries will run again from Tuesday.")
    page = (f"<html><head><title>Holm Gazette - Ferry strike ends after talks</title></head><body><article>"
            f"<p>{lede}</p><p>{P1}</p></article></body></html>")
    assert HtmlLoader().load(page.encode()).title != lede
