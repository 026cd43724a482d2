"""A file holding several stories (a news database's export): each story is read with its own headline, paper,
date and writer, indexed and cited as its own article, while every offset stays one into the file's text (fake
encoder; the sentence reader)."""

from __future__ import annotations

import json

import pytest

from qa.chat.engine import Engine
from qa.index.format import stories_of, story_entries
from qa.ingest.text import TextLoader, export_stories, factiva_header
from qa.records import Story
from tests.fakes import SENTENCE

NEXIS = ("Search terms: harbour AND ferry\nDownloaded: December 1, 2026\nResults: 3\n\n"
         "Document 1 of 3\n\nFerry fares to rise by a fifth on the Dunmore line\n\nThe Coastal Herald\n"
         "March 4, 2026 Wednesday\n\nSection: NEWS; Pg. 3\nLength: 212 words\nByline: Marta Quist\n\nBody\n\n"
         "Fares on the Dunmore ferry line will rise by 21 per cent from April, the operator Tidewater Lines said on "
         "Tuesday. A single crossing will cost 14 crowns, up from 11.5 crowns.\n\nLoad-Date: March 5, 2026\n\n"
         "End of Document\n\nDocument 2 of 3\n\nHarbour master quits after crane collapse\n\nThe Evening Lantern\n"
         "June 17, 2025 Tuesday\n\nLength: 180 words\nByline: By Pieter Voss\n\nBody\n\nThe harbour master of Port "
         "Selwyn, Hanna Brede, resigned on Monday, two weeks after a crane collapsed on the north quay. The port "
         "authority said an inquiry would report by September.\n\nLoad-Date: June 18, 2025\n\nEnd of Document\n\n"
         "Document 3 of 3\n\nNew ferry terminal opens in Kessel\n\nMorning Post\nNovember 2, 2025 Sunday\n\n"
         "Byline: Ilse Marken\n\nBody\n\nA new ferry terminal costing 48 million crowns opened in Kessel on "
         "Saturday. Mayor Johan Rask cut the ribbon.\n\nLoad-Date: November 3, 2025\n\nEnd of Document\n")

FACTIVA = ("Factiva\n\nPage 1 of 3 © 2025 Factiva, Inc. All rights reserved.\n\n"
           "HD Tram drivers vote to strike over rosters\nBY Sanne Holt\nWC 204 words\nPD 9 October 2025\n"
           "SN The Velden Courier\nSC VELCOU\nLA English\nCY Copyright 2025 Velden Courier\nLP\n"
           "Tram drivers in Velden have voted to strike for two days next week over new rosters, their union said "
           "on Thursday.\nTD\nThe union said 84 per cent of its members had backed the walkout.\n"
           "NS gtrans : Transport | gcat : Political/General News\nRE velden : Velden\n"
           "AN Document VELCOU0020251009el9a0000b\n\n\n"
           "HD Bakery chain to open forty shops\nBY Omar Lind\nWC 190 words\nPD 12 October 2025\n"
           "SN Velden Business Daily\nLA English\nLP\nThe bakery chain Kornhus will open forty shops across the "
           "country next year, creating about 600 jobs, its founder Greta Kornhus said.\nTD\nThe first will open in "
           "Aldby in February.\nAN Document VELBUS0020251012el9c0000d\n\n\nSearch Summary\n"
           "Text                 Velden and (trams or bakery)\nDate                 01/10/2025 to 31/10/2025\n"
           "Source               All Sources\nAuthor               All Authors\nLanguage             English\n"
           "Results Found        2\nTimestamp            26 October 2025 10:14\n")

# Nexis Uni's: the results list with its numbered headlines, each story on a new page ("Page 4 of 9"), closing with
# its classification and "End of Document"
NEXIS_UNI = ("Nexis Uni(TM)\n\nSearch terms: Velden AND ferry\nResults: 2\nDownloaded: March 6, 2026 11:42 AM EST\n\n"
             "1. Ferry fares to rise by a fifth\n2. Harbour master quits after crane collapse\n\nPage 2 of 5\n\n"
             "Ferry fares to rise by a fifth\n\nThe Coastal Herald\nMarch 4, 2026 Wednesday\n\n"
             "Length: 212 words\nByline: Marta Quist\n\nBody\n\nFares on the Dunmore ferry line will rise by 21 per "
             "cent from April, the operator said on Tuesday. A single crossing will cost 14 crowns.\n\n"
             "Classification\n\nLanguage: ENGLISH\n\nPublication-Type: Newspaper\n\n"
             "Subject: TRANSPORT (92%); PRICES (90%)\n\nLoad-Date: March 5, 2026\n\nEnd of Document\n\n"
             "Page 4 of 5\n\nHarbour master quits after crane collapse\n\nThe Evening Lantern\nJune 17, 2025 Tuesday\n\n"
             "Byline: Pieter Voss\n\nBody\n\nThe harbour master of Port Selwyn, Hanna Brede, resigned on Monday, two "
             "weeks after a crane collapsed on the north quay.\n\nClassification\n\nLanguage: ENGLISH\n\n"
             "Load-Date: June 18, 2025\n\nEnd of Document\n")


