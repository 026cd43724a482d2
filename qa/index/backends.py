"""The dense backends by kind, and which one an index of a given size uses. A new backend is a
module implementing ``qa.index.dense.Backend`` and a line here."""

from __future__ import annotations

from qa.index.dense import Backend
from qa.index.flat import FlatBackend
from qa.index.hnsw import HnswBackend
from qa.index.hnsw_sq import HnswSqBackend
from qa.settings import Settings

BACKENDS: dict[str, Backend] = {
    "flat": FlatBackend(),
    "hnsw": HnswBackend(),
    "hnswsq": HnswSqBackend(),
}


def choose(rows: int, settings: Settings) -> Backend:
    """Exact search for small indexes; the HNSW graph from ``settings.ann_min_chunks`` rows, over
    8-bit codes (re-ranked exactly) from ``settings.ann_quantized_min_chunks``."""
    if rows >= max(settings.ann_min_chunks, settings.ann_quantized_min_chunks):
        return BACKENDS["hnswsq"]
    return BACKENDS["hnsw" if rows >= settings.ann_min_chunks else "flat"]


def backend_of(entry: dict) -> Backend:
    """The backend that made a manifest's "ann" entry; ``ValueError`` for an unknown kind."""
    kind = (entry or {}).get("kind", "flat")
    if kind not in BACKENDS:
        raise ValueError(f"dense index kind {kind!r} is not one of {sorted(BACKENDS)}")
    return BACKENDS[kind]
