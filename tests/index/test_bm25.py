"""Tokenising and BM25, against the ``bm25s`` library as an oracle."""

from __future__ import annotations

import random

import bm25s
import numpy as np
import pytest

from qa.encode.words import tokenize
from qa.index.bm25 import BM25, postings, term_counts
from qa.settings import DEFAULT


def test_tokenize_lowercases_stems_and_drops_stop_words():
    assert tokenize("The Missiles were PROVIDED to North Korea's army!") == ["missil", "provid", "north", "korea", "armi"]
    assert tokenize("and the of") == []
    assert tokenize("") == []


def test_a_ligature_is_tokenized_as_its_letters():
    assert tokenize("The ﬁnal ﬂoor of the ofﬁce") == tokenize("The final floor of the office")


def test_term_counts_grow_the_vocabulary():
    vocab: dict[str, int] = {"b": 0}
    ids, counts = term_counts(["a", "b", "a", "c", "a"], vocab)
    assert vocab == {"b": 0, "a": 1, "c": 2}
    assert ids.tolist() == [0, 1, 2] and counts.tolist() == [1, 3, 1]


def _rows(corpus: list[list[str]], vocab: dict[str, int]) -> tuple[list, list, list[int]]:
    """Each document's term ids and counts (``vocab`` grows), and where each row starts."""
    terms, counts, ptr = [], [], [0]
    for doc in corpus:
        ids, tf = term_counts(doc, vocab)
        terms.append(ids)
        counts.append(tf)
        ptr.append(ptr[-1] + len(ids))
    return terms, counts, ptr


def _ours(corpus: list[list[str]], live: np.ndarray | None = None) -> tuple[BM25, dict[str, int]]:
    vocab: dict[str, int] = {}
    terms, counts, ptr = _rows(corpus, vocab)
    row_terms = np.concatenate(terms) if terms else np.zeros(0, np.int32)
    row_counts = np.concatenate(counts) if counts else np.zeros(0, np.uint16)
    doc_len = np.array([len(d) for d in corpus], dtype=np.float32)
    indptr, indices, data = postings(row_terms, row_counts, np.array(ptr), len(vocab))
    live = np.ones(len(corpus), dtype=bool) if live is None else live
    return BM25(indptr, indices, data, doc_len, live, DEFAULT.bm25_k1, DEFAULT.bm25_b), vocab


def _oracle(corpus: list[list[str]], queries: list[list[str]]) -> list[np.ndarray]:
    ref = bm25s.BM25(method="lucene", k1=DEFAULT.bm25_k1, b=DEFAULT.bm25_b)
    ref.index(corpus, show_progress=False)
    return [ref.get_scores(q) for q in queries]


def _random_corpus(rnd: random.Random, n_docs: int, n_words: int = 60) -> list[list[str]]:
    words = [f"t{i}" for i in range(n_words)]
    weights = [1.0 / (i + 1) for i in range(n_words)]          # Zipf-like: common and rare terms
    return [rnd.choices(words, weights, k=rnd.randint(1, 40)) for _ in range(n_docs)]


@pytest.mark.parametrize("seed", range(5))
def test_bm25_equals_bm25s_lucene(seed):
    """Same idf and length normalisation as bm25s "lucene"; our numerator keeps the classic
    constant (k1 + 1), so scores are exactly that multiple and rankings identical."""
    rnd = random.Random(seed)
    corpus = _random_corpus(rnd, rnd.randint(5, 80))
    bm25, vocab = _ours(corpus)
    queries = [rnd.sample(sorted(vocab), rnd.randint(1, 5)) for _ in range(20)]
    queries.append([queries[0][0]] * 3)                        # a repeated query term counts each time
    for q, ref in zip(queries, _oracle(corpus, queries)):
        got = bm25.scores([vocab[t] for t in q])
        np.testing.assert_allclose(got, (DEFAULT.bm25_k1 + 1) * ref, rtol=1e-5, atol=1e-6)


def test_bm25_with_dead_rows_equals_bm25s_on_the_live_rows():
    rnd = random.Random(11)
    corpus = _random_corpus(rnd, 50)
    live = np.array([rnd.random() < 0.6 for _ in corpus])
    bm25, vocab = _ours(corpus, live)
    kept = [d for d, keep in zip(corpus, live) if keep]
    kept_vocab = sorted({t for d in kept for t in d})
    queries = [rnd.sample(kept_vocab, 3) for _ in range(10)]
    for q, ref in zip(queries, _oracle(kept, queries)):
        got = bm25.scores([vocab[t] for t in q])
        assert (got[~live] == 0).all()
        np.testing.assert_allclose(got[live], (DEFAULT.bm25_k1 + 1) * ref, rtol=1e-5, atol=1e-6)


