"""Typing slips in a question, on made-up articles (their words stand in for an index's; no model)."""

from __future__ import annotations

import pytest

from qa.encode.words import tokenize
from qa.search.spelling import corrected, not_mentioned, said, unmentioned

ARTICLES = ("The harbour festival director said the ferry missiles drill was cancelled. Troops and "
            "fishermen watched the siege of the old fort. The festival opens in Leeds on Friday.")


def _uses(text: str = ARTICLES):
    counts: dict[str, int] = {}
    for term in tokenize(text):
        counts[term] = counts.get(term, 0) + 1
    return lambda term: counts.get(term, 0)


@pytest.mark.parametrize("typed, searched", [
    ("Who is the festivel director?", "Who is the festival director?"),
    ("Waht did the director say?", "What did the director say?"),           # the first word, capitalised
    ("Who watched the seige?", "Who watched the siege?"),
    ("How many trops watched?", "How many troops watched?"),
    ("When does the festivel open, and who is its directer?", "When does the festival open, and who is its directer?"),
])
def test_a_slip_is_searched_as_the_word_the_articles_use(typed, searched):
    q, fixes = corrected(typed, _uses())
    assert q == searched and fixes


@pytest.mark.parametrize("question", [
    "What makes an egg yolk runny?",            # real words the articles never use: not slips
    "Who is Quillon Leeds?",                        # a capitalised name is left as typed
    "What did the NATO festivel say?".replace("festivel", "FESTIVEL"),   # capitals: an acronym
    "Why wasn't the drill held?",               # a contraction
    "Was the fest held?",                       # too short to guess at
    "Who is the festival director?",            # nothing to correct
])
def test_what_is_not_a_slip_is_left_as_typed(question):
    assert corrected(question, _uses()) == (question, ())


def test_what_the_user_is_told():
    q, fixes = corrected("Waht did the festivel director say?", _uses())
    assert q == "What did the festival director say?"
    assert said(fixes) == 'Searched "Waht" as "What", "festivel" as "festival".'


def test_answer_and_retrieve_search_the_corrected_question_and_answer_says_so(seed_dir, tmp_path):
    from qa.chat.engine import Engine
    from qa.settings import Settings
    from tests.fakes import SENTENCE, HashingEncoder

    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    a = engine.answer("How many trops did North Korea send?")
    assert a.searched == "How many troops did North Korea send?"
    assert a.notice == 'Searched "trops" as "troops".'
    assert engine.retrieve("How many trops did North Korea send?") == engine.retrieve(a.searched)
    literal = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0,
                     settings=Settings(spelling=False))
    assert literal.answer("How many trops did North Korea send?").searched == "How many trops did North Korea send?"


def test_a_word_typed_without_its_accents_is_searched_as_the_articles_write_it():
    accented = {"bjork": "björk", "mongk": "möngke"}.get
    q, fixes = corrected("What did Bjork say to Mongke and the festivel?", _uses(), accented)
    assert q == "What did Björk say to Möngke and the festival?"   # names too: nothing else reads that way
    assert fixes == (("Bjork", "Björk"), ("Mongke", "Möngke"), ("festivel", "festival"))
    assert corrected("What did Bjork say?", _uses("Bjork sang."), accented) == ("What did Bjork say?", ())


@pytest.mark.parametrize("question, names", [
    ("When did the Tovaro Zorbex open in Leeds?", ("Tovaro Zorbex",)),
    ("How much did Quillon Varga pay for Plinkr at the festival?", ("Quillon Varga", "Plinkr")),
    ("How many copies did Marenka's album sell in Leeds?", ("Marenka",)),          # without the possessive
    ("Who was elected after Dorran Pike's second term?", ("Dorran Pike",)),
    ("Leeds: who directed the festival?", ()),        # names the articles hold
    ("Quillon directed what?", ()),                     # the first word is not taken for a name
    ("WHO IS QUILLON VARGA?", ()),                       # all in capitals: no telling names apart
    ("who directed the festivel?", ()),              # only capitalised words are names
])
def test_names_no_article_holds(question, names):
    assert unmentioned(question, _uses()) == names


def test_what_the_user_is_told_of_names_no_article_holds():
    assert not_mentioned(()) == ""
    assert not_mentioned(("Zorbex",)) == 'No article mentions "Zorbex".'
    assert not_mentioned(("Quillon Varga", "Plinkr", "Ostrel")) == 'No article mentions "Quillon Varga", "Plinkr" or "Ostrel".'


def test_an_index_knows_its_accented_words_and_answer_says_which_names_it_lacks(seed_dir, tmp_path):
    from qa.chat.engine import Engine
    from tests.fakes import SENTENCE, HashingEncoder

    (seed_dir / "music.txt").write_text("Björk sang at the Möngke festival in Reykjavík on Friday.\n",
                                        encoding="utf-8")
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    assert engine.index.accented("bjork") == "björk" and engine.index.accented("festiv") is None
    a = engine.answer("Where did Bjork sing?")
    assert a.searched == "Where did Björk sing?" and a.notice == 'Searched "Bjork" as "Björk".'
    assert engine.retrieve("Where did Bjork sing?") == engine.retrieve("Where did Björk sing?")
    a = engine.answer("When did the Tovaro Zorbex reach North Korea?")
    assert a.notice == 'No article mentions "Tovaro Zorbex".'
