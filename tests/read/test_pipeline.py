"""The reading pipeline with the fake encoder (offsets, de-duplication, what is read and with what
context, the features of each stage) and, with the real model, the seed."""

from __future__ import annotations

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.read import pipeline
from qa.read.features import FINAL_FEATURES, TOPIC_FEATURES, Choice
from qa.read.normalize import normalize_answer
from qa.read.reader import Reading
from qa.records import Answer
from tests.conftest import SEED
from tests.fakes import SENTENCE

SEED_NAME = SEED.name
SEED_TEXT = SEED.read_text(encoding="utf-8")


QUESTIONS = [
    "What did Russia give North Korea?",
    "Who is South Korea's national security adviser?",
    "How many troops did North Korea send?",
    "What did the U.S. provide Ukraine?",
    "What did Kim say in a speech?",
]


@pytest.fixture
def fake_engine(seed_dir, tmp_path, fake_encoder):
    """Answers every question (the calibrated threshold is for the real model)."""
    return Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)


def _check_offsets(a: Answer, text: str) -> None:
    assert text[a.start:a.end] == a.text
    assert text[a.sentence_start:a.sentence_end] == a.sentence
    assert a.sentence_start <= a.start < a.end <= a.sentence_end
    assert text.count("\n", 0, a.start) + 1 == a.line
    assert 0.0 <= a.score <= 1.0


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_answer_quotes_the_file_exactly(fake_engine, question):
    a = fake_engine.answer(question, k=5)
    assert a.found
    for x in (a,) + a.alternatives:
        assert x.found and x.source == SEED_NAME
        _check_offsets(x, SEED_TEXT)
    for p in a.passages:
        assert SEED_TEXT[p.start:p.end] == p.text


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_quote_twice_from_overlapping_chunks(fake_engine, question):
    a = fake_engine.answer(question, k=5)
    if a.found:
        spans = [(x.source, x.sentence_start) for x in (a,) + a.alternatives]
        texts = [normalize_answer(x.text) for x in (a,) + a.alternatives]
        assert len(set(spans)) == len(spans) and len(set(texts)) == len(texts)
    starts = [(p.start, p.end) for p in a.passages]
    assert len(set(starts)) == len(starts)


def test_below_the_threshold_it_abstains_with_closest_passages(seed_dir, tmp_path, fake_encoder):
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=1.01)
    a = engine.answer("What is the recipe for sourdough bread with rye flour?", k=3)
    assert not a.found and a.text == "" and a.start == -1 and 0.0 <= a.score <= 1.0
    assert 1 <= len(a.passages) <= 3


def test_topic_features_per_read_sentence(fake_engine):
    d = pipeline.deliberate(fake_engine.index, fake_engine.encoder, fake_engine.reader,
                             "What did Russia give North Korea?", 5)
    final = np.arange(len(d.picked), dtype=np.float64)
    x = TOPIC_FEATURES.matrix(Choice(final, d))
    col = {name: i for i, name in enumerate(TOPIC_FEATURES.names)}
    assert x.shape == (len(d.picked), len(TOPIC_FEATURES.names))
    assert x[:, col["final"]].tolist() == final.tolist()
    assert np.all(x[:, col["article_share"]] == 1.0)                # one article: every top chunk is its
    assert np.all(x[:, col["best_coverage_ctx"]] >= x[:, col["coverage_ctx"]])
    assert np.all(np.isin(x[:, col["kind_match"]], [0.0, 1.0]))
    assert np.all(x[:, col["name_coverage"]] == 1.0)                # Russia, North Korea: all in the article
    d = pipeline.deliberate(fake_engine.index, fake_engine.encoder, fake_engine.reader,
                             "What did Zanzibar give North Korea?", 5)
    x = TOPIC_FEATURES.matrix(Choice(np.zeros(len(d.picked)), d))
    assert np.all((0.0 < x[:, col["name_coverage"]]) & (x[:, col["name_coverage"]] < 1.0))


class _UnsureReader:
    """Finds no answer anywhere (margin -5), and remembers what it was asked to read."""

    def __init__(self):
        self.calls: list[list[str]] = []
        self.context: list[tuple[str, str]] = []

    def read(self, question, sentences, titles=None, previous=None):
        self.calls.append(list(sentences))
        self.context.extend(zip(titles, previous))
        return [Reading(0, len(s), -5.0, 0.0) for s in sentences]


def test_when_no_sentence_read_holds_an_answer_it_reads_further_without_rereading(fake_engine):
    reader = _UnsureReader()
    d = pipeline.deliberate(fake_engine.index, fake_engine.encoder, reader, "What did Russia give North Korea?", 5)
    first, second = reader.calls
    assert len(first) == fake_engine.settings.read_sentences and 0 < len(second) and not set(first) & set(second)
    assert len(d.picked) == len(d.readings) == fake_engine.settings.wider_read == len(first) + len(second)
    for i, r in zip(d.picked, d.readings):                          # each reading is of its own sentence
        assert r.end == len(d.evidence.texts[i])
    assert FINAL_FEATURES.matrix(d).shape == (fake_engine.settings.wider_read, len(FINAL_FEATURES.names))


