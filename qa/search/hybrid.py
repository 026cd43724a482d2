"""Question → ranked chunks.

Dense (FAISS) and BM25 each propose candidates; a small linear model fitted on SQuAD train scores
the union from the dense cosine, the BM25 score, the best sentence cosine inside the chunk, how much
of the question's word weight the chunk holds, and the best sentence cosine of the chunk's article
among the candidates (an article that is about the question lifts all of its chunks a little).
Reciprocal-rank fusion and the single rankings stay available as baselines."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from qa import config
from qa.index.loaded import Index
from qa.read.models import LinearModel, chunk_features, load_models


class Mode(str, enum.Enum):
    """Which ranking to use."""

    HYBRID = "hybrid"   # learned fusion of dense + BM25 + sentence similarity (default)
    RRF = "rrf"         # reciprocal-rank fusion of dense and BM25
    DENSE = "dense"
    LEXICAL = "bm25"


@dataclass(frozen=True)
class Candidates:
    """The union of dense and BM25 candidates of one question, with their raw signals."""

    rows: np.ndarray        # (n,) chunk rows
    dense: np.ndarray       # (n,) cosine with the question
    bm25: np.ndarray        # (n,) BM25 score
    sent_max: np.ndarray    # (n,) best cosine of a sentence of the chunk
    coverage: np.ndarray    # (n,) share of the weight of the question's known words found in the chunk
    article_sent_max: np.ndarray  # (n,) best ``sent_max`` among the candidates of the chunk's article

    def features(self) -> np.ndarray:
        return chunk_features(self.dense, self.bm25, self.sent_max, self.coverage, self.article_sent_max)


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


def candidates(index: Index, question: str, qvec: np.ndarray, depth: int) -> Candidates:
    """Top ``depth`` of each ranking, merged, with every signal computed for every candidate."""
    dense_rows, _ = index.dense.search(qvec, depth)
    terms = index.query_terms(question)
    bm25_all = index.bm25.scores(terms) if terms else None
    if bm25_all is not None:
        lex = np.argpartition(-bm25_all, min(depth, len(bm25_all) - 1))[:depth]
        lex = lex[bm25_all[lex] > 0]
        rows = np.union1d(dense_rows, lex)
    else:
        rows = np.unique(dense_rows)
    rows = rows[index.live[rows]]
    dense = np.asarray(index.vectors[rows], dtype=np.float32) @ qvec
    bm25 = bm25_all[rows] if bm25_all is not None else np.zeros(len(rows), np.float32)
    sent_max = index.best_sentence_scores(rows, qvec)
    cover = index.bm25.coverage(terms, rows)
    return Candidates(rows, dense.astype(np.float32), bm25.astype(np.float32), sent_max, cover,
                      group_max(index.row_doc[rows], sent_max))


def group_max(groups: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Each element's group maximum: ``out[i] = max(values[groups == groups[i]])``."""
    if len(values) == 0:
        return np.zeros(0, np.float64)
    keys, inverse = np.unique(groups, return_inverse=True)
    best = np.full(len(keys), -np.inf)
    np.maximum.at(best, inverse, values)
    return best[inverse]


@functools.lru_cache(maxsize=1)
def chunk_model() -> LinearModel:
    return load_models()["chunks"]


def search(index: Index, question: str, qvec: np.ndarray, k: int, mode: Mode = Mode.HYBRID,
           depth: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(rows, scores) of the ``k`` best chunks for a question and its (d,) vector, best first.

    Scores: fused model score (hybrid), RRF score, cosine (dense) or BM25 score."""
    depth = max(config.CANDIDATES if depth is None else depth, k)
    if index.size == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    if mode is Mode.DENSE:
        return index.dense.search(qvec, k)
    if mode is Mode.LEXICAL:
        return index.lexical(question, k)
    if mode is Mode.RRF:
        dense_rows, _ = index.dense.search(qvec, depth)
        lex_rows, _ = index.lexical(question, depth)
        rows, scores = rrf([dense_rows, lex_rows], config.RRF_K)
        return rows[:k], scores[:k]
    cand = candidates(index, question, qvec, depth)
    scores = chunk_model().score(cand.features())
    order = np.argsort(-scores, kind="stable")[:k]
    return cand.rows[order], scores[order]


DISTINCT_DEPTH = 3    # ranked rows looked at per passage returned by ``distinct``


def distinct(index: Index, rows: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``k`` of ranked ``rows`` that do not overlap a better-ranked row of the same
    article. Neighbouring chunks share sentences (``config.CHUNK_OVERLAP``); showing the same text
    twice wastes a place that another passage could use."""
    keep: list[int] = []
    taken: list[tuple[int, int, int]] = []     # (document, start, end) of the rows kept
    for i, row in enumerate(rows.tolist()):
        doc = int(index.row_doc[row])
        start, end = index.chunk_span(row)
        if any(d == doc and s < end and start < e for d, s, e in taken):
            continue
        keep.append(i)
        taken.append((doc, start, end))
        if len(keep) == k:
            break
    return rows[keep], scores[keep]
