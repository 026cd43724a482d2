"""Exact search: every live row's inner product with the question (a FAISS flat index)."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from qa.index.dense import add_in_batches, bitmap, merge, omp_threads
from qa.settings import Settings


class ExactSearch:
    """Inner products with rows ``[start, n)`` of ``vectors`` (row numbers kept), live rows only."""

    kind = "flat"

    def __init__(self, vectors: np.ndarray, live: np.ndarray, settings: Settings, start: int = 0):
        self.start = start
        self.threads = settings.query_threads
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        add_in_batches(self.index, vectors[start:], settings.build_threads)
        self._all_live = bool(live[start:].all())
        self._bits = bitmap(live[start:])          # must outlive the selectors

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        with omp_threads(self.threads):
            return merge([self.part(query, k)], k)

    def part(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Raw FAISS result (rows, -1 for none) for one query; the caller merges and trims."""
        if not self.index.ntotal:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        params = None
        if not self._all_live:
            params = faiss.SearchParameters(sel=faiss.IDSelectorBitmap(self.index.ntotal, faiss.swig_ptr(self._bits)))
        d, i = self.index.search(q, min(k, self.index.ntotal), params=params)
        return np.where(i[0] >= 0, i[0] + self.start, -1), d[0]


class FlatBackend:
    """No file of its own: the flat index is made from the vectors file at load."""

    kind = "flat"

    def update(self, index_dir: Path, vectors, previous: dict, rebuild: bool, settings: Settings, log) -> dict:
        return {"kind": self.kind}

    def problem(self, index_dir: Path, entry: dict, rows: int) -> str:
        return ""

    def open(self, index_dir: Path, entry: dict, vectors, live, settings: Settings) -> ExactSearch:
        return ExactSearch(vectors, live, settings)