def test_an_export_is_split_into_its_stories_each_with_its_own_credits():
    a = TextLoader().load(NEXIS.encode())
    assert [(s.title, s.publisher, s.date, s.author) for s in a.stories] == [
        ("Ferry fares to rise by a fifth on the Dunmore line", "The Coastal Herald", "2026-03-04", "Marta Quist"),
        ("Harbour master quits after crane collapse", "The Evening Lantern", "2025-06-17", "Pieter Voss"),
        ("New ferry terminal opens in Kessel", "Morning Post", "2025-11-02", "Ilse Marken")]
    assert (a.title, a.publisher, a.date, a.author) == (a.stories[0].title, "The Coastal Herald", "2026-03-04",
                                                        "Marta Quist")      # the file's: its first story's
    assert a.stories[0].start == NEXIS.index("Document 1 of 3") and a.stories[-1].end == len(NEXIS)
    for s, t in zip(a.stories, a.stories[1:]):
        assert s.end == t.start
    for lo, hi in a.blocks:         # every block inside one story; no furniture, labels or preamble quoted
        assert any(s.start <= lo and hi <= s.end for s in a.stories)
        for furniture in ("End of Document", "Search terms", "Body", "Section:"):
            assert furniture not in a.text[lo:hi]
    assert any("48 million crowns" in a.text[lo:hi] for lo, hi in a.blocks)


def test_a_factiva_export_splits_at_its_accession_numbers_and_reads_its_codes():
    a = TextLoader().load(FACTIVA.encode())
    assert [(s.title, s.publisher, s.date, s.author) for s in a.stories] == [
        ("Tram drivers vote to strike over rosters", "The Velden Courier", "2025-10-09", "Sanne Holt"),
        ("Bakery chain to open forty shops", "Velden Business Daily", "2025-10-12", "Omar Lind")]
    quoted = " ".join(a.text[lo:hi] for lo, hi in a.blocks)
    assert "84 per cent of its members" in quoted and "600 jobs" in quoted
    for furniture in ("VELCOU0020251009el9a0000b", "gtrans : Transport", "WC 204 words", "LA English", "Factiva, Inc.",
                      "Search Summary", "Results Found"):     # (the search's summary after the last: no story)
        assert furniture not in quoted
    fields, start = factiva_header(FACTIVA)
    assert fields["title"] == "Tram drivers vote to strike over rosters" and FACTIVA[start:].lstrip().startswith("Tram")
    assert a.stories[-1].end < FACTIVA.index("Search Summary")
    assert factiva_header("HD\nA headline alone on a code's next line\nPD 1 May 2025\nLP\nText.")[0]["title"] == \
        "A headline alone on a code's next line"
    assert factiva_header("HD is the abbreviation.\nIt is no header.")[0] == {}


def test_nexis_unis_results_list_page_numbers_and_classification_are_no_storys():
    a = TextLoader().load(NEXIS_UNI.encode())
    assert [(s.title, s.publisher, s.date, s.author) for s in a.stories] == [
        ("Ferry fares to rise by a fifth", "The Coastal Herald", "2026-03-04", "Marta Quist"),
        ("Harbour master quits after crane collapse", "The Evening Lantern", "2025-06-17", "Pieter Voss")]
    assert a.stories[0].start == NEXIS_UNI.index("Ferry fares to rise by a fifth\n\nThe Coastal")
    quoted = " ".join(a.text[lo:hi] for lo, hi in a.blocks)
    for furniture in ("Search terms", "Page 4 of 5", "Publication-Type", "TRANSPORT (92%)", "Classification"):
        assert furniture not in quoted
    assert "14 crowns" in quoted and "north quay" in quoted


