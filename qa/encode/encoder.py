"""The ``Encoder`` seam: text → vectors, and the thread settings encoding runs under."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

Progress = Callable[[int, int], None]   # (done, total)


class Encoder(Protocol):
    """What the index and the reader need from an embedding model."""

    name: str
    dim: int

    def sizes(self, texts: Sequence[str]) -> list[int]:
        """Length of each text in the model's units (word pieces, without special tokens)."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised."""

    def encode_spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], progress: Progress | None = None
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Vectors of whole texts (n, dim) and, per text, (len(spans[i]), dim) vectors of the
        character spans ``spans[i]`` inside it; all float32, L2-normalised."""


def normalize(x: np.ndarray) -> np.ndarray:
    """Rows scaled to unit L2 norm (zero rows stay zero)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


@functools.lru_cache(maxsize=1)
def default_threads() -> int:
    """Threads torch would use here (its own choice, the physical cores), read before we change it."""
    import torch

    return torch.get_num_threads()


def build_threads(configured: int | None) -> int:
    """Threads for encoding batches of chunks: ``configured``, or all cores for None."""
    return default_threads() if configured is None else configured


def query_threads(configured: int) -> int:
    """Threads for answering one question: ``configured``, at most the cores torch found here."""
    return max(1, min(configured, default_threads()))


@contextlib.contextmanager
def torch_threads(n: int | None):
    """Run this thread's torch operations on ``n`` threads inside the block (None: as they are)."""
    import torch

    before = torch.get_num_threads()
    if n is not None and n != before:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        if n is not None and n != before:
            torch.set_num_threads(before)


@contextlib.contextmanager
def answering_threads(configured: int):
    """torch on ``query_threads(configured)`` threads inside the block, where this process has
    loaded torch at all (an engine over a test's fake encoder never does)."""
    if "torch" not in sys.modules:
        yield
        return
    with torch_threads(query_threads(configured)):
        yield