def test_a_sure_reading_reads_no_further(fake_engine):
    reader = _UnsureReader()
    reader.read = lambda q, sentences, titles=None, previous=None: (reader.calls.append(list(sentences)) or
                                                     [Reading(0, len(s), 5.0, 0.0) for s in sentences])
    d = pipeline.deliberate(fake_engine.index, fake_engine.encoder, reader, "What did Russia give North Korea?", 5)
    assert len(reader.calls) == 1 and len(d.picked) == fake_engine.settings.read_sentences


def test_the_sentence_before_is_never_taken_across_articles_or_from_a_deleted_one():
    import types

    docs = [0, 0, 1, 1, -1, 2]                          # sentence rows → document (-1: deleted)
    chunk = [0, 0, 1, 1, -1, 2]
    from qa.index.loaded import Index

    index = types.SimpleNamespace(sentences=np.zeros((len(docs), 2)), sentence_chunk=np.array(chunk),
                                  sentence_document=lambda s: docs[s], sentence_text=lambda s: f"s{s}")
    index.same_article = lambda srow, other: Index.same_article(index, srow, other)   # the real rule
    assert [pipeline.previous_sentence(index, s) for s in (0, 1, 2, 3, 5)] == ["", "s0", "", "s2", ""]


def test_the_reader_is_given_each_sentences_title_and_the_sentence_before_it(fake_engine):
    index = fake_engine.index
    doc = index.documents[0]
    lo, hi = doc["sentence_rows"]
    assert pipeline.previous_sentence(index, lo) == ""                   # an article's first sentence
    assert pipeline.previous_sentence(index, lo + 1) == index.sentence_text(lo)
    reader = _UnsureReader()
    d = pipeline.deliberate(index, fake_engine.encoder, reader, "What did Russia give North Korea?", 5)
    srows = [int(d.evidence.srows[i]) for i in d.picked]
    assert sorted(reader.context) == sorted((index.documents[index.sentence_document(s)]["title"],
                                             pipeline.previous_sentence(index, s)) for s in srows)
    assert any(prev for _, prev in reader.context)


def test_empty_question_is_refused(fake_engine):
    with pytest.raises(ValueError, match="empty"):
        fake_engine.answer("   ")


# -- the real model ------------------------------------------------------------------------------
@pytest.fixture
def real_engine(real_seed_engine):
    return real_seed_engine


@pytest.mark.slow
def test_real_seed_question_finds_the_missiles(real_engine):
    a = real_engine.answer("What did Russia give North Korea?")
    assert a.found and a.source == SEED_NAME
    assert "anti-aircraft missiles" in a.sentence
    assert "anti-aircraft missiles" in a.text
    _check_offsets(a, SEED_TEXT)


@pytest.mark.slow
@pytest.mark.parametrize("question,expected", [
    ("Who is South Korea's national security adviser?", "Shin Won-sik"),
    ("Which broadcaster did Shin Won-sik talk to?", "SBS"),
    ("How many troops did North Korea provide?", "10,000"),
])
def test_real_short_answers(real_engine, question, expected):
    a = real_engine.answer(question)
    assert a.found and expected in a.text
    _check_offsets(a, SEED_TEXT)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "What is the capital of Peru?",
    "Who won the 2018 football World Cup?",
    "How do I bake sourdough bread?",
])
def test_real_off_topic_questions_abstain(real_engine, question):
    a = real_engine.answer(question)
    assert not a.found and a.passages


@pytest.mark.slow
@pytest.mark.parametrize("question", QUESTIONS)
def test_real_offsets_and_no_duplicates(real_engine, question):
    a = real_engine.answer(question)
    for x in (a,) + a.alternatives:
        if x.found:
            _check_offsets(x, SEED_TEXT)
    keys = [(x.source, x.sentence_start) for x in (a,) + a.alternatives if x.found]
    assert len(set(keys)) == len(keys)


def test_a_name_only_a_publisher_or_a_byline_gives_is_no_stranger():
    from types import SimpleNamespace

    from qa.read.pipeline import _credited

    index = SimpleNamespace(documents=[{"publisher": "GadgetLine", "author": "Kenji Morland"}, None,
                                       {"publisher": "", "author": ""}], derived={})
    assert _credited(index, "GadgetLine") and _credited(index, "Kenji Morland")
    assert not _credited(index, "Zorbex") and not _credited(index, "Morland")     # a word of one is no name of it


