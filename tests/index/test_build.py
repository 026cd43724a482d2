"""Building the index: manifest, incremental updates, compaction, and the search oracles
(FAISS flat and HNSW against numpy brute force). All with the fake encoder."""

from __future__ import annotations

import json
import shutil

import faiss
import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.index import files as store
from qa.index.build import build_index
from qa.index.dense import add_in_batches
from qa.index.flat import ExactSearch
from qa.index.format import FORMAT_VERSION, read_manifest
from qa.index.hnsw import GraphSearch
from qa.settings import DEFAULT, Settings
from tests.conftest import SEED
from tests.fakes import (
    QUESTIONS,
    SENTENCE,
    TOPICS,
    exact_top,
    fresh_results,
    graph_recall,
    grow_then_remove,
    load,
    results,
    unit_vectors,
    write_corpus,
)


def test_build_writes_manifest_and_files(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert sorted(report.added) == sorted(TOPICS)
    assert report.documents == len(TOPICS) and report.chunks == report.embedded > 0
    assert not (report.changed or report.removed or report.unchanged or report.skipped)
    assert report.seconds >= 0 and not report.full and not report.up_to_date
    manifest = json.loads((index_dir / "manifest.json").read_text())
    assert manifest["format"] == FORMAT_VERSION
    assert manifest["model"] == fake_encoder.name and manifest["dim"] == fake_encoder.dim
    assert manifest["chunking"]["limit"] == DEFAULT.chunk_limit
    docs = {d["source"]: d for d in manifest["documents"]}
    assert set(docs) == set(TOPICS)
    import hashlib
    for rel in TOPICS:
        assert docs[rel]["sha256"] == hashlib.sha256((corpus / rel).read_bytes()).hexdigest()
    for entry in manifest["files"].values():
        assert (index_dir / entry["name"]).stat().st_size == entry["bytes"]
        assert store.file_crc(index_dir / entry["name"]) == entry["crc32"]
    assert docs["sub/jazz.md"]["title"] == "Jazz festival"


def test_passages_quote_the_files(corpus, tmp_path, fake_encoder):
    engine = Engine(corpus, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE)
    for rel, question in QUESTIONS.items():
        passages = engine.retrieve(question, k=3)
        assert passages[0].source == rel, question
        for p in passages:
            text = open(corpus / p.source, encoding=p.encoding).read()
            assert text[p.start:p.end] == p.text
            assert p.line == text.count("\n", 0, p.start) + 1
            assert p.title == TOPICS[p.source][0].lstrip("# ")
        assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)


def test_save_load_gives_identical_results(corpus, tmp_path, fake_encoder):
    engine = Engine(corpus, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE)
    before = results(engine, k=10)
    encoded = fake_encoder.texts_encoded
    loaded = Engine(corpus, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, auto_build=False)
    refreshed = Engine(corpus, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE)
    assert fake_encoder.texts_encoded == encoded                          # nothing re-embedded
    assert refreshed.last_report.up_to_date
    assert results(loaded, k=10) == before == results(refreshed, k=10)


def test_unchanged_files_are_not_reembedded(corpus, tmp_path, fake_encoder):
    build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    calls = fake_encoder.calls
    report = build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    assert report.up_to_date and report.embedded == 0
    assert sorted(report.unchanged) == sorted(TOPICS)
    assert fake_encoder.calls == calls


