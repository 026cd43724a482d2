"""Follow-up questions: rewrite "Which broadcaster did he talk to?" into a question that stands on
its own ("Which broadcaster did Shin Won-sik talk to?") from the conversation so far.

No language model is available, so this is a handful of rules over the previous turn (``resolve``):
find what the new question leaves out (a pronoun, "the company", "And X?", everything but a
question word), pick the referent of the kind it needs from the previous question and answer
(``qa.chat.referents``), and put it in; when no name fits, add the previous question's topic. A
question that says only the part that changes ("And in 2004?", "And who lost?", "Why?") is rebuilt
from the previous one by ``qa.chat.ellipsis``. Pure functions; the app keeps the turns."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from qa.chat import ellipsis
from qa.chat.referents import (
    AUXILIARIES,
    GROUP,
    GROUP_NOUNS,
    PARTS,
    PERSON,
    PLACE,
    PLACE_NOUNS,
    QUESTION_WORDS,
    ROLE_WORDS,
    THING,
    TOKEN,
    WORK_NOUNS,
    Referent,
    Turn,
    answer_phrase,
    is_content,
    named_spans,
    person,
    phrases,
    referents,
)
from qa.ingest.lexicon import CAPITALS
from qa.read.asked import is_measure
from qa.read.byline import asks_author, story_subject
from qa.read.kinds import MONTHS
from qa.read.published import asks_date
from qa.read.publisher import asks_publisher

# Pronouns that stand for the referent as a subject/object ("he") or a possessor ("his").
_PERSONAL = {"he", "she", "him", "they", "them", "it", "her"}
_POSSESSIVE = {"his", "their", "its", "hers", "theirs"}
_DEMONSTRATIVE = {"this", "that", "these", "those"}
_PERSON = {"he", "she", "him", "his", "her", "hers"}
_HE = {"he", "him", "his"}
_SHE = {"she", "her", "hers"}
# A title that says a person is not "he" ("Ms Raman") or not "she" ("Mr Pellew")
_NOT_HE, _NOT_SHE = {"ms", "mrs", "miss", "lady", "dame"}, {"mr", "sir", "lord"}
_DO = {"do", "does", "did", "done", "doing"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
# "the company", "the firm's", "the band": a definite noun phrase pointing back at a name.
_ANAPHOR = re.compile(rf"\bthe\s+(?P<noun>{'|'.join(sorted(GROUP_NOUNS | WORK_NOUNS | PLACE_NOUNS))})(?P<pos>['’]s)?\b",
                      re.IGNORECASE)
# "that deal", not "… said that the …" nor "Who was it that told …?"
_THAT_NOUN = re.compile(r"(?<!\bit )\b(?:that|this|those|these)\s+(?!(?:is|was|are|were|the|his|her|its|their|our|my"
                        r"|your|she|they|there|this|that|these|those)\b)[a-z]{3,}\b")
_QUESTION_START = re.compile(r"^(?:(?:until|since|by|for|in|at|from|to|on|of)\s+)?(?:who|whom|whose|what|which|when"
                             r"|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b",
                             re.IGNORECASE)
# "the largest one", "which ones": a noun left out, to be read from the previous question.
_ONE = re.compile(r"\b(?:the|this|that|which|what)\s+(?:\w+\s+)?ones?\b(?!\s+of\b)", re.IGNORECASE)
_ABOUT = re.compile(r"^(?:(?:and )?(?:what|how) about|and|what of) (.+?)[ ?.!]*$", re.IGNORECASE)   # on _plain text


# "Is it true that …?", "Was it known whether …?": an "it" standing for the clause after it, not
# for anything said before; so is the "it" of "Who was it that …?".
_EXTRAPOSED = {"true", "false", "possible", "impossible", "likely", "unlikely", "clear", "unclear", "certain",
               "uncertain", "known", "expected", "reported", "said", "thought", "believed", "claimed", "alleged",
               "announced", "estimated", "feared", "hoped", "rumoured", "rumored", "confirmed", "denied",
               "necessary", "important", "legal", "illegal", "easy", "hard", "difficult", "right", "wrong",
               "fair", "unfair", "wise", "safe", "surprising", "obvious", "common", "rare", "normal"}
_COMPLEMENT = {"that", "whether", "if", "to", "for"}


def _expletive(words: list[str], i: int) -> bool:
    """True when ``words[i]`` (lower case) is an "it" that points forward, not back: beside a form
    of "be", then (after "not" or an adverb) a word like "true" or "known" and "that"/"whether"/
    "to"; or "… is it that"."""
    if words[i] != "it":
        return False
    prv = words[i - 1] if i > 0 else ""
    after = words[i + 1:i + 7]
    if after[:1] == ["that"] and prv in _BE:                         # "Who was it that …?"
        return True
    if prv not in _BE and after[:1] and after[0] in _BE:
        after = after[1:]                                           # "It is true that …"
    elif prv not in _BE:
        return False
    after = [w for w in after if w not in {"not", "n't", "really", "now", "still", "also", "widely", "officially"}]
    if len(after) >= 2 and after[1] == "to" and after[0].endswith(("ed", "wn", "id", "ht")):
        return False            # "When is it expected to vote?": what is expected to vote (not "Is it possible to …?")
    return len(after) >= 2 and after[0] in _EXTRAPOSED and after[1] in _COMPLEMENT


# A thing's name the question gives before "its" or "it" ("When was the River Lisk at its highest?", "the
# Harbour Bridge"; not a person's, "What did Kim Ode say it would cost?"): the word stands for it
_THING_PRONOUNS = frozenset({"it", "its"})
_NAME = rf"(?-i:[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+)*)\b"
# A thing the question names as its subject, which "its" or a later clause's "it" stands for: "When was
# (the) Lake Orm at its lowest?", "How long has the Skarvik Bridge been closed for its repairs?", "When did
# the River Lisk reach its highest level?", "When did the Harbour Bridge reopen after it was damaged?" (not
# an object: "How did the Mayor of Dunmere defend it?", "What did the BBC say about its cost?")
_NAMED_THING = re.compile(rf"\b(?:is|was|are|were|has|have|had)\s+(?:the\s+)?{_NAME}[^?]*?\bits\b"
                          rf"|\bthe\s+{_NAME}[^?]*?\bits\s+(?:\w+est|peak|height|best|worst|lowest|highest)\b"
                          rf"|\bthe\s+{_NAME}[^?]*?\b(?:after|when|because|since|before|until|once|while|if)\s+it\b",
                          re.IGNORECASE)


def _named_before(question: str, word: str) -> bool:
    """Whether ``word`` ("its", "it") stands for a thing the question names as its subject
    (``_NAMED_THING``)."""
    if word not in _THING_PRONOUNS:
        return False
    return bool(_NAMED_THING.search(question))


def _plain(text: str) -> str:
    """``text`` with whitespace runs as single spaces, stripped, cut to 1,000 characters (the rules'
    regular expressions then run in linear time)."""
    return " ".join(text.split())[:1000]


def is_follow_up(question: str) -> bool:
    """True when ``question`` needs the conversation: it has a pronoun that points back, or no
    content word of its own ("Why?", "When did that happen?"), or it is "And X?"/"What about X?"."""
    question = _plain(question)
    words = [w.lower() for w in TOKEN.findall(question)]
    if _ABOUT.match(question):
        return True
    if any((w in _PERSONAL or w in _POSSESSIVE) and not _expletive(words, i) and not _named_before(question, w)
           for i, w in enumerate(words)):
        return True
    if _ANAPHOR.search(question) or _THAT_NOUN.search(question) or _ONE.search(question):
        return True
    content = [w for w in words if is_content(w)]
    if not content or ellipsis.bare_asked(question):
        return True
    return any(_demonstrative_points_back(words, i) for i in range(len(words)))


def resolve(question: str, turns: Sequence[Turn]) -> str | None:
    """The question to search instead of ``question``, or None when it stands on its own (or there
    is nothing earlier to draw on). Uses the last turn: its question (as searched) and answer (the
    last turn answered, when the last found nothing and named nothing: "Who came second?"); an
    earlier one only for "he" when the user called every person of the last turn "she" (or the
    other way round: ``called``).

    - "And X?" / "What about X?": the previous question with X in place of what X stands for (a
      name of the same kind, the year, "before"/"after"), else X joined to it;
    - pronouns and "the company"-like phrases: the name of the kind they need (a person for "he",
      a group for "they", a thing or group for "it"), once per referent;
    - a question word alone ("Why?"): the previous question with that question word;
    - "And" and a question leaving words out ("And who lost?" after "Who won the Ashby final?"): the
      previous question with its words in their place;
    - "he"/"she" after a "Who …?" that found nothing or a place: the person it asked about ("the
      person who chaired the inquiry"); "they" after "How many divers were stranded at Skerry Holm?":
      "the divers at Skerry Holm";
    - a reference without a name of its kind ("that price", "it" after an answer that is a number):
      the previous question's topic added, so the search finds the same story;
    - "Who wrote this story?", "When was the article published?", "Who published this story?"
      (naming no subject): the question as it is, asked about the last answer's story; "Who wrote
      it?", "When was it published?", "Who published it?": those, of the last answer's story."""
    question = _plain(question)
    if not turns or not question:
        return None
    at = len(turns) - 1
    if not turns[at].source and not phrases(turns[at].searched or turns[at].question):    # "Who came second?"
        at = next((i for i in range(at, -1, -1) if turns[i].source), at)  # found and named nothing: the last answer
    prev = turns[at]
    story = _STORY_PRONOUN.match(question)
    if prev.source and story and not _WORK_ASKED.search(prev.searched or prev.question):
        # "Who wrote it?", "When was it published?": of the last answer's story (not after "Which novel …?")
        question = _ABOUT_THE_STORY[next(k for k, v in story.groupdict().items() if v)]
    if prev.source and (asks_author(question) or asks_date(question) or asks_publisher(question)) \
            and not story_subject(question):
        return question         # "When was this story published?": the last answer's story (``follows``)
    dated = _that_time(question, prev)
    if dated != question:               # "And … that year?": the year the last question named
        dated = re.sub(r"^\W*and\s+", "", dated, flags=re.IGNORECASE)
        dated = dated[:1].upper() + dated[1:]
        return resolve(dated, turns) or dated
    if not is_follow_up(question):
        return None
    refs = referents(prev)
    same = _SAME_AT.match(question)
    if same and same["verb"] and not _verb_asked(same["verb"], prev.searched or prev.question):
        same = None                     # ("And how many were released in 2025?" after "… arrested in 2024?")
    if same:                            # "And what was it in 2019?": "And in 2019?"
        return _ellipsis(prev, same.group("when"), refs)
    about = _ABOUT.match(question)
    turned = re.fullmatch(r"(before|after)\s+(?:it|this|that)", about.group(1).strip(), re.IGNORECASE) \
        if about else None
    if turned and re.search(rf"\b{'after' if turned.group(1).lower() == 'before' else 'before'}\b",
                            prev.searched or prev.question, re.IGNORECASE):
        return _ellipsis(prev, turned.group(1), refs)   # "And after it?" after "What was the rate before its rise?"
    if about and _QUESTION_START.match(about.group(1)):       # "And until when will it …?": a question
        question = about.group(1)[:1].upper() + about.group(1)[1:] + "?"
    elif about and re.search(r"\d{4}|[^\W\d_]{2,}", about.group(1)) and \
            any(is_content(w) or w.isdigit() for w in re.findall(r"\w+", about.group(1))):
        return _ellipsis(prev, about.group(1), refs)
    rewritten, unresolved = _substitute(question, prev, refs, turns[:at])
    words = [w.lower() for w in TOKEN.findall(question)]
    if rewritten is None and (not any(is_content(w) for w in words) and any(w in QUESTION_WORDS for w in words)
                              or ellipsis.bare_asked(question)):
        return ellipsis.borrow(question, prev)      # "Why?", "In which minute?"
    if unresolved:
        return ellipsis.with_topic(rewritten if rewritten is not None else question, prev)
    if rewritten is None and about:             # "And which lost most?": the rest from the previous question
        return ellipsis.parallel(question, prev)
    return rewritten


# "Who wrote it?", "When was it published?", "Who published that?": a question about the last answer's
# story, asked with a pronoun
_STORY_PRONOUN = re.compile(r"^\W*(?:(?P<author>who\s+(?:wrote|authored)\s+(?:it|this|that))"
                            r"|(?P<date>when\s+was\s+(?:it|this|that)\s+(?:published|written))"
                            r"|(?P<publisher>(?:who|which\s+(?:paper|newspaper|site|outlet))\s+(?:published|ran)"
                            r"\s+(?:it|this|that)))\W*$", re.IGNORECASE)
_ABOUT_THE_STORY = {"author": "Who wrote this story?", "date": "When was this story published?",
                    "publisher": "Who published this story?"}
# A work the last question asked about, which "it" then stands for ("Which novel won …?" / "Who wrote it?")
_WORK_ASKED = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(WORK_NOUNS))}|report|study|survey|letter|poem|books|films"
                         r"|albums|songs|novels|plays)(?![\w-])", re.IGNORECASE)


