"""The loaders: text files (headline, publisher, date lines, front matter) and saved web pages
(article text and metadata by trafilatura; navigation, share buttons and cookie notices left out)."""

from __future__ import annotations

import re

import pytest

from qa.ingest.formats import SUFFIXES, loader_for
from qa.ingest.html import HtmlLoader
from qa.ingest.text import TextLoader, split_publisher

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry company orders two electric boats | The Bayside Herald</title>
<meta property="og:title" content="Ferry company orders two electric boats">
<meta property="og:site_name" content="The Bayside Herald">
<meta property="article:published_time" content="2024-05-14T08:30:00Z">
<meta name="author" content="Ana Lima">
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Ferry company orders two electric boats</h1>
<ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Tweet</a></li></ul>
<p>The island ferry company has ordered two battery-powered boats worth £18m, its chief executive Rosa Quint said on Tuesday.</p>
<p>The boats will carry 300 passengers each and enter service in 2026, replacing diesel vessels built in 1989.</p>
<blockquote><p>“This is the biggest change to the crossing in fifty years,” Ms Quint said.</p></blockquote>
<p>The order was placed with a shipyard in Norway after a two-year tender.</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Harbour fees to rise</a></li></ul></aside>
<footer><p>© 2024 The Bayside Herald. All rights reserved.</p></footer>
</body></html>
"""


def test_suffixes_have_loaders():
    assert {".txt", ".md", ".html", ".htm"} <= set(SUFFIXES)
    assert isinstance(loader_for("a/B.HTML"), HtmlLoader) and isinstance(loader_for("x.md"), TextLoader)
    with pytest.raises(ValueError, match="not an article file"):
        loader_for("photo.png")


def test_a_saved_page_gives_the_article_text_and_its_metadata():
    a = HtmlLoader().load(PAGE.encode("utf-8"))
    assert (a.title, a.date, a.publisher, a.author) == (
        "Ferry company orders two electric boats", "2024-05-14", "The Bayside Herald", "Ana Lima")
    assert a.text.startswith("Ferry company orders two electric boats\n")
    body = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "battery-powered boats worth £18m" in body and "“This is the biggest change" in body
    for clutter in ("cookies", "Share on Facebook", "Tweet", "Related stories", "Harbour fees", "All rights reserved",
                    "Sport"):
        assert clutter not in a.text
    assert HtmlLoader().load(PAGE.encode("utf-8")) == a                  # the same page, the same text


# A page saved without its metadata: the date and the author are in the article's own text.
BARE_PAGE = PAGE.replace('<meta property="article:published_time" content="2024-05-14T08:30:00Z">\n', "") \
    .replace('<meta name="author" content="Ana Lima">\n', "") \
    .replace("<p>The island ferry company", "<p>By Ana Lima, Transport Reporter</p>\n<p>PORT ELLIS, May 14, 2024 — The island ferry company")


def test_a_page_without_metadata_is_dated_and_credited_from_its_text():
    a = HtmlLoader().load(BARE_PAGE.encode("utf-8"))
    assert (a.date, a.author) == ("2024-05-14", "Ana Lima")
    body = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "By Ana Lima" not in body and body.startswith("PORT ELLIS, May 14, 2024 — The island ferry company")


def test_furniture_inside_a_pages_article_is_not_article_text():
    # trafilatura keeps what sits inside <article>; the text files' clutter rule leaves it out
    page = PAGE.replace("<p>The order was placed", "<p>CLICK HERE TO READ MORE</p>\n<p>Share</p>\n<p>The order was placed")
    a = HtmlLoader().load(page.encode("utf-8"))
    assert "CLICK HERE TO READ MORE" in a.text                           # the text is kept as extracted
    body = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "CLICK HERE" not in body and "\nShare\n" not in f"\n{body}\n"
    assert "battery-powered boats" in body and "after a two-year tender" in body


def test_a_windows_1252_page_decodes_by_its_meta_charset():
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    assert "worth £18m" in HtmlLoader().load(page).text


SPANISH = PAGE.replace("Rosa Quint", "Carmen Ibáñez").replace("Ms Quint", "Señora Ibáñez") \
    .replace("“", '"').replace("”", '"')        # Latin-1 has no curly quotes


@pytest.mark.parametrize("page, codec", [
    (SPANISH.replace('<meta charset="utf-8">', ""), "latin-1"),          # declared nowhere: not guessed as Latin-2
    (SPANISH.replace('<meta charset="utf-8">', ""), "utf-8"),
    (SPANISH.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
     "latin-1"),
    (SPANISH, "latin-1"),                                                 # declared UTF-8, saved otherwise
    (SPANISH.replace('charset="utf-8"', 'charset="x-unknown"'), "latin-1"),
    (SPANISH.replace('charset="utf-8"', "charset=iso-8859-15"), "iso-8859-15"),
    ("\ufeff" + SPANISH.replace('charset="utf-8"', 'charset="iso-8859-1"'), "utf-8"),   # the byte-order mark wins
])
def test_a_page_is_read_in_the_encoding_it_was_saved_in(page, codec):
    a = HtmlLoader().load(page.encode(codec))
    assert "chief executive Carmen Ibáñez said" in a.text and "Señora Ibáñez said" in a.text


@pytest.mark.parametrize("page, codec, want", [
    # saved as UTF-8 under an old Latin-1 header
    (SPANISH.replace('charset="utf-8"', 'charset="iso-8859-1"'), "utf-8", "Carmen Ibáñez"),
    # declared after a long inline script
    (PAGE.replace('<meta charset="utf-8">', "<script>" + "var x = 1;" * 600 + '</script><meta charset="iso-8859-2">')
     .replace("Rosa Quint", "Łukasz Kubíček").replace("“", '"').replace("”", '"').replace("£", "EUR ")
     .replace("©", "(c)"),
     "iso-8859-2", "Łukasz Kubíček"),
    # a UTF-16 label on a page without a byte-order mark: UTF-8, as browsers read it
    (PAGE.replace('charset="utf-8"', 'charset="utf-16"'), "utf-8", "Rosa Quint"),
    # "charset=" inside another tag's content is no declaration
    (SPANISH.replace('<meta charset="utf-8">', '<meta property="og:description" content="set charset=utf-16 here">'
                     '<meta charset="windows-1252">'), "cp1252", "Carmen Ibáñez"),
    # a GB2312 label on a page using a character only GBK has
    (PAGE.replace('charset="utf-8"', 'charset="gb2312"').replace("Rosa Quint", "朱镕基").replace("£", "")
     .replace("“", '"').replace("”", '"').replace("—", "-").replace("©", "(c)"), "gbk", "朱镕基"),
])
def test_a_page_is_read_as_browsers_read_its_declared_charset(page, codec, want):
    assert want in HtmlLoader().load(page.encode(codec)).text


def test_an_iso_8859_1_label_is_read_as_browsers_read_it():
    page = SPANISH.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("worth £18m", "worth €18m")
    assert "worth €18m" in HtmlLoader().load(page.encode("cp1252")).text      # 0x80 is the euro sign


def test_a_binary_file_named_html_is_refused_as_not_text():
    with pytest.raises(ValueError, match="a PNG image, not text"):
        HtmlLoader().load(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    with pytest.raises(ValueError, match="binary"):
        HtmlLoader().load(b"\x01\x02\x00\x00\x00\rIHDR" * 50)


@pytest.mark.parametrize("raw, kind", [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (Council sets budget of 40 million pounds) Tj ET\n", "PDF"),
    (b"PK\x03\x04\x14\x00word/document.xml", "ZIP archive"),
    (b"{\\rtf1\\ansi Council sets budget", "RTF document"),
])
def test_a_file_of_another_kind_renamed_as_text_is_refused_saying_what_it_is(raw, kind):
    with pytest.raises(ValueError, match=f"{kind}.*not text"):
        TextLoader().load(raw)


@pytest.mark.parametrize("raw, why", [
    (b"", "empty"),
    (b"<html><head><title>x</title></head><body></body></html>", "no article"),
    (b"just some words, not a page", "no article"),
    (b"<html><head><title>x</title></head><body><nav>Home News</nav></body></html>", "no article"),
    (b"<html><head><title>Page not found</title></head><body><h1>Page not found</h1>"
     b"<p>Sorry, the page you requested does not exist.</p></body></html>", "no article"),
    (b"<html><body><div id='cookie'>We use cookies to improve your experience. Accept all cookies?</div></body></html>",
     "no article"),
])
def test_pages_without_an_article_are_refused_with_a_reason(raw, why):
    with pytest.raises(ValueError, match=why):
        HtmlLoader().load(raw)


def test_an_oversized_page_is_refused_before_parsing():
    with pytest.raises(ValueError, match="over the"):
        HtmlLoader().load(b"<p>x</p>" * 1_000_000)


def test_text_headline_publisher_and_published_line():
    raw = ("Bank holds rates at 5% – The Daily Ledger\n\nPublished 5 March 2024\n\n"
           "The central bank held its main rate at 5% on Tuesday.\n").encode()
    a = TextLoader().load(raw)
    assert (a.title, a.publisher, a.date) == ("Bank holds rates at 5%", "The Daily Ledger", "2024-03-05")
    assert "Published" not in "".join(a.text[s:e] for s, e in a.blocks)   # metadata, not article text
    assert a.text == raw.decode()                                        # the file's text, untouched


def test_a_hyphen_suffix_is_a_speaker_not_a_publisher():
    assert split_publisher("Choose hope over fear - Kennedy") == ("Choose hope over fear - Kennedy", "")
    assert split_publisher("Rates rise | Financial Post") == ("Rates rise", "Financial Post")
    assert split_publisher("Why rates rise – and what next") == ("Why rates rise – and what next", "")


def test_front_matter_with_a_title_keeps_the_lead_paragraph_as_text():
    raw = (b"---\ntitle: Teenager wins chess title\ndate: 2024-02-18\n---\n\n"
           b"A 15-year-old, Aisha Bello, won the national chess championship on Sunday.\n\n"
           b"She beat the defending champion in the final.\n")
    a = TextLoader().load(raw)
    body = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert a.title == "Teenager wins chess title" and "Aisha Bello, won the national" in body
    same = raw.replace(b"---\n\nA 15", b"---\nTeenager wins chess title\n\nA 15")     # the title again: a title
    b = TextLoader().load(same)
    assert "\n".join(b.text[s:e] for s, e in b.blocks) == body


def test_page_furniture_saved_in_a_text_file_is_left_out():
    raw = (b"Bridge closes for repairs\n\nSkip to main content\nHome | News | Sport | Weather\nBy Tom Hardy\n"
           b"*Published 5 March 2024*\n\nThe Old Harbour Bridge will close on Monday, the council said.\n\n"
           b"We use cookies to improve your experience on our site. By continuing to browse you agree to our use of "
           b"cookies.\nAccept all cookies\n\nTags: Bridges, Transport, Council\n")
    a = TextLoader().load(raw)
    assert [a.text[s:e] for s, e in a.blocks] == ["The Old Harbour Bridge will close on Monday, the council said."]
    assert (a.title, a.date, a.author) == ("Bridge closes for repairs", "2024-03-05", "Tom Hardy")
    assert a.text == raw.decode()                                    # left out, never rewritten
    kept = ("By the time the rain stopped, the river had risen.\nWatch makers reported record exports.\n"
            "| 2021 | 6.1 | 2.0 |\nResults: Liverpool 2 | Chelsea 1 | Arsenal 0\nBy Land and Sea\nBy Christmas\n"
            "We use cookies to track you, the regulator said, before fining the firm.\n"
            "Topics: the economy, immigration and crime dominated the debate.\n")
    b = TextLoader().load(f"Floods\n\n{kept}".encode())
    assert "\n".join(b.text[s:e] for s, e in b.blocks) + "\n" == kept and b.author == ""


@pytest.mark.parametrize("name", ["Tom Hardy", "Rafa di Marco", "Ahmed bin Rashid", "Jan van der Berg"])
def test_a_byline_gives_the_author_names_with_particles_included(name):
    a = TextLoader().load(f"Port reopens\n\nBy {name}\n\nThe port reopened on Monday after the storm.\n".encode())
    assert a.author == name


@pytest.mark.parametrize("line, author, publisher", [
    ("By Anselm Quaye | Brennmoor Evening Post", "Anselm Quaye", "Brennmoor Evening Post"),
    ("By Anselm Quaye – The Harbour Gazette", "Anselm Quaye", "The Harbour Gazette"),
    ("By Priya Castellane | Updated: April 8, 2024 14:30 BST", "Priya Castellane", ""),
    ("By Ana Lima and Jo Park, Political Reporter", "Ana Lima and Jo Park", ""),      # a role, not a publisher
    ("By Jo Park | Health Correspondent", "Jo Park", ""),
    ("By Oskar Brandvold, Environment Correspondent, and agencies", "Oskar Brandvold", ""),   # agencies: no name
    ("By Oskar Brandvold and agencies", "Oskar Brandvold", ""),
])
def test_a_byline_may_name_the_publisher_or_carry_the_date(line, author, publisher):
    a = TextLoader().load(f"Mayor re-elected\n\n{line}\n\nIngrid Solberg was re-elected on Friday.\n".encode())
    assert (a.author, a.publisher) == (author, publisher)
    assert [a.text[s:e] for s, e in a.blocks] == ["Ingrid Solberg was re-elected on Friday."]
    titled = TextLoader().load(f"Mayor re-elected – City Times\n\n{line}\n\nShe won.\n".encode())
    assert titled.publisher == "City Times"                 # the headline's publisher comes first


def test_a_page_whose_headline_is_not_its_title_is_credited_from_its_title():
    page = ("<html><head><title>Café closes after 30 years – Coastline Weekly</title></head><body>"
            "<nav><a href='/'>Home</a></nav><div id='content'><h2>Café closes after 30 years</h2>"
            "<p>The café on Harbour Street, a town institution, will close its doors on 31 March after three "
            "decades of baking bread for the town and its visitors.</p><p>Its owner said rising rents had made "
            "the business impossible to keep going, and that she was tired after so many early mornings.</p>"
            "</div></body></html>")
    a = HtmlLoader().load(page.encode())
    assert (a.title, a.publisher) == ("Café closes after 30 years", "Coastline Weekly")
    from qa.ingest.html import title_publisher

    assert title_publisher("<title>Bakery closes – Coastline Weekly</title>", "Café closes") == ""   # another story's
    assert title_publisher("<title>LIVE: Floods - river bursts banks | Kasterno Herald</title>",
                           "LIVE: Floods – river bursts banks") == "Kasterno Herald"    # a hyphen for the <h1>'s dash


@pytest.mark.parametrize("line, date", [
    ("Published 3 January 2023, updated 5 February 2024", "2023-01-03"),       # first published
    ("Published 3 January 2023 (updated 5 February 2024 10:00 GMT)", "2023-01-03"),
    ("Published 3 January 2023; last updated: 5 February 2024", "2023-01-03"),
    ("Published 3 January 2023, by the council", ""),                         # more than a date line says
    ("Updated 5 February 2024, first published 3 January 2023", "2023-01-03"),
    ("Updated 5 February 2024 10:00 GMT (first published 3 January 2023)", "2023-01-03"),
])
def test_a_publication_line_may_say_when_it_was_updated(line, date):
    a = TextLoader().load(f"Dredging deal\n\n{line}\nBy Jo Park and Kim Ode\n\nA £6.5m contract was awarded.\n".encode())
    assert a.date == date
    if date:
        assert a.author == "Jo Park and Kim Ode" and [a.text[s:e] for s, e in a.blocks] == ["A £6.5m contract was awarded."]


def test_dateline_gives_the_date():
    a = TextLoader().load(b"Storm hits coast\n\nLISBON, January 9, 2025 - A storm closed the port.\n")
    assert a.date == "2025-01-09"
    from qa.ingest.dates import dateline_end

    line = "LISBON, January 9, 2025 - A storm closed the port."
    assert line[:dateline_end(line)] == "LISBON, January 9, 2025" and dateline_end("A storm closed the port.") == 0


def test_markdown_front_matter():
    raw = (b'---\ntitle: "Tram line opens"\ndate: 2023-11-02\npublisher: City Times\nauthor: Kim Ode\n---\n'
           b"# Tram line opens\n\nThe new tram line carried 20,000 people on its first day.\n")
    a = TextLoader().load(raw)
    assert (a.title, a.date, a.publisher, a.author) == ("Tram line opens", "2023-11-02", "City Times", "Kim Ode")
    body = "".join(a.text[s:e] for s, e in a.blocks)
    assert body == "The new tram line carried 20,000 people on its first day."


def test_toml_front_matter_as_hugo_writes_it():
    raw = (b'+++\ntitle = "Battery start-up raises Mk 46m: first factory"\ndate = 2026-03-04T09:10:00+01:00\n'
           b'author = "Mikkel Dahl"\npublisher = "The Lantern"\ncategories = ["Business"]\ndraft = false\n+++\n\n'
           b"A battery start-up has raised Mk 46 million from investors to build its first factory.\n")
    a = TextLoader().load(raw)
    assert (a.title, a.date, a.publisher, a.author) == ("Battery start-up raises Mk 46m: first factory", "2026-03-04",
                                                        "The Lantern", "Mikkel Dahl")
    assert "".join(a.text[s:e] for s, e in a.blocks).startswith("A battery start-up has raised")
    assert TextLoader().load(b"+++\ntitle = \"X\"\n---\nBody text of the story here.\n").title != "X"   # fences differ


def test_front_matter_keeps_a_title_that_opens_with_a_quotation():
    from qa.ingest.text import front_matter

    raw = ('---\ntitle: "I never wanted this": an interview with Ros Fair\nsub: \'single\'\n'
           'quoted: "Yes" and "no"\n---\nBody.\n')
    fields, _ = front_matter(raw)
    assert fields["title"] == '"I never wanted this": an interview with Ros Fair'
    assert fields["sub"] == "single" and fields["quoted"] == '"Yes" and "no"'


@pytest.mark.parametrize("header", [
    "Published 15 January 2024\nThe Fenwick Courier",
    "The Fenwick Courier\nPublished 15 January 2024",
    "Published 15 January 2024\n\nKelderby Standard\n",
    "**Esk Valley Times**\nBy Jo Park",
    "**Kelmarsh Evening Star** | Published 15 January 2024",
])
def test_a_masthead_line_in_the_header_is_the_publisher_not_article_text(header):
    raw = f"Lode Bridge closed after crack found\n{header}\n\nThe Lode Bridge in Fenwick has been closed.\n\nMore.\n"
    a = TextLoader().load(raw.encode())
    assert a.publisher in ("The Fenwick Courier", "Kelderby Standard", "Esk Valley Times", "Kelmarsh Evening Star")
    assert [a.text[s:e] for s, e in a.blocks] == ["The Lode Bridge in Fenwick has been closed.\n\nMore."]
    assert a.date in ("2024-01-15", "") and a.author in ("Jo Park", "") and a.text == raw


@pytest.mark.parametrize("line", [
    "Residents vow to fight the plan",          # a standfirst in sentence case
    "News", "Breaking News", "Business",        # a section or a label
    "LONDON", "Little Saxby",                   # a place
    "Anjali Rhodes",                            # a name without "By": an author, perhaps
    "The Long Read",
    "Courier staff meet on 5 May",
    "Post Office Horizon Scandal", "Glastonbury Review",     # no newspaper word last
])
def test_a_header_line_that_is_not_a_masthead_stays_article_text(line):
    raw = f"Lode Bridge closed\nPublished 15 January 2024\n{line}\n\nThe bridge was closed on Sunday.\n"
    a = TextLoader().load(raw.encode())
    assert a.publisher == "" and a.date == "2024-01-15"
    assert [a.text[s:e] for s, e in a.blocks] == [f"{line}\n\nThe bridge was closed on Sunday."]


@pytest.mark.parametrize("masthead", ["SALTMERE COURIER", "The Fenwick Courier"])
def test_a_masthead_over_the_headline_is_the_publisher_and_the_headline_the_title(masthead):
    """A page saved as text opens with its masthead and menu, then the headline, date and byline."""
    raw = (f"{masthead}\nHome | News | Sport | Weather\n\nLower Town under water as the river peaks\n"
           "Published 12 November 2026, 10:05\nBy Freya Dunn and Per Halvorsen\n\n"
           "More than 1,450 homes were flooded on Wednesday night.\n")
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher, a.author, a.date) == ("Lower Town under water as the river peaks", masthead,
                                                        "Freya Dunn and Per Halvorsen", "2026-11-12")
    assert [a.text[s:e] for s, e in a.blocks] == ["More than 1,450 homes were flooded on Wednesday night."]


@pytest.mark.parametrize("first", ["LONDON", "Residents vow to fight the plan", "Heat Wave Sets New Record",
                                   "HEAT WAVE SETS NEW RECORD", "Storm Brings Good News"])
def test_a_first_line_that_is_no_masthead_stays_the_title(first):
    """A headline ending in a newspaper's word is no masthead: no menu follows it."""
    a = TextLoader().load(f"{first}\n\nHottest day since records began\n\nThe Met Office said it was 40C.\n".encode())
    assert a.title == first and a.publisher == ""


