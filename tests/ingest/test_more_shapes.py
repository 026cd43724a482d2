"""Header shapes read since stop 61: a web clipper's Markdown note, an American page's date in figures, a site's
credit line closing with its update, a credit giving the date before the writer, a section's label over the
headline, a wire sign-off crediting a desk, an agency's initials after its name, "Byline:", "Pg.", a news
database's results list, page numbers and classification lines."""

from __future__ import annotations

import pytest

from qa.ingest.clutter import is_clutter
from qa.ingest.dates import order_settled, placed_date, publication_line
from qa.ingest.html import HtmlLoader, american
from qa.ingest.sentences import split_sentences
from qa.ingest.text import TextLoader, byline, front_matter, header_masthead, named_credit, sign_off
from qa.read.published import in_figures

CLIPPED = ('---\ntitle: "Chemists say salt-water battery could store wind power"\n'
           'source: "https://www.observer.example/science/2026/05/salt-water-battery"\nauthor:\n'
           '  - "[[Johanne Rustad]]"\n  - "[[people/sami|Sami Halloran]]"\npublished: 2026-05-14\ncreated: 2026-05-16\n'
           'tags:\n  - "clippings"\n  - "energy"\n---\n\n'
           '![Researchers in the laboratory with the prototype cell](https://www.observer.example/media/lab.jpg)\n\n'
           "*The prototype cell in the university's laboratory. Photo: Observer*\n\n"
           "Chemists at [Pernhold University](https://www.uni.example) say they have built a battery made from sea "
           "salt, iron and water that could store electricity from wind farms for up to five days.\n")


def test_a_web_clippers_note_gives_its_writers_date_and_no_address_as_publisher():
    fields, _ = front_matter(CLIPPED)
    assert (fields["author"], fields["date"], fields["tags"]) == ("Johanne Rustad and Sami Halloran", "2026-05-14",
                                                                  "clippings and energy")
    assert "source" not in fields                   # an address, no publisher's name
    a = TextLoader().load(CLIPPED.encode())
    assert (a.title, a.date, a.author, a.publisher) == ("Chemists say salt-water battery could store wind power",
                                                        "2026-05-14", "Johanne Rustad and Sami Halloran", "")
    quoted = " ".join(a.text[lo:hi] for lo, hi in a.blocks)
    assert "![" not in quoted and "Photo: Observer" in quoted       # the picture out, its caption in
    assert front_matter("---\ntitle: A\ndate: 2025-01-02\npublished: 2024-12-31\n---\nText.\n")[0]["date"] == \
        "2025-01-02"                                                # (its own date first)


@pytest.mark.parametrize("line, image", [
    ("![A crowd at the harbour](https://x.example/a.jpg)", True),
    ('![](img/b.png "Title")', True),
    ("![A crowd](a.jpg) gathered at the harbour.", False),
    ("See the [report](https://x.example/r.pdf).", False),
])
def test_a_markdown_image_alone_on_its_line_is_no_text(line, image):
    assert is_clutter(line) is image


AMERICAN = ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Tariff deal - The Ledger</title>'
            '<meta property="og:site_name" content="The Ledger"></head><body><main><article>'
            "<h1>Tiny nation lands tariff deal with Washington on salmon and steel</h1>"
            '<div class="byline">By Dana Whitcombe | 03/04/2026 7:15 PM ET</div>'
            "<p>The deal cuts duties on fish and specialty steel in exchange for opening the country's farm market, "
            "officials in both capitals said on Wednesday, after talks that ran for most of the winter.</p>"
            "<p>Exporters welcomed it. Farmers said they would study the small print before saying more.</p>"
            "</article></main></body></html>")


def test_an_american_pages_date_in_figures_is_read_month_first():
    assert american(AMERICAN) and not american(AMERICAN.replace('lang="en-US"', 'lang="en-GB"'))
    assert american('<html><head><meta property="og:locale" content="en_US">')
    assert order_settled("2026-04-03", "03/04/2026", "", month_first=True) == "2026-03-04"
    assert order_settled("2026-04-03", "03/04/2026", "") == "2026-04-03"
    assert HtmlLoader().load(AMERICAN.encode()).date == "2026-03-04"
    assert HtmlLoader().load(AMERICAN.replace('lang="en-US"', 'lang="en-GB"').encode()).date == "2026-04-03"
    assert in_figures("By Dana Whitcombe | 03/04/2026 7:15 PM ET", "2026-03-04") == (20, 30)
    assert in_figures("Published 04/03/2026", "2026-03-04") == (10, 20)
    assert in_figures("Published 04/03/2025", "2026-03-04") is None


@pytest.mark.parametrize("line, name", [
    ("Relvandia Today — Business | By Sebastian Adeyemi-Kroll | Updated 9 March 2026", "Sebastian Adeyemi-Kroll"),
    ("Byline: Marta Quist", "Marta Quist"),
    ("Byline: By Marta Quist, Political Editor", "Marta Quist"),
])
def test_a_credit_line_closing_with_its_update_and_a_databases_byline_label(line, name):
    assert byline(line) == name