# The thing the previous question asked about, asked at another time: "And what was it in 2019?", "What is it now?",
# "And how many were there last year?" (``ellipsis.FROM_NOW``)
# ("And how much fell in 2025?", "And how many were sold in 2025?": its verb in the past alone)
_SAME_AT = re.compile(r"^\W*(?:and\s+)?(?:(?:what|how\s+(?:much|many|high|big))\s+(?:was|is|were|are|will)\s+"
                      r"(?:it|that|they|there)(?:\s+(?:be|have\s+been))?"
                      r"|how\s+(?:much|many)\s+(?:(?:was|were)\s+)?(?P<verb>[a-z]+ed|fell|rose|grew|came|went|sold|won"
                      r"|lost|spent|paid|made|took|got|left|fled|cost|sent|built|bought))\s+"
                      rf"(?P<when>(?:in|by|for|during)\s+(?:1[89]|20)\d\d|{ellipsis.FROM_NOW})\W*$", re.IGNORECASE)


# A verb in the past and its present, where they differ in more than an ending ("fell" and "falls")
_PAST_FORMS = {"fell": "fall", "rose": "rise", "grew": "grow", "came": "come", "went": "go", "sold": "sell",
               "won": "win", "lost": "lose", "spent": "spend", "paid": "pay", "made": "make", "took": "take",
               "got": "get", "left": "leave", "fled": "flee", "cost": "cost", "sent": "send", "built": "build",
               "bought": "buy"}


