"""Lexical side: tokenising (lower case, stop words out, Snowball stems) and BM25 scoring.

BM25 is computed at query time from raw term counts, so adding or removing chunks only appends or
masks rows: nothing is rebuilt from scratch. The scores equal the ``bm25s`` library's "lucene"
variant (checked in the tests)."""

from __future__ import annotations

import functools
import re
from typing import Iterable, Sequence

import numpy as np
import Stemmer

_WORD = re.compile(r"\w+", re.UNICODE)

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t d ll m re ve""".split()
)


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Stemmed content words of ``text``, in order (stop words dropped)."""
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and w != "_"]
    return _stemmer().stemWords(words)


def term_counts(tokens: Iterable[str], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """(term ids, counts) of a token list, adding unseen terms to ``vocab``; ids sorted."""
    counts: dict[int, int] = {}
    for tok in tokens:
        tid = vocab.setdefault(tok, len(vocab))
        counts[tid] = counts.get(tid, 0) + 1
    ids = np.fromiter(sorted(counts), dtype=np.int32, count=len(counts))
    return ids, np.array([counts[i] for i in ids], dtype=np.uint16)


class BM25:
    """BM25 over rows of a term-count matrix, restricted to the ``live`` rows.

    ``csc`` is (n_terms, n_rows) in CSR layout per term (a "postings" table): term t's rows are
    ``indices[indptr[t]:indptr[t+1]]`` with counts in ``data``."""

    def __init__(self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, doc_len: np.ndarray,
                 live: np.ndarray, k1: float, b: float):
        self.indptr, self.indices, self.data = indptr, indices, data.astype(np.float32)
        self.live = live
        self.k1, self.b = k1, b
        n_live = max(int(live.sum()), 1)
        self.avgdl = float(doc_len[live].sum()) / n_live if live.any() else 1.0
        self.norm = (k1 * (1 - b + b * doc_len / max(self.avgdl, 1e-9))).astype(np.float32)
        # Document frequency among live rows only.
        per_entry_live = live[indices].astype(np.int64)
        df = np.add.reduceat(per_entry_live, indptr[:-1]) if len(indices) else np.zeros(len(indptr) - 1, np.int64)
        df[indptr[:-1] == indptr[1:]] = 0   # reduceat quirk on empty postings
        self.idf = np.log(1.0 + (n_live - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.n_rows = len(doc_len)

    def scores(self, term_ids: Sequence[int]) -> np.ndarray:
        """(n_rows,) float32 BM25 score of every row for a query's term ids (repeats count)."""
        out = np.zeros(self.n_rows, dtype=np.float32)
        for t in term_ids:
            lo, hi = self.indptr[t], self.indptr[t + 1]
            rows = self.indices[lo:hi]
            tf = self.data[lo:hi]
            out[rows] += self.idf[t] * tf * (self.k1 + 1) / (tf + self.norm[rows])
        out[~self.live] = 0.0
        return out


def postings(row_terms: np.ndarray, row_counts: np.ndarray, row_ptr: np.ndarray, n_terms: int
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-row (term, count) lists → per-term (indptr, row indices, counts): a CSR → CSC transpose."""
    from scipy.sparse import csr_matrix

    n_rows = len(row_ptr) - 1
    csc = csr_matrix((row_counts, row_terms, row_ptr), shape=(n_rows, n_terms)).tocsc()
    return csc.indptr.astype(np.int64), csc.indices.astype(np.int32), csc.data
