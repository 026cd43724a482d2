"""What the previous turn of a conversation was about: a ``Turn`` (question and answer), the names
it mentions, each typed as a person, a group (a company, club, band, party: "they", "the firm"), a
place or a thing (a film, a book: "it"), from its shape and the words around it. Plain functions
over text; no model."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from qa.encode.words import PLACE_NAMES, STOPWORDS
from qa.ingest.lexicon import CAPITALS, CURRENCY_SIGNS
from qa.read.asked import Wanted, wanted
from qa.read.figures import SUM_SIGN
from qa.read.kinds import AUXILIARIES, CARDINALS, DESCRIPTOR_WORDS, ROLE_WORDS

PERSON, GROUP, THING, PLACE = "person", "group", "thing", "place"

_TITLES = {"sir", "lord", "lady", "dame", "dr", "mr", "mrs", "ms", "miss", "prince", "princess", "king", "queen",
           "president", "pope", "rev", "professor", "prof"}
_GROUP_WORDS = {"group", "company", "corp", "corporation", "inc", "ltd", "plc", "bank", "breweries", "brewery",
                "airways", "airlines", "international", "association", "council", "party", "united", "city", "fc",
                "club", "records", "studios", "motors", "holdings", "partners", "foundation", "trust", "commission",
                "ministry", "department", "agency", "union", "league", "federation", "committee", "network", "media",
                "telecom", "mobile", "energy", "systems", "technologies", "electronics", "entertainment", "pictures",
                "rovers", "wanderers", "athletic", "government", "police", "army", "band", "institute", "society",
                "organisation", "organization", "authority", "office", "service", "services", "times", "post", "news",
                "air", "aviation", "rail", "railways", "logistics", "foods", "mills", "shipping", "ferries", "lines",
                "pharma", "steel", "insurance", "labs", "industries", "works", "ag", "gmbh", "nv", "bv", "ab", "asa",
                "oyj", "spa", "llc", "chamber", "assembly", "parliament", "senate", "congress", "cabinet", "board",
                "tribunal", "house", "press", "books", "publishing", "publishers", "publications"}
GROUP_NOUNS = {"band", "club", "team", "firm", "company", "group", "party", "charity", "council", "retailer",
                "bank", "airline", "side", "government", "union", "brothers", "twins", "sisters", "couple",
                "carmaker", "maker", "giant", "operator", "broadcaster", "network", "label", "chain", "supermarket",
                "insurer", "lender", "publisher", "studio", "organisation", "organization", "agency", "administrators",
                "start-up", "startup", "business", "fund", "consortium", "regulator", "watchdog"}
WORK_NOUNS = {"film", "book", "album", "song", "single", "play", "show", "series", "novel", "game", "movie", "track",
               "title", "musical", "opera", "programme", "program", "drama", "sitcom", "phone", "console", "robot",
               "domain", "website", "site", "product", "drink", "award", "prize", "marathon", "tournament", "treaty"}
PLACE_NOUNS = frozenset({"country", "city", "town", "region", "borough", "county", "state", "nation"})
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# The last word of a building's, a venue's or a shop's name ("Carrow Hospital", "Quennell's Bookshop"):
# a place or a business one calls "it", never "he" (not words that are also family names: Lane, Hall, Park)
_VENUES = {"hospital", "school", "college", "university", "academy", "library", "museum", "gallery", "theatre",
           "theater", "cinema", "stadium", "road", "avenue", "square", "bridge", "station", "airport", "harbour",
           "harbor", "centre", "center", "church", "cathedral", "market", "reservoir", "estate", "bookshop", "shop",
           "store", "bakery", "cafe", "café", "restaurant", "pub", "hotel", "factory", "plant", "surgery", "clinic",
           "court", "prison", "observatory", "zoo", "arena", "terminal", "port"}
# "the chair of the Orsk harbour board, ": a role's holder named next, after a comma
_HOLDER_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*$")
# Words before a place's name ("the leader of Sallow Bay council"; not "directed by Michael Bay")
_OF_PLACE = {"of", "from", "to", "near", "across", "around", "the", "for", "on", "off", "over", "outside"}
# The last word of a place's name ("Sallow Bay", "Dask Valley", "Orkney Islands"; not "Jo Park", "Damon Hill")
_GEOGRAPHY = {"bay", "port", "island", "islands", "isles", "valley", "river", "lake", "coast", "county", "province",
              "region", "district", "village", "estuary", "fjord", "beach", "cape", "peninsula", "heights", "springs",
              "falls"}
# ... and words of a place's name that no one's name has where they stand: first ("Cape Merrow", "Mount Halde"),
# last ("Brissa Point", "Oskelund Province"; not "Mason Mount", "District Judge Anna Berg")
_PLACE_FIRST = {"cape", "mount", "mt", "loch", "isle", "lake"}
_PLACE_LAST = {"point", "peninsula", "estuary", "fjord", "province", "district", "islands", "isles", "valley", "coast",
               "region"}
# Words that make a capitalised phrase an event, award or title, not a person ("World Cup Sevens").
_EVENT_WORDS = {"cup", "award", "awards", "prize", "open", "championship", "championships", "games", "festival",
                "marathon", "olympics", "final", "trophy", "prix", "tour", "sevens", "world", "conference", "summit",
                "election", "elections", "show", "series", "day", "week", "year", "league", "act", "bill", "report"}
# Verbs whose object is a thing or a firm, not a person ("Who owns Café Lumière?")
_OWNED = {"own", "owns", "owned", "run", "runs", "ran", "bought", "buys", "sold", "sells", "closed", "closes",
          "opened", "opens", "founded", "acquired", "built", "builds", "designed", "designs"}
# What comes before a place in an address: "Darren Vale, 34, of Brindle", "of Mill Road, Brindle"
_ADDRESS = re.compile(r"(?:,\s*of|\b(?:road|street|avenue|lane|close|drive|crescent|terrace|grove|gardens),)\s*$",
                      re.IGNORECASE)
_PLURAL = re.compile(r"\b(?:twins|brothers|sisters|and|&)\b", re.IGNORECASE)
_QUESTION_NOUN = re.compile(r"^\W*(?:which|what)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


# An answer opening with a figure ("61 points", "eleven", "about 300"): a quantity, no referent
# (a number word in lower case: "One Direction" is a name)
_ABOUT = r"\W*(?:(?i:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
_FIGURE_OPENING = re.compile(rf"{_ABOUT}(?:[{CURRENCY_SIGNS}]?\d"
                             rf"|(?:{CARDINALS}|a\s+dozen|dozens|hundreds|thousands)\b)")
# ... and, answering "How much …?", a sum with its currency's sign in letters ("Mk 680 million"; not "COP29")
_SUM_OPENING = re.compile(rf"{_ABOUT}{SUM_SIGN}\d")


# An answer in number words, whatever their case ("Sixty-one", "Eleven"), to "How many …?"
_NUMBER_WORDS = re.compile(rf"(?i:(?:{CARDINALS}|hundred|thousand|million|and|a)(?:[\s-]+|$))+")


@dataclass(frozen=True)
class Turn:
    """One question and answer of a conversation."""

    question: str               # as typed
    searched: str               # as searched (the rewritten question, or the question)
    answer: str = ""            # the short answer quoted ("" when not found)
    sentence: str = ""          # the sentence it was quoted from
    source: str = ""            # the article it came from
    versions: tuple[str, ...] = ()      # other versions of that story (``Answer.versions``)
    start: int = -1             # where in its article's text the answer is (which story, in a file of several)



QUESTION_WORDS = {"who", "whom", "whose", "what", "which", "when", "where", "why", "how"}
# Words that carry no topic: a question made only of these and stop words needs the context.
EMPTY_WORDS = STOPWORDS | QUESTION_WORDS | {
    "say", "said", "says", "tell", "told", "mean", "means", "meant", "happen", "happened", "happens",
    "else", "also", "much", "many", "long", "often", "exactly", "really", "anything", "something",
    "more", "why", "reason", "so", "ok", "okay", "and", "yes", "no", "thanks", "please", "one",
}
_SPEECH = {"said", "says", "told", "added", "stated", "announced", "wrote", "argued", "claimed"}

TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?|\S", re.UNICODE)
# A run of capitalised words (hyphens, apostrophes and initials inside: "Kim Jong-Un", "U.S."; "of the"
# inside: "Employer of the Year").
CAPS = re.compile(rf"(?<![\w'’-])[{CAPITALS}][\w'’.-]*"
                  rf"(?:[ \t]+(?:(?:of|de)[ \t]+(?:the[ \t]+)?|the[ \t]+)?[{CAPITALS}][\w'’.-]*)*")


@dataclass(frozen=True)
class Referent:
    """A name the previous turn mentioned, typed (``PERSON``, ``GROUP``, ``THING``); ``strong``
    when the words around it said so ("adviser X", "X said", "the band X"), not only its shape."""

    text: str
    kind: str
    plural: bool = False
    where: str = ""           # "answer", "question" or "sentence"
    strong: bool = False


# Words opening a clause after an apposition's noun that STOPWORDS lacks: "Lumora Health, a Vellanby start-up
# whose app …", "a Harwick-based firm"
_CLAUSE_OPENS = frozenset({"based", "whose"})


def kind_of(name: str, before: str = "", after: str = "") -> tuple[str, bool, bool]:
    """(kind, plural, strong) of a name from the words just before and after it (strong), else from
    its shape."""
    words = name.split()
    lower = [w.lower().strip(".,'’") for w in words]
    prev = re.findall(r"[\w'’-]+", before.lower())[-1:] or [""]
    nxt = after.lstrip(" ,")
    plural = bool(_PLURAL.search(name)) or (len(words) == 1 and name.endswith("s") and not name.endswith("ss")
                                            and name[:-1].istitle())
    the_name = prev[0] == "the"             # "the Liberal Democrats", "the Kids Pots": not a person's name
    if the_name and len(words) >= 2 and lower[-1].endswith("s") and not lower[-1].endswith(("ss", "us", "is")):
        plural = True
    # "the band, Kids Pots"; "Fjordbyte, a Portmerrin start-up that …": what the noun phrase after it names
    # (the word after "the", or the last of the words before the next stop word)
    apposition = re.match(r"(the|an?)\s+((?:[\w'’-]+\s*){1,4})", nxt.lower())
    phrase = apposition.group(2).split() if apposition else []
    phrase = phrase[:next((i for i, w in enumerate(phrase) if w in STOPWORDS or w in _CLAUSE_OPENS), len(phrase))]
    named_as = {phrase[-1]} | ({phrase[0]} if apposition.group(1) == "the" and phrase[-1] not in ROLE_WORDS
                               else set()) if phrase else set()     # (not "Kim Ode, the business secretary")
    owner_of_work = re.match(r"['’]s?\s+(?:\w+\s+)?(\w+)", after)       # "Eminem's fourth album"
    if owner_of_work and owner_of_work.group(1).lower() in WORK_NOUNS:       # an artist: a band or a person
        return (PERSON if len(words) >= 2 and not plural else GROUP), plural or len(words) == 1, True
    grouped = any(w in _GROUP_WORDS for w in lower)
    if len(words) >= 2 and (lower[0] in _PLACE_FIRST or lower[-1] in _PLACE_LAST) \
            and not re.match(r"(?:said|says|told)\b", nxt):
        return PLACE, False, True           # "Cape Merrow", "Brissa Point"
    if lower[0] in _TITLES or (prev[0] in ROLE_WORDS or re.match(r"(?:said|says|told)\b", nxt)
                               and prev[0] not in {"for", "of", "from", "in", "at"}) and not grouped:
        return PERSON, plural, True         # (not "the Maritime Workers Union said", "His publisher, Halcyon House",
        # nor the place of "Quist, an MP for Ferrowby, said")
    if prev[0] in _OWNED:       # "Who owns Café Lumière?", "Who founded Northwind?": a thing, not its owner
        return (GROUP if grouped else THING), plural, True
    if prev[0] in WORK_NOUNS:
        return THING, False, True
    holder = _HOLDER_OF.search(before.lower())        # "the leader of the council, Sigrun Holt": the leader
    if (prev[0] in GROUP_NOUNS and not (holder and holder.group(1) in ROLE_WORDS)) \
            or (named_as & GROUP_NOUNS and (after.lstrip()[:1] == "," or nxt.startswith("the "))):
        return GROUP, plural, True          # "the band Kids Pots", "the band, Kids Pots"
    if any(w in PLACE_NAMES for w in lower) or lower[-1] in _VENUES or _ADDRESS.search(before) \
            or (lower[-1] in _GEOGRAPHY and prev[0] in _OF_PLACE) \
            or (prev[0] in {"in", "at"} and not grouped and not plural and not any(w in _EVENT_WORDS for w in lower)):
        return PLACE, False, False          # (and "in Ashby Vale", "at Quarry Lane": a place, no person)
    if any(w in _EVENT_WORDS for w in lower):
        return THING, False, False
    if grouped or (name.isupper() and len(name) <= 6) or plural:
        return GROUP, plural, False
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(w in _CALENDAR for w in lower) \
            and not the_name:
        return PERSON, False, False
    return THING, False, False


def asked_noun(question: str) -> str:
    """The noun a "which/what …" question asks for ("Which band did …" → "band"), else ""."""
    m = _QUESTION_NOUN.match(question)
    if not m:
        return ""
    words = m.group(1).lower().split()
    return next((w for w in words if w in GROUP_NOUNS or w in WORK_NOUNS or w in ROLE_WORDS), words[0])


# What a question may ask of something that is no thing of its own: "What rating …?", "What verdict …?"
_ATTRIBUTE_NOUNS = frozenset("""rating grade verdict score rank ranking status judgement judgment colour color
    outcome classification category condition mood tone reason""".split())


_A_SHARE = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


# A job's word ending as a job's do: "Glaciologist", "Economist", "Physician"
_JOB_ENDING = re.compile(rf"[{CAPITALS}][a-z]+(?:ologist|ist|ician)")


def _without_role(answer: str) -> str:
    """``answer`` without the role or job words opening it before a name of two words or more
    ("Glaciologist Pernille Aasen", "Striker Jonah Vetter" → the name)."""
    words = answer.split()
    while len(words) > 2 and (words[0].lower() in ROLE_WORDS | DESCRIPTOR_WORDS or _JOB_ENDING.fullmatch(words[0])) \
            and all(w[:1].isupper() for w in words[1:]):
        words = words[1:]
    return " ".join(words)


# A person and the body they belong to: "Niamh Corrigal of the Hearth Party", "Jo Park of Kelder Rovers"
_MEMBER_OF = re.compile(rf"(?P<person>[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,2}})"
                        rf"\s+of\s+(?:the\s+)?[{CAPITALS}]")


def answer_referent(question: str, answer: str, asks_person: bool, before: str = "") -> Referent | None:
    """The previous answer as a referent, typed by what its question asked for (a place for
    "Where …?"; for "Who …?" a person unless the words ``before`` it in its sentence say it is a
    place or a group: "in Brindle", "of Mill Road, Brindle"); None for an answer that is no name or
    thing (a number, a date, a long clause, a quotation)."""
    answer = answer.strip().rstrip(".")
    asked = wanted(question)
    if asked is Wanted.QUOTE:
        return None             # what someone said: words of theirs, not a name ("its" is not "the plan would …'s")
    noun = asked_noun(question)
    if noun in _ATTRIBUTE_NOUNS and not re.search(rf"[{CAPITALS}]", answer):
        return None             # "What rating did inspectors give Lindhollow Academy?" "requires improvement": no
        # thing with a headteacher of its own ("Who is its headteacher?" means the academy)
    longest = 12 if noun in WORK_NOUNS or noun in GROUP_NOUNS else 7     # "a book about …" is still the book
    figure = _FIGURE_OPENING.match(answer) or (re.search(r"\d", answer) and (   # "61 points", "eleven"
        not re.search(r"[A-Za-z]{3}", answer) or wanted(question) in (Wanted.NUMBER, Wanted.AMOUNT, Wanted.DATE))) \
        or (asked in (Wanted.NUMBER, Wanted.AMOUNT) and _NUMBER_WORDS.fullmatch(answer)) \
        or _A_SHARE.search(answer)      # "Sixty-one" for "How many"; "a quarter of a point to 3.75%"
    if not answer or len(answer.split()) > longest or figure:
        return None
    if any(w.lower() in _CALENDAR for w in answer.split()):
        return None
    plural = bool(_PLURAL.search(answer))
    if asked is Wanted.PLACE:   # "Where was it recorded?": "Mullan Point" is no one
        return Referent(answer, PLACE, False, "answer", True)
    if asks_person:             # "Who won …?" may be answered by a team or a country (or a wrong place)
        answer = _without_role(answer)      # "Glaciologist Pernille Aasen": she is Pernille Aasen
        member = _MEMBER_OF.match(answer)
        if member and kind_of(member.group("person"))[0] == PERSON \
                and kind_of(answer[member.end("person"):].split(" of ", 1)[-1])[0] == GROUP:    # "Niamh Corrigal
            return Referent(member.group("person"), PERSON, False, "answer", True)       # of the Hearth Party": she
        kind, _, strong = kind_of(answer, before)
        if kind in (GROUP, PLACE):
            return Referent(answer, kind, True, "answer", strong)
        return Referent(answer, GROUP if plural else PERSON, plural, "answer", True)
    if noun in GROUP_NOUNS:
        return Referent(answer, GROUP, True, "answer", True)
    if noun in WORK_NOUNS:
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
        kind, plural, strong = kind_of(name, text[max(0, start - 30):start], text[end:end + 40])
        out.append(Referent(name, kind, plural, where, strong))
    return out


def _told_by(ref: Referent, sentence: str) -> Referent:
    """``ref``, a name the question typed by its shape alone, typed instead by the words around it in
    the answer's sentence when they say it is a group or a place ("How much did Fjordbyte raise?" /
    "Fjordbyte, a Portmerrin start-up, …"; not a person: "Apple said …" is the company). A name shaped
    like a person's is so typed only by the words after it ("Brightwake Robotics, a start-up"), not by
    a group's name before it ("the chief executive of Lissane Group, Paolo Feyt")."""
    at = re.search(rf"(?<![\w'’-]){re.escape(ref.text)}(?![\w'’-])", sentence) if not ref.strong else None
    if at is None or ref.kind not in (THING, PERSON):
        return ref
    before = sentence[max(0, at.start() - 30):at.start()] if ref.kind == THING else ""
    kind, plural, strong = kind_of(ref.text, before, sentence[at.end():at.end() + 40])
    return Referent(ref.text, kind, plural or ref.plural, ref.where, True) if strong and kind in (GROUP, PLACE) else ref


