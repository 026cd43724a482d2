"""Typing slips in a question ("Who is the festivel director?", "Waht did …"): a word that neither
an English dictionary (pyspellchecker's word list) nor the index knows is searched as the word one
edit away (a letter left out, added, changed or two swapped) that both know, the one the articles
use most. The question's other words are left as typed, and so is

- a capitalised word but the first: a name the articles do not hold is not a slip ("Quillon"), and
  a wrong guess at one would search for someone else;
- a word of fewer than four letters, a word in capitals, a part of a hyphenated word or of a
  contraction ("wasn't").

A word the dictionary knows is never changed, even when the articles never use it: "runny" is not
"funny". A word typed without the accents the articles write it with is searched as they write it,
names too ("Bjork" as "Björk"): nothing else reads that way. ``Settings.spelling`` turns this off.

``unmentioned`` finds the names in a question that no article holds ("Zorbex"), for the reply to say
so."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable

from qa.encode.words import STOPWORDS, tokenize
from qa.index.loaded import unaccented

_TYPED = re.compile(r"(?<![\w'’-])[A-Za-z]{3,}(?![\w'’-])")     # a word of plain letters, as typed
_NAME = re.compile(r"\w[\w&.’'-]*\w|\w")                           # a word, with its inner marks
_OWNER = re.compile(r"['’]s?$")


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


def corrected(question: str, articles_use: Callable[[str], int],
              accented: Callable[[str], str | None] = lambda term: None) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(``question`` with its slips corrected, the (typed, searched) words); ``articles_use(term)``:
    how many chunks hold a tokenised word (0 for none); ``accented(term)``: the term the articles
    write with accents for a tokenised word typed without them, or None (``Index.accented``)."""
    fixes = []
    out, last = [], 0
    for i, m in enumerate(_TYPED.finditer(question)):
        word = m.group(0)
        fix = _with_accents(word, articles_use, accented)
        if fix is None and len(word) >= 4 and not ((word[0].isupper() and i > 0) or word.isupper()):
            fix = _correction(word.lower(), articles_use)
            if fix is not None and word[0].isupper():
                fix = fix[0].upper() + fix[1:]
        if fix is None:
            continue
        fixes.append((word, fix))
        out += [question[last:m.start()], fix]
        last = m.end()
    if not fixes:
        return question, ()
    return "".join(out) + question[last:], tuple(fixes)


def _with_accents(word: str, articles_use: Callable[[str], int],
                  accented: Callable[[str], str | None]) -> str | None:
    """``word`` with the accents the articles write it with ("Bjork" → "Björk"), or None."""
    terms = tokenize(word)
    if len(terms) != 1 or articles_use(terms[0]) or not (term := accented(terms[0])):
        return None
    typed = list(word)
    for n, letter in enumerate(term[:len(word)]):
        if letter != typed[n].lower():
            if unaccented(letter) != typed[n].lower():
                return None             # the stem is not the word's first letters: leave it
            typed[n] = letter.upper() if typed[n].isupper() else letter
    return "".join(typed)


def unmentioned(question: str, articles_use: Callable[[str], int]) -> tuple[str, ...]:
    """The names in ``question`` (capitalised words but its first) that no article holds, as typed
    but for a possessive ("Marenka's": "Marenka"); such words side by side are one name ("Quillon Varga")."""
    if question.isupper():
        return ()
    runs: list[list[int]] = []          # [start, end] of each name
    for n, m in enumerate(_NAME.finditer(question)):
        word = _OWNER.sub("", m.group(0))
        terms = tokenize(word)
        if n == 0 or len(word) < 2 or not word[0].isupper() or not terms or any(map(articles_use, terms)):
            continue
        if runs and runs[-1][1] == m.start() - 1 and question[m.start() - 1] == " ":
            runs[-1][1] = m.start() + len(word)      # right after another (not a possessive): one name
        else:
            runs.append([m.start(), m.start() + len(word)])
    return tuple(question[a:b] for a, b in runs)


def not_mentioned(names: tuple[str, ...]) -> str:
    """What the user is told: 'No article mentions "Zorbex".' ("" for no names)."""
    if not names:
        return ""
    quoted = [f'"{n}"' for n in names]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"No article mentions {listed}."


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
