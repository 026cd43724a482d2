"""Figures in a sentence: what a figure is, and how much of the text around it belongs to it.

- A bare figure takes its unit ("26" → "26 km/h", ``with_unit``) and the words before it that say
  how exact it is ("more than 10,000", ``with_qualifier``); of two figures joined the first is one
  ("£1.3m and £86,000", ``first_of_two``), a range counting as one (``one_figure``); a change gives
  way to the level it came to ("fell 2.1% to [€3.3bn]", ``the_level``); a sum of money is cut from
  a span that says more ("cost around $20m" → "around $20m", ``the_sum``; ``holds_money``).
- A figure is tied to the years the words around it name ("6.1 million tonnes in 2021"; "£59.7m a
  year earlier" in a story of 2024 is the figure for 2023: ``span_years``), so that one for another
  year than the one asked about is no answer (``fits``, ``for_year``).
- A figure gives what a question asks for (``gives_figure``): for a count, a year ("the 2005
  Harbour Cup", ``is_year``), an age ("the 34-year-old", "Okonkwo, 26,"; ``is_age``), a rank
  ("number two") or a word of a name ("Six Counties") counts nothing (``counts``).
- A character reference left in a text file ("caf&#233;") is no figure, and no span cuts into it
  (``references``, ``cuts``, ``whole_references``)."""

from __future__ import annotations

import functools
import re

from qa.encode.words import STOPWORDS, tokenize
from qa.ingest.dates import MONTHS, RELATIVE_YEAR, relative_year
from qa.ingest.lexicon import CAPITALS, CURRENCY_SIGNS, common_word
from qa.ingest.sentences import LIST_NUMBER
from qa.read.asked import Wanted, counted, in_currency, unit_asked, wanted
from qa.read.kinds import CARDINALS, DATE_PATTERN, DIGIT_WORDS, NOT_A_PERSONS_LAST_WORD, TENS

NUMBER_WORDS = f"{CARDINALS}|hundred|thousand|million|half|a|an|several|few"
# What may come before a figure and belongs to it ("around $20m", "more than 30 days").
_QUALIFIERS = (r"about|around|almost|nearly|over|some|roughly|approximately|more\s+than|less\s+than|fewer\s+than"
               r"|up\s+to|at\s+least|at\s+most|as\s+many\s+as|as\s+much\s+as|close\s+to|just\s+over|just\s+under")
_QUALIFIER = rf"(?:(?:{_QUALIFIERS})\s+)?"
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w-])(?:{_QUALIFIERS})\s+$", re.IGNORECASE)
_SPELL = re.compile(r"^[\w.,\s-]*?\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)"
                    r"|seasons?|games|matches)\b", re.IGNORECASE)
