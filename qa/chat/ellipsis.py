"""Elliptical follow-ups: a question that says only the part that changes, rebuilt from the previous
one. "And in 2019?" after "What was Northwind's revenue in 2018?" → "What was Northwind's revenue in
2019?"; "What about Harrowgate?" after "Who did Selby Vale beat?" → "Who did Harrowgate beat?"; "And
who lost?" after "Who won the Ashby final?" → "Who lost the Ashby final?"; "Why?" after "When did the
mayor resign?" → "Why did the mayor resign?".

``rewrite`` puts X of "And X?" in the place of what it stands for in the previous question (a year or
a season, a month, "before"/"after", a noun with its number or code, a name of the same kind, an
owner's thing, a measure, the phrase it overlaps), else joins the two; ``parallel`` fills a question
that leaves words out ("And which lost most?") from the previous one; ``borrow`` gives a question word
alone its previous question; ``with_topic`` adds the previous question's topic words to a question.
Pure functions over text; ``qa.chat.conversation`` decides which applies and resolves the pronouns of
X first."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from qa.chat.referents import (
    AUXILIARIES,
    GROUP_NOUNS,
    PERSON,
    QUESTION_WORDS,
    ROLE_WORDS,
    TOKEN,
    WORK_NOUNS,
    Referent,
    Turn,
    is_content,
    kind_of,
    name_referents,
    named_spans,
    phrases,
    short_answer,
    subject,
)
from qa.ingest.lexicon import CAPITALS, common_word
from qa.ingest.text import NAME_PARTICLES
from qa.read.asked import is_measure
from qa.read.figures import of_people
from qa.read.kinds import ORDINALS
from qa.read.roles import PAIRED, pair_word
from qa.read.sources import source_span
from qa.read.speakers import role_speaker

_TAIL_OPENS = {"the", "a", "an", "this", "that", "in", "on", "at", "of", "for", "to", "from", "with", "by",
               "during", "after", "before", "last", "since"}


def parallel(question: str, prev: Turn) -> str | None:
    """"And which lost most?" (``question`` without its "And") after "Which stock gained most on the
    Norvia index?": the previous question with the new words in the place of those they stand for, the
    words left out kept ("Which stock lost most on the Norvia index?"; "And who lost?" after "Who won
    the Ashby final?": "Who lost the Ashby final?"). None when the two open with different question
    words, or the new one names something or has more than two content words of its own."""
    base = (prev.searched or prev.question).strip().rstrip("?.! ").split()
    own = question.strip().rstrip("?.! ").split()
    most = 2 if {w.lower() for w in own} & AUXILIARIES else 3     # "And how many intensive care beds?": no verb
    if not base or not own or phrases(question) or sum(is_content(w) for w in own) > most:
        return None
    key_a = [w.lower().strip(",;:'’\"") for w in base]
    key_b = [w.lower().strip(",;:'’\"") for w in own]
    opening = 2 if key_a[0] == "how" else 1         # "how many", "how long": two words
    if key_a[:opening] != key_b[:opening]:
        return None
    counted = _counted_in_place(base, own, key_a, key_b, opening)
    if counted is not None:
        return counted
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=key_a, b=key_b, autojunk=False).get_opcodes():
        n = j2 - j1
        if op in ("equal", "delete"):
            out += base[i1:i2]          # what the new question leaves out, it takes from the last
        elif op == "insert" or i2 - i1 <= n:
            out += own[j1:j2]
        elif i2 < len(base):            # between two words kept: the new words end where the old did
            out += base[i1:i2 - n] + own[j1:j2]
        elif i1 + n < i2 and key_a[i1 + n] not in _TAIL_OPENS:
            return None                 # "What did residents say [decide]?": no phrase of its own is left
        else:                           # running to the end: they start where the old did
            out += own[j1:j2] + base[i1 + n:i2]
    return " ".join(out) + "?"


_TIME_WORDS = frozenset("year years month months week weeks day days now today total overall next ago".split())


def _counted_in_place(base: list[str], own: list[str], key_a: list[str], key_b: list[str], opening: int) -> str | None:
    """"And how many intensive care beds?" after "How many operating theatres does the hospital have?": the previous
    question with the new question's noun phrase in the place of what it counted, up to its auxiliary ("How many
    intensive care beds does the hospital have?"); None when the new question has an auxiliary of its own, ends
    with a participle ("And how many injured?") or the previous one has no noun phrase before its auxiliary."""
    if len(key_b) <= opening or set(key_b) & AUXILIARIES or key_b[-1].endswith(("ed", "en")) \
            or not is_content(key_b[-1]) or set(key_b[opening:]) & (_TAIL_OPENS | _TIME_WORDS):
        return None             # (nor a time or a place: "And how many last year?", "And how many in total?")
    verb = next((i for i in range(opening, len(key_a)) if key_a[i] in AUXILIARIES), None)
    if verb is None or verb == opening:
        return None
    return " ".join(base[:opening] + own[opening:] + base[verb:]) + "?"


# "Who owns …?": a question asking for the doer, its verb after the question word
_SUBJECT_ASKED = re.compile(r"^\W*(?i:who)\s+([a-z][\w'’-]*)")     # (not "What caused floods …": its object)


def with_topic(question: str, prev: Turn) -> str:
    """``question`` with the previous question's topic words added ("…, about US unemployment rate")."""
    base = prev.searched or prev.question
    have = {w.lower() for w in TOKEN.findall(question)}
    # a question naming whom it is about ("What did the operator say?") does not take the previous
    # question's person ("… the union organiser say?") along: the search would find that one again
    roles = ROLE_WORDS if have & (ROLE_WORDS | GROUP_NOUNS) else frozenset()
    verb = _SUBJECT_ASKED.match(base)       # "Who owns the Café Lumière?": its topic is the café, not "owns"
    asked = {verb.group(1).lower()} - AUXILIARIES if verb else set()
    topic = [w for w in dict.fromkeys(TOKEN.findall(base)) if is_content(w) and w.lower() not in have | asked
             and w.lower() not in AUXILIARIES and w.lower() not in roles and w[:1].isalnum()][:8]
    if not topic:
        return question
    return f"{question.rstrip().rstrip('?.! ')}, about {' '.join(topic)}?"


# The two of a pair one asks about in turn: "the men's race" / "And the women's?" (``roles.PAIRED``)
_IN_TURN = tuple((a, b) for one, two in PAIRED for a, b in ((one, two), (two, one)))


def rewrite(prev: Turn, x: str, refs: list[Referent]) -> str:
    """"And X?": the previous question with X in the place of what X stands for (module doc). ``x``:
    X without its closing marks, its pronouns already resolved (``qa.chat.conversation``)."""
    base = (prev.searched or prev.question).strip()
    timed = _WITH_YEAR.fullmatch(x)
    if timed and timed.group(1).split()[0].lower() not in _PREPOSITIONS:
        own = {w.lower() for w in TOKEN.findall(timed.group(1)) if is_content(w)}
        if own and own <= {w.lower() for w in TOKEN.findall(base)}:
            return rewrite(prev, timed.group(2), refs)      # the nurses asked about already: 2026 alone
        head = rewrite(prev, timed.group(1), refs)      # "What about the nurses in 2026?": the nurses, then 2026
        if not head.startswith(f"{timed.group(1)}: "):
            return rewrite(replace(prev, searched=head), timed.group(2), refs)
    lower = x.lower()
    year = re.search(r"\b(1[89]\d\d|20\d\d)(?:[-–/](?:\d\d){1,2})?\b", base)      # a season too: "2023-24"
    if re.fullmatch(r"(?:the\s+)?(?:year|season)\s+before|the\s+previous\s+(?:year|season)|a\s+year\s+earlier", lower):
        if year:
            prior = int(year.group(1)) - 1
            earlier = _season(prior, year.group(0)) if year.end() > year.start() + 4 else str(prior)
            return base[:year.start()] + earlier + base[year.end():]
        return _appended(base, "the year before")
    timed = re.fullmatch(rf"(?:({_YEAR_PREPOSITIONS})\s+)?(1[89]\d\d|20\d\d)|the\s+(1[89]\d\d|20\d\d)\s+one", lower)
    if timed:
        new, prep = re.search(r"\d{4}", x).group(0), timed.group(1) or ""
        if year:                # "And in 2025?" after "… in 2023-24?": the season ending in 2025
            season = _season(int(new) - 1, year.group(0)) if year.end() > year.start() + 4 else new
            before = re.search(rf"\b(?:{_YEAR_PREPOSITIONS})\s+$", base[:year.start()])
            if prep and prep != "in" and before:        # "And by 2035?" after "… in 2025?": "by 2035"
                return base[:before.start()] + f"{prep} {season}" + base[year.end():]
            return base[:year.start()] + season + base[year.end():]
        now = _TIME_ASKED.search(base)
        if now:                 # "And by 2035?" after "How many people live there today?" ("… last year?")
            return base[:now.start()] + f"{prep or 'in'} {new}" + base[now.end():]
        return _appended(base, f"{prep or 'in'} {new}")
    if re.fullmatch(FROM_NOW, lower):       # "now" after "What was MMR coverage in 2015?": "What is … now?"
        asked = _TIME_ASKED.search(base)
        done = _appended(base, lower) if asked is None else base[:asked.start()] + lower + base[asked.end():]
        if not _PRESENT_TIME.fullmatch(lower):
            return done
        return re.sub(r"^(\W*(?:[\w'’-]+\s+){1,3}?)(was|were)\b", lambda m: m.group(1) + _PRESENT[m.group(2).lower()],
                      done, count=1, flags=re.IGNORECASE)
    dated = _DATE_PHRASE.fullmatch(lower)
    if dated:                   # "And from 13 December?" after "When does the first train currently leave?"
        asked = _TIME_ASKED.search(base)
        return _appended(base, x) if asked is None else base[:asked.start()] + x + base[asked.end():]
    month = re.fullmatch(rf"(?:in\s+)?({_MONTHS})", lower)
    in_base = _MONTH_NAMED.search(base) if month else None
    if in_base:                 # "And in May?" after "What was inflation in June?": May in June's place
        return base[:in_base.start(1)] + month.group(1).capitalize() + base[in_base.end(1):]
    for this, that in (("after", "before"), ("before", "after")):
        if re.fullmatch(rf"{this}(?:wards?)?|{this}\s+(?:that|it|this)", lower) and re.search(rf"\b{that}\b", base):
            return re.sub(rf"\b{that}\b", this, base, count=1)
    for this, that in _IN_TURN:     # "And the women's race?" after "Who won the men's marathon?": women's for men's
        if re.fullmatch(rf"(?:the\s+)?{pair_word(this)}(?:\s+(?:race|event|final|title|prize|award|one))?", lower) \
                and re.search(pair_word(that), base, re.IGNORECASE):
            return re.sub(pair_word(that), this, base, count=1, flags=re.IGNORECASE)
    ordinal = _ordinal_in_place(base, lower)
    if ordinal is not None:     # "And their second?" after "Who scored Dunmere's first goal?": second for first
        return ordinal
    for in_place in (_possessive_in_place, _source_in_place, _dated_in_place, _identified_in_place, _phrase_in_place):
        done = in_place(base, x)
        if done is not None:
            return done
    article = re.match(r"the\s+", x, re.IGNORECASE)         # "And the Liberal Democrats?"
    bare = x[article.end():] if article else x
    bare = re.sub(r"['’]s?$", "", bare) if " " in bare.strip() or bare[:1].isupper() else bare   # "And Selby Vale's?"
    names = named_spans(bare)
    if names and names[0][1] == 0 and len(names[0][0]) >= len(bare) - 1:        # "And Boy George?"
        kind, _, strong = kind_of(bare, "the " if article else "")
        role = role_speaker(base)[0]
        if kind == PERSON and role:     # "What about Rune Maaklev?" after "What did the Halvik mayor say?"
            return base.replace(role, bare, 1)
        theirs = name_referents(base, named_spans(base), "question")
        same = [r for r in theirs if r.kind == kind]
        if not strong:          # a bare name: what the question most clearly named, a person first
            same = sorted(theirs, key=lambda r: (not r.strong, r.kind != PERSON, r.kind != kind))
        if same and same[0].text in base:
            return _name_in_place(base, same[0].text, bare, article is not None)
        return _swap_subject(prev, x)
    owned = _owned_in_place(base, x) or _owner_in_place(base, x) or _people_in_place(base, x) \
        or _role_in_place(base, x)
    if owned is not None:
        return owned
    measure = _measure_in_place(base, x)
    if measure is not None:
        return measure
    window = _overlap_window(base, x, {w.lower() for r in refs for w in r.text.split()})
    if window is not None:
        a, b = window
        return base[:a] + x + base[b:]
    return f"{x}: {base}"


def _appended(base: str, words: str) -> str:
    """``base`` with ``words`` (a time) added at its end, before an "according to …" closing it (its source:
    ``qa.read.sources.source_span``; "What share … spend on rent in 2019, according to The Velstad Ledger?")."""
    span = source_span(base)
    closing = re.search(r",?\s+according\s+to\s+$", base[:span[0]], re.IGNORECASE) \
        if span and not base[span[1]:].strip(" ?.!") else None
    if closing is None:
        return f"{base.rstrip('?.! ')} {words}?"
    return f"{base[:closing.start()]} {words}{base[closing.start():].rstrip('?.! ')}?"


# Ordinals one asks about in turn: "the first goal" / "And the second?" ("last" and "final" are not: "last
# week", "the final")
_ORDINALS = "|".join(ORDINALS) + r"|1st|2nd|3rd|[4-9]th|1[0-9]th"
_ORDINAL_ASKED = re.compile(rf"(?:(?:the|their|his|her|its)\s+|(?P<owner>(?:[\w-]+\s+){{0,3}}[\w-]+)['’]s?\s+)?"
                            rf"(?P<ordinal>{_ORDINALS})(?:\s+(?P<noun>[a-z]+))?")


def _ordinal_in_place(base: str, x: str) -> str | None:
    """"And their second?" (``x``, lower case) after "Who scored Dunmere's first goal?": the previous question
    with X's ordinal in the place of its own ("… Dunmere's second goal?"), X's noun, if any, the one after it
    ("And the second leg?" not after "… the first goal?"); None for another owner's ("And Havlin's second?"),
    or when the previous question has no ordinal."""
    m = _ORDINAL_ASKED.fullmatch(x)
    if m is None or (m.group("owner") and m.group("owner") not in base.lower()):
        return None
    old = re.search(rf"(?<![\w-])(?:{_ORDINALS})(?![\w-])(?:\s+(?P<noun>[a-z]+))?", base, re.IGNORECASE)
    if old is None or (m.group("noun") not in (None, "one") and m.group("noun") != (old.group("noun") or "").lower()):
        return None
    done = base[:old.start()] + m.group("ordinal") + base[old.start() + len(old.group().split()[0]):]
    return done if done != base else None


# The words a year comes after
_YEAR_PREPOSITIONS = "in|by|until|before|after|since|from|for|during"
# "the nurses in 2026", "Chelsea in 2004": what changes and the year it changes to
_WITH_YEAR = re.compile(r"(.+?)\s+(in\s+(?:1[89]\d\d|20\d\d))")
# Who a role names in a contest or a post, besides ``ROLE_WORDS``: "And the runner-up?"
_CONTEST_ROLES = frozenset("runner-up winner loser challenger incumbent opponent rival successor predecessor "
                           "favourite favorite".split())


def _role_in_place(base: str, x: str) -> str | None:
    """"And the runner-up?" after "How many votes did Anders Hjelm win?": the previous question with ``x`` (a person
    named by role: "the runner-up", "her deputy", "the mayor") in the place of the one person it named ("How many
    votes did the runner-up win?"); None when ``x`` is no such role or the previous question names no one person."""
    m = re.fullmatch(r"(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)", x.strip(), re.IGNORECASE)
    if m is None or m.group(1).lower() not in ROLE_WORDS | _CONTEST_ROLES:
        return None
    people = {r.text for r in name_referents(base, named_spans(base), "question") if r.kind == PERSON}
    if len(people) != 1:
        return None
    name = people.pop()
    return base.replace(name, x.strip(), 1) if name in base else None


# Plurals that end like a person's noun ("-ers") and name none
_NOT_PEOPLE = frozenset("others numbers orders letters papers powers waters centers centres matters quarters "
                        "headquarters answers figures chapters meters metres litres liters".split())


def _people_in_place(base: str, x: str) -> str | None:
    """"What about the nurses?" after "How many doctors did Velmora hospital hire in 2025?": the previous
    question with ``x``'s people in the place of the people it named ("How many nurses did …"; "the
    Velmora doctors" → "the Velmora nurses"); None when ``x`` names no people in the plural (one or two
    words in lower case) or the previous question names none."""
    m = re.fullmatch(r"(?:the\s+)?((?:[a-z][\w-]*\s+)?([a-z][\w'’-]*s))", x.strip())
    if m is None or not of_people(m.group(2)) or m.group(2) in _NOT_PEOPLE:
        return None
    for old in re.finditer(r"(?<![\w'’-])[a-z][\w-]*s(?![\w'’-])", base):
        if old.group(0) != m.group(2) and of_people(old.group(0)) and old.group(0) not in _NOT_PEOPLE:
            return base[:old.start()] + m.group(1) + base[old.end():]
    return None


# A possessive noun in lower case: "women's", "girls'", "under-21s'"
_POSSESSIVE = r"[a-z][\w-]*(?:['’]s|s['’])"


def _possessive_in_place(base: str, x: str) -> str | None:
    """"And the men's?" after "What was the women's winning time?": the previous question with ``x``'s
    possessive noun in the place of its own ("What was the men's winning time?"); None when ``x`` is
    no such noun alone or the previous question has none before a word."""
    m = re.fullmatch(rf"(?:the\s+)?({_POSSESSIVE})", x.strip())
    old = re.search(rf"(?<![\w'’-])({_POSSESSIVE})(?=\s+\w)", base) if m else None
    if old is None or old.group(1).lower() == m.group(1).lower():
        return None
    return base[:old.start(1)] + m.group(1) + base[old.end(1):]


# "in the 2026 budget", "the 2024 season": a year naming a thing
_DATED = re.compile(r"(?:(?:in|for|at|of|during|from|and)\s+)?(?:the\s+)?(?P<year>1[89]\d\d|20\d\d)\s+"
                    r"(?P<noun>[^\W\d_][\w'’-]*)", re.IGNORECASE)


def _dated_in_place(base: str, x: str) -> str | None:
    """"And in the 2026 budget?" after "How much did the 2025 budget set aside?": the previous question
    with ``x``'s year in the place of the one its same thing has ("How much did the 2026 budget set
    aside?"); None when ``x`` is no year and a noun, or the previous question names that noun with no
    other year before it."""
    m = _DATED.fullmatch(x.strip())
    if m is None:
        return None
    same = re.search(rf"\b(1[89]\d\d|20\d\d)\s+{re.escape(m.group('noun'))}(?![\w'’-])", base, re.IGNORECASE)
    if same is None or same.group(1) == m.group("year"):
        return None
    return base[:same.start(1)] + m.group("year") + base[same.end(1):]


# "route 12", "Platform 4", "flight BA117", "Question 3b", "Gate B": a noun and the number or code that names one
_IDENTIFIER = rf"(?:\d[\w./-]*|[{CAPITALS}]{{1,3}}\d[\w./-]*|[{CAPITALS}])"
_IDENTIFIED = re.compile(rf"(?:(?:the|on|for|in|at|from|to|of)\s+)*([^\W\d_][\w'’-]*)\s+({_IDENTIFIER})")


def _identified_in_place(base: str, x: str) -> str | None:
    """"And route 7?" after "When does the last bus leave on route 21?": the previous question with
    the whole of its "route 21" (the same noun with its number or code) in place of ``x``'s ("When
    does the last bus leave on route 7?"), never the noun alone ("route 7 21"); None when ``x`` is no
    noun and identifier or the previous question has no such name of that noun."""
    m = _IDENTIFIED.fullmatch(x)
    if m is None or not is_content(m.group(1)):
        return None
    noun = m.group(1)
    same = re.search(rf"(?<![\w'’-]){re.escape(noun)}\s+{_IDENTIFIER}(?![\w'’-])", base, re.IGNORECASE)
    if same is None:
        return None
    return base[:same.start()] + x[m.start(1):] + base[same.end():]


def plural_word(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _name_in_place(base: str, old: str, new: str, article: bool) -> str:
    """``base`` with the name ``old`` replaced by ``new`` (typed with "the" before it when
    ``article``), the "the" before each following the new name: "the Liberal Democrats" → "Labour"
    (not "the Labour"), "Labour" → "the Greens"; before a noun it qualifies a plural name is made
    singular and the "the" kept ("the Conservative candidate" → "the Liberal Democrat candidate")."""
    at = base.index(old)
    end = at + len(old)
    after = re.match(r"\s+([\w'’-]+)", base[end:])
    the = re.search(r"(?<![\w'’-])the\s+$", base[:at], re.IGNORECASE)
    if after and after.group(1) in ROLE_WORDS | GROUP_NOUNS | WORK_NOUNS:     # a modifier: "Conservative candidate"
        if plural_word(new.split()[-1]):
            new = new[:-1]
    elif the and not article and plural_word(old.split()[-1]):
        at = the.start()                    # "the Greens" → "Labour"
    elif article and not the:
        new = "the " + new                  # "Labour" → "the Greens"
    return base[:at] + new + base[end:]


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A time from the present (what "And last year?" asks), and the present's (what puts "was" in the present)
_PRESENT_WORDS = r"now|today|currently|at\s+present"
FROM_NOW = rf"{_PRESENT_WORDS}|(?:last|this|next)\s+year|a\s+year\s+(?:ago|earlier)"
_PRESENT_TIME = re.compile(_PRESENT_WORDS, re.IGNORECASE)
# The time a question names, which another time asked of the same thing replaces: a year with the word before it
# (and its month), a year named from the present, the present ("in March 2015", "last year", "a year ago", "today")
_TIME_ASKED = re.compile(rf"\b(?:{_YEAR_PREPOSITIONS})\s+(?:(?:{_MONTHS})\s+)?(?:1[89]\d\d|20\d\d)\b"
                         rf"|\b(?:{FROM_NOW})\b", re.IGNORECASE)
_PRESENT = {"was": "is", "were": "are"}
# a month a question names as a time ("in June", "since March"): not "may" the verb, nor Theresa May
_MONTH_NAMED = re.compile(r"\b(?:in|on|of|since|from|until|by|during|for|and|to|last|next|this)\s+"
                          r"(January|February|March|April|May|June|July|August|September|October|November|December)\b")
# A day and a month, with the word a time comes after: "from 13 December", "on 4 March 2026", "by March 31"
_DATE_PHRASE = re.compile(rf"(?:{_YEAR_PREPOSITIONS}|on)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})"
                          rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:1[89]|20)\d\d)?")


# Who tells a figure, besides organisations: "What about the fire service?" after "How many roads do police say
# are closed?" asks the fire service instead.
_TELLERS = GROUP_NOUNS | {"police", "service", "brigade", "organisers", "organizers", "officials", "authorities",
                          "ministry", "department", "coastguard", "army", "court", "hospital", "campaigners",
                          "residents", "critics", "analysts", "experts", "economists", "opposition", "witnesses",
                          "regulator", "watchdog", "office", "spokesman", "spokeswoman", "spokesperson", "unions"}


def _source_in_place(base: str, x: str) -> str | None:
    """"What about the fire service?" or "And according to the organisers?" after "How many roads do
    police say are closed?": the previous question with the new source in place of the one it named
    (``qa.read.sources.source_span``: "How many roads do the fire service say are closed?"); None when
    the previous question names no source, or ``x`` is neither "according to …" nor a noun phrase
    whose head tells figures ("the council", "the organisers")."""
    span = source_span(base)
    m = re.fullmatch(r"(according\s+to\s+)?((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})", x, re.IGNORECASE)
    if span is None or m is None or (not m.group(1) and x.split()[0].lower() in _PREPOSITIONS):
        return None             # "And in hospital?" is no source
    head = m.group(2).split()[-1].lower()
    if not m.group(1) and head not in _TELLERS and head.removesuffix("s") not in _TELLERS:
        return None
    return base[:span[0]] + m.group(2) + base[span[1]:]


_PREPOSITIONS = frozenset("in on at for from during among under over with without against within across near "
                          "throughout around".split())
# Words that end the noun phrase after a preposition
_PHRASE_ENDS = _PREPOSITIONS | AUXILIARIES | QUESTION_WORDS | {"and", "or", "than", "as", "that", "to", "of", "by",
                                                               "say", "said", "says"}
_TIME_WORDS = frozenset(_MONTHS.split("|")) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday", "week", "weekend", "month", "year", "quarter", "half",
                                               "season", "morning", "afternoon", "evening", "night", "spring",
                                               "summer", "autumn", "winter", "today", "yesterday"}


