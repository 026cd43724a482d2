"""The fitted linear models in ``qa/weights/ranking.json``, loaded once, and the feature tables
that bind each model's feature names to the code computing them.

A model records the names of the features it was fitted on; a ``FeatureTable`` maps each name to
a function of the stage's state. Scoring builds the columns in the model's own order, so a model
and the code can never disagree on positions, and a name the code no longer computes is refused
when the weights are loaded. ``FEATURE_VERSION`` names the definitions behind the names: change a
feature's meaning (the tokenizer, the BM25 scale, sentence splitting, a feature function) and bump
it; the shipped weights then refuse to load until they are refitted (training/README.md)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

FEATURE_VERSION = 2      # 2: "span_kind" also judges names asked for ("Which company …?")
WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
RANKING = WEIGHTS_DIR / "ranking.json"
REFIT = "refit it with the scripts in training/ (training/README.md) or restore the shipped file from git"


class WeightsProblem(ValueError):
    """The weights file does not fit this code; the message says what to do."""


@dataclass(frozen=True)
class LinearModel:
    """score = x @ weights + bias over named features (logistic when used as a probability)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float = 0.0

    def score(self, x: np.ndarray) -> np.ndarray:
        """(n, F) features, in ``features`` order → (n,) scores."""
        if x.shape[-1] != len(self.features):
            raise ValueError(f"expected {len(self.features)} features {self.features}, got {x.shape[-1]}")
        return x @ np.asarray(self.weights, dtype=np.float64) + self.bias

    def to_json(self) -> dict:
        return {"features": list(self.features), "weights": list(self.weights), "bias": self.bias}

    @classmethod
    def from_json(cls, d: dict) -> "LinearModel":
        return cls(tuple(d["features"]), tuple(float(w) for w in d["weights"]), float(d.get("bias", 0.0)))


class FeatureTable:
    """Feature name → function of one stage's state returning (n,) values (or a scalar, repeated)."""

    def __init__(self, stage: str, functions: dict[str, Callable[[Any], Any]]):
        self.stage = stage
        self.functions = dict(functions)
        self.names = tuple(functions)

    def matrix(self, state, names: Sequence[str] | None = None) -> np.ndarray:
        """(n, len(names)) float64 columns for ``names`` (default: all, in table order)."""
        names = self.names if names is None else names
        cols = [np.asarray(self.functions[name](state), dtype=np.float64) for name in names]
        n = max((c.shape[0] for c in cols if c.ndim), default=1)
        return np.column_stack([np.broadcast_to(c, (n,)) if c.ndim == 0 else c for c in cols]).reshape(n, len(names))


@dataclass(frozen=True)
class Scorer:
    """A model bound to the table that computes its features."""

    model: LinearModel
    table: FeatureTable

    def features(self, state) -> np.ndarray:
        """(n, F) in the model's order."""
        return self.table.matrix(state, self.model.features)

    def __call__(self, state) -> np.ndarray:
        """(n,) scores (logits for the probability models)."""
        return self.model.score(self.features(state))


@dataclass(frozen=True)
class Weights:
    """Everything in ranking.json: the models by name and the abstention anchors."""

    models: dict[str, LinearModel]
    threshold_chunks: np.ndarray       # corpus sizes in chunks, ascending
    threshold_topic: np.ndarray        # the topic-probability threshold at each
    feature_version: int
    path: Path
    answerable_threshold: float | None = None     # the "answerable" model's, when the file has one

    def scorer(self, name: str, table: FeatureTable) -> Scorer:
        """Model ``name`` bound to ``table``; ``WeightsProblem`` when the file lacks it or names a
        feature the table does not compute."""
        model = self.models.get(name)
        if model is None:
            raise WeightsProblem(f"{self.path} has no {name!r} model: {REFIT}")
        unknown = [f for f in model.features if f not in table.functions]
        if unknown:
            raise WeightsProblem(f"{self.path}: the {name!r} model was fitted on features this code does not "
                                 f"compute ({', '.join(unknown)}): {REFIT}")
        return Scorer(model, table)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


@functools.lru_cache(maxsize=4)
def load_weights(path: Path = RANKING) -> Weights:
    """The weights file, read once per process and checked (``WeightsProblem`` says what to do)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WeightsProblem(f"cannot read {path} ({exc}): restore it from git") from None
    version = raw.get("feature_version") if isinstance(raw, dict) else None
    if version != FEATURE_VERSION:
        raise WeightsProblem(f"{path} was fitted on feature definitions version {version!r}; this code computes "
                             f"version {FEATURE_VERSION}: {REFIT}")
    try:
        models = {name: LinearModel.from_json(d) for name, d in raw["models"].items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise WeightsProblem(f"{path}: \"models\" is malformed: {REFIT}") from None
    sizes, values = parse_thresholds(raw.get("threshold"), path)
    answerable = raw.get("answerable_threshold")
    if answerable is not None and not (isinstance(answerable, (int, float)) and 0 <= answerable <= 1):
        raise WeightsProblem(f"{path}: \"answerable_threshold\" must be a probability; {REFIT}")
    return Weights(models, sizes, values, version, Path(path), answerable)


def parse_thresholds(raw, where) -> tuple[np.ndarray, np.ndarray]:
    """``{"chunks": [...], "topic": [...]}`` → (sizes ascending, thresholds), read-only, checked."""
    try:
        sizes = np.asarray(raw["chunks"], dtype=np.float64)
        values = np.asarray(raw["topic"], dtype=np.float64)
    except (TypeError, KeyError, ValueError):
        raise WeightsProblem(f"{where}: \"threshold\" must be {{\"chunks\": [...], \"topic\": [...]}}; "
                             f"{REFIT}") from None
    if sizes.ndim != 1 or sizes.shape != values.shape or not len(sizes) or np.any(sizes <= 0) \
            or len(np.unique(sizes)) != len(sizes):
        raise WeightsProblem(f"{where}: \"threshold\" needs as many thresholds as corpus sizes, the sizes positive "
                             f"and distinct; {REFIT}")
    order = np.argsort(sizes)
    sizes, values = sizes[order], values[order]
    sizes.flags.writeable = values.flags.writeable = False
    return sizes, values


def threshold_at(chunks, sizes, values) -> np.ndarray:
    """The threshold at corpus size(s) ``chunks`` from anchors (``sizes`` ascending, ``values``):
    linear in log(chunks) between them, flat outside."""
    return np.interp(np.log(np.maximum(chunks, 1)), np.log(sizes), values)
