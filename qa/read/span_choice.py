"""Which of the reader's spans to quote: what a careful reader knows about an answer. What a question
asks is read by ``qa.read.asked``, whose words a sentence gives by ``qa.read.speakers``, what a figure
is by ``qa.read.figures`` and ``qa.read.votes``; this module chooses the span from them (``choose``)
and says how it fits the question (``fit``, ``figure_missing``: features of the fitted models).

- An answer is not made of the question's own words ("Which witness told jurors that Carl Dunmore
  …?" is not answered "Carl Dunmore"), nor of their initials ("RSR" for the Rail Safety
  Register).
- When the question asks for a person, a number, an amount, a date, a place or a name ("Which
  company …?"), a span of that kind is preferred when the sentence has one among the reader's
  near-best spans; a name is quoted whole ("Tom Hanks", not "Tom"), and a longer phrase around
  the one name the question asks for is cut to it ("Quirky seaside comedy Harbourlight").
- "What did X say?" is answered with what X said: the quotation, or the reported clause
  (``speakers.quotation``).
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
  (``figures.gives_figure``: for a count, a year or an age counts nothing); else, as for money,
  not from that sentence.
- A sum keeps a currency no list knows after its millions ("1.42 billion marl"; never a common
  word: "a 2 million fine"), a share its sign ("58.9 per cent"), a fraction asked for its count
  ("about a third"); "How much did it actually cost?" takes what a plan came to ("was meant to cost
  38 million and cost [51]"), "By when …?" the deadline's "by" ("by 2029").
- No span cuts into a character reference left in a text file ("caf&#233;" is not "233"): it is
  widened to the whole word.

The reader's scores are kept as they are (the fitted models read them); only the quoted span moves:
to a span the reader itself scored within ``settings.span_choice_slack`` of its best (any span it
offers for who someone is), then to the whole name, the figure with its unit and qualifier or the
sum around or inside it."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.encode.words import STOPWORDS, tokenize
from qa.ingest.dates import filed_end
from qa.ingest.lexicon import CAPITALS, CURRENCY_SIGNS
from qa.read.asked import (
    CAPITALISED,
    NAME_RUN,
    Wanted,
    asked_words,
    asked_years,
    content_words,
    counted,
    currency_asked,
    described,
    figure_asked,
    in_currency,
    money_asked,
    unit_asked,
    wanted,
    years_named,
)
from qa.read.figures import (
    DIGITS,
    FIGURE_START,
    counting,
    counts_another,
    cuts,
    figure_alone,
    figure_of_name,
    figures_for,
    first_of_two,
    fits,
    for_year,
    gives_figure,
    holds_age,
    holds_money,
    in_range,
    is_age,
    is_share,
    one_cell,
    one_figure,
    planned_or_actual,
    previous_record,
    references,
    the_change,
    the_count_asked,
    the_level,
    the_sum,
    whole_fraction,
    whole_measure,
    whole_range,
    whole_references,
    with_currency,
    with_money_word,
    with_qualifier,
    with_share_sign,
    with_unit,
)
from qa.read.kinds import DATE_PATTERN, DESCRIPTOR_WORDS, INSTITUTION_WORDS, NOT_A_PERSONS_LAST_WORD, NUMBER_PATTERN
from qa.read.neighbours import stood_beside
from qa.read.periods import figure_for, times_named
from qa.read.reader import Reading
from qa.read.roles import ROLES, group_of
from qa.read.sources import sources_figures
from qa.read.speakers import quotation
from qa.read.timing import (
    asks_time,
    clock_asked,
    clock_only,
    every_time,
    range_end,
    the_clock,
    whole_period,
    with_deadline,
    with_part,
)
from qa.read.votes import tally_side, the_margin

_CURRENCY = re.compile(rf"[{CURRENCY_SIGNS}]"
                       r"|\b(?:bn|mn|m|p|pence|cents?|dollars?|pounds?|euros?|yen|per\s*cent|percent)\b|%",
                       re.IGNORECASE)


def of_kind(kind: Wanted, text: str, question_words: set[str]) -> bool:
    """Whether ``text`` (a span) is an answer of ``kind``."""
    if kind is Wanted.DATE:
        return bool(DATE_PATTERN.search(text))
    if kind is Wanted.NUMBER:
        return bool(NUMBER_PATTERN.search(text))
    if kind is Wanted.AMOUNT:
        return bool(re.search(r"\d", text)) and (bool(_CURRENCY.search(text)) or bool(NUMBER_PATTERN.search(text)))
    if kind in (Wanted.PERSON, Wanted.PLACE, Wanted.NAME):
        names = [w for w in CAPITALISED.findall(text) if w.lower() not in STOPWORDS]
        if kind is Wanted.PERSON and len(names) >= 2 and names[-1].lower() in INSTITUTION_WORDS \
                and not _person_before_of(text):
            return False        # "Which judge …?": not "Oskelund District Court"
        return bool(names) and not re.search(r"\d", text) and any(w.lower() not in question_words for w in names)
    return False


def _person_before_of(text: str) -> bool:
    """Whether ``text`` opens with a person's name before "of", "at" … ("Kari Holm of Kelderby Police"),
    not with a public body's ("Oskelund District Court")."""
    head = [w for w in CAPITALISED.findall(re.split(r"\s(?:of|at|from|for|in)\s", text)[0])
            if w.lower() not in STOPWORDS]
    return len(head) >= 2 and head[-1].lower() not in INSTITUTION_WORDS


