"""A running story's latest figure: a live page or an updated story gives a count, then a later
sentence of it says the count has changed ("At least 9 people have died" / … / "The death toll has
risen to 14"; "171 people had been rescued" / … / "191 people have now been rescued"). "How many
people have died?" asks for the latest, unless it asks for the first ("How many were first
reported dead?"); the earlier figure stays among the other answers, and the answer says so. On a
live page, later is by its entries' times, newest first or last."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.encode.words import STOPWORDS
from qa.index.loaded import Index
from qa.read.asked import Wanted, wanted
from qa.read.live import entry_time
from qa.records import Answer

_FIGURE = r"\d[\d,.]*\d|\d"
# A sentence saying a figure changed to a new one: "has risen to [14]", "[191] people have now been
# rescued", "now stands at [23]", "the latest figure is [40]"
_UPDATED = re.compile(
    rf"\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|grown|jumped|reached|gone\s+up|fallen|dropped"
    rf"|been\s+revised\s+(?:up|down)?\s*)\s+to\s+(?P<to>{_FIGURE})\b"
    rf"|(?<![\w,.])(?P<now>{_FIGURE})\b(?:\s+[a-z]+){{0,2}}\s+(?:have|has|had|are|is)\s+now\b"
    rf"|\bnow\s+(?:stands?\s+at|totals?|numbers?)\s+(?P<at>{_FIGURE})\b"
    rf"|\blatest\s+(?:figures?|count|toll|total)\s+(?:is|was|are|of|stands?\s+at)\s+(?P<latest>{_FIGURE})\b",
    re.IGNORECASE)
# A question asking for the first figure told, or one at a time before the latest
_EARLIER_ASKED = re.compile(r"\b(?:first|initially|originally|early|earlier|at\s+first|previously|before)\b",
                            re.IGNORECASE)
# Words saying one measure in several ways ("died", "dead", "death toll", "killed")
_SAME_MEASURE = {"died": "death", "die": "death", "dead": "death", "deaths": "death", "killed": "death",
                 "toll": "death", "fatalities": "death", "lives": "death", "injured": "injury", "injuries": "injury",
                 "hurt": "injury", "missing": "missing", "unaccounted": "missing", "evacuated": "evacuee",
                 "evacuees": "evacuee", "rescued": "rescue", "saved": "rescue"}
# Nouns a count counts that say nothing of what is counted ("people", "more")
_ANY_COUNT = frozenset("people person persons men women children total number some more least many figure figures "
                       "now latest so far".split())
_NEAR = 6           # words either side of a figure that say what it counts


def _measure(words: list[str]) -> set[str]:
    """What ``words`` (lower case) say is counted: their content words, one measure said many ways as one."""
    return {_SAME_MEASURE.get(w, w) for w in words if w not in STOPWORDS and w not in _ANY_COUNT and w.isalpha()}


def _around(text: str, start: int, end: int) -> list[str]:
    """The words of ``text`` within ``_NEAR`` words of ``text[start:end]``, in the same sentence."""
    before = re.findall(r"[a-z]+", text[max(0, start - 80):start].lower())[-_NEAR:]
    after = re.findall(r"[a-z]+", text[end:end + 80].lower())[:_NEAR]
    return before + after


def latest_figure(index: Index, a: Answer) -> Answer:
    """``a``, or for a count or an amount asked (not the first one told) when a later sentence of its
    article says that count changed (``_UPDATED``), with a word of what it counts that the question
    and ``a``'s own sentence share: that later figure, ``a`` among the other answers, saying so."""
    if not a.found or wanted(a.searched or a.question) not in (Wanted.NUMBER, Wanted.AMOUNT) \
            or _EARLIER_ASKED.search(a.searched or a.question):
        return a
    try:
        doc = index.document_number(a.source)
    except KeyError:
        return a
    text = index.article_text(doc)
    asked = _measure(re.findall(r"[a-z]+", (a.searched or a.question).lower()))
    counted = _measure(_around(text, a.start, a.end)) & asked
    if not counted:
        return a
    rows = range(*index.documents[doc]["sentence_rows"])
    own = next((r for r in rows if index.sentence_span(r)[0] <= a.start < index.sentence_span(r)[1]), None)
    since = _clock(index, own) if own is not None else None
    latest, when = None, -1
    for row in rows:
        start, end = index.sentence_span(row)
        clock = _clock(index, row) if since is not None else None
        if (clock is not None and clock <= since) or (clock is None and start < a.sentence_end):
            continue                # not after it: by the live page's times (newest first or last), else in order
        for m in _UPDATED.finditer(text, start, end):
            group = next(g for g in ("to", "now", "at", "latest") if m.group(g))
            at, to = m.span(group)
            if _measure(_around(text, at, to) + re.findall(r"[a-z]+", m.group(0).lower())) & counted \
                    and text[at:to] != a.text and (clock if clock is not None else start) >= when:
                latest, when = (at, to, start, end), (clock if clock is not None else start)
    if latest is None:
        return a
    at, to, start, end = latest
    return replace(a, text=text[at:to], start=at, end=to, sentence=text[start:end], sentence_start=start,
                   sentence_end=end, line=text.count("\n", 0, at) + 1,
                   alternatives=(replace(a, alternatives=(), passages=()), *a.alternatives),
                   notice=" ".join(filter(None, (a.notice, _UPDATED_NOTICE.format(a.text)))))


def _clock(index: Index, row: int) -> int | None:
    """The minutes of the day of the live page's entry holding sentence ``row`` ("17:20" over it), or None."""
    heading = entry_time(index, row)
    m = re.match(r"\s*(\d{1,2})[:.](\d\d)", index.sentence_text(heading)) if heading is not None else None
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


_UPDATED_NOTICE = ('A later sentence of this story updates the figure it first gave ("{}"), which is among the '
                   "other answers.")
