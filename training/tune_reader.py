"""Fine-tune the reader on the pairs ``train_reader.py`` saved: all-MiniLM-L6-v2's top
``--trainable`` layers (all six by default) plus a start/end head, "no answer" at [CLS].

    python -m training.tune_reader --pairs /tmp/squad/reader_pairs.npz --steps 4987 --context title+previous
                                                         # the shipped run → qa/weights/reader.npz
    python -m training.tune_reader --pairs ... --device cuda --model DIR --out FILE   # on a GPU

It reads no index, so it runs wherever the repo's requirements and the base model's folder
(``--model``, default: the packaged one) are, on a GPU in bfloat16 or on the CPU. The word-piece,
position and type embeddings stay frozen: at answer time they are the embedding model's own.
Only the tuned layers and the head ship. A slice of the questions (``--holdout``) is kept out of
training and scored after each epoch: span exact match, and how often the question's answering
sentence has the reader's best margin among its pairs (the choice the reader makes at answer time).
``--context`` says what the reader reads besides question and sentence (``qa.read.span_reader.layout``):
nothing, the article's title, or the title and the sentence before; it is saved with the weights.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from qa.encode.bert import Bert, load_bert
from qa.read.span_reader import CONTEXTS, WEIGHTS, layout
from qa.settings import DEFAULT


class Pairs:
    """The saved pairs as one padded array of reader inputs, laid out by ``qa.read.span_reader.layout`` with
    the ``context`` (one of ``qa.read.reader.CONTEXTS``) the reader will read."""

    def __init__(self, path: Path, context: str = "none"):
        raw = np.load(path)
        self.base = str(raw["base"])
        pairs = raw["pairs"]
        if context != "none" and pairs.shape[1] < 6:
            raise SystemExit(f"{path} holds no titles or previous sentences: collect the pairs again with "
                             "python -m training.train_reader to train a reader with context")

        tables = {n: (raw[f"{n}_ids"].tolist(), raw[f"{n}_offsets"].tolist()) for n in "qstp" if f"{n}_ids" in raw}

        def part(name: str, i: int) -> list[int]:
            flat, offsets = tables[name]
            return flat[offsets[i]:offsets[i + 1]]

        cls, sep = int(raw["cls"]), int(raw["sep"])
        rows, self.sent_start, self.type_start = [], np.zeros(len(pairs), np.int64), np.zeros(len(pairs), np.int64)
        for i, r in enumerate(pairs.tolist()):
            q = part("q", r[0])
            ids, types, first, _ = layout(cls, sep, q, part("s", r[1]), part("t", r[4]) if context != "none" else None,
                                          part("p", r[5]) if context == "title+previous" else None)
            rows.append(ids)
            self.sent_start[i] = first
            self.type_start[i] = len(ids) - sum(types)
        self.question = pairs[:, 0].astype(np.int64)
        self.length = np.array([len(r) for r in rows], dtype=np.int64)
        self.ids = np.zeros((len(rows), int(self.length.max())), dtype=np.int32)
        for i, r in enumerate(rows):
            self.ids[i, :len(r)] = r
        has = pairs[:, 2] >= 0
        self.start = np.where(has, pairs[:, 2] + self.sent_start, 0).astype(np.int64)
        self.end = np.where(has, pairs[:, 3] + self.sent_start, 0).astype(np.int64)
        self.answered = has

    def __len__(self) -> int:
        return len(self.ids)

    def batch(self, idx: np.ndarray, device) -> dict[str, torch.Tensor]:
        """Tensors for the pairs ``idx``: ids, types, mask, which positions may start or end an
        answer ([CLS] for "none", sentence tokens), and the targets."""
        width = int(self.length[idx].max())
        pos = np.arange(width)[None, :]
        length = self.length[idx][:, None]
        first = self.sent_start[idx][:, None]
        out = {
            "ids": self.ids[idx, :width].astype(np.int64),
            "types": ((pos >= self.type_start[idx][:, None]) & (pos < length)).astype(np.int64),
            "mask": (pos < length).astype(np.int64),
            "allowed": (pos == 0) | ((pos >= first) & (pos < length - 1)),
            "start": self.start[idx],
            "end": self.end[idx],
        }
        return {k: torch.from_numpy(np.ascontiguousarray(v)).to(device) for k, v in out.items()}


class Head(nn.Module):
    """The tuned layers and the start/end head over frozen embeddings."""

    def __init__(self, bert: Bert, trainable: int):
        super().__init__()
        self.bert = bert
        self.frozen = len(bert.layers) - trainable
        self.qa = nn.Linear(bert.layers[0].query.in_features, 2)
        nn.init.normal_(self.qa.weight, std=0.02)
        nn.init.zeros_(self.qa.bias)
        for p in bert.parameters():
            p.requires_grad_(False)
        for layer in bert.layers[self.frozen:]:
            for p in layer.parameters():
                p.requires_grad_(True)

    def train(self, mode: bool = True) -> "Head":
        """Training mode for the tuned layers only: the frozen ones run as at answer time (no dropout)."""
        super().train(mode)
        for layer in self.bert.layers[:self.frozen]:
            layer.eval()
        return self

    def forward(self, b: dict[str, torch.Tensor], dtype: torch.dtype) -> torch.Tensor:
        """(batch, seq, 2) start/end logits, -1e4 where no answer can start or end."""
        with torch.no_grad(), torch.autocast(device_type=b["ids"].device.type, enabled=False):
            x = self.bert(b["ids"], b["mask"], b["types"], upto=self.frozen)
        bias = Bert.attention_bias(b["mask"]).to(dtype)
        for layer in self.bert.layers[self.frozen:]:
            x = layer(x, bias)
        logits = self.qa(x).float()
        return logits.masked_fill(~b["allowed"][:, :, None], -1e4)


def batches(pairs: Pairs, idx: np.ndarray, size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """``idx`` in batches of similar length (little padding), in random order."""
    noisy = pairs.length[idx] + rng.uniform(0, 4, len(idx))
    ordered = idx[np.argsort(noisy, kind="stable")]
    out = [ordered[lo:lo + size] for lo in range(0, len(ordered), size)]
    rng.shuffle(out)
    return out


def best_spans(logits: torch.Tensor, max_len: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per row: best (start, end) with start <= end < start + max_len, outside [CLS]; its score; and
    the [CLS] ("none") score. As ``qa.read.spans.best_span``, batched."""
    start, end = logits[..., 0].clone(), logits[..., 1].clone()
    start[:, 0] = end[:, 0] = -1e4
    n = start.shape[1]
    i = torch.arange(n, device=logits.device)
    gap = i[None, :] - i[:, None]
    ok = (gap >= 0) & (gap < max_len)
    total = (start[:, :, None] + end[:, None, :]).masked_fill(~ok, -1e9)
    flat = total.flatten(1).argmax(1)
    a, b = flat // n, flat % n
    score = total.flatten(1).gather(1, flat[:, None])[:, 0]
    null = logits[:, 0, 0] + logits[:, 0, 1]
    return a, b, score, null


