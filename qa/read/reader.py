"""The reader: for a question and a candidate sentence, where the short answer is and whether
the sentence holds one at all.

It reads "[CLS] question [SEP] title [SEP] previous sentence [SEP] sentence [SEP]" (``layout``; the
article's title and the sentence before are context, read when the weights were trained with them:
``CONTEXTS``) with all-MiniLM-L6-v2, whose six layers and a
start/end head were fine-tuned on SQuAD train (pairs from ``training/train_reader.py``, tuned by
``training/tune_reader.py``); its embeddings are the embedding model's own, shared with it. Only
the tuned layers ship, in ``qa/weights/reader.npz``, and they run in int8 (``quantize``).
"No answer here" is scored at the [CLS] position, as for SQuAD 2.0."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from qa import config
from qa.read.spans import best_span, expand_to_words, trim_edges

WEIGHTS = Path(__file__).resolve().parent.parent / "weights" / "reader.npz"
MAX_QUESTION_TOKENS = 64
MAX_TITLE_TOKENS = 16
MAX_PREVIOUS_TOKENS = 48
MAX_SENTENCE_TOKENS = 160
MAX_ANSWER_TOKENS = 24


@dataclass(frozen=True)
class Reading:
    """The reader's verdict on one sentence: the best span (character offsets inside the
    sentence), its score, and the score of "no answer in this sentence"."""

    start: int
    end: int
    span_score: float
    null_score: float

    @property
    def margin(self) -> float:
        """How much better the best span is than "no answer" (logit units)."""
        return self.span_score - self.null_score


CONTEXTS = ("none", "title", "title+previous")   # what a reader reads besides question and sentence


def layout(cls: int, sep: int, question: Sequence[int], sentence: Sequence[int], title: Sequence[int] | None = None,
           previous: Sequence[int] | None = None) -> tuple[list[int], list[int], int, int]:
    """The reader's input from word-piece ids: "[CLS] question [SEP] (title [SEP]) (previous [SEP])
    sentence [SEP]", each part truncated (the previous sentence keeps its end, nearest the
    sentence). A context part given as None is left out; given empty (a first sentence has no
    previous one), only its [SEP] stays. Returns ids, type ids, the sentence's first position and
    its token count. Training (``training/tune_reader.py``) and reading both lay out with this."""
    q = list(question[:MAX_QUESTION_TOKENS])
    s = list(sentence[:MAX_SENTENCE_TOKENS])
    context: list[int] = []
    if title is not None:
        context += list(title[:MAX_TITLE_TOKENS]) + [sep]
    if previous is not None:
        context += list(previous[len(previous) - min(len(previous), MAX_PREVIOUS_TOKENS):]) + [sep]
    ids = [cls] + q + [sep] + context + s + [sep]
    first = len(q) + 2 + len(context)
    return ids, [0] * (len(q) + 2) + [1] * (len(ids) - len(q) - 2), first, len(s)


def encode_pairs(tokenizer, question: str, sentences: Sequence[str], titles: Sequence[str] | None = None,
                 previous: Sequence[str] | None = None):
    """Tokenise question and sentences as ``layout`` lays them out (``titles``, ``previous``: per
    sentence, the context the reader reads, or None): returns ids, type ids and, per pair, the
    (start, end) character offsets of each token inside the sentence (None outside it: only
    sentence tokens can be an answer)."""
    q_ids = tokenizer.encode(question, add_special_tokens=False).ids
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")

    def tokens(texts):
        if texts is None:
            return [None] * len(sentences)
        return [e.ids for e in tokenizer.encode_batch(list(texts), add_special_tokens=False)]

    ids, types, offsets = [], [], []
    for enc, title, prev in zip(tokenizer.encode_batch(list(sentences), add_special_tokens=False), tokens(titles),
                                tokens(previous), strict=True):
        row, ty, first, n = layout(cls, sep, q_ids, enc.ids, title, prev)
        ids.append(row)
        types.append(ty)
        offsets.append([None] * first + list(enc.offsets[:n]) + [None])
    return ids, types, offsets


def quantize(layers):
    """The layers with their linear maps in int8 (per output channel; activations quantized on
    the fly): about 1.8x faster on a CPU, logits within about 1 of float32."""
    import warnings

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")       # the eager-mode API is deprecated in favour of torchao
        return quantize_dynamic(layers, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)


class Reader:
    """Scores sentences for a question with the fine-tuned layers (see module doc)."""

    def __init__(self, bert, tokenizer, weights: Path = WEIGHTS, int8: bool | None = None):
        import torch

        int8 = config.READER_INT8 if int8 is None else int8
        self._torch = torch
        self.tokenizer = tokenizer
        raw = np.load(weights, allow_pickle=False)
        meta = json.loads(str(raw["meta"]))
        self.frozen = int(meta["frozen_layers"])
        self.context = meta.get("context", "none")
        if self.context not in CONTEXTS:
            raise ValueError(f"{weights}: reader context {self.context!r} is not one of {CONTEXTS}; "
                             "retrain it with training/tune_reader.py or restore the shipped qa/weights/reader.npz")
        self.bert = bert
        self.top = torch.nn.ModuleList(copy.deepcopy(bert.layers[i]) for i in range(self.frozen, len(bert.layers)))
        self.head = torch.nn.Linear(bert.layers[0].query.in_features, 2)
        state = {k: torch.from_numpy(raw[k].astype(np.float32)) for k in raw.files if k != "meta"}
        self.top.load_state_dict({k[len("top."):]: v for k, v in state.items() if k.startswith("top.")})
        self.head.load_state_dict({k[len("head."):]: v for k, v in state.items() if k.startswith("head.")})
        self.top.eval()
        self.head.eval()
        if int8:
            self.top = quantize(self.top)

    def logits(self, ids: list[list[int]], types: list[list[int]]) -> np.ndarray:
        """(n, seq, 2) start/end logits, padding included."""
        torch = self._torch
        width = max(len(x) for x in ids)
        t_ids = torch.zeros((len(ids), width), dtype=torch.long)
        t_types = torch.zeros_like(t_ids)
        mask = torch.zeros_like(t_ids)
        for i, (row, ty) in enumerate(zip(ids, types)):
            t_ids[i, : len(row)] = torch.tensor(row)
            t_types[i, : len(row)] = torch.tensor(ty)
            mask[i, : len(row)] = 1
        with torch.inference_mode():
            x = self.bert(t_ids, mask, t_types, upto=self.frozen)
            bias = self.bert.attention_bias(mask)
            for layer in self.top:
                x = layer(x, bias)
            return self.head(x).numpy()

    def read(self, question: str, sentences: Sequence[str], titles: Sequence[str] | None = None,
             previous: Sequence[str] | None = None) -> list[Reading]:
        """One ``Reading`` per sentence. ``titles`` (of each sentence's article) and ``previous``
        (the sentence before it in its article, "" for a first one) are read as context when this
        reader was trained with them (``context``); missing ones read as empty."""
        if not sentences:
            return []
        blank = [""] * len(sentences)
        titles = (blank if titles is None else titles) if self.context != "none" else None
        previous = (blank if previous is None else previous) if self.context == "title+previous" else None
        ids, types, offsets = encode_pairs(self.tokenizer, question, sentences, titles, previous)
        out = self.logits(ids, types)
        readings = []
        for i, (sent, offs) in enumerate(zip(sentences, offsets)):
            start, end = out[i, : len(offs), 0], out[i, : len(offs), 1]
            valid = np.array([o is not None and o[1] > o[0] for o in offs])
            a, b, score = best_span(start, end, valid, MAX_ANSWER_TOKENS)
            if a < 0:
                readings.append(Reading(0, len(sent), float("-inf"), float(start[0] + end[0])))
                continue
            s, e = expand_to_words(sent, offs[a][0], offs[b][1])
            s, e = trim_edges(sent, s, e)
            readings.append(Reading(s, e, score, float(start[0] + end[0])))
        return readings
