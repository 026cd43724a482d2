"""Saved pages read in stop 67: a story open in a dialog over the front page it was opened from, a writer in an
``<address>`` before their role (Facebook's Instant Articles), a writer and a date given as a definition list's terms
("<dt>Reporter:</dt><dd>Ylva Brink</dd>"), and the dates and writers of a page's fields table."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader

PARAGRAPHS = "".join(f"<p>{s}</p>" for s in (
    "Emil Rosvik came off the bench to score the goal of his life in the 108th minute as Skelbridge United beat "
    "Oranhavn Athletic 3-2 in the cup final on Saturday.",
    "United had not won the cup since 1998, and their fans had waited a generation to see it back in Skelbridge.",
    "\"I have dreamed of this since I was six,\" Rosvik said. \"My grandfather took me to the 1998 final.\"",
    "Athletic had led twice through Harald Voss and Ivar Lunde before United's comeback in the second half.",
))
TEASERS = "".join(f"<article class='teaser'><h2>Teaser {n}</h2><p>A short line about another story.</p></article>"
                  for n in range(4))


def _page(body: str, title: str = "Skelbridge Post - News, sport and what's on") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_a_story_open_in_a_dialog_is_read_over_the_front_page_behind_it():
    page = _page("<header><div class='logo'>Skelbridge Post</div><nav>News Sport</nav></header>"
                 f"<main><h2>More news</h2>{TEASERS}</main>"
                 "<div role='dialog' aria-modal='true'><article><h1>Cup kings! Rosvik ends United's 28-year wait</h1>"
                 "<p class='byline'>By Jakob Thorsen</p><time datetime='2026-05-24'>24 May 2026</time>"
                 f"{PARAGRAPHS}</article></div>")
    a = HtmlLoader().load(page)
    assert (a.title, a.author, a.date) == ("Cup kings! Rosvik ends United's 28-year wait", "Jakob Thorsen",
                                           "2026-05-24")
    assert "Teaser" not in a.text and "Emil Rosvik came off the bench" in a.text


def test_a_small_dialog_leaves_the_page_as_it_is():
    page = _page(f"<article><h1>Cup kings! Rosvik ends United's 28-year wait</h1>{PARAGRAPHS}</article>"
                 "<div role='dialog' aria-modal='true'><h1>Cookies</h1><p>We use cookies.</p></div>",
                 title="Cup kings! Rosvik ends United's 28-year wait | Skelbridge Post")
    a = HtmlLoader().load(page)
    assert a.title == "Cup kings! Rosvik ends United's 28-year wait" and "Emil Rosvik" in a.text


def test_a_writer_in_an_address_before_their_role():
    page = _page("<article><header><h1>Steelworks to shut blast furnace with loss of 420 jobs</h1>"
                 "<time class='op-published' datetime='2026-03-30T11:20'>30 March 2026, 11:20</time>"
                 "<address><a rel='facebook' href='https://example.org/al'>Anna Leikvoll</a> Industry reporter</address>"
                 f"</header>{PARAGRAPHS}</article>", title="Steelworks to shut blast furnace | Brandisk Gazette")
    a = HtmlLoader().load(page)
    assert (a.author, a.date) == ("Anna Leikvoll", "2026-03-30")


def test_a_writer_and_a_date_as_a_definition_lists_terms():
    page = _page("<article><h1>Dalsgard maternity unit to close despite protests</h1>"
                 "<dl class='article-meta'><dt>Reporter:</dt><dd>Ylva Brink</dd><dt>Published:</dt>"
                 f"<dd>Monday 5 May 2025, 15:30</dd></dl>{PARAGRAPHS}</article>",
                 title="Dalsgard maternity unit to close | Trevaskia Herald")
    a = HtmlLoader().load(page)
    assert (a.author, a.date) == ("Ylva Brink", "2025-05-05")


def test_a_pages_fields_table_names_its_writer():
    page = _page("<article><h1>House prices rise fastest in Oranhavn</h1><p>Port town records 9.1% annual rise</p>"
                 "<table><tr><td>Author</td><td>Liv Sunnanå, Property Correspondent</td></tr>"
                 f"<tr><td>Section</td><td>Property</td></tr></table>{PARAGRAPHS}</article>",
                 title="House prices rise fastest in Oranhavn | Morrabeck Courier")
    assert HtmlLoader().load(page).author == "Liv Sunnanå"


def test_the_dialog_holding_the_story_after_a_cookie_dialog():
    page = _page("<div role='dialog' aria-modal='true'><p>We use cookies.</p></div>"
                 f"<main><h2>More news</h2>{TEASERS}</main>"
                 "<div role='dialog' aria-modal='true'><article><h1>Cup kings! Rosvik ends United's 28-year wait</h1>"
                 f"{PARAGRAPHS}</article></div>")
    a = HtmlLoader().load(page)
    assert a.title == "Cup kings! Rosvik ends United's 28-year wait" and "Emil Rosvik" in a.text


def test_terms_set_out_on_lines_of_their_own_and_a_bodys_address():
    page = _page("<article><h1>Dalsgard maternity unit to close despite protests</h1>"
                 "<dl class='article-meta'>\n  <dt>Reporter:</dt>\n  <dd>Ylva Brink</dd>\n</dl>"
                 f"{PARAGRAPHS}</article>", title="Dalsgard maternity unit to close | Trevaskia Herald")
    assert HtmlLoader().load(page).author == "Ylva Brink"
    page = _page("<article><header><h1>Steelworks to shut blast furnace with loss of 420 jobs</h1>"
                 f"<address>Kelvik City Council</address></header>{PARAGRAPHS}</article>",
                 title="Steelworks to shut blast furnace | Brandisk Gazette")
    assert HtmlLoader().load(page).author == ""
