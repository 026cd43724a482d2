"""Whose figure a question asks for: "How many people did police say attended?" of "Police estimated
the crowd at about 8,000, while organisers said 25,000 people had taken part" is the 8,000 of the
police's clause, not the organisers' 25,000. Surface patterns only: the source named in the question,
and the clause of the sentence that names it."""

from __future__ import annotations

import re

from qa.read.figures import DIGITS

# "did police say", "does the council estimate", "according to the organisers"
_ASKED = re.compile(r"\b(?:did|do|does)\s+(?:the\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:say|estimate|claim"
                    r"|count|report|put|give|believe|think|expect)\b"
                    r"|\baccording\s+to\s+(?:the\s+)?(?P<after>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.IGNORECASE)
# Where one source's clause ends and another's begins: ", while", "; ", ", but", ", whereas"
_CLAUSES = re.compile(r",\s+(?:while|whilst|whereas|but|and|although)\s+|;\s+|\s+(?:but|while|whereas)\s+",
                      re.IGNORECASE)


def source_asked(question: str) -> str:
    """The source whose figure ``question`` asks for, its last word in lower case ("police",
    "organisers"); "" when it names none."""
    m = _ASKED.search(" ".join(question.split())[:1000])
    who = (m.group("who") or m.group("after")) if m else ""
    words = re.findall(r"[\w'’-]+", who.lower())
    return words[-1] if words and words[-1] not in ("it", "they", "he", "she", "you", "we", "i") else ""


def sources_figures(question: str, sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The figures of the clause of ``sentence`` naming the source ``question`` asks about
    (``source_asked``), when the span ``sentence[start:end]`` is in another clause; else none."""
    source = source_asked(question)
    if not source:
        return []
    stem = source[:-1] if source.endswith("s") and len(source) > 4 else source
    bounds = [0, *(m.end() for m in _CLAUSES.finditer(sentence) if not _in_brackets(sentence, m.start())),
              len(sentence)]
    clauses = list(zip(bounds, bounds[1:]))
    named = [(a, b) for a, b in clauses if re.search(rf"\b{re.escape(stem)}", sentence[a:b], re.IGNORECASE)]
    spans = [(a, b) for a, b in clauses if a <= start < b]
    if len(clauses) < 2 or len(named) != 1 or named == spans or not _TELLS.search(sentence, *spans[0]):
        return []       # the span's clause says whose figure it is: "while organisers said 25,000 …"
    return [m.span() for m in DIGITS.finditer(sentence, *named[0])]


_TELLS = re.compile(r"\b(?:said|says|say|estimated?|estimates|claimed|claims?|counted|reported|put|according\s+to)\b",
                    re.IGNORECASE)


def _in_brackets(sentence: str, at: int) -> bool:
    """Whether ``sentence[at]`` is inside brackets ("($8bn; £6bn)")."""
    return sentence.count("(", 0, at) > sentence.count(")", 0, at)
