"""Scoring as the SQuAD v1.1 official script does it, and the small statistics the evaluation and
the benchmark report. Plain functions."""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from qa.read.normalize import normalize_answer


def exact_match(prediction: str, gold: str) -> float:
    """1.0 when the two agree after SQuAD normalisation, else 0.0."""
    return float(normalize_answer(prediction) == normalize_answer(gold))


def f1(prediction: str, gold: str) -> float:
    """SQuAD v1.1 token F1 in [0, 1] of the normalised texts (0 when either has no tokens)."""
    pred, ref = normalize_answer(prediction).split(), normalize_answer(gold).split()
    same = sum((collections.Counter(pred) & collections.Counter(ref)).values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(ref)
    return 2 * precision * recall / (precision + recall)


def best_over(metric: Callable[[str, str], float], prediction: str, golds: Sequence[str]) -> float:
    """The best ``metric(prediction, gold)`` over the gold answers (0.0 without any)."""
    return max((metric(prediction, g) for g in golds), default=0.0)


def recall_at(ranks: Sequence[int | None], k: int) -> float | None:
    """Share of questions whose first hit (1-based rank, None for none) is within the top ``k``."""
    if not ranks:
        return None
    return sum(r is not None and r <= k for r in ranks) / len(ranks)


def mrr(ranks: Sequence[int | None]) -> float | None:
    """Mean reciprocal rank of the first hit (0 for a question without one)."""
    if not ranks:
        return None
    return sum(1.0 / r for r in ranks if r is not None) / len(ranks)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100, linear interpolation); None for no values."""
    if not 0 <= q <= 100:
        raise ValueError(f"q must be in [0, 100], got {q}")
    return float(np.percentile(np.asarray(values, dtype=np.float64), q)) if len(values) else None


def share(flags: Iterable[bool]) -> float | None:
    """Fraction of True; None when there is nothing to count."""
    flags = list(flags)
    return sum(map(bool, flags)) / len(flags) if flags else None


def mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None
