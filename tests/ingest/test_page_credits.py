"""A saved page's byline and masthead as the page shows them, kept above its text where the extraction
left them out: a byline element with no "By" ("Name, Role"), "By Name · <time>…</time>", "Reported
by" and "Reviewed and reported by", and the publisher's name in a masthead, a logo or the <title>,
each only when it agrees with the page's metadata (or is plainly a byline); never made up."""

from __future__ import annotations

import pytest

from qa.ingest.html import HtmlLoader, shown_masthead, spelled_out, visible_credits
from qa.ingest.text import TextLoader, byline, named_credit

STORY = """<p>The tram depot on Mill Road in Kelder will close in March after 90 years, the transport authority said on
Tuesday, with its 140 staff moving to a new site at Ashby Cross.</p>
<p>The authority said the move would save £2.1m a year and free the land for about 300 homes.</p>"""


def page(credits: str = "", head: str = "", header: str = "", title: str = "Tram depot to close in Kelder") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f'<header>{header}<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>'
            f"<article><h1>Tram depot to close in Kelder</h1>\n{credits}\n{STORY}</article>"
            "<footer><p>Contact us | Privacy policy | Terms</p></footer></body></html>").encode()


def story(a) -> str:
    return a.text[a.blocks[0][0]:]


@pytest.mark.parametrize("credits, head, line, author", [
    ('<span class="byline">Mara Lindqvist, Science Correspondent</span>',                   # no "By"
     '<meta name="author" content="Mara Lindqvist">', "Mara Lindqvist, Science Correspondent", "Mara Lindqvist"),
    ('<p class="author">Tobin Ashgrove, Transport Reporter</p>',
     '<meta property="article:author" content="Tobin Ashgrove">', "Tobin Ashgrove, Transport Reporter",
     "Tobin Ashgrove"),
    ('<p class="meta">By Orla Quennell · <time datetime="2024-03-05T10:00:00Z">5 March 2024, 10:00</time></p>',
     '<meta name="byline" content="Orla Quennell"><meta property="article:published_time" content="2024-03-05">',
     "By Orla Quennell · 5 March 2024, 10:00", "Orla Quennell"),                          # the date once
    ('<div class="contributors">Reviewed and reported by <a href="/a/pell">Idris Pellow</a>, Arts Editor</div>',
     "", "Reviewed and reported by Idris Pellow, Arts Editor", "Idris Pellow"),            # no author metadata
    ('<p class="meta">By Orla Quennell · <time>5 March 2024</time></p>', "",         # not marked a byline, no
     "By Orla Quennell · 5 March 2024", "Orla Quennell"),                            # metadata: a paragraph after
    ('<p class="meta">Reporting by Lukas Berg and Anna Weiss. Thursday 14 August 2024, 19:05</p>', "",   # the
     "Reporting by Lukas Berg and Anna Weiss. Thursday 14 August 2024, 19:05", "Lukas Berg and Anna Weiss"),  # headline
    ('<div class="contributors">Mara Lindqvist, Science Correspondent</div>', "",    # no "By", no metadata: a
     "Mara Lindqvist, Science Correspondent", "Mara Lindqvist"),                     # credits element under it
    ('<div class="sb-author">Gil Ostrander, at the National Stadium</div>',         # where the writer was
     '<meta property="article:author" content="Gil Ostrander">', "Gil Ostrander, at the National Stadium",
     "Gil Ostrander"),
    ('<div class="author-box"><span class="name">Nadia Ferro</span> <span class="role">Columnist</span></div>',
     '<meta property="article:author" content="Nadia Ferro Columnist">', "Nadia Ferro Columnist",   # its spans
     "Nadia Ferro"),                                                                  # run together: no role
    ('<p class="kep-by">Report by <strong>Dean Harrow</strong>, Rovers correspondent</p>', "",
     "Report by Dean Harrow, Rovers correspondent", "Dean Harrow"),
    ('<p class="byline">Daniel Ekberg at the National Stadium, Castrelle · 24 May 2026</p>',      # where he was
     '<meta name="author" content="Daniel Ekberg">', "Daniel Ekberg at the National Stadium, Castrelle · 24 May 2026",
     "Daniel Ekberg"),
    ('<p class="byline">By Oskar Hem&shy;ming&shy;sen · 6 August 2026</p>',         # soft hyphens: none shown
     '<meta name="author" content="Oskar Hemmingsen">', "By Oskar Hemmingsen · 6 August 2026", "Oskar Hemmingsen"),
    ('<div class="byline">By Karin Østby, Business Editor</div>',                    # a capital beyond ASCII
     '<meta name="author" content="Karin Østby">', "By Karin Østby, Business Editor", "Karin Østby"),
])
def test_a_byline_the_extraction_left_out_is_kept_as_the_page_shows_it(credits, head, line, author):
    a = HtmlLoader().load(page(credits, head))
    assert a.text.startswith(f"Tram depot to close in Kelder\n{line}\n") and a.author == author
    assert story(a).startswith("The tram depot on Mill Road") and a.text.count(line) == 1


