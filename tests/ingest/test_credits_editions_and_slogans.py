"""Header forms read in stop 67: writers' credits with other people's work after them ("· Fact-checked by …",
". Additional reporting by …", "(words)", "(pictures)", an outlet in brackets), "Contributor:", "X writes:" opening the
text, an obituary's dates under its headline, a paper's slogan, "… Today" in capitals, an edition's line, a breadcrumb
in a furniture line, a CMS's export line, an agency's flags and numbered slugs, and text in UTF-8 with a few bytes of
Windows-1252."""

from __future__ import annotations

import pytest

from qa.ingest.clutter import is_clutter
from qa.ingest.dates import publication_line
from qa.ingest.decode import MIXED, decode
from qa.ingest.text import TextLoader, byline

STORY = ("Forty fishing boats crowded into the inner harbour on Tuesday evening, sounding their horns for ten minutes "
         "after the government cut the cod quota by 18%.\n\n\"We cannot live on this,\" said the skipper, Ola Brenn.\n")


@pytest.mark.parametrize("line, author", [
    ("Written by Nadia Eklund · Fact-checked by Ole Brandt", "Nadia Eklund"),
    ("By Tomas Vik. Additional reporting by Hanne Lyse and Erlend Moe.", "Tomas Vik"),
    ("By Ana Lima; additional reporting by Jo Park", "Ana Lima"),
    ("By Teodor Klint (TNA) and Sara Ivers (Mornhaven Evening Post)", "Teodor Klint and Sara Ivers"),
    ("By Jo Park (Reuters)", "Jo Park"),
    ("Contributor: Oddvar Lien, data editor", "Oddvar Lien"),
    ("Contributor: Hanna Sæther (words), Per Ødegaard (pictures)", "Hanna Sæther"),
    ("By Ana Lima (words) and Jo Park (photos)", "Ana Lima"),
    ("By Anna Holt (pictured)", ""),                         # (not an outlet: no capital)
    ("Contributor: Per Ødegaard (pictures), Hanna Sæther (words)", "Hanna Sæther"),
    ("Reporting by Ana Lima in Lisbon; additional reporting by Jo Park", "Ana Lima"),
])
def test_a_writers_credit_without_the_others_credits(line, author):
    assert byline(line) == author


def test_a_writer_opening_the_text_under_an_obituarys_dates():
    text = ("GLASKERRA HERALD -- OBITUARIES\nFriday 8 August 2025\n\nEskil Varro: composer who put the mines into music\n"
            "3 April 1938 - 2 August 2025\n\nIngrid Sollberg writes: When the Philharmonic gave the first performance of "
            "his Fourth Symphony in 1971, miners sat in the front row.\n\n" + STORY)
    a = TextLoader().load(text.encode())
    assert (a.title, a.author, a.date, a.publisher) == ("Eskil Varro: composer who put the mines into music",
                                                        "Ingrid Sollberg", "2025-08-08", "Glaskerra Herald")
    assert a.text[a.blocks[0][0]:].startswith("3 April 1938 - 2 August 2025")     # (the dates are its text)


@pytest.mark.parametrize("head, title, date, publisher", [
    ("ISTERMOOR GAZETTE\nYour weekly paper for Istermoor and the Moor villages\n"
     "Edition of Monday 21 September 2026 — Arts & Culture, page 14\n\nGolden Heron for festival film\n\n"
     "By Hedvig Lunn, Arts Editor\n\n", "Golden Heron for festival film", "2026-09-21", "Istermoor Gazette"),
    ("GLASKERRA HERALD | SPORT | HANDBALL\nPrint edition, Monday 11 May 2026, page 46\n\nFELDANEK SEAL FIRST CUP\n\n",
     "FELDANEK SEAL FIRST CUP", "2026-05-11", "Glaskerra Herald"),
    ("SELLWICK TODAY\nYour town. Your news.\nNews | Sport | What's On | Property | Jobs | Notices\n\n"
     "SCIENCE & UNIVERSITY\n\nHarrow glaciers have lost a quarter of their ice\n\nTuesday 8 September 2026\n\n"
     "By Jonas Aberg\n\n", "Harrow glaciers have lost a quarter of their ice", "2026-09-08", "Sellwick Today"),
    ("ORANHAVN TODAY  |  News  >  Coast & Fisheries\nSaved from CMS export, story ID 88213\n\n"
     "Cod quota cut by 18% as boats brace for a lean year\n\nBy Sindre Falk, Coast & Fisheries Reporter\n"
     "Published 17 September 2025, 07:45 — updated 11:20\n\n", "Cod quota cut by 18% as boats brace for a lean year",
     "2025-09-17", "Oranhavn Today"),
    ("TNA -- TREVASKIAN NEWS AGENCY\nECONOMY -- PRIORITY\nFriday 13 February 2026 -- 09:14\n\n"
     "Inflation rises to 3.2% in January as food prices climb\n\n", "Inflation rises to 3.2% in January as food "
     "prices climb", "2026-02-13", "Trevaskian News Agency"),
    ("GNA-1187 HEALTH/POLITICS\nGlaskerra News Agency -- Morrabeck\nThu 20 Nov 2025 09:41 CET\n"
     "Category: HEA  Priority: 2 (urgent)  Words: 640\n\nHOSPITAL WAITING LIST HITS RECORD 96,400\n\n",
     "HOSPITAL WAITING LIST HITS RECORD 96,400", "2025-11-20", "Glaskerra News Agency"),
])
def test_a_headers_furniture_is_read_past_to_the_headline(head, title, date, publisher):
    a = TextLoader().load((head + STORY).encode())
    assert (a.title, a.date, a.publisher) == (title, date, publisher)
    assert a.text[a.blocks[0][0]:].startswith(("Forty fishing boats", "By Hedvig Lunn", "By Jonas Aberg",
                                               "By Sindre Falk"))


