""""Who wrote the story about the ferry strike?": the author of the article that answers the
question's subject, quoted from its byline ("By Declan Fairweather") with offsets like any answer.
Only the article's own text is quoted: an author known from a page's metadata alone is named in
a notice, not as an answer. The article is the one the reading answers from or, when it answers
nothing (such a question's subject is often too thin for the topic model), the best-ranked one
holding every word of the subject (``story_asked``; "When was it published?" uses it too)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.ingest.lexicon import CAPITALS
from qa.ingest.markdown import blank_addresses
from qa.ingest.text import MASTHEAD_WORDS, PERSON, closing_author, line_byline, story_start
from qa.read.corrections import about_correction, corrections_column
from qa.read.interview import has_questions
from qa.read.kinds import names
from qa.read.letters import letters
from qa.records import Answer

# An article itself, as a question names it: "the ferry strike story", "this piece", "the season
# review", "the Marlow Vale waiting list story", "GadgetLine's phone review", "the storm's live
# coverage", "the referendum results page", "the markets report" (a news desk's report; not a book, a
# letter or a report the articles tell of).
ARTICLE = (r"(?:(?:the|this|that|a|an|(?:[\w-]+\s+){0,2}?[\w-]+['’]s)\s+(?:(?!(?:that|which|who|whose|book|novel"
           r"|letter|song|play|film|script|speech|poem|report|study|paper|law|bill|memo|email|annual|official"
           r"|independent|interim|final|inquiry|police|government|council|ministry|audit)\b)[\w'’\"“”-]+\s+){0,5}?"
           r"(?:stor(?:y|ies)|articles?|piece|essay|(?:news\s+)?item|news\s+reports?|review|column|comment|op-ed"
           r"|interview|feature|profile|bulletin|newsletter|(?:business|morning|evening|weekly|daily)\s+briefing"
           r"|analysis\s+(?:box|piece|column)|analysis(?=\s+(?:accompanying|alongside|beside)\b)"
           r"|obituary|editorial|live\s+blog|blog\s+post|news|coverage|explainer|fact[\s-]?check"
           r"|corrections(?:\s+and\s+clarifications)?(?:\s+column)?"
           r"|(?:match|markets?|weather|traffic|travel|business|sports?|court|crime)\s+reports?(?!\s+(?:into|by)\b)"
           r"|(?:results?|live|travel|web|news|data)\s+page"
           r"|round[\s-]?up|letters\s+(?:page|column))\b"
           # a timeline, an alert, a briefing of a subject named: "the Brenn Tunnel timeline" (not the FBI's, nor
           # "the briefing for the minister")
           rf"|the\s+(?-i:[{CAPITALS}][\w-]*)(?:\s+(?-i:[{CAPITALS}][\w-]*)){{0,3}}\s+(?:(?-i:[a-z][\w-]*)\s+)?"
           rf"(?:timeline|chronology"
           r"|(?:travel\s+)?alert|travel\s+notice|preview|recap|digest|briefing)\b"
           # "the strike travel notice"
           r"|the\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}(?:travel|weather|flood)\s+(?:alert|notice)\b"
           # "the salt study article": what is no article may name the article's subject right before its noun
           # (not "the book The Story of Art", "the film Toy Story 4")
           r"|the\s+(?:(?!(?:about|on|of|in|for|by|from|with|that|which|book|novel|film|song|play|album|poem|script"
           r"|report|memo|letter)\b)[\w'’-]+\s+){1,4}?(?-i:story|article|piece|explainer|fact[\s-]?check)\b"
           r"(?!\s+of\b))")
# Who publishes news: "newspaper", "news site", "wire service" (not a bare "site" or "agency")
OUTLET = (r"(?:(?:news|online)\s+)?(?:newspapers?|papers?|publications?|outlets?|magazines?|broadcasters?|tabloids?)"
          r"|news\s*(?:web)?sites?|news\s+agenc(?:y|ies)|wire\s+services?|publishers?")
_WHO_WROTE = re.compile(
    r"^\W*(?:who\s+(?:wrote|writes|reported|covered|filed|authored|penned|compiled|compiles|(?:is|was)\s+the\s+"
    r"(?:author|reporter|writer)"
    rf"\s+of)|whose\s+(?:byline\s+is\s+on\s+)?)\s*(?:on\s+)?{ARTICLE}", re.IGNORECASE)
# "Who wrote the Herald's report on the election?", "Who filed the Saltmere Courier's flood report?", "Who
# wrote the Herald's analysis of …?": a newspaper's report is its article (a report of anyone else may be a
# study's: ``ARTICLE``)
_WHO_WROTE_PAPERS = re.compile(
    r"^\W*(?i:who\s+(?:wrote|reported|covered|filed|authored|penned|compiled|(?:is|was)\s+the\s+(?:author|reporter"
    r"|writer)\s+of))"
    rf"\s+(?i:the)\s+(?:[{CAPITALS}][\w-]*\s+){{0,3}}(?i:{'|'.join(sorted(MASTHEAD_WORDS))})"
    r"(?:['’]s\s+(?:[\w'’-]+\s+){0,5}?|\s+)"        # "the Herald's flood report", "the Kelder Herald report" (not
    r"(?:report|story|article|coverage|piece|analysis|round[\s-]?up|timeline|alert|preview"    # "the Sun Valley
    r"|recap|digest|briefing|transcript|follow[\s-]?up)\b")                                    # Council report")
# "… for the Saltreach Gazette?": a paper a story was written for
_PAPER_NAMED = (rf"\s+(?i:for|in)\s+(?i:the\s+)?"
                rf"(?:[{CAPITALS}][\w'’-]*\s+){{0,3}}(?i:{'|'.join(sorted(MASTHEAD_WORDS))})")
_FOR_PAPER = rf"(?:{_PAPER_NAMED})?"
# "Who reported the Ashby Fields planning decision?": a news event, as a story. A preposition says the
# question is about the event itself: who told whom ("Who reported the fire to police?"), who said
# what ("Who reported the loss in March?").
# "Who reported for The Halbrunn Courier on the budget vote?": a paper's reporter on a subject
# "Who broke the exclusive story on …?": a scoop's writer (not "Who broke the news to the family?")
_WHO_BROKE = re.compile(r"^\W*(?i:who\s+broke)\s+(?i:the|this|that|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?i:story|exclusive|scoop|report|article)\b")
_WHO_FOR_PAPER = re.compile(rf"^\W*(?i:who\s+(?:reported|wrote|filed|reports|writes)){_PAPER_NAMED}"
                            r"\s+(?i:on|about)\s+\w")
_WHO_REPORTED = re.compile(r"^\W*(?i:who\s+reported(?:\s+on)?\s+(?:the|this|that))\s+"
                           r"(?P<event>(?:(?!(?i:to|that|for|with|at|from|by|as|in|into|on|after|before|over)\b)"
                           r"[\w'’&.-]++\s*){1,6})" + _FOR_PAPER + r"\W*$")
# "Who wrote about the heatwave records?": the author of the story about them, unless the sentence the
# reading quotes tells who wrote about them ("Orwell wrote about the mines in 1937.")
_WHO_WROTE_ABOUT = re.compile(r"^\W*(?i:who\s+(?:wrote|has\s+written)\s+about)\s+(?i:the|this|that|a|an)\s+\w"
                              r"(?![^?]*\b(?i:book|novel|memoir|biography|poem|play|song|thesis|report|letter)s?\b)")
_WRITING = re.compile(r"\b(?:wr[io]te|written|writ(?:es|ing))\b", re.IGNORECASE)
# "Who wrote the report on the Halloran sentencing?": the news report, by its byline, unless the sentence
# the reading quotes tells of a report ("The report on child poverty, by the Tarn Trust, …": a study's)
_WHO_WROTE_REPORT = re.compile(r"^\W*(?i:who\s+(?:wrote|filed|authored|penned))\s+(?i:the)\s+(?i:report)\s+"
                               r"(?i:on|about|of)\s+\w")
# "Who interviewed Lorcan Whitmarsh?": the interviewer of a person named in full, by an interview's
# byline (``_interview_of`` checks the article is one); "Who interviewed the suspect?" asks about events.
_WHO_INTERVIEWED = re.compile(rf"^\W*(?i:who\s+interviewed)\s+(?P<name>{PERSON}){_FOR_PAPER}"
                              r"(?:\s+(?i:in)\s+(?:(?i:january|february|march|april|may|june|july|august|september"
                              r"|october|november|december|spring|summer|autumn|winter)\s+)?(?:19|20)\d\d)?\W*$")
# (and when, by its year: "… for the Lyrandian Ledger in October 2026?")


# "Which Coastal Radio reporter covered the salmon fine?", "Which journalist filed the story on …?": a writer
# asked for by their trade is a byline's, whatever the story is called
_WHICH_WRITER = re.compile(r"^\W*(?i:which)\s+(?:[\w'’&-]+\s+){0,4}?(?i:(?:journalist|reporter|correspondent|writer"
                           r"|columnist|presenter|critic|reviewer)s?|editor)\s+(?i:wrote(?:\s+about)?|filed|covered"
                           r"|broke(?=\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:story|news|scoop|exclusive)\b)"
                           r"|reported(?:\s+on)?"
                           rf"|penned|authored|compiled|fact-checked|checked)\s+(?:(?i:the|this|that)\s+\w"
                           rf"|[{CAPITALS}])")


# "Who is the transport editor who wrote the Record's Brisa Tunnel timeline?": a writer asked for by their trade
_WHO_IS_THE_WRITER = re.compile(r"^\W*(?i:who\s+(?:is|was)\s+the)\s+(?:[\w'’&-]+\s+){0,3}?(?i:(?:journalist|reporter"
                                r"|correspondent|writer|columnist|editor|critic|reviewer))\s+(?i:who|that)\s+(?i:wrote"
                                r"|filed|covered|reported(?:\s+on)?|penned|authored|compiled)\s+(?:"
                                r"(?i:the|this|that)\s+\w"
                                rf"|[{CAPITALS}])")
# "Who conducted Kirvana Today's interview with the governor?": an interview's byline
_WHO_CONDUCTED = re.compile(r"^\W*(?i:who\s+(?:conducted|carried\s+out))\s+(?i:the|this|that|[\w'’ -]{1,40}?['’]s)\s+"
                            r"(?:(?!(?i:into|of|on|about|in|for|with)\b)[\w-]+\s+){0,2}?(?i:interviews?)\b")


# A report of someone named ("Coastline Sport's cup final report", "the Lindhaven Herald report on …"):
# an article's when the articles know them as a publisher (``publishers_named``), which the words alone
# cannot tell from a study's or a ministry's
NAMED = (r"(?P<name>(?i:the\s+)?"
         rf"(?:[{CAPITALS}][\w-]*\s+){{0,3}}[{CAPITALS}][\w-]*)")       # a name, which may be a publisher's
NAMED_REPORT = (NAMED + r"(?:['’]s\s+(?:[\w'’-]+\s+){0,5}?|\s+)"
                r"(?i:report|story|article|coverage|piece|analysis|follow[\s-]?up)\b")
_WHO_WROTE_NAMED = re.compile(r"^\W*(?i:who\s+(?:wrote|reported|filed|authored|penned|compiled))\s+" + NAMED_REPORT)
# "Who reported the Daily Ledger's market close on …?": whatever a publisher the articles know calls its piece
_WHO_WROTE_THEIRS = re.compile(r"^\W*(?i:who\s+(?:wrote|reported|filed|authored|penned|compiled))\s+" + NAMED
                               + r"['’]s\s+\w")
# "Who reported on the Varrow Cup final for SportVarrow?", "Who interviewed Astrid Nyhus for Kvarts?": for a
# publisher the articles name
_WHO_WROTE_FOR = re.compile(r"^\W*(?i:who\s+(?:wrote|reported|filed|covered|compiled|interviewed|reviewed))\b"
                            r".{3,200}?\s(?i:for)\s+"
                            + NAMED + r"\W*$")


# "Who wrote the Courier's "Five things to know about …"?", "Who compiled the Ledger's "On this day: 14 April"
# column?": a headline in quotation marks (``titled_document`` checks an article has it)
_WHO_WROTE_TITLED = re.compile(r"^\W*(?i:who\s+(?:wrote|compiled|filed|authored|penned|(?:is|was)\s+the\s+"
                               r"(?:author|writer|reporter)\s+of))\s+(?:[\w'’&.-]+\s+){0,5}?[\"“‘']")
# A title in quotation marks: "…", “…”, ‘…’ (not an apostrophe's 's)
_QUOTED_TITLE = re.compile(r"[\"“](?P<double>[^\"“”]{6,200})[\"”]|‘(?P<single>[^‘’]{6,200})’(?!\w)"
                           r"|(?<!\w)'(?P<plain>[^'\n]{6,200}?)'(?!\w)")


def titled_document(index: Index, question: str) -> int | None:
    """The one article whose headline ``question`` quotes whole ("Who wrote "Five things to know about the new
    rail timetable"?": its words, in any case, all and no others, or all but one of five or more), else None."""
    for m in _QUOTED_TITLE.finditer(question[:1000]):
        quoted = tokenize(m.group("double") or m.group("single") or m.group("plain"))
        if len(quoted) < 2:
            continue
        found = [doc for doc, words in _title_words(index) if _same_words(quoted, words)]
        if len(found) == 1:
            return found[0]
    return None


def _title_words(index: Index) -> list[tuple[int, list[str]]]:
    """Each article's number and its headline's (stemmed) words; worked out once per loaded index."""
    found = index.derived.get("title_words")
    if found is None:
        found = [(doc, tokenize(str(meta.get("title") or ""))) for doc, meta in enumerate(index.documents) if meta]
        index.derived["title_words"] = found
    return found


def _same_words(quoted: list[str], title: list[str]) -> bool:
    """Whether a question's quoted words are a headline's: the same words, or all but one of five or more."""
    q, t = set(quoted), set(title)
    return q == t or len(t) >= 5 and q <= t and len(t - q) <= 1 or len(q) >= 5 and t <= q and len(q - t) <= 1


def writer_of_named(index: Index, question: str) -> bool:
    """Whether ``question`` asks who wrote the report of a publisher the articles name ("Who wrote
    Coastline Sport's cup final report?", "Who wrote the Lindhaven Herald report on …?", "Who reported the
    Daily Ledger's market close?"), which
    ``asks_author`` cannot tell from a study's), or who wrote of something for one ("Who reported on
    the cup final for Coastline Sport?")."""
    return named_report(index, _WHO_WROTE_NAMED, question) or named_report(index, _WHO_WROTE_FOR, question) \
        or named_report(index, _WHO_WROTE_THEIRS, question) \
        or bool(_WHO_WROTE_TITLED.match(" ".join(question.split()))) and titled_document(index, question) is not None


def named_report(index: Index, pattern: re.Pattern, question: str) -> bool:
    """Whether ``pattern`` (holding ``NAMED_REPORT``) matches ``question`` naming a publisher of the articles."""
    m = pattern.match(" ".join(question.split())[:1000])
    return m is not None and bool(publishers_named(index, m.group("name"))[0])


def asks_author(question: str) -> bool:
    """Whether ``question`` asks who wrote an article ("Who wrote the story about …?", "Who is the
    author of the article on …?", "Who reported the planning decision?", "Who interviewed Lorcan
    Whitmarsh?", "Who wrote about the heatwave records?", "Which reporter covered the salmon fine?", "Who reported
    for The Halbrunn Courier on the budget vote?", "Who broke the exclusive story on …?");
    not who wrote a book, a letter or a report the articles tell of, who reported something to someone
    ("Who reported the fire to police?") or who questioned a suspect."""
    asked = " ".join(question.split())[:1000]
    return any(p.match(asked) for p in (_WHICH_WRITER, _WHO_WROTE, _WHO_REPORTED, _WHO_FOR_PAPER, _WHO_INTERVIEWED,
                                        _WHO_WROTE_ABOUT, _WHO_WROTE_PAPERS, _WHO_WROTE_REPORT, _WHO_IS_THE_WRITER,
                                        _WHO_CONDUCTED, _WHO_BROKE))


def by_author(index: Index, answer: Answer) -> Answer:
    """For a question asking who wrote an article: the author of the article ``answer`` (to the
    same question) quotes, from the byline above its first sentence ("By Ana Lima and Jo Park,
    Political Reporter", "Words by Kim Ode", "Reporting by Jo Park in Leeds; …") or a wire story's
    sign-off ("Reporting by …"); ``answer`` as it is when it found nothing (the articles are not
    about the question's subject); "not found", saying why, when the article names no author or
    only in its page's metadata. "Who interviewed Lorcan Whitmarsh?" is answered by a byline only
    when the article is an interview of him, and "Who reported the planning decision?" ("Who wrote
    about the heatwave?") only when the sentence the reading quotes does not tell who reported it
    (wrote about it): else that reading stands."""
    if not _by_byline(index, answer):
        return answer if answer.text else Answer(question=answer.question, found=False, passages=answer.passages,
                                                 searched=answer.searched)

    def shown(text: str, first: tuple[int, int], author: str) -> tuple[int, int] | None:
        read = blank_addresses(text)        # (a page saved as text: "By Ida Sorn <https://…>, Political Editor")
        span = header_byline(read, max(first[0], story_start(text, first[0])))
        if span is not None:
            return span
        at = text.find(author, 0, first[0])
        if at >= 0:
            return at, at + len(author)
        lead = author.split(" and ")[0]         # a wire sign-off: "(Reporting by Anjali Rhodes; Editing by …)"
        at = text.find(lead, 0, first[0])       # or front matter's list, a writer a line: the first of them
        if lead != author and at >= 0 and all(name in text[:first[0]] for name in author.split(" and ")):
            return at, at + len(lead)
        m = re.search(rf"\bReporting\s+by\s+({re.escape(author)}|{re.escape(lead)})\b", text[first[1]:], re.IGNORECASE)
        if m is not None:
            return first[1] + m.start(1), first[1] + m.end(1)
        if closing_author(text) == author:       # "By Sander Holt" after the story, a writer's note
            at = text.rfind(author)
            return at, at + len(author)
        signed = re.search(rf"^[—–][ \t]*({re.escape(author)})[ \t]*$", text[first[1]:], re.MULTILINE)
        if signed is not None:                  # "— Tove Aslaksen" signing the story (its captions after it)
            return first[1] + signed.start(1), first[1] + signed.end(1)
        after = header_byline(read[first[1]:], _UNDER_STANDFIRST)     # under a standfirst read as the first sentence
        if after is not None and text[first[1] + after[0]:first[1] + after[1]] in author:    # ("Cheaper gas …" / "By
            return first[1] + after[0], first[1] + after[1]                                   # Tarquin Oyelaran")
        return None

    if answer.found and _ITEM_ASKED.search(answer.searched):
        doc = index.document_at(answer.source, answer.start)
        text, lo = index.article_text(doc), index.story_span(doc)[0]
        subject = story_subject(answer.searched) - set(tokenize(" ".join(MASTHEAD_WORDS)))
        item = item_byline(index.story_text(doc), subject)
        if item is not None:        # "Who wrote the item about the lifeboat's crew room?": its own byline
            return quoted_line(answer, text, item[0] + lo, item[1] + lo)
    return quoted_from_header(index, answer, "author", shown, "{source} names no author.",
                              "The page's metadata gives {value} as the author of {source}, but its text has no "
                              "byline or sign-off to quote.")


# "Who wrote the item about …?", "… the In brief piece on …?", "… the Analysis box accompanying …?": an item of a
# page's, not its story
_ITEM_ASKED = re.compile(r"\b(?:item|in\s+brief|brief|analysis|box|sidebar)\b", re.IGNORECASE)
# An item's headline over its byline: a short line that is no sentence ("Lifeboat gets new crew room")
_ITEM_HEADLINE_WORDS = 15
_STORY_WORDS = 15           # a paragraph of the story, not a header's line


def item_byline(text: str, subject: set[str]) -> tuple[int, int] | None:
    """Where the names are of the byline of an item after the story (its headline, then "By Hakon
    Strand", then its text: an "In brief" section's) whose text holds every word of ``subject``
    (stemmed); None when no such item does (not a signature closing a letter, a wire sign-off, a
    poem's line: no headline stands over them)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    told = next((i for i, line in enumerate(lines) if len(line.split()) >= _STORY_WORDS), len(lines))
    first = max(story_start(text, 0), starts[told])       # (after the story's first paragraph: not its own byline)
    bylined = [i for i, line in enumerate(lines) if starts[i] > first and re.match(r"\s*By\s", line)
               and line_byline(lines, i)]
    for n, i in enumerate(bylined):
        head = next((k for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip()), i)   # the item's headline
        headline = lines[head].strip()
        end = starts[bylined[n + 1]] if n + 1 < len(bylined) else len(text)
        if head == i or len(headline.split()) > _ITEM_HEADLINE_WORDS or headline.endswith((".", ",", '"', "”")) \
                or headline.startswith(('"', "“", "'", "‘")) \
                or not subject or not subject <= set(tokenize(text[starts[head]:end])):
            continue
        names = line_byline(lines, i)
        at = lines[i].find(names)
        return (starts[i] + at, starts[i] + at + len(names)) if at >= 0 else None
    return None


# What separates the names of a byline ("Ana Lima, Jo Park and Kim Ode")
_FIRST_NAME = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


# How far under an article's first sentence (a standfirst) its byline may be looked for
_UNDER_STANDFIRST = 160


def header_byline(text: str, end: int) -> tuple[int, int] | None:
    """Where the names of the first byline line of ``text`` before ``end`` are ("Ana Lima and Jo
    Park" in "By Ana Lima and Jo Park, Political Reporter"; the first person of a line naming them
    apart: a credit line's first reporter, "Ana Lima" in "By Ana Lima, Crime Correspondent, and Jo
    Park"), or None."""
    at = 0
    lines = text[:end].split("\n")
    for i, line in enumerate(lines):
        names = line_byline(lines, i)
        for name in (names, _FIRST_NAME.split(names, 1)[0]) if names else ():
            found = line.find(name)
            if found >= 0:
                return at + found, at + found + len(name)
        at += len(line) + 1
    return None


def _by_byline(index: Index, answer: Answer) -> bool:
    """Whether a question asking who wrote an article is answered from the byline of the article
    ``answer`` names: not when the reading's ``answer`` quotes a sentence telling who reported what
    "Who reported the …?" or "Who wrote the report on …?" asks ("A neighbour reported the fire.",
    "The report, by the Tarn Trust, …"), or who wrote about what "Who wrote
    about …?" asks, nor for "Who interviewed …?" when the article is not an interview of that
    person."""
    asked = " ".join(answer.searched.split())
    if answer.text and (_WHO_REPORTED.match(asked) or _WHO_WROTE_REPORT.match(asked)) \
            and re.search(r"\breport", answer.sentence, re.IGNORECASE):
        return False
    if answer.text and _WHO_WROTE_ABOUT.match(asked) and _WRITING.search(answer.sentence):
        return False
    interviewed = _WHO_INTERVIEWED.match(asked)
    return not (interviewed and answer.found) or _interview_of(index, index.document_at(answer.source, answer.start),
                                                                interviewed.group("name"))


def _interview_of(index: Index, doc: int, name: str) -> bool:
    """Whether article ``doc`` is an interview of ``name``: it prints questions and answers
    ("Q: …"), or its headline says "interview" or its byline "Interview by", and its headline or
    opening names them."""
    text, title, lo = index.story_text(doc), index.documents[doc]["title"], index.story_span(doc)[0]
    if not (has_questions(text) or "interview" in title.casefold()
            or re.search(r"^\W*interview\s+by\b", _header(text), re.IGNORECASE | re.MULTILINE)):
        return False
    surname = name.split()[-1]
    return surname in title or surname in text[:index.sentence_span(index.documents[doc]["sentence_rows"][0])[1] - lo]


def quoted_from_header(index: Index, answer: Answer, field: str,
                       find: Callable[[str, tuple[int, int], str], tuple[int, int] | None],
                       absent: str, unquoted: str | Callable[[str, str, str], str]) -> Answer:
    """For a question about the article ``answer`` quotes (to the same question): its ``field``
    ("author", "date") quoted from its text where ``find(text, first sentence's span, value)`` puts
    it, as an answer with offsets; ``answer`` as it is when it found nothing; "not found" with the
    notice ``absent`` when the article has no such value, ``unquoted`` when its text does not show
    it (``{source}``, the article's headline and file, and ``{value}`` filled in, or made by
    ``unquoted(file, value, headline and file)``)."""
    if not answer.found:
        return answer
    doc = index.document_at(answer.source, answer.start)
    meta = index.documents[doc]
    value = (meta.get(field) or "").strip()
    scores = {p.chunk_id: p.score for p in answer.passages}
    opening = tuple(index.passage(r, scores.get(r, 0.0)) for r in range(*meta["rows"]))[:max(1, len(answer.passages))]
    missing = Answer(question=answer.question, found=False, passages=opening or answer.passages,    # the article's
                     searched=answer.searched)                                                        # own, to check
    title = " ".join((meta.get("title") or "").split())
    named = f'"{title}" ({answer.source})' if title else answer.source      # as a reader knows it: its headline
    if not value:
        return replace(missing, notice=absent.format(source=named))
    text = index.article_text(doc)
    lo = index.story_span(doc)[0]       # (a file of several stories: this one's header, not the first's)
    first = index.sentence_span(meta["sentence_rows"][0])
    span = find(index.story_text(doc), (first[0] - lo, first[1] - lo), value)
    if span is None:
        said = unquoted(answer.source, value, named) if callable(unquoted) else unquoted.format(source=named,
                                                                                                 value=value)
        return replace(missing, notice=said)
    return quoted_line(answer, text, span[0] + lo, span[1] + lo)


# "Who translated the Tidende story about the last cod boat?": a translated article's credit, a line of its own
# ("Translated by Nora Eide.", "Translated from Norrish into English by Nora Eide", "English translation by …"; not
# "… by the Tidende's English-language desk", nor a book's translator a review names)
_WHO_TRANSLATED = re.compile(rf"^\W*(?i:who\s+translated)\s+{ARTICLE}")
_TRANSLATED_BY = re.compile(r"^[ \t\[(*_]*(?i:(?:English\s+)?translat(?:ed|ion))(?:[ \t]+(?i:from|into)[ \t]+"
                            rf"(?i:the[ \t]+)?(?i:original[ \t]+)?[{CAPITALS}][\w-]*(?:[ \t]+(?i:original))?){{0,2}}"
                            rf"[ \t]+(?i:by)[ \t]+(?P<name>(?!(?:The|A|An)\b)[{CAPITALS}][\w'’-]+"
                            rf"(?:[ \t]+[{CAPITALS}][\w'’-]+){{1,3}})",
                            re.MULTILINE)


def asks_translator(question: str) -> bool:
    """Whether ``question`` asks who translated an article ("Who translated the Tidende story about …?")."""
    return bool(_WHO_TRANSLATED.match(" ".join(question.split())[:1000]))


def by_translator(index: Index, answer: Answer) -> Answer:
    """For a question asking who translated an article: the translator its credit names ("Translated by Nora
    Eide."), quoted from its line; not found, saying so, when the article ``answer`` quotes names none."""
    doc = live_document(index, answer.source, answer.start) if answer.found else None
    if doc is None:
        return answer
    text = index.article_text(doc)
    m = _TRANSLATED_BY.search(text, *index.story_span(doc))
    if m is None:
        title = " ".join((index.documents[doc].get("title") or "").split())
        return Answer(question=answer.question, found=False, passages=answer.passages, searched=answer.searched,
                      notice=f'"{title}" ({answer.source}) names no translator.')
    return quoted_line(answer, text, m.start("name"), m.end("name"))


# "Who edited the agency story on …?", "Who was the editor of the report on …?": an article's editor (not a
# film's or a book's: "Who edited the film?")
_WHO_EDITED = re.compile(r"^\W*who\s+(?:edited|sub-?edited|was\s+the\s+editor\s+of)\s+(?:the|this|that|their|its"
                         r"|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:story|article|report|piece|item|dispatch|copy"
                         r"|(?:live\s+)?(?:page|blog|coverage))\b", re.IGNORECASE)
# A wire story's credit naming its editor, a line of its own or after its reporters: "(Reporting by Ana Lima;
# Editing by Marta Quist)", "Editing by Marta Quist"; a credit line's part ("27 November 2025 · Edited by …");
# a page's: "This live page was edited by Mirela Sokol, …", "… with reporting from …. It was edited by Laura Kempers."
_EDITING_BY = re.compile(rf"(?:^\W*|[·•|]\s*|(?i:reporting|writing)\s+by\s+[^;\n]*;\s*|(?:^\W*|(?<=[.!?]\s))"
                         rf"(?:(?i:this|the)\s+"
                         rf"(?i:live\s+)?(?i:page|blog|story|article|coverage)|It)\s+(?i:was|is|has\s+been)\s+)"
                         rf"(?i:editing|edited)\s+by\s+(?P<name>{PERSON}(?:\s+(?:and|&)\s+{PERSON})?)", re.MULTILINE)


def asks_editor(question: str) -> bool:
    """Whether ``question`` asks who edited an article ("Who edited the agency story on …?")."""
    return bool(_WHO_EDITED.match(" ".join(question.split())[:1000]))


def by_editor(index: Index, answer: Answer) -> Answer:
    """For a question asking who edited an article: the editor the article ``answer`` quotes from names
    in its wire credit ("Reporting by Ana Lima; Editing by Marta Quist"); "not found", saying so, when
    it names none."""
    doc = live_document(index, answer.source, answer.start) if answer.source else None
    if doc is None:
        return answer
    text = index.article_text(doc)
    m = _EDITING_BY.search(text, *index.story_span(doc))
    if m is None:
        return Answer(question=answer.question, found=False, passages=answer.passages, searched=answer.searched,
                      notice=f"{answer.source} names no editor.")
    end = m.start("name") + len(m.group("name").split("\n", 1)[0].rstrip())     # (the line's: not what follows it)
    end -= 1 if text[end - 1] == "." else 0                                     # (nor the sentence's full stop)
    return replace(quoted_line(answer, text, m.start("name"), end), found=True)


def quoted_line(answer: Answer, text: str, start: int, end: int) -> Answer:
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
                                   "edited editor "
                                   "story article piece item brief news report published posted run released come "
                                   "appear "
                                   "online date day put go carry carries bear bears covered coverage interviewed "
                                   "interview feature profile obituary review column editorial opinion blog updated "
                                   "amended last time compiled page translated translator wire agency analysis box "
                                   "sidebar accompanying alongside"))
