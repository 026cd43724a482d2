"""The benchmark's plain parts: corpus generation, percentiles, and the shape of its figures from a
tiny run with the fake encoder (no model, no subprocess)."""

from __future__ import annotations

import hashlib
import json
import random

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.index.build import build_index
from qa.index.loaded import Index
from qa.measure import bench, latency, scoring
from qa.measure import corpora as corpus
from qa.settings import Settings
from tests.fakes import SENTENCE, HashingEncoder

REQUIRED = {"chunks", "build_chunks_per_s", "encode_chunks_per_s", "build_ratio", "incremental_s", "full_rebuild_s",
            "retrieve_p50_ms", "retrieve_p95_ms", "answer_p50_ms", "answer_p95_ms", "rss_mb", "ann", "ann_recall_at_5"}


def articles(n_articles: int = 6, n_paragraphs: int = 8, words: int = 100) -> list[dict]:
    """SQuAD-format articles of made-up sentences, every paragraph different, one question each."""
    rng = random.Random(0)
    vocab = [f"w{i}" for i in range(400)]
    out = []
    for a in range(n_articles):
        paragraphs = []
        for p in range(n_paragraphs):
            body = [rng.choice(vocab) for _ in range(words)]
            sentences = " ".join(" ".join(body[i : i + 10]).capitalize() + "." for i in range(0, words, 10))
            text = f"Paragraph {a}-{p}. {sentences}"
            paragraphs.append({"context": text, "qas": [{"id": f"{a}-{p}", "question": f"What follows {body[3]}?",
                                                          "answers": [{"text": body[4], "answer_start": text.index(body[4])}]}]})
        out.append({"title": f"Article_{a}", "paragraphs": paragraphs})
    return out


def test_percentile():
    values = list(range(1, 101))
    assert scoring.percentile(values, 50) == pytest.approx(50.5)
    assert scoring.percentile(values, 95) == pytest.approx(95.05)
    assert scoring.percentile([7.0], 95) == 7.0
    assert scoring.percentile([], 50) is None
    with pytest.raises(ValueError):
        scoring.percentile([1.0], 101)


def test_parse_sizes():
    assert bench.parse_sizes("1000,10_000, 100000") == [1000, 10_000, 100_000]
    for bad in ("", "ten", "0,5", "1000,-1"):
        with pytest.raises(ValueError):
            bench.parse_sizes(bad)


