"""Which figure of a sentence is for the time a question names: of "164 novels this year, up from 141
last year", "How many novels did they read last year?" asks for the 141; of "Levels have fallen from 71%
a month ago to 54%", "What were levels a month ago?" for the 71%; of "Turnout was 34.2%, up from 29.8%
at the last election in 2022", "What was turnout in 2022?" for the 29.8%. A figure is for the time
phrase written after it, before the next figure. Surface patterns only."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CURRENCY_SIGNS
from qa.read.kinds import CARDINALS

# A time named by a phrase: "last year", "this month", "a month ago", "the year before", "in 2022", "now"
_TIME = re.compile(r"\b(?:(?:last|this|next|previous)\s+(?:year|month|week|season|quarter|summer|winter|spring"
                   r"|autumn|time)|an?\s+(?:year|month|week|decade|fortnight)\s+(?:ago|earlier|before)"
                   r"|the\s+(?:year|month|week|season)\s+(?:before|earlier)|(?:in\s+)?(?:1[89]|20)\d\d"
                   r"|(?<!from\s)(?<!as\sof\s)(?<!until\s)(?<!by\s)(?<!for\s)(?<!is\s)(?<!are\s)now(?!\s+on\b))\b",
                   re.IGNORECASE)
# A figure: "141", "29.8%", "£3.6m", "six"
_FIGURE = re.compile(rf"[{CURRENCY_SIGNS}]?\d(?:[\d.,]*\d)?(?:\s?(?:%|per\s?cent|m|mn|bn|k|million|billion)\b|%)?"
                     rf"|\b(?:{CARDINALS})\b", re.IGNORECASE)
_MOST_AFTER = 60        # characters after a figure its time phrase may come in


def times_named(question: str) -> set[str]:
    """The time phrases ``question`` names, in lower case, spaces single ("last year"; "in 2022" for
    "the 2022 election" too)."""
    return _phrases(question[:1000])


def _phrases(text: str) -> set[str]:
    """The time phrases of ``text`` as ``times_named`` gives them."""
    found = {" ".join(m.group().lower().split()) for m in _TIME.finditer(text)}
    return {f"in {p}" if p[:1].isdigit() else p for p in found}


# What sets two figures side by side as one thing at two times: "up from", "down from", "compared with",
# "instead of"
# (and "from [a] … to [b]", ``_FROM_TO``)
_COMPARED = re.compile(r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased|climbed|dropped)\s+from"
                       r"|compared\s+(?:with|to)|against|versus|vs|instead\s+of|rather\s+than)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# A figure that is a change or a part, not the level at a time: "400 more", "a total of 3,200"
_MORE_AFTER = re.compile(r"\s*(?:more|fewer|less|extra|additional)\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\btotal\s+(?:of|to)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def figure_for(times: set[str], sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The one figure of ``sentence`` followed, before the next figure, by one of the time phrases
    ``times`` (``times_named``), when it is another than the span ``sentence[start:end]`` holds and
    the words between the two compare them ("164 this year, up from 141 last year", "from 71% a
    month ago to 54%"; not "a profit of £58m last year on revenue of £742m", both last year's),
    and it is no change or part ("400 more last year") nor the span a total ("a total of 3,200");
    None otherwise."""
    if not times:
        return None
    figures = [m for m in _FIGURE.finditer(sentence) if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group())]   # years

    if len(figures) < 2:
        return None
    bound = []
    for n, m in enumerate(figures):
        stop = figures[n + 1].start() if n + 1 < len(figures) else len(sentence)
        after = sentence[m.end():min(stop, m.end() + _MOST_AFTER)]
        clause = re.split(r"[,;]", after, maxsplit=1)[0]          # "now" only in the figure's own clause
        if (_phrases(after) - {"now"} | ({"now"} & _phrases(clause))) & times:
            bound.append(m.span())
    if len(bound) != 1 or (bound[0][0] < end and start < bound[0][1]):
        return None
    (a, b), first = bound[0], min(start, bound[0][0])
    if _MORE_AFTER.match(sentence, b) or _TOTAL_BEFORE.search(sentence[max(0, start - 20):start]):
        return None             # "400 more … last year, bringing the total to [3,200]": not a level then
    between = sentence[min(end, b):max(start, a)]
    from_to = _FROM_BEFORE.search(sentence[max(0, first - 20):first]) and re.search(r"\bto\b", between)
    return bound[0] if _COMPARED.search(between) or from_to else None
