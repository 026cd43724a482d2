"""What kind of answer a question asks for (a date, a number, a name) and whether a sentence offers
one. Surface patterns only, no tagger: "When …" wants a year or a month, "How many …" a number,
"Who …" and "Where …" a capitalised name the question does not already contain. The sentence
ranker uses these as features (fitted on SQuAD train), so a wrong guess costs little."""

from __future__ import annotations

import enum
import re
from typing import Sequence

import numpy as np


class Kind(enum.IntEnum):
    DATE = 0
    NUMBER = 1
    PERSON = 2
    PLACE = 3
    OTHER = 4


KIND_FEATURES = ("kind_date", "kind_number", "kind_person", "kind_place")   # one column per kind but OTHER

_UNITS = ("year|years|century|centuries|decade|date|month|day|era|period|time")
_KIND_PATTERNS = (
    (Kind.DATE, re.compile(rf"\bwhen\b|\b(?:what|which|in what|in which)\s+(?:{_UNITS})\b|\bhow long ago\b")),
    (Kind.NUMBER, re.compile(r"\bhow (?:many|much|long|old|far|big|large|high|tall|deep|wide|often|fast)\b"
                             r"|\b(?:what|which) (?:percentage|percent|number|amount|proportion|fraction)\b")),
    (Kind.PERSON, re.compile(r"\bwho\b|\bwhom\b|\bwhose\b")),
    (Kind.PLACE, re.compile(r"\bwhere\b")),
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}}|\d{{3}})s?\b|\b(?:{_MONTHS})\b|\bcentur(?:y|ies)\b|\b(?:BC|AD|BCE|CE)\b")
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                 "|hundred|thousand|million|billion|trillion|dozen|half|percent")
_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})s?\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def question_kind(question: str) -> Kind:
    """The kind of answer ``question`` asks for (the first pattern that matches)."""
    q = question.lower()
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(q):
            return kind
    return Kind.OTHER


def new_names(question: str, sentence: str) -> list[str]:
    """Capitalised words of ``sentence``, but its first word, that ``question`` does not contain."""
    asked = {w.lower() for w in _WORD.findall(question)}
    words = _WORD.findall(sentence)[1:]
    return [w for w in words if len(w) > 1 and w[0].isupper() and w.lower() not in asked]


def offers(kind: Kind, question: str, sentence: str) -> bool:
    """Whether ``sentence`` holds an answer of ``kind`` (never for OTHER)."""
    if kind is Kind.DATE:
        return bool(_DATE.search(sentence))
    if kind is Kind.NUMBER:
        return bool(_NUMBER.search(sentence))
    if kind in (Kind.PERSON, Kind.PLACE):
        return bool(new_names(question, sentence))
    return False


def kind_features(question: str, sentences: Sequence[str]) -> np.ndarray:
    """(len(sentences), len(KIND_FEATURES)): in the question kind's column, 1 where the sentence
    offers an answer of that kind; zeros elsewhere (and everywhere for OTHER questions)."""
    out = np.zeros((len(sentences), len(KIND_FEATURES)), dtype=np.float64)
    kind = question_kind(question)
    if kind is not Kind.OTHER:
        out[:, int(kind)] = [offers(kind, question, s) for s in sentences]
    return out
