"""Measure retrieval and answer quality on question files: ``python -m qa eval``.

Question files are JSON lines in the layout of SQuAD-derived ``data/dev.*.jsonl``; only ``question``
and ``answers`` are required. A line with ``is_impossible: true`` or no answers is unanswerable.
Scoring follows the SQuAD v1.1 official script (normalised exact match and token F1, best over the
gold answers); an abstention (``found`` False) scores 0 on every answer metric."""

from __future__ import annotations

import dataclasses
import enum
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from qa.index.build import build_index
from qa.measure.scoring import best_over, exact_match, f1, mean, mrr, percentile, recall_at, share
from qa.read.normalize import holds_answer
from qa.records import Passage
from qa.search.rank import Mode

RECALL_AT = (1, 5, 10)
KEYS = ("n_answerable", "n_unanswerable", "recall@1", "recall@5", "recall@10", "mrr", "sentence_accuracy",
        "exact_match", "f1", "abstain_answerable", "abstain_unanswerable", "latency_p50_ms", "latency_p95_ms")
OFFTOPIC_KEYS = ("n_offtopic", "abstain_offtopic")


# -- questions ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Question:
    """One line of a question file. ``article_file`` is a path inside the corpus folder and
    ``para_start``/``para_end`` the gold paragraph's character span in it, when known."""

    question: str
    answers: tuple[str, ...]
    impossible: bool = False
    id: str = ""
    article_file: str | None = None
    para_start: int | None = None
    para_end: int | None = None
    origin: str = ""            # "file, line n", for messages

    @property
    def answerable(self) -> bool:
        return not self.impossible and bool(self.answers)


