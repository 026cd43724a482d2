"""Who speaks: whose words a sentence gives, and what it reports them saying.

- "What did X say?" asks for X's words (``speaker``: X and the words of X's name; ``only_said``,
  ``said_topic``); a sentence gives them when it gives words to X by name (``quoted_speaker``,
  ``said_about``: "…," Mr Reyhill told reporters), not when someone else speaks of X
  (``spoken_of``: "She added that Aulakh had shown no remorse") or to X (``spoken_to``).
- The names a sentence gives words to (``said_by``: '"…," said the firm's chief executive, Kim
  Ode.'); the pronoun it gives them to when it names no one (``pronoun_speaker``); the person's
  name it opens with (``opening_name``), whom a pronoun after it may stand for; the names in it
  that look like a person's (``people_named``, ``names_someone``).
- What a sentence reports someone saying (``quotation``): its quotation, the clause after "said
  (that)", or what follows a quotation mark it opens and does not close; whether it gives anyone's
  words at all (``speaks``); a passage a question quotes and the sentence holding it
  (``quote_asked``, ``holds_quote``)."""

from __future__ import annotations

import re

from qa.encode.words import STOPWORDS
from qa.ingest.lexicon import CAPITALS, common_word
from qa.read.asked import CAPITALISED, NAME_RUN, SPEECH_VERBS, TOPIC_OPENERS, Wanted, content_words, wanted
from qa.read.kinds import HONORIFICS
from qa.read.roles import ROLES, group_of

_SPEAKER = re.compile(r"^\W*what\s+(?:else\s+)?(?:did|does|has|had|will|would)\s+(?P<who>.+?)\s+"
                      r"(?:say|tell|warn|claim|argue|admit|insist|reply)\b", re.IGNORECASE)
_HONORIFICS = HONORIFICS - {"judge"}      # ("Judge Aldous" is named by her office)


def speaker(question: str) -> tuple[str, frozenset[str]]:
    """For "What did X say?": X as asked and the words of the name in it, in lower case ("Priya
    Ramaswamy" → {"priya", "ramaswamy"}); ("", ∅) when the question asks something else or X names
    no one ("the council leader", "she")."""
    if wanted(question) is not Wanted.QUOTE:
        return "", frozenset()
    m = _SPEAKER.match(" ".join(question.split())[:1000])
    if m is None or _role_phrase(m.group("who")) is not None:      # "the Halvik mayor": a role, no name
        return "", frozenset()
    words = {w.lower() for w in CAPITALISED.findall(m.group("who"))} - _HONORIFICS - STOPWORDS
    words = {re.sub(r"['’]s?$", "", w) or w for w in words}       # "Kim's" → "kim"
    words = {part for w in words for part in w.split("-") if part} - _HONORIFICS      # "Pryce-Ormond" → both
    return (m.group("who"), frozenset(words)) if words else ("", frozenset())


def role_speaker(question: str) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """For "What did the Halvik mayor say?": the speaker as asked ("the Halvik mayor"), the words
    naming their role (``roles.group_of``: {"mayor"}) and the words qualifying it, in lower case
    ("halvik",; of "Halvik's mayor" and "the mayor of Halvik" too); ("", ∅, ()) when the question
    names the speaker ("Mayor Rygg") or asks something else."""
    if wanted(question) is not Wanted.QUOTE:
        return "", frozenset(), ()
    m = _SPEAKER.match(" ".join(question.split())[:1000])
    role = _role_phrase(m.group("who")) if m is not None else None
    return (m.group("who"), *role) if role is not None else ("", frozenset(), ())


# A role as a question names its holder: "the Halvik mayor", "Halvik's mayor", "the mayor of Halvik",
# "the transport minister" (a determiner or an owner before it, its last word a role's)
_ROLE_PHRASE = re.compile(rf"(?:(?i:the|its|their|his|her)\s+|(?P<owner>[{CAPITALS}][\w-]*"
                          rf"(?:\s+[{CAPITALS}][\w-]*){{0,2}})['’]s?\s+)"
                          r"(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?:\s+(?i:of|for|at)\s+(?:the\s+)?(?P<of>[^?]+))?")


