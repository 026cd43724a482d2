"""Fit the answer chooser, the confidence, the topic model and the abstention thresholds on
questions about articles the reader was never trained on (never on the dev questions).

    python -m training.calibrate --index /tmp/squad/calib/index --questions /tmp/squad/calib/questions.jsonl \
        --offtopic /tmp/squad/train/questions.jsonl --offtopic-index /tmp/squad/train/index \
        --fold /tmp/squad/calib/folds/r0f0/index ... --fold /tmp/squad/calib/folds/r1f3/index \
        --big /tmp/squad/train/index

Three kinds of calibration corpus ("settings"): the main one (--index, all calibration articles;
off-topic questions are about training articles); with --fold, smaller ones of 36 of its articles
(off-topic questions are about the calibration articles a fold lacks); with --big, a bigger one of
training articles, asked only off-topic questions (about calibration articles). The models are
fitted on the questions of the first two kinds (the big corpus's articles trained the reader, so
its evidence would look better than a user's); each kind sets one threshold anchor.

- "final": listwise linear model choosing among the sentences the reader read.
- "confidence": logistic model, P(the quoted sentence answers the question) (``Answer.score``),
  fitted on the answers given (above the threshold) to answerable questions (label: correct or
  not) and to off-topic questions (never correct).
- "topic": logistic model, P(the articles are about the question), fitted on answerable questions
  (label 1, whether or not the chosen sentence is right) and clearly off-topic ones (label 0).
  "Clearly" leaves out off-topic questions whose gold answer is in one of their candidate sentences
  (the corpus does hold it) and those whose own article is close to an indexed one (centroid
  cosine at least --related; for the main corpus only with --offtopic-index).
- "threshold": anchors, one per kind of corpus (the folds, the main one, the big one) at its typical size in
  chunks; ``qa.read.decide.threshold_for`` runs linearly in log(chunks) between them. Each anchor is the
  lowest value at which at least --offtopic-abstain of that kind's clearly off-topic questions
  abstain (default 95 %, the goal of issue 4), every question judged at its own corpus's size. A
  bigger corpus needs a higher bar: more chunks, more chances for an unrelated question to meet a
  sentence that looks like an answer. Reported with what it costs on answerable questions, fitted
  on the questions of half of the articles and measured on the other half.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.encode.minilm import load_encoder
from qa.index.loaded import Index
from qa.models import RANKING, sigmoid, threshold_at
from qa.read.features import CONFIDENCE_FEATURES, FINAL_FEATURES, TOPIC_FEATURES, Choice
from qa.read.normalize import holds_answer
from qa.read.pipeline import deliberate
from qa.read.span_reader import WEIGHTS, SpanReader
from qa.settings import DEFAULT, Settings
from training.common import (
    correct,
    first_half,
    fit_listwise,
    fit_logistic,
    offtopic_candidates,
    read_questions,
    save_model,
)


def final_matrix(d) -> np.ndarray:
    """The "final" features of the sentences read (none for a question without candidates)."""
    return FINAL_FEATURES.matrix(d) if len(d.picked) else np.zeros((0, len(FINAL_FEATURES.names)))


def confidence_features(final: np.ndarray, d) -> np.ndarray:
    return CONFIDENCE_FEATURES.matrix(Choice(final, d))


def topic_features(final: np.ndarray, d) -> np.ndarray:
    return TOPIC_FEATURES.matrix(Choice(final, d))


def collect(index, enc, reader, qs, labelled: bool):
    """(labels, deliberation) per question: the choice models' features are computed from the
    deliberation when fitting (``qa.read.features``), so a cache of these outlives changes to them."""
    vecs = enc.encode([q["question"] for q in qs])
    out = []
    for n, (q, v) in enumerate(zip(qs, vecs)):
        d = deliberate(index, enc, reader, q["question"], 5, v)
        y = np.array([correct(index, d, j, q) for j in range(len(d.picked))], dtype=np.float64) if labelled \
            else np.zeros(len(d.picked))
        out.append((y, d))
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
    keep = np.array([not any(holds_answer(t, q["answers"]) for t in d.evidence.texts)
                     for q, (_, d) in zip(off, g_off)])
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
    group: str              # settings of one group share a threshold anchor ("main" or "folds")
    index: Index
    on: list[dict]          # answerable questions (their article is indexed)
    off: list[dict]         # off-topic questions (their article is not)
    collected: tuple = ()   # (for on, for off): collect()'s output
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
    out = [Setting(str(args.index), "main", index, on, off)]
    for path in args.fold:
        fold = Index.load(path, enc.name, enc.dim)
        mine = {d["source"] for d in fold.documents}
        if not mine <= indexed:
            sys.exit(f"{path}: a --fold must hold only articles of --index {args.index}")
        out.append(Setting(str(path), "folds", fold,
                           read_questions(args.questions, args.fold_limit, seed=1,
                                          keep=lambda q, mine=mine: q["article_file"] in mine),
                           read_questions(args.questions, args.fold_limit, seed=2,
                                          keep=lambda q, mine=mine: q["article_file"] in indexed - mine)))
    if args.big:
        big = Index.load(args.big, enc.name, enc.dim)
        theirs = {d["source"] for d in big.documents}
        if theirs & indexed:
            sys.exit(f"{args.big}: --big must hold none of --index's articles (its off-topic questions are about them)")
        out.append(Setting(str(args.big), "big", big, [], read_questions(args.questions, args.big_limit, seed=3)))
    return out


# The code a collected deliberation is made by: searching, reading and choosing the span. Not the
# choice models' feature tables (``_FITTING_CODE``): they are computed from the deliberations when fitting.
_COLLECTING_CODE = ("qa/read", "qa/search", "qa/encode/words.py", "qa/index/loaded.py", "qa/index/bm25.py",
                    "qa/settings.py")
_FITTING_CODE = ("qa/read/features.py",)


def code_digest(root: Path = Path(__file__).resolve().parent.parent) -> str:
    """SHA-256 of the source files of ``_COLLECTING_CODE`` (but ``_FITTING_CODE``): any edit to
    them, a comment included, makes the cached deliberations stale (collecting again is slow, using
    stale ones is wrong)."""
    h = hashlib.sha256()
    for part in _COLLECTING_CODE:
        path = root / part
        for f in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            name = f.relative_to(root).as_posix()
            if name not in _FITTING_CODE:
                h.update(name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def cache_key(s: Setting, reader_path: Path, reading: Settings = DEFAULT, ranking: Path = RANKING) -> dict:
    """What a cached collection must have been made from: the same questions, the same index
    (path and manifest counts), the same reader weights, the same chunk and sentence models (they
    choose what is read), the same reading depths and the same code (``code_digest``)."""
    m = s.index.manifest
    stage1 = json.loads(ranking.read_text())["models"]
    return {"ids": ([q["id"] for q in s.on], [q["id"] for q in s.off]),
            "index": [s.name, m.get("generation"), m.get("rows"), m.get("live_rows")],
            "reader": hashlib.sha256(reader_path.read_bytes()).hexdigest(),
            "stage1": json.dumps([stage1["chunks"], stage1["sentences"]], sort_keys=True),
            "reading": [reading.read_chunks, reading.read_sentences, reading.wider_chunks, reading.wider_read,
                        reading.widen_below_margin],
            "code": code_digest()}


def collect_all(settings: list[Setting], enc, reader, reader_path: Path, cache: Path | None) -> None:
    """Fill each setting's ``collected``, from ``cache`` where it was made from the same
    questions, index and reader (``cache_key``)."""
    stored = {"settings": {}}
    if cache and cache.exists():
        stored = pickle.loads(cache.read_bytes())
        if not isinstance(stored, dict) or "settings" not in stored:
            sys.exit(f"{cache} was written by older code: delete it to collect again")
        if any(len(pair) != 2 for hit in stored["settings"].values() for g in hit["collected"] for pair in g):
            sys.exit(f"{cache} holds features computed when collecting (older code): delete it to collect again")
    for s in settings:
        key = cache_key(s, reader_path)
        hit = stored["settings"].get(s.name)
        if hit is not None and hit["key"] == key:
            s.collected = hit["collected"]
            continue
        print(f"{s.name}: {len(s.on)} answerable, {len(s.off)} off-topic questions ({s.chunks} chunks)", flush=True)
        s.collected = (collect(s.index, enc, reader, s.on, True), collect(s.index, enc, reader, s.off, False))
        stored["settings"][s.name] = {"key": key, "collected": s.collected}
        if cache:
            cache.write_bytes(pickle.dumps(stored))


def at_size(chunks: np.ndarray, anchors: dict) -> np.ndarray:
    """The threshold at each corpus size from ``anchors`` as ``ranking.json`` stores them."""
    return threshold_at(chunks, anchors["chunks"], anchors["topic"])


def anchor_thresholds(p: np.ndarray, chunks: np.ndarray, group_of: np.ndarray, clear: np.ndarray, goal: float,
                      sizes: dict[str, float]) -> dict:
    """Threshold anchors (as ``ranking.json`` stores them): one per group, at the group's typical
    corpus size (``sizes``), each the lowest value at which, with every question judged at the
    threshold of its own corpus size (``at_size``), at least ``goal`` of the group's clearly
    off-topic questions (``clear``; ``p`` their topic probabilities) abstain."""
    sizes = {g: float(round(v)) for g, v in sizes.items()}      # as stored
    groups = sorted((g for g in sizes if (clear & (group_of == g)).any()), key=lambda g: sizes[g])
    if not groups:
        raise ValueError("no clearly off-topic questions to set the threshold on")
    values = {g: 0.5 for g in groups}

    def anchors():
        return {"chunks": [sizes[g] for g in groups], "topic": [values[g] for g in groups]}

    def share(g):
        m = clear & (group_of == g)
        return float((p[m] < at_size(chunks[m], anchors())).mean())

    for _ in range(3):                # anchors interact through the interpolation; settles at once
        for g in groups:
            lo, hi = 0.0, 1.0 + 1e-6
            for _ in range(40):       # share(g) only grows with values[g]
                values[g] = (lo + hi) / 2
                lo, hi = (lo, values[g]) if share(g) >= goal else (values[g], hi)
            values[g] = hi
    # Rounded up, so that the stored anchors still keep the goal (a higher anchor abstains more).
    return {"chunks": [round(sizes[g]) for g in groups], "topic": [math.ceil(values[g] * 1e4) / 1e4 for g in groups]}


GROUPS = ("folds", "main", "big")     # the kinds of calibration corpus, smallest first


def rates(ans: np.ndarray, right: np.ndarray, is_off: np.ndarray, clear: np.ndarray, m: np.ndarray) -> str:
    """Abstention and accuracy among the rows ``m``, one line."""
    def share(x, rows):
        return f"{x[rows].mean():.3f}" if rows.any() else "  -  "
    return (f"abstain answerable {share(~ans, m & ~is_off)}, clearly off-topic {share(~ans, m & clear)}, other "
            f"off-topic {share(~ans, m & is_off & ~clear)}; sentence accuracy {share(ans & right, m & ~is_off)} "
            f"(never abstaining {share(right, m & ~is_off)})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--offtopic", type=Path, required=True, help="questions about articles not in --index")
    ap.add_argument("--offtopic-index", type=Path, help="an index holding the --offtopic questions' articles "
                    "(to leave out those close to an indexed article)")
    ap.add_argument("--fold", type=Path, action="append", default=[],
                    help="an index of 36 of --index's articles (make_corpora.py writes their folders): asked "
                    "--fold-limit questions about its articles and as many about the --index articles it lacks; "
                    "the folds set the threshold for smaller corpora")
    ap.add_argument("--fold-limit", type=int, default=375)
    ap.add_argument("--big", type=Path, help="an index bigger than --index of articles no --questions are about (the "
                    "reader's training articles): asked --big-limit of them as off-topic questions, to set the "
                    "threshold for big corpora; not used to fit the models")
    ap.add_argument("--big-limit", type=int, default=1000)
    ap.add_argument("--related", type=float, default=0.6, help="article centroid cosine from which an off-topic "
                    "question is not clearly off-topic")
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--reader", type=Path, default=WEIGHTS)
    ap.add_argument("--offtopic-abstain", type=float, default=0.95)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--labels", choices=["words", "substring"], default="words",
                    help="what makes a read sentence right: a gold answer as whole words (default, as the evaluation "
                         "judges), or as a substring (the earlier rule; to measure the difference)")
    ap.add_argument("--cache", type=Path, help="keep the collected deliberations here, and reuse them for the "
                    "settings asked the same questions of the same index by the same reader and code (to refit "
                    "after changing only the fitting or the choice models' features, qa/read/features.py)")
    args = ap.parse_args()
    enc = load_encoder()
    reader = SpanReader(enc.model, enc.tokenizer, args.reader)
    settings = settings_from(args, enc)
    collect_all(settings, enc, reader, args.reader, args.cache)
    main_index = settings[0].index
    off_index = Index.load(args.offtopic_index, enc.name, enc.dim) if args.offtopic_index else None
    for s in settings:
        s.clear = clearly_offtopic(s.index, s.off, s.collected[1], off_index if s.group == "main" else main_index,
                                   args.related)
        print(f"{s.name}: {s.chunks} chunks, {len(s.on)} answerable, {len(s.off)} off-topic questions, "
              f"{s.clear.sum()} of them clearly off-topic")

    # One row per question asked of one setting (a question may be asked of several).
    pairs, deliberations, first, setting_of, is_off, clear = [], [], [], [], [], []
    for n, s in enumerate(settings):
        for qs, g, off in ((s.on, s.collected[0], False), (s.off, s.collected[1], True)):
            for m, (q, (_, d)) in enumerate(zip(qs, g)):
                x = final_matrix(d)
                y = np.array([correct(s.index, d, j, q, args.labels) for j in range(len(d.picked))],
                             dtype=np.float64) if not off else np.zeros(len(d.picked))
                pairs.append((x, y))
                deliberations.append(d)
                first.append(first_half(q))
                setting_of.append(n)
                is_off.append(off)
                clear.append(bool(s.clear[m]) if off else False)
    first, setting_of, is_off, clear = map(np.array, (first, setting_of, is_off, clear))
    chunks = np.array([settings[n].chunks for n in setting_of], dtype=np.float64)
    group_of = np.array([settings[n].group for n in setting_of])
    sizes = {g: float(np.exp(np.mean([np.log(s.chunks) for s in settings if s.group == g])))
             for g in {s.group for s in settings}}
    fitted = group_of != "big"         # the big corpus's articles trained the reader: it only sets a threshold

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
        """Per row: ``features`` of the sentence ``w`` chooses (zeros when there is none),
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
        width = next((len(r) for r in rows if r is not None), 0)
        if not width:
            sys.exit("no question has a candidate sentence: is the index empty?")
        return np.array([r if r is not None else np.zeros(width) for r in rows]), np.array(right), np.array(has)

    def abstention(p, right, fit_rows, shown_rows, label):
        """Threshold anchors set on the clearly off-topic ``fit_rows``, whether each question
        answers at them, and the rates among ``shown_rows`` per kind of corpus."""
        th = anchor_thresholds(p, chunks, group_of, clear & fit_rows, args.offtopic_abstain, sizes)
        ans = p >= at_size(chunks, th)
        print(f"{label} {th}:")
        for g in GROUPS:
            if (group_of == g).any():
                print(f"  {g:5s} {rates(ans, right, is_off, clear, shown_rows & (group_of == g))}")
        return th, ans

    def fit_topic(t, rows):
        a, b = t[rows & ~is_off], t[rows & clear]
        w, b0 = fit_logistic(np.vstack([a, b]), np.concatenate([np.ones(len(a)), np.zeros(len(b))]), standardize=True)
        return w, b0, np.where(has, sigmoid(t @ w + b0), 0.0)       # no candidates: abstains

    # Held-out check: final choice, topic model and thresholds fitted on the questions of half of
    # the articles (the same half in every setting), measured on the other half.
    t, right, has = top(topic_features, w_half)
    _, _, p = fit_topic(t, first & has & fitted)
    abstention(p, right, first, ~first, "held-out half, at the fit half's thresholds")

    # Topic: P(on topic), answerable against clearly off-topic questions, on all of them.
    t, right, has = top(topic_features, w_final)
    w_t, b_t, p = fit_topic(t, has & fitted)
    print("abstention trade-off at one threshold everywhere (all questions):")
    for v in np.linspace(0.05, 0.7, 14):
        print(f"  {v:.2f}  " + "  |  ".join(f"{g}: {rates(p >= v, right, is_off, clear, group_of == g)}"
                                           for g in GROUPS if (group_of == g).any()))
    everyone = np.ones(len(p), bool)
    th, ans = abstention(p, right, everyone, everyone, "chosen thresholds")
    # Confidence: P(right) among the answers given (answerable and off-topic questions above the threshold).
    x, right, has = top(confidence_features, w_final)
    shown = has & ans & fitted
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
    n_on, n_off = int((~is_off & fitted).sum()), int((is_off & fitted).sum())
    used = [s for s in settings if s.group != "big"]
    where = (f"question-corpus pairs from {len(used)} calibration corpora of "
             f"{min(s.chunks for s in used)}-{max(s.chunks for s in used)} chunks")
    note = f"fitted on {n_on} answerable {where} (SQuAD-train articles unseen by the reader)"
    save_model("final", FINAL_FEATURES.names, w_final, note=note)
    save_model("confidence", CONFIDENCE_FEATURES.names, w_c, b_c, note=f"fitted on the {shown.sum()} answers given to "
               f"{n_on} answerable + {n_off} off-topic {where} (SQuAD-train articles unseen by the reader)")
    save_model("topic", TOPIC_FEATURES.names, w_t, b_t, note=f"fitted on {n_on} answerable + {int((clear & fitted).sum())} clearly "
               f"off-topic {where} (SQuAD-train articles unseen by the reader)")
    path = Path(__file__).resolve().parent.parent / "qa" / "weights" / "ranking.json"
    raw = json.loads(path.read_text())
    raw["threshold"] = th
    raw["threshold_note"] = (f"per corpus size in chunks, the lowest topic probability at which >= "
                             f"{args.offtopic_abstain:.0%} of clearly off-topic questions abstain (each judged at "
                             "its own corpus size); linear in log(chunks) between, flat outside (qa.read.decide.threshold_for)")
    path.write_text(json.dumps(raw, indent=1) + "\n")


if __name__ == "__main__":
    main()
