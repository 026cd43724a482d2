"""Features and small linear models that rank chunks and sentences. Plain functions over arrays;
the weights are fitted on SQuAD train (``training/``) and shipped in ``qa/weights/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from qa.read.kinds import KIND_FEATURES

WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "weights"

CHUNK_FEATURES = ("dense", "bm25_rel", "sent_max", "bm25_log", "coverage", "article_sent_max")
# Only features that mean the same whatever the size of the index (no raw BM25 or fused scores),
# so that confidence fitted on one corpus holds on another.
SENTENCE_FEATURES = ("sent_cos", "chunk_rr", "coverage", "coverage_ctx", "bigrams", "log_len", "cos_gap") + KIND_FEATURES
SF = {name: i for i, name in enumerate(SENTENCE_FEATURES)}


@dataclass(frozen=True)
class LinearModel:
    """score = x @ weights + bias over named features (logistic when used as a probability)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float = 0.0

    def score(self, x: np.ndarray) -> np.ndarray:
        """(n, F) features → (n,) scores."""
        if x.shape[-1] != len(self.features):
            raise ValueError(f"expected {len(self.features)} features {self.features}, got {x.shape[-1]}")
        return x @ np.asarray(self.weights, dtype=np.float64) + self.bias

    def to_json(self) -> dict:
        return {"features": list(self.features), "weights": list(self.weights), "bias": self.bias}

    @classmethod
    def from_json(cls, d: dict) -> "LinearModel":
        return cls(tuple(d["features"]), tuple(float(w) for w in d["weights"]), float(d.get("bias", 0.0)))


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def load_models(path: Path | None = None) -> dict[str, LinearModel]:
    """The shipped ranking models by name ("chunks", "sentences", "final", ...)."""
    path = WEIGHTS_DIR / "ranking.json" if path is None else path
    raw = json.loads(path.read_text())
    return {name: LinearModel.from_json(d) for name, d in raw["models"].items()}


# -- chunk features ------------------------------------------------------------------------------
def chunk_features(dense: np.ndarray, bm25: np.ndarray, sent_max: np.ndarray, cover: np.ndarray,
                   article_max: np.ndarray) -> np.ndarray:
    """(n, len(CHUNK_FEATURES)) features of n candidate chunks of one question."""
    top = float(bm25.max()) if bm25.size else 0.0
    rel = bm25 / top if top > 0 else np.zeros_like(bm25)
    return np.column_stack([dense, rel, sent_max, np.log1p(bm25), cover, article_max]).astype(np.float64)


# -- sentence features ---------------------------------------------------------------------------
def coverage(query_terms: Sequence[int], idf: np.ndarray, terms: set[int]) -> float:
    """Share of the query's idf weight whose terms occur in ``terms`` (each distinct term once)."""
    distinct = set(query_terms)
    total = sum(float(idf[t]) for t in distinct)
    if total <= 0:
        return 0.0
    return sum(float(idf[t]) for t in distinct if t in terms) / total


def bigram_overlap(query_words: Sequence[str], words: Sequence[str]) -> float:
    """Share of the query's adjacent word pairs (stems) that also occur adjacent in ``words``."""
    q = set(zip(query_words, query_words[1:]))
    if not q:
        return 0.0
    return len(q & set(zip(words, words[1:]))) / len(q)


def sentence_features(sent_cos, chunk_rank, cover, cover_ctx, bigrams, n_words, cos_gap, kinds) -> np.ndarray:
    """(n, len(SENTENCE_FEATURES)) features of n candidate sentences; inputs (n,), but ``kinds``
    (n, len(KIND_FEATURES)): ``answertype.kind_features``."""
    return np.column_stack([
        sent_cos, 1.0 / (1.0 + np.asarray(chunk_rank, dtype=np.float64)), cover, cover_ctx, bigrams,
        np.log1p(np.asarray(n_words, dtype=np.float64)), cos_gap, np.asarray(kinds, dtype=np.float64).reshape(-1, len(KIND_FEATURES)),
    ]).astype(np.float64)
