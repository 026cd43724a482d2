"""Documents → chunks: windows of whole sentences, sized for the embedding model, overlapping.

Sizes are measured by a ``size`` function (word pieces for the real model, words for tests), so a
chunk never exceeds what the model reads and nothing is silently cut off."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from qa.ingest.sentences import split_sentences, trim
from qa.records import Chunk, Document
from qa.settings import DEFAULT, Settings

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
        # Step back over whole items worth `overlap`, but start after lo (progress), and only as far
        # as still leaves room for item `hi`: else the next window would end where this one does,
        # a mere part of it.
        nxt = hi
        back = 0
        while (nxt - 1 > lo and back + sizes[nxt - 1] <= overlap * 2 and back < overlap
               and back + sizes[nxt - 1] + sizes[hi] <= limit):
            nxt -= 1
            back += sizes[nxt]
        lo = nxt


def chunk_document(doc: Document, size: SizeFn = word_sizes, settings: Settings | None = None) -> list[Chunk]:
    """Split one document into chunks that never cross a block (clutter) boundary, sized by
    ``size`` as ``settings`` say (``chunk_target``, ``chunk_limit``, ``chunk_overlap``)."""
    cfg = DEFAULT if settings is None else settings
    target, limit, overlap = cfg.chunk_target, cfg.chunk_limit, cfg.chunk_overlap
    chunks: list[Chunk] = []
    for block_start, block_end in doc.blocks:
        spans = split_sentences(doc.text, block_start, block_end, cfg.sentence_max_words)
        spans = _fit(doc.text, spans, size, limit)
        sizes = size([doc.text[s:e] for s, e in spans])
        for lo, hi in _checked(doc.text, spans, windows(sizes, target, limit, overlap), size, limit):
            start, end = spans[lo][0], spans[hi - 1][1]
            chunks.append(Chunk(doc.source, start, end, doc.text[start:end], tuple(spans[lo:hi])))
    return chunks


def _checked(text: str, spans, wins, size: SizeFn, limit: int) -> list[tuple[int, int]]:
    """Windows whose real size is within ``limit``. Sizes add up across whitespace, but not across
    the cut inside an overlong word (``_fit``): a window holding both halves is measured again and
    split where needed."""
    out: list[tuple[int, int]] = []
    for lo, hi in wins:
        joined = any(spans[i][1] == spans[i + 1][0] for i in range(lo, hi - 1))
        if joined and hi - lo > 1 and size([text[spans[lo][0]:spans[hi - 1][1]]])[0] > limit:
            mid = (lo + hi) // 2
            out.extend(_checked(text, spans, [(lo, mid), (mid, hi)], size, limit))
        else:
            out.append((lo, hi))
    return out


def _fit(text: str, spans: list[tuple[int, int]], size: SizeFn, limit: int) -> list[tuple[int, int]]:
    """Halve (at the last whitespace before the middle, else in the middle of a word) any sentence
    whose size is over ``limit`` until all fit. Halves are trimmed of whitespace."""
    sizes = size([text[s:e] for s, e in spans])
    if all(n <= limit for n in sizes):
        return spans
    out: list[tuple[int, int]] = []
    for (s, e), n in zip(spans, sizes):
        if n <= limit or e - s < 2:
            out.append((s, e))
            continue
        half = s + (e - s) // 2
        cut = _last_space(text, s + 1, half + 1)
        if cut < 0:
            left, right = (s, half), (half, e)   # no whitespace: cut a long word in the middle
        else:
            left, right = trim(text, s, cut), trim(text, cut, e)
        out.extend(_fit(text, [p for p in (left, right) if p is not None], size, limit))
    return out


_LAST_SPACE = re.compile(r"\s\S*\Z")


def _last_space(text: str, lo: int, hi: int) -> int:
    """Index of the last whitespace character in ``text[lo:hi]``, or -1."""
    m = _LAST_SPACE.search(text, lo, hi)
    return m.start() if m else -1
