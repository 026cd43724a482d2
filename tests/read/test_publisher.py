"""'Which newspaper ran the story about …?': the publisher quoted from the article's masthead, or
from an article saying who reported it (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.byline import WHICH_ARTICLE
from qa.read.publisher import asks_publisher, asks_reporting_paper, reports_publishing
from qa.records import Answer
from tests.fakes import SENTENCE

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry crews vote to strike</title>
<meta property="og:site_name" content="Island Courier"></head><body><article><h1>Ferry crews vote to strike</h1>
<p>Ferry crews on the island routes have voted to strike for three days in April over pay.</p>
</article></body></html>"""


@pytest.mark.parametrize("question, asks", [
    ("Which newspaper reported the Tarrow Bridge closure?", True),
    ("Which newspaper's court report covered the record fine on Vireo Chemicals?", True),
    ("Which agency's sport desk filed the round-up in which Ferrowby Forge went top?", True),
    ("Which newspaper's editor covered the fine?", False),          # whose editor, not which paper's report
    ("Who published the article about the flood?", True),
    ("Which paper ran the story on the strike?", True),
    ("What site carried the news about the flood?", True),
    ("Who is the publisher of the article on the strike?", True),
    ("Which newspaper reported that the minister resigned?", False),   # what an article says was reported
    ("Who published the report on the bridge?", False),               # a report the articles tell of
    ("Who is the publisher of the novel?", False),
    ("Who published the novel?", False),
    ("Which agency ran the vaccine rollout?", False),                  # an agency, a site: no publisher of news
    ("Which sites ran out of vaccine?", False),
    ("Which publication ran the Penhaligon feature?", True),
    ("Which agency reported the Kelder mine rescue?", True),           # a news agency's story
    ("Which agency reported the rise in unemployment?", False),        # a statistics agency's figures
    ("Which agency reported that prices rose?", False),
    ("Which news agency filed the story on the rent cap bill?", True),     # an agency's story filed
    ("Which agency filed the complaint?", False),
    ("Who filed the story about the strike?", False),                  # its writer
    ("Which news agency filed the May 2025 report on the dock strike?", True),     # a news outlet's report on
    ("Which website published the report on the title win?", True),
    ("Which agency published the report on inflation?", False),            # a statistics agency's
    ("Which website published the report?", False),
])
def test_what_asks_who_published_an_article(question, asks):
    assert asks_publisher(question) is asks


def test_an_article_telling_who_published_a_story_answers_when_sure():
    told = Answer(question="q", found=True, text="Esk Valley Times", score=0.8,
                  sentence="The closure was first reported by the Esk Valley Times.")
    assert reports_publishing(told, 0.5)
    assert not reports_publishing(Answer(question="q", found=True, text="Esk Valley Times", score=0.3,
                                         sentence=told.sentence), 0.5)          # unsure
    assert not reports_publishing(Answer(question="q", found=True, text="parish council", score=0.9,
                                         sentence="About 120 homes flooded, according to the parish council."), 0.5)
    assert reports_publishing(Answer(question="q", found=True, text="Esk Valley Times", score=0.8,
                                     sentence="The Esk Valley Times revealed the plan in May."), 0.5)
    for text, sentence in [("Journal of Rural Health", "The study, published in the Journal of Rural Health, was "
                                                       "funded by a charity."),                     # a study's venue
                           ("council survey", "About 6,500 people use it, according to a council survey carried "
                                              "out last year.")]:
        assert not reports_publishing(Answer(question="q", found=True, text=text, score=0.9, sentence=sentence), 0.5)


