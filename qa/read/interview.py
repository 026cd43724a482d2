"""Interviews printed as questions and answers ("**Q: What is your first priority?**" / "A: A
protected cycle lane on Quarry Road.") and transcripts ("FAIRWEATHER: That's nonsense."): whose
words a paragraph gives, and the interviewer's questions, which ask and tell nothing."""

from __future__ import annotations

import re

from qa.read.span_choice import opening_name

# An interviewer's question: "Q: …", "**Question.** …"
ASKING = re.compile(r"^\W*(?:Q|Question)\s*[:.]\s", re.IGNORECASE)
# A paragraph's speaker label: "A:" (the one interviewed) or a name ("FAIRWEATHER:", "Ros Fairweather:")
_LABEL = re.compile(r"\W*(?P<label>A|Answer|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*:\s+\S")
_ANSWER = {"a", "answer"}
_OPENING_LABEL = re.compile(r"\W*(?:A|Answer|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*:\s+")


def spoken(sentence: str) -> tuple[int, int]:
    """Where the words of a sentence of a labelled paragraph are in it: all of it but the label
    ("A: [That's nonsense.]") and the space after."""
    m = _OPENING_LABEL.match(sentence)
    return (m.end() if m else 0), len(sentence.rstrip())


def label(text: str, start: int) -> str:
    """The speaker label, in lower case, of the paragraph of the article ``text`` holding the offset
    ``start`` ("a" for "A: Keep asking. I'm used to it.", "fairweather" for "FAIRWEATHER: …"); ""
    for a paragraph with none. A label counts in an interview: "A:" where the article also has
    an interviewer's question ("Q: …"), a name where it labels another paragraph too, or the
    paragraph is next to a speaker's who speaks twice (a dateline, "NEW DELHI: …", or
    "Correction: …" stands alone)."""
    m = _LABEL.match(text, text.rfind("\n", 0, start) + 1)
    if m is None or m.start("label") > start:
        return ""
    said = m.group("label").lower()
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if said in _ANSWER:
        return said if any(ASKING.match(p) for p in paragraphs) else ""
    labels = [n.group("label").lower() if (n := _LABEL.match(p)) else "" for p in paragraphs]
    turns = {x for x in labels if x and labels.count(x) > 1}        # a speaker's second turn
    at = labels.index(said) if said in labels else -1
    near = labels[max(0, at - 1):at + 2]
    return said if said in turns or turns & set(near) else ""     # or a turn between others'


def gives_words_to(names: frozenset[str], text: str, start: int, title: str, opening: str) -> bool | None:
    """Whether the labelled paragraph (``label``) of the article ``text`` holding the offset
    ``start`` gives the words of the person ``names`` (their name's words, in lower case): its
    label names them, or it is an answer ("A:") of an interview with them, named in the article's
    ``title`` or by its ``opening`` sentence ("Rosalind Fairweather, 46, spent a decade …"). None
    for a paragraph with no label: it gives no one's words this way."""
    said = label(text, start)
    if not said:
        return None
    if said in _ANSWER:
        said = " ".join([title, opening_name(opening)])
    return bool(names & {w.lower() for w in re.findall(r"\w+", said)})