FIGURE_START = re.compile(rf"[{CURRENCY_SIGNS}]?\d|(?:{NUMBER_WORDS})\b", re.IGNORECASE)
_BARE_FIGURE = re.compile(rf"{_QUALIFIER}(?:\d[\d.,]*|(?:{NUMBER_WORDS})(?:[\s-]+(?:{NUMBER_WORDS}))*)",
                          re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^\s*(?:km/h|mph|kph|m/s|(?:years?|months?|weeks?|days?|hours?|minutes?"
                         r"|seconds?|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|(?:centi|milli)met(?:re|er)s?|feet"
                         r"|foot"
                         r"|ft|inch(?:es)?|cm|mm|kg"
                         r"|kilograms?|tonnes?|tons?|lbs?|decades?|centur(?:y|ies)|light[- ]years?)\b)", re.IGNORECASE)


def with_unit(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span ``sentence[start:end]`` with the unit right after it when it is a bare figure
    ("26" → "26 km/h", "half" → "half a mile"); as it is otherwise."""
    span = sentence[start:end].strip()
    if not _BARE_FIGURE.fullmatch(span):
        return start, end
    skip = re.match(r"\s+an?\b", sentence[end:end + 4]) if span.lower().endswith("half") else None
    after = end + (skip.end() if skip else 0)
    m = _UNIT_AFTER.match(sentence[after:after + 30])
    return (start, after + m.end()) if m else (start, end)


# "What was the previous record?", "… the old high?", "What was the first estimate?": a figure the
# story's new one replaced
_BEFORE_WORDS = "previous|old|former|earlier|existing|original"
_BEFORE = rf"(?:{_BEFORE_WORDS})"                       # (a question's "first record" may be the one asked)
_EARLIER = rf"(?:{_BEFORE_WORDS}|first|initial)"
_RECORD_WORDS = r"(?:record|high|best|peak|low|estimate|forecast|figure|total|target|offer)"
_PREVIOUS_ASKED = re.compile(rf"\b{_EARLIER}\s+(?:[\w-]+\s+)?{_RECORD_WORDS}\b", re.IGNORECASE)
# "beating the record of [5.31 metres]", "beating the [11,210] who watched …", "the previous record, [18.9 million
# tonnes], was set …", "from its first estimate of [310 million]", "put its first estimate of damage at [310 million]"
_RECORD_OF = re.compile(r"\b(?:(?:beat(?:ing|s)?|break(?:ing|s)?|broke|surpass(?:ing|ed|es)?|eclips(?:ing|ed|es)?"
                        r"|smash(?:ing|ed|es)?|top(?:ping|ped|s)?|pass(?:ing|ed)?)\s+(?:the|a|its|his|her|their)"
                        rf"(?:\s+(?:{_EARLIER}|national|world|all-time))*"
                        rf"(?:\s+{_RECORD_WORDS}\s*(?:of|at|was|had\s+been|,))?"
                        rf"|(?:the|a|its|his|her|their)\s+{_EARLIER}(?:\s+[\w-]+)?\s+{_RECORD_WORDS}"
                        r"(?:\s+of\s+(?:[\w-]+\s+){1,4}?(?=at\b))?\s*(?:of|at|was|had\s+been|stood\s+at|,))"
                        rf"\s*(?=[{CURRENCY_SIGNS}]?\d)", re.IGNORECASE)
_RECORD_FIGURE = re.compile(rf"[{CURRENCY_SIGNS}]?\d(?:[\d.,:]*\d)?"
                            r"(?:\s?(?:million|billion|thousand|trillion|bn|mn|m|k)\b)?"
                            r"(?:\s?(?:%|per\s?cent\b|p\b))?")


def previous_record(question: str, sentence: str) -> tuple[int, int] | None:
    """For a question asking for a previous record or a first estimate ("What was the river's previous
    record level?"), the one figure a sentence gives as the one replaced ("peaked at 5.62 metres,
    beating the record of [5.31 metres] set in 2011", "raised its estimate to 455 million, from its
    first estimate of [310 million]"), with its unit; None otherwise."""
    if not _PREVIOUS_ASKED.search(question) or wanted(question) not in (Wanted.NUMBER, Wanted.AMOUNT, Wanted.OTHER):
        return None                 # "When was the previous record set?" asks a date
    found = [m.end() for m in _RECORD_OF.finditer(sentence)
             if not re.match(r"(?:1[89]|20)\d\d\s+[^\W\d]", sentence[m.end():])]     # not "beating the 2019 total"
    if len(found) != 1:
        return None
    figure = _RECORD_FIGURE.match(sentence, found[0])
    return with_currency(sentence, *with_unit(sentence, *figure.span())) if figure else None


def previous_only(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is the record a sentence says was beaten or stood before ("The
    previous national record, [37.8C], was also set in Lisk") and ``question`` asks for a record, not the one
    before ("What national temperature record was set at Lisk in July 2025?")."""
    record = re.search(r"\b(?:records?|best|high|peak)\b", question, re.IGNORECASE)
    if record is None or re.search(rf"\b{_BEFORE}\b", question[:record.start()], re.IGNORECASE) \
            or re.search(r"\b(?:before|prior\s+to|until)\b", question[record.end():], re.IGNORECASE):
        return False            # ("What was the previous national temperature record?", "What was the national
        # record before August 2026?" ask the one beaten)
    return any(m.end() <= start <= m.end() + 2 for m in _RECORD_OF.finditer(sentence, 0, start + 2))


# "was meant to cost [38 million] and cost [51]", "was budgeted at £2m but ended up costing £3.1m": what a
# figure was planned to be, and what it came to, told by verbs of one measure (not "was expected to take 4
# years and cost £2bn": a time and a sum)
_PLAN = (r"\b(?:was|were|had\s+been|is|are)\s+(?:originally\s+|initially\s+|first\s+)?(?:meant|expected|supposed"
         r"|planned|budgeted|forecast|estimated|due|set)\s+(?:to\s+(?P<verb>cost|take|reach|be|carry|last)|at)\s+")
_OUTCOME = (r"\s*,?\s*(?:and|but|yet)\s+(?:it\s+|they\s+)?(?:actually\s+|eventually\s+|finally\s+|in\s+the\s+end\s+"
            r"|ultimately\s+)?(?P<did>cost|took|reached|carried|lasted|came\s+in\s+at|ended\s+up\s+"
            r"(?:costing|at|taking)"
            r"|came\s+to|rose\s+to|overran\s+to)\s+")
_PLANNED_THEN = re.compile(rf"{_PLAN}(?P<plan>{_RECORD_FIGURE.pattern})(?:\s+[a-z]+)??{_OUTCOME}"
                           rf"(?P<actual>{_RECORD_FIGURE.pattern})", re.IGNORECASE)
# The outcomes that measure what each plan's verb does ("at": a sum or a level, "budgeted at £2m")
_LEVEL = ("came in at", "ended up at", "came to", "rose to", "overran to")
_SAME_MEASURE = {"cost": ("cost", "ended up costing", *_LEVEL), "": ("cost", "ended up costing", *_LEVEL),
                 "take": ("took", "ended up taking", "lasted"), "last": ("lasted", "took"),
                 "reach": ("reached", *_LEVEL), "be": _LEVEL, "carry": ("carried",)}
_ACTUAL_ASKED = re.compile(r"\b(?:actually|actual|final|finally|eventually|in\s+the\s+end|ultimately|end\s+up|ended"
                           r"\s+up|really)\b", re.IGNORECASE)
_PLAN_ASKED = re.compile(r"\b(?:meant|expected|supposed|planned|budgeted|forecast|estimated|original|originally"
                         r"|initial|initially)\b", re.IGNORECASE)


def planned_or_actual(question: str, sentence: str) -> tuple[int, int] | None:
    """For a question asking what a figure actually came to ("How much did the last extension
    actually cost?") or what it was meant to be ("… expected to cost?"), of a sentence giving both
    with verbs of one measure ("was meant to cost 38 million and cost [51]"), the one asked, with its
    unit; None otherwise (both asked, neither, or no such sentence)."""
    actual, plan = bool(_ACTUAL_ASKED.search(question)), bool(_PLAN_ASKED.search(question))
    found = [m for m in _PLANNED_THEN.finditer(sentence)
             if " ".join(m.group("did").lower().split()) in _SAME_MEASURE[(m.group("verb") or "").lower()]]
    if actual == plan or len(found) != 1:
        return None
    at = found[0].span("actual" if actual else "plan")
    return with_currency(sentence, *with_unit(sentence, *at))


_TWO_FIGURES = re.compile(rf"(?P<first>[{CURRENCY_SIGNS}]?\d(?:[\d.,]*\d)?"
                          r"(?:\s?(?:bn|mn|m|k|p|million|billion|thousand)\b)?)"
                          rf"\s*(?:,\s+(?:and\s+)?|(?:and|&)\s+)[{CURRENCY_SIGNS}]?\d")
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


_RANGE = re.compile(rf"\d\s*(?:[–-]|to)\s*[{CURRENCY_SIGNS}]?\d")


_SMALLER = {"year": "months?|weeks?|days?", "month": "weeks?|days?", "week": "days?", "day": "hours?",
            "hour": "minutes?", "minute": "seconds?", "foot": "inch(?:es)?", "feet": "inch(?:es)?",
            "stone": "pounds?|lbs?", "metre": "centimet(?:re|er)s?|cm", "meter": "centimet(?:re|er)s?|cm"}
_DURATION_END = re.compile(r"\b(year|month|week|day|hour|minute|foot|feet|stone|metre|meter)s?\s*$", re.IGNORECASE)


def whole_measure(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A measure with the smaller unit joined to it: "[six years] and four months" → "six years and
    four months", "[5 feet] 11 inches" → "5 feet 11 inches", "[two hours] and a half"; the span as it
    is otherwise."""
    unit = _DURATION_END.search(sentence, start, end)
    if unit is None or unit.end() != len(sentence[:end].rstrip()):
        return start, end
    smaller = _SMALLER[unit.group(1).lower()]
    more = re.match(rf"\s+(?:and\s+)?(?:a\s+half\b|(?:\d+|{NUMBER_WORDS})\s+(?:{smaller})\b"
                    r"(?!\s+(?:later|earlier|ago|afterwards)\b))", sentence[end:], re.IGNORECASE)
    return (start, end + more.end()) if more else (start, end)


def one_figure(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` gives one figure, a range counting as one ("0.5–1.4 m")."""
    span = sentence[start:end]
    return len(_FIGURE.findall(span)) <= 1 or bool(_RANGE.search(span))


# A count, in figures or words ("1,200", "fifteen"), and (``_COUNT_OF``) the words after it, what it counts:
# "60 firefighters", "15 fire engines"
COUNT = rf"\d[\d,]*(?<!,)|(?:{NUMBER_WORDS})\b"
_COUNT_OF = re.compile(rf"(?<![\w.,{CURRENCY_SIGNS}])(?P<n>{COUNT})(?![\d.%])"
                       r"(?P<noun>(?:\s+(?!(?:and|or|to|than)\b|\d)[\w'’-]+){1,3})", re.IGNORECASE)
_PART_OF = re.compile(r"\s+(?:out\s+of|of|in|per|from|a|an)\b", re.IGNORECASE)
_COUNT_REACH = 40       # characters after a span where the noun of its last count may be


def the_count_asked(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "How many fire engines …?", a span joining counts of different things ("More than 60
    firefighters and [15]"): the one count followed by the noun counted, with its words ("15 fire
    engines"); the span as it is otherwise (one count, or none naming the noun)."""
    noun = counted(question)
    if not noun:
        return start, end
    asked = tokenize(noun)
    counts = [m for m in _COUNT_OF.finditer(sentence[:min(len(sentence), end + _COUNT_REACH)], start)
              if m.start() < end and m.group("n").lower() not in ("a", "an")]
    if len(counts) < 2 or any(_PART_OF.match(m.group("noun")) for m in counts):
        return start, end               # "[two out of 10] asylum seekers", "one in five": a share, not two counts
    named = [(m, i) for m in counts for i, word in enumerate(m.group("noun").split()) if tokenize(word) == asked]
    if len(named) != 1:
        return start, end
    m, i = named[0]
    words = list(re.finditer(r"[\w'’-]+", m.group("noun")))
    return m.start(), m.start("noun") + words[i].end()


def first_of_two(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The first figure of a span that joins two ("£1.3m and £86,000 [in cash]": two things
    seized, the question asks for one of them); the span as it is otherwise, and for a range
    ("between 200,000 and 300,000")."""
    m = _TWO_FIGURES.match(sentence, start, end)
    if m is None or _RANGE_BEFORE.search(sentence[max(0, start - 10):start]):
        return start, end
    return start, m.end("first")


# A change and the level it came to: "exports fell [2.1%] to €3.3bn", "rose 7.4% last year to a record $9.8bn",
# "will add £94.50 a year to the bill …, taking it to £1,988.40"
_CHANGED_BY = re.compile(r"\b(?:rose|risen|rise|rises|rising|fell|fallen|falls|falling|increased|decreased|grew|grown"
                         r"|dropped|climbed|slipped|jumped|surged|slumped|declined|gained|lost|up|down|adds?|added"
                         r"|adding|cuts?|cutting)\s+(?:by\s+)?$",
                         re.IGNORECASE)
_CAME_TO = re.compile(r"(?:(?:\s*(?:percentage\s+)?points?)?\s*(?:(?:last|this|a|the)\s+\w+\s+|in\s+\d{4}\s+)?"
                      r"|(?:\s*(?:%|per\s*cent))?\s+in\s+the\s+(?:year|twelve\s+months|12\s+months|quarter|month)"
                      # "rose 5.1% in the year to the end of March, to CVL 312,400"
                      rf"[^.;:{CURRENCY_SIGNS}]{{0,40}}?,\s*"
                      rf"|[^.;:\d{CURRENCY_SIGNS}]{{0,80}}?,\s*(?:taking|bringing|pushing|lifting|raising|cutting)\s+"
                      r"(?:it|them|the\s+\w+(?:\s+\w+)?)\s+)to\s+"
                      r"(?:an?\s+(?:record|new\s+high|new\s+low|high|low|total)\s+(?:of\s+)?)?"
                      # (a currency's code: "to CVL 312,400")
                      rf"(?=[{CURRENCY_SIGNS}]?\d|(?-i:[{CAPITALS}]{{3}})\s?\d)",
                      re.IGNORECASE)
# A change told by where it started and where it came to: "went up from [96 to 131]", "fell from £4.1m to £3.6m"
_UNIT = r"(?:\s?%|\s?(?:m|mn|bn|p|million|billion)\b|\s(?:per\s?cent|percent)\b)"
_FROM_TO = re.compile(rf"(?:from\s+)?(?P<was>[{CURRENCY_SIGNS}]?\d[\d.,]*{_UNIT}?)\s+to\s+"
                      rf"(?P<now>[{CURRENCY_SIGNS}]?\d[\d.,]*\d{_UNIT}?|[{CURRENCY_SIGNS}]?\d{_UNIT}?)",
                      re.IGNORECASE)
_CHANGE_FROM = re.compile(r"\b(?:rose|risen|rise|rises|rising|fell|fallen|falls|falling|increased|decreased|grew"
                          r"|grown|dropped|climbed|slipped|jumped|surged|slumped|declined|went\s+(?:up|down)|gone\s+"
                          r"(?:up|down)|changed|moved)\s+(?:from\s+)?$", re.IGNORECASE)
# A question about the figure a change started from: "How many were there the previous year?", "… before
# the election?"; not a deadline or a time of day it names ("built before 2030", "before 7am", "before the summer")
_NOT_THE_PAST = (r"\d|next\b|noon\b|midnight\b|dawn\b|christmas\b|easter\b|(?:the\s+)?(?:end|start|deadline|summer"
                 r"|winter|spring|autumn|weekend|holidays?|season)\b|" + "|".join(MONTHS)
                 + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_BEFORE_ASKED = re.compile(r"\b(?:previous|previously|earlier|originally|(?:prior\s+to|before)(?!\s+(?:"
                           + _NOT_THE_PAST + r"))|prior(?!\s+to\b))\b", re.IGNORECASE)
# ... in the past tense, "before March" and "before the spring" ask for it too ("How much did a fare cost before
# March?"); "before 2030" with a verb to come is a deadline
_BEFORE_TIME_PAST = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:did|was|were|had)\b.*\b(?:before|prior\s+to)\s", re.IGNORECASE)
# The figure a level went from, right before the one it went to: "rises from [£7,500] to …"
_CAME_FROM = re.compile(rf"\bfrom\s+(?P<was>[{CURRENCY_SIGNS}]?\d[\d,.]*"
                        r"(?:\s?(?:m|mn|bn|k|million|billion|%|per\s?cent)\b)?)"
                        r"\s+to\s+$", re.IGNORECASE)
# A time told by a change, which asks for a level: "What did a berth cost before the rise?"
_AROUND_CHANGE = re.compile(r"\b(?:before|after|since|until)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?"
                            r"(?:rise|increase|fall|drop|cut|change|hike|jump|decline)s?\b", re.IGNORECASE)
# A question about the change itself: "By how much did exports fall?", "What was the rise in sales?"
_CHANGE_ASKED = re.compile(r"\b(?:by\s+how\s+much|rise|rises|rose|risen|fall|falls|fell|fallen|increase[sd]?"
                           r"|decrease[sd]?|grow|grew|grown|growth|drop|dropped|decline[sd]?|change[sd]?|gain(?:ed|s)?"
                           r"|jump(?:ed|s)?|up|down)\b", re.IGNORECASE)


# "… opened four new shops, taking its total to 61": the total a count came to, for "How many shops does it have?"
_TOTAL_TO = re.compile(r"\b(?:taking|bringing|lifting|raising)\s+(?:its|their|the)\s+(?:total|tally|number|count)"
                       r"(?:\s+of\s+\w+)?\s+to\s+(?=\d)", re.IGNORECASE)
_HOLDS_ASKED = re.compile(r"\b(?:have|has|own|owns|operate|operates|run|runs|employ|employs|total)\b", re.IGNORECASE)


# "By how much did crime fall?", "How much did prices rise?": a question asking for a change
_BY_HOW_MUCH = re.compile(r"^\W*(?:by\s+how\s+much\b|how\s+much\s+(?:did|does|do|has|have|had|will|would)\s+[^?]*?\b"
                          r"(?:rise|fall|grow|drop|increase|decrease|decline|climb|shrink|go\s+up|go\s+down)\b)",
                          re.IGNORECASE)
# A figure a sentence gives as a change: "a fall of [3.2%]", "down [3.2%]", "rose by [12%]"
_CHANGE_UNIT = r"(?:%|\s?per\s?cent\b|\s(?:percentage\s+)?points?\b|\s?(?:million|billion|bn|mn|m)\b)"
_A_CHANGE = re.compile(r"\b(?:(?:an?\s+)?(?:fall|rise|drop|increase|decrease|decline|cut|jump|gain|loss|reduction)\s+of"
                       r"|(?:rose|risen|rises|rising|fell|fallen|falls|falling|increased|decreased|grew|grown|dropped"
                       r"|climbed|declined|jumped|shrank|shrunk)(?:\s+by)?"
                       rf"|(?:up|down)(?=\s+[{CURRENCY_SIGNS}]?\d[\d.,]*{_CHANGE_UNIT}))"
                       r"\s+(?:(?:just|about|around|some|nearly|almost|only)\s+)?"
                       rf"(?P<f>[{CURRENCY_SIGNS}]?\d(?:[\d.,]*\d)?{_CHANGE_UNIT}?)", re.IGNORECASE)


def the_change(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For a question asking by how much something changed: the one change ``sentence`` gives ("a
    fall of [3.2%]" of "Police recorded 412,600 crimes in 2025, a fall of 3.2% …"), when the span is
    another figure; the span as it is otherwise."""
    if not _BY_HOW_MUCH.match(" ".join(question.split())[:1000]):
        return start, end
    changes = [m.span("f") for m in _A_CHANGE.finditer(sentence)]
    if len(changes) != 1 or (changes[0][0] < end and start < changes[0][1]):
        return start, end
    named = {w.lower() for w in re.findall(rf"(?<!^)\b[{CAPITALS}][\w'’-]+", question.strip())}
    if named and _names_clause(named, sentence, start) and not _names_clause(named, sentence, changes[0][0]):
        return start, end       # "How much did prices rise in Greyfirth?": "…, while Greyfirth … saw the biggest
        # increase, [8.3%]", not Ostrand's "rose by just 2.1%"
    asked = {w for w in tokenize(question) if w not in STOPWORDS and not w.isdigit()}
    if _clause_of(sentence, start) != _clause_of(sentence, changes[0][0]) \
            and not asked & set(tokenize(sentence[slice(*_clause_of(sentence, changes[0][0]))])):
        return start, end       # "Recorded crime fell to 412,600, while fraud rose by 14%": fraud's change
    return changes[0]


# Where one clause of a sentence ends and another begins: ", while", "; ", ", but", ", whereas"
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whilst|whereas|but|although)\s+|;\s+", re.IGNORECASE)


def _clause_of(sentence: str, at: int) -> tuple[int, int]:
    """The span of the clause of ``sentence`` holding position ``at``."""
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    return next((a, b) for a, b in zip(bounds, bounds[1:]) if a <= at < b or b == len(sentence))


def _names_clause(named: set[str], sentence: str, at: int) -> bool:
    """Whether the clause of ``sentence`` holding position ``at`` has one of the words ``named``."""
    a, b = _clause_of(sentence, at)
    return any(w.lower().removesuffix("'s").removesuffix("’s") in named for w in re.findall(r"[\w'’-]+", sentence[a:b]))


def _before_asked(question: str) -> bool:
    """Whether ``question`` asks for the figure a change started from (``_BEFORE_ASKED``, ``_BEFORE_TIME_PAST``)."""
    q = question[:1000]
    return bool(_BEFORE_ASKED.search(q) or _BEFORE_TIME_PAST.match(q))


def the_level(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For a question asking for an amount or a count (or a figure), not for a change: the level
    the span's figure is a change to, when the sentence gives one ("How much were exports to the EU?":
    "fell 2.1% to [€3.3bn]"), or the total a count came to for a question asking what there is now
    ("How many shops does it have?": "opened four new shops, taking its total to [61]"); else the
    span as it is."""
    if _CHANGE_ASKED.search(_AROUND_CHANGE.sub(" ", question[:1000])) or _DIFFERENCE_ASKED.search(question[:1000]):
        return start, end
    came_from = _CAME_FROM.search(sentence[max(0, start - 40):start])
    if came_from is not None and _before_asked(question):     # "rises from [£7,500] to £9,000":
        at = max(0, start - 40) + came_from.start("was")                    # what it was before the change
        return at, at + len(came_from.group("was"))
    change = _FROM_TO.match(sentence, start, end)
    if change is not None and _CHANGE_FROM.search(sentence[max(0, start - 40):change.start("was")]):
        # "went up from 96 to [131]", "fell from £4.1m to [£3.6m]"; "… the year before?": "from [96]"
        return change.span("was" if _before_asked(question) else "now")
    was = _WAS_BEFORE.search(sentence[max(0, start - 40):start]) if not _TIME_NAMED.search(question) else None
    if was is not None and not _before_asked(question):    # "on 31%, down from [34%]": the 31%
        level = _last_figure(sentence, max(0, start - 40) + was.start())
        return level or (start, end)
    came = _WAS_AFTER.match(sentence, end) if not _TIME_NAMED.search(question) else None
    if came is not None and _before_asked(question):       # "… in the previous poll?": the 34%
        money = _SUM.match(sentence, came.end())
        if money is not None:
            return money.start(), money.start() + len(money.group().rstrip(".,"))
        previous = DIGITS.match(sentence, came.end())
        return _with_share(sentence, *previous.span()) if previous else (start, end)
    total = _TOTAL_TO.search(sentence, start, min(len(sentence), end + 80)) \
        if _HOLDS_ASKED.search(question[:1000]) else None
    if total is not None:
        figure = DIGITS.match(sentence, total.end())
        return figure.span() if figure else (start, end)
    named = _CHANGE_NAMED.search(sentence[max(0, start - 30):start])
    if named is not None and not _before_asked(question) and not _DIFFERENCE_ASKED.search(question):
        # "to KRD 16, a rise of [78%]": the KRD 16 ("It is now KRD 23, an increase of 64%": KRD 23)
        level = _last_figure(sentence, max(0, start - 30) + named.start())
        return level or (start, end)
    if not _CHANGED_BY.search(sentence[max(0, start - 30):start]) or _before_asked(question):
        return start, end           # (what it came to is no answer to what it was before)
    m = _CAME_TO.match(sentence, end)
    if m is None:
        return start, end
    level = _SUM.match(sentence, m.end()) or DIGITS.match(sentence, m.end())
    if level is None:
        return start, end
    end = level.end() - len(level.group()) + len(level.group().rstrip(".,"))     # "£1,988.40[.]"
    share = re.compile(r"\s?(?:%|per\s*cent\b)").match(sentence, end)
    return (level.start(), share.end()) if share else with_unit(sentence, *_with_scale(sentence, level.start(), end))


# A figure given as the one a level changed from: "31%, down from [34%]", "4.20 florins, up from [3.50]"
# A question about the difference itself: "How many jobs will be lost?", "How many extra officers …?"
_DIFFERENCE_ASKED = re.compile(r"\b(?:lost|lose|losing|cut|cuts|extra|more|additional|fewer|less|added|gained)\b",
                               re.IGNORECASE)
# A change named after the level it came to: ", a rise of", ", an increase of", ", down by"
_CHANGE_NAMED = re.compile(r",\s*(?:an?\s+(?:rise|increase|fall|drop|cut|jump|decline|reduction|gain)\s+of"
                           rf"|(?:up|down)\s+by)\s+[{CURRENCY_SIGNS}]?$", re.IGNORECASE)
_WAS_BEFORE = re.compile(rf",?\s*(?:up|down|rising|falling|risen|fallen)\s+from\s+[{CURRENCY_SIGNS}]?$", re.IGNORECASE)
# (not "compared with": "60,000 settlers, compared with 2 million in the British colonies" is another subject)
# A question naming a time (a year, "last year"): the figure for that time is chosen elsewhere
# (``fits``, ``periods.figure_for``)
_TIME_NAMED = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:last|this|next)\b|\bago\b",
                         re.IGNORECASE)
_WAS_AFTER = re.compile(r"(?:\s*%|\s*per\s*cent|(?:\s+[a-z]+){1,3})?,?\s*(?:up|down)\s+from\s+", re.IGNORECASE)


def _last_figure(sentence: str, before: int) -> tuple[int, int] | None:
    """The last figure of ``sentence`` ending within 25 characters before ``before``, with its share
    or scale ("31%", "4.20"), or None."""
    window = max(0, before - 25)
    while window > 0 and not sentence[window - 1].isspace():     # (from a word's start: not "[2 billion]" of
        window -= 1                                              # "612 billion")
    sums = [m for m in _SUM.finditer(sentence, window, before)]
    if sums:
        return sums[-1].start(), sums[-1].start() + len(sums[-1].group().rstrip(".,"))     # "£9.4m"
    found = [m for m in DIGITS.finditer(sentence, window, before) if not is_year(sentence, m.start(), m.end())]
    if not found:
        return None
    share = _with_share(sentence, *found[-1].span())
    return share if share[1] > found[-1].end() else with_unit(sentence, *_with_scale(sentence, *found[-1].span()))


def _with_share(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The figure at ``sentence[start:end]`` with a share sign after it ("31%")."""
    share = re.compile(r"\s?(?:%|per\s*cent\b)").match(sentence, end)
    return (start, share.end()) if share else (start, end)


def with_share_sign(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span ``sentence[start:end]``, when it ends with a figure, with the share sign written after
    it ("58.9" of "58.9 per cent" → "58.9 per cent"): a share without its sign misquotes it."""
    return _with_share(sentence, start, end) if start < end and sentence[end - 1].isdigit() else (start, end)


_FRACTION = re.compile(r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)",
                       re.IGNORECASE)
_FRACTION_COUNT = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+$", re.IGNORECASE)
_FRACTION_END = re.compile(r"\s+of\b|\s*(?:[.,;:!?)\"”]|$)")


def whole_fraction(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A fraction quoted without how many of it ("[third]" of "A third of the houses", "about a
    [third]") with its count and the words saying how exact it is ("A third", "about a third"); not
    an ordinal ("the third quarter", "a third term")."""
    count = _FRACTION_COUNT.search(sentence, 0, start)
    if not _FRACTION.fullmatch(sentence, start, end) or count is None or count.end() != start \
            or not _FRACTION_END.match(sentence, end):
        return start, end
    return with_qualifier(sentence, count.start(), end)


def with_qualifier(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span ``sentence[start:end]``, when it starts with a figure, with the words before it
    that say how exact the figure is ("10,000" → "more than 10,000", "$20m" → "around $20m"): the
    figure alone would misquote the article."""
    if not FIGURE_START.match(sentence, start):
        return start, end
    m = _QUALIFIER_BEFORE.search(sentence[max(0, start - 25):start])
    if m is None or (m.group(0).split()[0].lower() == "over" and _SPELL.search(sentence[start:end + 20])):
        return start, end               # "over three years": during them
    return start - len(m.group(0)), end


# "£4m in 2021", "£4m for the third quarter of 2024", "£4m in the year to March 2024"
_PERIOD = (r"(?:(?:first|second|third|fourth|final|last|same|full|financial|fiscal|calendar)\s+)?"
           r"(?:year|season|quarter|half|month|period)(?:\s+(?:of|to|in|ending|ended|until))?")
_YEAR_AFTER = re.compile(rf"^(?:\s+[a-z]+){{0,2}}?(?:\s+at\s+the\s+(?:last|previous|first)\s+[a-z]+)?"
                         rf"[\s,]*(?:in|for|during|of|since|by)\s+(?:the\s+)?(?:{_PERIOD}\s+)?"
                         rf"(?:(?:end|start|beginning|middle|close)\s+of\s+|(?:early|late|mid-?)\s*)?"
                         rf"(?:(?:{'|'.join(MONTHS)})\s+)?((?:1[89]|2[01])\d\d)\b", re.IGNORECASE)
# "rise by 4.9% from 1 January 2026", "employ 300 people from the middle of 2027": a figure that holds from a
# year on (so for no year before it)
_FROM_YEAR_AFTER = re.compile(rf"^(?:\s+[a-z]+){{0,2}}?[\s,]*from\s+(?:the\s+)?(?:(?:end|start|beginning|middle)"
                              rf"\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:(?:{'|'.join(MONTHS)})\s+)?"
                              rf"((?:1[89]|2[01])\d\d)\b", re.IGNORECASE)
# "for 2005 the firm expects $4bn", "in May 2023 with 54%": a year before the span, with no other figure or
# clause break between
_YEAR_BEFORE = re.compile(rf"(?:,\s+(?:in|for|during|by)\s+(?:(?:{'|'.join(MONTHS)})\s+)?((?:1[89]|2[01])\d\d),"
                          rf"|\b(?:in|for|during|by)\s+(?:(?:{'|'.join(MONTHS)})\s+)?((?:1[89]|2[01])\d\d)\b)"
                          rf"[^.,;:{CURRENCY_SIGNS}%\d]{{0,30}}$", re.IGNORECASE)     # (", in 2012, cost [96m]": set
                          # apart by commas)
_YEAR = re.compile(r"\b((?:1[89]|2[01])\d\d)\b")
_FIGURE = re.compile(r"\d[\d.,]*")


# "£59.7m a year earlier", "£4m last year": a year named relative to the article's (``dates.relative_year``)
_RELATIVE_AFTER = re.compile(rf"^(?:\s+[a-z]+){{0,2}}?[\s,]*(?:(?:in|for|during|from|since)\s+)?"
                             rf"({RELATIVE_YEAR.pattern})", re.IGNORECASE)


# A change's figure and the time it is compared with: "up [17 per cent] on the year before", "down 3% from 2024"
_CHANGED_BY_BEFORE = re.compile(r"\b(?:up|down|rose|rise|rises|risen|fell|fall|falls|fallen|increased?|decreased?"
                                r"|grew|growth\s+of|drop(?:ped)?|climbed|jumped|slipped)\s+(?:by\s+)?"
                                r"(?:about\s+|some\s+)?$", re.IGNORECASE)
_BASE_AFTER = re.compile(r"\s+(?:on|over|than|against|from|compared\s+(?:with|to))\s", re.IGNORECASE)


def span_years(sentence: str, start: int, end: int, dated: int | None = None) -> set[int]:
    """The years the span ``sentence[start:end]`` is tied to: those it names, or the one the words
    right after it name ("6.1 million [tonnes] in 2021"), also relative to its article's year
    ``dated`` ("£59.7m a year earlier"), or, with none after, a year shortly before it in the same
    phrase ("for 2005 the firm expects $4bn"); none when nothing ties it, nor for a change's figure
    before the time it is compared with ("up [17 per cent] on the year before")."""
    span = {int(y) for y in _YEAR.findall(sentence[start:end])}
    if span:
        return span
    if _BASE_AFTER.match(sentence[end:end + 30]) and _CHANGED_BY_BEFORE.search(sentence[max(0, start - 20):start]):
        return set()        # "up [17 per cent] on the year before": what it is compared with, not its year
    m = _YEAR_AFTER.match(sentence[end:end + 60])
    if m is None and dated is not None:
        r = _RELATIVE_AFTER.match(sentence[end:end + 60])
        year = relative_year(r.group(1), dated, sentence) if r else None
        if year is not None:
            return {year}
    m = m or _YEAR_BEFORE.search(sentence[max(0, start - 45):start])
    return {int(next(g for g in m.groups() if g))} if m else set()


def for_year(sentence: str, start: int, end: int, years: set[int], dated: int | None = None) -> bool:
    """Whether the span ``sentence[start:end]`` is one figure, naming no year, that the words
    around it tie to one of ``years`` (``span_years``: "£4m [in 2023]", "£59.7m [a year earlier]";
    not "£41.2m, from £59.7m", whose first figure is for another time)."""
    span = sentence[start:end]
    return len(_FIGURE.findall(span)) == 1 and not _YEAR.search(span) \
        and bool(span_years(sentence, start, end, dated) & years)


def figures_for(sentence: str, spans, years: set[int], money: bool, dated: int | None) -> list[tuple[int, int]]:
    """The figure (a sum of money when ``money``) inside one of the reader's ``spans`` that the
    sentence ties to one of ``years`` (``for_year``), when exactly one is; else []."""
    sums = [(m.start(), m.end() - len(m.group("per") or "")) for m in _SUM.finditer(sentence)]
    bare = [] if money else [_with_scale(sentence, *m.span()) for m in DIGITS.finditer(sentence)
                             if not any(a <= m.start() and m.end() <= b for a, b in sums)]
    found = {(a, b) for a, b in sums + bare if any(s <= a and b <= e for s, e, _ in spans)   # "£59.7m [a year] earlier"
             and for_year(sentence, a, b, years, dated) and fits(sentence, a, b, years, money, dated)}
    return sorted(found) if len(found) == 1 else []


_SCALE = re.compile(r"\s?(?:million|billion|trillion|thousand)\b", re.IGNORECASE)
DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")        # a figure, ending on a digit ("4,100" of "4,100, a record")


def _with_scale(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The figure ``sentence[start:end]`` with its scale and unit after it ("6.1" → "6.1 million tonnes")."""
    m = _SCALE.match(sentence, end)
    end = m.end() if m else end
    unit = _UNIT_AFTER.match(sentence[end:end + 30])
    return start, end + (unit.end() if unit else 0)


def other_year(sentence: str, start: int, end: int, years: set[int], dated: int | None = None) -> bool:
    """Whether the span ``sentence[start:end]`` is tied to a year other than ``years`` (``span_years``), or
    holds only from a year after them ("4.9% from 1 January 2026" for 2025)."""
    tied = span_years(sentence, start, end, dated)
    if tied:
        return not tied & years
    since = _FROM_YEAR_AFTER.match(sentence[end:end + 60]) if years else None
    return since is not None and max(years) < int(since.group(1))


_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
_MONTH = rf"(?:early\s+|late\s+|mid-?)?({_MONTH_NAMES})\b(?!['’]s\b)"    # (not "May's MPs")
_MONTH_IN = re.compile(rf"\b{_MONTH}")
# "34 per cent [in September]", "rose to 5.1% [by the end of March]": a month right after the figure (not
# "since March": a level that still holds)
_MONTH_AFTER = re.compile(rf"^(?:\s+[a-z]+){{0,2}}?[\s,]*(?:in|for|during|of|by)\s+"
                          rf"(?:the\s+(?:end|start|beginning|middle)\s+of\s+|the\s+(?:\w+\s+)?(?:months?|year|weeks?"
                          rf"|quarter)\s+to\s+)?{_MONTH}")       # ("in the three months to March")
# "in August 34% approved": a month shortly before it in the same phrase
_MONTH_BEFORE = re.compile(rf"\b(?i:in|for|during|by)\s+{_MONTH}[^.,;:{CURRENCY_SIGNS}%\d]{{0,30}}$")


def other_month(sentence: str, start: int, end: int, months: set[str]) -> bool:
    """Whether the span ``sentence[start:end]`` is tied to a month other than ``months`` (lower case):
    one it names, else the one right after it or shortly before it in the same phrase."""
    tied = tied_months(sentence, start, end)
    return bool(tied) and not tied & months


def tied_months(sentence: str, start: int, end: int) -> set[str]:
    """The months (lower case) the span ``sentence[start:end]`` is tied to (``other_month``)."""
    tied = {m.group(1).lower() for m in _MONTH_IN.finditer(sentence, start, end)}
    if not tied:
        m = _MONTH_AFTER.match(sentence[end:end + 60]) or _MONTH_BEFORE.search(sentence[max(0, start - 45):start])
        tied = {m.group(1).lower()} if m else set()
    return tied


def fits(sentence: str, start: int, end: int, years: set[int], money: bool, dated: int | None = None) -> bool:
    """Whether a span is what the question rules in: not a figure for another year than ``years``
    (``asked.asked_years``; ``dated``: its article's year), and a sum of money when ``money``
    (``asked.money_asked``)."""
    if years and other_year(sentence, start, end, years, dated):
        return False
    return not money or holds_money(sentence, start, end)


# Currencies' names ("300 thalers"), the second group in lower case only ("300 Cedis staff" is no sum)
_CURRENCY_NAMES = (r"pence|cents?|dollars?|pounds?|euros?|yen|francs?|rupees?|yuan|lira|lire|pesos?|rials?"
                   r"|dinars?|dirhams?|shillings?|crowns?|kronor|krona|krone|rand|roubles?|rubles?|zloty|guilders?"
                   r"|florins?|thalers?|ducats?|penny|halfpenny|bucks?|sterling|bitcoins?"
                   r"|(?-i:kroner|kronur|forints?|lei|leu|leva|koruna|korun|kuna|hryvnias?|tenge|lari|manats?"
                   r"|taka|kyats?|rupiah|ringgit|baht|nairas?|cedis?|kwacha|birr|reais|riyals?|shekels?"
                   r"|quetzales|quetzals?|lempiras?|bolivares|bolivars?|colones|dalasis?|renminbi"
                   r"|denars?|somoni|afghanis?|ariary|emalangeni|maloti|ouguiyas?)")
# ... and the words that make a figure money where money is asked ("250p", "600 marks", "millions")
_CURRENCY_WORDS = rf"{_CURRENCY_NAMES}|p|marks?|millions|billions"
_CODES = r"usd|gbp|eur|chf|rmb|cny|jpy|inr|aud|cad"
# A currency's code in capitals right before a figure, one the lists lack: "VM 20 million", "NOK 4bn", or its sign
# in letters: "Rs 500", "Lm 468,000"
# (not an abbreviation that often stands before a figure: "the UK 40%", "The MP 3 times", "NHS 111")
_NOT_CODES = ("UK|US|USA|EU|UN|MP|MPS|NHS|BBC|FA|GP|PM|AM|TV|ID|IT|PR|HR|CEO|FC|AFC|GDP|CPI|RPI|VAT|NO|AD|BC|CO|DC|GMT"
              "|BST|UTC|CET|ET|PT|ITV|ATP|WTA|NFL|NBA|F1|AI|PC|DJ|MC|ER|OK")
# Signs written in letters, mixed case: the rupee's "Rs", the koruna's "Kč", the złoty's "zł", a krona's "kr", the
# forint's "Ft", the shilling's "KSh", the taka's "Tk", the rupiah's "Rp", the Swiss franc's "SFr", the Maltese lira's
# "Lm"; and any other capital and small letter right before a figure ("Br 40", the birr's; "Nu 500", the
# ngultrum's; a currency no list knows), but a word of two letters or an abbreviation that stands before a figure
# ("In 2025", "At 30", "No 10", "Mr 5", "Ch 4", "Pt 2", "Km 40")
_NOT_SIGNS = ("Ah|Am|An|As|At|Ax|Be|By|Do|Eh|Ex|Go|Ha|He|Hi|Id|If|In|Is|It|Me|My|No|Of|Oh|Ok|On|Or|So|To|Up|Us|We"
              "|Mr|Dr|Ms|St|Mt|Sr|Jr|Nr|Pg|Pp|Pt|Ch|Rd|Rm|Gp|Ep|Op|Sq|Co|Vs|Km|Kg|Lb|Oz|Hr|Yr|Mo|Wk|Ed|Ps|Rt|Gb|Mb"
              "|Jn|Lk|Cs|Tc|Lv|Li|Wu|Xu|Ma|Hu|Yu|Lu|Su|Ng|Ho|Ko|Yi|Im|Bo")    # (rooms, books of the Bible,
# isotopes, levels, and surnames a results list puts before a score: "Li 68, Wu 70")
# (the figure right after it; not a chapter and verse, "Jn 3:16")
_LETTER_SIGNS = (rf"Rs|Kč|zł|kr|Ft|KSh|Ksh|Tk|Rp|SFr|Sfr|Lm"
                 rf"|(?!(?:{_NOT_SIGNS})\b)[{CAPITALS}][a-zß-öø-ÿ](?=\s?\d(?![\d.,]*:\d))")
_CAPS_CODE = rf"(?-i:\b(?:(?!(?:{_NOT_CODES})\b)[{CAPITALS}]{{2,3}}|(?:{_LETTER_SIGNS})(?!\w)))"
_CODE = rf"{_CAPS_CODE}(?=\s?\d)(?!\s?\d[\d.,]*\s?(?:%|per\s?cent\b))"
# A currency's sign or code right before a figure, as a sum opens: "£", "$", "NOK ", "Rs ", "Mk " (a regex)
SUM_SIGN = rf"(?:[{CURRENCY_SIGNS}]|\b(?i:{_CODES})\s?|{_CODE}\s?)"
# a figure in millions or more counts as money where money is asked ("about 1.3 billion")
_MONEY_IN = re.compile(rf"[{CURRENCY_SIGNS}]|\b(?:{_CODES})|{_CODE}|\d\s*(?:bn|mn|m|k|p)\b"
                       rf"|\b(?:million|billion|trillion|{_CURRENCY_WORDS})\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(rf"(?:[{CURRENCY_SIGNS}]|\b(?:{_CODES})|{_CAPS_CODE})\s*$", re.IGNORECASE)
_SIGN_AT = re.compile(rf"(?:[{CURRENCY_SIGNS}]|\b(?:{_CODES})|{_CAPS_CODE})\s?", re.IGNORECASE)


def _sign_before(sentence: str, start: int) -> str:
    """The currency's sign or code written right before the figure at ``sentence[start]`` ("£", "NOK ", "Mk "; a
    sign in letters read with the figure after it: not "Jn " of "Jn 3:16"), else ""."""
    for m in _SIGN_AT.finditer(sentence, max(0, start - 6)):
        if m.start() >= start:
            break
        if m.end() == start:
            return m.group()
    return ""
_MONEY_AFTER = re.compile(rf"^\s*(?:(?:bn|mn|m|k|thousand|million|billion|trillion)\b\s*)?(?:{_CURRENCY_WORDS})\b"
                          rf"|^(?:bn|mn|m|k)\b|^\s?[{CURRENCY_SIGNS}]", re.IGNORECASE)    # (or a sign: "2 340 000 ₶")
_NO_CHARGE = {"free", "free of charge", "nothing", "for free", "for nothing"}


def holds_money(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is a sum of money: a currency in it, or right
    beside it ("$" before "10bn", "million pounds" after "12"; not "FK" before "Teravik beat …"), or "free"."""
    span = sentence[start:end]
    if is_share(sentence, start, end) and not re.search(rf"[{CURRENCY_SIGNS}]", span):
        return False            # "the UK [40%]"
    if _SCALE_ONLY.fullmatch(span) and not _sign_before(sentence, start) \
            and _counts_in_millions(sentence, end):
        return False            # "a record [12.6 million] foreign visitors" (not "$[2.1 billion]")
    return bool(_MONEY_IN.search(span) or span[:1].isdigit() and _sign_before(sentence, start)
                or _MONEY_AFTER.match(sentence[end:end + 24])) or span.strip(" .").lower() in _NO_CHARGE \
        or _priced(sentence, start, end) or _outcome_of_sum(sentence, start, end)


# A figure in millions and no currency ("12.6 million", "about 1.3 billion"), and what may follow it that it
# counts: a plural (after a word: "foreign visitors", "new homes") that is a common word and no currency
_SCALE_ONLY = re.compile(rf"[^{CURRENCY_SIGNS}\d]*\d[\d.,]*\s*(?:million|billion|trillion|m|mn|bn)", re.IGNORECASE)
_NOT_COUNTED = r"(?!towards?\b|across\b|against\b|via\b|plus\b|less\b|thanks\b)"
_PLURAL_NEXT = re.compile(rf"\s+(?:{_NOT_COUNTED}[a-z]+\s+)?{_NOT_COUNTED}(?P<noun>[a-z]{{3,}}s)\b")
_NUMBER_WORD = re.compile(rf"{NUMBER_WORDS}|\w+teen|\w+ty|billion|dozen|many")


def _counts_in_millions(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts what follows it ("12.6 million [foreign visitors]"),
    not a sum ("412 million merks": no common word; "4 million pounds": a currency)."""
    m = _PLURAL_NEXT.match(sentence, end)
    noun = m["noun"] if m else ""
    between = sentence[end:m.start("noun")].split() if m else []
    return bool(noun) and common_word(noun) and not _MONEY_AFTER.match(f" {noun}") \
        and not any(w in STOPWORDS or _NUMBER_WORD.fullmatch(w) or w.endswith("ing") or not common_word(w)
                    for w in between)       # not "[1.3 billion] over ten years", "2.1 billion rebuilding homes"


def _outcome_of_sum(sentence: str, start: int, end: int) -> bool:
    """Whether the span is the figure a sum planned came to ("was meant to cost 38 million and cost
    [51]": 51 million, though it says so once)."""
    return any(at == start and actual_end <= end for at, actual_end in _sums_came_to(sentence))


@functools.lru_cache(maxsize=256)
def _sums_came_to(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the figures are that the sums ``sentence`` plans came to (read once per sentence: the span
    rules ask of many spans)."""
    if not _PLAN_HINT.search(sentence):
        return ()
    return tuple(m.span("actual") for m in _PLANNED_THEN.finditer(sentence) if _MONEY_IN.search(m.group("plan"))
                 and " ".join(m.group("did").lower().split()) in _SAME_MEASURE[(m.group("verb") or "").lower()]
                 and not re.match(r"\s+[a-z]+s\b", sentence[m.end("actual"):]))      # (not "cost 51 jobs")


_PLAN_HINT = re.compile(r"\b(?:meant|expected|supposed|planned|budgeted|forecast|estimated|due|set)\s+(?:to|at)\b",
                        re.IGNORECASE)


# A sum in a currency no list knows, written as a word after its figure, where a verb of paying says it
# is money: "now costs [27 dalen]", "had paid back [800,000 dalen]", "fines of up to [200 lorin]", "cost
# from [450 varr]"
_PAID_BEFORE = re.compile(r"\b(?:costs?|costing|paid|pays?|paying|spent|spends?|spending|charged?|charges|charging"
                          r"|fined|worth|priced|earns?|earned|earning|raised|invested|invest|owed|owes|saved|saves"
                          r"|fines?|fees?|fares?|prices?|grants?|bills?|budget|sum|subsidy|payment|compensation|loan"
                          r"|bribe)"
                          r"(?:\s+(?:back|out|off|up|about|around|nearly|almost|roughly|some|just|over|under"
                          r"|more\s+than"
                          r"|less\s+than|up\s+to|of|at|to|for|from|only|a\s+total\s+of))*\s+$", re.IGNORECASE)
_WORD_AFTER_SUM = re.compile(r"(?:\s?(?:million|billion|thousand|m|mn|bn|k)\b)?\s(?P<word>[a-z]{3,12})\b(?!['’-])")
_NOT_UNITS = frozenset("""and but per each for from with the a an to in on at of or than that which who when while as
    into onto during since after before via by until upon across between among last next this that these those
    year month week day hour minute second night time life point goal visit penalty tribute
    people percent pct pence more less over under online upfront cash extra net apiece instead too now then
    overall total altogether alone worldwide nationwide abroad plus ago again gross
    so yet still only just also even back away out off up down here there men women children staff sheep fish
    cattle police deer aircraft tonne ton kilo kilogram gram gramme metre meter mile kilometre kilometer litre
    liter gallon pint ounce barrel hectare acre foot feet inch star seat share stake
    bpm kwh mwh gwh mbps gbps ppm ppb mins hrs yds yrs secs kph kmh""".split())


def _currency_word(sentence: str, word: re.Match | None, plural: bool = False) -> bool:
    """Whether ``word`` (a ``_WORD_AFTER_SUM`` match after a figure) may be a currency no list knows: no
    plural ("300 jobs"; with ``plural``, none of a word English has: "250,000 merks" may be one), no
    word of time, none of the sentence's grammar, and no unit of a count after it ("2 litre bottles")."""
    name = word.group("word") if word else ""
    singulars = {name, name[:-1], name[:-2] if name.endswith("es") else "", name[:-3] + "y" if name.endswith("ies")
                 else ""} if plural and name.endswith("s") and not name.endswith("ss") else {name}
    unknown_plural = len(singulars) > 1 and not any(common_word(w) for w in singulars if w)
    return word is not None and name not in _NOT_UNITS \
        and (unknown_plural or not re.search(r"(?:s|ly|ing|ed)$", name)) \
        and not re.match(r"\s+[a-z]+s\b", sentence[word.end():])


# A figure, after any words saying how exact it is ("about 400,000")
_QUALIFIED_FIGURE = re.compile(r"(?:(?i:about|around|nearly|almost|roughly|some|over|under|just|only|more\s+than"
                               r"|less\s+than|up\s+to)\s+)*(?P<figure>\d[\d.,]*)")


def _priced(sentence: str, start: int, end: int, plural: bool = True) -> bool:
    """Whether the span ``sentence[start:end]``, a figure (with the word after it, or not), is a sum in a
    currency written as a word no list knows: a word after its figure that may be a currency
    (``_currency_word``), with a verb or noun of paying right before the figure ("costs [27] dalen"),
    or itself no common English word ("for about [400,000] dolen", "lose 180 dolen"; ``lexicon``); with
    ``plural``, in a plural no English word has ("pay 250,000 merks")."""
    figure = _QUALIFIED_FIGURE.match(sentence[start:end])
    if figure is None or figure.group("figure") == "1":
        return False            # ("spent 1 night": a noun after "1" is singular anyway)
    word = _WORD_AFTER_SUM.match(sentence, start + figure.end())
    paid = _PAID_BEFORE.search(sentence[max(0, start - 60):start].rstrip("*_ ") + " ")    # ("costs **18 dolen**")
    name = word.group("word") if word else ""
    if plural and (paid is not None or _MONEY_NOUN.search(sentence, 0, start)) and word is not None \
            and word.end() <= max(end, start + figure.end()) + 20 \
            and re.fullmatch(r"[a-z]+[^s]s", name) and not common_word(name) and name not in _NOT_UNITS \
            and not re.match(rf"\s+{_NOT_COUNTED}[a-z]+s\b", sentence[word.end():]):
        return True             # "must pay [600,000] marins", "whose starting salary is 31,200 marins": a plural no
        # English word has (though "marin" is one), where the sentence tells of money
    if not _currency_word(sentence, word, plural) or word.end() > max(end, start + figure.end()) + 20:
        return False
    if plural and not _currency_word(sentence, word):       # a plural no English word has: a sum only where
        return paid is not None or bool(_MONEY_NOUN.search(sentence, 0, start))   # the sentence tells of money
    return paid is not None or not common_word(word.group("word"))


# What tells that a sentence is about money, before a figure in a plural no list knows ("The prize comes with
# 25,000 merks", "Child benefit will rise from 1,100 merks to 1,450 merks"; not "generate 400 megawatts")
_MONEY_NOUN = re.compile(r"\b(?:prize|admission|benefit|tickets?|fees?|fares?|prices?|costs?|fines?|fined|pay|paid"
                         r"|wages?|salar(?:y|ies)|pensions?|rent|tax(?:es)?|levy|bonus|award|budget|spending|grants?"
                         r"|worth|charges?|subsid(?:y|ies)|compensation|damages|income|revenue|profit|loss)\b",
                         re.IGNORECASE)


_FIGURE_WORDS = (rf"\d+(?:[.,]\d+)*|a\s+(?:quarter|third)\b|(?:{CARDINALS}"
                 r"|hundred|thousand|million|billion|trillion|dozen|half|few|several|score|single|none|zero|once|twice"
                 r"|double|doubled|triple|tripled|quadrupled|free|nothing|many"
                 r"|multiple|numerous|little)s?\b")
# A figure glued to one to three capitals before it, in the shape of a sum (a scale after it, or thousands parted
# by commas): a currency's code or sign in letters ("SK2.3bn", "SK40,000", "RVD18m", "M3m"; not a model's, a
# flight's or a pollutant's "MH370", "A320", "M25", "PM2.5", "V2.1")
_GLUED_TO_CODE = (rf"(?:(?<=\b(?-i:[{CAPITALS}]))|(?<=\b(?-i:[{CAPITALS}]{{2}}))|(?<=\b(?-i:[{CAPITALS}]{{3}})))"
                  r"(?=\d[\d,]*(?:\.\d+)?\s?(?:bn|mn|m|k)\b|\d{1,3}(?:,\d{3})+(?![\d,]))")
_FIGURE_IN = re.compile(rf"(?:(?<![\w.,])|{_GLUED_TO_CODE})(?:{_FIGURE_WORDS})", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")   # "&#233;", "&amp;"
# "is number two in the chart", "world number one", "No 1": a rank (not "descendants number 30,000")
_RANK_BEFORE = re.compile(r"\b(?:(?i:is|was|are|were|be|been|at|to|from|the|world|his|her|their|its|new|former|now"
                          r"|currently|still|ranked|reached|hit|climbed|rose|fell|dropped)\s+(?i:number)|No\.?)\s*$")


def references(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each character reference left in ``sentence`` ("&#233;", "&amp;")."""
    return [(m.start(), m.end()) for m in _REFERENCE.finditer(sentence)]


def cuts(refs: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span ``start``–``end`` cuts into one of ``refs`` (``references``): "caf&#233;"
    quoted as "#233"."""
    return any(a < start < b or a < end < b for a, b in refs)


# "Oct. 5", "Jul 4", "the 4th": dates as news agencies write them
_SHORT_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
                         r"|\b\d{1,2}(?:st|nd|rd|th)\b")
# after a number that is no year: "12 years ago", "40%", "3 per cent"
_NO_YEAR_AFTER = re.compile(r"\s*(?:%|(?:years?|months?|weeks?|days?|hours?|per\s*cent|percent)\b)", re.IGNORECASE)


def whole_references(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span ``sentence[start:end]`` widened to the whole word of any character reference it cuts
    ("233" of "caf&#233;" → "caf&#233;")."""
    for a, b in references(sentence):
        if cuts([(a, b)], start, end):
            word = re.match(rf"(?:{_REFERENCE.pattern}|\w)*", sentence[b:]).end()
            head = len(re.search(rf"(?:{_REFERENCE.pattern}|\w)*$", sentence[:a]).group())
            start, end = min(start, a - head), max(end, b + word)
    return start, end


def is_year(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` is a year: a number from 1500 to 2099 but one
    with a currency before it ("£1800") or a unit after it ("1900mm", "40%"), or a lowercase word
    after it unless a word of time comes before ("2000 fans" counts; "in 2004 alone", "born 1971,",
    "the 2005 Six Counties", "(2005)", "1999-2000", "the 1990s" are years)."""
    before, after = sentence[max(0, start - 30):start], sentence[end:end + 30]
    if not re.fullmatch(r"(?:1[5-9]|20)\d\d", sentence[start:end]) or re.search(rf"[{CURRENCY_SIGNS}]\s?$", before):
        return False
    if re.match(r"s\b|['’]s\b", after):
        return True                     # "the 1990s", "2004's"
    if re.match(r"[^\W\d_]|%", after):
        return False                    # a unit: "1900mm"
    return not re.match(r"\s+[a-z]", after) or bool(re.search(
        rf"\b(?:in|since|until|till|by|during|from|of|before|after|between|and|to|born|founded|"
        rf"{'|'.join(MONTHS)})\s+$", before, re.IGNORECASE))


def is_age(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` is someone's age: "the 34-year-old", "one year
    old", "Okonkwo, 26, said", "Varga, now 55, is …", "aged 26", "Tomas Heywood is eighteen, …"."""
    figure, before, after = sentence[start:end], sentence[max(0, start - 30):start], sentence[end:end + 30]
    return bool(re.match(r"-?\s*years?[-\s]old\b", after) or re.search(r"\baged\s+$", before)
                or (re.search(rf"[{CAPITALS}][\w'’-]*,\s*(?:now\s+)?$", before) and re.match(r",", after)
                    and figure.isdigit() and int(figure) < 120)
                or (_NAME_IS.search(before) and re.match(r"\s*(?:[,.;]|$)", after)      # "Tomas Heywood is
                    and (figure.isdigit() and int(figure) < 120 or bool(_AGE_WORDS.fullmatch(figure)))))  # eighteen,"


# A person's name and "is" right before a figure closing its clause: "Tomas Heywood is [eighteen], …"
_NAME_IS = re.compile(rf"\b[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+\s+(?:is|was|turned|turns)\s+$")
_AGE_WORDS = re.compile(rf"(?i:(?:{TENS})(?:-(?:{DIGIT_WORDS}))?|{CARDINALS})")


# Where or when someone died, not how: "at her home in Otsby", "in hospital", "at the scene"
# Where someone died, not of what: "at her home in Otsby", "in hospital", "at sea", "at Halden General" (a
# place word standing alone, not naming a cause: "a hospital infection", "home-made poison", "the house fire")
_PLACE_ENDS = r"(?=\s*(?:$|[,.;:)]|(?:in|on|at|near|after|aged|with|surrounded|last|this|earlier|overnight)\b))"
_NOT_A_CAUSE = re.compile(rf"\W*(?:at\s+(?-i:[{CAPITALS}])|(?:(?:in|at)\s+)?(?:(?:a|an|the|his|her|their)\s+)?"
                          r"(?:hospital|hospice|care\s+home|nursing\s+home|home|house|flat|scene|sea)"
                          + _PLACE_ENDS
                          + r"|(?:peacefully|suddenly|unexpectedly|quietly|in\s+(?:his|her|their)\s+sleep)"
                          + _PLACE_ENDS + ")", re.IGNORECASE)


_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ONLY_WHEN = re.compile(rf"\W*(?:(?:on|in)\s+)?(?:(?:{_WEEKDAYS})\s+)?(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)})"
                        rf"(?:\s+\d{{1,2}})?,?(?:\s+\d{{4}})?\W*|\W*(?:in\s+)?(?:1[89]|20)\d\d\W*", re.IGNORECASE)


# Where someone died, just before a place's name: "at his home in", "in hospital near" (not "died in [Storm
# Babet]": a cause)
_HOME_IN = re.compile(r"\b(?:home|house|flat|hospital|hospice|residence|bed)\s+(?:in|at|near)\s+$", re.IGNORECASE)


def no_cause(sentence: str, start: int, end: int) -> bool:
    """For "What did X die of?" / "How did X die?": whether the span ``sentence[start:end]`` says
    only where they died (a town's name after "at his home in" too), their age ("aged 88") or the date, not
    the cause ("Covid-19 in April 2020" does)."""
    span = sentence[start:end]
    return bool(_NOT_A_CAUSE.match(span) or re.fullmatch(r"\W*(?:aged\s+)?\d+\W*", span) or _ONLY_WHEN.fullmatch(span)
                or _HOME_IN.search(sentence, 0, start)                                  # "at his home in
                and re.fullmatch(rf"[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*){{0,2}}", span))      # [Amberlow]"


# The words a sentence says a cause with ("caused by", "blamed on", "after a gas leak", "due to", "a fault"),
# and those telling only what an event did ("Two workers were killed and five injured in an explosion")
_CAUSE_WORDS = re.compile(r"\b(?:caus\w*|because|blam\w*|due\s+to|owing\s+to|result\w*|trigger\w*|spark\w*|start\w*"
                          r"|led\s+to|after|following|linked\s+to|fault\w*|struck|lightning|leak\w*|failures?|failed"
                          r"|by|from|when|as|explain\w*|reason\w*|suspect\w*|investigat\w*|set|over)\b", re.IGNORECASE)
_WHAT_FOLLOWED = re.compile(r"\b(?:killed|injured|hurt|wounded|died|dead|evacuated|destroyed|damaged|closed|trapped"
                            r"|rescued|missing)\b", re.IGNORECASE)


def tells_no_cause(sentence: str) -> bool:
    """For "What caused …?" (``asked.cause_asked``): whether ``sentence`` tells only what an event did
    ("Two workers were killed and five injured in an explosion at the quarry"), with no word that tells a
    cause ("caused by", "after a gas leak", "blamed on"). A sentence telling neither may say a cause in
    its own words ("A stray firework set the barn alight"), and is kept."""
    return _WHAT_FOLLOWED.search(sentence) is not None and _CAUSE_WORDS.search(sentence) is None


def holds_age(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` holds someone's age (``is_age``): "Aulakh, [58, was jailed]"."""
    return any(is_age(sentence, m.start(), m.end()) for m in DIGITS.finditer(sentence, start, end))


# "How old is she?" (not "was"): an age now
_AGE_NOW_ASKED = re.compile(r"^\W*how\s+old\s+(?:is|are)\b", re.IGNORECASE)


def age_then(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks someone's age now ("How old is Varga?") and the span
    ``sentence[start:end]`` is an age they had in a year the sentence names right after it ("as a
    [19]-year-old apprentice in 1987") or when something happened ("Varga was [14] when she cooked
    her first meal"), not now."""
    after, before = sentence[end:end + 50], sentence[max(0, start - 12):start]
    return bool(_AGE_NOW_ASKED.match(" ".join(question.split())[:1000])) \
        and bool(re.match(r"\S*(?:\s+\S+){0,3}?\s+in\s+(?:1[89]|20)\d\d\b", after)
                 or (re.search(r"\b(?:was|were|aged)\s+$", before)       # not "Halabi, 36, when asked …"
                     and re.match(r"\s*(?:years?\s+old)?\s+(?:when|at\s+the\s+time)\b", after)))


# "How old is Judge Harriet Coyle?": the person asked, named in capitals (not "the Bulgaria manager")
_AGE_OF_ASKED = re.compile(r"^\W*(?i:how\s+old\s+(?:is|was|are|were|will\s+\S+\s+be))\s+"
                           rf"(?P<name>[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*)*)\s*"
                           rf"(?:\?|$|,|\s+(?i:now|when|at|in|today)\b)")
_NAME_BEFORE = re.compile(rf"([{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*)*),\s*(?:now\s+|aged\s+)?$")


def age_of_another(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks a named person's age ("How old is Judge Harriet Coyle?") and the age
    at ``sentence[start:end]`` is written after another name ("Judge Harriet Coyle sentenced Lewis
    Dancey, [41], …": his age, not hers). Names sharing a word (a family name) count as the person's."""
    asked = _AGE_OF_ASKED.match(" ".join(question.split())[:1000])
    figure = DIGITS.search(sentence, start, end)
    if asked is None or figure is None or not is_age(sentence, figure.start(), figure.end()):
        return False
    written = _NAME_BEFORE.search(sentence[max(0, figure.start() - 80):figure.start()])
    words = {w.lower() for w in re.findall(r"[\w'’-]+", asked.group("name"))}
    return written is not None and not words & {w.lower() for w in re.findall(r"[\w'’-]+", written.group(1))}


def age_for_measure(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks for a measure ("How long …?", "How far …?") or a time ("When did
    she become chief executive?") and the span ``sentence[start:end]`` is only someone's age
    ("Desmond Aulakh, [58], was sentenced …", "Varga, now [55], …")."""
    span = sentence[start:end].strip()
    asks = unit_asked(question) or wanted(question) is Wanted.DATE
    return bool(asks) and span.isdigit() and is_age(sentence, start, start + len(span))


def counts(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` counts something: not a year ("the 2005 Six
    Counties", "in 2004 alone"; "2000 fans" counts), an age (``is_age``), a rank ("world number
    two", "No 1"), a date's day ("1 January 2026") or a word of a name ("Saturday's Six Counties
    match"; "Seven pilots" opening a sentence counts)."""
    figure, before, after = sentence[start:end], sentence[max(0, start - 30):start], sentence[end:end + 30]
    if is_year(sentence, start, end) or is_age(sentence, start, end) or _RANK_BEFORE.search(before) \
            or _day_of_month(figure, before, after):
        return False
    opens = not before.strip() or before.rstrip()[-1] in ".!?:;\"“‘'("
    return opens or not (figure[0].isupper() and not figure.isdigit()
                         and (re.match(rf"\s+[{CAPITALS}]", after) or re.search(rf"[{CAPITALS}][\w'’-]*\s+$", before)))


def _day_of_month(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` is a date's day ("[1] January 2026", "January [1], 2026"), which counts nothing."""
    if not figure.isdigit() or not 1 <= int(figure) <= 31:
        return False
    return bool(re.match(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b", after)
                or re.search(rf"\b(?:{_MONTH_NAMES})\s+$", before)
                and re.match(r"(?:st|nd|rd|th)?(?:,|\s+\d{4}\b|\s*$|\s*[.;)])", after))


def counts_another(sentence: str, start: int, end: int, noun: str, question: str = "") -> bool:
    """Whether the figure quoted at ``sentence[start:end]`` (its last) counts something other than
    ``noun`` (``asked.counted``): the word right after it, or after words describing it, is a plural noun,
    not the noun ("140 [homes]" for objections, "23,400 [people]" for hotels, "50,000 new [gadgets]" for
    exhibitors); not "43,160 the year before", "Nine of its 14 consultant posts", "five goals" for goals,
    nor "1,300 non-urgent procedures" for ``question`` "How many non-urgent operations …?" (described as
    asked)."""
    word, describing = _counted_phrase(sentence, start, end)
    if describing and set(tokenize(" ".join(describing))) & set(tokenize(question)):
        return False
    return bool(word) and word not in STOPWORDS and counting(sentence, start, end, noun) is None \
        and not _named_in_phrase(sentence, start, end, noun)


def _named_in_phrase(sentence: str, start: int, end: int, noun: str) -> bool:
    """Whether ``noun`` is among the first six words after the last figure of ``sentence[start:end]``, up to
    the next stop ("85 permanent operations and maintenance [jobs]")."""
    figure = _LAST_FIGURE.search(sentence, start, end)
    phrase = re.match(r"[^,;:.()\d]*", sentence[figure.end():figure.end() + 80]) if figure else None
    words = re.findall(r"[\w'’-]+", phrase.group()) if phrase else []
    return bool(tokenize(noun)) and tokenize(noun)[:1] in [tokenize(w)[:1] for w in words[:6]]


def counts_unnamed(sentence: str, start: int, end: int, noun: str, question: str = "") -> bool:
    """Whether the figure quoted at ``sentence[start:end]`` counts something other than ``noun``
    (``counts_another``) in a sentence that never names ``noun``: "with 19 [stops]" for trams,
    "15,900 [specimens]" for beetles; not when both are people ("27 [votes]" for councillors, "31,000
    of its 38,500 [members]" for nurses: news counts people many ways)."""
    if not counts_another(sentence, start, end, noun, question):
        return False
    if of_people(_counted_after(sentence, start, end)) and of_people(noun):
        return False
    return not set(tokenize(noun)) <= set(tokenize(sentence))


def of_people(noun: str) -> bool:
    """Whether the plural ``noun`` (lower case) names people ("votes" and "jobs" stand for them in news)."""
    return noun in _PEOPLE_WORDS or bool(_PERSON_ENDING.search(noun))


_PLURAL_AFTER = re.compile(r"\s+([a-z][\w'’-]*s|people|men|women|children|staff)\b")
# Up to two words describing what a figure counts, between them ("50,000 [new] gadgets", "three [new ship-to-shore]
# cranes"): lower-case words, no plural, not a word of grammar nor one of a figure ("per cent", "last year")
_DESCRIBING = re.compile(r"\s+(?!(?:per|cent|percent|last|next|around|a|an)\b)([a-z][\w'’-]*(?<!s))(?=\s)")


def _counted_after(sentence: str, start: int, end: int) -> str:
    """The plural noun right after the last figure of ``sentence[start:end]`` ("140 [homes]"), or after
    up to two words describing it ("50,000 new [gadgets]"), in lower case, else ""."""
    return _counted_phrase(sentence, start, end)[0]


def _counted_phrase(sentence: str, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    """``_counted_after``'s noun, and the words describing it ("new" of "50,000 new gadgets")."""
    figure = _LAST_FIGURE.search(sentence, start, end)
    if figure is None:
        return "", ()
    rest, describing = sentence[figure.end():figure.end() + 60], []
    for _ in range(3):
        after = _PLURAL_AFTER.match(rest)
        if after:
            return after.group(1).lower(), tuple(describing)
        word = _DESCRIBING.match(rest)
        if word is None or word.group(1) in STOPWORDS:
            return "", ()
        describing.append(word.group(1))
        rest = rest[word.end():]
    return "", ()


# "How many people …?" is answered by a count of people, or of what stands for them in news ("300 jobs",
# "120 cases", "12,000 votes"): not "3,100 homes" nor "40 flights"
_PEOPLE_ASKED = re.compile(r"^\W*how\s+many\s+(?:people|persons|lives)\b", re.IGNORECASE)
_PEOPLE_WORDS = frozenset("""people persons men women children adults babies boys girls families residents staff crew
    troops police officers soldiers victims patients pupils fans lives deaths cases casualties fatalities injuries jobs
    votes ballots signatures members migrants refugees survivors hostages prisoners inmates guests delegates nurses
    judges athletes candidates mps colleagues pilots midwives relatives sons daughters wives husbands""".split())
_PERSON_ENDING = re.compile(r"(?:ers|ors|ists|ians|ants|ents|ees|eurs)$")      # workers, tourists, residents, …


def counts_things(question: str, sentence: str, start: int, end: int) -> bool:
    """For "How many people …?": whether the figure quoted at ``sentence[start:end]`` (its last) counts
    things, not people: the plural noun right after it is no word for people ("3,100 [homes]")."""
    if not _PEOPLE_ASKED.match(" ".join(question.split())[:1000]):
        return False
    word = _counted_after(sentence, start, end)
    return bool(word) and word not in STOPWORDS and not of_people(word)


# A question counting the dead or the hurt, and the words a sentence says so with ("How many miners died?"
# is not answered by "Rescuers have brought 31 miners to the surface.")
_CASUALTIES = {
    "died": (re.compile(r"^\W*(?:how\s+many(?:\s+(?!since|after|before|when|in|at|on|from)[\w'’-]+){0,4}?\s+"
                        r"(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+)?|(?:did|do)\s+\w+\s+)?"
                        r"(?:died|die|dead|killed|kill|perished|drowned|lost\s+(?:their|his|her)\s+lives)\b"
                        r"|how\s+many\s+(?:[\w'’-]+\s+){0,2}?(?:deaths|fatalities)\b"
                        r"|what\s+(?:is|was|has\s+been)\s+the\s+death\s+toll\b)", re.IGNORECASE),
             re.compile(r"\b(?:di(?:ed|e|es|ing)|dead|deaths?|deadly|kill(?:ed|ing|s)?|fatal(?:ly|ities)?|perished|bod"
                        r"(?:y|ies)"
                        r"|lives|toll|murder(?:ed|s)?|drown(?:ed|ing)?|victims?|casualt(?:y|ies))\b", re.IGNORECASE)),
    "were hurt": (re.compile(r"^\W*how\s+many(?:\s+(?!since|after|before|when|in|at|on|from)[\w'’-]+){0,4}?\s+"
                             r"(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+)?)?(?:injured|hurt|wounded)\b"
                             r"|how\s+many\s+(?:[\w'’-]+\s+){0,2}?(?:injuries|casualties)\b", re.IGNORECASE),
                  re.compile(r"\b(?:injur(?:ed|y|ies)|hurt|wounded|casualt(?:y|ies)|hospital\w*|treated|victims?)\b",
                             re.IGNORECASE)),
}


def casualties_asked(question: str) -> str:
    """What a question counting casualties asks for: "died" ("How many people died …?", "What is the
    death toll?"), "were hurt" ("How many were injured?"); "" for any other question."""
    q = " ".join(question.split())[:1000]
    return next((kind for kind, (asked, _) in _CASUALTIES.items() if asked.match(q)), "")


def says_casualties(kind: str, sentence: str) -> bool:
    """Whether ``sentence`` has a word saying someone ``kind`` (``casualties_asked``): "killed", "the
    death toll" for "died"; a sentence without one counts something else ("brought 31 miners to the
    surface")."""
    return bool(_CASUALTIES[kind][1].search(sentence))


def counting(sentence: str, start: int, end: int, noun: str) -> tuple[int, int] | None:
    """The offsets of the last figure in ``sentence[start:end]`` when it counts ``noun`` (the noun,
    as its stem, among the three words after it: "18 new [hotels]", "312 objections"), else None:
    of "23,400 people, plans to open 18 new hotels", the "18"."""
    figure = _LAST_FIGURE.search(sentence, start, end)
    want = tokenize(noun)
    if not want or figure is None:
        return None
    after = re.findall(r"[\w'’-]+", sentence[figure.end():figure.end() + 60])[:3]
    return figure.span() if any(tokenize(word)[:1] == want[:1] for word in after) else None


# Words that count ("a", "half" and "million" alone count nothing: of "2.5 million subscribers", "2.5 million")
_COUNT_WORDS = f"{CARDINALS}|several|few"
_LAST_FIGURE = re.compile(rf"(?:\d[\d.,]*|\b(?:{_COUNT_WORDS})\b)(?:\s+(?:hundred|thousand|million|billion)\b)?"
                          rf"(?!.*(?:\d|\b(?:{_COUNT_WORDS})\b))",
                          re.IGNORECASE | re.DOTALL)
_SCORES = re.compile(r"\d+\s?[-–]\s?\d+(?:\s*,\s*\d+\s?[-–]\s?\d+)+")      # a match's scores: "6-4, 3-6, 7-5"


# A figure joined to a word after it that is no age: "three-generation", "four-day" (not "34-year-old", "a
# 104-year history")
_COMPOUND_AFTER = re.compile(r"-(?!years?\b)[^\W\d_]", re.IGNORECASE)
# "How old is Aki Rantala?", "How old is the conductor Ida Varnefeldt?": a person's age asked
_PERSON_AGE_ASKED = re.compile(r"^\W*(?i:how\s+old\s+(?:is|was|will\s+be))\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+)?"
                               rf"(?P<name>(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof|Professor)\.?\s+[{CAPITALS}][\w'’-]+"
                               rf"|[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+)+)\s*\??\s*$")
# A span of time, not an age: "led it [for 16] years", "our [131]-year history", "sentenced to [three] years
# and [six] months" (not "was 18 months")
_TIME_BEFORE = re.compile(r"(?:\b(?:for|over|during|spent|served|after|within|than|in|of|to|its|our|their|his|her)"
                          r"|\b(?:years?|months?|weeks?)\s+and)\s+$", re.IGNORECASE)
_SPELL_NO_AGE = re.compile(r"[\s-]*(?:years?|months?|weeks?|days?)\b(?![\s-]*old\b)(?!\s+of\s+age\b)", re.IGNORECASE)
_YEARS_AFTER = re.compile(r"[\s-]*years?\b", re.IGNORECASE)      # a body's age past 120: "5,000 years old", "its
# 900-year history" (not "employs 1,900 people")
_SPELL_BEFORE_NOUN = re.compile(r"-(?:year|month|week|day)\s+[a-z]", re.IGNORECASE)


def gives_figure(kind: str, sentence: str, start: int, end: int, question: str = "") -> bool:
    """Whether the span ``sentence[start:end]`` gives the figure ``kind`` asks for (``asked.figure_asked``):
    a count or an amount, its first figure but a year counting (``counts``: "the 34-year-old …,
    needing two chances" is about an age; "in 2004 alone" gives no count), and for a count not a
    sum of money ("the £10,000 prize" gives no count of copies sold, "750 thalers a household" no
    count of households; "How many thalers …?" asks for one) nor a figure ``question``
    itself names as the sentence does (``_named_in``: "How many watched the 19-13 defeat?" is not
    "19-13 …"); a year (one written
    out, or any number but an age: "in 732"); a date (a year, month, weekday or century); never
    through a character reference (``cuts``)."""
    refs = references(sentence)
    if cuts(refs, start, end):
        return False
    figures = [m for m in _FIGURE_IN.finditer(sentence, start, end) if not cuts(refs, m.start(), m.end())
               and not LIST_NUMBER.fullmatch(sentence, 0, m.end() + 1)]      # (not a list's "2." opening it)
    span = sentence[start:end]
    if kind in ("year", "date") and (DATE_PATTERN.search(span) or (kind == "date" and _SHORT_DATE.search(span))):
        return True
    if kind == "year":                  # a number, but an age, a span of time or a share
        return any(re.match(r"\d", m.group()) and not is_age(sentence, m.start(), m.end())
                   and not _NO_YEAR_AFTER.match(sentence, m.end()) and not re.match(r"[^\W\d_]", sentence[m.end():])
                   for m in figures) \
            or bool(re.search(r"['’]\d\d\b", sentence[start:end]))     # "'07"
    if kind == "age":                   # any figure but a year ("born in 1971" gives no age), a set's score, a
        scores = [m.span() for m in _SCORES.finditer(sentence)]     # word it makes ("a three-generation saga")
        # or one that is no age: "one" ("a worse one"); of a person named, a span of time ("led it for 16
        # years", "our 131-year history") or a figure over 120 (a union's "104-year history" is its age);
        # of anything, a figure over 120 not told in years ("employs 1,900 people")
        asked = _PERSON_AGE_ASKED.match(" ".join(question.split())[:1000])
        person = asked is not None and asked.group("name").split()[-1].lower() not in NOT_A_PERSONS_LAST_WORD
        return any(not is_year(sentence, m.start(), m.end()) and not _COMPOUND_AFTER.match(sentence, m.end())
                   and not re.match(r"[^\W\d_]", sentence[m.end():])       # a unit written on: "26h 41m 12s"
                   and not any(a <= m.start() < b for a, b in scores)
                   and (is_age(sentence, m.start(), m.end()) or m.group().lower() != "one"
                        and not (person and _SPELL_NO_AGE.match(sentence, m.end())
                                 and (_TIME_BEFORE.search(sentence[max(0, m.start() - 12):m.start()])
                                      or _SPELL_BEFORE_NOUN.match(sentence, m.end())))
                        and not (re.fullmatch(r"[\d,]+", m.group()) and int(m.group().replace(",", "")) > 120
                                 and (person or not _YEARS_AFTER.match(sentence, m.end()))))
                   for m in figures)
    if kind not in ("count", "amount"):
        return kind != "date"
    first = next((m for m in figures if not is_year(sentence, m.start(), m.end())          # what the span is
                  and not _day_of_month(m.group(), sentence[max(0, m.start() - 30):m.start()],
                                        sentence[m.end():m.end() + 30])), None)
    if first is None or not counts(sentence, first.start(), first.end()):                # about ("In 2004, 300 …")
        return False
    if kind == "count" and _named_in(question, sentence, first):
        return False
    noun = counted(question)
    if kind == "amount" or _A_CURRENCY.fullmatch(noun) and not _WEIGHED.search(question[:1000]):
        return True
    if noun and _WEIGHED.search(question[:1000]) and re.match(rf"\s+{re.escape(noun)}\s+of\b", sentence[first.end():]):
        return True                     # "2,400 [pounds of] cod" for "How many pounds of cod …?"
    around = sentence[max(0, first.start() - 5):first.start()] + "#" + sentence[first.end():first.end() + 24]
    return not _A_SUM.search(around) and not _share_of_something_else(question, noun, sentence, first.end()) \
        and not (_priced(sentence, first.start(), end) and not _counts_the_noun(noun, sentence, first.end()))
    # (a sum in a currency no list knows: "184.6 billion krell" counts no Assembly members; "paid for 120
    # paramedics" counts paramedics)


def _counts_the_noun(noun: str, sentence: str, at: int) -> bool:
    """Whether ``noun``, the one a "How many …?" question counts, or its singular is among the four words
    after the figure ending at ``at`` ("pay for 18 [new electric trains]", "paid for 120 paramedics")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", sentence[at:at + 60])[:4]]
    return bool(noun) and bool({noun, noun.rstrip("s")} & set(words))


_OF_THEM = re.compile(r"^\W*how\s+many\s+of\b", re.IGNORECASE)


def _share_of_something_else(question: str, noun: str, sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a share ("18 per cent") in a sentence that does not name
    the thing ``question`` counts (``noun``): "cut the quota by 18 per cent" counts no fishing boats, where
    "26.7% of the Victorian population" counts Victorians and "How many of the residents …?" asks a share."""
    if not noun or not _SHARE_AFTER.match(sentence, end) or _OF_THEM.match(question):
        return False
    stem = noun[:-3] if noun.endswith("ies") else noun[:-2] if noun.endswith(("ches", "shes", "sses", "xes")) \
        else noun[:-1] if noun.endswith("s") else noun
    return re.search(rf"(?<![\w'’-]){re.escape(stem[:max(4, len(stem) - 1)])}", sentence, re.IGNORECASE) is None


_SHARE_AFTER = re.compile(r"(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


def in_range(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is one end of a range ("24" of "from 18 to 24")."""
    return bool(re.search(r"\d\s*(?:to|[-–])\s*$", sentence[max(0, start - 12):start])
                or re.match(r"\s*(?:to|[-–])\s*\d", sentence[end:end + 12]))


def is_share(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` opens with a share ("16.5%", "4.9 per cent"), or
    a piece of one ("26" of "26.7%")."""
    first = DIGITS.search(sentence, start, end)
    return first is not None and bool(_SHARE_AFTER.match(sentence, first.end()))


# A name a question asks about ("Terence Hollin", "Labour's"), not one after a preposition ("in Harwick")
_NAME_RUN = re.compile(rf"(?<![\w'’-])[{CAPITALS}][\w'’-]*[a-z][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*[a-z][\w'’-]*)*")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|for|of|on|to|across|near|by|than|with|against|beat|beating|over)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
# After a name, the figure that is theirs: "Hollin on [33.1%]", "Labour ([31%])", "Pell's [12,400]",
# "Vik, who polled [9,300]", "the Greens took [12%]"
_THEIRS = re.compile(rf"(?:['’]s(?=\s+[{CAPITALS}]))?(?:\s+[{CAPITALS}][\w'’-]*)*(?:['’]s\s+|\s*\(\s*|,?\s+(?:who\s+"
                     r"|which\s+)?"
                     r"(?:(?:was|is|finished|came|ended|won)\s+)?(?:on|with|took|takes|got|gets|won|wins|polled|polls"
                     r"|scored|scores|received|receives|secured|secures|taking|winning|securing|polling|scoring)\s+)"
                     r"(?:(?:just|about|around|some|nearly|almost|only)\s+)?"
                     rf"(?P<f>[{CURRENCY_SIGNS}]?\d[\d.,]*\d(?:%| per cent)?"
                     rf"|[{CURRENCY_SIGNS}]?\d(?:%| per cent)?)(?![\w-])"
                     r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|January|February|March|April|May|June"
                     r"|July|August|September|October|November|December)\b)")


def figure_of_name(question: str, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The figure ``sentence`` binds to the one name ``question`` asks about, when the span
    ``sentence[start:end]`` is another figure of the same kind: "What share did Hollin get?" of "Pell
    took [38.4%], ahead of Labour's Terence Hollin on 33.1%" is "33.1%" (also "Hollin (33.1%)",
    "Hollin's 33.1%", "Hollin, who polled 9,300"). None when the question names no one, when the
    sentence binds no figure or more than one to its names, when the span is or holds that figure, or
    when the sentence does not bind the span's figure to another name ("Mayor Hollin on 3 June
    announced [4,000] job cuts": the "3" is no figure of his, nor the year of "Hollin's 2019 defeat")."""
    first = DIGITS.search(sentence, start, end)
    if first is None:
        return None
    names = {re.sub(r"['’]s$", "", w).lower() for m in _NAME_RUN.finditer(question) for w in m.group(0).split()
             if m.start() > 0 and not _PLACE_BEFORE.search(question[:m.start()])}     # its names' words ("Hollin")
    if not names:
        return None
    bound = _bound_figures(sentence)
    if not any(not words & names and a <= first.start() < b for words, (a, b) in bound):
        return None         # the span's figure is no one else's
    found = {f for words, f in bound if words & names and not re.fullmatch(r"(?:1[89]|20)\d\d", sentence[f[0]:f[1]])
             and is_share(sentence, *f) == is_share(sentence, start, end)}      # (a share and a count: the one asked)
    if len(found) != 1:
        return None
    f = found.pop()
    if f[0] < end and start < f[1]:
        return None
    return f


def _bound_figures(sentence: str) -> list[tuple[frozenset[str], tuple[int, int]]]:
    """(the words of a name, in lower case; the span of the figure the sentence binds to it) for
    each name a binding follows ("Pell took 38.4%", "Labour's Terence Hollin on 33.1%": labour,
    terence, hollin; "Lind's 12,400")."""
    out = []
    for m in _NAME_RUN.finditer(sentence[:2000]):
        owner = re.search(r"['’]s$", m.group(0))
        theirs = _THEIRS.match(sentence, m.end() - 2 if owner else m.end())
        if theirs:
            words = frozenset(re.sub(r"['’]s$", "", w).lower() for w in m.group(0).split())
            out.append((words, theirs.span("f")))
            other = _OTHER_FORM.match(sentence, theirs.end("f"))
            if other:                   # "Berg on 35.7% ([15,980] votes)": the same result as a count
                out.append((words, other.span("f")))
    return out


# The same result in its other form after a bound figure: "35.7% ([15,980] votes)", "18,450 votes ([41.2%])",
# "35.7% of the vote, or [15,980] votes"
_OTHER_FORM = re.compile(r"(?:\s+(?:votes?|of\s+the\s+(?:vote|poll)|seats?|points))?\s*(?:\(\s*|,\s+or\s+)"
                         r"(?P<f>\d[\d.,]*\d(?:%| per cent)?|\d(?:%| per cent)?)(?![\w-])")


_WORD_AFTER = re.compile(r"\s*(?:-\s*\d+|[^\W\d_]+)")      # what follows a figure: "-13" of "19-13", a word


def _named_in(question: str, sentence: str, figure: re.Match) -> bool:
    """Whether ``question`` names the figure ``figure`` of ``sentence`` as the sentence writes it:
    the same number followed by the same word ("the 19-13 defeat" and "19-13 by the Irish" share
    "19" and "-13"; "in 3 games" does not name the "3 goals" a sentence counts)."""
    number, said = figure.group().replace(",", ""), _WORD_AFTER.match(sentence, figure.end())
    for m in DIGITS.finditer(question):
        asked = _WORD_AFTER.match(question, m.end())
        if m.group().replace(",", "") == number and asked and said \
                and asked.group().strip().lower() == said.group().strip().lower():
            return True
    return False


# A figure written as a sum of money, "#" standing for it: "£#", "$ #", "# million euros" (not
# "# million viewers"): no count of copies or votes ("How many euros …?" asks for an amount)
_A_SUM = re.compile(rf"(?:[{CURRENCY_SIGNS}]|\b(?:{_CODES})|{_CAPS_CODE})\s*#"
                    rf"|#(?:[\d.,]*)\s*(?:(?:bn|mn|m|k|thousand|million|billion|trillion)\s*)?"
                    rf"(?-i:{_CURRENCY_NAMES})\b",
                    re.IGNORECASE)      # (a currency's name in lower case: "60,000 Crown Court cases" are no sum)


# "How many thalers …?": a count of a currency asks for a sum
_A_CURRENCY = re.compile(_CURRENCY_NAMES, re.IGNORECASE)
_WEIGHED = re.compile(r"\bhow\s+many\s+[\w'’-]+\s+of\s+(?!the\s|it\b|them\b)\w", re.IGNORECASE)    # "pounds of cod"


# A sum of money written out: "$4.2bn", "£300,000", "around $20m", "7bn euros", "12 million euros", "250p".
_SUM = re.compile(rf"(?<![\w.]){_QUALIFIER}(?:(?:[{CURRENCY_SIGNS}]|\b(?:{_CODES})\s?|{_CODE}\s?)\d(?:[\d.,]*\d)?"
                  rf"(?:\s?(?:bn|mn|m|k|p|million|billion|trillion|thousand)\b)?"
                  rf"|\d[\d.,]*\s?(?:(?:bn|mn|m|million|billion|trillion|thousand)\s*)?(?:{_CURRENCY_WORDS})\b"
                  rf"|\d[\d.,]*\s?(?:bn|mn|m|p)\b)(?P<per>\s+(?:a|an|per)\s+[a-z]+\b)?", re.IGNORECASE)
# "$4.2bn (£2.3bn)", "VM 9.5 million, about 8.2 million euros": the same sum in another currency
_CONVERSION = re.compile(r"\s*(?:\([^()]*\)|,\s*(?:about|around|roughly|approximately|some|nearly|almost|or|worth"
                         r"(?:\s+about)?)\s+[^,;()]*)\s*$")


_SCALES = {"", "m", "mn", "bn", "k", "thousand", "million", "billion", "trillion"}
_WORD_OF_MONEY_AFTER = re.compile(rf"\s?(?:(?:bn|mn|m|k|thousand|million|billion|trillion)\b\s*)?"
                                  rf"(?:{_CURRENCY_WORDS})\b(?<!millions)(?<!billions)", re.IGNORECASE)


# A currency written in a span: a sign, a code ("USD", "VM 9.6 million")
_CURRENCY_IN_SPAN = re.compile(rf"[{CURRENCY_SIGNS}]|\b(?:{_CODES})\b|{_CODE}", re.IGNORECASE)


def with_currency(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A sum's figure with the currency written beside it: "[9.6 million]" of "VM 9.6 million" is
    "VM 9.6 million", "[600]" of "600 marks" "600 marks"; the span as it is when it has its currency
    or opens with no figure."""
    span = sentence[start:end]
    if not DIGITS.match(sentence, start) or is_share(sentence, start, end) or _MONEY_BEFORE.search(span) \
            or _CURRENCY_IN_SPAN.search(span):
        return start, end
    sign = _sign_before(sentence, start)
    if sign:
        return start - len(sign), end
    last = list(DIGITS.finditer(sentence, start, end))[-1]
    tail = sentence[last.end():end].strip().lower()
    word = _WORD_OF_MONEY_AFTER.match(sentence, end) if tail in _SCALES else None
    if word is None and tail in _SCALES and _priced(sentence, start, end, plural=False):   # "costs [27] dalen"
        # (not "167 million handsets": a plural here is what was counted)
        word = _WORD_AFTER_SUM.match(sentence, last.end())
        return start, max(end, word.end()) if word else end
    if word is None or word.group().strip().lower() in {"m", "mn", "bn", "k"} or word.group() == " p":
        return start, end
    return start, word.end()


# a figure in millions or more with no currency in it or beside it ("1.42 billion")
_BARE_MILLIONS = re.compile(r"\d\s?(?:million|billion|trillion|bn)$", re.IGNORECASE)


def with_money_word(sentence: str, start: int, end: int) -> tuple[int, int]:
    """For a sum of money asked: a figure in millions or more quoted with no currency ("[1.42 billion]
    marl") with the word after it that may be its currency, one no list knows (``_currency_word``:
    not "2.1 million people", "5 million overall", "3 billion litres") and no common English word
    (``common_word``: not "a 2 million fine", "1.42 billion yesterday"); the span as it is otherwise."""
    span = sentence[start:end]
    if not _BARE_MILLIONS.search(span) or _sign_before(sentence, start) \
            or _CURRENCY_IN_SPAN.search(span):
        return start, end
    word = _WORD_AFTER_SUM.match(sentence, end)
    return (start, word.end()) if word and word.start() == end and _currency_word(sentence, word) \
        and not common_word(word.group("word")) else (start, end)


def the_sum(sentence: str, start: int, end: int, currency: str = "") -> tuple[int, int]:
    """The sum of money written out in the span ``sentence[start:end]`` when the span says more
    ("took three years and is said to have cost around $20m" → "around $20m", "$4.2bn
    (£2.3bn)" → "$4.2bn", or "£2.3bn" for a ``currency`` asked, "pounds"); the span as it is
    otherwise, and when it holds two sums ("between $12 and $15 a share")."""
    sums = list(_SUM.finditer(sentence, start, end))
    if not sums:
        return start, end
    asked_in = [m for m in sums if in_currency(currency, m.group())] if currency else []
    if len(asked_in) == 1 and len(sums) > 1:
        return asked_in[0].start(), asked_in[0].end() - len(asked_in[0].group("per") or "")
    first = sums[0]
    rest = sentence[first.end():end]
    if len(sums) > 1 and not (_CONVERSION.fullmatch(rest) and all(m.start() > first.end() for m in sums[1:])):
        return start, end
    return first.start(), first.end()


# One end of a range a figure is given as: "between [VM 4 million] and VM 6 million", "four to [six weeks]"
_END = (rf"(?:(?:[{CURRENCY_SIGNS}]|{_CAPS_CODE}\s)?(?:\d[\d.,]*\d|\d|(?:{NUMBER_WORDS})\b)"
        r"(?:\s?(?:%|per\s?cent\b|bn\b|mn\b|m\b|k\b|million\b|billion\b|thousand\b|trillion\b))?)")
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+{_END}\s+and\s+$", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(rf"\s+and\s+{_END}", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_ONE_END = re.compile(_END, re.IGNORECASE)
_BARE_TO_BEFORE = re.compile(rf"(?<![\w{CURRENCY_SIGNS}.,])(?:(?!(?:1[89]|20)\d\d\b)\d+|"
                             + NUMBER_WORDS.replace("|a|an|", "|")
                             + r")\s+to\s+$", re.IGNORECASE)      # not a year ("lost in 2004 to $200m")
_CHANGE_BEFORE = re.compile(r"\b(?:from|by|up|down|rose|fell|risen|fallen|increased|decreased|cut|raised|grew"
                            r"|dropped|climbed|jumped)\s+$", re.IGNORECASE)


_WORD_VALUES = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve"
                                           .split())}


def _value(word: str) -> float:
    """A bare figure's value ("4", "1,200", "six"), or infinity for what is none."""
    word = word.lower().strip(".,")
    if word in _WORD_VALUES:
        return float(_WORD_VALUES[word])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return float("inf")


def whole_range(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The whole range when the span ``sentence[start:end]`` is one end of one: "between VM 4
    million and [VM 6 million]" or "between [VM 4 million] and VM 6 million" → "between VM 4
    million and VM 6 million", "four to [six weeks]" → "four to six weeks" (a bare figure before
    "to", not a change: "rose from 4 to [6]" is left alone); the span as it is otherwise."""
    if not _ONE_END.match(sentence, start):
        return start, end
    before = sentence[max(0, start - 60):start]
    m = _BETWEEN_BEFORE.search(before)
    if m is not None:
        return start - len(before) + m.start(), end
    between = _BETWEEN.search(before)
    after = _BETWEEN_AFTER.match(sentence, end)
    if between is not None and after is not None and _ONE_END.fullmatch(sentence[start:end].strip()):
        return start - len(before) + between.start(), with_unit(sentence, end, after.end())[1]
    m = _BARE_TO_BEFORE.search(before)      # a bare figure ("to [£6m]" is no end of "four to"), and a range
    if m is not None and not _CHANGE_BEFORE.search(before[:m.start()]) \
            and not re.match(rf"[{CURRENCY_SIGNS}]|[{CAPITALS}]{{2,3}}\s", sentence[start:end]) \
            and _value(m.group().split()[0]) < _value(sentence[start:end].split()[0]):   # goes up ("voted 7 to 2")
        return start - len(before) + m.start(), end
    return start, end


# What a figure is followed by that says where or when it was ("[27.9%] at the last full election",
# "[£5m] for the library", "[1,300] in the first quarter"); not "five in 10", "£2 for every £1"
_PLACED_AFTER = re.compile(r"\s+(?:at|in|on|during|after|before|since|for|among)\b(?!\s+(?:every|each|\d))"
                           r"|\s+(?:this|last|next)\s+(?:year|month|week|season)\b"
                           rf"|,\s+(?![\d{CURRENCY_SIGNS}])(?:\S+\s+){{2}}\S",
                           re.IGNORECASE)
_ONE_FIGURE = re.compile(rf"{_QUALIFIER}[{CURRENCY_SIGNS}]?\d(?:[\d,]*\d)?(?:\.\d+)?"
                         r"(?:\s?(?:%|per\s?cent\b|bn\b|mn\b|m\b|k\b|p\b|million\b|billion\b|trillion\b))?",
                         re.IGNORECASE)


def figure_alone(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The figure opening the span ``sentence[start:end]`` (with its unit) without the phrase after
    it saying where or when it was ("[27.9%] at the last full election", "[£5m] for the library",
    "[18 per cent] this year") or the clause after a comma ("[18 per cent] this year, the ministry said"):
    the figure asked for, as ``with_qualifier`` keeps the words before it; the span as it is
    when it does not open with a figure, or goes on otherwise ("£38.50 a share")."""
    m = _ONE_FIGURE.match(sentence, start, end)
    if m is None:
        return start, end
    a, b = with_unit(sentence, m.start(), m.end())
    if b >= end or not _PLACED_AFTER.match(sentence, b, end):
        return start, end
    return a, b


# A table set out with spaces, as a text file or a page's <pre> prints one: cells apart by two spaces
# or more ("Civic Alliance          13      -4       30.6%"), three cells at least
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_SPACED_GAP = re.compile(r"\S {2,}(?=\S)")
_PROSE_GAP = re.compile(r"[.,;:!?] {2,}")


def _spaced_row(sentence: str) -> bool:
    """Whether ``sentence`` is a row set out with spaces: two gaps of two spaces or more, one of three
    or more, none after a sentence's punctuation ("Tickets cost £10.  Doors open at 7pm.  …" is prose)."""
    row = sentence.strip()
    gaps = _SPACED_GAP.findall(row)
    return len(sentence) < 300 and "\n" not in row and len(gaps) >= 2 and any(len(g) >= 4 for g in gaps) \
        and not _PROSE_GAP.search(row)


def table_row(sentence: str) -> bool:
    """Whether a sentence is a table's row: cells joined by bars ("| Kerrigan | 1,874 | 38.6% |",
    "Skarrow | 1,120 | +5.2%") or set apart by spaces ("Civic Alliance     13     -4     30.6%")."""
    return sentence.lstrip().startswith("|") or (sentence.count("|") >= 2 and len(sentence) < 300) \
        or _spaced_row(sentence)


def table_cells(row: str) -> list[tuple[int, int]]:
    """The spans of a table row's cells, without their bars and spaces."""
    if "|" not in row and _spaced_row(row):
        return [m.span() for m in _SPACED_CELL.finditer(row)]
    out, at = [], 0
    for part in row.split("|"):
        a, b = at + len(part) - len(part.lstrip()), at + len(part.rstrip())
        if b > a:
            out.append((a, b))
        at += len(part) + 1
    return out


def row_label(row: str) -> str:
    """A table row's first cell ("Skarrow" of "Skarrow | 1,120 | +5.2%"), after a position's number
    ("Cantmoor Town" of "| 2 | Cantmoor Town | 30 | 62 |"); "" for an empty one."""
    cells = table_cells(row)
    if len(cells) > 2 and POSITION_CELL.fullmatch(row[cells[0][0]:cells[0][1]]):
        cells = cells[1:]
    return row[cells[0][0]:cells[0][1]] if cells else ""


# A league table's position cell: "2", "12.", "=3" (also read by ``qa.read.standings``)
POSITION_CELL = re.compile(r"=?(?P<n>\d{1,3})\.?")
# What a league table's header abbreviates, as a question words it ("How many points …?": "Pts")
_LEAGUE_HEADERS = {"pts": "points", "pos": "position place", "p": "played", "pld": "played",
                   "w": "won win wins", "d": "drawn draw draws", "l": "lost lose losses defeats",
                   "gd": "goal difference", "gf": "goals scored", "ga": "goals conceded"}


def header_terms(cell: str, counted: bool = True) -> set[str]:
    """The words (stems) of a table header's cell, with what a league table's abbreviation stands for
    ("Pts": "points") where a count is asked (``counted``: "How many points …?", not "What was the
    score when they won …?", whose "won" is no column's)."""
    expanded = _LEAGUE_HEADERS.get(cell.strip().lower().rstrip("."), "") if counted else ""
    return set(tokenize(cell)) | set(tokenize(expanded))


def row_named(question: str, sentence: str) -> bool:
    """Whether ``sentence`` is a table's row whose first cell the question names ("Skarrow" of "What is
    the average rent in Skarrow?", "Operating profit" of "What was the operating profit in 2024?"; a
    label capitalised as a table writes it, not a word of every row: "Total"; a label of one word in
    the case the table writes it, two or more in any case)."""
    if not table_row(sentence):
        return False
    label = re.sub(r"\s*\([^)]*\)$", "", row_label(sentence))       # "Broadband customers (m)": its unit aside
    return label[:1].isupper() and label.lower() not in ("total", "all") and _label_named(question, label)


def _label_named(question: str, label: str) -> bool:
    """Whether ``question`` names ``label`` (a row's or a list item's): one word in the case it is
    written, two or more in any case."""
    flags = re.IGNORECASE if len(label.split()) > 1 else 0
    return bool(label) and re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", question, flags) is not None


# A list's item led by its label: "- Ardentby: average 341,500 sevra, up 6.2 per cent"
_ITEM = re.compile(rf"\s*[-•*–]\s+(?P<label>[{CAPITALS}][^:]{{0,40}}?):\s+\S")


def item_label(sentence: str) -> str:
    """The label of a list's item ("Ardentby" of "- Ardentby: average 341,500 sevra"), "" for a sentence
    that is no labelled item."""
    m = _ITEM.match(sentence)
    return m.group("label") if m else ""


def item_body_start(sentence: str) -> int:
    """Where a labelled item's text after its label and colon starts ("average …" of "- Ardentby: average
    341,500 sevra"); 0 for a sentence that is no labelled item."""
    m = _ITEM.match(sentence)
    return m.end() - 1 if m else 0


def item_named(question: str, sentence: str) -> bool:
    """Whether ``sentence`` is a list's item whose label the question names (``item_label``; in the
    case the list writes it when of one word, as ``row_named``)."""
    return _label_named(question, item_label(sentence))


def one_cell(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span ``sentence[start:end]`` kept to the table cell it starts in when the sentence is a
    table's row ("| Kerrigan | 1,874 | 38.6% |": "1,874 | 38.6%" → "1,874"); as it is otherwise."""
    if not table_row(sentence):
        return start, end
    cells = [(a, b) for a, b in table_cells(sentence) if b > start and a < end]
    if not cells:               # only borders: as it is
        return start, end
    a, b = cells[0]
    return max(a, start), b if len(cells) > 1 or b < end else end


# Measures a reader must never take for each other: what a firm takes in, and what it keeps or
# loses (with the verbs saying so: "made £5m", "lost £2m")
_TAKINGS = frozenset({"revenue", "revenues", "sales", "turnover"})
_MARGINS = frozenset({"profit", "profits", "loss", "losses", "earnings", "made", "earned", "lost", "profitable"})
_WORD = re.compile(r"[a-z]+")


# What a profit or loss is counted before or after: "operating profit", "pre-tax loss", "net income"
_PROFIT_KIND = re.compile(r"\b(operating|pre-?tax|before\s+tax|after[- ]tax|net|gross|underlying|adjusted|core)"
                          r"\s+(?:profits?|loss(?:es)?|earnings|income)\b", re.IGNORECASE)
_SAME_KIND = {"pretax": "pre-tax", "before tax": "pre-tax", "after tax": "net", "after-tax": "net"}


def profit_kinds(text: str) -> set[str]:
    """The kinds of profit or loss ``text`` names ("operating", "pre-tax", "net", …)."""
    kinds = {" ".join(m.group(1).lower().split()) for m in _PROFIT_KIND.finditer(text)}
    return {_SAME_KIND.get(k, k) for k in kinds}


def another_profit(question: str, sentence: str) -> bool:
    """Whether ``question`` asks for a kind of profit or loss ("What was Marchbank's operating
    profit?") and ``sentence`` names only other kinds ("a pre-tax profit of £58 million")."""
    asked, named = profit_kinds(question), profit_kinds(sentence)
    return bool(asked) and bool(named) and not asked & named


def another_measure(measure: str, sentence: str) -> bool:
    """Whether ``sentence`` does not say the ``measure`` asked for when that is takings or profit
    ("How much profit did Solvane make?": neither "It reported revenue of £118 million" nor "The
    £42 million plant …" says it; "Profit rose to £5m on sales of £118m" does)."""
    asked = next((group for group in (_TAKINGS, _MARGINS) if measure in group), None)
    return asked is not None and not set(_WORD.findall(sentence.lower())) & asked


# A place a question or a figure's phrase names after "in" or "at": "in the Calderine district", "in Aldrecht"
# (not a month, a day nor a year)
_NOT_PLACES = rf"(?:{_MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PLACE = rf"(?:the\s+)?(?P<place>(?!{_NOT_PLACES}\b)[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{0,2}})"
_PLACE_IN = re.compile(rf"(?<=\s)(?:in|at)\s+{_PLACE}")
# (after the figure, "in" only: "at the Westkade" may be a quay of the town asked about)
_PLACE_AFTER = re.compile(rf"^(?:\s+(?!(?:and|or|but|while|after|before|when|as|than)\b)[\w'’%-]+){{0,6}}?\s+in\s+"
                          rf"{_PLACE}")


def another_place(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the figure ``sentence[start:end]`` is given, in the words after it, for a place ("35 pumps on
    standby [in the Ondra Valley]") that is none of those ``question`` names ("… in the Calderine district?"),
    in a sentence naming none of them."""
    asked = [_stems(m.group("place")) for m in _PLACE_IN.finditer(" ".join(question.split())[:1000])]
    asked = [place for place in asked if place]
    given = _PLACE_AFTER.match(sentence[end:end + 80]) if asked else None
    if given is None:
        return False
    words, named = _stems(sentence), _stems(given.group("place"))
    return not any(place & named or place <= words for place in asked)


# A thing named by a common word and a name of its own: "Storm Hedda", "Lake Orsa", "Operation Gull", "Flight
# 714", "President Valk"
_KIND_AND_NAME = re.compile(rf"\b([{CAPITALS}][a-z]+)\s+([{CAPITALS}][a-z]+|\d+[{CAPITALS}]?)\b")


_RELATED = re.compile(r"\b(?:before|after|previous|earlier|since|than|compared?|comparison|last|like)\b", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:since|than|compared|like)\b", re.IGNORECASE)     # "the strongest since Storm Alder"


@functools.lru_cache(maxsize=256)
def _kinds_named(question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The kinds ``question`` names things of by a common word and a name, and the names it gives each ("Storm":
    {"Orla", "Betka"}); none when it relates them to others ("What was the record before Storm Hedda?": another
    storm's may be the answer). Read once per question (``another_named`` asks it of every sentence read)."""
    asked = " ".join(question.split())[:1000]
    if _RELATED.search(asked):
        return ()
    named: dict[str, set[str]] = {}
    for m in _KIND_AND_NAME.finditer(asked):
        kind, name = m.group(1), m.group(2)
        if m.start() > 0 and common_word(kind.lower()) and kind.lower() not in STOPWORDS \
                and kind.lower() not in MONTHS and not common_word(name.lower()):
            named.setdefault(kind, set()).add(name)     # (not "What …", "Last Tuesday", "Storm Warning")
    return tuple((kind, frozenset(names)) for kind, names in named.items())


def another_named(question: str, sentence: str) -> bool:
    """Whether ``sentence`` names another thing of the kind of one ``question`` names by a common word and a
    name ("Storm Ingvar" for "What was the insurance bill for Storm Hedda?", "Flight 716" for Flight 714), and
    never the name asked ("Hedda")."""
    for kind, names in _kinds_named(question):
        if any(re.search(rf"\b{re.escape(name)}\b", sentence) for name in names):
            continue
        if any(other.group(1) not in names and not common_word(other.group(1).lower())
               and not _COMPARED_WITH.search(sentence[max(0, other.start() - 25):other.start()])
               for other in re.finditer(rf"\b{kind}\s+([{CAPITALS}][a-z]+|\d+[{CAPITALS}]?)\b", sentence)):
            return True         # (not "the strongest since Storm Alder": named to compare)
    return False


def _stems(text: str) -> set[str]:
    """The words of ``text`` of three letters or more, as their first five ("quarv" of "Quarvia" and of
    "Quarvian": a place and its people's adjective are one place)."""
    return {word[:5] for word in tokenize(text) if len(word) >= 3}


# A figure only hoped for or expected ("The trust [expects] 25,000 visitors in the first year"), and a question
# asking what came to be ("How many visitors did the museum receive …?"), asking no forecast itself
_EXPECTED_BEFORE = re.compile(r"\b(?:expects?|expecting|hopes?|hoping|aims?|aiming|targets?|targeting|forecasts?"
                              r"|predicts?|predicting|projects?|projecting|wants?|plans?|planning)\b"
                              r"(?:\s+(?:to\s+[a-z]+|for))?(?:\s+(?:about|around|some|roughly|nearly|almost|over"
                              r"|at\s+least|up\s+to|more\s+than))?\s*$",
                              re.IGNORECASE)
_OUTCOME_ASKED = re.compile(r"^\W*how\s+(?:many|much)\b.*\b(?:did|was|were|had)\b", re.IGNORECASE)
_FORECAST_ASKED = re.compile(r"\b(?:expect\w*|hop\w*|aim\w*|target\w*|forecast\w*|predict\w*|project\w*|plan\w*"
                             r"|want\w*|need\w*|will|would|should|could|estimat\w*)\b", re.IGNORECASE)


def expected_only(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks what a figure came to ("How many visitors did the museum have …?") and
    the span ``sentence[start:end]`` is only what someone expects or hopes it will be ("The museum expects
    [150,000] visitors a year")."""
    asked = " ".join(question.split())[:1000]
    if not _OUTCOME_ASKED.match(asked) or _FORECAST_ASKED.search(asked):
        return False
    return _EXPECTED_BEFORE.search(sentence[max(0, start - 40):start]) is not None
