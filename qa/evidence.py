"""Ranked chunks → candidate sentences with the features that say which one holds the answer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .index import Index
from .lexical import tokenize
from .ranking import bigram_overlap, coverage, sentence_features


@dataclass(frozen=True)
class Evidence:
    """Candidate sentences of one question (deduplicated across overlapping chunks)."""

    srows: np.ndarray       # (n,) sentence rows
    chunks: np.ndarray      # (n,) best-ranked chunk row holding each sentence
    texts: tuple[str, ...]
    features: np.ndarray    # (n, F), see ranking.SENTENCE_FEATURES


def gather(index: Index, question: str, qvec: np.ndarray, rows: np.ndarray, scores: np.ndarray) -> Evidence:
    """Every sentence of the ranked chunks ``rows`` (best first, with their ``scores``)."""
    seen: dict[int, int] = {}
    srows, chunks, ranks, cscores = [], [], [], []
    for rank, (row, score) in enumerate(zip(rows.tolist(), scores.tolist())):
        for srow in index.sentence_rows(row):
            if srow in seen:
                continue
            seen[srow] = len(srows)
            srows.append(srow)
            chunks.append(row)
            ranks.append(rank)
            cscores.append(score)
    if not srows:
        return Evidence(np.zeros(0, np.int64), np.zeros(0, np.int64), (), np.zeros((0, 8)))
    texts = [index.sentence_text(s) for s in srows]
    q_words = tokenize(question)
    q_terms = [index.vocab[w] for w in q_words if w in index.vocab]
    idf = index.bm25.idf
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
            elif 0 <= n < len(index.sentences) and index.sentence_chunk[n] >= 0 \
                    and index.sentence_document(n) == index.sentence_document(s):
                near |= {index.vocab[w] for w in tokenize(index.sentence_text(n)) if w in index.vocab}
        ctx.append(coverage(q_terms, idf, near))
    cos = index.sentence_vectors(srows) @ qvec
    feats = sentence_features(
        sent_cos=cos,
        chunk_score=np.asarray(cscores),
        chunk_rank=np.asarray(ranks),
        cover=np.asarray(cover),
        cover_ctx=np.asarray(ctx),
        bigrams=np.asarray([bigram_overlap(q_words, w) for w in words]),
        n_words=np.asarray([len(t.split()) for t in texts]),
        cos_gap=cos - cos.max(),
    )
    return Evidence(np.asarray(srows, np.int64), np.asarray(chunks, np.int64), tuple(texts), feats)
