"""Header forms read this stop: a news agency's slug line over its story (the agency, the date in figures with dashes,
the keywords line), a paper's name in capitals over its motto, a rule and a section's date line, bylines in
capitals, with the writer's e-mail address or a "Jr.", a newsletter's "name · date · edition" line, a dash's sign-off,
a page's photographer and video maker among its authors; an MDX file's head; a table's dot leaders; HTML tags and
MDX components in Markdown's text; a blog platform's responses."""

from __future__ import annotations

import pytest

from qa.ingest.dates import dashed_date
from qa.ingest.html import HtmlLoader, site_name, writers_only
from qa.ingest.markdown import blank_links
from qa.ingest.sentences import split_sentences
from qa.ingest.text import TextLoader, byline, closing_author, wire_slug
from qa.read.byline import asks_author

SLUGGED = (
    "KPA 12-06-2025 15:47 DOMESTIC / COURTS\n\n"
    "Court strikes down quota cut for coastal boats\n\n"
    "By Anton Vehl\n\n"
    "HARLSTAD, 12 June (KPA) - The Supreme Court ruled on Thursday that the government acted unlawfully when it "
    "cut fishing quotas for small boats by 30 percent.\n\n"
    "The ruling was four votes to three.\n")

NUMBERED_SLUG = (
    "KPA0412 1 GEN /WEATHER\n2025-11-19T16:05:00Z\nURGENT\n\n"
    "Ostmark-Weather-Storm/ (UPDATE 4, raises death toll)\n\n"
    "Storm Ilse: five killed as river bursts its banks\n\n"
    "By Mira Tolk\n\n"
    "VELDEN, 19 November (KPA) - Five people have been killed as Storm Ilse brought torrential rain to the north.\n\n"
    "About 1,900 people left their homes.\n")

AGENCY_HEAD = (
    "KPA - OSTMARK PRESS AGENCY\nECONOMY | PRIORITY\nWord count: 412\n\n"
    "Central bank cuts key rate to 2.75%\n\n"
    "By Lina Haas\n\n"
    "HARLSTAD, 4 March (KPA) - The central bank cut its main rate by a quarter of a point on Wednesday.\n\n"
    "It was the first cut in 14 months.\n")


@pytest.mark.parametrize("text, title, date, publisher, author", [
    (SLUGGED, "Court strikes down quota cut for coastal boats", "2025-06-12", "KPA", "Anton Vehl"),
    (NUMBERED_SLUG, "Storm Ilse: five killed as river bursts its banks", "2025-11-19", "KPA", "Mira Tolk"),
    (AGENCY_HEAD, "Central bank cuts key rate to 2.75%", "", "Ostmark Press Agency", "Lina Haas"),    # (its name)
])
def test_an_agencys_slug_line_and_its_furniture_are_no_headline(text, title, date, publisher, author):
    a = TextLoader().load(text.encode())
    assert (a.title, a.date, a.publisher, a.author) == (title, date, publisher, author)
    first = a.text[a.blocks[0][0]:a.blocks[0][1]]
    assert first.startswith(("HARLSTAD", "VELDEN"))        # (not the keywords line nor "Word count: 412")


def test_a_slug_lines_date_in_figures_reads_the_day_first_or_as_the_dateline_says():
    assert wire_slug("KPA 22-07-2025 11:02 BUSINESS / INDUSTRY") == ("KPA", (2025, 22, 7))
    assert wire_slug("KPA0412 1 GEN /WEATHER") == ("KPA", None)
    assert wire_slug("BREAKING NEWS") is None and wire_slug("KPA SPORT") is None
    assert dashed_date(2025, 22, 7) == "2025-07-22"
    assert dashed_date(2025, 12, 6) == ""                   # (which month?)
    assert dashed_date(2025, 12, 6, "HARLSTAD, 12 June (KPA) -") == "2025-06-12"
    assert dashed_date(2025, 6, 12, "HARLSTAD, 12 June (KPA) -") == "2025-06-12"


MASTHEAD_PARAGRAPH = (
    "LENDRUM COURIER\nThe west coast's newspaper since 1888\n" + "-" * 50 + "\n"
    "COURTS                              Wednesday 19 November 2025\n\n"
    "Former mayor jailed for taking bribes\n\n"
    "Court finds he sold harbour land decisions to a developer\n\n"
    "By Nils Ambrose | nils.ambrose@lendrumcourier.example\n\n"
    "The former mayor of Lendrum, Henrik Sol, was sentenced to three years in prison on Wednesday after the "
    "district court found him guilty of accepting bribes.\n\n"
    "He will appeal.\n")


