"""Dates written in news text: a publication line ("Published 5 March 2024", "Updated: March 5,
2024 10:00 GMT"), a dateline ("WASHINGTON, March 5, 2024 —"), or a date alone on a line; and the
calendar dates, months and years a text mentions. Plain functions over strings; no guessing from a
file's modification time or from today's date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from qa.ingest.lexicon import CAPITALS, CURRENCY_SIGNS, common_word

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(MONTHS)} | {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
        r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# a day's name before a date, whole or cut short ("Sun", "Tues."; not a name beginning so: "Sundholm", "Frida")
_DAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?"
        r"|sun(?:day)?)\b\.?,?\s+")
_Y = r"(?P<y>1[89]\d\d|20\d\d|21\d\d)"
_SHORT_Y = r"['’](?P<y>\d\d)(?![\w'’])"        # a year of this century cut to its last two figures: "'26"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
# Full dates, each with named groups d (day), m (month name or number), y (year).
_FULL = [
    re.compile(rf"\b{_Y}-{_M}-{_D}(?![\d-])"),                                          # 2024-03-05
    re.compile(rf"\b{_Y}/{_M}/{_D}\b"),                                                 # 2024/03/05
    re.compile(rf"\b{_D}-(?P<m>{_MON})-{_Y}\b", re.IGNORECASE),                          # 05-Mar-2024
    re.compile(rf"\b(?:{_DAY})?{_D}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MON}),?\s+{_Y}\b",
               re.IGNORECASE),                                                          # 5 March 2024
    re.compile(rf"\b(?:{_DAY})?(?P<m>{_MON})\s+{_D}(?:st|nd|rd|th)?,?\s+{_Y}\b", re.IGNORECASE),  # March 5, 2024
    re.compile(rf"\b(?:{_DAY})?{_D}(?:st|nd|rd|th)?\s+(?P<m>{_MON}),?\s+{_SHORT_Y}", re.IGNORECASE),   # 5 March '24
    re.compile(rf"\b(?:{_DAY})?(?P<m>{_MON})\s+{_D}(?:st|nd|rd|th)?,?\s+{_SHORT_Y}", re.IGNORECASE),   # March 5 '24
    # the month in Roman numerals between dots, as Central Europe writes it: "22.III.2026" (not "chapter 3 I 2024")
    re.compile(rf"(?<![\w.]){_D}\.(?P<m>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.{_Y}\b"),
    # a header's "3 Mar 25" (an agency's, a page's: the month cut to three letters, the year to two), only where the
    # line ends, a time follows or a separator (not "on 3 Mar 25 people …")
    # (the month capitalised: not "12 may 25, officials said")
    re.compile(rf"\b(?:{_DAY})?{_D}\s+(?P<m>(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
               r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC))\.?\s+(?P<y>\d\d)"
               r"(?=[ \t]*(?:\n|$)|\s+\d{1,2}[:.]\d\d\b|\s*[|·•,)\]])", re.IGNORECASE),
]
# A date in figures, day and month either way round ("03/03/2026", "21/01/2026", "1/21/2026"): read only
# when the order cannot matter or only one order makes a date ("03/04/2026" is no date: which month?),
# or when written with dots, which only the day-first convention does ("03.04.2026": 3 April); its year may be
# cut to two figures when its day and month are written with two each ("Posted 17/09/25", "03.04.26"; not a
# version's "2.7.18" nor a score's "27/1/10")
_NUMERIC = re.compile(r"(?<![\d/.])(?:(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:1[89]|20|21)\d\d)"
                      r"|(?P<a2>\d\d)(?P<sep2>[/.])(?P<b2>\d\d)(?P=sep2)(?P<y2>\d\d))(?![\d/]|\.\d)")
_NUMBERED = re.compile(r"\b(?:version|v|section|clause|chapter|article|rule|paragraph)\.?\s*$", re.IGNORECASE)


def _numeric(m: re.Match) -> tuple[int, int, int, str]:
    """The figures of a ``_NUMERIC`` date: (first, second, year, separator), a year cut to two figures read as
    ``short_year`` does ("17/09/25": 2025)."""
    if m.group("y2"):
        return int(m.group("a2")), int(m.group("b2")), short_year(int(m.group("y2"))), m.group("sep2")
    return int(m.group("a")), int(m.group("b")), int(m.group("y")), m.group("sep")


def short_year(yy: int) -> int:
    """A year written with its last two figures: this century's up to '40 ("'26": 2026), the last one's after
    it ("'99": 1999)."""
    return yy + (2000 if yy <= 40 else 1900)


def _numeric_day_month(a: int, b: int, sep: str = "/") -> tuple[int, int] | None:
    """(day, month) of the figures ``a``/``b`` of a date written in figures with ``sep`` between, when only
    one reading is a date, both readings are the same date or the figures are dotted (the day first);
    else None."""
    if a == b or (a > 12 >= b) or (sep == "." and b <= 12):
        return a, b
    return (b, a) if b > 12 >= a else None


def dashed_date(year: int, first: int, second: int, opening: str = "") -> str:
    """The ISO date of a date in figures with dashes between ("22-07-2025", an agency's slug line's): the day
    and month where only one reading is a date, else the reading ``opening`` (the story's dateline: "BRISNA,
    12 June (VNA) -") names; else ""."""
    read = _numeric_day_month(first, second, "-")
    if read is None:
        named = next(iter(dates_named(opening, year)), None)
        read = next(((d, m) for d, m in ((first, second), (second, first))
                     if named is not None and (named.month, named.day) == (m, d)), None)
    return f"{year:04d}-{read[1]:02d}-{read[0]:02d}" if read and _valid(year, read[1], read[0]) else ""


_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MON})\s+(?:of\s+)?{_Y}\b", re.IGNORECASE)           # March 2024
# 2024, 1990s (not a sum: "₺2024")
_YEAR_ALONE = re.compile(rf"(?<![\w{CURRENCY_SIGNS}.,-])(1[89]\d\d|20\d\d|21\d\d)(?:s\b)?(?![\d%-]|\.\d|,\d)")
# The last word of a paper's name ("The Halvenmoor Courier")
_PAPER_NAMES = ("Herald|Gazette|Courier|Chronicle|Examiner|Tribune|Telegraph|Observer|Guardian|Times|Journal|Advertiser"
                "|Argus|Dispatch|Sentinel|Mercury|Enquirer|Inquirer|Gleaner|Ledger|Post|News|Mail|Express|Star|Mirror"
                "|Standard|Record|Echo|Tidings|Press|Independent|Recorder|Bulletin")
