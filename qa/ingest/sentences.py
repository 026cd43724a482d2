"""Sentence boundaries as character spans, fast and without a model.

Rules: a blank line always ends a sentence; a single newline ends one unless the line looks
hard-wrapped (long, no closing punctuation, next line starts in lower case) or its paragraph was
wrapped at a fixed width (a PDF's text pasted: ``_wrapped_paragraph``); inside a line, closing
punctuation followed by space and a capital, digit or quote ends one, except after a known
abbreviation or an initial. Overlong runs with no punctuation are cut at word boundaries."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CAPITALS, common_word
from qa.ingest.markdown import blank_marks
from qa.ingest.subtitles import as_said

# The sentence rules' version: bump it when a change splits some text otherwise (an index split by other
# rules is cut into chunks and embedded again at its next build: ``qa.index.build.chunking``)
SENTENCE_RULES = 20

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "lt",
    "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "pres", "rev", "hon", "messrs", "mme", "mlle",
    "inc", "ltd", "co", "corp", "bros", "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "dept",
    "est", "fig", "no", "nos", "vol", "p", "pp", "ch", "op", "ca", "c",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "ph.d", "b.c", "a.d",
}
# A weekday's short form, which ends no sentence before a date ("until Fri. Oct. 2", "on Sat. 14 March"; a
# sentence may end "… where she sat. Mark …": the weekday written with its capital, a day or a month next)
_WEEKDAYS_SHORT = {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}
_MONTH_SHORT = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_DATE_NEXT = re.compile(rf"\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_SHORT})[a-z]*\b"
                        rf"|(?:{_MONTH_SHORT})[a-z]*\.?\s*\d)")
# A currency's short sign, written with a full stop before its sum ("Rs. 1,200", "pn. 52 million", "Fr. 20"): a word
# of three letters or fewer, one of these signs or no common English word, not in capitals, a figure next ("… told
# him. 52 people …" and "… filed by FNA. 12 people …" end a sentence)
_SUM_SIGNS = {"rs", "fr", "sh", "kr", "dh", "bs", "tk"}
_SIGN_LETTERS = 3
# A figure next: a sum after its sign, or a page's number after "Pg." ("Section: NEWS; Pg. 3"; "rated PG. It opens …"
# ends a sentence)
_FIGURE_NEXT = re.compile(r"\s+\d")
# A dot leader between a table's label and its figure, as a plain-text table sets it: four dots or more (an
# ellipsis has three), a figure after them ("All items ........ 3.1 (Nov: 3.6)"; not "… filtering, ...).... Also")
_LEADER = re.compile(r"\.{4,}\s*[-−+]?\d")
# A candidate boundary: closing punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(rf"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[{CAPITALS}0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”’)\]]*$")
_LINE_BREAK = re.compile(r"\n")
# A list's number opening a line or a sentence: "2." of "2. Thomas Peeters (BEL) at 42s"
LIST_NUMBER = re.compile(r"\s*\d{1,3}\.")
_HARD_WRAP_MIN_CHARS = 50


def split_sentences(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """Sentence spans (file offsets) inside ``text[start:end]``, whitespace trimmed, none empty,
    none longer than ``max_words`` words."""
    # (quoted lines, an e-mail's "> …", split as the lines they quote; HTML tags in Markdown as a page shows them)
    if ">" in text[start:end]:
        text = text[:start] + blank_marks(text[start:end]) + text[end:]
    if "-->" in text[start:end]:        # (subtitles: split as their words are said, across cues; ``as_said`` leaves
        text = as_said(text)            # any other text as it is)
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _logical_lines(text, start, end):
        for s, e in _split_line(text, line_start, line_end):
            spans.extend(_cap_words(text, s, e, max_words))
    return spans


# A paragraph wrapped at a fixed width (a PDF's or an e-mail's text pasted): three lines or more, one of them going
# on in lower case (not verse, a list of names), or two when the second goes on in lower case or the first is long
# and ends mid-sentence ("… written by the poet" / "Jakob Strand; …"), every line but its last this long at least,
# half of them or more ending mid-sentence (``_MID_SENTENCE``), all about as long, none a list's item (but the first
# may open a numbered paragraph), a Markdown heading or quote, a timeline's year (not one a sentence goes on from:
# "1960, and …"), a byline, a table's row (or columns set apart with spaces), a transcript's timestamp or a label
# ("Host: …", "Tilde Marsk (host): …")
_WRAPPED_LINE_CHARS = 20         # (a newspaper column's lines run to about 30 characters)
_LONG_LINE_CHARS = 60           # a line this long ending mid-sentence goes on in the next, whatever it opens with
_SAME_WIDTH = 0.75          # every line but the last this share of the longest at least (not verse, not credits)
_ITEM = re.compile(rf"\s*(?:[-*•|\[#>]|\d+[.)]\s|(?:1[89]|20)\d\d\b(?![,;])|By\s"
                   rf"|[{CAPITALS}][\w ]{{0,30}}(?:\([^)]*\))?:\s)")
# A line ending mid-sentence: on a word in lower case ("a budget of", "at night,"), or a word cut by a
# hyphen ("flood dam-"); not on a name or a figure ("Saltmere Seals 4 Dunmarrow Wolves 1")
_MID_SENTENCE = re.compile(r"(?:^|\s)[a-z\ufb00-\ufb06][a-z\ufb00-\ufb06'’-]*[,;]?$|[A-Za-z]-$")   # (a PDF's "ﬁrst")
_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")       # a table's columns set apart with spaces or tabs
# A report's numbered paragraph, which may be wrapped ("1. The project was approved in 2019 with a" /
# "budget of …"), unlike a list whose every line is an item
_NUMBERED_PARAGRAPH = re.compile(r"\s*\d{1,3}\.\s")


def _wrapped_paragraph(lines: list[str]) -> bool:
    """Whether a paragraph's ``lines`` are one text wrapped at a fixed width: its last line no longer
    than the others (not a caption or a sub-heading over a paragraph on one line), two lines only when
    the second goes on in lower case or with a name after a long first line, and lines as short
    as verse's ending on a small word or a cut one somewhere, as a column's do ("… Cllr Peter" /
    "Hallen, voted against. He said the" / …), verse's seldom. Each line is judged without its indentation (a text
    browser's dump indents every line of a paragraph)."""
    lines = [line.lstrip() for line in lines]
    body = [line.rstrip() for line in lines[:-1]]
    two = len(lines) == 2 and (lines[1][:1].islower() or len(body[0]) >= _LONG_LINE_CHARS
                               and bool(_MID_SENTENCE.search(body[0])) and bool(_NAME_GOES_ON.match(lines[1])))
    return (len(lines) >= 3 and any(line[:1].islower() for line in lines[1:]) or two) \
        and all(len(line) >= _WRAPPED_LINE_CHARS for line in body) \
        and min(map(len, body)) >= _SAME_WIDTH * max(map(len, body)) \
        and len(lines[-1].rstrip()) <= max(map(len, body)) + _LAST_LINE_OVER \
        and (max(map(len, body)) >= _VERSE_CHARS or any(_SMALL_WORD_END.search(line) for line in body)) \
        and 2 * sum(bool(_MID_SENTENCE.search(line)) for line in body) >= len(body) \
        and not any(_ITEM.match(line) for line in lines[1:]) and not any(map(_COLUMNS.search, lines)) \
        and not (_ITEM.match(lines[0]) and not _NUMBERED_PARAGRAPH.match(lines[0]))


