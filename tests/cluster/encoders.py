"""Fake encoders for the actors of the cluster tests (importable by Ray's workers)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from tests.fakes import HashingEncoder


class DiesOnce(HashingEncoder):
    """Kills its own process (as the OOM killer would) the first time it meets ``word``; ``marker``
    remembers that it did, across the restart."""

    def __init__(self, word: str, marker: str):
        super().__init__()
        self.word, self.marker = word, Path(marker)

    def encode_spans(self, texts, spans, progress=None):
        if any(self.word in t for t in texts) and not self.marker.exists():
            self.marker.write_text("died", encoding="ascii")
            os.kill(os.getpid(), signal.SIGKILL)
        return super().encode_spans(texts, spans, progress)


class AlwaysDies(HashingEncoder):
    def encode_spans(self, texts, spans, progress=None):
        os.kill(os.getpid(), signal.SIGKILL)


class Breaks(HashingEncoder):
    """Raises on a text holding ``word``: a bug in the encoder, not a bad article."""

    def __init__(self, word: str):
        super().__init__()
        self.word = word

    def encode_spans(self, texts, spans, progress=None):
        if any(self.word in t for t in texts):
            raise RuntimeError(f"the encoder broke on {self.word!r}")
        return super().encode_spans(texts, spans, progress)


def hashing(settings) -> HashingEncoder:
    return HashingEncoder()


def dies_once(settings, word: str, marker: str) -> DiesOnce:
    return DiesOnce(word, marker)


def always_dies(settings) -> AlwaysDies:
    return AlwaysDies()


def breaks(settings, word: str) -> Breaks:
    return Breaks(word)