# "Which newspaper ran …", "Which news site covered …", "Which agency reported …": the words of a
# question asking who published
_OUTLET_ASKED = re.compile(rf"^\W*(?:which|what)\s+(?:{OUTLET}|agency|agencies)\s+\w+", re.IGNORECASE)


def story_subject(question: str) -> set[str]:
    """The (stemmed) words of a question about an article itself that say which article: those of
    "the striker's transfer" in "Who wrote the story about the striker's transfer?"; none in
    "When was this story published?"."""
    asking = _OUTLET_ASKED.match(question)
    return set(tokenize(question)) - _HEADER_WORDS - set(tokenize(asking.group() if asking else ""))


# A noun the question makes of the verb the article uses: "the collision" of "collided", "the
# decision" of "decided", "the explosion" of "exploded", "the suspension" of "suspended" (the stems
# differ: "collis", "collid")
_NOUN_OF_VERB = (("ision", "ide"), ("osion", "ode"), ("usion", "ude"), ("asion", "ade"), ("ension", "end"),
                 ("ansion", "and"), ("ission", "it"), ("ersion", "ert"))


# Nouns news makes of a verb and its particle, and the verb: "walkout" of "walked out" (a list: "blackout",
# "playoff" and "Hanover" are no verb's)
_PARTICLE_NOUNS = {"walkout": "walk", "shutdown": "shut", "takeover": "take", "layoff": "lay", "lockout": "lock",
                   "sellout": "sell", "breakdown": "break", "crackdown": "crack", "bailout": "bail", "buyout": "buy",
                   "cutback": "cut", "handover": "hand", "pullout": "pull", "payout": "pay", "rollout": "roll",
                   "standoff": "stand", "showdown": "show", "slowdown": "slow", "lockdown": "lock", "shakeup": "shake",
                   "breakthrough": "break", "sell-off": "sell", "walk-out": "walk", "shut-down": "shut"}


