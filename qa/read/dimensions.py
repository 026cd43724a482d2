"""What a figure measures, read from the unit written with it, and whether that is what a question
asks for: "How long is the Harbour Bridge?" is not answered by "6.40am" (a time of day), "£2.4m"
(a sum) or "3%" (a share); "How heavy …?" not by "212 metres"; "How many detonators …?" not by
"95 kilograms" (a weight counts nothing); "How old is she?" not by "9 May" (a day of a month).

A figure whose unit is not known here ("A614", "about four") measures nothing known and is never
turned away: only a unit of another kind says an answer is of another kind. Surface patterns only."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CAPITALS
from qa.read.figures import holds_money, is_year
from qa.read.kinds import CARDINALS, DAYS, HEADCOUNT_NOUNS, MONTHS

LENGTH, TIME, WEIGHT, SPEED, AREA, TEMPERATURE, VOLUME, SHARE, CLOCK, DAY, MONEY = (
    "length", "time", "weight", "speed", "area", "temperature", "volume", "share", "time of day", "date", "sum")

# The unit right after a figure (a scale word between: "6 million hectares"), by what it measures;
# the first that matches names it. Temperatures and times of day are written on the figure ("38.7C",
# "6.40am"), in capitals for the scales.
_UNITS = [
    (SPEED, r"mph|km/h|kph|m/s|knots?|miles\s+(?:an|per)\s+hour|kilomet(?:re|er)s\s+(?:an|per)\s+hour"),
    (AREA, r"hectares?|ha|acres?|square\s+(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|foot|yards?)|sq\s?\w+"
           r"|km2|km²|m²"),
    (LENGTH, r"kilomet(?:re|er)s?|km|met(?:re|er)s?|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|miles?|feet|foot"
             r"|kms|ft|inch(?:es)?|yards?|light[- ]years?|storeys?|floors?"),
    (TIME, r"years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)"
           r"|fortnights?|nights?"),
    (WEIGHT, r"kilo(?:gram(?:me)?)?s?|kgs?|grams?|tonnes?|tons?|lbs?|ounces?|oz|stones?"),
    (VOLUME, r"litres?|liters?|gallons?|ml|millilit(?:re|er)s?|barrels?|cubic\s+\w+"),
    (SHARE, r"%|per\s?cent|percent|pct|pc|percentage\s+points?"),      # (a wire's "2.4 pct", a paper's "14.5pc")
    (CLOCK, r"(?-i:am|pm|a\.m\.|p\.m\.|GMT|BST)"),
    (TEMPERATURE, r"(?-i:°\s?[CF]|[CF](?![-\w]))|degrees?"),        # not "36 F-35 jets", "20 F1 drivers"
    (DAY, rf"(?:st|nd|rd|th)?\s*(?:of\s+)?(?-i:{MONTHS})"),        # not "300 may lose their jobs"
]
_SCALE = r"(?:\s*(?:million|billion|thousand|hundred|m|mn|bn|k)\b)?"
_UNIT_AFTER = [(kind, re.compile(rf"{_SCALE}[\s-]?(?:{pattern})(?![^\W\d_])", re.IGNORECASE))   # ("42-kilogram")
               for kind, pattern in _UNITS]
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\s+$")
_UNTIL = re.compile(r"\b(?:until|till|to|by)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_FIGURE = re.compile(rf"(?<![\w.,])\d[\d.,:]*\d|(?<![\w.,])\d|\b(?:{CARDINALS}|hundred|a\s+dozen|dozens)\b",
                     re.IGNORECASE)


def measured(sentence: str, start: int, end: int) -> str:
    """What the first figure of the span ``sentence[start:end]`` measures, by the unit written with
    it (one of the kinds above), "" when it has none known here or is a year; a sum of money
    (``figures.holds_money``) counts too."""
    kind = _unit(sentence, start, end)[0]
    return "" if kind == _YEAR else kind          # "since 2019" may say how long


_YEAR = "year"
# How long a race took, as results write it: hours, minutes and seconds ("2:08:17"), or minutes and seconds
# with their fraction ("3:31.25"); not a time of day ("14:02")
_RACE_CLOCK = re.compile(r"\d{1,2}:\d\d:\d\d(?:\.\d+)?|\d{1,2}:\d\d\.\d{1,3}")
_DAY_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d")      # a time of day with its seconds: "14:02:31"
_AT_CLOCK = re.compile(r"\b(?:at|until|till|since|before)\s+$", re.IGNORECASE)
_ZONE_AFTER = re.compile(r"\s*(?:local\b|(?-i:GMT|BST|UTC|CET|CEST|EST|PST)\b|[ap]\.?m\b)", re.IGNORECASE)


def _measures(sentence: str, start: int, end: int) -> list[str]:
    """What each figure of the span ``sentence[start:end]`` measures (``measured``)."""
    return [measured(sentence, m.start(), end) for m in _FIGURE.finditer(sentence, start, end)]


def _unit(sentence: str, start: int, end: int) -> tuple[str, str]:
    """``measured`` and the unit as written ("kilograms", "am", "%"; "" for a sum or a day)."""
    m = _FIGURE.search(sentence, start, end)
    if m is None:
        return "", ""
    if holds_money(sentence, m.start(), m.end()):
        return MONEY, ""
    if is_year(sentence, m.start(), m.end()):
        return _YEAR, ""
    if _MONTH_BEFORE.search(sentence[max(0, m.start() - 12):m.start()]):
        return DAY, ""
    if _RACE_CLOCK.fullmatch(m.group()) and not (_DAY_CLOCK.fullmatch(m.group()) and (
            _AT_CLOCK.search(sentence[max(0, m.start() - 12):m.start()]) or _ZONE_AFTER.match(sentence, m.end()))):
        return TIME, ""             # a race's time: "2:08:17", "3:31.25" (not "struck at 14:02:31 local time")
    clock = re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.)", sentence[m.end():])
    if (re.fullmatch(r"\d{1,2}(?:[.:]\d\d)?", m.group()) and clock) or re.fullmatch(r"\d{1,2}:\d\d", m.group()):
        until = _UNTIL.search(sentence[max(0, m.start() - 20):m.start()])
        return (DAY, "") if until else (CLOCK, clock.group().strip() if clock else "")   # "until 6am": a bound
    after = sentence[m.end():m.end() + 40]
    for kind, unit in _UNIT_AFTER:
        found = unit.match(after)
        if found:
            return kind, found.group().strip()
    if _DOTTED_TIME.fullmatch(m.group()) and _AT_TIME.search(sentence[max(0, m.start() - 20):m.start()]) \
            and _TIME_CUE.match(sentence, m.end()) and not _MARKET.search(sentence[max(0, m.start() - 30):m.start()]):
        return CLOCK, ""        # "broken through at 11.40 on Monday morning" (not "Shares closed at 12.50")
    return "", ""


# A time of day written with a dot, British style, after a word that puts one: "at 11.40", "shortly after 9.15"
_DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_AT_TIME = re.compile(r"\b(?:at|by|around|about|after|before|from|until|till)\s+$", re.IGNORECASE)
_MARKET = re.compile(r"\b(?:clos|open|trad|stood|pric|valu|fix|rate|share|stock|index|yield|sold|bought|cost)\w*",
                     re.IGNORECASE)      # "Shares closed at 12.50 on Tuesday": a price
_TIME_CUE = re.compile(rf"\s+(?:on\s+(?:{DAYS})|(?:this|that|in\s+the|on\s+\w+)\s+(?:morning|afternoon|evening|night)"
                       r"|local\s+time|GMT|BST|CET|UTC|last\s+night|tonight|today|yesterday)\b", re.IGNORECASE)


# "How long …?", "How far / tall / deep / wide / heavy …?": the kinds of measure that answer
# ("When …?" asks for a time: not "80mph", "38.7C", "£2m" or "3%")
# ("How fast can the ferry sail?" a speed, not "How fast is the economy growing?" nor "How fast did she run the
# marathon?"; "How much did the cubs weigh?" a weight, not "How much will the strike weigh on growth?")
_ASKED = re.compile(r"^\W*(?:(?:for\s+)?how\s+(?P<how>long|tall|deep|wide|heavy)\b(?!\s+ago\b)|(?P<when>when)\b"
                    r"|how\s+(?P<far>far)\b(?!\s+(?:behind|ahead|back|off)\b)(?![^?]*\b(?:fall|fell|fallen|drop\w*"
                    r"|rise|rose|risen|slip\w*|slide|slid|climb\w*|declin\w+|plunge\w*|sink|sank|progress\w*)\b)"
                    r"|how\s+(?P<fast>fast)\b(?=[^?]*\b(?:go|goes|going|went|travel\w*|sail\w*|fly|flies|flew|flying"
                    r"|drive|drives|driving|drove|move|moves|moving|moved|blow\w*|gust\w*)\b)"
                    r"|how\s+much\s+(?:did|does|do|was|were|is|are|will|would|can|could)\b[^?]*?\b"
                    r"(?P<weigh>weigh(?:s|ed)?)\b(?!\s+(?:on|in|up|down)\b|-))", re.IGNORECASE)
_ANSWERED_BY = {"long": (LENGTH, TIME, DAY), "far": (LENGTH,), "tall": (LENGTH,), "deep": (LENGTH,), "wide": (LENGTH,),
                "heavy": (WEIGHT,), "fast": (SPEED,), "when": (TIME, CLOCK, DAY)}
# "What was the winning time in the marathon?", "What was her finishing time?": how long a race took, not a date
_RACE_TIME = re.compile(r"^\W*what\s+(?:is|was|are|were)\s+(?:the\s+|(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+|his\s+|her\s+"
                        r"|their\s+|its\s+)?(?:new\s+)?(?:winning|finishing|fastest|record|course[\s-]record"
                        r"|personal[\s-]best|qualifying|race)\s+times?\b", re.IGNORECASE)
# "What is the population of Lindqvarra?", "What was the attendance?": a number of people, with no unit
# (not "25%", "£3m", "9 May")
HEADCOUNT = "number of people"
_NAMES = {LENGTH: "a length", TIME: "a length of time", WEIGHT: "a weight",     # (a date: "until 14 May")
          SPEED: "a speed", HEADCOUNT: "a number of people"}
_HEADCOUNT = re.compile(r"^\W*what\s+(?:is|was|are|were)\s+(?:the\s+|(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)?"
                        rf"(?:[\w'’-]+\s+){{0,2}}?(?:{HEADCOUNT_NOUNS}|head\s*count)\b"
                        r"(?!\s+(?:density|growth|change|rate|share|decline|increase|fall|rise|figures?|size)\b)",
                        re.IGNORECASE)


def race_time_asked(question: str) -> bool:
    """Whether ``question`` asks how long a race took ("What was the winning time in the marathon?")."""
    return bool(_RACE_TIME.match(" ".join(question.split())[:1000]))


def race_clock(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is a race's time as results write it ("2:08:17", "3:31.25")."""
    return bool(_RACE_CLOCK.fullmatch(sentence[start:end].strip()))


