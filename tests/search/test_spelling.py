"""Typing slips in a question, on made-up articles (their words stand in for an index's; no model)."""

from __future__ import annotations

import pytest

from qa.encode.words import tokenize
from qa.index.loaded import unaccented
from qa.search.spelling import corrected, not_mentioned, said, slipped, strangers, unmentioned

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
    "Who was the festivel's director?",         # a possessive: a name or a noun, too costly to guess at
    "Is Festivel in Leeds?",                    # capitalised after the first word: a name
    "Was the fest held?",                       # too short to guess at
    "Who is the festival director?",            # nothing to correct
])
def test_what_is_not_a_slip_is_left_as_typed(question):
    assert corrected(question, _uses()) == (question, ())


def test_an_acronym_no_article_holds_is_searched_written_out_when_they_hold_its_words():
    uses = _uses(ARTICLES + " Malik Strand was named the finals' most valuable player.")
    assert corrected("Who was named MVP of the finals?", uses) == (
        "Who was named most valuable player of the finals?", (("MVP", "most valuable player"),))
    assert corrected("Who was named MVP?", _uses()) == ("Who was named MVP?", ())          # nor its words
    mvp = _uses(ARTICLES + " The MVP was Malik Strand, the most valuable player.")
    assert corrected("Who was named MVP?", mvp) == ("Who was named MVP?", ())            # they hold it


@pytest.mark.parametrize("question", [
    "Who criticised the festival director?",    # the articles' "critic" stems as "criticized" would
    "What colour was the ferry?",
    "Who organised the drill in the town centre?",
    "Which programme analysed the siege?",
])
def test_a_british_spelling_is_no_slip(question):
    uses = _uses(ARTICLES + " The critic spoke of the color of the center; the program analyzed it and organized.")
    assert corrected(question, uses) == (question, ())


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


WRITTEN = {"bjork": "Björk", "mongke": "Möngke", "walesa": "Wałęsa", "rose": "rosé", "cafe": "café"}


def _accented(word: str):
    return WRITTEN.get(word.lower())


def test_a_word_typed_without_its_accents_is_searched_as_the_articles_write_it():
    q, fixes = corrected("What did Bjork's band say to Mongke, Walesa and the festivel?", _uses(), _accented)
    assert q == "What did Björk's band say to Möngke, Wałęsa and the festival?"     # names too
    assert fixes == (("Bjork", "Björk"), ("Mongke", "Möngke"), ("Walesa", "Wałęsa"), ("festivel", "festival"))
    assert corrected("Where is the cafe?", _uses(), _accented)[0] == "Where is the café?"


@pytest.mark.parametrize("question", [
    "Who rose to power?",                # a dictionary word in lower case is that word: "rose", not "rosé"
    "Rose to power, did he?",            # ... and opening the question
])
def test_a_dictionary_word_is_not_given_accents(question):
    assert corrected(question, _uses(), _accented) == (question, ())


@pytest.mark.parametrize("question, names", [
    ("When did the Tovaro Zorbex open in Leeds?", ("Tovaro Zorbex",)),
    ("How much did Quillon Varga pay for Plinkr at the festival?", ("Quillon Varga", "Plinkr")),
    ("How many copies did Marenka's album sell in Leeds?", ("Marenka",)),          # without the possessive
    ("How many copies did Marenka’s album sell in Leeds?", ("Marenka",)),
    ("Who was elected after Dorran Pike's second term?", ("Dorran Pike",)),
    ("Quillon Varga bought what in Leeds?", ("Quillon Varga",)),    # opening the question, with another name after it
    ("Leeds: who directed the festival?", ()),        # names the articles hold
    ("Quillon directed what?", ()),                     # a word opening the question alone is no name
    ("The festival was cancelled. Organisers said what?", ()),    # ... nor one opening a sentence
    ("Festival news: Organisers said what?", ()),
    ("WHO IS QUILLON VARGA?", ()),                       # all in capitals: no telling names apart
    ("What Did The Festival Director Say About Trops?", ()),      # Title Case: neither
    ("who directed the festivel?", ()),              # only capitalised words are names
    ("Did Bjork sing in Leeds?", ()),                # written with accents by the articles
    ("Did the US festival open?", ()),               # written "U.S." by them
    ("Did the I.B.M. festival open?", ("I.B.M.",)),
    ("Did Varga\u00a0Quillon sing?", ("Varga\u00a0Quillon",)),
    ("How long were the Chilean miners trapped?", ()),      # of Chile, Kenya, Canada, Israel, which they name
    ("Which Kenyan, Canadian and Israeli firms won?", ()),
    ("Which Zorbexian firm won?", ("Zorbexian",)),          # of no place they name
    ("What did Julian Rossi say?", ("Julian Rossi",)),       # names, not of "Julia" or "Ross" they hold
])
def test_names_no_article_holds(question, names):
    articles = _uses(ARTICLES + " The U.S. ferry. Ships from Chile, Kenya, Canada and Israel. Julia Ross.")
    assert unmentioned(question, articles, _accented) == names


