"""The text every offset points into: the index keeps each article's text, and a saved web page is
indexed, searched and quoted by its extracted article text (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from tests.fakes import SENTENCE
from tests.ingest.test_loaders import PAGE


@pytest.fixture
def engine(tmp_path, seed_dir, fake_encoder):
    (seed_dir / "ferry.html").write_text(PAGE, encoding="utf-8")
    return Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)


def test_a_saved_page_is_quoted_from_its_article_text(engine, seed_dir):
    a = engine.answer("How much are the battery-powered ferry boats worth?")
    assert a.found and a.source == "ferry.html"
    text = engine.article_text(a.source)
    assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence
    assert (a.title, a.date, a.publisher) == ("Ferry company orders two electric boats", "2024-05-14", "The Bayside Herald")
    assert "cookies" not in text and "Share on Facebook" not in text
    for p in a.passages:
        assert engine.article_text(p.source)[p.start:p.end] == p.text
    assert text != (seed_dir / "ferry.html").read_text()             # the page's text, not its HTML


def test_the_kept_text_is_what_was_indexed_even_after_the_file_changes(engine, seed_dir):
    before = engine.article_text("ferry.html")
    (seed_dir / "ferry.html").write_text(PAGE.replace("£18m", "£19m"), encoding="utf-8")
    assert engine.article_text("ferry.html") == before                 # until the next build
    engine.refresh()
    assert "£19m" in engine.article_text("ferry.html")


def test_a_text_files_article_text_is_the_file(engine, seed_dir):
    name = next(p.name for p in seed_dir.glob("*.txt"))
    assert engine.article_text(name) == (seed_dir / name).read_text(encoding="utf-8")
    with pytest.raises(KeyError):
        engine.article_text("not-indexed.txt")


def test_passages_carry_the_articles_metadata(engine):
    p = next(p for p in engine.retrieve("electric ferry boats order", 5) if p.source == "ferry.html")
    assert (p.title, p.date, p.publisher) == ("Ferry company orders two electric boats", "2024-05-14", "The Bayside Herald")
    seed = next(p for p in engine.retrieve("Russia North Korea air defense", 5) if p.source.endswith(".txt"))
    assert seed.publisher == "Washington Examiner" and seed.date == ""


def test_a_file_named_in_also_in_opens_the_same_text(engine, seed_dir):
    from tests.apphelp import SEED_NAME

    (seed_dir / "copy.txt").write_bytes((seed_dir / SEED_NAME).read_bytes())
    engine.refresh()
    a = engine.answer("What did Russia give North Korea?")
    assert a.source == SEED_NAME and a.also_in == ("copy.txt",)
    text = engine.article_text("copy.txt")                           # a name the answer gives opens
    assert text == engine.article_text(SEED_NAME) and text[a.start:a.end] == a.text
    with pytest.raises(KeyError):
        engine.article_text("missing.txt")
