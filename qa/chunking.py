"""Documents → chunks: windows of whole sentences, sized for the embedding model, overlapping.

Sizes are measured by a ``size`` function (word pieces for the real model, words for tests), so a
chunk never exceeds what the model reads and nothing is silently cut off."""

from __future__ import annotations

from typing import Callable, Sequence

from . import config
from .records import Chunk, Document
from .sentences import split_sentences

SizeFn = Callable[[Sequence[str]], list[int]]


def word_sizes(texts: Sequence[str]) -> list[int]:
    """Size of each text in words."""
    return [len(t.split()) for t in texts]


def windows(sizes: Sequence[int], target: int, limit: int, overlap: int) -> list[tuple[int, int]]:
    """Group consecutive items into windows ``[lo, hi)`` of total size about ``target`` (never over
    ``limit`` unless one item alone is), each window repeating trailing items of the previous one
    worth at least ``overlap`` (but always moving forward)."""
    if not sizes:
        return []
    out: list[tuple[int, int]] = []
    lo = 0
    n = len(sizes)
    while True:
        hi = lo + 1
        total = sizes[lo]
        while hi < n and total < target and total + sizes[hi] <= limit:
            total += sizes[hi]
            hi += 1
        out.append((lo, hi))
        if hi >= n:
            return out
        # Step back over whole items worth `overlap`, but start after lo (progress).
        nxt = hi
        back = 0
        while nxt - 1 > lo and back + sizes[nxt - 1] <= overlap * 2 and back < overlap:
            nxt -= 1
            back += sizes[nxt]
        lo = nxt


def chunk_document(
    doc: Document,
    size: SizeFn = word_sizes,
    target: int | None = None,
    limit: int | None = None,
    overlap: int | None = None,
) -> list[Chunk]:
    """Split one document into chunks that never cross a block (clutter) boundary.

    ``target``, ``limit`` and ``overlap`` are in the units of ``size``."""
    target = config.CHUNK_TARGET if target is None else target
    limit = config.CHUNK_LIMIT if limit is None else limit
    overlap = config.CHUNK_OVERLAP if overlap is None else overlap
    chunks: list[Chunk] = []
    for block_start, block_end in doc.blocks:
        spans = split_sentences(doc.text, block_start, block_end, config.SENTENCE_MAX_WORDS)
        spans = _fit(doc.text, spans, size, limit)
        sizes = size([doc.text[s:e] for s, e in spans])
        for lo, hi in windows(sizes, target, limit, overlap):
            start, end = spans[lo][0], spans[hi - 1][1]
            chunks.append(Chunk(doc.source, start, end, doc.text[start:end], tuple(spans[lo:hi])))
    return chunks


def _fit(text: str, spans: list[tuple[int, int]], size: SizeFn, limit: int) -> list[tuple[int, int]]:
    """Halve (at a word boundary) any sentence whose size is over ``limit`` until all fit."""
    sizes = size([text[s:e] for s, e in spans])
    if all(n <= limit for n in sizes):
        return spans
    out: list[tuple[int, int]] = []
    for (s, e), n in zip(spans, sizes):
        if n <= limit:
            out.append((s, e))
            continue
        mid = text.rfind(" ", s, s + (e - s) // 2 + 1)
        if mid <= s:
            mid = s + (e - s) // 2   # no space: cut a long token in the middle
            left, right = (s, mid), (mid, e)
        else:
            left, right = (s, mid), (mid + 1, e)
        out.extend(_fit(text, [left, right], size, limit))
    return out
