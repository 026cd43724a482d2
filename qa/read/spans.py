"""Choosing a short answer span from start/end scores, and tidying its edges. Plain functions."""

from __future__ import annotations

import re

import numpy as np

from qa.ingest.lexicon import CAPITALS

_EDGE_PUNCT = " \t\n,;:.!?\"'“”‘’()[]{}"
# The rest of an abbreviation written with points after its first letter: ".m." of "p.m.", ".S." of "U.S.";
# and an abbreviation closing a span, whose last point is its own
_DOTTED = re.compile(r"(?:\.[A-Za-z])+\.")
_ABBREVIATION_END = re.compile(r"(?<![\w.])[A-Za-z](?:\.[A-Za-z])+$")
# Two words or three in capitals, a person's name ("Ruben Aasgaard"; its next part after a hyphen is theirs too)
_FULL_NAME = re.compile(rf"[{CAPITALS}][\w'’.]+(?:[ \t]+[{CAPITALS}][\w'’.]+){{1,2}}")
_NAME_GOES_ON = re.compile(rf"-|[ \t]+[{CAPITALS}]")      # (on its line: a line under it is another's)
_BULLETS = "-–—•*·"


def best_span(start: np.ndarray, end: np.ndarray, valid: np.ndarray, max_len: int) -> tuple[int, int, float]:
    """The (i, j) with i <= j < i + max_len, both ``valid``, maximising ``start[i] + end[j]``.

    Returns (i, j, score); (-1, -1, -inf) when no position is valid."""
    idx = np.flatnonzero(valid)
    if idx.size == 0:
        return -1, -1, float("-inf")
    s = start[idx][:, None]
    e = end[idx][None, :]
    gap = idx[None, :] - idx[:, None]
    total = np.where((gap >= 0) & (gap < max_len), s + e, -np.inf)
    flat = int(np.argmax(total))
    a, b = divmod(flat, len(idx))
    return int(idx[a]), int(idx[b]), float(total[a, b])