# A release's date labels: "Released: …", "Issued: …" (a press release's; also a film's in its fact box)
RELEASE_WORDS = "released|issued"
# A line of a page saying when it was published or last changed, as an old page closes its story with:
# "Last modified: 14/03/2025" (``MULTILINE``: each such line of a text)
CHANGED_LINE = re.compile(r"^[^\w\n]*(?:(?:first|last)\s+)?(?:published|updated|modified|posted)\b[^\n]*$",
                          re.IGNORECASE | re.MULTILINE)
_PUBLISHED = re.compile(r"^\W*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|broadcast|aired|filed"
                        rf"|recorded|started|{RELEASE_WORDS})"
                        r"|date(?:\s+of\s+(?:broadcast|issue|release|publication)|\s+(?:issued|released|published))?"
                        r"|embargoed(?:\s+until)?"
                        r"|sent(?=\s*:)"       # (an e-mail's, as Outlook heads it: "Sent: Friday, 2 October 2026")
                        r"|for\s+immediate\s+release)\b"
                        # (a press release's "For immediate release: 2 …", "EMBARGOED UNTIL 00:01 Tuesday 3 March
                        # 2026"; a transcript's "Date of broadcast: 14 January 2026")
                        # (a paper's: "Published in The Halvenmoor Courier, Tuesday 2 December 2025"; not a journal's)
                        rf"(?:(?<=published)\s+in\s+(?-i:(?:The\s+)?(?:[{CAPITALS}][\w'’-]*\s+){{0,3}}"
                        rf"(?:{_PAPER_NAMES}))\s*,)?"
                        r"\s*(?:on|at)?\s*[:\-–—]?\s*", re.IGNORECASE)
# A press release's place before its date, on a line of their own: "Halvenmoor, 16 September 2025", or a
# court's before a bar: "Karnova District Court | 27.06.2025" (not a paper's, nor "Born, 3 March 1950",
# "Christmas Day, …", "Easter Sunday, …", "Dear Sir, …")
_PLACE_BEFORE = re.compile(r"^(?!(?:The|Born|Died|Dear|Yours|Deadline|Kick-off|Opening|Closing|Released|Published"
                           rf"|Issued|Posted|Updated|Filed)\b)(?:[{CAPITALS}][\w'’.-]*"
                           rf"(?:\s+[{CAPITALS}][\w'’.-]*){{0,2}})(?<!Day)(?<!day)(?<!Night)"
                           r"(?<!Eve)(?:,|\s+\|)\s+(?=\S)")