@pytest.mark.parametrize("credits, head, author", [
    ('<span class="byline">Mara Lindqvist, Science Correspondent</span>',
     '<meta name="author" content="Tobin Ashgrove">', "Tobin Ashgrove"),          # not the metadata's author
])
def test_a_byline_is_not_kept_unless_the_metadata_names_it_or_it_plainly_is_one(credits, head, author):
    markup = page(credits, head)
    assert visible_credits(markup.decode(), author, "", "Tram depot to close in Kelder") == []
    assert HtmlLoader().load(markup).author == author


def test_a_byline_in_a_related_stories_box_is_never_the_storys():
    teaser = '<aside class="related"><p>Ferry cuts</p><span class="byline">By Jo Park</span></aside>'
    markup = page().replace(b"</article>", b"</article>" + teaser.encode())
    assert "Jo Park" not in HtmlLoader().load(markup).text


def test_without_metadata_only_a_byline_element_after_the_headline_is_kept():
    sidebar = '<div class="contributors">By Sunniva Markham</div>'        # another story's, above the headline
    a = HtmlLoader().load(page(header=sidebar))
    assert "Sunniva Markham" not in a.text and a.author == ""
    assert visible_credits(page(credits=sidebar).decode(), "", "", "Tram depot to close in Kelder") == \
        ["By Sunniva Markham"]
    assert visible_credits(page(credits=sidebar).decode(), "", "", "Another headline") == []


@pytest.mark.parametrize("header, head, title, line", [
    ('<a class="logo" href="/">The Kelder Examiner</a>', '<meta property="og:site_name" content="The Kelder Examiner">',
     "Tram depot to close in Kelder", "The Kelder Examiner"),
    ('<a href="/">Kelder Examiner</a>', '<meta property="og:site_name" content="Kelder Examiner">',
     "Tram depot to close in Kelder", "Kelder Examiner"),                  # the header's link home
    ("", '<meta property="og:site_name" content="Kelder Examiner">',
     "Tram depot to close in Kelder | Transport | Kelder Examiner", "Kelder Examiner"),     # the <title>'s
    ('<span class="brand">Kelder Examiner</span>', "", "Tram depot to close in Kelder – Kelder Examiner",
     "Kelder Examiner"),                                                   # the masthead as the <title> names it
])
def test_the_publishers_name_the_page_shows_is_kept_above_its_text(header, head, title, line):
    a = HtmlLoader().load(page('<p class="byline">By Mara Lindqvist</p>', head, header, title))
    assert a.text.startswith(f"Tram depot to close in Kelder\n{line}\nBy Mara Lindqvist\n\n")
    assert a.publisher == line and story(a).startswith("The tram depot on Mill Road")


@pytest.mark.parametrize("header, head, title", [
    ('<a class="logo" href="/">Kelder Examiner</a>', '<meta property="og:site_name" content="Ashby Courier">',
     "Tram depot to close in Kelder"),                                     # not the metadata's name
    ("", "", "Tram depot to close in Kelder | Kelder Examiner"),            # the <title> alone
    ("", '<meta property="og:site_name" content="Kelder Examiner">', "Tram depot to close in Kelder | Ashby Courier"),
])
def test_no_publishers_name_is_kept_unless_the_page_shows_it_and_its_metadata_agrees(header, head, title):
    a = HtmlLoader().load(page("", head, header, title))
    assert a.text.startswith("Tram depot to close in Kelder\nThe tram depot on Mill Road")


@pytest.mark.parametrize("site, header, name", [
    ("kelderexaminer.example", '<a class="logo" href="/">The Kelder Examiner</a>', "The Kelder Examiner"),
    ("www.kelder-examiner.example", "", "Kelder Examiner"),        # the footer's, the address's hyphen aside
    ("kelderexaminer.example", '<a class="logo" href="/">The Ashby Courier</a>', "kelderexaminer.example"),
    ("news.kelderexaminer.example", "", "Kelder Examiner"),          # the site's own name, not "News"
])
def test_a_site_name_that_is_its_address_is_the_name_the_page_spells_it_with(site, header, name):
    markup = page('<p class="byline">By Mara Lindqvist</p>', f'<meta property="og:site_name" content="{site}">',
                  header).replace(b"Contact us", b"&copy; 2025 Kelder Examiner. Contact us")
    if "kelderexaminer" in site and "Ashby" in header:
        markup = markup.replace(b"Kelder Examiner", b"Kelder Gazette")
    assert HtmlLoader().load(markup).publisher == name
    assert spelled_out("<p>The Kelder Examiner</p>", "The Kelder Examiner") == "The Kelder Examiner"   # a name


def test_a_publisher_named_above_the_story_already_is_not_named_again():
    head = '<meta property="og:site_name" content="Kelder Examiner">'
    a = HtmlLoader().load(page('<p class="byline">By Mara Lindqvist | Kelder Examiner</p>', head,
                               '<a class="logo" href="/">Kelder Examiner</a>'))
    assert a.text.startswith("Tram depot to close in Kelder\nBy Mara Lindqvist | Kelder Examiner\n\n")
    mentioned = page(head=head, header='<a class="logo" href="/">Kelder Examiner</a>').replace(
        b"the transport authority said", b"the transport authority told the Kelder Examiner")
    a = HtmlLoader().load(mentioned)                                       # named in the story: still the masthead
    assert a.text.startswith("Tram depot to close in Kelder\nKelder Examiner\n\n")
    assert shown_masthead("<html><body><p>x</p></body></html>", "", "Tram depot") == ""


