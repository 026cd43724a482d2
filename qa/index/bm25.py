"""BM25 scoring over the index's term counts (words from ``qa.encode.words``).

BM25 is computed at query time from raw term counts, so adding or removing chunks only appends or
masks rows: nothing is rebuilt from scratch. The scores are the ``bm25s`` library's "lucene" variant
(same idf, same length normalisation) times the constant ``k1 + 1`` of the classic formula, which
Lucene 8 dropped; rankings are identical (checked in the tests). The ranking models' ``bm25_log``
feature was fitted on this scale, so keep the factor unless they are refitted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from qa.index.dense import top_k


def term_counts(tokens: Iterable[str], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """(term ids, counts) of a token list, adding unseen terms to ``vocab`` (in order of first
    occurrence); ids sorted."""
    counts = Counter(tokens)
    ids = np.fromiter((vocab.setdefault(t, len(vocab)) for t in counts), dtype=np.int32, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.int64, count=len(counts)).clip(0, 65535).astype(np.uint16)
    order = np.argsort(ids, kind="stable")
    return ids[order], tf[order]


class BM25:
    """BM25 over rows of a term-count matrix, restricted to the ``live`` rows.

    ``csc`` is (n_terms, n_rows) in CSR layout per term (a "postings" table): term t's rows are
    ``indices[indptr[t]:indptr[t+1]]`` with counts in ``data``."""

    def __init__(self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, doc_len: np.ndarray,
                 live: np.ndarray, k1: float, b: float, pseudo_docs: int = 0):
        # (counts stay as stored, 2 bytes a posting; each query converts the slices it reads)
        self.indptr, self.indices, self.data = indptr, indices, data
        self.live = live
        self.dead = np.flatnonzero(~live)    # zeroed after scoring (rows of removed articles)
        self.k1, self.b = k1, b
        n_live = max(int(live.sum()), 1)
        self.avgdl = float(doc_len[live].sum()) / n_live if live.any() else 1.0
        self.norm = (k1 * (1 - b + b * doc_len / max(self.avgdl, 1e-9))).astype(np.float32)
        # Document frequency among live rows only.
        # (A cumulative sum, not np.add.reduceat: that fails when the last terms have no postings,
        # which happens after compaction drops the rows of the articles that brought them.)
        cum = np.concatenate([[0], np.cumsum(live[indices], dtype=np.int64)])
        df = cum[indptr[1:]] - cum[indptr[:-1]]
        self.df = df     # 0 for a word only removed articles had (``Index.term_id``)
        self.idf = np.log(1.0 + (n_live - df + 0.5) / (df + 0.5)).astype(np.float32)
        # Word weights for "how much of the question does this text cover" features: idf as if the
        # index also held ``pseudo_docs`` chunks without the word, so that the weights mean the same
        # in an index of one article as in one of thousands (BM25 itself keeps the plain idf).
        virtual = n_live + pseudo_docs
        self.weight = np.log(1.0 + (virtual - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.unseen_weight = float(np.log(1.0 + (virtual + 0.5) / 0.5))
        self.n_rows = len(doc_len)
        self._most_cache: dict[int, float] = {}

    def scores(self, term_ids: Sequence[int]) -> np.ndarray:
        """(n_rows,) float32 BM25 score of every row for a query's term ids (repeats count)."""
        out = np.zeros(self.n_rows, dtype=np.float32)
        for t in term_ids:
            lo, hi = self.indptr[t], self.indptr[t + 1]
            rows = self.indices[lo:hi]
            out[rows] += self._contribution(t, 1, rows, self.data[lo:hi])
        out[self.dead] = 0.0
        return out

    def top(self, term_ids: Sequence[int], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of the ``k`` best live rows with a positive score, best first (ties:
        lower row first): the best of ``scores``, without scoring every row that a common word is
        in. Terms are scored over their postings from the one that can add the most to a row down,
        until the terms left could not lift a row that none of the scored ones holds above the
        k-th best score so far ("MaxScore"); the rows found are then completed with the terms left,
        looked up in their postings."""
        ids, mult, bound = self._by_bound(term_ids)
        left = np.concatenate([np.cumsum(bound[::-1])[::-1][1:], [0.0]])   # bound of the terms after i
        out = np.zeros(self.n_rows, dtype=np.float32)
        found = np.zeros(0, dtype=np.int64)           # live rows the scored terms are in (unordered)
        seen = np.zeros(self.n_rows, dtype=bool)
        done, tracking = len(ids), True
        for i, (t, m) in enumerate(zip(ids, mult)):
            rows = self.indices[self.indptr[t]:self.indptr[t + 1]]
            out[rows] += self._contribution(t, m, rows, self.data[self.indptr[t]:self.indptr[t + 1]])
            if not tracking or left[i] <= 0:
                continue
            if 4 * (len(found) + len(rows)) > self.n_rows:
                tracking = False            # no cheaper than scoring every row: score them all
                continue
            new = rows[~seen[rows]]
            seen[new] = True
            found = np.concatenate([found, new[self.live[new]]])
            if len(found) > k:
                kth = np.partition(out[found], len(found) - k)[len(found) - k]
                if left[i] < kth:
                    done = i + 1
                    break
        if done < len(ids):
            # Only rows that the terms left could lift to the k-th best score so far can be in the top k.
            rows = found[out[found] + left[done - 1] >= kth]
            out[rows] += self._at(ids[done:], mult[done:], rows)
        else:
            out[self.dead] = 0.0
            rows = np.flatnonzero(out > 0)
        rows = rows[out[rows] > 0]
        best = rows[top_k(out[rows], k)]
        return best.astype(np.int64), out[best]

    def scores_at(self, term_ids: Sequence[int], rows: np.ndarray) -> np.ndarray:
        """(len(rows),) float32 ``scores`` of the given rows (0 for removed ones), read from the
        postings of the query's terms (binary search) instead of scoring every row."""
        rows = np.asarray(rows, dtype=np.int64)
        ids, mult, _ = self._by_bound(term_ids)
        out = self._at(ids, mult, rows)
        out[~self.live[rows]] = 0.0
        return out

    def _by_bound(self, term_ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The distinct terms, how often each is asked, and the most each can add to a row's score
        (``_most`` times how often), ordered by that bound, largest first."""
        ids, mult = np.unique(np.asarray(term_ids, dtype=np.int64), return_counts=True)
        bound = np.array([self._most(t) for t in ids], dtype=np.float64) * mult
        order = np.argsort(-bound, kind="stable")
        return ids[order], mult[order], bound[order]

    def _most(self, t: int) -> float:
        """The most term ``t`` adds to any row's score (computed on first use, then kept)."""
        most = self._most_cache.get(t)
        if most is None:
            lo, hi = self.indptr[t], self.indptr[t + 1]
            rows = self.indices[lo:hi]
            most = float(self._contribution(t, 1, rows, self.data[lo:hi]).max()) if hi > lo else 0.0
            most = most * (1 + 1e-6) + 1e-9     # an upper bound whatever the float rounding
            self._most_cache[t] = most
        return most

    def _contribution(self, t: int, m: int, rows: np.ndarray, tf: np.ndarray) -> np.ndarray:
        """Term ``t``'s share of the BM25 score of ``rows`` (counts ``tf``), asked ``m`` times."""
        tf = tf.astype(np.float32)
        return np.float32(m) * self.idf[t] * tf * (self.k1 + 1) / (tf + self.norm[rows])

    def _at(self, ids: np.ndarray, mult: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Sum of the terms' contributions to each of ``rows`` (sorted or not), in the terms' order."""
        out = np.zeros(len(rows), dtype=np.float32)
        for t, m in zip(ids, mult):
            lo, hi = self.indptr[t], self.indptr[t + 1]
            posting = self.indices[lo:hi]
            if hi == lo or len(rows) == 0:
                continue
            at = np.minimum(np.searchsorted(posting, rows), hi - lo - 1)
            hit = posting[at] == rows
            out[hit] += self._contribution(t, m, rows[hit], self.data[lo + at[hit]])
        return out

    def coverage(self, term_ids: Sequence[int], rows: np.ndarray) -> np.ndarray:
        """(len(rows),) share of the query's distinct terms' ``weight`` that occurs in each row
        (``term_ids``: the known ones, ``Index.query_terms``)."""
        rows = np.asarray(rows, dtype=np.int64)
        distinct = list(dict.fromkeys(term_ids))
        total = float(sum(self.weight[t] for t in distinct))
        if total <= 0 or len(rows) == 0:
            return np.zeros(len(rows), dtype=np.float64)
        # Each term's rows are sorted: look the asked rows up in them (binary search) instead of
        # walking postings that grow with the index.
        found = np.zeros(len(rows), dtype=np.float64)
        for t in distinct:
            posting = self.indices[self.indptr[t]:self.indptr[t + 1]]
            if len(posting):
                at = np.minimum(np.searchsorted(posting, rows), len(posting) - 1)
                found += np.where(posting[at] == rows, float(self.weight[t]), 0.0)
        return found / total


def postings(row_terms: np.ndarray, row_counts: np.ndarray, row_ptr: np.ndarray, n_terms: int
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-row (term, count) lists → per-term (indptr, row indices, counts): a CSR → CSC transpose."""
    from scipy.sparse import csr_matrix

    n_rows = len(row_ptr) - 1
    csc = csr_matrix((row_counts, row_terms, row_ptr), shape=(n_rows, n_terms)).tocsc()
    return csc.indptr.astype(np.int64), csc.indices.astype(np.int32, copy=False), csc.data
