"""Which figure of a sentence is for the time a question names: of "164 novels this year, up from 141
last year", "How many novels did they read last year?" asks for the 141; of "Levels have fallen from 71%
a month ago to 54%", "What were levels a month ago?" for the 71%; of "Turnout was 34.2%, up from 29.8%
at the last election in 2022", "What was turnout in 2022?" for the 29.8%. A figure is for the time
phrase written after it, before the next figure. Surface patterns only."""

from __future__ import annotations

import re

# A time named by a phrase: "last year", "this month", "a month ago", "the year before", "in 2022"
_TIME = re.compile(r"\b(?:(?:last|this|next|previous)\s+(?:year|month|week|season|quarter|summer|winter|spring"
                   r"|autumn|time)|an?\s+(?:year|month|week|decade|fortnight)\s+(?:ago|earlier|before)"
                   r"|the\s+(?:year|month|week|season)\s+(?:before|earlier)|(?:in\s+)?(?:1[89]|20)\d\d)\b",
                   re.IGNORECASE)
# A figure: "141", "29.8%", "£3.6m", "six"
_FIGURE = re.compile(r"[£$€¥]?\d(?:[\d.,]*\d)?(?:\s?(?:%|per\s?cent|m|bn|k|million|billion)\b|%)?"
                     r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
_MOST_AFTER = 60        # characters after a figure its time phrase may come in


def times_named(question: str) -> set[str]:
    """The time phrases ``question`` names, in lower case, spaces single ("last year"; "in 2022" for
    "the 2022 election" too)."""
    return _phrases(question[:1000])


def _phrases(text: str) -> set[str]:
    """The time phrases of ``text`` as ``times_named`` gives them."""
    found = {" ".join(m.group().lower().split()) for m in _TIME.finditer(text)}
    return {f"in {p}" if p[:1].isdigit() else p for p in found}


# What sets two figures side by side as one thing at two times: "up from", "from … to", "compared with"
_COMPARED = re.compile(r"\b(?:from|to|compared\s+with|against|than|versus|vs)\b", re.IGNORECASE)


def figure_for(times: set[str], sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The one figure of ``sentence`` followed, before the next figure, by one of the time phrases
    ``times`` (``times_named``), when it is another than the span ``sentence[start:end]`` holds and
    the words between the two compare them ("164 this year, up from 141 last year"; not "a profit
    of £58m last year on revenue of £742m", both last year's); None otherwise."""
    if not times:
        return None
    figures = [m for m in _FIGURE.finditer(sentence) if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group())]   # years

    if len(figures) < 2:
        return None
    bound = []
    for n, m in enumerate(figures):
        stop = figures[n + 1].start() if n + 1 < len(figures) else len(sentence)
        after = sentence[m.end():min(stop, m.end() + _MOST_AFTER)]
        if _phrases(after) & times:
            bound.append(m.span())
    if len(bound) != 1 or (bound[0][0] < end and start < bound[0][1]):
        return None
    between = sentence[min(end, bound[0][1]):max(start, bound[0][0])]
    return bound[0] if _COMPARED.search(between) else None
