"""Answer text compared as SQuAD compares it, and the one rule for "this text holds the answer"
(used by evaluation, the training labels and calibration alike)."""

from __future__ import annotations

import re
import string
import unicodedata

from qa.ingest.lexicon import AS_LETTERS
from qa.ingest.markdown import blank_links

_PUNCTUATION = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, no punctuation, no articles, single spaces (and a ligature as its letters:
    "ﬁnal" is "final")."""
    text = "".join(ch for ch in text.lower().translate(AS_LETTERS) if ch not in _PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


def holds_answer(text: str, answers) -> bool:
    """True when some answer, normalised, occurs in the normalised ``text`` as whole words (a
    contiguous run of its words: "2" is not in "2010", "Labor" is not in "Laborers"). Typographic
    punctuation goes as ASCII punctuation does: "climate vandalism" is in 'called it “climate vandalism”.'; a
    slash parts words, and so do a possessive's "'s" ("Linn Aasheim" is in "Linn Aasheim's drama") and a
    hyphen after a number ("84" is in "an 84-turbine scheme"); a link's marks are no words ("Bygg-Nord AS" is in "The
    contractor, Bygg-Nord AS[4], …", as a print view numbers its links: ``blank_links``)."""
    text = blank_links(text)
    hays = {f" {_words(text, split)} " for split in (True, False)}     # a possessive split, and as one word
    needles = {_words(a, split) for a in answers for split in (True, False)}
    return any(n and f" {n} " in hay for hay in hays for n in needles)


# A possessive's ending: "Linn Aasheim's family drama" holds "Linn Aasheim"; a number's hyphen before a word: "an
# 84-turbine scheme" holds "84"
_POSSESSIVE = re.compile(r"(?<=\w)['’](s)\b")
_NUMBERS_HYPHEN = re.compile(r"(?<=\d)[-‐‑–](?=[^\W\d_])")


def _words(text: str, split: bool = True) -> str:
    """``normalize_answer`` of ``text`` without its punctuation beyond ASCII too (curly quotes, dashes), a slash
    parting words ("Photo: Ledger/Helle Brun" holds "Helle Brun"), a possessive's "'s" a word of its own
    ("Director Linn Aasheim's family drama" holds "Linn Aasheim"), and a number's hyphen before a word a space ("an
    84-turbine scheme" holds "84"), unless ``split`` is False."""
    text = text.replace("/", " ")
    text = _NUMBERS_HYPHEN.sub(" ", _POSSESSIVE.sub(r" \1", text)) if split else text
    return normalize_answer("".join(ch for ch in text if ch.isascii() or not unicodedata.category(ch).startswith("P")))
