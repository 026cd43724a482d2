"""Question → ranked chunks: the learned fusion of dense and BM25 candidates (the default), and
the single rankings and reciprocal-rank fusion kept as baselines."""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence

import numpy as np

from qa.index.loaded import Index
from qa.models import Scorer, load_weights
from qa.search.candidates import CHUNK_FEATURES, candidates
from qa.settings import DEFAULT, Settings


class Mode(str, enum.Enum):
    """Which ranking to use."""

    HYBRID = "hybrid"   # learned fusion of dense + BM25 + sentence similarity (default)
    RRF = "rrf"         # reciprocal-rank fusion of dense and BM25
    DENSE = "dense"
    LEXICAL = "bm25"


def rrf(rankings: Sequence[np.ndarray], k: float, weights: Sequence[float] | None = None
        ) -> tuple[np.ndarray, np.ndarray]:
    """Reciprocal-rank fusion: each ranking (ids, best first) adds ``w / (k + rank)``, rank from 1.
    Returns (ids, fused scores), best first; ties keep the order of first appearance."""
    weights = [1.0] * len(rankings) if weights is None else weights
    total: dict[int, float] = {}
    for ranking, w in zip(rankings, weights):
        for rank, i in enumerate(ranking.tolist(), start=1):
            total[i] = total.get(i, 0.0) + w / (k + rank)
    if not total:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    ids = np.fromiter(total, dtype=np.int64, count=len(total))
    scores = np.fromiter(total.values(), dtype=np.float64, count=len(total))
    order = np.argsort(-scores, kind="stable")
    return ids[order], scores[order]


@functools.lru_cache(maxsize=1)
def chunk_scorer() -> Scorer:
    """The shipped "chunks" model, bound to ``CHUNK_FEATURES``."""
    return load_weights().scorer("chunks", CHUNK_FEATURES)


def search(index: Index, question: str, qvec: np.ndarray, k: int, mode: Mode = Mode.HYBRID,
           depth: int | None = None, settings: Settings | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(rows, scores) of the ``k`` best chunks for a question and its (d,) vector, best first.

    Scores: fused model score (hybrid), RRF score, cosine (dense) or BM25 score. ``depth``: how
    deep each ranking goes before fusion (default ``settings.candidates``)."""
    settings = DEFAULT if settings is None else settings
    depth = max(settings.candidates if depth is None else depth, k)
    if index.size == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    if mode is Mode.DENSE:
        return index.dense.search(qvec, k)
    if mode is Mode.LEXICAL:
        return index.lexical(question, k)
    if mode is Mode.RRF:
        dense_rows, _ = index.dense.search(qvec, depth)
        lex_rows, _ = index.lexical(question, depth)
        rows, scores = rrf([dense_rows, lex_rows], settings.rrf_k)
        return rows[:k], scores[:k]
    cand = candidates(index, question, qvec, depth)
    scores = chunk_scorer()(cand)
    order = np.argsort(-scores, kind="stable")[:k]
    return cand.rows[order], scores[order]
