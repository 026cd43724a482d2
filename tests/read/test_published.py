"""'When was the story about … published?': the date quoted from the article's publication line,
dateline or sign-off; and the article such questions are about when the reading answers nothing (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.published import asks_date
from tests.fakes import SENTENCE

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry crews vote to strike</title>
<meta property="article:published_time" content="2024-03-02T09:00:00Z"></head><body><article>
<h1>Ferry crews vote to strike</h1>
<p>Ferry crews on the island routes have voted to strike for three days in April over pay.</p>
<p>The ferry operator said the strike would cut the islands off at the start of the tourist season.</p>
</article></body></html>"""


@pytest.mark.parametrize("question, asks", [
    ("When was the story about the harbour bridge published?", True),
    ("On what date was the Gazette's Culture Weekly newsletter about the film prize sent?", True),
    ("When was the Lantern Weekly business briefing about the bank's record half emailed?", True),
    ("When was the parcel sent?", False),
    ("When was the Ledger's article on the wind farm dated?", True),
    ("On what date was the article on the bridge posted?", True),
    ("When did the harbour bridge story come out?", True),
    ("What day was this piece written?", True),
    ("When was the book that inspired the story published?", False),   # a book the articles tell of
    ("When was the report on the bridge published?", False),           # a report, not the article
    ("When was the bridge built?", False),
    ("When did the Herald publish its report on the floods?", True),     # a paper's report is its article
    ("When did Harrowside & District News post the story about the bridge?", True),     # a name with "&"
    ("When did the Treasury publish its report on growth?", False),      # a report of anyone else need not be
    ("When did the Royal Mail publish its report on delays?", False),
    ("When was the strike travel alert last updated?", True),
    ("When was the Storm Ada travel page first published?", True),        # a travel page, a results page
    ("When was the by-election results page updated?", True),
    ("When was the council's page last updated?", False),                # a page of someone else's
    ("When was the interview with Elsa Brandt broadcast?", True),         # a broadcast's
    ("When was the interview with the Torvhaven coxswain recorded?", True),     # its date line "Recorded …"
    ("When was the album recorded?", False),
    ("When was the review of The Quiet Tide published?", True),      # a review, a profile, an obituary …
    ("When was the profile of Elspeth Varga published?", True),
    ("When was the PPA's \"what we know so far\" explainer last updated?", True),     # a name in quotes
    ("When was the Met Office bulletin warning of Storm Ada issued?", True),          # a bulletin, issued
    ("When was the permit issued?", False),
    ("What date appears on the Chronicle's story about the river bursting its banks?", True),   # printed on it
    ("What date does the flood story carry?", True),
    ("What date appears on the permit?", False),
    ("What date does the article give for the vote?", False),            # a date the story tells of
    ("What date is given in the story for the opening of the bridge?", False),
])
def test_what_asks_when_an_article_was_published(question, asks):
    assert asks_date(question) is asks