@pytest.mark.parametrize("line, name", [
    ("30 September 2025 — Johanne Rustad-Ibekwe, science reporter", "Johanne Rustad-Ibekwe"),
    ("Mikkel Dahlgren — 12 August 2025", "Mikkel Dahlgren"),
    ("Ana Lima, science correspondent", "Ana Lima"),
    ("12 August 2025 — Football", ""),
    ("Ana Lima, who wrote this", ""),
])
def test_a_credit_element_gives_the_date_before_or_after_the_writer(line, name):
    assert named_credit(line) == name


def test_a_sections_label_under_the_paper_is_no_headline():
    text = ("Essling Evening Post\nNational news\n\nGreen light for second runway at Vesterfeld\n\n21 May 2025\n\n"
            "HALBRUNN, May 21 (RPA) — The government on Wednesday approved plans for a second runway at the airport, "
            "overruling objections from residents.\n\nThe runway is expected to cost RVD 2.8 billion.\n\n"
            "(Reporting by Halvor Nyquist; editing by RPA Halbrunn desk)\n")
    a = TextLoader().load(text.encode())
    assert (a.title, a.publisher, a.date, a.author) == ("Green light for second runway at Vesterfeld",
                                                        "Essling Evening Post", "2025-05-21", "Halvor Nyquist")
    assert sign_off("(Reporting by RPA desk)") == ()            # a desk is no reporter


def test_an_agencys_initials_and_a_dateline_with_its_time_after_a_slash():
    assert header_masthead("GORSEN PRESS AGENCY (GPA) — COURTS") == "Gorsen Press Agency"
    assert placed_date("BRANNOCK, Oct. 2, 2025 / 17:48 local time") == "2025-10-02"
    assert publication_line("Oct. 2, 2025 / 17:48 local time") == "2025-10-02"
    text = ("GORSEN PRESS AGENCY (GPA) — COURTS\nBRANNOCK, Oct. 2, 2025 / 17:48 local time\n\n"
            "Singer wins libel case against Daily Lantern\n\nThe pop singer won her libel action against the "
            "tabloid on Thursday, when a judge ruled that an article about her was false.\n\nShe will give the "
            "damages to charity.\n")
    a = TextLoader().load(text.encode())
    assert (a.title, a.publisher, a.date) == ("Singer wins libel case against Daily Lantern", "Gorsen Press Agency",
                                              "2025-10-02")


def test_pg_is_no_sentences_end():
    text = "Section: BUSINESS; Pg. 22\nLength: 400 words"
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), 80)][0] == "Section: BUSINESS; Pg. 22"


@pytest.mark.parametrize("line, furniture", [
    ("Page 4 of 9", True),
    ("Page 1 of 6 © 2025 Factiva, Inc. All rights reserved.", True),
    ("Classification", True),
    ("Language: ENGLISH", True),
    ("Publication-Type: Newspaper", True),
    ("Subject: POLITICS (92%); VOTING (90%); FUEL TAXES (71%)", True),
    ("Geographic: HALBRUNN, RELVANDIA (94%)", True),
    ("Support: Labour (31%)", False),               # a poll's line
    ("Classification of the files changed in May.", False),
])
def test_a_news_databases_page_numbers_and_classification_are_no_text(line, furniture):
    assert is_clutter(line) is furniture


def test_a_long_classification_line_that_fails_at_its_end_is_read_at_once():
    line = "Subject: " + "; ".join(f"TOPIC NUMBER {i} (9{i % 10}%)" for i in range(40))
    assert is_clutter(line) and not is_clutter(line + "; PUBLIC")      # (each item its own: no backtracking)


@pytest.mark.parametrize("line", [
    "Language: the fight over Nynorsk has run for more than 150 years, said Professor Kari Lund.",
    "Language: Norwegian",
    "Company: Equinor (5%); Hydro (3%)",
])
def test_an_articles_own_lines_like_a_databases_are_kept(line):
    assert not is_clutter(line)


def test_the_film_rating_pg_ends_a_sentence():
    text = "The film is rated PG. It opens in cinemas on Friday."
    assert len(split_sentences(text, 0, len(text), 80)) == 2


def test_an_american_page_keeps_the_date_its_metadata_gives_in_iso_form():
    page = AMERICAN.replace("<title>", '<meta property="article:published_time" content="2026-03-04T19:15:00-05:00">'
                                       "<title>").replace("03/04/2026", "03/04/2026</div><div>Related: 4/3/2026")
    assert HtmlLoader().load(page.encode()).date == "2026-03-04"
    assert order_settled("2026-04-03", "04/03/2026 … 2026-04-03", "", month_first=True) == "2026-04-03"