def _verb_asked(verb: str, question: str) -> bool:
    """Whether ``question`` asks with ``verb`` (a verb in the past), in any of its forms: "fell" in "How much rain
    falls …?", "sold" in "How many cars did Velmar sell?", "recorded" in "How many crimes were recorded …?"."""
    base = _PAST_FORMS.get(verb) or re.sub(r"(?:ied|ed|d)$", "", verb)
    stem = base[:max(3, len(base) - 1)]
    return any(w.startswith(stem) or w == verb for w in re.findall(r"[a-z]+", question.lower()))


_THAT_TIME = re.compile(r"\b(?:(?:in|during|for)\s+)?(?:that|the\s+same)\s+(?P<unit>year|season|month)\b",
                        re.IGNORECASE)
_YEAR_NAMED = re.compile(r"\b(?:FY\s?)?(?:1[89]|20)\d\d(?:[-–/](?:\d\d){1,2})?\b")     # (a business's "FY2025-26")
_MONTH_YEAR = re.compile(rf"\b(?:{MONTHS})\s+(?:1[89]|20)\d\d\b")


def _that_time(question: str, prev: Turn) -> str:
    """``question`` with "that year" ("the same season", "in that month") as the year (month) the
    previous question named: "And how many homicides were there that year?" after "How many crimes
    were recorded in 2025?" asks "… in 2025?"; as it is when it names none."""
    m = _THAT_TIME.search(question)
    if m is None or re.match(r"\s*(?:['’]s\b|as\b)", question[m.end():]) \
            or re.match(r"^\W*(?:was|is|were|will|would)\s*$", question[:m.start()], re.IGNORECASE):
        return question         # not "that season's top scorer", "the same year as Vik", "Was that year …?"
    base = prev.searched or prev.question
    when = (_MONTH_YEAR if m.group("unit").lower() == "month" else _YEAR_NAMED).search(base)
    return question if when is None else f"{question[:m.start()]}in {when.group()}{question[m.end():]}"


_ANOTHER = re.compile(r"\b(?:else|next|another|more|further)\b", re.IGNORECASE)


def avoided(question: str, turns: Sequence[Turn]) -> tuple[tuple[str, str], ...]:
    """The last answer's (seed file, sentence) when the follow-up ``question`` asks for something
    besides it ("What else did she say?", "What did he say next?", "Who else …?"): not to be
    quoted again, nor those of the turns before it that asked the same ("What did Paulette Mwangi
    say?", "What else did Paulette Mwangi say?"). None for other questions, or when the last turn
    found nothing."""
    if not turns or not turns[-1].source or not _ANOTHER.search(_plain(question)):
        return ()
    same = _without_another(turns[-1].searched or turns[-1].question)
    out = []
    for turn in reversed(turns):
        if _without_another(turn.searched or turn.question) != same:
            break
        if turn.source:
            out.append((turn.source, turn.sentence))
    return tuple(out)


def _without_another(question: str) -> str:
    """``question`` in lower case without "else", "next", "more", …: what it asks, whichever time."""
    return " ".join(w for w in re.findall(r"[\w'’-]+", question.lower()) if not _ANOTHER.fullmatch(w))


_CLAUSES = re.compile(r"[,;:]|\b(?:while|whereas|but|although)\b")


def repeated(question: str, turns: Sequence[Turn]) -> tuple[tuple[str, str, str], ...]:
    """The last answer's (seed file, sentence, quote) when ``question`` is "And X?" / "What about
    X?": it asks the same of something else, so that quote is no answer to it ("And Okonkwo?"
    after "31" for "How old is Tomas Reyhill?"; the same sentence may still answer with another
    span). None for other questions, when the last turn found nothing, and when the clause of the
    sentence that gave the answer also names X, X not being that answer ("Ann Lee directed both
    Harbourlight and Northwind Nights": "And Northwind Nights?" may have the same answer; "And
    Leeds?" after "Leeds" for "Who did Hull beat?" may not)."""
    about = _ABOUT.match(_plain(question))
    last = turns[-1] if turns else None
    if last is None or not last.source or not last.answer or about is None:
        return ()
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", about.group(1)) if is_content(w)}
    said = re.compile(rf"(?<!\w){re.escape(last.answer)}(?!\w)")
    clause = next((c for c in _CLAUSES.split(last.sentence) if said.search(c)), "")
    answer = {w.lower() for w in re.findall(r"[\w'’-]+", last.answer)}
    if asked and not asked <= answer and asked <= {w.lower() for w in re.findall(r"[\w'’-]+", clause)}:
        return ()           # "Ann Lee directed both Harbourlight and Northwind Nights": hers as well
    return ((last.source, last.sentence, last.answer),)


_MOST_STORY_WORDS = 6


def _with_endings(word: str) -> re.Pattern[str]:
    """``word`` as itself or with an ending ("flood" in "flooding", "protest" in "Protesters", "vote" in
    "voting"), not as the start of another word ("case" not in "caseworker"); a plural asked as its singular."""
    stem = word[:-1] if len(word) > 3 and word.endswith("s") else word
    stem = stem[:-1] if len(stem) > 3 and stem.endswith("e") else stem
    return re.compile(rf"(?<![\w'’-]){re.escape(stem)}(?:e|es|s|['’]s|e?d|ing|e?rs?)?(?![\w-])")