@torch.no_grad()
def evaluate(model: Head, pairs: Pairs, idx: np.ndarray, device, dtype, size: int = 256) -> dict[str, float]:
    """Held-out scores (see module doc)."""
    model.eval()
    margins = np.zeros(len(pairs), dtype=np.float64)
    exact = []
    for lo in range(0, len(idx), size):
        part = idx[lo:lo + size]
        b = pairs.batch(part, device)
        with torch.autocast(device_type=device.type, dtype=dtype, enabled=dtype != torch.float32):
            logits = model(b, dtype)
        a, e, score, null = best_spans(logits, DEFAULT.reader_answer_tokens)
        margins[part] = (score - null).cpu().numpy()
        hit = ((a == b["start"]) & (e == b["end"])).cpu().numpy()
        exact.extend(hit[pairs.answered[part]].tolist())
    model.train()
    picked = []
    questions = pairs.question[idx]
    for q in np.unique(questions):
        rows = idx[questions == q]
        if pairs.answered[rows].any():
            picked.append(bool(pairs.answered[rows[np.argmax(margins[rows])]]))
    null_right = float(np.mean(margins[idx][~pairs.answered[idx]] < 0))
    return {"span_exact": float(np.mean(exact)), "pick": float(np.mean(picked)), "null_right": null_right}