# A second line going on with a name ("… written by the poet" / "Jakob Strand; …"), not opening a
# sentence ("… on Sunday morning" / "The storm brought …", "Trains from Halden …")
_NAME_GOES_ON = re.compile(r"(?!(?:The|A|An|In|On|At|It|He|She|They|We|I|This|That|These|Those|There|But|And|For|As"
                           rf"|If|When|After|Before|Its|His|Her|Their|Our)\b)[{CAPITALS}][\w'’-]*"
                           rf"(?:\s+[{CAPITALS}][\w'’-]*|[,;:])")
_LAST_LINE_OVER = 15        # a wrapped paragraph's last line is no longer than its others but for a long word
_VERSE_CHARS = 45           # lines shorter than this may be verse's
_SMALL_WORD_END = re.compile(r"(?:^|\s)(?:the|a|an|of|to|in|on|at|for|with|and|or|but|by|from|as|that|this|his|her"
                             r"|their|its|is|was|are|were|be|has|have|had|will|would|said|which|who|not|no)$"
                             r"|[A-Za-z]-$",
                             re.IGNORECASE)


def _wrapped_breaks(text: str, start: int, end: int) -> set[int]:
    """The offsets of the newlines inside ``text[start:end]``'s paragraphs wrapped at a fixed width
    (``_wrapped_paragraph``)."""
    breaks: set[int] = set()
    for para in re.finditer(r"\S(?:[^\n]|\n(?!\s*\n))*", text[start:end]):     # (from its first word: not a blank line)
        at = start + para.start()
        for lines in _print_paragraphs(para.group().split("\n")):
            if _wrapped_paragraph(lines):
                for line in lines[:-1]:
                    breaks.add(at + len(line))
                    at += len(line) + 1
                at += len(lines[-1]) + 1
            else:
                at += sum(len(line) + 1 for line in lines)
    return breaks


