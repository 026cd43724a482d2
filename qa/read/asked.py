"""What a question asks: the kind of answer it wants (``Wanted``: a person, a number, an amount,
a date, a place, a name, what someone said, or who someone named is), the words it gives (an answer
is not made of them, nor of their initials: "RSR" for the Rail Safety Register), and what else it
rules in: a sum of money ("How much did it cost?"), in a currency it names, or the measure of money it
names ("revenue"); a count, an amount, a year, a date or an age ("How many …?", "In which year
…?", "How old …?"); a measure with a unit ("How far …?"); a place in a race ("Who finished
second?"); a margin ("By how many votes …?"); the years it names; a yes or a no.

Also the patterns of names and capitalised words that the readers of sentences share
(``NAME_RUN``, ``CAPITALISED``) and the verbs of saying that "What did X say?" asks with."""

from __future__ import annotations

import enum
import functools
import re

from qa.encode.words import STOPWORDS
from qa.ingest.lexicon import CAPITALS, common_word
from qa.ingest.text import NAME_PARTICLES
from qa.read.kinds import AUXILIARIES, HEADCOUNT_NOUNS, ROLE_WORDS
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
                "|university|college|school|hospital|airport|court|tournament|competition|award|prize|event"
                "|body(?!\\s+(?:was|were|has|had|is)\\s+(?:been\\s+)?(?:found|discovered|recovered|pulled|washed"
                "|identified))"
                "|bodies|honour|honor|medal|regulator|watchdog|authority|authorities|ministry|department"
                "|committee|council|institute")
_AMOUNT_NOUNS = ("price|cost|fee|amount|sum|profit|profits|loss|losses|revenue|revenues|sales|value|salary|fine"
                 "|deficit|debt|turnover|budget|bid|offer|rate|pay|bill")
_AUXILIARY = "(?:" + "|".join(sorted(AUXILIARIES)) + ")"
_PERSON_NOUNS = "|".join(sorted(ROLE_WORDS))
MORE_PEOPLE = ("defendant|victim|suspect|teenager|boy|girl|pilot|nurse|doctor|teacher|worker|engineer|agent|resident"
                "|member|reader|listener|viewer|voter|passenger|neighbour|neighbor|pensioner|shopper|letter\\s+writer")
# People a role names that is no office ("Which union representative …?")
_SPEAKING_FOR = "representative|activist|protester|campaigner"
# "Who is Kim Ode?": who someone is, a description ("the city's mayor"), not a person; but "Who is
# the mayor?", "Who is the British Queen?", "Who was Ode's deputy?" ask for one (``described``).
_WHO_IS = re.compile(r"^\W*(?i:who)\s+(?i:is|was|are|were)\s+(?!(?i:the)\b)"
                     rf"(?P<name>(?:[{CAPITALS}][\w’'.-]*(?<![’']s)(?<!s[’'])\s*)+)\?*$")
# The verbs of "What did X say?" and the words after one that open its topic ("… say about the plan?").
SPEECH_VERBS = "say|tell|warn|claim|argue|add|write|announce|predict|admit|insist|reply"
TOPIC_OPENERS = "about|of|on|in|to|at|after|before|during|when|while|as"
# "What does the average home cost?", "What will the bridge cost?", "What did a berth cost before the
# rise?": a sum asked for (not "What does the mayor think about the cost?")
_WHAT_COSTS = (r"what\s+(?:does|did|do|will|would)\s+[^?]*?\b(?!(?:the|a|an|its|their|his|her|about|of)\b)[\w'’-]+"
               r"\s+cost(?:\s+(?:before|after|until|per|each)\b[^?]*)?\W*$")
# Who is told, before when or where: "the BBC", "reporters", "MPs", "Reuters" (not "was" of "What
# did she say was in the box?", "comes" of "What did he say comes before everything else?")
_LISTENER = (rf"(?:(?:the|a|an|his|her|their|its)\s+[\w'’]+|(?-i:[{CAPITALS}][\w'’]*)|(?:reporters|journalists|fans"
             r"|supporters"
             r"|voters|staff|workers|residents|investors|analysts|councillors|members|delegates|students|parents"
             r"|shareholders|listeners|viewers|readers|officials|police|colleagues|employees|customers|MPs)\b)")
