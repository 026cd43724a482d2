"""``python -m qa build | ask | eval | bench``: the command line. Errors are one clear line, no traceback."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from qa.index.console import print_report, progress_bar
from qa.settings import DEFAULT, DEFAULT_INDEX_DIR, DEFAULT_SEEDS_DIR, INDEX_ENV, SEEDS_ENV


def cmd_build(args) -> int:
    from qa.index.build import build_index

    update, close = progress_bar("indexing articles")
    log = lambda m: print(m, file=sys.stderr)
    try:
        if args.ray is None:
            for flag, value in (("--workers", args.workers), ("--gpus", args.gpus), ("--shards", args.shards)):
                if value is not None:
                    raise ValueError(f"{flag} goes with --ray")
            report = build_index(args.seeds, args.index, full=args.full, progress=update, log=log)
        else:
            from qa.index.cluster import build_on_ray

            settings = dataclasses.replace(
                DEFAULT, ray_workers=args.workers,
                ray_gpus_per_worker=DEFAULT.ray_gpus_per_worker if args.gpus is None else args.gpus)
            report = build_on_ray(args.seeds, args.index, address=None if args.ray == _LOCAL else args.ray,
                                  full=args.full, shards_dir=args.shards, progress=update, log=log, settings=settings)
    finally:
        close()
    if args.json:
        print(json.dumps(dataclasses.asdict(report), ensure_ascii=False))
        return 0
    print_report(report, sys.stdout)
    return 0


_LOCAL = "local"     # --ray without an address


def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be > 0, got {text}")
        return value

    return parse


def _mark(sentence: str, start: int, end: int) -> str:
    return f"{sentence[:start]}**{sentence[start:end]}**{sentence[end:]}"


def _print_passages(passages, limit: int) -> None:
    from qa.chat.present import SCORE_NOTE, passage_cite

    for n, p in enumerate(passages[:limit], 1):
        text = " ".join(p.text.split())
        c = passage_cite(p, n)
        print(f"  [{n}] {c.heading} — {c.where}, {c.offsets} (search score {p.score:.3f})")
        print(f"      {text[:300]}{'…' if len(text) > 300 else ''}")
    if passages[:limit]:
        print(f"  ({SCORE_NOTE})")


def _print_cite(cite, answer) -> None:
    """The citation lines of ``answer`` (its ``Cite``: ``cite``): headline · publisher · date —
    file, line, characters; the other files holding its story, and the versions that word the
    sentence otherwise."""
    print(f"  [{cite.number}] {cite.heading} — {cite.where}, {cite.offsets} "
          f"(sentence {answer.sentence_start}–{answer.sentence_end})")
    if answer.also_in:
        print(f"      same text in: {', '.join(answer.also_in)}")
    same = [v for v in answer.versions if v not in answer.worded_otherwise]
    if same:
        print(f"      another version in: {', '.join(same)}")
    if answer.worded_otherwise:
        print(f"      worded otherwise in: {', '.join(answer.worded_otherwise)} "
              "(check it: a correction may have changed it)")


def cmd_ask(args) -> int:
    from qa.chat.citations import Citations
    from qa.chat.engine import Engine, check_k, check_question
    from qa.chat.present import confidence_note, in_full

    check_question(args.question)           # before the index is brought up to date, which can take a while
    check_k(args.k)
    update, close = progress_bar("indexing articles")
    try:
        engine = Engine(args.seeds, args.index, progress=update, log=lambda m: print(m, file=sys.stderr))
    finally:
        close()
    report = engine.last_report
    if report is not None and not (report.up_to_date and not report.warnings):   # say what the build did
        print_report(report, sys.stderr)
    if args.passages:
        passages = engine.retrieve(args.question, args.k)
        if args.json:
            print(json.dumps([dataclasses.asdict(p) for p in passages], ensure_ascii=False))
        else:
            _print_passages(passages, args.k)
        return 0
    ans = engine.answer(args.question, args.k)
    if args.json:
        print(json.dumps(dataclasses.asdict(ans), ensure_ascii=False))
        return 0
    if ans.notice:
        print(f"note: {ans.notice}")
    if not ans.found:
        print("Not found in the articles." + (" The closest passages:" if ans.passages else ""))
        _print_passages(ans.passages, args.k)
        return 0
    _, cites = Citations().cite_all((ans,) + ans.alternatives)
    for n, (a, c) in enumerate(zip((ans,) + ans.alternatives, cites), 1):
        full = f" ({in_full(c)})" if c.named_in_full else ""
        print(f"{'Answer' if n == 1 else 'Other answer'}: {a.text}{full}   ({confidence_note(a.score)})")
        rel = a.start - a.sentence_start
        print(f"  \u201c{_mark(a.sentence, rel, rel + len(a.text))}\u201d")
        _print_cite(c, a)
    print("Passages:")
    _print_passages(ans.passages, args.k)
    return 0


def cmd_eval(args) -> int:
    from qa.measure.evaluate import main as eval_main

    return eval_main(args)


def cmd_bench(args) -> int:
    from qa.measure.bench import main as bench_main

    return bench_main(args)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m qa", description="Ask questions of a folder of news articles.")
    sub = ap.add_subparsers(dest="command", required=True)

    def paths(p):
        p.add_argument("--seeds", type=Path, default=None,
                       help=f"articles folder (default: ${SEEDS_ENV}, else {DEFAULT_SEEDS_DIR}: the project's seeds/, "
                            "wherever this is run from)")
        p.add_argument("--index", type=Path, default=None,
                       help=f"index folder (default: ${INDEX_ENV}, else {DEFAULT_INDEX_DIR})")

    b = sub.add_parser("build", help="bring the index up to date with the seeds folder (incremental)")
    paths(b)
    b.add_argument("--full", action="store_true", help="re-read and re-embed every article")
    b.add_argument("--json", action="store_true", help="print the build report as JSON")
    b.add_argument("--ray", nargs="?", const=_LOCAL, default=None, metavar="ADDRESS",
                   help="read, chunk and encode on Ray (pip install -r requirements-cluster.txt): without ADDRESS "
                        "on this machine; 'auto' or host:port joins a running cluster (its nodes must share the seeds "
                        "folder and --shards at the same path)")
    b.add_argument("--workers", type=_positive(int), default=None,
                   help="with --ray: encoder workers (default: one per CPU of the cluster, or per --gpus share)")
    b.add_argument("--gpus", type=_positive(float), default=None,
                   help="with --ray: GPUs per worker (e.g. 1 or 0.5); the model then runs on CUDA")
    b.add_argument("--shards", type=Path, default=None,
                   help="with --ray: folder for the workers' shards (default: inside the index folder); on several "
                        "machines it must be shared storage")
    b.set_defaults(func=cmd_build)

    a = sub.add_parser("ask", help="answer a question from the articles")
    paths(a)
    a.add_argument("question")
    a.add_argument("--k", type=int, default=DEFAULT.default_k, help="passages to show (default %(default)s)")
    a.add_argument("--json", action="store_true", help="print the answer as JSON")
    a.add_argument("--passages", action="store_true", help="only retrieve passages (no answer extraction)")
    a.set_defaults(func=cmd_ask)

    e = sub.add_parser("eval", help="measure retrieval and answer quality on a question file")
    e.add_argument("--corpus", type=Path, required=True, help="folder of articles to index")
    e.add_argument("--questions", type=Path, nargs="+", default=[], help="question files (.jsonl)")
    e.add_argument("--conversations", type=Path, nargs="+", default=[],
                   help="two-turn conversation files (.jsonl, as followups.jsonl): turn 2 is asked after the "
                        "project's own follow-up resolution from turn 1's answer, and alone in its standalone form")
    e.add_argument("--index", type=Path, default=None, help="index folder (default: a temporary one)")
    e.add_argument("--k", type=int, default=10,
                   help="passages per question; recall@k and MRR look at max(K, 10) (default %(default)s)")
    e.add_argument("--json", action="store_true", help="print the metrics as one JSON object on the last line")
    e.add_argument("--predictions", type=Path, default=None, help="write one JSON line per question here")
    e.add_argument("--mode", default="hybrid", choices=["hybrid", "rrf", "dense", "bm25"],
                   help="the retrieve() mode recall@k and MRR measure: hybrid (default, what the app uses); "
                        "rrf/dense/bm25 are baselines. Answers always come from answer()")
    e.add_argument("--offtopic", type=Path, nargs="+", default=None,
                   help="question files asked as off-topic: each against an index (<index>-offtopic) of the corpus "
                        "without the articles they name in article_file; adds n_offtopic and abstain_offtopic")
    e.add_argument("--limit", type=int, default=None, help="only the first N questions of each file")
    e.add_argument("--threshold", type=float, default=None,
                   help="abstain below this topic probability (that the articles are about the question) "
                   "instead of the calibrated threshold (0: never abstain)")
    e.add_argument("--answerable-threshold", type=float, default=None,
                   help="abstain below this probability that a sentence read answers the question, instead of "
                        "the calibrated one (0: never for this reason)")
    e.set_defaults(func=cmd_eval)

    n = sub.add_parser("bench", help="measure speed and memory at several corpus sizes")
    n.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes in chunks (default %(default)s)")
    n.add_argument("--source", type=Path, default=None, help="SQuAD-format JSON(.gz) to make the corpus from")
    n.add_argument("--workdir", type=Path, default=None, help="where corpora and indexes go (default: a temp dir)")
    n.add_argument("--queries", type=int, default=100, help="timed questions per size (default %(default)s)")
    n.add_argument("--json", action="store_true", help="print the figures as one JSON object on the last line")
    n.add_argument("--rows", type=_positive(int), default=None,
                   help="instead of --sizes: serving alone at N index rows, made from --real really-encoded chunks "
                        "(README 'Scaling out' says how)")
    n.add_argument("--real", type=_positive(int), default=10_000,
                   help="with --rows: really-encoded chunks to make the rows from (default %(default)s)")
    n.set_defaults(func=cmd_bench)
    return ap


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    args = parser().parse_args(argv)
    from qa.index.format import IndexProblem

    problems: tuple[type[BaseException], ...] = (IndexProblem, FileNotFoundError, ValueError, TypeError)
    if getattr(args, "ray", None) is not None:
        from qa.index.cluster import ClusterProblem

        problems += (ClusterProblem,)
    try:
        return args.func(args)
    except problems as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the previous index is intact", file=sys.stderr)
        return 130
    except BrokenPipeError:         # the reader of our output went away ("| head -1"): not an error
        try:                        # (so that the interpreter's last flush does not complain)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
