"""Votes and wins: the margin of a win ("… beating the sitting mayor by [612] votes": ``margin``,
``margin_at``, ``the_margin``), the side of a vote's tally asked about ("by 23 votes to [9]":
``tally_side``), a win still to come, no answer to who won (``win_to_come``), and another event's winner (the
wheelchair race's for the women's race: ``another_event``)."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CAPITALS
from qa.read.asked import margin_asked
from qa.read.figures import COUNT, NUMBER_WORDS
from qa.read.kinds import HONORIFICS

# "How many votes did Solberg get?": what someone got, won or scored (not "By how many votes …?", "… margin …")
_GOT = re.compile(r"^\W*how\s+many\b[^?]*\b(?:get|got|gets|receive|received|win|won|take|took|poll|polled|score"
                  r"|scored|secure|secured)\b", re.IGNORECASE)
_MARGIN_ASKED = re.compile(r"\b(?:by\s+how\s+many|margin|majority|ahead)\b", re.IGNORECASE)
# "… beating Harold Pendergast by [612] votes", "won by [3] goals": a margin, not what the winner got
_BY_MARGIN = re.compile(r"\b(?:beat|beating|beats|won|win|wins|winning|defeated|defeating|lost|losing|led|leading"
                        r"|ahead|trailed|trailing)\b[^.;]{0,60}?\bby\s+(?:(?:just|only|some|about|nearly)\s+)?$",
                        re.IGNORECASE)


def margin(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is the margin of a win ("… beating the sitting
    mayor by [612] votes") where ``question`` asks how many someone got ("How many votes did
    Solberg get?": 14,208, not 612)."""
    return bool(_GOT.search(question)) and not _MARGIN_ASKED.search(question) and margin_at(sentence, start) \
        and not any(m.start() <= start < m.end() for m in _TALLY.finditer(sentence))   # "by [34,118] votes to
    # 29,770": the winner's votes, then the loser's, not a margin


_BY_FIGURE = re.compile(rf"\bby\s+(?:(?:just|only|some|about|nearly)\s+)?(?P<f>\d[\d,.]*\d|\d|(?:{NUMBER_WORDS})\b)",
                        re.IGNORECASE)


