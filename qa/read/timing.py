"""Time in questions: news is dated. A question that names a year or a month ("in March 2009",
"in 2010") is answered only from an article that covers that time (its date, or a mention of the
year, and of the month when one is named); when none of the sentences read does, the answer is
"not found" and the notice says what period the articles cover."""

from __future__ import annotations

import datetime
import re

from qa.encode.words import STOPWORDS
from qa.index.loaded import Index
from qa.ingest.dates import MONTHS as _MONTHS
from qa.ingest.dates import DateMention, dates_named, full_dates, mentions, month_number, relative_years
from qa.ingest.lexicon import CAPITALS
from qa.read.kinds import DAYS

# The corpus's period is read from at most this many articles (a sample, in index order).
PERIOD_SAMPLE = 2_000


# A bare four-digit number is a year when a word of time stands before it ("in 2004", "the 2004
# final", "its 2021 budget", "winter 2020", "profits for 2009") and no counted noun follows ("the 2000
# workers" is a number).
_TIME_BEFORE = re.compile(r"(?:\b(?:in|since|by|until|till|during|before|after|from|between|of|and|to|for|through"
                          r"|throughout|around|early|late|mid|end|year|season|the|its|their|his|her|our|a|an"
                          r"|spring|summer|autumn|fall|winter|'s|’s)|-)\s*$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"^\s*[a-z]+s\b(?<!\bseasons)(?<!\belections)(?<!\bgames)(?<!\bawards)"
                            r"(?<!\bfinals)(?<!\bolympics)|^[\s-]*"
                            r"(?:tonnes?|tons?|metres?|meters?|km|kg|miles?|feet|foot"
                            r"|seats?|acres?|hectares?|square|cc|horsepower|hp|[kmg]w)\b")     # ("a 2000 tonne order")


# A code after a year, the two a name together: an asteroid's "2021 HX318", "2024 YR4" (two capitals and figures; not
# a quarter's, a half's or a series' "2024 Q3", "2025 H1", "2024 F1", "2023 COP28")
_CODE_AFTER = re.compile(rf"\s+[{CAPITALS}]{{2}}\d+\b")


# A time of day alone ("08:02", "10.25am"), and a question asking for a time (or about one)
_CLOCK = re.compile(r"\W*(?:\d{1,2}:\d\d\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET)?"
                         r"|\d{1,2}(?:\.\d\d)?\s*(?:am|pm))\W*", re.IGNORECASE)     # not "4.20" (florins), "+0.94"
_TIME_ASKED = re.compile(r"^\W*(?:when|since\s+when|until\s+when)\b|\b(?:time|hour|o'clock|clock|timestamp|minute)s?\b",
                         re.IGNORECASE)


# What says when, in words or figures: a date, a day, a season, a holiday, a span of time, "soon",
# "once …", "after …" ("next spring", "later this year", "within weeks", "once repairs are complete")
_SAYS_WHEN = re.compile(r"\d|\b(?:" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
                        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|autumn|fall|winter|christmas|easter"
                        r"|thanksgiving|diwali|eid|hanukkah|ramadan|passover|midsummer|new\s+year|year|years"
                        r"|month|months|week|weeks|weekend|day|days|hours?|decade|century|season|term|quarter|soon"
                        r"|tomorrow|tonight|today|later|next|until|till|once|after|before|when|within|by|end|early|late"
                        r"|mid|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty)|immediately"
                        r"|shortly|now|never|eventually|again)\b", re.IGNORECASE)


def says_when(span: str) -> bool:
    """Whether ``span`` says when, in figures or in words (``_SAYS_WHEN``: "on 20 March", "next spring",
    "once repairs are complete"), which "disproportionate", "Corvath aged 79" and "61 witnesses" do not."""
    return bool(_SAYS_WHEN.search(_COUNTED.sub("", _AGED.sub("", span))))


# An age, which says no time: "aged 79", "79-year-old"
_AGED = re.compile(r"\baged\s+\d+|\d+-year-old", re.IGNORECASE)
# A count of things, which says no time either: "61 witnesses" (not "30 days", "two weeks")
_COUNTED = re.compile(r"\b\d[\d,.]*\s+(?!(?:years|months|weeks|days|hours|minutes|decades|centuries|seasons|quarters"
                      r"|nights|terms|rounds|stages|times)\b)[^\W\d_]+s\b", re.IGNORECASE)


# "When had rates previously risen …?", "When did the club last win … before 2026?": a time before the story's
# (not "When did the club last win …?", which its own win may answer)
_EARLIER_ASKED = re.compile(r"^\W*when\s+(?:did|does|do|had|has|have|was|were)\b[^?]*\b(?:previously|before|prior\s+to"
                            r"|ever\s+before)\b", re.IGNORECASE)


def weekday_for_earlier(question: str, span: str) -> bool:
    """Whether ``question`` asks when something happened before the story ("When did Brisk Harbour last
    win the title before 2026?", "When had rates previously risen?") and ``span`` is a weekday alone
    ("Sunday"), which tells the story's own week."""
    return bool(_EARLIER_ASKED.search(question)) and bool(_WEEKDAY.fullmatch(span))


def clock_only(span: str) -> bool:
    """Whether ``span`` is a time of day alone ("08:02", "12.40am"; not "4.20", a sum in florins)."""
    return bool(_CLOCK.fullmatch(span))


def asks_time(question: str) -> bool:
    """Whether ``question`` asks when, or about a time, hour or minute."""
    return bool(_TIME_ASKED.search(question))


