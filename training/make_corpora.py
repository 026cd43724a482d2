"""Split SQuAD v1.1 train by article into a "train" part (fits the rankers and the reader) and a
"calib" part (fits the final choice, the confidence and the threshold, on articles the reader never
saw), each written as a seeds-style folder of articles plus a questions.jsonl.

    python -m training.make_corpora --out /tmp/squad      # → /tmp/squad/{train,calib}/{articles,questions.jsonl}

It also writes the calibration "folds" (/tmp/squad/calib/folds/r{R}f{F}/articles): eight corpora
of 36 calibration articles (two draws of 48, each cut four ways into 36 kept and 12 left out), the
size of the corpus dev's off-topic test asks (the 48 dev articles less the 12 the questions are
about). ``calibrate.py --fold`` sets the threshold for corpora of that size on them.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

from qa.measure import squad

DEFAULT_SOURCE = Path(__file__).resolve().parent.parent / "data" / "squad-v1.1-train.json.gz"


def folds(names: list[str], replicas: int = 2, size: int = 48, left_out: int = 12) -> dict[str, list[str]]:
    """Fold name → the articles it keeps: ``replicas`` disjoint draws of ``size`` of ``names``, each
    cut into folds that leave out ``left_out`` consecutive ones."""
    if len(names) < replicas * size:
        raise ValueError(f"{len(names)} calibration articles: the folds need {replicas * size}")
    names = sorted(names)
    random.Random(7).shuffle(names)
    out = {}
    for r in range(replicas):
        group = names[size * r: size * (r + 1)]
        for f in range(size // left_out):
            out[f"r{r}f{f}"] = group[: left_out * f] + group[left_out * (f + 1):]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--train-articles", type=int, default=340)
    args = ap.parse_args()
    articles = squad.load(args.source)
    random.Random(0).shuffle(articles)
    parts = {"train": articles[: args.train_articles], "calib": articles[args.train_articles:]}
    for name, part in parts.items():
        lines = squad.write_corpus(part, args.out / name / "articles")
        with open(args.out / name / "questions.jsonl", "w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line) + "\n")
        print(f"{name}: {len(part)} articles, {len(lines)} questions → {args.out / name}")
    calib = args.out / "calib" / "articles"
    for name, kept in folds([p.name for p in calib.iterdir()]).items():
        dest = args.out / "calib" / "folds" / name / "articles"
        shutil.rmtree(dest, ignore_errors=True)             # no article left from an earlier run
        dest.mkdir(parents=True)
        for article in kept:
            shutil.copy(calib / article, dest / article)
    print(f"calibration folds → {args.out / 'calib' / 'folds'}")


if __name__ == "__main__":
    main()