# What may follow a publication date on its line: a time ("10:00 GMT", "10.00am", "T10:00:00Z", "06:00 local time",
# "09:00 Velstad time", "03:15 (updated 09:40)", "08:30 local time (06:30 UTC)").
_TIME = re.compile(r"(?:at\s+|T)?\d{1,2}[:.]\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?"
                   rf"(?:\s*(?:Z|[+-]\d\d:?\d\d|[{CAPITALS}]{{2,4}}|(?:local|(?-i:[{CAPITALS}][a-z]+))\s+time))?"
                   r"(?:\s*\(\d{1,2}[:.]\d\d\s*(?:UTC|GMT|Z)\))?"
                   r"(?:\s*[,|·]\s*updated.*|\s*\(\s*updated[^()]*\))?", re.IGNORECASE)
# "Published 3 January 2023, updated 5 February 2024", "… | Corrected 22 January 2026": the date the story was
# first published counts
_UPDATE_WORDS = r"updated|modified|amended|edited|corrected"
_UPDATED = re.compile(rf"[;(]?\s*(?:and\s+)?(?:last\s+)?(?:{_UPDATE_WORDS})\b\s*(?:on\s+)?:?\s*"
                      r"[\w ,:.+-]{0,40}\)?", re.IGNORECASE)
_UPDATE_LABEL = re.compile(rf"^\W*(?:last\s+)?(?:{_UPDATE_WORDS})\b\s*(?:on|at)?\s*:?\s*", re.IGNORECASE)
_FIRST_PUBLISHED = re.compile(rf"(?:[\d:.]+\s*(?:[ap]\.?m\.?)?\s*[{CAPITALS}]{{0,4}}\s*)?[;,(]?\s*"
                              r"(?:first|originally)\s+published\s*(?:on\s+)?:?\s*([\w ,:.+-]{6,40}?)\)?",
                              re.IGNORECASE)
_PUBLISHED_FIRST = re.compile(r"(?:first|originally)\s+published", re.IGNORECASE)
# Who posted a page, after its date: "Posted: 12.09.2025 [by Marta Lind]"
POSTED_BY = re.compile(rf"(?i:by)\s+(?P<name>[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,3}})")
# "By Jo Park | Published ...", "Posted by Jo Park on 3 May 2025", "By Jo Park  14 May 2025" (a copy's columns
# run together)
_BYLINE = re.compile(r"^(?:posted\s+)?by\s+[^|,·•]{1,60}?(?:\s*[|,·•]\s*|\s+on\s+|\s{2,}(?=\d))", re.IGNORECASE)
# An agency's name in capitals before a dateline's place: "BNS — PORT AVESSA, 14 January 2026" (a regex)
AGENCY_FIRST = rf"(?:[{CAPITALS}]{{2,8}}\s+[-–—]\s+)"
# (the agency may come first; the region or the country before the date, after it a comma or a release's dash:
# "FELDRUM, Norvaska, 18 November 2025 —", "PORTLAND, Maine, March 5, 2024 —", "KARNOVA, Galvoria – 2 September
# 2025 –")
_DATELINE = re.compile(rf"^{AGENCY_FIRST}?[{CAPITALS}][{CAPITALS} .'’-]{{1,40}}(?:\([^)]{{1,30}}\))?\s*[,:]?\s*"
                       rf"(?:[{CAPITALS}][a-z]+\.?(?:\s+[{CAPITALS}][a-z]+)?(?:,|\s+[–—-])\s*(?=\d"
                       rf"|[{CAPITALS}][a-z]+\s+\d))?")


@dataclass(frozen=True)
class DateMention:
    """A date, month or year a text names: ``year`` always; ``month`` and ``day`` 0 when not given."""

    year: int
    month: int = 0
    day: int = 0
    start: int = 0
    end: int = 0

    def iso(self) -> str:
        """"2024-03-05", "2024-03" or "2024"."""
        return "-".join([f"{self.year:04d}"] + ([f"{self.month:02d}"] if self.month else [])
                        + ([f"{self.day:02d}"] if self.day else []))


@dataclass(frozen=True)
class ArticleTimes:
    """When an article is from (its date, when it has one) and the times it names."""

    date: DateMention | None
    years: frozenset[int]                       # years it names
    months: frozenset[tuple[int, int]]          # (year, month)s it names
    month_names: frozenset[int]                 # months it names, with or without a year

    def era(self) -> int | None:
        """The year it is most likely from: its date's, else the latest year it names."""
        if self.date is not None:
            return self.date.year
        return max(self.years) if self.years else None


_MONTH_NAME = re.compile(r"\b(january|february|march|april|june|july|august|september|october|november|december"
                         r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?!\w)", re.IGNORECASE)


# "May" as a month: after a word that puts a time ("in May", "since May", "early May"), a day before it
# or after ("1 May", "May 5") or a year ("May 2025"); not the verb ("it may"), nor a sentence's "May", nor a
# name ("Theresa May")
_MAY = re.compile(r"(?:\b(?i:in|to|since|until|till|by|from|of|early|late|mid|last|next|this|through|between|during)\s+"
                  rf"May\b(?!['’]|\s+[{CAPITALS}][a-z])|\bMay\s+\d|(?<![\d.,])\b\d{{1,2}}(?:st|nd|rd|th)?\s+May\b"
                  rf"(?!['’]"
                  rf"|\s+[{CAPITALS}][a-z]))")      # (not "By May Holm", "of May Street", "4 May Street")


