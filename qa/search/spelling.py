"""Typing slips in a question ("Who is the festivel director?", "Waht did …"): a word that neither
an English dictionary (pyspellchecker's word list) nor the index knows is searched as the word one
edit away (a letter left out, added, changed or two swapped) that both know, the one the articles
use most. The question's other words are left as typed, and so is

- a capitalised word but the first: a name the articles do not hold is not a slip ("Quillon"), and
  a wrong guess at one would search for someone else;
- a word of fewer than four letters, a word in capitals, a part of a hyphenated word or of a
  contraction ("wasn't").

A word the dictionary knows is never changed, even when the articles never use it: "runny" is not
"funny". ``Settings.spelling`` turns this off."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable

from qa.encode.words import STOPWORDS, tokenize

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{4,}(?![\w'’-])")


_LOADING = threading.Lock()


@functools.lru_cache(maxsize=1)
def _loaded():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def _dictionary():
    with _LOADING:                      # a slip asked during warm-up waits for that load
        return _loaded()


def warm_dictionary() -> None:
    """Load the word list in the background (0.4 s), so that the first slip does not wait for it."""
    threading.Thread(target=_dictionary, name="spelling-dictionary", daemon=True).start()


def corrected(question: str, articles_use: Callable[[str], int]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(``question`` with its slips corrected, the (typed, searched) words); ``articles_use(term)``:
    how many chunks hold a tokenised word (0 for none)."""
    fixes = []
    out, last = [], 0
    for i, m in enumerate(_WORD.finditer(question)):
        word = m.group(0)
        if (word[0].isupper() and i > 0) or word.isupper():
            continue
        fix = _correction(word.lower(), articles_use)
        if fix is None:
            continue
        if word[0].isupper():
            fix = fix[0].upper() + fix[1:]
        fixes.append((word, fix))
        out += [question[last:m.start()], fix]
        last = m.end()
    if not fixes:
        return question, ()
    return "".join(out) + question[last:], tuple(fixes)


def _uses(word: str, articles_use: Callable[[str], int]) -> int:
    terms = tokenize(word)
    return articles_use(terms[0]) if terms else 0


def _correction(word: str, articles_use: Callable[[str], int]) -> str | None:
    """The word ``word`` was meant to be, or None when it is one (or nothing close is)."""
    if word in STOPWORDS or _uses(word, articles_use):
        return None
    dictionary = _dictionary()
    if word in dictionary:
        return None
    best, key = None, (0, 0)
    for candidate in dictionary.edit_distance_1(word):
        if candidate in STOPWORDS:          # "waht" → "what": the articles hold it, uncounted
            k = (float("inf"), 0)
        elif candidate in dictionary and (used := _uses(candidate, articles_use)):
            k = (used, dictionary.word_usage_frequency(candidate))
        else:
            continue
        if k > key or (k == key and best is not None and candidate < best):
            best, key = candidate, k
    return best


def said(fixes: tuple[tuple[str, str], ...]) -> str:
    """What the user is told: 'Searched "festivel" as "festival".'"""
    return "Searched " + ", ".join(f'"{typed}" as "{fix}"' for typed, fix in fixes) + "."
