"""Which of the reader's spans to quote: what a careful reader knows about an answer.

- An answer is not made of the question's own words ("Which witness told jurors that Bernie Ebbers
  …?" is not answered "Bernie Ebbers").
- When the question asks for a person, a number, an amount, a date or a place, a span of that kind
  is preferred when the sentence has one among the reader's near-best spans; a name is quoted whole
  ("Tom Hanks", not "Tom").
- "What did X say?" is answered with what X said: the quotation, or the reported clause.
- A question that names a year is not answered with a figure the sentence gives for another year
  ("How much was harvested in 2022?" → not "6.1 million tonnes in 2021"): a span of the kind
  asked for that is not another year's is quoted instead, however far down the reader put it.

The reader's scores are kept as they are (the fitted models read them); only the quoted span moves,
and only to one of the reader's own spans: within ``settings.span_choice_slack`` of its best, but for
the year rule."""

from __future__ import annotations

import enum
import re
from dataclasses import replace

from qa.encode.words import STOPWORDS
from qa.read.kinds import AUXILIARIES, DATE_PATTERN, NUMBER_PATTERN, ROLE_WORDS
from qa.read.reader import Reading
from qa.read.timing import asked as asked_times


class Wanted(enum.Enum):
    PERSON = "person"
    NUMBER = "number"
    AMOUNT = "amount"
    DATE = "date"
    PLACE = "place"
    QUOTE = "quote"
    OTHER = "other"


_PLACE_NOUNS = "city|country|town|venue|stadium|region|state|capital|island|county|nation|village|ground"
_AMOUNT_NOUNS = ("price|cost|fee|amount|sum|profit|profits|loss|losses|revenue|revenues|sales|value|salary|fine"
                 "|deficit|debt|turnover|budget|bid|offer|rate|pay|bill")