def test_the_publisher_is_quoted_from_the_masthead_else_not_found_saying_why(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text("Harbour bridge to close for repairs – Esk Valley Times\n\nThe harbour bridge "
                                      "will close for six weeks of repairs from Monday, the council said.\n",
                                      encoding="utf-8")
    (seeds / "museum.txt").write_text("Museum reopens\n\nThe maritime museum reopened on Friday after a "
                                      "restoration of its warehouse.\n", encoding="utf-8")
    (seeds / "ferry.html").write_text(PAGE, encoding="utf-8")
    (seeds / "wire.txt").write_text("Kestrel Mining agrees takeover\n\nLONDON, Sept 2 (Meridian Wire) — Kestrel Mining "
                                    "has agreed to a takeover by Bardon Resources.\n", encoding="utf-8")
    (seeds / "strasse.txt").write_text("Straßensperre in Kelder\nKelder Post\n\nThe Kelder ring road will close for "
                                       "resurfacing in May.\n", encoding="utf-8")
    (seeds / "seagrass.txt").write_text("Seagrass stores more carbon than thought\n\nSeagrass meadows lock away twice "
                                        "as much carbon as thought, a study found.\n\nBy Sanna Lund, science "
                                        "correspondent, The Pellerin Tribune\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Which paper published the seagrass carbon study article?")      # in its byline after the story
    text = engine.article_text("seagrass.txt")
    assert a.found and a.text == "The Pellerin Tribune" == text[a.start:a.end] and a.source == "seagrass.txt"
    a = engine.answer("Which newspaper ran the story about the harbour bridge repairs?")
    text = engine.article_text("bridge.txt")
    assert a.found and a.text == "Esk Valley Times" and a.source == "bridge.txt" and a.line == 1
    assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence
    a = engine.answer("Who published the article about the maritime museum reopening?")
    assert not a.found and a.notice == "\"Museum reopens\" (museum.txt) names no publisher."
    a = engine.answer("Which site published the story about the ferry crews strike?")
    assert not a.found and "gives Island Courier as the publisher of \"Ferry crews vote to strike\" (ferry.html)" in a.notice
    a = engine.answer("Who published this story?", about=["bridge.txt"])
    assert a.found and a.text == "Esk Valley Times"
    a = engine.answer("Who published this story?")              # first, of several articles: which?
    assert not a.found and a.notice == WHICH_ARTICLE
    a = engine.answer("Which news agency reported the Kestrel Mining takeover by Bardon Resources?")
    assert a.found and a.text == "Meridian Wire" and engine.article_text("wire.txt")[a.start:a.end] == a.text
    a = engine.answer("Which newspaper reported the Kelder ring road resurfacing?")
    text = engine.article_text("strasse.txt")
    assert a.found and a.text == "Kelder Post" == text[a.start:a.end]      # offsets in the text as it is ("ß")


def test_which_paper_reported_that_something_happened_is_an_articles_word_else_the_publisher_of_the_story(
        tmp_path, fake_encoder, monkeypatch):
    assert asks_reporting_paper("Which paper reported that Calder Yards had landed the coastguard order?")
    assert not asks_reporting_paper("Which newspaper reported the bridge closure?")      # ``asks_publisher``'s
    assert not asks_reporting_paper("Which publisher reported that sales of the novel doubled?")     # a book's
    assert not reports_publishing(Answer(question="q", found=True, text="Northern Affairs", score=0.9,
                                         sentence="Rhea Sol, Northern Affairs Reporter"), 0.0)   # a byline's role
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "yard.txt").write_text("The Ardle Herald\n\nShipyard wins coastguard order\n\nBy Tomas Vik\n"
                                    "Tuesday 10 February 2026\n\nCalder Yards has landed an 880m order for six "
                                    "coastguard cutters, the company said.\n", encoding="utf-8")
    (seeds / "museum.txt").write_text("Museum reopens\n\nThe maritime museum reopened on Friday.\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Which paper reported that Calder Yards had landed the coastguard order?")
    assert a.found and (a.text, a.source) == ("The Ardle Herald", "yard.txt")
    assert engine.article_text("yard.txt")[a.start:a.end] == a.text


def test_an_agencys_name_with_its_initials_under_the_headline_is_quoted(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "yard.txt").write_text("SALTMERE YARD WINS LARGEST ORDER IN ITS HISTORY\nNorrevian Press Agency (NPA)\n"
                                    "04.06.2025\n\nSALTMERE, June 4 (NPA) - Saltmere Shipworks has signed a contract "
                                    "to build six supply vessels for Nordsund Offshore.\n", encoding="utf-8")
    (seeds / "museum.txt").write_text("Museum reopens\n\nThe maritime museum reopened on Friday.\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Which news agency reported the Saltmere shipyard's order from Nordsund Offshore?")
    assert a.found and a.text == "Norrevian Press Agency (NPA)" == engine.article_text("yard.txt")[a.start:a.end]


def test_the_masthead_a_page_shows_and_an_agency_of_a_noun_the_story_says_as_a_verb(tmp_path, fake_encoder,
                                                                                    monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ferry.html").write_text(PAGE.replace("<title>Ferry crews vote to strike</title>",
                                                   "<title>Ferry crews vote to strike | Transport | Island Courier"
                                                   "</title>"), encoding="utf-8")
    (seeds / "ships.txt").write_text("Two ships collide in fog\nPublished: 20 January 2026\n\nPORT ELLIS, 19 January "
                                     "(Harbour Wire Press) - A container ship and a tanker collided in thick fog "
                                     "off Gull Point on Monday.\n", encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Which site published the story about the ferry crews strike?")
    text = engine.article_text("ferry.html")
    assert text.startswith("Ferry crews vote to strike\nIsland Courier\n")          # as the <title> names it
    assert a.found and (a.text, a.sentence, a.line) == ("Island Courier", "Island Courier", 2)
    assert text[a.start:a.end] == a.text
    a = engine.answer("Which agency reported the collision off Gull Point?")     # the story says "collided"
    assert a.found and a.text == "Harbour Wire Press" and engine.article_text("ships.txt")[a.start:a.end] == a.text


def test_this_story_is_the_one_article_there_is(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text("Harbour bridge to close for repairs – Esk Valley Times\n\nThe harbour bridge "
                                      "will close for six weeks of repairs from Monday, the council said.\n",
                                      encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("Which news outlet published this?")
    assert a.found and a.text == "Esk Valley Times" and a.source == "bridge.txt"
