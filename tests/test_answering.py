"""The answer side: span picking and scoring functions on hand-made inputs (no model), the pipeline
with the fake encoder (offsets, de-duplication, abstention), and, with the real model, the seed."""

from __future__ import annotations

import numpy as np
import pytest

from qa.read import pipeline as answering
from qa.read.pipeline import normalize_answer, prepare_question
from qa.chat.engine import Engine
from qa.read.models import LinearModel, bigram_overlap, coverage, sentence_features
from qa.records import Answer, Passage
from qa.read.spans import best_span, expand_to_words, trim_edges
from tests.conftest import SEED

SEED_NAME = SEED.name
SEED_TEXT = SEED.read_text(encoding="utf-8")


# -- span picking --------------------------------------------------------------------------------
def test_best_span_maximises_start_plus_end_within_the_limit():
    start = np.array([0.0, 5.0, 1.0, 0.0, 9.0])
    end = np.array([0.0, 1.0, 2.0, 7.0, 0.0])
    valid = np.array([False, True, True, True, True])
    assert best_span(start, end, valid, max_len=10) == (1, 3, 12.0)
    # the end may not come before the start: position 4's start has no end after it but itself
    assert best_span(start, end, valid, max_len=1) == (4, 4, 9.0)


def test_best_span_respects_valid_positions_and_empty_input():
    start = np.array([10.0, 1.0, 1.0])
    end = np.array([10.0, 1.0, 3.0])
    assert best_span(start, end, np.array([False, True, True]), 5) == (1, 2, 4.0)
    assert best_span(start, end, np.zeros(3, bool), 5)[:2] == (-1, -1)


def test_span_edges_grow_to_whole_words_and_drop_punctuation():
    text = "He said: (anti-aircraft missiles), and more."
    s = text.index("ti-air")
    e = text.index("missiles") + 4
    assert text[slice(*expand_to_words(text, s, e))] == "anti-aircraft missiles"
    s, e = text.index("(") - 1, text.index(")") + 2
    assert text[slice(*trim_edges(text, s, e))] == "anti-aircraft missiles"
    # a bracket opened inside the span stays closed
    t = "the Democratic Republic of the Congo (DRC), a state"
    s, e = t.index("Congo"), t.index(")") + 1
    assert t[slice(*trim_edges(t, s, e))] == "Congo (DRC)"


# -- features and models -------------------------------------------------------------------------
def test_coverage_weighs_terms_by_idf_and_counts_each_once():
    idf = np.array([1.0, 3.0, 0.0])
    assert coverage([0, 1, 1], idf, {1}) == pytest.approx(0.75)
    assert coverage([0, 1], idf, set()) == 0.0
    assert coverage([], idf, {0}) == 0.0


def test_bigram_overlap():
    assert bigram_overlap(["russia", "give", "korea"], ["russia", "give", "north", "korea"]) == 0.5
    assert bigram_overlap(["one"], ["one"]) == 0.0


def test_sentence_features_shape_and_rank_feature():
    f = sentence_features([0.5, 0.2], [0, 3], [1.0, 0.0], [1.0, 0.5], [0.5, 0.0], [9, 20], [0.0, -0.3],
                          np.zeros((2, 4)))
    assert f.shape == (2, 11)
    assert f[0, 1] == 1.0 and f[1, 1] == 0.25


def test_linear_model_scores_and_refuses_wrong_width():
    m = LinearModel(("a", "b"), (2.0, -1.0), 0.5)
    assert m.score(np.array([[1.0, 1.0], [0.0, 2.0]])).tolist() == [1.5, -1.5]
    with pytest.raises(ValueError, match="expected 2 features"):
        m.score(np.zeros((1, 3)))
    assert LinearModel.from_json(m.to_json()) == m


def test_shipped_models_name_the_features_the_code_computes():
    """``LinearModel.score`` checks only the width: a reordered or renamed feature would silently
    meet the wrong weight."""
    from qa.read.models import CHUNK_FEATURES, SENTENCE_FEATURES, load_models

    models = load_models()
    assert models["chunks"].features == CHUNK_FEATURES
    assert models["sentences"].features == SENTENCE_FEATURES
    assert models["final"].features == answering.FINAL_FEATURES
    assert models["confidence"].features == answering.CONFIDENCE_FEATURES
    assert models["topic"].features == answering.TOPIC_FEATURES


