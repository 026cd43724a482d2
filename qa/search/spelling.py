"""Typing slips in a question ("Who is the festivel director?", "Waht did …"): a word that neither
an English dictionary (pyspellchecker's word list) nor the index knows is searched as the word one
edit away (a letter left out, added, changed or two swapped) that both know, the one the articles
use most. The question's other words are left as typed, and so is

- a capitalised word that does not open a sentence: a name the articles do not hold is not a slip
  ("Quillon"), and a wrong guess at one would search for someone else;
- a word of fewer than four letters, a word in capitals, a possessive, a part of a hyphenated word
  or of a contraction ("wasn't").

A word the dictionary knows is never changed, even when the articles never use it: "runny" is not
"funny"; nor is a British spelling of one ("criticised", "colour", "centre": the word list spells
them the American way). A word the index does not know that the articles write with accents is
searched as they write it ("Bjork" as "Björk", "Walesa" as "Wałęsa"), names too; but not a word of
the dictionary typed in lower case ("rose" is not "rosé"). ``Settings.spelling`` turns this off.

``unmentioned`` finds the names in a question that no article holds ("Zorbex"), for the reply to say
so; ``strangers``, those of them that are no slip for a name the articles hold either ("Bedigo"
for "Bendigo" is one): the question is about something the archive does not cover."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable

from qa.encode.words import PLACE_NAMES, STOPWORDS, tokenize
from qa.index.loaded import unaccented
from qa.ingest.lexicon import CAPITALS
from qa.ingest.text import NAME_PARTICLES

# a word of plain letters as typed (a possessive "'s" may follow; not part of a longer word)
_TYPED = re.compile(r"(?<![\w'’-])[A-Za-z]{3,}(?=['’]s(?![\w'’-])|(?![\w'’-]))")
_NAME = re.compile(r"\w[\w&.’'-]*\w|\w")                           # a word, with its inner marks
_OWNER = re.compile(r"['’]s?$")
_OPENS = re.compile(r"(?:^|[.?!:;]\s)\W*$")        # what comes before a word that opens a sentence
_MOST_NAMES = 5                                  # names listed in a notice
# capitalised, but no names: months and weekdays, also cut short ("March 2009", "Feb 2010", "Tues")
_NOT_NAMES = frozenset("january february march april may june july august september october november december"
                       " monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep"
                       " sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
                       # honorifics: "Ms Fenwright" where the articles say "Mrs Fenwright" or only her name
                       " mr mrs ms miss mx dr sir dame lord lady prof professor rev st".split())


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
              accented: Callable[[str], str | None] = lambda word: None) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(``question`` with its slips corrected, the (typed, searched) words); ``articles_use(term)``:
    how many chunks hold a tokenised word (0 for none); ``accented(word)``: how the articles write a
    word typed without accents, or None (``Index.accented``)."""
    fixes = []
    out, last = [], 0
    for m in _TYPED.finditer(question):
        word = m.group(0)
        opens = bool(_OPENS.search(question[:m.start()]))
        fix = _with_accents(word, opens, accented)
        owner = question[m.end():m.end() + 1] in "'’" and m.end() < len(question)
        if fix is None and len(word) >= 4 and not ((word[0].isupper() and not opens) or word.isupper() or owner):
            fix = _correction(word.lower(), articles_use)
            if fix is not None and word[0].isupper():
                fix = fix[0].upper() + fix[1:]
        if fix is None and word.isupper():
            fix = _written_out(word, articles_use)
        if fix is None:
            continue
        fixes.append((word, fix))
        out += [question[last:m.start()], fix]
        last = m.end()
    if not fixes:
        return question, ()
    return "".join(out) + question[last:], tuple(fixes)


# Acronyms news writes out as often as not, and what they stand for ("Who was named MVP?" where the
# article says "most valuable player")
_ACRONYMS = {"MVP": "most valuable player", "CEO": "chief executive", "CFO": "chief financial officer",
             "MEP": "member of the European Parliament", "GDP": "gross domestic product",
             "CPI": "consumer price index", "VAT": "value added tax", "IPO": "initial public offering",
             "AGM": "annual general meeting", "IMF": "International Monetary Fund", "ECB": "European Central Bank",
             "NHS": "National Health Service"}


