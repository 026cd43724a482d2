"""Fit the answer chooser, the confidence, the topic model and the abstention threshold on
questions about articles the reader was never trained on (never on the dev questions).

    python training/calibrate.py --index /tmp/squad_calib/index --questions /tmp/squad_calib/questions.jsonl \
        --offtopic /tmp/squad_train/questions.jsonl --offtopic-index /tmp/squad_train/index

- "final": listwise linear model choosing among the sentences the reader read.
- "confidence": logistic model, P(the quoted sentence answers the question) (``Answer.score``),
  fitted on the answers given (above the threshold) to answerable questions (label: correct or
  not) and to off-topic questions (questions about other articles, asked of this index: never
  correct).
- "topic": logistic model, P(the articles are about the question), fitted on answerable questions
  (label 1, whether or not the chosen sentence is right) and clearly off-topic ones (label 0).
  "Clearly" leaves out off-topic questions whose gold answer is in one of their candidate sentences
  (the corpus does hold it) and, with --offtopic-index, those whose own article is close to an
  indexed one (centroid cosine at least --related): about one in five of them.
- "threshold": the lowest topic probability that answers; chosen so that at least --offtopic-abstain
  of the clearly off-topic questions abstain (default 95 %, the goal of issue 4), and reported with
  what it costs on answerable ones, fitted on one half and measured on the other.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.answering import (CONFIDENCE_FEATURES, FINAL_FEATURES, TOPIC_FEATURES, confidence_features,  # noqa: E402
                          deliberate, normalize_answer, topic_features)
from qa.embedding import load_encoder  # noqa: E402
from qa.index import Index  # noqa: E402
from qa.ranking import sigmoid  # noqa: E402
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


def article_centroids(index: Index) -> dict[str, np.ndarray]:
    """Each article's mean chunk vector (unit length), by source file."""
    out = {}
    for doc in index.documents:
        lo, hi = doc["rows"]
        v = np.asarray(index.vectors[lo:hi], dtype=np.float64).mean(axis=0)
        out[doc["source"]] = v / (np.linalg.norm(v) or 1.0)
    return out


