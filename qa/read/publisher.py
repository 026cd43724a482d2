""""Which newspaper ran the story about the bridge closure?", "Who published the article on the
strike?": the publisher of the article that answers the question's subject, quoted from the
article's own text above its first sentence ("Tarrow Bridge to shut – Esk Valley Times", a
byline's "By Jo Park | Esk Valley Times") with offsets like any answer. A publisher known from a
page's metadata alone is named in a notice, not as an answer. An article saying who did answers
instead ("The closure was first reported by the Esk Valley Times."; "Which newspaper reported
that the minister resigned?" always asks what an article says)."""

from __future__ import annotations

import re

from qa.index.loaded import Index
from qa.ingest.text import closing_credit, story_start
from qa.read.byline import ARTICLE, OUTLET, quoted_from_header
from qa.records import Answer

# What an agency that is no news agency reports ("Which agency reported the rise in inflation?")
_NOT_NEWS = r"(?:[\w'’-]+\s+){0,3}?(?:rise|fall|increase|decrease|drop|figures?|data|rate|number|cases?)\b"
_WHO_PUBLISHED = re.compile(
    rf"^\W*(?:who|(?:which|what)\s+(?:{OUTLET}|sites?|websites?|agency|agencies))\s+(?:published|ran|carried"
    rf"|printed)\s+{ARTICLE}"
    rf"|^\W*(?:which|what)\s+(?:{OUTLET}|agency|agencies)\s+filed\s+{ARTICLE}"     # (not "Who filed …?": its writer)
    # "Which news agency filed the May 2025 report on …?", "Which website published the report on …?": what a news
    # outlet files or publishes as a report on something is a news report (not "the report", a study's, alone)
    rf"|^\W*(?:which|what)\s+(?:{OUTLET}|sites?|websites?)\s+(?:filed|published|ran|carried)\s+(?:the|this|that|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}?report\s+(?:on|about)\s"
    rf"|^\W*(?:which|what)\s+(?:{OUTLET})\s+(?:reported|covered|broke|published|ran|carried)\s+"
    r"(?!that\b|on\s+whether\b|out\b|up\b|into\b)"
    rf"|^\W*(?:which|what)\s+(?:agency|agencies)\s+(?:reported|broke)\s+(?:the|this)\s+(?!{_NOT_NEWS})"
    rf"|^\W*(?:who|which|what)\s+(?:is|was)\s+the\s+publisher\s+of\s+{ARTICLE}"
    # "Which newspaper's court report covered …?", "Which agency's sport desk filed the round-up …?"
    rf"|^\W*(?:which|what)\s+(?:{OUTLET}|agency|agencies)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:report|story|article|piece"
    r"|coverage|desk|team|reporter|correspondent|live\s+page|round-up|preview)\s+(?:covered|reported|filed|ran|broke"
    r"|carried|published|wrote)\b"
    # "Which newspaper printed Brita Haugen's letter about …?": a reader's letter, on its letters page
    rf"|^\W*(?:which|what)\s+(?:{OUTLET})\s+(?:published|printed|ran|carried)\s+(?:the|a|(?:[\w-]+\s+){{0,2}}?"
    r"[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?letter\b", re.IGNORECASE)


# "Which paper reported that Calder Yards had landed the order?": what a paper is said to have reported, or the
# paper of the article reporting it (``asks_reporting_paper``)
_REPORTED_THAT = re.compile(rf"^\W*(?:which|what)\s+(?!publishers?\b)(?:{OUTLET})\s+(?:first\s+)?"
                            r"(?:reported|revealed|broke\s+the\s+news)\s+that\s+\w", re.IGNORECASE)


def asks_publisher(question: str) -> bool:
    """Whether ``question`` asks who published an article ("Which newspaper reported the bridge
    closure?", "Who published the story about …?"); not what a paper is said to have reported
    ("Which newspaper reported that …?") nor who published a book or a report the articles tell of."""
    return bool(_WHO_PUBLISHED.match(" ".join(question.split())[:1000]))


# A sentence telling of a story's publication: "The closure was first reported by the Esk Valley Times."
# ("carried out", "ran out": no publishing; "Northern Affairs Reporter": a byline's role)
_PUBLISHING = (r"\b(?:report(?!ers?\b)|publish(?!ers?\b)|broke\b|break|ran\b|run\b|carr(?:y|ied)|print(?!ers?\b)|reveal"
               r"|splash)[\w'’]*+"
               r"(?!\s+(?:out|up|into|over)\b)")


def asks_reporting_paper(question: str) -> bool:
    """Whether ``question`` asks which paper reported that something happened ("Which newspaper reported that
    the minister resigned?"): an article saying so answers (``reports_publishing``), else the publisher of the
    article telling it."""
    return bool(_REPORTED_THAT.match(" ".join(question.split())[:1000]))


def reports_publishing(answer: Answer, sure: float) -> bool:
    """Whether ``answer`` to a question asking who published a story is an article telling of its
    publication by the one it names ("… first reported by the Esk Valley Times", "The Esk Valley
    Times revealed …"; not "the study, published in the Journal of …", a study's venue), with a
    confidence of ``sure`` or more: it answers, not the masthead of the article it is quoted from."""
    if not (answer.found and answer.score >= sure and answer.text):
        return False
    name = re.escape(answer.text)
    told = re.compile(rf"{_PUBLISHING}\s+(?:[\w'’]+\s+){{0,2}}?by\s+(?:the\s+)?{name}"
                      rf"|{name}(?:['’]s)?\s+(?:[\w'’]+\s+)?{_PUBLISHING}", re.IGNORECASE)
    return bool(told.search(answer.sentence))


def by_publisher(index: Index, answer: Answer) -> Answer:
    """For a question asking who published an article: the publisher of the article ``answer`` (to
    the same question) quotes, from its text above the first sentence, from a wire story's dateline
    ("LONDON, Sept 2 (Meridian Wire) — …") or from a byline after the story; ``answer`` as it is
    when it found nothing; "not found", saying why, when the article names no publisher or only in
    its page's metadata."""

    def masthead(text: str, first: tuple[int, int], publisher: str) -> tuple[int, int] | None:
        named = re.compile(re.escape(publisher), re.IGNORECASE)
        m = named.search(text, 0, max(first[0], story_start(text, 0))) \
            or re.compile(rf"\(\s*({re.escape(publisher)})\s*\)").search(text, first[0], first[1]) \
            or (named.search(text, first[0], first[1]) if text[first[0]:first[1]].strip() == publisher else None)
        # (the header's lines read as sentences count too: "Norrevian Press Agency (NPA)" under the headline, a
        # "Source: RKV News" line)
        if m is None and closing_credit(text)[0] == publisher:     # "By Sanna Lund, science correspondent,
            at = text.rfind(publisher)                              # The Pellerin Tribune" after the story
            return at, at + len(publisher)
        return None if m is None else m.span(m.lastindex or 0)

    return quoted_from_header(index, answer, "publisher", masthead, "{source} names no publisher.",
                              "The page's metadata gives {value} as the publisher of {source}, but its text does "
                              "not name it above the story, in its dateline or in a byline after it.")