def _role_phrase(who: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """(the role's words, the words qualifying it) of a speaker asked for by role (``role_speaker``),
    or None."""
    m = _ROLE_PHRASE.fullmatch(who.strip())
    words = m.group("words").lower().split() if m else []
    group = group_of(words[-1]) if words else frozenset()
    if not group:
        return None
    qualifiers = [*(m.group("owner") or "").split(), *words[:-1], *(m.group("of") or "").split()]
    qualifiers = [re.sub(r"['’]s?$", "", w.lower()) for w in qualifiers]     # "club's" → "club"
    return group, tuple(w for w in qualifiers if w and w not in STOPWORDS)


# "What did X say?", "… tell reporters?", "… say next?": nothing asked but what X said (not "… say
# about the plan?")
_ONLY_SAID = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!(?:{TOPIC_OPENERS})\b)"
                        r"[\w'’]+)?[\s?]*$", re.IGNORECASE)


# A passage a question quotes: "…", “…”, ‘…’ (an apostrophe inside is no end: ‘I don’t care’)
_ASKED_QUOTE = re.compile(r"\"([^\"]+)\"|“([^”]+)”|‘(.+?)’(?!\w)")


def quote_asked(question: str) -> tuple[str, ...]:
    """The words, in lower case, of the longest passage of three words or more that ``question``
    quotes ('Who said "I don't care who runs it"?' → ("i", "don", "t", "care", …)); () when it
    quotes none."""
    quoted = [next(filter(None, m.groups())) for m in _ASKED_QUOTE.finditer(question[:1000])]
    # (of a passage of several sentences, its longest: 'Who said "We were warned in 2014. We were
    # warned again in 2019"?' — the article gives each a sentence of its own)
    pieces = [piece for q in quoted
              for piece in re.split(r"(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bNo\.)(?<!\bMrs\.)(?<=[.!?])\s+"
                                    rf"(?=[\"'“‘(]?[{CAPITALS}0-9])", q)]
    words = max((tuple(re.findall(r"\w+", q.lower())) for q in pieces), key=len, default=())
    if len(words) < 3:          # ('Who said "Yes. Yes. Yes"?': the passage whole)
        words = max((tuple(re.findall(r"\w+", q.lower())) for q in quoted), key=len, default=())
    return words if len(words) >= 3 else ()


def within_quote(sentence: str, before: str) -> bool:
    """Whether ``sentence``, with no quotation mark of its own, goes on with a quotation that the
    sentence ``before`` it opens and does not close ('"We were warned in 2014.' / 'We were warned
    again in 2019.' / 'Nobody listened," she said.')."""
    return not _OPENING_MARK.search(sentence) and not _CLOSING_MARK.search(sentence) and unclosed_quote(before)


def quoted_whole(sentence: str, before: str) -> bool:
    """Whether ``sentence`` is a quotation and nothing else, its own sentence ended inside the marks
    ('"We are not seeing fewer cod so much as smaller ones."'), right after a sentence quoting someone,
    telling what they said or introducing a quotation ('… said Dr Liv Brenner.', 'Tova Lind said the
    closure was a blow.', '… she said:'): its speaker is named there.
    Not a quoted line standing alone, as a sub-heading or a pull quote ('"This island will not be
    emptied"')."""
    stripped = sentence.strip()
    return bool(_OPENING_MARK.match(stripped)) and bool(re.search(r"[.!?…][\"”]$", stripped)) \
        and len(_OPENING_MARK.findall(stripped)) == 1 \
        and (before.rstrip().endswith(":") or bool(_CLOSING_MARK.search(before)) or bool(said_by(before)))


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
                     r"|acknowledge|concede|note|accuse|praise|critici[sz]e|complain|argue|reply|replie|announce"
                     r"|mention"
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


def _topic(question: str) -> str:
    """What ``question`` asks was said about ("… say about the recall?": "the recall"), else ""."""
    m = _ABOUT.search(" ".join(question.split())[:1000])
    return m.group("topic").strip() if m is not None else ""


def topic_asked(question: str) -> str:
    """For "What did X say about Y?", X a name or a role ("What did the chief medical officer say about
    measles?"): Y; else ""."""
    return _topic(question) if re.match(r"^\W*what\b", question, re.IGNORECASE) else ""


def said_topic(question: str) -> str:
    """For "What did X say about Y?" (X a name): Y ("the recall"); else ""."""
    return _topic(question) if speaker(question)[1] else ""


def said_about(question: str, sentence: str) -> str:
    """For "What did X say about Y?" answered by a sentence giving words to X by name (``said_by``,
    their surname): Y ("the recall"); else ""."""
    topic = said_topic(question)
    return topic if topic and _gives_words_to(speaker(question)[0], sentence) else ""


