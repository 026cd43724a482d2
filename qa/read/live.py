"""A live page's entries, each under its time of day ("17:20" over "Power restored to most homes"
and its paragraphs): "At what time did the live blog report that trains were suspended?" is
answered with the time heading the entry that says so, quoted from its line; so is "At what time
was power restored …?" when the entry saying so gives no time of its own."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.read.byline import quoted_line
from qa.read.pipeline import Deliberation, document_of
from qa.read.timing import CLOCK_IN, clock_asked, clock_only, says_when
from qa.records import Answer

# "At what time did the live blog report that …?", "When did the live page say …?": what it reported
_ENTRY_ASKED = re.compile(
    r"^\W*(?:(?:at\s+)?(?:what|which)\s+time|when)\s+(?:did|was|were)\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"live\s+(?:blog|page|coverage|feed|updates?)\s+(?:first\s+)?(?:report|say|post|announce|mention|tell)"
    r"(?:ed|s)?\s+(?:(?:that|on|about)\s+)?(?P<what>\S.*?)\W*$", re.IGNORECASE)
# The rows looked back through for an entry's time; a live page has two timed entries or more
_MOST_ROWS_BACK = 40
_LIVE_ENTRIES = 2


def entry_asked(question: str) -> str:
    """What a question asking when a live page reported something asks about ("CalRail had
    suspended trains" of "At what time did the live blog report that CalRail had suspended
    trains?"), else ""."""
    m = _ENTRY_ASKED.match(" ".join(question.split())[:1000])
    return m.group("what") if m else ""


def _timed_rows(index: Index, doc: int) -> int:
    """How many sentence rows of article ``doc`` are a time of day alone (kept with the index)."""
    known = index.derived.setdefault("timed_rows", {})
    if doc not in known:
        first, end = index.documents[doc]["sentence_rows"]
        known[doc] = sum(clock_only(index.sentence_text(r).strip()) for r in range(first, end))
    return known[doc]


def entry_time(index: Index, srow: int) -> int | None:
    """The row of the time heading the live page's entry that sentence row ``srow`` is in ("17:20"),
    or None (no such time above it, or an article that is no live page)."""
    doc = index.sentence_document(srow)
    if doc < 0 or _timed_rows(index, doc) < _LIVE_ENTRIES:
        return None
    for row in range(srow, max(srow - _MOST_ROWS_BACK, -1), -1):
        if not index.same_article(srow, row):
            return None
        if clock_only(index.sentence_text(row).strip()):
            return row
    return None


# "When did Dahl concede …?": when, at a time a live page's entry could give
_WHEN_ASKED = re.compile(r"^\W*when\s+(?:did|was|were|had|has|have)\b", re.IGNORECASE)


# A sentence saying something did not happen ("he will not concede until every ballot is counted")
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|yet\s+to)\b|n['’]t\b", re.IGNORECASE)


def entry_time_instead(index: Index, d: Deliberation, question: str, answer: Answer) -> Answer | None:
    """For a question asking at what time something happened ("At what time was the fire out?") or when
    ("When did Dahl concede?"), the time heading the live page's entry that says it (``entry_answer``),
    where ``answer`` gives no time of day (nor, to "When …?", any time: "on Wednesday" stands); "When …?"
    only from the sentence ``answer`` quotes, and never from a sentence saying it did not happen."""
    clock = clock_asked(question)
    if not (clock or _WHEN_ASKED.match(question)) or not (clock or answer.found):
        return None
    if answer.found and (CLOCK_IN.search(answer.text) if clock else says_when(answer.text)):
        return None
    timed = entry_answer(index, d, question, answer)
    return None if timed is None or _NEGATED.search(_entry_said(index, d, answer)) else timed


def _entry_said(index: Index, d: Deliberation, answer: Answer) -> str:
    """What the entry whose time ``entry_answer`` gives says: the sentence ``answer`` quotes, else the one
    sharing most words with what was searched (stage 1's best)."""
    return answer.sentence if answer.found else d.evidence.texts[int(d.picked[int(np.argmax(d.stage1))])]


def entry_answer(index: Index, d: Deliberation, question: str, answer: Answer) -> Answer | None:
    """The time of the live page's entry saying what ``d`` searched, quoted from its line as the
    answer to ``question`` (its score 0: check it), with ``answer`` (the reading of what was
    searched) giving its passages: the entry of the sentence ``answer`` quotes, else of the one
    sharing most with what was searched (stage 1's best) when it holds most of its words; None
    when neither is in a live page's entry."""
    wanted = set(tokenize(d.searched))
    best = int(np.argmax(d.stage1))
    quoted = [j for j in range(len(d.picked)) if answer.found and d.evidence.texts[int(d.picked[j])] == answer.sentence]
    if 2 * len(wanted & set(tokenize(d.evidence.texts[int(d.picked[best])]))) >= len(wanted):
        quoted.append(best)
    for j in quoted:
        row = entry_time(index, int(d.evidence.srows[int(d.picked[j])]))
        if row is None:
            continue
        doc = document_of(index, d, int(j))
        meta = index.documents[doc]
        text = index.article_text(doc)
        start, end = index.sentence_span(row)
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end -= len(text[start:end]) - len(text[start:end].rstrip())
        base = replace(answer, found=True, score=0.0, source=meta["source"], title=meta["title"],
                       encoding=meta.get("encoding", "utf-8"), date=meta.get("date", ""),
                       publisher=meta.get("publisher", ""), also_in=tuple(meta.get("also", ())), question=question)
        return quoted_line(base, text, start, end)
    return None