def test_threshold_runs_linearly_in_log_chunks_between_anchors_and_is_flat_outside(monkeypatch):
    anchors = answering.parse_thresholds({"chunks": [10000, 1000], "topic": [0.5, 0.3]}, "test")   # any order
    monkeypatch.setattr(answering, "_thresholds", lambda: anchors)
    assert answering.threshold_for(1000) == pytest.approx(0.3)
    assert answering.threshold_for(10000) == pytest.approx(0.5)
    assert answering.threshold_for(int(np.sqrt(1000 * 10000))) == pytest.approx(0.4, abs=1e-4)   # halfway in log
    assert answering.threshold_for(10) == answering.threshold_for(0) == pytest.approx(0.3)
    assert answering.threshold_for(10 ** 6) == pytest.approx(0.5)


def test_one_anchor_is_one_threshold_everywhere(monkeypatch):
    monkeypatch.setattr(answering, "_thresholds", lambda: answering.parse_thresholds({"chunks": [5000], "topic": [0.4]}, "t"))
    assert answering.threshold_for(1) == answering.threshold_for(10 ** 6) == pytest.approx(0.4)


@pytest.mark.parametrize("raw", [0.541, {"chunks": [1000], "topic": []}, {"chunks": [1000, 1000], "topic": [0.3, 0.4]},
                                 {"chunks": [0], "topic": [0.3]}, {"topic": [0.3]}, {"chunks": [], "topic": []}])
def test_a_malformed_threshold_says_what_to_do(raw):
    with pytest.raises(ValueError, match="calibrate.py"):
        answering.parse_thresholds(raw, "ranking.json")


def test_shipped_thresholds_rise_with_the_corpus():
    sizes, values = answering._thresholds()
    assert np.all(np.diff(sizes) > 0) and np.all(np.diff(values) >= 0)
    assert np.all((values > 0) & (values < 1))
    with pytest.raises(ValueError):
        values[0] = 0.0                                    # the cached arrays are read-only


def test_answers_are_judged_at_the_threshold_for_the_index_size(seed_dir, tmp_path, fake_encoder, monkeypatch):
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder)      # no threshold given: calibrated
    seen = []
    monkeypatch.setattr(answering, "threshold_for", lambda chunks: seen.append(chunks) or 1.01)
    assert not engine.answer("What did Russia give North Korea?").found
    assert seen == [engine.index.size]
    monkeypatch.setattr(answering, "threshold_for", lambda chunks: 0.0)
    assert engine.answer("What did Russia give North Korea?").found


def test_normalize_answer_is_squad_normalisation():
    assert normalize_answer("The  Anti-aircraft, missiles!") == "antiaircraft missiles"
    assert normalize_answer("an apple a day") == "apple day"


def test_prepare_question_cleans_and_cuts():
    q, notice = prepare_question("  What\x00 did\tRussia\n give?  ")
    assert (q, notice) == ("What did Russia give?", "")
    q, notice = prepare_question("word " * 100_000)
    assert len(q) <= 1_000 and not q.endswith(" ") and "first" in notice


# -- choosing among answers ----------------------------------------------------------------------
def _answer(text, source="a.txt", sentence_start=0, score=0.9) -> Answer:
    return Answer(question="q", found=True, text=text, sentence=text, source=source, start=sentence_start,
                  end=sentence_start + len(text), sentence_start=sentence_start,
                  sentence_end=sentence_start + len(text), score=score)