# Prepositions whose phrase a follow-up's replaces whatever its kind, a name or a thing: "What about
# against the US dollar?" after "What was the krona trading at against the euro?" ("in Harwick" after
# "in the first round" is another question's place, not the round's)
_ANY_KIND = frozenset({"against", "with", "without"})
# Small words inside a place's name: a person's name's, and "upon", "on", "am", "sur" ("Newcastle upon Tyne")
_NAME_PARTICLES = frozenset(NAME_PARTICLES.split("|")) | set("upon on del den am im sur en".split())


def _phrase_kind(words: list[str]) -> str:
    """"time" ("the first quarter", "September 2022"), "name" ("Leeds") or "thing" ("the run-off")."""
    if any(re.fullmatch(r"(?:1[89]|20)\d\d", w) or w.lower() in _TIME_WORDS for w in words):
        return "time"
    own = [w for w in words if w.lower() not in {"the", "a", "an", "its", "their", "his", "her"}]
    return "name" if own and own[0][:1].isupper() else "thing"


def _phrase_in_place(base: str, x: str) -> str | None:
    """"And in the run-off?" after "How many votes did Pell get in the first round?": the previous
    question with ``x`` in place of its last phrase of the same preposition and kind (a time, a name
    or a thing: ``_phrase_kind``): "… get in the run-off?"; "What about on schools?" after "How much
    did the council spend on roads in 2025?": "… spend on schools in 2025?". None when ``x`` is no
    such phrase or the previous question has none like it. After "against", "with" or "without"
    (``_ANY_KIND``) the one phrase of the previous question with that preposition is replaced even
    when one is a name and the other a thing ("against the euro" → "against the US dollar")."""
    words = x.split()
    if len(words) < 2 or words[0].lower() not in _PREPOSITIONS:
        return None
    prep, kind = words[0].lower(), _phrase_kind(words[1:])
    toks = list(re.finditer(r"[\w'’-]+|[^\w\s]", base))
    same, other = None, []
    for i, t in enumerate(toks):
        if t.group(0).lower() != prep:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 6 and re.match(r"[\w'’-]", toks[j].group(0)) \
                and toks[j].group(0).lower() not in _PHRASE_ENDS:
            j += 1
        named = i + 1 + (i + 1 < j and toks[i + 1].group(0).lower() == "the")
        if named < j and toks[named].group(0)[:1].isupper() \
                and _phrase_kind([t.group(0) for t in toks[i + 1:j]]) == "name":   # a name ends at its last
            j = named + 1                                           # capitalised word: "in Castrelle [rise]"
            while j < len(toks) and re.match(r"\w", toks[j].group(0)) and (toks[j].group(0)[:1].isupper() or (
                    toks[j].group(0) in _NAME_PARTICLES and j + 1 < len(toks)
                    and toks[j + 1].group(0)[:1].isupper())):                # "Newcastle upon Tyne"
                j += 1
        if j > i + 1:
            theirs = _phrase_kind([t.group(0) for t in toks[i + 1:j]])
            if theirs == kind:
                same = (t.start(), toks[j - 1].end())
            elif "time" not in (theirs, kind):
                other.append((t.start(), toks[j - 1].end()))
    found = same or (other[0] if prep in _ANY_KIND and len(other) == 1 else None)
    if found is None and wider_place(x):
        places = [m.span() for m in _PLACE_PHRASE.finditer(base)]      # "And across the country?" after "How
        found = places[-1] if len(places) == 1 else None               # much did prices in Castrelle rise?"
    if found is None:
        return None
    return base[:found[0]] + x + base[found[1]:]


