"""Fit the "answerable" model and its threshold: P(one of the sentences read answers the question),
for questions the articles are about (``qa/weights/ranking.json`` → "answerable",
"answerable_threshold"). Run after ``calibrate.py`` (it reads the "final" model that one fits).

    python -m training.calibrate_answerable --index /tmp/squad/calib/index --questions /tmp/squad/calib/questions.jsonl

SQuAD v1.1 has no unanswerable questions, so they are made: each answerable calibration question is
asked twice, as it is (label 1) and as if the sentences of its article holding a gold answer were not
there (``deliberate(exclude=…)``, label 0) — the articles are still about it, but do not answer it.
The threshold is the highest at which at most ``--answerable-abstain`` of the answerable questions
abstain for this reason; the held-out half (split by article) reports what that costs and gains.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from qa.encode.minilm import load_encoder
from qa.index.loaded import Index
from qa.models import sigmoid
from qa.read.decide import scorers
from qa.read.features import ANSWERABLE_FEATURES, Choice
from qa.read.normalize import holds_answer
from qa.read.pipeline import deliberate
from qa.read.span_reader import SpanReader
from training.common import correct, first_half, fit_logistic, read_questions, save_model


def answering_sentences(index: Index, q: dict) -> frozenset[int]:
    """The sentence rows of the question's article that hold a gold answer (whole words)."""
    doc = next(d for d in index.documents if d["source"] == q["article_file"])
    return frozenset(s for s in range(*doc["sentence_rows"]) if holds_answer(index.sentence_text(s), q["answers"]))


def chosen_features(d) -> np.ndarray | None:
    """The "answerable" features of the sentence the shipped final model chooses (None without one)."""
    if not len(d.picked):
        return None
    models = scorers()
    final = models["final"](d)
    return ANSWERABLE_FEATURES.matrix(Choice(final, d))[int(np.argmax(final))]


def collect(index: Index, enc, reader, qs: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(features, label, first-half, asked-as-is) rows: each question as it is (label 1 when a
    sentence read answers it, else 0) and without its answer (0)."""
    vecs = enc.encode([q["question"] for q in qs])
    rows, labels, halves, as_is = [], [], [], []
    for n, (q, v) in enumerate(zip(qs, vecs)):
        for plain, exclude in ((True, frozenset()), (False, answering_sentences(index, q))):
            if not plain and not exclude:
                continue                  # the answer is in no sentence of its own (a split word): skip
            d = deliberate(index, enc, reader, q["question"], 5, v, exclude=exclude)
            x = chosen_features(d)
            if x is not None:
                rows.append(x)
                labels.append(float(plain and any(correct(index, d, j, q) for j in range(len(d.picked)))))
                halves.append(first_half(q))
                as_is.append(plain)
        if n % 250 == 0:
            print(f"  {n}/{len(qs)}", flush=True)
    return np.array(rows), np.array(labels), np.array(halves), np.array(as_is)


def threshold_at_most(p_answerable: np.ndarray, goal: float) -> float:
    """The highest threshold at which at most ``goal`` of these answerable questions' probabilities
    fall below it."""
    return float(np.quantile(p_answerable, goal, method="lower"))


def report(p: np.ndarray, as_is: np.ndarray, rows: np.ndarray, threshold: float, label: str) -> None:
    ans, made = rows & as_is, rows & ~as_is
    print(f"{label}: threshold {threshold:.4f}: answerable abstaining {(p[ans] < threshold).mean():.3f}, "
          f"made-unanswerable abstaining {(p[made] < threshold).mean():.3f} ({ans.sum()} / {made.sum()} questions)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--answerable-abstain", type=float, default=0.025,
                    help="the share of answerable questions the threshold may turn away (default %(default)s)")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    enc = load_encoder()
    reader = SpanReader(enc.model, enc.tokenizer)
    index = Index.load(args.index, enc.name, enc.dim)
    indexed = {d["source"] for d in index.documents}
    qs = read_questions(args.questions, args.limit, seed=5, keep=lambda q: q["article_file"] in indexed)
    x, y, first, as_is = collect(index, enc, reader, qs)
    # Fitted on questions whose answer was read (1) against those asked without it (0); the
    # threshold caps how many of all the answerable questions (read right or not) it turns away.
    fit = ~as_is | (y == 1)
    w, b = fit_logistic(x[first & fit], y[first & fit], standardize=True)           # held-out check first
    p = sigmoid(x @ w + b)
    th = threshold_at_most(p[first & as_is], args.answerable_abstain)
    report(p, as_is, first, th, "fit half")
    report(p, as_is, ~first, th, "held-out half")
    w, b = fit_logistic(x[fit], y[fit], standardize=True)
    p = sigmoid(x @ w + b)
    print("trade-off, all questions (threshold: answerable / made-unanswerable abstaining):")
    for t in (0.1, 0.2, 0.3, 0.4, 0.5):
        print(f"  {t:.1f}: {(p[as_is] < t).mean():.3f} / {(p[~as_is] < t).mean():.3f}")
    th = threshold_at_most(p[as_is], args.answerable_abstain)
    report(p, as_is, np.ones(len(y), bool), th, "chosen")
    print("weights", dict(zip(ANSWERABLE_FEATURES.names, np.round(w, 3))), "bias", round(b, 3))
    if args.dry_run:
        return
    save_model("answerable", ANSWERABLE_FEATURES.names, w, b,
               note=f"fitted on {int(y.sum())} SQuAD-train calibration questions whose answer was read and "
                    f"{int((~as_is).sum())} asked without the sentences holding their answer")
    path = Path(__file__).resolve().parent.parent / "qa" / "weights" / "ranking.json"
    raw = json.loads(path.read_text())
    raw["answerable_threshold"] = round(th, 4)
    path.write_text(json.dumps(raw, indent=1) + "\n")


if __name__ == "__main__":
    main()
