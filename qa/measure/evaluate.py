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
from qa.index.console import print_report, progress_bar
from qa.measure.questions import Question, first_hit_rank, load_conversations, load_questions, sentence_right
from qa.measure.scoring import best_over, exact_match, f1, mean, mrr, percentile, recall_at, share
from qa.search.rank import Mode
from qa.settings import Settings

RECALL_AT = (1, 5, 10)
KEYS = ("n_answerable", "n_unanswerable", "recall@1", "recall@5", "recall@10", "mrr", "sentence_accuracy",
        "exact_match", "f1", "abstain_answerable", "abstain_unanswerable", "latency_p50_ms", "latency_p95_ms")
OFFTOPIC_KEYS = ("n_offtopic", "abstain_offtopic")
ONTOPIC_KEYS = ("n_ontopic_unanswerable", "abstain_ontopic_unanswerable")   # unanswerable questions naming an article


# -- running -----------------------------------------------------------------------------------
class Kind(str, enum.Enum):
    ANSWERABLE = "answerable"
    UNANSWERABLE = "unanswerable"
    OFFTOPIC = "offtopic"       # asked of an index without its article
    TURN1 = "turn1"             # a conversation's first question
    FOLLOWUP = "followup"       # its second, after follow-up resolution
    STANDALONE = "standalone"   # its second, written out in full


SCORED = (Kind.ANSWERABLE, Kind.TURN1, Kind.FOLLOWUP, Kind.STANDALONE)


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
    also_in: tuple[str, ...] = ()
    alt_files: tuple[str, ...] = ()
    question_kind: str = ""             # the question file's "kind" label, when it has one
    group: str = ""                     # the question file's "group" label, when it has one
    searched: str = ""                  # the question as searched (after follow-up resolution)
    named_in_full: str = ""             # the person the answer names by surname alone, named in full


