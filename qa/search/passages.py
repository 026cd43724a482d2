"""Ranked chunks → the passages shown. Neighbouring chunks of an article share sentences, and a
news story is only a few chunks long: a chunk that overlaps (or touches) a better-ranked passage of
the same article extends that passage instead of being dropped or shown twice, so the region around
the answer is returned even when its own window ranked below a neighbour's."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa.index.loaded import Index
from qa.records import Passage


@dataclass
class _Region:
    doc: int
    start: int
    end: int
    score: float
    row: int            # the best-ranked chunk in it
    first_row: int      # the chunk it starts with (for its line number)
    chunks: int


def merge_regions(index: Index, rows: np.ndarray, scores: np.ndarray, k: int, max_chunks: int) -> list[_Region]:
    """The first ``k`` regions of ranked chunk ``rows``: a chunk overlapping or touching a region of
    its article (of fewer than ``max_chunks`` chunks) joins it; any other opens a new region while
    fewer than ``k`` are open. Regions keep the rank (and score) of their best chunk."""
    regions: list[_Region] = []
    for row, score in zip(rows.tolist(), scores.tolist()):
        doc = int(index.row_doc[row])
        start, end = index.chunk_span(row)
        near = [r for r in regions if r.doc == doc and start <= r.end and r.start <= end]
        if near and near[0].chunks >= max_chunks:
            # A full passage: the rest of this chunk (after or before the passage) opens one of its own.
            full = near[0]
            if (start >= full.start and end <= full.end) or len(regions) >= k:
                continue
            text = index.article_text(doc)
            if end > full.end:                    # the part after the passage
                start = full.end + len(text[full.end:end]) - len(text[full.end:end].lstrip())
            else:                                 # the part before it
                end = start + len(text[start:full.start].rstrip())
            if start >= end or any(r.doc == doc and start < r.end and r.start < end for r in regions if r is not full):
                continue
            regions.append(_Region(doc, start, end, float(score), row, row, 1))
            continue
        if near:
            target = near[0]
            if start >= target.start and end <= target.end:
                continue
            if start < target.start:
                target.start, target.first_row = start, row
            target.end = max(target.end, end)
            target.chunks += 1
            for other in near[1:]:                 # the chunk bridged two regions: one region now
                if target.chunks + other.chunks > max_chunks:
                    continue
                if other.start < target.start:
                    target.start, target.first_row = other.start, other.first_row
                target.end = max(target.end, other.end)
                target.chunks += other.chunks
                regions.remove(other)
        elif len(regions) < k:
            regions.append(_Region(doc, start, end, float(score), row, row, 1))
    return regions


def passages(index: Index, rows: np.ndarray, scores: np.ndarray, k: int, max_chunks: int) -> list[Passage]:
    """The ``k`` best passages from ranked chunk ``rows`` (see ``merge_regions``), best first."""
    out = []
    for r in merge_regions(index, rows, scores, k, max_chunks):
        p = index.passage(r.row, r.score)
        if (r.start, r.end) != (p.start, p.end):
            p = Passage(text=index.article_text(r.doc)[r.start:r.end], source=p.source, title=p.title, start=r.start,
                        end=r.end, score=p.score, line=index.line_of(r.first_row, r.start), chunk_id=r.row,
                        encoding=p.encoding, date=p.date, publisher=p.publisher)
        out.append(p)
    return out