def top_spans(start: np.ndarray, end: np.ndarray, valid: np.ndarray, max_len: int, n: int
              ) -> list[tuple[int, int, float]]:
    """The ``n`` best (i, j, score) as ``best_span`` scores them, best first (fewer when fewer exist)."""
    idx = np.flatnonzero(valid)
    if idx.size == 0:
        return []
    gap = idx[None, :] - idx[:, None]
    total = np.where((gap >= 0) & (gap < max_len), start[idx][:, None] + end[idx][None, :], -np.inf).ravel()
    n = min(n, int(np.isfinite(total).sum()))
    if n <= 0:
        return []
    best = np.argpartition(-total, n - 1)[:n]
    best = best[np.lexsort((best, -total[best]))]         # ties: the first, as ``best_span`` takes
    return [(int(idx[f // len(idx)]), int(idx[f % len(idx)]), float(total[f])) for f in best]


def expand_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) so it does not begin or end inside a word or a number ("11" of "11,482"),
    nor cut a name with a one-letter part off at its hyphen ("T" → "T-Mobile", "Jay" → "Jay-Z";
    "Ukraine" stays out of "Russia-Ukraine", "London" out of "London-based")."""
    def inside_number(i: int) -> bool:
        """Whether ``text[i]`` is the comma or point inside a number ("11,482", "4.62")."""
        if not (0 < i < len(text) - 1 and text[i] in ",." and text[i - 1].isdigit() and text[i + 1].isdigit()):
            return False
        return text[i] == "." or (text[i + 1:i + 4].isdigit() and not text[i + 4:i + 5].isdigit())

    def word_start(i: int) -> int:
        while i > 0 and (text[i - 1].isalnum() or inside_number(i - 1)):
            i -= 1
        return i

    def word_end(i: int) -> int:
        while i < len(text) and (text[i].isalnum() or inside_number(i)):
            i += 1
        return i

    if 0 < start < len(text) and (text[start].isalnum() or inside_number(start - 1)):
        start = word_start(start)
    if 0 < end < len(text) and (text[end - 1].isalnum() or inside_number(end)):
        end = word_end(end)

    def joins(h: int) -> bool:
        """Whether the hyphen at ``h`` joins two capitalised parts, one of them a single letter."""
        if not (0 < h < len(text) - 1 and text[h] == "-" and text[h - 1].isalnum() and text[h + 1].isupper()):
            return False
        a, b = word_start(h), word_end(h + 1)
        return text[a].isupper() and (h - a == 1 or b - h - 1 == 1)

    def surname_goes_on(e: int) -> bool:
        """Whether a person's name ``text[start:e]`` goes on to their surname's second part ("Ruben Aasgaard" of
        "Ruben Aasgaard-Lim said"; not "North Sea" of "North Sea-Baltic Lines", a name going on after it)."""
        if not (text[e:e + 1] == "-" and text[e + 1:e + 2].isupper() and _FULL_NAME.fullmatch(text, start, e)):
            return False
        after = word_end(e + 1)
        return not _NAME_GOES_ON.match(text, after)

    while start < end < len(text) and (joins(end) or surname_goes_on(end)):
        end = word_end(end + 1)
    while start > 0 and joins(start - 1):
        start = word_start(start - 1)
    last = end - 1 if text[end - 1:end] == "." else end         # a single letter last: "7 p", "7 p.", "the U"
    if start < last and text[last - 1].isalpha() and (last - 1 == start or not text[last - 2].isalnum()):
        dotted = _DOTTED.match(text, last)
        end = max(end, dotted.end()) if dotted else end          # → "7 p.m.", "the U.S."
    return start, end


def trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces and punctuation (keeping at least one char),
    but keep a closing bracket or quote whose opening one is inside the span, and past a list's bullet
    ("- 410 kilometres": not a minus, which no space follows)."""
    while start < end - 1 and (text[start] in _EDGE_PUNCT or text[start] in _BULLETS and text[start + 1].isspace()):
        start += 1
    while end > start + 1 and text[end - 1] in _EDGE_PUNCT:
        ch, inner = text[end - 1], text[start:end - 1]
        if ch == "." and _ABBREVIATION_END.search(inner):
            break                   # "p.m.", "U.S.": the point is the abbreviation's
        if ch == '"' and inner.count('"') % 2 == 1:
            break
        pair = {")": "(", "]": "[", "”": "“", "’": "‘"}.get(ch)
        if pair is not None and inner.count(pair) > inner.count(ch):
            break
        end -= 1
    return start, end


def balance(text: str, start: int, end: int, reach: int = 40) -> tuple[int, int]:
    """[start, end) holding both sides of its brackets or neither: an opened bracket is closed when
    its closing one is within ``reach`` characters ("842 pounds (382" → "842 pounds (382 kg)"),
    else the part before it is kept ("$4.2bn (£2.3bn" → "$4.2bn"); before a bracket it closes
    but does not open ("382 kg) of rock" → "382 kg"), or, with nothing before it, the part after
    it. Edges tidied again."""
    for opening, closing in (("(", ")"), ("[", "]")):
        stack: list[int] = []
        stray = None
        for i in range(start, end):
            if text[i] == opening:
                stack.append(i)
            elif text[i] == closing:
                if stack:
                    stack.pop()
                elif stray is None:
                    stray = i
        if stray is not None:
            if any(ch.isalnum() for ch in text[start:stray]):
                end = stray
                stack = [i for i in stack if i < end]
            else:
                start = stray + 1
        if stack:
            close = text.find(closing, end, end + reach)
            if len(stack) == 1 and close >= 0 and opening not in text[end:close]:
                end = close + 1
            elif any(ch.isalnum() for ch in text[start:stack[0]]):
                end = stack[0]
            else:
                start = stack[-1] + 1
    return trim_edges(text, start, end)
