"""A guard on what the fitted models' features mean. The shipped weights were fitted on features as
the code computed them; a change to the tokenizer, the BM25 scale, sentence splitting or a feature
function changes the values silently. This test pins each feature table's columns on the fixed fake
corpus, so such a change fails here: if it is intended, bump ``qa.models.FEATURE_VERSION``, refit
(training/README.md) and write the pins again with ``python -m tests.read.test_feature_definitions``."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from qa.chat.engine import Engine
from qa.read import pipeline
from qa.read.evidence import SENTENCE_FEATURES
from qa.read.features import CONFIDENCE_FEATURES, FINAL_FEATURES, TOPIC_FEATURES, Choice
from qa.search.candidates import CHUNK_FEATURES, candidates
from tests.fakes import QUESTIONS, SENTENCE, HashingEncoder, write_corpus

PINS = Path(__file__).with_name("feature_pins.json")


def column_summaries(tmp: Path) -> dict:
    """Per question and table: each column's sum and sum of squares (independent of row order)."""
    encoder = HashingEncoder()
    engine = Engine(write_corpus(tmp / "seeds"), tmp / "index", encoder=encoder, reader=SENTENCE, threshold=0.0)
    out = {}
    for question in QUESTIONS.values():
        qvec = encoder.encode([question])[0]
        d = pipeline.deliberate(engine.index, encoder, engine.reader, question, 5, qvec)
        choice = Choice(np.linspace(-1.0, 1.0, len(d.picked)), d)
        matrices = {
            "chunks": CHUNK_FEATURES.matrix(candidates(engine.index, question, qvec, 20)),
            "sentences": SENTENCE_FEATURES.matrix(d.evidence),
            "final": FINAL_FEATURES.matrix(d),
            "confidence": CONFIDENCE_FEATURES.matrix(choice),
            "topic": TOPIC_FEATURES.matrix(choice),
        }
        names = {"chunks": CHUNK_FEATURES.names, "sentences": SENTENCE_FEATURES.names, "final": FINAL_FEATURES.names,
                 "confidence": CONFIDENCE_FEATURES.names, "topic": TOPIC_FEATURES.names}
        out[question] = {table: {name: [round(float(m[:, i].sum()), 4), round(float((m[:, i] ** 2).sum()), 4)]
                                 for i, name in enumerate(names[table])}
                         for table, m in matrices.items()}
    return out


def test_feature_values_are_what_the_weights_were_fitted_on(tmp_path):
    want = json.loads(PINS.read_text(encoding="utf-8"))
    got = column_summaries(tmp_path)
    changed = [f"{table}.{name} for {q!r}: {got[q][table][name]} (pinned {want[q][table][name]})"
               for q in want for table in want[q] for name in want[q][table]
               if not np.allclose(got[q][table].get(name, [np.nan, np.nan]), want[q][table][name], rtol=1e-3, atol=1e-3)]
    assert not changed, ("feature values changed; if intended, bump qa.models.FEATURE_VERSION, refit and re-pin "
                         "(see this module's docstring):\n" + "\n".join(changed[:20]))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        PINS.write_text(json.dumps(column_summaries(Path(tmp)), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {PINS}", file=sys.stderr)