# "At what time …?", "What time did …?" (not "What time of year …?", "How much time …?"): a time of day
_CLOCK_ASKED = re.compile(r"^\W*(?:at\s+)?what\s+time\b(?!\s+of\s+(?:the\s+)?(?:year|month|season|week|life)\b"
                          r"|\s+(?:frame|period|limit|scale|zone|slot|span|lag)s?\b)"
                          r"(?![^?]*\b(?:run|ran|finish(?:ed)?\s+in|clock(?:ed)?|swim|swam|record(?:ed)?|set|post"
                          r"(?:ed)?"
                          r"|take|took|lasted|last(?=\W*$))\b)", re.IGNORECASE)
# A span that is a time taken, not a time of day: "10.85 seconds", "2:08:45", "3:50.37", "18 months"
_DURATION = re.compile(r"\d+:\d\d:\d\d|\d+:\d\d\.\d|\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
                       r"|years?)\b", re.IGNORECASE)
# A time of day in a sentence: "13:20", "08.30", "10.25am", "9pm", "21:00 GMT"
CLOCK_IN = re.compile(r"(?<![\w.:,])(?:\d{1,2}[:.]\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:GMT|BST|CET|UTC))?"
                       r"|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))(?![\w:]|[.,]\d)", re.IGNORECASE)


def clock_asked(question: str) -> bool:
    """Whether ``question`` asks for a time of day ("At what time did the river peak?"; not "What time
    frame …?", nor a time a race was run in: "What time did she run in the final?")."""
    return bool(_CLOCK_ASKED.match(" ".join(question.split())[:1000]))


def the_clock(sentence: str, start: int, end: int) -> tuple[int, int]:
    """For a question asking for a time of day, the time the span ``sentence[start:end]`` gives, else
    the one time of day the sentence gives ("peaked at 5.62 metres at [13:20], beating the record set in
    January 2011" for "At what time did it peak?"); the span as it is when it has none and the sentence
    gives none or several. A "2.5" or "4.20" with no "am" or "pm" counts as a time only with a colon."""
    def clocks(a: int, b: int) -> list[tuple[int, int]]:
        return [m.span() for m in CLOCK_IN.finditer(sentence, a, b)
                if ":" in m.group() or re.search(r"[ap]\.?m\b", m.group(), re.IGNORECASE)]
    if _DURATION.search(sentence, start, end):
        return start, end               # "She ran [10.85 seconds] in the final at 20:15": a time taken
    inside = clocks(start, end)
    if inside:
        return inside[0] if len(inside) == 1 and end - start > inside[0][1] - inside[0][0] + 12 else (start, end)
    found = clocks(0, len(sentence))
    return found[0] if len(found) == 1 else (start, end)


# The part of a month or year before it: "the end of [September]", "early [March]", "mid-[2026]", "late [2025]"
_PART_OF = re.compile(r"(?:\b(?:the\s+)?(?:end|start|beginning|middle|turn|close)\s+of\s+(?:the\s+)?"
                      r"|\b(?:early|late|mid)[\s-]+|\bmid-)$", re.IGNORECASE)
_MONTH_OR_YEAR = re.compile(rf"(?:{'|'.join(m.capitalize() for m in _MONTHS)})\b|(?:1[89]|20)\d\d\b")