def test_a_masthead_shaped_line_in_the_body_is_never_the_publisher():
    raw = "Lode Bridge closed\n\nThe bridge was closed on Sunday.\n\nThe Fenwick Courier\n\nIt will reopen in March.\n"
    a = TextLoader().load(raw.encode())
    assert a.publisher == "" and "\n".join(a.text[s:e] for s, e in a.blocks) + "\n" == raw.split("\n", 2)[2]
    alone = TextLoader().load(b"Lode Bridge closed\nThe Fenwick Courier\n")     # all the text there is
    assert alone.publisher == "" and [alone.text[s:e] for s, e in alone.blocks] == ["The Fenwick Courier"]
    titled = TextLoader().load(b"Bridge shut | City Times\nThe Fenwick Courier\n\nThe bridge was shut.\n")
    assert titled.publisher == "City Times"                  # the headline's publisher comes first,
    assert titled.text[titled.blocks[0][0]:].startswith("The Fenwick Courier")    # and another name stays text


WIRE = ("Kestrel Mining agrees takeover by Bardon Resources\n\n"
        "LONDON, Sept 2 (Meridian Wire) — Kestrel Mining has agreed to a £2.4bn takeover, the companies said.\n\n"
        "Bardon will pay 412 pence a share.\n\n{sign_off}\n")


