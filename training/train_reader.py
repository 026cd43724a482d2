"""Collect the reader's training pairs and fit the sentence ranker on SQuAD train (never on the
dev questions).

    python -m training.train_reader --index /tmp/squad/train/index --questions /tmp/squad/train/questions.jsonl \
        --pairs /tmp/squad/reader_pairs.npz
    python -m training.tune_reader --pairs /tmp/squad/reader_pairs.npz      # the fine-tuning itself

1. For each question, the hybrid search's top chunks give candidate sentences (``qa.read.evidence``);
   a listwise linear model over their features is fitted → ``ranking.json`` "sentences".
2. Pairs (question, sentence) for the reader, tokenised, with each sentence's context (its
   article's title and the sentence before it, which a reader tuned with ``--context`` reads): the gold sentence with
   its answer span, and "no answer" sentences — the wrong candidates the shipped sentence ranker
   puts first (what the reader is shown at answer time), one other candidate at random, and the
   best candidates when the question's own article is left out of the search (what an off-topic
   question shows it) → ``--pairs`` (see ``save_pairs``). The questions ``calibrate.py`` may ask as
   off-topic are left out (``common.offtopic_candidates``), so calibration asks questions the
   reader never saw.

``--ranker-only`` does step 1 alone; ``--skip-ranker`` step 2 alone.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np
import torch

from qa.encode.encoder import build_threads
from qa.encode.minilm import load_encoder
from qa.index.loaded import Index
from qa.models import load_weights
from qa.read.evidence import SENTENCE_FEATURES, gather
from qa.read.pipeline import previous_sentence
from qa.search.rank import search
from qa.settings import DEFAULT
from training.common import fit_listwise, gold_spans, offtopic_candidates, read_questions, save_model

N_CHUNKS = DEFAULT.read_chunks
N_HARD = 3            # wrong sentences the ranker puts first (the shipped pairs; the reader now reads 5)
N_OFF_ARTICLE = 2     # best sentences when the question's article is left out
OFF_ARTICLE_DEPTH = 40


def _inside(spans, s: int, e: int):
    """First gold (start, end) lying inside [s, e), made relative to s; else None."""
    for a, b in spans:
        if s <= a and b <= e:
            return a - s, b - s
    return None


def _gold_sentence(index: Index, doc: dict, gold):
    """(sentence row, span) of the first sentence of the article that holds a gold answer, else None."""
    for srow in range(*doc["sentence_rows"]):
        s, e = index.sentence_span(srow)
        r = _inside(gold, s, e)
        if r is not None:
            return srow, r
    return None


def _labels(index: Index, q: dict, ev) -> tuple[np.ndarray, list]:
    """Per candidate sentence: 1 if it is from the gold article and holds a gold answer, and that
    answer's span inside the sentence (else None)."""
    gold = gold_spans(q)
    labels = np.zeros(len(ev.srows))
    rel = [None] * len(ev.srows)
    for i, srow in enumerate(ev.srows.tolist()):
        if index.documents[index.sentence_document(srow)]["source"] != q["article_file"]:
            continue
        s, e = index.sentence_span(srow)
        rel[i] = _inside(gold, s, e)
        labels[i] = rel[i] is not None
    return labels, rel


def _reader_examples(index: Index, ranker, q: dict, v: np.ndarray, rows: np.ndarray, ev, labels, rel,
                     doc: dict | None) -> list[tuple[int, tuple[int, int] | None]]:
    """One question's reader pairs as (sentence row, answer span or None) (see the module doc);
    ``doc``: its article, if indexed."""
    order = np.argsort(-ranker(ev), kind="stable").tolist()
    out = []
    # The gold sentence the ranker puts first (or the article's first, if retrieval missed it).
    pos = next(((int(ev.srows[i]), rel[i]) for i in order if rel[i] is not None), None)
    if pos is None and doc is not None:
        pos = _gold_sentence(index, doc, gold_spans(q))
    if pos is not None:
        out.append(pos)
    wrong = [i for i in order if labels[i] == 0]
    negs = wrong[:N_HARD]
    if len(wrong) > N_HARD:
        negs.append(random.choice(wrong[N_HARD:]))
    out.extend((int(ev.srows[i]), None) for i in negs)
    off = np.array([r for r in rows.tolist() if index.document(r)["source"] != q["article_file"]][:N_CHUNKS])
    if len(off):
        ev_off = gather(index, q["question"], v, off)
        best = np.argsort(-ranker(ev_off), kind="stable")[:N_OFF_ARTICLE]
        out.extend((int(ev_off.srows[i]), None) for i in best.tolist())
    return out


def collect(index: Index, enc, qs: list[dict], pairs: bool = True):
    """Per question: the ranker's group (features, labels) and, with ``pairs``, the reader's
    (question, sentence, answer span or None, article title, previous sentence) examples."""
    ranker = load_weights().scorer("sentences", SENTENCE_FEATURES) if pairs else None
    vecs = enc.encode([q["question"] for q in qs])
    groups, examples = [], []
    by_source = {d["source"]: d for d in index.documents}
    t0 = time.time()
    for n, (q, v) in enumerate(zip(qs, vecs)):
        rows, _ = search(index, q["question"], v, OFF_ARTICLE_DEPTH if pairs else N_CHUNKS)
        ev = gather(index, q["question"], v, rows[:N_CHUNKS])
        labels, rel = _labels(index, q, ev)
        groups.append((SENTENCE_FEATURES.matrix(ev), labels))
        if pairs and len(ev.srows):
            for srow, span in _reader_examples(index, ranker, q, v, rows, ev, labels, rel, by_source.get(q["article_file"])):
                examples.append((q["question"], index.sentence_text(srow), span,
                                 index.documents[index.sentence_document(srow)]["title"], previous_sentence(index, srow)))
        if n % 2000 == 0:
            print(f"  collected {n}/{len(qs)} questions ({time.time() - t0:.0f} s)", flush=True)
    return groups, examples