def month_numbers(text: str) -> set[int]:
    """The months ``text`` names (1-12), spelled out or abbreviated ("May" only where it must be a
    month: ``_MAY``)."""
    return {_month(m.group(1)) for m in _MONTH_NAME.finditer(text) if not m.group(1).islower() or len(m.group(1)) > 3} \
        | ({5} if _MAY.search(text) else set())


def month_number(text: str) -> int:
    """The month ``text`` names in full or abbreviated ("September", "Sept"), 0 for any other word."""
    return _MONTH_NUMBER.get(text.lower().rstrip("."), 0) if text[:1].isalpha() else 0


def _month(text: str) -> int:
    if text in _ROMAN_MONTHS:
        return _ROMAN_MONTHS[text]
    text = text.lower().rstrip(".")
    return int(text) if text.isdigit() else _MONTH_NUMBER.get(text, _MONTH_NUMBER.get(text[:3], 0))


_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split())}


def _valid(y: int, m: int, d: int) -> bool:
    import calendar

    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


# A day and month without a year: "12 May", "3rd of August", "Aug. 4" (not "May 12, 2024": a full date)
_DAY_MONTH = [re.compile(rf"\b{_D}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MON})(?!\w)", re.IGNORECASE),
              re.compile(rf"\b(?P<m>{_MON})\s+{_D}(?:st|nd|rd|th)?\b", re.IGNORECASE)]


