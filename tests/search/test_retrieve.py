"""Loading an index and retrieving passages: input checks, passage records, refusal of a missing
index. Fake encoder throughout (``qa.retrieve`` itself is checked too)."""

from __future__ import annotations

import numpy as np
import pytest

import qa
from qa.chat.engine import Engine
from qa.index.build import build_index
from qa.index.format import IndexProblem
from qa.index.loaded import Index
from qa.records import Passage
from qa.search.candidates import group_max
from qa.search.rank import Mode
from tests.fakes import QUESTIONS, SENTENCE, TOPICS, write_corpus


@pytest.fixture
def engine(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds")
    return Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE)


# qa.retrieve (the function) must survive importing the modules behind it.
def test_qa_retrieve_is_the_function_after_the_engine_is_imported():
    import qa.chat.engine
    from qa import retrieve

    assert callable(qa.retrieve) and callable(retrieve)


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question_is_refused(engine, question):
    with pytest.raises(ValueError, match="empty"):
        engine.retrieve(question)


@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one_is_refused(engine, k):
    with pytest.raises(ValueError, match=f"k must be >= 1, got {k}"):
        engine.retrieve("apples", k)


def test_qa_retrieve_refuses_empty_question_and_bad_k_before_loading_anything(tmp_path):
    for question in ("", "  \n"):
        with pytest.raises(ValueError, match="empty"):
            qa.retrieve(question, seeds_dir=tmp_path / "seeds", index_dir=tmp_path / "index")
    for k in (0, -3):
        with pytest.raises(ValueError, match=f"k must be >= 1, got {k}"):
            qa.retrieve("apples", k, seeds_dir=tmp_path / "seeds", index_dir=tmp_path / "index")
    assert not (tmp_path / "index").exists()


def test_k_of_the_wrong_type_is_refused(engine):
    for k in (1.5, "3", True):
        with pytest.raises(TypeError):
            engine.retrieve("apples", k)


def test_k_larger_than_the_index_returns_every_chunk_once(engine):
    for mode in Mode:
        passages = engine.retrieve("apples", 1000, mode)
        assert 0 < len(passages) <= engine.index.size
        assert len({p.chunk_id for p in passages}) == len(passages)
        assert len({p.text for p in passages}) == len(passages)


def test_passages_are_records_with_exact_quotes(engine, tmp_path):
    for question in QUESTIONS.values():
        for p in engine.retrieve(question, 3):
            assert isinstance(p, Passage)
            text = (tmp_path / "seeds" / p.source).read_text(encoding=p.encoding)
            assert text[p.start:p.end] == p.text and p.text.strip() == p.text
            assert p.source in TOPICS and np.isfinite(p.score)
            with pytest.raises(AttributeError):
                p.score = 0.0                              # frozen


def test_index_load_without_an_index_says_how_to_build(tmp_path, fake_encoder):
    with pytest.raises(IndexProblem, match="build it with: python -m qa build"):
        Index.load(tmp_path / "nothing", fake_encoder.name, fake_encoder.dim)
    with pytest.raises(IndexProblem, match="build"):
        Engine(tmp_path / "seeds", tmp_path / "nothing", encoder=fake_encoder, reader=SENTENCE, auto_build=False)


def test_index_facts(engine, fake_encoder):
    index = engine.index
    assert index.size == len(TOPICS) == len(index.documents)
    for row in range(len(index.live)):
        start, end = index.chunk_span(row)
        assert len(index.chunk_text(row)) == end - start
        for srow in index.sentence_rows(row):
            s, e = index.sentence_span(srow)
            assert start <= s < e <= end
            assert index.sentence_text(srow) == index.chunk_text(row)[s - start:e - start]
            assert index.sentence_document(srow) == index.row_doc[row]
    vecs = index.sentence_vectors(list(index.sentence_rows(0)))
    assert vecs.dtype == np.float32 and vecs.shape[1] == fake_encoder.dim
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=2e-3)
    assert index.query_terms("zzzz unknownword") == []
    rows, scores = index.lexical("apples orchards", 3)
    assert index.document(int(rows[0]))["source"] == "apples.txt" and scores[0] > 0


def test_build_report_summary(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds")
    (seeds / "empty.txt").write_bytes(b"")
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    line = report.summary()
    assert f"{len(TOPICS)} added" in line and "1 skipped" in line and f"{report.chunks} chunks" in line


def _overlapping(spans) -> bool:
    return any(a[0] == b[0] and a[1] < b[2] and b[1] < a[2] for i, a in enumerate(spans) for b in spans[i + 1:])


def test_hybrid_passages_never_repeat_text_of_a_better_one(seed_dir, tmp_path, fake_encoder):
    from qa.search.rank import search

    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    question = "What did Russia give North Korea?"
    rows, _ = search(engine.index, question, engine.vector(question), 10)
    raw = [(0, *engine.index.chunk_span(int(r))) for r in rows]
    assert _overlapping(raw)                      # neighbouring windows share sentences ...
    for passages in (engine.retrieve(question, 5), engine.answer(question, 5).passages):
        assert passages and not _overlapping([(p.source, p.start, p.end) for p in passages])   # ... shown once


def test_group_max_gives_each_element_its_group_maximum():
    got = group_max(np.array([3, 1, 3, 2, 1]), np.array([0.1, 0.5, 0.7, -0.2, 0.4]))
    assert got.tolist() == [0.7, 0.5, 0.7, -0.2, 0.5]
    assert group_max(np.array([], np.int64), np.array([])).shape == (0,)


class _ThreadsSeen:
    """A reader that notes how many threads torch runs on while it reads."""

    def __init__(self):
        self.seen: list[int] = []

    def read(self, question, sentences, titles=None, previous=None):
        import torch

        self.seen.append(torch.get_num_threads())
        return SENTENCE.read(question, sentences, titles, previous)


@pytest.mark.parametrize("threads", [1, 2])
def test_an_engine_answers_on_its_own_settings_threads(tmp_path, fake_encoder, threads):
    import torch

    from qa.encode.encoder import query_threads
    from qa.settings import DEFAULT, Settings

    seeds = write_corpus(tmp_path / "seeds")
    reader = _ThreadsSeen()
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=reader, threshold=0.0,
                    settings=Settings(query_threads=threads))
    before = torch.get_num_threads()
    engine.answer(QUESTIONS["comets.txt"])
    assert reader.seen and set(reader.seen) == {query_threads(threads)} and query_threads(threads) <= threads
    assert torch.get_num_threads() == before             # the process's own count is left as it was
    assert query_threads(10_000) >= 1 and DEFAULT.query_threads == 2