SAYING = frozenset("said says called told tells added adds warned warns argued argues insisted insists claimed claims "
                   "replied replies wrote writes".split())     # (a live page tells in the present: "tells reporters")
_SAYS = rf"(?:{'|'.join(sorted(SAYING))})"
# A name right before the verb: the past, or "says"; another present form only before what it tells
# ("Kim Ode tells reporters", "… warns that", "… adds:"; not "Kelda Insurance claims rose", "Westby Farm adds
# 200 acres", "Norland Rail writes off …")
_PRESENT = "tells adds warns argues insists claims replies writes".split()
_SAYS_AFTER_NAME = (rf"(?:{'|'.join(sorted(SAYING - set(_PRESENT)))})\b|(?:{'|'.join(_PRESENT)})(?=\s*(?:that\b"
                    r"|[:\"“‘']|(?:reporters|journalists|listeners|viewers|readers|MPs|the\s+(?:BBC|court|jury|inquiry"
                    rf"|(?-i:[{CAPITALS}])\w*))\b))"
                    # "insists the budget is fair", "claims they were misled", "warns of a hard winter"
                    r"|(?:insists|claims|argues)(?=\s+(?:the|a|an|his|her|its|their|it|they|he|she|we|there|this)\s+"
                    r"(?!(?:rose|fell|rise|fall)\b)[a-z])|warns(?=\s+of\b)")
# A name right before or after the verb; or, in the clause that gives a quote its speaker (after the
# quote or a comma), with what they are beside it: ("…," said the firm's chief medical officer, Dr
# Kim Ode. / "…," the firm's chief executive, Kim Ode, said. / Kim Ode, the firm's chief executive,
# said …). Not "The police said the driver, Tom Reyes, was arrested": he is spoken of. The role
# opens with an article or an owner ("the firm's chief executive", "Northwind's founder").
_ROLE = (rf"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|(?:[{CAPITALS}][\w-]*\s+)?[{CAPITALS}][\w-]*(?:['’]s"
         r"|s['’])\s+)"
         r"[^,;:\"“”()]{2,80}?")
_QUOTING = r"(?:said|says|added|wrote|warned|insisted|argued|claimed|replied)"
# A role in lower case right before the name, after the verb: '…," said captain Andreas Vold.', '…," said
# head coach Kim Ode.'
_ROLE_NOUNS = "|".join(sorted(ROLES))     # (a regex)
_CLAUSE = r"(?:^|(?<=[,\"”’]\s))"
_SAID_BY = re.compile(rf"(?<=[,\"”’]\s){_QUOTING}\s+(?!{NAME_RUN.pattern}\s*,){_ROLE},\s+(?P<c>{NAME_RUN.pattern})"
                      rf"(?=\s*(?:[,;]|$))"
                      rf"|{_CLAUSE}(?:{_ROLE}),\s+(?:(?!(?:by|which|who|whose|that|where|when|on|in|at|of|for|from"
                      rf"|with|to)\b|[a-z]+(?:ing|ed)\b)[a-z][\w-]*\s+){{0,3}}(?P<e>{NAME_RUN.pattern}),\s+"
                      rf"(?:{_QUOTING}|tells|told)\b"
                      rf"|{_CLAUSE}(?P<d>{NAME_RUN.pattern}),\s+{_ROLE},\s+(?:{_QUOTING}|tells|told)\b"
                      rf"|{_CLAUSE}(?P<f>{NAME_RUN.pattern}),\s+(?:who|whose)\b[^,;:\"“”()]{{2,120}}?,\s+{_QUOTING}\b"
                      rf"|(?P<g>{NAME_RUN.pattern})\s+(?:of|from|at)\s+(?:the\s+)?"
                      rf"(?:[a-z][\w-]*\s+){{0,3}}{NAME_RUN.pattern}"
                      rf"\s+(?:{_SAYS_AFTER_NAME})"
                      rf"|(?P<a>{NAME_RUN.pattern})(?:,\s+\d{{1,3}},)?\s+(?:(?:has|have|had)\s+)?(?:{_SAYS_AFTER_NAME})"
                      rf"|\b{_QUOTING}\s+(?P<b>{NAME_RUN.pattern})"
                      rf"|(?<=[,\"”’]\s){_QUOTING}\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ROLE_NOUNS})\s+"
                      rf"(?P<h>{NAME_RUN.pattern})")


