"""Passages of news: overlapping windows of one article join into one passage (up to a limit), a
window past a full passage gives its own new part, and every passage quotes the article exactly."""

from __future__ import annotations

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.search.passages import merge_regions, passages
from qa.settings import Settings
from tests.fakes import SENTENCE

LONG = {"story.txt": ("Harbour works", " ".join(f"Sentence {i} says the harbour wall number {i} was rebuilt in stone."
                                                for i in range(60)))}


@pytest.fixture
def engine(tmp_path, fake_encoder):
    from tests.fakes import write_corpus

    seeds = write_corpus(tmp_path / "seeds", LONG)
    return Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE,
                  settings=Settings(chunk_target=40, chunk_limit=60, chunk_overlap=10))


def test_overlapping_windows_join_and_passages_quote_the_article(engine):
    index = engine.index
    rows = np.arange(len(index.live))
    got = passages(index, rows, np.linspace(1, 0, len(rows)), k=3, max_chunks=3)
    text = engine.article_text("story.txt")
    assert len(got) == 3
    for p in got:
        assert text[p.start:p.end] == p.text
        assert text.count("\n", 0, p.start) + 1 == p.line
    spans = sorted((p.start, p.end) for p in got)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))              # never the same text twice


def test_a_window_past_a_full_passage_gives_its_new_part():
    index = _StubIndex([(0, 100), (60, 160), (120, 220), (180, 280)])
    regions = merge_regions(index, np.array([0, 1, 2, 3]), np.array([4.0, 3.0, 2.0, 1.0]), k=5, max_chunks=3)
    assert [(r.start, r.end, r.chunks) for r in regions] == [(0, 220, 3), (221, 280, 1)]


def test_a_window_before_a_full_passage_gives_its_new_part():
    index = _StubIndex([(300, 400), (250, 350), (200, 300), (100, 240)])
    regions = merge_regions(index, np.array([0, 1, 2, 3]), np.array([4.0, 3.0, 2.0, 1.0]), k=5, max_chunks=3)
    assert [(r.start, r.end, r.chunks) for r in regions] == [(200, 400, 3), (100, 200, 1)]


def test_no_more_than_k_passages_and_the_best_chunk_leads():
    index = _StubIndex([(0, 100), (500, 600), (1000, 1100), (60, 160)])
    regions = merge_regions(index, np.array([1, 0, 2, 3]), np.array([4.0, 3.0, 2.0, 1.0]), k=2, max_chunks=3)
    assert [(r.start, r.end, r.row) for r in regions] == [(500, 600, 1), (0, 160, 0)]


class _StubIndex:
    """Chunks of one article at the given spans; the article text has a space before each 221st char."""

    def __init__(self, spans):
        self.spans = spans
        self.row_doc = np.zeros(len(spans), dtype=np.int32)

    def chunk_span(self, row):
        return self.spans[row]

    def article_text(self, doc):
        return "x" * 220 + " " + "y" * 1000


def test_regions_never_overlap_whatever_the_ranking():
    rng = np.random.default_rng(0)
    spans = [(100 * i, 100 * i + 150) for i in range(12)]                     # regular windows, half overlapping
    index = _StubIndex(spans)
    index.article_text = lambda doc: "z" * 1400
    for _ in range(2000):
        order = rng.permutation(len(spans))
        regions = merge_regions(index, order, np.linspace(1, 0, len(order)), k=int(rng.integers(1, 6)),
                                max_chunks=int(rng.integers(1, 4)))
        got = sorted((r.start, r.end) for r in regions)
        assert all(a[1] <= b[0] for a, b in zip(got, got[1:])), got
        assert all(r.chunks <= 3 and r.start < r.end for r in regions)