def test_alternatives_drop_repeats_and_weak_answers_and_put_other_articles_first():
    best = _answer("anti-aircraft missiles", "a.txt", 0, 0.9)
    rest = [
        _answer("anti-aircraft missiles", "b.txt", 10, 0.8),          # same words: a repeat
        _answer("missiles", "c.txt", 20, 0.8),                         # contained in the best: a repeat
        _answer("air defense equipment", "a.txt", 30, 0.7),
        _answer("troops", "d.txt", 40, 0.6),
        _answer("land mines", "e.txt", 50, 0.1),                       # below the least score
        _answer("air defense equipment", "a.txt", 30, 0.7),            # same sentence again
        _answer("soldiers", "d.txt", 60, 0.55),
        _answer("weapons", "f.txt", 70, 0.65),
    ]
    alts = answering._alternatives(rest, best, min_score=0.5)
    assert [(a.source, a.text) for a in alts] == [
        ("f.txt", "weapons"), ("d.txt", "troops"), ("d.txt", "soldiers"), ("a.txt", "air defense equipment")]


def test_answer_first_moves_the_passage_holding_the_sentence_to_the_front():
    ps = [Passage("x", "a.txt", "A", 0, 10, 1.0, 1), Passage("y", "b.txt", "B", 5, 50, 0.9, 1)]
    assert [p.source for p in answering._answer_first(ps, "b.txt", 10, 20)] == ["b.txt", "a.txt"]
    assert answering._answer_first(ps, "c.txt", 0, 1) == ps


# -- the pipeline with the fake encoder -----------------------------------------------------------
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
    return Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, threshold=0.0)


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
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, threshold=1.01)
    a = engine.answer("What is the recipe for sourdough bread with rye flour?", k=3)
    assert not a.found and a.text == "" and a.start == -1 and 0.0 <= a.score <= 1.0
    assert 1 <= len(a.passages) <= 3


def _constant_models(monkeypatch, confidence: float, topic: float) -> None:
    """Make the confidence and topic models say ``confidence`` and ``topic`` (as logits) for every sentence."""
    models = dict(answering._models())
    for name, logit in (("confidence", confidence), ("topic", topic)):
        width = len(models[name].features)
        models[name] = LinearModel(models[name].features, (0.0,) * width, logit)
    monkeypatch.setattr(answering, "_models", lambda: models)


def test_the_topic_model_decides_abstention_and_the_confidence_is_the_score(seed_dir, tmp_path, fake_encoder,
                                                                             monkeypatch):
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, threshold=0.5)
    question = "What did Russia give North Korea?"
    _constant_models(monkeypatch, confidence=3.0, topic=-3.0)      # sure of a sentence, but off topic
    a = engine.answer(question)
    assert not a.found and a.score == 0.0 and a.text == "" and a.passages
    _constant_models(monkeypatch, confidence=-3.0, topic=3.0)      # on topic, unsure of the sentence
    a = engine.answer(question)
    assert a.found and a.score == pytest.approx(1 / (1 + np.exp(3.0)))
    assert a.alternatives == ()                                     # none reaches ALTERNATIVE_MIN_SCORE


def test_alternatives_come_only_from_sentences_on_topic(seed_dir, tmp_path, fake_encoder, monkeypatch):
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, threshold=0.5)
    question = "What did Russia give North Korea?"
    _constant_models(monkeypatch, confidence=3.0, topic=3.0)
    assert engine.answer(question).alternatives                     # all on topic: other sentences offered
    real = answering.topic_features

    def best_only(final, d):                                        # only the chosen sentence on topic
        x = real(final, d)
        x[:, 0] = np.where(final == final.max(), 1.0, -1.0)
        return x

    models = answering._models()
    models["topic"] = LinearModel(models["topic"].features, (5.0,) + (0.0,) * (len(models["topic"].features) - 1))
    monkeypatch.setattr(answering, "topic_features", best_only)
    a = engine.answer(question)
    assert a.found and a.alternatives == ()


