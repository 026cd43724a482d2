"""Fit the sentence ranker and fine-tune the reader on SQuAD train (never on the dev questions).

    python training/train_reader.py --index /tmp/squad_train/index --questions /tmp/squad_train/questions.jsonl

1. For each question, the hybrid search's top chunks give candidate sentences (``qa.evidence``);
   a listwise linear model over their features is fitted → ``ranking.json`` "sentences".
2. Pairs (question, sentence) — the gold sentence with its answer span, and hard negatives (the
   best-ranked wrong sentences) with "no answer" at [CLS] — fine-tune the top layers of
   all-MiniLM-L6-v2 plus a start/end head. The lower layers stay frozen, so their outputs are
   computed once and only the top layers ship (``qa/weights/reader.npz``).

``--ranker-only`` does step 1 alone (the reader never sees the ranker's features); ``--skip-ranker``
step 2 alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402

from qa.embedding import build_threads, load_encoder  # noqa: E402
from qa.evidence import gather  # noqa: E402
from qa.index import Index  # noqa: E402
from qa.ranking import SENTENCE_FEATURES, SF  # noqa: E402
from qa.reader import WEIGHTS, encode_pairs  # noqa: E402
from qa.search import search  # noqa: E402
from training.common import fit_listwise, gold_spans, read_questions, save_model  # noqa: E402

N_CHUNKS = 5


def _inside(spans, s: int, e: int):
    """First gold (start, end) lying inside [s, e), made relative to s; else None."""
    for a, b in spans:
        if s <= a and b <= e:
            return a - s, b - s
    return None


def collect(index: Index, enc, qs: list[dict]):
    """Per question: stage-1 groups (features, labels) and reader pairs."""
    vecs = enc.encode([q["question"] for q in qs])
    groups, examples = [], []
    by_source = {d["source"]: d for d in index.documents}
    t0 = time.time()
    for n, (q, v) in enumerate(zip(qs, vecs)):
        rows, _ = search(index, q["question"], v, N_CHUNKS)
        ev = gather(index, q["question"], v, rows)
        gold = gold_spans(q)
        labels = np.zeros(len(ev.srows))
        rel = [None] * len(ev.srows)
        for i, srow in enumerate(ev.srows.tolist()):
            if index.documents[index.sentence_document(srow)]["source"] != q["article_file"]:
                continue
            s, e = index.sentence_span(srow)
            rel[i] = _inside(gold, s, e)
            labels[i] = rel[i] is not None
        groups.append((ev.features, labels))
        # Reader pairs: the gold sentence (found even if retrieval missed it) + hard negatives.
        pos = next(((ev.texts[i], rel[i]) for i in range(len(rel)) if rel[i] is not None), None)
        if pos is None:
            doc = by_source.get(q["article_file"])
            if doc is not None:
                for srow in range(*doc["sentence_rows"]):
                    s, e = index.sentence_span(srow)
                    r = _inside(gold, s, e)
                    if r is not None:
                        pos = (index.sentence_text(srow), r)
                        break
        if pos is not None:
            examples.append((q["question"], pos[0], pos[1]))
        order = np.argsort(-ev.features[:, SF["sent_cos"]] - ev.features[:, SF["coverage"]])   # cos + coverage: hard negatives
        negs = [i for i in order.tolist() if labels[i] == 0][:2]
        others = [i for i in range(len(labels)) if labels[i] == 0 and i not in negs]
        if others:
            negs.append(random.choice(others))
        examples.extend((q["question"], ev.texts[i], None) for i in negs)
        if n % 2000 == 0:
            print(f"  collected {n}/{len(qs)} questions ({time.time() - t0:.0f} s)", flush=True)
    return groups, examples


def token_targets(offsets, span):
    """(start token, end token) of a character span; (0, 0) = [CLS] for "no answer"."""
    if span is None:
        return 0, 0
    s, e = span
    start = end = None
    for i, o in enumerate(offsets):
        if o is None or o[1] <= o[0]:
            continue
        if start is None and o[1] > s:
            start = i
        if o[0] < e:
            end = i
    if start is None or end is None or end < start:
        return 0, 0
    return start, end


def train(enc, examples, frozen: int, epochs: int, lr: float, batch: int, out: Path) -> None:
    import copy

    import torch
    from torch import nn

    torch.manual_seed(0)
    bert = enc.model
    tok = enc.tokenizer
    items = []
    for q, sent, span in examples:
        ids, types, offs = encode_pairs(tok, q, [sent])
        a, b = token_targets(offs[0], span)
        if span is not None and a == 0:
            continue   # answer cut off by truncation
        items.append((ids[0], types[0], a, b))
    print(f"{len(items)} pairs ({sum(1 for i in items if i[2] > 0)} with an answer)", flush=True)
    # Frozen lower layers: run once.
    items.sort(key=lambda it: len(it[0]))
    cached = []
    t0 = time.time()
    with torch.inference_mode():
        for lo in range(0, len(items), 64):
            part = items[lo : lo + 64]
            width = max(len(p[0]) for p in part)
            ids = torch.zeros((len(part), width), dtype=torch.long)
            types = torch.zeros_like(ids)
            mask = torch.zeros_like(ids)
            for i, p in enumerate(part):
                ids[i, : len(p[0])] = torch.tensor(p[0])
                types[i, : len(p[1])] = torch.tensor(p[1])
                mask[i, : len(p[0])] = 1
            x = bert(ids, mask, types, upto=frozen)
            for i, p in enumerate(part):
                cached.append((x[i, : len(p[0])].to(torch.float16).clone(), p[2], p[3]))
    print(f"lower layers cached in {time.time() - t0:.0f} s", flush=True)
    top = nn.ModuleList(copy.deepcopy(bert.layers[i]) for i in range(frozen, len(bert.layers)))
    head = nn.Linear(bert.layers[0].query.in_features, 2)
    nn.init.normal_(head.weight, std=0.02)
    nn.init.zeros_(head.bias)
    params = list(top.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    batches = [list(range(lo, min(lo + batch, len(cached)))) for lo in range(0, len(cached), batch)]
    total = epochs * len(batches)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: min(1.0, step / (0.06 * total)) * max(0.0, 1 - step / total))
    step = 0
    for epoch in range(epochs):
        top.train()
        random.shuffle(batches)
        t0, run = time.time(), 0.0
        for bi, idx in enumerate(batches):
            width = max(cached[i][0].shape[0] for i in idx)
            x = torch.zeros((len(idx), width, cached[0][0].shape[1]))
            mask = torch.zeros((len(idx), width), dtype=torch.long)
            for j, i in enumerate(idx):
                n = cached[i][0].shape[0]
                x[j, :n] = cached[i][0].float()
                mask[j, :n] = 1
            starts = torch.tensor([cached[i][1] for i in idx])
            ends = torch.tensor([cached[i][2] for i in idx])
            bias = bert.attention_bias(mask)
            for layer in top:
                x = layer(x, bias)
            logits = head(x).masked_fill(mask[:, :, None] == 0, -1e4)
            loss = (nn.functional.cross_entropy(logits[:, :, 0], starts) + nn.functional.cross_entropy(logits[:, :, 1], ends)) / 2
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            run = 0.98 * run + 0.02 * float(loss) if bi else float(loss)
            if bi % 500 == 0:
                print(f"  epoch {epoch + 1} batch {bi}/{len(batches)} loss {run:.3f} ({time.time() - t0:.0f} s)", flush=True)
    state = {f"top.{k}": v.detach().numpy().astype(np.float16) for k, v in top.state_dict().items()}
    state.update({f"head.{k}": v.detach().numpy().astype(np.float16) for k, v in head.state_dict().items()})
    meta = {"frozen_layers": frozen, "base": enc.name, "pairs": len(items), "epochs": epochs, "lr": lr,
            "data": "SQuAD v1.1 train (Rajpurkar et al. 2016, CC BY-SA 4.0)"}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, meta=np.array(json.dumps(meta)), **state)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=20000)   # the shipped reader: 20,000 questions
    ap.add_argument("--frozen", type=int, default=4)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    only = ap.add_mutually_exclusive_group()
    only.add_argument("--skip-ranker", action="store_true", help="train the reader only")
    only.add_argument("--ranker-only", action="store_true", help="fit the sentence ranker and stop (keep the reader)")
    args = ap.parse_args()
    random.seed(0)
    enc = load_encoder()
    torch.set_num_threads(build_threads())     # the encoder set one thread for single questions
    index = Index.load(args.index, enc.name, enc.dim)
    qs = read_questions(args.questions, args.limit)
    groups, examples = collect(index, enc, qs)
    if not args.skip_ranker:
        w, _ = fit_listwise(groups)
        print("sentence ranker", dict(zip(SENTENCE_FEATURES, np.round(w, 3))))
        save_model("sentences", SENTENCE_FEATURES, w, note=f"listwise softmax on {len(qs)} SQuAD-train questions")
    if args.ranker_only:
        return
    train(enc, examples, args.frozen, args.epochs, args.lr, args.batch, args.out)


if __name__ == "__main__":
    main()
