"""What went wrong, by class, from ``python -m qa eval --predictions FILE`` lines:
``python -m qa.measure.errors FILE [FILE ...]``.

Each answerable question falls in one class: abstained; wrong sentence (the quoted sentence does not
hold a gold answer, or is from another article); and, the sentence being right: exact, the
question's own words (every word of the short answer is in the question), another phrase (no word
shared with a gold answer), or the boundary (some words shared, not all)."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections import Counter
from pathlib import Path

from qa.read.asked import content_words
from qa.read.normalize import normalize_answer

CLASSES = ("exact", "boundary", "another phrase", "question's own words", "wrong sentence", "abstained")


def error_class(line: dict) -> str:
    """The class of one predictions line of an answerable question."""
    if not line["found"]:
        return "abstained"
    if not line["sentence_correct"]:
        return "wrong sentence"
    if line["exact_match"]:
        return "exact"
    predicted = content_words(line["prediction"])
    if predicted and predicted <= content_words(line["question"]):
        return "question's own words"
    words = set(normalize_answer(line["prediction"]).split())
    if not any(words & set(normalize_answer(a).split()) for a in line["answers"]):
        return "another phrase"
    return "boundary"


def classes(lines: list[dict], kinds=("answerable",)) -> Counter:
    """Counts per class over the lines of the given result kinds."""
    return Counter(error_class(line) for line in lines if line["kind"] in kinds)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m qa.measure.errors",
                                 description="Error classes of the answerable questions of prediction files.")
    ap.add_argument("predictions", nargs="+", type=Path, help="files written by python -m qa eval --predictions")
    args = ap.parse_args(argv)
    for path in args.predictions:
        try:
            lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            print(f"{path}: not a predictions file ({exc}); write one with python -m qa eval --predictions FILE",
                  file=sys.stderr)
            return 2
        counts = classes(lines)
        total = sum(counts.values())
        print(f"{path}: {total} answerable questions")
        for name in CLASSES:
            print(f"  {name:<22}{counts[name]:>5}  {counts[name] / max(total, 1):6.1%}")
        by_kind: dict[str, Counter] = {}
        for line in lines:
            if line["kind"] == "answerable" and line.get("question_kind"):
                by_kind.setdefault(line["question_kind"], Counter())[error_class(line)] += 1
        for kind, c in sorted(by_kind.items()):
            print(f"  {kind:<10} " + ", ".join(f"{name} {c[name]}" for name in CLASSES if c[name]))
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):          # "| head": end quietly when the reader goes away
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))