def is_content(word: str) -> bool:
    """True for a word that retrieval can anchor on (not a stop word, pronoun or question word)."""
    w = word.lower().strip("'’.-")
    return len(w) > 1 and any(ch.isalnum() for ch in w) and w not in EMPTY_WORDS


def phrases(text: str) -> list[str]:
    """Capitalised phrases of ``text`` in order ("South Korea", "Shin Won-sik", "SBS"), with a
    possessive "'s", a trailing dot, leading stop words ("The", "What") and a role word opening
    a sentence before a name of two words or more ("Owner Renée Dufresne": ``_role_opening``) removed."""
    return [phrase for phrase, _, _ in named_spans(text)]



def referents(prev: Turn) -> list[Referent]:
    """The previous turn's answer and the names in its question, typed, and the people its answer
    sentence names (not a name the answer or question typed as no person)."""
    searched = prev.searched or prev.question
    out = []
    widened = answer_phrase(prev)
    answer = prev.answer.strip() if not widened or (widened in prev.answer and len(prev.answer.split()) <= 7) \
        else widened
    at = prev.sentence.find(answer) if answer else -1
    before = prev.sentence[max(0, at - 30):at] if at >= 0 else ""
    ref = answer_referent(searched, answer, wanted(searched) is Wanted.PERSON, before)
    if ref is not None:
        out.append(ref)
    asked = [_told_by(r, prev.sentence) for r in name_referents(searched, named_spans(searched), "question")]
    out += _owned_things(asked, searched, named_answer=bool(out))
    typed = {r.text for r in out if r.kind != PERSON}       # "Where …?" answered "Cragg Moor": a place there too
    out += [replace(r, text=_without_role(r.text)) for r in name_referents(prev.sentence, named_spans(prev.sentence),
                                                                         "sentence")
            if r.kind == PERSON and r.text not in typed]
    return same_names_once(out)