def stays_on(question: str, turns: Sequence[Turn], story: Callable[[str], str]) -> tuple[str, ...]:
    """The seed file of the last answer when ``question`` names nothing (no name, no figure: "What
    was the turnout?", "How many homes were flooded?") and that story (``story``: a seed file's
    text) holds every word of it, or all but one when it holds the noun the question puts "the"
    before ("Who led the study?", the story saying "headed"): the question is asked as typed, its answer from that story
    preferred (``qa.read.decide``'s ``about``), not from another story that also has a turnout;
    () otherwise."""
    prev = turns[-1] if turns else None
    if prev is None or not prev.source or phrases(question) or re.search(r"\d", question):
        return ()
    words = [w.lower() for w in TOKEN.findall(question) if is_content(w)]
    if not 1 <= len(words) <= _MOST_STORY_WORDS:
        return ()
    try:
        text = story(prev.source).lower()
    except (KeyError, OSError, ValueError):        # the story is gone from the index
        return ()
    held = [w for w in words if _with_endings(w).search(text)]
    # ("Which judge decided the case?" after a tribunal's award: "the case" is that story's, which says
    # "ruled", not "decided")
    definite = {m.lower() for m in re.findall(r"\bthe\s+([\w'’-]+)", question, re.IGNORECASE)}
    told = len(held) == len(words) or (len(held) >= len(words) - 1 and definite & set(held))
    return (prev.source,) if told else ()


def follows(turns: Sequence[Turn]) -> tuple[str, ...]:
    """The seed file a follow-up to the last turn is about: the article its answer was quoted from,
    or when it found nothing the last answer's ("When was it published?" found no date line: "Who
    wrote it?" is still about that story); none before any answer. A follow-up's answer from that
    article is on topic (``qa.read.decide.decide``'s ``about``): the user is asking about the story
    in front of them; so are the other versions of that story the answer named (a copy of a page
    with a line more is searched once, as whichever ranks first)."""
    return next(((turn.source, *turn.versions) for turn in reversed(turns) if turn.source), ())


def follows_story(turns: Sequence[Turn]) -> tuple[str, int]:
    """(seed file, offset) of the last answer's story (``follows``' first file, where in its text the answer is):
    in a file of several stories, the story a follow-up about "this story" is about; ("", -1) before any answer."""
    return next(((turn.source, turn.start) for turn in reversed(turns) if turn.source), ("", -1))


def _pick(refs: list[Referent], kinds: tuple[str, ...], plural_first: bool = False, prefer: str = "",
          plural_only: bool = False) -> Referent | None:
    """The referent of one of ``kinds`` a reference most likely means: with ``prefer`` ("question"
    or "answer"), the first of that turn part's (plural ones first with ``plural_first``; only
    groups, places and plural things with ``plural_only``); else by ``kinds`` order, strongly typed
    ones first, then answer before question before sentence."""
    allowed = [r for r in refs if r.kind in kinds]
    preferred = sorted((r for r in allowed if r.where == prefer and (not plural_only or r.kind != THING or r.plural)),
                       key=lambda r: plural_first and not r.plural)
    if preferred:
        return preferred[0]
    return min(allowed, default=None,
               key=lambda r: (plural_first and not r.plural, kinds.index(r.kind), not r.strong, PARTS.index(r.where)))


def called(turn: Turn, pronouns: set[str]) -> set[str]:
    """The people ``turn`` shows the user calls by ``pronouns`` (``_HE`` or ``_SHE``): the names its
    rewriting put in place of one of them ("What did she say about him?" searched as "What did
    Ilse Brandt say about him?": Ilse Brandt is "she")."""
    typed = [m.group(0) for m in re.finditer(r"[\w'’-]+", turn.question)]
    searched = [m.group(0) for m in re.finditer(r"[\w'’-]+", turn.searched or "")]
    out = set()
    for op, a, b, c, d in difflib.SequenceMatcher(a=[w.lower() for w in typed], b=[w.lower() for w in searched],
                                                 autojunk=False).get_opcodes():
        if op == "replace" and b - a == 1 and typed[a].lower() in pronouns:
            out.add(re.sub(r"['’]s?$", "", " ".join(searched[c:d])))
    return out


def _demonstrative_points_back(words: list[str], i: int) -> bool:
    """True for a "this/that/there" that stands for something said before: at the end of the
    question, or in a question with no content word (not "is there", not "said that ...")."""
    w = words[i]
    if w not in _DEMONSTRATIVE and w != "there":
        return False
    nxt = words[i + 1] if i + 1 < len(words) else "?"
    prv = words[i - 1] if i > 0 else ""
    if w == "there" and (prv in _BE or nxt in _BE):
        return False
    if not nxt[:1].isalnum():
        return True
    return not any(is_content(x) for x in words)


# What follows a question's verb and its object: "… say about the strike", "… pay for"
_LINKS = frozenset("""in on at to for from with by about of over after before during into than as the a an
    this that these those last next""".split())
_PARTICLES = frozenset("up down out off away back over".split())


def _compound(rest: str) -> bool:
    """Whether ``rest``, what follows "the union" in a question, makes it a noun's modifier: a word,
    then the question's verb in lower case, last or before a preposition ("secretary say?", "money
    pay for?"); not a verb and its particle or object ("split up?", "buy Kestrel?", "pay its staff?")."""
    after = [w for w in TOKEN.findall(rest) if w[:1].isalnum()]
    if len(after) < 2 or not is_content(after[0]) or after[0].lower() in _PARTICLES:
        return False
    verb = after[1]
    return verb.islower() and verb not in _PARTICLES and verb not in _LINKS \
        and (len(after) == 2 or after[2].lower() in _LINKS)


# A person's group, after a question asking who holds a post in one ("Who is the chief executive of Norrland Wind?" /
# "How many people does her company employ?")
_OWN_GROUP = re.compile(r"\b(?i:his|her)\s+(?P<noun>[a-z][\w-]*)\b")
# (the posts that head a group: not a mayor's, a minister's, an MP's)
_HEADS = ("chief executive|executive|chairman|chairwoman|chair|director|head|leader|president|founder|owner|boss|ceo"
          "|secretary|general secretary|manager|coach|captain|governor|editor")