def dates_named(text: str, year: int) -> list[DateMention]:
    """The dates, months and years ``text`` names (``mentions``), with a day and month given
    without a year ("12 May") taken to be of ``year``."""
    taken = bytearray(len(text))
    found = _collect(text, taken, full=False)
    for pattern in _DAY_MONTH:
        for m in pattern.finditer(text):
            mo, d = _month(m.group("m")), int(m.group("d"))
            if _valid(year, mo, d) and not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                found.append(DateMention(year, mo, d, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def full_dates(text: str) -> list[DateMention]:
    """Every full calendar date in ``text`` (day, month and year), in order, overlaps dropped."""
    return sorted(_collect(text, bytearray(len(text)), full=True), key=lambda f: f.start)


def mentions(text: str) -> list[DateMention]:
    """The dates, months and years ``text`` names ("5 March 2024", "March 2024", "2024", "the 1990s"),
    in order, each once (a full date is not also counted as its month or year)."""
    return sorted(_collect(text, bytearray(len(text)), full=False), key=lambda f: f.start)


def _collect(text: str, taken: bytearray, full: bool) -> list[DateMention]:
    """Full dates, then (unless ``full``) months with a year, then years, each where no earlier one
    is; ``taken`` marks the characters used (linear in the text, however many there are)."""
    found: list[DateMention] = []

    def claim(m: re.Match) -> bool:
        if any(taken[m.start():m.end()]):
            return False
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        return True

    for pattern in _FULL:
        for m in pattern.finditer(text):
            y, mo, d = int(m.group("y")), _month(m.group("m")), int(m.group("d"))
            y = short_year(y) if y < 100 else y     # ("9 June '26")
            if _valid(y, mo, d) and claim(m):
                found.append(DateMention(y, mo, d, m.start(), m.end()))
    for m in _NUMERIC.finditer(text):
        if _NUMBERED.search(text, max(0, m.start() - 12), m.start()):
            continue                    # "version 1.1.2020", "section 3.3.2020": a number, not a date
        a, b, y, sep = _numeric(m)
        day_month = _numeric_day_month(a, b, sep)
        if day_month and _valid(y, day_month[1], day_month[0]) and claim(m):
            found.append(DateMention(y, day_month[1], day_month[0], m.start(), m.end()))
    if full:
        return found
    for m in _MONTH_YEAR.finditer(text):
        if claim(m):
            found.append(DateMention(int(m.group("y")), _month(m.group("m")), 0, m.start(), m.end()))
    for m in _YEAR_ALONE.finditer(text):
        if claim(m):
            found.append(DateMention(int(m.group(1)), 0, 0, m.start(), m.end()))
    return found


def figures_at(text: str, year: int | str, first: int, second: int, separators: str = "/") -> re.Match | None:
    """Where ``text`` writes ``first``/``second``/``year`` in figures ("07/09/2025": 7, 9, 2025), with or without
    leading zeros, its two separators alike and one of ``separators``; None when it does not."""
    return re.search(rf"(?<![\d/.])0?{first}([{re.escape(separators)}])0?{second}(?:\1){year}(?![\d/])", text)


def order_settled(iso: str, markup: str, text: str, month_first: bool = False) -> str:
    """``iso``, a date another reader took from figures in ``markup`` that read both ways ("07/09/2025" read
    day first as 2025-09-07), or the other way round when the page writes dates month first (``month_first``: an
    American page) or its ``text`` names that other date in words and not this one ("the airline said on
    Wednesday, July 9": 2025-07-09)."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", iso[:10])
    if m is None:
        return iso
    y, mo, d = (int(g) for g in m.groups())
    if mo == d or mo > 12 or d > 12 or not _valid(y, d, mo):
        return iso
    if not figures_at(markup, y, d, mo):
        return iso          # (not read from figures written day first)
    named = {(n.month, n.day) for n in dates_named(text, y)}
    if (mo, d) in named or iso[:10] in markup:      # the date in words or in ISO form: as read
        return iso
    return f"{y:04d}-{d:02d}-{mo:02d}" if month_first or (d, mo) in named else iso


# Years named relative to another: to the article's date ("last year" in a story of 2024: 2023), or,
# for "a year earlier" and its like, to the one year the text names ("In 2022 … a year earlier": 2021).
_FROM_DATE = {"last year": -1, "this year": 0, "next year": 1, "a year ago": -1, "two years ago": -2}
_FROM_NAMED = {"a year earlier": -1, "a year before": -1, "the year before": -1, "the previous year": -1,
               "the prior year": -1, "a year later": 1, "the following year": 1, "two years earlier": -2}
RELATIVE_YEAR = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in sorted(
    {**_FROM_DATE, **_FROM_NAMED}, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def relative_year(phrase: str, dated: int, text: str) -> int | None:
    """The year ``phrase`` (a ``RELATIVE_YEAR`` match in ``text``) means in an article from year
    ``dated``; None for "a year earlier" in a text naming several years (earlier than which?)."""
    key = " ".join(phrase.lower().split())
    if key in _FROM_DATE:
        return dated + _FROM_DATE[key]
    named = {m.year for m in mentions(text)}
    if len(named) > 1:
        return None
    return (named.pop() if named else dated) + _FROM_NAMED[key]


def relative_years(text: str, dated: int) -> set[int]:
    """The years ``text`` names relative to its article's year ``dated`` (``relative_year``)."""
    found = {relative_year(m.group(0), dated, text) for m in RELATIVE_YEAR.finditer(text)}
    return {y for y in found if y is not None}


_NAMED_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")


def named_date(name: str) -> str:
    """The ISO date a file's name gives ("2025-03-11_harbour-fraud.txt"), else "": what an article
    is dated when its text says no date (never the file's modification time)."""
    m = _NAMED_DATE.search(name)
    if m is None or not _valid(int(m["y"]), int(m["m"]), int(m["d"])):
        return ""
    return m.group()


# A remark in brackets closing a date line: "Published 03/03/2026 (the Post writes dates day/month/year)",
# "(dd/mm/yyyy)"
_REMARK = re.compile(r"\s*\([^()\d]{0,40}\b(?:dates?|day/month|month/day|dd/mm(?:/yy(?:yy)?)?|mm/dd(?:/yy(?:yy)?)?"
                     r"|local\s+time|time\s+zone|GMT|BST|UTC|updated|corrected|amended)\b[^()]{0,40}\)\s*$",
                     re.IGNORECASE)    # not "(ballot opens)"; "(dates on this page are day/month/year: 08/05/2026)"
# What such a remark says of the order of a date in figures: the day first, or the month
_DAY_FIRST = re.compile(r"\b(?:day/month|dd/mm)\b", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"\b(?:month/day|mm/dd)\b", re.IGNORECASE)


def _in_stated_order(text: str, remark: str) -> list[DateMention]:
    """The dates in figures of ``text`` read in the order ``remark`` states ("03/06/2026" with "(the
    Post gives dates day/month/year)": 3 June 2026), when it states one; else none."""
    day_first, month_first = bool(_DAY_FIRST.search(remark)), bool(_MONTH_FIRST.search(remark))
    if day_first == month_first:
        return []
    found = []
    for m in _NUMERIC.finditer(text):
        a, b, y, _ = _numeric(m)
        day, month = (a, b) if day_first else (b, a)
        if _valid(y, month, day):
            found.append(DateMention(y, month, day, m.start(), m.end()))
    return found


def stated_dates(text: str) -> list[DateMention]:
    """The full dates of ``text`` (``full_dates``) and, on a line closing with a remark that states
    the order of dates in figures ("Date: 03/06/2026 (the Post gives dates day/month/year)"), its
    dates in figures read so, in order."""
    found, at = full_dates(text), 0
    for line in text.split("\n"):
        remark = _REMARK.search(line)
        if remark:
            found += [replace(d, start=d.start + at, end=d.end + at)
                      for d in _in_stated_order(line[:remark.start()], remark.group())
                      if not any(f.start == d.start + at for f in found)]
        at += len(line) + 1
    return sorted(found, key=lambda d: d.start)


# The section a post was filed in, after its byline's date: "… on 21/06/2025 in Local"
_FILED_IN = re.compile(rf"(?<=\d)\s+in\s+[{CAPITALS}][\w&'’-]*(?:\s+[{CAPITALS}&][\w&'’-]*){{0,2}}\s*$")


# A table's row of a page's fields, as a Markdown table or a page's table read as text gives it: "| Author | Runa
# Ostby |", "| Published | 2 March 2026 |"
_TABLE_FIELD = re.compile(r"\s*\|\s*(?P<key>(?i:authors?|writer|by|byline|reporter|contributor|published|date"
                          r"|posted|updated|last\s+updated))\s*\|\s*(?P<value>[^|\n]*?[^|\s])\s*\|?\s*")


def table_field(line: str) -> str:
    """A table's row of a writer's or a date's field as a labelled line ("| Author | Runa Ostby |" → "Author: Runa
    Ostby"), else ""."""
    m = _TABLE_FIELD.fullmatch(line) if "|" in line else None
    return f"{m.group('key')}: {m.group('value')}" if m else ""


def publication_line(line: str) -> str:
    """The ISO date of a line that only says when the article was published ("Published 5 March
    2024", "Updated: 2024-03-05 10:00", "Tuesday 5 March 2024 10.00 GMT", "By Jo Park | Published
    12 February 2024"), else ""."""
    line = table_field(line) or line        # "| Published | 2 March 2026 |"
    stripped = line.strip().strip("*_").strip()        # "*Published 5 March 2024*" (Markdown emphasis)
    stripped = stripped.replace("**", "") if "**" in stripped else stripped     # ("Published on **The Commons** · …")
    if not stripped or len(stripped.split()) > 20:
        return ""
    site = _ON_SITE.match(stripped)         # "Published on The Pelgrave Commons · 15 April 2026"
    writer = _credited_writer(line)         # "**Lina Sattar (she/her)** · 22.III.2026"
    stripped = PRONOUNS.sub("", stripped)
    rest = _PUBLISHED.sub("", _BYLINE.sub("", stripped, count=1), count=1)
    rest = _FILED_IN.sub("", rest) if rest != stripped else rest     # "Posted by X on 21/06/2025 in Local"
    remark = _REMARK.search(rest)       # "(the Post writes dates day/month/year)" after the date
    rest = rest[:remark.start()] if remark else rest
    dates = full_dates(rest) or (_in_stated_order(rest, remark.group()) if remark else [])
    if not dates:
        return ""
    leftover = (rest[:dates[0].start] + rest[dates[0].end:]).strip(" ,.-–—|·/")     # ("Oct. 2, 2025 / 17:48")
    first = _FIRST_PUBLISHED.fullmatch(" ".join(leftover.split())) if _PUBLISHED_FIRST.search(leftover) else None
    if first and full_dates(first.group(1)):         # "Updated 5 February 2024, first published 3 January 2023"
        return full_dates(first.group(1))[0].iso()
    # What may remain: a time ("10:00 GMT", "10.00am BST"), when it was updated ("updated 5 February
    # 2024", "| Updated 11:15") or, after the date, who posted it ("Posted: 12.09.2025 by Marta Lind");
    # "by <name>" alone is not a date line.
    def said(part: str) -> bool:
        return not part or bool(_TIME.fullmatch(part)) or bool(_WEEKDAY_AFTER.fullmatch(part)) \
            or bool(_UPDATED.fullmatch(part) and (full_dates(part)
                                                  or _TIME.fullmatch(_UPDATE_LABEL.sub("", part, count=1)))) \
            or bool(rest[dates[0].end:].strip(" ,.-–—|·") == part and POSTED_BY.fullmatch(part)) \
            or bool(_LENGTH.fullmatch(part)) or bool(_VIA.fullmatch(part))

    def piece_said(piece: str, first: bool) -> bool:
        named = site is not None and bool(_SITE_NAME.fullmatch(piece)) \
            or bool(writer) and piece == writer
        return said(piece) or bool(_FIELD.fullmatch(piece)) or first and named \
            or not first and bool(POSTED_BY.fullmatch(piece) or _SECTION_WORDS.fullmatch(piece))   # "Posted on 14
        # June 2025 by Aisha Varley | Community | 12 comments": who posted it, and its section's name

    def part_said(part: str, first: bool) -> bool:          # "14:02 GMT, 19 June 2025 | Updated 9.30am", "… | Category:
        part = part.strip(" ,.-–—|·/")                      # Education | Story ID: 20250205-0318"
        pieces = re.split(r"\s+[|·•—–]\s+", part)     # ("… 07:45 — updated 11:20")
        return said(part) or all(piece_said(piece.strip(" ,.-–—|·/"), first) for piece in pieces)

    if not said(leftover) and not (part_said(rest[:dates[0].start], True) and part_said(rest[dates[0].end:], False)):
        return ""
    return dates[0].iso()


# The wire a release went out on, after its date: "Released: 23/04/2026 17:45 via GNA Business Wire"
_VIA = re.compile(rf"(?:\d{{1,2}}[:.]\d\d\s+)?via\s+(?:[{CAPITALS}][\w&'’.-]*\s*){{1,5}}")
# A section's name after a date line's date, one or two words capitalised: "| Community", "| Arts & Culture"
_SECTION_WORDS = re.compile(rf"[{CAPITALS}][a-z'’-]+(?:\s+(?:&\s+)?[{CAPITALS}][a-z'’-]+)?")
# A page's labelled field beside its date: "Feb 05 2025 6:42PM | Category: Education | Story ID: 20250205-0318",
# "… · Tags: housing, rents"
_FIELD = re.compile(r"(?:categor(?:y|ies)|section|story\s+id|id|tags?|topics?|filed\s+under|keywords?|ref(?:erence)?)"
                    r"\s*:\s*\S.*", re.IGNORECASE)
# A writer's name alone before the date, as a post's credit line gives it: "**Lina Sattar (she/her)** · 22.III.2026"
# (two or three capitalised words, then a middle dot or a bar; read in bold or with pronouns only: "Bridge Shut Again ·
# 14 March 2026" is a headline); and the writer's pronouns after the name: "(she/her)"
_WRITER_FIRST = re.compile(rf"([{CAPITALS}][^\W\d_]+(?:\s+[{CAPITALS}][^\W\d_'’-]*[^\W\d_]){{1,2}})\s+[|·•]\s+(?=\d)")
PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze|xe)/(?:her|hers|him|his|they|them|theirs|zir|xem)"
                      r"(?:/(?:hers|his|theirs|them))?\)", re.IGNORECASE)


