"""Other versions of a story. A news archive holds the same story filed more than once with small
changes (a corrected figure, a reworded lead) under other file names. Byte-identical files are
indexed once (the build's "also"); near-identical ones are indexed apart, and their chunks would
fill a result list with the same text twice. A ranked chunk whose word 3-grams are nearly all
(``Settings.version_share``, or all but the three that one changed word is in) in the better-ranked
chunks of one other article is another version of them, as is one holding a better-ranked chunk
whole with little added (a correction line, an update): it is dropped from the ranking, and its
article is named beside the chunk it repeats. A chunk that overlaps or touches a kept chunk of its
own article stays (it extends that passage)."""

from __future__ import annotations

import re

import numpy as np

from qa.index.loaded import Index

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_TRIGRAMS = 8        # a chunk shorter than this is never called a version (too little to compare)
ONE_WORD = 3            # the 3-grams one changed word is in: that many may differ, however short the chunk
SUPERSET_SHARE = 0.6    # a chunk holding a kept one whole is another version of it when this much of it is that one


def trigrams(text: str) -> frozenset[tuple[str, str, str]]:
    """The distinct runs of three words of ``text``, lower-cased."""
    w = _WORD.findall(text.lower())
    return frozenset(zip(w, w[1:], w[2:]))


def drop_versions(index: Index, rows: np.ndarray, scores: np.ndarray, share: float
                  ) -> tuple[np.ndarray, np.ndarray, dict[int, tuple[str, ...]]]:
    """``rows`` and ``scores`` (best first) without the chunks that are another version of
    better-ranked ones (module doc), and, for each kept row that others repeat, the seed files of
    those others (best-ranked first). ``share`` above 1 keeps every row."""
    if share > 1 or len(rows) < 2:
        return rows, scores, {}
    kept: list[int] = []
    by_doc: dict[int, _Kept] = {}
    named: dict[int, list[str]] = {}
    for i, row in enumerate(rows.tolist()):
        doc = int(index.row_doc[row])
        grams = trigrams(index.chunk_text(row))
        start, end = index.chunk_span(row)
        mine = by_doc.setdefault(doc, _Kept())
        extends = any(start <= e and s <= end for s, e in mine.spans)
        source = index.documents[doc]["source"]         # (two stories of one file: both kept, they are one file)
        repeats = None if extends or len(grams) < MIN_TRIGRAMS else next(
            (other.repeated(grams) for d, other in by_doc.items()
             if d != doc and index.documents[d]["source"] != source and other.holds(grams, share)), None)
        if repeats is None:
            kept.append(i)
            mine.add(row, grams, (start, end))
            continue
        if source not in named.setdefault(repeats, []):
            named[repeats].append(source)
    keep = np.asarray(kept, dtype=np.int64)
    return rows[keep], scores[keep], {row: tuple(sources) for row, sources in named.items()}


class _Kept:
    """The kept chunks of one article: their rows, 3-grams and spans, and all their 3-grams."""

    def __init__(self) -> None:
        self.chunks: list[tuple[int, frozenset]] = []
        self.spans: list[tuple[int, int]] = []
        self.grams: set = set()

    def add(self, row: int, grams: frozenset, span: tuple[int, int]) -> None:
        self.chunks.append((row, grams))
        self.spans.append(span)
        self.grams |= grams

    def holds(self, grams: frozenset, share: float) -> bool:
        """Whether these chunks hold at least ``share`` of ``grams``, or all but the 3-grams of one
        changed word (a short story with its figure corrected), or whether ``grams`` hold one of
        these chunks whole but for one changed word with little added (the story re-issued with a
        correction line or an update at its end: at least ``SUPERSET_SHARE`` of it is the chunk)."""
        missing = len(grams - self.grams)
        if not self.chunks:
            return False
        if missing <= ONE_WORD or len(grams) - missing >= share * len(grams):
            return True
        return any(len(g) >= MIN_TRIGRAMS and len(g - grams) <= ONE_WORD
                   and len(g & grams) >= SUPERSET_SHARE * len(grams) for _, g in self.chunks)

    def repeated(self, grams: frozenset) -> int:
        """The row of the chunk sharing most of ``grams``."""
        return max(self.chunks, key=lambda item: len(item[1] & grams))[0]


def worded_otherwise(index: Index, sources: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Those of ``sources`` (other versions of a story) whose text does not hold ``text`` (a quoted
    sentence) word for word, spacing aside: a correction may have changed the very words quoted."""
    want = " ".join(text.split())
    out = []
    for source in sources:
        try:
            other = index.article_text(index.document_number(source))
        except KeyError:                 # gone from the index since it was ranked
            continue
        if want not in " ".join(other.split()):
            out.append(source)
    return tuple(out)
