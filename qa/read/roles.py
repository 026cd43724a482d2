"""The role a "Who is the …?" question asks for, and whether the name quoted is given another one: "Who
is the Kestle Rovers chairman?" is not answered by "Sabine Thornley" from "Rovers manager Sabine
Thornley said …" when the sentence names no chairman, nor "Who is the chief executive?" by "Its
regional officer, Dougie Farrant". Surface patterns only: a role counts when written right before
the name."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from qa.encode.words import STOPWORDS, tokenize
from qa.ingest.lexicon import CAPITALS
from qa.read.kinds import DAYS, HONORIFICS, MONTHS

# Words naming one role, a group each ("boss" is said of a manager and of a chief executive)
_GROUPS = [frozenset(g.split()) for g in (
    "manager boss coach gaffer",
    "chairman chair chairwoman chairperson",
    "executive ceo boss",
    "captain skipper master",
    "headteacher headmaster headmistress principal",
    "minister secretary",
    "spokesman spokeswoman spokesperson",
    "president", "director", "editor", "mayor", "referee", "treasurer", "founder", "owner", "chef",
    "judge recorder magistrate",
    "prosecutor",
    "barrister lawyer solicitor counsel advocate",
    "officer inspector superintendent constable detective",
    "goalkeeper keeper", "striker forward", "midfielder", "defender",
    "councillor", "candidate", "ambassador", "governor", "economist", "analyst", "forecaster",
    "curator", "architect", "presenter host anchor", "guest", "producer", "researcher", "scientist", "professor",
)]
ROLES = frozenset().union(*_GROUPS)

# "Who is the Kestle Rovers chairman?", "Who was the captain of the Saltmarsh Venture?", "Who is governor of
# the central bank?": the words before "of", "at", "for", "who" …
_ASKED = re.compile(r"^\W*who\s+(?:is|was|will\s+be|has\s+been|had\s+been|became|is\s+now)\s+(?:(?:the|its|their)\s+)?"
                    r"(?P<phrase>[^?]*?)(?:\s+(?:of|at|for|in|on|who|that|which|when|from)\b[^?]*)?\s*\??\s*$",
                    re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s*[,:]?\s*$")      # ("Host: Tilde Marsk", a transcript's label)


def role_asked(question: str) -> frozenset[str]:
    """The words naming the role ``question`` asks who holds (its group: "chairman", "chair", …), empty
    for any other question."""
    words = [w.lower() for w in re.findall(r"[A-Za-z-]+", role_named(question))]
    head = words[-1] if words else ""
    return next((g for g in _GROUPS if head in g), frozenset())


def role_named(question: str) -> str:
    """The role ``question`` asks who holds, as it names it ("Kestle Rovers chairman", "chief
    executive"); "" for a question of another form."""
    m = _ASKED.match(" ".join(question.split())[:1000])
    return m.group("phrase") if m else ""


def another_role(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]`` is given, right before it, a role of another kind than
    the one ``question`` asks for (``role_asked``), in a sentence naming no one in that role; or the
    role asked with another word saying which ("health minister" for "defence minister", "assistant
    coach" for "head coach"), in a sentence without the word asked, or with a rank below it ("deputy
    governor" for "governor")."""
    asked = role_asked(question)
    left = sentence[max(0, start - 60):start]
    before = _WORD_BEFORE.search(left) if asked else None
    given = before.group(1).lower() if before else ""
    if given in asked and given:        # "the new health minister, Ruben Ostrand" for the defence minister
        kind, named = _portfolio(role_named(question)), _portfolio(left[:before.start()] + before.group(1))
        if not kind and named in _UNDER:        # "deputy governor Elin Roos" for "Who is governor of …?", in a
            rest = sentence[:before.start() + max(0, start - 60)] + " " + sentence[end:]     # sentence giving no
            return not any(not re.search(rf"\b(?:{'|'.join(_UNDER)})\s+$", rest[:m.start()], re.IGNORECASE)  # one
                           for m in re.finditer(rf"\b{given}\b", rest, re.IGNORECASE))    # the role itself (not
            # "The board named deputy governor Elin Roos as its new governor.")
        return bool(kind and named) and kind != named and re.search(rf"\b{kind}\b", sentence, re.IGNORECASE) is None
    if given not in ROLES:
        return False
    return not any(w.lower() in asked for w in re.findall(r"[A-Za-z-]+", sentence))


# "Who is Kessaly Biologics' chief scientific officer?", "Who is the club's finance director?": a title of two
# words or more asked for, after "the", "its" or an owner
_TITLE_ASKED = re.compile(r"^\W*(?i:who\s+(?:is|was|will\s+be|became|is\s+now)\s+)(?:the\s+|its\s+|their\s+|(?:the\s+)?"
                          rf"(?:[{CAPITALS}][\w'’&.-]*\s+){{0,4}}?[\w-]+(?:['’]s?)\s+)(?P<title>"
                          rf"(?:[a-z][\w-]*\s+){{1,3}}[a-z][\w-]*)"
                          r"\s*(?:\?|\s+(?:of|at|for|in|on)\b)")
# The title a sentence gives a name right after it: "Dr Anneli Rusk, Chief Executive Officer." ("…, Chief
# Scientific Officer and co-inventor")
_TITLE_AFTER = re.compile(r"\s*,\s*(?:the\s+|its\s+)?(?P<title>(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+?)"
                          r"\s*(?:[,.;:)]|\s+and\b|$)")


def titled_otherwise(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]`` is given, right after it, a title with the same last word
    as the one ``question`` asks for and other words before it ("Dr Anneli Rusk, Chief Executive Officer" for
    "Who is Kessaly Biologics' chief scientific officer?")."""
    asked = _TITLE_ASKED.match(" ".join(question.split())[:1000])
    given = _TITLE_AFTER.match(sentence, end) if asked else None
    if given is None:
        return False
    wanted, titled = asked.group("title").lower().split(), given.group("title").lower().split()
    return wanted[-1] in ROLES and titled[-1] == wanted[-1] and set(titled[:-1]) != set(wanted[:-1])


# Words that rank a role, capitalised when they open a sentence ("Assistant coach Lars Berg"), and those that
# say which minister, secretary or spokesperson it is: only these tell one role from another ("the embattled
# minister" may be the finance minister)
_RANKS = frozenset("assistant deputy vice head chief senior junior caretaker shadow associate managing general "
                   "executive".split())
# Ranks below the role itself: a deputy governor is not the governor (an acting or caretaker one stands in for them)
_UNDER = frozenset("assistant deputy vice junior associate shadow".split())
_PORTFOLIOS = frozenset("""finance defence defense health education foreign home interior justice transport environment
    culture trade labour labor energy agriculture housing economy economic treasury sport sports tourism fisheries
    science digital employment immigration security development infrastructure communications social welfare
    industry technology climate water europe european youth family women equality pensions work budget""".split())


def _portfolio(named: str) -> str:
    """The word that says which of its kind a role is, in lower case, a rank or a portfolio ("defence" of
    "the new defence minister", "assistant" of "assistant coach"), or "" (none: "the embattled minister",
    "Rovers manager", a possessive)."""
    words = re.findall(r"[A-Za-z'’-]+", named)
    if len(words) < 2:
        return ""
    word = words[-2]
    opens = not re.search(r"[A-Za-z0-9]", named[:named.rfind(word)])       # "Assistant coach Lars Berg said …"
    if not word.islower() and not (word.istitle() and (words[-1].istitle()         # "Finance Minister"
                                                       or opens and word.lower() in _RANKS)):     # not "Rovers coach"
        return ""
    word = word.lower()
    return word if word in _RANKS | _PORTFOLIOS else ""


# "Who chairs the finance committee?", "Who leads the campaign?": a role asked with its verb
_ROLE_VERB = {"chairs": "chair", "chaired": "chair", "leads": "leader", "led": "leader", "heads": "head",
              "manages": "manager", "managed": "manager", "coaches": "coach", "edits": "editor", "owns": "owner"}
_ASKED_BY_VERB = re.compile(r"^\W*who\s+(?P<verb>" + "|".join(_ROLE_VERB)
                            + r")\s+(?:the\s+)?(?P<body>[^?]+?)\s*\??\s*$", re.IGNORECASE)
# The body a role is of: "the chair of [Hollin Ford's planning committee]", "[Hollin Ford's finance committee]"
_BODY_OF = re.compile(r"\b(?:of|at|on)\s+(?:the\s+)?(?P<body>[^?]+?)\s*\??\s*$", re.IGNORECASE)
# The role a sentence gives a name right after it: "Anselm Petrov, chair of the Hollin Ford Traders' Association,"
_ROLE_AFTER = re.compile(r"\s*,\s*(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?P<role>[a-z]+)\s+(?:of|at)\s+"
                         r"(?:the\s+)?(?P<body>[^,.;:\"“”()]{2,60})")


# Where a body's name ends: "the finance committee [at Hollin Ford Council]", "the council [since 2019]"
_BODY_ENDS = re.compile(r"\s+(?:at|in|on|for|since|and|from|who|which|that|now|currently|until|during|when|while"
                        r"|after|before|throughout)\b.*$",
                        re.IGNORECASE | re.DOTALL)
# Roles a body has beside those of ``_GROUPS``: "leader of the opposition", "head of the inquiry"
_BODY_ROLES = ROLES | {"leader", "head"}
# Verbs asking who holds a body's top role, whatever it is called ("Who heads the inquiry?": its chairman)
_ANY_TOP_ROLE = {"leads", "led", "heads"}


def _head(body: str) -> str:
    """The noun a body's name ends with ("committee" of "Hollin Ford's planning committee", of "the
    finance committee at Hollin Ford Council")."""
    words = re.findall(r"[A-Za-z]+", _BODY_ENDS.sub("", body).lower())
    return words[-1] if words else ""


def asked_role_and_body(question: str) -> tuple[frozenset[str], str]:
    """The role a question asks who holds and the body it is of ("chair", "Hollin Ford's planning
    committee" of "Who is the chair of Hollin Ford's planning committee?" and of "Who chairs Hollin
    Ford's planning committee?"); (empty, "") when it names no body."""
    asked = " ".join(question.split())[:1000]
    verb = _ASKED_BY_VERB.match(asked)
    if verb is not None:
        role = _ROLE_VERB[verb.group("verb").lower()]
        return next((g for g in _GROUPS if role in g), frozenset({role})), verb.group("body")
    m = _ASKED.match(asked)
    body = _BODY_OF.search(asked[m.end("phrase"):]) if m else None
    head = (re.findall(r"[A-Za-z-]+", m.group("phrase").lower()) or [""])[-1] if m else ""
    role = role_asked(question) or (frozenset({head}) if head in _BODY_ROLES else frozenset())
    return (role, body.group("body")) if body and role else (frozenset(), "")


def of_another_body(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]`` is given, right after it, a role of another body
    than the one the question asks about, or another role ("Anselm Petrov, chair of the Hollin Ford
    Traders' Association," for "Who chairs Hollin Ford's finance committee?" and for "Who is the
    leader of the opposition on Hollin Ford Town Council?")."""
    role, body = asked_role_and_body(question)
    given = _ROLE_AFTER.match(sentence, end) if role else None
    if given is None or given.group("role").lower() not in _BODY_ROLES:
        return False
    verb = _ASKED_BY_VERB.match(" ".join(question.split())[:1000])
    any_role = verb is not None and verb.group("verb").lower() in _ANY_TOP_ROLE
    return (given.group("role").lower() not in role and not any_role) or _head(given.group("body")) != _head(body)


# "Who designed the footbridge?", "Who refereed the final?", "Which company will build the wing?": a deed
# whose doer a sentence names with its own words ("designed by", "architects", "referee"); one naming none
# of them does not say who did it (not the council that "voted to build" the bridge, nor the scorer of a
# goal for the referee, nor the foundation that paid for a renovation for its designer). Not "publish":
# "released by", "a survey by Ipsos for the Herald" say who published a report as often.
_DEEDS = {
    "design": r"design\w*|architect\w*|dr[ae]w[n]?\s+up",
    "referee": r"refere\w*|officiat\w*|whistle",
    "coach": r"coach\w*|train(?:er|ers|ed|s|ing)?|manag\w*|mentor\w*",
    "translate": r"translat\w*",
    "illustrate": r"illustrat\w*",
    "choreograph": r"choreograph\w*",
    "compose": r"compos\w*|music\s+(?:is\s+|was\s+)?by|score|wr[io]te|written",
    "build": r"buil[dt]\w*|construct\w*|contract\w*|make[rs]?|made|manufactur\w*|assembl\w*|erect\w*",
}
_DEED_FORMS = {f"{stem}{ending}": deed for deed, stem in (
    ("design", "design"), ("referee", "referee"), ("coach", "coach"), ("translate", "translat"),
    ("illustrate", "illustrat"), ("choreograph", "choreograph"), ("compose", "compos"),
) for ending in ("", "s", "es", "ed", "d", "e")} | {"build": "build", "builds": "build", "built": "build"}
_DEED_ASKED = re.compile(r"^\W*(?:who|which\s+(?:company|companies|firm|firms|architects?|practice|studio|contractor"
                         r"|builder|shipyard|manufacturer|maker))\s+(?P<said>(?:(?:has|have|had|will|did|does|do|is|was"
                         r"|were)\s+(?:been\s+|be\s+)?)?(?P<verb>[a-z]+)\s+[^?]+?)\s*\??\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Deed:
    """A deed a question asks who did: its ``kind`` (``_DEEDS``) and the question's words for it, as a
    notice words them ("will build the new footbridge")."""

    kind: str
    asked: str


def deed_asked(question: str) -> Deed | None:
    """The deed ``question`` asks who did ("Who designed …?", "Which company will build …?"), or None."""
    m = _DEED_ASKED.match(" ".join(question.split())[:1000])
    kind = _DEED_FORMS.get(m.group("verb").lower(), "") if m else ""
    return Deed(kind, m.group("said")) if kind else None


def says_deed(deed: Deed, sentence: str) -> bool:
    """Whether ``sentence`` names who did ``deed`` with one of its words ("designed", "architects")."""
    return re.search(rf"\b(?:{_DEEDS[deed.kind]})\b", sentence, re.IGNORECASE) is not None


# "Who was Dorit Amsel's lawyer?": the person and the role; "Viktor Amsel's lawyer, Jorun Pike" names
# another's
_OWNER_ASKED = re.compile(r"^\W*(?i:who\s+(?:is|was|are|were|will\s+be|has\s+been))\s+(?P<owner>"
                          rf"(?:[{CAPITALS}][\w-]*\s+){{0,3}}"
                          rf"[{CAPITALS}][\w-]*)['’]s?\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*\??\s*$")
_OWNER = re.compile(rf"(?P<owner>(?:[{CAPITALS}][\w-]*\s+){{0,3}}[{CAPITALS}][\w-]*)['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}"
                    rf"(?P<role>[a-z][\w-]*)\b(?=\s*,?\s*(?:[{CAPITALS}]"
                    r"|$))")        # (the role's last word, before the name)


def role_of_another(question: str, sentence: str) -> bool:
    """For "Who was Dorit Amsel's lawyer?": whether ``sentence`` gives the role asked (or one of its
    group) only as another person's ("Viktor Amsel's lawyer, Jorun Pike"): one whose name has a word
    the asked one lacks, where none names the asked person's; for "Who is the chief executive of Sorvenna
    Railways?", only as another body's ("SorNet's chief executive, Maximilian Trask"; not "SR's")."""
    asked = _OWNER_ASKED.match(" ".join(question.split())[:1000])
    if asked is None:       # "Who is the chief executive of Sorvenna Railways?": not "SorNet's chief executive"
        group, body = asked_role_and_body(question)
        owner = [re.sub(r"['’]s?$", "", w) for w in re.findall(rf"[{CAPITALS}][\w'’-]*", body)
                 if w.lower() not in STOPWORDS]
        if not group or not owner:
            return False
    else:
        role = asked.group("role").split()[-1].lower()
        group = next((g for g in _GROUPS if role in g), frozenset({role}))
        owner = _name_words(asked.group("owner"))
    owners = [_name_words(m.group("owner")) for m in _OWNER.finditer(sentence)
              if m.group("role").lower() in group and not m.group("owner").startswith("The ")]     # (a role: "The
    if asked is None:       # a body's name as stems ("Sorvenna Railway's" is "Sorvenna Railways"; # Prime Minister's")
        owners = [tokenize(" ".join(named)) for named in owners if not _initials_of(named, owner)]   # "SR's" too)
        owner = tokenize(" ".join(owner))
    return bool(owners) and all(_another(named, owner) for named in owners)


def _name_words(owner: str) -> list[str]:
    """The words of the name in an owner's run: after a title ("Crown Court Ms Amsel"), without what
    opens a sentence before it ("But Amsel", "On Friday Amsel")."""
    words = owner.split()
    titled = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() in HONORIFICS]
    words = words[titled[-1] + 1:] if titled else words
    opened = False
    while len(words) > 1 and (words[0].lower() in _OPENERS or opened and _CALENDAR.fullmatch(words[0])):
        opened, words = True, words[1:]
    return words


def _another(named: list[str], asked: list[str]) -> bool:
    """Whether the owner ``named`` is another than ``asked``: neither name holds the other nor spells its
    initials ("SR" for "Sorvenna Railways"), and where both end in the same family name, a given name stands
    before it that the question lacks ("Viktor Amsel" for "Dorit Amsel")."""
    if not named or set(named) <= set(asked) or set(asked) <= set(named) \
            or _initials_of(named, asked) or _initials_of(asked, named):
        return False
    return named[-1] != asked[-1] or len(named) > 1 and named[-2] not in asked


def _initials_of(short: list[str], name: list[str]) -> bool:
    """Whether ``short`` is one word in capitals spelling the initials of ``name`` ("SR" of "Sorvenna Railways'")."""
    letters = "".join(w[0] for w in name if w[:1].isupper())
    return len(short) == 1 and len(short[0]) >= 2 and short[0].isupper() \
        and re.sub(r"['’]s?$", "", short[0]) == letters


_CALENDAR = re.compile(rf"{MONTHS}|{DAYS}")
_CALENDAR_WORDS = frozenset(re.findall(rf"[{CAPITALS}][a-z]+", f"{MONTHS} {DAYS}"))
# What opens a sentence before a name ("But Amsel's", "On Friday Amsel's"; not "June Amsel's", "Will Amsel's")
_OPENERS = frozenset("but and on in at after before outside meanwhile however then so yet when while as since last "
                     "this yesterday today by".split())


def group_of(role: str) -> frozenset[str]:
    """The words naming the same role as ``role`` ("minister" → {"minister", "secretary"}); empty for a
    word naming none."""
    return next((g for g in _GROUPS if role.lower() in g), frozenset())


_PERSON = (rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+[{CAPITALS}][\w'’-]+|[{CAPITALS}][\w'’-]+"
           rf"(?:\s+[{CAPITALS}][\w'’-]+){{1,3}})")


@functools.lru_cache(maxsize=256)
def _holder_patterns(group: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    role = "|".join(sorted(group))
    return (re.compile(rf"(?i:\b(?:{role}))\s*,?\s+(?P<name>{_PERSON})(?![\w'’-])"),     # "Transport Minister
            # Greta Olsrud", "The Halvik town mayor, Solveig Rygg,"
            re.compile(rf"(?P<name>{_PERSON})\s*,\s+(?i:(?:the|its|their|a|an)\s+)(?:[\w'’-]+\s+){{0,4}}?"
                       rf"(?i:(?:{role}))\b"))         # "Solveig Rygg, the Halvik town mayor"


def holder_quoted(group: frozenset[str], sentence: str, start: int, end: int) -> bool:
    """Whether the span ``sentence[start:end]`` is (or holds) the name ``sentence`` gives someone in the role
    ``group`` names (``holder``: "Bertil Haugland" of "said SR's timetable director, Bertil Haugland")."""
    name, span = holder(group, (), sentence), sentence[start:end].strip()
    return bool(name) and len(span) > 2 and (name in span or span in name)


def holder(group: frozenset[str], qualifiers: tuple[str, ...], sentence: str) -> str:
    """The name ``sentence`` gives someone in the role ``group`` names, where every word of
    ``qualifiers`` (lower case: "halvik" of "the Halvik mayor") is in the sentence too: "Greta Olsrud"
    of "Transport Minister Greta Olsrud cut the ribbon" and "Solveig Rygg" of "The Halvik town mayor,
    Solveig Rygg, said …" and of "Solveig Rygg, the Halvik mayor, said …"; "" when it gives none."""
    words = {re.sub(r"['’]s?$", "", w.lower()) for w in re.findall(r"[\w'’-]+", sentence)}   # "Union's" → "union"
    if not group or not all(q in words for q in qualifiers):
        return ""
    for pattern in _holder_patterns(group):
        for m in pattern.finditer(sentence):
            name = m.group("name").split()
            while name and (name[0] in _CALENDAR_WORDS or name[0].lower() in _OPENERS):
                name = name[1:]         # "mayor On Tuesday …" names no one
            if len(name) >= 2 and not any(w.lower() in ROLES for w in name):
                return " ".join(name)
    return ""


# Words naming one of a pair ("women's" and "men's", "best actor" and "best actress"): a question asking about
# one is not answered by a sentence naming only the other ("Who won best actor?": not "Best actress went to
# Maja Korhonen"; "Who came second in the women's race?": not "… was second in the men's"). A men's race is
# often told unmarked ("Osei won, while Vinter won the women's race"), so "women's" alone rules out only
# "women's"; relations are left out, told from either side ("Tom Berg said his wife Anna …" names Anna's husband).
PAIRED = (("women's", "men's"), ("girls'", "boys'"), ("best actress", "best actor"), ("one-way", "return"))


def pair_word(words: str) -> str:
    """A pattern for one of a pair (``PAIRED``) as it is written: either apostrophe, a whole word."""
    return r"(?<![\w'’-])" + re.escape(words).replace("'", "['’]") + r"(?![\w'’-])"


def _word(words: str) -> re.Pattern[str]:
    return re.compile(pair_word(words), re.IGNORECASE)


_WOMENS, _MENS = _word("women's"), _word("men's")
_PAIRS = ((_WOMENS, _MENS),) + tuple((_word(a), _word(b)) for one, two in PAIRED[1:]
                                      for a, b in ((one, two), (two, one)))


def womens_for_mens(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks about the men's event ("Who won the men's race?") and the name at
    ``sentence[start:end]`` is told in one clause with the women's, in a sentence that does not say
    "men's" ("[Liv Tormod] won the women's race in 2:24:05"): the men's event is often named with no
    word for it ("Kaasen won the race, while the women's went to Tormod"), so only the clause says."""
    if not _MENS.search(question) or _WOMENS.search(question) or _MENS.search(sentence):
        return False            # (a question naming both asks about both, or which)
    return any(not re.search(r"[,;:]|\b(?:while|whereas|but|and|after|before)\b",
                             sentence[min(end, m.start()):max(start, m.end())])
               for m in _WOMENS.finditer(sentence))


# An award's category: "best film", "best supporting actress", "Best New Artist"
_CATEGORY = re.compile(r"\bbest\s+(?P<c>(?:supporting\s+|new\s+|international\s+|original\s+|first\s+)?"
                       r"(?:film|picture|movie|actor|actress|director|screenplay|documentary|song|album|novel|book"
                       r"|debut|newcomer|artist|player|goalkeeper|team|show|series|drama|comedy|play|musical"
                       r"|performance|photograph|feature|short))\b", re.IGNORECASE)


# What makes "best …" an award's category: "won best actress", "for best film", "named best player", "Best …"
_AWARDED = re.compile(r"(?:\b(?:won|wins|win|winning|for|named|went\s+to|goes\s+to|award(?:ed)?|prize|title\s+of"
                      r"|crowned|voted|took|scooped|picked\s+up)\s+(?:the\s+)?(?:award\s+for\s+)?$)", re.IGNORECASE)


def another_category(question: str, sentence: str) -> bool:
    """Whether ``question`` asks about an award's category ("Who won best actress?") and ``sentence``
    names only other categories ("… won the Golden Heron for best film"): its names won those. "best …"
    is a category written "Best …" or after an award's words ("won", "for", "named"; not "the best
    performance of her career")."""
    asked = {m.group("c").lower() for m in _CATEGORY.finditer(question)}
    said = list(_CATEGORY.finditer(sentence))
    named = {m.group("c").lower() for m in said
             if sentence[m.start()] == "B" or _AWARDED.search(sentence[max(0, m.start() - 30):m.start()])}
    return bool(asked) and bool(named) and not asked & {m.group("c").lower() for m in said}


def names_only_the_other_of_a_pair(question: str, sentence: str) -> bool:
    """Whether ``question`` names one of a pair (``_PAIRS``: the one asked, then the other) that ``sentence``
    does not, naming the other."""
    return any(asked.search(question) and not asked.search(sentence) and other.search(sentence)
               for asked, other in _PAIRS)


# Kin a question may ask for ("Who is the cubs' father?", "What were the names of her sons?"), by group
_KIN = {w: i for i, g in enumerate((
    "father dad mother mum mom parents", "son sons daughter daughters children child kids", "husband wife partner",
    "widow widower", "brother brothers sister sisters siblings", "grandson grandsons granddaughter granddaughters"))
    for w in g.split()}
# ... asked for itself: "Who is the cubs' father?", "Who are her parents?", "What were the names of Pia Sandvik's
# sons?" (not "Who represented the widow?")
_KIN_ASKED = re.compile(r"^\W*(?:who|what)\s+(?:is|was|are|were)\s+(?:the\s+names?\s+of\s+)?"
                        r"(?:the\s+|his\s+|her\s+|their\s+|its\s+|(?:[\w'’-]+\s+){0,3}?[\w-]+['’]s?\s+)?"
                        r"(?P<kin>" + "|".join(sorted(_KIN, key=len, reverse=True)) + r")\b", re.IGNORECASE)
def kin_of_another(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``question`` asks for someone's kin ("What were the names of Pia Sandvik's sons?") and the
    name at ``sentence[start:end]`` is given, right before it, other kin ("her husband, [Aksel]"; a job
    says nothing of kin: "the son of former international defender [Peter Hale]")."""
    asked = _KIN_ASKED.match(" ".join(question.split())[:1000])
    before = _WORD_BEFORE.search(sentence[max(0, start - 60):start]) if asked else None
    if before is None:
        return False
    given = before.group(1).lower()
    if re.search(rf"(?<![\w-]){re.escape(given)}(?![\w-])", question, re.IGNORECASE):
        return False        # kin the question names itself: "Who is the sister's husband?", "her sister, [Maja]"
    kin = asked.group("kin").lower()
    return given in _KIN and _KIN[given] != _KIN[kin]