def clearly_offtopic(index: Index, off: list[dict], g_off, offtopic_index: Index | None, related: float) -> np.ndarray:
    """Which off-topic questions nothing indexed is about: none of their gold answers is in a
    candidate sentence, and (when ``offtopic_index`` holds their articles) their article's centroid
    is below ``related`` cosine from every indexed article's."""
    def holds(answer: str, text: str) -> bool:      # whole words: "2" is not in "2010"
        a = normalize_answer(answer)
        return bool(a) and f" {a} " in f" {normalize_answer(text)} "

    keep = np.array([not any(holds(a, t) for a in q["answers"] for t in d.evidence.texts)
                     for q, (_, _, d) in zip(off, g_off)])
    if offtopic_index is not None:
        mine = np.stack(list(article_centroids(index).values()))
        theirs = article_centroids(offtopic_index)
        near = np.array([float((mine @ theirs[q["article_file"]]).max()) >= related for q in off])
        keep &= ~near
    return keep


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--offtopic", type=Path, required=True, help="questions about articles not in --index")
    ap.add_argument("--offtopic-index", type=Path, help="an index holding the --offtopic questions' articles "
                    "(to leave out those close to an indexed article)")
    ap.add_argument("--related", type=float, default=0.6, help="article centroid cosine from which an off-topic "
                    "question is not clearly off-topic")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--reader", type=Path, default=WEIGHTS)
    ap.add_argument("--offtopic-abstain", type=float, default=0.95)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--cache", type=Path, help="keep the collected deliberations here, and reuse them when it exists "
                    "(to refit after changing only the fitting or the confidence features)")
    args = ap.parse_args()
    enc = load_encoder()
    index = Index.load(args.index, enc.name, enc.dim)
    reader = Reader(enc.model, enc.tokenizer, args.reader)
    indexed = {d["source"] for d in index.documents}
    on = read_questions(args.questions, args.limit, seed=1, keep=lambda q: q["article_file"] in indexed)
    off = [q for q in offtopic_candidates(args.offtopic, args.limit) if q["article_file"] not in indexed][: args.limit]
    print(f"{len(on)} answerable, {len(off)} off-topic questions")
    ids = ([q["id"] for q in on], [q["id"] for q in off])
    if args.cache and args.cache.exists():
        cached = pickle.loads(args.cache.read_bytes())
        if not isinstance(cached, dict) or cached.get("ids") != ids:
            sys.exit(f"{args.cache} was collected for other questions or by older code: delete it to collect again")
        g_on, g_off = cached["groups"]
    else:
        g_on = collect(index, enc, reader, on, True)
        g_off = collect(index, enc, reader, off, False)
        if args.cache:
            args.cache.write_bytes(pickle.dumps({"ids": ids, "groups": (g_on, g_off)}))
    off_index = Index.load(args.offtopic_index, enc.name, enc.dim) if args.offtopic_index else None
    clear = clearly_offtopic(index, off, g_off, off_index, args.related)
    print(f"{clear.sum()} of {len(off)} off-topic questions are clearly off-topic")

    half = len(g_on) // 2
    pairs = [(x, y) for x, y, _ in g_on]
    w_half, _ = fit_listwise(pairs[:half])
    acc_fit = np.mean([y[np.argmax(x @ w_half)] > 0 for x, y in pairs[:half] if len(y)])
    acc_held = np.mean([y[np.argmax(x @ w_half)] > 0 for x, y in pairs[half:] if len(y)])
    stage1_only = np.mean([y[0] > 0 for x, y in pairs[half:] if len(y)])
    print(f"sentence accuracy: stage-1 only {stage1_only:.3f}; final (fit half) {acc_fit:.3f}; held-out half {acc_held:.3f}")
    w_final, _ = fit_listwise(pairs)

    def top(groups, features, w):
        """``features`` of the sentence ``w`` chooses, whether it is right, and the question's
        position, for each question with candidates."""
        rows, labels, at = [], [], []
        for n, (x, y, d) in enumerate(groups):
            if not len(y):
                continue
            f = x @ w
            j = int(np.argmax(f))
            rows.append(features(f, d)[j])
            labels.append(y[j])
            at.append(n)
        return np.array(rows).reshape(len(rows), -1), np.array(labels), np.array(at, dtype=np.int64)

    def fit_topic(a, b):
        return fit_logistic(np.vstack([a, b]), np.concatenate([np.ones(len(a)), np.zeros(len(b))]), standardize=True)

    def threshold_for(p_off):
        if not len(p_off):
            sys.exit("no clearly off-topic questions to set the threshold on: ask more (--limit) or loosen --related")
        cands = np.sort(p_off)
        return next((float(t) for t in cands if (p_off < t).mean() >= args.offtopic_abstain), float(cands[-1]) + 1e-6)

    # Held-out check: the final choice and the topic model fitted on the first half of the
    # questions (answerable and off-topic), measured on the second.
    t_on, y_on, at_on = top(g_on, topic_features, w_half)
    t_off, _, at_off = top(g_off, topic_features, w_half)
    fit_on, fit_off = at_on < half, at_off < len(g_off) // 2
    clear_off = clear[at_off]
    w_t, b_t = fit_topic(t_on[fit_on], t_off[fit_off & clear_off])
    t_half = threshold_for(sigmoid(t_off[fit_off & clear_off] @ w_t + b_t))
    q_on = sigmoid(t_on[~fit_on] @ w_t + b_t)
    q_off = sigmoid(t_off[~fit_off & clear_off] @ w_t + b_t)
    ans = q_on >= t_half
    right = y_on[~fit_on] > 0
    print(f"held-out half at its fit half's threshold {t_half:.3f}: abstain answerable {1 - ans.mean():.3f}, "
          f"clearly off-topic {(q_off < t_half).mean():.3f}; sentence accuracy {(ans & right).mean():.3f} "
          f"(never abstaining {right.mean():.3f})")

    # Topic: P(on topic), answerable against clearly off-topic questions, on all of them.
    t_on, y_on, _ = top(g_on, topic_features, w_final)
    t_off, _, at_off = top(g_off, topic_features, w_final)
    clear_off = clear[at_off]
    w_t, b_t = fit_topic(t_on, t_off[clear_off])
    p_on, p_off = sigmoid(t_on @ w_t + b_t), sigmoid(t_off @ w_t + b_t)
    p_clear, p_related = p_off[clear_off], p_off[~clear_off]
    print("threshold  abstain_answerable  abstain_clearly_offtopic  abstain_other_offtopic  sentence_accuracy")
    for t in np.linspace(0.05, 0.7, 14):
        ans = p_on >= t
        print(f"  {t:.2f}     {1 - ans.mean():.3f}              {(p_clear < t).mean():.3f}                     "
              f"{(p_related < t).mean():.3f}                   {(ans & (y_on > 0)).mean():.3f}")
    threshold = threshold_for(p_clear)
    print(f"chosen threshold {threshold:.3f}: abstain answerable {(p_on < threshold).mean():.3f}, "
          f"clearly off-topic {(p_clear < threshold).mean():.3f}, other off-topic {(p_related < threshold).mean():.3f}")
    # Confidence: P(right) among the answers given (answerable and off-topic questions above the threshold).
    x_on, y_on, _ = top(g_on, confidence_features, w_final)
    x_off, _, _ = top(g_off, confidence_features, w_final)
    shown_off = p_off >= threshold
    x_shown = np.vstack([x_on[p_on >= threshold], x_off[shown_off]])
    y_shown = np.concatenate([y_on[p_on >= threshold], np.zeros(shown_off.sum())])
    w_c, b_c = fit_logistic(x_shown, y_shown)
    c = sigmoid(x_shown @ w_c + b_c)
    print(f"confidence calibration, in-sample ({len(y_shown)} answers given, {shown_off.sum()} to off-topic questions):")
    for lo in (0.0, 0.2, 0.4, 0.6, 0.8):
        m = (c >= lo) & (c < lo + 0.2)
        if m.any():
            print(f"  confidence {lo:.1f}-{lo + 0.2:.1f}: n={m.sum():4d} mean {c[m].mean():.2f} accuracy {y_shown[m].mean():.2f}")
    if args.dry_run:
        return
    note = f"fitted on {len(on)} answerable SQuAD-train questions (articles unseen by the reader)"
    save_model("final", FINAL_FEATURES, w_final, note=note)
    save_model("confidence", CONFIDENCE_FEATURES, w_c, b_c, note=f"fitted on the {len(y_shown)} answers given to {len(on)} "
               f"answerable + {len(off)} off-topic SQuAD-train questions (articles unseen by the reader)")
    save_model("topic", TOPIC_FEATURES, w_t, b_t, note=f"fitted on {len(on)} answerable + {int(clear.sum())} clearly "
               "off-topic SQuAD-train questions (articles unseen by the reader)")
    path = Path(__file__).resolve().parent.parent / "qa" / "weights" / "ranking.json"
    raw = json.loads(path.read_text())
    raw["threshold"] = round(threshold, 4)
    raw["threshold_note"] = (f"lowest topic probability at which >= {args.offtopic_abstain:.0%} of clearly off-topic "
                             "questions abstain")
    path.write_text(json.dumps(raw, indent=1) + "\n")


if __name__ == "__main__":
    main()