def kinds_asked(question: str) -> tuple[str, ...]:
    """The kinds of measure a "How long / tall / deep / wide / heavy / fast …?" question asks for (a
    length, a time or the date it lasts until; a length; a weight; a speed), "How much did it weigh?" (a
    weight), a "When …?" question (a time, a time of day, a date), "What is the population …?" (a number
    of people) and "What was the winning time …?" (a length of time); () for any other question ("How
    high …?" may ask for a height, a price or a share)."""
    asked = " ".join(question.split())[:1000]
    m = _ASKED.match(asked)
    if m is None:
        if _RACE_TIME.match(asked):
            return (TIME,)
        return (HEADCOUNT,) if _HEADCOUNT.match(asked) else ()
    if (m.group("how") or "").lower() == "long" and _THING_LONG.match(asked):
        return (LENGTH,)            # "How long is the new runway?": its length, not how late it opened
    return _ANSWERED_BY["heavy" if m.group("weigh") else (m.group("how") or m.group("when") or m.group("fast")
                                                          or m.group("far")).lower()]


# "How long is the new runway?", "How long was the whale?": a thing's length, never a time (not "How long is the
# strike?", "How long was the queue?" nor "How long is the runway closed?", which ask how long something lasts)
_THING_LONG = re.compile(r"^\W*how\s+long\s+(?:is|was|are|were|will\s+be)\s+(?:the|its|their|his|her)\s+"
                         r"(?:[\w'’-]+\s+){0,4}?"
                         r"(?:runways?|bridges?|tunnels?|roads?|motorway|highway|street|river|canal"
                         r"|ship|boat|vessel|yacht|ferry|platforms?|track|railway|rail\s+line|pier|jetty|wall|fence"
                         r"|coastline|border|beach|pipeline|cable|corridor|tower|mast|whale|shark|snake|crocodile"
                         r"|course|lap|pitch|trail|route|dam|barrier|sea\s+wall|seawall|breakwater|extension)"
                         r"(?:\s+(?:at|in|on|of|near|from|to|across|over|under)\s+[^?]*)?\W*$", re.IGNORECASE)


