"""Dense search over chunk vectors with FAISS: exact inner product for small indexes, an HNSW graph
for large ones. New rows not yet in the graph (the "delta") are searched exactly beside it, and
deleted rows are filtered out inside FAISS with a bitmap selector."""

from __future__ import annotations

import contextlib
from pathlib import Path

import faiss
import numpy as np

from qa import config


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` largest scores, best first (ties: lower index first)."""
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.lexsort((part, -scores[part]))]


@contextlib.contextmanager
def omp_threads(n: int | None):
    """Run this thread's FAISS calls on ``n`` OpenMP threads inside the block (None: as they are).

    FAISS's thread count is per calling thread: a thread that never set it uses all cores."""
    before = faiss.omp_get_max_threads()
    if n is not None and n != before:
        faiss.omp_set_num_threads(n)
    try:
        yield
    finally:
        if n is not None and n != before:
            faiss.omp_set_num_threads(before)


def new_hnsw(dim: int) -> faiss.IndexHNSWFlat:
    index = faiss.IndexHNSWFlat(dim, config.HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = config.HNSW_EF_CONSTRUCTION
    return index


def add_in_batches(index: faiss.Index, vectors: np.ndarray, batch: int = 20_000, progress=None) -> None:
    """Add (n, d) vectors in slices, so a memory-mapped file is never copied whole."""
    n = len(vectors)
    with omp_threads(config.BUILD_THREADS):
        for lo in range(0, n, batch):
            index.add(np.ascontiguousarray(vectors[lo : lo + batch], dtype=np.float32))
            if progress is not None:
                progress(min(lo + batch, n), n)


def save(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load(path: Path) -> faiss.Index:
    return faiss.read_index(str(path))


class DenseSearch:
    """Inner-product search over rows ``[0, n)`` of ``vectors``; rows with ``live == False`` never
    come back. ``graph``, when given, covers rows ``[0, graph.ntotal)``."""

    def __init__(self, vectors: np.ndarray, live: np.ndarray, graph: faiss.Index | None = None):
        n, dim = vectors.shape
        self.n = n
        self.kind = "hnsw" if graph is not None else "flat"
        self.graph = graph
        start = graph.ntotal if graph is not None else 0
        self.delta_start = start
        self.flat = faiss.IndexFlatIP(dim)
        add_in_batches(self.flat, vectors[start:])
        self._live = live
        self._bits = np.packbits(live, bitorder="little")   # must outlive the selectors
        self._all_live = bool(live.all())
        self._delta_bits = np.packbits(live[start:], bitorder="little")

    def search(self, query: np.ndarray, k: int, ef: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of the ``k`` best live rows for one (d,) query, best first."""
        with omp_threads(config.QUERY_THREADS):
            return self._search(query, k, ef)

    def _search(self, query: np.ndarray, k: int, ef: int | None) -> tuple[np.ndarray, np.ndarray]:
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        rows: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        if self.graph is not None and self.graph.ntotal:
            ef = config.HNSW_EF_SEARCH if ef is None else ef
            params = faiss.SearchParametersHNSW(efSearch=max(ef, k))
            if not self._all_live:
                params.sel = faiss.IDSelectorBitmap(self.graph.ntotal, faiss.swig_ptr(self._bits))
            d, i = self.graph.search(q, k, params=params)
            rows.append(i[0])
            scores.append(d[0])
        if self.flat.ntotal:
            params = None
            if not self._all_live:
                params = faiss.SearchParameters(sel=faiss.IDSelectorBitmap(self.flat.ntotal, faiss.swig_ptr(self._delta_bits)))
            d, i = self.flat.search(q, min(k, self.flat.ntotal), params=params)
            rows.append(np.where(i[0] >= 0, i[0] + self.delta_start, -1))
            scores.append(d[0])
        if not rows:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        r = np.concatenate(rows)
        s = np.concatenate(scores)
        keep = r >= 0
        r, s = r[keep], s[keep]
        best = top_k(s, k)
        return r[best].astype(np.int64), s[best].astype(np.float32)