def test_add_change_delete_reembed_only_that_file(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)

    def rebuild():
        before = fake_encoder.texts_encoded
        report = engine.refresh()
        return report, fake_encoder.texts_encoded - before

    write_corpus(corpus, {"kites.txt": ("Kite festival", "Hundreds of kites flew over the beach on Sunday.")})
    report, encoded = rebuild()
    assert report.added == ("kites.txt",) and not (report.changed or report.removed)
    assert encoded == report.embedded == 1
    assert engine.retrieve("kites over the beach", 1)[0].source == "kites.txt"

    write_corpus(corpus, {"apples.txt": ("Apple harvest in Kent", "Pears, not apples, were picked by the farmers.")})
    report, encoded = rebuild()
    assert report.changed == ("apples.txt",) and len(report.unchanged) == len(TOPICS)
    assert encoded == report.embedded == 1
    texts = [p.text for p in engine.retrieve("apples pears farmers", 20)]
    assert "Pears, not apples, were picked by the farmers." in texts
    assert not any("Cider makers" in t for t in texts)

    (corpus / "comets.txt").unlink()
    report, encoded = rebuild()
    assert report.removed == ("comets.txt",) and encoded == 0
    assert all(p.source != "comets.txt" for p in engine.retrieve("When does the comet return?", 50))
    assert engine.retrieve("When does the comet return?", 50)

    # The incrementally updated index answers exactly as a fresh build of the same files does.
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder)


def test_a_moved_or_renamed_file_keeps_its_rows(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    (corpus / "2024").mkdir()
    (corpus / "comets.txt").rename(corpus / "2024" / "comets.txt")       # into a folder by year
    (corpus / "floods.txt").rename(corpus / "floods.md")                 # the same loader reads .md
    before = fake_encoder.texts_encoded
    report = engine.refresh()
    assert sorted(report.renamed) == [("comets.txt", "2024/comets.txt"), ("floods.txt", "floods.md")]
    assert not (report.added or report.removed) and report.embedded == 0 == fake_encoder.texts_encoded - before
    assert "2 renamed" in report.summary() and not report.up_to_date
    top = engine.retrieve("When does the comet return?", 1)[0]
    assert top.source == "2024/comets.txt" and engine.article_text(top.source)[top.start:top.end] == top.text
    with pytest.raises(KeyError):
        engine.article_text("comets.txt")
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder)
    # a full build reads a moved file anew
    (corpus / "2024" / "comets.txt").rename(corpus / "2024" / "comet.txt")
    report = build_index(corpus, index_dir, full=True, encoder=fake_encoder)
    assert report.renamed == () and "2024/comet.txt" in report.added and report.embedded == report.chunks
    # moved while a copy of it sits elsewhere: the moved file takes its rows, the copy stays a copy
    shutil.copy(corpus / "dolphins.txt", corpus / "copy of dolphins.txt")
    engine.refresh()
    (corpus / "later").mkdir()
    (corpus / "dolphins.txt").rename(corpus / "later" / "dolphins.txt")        # (the copy's name sorts first)
    report = engine.refresh()
    assert report.renamed == (("dolphins.txt", "later/dolphins.txt"),)
    assert [k.source for k in report.skipped] == ["copy of dolphins.txt"]
    (corpus / "copy of dolphins.txt").unlink()
    engine.refresh()
    # a new file with the text of one still there is a duplicate, not a rename; another loader reads anew
    shutil.copy(corpus / "apples.txt", corpus / "apples copy.txt")
    (corpus / "bridges.txt").rename(corpus / "bridges.html")
    report = engine.refresh()
    assert report.renamed == () and "bridges.txt" in report.removed
    assert any(k.source == "apples copy.txt" for k in report.skipped)


def test_a_touched_file_with_the_same_content_is_unchanged(corpus, tmp_path, fake_encoder):
    build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    path = corpus / "apples.txt"
    path.write_bytes(path.read_bytes())                   # new mtime, same bytes
    report = build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    assert report.up_to_date and "apples.txt" in report.unchanged and report.embedded == 0


def test_full_rebuild_reembeds_everything(corpus, tmp_path, fake_encoder):
    first = build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    before = fake_encoder.texts_encoded
    report = build_index(corpus, tmp_path / "index", encoder=fake_encoder, full=True)
    assert report.full and report.embedded == first.embedded
    assert fake_encoder.texts_encoded - before == first.embedded
    assert sorted(report.unchanged) == sorted(TOPICS) and not report.changed
    manifest = read_manifest(tmp_path / "index")
    assert manifest["generation"] == 2
    names = {p.name for p in (tmp_path / "index").iterdir()}
    assert not any("-000001." in n for n in names)                # the old generation is gone