@pytest.mark.parametrize("text", [
    "Document 1 of 1\n\nOne story\n\nThe Post\nMay 1, 2025\n\nBody\n\nIt says something about a ferry.\n",
    "Ferries\n\nThe council's Document 2 of 3 on the ferries is out. Its Document 3 of 3 follows.\n",
    "Ferries\n\nThe minutes say:\nDocument 2 of 5\nand later\nDocument 4 of 5\nwere missing.\n",
    "A story\n\nSome text of the story here, long enough.\n\nEnd of Document\n",
])
def test_a_file_of_one_story_is_not_split(text):
    assert export_stories(text) == [] and TextLoader().load(text.encode()).stories == ()


def test_stories_round_trip_through_a_manifest_entry():
    stories = (Story(0, 10, "A", "2025-01-02", "The Post", "Jo Park"), Story(10, 20, "B"))
    entries = story_entries(stories)
    assert entries[1] == {"span": [10, 20], "title": "B"}
    assert stories_of(json.loads(json.dumps(entries))) == stories


@pytest.fixture
def engine(tmp_path, fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "export.txt").write_text(NEXIS, encoding="utf-8")
    (seeds / "other.txt").write_text("Gull numbers fall\n\nThe number of gulls nesting on the cliffs fell by a third "
                                     "this year, counters said.\n", encoding="utf-8")
    return Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)


def test_each_story_of_an_export_is_an_article_of_the_index(engine, tmp_path):
    index = engine.index
    docs = [d for d in index.documents if d["source"] == "export.txt"]
    assert [d["title"] for d in docs] == [s.title for s in TextLoader().load(NEXIS.encode()).stories]
    assert len({tuple(d["text"]) for d in docs}) == 1               # one text, every offset into it
    assert [d["rows"][0] for d in docs] == sorted(d["rows"][0] for d in docs)
    manifest = json.loads((tmp_path / "index" / "manifest.json").read_text())
    entry = next(d for d in manifest["documents"] if d["source"] == "export.txt")
    assert [s["publisher"] for s in entry["stories"]] == ["The Coastal Herald", "The Evening Lantern", "Morning Post"]
    second = index.document_at("export.txt", NEXIS.index("Hanna Brede"))
    assert index.documents[second]["title"] == "Harbour master quits after crane collapse"
    assert index.document_number("export.txt") == index.documents.index(docs[0])      # the file's first story
    assert "Hanna Brede" in index.story_text(second) and "Kessel" not in index.story_text(second)
    assert list(index.documents_of("export.txt")) == [index.documents.index(d) for d in docs]


def test_a_passage_and_an_answer_cite_their_own_story(engine):
    a = engine.answer("How much did the new ferry terminal in Kessel cost?")
    assert a.found and a.source == "export.txt" and "48 million crowns" in a.sentence
    assert (a.title, a.date, a.publisher) == ("New ferry terminal opens in Kessel", "2025-11-02", "Morning Post")
    assert engine.article_text("export.txt")[a.start:a.end] == a.text
    p = next(p for p in engine.retrieve("harbour master resigned crane collapse", 5) if "Hanna Brede" in p.text)
    assert (p.title, p.date, p.publisher) == ("Harbour master quits after crane collapse", "2025-06-17",
                                              "The Evening Lantern")


def test_who_wrote_and_when_are_the_storys_own(engine):
    a = engine.answer("Who wrote the story about the harbour master who resigned after the crane collapse?")
    assert a.found and a.text == "Pieter Voss" and a.title == "Harbour master quits after crane collapse"
    assert engine.article_text("export.txt")[a.start:a.end] == "Pieter Voss"
    a = engine.answer("When did the Evening Lantern report the harbour master's resignation?")
    assert a.found and a.text == "June 17, 2025"


def test_the_apps_table_lists_each_story_and_its_file_picker_the_file_once(engine):
    from qa.chat.present import documents_html, file_choices

    docs = engine.index.documents
    assert "4 articles indexed" in documents_html(docs)            # three stories and the other file
    assert "Harbour master quits after crane collapse" in documents_html(docs)
    assert [value for _, value in file_choices(docs, engine.index.manifest)] == ["export.txt", "other.txt"]
    assert engine.refresh().documents == 2                          # files, as the build reports them