# A thing a name owns, itself named: "Karnova's [tram Line 4]", "Velmora's [Metro Line 3]", "Acme's [Model X]",
# "Holmstead [tram Line 4]"
_LOWER = r"(?!(?:in|of|for|on|at|to|from|by|and|or|the|a|an|was|is|were|are|will|did|does)\b)[a-z][\w-]*\s+"
_THING_NAME = rf"[{CAPITALS}][\w'’-]*(?:\s+(?:[{CAPITALS}][\w'’-]*|\d+))*"
# (not "Northwind's revenue in 2023"; without "'s" only past a word for a thing so named: "Holmstead tram Line 4",
# not "Russia give North Korea")
_NAMED_THINGS = (r"(?:tram|bus|metro|rail|railway|train|ferry|flight|route|road|bridge|tunnel|ward|school|hospital"
                 r"|stadium|museum|library|airport|station|terminal|satellite|ship|vessel|mission|rocket|reactor"
                 r"|platform|gate|pier)\s+")
_OWNED_THING = (rf"(?:['’]s\s+(?P<owned>(?:{_LOWER}){{0,3}}{_THING_NAME})"
                rf"|\s+(?P<beside>(?:{_LOWER}){{0,2}}{_NAMED_THINGS}{_THING_NAME}))")


def _owned_things(refs: list[Referent], question: str, named_answer: bool) -> list[Referent]:
    """``refs`` (the names in ``question``) with an owner of a named thing ("How long is Karnova's tram
    Line 4?") replaced by the whole thing, "Karnova's tram Line 4", and the thing's own name ("Line")
    left out: "it" after the question is that line, not the city. Strongly typed where the answer names
    nothing ("9.6 kilometres"; an answer that is a name is likelier "it")."""
    out = list(refs)
    for ref in refs:
        m = re.search(rf"(?<![\w'’-]){re.escape(ref.text)}{_OWNED_THING}", question)
        if m is None or ref not in out:
            continue
        owned = m.group("owned") or m.group("beside")
        out = [r for r in out if r is not ref and r.text not in owned]
        whole = f"{ref.text}'s {owned}" if m.group("owned") else f"{ref.text} {owned}"
        out.insert(0, Referent(whole, THING, False, "question", not named_answer))
    return out