@pytest.fixture
def seeds(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text("Harbour bridge to close for repairs\nPublished 21 November 2024\n\nThe harbour "
                                      "bridge will close for six weeks of repairs from Monday, the council said.\n",
                                      encoding="utf-8")
    (seeds / "quay.txt").write_text("Quay reopens\n\nPORT ELLIS, May 14, 2024 — The north quay reopened on Tuesday "
                                    "after the storm repairs.\n", encoding="utf-8")
    (seeds / "museum.txt").write_text("Museum reopens\n\nThe maritime museum reopened on Friday after a "
                                      "restoration of its warehouse.\n", encoding="utf-8")
    (seeds / "ferry.html").write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    return seeds


def test_the_date_is_quoted_from_the_publication_line_or_dateline_else_not_found_saying_why(seeds, tmp_path,
                                                                                            fake_encoder):
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("When was the story about the harbour bridge repairs published?")
    text = engine.article_text("bridge.txt")
    assert a.found and a.text == "21 November 2024" and a.sentence == "Published 21 November 2024" and a.line == 2
    assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence
    a = engine.answer("On what date was the article about the north quay reopening published?")
    assert a.found and a.text == "May 14, 2024" and a.source == "quay.txt"
    assert engine.article_text("quay.txt")[a.start:a.end] == a.text
    a = engine.answer("When was the story about the maritime museum reopening published?")
    assert not a.found and a.notice == "\"Museum reopens\" (museum.txt) gives no date." and a.passages
    assert {p.source for p in a.passages} == {"museum.txt"}        # its own opening to check, no other story's
    a = engine.answer("When was the story about the ferry crews strike published?")
    assert not a.found and "(ferry.html) is dated 2024-03-02 by the page's metadata" in a.notice


def test_the_date_is_quoted_from_a_sign_off_closing_the_story(seeds, tmp_path, fake_encoder):
    (seeds / "school.txt").write_text(
        "BRINDLE GAZETTE — Local news\n\nVillage school to close in summer\n\nThe village school will close at the "
        "end of the school year, after the council voted 23 to 14 on Monday.\n\nBy Ada Farr\nBrindle Gazette, "
        "24 February 2026\n\n\n\nAdvertisement: winter tyres fitted while you wait\n\nSubscribe\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("When was the story about the village school closure published?")
    assert a.found and a.source == "school.txt" and a.text == "24 February 2026"
    assert a.sentence == "Brindle Gazette, 24 February 2026"
    assert engine.article_text("school.txt")[a.start:a.end] == a.text


def test_the_report_on_a_subject_is_the_article_unless_the_sentence_read_tells_of_a_report(seeds, tmp_path,
                                                                                          fake_encoder):
    (seeds / "audit.txt").write_text(
        "NATIONAL AUDIT OFFICE\nReport to the Assembly\nThe Kelder Tunnel: Cost and Delivery\nPublished 9 September "
        "2026\n\n1. The Kelder tunnel was approved in 2019 with a budget of\n1.6 billion and an opening date of "
        "December 2024, which\nwas missed by seventeen months, the auditors found.\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("When was the audit report on the Kelder tunnel published?")     # the article is the report
    assert a.found and a.text == "9 September 2026" and a.source == "audit.txt"
    (seeds / "audit.txt").unlink()
    (seeds / "rust.txt").write_text("Rust found in pier cables\nPublished 2 April 2025\n\nThe inspectors' report on "
                                    "the pier cables, published on 28 March 2025, found rust in six of them.\n",
                                    encoding="utf-8")
    engine.refresh()
    a = engine.answer("When was the report on the pier cables published?")        # a report the article tells of
    assert a.found and a.source == "rust.txt" and "28 March 2025" in a.sentence and "2 April" not in a.sentence


def test_a_story_the_reading_does_not_answer_from_is_found_by_its_subjects_words(seeds, tmp_path, fake_encoder):
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=1.01)   # answers nothing
    a = engine.answer("When was the story about the harbour bridge published?")
    assert a.found and a.source == "bridge.txt" and a.text == "21 November 2024" and a.score == 0.0
    assert not engine.answer("When was the story about the moon landing published?").found
    a = engine.answer("Who wrote the story about the maritime museum?")
    assert not a.found and a.notice == "\"Museum reopens\" (museum.txt) names no author."


def test_an_update_asked_of_a_story_saying_none_is_answered_with_its_publication_date(seeds, tmp_path,
                                                                                       fake_encoder):
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("When was the story about the harbour bridge repairs last updated?")
    assert a.found and a.text == "21 November 2024"           # not a time the story tells


def test_first_published_is_the_note_saying_so_not_the_update_over_the_story(tmp_path, fake_encoder, monkeypatch):
    from tests.fakes import SpansReader

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "strike.md").write_text("# Teachers' strike: what we know so far\n\n*Explainer by Lukas Brenner. Updated: "
                                     "Monday 8 December 2025, 18:30*\n\nThe union held its second one-day strike on "
                                     "Wednesday 3 December.\n\n*This explainer was first published on 24 November "
                                     "2025 and has been updated.*\n", encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SpansReader({"24 November 2025": 5.0}),
                    threshold=0.0)
    a = engine.answer("When was the teachers' strike explainer first published?")
    assert a.found and a.text == "24 November 2025"
    a = engine.answer("When was the teachers' strike explainer last updated?")
    assert a.found and a.text.startswith("Monday 8 December 2025")


def test_this_story_is_the_one_the_conversation_is_about(seeds, tmp_path, fake_encoder):
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=1.01)   # answers nothing
    a = engine.answer("When was this story published?", about=["bridge.txt"])
    assert a.found and a.source == "bridge.txt" and a.text == "21 November 2024"
    a = engine.answer("Who wrote this article?", about=["museum.txt"])
    assert not a.found and a.notice == "\"Museum reopens\" (museum.txt) names no author."
    assert not engine.answer("When was this story published?").found        # no story in the conversation


@pytest.mark.parametrize("question", ["When was the salt study article published?",     # a study named the subject
                                      "When was the water meters explainer published?"])
def test_an_article_named_by_what_it_is_about_asks_its_date(question):
    assert asks_date(question)


