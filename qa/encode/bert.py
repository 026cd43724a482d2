"""A minimal BERT encoder in PyTorch that loads a BERT ``model.safetensors``.

Why not ``transformers.BertModel``: importing it costs ~3.5 s at every start, this costs ~1 s, and
the outputs are the same (checked against sentence-transformers in the tests). The layers are plain
modules, so the reader can run the lower ones once and fine-tune the top ones."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F


class Layer(nn.Module):
    """One transformer block, post-LayerNorm as in BERT."""

    def __init__(self, dim: int, heads: int, hidden: int, eps: float):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(dim, dim)
        self.key = nn.Linear(dim, dim)
        self.value = nn.Linear(dim, dim)
        self.attn_out = nn.Linear(dim, dim)
        self.attn_norm = nn.LayerNorm(dim, eps=eps)
        self.up = nn.Linear(dim, hidden)
        self.down = nn.Linear(hidden, dim)
        self.out_norm = nn.LayerNorm(dim, eps=eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        """x: (batch, seq, dim); bias: (batch, 1, 1, seq) additive attention mask."""
        b, n, d = x.shape
        h = self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, h, d // h).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        att = F.scaled_dot_product_attention(q, k, v, attn_mask=bias)
        att = att.transpose(1, 2).reshape(b, n, d)
        x = self.attn_norm(x + F.dropout(self.attn_out(att), 0.1, self.training))
        return self.out_norm(x + F.dropout(self.down(F.gelu(self.up(x))), 0.1, self.training))


class Bert(nn.Module):
    """Token embeddings + ``layers`` blocks; ``forward`` returns the last layer's token vectors."""

    def __init__(self, cfg: dict):
        super().__init__()
        dim, eps = cfg["hidden_size"], cfg["layer_norm_eps"]
        self.word = nn.Embedding(cfg["vocab_size"], dim)
        self.position = nn.Embedding(cfg["max_position_embeddings"], dim)
        self.token_type = nn.Embedding(cfg["type_vocab_size"], dim)
        self.embed_norm = nn.LayerNorm(dim, eps=eps)
        self.layers = nn.ModuleList(
            Layer(dim, cfg["num_attention_heads"], cfg["intermediate_size"], eps)
            for _ in range(cfg["num_hidden_layers"])
        )

    @staticmethod
    def attention_bias(mask: torch.Tensor) -> torch.Tensor:
        """(batch, seq) 0/1 mask → additive (batch, 1, 1, seq) float bias."""
        return ((1.0 - mask[:, None, None, :].float()) * -1e9)

    def embed(self, ids: torch.Tensor, types: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1], device=ids.device)[None, :]
        return self.embed_norm(self.word(ids) + self.position(pos) + self.token_type(types))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, types: torch.Tensor | None = None,
                upto: int | None = None) -> torch.Tensor:
        """Token vectors after the first ``upto`` layers (all by default): (batch, seq, dim)."""
        types = torch.zeros_like(ids) if types is None else types
        x = self.embed(ids, types)
        bias = self.attention_bias(mask)
        for layer in self.layers[: len(self.layers) if upto is None else upto]:
            x = layer(x, bias)
        return x


_RENAME = {
    "attention.self.query": "query", "attention.self.key": "key", "attention.self.value": "value",
    "attention.output.dense": "attn_out", "attention.output.LayerNorm": "attn_norm",
    "intermediate.dense": "up", "output.dense": "down", "output.LayerNorm": "out_norm",
}


def _rename(key: str) -> str | None:
    if key.startswith("embeddings."):
        part = key[len("embeddings."):]
        table = {"word_embeddings": "word", "position_embeddings": "position",
                 "token_type_embeddings": "token_type", "LayerNorm": "embed_norm"}
        head, _, tail = part.partition(".")
        return f"{table[head]}.{tail}" if head in table else None
    if key.startswith("encoder.layer."):
        rest = key[len("encoder.layer."):]
        num, _, part = rest.partition(".")
        for old, new in _RENAME.items():
            if part.startswith(old + "."):
                return f"layers.{num}.{new}.{part[len(old) + 1:]}"
    return None   # pooler, position_ids: unused


def load_bert(path: Path) -> Bert:
    """Load a BERT checkpoint folder (config.json + model.safetensors), in eval mode."""
    from safetensors.torch import load_file

    cfg = json.loads((path / "config.json").read_text())
    model = Bert(cfg)
    state = {}
    for key, value in load_file(str(path / "model.safetensors")).items():
        new = _rename(key)
        if new is not None:
            state[new] = value
    model.load_state_dict(state, strict=True)
    return model.eval()

