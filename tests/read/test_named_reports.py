"""A publisher's report named without a possessive ("the Ardle Evening Post report on …"), a follow-up
and a letters page as articles, and the credits a news archive's files give in other shapes: a
paper's name over a headline with its byline, "… Today" mastheads, a closing "Reporting by …, Role."
(made-up articles; fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.ingest.html import HtmlLoader
from qa.ingest.text import TextLoader, header_masthead, sign_off, today_masthead
from qa.read import decide
from qa.read.byline import asks_author
from qa.read.published import asks_date
from tests.fakes import SENTENCE

POST = """Ardle Evening Post

Tram depot to close with 80 jobs lost

By Rina Holt in Ardle
March 3, 2026

The Kelder tram depot will close next spring with the loss of 80 jobs, the transport authority said.

Drivers will move to the new depot at Orm Bridge, which opens in April.
"""
HERALD = """The Ardle Herald

Council approves new cycle lanes

By Tomas Vik
Tuesday 10 February 2026

The council approved 14 kilometres of new cycle lanes on Tuesday by nine votes to four.
"""
# No publisher in its metadata: the page links home with its name
HERON = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Heron count doubles on the Orm estuary</title>
</head><body><div class="topbar"><a href="/">Kelder Today</a> | <a href="/local">Local</a> | <a href="/login">Log in</a></div>
<div class="story"><h1>Heron count doubles on the Orm estuary</h1>
<div class="byline">Lisa Aune | Nature Reporter</div>
<p>Volunteers counted 212 grey herons on the Orm estuary this winter, twice the number the same count found
five years ago, after the tidal meadows were flooded again to give the birds more ground to feed on.</p>
<p>The count was organised by the Orm Wildlife Trust, whose warden, Piet Sand, said the birds had come back
faster than anyone on the project had hoped when the sea wall was opened in the autumn of 2021.</p>
<p>The trust will count again in the spring, when the herons nest in the alder woods above the estuary.</p>
</div><footer>Kelder Today &copy; 2026</footer></body></html>"""
BEETLES = """Kelder Today - Science

Rare beetle found in Orm woods for the first time in a century

A rare stag beetle has been found in the Orm woods for the first time in a hundred years, a study says.

The survey used 40 traps set between May and August.

Reporting by Ola Brenn, Science Correspondent. Additional reporting by Mia Dahl.
"""


@pytest.mark.parametrize("question, asks", [
    ("Who wrote the Courier's follow-up on the flood damage?", True),
    ("Who wrote the Ardle Evening Post report on the tram depot?", True),   # a masthead's word, no possessive
    ("Who wrote the Treasury report on the tram depot?", False),
    ("Who wrote the council's follow-up to the audit?", False),            # anyone's follow-up need not be one
    ("Who wrote the Sun Valley Council report on flooding?", False),       # a masthead's word in another name
    ("Who wrote the Press Complaints Commission report on the paper?", False),
    ("Who wrote the Evening Post Office report?", False),
])
def test_a_follow_up_and_a_papers_report_without_its_possessive_are_articles(question, asks):
    assert asks_author(question) is asks


@pytest.mark.parametrize("question, asks", [
    ("When was the letters page published?", True),
    ("When was the Courier's follow-up on the floods published?", False),  # a paper's: ``dated_by_named`` knows
    ("When was the report on the floods published?", False),          # a report, not the article
])
def test_a_letters_page_is_an_article_for_its_date(question, asks):
    assert asks_date(question) is asks


@pytest.fixture
def engine(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "depot.txt").write_text(POST, encoding="utf-8")
    (seeds / "lanes.txt").write_text(HERALD, encoding="utf-8")
    (seeds / "heron.html").write_text(HERON, encoding="utf-8")
    (seeds / "beetles.txt").write_text(BEETLES, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    return Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)


def test_a_report_named_by_its_publisher_without_a_possessive_is_answered_from_its_credits(engine):
    a = engine.answer("Who wrote the Ardle Evening Post report on the tram depot?")
    assert a.found and a.text == "Rina Holt" and a.source == "depot.txt"
    a = engine.answer("When was the Ardle Evening Post report on the tram depot published?")
    assert a.found and a.text == "March 3, 2026" and a.source == "depot.txt"
    a = engine.answer("When was the Herald's cycle lanes report published?")
    assert a.found and a.text == "Tuesday 10 February 2026" and a.source == "lanes.txt"
    a = engine.answer("Who wrote the Kelder Today report on the beetle study?")      # "Reporting by …, Role."
    assert a.found and a.text == "Ola Brenn" and a.source == "beetles.txt"
    a = engine.answer("Who wrote the Kelder Today story on the heron count?")        # no publisher known: may be theirs
    assert a.found and a.text == "Lisa Aune" and a.source == "heron.html"
    a = engine.answer("Who reviewed the cycle lanes plan for the Ardle Herald?")     # a review's writer, for a paper
    assert a.found and a.text == "Tomas Vik" and a.source == "lanes.txt"