def _substitute(question: str, prev: Turn, refs: list[Referent], earlier: Sequence[Turn] = ()
                ) -> tuple[str | None, bool]:
    """(``question`` with its pronouns and "the company"-like phrases replaced by the names they
    stand for, or None when nothing was replaced; whether a reference was left without a name).
    ``earlier``: the turns before ``prev``, where "he" may find his name when every person of
    ``prev`` is one the user called "she" (and the other way round)."""
    spans = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(question)]
    words = [sp[2].lower() for sp in spans]
    edits: list[tuple[int, int, str]] = []
    used: set[str] = set()          # one substitution per referent
    unresolved = False
    own_group = _OWN_GROUP.search(question)
    before = prev.searched or prev.question
    noun = own_group.group("noun").lower() if own_group else ""
    asked_who = noun in GROUP_NOUNS and re.match(r"\W*who\b", before, re.IGNORECASE)
    # (a name after the "of" of a post heading a group, or before the noun: "the chief executive of Norrland Wind",
    # "the Sorvenna First party"; not "the port of Dunmaas", nor "the mayor of Dunmaas")
    named = {r.text for r in refs if r.where == "question" and not (r.kind == PERSON and r.strong) and r.kind != PLACE
             and re.search(rf"\b(?:{_HEADS})\s+of\s+(?:the\s+)?{re.escape(r.text)}\b|\b{re.escape(r.text)}\s+{noun}\b",
                           before, re.IGNORECASE)} if asked_who else set()
    if len(named) == 1:
        group = named.pop()         # "her company": the one the question asked who led (a name of any shape)
        edits.append((own_group.start(), own_group.end(), group))
        used.add(group)
    for i, (a, b, _) in enumerate(spans):
        w = words[i]
        if any(x <= a < y for x, y, _ in edits):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else "?"
        ref: Referent | None = None
        possessive = False
        if w in _PERSON:
            other = called(prev, _HE if w in _SHE else _SHE)      # "he" is not whom the user called "she",
            titled = _NOT_HE if w in _HE else _NOT_SHE                # nor a "Ms"
            other |= {r.text for r in refs if r.text.split()[0].lower().rstrip(".") in titled}
            asked = _asked_person(prev, refs)         # "Darren Vale's partner", not the place answered
            ref = Referent(asked, PERSON) if asked else _pick([r for r in refs if r.text not in other], (PERSON,))
            possessive = w in {"his", "hers"} or (w == "her" and is_content(nxt) and nxt not in AUXILIARIES)
            who = person(prev)
            other |= {r.text for r in refs if r.kind in (PLACE, GROUP)}     # "Cragg Moor" is no one
            if ref is None and who and who not in other and who.split()[0].lower().rstrip(".") not in titled:
                ref = Referent(who, PERSON)
            for turn in reversed(earlier) if ref is None and other else ():     # all excluded: a turn before's
                ref = _pick([r for r in referents(turn) if r.text not in other
                             and r.text.split()[0].lower().rstrip(".") not in titled], (PERSON,))
                if ref is not None:
                    break
        elif _expletive(words, i):
            continue
        elif w in {"it", "its", "they", "them", "their", "theirs"}:
            # What the last answer named is what the conversation is about now; an answer that is no
            # name (a figure, "anti-aircraft missiles") leaves it with what the question named.
            # As a subject ("Why did it …?") a pronoun mostly means what the last question named,
            # unless the last answer named something (then the conversation is about that now); as
            # an object ("How many of them …?"), what the answer was.
            focus = any(r.where == "answer" and re.search(rf"\b[{CAPITALS}]", r.text) for r in refs)
            prv = words[i - 1] if i > 0 else ""
            first = w in {"it", "they"} and (i == 0 or prv in AUXILIARIES or prv in QUESTION_WORDS) and not focus
            prefer = "question" if first else "answer"
            placed = any(r.where == "answer" and r.kind == PLACE for r in refs)
            if w == "it" and _EVENT_VERB.match(question, b) and (event := _event_asked(prev)):
                ref = Referent(event, THING)    # "How long did it last?" after a strike by Skarvik Air pilots: the
                # strike, not the airline
            elif w in {"it", "its"} and placed and (thing := _thing_asked(prev)):
                ref = Referent(thing, THING)    # "Where was the Viking ship found?" / "When was it built?": the
                # ship (a place answered is "there")
            elif w in {"it", "its"}:
                ref = _pick(refs, (THING, GROUP, PLACE), prefer=prefer)
                if (ref is None or ref.where == "question") and (thing := _identified_thing(prev)):
                    ref = Referent(thing, THING)    # "Which brooch was stolen …?" / "Sea King": "the Sea King brooch"
                if ref is not None and ref.where == "question" and (np := _named_thing(prev, ref.text)
                                                                     or _object_asked(prev, ref.text)
                                                                     or _object_after_modifier(prev, ref)):
                    ref = Referent(np, ref.kind, ref.plural, ref.where, ref.strong)     # "the Saltmarsh footbridge"
                if ref is None and (thing := _thing_asked(prev)):
                    ref = Referent(thing, THING)
                for turn in earlier[-1:] if ref is None else ():    # the turn before, when the last named
                    ref = _pick(referents(turn), (THING, GROUP, PLACE))     # no thing ("What did she say?")
            else:                                   # "they": a group, or a country's team, or those counted
                # (those counted as a name's things only as things: "How many of them …?", "How much will they
                # cost?"; "Who did they beat?", "Who knocked them out?" after "How many goals did Hartsby score?" are
                # Hartsby)
                things = w == "them" and prv == "of" or bool(_THINGS_DO.match(question, b))
                counted = None if any(r.where == "answer" for r in refs) else _counted(prev, w != "their", things)
                collective = next((r for r in refs if r.where == "answer"
                                   and r.text.split()[-1].lower() in GROUP_NOUNS | {"family"}), None)
                ref = Referent(counted, GROUP, True, "question") if counted else collective or \
                    _pick(refs, (GROUP, PLACE, THING), plural_first=True, prefer=prefer, plural_only=True)
                if ref is not None and ref.where == "question" and (np := _named_thing(prev, ref.text, plural=True)):
                    ref = Referent(np, ref.kind, True, ref.where, ref.strong)       # "the Ashwell repairs"
            possessive = w in {"its", "their", "theirs"}
        elif not nxt[:1].isalnum() and _demonstrative_points_back(words, i):
            name = answer_phrase(prev)          # only a name: "Who is that?" → "Who is Shin Won-sik?"
            if i > 0 and words[i - 1] in _DO:
                continue                         # "Why did they do that?": an action, not a name
            if not name:                         # "How far is that?" after a date: the last topic
                unresolved = True
                continue
            place = _pick(refs, (PLACE,), prefer="answer") if w == "there" else None
            if w == "there" and place is None and not re.search(rf"[{CAPITALS}]", name):
                unresolved = True               # "there" after "Thirty-seven": no place
                continue
            ref = Referent(f"in {place.text if place else name}", PLACE) if w == "there" else Referent(name, THING)
        else:
            continue
        if ref is None:
            unresolved = True
            continue
        if ref.text in used:
            continue
        used.add(ref.text)
        edits.append((a, b, _possessive(ref.text) if possessive else ref.text))
    for m in _ANAPHOR.finditer(question):
        # "the operator" points back at a name of its kind ("Bluewake Ferries"; not "the prize" at the
        # answer "chief executive"), or with none at the last topic, unless the question says more of
        # its own ("What budget did the council set?", "How many ferries has the company ordered?": the
        # last topic would send its search to another story) or the noun names another ("What did the
        # union secretary say?": ``_compound``)
        noun = m.group("noun").lower()
        if not m.group("pos") and re.match(r"\s+of\b", question[m.end():]):
            continue            # "the title of his memoir": the noun said of what follows, no referent
        ref = _pick(refs, (GROUP,) if noun in GROUP_NOUNS else (PLACE,) if noun in PLACE_NOUNS else (THING, GROUP))
        if ref is not None and not re.search(rf"[{CAPITALS}]", ref.text):   # a name ("easyJet"), not "chief executive"
            ref = None
        if ref is None or ref.text in used or any(a < m.end() and m.start() < b for a, b, _ in edits):
            own = [w for w in words if is_content(w) and w != noun]
            modifier = not m.group("pos") and _compound(question[m.end():])   # "the union secretary say?"
            unresolved = unresolved or (ref is None and not modifier and len(own) <= 1)
            continue
        used.add(ref.text)
        edits.append((m.start(), m.end(), _possessive(ref.text) if m.group("pos") else ref.text))
    if _THAT_NOUN.search(question) or _ONE.search(question):
        unresolved = True
    if not edits:
        return None, unresolved
    out, last = [], 0
    for a, b, text in sorted(edits):
        out += [question[last:a], text]
        last = b
    return "".join(out + [question[last:]]), unresolved


