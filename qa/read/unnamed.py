"""What the articles say they do not give. A name: "The man, in his 70s, has not yet been named." For
"Who died?" or "What is the name of the missing crew member?", a description quoted from such a
story ("a 28-year-old deckhand") is no answer, and the reply says the name has not been made public.
Anything else asked: "The cost of a full metre has not been published." next to the cost of half a
metre is no answer to what a full metre would cost (``untold``). Surface patterns only."""

from __future__ import annotations

import re

from qa.encode.words import STOPWORDS, tokenize
from qa.index.loaded import Index
from qa.read.asked import asked_words
from qa.read.pipeline import Deliberation
from qa.read.speakers import names_someone

NOT_NAMED = "The passages read say the name has not been made public."

# "has not (yet) been named", "is yet to be identified", "cannot be named for legal reasons",
# "police declined to name him", "an unnamed man"
_NOT_NAMED = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+)"
                        r"(?:named|identified|formally\s+identified)\b|\bcannot\s+(?:be\s+)?(?:named|identified)\b"
                        r"|\b(?:declined|refused)\s+to\s+(?:name|identify)\b|\bunnamed\b"
                        r"|\bname\s+(?:has|had|was|is)\s+not\s+(?:been\s+)?(?:released|given|made\s+public)\b",
                        re.IGNORECASE)


def says_unnamed(text: str) -> bool:
    """Whether ``text`` says someone's name is not given ("He has not yet been named.")."""
    return bool(_NOT_NAMED.search(text))


def unnamed(index: Index, d: Deliberation, j: int, start: int, end: int) -> bool:
    """Whether the j-th sentence read quotes no one's name (``sentence[start:end]`` holds no
    capitalised word the question lacks) and it, or the sentence after it in its article, says
    the name of whom the question asks about is not given: the words before "has not been named"
    (after "unnamed") share a word with the question ("The missing crew member … has not been
    named" for "Who is the missing crew member?"; not "The man … has not yet been named" for "Who
    found the body?")."""
    sentence = d.evidence.texts[int(d.picked[j])]
    asked = asked_words(d.searched)
    if names_someone(sentence[start:end], asked):
        return False
    srow = int(d.evidence.srows[int(d.picked[j])])
    after = index.sentence_text(srow + 1) if index.same_article(srow, srow + 1) else ""
    words = set(tokenize(d.searched)) - STOPWORDS
    return any(set(tokenize(about)) & words for text in (sentence, after) for about in _whom(text))


def _whom(text: str) -> list[str]:
    """What ``text`` says goes unnamed: the words before each "has not been named" of it, the three
    after each "unnamed"."""
    out = []
    for m in _NOT_NAMED.finditer(text):
        if m.group().lower() == "unnamed":
            out.append(" ".join(text[m.end():].split()[:3]))
        else:
            out.append(text[max(0, m.start() - 80):m.start()])
    return out


# "The cost of a full metre has not been published.", "Their names have not been released.", "The cause of
# the fire is not yet known.", "The price remains undisclosed."
# (closing its clause, or with who did not say it: not "was not known to her attacker", "was not released until
# 2019", "was not given bail")
_UNTOLD = re.compile(r"\b(?:(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:published|disclosed"
                     r"|released|revealed|made\s+public|announced|given|confirmed|known)"
                     r"|(?:is|are|was|were|remains?|remained)\s+(?:still\s+|as\s+yet\s+)?(?:unknown|unclear"
                     r"|undisclosed))(?:\s+(?:yet|publicly|so\s+far|officially))?"
                     r"(?:\s+by\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+)?(?=\s*(?:[.;:!?,]|$))", re.IGNORECASE)
# A sentence telling of a state that has ended: "Until Monday, the winner had not been announced."
_ONCE = re.compile(r"\b(?:until|till|before|previously|initially|at\s+first|at\s+the\s+time)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:[,;:—–]\s*|\b(?:but|and|although|though|while)\s+"
                           r"|\b(?:said|says|say|added|confirmed)\s+(?:that\s+)?)", re.IGNORECASE)


def untold(index: Index, d: Deliberation, j: int) -> str:
    """A sentence near the j-th sentence read (two before it to two after it in its article, not
    itself) saying that what the question asks for is not known or not made public: its subject's
    words, all of them the question's ("The cost of a full metre has not been published." for "How
    much would raising the wall by a full metre cost?"; not for "How much did the wall cost?"); ""
    when none does, or when the sentence read speaks of that subject itself ("a fee thought to be
    around £2m" beside "The fee was not disclosed.": an estimate), or the one saying so tells of a
    time gone by ("Until Monday, the winner had not been announced.")."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    for near in (srow - 2, srow - 1, srow + 1, srow + 2):
        if near < 0 or not index.same_article(srow, near):
            continue
        text = index.sentence_text(near)
        if _ONCE.search(text) or says_unnamed(text):
            continue
        for m in _UNTOLD.finditer(text):        # (words are stemmed only for a sentence saying so: seldom)
            before = text[:m.start()]
            clause = _CLAUSE_START.match(before)
            subject = set(tokenize(before[clause.end():] if clause else before))
            if subject and subject <= set(tokenize(d.searched)) \
                    and not subject <= set(tokenize(d.evidence.texts[int(d.picked[j])])):   # the sentence read
                return text                                                                  # gives an estimate
    return ""


NOT_TOLD = 'The article says it does not give this: "{}"'