def said_by(sentence: str) -> list[str]:
    """The names a sentence gives words to ("Tomás Ó Ceallaigh called the cuts …", "Kim Ode, 71,
    said …", "…, said Kim Ode", "…, said the firm's chief executive, Kim Ode.", "…," said head coach
    Kim Ode.", "Kim Ode, who
    chairs the group, said …", "Sergeant Kim Ode of Kelderby Police said …", "Kim Ode of the
    campaign group Clean Seas said …"); a name opening the
    sentence counts, a pronoun ("She said") does not, nor a name inside a quotation, which is the
    speaker's words about them ('"And when Kim Ode says it is safe, I want proof," she said.')."""
    quoted = quoted_parts(sentence)
    found = []
    for m in _SAID_BY.finditer(sentence):
        group = next(g for g in ("a", "b", "c", "d", "e", "f", "g", "h") if m.group(g))
        if not any(s <= m.start(group) < e for s, e in quoted):
            found.append(m.group(group).rstrip("."))
    return [n for n in found if content_words(n)]        # not "She said"; not "…," she told Kim Ode.


def quoted_parts(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` gives someone's words in double quotation marks: from each opening mark to
    its closing one, or to the end when the quotation runs on into the next sentence; and from the
    start to a closing mark none opens, when the sentence continues a quotation begun before it
    ('My guess is fewer than 400," she said.')."""
    marks = sorted([(m.start(), True) for m in _OPENING_MARK.finditer(sentence)]
                   + [(m.start(), False) for m in _CLOSING_MARK.finditer(sentence)])
    parts, opened = [], None
    for n, (at, opening) in enumerate(marks):
        if opening:
            opened = at if opened is None else opened
        elif opened is not None:
            parts.append((opened, at + 1))
            opened = None
        elif n == 0:
            parts.append((0, at + 1))
    if opened is not None:
        parts.append((opened, len(sentence)))
    return parts


QUOTE_MARKS = "\"“”"         # the double quotation marks ``quoted_parts`` reads


def runs_on(sentence: str) -> int | None:
    """Where the opening mark is of a quotation ``sentence`` opens and does not close ('He said: "It
    is over.'); None when it opens none."""
    parts = quoted_parts(sentence)
    return parts[-1][0] if parts and parts[-1][1] == len(sentence) and sentence[parts[-1][0]] in QUOTE_MARKS else None


def ends_begun(sentence: str) -> int | None:
    """Where the closing mark is of a quotation begun in a sentence before ``sentence`` ('It is over,"
    she said.'); None when it ends none."""
    parts = quoted_parts(sentence)
    return parts[0][1] - 1 if parts and parts[0][0] == 0 and sentence[:1] not in QUOTE_MARKS else None


def words_end(sentence: str, end: int, floor: int = 0) -> int:
    """``end`` moved back over the comma, stop or space before a closing mark (not below ``floor``)."""
    while end > floor and sentence[end - 1] in " ,.":
        end -= 1
    return end


def quotes_directly(sentence: str) -> bool:
    """Whether ``sentence`` gives someone's own words as they said them: a quotation of three words
    or more that is a sentence of theirs ('"We never lost hope," she said.', 'He told them: "It is
    over."', or the end of one begun before it), not a phrase within a report ('She said the plan
    was "fantasy maths".')."""
    for s, e in quoted_parts(sentence):
        words = sentence[s:e].strip(" " + QUOTE_MARKS)
        if len(words.split()) >= 3 and (words[:1].isupper() or sentence[s] not in QUOTE_MARKS):
            return True
    return False


def outside_quotes(sentence: str) -> str:
    """``sentence`` with what it gives in quotation marks (``quoted_parts``) blanked out."""
    out = sentence
    for s, e in quoted_parts(sentence):
        out = out[:s] + " " * (e - s) + out[e:]
    return out


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
    theirs = [m for m in NAME_RUN.finditer(sentence) if names & {w.lower() for w in re.findall(r"\w+", m.group())}]
    return bool(theirs) and all(_LISTENER.search(sentence, 0, m.start()) for m in theirs)


# A speaker named by what they are, after their words: '"…," the Italian said.', '"…," said the 34-year-old.',
# '"…," the manager added.' (a nationality, an age or a job standing for the person named before)
_DESCRIBED = rf"the\s+(?:[{CAPITALS}][a-z]+(?:an|ish|ese|ch)|\d{{1,3}}-year-old|(?:{_ROLE_NOUNS}))"
_DESCRIBED_SAYS = re.compile(rf"[,\"”’]\s+(?P<p>{_DESCRIBED})\s+{_SAYS}\b"
                             rf"|\b{_SAYS}\s+(?P<q>{_DESCRIBED})(?=\s*(?:[.,;:!?\"”]|$))")


def described_speaker(sentence: str) -> str:
    """What a sentence calls the one it gives words to after them, in lower case ('"…," the Italian said.':
    "the italian"), when it names no speaker (``said_by``, which takes "Italian" for a name); "" otherwise."""
    m = _DESCRIBED_SAYS.search(sentence)
    described = " ".join((m.group("p") or m.group("q")).lower().split()) if m else ""
    if described.split()[-1:] and described.split()[-1] in _BODIES_LIKE_PEOPLE:
        return ""               # "the Taliban said", "the Guardian said": a body
    return described if described and all(n.lower() in described.split() for n in said_by(sentence)) else ""


# Bodies whose names end like a nationality's ("the Taliban", "the Vatican", "the Guardian")
_BODIES_LIKE_PEOPLE = frozenset("taliban vatican guardian ottoman".split())


def pronoun_speaker(sentence: str) -> str:
    """The pronoun a sentence gives words to, in lower case ('"…," she said.', "He added that …"),
    when it names no speaker (``said_by``); "" otherwise."""
    if said_by(sentence):
        return ""
    m = _PRONOUN_SAYS.search(sentence)
    return (m.group("p") or m.group("q")).lower() if m else ""


_MALE, _FEMALE = {"mr", "sir", "lord"}, {"mrs", "ms", "miss", "lady", "dame"}
# What a person opening a sentence did, in the past tense without "-ed" ("Greta Olsrud cut the ribbon")
_DONE = ("cut|put|set|led|met|made|gave|took|went|came|said|spoke|won|lost|left|ran|began|wrote|sent|became|held"
         "|told|brought|bought|paid|sat|stood|saw|thought|knew|found|kept|felt|fell|broke|chose|drove|flew|rode|sang"
         "|struck|swore|threw|wore|hit|let|quit|read|beat|bid|shut|spent|sold|sought|taught|withdrew|unveiled")
_OPENING_NAME = re.compile(rf"^\W*(?P<name>(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+)?"
                           rf"{NAME_RUN.pattern})(?P<after>,|\s+(?:[a-z]+(?:ed|s)|{_DONE})\b)?")
# A place or a body and a role in lower case opening a sentence, before the name: "Rastovel manager ", "Union
# president "
_PLACE_ROLE = re.compile(rf"^\W*(?:[{CAPITALS}][\w'’-]*\s+){{1,2}}(?P<role>[a-z]+)\s+(?=[{CAPITALS}])")
# Capitalised words opening a sentence that are no person's name ("Last Tuesday the council …",
# "After Harold Pendergast …", "Brennmoor Council voted …")
_OPENS_NO_NAME = frozenset("""the a an in on at by for but and this that it its last next during after before when
    while since yesterday today tomorrow tonight on monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december council committee company party
    union club board group bank police government ministry agency authority trust association university school
    college hospital court team city town county street road bridge footbridge station airport harbour port""".split())


def names_someone(text: str, asked: set[str]) -> bool:
    """Whether the span ``text`` holds a capitalised word that may name someone, not a word of the
    question (``asked``), a stop word, a month or a weekday ("[1 June]" names no one)."""
    return any(w.lower() not in STOPWORDS and w.lower() not in asked and w.lower() not in _OPENS_NO_NAME
               for w in CAPITALISED.findall(text))


def people_named(sentence: str) -> list[str]:
    """The names in ``sentence`` that look like a person's: two to four capitalised words ("Priyanka
    Solberg", "Dr Mara Lind"), none of them a word of time, place or body ("Fenwick District
    Council", "Last Tuesday"), not opening the sentence with a word that opens any ("The Company")."""
    out = []
    for m in NAME_RUN.finditer(sentence):
        words = re.sub(r"['’]s?$", "", m.group().rstrip(".")).split()       # "Toghun Temür's"
        if 2 <= len(words) <= 4 and not {w.lower() for w in words} & _OPENS_NO_NAME \
                and not (m.start() == 0 and words[0].lower() in STOPWORDS):
            out.append(" ".join(words))
    return out


def namesake_only(question: str, sentence: str) -> bool:
    """Whether ``sentence`` names another person of the surname of one the question names in full,
    and not the one asked about: "Karin Holm, 49, won 11,482 votes" for "How many votes did Mikael
    Holm get?" (a sister, a nephew, a rival of the same name); not "Mr Holm said …" (an honorific
    alone may be either), nor one saying "he" or "she" ("Her son, Leo Varga, said she died …")."""
    if wanted(question) in (Wanted.PERSON, Wanted.NAME) or _RELATION.search(question):
        return False        # "Which descendant of Genghis Khan …?", "Who is Holm's nephew?": it may be the answer

    def given_names(words: list[str]) -> list[str]:
        """The words before a surname that may be given names ("Karin", "Dr Karin"; not "Mr", the
        "Although" of "Although Mr Jacobsen" nor "York-born" of "New York-born Aguilera"); [] for any other."""
        titled = [i for i, w in enumerate(words) if w.lower().rstrip(".") in _HONORIFICS]
        given = words[titled[-1] + 1:] if titled else words       # "Although Mr Jacobsen": none
        plain = all(w.isalpha() and w.lower() not in STOPWORDS and w.lower() not in _OPENS_NO_NAME
                    and w.lower() not in _REGION_WORDS and w.lower() not in _DESCRIBING and w.lower() not in ROLES
                    for w in given)
        return given if plain else []

    def another(names: list[str], asked: list[str]) -> bool:
        """Whether given ``names`` are not the ``asked`` ones, nor a form of them ("Steve" of "Steven")."""
        return not any(a.lower()[:3] == b.lower()[:3] for a in names for b in asked)

    for asked in people_named(question):
        *before, surname = asked.split()
        given = given_names(before)
        if not given or not surname.isalpha() or surname.lower() in _EVENT_WORDS \
                or any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sentence) for w in given):
            continue
        namesakes = [named for named in people_named(sentence) if named.split()[-1] == surname
                     and given_names(named.split()[:-1]) and another(given_names(named.split()[:-1]), given)]
        alone = len(re.findall(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", sentence)) > len(namesakes)
        if namesakes and not alone and not _PERSONAL.search(sentence):     # "Holm took 11,482 votes to Karin
            return True     # Holm's …", "Her son, Leo Varga, said she died …": it may be about the one asked
    return False


# The last word of a name that is no person's: "the Dubai Open", "the Davis Cup", "Queen Anne's War", "Kestrel Park"
_EVENT_WORDS = frozenset("""open cup league championship championships games awards award prize trophy festival
    show final finals series masters classic tour grand prix war wars act treaty park square hall house centre
    center stadium arena lane avenue gardens hill island bay lake river""".split())
# What describes a person before their surname: "American Davenport", "Veteran Okafor"
_DESCRIBING = frozenset("""american british english scottish welsh irish french german spanish italian dutch belgian
    swiss austrian swedish norwegian danish finnish polish russian ukrainian greek turkish portuguese brazilian
    argentine argentinian mexican canadian australian chinese japanese korean indian pakistani israeli iraqi iranian
    nigerian kenyan african european asian former veteran legend star champion teenager rookie world olympic
    young old late""".split())
# What opens the name of a region or a people, not a person's: "Eastern Chinese", "North Korea"
_REGION_WORDS = frozenset("""north south east west northern southern eastern western central upper lower new old
    great little greater""".split())
_PERSONAL = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)      # (a subject: not "her husband")
# A question about someone's kin, successors or rivals: the answer may share their surname
_RELATION = re.compile(r"\b(?:father|mother|sons?|daughters?|brothers?|sisters?|wife|husband|nephews?|nieces?"
                       r"|cousins?|uncles?|aunts?|descendants?|grand\w+|successors?|heirs?|family|relatives?"
                       r"|parents?|children|siblings?|spouse|partner|widow(?:er)?|twin|dynasty|clan|rivals?|opponents?"
                       r"|challengers?|predecessors?|relationship|related|married|marry|wed)\b", re.IGNORECASE)


_SURNAME_AGED = re.compile(rf"[{CAPITALS}][\w'’-]+,\s+\d{{1,3}},")


def opening_name(sentence: str, pronoun: str = "") -> str:
    """The person's name a sentence opens with ("Mr Pendergast, who had been mayor, conceded …";
    "Harold Pendergast conceded …", "Transport Minister Greta Olsrud cut …"): an honorific and a name,
    or two or three words of one (after their role) followed by a comma or a verb, none of them a word
    of time, place or body ("Last Tuesday the council …", "Brennmoor Council voted …"), or a surname
    and an age ("Achterberg, 52, …"; not a common word: "Gate, 4, was closed"); "" for one word alone
    ("Police said") or a name the ``pronoun`` cannot stand for ("Mr Reyes" for "she"). A role in lower
    case after a place or a body opening the sentence is passed over ("Rastovel manager Aksel Dorn was
    furious.": "Aksel Dorn")."""
    placed = _PLACE_ROLE.match(sentence)
    if placed and placed.group("role").lower() in ROLES:
        sentence = sentence[placed.end():]
    m = _OPENING_NAME.match(sentence)
    if m is None:
        return ""
    name = m.group("name")
    words = name.split()
    role = max((i for i, word in enumerate(words) if word.lower() in ROLES), default=-1)
    if not m.group("title") and 0 <= role <= len(words) - 3:   # "Transport Minister Greta Olsrud cut …": her name
        words = words[role + 1:]
        name = " ".join(words)
    title = words[0].lower().rstrip(".")
    if len(words) == 1 and _SURNAME_AGED.match(sentence) and words[0].lower() not in _OPENS_NO_NAME \
            and not common_word(words[0].lower()):
        return name             # "Achterberg, 52, a former schoolteacher, promised …": a person by their age
    if len(words) < 2 or (pronoun == "she" and title in _MALE) or (pronoun == "he" and title in _FEMALE):
        return ""
    if not m.group("title") and (not m.group("after") or len(words) > 3      # a name, then "," or a verb
                                 or {w.lower() for w in words} & _OPENS_NO_NAME):
        return ""
    return name


# A capitalised word opening a sentence before a word in lower case: "Keller struck …"
SURNAME_OPENING = re.compile(rf"\W*([{CAPITALS}][\w'’-]+)\s+[a-z]")


def opening_surname(sentence: str, people: list[str]) -> str:
    """The surname alone a sentence opens with, before a word in lower case, of one of ``people`` (the
    names an article gave in full before it, when only one of them has it): "Keller" of "Keller struck a
    confident note." after "Bruno Keller"; "" for any other opening ("Police said", "Keller Road was shut")."""
    m = SURNAME_OPENING.match(sentence)
    if m is None or m.group(1).lower() in _OPENS_NO_NAME:
        return ""
    surname = m.group(1)
    theirs = {p for p in people if len(p.split()) > 1 and p.split()[-1] == surname}
    return surname if len(theirs) == 1 else ""          # (not when two people of the story share it)


_QUOTED = re.compile(r"“([^”]{8,})”|\"([^\"]{8,})\"|‘([^’]{8,})’")
# "told" + its listener: only with "that" ("told local broadcaster SBS that …"), else the listener's
# words could start the clause
_SAID_THAT = re.compile(r"\b(?:(?:said|says|added|warned|claimed|argued|insisted|admitted|predicted|announced"
                        r"|wrote)\s+(?:that\s+)?|told\s+[\w\s]{1,40}?\s+that\s+)", re.IGNORECASE)
# "told reporters the talks had failed", "told the BBC it was over": a listener of one word (or "the" and one)
_TOLD = re.compile(r"\btold\s+(?:the\s+)?[\w’'-]+\s+(?!that\b)", re.IGNORECASE)
_TRAILING_SAID = re.compile(r",?\s*(?:[\w.'’-]+\s+){0,5}(?:said|says|added|warned|told\s+\w+)[^,.;]*[.!]?\s*$",
                            re.IGNORECASE)


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
        return s, words_end(sentence, e, s)
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
    private bank.'), what follows the opening mark, and when it ends one begun in a sentence before
    it ('It will not happen again," she said.'), what comes before the closing mark."""
    opened = _OPEN_QUOTE.search(sentence)
    if opened is not None and not _QUOTED.search(sentence) and re.search(r"\w", sentence[opened.end():]):
        return opened.end(), words_end(sentence, len(sentence.rstrip()), opened.end())
    closing = ends_begun(sentence)      # the end of a quotation begun before it: 'We had each other," she said.'
    if closing is not None and words_end(sentence, closing) > 0:
        return 0, words_end(sentence, closing)
    return _reported(sentence)