@pytest.mark.parametrize("line, name", [
    ("Reported by Mara Lindqvist", "Mara Lindqvist"),
    ("Reviewed and reported by Idris Pellow, Arts Editor", "Idris Pellow"),
    ("Written and reported by Mara Lindqvist and Idris Pellow", "Mara Lindqvist and Idris Pellow"),
    ("Reviewed by Idris Pellow", ""),                                     # a reviewer, not the writer
    ("Reported by the council", ""),
])
def test_a_text_files_byline_may_say_reported_by(line, name):
    assert byline(line) == name
    a = TextLoader().load(f"Tram depot to close\n{line}\n\nThe depot will close in March.\n".encode())
    assert a.author == name


def test_a_byline_elements_names_without_by():
    assert named_credit("Mara Lindqvist, Science Correspondent") == "Mara Lindqvist"
    assert named_credit("Mara Lindqvist and Idris Pellow") == "Mara Lindqvist and Idris Pellow"
    assert named_credit("Mara Lindqvist, Science Correspondent, in Kelder") == "Mara Lindqvist"     # where they were
    assert named_credit("Gil Ostrander, at the National Stadium") == "Gil Ostrander"
    for line in ("The Herald, Science", "Mara Lindqvist said so", "Mara Lindqvist, at the time a nurse"):
        assert named_credit(line) == ""
    a = TextLoader().load(b"Tram depot to close\nMara Lindqvist, Science Correspondent\n\nThe depot will close.\n")
    assert a.author == "Mara Lindqvist"                     # a writer's role after a comma: a header's byline
    a = TextLoader().load(b"Tram depot to close\n\nThe depot will close.\n\nMara Lindqvist, Market Analyst\n")
    assert a.author == ""                                   # at the end, a letter's signature


@pytest.mark.parametrize("credits, head, line, author", [
    ('<div class="byline">Live coverage by Sunniva Markham and Tobin Ashgrove</div>',          # a live page's
     '<meta name="author" content="Sunniva Markham">', "Live coverage by Sunniva Markham and Tobin Ashgrove",
     "Sunniva Markham and Tobin Ashgrove"),
    ('<div class="meta">Idris Pellow | Transport and Cities Reporter | <time datetime="2024-03-05">5 March 2024</time>'
     "</div>", '<meta name="author" content="Idris Pellow">',                                  # no "By": a role
     "Idris Pellow | Transport and Cities Reporter | 5 March 2024", "Idris Pellow"),
    ('<div class="article-meta">By Orla Quennell, Courts Correspondent, and Tobin Ashgrove <time>5 March 2024</time>'
     "</div>", '<meta name="author" content="Orla Quennell">',                                 # a role inside a list
     "By Orla Quennell, Courts Correspondent, and Tobin Ashgrove 5 March 2024", "Orla Quennell and Tobin Ashgrove"),
    ('<p class="credit">Words: Mara Lindqvist</p>', "", "Words: Mara Lindqvist", "Mara Lindqvist"),   # a credit label
    ('<div class="meta">Idris Pellow, Political Editor | Published 04:15, Tuesday 5 March 2024</div>',
     '<meta name="author" content="Idris Pellow">',                               # a name, its role, then its date
     "Idris Pellow, Political Editor | Published 04:15, Tuesday 5 March 2024", "Idris Pellow"),
    ('<p class="credits">Compiled by Mara Lindqvist and Tobin Ashgrove</p>',
     '<meta name="author" content="Mara Lindqvist; Tobin Ashgrove">', "Compiled by Mara Lindqvist and Tobin Ashgrove",
     "Mara Lindqvist and Tobin Ashgrove"),
])
def test_a_byline_in_a_div_with_its_time_or_a_credit_label_is_kept_and_gives_the_author(credits, head, line, author):
    a = HtmlLoader().load(page(credits, head))
    assert a.text.startswith(f"Tram depot to close in Kelder\n{line}\n") and a.author == author
    assert story(a).startswith("The tram depot on Mill Road") and a.text.count(line) == 1


