"""Fit the chunk-fusion model (``qa/weights/ranking.json`` → "chunks") on SQuAD train questions.

    python -m training.fit_chunks --index /tmp/squad_train/index --questions /tmp/squad_train/questions.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from qa.encode.minilm import load_encoder
from qa.index.loaded import Index
from qa.search.candidates import CHUNK_FEATURES, candidates
from training.common import chunk_hit, fit_listwise, read_questions, save_model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=6000)
    ap.add_argument("--depth", type=int, default=100)
    args = ap.parse_args()
    enc = load_encoder()
    index = Index.load(args.index, enc.name, enc.dim)
    qs = read_questions(args.questions, args.limit)
    vecs = enc.encode([q["question"] for q in qs])
    groups = []
    for q, v in zip(qs, vecs):
        cand = candidates(index, q["question"], v, args.depth)
        y = np.array([chunk_hit(index, q, int(r)) for r in cand.rows], dtype=np.float64)
        groups.append((CHUNK_FEATURES.matrix(cand), y))
    w, _ = fit_listwise(groups)
    print({"features": CHUNK_FEATURES.names, "weights": [round(float(x), 4) for x in w]})
    save_model("chunks", CHUNK_FEATURES.names, w, note=f"listwise softmax on {len(qs)} SQuAD-train questions, depth {args.depth}")


if __name__ == "__main__":
    main()