def _verb_stems(question: str) -> dict[str, str]:
    """The stem of each such noun of ``question`` ("collision": "collis") and its verb's ("collid"),
    and of each noun made of a verb and its particle ("walkout": "walk")."""
    found: dict[str, str] = {}
    for word in re.findall(r"\w+(?:-\w+)?", question.lower()):
        verb = _PARTICLE_NOUNS.get(word.removesuffix("s"), "")
        stems = tokenize(f"{word} {verb}") if verb else []
        if len(stems) == 2 and stems[0] != stems[1]:        # "walkout": "walk"
            found[stems[0]] = stems[1]
            continue
        for noun, verb in _NOUN_OF_VERB:
            if word.endswith(noun) and len(word) > len(noun) + 2:     # not "pension" ("pend"), "tension"
                stems = tokenize(f"{word} {word.removesuffix(noun)}{verb}")
                if len(stems) == 2 and stems[0] != stems[1]:
                    found[stems[0]] = stems[1]
                break
    return found


def holds_subject(subject: set[str], words: set[str], question: str) -> bool:
    """Whether an article's (stemmed) ``words`` hold every word of a question's ``subject``, a noun
    of ``question`` made from a verb ("collision", "walkout") also by that verb ("collided", "walked
    out")."""
    missing = subject - words
    if not missing:
        return True
    verbs = _verb_stems(question)
    return all(verbs.get(word) in words for word in missing)


