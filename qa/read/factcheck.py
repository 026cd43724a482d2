"""A fact check's blocks: "Claim: …", "Who said it: …", "The facts: …", "Verdict: …". "Who claimed
that ferry fares had doubled?" is answered from the "Who said it" line of the claim the question
words ("Astrid Moen, the Coastal Party's candidate" → "Astrid Moen"), "What verdict did they give
on the ferry fares claim?" from its "Verdict" line ("Misleading"), quoted with offsets like any
answer. The claim is the one sharing most of the question's words in the articles of the
passages found; with none sharing two of them, the answer is left as the reading gave it."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.ingest.lexicon import CAPITALS
from qa.read.byline import live_document, quoted_line, story_answer
from qa.read.kinds import ROLE_WORDS
from qa.records import Answer

_CLAIM = re.compile(r"^\W*(?:the\s+)?claims?\s*:\s*", re.IGNORECASE)
_WHO_SAID = re.compile(r"^\W*(?:who\s+(?:said|made|claimed)\s+(?:it|this|that)|said\s+by|claimed\s+by|made\s+by"
                       r"|claimant)\s*:\s*", re.IGNORECASE)
_VERDICT = re.compile(r"^\W*(?:our\s+|the\s+)?(?:verdict|rating|ruling)\s*:\s*", re.IGNORECASE)
_ASKS_WHO = re.compile(r"^\W*who\s+(?:claimed|said|made\s+the\s+claim|was\s+behind\s+the\s+claim)\b", re.IGNORECASE)
_ASKS_VERDICT = re.compile(r"^\W*(?:(?:what|which)\s+(?:was\s+the\s+)?(?:verdict|rating|ruling)\b"
                           r"|how\s+did\s+(?:[\w'’-]+\s+){0,3}?(?:rate|judge|grade|assess|score)\s+[^?]*\bclaims?\b)",
                           re.IGNORECASE)     # "How did FactWatch rate Greta Mossberg's claim that …?"
# The words of such a question that say nothing of the claim itself
_ASKING = frozenset(tokenize("who claimed claim said made what which was the verdict rating ruling give gave given "
                             "on fact check checkers checked how did rate judge grade assess score"))


def asks_claim(question: str) -> str:
    """"who" when ``question`` asks who made a claim, "verdict" when it asks a fact check's verdict, else ""."""
    q = " ".join(question.split())[:1000]
    return "who" if _ASKS_WHO.match(q) else "verdict" if _ASKS_VERDICT.match(q) else ""


def by_claim(index: Index, a: Answer) -> Answer:
    """For a question ``asks_claim`` reads: the claimant's name or the verdict, from the block of the
    claim the question words best among the passages' articles; ``a`` as it is without one."""
    asked = asks_claim(a.searched)
    words = set(tokenize(a.searched)) - _ASKING
    best: tuple[int, int, int] | None = None        # (shared words, document, claim's sentence row)
    for doc in dict.fromkeys(live_document(index, p.source, p.start) for p in a.passages):
        if doc is None:
            continue
        first, last = index.documents[doc]["sentence_rows"]
        for row in range(first, last):
            if _CLAIM.match(index.sentence_text(row)):      # (with the heading over it, which may give the
                said = index.sentence_text(row) + " " + (index.sentence_text(row - 1) if row > first else "")
                shared = len(words & set(tokenize(said)))        # claim's words: '4. "Most people over 60 …"')
                if shared >= 2 and (best is None or shared > best[0]):
                    best = (shared, doc, row)
    if best is None:
        return a
    _, doc, claim = best
    last = index.documents[doc]["sentence_rows"][1]
    made = _made_by(index.sentence_text(claim)) if asked == "who" else None
    if made is not None:            # "Claim: Made by Finance Minister Oskar Fendt in the Assembly on 3 March."
        start = index.sentence_span(claim)[0] + made[0]
        story = story_answer(index, a, index.documents[doc]["source"], doc)
        return replace(quoted_line(story, index.article_text(doc), start, start + made[1] - made[0]), notice="")
    label = _WHO_SAID if asked == "who" else _VERDICT
    for row in range(claim + 1, last):
        line = index.sentence_text(row)
        if _CLAIM.match(line):
            break
        m = label.match(line)
        if m is None:
            continue
        value = line[m.end():]
        cut = re.search(r"," if asked == "who" else r"[.;](?=\s|$)|\s[-–—]\s", value)
        value = value[:cut.start()] if cut else value.rstrip(" .")
        start = index.sentence_span(row)[0] + m.end()
        text = index.article_text(doc)
        story = story_answer(index, a, index.documents[doc]["source"], doc)
        quoted = quoted_line(story, text, start, start + len(value.rstrip()))
        return replace(quoted, notice="")       # (the reading's notice was about the claim's own words)
    return a


# A claim's line naming who made it: "Claim: Made by opposition leader Viktor Salm in a debate …"
_MADE_BY = re.compile(r"(?i:made|said|posted|shared)[ \t]+by[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,4}?"
                      rf"(?P<run>[{CAPITALS}][\w'’-]*(?:[ \t]+[{CAPITALS}][\w'’-]*){{1,5}})")


def _made_by(line: str) -> tuple[int, int] | None:
    """Where a claim's line, right after its label, names the person who made it ("Claim: Made by Finance Minister
    Oskar Fendt in …" → "Oskar Fendt": the name after the role), or None (not "Claim: The bridge was made by …")."""
    label = _CLAIM.match(line)
    m = _MADE_BY.match(line, label.end()) if label else None
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("run")))
    roles = [i for i, w in enumerate(words) if w.group().lower() in ROLE_WORDS]
    name = words[roles[-1] + 1:] if roles else words
    if len(name) < 2:
        return None
    return m.start("run") + name[0].start(), m.start("run") + name[-1].end()
