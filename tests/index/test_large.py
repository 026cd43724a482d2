"""Indexes of millions of chunks: the HNSW graph over 8-bit codes (re-ranked exactly) against brute
force and through builds, and the replicated indexes ``python -m qa bench --rows`` serves."""

from __future__ import annotations

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.index.build import build_index
from qa.index.dense import add_in_batches
from qa.index.files import load_arrays
from qa.index.format import COL, read_manifest
from qa.index.hnsw_sq import HnswSqBackend, RerankedGraphSearch
from qa.index.loaded import Index
from qa.index.replicate import blend, replicate
from qa.settings import DEFAULT, Settings
from tests.fakes import (
    SENTENCE,
    fresh_results,
    graph_recall,
    grow_then_remove,
    load,
    results,
    unit_vectors,
    write_corpus,
)

QUANTIZED = Settings(ann_min_chunks=5, ann_quantized_min_chunks=5, ann_delta_max=2)


def test_quantized_graph_finds_the_exact_neighbours_with_exact_scores():
    rng = np.random.default_rng(2)
    n, d, k = 3000, 32, 10
    vectors = unit_vectors(rng, n, d)
    live = rng.random(n) >= 0.2
    graph = HnswSqBackend().new_graph(vectors, DEFAULT)
    add_in_batches(graph, vectors[:2700], None)              # the last 300 rows are the exact "delta"
    search = RerankedGraphSearch(graph, vectors, live, DEFAULT)
    assert search.kind == "hnswsq"
    queries = unit_vectors(rng, 100, d)
    for q in queries:                                          # scores are re-scored exactly
        rows, scores = search.search(q, k)
        np.testing.assert_allclose(scores, vectors[rows] @ q, rtol=1e-5, atol=1e-6)
    assert graph_recall(search, vectors, live, queries, k) >= 0.99


def test_quantized_index_through_builds(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, settings=QUANTIZED)
    assert engine.index.dense.kind == "hnswsq"
    info = read_manifest(index_dir)["ann"]
    assert info["kind"] == "hnswsq" and info["file"].startswith("hnswsq-") and info["rows"] == engine.index.size
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder, name="flat")
    grow_then_remove(corpus, engine)                      # the delta grows past ann_delta_max
    assert load(index_dir, fake_encoder).dense.kind == "hnswsq"
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder, name="flat2")


def test_an_index_that_grows_past_the_size_moves_to_the_quantized_graph(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder, settings=Settings(ann_min_chunks=5))
    assert read_manifest(index_dir)["ann"]["kind"] == "hnsw"
    write_corpus(corpus, {"late.txt": ("Late news", "The late edition went to print at midnight.")})
    build_index(corpus, index_dir, encoder=fake_encoder, settings=Settings(ann_min_chunks=5, ann_quantized_min_chunks=11))
    assert read_manifest(index_dir)["ann"]["kind"] == "hnswsq"
    assert len(list(index_dir.glob("*.faiss"))) == 1          # the float graph's file is gone


def test_blend_turns_each_vector_to_the_cosine_asked_towards_another():
    rng = np.random.default_rng(0)
    x = unit_vectors(rng, 500, 384)
    x[7] = x[3]                                           # a duplicate row: may be paired with its twin
    y = blend(x, 0.5, rng)
    np.testing.assert_allclose(np.linalg.norm(y, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose((x * y).sum(1), 0.5, atol=1e-4)
    assert float(np.abs(y @ y.T - np.eye(500)).max()) < 0.9          # no two blends are the same
    assert blend(x, 1.0, rng) == pytest.approx(x)


def test_a_replicated_index_repeats_every_row_with_nearby_vectors(corpus, tmp_path, fake_encoder):
    build_index(corpus, tmp_path / "real", encoder=fake_encoder)
    real = read_manifest(tmp_path / "real")
    n = real["rows"]
    made = replicate(tmp_path / "real", tmp_path / "big", 3 * n, QUANTIZED)
    assert made["rows"] == 3 * n and made["replicated"]["copies"] == 3
    assert made["ann"]["kind"] == "hnswsq"
    index = Index.load(tmp_path / "big", fake_encoder.name, fake_encoder.dim, QUANTIZED)
    small = Index.load(tmp_path / "real", fake_encoder.name, fake_encoder.dim)
    assert len(index.documents) == 3 * len(small.documents) and index.size == 3 * n
    sources = {d["source"] for d in index.documents}
    assert {f"copy002/{d['source']}" for d in small.documents} <= sources
    a, b = load_arrays(tmp_path / "real", real), load_arrays(tmp_path / "big", made)
    for doc in small.documents:
        copy = index.documents[index.document_number(f"copy001/{doc['source']}")]
        lo, hi = doc["rows"]
        clo, chi = copy["rows"]
        assert [small.chunk_text(r) for r in range(lo, hi)] == [index.chunk_text(r) for r in range(clo, chi)]
        assert [small.chunk_span(r) for r in range(lo, hi)] == [index.chunk_span(r) for r in range(clo, chi)]
        assert index.article_text(index.document_number(copy["source"])) == small.article_text(
            small.document_number(doc["source"]))
        for r, c in zip(range(lo, hi), range(clo, chi)):
            t = slice(a["chunks"][r, COL["term_off"]], a["chunks"][r, COL["term_off"]] + a["chunks"][r, COL["term_len"]])
            u = slice(b["chunks"][c, COL["term_off"]], b["chunks"][c, COL["term_off"]] + b["chunks"][c, COL["term_len"]])
            assert a["terms"][t].tolist() == b["terms"][u].tolist() and a["counts"][t].tolist() == b["counts"][u].tolist()
        cos = (np.asarray(a["vectors"][lo:hi]) * np.asarray(b["vectors"][clo:chi])).sum(1)
        np.testing.assert_allclose(cos, 0.5, atol=1e-3)
    np.testing.assert_array_equal(index.bm25.df, 3 * small.bm25.df)          # postings three times as long
    engine = Engine(corpus, tmp_path / "big", encoder=fake_encoder, reader=SENTENCE, auto_build=False,
                    settings=QUANTIZED)
    assert engine.answer("How many dolphins did the biologists count?").found