def test_a_publisher_asked_when_it_reported_or_named_by_its_initials_is_answered_from_its_credits(engine):
    a = engine.answer("When did the Ardle Evening Post report on the tram depot?")
    assert a.found and a.text == "March 3, 2026" and a.source == "depot.txt"
    a = engine.answer("When did AEP cover the tram depot closure?")         # its initials, which no article writes
    assert a.found and a.text == "March 3, 2026" and a.source == "depot.txt" and "AEP" not in a.notice
    a = engine.answer("Who wrote AEP's story on the tram depot?")
    assert a.found and a.text == "Rina Holt" and a.source == "depot.txt"
    from qa.read.published import dated_by_named

    assert not dated_by_named(engine.index, "When did the police report on the tram depot?")   # no publisher
    assert dated_by_named(engine.index, "When was the depot closure reported in the Ardle Evening Post?")
    assert dated_by_named(engine.index, "When did the Ardle Evening Post first post its piece on the depot?")
    assert not dated_by_named(engine.index, "When was the depot fire reported to the police?")
    a = engine.answer("When was the tram depot closure reported in the Ardle Evening Post?")
    assert a.found and a.text == "March 3, 2026" and a.source == "depot.txt"
    assert not dated_by_named(engine.index, "When did AE report on the tram depot?")


