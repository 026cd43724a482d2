"""Corrections: a note saying an article was corrected ("Correction: …", "An earlier version of this
article …") and a corrections column ("Corrections and clarifications"), whose items tell what an
article said wrongly ("A report on house prices (3 June) said the average home cost …") and then
what is right ("In fact it was …", "His name is …"). What was wrong answers nothing but a question
about the correction itself; the sentence after it tells what is right."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CAPITALS, CURRENCY_SIGNS
from qa.read.speakers import people_named

_CORRECTION = re.compile(r"^\W*(?:correction|clarification|amendment)s?\b\s*[:.–—-]"
                         r"|\b(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|page)\b"
                         r"|\b(?:an?\s+|the\s+)(?:earlier|previous)\s+version\s+(?:said|stated|gave|reported|named"
                         r"|described|misspelled|misspelt)\b"
                         r"|\b(?:an?\s+|the\s+)(?:earlier|previous|original)\s+version\s+"
                         r"(?:wrongly|incorrectly|mistakenly)"
                         r"\s+\w+"
                         r"|\bthis\s+(?:article|story|report)\s+(?:was|has\s+been)\s+(?:amended|corrected)\b",
                         re.IGNORECASE)
# A corrections column ("Corrections and clarifications") and its sentences telling what an article said ("A report
# on house prices (3 June) said the average home cost …", "we described her as …"): what was wrong
_CORRECTIONS_TITLE = re.compile(r"^\W*(?:corrections?|clarifications?)(?:\s*(?:and|&)\s*(?:corrections?"
                                r"|clarifications?))?\W*$", re.IGNORECASE)
_TOLD_WRONG = re.compile(r"\b(?:article|report|obituary|headline|caption|story|review|piece|interview|profile|notice"
                         r"|graphic|chart|picture|photograph|we)\b"
                         r"[^.;]*?\b(?:said|says|gave|stated|reported|described|quoted|called|wrote|suggested|named"
                         r"|referred\s+to|put)\b", re.IGNORECASE)
# … unless it gives the right one too: "The correct figure, which our report gave wrongly, is £146,900.", "£40m,
# not £4m as we reported"
_SAYS_RIGHT = re.compile(r"\b(?:correct|in\s+fact|actually|not\s+[^.;]{0,40}?\s+as\s+(?:we|the\s+\w+)\s+\w+ed)\b",
                         re.IGNORECASE)
_ABOUT_CORRECTION = re.compile(r"\b(?:correct(?:ed|ion|ions)?|earlier\s+version|amend(?:ed|ment)?|wrong(?:ly)?"
                               r"|incorrect(?:ly)?|actually|in\s+fact|mistake|"
                               r"error|originally|at\s+first)\b", re.IGNORECASE)


def corrections_column(title: str) -> bool:
    """Whether an article titled ``title`` is a corrections column ("Corrections and clarifications")."""
    return _CORRECTIONS_TITLE.match(title) is not None


def correction_note(sentence: str) -> bool:
    """Whether ``sentence`` is a note that its article was corrected ("Correction: …")."""
    return _CORRECTION.search(sentence) is not None


def told_wrong(title: str, sentence: str) -> bool:
    """Whether ``sentence`` of an article titled ``title`` is a corrections column's telling of what an
    article said wrongly, without what is right ("… said Timo Vastag scored in the 89th minute.")."""
    return corrections_column(title) and _TOLD_WRONG.search(sentence) is not None \
        and _SAYS_RIGHT.search(sentence) is None and not _CLARIFYING.match(sentence)


# A clarification's item, which tells what an article said to make it clearer, not that it was wrong
# ("Clarification: An article on 10 April … said that 1,240 patients had waited …")
_CLARIFYING = re.compile(r"^\W*clarification\s*:", re.IGNORECASE)


def says_right(title: str, sentence: str) -> bool:
    """Whether ``sentence`` of an article titled ``title`` is a correction's telling what is right
    ("The attendance was 21,046, not 21,406 as we said.", "In fact they tested children at 26 schools")."""
    return (corrections_column(title) or correction_note(sentence)) \
        and _SAYS_RIGHT.search(sentence) is not None


def note_goes_on(before: str, sentence: str) -> bool:
    """Whether ``sentence`` tells what is right right after ``before``, a correction note telling what
    was wrong ("Correction: An earlier version … said 5.8 million sevra." / "The correct figure is 6.8
    million sevra.")."""
    return correction_note(before) and _SAYS_RIGHT.search(sentence) is not None


# A question asking what was wrong, not what is right: "What price did the report wrongly give …?"
_WRONG_ASKED = re.compile(r"\b(?:wrong(?:ly)?|incorrect(?:ly)?|originally|at\s+first|mistaken(?:ly)?|first\s+said"
                          r"|first\s+(?:report(?:ed)?|gave|give|announced?|put)|earlier\s+version)\b", re.IGNORECASE)


def asks_wrong(question: str) -> bool:
    """Whether ``question`` asks what an article said wrongly ("… wrongly give …?", "… originally …")."""
    return _WRONG_ASKED.search(question) is not None


def about_correction(question: str) -> bool:
    """Whether ``question`` asks about a correction ("What is the correct name …?", "… in fact …")."""
    return _ABOUT_CORRECTION.search(question) is not None


# A figure a correction puts right beside the one it withdraws: "the fund holds 2.3 million thalers, not
# 3.2 million as we first reported"
_FIGURE = rf"[{CURRENCY_SIGNS}]?\d(?:[\d,.]{{0,15}}\d)?(?:\s*(?:million|billion|bn|mn|m|per\s+cent|%))?"
_RIGHT_NOT_WRONG = re.compile(rf"(?P<right>{_FIGURE}(?:\s+[a-z]+)?)\s*,?\s+not\s+(?P<wrong>{_FIGURE})", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_CORRECTING = re.compile(r"^\W*correction|^\W*clarification|\ban?\s+earlier\s+version\b", re.IGNORECASE)
# "… 2.3 million thalers, not 3.2 million as we first reported": the paper's own figure withdrawn
_AS_WE_SAID = re.compile(r"\s+as\s+we\s+(?:first\s+|originally\s+|had\s+|wrongly\s+|mistakenly\s+)?"
                         r"(?:reported|said|wrote|stated|gave|published|printed)\b", re.IGNORECASE)


def _scale(figure: str) -> str:
    """What a figure counts in, "million" of "3.2 million", "%" of "3.2 per cent", or ""."""
    m = re.search(r"\b(million|billion|bn)\b|(%|\bper\s*cent\b)", figure, re.IGNORECASE)
    return "" if m is None else (m.group(1) or "%").lower().replace("bn", "billion")


def _noun(figure: str) -> str:
    """What a quoted figure counts, the word after its number and measure ("teachers" of "3 teachers",
    "thalers" of "3.2 million thalers"), or ""."""
    m = re.match(rf"\W*{_FIGURE}\s+(?!(?:million|billion|bn|mn|m|per)\b)(?P<noun>[a-z]+)", figure, re.IGNORECASE)
    return m.group("noun").lower() if m else ""


def corrected_figure(sentence: str, quote: str) -> tuple[int, int] | None:
    """Where the correction ``sentence`` ("Correction: … the fund holds 2.3 million thalers, not 3.2
    million as we first reported.") gives the figure that replaces the one ``quote`` gives ("3.2
    million thalers"), or None when it withdraws no figure of it: a correction note's, or the
    paper's own "not X as we reported" (not "… as it said in January", another's claim), of the
    same number and measure ("300 pupils, not 3" is no figure of "3 teachers")."""
    wanted = _NUMBER.search(quote)
    if wanted is None:
        return None
    noted = _CORRECTING.search(sentence) is not None
    for m in _RIGHT_NOT_WRONG.finditer(sentence):
        if not (noted or _AS_WE_SAID.match(sentence, m.end())):
            continue
        wrong = _NUMBER.search(m.group("wrong"))
        right = re.fullmatch(rf"(?P<figure>{_FIGURE})(?:\s+(?P<unit>[a-z]+))?", m.group("right"), re.IGNORECASE)
        unit = (right.group("unit") or "").lower() if right else ""
        if wrong is None or right is None or wrong.group().replace(",", "") != wanted.group().replace(",", "") \
                or _scale(quote) not in ("", _scale(m.group("wrong")) or _scale(m.group("right"))) \
                or _noun(quote) not in ("", unit):
            continue
        end = right.end("unit") if unit and unit in quote.lower() else right.end("figure")   # "thalers", as quoted
        return m.start("right"), m.start("right") + end
    return None


# What a correction note says is the right name: "She is Dr Petra Hallberg.", "His name is Tor Brun.", "The correct
# spelling is Ana Lind.", "It should have read Ana Lind."
_RIGHT_NAME = re.compile(r"(?i:\b(?:(?:she|he|they)\s+(?:is|are)|(?:her|his|their|its)\s+(?:full\s+)?name\s+is"
                         r"|the\s+correct\s+(?:name|spelling)\s+is|(?:it\s+)?should\s+have\s+(?:read|been|said)))\s+"
                         rf"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?[{CAPITALS}][\w'’-]+"
                         rf"(?:\s+[{CAPITALS}][\w'’-]+){{0,3}})")


def corrected_name(note: str, after: str, quote: str) -> tuple[bool, int, int] | None:
    """Where a correction note (``note``, or ``after``, the sentence after it) gives the right name for the
    person's name ``quote`` it withdraws ("An earlier version … gave … as Dr Petra Hallin." / "She is Dr Petra
    Hallberg."): (in ``after``, start, end); None when ``note`` is no correction naming ``quote``, ``quote`` is no
    person's name, or no person's name follows (not "It should have said Tuesday.")."""
    at = note.find(quote) if quote else -1
    if at < 0 or not correction_note(note) or not people_named(quote):
        return None
    for in_after, text, start in ((False, note, at + len(quote)), (True, after, 0)):
        m = _RIGHT_NAME.search(text, start)
        if m is not None and m.group("name") != quote:
            return (in_after, m.start("name"), m.end("name")) if people_named(m.group("name")) else None
    return None