PARTS = ("answer", "question", "sentence")     # where in a turn a referent was named, likeliest first


def same_names_once(refs: list[Referent]) -> list[Referent]:
    """``refs`` with a person's name that is part of one longer person's name ("Kim" after "Kim
    Jong-Un") folded into it: one referent, the full name, strong when either was, from the earlier
    part of the turn (answer, question, sentence); otherwise in order. (Places and groups are left
    apart: "Mexico" is not "Bank of Mexico".)"""
    out = list(refs)
    for short in refs:
        words = set(short.text.split())
        fuller = {r.text: r for r in out if r is not short and r.kind == short.kind == PERSON
                  and len(r.text) > len(short.text) and words < set(r.text.split())}
        if len(fuller) != 1 or short not in out:     # none, or "Biden" with "Joe Biden" and "Hunter Biden"
            continue
        full = next(iter(fuller.values()))
        where = min(full.where, short.where, key=lambda w: PARTS.index(w) if w in PARTS else len(PARTS))
        merged = Referent(full.text, full.kind, full.plural, where, full.strong or short.strong)
        out = [merged if r is full else r for r in out if r is not short]
    return out



def subject(turn: Turn) -> str | None:
    """The first capitalised phrase of the previous searched question (its likely subject)."""
    found = phrases(turn.searched or turn.question)
    return found[0] if found else None