def test_a_storys_own_results_headings_are_no_results_list():
    story = ("Ski jump: Dahl wins at home\n\nThe Coastal Herald\nMarch 4, 2026\n\nPer Dahl won the large hill event "
             "on Sunday in front of 20,000 people, the first home win in a decade.\n\nResults:\n1. Per Dahl (NOR) 290.2\n"
             "2. Ola Lund (NOR) 281.0\n\nStandings: Dahl leads the overall table.\nResults: the next event is on Friday."
             "\n\nEnd of Document\n\n")
    text = story + NEXIS_UNI.split("End of Document\n\n", 1)[1]
    assert export_stories(text)[0][0] == 0          # (its list of results is the story's, well under its headline)


def test_a_results_lists_labels_need_their_colon_or_column():
    text = NEXIS_UNI.replace("Search terms: Velden AND ferry\nResults: 2\nDownloaded: March 6, 2026 11:42 AM EST\n\n"
                             "1. Ferry fares to rise by a fifth\n2. Harbour master quits after crane collapse\n\n", "")
    story = text.index("Ferry fares")
    first = text[:story] + "Results of the vote were announced at noon.\n\nPrepared for the worst, people waited.\n\n"
    assert export_stories(first + text[story:])[0][0] == 0       # prose, no results list: the story starts at once


def test_a_files_name_dates_its_stories_that_give_no_date(tmp_path):
    from qa.ingest.seeds import load_document

    (tmp_path / "2025-06-30_export.txt").write_text(NEXIS.replace("June 17, 2025 Tuesday\n", ""), encoding="utf-8")
    doc = load_document(tmp_path / "2025-06-30_export.txt", tmp_path)
    assert [s.date for s in doc.stories] == ["2026-03-04", "2025-06-30", "2025-11-02"]


def test_stories_that_do_not_cover_a_files_rows_leave_it_one_article(engine):
    from qa.index.loaded import story_documents

    manifest = engine.index.manifest
    entry = next(d for d in manifest["documents"] if d["source"] == "export.txt")
    broken = {**entry, "stories": [{**s, "span": [s["span"][0] + 5000, s["span"][1] + 5000]} for s in entry["stories"]]}
    assert [d["title"] for d in story_documents([broken], engine.index.table)] == [entry["title"]]


def test_the_translator_and_editor_are_the_storys_own(tmp_path, fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = NEXIS.replace("Load-Date: March 5, 2026", "Translated by Nora Eide.\n\n(Editing by Olav Brenn)\n\n"
                                                     "Load-Date: March 5, 2026")
    (seeds / "export.txt").write_text(text, encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    for question in ("Who translated the story about the harbour master who resigned after the crane collapse?",
                     "Who edited the story about the harbour master who resigned after the crane collapse?"):
        a = engine.answer(question)
        assert a.text not in ("Nora Eide", "Olav Brenn"), question      # the first story's credits, not the second's
    a = engine.answer("Who translated the story about the Dunmore ferry fares rising by a fifth?")
    assert a.found and a.text == "Nora Eide"


def test_the_api_lists_each_story_with_its_span_and_gives_a_files_first_story(engine):
    from qa.chat import api

    stories = [r for r in api.articles(engine) if r["source"] == "export.txt"]
    assert [r["publisher"] for r in stories] == ["The Coastal Herald", "The Evening Lantern", "Morning Post"]
    assert all(NEXIS[slice(*r["story"])].startswith("Document") for r in stories)
    record = api.article(engine, "export.txt")
    assert record["publisher"] == "The Coastal Herald" and record["text"] == NEXIS and not record["error"]
    assert "story" not in next(r for r in api.articles(engine) if r["source"] == "other.txt")


def test_a_follow_up_about_this_story_is_about_the_story_answered_from(engine):
    from qa.chat.conversation import Turn, follows, follows_story

    a = engine.answer("How much did the new ferry terminal in Kessel cost?")
    assert a.title == "New ferry terminal opens in Kessel"
    turns = [Turn(question=a.question, searched=a.question, answer=a.text, sentence=a.sentence, source=a.source,
                  start=a.start)]
    assert follows_story(turns) == ("export.txt", a.start) and follows_story([]) == ("", -1)
    who = engine.answer("Who wrote this story?", about=follows(turns), story=follows_story(turns))
    assert who.found and who.text == "Ilse Marken" and who.title == "New ferry terminal opens in Kessel"
    when = engine.answer("When was this story published?", about=follows(turns), story=follows_story(turns))
    assert when.found and when.text == "November 2, 2025"