def ask(engine, q: Question, k: int, mode: Mode, kind: Kind, about: tuple[str, ...] = (),
        avoid: tuple[tuple[str, str], ...] = (), not_again: tuple[tuple[str, str, str], ...] = (),
        story: tuple[str, int] = ("", -1)) -> Result:
    """Ask ``engine.answer(q, max(k, 10))`` (a follow-up: ``about`` the previous answer's article,
    ``avoid`` and ``not_again`` what it must not quote again, as the chat asks it)
    and score it. Recall looks at ``engine.retrieve`` in ``mode`` (what a caller of ``retrieve()``
    gets; ``answer()`` shows the same passages with its own first)."""
    depth = max(k, max(RECALL_AT))
    t0 = time.perf_counter()
    ans = engine.answer(q.question, depth, about=about, avoid=avoid, not_again=not_again, story=story)
    latency_ms = (time.perf_counter() - t0) * 1000.0
    scored = kind in SCORED
    rank = em = f = correct = None
    if scored:
        passages = engine.retrieve(q.question, depth, mode=mode)
        rank = first_hit_rank(passages, q)
        # the answer as shown: its span, and the whole name of the person it names by surname alone
        shown = [p for p in (ans.text, ans.named_in_full) if p] if ans.found else []
        em = max(best_over(exact_match, p, q.answers) for p in shown or [""])
        f = max(best_over(f1, p, q.answers) for p in shown or [""])
        correct = ans.found and (sentence_right(ans.sentence, ans.source, ans.also_in, q)
                                 or bool(ans.named_in_full) and sentence_right(ans.named_in_full, ans.source,
                                                                                ans.also_in, q))
    return Result(
        id=q.id, question=q.question, kind=kind, origin=q.origin, answers=q.answers, article_file=q.article_file,
        found=ans.found, prediction=ans.text, sentence=ans.sentence, source=ans.source, start=ans.start,
        end=ans.end, sentence_start=ans.sentence_start, sentence_end=ans.sentence_end, score=ans.score,
        hit_rank=rank, exact_match=em, f1=f, sentence_correct=correct, latency_ms=latency_ms,
        also_in=ans.also_in, alt_files=q.alt_files, question_kind=q.kind, group=q.group, searched=ans.searched,
        named_in_full=ans.named_in_full,
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
    ontopic = [r for r in by[Kind.UNANSWERABLE] if r.article_file and not r.group]
    if ontopic:          # unanswerable questions about an indexed article (SQuAD 2.0's, the news set's)
        m.update(zip(ONTOPIC_KEYS, (len(ontopic), share(not r.found for r in ontopic))))
    for group in sorted({r.group for r in by[Kind.UNANSWERABLE] if r.group}):     # e.g. the news set's
        grouped = [r for r in by[Kind.UNANSWERABLE] if r.group == group]         # off-topic groups
        m[f"n_{group}"] = len(grouped)
        m[f"abstain_{group}"] = share(not r.found for r in grouped)
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
    conversations = [c for f in getattr(args, "conversations", []) for c in load_conversations(f, args.limit)]
    offtopic_files = getattr(args, "offtopic", None)
    offtopic_files = [] if offtopic_files is None else offtopic_files
    offtopic = [q for f in offtopic_files for q in load_questions(f, args.limit)]
    for q in offtopic:
        if q.article_file is None:
            raise ValueError(f"{q.origin}: an --offtopic question needs \"article_file\" (the article to leave out)")

    with tempfile.TemporaryDirectory(prefix="qa-eval-") as tmp:
        index = Path(tmp) / "index" if args.index is None else Path(args.index)
        threshold = getattr(args, "threshold", None)
        answerable = getattr(args, "answerable_threshold", None)
        engine = _built_engine(corpus, index, None, "indexing articles", threshold, answerable)
        known = {d["source"] for d in engine.index.documents}
        if not known:
            raise ValueError(f"no usable articles in {corpus}: put .txt or .md articles in it")
        named = questions + [t for c in conversations for t in (c.first, c.second)]
        missing = sorted({q.article_file for q in named if q.article_file and q.article_file not in known})
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
            off_engine = _built_engine(seeds, off_index, engine.encoder, "embedding off-topic corpus", threshold,
                                       answerable)
        bar = tqdm(total=len(questions) + len(offtopic) + len(conversations), desc="questions", unit="q",
                   file=sys.stderr, leave=False)
        try:
            metrics, results = run_eval(engine, questions, args.k, mode, offtopic=offtopic,
                                        offtopic_engine=off_engine, progress=bar.update) if questions or offtopic \
                else ({}, [])
            if conversations:
                from qa.measure.conversations import run_conversations

                conv_metrics, conv_results = run_conversations(engine, conversations, args.k, progress=bar.update)
                metrics.update(conv_metrics)
                results += conv_results
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


def _built_engine(seeds: Path, index: Path, encoder, desc: str, threshold: float | None = None,
                  answerable: float | None = None):
    """Build (with a progress bar on stderr, as ``python -m qa build`` does), then load an Engine."""
    from qa.chat.engine import Engine

    update, close = progress_bar(desc)
    try:
        report = build_index(seeds, index, encoder=encoder, progress=update, log=lambda m: print(m, file=sys.stderr))
    finally:
        close()
    print_report(report, sys.stderr, files=False)
    settings = None if answerable is None else Settings(answerable_threshold=answerable)
    return Engine(seeds, index, encoder=encoder, threshold=threshold, settings=settings)


def _rounded(key: str, value):
    if value is None or key.startswith("n_"):
        return value
    if key in ("exact_match", "f1") or key.startswith("latency"):
        return round(value, 2)
    return round(value, 4)


def format_table(metrics: dict, mode: Mode = Mode.HYBRID) -> str:
    """The metrics as an aligned two-column table ("n/a" where there was nothing to measure)."""
    source = "retrieve()" if mode is Mode.HYBRID else f"retrieve(mode={mode.value}), a baseline"
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