def wider_place(x: str) -> bool:
    """Whether "And X?" asks the same of a wider place than the one asked about ("across the country",
    "in the region", "throughout Europe"), which stands for no place named before."""
    words = x.split()
    return len(words) >= 2 and words[0].lower() in _WHERE and " ".join(words[1:]).lower() in _WIDER_PLACES


# Where a place is: "in Castrelle" may be asked again "across the country", "nationally", "in Europe"
_WHERE = frozenset({"in", "across", "throughout", "around", "nationwide"})
_WIDER_PLACES = frozenset({"the country", "the nation", "the region", "the world", "the uk", "the us", "europe",
                           "the whole country", "the rest of the country", "the state", "the county"})
_PLACE_PHRASE = re.compile(rf"\b(?:in|across|throughout|around)\s+(?:the\s+)?(?!(?i:{_MONTHS}|spring|summer|autumn"
                           rf"|winter)\b)(?-i:[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+)*)", re.IGNORECASE)


def _season(first: int, like: str) -> str:
    """The season starting in year ``first``, written as ``like`` is ("2023-24" → "2024-25")."""
    sep = re.search(r"[-–/]", like).group(0)
    tail = like.split(sep, 1)[1]
    return f"{first}{sep}{str(first + 1)[-len(tail):]}"