def _other_words(sentence: str, start: int, end: int, asked: set[str]) -> bool:
    """Whether the span ``sentence[start:end]`` says something besides the question's own words."""
    words = content_words(sentence[start:end])
    return bool(words) and not words <= asked


# Words before a figure that compare it with another: "[up from] 31.2%", "[compared with] £4.9m"
_LEAD_IN = re.compile(rf"(?:(?:up|down)\s+)?(?:from|compared\s+with|against|versus|vs\.?)\s+(?=[{CURRENCY_SIGNS}]?\d)",
                      re.IGNORECASE)


# A sum written with its currency: "€21.8m", "45 bitcoin", "about 300 million yen"
_SUM = re.compile(rf"(?:[{CURRENCY_SIGNS}]\s?\d[\d.,]*+(?:\s?(?:m|mn|bn|k|million|billion|thousand)\b)?"
                  r"|(?<![\d.,])\d[\d.,]*+(?:\s?(?:m|mn|bn|k|million|billion|thousand)\b)?\s?[^\W\d_]+)")


def _sums_in(currency: str, sentence: str) -> list[tuple[int, int]]:
    """The one sum ``sentence`` gives in ``currency`` ("45 bitcoin" of "a ransom of 45 bitcoin,
    worth about $4.9 million"), when the reader offers none: [] when it gives none or several."""
    found = [m.span() for m in _SUM.finditer(sentence) if in_currency(currency, m.group())]
    return found if len(found) == 1 else []


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
    filed = filed_end(sentence) if kind not in (Wanted.PLACE, Wanted.DATE) else 0
    if filed and any(s >= filed for s, _, _ in reading.spans):   # "TOLBY, 11 March (Wirepress) – …": where and
        kept = tuple(x for x in reading.spans if x[0] >= filed)    # when it was filed answer nothing else
        reading = replace(reading, start=kept[0][0], end=kept[0][1], spans=kept)
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
    beside = stood_beside(question, sentence, own)
    if beside is not None:      # "By how much did they close lower?": "closed [2.4 per cent] lower", not "fell
        own = [beside, *(x for x in own if x != beside)]        # 3.2 per cent at midday"
    years = asked_years(question) or _figure_years(question, sentence, *own[0])
    money = money_asked(question)
    if years or money:      # near-best spans that are what the question rules in, if any
        own = [(s, e) for s, e in own if fits(sentence, s, e, years, money, dated)] or own
    currency, _ = currency_asked(question)
    if currency:            # "What is the fee in euros?": of "£18.5m (€21.8m)", the "€21.8m"
        own = [(s, e) for s, e in own if in_currency(currency, sentence[s:e])] or _sums_in(currency, sentence) or own
    figure = figure_asked(question)
    if figure:              # and that give the figure asked for ("34" of "the 34-year-old" counts nothing)
        own = [(s, e) for s, e in own if gives_figure(figure, sentence, s, e, question)] or own
    noun = counted(question) if figure == "count" else ""
    if noun and counts_another(sentence, *own[0], noun, question):     # "How many objections …?": of "140 homes … 312
        named = [counting(sentence, s, e, noun) for s, e, _ in reading.spans if _other_words(sentence, s, e, asked)]
        own = [f for f in named if f is not None][:1] + own     # objections", the "312", if the reader offers it
    if figure == "count" and is_share(sentence, *own[0]):      # "How many votes did she get?": "| 803 |"
        own = [(s, e) for s, e in own if not is_share(sentence, s, e)        # before "| 16.5% |", if near (not
               and not in_range(sentence, s, e)][:1] + own                   # the "24" of "10.5% from 18 to 24")
    if figure == "age" and not any(is_age(sentence, m.start(), m.end()) for m in DIGITS.finditer(sentence, *own[0])):
        ages = [m.span() for m in DIGITS.finditer(sentence) if is_age(sentence, m.start(), m.end())]
        own = ages[:1] + own if len(ages) == 1 else own     # "How old is she?": "The [19]-year-old", not "3-6"
    if years:               # a figure the sentence says is for the year asked, among all the reader's spans,
        tied = [(s, e) for s, e, _ in reading.spans if _other_words(sentence, s, e, asked)
                and for_year(sentence, s, e, years, dated) and fits(sentence, s, e, years, money, dated)]
        if not tied:        # or the one such figure inside a span the reader offers ("£41.2m in 2022, down from
            tied = figures_for(sentence, reading.spans, years, money, dated)   # [£59.7m] a year earlier")
        if tied and not (tied[0][0] < own[0][1] and own[0][0] < tied[0][1] and one_figure(sentence, *own[0])):
            own = tied      # unless it holds the best one ("2,300 … gave up their licences [since 2003]"), a
            # span of one figure ("£1.9m to keep running, up from £1.1m" gives two: the one for the year)
    if figure or money:     # "How many did police say …?": the police's figure, not the organisers'
        told = [(s, e) for s, e in sources_figures(question, sentence, *own[0])
                if (gives_figure(figure, sentence, s, e, question) if figure else holds_money(sentence, s, e))]
        own = told[:1] + own
    if figure in ("count", "amount") or money or kind in (Wanted.NUMBER, Wanted.AMOUNT):
        bound = figure_of_name(question, sentence, *own[0])     # "What share did Hollin get?": "Hollin on
        own = [bound] + own if bound else own                    # [33.1%]", not the winner's 38.4% before it
    if not asks_time(question) and clock_only(sentence[own[0][0]:own[0][1]]):   # "How high did the river
        own = [(s, e) for s, e, _ in reading.spans if not clock_only(sentence[s:e])     # reach?": not "12.40am"
               and _other_words(sentence, s, e, asked)][:1] + own
    pick = own[0]
    if kind not in (Wanted.OTHER, Wanted.DESCRIPTION) and not of_kind(kind, sentence[pick[0]:pick[1]], asked):
        typed = [(s, e) for s, e in own if of_kind(kind, sentence[s:e], asked)]
        if typed:
            pick = typed[0]
    if kind is Wanted.PERSON:       # "Which Civic Union mayor lost?": of "Amira Castellan … unseating the Civic
        qualified = _qualified_as_asked(question, sentence, [(s, e) for s, e, _ in reading.spans   # Union
                                                             if _other_words(sentence, s, e, asked)])  # incumbent
        # Henryk Dorsz", Dorsz (among all the spans the reader offers)
        pick = qualified if qualified is not None and not _qualified(question, sentence, *pick) else pick
    if clock_asked(question):       # "At what time did it peak?": the time of day, not "January 2011"
        pick = the_clock(sentence, *pick)
    record = previous_record(question, sentence)    # "What was the previous record?": "beating the record of
    pick = record or pick                           # [5.31 metres]", not the new level
    planned = planned_or_actual(question, sentence) if kind in (Wanted.NUMBER, Wanted.AMOUNT) else None
    if planned is not None and planned[0] != pick[0]:       # "How much did it actually cost?": "was meant to cost
        pick = planned                                      # 38 million and cost [51]" ("[400 homes]" kept whole)
    term = prison_term(question, sentence, *pick)   # "What sentence did she receive?": "jailed for [four years]"
    pick = term or pick
    if kind in (Wanted.NUMBER, Wanted.AMOUNT) or (kind is Wanted.OTHER and FIGURE_START.match(sentence, pick[0])):
        timed = figure_for(times_named(question), sentence, *pick)     # "… last year?": of "164 novels this
        pick = timed or pick                                              # year, up from 141 last year", 141
    if unit_asked(question):
        if holds_age(sentence, *pick):     # "How long was Aulakh jailed?": not "Aulakh, [58],"; "How long has she
            free = [(s, e) for s, e in own if not holds_age(sentence, s, e)]    # campaigned?": not "[46, spent a
            inside = [(s, e) for s, e, _ in reading.spans if not holds_age(sentence, s, e)   # decade]" but
                      and any(a <= s and e <= b for a, b in own) and _other_words(sentence, s, e, asked)]  # "decade"
            pick = (free + inside + [pick])[0]
        pick = whole_measure(sentence, *with_unit(sentence, *pick))     # "six years [and four months]"
    if money:
        pick = the_sum(sentence, *with_currency(sentence, *pick), currency)    # "[9.6 million]" → "VM 9.6 million"
        pick = with_money_word(sentence, *pick)                                 # "[1.42 billion] marl"
    elif kind in (Wanted.NUMBER, Wanted.AMOUNT):
        pick = with_currency(sentence, *pick)       # "How much is in the fund?": "VM 20 million", a sum all the same
        if kind is Wanted.AMOUNT:                   # "What was its revenue?": "1.42 billion vell"
            pick = with_money_word(sentence, *pick)
    pick = the_margin(question, sentence, *pick)
    if years or kind in (Wanted.NUMBER, Wanted.AMOUNT):     # "[up from] 31.2%": the figure, for a figure asked
        lead = _LEAD_IN.match(sentence, pick[0], pick[1])
        pick = (lead.end(), pick[1]) if lead else pick
    if kind in (Wanted.NUMBER, Wanted.AMOUNT) or (kind is Wanted.OTHER and FIGURE_START.match(sentence, pick[0])):
        pick = the_change(question, sentence, *pick)      # "By how much did crime fall?": "a fall of [3.2%]"
        pick = figure_alone(sentence, *the_level(question, sentence, *pick))    # "What were exports?": not the
        # change, "up [7.4%] to $9.8bn"; "[27.9%] at the last full election", not where or when
    if kind is Wanted.NUMBER:
        pick = the_count_asked(question, sentence, *pick)     # "How many fire engines …?": "[15 fire engines]",
    if kind in (Wanted.NUMBER, Wanted.AMOUNT):               # not "60 firefighters and 15"
        pick = with_qualifier(sentence, *first_of_two(sentence, *pick))
    if kind is Wanted.NUMBER:
        pick = tally_side(question, sentence, *pick)
    if kind in (Wanted.NUMBER, Wanted.AMOUNT) or unit_asked(question):
        pick = whole_range(sentence, *pick)        # "between VM 4 million and [VM 6 million]": the range
    if (_WHO_WON.match(question) and beaten(sentence, *pick)) \
            or (_WHO_REPLACED.match(question) and replaced(sentence, *pick)):   # not the one beaten / replaced
        lost = pick
        pick = next(((s, e) for s, e, _ in reading.spans if not (s < lost[1] and lost[0] < e)
                     and _other_words(sentence, s, e, asked) and not beaten(sentence, s, e)
                     and not replaced(sentence, s, e) and not _apposition_of(sentence, s, asked)
                     and (kind is Wanted.OTHER or of_kind(kind, sentence[s:e], asked))), pick)
    if kind is Wanted.PERSON and _RESIDENCE.search(sentence, 0, pick[0]):    # "Tomas Reinholt, 58, of [Pellsby]":
        people = [(s, e) for s, e in own if of_kind(kind, sentence[s:e], asked)   # where he lives, not who
                  and not _RESIDENCE.search(sentence, 0, s)]
        pick = people[0] if people else pick
    if kind is Wanted.PLACE:
        pick = the_place(question, sentence, *pick)     # "are fighting [Ukrainians in] the Kursk region"
    pick = the_work(question, sentence, *pick)      # "Which film won?": not "[Hedda Vos]'s debut feature "The …""
    if kind in (Wanted.PERSON, Wanted.PLACE, Wanted.NAME) and len(sentence[pick[0]:pick[1]].split()) == 1:
        pick = whole_name(sentence, *pick)        # "Tom" → "Tom Hanks"; a name of two words is left alone
    elif kind is Wanted.OTHER and pick[0] > 0 and CAPITALISED.fullmatch(sentence[pick[0]:pick[1]]):
        grown = whole_name(sentence, *pick)       # "Which tanker …?": "[Sable]" → "Morning Sable" (not "Sony's
        pick = pick if re.search(r"['’]s\b", sentence[grown[0]:pick[0]]) else grown     # Qrio": its owner)
    elif kind in (Wanted.PERSON, Wanted.NAME):
        pick = the_name(sentence, *pick, asked, person=kind is Wanted.PERSON) or pick
    if kind is Wanted.NAME:
        pick = whole_title(sentence, *pick)       # "[Calvarne]" → "National Weather Service of Calvarne"
    if kind in (Wanted.NAME, Wanted.OTHER):
        pick = whole_acronym(sentence, *pick)     # "the Seafarers' and [Transport Union] (STU)": all of it
    if kind is Wanted.DATE and _WHEN.match(question):
        pick = with_part(sentence, *range_end(question, sentence, *pick))   # "by the end of [September]": "end of
        # September" (not "In what year …?": "[1960]", not "early 1960"); "When does it end?": "from … to [this]"
        pick = whole_period(question, sentence, *pick)      # "When will it be closed?": "from … to …"
    pick = with_deadline(question, sentence, *pick)         # "By when …?": "[by 2029]"
    pick = every_time(question, sentence, *pick)            # "At what times …?": "11:00 and 15:30"
    if kind is Wanted.PERSON:
        pick = without_descriptor(sentence, *pick)
    if kind not in (Wanted.NUMBER, Wanted.AMOUNT, Wanted.DATE):
        pick = whole_list(sentence, *pick)      # "Which three libraries …?": all three
    if _SHARE_ASKED.search(question):                        # "What share …?": "about a [third]" (not "went to a
        pick = whole_fraction(sentence, *pick)              # [fifth]", a set)
    if kind is not Wanted.DATE:
        pick = with_share_sign(sentence, *pick)             # "[58.9] per cent"
    pick = whole_references(sentence, *without_markup(sentence, *one_cell(sentence, *whole_address(sentence, *pick))))
    return replace(reading, start=pick[0], end=pick[1])


