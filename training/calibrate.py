"""Fit the answer chooser, the confidence and the abstention threshold on questions about articles
the reader was never trained on (never on the dev questions).

    python training/calibrate.py --index /tmp/squad_calib/index --questions /tmp/squad_calib/questions.jsonl \
        --offtopic /tmp/squad_train/questions.jsonl

- "final": listwise linear model choosing among the sentences the reader read.
- "confidence": logistic model, P(the quoted sentence answers the question), fitted on answerable
  questions (label: correct or not) and off-topic questions (questions about other articles, asked
  of this index: never correct).
- "threshold": the lowest confidence that answers; chosen so that at least --offtopic-abstain of
  off-topic questions abstain (default 90 %), and reported with what it costs on answerable ones.
  At 95 % about 16 % of answerable questions abstained on the calibration set, at 90 % about 9.5 %
  (the table this script prints); an abstention still shows the closest passages, so 90 % was
  chosen as the better trade for a reader.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.answering import CONFIDENCE_FEATURES, FINAL_FEATURES, confidence_features, deliberate, normalize_answer  # noqa: E402
from qa.embedding import load_encoder  # noqa: E402
from qa.index import Index  # noqa: E402
from qa.reader import WEIGHTS, Reader  # noqa: E402
from training.common import fit_listwise, fit_logistic, offtopic_candidates, read_questions, save_model  # noqa: E402

def correct(index: Index, d, j: int, q: dict) -> bool:
    i = int(d.picked[j])
    doc = index.documents[index.sentence_document(int(d.evidence.srows[i]))]["source"]
    sent = normalize_answer(d.evidence.texts[i])
    return doc == q.get("article_file", doc) and any(normalize_answer(a) in sent for a in q["answers"])


def collect(index, enc, reader, qs, labelled: bool):
    vecs = enc.encode([q["question"] for q in qs])
    out = []
    for n, (q, v) in enumerate(zip(qs, vecs)):
        d = deliberate(index, enc, reader, q["question"], 5, v)
        y = np.array([correct(index, d, j, q) for j in range(len(d.picked))], dtype=np.float64) if labelled \
            else np.zeros(len(d.picked))
        out.append((d.features, y, d))
        if n % 500 == 0:
            print(f"  {n}/{len(qs)}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--offtopic", type=Path, required=True, help="questions about articles not in --index")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--reader", type=Path, default=WEIGHTS)
    ap.add_argument("--offtopic-abstain", type=float, default=0.90)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--cache", type=Path, help="keep the collected deliberations here, and reuse them when it exists "
                    "(to refit after changing only the fitting or the confidence features)")
    args = ap.parse_args()
    enc = load_encoder()
    index = Index.load(args.index, enc.name, enc.dim)
    reader = Reader(enc.model, enc.tokenizer, args.reader)
    indexed = {d["source"] for d in index.documents}
    on = read_questions(args.questions, args.limit, seed=1)
    off = [q for q in offtopic_candidates(args.offtopic, args.limit) if q["article_file"] not in indexed][: args.limit]
    print(f"{len(on)} answerable, {len(off)} off-topic questions")
    if args.cache and args.cache.exists():
        g_on, g_off = pickle.loads(args.cache.read_bytes())
    else:
        g_on = collect(index, enc, reader, on, True)
        g_off = collect(index, enc, reader, off, False)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((g_on, g_off)))
    half = len(g_on) // 2
    pairs = [(x, y) for x, y, _ in g_on]
    w_final, _ = fit_listwise(pairs[:half])
    acc_fit = np.mean([y[np.argmax(x @ w_final)] > 0 for x, y in pairs[:half] if len(y)])
    acc_held = np.mean([y[np.argmax(x @ w_final)] > 0 for x, y in pairs[half:] if len(y)])
    stage1_only = np.mean([y[0] > 0 for x, y in pairs[half:] if len(y)])
    print(f"sentence accuracy: stage-1 only {stage1_only:.3f}; final (fit half) {acc_fit:.3f}; held-out half {acc_held:.3f}")
    w_final, _ = fit_listwise(pairs)

    def top(groups):
        rows, labels = [], []
        for x, y, d in groups:
            if not len(y):
                continue
            f = x @ w_final
            j = int(np.argmax(f))
            rows.append(confidence_features(f, d)[j])
            labels.append(y[j])
        return np.array(rows), np.array(labels)

    x_on, y_on = top(g_on)
    x_off, y_off = top(g_off)
    w_c, b_c = fit_logistic(np.vstack([x_on, x_off]), np.concatenate([y_on, y_off]))
    p_on = 1 / (1 + np.exp(-(x_on @ w_c + b_c)))
    p_off = 1 / (1 + np.exp(-(x_off @ w_c + b_c)))
    print("threshold  abstain_answerable  abstain_offtopic  accuracy_of_answered")
    for t in np.linspace(0.05, 0.7, 14):
        ans = p_on >= t
        print(f"  {t:.2f}     {1 - ans.mean():.3f}              {(p_off < t).mean():.3f}            {y_on[ans].mean() if ans.any() else 0:.3f}")
    cands = np.sort(np.concatenate([p_on, p_off]))
    threshold = next((float(t) for t in cands if (p_off < t).mean() >= args.offtopic_abstain), float(cands[-1]))
    print(f"chosen threshold {threshold:.3f}: abstain answerable {(p_on < threshold).mean():.3f}, "
          f"off-topic {(p_off < threshold).mean():.3f}")
    # Calibration check: mean confidence vs accuracy in bins (answerable only).
    for lo in (0.0, 0.2, 0.4, 0.6, 0.8):
        m = (p_on >= lo) & (p_on < lo + 0.2)
        if m.any():
            print(f"  confidence {lo:.1f}-{lo + 0.2:.1f}: n={m.sum():4d} mean {p_on[m].mean():.2f} accuracy {y_on[m].mean():.2f}")
    if args.dry_run:
        return
    note = f"fitted on {len(on)} answerable + {len(off)} off-topic SQuAD-train questions (articles unseen by the reader)"
    save_model("final", FINAL_FEATURES, w_final, note=note)
    save_model("confidence", CONFIDENCE_FEATURES, w_c, b_c, note=note)
    path = Path(__file__).resolve().parent.parent / "qa" / "weights" / "ranking.json"
    raw = json.loads(path.read_text())
    raw["threshold"] = round(threshold, 4)
    raw["threshold_note"] = f"lowest confidence at which >= {args.offtopic_abstain:.0%} of off-topic questions abstain"
    path.write_text(json.dumps(raw, indent=1) + "\n")


if __name__ == "__main__":
    main()