# The noun phrase after a possessive: words up to a preposition, a conjunction, a verb-like word or a mark.
_AFTER_OWNER = re.compile(r"(?:\s+(?!(?:in|of|for|on|at|by|to|from|with|and|or|since|during|after|before|is|was"
                          r"|are|were|did|does|do|has|have|had|will|would)\b)[\w'’-]+)+", re.IGNORECASE)


def _owned_in_place(base: str, x: str) -> str | None:
    """"And its pre-tax profit?" (``x`` resolved to "Northwind's pre-tax profit") after "What was
    Northwind's revenue?": the previous question asking for that owner's thing instead ("What was
    Northwind's pre-tax profit?"; "And Tesco's profit?": "What was Tesco's profit?"); None when
    ``x`` is no "Owner's thing" or the previous question names no owner's thing."""
    m = re.fullmatch(r"(\S+?['’]s)\s+(\S.*)", x)
    if m is None:
        return None
    owner = re.search(rf"(?<!\w){re.escape(m.group(1))}", base) or re.search(rf"(?<!\w)[{CAPITALS}][\w-]*['’]s\b", base)
    thing = _AFTER_OWNER.match(base, owner.end()) if owner else None
    if thing is None:
        return None
    return f"{base[:owner.start()]}{x}{base[thing.end():]}"