# "Which film …?", "What novel …?": a work asked for
_WORK_ASKED = re.compile(r"^\W*(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:film|movie|book|novel|album|song|single|play"
                         r"|series|show|documentary|opera|musical|painting|poem)s?\b", re.IGNORECASE)
# An owner's work and its title: "['s] debut feature "The Salt Orchard"", "['s] new novel, 'Salt'"
_OWNED_WORK = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:film|feature|movie|book|novel|album|song|single|play"
                         r"|series|show|documentary|opera|musical|painting|poem|debut|memoir|collection)s?,?\s+"
                         rf"[“\"‘](?P<title>[{CAPITALS}][^“”\"‘’]{{1,80}}?)[”\"’](?!\w)")


def the_work(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "Which film …?" answered with a name that owns a work ("[Hedda Vos]'s debut feature "The Salt
    Orchard" has won …"): the title quoted right after the owner's work, without its marks; the span as it
    is otherwise (not "Barbie's $1.4bn haul dwarfed "Oppenheimer"", nor a producer's quoted words)."""
    if not _WORK_ASKED.match(question):
        return start, end
    owned = _OWNED_WORK.match(sentence, end)
    return owned.span("title") if owned else (start, end)


_WHEN = re.compile(r"^\W*(?:by\s+|until\s+)?when\b", re.IGNORECASE)
_SHARE_ASKED = re.compile(r"\b(?:share|proportion|fraction|part|portion|percentage|much|many)\b", re.IGNORECASE)


# Where a place opens inside a span: "Ukrainians [in] the Kursk region"
_PLACE_OPENS = re.compile(r"\s(?:in|at|near|inside|outside)\s+(?=\S)", re.IGNORECASE)


def the_place(question: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """For "Where …?": the place of a span that opens with what the question's own verb acts on
    ("are fighting [Ukrainians in the Kursk region of Russia]" for "Where are the troops fighting?":
    "the Kursk region of Russia"); the span as it is otherwise."""
    before = re.findall(r"[\w'’-]+", sentence[max(0, start - 40):start])
    inside = _PLACE_OPENS.search(sentence, start, end)
    if not before or inside is None or not set(tokenize(before[-1])) & set(tokenize(question)):
        return start, end
    return inside.end(), end


def without_descriptor(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A person's name without the word before it saying what they are ("Substitute Bence Varga" →
    "Bence Varga"); a title ("Judge", "Councillor", "Dr") stays; as it is otherwise."""
    m = re.match(rf"([{CAPITALS}][a-z]+)\s+(?=[{CAPITALS}][\w'’-]+\s+[{CAPITALS}])", sentence[start:end])
    return (start + m.end(), end) if m and m.group(1).lower() in DESCRIPTOR_WORDS else (start, end)


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
    named = [w for w in CAPITALISED.findall(question[3:]) if w.lower() not in STOPWORDS]
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
    ("… has been elected mayor, beating the sitting mayor, [Harold Pendergast], by 612 votes"), or
    who lost ("the council leader, [Rainer Ostby], lost the seat … to Adeline Marsh")."""
    return bool(_BEATEN_BEFORE.search(sentence[max(0, start - 60):start]) or _LOST_AFTER.match(sentence, end))


# The one who lost, before the verb: "[Rainer Ostby], lost the seat", "[Leeds], who were beaten 2-0" (not "[Kim
# Ode] lost the first set but won the final", "lost weight")
_LOST_AFTER = re.compile(r",?\s+(?:who\s+|which\s+)?(?:lost\s+(?:(?:the|his|her|their|its)\s+)?(?:seat|election|race"
                         r"|vote"
                         r"|contest|match|final|tie|game|ward|title|bid|battle|majority|deposit|run-?off|primary"
                         r"|leadership)\b|lost\s+(?:out\s+)?to\b"
                         r"|(?:was|were)\s+(?:beaten|defeated|ousted|unseated|knocked\s+out)\b)", re.IGNORECASE)


# "What sentence did she receive?", "What sentence was he given?", "What was his sentence?": a prison term (not
# "What sentence opens the novel?")
_SENTENCE_ASKED = re.compile(r"^\W*what\s+(?:(?:jail|prison|custodial)\s+(?:sentence|term)|sentence)\s+"
                             r"(?:did|was|were|has|have|had|will|is)\s+[^?]*\b"
                             r"(?:receive|received|get|got|given|serve|serving|served|face"
                             r"|facing|handed|hand|impose|imposed|pass|passed)\b"
                             r"|^\W*what\s+(?:is|was|were)\s+(?:[\w'’-]+\s+){1,3}?(?:sentence|jail\s+term"
                             r"|prison\s+term)\W*$", re.IGNORECASE)
# The term in a sentence passing one: "jailed for [four years]", "sentenced to [18 months]", "a [two-year] sentence"
_TERM = re.compile(r"\b(?:jailed|imprisoned|locked\s+up|sentenced|detained)\s+(?:to|for)\s+"
                   r"(?P<t>(?:(?:a|an|\w+(?:[\s-]\w+)?)\s+)(?:years?|months?|weeks?|days?)"
                   r"(?:\s+and\s+(?:a|an|\w+)\s+(?:months?|weeks?|days?))?|life(?:\s+imprisonment)?)"
                   r"|\b(?:an?|the)\s+(?P<c>[\w-]+-(?:year|month|week)(?:\s+(?:prison|jail|suspended|custodial))?\s+"
                   r"(?:sentence|term|order))(?:,\s+suspended\s+for\s+(?:\w+\s+){1,2}?(?:years?|months?))?",
                   re.IGNORECASE)


_A_TERM = re.compile(r"\b(?:years?|months?|weeks?|life)\b", re.IGNORECASE)


def prison_term(question: str, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """For a question asking what sentence someone got, the term the sentence passes when the span
    ``sentence[start:end]`` gives none ("convicted of false accounting and jailed for [four years]",
    "given a [two-year sentence], suspended for two years"); None otherwise, or when it passes several."""
    if not _SENTENCE_ASKED.search(" ".join(question.split())[:1000]) or _A_TERM.search(sentence, start, end):
        return None                     # (the span gives a term already: "a maximum of [14 years]")
    terms = list(_TERM.finditer(sentence))
    if len(terms) != 1:
        return None
    m = terms[0]
    a, b = m.span("t") if m.group("t") else (m.start("c"), m.end())
    return None if a < end and start < b else (a, b)


# A question asking the term someone was given: "How long was he jailed for?", "What sentence did she get?"
_TERM_GIVEN = re.compile(r"^\W*how\s+long\s+(?:was|were|has|have|had|is|are)\s+[^?]*\b(?:jailed|imprisoned|sentenced"
                         r"|locked\s+up|banned|suspended|detained)\b", re.IGNORECASE)
# What says a term was only asked for or could be given: "had sought [five years]", "faces up to [ten years]"
_TERM_SOUGHT = re.compile(r"\b(?:sought|seeks?|seeking|demand(?:ed|s|ing)?|asked\s+for|calls?\s+for|called\s+for"
                          r"|request(?:ed|s)?|urged|wanted|(?:could\s+|would\s+)?fac(?:es|ed|ing|e)|carries|carried)\s+"
                          r"(?:(?:a|an|the|of|up|to|maximum|sentence|term|jail|prison)\s+){0,4}$", re.IGNORECASE)
# (not "jailed for the maximum term of [14 years]": given)


def term_asked(question: str) -> bool:
    """Whether ``question`` asks what term someone was given ("How long was Varnholt jailed for?", "What
    sentence did Lukas Ferm get?")."""
    asked = " ".join(question.split())[:1000]
    return bool(_TERM_GIVEN.search(asked) or _SENTENCE_ASKED.search(asked))


def term_only_sought(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks what term someone was given (``term_asked``) and the span is a term
    only sought or possible ("The prosecutor had sought [five years]", "faces up to [ten years]"), or
    their age ("Mr Stowe, [61], … will be sentenced next month"), or says no sentence at all ("Ruth
    Callowen, 58, had been accused of …" holds a figure, but "accused of taking 85,000 sevra" is
    none): no term given."""
    return term_asked(question) and (bool(_TERM_SOUGHT.search(sentence[max(0, start - 60):start]))
                                     or is_age(sentence, start, end)
                                     or not _A_SENTENCE.search(sentence[start:end]))


# What a court's sentence is told by: a term, a fine, an order, a discharge, an acquittal
_A_SENTENCE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|life|fined?|fines|order|discharged?|suspended"
                         r"|community|service|probation|curfew|ban(?:ned)?|acquitted|cleared|not\s+guilty|jail(?:ed)?"
                         r"|prison|custody|custodial|sentence[ds]?|pay)\b", re.IGNORECASE)


# A title before a name ("Dr Sunniva Berg"): no description of the one named
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Lord|Lady|Dame|Rev|Cllr|Councillor)"


def describes(sentence: str, start: int, end: int, question: str) -> bool:
    """Whether the span ``sentence[start:end]`` can say who the person ``question`` names is: it
    stands right before a word of the name ("North Korean leader | Kim Jong-Un"), or before "is" and
    the name ("Her [skipper] this morning is Declan Moorhouse"), or right after it,
    past a comma ("Kim Ode, | the city's mayor"), holds none of the name's words and is one phrase
    (no comma, "and" or "or": "Kim Jong-Un and Russian leader" describes no one)."""
    named = {w.lower() for w in CAPITALISED.findall(described(question))}
    span = sentence[start:end]
    if not named or "," in span or re.search(r"\b(?:and|or)\b", span) \
            or {w.lower() for w in CAPITALISED.findall(span)} & named:
        return False
    after = re.match(rf"(?:(?:\s+[a-z]+){{0,3}}\s+(?:is|was)\b|,)?\s*(?:{_TITLE}\.?\s+)?([\w’'.-]+)",
                     sentence[end:end + 60])    # "The council's [ecologist], Dr Sunniva Berg"
    before = re.search(r"([\w’'.-]+),\s*(?:\d{1,3},\s*)?$", sentence[max(0, start - 60):start])   # "Ode, 71,"
    if not re.search(r"[^\W\d_]{2}", span) or re.fullmatch(rf"(?:{_TITLE})\.?", span.strip(), re.IGNORECASE):
        return False                    # an age, a figure, a title ("Dr"): no description
    return bool(after and after.group(1).lower() in named) or bool(before and before.group(1).lower() in named)


def _figure_years(question: str, sentence: str, start: int, end: int) -> set[int]:
    """The years named by a question asking for no kind of thing ("What was the median wait for a
    hip replacement in 2023?") when the span ``sentence[start:end]`` the reader likes best is a
    figure: it is asking for one, in those years (as ``asked_years``)."""
    if wanted(question) is not Wanted.OTHER or not FIGURE_START.match(sentence, start):
        return set()
    return years_named(question)


# "Which Civic Union mayor …?", "Which Port Sulven Athletic defender …?": the body a person asked for belongs to
_BODY_OF_PERSON = re.compile(rf"^\W*(?i:which|what)\s+(?P<body>(?:[{CAPITALS}][\w'’&.-]*\s+){{1,4}})"
                             r"(?P<noun>[a-z][\w-]*)")
_NAME_ONLY = re.compile(rf"(?:[{CAPITALS}][\w'’.-]*\s+){{0,3}}[{CAPITALS}][\w'’.-]*")


def _qualified(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the words right before the name ``sentence[start:end]`` (four at most, in its clause), or an "of
    the …" right after it, name the body ``question`` asks for one of ("the Civic Union incumbent [Henryk
    Dorsz]")."""
    body = _BODY_OF_PERSON.match(" ".join(question.split())[:1000])
    if body is None or not _NAME_ONLY.fullmatch(sentence[start:end]):
        return False            # (a name alone)
    body_words = set(tokenize(body.group("body")))
    before = re.split(r"[,;:.()]", sentence[max(0, start - 80):start])[-1].split()
    while before and before[-1][:1].isupper() and before[-1].lower() not in ROLES \
            and not set(tokenize(before[-1])) & body_words:
        before.pop()            # the rest of the name ("[Steve] McClaren")
    before = before[-4:]
    asked = {w.lower() for w in re.findall(r"[\w-]+", question)}
    if before and before[-1].lower() in ROLES and before[-1].lower() not in group_of(body.group("noun")) | asked:
        return False            # not given another role ("Middlesbrough boss [Steve McClaren]" for "Which
        # Middlesbrough winger …?"; "Refugee Council Chief Executive Maeve Sherlock" for its chief executive)
    after = re.match(rf"\s+(?:of|from)\s+(?:the\s+)?((?:[{CAPITALS}][\w'’&.-]*\s*){{1,4}})", sentence[end:end + 60])
    named = " ".join(before) + " " + (after.group(1) if after else "")     # ("Amira Castellan [of the Green
    return bool(body_words & set(tokenize(named)))                         # Alliance]")


def _qualified_as_asked(question: str, sentence: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first of ``spans`` that is a person's name said to be of the body ``question`` names (``_qualified``);
    None at once for a question naming no body (most: this runs for each sentence read)."""
    if not _BODY_OF_PERSON.match(" ".join(question.split())[:1000]):
        return None
    return next(((s, e) for s, e in spans if of_kind(Wanted.PERSON, sentence[s:e], frozenset())
                 and _qualified(question, sentence, s, e)), None)


def fit(question: str, sentence: str, start: int, end: int) -> tuple[float, float]:
    """How the quoted span fits the question: (1 when it is of the kind asked for, -1 when a kind is
    asked for and it is not, 0 when none is; 1 when it is only the question's own words, else 0)."""
    kind = wanted(question)
    asked = asked_words(question)
    words = content_words(sentence[start:end])
    own = 1.0 if words and words <= asked else 0.0
    if kind in (Wanted.OTHER, Wanted.QUOTE, Wanted.DESCRIPTION):
        return 0.0, own
    if kind not in (Wanted.PLACE, Wanted.DATE) and end <= filed_end(sentence):
        return -1.0, own        # a wire dateline's place or agency: only where or when it was filed
    return (1.0 if of_kind(kind, sentence[start:end], asked) else -1.0), own


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


# What comes before a place, not a person: "58, of [Pellsby]", "from [Tolby]", "in", "at", "near"
_RESIDENCE = re.compile(r"(?:,\s*\d{1,3},\s+of|\bfrom|\bin|\bat|\bnear)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_OPENERS = " \t\"'“‘("              # what may come right before a name
# A person's name after a party's or a team's possessive: "Green Forward's [Adeline Marsh]" (not "Ana Ruud's
# [Kelder Design Studio]")
_A_PERSON = re.compile(rf"(?:[{CAPITALS}][a-z'’-]+\s+){{1,2}}[{CAPITALS}][a-z'’-]+")
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
    for m in NAME_RUN.finditer(sentence, start, end):
        a, b = m.start(), m.end()
        if not sentence[a].isupper() or (a > 0 and sentence[a - 1] not in _OPENERS):
            continue
        words = [(a + w.start(), a + w.end()) for w in re.finditer(r"\S+", m.group(0))]
        owners = [n for n, (x, y) in enumerate(words[:-1]) if _POSSESSIVE.search(sentence[x:y])]
        if owners and (not content_words(sentence[a:words[owners[-1]][1]]) - asked
                       or (person and len(words) - owners[-1] > 2
                           and _A_PERSON.fullmatch(sentence[words[owners[-1] + 1][0]:words[-1][1]])
                           and sentence[words[-1][0]:words[-1][1]].lower() not in NOT_A_PERSONS_LAST_WORD)):
            words = words[owners[-1] + 1:]           # the question's own "Science Museum's", a person's party
            # or team ("Green Forward's Adeline Marsh")
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


# A list of names: "Eastholm, Kettle Row and Marsh End", "Hollin Dairy, Kestrel Kitchen and Bremmer"
_NOT_ITEM = r"(?!(?:In|On|At|The|A|An|But|And|As|For|From|By|With|After|Before|When|While|If|Of|To|Like|Unlike)\b)"
_ITEM = rf"{_NOT_ITEM}[{CAPITALS}][\w'’.&-]*(?:\s+[{CAPITALS}][\w'’.&-]*){{0,3}}"
_PAIR = re.compile(rf"{_ITEM}\s+(?:and|or|&)\s+{_ITEM}")
_ITEMS_BEFORE = re.compile(rf"(?:(?<=[\s(:–—-])|^)(?:{_ITEM},\s+)+$")
_REST_OF_NAME = re.compile(rf"(?:\s+{_NOT_ITEM}[{CAPITALS}][\w'’-]*){{1,2}}")
# What opens a list: "libraries - Eastholm, …", "residents of Mill Row, …", "brands including Bremmer, …"
_LIST_OPENS = re.compile(r"(?:[(:–—-]|\b(?:of|between|including|includes|include|such\s+as|from|and|are|were|the|in"
                         r"|under|at|on)\b)\s*$", re.IGNORECASE)
# A sentence's opening phrase before a name and a comma: "In the UK, …", "According to Reuters, …"
_OPENING = re.compile(r"\W*(?:In|At|On|From|By|For|After|Before|According|Speaking|Asked|Like|Unlike|Besides|However"
                      r"|Meanwhile|Yesterday|Today|Outside|Inside|Near|Writing|Last|This|As|Across|Throughout|Despite"
                      r"|Under)\b(?:\s+[\w'’]+){0,3}\s+")


# An e-mail address or a web address: quoted whole ("readers@calvarneherald.example", not "calvarneherald")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s<>\"’”»—–]+?(?=[.,;:!?)]*(?:[\s’”»—–]|$))")


def whole_address(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span cutting an e-mail or web address grown to the whole address; other spans as they are."""
    for m in _ADDRESS.finditer(sentence):
        if m.start() < end and start < m.end():
            return min(start, m.start()), max(end, m.end())
    return start, end


def whole_list(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span quoting the last two names of a list ("Kettle Row and Marsh" of "Eastholm, Kettle Row and
    Marsh End") grown to the whole list, its last name whole: "Eastholm, Kettle Row and Marsh End",
    when two names or more come before them or a word opening a list does ("libraries - Eastholm,
    …"); other spans as they are."""
    if not _PAIR.fullmatch(sentence[start:end]):
        return start, end
    before = _ITEMS_BEFORE.search(sentence[:start])
    if before is None or (before.group().count(",") < 2 and (not _LIST_OPENS.search(sentence[:before.start()])
                                                             or _OPENING.fullmatch(sentence[:before.start()]))):
        return start, end       # "According to Reuters, Ana Lima and Jo Park …": no list before the two
    rest = _REST_OF_NAME.match(sentence, end)
    return before.start(), rest.end() if rest else end


# A name of the form "X of (the) Y": "National Weather Service of Calvarne", "Order of the Silver Heron"
_CAPITALS_RUN = rf"[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*)*"
_OF_BEFORE = re.compile(rf"(?<![\w'’-])(?P<run>{_CAPITALS_RUN})\s+of\s+(?:the\s+)?$")
_NO_NAME = frozenset("The A An In At On For From By With As After Before When While".split())
# What a name of the form "X of Y" ends its first part with: "Service", "Order", "Bank", "University", "Duke"
_NAME_HEADS = frozenset("""service services order bank university college school institute institution society museum
    gallery academy church cathedral council department ministry office court house board commission agency authority
    federation association union league chamber corporation company fund trust foundation party republic kingdom
    duke duchess earl countess prince princess battle siege treaty isle port city county province district tribunal
    inspectorate directorate bureau centre center hospital library orchestra theatre festival club guild
    alliance coalition movement front army navy force corps regiment brotherhood exchange""".split())


def whole_title(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span that is a run of capitalised words grown back over "of" (and "the") to the name it ends:
    "[Calvarne]" of "The National Weather Service of Calvarne (NWSC)" → "National Weather Service of
    Calvarne", "[Silver Heron]" → "Order of the Silver Heron", when the words before "of" end with
    a word such names end their first part with (``_NAME_HEADS``: not "Fans of [Arsenal]", "Chief
    Executive of [Korvik Bank]"); as it is otherwise. (Not on past a name: "Börte of the Onggirat" is a
    person and where she is from.)"""
    if not re.fullmatch(_CAPITALS_RUN, sentence[start:end]):
        return start, end
    before = _OF_BEFORE.search(sentence, max(0, start - 80), start)
    if before is None or before.group("run").split()[-1].lower() not in _NAME_HEADS:
        return start, end               # "Fans of [Arsenal]", "Chief Executive of [Korvik Bank]": no name
    words = list(re.finditer(r"\S+", before.group("run")))
    kept = next((w for w in words if w.group() not in _NO_NAME), None)
    return (before.start("run") + kept.start() if kept is not None else start), end


_ACRONYM_AFTER = re.compile(rf"\s*\((?P<letters>[{CAPITALS}]{{2,8}})\)")
_NAME_WORD = re.compile(r"[\w'’&-]+")
_LINKING = frozenset("and of the for & de du la".split())


def whole_acronym(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span ending a name that an acronym in brackets follows, grown to the words the acronym's
    letters stand for: "the Seafarers' and [Transport Union] (STU)" → "Seafarers' and Transport Union",
    "The National Weather Service of [Calvarne] (NWSC)" → "National Weather Service of Calvarne"; as
    it is when the letters do not fit the capitalised words before it."""
    m = _ACRONYM_AFTER.match(sentence, end)
    if m is None or not sentence[start:end].strip() or not sentence[end - 1].isalpha():
        return start, end
    letters = m.group("letters")
    words = [w for w in _NAME_WORD.finditer(sentence, 0, end)]
    initials, at = "", None
    for w in reversed(words):
        if w.group().lower() in _LINKING:
            continue
        if not w.group()[0].isupper():
            break
        initials = w.group()[0] + initials
        at = w.start()
        if len(initials) >= len(letters):
            break
    return (min(start, at), end) if at is not None and initials == letters else (start, end)


def whole_name(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span that is (part of) a run of capitalised words grown to the whole run ("Tom" → "Tom
    Hanks"), without crossing punctuation; other spans as they are."""
    for m in NAME_RUN.finditer(sentence):
        run_end = m.end() - 1 if sentence[m.end() - 1] == "." and len(m.group(0).split()[-1]) > 2 else m.end()
        possessive = _POSSESSIVE.search(sentence[m.start():run_end])      # "Northrail's": "Northrail"
        run_end -= len(possessive.group(0)) if possessive and run_end - len(possessive.group(0)) >= end else 0
        if m.start() <= start and end <= run_end and run_end - m.start() > end - start:
            if CAPITALISED.fullmatch(sentence[start:end].split()[0]) and m.start() > 0:
                return m.start(), run_end
            if m.start() == 0:                  # the sentence's first word may be capitalised anyway
                return start, run_end
    return start, end
