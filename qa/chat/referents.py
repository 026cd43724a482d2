"""What the previous turn of a conversation was about: its names, each typed as a person, a group
(a company, club, band, party: "they", "the firm") or a thing (a film, a book, a place: "it"), from
its shape and the words around it. Plain functions over text; no model."""

from __future__ import annotations

import re
from dataclasses import dataclass

PERSON, GROUP, THING, PLACE = "person", "group", "thing", "place"

_TITLES = {"sir", "lord", "lady", "dame", "dr", "mr", "mrs", "ms", "miss", "prince", "princess", "king", "queen",
           "president", "pope", "rev", "professor", "prof"}
_ROLE = {"adviser", "advisor", "president", "minister", "leader", "spokesman", "spokeswoman", "spokesperson",
         "secretary", "chief", "director", "official", "officer", "ambassador", "chairman", "chairwoman", "chair",
         "governor", "senator", "mayor", "ceo", "founder", "judge", "commander", "deputy", "envoy", "executive",
         "manager", "coach", "boss", "captain", "goalkeeper", "striker", "midfielder", "defender", "winger",
         "player", "actor", "actress", "singer", "star", "presenter", "author", "writer", "economist", "analyst",
         "chancellor", "mp", "rapper", "comedian", "designer", "lawyer", "hacker", "referee", "chiropractor",
         "director-general", "head", "editor", "reporter", "driver", "rider", "champion"}
_GROUP_WORDS = {"group", "company", "corp", "corporation", "inc", "ltd", "plc", "bank", "breweries", "brewery",
                "airways", "airlines", "international", "association", "council", "party", "united", "city", "fc",
                "club", "records", "studios", "motors", "holdings", "partners", "foundation", "trust", "commission",
                "ministry", "department", "agency", "union", "league", "federation", "committee", "network", "media",
                "telecom", "mobile", "energy", "systems", "technologies", "electronics", "entertainment", "pictures",
                "rovers", "wanderers", "athletic", "government", "police", "army", "band", "institute", "society",
                "organisation", "organization", "authority", "office", "service", "services", "times", "post", "news"}
_GROUP_NOUNS = {"band", "club", "team", "firm", "company", "group", "party", "charity", "council", "retailer",
                "bank", "airline", "side", "government", "union", "brothers", "twins", "sisters", "couple",
                "carmaker", "maker", "giant", "operator", "broadcaster", "network", "label", "chain", "supermarket",
                "insurer", "lender", "publisher", "studio", "organisation", "organization", "agency", "administrators"}
