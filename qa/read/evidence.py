"""Ranked chunks → candidate sentences with the raw signals that say which one holds the answer,
and how well the index and an article cover the question's words."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.ingest.dates import MONTHS
from qa.models import FeatureTable
from qa.read.figures import table_row
from qa.read.interview import speaker_of, speaks
from qa.read.kinds import KIND_FEATURES, kind_features


def coverage(query_terms, weight: np.ndarray, terms: set[int]) -> float:
    """Share of the query's word ``weight`` whose terms occur in ``terms`` (each distinct term once)."""
    distinct = set(query_terms)
    total = sum(float(weight[t]) for t in distinct)
    if total <= 0:
        return 0.0
    return sum(float(weight[t]) for t in distinct if t in terms) / total


def bigram_overlap(query_words, words) -> float:
    """Share of the query's adjacent word pairs (stems) that also occur adjacent in ``words``."""
    q = set(zip(query_words, query_words[1:]))
    if not q:
        return 0.0
    return len(q & set(zip(words, words[1:]))) / len(q)


def vocabulary_coverage(index: Index, words: list[str]) -> float:
    """Share of the question's word weight (``words``: its ``tokenize``; smoothed idf,
    ``BM25.weight``; a word the index does not know, ``Index.term_id``, weighs as one seen nowhere)
    that the index knows. Low for questions about things no article mentions."""
    weighted = _weighted(index, words)
    total = sum(w for _, w in weighted)
    return sum(w for t, w in weighted if t is not None) / total if total > 0 else 0.0


def _weighted(index: Index, words: list[str]) -> list[tuple[int | None, float]]:
    """(term id or None, weight) per word: ``BM25.weight`` of a known word (``Index.term_id``),
    ``BM25.unseen_weight`` of any other."""
    bm = index.bm25
    ids = [index.term_id(w) for w in words]
    return [(t, float(bm.weight[t]) if t is not None else bm.unseen_weight) for t in ids]


def missing_weight(index: Index, words: list[str], text: str) -> float:
    """The weight of the heaviest of the question's ``words`` that ``text`` lacks, relative to a
    word never seen (0 when it holds them all): a sentence and its neighbours that never name the
    question's specifics ("interest rate", "retail sales") rarely answer it."""
    have = set(tokenize(text))
    bm = index.bm25
    missing = [w for w in dict.fromkeys(words) if w not in have]
    if not missing:
        return 0.0
    return max(float(bm.weight[t]) if t is not None else bm.unseen_weight
               for t in map(index.term_id, missing)) / bm.unseen_weight


def article_coverage(index: Index, words: list[str], doc: int) -> tuple[float, float]:
    """How well article ``doc`` (an index into ``documents``) covers the question's ``words``: the
    share of their weight (as in ``vocabulary_coverage``) found anywhere in it, and the weight of the
    heaviest word missing from it, relative to a word never seen. An answer from an article that
    lacks the question's rarest name is rarely an answer. The year and the month the article is dated
    count as found in it (``dated_words``)."""
    if not words or doc < 0:
        return 0.0, 1.0
    lo, hi = index.documents[doc]["rows"]
    bm = index.bm25
    found = total = missing = 0.0
    dated = dated_words(index, doc)
    for word, (t, weight) in zip(words, _weighted(index, words)):
        total += weight
        rows = bm.indices[bm.indptr[t]:bm.indptr[t + 1]] if t is not None else ()
        if (len(rows) and bool(np.any((rows >= lo) & (rows < hi)))) or word in dated:
            found += weight
        else:
            missing = max(missing, weight)
    return (found / total if total > 0 else 0.0), missing / bm.unseen_weight


def dated_words(index: Index, doc: int) -> frozenset[str]:
    """The words of article ``doc``'s date a question may name ("2025", "march" of a story dated 14 March
    2025), as ``tokenize`` writes them; empty for an undated article."""
    date = index.times(doc).date
    if date is None:
        return frozenset()
    month = MONTHS[date.month - 1] if date.month else ""
    return frozenset(tokenize(f"{date.year} {month}"))


@dataclass(frozen=True)
class Evidence:
    """Candidate sentences of one question (deduplicated across overlapping chunks) and their raw
    signals, all (n,) but ``kinds``; ``SENTENCE_FEATURES`` turns them into features."""

    srows: np.ndarray           # sentence rows
    chunks: np.ndarray          # best-ranked chunk row holding each sentence
    texts: tuple[str, ...]
    sent_cos: np.ndarray        # cosine of the sentence (in context) with the question, float32
    chunk_rank: np.ndarray      # rank (0 = best) of the chunk it was found in
    coverage: np.ndarray        # share of the question's word weight in the sentence
    coverage_ctx: np.ndarray    # ... in the sentence and its neighbours in the article
    bigrams: np.ndarray         # share of the question's word pairs in the sentence
    n_words: np.ndarray
    kinds: np.ndarray           # (n, len(KIND_FEATURES)): offers the kind of answer asked for

    def __len__(self) -> int:
        return len(self.srows)


def no_evidence() -> Evidence:
    z = np.zeros(0)
    return Evidence(np.zeros(0, np.int64), np.zeros(0, np.int64), (), z.astype(np.float32), z, z, z, z, z,
                    np.zeros((0, len(KIND_FEATURES))))