def save(model: Head, path: Path, meta: dict) -> None:
    """Tuned layers ("top.N…", N counted from the first tuned layer) and head, float16; atomic."""
    state = {}
    for n, layer in enumerate(model.bert.layers[model.frozen:]):
        state.update({f"top.{n}.{k}": v.detach().float().cpu().numpy().astype(np.float16) for k, v in layer.state_dict().items()})
    state.update({f"head.{k}": v.detach().float().cpu().numpy().astype(np.float16) for k, v in model.qa.state_dict().items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, meta=np.array(json.dumps(meta)), **state)
    tmp.replace(path)


def train(model: Head, pairs: Pairs, train_idx: np.ndarray, test_idx: np.ndarray, *, total: int, lr: float,
          batch: int, device: torch.device, rng: np.random.Generator, out: Path, meta: dict) -> None:
    """``total`` batches of AdamW (linear warm-up over 6 %, then linear decay to zero), bfloat16 on a
    GPU; after each pass over the pairs, the held-out scores are printed and the weights saved."""
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    fused = {"fused": True} if device.type == "cuda" else {}
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01, **fused)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, 0.06 * total)) * max(0.0, 1 - s / total))
    steps_per_epoch = math.ceil(len(train_idx) / batch)
    print("before:", evaluate(model, pairs, test_idx, device, dtype), flush=True)
    step = 0
    for epoch in range(math.ceil(total / steps_per_epoch)):
        t1, run = time.time(), torch.zeros((), device=device)
        for n, idx in enumerate(batches(pairs, train_idx, batch, rng)):
            if step >= total:
                break
            b = pairs.batch(idx, device)
            with torch.autocast(device_type=device.type, dtype=dtype, enabled=dtype != torch.float32):
                logits = model(b, dtype)
            loss = (nn.functional.cross_entropy(logits[:, :, 0], b["start"])
                    + nn.functional.cross_entropy(logits[:, :, 1], b["end"])) / 2
            opt.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            run += loss.detach()
            if (n + 1) % 500 == 0:
                print(f"  epoch {epoch + 1} step {n + 1}/{steps_per_epoch} loss {float(run) / 500:.3f} "
                      f"({time.time() - t1:.0f} s)", flush=True)
                run.zero_()
        scores = evaluate(model, pairs, test_idx, device, dtype)
        print(f"epoch {epoch + 1} done in {time.time() - t1:.0f} s; held out: {scores}", flush=True)
        save(model, out, {**meta, "epochs_done": epoch + 1, "steps": step, "held_out": scores})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=Path, required=True)
    ap.add_argument("--model", type=Path, help="base model folder (default: the packaged all-MiniLM-L6-v2)")
    ap.add_argument("--trainable", type=int, default=6, help="top layers to tune")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=2.5e-4)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--holdout", type=float, default=0.02, help="share of questions kept out and scored")
    ap.add_argument("--limit", type=int, default=None, help="train on this many pairs (a smoke test)")
    ap.add_argument("--steps", type=int, default=None, help="train this many batches (default: --epochs over the pairs)")
    ap.add_argument("--context", choices=CONTEXTS, default="title+previous",
                    help="what the reader reads besides question and sentence (the pairs must hold it)")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    args = ap.parse_args()
    if args.limit is not None and args.out == WEIGHTS:
        ap.error("--limit is a smoke test: give --out FILE so that it does not replace the shipped reader")
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    device = torch.device(args.device)
    if args.model is None:
        from qa.encode.encoder import model_dir

        args.model = model_dir()
    t0 = time.time()
    pairs = Pairs(args.pairs, args.context)
    held = rng.random(int(pairs.question.max()) + 1) < args.holdout
    train_idx = np.flatnonzero(~held[pairs.question])
    test_idx = np.flatnonzero(held[pairs.question])
    if args.limit is not None:
        train_idx = rng.permutation(train_idx)[:args.limit]
        test_idx = test_idx[:max(1, args.limit // 10)]
    print(f"{len(pairs)} pairs ({int(pairs.answered.sum())} with an answer); training on {len(train_idx)}, "
          f"held out {len(test_idx)} ({time.time() - t0:.0f} s)", flush=True)
    model = Head(load_bert(args.model), args.trainable).to(device)
    steps_per_epoch = math.ceil(len(train_idx) / args.batch)
    total = args.steps if args.steps is not None else args.epochs * steps_per_epoch
    meta = {"frozen_layers": model.frozen, "context": args.context, "base": pairs.base, "pairs": int(len(train_idx)), "steps_planned": total,
            "lr": args.lr, "batch": args.batch, "data": "SQuAD v1.1 train (Rajpurkar et al. 2016, CC BY-SA 4.0)"}
    train(model, pairs, train_idx, test_idx, total=total, lr=args.lr, batch=args.batch, device=device,
          rng=rng, out=args.out, meta=meta)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