@pytest.mark.parametrize("sign_off, author", [
    ("(Reporting by Anjali Rhodes; Editing by Tom Whitcombe)", "Anjali Rhodes"),
    ("(Reporting by Anjali Rhodes and Li Wei in Sydney; Additional reporting by Sam Oduya; Writing by Jo Park; "
     "Editing by Tom Whitcombe)", "Anjali Rhodes and Li Wei"),
    ("Reporting by Ana Lima, Jo Park and Kim Ode; editing by Tom Cole", "Ana Lima and Jo Park and Kim Ode"),
    ("(Editing by Tom Whitcombe)", ""),
])
def test_wire_copy_names_its_agency_in_the_dateline_and_its_reporters_in_the_sign_off(sign_off, author):
    raw = WIRE.format(sign_off=sign_off)
    a = TextLoader().load(raw.encode())
    assert (a.publisher, a.author, a.date) == ("Meridian Wire", author, "")     # "Sept 2": no year, no date
    body = [a.text[s:e] for s, e in a.blocks]
    assert body[0].startswith("LONDON, Sept 2 (Meridian Wire) — Kestrel") and body[-1].endswith("412 pence a share.")
    assert "by Tom" not in "".join(body) and a.text == raw


@pytest.mark.parametrize("opening, agency", [
    ("WASHINGTON (Harbour Press Agency) — The senate voted.", "Harbour Press Agency"),
    ("PORT ELLIS, March 5, 2024 (Meridian Wire) - The ferry sank.", "Meridian Wire"),
    ("NATO (North Atlantic Treaty Organization) — The alliance met.", ""),      # a name spelled out
    ("LONDON (Updated) — The talks resumed.", ""),
    ("BNS — PORT AVESSA, 14 January 2026\n\nThe ferry sank.", "BNS"),      # the agency before the place
    ("BBC — The ferry sank on 14 January 2026.", ""),
    ("UPDATE — PORT AVESSA, 14 January 2026\n\nThe ferry sank.", ""),               # a label, no agency
    ("The council (Fenwick District Council) — not a dateline.", ""),
])
def test_a_datelines_agency_is_the_publisher(opening, agency):
    assert TextLoader().load(f"Vote\n\n{opening}\n".encode()).publisher == agency
    byline = TextLoader().load(f"Vote\n\nBy Jo Park | City Times\n\n{opening}\n".encode())
    assert byline.publisher == "City Times"                 # an agency only when nothing else names one