def test_compaction_after_many_deletions_matches_a_fresh_build(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    gen = read_manifest(index_dir)["generation"]
    deleted = ["bridges.txt", "elections.txt", "floods.txt", "honey.txt"]        # 40% of the rows
    for rel in deleted:
        (corpus / rel).unlink()
    before = fake_encoder.texts_encoded
    report = engine.refresh()
    assert sorted(report.removed) == deleted and fake_encoder.texts_encoded == before    # copied, not re-embedded
    manifest = read_manifest(index_dir)
    assert manifest["generation"] > gen and manifest["rows"] == manifest["live_rows"] == report.chunks
    questions = list(QUESTIONS.values()) + ["bridge cables", "honey prices"]
    assert results(engine, questions, k=10) == fresh_results(corpus, tmp_path, fake_encoder, questions=questions, k=10)


def test_words_only_a_removed_article_had_are_unknown_as_in_a_fresh_build(corpus, tmp_path, fake_encoder):
    """An incremental update keeps the removed article's words in the vocabulary (the index is
    append-only); every feature must treat them as unknown, or answers would differ from a fresh build."""
    from qa.encode.words import tokenize

    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    (corpus / "comets.txt").unlink()
    build_index(corpus, index_dir, encoder=fake_encoder)        # one of ten: no compaction
    updated = load(index_dir, fake_encoder)
    [jupiter] = tokenize("Jupiter")
    assert jupiter in updated.vocab and updated.term_id(jupiter) is None
    assert updated.query_terms("Jupiter apples") == updated.query_terms("apples")
    fresh_dir = tmp_path / "fresh"
    build_index(corpus, fresh_dir, encoder=fake_encoder)
    question = "Did a comet near Jupiter ripen the apples in Kent?"
    got = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False, threshold=0.0).answer(question)
    want = Engine(corpus, fresh_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False, threshold=0.0).answer(question)
    assert (got.source, got.start, got.end, round(got.score, 6)) == (want.source, want.start, want.end, round(want.score, 6))


def test_deleting_the_newest_article_then_compacting_loads(corpus, tmp_path, fake_encoder):
    """The vocabulary keeps the deleted article's terms, last and in no row (BM25 used to crash)."""
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    write_corpus(corpus, {"zz.txt": ("Zeppelins", " ".join(f"Zeppelin{i} airship{i}." for i in range(700)))})
    build_index(corpus, index_dir, encoder=fake_encoder)
    (corpus / "zz.txt").unlink()
    assert build_index(corpus, index_dir, encoder=fake_encoder).removed == ("zz.txt",)
    assert read_manifest(index_dir)["generation"] > 1             # compacted
    index = load(index_dir, fake_encoder)
    assert index.size == sum(1 for _ in TOPICS) and len(index.vocab) > 300
    assert Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE).retrieve("zeppelin airship", 3)


def test_empty_seeds_folder(tmp_path, fake_encoder):
    (tmp_path / "seeds").mkdir()
    report = build_index(tmp_path / "seeds", tmp_path / "index", encoder=fake_encoder)
    assert report.documents == 0 and report.chunks == 0
    assert report.warnings == (f"no article indexed: put .txt, .md or .html articles in {tmp_path / 'seeds'} and "
                               "build again",)
    engine = Engine(tmp_path / "seeds", tmp_path / "index", encoder=fake_encoder, reader=SENTENCE)
    assert engine.retrieve("anything at all?", 5) == []