def _credited_writer(line: str) -> str:
    """The writer a post's credit line names before its date, in bold or with pronouns ("**Lina Sattar (she/her)** ·
    22.III.2026" → "Lina Sattar": ``_WRITER_FIRST``), a name not made of common words alone ("**Met Office
    Update** · 3 March 2026" names no one); else ""."""
    if "**" not in line and not PRONOUNS.search(line):
        return ""
    m = _WRITER_FIRST.match(PRONOUNS.sub("", line.strip().strip("*_").replace("**", "")))
    words = m.group(1).split() if m else []
    if not words or all(common_word(w.lower()) for w in words) or any(len(w) > 1 and w.isupper() for w in words):
        return ""               # (nor a desk's name with its code: "**NBS Weather** | 8 July 2026")
    return m.group(1)


def writer_before_date(line: str) -> str:
    """The writer a post's credit line names before its date (``_credited_writer``) when the line is a publication
    line (its date and nothing else but that name), else ""."""
    return _credited_writer(line) if publication_line(line) else ""


# A site a post says it was published on, before its date: "Published on The Pelgrave Commons · 15 April 2026"
_ON_SITE = re.compile(r"\W*published\s+on\s+(?=[^\W\d])", re.IGNORECASE)
_SITE_NAME = re.compile(rf"(?:[{CAPITALS}][\w'’.-]*)(?:\s+(?:of|the|and|&|[{CAPITALS}][\w'’.-]*)){{0,5}}")