def person(turn: Turn) -> str | None:
    """The most likely person the previous turn was about: the answer to a "who" question when it
    is a name, else a name in the answer sentence next to a role word ("adviser Shin Won-sik") or
    before "said"/"told" (preferring one the previous question named), else the previous answer
    when it is a name, else the subject of the previous question."""
    answer = answer_phrase(turn)
    searched = turn.searched or turn.question
    words = searched.lower().split()
    if answer and words and words[0] in {"who", "whom", "whose"}:
        return answer
    candidates = []
    for m in CAPS.finditer(turn.sentence):
        name = phrases(m.group(0))
        if not name:
            continue
        before = re.findall(r"[\w'’-]+", turn.sentence[max(0, m.start() - 40):m.start()].lower())
        after = re.findall(r"[\w'’-]+", turn.sentence[m.end():m.end() + 20].lower())
        score = 0.0
        if before and before[-1] in ROLE_WORDS:
            score += 2
        if after and after[0] in _SPEECH:
            score += 2
        if score and name[0] in searched:
            score += 1
        if score:
            candidates.append((score, -m.start(), name[0]))
    if candidates:
        return max(candidates)[2]
    return answer if answer else subject(turn)


def thing(turn: Turn, as_subject: bool) -> str | None:
    """The likely referent of "it"/"they"/"that": as a subject, the subject of the previous
    question ("Why did it ..." after "What did Russia give ...?"); as an object, the previous answer
    when it is short, else that subject."""
    short = short_answer(turn)
    subj = subject(turn)
    if as_subject:
        return subj if subj is not None else short
    return short if short is not None else subj


