"""Which of the reader's spans to quote: what a careful reader knows about an answer.

- An answer is not made of the question's own words ("Which witness told jurors that Carl Dunmore
  …?" is not answered "Carl Dunmore"), nor of their initials ("RSR" for the Rail Safety
  Register).
- When the question asks for a person, a number, an amount, a date, a place or a name ("Which
  company …?"), a span of that kind is preferred when the sentence has one among the reader's
  near-best spans; a name is quoted whole ("Tom Hanks", not "Tom"), and a longer phrase around
  the one name the question asks for is cut to it ("Quirky seaside comedy Harbourlight").
- "What did X say?" is answered with what X said: the quotation, or the reported clause.
- "Who is Kim Ode?" asks who she is: a phrase the reader offers right before her name ("port
  director Kim Ode") or after it past a comma ("Kim Ode, the port director"), at any score (the
  reader, fitted on SQuAD, leans to quoting another person for "Who …?"); else as for any question.
- A measure ("How far …?", "At what speed …?") is quoted with its unit ("half a mile", "26
  km/h"); a count ("How many …?") without one, as SQuAD quotes it. A figure asked for keeps the
  words before it that say how exact it is ("more than 10,000", "about 40%"), which SQuAD's
  answers often leave out.
- A question that asks for a sum of money is answered with a near-best span that holds one (its
  currency beside it), cut to the sum when the span says more ("cost around $20m" → "around
  $20m"), and one asking for a figure in a year it names not with the figure the
  sentence gives for another year ("How much was harvested in 2022?" → not "6.1 million tonnes in
  2021") but with the one it gives for that year, where it says ("… from £59.7m a year earlier"
  in a story of 2024 is the figure for 2023). When no near-best span is, ``qa.read.decide`` does
  not answer from that sentence.
- A question that asks for a count ("How many …?"), an amount ("How much rain …?"), a year, a date
  ("On what date …?") or an age ("How old …?") is answered with a span that gives one
  (``gives_figure``): for a count, a year ("the 2005 Harbour Cup"), an age ("the 34-year-old",
  "Okonkwo, 26,"), a rank ("number two") or a word of a name ("Six Counties") counts nothing;
  else, as for money, not from that sentence.
- No span cuts into a character reference left in a text file ("caf&#233;" is not "233"): it is
  widened to the whole word.

The reader's scores are kept as they are (the fitted models read them); only the quoted span moves:
to a span the reader itself scored within ``settings.span_choice_slack`` of its best (any span it
offers for who someone is), then to the whole name, the figure with its unit and qualifier or the
sum around or inside it."""

from __future__ import annotations

import enum
import re
from dataclasses import replace

from qa.encode.words import STOPWORDS
from qa.ingest.dates import MONTHS, RELATIVE_YEAR, relative_year
from qa.ingest.text import NAME_PARTICLES
from qa.read.kinds import AUXILIARIES, DATE_PATTERN, NUMBER_PATTERN, ROLE_WORDS
from qa.read.reader import Reading
from qa.read.timing import asked as asked_times


class Wanted(enum.Enum):
    PERSON = "person"
    NUMBER = "number"
    AMOUNT = "amount"
    DATE = "date"
    PLACE = "place"
    NAME = "name"           # of a company, a club, a film, a label: a capitalised name
    QUOTE = "quote"
    DESCRIPTION = "description"     # who someone named is: "North Korean leader" (Kim Jong-Un)
    OTHER = "other"


_PLACE_NOUNS = "city|country|town|venue|stadium|region|state|capital|island|county|nation|village|ground"
# Nouns of things whose answer is a proper name: "Which company …?", "What film …?"
_NAMED_NOUNS = ("company|companies|firm|group|organisation|organization|club|team|party|union|bank|newspaper"
                "|magazine|channel|network|broadcaster|agency|charity|think\\s+tank|studio|publisher|airline|carmaker"
                "|retailer|band|film|movie|show|programme|program|book|novel|album|song|label|brand|website"
                "|university|college|school|hospital|airport|court|tournament|competition|award|prize|event")
_AMOUNT_NOUNS = ("price|cost|fee|amount|sum|profit|profits|loss|losses|revenue|revenues|sales|value|salary|fine"
                 "|deficit|debt|turnover|budget|bid|offer|rate|pay|bill")
_AUXILIARY = "(?:" + "|".join(sorted(AUXILIARIES)) + ")"
_PERSON_NOUNS = "|".join(sorted(ROLE_WORDS))
# "Who is Kim Ode?": who someone is, a description ("the city's mayor"), not a person; but "Who is
# the mayor?", "Who is the British Queen?", "Who was Ode's deputy?" ask for one (``described``).
_WHO_IS = re.compile(r"^\W*(?i:who)\s+(?i:is|was|are|were)\s+(?!(?i:the)\b)"
                     r"(?P<name>(?:[A-Z][\w’'.-]*(?<![’']s)(?<!s[’'])\s*)+)\?*$")
