"""A name the articles say they do not give: "The man, in his 70s, has not yet been named." For
"Who died?" or "What is the name of the missing crew member?", a description quoted from such a
story ("a 28-year-old deckhand") is no answer, and the reply says the name has not been made public.
Surface patterns only."""

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
