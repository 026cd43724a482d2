"""Question → candidate chunks with the signals that rank them, and the "chunks" feature table.

Dense (FAISS) and BM25 each propose their best ``depth`` chunks; every candidate of the union gets
every signal: the dense cosine, the BM25 score, the best cosine of one of its sentences, how much
of the question's word weight it holds, and the best sentence cosine of its article among the
candidates (an article that is about the question lifts all of its chunks a little)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa.index.loaded import Index
from qa.models import FeatureTable


@dataclass(frozen=True)
class Candidates:
    """The union of dense and BM25 candidates of one question, with their raw signals."""

    rows: np.ndarray        # (n,) chunk rows
    dense: np.ndarray       # (n,) cosine with the question
    bm25: np.ndarray        # (n,) BM25 score
    sent_max: np.ndarray    # (n,) best cosine of a sentence of the chunk
    coverage: np.ndarray    # (n,) share of the weight of the question's known words found in the chunk
    article_sent_max: np.ndarray  # (n,) best ``sent_max`` among the candidates of the chunk's article


def _bm25_rel(c: Candidates) -> np.ndarray:
    top = float(c.bm25.max()) if c.bm25.size else 0.0
    return c.bm25 / top if top > 0 else np.zeros_like(c.bm25)


CHUNK_FEATURES = FeatureTable("chunks", {
    "dense": lambda c: c.dense,
    "bm25_rel": _bm25_rel,                      # BM25 relative to the best candidate's
    "sent_max": lambda c: c.sent_max,
    "bm25_log": lambda c: np.log1p(c.bm25),
    "coverage": lambda c: c.coverage,
    "article_sent_max": lambda c: c.article_sent_max,
})


def candidates(index: Index, question: str, qvec: np.ndarray, depth: int) -> Candidates:
    """Top ``depth`` of each ranking, merged, with every signal computed for every candidate."""
    dense_rows, _ = index.dense.search(qvec, depth)
    terms = index.query_terms(question)
    if terms:
        lex, _ = index.bm25.top(terms, depth)
        rows = np.union1d(dense_rows, lex)
    else:
        rows = np.unique(dense_rows)
    rows = rows[index.live[rows]]
    dense = np.asarray(index.vectors[rows], dtype=np.float32) @ qvec
    bm25 = index.bm25.scores_at(terms, rows) if terms else np.zeros(len(rows), np.float32)
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
