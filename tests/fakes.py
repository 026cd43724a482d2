"""What the fast tests share: a deterministic fake encoder (hashed bag of words, so index, retrieval
and pipeline tests run in milliseconds without the model; it counts its calls, so tests can check
what was re-embedded), the whole-sentence reader that goes with it, and a tiny corpus with known
answers."""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import numpy as np

from qa.chat.engine import Engine
from qa.index.dense import top_k
from qa.index.loaded import Index
from qa.read.reader import Reading
from qa.read.sentence_reader import SentenceReader

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


# The fake encoder has no fine-tuned reader: engines over it quote whole sentences.
SENTENCE = SentenceReader()


# A tiny corpus: one topic per article, so the fake (bag of words) encoder finds them.
TOPICS = {
    "apples.txt": ("Apple harvest in Kent", "Farmers in Kent picked red apples in the orchards. The apple harvest "
                   "was the largest in ten years. Cider makers bought most of the apples."),
    "bridges.txt": ("New bridge opens", "The suspension bridge over the river opened on Monday. Engineers tested "
                    "the cables for a year. Commuters crossed the bridge by bicycle."),
    "comets.txt": ("Comet seen from Earth", "Astronomers photographed a bright comet near Jupiter. The comet's tail "
                   "was visible with binoculars. It returns every seventy years."),
    "dolphins.txt": ("Dolphins return to the bay", "A pod of dolphins swam into the bay at dawn. Marine biologists "
                     "counted twelve dolphins. Fishermen were told to slow their boats."),
    "elections.txt": ("Mayor re-elected", "The mayor won a second term with sixty percent of the vote. Turnout "
                      "was low in the rain. The council will meet next week."),
    "floods.txt": ("Floods close roads", "Heavy rain flooded the valley roads overnight. Firefighters rescued "
                   "drivers from their cars. Schools stayed closed on Tuesday."),
    "guitars.txt": ("Guitar maker expands", "A family guitar workshop hired twenty luthiers. Their acoustic guitars "
                    "sell in Japan and Brazil. The spruce comes from Alaska."),
    "honey.txt": ("Bees and honey", "Beekeepers reported a record honey crop. Warm spring weather helped the bees. "
                  "Honey prices fell at the market."),
    "sub/ice.txt": ("Glacier retreats", "The glacier retreated forty metres this summer. Climbers found old "
                    "equipment in the melting ice. Scientists measure the ice every August."),
    "sub/jazz.md": ("# Jazz festival", "The jazz festival sold out in an hour. A trumpet player from New Orleans "
                    "closed the night. Saxophones and drums played until dawn."),
}
QUESTIONS = {
    "apples.txt": "Who bought the apples from the harvest?",
    "comets.txt": "When does the comet return?",
    "dolphins.txt": "How many dolphins did the biologists count?",
    "guitars.txt": "Where do the guitars sell?",
    "sub/ice.txt": "How far did the glacier retreat?",
    "sub/jazz.md": "Where was the trumpet player from?",
}


def reading(sentence: str, *texts_scores) -> Reading:
    """A reading of ``sentence`` whose n-best spans are the given (text, score) pairs, best first."""
    spans = []
    for text, score in texts_scores:
        s = sentence.index(text)
        spans.append((s, s + len(text), score))
    spans.sort(key=lambda x: -x[2])
    return Reading(spans[0][0], spans[0][1], spans[0][2], 0.0, tuple(spans))


class SpansReader:
    """Offers, in each sentence, the first of ``spans`` it holds (with its score), else the whole
    sentence scored ``otherwise``."""

    def __init__(self, spans: dict[str, float], otherwise: float = 0.0):
        self.spans = spans
        self.otherwise = otherwise

    def read(self, question, sentences, titles=None, previous=None):
        out = []
        for s in sentences:
            found = [(s.index(t), s.index(t) + len(t), score) for t, score in self.spans.items() if t in s]
            spans = tuple(found) or ((0, len(s), self.otherwise),)
            out.append(Reading(spans[0][0], spans[0][1], spans[0][2], 0.0, spans))
        return out


def write_corpus(seeds: Path, topics: dict[str, tuple[str, str]] | None = None) -> Path:
    for rel, (title, body) in (TOPICS if topics is None else topics).items():
        path = seeds / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return seeds


def load(index_dir: Path, encoder) -> Index:
    return Index.load(index_dir, encoder.name, encoder.dim)


def results(engine: Engine, questions=None, k: int = 5) -> list:
    """What the user sees, without row numbers (which differ between equivalent indexes)."""
    out = []
    for q in (QUESTIONS.values() if questions is None else questions):
        out.append([(p.source, p.start, p.end, p.text, round(p.score, 4)) for p in engine.retrieve(q, k)])
    return out


def fresh_results(seeds: Path, tmp_path: Path, encoder, name: str = "fresh", settings=None, **kw) -> list:
    engine = Engine(seeds, tmp_path / name, encoder=encoder, reader=SENTENCE, settings=settings)
    return results(engine, **kw)


def unit_vectors(rng: np.random.Generator, n: int, d: int) -> np.ndarray:
    """n random unit vectors of dimension d (float32)."""
    x = rng.standard_normal((n, d)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def exact_top(vectors: np.ndarray, live: np.ndarray, q: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Brute force: the best k live rows for q by inner product, and their scores."""
    scores = vectors @ q
    scores[~live] = -np.inf
    top = top_k(scores, min(k, int(live.sum())))
    return top, scores[top]


def graph_recall(search, vectors: np.ndarray, live: np.ndarray, queries: np.ndarray, k: int) -> float:
    """Share of the exact top k a dense search returns over the queries, checking on the way that
    it returns k distinct live rows in descending score order."""
    hits = 0
    for q in queries:
        rows, scores = search.search(q, k)
        assert live[rows].all() and len(set(rows.tolist())) == len(rows) == k
        assert (np.diff(scores) <= 1e-6).all()
        want, _ = exact_top(vectors, live, q, k)
        hits += len(set(rows.tolist()) & set(want.tolist()))
    return hits / (k * len(queries))


def grow_then_remove(corpus: Path, engine: Engine) -> None:
    """Three small articles added one refresh at a time (past a small ``ann_delta_max``), then
    dolphins.txt removed: the updates a dense backend must carry through."""
    rnd = random.Random(3)
    for round_ in range(3):
        write_corpus(corpus, {f"new{round_}.txt": (f"Note {round_}", f"Note number {round_} about {rnd.random()}.")})
        engine.refresh()
    (corpus / "dolphins.txt").unlink()
    engine.refresh()