def _written_out(word: str, articles_use: Callable[[str], int]) -> str | None:
    """What an acronym no article holds stands for (``_ACRONYMS``), when the articles hold every word
    of it ("MVP" → "most valuable player"), else None."""
    full = _ACRONYMS.get(word.upper())
    if full is None or _uses(word, articles_use):
        return None
    words = [w for w in re.findall(r"\w+", full) if w.lower() not in STOPWORDS]
    return full if all(_uses(w, articles_use) for w in words) else None


def _with_accents(word: str, opens: bool, accented: Callable[[str], str | None]) -> str | None:
    """``word`` as the articles write it with accents ("Bjork" → "Björk"), in the case it was typed
    in, or None (always for a dictionary word that is no name: "rose" is not "rosé")."""
    form = accented(word)
    if form is None or ((word.islower() or opens) and word.lower() in _dictionary()):
        return None
    if word.islower():
        return form.lower()
    return form.upper() if word.isupper() else form


FOREIGN = ("This question does not read as English: the articles are matched word for word in English, so an "
           "answer is more likely when it is asked in English.")
_WORD = re.compile(r"[^\W\d_]+")
# Words that hold other languages' sentences together and are no English words ("qué", "del", "est", "und")
_OTHER_LANGUAGES = frozenset("""de del el la los las que qué por para con una uno le les des une est sont du au aux à
    il ils elle nous vous pas ne und der das ist nicht ein eine wer wie warum het een niet wat waar hoe è di che
    della dei delle perché não como onde quem cuál cuándo dónde quién cómo quel quelle où pourquoi qui über für
    wurde wurden wird werden sind haben oder aber auch nach bei seit zum zur vom dem mit von den hat cuánto cuántos
    combien cuántas cuánta en wann welche welcher welches""".split())
# Small words inside a name ("Lucía de la Vega", "Café de la Paix", "Ludwig van der Berg"): not other languages'
# text (a person's name's particles, and those Spanish, Portuguese, French and Dutch names join too)
_NAME_PARTICLES = frozenset(NAME_PARTICLES.split("|")) | set("del las los les do dos das du des den ter ten y e"
                                                             .split())


def foreign(question: str) -> bool:
    """Whether ``question`` reads as another language than English: two or more of its words in lower
    case hold other languages' sentences together (``_OTHER_LANGUAGES``), more than English stop
    words do ("¿Qué le dio Rusia a Corea del Norte?"; not "Who is the chef de cuisine at Le Gavroche?",
    nor a name's particles: "Who is Lucía de la Vega del Monte?")."""
    every = _WORD.findall(question[:1000])
    words = [w for i, w in enumerate(every) if w.islower() and not _in_name(every, i)] + every[:1]     # ("¿Qué …")
    words = [w.lower() for w in words]
    theirs = sum(w in _OTHER_LANGUAGES for w in words)
    return theirs >= 2 and theirs > sum(w in STOPWORDS and w not in _OTHER_LANGUAGES for w in words)