# The verbs of "What did X say?" and the words after one that open its topic ("… say about the plan?").
_SPEECH_VERBS = "say|tell|warn|claim|argue|add|write|announce|predict|admit|insist|reply"
_TOPIC_OPENERS = "about|of|on|in|to|at|after|before|during|when|while|as"
_WANTED = [
    # "What did X say?", "… say about the plan?", "… tell the BBC?": nothing but a topic or listener
    # after the verb ("What did X say the inspectors had found?" asks for something more specific; "What
    # did Watt add to the engine?" asks for a part).
    (Wanted.QUOTE, re.compile(r"^\W*what (?:else )?(?:did|does|has|had|will|would) [^?]+? "
                              rf"(?!add to\b)(?:{_SPEECH_VERBS})"
                              rf"(?: (?:{_TOPIC_OPENERS})\b[^?]*| (?:(?:the|a|an|his|her|their|its) )?[\w'’]+)?[ ?]*$",
                              re.IGNORECASE)),
    (Wanted.DATE, re.compile(r"^\W*(?:when\b|(?:in\s+)?(?:what|which)\s+(?:year|month|day|date|decade|season)\b"
                             r"|on\s+what\s+(?:date|day)\b|how\s+long\s+ago\b)", re.IGNORECASE)),
    # "How much …?", "What price …?", "What was the firm's pre-tax profit …?" (not "What was the
    # cause of the loss?": no "of" before the noun)
    (Wanted.AMOUNT, re.compile(rf"^\W*(?:how\s+much\b|(?:at\s+|to\s+|by\s+)?(?:what|which)\s+(?:{_AMOUNT_NOUNS})\b"
                               r"|(?:what|which)\s+(?:percentage|proportion|share)\b"
                               r"|what\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+)?(?:(?!(?:of|in|for|on|to|by)\b)"
                               rf"[\w'’-]+\s+){{0,3}}?(?:{_AMOUNT_NOUNS})\b)", re.IGNORECASE)),
    (Wanted.NUMBER, re.compile(r"^\W*(?:how\s+(?:many|long|old|far|big|large|high|tall|deep|often|fast)\b"
                               r"|(?:what|which)\s+(?:number|age)\b)", re.IGNORECASE)),
    (Wanted.PERSON, re.compile(rf"^\W*(?:who|whom|whose\b|(?:which|what)\s+(?:(?!{_AUXILIARY}\b)\w+\s+){{0,2}}?"
                               rf"(?:{_PERSON_NOUNS})s?\b)", re.IGNORECASE)),
    (Wanted.PLACE, re.compile(rf"^\W*(?:where\b|(?:in\s+|to\s+|from\s+)?(?:which|what)\s+(?:{_PLACE_NOUNS})\b)",
                              re.IGNORECASE)),
    # "What is the name of …?", "What film …?", "Which US company …?" (words between only after
    # "which": "What caused the company's losses?" asks for a cause); not "What group of people …?"
    (Wanted.NAME, re.compile(rf"^\W*(?:what\s+(?:is|was|are|were)\s+(?:the\s+)?names?\s+of\b"
                             rf"|(?:(?:at|by|for|from|in|on|to|with)\s+)?(?:what\s+|which\s+"
                             rf"(?:(?!{_AUXILIARY}\b|of\b|kinds?\b|types?\b|sorts?\b|forms?\b)[\w'’-]+\s+){{0,2}}?)"
                             rf"(?:{_NAMED_NOUNS})s?\b(?!\s+of\b))", re.IGNORECASE)),
]
_WORD = re.compile(r"\w+", re.UNICODE)
_CURRENCY = re.compile(r"[£$€¥]|\b(?:bn|m|p|pence|cents?|dollars?|pounds?|euros?|yen|per\s*cent|percent)\b|%",
                       re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_NAME_RUN = re.compile(rf"(?<![\w'’])(?:[A-Z][\w'’.-]*|(?:{NAME_PARTICLES})(?=\s+[A-Z]))"
                       rf"(?:\s+(?:[A-Z][\w'’.-]*|(?:{NAME_PARTICLES})(?=\s+[A-Z])))*")
_QUOTED = re.compile(r"“([^”]{8,})”|\"([^\"]{8,})\"|‘([^’]{8,})’")
# "told" + its listener: only with "that" ("told local broadcaster SBS that …"), else the listener's
# words could start the clause
_SAID_THAT = re.compile(r"\b(?:(?:said|says|added|warned|claimed|argued|insisted|admitted|predicted|announced"
                        r"|wrote)\s+(?:that\s+)?|told\s+[\w\s]{1,40}?\s+that\s+)", re.IGNORECASE)
# "told reporters the talks had failed", "told the BBC it was over": a listener of one word (or "the" and one)
_TOLD = re.compile(r"\btold\s+(?:the\s+)?[\w’'-]+\s+(?!that\b)", re.IGNORECASE)
_TRAILING_SAID = re.compile(r",?\s*(?:[\w.'’-]+\s+){0,5}(?:said|says|added|warned|told\s+\w+)[^,.;]*[.!]?\s*$",
                            re.IGNORECASE)


def wanted(question: str) -> Wanted:
    """What kind of answer ``question`` asks for (finer than the ranker's ``kinds.question_kind``)."""
    q = re.sub(r"\bWHO\b", "the WHO", " ".join(question.split())[:1000])   # the organisation, not "who"
    if described(q):
        return Wanted.DESCRIPTION
    for kind, pattern in _WANTED:
        if pattern.search(q):
            return kind
    return Wanted.OTHER


def described(question: str) -> str:
    """The name ``question`` asks who is ("Who is Kim Ode?" → "Kim Ode"); "" for other questions,
    and for a role ("Who is Acmes CEO?", its apostrophe left out, asks for a person)."""
    m = _WHO_IS.match(" ".join(question.split()))
    if m is None or ROLE_WORDS & {w.lower() for w in m.group("name").split()}:
        return ""
    return m.group("name").strip()


def _other_words(sentence: str, start: int, end: int, asked: set[str]) -> bool:
    """Whether the span ``sentence[start:end]`` says something besides the question's own words."""
    words = content_words(sentence[start:end])
    return bool(words) and not words <= asked


def content_words(text: str) -> set[str]:
    """Lower-case words of ``text`` but stop words."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


_TITLE_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?[A-Z][\w'’-]*)+")


def asked_words(question: str) -> set[str]:
    """``content_words`` of the question and the initials of each name of several capitalised words
    in it: "Rail Safety Register" asks nothing that "RSR" answers."""
    initials = {"".join(w[0] for w in m.group(0).split() if w[0].isupper() and w.lower() not in STOPWORDS).lower()
                for m in _TITLE_RUN.finditer(question)}
    return content_words(question) | initials


def of_kind(kind: Wanted, text: str, question_words: set[str]) -> bool:
    """Whether ``text`` (a span) is an answer of ``kind``."""
    if kind is Wanted.DATE:
        return bool(DATE_PATTERN.search(text))
    if kind is Wanted.NUMBER:
        return bool(NUMBER_PATTERN.search(text))
    if kind is Wanted.AMOUNT:
        return bool(re.search(r"\d", text)) and (bool(_CURRENCY.search(text)) or bool(NUMBER_PATTERN.search(text)))
    if kind in (Wanted.PERSON, Wanted.PLACE, Wanted.NAME):
        names = [w for w in _CAPITALISED.findall(text) if w.lower() not in STOPWORDS]
        return bool(names) and not re.search(r"\d", text) and any(w.lower() not in question_words for w in names)
    return False


def choose(question: str, sentence: str, reading: Reading, slack: float, dated: int | None = None) -> Reading:
    """``reading`` with the span to quote (see the module doc); its scores unchanged. ``dated``: the
    year of the sentence's article, when it has a date ("last year" in it is the year before)."""
    kind = wanted(question)
    if kind is Wanted.QUOTE:
        quote = quotation(sentence)
        if quote is not None:
            return replace(reading, start=quote[0], end=quote[1])
    if not reading.spans:
        return reading
    if kind is Wanted.DESCRIPTION:      # the reader leans to a person here: any span it offers may do
        pick = next(((s, e) for s, e, _ in reading.spans if describes(sentence, s, e, question)), None)
        if pick is not None:
            return replace(reading, start=pick[0], end=pick[1])
    asked = asked_words(question)
    best = reading.spans[0][2]
    refs = references(sentence)
    near = [(s, e) for s, e, score in reading.spans if score >= best - slack and not cuts(refs, s, e)]
    own = [(s, e) for s, e in near if _other_words(sentence, s, e, asked)]
    if not own:
        return replace(reading, **dict(zip(("start", "end"), whole_references(sentence, reading.start, reading.end))))
    years = asked_years(question) or _figure_years(question, sentence, *own[0])
    money = money_asked(question)
    if years or money:      # near-best spans that are what the question rules in, if any
        own = [(s, e) for s, e in own if fits(sentence, s, e, years, money, dated)] or own
    figure = figure_asked(question)
    if figure:              # and that give the figure asked for ("34" of "the 34-year-old" counts nothing)
        own = [(s, e) for s, e in own if gives_figure(figure, sentence, s, e)] or own
    if figure == "age" and not any(is_age(sentence, m.start(), m.end()) for m in _DIGITS.finditer(sentence, *own[0])):
        ages = [m.span() for m in _DIGITS.finditer(sentence) if is_age(sentence, m.start(), m.end())]
        own = ages[:1] + own if len(ages) == 1 else own     # "How old is she?": "The [19]-year-old", not "3-6"
    if years:               # a figure the sentence says is for the year asked, among all the reader's spans,
        tied = [(s, e) for s, e, _ in reading.spans if _other_words(sentence, s, e, asked)
                and for_year(sentence, s, e, years, dated) and fits(sentence, s, e, years, money, dated)]
        if not tied:        # or the one such figure inside a span the reader offers ("£41.2m in 2022, down from
            tied = _figures_for(sentence, reading.spans, years, money, dated)   # [£59.7m] a year earlier")
        if tied and not (tied[0][0] < own[0][1] and own[0][0] < tied[0][1] and one_figure(sentence, *own[0])):
            own = tied      # unless it holds the best one ("2,300 … gave up their licences [since 2003]"), a
            # span of one figure ("£1.9m to keep running, up from £1.1m" gives two: the one for the year)
    pick = own[0]
    if kind not in (Wanted.OTHER, Wanted.DESCRIPTION) and not of_kind(kind, sentence[pick[0]:pick[1]], asked):
        typed = [(s, e) for s, e in own if of_kind(kind, sentence[s:e], asked)]
        if typed:
            pick = typed[0]
    if _MEASURE.match(" ".join(question.split())[:1000]):
        if holds_age(sentence, *pick):     # "How long was Aulakh jailed?": not "Aulakh, [58],"; "How long has she
            free = [(s, e) for s, e in own if not holds_age(sentence, s, e)]    # campaigned?": not "[46, spent a
            inside = [(s, e) for s, e, _ in reading.spans if not holds_age(sentence, s, e)   # decade]" but
                      and any(a <= s and e <= b for a, b in own) and _other_words(sentence, s, e, asked)]  # "decade"
            pick = (free + inside + [pick])[0]
        pick = with_unit(sentence, *pick)
    if money:
        pick = the_sum(sentence, *pick)
    pick = the_margin(question, sentence, *pick)
    if kind in (Wanted.NUMBER, Wanted.AMOUNT) or (kind is Wanted.OTHER and _FIGURE_START.match(sentence, pick[0])):
        pick = the_level(question, sentence, *pick)     # "What were exports?": not the change, "up [7.4%] to $9.8bn"
    if kind in (Wanted.NUMBER, Wanted.AMOUNT):
        pick = with_qualifier(sentence, *first_of_two(sentence, *pick))
    if kind is Wanted.NUMBER:
        pick = tally_side(question, sentence, *pick)
    if (_WHO_WON.match(question) and beaten(sentence, *pick)) \
            or (_WHO_REPLACED.match(question) and replaced(sentence, *pick)):   # not the one beaten / replaced
        lost = pick
        pick = next(((s, e) for s, e, _ in reading.spans if not (s < lost[1] and lost[0] < e)
                     and _other_words(sentence, s, e, asked) and not beaten(sentence, s, e)
                     and not replaced(sentence, s, e) and not _apposition_of(sentence, s, asked)
                     and (kind is Wanted.OTHER or of_kind(kind, sentence[s:e], asked))), pick)
    if kind in (Wanted.PERSON, Wanted.PLACE, Wanted.NAME) and len(sentence[pick[0]:pick[1]].split()) == 1:
        pick = whole_name(sentence, *pick)        # "Tom" → "Tom Hanks"; a name of two words is left alone
    elif kind in (Wanted.PERSON, Wanted.NAME):
        pick = the_name(sentence, *pick, asked, person=kind is Wanted.PERSON) or pick
    pick = whole_references(sentence, *without_markup(sentence, *pick))
    return replace(reading, start=pick[0], end=pick[1])


_STAMP = re.compile(r"\d{1,2}[:.]\d\d\s*[*_]+\s*")       # a live blog's "**12:15**" before its entry


def without_markup(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span ``sentence[start:end]`` without Markdown emphasis at its edges ("*14:02** All trains
    …" → "All trains …"), nor a live blog's time stamp opening it; as it is when nothing is left."""
    a, b = start, end
    while a < b and sentence[a] in "*_ ":
        a += 1
    stamp = _STAMP.match(sentence, a, b)
    a = stamp.end() if stamp and stamp.end() < b else a
    while b > a and sentence[b - 1] in "*_ ":
        b -= 1
    return (a, b) if b > a else (start, end)


# "Who won the election?", "Which team beat Leeds?": the winner asked for (not "Who did Solberg beat?")
_WHO_WON = re.compile(r"^\W*(?:who|which\s+\w+(?:\s+\w+)?)\s+(?:won|wins|win|beat|beats|defeated|defeats|unseated"
                      r"|ousted|triumphed|topped)\b", re.IGNORECASE)
# the one beaten, right after the verb: "beating the sitting mayor, Harold Pendergast", "defeated Leeds"
_BEATEN_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeat|defeats|defeated|defeating|unseat|unseated|unseating"
                            r"|oust|ousted|ousting|edged\s+out|knocked\s+out|overcame|overcoming)\s+"
                            r"(?:the\s+[\w\s'’-]{0,40}?,\s*|(?!by\b)[\w'’-]+\s+)?(?<!\bby\s)$", re.IGNORECASE)


# "Who replaced Beatriz Quental?", "Who will succeed her?": the successor asked for
_WHO_REPLACED = re.compile(r"^\W*who\s+(?:replaced|replaces|succeeded|succeeds|will\s+(?:replace|succeed)"
                           r"|(?:is|was)\s+(?:replacing|succeeding))\b", re.IGNORECASE)
# the one replaced: "[Orrick] was replaced by …", "… replacing interim manager [Niall Brody]"
_REPLACED_AFTER = re.compile(r"^(?:,[^,]{1,60},)?\s+(?:was|were|is|has\s+been|will\s+be|had\s+been)\s+"
                             r"(?:replaced|succeeded)\b", re.IGNORECASE)
_REPLACED_BEFORE = re.compile(r"\b(?:replac(?:ing|es|ed)|succeed(?:ing|s|ed)|in\s+place\s+of)\s+"
                              r"(?:(?!by\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _apposition_of(sentence: str, start: int, asked: set[str]) -> bool:
    """Whether a span at ``start`` stands in the phrase after a name of the question and a comma
    ("Beatriz Quental, [the former Lisbon coach]"): it says who that one is, not who else did something."""
    m = re.search(r"([\w’'-]+),[^,;:.]{0,40}$", sentence[max(0, start - 80):start])
    return m is not None and m.group(1).lower() in asked


def replaced_asked(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks who replaced someone and the span names the one replaced, or the
    sentence says that someone is the successor ("Orrick was replaced by Beatriz Quental" answers
    who Quental replaced, not "Who replaced Beatriz Quental?")."""
    if not _WHO_REPLACED.match(question):
        return False
    named = [w for w in _CAPITALISED.findall(question[3:]) if w.lower() not in STOPWORDS]
    successor = bool(named) and re.search(r"\b(?:replaced|succeeded)\s+by\s+(?:[\w'’-]+\s+){0,3}?(?:"
                                          + "|".join(map(re.escape, named)) + r")\b", sentence)
    return bool(successor) or replaced(sentence, start, end)


def replaced(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` names the one replaced ("[Orrick] was replaced by
    Beatriz Quental", "… replacing interim manager [Niall Brody]"), not the successor."""
    return bool(_REPLACED_AFTER.match(sentence[end:end + 80])
                or _REPLACED_BEFORE.search(sentence[max(0, start - 60):start]))


def beaten(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` names the one a verb of winning says was beaten
    ("… has been elected mayor, beating the sitting mayor, [Harold Pendergast], by 612 votes")."""
    return bool(_BEATEN_BEFORE.search(sentence[max(0, start - 60):start]))


# A vote's tally, "passed by 23 votes to 9", "rejected 310 to 215": the votes for, then against.
_TALLY = re.compile(r"(?<![\w.,])(\d(?:[\d,]*\d)?)\s+(?:votes?\s+)?to\s+(\d(?:[\d,]*\d)?)(?![\w.,]*\d)")
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
_AGAINST = re.compile(r"\b(?:against|opposed|opposing|voted\s+no)\b", re.IGNORECASE)
_IN_FAVOUR = re.compile(r"\b(?:for|in\s+favou?r|supported|supporting|backed|backing|voted\s+yes)\b", re.IGNORECASE)


def tally_side(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "How many voted against …?" ("… for …?", "… in favour …?"), the side of a tally that the
    span ``sentence[start:end]`` is in or holds ("by 23 votes to 9": 9 against, 23 for); the span
    as it is for other questions, or when the question names both sides or neither."""
    if not _VOTE.search(question) or not _VOTE.search(sentence):
        return start, end
    against, in_favour = bool(_AGAINST.search(question)), bool(_IN_FAVOUR.search(question))
    if against == in_favour:
        return start, end
    for m in _TALLY.finditer(sentence):
        if m.start() < end and start < m.end():
            side = 2 if against else 1
            return m.start(side), m.end(side)
    return start, end


_SPEAKER = re.compile(r"^\W*what\s+(?:else\s+)?(?:did|does|has|had|will|would)\s+(?P<who>.+?)\s+"
                      r"(?:say|tell|warn|claim|argue|admit|insist|reply)\b", re.IGNORECASE)
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor"}


def speaker(question: str) -> tuple[str, frozenset[str]]:
    """For "What did X say?": X as asked and the words of the name in it, in lower case ("Priya
    Ramaswamy" → {"priya", "ramaswamy"}); ("", ∅) when the question asks something else or X names
    no one ("the council leader", "she")."""
    if wanted(question) is not Wanted.QUOTE:
        return "", frozenset()
    m = _SPEAKER.match(" ".join(question.split())[:1000])
    if m is None:
        return "", frozenset()
    words = {w.lower() for w in _CAPITALISED.findall(m.group("who"))} - _HONORIFICS - STOPWORDS
    words = {re.sub(r"['’]s?$", "", w) or w for w in words}       # "Kim's" → "kim"
    return (m.group("who"), frozenset(words)) if words else ("", frozenset())


# "What did X say?", "… tell reporters?", "… say next?": nothing asked but what X said (not "… say
# about the plan?")
_ONLY_SAID = re.compile(rf"\b(?:{_SPEECH_VERBS})(?:\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!(?:{_TOPIC_OPENERS})\b)"
                        r"[\w'’]+)?[\s?]*$", re.IGNORECASE)


# A passage a question quotes: "…", “…”, ‘…’ (an apostrophe inside is no end: ‘I don’t care’)
_ASKED_QUOTE = re.compile(r"\"([^\"]+)\"|“([^”]+)”|‘(.+?)’(?!\w)")


def quote_asked(question: str) -> tuple[str, ...]:
    """The words, in lower case, of the longest passage of three words or more that ``question``
    quotes ('Who said "I don't care who runs it"?' → ("i", "don", "t", "care", …)); () when it
    quotes none."""
    quoted = [next(filter(None, m.groups())) for m in _ASKED_QUOTE.finditer(question[:1000])]
    words = max((tuple(re.findall(r"\w+", q.lower())) for q in quoted), key=len, default=())
    return words if len(words) >= 3 else ()


def unclosed_quote(sentence: str) -> bool:
    """Whether ``sentence`` opens a quotation it does not close ('"People here have had to drive
    two hours.': its speaker comes after, '… That ends in April," she said.')."""
    opened = len(_OPENING_MARK.findall(sentence))
    return opened > len(_CLOSING_MARK.findall(sentence))


# A quotation mark opening a quotation (at the start, after a space, a colon or a bracket, before a
# word) and one closing it (after a word or punctuation, before a space, punctuation or the end)
_OPENING_MARK = re.compile(r"(?:^|(?<=[\s:(\[—–]))[\"“](?=[\w‘'…])")
_CLOSING_MARK = re.compile(r"(?<=[\w.,!?;:’'…)-])[\"”](?=[\s)\]—–,.;:!?]|$)")


def holds_quote(words: tuple[str, ...], sentence: str) -> bool:
    """Whether ``sentence`` holds the words ``words`` (``quote_asked``) one after another."""
    have = re.findall(r"\w+", sentence.lower())
    n = len(words)
    return n > 0 and any(tuple(have[i:i + n]) == words for i in range(len(have) - n + 1))


# "Did Calderwick close the site?", "Is Solberg a member of Labour?": a question answered yes or no
# (not "Are early or late maturing boys taller?": one of two, a span).
_YES_NO = re.compile(r"^\W*(?:did|does|do|is|was|are|were|has|have|had|can|could|will|would|should|may|might"
                     r"|must)\b(?![^?]*\bor\b)(?![^?]*\b(?:who|what|which|when|where|why|how)\b)", re.IGNORECASE)


def yes_no(question: str) -> bool:
    """Whether ``question`` asks yes or no: no span says that, so the sentence bearing on it is
    what is quoted, for the reader to judge ("right not" would answer "Did Calderwick close the
    Gresham Quay site?" from "… had been right not to close the Gresham Quay site")."""
    return bool(_YES_NO.match(" ".join(question.split())[:1000]))


def only_said(question: str) -> bool:
    """Whether ``question`` asks only what someone named said ("What did Tomas Reyhill say?",
    "… tell reporters?"; not "… say about the plan?")."""
    return bool(speaker(question)[1]) and bool(_ONLY_SAID.search(" ".join(question.split())[:1000]))


# What makes a sentence give someone's words: quotation marks, a verb of saying, "according to"
_SPEECH = re.compile(r"[\"“”‘]|\b(?:according\s+to|said|told|wrote|written|spoke|speech|statement|thesis|theory"
                     r"|views?|opinions?|position|belief|believes?|believed|thinks?|thought|idea|arguments?|found"
                     r"|admitted|admitting|regrett?(?:ed|ing|s)?|recommend(?:s|ed|ing)?"
                     r"|interview(?:s|ed)?|stat(?:ed|ing)|post(?:ed|ing)"
                     r"|(?:say|tell|warn|claim|add|insist|predict|admit|comment|remark|vow|pledge|tweet|urge"
                     r"|declare|explain|describe|call|suggest|respond|promise|deny|denie|confirm"
                     r"|acknowledge|concede|note|accuse|praise|critici[sz]e|complain|argue|reply|replie|announce|mention"
                     r"|write)(?:s|d|ed|ing)?)\b", re.IGNORECASE)


# What "What does X say?" may ask of a text, not a person: its content answers, in any words
_DOCUMENT = re.compile(r"\b(?:article|section|clause|verse|chapter|act|bill|law|report|study|survey|poll|treaty"
                       r"|constitution|document|letter|manifesto|book|statement|rule|rules|sign|label|map|website)\b",
                       re.IGNORECASE)


def of_a_person(question: str) -> bool:
    """Whether the X of "What did X say …?" may be a person or a body ("Mara Lind", "the union"), not
    a text ("Article 370", "the report"), whose content says things in any words."""
    who = speaker(question)[0]
    return bool(who) and not _DOCUMENT.search(who)


def speaks(sentence: str) -> bool:
    """Whether ``sentence`` gives anyone's words or views at all: a quotation, a verb of saying
    ("told", "warned", "denied"), "according to", a view ("Frege's thesis", "she believes"). "Kim
    and Putin have strengthened their ties" does not."""
    return bool(_SPEECH.search(sentence))


def quoted_speaker(question: str, sentence: str) -> bool:
    """Whether ``question`` asks only what someone said (``only_said``) and ``sentence`` gives
    words to them by name ("…," Mr Reyhill told reporters; ``_gives_words_to``)."""
    return only_said(question) and _gives_words_to(speaker(question)[0], sentence)


def _gives_words_to(who: str, sentence: str) -> bool:
    """Whether ``sentence`` gives words to ``who`` (a name as asked): a name it says spoke
    (``said_by``) holds their surname, the name's last word ("…, said Jo Lind" for Mara Lind), or
    is made of words of the name only, honorifics aside ("…," Kim said. for Kim Jong Un, whose
    family name comes first; "Mr Xi said" for Xi Jinping)."""
    asked = re.findall(r"\w+", re.sub(r"['’]s?\b", "", who).lower())
    for n in said_by(sentence):
        words = re.findall(r"\w+", n.lower())
        if asked[-1] in words or set(asked) >= set(words) - _HONORIFICS > set():
            return True
    return False


_ABOUT = re.compile(r"\b(?:say|tell|warn|claim|argue|admit|insist|reply)\b.*?\babout\s+(?P<topic>[^?]+)", re.IGNORECASE)


def said_topic(question: str) -> str:
    """For "What did X say about Y?" (X a name): Y ("the recall"); else ""."""
    m = _ABOUT.search(" ".join(question.split())[:1000])
    return m.group("topic").strip() if speaker(question)[1] and m is not None else ""


def said_about(question: str, sentence: str) -> str:
    """For "What did X say about Y?" answered by a sentence giving words to X by name (``said_by``,
    their surname): Y ("the recall"); else ""."""
    topic = said_topic(question)
    return topic if topic and _gives_words_to(speaker(question)[0], sentence) else ""


SAYING = frozenset("said says called told added warned argued insisted claimed replied wrote".split())
_SAYS = rf"(?:{'|'.join(sorted(SAYING))})"
# A name right before or after the verb; or, in the clause that gives a quote its speaker (after the
# quote or a comma), with what they are beside it: ("…," said the firm's chief medical officer, Dr
# Kim Ode. / "…," the firm's chief executive, Kim Ode, said. / Kim Ode, the firm's chief executive,
# said …). Not "The police said the driver, Tom Reyes, was arrested": he is spoken of. The role
# opens with an article or an owner ("the firm's chief executive", "Northwind's founder").
_ROLE = (r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+)"
         r"[^,;:\"“”()]{2,80}?")
_QUOTING = r"(?:said|says|added|wrote|warned|insisted|argued|claimed|replied)"
_CLAUSE = r"(?:^|(?<=[,\"”’]\s))"
_SAID_BY = re.compile(rf"(?<=[,\"”’]\s){_QUOTING}\s+(?!{_NAME_RUN.pattern}\s*,){_ROLE},\s+(?P<c>{_NAME_RUN.pattern})"
                      rf"(?=\s*(?:[,;]|$))"
                      rf"|{_CLAUSE}(?:{_ROLE}),\s+(?P<e>{_NAME_RUN.pattern}),\s+{_QUOTING}\b"
                      rf"|{_CLAUSE}(?P<d>{_NAME_RUN.pattern}),\s+{_ROLE},\s+{_QUOTING}\b"
                      rf"|{_CLAUSE}(?P<f>{_NAME_RUN.pattern}),\s+(?:who|whose)\b[^,;:\"“”()]{{2,120}}?,\s+{_QUOTING}\b"
                      rf"|(?P<g>{_NAME_RUN.pattern})\s+(?:of|from|at)\s+(?:the\s+)?{_NAME_RUN.pattern}\s+{_SAYS}\b"
                      rf"|(?P<a>{_NAME_RUN.pattern})(?:,\s+\d{{1,3}},)?\s+{_SAYS}\b|\b{_QUOTING}\s+(?P<b>{_NAME_RUN.pattern})")


def said_by(sentence: str) -> list[str]:
    """The names a sentence gives words to ("Tomás Ó Ceallaigh called the cuts …", "Kim Ode, 71,
    said …", "…, said Kim Ode", "…, said the firm's chief executive, Kim Ode.", "Kim Ode, who
    chairs the group, said …", "Sergeant Kim Ode of Kelderby Police said …"); a name opening the
    sentence counts, a pronoun ("She said") does not."""
    names = [next(filter(None, m.group("a", "b", "c", "d", "e", "f", "g"))).rstrip(".")
             for m in _SAID_BY.finditer(sentence)]
    return [n for n in names if content_words(n)]        # not "She said"; not "…," she told Kim Ode.


_PRONOUN_SAYS = re.compile(rf"(?:[,\"”’]\s+|^)(?P<p>he|she|they)\s+{_SAYS}\b"
                           rf"|\b{_SAYS}\s+(?P<q>he|she)(?=\s*(?:[.,;:!?\"”]|$))",      # not "said she would …"
                           re.IGNORECASE)


def spoken_of(sentence: str, names: frozenset[str]) -> bool:
    """Whether ``sentence`` gives words to a pronoun and names the person of ``names`` (their
    name's words, in lower case) only after it: someone speaking of them ("She added that Aulakh
    had shown no remorse"), not them speaking."""
    m = _PRONOUN_SAYS.search(sentence) if pronoun_speaker(sentence) else None
    return m is not None and not names & {w.lower() for w in re.findall(r"\w+", sentence[:m.start()])} \
        and bool(names & {w.lower() for w in re.findall(r"\w+", sentence[m.end():])})


# The one spoken to: "She spoke to [Marcus Oyelaran].", "Police told [Mr Aulakh's family] …"
_LISTENER = re.compile(r"\b(?:told|tells|telling|interviewed|(?:spoke|speaks|speaking|talked|talks|talking"
                       r"|said|wrote|writes|writing|replied|reply|replying)\s+to)\s+$", re.IGNORECASE)


def spoken_to(sentence: str, names: frozenset[str]) -> bool:
    """Whether ``sentence`` names the person of ``names`` (their name's words, in lower case) only
    as the one spoken to ("She spoke to Marcus Oyelaran."): not them speaking."""
    theirs = [m for m in _NAME_RUN.finditer(sentence) if names & {w.lower() for w in re.findall(r"\w+", m.group())}]
    return bool(theirs) and all(_LISTENER.search(sentence, 0, m.start()) for m in theirs)


def pronoun_speaker(sentence: str) -> str:
    """The pronoun a sentence gives words to, in lower case ('"…," she said.', "He added that …"),
    when it names no speaker (``said_by``); "" otherwise."""
    if said_by(sentence):
        return ""
    m = _PRONOUN_SAYS.search(sentence)
    return (m.group("p") or m.group("q")).lower() if m else ""


_MALE, _FEMALE = {"mr", "sir", "lord"}, {"mrs", "ms", "miss", "lady", "dame"}
# A title before a name ("Dr Sunniva Berg"): no description of the one named
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Lord|Lady|Dame|Rev|Cllr|Councillor)"
_OPENING_NAME = re.compile(rf"^\W*(?P<name>(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+)?"
                           rf"{_NAME_RUN.pattern})(?P<after>,|\s+[a-z]+(?:ed|s)\b)?")
# Capitalised words opening a sentence that are no person's name ("Last Tuesday the council …",
# "After Harold Pendergast …", "Brennmoor Council voted …")
_NOT_A_PERSON = frozenset("""the a an in on at by for but and this that it its last next during after before when
    while since yesterday today tomorrow tonight on monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december council committee company party
    union club board group bank police government ministry agency authority trust association university school
    college hospital court team city town county street road bridge footbridge station airport harbour port""".split())


def names_someone(text: str, asked: set[str]) -> bool:
    """Whether the span ``text`` holds a capitalised word that may name someone, not a word of the
    question (``asked``), a stop word, a month or a weekday ("[1 June]" names no one)."""
    return any(w.lower() not in STOPWORDS and w.lower() not in asked and w.lower() not in _NOT_A_PERSON
               for w in _CAPITALISED.findall(text))


def people_named(sentence: str) -> list[str]:
    """The names in ``sentence`` that look like a person's: two to four capitalised words ("Priyanka
    Solberg", "Dr Mara Lind"), none of them a word of time, place or body ("Fenwick District
    Council", "Last Tuesday"), not opening the sentence with a word that opens any ("The Company")."""
    out = []
    for m in _NAME_RUN.finditer(sentence):
        words = re.sub(r"['’]s?$", "", m.group().rstrip(".")).split()       # "Toghun Temür's"
        if 2 <= len(words) <= 4 and not {w.lower() for w in words} & _NOT_A_PERSON \
                and not (m.start() == 0 and words[0].lower() in STOPWORDS):
            out.append(" ".join(words))
    return out


def opening_name(sentence: str, pronoun: str = "") -> str:
    """The person's name a sentence opens with ("Mr Pendergast, who had been mayor, conceded …";
    "Harold Pendergast conceded …"): an honorific and a name, or two or three words of one followed
    by a comma or a verb, none of them a word of time, place or body ("Last Tuesday the council …",
    "Brennmoor Council voted …"); "" for one word alone ("Police said") or a name the ``pronoun``
    cannot stand for ("Mr Reyes" for "she")."""
    m = _OPENING_NAME.match(sentence)
    if m is None:
        return ""
    name = m.group("name")
    words = name.split()
    title = words[0].lower().rstrip(".")
    if len(words) < 2 or (pronoun == "she" and title in _MALE) or (pronoun == "he" and title in _FEMALE):
        return ""
    if not m.group("title") and (not m.group("after") or len(words) > 3      # a name, then "," or a verb
                                 or {w.lower() for w in words} & _NOT_A_PERSON):
        return ""
    return name


def describes(sentence: str, start: int, end: int, question: str) -> bool:
    """Whether the span ``sentence[start:end]`` can say who the person ``question`` names is: it
    stands right before a word of the name ("North Korean leader | Kim Jong-Un"), or before "is" and
    the name ("Her [skipper] this morning is Declan Moorhouse"), or right after it,
    past a comma ("Kim Ode, | the city's mayor"), holds none of the name's words and is one phrase
    (no comma, "and" or "or": "Kim Jong-Un and Russian leader" describes no one)."""
    named = {w.lower() for w in _CAPITALISED.findall(described(question))}
    span = sentence[start:end]
    if not named or "," in span or re.search(r"\b(?:and|or)\b", span) \
            or {w.lower() for w in _CAPITALISED.findall(span)} & named:
        return False
    after = re.match(rf"(?:(?:\s+[a-z]+){{0,3}}\s+(?:is|was)\b|,)?\s*(?:{_TITLE}\.?\s+)?([\w’'.-]+)",
                     sentence[end:end + 60])    # "The council's [ecologist], Dr Sunniva Berg"
    before = re.search(r"([\w’'.-]+),\s*(?:\d{1,3},\s*)?$", sentence[max(0, start - 60):start])   # "Ode, 71,"
    if not re.search(r"[^\W\d_]{2}", span) or re.fullmatch(rf"(?:{_TITLE})\.?", span.strip(), re.IGNORECASE):
        return False                    # an age, a figure, a title ("Dr"): no description
    return bool(after and after.group(1).lower() in named) or bool(before and before.group(1).lower() in named)


# "How long …?", "How far …?", "At what speed …?": a measure, whose answer is a figure with its unit
# ("26 km/h", "half a mile"). Not "How many …?": SQuAD quotes a count bare ("two", not "two days").
_MEASURE = re.compile(r"^\W*(?:for\s+)?(?:how\s+(?:long|far|fast|tall|high|deep|heavy)\b(?!\s+ago\b)"
                      r"|(?:(?:at|to|by)\s+)?what\s+(?:speed|distance|height|depth|weight|length)\b)", re.IGNORECASE)
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
                 "|sixty|seventy|eighty|ninety|hundred|thousand|million|half|a|an|several|few")
# What may come before a figure and belongs to it ("around $20m", "more than 30 days").
_QUALIFIERS = (r"about|around|almost|nearly|over|some|roughly|approximately|more\s+than|less\s+than|fewer\s+than"
               r"|up\s+to|at\s+least|at\s+most|as\s+many\s+as|as\s+much\s+as|close\s+to|just\s+over|just\s+under")
_QUALIFIER = rf"(?:(?:{_QUALIFIERS})\s+)?"
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w-])(?:{_QUALIFIERS})\s+$", re.IGNORECASE)
_SPELL = re.compile(r"^[\w.,\s-]*?\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)"
                    r"|seasons?|games|matches)\b", re.IGNORECASE)
_FIGURE_START = re.compile(rf"[£$€¥]?\d|(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_BARE_FIGURE = re.compile(rf"{_QUALIFIER}(?:\d[\d.,]*|(?:{_NUMBER_WORDS})(?:[\s-]+(?:{_NUMBER_WORDS}))*)",
                          re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^\s*(?:km/h|mph|kph|m/s|(?:years?|months?|weeks?|days?|hours?|minutes?"
                         r"|seconds?|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|ft|inch(?:es)?|cm|mm|kg"
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


_TWO_FIGURES = re.compile(r"(?P<first>[£$€¥]?\d(?:[\d.,]*\d)?(?:\s?(?:bn|m|k|p|million|billion|thousand)\b)?)"
                          r"\s*(?:,\s+(?:and\s+)?|(?:and|&)\s+)[£$€¥]?\d")
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


_RANGE = re.compile(r"\d\s*(?:[–-]|to)\s*[£$€¥]?\d")


def one_figure(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` gives one figure, a range counting as one ("0.5–1.4 m")."""
    span = sentence[start:end]
    return len(_FIGURE.findall(span)) <= 1 or bool(_RANGE.search(span))


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
                      r"|[^.;:\d£$€¥]{0,80}?,\s*(?:taking|bringing|pushing|lifting|raising|cutting)\s+"
                      r"(?:it|them|the\s+\w+(?:\s+\w+)?)\s+)to\s+"
                      r"(?:an?\s+(?:record|new\s+high|new\s+low|high|low|total)\s+(?:of\s+)?)?(?=[£$€¥]?\d)",
                      re.IGNORECASE)
# A question about the change itself: "By how much did exports fall?", "What was the rise in sales?"
_CHANGE_ASKED = re.compile(r"\b(?:by\s+how\s+much|rise|rises|rose|risen|fall|falls|fell|fallen|increase[sd]?"
                           r"|decrease[sd]?|grow|grew|grown|growth|drop|dropped|decline[sd]?|change[sd]?|gain(?:ed|s)?"
                           r"|jump(?:ed|s)?|up|down)\b", re.IGNORECASE)


def the_level(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For a question asking for an amount or a count (or a figure), not for a change: the level
    the span's figure is a change to, when the sentence gives one ("How much were exports to the EU?":
    "fell 2.1% to [€3.3bn]"); else the span as it is."""
    if _CHANGE_ASKED.search(question[:1000]) or not _CHANGED_BY.search(sentence[max(0, start - 30):start]):
        return start, end
    m = _CAME_TO.match(sentence, end)
    if m is None:
        return start, end
    level = _SUM.match(sentence, m.end()) or _DIGITS.match(sentence, m.end())
    if level is None:
        return start, end
    end = level.end() - len(level.group()) + len(level.group().rstrip(".,"))     # "£1,988.40[.]"
    share = re.compile(r"\s?(?:%|per\s*cent\b)").match(sentence, end)
    return (level.start(), share.end()) if share else with_unit(sentence, *_with_scale(sentence, level.start(), end))


def with_qualifier(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span ``sentence[start:end]``, when it starts with a figure, with the words before it
    that say how exact the figure is ("10,000" → "more than 10,000", "$20m" → "around $20m"): the
    figure alone would misquote the article."""
    if not _FIGURE_START.match(sentence, start):
        return start, end
    m = _QUALIFIER_BEFORE.search(sentence[max(0, start - 25):start])
    if m is None or (m.group(0).split()[0].lower() == "over" and _SPELL.search(sentence[start:end + 20])):
        return start, end               # "over three years": during them
    return start - len(m.group(0)), end


# "£4m in 2021", "£4m for the third quarter of 2024", "£4m in the year to March 2024"
_PERIOD = (r"(?:(?:first|second|third|fourth|final|last|same|full|financial|fiscal|calendar)\s+)?"
           r"(?:year|season|quarter|half|month|period)(?:\s+(?:of|to|in|ending|ended|until))?")
_YEAR_AFTER = re.compile(rf"^(?:\s+[a-z]+){{0,2}}?[\s,]*(?:in|for|during|of|since|by)\s+(?:the\s+)?(?:{_PERIOD}\s+)?"
                         rf"(?:(?:{'|'.join(MONTHS)})\s+)?((?:1[89]|2[01])\d\d)\b", re.IGNORECASE)
# "for 2005 the firm expects $4bn", "in May 2023 with 54%": a year before the span, with no other figure or
# clause break between
_YEAR_BEFORE = re.compile(rf"\b(?:in|for|during|by)\s+(?:(?:{'|'.join(MONTHS)})\s+)?((?:1[89]|2[01])\d\d)\b"
                          r"[^.,;:$£€%\d]{0,30}$", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:1[89]|2[01])\d\d)\b")
_FIGURE = re.compile(r"\d[\d.,]*")


def asked_years(question: str) -> set[int]:
    """The years a question asking for a figure (an amount or a number) names ("How much wheat was
    harvested in 2022?"); none for other questions, where a year is the answer or a qualifier
    ("When did the 2022 champion make his debut?")."""
    if wanted(question) not in (Wanted.AMOUNT, Wanted.NUMBER):
        return set()
    return years_named(question)


def years_named(question: str) -> set[int]:
    """The years ``question`` names ("in 2023", "in March 2024", "last year" is none)."""
    return {m.year for m in asked_times(question)}


def _figure_years(question: str, sentence: str, start: int, end: int) -> set[int]:
    """The years named by a question asking for no kind of thing ("What was the median wait for a
    hip replacement in 2023?") when the span ``sentence[start:end]`` the reader likes best is a
    figure: it is asking for one, in those years (as ``asked_years``)."""
    if wanted(question) is not Wanted.OTHER or not _FIGURE_START.match(sentence, start):
        return set()
    return years_named(question)


# "£59.7m a year earlier", "£4m last year": a year named relative to the article's (``dates.relative_year``)
_RELATIVE_AFTER = re.compile(rf"^(?:\s+[a-z]+){{0,2}}?[\s,]*(?:(?:in|for|during|from|since)\s+)?"
                             rf"({RELATIVE_YEAR.pattern})", re.IGNORECASE)


def span_years(sentence: str, start: int, end: int, dated: int | None = None) -> set[int]:
    """The years the span ``sentence[start:end]`` is tied to: those it names, or the one the words
    right after it name ("6.1 million [tonnes] in 2021"), also relative to its article's year
    ``dated`` ("£59.7m a year earlier"), or, with none after, a year shortly before it in the same
    phrase ("for 2005 the firm expects $4bn"); none when nothing ties it."""
    span = {int(y) for y in _YEAR.findall(sentence[start:end])}
    if span:
        return span
    m = _YEAR_AFTER.match(sentence[end:end + 60])
    if m is None and dated is not None:
        r = _RELATIVE_AFTER.match(sentence[end:end + 60])
        year = relative_year(r.group(1), dated, sentence) if r else None
        if year is not None:
            return {year}
    m = m or _YEAR_BEFORE.search(sentence[max(0, start - 45):start])
    return {int(m.group(1))} if m else set()


def for_year(sentence: str, start: int, end: int, years: set[int], dated: int | None = None) -> bool:
    """Whether the span ``sentence[start:end]`` is one figure, naming no year, that the words
    around it tie to one of ``years`` (``span_years``: "£4m [in 2023]", "£59.7m [a year earlier]";
    not "£41.2m, from £59.7m", whose first figure is for another time)."""
    span = sentence[start:end]
    return len(_FIGURE.findall(span)) == 1 and not _YEAR.search(span) \
        and bool(span_years(sentence, start, end, dated) & years)


def _figures_for(sentence: str, spans, years: set[int], money: bool, dated: int | None) -> list[tuple[int, int]]:
    """The figure (a sum of money when ``money``) inside one of the reader's ``spans`` that the
    sentence ties to one of ``years`` (``for_year``), when exactly one is; else []."""
    sums = [(m.start(), m.end() - len(m.group("per") or "")) for m in _SUM.finditer(sentence)]
    bare = [] if money else [_with_scale(sentence, *m.span()) for m in _DIGITS.finditer(sentence)
                             if not any(a <= m.start() and m.end() <= b for a, b in sums)]
    found = {(a, b) for a, b in sums + bare if any(s <= a and b <= e for s, e, _ in spans)   # "£59.7m [a year] earlier"
             and for_year(sentence, a, b, years, dated) and fits(sentence, a, b, years, money, dated)}
    return sorted(found) if len(found) == 1 else []


_SCALE = re.compile(r"\s?(?:million|billion|trillion|thousand)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")        # a figure, ending on a digit ("4,100" of "4,100, a record")


def _with_scale(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The figure ``sentence[start:end]`` with its scale and unit after it ("6.1" → "6.1 million tonnes")."""
    m = _SCALE.match(sentence, end)
    end = m.end() if m else end
    unit = _UNIT_AFTER.match(sentence[end:end + 30])
    return start, end + (unit.end() if unit else 0)


def other_year(sentence: str, start: int, end: int, years: set[int], dated: int | None = None) -> bool:
    """Whether the span ``sentence[start:end]`` is tied to a year other than ``years`` (``span_years``)."""
    tied = span_years(sentence, start, end, dated)
    return bool(tied) and not tied & years


def fits(sentence: str, start: int, end: int, years: set[int], money: bool, dated: int | None = None) -> bool:
    """Whether a span is what the question rules in: not a figure for another year than ``years``
    (``asked_years``; ``dated``: its article's year), and a sum of money when ``money`` (``money_asked``)."""
    if years and other_year(sentence, start, end, years, dated):
        return False
    return not money or holds_money(sentence, start, end)


def fit(question: str, sentence: str, start: int, end: int) -> tuple[float, float]:
    """How the quoted span fits the question: (1 when it is of the kind asked for, -1 when a kind is
    asked for and it is not, 0 when none is; 1 when it is only the question's own words, else 0)."""
    kind = wanted(question)
    asked = asked_words(question)
    words = content_words(sentence[start:end])
    own = 1.0 if words and words <= asked else 0.0
    if kind in (Wanted.OTHER, Wanted.QUOTE, Wanted.DESCRIPTION):
        return 0.0, own
    return (1.0 if of_kind(kind, sentence[start:end], asked) else -1.0), own


# "How much did it cost / did they pay / will he earn …?", "How much profit did the firm make?",
# "What fee …?", "What was the film's production budget?": a sum of money is asked for (not "How much
# revenue does mining provide?": a share).
# Not "how much of …" (a share), "how much more …" (a ratio), "how much … compared" or "… by?".
_MONEY_ASKED = re.compile(
    r"^\W*(?:how\s+much\b(?!\s+(?:of|more|less|longer|higher|lower|larger|bigger|smaller|cheaper|greater|time|land"
    r"|space|energy|water|power|weight)\b)(?![^?]*\bcompared\b)(?![^?]*\bby\W*$)[^?]*?\b(?:cost|costs|pay|paid|pays"
    r"|spend|spent|spends|charge|charged|charges|earn|earned|earns|fee|fees|price|sell\s+for|sold\s+for|raise|raised"
    r"|worth"
    r"|invest|invested|borrow|borrowed|budget|salary|fine|fined|owe|owed|money|bid|offer|offered|prize)\b"
    r"|how\s+much\s+(?:profits?|revenues?|turnover|earnings|income|cash|money)\s+(?:did|does|do|will|would|has|have"
    r"|had)\s+(?:[\w'’-]+\s+){1,7}?(?:make|made|makes|earn|earned|earns|report|reported|reports|post|posted|generate"
    r"|generated|generates|turn|turned|bring\s+in|brought\s+in|raise|raised)\b(?!\s+up\b)(?![^?]*\bcompared\b)"
    r"|(?:at\s+)?(?:what|which)\s+(?:price|fee|salary|sum|fine|budget)\b"
    r"|what\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|(?:[A-Z][\w'’-]*\s+){0,2}[\w'’-]+['’]s?\s+)"
    r"(?:(?!(?:of|in|for|on|to|by)\b)[\w'’-]+\s+)"
    r"{0,2}?(?:price|cost|fee|budget|salary|wage)s?(?=\s*(?:[?.!,]|$)|\s+(?:of\b(?!\s+\w+ing\b)|for|in|to|at|per|paid"
    r"|on|now|today|tag|bill|last|this|next|deficit|cap|cuts?)\b))",
    re.IGNORECASE)
_CURRENCY_WORDS = (r"pence|p|cents?|dollars?|pounds?|euros?|yen|francs?|marks?|rupees?|yuan|lira|lire|pesos?|rials?"
                   r"|dinars?|dirhams?|shillings?|crowns?|kronor|krona|krone|rand|roubles?|rubles?|zloty|guilders?"
                   r"|florins?|thalers?|ducats?|penny|halfpenny|bucks?|sterling|millions|billions")
_CODES = r"usd|gbp|eur|chf|rmb|cny|jpy|inr|aud|cad"
# a figure in millions or more counts as money where money is asked ("about 1.3 billion")
_MONEY_IN = re.compile(rf"[£$€¥¢₹]|\b(?:{_CODES})|\d\s*(?:bn|m|k|p)\b"
                       rf"|\b(?:million|billion|trillion|{_CURRENCY_WORDS})\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(rf"(?:[£$€¥¢₹]|\b(?:{_CODES}))\s*$", re.IGNORECASE)
_MONEY_AFTER = re.compile(rf"^\s*(?:(?:bn|m|k|thousand|million|billion|trillion)\b\s*)?(?:{_CURRENCY_WORDS})\b"
                          r"|^(?:bn|m|k)\b", re.IGNORECASE)
_NO_CHARGE = {"free", "free of charge", "nothing", "for free", "for nothing"}


_MEASURE_NOUN = re.compile(rf"\b(?<!-)(?:{_AMOUNT_NOUNS}|turnover|earnings|income|spending|wages?|tax|taxes"
                           r"|dividend)\b", re.IGNORECASE)


def measure_asked(question: str) -> str:
    """The measure a question asking for an amount names ("What was the firm's revenue in 2023?" →
    "revenue"), or ""."""
    if wanted(question) is not Wanted.AMOUNT:
        return ""
    m = _MEASURE_NOUN.search(" ".join(question.split())[:1000])
    return m.group(0).lower() if m else ""


# A place in a race or a table: "finished second", "came third", "were runners-up" (not "the
# second weekend", "the Third Assessment Report": an ordinal naming a thing, not a place).
_PLACE = re.compile(r"\b(?:finish(?:ed|es)?|c[ao]me|comes|placed?|end(?:ed|s)?)\s+(?:the\s+\w+\s+)?"
                    r"(?P<place>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
                    r"|\b(?:was|were)\s+(?P<was>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                    r"(?=\s+(?:in|at|behind|overall|place)\b|\s*[,.?]|\s*$)"       # "Who was second in the race?"
                    r"|\b(?P<runner>runners?-up)\b", re.IGNORECASE)


def ordinal_asked(question: str) -> str:
    """The one place a question asks about ("Who finished second in the marathon?" → "second"), or
    "" ("first" is no place to look for: most sentences that say it say something else)."""
    found = {(m.group("place") or m.group("was") or m.group("runner")).lower()
             for m in _PLACE.finditer(" ".join(question.split())[:1000])}
    return found.pop() if len(found) == 1 else ""


def is_measure(word: str) -> bool:
    """Whether ``word`` names a measure of money ("revenue", "profit", "turnover")."""
    return bool(_MEASURE_NOUN.fullmatch(word))


# A currency a question names for the sum it asks for: "How much will Veltra invest in dollars?"
_CURRENCIES = {"dollars": r"\$|\bdollars?\b|\bUSD\b", "euros": r"€|\beuros?\b|\bEUR\b",
               "pounds": r"£|\bpounds?\b|\bsterling\b|\bGBP\b", "yen": r"¥|\byen\b|\bJPY\b"}
_CURRENCY_ASKED = re.compile(r"\b(?:in|of|how\s+many)\s+(?:us\s+|american\s+|british\s+)?(?P<c>dollars|euros|pounds"
                             r"|sterling|yen)\b", re.IGNORECASE)


def currency_asked(question: str) -> tuple[str, re.Pattern | None]:
    """The currency ``question`` asks a sum in ("… in dollars?", "How many euros …?"), with a
    pattern finding it in a span; ("", None) when it names none."""
    m = _CURRENCY_ASKED.search(question[:1000])
    if m is None:
        return "", None
    name = m.group("c").lower().replace("sterling", "pounds")
    return name, re.compile(_CURRENCIES[name], re.IGNORECASE)


def money_asked(question: str) -> bool:
    """Whether ``question`` asks for a sum of money (see ``_MONEY_ASKED``)."""
    return bool(_MONEY_ASKED.search(" ".join(question.split())[:1000]))


def holds_money(sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is a sum of money: a currency in it, or right
    beside it ("$" before "10bn", "million pounds" after "12"), or "free"."""
    span = sentence[start:end]
    return bool(_MONEY_IN.search(span) or _MONEY_BEFORE.search(sentence[max(0, start - 5):start])
                or _MONEY_AFTER.match(sentence[end:end + 24])) or span.strip(" .").lower() in _NO_CHARGE


# "How many …?" asks for a count, "How much rain …?" for an amount, "On what date / In which year
# …?" for a date, "How old …?" for an age: a span that gives none is no answer (``gives_figure``).
# Not "How much of / more …?" (a share or a ratio) nor "When …?" ("when they improve society").
_FIGURE_ASKED = re.compile(
    r"^\W*(?:(?P<count>how\s+many\b)|(?P<amount>how\s+much\b(?!\s+(?:of|more|less|longer|higher|lower|larger"
    r"|bigger|smaller|cheaper|greater|better|worse|further|time)\b))"
    r"|(?P<year>(?:in\s+)?(?:what|which)\s+year\b)|(?P<date>(?:(?:in|on)\s+)?(?:what|which)\s+(?:month|date)\b)"
    r"|(?P<age>how\s+old\b))",
    re.IGNORECASE)
_FIGURE_WORDS = (r"\d+(?:[.,]\d+)*|a\s+(?:quarter|third)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                 r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
                 r"|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|few|several"
                 r"|score|single|none|zero|once|twice|double|doubled|triple|tripled|quadrupled|free|nothing|many"
                 r"|multiple|numerous|little)s?\b")
_FIGURE_IN = re.compile(rf"(?<![\w.,])(?:{_FIGURE_WORDS})", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")   # "&#233;", "&amp;"
# "is number two in the chart", "world number one", "No 1": a rank (not "descendants number 30,000")
_RANK_BEFORE = re.compile(r"\b(?:(?i:is|was|are|were|be|been|at|to|from|the|world|his|her|their|its|new|former|now"
                          r"|currently|still|ranked|reached|hit|climbed|rose|fell|dropped)\s+(?i:number)|No\.?)\s*$")


def figure_asked(question: str) -> str:
    """"count", "amount", "year", "date" or "age" when ``question`` asks for one (``_FIGURE_ASKED``),
    else ""."""
    m = _FIGURE_ASKED.match(" ".join(question.split())[:1000])
    return "" if m is None else m.lastgroup or ""


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
    if not re.fullmatch(r"(?:1[5-9]|20)\d\d", sentence[start:end]) or re.search(r"[£$€¥¢₹]\s?$", before):
        return False
    if re.match(r"s\b|['’]s\b", after):
        return True                     # "the 1990s", "2004's"
    if re.match(r"[^\W\d_]|%", after):
        return False                    # a unit: "1900mm"
    return not re.match(r"\s+[a-z]", after) or bool(re.search(
        rf"\b(?:in|since|until|till|by|during|from|of|before|after|between|and|to|born|founded|"
        rf"{'|'.join(MONTHS)})\s+$", before, re.IGNORECASE))


def is_age(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` is someone's age: "the 34-year-old",
    "Okonkwo, 26, said", "Varga, now 55, is …", "aged 26"."""
    figure, before, after = sentence[start:end], sentence[max(0, start - 30):start], sentence[end:end + 30]
    return bool(re.match(r"-?\s*years?-old\b", after) or re.search(r"\baged\s+$", before)
                or (re.search(r"[A-Z][\w'’-]*,\s*(?:now\s+)?$", before) and re.match(r",", after)
                    and figure.isdigit() and int(figure) < 120))


def holds_age(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` holds someone's age (``is_age``): "Aulakh, [58, was jailed]"."""
    return any(is_age(sentence, m.start(), m.end()) for m in _DIGITS.finditer(sentence, start, end))


# "How old is she?" (not "was"): an age now
_AGE_NOW_ASKED = re.compile(r"^\W*how\s+old\s+(?:is|are)\b", re.IGNORECASE)


def age_then(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks someone's age now ("How old is Varga?") and the span
    ``sentence[start:end]`` is an age they had in a year the sentence names right after it ("as a
    [19]-year-old apprentice in 1987"), not now."""
    return bool(_AGE_NOW_ASKED.match(" ".join(question.split())[:1000])) \
        and bool(re.match(r"\S*(?:\s+\S+){0,3}?\s+in\s+(?:1[89]|20)\d\d\b", sentence[end:end + 50]))


def age_for_measure(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks for a measure ("How long …?", "How far …?") or a time ("When did
    she become chief executive?") and the span ``sentence[start:end]`` is only someone's age
    ("Desmond Aulakh, [58], was sentenced …", "Varga, now [55], …")."""
    span = sentence[start:end].strip()
    asks = _MEASURE.match(" ".join(question.split())[:1000]) or wanted(question) is Wanted.DATE
    return bool(asks) and span.isdigit() and is_age(sentence, start, start + len(span))


def counts(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` counts something: not a year ("the 2005 Six
    Counties", "in 2004 alone"; "2000 fans" counts), an age (``is_age``), a rank ("world number
    two", "No 1") or a word of a name ("Saturday's Six Counties match"; "Seven pilots" opening a
    sentence counts)."""
    figure, before, after = sentence[start:end], sentence[max(0, start - 30):start], sentence[end:end + 30]
    if is_year(sentence, start, end) or is_age(sentence, start, end) or _RANK_BEFORE.search(before):
        return False
    opens = not before.strip() or before.rstrip()[-1] in ".!?:;\"“‘'("
    return opens or not (figure[0].isupper() and not figure.isdigit()
                         and (re.match(r"\s+[A-Z]", after) or re.search(r"[A-Z][\w'’-]*\s+$", before)))


# "How many votes did Solberg get?": what someone got, won or scored (not "By how many votes …?", "… margin …")
_GOT = re.compile(r"^\W*how\s+many\b[^?]*\b(?:get|got|gets|receive|received|win|won|take|took|poll|polled|score"
                  r"|scored|secure|secured)\b", re.IGNORECASE)
_MARGIN_ASKED = re.compile(r"\b(?:by\s+how\s+many|margin|majority|ahead)\b", re.IGNORECASE)
# "… beating Harold Pendergast by [612] votes", "won by [3] goals": a margin, not what the winner got
_BY_MARGIN = re.compile(r"\b(?:beat|beating|beats|won|win|wins|winning|defeated|defeating|lost|losing|led|leading"
                        r"|ahead|trailed|trailing)\b[^.;]{0,60}?\bby\s+(?:(?:just|only|some|about|nearly)\s+)?$",
                        re.IGNORECASE)


def margin(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is the margin of a win ("… beating the sitting
    mayor by [612] votes") where ``question`` asks how many someone got ("How many votes did
    Solberg get?": 14,208, not 612)."""
    return bool(_GOT.search(question)) and not _MARGIN_ASKED.search(question) and margin_at(sentence, start)


# "By how many votes did Raman win?", "What was her majority?": the margin asked for
_MARGIN_QUESTION = re.compile(r"^\W*(?:by\s+how\s+(?:many|much)\b|what\s+(?:is|was)\s+(?:the|his|her|their|its)\s+"
                              r"(?:winning\s+)?(?:margin|majority)\b)", re.IGNORECASE)
_BY_FIGURE = re.compile(rf"\bby\s+(?:(?:just|only|some|about|nearly)\s+)?(?P<f>\d[\d,.]*\d|\d|(?:{_NUMBER_WORDS})\b)",
                        re.IGNORECASE)


def the_margin(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For a question asking by how much someone won (``margin_asked``): the margin the sentence
    gives, when it gives one ("… has won the seat by [nine] votes", not her 1,482 votes), or the
    whole tally a span is in ("by [812 votes to 194]"); else the span as it is."""
    if not margin_asked(question):
        return start, end
    tally = next((m for m in _TALLY.finditer(sentence) if m.start() < end and start < m.end()), None)
    if tally is not None:               # "backed the deal by [812 votes to 194]": both sides, not one
        return tally.span()
    if margin_at(sentence, start):
        return start, end
    margins = [m.span("f") for m in _BY_FIGURE.finditer(sentence) if margin_at(sentence, m.start("f"))]
    return margins[0] if len(margins) == 1 else (start, end)


def margin_asked(question: str) -> bool:
    """Whether ``question`` asks by how much someone won ("By how many votes …?", "What was her majority?")."""
    return bool(_MARGIN_QUESTION.match(" ".join(question.split())[:1000]))


def margin_at(sentence: str, start: int) -> bool:
    """Whether a figure starting at ``sentence[start]`` is a win's margin ("won the seat by [nine] votes")."""
    return bool(_BY_MARGIN.search(sentence[max(0, start - 90):start]))


_SCORES = re.compile(r"\d+\s?[-–]\s?\d+(?:\s*,\s*\d+\s?[-–]\s?\d+)+")      # a match's scores: "6-4, 3-6, 7-5"


def gives_figure(kind: str, sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` gives the figure ``kind`` asks for (``figure_asked``):
    a count or an amount, its first figure but a year counting (``counts``: "the 34-year-old …,
    needing two chances" is about an age; "in 2004 alone" gives no count); a year (one written
    out, or any number but an age: "in 732"); a date (a year, month, weekday or century); never
    through a character reference (``cuts``)."""
    refs = references(sentence)
    if cuts(refs, start, end):
        return False
    figures = [m for m in _FIGURE_IN.finditer(sentence, start, end) if not cuts(refs, m.start(), m.end())]
    span = sentence[start:end]
    if kind in ("year", "date") and (DATE_PATTERN.search(span) or (kind == "date" and _SHORT_DATE.search(span))):
        return True
    if kind == "year":                  # a number, but an age, a span of time or a share
        return any(re.match(r"\d", m.group()) and not is_age(sentence, m.start(), m.end())
                   and not _NO_YEAR_AFTER.match(sentence, m.end()) and not re.match(r"[^\W\d_]", sentence[m.end():])
                   for m in figures) \
            or bool(re.search(r"['’]\d\d\b", sentence[start:end]))     # "'07"
    if kind == "age":                   # any figure but a year ("born in 1971" gives no age) or a set's score
        scores = [m.span() for m in _SCORES.finditer(sentence)]
        return any(not is_year(sentence, m.start(), m.end())
                   and not any(a <= m.start() < b for a, b in scores) for m in figures)
    if kind not in ("count", "amount"):
        return kind != "date"
    first = next((m for m in figures if not is_year(sentence, m.start(), m.end())), None)   # what the span is
    return first is not None and counts(sentence, first.start(), first.end())             # about ("In 2004, 300 …")


# A sum of money written out: "$4.2bn", "£300,000", "around $20m", "7bn euros", "12 million euros", "250p".
_SUM = re.compile(rf"(?<![\w.]){_QUALIFIER}(?:(?:[£$€¥¢₹]|\b(?:{_CODES})\s?)\d[\d.,]*"
                  rf"(?:\s?(?:bn|m|k|p|million|billion|trillion|thousand)\b)?"
                  rf"|\d[\d.,]*\s?(?:(?:bn|m|million|billion|trillion|thousand)\s*)?(?:{_CURRENCY_WORDS})\b"
                  rf"|\d[\d.,]*\s?(?:bn|m|p)\b)(?P<per>\s+(?:a|an|per)\s+[a-z]+\b)?", re.IGNORECASE)
_CONVERSION = re.compile(r"\s*\([^()]*\)\s*$")       # "$4.2bn (£2.3bn)": the same sum in another currency


def the_sum(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The sum of money written out in the span ``sentence[start:end]`` when the span says more
    ("took three years and is said to have cost around $20m" → "around $20m", "$4.2bn
    (£2.3bn)" → "$4.2bn"); the span as it is otherwise, and when it holds two sums ("between
    $12 and $15 a share")."""
    sums = list(_SUM.finditer(sentence, start, end))
    if not sums:
        return start, end
    first = sums[0]
    rest = sentence[first.end():end]
    if len(sums) > 1 and not (_CONVERSION.fullmatch(rest) and all(m.start() > first.end() for m in sums[1:])):
        return start, end
    return first.start(), first.end()


_FIGURES = (Wanted.AMOUNT, Wanted.NUMBER, Wanted.DATE)
# "When the rocks melt, what is formed?": "when" opens a clause; the question is the later one.
_WHEN_CLAUSE = re.compile(r"^\W*when\b[^?]*?[\s,](?:what|which|who|whom|whose|where|why|how)\b", re.IGNORECASE)


def figure_missing(question: str, sentence: str, start: int, end: int) -> float:
    """1 when ``question`` asks for a figure (an amount, a number, a date) and the quoted span holds
    none (no digit, number word, year, month or weekday: "How much did it cost?" → "very
    costly"), else 0. An article that gives no figure for what is asked rarely answers it."""
    if wanted(question) not in _FIGURES or _WHEN_CLAUSE.match(question):
        return 0.0
    span = sentence[start:end]
    return 0.0 if NUMBER_PATTERN.search(span) or DATE_PATTERN.search(span) else 1.0


_POSSESSIVE = re.compile(r"['’]s?$")
_OPENERS = " \t\"'“‘("              # what may come right before a name
_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|at|from|with|in|on|by)\s+(?:the\s+)?$", re.IGNORECASE)


def the_name(sentence: str, start: int, end: int, asked: set[str], person: bool = False) -> tuple[int, int] | None:
    """The one name the question does not already give, within a longer span that says more
    ("Quirky seaside comedy Harbourlight" → "Harbourlight", "Northwind Freight, a building firm" →
    "Northwind Freight", "The Science Museum's Timeline website" → "Timeline" when the question names
    the museum and asks for a website); None when the span holds none or several,
    when the name only qualifies a noun the question does not ask for ("Working Group chairs"), or
    when there is nothing else in the span. A capitalised word opening the sentence is not taken
    for a name on its own. ``person``: a person is asked for, and a name after a preposition ("the
    chief executive of Northwind") is not one."""
    found = []
    for m in _NAME_RUN.finditer(sentence, start, end):
        a, b = m.start(), m.end()
        if not sentence[a].isupper() or (a > 0 and sentence[a - 1] not in _OPENERS):
            continue
        words = [(a + w.start(), a + w.end()) for w in re.finditer(r"\S+", m.group(0))]
        owners = [n for n, (x, y) in enumerate(words[:-1]) if _POSSESSIVE.search(sentence[x:y])]
        if owners and not content_words(sentence[a:words[owners[-1]][1]]) - asked:
            words = words[owners[-1] + 1:]           # the question's own "Science Museum's"
        a, b = words[0][0], words[-1][1]
        if (a == 0 and len(words) == 1) or not content_words(sentence[a:b]) - asked:
            continue
        found.append((a, b))
    if len(found) != 1:
        return None
    a, b = found[0]
    after = sentence[b:end].split()
    if not any(w.isalpha() for w in content_words(sentence[start:a] + " " + sentence[b:end])):
        return None                                   # the span is the name (and a figure, "Unit 9")
    if b < end and not sentence[b].isspace() and sentence[b] not in ",;:.!?)\"'’”":
        return None                                   # "New York–based filmmakers": part of a word
    if after and after[0][0].isalnum() and not content_words(after[0]) <= asked:
        return None                                   # "Working Group chairs": the name qualifies a noun
    if person and _AFTER_PREPOSITION.search(sentence[start:a]):
        return None                                   # "a spokesman for Scotland Yard": not the person
    return a, b


def whole_name(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span that is (part of) a run of capitalised words grown to the whole run ("Tom" → "Tom
    Hanks"), without crossing punctuation; other spans as they are."""
    for m in _NAME_RUN.finditer(sentence):
        run_end = m.end() - 1 if sentence[m.end() - 1] == "." and len(m.group(0).split()[-1]) > 2 else m.end()
        possessive = _POSSESSIVE.search(sentence[m.start():run_end])      # "Northrail's": "Northrail"
        run_end -= len(possessive.group(0)) if possessive and run_end - len(possessive.group(0)) >= end else 0
        if m.start() <= start and end <= run_end and run_end - m.start() > end - start:
            if _CAPITALISED.fullmatch(sentence[start:end].split()[0]) and m.start() > 0:
                return m.start(), run_end
            if m.start() == 0:                  # the sentence's first word may be capitalised anyway
                return start, run_end
    return start, end


# A quotation mark opening words (after a colon, "said" or a space) whose closing mark is in a later sentence
_OPEN_QUOTE = re.compile(r"(?:^|[:,]\s*|\s)[\"“](?=\w)")


def _reported(sentence: str) -> tuple[int, int] | None:
    """What a sentence reports someone saying: the clause after "said (that)" when the quotations
    are words within it (Ms Vance said she "deeply regretted" the mistakes but insisted …), else
    its longest quotation (without the marks), else that clause, else the part before a trailing
    ", X said"; None when it reports nothing said."""
    quotes = [(m.start(g), m.end(g)) for m in _QUOTED.finditer(sentence) for g in (1, 2, 3) if m.group(g)]
    said = _SAID_THAT.search(sentence) or _TOLD.search(sentence)
    clause = said is not None and len(sentence) - said.end() > 12
    within = clause and all(s > said.end() for s, _ in quotes) \
        and any(re.search(r"\w", sentence[said.end():s]) for s, _ in quotes)
    if quotes and not within:
        s, e = max(quotes, key=lambda span: span[1] - span[0])
        while e > s and sentence[e - 1] in " ,.":
            e -= 1
        return s, e
    if clause:
        end = len(sentence.rstrip()) - (1 if sentence.rstrip().endswith((".", "!")) else 0)
        return said.end(), end
    tail = _TRAILING_SAID.search(sentence)
    if tail and tail.start() > 12:
        return 0, tail.start()
    return None


def quotation(sentence: str) -> tuple[int, int] | None:
    """What a sentence reports someone saying (``_reported``), or, when it opens a quotation it
    does not close (one of several sentences: 'Judge Norcross said: "You treated their savings as a
    private bank.'), what follows the opening mark."""
    opened = _OPEN_QUOTE.search(sentence)
    if opened is not None and not _QUOTED.search(sentence) and re.search(r"\w", sentence[opened.end():]):
        end = len(sentence.rstrip())
        while end > opened.end() and sentence[end - 1] in " ,.":
            end -= 1
        return opened.end(), end
    return _reported(sentence)
