"""Split SQuAD v1.1 train by article into a "train" part (fits the rankers and the reader) and a
"calib" part (fits the final choice, the confidence and the threshold, on articles the reader never
saw), each written as a seeds-style folder of articles plus a questions.jsonl.

    python training/make_corpora.py --out /tmp/squad      # → /tmp/squad/{train,calib}/{articles,questions.jsonl}
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa import squad  # noqa: E402

DEFAULT_SOURCE = Path(__file__).resolve().parent.parent / "data" / "squad-v1.1-train.json.gz"


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


if __name__ == "__main__":
    main()
