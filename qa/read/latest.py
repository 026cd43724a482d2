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


def _around(text: str, start: int, end: int, sentence: tuple[int, int]) -> list[str]:
    """The words of ``text`` within ``_NEAR`` words of ``text[start:end]``, inside ``sentence`` (its span)."""
    before = re.findall(r"[a-z]+", text[max(sentence[0], start - 80):start].lower())[-_NEAR:]
    after = re.findall(r"[a-z]+", text[end:min(sentence[1], end + 80)].lower())[:_NEAR]
    return before + after


def _after(text: str, end: int, sentence: tuple[int, int]) -> list[str]:
    """The words of ``text`` right after a figure ending at ``end``, inside ``sentence``: what it counts."""
    return re.findall(r"[a-z]+", text[end:min(sentence[1], end + 60)].lower())[:_NEAR]


# A later count of a wider scope than the story's own ("across the country", "this year", "in total")
_WIDER = re.compile(r"\b(?:across\s+the\s+(?:country|nation|region|world|county)|nationwide|nationally|this\s+year"
                    r"|so\s+far\s+this|in\s+total|overall|in\s+all|worldwide|since\s+records)\b", re.IGNORECASE)


def latest_figure(index: Index, a: Answer) -> Answer:
    """``a``, or for a count or an amount asked (not the first one told) when a later sentence of its
    article says that count changed (``_UPDATED``), with a word of what it counts that the question
    and ``a``'s own sentence share: that later figure, ``a`` among the other answers, saying so. On a
    page read newest first whose entries' times the text lost, with none after it, the first sentence
    before it that says so ("The death toll has risen to 14." over "At least nine people have died.")."""
    if not a.found or wanted(a.searched or a.question) not in (Wanted.NUMBER, Wanted.AMOUNT) \
            or _EARLIER_ASKED.search(a.searched or a.question):
        return a
    try:
        doc = index.document_at(a.source, a.start)
    except KeyError:
        return a
    text = index.article_text(doc)
    question = a.searched or a.question
    asked = _measure(re.findall(r"[a-z]+", question.lower()))
    rows = range(*index.documents[doc]["sentence_rows"])
    own = next((r for r in rows if index.sentence_span(r)[0] <= a.start < index.sentence_span(r)[1]), None)
    if own is None:
        return a
    counted = _measure(_around(text, a.start, a.end, index.sentence_span(own))) & asked
    if not counted:
        return a
    order = _page_order(index, list(rows))        # later: by the live page's entries, newest first or last
    timed = own in order
    if not timed:
        order = {row: index.sentence_span(row)[0] for row in rows}          # else by its place in the text
    here = order[own]
    latest = None
    for row in sorted((row for row in rows if order.get(row, -1) > here), key=order.get):
        latest = _update_in(index, text, row, counted, question, a.text) or latest     # the latest one saying so
    if latest is None and not timed:    # a page newest first whose entries' times the extraction left out: the
        latest = next(filter(None, (_update_in(index, text, row, counted, question, a.text)     # first sentence
                                    for row in rows if order[row] < here)), None)               # before it saying so
    if latest is None:
        return a
    at, to, start, end = latest
    return replace(a, text=text[at:to], start=at, end=to, sentence=text[start:end], sentence_start=start,
                   sentence_end=end, line=text.count("\n", 0, at) + 1,
                   alternatives=(replace(a, alternatives=(), passages=()), *a.alternatives),
                   notice=" ".join(filter(None, (a.notice, _UPDATED_NOTICE.format(a.text)))))


def _update_in(index: Index, text: str, row: int, counted: set[str], question: str, given: str
               ) -> tuple[int, int, int, int] | None:
    """(where the figure is, where the sentence is) of the figure sentence ``row`` says a count of
    ``counted`` changed to (``_UPDATED``), other than ``given``; None when it says none (or counts
    more widely than the question asks: "across the country this year")."""
    start, end = index.sentence_span(row)
    if _WIDER.search(text, start, end) and not _WIDER.search(question):
        return None
    for m in _UPDATED.finditer(text, start, end):
        group = next(g for g in ("to", "now", "at", "latest") if m.group(g))
        at, to = m.span(group)
        told = _after(text, to, (start, end)) if group == "now" else \
            _around(text, at, to, (start, end)) + re.findall(r"[a-z]+", m.group(0).lower())
        if _measure(told) & counted and text[at:to] != given:
            return at, to, start, end
    return None


def _page_order(index: Index, rows: list[int]) -> dict[int, int]:
    """For a live page, each sentence row's place in time: its entry's place on the page, counted from
    the oldest entry (the page read newest first when its times mostly fall: "18:45" over "17:20"; a
    jump of more than twelve hours is past midnight); {} for an article that is no live page."""
    clocks = {row: _clock(index, row) for row in rows}
    timed = [c for c in clocks.values() if c is not None]
    if len(timed) < 2:
        return {}
    times = [t for i, t in enumerate(timed) if i == 0 or t != timed[i - 1]]
    steps = [b - a - 1440 if b - a > 720 else b - a + 1440 if a - b > 720 else b - a for a, b in zip(times, times[1:])]
    newest_first = sum(step < 0 for step in steps) > sum(step > 0 for step in steps)   # (past midnight: 23:30 → 00:45)
    n = len(rows)
    return {row: (n - i if newest_first else i) for i, row in enumerate(rows) if clocks[row] is not None}


def _clock(index: Index, row: int) -> int | None:
    """The minutes of the day of the live page's entry holding sentence ``row`` ("17:20" over it), or None."""
    heading = entry_time(index, row)
    m = re.match(r"\s*(\d{1,2})[:.](\d\d)", index.sentence_text(heading)) if heading is not None else None
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


_UPDATED_NOTICE = ('This story updates the figure it first gave ("{}"), which is among the '
                   "other answers.")
