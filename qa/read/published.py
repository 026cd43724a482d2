""""When was the story about the ferry strike published?": the date of the article that answers
the question's subject, quoted from its publication line or dateline ("Published 21 November
2024", "PORT ELLIS, May 14, 2024 — …") with offsets like any answer. Only the article's own text
is quoted: a date known from a page's metadata or the file's name alone is named in a notice, not
as an answer."""

from __future__ import annotations

import re

from qa.index.loaded import Index
from qa.ingest.dates import full_dates, named_date
from qa.read.byline import ARTICLE, quoted_from_header
from qa.records import Answer

_WHEN_PUBLISHED = re.compile(
    rf"^\W*(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(?:was|were|did)\s+{ARTICLE}[^?]*?"
    r"\b(?:published|posted|written|filed|run|released|come\s+out|appear|go\s+online|put\s+online)\b[\s?.!]*$",
    re.IGNORECASE)


def asks_date(question: str) -> bool:
    """Whether ``question`` asks when an article was published ("When was the story about … published?",
    "On what date did the article on … appear?"); not when a book or a report the articles tell of was."""
    return bool(_WHEN_PUBLISHED.match(" ".join(question.split())[:1000]))


def by_date(index: Index, answer: Answer) -> Answer:
    """For a question asking when an article was published: the date of the article ``answer`` (to
    the same question) quotes, from its publication line or dateline; ``answer`` as it is when it
    found nothing; "not found", saying why, when the article has no date or one only in its page's
    metadata."""

    def date_line(text: str, first: tuple[int, int], date: str) -> tuple[int, int] | None:
        header = text[:first[1]]                      # up to the end of its first sentence (a dateline's)
        written = next((d for d in full_dates(header) if d.iso() == date), None)
        return None if written is None else (written.start, written.end)

    def unquoted(source: str, value: str) -> str:
        whence = "Its file name" if named_date(source.rsplit("/", 1)[-1]) == value else "The page's metadata"
        return f"{whence} dates {source} {value}, but its text has no date line to quote."

    return quoted_from_header(index, answer, "date", date_line, "{source} gives no date.", unquoted)