_WANTED = [
    # "What did X say?", "… say about the plan?", "… tell the BBC?", "… tell reporters after the
    # match?": nothing but a topic, a listener or when and where after the verb ("What did X say the
    # inspectors had found?" asks for something more specific; "What did Watt add to the engine?"
    # asks for a part).
    (Wanted.QUOTE, re.compile(r"^\W*what (?:else )?(?:did|does|has|had|will|would) [^?]+? "
                              rf"(?!add to\b)(?:{SPEECH_VERBS})"
                              rf"(?: (?:{TOPIC_OPENERS})\b[^?]*| (?:(?:the|a|an|his|her|their|its) )?[\w'’]+"
                              rf"| {_LISTENER} (?!to\b)(?:{TOPIC_OPENERS})\b[^?]*)?[ ?]*$",
                              re.IGNORECASE)),
    (Wanted.DATE, re.compile(r"^\W*(?:when\b|(?:in\s+)?(?:what|which)\s+(?:year|month|day|date|decade|season)\b"
                             r"|on\s+what\s+(?:date|day)\b|how\s+long\s+ago\b)", re.IGNORECASE)),
    # "How much …?", "What price …?", "What was the firm's pre-tax profit …?" (not "What was the
    # cause of the loss?": no "of" before the noun)
    (Wanted.AMOUNT, re.compile(r"^\W*(?:(?:by\s+)?how\s+much\b"
                               rf"|(?:at\s+|to\s+|by\s+)?(?:what|which)\s+(?:{_AMOUNT_NOUNS})\b"
                               rf"|{_WHAT_COSTS}"
                               r"|(?:what|which)\s+(?:percentage|proportion|share)\b"
                               r"|what\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+)?(?:(?!(?:of|in|for|on|to|by)\b)"
                               rf"[\w'’-]+\s+){{0,3}}?(?:{_AMOUNT_NOUNS})\b)", re.IGNORECASE)),
    (Wanted.NUMBER, re.compile(r"^\W*(?:how\s+(?:many|long|old|far|big|large|high|tall|deep|often|fast)\b"
                               r"|(?:what|which)\s+(?:number|age)\b)", re.IGNORECASE)),
    (Wanted.PERSON, re.compile(rf"^\W*(?:who|whom|whose\b|(?:which|what)\s+(?:(?!{_AUXILIARY}\b)\w+\s+){{0,2}}?"
                               rf"(?:{_PERSON_NOUNS}|{_SPEAKING_FOR})s?\b"
                               # "Which Port Sulven Athletic defender …?": a body's name before the noun
                               rf"|(?:which|what)\s+(?-i:(?:[{CAPITALS}][\w'’&.-]*\s+){{1,4}})(?:[a-z][\w-]*\s+)?"
                               rf"(?:{_PERSON_NOUNS}|{_SPEAKING_FOR})s?\b"
                               # "Which reader complained …?" (not "Which boy band beat …?")
                               rf"|(?:which|what)\s+(?:{MORE_PEOPLE})s?\s+(?=\w+ed\b|(?:was|were|is|are|has|had|did"
                               r"|does|will|would|said|wrote|told|says|writes|wants)\b))", re.IGNORECASE)),
    # "What is the name of the jailed former harbourmaster?", "… of the man who …": a person (not "… of
    # the boat the fisherman owned")
    (Wanted.PERSON, re.compile(r"^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?names?\s+of\s+"
                               rf"(?:the|a|an|his|her|their)\s+(?:(?!(?:the|a|an)\b)[\w'’-]+\s+){{0,4}}?"
                               rf"(?:{_PERSON_NOUNS}|{MORE_PEOPLE}|\w+(?:master"
                               r"|keeper|man|woman|person))s?(?=\s*(?:[?,]|$|"
                               r"(?:who|whose|that|in|at|of|on|from|for|taken"
                               r"|\w+ed)\b))",
                               re.IGNORECASE)),
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
CAPITALISED = re.compile(rf"[{CAPITALS}][\w'’.-]*")
NAME_RUN = re.compile(rf"(?<![\w'’])(?:[{CAPITALS}][\w'’.-]*|(?:{NAME_PARTICLES})(?=\s+[{CAPITALS}]))"
                      rf"(?:\s+(?:[{CAPITALS}][\w'’.-]*|(?:{NAME_PARTICLES})(?=\s+[{CAPITALS}])))*")


@functools.lru_cache(maxsize=4096)
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


def content_words(text: str) -> set[str]:
    """Lower-case words of ``text`` but stop words."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


_TITLE_RUN = re.compile(rf"\b[{CAPITALS}][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?[{CAPITALS}][\w'’-]*)+")


def asked_words(question: str) -> set[str]:
    """``content_words`` of the question and the initials of each name of several capitalised words
    in it, with and without its small words: "Rail Safety Register" asks nothing that "RSR"
    answers, nor "Transport for London" what "TfL" does."""
    runs = [m.group(0).split() for m in _TITLE_RUN.finditer(question)]
    initials = {"".join(w[0] for w in run if w[0].isupper() and w.lower() not in STOPWORDS).lower() for run in runs}
    return content_words(question) | initials | {"".join(w[0] for w in run).lower() for run in runs}


# "Did Calderwick close the site?", "Is Solberg a member of Labour?": a question answered yes or no
# (not "Are early or late maturing boys taller?": one of two, a span).
_YES_NO = re.compile(r"^\W*(?:did|does|do|is|was|are|were|has|have|had|can|could|will|would|should|may|might"
                     r"|must)\b(?![^?]*\bor\b)(?![^?]*\b(?:who|what|which|when|where|why|how)\b)", re.IGNORECASE)


def yes_no(question: str) -> bool:
    """Whether ``question`` asks yes or no: no span says that, so the sentence bearing on it is
    what is quoted, for the reader to judge ("right not" would answer "Did Calderwick close the
    Gresham Quay site?" from "… had been right not to close the Gresham Quay site")."""
    return bool(_YES_NO.match(" ".join(question.split())[:1000]))


# "How long …?", "How far …?", "At what speed …?": a measure, whose answer is a figure with its unit
# ("26 km/h", "half a mile"). Not "How many …?": SQuAD quotes a count bare ("two", not "two days").
_MEASURE = re.compile(r"^\W*(?:for\s+)?(?:how\s+(?:long|far|fast|tall|high|deep|heavy)\b(?!\s+ago\b)"
                      r"|(?:(?:at|to|by)\s+)?what\s+(?:speed|distance|height|depth|weight|length)\b)", re.IGNORECASE)


def unit_asked(question: str) -> bool:
    """Whether ``question`` asks for a measure (``_MEASURE``), whose answer is a figure with its unit."""
    return bool(_MEASURE.match(" ".join(question.split())[:1000]))


def asked_years(question: str) -> set[int]:
    """The years a question asking for a figure (an amount or a number) names ("How much wheat was
    harvested in 2022?"); none for other questions, where a year is the answer or a qualifier
    ("When did the 2022 champion make his debut?")."""
    if wanted(question) not in (Wanted.AMOUNT, Wanted.NUMBER):
        return set()
    return years_named(question)


# A month named for a figure, after a word that says it is a time: "in September", "for March", "during
# May", "on 3 June", "last April" (not a name: "June Halloran's majority", "the March for Homes rally")
_MONTH_ASKED = re.compile(r"(?-i:\b(?:in|for|during|of|by|since|until|to|from|and|between|on|last|this|next)\s+"
                          r"(?:(?:early|late)\s+|mid-?)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                          r"(January|February|March|April|May|June"
                          rf"|July|August|September|October|November|December)\b(?!['’]s)(?!\s+[{CAPITALS}]))")


def asked_months(question: str) -> set[str]:
    """The months (lower case) a question asking for a figure names ("What was her approval rating
    in September?"); none for other questions."""
    if wanted(question) not in (Wanted.AMOUNT, Wanted.NUMBER) and not _FIGURE_NOUN.search(question[:1000]):
        return set()
    return {m.group(1).lower() for m in _MONTH_ASKED.finditer(question[:1000])}


# What a question asks a figure of, though it does not ask "How much …?": "What was her approval rating
# in September?", "What was unemployment in June?"
_FIGURE_NOUN = re.compile(r"^\W*what\s+(?:is|was|were|are)\b[^?]*\b(?:rate|rating|level|share|figure|total|inflation"
                          r"|unemployment|turnout|index|percentage|majority|lead|score|deficit|surplus)\b",
                          re.IGNORECASE)


def years_named(question: str) -> set[int]:
    """The years ``question`` names ("in 2023", "in March 2024", "last year" is none)."""
    return {m.year for m in asked_times(question)}


_MEASURE_NOUN = re.compile(rf"\b(?<!-)(?:{_AMOUNT_NOUNS}|turnover|earnings|income|spending|wages?|tax|taxes"
                           r"|dividend)\b", re.IGNORECASE)


# A change or a settlement the measure's word only qualifies: "pay rise", "tax cut", "price increase" (a noun
# after "what", "the", "a" …)
_NOUN_BEFORE = re.compile(r"\b(?:what|which|a|an|the|this|that|its|their|his|her|our)\s+$", re.IGNORECASE)
_CHANGE_NOUN = re.compile(r"\s+(?:rises?|increases?|cuts?|falls?|freeze|deal|offer|award|claim|hikes?)\b",
                          re.IGNORECASE)


# A measure's noun that names a thing by its year, the subject of the question's verb or after a
# preposition ("did the 2026 budget raise …", "under the 2025 budget"): no measure asked
_NAMED_BY_YEAR = re.compile(r"\b(?:under|in|from|by|of|with|after|before|did|does|do|will|would|has|have|had|can"
                            r"|could)\s+(?:the\s+|this\s+|last\s+)?(?:19|20)\d\d(?:[-–/]\d\d)?\s+$", re.IGNORECASE)


def measure_asked(question: str) -> str:
    """The measure a question asking for an amount names ("What was the firm's revenue in 2023?" →
    "revenue"), or ""."""
    if wanted(question) is not Wanted.AMOUNT:
        return ""
    asked = " ".join(question.split())[:1000]
    m = next((m for m in _MEASURE_NOUN.finditer(asked) if not _NAMED_BY_YEAR.search(asked, 0, m.start())), None)
    if m is not None and _CHANGE_NOUN.match(asked, m.end()) and _NOUN_BEFORE.search(asked[:m.start()]):
        return ""           # "What pay rise …?": the rise is asked ("a 4% rise"), not the pay (but "By how
        # much did consumer spending rise?" asks how the spending rose)
    return m.group(0).lower() if m else ""


# What a figure counts or rates in news: "What was the turnout?", "How many members does the union have?"
# ("What was the turnout?" asks a figure of these; "What were the deaths …?" may ask anything)
_FIGURE_NOUNS = f"turnout|{HEADCOUNT_NOUNS}|inflation|unemployment|majority"
_STATISTIC = re.compile(rf"\b(?:{_FIGURE_NOUNS}|members|workforce|visitors|passengers|spectators|subscribers"
                        r"|signatures|deaths|casualties|fatalities)\b", re.IGNORECASE)
_WHAT_WAS = re.compile(r"^\W*what\s+(?:is|was|are|were)\s+(?:the|(?:[\w-]+\s+){0,3}?[\w-]+['’]s)\s+"
                       rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_FIGURE_NOUNS})\b", re.IGNORECASE)


def statistic_asked(question: str) -> str:
    """What a question asking for a number or an amount (or what a figure is: "What was the turnout?")
    asks the figure of, when news names it with one word ("turnout" of "What was the turnout in the
    election?", "members" of "How many members does the union have?"), or ""."""
    asked = " ".join(question.split())[:1000]
    kind = wanted(question)
    if kind not in (Wanted.AMOUNT, Wanted.NUMBER) and not (kind is Wanted.OTHER and _WHAT_WAS.match(asked)):
        return ""           # "What was the turnout?", not "Why did the crowd boo?"
    m = _STATISTIC.search(asked)
    return m.group(0).lower() if m else ""


def is_measure(word: str) -> bool:
    """Whether ``word`` names a measure of money ("revenue", "profit", "turnover")."""
    return bool(_MEASURE_NOUN.fullmatch(word))


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
    # a sum named as the subject or right after "how much" ("How much was the grant?", "How much funding did it
    # get?"; not "How much blood did donors give?")
    r"|how\s+much\s+(?:(?:is|was|are|were|will\s+be|has\s+been)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+"
    rf"|(?:[{CAPITALS}][\w'’-]*\s+){{0,2}}[\w'’-]+['’]s?\s+)?(?:[\w'’-]+\s+){{0,3}}?)?(?:grants?|funding|loans?|subsid"
    rf"(?:y|ies)"
    r"|compensation|bonus(?:es)?|donations?|payouts?|ransom|bail)\b"
    # what a film took ("How much did it gross?", "… take at the box office?"; not "gross domestic product",
    # "box office sales fall")
    r"|how\s+much\b[^?]*?\b(?:gross(?:ed)?(?=\s*(?:\?|$|worldwide|globally|overall|in\s+total|at\s+the\s+box))"
    r"|(?:take|took|taken|make|made|earn|earned)\s+at\s+the\s+box\s+office)"
    # what was stolen, when no noun says what it was ("How much did he steal?", not "How much diesel was stolen?")
    r"|how\s+much\s+(?:did|does|do|was|were|is|are|has|have|had|will|would)\b[^?]*?\b(?:steal|stole|stolen|embezzle"
    r"|embezzled|defraud|defrauded|(?:take|took|taken)\s+from)\b"
    r"|how\s+much\s+(?:profits?|revenues?|turnover|earnings|income|cash|money)\s+(?:did|does|do|will|would|has|have"
    r"|had)\s+(?:[\w'’-]+\s+){1,7}?(?:make|made|makes|earn|earned|earns|report|reported|reports|post|posted|generate"
    r"|generated|generates|turn|turned|bring\s+in|brought\s+in|raise|raised)\b(?!\s+up\b)(?![^?]*\bcompared\b)"
    r"|(?:at\s+)?(?:what|which)\s+(?:price|fee|salary|sum|fine|budget)\b"
    rf"|{_WHAT_COSTS}"
    r"|what\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+"
    rf"|(?:[{CAPITALS}][\w'’-]*\s+){{0,2}}[\w'’-]+['’]s?\s+)"
    r"(?:(?!(?:of|in|for|on|to|by)\b)[\w'’-]+\s+)"
    r"{0,2}?(?:price|cost|fee|budget|salary|wage|pay)s?(?=\s*(?:[?.!,]|$)|\s+(?:of\b(?!\s+\w+ing\b)|for|in|to|at"
    r"|as\b(?!\s+an?\s+(?:share|proportion|percentage|fraction|per\s*cent))|per|paid"
    r"|on|now|today|tag|bill|last|this|next|deficit|cap|cuts?)\b))",
    re.IGNORECASE)


def money_asked(question: str) -> bool:
    """Whether ``question`` asks for a sum of money (see ``_MONEY_ASKED``); not what a pay deal is worth
    (``_PAY_WORTH``: a share as often as a sum)."""
    asked = " ".join(question.split())[:1000]
    return bool(_MONEY_ASKED.search(asked)) and not _PAY_WORTH.match(asked)


# "How much is the nurses' pay deal worth?": "worth 9.5 per cent" answers it as well as a sum
_PAY_WORTH = re.compile(r"\W*how\s+much\s+(?:is|was|are|were|will)\b[^?]*\b(?:pay|wage|salary)\s+(?:deal|rise|offer"
                        r"|award|claim|increase|settlement|package)s?\b[^?]*\bworth\b(?:\s+to\s+[^?]*)?\W*$",
                        re.IGNORECASE)


# A currency a question names for the sum it asks for: "How much will Veltra invest in dollars?"
_CURRENCIES = {"dollars": r"\$|\bdollars?\b|\bUSD\b", "euros": r"€|\beuros?\b|\bEUR\b",
               "pounds": r"£|\bpounds?\b|\bsterling\b|\bGBP\b", "yen": r"¥|\byen\b|\bJPY\b",
               "bitcoin": r"₿|\bbitcoins?\b|\bBTC\b"}
_CURRENCY_ASKED = re.compile(r"\b(?:in|of|how\s+many)\s+(?:us\s+|american\s+|british\s+)?(?P<c>dollars|euros|pounds"
                             r"|sterling|yen|bitcoins?)\b", re.IGNORECASE)


def in_currency(currency: str, text: str) -> bool:
    """Whether ``text`` gives a sum in ``currency`` (a name ``currency_asked`` gives) and in no other:
    of "£18.5m (€21.8m)", "€21.8m" is in euros, the whole is not."""
    return re.search(_written(currency), text, re.IGNORECASE) is not None \
        and not any(re.search(p, text, re.IGNORECASE) for c, p in _CURRENCIES.items() if c != currency)


def _written(currency: str) -> str:
    """The pattern of ``currency`` written in a sum: its signs and names, or for one no list knows its name
    ("dravna" or "dravnas")."""
    one = currency[:-1] if currency.endswith("s") else currency
    return _CURRENCIES.get(currency) or rf"\b{re.escape(one)}s?\b"


# "How much is the fare in dravnas?": a currency no list knows, asked for at the question's end
_UNLISTED_CURRENCY = re.compile(r"\bin\s+(?P<c>[a-z]{3,})\W*$")


def currency_asked(question: str) -> tuple[str, re.Pattern | None]:
    """The currency ``question`` asks a sum in ("… in dollars?", "How many euros …?"; "How much is the
    fare in dravnas?", when a sum is asked for and the word is none English has), with a pattern
    finding it in a span; ("", None) when it names none."""
    m = _CURRENCY_ASKED.search(question[:1000])
    if m is None:
        other = _UNLISTED_CURRENCY.search(question[:1000])
        name = other.group("c") if other and (money_asked(question) or figure_asked(question) == "amount") else ""
        if not name or common_word(name) or common_word(name[:-1] if name.endswith("s") else name):
            return "", None
        return name, re.compile(_written(name), re.IGNORECASE)
    name = m.group("c").lower().replace("sterling", "pounds").replace("bitcoins", "bitcoin")
    return name, re.compile(_written(name), re.IGNORECASE)


# "What did she die of?", "How did he die?", "What was the cause of death?", "What killed him?"
_CAUSE_OF_DEATH = re.compile(r"^\W*(?:what\s+(?:did|do|does|had|has)\b.*\bdie[ds]?\s+(?:of|from)\b"
                             r"|how\s+(?:did|do|does)\b.*\bdie\W*$"
                             rf"|what\s+(?:is|was)\s+the\s+cause\s+of\s+(?:his|her|their|the|"
                             rf"(?:[{CAPITALS}][\w'’-]*\s+){{0,2}}[{CAPITALS}][\w'’-]*['’]s?)"
                             r"(?:\s+[\w'’-]+)?\s+deaths?\b|what\s+caused\s+(?:his|her|their|the)\s+deaths?\b"
                             rf"|what\s+killed\s+(?:him|her|them|(?-i:[{CAPITALS}])))", re.IGNORECASE)


# "What caused the explosion?", "What was the cause of the fire?", "What sparked the protests?" (a death's
# cause is ``cause_of_death_asked``'s)
_CAUSE = re.compile(r"^\W*what\s+(?:(?:is|was|were)\s+(?:thought|believed|said)\s+to\s+(?:have\s+)?)?"
                    r"(?:caused|causes|triggered|sparked|started)\s+(?!(?:his|her|their|the)\s+deaths?\b)"
                    r"|^\W*what\s+(?:is|was|were)\s+the\s+(?:likely\s+|probable\s+|main\s+)?(?:cause|causes|trigger)"
                    r"\s+of\b(?![^?]*\bdeaths?\b)", re.IGNORECASE)


def cause_asked(question: str) -> bool:
    """Whether ``question`` asks what caused something other than a death ("What caused the
    explosion at the quarry?"): a sentence telling only what it did (``figures.tells_no_cause``) does not
    answer it."""
    return _CAUSE.match(" ".join(question.split())[:1000]) is not None


def cause_of_death_asked(question: str) -> bool:
    """Whether ``question`` asks what someone died of (``figures.no_cause`` says which spans don't say);
    not what happened after or when someone died of something ("What did he do after his wife died of
    cancer?")."""
    q = " ".join(question.split())[:1000]
    m = _CAUSE_OF_DEATH.match(q)
    return m is not None and not _WHEN_CLAUSE.search(q, 0, m.end())


_WHEN_CLAUSE = re.compile(r"\b(?:after|when|since|because|before|until|while|once)\b", re.IGNORECASE)


# "How many …?" asks for a count, "How much rain …?" and "How many euros …?" for an amount, "On what
# date / In which year …?" for a date, "How old …?" for an age: a span that gives none is no answer
# (``figures.gives_figure``).
# Not "How much of / more …?" (a share or a ratio) nor "When …?" ("when they improve society").
_FIGURE_ASKED = re.compile(
    r"^\W*(?:(?P<amount>how\s+much\b(?!\s+(?:of|more|less|longer|higher|lower|larger"
    r"|bigger|smaller|cheaper|greater|better|worse|further|time)\b)|how\s+many\s+(?:(?:us|american|british)\s+)?"
    r"(?:dollars|pounds|euros|yen|pence|cents|rupees|francs|yuan|roubles|rubles|pesos|crowns)\b)"
    r"|(?P<count>how\s+many\b)"
    r"|(?P<year>(?:in\s+)?(?:what|which)\s+year\b)|(?P<date>(?:(?:in|on)\s+)?(?:what|which)\s+(?:month|date)\b)"
    r"|(?P<age>how\s+old\b))",
    re.IGNORECASE)


_HOW_MANY = re.compile(r"^\W*how\s+many\s+(?P<words>[^?]*)", re.IGNORECASE)
_NOT_COUNTED = re.compile(rf"^(?:{_AUXILIARY}|of|in|on|at|for|to|from|by|with|per|that|who|which|there|people)$",
                          re.IGNORECASE)


def counted(question: str) -> str:
    """The noun a "How many …?" question counts, in lower case ("How many objections were there?" →
    "objections", "How many knife offences were recorded?" → "offences"), or "": none before the verb,
    "of …" ("How many of the homes …?"), a verb ("How many died …?"), or "people" (what most
    counts count, said many ways)."""
    m = _HOW_MANY.match(" ".join(question.split())[:1000])
    if m is None:
        return ""
    words = []
    for word in re.findall(r"[\w'’-]+", m.group("words")):
        if _NOT_COUNTED.match(word) or len(words) == 3:
            break
        words.append(word)
    if not words or words[0].lower().endswith("ed"):        # "How many died …?": a verb, no noun
        return ""
    plural = [w.lower() for w in words if _PLURAL.search(w)]
    if plural and plural[0] in _HOW_OFTEN:
        return ""                           # "How many times …?": how often, on occasions or in instances
    return plural[0] if plural else ""      # "How many points clear …?": "points"; "How many vehicles cross
    # …?": "vehicles"; "How many bus drivers …?": "drivers"


# What "How many times …?" counts: occasions, whatever a sentence calls them ("on 37 occasions", "52 times")
_HOW_OFTEN = frozenset({"times", "occasions", "instances"})


_PLURAL = re.compile(r"^(?:[^\W\d_]+s(?<![su]s)(?<!is)|men|women|children|staff)$", re.IGNORECASE)


def figure_asked(question: str) -> str:
    """"count", "amount", "year", "date" or "age" when ``question`` asks for one (``_FIGURE_ASKED``),
    else ""."""
    m = _FIGURE_ASKED.match(" ".join(question.split())[:1000])
    return "" if m is None else m.lastgroup or ""


# "By how many votes did Raman win?", "By how much did Holm win?", "What was her majority?": the margin
# asked for (not "By how much did the budget raise the tax on tobacco?": a change)
_MARGIN_QUESTION = re.compile(r"^\W*(?:by\s+how\s+many\s+(?:votes|seats|points|goals|runs|wickets|strokes|shots"
                              r"|lengths|places|ballots)\b|by\s+how\s+(?:many|much)\b[^?]*\b(?:win|wins|won|beat|beats"
                              r"|beaten|lead|leads|led|defeat|defeated|lose|loses|lost|edge|edged|majority|margin)\b"
                              r"|what\s+(?:is|was)\s+(?:the|his|her|their|its)\s+(?:winning\s+)?(?:margin|majority)\b)",
                              re.IGNORECASE)


def margin_asked(question: str) -> bool:
    """Whether ``question`` asks by how much someone won ("By how many votes …?", "What was her majority?")."""
    return bool(_MARGIN_QUESTION.match(" ".join(question.split())[:1000]))