def token_targets(offsets, span) -> tuple[int, int]:
    """(first, last) index into ``offsets`` (character offsets of a sentence's tokens) covering the
    character span; (-1, -1) when ``span`` is None or falls outside the tokens."""
    if span is None:
        return -1, -1
    s, e = span
    first = last = None
    for i, (a, b) in enumerate(offsets):
        if b <= a:
            continue
        if first is None and b > s:
            first = i
        if a < e:
            last = i
    if first is None or last is None or last < first:
        return -1, -1
    return first, last


def _ragged(seqs: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated int32 values and the (n + 1,) offsets of each sequence."""
    offsets = np.zeros(len(seqs) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(s) for s in seqs])
    flat = np.fromiter((t for s in seqs for t in s), dtype=np.int32, count=int(offsets[-1]))
    return flat, offsets


def save_pairs(tokenizer, examples, path: Path, base: str) -> None:
    """Tokenise the examples for ``tune_reader.py`` and save them: distinct questions, sentences,
    titles and previous sentences (word-piece ids; ``qa.read.span_reader.layout`` truncates them when laying
    out a pair) and one row per pair: question, sentence, first and last answer token in the
    sentence (-1: no answer), title, previous sentence. Pairs whose answer the sentence's
    truncation cuts off are dropped."""
    tables: list[dict[str, int]] = [{}, {}, {}, {}]       # question, sentence, title, previous
    for example in examples:
        for table, text in zip(tables, (example[0], example[1], example[3], example[4])):
            table.setdefault(text, len(table))
    encoded = [tokenizer.encode_batch(list(t), add_special_tokens=False) for t in tables]
    s_enc = encoded[1]
    rows, dropped = [], 0
    for q, sent, span, title, prev in examples:
        si = tables[1][sent]
        first, last = token_targets(s_enc[si].offsets[:DEFAULT.reader_sentence_tokens], span)
        if span is not None and first < 0:
            dropped += 1
            continue
        rows.append((tables[0][q], si, first, last, tables[2][title], tables[3][prev]))
    arrays = {}
    for name, enc in zip("qstp", encoded):
        arrays[f"{name}_ids"], arrays[f"{name}_offsets"] = _ragged([e.ids for e in enc])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays, pairs=np.asarray(rows, dtype=np.int32).reshape(-1, 6), base=np.array(base),
                        cls=np.int32(tokenizer.token_to_id("[CLS]")), sep=np.int32(tokenizer.token_to_id("[SEP]")))
    answered = sum(1 for r in rows if r[2] >= 0)
    print(f"wrote {path}: {len(rows)} pairs ({answered} with an answer, {dropped} dropped: answer truncated), "
          f"{len(tables[0])} questions, {len(tables[1])} sentences, {len(tables[2])} titles")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=None, help="sample this many questions (default: all)")
    ap.add_argument("--ranker-limit", type=int, default=20000, help="questions the sentence ranker is fitted on")
    ap.add_argument("--pairs", type=Path, help="where to save the reader's pairs")
    ap.add_argument("--calibration-limit", type=int, default=3000,
                    help="calibrate.py's --limit: the questions it may ask as off-topic are left out of the pairs")
    only = ap.add_mutually_exclusive_group()
    only.add_argument("--skip-ranker", action="store_true", help="collect the reader's pairs only")
    only.add_argument("--ranker-only", action="store_true", help="fit the sentence ranker and stop")
    args = ap.parse_args()
    if not args.ranker_only and args.pairs is None:
        ap.error("--pairs FILE is needed unless --ranker-only")
    random.seed(0)
    enc = load_encoder()
    torch.set_num_threads(build_threads())     # the encoder set one thread for single questions
    index = Index.load(args.index, enc.name, enc.dim)
    if not args.skip_ranker:
        qs = read_questions(args.questions, args.ranker_limit)
        groups, _ = collect(index, enc, qs, pairs=False)
        w, _ = fit_listwise(groups)
        print("sentence ranker", dict(zip(SENTENCE_FEATURES.names, np.round(w, 3))))
        save_model("sentences", SENTENCE_FEATURES.names, w, note=f"listwise softmax on {len(qs)} SQuAD-train questions")
    if args.ranker_only:
        return
    held = {q["id"] for q in offtopic_candidates(args.questions, args.calibration_limit)}
    qs = [q for q in read_questions(args.questions, args.limit) if q["id"] not in held]
    print(f"reader pairs from {len(qs)} questions ({len(held)} left for off-topic calibration)")
    _, examples = collect(index, enc, qs)
    save_pairs(enc.tokenizer, examples, args.pairs, enc.name)


if __name__ == "__main__":
    main()