_WORK_NOUNS = {"film", "book", "album", "song", "single", "play", "show", "series", "novel", "game", "movie", "track",
               "title", "musical", "opera", "programme", "program", "drama", "sitcom", "phone", "console", "robot",
               "domain", "website", "site", "product", "drink", "award", "prize", "marathon", "tournament", "treaty"}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Places one refers back to as "it" or "they" (a country's team), never "he".
_PLACES = {w.lower() for w in """Afghanistan Africa Albania Algeria America Argentina Asia Australia Austria Bahrain
    Bangladesh
    Barbados Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma Cambodia Cameroon Canada Chile China Colombia Congo
    Croatia Cuba Cyprus Czech Denmark Egypt England Estonia Ethiopia Europe Fiji Finland France Georgia Germany Ghana
    Greece Haiti Holland Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kenya
    Korea Kosovo Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Monaco Morocco
    Nepal Netherlands Nigeria Norway Pakistan Palestine Panama Peru Philippines Poland Portugal Qatar Romania Russia
    Rwanda Samoa Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria
    Taiwan Thailand Tonga Tunisia Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe UK US
    USA EU UAE London Paris Berlin Madrid Rome Moscow Tokyo Beijing Washington Brussels Dublin Edinburgh Cardiff
    Belfast Manchester Liverpool Birmingham Glasgow Leeds Sydney Melbourne Barcelona Milan Athens Geneva Vienna
    Anfield Twickenham Wembley Downing Whitehall Westminster Hollywood Zealand South North East West""".split()}
# Words that make a capitalised phrase an event, award or title, not a person ("World Cup Sevens").
_EVENT_WORDS = {"cup", "award", "awards", "prize", "open", "championship", "championships", "games", "festival",
                "marathon", "olympics", "final", "trophy", "prix", "tour", "sevens", "world", "conference", "summit",
                "election", "elections", "show", "series", "day", "week", "year", "league", "act", "bill", "report"}
_PLURAL = re.compile(r"\b(?:twins|brothers|sisters|and|&)\b", re.IGNORECASE)
_QUESTION_NOUN = re.compile(r"^\W*(?:which|what)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Referent:
    """A name the previous turn mentioned, typed (``PERSON``, ``GROUP``, ``THING``); ``strong``
    when the words around it said so ("adviser X", "X said", "the band X"), not only its shape."""

    text: str
    kind: str
    plural: bool = False
    where: str = ""           # "answer", "question" or "sentence"
    strong: bool = False


def kind_of(name: str, before: str = "", after: str = "") -> tuple[str, bool, bool]:
    """(kind, plural, strong) of a name from the words just before and after it (strong), else from
    its shape."""
    words = name.split()
    lower = [w.lower().strip(".,'’") for w in words]
    prev = re.findall(r"[\w'’-]+", before.lower())[-1:] or [""]
    nxt = after.lstrip(" ,")
    plural = bool(_PLURAL.search(name)) or (len(words) == 1 and name.endswith("s") and not name.endswith("ss")
                                            and name[:-1].istitle())
    apposition = re.match(r"the\s+(\w+)", nxt.lower())
    owner_of_work = re.match(r"['’]s?\s+(?:\w+\s+)?(\w+)", after)       # "Eminem's fourth album"
    if owner_of_work and owner_of_work.group(1).lower() in _WORK_NOUNS:       # an artist: a band or a person
        return (PERSON if len(words) >= 2 and not plural else GROUP), plural or len(words) == 1, True
    if lower[0] in _TITLES or prev[0] in _ROLE or re.match(r"(?:said|says|told)\b", nxt):
        return PERSON, plural, True
    if prev[0] in _WORK_NOUNS:
        return THING, False, True
    if prev[0] in _GROUP_NOUNS or (apposition and apposition.group(1) in _GROUP_NOUNS):
        return GROUP, plural, True
    if any(w in _PLACES for w in lower):
        return PLACE, False, False
    if any(w in _EVENT_WORDS for w in lower):
        return THING, False, False
    if any(w in _GROUP_WORDS for w in lower) or (name.isupper() and len(name) <= 6) or plural:
        return GROUP, plural, False
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(w in _CALENDAR for w in lower):
        return PERSON, False, False
    return THING, False, False


def asked_noun(question: str) -> str:
    """The noun a "which/what …" question asks for ("Which band did …" → "band"), else ""."""
    m = _QUESTION_NOUN.match(question)
    if not m:
        return ""
    words = m.group(1).lower().split()
    return next((w for w in words if w in _GROUP_NOUNS or w in _WORK_NOUNS or w in _ROLE), words[0])


def answer_referent(question: str, answer: str, asks_person: bool) -> Referent | None:
    """The previous answer as a referent, typed by what its question asked for; None for an answer
    that is no name or thing (a number, a date, a long clause)."""
    answer = answer.strip().rstrip(".")
    noun = asked_noun(question)
    longest = 12 if noun in _WORK_NOUNS or noun in _GROUP_NOUNS else 7     # "a book about …" is still the book
    figure = re.search(r"\d", answer) and not re.search(r"[A-Za-z]{3}", answer)
    if not answer or len(answer.split()) > longest or figure:
        return None
    if any(w.lower() in _CALENDAR for w in answer.split()):
        return None
    plural = bool(_PLURAL.search(answer))
    if asks_person:             # "Who won …?" may be answered by a team or a country
        kind, _, strong = kind_of(answer)
        if kind in (GROUP, PLACE):
            return Referent(answer, kind, True, "answer", strong)
        return Referent(answer, GROUP if plural else PERSON, plural, "answer", True)
    if noun in _GROUP_NOUNS:
        return Referent(answer, GROUP, True, "answer", True)
    if noun in _WORK_NOUNS:
        return Referent(answer, THING, False, "answer", True)
    kind, plural, strong = kind_of(answer)
    plural = plural or (answer[:1].islower() and answer.split()[-1].endswith("s"))     # "anti-aircraft missiles"
    return Referent(answer, kind, plural, "answer", strong)


def name_referents(text: str, names: list[tuple[str, int, int]], where: str) -> list[Referent]:
    """The names found in ``text`` (name, start, end), typed by their context there; months and
    weekdays are not names of anything one refers back to."""
    out = []
    for name, start, end in names:
        if name.lower() in _CALENDAR:
            continue
        kind, plural, strong = kind_of(name, text[max(0, start - 30):start], text[end:end + 20])
        out.append(Referent(name, kind, plural, where, strong))
    return out
