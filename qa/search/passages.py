"""Ranked chunks → the passages shown. Neighbouring chunks of an article share sentences, and a
news story is only a few chunks long: a chunk that overlaps (or touches) a better-ranked passage of
the same article extends that passage instead of being dropped or shown twice, so the region around
the answer is returned even when its own window ranked below a neighbour's. A passage names the
other versions of its text (``qa.search.versions``) found for any of its chunks."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from qa.index.loaded import Index
from qa.records import Passage
from qa.search.versions import drop_versions
from qa.settings import Settings


@dataclass
class _Region:
    doc: int
    start: int
    end: int
    score: float
    row: int            # the best-ranked chunk in it
    first_row: int      # the chunk it starts with (for its line number)
    chunks: int
    members: list[int] = field(default_factory=list)     # every chunk row it holds


def merge_regions(index: Index, rows: np.ndarray, scores: np.ndarray, k: int, max_chunks: int) -> list[_Region]:
    """The first ``k`` regions of ranked chunk ``rows``, never overlapping: a chunk that overlaps or
    touches regions of its article joins them (all into one) while that makes no more than
    ``max_chunks`` chunks; otherwise the largest part of it no region covers opens a region of its
    own (while fewer than ``k`` are open). Regions keep the rank (and score) of their best chunk."""
    regions: list[_Region] = []
    for row, score in zip(rows.tolist(), scores.tolist()):
        doc = int(index.row_doc[row])
        start, end = index.chunk_span(row)
        near = sorted((r for r in regions if r.doc == doc and start <= r.end and r.start <= end), key=lambda r: r.start)
        inside = next((r for r in near if r.start <= start and end <= r.end), None)
        if inside is not None:
            inside.members.append(row)                   # nothing new in it
            continue
        if near and sum(r.chunks for r in near) + 1 <= max_chunks:
            target = min(near, key=regions.index)        # the best-ranked one keeps its place
            for other in near:
                if other is not target:
                    target.chunks += other.chunks
                    target.members += other.members
                    regions.remove(other)
            lo = min([start] + [r.start for r in near])
            if lo < target.start:
                target.first_row = row if lo == start else next(r.first_row for r in near if r.start == lo)
            target.start, target.end = lo, max([end] + [r.end for r in near])
            target.chunks += 1
            target.members.append(row)
            continue
        if len(regions) >= k:
            continue
        gap = _largest_gap(index.article_text(doc) if near else "", start, end, near)
        if gap is not None:
            regions.append(_Region(doc, gap[0], gap[1], float(score), row, row, 1, [row]))
    return regions


def _largest_gap(text: str, start: int, end: int, near: list[_Region]) -> tuple[int, int] | None:
    """The largest part of [start, end) that no region of ``near`` (sorted) covers, without the
    whitespace at its edges; None when none is left."""
    gaps, pos = [], start
    for r in near:
        if r.start > pos:
            gaps.append((pos, min(r.start, end)))
        pos = max(pos, r.end)
    if pos < end:
        gaps.append((pos, end))
    best = None
    for a, b in gaps:
        piece = text[a:b] if text else ""
        a2 = a + len(piece) - len(piece.lstrip()) if text else a
        b2 = b - (len(piece) - len(piece.rstrip())) if text else b
        if b2 > a2 and (best is None or b2 - a2 > best[1] - best[0]):
            best = (a2, b2)
    return best


def passages(index: Index, rows: np.ndarray, scores: np.ndarray, k: int, max_chunks: int,
             versions: dict[int, tuple[str, ...]] | None = None) -> list[Passage]:
    """The ``k`` best passages from ranked chunk ``rows`` (see ``merge_regions``), best first;
    ``versions``: the other versions' seed files by chunk row (``versions.drop_versions``)."""
    versions = versions or {}
    out = []
    for r in merge_regions(index, rows, scores, k, max_chunks):
        p = index.passage(r.row, r.score)
        if (r.start, r.end) != (p.start, p.end):
            p = replace(p, text=index.article_text(r.doc)[r.start:r.end], start=r.start, end=r.end,
                        line=index.line_of(r.first_row, r.start))
        named = tuple(dict.fromkeys(s for row in r.members for s in versions.get(row, ()) if s != p.source))
        out.append(replace(p, versions=named) if named else p)
    return out


def shown_passages(index: Index, rows: np.ndarray, scores: np.ndarray, k: int, settings: Settings
                   ) -> tuple[np.ndarray, np.ndarray, dict[int, tuple[str, ...]], list[Passage]]:
    """What ``retrieve()`` and ``answer()`` show from ranked chunk ``rows``: the rows and scores
    left once other versions of a story are out (``versions.drop_versions``), those versions'
    files by the row they repeat, and the ``k`` passages."""
    rows, scores, versions = drop_versions(index, rows, scores, settings.version_share)
    return rows, scores, versions, passages(index, rows, scores, k, settings.passage_max_chunks, versions)
