"""Ranked chunks → candidate sentences with the features that say which one holds the answer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa.read.kinds import kind_features
from qa.index.loaded import Index
from qa.index.bm25 import tokenize
from qa.read.models import SENTENCE_FEATURES, bigram_overlap, coverage, sentence_features


def vocabulary_coverage(index: Index, words: list[str]) -> float:
    """Share of the question's word weight (``words``: its ``tokenize``; smoothed idf,
    ``BM25.weight``; a word the index does not know, ``Index.term_id``, weighs as one seen nowhere)
    that the index knows.
    Low for questions about things no article mentions."""
    weighted = _weighted(index, words)
    total = sum(w for _, w in weighted)
    return sum(w for t, w in weighted if t is not None) / total if total > 0 else 0.0


def _weighted(index: Index, words: list[str]) -> list[tuple[int | None, float]]:
    """(term id or None, weight) per word: ``BM25.weight`` of a known word (``Index.term_id``),
    ``BM25.unseen_weight`` of any other."""
    bm = index.bm25
    ids = [index.term_id(w) for w in words]
    return [(t, float(bm.weight[t]) if t is not None else bm.unseen_weight) for t in ids]


def article_coverage(index: Index, words: list[str], doc: int) -> tuple[float, float]:
    """How well article ``doc`` (an index into ``documents``) covers the question's ``words``: the
    share of their weight (as in ``vocabulary_coverage``) found anywhere in it, and the weight of the
    heaviest word missing from it, relative to a word never seen. An answer from an article that
    lacks the question's rarest name is rarely an answer."""
    if not words or doc < 0:
        return 0.0, 1.0
    lo, hi = index.documents[doc]["rows"]
    bm = index.bm25
    found = total = missing = 0.0
    for t, weight in _weighted(index, words):
        total += weight
        rows = bm.indices[bm.indptr[t]:bm.indptr[t + 1]] if t is not None else ()
        if len(rows) and bool(np.any((rows >= lo) & (rows < hi))):
            found += weight
        else:
            missing = max(missing, weight)
    return (found / total if total > 0 else 0.0), missing / bm.unseen_weight


@dataclass(frozen=True)
class Evidence:
    """Candidate sentences of one question (deduplicated across overlapping chunks)."""

    srows: np.ndarray       # (n,) sentence rows
    chunks: np.ndarray      # (n,) best-ranked chunk row holding each sentence
    texts: tuple[str, ...]
    features: np.ndarray    # (n, F), see ranking.SENTENCE_FEATURES


def gather(index: Index, question: str, qvec: np.ndarray, rows: np.ndarray) -> Evidence:
    """Every sentence of the ranked chunks ``rows`` (best first)."""
    seen: dict[int, int] = {}
    srows, chunks, ranks = [], [], []
    for rank, row in enumerate(rows.tolist()):
        for srow in index.sentence_rows(row):
            if srow in seen:
                continue
            seen[srow] = len(srows)
            srows.append(srow)
            chunks.append(row)
            ranks.append(rank)
    if not srows:
        return Evidence(np.zeros(0, np.int64), np.zeros(0, np.int64), (), np.zeros((0, len(SENTENCE_FEATURES))))
    texts = [index.sentence_text(s) for s in srows]
    q_words = tokenize(question)
    q_terms = [t for t in map(index.term_id, q_words) if t is not None]
    idf = index.bm25.weight
    words = [tokenize(t) for t in texts]
    terms = [{index.vocab[w] for w in ws if w in index.vocab} for ws in words]
    cover = [coverage(q_terms, idf, t) for t in terms]
    ctx = []
    for i, s in enumerate(srows):
        near = set(terms[i])
        for n in (s - 1, s + 1):
            j = seen.get(n)
            if j is not None:
                near |= terms[j]
            elif index.same_article(s, n):
                near |= {index.vocab[w] for w in tokenize(index.sentence_text(n)) if w in index.vocab}
        ctx.append(coverage(q_terms, idf, near))
    cos = index.sentence_vectors(srows) @ qvec
    feats = sentence_features(
        sent_cos=cos,
        chunk_rank=np.asarray(ranks),
        cover=np.asarray(cover),
        cover_ctx=np.asarray(ctx),
        bigrams=np.asarray([bigram_overlap(q_words, w) for w in words]),
        n_words=np.asarray([len(t.split()) for t in texts]),
        cos_gap=cos - cos.max(),
        kinds=kind_features(question, texts),
    )
    return Evidence(np.asarray(srows, np.int64), np.asarray(chunks, np.int64), tuple(texts), feats)