def test_a_papers_name_over_its_motto_rule_and_dated_section_line_is_the_publisher():
    a = TextLoader().load(MASTHEAD_PARAGRAPH.encode())
    assert (a.title, a.date, a.publisher, a.author) == (
        "Former mayor jailed for taking bribes", "2025-11-19", "Lendrum Courier", "Nils Ambrose")


def test_a_masthead_with_its_editions_word_over_a_date_and_a_columns_label():
    text = ("LENDRUM COURIER WEEKEND\nSaturday 27 September 2025\nLIVES | \"My life on the rock\"\n\n"
            "\"The lamp never went out on my watch\": the last keeper of Cape Ness\n\n"
            "On Tuesday the lighthouse at Cape Ness will be run entirely by computer, and its keeper will lock the "
            "door of the keeper's house for the last time.\n\nShe has lived on the cape for 38 years.\n")
    a = TextLoader().load(text.encode())
    assert (a.title, a.date, a.publisher) == (
        "\"The lamp never went out on my watch\": the last keeper of Cape Ness", "2025-09-27", "Lendrum Courier")


def test_a_headline_in_capitals_under_a_masthead_is_still_no_masthead_paragraph():
    text = ("THE HARBOUR POST\nFriday 3 April 2026\n\nFERRY FARES TO RISE\n\nBy Jo Park\n\n"
            "Ferry fares will rise by 6% in January, the operator said on Thursday, blaming fuel costs.\n\n"
            "Islanders said the rise was unfair.\n")
    a = TextLoader().load(text.encode())
    assert (a.publisher, a.date, a.author) == ("The Harbour Post", "2026-04-03", "Jo Park")
    assert "FARES" in a.title


@pytest.mark.parametrize("line, name", [
    ("By Nils Ambrose | nils.ambrose@lendrumcourier.example", "Nils Ambrose"),
    ("By Anna Kolt, Property Reporter | anna.kolt@post.example", "Anna Kolt"),
    ("By Anna Kolt (anna.kolt@post.example)", "Anna Kolt"),
    ("BY JAKOB ELLINGMO", "JAKOB ELLINGMO"),
    ("BY POPULAR DEMAND", ""),
    ("BY LAND AND SEA", ""),
    ("BY THE NUMBERS", ""),
    ("**Oskar Fjellvik** · Sep 18, 2026 · *Free edition*", "Oskar Fjellvik"),
    ("Oskar Fjellvik · Sep 18, 2026 · 8 min read", "Oskar Fjellvik"),
    ("Ferry Fares Rise · 5 March 2024 · 4 min read", ""),
    ("Story by Viktor Helland. Photos by Mari Foss. Video by Ola Brend.", "Viktor Helland"),
    ("Text: Siv Engen   Photo: Odd Rust", "Siv Engen"),
    ("Words and pictures by Kim Odegard", "Kim Odegard"),
    ("BY AIR TO SVALBARD", ""),
])
def test_bylines_with_an_address_in_capitals_or_a_newsletters(line, name):
    assert byline(line) == name


def test_a_newsletters_byline_line_credits_its_writer_and_dates_it():
    text = ("# The Chamber Letter\n\n### Issue #142 · The by-election that was close\n\n"
            "**Oskar Fjellvik** · Sep 18, 2026 · *Free edition*\n\n"
            "Good morning, and welcome to the 1,840 of you who signed up this week. There are now 23,600 of you.\n\n"
            "Here is what mattered in parliament this week.\n")
    a = TextLoader().load(text.encode())
    assert (a.author, a.date) == ("Oskar Fjellvik", "2026-09-18")


def test_a_tables_dot_leaders_end_no_sentence_an_ellipsis_before_a_stop_may():
    text = ("TABLE: Consumer prices (annual change, pct)\nAll items ........................ 3.1 (Nov: 3.6)\n"
            "of which energy ......... -2.4 (Nov: 0.3)\nIt is cleaned up better (water, filtering, ...).... Also note "
            "the rest.")
    spans = [text[a:b] for a, b in split_sentences(text, 0, len(text), 60)]
    assert "All items ........................ 3.1 (Nov: 3.6)" in spans
    assert "of which energy ......... -2.4 (Nov: 0.3)" in spans
    assert "Also note the rest." in spans