# "How much will the sea wall cost?", "How long is the new bridge?", "When was the bridge opened?":
# the thing a question asks about, a definite noun phrase after its auxiliary and before its last
# word when that is a verb (after "will", "did", …, "will … be finished"; a participle after "is", "was", …).
_NOUN_PHRASE = r"(the\s+(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)"      # ("the Viking ship", "the Harbour Bridge")
# Participles not ending in -ed or -en: "Where was the ship found?" asks about "the ship"
# (none that is also a noun ending a thing's name: "the pay cut", "the winning bid", "the home run")
_IRREGULAR = ("found|built|held|made|won|sold|shut|put|paid|bought|brought|caught|told|kept|left|lost|met|sent"
              "|spent|struck|laid|led|dug|fought|sunk|begun|done|seen|known|shown|grown|thrown|drawn|flown|born")
_THING_ASKED = [re.compile(rf"\b(?:{'|'.join(sorted(AUXILIARIES - _BE))})\s+{_NOUN_PHRASE}(?:\s+(?:be|have\s+been))?"
                           r"\s+[a-z]+\s*\?*$"),
                re.compile(rf"\b(?:{'|'.join(sorted(_BE))})\s+{_NOUN_PHRASE}(?:\s+(?:[a-z]+(?:ed|en)|{_IRREGULAR}))?"
                           r"\s*\?*$")]


# What only an event does: "How long did it last?", "When will it start?", "Where was it held?"
_EVENT_VERB = re.compile(r"\s+(?:lasts?|lasted|begins?|began|starts?|started|ends?|ended|finish(?:es|ed)?"
                         r"|happen(?:s|ed)?|takes?\s+place|took\s+place|held|resumes?|resumed|called\s+off|cancell?ed"
                         r"|canceled|postponed|suspended|go\s+ahead|went\s+ahead)\b")
# Nouns of events: what "it" of those verbs stands for when the last question named one
_EVENTS = frozenset("""strike walkout stoppage protest march rally match game final race trial hearing inquiry inquest
    festival concert tour exhibition show storm flood outage closure talks meeting summit conference election
    referendum ballot campaign shutdown blockade heatwave drought fire blaze wildfire lockdown investigation
    consultation roadworks repairs works ceasefire war dispute auction ceremony parade event season sale siege
    boycott occupation evacuation tournament marathon derby""".split())
_NOT_IN_NAME = r"(?!(?:the|a|an|to|on|in|of|and|or|for|with|{aux})\b)"
_EVENT_NAMED = re.compile(rf"\bthe\s+(?:{_NOT_IN_NAME.format(aux='|'.join(sorted(AUXILIARIES)))}[\w'’-]+\s+){{0,4}}?"
                          rf"(?i:{'|'.join(sorted(_EVENTS))})\b(?:\s+(?:by|of|at|in|over|against)\s+(?:the\s+)?"
                          rf"[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*)*(?:\s+[a-z]+s\b)?)?")
# "Why did Skarvik Air pilots go on strike?": those who struck
_WENT_ON_STRIKE = re.compile(rf"\b(?:{'|'.join(sorted(AUXILIARIES))})\s+(.+?)\s+(?:go|went|gone|going)\s+on\s+strike\b")


def _event_asked(prev: Turn) -> str | None:
    """The event the previous question named, as a noun phrase ("the Skarvik Air pilots' strike",
    "the strike by Skarvik Air pilots", "the 2025 Tour of Velmora"; "the strike by Skarvik Air pilots"
    for "Why did Skarvik Air pilots go on strike?"): what "it" of "How long did it last?" means. None
    when it named no event."""
    question = (prev.searched or prev.question).strip()
    m = _EVENT_NAMED.search(question)
    if m is not None:
        return m.group(0)
    m = _WENT_ON_STRIKE.search(question)
    if m is not None:
        return f"the strike by {m.group(1)}"
    return None


# "Which gold brooch was stolen …?", "What gust was measured …?": a question asking which thing of a kind (its noun
# written in lower case, one to three words, before the verb)
_WHICH_THING = re.compile(r"^\W*(?i:which|what)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+"
                          r"(?i:(?:is|was|has\s+been|had\s+been)\s+(?!(?:the|a|an|this|that|its|his|her|their)\b)"
                          r"|(?:did|does|has|had|will|would|could|can)\b)")
# (not "What colour is the new footbridge?": a thing's quality asked, the thing named after the verb)
# Nouns such a question asks a measure, a time or a kind with, no thing "it" then means: "What time was …?"
_NOT_THINGS = frozenset("""time year day date month week hour age kind type sort percentage proportion share number
    amount figure price cost rate level size height length depth width distance weight score result reason way
    role job post position title name verdict sentence fine penalty charge offence message word rating grade status
    ranking rank mark colour color language shape material breed make model brand flavour style genre nationality
    religion""".split())


def _identified_thing(prev: Turn) -> str | None:
    """The thing the previous question asked to be named and its answer named ("the Sea King brooch" after "Which gold
    brooch was stolen from the museum?" / "Sea King"; "the 158km/h gust" after "What gust was measured at the
    lighthouse?"): what "it" means next, not a name the question gave ("the museum"). None when the noun is a person's,
    a group's or a place's, a plural or a measure (``_NOT_THINGS``: "What time was …?", "What rating …?"), or with
    no short answer."""
    m = _WHICH_THING.match((prev.searched or prev.question).strip())
    answer = re.sub(r"^(?i:a|an|about|around|some|nearly|almost|over|up\s+to)\s+", "", prev.answer.strip().rstrip("."))
    # (as quoted, but its article or qualifier: "Harbour at Dusk", "158km/h" of "about 158km/h")
    if m is None or not answer or len(answer.split()) > 6:
        return None
    noun = m.group("noun").lower()
    if noun in ROLE_WORDS | GROUP_NOUNS | PLACE_NOUNS | _NOT_THINGS or ellipsis.plural_word(noun) \
            or not is_content(noun) \
            or is_measure(noun):        # "What profit did the port authority make?" asks a sum, not a thing
        return None
    named = answer if answer.lower().endswith(noun) else f"{answer} {noun}"
    return named if re.match(r"(?i:the)\s", named) else f"the {named}"