def in_words(kinds: tuple[str, ...]) -> str:
    """The kinds ``kinds_asked`` gives, in words: "a length or a length of time"."""
    if kinds == _ANSWERED_BY["when"]:
        return "a time or a date"
    return " or ".join(_NAMES[k] for k in kinds if k in _NAMES)


# A length of time telling how far by the journey it takes: "a 10-minute walk", "two hours by train"
_TRIP = re.compile(r"\b(?:walk|drive|ride|journey|flight|trip|sail|cycle|by\s+(?:car|train|bus|road|rail|ferry|air))\b",
                   re.IGNORECASE)


# The words a number of people follows: "in front of a crowd of [24,310]", "watched by [9,200]", "a population of"
_HEADCOUNT_BEFORE = re.compile(r"(?:\b(?:crowds?|attendances?|gates?|audiences?|populations?|membership)\s+(?:of|was|is"
                               r"|were|stood\s+at|reached|rose\s+to|fell\s+to)|\b(?:watched|attended|seen)\s+by)"
                               r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over"
                               r"|just\s+under)\s+)?$",
                               re.IGNORECASE)


def headcount_told(sentence: str, start: int) -> bool:
    """Whether the span starting at ``start`` is one the sentence's words say is a number of people ("in front
    of a crowd of [24,310]"), for a question asking one (``kinds_asked`` is ``(HEADCOUNT,)``)."""
    return bool(_HEADCOUNT_BEFORE.search(sentence[max(0, start - 40):start]))