def story_asked(index: Index, a: Answer, about: frozenset[str] = frozenset(),
                story: tuple[str, int] = ("", -1)) -> Answer:
    """For a question about an article itself (who wrote it, when it came out, who published it):
    the article of the passages holding every word of the question's subject ("the striker's
    transfer"; of three or more words, all but one of them but the names; or its names, with one in
    its headline) of the kind the question names ("the interview", ``_KINDS``) whose headline says
    most of it, the best-ranked of those, as an answer (its score, 0, says to check it), or ``a``
    when its article is as much about it (a letters page answering the flood report is not the
    report); ``a`` when no passage's article holds the subject. A question naming the publisher
    ("the Harbour Post's flood report", "the Post's obituary") is about an article of theirs. A
    question naming no subject ("When was this story published?") is about the article the
    conversation is about (``about``: the last answer's, whatever the reading found elsewhere; in a file of several
    stories, the one ``story``, the last answer's (seed file, offset), is in); asked
    first, about the one article there is, else not found, asking which (``WHICH_ARTICLE``).
    Such a question's subject is often too thin for the topic model to call the articles about it. A
    question quoting an article's headline whole is about that article (``titled_document``)."""
    titled = titled_document(index, a.searched)
    if titled is not None:
        source = index.documents[titled]["source"]
        return a if a.found and a.source == source else story_answer(index, a, source, titled)
    subject = story_subject(a.searched)
    named, said = publishers_named(index, a.searched)
    rest = subject - said
    named_as = re.search(ARTICLE, a.searched, re.IGNORECASE)        # "the Karin Holm interview": its noun ("the
    noun = " ".join(named_as.group().split()[-2:]) if named_as else ""     # letters page": its two last words)
    kinds = [shown for named_kind, shown in _KINDS if noun and named_kind.search(noun)]
    column = about_correction(a.searched)       # a corrections column holds every report's words
    # (of the kind named, of the publisher named (holding all the subject's words or two in its headline, or
    # half of them with one in its headline: "the Ledger's flood follow-up" is its "Ossel flood: …"; the
    # Tribune's review of a play in Pellerin is not its report on the Pellerin tram vote, which an article whose
    # publisher is not known may be), holding all the subject's words, its headline naming the
    # subject, subject words in its headline, rank, source, document); an article holding all but one of
    # three or more words of the subject (no name), or its names with one in its headline, may be the one
    # meant: "Bremmer Foods' annual results" ("Bremmer Foods profit falls 9%"), when no other holds them all
    # (a corrections column holding every word is not the report it corrects). An article whose publisher
    # is not known may be the publisher's named.
    found: list[tuple[bool, bool, bool, bool, int, int, str, int]] = []
    named_words = set(tokenize(" ".join(names(a.searched)))) & rest
    # (the passages' articles, then the other articles of the publisher named: "the Ledger's flood follow-up"
    # may be one the search ranked below others on floods)
    docs = [live_document(index, p.source, p.start) for p in a.passages] + sorted(named)
    for rank, doc in enumerate(dict.fromkeys(d for d in docs if d is not None) if rest or named else ()):
        source = index.documents[doc]["source"]
        if named and doc not in named and index.documents[doc].get("publisher"):
            continue
        if not column and corrections_column(index.documents[doc]["title"]):
            continue
        words = set(tokenize(index.story_text(doc))) | _dated(index, doc)
        held = holds_subject(rest, words, a.searched)
        titled = rest & set(tokenize(index.documents[doc]["title"]))
        theirs = bool(named) and doc in named and 2 * len(rest & words) >= len(rest) and bool(titled)
        if held or theirs or not (rest - words) & named_words and (len(rest) >= 3 and len(rest - words) == 1
                                                                   or bool(named_words and titled & named_words)):
            header = _header(index.story_text(doc))
            found.append((any(shown.search(header) for shown in kinds),
                          (not named or doc in named) and (held or len(titled) >= 2 or theirs), held, bool(titled),
                          len(titled), -rank, source, doc))
    if found:       # the article of the kind named ("the Karin Holm interview": not the news story about her),
        best = max(found)       # then whose headline says most of the subject ("the flood report": not the
        read = live_document(index, a.source, a.start) if a.found else None                  # letters page)
        reading = next((f for f in found if f[7] == read), None)
        if reading is not None and reading[:5] >= best[:5]:
            return a
        return story_answer(index, a, best[6], best[7])
    if not subject and not about and not kinds:     # "Who wrote this article?" first: the one article,
        if len(index.documents) == 1:               # else which? ("the obituary": the reading's)
            return story_answer(index, a, index.documents[0]["source"], 0)
        return Answer(question=a.question, found=False, passages=a.passages, searched=a.searched,
                      notice=WHICH_ARTICLE)
    if a.found and (subject or not about):
        return a
    for source in [] if subject else sorted(about):
        doc = live_document(index, source, story[1] if story[0] == source else -1)
        if doc is not None:
            return story_answer(index, a, source, doc)
    return a