def test_plan_hits_the_size_and_recombines_past_the_source():
    source = articles()
    per_paragraph = 102          # "Paragraph a-p." + 100 words
    held = len(source) * 8 * per_paragraph
    for target in (1_000, held // 2, held * 3):
        planned = corpus.plan_articles(source, target)
        total = sum(len(p["context"].split()) for a in planned for p in a["paragraphs"])
        assert target <= total < target + per_paragraph
        titles = [a["title"] for a in planned]
        assert len(set(titles)) == len(titles)
    planned = corpus.plan_articles(source, held * 3)
    assert {a["title"] for a in planned[: len(source)]} == {a["title"] for a in source}
    mixes = [tuple(p["context"] for p in a["paragraphs"]) for a in planned[len(source):]]
    originals = {tuple(p["context"] for p in a["paragraphs"]) for a in source}
    assert mixes and len(set(mixes)) == len(mixes) and not originals & set(mixes)
    assert corpus.plan_articles(source, held * 3) == planned         # deterministic
    with pytest.raises(ValueError):
        corpus.plan_articles(source, 0)


def test_make_corpus_writes_different_files(tmp_path):
    source = articles()
    made = corpus.make_corpus(source, tmp_path / "c", chunks=60)
    files = sorted((tmp_path / "c").iterdir())
    assert len(files) == made.files > len(source)                     # past the source: recombined
    assert len({hashlib.sha256(f.read_bytes()).hexdigest() for f in files}) == len(files)
    assert made.estimated_chunks == pytest.approx(60, abs=2)
    assert made.questions and all(q.startswith("What follows") for q in made.questions)
    extra = corpus.extra_article(source, chunks=5)
    words = sum(len(p["context"].split()) for p in extra["paragraphs"])
    assert 5 * corpus.WORDS_PER_CHUNK <= words < 5 * corpus.WORDS_PER_CHUNK + 102
    assert extra["title"] not in {a["title"] for a in source}


def test_tiny_run_has_every_figure(tmp_path, monkeypatch):
    encoder = HashingEncoder()

    def serve(seeds, index, questions):
        return latency.time_queries(Engine(seeds, index, encoder=encoder, reader=SENTENCE, auto_build=False), questions)

    result = bench.run([15, 60], articles(), tmp_path, n_queries=4, encoder=encoder, raw_encode=encoder.encode,
                       serve=serve, startup=False, settings=Settings(ann_min_chunks=40))   # the second size: HNSW
    out = json.loads(json.dumps(result.to_json()))
    assert out["startup_s"] is None and len(out["sizes"]) == 2
    small, large = out["sizes"]
    for s in (small, large):
        assert REQUIRED <= set(s)
        assert s["chunks"] > 0 and s["incremental_chunks"] > 0
        assert s["build_chunks_per_s"] > 0 and s["build_ratio"] == pytest.approx(s["build_chunks_per_s"] / s["encode_chunks_per_s"])
        assert 0 < s["retrieve_p50_ms"] <= s["retrieve_p95_ms"] and 0 < s["answer_p50_ms"] <= s["answer_p95_ms"]
        assert s["rss_mb"] > 0 and s["full_rebuild_s"] > 0
    assert small["chunks"] < 40 <= large["chunks"]
    assert small["ann"] == "flat" and small["ann_recall_at_5"] is None
    assert large["ann"] == "hnsw" and 0.9 <= large["ann_recall_at_5"] <= 1.0
    text = bench.table(result)
    assert "build ch/s" in text and "hnsw" in text and f"{large['chunks']:,}" in text


def test_best_sentence_scores_equal_the_per_row_loop(tmp_path):
    encoder = HashingEncoder()
    corpus.make_corpus(articles(), tmp_path / "seeds", chunks=20)
    build_index(tmp_path / "seeds", tmp_path / "index", encoder=encoder)
    index = Index.load(tmp_path / "index", encoder.name, encoder.dim)
    qvec = encoder.encode(["What follows w17?"])[0]
    rows = np.array([5, 0, 3, len(index.live) - 1, 3])
    want = [float((index.sentence_vectors(index.sentence_rows(int(r))) @ qvec).max()) for r in rows]
    assert index.best_sentence_scores(rows, qvec) == pytest.approx(want, abs=1e-6)
    assert len(index.best_sentence_scores(np.zeros(0, np.int64), qvec)) == 0


ROWS_KEYS = {"rows", "rss_mb", "retrieve_p50_ms", "retrieve_p95_ms", "answer_p50_ms", "answer_p95_ms",
             "ann_recall_at_5", "load_s"}


def test_rows_run_has_every_figure_and_reuses_its_indexes(tmp_path):
    encoder = HashingEncoder()
    settings = Settings(ann_min_chunks=40, ann_quantized_min_chunks=40)

    def serve(seeds, index, questions):
        engine = Engine(seeds, index, encoder=encoder, reader=SENTENCE, auto_build=False, settings=settings)
        return latency.time_queries(engine, questions, load_s=0.5)

    result = bench.run_rows(100, articles(), tmp_path, n_queries=4, real_rows=20, encoder=encoder, serve=serve,
                            settings=settings)
    out = json.loads(json.dumps(bench.asdict(result)))
    assert ROWS_KEYS <= set(out)
    assert 100 <= out["rows"] < 110 and out["real_rows"] < 30 and out["copies"] >= 4
    assert out["ann"] == "hnswsq" and 0.9 <= out["ann_recall_at_5"] <= 1.0
    assert 0 < out["retrieve_p50_ms"] <= out["retrieve_p95_ms"] and out["load_s"] == 0.5
    made = (tmp_path / "rows-100" / "manifest.json").stat().st_mtime_ns
    again = bench.run_rows(100, articles(), tmp_path, n_queries=4, real_rows=20, encoder=encoder, serve=serve,
                           settings=settings)
    assert again.rows == result.rows and (tmp_path / "rows-100" / "manifest.json").stat().st_mtime_ns == made
    assert "ANN recall@5" in bench.rows_table(again)
