""""Who wrote the story about the ferry strike?": the author of the article that answers the
question's subject, quoted from its byline ("By Declan Fairweather") with offsets like any answer.
Only the article's own text is quoted: an author known from a page's metadata alone is named in
a notice, not as an answer."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.index.loaded import Index
from qa.records import Answer

_WHO_WROTE = re.compile(
    r"^\W*(?:who\s+(?:wrote|reported|filed|authored|penned|(?:is|was)\s+the\s+(?:author|reporter|writer)\s+of)"
    r"|whose\s+(?:byline\s+is\s+on\s+)?)\s*(?:on\s+)?(?:the|this|that|a|an)\s+"
    r"(?:(?!(?:that|which|who|whose|book|novel|letter|song|play|film|script|speech|poem|bill|law|memo|email)\b)"
    r"[\w'’-]+\s+){0,3}?(?:story|article|piece|news\s+report)\b", re.IGNORECASE)    # "the ferry strike story"


def asks_author(question: str) -> bool:
    """Whether ``question`` asks who wrote an article ("Who wrote the story about …?", "Who is the
    author of the article on …?"); not who wrote a book, a letter or a report the articles tell of."""
    return bool(_WHO_WROTE.match(" ".join(question.split())[:1000]))


def by_author(index: Index, answer: Answer) -> Answer:
    """For a question asking who wrote an article: the author of the article ``answer`` (to the
    same question) quotes, from its byline; ``answer`` as it is when it found nothing (the articles
    are not about the question's subject); "not found", saying why, when the article names no
    author or only in its page's metadata."""
    if not answer.found:
        return answer
    doc = index.document_number(answer.source)
    meta = index.documents[doc]
    author = (meta.get("author") or "").strip()
    missing = Answer(question=answer.question, found=False, passages=answer.passages, searched=answer.searched)
    if not author:
        return replace(missing, notice=f"{answer.source} names no author.")
    text = index.article_text(doc)
    first = index.sentence_span(meta["sentence_rows"][0])[0]
    at = text.find(author, 0, first)
    if at < 0:
        return replace(missing, notice=f"The page's metadata gives {author} as the author of {answer.source}, "
                                       "but its text has no byline to quote.")
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return replace(answer, text=author, sentence=text[line_start:line_end], start=at, end=at + len(author),
                   sentence_start=line_start, sentence_end=line_end, line=text.count("\n", 0, at) + 1,
                   alternatives=())