# -- internals --------------------------------------------------------------------------------
def answer_phrase(turn: Turn) -> str | None:
    """The previous answer widened to the capitalised phrase of the sentence around it, when the
    answer is (part of) a name: "sik" inside "Shin Won-sik" gives "Shin Won-sik"."""
    answer = turn.answer.strip()
    if not answer or len(answer.split()) > 6 or _FIGURE_OPENING.match(answer) \
            or wanted(turn.question) is Wanted.AMOUNT and _SUM_OPENING.match(answer):
        return None             # (a sum, "Mk 680 million", names nothing: its currency's sign is no name)
    at = turn.sentence.find(answer)
    if at >= 0:
        for m in CAPS.finditer(turn.sentence):
            if m.start() <= at + len(answer) and at < m.end():
                found = phrases(m.group(0))
                if found and all(w.lower() in _CALENDAR for w in found[0].split()):
                    return None             # "1 December": a date, no name ("How far is that?" is not "December")
                if found:
                    return _owners_part(found[0], answer)
    found = phrases(answer)
    return found[0] if found and answer[:1].isupper() else None


def _owners_part(phrase: str, answer: str) -> str:
    """The part of a capitalised ``phrase`` that holds ``answer`` when an owner's name runs into it
    ("Ffion Lacey" in "Green Party's Ffion Lacey", "Labour's Amrit Dhaliwal"), else the phrase."""
    if re.search(r"['’]s\s", answer):
        return phrase
    return next((part for part in re.split(r"['’]s\s+", phrase) if answer in part), phrase)