def gather(index: Index, question: str, qvec: np.ndarray, rows: np.ndarray,
           exclude: frozenset[int] = frozenset()) -> Evidence:
    """Every sentence of the ranked chunks ``rows`` (best first), and every row of a table one of them is
    in or stands right over (its caption: a chunk may end before the rows under it), but the sentence rows in
    ``exclude`` (calibration asks questions as if their answering sentences were not there)."""
    seen: dict[int, int] = {}
    srows, chunks, ranks = [], [], []
    for rank, row in enumerate(rows.tolist()):
        own = index.sentence_rows(row)
        for srow in [n for s in own for n in (s, *_table_under(index, s))]:
            if srow in seen or srow in exclude:
                continue
            seen[srow] = len(srows)
            srows.append(srow)
            chunks.append(row if srow in own else int(index.sentence_chunk[srow]))   # (a table's row in the next)
            ranks.append(rank)
    if not srows:
        return no_evidence()
    texts = [index.sentence_text(s) for s in srows]
    q_words = tokenize(question)
    q_terms = [t for t in map(index.term_id, q_words) if t is not None]
    weight = index.bm25.weight
    words = [tokenize(t) for t in texts]
    years = _years(q_words)
    terms = [{index.vocab[w] for w in ws if w in index.vocab} | _speaker_terms(index, s) | _dated_terms(index, s, years)
             for ws, s in zip(words, srows)]
    ctx = []
    for i, s in enumerate(srows):
        near = set(terms[i])
        for n in (s - 1, s + 1):
            j = seen.get(n)
            if j is not None:
                near |= terms[j]
            elif index.same_article(s, n):
                near |= {index.vocab[w] for w in tokenize(index.sentence_text(n)) if w in index.vocab} \
                    | _speaker_terms(index, n)
        ctx.append(coverage(q_terms, weight, near))
    return Evidence(
        srows=np.asarray(srows, np.int64), chunks=np.asarray(chunks, np.int64), texts=tuple(texts),
        sent_cos=index.sentence_vectors(srows) @ qvec,
        chunk_rank=np.asarray(ranks, dtype=np.float64),
        coverage=np.asarray([coverage(q_terms, weight, t) for t in terms], dtype=np.float64),
        coverage_ctx=np.asarray(ctx, dtype=np.float64),
        bigrams=np.asarray([bigram_overlap(q_words, w) for w in words], dtype=np.float64),
        n_words=np.asarray([len(t.split()) for t in texts], dtype=np.float64),
        kinds=kind_features(question, texts),
    )


TABLE_ROWS = 40         # the rows of a table read with one of them or its caption, at most


def _table_under(index: Index, srow: int) -> list[int]:
    """The rows of the table sentence ``srow`` is a row of or stands right over, after ``srow`` (a chunk
    may hold a table's caption or its first rows and the next one the rest); [] for any other sentence."""
    if not (index.same_article(srow, srow + 1) and table_row(index.sentence_text(srow + 1))):
        return []
    rows = []
    n = srow + 1
    while len(rows) < TABLE_ROWS and index.same_article(srow, n) and table_row(index.sentence_text(n)):
        rows.append(n)
        n += 1
    return rows


def _dated_terms(index: Index, srow: int, years: set[str]) -> set[int]:
    """The term of the year sentence ``srow``'s article is dated ("2025" of a story of 9 April 2025),
    when the question names it (``years``): a question naming the year of a story ("How many teachers
    walked out in April 2025?") names what its date says, though its sentences ("… walked out on
    Wednesday") do not."""
    year = str(index.year(index.sentence_document(srow)) or "") if years else ""
    term = index.term_id(year) if year in years else None
    return {term} if term is not None else set()


def _years(words: list[str]) -> set[str]:
    """The words of a question that may be years ("2025")."""
    return {w for w in words if len(w) == 4 and w.isdigit()}


def _speaker_terms(index: Index, srow: int) -> set[int]:
    """The terms of the name of the one whose words sentence ``srow`` gives in a labelled paragraph of
    an interview or a transcript ("A: I work two days a week as a physiotherapist." in an interview
    with Mira Delacourt: "mira", "delacourt"; ``interview.speaker_of``): an answer says "I" for them,
    and a question names them. Empty for a sentence of an article with no speaker's labels (whether
    an article has any, and the text of one that has, are worked out once and kept with the index)."""
    doc = index.sentence_document(srow)
    known = index.derived.setdefault("labels_speakers", {})     # its text, or "" for an article with none
    if doc not in known:
        text = index.article_text(doc)
        known[doc] = text if speaks(text) else ""
    if not known[doc]:
        return set()
    meta = index.documents[doc]
    name = speaker_of(known[doc], index.sentence_span(srow)[0], meta["title"],
                      index.sentence_text(meta["sentence_rows"][0]))
    return {index.vocab[w] for w in tokenize(name) if w in index.vocab}


# The stage-1 ranker's features ("sentences" in ``ranking.json``): which candidates are read.
SENTENCE_FEATURES = FeatureTable("sentences", {
    "sent_cos": lambda e: e.sent_cos,
    "chunk_rr": lambda e: 1.0 / (1.0 + e.chunk_rank),
    "coverage": lambda e: e.coverage,
    "coverage_ctx": lambda e: e.coverage_ctx,
    "bigrams": lambda e: e.bigrams,
    "log_len": lambda e: np.log1p(e.n_words),
    "cos_gap": lambda e: e.sent_cos - e.sent_cos.max(),
    **{name: (lambda e, i=i: e.kinds[:, i]) for i, name in enumerate(KIND_FEATURES)},
})