def test_html_tags_in_markdowns_text_are_blanked_for_the_reader():
    row = "<tr><th>Born</th><td>14 May 1968, Nessby</td></tr>"
    shown = blank_links(row)
    assert len(shown) == len(row) and shown.split() == ["Born", "14", "May", "1968,", "Nessby"]
    assert blank_links("if a < b and c > d") == "if a < b and c > d"


def test_a_blog_platforms_responses_are_no_article_text():
    story = " ".join(["The city built 4,200 homes last year, almost all of them small flats for sale."] * 4)
    markup = ("<html><head><title>Why my friends are leaving | by Tuva Norland | Quillpost</title></head><body>"
              f"<article><h1>Why my friends are leaving</h1><p>{story}</p><p>{story}</p></article>"
              "<section class=\"qp-responses\"><h2>Responses (27)</h2><div class=\"response\"><p>Moved away in "
              "2023 for exactly this reason, and my rent is half what it was in the city.</p>"
              "<p>👏 84 · Reply</p></div></section></body></html>")
    a = HtmlLoader().load(markup.encode())
    assert "Moved away" not in a.text and "Responses (27)" not in a.text
    assert "4,200 homes" in a.text


@pytest.mark.parametrize("question", [
    "Who wrote the Quillpost essay on why young people are leaving the capital?",
    "Who wrote the essay on housing?",
])
def test_an_essay_is_an_article_asked_about(question):
    assert asks_author(question)


def test_an_mdx_files_meta_object_on_one_line_ends_at_its_brace():
    text = ("import Chart from '@/components/Chart'\n\nexport const meta = { title: 'Board backs terminal', date: "
            "'2026-10-02' }\n\n# Board backs terminal\n\nThe board met on Friday and backed the terminal, the largest "
            "investment in the port's history.\n\nexport const chart = {\n  a: 1\n}\n\nWork starts next year.\n")
    a = TextLoader().load(text.encode())
    assert (a.title, a.date) == ("Board backs terminal", "2026-10-02")
    assert a.text[a.blocks[0][0]:a.blocks[0][1]].startswith("The board met on Friday")


@pytest.mark.parametrize("text", ["Write to <Letters Editor, Harbour Post> with your views.",
                                  "Growth slowed to <Q3 levels.\n\nAnalysts expect it >1 point lower."])
def test_what_only_looks_like_a_tag_is_not_blanked(text):
    assert blank_links(text) == text


def test_an_mdx_files_imports_and_meta_object_are_its_head():
    text = ("import { Callout } from '@/components/Callout'\nimport Byline from '@/components/Byline'\n\n"
            "export const meta = {\n  title: 'Port approves North Mole terminal',\n"
            "  date: '2026-10-02T14:30:00+02:00',\n  author: 'Petra Ashby',\n  paywall: true,\n}\n\n"
            "# Port approves North Mole terminal\n\n<Byline name=\"Petra Ashby\" role=\"Editor\" />\n\n"
            "The port authority has approved a container terminal on the North Mole, the largest investment in its "
            "history.\n\n<Callout type=\"info\">\nA TEU is the standard measure of container capacity.\n</Callout>\n")
    a = TextLoader().load(text.encode())
    assert (a.title, a.date, a.author) == ("Port approves North Mole terminal", "2026-10-02", "Petra Ashby")
    spans = [a.text[s:e] for b0, b1 in a.blocks for s, e in split_sentences(a.text, b0, b1, 60)]
    assert spans[0].startswith("The port authority") and not any("<" in span for span in spans)


@pytest.mark.parametrize("end", ["See also:\n– Ferry Fares Rise", "Sources:\n– Statistics Office\n– Harbour Stock Exchange",
                                 "— Back To Top", "\"We shall overcome.\"\n— Martin Luther King Jr."])
def test_a_dashed_line_closing_a_list_or_a_quote_signs_nothing(end):
    story = "The Playhouse reopens on Friday after a restoration that took six years.\n\nTickets sold out.\n\n"
    assert closing_author(story + end + "\n") == ""


def test_a_story_signed_with_a_dash_at_its_end_names_its_writer():
    story = " ".join(["The Playhouse reopens on Friday after a restoration that took six years."] * 6)
    markup = (f"<html><head><title>Playhouse reopens | Ribby Today</title></head><body><article><h1>Playhouse "
              f"reopens</h1><p>{story}</p><p>{story}</p><p class=\"signoff\">&mdash; Tove Aslund</p></article>"
              "</body></html>")
    assert HtmlLoader().load(markup.encode()).author == "Tove Aslund"


