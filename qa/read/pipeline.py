"""Question → ``Deliberation``: search, gather candidate sentences, rank them, read the best few
(more when none of those holds a likely answer) and gather what says whether the articles are about
the question at all. ``qa.read.decide`` turns it into an ``Answer``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

import numpy as np

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.ingest.lexicon import CAPITALS
from qa.models import Scorer, load_weights
from qa.read.asked import Wanted, counted, wanted, years_named
from qa.read.byline import publishers_named
from qa.read.evidence import (
    SENTENCE_FEATURES,
    Evidence,
    article_coverage,
    gather,
    missing_weight,
    no_evidence,
    vocabulary_coverage,
)
from qa.read.figures import (
    header_terms,
    item_body_start,
    item_label,
    item_named,
    one_cell,
    row_label,
    row_named,
    table_cells,
    table_row,
)
from qa.read.headings import answer_rows
from qa.read.interview import words_start
from qa.read.kinds import names
from qa.read.reader import Reader, Reading
from qa.read.span_choice import choose, figure_missing, fit
from qa.read.timing import asked
from qa.records import Passage
from qa.search.passages import shown_passages
from qa.search.rank import Mode, search
from qa.search.spelling import FOREIGN, corrected, foreign, not_mentioned, said, slipped, strangers, unmentioned
from qa.settings import DEFAULT, Settings

LONG_QUESTION = "The question was long;"      # opens the notice of a question cut to its first characters
EMPTY_QUESTION = "question is empty: ask something about the articles (who, what, when, how much …)"


@functools.lru_cache(maxsize=1)
def sentence_scorer() -> Scorer:
    """The shipped "sentences" model (stage 1), bound to ``SENTENCE_FEATURES``."""
    return load_weights().scorer("sentences", SENTENCE_FEATURES)


def _of_the_month(index: Index, question: str, rows: np.ndarray, scores: np.ndarray,
                  read: int) -> tuple[np.ndarray, np.ndarray]:
    """``rows`` (and their ``scores``) with the chunks of articles dated in a month the question names
    ("What was Maren Aaskov's job in October 2025?") first, in their order, when none of the best
    ``read`` is of one: the others would all be turned away as of another time (``timing.covers``)."""
    months = {f"{m.year:04d}-{m.month:02d}" for m in asked(question) if m.month}
    if not months or not len(rows):
        return rows, scores
    dated = np.array([index.documents[int(index.row_doc[r])].get("date", "")[:7] in months for r in rows], dtype=bool)
    if not dated.any() or dated[:read].any():
        return rows, scores
    return np.concatenate([rows[dated], rows[~dated]]), np.concatenate([scores[dated], scores[~dated]])


def prepare_question(question: str, max_chars: int) -> tuple[str, str]:
    """(the question to search, a notice for the user or ""). Control characters become spaces;
    a question over ``max_chars`` is cut at a word boundary."""
    q = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in question)
    q = " ".join(q.split())
    notice = ""
    if len(q) > max_chars:
        cut = q.rfind(" ", 0, max_chars)
        q = q[: cut if cut > 0 else max_chars]
        notice = f"{LONG_QUESTION} only its first {len(q):,} characters were used."
    return q, notice


@dataclass(frozen=True)
class Deliberation:
    """Everything the pipeline worked out for one question before deciding (also what the
    calibration script fits on). Per-read-sentence arrays are in ``picked`` order."""

    question: str
    searched: str
    notice: str
    passages: tuple[Passage, ...]
    evidence: Evidence
    picked: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))   # evidence positions read
    readings: tuple[Reading, ...] = ()
    stage1: np.ndarray = field(default_factory=lambda: np.zeros(0))    # stage-1 score of each sentence read
    vocab_coverage: float = 0.0     # share of the question's word weight the index knows
    best_sent_cos: float = 0.0      # the best cosine of any candidate sentence
    # Of each read sentence's article: ``article_coverage`` (2 columns), and the share of the weight
    # of the question's names (``kinds.names``) it holds (1 when the question names nothing).
    articles: np.ndarray = field(default_factory=lambda: np.zeros((0, 3)))
    article_share: np.ndarray = field(default_factory=lambda: np.zeros(0))   # its share of the top chunks
    # Of each read sentence with the sentences around it: the heaviest question word they lack.
    context_missing: np.ndarray = field(default_factory=lambda: np.zeros(0))
    # Of each read sentence's quoted span: (of the kind asked for 1 / not -1 / none asked 0,
    # only the question's own words 1 / else 0), ``span_choice.fit``; a figure asked for and
    # none quoted 1 / else 0, ``span_choice.figure_missing``.
    span_fit: np.ndarray = field(default_factory=lambda: np.zeros((0, 3)))
    # Other versions of the story (``qa.search.versions``): their seed files, by the chunk row they repeat.
    versions: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # Names of the question that no article holds, nor nearly (``spelling.strangers``): "Zorbex".
    strangers: tuple[str, ...] = ()
    # The position in ``picked`` of a sentence read only as the one after a lede (``_lede_follower``):
    # it answers only in the lede's place (``decide``), or None.
    follower: int | None = None
    # The articles of the publisher the question names as its source ("…, according to the Harbour
    # Post?"; ``publisher_as_source``): their sentences answer first (``decide``), and the question
    # searched without those words is shown as it was asked (``asked_as``).
    published_by: frozenset[int] = frozenset()
    asked_as: str = ""


def _credited(index: Index, name: str, question: str = "") -> bool:
    """Whether ``name`` is an article's publisher or byline as written there ("GadgetLine", shown
    on a saved page's masthead line, which is not searched), a word of a byline the question names
    whole, or a word by which the question names a publisher (``publishers_named``: "Coastline" of
    "Who wrote the Coastline fact check?" for "Coastline News"); a word of an author's name alone
    is not ("Jordan" of "Sam Jordan")."""
    names = index.derived.get("credited_names")
    if names is None:
        names = {field: {" ".join(str(doc.get(field) or "").lower().split()) for doc in index.documents if doc} - {""}
                 for field in ("publisher", "author")}
        index.derived["credited_names"] = names
    word = " ".join(name.lower().split())
    if word in names["publisher"] or word in names["author"]:
        return True
    asked = " ".join(re.findall(r"[\w'’]+", question.lower()))
    if any(word in whole.split() and re.search(rf"(?<![\w']){re.escape(whole)}(?![\w])", asked)
           for whole in names["author"]):
        return True
    return bool(question) and bool(set(tokenize(name)) & publishers_named(index, question)[1])


# "…, according to the Harbour Post?", "According to the Evening Mail, how many …", "…, as reported by the
# Courier?": a publisher as the source
_ACCORDING_TO = re.compile(r"(?:,\s*)?\b(?i:according\s+to|as\s+(?:first\s+)?reported\s+by)\s+"
                           rf"(?P<name>(?:the\s+)?[{CAPITALS}][\w'’-]*"
                           rf"(?:\s+[{CAPITALS}][\w'’-]*){{0,3}})(?:\s*[,:])?")


def publisher_as_source(index: Index, question: str) -> tuple[str, frozenset[int]]:
    """``question`` without the "according to …" naming a publisher of the articles, and that
    publisher's articles (``byline.publishers_named``): what an article of theirs says answers it,
    and their name is in no sentence of it; (``question``, empty) when it names none."""
    for m in _ACCORDING_TO.finditer(question):
        docs, _ = publishers_named(index, m.group("name"))
        if docs:
            rest = (question[:m.start()] + (" " if m.start() and m.end() < len(question) else "")
                    + question[m.end():]).strip()
            rest = re.sub(r"\s+([?.,!])", r"\1", rest)
            return (rest[:1].upper() + rest[1:] if rest else question), docs
    return question, frozenset()


def deliberate(index: Index, encoder, reader: Reader, question: str, k: int, qvec: np.ndarray | None = None,
               settings: Settings | None = None, exclude: frozenset[int] = frozenset()) -> Deliberation:
    """Search, gather candidate sentences, rank them and read the best ``settings.read_sentences``
    (``settings.wider_read`` more of ``settings.wider_chunks`` chunks when none of those gives the
    reader a margin of ``settings.widen_below_margin``). Sentence rows in ``exclude`` are never
    candidates (calibration asks answerable questions as if their answer were not there)."""
    s = DEFAULT if settings is None else settings
    q, notice = prepare_question(question, s.max_question_chars)
    if not q:
        raise ValueError(EMPTY_QUESTION)
    if index.size == 0:
        return Deliberation(question, q, "The index is empty: add articles to the seeds folder and rebuild.", (),
                            no_evidence())
    other_language = s.spelling and foreign(q)
    if other_language:                  # no English word's slip, nor names "no article mentions"
        notice = " ".join(filter(None, [notice, FOREIGN]))
    elif s.spelling:
        q, fixes = corrected(q, index.words_used, index.accented)
        if fixes:
            notice = " ".join(filter(None, [notice, said(fixes)]))
            qvec = None                     # the vector of the question as typed is not the one searched
    asked_as = q
    q, published_by = publisher_as_source(index, q)
    missing = () if other_language else tuple(n for n in unmentioned(q, index.words_used, index.accented)
                                               if not _credited(index, n, q))
    odd = strangers(q, missing, index.terms_by_initial) if missing else ()
    meant = slipped(tuple(n for n in missing if n not in odd), index.terms_by_initial) if missing else ()
    notice = " ".join(filter(None, [notice, not_mentioned(missing, tuple(filter(None, map(index.written, meant))))]))
    qvec = encoder.encode([q])[0] if qvec is None else qvec
    rows, scores = search(index, q, qvec, max(s.distinct_depth * k, s.wider_chunks), Mode.HYBRID, settings=s)
    if published_by:            # the publisher's chunks read first, in their order
        theirs = np.array([int(index.row_doc[r]) in published_by for r in rows], dtype=bool)
        rows, scores = np.concatenate([rows[theirs], rows[~theirs]]), np.concatenate([scores[theirs], scores[~theirs]])
    else:                       # "… in October 2025?": that month's stories, when none of the best is
        rows, scores = _of_the_month(index, q, rows, scores, s.read_chunks)
    rows, scores, versions, shown = shown_passages(index, rows, scores, k, s)
    d = Deliberation(question, q, notice, tuple(shown), no_evidence(), versions=versions,
                     strangers=odd, published_by=published_by, asked_as=asked_as if published_by else "")
    d = _read(index, reader, d, qvec, rows, s.read_chunks, s.read_sentences, {}, s, exclude)
    more = len(rows) > s.read_chunks or len(d.evidence) > len(d.picked)
    if more and d.readings and max(r.margin for r in d.readings) < s.widen_below_margin:
        seen = {int(d.evidence.srows[i]): r for i, r in zip(d.picked, d.readings)}
        d = _read(index, reader, d, qvec, rows, s.wider_chunks, s.wider_read, seen, s, exclude)
    return d


def _read(index: Index, reader: Reader, d: Deliberation, qvec: np.ndarray, rows: np.ndarray, n_chunks: int,
          n_read: int, seen: dict[int, Reading], s: Settings, exclude: frozenset[int] = frozenset()) -> Deliberation:
    """``d`` with the sentences of the best ``n_chunks`` chunks of ``rows`` ranked and the best
    ``n_read`` read (``seen``: readings already made, by sentence row)."""
    q = d.searched
    ev = gather(index, q, qvec, rows[:n_chunks], exclude)
    if len(ev) == 0:
        return d if len(d.picked) else replace(d, evidence=ev)
    stage1 = sentence_scorer()(ev)
    labelled = [i for i, text in enumerate(ev.texts) if row_asked(index, q, int(ev.srows[i]), text)
                or item_asked(index, q, int(ev.srows[i]), text)]
    if labelled:            # "What is the rent in Skarrow?": the row "Skarrow | 1,120 | +5.2%" is read first
        stage1 = stage1.copy()
        stage1[labelled] = stage1.max() + 1.0
    picked = np.argsort(-stage1, kind="stable")[:n_read]
    readings = _readings(index, reader, q, ev, picked, seen, s)
    fitted = [fit(q, ev.texts[i], r.start, r.end) for i, r in zip(picked, readings)]
    after = _lede_follower(index, ev, picked, [kind for kind, _ in fitted])
    if after is not None:       # the lede leaves the name or the figure asked for to the sentence after it
        picked = np.append(picked, after)
        readings += _readings(index, reader, q, ev, picked[-1:], seen, s)
        fitted.append(fit(q, ev.texts[after], readings[-1].start, readings[-1].end))
    follower = None if after is None else len(picked) - 1
    under = _under_headings(index, ev, picked)
    if under:               # a question heading read: the paragraph under it answers what it asks
        picked = np.append(picked, under)
        readings += _readings(index, reader, q, ev, picked[-len(under):], seen, s)
        fitted += [fit(q, ev.texts[i], r.start, r.end) for i, r in zip(under, readings[-len(under):])]
    srows = [int(ev.srows[i]) for i in picked]
    docs = [index.sentence_document(r) for r in srows]
    words = tokenize(q)
    named = tokenize(" ".join(names(q)))
    per_doc = {doc: (*article_coverage(index, words, doc), article_coverage(index, named, doc)[0] if named else 1.0)
               for doc in set(docs)}
    top_docs = index.row_doc[rows[:s.read_chunks]]
    context = [" ".join(index.sentence_text(n) for n in (r - 1, r, r + 1) if n == r or index.same_article(r, n))
               for r in srows]
    fits = [(*f, figure_missing(q, ev.texts[i], r.start, r.end)) for f, i, r in zip(fitted, picked, readings)]
    return replace(d, evidence=ev, picked=picked, readings=readings, stage1=stage1[picked],
                   follower=follower,
                   span_fit=np.array(fits, dtype=np.float64).reshape(-1, 3),
                   context_missing=np.array([missing_weight(index, words, c) for c in context], dtype=np.float64),
                   vocab_coverage=vocabulary_coverage(index, words), best_sent_cos=float(ev.sent_cos.max()),
                   articles=np.array([per_doc[doc] for doc in docs], dtype=np.float64).reshape(-1, 3),
                   article_share=np.array([np.mean(top_docs == doc) for doc in docs], dtype=np.float64))


def _readings(index: Index, reader: Reader, q: str, ev: Evidence, positions: np.ndarray, seen: dict[int, Reading],
              s: Settings) -> tuple[Reading, ...]:
    """The readings of the candidate sentences at ``positions`` of ``ev`` (``seen``: readings
    already made, by sentence row), each with the span the question wants (``span_choice.choose``)."""
    srows = [int(ev.srows[i]) for i in positions]
    docs = [index.sentence_document(r) for r in srows]
    new = [n for n, r in enumerate(srows) if r not in seen]
    fresh = dict(zip(new, reader.read(q, [ev.texts[positions[n]] for n in new],
                                      [index.documents[docs[n]]["title"] for n in new],
                                      [context_sentence(index, srows[n]) for n in new])))
    readings = tuple(fresh[n] if n in fresh else seen[r] for n, r in enumerate(srows))
    dated = [index.year(doc) for doc in docs] if years_named(q) else [None] * len(docs)   # only when a year is asked
    return tuple(_past_label(index, q, srow, _in_column(index, q, srow, ev.texts[i],
                                                        choose(q, ev.texts[i], r, s.span_choice_slack, y)))
                 for i, srow, r, y in zip(positions, srows, readings, dated))


# A question the speaker's label of a transcript answers: "Who said …?", "Who asked about …?", "Who hosts …?"
_SPEAKER_ASKED = re.compile(r"^\W*who\s+(?:said|says|told|tells|asked|asks|spoke|speaks|added|replied|answered|called"
                            r"|described|warned|argued|claimed|insisted|predicted|admitted|hosts?|hosted|interviewed"
                            r"|presents?|presented)\b", re.IGNORECASE)


def _past_label(index: Index, q: str, srow: int, reading: Reading) -> Reading:
    """``reading`` quoting a speaker's label ("[00:03:34] [CASIMIR WELD]: She is.") for a question
    asking anything but who spoke ("Who was fisheries minister before Helga Brandvold?" is not answered
    by "[11:50] TOBIAS WREN: The fisheries minister, Helga Brandvold, …"): the best other span it offers
    after the label, where it offers one; as it is otherwise."""
    if wanted(q) in (Wanted.PERSON, Wanted.NAME) and _SPEAKER_ASKED.match(q):
        return reading
    start, end = index.sentence_span(srow)
    words = words_start(index.article_text(index.sentence_document(srow)), start, end) - start
    if words <= 0 or reading.start >= words:
        return reading
    after = next(((a, b) for a, b, _ in reading.spans if a >= words), None)
    return reading if after is None else replace(reading, start=after[0], end=after[1])


def _in_column(index: Index, q: str, srow: int, sentence: str, reading: Reading) -> Reading:
    """For a table's row, ``reading`` quoting one cell: the one under the header cell sharing most of
    the question's words ("Average rent (KRD)" for "What is the average rent in Skarrow?", "Change
    on a year earlier" for "By how much did rents change …?", "Yes %" rather than "Yes" for "What was
    the Yes percentage …?", and the other way round without one; not one naming only other years than the one
    asked where another names it: ``_other_year``), else the cell its span starts in
    (``figures.one_cell``); ``reading`` as it is for any other sentence."""
    if not table_row(sentence):
        return reading
    cells = table_cells(sentence)
    first = _table_start(index, srow)
    header = table_cells(index.sentence_text(first)) if first != srow else []
    asked = set(tokenize(q)) | set(re.findall(r"[^\W\d_]+", q.lower()))   # (a header of stop words: "No", "Against")
    # "By how much did rents change …?": the change column (not for a place's name: "Orrin Falls")
    change = _CHANGE_ASKED.search(re.sub(rf"(?<=\s)[{CAPITALS}][\w'’-]*", "", q)) is not None
    share = _SHARE_ASKED.search(q) is not None         # "the Yes percentage": "Yes %", not "Yes"
    names = [index.sentence_text(first)[a:b] for a, b in header]
    counting = wanted(q) is Wanted.NUMBER
    held = [len(asked & (header_terms(text, counting) or set(re.findall(r"[^\W\d_]+", text.lower()))))
            for text in names]
    noun = set(tokenize(counted(q)))       # "How many points …": "Pts" before "W" for "… when they won …?"
    other_year = _other_year(q, names)
    shares = [n + (100.0 if change and _CHANGE_COLUMN.search(text) else 0.0)       # (a share only between
              + (0.5 if noun and noun <= header_terms(text, counting) else 0.0)
              + ((0.5 if share else -0.25) * bool(_SHARE_COLUMN.search(text)) if n else 0.0)   # headers named)
              - (100.0 if other_year(text) else 0.0)
              for n, text in zip(held, names)]
    if len(header) == len(cells) and max(shares[1:], default=0) > 0:
        column = 1 + int(np.argmax(shares[1:]))
        return replace(reading, start=cells[column][0], end=cells[column][1])
    if len(header) == len(cells) - 1 and max(shares, default=0) > 0:     # a header with its first cell blank:
        column = 1 + int(np.argmax(shares))                                  # "      2025   2024" over "Revenue …"
        return replace(reading, start=cells[column][0], end=cells[column][1])
    return replace(reading, **dict(zip(("start", "end"), one_cell(sentence, reading.start, reading.end))))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _other_year(question: str, headers: list[str]):
    """Whether a header names only years the question does not, where another header names one it does ("… in
    2019?" of "Rent as share of pay (2025)" beside "2019"; not "Population (2025)" beside "Average rent"): a test
    of a header's text."""
    asked = {str(year) for year in years_named(question)}
    if not asked or not any(asked & set(_YEAR.findall(text)) for text in headers):
        return lambda text: False
    return lambda text: bool(_YEAR.search(text)) and not asked & set(_YEAR.findall(text))
_CHANGE_ASKED = re.compile(r"\b(?:by\s+how\s+much|chang|ris[ei]|rose|f[ae]ll|increas|decreas|gr[eo]w|los[et]|gain)",
                           re.IGNORECASE)
_CHANGE_COLUMN = re.compile(r"\b(?:chang|ris[ei]|f[ae]ll|increas|decreas|growth)|%", re.IGNORECASE)
_SHARE_ASKED = re.compile(r"\b(?:percentage|per\s*cent|share|proportion)\b|%", re.IGNORECASE)
_SHARE_COLUMN = re.compile(r"%|\bper\s*cent\b|\bshare\b", re.IGNORECASE)


def row_asked(index: Index, question: str, srow: int, sentence: str) -> bool:
    """Whether ``sentence`` (row ``srow``) is a table's row the question asks about: one it names by its
    first cell (``figures.row_named``), asking for a figure or a thing (not "When did …?", "Who …?"),
    and sharing a word with the table's header ("What share of the vote …?": "PARTY | SEATS | CHANGE |
    VOTE SHARE"; "… in 2024?": "2025  2024  2023") or the caption over it, there not only a word of time
    (a row named by its label alone, "Which two Civic Alliance MPs …?", is no answer to every
    question, nor "Saltreach" of a house-price table dated "first quarter 2026" one about its cargo),
    in an article naming every name the question does ("the Kestrel Mill"), the table's caption, header or the
    article's title naming the names other than the row's ("How many Ilsenford seats did the Green Coast win?" is
    not asked of a national table's "Green Coast" row)."""
    if wanted(question) not in (Wanted.AMOUNT, Wanted.NUMBER, Wanted.OTHER) or not row_named(question, sentence):
        return False
    first = _table_start(index, srow)
    header_row = index.sentence_text(first) if first != srow else ""
    counting = wanted(question) is Wanted.NUMBER
    header = {w for a, b in table_cells(header_row) for w in header_terms(header_row[a:b], counting)}
    caption = set(tokenize(index.sentence_text(first - 1))) if index.same_article(first, first - 1) else set()
    asked = set(tokenize(question))
    named = set(tokenize(" ".join(names(question)))) - set(tokenize(row_label(sentence)))
    if named - article_stems(index, index.sentence_document(srow)):
        return False            # "… the net profit of the Kestrel Mill in 2024?": not another firm's table
    title = set(tokenize(index.documents[index.sentence_document(srow)]["title"]))
    if named - caption - header - title - set(tokenize(header_row)):
        return False            # "How many Ilsenford seats …?": not the national table's "Green Coast" row
    return bool(asked & header) or any(not _TIME_WORD.fullmatch(w) for w in asked & caption)


def item_asked(index: Index, question: str, srow: int, sentence: str) -> bool:
    """Whether ``sentence`` (row ``srow``) is a list's item the question asks about, as ``row_asked`` a
    table's row: one it names by its label ("- Ardentby: average 341,500 sevra, up 6.2 per cent" for
    "What is the average house price in Ardentby?"), asking for a figure or a thing, sharing a word
    that is no word of time with the item or the two sentences leading into the list ("Average house
    prices … rose … Here is how the regions compared:"), in an article naming every name the question does."""
    if wanted(question) not in (Wanted.AMOUNT, Wanted.NUMBER, Wanted.OTHER) or not item_named(question, sentence):
        return False
    first = srow
    while index.same_article(first, first - 1) and item_label(index.sentence_text(first - 1)):
        first -= 1
    lead = " ".join(index.sentence_text(r) for r in (first - 2, first - 1) if index.same_article(first, r))
    said = set(tokenize(sentence)) - set(tokenize(item_label(sentence))) | set(tokenize(lead))
    named = set(tokenize(" ".join(names(question)))) - set(tokenize(item_label(sentence)))
    if named - article_stems(index, index.sentence_document(srow)):
        return False
    return any(not _TIME_WORD.fullmatch(w) for w in set(tokenize(question)) & said)


def cell_asked(index: Index, question: str, srow: int, sentence: str, start: int) -> bool:
    """Whether the cell at ``sentence[start]`` answers the question by its row and its column: the row
    is one asked about (``row_asked``), the question asks for a figure, and the header over the cell
    shares a word with it that is no word of time ("How many points did Cantmoor Town have?": "62"
    under "Pts" in the row "| 2 | Cantmoor Town | 30 | 62 |"). A table names no subject in a sentence
    the models can weigh; the row and the column say it."""
    if wanted(question) not in (Wanted.AMOUNT, Wanted.NUMBER):
        return False
    if item_asked(index, question, srow, sentence):     # a list's item: its figure after the label
        return start >= item_body_start(sentence)
    if not row_asked(index, question, srow, sentence):
        return False
    first = _table_start(index, srow)
    header_row = index.sentence_text(first) if first != srow else ""
    cells, header = table_cells(sentence), table_cells(header_row)
    column = next((i for i, (a, b) in enumerate(cells) if a <= start < b), None)
    if column is None or len(header) != len(cells) or column == 0:
        return False
    asked = {w for w in tokenize(question) if not _TIME_WORD.fullmatch(w)}
    named = header_row[header[column][0]:header[column][1]]
    return bool(asked & header_terms(named, wanted(question) is Wanted.NUMBER))


def article_stems(index: Index, doc: int) -> frozenset[str]:
    """The words (stems) of article ``doc``, worked out once and kept with the index."""
    known = index.derived.setdefault("article_stems", {})
    if doc not in known:
        known[doc] = frozenset(tokenize(index.story_text(doc)))
    return known[doc]


# Words that say when, which a table's caption shares with questions about anything else of that time
_TIME_WORD = re.compile(r"\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|quarter\w*|first|second|third"
                        r"|fourth|half|year\w*|month\w*|week\w*|day\w*|annual\w*", re.IGNORECASE)


def _table_start(index: Index, srow: int) -> int:
    """The first row of the table the row ``srow`` is in (its header): ``srow`` when it is no row."""
    first = srow
    while index.same_article(first, first - 1) and table_row(index.sentence_text(first - 1)):
        first -= 1
    return first


def _lede_follower(index: Index, ev: Evidence, picked: np.ndarray, kinds: list[float]) -> int | None:
    """The position in ``ev`` of the sentence after the first lede among the sentences ``picked``
    whose quoted span is not of the kind asked for (``kinds``: ``span_choice.fit``'s first value
    of each), when that sentence is a candidate not picked; else None. A news story's lede tells
    the story in the question's words and names the person or gives the figure in the next
    sentence ("A man is facing charges of …" / "The man, Tomas Varga, 24, was arrested …"), which
    ranks below it and may not have been picked: ``decide`` weighs the two."""
    rows = {int(ev.srows[i]) for i in picked}
    for i, kind in zip(picked, kinds):
        row = int(ev.srows[i])
        if kind != -1 or index.same_article(row, row - 1) or not index.same_article(row, row + 1):
            continue
        if row + 1 in rows:
            return None
        at = np.flatnonzero(ev.srows == row + 1)
        return int(at[0]) if len(at) else None
    return None


def _under_headings(index: Index, ev: Evidence, picked: np.ndarray) -> list[int]:
    """The positions in ``ev`` of the candidate sentences under the question headings (and the
    interviewer's questions) among those ``picked`` (``headings.answer_rows``) not picked already."""
    rows = {int(ev.srows[i]) for i in picked}
    at = {int(row): i for i, row in enumerate(ev.srows)}
    under: list[int] = []
    for i in picked:
        under += [at[row] for row in answer_rows(index, int(ev.srows[i])) if row in at and row not in rows]
    return list(dict.fromkeys(under))


# A story's second sentence naming who its lede describes: "Gustav Pell, 57, of Harbour Road, …"
_NAMED_WITH_AGE = re.compile(r"(?!(?:On|In|By|At|From|Since|Last|This|Next|Monday|Tuesday|Wednesday|Thursday|Friday"
                             rf"|Saturday|Sunday)\b)[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{1,3}},\s+"
                             rf"(?:now\s+)?\d{{1,3}},(?!\d)")


def context_sentence(index: Index, srow: int) -> str:
    """What the reader reads before sentence ``srow``: the sentence before it (``previous_sentence``);
    for a story's lede, which has none or a header line before it, the sentence after it when that one
    names, with an age, the person the lede describes ("A former managing director … has been jailed
    for six years …" / "Gustav Pell, 57, of Harbour Road, …"): "How long was Gustav Pell jailed for?"
    is answered by the lede."""
    before = previous_sentence(index, srow)
    if not index.same_article(srow, srow + 1) or not _header_line(before):
        return before
    after = index.sentence_text(srow + 1)
    return after if _NAMED_WITH_AGE.match(after) else before


def _header_line(line: str) -> bool:
    """Whether ``line`` (a sentence before another) is nothing, or a short header line with no full stop
    (a byline, a masthead, a date line): a story's lede comes after such lines."""
    return len(line.split()) <= 8 and not line.rstrip().endswith((".", "!", "?", '"', "”", "’"))


def previous_sentence(index: Index, srow: int) -> str:
    """The sentence before ``srow`` in its article ("" for an article's first): the reader's context;
    for a table's row, the table's first row, its header ("City | Average rent | Change" over
    "Skarrow | 1,120 | +5.2%"), with the caption before it."""
    if not index.same_article(srow, srow - 1):
        return ""
    if not table_row(index.sentence_text(srow)):
        return index.sentence_text(srow - 1)
    first = _table_start(index, srow)
    if first == srow:
        return index.sentence_text(srow - 1)
    caption = index.sentence_text(first - 1) if index.same_article(first, first - 1) else ""
    return " ".join(filter(None, [caption if caption.rstrip().endswith(":") else "", index.sentence_text(first)]))


# The row under a table's header setting it apart: "|---|---|", "| :--- | ---: |"
_RULE_ROW = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def header_row(index: Index, srow: int) -> bool:
    """Whether sentence row ``srow`` is a table's header, its first row over a rule ("| Candidate | Party |
    Votes |" over "|---|---|---|"): the names of its columns, no answer."""
    if not (table_row(index.sentence_text(srow)) and _table_start(index, srow) == srow
            and index.same_article(srow, srow + 1)):
        return False
    end = index.sentence_span(srow)[1]
    after = index.article_text(index.sentence_document(srow))[end:end + 200].lstrip(" |").split("\n")
    rule = after[1] if len(after) > 1 and not after[0].strip() else after[0]     # (the row's last bar, or none)
    return bool(_RULE_ROW.fullmatch(rule))


def document_of(index: Index, d: Deliberation, j: int) -> int:
    """The index into ``index.documents`` of the j-th sentence read."""
    return index.sentence_document(int(d.evidence.srows[int(d.picked[j])]))