def with_part(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span that is a month or a year grown to the part of it the sentence says before it: "the end of
    September" → "end of September", "early March", "mid-2026"; as it is otherwise."""
    if not _MONTH_OR_YEAR.match(sentence, start):
        return start, end
    m = _PART_OF.search(sentence, max(0, start - 30), start)
    if m is None:
        return start, end
    lead = re.match(r"the\s+", m.group(), re.IGNORECASE)
    return (m.start() + (lead.end() if lead else 0), end)


# "By when …?": a deadline, quoted with its "by" ("installed [by 2029]"; "By what year …?" names what it asks
# for, a year: "2012")
_BY_ASKED = re.compile(r"^\W*(?:(?:so|and|but)\s+)?by\s+when\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$", re.IGNORECASE)


def with_deadline(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "By when will it be installed?", the span ``sentence[start:end]`` with the "by" the sentence
    says before it ("has them installed by 2029" → "by 2029"): without it the date misstates a
    deadline as the day of the deed; as it is otherwise."""
    if not _BY_ASKED.match(question):
        return start, end
    by = _BY_BEFORE.search(sentence, max(0, start - 30), start)
    return (by.start(), end) if by else (start, end)


# "When does the strike end?" / "… start?": one end of "from [00:01 on Wednesday 4 March] to [23:59 on
# Thursday 5 March]"
_REOPENING = r"reopen|reopens|reopened|resume|resumes|resumed"      # a closure ends when it reopens
_END_ASKED = re.compile(r"\b(?:end|ends|ended|finish|finishes|finished|close|closes|closed|expire|expires|expired"
                        rf"|stop|stops|stopped|run\s+until|last\s+until|{_REOPENING})\b", re.IGNORECASE)
_START_ASKED = re.compile(r"\b(?:start|starts|started|begin|begins|began|open|opens|opened|commence|commences"
                          r"|commenced|kick\s+off|become|became|join|joined|take\s+over|took\s+over)\b",
                          re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>[^,;()]{3,50}?)\s+(?:to|until|till|through)\s+(?P<b>[^,;()]{3,50}?)"
                      r"(?=\s+(?:over|for|because|after|before|while|when|as|in\s+protest)\b|[,;.)]|$)", re.IGNORECASE)


def range_end(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "When does the strike end?" the second time of a "from … to …" the span ``sentence[start:end]``
    is part of, for "When does it start?" the first ("a 48-hour strike from [00:01 on Wednesday 4 March]
    to [23:59 on Thursday 5 March] over pay"); the span as it is otherwise (or when the question asks
    both, or neither)."""
    ends, starts = bool(_END_ASKED.search(question)), bool(_START_ASKED.search(question))
    if ends == starts or _STATE_ASKED.search(question):
        return start, end
    for m, b_end in _time_ranges(sentence):
        if ends and _CLOSED.search(sentence[max(0, m.start() - 30):m.start()]) and not _REOPEN.search(question):
            continue        # "closed from Monday …" starts then (a closing then, unless it is the reopening asked)
        if m.start("a") < end and start < b_end:
            a, b = (DATE_OR_CLOCK.search(m.group(x)) for x in ("a", "b"))
            return (m.start("b") + b.start(), b_end) if ends else (m.start("a") + a.start(), m.end("a"))
    return start, end


def _time_ranges(sentence: str):
    """Each "from … to …" of ``sentence`` with a date or a clock at both ends, and where its second
    end's time ends (``_time_end``); not "moved from 15:00 to 17:30", a change of time."""
    for m in _FROM_TO.finditer(sentence):
        if _MOVED.search(sentence[max(0, m.start() - 30):m.start()]):
            continue
        if DATE_OR_CLOCK.search(m.group("a")) and DATE_OR_CLOCK.search(m.group("b")):
            yield m, m.start("b") + _time_end(m.group("b"))


# What may join the words of one time ("06:00 on Sunday", "27 March 2026", "Friday 5 June": the day between)
_TIME_JOIN = re.compile(r"(?:\s+|\s*,\s*|\s+(?:on|of|the)\s+)+|\s+\d{1,2}(?:st|nd|rd|th)?\s+")
_DAY_AFTER = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b")


def _time_end(words: str) -> int:
    """Where the time opening ``words`` (a range's second end) ends: after its last word of a date or a
    clock joined to the one before ("06:00 on Sunday", not "… while a bridge is replaced"; "2001", not
    "2001 and was born in 1985")."""
    found = list(DATE_OR_CLOCK.finditer(words))
    end = found[0].end()
    for before, m in zip(found, found[1:]):
        if not _TIME_JOIN.fullmatch(words[before.end():m.start()]):
            break
        end = m.end()
    day = _DAY_AFTER.match(words, end)        # "March 27"
    return day.end() if day and not DATE_OR_CLOCK.match(words, day.start() + 1) else end


_REOPEN = re.compile(rf"\b(?:{_REOPENING})\b", re.IGNORECASE)
# "When will the underpass be closed?", "When will there be no trains?": a state over a period, not its
# start or end ("closed" alone may be an end: "When does the consultation close?")
_STATE_ASKED = re.compile(r"\b(?:be|is|are|was|were|remain|remains|stay|stays)\s+(?:closed|shut|open|suspended|off)\b"
                          r"|\bthere\s+(?:be|is|are|was|were|will\s+be)\s+no\b", re.IGNORECASE)


def whole_period(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "When …?" asking neither when something starts nor when it ends (``range_end``), or asking
    when a state holds ("When will the underpass be closed?"): the whole "from … to …" of times the
    span ``sentence[start:end]`` lies in ("from [20:00 on Saturday to 06:00 on Sunday]"); the span as it
    is otherwise (not "moved from 15:00 to 17:30", a change)."""
    if (_END_ASKED.search(question) or _START_ASKED.search(question)) and not _STATE_ASKED.search(question):
        return start, end
    for m, b_end in _time_ranges(sentence):
        if m.start("a") <= start and end <= b_end:
            return m.start("a"), b_end
    return start, end


# "At what times …?", "In which years …?": every one of the times a sentence lists ("at [11:00 and 15:30]")
_TIMES_ASKED = re.compile(r"\b(?:what|which)\s+(?:times|years|dates|days)\b", re.IGNORECASE)
_TIME_ITEM = r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|(?:1[89]|20)\d\d\b)"
_ONE_TIME = re.compile(_TIME_ITEM, re.IGNORECASE)
_MORE_TIMES = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:at\s+|in\s+)?{_TIME_ITEM}", re.IGNORECASE)


def every_time(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "At what times …?" ("In which years …?"), a span that is a time of day (a year) grown to the
    others the sentence lists after it ("at [11:00] and 15:30" → "11:00 and 15:30"); as it is otherwise."""
    if not _TIMES_ASKED.search(question) or not _ONE_TIME.fullmatch(sentence[start:end].strip(" .")):
        return start, end
    while (m := _MORE_TIMES.match(sentence, end)) is not None:
        end = m.end()
    return start, end


# What turns "from … to …" into a change of time, not a range: "moved", "brought forward", "postponed"
_MOVED = re.compile(r"\b(?:moved|changed|brought\s+forward|put\s+back|pushed\s+back|postponed|delayed|rescheduled"
                    r"|switched|shifted|cut|raised|rose|fell|increased|reduced|lowered|revised)\s*$", re.IGNORECASE)
_CLOSED = re.compile(r"\b(?:closed|shut|ended|stopped|suspended|halted)\s*$", re.IGNORECASE)


# What a range of times gives at each end: a weekday, a month, a year or a time of day
DATE_OR_CLOCK = re.compile(rf"\d{{1,2}}[:.]\d\d|\b\d{{1,2}}\s*[ap]\.?m\b"
                           rf"|\b(?:{'|'.join(m.capitalize() for m in _MONTHS)}"
                           r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:1[89]|20)\d\d\b")


def asked(question: str) -> list[DateMention]:
    """The years and months a question names (its full dates counted as their month); a bare year
    only with a word of time before it and no counted noun after it, nor a code making a name of it ("2021
    HX318")."""
    out = []
    for m in mentions(question):
        if not 1800 <= m.year <= 2199:
            continue
        if not m.month and not (_TIME_BEFORE.search(question[:m.start]) and not _COUNTED_AFTER.match(question[m.end:])):
            continue
        if not m.month and _CODE_AFTER.match(question, m.end):
            continue            # "the ring of 2021 HX318": a catalogue's name, no time
        out.append(m)
    return out


# "the first strike since 2011", "its lowest level since 1998": a year a sentence measures from, not one it tells of
# (after a first, a most or a change: "for the first time since 2011", "its highest level since 1953", "have
# shrunk by 14 per cent since 1990"; not "has been mayor since 2011", "run by Ida Brennan since May 2011": a
# state that began then)
_SINCE_YEAR = (r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:spring|summer|autumn|fall|winter|start|end"
               r"|beginning|middle)\s+of\s+)?"
               rf"(?:[{CAPITALS}][a-z]+\s+)?$")     # what comes before the year ("since the summer
# of 2008")
_SINCE = re.compile(r"\b(?:first|\w{3,}est|most|least|record|risen|rose|fallen|fell|grown|grew|shrunk|shrank"
                    r"|increased|decreased|dropped|doubled|halved|trebled|tripled|climbed|declined|changed)\b"
                    rf"[^.;:]{{0,60}}?{_SINCE_YEAR}")
_SINCE_ASKED = re.compile(_SINCE_YEAR, re.IGNORECASE)
_SINCE_WHEN = re.compile(r"\s*[,–—(-]?\s*when\b")      # "since 2017, when a firm was found to have evaded £3m"


_YEAR_NAMING = re.compile(r"\b((?:19|20)\d\d)\s+([a-z][a-z-]{2,})\b")
_NAMED_FOR_YEAR = re.compile(r"\b([a-z][a-z-]{2,})\s+for\s+((?:19|20)\d\d)\b")     # "the health budget for 2027"


def _names_the_thing(index: Index, doc: int, year: int, question: str) -> bool:
    """Whether ``question`` names a thing by ``year`` ("Who presented the 2027 budget?", "What is the health budget for
    2027?") that article ``documents[doc]``, written before that year, names too ("the 2027 budget", "Budget 2027", "the
    budget for 2027": the budget presented in October 2026; not a story of 2026 recalling "the vote on the 2025 budget a
    year earlier"), or names in a sentence with that year (``_YEAR_THING``)."""
    date = index.times(doc).date
    if date is None or date.year >= year:
        return False
    things = [m.group(2) for m in _YEAR_NAMING.finditer(question)
              if int(m.group(1)) == year and m.group(2).lower() not in STOPWORDS]
    things += [m.group(1) for m in _NAMED_FOR_YEAR.finditer(question)
               if int(m.group(2)) == year and m.group(1).lower() not in STOPWORDS]
    text = index.story_text(doc) if things else ""
    if any(re.search(rf"\b{year}\s+{re.escape(thing)}\b|\b{re.escape(thing)}\b(?:\s+[\w,.'’-]+){{0,6}}?\s+for\s+"
                     rf"{year}\b|\b{re.escape(thing)}\s+{year}\b", text, re.IGNORECASE)
           for thing in things):     # "the cod quota for 2026", "Budget 2027: …"
        return True
    for m in _YEAR_THING.finditer(question):    # (not "… report for 2009?": the word before "for" may be a verb)
        words = m.group(2).lower().split()
        words = words[:next((i for i, w in enumerate(words) if w in STOPWORDS), len(words))]
        if int(m.group(1)) != year or len(words) < 2:
            continue
        pairs = [rf"\b{re.escape(a)}\s+{re.escape(b)}\b" for a, b in zip(words, words[1:])]
        for sentence in re.finditer(rf"[^.!?\n]{{0,160}}\b{year}\b[^.!?\n]{{0,160}}", text):
            if any(re.search(pair, sentence.group(), re.IGNORECASE) for pair in pairs):
                return True     # ("6.1%" ends the sentence too, which is the safe side)
    return False


# A year naming a thing of several words: "the 2027 minimum wage rise" (two of its words as it writes them are enough,
# in one sentence with the year: "… raising the minimum wage to 104 aldons an hour from 1 January 2027"; not "the
# state pension will rise to a minimum of 900 aldons a month in 2027", nor "the general secretary … in 2027" for "the
# 2027 general election")
_YEAR_THING = re.compile(r"\b((?:19|20)\d\d)\s+((?:[a-z][a-z-]{2,}\s+){0,3}[a-z][a-z-]{2,})")


# An article's header: its lines before the first of more words than a headline's, four at most
_HEADER_LINE_WORDS, _HEADER_LINES = 12, 4


def _headed(index: Index, doc: int, year: int) -> bool:
    """Whether article ``documents[doc]``, written after ``year``, names it in its title or its header's
    lines: a year's review published the next January ("Annual Climate Statement 2025", dated 20 January
    2026), or, written the year after, says in its lede's first sentence it reports on that year ("… handled a
    record 1.84 million TEU last year", "… in 2025"); not a story recalling "the 2025 budget" in its text."""
    date = index.times(doc).date
    if date is None or date.year <= year:
        return False
    header_years, lede = _header(index, doc)
    if year in header_years:
        return True
    return date.year == year + 1 and (year in relative_years(lede, date.year)       # a story of the next year whose
                                      or bool(re.search(rf"\b(?:in|for|during)\s+{year}\b", lede)))   # lede
    # reports the year before: "The port handled a record 1.84 million TEU last year" (its figures are that year's)


def _header(index: Index, doc: int) -> tuple[frozenset[int], str]:
    """The years article ``doc``'s title and header lines name (not one a record is counted from, ``_SINCE``), and
    the first sentence of its first one or two long lines (its lede, and a standfirst's), worked out once and kept
    with the index."""
    known = index.derived.setdefault("header_years_and_lede", {})
    if doc not in known:
        lines = [line for line in index.story_text(doc)[:2000].split("\n") if line.strip()]
        short = next((i for i, line in enumerate(lines) if len(line.split()) > _HEADER_LINE_WORDS), len(lines))
        title = index.documents[doc]["title"]
        header = "\n".join([title, *lines[:min(short, _HEADER_LINES)]])
        long_lines = [line for line in lines if len(line.split()) > _HEADER_LINE_WORDS]
        opening = [line for line in long_lines if line.strip() != title.strip()][:2]
        lede = " ".join(re.split(rf"(?<=[.!?])\s+(?=[{CAPITALS}\"“])", line)[0] for line in opening)
        known[doc] = (frozenset(m.year for m in mentions(header) if not _SINCE.search(header[:m.start])), lede)
        # (not a year a record is counted from: "Unemployment falls to its lowest since 2008")
    return known[doc]


# How many days before its date a story tells of in passing ("on Sunday", "last night"): a day asked about in them
# is the story's own
_NEWS_DAYS = 7
_LAST_MONTH = re.compile(r"\blast\s+month\b", re.IGNORECASE)


def _days_before(date: DateMention, t: DateMention) -> int | None:
    """How many days ``t`` (a day) is before ``date`` (a day); None when either is no whole date."""
    if not (date.month and date.day and t.month and t.day):
        return None
    try:
        return (datetime.date(date.year, date.month, date.day) - datetime.date(t.year, t.month, t.day)).days
    except ValueError:
        return None


def _month_alone(month: int) -> re.Pattern[str]:
    """A month's name after a word of time, with no day nor year after it ("in December", "since early May"; not
    "December 2024", "December 12, 2023", nor "Theresa May")."""
    name = _MONTHS[month - 1].capitalize()
    return re.compile(rf"\b(?:in|on|since|from|until|by|during|of|last|for|to|through|between|and)\s+(?:(?:early|late"
                      rf"|mid-?)\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{name}\b(?!\s*,?\s*\d)")


def _ahead_to(month: int, context: str) -> bool:
    """Whether ``context`` names ``month`` with no year in a clause looking ahead to it ("The minimum wage will rise
    … from 1 January"; not "The council announced in January that fares would rise")."""
    for m in _month_alone(month).finditer(context):
        clause = re.split(r"[.;:!?]\s", context[:m.start()])[-1]
        if _AHEAD.search(clause):
            return True
    return False


def _month_before(date: DateMention) -> tuple[int, int]:
    """The (year, month) before ``date``'s month."""
    return (date.year - 1, 12) if date.month == 1 else (date.year, date.month - 1)


def covers(index: Index, doc: int, times: list[DateMention], context: str, question: str = "") -> bool:
    """Whether an answer from article ``documents[doc]``, quoted from ``context`` (its sentence and the ones beside
    it), covers every time in ``times``: the year is the article's own (its date's; for an undated article, within a
    year of the latest year it names or after it up to the corpus's period's last, or inside that period) or one the
    context names (an article from 2005 that mentions "the 2007 World Cup" in passing does not say who won it; nor
    one from 2025 telling of "the first strike since 2011" how many struck in 2011, unless it goes on "…, when" or
    ``question`` asks since when too), also as "last year" or "a year earlier" in a dated article
    (``dates.relative_years``), or a year naming a thing an article written before that year names ("the 2027
    budget"), or a year an article written after it names in its header (``_headed``: a year's review); and a month
    asked about is the article's date's month or one it names. A day in the week before the article's date is its
    own (news tells of "Sunday"), as is the month before it when the article says "last month", and the last month
    of a name, at or before the article's month, that the context gives with no year ("3.2 per cent in December" in
    a story of February 2026: December 2025), or the next month of a name after the article's month that the context
    looks ahead to with no year ("will rise to Mk 16.40 an hour from January" in a story of September 2025: January
    2026)."""
    a = index.times(doc)
    since_asked = {m.year for m in mentions(question) if _SINCE_ASKED.search(question[:m.start])}
    named = {m.year for m in mentions(context) if m.year in since_asked or not _SINCE.search(context[:m.start])
             or _SINCE_WHEN.match(context, m.end)} \
        | (relative_years(context, a.date.year) if a.date else set())
    era = a.era()
    for t in times:
        if a.date is not None and _days_before(a.date, t) in range(_NEWS_DAYS + 1):
            continue            # "on 31 May 2026" of a story filed on 1 June telling of Sunday's rescue
        if a.date is not None and t.month and not t.day and (t.year, t.month) == _month_before(a.date) \
                and _LAST_MONTH.search(index.story_text(doc)):
            continue            # "in January 2026" of a story of 9 February: "appointed last month"
        if a.date is not None and t.month and not t.day and a.date.month \
                and t.year == (a.date.year if t.month <= a.date.month else a.date.year - 1) \
                and _month_alone(t.month).search(context) and not any(m.month == t.month for m in mentions(context)):
            continue            # "in December 2025" of a story of 2 February 2026: "3.2 per cent in December"
        if a.date is not None and t.month and not t.day and a.date.month and t.month != a.date.month \
                and t.year == (a.date.year if t.month > a.date.month else a.date.year + 1) \
                and _ahead_to(t.month, context) and not any(m.month == t.month for m in mentions(context)):
            continue            # "from January 2026" of a story of September 2025: "will rise … from January"
        if a.date is not None:
            own = t.year == a.date.year
        else:               # an undated article may name only older years: the corpus's period counts, and so does
            lo, hi = _period_years(index)     # any year from the latest it names to the period's last (it was
            own = (era is not None and (abs(t.year - era) <= 1 or hi is not None and era <= t.year <= hi)) \
                or (lo is not None and lo <= t.year <= hi)     # written then or after: "the first cut since 2022")
        if not (own or t.year in named):
            if not (_headed(index, doc, t.year) or not t.month and _names_the_thing(index, doc, t.year, question)):
                return False
            if not t.month:
                continue
        if t.month and not ((t.year, t.month) in a.months or t.month in a.month_names
                            or (a.date is not None and a.date.month == t.month)):
            return False
    return True


# A question asking what was ("What were …?", "How many homes were flooded …?", "What was decided …?", "Who won
# the run-off on 4 October?"), not what was to come ("What was expected …?", "When will …?")
_PAST_ASKED = re.compile(r"^\W*(?:[\w'’-]+\s+){0,5}?(?:was|were|did|had|won|lost|beat|scored|finished|ended|happened"
                         r"|died|voted|decided)\b", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:expect|expects|expected|anticipated?|forecast|forecasts|predicted|planned|projected|due"
                      r"|scheduled|set\s+to|will|would"
                      r"|going\s+to|plans?|targets?|promised|pledged|budgeted|estimated|announced)\b", re.IGNORECASE)


# A decision taken for a year: "What quota did they agree for 2026?", "What cut had scientists advised for 2026?"
_SETTLED_FOR = re.compile(r"\b(?:agreed?|set|approved?|advised?|recommend(?:ed)?|allocated?|proposed?|decided?)\b"
                          r"[^?]*\bfor\s+(?:19|20)\d\d\b", re.IGNORECASE)


def before_it(index: Index, doc: int, times: list[DateMention], question: str, sentence: str = "") -> bool:
    """Whether article ``documents[doc]`` was published before every time ``question`` asks what
    happened in, and ``sentence`` (the one that would answer) looks ahead to it or does not name
    it: a story of October 2026 does not say what Norrveld's results for 2027 were ("Norrveld will
    publish its full-year results on 18 February 2027"), nor a story of March what a hearing in June
    decided; it may say what was settled for then ("The council set its budget for 2027 at £40m",
    "What was the budget for 2027?"; "What quota did they agree for 2026?" asks what was decided for
    it), and when it is due ("What was expected in 2027?" is no such question)."""
    filed = index.times(doc).date
    times = [t for t in times if not _YEAR_NAMING.match(question, t.start)]    # ("… frozen in the 2026 budget?":
    if filed is None or not times or not _PAST_ASKED.match(question) or _TO_COME.search(question) \
            or _SETTLED_FOR.search(question):       # a thing the year names, set before it; "What quota did they
        return False                                # agree for 2026?": a decision for the year, taken before it)
    if not all(t.year > filed.year or (t.year == filed.year and t.month and t.month > filed.month)
               or (t.year, t.month) == (filed.year, filed.month) and t.day and filed.day and t.day > filed.day + 1
               for t in times):       # (a day after the story's, of its month: "on 29 March" of a story of the 20th)
        return False
    named = {m.year for m in mentions(sentence)}
    return bool(_AHEAD.search(sentence) or _WOULD.search(sentence)) or not all(t.year in named for t in times)


_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)       # "said the cuts would be made by the end of 2027"

# A question for how something came out ("What was the result of the final vote?", "How did the council vote?",
# "What did the committee conclude?", "Who won the play-off?"), and a sentence that only announces it: it is
# to come ("faces its final vote on 24 March", "votes on 30 September on a proposal", "will rule in May", "while
# the committee investigates") and tells nothing as done (no "voted", "ruled", "won", no verb in the past)
_OUTCOME_ASKED = re.compile(r"^\W*(?:what\s+(?:was|were)\s+the\s+(?:result|outcome|verdict|decision)s?\b"
                            r"|(?:how|which\s+way)\s+did\s+[^?]*\bvote\b"
                            r"|what\s+did\s+[^?]*\b(?:decide|conclude|rule|find)\b"
                            r"|who\s+won\b)", re.IGNORECASE)
_ANNOUNCED = re.compile(r"\b(?:will|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+set\s+to|are\s+set\s+to"
                        r"|is\s+scheduled|are\s+scheduled|faces?|votes\s+on|meets\s+on|investigates|is\s+investigating"
                        r"|to\s+be\s+played|still\s+to\s+(?:come|be)|has\s+yet\s+to|have\s+yet\s+to)\b", re.IGNORECASE)
_CAME_OUT = re.compile(r"\b(?:voted|decided|concluded|ruled|found|won|beat|lost|approved|rejected|passed|backed"
                       r"|threw\s+out|upheld|overturned|dismissed|cleared|convicted|acquitted|drew|defeated)\b",
                       re.IGNORECASE)


def outcome_to_come(question: str, sentence: str) -> bool:
    """Whether ``question`` asks how something came out and ``sentence`` only announces it, still to come
    ("The budget bill faces its final vote in the Folkstal on 24 March." for "What was the result of the
    final vote on 24 March?"), telling no outcome."""
    return bool(_OUTCOME_ASKED.match(" ".join(question.split())[:1000]) and _ANNOUNCED.search(sentence)
                and not _CAME_OUT.search(sentence) and not _PAST_VERB.search(_TO_BE_DONE.sub("", sentence)))
    # (nothing told as done: not "The motion was carried by 40 votes to 12 and will now go to the Senate.")


_TO_BE_DONE = re.compile(r"\b(?:to\s+be|will\s+be|be|been|being)\s+[a-z]+ed\b", re.IGNORECASE)    # "still to be played"


def _period_years(index: Index) -> tuple[int | None, int | None]:
    """The shortest span of years that holds half of the articles' years (their dates, else the
    latest year each names; the later span on a tie), from a sample of at most ``PERIOD_SAMPLE``
    articles; (None, None) when nothing says. Undated stories also name years long past and plans
    for years to come, so a wide percentile range would hide where they cluster."""
    if "period" in index.derived:
        return index.derived["period"]
    years = sorted(e for e in (index.times(i).era() for i in range(min(len(index.documents), PERIOD_SAMPLE)))
                   if e is not None)
    span: tuple[int | None, int | None] = (None, None)
    if years:
        half = (len(years) + 1) // 2
        start = min(range(len(years) - half + 1), key=lambda i: (years[i + half - 1] - years[i], -i))
        span = (years[start], years[start + half - 1])
    index.derived["period"] = span
    return span


def period(index: Index) -> str:
    """The years the articles are from, e.g. "2004–2005" (``_period_years``); "" when nothing says."""
    lo, hi = _period_years(index)
    if lo is None:
        return ""
    return str(lo) if lo == hi else f"{lo}–{hi}"


def notice(times: list[DateMention], when: str) -> str:
    """What the user is told when the articles do not cover the time asked about."""
    named = ", ".join(dict.fromkeys(_spoken(t) for t in times))
    where = f"the articles are mostly from {when}" if when else "no article is dated then"
    return f"The question asks about {named}; {where}, and none that answers it covers {named}."


def outside(index: Index, times: list[DateMention]) -> str:
    """What the user is told when an answer is withheld for another reason and the question names
    a year outside the articles' period ("The question asks about 2009; the articles are mostly
    from 2004–2005."); "" when every year asked is inside it, or nothing dates the articles."""
    if not times:
        return ""                       # (the period is read from the articles only when needed)
    lo, hi = _period_years(index)
    beyond = [t for t in times if lo is not None and not lo <= t.year <= hi and t.year not in _dated_years(index)]
    if not beyond:                      # (an article dated then: the archive is not silent on it)
        return ""
    named = ", ".join(dict.fromkeys(_spoken(t) for t in beyond))
    return f"The question asks about {named}; the articles are mostly from {period(index)}."


def _dated_years(index: Index) -> frozenset[int]:
    """The years of the articles' dates (their metadata: nothing is read)."""
    if "dated_years" not in index.derived:
        dates = (full_dates(d.get("date", "")) for d in index.documents)
        index.derived["dated_years"] = frozenset(found[0].year for found in dates if found)
    return index.derived["dated_years"]


def _spoken(t: DateMention) -> str:
    import calendar

    return f"{calendar.month_name[t.month]} {t.year}" if t.month else str(t.year)


def all_past(index: Index, doc: int, span: str, sentence: str = "") -> bool:
    """Whether every date, month or year ``span`` (of ``sentence``) names is before the date of
    article ``documents[doc]``: it tells what was, not what is to come ("strikes on 12 May, 2 June
    and 27 June" in a story of 20 July 2023; "last year", "three weeks ago"). A day and month
    without a year is of the story's year, or of the next when the sentence looks ahead ("will
    reopen on 2 June"); a day of the week alone is gone by when a past verb of its clause tells it ("was
    sentenced on Wednesday"; ``_weekday_gone``). False when the span names no time, or the article has
    no date."""
    filed = index.times(doc).date
    if filed is None:
        return False
    ahead = bool(_AHEAD.search(sentence))
    named = dates_named(span, filed.year + 1 if ahead else filed.year)
    named += [DateMention(filed.year + 1 if ahead else filed.year, month)        # "in September"
              for m in _MONTH_ALONE.finditer(f"in {span}" if _MONTH_SPAN.fullmatch(span) else span)
              if (month := month_number(m.group(1)))
              and not any(t.start <= m.start(1) < t.end for t in named)]
    whole = (filed.year, filed.month, filed.day)
    to_come = [t for t in named if not ((t.year, t.month or 12, t.day or 31) < whole if t.month or t.day
                                        else t.year < filed.year)]
    return not to_come and bool(named or _AGO.search(span) or _weekday_gone(span, sentence, ahead))


# A day of the week alone, the story's own week ("Wednesday", "on Thursday morning", "last Friday"), and a verb
# in the past tense before it
_WEEKDAY = re.compile(rf"\W*(?:(?:on|last|this)\s+)?(?:{DAYS})(?:\s+(?:morning|afternoon|evening|night))?\W*",
                      re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|said|told|went|began|came|made|took|gave|won|lost|met|rose|fell|cut|set"
                        r"|(?!(?:hundr|kindr|sacr|nak|wick|wretch|rugg|proce|exce|succe|spe|bre|gre"
                        r"|inde)ed\b)[a-z]{3,}ed)\b")
# Where the clause holding a weekday begins: after a comma, a semicolon or a relative word ("Talks, which
# stalled in May, resume on [Tuesday]": "resume" is its verb, not "stalled")
_CLAUSE_START = re.compile(r"[,;:—–]|\b(?:which|who|that|after|when|while|because|since)\b")


def _weekday_gone(span: str, sentence: str, ahead: bool) -> bool:
    """Whether ``span`` is a day of the week a past verb of its clause in ``sentence`` tells of ("was
    sentenced … on [Wednesday]", "raised its rate … on [Thursday]"): the story's week, gone by; not in a
    sentence looking ahead ("will be banned from Friday"), nor after a past verb of another clause
    ("Talks, which stalled in May, resume on [Tuesday]")."""
    if ahead or not _WEEKDAY.fullmatch(span) or not sentence:
        return False
    at = sentence.find(span.strip())
    if at <= 0:
        return False
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, at)]
    return _PAST_VERB.search(sentence, starts[-1] if starts else 0, at) is not None


