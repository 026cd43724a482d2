"""A story and its later version: an archive holds a story as first filed and again as updated
("Published 15 January 2024, updated 17 January 2024"), rewritten enough that it is no version of
the first to the search (``qa.search.versions``). An answer quoted from the first names the later
one, which may say otherwise ("Pedestrians can still use the footway" / "The footway … was also
closed on Tuesday evening")."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from qa.index.loaded import Index
from qa.ingest.dates import updated_line
from qa.search.versions import trigrams

# Two stories first published the same day, one updated after the other, sharing at least this
# share of the shorter one's word 3-grams, are one story and its update (a rewrite keeps about a
# fifth; two stories of one dispute a year apart share under a tenth).
LATER_SHARE = 0.15
_HEADER_LINES = 8       # a publication line is looked for in an article's first lines


def updated_on(index: Index, doc: int) -> str:
    """The ISO date article ``documents[doc]`` says it was updated on, "" when it says none."""
    return next(filter(None, map(updated_line, index.article_text(doc).split("\n")[:_HEADER_LINES])), "")


def later_version(index: Index, source: str, others: Iterable[str]) -> tuple[str, str] | None:
    """(seed file, ISO date) of the one of ``others`` that is a later version of the story in
    ``source``: first published the same day, updated after it and sharing ``LATER_SHARE`` of its
    word 3-grams; None when there is none."""
    try:
        doc = index.document_number(source)
    except KeyError:
        return None
    first = index.documents[doc].get("date", "")
    if not first:
        return None
    mine, grams = updated_on(index, doc) or first, None
    for other in dict.fromkeys(others):
        try:
            od = index.document_number(other)
        except KeyError:
            continue
        when = updated_on(index, od) if other != source and index.documents[od].get("date") == first else ""
        if not when or when <= mine:
            continue
        grams = trigrams(index.article_text(doc)) if grams is None else grams
        theirs = trigrams(index.article_text(od))
        if len(grams & theirs) >= LATER_SHARE * max(1, min(len(grams), len(theirs))):
            return other, when
    return None


def later_notice(later: tuple[str, str]) -> str:
    """What an answer says of a later version of its story."""
    source, iso = later
    day = datetime.date.fromisoformat(iso)
    return f"A later version of this story, updated {day.day} {day:%B %Y}, is in {source}: it may say otherwise."
