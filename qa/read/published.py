""""When was the story about the ferry strike published?": the date of the article that answers
the question's subject, quoted from its publication line or dateline ("Published 21 November
2024", "PORT ELLIS, May 14, 2024 — …") or the sign-off closing it ("Vennholm Gazette, 24 February
2026") with offsets like any answer; "What time was it last
updated?": the time its "Updated" line gives. Only the article's own text
is quoted: a date known from a page's metadata or the file's name alone is named in a notice, not
as an answer."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.index.loaded import Index
from qa.ingest.dates import (
    CHANGED_LINE,
    dateline_end,
    figures_at,
    filed_end,
    full_dates,
    named_date,
    placed_date,
    stated_dates,
)
from qa.ingest.lexicon import CAPITALS, CURRENCY_SIGNS
from qa.ingest.text import CREDIT_BAR, MASTHEAD_WORDS, closing_credit, masthead_date, publication_date, story_start
from qa.read.byline import ARTICLE, NAMED, NAMED_REPORT, named_report, quoted_from_header, quoted_line, titled_document
from qa.records import Answer

_WHEN_PUBLISHED = re.compile(
    rf"^\W*(?:when|(?:on\s+|at\s+)?(?:what|which)\s+(?:date|day|(?P<time>time)))\s+"
    rf"(?:was|were|did)\s+{ARTICLE}[^?]*?\b"
    rf"(?:published|posted|written|filed|run|released|issued|dated|come\s+out|appear"
    r"|sent|e-?mailed"
    r"|broadcast|aired|air|recorded|filmed"          # (an interview's, a podcast's: "Recorded 12 November 2025")
    r"|go\s+online|put\s+online|(?P<updated>(?:last\s+)?(?:updated|amended|modified)))\b[\s?.!]*$",
    re.IGNORECASE)
# "What date appears on the Chronicle's story about …?", "What date does the flood report carry?": the date
# printed on the article
_DATE_ON = re.compile(rf"^\W*(?:what|which)\s+date\s+(?:(?:appears|is\s+(?:printed|shown)|was\s+(?:printed|shown))\s+"
                      rf"(?:on|in|at\s+the\s+top\s+of)\s+{ARTICLE}|does\s+{ARTICLE}[^?]*?\b(?:carry|bear)\b)"
                      r"(?:\s+(?:about|on|of)\s+[^?]*)?[\s?.!]*$", re.IGNORECASE)     # (not "… give for the vote?")
# "When did the Herald publish its report on …?", "On what date did the Post run the story …?": a paper's
# own report is its article (not the Treasury's)
_WHEN_PUBLISHED_BY = re.compile(
    r"^\W*(?:when|on\s+what\s+(?:date|day))\s+did\s+(?:the\s+)?(?!(?i:royal\s+mail|post\s+office)\b)"
    rf"(?:(?-i:[{CAPITALS}][\w'’-]*|&)\s+){{0,4}}"          # ("Harrowside & District News")
    rf"(?:{'|'.join(sorted(MASTHEAD_WORDS))})"
    r"\s+(?:publish|run|post|print|put\s+out|release)\s+(?:its|their|the|a|an|this)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:report|story|article|piece|obituary|review|interview|column|coverage|analysis"
    r"|round[\s-]?up|timeline|alert)\b", re.IGNORECASE)
# "When was the Lindhaven Herald report on … published?", "When was the Herald's first flood report
# published?": the report of a publisher the articles name (``byline.named_report``)
_WHEN_NAMED = re.compile(r"^\W*(?i:when|on\s+what\s+(?:date|day))\s+(?i:was|were)\s+" + NAMED_REPORT
                         + r"[^?]*?\b(?i:published|posted|filed|run|released|printed|come\s+out|appear|go\s+online"
                           r"|put\s+online|(?P<updated>(?:last\s+)?(?:updated|amended|modified)))\b[\s?.!]*$")
# "When did TNB report on the pilots' strike?", "When did the Lindhaven Herald cover the flood?": when a
# publisher the articles name published its story (``byline.named_report``; not the police's report)
_WHEN_REPORTED_BY = re.compile(r"^\W*(?i:when|on\s+what\s+(?:date|day)|(?:at\s+)?what\s+(?P<time>time))\s+(?i:did)\s+"
                               + NAMED
                               + r"\s+(?i:first\s+)?(?i:report|cover|write\s+about|publish|post|run|break)\b")
# "When was the deep-water berth announced in the Harbour Post?", "When was the strike reported by TNB?": when a
# publisher the articles name ran its story (not "… reported to the police")
_WHEN_IN_NAMED = re.compile(r"^\W*(?i:when|on\s+what\s+(?:date|day))\s+(?i:was|were)\s+[^?]{3,200}?\s+"
                            r"(?i:reported|announced|covered|published|revealed)\s+(?i:in|by)\s+" + NAMED
                            + r"[\s?.!]*$")
# What a header line says after "Updated" ("Updated 18:40, 2 October 2025", "Last updated: 16:05"), and a
# time of day as headers write it ("14:02 GMT", "9.30am", "7pm")
_UPDATED = re.compile(r"(?:^|(?<=[|·•.,;–—-])\s*|(?<=\n))(?:last\s+)?(?:updated|amended|modified)\b\s*(?:at|on)?[:\s]*",
                      re.IGNORECASE | re.MULTILINE)
_CLOCK = re.compile(rf"(?<![{CURRENCY_SIGNS}\d.,])\b\d{{1,2}}(?:[:.]\d\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
                    rf"(?:\s+(?-i:[{CAPITALS}]{{2,4}})\b)?(?![\w.:]\d)(?!\s*%)", re.IGNORECASE)  # not "£3.20", "4.75%"
# How far from its date a header line gives its time ("Published 14:02 GMT, 19 June 2025"; not the time
# the lede under a dateline tells: "KELDER, 4 March 2026 - Firefighters were called at 2.15am")
_CLOCK_NEAR = 25
# A line that says what it updated: no prose ("… the council, updated at 9am on Monday, said …")
_NOTE_WORDS = 20
# A sentence noting an update ("This article was updated at 18:02 to include …")
_UPDATE_NOTE = re.compile(r"\b(?:updated|amended|corrected|modified)\b", re.IGNORECASE)


def asks_date(question: str) -> bool:
    """Whether ``question`` asks when an article was published ("When was the story about … published?",
    "On what date did the article on … appear?", "What time was the flood story last updated?", "When
    did the Herald publish its report on …?", "What date appears on the Chronicle's flood story?"); not when a
    book or a report the articles tell of was."""
    asked = " ".join(question.split())[:1000]
    return bool(_WHEN_PUBLISHED.match(asked) or _WHEN_PUBLISHED_BY.match(asked) or _DATE_ON.match(asked))


# "When was the report on the quarry explosion published?", "… the audit report on …": the article's date
# (the article may be the report), unless the sentence read for it tells of a report of its own ("The
# inspectors' report on the explosion, published on Friday, …")
_WHEN_REPORT = re.compile(r"^\W*(?:when|on\s+what\s+(?:date|day))\s+was\s+the\s+(?:[\w-]+\s+){0,2}?report\s+"
                          r"(?:on|about)\s+[^?]{3,200}?\s+(?:published|released|posted|filed)[\s?.!]*$", re.IGNORECASE)
_A_REPORT_TOLD = re.compile(r"\b(?:report|study|survey|review|findings|paper|inquiry|audit)s?\b", re.IGNORECASE)


def report_dated(question: str, reading: Answer) -> bool:
    """Whether ``question`` asks when "the report on …" was published and ``reading`` (its answer as any
    question's) quotes no sentence telling of a report: then the report meant is the article."""
    return bool(_WHEN_REPORT.match(" ".join(question.split())[:1000])) \
        and not (reading.found and _A_REPORT_TOLD.search(reading.sentence))


# "When was "The wind problem: can the grid keep up?" published?": a headline in quotation marks
# (``titled_document`` checks an article has it)
_WHEN_TITLED = re.compile(r"^\W*(?i:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(?i:was|were|did)\s+"
                          r"(?:[\w'’&.-]+\s+){0,5}?(?:[\"“‘][^\"“”]{6,200}[\"”’]|(?<!\w)'[^'\n]{6,200}?'(?!\w))\s+"
                          r"(?:[\w'’-]+\s+){0,3}?"
                          r"(?i:published|posted|written|filed|run|released|issued|dated|come\s+out|appear)")


def dated_by_named(index: Index, question: str) -> bool:
    """Whether ``question`` asks when a report of a publisher the articles name was published ("When
    was the Lindhaven Herald report on the floods published?", "When did TNB report on the strike?",
    "When was the berth announced in the Lindhaven Herald?"), which ``asks_date`` cannot tell from a study's, or
    when an article whose headline it quotes was ("When was "Five things to know about …" published?")."""
    asked = " ".join(question.split())[:1000]
    return named_report(index, _WHEN_NAMED, question) or named_report(index, _WHEN_REPORTED_BY, question) \
        or named_report(index, _WHEN_IN_NAMED, question) \
        or bool(_WHEN_TITLED.match(asked)) and titled_document(index, asked) is not None


def in_figures(header: str, date: str) -> tuple[int, int] | None:
    """Where ``header`` writes ISO ``date`` in figures that read both ways, in either order ("03/04/2026" for
    2026-03-04 on an American page, whose figures give no date by themselves), else None."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", date[:10])
    if m is None:
        return None
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    found = [f for f in (figures_at(header, y, d, mo, "/."), figures_at(header, y, mo, d, "/.")) if f]
    return min(f.span() for f in found) if found else None


def header_time(header: str, date_at: tuple[int, int] | None, updated: bool, clock: bool) -> tuple[int, int] | None:
    """Where the ``header`` of an article (its text up to its first sentence's end) says what the question
    asks: its update ("Updated 18:40, 2 October 2025": its date and time, or its time when that is
    asked (``clock``) or all it gives); the time of day on its date line when asked ("Published 14:02
    GMT, 19 June 2025"); else the date line's date (``date_at``; None when it has none). A header with
    no update answers an update asked with its publication date."""
    if updated:
        for m in _UPDATED.finditer(header):
            line_end = header.find("\n", m.end())
            after = header[m.end(): len(header) if line_end < 0 else line_end]
            if len(header[header.rfind("\n", 0, m.start()) + 1:m.end()].split() + after.split()) > _NOTE_WORDS:
                continue
            when = next((d for d in full_dates(after) if d.start <= 12), None)
            time = _CLOCK.match(after) or (_CLOCK.search(after, when.end, when.end + 12) if when else None)
            if time and (clock or when is None):
                return m.end() + time.start(), m.end() + time.end()
            if when is not None and time:       # "When was it updated?": "11 August 2025, 19:05" whole
                return m.end() + min(when.start, time.start()), m.end() + max(when.end, time.end())
            if when is not None:
                return m.end() + when.start, m.end() + when.end
    if clock and date_at is not None:
        near = [m for m in _CLOCK.finditer(header, max(0, date_at[0] - _CLOCK_NEAR), date_at[1] + _CLOCK_NEAR)
                if "\n" not in header[min(m.end(), date_at[0]):max(m.start(), date_at[1])]]
        if near:
            return near[0].span()
    return _with_clock(header, date_at) if date_at is not None else None


# What joins a date line's date and its time ("3 Mar 2026 14:05 GMT", "Tuesday 3 March 2026, 09:30",
# "14:02 GMT, 19 June 2025", "4 March 2026 at 10.15am"), and what may come before the date in its part of a
# credit line ("First published", "Updated at")
_CLOCK_JOIN = re.compile(r"(?:,|\s+at|\s*[·|–—-])?[ \t]*")
_PUBLISHED_LEAD = re.compile(r"^\W*(?:(?:first|last)\s+)?(?:published|posted|updated|filed)?(?:\s+(?:on|at))?[\s:,]*$",
                             re.IGNORECASE)


def _with_clock(header: str, date_at: tuple[int, int]) -> tuple[int, int]:
    """The date at ``date_at`` in ``header`` with the time of day its publication line gives beside it
    ("First published Tuesday 3 March 2026, 09:30", "The Dunmarrow Tide · 3 Mar 2026 14:05 GMT"), for
    "When was it published?" as an update's date is quoted with its time; the date alone when its
    line (or its part of a credit line) says anything else ("Kick-off 19:45, 4 March 2026", "KELDER,
    4 March 2026, 2.15am: firefighters …", "Published 4 March 2026 - 11.50 fares scrapped")."""
    line_start = header.rfind("\n", 0, date_at[0]) + 1
    line_end = header.find("\n", date_at[1])
    line_end = len(header) if line_end < 0 else line_end
    part_start = max([line_start, *(m.end() for m in CREDIT_BAR.finditer(header, line_start, date_at[0]))])
    after_part = CREDIT_BAR.search(header, date_at[1], line_end)
    part_end = after_part.start() if after_part else line_end
    join = _CLOCK_JOIN.match(header, date_at[1], part_end)
    after = _CLOCK.match(header, join.end(), part_end) if join.end() > date_at[1] else None
    lead_ok = bool(_PUBLISHED_LEAD.match(header[part_start:date_at[0]]))
    if after and lead_ok and not header[after.end():part_end].strip(" .,;"):
        return date_at[0], after.end()
    before = [m for m in _CLOCK.finditer(header, max(part_start, date_at[0] - _CLOCK_NEAR), date_at[0])
              if re.fullmatch(r",?[ \t]+", header[m.end():date_at[0]])
              and _PUBLISHED_LEAD.match(header[part_start:m.start()]) and not header[date_at[1]:part_end].strip(" .,;")]
    return (before[-1].start(), date_at[1]) if before else date_at


_FIRST_ASKED = re.compile(r"\b(?:first|originally)\s+(?:published|posted|put\s+online|appear)", re.IGNORECASE)
_FIRST_PUBLISHED = re.compile(r"\b(?:first|originally)\s+(?:published|posted|appeared)\b", re.IGNORECASE)


# How many lines with words at an article's end its sign-off may take ("By Kim Ode" / "The Harbour
# Gazette, 24 February 2026" / an advertisement)
_SIGN_OFF_LINES = 4


def _signed_off(text: str, date: str) -> tuple[int, int] | None:
    """Where the sign-off closing ``text`` gives the article's ``date`` on a line of its own ("By Kim
    Ode" / "Vennholm Gazette, 24 February 2026"; a publication line, a paper's name and the date, or
    a byline's), else None."""
    at, left = len(text), _SIGN_OFF_LINES
    while left and at > 0:
        start = text.rfind("\n", 0, at - 1) + 1
        line = text[start:at]
        at = start
        if not line.strip():
            continue
        left -= 1
        dates = [d for d in full_dates(line) if d.iso() == date]
        if dates and (publication_date(line) == date or masthead_date(line) == date or placed_date(line) == date
                      or closing_credit(line, 1)[1] == date):
            return start + dates[0].start, start + dates[0].end
    return None


def _closing_line(text: str, after: int, date: str) -> tuple[int, int] | None:
    """Where, in the last line after ``text[after]`` saying when the page was published, updated or
    modified ("Last modified: 14/03/2025" under an old page's story), the article's ``date`` is
    written; None where no such line gives it."""
    for m in reversed(list(CHANGED_LINE.finditer(text, after))):
        written = next((d for d in full_dates(m.group()) if d.iso() == date), None)
        if written is not None:
            return m.start() + written.start, m.start() + written.end
    return None


def by_date(index: Index, answer: Answer, reading: Answer | None = None) -> Answer:
    """For a question asking when an article was published: the date of the article ``answer`` (to
    the same question) quotes, from its publication line or dateline; ``answer`` as it is when it
    found nothing; "not found", saying why, when the article has no date or one only in its page's
    metadata. For one asking when it was updated, whose header says no update, the ``reading``'s
    answer when it quotes a note saying so ("This article was updated at 18:02 …"); for one asking
    when it was first published, the reading's when it quotes a note saying that ("This explainer
    was first published on 24 November 2025 and has been updated.")."""

    searched = " ".join(answer.searched.split())[:1000]
    asked = _WHEN_PUBLISHED.match(searched) or _WHEN_NAMED.match(searched) or _WHEN_REPORTED_BY.match(searched)
    groups = asked.groupdict() if asked else {}
    updated, clock = bool(groups.get("updated")), bool(groups.get("time"))

    def date_line(text: str, first: tuple[int, int], date: str) -> tuple[int, int] | None:
        line_end = text.find("\n", first[1])           # to the end of its first sentence's line (a dateline's),
        header = text[:max(len(text) if line_end < 0 else line_end, story_start(text, first[0]))]   # or the story's
        told["update"] = _UPDATED.search(header) is not None
        written = next((d for d in stated_dates(header) if d.iso() == date), None)
        at = (written.start, written.end) if written is not None else in_figures(header, date)
        found = header_time(header, at, updated, clock)
        found = found if found is not None else _closing_line(text, first[1], date)
        return found if found is not None or updated or clock else _signed_off(text, date)

    def unquoted(source: str, value: str, named: str) -> str:
        whence = "its file name" if named_date(source.rsplit("/", 1)[-1]) == value else "the page's metadata"
        return f"{named} is dated {value} by {whence}, but its text has no date line to quote."

    if reading is not None and reading.found and _FIRST_ASKED.search(searched) \
            and _FIRST_PUBLISHED.search(reading.sentence):     # "This explainer was first published on 24 November
        return reading                                         # 2025 and has been updated.", not its update's date
    told: dict[str, bool] = {}
    dated = quoted_from_header(index, answer, "date", date_line, "{source} gives no date.", unquoted)
    if updated and not told.get("update", True) and reading is not None and reading.found \
            and _UPDATE_NOTE.search(reading.sentence):     # "This article was updated at 18:02 …"
        return reading
    return dated


# "Where was the FNA story on the ferry grounding filed from?", "Where was the Herald's report … filed?": the place its
# dateline names
# (filed *from*: not where papers were filed, "Where was the police report filed?")
_WHERE_FILED = re.compile(r"^\W*where\s+(?:was|were)\s+(?:the|this|that|[\w-]+['’]s?)\s+(?:\S+\s+){0,4}?"
                          r"(?:stor(?:y|ies)|reports?|articles?|dispatch|piece|item|wire|feature)\b"
                          r"(?:\s+\S+){0,15}?\s+(?:filed\s+from|datelined)\W*$", re.IGNORECASE)
# … or the place a credit line in its header says it was reported from: "From our correspondent in Skelby", "Ana Lima
# reports from Brussels"
_PLACE = rf"[{CAPITALS}][\w'’]*(?:[ -][{CAPITALS}][\w'’]*){{0,3}}"
_REPORTED_FROM = re.compile(rf"(?:(?i:from\s+our\s+(?:own\s+)?correspondent\s+in)|(?:[{CAPITALS}][\w'’-]*\s+){{1,3}}"
                            rf"(?i:reports\s+from))\s+(?P<place>{_PLACE})")
# The place a dateline opens with: "TORNHAVN, 11 January (FNA) --", "KELVIK, Dravenia, 3 March —", "BREMALY — ",
# after a wire's kicker ("EXCLUSIVE-OSLO, 3 March (XNA) -")
_DATELINE_PLACE = re.compile(r"^\W*(?:(?:EXCLUSIVE|UPDATE\s*\d*|CORRECTED|REFILE|RPT|WRAPUP\s*\d*|ANALYSIS|INSIGHT"
                             rf"|FACTBOX)\s*-\s*)?(?P<place>{_PLACE})")
_OPENING_SENTENCES = 3          # (a standfirst read as a sentence may come before the dateline's)


def asks_where_filed(question: str) -> bool:
    """Whether ``question`` asks where an article was filed from ("Where was the FNA story on … filed from?")."""
    return bool(_WHERE_FILED.match(" ".join(question.split())[:1000]))


def by_dateline(index: Index, answer: Answer) -> Answer:
    """For a question asking where an article was filed from: the place a credit line over the story of the
    article ``answer`` (to the same question) quotes names ("From our correspondent in Skelby"), or its dateline
    ("TORNHAVN, 11 January (FNA) -- …" → "TORNHAVN"); ``answer`` as it is when it found nothing; "not found",
    saying so, when the story says neither."""
    if not answer.found:
        return answer
    doc = index.document_at(answer.source, answer.start)
    meta = index.documents[doc]
    text = index.article_text(doc)
    lo, hi = index.story_span(doc)
    rows = [row for row in range(*meta["sentence_rows"]) if lo <= index.sentence_span(row)[0] < hi]
    header_end = index.sentence_span(rows[min(len(rows), _OPENING_SENTENCES) - 1])[1] if rows else lo
    at = lo
    for line in text[lo:header_end].split("\n"):      # a credit line alone: not "… reporting from Kyiv." in a sentence
        credit = _REPORTED_FROM.fullmatch(line.strip())
        if credit is not None:
            start = at + line.index(credit.group()) + credit.start("place")
            return replace(quoted_line(answer, text, start, start + len(credit.group("place"))), found=True)
        at += len(line) + 1
    for row in rows[:_OPENING_SENTENCES]:
        start, end = index.sentence_span(row)
        opening = text[start:end]
        place = _DATELINE_PLACE.match(opening) if filed_end(opening) or dateline_end(opening) else None
        if place is not None:
            return replace(quoted_line(answer, text, start + place.start("place"), start + place.end("place")),
                           found=True)
    title = " ".join((meta.get("title") or "").split())
    named = f'"{title}" ({answer.source})' if title else answer.source
    return Answer(question=answer.question, found=False, passages=answer.passages, searched=answer.searched,
                  notice=f"{named} opens with no dateline saying where it was filed.")