@pytest.mark.parametrize("author, text, writers", [
    ("Siv Engen Photo Odd Rust", "Text: Siv Engen   Photo: Odd Rust", "Siv Engen"),
    ("Viktor Hell; Mari Foss; Ola Brend", "Story by Viktor Hell. Photos by Mari Foss. Video by Ola Brend.",
     "Viktor Hell"),
    ("Viktor Hell; Mari Foss", "By Viktor Hell and Mari Foss", "Viktor Hell; Mari Foss"),
    ("Siv Engen Photo Odd Rust; Jo Park", "Text: Siv Engen and Jo Park", "Siv Engen; Jo Park"),
    ("Siv Engen; Jo Park", "Story and photos by Siv Engen. Additional reporting by Jo Park.", "Siv Engen; Jo Park"),
    ("Ann Lee; Jo Park", "By Jo Park. Photo by Ann Leeson.", "Ann Lee; Jo Park"),
])
def test_a_pages_photographer_and_video_maker_are_no_writers(author, text, writers):
    assert writers_only(author, text) == writers


@pytest.mark.parametrize("line, name", [
    ("By Tomas R. Vedder Jr., Education Editor", "Tomas R. Vedder Jr."),
    ("By Martin Lund Sr.", "Martin Lund Sr."),
])
def test_a_writers_name_may_end_with_jr_or_sr(line, name):
    assert byline(line) == name


def test_which_writer_broke_a_story_asks_for_its_byline():
    assert asks_author("Which Dunby Evening Post writer broke the story of the striker's sale?")
    assert not asks_author("Which player broke the record?")
    assert not asks_author("Which columnist broke the law?")


def test_an_interviews_answers_in_a_response_element_are_article_text():
    story = " ".join(["The council will vote on the plan for the old air base on 21 April."] * 4)
    markup = (f"<html><head><title>Interview | Ribby Today</title></head><body><article><h1>Interview</h1>"
              f"<p>{story}</p><div class=\"question\"><p>Will it pass?</p></div><div class=\"response\"><p>I think "
              f"the plan will pass by a narrow margin next month.</p></div><p>{story}</p></article></body></html>")
    assert "narrow margin" in HtmlLoader().load(markup.encode()).text


def test_a_headline_worded_otherwise_is_no_site_name():
    title = "Lannby Grand Prix: Rønne wins home race by 4.2 seconds - VBC Sport"
    assert site_name("Lannby Grand Prix: Rønne wins home race by 4.2 seconds", "Rønne wins home grand prix",
                     title) == ""
    assert site_name("VBC Sport", "Rønne wins home grand prix", title) == "VBC Sport"
    tagline = "Harbour News: Breaking news, sport, TV, radio and a whole lot more"    # (a site's own tagline)
    assert site_name(tagline, "Ferry fares rise", "Ferry fares rise - Harbour News") == tagline


@pytest.mark.parametrize("line", ["EU / UK TRADE DEAL AGREED", "COVID19 CASES RISE AGAIN", "FTSE100 HITS RECORD HIGH",
                                  "LIVE 14:05 BST", "UPDATE 09:30"])
def test_a_headline_in_capitals_is_no_slug_line(line):
    assert wire_slug(line) is None


@pytest.mark.parametrize("text", [
    "EU / UK TRADE DEAL AGREED\n\nMinisters back the deal after talks\n\nBy Jo Park\n\nThe deal was agreed on "
    "Friday after months of talks, ministers said.\n\nIt takes effect in June.\n",
    "UK POLITICS\nPublished 3 March 2026 | Politics\n\nMinisters back the deal\n\nThe deal was agreed on Friday "
    "after months of talks, ministers said.\n\nIt takes effect in June.\n",
])
def test_a_sites_section_or_a_headline_in_capitals_names_no_agency(text):
    assert TextLoader().load(text.encode()).publisher not in ("EU", "UK")


def test_a_headline_under_the_masthead_is_no_motto():
    text = (MASTHEAD_PARAGRAPH.replace("Former mayor jailed for taking bribes", "Serving soldiers to get 5% pay rise"))
    assert TextLoader().load(text.encode()).title == "Serving soldiers to get 5% pay rise"