_AUXILIARY = "(?:" + "|".join(sorted(AUXILIARIES)) + ")"
_PERSON_NOUNS = "|".join(sorted(ROLE_WORDS))
_WANTED = [
    # "What did X say?", "… say about the plan?", "… tell the BBC?": nothing but a topic or listener
    # after the verb ("What did X say police had told him?" asks for something more specific).
    (Wanted.QUOTE, re.compile(r"^\W*what (?:did|does|has|had|will|would) [^?]+? (?:say|tell|warn|claim|argue|add"
                              r"|write|announce|predict|admit|insist|reply)(?: (?:about|of|on|in|to|at|after|before"
                              r"|during|when|while|as)\b[^?]*| (?:(?:the|a|an|his|her|their|its) )?[\w'’]+)?[ ?]*$",
                              re.IGNORECASE)),
    (Wanted.DATE, re.compile(r"^\W*(?:when\b|(?:in\s+)?(?:what|which)\s+(?:year|month|day|date|decade|season)\b"
                             r"|on\s+what\s+(?:date|day)\b|how\s+long\s+ago\b)", re.IGNORECASE)),
    (Wanted.AMOUNT, re.compile(rf"^\W*(?:how\s+much\b|(?:at\s+|to\s+|by\s+)?(?:what|which)\s+(?:{_AMOUNT_NOUNS})\b"
                               r"|(?:what|which)\s+(?:percentage|proportion|share)\b)", re.IGNORECASE)),
    (Wanted.NUMBER, re.compile(r"^\W*(?:how\s+(?:many|long|old|far|big|large|high|tall|deep|often|fast)\b"
                               r"|(?:what|which)\s+(?:number|age)\b)", re.IGNORECASE)),
    (Wanted.PERSON, re.compile(rf"^\W*(?:who|whom|whose\b|(?:which|what)\s+(?:(?!{_AUXILIARY}\b)\w+\s+){{0,2}}?"
                               rf"(?:{_PERSON_NOUNS})s?\b)", re.IGNORECASE)),
    (Wanted.PLACE, re.compile(rf"^\W*(?:where\b|(?:in\s+|to\s+|from\s+)?(?:which|what)\s+(?:{_PLACE_NOUNS})\b)",
                              re.IGNORECASE)),
]
_WORD = re.compile(r"\w+", re.UNICODE)
_CURRENCY = re.compile(r"[£$€¥]|\b(?:bn|m|p|pence|cents?|dollars?|pounds?|euros?|yen|per\s*cent|percent)\b|%",
                       re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*|(?:de|van|von|der|da|di|al|bin|le|la))(?:\s+(?:[A-Z][\w'’.-]*"
                       r"|(?:de|van|von|der|da|di|al|bin|le|la)(?=\s+[A-Z])))*")
_QUOTED = re.compile(r"“([^”]{8,})”|\"([^\"]{8,})\"|‘([^’]{8,})’")
# "told" + its listener: only with "that" ("told local broadcaster SBS that …"), else the listener's
# words could start the clause
_SAID_THAT = re.compile(r"\b(?:(?:said|says|added|warned|claimed|argued|insisted|admitted|predicted|announced"
                        r"|wrote)\s+(?:that\s+)?|told\s+[\w\s]{1,40}?\s+that\s+)", re.IGNORECASE)
_TRAILING_SAID = re.compile(r",?\s*(?:[\w.'’-]+\s+){0,5}(?:said|says|added|warned|told\s+\w+)[^,.;]*[.!]?\s*$",
                            re.IGNORECASE)


def wanted(question: str) -> Wanted:
    """What kind of answer ``question`` asks for (finer than the ranker's ``kinds.question_kind``)."""
    q = re.sub(r"\bWHO\b", "the WHO", " ".join(question.split())[:1000])   # the organisation, not "who"
    for kind, pattern in _WANTED:
        if pattern.search(q):
            return kind
    return Wanted.OTHER


def content_words(text: str) -> set[str]:
    """Lower-case words of ``text`` but stop words."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


def of_kind(kind: Wanted, text: str, question_words: set[str]) -> bool:
    """Whether ``text`` (a span) is an answer of ``kind``."""
    if kind is Wanted.DATE:
        return bool(DATE_PATTERN.search(text))
    if kind is Wanted.NUMBER:
        return bool(NUMBER_PATTERN.search(text))
    if kind is Wanted.AMOUNT:
        return bool(re.search(r"\d", text)) and (bool(_CURRENCY.search(text)) or bool(NUMBER_PATTERN.search(text)))
    if kind in (Wanted.PERSON, Wanted.PLACE):
        names = [w for w in _CAPITALISED.findall(text) if w.lower() not in STOPWORDS]
        return bool(names) and not re.search(r"\d", text) and any(w.lower() not in question_words for w in names)
    return False


def choose(question: str, sentence: str, reading: Reading, slack: float) -> Reading:
    """``reading`` with the span to quote (see the module doc); its scores unchanged."""
    kind = wanted(question)
    if kind is Wanted.QUOTE:
        quote = quotation(sentence)
        if quote is not None:
            return replace(reading, start=quote[0], end=quote[1])
    if not reading.spans:
        return reading
    asked = content_words(question)
    best = reading.spans[0][2]
    near = [(s, e) for s, e, score in reading.spans if score >= best - slack]
    own = [(s, e) for s, e in near if content_words(sentence[s:e]) and not content_words(sentence[s:e]) <= asked]
    if not own:
        return reading
    years = {m.year for m in asked_times(question)}
    if years:               # "… in 2022?": not the figure the sentence gives for 2021
        this_time = [(s, e) for s, e in own if not other_year(sentence, s, e, years)]
        if not this_time and kind is not Wanted.OTHER:
            # every near-best span is another year's: the sentence's span of the kind asked for that
            # is not, however far down the reader put it
            this_time = [(s, e) for s, e, _ in reading.spans if of_kind(kind, sentence[s:e], asked)
                         and not other_year(sentence, s, e, years)][:1]
        own = this_time or own
    pick = own[0]
    if kind is not Wanted.OTHER and not of_kind(kind, sentence[pick[0]:pick[1]], asked):
        typed = [(s, e) for s, e in own if of_kind(kind, sentence[s:e], asked)]
        if typed:
            pick = typed[0]
    if kind in (Wanted.PERSON, Wanted.PLACE) and len(sentence[pick[0]:pick[1]].split()) == 1:
        pick = whole_name(sentence, *pick)        # "Tom" → "Tom Hanks"; a name of two words is left alone
    return replace(reading, start=pick[0], end=pick[1])


_YEAR_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}?[\s,]*(?:in|for|during|of|since|by)\s+(?:the\s+)?(?:(?:year|season)\s+)?"
                         r"((?:1[89]|2[01])\d\d)\b", re.IGNORECASE)
# "for 2005 the firm expects $4bn": a year before the span, with no other figure or clause break between
_YEAR_BEFORE = re.compile(r"\b(?:in|for|during|by)\s+((?:1[89]|2[01])\d\d)\b[^.;:$£€%\d]{0,30}$", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:1[89]|2[01])\d\d)\b")


def other_year(sentence: str, start: int, end: int, years: set[int]) -> bool:
    """Whether the span ``sentence[start:end]`` is tied to a year other than ``years``: it names
    one, or the words right after it do ("6.1 million [tonnes] in 2021"), or, with none after, a
    year shortly before it ("for 2005 the firm expects $4bn")."""
    span = {int(y) for y in _YEAR.findall(sentence[start:end])}
    if span:
        return not span & years
    m = _YEAR_AFTER.match(sentence[end:end + 40]) or _YEAR_BEFORE.search(sentence[max(0, start - 45):start])
    return bool(m) and int(m.group(1)) not in years


def fit(question: str, sentence: str, start: int, end: int) -> tuple[float, float]:
    """How the quoted span fits the question: (1 when it is of the kind asked for, -1 when a kind is
    asked for and it is not, 0 when none is; 1 when it is only the question's own words, else 0)."""
    kind = wanted(question)
    asked = content_words(question)
    words = content_words(sentence[start:end])
    own = 1.0 if words and words <= asked else 0.0
    if kind in (Wanted.OTHER, Wanted.QUOTE):
        return 0.0, own
    return (1.0 if of_kind(kind, sentence[start:end], asked) else -1.0), own


_FIGURES = (Wanted.AMOUNT, Wanted.NUMBER, Wanted.DATE)
# "When the rocks melt, what is formed?": "when" opens a clause; the question is the later one.
_WHEN_CLAUSE = re.compile(r"^\W*when\b[^?]*?[\s,](?:what|which|who|whom|whose|where|why|how)\b", re.IGNORECASE)


def figure_missing(question: str, sentence: str, start: int, end: int) -> float:
    """1 when ``question`` asks for a figure (an amount, a number, a date) and the quoted span holds
    none (no digit, number word, year, month or weekday: "How much did it cost?" → "heavily
    taxed"), else 0. An article that gives no figure for what is asked rarely answers it."""
    if wanted(question) not in _FIGURES or _WHEN_CLAUSE.match(question):
        return 0.0
    span = sentence[start:end]
    return 0.0 if NUMBER_PATTERN.search(span) or DATE_PATTERN.search(span) else 1.0


def whole_name(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span that is (part of) a run of capitalised words grown to the whole run ("Tom" → "Tom
    Hanks"), without crossing punctuation; other spans as they are."""
    for m in _NAME_RUN.finditer(sentence):
        run_end = m.end() - 1 if sentence[m.end() - 1] == "." and len(m.group(0).split()[-1]) > 2 else m.end()
        if m.start() <= start and end <= run_end and run_end - m.start() > end - start:
            if _CAPITALISED.fullmatch(sentence[start:end].split()[0]) and m.start() > 0:
                return m.start(), run_end
            if m.start() == 0:                  # the sentence's first word may be capitalised anyway
                return start, run_end
    return start, end


def quotation(sentence: str) -> tuple[int, int] | None:
    """What a sentence reports someone saying: its longest quotation (without the marks), else the
    clause after "said (that)", else the part before a trailing ", X said"; None when it reports
    nothing said."""
    quotes = [(m.start(g), m.end(g)) for m in _QUOTED.finditer(sentence) for g in (1, 2, 3) if m.group(g)]
    if quotes:
        s, e = max(quotes, key=lambda span: span[1] - span[0])
        while e > s and sentence[e - 1] in " ,.":
            e -= 1
        return s, e
    said = _SAID_THAT.search(sentence)
    if said and len(sentence) - said.end() > 12:
        end = len(sentence.rstrip()) - (1 if sentence.rstrip().endswith((".", "!")) else 0)
        return said.end(), end
    tail = _TRAILING_SAID.search(sentence)
    if tail and tail.start() > 12:
        return 0, tail.start()
    return None
