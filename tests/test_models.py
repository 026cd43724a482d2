"""The fitted models and their feature tables: names bind features to code, the weights file says
which definitions it was fitted on, and a mismatch is refused with what to do."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa.models import (
    FEATURE_VERSION,
    RANKING,
    FeatureTable,
    LinearModel,
    WeightsProblem,
    load_weights,
    parse_thresholds,
    threshold_at,
)
from qa.read.evidence import SENTENCE_FEATURES
from qa.read.features import CONFIDENCE_FEATURES, FINAL_FEATURES, TOPIC_FEATURES
from qa.search.candidates import CHUNK_FEATURES

TABLES = {"chunks": CHUNK_FEATURES, "sentences": SENTENCE_FEATURES, "final": FINAL_FEATURES,
          "confidence": CONFIDENCE_FEATURES, "topic": TOPIC_FEATURES}


def test_linear_model_scores_and_refuses_wrong_width():
    m = LinearModel(("a", "b"), (2.0, -1.0), 0.5)
    assert m.score(np.array([[1.0, 1.0], [0.0, 2.0]])).tolist() == [1.5, -1.5]
    with pytest.raises(ValueError, match="expected 2 features"):
        m.score(np.zeros((1, 3)))
    assert LinearModel.from_json(m.to_json()) == m


def test_columns_follow_the_models_order_not_the_tables():
    table = FeatureTable("t", {"a": lambda s: s["a"], "b": lambda s: s["b"], "k": lambda s: 7.0})
    state = {"a": np.array([1.0, 2.0]), "b": np.array([10.0, 20.0])}
    assert table.matrix(state).tolist() == [[1.0, 10.0, 7.0], [2.0, 20.0, 7.0]]      # a scalar is repeated
    assert table.matrix(state, ("b", "a")).tolist() == [[10.0, 1.0], [20.0, 2.0]]
    swapped = LinearModel(("b", "a"), (1.0, 0.0))
    assert swapped.score(table.matrix(state, swapped.features)).tolist() == [10.0, 20.0]


def test_every_shipped_model_binds_to_the_features_the_code_computes():
    weights = load_weights()
    assert weights.feature_version == FEATURE_VERSION
    for name, table in TABLES.items():
        scorer = weights.scorer(name, table)
        assert set(scorer.model.features) <= set(table.names)


def test_a_model_naming_a_feature_the_code_lacks_is_refused():
    weights = load_weights()
    smaller = FeatureTable("chunks", {k: v for k, v in CHUNK_FEATURES.functions.items() if k != "dense"})
    with pytest.raises(WeightsProblem, match="does not compute \\(dense\\).*refit"):
        weights.scorer("chunks", smaller)
    with pytest.raises(WeightsProblem, match="no 'nonesuch' model"):
        weights.scorer("nonesuch", smaller)


def _weights_file(tmp_path, **changes):
    raw = json.loads(RANKING.read_text())
    raw.update(changes)
    path = tmp_path / "ranking.json"
    path.write_text(json.dumps(raw))
    return path


@pytest.mark.parametrize("version", [None, FEATURE_VERSION + 1, "1"])
def test_weights_of_other_feature_definitions_are_refused(tmp_path, version):
    path = _weights_file(tmp_path, feature_version=version)
    with pytest.raises(WeightsProblem, match="feature definitions version .*refit it with the scripts in training/"):
        load_weights(path)


def test_unreadable_weights_say_what_to_do(tmp_path):
    path = tmp_path / "ranking.json"
    path.write_text("{not json")
    with pytest.raises(WeightsProblem, match="restore it from git"):
        load_weights(path)


def test_threshold_runs_linearly_in_log_chunks_between_anchors_and_is_flat_outside():
    sizes, values = parse_thresholds({"chunks": [10000, 1000], "topic": [0.5, 0.3]}, "test")   # any order
    assert threshold_at(1000, sizes, values) == pytest.approx(0.3)
    assert threshold_at(10000, sizes, values) == pytest.approx(0.5)
    assert threshold_at(int(np.sqrt(1000 * 10000)), sizes, values) == pytest.approx(0.4, abs=1e-4)
    assert threshold_at(10, sizes, values) == threshold_at(0, sizes, values) == pytest.approx(0.3)
    assert threshold_at(10 ** 6, sizes, values) == pytest.approx(0.5)
    one = parse_thresholds({"chunks": [5000], "topic": [0.4]}, "t")
    assert threshold_at(1, *one) == threshold_at(10 ** 6, *one) == pytest.approx(0.4)


@pytest.mark.parametrize("raw", [0.541, {"chunks": [1000], "topic": []}, {"chunks": [1000, 1000], "topic": [0.3, 0.4]},
                                 {"chunks": [0], "topic": [0.3]}, {"topic": [0.3]}, {"chunks": [], "topic": []}])
def test_a_malformed_threshold_says_what_to_do(raw):
    with pytest.raises(WeightsProblem, match="training/README.md"):
        parse_thresholds(raw, "ranking.json")


def test_shipped_thresholds_rise_with_the_corpus():
    w = load_weights()
    sizes, values = w.threshold_chunks, w.threshold_topic
    assert np.all(np.diff(sizes) > 0) and np.all(np.diff(values) >= 0)
    assert np.all((values > 0) & (values < 1))
    with pytest.raises(ValueError):
        values[0] = 0.0                                    # the cached arrays are read-only
