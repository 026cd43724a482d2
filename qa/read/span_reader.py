"""The span reader: all-MiniLM-L6-v2 with its six layers and a start/end head fine-tuned on SQuAD
train (pairs from ``training/train_reader.py``, tuned by ``training/tune_reader.py``), reading
"[CLS] question [SEP] title [SEP] previous sentence [SEP] sentence [SEP]" (``layout``; the context
parts as the weights were trained: ``CONTEXTS``). Its word-piece embeddings are the embedding
model's own, shared with it; only the tuned layers ship, in ``qa/weights/reader.npz``, and they run
in int8 (``quantize``). "No answer here" is scored at the [CLS] position, as for SQuAD 2.0."""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa.encode.bert import Bert
from qa.ingest.markdown import blank_links
from qa.models import WEIGHTS_DIR
from qa.read.reader import Reading
from qa.read.spans import balance, expand_to_words, top_spans, trim_edges
from qa.settings import DEFAULT, Settings

WEIGHTS = WEIGHTS_DIR / "reader.npz"

CONTEXTS = ("none", "title", "title+previous")   # what a reader reads besides question and sentence


def layout(cls: int, sep: int, question: Sequence[int], sentence: Sequence[int], title: Sequence[int] | None = None,
           previous: Sequence[int] | None = None, settings: Settings | None = None
           ) -> tuple[list[int], list[int], int, int]:
    """The reader's input from word-piece ids: "[CLS] question [SEP] (title [SEP]) (previous [SEP])
    sentence [SEP]", each part truncated (the previous sentence keeps its end, nearest the
    sentence). A context part given as None is left out; given empty (a first sentence has no
    previous one), only its [SEP] stays. Returns ids, type ids, the sentence's first position and
    its token count (lengths: ``settings.reader_*_tokens``). Training (``training/tune_reader.py``)
    and reading both lay out with this."""
    cfg = DEFAULT if settings is None else settings
    q = list(question[:cfg.reader_question_tokens])
    s = list(sentence[:cfg.reader_sentence_tokens])
    context: list[int] = []
    if title is not None:
        context += list(title[:cfg.reader_title_tokens]) + [sep]
    if previous is not None:
        context += list(previous[len(previous) - min(len(previous), cfg.reader_previous_tokens):]) + [sep]
    ids = [cls] + q + [sep] + context + s + [sep]
    first = len(q) + 2 + len(context)
    return ids, [0] * (len(q) + 2) + [1] * (len(ids) - len(q) - 2), first, len(s)


def encode_pairs(tokenizer, question: str, sentences: Sequence[str], titles: Sequence[str] | None = None,
                 previous: Sequence[str] | None = None, settings: Settings | None = None):
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
        row, ty, first, n = layout(cls, sep, q_ids, enc.ids, title, prev, settings)
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


class SpanReader:
    """Scores sentences for a question with the fine-tuned layers (see module doc)."""

    def __init__(self, bert: Bert, tokenizer, weights: Path = WEIGHTS, int8: bool | None = None,
                 settings: Settings | None = None):
        import torch

        self.settings = DEFAULT if settings is None else settings
        int8 = self.settings.reader_int8 if int8 is None else int8
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
        previous = ([blank_links(p) for p in (blank if previous is None else previous)]
                    if self.context == "title+previous" else None)
        shown = [blank_links(s) for s in sentences]       # (every character where it was: the offsets hold)
        ids, types, offsets = encode_pairs(self.tokenizer, question, shown, titles, previous, self.settings)
        out = self.logits(ids, types)
        readings = []
        for i, (sent, seen, offs) in enumerate(zip(sentences, shown, offsets)):
            start, end = out[i, : len(offs), 0], out[i, : len(offs), 1]
            valid = np.array([o is not None and o[1] > o[0] for o in offs])
            found = top_spans(start, end, valid, self.settings.reader_answer_tokens, self.settings.reader_nbest)
            spans: list[tuple[int, int, float]] = []
            for a, b, score in found:
                s, e = balance(seen, *trim_edges(seen, *expand_to_words(seen, offs[a][0], offs[b][1])))
                if seen[s:e] == sent[s:e] and all((s, e) != (x, y) for x, y, _ in spans):
                    spans.append((s, e, score))         # (none across a link's marks: its address, half its brackets)
            if not spans:
                readings.append(Reading(0, len(sent), float("-inf"), float(start[0] + end[0])))
                continue
            s, e, score = spans[0]
            readings.append(Reading(s, e, score, float(start[0] + end[0]), tuple(spans)))
        return readings


def span_reader(encoder, settings: Settings) -> SpanReader:
    """The span reader over ``encoder``'s own layers; ``ValueError`` for an encoder that is not the
    BERT the reader was fine-tuned from (use ``Settings(reader="sentence")`` with it)."""
    bert, tokenizer = getattr(encoder, "model", None), getattr(encoder, "tokenizer", None)
    if not isinstance(bert, Bert) or tokenizer is None:
        raise ValueError(f"the span reader reads with all-MiniLM-L6-v2's layers, which encoder "
                         f"{getattr(encoder, 'name', encoder)!r} does not have: use Settings(reader=\"sentence\")")
    return SpanReader(bert, tokenizer, settings=settings)
