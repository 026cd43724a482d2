"""A deterministic fake encoder: hashed bag of words, so index, retrieval and pipeline tests run
in milliseconds without the model. It counts its calls, so tests can check what was re-embedded."""

from __future__ import annotations

import hashlib
import re

import numpy as np

_WORD = re.compile(r"\w+")


def _bucket(word: str, dim: int) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little") % dim


class HashingEncoder:
    """Implements ``qa.encode.encoder.Encoder``. Sizes are in words."""

    name = "test/hashing-encoder"

    def __init__(self, dim: int = 64):
        self.dim = dim
        self.calls = 0            # encode / encode_spans calls
        self.texts_encoded = 0    # texts passed to them

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for w in _WORD.findall(text.lower()):
            v[_bucket(w, self.dim)] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def sizes(self, texts):
        return [len(t.split()) for t in texts]

    def encode(self, texts):
        self.calls += 1
        self.texts_encoded += len(texts)
        return np.stack([self._vec(t) for t in texts]) if len(texts) else np.zeros((0, self.dim), np.float32)

    def encode_spans(self, texts, spans, progress=None):
        vecs = self.encode(texts)
        span_vecs = [
            np.stack([self._vec(t[s:e]) for s, e in sp]) if len(sp) else np.zeros((0, self.dim), np.float32)
            for t, sp in zip(texts, spans)
        ]
        if progress is not None:
            progress(len(texts), len(texts))
        return vecs, span_vecs