def test_an_article_whose_publisher_is_unknown_may_be_the_one_a_publisher_is_named_for(tmp_path, fake_encoder,
                                                                                       monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "lanes.txt").write_text(HERALD, encoding="utf-8")
    (seeds / "depot.txt").write_text(POST.replace("Ardle Evening Post\n\n", ""), encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("Who wrote the Herald's report on the tram depot?")     # the Herald's own is on cycle lanes
    assert a.found and a.text == "Rina Holt" and a.source == "depot.txt"
    (seeds / "lanes.txt").write_text(HERALD.replace("on Tuesday", "beside the Kelder depot on Tuesday"),
                                     encoding="utf-8")
    engine.refresh()
    a = engine.answer("Who wrote the Herald's report on the Kelder tram depot?")     # its own holds no "tram"
    assert a.found and a.text == "Rina Holt" and a.source == "depot.txt"


@pytest.mark.parametrize("headline", ["The Last Post", "A Rising Star", "Here Comes The Sun", "Stop The Press",
                                      "Shooting Star", "Cold War Echo"])
def test_a_features_headline_ending_in_a_papers_word_is_no_masthead(headline):
    article = TextLoader().load(f"{headline}\n\nTeenager, 15, signs for Rovers\n\nBy Jo Park\nTuesday 9 December "
                                f"2025\n\nThe club signed the striker on Tuesday night.\n".encode())
    assert (article.title, article.publisher) == (headline, "")


def test_a_papers_name_over_a_headline_with_its_byline_is_the_publisher():
    article = TextLoader().load(POST.encode())
    assert (article.publisher, article.title, article.author) == \
        ("Ardle Evening Post", "Tram depot to close with 80 jobs lost", "Rina Holt")
    # a headline ending in a paper's word over a story, no byline under it: no masthead
    article = TextLoader().load(b"The Last Post\n\nBuglers gathered at the memorial on Sunday to play the Last "
                                b"Post for the town's war dead.\n\nThe service was led by the mayor.\n")
    assert article.publisher == ""
    article = TextLoader().load(b"Kelder Rovers Break Transfer Record\n\nStriker signs for 30m\n\nBy Jo Park\n"
                                b"Tuesday 9 December 2025\n\nKelder Rovers have signed the striker for a club record "
                                b"fee.\n")          # a headline's verb: no paper's name
    assert (article.publisher, article.title) == ("", "Kelder Rovers Break Transfer Record")


def test_a_today_masthead_in_a_mastheads_shape_or_linked_home():
    assert header_masthead("Kelder Today - Science") == "Kelder Today"
    assert header_masthead("KELDER TODAY - EXPLAINERS") == "Kelder Today"
    assert today_masthead("Today") == today_masthead("Breaking Today") == today_masthead("Kelder today") == ""
    assert TextLoader().load(BEETLES.encode()).publisher == "Kelder Today"
    assert HtmlLoader().load(HERON.encode()).publisher == ""     # a link home reading "… Today" may be "Open Today"


@pytest.mark.parametrize("line, reporters", [
    ("Reporting by Ola Brenn, Science Correspondent. Additional reporting by Mia Dahl.", ("Ola Brenn",)),
    ("Reporting by Ola Brenn. Additional reporting by Mia Dahl.", ("Ola Brenn",)),
    ("(Reporting by Ana Lima and Jo Park in London; Editing by Kim Ode)", ("Ana Lima", "Jo Park")),
    ("Reporting by Ana Lima, Tom Evans and Jo Park in Paris; editing by Kim Ode", ("Ana Lima", "Tom Evans", "Jo Park")),
    ("Reporting by the council, which said it would appeal.", None),
    ("Reporting by Ezra Holm, Oslo. Editing by Kim Ode.", ("Ezra Holm",)),           # a place, not a reporter
    ("Reporting by Ezra Holm, Reuters. Additional reporting by Mia Dahl.", ("Ezra Holm",)),
])
def test_a_closing_credit_in_sentences_names_its_reporters_not_their_roles(line, reporters):
    assert sign_off(line) == reporters


def test_the_named_papers_report_holding_all_but_one_word_beats_a_text_of_no_known_publisher(tmp_path, fake_encoder,
                                                                                              monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "herald.txt").write_text("The Kelder Herald\n\nTram depot closure approved\n\nBy Tomas Vik\nTuesday 3 "
                                      "March 2026\n\nThe closure of the tram depot on Mill Road after 90 years was "
                                      "approved by councillors on Tuesday.\n", encoding="utf-8")
    (seeds / "minutes.txt").write_text("Council minutes, 3 March\n\nItem 4: the vote on the tram depot closure. "
                                       "Councillors voted nine to four for the closure.\n", encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("Who wrote the Herald's report on the tram depot closure vote?")    # its own lacks "vote"
    assert a.found and a.text == "Tomas Vik" and a.source == "herald.txt"


def test_an_item_after_the_story_is_credited_to_its_own_byline(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "travel.txt").write_text(
        "Kelby bridge shut overnight as storm arrives\n\nBy Liv Amundsen\nWednesday 6 May 2026\n\nThe Kelby bridge "
        "will close to all traffic from 21:00 tonight as the storm brings gusts of 95 km/h, the roads agency said.\n\n"
        "In brief\n\nLifeboat gets new crew room\n\nBy Hakon Strand\n\nThe Orby lifeboat station opened its new crew "
        "building on Tuesday, and its coxswain cut the ribbon.\n", encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("Who wrote the item about the Orby lifeboat crew room?")
    text = engine.article_text("travel.txt")
    assert a.found and a.text == "Hakon Strand" and text[a.start:a.end] == a.text
    a = engine.answer("Who wrote the story about the Kelby bridge closing?")
    assert a.found and a.text == "Liv Amundsen"


def test_an_analysis_box_beside_the_story_is_credited_to_its_own_byline(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "pension.txt").write_text(
        "Pension age to rise to 68 by 2040\n\nBy Tove Lind\nWednesday 24 September 2025\n\nThe state pension age "
        "will rise from 66 to 68 by 2040 under a deal agreed late on Tuesday, the coalition said.\n\nAnalysis\n\n"
        "By Hugo Farrow, Economics Editor\n\nThe pension age matters less than the list of exempt jobs, and the "
        "indexation rule is the real driver of cost.\n", encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("Who wrote the Analysis box accompanying the pension age story?")
    assert a.found and a.text == "Hugo Farrow"
    assert engine.answer("Who wrote the pension age story?").text == "Tove Lind"


POEM = ("Poetry prize goes to harbour verse\nBy Ana Lima\n\nThe judges chose twelve poems from more than four hundred "
        "entries this year. The winning poem opens:\n\"The river is a road by night\nBy Moses Okafor\nthe lamps go out "
        "along the quay\"\n")
WIRE_END = ("Depot to close\nBy Ana Lima\n\nThe tram depot in Kelder will close in March with the loss of 80 jobs, the "
            "transport authority said.\n\nUnions said they would fight the closure.\n\n(Reporting by Jo Park; Editing "
            "by Kim Ode)\n")
LETTERS = ("Letters\n\nSir, the new cycle lanes on the seafront have made the town safer for everyone who rides to "
           "work.\nMaria Holt\nKelby, 3 March\n\nSir, the cycle lanes took away forty parking spaces.\nTom Berg\nAshby\n")


@pytest.mark.parametrize("text, question", [       # a review of the rule on made-up pages: no item's byline in these
    (POEM, "Who wrote the item about the quay at night?"),
    (WIRE_END, "Who wrote the item about the union fight?"),
    (LETTERS, "Who wrote the item about the cycle lanes?"),
])
def test_a_books_author_a_poems_line_a_sign_off_or_a_letters_signature_is_no_items_byline(text, question):
    from qa.read.byline import item_byline, story_subject

    assert item_byline(text, story_subject(question)) is None


@pytest.mark.parametrize("question, item", [
    ("Who wrote the item about the lifeboat?", True),
    ("Who wrote the In brief piece on the ferries?", True),
    ("Who wrote the story about the tram depot closing?", False),     # the story's own byline, whatever follows it
    ("Who wrote the article about the ferrymen?", False),
])
def test_only_a_question_naming_an_item_asks_for_an_items_byline(question, item):
    from qa.read.byline import _ITEM_ASKED

    assert bool(_ITEM_ASKED.search(question)) is item