def load_questions(path: str | Path, limit: int | None = None) -> list[Question]:
    """The questions of one JSONL file (the first ``limit`` of them). Raises ``ValueError`` naming
    the file and line of a malformed line, or when the file holds no question."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"question file {path} does not exist")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not UTF-8 text: save it as UTF-8 JSON lines") from None
    out: list[Question] = []
    for n, line in enumerate(lines, 1):
        if limit is not None and len(out) >= limit:
            break
        if line.strip():
            out.append(_parse_line(line, f"{path}, line {n}"))
    if not out:
        raise ValueError(f"{path} holds no questions: write one JSON object per line, "
                         f'e.g. {{"question": "Who ...?", "answers": ["..."]}}')
    return out


def _parse_line(line: str, where: str) -> Question:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object") from None
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected a JSON object with \"question\" and \"answers\", got {type(obj).__name__}")
    question = obj.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError(f"{where}: \"question\" must be a non-empty string, got {question!r}")
    impossible = obj.get("is_impossible", False)
    if not isinstance(impossible, bool):
        raise ValueError(f"{where}: \"is_impossible\" must be true or false, got {impossible!r}")
    answers = obj.get("answers")
    if answers is None and not impossible:
        raise ValueError(f"{where}: no \"answers\": give a list of answer texts "
                         "([] when the articles do not answer it)")
    answers = [] if answers is None else answers
    if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
        raise ValueError(f"{where}: \"answers\" must be a list of strings, got {answers!r}")
    article = obj.get("article_file")
    if article is not None and not isinstance(article, str):
        raise ValueError(f"{where}: \"article_file\" must be a string, got {article!r}")
    lo, hi = obj.get("para_char_start"), obj.get("para_char_end")
    if lo is not None or hi is not None:
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lo, hi)) or not 0 <= lo < hi:
            raise ValueError(f"{where}: para_char_start/para_char_end must be two integers with "
                             f"0 <= start < end, got {lo!r}, {hi!r}")
    return Question(question=question, answers=tuple(answers), impossible=impossible or not answers,
                    id=str(obj.get("id", "")), article_file=article, para_start=lo, para_end=hi, origin=where)


def is_hit(p: Passage, q: Question) -> bool:
    """A passage is a hit when it overlaps the gold paragraph of the gold article; without that
    span, when it contains a gold answer (and comes from ``article_file`` when that is given)."""
    if q.article_file is not None and p.source != q.article_file:
        return False
    if q.para_start is not None and q.article_file is not None:
        return p.start < q.para_end and q.para_start < p.end
    return holds_answer(p.text, q.answers)


def first_hit_rank(passages: Sequence[Passage], q: Question) -> int | None:
    """1-based rank of the first hit in ``passages`` (best first), or None."""
    return next((i for i, p in enumerate(passages, 1) if is_hit(p, q)), None)


# -- running -----------------------------------------------------------------------------------
class Kind(str, enum.Enum):
    ANSWERABLE = "answerable"
    UNANSWERABLE = "unanswerable"
    OFFTOPIC = "offtopic"       # asked of an index without its article


@dataclass(frozen=True)
class Result:
    """One question asked, what came back, and its scores (None where a score does not apply)."""

    id: str
    question: str
    kind: Kind
    origin: str
    answers: tuple[str, ...]
    article_file: str | None
    found: bool
    prediction: str
    sentence: str
    source: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    score: float
    hit_rank: int | None
    exact_match: float | None
    f1: float | None
    sentence_correct: bool | None
    latency_ms: float


def ask(engine, q: Question, k: int, mode: Mode, kind: Kind) -> Result:
    """Ask ``engine.answer(q, max(k, 10))`` and score it. Recall uses the answer's passages, or
    with a mode other than hybrid ``engine.retrieve`` in that mode."""
    depth = max(k, max(RECALL_AT))
    t0 = time.perf_counter()
    ans = engine.answer(q.question, depth)
    latency_ms = (time.perf_counter() - t0) * 1000.0
    scored = kind is Kind.ANSWERABLE
    rank = em = f = correct = None
    if scored:
        passages = ans.passages if mode is Mode.HYBRID else engine.retrieve(q.question, depth, mode=mode)
        rank = first_hit_rank(passages, q)
        prediction = ans.text if ans.found else ""
        em, f = best_over(exact_match, prediction, q.answers), best_over(f1, prediction, q.answers)
        correct = ans.found and (q.article_file is None or ans.source == q.article_file) \
            and holds_answer(ans.sentence, q.answers)
    return Result(
        id=q.id, question=q.question, kind=kind, origin=q.origin, answers=q.answers, article_file=q.article_file,
        found=ans.found, prediction=ans.text, sentence=ans.sentence, source=ans.source, start=ans.start,
        end=ans.end, sentence_start=ans.sentence_start, sentence_end=ans.sentence_end, score=ans.score,
        hit_rank=rank, exact_match=em, f1=f, sentence_correct=correct, latency_ms=latency_ms,
    )


def summarize(results: Sequence[Result]) -> dict:
    """The metrics of ``KEYS`` (plus ``OFFTOPIC_KEYS`` when there are off-topic results). Recall,
    sentence accuracy, EM and F1 are over answerable questions; EM and F1 in percent."""
    by = {kind: [r for r in results if r.kind is kind] for kind in Kind}
    ans = by[Kind.ANSWERABLE]
    ranks = [r.hit_rank for r in ans]
    em, f = mean(r.exact_match for r in ans), mean(r.f1 for r in ans)
    latencies = [r.latency_ms for r in results]
    m = {"n_answerable": len(ans), "n_unanswerable": len(by[Kind.UNANSWERABLE])}
    m.update({f"recall@{k}": recall_at(ranks, k) for k in RECALL_AT})
    m.update({
        "mrr": mrr(ranks),
        "sentence_accuracy": share(r.sentence_correct for r in ans),
        "exact_match": None if em is None else 100.0 * em,
        "f1": None if f is None else 100.0 * f,
        "abstain_answerable": share(not r.found for r in ans),
        "abstain_unanswerable": share(not r.found for r in by[Kind.UNANSWERABLE]),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    })
    if by[Kind.OFFTOPIC]:
        m["n_offtopic"] = len(by[Kind.OFFTOPIC])
        m["abstain_offtopic"] = share(not r.found for r in by[Kind.OFFTOPIC])
    return m


def run_eval(engine, questions: Sequence[Question], k: int = 10, mode: Mode = Mode.HYBRID, *,
             offtopic: Sequence[Question] = (), offtopic_engine=None,
             progress: Callable[[], None] | None = None) -> tuple[dict, list[Result]]:
    """Ask every question of ``engine`` (and every ``offtopic`` question of ``offtopic_engine``,
    an engine over the corpus without their articles); return (metrics, per-question results).
    ``progress()`` is called after each question."""
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be an integer >= 1, got {k!r}")
    if offtopic and offtopic_engine is None:
        raise ValueError("off-topic questions need offtopic_engine: an engine over the corpus without their articles")
    work = [(engine, q, Kind.ANSWERABLE if q.answerable else Kind.UNANSWERABLE) for q in questions]
    work += [(offtopic_engine, q, Kind.OFFTOPIC) for q in offtopic]
    results = []
    for eng, q, kind in work:
        results.append(ask(eng, q, k, mode, kind))
        if progress is not None:
            progress()
    return summarize(results), results


# -- the command line ----------------------------------------------------------------------------
def main(args) -> int:
    """``python -m qa eval`` (see ``qa.cli``): build, ask, print the table (and the JSON last)."""
    from tqdm import tqdm

    mode = Mode(args.mode)
    if args.k < 1:
        raise ValueError(f"--k must be >= 1, got {args.k}")
    if args.limit is not None and args.limit < 1:
        raise ValueError(f"--limit must be >= 1, got {args.limit}")
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus} does not exist: point --corpus at a folder of .txt articles")
    if args.predictions is not None and not Path(args.predictions).parent.is_dir():
        raise FileNotFoundError(f"cannot write --predictions {args.predictions}: its folder does not exist")
    if not args.questions and not getattr(args, "conversations", []):
        raise ValueError("nothing to ask: give --questions FILE ... and/or --conversations FILE ...")
    questions = [q for f in args.questions for q in load_questions(f, args.limit)]
    offtopic_files = getattr(args, "offtopic", None)
    offtopic_files = [] if offtopic_files is None else offtopic_files
    offtopic = [q for f in offtopic_files for q in load_questions(f, args.limit)]
    for q in offtopic:
        if q.article_file is None:
            raise ValueError(f"{q.origin}: an --offtopic question needs \"article_file\" (the article to leave out)")

    with tempfile.TemporaryDirectory(prefix="qa-eval-") as tmp:
        index = Path(tmp) / "index" if args.index is None else Path(args.index)
        threshold = getattr(args, "threshold", None)
        engine = _built_engine(corpus, index, None, "embedding articles", threshold)
        known = {d["source"] for d in engine.index.documents}
        if not known:
            raise ValueError(f"no usable articles in {corpus}: put .txt or .md articles in it")
        missing = sorted({q.article_file for q in questions if q.article_file and q.article_file not in known})
        if missing:
            print(f"warning: {len(missing)} article_file(s) named by questions are not in {corpus} "
                  f"(e.g. {missing[0]}): those questions cannot be retrieved", file=sys.stderr)
        off_engine = None
        if offtopic:
            drop = {q.article_file for q in offtopic}
            seeds = Path(tmp) / "offtopic-seeds"
            for source in sorted(known - drop):
                (seeds / source).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(corpus / source, seeds / source)   # keeps mtime: incremental rebuilds
            seeds.mkdir(exist_ok=True)
            off_index = index.resolve().with_name(index.resolve().name + "-offtopic")
            if not off_index.exists():
                # start from a copy of the main index: the build then only drops the left-out articles
                shutil.copytree(index, off_index, ignore=shutil.ignore_patterns(".lock"))
            off_engine = _built_engine(seeds, off_index, engine.encoder, "embedding off-topic corpus", threshold)
        bar = tqdm(total=len(questions) + len(offtopic), desc="questions", unit="q", file=sys.stderr, leave=False)
        try:
            metrics, results = run_eval(engine, questions, args.k, mode, offtopic=offtopic,
                                        offtopic_engine=off_engine, progress=bar.update)
        finally:
            bar.close()

    if args.predictions is not None:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for r in results:
                fh.write(json.dumps({**dataclasses.asdict(r), "kind": r.kind.value}, ensure_ascii=False) + "\n")
    print(format_table(metrics, mode))
    if args.json:
        print(json.dumps({key: _rounded(key, v) for key, v in metrics.items()}))
    return 0


def _built_engine(seeds: Path, index: Path, encoder, desc: str, threshold: float | None = None):
    """Build (with a progress bar on stderr, as ``python -m qa build`` does), then load an Engine."""
    from tqdm import tqdm

    from qa.chat.engine import Engine

    bar = tqdm(desc=desc, unit="B", unit_scale=True, file=sys.stderr, leave=False)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        report = build_index(seeds, index, encoder=encoder, progress=update, log=lambda m: print(m, file=sys.stderr))
    finally:
        bar.close()
    for s in report.skipped:
        print(f"skipped {s.source}: {s.reason}", file=sys.stderr)
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return Engine(seeds, index, encoder=encoder, threshold=threshold)


def _rounded(key: str, value):
    if value is None or key.startswith("n_"):
        return value
    if key in ("exact_match", "f1") or key.startswith("latency"):
        return round(value, 2)
    return round(value, 4)


def format_table(metrics: dict, mode: Mode = Mode.HYBRID) -> str:
    """The metrics as an aligned two-column table ("n/a" where there was nothing to measure)."""
    source = "the passages answer() returns" if mode is Mode.HYBRID else f"retrieve(mode={mode.value}) alone"
    lines = [f"recall@k and mrr over {source}; EM and F1 in percent", f"{'metric':<22}{'value':>10}"]
    for key, v in metrics.items():
        if v is None:
            text = "n/a"
        elif key.startswith("n_"):
            text = str(v)
        elif key in ("exact_match", "f1") or key.startswith("latency"):
            text = f"{v:.1f}"
        else:
            text = f"{v:.3f}"
        lines.append(f"{key:<22}{text:>10}")
    return "\n".join(lines)