@pytest.mark.parametrize("line, name", [
    ("Live coverage by Sunniva Markham and Tobin Ashgrove", "Sunniva Markham and Tobin Ashgrove"),
    ("Words: Mara Lindqvist", "Mara Lindqvist"),
    ("Text: Mara Lindqvist", "Mara Lindqvist"),
    ("Idris Pellow | Transport Reporter | 5 March 2024", "Idris Pellow"),
    ("Idris Pellow · Arts Editor", "Idris Pellow"),
    ("By Orla Quennell, Courts Correspondent, and Tobin Ashgrove", "Orla Quennell and Tobin Ashgrove"),
    ("By Orla Quennell, Courts Correspondent, Idris Pellow, Arts Editor, and Tobin Ashgrove",
     "Orla Quennell, Idris Pellow and Tobin Ashgrove"),
    ("By Orla Quennell 5 March 2024", "Orla Quennell"),                        # a date the page's <time> showed
    ("Idris Pellow | Kelder Examiner", ""),                                  # a paper, not a role
    ("Tobin Ashgrove | 5 March 2024", ""),                                   # a name and a date
    ("By Orla Quennell, Courts Correspondent, Kelder Examiner", "Orla Quennell"),     # her role, then the paper
    ("By Orla Quennell, Courts Correspondent, Kelder Harbour", ""),         # no paper, no "and": no one's list
    ("Live music by Tobin Ashgrove and Idris Pellow", ""),
    ("Words: the council", ""),
])
def test_a_text_files_byline_may_be_a_live_pages_a_credit_label_or_name_a_role(line, name):
    assert byline(line) == name
    a = TextLoader().load(f"Tram depot to close\n{line}\n\nThe depot will close in March.\n".encode())
    assert a.author == name and (a.text[a.blocks[0][0]:].startswith(line) is not bool(name))


def test_a_page_ending_with_a_wire_sign_off_names_its_reporters():
    raw = page().replace(b"</article>", b'<p class="credit">Reporting by Lina Moss and Ed Farrow; editing by '
                                        b"Clara Hjort</p></article>")
    a = HtmlLoader().load(raw)
    assert a.author == "Lina Moss and Ed Farrow"


@pytest.mark.parametrize("credits, line", [
    ('<div class="meta"><span class="author">Words: Mara Lindqvist</span> '               # a date in its own element
     '<span class="date">Updated 18:40, 5 March 2024</span></div>', "Updated 18:40, 5 March 2024"),
    ('<p class="dateline">Tuesday 5 March 2024</p>', "Tuesday 5 March 2024"),
    ('<p class="byline">Kelder Examiner explainer team. 5 March 2024</p>',                # a credit closing with it
     "Kelder Examiner explainer team. 5 March 2024"),
])
def test_a_date_line_in_an_element_named_for_dates_is_kept_as_the_page_shows_it(credits, line):
    head = '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
    a = HtmlLoader().load(page(credits, head))
    assert line in a.text.split("\n")[:4] and a.text.count(line) == 1 and a.date == "2024-03-05"
    assert story(a).startswith("The tram depot on Mill Road")


@pytest.mark.parametrize("credits, head, author", [
    ("<div>Kelder Echo Travel Desk &middot; 9 Mar 2026 06:40 GMT &middot; Last updated 9 Mar 2026 14:05 GMT</div>", "",
     "Kelder Echo Travel Desk"),                                       # under the headline, no class, no metadata
    ('<p class="meta">Evening Post Data Team. Updated: Tuesday 5 March 2024, 11:30</p>',
     '<meta name="author" content="Evening Post Data Team">', "Evening Post Data Team"),    # the metadata's author
    ('<p class="dateline">Tuesday 5 March 2024</p>', "", ""),          # a date line alone
])
def test_a_page_with_no_date_in_its_metadata_is_dated_by_the_line_under_its_headline(credits, head, author):
    a = HtmlLoader().load(page(credits, head))
    line = a.text.split("\n")[1]
    assert line in credits.replace("&middot;", "·") and a.author == author and a.date.startswith("202")
    assert story(a).startswith("The tram depot on Mill Road") and a.text.count(line) == 1


@pytest.mark.parametrize("head", ['<meta property="article:published_time" content="2024-03-05T19:30:00Z">', ""])
def test_a_pages_published_and_updated_lines_are_kept_with_or_without_date_metadata(head):
    credits = ('<div class="meta"><span class="author">By Mara Lindqvist, Theatre Critic</span>'
               "<p>Published: Tuesday 5 March 2024, 19:30</p><p>Updated: Wednesday 6 March 2024, 09:12</p></div>")
    a = HtmlLoader().load(page(credits, head))
    assert a.text.split("\n")[1:4] == ["By Mara Lindqvist, Theatre Critic", "Published: Tuesday 5 March 2024, 19:30",
                                       "Updated: Wednesday 6 March 2024, 09:12"]
    assert (a.author, a.date) == ("Mara Lindqvist", "2024-03-05") and story(a).startswith("The tram depot")


def test_an_update_line_beside_the_date_line_is_kept_under_a_long_standfirst():
    credits = ('<p class="standfirst">The tram depot that served Kelder for ninety years closes in March, and its '
               'staff move to a new site.</p><div class="meta"><p>Published: Tuesday 5 March 2024, 19:30</p>'
               "<p>Updated: Wednesday 6 March 2024, 09:12</p></div>")
    a = HtmlLoader().load(page(credits, '<meta property="article:published_time" content="2024-03-05T19:30:00Z">'))
    assert "Updated: Wednesday 6 March 2024, 09:12" in a.text.split("\n")[:4]