def test_a_wire_story_filed_again_keeps_its_headline_and_names_its_agency_under_the_update_note():
    raw = ("UPDATE 2-Elmuria to take 30% stake in Kestmoor Steel\n\n(Adds minister's comment in paragraphs 5-6)\n\n"
           "By Lotte Grieve\n\nCASTRELLE, Nov 18 (Meridian News Service) - Elmuria's government will buy a 30 percent "
           "stake in Kestmoor Steel, the company said on Tuesday.\n")
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher, a.author) == ("Elmuria to take 30% stake in Kestmoor Steel", "Meridian News Service",
                                                "Lotte Grieve")
    assert TextLoader().load(b"UPDATE ON THE FLOODS\n\nThe river fell overnight.\n").title == "UPDATE ON THE FLOODS"


def test_a_wire_story_opening_with_its_dateline_has_no_headline_and_its_first_paragraph_is_text():
    raw = ("NPA — KESSMORE, 14 January 2026 (NPA) — Brindle will cut its cod quota by 18 per cent this year, the "
           "fisheries ministry said on Wednesday.\n\nThe quota falls to 212,000 tonnes.\n\n(Reporting by Ada Farr)\n")
    a = TextLoader().load(raw.encode())
    assert (a.title, a.date, a.publisher, a.author) == ("", "2026-01-14", "NPA", "Ada Farr")
    assert a.text[a.blocks[0][0]:a.blocks[0][1]].startswith("NPA — KESSMORE") and "212,000" in a.text[
        a.blocks[0][0]:a.blocks[0][1]]
    short = TextLoader().load("KESSMORE, 14 January 2026 — Cod quota cut\n\nThe quota falls.\n".encode())
    assert short.title == "KESSMORE, 14 January 2026 — Cod quota cut"       # a headline, not a paragraph


def test_a_sentence_about_reporting_is_article_text():
    raw = "Inquiry\n\nReporting by Ana Lima revealed the faults.\n(Reporting by the BBC; Editing by staff)\n"
    a = TextLoader().load(raw.encode())
    assert a.author == "" and [a.text[s:e] for s, e in a.blocks] == [raw.split("\n", 2)[2].rstrip("\n")]


