"""Sentences that ask, or tell wrongly, with the answer after them: an explainer's question
headings ("Will my bill go up?" over the paragraph answering it), an interviewer's questions ("Q:
…" over "A: …") and a corrections column's telling of what an article said wrongly (before what is
right). They tell nothing themselves, and what comes after them answers, seldom in their words
("It depends on how much water you use. …"), so the reading reads the sentences after such a
sentence it reads (``qa.read.pipeline``) and ``qa.read.decide`` answers from them in its place."""

from __future__ import annotations

import re

from qa.index.loaded import Index
from qa.read.corrections import told_wrong
from qa.read.interview import ASKING, asking, has_questions, label

# A heading is short: a longer line ending with "?" is a question someone asks in the story
_MOST_WORDS = 20
_EMPHASISED = re.compile(r"^(\*{1,3}|_{1,3})(\S(?:.*\S)?)\1$")
# The sentences under a heading (or an interviewer's question) read in its place
ANSWER_SENTENCES = 3


def heading_question(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` of an article is a question heading: a line of its
    own (in bold too), ending with "?", of at most ``_MOST_WORDS`` words, not a quotation nor an interviewer's
    question ("Q: …", which ``qa.read.interview`` reads), with a line after it that asks nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    emphasised = _EMPHASISED.match(text[line_start:line_end].strip())  # (Markdown's bold: "**How many …?**";
    line = emphasised.group(2) if emphasised else text[line_start:line_end].strip()    # not a bullet: "* What next?")
    marks = " \t*_" if emphasised else " \t"
    if text[line_start:start].strip(marks) or text[end:line_end].strip(marks) or not line.endswith("?"):
        return False
    if len(line.split()) > _MOST_WORDS or line[:1] in "\"“‘'" or ASKING.match(line):
        return False
    following = next((rest.strip() for rest in text[line_end:line_end + 2000].split("\n") if rest.strip()), "")
    return bool(following) and not following.endswith("?")


def is_heading(index: Index, srow: int) -> bool:
    """Whether sentence row ``srow`` is a question heading (``heading_question``)."""
    doc = index.sentence_document(srow)
    return doc >= 0 and heading_question(index.article_text(doc), *index.sentence_span(srow))


def answer_rows(index: Index, srow: int, corrected: bool = True) -> list[int]:
    """The rows of the first ``ANSWER_SENTENCES`` sentences answering the question ``srow`` is: a
    heading's, up to the next heading; an interviewer's ("Q: What is he like as a coach?"), those of
    the answer after it ("A: Stubborn. Quiet. Sixty-three years old and still cycles …"); of a
    corrections column's telling of what was wrong, the sentences after it in its item ("His name is
    …") when what is right is asked (``corrected``); [] for a sentence that asks nothing."""
    doc = index.sentence_document(srow)
    if doc < 0:
        return []
    text = index.article_text(doc)
    if told_wrong(index.documents[doc]["title"], index.sentence_text(srow)):
        if not corrected:       # no correction asked about, or what was wrong ("What did the report wrongly
            return []           # give?"): it answers, or nothing does
        rows = []               # a corrections column's item: what is right comes next ("It was scored in the 87th")
        for row in range(srow + 1, srow + 1 + ANSWER_SENTENCES):
            if not index.same_article(srow, row) or "\n" in text[index.sentence_span(row - 1)[1]:
                                                                  index.sentence_span(row)[0]] \
                    or told_wrong(index.documents[doc]["title"], index.sentence_text(row)):
                break           # the item's end, or its next telling of what was wrong
            rows.append(row)
        return rows
    interviewer = has_questions(text) and asking(text, index.sentence_span(srow)[0])
    if not interviewer and not heading_question(text, *index.sentence_span(srow)):
        return []
    row = srow + 1
    while interviewer and index.same_article(srow, row) and asking(text, index.sentence_span(row)[0]):
        row += 1            # the question's later sentences ("Q: You lost twice. Why stand again?")
    rows = []
    while len(rows) < ANSWER_SENTENCES and index.same_article(srow, row):
        start, end = index.sentence_span(row)
        if (not label(text, start) or asking(text, start)) if interviewer else heading_question(text, start, end):
            break
        rows.append(row)
        row += 1
    return rows