# A print page's paragraph ends on a short line closing a sentence, and the next begins on the line after it with
# no blank line between them (text copied from a PDF): such lines part a block's paragraphs
_PARAGRAPH_END = re.compile(r"[.!?…][\"'”’)]*$")


def _print_paragraphs(lines: list[str]) -> list[list[str]]:
    """A block's ``lines`` cut after each line closing a sentence that is shorter than ``_SAME_WIDTH`` of the
    longest (the last line of a paragraph set in print), when the block has four lines or more; else whole."""
    if len(lines) < 4:
        return [lines]
    longest = max(len(line.strip()) for line in lines)
    runs, run = [], []
    for line in lines:
        run.append(line)
        if _PARAGRAPH_END.search(line.rstrip()) and len(line.strip()) < _SAME_WIDTH * longest:
            runs.append(run)
            run = []
    return runs + [run] if run else runs


def _logical_lines(text: str, start: int, end: int):
    """Yield spans of paragraphs/lines, joining lines that look hard-wrapped."""
    cur_start = start
    pos = start
    soft = _wrapped_breaks(text, start, end) if text.count("\n", start, end) else set()
    for m in _LINE_BREAK.finditer(text, start, end):
        line = text[pos:m.start()]
        nxt_start = m.end()
        nxt = text[nxt_start:text.find("\n", nxt_start, end) if text.find("\n", nxt_start, end) >= 0 else end]
        wrapped = m.start() in soft or (
            len(line.rstrip()) >= _HARD_WRAP_MIN_CHARS
            and line.rstrip()[-1:] not in ".!?:;\"'”’)…"
            and nxt.lstrip()[:1].islower()
        )
        if not wrapped:
            yield cur_start, m.start()
            cur_start = nxt_start
        pos = nxt_start
    yield cur_start, end


def _split_line(text: str, start: int, end: int):
    pos = start
    for m in _END.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, pos, m.end())
        word = before.group(1).lower() if before else ""
        if _LEADER.match(text, m.start()):
            continue            # a table's dot leader: "All items ........ 3.1 (Nov: 3.6)"
        if text[m.start()] == "." and (word.rstrip(".") in _ABBREVIATIONS or _is_initial(word)
                                       or word.rstrip(".") in ("pg", "pgs") and _FIGURE_NEXT.match(text, m.end())
                                       or _sum_sign(before.group(1)) and _FIGURE_NEXT.match(text, m.end())
                                       or word.rstrip(".") in _WEEKDAYS_SHORT and before.group(1)[:1].isupper()
                                       and _DATE_NEXT.match(text, m.end())
                                       or pos == start and LIST_NUMBER.fullmatch(text, start, m.end())
                                       and _END.search(text, m.end(), end) is None):
            continue            # (a list's number opening an item of one sentence, "2. Thomas Peeters (BEL) at
            # 42s", is no sentence; a numbered paragraph's, "5. The Auditor General said: …. …", stands apart)
        span = trim(text, pos, m.end())
        if span:
            yield span
        pos = m.end()
    span = trim(text, pos, end)
    if span:
        yield span


def _sum_sign(word: str) -> bool:
    """Whether ``word`` (as written, its full stop or not) may be a currency's short sign (``_SUM_SIGNS``; not a
    body's initials in capitals: "… filed by FNA. 12 people died")."""
    sign = word.rstrip(".")
    return not (len(sign) > 1 and sign.isupper()) and (sign.lower() in _SUM_SIGNS or len(sign) <= _SIGN_LETTERS
                                                       and sign.isalpha() and not common_word(sign.lower()))


def _is_initial(word: str) -> bool:
    """"J" in "J. K. Rowling", "U.S" style acronyms."""
    w = word.rstrip(".")
    return len(w) == 1 and w.isalpha() or (len(w) <= 5 and "." in w and w.replace(".", "").isalpha())


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` moved in past whitespace; None when nothing else is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _cap_words(text: str, start: int, end: int, max_words: int):
    """Cut a span into pieces of at most ``max_words`` words, at word boundaries."""
    words = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    if len(words) <= max_words:
        return [(start, end)]
    return [
        (start + words[i][0], start + words[min(i + max_words, len(words)) - 1][1])
        for i in range(0, len(words), max_words)
    ]