def test_terms_without_live_postings_at_the_end_of_the_vocabulary():
    """After compaction the vocabulary keeps the terms of deleted articles, with no rows: the last
    terms may have empty postings (np.add.reduceat used to fail on that)."""
    corpus = [["apple", "pear"], ["pear"]]
    vocab: dict[str, int] = {}
    terms, counts, ptr = _rows(corpus, vocab)
    for extra in ("zebra", "quokka"):                          # in the vocabulary, in no row
        vocab.setdefault(extra, len(vocab))
    indptr, indices, data = postings(np.concatenate(terms), np.concatenate(counts), np.array(ptr), len(vocab))
    bm25 = BM25(indptr, indices, data, np.array([2, 1], np.float32), np.array([True, True]), 1.2, 0.75)
    assert bm25.scores([vocab["zebra"]]).tolist() == [0.0, 0.0]
    assert bm25.scores([vocab["apple"]])[0] > 0
    dead_last = BM25(indptr, indices, data, np.array([2, 1], np.float32), np.array([True, False]), 1.2, 0.75)
    assert dead_last.scores([vocab["pear"]])[1] == 0


def test_bm25_empty_corpus():
    bm25 = BM25(np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.uint16),
                np.zeros(0, np.float32), np.zeros(0, bool), 1.2, 0.75)
    assert bm25.scores([]).shape == (0,)


def test_coverage_is_the_share_of_distinct_query_weight_in_each_row():
    bm25, vocab = _ours([["a", "b"], ["b", "c", "c"], ["d"]])
    a, b, c = vocab["a"], vocab["b"], vocab["c"]
    w = bm25.weight
    got = bm25.coverage([a, b, b], np.array([0, 1, 2]))     # a repeated term counts once
    assert np.allclose(got, [1.0, w[b] / (w[a] + w[b]), 0.0])
    assert np.allclose(bm25.coverage([c], np.array([1])), [1.0])
    assert bm25.coverage([], np.array([0, 1])).tolist() == [0.0, 0.0]
    assert bm25.coverage([a], np.array([], dtype=np.int64)).shape == (0,)


@pytest.mark.parametrize("seed", range(6))
def test_top_is_the_best_of_scores_without_scoring_every_row(seed):
    """``top`` (terms scored rarest first, stopping when the rest cannot matter) gives the rows and
    scores that ranking every row's ``scores`` gives, with removed rows, repeated query terms and
    common words that hold most rows; ``scores_at`` equals ``scores`` at any rows."""
    rnd = random.Random(seed)
    n_docs = rnd.choice([30, 400, 3000])
    corpus = _random_corpus(rnd, n_docs, n_words=rnd.choice([20, 200, 2000]))
    live = np.array([rnd.random() < 0.85 for _ in corpus])
    bm25, vocab = _ours(corpus, live)
    words = sorted(vocab)
    for _ in range(30):
        q = [vocab[w] for w in rnd.choices(words, k=rnd.randint(1, 7))]
        full = bm25.scores(q)
        for k in (1, 5, 100):
            rows, scores = bm25.top(q, k)
            hit = np.flatnonzero(full > 0)
            want = hit[np.lexsort((hit, -full[hit]))][:k]
            assert len(rows) == len(want) and live[rows].all()
            np.testing.assert_allclose(scores, full[want], rtol=1e-5, atol=1e-6)   # same scores, in order
            np.testing.assert_allclose(full[rows], full[want], rtol=1e-5, atol=1e-6)
        some = np.array(rnd.sample(range(n_docs), min(50, n_docs)))
        np.testing.assert_allclose(bm25.scores_at(q, some), full[some], rtol=1e-5, atol=1e-6)


def test_top_of_no_terms_and_of_an_empty_index():
    bm25, vocab = _ours([["a", "b"], ["c"]])
    assert bm25.top([], 5)[0].tolist() == []
    empty = BM25(np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.uint16),
                 np.zeros(0, np.float32), np.zeros(0, bool), 1.2, 0.75)
    assert empty.top([], 3)[0].shape == (0,) and empty.scores_at([], np.zeros(0, np.int64)).shape == (0,)