def _owner_in_place(base: str, x: str) -> str | None:
    """"And his brother?" (``x`` resolved to "Oskar Vantrell's brother") after "What sentence did Oskar
    Vantrell receive?": the previous question asking it of the owner's person or thing instead ("What
    sentence did Oskar Vantrell's brother receive?"); None when ``x`` is no "Owner's noun" whose owner
    the previous question names (alone, not as an owner already)."""
    m = re.fullmatch(r"(.+?)['’]s\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", x)
    if m is None:
        return None
    at = re.search(rf"(?<![\w'’-]){re.escape(m.group(1))}(?![\w-])(?!['’])", base)
    return base[:at.start()] + x + base[at.end():] if at else None


def _measure_in_place(base: str, x: str) -> str | None:
    """"And revenue?" after "What was Northwind's pre-tax profit in 2023?": the previous question
    asking for that measure instead ("What was Northwind's revenue in 2023?"); None when ``x`` is no
    measure of money in lower case or the previous question asks for none."""
    words = x.split()
    while words and words[0].lower() in {"the", "its", "their", "his", "her"}:
        words = words[1:]
    if not words or not is_measure(words[-1]) or any(w[:1].isupper() for w in words):
        return None
    toks = list(re.finditer(r"[\w'’-]+", base))
    at = next((i for i, t in enumerate(toks) if is_measure(t.group(0))), None)
    if at is None:
        return None
    first = at                      # with the words before it that qualify it ("pre-tax profit")
    while first > 0 and is_content(toks[first - 1].group(0)) and not re.search(r"['’]s?$", toks[first - 1].group(0)) \
            and toks[first - 1].group(0).lower() not in AUXILIARIES and not toks[first - 1].group(0)[:1].isupper():
        first -= 1
    return base[:toks[first].start()] + " ".join(words) + base[toks[at].end():]


