from dataclasses import dataclass
from pathlib import Path

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from tests.fakes import SENTENCE, HashingEncoder


@dataclass(frozen=True)
class Engines:
    """A seeds folder to write articles into and engines over it: the fake encoder, the sentence reader
    unless another is given, and no "answerable" bar (the ``engines`` fixture turns it off)."""

    seeds: Path
    index: Path
    encoder: HashingEncoder

    def make(self, threshold: float = 0.0, reader=SENTENCE) -> Engine:
        """An engine over the folder as it is now; ``threshold`` is the topic bar (0.0: every question is
        on topic; 1.01: none is by the topic model)."""
        return Engine(self.seeds, self.index, encoder=self.encoder, reader=reader, threshold=threshold)


@pytest.fixture
def engines(tmp_path, fake_encoder, monkeypatch) -> Engines:
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    (tmp_path / "seeds").mkdir()
    return Engines(tmp_path / "seeds", tmp_path / "index", fake_encoder)
