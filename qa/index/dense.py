"""The ``DenseIndex`` seam: inner-product search over the chunk vectors, and the ``Backend`` that
keeps one kind of dense index in the index folder (``qa.index.backends`` lists them).

Plain helpers shared by the backends live here too: ``top_k`` and FAISS's thread count."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from qa.settings import Settings


class DenseIndex(Protocol):
    """Search over rows ``[0, n)`` of an index's chunk vectors; deleted rows never come back."""

    kind: str

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows int64, inner products float32) of the ``k`` best live rows for one (d,) query,
        best first."""


class Backend(Protocol):
    """One kind of dense index: how it is brought up to date by a build and opened for search.

    Its manifest entry ("ann") is a dict with "kind" and, when it keeps a file in the index folder,
    "file" (named "<kind>-<hex>.faiss", so the build knows the file is its own)."""

    kind: str

    def update(self, index_dir: Path, vectors: np.ndarray, previous: dict, rebuild: bool, settings: Settings,
               log: Callable[[str], None]) -> dict:
        """Bring the dense index over ``vectors`` (all rows, memory-mapped) up to date and return its
        manifest entry. ``previous``: the entry before (maybe another kind's); ``rebuild``: the rows
        were renumbered (compaction), so nothing of ``previous`` can be reused."""

    def problem(self, index_dir: Path, entry: dict, rows: int) -> str:
        """What is wrong with this entry's files for an index of ``rows`` rows ("" when nothing)."""

    def open(self, index_dir: Path, entry: dict, vectors: np.ndarray, live: np.ndarray,
             settings: Settings) -> DenseIndex:
        """The search over ``vectors`` (rows, d), ``live`` (rows,) bool; raises ``OSError`` or
        ``RuntimeError`` when its files cannot be read."""


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


def add_in_batches(index: faiss.Index, vectors: np.ndarray, threads: int | None, batch: int = 20_000) -> None:
    """Add (n, d) vectors in slices, so a memory-mapped file is never copied whole."""
    with omp_threads(threads):
        for lo in range(0, len(vectors), batch):
            index.add(np.ascontiguousarray(vectors[lo : lo + batch], dtype=np.float32))


def bitmap(live: np.ndarray) -> np.ndarray:
    """``live`` packed as FAISS's ``IDSelectorBitmap`` reads it (keep it alive while searching)."""
    return np.packbits(live, bitorder="little")


def merge(parts: list[tuple[np.ndarray, np.ndarray]], k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best of several (rows, scores) results (FAISS pads missing ones with row -1)."""
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    r = np.concatenate([p[0] for p in parts])
    s = np.concatenate([p[1] for p in parts])
    keep = r >= 0
    r, s = r[keep], s[keep]
    best = top_k(s, k)
    return r[best].astype(np.int64), s[best].astype(np.float32)
