"""Ranked chunks → the passages shown: neighbouring chunks share sentences, so a chunk that
overlaps a better-ranked one of the same article is left out rather than shown twice."""

from __future__ import annotations

import numpy as np

from qa.index.loaded import Index


def distinct(index: Index, rows: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``k`` of ranked ``rows`` that do not overlap a better-ranked row of the same
    article (so the caller ranks about ``Settings.distinct_depth * k`` rows)."""
    keep: list[int] = []
    taken: list[tuple[int, int, int]] = []     # (document, start, end) of the rows kept
    for i, row in enumerate(rows.tolist()):
        doc = int(index.row_doc[row])
        start, end = index.chunk_span(row)
        if any(d == doc and s < end and start < e for d, s, e in taken):
            continue
        keep.append(i)
        taken.append((doc, start, end))
        if len(keep) == k:
            break
    return rows[keep], scores[keep]
