"""Fit the answer chooser, the confidence, the topic model and the abstention thresholds on
questions about articles the reader was never trained on (never on the dev questions).

    python training/calibrate.py --index /tmp/squad/calib/index --questions /tmp/squad/calib/questions.jsonl \
        --offtopic /tmp/squad/train/questions.jsonl --offtopic-index /tmp/squad/train/index \
        --fold /tmp/squad/calib/folds/r0f0/index ... --fold /tmp/squad/calib/folds/r1f3/index

Two kinds of calibration corpus ("settings"): the main one (--index, all calibration articles;
off-topic questions are about training articles) and, with --fold, smaller ones of 36 of its
articles (off-topic questions are about the calibration articles a fold lacks). Every fitted
part uses the questions of all of them.

- "final": listwise linear model choosing among the sentences the reader read.
- "confidence": logistic model, P(the quoted sentence answers the question) (``Answer.score``),
  fitted on the answers given (above the threshold) to answerable questions (label: correct or
  not) and to off-topic questions (never correct).
- "topic": logistic model, P(the articles are about the question), fitted on answerable questions
  (label 1, whether or not the chosen sentence is right) and clearly off-topic ones (label 0).
  "Clearly" leaves out off-topic questions whose gold answer is in one of their candidate sentences
  (the corpus does hold it) and those whose own article is close to an indexed one (centroid
  cosine at least --related).
- "threshold": per kind of corpus (the folds, the main one), the lowest topic probability at which
  at least --offtopic-abstain of its clearly off-topic questions abstain (default 95 %, the goal of
  issue 4), stored with the corpus size (chunks); ``answering.threshold_for`` runs linearly in
  log(chunks) between them. A bigger corpus needs a higher bar: more chunks, more chances for an
  unrelated question to meet a sentence that looks like an answer. Reported with what it costs on
  answerable questions, fitted on one half of every setting's questions and measured on the other.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import dataclass, field
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


@dataclass
class Setting:
    """One calibration corpus and what was asked of it."""

    name: str
    group: str              # settings of one group share a threshold ("main" or "folds")
    index: Index
    on: list[dict]          # answerable questions (their article is indexed)
    off: list[dict]         # off-topic questions (their article is not)
    groups: tuple = ()      # (g_on, g_off): collect()'s output for each
    clear: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))

    @property
    def chunks(self) -> int:
        return self.index.size


def settings_from(args, enc) -> list[Setting]:
    """The main calibration corpus and, with --fold, the smaller ones cut from its articles."""
    index = Index.load(args.index, enc.name, enc.dim)
    indexed = {d["source"] for d in index.documents}
    on = read_questions(args.questions, args.limit, seed=1, keep=lambda q: q["article_file"] in indexed)
    off = [q for q in offtopic_candidates(args.offtopic, args.limit) if q["article_file"] not in indexed][: args.limit]
    out = [Setting("main", "main", index, on, off)]
    for path in args.fold:
        fold = Index.load(path, enc.name, enc.dim)
        mine = {d["source"] for d in fold.documents}
        if not mine <= indexed:
            sys.exit(f"{path}: a --fold must hold only articles of --index {args.index}")
        out.append(Setting(str(path), "folds", fold,
                           read_questions(args.questions, args.fold_limit, seed=1, keep=lambda q: q["article_file"] in mine),
                           read_questions(args.questions, args.fold_limit, seed=2,
                                          keep=lambda q: q["article_file"] in indexed - mine)))
    return out


def collect_all(settings: list[Setting], enc, reader, cache: Path | None) -> None:
    """Fill each setting's ``groups``, from ``cache`` where it holds them for the same questions."""
    stored = pickle.loads(cache.read_bytes()) if cache and cache.exists() else {}
    if not isinstance(stored, dict) or "settings" not in stored:
        stored = {"settings": {}}
    for s in settings:
        ids = ([q["id"] for q in s.on], [q["id"] for q in s.off])
        hit = stored["settings"].get(s.name)
        if hit is not None and hit["ids"] == ids:
            s.groups = hit["groups"]
            continue
        print(f"{s.name}: {len(s.on)} answerable, {len(s.off)} off-topic questions ({s.chunks} chunks)", flush=True)
        s.groups = (collect(s.index, enc, reader, s.on, True), collect(s.index, enc, reader, s.off, False))
        stored["settings"][s.name] = {"ids": ids, "groups": s.groups}
        if cache:
            cache.write_bytes(pickle.dumps(stored))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--offtopic", type=Path, required=True, help="questions about articles not in --index")
    ap.add_argument("--offtopic-index", type=Path, help="an index holding the --offtopic questions' articles "
                    "(to leave out those close to an indexed article)")
    ap.add_argument("--fold", type=Path, action="append", default=[],
                    help="an index of some of --index's articles (make_corpora.py --folds): asked --fold-limit "
                    "questions about its articles and as many about the --index articles it lacks; the folds set "
                    "the threshold for smaller corpora")
    ap.add_argument("--fold-limit", type=int, default=375)
    ap.add_argument("--related", type=float, default=0.6, help="article centroid cosine from which an off-topic "
                    "question is not clearly off-topic")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--reader", type=Path, default=WEIGHTS)
    ap.add_argument("--offtopic-abstain", type=float, default=0.95)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--cache", type=Path, help="keep the collected deliberations here, and reuse them for the "
                    "settings asked the same questions (to refit after changing only the fitting)")
    args = ap.parse_args()
    enc = load_encoder()
    reader = Reader(enc.model, enc.tokenizer, args.reader)
    settings = settings_from(args, enc)
    collect_all(settings, enc, reader, args.cache)
    main_index = settings[0].index
    off_index = Index.load(args.offtopic_index, enc.name, enc.dim) if args.offtopic_index else None
    for s in settings:
        s.clear = clearly_offtopic(s.index, s.off, s.groups[1], off_index if s.group == "main" else main_index,
                                   args.related)
        print(f"{s.name}: {s.chunks} chunks, {len(s.on)} answerable, {len(s.off)} off-topic questions, "
              f"{s.clear.sum()} of them clearly off-topic")

    # Every question as one row: its setting, whether it is in the first half of its setting's
    # questions (the held-out check fits on those), off-topic or not, clearly so.
    pairs, first, setting_of, is_off, clear, deliberations = [], [], [], [], [], []
    for n, s in enumerate(settings):
        for g, off in ((s.groups[0], False), (s.groups[1], True)):
            for m, (x, y, d) in enumerate(g):
                pairs.append((x, y))
                deliberations.append(d)
                first.append(m < len(g) // 2)
                setting_of.append(n)
                is_off.append(off)
                clear.append(bool(s.clear[m]) if off else False)
    first, setting_of, is_off, clear = map(np.array, (first, setting_of, is_off, clear))
    chunks = np.array([settings[n].chunks for n in setting_of], dtype=np.float64)
    group_of = np.array([settings[n].group for n in setting_of])

    on_pairs = [p for p, off in zip(pairs, is_off) if not off]
    on_first = first[~is_off]
    w_half, _ = fit_listwise([p for p, f in zip(on_pairs, on_first) if f])
    acc = {name: np.mean([y[np.argmax(x @ w_half)] > 0 for (x, y), f in zip(on_pairs, on_first) if len(y) and f == fit])
           for name, fit in (("fit half", True), ("held-out half", False))}
    stage1_only = np.mean([y[0] > 0 for (x, y), f in zip(on_pairs, on_first) if len(y) and not f])
    print(f"sentence accuracy: stage-1 only {stage1_only:.3f}; final (fit half) {acc['fit half']:.3f}; "
          f"held-out half {acc['held-out half']:.3f}")
    w_final, _ = fit_listwise(on_pairs)

    def top(features, w):
        """Per question: ``features`` of the sentence ``w`` chooses (zeros when there is none),
        whether it is right, and whether there was one."""
        rows, right, has = [], [], []
        for (x, y), d in zip(pairs, deliberations):
            if not len(y):
                rows.append(None)
                right.append(False)
                has.append(False)
                continue
            f = x @ w
            j = int(np.argmax(f))
            rows.append(features(f, d)[j])
            right.append(bool(y[j] > 0))
            has.append(True)
        width = len(next(r for r in rows if r is not None))
        return np.array([r if r is not None else np.zeros(width) for r in rows]), np.array(right), np.array(has)

    def fit_topic(t, rows):
        a, b = t[rows & ~is_off], t[rows & clear]
        return fit_logistic(np.vstack([a, b]), np.concatenate([np.ones(len(a)), np.zeros(len(b))]), standardize=True)

    def thresholds(p, rows):
        """Per group, its typical size (geometric mean of its settings' chunks) and the lowest
        topic probability at which at least --offtopic-abstain of its clearly off-topic ``rows``
        abstain; as ``ranking.json`` stores them."""
        out = []
        for g in ("folds", "main"):
            m = rows & clear & (group_of == g)
            if not m.any():
                continue
            cands = np.sort(p[m])
            t = next((float(v) for v in cands if (p[m] < v).mean() >= args.offtopic_abstain), float(cands[-1]) + 1e-6)
            size = float(np.exp(np.mean(np.log([s.chunks for s in settings if s.group == g]))))
            out.append((size, t))
        if not out:
            sys.exit("no clearly off-topic questions to set the threshold on: ask more (--limit) or loosen --related")
        out.sort()
        return {"chunks": [round(c) for c, _ in out], "topic": [round(t, 4) for _, t in out]}

    def at_size(th):
        return np.interp(np.log(chunks), np.log(th["chunks"]), th["topic"])

    def report(p, right, has, th, rows, label):
        ans = (p >= at_size(th)) & has
        for g in ("folds", "main"):
            m = rows & (group_of == g)
            if m.any():
                print(f"  {label} {g:5s}: abstain answerable {1 - ans[m & ~is_off].mean():.3f}, clearly off-topic "
                      f"{1 - ans[m & clear].mean():.3f}, other off-topic {1 - ans[m & is_off & ~clear].mean():.3f}; "
                      f"sentence accuracy {(ans & right)[m & ~is_off].mean():.3f} "
                      f"(never abstaining {right[m & ~is_off].mean():.3f})")

    # Held-out check: final choice, topic model and thresholds fitted on the first half of every
    # setting's questions, measured on the second.
    t, right, has = top(topic_features, w_half)
    w_t, b_t = fit_topic(t, first & has)
    p = np.where(has, sigmoid(t @ w_t + b_t), 0.0)
    th = thresholds(p, first & has)
    print(f"held-out half, at the fit half's thresholds {th}:")
    report(p, right, has, th, ~first, "held out")

    # Topic: P(on topic), answerable against clearly off-topic questions, on all of them.
    t, right, has = top(topic_features, w_final)
    w_t, b_t = fit_topic(t, has)
    p = np.where(has, sigmoid(t @ w_t + b_t), 0.0)
    print("abstention trade-off at one threshold everywhere (all questions):")
    for g in ("folds", "main"):
        m = group_of == g
        if not m.any():
            continue
        print(f" {g}: threshold  abstain_answerable  abstain_clearly_offtopic  abstain_other_offtopic  sentence_accuracy")
        for v in np.linspace(0.05, 0.7, 14):
            ans = p >= v
            print(f"  {v:.2f}     {1 - ans[m & ~is_off].mean():.3f}              {1 - ans[m & clear].mean():.3f}"
                  f"                     {1 - ans[m & is_off & ~clear].mean():.3f}                   "
                  f"{(ans & right)[m & ~is_off].mean():.3f}")
    th = thresholds(p, has)
    print(f"chosen thresholds {th}:")
    report(p, right, has, th, np.ones(len(p), bool), "all")
    # Confidence: P(right) among the answers given (answerable and off-topic questions above the threshold).
    x, right, has = top(confidence_features, w_final)
    shown = has & (p >= at_size(th))
    w_c, b_c = fit_logistic(x[shown], right[shown].astype(np.float64))
    c = sigmoid(x[shown] @ w_c + b_c)
    y_shown = right[shown]
    print(f"confidence calibration, in-sample ({shown.sum()} answers given, {(shown & is_off).sum()} to off-topic "
          "questions):")
    for lo in (0.0, 0.2, 0.4, 0.6, 0.8):
        m = (c >= lo) & (c < lo + 0.2)
        if m.any():
            print(f"  confidence {lo:.1f}-{lo + 0.2:.1f}: n={m.sum():4d} mean {c[m].mean():.2f} accuracy {y_shown[m].mean():.2f}")
    if args.dry_run:
        return
    n_on, n_off = int((~is_off).sum()), int(is_off.sum())
    where = f"{len(settings)} calibration corpora of {min(s.chunks for s in settings)}-{max(s.chunks for s in settings)} chunks"
    note = f"fitted on {n_on} answerable SQuAD-train questions (articles unseen by the reader), {where}"
    save_model("final", FINAL_FEATURES, w_final, note=note)
    save_model("confidence", CONFIDENCE_FEATURES, w_c, b_c, note=f"fitted on the {shown.sum()} answers given to {n_on} "
               f"answerable + {n_off} off-topic SQuAD-train questions (articles unseen by the reader), {where}")
    save_model("topic", TOPIC_FEATURES, w_t, b_t, note=f"fitted on {n_on} answerable + {int(clear.sum())} clearly "
               f"off-topic SQuAD-train questions (articles unseen by the reader), {where}")
    path = Path(__file__).resolve().parent.parent / "qa" / "weights" / "ranking.json"
    raw = json.loads(path.read_text())
    raw["threshold"] = th
    raw["threshold_note"] = (f"per corpus size in chunks, the lowest topic probability at which >= "
                             f"{args.offtopic_abstain:.0%} of clearly off-topic questions abstain; "
                             "linear in log(chunks) between, flat outside (answering.threshold_for)")
    path.write_text(json.dumps(raw, indent=1) + "\n")


if __name__ == "__main__":
    main()
