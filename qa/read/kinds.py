"""What kind of answer a question asks for (a date, a number, a name) and whether a sentence offers
one. Surface patterns only, no tagger: "When …" wants a year, month or weekday, "How many …" a
number, "Who …" and "Where …" a capitalised name the question does not already contain. Only the
first question word counts: "How many died when …" asks for a number, "What did she say when …"
for none of these. The sentence
ranker uses these as features (fitted on SQuAD train), so a wrong guess costs little."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

import numpy as np


class AnswerKind(enum.IntEnum):
    """The values index ``KIND_FEATURES``."""

    DATE = 0
    NUMBER = 1
    PERSON = 2
    PLACE = 3
    OTHER = 4


KIND_FEATURES = ("kind_date", "kind_number", "kind_person", "kind_place")   # one column per kind but OTHER

_UNITS = "year|years|century|centuries|decade|date|month|day|era|period|time"
_KIND_PATTERNS = (
    (AnswerKind.DATE, re.compile(rf"\bwhen\b|\b(?:what|which) (?:{_UNITS})\b|\bhow long ago\b")),
    (AnswerKind.NUMBER, re.compile(r"\bhow (?:many|much|long|old|far|big|large|high|tall|deep|wide|often|fast)\b"
                                   r"|\b(?:what|which) (?:percentage|percent|number|amount|proportion|fraction)\b")),
    (AnswerKind.PERSON, re.compile(r"\bwho\b|\bwhom\b|\bwhose\b")),
    (AnswerKind.PLACE, re.compile(r"\bwhere\b")),
)
_QUESTION_WORD = re.compile(r"\b(?:what|which|who|whom|whose|where|when|why|how)\b")
_ACRONYM_WHO = re.compile(r"\bWHO\b")      # the World Health Organization, not "who"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Ordinal words, in order: "first" is 1
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_DATE = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}})s?\b|\b\d{{1,4}} ?(?:BC|AD|BCE|CE)\b|\b(?:AD|BC) ?\d{{1,4}}\b"
                   rf"|\b(?:{MONTHS}|{DAYS})\b|\bcentur(?:y|ies)\b")
# The numbers in words, as alternatives for the patterns that read figures: one to nine, the tens from twenty,
# and every cardinal from one to ninety ("seventeen", "forty"; "forty-two" is two of them)
DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
CARDINALS = f"{DIGIT_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{TENS}"
_NUMBER_WORDS = f"{CARDINALS}|hundred|thousand|million|billion|trillion|dozen|half|percent"
_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})s?\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")           # runs of letters: "Putin's" → "Putin", "s"; accents kept
DATE_PATTERN = _DATE        # a year, month, weekday or century
NUMBER_PATTERN = _NUMBER    # a digit or a number word
# What a number of people is called: "What was the attendance?", "the population of Lindqvarra" (a regex)
HEADCOUNT_NOUNS = "population|attendance|crowd|membership"
# Nouns that name a person's role: "Which minister …?" asks for a person; "adviser Shin Won-sik" is one.
ROLE_WORDS = frozenset("""actor actress adviser advisor ambassador analyst architect artist athlete author
    batsman boss bowler boxer businessman businesswoman campaigner candidate captain ceo chair chairman councillor
    chairwoman champion chancellor chef chief chiropractor coach comedian commander composer defender deputy
    designer director director-general driver economist editor entrepreneur envoy executive expert founder
    footballer goalkeeper golfer governor hacker head journalist judge lawyer lecturer leader man manager mayor
    midfielder minister mp musician novelist officer official organiser organizer owner person player politician
    presenter president producer professor prosecutor rapper referee reporter researcher rider scientist secretary
    senator singer spokesman spokesperson spokeswoman star striker tycoon winger witness woman writer""".split())
# Titles before a person's name, in lower case: "Mr Ferrow", "Dr Mara Lind", "Judge Greta Ostrand"
HONORIFICS = frozenset("mr mrs ms miss dr prof professor sir lord lady dame judge".split())
# Words a story puts before a name to say what someone is, not a title of theirs: "Substitute Bence
# Varga scored …", "Actor Tom Hanks"
DESCRIPTOR_WORDS = frozenset("""substitute striker winger defender midfielder goalkeeper footballer teenager veteran
    newcomer debutant youngster actor actress singer rapper musician comedian presenter novelist campaigner
    businessman businesswoman tycoon entrepreneur billionaire""".split())
# The last word of a name that is a body's, a business's or a building's, never a person's: "Arvik
# Yards", "Kelder Design Studio", "Tolby Town Hall" (lower case)
NOT_A_PERSONS_LAST_WORD = frozenset(w.lower() for w in """University College School Ltd Limited Inc plc Bridge Tower
    Ben Hall Church Castle Cathedral Abbey House Palace Museum Company Club FC Group Bank Yards Yard Works Industries
    Mills Line Lines Airways Airlines Railway Railways Shipyard Shipyards Foundation Institute Society Orchestra
    Theatre Brewery Motors Holdings Partners Associates Design Studio Studios Stadium Hospital Market Airport Port
    Harbour Festival Library Park Centre Center Gallery Union Party Trust Association Federation Council Times Post
    News Herald Courier Press Media Records Hotel Lighthouse Ferries Zoo Garden Gardens Street Road Square""".split())
# The last word of a public body's name: "Feldrum District Court", "Ministry of …" is named by its first
INSTITUTION_WORDS = frozenset("""court tribunal ministry agency commission committee authority department parliament
    assembly government police council""".split())
AUXILIARIES = frozenset("did does do is was are were has have had will would can could should may might must"
                        " shall".split())


# what a date is written with: "7 March 2024", "Sunday 1 September", "in 2019"
_DATE_WORDS = re.compile(rf"\b(?:{MONTHS}|{DAYS}|\d{{1,4}}(?:st|nd|rd|th)?|on|in|of|the)\b|[\s,./-]+")


def only_a_date(span: str) -> bool:
    """Whether ``span`` says nothing but a date ("7 March 2024", "Sunday 1 September", "in 2019"):
    no place, person or name."""
    return bool(_DATE.search(span)) and not _DATE_WORDS.sub("", span).strip()


def question_kind(question: str) -> AnswerKind:
    """The kind of answer ``question`` asks for, from the phrase its first question word starts."""
    q = _ACRONYM_WHO.sub(" ", question).lower()
    first = _QUESTION_WORD.search(q)
    if first is None:
        return AnswerKind.OTHER
    for kind, pattern in _KIND_PATTERNS:
        if pattern.match(q, first.start()):
            return kind
    return AnswerKind.OTHER


def names(text: str) -> list[str]:
    """Capitalised words of ``text`` but its first (names, mostly); none in text written all in
    capitals."""
    if text.isupper():
        return []
    return [w for w in _WORD.findall(text)[1:] if len(w) > 1 and w[0].isupper()]


def new_names(question: str, sentence: str) -> list[str]:
    """Capitalised words of ``sentence``, but its first word, that ``question`` does not contain."""
    asked = {w.lower() for w in _WORD.findall(question)}
    return [w for w in names(sentence) if w.lower() not in asked]


def offers(kind: AnswerKind, question: str, sentence: str) -> bool:
    """Whether ``sentence`` holds an answer of ``kind`` (never for OTHER)."""
    if kind is AnswerKind.DATE:
        return bool(_DATE.search(sentence))
    if kind is AnswerKind.NUMBER:
        return bool(_NUMBER.search(sentence))
    if kind in (AnswerKind.PERSON, AnswerKind.PLACE):
        return bool(new_names(question, sentence))
    return False


def kind_features(question: str, sentences: Sequence[str]) -> np.ndarray:
    """(len(sentences), len(KIND_FEATURES)): in the question kind's column, 1 where the sentence
    offers an answer of that kind; zeros elsewhere (and everywhere for OTHER questions)."""
    out = np.zeros((len(sentences), len(KIND_FEATURES)), dtype=np.float64)
    kind = question_kind(question)
    if kind is not AnswerKind.OTHER:
        out[:, int(kind)] = [offers(kind, question, s) for s in sentences]
    return out
