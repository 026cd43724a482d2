"""Shared pieces of the training scripts: question files, gold checks, listwise linear fitting."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

import numpy as np

from qa.models import FEATURE_VERSION
from qa.read.normalize import holds_answer, normalize_answer


def read_questions(path: Path, limit: int | None = None, seed: int = 0, keep=None) -> list[dict]:
    """The questions of a .jsonl file (those ``keep`` accepts), or ``limit`` of them drawn at random."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [q for q in lines if keep is None or keep(q)]
    if limit is not None and limit < len(lines):
        lines = random.Random(seed).sample(lines, limit)
    return lines


def offtopic_candidates(path: Path, limit: int) -> list[dict]:
    """The questions ``calibrate.py --limit LIMIT`` draws its off-topic questions from (those whose
    article is not in the calibration index, up to ``limit``). ``train_reader.py`` leaves them all
    out of the reader's training, so off-topic calibration asks questions the reader never saw."""
    return read_questions(path, limit * 3, seed=2)


def chunk_hit(index, q: dict, row: int) -> bool:
    """The chunk is from the gold article and overlaps the gold paragraph."""
    doc = index.document(row)
    start, end = index.chunk_span(row)
    return doc["source"] == q["article_file"] and start < q["para_char_end"] and end > q["para_char_start"]


def gold_spans(q: dict) -> list[tuple[int, int]]:
    """Gold answers as (start, end) file offsets in the article."""
    base = q["para_char_start"]
    return [(base + s, base + s + len(a)) for a, s in zip(q["answers"], q["answer_starts"])]


def fit_listwise(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = 1e-3, steps: int = 300
                 ) -> tuple[np.ndarray, float]:
    """Fit w so that softmax(X @ w) over each group puts its mass on the positive rows.

    groups: (X (n, F), y (n,) 0/1) per question; groups without a positive are skipped.
    Returns (weights (F,), 0.0): a listwise model has no bias."""
    import torch

    data = [(torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.float64))
            for x, y in groups if y.any() and len(y) > 1]
    n_feat = data[0][0].shape[1]
    w = torch.zeros(n_feat, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w], max_iter=steps, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = 0.0
        for x, y in data:
            logp = torch.log_softmax(x @ w, 0)
            loss = loss - torch.logsumexp(logp[y > 0], 0)
        loss = loss / len(data) + l2 * (w * w).sum()
        loss.backward()
        return loss

    opt.step(closure)
    return w.detach().numpy(), 0.0


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 500, standardize: bool = False
                 ) -> tuple[np.ndarray, float]:
    """Plain logistic regression (weights, bias) by L-BFGS. ``standardize``: fit on features scaled
    to mean 0 and deviation 1 (so the L2 penalty weighs them alike), and return weights for the
    raw features."""
    import torch

    if standardize:
        mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
        w, b = fit_logistic((x - mu) / sd, y, l2, steps)
        return w / sd, b - float((w * mu / sd).sum())

    X = torch.tensor(x, dtype=torch.float64)
    Y = torch.tensor(y, dtype=torch.float64)
    w = torch.zeros(X.shape[1], dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=steps, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(X @ w + b, Y) + l2 * (w * w).sum()
        loss.backward()
        return loss

    opt.step(closure)
    return w.detach().numpy(), float(b.detach())


def save_model(name: str, features, weights, bias: float = 0.0, path: Path | None = None, note: str = "") -> None:
    """Write one named linear model into ``qa/weights/ranking.json`` (other models kept)."""
    path = Path(__file__).resolve().parent.parent / "qa" / "weights" / "ranking.json" if path is None else path
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.loads(path.read_text()) if path.exists() else {"models": {}}
    raw["feature_version"] = FEATURE_VERSION     # fitted on the features this code computes
    raw["models"][name] = {
        "features": list(features), "weights": [round(float(w), 6) for w in weights], "bias": round(float(bias), 6),
        "note": note,
    }
    path.write_text(json.dumps(raw, indent=1) + "\n")


def correct(index, d, j: int, q: dict, rule: str = "words") -> bool:
    """Whether the j-th sentence read is from the question's article and holds a gold answer:
    ``holds_answer`` (whole words, as the evaluation judges it), or with ``rule="substring"`` the
    looser test the models were once fitted on ("2" found in "2010"), kept to measure the change."""
    i = int(d.picked[j])
    doc = index.documents[index.sentence_document(int(d.evidence.srows[i]))]["source"]
    if rule == "substring":
        sent = normalize_answer(d.evidence.texts[i])
        return doc == q.get("article_file", doc) and any(normalize_answer(a) in sent for a in q["answers"])
    return doc == q.get("article_file", doc) and holds_answer(d.evidence.texts[i], q["answers"])


def first_half(q: dict) -> bool:
    """Whether a question is in the half the held-out check fits on: by its article, so that a
    question (and its article) is on the same side in every setting it is asked in."""
    return zlib.crc32(q["article_file"].encode("utf-8")) % 2 == 0