def _dated(index: Index, doc: int) -> set[str]:
    """The (stemmed) words of article ``doc``'s date, its month's name and year: "the rail strike story in
    November 2026" is about the one dated 10 Nov 2026, whose text need not say "November"."""
    date = index.times(doc).date
    if date is None:
        return set()
    return set(tokenize(f"{calendar.month_name[date.month] if date.month else ''} {date.year}"))


WHICH_ARTICLE = ("Which article? Ask after an answer quoted from it, or say what it is about (\"Who wrote the "
                 "story about …?\").")


# The kind of article a question names, and how an article's header says it is one ("Interview by
# Callum Brisk", "OBITUARY", "Water meters explained", "FACT CHECK", "Opinion")
_KINDS = tuple((re.compile(rf"\b{asked}\b", re.IGNORECASE), re.compile(shown, re.IGNORECASE)) for asked, shown in (
    ("interview", r"\binterview|\bQ\s*&\s*A\b"), ("obituary", r"\bobituar"), ("review", r"\breview|★"),
    ("explainer", r"\bexplain"), (r"fact[\s-]?check", r"\bfact[\s-]?check"), ("column", r"\bcolumn|\bopinion\b"),
    ("editorial", r"\beditorial|\bopinion\b|\bour\s+view\b"), (r"live\s+(?:blog|coverage)", r"\blive\b"),
    ("profile", r"\bprofile"), ("letters?", r"\bletters\b")))


