"""The feature tables of the reading models: each feature name bound to the code computing it
(``qa.models.FeatureTable``). Only features that mean the same whatever the size of the index (no
raw BM25 or fused scores), so that models fitted on one corpus hold on another. The stage-1 sentence
ranker's table, which decides what is read, is ``qa.read.evidence.SENTENCE_FEATURES``; these only
weigh what was read, so ``training/calibrate.py`` recomputes them from its cached deliberations.

- "final" chooses among the sentences read (state: ``Deliberation``);
- "confidence" (P(the quoted sentence answers)), "topic" (P(the articles are about the question))
  and "answerable" (P(one of the sentences read answers it)) read the evidence for each sentence
  read (state: ``Choice``)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa.models import FeatureTable


def _picked(d, values: np.ndarray) -> np.ndarray:
    return values[d.picked]


# A sentence with no token the reader may mark has span score -inf; models read a floor instead.
_FLOOR = -30.0


def _reading(readings, field: str) -> np.ndarray:
    return np.maximum(np.array([getattr(r, field) for r in readings], dtype=np.float64), _FLOOR)


FINAL_FEATURES = FeatureTable("final", {
    "stage1": lambda d: d.stage1,
    "stage1_gap": lambda d: d.stage1 - d.stage1.max(),
    "margin": lambda d: _reading(d.readings, "margin"),
    "span_score": lambda d: _reading(d.readings, "span_score"),
    "null_score": lambda d: _reading(d.readings, "null_score"),
    "sent_cos": lambda d: _picked(d, d.evidence.sent_cos),
    "coverage": lambda d: _picked(d, d.evidence.coverage),
    "span_kind": lambda d: d.span_fit[:, 0],        # the quoted span is of the kind asked for (1), not (-1)
    "span_own": lambda d: d.span_fit[:, 1],         # the quoted span is only the question's own words
})


@dataclass(frozen=True)
class Choice:
    """The final model's scores of the sentences read, with what the pipeline worked out."""

    final: np.ndarray       # (n,) logits, one per sentence read
    d: "object"             # the ``qa.read.pipeline.Deliberation``


def _margins(c: Choice) -> np.ndarray:
    return _reading(c.d.readings, "margin")


CONFIDENCE_FEATURES = FeatureTable("confidence", {
    "final": lambda c: c.final,
    "margin": _margins,
    "sent_cos": lambda c: _picked(c.d, c.d.evidence.sent_cos),
    "coverage": lambda c: _picked(c.d, c.d.evidence.coverage),
    "vocab_coverage": lambda c: c.d.vocab_coverage,        # how much the corpus knows the question's words
    "best_sent_cos": lambda c: c.d.best_sent_cos,          # the best cosine of any candidate sentence
    "article_coverage": lambda c: c.d.articles[:, 0],       # ``evidence.article_coverage`` of its article
    "article_missing": lambda c: c.d.articles[:, 1],
    "span_kind": lambda c: c.d.span_fit[:, 0],
})

# "answerable": P(one of the sentences read answers the question), for questions the articles are
# about; fitted on answerable calibration questions asked as they are and as if the sentences
# holding their answer were not there.
ANSWERABLE_FEATURES = FeatureTable("answerable", {
    "final": lambda c: c.final,
    "margin": _margins,
    "null_score": lambda c: _reading(c.d.readings, "null_score"),
    "span_score": lambda c: _reading(c.d.readings, "span_score"),
    "kind_match": lambda c: _picked(c.d, c.d.evidence.kinds).sum(axis=1),
    "coverage": lambda c: _picked(c.d, c.d.evidence.coverage),
    "coverage_ctx": lambda c: _picked(c.d, c.d.evidence.coverage_ctx),
    "context_missing": lambda c: c.d.context_missing,
    "article_missing": lambda c: c.d.articles[:, 1],
    "sent_cos": lambda c: _picked(c.d, c.d.evidence.sent_cos),
    "best_sent_cos": lambda c: c.d.best_sent_cos,
    "span_kind": lambda c: c.d.span_fit[:, 0],
    "span_own": lambda c: c.d.span_fit[:, 1],
    "figure_missing": lambda c: c.d.span_fit[:, 2],     # a figure asked for, none quoted
})

TOPIC_FEATURES = FeatureTable("topic", {
    "final": lambda c: c.final,
    "best_sent_cos": lambda c: c.d.best_sent_cos,
    "null_score": lambda c: _reading(c.d.readings, "null_score"),
    "article_share": lambda c: c.d.article_share,          # share of the top chunks from its article
    "best_coverage_ctx": lambda c: c.d.evidence.coverage_ctx.max(),
    "vocab_coverage": lambda c: c.d.vocab_coverage,
    "coverage_ctx": lambda c: _picked(c.d, c.d.evidence.coverage_ctx),
    "kind_match": lambda c: _picked(c.d, c.d.evidence.kinds).sum(axis=1),   # holds the kind asked for
    "sent_cos": lambda c: _picked(c.d, c.d.evidence.sent_cos),
    "margin": _margins,
    "name_coverage": lambda c: c.d.articles[:, 2],         # share of the question's names in its article
})