# How long a recording runs or a story takes to read, after its date: "Recorded 12 November 2025 | 14 min 32 s",
# "Published 3 March 2026 · 6 min read", "Duration: 1h 02m"
_LENGTH = re.compile(r"(?:duration\s*:?\s*)?\(?\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)"
                     r"(?:\s*\d+\s*(?:m|mins?|minutes?|s|secs?|seconds?))?\)?(?:\s+read)?", re.IGNORECASE)
# The weekday a news database writes after the date: "June 17, 2025 Tuesday"
_WEEKDAY_AFTER = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def placed_date(line: str) -> str:
    """The ISO date of a line giving a place and a date alone, as a press release opens ("Halvenmoor,
    16 September 2025"; ``_PLACE_BEFORE``), else "". It dates a text, but is text itself (unlike a
    publication line, a line a story's text may begin with: "KESSFIELD, 17 January 2026")."""
    stripped = line.strip()
    placed = _PLACE_BEFORE.match(stripped)
    rest = stripped[placed.end():] if placed else ""
    dates = full_dates(rest)
    return publication_line(rest) if dates and dates[0].start == 0 else ""


def updated_line(line: str) -> str:
    """The ISO date a publication line says the story was updated on ("Published 15 January 2024,
    updated 17 January 2024": "2024-01-17"; "Updated: 5 March 2024"), else ""."""
    if not publication_line(line) or not re.search(rf"\b(?:{_UPDATE_WORDS})\b", line, re.IGNORECASE):
        return ""
    return max(d.iso() for d in full_dates(line))