def test_build_never_deletes_files_it_did_not_write(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "mine"
    index_dir.mkdir()
    (index_dir / "notes.txt").write_text("my notes")
    (index_dir / "photo.png").write_bytes(b"\x89PNG")
    build_index(corpus, index_dir, encoder=fake_encoder, full=True)
    build_index(corpus, index_dir, encoder=fake_encoder, full=True)
    assert (index_dir / "notes.txt").read_text() == "my notes" and (index_dir / "photo.png").exists()


# -- search oracles --------------------------------------------------------------------------------
@pytest.mark.parametrize("dead_share", [0.0, 0.3, 0.95])
def test_flat_search_equals_brute_force(dead_share):
    rng = np.random.default_rng(0)
    vectors = unit_vectors(rng, 500, 24)
    live = rng.random(500) >= dead_share
    search = ExactSearch(vectors, live, DEFAULT)
    assert search.kind == "flat"
    for q in unit_vectors(rng, 20, 24):
        for k in (1, 10, 600):
            rows, scores = search.search(q, k)
            want_rows, want_scores = exact_top(vectors, live, q, k)
            assert rows.tolist() == want_rows.tolist()
            np.testing.assert_allclose(scores, want_scores, rtol=1e-5, atol=1e-6)


def test_hnsw_search_recall_against_brute_force():
    rng = np.random.default_rng(1)
    n, d, k = 2000, 32, 10
    vectors = unit_vectors(rng, n, d)
    live = rng.random(n) >= 0.2
    graph = faiss.IndexHNSWFlat(d, DEFAULT.hnsw_m, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = DEFAULT.hnsw_ef_construction
    add_in_batches(graph, vectors[:1700], None)            # the last 300 rows are the exact "delta"
    search = GraphSearch(graph, vectors, live, DEFAULT)
    assert search.kind == "hnsw"
    assert graph_recall(search, vectors, live, unit_vectors(rng, 100, d), k) >= 0.99


def test_index_dense_search_equals_brute_force_with_deleted_rows(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    (corpus / "comets.txt").unlink()                      # 10% dead: no compaction
    write_corpus(corpus, {"apples.txt": ("Apples", "Changed text about apples and pears.")})
    build_index(corpus, index_dir, encoder=fake_encoder)
    index = load(index_dir, fake_encoder)
    assert index.size < len(index.live)                   # dead rows are there
    vectors = np.asarray(index.vectors)
    for question in QUESTIONS.values():
        q = fake_encoder.encode([question])[0]
        rows, scores = index.dense.search(q, 5)
        _, want_scores = exact_top(vectors, index.live, q, 5)
        assert index.live[rows].all()
        np.testing.assert_allclose(scores, want_scores, rtol=1e-5, atol=1e-6)


def test_hnsw_index_through_builds(corpus, tmp_path, fake_encoder, monkeypatch):
    graph = Settings(ann_min_chunks=5, ann_delta_max=2)
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, settings=graph)
    assert engine.index.dense.kind == "hnsw"
    info = read_manifest(index_dir)["ann"]
    assert info["kind"] == "hnsw" and info["rows"] == engine.index.size
    flat_like = fresh_results(corpus, tmp_path, fake_encoder, name="small", settings=graph)   # HNSW, tiny: exact
    assert results(engine) == flat_like

    grow_then_remove(corpus, engine)                      # the delta grows past ann_delta_max
    index = load(index_dir, fake_encoder)
    assert index.dense.kind == "hnsw" and index.dense.graph.ntotal <= len(index.live)
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder, name="flat")


def test_the_real_seed_builds_and_answers(seed_dir, tmp_path, fake_encoder):
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE)
    top = engine.retrieve("What did Russia give North Korea?", 3)
    assert top[0].source == SEED.name
    assert any("anti-aircraft missiles" in p.text for p in top)
    shutil.rmtree(tmp_path / "index")
    assert not (tmp_path / "index").exists()


def test_an_index_folder_that_is_a_file_is_refused_saying_what_to_give(seed_dir, tmp_path, fake_encoder):
    from qa.index.format import IndexProblem

    taken = tmp_path / "court.txt"
    taken.write_text("not an index")
    for make in (lambda: build_index(seed_dir, taken, encoder=fake_encoder),
                 lambda: Engine(seed_dir, taken, encoder=fake_encoder)):
        with pytest.raises(IndexProblem, match="is a file, not a folder: give a folder for the index with --index"):
            make()
    assert taken.read_text() == "not an index"