def of_another_kind(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether every figure of the span ``sentence[start:end]`` measures something of another kind
    than the "How long …?" question asks (``kinds_asked``): a time of day, a sum, a share, a weight
    for a length. "How tall / deep / wide / heavy …?" is a measure: a span with no figure and no unit
    ("underground", "the A614") gives none, nor does a figure counting something ("19 crew")."""
    kinds = kinds_asked(question)
    if kinds == (HEADCOUNT,):       # a number of people has no unit: every figure with one measures another thing,
        found = _measures(sentence, start, end)     # and a match's result ("3-1") counts no crowd
        return bool(found) and all(found) or bool(SCORE_RUN.fullmatch(sentence[start:end].strip()))
    if kinds == _ANSWERED_BY["when"] and _tells_time(sentence, start, end):
        return False                # "38.7C on Tuesday afternoon", "once repairs costing £2m are finished"
    found = _measures(sentence, start, end) if kinds else []
    m = _ASKED.match(" ".join(question.split())[:1000])
    far = bool(m and m.group("far"))
    if kinds and kinds not in (_ANSWERED_BY["long"], _ANSWERED_BY["when"]) and not far:    # "How long …?" may
        # be "all season", "two terms"; "When …?" "after the storm"; "How far …?" "an hour's drive"
        span = sentence[start:end]
        if not found:       # not "as tall as a house", "the size of a pea" either
            return not _units_in(span) and not _LIKENED.search(span)
        figures = _FIGURE.finditer(sentence, start, end)
        if all(not k and _COUNTS.match(sentence, m.end()) for k, m in zip(found, figures)):
            return True                                 # "19 crew" for "How wide is the ship?"
    if far:             # "How far …?": a year, a date or a time of day is no distance ("up to the end of December
        # 2025"), nor a length of time but a journey's ("a 10-minute walk"; not "covered the course in 22 minutes",
        # "orbits its star every 9.6 days"); "400m" may be metres
        units = [_unit(sentence, m.start(), end)[0] for m in _FIGURE.finditer(sentence, start, end)]
        trip = bool(_TRIP.search(sentence, start, min(len(sentence), end + 20)))
        return bool(units) and all(u in (_YEAR, DAY, CLOCK) or u == TIME and not trip for u in units)
    return bool(found) and all(k and k not in kinds for k in found)     # no figure of it might be one


# Words telling a time beside a figure of another kind in a span answering "When …?"
_TIME_WORDS = re.compile(rf"\b(?:{MONTHS}|{DAYS}|morning|afternoon|evening|night|noon|midnight|today|yesterday"
                         r"|tomorrow|week|month|year|once|after|before|until|when|since|during)\b", re.IGNORECASE)
# ... but not a rate's: a figure, its unit, then "a year" ("7.8 billion merks a year", "£2m every year")
_RATE_BEFORE = re.compile(r"\d[\d.,]*(?:\s*[^\W\d_]+){0,2}\s+(?:a|an|per|each|every)\s+$")


def _tells_time(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` has a word telling a time that is not a rate's (``_TIME_WORDS``:
    "once repairs costing £2m are finished", "within a month of the £40 claim"; not "7.8 billion merks a year")."""
    return any(not (m.group().lower() in ("week", "month", "year") and _RATE_BEFORE.search(sentence, start, m.start()))
               for m in _TIME_WORDS.finditer(sentence, start, end))
_LIKENED = re.compile(r"\bas\s+\w+\s+as\b|\b(?:size|height|length|width|depth|weight)\s+of\b|\w+er\s+than\b",
                      re.IGNORECASE)
# a figure counting something: a word of its own after it, not one of a measure ("19 crew")
_COUNTS = re.compile(r"\s+(?!(?:and|or|to|of|a|an|the|in|on|at|by|for|from|per|each|more|less|than|up|down|times"
                     r"|feet|foot|inches|metres|meters|high|tall|deep|wide|long|across|thick)\b)[a-z][a-z-]*\b")


# A result written as two small figures and a dash ("3-1", "2–0"), and the words of a question about a vote
SCORELINE = re.compile(r"(?<![\w.,:/-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w:/%-]|[.,]\d)")
# A result of several sets or legs in a row: "6-4 3-6 7-5", "3-6 7-6 (7-3) 6-1"
SCORE_RUN = re.compile(r"(?<![\w.,:/-])\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?\(\d{1,2}[-–]\d{1,2}\))?"
                       r"(?:,?\s\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?\(\d{1,2}[-–]\d{1,2}\))?)*(?![\w:/%-]|[.,]\d)")
# A round-up's result line: the sides with their goals, the scorers after it or not ("Varrowby Athletic 3
# Lindquay Wanderers 0 (Petrossian 12, …)", "Kestmoor Utd 2 Dunmere Albion 1")
RESULT_LINE = re.compile(rf"(?<![\w'’.&-])(?-i:[{CAPITALS}][\w'’.&-]*)(?:[ \t]+(?-i:[{CAPITALS}][\w'’.&-]*)){{0,3}}"
                         rf"[ \t]+"
                         rf"\d{{1,2}}[ \t]+(?-i:[{CAPITALS}][\w'’.&-]*)(?:[ \t]+(?-i:[{CAPITALS}][\w'’.&-]*)){{0,3}}"
                         r"[ \t]+\d{1,2}(?![\w:/%.,-])")   # (on one line: not a list's "Anna Berg 12" / "Kari Holm 9")
# "What was the score when Odrin played Quillon?", "What was the final score in the cup final?", "What was the result
# of Harrowgate FC against Brede Miners?": a result
_SCORE_ASKED = re.compile(r"^\W*what\s+(?:is|was|were)\s+the\s+(?:final\s+|full[\s-]time\s+|half[\s-]time\s+)?"
                          rf"(?:(?:score|scoreline)\s+(?:when\s+(?-i:[{CAPITALS}])|against|between|at\s+(?:half"
                          rf"|full)[\s-]time"
                          r"|in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
                          r"(?:match|game|final|derby|tie|semi-final|clash|fixture"
                          rf"|play-?off)s?\b)|result\s+(?:of|when|in)\s+(?:the\s+)?(?-i:[{CAPITALS}])[^?]{{0,60}}?\s"
                          rf"(?:against"
                          rf"|versus|played)\s+(?-i:[{CAPITALS}]))", re.IGNORECASE)    # (not a case's "Miller v …")


def is_score(text: str) -> bool:
    """Whether ``text`` is a result: a scoreline ("3-1", "6-4 3-6 7-5") or a round-up's result line
    ("Varrowby Athletic 3 Lindquay Wanderers 0")."""
    return bool(SCORE_RUN.fullmatch(text.strip()) or RESULT_LINE.fullmatch(text.strip()))


def score_asked(question: str) -> bool:
    """Whether ``question`` asks a match's result ("What was the score when Odrin played Quillon?", "What was
    the result of Harrowgate FC against Brede Miners?"), which a scoreline gives ("3-1") or a round-up's result
    line ("Harrowgate FC 2 Brede Miners 2": ``RESULT_LINE``)."""
    return bool(_SCORE_ASKED.match(" ".join(question.split())[:1000]))
_VOTES = re.compile(r"\b(?:vot(?:e|es|ed|ing|ers?)|judges|justices|councillors|members)\b", re.IGNORECASE)


def counts_nothing(question: str, sentence: str, start: int, end: int) -> bool:
    """For "How many …?": whether each figure of the span is a measure with a unit the question does not
    name ("about 95 kilograms" counts no detonators; "six weeks" answers "How many weeks …?"), a
    time of day or a date (a share may answer: "How many voters are over 65?" "31%"; not one saying
    by how much: "12% more passengers", unless the question asks about a change); nor is a result ("3-1")."""
    if SCORELINE.fullmatch(sentence[start:end].strip()) and not _VOTES.search(question) \
            and not _COUNTS.match(sentence, end):
        return True                     # "3-1": a result, no count (a vote's "5-2" may be one; "25-30 pupils" is)
    found, named = _measures(sentence, start, end), _kinds_named(question)
    if found and found[0] == SHARE and not _CHANGE_ASKED.search(question):
        m = _FIGURE.search(sentence, start, end)
        if _MORE_AFTER.match(sentence, _unit_end(sentence, m.end())):
            return True                 # "12% more passengers" says by how much, not how many
    # a sum: ``figures.gives_figure`` judges it; "How many Britons are Catholic?" may be answered by a share
    return bool(found) and all(k not in ("", MONEY, SHARE) and k not in named for k in found)


_MORE_AFTER = re.compile(r"\s*(?:more|fewer|less|extra|higher|lower)\b", re.IGNORECASE)
_CHANGE_ASKED = re.compile(r"\b(?:more|fewer|less|rise|rose|fall|fell|increase[sd]?|decrease[sd]?|grow|grew|change"
                           r"|by\s+how)\b", re.IGNORECASE)


def _unit_end(sentence: str, at: int) -> int:
    """Where the share unit written at ``at`` ("%", " per cent") ends."""
    m = re.match(r"\s?(?:%|per\s?cent|percent)", sentence[at:], re.IGNORECASE)
    return at + (m.end() if m else 0)


_COUNTED = re.compile(r"\bhow\s+(?:many|much)\s+((?:[\w%-]+\s+){0,2}[\w%-]+)", re.IGNORECASE)


def _kinds_named(question: str) -> set[str]:
    """The kinds of measure whose units ``question`` counts ("How many kilometres …?": a length,
    not "How many passengers use it each day?"; "What percentage …?": a share)."""
    counted = _COUNTED.search(question)
    named = _units_in(counted.group(1) if counted else question)
    return named | ({SHARE} if re.search(r"\bpercentage\b|\bproportion\b", question, re.IGNORECASE) else set())


def _units_in(text: str) -> set[str]:
    """The kinds of measure whose units are words of ``text`` ("half a tonne": a weight)."""
    words = re.findall(r"(?:cubic|square)\s+[^\W\d_]+|[^\W\d_]+(?:\s+(?:an|per)\s+hour)?|%", text)
    return {kind for w in words for kind, unit in _UNIT_AFTER if unit.fullmatch(" " + w)}


_NO_AGE_UNIT = re.compile(r"(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)", re.IGNORECASE)
_OLD_AFTER = re.compile(r"[\s-]+old\b", re.IGNORECASE)


def no_age(sentence: str, start: int, end: int) -> bool:
    """For "How old …?": whether each figure of the span is a measure of another kind than years (a date,
    a day of a month, a time of day, a sum, a length, hours, minutes or seconds)."""
    figures = list(_FIGURE.finditer(sentence, start, end))
    found = [_unit(sentence, m.start(), end) for m in figures]
    # (a year is no age either, nor "90 minutes" ("48 hours old" is), nor "54,310 votes")
    return bool(found) and all(k not in ("", TIME) or _NO_AGE_UNIT.fullmatch(unit) and not _OLD_AFTER.match(
        sentence, sentence.find(unit, m.end()) + len(unit)) or _beyond_an_age(sentence, m)
        for (k, unit), m in zip(found, figures))


# A count's noun after a number in words: "two [newcomers]" (not "six months old", "forty this weekend")
_COUNTED_NOUN = re.compile(r"\s+(?!(?:years|months|weeks|days|hours|minutes|seconds|decades|this|was|is|has|does"
                           r"|becomes|remains|turns|plus|as|his|hers|its)\b)[a-z]{3,}s\b")


def _beyond_an_age(sentence: str, figure: re.Match) -> bool:
    """Whether ``figure`` in ``sentence`` can be no one's age: over 130 ("54,310 votes"), a share ("52.8
    per cent"), or a count of things in words ("two newcomers")."""
    if figure.group().isalpha() and _COUNTED_NOUN.match(sentence, figure.end()):
        return True
    digits = figure.group().replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return False                # a number in words: "forty"
    return value > 130 or bool(re.match(r"\s*(?:%|per\s*cent\b|percent\b)", sentence[figure.end():]))