def test_an_interviews_answer_counts_the_name_of_the_one_interviewed(tmp_path, fake_encoder):
    """"A: I work as a physiotherapist." says "I" for the one interviewed: a question naming her covers it."""
    from qa.read.evidence import gather

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "interview.txt").write_text(
        "I row because my head goes quiet\n\nLena Marsh, 29, is the world champion sculler. She spoke to Ivo Brandt.\n\n"
        "Q: You still work part-time. Why?\n\nA: I work two days a week as a physiotherapist at the hospital.\n",
        encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    index = engine.index
    question = "What is Lena Marsh's part-time job?"
    rows = np.arange(index.size)
    ev = gather(index, question, engine.encoder.encode([question])[0], rows)
    answer = next(i for i, t in enumerate(ev.texts) if "physiotherapist" in t)
    asked = next(i for i, t in enumerate(ev.texts) if "part-time" in t)
    assert ev.coverage[answer] > 0.3               # "lena", "marsh" (its own words have none of the question's)
    why = next(i for i, t in enumerate(ev.texts) if t.strip() == "Why?")
    assert ev.coverage[why] == 0.0                 # the interviewer's words are not hers
    assert ev.coverage_ctx[why] > ev.coverage[asked]       # beside her answer


def test_a_ledes_reader_context_is_the_next_sentence_naming_who_it_describes(tmp_path, fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "court.txt").write_text(
        "Former ferry boss jailed\n\nBy Ana Lima in Lisk\n\nA former managing director of the ferry company has been "
        "jailed for six years for fraud.\n\nGustav Pell, 57, of Harbour Road, was sentenced on Wednesday.\n\n"
        "He had denied all charges.\n", encoding="utf-8")
    (seeds / "plain.txt").write_text(
        "Bridge to close\n\nThe harbour bridge will close for repairs from Monday.\n\nMara Lind, 44, a councillor, "
        "said the works were overdue.\n", encoding="utf-8")
    index = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    rows = {index.sentence_text(r).strip(): r for r in range(len(index.sentences))}
    lede = rows["A former managing director of the ferry company has been jailed for six years for fraud."]
    assert pipeline.context_sentence(index, lede) == index.sentence_text(lede + 1)     # "Gustav Pell, 57, …"
    after = rows["He had denied all charges."]
    assert pipeline.context_sentence(index, after) == pipeline.previous_sentence(index, after)
    bridge = rows["The harbour bridge will close for repairs from Monday."]
    assert pipeline.context_sentence(index, bridge).startswith("Mara Lind, 44")
    assert not pipeline._NAMED_WITH_AGE.match("On Tuesday, 300,000 people marched.")     # a day and a count


def test_a_question_in_another_language_says_so_and_names_no_missing_name(fake_engine):
    from qa.search.spelling import FOREIGN

    a = fake_engine.answer("¿Qué le dio Rusia a Corea del Norte?")
    assert FOREIGN in a.notice and "No article mentions" not in a.notice and "Searched" not in a.notice


def test_a_month_asked_reads_that_months_stories_first_when_none_of_the_best_is(tmp_path, fake_encoder):
    from qa.read.pipeline import _of_the_month

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n, date in enumerate(("3 March 2026", "9 May 2026", "14 October 2025")):
        (seeds / f"story{n}.txt").write_text(f"Aaskov story {n}\n\nPublished {date}\n\nMaren Aaskov spoke on Monday.\n",
                                             encoding="utf-8")
    index = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    rows = np.array(sorted(range(index.size), key=lambda r: -int(index.row_doc[r])), dtype=np.int64)
    rows = np.array([r for r in rows if index.documents[int(index.row_doc[r])].get("date") != "2025-10-14"]
                    + [r for r in rows if index.documents[int(index.row_doc[r])].get("date") == "2025-10-14"])
    scores = np.arange(len(rows), dtype=np.float32)
    got, _ = _of_the_month(index, "What was Maren Aaskov's job in October 2025?", rows, scores, 1)
    assert index.documents[int(index.row_doc[got[0]])].get("date") == "2025-10-14"
    same, _ = _of_the_month(index, "What was Maren Aaskov's job in 2025?", rows, scores, 1)     # no month named
    assert same.tolist() == rows.tolist()
    (seeds / "undated.txt").write_text("Aaskov profile\n\nMaren Aaskov spoke on Monday.\n", encoding="utf-8")
    index = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    rows = np.arange(index.size, dtype=np.int64)
    _of_the_month(index, "What was Maren Aaskov's job in October 2025?", rows, rows.astype(np.float32), 1)  # no date


def test_the_year_and_month_an_article_is_dated_count_as_its_words(tmp_path, fake_encoder):
    from qa.encode.words import tokenize
    from qa.read.evidence import article_coverage, dated_words

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "strike.txt").write_text("Ferry crews walk out\n\nPublished 14 March 2025\n\nCrews on the Lunmar Line "
                                      "ferries walked off the job on Thursday.\n", encoding="utf-8")
    (seeds / "undated.txt").write_text("Ferry crews walk out\n\nCrews on the Lunmar Line ferries walked off the job "
                                       "on Thursday.\n", encoding="utf-8")
    index = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    doc = {d["source"]: i for i, d in enumerate(index.documents)}
    assert dated_words(index, doc["strike.txt"]) == {"2025", "march"} and dated_words(index, doc["undated.txt"]) == set()
    named = tokenize("Lunmar Line March")            # the question's names, a month among them
    assert article_coverage(index, named, doc["strike.txt"])[0] == 1.0
    assert article_coverage(index, named, doc["undated.txt"])[0] < 1.0
    assert article_coverage(index, tokenize("Lunmar Line April"), doc["strike.txt"])[0] < 1.0