def the_margin(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For a question asking by how much someone won (``margin_asked``): the margin the sentence
    gives, when it gives one ("… has won the seat by [nine] votes", not her 1,482 votes), or the
    whole tally a span is in ("by [812 votes to 194]"); for one asking what the vote was
    (``_TALLY_ASKED``), the whole tally a span is in; else the span as it is."""
    tally = next((m for m in _TALLY.finditer(sentence) if m.start() < end and start < m.end()), None)
    if tally is not None and _TALLY_ASKED.match(" ".join(question.split())[:1000]):
        return tally.span()             # "What was the vote on …?": "defeated by [20 votes to 9]"
    if not margin_asked(question):
        return start, end
    if tally is not None:               # "backed the deal by [812 votes to 194]": both sides, not one
        return tally.span()
    if margin_at(sentence, start):
        return start, end
    margins = [m.span("f") for m in _BY_FIGURE.finditer(sentence) if margin_at(sentence, m.start("f"))]
    return margins[0] if len(margins) == 1 else (start, end)


# "What was the vote on the allowances?", "How did the board vote?": the whole tally asked for
_TALLY_ASKED = re.compile(r"^\W*(?:what\s+(?:was|were|is)\s+the\s+(?:final\s+)?(?:vote|tally"
                          r"|voting\s+(?:results?|figures|tally|numbers))\b"
                          r"|how\s+did\s+(?:the\s+)?[\w'’\s-]{1,40}?\s+vote\b)", re.IGNORECASE)


def margin_at(sentence: str, start: int) -> bool:
    """Whether a figure starting at ``sentence[start]`` is a win's margin ("won the seat by [nine] votes")."""
    return bool(_BY_MARGIN.search(sentence[max(0, start - 90):start]))


# A vote's tally, "passed by 23 votes to 9", "rejected 310 to 215": the votes for, then against.
_TALLY = re.compile(r"(?<![\w.,])(\d(?:[\d,]*\d)?)\s+(?:votes?\s+)?to\s+(\d(?:[\d,]*\d)?)(?![\w.,]*\d)")
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
_AGAINST = re.compile(r"\b(?:against|opposed|opposing|voted\s+no)\b", re.IGNORECASE)
_IN_FAVOUR = re.compile(r"\b(?:for|in\s+favou?r|supported|supporting|backed|backing|voted\s+yes)\b", re.IGNORECASE)


_ABSTAINED = re.compile(r"\b(?:abstain(?:ed|ing|s)?|abstentions?)\b", re.IGNORECASE)
# A count in a list of a vote's sides: "[Eleven] councillors voted for the scheme, [ten] voted against and
# [two] abstained" (each count, and the words after it up to the next count or clause)
_COUNT = re.compile(rf"(?<![\w.,])(?:{COUNT})(?![\w.%])", re.IGNORECASE)
_SIDE_WORDS = 8


def tally_side(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "How many voted against …?" ("… for …?", "… in favour …?", "… abstained …?"), the side
    of a tally that the span ``sentence[start:end]`` is in or holds ("by 23 votes to 9": 9 against,
    23 for), or the count of that side among the sides a sentence lists ("Eleven councillors voted
    for the scheme, ten voted against and [two] abstained"); the span as it is for other questions,
    or when the question names both sides or neither."""
    won = _won_tally(question, sentence, start, end)
    if won is not None:
        return won
    abstained = bool(_ABSTAINED.search(question))
    if not (_VOTE.search(question) or abstained) or not (_VOTE.search(sentence) or _ABSTAINED.search(sentence)):
        return start, end
    against, in_favour = bool(_AGAINST.search(question)), bool(_IN_FAVOUR.search(question))
    if not abstained and against == in_favour:
        return start, end
    if not abstained:
        for m in _TALLY.finditer(sentence):
            if m.start() < end and start < m.end():
                side = 2 if against else 1
                return m.start(side), m.end(side)
    asked = "abstained" if abstained else "against" if against else "for"
    counts = [m for m in _COUNT.finditer(sentence) if m.group().lower() not in ("a", "an")]
    if not any(m.start() < end and start < m.end() for m in counts):
        return start, end               # the span is no count of the list
    sides = [(_side(" ".join(sentence[m.end(): nxt.start() if nxt else len(sentence)].split()[:_SIDE_WORDS])), m)
             for m, nxt in zip(counts, counts[1:] + [None])]
    named = [m for side, m in sides if side == asked]
    return named[0].span() if len(named) == 1 else (start, end)


# "…, beating the Civic Union's Lucan Ferrow by 34,118 votes to 29,770": the winner before the verb, the
# one beaten between it and "by"
_BEATING = re.compile(r"\b(?:beat|beating|beats|defeated|defeating|defeats|ousted|ousting|unseated|unseating)\s+"
                      r"(?P<beaten>[^.;]{1,80}?)\s+by\s+(?:(?:just|only|some|about|nearly)\s+)?$", re.IGNORECASE)


def _won_tally(question: str, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """For "How many votes did X get?" (``_GOT``), the side of a win's tally ("beating Lucan Ferrow by
    34,118 votes to 29,770") that is X's: the second where the question names the one beaten and not
    the winner, the first otherwise; None where the span is in no such tally."""
    if not _GOT.search(question) or _MARGIN_ASKED.search(question):
        return None
    for m in _TALLY.finditer(sentence):
        if m.start() < end and start < m.end():
            before = sentence[max(0, m.start() - 120):m.start()]
            beating = _BEATING.search(before)
            if beating is None:
                return None
            asked = _names(question[1:])
            beaten, winner = _names(beating.group("beaten")), _names(before[:beating.start()])
            return m.span(2) if asked & beaten and not asked & winner else m.span(1)
    return None


def _names(text: str) -> set[str]:
    """The capitalised words of ``text`` in lower case, without titles or a possessive's "'s" ("Mr
    Ferrow" and "the Civic Union's Lucan Ferrow" share "ferrow", not "mr")."""
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(rf"[{CAPITALS}][\w'’-]+", text)}
    return words - HONORIFICS


def _side(words: str) -> str:
    """The side of a vote the words after a count give ("voted against", "abstained"), up to the end of
    their clause; "" for none."""
    clause = re.split(r"[,;.:]|\b(?:and|while|whereas|who|which|that)\b", words, maxsplit=1)[0]   # not "Three
    # senators who had abstained last year voted for …"
    if _ABSTAINED.search(clause):
        return "abstained"
    if _AGAINST.search(clause):
        return "against"
    return "for" if _IN_FAVOUR.search(clause) else ""


# "Who won the Harbour Cup?" (not "Who will win …?"): a win that happened
_WON_ASKED = re.compile(r"\bwon\b", re.IGNORECASE)
# "if they are to win", "will win", "hope to win", "a chance of winning": a win still to come (not
# "went on to win", "the first woman to win", "enough to win")
_WIN_AHEAD = re.compile(r"\b(?:(?:is|are|was|were|be)\s+to|will|would|could|might|may|can|cannot|must|should"
                        r"|(?:hopes?|hoping|bid|bidding|aims?|aiming|wants?|needs?|trying|tries|try|tipped|expected"
                        r"|set|going|favou?rites?|plans?|planning)\s+to|chances?\s+of|hopes?\s+of|bid\s+for"
                        r"|favou?rites?\s+for)\s+(?:\w+\s+)?win(?:ning)?\b|['’]ll\s+win\b", re.IGNORECASE)
# a win told as done: "won", "winners", "took the title", "the trophy went to" (not "beat": "must beat")
_WIN_DONE = re.compile(r"\b(?:won|wins|winners?|victory|victorious|beaten|triumph(?:ed)?|clinched|lifted"
                       r"|retained|claimed|scooped|took|picked\s+up|collected|went\s+to|crowned|champions?)\b",
                       re.IGNORECASE)


def win_to_come(question: str, sentence: str) -> bool:
    """Whether ``question`` asks who won ("Who won the Harbour Cup?") and ``sentence`` speaks of
    that win only as one to come ("Northwind must beat a strong field if they are to win the
    Harbour Cup."): no one it names has won."""
    return bool(_WON_ASKED.search(question)) and bool(_WIN_AHEAD.search(sentence)) \
        and not _WIN_DONE.search(sentence)


# The events of one contest told apart: by who races (men's, women's, mixed), by its form (singles, doubles), and
# the events of their own beside the main one (the wheelchair race, the juniors'), each word right before the
# event's noun ("the women's singles title", "the wheelchair race"; not "a former junior world champion", "in mixed
# conditions")
_APOS = r"['’]"
_EVENT = (r"(?=\s+(?:[\w'’-]+\s+)?(?:race|title|event|final|category|singles|doubles|relay|marathon|competition"
          r"|contest|championships?|cup|division|tournament|class|sprint|crown|trophy|prize|draw|medal)\b)")
_FIELDS = (rf"\b(?P<field>(?:wo)?men{_APOS}s|boys{_APOS}|girls{_APOS}|mixed){{event}}"
           r"|\b(?P<form>singles|doubles|relay)\b"
           rf"|\b(?P<own>wheelchair|juniors?{_APOS}?|veterans?{_APOS}?|masters{_APOS}?|youth|under-\d\d"
           rf"|u\d\d){{event}}")
_TOLD = re.compile(_FIELDS.format(event=_EVENT), re.IGNORECASE)
_ASKED = re.compile(_FIELDS.format(event=""), re.IGNORECASE)       # (a question may name it loosely: "the under-16
# youth dinghy class")
# Where a sentence's clauses part: "Kiptoo won the men's race[, while] the wheelchair race went to Fredell"
_CLAUSES_PART = re.compile(r";|,\s+(?:while|whereas|and|but)\b|\s(?:while|whereas)\s")
# A question about a contest's result: who won, came second, took gold, in what time
_CONTEST_ASKED = re.compile(r"\b(?:won|win|wins|winners?|champions?|finish(?:ed)?|placed|came|medals?|gold|silver"
                            r"|bronze|time|record|runner-up|second|third)\b", re.IGNORECASE)


def _events(text: str, words: re.Pattern[str] = _TOLD) -> dict[str, set[str]]:
    """The event ``text`` names, by its parts ("field": {"women"}, "form": {"single"}, "own": {"u18"}),
    each word as one form ("juniors'" as "junior", "under-18" as "u18"); ``words``: ``_TOLD``, each right
    before an event's noun, or ``_ASKED``, anywhere."""
    found: dict[str, set[str]] = {"field": set(), "form": set(), "own": set()}
    for m in words.finditer(text):
        part = m.lastgroup or ""
        word = re.sub(r"['’]s?$", "", m.group(part).lower())
        found[part].add(re.sub(r"^under-", "u", word[:-1] if word.endswith("s") and part != "field" else word))
    return found


def another_event(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is told, in its clause, of another event of a contest than the
    one ``question`` names ("Who won the women's race …?": not "The wheelchair race was won by [Pieter Valk]",
    nor "the men's race"; "… the women's singles title?": not "the doubles title went to [Femke de Wit]")."""
    asked = _events(question[:1000], _ASKED)
    if not any(asked.values()) or not _CONTEST_ASKED.search(question[:1000]):
        return False
    cuts = [m.span() for m in _CLAUSES_PART.finditer(sentence)]
    begin = max((b for a, b in cuts if b <= start), default=0)
    stop = min((a for a, b in cuts if a >= end), default=len(sentence))
    told = _events(sentence[begin:stop])
    return any(told[part] and asked[part] and not told[part] & asked[part] for part in ("field", "form")) \
        or bool(told["own"] - asked["own"])
