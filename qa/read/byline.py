""""Who wrote the story about the ferry strike?": the author of the article that answers the
question's subject, quoted from its byline ("By Declan Fairweather") with offsets like any answer.
Only the article's own text is quoted: an author known from a page's metadata alone is named in
a notice, not as an answer. The article is the one the reading answers from or, when it answers
nothing (such a question's subject is often too thin for the topic model), the best-ranked one
holding every word of the subject (``story_asked``; "When was it published?" uses it too)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.records import Answer

# An article itself, as a question names it: "the ferry strike story", "this piece", "the season
# review" (not a book, a letter or a report the articles tell of).
ARTICLE = (r"(?:the|this|that|a|an)\s+(?:(?!(?:that|which|who|whose|book|novel|letter|song|play|film|script|speech"
           r"|poem|report|study|paper|law|bill|memo|email)\b)[\w'’-]+\s+){0,3}?(?:story|article|piece|news\s+report"
           r"|review|column|interview|feature|profile|obituary|editorial|live\s+blog|blog\s+post|news)\b")
# Who publishes news: "newspaper", "news site", "wire service" (not a bare "site" or "agency")
OUTLET = (r"(?:(?:news|online)\s+)?(?:newspapers?|papers?|publications?|outlets?|magazines?|broadcasters?|tabloids?)"
          r"|news\s*(?:web)?sites?|news\s+agenc(?:y|ies)|wire\s+services?|publishers?")
_WHO_WROTE = re.compile(
    r"^\W*(?:who\s+(?:wrote|reported|filed|authored|penned|(?:is|was)\s+the\s+(?:author|reporter|writer)\s+of)"
    rf"|whose\s+(?:byline\s+is\s+on\s+)?)\s*(?:on\s+)?{ARTICLE}", re.IGNORECASE)


def asks_author(question: str) -> bool:
    """Whether ``question`` asks who wrote an article ("Who wrote the story about …?", "Who is the
    author of the article on …?"); not who wrote a book, a letter or a report the articles tell of."""
    return bool(_WHO_WROTE.match(" ".join(question.split())[:1000]))


def by_author(index: Index, answer: Answer) -> Answer:
    """For a question asking who wrote an article: the author of the article ``answer`` (to the
    same question) quotes, from its byline or a wire story's sign-off ("Reporting by …");
    ``answer`` as it is when it found nothing (the articles are not about the question's subject);
    "not found", saying why, when the article names no author or only in its page's metadata."""

    def byline(text: str, first: tuple[int, int], author: str) -> tuple[int, int] | None:
        at = text.find(author, 0, first[0])
        if at >= 0:
            return at, at + len(author)
        lead = author.split(" and ")[0]         # a wire sign-off: "(Reporting by Anjali Rhodes; Editing by …)"
        m = re.search(rf"\bReporting\s+by\s+({re.escape(author)}|{re.escape(lead)})\b", text[first[1]:], re.IGNORECASE)
        return None if m is None else (first[1] + m.start(1), first[1] + m.end(1))

    return quoted_from_header(index, answer, "author", byline, "{source} names no author.",
                              "The page's metadata gives {value} as the author of {source}, but its text has no "
                              "byline or sign-off to quote.")


def quoted_from_header(index: Index, answer: Answer, field: str,
                       find: Callable[[str, tuple[int, int], str], tuple[int, int] | None],
                       absent: str, unquoted: str) -> Answer:
    """For a question about the article ``answer`` quotes (to the same question): its ``field``
    ("author", "date") quoted from its text where ``find(text, first sentence's span, value)`` puts
    it, as an answer with offsets; ``answer`` as it is when it found nothing; "not found" with the
    notice ``absent`` when the article has no such value, ``unquoted`` when its text does not show
    it (``{source}`` and ``{value}`` filled in)."""
    if not answer.found:
        return answer
    doc = index.document_number(answer.source)
    meta = index.documents[doc]
    value = (meta.get(field) or "").strip()
    missing = Answer(question=answer.question, found=False, passages=answer.passages, searched=answer.searched)
    if not value:
        return replace(missing, notice=absent.format(source=answer.source))
    text = index.article_text(doc)
    span = find(text, index.sentence_span(meta["sentence_rows"][0]), value)
    if span is None:
        return replace(missing, notice=unquoted.format(source=answer.source, value=value))
    return _quoted_line(answer, text, *span)


def _quoted_line(answer: Answer, text: str, start: int, end: int) -> Answer:
    """``answer`` quoting ``text[start:end]`` (of its article's text) with the line holding it as its
    sentence, offsets and line number; no other answers."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return replace(answer, text=text[start:end], sentence=text[line_start:line_end], start=start, end=end,
                   sentence_start=line_start, sentence_end=line_end, line=text.count("\n", 0, start) + 1,
                   alternatives=())


# The words of "Who wrote the story about …?" and "When was the article on … published?" that are
# not its subject.
_HEADER_WORDS = frozenset(tokenize("wrote written write reported filed authored penned author reporter writer byline "
                                   "story article piece news report published posted run released come appear "
                                   "online date day put go"))
# "Which newspaper ran …", "Which news site covered …": the words of a question asking who published
_OUTLET_ASKED = re.compile(rf"^\W*(?:which|what)\s+(?:{OUTLET})\s+\w+", re.IGNORECASE)


def story_subject(question: str) -> set[str]:
    """The (stemmed) words of a question about an article itself that say which article: those of
    "the striker's transfer" in "Who wrote the story about the striker's transfer?"; none in
    "When was this story published?"."""
    asking = _OUTLET_ASKED.match(question)
    return set(tokenize(question)) - _HEADER_WORDS - set(tokenize(asking.group() if asking else ""))


def story_asked(index: Index, a: Answer, about: frozenset[str] = frozenset()) -> Answer:
    """For a question about an article itself (who wrote it, when it came out, who published it):
    ``a`` when it found an answer to a question naming a subject, else the best-ranked passage's
    article holding every word of the question's subject ("the striker's transfer"), or, when it
    names none ("When was this story published?"), the article the conversation is about
    (``about``: the last answer's, whatever the reading found elsewhere), as an answer (its score,
    0, says to check it); ``a`` when there is none. Such a question's subject is often too thin for
    the topic model to call the articles about it."""
    subject = story_subject(a.searched)
    if a.found and (subject or not about):
        return a
    for source in [p.source for p in a.passages] if subject else sorted(about):
        try:
            doc = index.document_number(source)
        except KeyError:                # deleted since it was quoted
            continue
        if not subject or subject <= set(tokenize(index.article_text(doc))):
            meta = index.documents[doc]
            return replace(a, found=True, score=0.0, source=source, title=meta["title"],
                           encoding=meta.get("encoding", "utf-8"),
                           date=meta.get("date", ""), publisher=meta.get("publisher", ""),
                           also_in=tuple(meta.get("also", ())))
    return a