def _header(text: str) -> str:
    """An article's headline, credits and labels: its text before the story (``story_start``), at
    most 400 characters of it."""
    return text[:min(story_start(text, 0) or 400, 400)]


def live_document(index: Index, source: str, offset: int = -1) -> int | None:
    """The index into ``index.documents`` of article ``source`` (of its story holding file offset ``offset``, in a
    file of several), or None when it is gone."""
    try:
        return index.document_at(source, offset)       # (offset -1: its first, or only, story)
    except KeyError:                # deleted since it was quoted
        return None


def story_answer(index: Index, a: Answer, source: str, doc: int) -> Answer:
    """``a`` as an answer about the article ``source`` itself (score 0: check it). When ``doc`` is one of a file's
    several stories that ``a`` does not quote, ``a`` quotes its first sentence (its offsets say which story)."""
    meta = index.documents[doc]
    span = meta.get("story")
    if span and not (a.source and a.start >= 0 and live_document(index, a.source, a.start) == doc):
        start, end = index.sentence_span(meta["sentence_rows"][0])
        text = index.article_text(doc)
        a = replace(a, text=text[start:end], sentence=text[start:end], start=start, end=end, sentence_start=start,
                    sentence_end=end, line=text.count("\n", 0, start) + 1)
    return replace(a, found=True, score=0.0, source=source, title=meta["title"], encoding=meta.get("encoding", "utf-8"),
                   date=meta.get("date", ""), publisher=meta.get("publisher", ""), also_in=tuple(meta.get("also", ())))