def test_an_update_line_after_the_story_is_no_update_of_the_page():
    footer = b'<div class="site-info"><p>Last updated: Wednesday 1 January 2025</p></div>'
    head = '<meta property="article:published_time" content="2024-03-05T19:30:00Z">'
    raw = page('<p class="dateline">Tuesday 5 March 2024</p>', head).replace(b"</body>", footer + b"</body>")
    a = HtmlLoader().load(raw)
    assert "Last updated" not in a.text.split("\n\n")[0] and a.date == "2024-03-05"


@pytest.mark.parametrize("credits, head, author", [
    ('<p class="live-meta">Live · Tuesday 5 March 2024 · By Jakob Rennie and Selma Quist</p>', "",   # a live page's
     "Jakob Rennie and Selma Quist"),
    ('<p class="byline">Sentinel data team</p>', '<meta name="author" content="Sentinel data team">',  # the metadata's
     "Sentinel data team"),                                                                         # author itself
])
def test_a_live_pages_credit_bar_and_a_byline_element_giving_the_metadatas_author_are_kept(credits, head, author):
    a = HtmlLoader().load(page(credits, head))
    assert a.text.split("\n")[1] == credits.split(">")[1].split("<")[0] and a.author == author


def test_a_date_in_a_related_stories_box_is_not_the_pages():
    head = '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
    teaser = '<aside class="related"><p>Ferry cuts</p><p class="date">5 March 2024</p></aside>'
    a = HtmlLoader().load(page("", head).replace(b"<article>", teaser.encode() + b"<article>"))
    assert "5 March 2024" not in a.text and a.date == "2024-03-05"


@pytest.mark.parametrize("title", [
    "Tram depot to close in Kelder | Transport | Kelder Examiner",       # a section between
    "Analysis: Tram depot to close in Kelder | Kelder Examiner",         # a label before the headline
])
def test_the_publisher_is_the_titles_name_after_the_headline_not_the_headline_and_its_section(title):
    head = '<meta property="og:title" content="Tram depot to close in Kelder">'
    a = HtmlLoader().load(page('<p class="byline">By Mara Lindqvist</p>', head, "", title))
    assert a.publisher == "Kelder Examiner" and a.title == "Tram depot to close in Kelder"


def test_a_line_break_in_a_byline_element_reads_as_a_comma():
    credits = '<div class="author-box">Mara Lindqvist<br><small>Science Correspondent</small></div>'
    a = HtmlLoader().load(page(credits, '<meta name="author" content="Mara Lindqvist">'))
    assert a.text.startswith("Tram depot to close in Kelder\nMara Lindqvist, Science Correspondent\n")
    assert a.author == "Mara Lindqvist" and story(a).startswith("The tram depot on Mill Road")


def test_the_text_of_a_time_element_is_kept_where_the_page_shows_it():
    credits = ('<p class="live-meta">Live coverage by Mara Lindqvist · Started <time datetime="2024-03-05T10:00:00Z">'
               'Tue 5 Mar 2024 10:00</time></p>\n<time datetime="2024-03-05T12:40:00Z">12:40</time>\n'
               '<p>Trains suspended between Kelder and Ashby.</p>')
    a = HtmlLoader().load(page(credits, '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'))
    assert "Live coverage by Mara Lindqvist · Started Tue 5 Mar 2024 10:00" in a.text
    assert "\n12:40\n" in a.text and a.date == "2024-03-05" and a.author == "Mara Lindqvist"


def test_a_page_with_no_site_name_in_its_metadata_is_named_by_its_link_home():
    a = HtmlLoader().load(page("", "", '<a class="logo" href="/">Kelder Examiner</a>'))
    assert a.text.startswith("Tram depot to close in Kelder\nKelder Examiner\n") and a.publisher == "Kelder Examiner"
    a = HtmlLoader().load(page("", "", '<a href="/">Home</a>'))         # no publisher's name
    assert a.text.startswith("Tram depot to close in Kelder\nThe tram depot on Mill Road") and a.publisher == ""


@pytest.mark.parametrize("credits, head, line, author", [
    ('<p class="byline">Courier live team: Marta Oskell and Jonas Breck</p>',            # the metadata's author
     '<meta name="author" content="Courier live team">', "Courier live team: Marta Oskell and Jonas Breck",  # and its
     "Courier live team"),                                                              # members
    ('<p class="meta">By the Ledger data team <time datetime="2025-11-10T07:30:00"></time></p>', "",   # a team, no
     "By the Ledger data team", "Ledger data team"),                                  # author metadata
])
def test_a_byline_naming_a_newsroom_team_is_kept(credits, head, line, author):
    a = HtmlLoader().load(page(credits, head))
    assert a.text.split("\n")[1] == line and a.author == author


def test_a_byline_named_again_in_the_writers_note_at_the_foot_is_kept_above_the_story():
    note = "<p><em>Ragna Vell is a transport historian and a former member of the rail board.</em></p>"
    raw = page('<p class="byline">Ragna Vell</p>', '<meta name="author" content="Ragna Vell">')
    a = HtmlLoader().load(raw.replace(b"</article>", note.encode() + b"</article>"))
    assert a.text.split("\n")[1] == "Ragna Vell" and a.author == "Ragna Vell"