@pytest.mark.parametrize("question, names, far", [
    ("Who sang at the Bedigo festival?", ("Bedigo",), ()),                   # a slip for "Bendigo"
    ("Where did Moncalm land?", ("Moncalm",), ()),                          # for "Montcalm"
    ("Did Celoran sail?", ("Celoran",), ()),                                # for "Céloron", accents aside
    ("Who bought Zorbex?", ("Zorbex",), ("Zorbex",)),
    ("When did the Northwind Wiq go on sale?", ("Wiq",), ("Wiq",)),          # short: no slip allowed ("win")
    ("What did Tomas Bendigo say?", ("Tomas",), ()),                        # a first name of a name they hold
    ("How many votes did the Zorbex UK candidate get?", ("Zorbex",), ("Zorbex",)),   # no first name before "UK"
    ("What did Tovaro O'Reilly say?", ("Tovaro",), ()),                        # a first name, "O'Reilly" after
    ("What did Tovaro Zorbex say?", ("Tovaro Zorbex",), ("Tovaro Zorbex",)),
    ("What did José say?", ("José",), ()),                                  # the same word, accents aside
    ("Who met in Łódź?", ("Łódź",), ()),
    ("What did Mr Ryehill say?", ("Ryehill",), ()),                         # two letters swapped
    ("Who owns the Okonkow firm?", ("Okonkow",), ()),
    ("Who is the CEO of Northwind?", ("CEO",), ()),                          # an acronym, maybe written out
    ("Where do the MPs sit?", ("MPs",), ()),
    ("What did Martin Okafer say?", ("Okafer",), ()),       # its stem "okaf" is far from "okafor"; the word is not
    ("How many A&E patients waited?", ("A&E",), ()),                        # maybe "accident and emergency"
])
def test_names_no_article_holds_nor_nearly_are_strangers(question, names, far):
    assert strangers(question, names, _HELD) == far


def _held_terms() -> dict[str, tuple[str, ...]]:
    terms: dict[str, list[str]] = {}
    for t in tokenize("Bendigo Montcalm Céloron win wig Jose Lodz Reyhill Okonkwo Okafor Musk"):
        terms.setdefault(unaccented(t)[:1], []).append(unaccented(t))
    return {k: tuple(v) for k, v in terms.items()}


_HELD = _held_terms


@pytest.mark.parametrize("names, meant", [
    (("Bedigo",), ("bendigo",)),
    (("Okafer", "Ryehill"), ("okafor", "reyhil")),     # terms: the articles' stems
    (("Jose",), ()),                    # held as typed: nothing else was meant
    (("Zorbex",), ()),
    (("Tomas Bedigo",), ("bendigo",)),
])
def test_the_words_the_articles_hold_that_a_slip_was_meant_for(names, meant):
    assert slipped(names, _HELD) == meant


def test_months_weekdays_honorifics_and_plural_acronyms_are_no_unknown_names():
    articles = _uses(ARTICLES + " The DSM was awarded.")
    assert unmentioned("What opened in March 2009 and on Tues 4 Feb?", articles, _accented) == ()
    assert unmentioned("When were the DSMs awarded?", articles, _accented) == ()
    assert unmentioned("What did Ms Zorbex and Dr Zorbex say?", articles, _accented) == ("Zorbex", "Zorbex")


def test_what_the_user_is_told_of_names_no_article_holds():
    assert not_mentioned(()) == ""
    assert not_mentioned(("Zorbex",)) == 'No article mentions "Zorbex".'
    assert not_mentioned(("Quillon Varga", "Plinkr", "Ostrel")) == 'No article mentions "Quillon Varga", "Plinkr" or "Ostrel".'
    many = tuple(f"Name{n}" for n in range(8))
    assert not_mentioned(many) == ('No article mentions "Name0", "Name1", "Name2", "Name3", "Name4" or 3 other names '
                                   'of the question.')


def test_an_index_knows_its_accented_words_and_answer_says_which_names_it_lacks(seed_dir, tmp_path):
    from qa.chat.engine import Engine
    from qa.settings import Settings
    from tests.fakes import SENTENCE, HashingEncoder

    (seed_dir / "music.txt").write_text("Björk sang with Hélène Dupont and Lech Wałęsa at the Möngke festival.\n",
                                        encoding="utf-8")
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    index = engine.index
    assert index.accented("Bjork") == "Björk" and index.accented("walesa") == "Wałęsa"
    assert index.accented("Helen") is None            # "Hélène": another name, whose stem is the same
    assert index.accented("festival") is None          # known as typed
    a = engine.answer("Where did Bjork sing?")
    assert a.searched == "Where did Björk sing?" and a.notice == 'Searched "Bjork" as "Björk".'
    assert engine.retrieve("Where did Bjork sing?") == engine.retrieve("Where did Björk sing?")
    a = engine.answer("When did the Tovaro Zorbex reach North Korea?")
    assert a.notice == 'No article mentions "Tovaro Zorbex".' and not a.found     # nothing here is about it
    a = engine.answer("Who sang with Helene Dupond?")           # "Dupont": a slip, answered, and said to be one
    assert a.found and a.notice.endswith('No article mentions "Dupond"; they mention "Dupont".')
    assert index.written("dupont") == "Dupont" and index.written("festiv") == "festival"
    assert index.written("zorbex") is None
    literal = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0,
                     settings=Settings(spelling=False))
    a = literal.answer("Where did Bjork sing with Helen?")
    assert a.searched == "Where did Bjork sing with Helen?" and a.notice == 'No article mentions "Helen".'


@pytest.mark.parametrize("question, other", [
    ("¿Qué le dio Rusia a Corea del Norte?", True),
    ("Qu'est-ce que la Russie a donné à la Corée du Nord?", True),
    ("¿Cuánto costó la renovación de la biblioteca?", True), ("Wer hat den Artikel über die Flut geschrieben?", True),
    ("Combien a coûté la rénovation de la bibliothèque?", True), ("Who wore the hat at the den?", False),
    ("Who is the chef de cuisine at Le Gavroche?", False),
    ("What did Russia give North Korea?", False),
    ("Who said que sera sera?", False),
    ("Who is Lucía de la Vega del Monte?", False), ("Where is the Café de la Paix des Artistes?", False),   # names
    ("¿Cuántas personas murieron en el incendio?", True), ("Wann begann der Brand in Halden?", True),
])
def test_a_question_in_another_language_is_told(question, other):
    from qa.search.spelling import foreign

    assert foreign(question) is other