def quoted_from_read(index: Index, a: Answer,
                     span_of: Callable[[int, str], tuple[int, int] | None]) -> Answer | None:
    """The first of the articles ``a`` was read from (its own answer's, then its passages') for which
    ``span_of(doc, text)`` gives offsets in its text (its story's, in a file of several), quoted from their line
    as an answer about that article (score 0: check it; no notice); None when it gives none for any."""
    places = ([(a.source, a.start)] if a.found else []) + [(p.source, p.start) for p in a.passages]
    for doc in dict.fromkeys(live_document(index, source, offset) for source, offset in places):
        if doc is None:
            continue
        source, lo = index.documents[doc]["source"], index.story_span(doc)[0]     # (a file of several: the story's)
        span = span_of(doc, index.story_text(doc))
        if span is not None:
            return quoted_line(replace(story_answer(index, a, source, doc), notice=""), index.article_text(doc),
                               span[0] + lo, span[1] + lo)
    return None


def publishers_named(index: Index, question: str) -> tuple[frozenset[int], set[str]]:
    """The articles whose publisher ``question`` names, and the (stemmed) words naming it: the
    name whole but for "The" ("the Harbour Post's") or but for its first word ("Evening Mail" of
    "Skarrow Evening Mail"), its first word capitalised when no article but theirs writes it ("Coastline" of
    "Coastline News", not "Skarrow") or when it is in capitals ("RKV" of "RKV News"), its last after "the" ("the
    Post's"), or its initials in capitals
    when no article writes them ("VBR's" for "Varr Business Review"); (empty, empty) when it names none."""
    docs: set[int] = set()
    said: set[str] = set()
    for patterns, held in _publisher_patterns(index):
        m = next(filter(None, (p.search(question) for p in patterns)), None)     # the first way that names it
        if m:
            docs |= held
            said |= set(tokenize(m.group()))
    return frozenset(docs), said