def test_a_date_known_from_the_file_name_alone_is_named_as_such(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2025-03-11_harbour-fraud.txt").write_text(
        "Former harbourmaster jailed for fraud\n\nSKARBY, 11 March (Wirepress) – A former deputy harbourmaster "
        "who took berth fees from the port was jailed on Tuesday.\n", encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("When was the story about the harbourmaster jailed for fraud published?")
    assert not a.found and a.notice == ('"Former harbourmaster jailed for fraud" (2025-03-11_harbour-fraud.txt) is '
                                       "dated 2025-03-11 by its file name, but its text has no date line to quote.")


def test_a_film_or_a_book_is_no_article():
    assert not asks_date("When was the film Toy Story 4 released?")
    assert not asks_date("When was the book The Story of Art first published?")


@pytest.mark.parametrize("question, asks", [
    ("What time was the harbour bridge story last updated?", True),
    ("When was the bridge story updated?", True),
    ("At what time was the article about the quay published?", True),
    ("What time did the ferry leave?", False),
])
def test_what_asks_when_an_article_was_updated_or_at_what_time(question, asks):
    assert asks_date(question) is asks


@pytest.mark.parametrize("header, updated, clock, quoted", [
    ("Bridge to close\nUpdated 18:40, 2 October 2025\n", True, True, "18:40"),
    ("Bridge to close\nUpdated 18:40, 2 October 2025\n", True, False, "18:40, 2 October 2025"),
    ("Bridge to close\nUpdated: 2 October 2025\n", True, False, "2 October 2025"),
    ("Bridge to close\nThursday 30 April 2026. Updated 16:05\n", True, False, "16:05"),    # all it gives
    ("Bridge to close\nPublished 14:02 GMT, 19 June 2025 | Last updated: 9.30am\n", True, True, "9.30am"),
    ("Bridge to close\nPublished 14:02 GMT, 19 June 2025\n", False, True, "14:02 GMT"),
    ("Bridge to close\nPublished 19 June 2025\n", True, True, "19 June 2025"),       # no update, no time: its date
    ("Bridge to close\nPublished 19 June 2025\nThe council updated its plans on 3 May.", True, False, "19 June 2025"),
    ("Mill fire\n\nKELDER, 4 March 2026 - Firefighters were called to the old mill at 2.15am on Tuesday.", False, True,
     "4 March 2026"),                                   # the lede's time under a dateline: when it happened
    ("Fares\nPublished 4 March 2026, fares from £3.20\n", False, True, "4 March 2026"),     # a price, no time
    ("Bridge to close\nThe Kelder Post · 3 Mar 2026 14:05 GMT\n", False, False, "3 Mar 2026 14:05 GMT"),   # its time
    ("Bridge to close\nFirst published Tuesday 3 March 2026, 09:30\n", False, False, "Tuesday 3 March 2026, 09:30"),
    ("Bridge to close\nPublished 14:02 GMT, 19 June 2025\n", False, False, "14:02 GMT, 19 June 2025"),
    ("Fares\nPublished 4 March 2026, fares from £3.20\n", False, False, "4 March 2026"),
    ("Mill fire\n\nKELDER, 4 March 2026 - Firefighters were called at 2.15am.", False, False, "4 March 2026"),
    ("Kelby 2 Ashby 1\nKick-off 19:45, 4 March 2026\n", False, False, "4 March 2026"),      # another time of day
    ("Concert review\nKelby Arena, 4 March 2026, 7.30pm\n", False, False, "4 March 2026"),
    ("Fares\nPublished 4 March 2026 - 11.50 fares scrapped\n", False, False, "4 March 2026"),
    ("Polls\nPublished 4 March 2026 · 10.30pm result expected\n", False, False, "4 March 2026"),
    ("Mill fire\n\nKELDER, 4 March 2026, 2.15am: firefighters were called to the old mill.", False, False,
     "4 March 2026"),
    ("Bridge\nBy Jo Park | 4 March 2026, 10:15 | Updated 12:00\n", False, False, "4 March 2026, 10:15"),
])
def test_the_update_or_the_time_asked_is_quoted_from_the_header(header, updated, clock, quoted):
    from qa.ingest.dates import full_dates
    from qa.read.published import header_time
    date = next(d for d in full_dates(header) if d.iso()[:4] in ("2025", "2026"))
    at = header_time(header, (date.start, date.end), updated, clock)
    assert header[at[0]:at[1]] == quoted


def test_an_update_asked_is_quoted_and_the_kind_of_article_named_chooses_it(tmp_path, monkeypatch, fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "news.txt").write_text("Ines Marrow elected to lead the dockers\nPublished 25 July 2026\n\nInes Marrow "
                                    "has been elected to lead the dockers' union, its returning officer said.\n",
                                    encoding="utf-8")
    (seeds / "talk.txt").write_text("Ines Marrow: 'The cranes are coming'\nInterview by Ola Brisk\nPublished 10 "
                                    "November 2026 | Updated 11:15\n\nTen weeks after she was elected, Ines Marrow "
                                    "talks about the cranes the port wants to bring in.\n", encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=1.01)
    a = engine.answer("When was the Ines Marrow interview published?")
    assert a.found and a.source == "talk.txt" and a.text == "10 November 2026"
    a = engine.answer("What time was the Ines Marrow interview last updated?")
    assert a.found and a.text == "11:15" and engine.article_text("talk.txt")[a.start:a.end] == "11:15"


def test_a_date_in_figures_read_in_the_order_its_line_states_and_a_papers_report_updated(tmp_path, monkeypatch,
                                                                                         fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bees.txt").write_text("Pellby Evening Post\nDate: 03/06/2026 (the Post gives dates day/month/year)\n\n"
                                    "Heathland bees rebound\n\nWild bee numbers on the heaths have more than doubled "
                                    "since cattle grazing returned, a study finds.\n", encoding="utf-8")
    (seeds / "flood.txt").write_text("The Halby Courier\nFriday 6 February 2026\nUpdated: Friday 6 February 2026, "
                                     "18:20\n\nFlood death toll rises to six\n\nBy Jo Park\n\nSix people are now known "
                                     "to have died in the floods, the council said on Friday evening.\n", encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=1.01)
    a = engine.answer("When was the Pellby Evening Post story on heathland bees published?")
    assert a.found and a.text == "03/06/2026" and engine.article_text("bees.txt")[a.start:a.end] == a.text
    a = engine.answer("When was the Courier's report on the flood death toll last updated?")
    assert a.found and a.source == "flood.txt" and a.text == "Friday 6 February 2026, 18:20"


def test_a_pages_closing_last_modified_line_is_quoted_for_its_date(seeds, tmp_path, fake_encoder):
    (seeds / "dockers.html").write_text(
        "<html><head><title>Dockers back at work</title></head><body><article><h1>Dockers back at work</h1>"
        "<p>About 2,300 dockers returned to work at Brackwater port this morning after accepting a pay deal.</p>"
        "<p>The Dockers' Federation had demanded 7 per cent, and the strike lasted nine days in all.</p>"
        "<p class=\"modified\">Last modified: 14/03/2025</p></article></body></html>", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    for question in ("When was the story about the dockers going back to work published?",
                     "When was the dockers story last modified?"):
        a = engine.answer(question)
        assert a.found and a.text == "14/03/2025" and a.sentence == "Last modified: 14/03/2025", question
        assert engine.article_text("dockers.html")[a.start:a.end] == a.text


@pytest.mark.parametrize("question, asks", [
    ("Where was the FNA story on the MS Aldholm grounding filed from?", True),
    ("Where was the Herald's report on the library reopening datelined?", True),
    ("Where was the police report filed?", False), ("Where were the reports of abuse filed?", False),
    ("Where was the Dravpress unemployment story filed from?", True),
    ("Where was the complaint filed?", False),          # (a court's papers)
    ("Where was the ferry built?", False), ("When was the story filed?", False),
])
def test_what_asks_where_an_article_was_filed_from(question, asks):
    from qa.read.published import asks_where_filed

    assert asks_where_filed(question) is asks


def test_where_a_story_was_filed_from_is_its_datelines_place_or_its_correspondents(seeds, tmp_path, fake_encoder):
    (seeds / "library.txt").write_text(
        "Skelby gets its library back\n\nFrom our correspondent in Skelby\n\nThursday 12 June 2025\n\nThe first "
        "borrower through the doors of the new Skelby library on Wednesday was eight-year-old Noa Berg.\n",
        encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("Where was the story about the north quay reopening filed from?")
    assert a.found and (a.source, a.text) == ("quay.txt", "PORT ELLIS")
    assert engine.article_text("quay.txt")[a.start:a.end] == a.text
    a = engine.answer("Where was the report on the Skelby library filed from?")
    assert a.found and (a.source, a.text, a.sentence) == ("library.txt", "Skelby", "From our correspondent in Skelby")
    (seeds / "kyiv.txt").write_text("Aid convoy reaches the front\n\nThe convoy of 40 lorries reached the town on "
                                    "Monday, said Ana Lima, who has spent a decade reporting from Kyiv.\n",
                                    encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index2", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("Where was the story about the aid convoy of 40 lorries filed from?")
    assert not a.found                  # (a sentence's "reporting from Kyiv" is no credit line)
    a = engine.answer("Where was the story about the harbour bridge repairs filed from?")
    assert not a.found and a.notice.endswith("(bridge.txt) opens with no dateline saying where it was filed.")
