"""Two values side by side in one sentence, and the one the question's own words stand beside: "fell
3.2 per cent at midday and closed [2.4 per cent] lower" for "By how much did the shares close lower?",
"the 15.30 and 18.00 sailings from Otsby and the [16.45 and 19.15] sailings from Lenhaugh" for "Which
sailings from Lenhaugh …?", "54 per cent, against [71 per cent] overall" for "What was overall
turnout?". A value's neighbours are the few words either side of it up to a comma, a conjunction or
another value (``NEAR_WORDS``, stop words not counted); the words are compared stemmed
(``qa.encode.words.tokenize``)."""

from __future__ import annotations

import re

from qa.encode.words import tokenize

# How many words either side of a value stand beside it (stop words not counted)
NEAR_WORDS = 3
# What ends a value's neighbourhood: a clause's punctuation, a conjunction
_BOUNDARY = re.compile(r"[,;:()\[\]–—]|\b(?:and|but|while|whereas|or)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")
_DIGIT = re.compile(r"\d")
_POSSESSIVE = re.compile(r"['’]s?\b")


def _beside(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> set[str]:
    """The stemmed words beside ``sentence[start:end]``: up to ``NEAR_WORDS`` on each side, not past
    a boundary (``_BOUNDARY``) nor into another value of ``others``. Words before it back to the
    sentence's start are its subject, which every value of it shares ("The crash killed 3 people and
    left 12 injured": "crash" is no more the 3's than the 12's): not counted."""
    left_stop = max([0, *(m.end() for m in _BOUNDARY.finditer(sentence, 0, start)),
                     *(e for s, e in others if e <= start)])
    if left_stop == 0:
        left_stop = start
    right_stop = min([len(sentence), *(s for s, e in others if s >= end)])
    after = _BOUNDARY.search(sentence, end, right_stop)
    right_stop = after.start() if after else right_stop
    left = [t for w in _WORD.findall(sentence[left_stop:start]) for t in tokenize(w)][-NEAR_WORDS:]
    right = [t for w in _WORD.findall(sentence[end:right_stop]) for t in tokenize(w)][:NEAR_WORDS]
    return set(left + right)


def _quoted(sentence: str, at: int) -> bool:
    """Whether ``sentence[at]`` is inside quotation marks ("lost one in five of its teachers since
    2020," said …)."""
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def stood_beside(question: str, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of ``spans`` (the near-best, the first the one chosen so far), another value of the same sort
    (a figure for a figure) in another clause or another part of a list (a comma or a conjunction
    between them: not the "212" of "14 of the company's 212 substations"; not a name owning what
    follows it, "Jelme's well-known brother"; not inside a quotation when the first is not) that the
    question's words tell apart from the first: of the words beside one and not the other, some
    beside it are the question's and none beside the first are, which has one of its own ("fell
    3.2 per cent [at midday]": the question asked about the close); else None."""
    if len(spans) < 2:
        return None
    asked = set(tokenize(question))
    first = spans[0]
    figure = bool(_DIGIT.search(sentence[first[0]:first[1]]))
    rivals = [(s, e) for s, e in spans[1:] if (e <= first[0] or s >= first[1])
              and bool(_DIGIT.search(sentence[s:e])) == figure
              and _BOUNDARY.search(sentence, min(e, first[1]), max(s, first[0]))      # not "14 of its 212 …"
              and not _POSSESSIVE.match(sentence, e)       # "Subutai, Jelme's well-known younger brother": his
              and _quoted(sentence, s) <= _quoted(sentence, first[0])]    # not words someone said, for the saying
    if not rivals:
        return None
    values = [first, *rivals]
    mine = _beside(sentence, *first, [v for v in values if v != first])
    best, best_count = None, 0
    for rival in rivals:
        theirs = _beside(sentence, *rival, [v for v in values if v != rival])
        own, other = mine - theirs, theirs - mine       # the words that tell the two apart
        if not own & asked and own and len(other & asked) > best_count:
            best, best_count = rival, len(other & asked)
    return best