def test_a_date_element_opening_with_the_pages_date_is_kept_as_its_date_line():
    head = '<meta property="article:published_time" content="2026-01-15T08:05:00Z">'
    a = HtmlLoader().load(page('<p class="timestamp">Thursday 15 January 2026, first published 08:05</p>', head))
    assert a.text.split("\n")[1] == "Thursday 15 January 2026, first published 08:05" and a.date == "2026-01-15"


def test_a_note_that_the_story_is_another_papers_is_kept_after_the_story():
    note = '<div class="syndication-note">This article first appeared in the Pellby Evening Post and is republished ' \
           'here by arrangement.</div>'
    a = HtmlLoader().load(page().replace(b"<article>", note.encode() + b"<article>"))
    last = a.text.strip().split("\n")[-1]
    assert last == "This article first appeared in the Pellby Evening Post and is republished here by arrangement."
    assert last in a.text[a.blocks[-1][0]:a.blocks[-1][1]]          # read as the story's text
    footer = b"<footer><p>This article first appeared in the Ashby Courier.</p></footer>"
    assert "first appeared" not in HtmlLoader().load(page().replace(b"</body>", footer + b"</body>")).text


def test_an_in_brief_section_under_the_story_is_kept_with_its_own_writer():
    brief = ('<div class="in-brief"><h2>In brief</h2><h3>Lifeboat gets new crew room</h3><p class="byline">By Hakon '
             'Strand</p><p>The Orby lifeboat station opened its new crew building on Tuesday, at a cost of £1.1m, '
             'and its coxswain cut the ribbon.</p></div>')
    raw = page().replace(b"</article>", b"</article>" + brief.encode())
    a = HtmlLoader().load(raw)
    tail = a.text[a.text.index("In brief"):]
    assert "Lifeboat gets new crew room" in tail and "By Hakon Strand" in tail
    assert "The Orby lifeboat station opened" in a.text[a.blocks[-1][0]:a.blocks[-1][1]]
    related = brief.replace('class="in-brief"', 'class="related"')
    assert "Orby" not in HtmlLoader().load(page().replace(b"</article>", b"</article>" + related.encode())).text


@pytest.mark.parametrize("box", [                # a review of the rules on made-up pages: none of it is the story's
    '<div class="newsletter-signup"><h3>Briefing</h3><p>Sign up to our daily newsletter for the news you need to know '
    'each morning, straight to your inbox.</p><p>Enter your email</p></div>',
    '<div class="sidebar"><h3>In brief</h3><ul><li><a href="/a">Council approves new cycle lanes on the seafront '
    'road in Ashby after a long consultation</a></li></ul></div>',
    '<section class="most-read"><h2>News in brief</h2><p>Ashby man jailed for stealing lead from the roof of St '
    "Mary's church in the town centre last winter</p></section>",
    '<div><h2>In brief</h2><p><a href="/b">Ashby man jailed for stealing lead from the roof of St Mary\'s church in the '
    'town centre last winter</a></p></div>',                               # a list of links
    '<div class="about-us"><p>First published in 1851, the Kelder Examiner is the oldest paper in the county.</p></div>',
    '<div><p>Originally published by Kelder Media Ltd. © 2026 All rights reserved. Republished from our print '
    'edition.</p></div>',
    '<div class="partner-stories"><p>This story first appeared on Pellby Live: Ashby bakery wins award</p></div>',
    '<div class="book-details"><p>First published in 1998 by Faber and Faber, 320pp.</p></div>',
])
def test_a_pages_boxes_are_not_taken_for_the_storys_in_brief_items_or_syndication_note(box):
    a = HtmlLoader().load(page().replace(b"</article>", b"</article>" + box.encode()))
    assert not any(word in a.text for word in ("newsletter", "cycle lanes", "Ashby man", "1851", "Kelder Media",
                                               "bakery", "Faber"))


def test_a_comments_date_is_not_the_pages_date_line():
    head = '<meta property="article:published_time" content="2026-01-15T08:05:00Z">'
    comments = ('<div class="comments"><div class="comment"><p class="comment-date">15 January 2026, 09:12 — Jo from '
                'Ashby: Finally, good riddance to that eyesore.</p></div></div>')
    a = HtmlLoader().load(page("", head).replace(b"</article>", comments.encode() + b"</article>"))
    assert "good riddance" not in a.text.split("\n\n")[0] and a.date == "2026-01-15"


def test_a_later_items_byline_the_extraction_dropped_is_kept_before_its_text():
    item = ('<h2>In brief: Ferry firm orders two electric ships</h2><p class="byline">By Haakon Brisk</p><p>Westsound '
            'Ferries, which runs the Orby crossing, has ordered two battery-electric ferries for its busiest route.</p>')
    story = page('<p class="byline">By Ana Lima</p>', '<meta name="author" content="Ana Lima">')
    a = HtmlLoader().load(story.replace(b"</article>", item.encode() + b"</article>"))
    at = a.text.index("By Haakon Brisk\n")
    assert a.author == "Ana Lima" and a.text.startswith("Tram depot to close in Kelder\nBy Ana Lima\n")
    assert a.text.index("The authority said the move") < at < a.text.index("Westsound Ferries, which runs")
    assert not any("Haakon" in a.text[s:e] for s, e in a.blocks)             # a credit, not text to read
    top = page('<p class="byline">By Mara Lind</p>', '<meta name="author" content="Hannah Okafor">')
    assert "Mara Lind" not in HtmlLoader().load(top).text                  # the story's own: not an item's