# words that open a noun phrase: its modifiers run from after one of these to its head
_OPENS_PHRASE = frozenset("the a an this that these those its his her their our my your of for in on at to from with"
                          " by about".split())


def _overlap_window(base: str, x: str, ignore: set[str]) -> tuple[int, int] | None:
    """The span of ``base`` that ``x`` stands in for (content words of ``ignore`` not counted),
    with the "the" before it when ``x`` has one; None when they share no word.

    - The head of ``x`` (its last content word) in ``base`` and the content words right before it
      back to a word that opens the phrase ("the", "of", an owner's name; none when they run back to
      a verb: "Who won gold …?" + "And team gold?"): "the men's singles title" for "the women's singles
      title", "unemployment rate" for "the inflation rate", "council" for "the county council"
      (not the noun a question word asks about: "Which film …?").
    - Else from the first content word of ``x`` (or, failing that, any it shares) to the end of
      that phrase in ``base`` (a content word before a word like "at"), about as long as ``x``:
      "best Xbox game" for "the best GameCube title"."""
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[\w'’-]+", base)]
    words = re.findall(r"[\w'’-]+", x)
    lead = next((i for i, w in enumerate(words) if is_content(w)), len(words))
    content = [w.lower() for w in words if is_content(w)]
    want = set(content) - ignore
    if not want:
        return None
    n = len(words) - lead

    def with_the(i: int) -> int:
        return i - 1 if lead and i and toks[i - 1][2] == words[lead - 1].lower() else i

    head = content[-1]
    at = next((i for i, t in enumerate(toks) if t[2] == head and head in want       # not "Which film …?"
               and not (i and toks[i - 1][2] in QUESTION_WORDS)), None)
    if at is not None:              # its modifiers, back to a word that opens the phrase ("the", "of", "Tesco's")
        first = at
        while first > 0 and at - first < n + 1 and is_content(toks[first - 1][2]) \
                and toks[first - 1][2] not in AUXILIARIES:
            first -= 1
        if first < at and not (first == 0 or toks[first - 1][2] in _OPENS_PHRASE
                               or re.search(r"['’]s?$", toks[first - 1][2])):
            first = at              # "Who won gold …?": "won" is no modifier of "gold"
        return toks[with_the(first)][0], toks[at][1]
    starts = [i for i, t in enumerate(toks) if lead < len(words) and t[2] == words[lead].lower() and t[2] in want]
    best, where = None, None
    for i in starts or [i for i, t in enumerate(toks) if t[2] in want]:
        for size in range(max(1, n - 1), n + 4):
            if i + size > len(toks):
                break
            ends = is_content(toks[i + size - 1][2]) and (i + size == len(toks) or not is_content(toks[i + size][2]))
            key = (ends, len({t[2] for t in toks[i:i + size]} & want), -abs(size - n))
            if best is None or key > best:
                best, where = key, (toks[with_the(i)][0], toks[i + size - 1][1])
    return where


_AUXILIARY_NEXT = re.compile(r"\s+(?:did|does|do|is|was|are|were|will|would|has|have|had|can|could|should|may|might)\b",
                             re.IGNORECASE)


def borrow(question: str, prev: Turn) -> str:
    """A question with no topic ("When?", "How many?"): put its question word in place of the
    previous question's when an auxiliary follows that ("Why did …?" → "When did …?"), else add
    the previous question's topic ("When?" after "Which councillor stood down …?")."""
    own = question.strip().rstrip("?.! ")
    base = (prev.searched or prev.question).strip()
    m = re.match(r"^(how\s+(?:many|much|long|often|old|far)|who|whom|whose|what|which|when|where|why|how)\b",
                 base, re.IGNORECASE)
    mine = re.match(r"^(?:and\s+)?(how\s+(?:many|much|long|often|old|far)|who|what|which|when|where|why|how)"
                    r"(?:\s+(?:did|does|do|will|would)\s+(?:that|this|it)"
                    r"\s+(?:happen|start|begin|end|take\s+place))?$", own, re.IGNORECASE)
    if m and mine and _AUXILIARY_NEXT.match(base, m.end()):    # "Why did …?" → "When did …?"; not "Which
        wh = mine.group(1)                                       # councillor stood down …?" (its verb would change)
        return wh[:1].upper() + wh[1:] + base[m.end():]
    short = short_answer(prev)
    doer = re.match(r"who\s+([a-z]+)\b", base, re.IGNORECASE)
    verb = _base_form(doer.group(1).lower()) if doer and short and ASKED_PHRASE.fullmatch(own) else ""
    if verb:        # "In which minute?" after "Who scored United's third goal?", answered "Mikkel Haraldsen":
        return f"{own} did {short} {verb}{base[doer.end():]}"    # "In which minute did Mikkel Haraldsen score …?"
    topic = phrases(base)
    if short and short not in topic:
        topic.append(short)
    if not topic:
        return f"{own}: {base}" if base.endswith("?") else f"{own}: {base}?"
    return f"{own}, about {', '.join(topic)}?"


# A question word and the time or part it asks for: "In which minute", "At what time", "What year", or what it
# asks with a preposition: "In which film", "For which club" (not "What happened", "Which team": a question of
# its own)
ASKED_PHRASE = re.compile(r"(?:and\s+)?(?:(?:in|at|on|by|during|for|from|to|until)\s+)?(?:which|what)\s+(?:minute|hour"
                          r"|time|day|date|week|month|year|season|round|half|quarter|stage|lap|leg|game|match|period)s?"
                          r"|(?:and\s+)?(?:in|at|on|for|with|against|from|by|under)\s+(?:which|what)\s+[a-z]+"
                          r"|(?:and\s+)?(?:when|where|why|how)", re.IGNORECASE)     # ("In which months?")


def bare_asked(question: str) -> bool:
    """Whether ``question`` is a question word and the time or part it asks for alone ("In which minute?")."""
    return ASKED_PHRASE.fullmatch(question.strip().rstrip("?.! ")) is not None


# Past forms whose present is not the past without its "-ed"
_IRREGULAR = {"won": "win", "beat": "beat", "set": "set", "took": "take", "made": "make", "gave": "give", "led": "lead",
              "ran": "run", "wrote": "write", "said": "say", "broke": "break", "found": "find", "hit": "hit",
              "left": "leave", "became": "become", "came": "come", "bought": "buy", "sold": "sell", "paid": "pay",
              "met": "meet", "told": "tell", "kept": "keep", "built": "build", "sent": "send", "spent": "spend",
              "held": "hold", "lost": "lose", "threw": "throw", "struck": "strike", "shot": "shoot", "chose": "choose",
              "drove": "drive", "rode": "ride", "quit": "quit", "cut": "cut", "put": "put", "stood": "stand",
              "fell": "fall", "rose": "rise", "grew": "grow", "saw": "see", "knew": "know", "began": "begin",
              "brought": "bring", "caught": "catch", "fought": "fight", "taught": "teach", "flew": "fly"}


def _base_form(past: str) -> str:
    """The plain form of a verb in the past ("scored" → "score", "won" → "win", "carried" → "carry",
    "stopped" → "stop"), a common English word; "" when it is none (not a past form, or unknown)."""
    if past in _IRREGULAR:
        return _IRREGULAR[past]
    if not past.endswith("ed") or len(past) < 5:
        return ""
    stem = past[:-2]
    candidates = [stem[:-1] + "y"] if stem.endswith("i") else []
    candidates += [stem + "e", stem] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return next((c for c in candidates if common_word(c)), "")


def _swap_subject(prev: Turn, new: str) -> str:
    """"And Iran?" after "What did Russia give North Korea?" → "What did Iran give North Korea?";
    when the previous question has no capitalised subject, the new topic is added to it."""
    base = (prev.searched or prev.question).strip()
    new = new.strip().rstrip("?.! ")
    subj = subject(prev)
    if subj and subj in base:
        return base.replace(subj, new, 1)
    return f"{base.rstrip('?.! ')} {new}?"