def _in_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a particle of a name, among particles between two capitalised words."""
    if words[i] not in _NAME_PARTICLES:
        return False
    before, after = i, i
    while before > 0 and words[before - 1] in _NAME_PARTICLES:
        before -= 1
    while after < len(words) - 1 and words[after + 1] in _NAME_PARTICLES:
        after += 1
    return before > 0 and words[before - 1][:1].isupper() and after < len(words) - 1 and words[after + 1][:1].isupper()


def unmentioned(question: str, articles_use: Callable[[str], int],
                accented: Callable[[str], str | None] = lambda word: None) -> tuple[str, ...]:
    """The names in ``question`` that no article holds, as typed but for a possessive ("Marenka's":
    "Marenka"); such words side by side are one name ("Quillon Varga"). A name is a capitalised word; one
    opening a sentence only with another after it, and none in a question written in capitals or
    in Title Case. A word the articles write with accents (``accented``), or
    an acronym they write with full stops ("US" for "U.S."), is held."""
    words = [m for m in _NAME.finditer(question) if m.group(0)[0].isalpha()]
    capitalised = [m for m in words if m.group(0)[0].isupper()]
    small = [m.group(0)[0].isupper() for m in words[1:] if m.group(0).lower() in STOPWORDS]
    if question.isupper() or (len(small) >= 2 and sum(small) > len(small) / 2):
        return ()                       # in capitals, or Title Case ("What Did The Director Say?")
    runs: list[list] = []               # [start, end, whether it opens a sentence] of each name
    for m in capitalised:
        word = _OWNER.sub("", m.group(0))
        if len(word) < 2 or _held(word, articles_use, accented):
            continue
        end = m.start() + len(word)
        end += "." in word and question[end:end + 1] == "."          # "U.S." keeps its last full stop
        if runs and question[runs[-1][1]:m.start()].isspace():
            runs[-1][1] = end           # right after another (not a possessive): one name
        else:
            runs.append([m.start(), end, bool(_OPENS.search(question[:m.start()]))])
    return tuple(question[a:b] for a, b, opens in runs if not opens or " " in question[a:b])


def strangers(question: str, names: tuple[str, ...], terms_by_initial: Callable[[], dict[str, tuple[str, ...]]]
              ) -> tuple[str, ...]:
    """Those of ``names`` (``unmentioned`` in ``question``) that are no typing slip for a word the
    articles hold: every word of the name is more than a slip from each of their terms (one letter
    in a word of 5 to 9 letters, two from 10 on; two letters swapped in a shorter word), accents
    aside ("José" where they write "Jose" is theirs); not a first name before a name they hold
    ("Tomas" of "Tomas Reyhill" where they write "Mr Reyhill"; "Reform" of "Reform UK" is a
    stranger), nor an acronym they may write out ("CEO" for "chief executive"). "Bedigo" is a slip
    for "Bendigo" and "Moncalm" for "Montcalm"; "Zorbex" and the "Wiq" of "Northwind Wiq" are
    strangers: a question about them is about something the archive does not cover."""
    out = []
    for name in names:
        at = question.find(name)
        if at >= 0 and re.match(rf"\s+[{CAPITALS}](?![{CAPITALS}]{{1,3}}\b)", question[at + len(name):]):
            continue                    # a first name: the articles hold the name it goes with (not "Reform UK")
        if re.fullmatch(rf"[{CAPITALS}]{{2,}}s?", re.sub(r"[.&]", "", name)):
            continue                    # an acronym they may write out ("CEO": "chief executive", "A&E")
        forms = _forms(name)
        if forms and not any(_near(f, terms_by_initial().get(f[:1], ())) for word in forms for f in word):
            out.append(name)
    return tuple(out)


def _forms(name: str) -> list[tuple[str, ...]]:
    """Per word of ``name``: its term and, where stemming changed it, the word in lower case, both
    without accents ("Okafer" → ("okaf", "okafer"): a slip is seen in the word as typed, "Okafor"
    being the term "okafor")."""
    out = []
    for part in re.findall(r"\w+", name):
        stems = tokenize(part)
        if stems:
            out.append(tuple(dict.fromkeys(unaccented(w) for w in (stems[0], part.lower()))))
    return out


def _near(word: str, terms: tuple[str, ...]) -> bool:
    """Whether one of ``terms`` (all of ``word``'s first letter) is at most a slip from ``word``:
    the same word, or, in one of 5 letters or more, one letter added, left out, changed or two
    swapped per 5 (at most 2); two letters swapped in a shorter one ("Muks")."""
    return word in terms or _slip_of(word, terms) is not None


def _slip_of(word: str, terms: tuple[str, ...]) -> str | None:
    """The first of ``terms`` that ``word`` is a slip for (``_near``), not ``word`` itself."""
    slips = 1 if len(word) < 10 else 2
    short = len(word) < 5
    return next((t for t in terms if t != word and abs(len(t) - len(word)) <= slips and _edits_within(word, t, slips)
                 and (not short or (len(t) == len(word) and _swapped(word, t)))), None)


def slipped(names: tuple[str, ...], terms_by_initial: Callable[[], dict[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """The terms the articles hold that words of ``names`` (``unmentioned``, no ``strangers``)
    are typing slips for ("galbrath" → "galbraith"), each once: what the reply says they mention."""
    out: dict[str, None] = {}
    for name in names:
        for word in _forms(name):
            terms = terms_by_initial().get(word[0][:1], ())
            if not any(f in terms for f in word):
                meant = next(filter(None, (_slip_of(f, terms) for f in word)), None)
                if meant is not None:
                    out[meant] = None
    return tuple(out)


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two letters side by side swapped."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _edits_within(a: str, b: str, most: int) -> bool:
    """Whether ``a`` becomes ``b`` in at most ``most`` letters added, left out or changed, or two
    side by side swapped (each one edit)."""
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > most:
            return False
        before, row = row, current
    return row[-1] <= most


def _held(word: str, articles_use: Callable[[str], int], accented: Callable[[str], str | None]) -> bool:
    if word.lower().rstrip(".") in _NOT_NAMES:
        return True                     # "March 2009", "Feb 2010", "Ms": no name
    if re.fullmatch(rf"[{CAPITALS}]{{2,}}s", word) and _held(word[:-1], articles_use, accented):
        return True                     # "DSMs" where the articles write "DSM"
    terms = tokenize(word)
    if not terms or all(map(articles_use, terms)):
        return True                     # a stop word ("The"), or words the articles hold
    if word.isupper() and len(word) <= 5 and all(map(articles_use, tokenize(".".join(word)) or ["_"])):
        return True                     # "US" where the articles write "U.S."
    if any(all(map(articles_use, tokenize(place) or ["_"])) for place in _places_of(word)):
        return True                     # "Chilean" where the articles write "Chile"
    return word.isalpha() and accented(word) is not None


_OF_A_PLACE = ("ian", "ean", "an", "n", "ese", "i")     # "Chilean", "Kenyan", "Israeli": of Chile, Kenya, Israel


def _places_of(word: str) -> list[str]:
    """The places (``PLACE_NAMES``) ``word`` may say "of" ("Chilean": "Chile"; "Canadian": "Canada";
    "Israeli": "Israel"; not "Julian" of "Julia"): an article about Chile is about Chilean miners."""
    stems = [word[:-len(end)] for end in _OF_A_PLACE if word.lower().endswith(end) and len(word) - len(end) >= 4]
    return [place for stem in stems for place in (stem, stem + "a") if place.lower() in PLACE_NAMES]


def not_mentioned(names: tuple[str, ...], instead: tuple[str, ...] = ()) -> str:
    """What the user is told: 'No article mentions "Zorbex".' ("" for no names; at most five
    listed), with the words they do mention that those were perhaps meant for (``instead``, as the
    articles write them): 'No article mentions "Galbrath"; they mention "Galbraith".'"""
    if not names:
        return ""
    if len(names) > _MOST_NAMES:
        rest = len(names) - _MOST_NAMES
        told = (f"No article mentions {', '.join(_quoted(names[:_MOST_NAMES]))} or {rest} other "
                f"name{'s' if rest > 1 else ''} of the question")
    else:
        told = f"No article mentions {_either(names)}"
    return f"{told}; they mention {_either(instead[:_MOST_NAMES], 'and')}." if instead else f"{told}."


def _quoted(words) -> list[str]:
    return [f'"{w}"' for w in words]


def _either(words: tuple[str, ...], joined: str = "or") -> str:
    """'"a"', '"a" or "b"', '"a", "b" or "c"'."""
    quoted = _quoted(words)
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" {joined} " + quoted[-1]


def _uses(word: str, articles_use: Callable[[str], int]) -> int:
    terms = tokenize(word)
    return articles_use(terms[0]) if terms else 0


def _correction(word: str, articles_use: Callable[[str], int]) -> str | None:
    """The word ``word`` was meant to be, or None when it is one (or nothing close is)."""
    if word in STOPWORDS or _uses(word, articles_use):
        return None
    dictionary = _dictionary()
    if word in dictionary or any(form in dictionary for form in _american(word)):
        return None                     # a word, or its British spelling ("criticised", "colour")
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


# British spellings and the American ones the word list has: "criticised" → "criticized", "analyse"
# → "analyze", "colour" → "color", "centre" → "center", "defence" → "defense", "programme" →
# "program", "catalogue" → "catalog", "travelled" → "traveled".
_BRITISH = [(re.compile(r"is(e|es|ed|ing|ation|ations|er|ers|able)$"), r"iz\1"),
            (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"), (re.compile(r"our"), "or"),
            (re.compile(r"tre(s?)$"), r"ter\1"), (re.compile(r"ence(s?)$"), r"ense\1"),
            (re.compile(r"mme(s?)$"), r"m\1"), (re.compile(r"ogue(s?)$"), r"og\1"),
            (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1")]


def _american(word: str) -> set[str]:
    """The American spellings ``word`` may be the British one of (``_BRITISH``)."""
    return {pattern.sub(to, word) for pattern, to in _BRITISH} - {word}


def said(fixes: tuple[tuple[str, str], ...]) -> str:
    """What the user is told: 'Searched "festivel" as "festival".'"""
    return "Searched " + ", ".join(f'"{typed}" as "{fix}"' for typed, fix in fixes) + "."