def test_a_breadcrumb_showing_the_pages_date_is_its_date_line():
    head = '<meta property="article:published_time" content="2026-03-30T07:00:00Z">'
    crumbs = ('<div class="breadcrumb"><a href="/">Kelby Post</a> / <a href="/2026/03/30/">30 March 2026</a> / Tram '
              'depot to close in Kelder</div>')
    a = HtmlLoader().load(page("", head).replace(b"<article>", crumbs.encode() + b"<article>"))
    assert "Kelby Post / 30 March 2026 / Tram depot to close in Kelder" in a.text.split("\n\n")[0]
    assert a.date == "2026-03-30" and a.text[a.blocks[0][0]:].startswith("The tram depot")
    other = crumbs.replace("30 March 2026", "Transport")                 # no date shown: none made up
    assert "Transport" not in HtmlLoader().load(page("", head).replace(b"<article>", other.encode() + b"<article>")).text


@pytest.mark.parametrize("credits, head, line, author", [
    ('<div data-component="byline-block"><div class="byline-name">By Jonas Eklund</div><div class="byline-role">'
     'Economics editor</div></div>', '<meta name="author" content="Jonas Eklund">', "By Jonas Eklund", "Jonas Eklund"),
    ('<div class="storyinfo"><span class="auth">Hugo Marsh</span> &middot; Culture Desk &middot; <span class="pubdate">'
     'Published: 25 April 2026</span></div>', '<meta name="author" content="Hugo Marsh">',
     "Hugo Marsh · Culture Desk · Published: 25 April 2026", "Hugo Marsh"),
    ('<div class="storyinfo"><span class="auth">Marguerite Osei</span> &middot; Obituaries &middot; '
     '<span class="pubdate">Published: 2 June 2025</span></div>', "",
     "Marguerite Osei · Obituaries · Published: 2 June 2025", "Marguerite Osei"),
])
def test_a_byline_in_a_class_naming_its_part_or_before_the_writers_desk_or_section_is_shown(credits, head, line,
                                                                                              author):
    a = HtmlLoader().load(page(credits, head))
    assert line in a.text.split("\n")[:4] and a.author == author


def test_a_writer_under_a_desk_or_a_section_is_read_beside_a_date_only_and_never_a_teams_name():
    assert byline("Hugo Marsh · Culture Desk · 25 April 2026") == "Hugo Marsh"
    assert byline("Marguerite Osei · Obituaries · Published: 2 June 2025") == "Marguerite Osei"
    assert byline("Marguerite Osei · Obituaries") == ""                  # a name over a section alone may be a kicker
    assert byline("Velmora United · Sport · 3 May 2026") == ""


def test_a_role_run_into_the_metadatas_author_is_no_part_of_the_name():
    from qa.ingest.html import writer_only

    assert writer_only("Nadia Ferro Columnist") == "Nadia Ferro"
    assert writer_only("Ana Lima Senior Correspondent; Jo Park") == "Ana Lima; Jo Park"
    assert writer_only("Kim Ode; Political Reporter") == "Kim Ode"      # a role listed alone: no writer
    assert writer_only("Editor") == "Editor" and writer_only("") == ""


def test_the_site_named_after_a_longer_headline_in_the_title_is_the_publisher():
    head = '<meta property="og:title" content="Tram depot to close in Kelder">'
    a = HtmlLoader().load(page(head=head, title="Tram depot to close in Kelder after 90 years — Kelder Courier"))
    assert a.title == "Tram depot to close in Kelder" and a.publisher == "Kelder Courier"
    a = HtmlLoader().load(page(head=head, title="Tram depot to close in Kelder after 90 years - a sad day"))
    assert a.publisher == ""                # a hyphen may be the headline's own


def test_the_site_named_after_a_double_colon_in_the_title_is_the_publisher():
    a = HtmlLoader().load(page(title="Tram depot to close in Kelder :: The Kelder Standard"))
    assert a.title == "Tram depot to close in Kelder" and a.publisher == "The Kelder Standard"


def test_a_wire_pages_agency_from_its_dateline_a_site_named_first_and_a_credit_labelled_before_the_name():
    wire = STORY.replace("<p>The tram depot", "<p>KELDER, March 4 (NordEst) - The tram depot", 1)
    a = HtmlLoader().load(page(title="Tram depot to close in Kelder").replace(STORY.encode(), wire.encode()))
    assert a.publisher == "NordEst"                         # no site named anywhere else: the agency
    a = HtmlLoader().load(page(title="Kelder Evening Star :: Tram depot to close in Kelder"))
    assert a.publisher == "Kelder Evening Star" and a.title == "Tram depot to close in Kelder"
    a = HtmlLoader().load(page('<span class="author">Match report: Viggo Dahl</span>',
                               '<meta name="author" content="Match report: Viggo Dahl">'))
    assert a.author == "Viggo Dahl" and "\nMatch report: Viggo Dahl\n" in a.text     # the line to quote