# "Who presented the 2025 budget?", "Who designed the new bridge?": the thing a person asked for did something to
_DONE_TO = re.compile(rf"^\W*(?i:who)\s+(?:[a-z]+(?:ed|en)|{_IRREGULAR})\s+(the\s+(?:[\w'’-]+\s+){{0,3}}?"
                      r"[A-Za-z][\w-]*)\s*\?*$")


def _thing_asked(prev: Turn) -> str | None:
    """The thing the previous question asks about when it names it with a common noun ("the sea
    wall" in "How much will the sea wall cost?", "the 2025 budget" in "Who presented the 2025 budget?"):
    what "it" means when no name does; None for a plural ("the new rules") or when there is no such
    phrase."""
    question = (prev.searched or prev.question).strip()
    m = next(filter(None, (p.search(question) for p in (*_THING_ASKED, _DONE_TO))), None)
    if m is None or m.group(1).endswith("s") or not is_content(m.group(1).split()[-1]):
        return None
    return m.group(1)


# Words that end a question as a verb's companions, never as its verb ("close early", "open again")
_NOT_VERBS = frozenset("early late again today tomorrow tonight yesterday overnight soon now then once twice down up "
                       "out off back away there here home abroad together first last next yet ago before after instead "
                       "too also at all for into to from with on in about over under through against".split())


def _named_thing(prev: Turn, name: str, plural: bool = False) -> str | None:
    """The previous question's noun phrase around ``name`` when the name only says which one
    ("the Saltmarsh footbridge", "the Kessvik agreement" in "When was the Kessvik agreement
    signed?", "the Elmsport bridge" in "When does the Elmsport bridge close?", "the new Dunraith
    bridge" in "How much did the new Dunraith bridge cost?", "the Ostrel cable car" in "How much will
    the Ostrel cable car cost?"): what "it"
    means there, not the name alone (with ``plural``, what "they" means: "the Ashwell repairs" in
    "How long will the Ashwell repairs take?"). Before a plural noun the thing's noun is what "it"
    means and the two what "they" mean ("the Ashwell footbridge" and "the Ashwell footbridge repairs"
    in "How much will the Ashwell footbridge repairs cost?"). None otherwise."""
    question = (prev.searched or prev.question).strip()
    noun = r"\s+[a-z][\w-]*"     # one word: a longer run may hold the verb ("the Elmsport bridge close early")
    the = r"the\s+(?:[a-z][\w-]*\s+){0,2}?"       # "the new Dunraith bridge": words before the name too
    auxiliary = rf"\b(?:{'|'.join(sorted(AUXILIARIES - _BE))})\s+"
    m = re.search(rf"{auxiliary}({the}{re.escape(name)}{noun})"          # after "will", …: its verb last
                  r"(?:\s+(?P<owned>[a-z][\w-]*[^\Wsu]s))?\s+[a-z]+\s*[?.!]*$", question)
    m = m or re.search(rf"\b({the}{re.escape(name)}{noun})(?=\s*[?.!]*$|\s+[a-z]+(?:ed|en)\s*[?.!]*$)", question)
    # two nouns ("the Ostrel cable car" in "How much will the Ostrel cable car cost?") when the last word
    # left can be the verb ("early" in "When does the Elmsport bridge close early?" cannot)
    two = re.search(rf"{auxiliary}({the}{re.escape(name)}{noun}{noun})\s+(?P<verb>[a-z]+)\s*[?.!]*$", question)
    if m is None and two and two["verb"] not in _NOT_VERBS and not two["verb"].endswith("ly") \
            and two.group(1).split()[-1] not in ROLE_WORDS:         # "the Orsk museum director" is no thing
        m = two
    # with ``plural``, up to three nouns, the last plural, before the verb and what follows it ("the Velstad Zoo
    # snow leopard cubs" in "What did the Velstad Zoo snow leopard cubs weigh at birth?")
    between = (r"\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|two|three|four|five)\b)"
               r"[a-z][\w-]*")
    many = re.search(rf"{auxiliary}({the}{re.escape(name)}(?:{between}){{0,2}}\s+[a-z][\w-]*[^\Wsu]s)"
                     r"\s+(?P<verb>[a-z]+)"
                     r"(?=\s*[?.!]*$|\s+(?:at|in|on|by|for|from|during|after|before|since|to|now|today)\b)",
                     question) if plural and m is None else None
    if many and many["verb"] not in _NOT_VERBS and many["verb"] not in AUXILIARIES \
            and many.group(1).split()[-1] not in ROLE_WORDS:
        m = many
    if m is None:
        return None
    owned = m.groupdict().get("owned")      # "repairs" of "the Ashwell footbridge repairs"
    phrase = f"{m.group(1)} {owned}" if owned and plural else m.group(1)
    last = phrase.split()[-1]
    if not is_content(last) or last in AUXILIARIES or last.endswith("s") != plural \
            or re.fullmatch(_IRREGULAR, last):      # "When was the Oskel Hoard found?": "found" is no noun
        return None
    return phrase