@pytest.mark.parametrize("line, clutter", [
    ("Your town. Your news.", True),
    ("Your weekly paper for Istermoor and the Moor villages", True),
    ("Story export: post-2025-04-16-ferry.txt", True),
    ("Saved from CMS export, story ID 88213", True),
    ("Your newspaper was late again this week because the printing press at Kelvik broke down, the firm said.", False),
    ("Saved from the fire were two paintings.", False),
    ("Your city council has voted to close the library.", False),
    ("Your town deserves better than this, says Mayor Lind.", False),
    ("Exported from the U.S. to Canada, the parts now cost 25% more.", False),
    ("12/03/2026 09:30    Ferries between Kelvik and Ardrun were cancelled.", False),     # (a live entry, no title)
])
def test_slogans_and_export_lines_are_furniture(line, clutter):
    assert is_clutter(line) is clutter


@pytest.mark.parametrize("line, iso", [
    ("Published 17 September 2025, 07:45 — updated 11:20", "2025-09-17"),
    ("Released: 23/04/2026 17:45 via GNA Business Wire", "2026-04-23"),
    ("Sent: Friday, 2 October 2026 06:30", "2026-10-02"),       # (an e-mail's, as Outlook heads it)
    ("| Published | 2 March 2026 |", "2026-03-02"),            # (a table's row of the page's fields)
    ("Sent 3 March 2026 to all staff", ""),
    ("| Oslo | 2 March 2026 |", ""),
])
def test_date_lines_of_these_shapes(line, iso):
    assert publication_line(line) == iso


def test_utf8_with_a_few_windows_1252_bytes_is_read_as_both():
    raw = "Oranhavn’s skipper Øyvind said ".encode() + b"\x93we cannot live on this\x94 \x96 and left."
    text, encoding = decode(raw)
    assert (text, encoding) == ("Oranhavn’s skipper Øyvind said “we cannot live on this” – and left.", MIXED)
    assert decode("café, naïve and “quoted”".encode("cp1252")) == ("café, naïve and “quoted”", "cp1252")
    assert decode("Das Wort „Fuß“ ist kurz.".encode("cp1252")) == ("Das Wort „Fuß“ ist kurz.", "cp1252")   # ("ß“":
    # a pair UTF-8 reads, no curly quote of UTF-8's)


def test_the_mixed_encoding_reads_a_file_as_decode_does(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Ørsta’s mayor\r\n".encode() + b"\x93yes\x94\r\n")
    text, encoding = decode(path.read_bytes())
    with open(path, encoding=encoding) as f:
        assert f.read() == text == "Ørsta’s mayor\n“yes”\n"


def test_a_broadcasters_initials_stay_in_capitals():
    a = TextLoader().load(("UBC NEWS  |  Weather\nSunday 14 December 2025\n\nStorm Hilde: two dead as record winds hit "
                           "coast\n\n" + STORY).encode())
    assert (a.title, a.publisher, a.date) == ("Storm Hilde: two dead as record winds hit coast", "UBC News",
                                              "2025-12-14")


def test_a_line_over_a_rule_alone_is_no_restructuredtext_title():
    a = TextLoader().load(("DAILY BEACON e-Edition | Thursday, August 7, 2025 | Page 9 | NEWS\n" + "-" * 66 +
                           "\n\nGANG GRABS 1.6M IN CASH VAN RAID\n\n" + STORY).encode())
    assert (a.title, a.publisher, a.date) == ("GANG GRABS 1.6M IN CASH VAN RAID", "Daily Beacon", "2025-08-07")


def test_a_site_name_holding_the_headline_with_its_quotation_marks_is_none():
    from qa.ingest.html import site_name

    assert site_name('National Gallery buys Stavik\'s "Herring Fleet" | The Courier',
                     "National Gallery buys Stavik's Herring Fleet") == ""
    assert site_name("The Aldrecht Courier", "National Gallery buys Stavik's Herring Fleet") == "The Aldrecht Courier"


@pytest.mark.parametrize("name, written", [("MBC RADIO ONE", "MBC Radio One"), ("UBC NEWS", "UBC News"),
                                           ("OAK BAY NEWS", "Oak Bay News"), ("HARBOUR FM", "Harbour FM")])
def test_initials_stay_in_capitals_and_words_do_not(name, written):
    from qa.ingest.text import _capitals_as_written

    assert _capitals_as_written(name) == written


def test_a_masthead_between_rules_is_no_restructuredtext_title():
    a = TextLoader().load(("=====\nKELVIK COURIER\n=====\n\nThursday 5 March 2026\n\nFerry port closed by "
                           "storm\n\n" + STORY).encode())
    assert a.publisher == "Kelvik Courier"
