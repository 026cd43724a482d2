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

# Two stories first published the same day, one updated after the other, whose bodies share at
# least this share of the shorter one's word 3-grams, and at least ``LATER_MIN`` of them, are one
# story and its update (a rewrite keeps about a fifth; two stories of one dispute a year apart share
# under a tenth; two briefs of a day share their boilerplate only, which is no body).
LATER_SHARE = 0.15
LATER_MIN = 12
_HEADER_LINES = 8       # a publication line is looked for in an article's first lines


def updated_on(index: Index, doc: int) -> str:
    """The ISO date article ``documents[doc]`` says it was updated on, "" when it says none."""
    lines = index.story_text(doc).split("\n", _HEADER_LINES)[:_HEADER_LINES]
    return next(filter(None, map(updated_line, lines)), "")


def _body(index: Index, doc: int) -> str:
    """The sentences of article ``documents[doc]`` as indexed (no headline, publication line or sign-off)."""
    return " ".join(index.sentence_text(r) for r in range(*index.documents[doc]["sentence_rows"]))


def later_version(index: Index, source: str, start: int, others: Iterable[tuple[str, int]],
                  sentence: str = "") -> tuple[str, str] | None:
    """(seed file, ISO date) of the latest of ``others`` (seed file, file offset: passages) that is a
    later version of the story at offset ``start`` of ``source`` (a file, or a story of a news
    database's export) and does not hold its ``sentence`` word for word: first published the same
    day, updated after it, their bodies sharing ``LATER_SHARE`` of the shorter one's word 3-grams and
    ``LATER_MIN`` at least; None when there is none."""
    try:
        doc = index.document_at(source, start)
    except KeyError:
        return None
    first = index.documents[doc].get("date", "")
    if not first:
        return None
    mine, grams, found = updated_on(index, doc) or first, None, None
    seen = {doc}
    for other, at in others:
        try:
            od = index.document_at(other, at)
        except KeyError:
            continue
        if od in seen:
            continue
        seen.add(od)
        when = updated_on(index, od) if index.documents[od].get("date") == first else ""
        if not when or when <= mine or (found and when <= found[1]):
            continue
        body = _body(index, od)
        if sentence and sentence in body:
            continue                # it says the same
        grams = trigrams(_body(index, doc)) if grams is None else grams
        theirs = trigrams(body)
        shared = len(grams & theirs)
        if shared >= LATER_MIN and shared >= LATER_SHARE * min(len(grams), len(theirs)):
            found = (other, when)
    return found


def later_notice(later: tuple[str, str], quoted: bool = False) -> str:
    """What an answer says of a later version of its story (``later_version``: its date is a full
    one): that it is quoted from it (``quoted``), or that it may say otherwise."""
    source, iso = later
    day = datetime.date.fromisoformat(iso)
    if quoted:
        return (f"Quoted from the later version of this story, updated {day.day} {day:%B %Y} ({source}); the "
                "first version's answer is among the others.")
    return f"A later version of this story, updated {day.day} {day:%B %Y}, is in {source}: it may say otherwise."