# A wire dateline opening a paragraph with its date or its agency: "TOLBY, 11 March (Wirepress) – ",
# "LONDON (Reuters) - ", "PORT ELLIS, May 14, 2024 — ", the agency first: "NPA — OSKELUND, 14 January 2026
# (NPA) — " (not "NATO - ": a name alone)
_FILED_AT = re.compile(rf"^{AGENCY_FIRST}?[{CAPITALS}][{CAPITALS} .'’-]{{1,40}}?"
                       r"(?:,\s*(?P<date>[^()\n–—-]{3,30}?)\s*(?:\((?P<a>[^()\n]{1,40})\))?"
                       r"|\s*\((?P<agency>[^()\n]{1,40})\))\s*[-–—:]\s")


def filed_at_end(line: str) -> int:
    """Where the wire dateline opening ``line`` ends ("TOLBY, 11 March (Wirepress) – |A fire …"), 0
    for none: the place and date a story was filed from, no part of what it says."""
    m = _FILED_AT.match(line)
    if m is None or (m["date"] is not None and not (re.search(rf"\b{_MON}\b", m["date"], re.IGNORECASE)
                                                     and re.search(r"\d", m["date"]))):
        return 0                # "JOHN SMITH, 34, of High Street, Tennby: fined …" is a court list's line
    agency = m["agency"] or m["a"] or ""
    place = re.sub(rf"[^{CAPITALS}]", "", line[:m.start("agency") if m["agency"] else m.start("date")])
    if agency and "".join(w[0] for w in agency.split() if w[:1].isupper()) == place:
        return 0                # "NATO (North Atlantic Treaty Organization) - …" spells out a name
    return m.end()


# A paper's dateline of its place alone, in capitals, before a spaced dash: "BREMALY — Ondra Metals, …"
_PLACED_AT = re.compile(rf"^[{CAPITALS}][{CAPITALS}'’.-]{{2,}}"
                        rf"(?:\s[{CAPITALS}][{CAPITALS}'’.-]+){{0,2}}\s+[-–—]\s+(?=[\"“‘'A-Z0-9])")


def filed_end(line: str) -> int:
    """Where the dateline opening ``line`` ends: a wire dateline's (``filed_at_end``) or a paper's place
    alone ("BREMALY — |Ondra Metals, …"); 0 for none."""
    placed = _PLACED_AT.match(line)
    return filed_at_end(line) or (placed.end() if placed else 0)


def dateline(line: str) -> str:
    """The ISO date of a dateline opening a paragraph ("WASHINGTON, March 5, 2024 — The ..."), else ""."""
    return _dateline(line)[0]


def dateline_end(line: str) -> int:
    """Where the date of a dateline opening ``line`` ends ("WASHINGTON, March 5, 2024| — …"), 0 for none."""
    return _dateline(line)[1]


def _dateline(line: str) -> tuple[str, int]:
    m = _DATELINE.match(line) or _PLACE_DATELINE.match(line)
    skip = m.end() if m else 0
    dates = full_dates(line[skip:skip + 40])
    if dates and dates[0].start <= 2 and (m or dates[0].start == 0):
        after = line[skip + dates[0].end:skip + dates[0].end + 4]
        if re.match(r"\s*(?:[-–—:(]|\(|$)", after) and (_DATELINE.match(line) or _STORY_AFTER.match(
                line, skip + dates[0].end)):
            return dates[0].iso(), skip + dates[0].end
    return "", 0


# A press release's place in capitals and small letters before the date: "Castrelle, 16 March 2026 – Brightwater
# Rail today announced …" (the story goes on after the dash, not another date: "Ana Ruud, 3 March 1941 – 12 …")
_PLACE_DATELINE = re.compile(_PLACE_BEFORE.pattern + r"(?=\d)")
# (as a release tells it, now: not a feature's "The water rose through the night")
_STORY_AFTER = re.compile(rf"\s*[-–—]\s+(?-i:[{CAPITALS}])[a-z]+\s(?:\S+\s+){{0,24}}?"
                          r"(?:today|announced|announces|said|says|has|have|will|is|are)\b", re.IGNORECASE)