SHOWN = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Airport to reopen</title>
<meta name="author" content="Hannah Okafor"><meta property="article:published_time" content="2021-11-04T07:30:00Z">
</head><body><header><nav>Home News Sport</nav></header><article><h1>Airport to reopen</h1>
<div class="byline">By <a href="/a/okafor">Hannah Okafor</a>, Transport Correspondent</div>
<time datetime="2021-11-04T07:30:00+00:00">Thursday 4 November 2021, 7:30am</time>
<p>Kelderby Airport, which closed in October 2019 when its last airline went bust, will reopen to passengers on
1 April with daily flights to Amsterdam.</p><p>The new owner bought the airport for £6.75m in June and has spent a
further £14m on a new terminal roof.</p></article></body></html>"""


def test_a_pages_shown_byline_and_date_line_are_kept_in_its_text_to_quote_not_to_index():
    a = HtmlLoader().load(SHOWN.encode())
    assert a.author == "Hannah Okafor" and a.date == "2021-11-04"
    assert a.text.startswith("Airport to reopen\nBy Hannah Okafor, Transport Correspondent\n")
    assert a.text.count("Thursday 4 November 2021, 7:30am\n") == 1      # the <time>'s text, once
    assert a.text[a.blocks[0][0]:].startswith("Kelderby Airport")          # not indexed
    hidden = SHOWN.replace('<div class="byline">By <a href="/a/okafor">Hannah Okafor</a>, Transport Correspondent</div>',
                           "").replace("<time", "<span").replace("</time>", "</span>")
    b = HtmlLoader().load(hidden.encode())                                 # metadata alone: no line is made up
    assert b.author == "Hannah Okafor" and "By Hannah Okafor" not in b.text
    other = SHOWN.replace(">Hannah Okafor</a>", ">Mara Lind</a>")          # a byline the metadata does not name
    assert "Mara Lind" not in HtmlLoader().load(other.encode()).text.split("\n\n")[0]


def test_a_shown_byline_is_the_metadatas_author_word_for_word_also_in_xhtml():
    from qa.ingest.html import visible_credits

    page = ('<html><body><div class="byline">By John Smith, Transport Correspondent</div><div class="byline">By Hannah '
            'Okafor, Transport Correspondent</div><time>Thursday 4 November 2021, 7:30am</time></body></html>')
    expected = ["By Hannah Okafor, Transport Correspondent", "Thursday 4 November 2021, 7:30am"]
    assert visible_credits(page, "Hannah Okafor; Transport Correspondent", "2021-11-04") == expected
    assert visible_credits('<?xml version="1.0" encoding="utf-8"?>' + page, "Hannah Okafor", "2021-11-04") == expected
    assert visible_credits(page, "Jo Smi", "") == [] and visible_credits(page, " ", "") == []


def test_a_fact_box_in_the_story_is_kept_after_it_a_box_of_links_is_not():
    page = ("<html><head><title>Kroll on the Philharmonic</title></head><body><article><h1>Kroll on the "
            "Philharmonic</h1><p>Anneliese Kroll became music director of the Saltmere Philharmonic in 2019, its "
            "fourth, and talks here about money and a new hall.</p>"
            '<aside class="factbox"><h3>The Philharmonic at a glance</h3><ul><li>Founded: 1964</li>'
            "<li>Musicians: 68 salaried players</li><li>Annual budget: 21.6 million thalers</li></ul></aside>"
            '<aside class="box"><h3>More culture</h3><ul><li><a href="/a">Choir wins national title in the '
            'capital</a></li><li><a href="/b">Museum reopens after a long restoration</a></li></ul></aside>'
            "<p>The basement flooded to a depth of 80 centimetres, and the orchestra lost two grand pianos.</p>"
            "</article></body></html>")
    text = HtmlLoader().load(page.encode()).text
    assert "\nMusicians: 68 salaried players\n" in text and "The Philharmonic at a glance" in text
    assert "Choir wins" not in text and "Museum reopens" not in text
    advert = page.replace('class="factbox"', 'class="advert"')           # an aside no fact box
    assert "68 salaried players" not in HtmlLoader().load(advert.encode()).text


def test_a_live_pages_entry_keeps_the_time_over_it():
    entries = "".join(f'<div class="live-entry"><time datetime="2026-03-04T{t}:00Z">{t}</time>\n<p>{p}</p></div>\n'
                      for t, p in [("07:45", "Good morning. The water has gone down along Quay Terrace overnight, "
                                             "but the harbour district is still closed to traffic."),
                                   ("08:30", "The directorate now says 702 people used the shelters on Tuesday, up "
                                             "from the 628 it gave last night.")])
    page = ("<html><head><title>Flood clean-up: live</title></head><body><article><h1>Flood clean-up: live</h1>"
            '<p class="live-meta">Live coverage by Hannah Osei | Wednesday 4 March 2026</p>' + entries +
            "</article></body></html>")
    text = HtmlLoader().load(page.encode()).text
    assert "\n07:45\nGood morning." in text and "\n08:30\nThe directorate now says" in text
    inline = page.replace('<p class="live-meta">Live coverage by Hannah Osei | Wednesday 4 March 2026</p>',
                          '<p class="live-meta">Live coverage by Hannah Osei | <time datetime="2026-03-04">'
                          'Wednesday 4 March 2026</time></p>')
    assert "Live coverage by Hannah Osei | Wednesday 4 March 2026\n" in HtmlLoader().load(inline.encode()).text
    dated = page.replace("<h1>Flood clean-up: live</h1>", '<header><time datetime="2026-03-03">Tuesday 3 March '
                         "2026</time><h1>Flood clean-up: live</h1></header>")
    assert HtmlLoader().load(dated.encode()).date == "2026-03-03"        # a date over the headline: no entry's time


@pytest.mark.parametrize("line, date, publisher, author", [
    ("**Harrowgate Courier** · Published 3 October 2024 · By Petra Vilkas", "2024-10-03", "Harrowgate Courier",
     "Petra Vilkas"),
    ("The Fenwick Courier | 5 March 2024 | By Jo Park and Kim Ode", "2024-03-05", "The Fenwick Courier",
     "Jo Park and Kim Ode"),
    ("By Jo Park — Kelderby Standard — 5 March 2024 10:00 GMT", "2024-03-05", "Kelderby Standard", "Jo Park"),
    ("Published 3 October 2024 · 10:00 BST · By Petra Vilkas", "2024-10-03", "", "Petra Vilkas"),
    ("Esk Valley Times / Published 15 January 2024", "2024-01-15", "Esk Valley Times", ""),
])
def test_a_header_line_joining_masthead_date_and_byline_gives_each(line, date, publisher, author):
    raw = f"# Chef wins first star\n\n{line}\n\nThe restaurant on Mill Lane won its first star on Tuesday.\n"
    a = TextLoader().load(raw.encode())
    assert (a.date, a.publisher, a.author) == (date, publisher, author)
    assert [a.text[s:e] for s, e in a.blocks] == ["The restaurant on Mill Lane won its first star on Tuesday."]
    assert a.text == raw                                                 # left out, never rewritten
    page = BARE_PAGE.replace("<p>By Ana Lima, Transport Reporter</p>",
                             "<p>The Bayside Herald · Published 14 May 2024 · By Ana Lima</p>")
    b = HtmlLoader().load(page.encode("utf-8"))                         # a page shows such a line too
    assert (b.date, b.author) == ("2024-05-14", "Ana Lima") and "By Ana Lima" not in b.text[b.blocks[0][0]:]


@pytest.mark.parametrize("line", [
    "The Fenwick Courier · a century of local news",      # a masthead, then prose
    "Fares rise 5% | 3 March 2024",
    "Kim Ode · 5 March 2024",                             # a name, not a masthead
    "Esk Valley Times | The Fenwick Courier",             # two papers: a list, not a credit line
    "5 March 2024 | 12 March 2024",                       # two dates: a period
    "| The Fenwick Courier | 5 March 2024 |",             # a table row
    "Members voted 41 | 12 to close the depot / By March 2025 it will be shut.",
])
def test_a_line_with_a_bar_or_a_dot_that_is_not_a_credit_line_stays_article_text(line):
    raw = f"Lode Bridge closed\n\n{line}\n\nThe bridge was closed on Sunday.\n"
    a = TextLoader().load(raw.encode())
    assert (a.date, a.publisher, a.author) == ("", "", "")
    assert [a.text[s:e] for s, e in a.blocks] == [f"{line}\n\nThe bridge was closed on Sunday."]


def test_a_page_leaves_out_the_clutter_lines_a_text_file_leaves_out():
    paragraphs = ["The island ferry company has ordered two battery-powered boats worth £18m, its chief said.",
                  "Read more: Harbour fees to rise after storm repairs",
                  "Readers can read more about the tender on the ferry company's website.",
                  "The order was placed with a shipyard in Norway after a two-year tender.",
                  "Read more: Island school to get new roof"]
    article = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    page = PAGE.split("<article>")[0] + f"<article>\n<h1>Ferry company orders two electric boats</h1>\n{article}" \
        + "</article>" + PAGE.split("</article>")[1]
    a = HtmlLoader().load(page.encode("utf-8"))
    kept = [a.text[s:e] for s, e in a.blocks]
    text_file = TextLoader().load(("Ferry company orders two electric boats\n" + "\n".join(paragraphs)).encode())
    assert kept == [text_file.text[s:e] for s, e in text_file.blocks]
    assert "Read more:" not in "\n".join(kept) and "Readers can read more about the tender" in "\n".join(kept)


ELECTION = """<html><head><meta charset="utf-8"><title>Pell wins Ashby Vale</title></head><body><article>
<h1>Pell wins Ashby Vale</h1>
<p>Jo Pell of the Harbour Party won the Ashby Vale ward by-election on Thursday, the council said on Friday.</p>
<table><caption>Ashby Vale ward, <b>9 May</b> 2024</caption>
<tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>
<tr><td>Jo Pell</td><td>Harbour</td><td>512</td></tr><tr><td>Rik Dunmore</td><td>Moorland</td><td>430</td></tr>
</table>
<p>Turnout was 28%, the lowest in the ward since the count was first held at the town hall.</p>
</article></body></html>"""


def test_a_tables_caption_is_a_line_above_it_not_a_header_row():
    a = HtmlLoader().load(ELECTION.encode())
    assert ("Friday.\nAshby Vale ward, 9 May 2024\n| Candidate | Party | Votes | \n|---|---|---|\n"
            "| Jo Pell | Harbour | 512 | \n") in a.text
    assert a.text.count("\n|---") == 1 and "| Ashby Vale" not in a.text
    body = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "Ashby Vale ward, 9 May 2024\n| Candidate" in body and a.date == ""     # a caption is no date line
    plain = HtmlLoader().load(ELECTION.replace("<caption>Ashby Vale ward, <b>9 May</b> 2024</caption>", "").encode())
    assert plain.text == a.text.replace("Ashby Vale ward, 9 May 2024\n", "")      # a table without one as it was
    tagged = HtmlLoader().load(ELECTION.replace("<caption>Ashby Vale ward, <b>9 May</b> 2024</caption>",
                                                "<caption><b>Ashby Vale ward</b>, 9 May 2024</caption>").encode())
    assert tagged.text.count("\n|---") == 1                  # a tag before a comma: still the caption


@pytest.mark.parametrize("line, author", [
    ("By Ana Lima, Jo Park and Kim Ode", "Ana Lima, Jo Park and Kim Ode"),          # three people
    ("By Ana Lima, Jo Park and Kim Ode, Political Reporters", "Ana Lima, Jo Park and Kim Ode"),
    ("By Tomas Ferreira, Local Democracy Reporter", "Tomas Ferreira"),               # a name, then a role
    ("By Jo Park, Kelder Times", "Jo Park"),                                         # a list ends with "and"
    ("Words by Kim Ode", "Kim Ode"),
    ("Words and pictures by Kim Ode", "Kim Ode"),
    ("Reporting by Ana Lima in Lisbon; additional reporting by Jo Park in Porto", "Ana Lima"),
])
def test_a_byline_may_name_several_people_a_role_or_say_who_did_the_words_or_the_reporting(line, author):
    a = TextLoader().load(f"Mayor re-elected\n\n{line}\n\nIngrid Solberg was re-elected on Friday.\n".encode())
    assert a.author == author
    assert [a.text[s:e] for s, e in a.blocks] == ["Ingrid Solberg was re-elected on Friday."]


CREDITED = """<html><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>
<header><div class="masthead">Kelder Evening Star</div></header><article>
{kicker}<h1>Tram depot to close in Kelder</h1>
{byline}
<p>The tram depot on Mill Road in Kelder will close in March after 90 years, the transport authority said on
Tuesday, with its 140 staff moving to a new site at Ashby Cross.</p>
<p>The authority said the move would save £2.1m a year and free the land for about 300 homes.</p>
</article></body></html>"""


def _credited(title="Tram depot to close in Kelder", meta="", kicker="", byline=""):
    return HtmlLoader().load(CREDITED.format(title=title, meta=meta, kicker=kicker, byline=byline).encode())


@pytest.mark.parametrize("byline, author", [
    ('<p class="author-line">Reporting by Ana Lima in Kelder; additional reporting by Jo Park in Ashby</p>',
     "Ana Lima"),
    ('<span class="byline">Words by <a href="/a/ode">Kim Ode</a></span>', "Kim Ode"),
    ('<address class="byline">By <span class="name">Mara Lind</span>, Transport Editor</address>', "Mara Lind"),
    ('<p class="byline">By Mara Lind and Tom Hardy</p>', "Mara Lind and Tom Hardy"),
])
def test_a_pages_shown_byline_is_kept_above_its_text_and_gives_the_author(byline, author):
    a = _credited(byline=byline)
    shown = byline.split(">", 1)[1].rsplit("</", 1)[0]
    shown = " ".join(shown.replace('<a href="/a/ode">', "").replace('<span class="name">', "").replace("</a>", "")
                     .replace("</span>", "").split())
    assert a.text.startswith(f"Tram depot to close in Kelder\n{shown}\n")
    assert a.author == author and a.text[a.blocks[0][0]:].startswith("The tram depot on Mill Road")


@pytest.mark.parametrize("title, meta, publisher", [
    ("Tram depot to close in Kelder | Transport | Kelder Evening Star", "", "Kelder Evening Star"),   # a section
    ("Tram depot to close in Kelder - Kelder Evening Star", "", "Kelder Evening Star"),             # a hyphen
    ("Tram depot to close in Kelder – Kelder Evening Star",
     '<meta property="og:site_name" content="Tram depot to close in Kelder">', "Kelder Evening Star"),
    ("Tram depot to close in Kelder", "", ""),
    ("Bakery closes - Kelder Evening Star", "", ""),                    # another story's title
])
def test_a_pages_publisher_is_the_name_its_title_gives_after_the_headline(title, meta, publisher):
    assert _credited(title=title, meta=meta).publisher == publisher


def test_a_kicker_over_the_headline_and_the_headline_again_are_not_article_text():
    a = _credited(kicker='<p class="kicker">Transport</p>', byline='<p class="byline">By Mara Lind</p>')
    assert a.text.startswith("Tram depot to close in Kelder\nBy Mara Lind\n\nThe tram depot on Mill Road")
    assert a.title == "Tram depot to close in Kelder" and a.text.count("Tram depot to close") == 1
    from qa.ingest.html import headline_line

    assert headline_line(["Breaking News", "Floods close roads", "Text."], "Floods close roads") == 1
    assert headline_line(["The river rose in the night.", "Floods close roads"], "Floods close roads") == -1


def test_a_byline_after_the_published_line_and_a_blank_line_is_kept_in_the_text_and_read():
    raw = ("Forty years on, Carrow Sands remembers the flood\nPublished 2 February 2025\n\nBy Sunniva Markham\n\n"
           "CARROW SANDS - On the night of 2 February 1985 the sea broke through the wall.\n")
    a = TextLoader().load(raw.encode())
    assert (a.author, a.date) == ("Sunniva Markham", "2025-02-02") and a.text == raw       # nothing dropped
    assert [a.text[s:e] for s, e in a.blocks] == [raw.rsplit("\n\n", 1)[1].rstrip("\n")]


@pytest.mark.parametrize("sign_off", ["(Reporting by Anjali Rhodes; editing by Tom Whitcombe)",
                                      "(Reporting by Anjali Rhodes; Editing by Tom Whitcombe)"])
def test_a_wire_sign_off_names_the_reporter_not_the_editor(sign_off):
    a = TextLoader().load(WIRE.format(sign_off=sign_off).encode())
    assert a.author == "Anjali Rhodes" and a.text.rstrip().endswith(sign_off)


@pytest.mark.parametrize("head, publisher, author", [
    ("THE HARBOUR POST\nThursday 2 October 2025\n\n{h}\n\nBy Marit Soll and Aksel Vin\n", "The Harbour Post",
     "Marit Soll and Aksel Vin"),                                          # a masthead in capitals, its date
    ("THE HARBOUR POST - BUSINESS\nTuesday 7 April 2026\n\n{h}\n\nBy Helle Mars, Business Reporter\n",
     "The Harbour Post", "Helle Mars"),                                    # with its section
    ("OBITUARY\n\n{h}\n\nThe Harbour Post, Saturday 29 August 2026\nBy Henrik Dal\n", "The Harbour Post",
     "Henrik Dal"),                                                         # a section's label; the masthead dated
    ("{h}\n\nThe Harbour Post - Data desk\n6 October 2026\nBy Sofie Lind, Data Journalist\n", "The Harbour Post",
     "Sofie Lind"),
    ("{h}\n\nSaturday 25 July 2026\nArdle Evening Mail - Industry\n", "Ardle Evening Mail", ""),
    ("THE HARBOUR POST\n\n{h}\n\nHomes evacuated by boat; rest centre opened\n\nBy Dora Kettle, Environment "
     "Correspondent\n\nPublished: 2 October 2025, 16:20\nUpdated: 2 October 2025, 19:05\n", "The Harbour Post",
     "Dora Kettle"),                                   # the masthead alone, the headline and a standfirst under it
    ("THE HARBOUR POST | SPORT\n\n{h}\n\nBy Emil Stran, Chief Football Writer, at Kestrel Park\n\nSunday 8 March "
     "2026, 19:45\n", "The Harbour Post", "Emil Stran"),                    # where the writer was
    ("THE HARBOUR POST\n\n{h}\n\nCompiled by Hugo Lamb, Readers' Editor\n\nSunday 29 March 2026\n",
     "The Harbour Post", "Hugo Lamb"),
    ("PROFILE\n\n{h}\n\nHarbour News | Weekend\n8 December 2025\nWords: Petra Hall\n", "Harbour News",
     "Petra Hall"),                                                         # a profile's label; paper | section
])
def test_a_text_files_header_gives_its_headline_masthead_date_and_byline_in_the_shapes_papers_print(head, publisher,
                                                                                                     author):
    headline = "Hundreds of homes flooded as the river bursts its banks"
    raw = head.format(h=headline) + "\nMore than 340 homes were flooded in Tennby overnight.\n"
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher, a.author) == (headline, publisher, author) and a.date
    assert [a.text[s:e] for s, e in a.blocks] == ["More than 340 homes were flooded in Tennby overnight."]


@pytest.mark.parametrize("head, date, publisher, author", [
    ("OBITUARY\n{h}\n\n", "", "", ""),                                   # a label right over the headline
    ("{h}\nHarbour Post staff | 19 May 2025\n\n", "2025-05-19", "Harbour Post", "Harbour Post staff"),  # the paper's
    # staff, and so the paper
    ("{h}\nTennby, 30 July 2025 — Valley Radio News\n\n", "2025-07-30", "Valley Radio News", ""),  # a place, a date
    ("{h}\n\nTennby Meteorological Institute (TMI) — issued 12 November 2025, 16:00\n\n", "2025-11-12", "", ""),
    ("{h}\n\nCompiled by the Courts desk. Last updated 4 March 2026.\n\n", "2026-03-04", "", ""),
    ("{h}\n\nThursday, 19 March 2026\nTennby Daily Ledger | Money | Ruth Kessel\n\n", "2026-03-19",
     "Tennby Daily Ledger", "Ruth Kessel"),                                # the writer after the paper and section
    ("{h}\nTENNBY HARBOUR POST\nApril 28, 2026 at 9:15 am\n\n", "2026-04-28", "Tennby Harbour Post", ""),
    ("{h}\n\nSports desk | Rolf Ekberg\n\n", "", "", "Rolf Ekberg"),       # a desk's credit, then the writer
])
def test_a_text_files_header_in_more_shapes_papers_print(head, date, publisher, author):
    headline = "Hundreds of homes flooded as the river bursts its banks"
    raw = head.format(h=headline) + "More than 340 homes were flooded in Tennby overnight, the council said.\n"
    a = TextLoader().load(raw.encode())
    assert (a.title, a.date, a.publisher, a.author) == (headline, date, publisher, author)
    told = "".join(a.text[s:e] for s, e in a.blocks)     # (a line saying it was issued or updated is text too)
    assert told.endswith("More than 340 homes were flooded in Tennby overnight, the council said.")
    assert headline not in told and not re.search(r"OBITUARY|staff|Radio News|Ledger|HARBOUR POST|desk \|", told)


@pytest.mark.parametrize("raw, title, date, publisher, author", [
    ("Teen smashes national 400m mark\n\nWORLD RECORD\nThe 17-year-old ran the race of her life on Saturday in Tennby, "
     "breaking a record that had stood since 1983.\n", "Teen smashes national 400m mark", "", "", ""),   # a kicker
    ("Costs rise at the depot\n\nThe report — published 20 January 2026 — found rising costs.\n\nThe council "
     "said on Monday that it would look again at the plans for the depot and the yard beside it.\n",
     "Costs rise at the depot", "", "", ""),                                   # a lede's dash, no date line
    ("OBITUARIES\nAnna Berg, poet, dies at 90\n\nAnna Berg, whose poems were read in every school, has died.\n\n"
     "Jon Lund, sculptor, dies at 77\n\nJon Lund, who carved the harbour lions, has died.\n", "OBITUARIES", "", "", ""),
    ("Ferry back in service by Easter\nby Easter Monday\n\nThe ferry will be back in service by Easter Monday, the "
     "operator said, after repairs to its ramp.\n", "Ferry back in service by Easter", "", "", ""),
    ("Fell walkers found safe\n\nRescue team | Mara Lind\n\nTwo fell walkers missing overnight were found safe "
     "on Sunday morning, the mountain rescue team said.\n", "Fell walkers found safe", "", "", ""),
])
def test_header_shapes_that_are_not_credits(raw, title, date, publisher, author):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.date, a.publisher, a.author) == (title, date, publisher, author)


def test_a_letters_page_is_titled_by_its_label_and_a_bulletin_dated_by_its_title():
    a = TextLoader().load(b"THE HARBOUR POST\nLETTERS TO THE EDITOR\nTuesday 12 May 2026\n\nLibraries matter\n\n"
                          b"Sir - The council says it had no choice.\nAgnes Whit, Eldmoor\n")
    assert (a.title, a.publisher, a.date) == ("LETTERS TO THE EDITOR", "The Harbour Post", "2026-05-12")
    a = TextLoader().load(b"WIREPRESS NEWS IN BRIEF - 9 June 2026\n\n1) Fire destroys fish plant\n\nA fire destroyed "
                          b"most of a fish processing plant on Monday.\n")
    assert a.date == "2026-06-09"


@pytest.mark.parametrize("raw, title, publisher, date", [
    ("HEAT WAVE SETS NEW RECORD\nPublished 5 March 2024\n\nThe hottest day.\n\nBy Jo Park\n\nIt was 40C.\n",
     "HEAT WAVE SETS NEW RECORD", "", "2024-03-05"),                   # a headline in capitals over its date
    ("Team GB Breaks World Record | Sport\n\nA standfirst\n\nIt was fast.\n", "Team GB Breaks World Record",
     "Sport", ""),
    ("Harbour festival returns - 12 September 2026\n\nThe festival is back.\n",
     "Harbour festival returns - 12 September 2026", "", ""),          # an event's date, not the paper's
    ("Lode Bridge\n\nThe bridge closed.\n\nThe Harbour Post, Saturday 29 August 1998\n\nMore text.\n",
     "Lode Bridge", "", ""),                                            # a dated masthead in the body dates nothing
])
def test_a_headline_is_no_masthead_and_an_events_date_no_publication_date(raw, title, publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher, a.date) == (title, publisher, date)


@pytest.mark.parametrize("raw, title, publisher", [
    ("The Courier\n\nCumberbatch spy drama is a tense, gripping delight\n\nThe film follows a salesman sent to "
     "Moscow in 1960.\n", "The Courier", ""),                           # a film's title over its review
    ("The Last Sentinel\n\nA thriller set in Kelby's lighthouse\n\nMarta Oskell's novel follows a keeper's "
     "daughter.\n", "The Last Sentinel", ""),                           # a book's
    ("The Kelby Ledger\n\nLibrary to close for six weeks\n\nThe council voted on Tuesday to close the library.\n",
     "Library to close for six weeks", "The Kelby Ledger"),             # a paper naming its town
])
def test_a_papers_name_over_a_headline_and_its_story_names_a_place(raw, title, publisher):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher) == (title, publisher)


@pytest.mark.parametrize("line, author", [
    ("By the Ledger data team", "Ledger data team"),
    ("By the home team", ""),
    ("By the live team", ""),
])
def test_a_byline_naming_a_newsrooms_team_names_it(line, author):
    from qa.ingest.text import byline

    assert byline(line) == author


def test_a_press_releases_labels_each_a_paragraph_and_its_place_in_small_letters_before_the_date():
    raw = (b"PRESS RELEASE\n\nFOR IMMEDIATE RELEASE\n\nHalvenby Trams announces night service from May\n\n"
           b"Halvenby, 16 March 2026 \xe2\x80\x93 Halvenby Trams today announced that trams will run all night on "
           b"Fridays and Saturdays from 2 May.\n")
    a = TextLoader().load(raw)
    assert (a.title, a.date) == ("Halvenby Trams announces night service from May", "2026-03-16")
    from qa.ingest.dates import dateline

    assert dateline("Ana Ruud, 3 March 1941 \u2013 12 January 2026, was a botanist.") == ""   # a life's dates
    assert dateline("Halden, 14 June 1987 \u2013 The water rose through the night.") == ""    # a feature's scene
    assert dateline("McAllen, 3 March 2026 \u2013 Riverline Buses today announced a new route.") == "2026-03-03"
    assert dateline("Christmas Day, 25 December 2025 \u2013 Halvenby Trams today announced free rides.") == ""


def test_a_press_releases_labels_and_date_line_are_no_headline():
    raw = (b"PRESS RELEASE\n\nFOR IMMEDIATE RELEASE\nHalvenmoor, 16 September 2025\n\n"
           b"KESTRAN RAIL COMPANY ANNOUNCES 20-MINUTE SERVICE FROM DECEMBER\n\n"
           b"The Kestran Rail Company today announced that trains will run every 20 minutes from December.\n")
    a = TextLoader().load(raw)
    assert a.title == "KESTRAN RAIL COMPANY ANNOUNCES 20-MINUTE SERVICE FROM DECEMBER" and a.date == "2025-09-16"


def test_a_text_file_too_big_to_be_an_article_is_refused_saying_why():
    from qa.ingest.loader import MAX_ARTICLE_BYTES

    with pytest.raises(ValueError, match="over the 5,000,000-byte limit for articles: split it"):
        TextLoader().load(b"word " * (MAX_ARTICLE_BYTES // 5 + 1))


def test_a_sites_one_word_name_over_the_publication_line_is_the_publisher_a_writers_name_is_not():
    story = b"\n\nKestrel Harriers won the county cross-country title on Saturday, finishing with four runners in the top ten.\n"
    a = TextLoader().load(b"Harriers take county title\n\nRunTalkNews\nPublished 13 April 2026" + story)
    assert (a.publisher, a.date) == ("RunTalkNews", "2026-04-13")
    a = TextLoader().load(b"Harriers take county title\n\nKim Ode\nPublished 13 April 2026" + story)
    assert a.publisher == ""


def test_a_readers_comment_is_no_byline_nor_date_and_a_press_releases_issue_date_stands_beside_its_contact():
    body = b"The Skarvik ferry will stop its Sunday sailings from April, the operator said on Monday, blaming crews."
    a = TextLoader().load(b"Skarvik ferry to stop Sunday sailings\n\n" + body + b"\n\nComments\n\nPosted by Kari Nes, "
                          b"4 March 2026 10:42\nA disgrace for the island.\n")
    assert (a.author, a.date) == ("", "")
    a = TextLoader().load(b"Skarvik ferry to stop Sunday sailings\nPosted by Kari Nes, 4 March 2026 10:42\n\n" + body)
    assert (a.author, a.date) == ("Kari Nes", "2026-03-04")
    a = TextLoader().load(b"Skarvik ferry\n\nIssued: 3 March 2026\nContact: Kari Nes, press office\n\n" + body)
    assert a.date == "2026-03-03"


def test_a_live_entrys_time_in_a_span_is_kept_over_it_too():
    entries = "".join(f'<div class="live-entry"><span class="live-time">{t}</span>\n<p>{p}</p></div>\n'
                      for t, p in [("23:30", "First-round results announced. Lindroth 38.2 per cent, Bramsen 35.9 per "
                                             "cent, so second preferences will be counted."),
                                   ("00:20", "Dahl concedes and tells supporters he will not endorse either candidate "
                                             "in the second count.")])
    page = ("<html><head><title>Mayoral count: as it happened</title></head><body><main><h1>Mayoral count: as it "
            "happened</h1><p>Welcome to our live coverage of the count in the mayoral election.</p>" + entries +
            "</main></body></html>")
    text = HtmlLoader().load(page.encode()).text
    assert "\n23:30\nFirst-round results announced." in text and "\n00:20\nDahl concedes" in text


def test_a_fact_file_beside_the_story_naming_its_subject_is_kept_each_label_with_its_value():
    side = ('<div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Four jailed over grain fraud</a></li>'
            '<li><a href="/b">Crossword 12,481</a></li></ul><div class="fact-file"><h3>Fact file</h3><dl>'
            "<dt>Name:</dt><dd>Fenna Lystrup</dd><dt>Born:</dt><dd>14 April 1979, Calbrind</dd>"
            "<dt>Constituency:</dt><dd>Calbrind West (since 2016)</dd><dt>Before politics:</dt>"
            "<dd>Cardiac nurse, Calbrind Royal Hospital</dd></dl></div></div>")
    story = ("<article><h1>Who is Fenna Lystrup?</h1><p>When Fenna Lystrup was elected leader of the Social Democratic "
             "Front on Saturday, she became the first person without a university degree to lead a major party.</p>"
             "<p>She left school at 17 to train as a nurse and led a hospital strike in 2009, which she says taught "
             "her more than any lecture could have.</p></article>")
    page = f"<html><head><title>Who is Fenna Lystrup?</title></head><body>{side}{story}</body></html>"
    text = HtmlLoader().load(page.encode()).text
    assert "\nBorn: 14 April 1979, Calbrind\n" in text and "\nConstituency: Calbrind West (since 2016)\n" in text
    assert "Crossword" not in text
    other = page.replace("<dd>Fenna Lystrup</dd>", "<dd>Arne Holt</dd>").replace(
        "Calbrind West", "Holt Valley").replace("Calbrind Royal", "Valley Royal").replace("1979, Calbrind", "1979")
    assert "Born: 14 April 1979" not in HtmlLoader().load(other.encode()).text    # naming no one the story names


def test_a_fact_box_headed_with_its_subjects_name_is_kept_though_the_story_names_them():
    side = ('<div class="sidebar"><div class="factbox"><h3>Ida Brennan</h3><dl><dt>Born:</dt><dd><p>3 May 1961, '
            "Kelder</p></dd><dt>Party:</dt><dd>Social Democratic Front</dd><dt>Before politics:</dt>"
            "<dd>Cardiac nurse at the Kelder Royal Hospital</dd></dl></div></div>")
    story = ("<article><h1>Ida Brennan to lead the party</h1><p>Ida Brennan was elected leader of the Social "
             "Democratic Front on Saturday, beating the finance spokesman by 58% to 42% in a ballot of members.</p>"
             "<p>She left school at 17 to train as a nurse and led a hospital strike in 2009.</p></article>")
    page = f"<html><head><title>Ida Brennan to lead the party</title></head><body>{side}{story}</body></html>"
    text = HtmlLoader().load(page.encode()).text
    assert "\nBorn: 3 May 1961, Kelder\n" in text and text.count("3 May 1961") == 1     # (its paragraph once)