def short_answer(turn: Turn) -> str | None:
    answer = turn.answer.strip().rstrip(".")
    if not answer or len(answer.split()) > 6:
        return None
    return answer_phrase(turn) or answer



def _role_opening(text: str, start: int, words: list[str]) -> bool:
    """Whether ``words`` (a capitalised run at ``start`` of ``text``) is a role word opening a
    sentence before a person's name of two or more words ("Owner Renée Dufresne, 68, said"), not
    a title ("Man Booker Prize", "Star Wars Episode IX")."""
    rest = {w.lower().strip(".,'’") for w in words[1:]}
    return len(words) >= 3 and not rest & (_EVENT_WORDS | _GROUP_WORDS) \
        and bool(re.search(r"(?:^|[.!?\"“”]\s*)$", text[:start]))


def named_spans(text: str) -> list[tuple[str, int, int]]:
    """The capitalised phrases of ``text`` with their spans (as ``phrases`` trims them)."""
    out = []
    for m in CAPS.finditer(text):
        words = m.group(0).split()
        start = m.start()
        # "directed The Salt Year": a title's own "The", inside a sentence (not a question's or a sentence's first)
        titled = words[0] == "The" and len(words) >= 2 and re.search(r"[a-z,][ \t]+$", text[max(0, start - 4):start])
        while words and not titled and (words[0].lower() in EMPTY_WORDS | AUXILIARIES
                         or (words[0].lower() in ROLE_WORDS | DESCRIPTOR_WORDS and _role_opening(text, start, words))):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words:
            continue
        phrase = re.sub(r"['’]s$", "", " ".join(words)).rstrip(".")
        if phrase and phrase.lower() not in EMPTY_WORDS:
            out.append((phrase, start, start + len(phrase)))
    return out