def test_a_title_naming_the_paper_second_is_not_turned_round_when_the_page_shows_the_papers_name():
    a = HtmlLoader().load(page(title="Depot closure worries staff over move to Ashby Cross - Kelder Gazette",
                               header='<h2 class="masthead">Kelder Gazette</h2>'))
    assert a.title == "Tram depot to close in Kelder" and a.publisher != "Depot closure worries staff over move to " \
        "Ashby Cross"
    a = HtmlLoader().load(page(title="Depot closure worries staff over move to Ashby Cross - Kelder Gazette",
                               head='<meta property="og:site_name" content="Kelder Gazette">',
                               header='<h2 class="masthead">Kelder Gazette</h2>'))
    assert a.title == "Tram depot to close in Kelder" and a.publisher == "Kelder Gazette"


def test_a_label_before_a_name_is_left_out_only_when_a_name_follows():
    from qa.ingest.text import without_label

    assert without_label("Match report: Viggo Dahl") == "Viggo Dahl"
    assert without_label("Interview Transcript: Jo Park") == "Interview Transcript: Jo Park"
    assert without_label("Report: Dahl") == "Report: Dahl"               # one word left: no name for sure


def test_a_site_named_first_over_a_headline_shown_in_a_div_and_a_top_line_naming_it_are_read():
    bare = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kelder Tribune :: Tram depot to close in Kelder'
            '</title><meta name="og:site_name" content="Kelder Tribune"><meta name="author" content="Viggo Dahl">'
            '</head><body><div id="header"><div class="title">Kelder Tribune</div><div>Since 1889</div></div>'
            '<div id="story"><div class="hl">Tram depot to close in Kelder</div>'
            f'<div class="by">By Viggo Dahl · Monday 11 May 2026, 07:30</div>{STORY}</div></body></html>')
    a = HtmlLoader().load(bare.encode())
    assert a.title == "Tram depot to close in Kelder" and a.publisher == "Kelder Tribune"
    lines = a.text.split("\n")[:4]        # lines to quote
    assert lines[:2] == ["Tram depot to close in Kelder", "Kelder Tribune"]
    assert "By Viggo Dahl · Monday 11 May 2026, 07:30" in lines and a.author == "Viggo Dahl"


def test_a_name_at_the_top_of_a_page_is_its_masthead_only_when_it_is_the_metadatas_site():
    top = '<td class="nav"><b>KELDER LEDGER</b> <a href="/">Home</a></td>'
    a = HtmlLoader().load(page(head='<meta property="og:site_name" content="Kelder Ledger">', header=top))
    assert a.publisher == "Kelder Ledger" and "\nKELDER LEDGER\n" in a.text
    a = HtmlLoader().load(page(header=top))
    assert "KELDER LEDGER" not in a.text            # no site named by the metadata: no line made of it


@pytest.mark.parametrize("credits, head, line, author", [
    ('<div class="byline">By Greta Sundholm <time datetime="2026-10-01T10:30:00+02:00">1 October 2026</time></div>',
     '<meta name="author" content="Greta Sundholm">', "By Greta Sundholm 1 October 2026", "Greta Sundholm"),  # ("Sun…"
    # opens no date)
    ('<div class="byline-block"><span class="author">By Ylva Karlsen, weather correspondent</span></div>',
     '<meta name="author" content="Weather desk">', "By Ylva Karlsen, weather correspondent", "Ylva Karlsen"),
    ('<div class="byline-block"><span class="author">By Greta Sundholm, Dario Pekkanen and the live team</span></div>',
     '<meta name="author" content="Live team">', "By Greta Sundholm, Dario Pekkanen and the live team",
     "Greta Sundholm"),
])
def test_a_byline_element_naming_the_writers_of_a_desk_the_metadata_names_is_kept(credits, head, line, author):
    a = HtmlLoader().load(page(credits, head))
    assert a.text.split("\n")[1] == line and a.author == author


def test_a_byline_element_naming_another_than_the_metadatas_writer_is_not_kept():
    a = HtmlLoader().load(page('<div class="byline">By Ylva Karlsen</div>', '<meta name="author" content="Ana Lima">'))
    assert "Ylva Karlsen" not in a.text


def test_a_live_pages_credit_line_naming_its_editors_is_kept_with_its_date():
    markup = page('<p class="live-meta">Thursday 27 November 2025 · Edited by Lotte Veering and Henrik Dal</p>',
                  '<meta property="article:published_time" content="2025-11-27T06:00:00Z">')
    a = HtmlLoader().load(markup)
    assert "Thursday 27 November 2025 · Edited by Lotte Veering and Henrik Dal" in a.text.split("\n")
    assert a.date == "2025-11-27" and a.author == ""          # an editor is no author