# A time named as gone by: "last year", "yesterday", "three weeks ago", "earlier this month" (not
# "the last week of August")
_AGO = re.compile(r"\b(?:(?<!the\s)last\s+(?:year|month|week|summer|winter|spring|autumn|season)|yesterday"
                  r"|\w+\s+(?:years?|months?|weeks?|days?)\s+ago|earlier\s+this\s+(?:year|month|week))\b",
                  re.IGNORECASE)
# A month named alone, after a word of time ("opened an inquiry in September"; not "May" the verb)
_MONTH_ALONE = re.compile(r"\b(?:in|since|from|until|till|by|during|last|early|late|mid-?|of)\s+"
                          rf"((?-i:[{CAPITALS}])[a-z]+)\b(?!\s+\d)", re.IGNORECASE)
_MONTH_SPAN = re.compile(rf"\s*[{CAPITALS}][a-z]+\.?\s*")       # a span that is a month alone: "September"
# A sentence looking ahead: "will reopen on 2 June", "is due on", "from next month"
_AHEAD = re.compile(r"\b(?:will|shall|due|expected|scheduled|planned|set\s+to|going\s+to|(?:is|are)\s+to)\b|['’]ll\b",
                    re.IGNORECASE)


# A part of a year a question or a text names: "the second quarter", "first and second quarters",
# "Q2", "the first half", "H1", "the three months to June", "the six months to December"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_PART = re.compile(rf"\b(?P<ns>{_ORDINAL}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+){_ORDINAL})*)[\s-]+"
                   r"(?P<unit>quarter|half)s?\b(?![\w-])", re.IGNORECASE)