# "Who scored the penalty for Brackenford?": the thing a question asks about, the definite noun phrase
# right after its verb, before a preposition and a name that only says whose or where
_OBJECT_ASKED = re.compile(r"^(?:who|what|which\s+\w+)\s+([a-z]+)\s+(the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                           r"(?:for|in|at|from|against|on|by|with|near)\s+", re.IGNORECASE)


def _object_asked(prev: Turn, name: str) -> str | None:
    """The noun phrase the previous question asked about when ``name`` only comes after it in a
    phrase with a preposition ("the penalty" in "Who scored the penalty for Brackenford?"): what
    "it" means there, not the name ("When did he score it?"); None otherwise."""
    question = (prev.searched or prev.question).strip()
    m = _OBJECT_ASKED.match(question)
    if m is None or not question[m.end():].startswith(name) or m.group(2).endswith("s") \
            or m.group(1).lower() in AUXILIARIES | _BE:          # "What is the capital of …": its own, not a thing's
        return None
    head = m.group(2).split()[-1]
    if not is_content(head) or head in AUXILIARIES or head in QUESTION_WORDS:
        return None
    return m.group(2)


# "How many Ostrel councillors voted for the cable car?": the thing the question ends on, after a preposition
_LAST_OBJECT = re.compile(r"\b(?:for|against|on|about|over|into|to|with)\s+(the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                          r"\s*[?.!]*$")


def _object_after_modifier(prev: Turn, ref: Referent) -> str | None:
    """The thing the previous question ends on ("the cable car" of "How many Ostrel councillors voted
    for the cable car?") when the name "it" would otherwise mean only said whose were the ones it
    counted or asked about ("How many Ostrel councillors", "Which Ostrel firms"); None otherwise."""
    question = (prev.searched or prev.question).strip()
    if ref.kind == PERSON or not re.match(rf"\W*(?:how\s+many|how\s+much|which|what)\s+{re.escape(ref.text)}\s+[a-z]",
                                          question, re.IGNORECASE):
        return None
    m = _LAST_OBJECT.search(question)
    if m is None or m.group(1).endswith("s") or not is_content(m.group(1).split()[-1]) or ref.text in m.group(1):
        return None
    return m.group(1)


# "Who is Darren Vale's partner?" (a description: a noun phrase with a common noun in it), "Who led the study?"
_WHO_ASKED = re.compile(r"^who\s+(?:(?P<be>is|was|are|were)\s+)?(?P<rest>.+?)[\s?.!]*$", re.IGNORECASE)
_DESCRIPTION_OPENS = re.compile(rf"(?:the|a|an|[{CAPITALS}][\w'’.-]*)\b")


def _asked_person(prev: Turn, refs: list[Referent]) -> str | None:
    """Whom "she"/"he" means after a "Who …?" that found nothing or quoted a name of no person nor
    group (a place, by mistake): the person that question described ("Darren Vale's partner" for
    "Who is Darren Vale's partner?", before the name inside it), or when it named no person at all,
    "the person who" did what it asked ("the person who led the walking study"); None otherwise
    (an answer too long to be a name leaves the person to its sentence)."""
    answer = next((r for r in refs if r.where == "answer"), None)
    if prev.source and (answer is None or answer.kind in (PERSON, GROUP)):
        return None
    m = _WHO_ASKED.match((prev.searched or prev.question).strip())
    if m is None:
        return None
    rest = m.group("rest")
    if re.match(r"(?:did|does|do|will|would|can|could|should|shall|may|might|must|has|have|had)\b", rest, re.I):
        return None             # "Who did the council appoint?": "who" is the object; no "person who …"
    if m.group("be") and _DESCRIPTION_OPENS.match(rest) and any(w.islower() and is_content(w) for w in rest.split()):
        return rest
    if any(r.kind == PERSON for r in refs):
        return None             # "Who interviewed Ada Lee?": she is Ada Lee
    return f"the person who {m.group('be') + ' ' if m.group('be') else ''}{rest}"


# "How many divers were stranded at Skerry Holm?": a plural noun counted as the subject of its verb
# (not "How many goals did Hull score?": Hull is that verb's subject)
_COUNTED = re.compile(rf"^(?i:how\s+many)\s+(?P<owner>[{CAPITALS}][\w'’-]*\s+)?"
                      r"(?P<noun>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^\Wsu]s)\s+"
                      r"(?!(?:did|does|do|will|would|can|could|should|may|might|must|shall|of)\b)"
                      rf"(?!(?:have|has|had|are|were|is|was)\s+(?:[{CAPITALS}]|(?:the|they|he|she|it|we|you)\b))[a-z]")


# "How many operating theatres does Kastrel University Hospital have?": things counted as what a name has
# ("How many additional ambulance crews will Relvandia fund from 1 April?": things counted as what a name does)
_COUNTED_OWNED = re.compile(rf"^(?i:how\s+many)\s+(?P<noun>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*[^\Wsu]s)\s+"
                            r"(?P<aux>does|did|do|will|would|can)\s+(?:the\s+)?"
                            rf"(?P<owner>[{CAPITALS}][\w'’-]*(?:\s+(?:of\s+)?[{CAPITALS}][\w'’-]*)*)\s+"
                            r"(?:(?P<has>have|own|run|operate|employ|keep|hold)\b|(?P<verb>[a-z]+\b.*?)\s*\??$)")


# What only things do, after "they": "How much will they cost?", "… they were built …"
_THINGS_DO = re.compile(r"\s+(?:(?:will|would|did|do)\s+)?(?:cost|costs|be\s+[a-z]+ed|been\s+[a-z]+ed)\b"
                        r"|\s+(?:were|are|have\s+been)\s+[a-z]+ed\b")


def _counted(prev: Turn, with_preposition: bool = True, things: bool = False) -> str | None:
    """What "they" means after a "How many …?" that counted people or things as its verb's subject
    and named where or whose: "the divers at Skerry Holm" for "How many divers were stranded at Skerry
    Holm?" ("the Skerry Holm divers" without ``with_preposition``, to be made possessive),
    "the Northwind workers" for "How many Northwind workers were laid off?", "the foreign tourists that
    visited Varrowmark" for "How many foreign tourists visited Varrowmark?", "Kastrel Hospital's operating
    theatres" for "How many operating theatres does Kastrel Hospital have?" (with ``things``: "they" as things,
    "How many of them …?", "How much will they cost?"); None when the question
    is no such count or names nothing (then the previous topic is added instead)."""
    question = (prev.searched or prev.question).strip()
    owned = _COUNTED_OWNED.match(question) if things else None
    if owned:                           # "Kastrel University Hospital's operating theatres"
        owner, noun = owned.group("owner"), owned.group("noun")
        if owned.group("verb") and with_preposition:    # "the additional ambulance crews Relvandia will fund …"
            return f"the {noun} {owner} {owned.group('aux')} {owned.group('verb')}"
        return f"{_possessive(owner)} {noun}" if with_preposition else f"the {owner} {noun}"
    m = _COUNTED.match(question)
    if m is None:
        return None
    noun = m.group("noun")
    if m.group("owner"):
        return f"the {m.group('owner').strip()} {noun}"
    names = [(n, a) for n, a, _ in named_spans(question) if a > m.end("noun")]
    for name, at in names:
        prep = re.search(r"\b(in|at|on|near|from)\s+(?:the\s+)?$", question[:at])
        if prep:
            return f"the {noun} {question[prep.start():at + len(name)]}" if with_preposition else f"the {name} {noun}"
    done = re.match(r"\s+([a-z]+ed)\s+(?:the\s+)?$", question[m.end("noun"):names[0][1]]) if names else None
    if done:                            # "the foreign tourists that visited Varrowmark in 2025"
        rest = question[m.end("noun"):].strip().rstrip("?.! ")
        return f"the {noun} that {rest}" if with_preposition else f"the {names[0][0]} {noun}"
    return None


def _ellipsis(prev: Turn, rest: str, refs: list[Referent]) -> str:
    """"And X?": X (``rest``) with its pronouns resolved ("And its pre-tax profit?": "Northwind's
    pre-tax profit"), put in the previous question (``ellipsis.rewrite``)."""
    x = rest.strip().rstrip("?.! ")
    # ("And across the country?" names no place asked about before: the whole country)
    x_sub, _ = _substitute(x, prev, refs) if not ellipsis.wider_place(x) else (None, None)
    x = x if x_sub is None else x_sub
    return ellipsis.rewrite(prev, x, refs)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")
