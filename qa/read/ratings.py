"""A review's rating: "How many stars did the Courier give Salt Wind?" and "What star rating did the Post
give the film?" are answered with the rating the review prints ("★★★★☆", "Rating: 4/5", "(4 out of 5)"),
quoted from its line, in the review whose text names what the question names."""

from __future__ import annotations

import re

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.ingest.html import OUT_OF, STARS
from qa.ingest.lexicon import CAPITALS
from qa.read.byline import quoted_from_read
from qa.read.pipeline import article_stems
from qa.records import Answer

# "How many stars did … give …?", "What star rating …?", "What rating did … give …?", "How was it rated?"
_RATING_ASKED = re.compile(r"\bhow\s+many\s+stars\b|\bstar\s+rating\b|^\W*what\s+(?:rating|score|mark)\s+"
                           r"(?:did|does|do|has|have|was|is)\b|^\W*how\s+(?:was|is|were|are)\b.*\brated\b",
                           re.IGNORECASE)
_RATING_WORD = re.compile(r"\b(?:ratings?|rated|stars?|verdict|score)\b", re.IGNORECASE)
# Words of a rating question that say nothing of which review it asks about
_RATING_WORDS = frozenset(tokenize("how many stars star rating rated rate score mark give gave given award awarded "
                                   "review reviewed critic what did does was is the a"))


def rating_asked(question: str) -> bool:
    """Whether ``question`` asks for a review's rating."""
    return _RATING_ASKED.search(question) is not None


def rating_span(text: str) -> tuple[int, int] | None:
    """The offsets of an article's rating in its ``text``: of its first line showing stars ("★★★★☆"),
    the "4 out of 5" or "4/5" on it if any, else the stars; without one, the first "4/5" on a line that
    says it is a rating ("rating: 4/5"); None when the article prints none."""
    rated = None
    for line in re.finditer(r"[^\n]+", text):
        stars = STARS.search(line.group())
        out_of = OUT_OF.search(line.group())
        if stars:
            found = out_of or stars
            return line.start() + found.start(), line.start() + found.end()
        if out_of and rated is None and _RATING_WORD.search(line.group()):
            rated = line.start() + out_of.start(), line.start() + out_of.end()
    return rated


def rating_answer(index: Index, a: Answer) -> Answer | None:
    """The rating of the review ``a`` was read from or, else, of the first of its passages' articles that
    prints one and names every name the question does (``a.searched``; its publisher's name may be in its
    metadata only), quoted from its line (score 0: check it); None when there is none."""
    names = set(tokenize(" ".join(re.findall(rf"(?<!^)(?<![.?!]\s)\b[{CAPITALS}][\w'’-]*", a.searched))))
    content = set(tokenize(a.searched)) - _RATING_WORDS

    def rated(doc: int, text: str) -> tuple[int, int] | None:
        held = article_stems(index, doc) | set(tokenize(str(index.documents[doc].get("publisher") or "")))
        return rating_span(text) if names <= held and 2 * len(content & held) >= len(content) else None

    return quoted_from_read(index, a, rated)
