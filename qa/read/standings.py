"""A place in a league table: "Which club was seventh in the Premier Division after round 14?" and "Which
club was bottom of the table?" are answered with the name in the row of that position ("| 7 | Lisk
Wanderers | 14 | …"), quoted from its row, in the table of the article naming what the question names. A
sentence reader cannot answer these: the row names no place in words."""

from __future__ import annotations

import re

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.ingest.lexicon import CAPITALS
from qa.read.byline import quoted_from_read
from qa.read.figures import POSITION_CELL, table_cells
from qa.read.kinds import ORDINALS
from qa.read.pipeline import article_stems
from qa.records import Answer

# "Which club was seventh in …?", "Which team is top of …?", "Which side finished bottom of …?", "Which club
# topped …?"
_PLACE_ASKED = re.compile(r"^\W*(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:club|team|side|player|driver|rider|school|"
                          r"country|nation|party)\s+(?:was|is|were|are|finished|sat|sits|stood|stands|lay|lies|ended|"
                          r"ends)\s+(?:in\s+)?(?:the\s+)?(?P<place>top|bottom|last|(?:\d{1,2})(?:st|nd|rd|th)|"
                          + "|".join(ORDINALS) + r")\b|^\W*(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:club|team|side)\s+"
                          r"(?P<led>topped|tops|led|leads|headed|heads)\b", re.IGNORECASE)


def place_asked(question: str) -> int | None:
    """The place in a table ``question`` asks who holds: 1 for "top", 7 for "seventh" or "7th", -1 for
    "bottom" or "last"; None for any other question."""
    m = _PLACE_ASKED.match(" ".join(question.split())[:1000])
    if m is None:
        return None
    if m.group("led"):
        return 1
    place = m.group("place").lower()
    if place in ("bottom", "last"):
        return -1
    if place == "top":
        return 1
    if place in ORDINALS:
        return ORDINALS.index(place) + 1
    return int(re.match(r"\d+", place).group())


# A league table's header without a position column: a points column ("| Club | P | W | Pts |")
_POINTS_HEADER = re.compile(r"pts|points", re.IGNORECASE)


def placed_row(text: str, place: int) -> tuple[int, int] | None:
    """The offsets in ``text`` of the name in the row of ``place`` (-1: the last row) of its first league
    table (rows whose first cell is a position, the name in the next cell; else, in a table whose header
    has a points column, its rows in order, the name in the first cell); None when it has none, or numbers
    its rows and none has that place (a table of the top and the bottom only)."""
    rows = _numbered_rows(text)
    if not rows:
        return _ordered_row(text, place)
    if place == -1:
        return rows[-1][1]
    return next((span for n, span in rows if n == place), None)


def _numbered_rows(text: str) -> list[tuple[int, tuple[int, int]]]:
    """The rows of the first table in ``text`` whose rows open with their position ("| 7 | Lisk Wanderers |
    14 |"): each position and the offsets of the name after it; [] for no such table."""
    rows: list[tuple[int, tuple[int, int]]] = []
    for line in re.finditer(r"[^\n]+", text):
        cells = table_cells(line.group()) if line.group().lstrip().startswith("|") else []
        position = POSITION_CELL.fullmatch(line.group()[cells[0][0]:cells[0][1]]) if len(cells) > 2 else None
        if position is None:
            if rows:
                break       # the table's end
            continue
        rows.append((int(position.group("n")), (line.start() + cells[1][0], line.start() + cells[1][1])))
    return rows


def _ordered_row(text: str, place: int) -> tuple[int, int] | None:
    """``placed_row`` of a table with no position column whose header names points ("| Club | P | Pts |"):
    its ``place``-th row below the header (a rule line "|---|---|" passed over)."""
    lines = list(re.finditer(r"[^\n]+", text))
    for i, line in enumerate(lines):
        row = line.group()
        if not row.lstrip().startswith("|") or not any(_POINTS_HEADER.fullmatch(row[a:b])
                                                        for a, b in table_cells(row)):
            continue
        rows = []
        for below in lines[i + 1:]:
            if not below.group().lstrip().startswith("|"):
                break
            cells = table_cells(below.group())
            if len(cells) > 2 and not re.fullmatch(r"[\s|:-]*", below.group()):
                rows.append((below.start() + cells[0][0], below.start() + cells[0][1]))
        if rows and (place == -1 or place <= len(rows)):
            return rows[-1] if place == -1 else rows[place - 1]
        return None
    return None


def place_answer(index: Index, a: Answer) -> Answer | None:
    """The name in the row of the place ``a.searched`` asks about (``place_asked``) of the table of the
    first of the articles ``a`` read that holds one and names every name the question does (its
    capitalised words after the first), quoted from its row (score 0: check it); None when there is none."""
    place = place_asked(a.searched)
    if place is None:
        return None
    names = set(tokenize(" ".join(re.findall(rf"(?<!^)\b[{CAPITALS}][\w'’-]*", " ".join(a.searched.split())))))
    return quoted_from_read(index, a, lambda doc, text: placed_row(text, place) if names <= article_stems(index, doc)
                            else None)