_SHORT = re.compile(r"\b(?P<short>[QH])(?P<k>[1-4])\b(?![\w-])")           # capitals only: not "h1-b"
_MONTHS_TO = re.compile(r"\b(?P<len>three|six)\s+months\s+(?:to|ending|ended)\s+(?:\d{1,2}\s+)?"
                        r"(?P<m>march|june|september|december)\b", re.IGNORECASE)
_MONTH_RANGE = re.compile(r"\b(?P<a>january|april|july|october)\s*(?:to|-|–|until|through|and)\s*"
                          r"(?P<b>march|june|september|december)\b", re.IGNORECASE)
_ELIDED = re.compile(rf"\b(?:in|for|of)\s+the\s+({_ORDINAL})(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|while|with)\b)",
                     re.IGNORECASE)
_MONTH_PART = {"march": 1, "june": 2, "september": 3, "december": 4}
_YEAR_MONTHS = re.compile(r"\b(?P<end>first|last)\s+(?P<len>three|six)\s+months\s+of\s+(?:the|this|last)\s+year\b",
                          re.IGNORECASE)     # "the first three months of the year": Q1


def parts_named(text: str) -> set[tuple[str, int]]:
    """The parts of a year ``text`` names, as ("quarter" or "half", which): "the second quarter",
    "Q2" and "the three months to June" → ("quarter", 2); "first-half", "H1" and "the six months to
    June" → ("half", 1); "the first three months of the year" → ("quarter", 1); "the first and
    second quarters" → both; and an election's rounds: "the first round" → ("round", 1), "the
    run-off" → ("round", 2)."""
    out = set()
    for m in _PART.finditer(text):
        unit = m.group("unit").lower()
        out |= {(unit, _ORDINALS[n.lower()]) for n in re.findall(_ORDINAL, m.group("ns"), re.IGNORECASE)
                if unit == "quarter" or _ORDINALS[n.lower()] <= 2}
    for m in _SHORT.finditer(text):
        if m.group("short") == "Q" or int(m.group("k")) <= 2:
            out.add(("quarter" if m.group("short") == "Q" else "half", int(m.group("k"))))
    for m in _YEAR_MONTHS.finditer(text):
        last = m.group("end").lower() == "last"
        out.add(("quarter", 4 if last else 1) if m.group("len").lower() == "three" else ("half", 2 if last else 1))
    for m in _MONTH_RANGE.finditer(text):      # "October to December": the fourth quarter
        first, last = month_number(m.group("a")), month_number(m.group("b"))
        if last - first == 2 and first % 3 == 1:
            out.add(("quarter", first // 3 + 1))
        elif last - first == 5 and first in (1, 7):
            out.add(("half", first // 6 + 1))
    units = [(m.end(), m.group("unit").lower()) for m in _PART.finditer(text)]
    for m in _ELIDED.finditer(text):         # "… in the first quarter, 4.8bn in the second": the second quarter
        unit = next((u for end, u in reversed(units) if end <= m.start()), "")
        if unit and (unit == "quarter" or _ORDINALS[m.group(1).lower()] <= 2):
            out.add((unit, _ORDINALS[m.group(1).lower()]))
    for m in _MONTHS_TO.finditer(text):
        k = _MONTH_PART[m.group("m").lower()]
        if m.group("len").lower() == "three":
            out.add(("quarter", k))
        elif k in (2, 4):
            out.add(("half", k // 2))
    for m in _ROUND.finditer(text):         # an election's rounds: "the first round", "Sunday's run-off"
        out.add(("round", _ORDINALS[m.group("n").lower()] if m.group("n") else 2))
    return out


# An election's round: "the first round", "the second round", "the run-off" (the second)
_ROUND = re.compile(r"\b(?:(?P<n>first|second|third)\s+round|run-?offs?|second\s+ballot)\b(?![\w-])", re.IGNORECASE)


def another_part(asked: set[tuple[str, int]], sentence: str, headline: str = "") -> bool:
    """Whether ``sentence`` names a part of a year of the kind asked (a quarter, a half) other than
    the ones ``asked`` and none of those, or, naming none, its article's ``headline`` does: "Pre-tax
    profit was £9.4m, up from £7.2m in the third quarter of 2022" (or "Revenue reached £84.6m"
    under "Sales rise in first quarter") answers nothing about the second quarter."""
    units = {unit for unit, _ in asked}
    named = {p for p in parts_named(sentence) if p[0] in units}
    if not named:
        named = {p for p in parts_named(headline) if p[0] in units}
    return bool(named) and not named & asked