def _publisher_patterns(index: Index) -> list[tuple[list[re.Pattern], frozenset[int]]]:
    """Per publisher of ``index``'s articles, the patterns of the ways a question names it
    (``publishers_named``), in that order, and its articles; worked out once per loaded index."""
    found = index.derived.get("publisher_patterns")
    if found is not None:
        return found
    by_name: dict[str, set[int]] = {}
    for doc, meta in enumerate(index.documents):
        name = " ".join(str((meta or {}).get("publisher") or "").split())
        if name:
            by_name.setdefault(name, set()).add(doc)
    found = []
    for name, held in by_name.items():
        words = name.split()
        words = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
        ways = [re.escape(" ".join(words))]
        if len(words) >= 3:                             # "Evening Mail" of "Skarrow Evening Mail"
            ways.append(re.escape(" ".join(words[1:])))
        stem = tokenize(words[0])
        if stem and (index.documents_with(stem[0]) <= held      # a word only their own articles write ("revealed
                     or len(words) > 1 and len(words[0]) >= 3 and words[0].isupper()):    # by Lantern", of Lantern
            ways.append(rf"(?-i:{re.escape(words[0])})")    # News), or letters in capitals ("RKV" of RKV News): a name
        if len(words) > 1:
            ways.append(rf"\bthe\s+(?-i:{re.escape(words[-1])})")
        initials = "".join(word[0] for word in words if word[0].isupper())
        if len(initials) >= 2 and not index.chunks_with(initials.lower()):     # "VBR" for "Varr Business Review"
            ways.append(rf"(?-i:{initials})")
        found.append(([re.compile(rf"(?<![\w-])(?:{way})(?![\w-])(?!\s+(?-i:[{CAPITALS}]))", re.IGNORECASE)
                       for way in ways], frozenset(held)))
    index.derived["publisher_patterns"] = found
    return found


# "Who wrote the letter calling for …?", "Which letter writer lives in Gullhaven?", "Which reader
# complained about …?": a reader's letter, by what it says
_LETTER_ASKED = re.compile(r"^\W*(?:who\s+(?:wrote|sent|signed)\s+(?:the|a|this|that)\s+letter\b(?!\s+bomb)"
                           rf"|(?:which|what)\s+(?:(?-i:[{CAPITALS}][\w'’-]*)\s+){{0,2}}?(?:letter[\s-]*writer|reader)"
                           rf"(?:s|['’]s)?\s+"
                           r"(?!(?:survey|number|group|panel|poll|figure|comment|review|club)s?\b)(?:[a-z]+(?:ed|es|s)"
                           r"|wrote|said|thinks?|lives?|says|father|mother|son|daughter|husband|wife)\b"
                           # "Which library volunteer wrote in defence of …?": a reader's letter, by what it argues
                           r"|(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:reader|resident|volunteer|parent|pensioner|local"
                           r"|neighbour|neighbor|member|user|passenger|commuter|fan|listener|viewer|campaigner|teacher"
                           r"|nurse|driver)s?\s+wrote\s+in\s+(?:defence|defense|support|praise|favour|favor)\s+of\b"
                           # "Who wrote to the Saltmere Gazette complaining …?", "Who wrote in to the editor …?"
                           rf"|who\s+wrote\s+(?:in\s+)?to\s+the\s+(?:(?-i:[{CAPITALS}][\w'’-]*)\s+){{0,3}}?(?:editor"
                           rf"|{'|'.join(sorted(MASTHEAD_WORDS))})\b(?!\s+office\b)(?=[^?]*\b"
                           rf"(?:complain|prais|object|argu|protest"
                           r"|say|saying|ask|asking|call|calling|thank|defend|support|oppos|demand|urg|warn)))",
                           re.IGNORECASE)
_LETTER_WORDS = frozenset(tokenize("letter letters writer writers wrote write written reader readers sent signed "
                                   "titled headlined lives live living"))


def asks_letter_writer(question: str) -> bool:
    """Whether ``question`` asks who wrote a reader's letter, saying what it is about."""
    return bool(_LETTER_ASKED.match(" ".join(question.split())[:1000]))


def by_letter(index: Index, a: Answer) -> Answer:
    """For a question asking who wrote a reader's letter: the name signing the letter of the
    passages' letters pages that holds the most of the question's words (half of them or more; its
    signature's place too: "lives in Gullhaven"), quoted from its signature, when no other letter
    holds as many (score 0: check it); ``a`` as it is when it quotes that name already, or when no
    letter is the one."""
    subject = set(tokenize(a.searched)) - _LETTER_WORDS
    found: list[tuple[int, int, str, int, tuple[int, int]]] = []
    docs = dict.fromkeys(live_document(index, p.source, p.start) for p in a.passages) if subject else {}
    for rank, doc in enumerate(d for d in docs if d is not None):
        text, lo = index.story_text(doc), index.story_span(doc)[0]       # (a file of several: its story's)
        for start, end, (name_start, name_end) in letters(text, index.documents[doc]["title"]):
            found.append((len(subject & set(tokenize(text[start:end]))), -rank, index.documents[doc]["source"], doc,
                          (name_start + lo, name_end + lo)))
    if not found:
        return a
    best = max(found)
    if 2 * best[0] < len(subject) or [f[0] for f in found].count(best[0]) > 1:
        return a
    _, _, source, doc, (start, end) = best
    text = index.article_text(doc)
    if a.found and a.source == source and a.start == start and a.end == end:
        return a
    return quoted_line(story_answer(index, a, source, doc), text, start, end)