def test_topic_features_per_read_sentence(fake_engine):
    d = answering.deliberate(fake_engine.index, fake_engine.encoder, fake_engine.reader,
                             "What did Russia give North Korea?", 5)
    final = np.arange(len(d.picked), dtype=np.float64)
    x = answering.topic_features(final, d)
    col = {name: i for i, name in enumerate(answering.TOPIC_FEATURES)}
    assert x.shape == (len(d.picked), len(answering.TOPIC_FEATURES))
    assert x[:, col["final"]].tolist() == final.tolist()
    assert np.all(x[:, col["article_share"]] == 1.0)                # one article: every top chunk is its
    assert np.all(x[:, col["best_coverage_ctx"]] >= x[:, col["coverage_ctx"]])
    assert np.all(np.isin(x[:, col["kind_match"]], [0.0, 1.0]))
    assert np.all(x[:, col["name_coverage"]] == 1.0)                # Russia, North Korea: all in the article
    d = answering.deliberate(fake_engine.index, fake_engine.encoder, fake_engine.reader,
                             "What did Zanzibar give North Korea?", 5)
    x = answering.topic_features(np.zeros(len(d.picked)), d)
    assert np.all((0.0 < x[:, col["name_coverage"]]) & (x[:, col["name_coverage"]] < 1.0))


class _UnsureReader:
    """Finds no answer anywhere (margin -5), and remembers what it was asked to read."""

    def __init__(self):
        self.calls: list[list[str]] = []
        self.context: list[tuple[str, str]] = []

    def read(self, question, sentences, titles=None, previous=None):
        self.calls.append(list(sentences))
        self.context.extend(zip(titles, previous))
        return [answering.Reading(0, len(s), -5.0, 0.0) for s in sentences]


def test_when_no_sentence_read_holds_an_answer_it_reads_further_without_rereading(fake_engine):
    reader = _UnsureReader()
    d = answering.deliberate(fake_engine.index, fake_engine.encoder, reader, "What did Russia give North Korea?", 5)
    first, second = reader.calls
    assert len(first) == answering.N_READ and 0 < len(second) and not set(first) & set(second)
    assert len(d.picked) == len(d.readings) == answering.WIDER_READ == len(first) + len(second)
    for i, r in zip(d.picked, d.readings):                          # each reading is of its own sentence
        assert r.end == len(d.evidence.texts[i])
    assert d.features.shape == (answering.WIDER_READ, len(answering.FINAL_FEATURES))


def test_a_sure_reading_reads_no_further(fake_engine):
    reader = _UnsureReader()
    reader.read = lambda q, sentences, titles=None, previous=None: (reader.calls.append(list(sentences)) or
                                                     [answering.Reading(0, len(s), 5.0, 0.0) for s in sentences])
    d = answering.deliberate(fake_engine.index, fake_engine.encoder, reader, "What did Russia give North Korea?", 5)
    assert len(reader.calls) == 1 and len(d.picked) == answering.N_READ


def test_the_sentence_before_is_never_taken_across_articles_or_from_a_deleted_one():
    import types

    docs = [0, 0, 1, 1, -1, 2]                          # sentence rows → document (-1: deleted)
    chunk = [0, 0, 1, 1, -1, 2]
    from qa.index.loaded import Index

    index = types.SimpleNamespace(sentences=np.zeros((len(docs), 2)), sentence_chunk=np.array(chunk),
                                  sentence_document=lambda s: docs[s], sentence_text=lambda s: f"s{s}")
    index.same_article = lambda srow, other: Index.same_article(index, srow, other)   # the real rule
    assert [answering.previous_sentence(index, s) for s in (0, 1, 2, 3, 5)] == ["", "s0", "", "s2", ""]


def test_the_reader_is_given_each_sentences_title_and_the_sentence_before_it(fake_engine):
    index = fake_engine.index
    doc = index.documents[0]
    lo, hi = doc["sentence_rows"]
    assert answering.previous_sentence(index, lo) == ""                   # an article's first sentence
    assert answering.previous_sentence(index, lo + 1) == index.sentence_text(lo)
    reader = _UnsureReader()
    d = answering.deliberate(index, fake_engine.encoder, reader, "What did Russia give North Korea?", 5)
    srows = [int(d.evidence.srows[i]) for i in d.picked]
    assert sorted(reader.context) == sorted((index.documents[index.sentence_document(s)]["title"],
                                             answering.previous_sentence(index, s)) for s in srows)
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
