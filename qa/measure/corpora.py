"""Benchmark corpora of a chosen size, made from the real text of a SQuAD-format file.

Sizes are asked for in chunks and reached by words (``WORDS_PER_CHUNK``). Up to what the source holds,
whole articles are taken in a shuffled order (the last one cut at a paragraph); beyond it, paragraphs
are shuffled and recombined into new articles with new titles, so that no two files are the same
(identical files would be indexed once). Everything is deterministic for a given ``seed``."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from qa.measure import squad

# Chunks per word of SQuAD paragraph text with the default chunking (word pieces of
# all-MiniLM-L6-v2, CHUNK_TARGET 128, CHUNK_OVERLAP 32), measured on 60 articles: 82 words a chunk.
WORDS_PER_CHUNK = 82
# Recombined articles hold this many paragraphs (SQuAD's own average is ~43).
MIX_PARAGRAPHS = (20, 60)


@dataclass(frozen=True)
class Corpus:
    """A folder of seed files and the questions about them."""

    dir: Path
    files: int
    words: int
    questions: tuple[str, ...]      # SQuAD questions about the paragraphs in the folder

    @property
    def estimated_chunks(self) -> int:
        return round(self.words / WORDS_PER_CHUNK)


def _words(paragraph: dict) -> int:
    return len(paragraph["context"].split())


def _mixes(articles: list[dict], rng: random.Random, round_: int):
    """Endless new articles: every paragraph of the source once per round, shuffled and regrouped."""
    while True:
        paragraphs = [p for a in articles for p in a["paragraphs"]]
        rng.shuffle(paragraphs)
        i = 0
        while i < len(paragraphs):
            n = rng.randint(*MIX_PARAGRAPHS)
            group = paragraphs[i : i + n]
            i += n
            yield {"title": f"Collected paragraphs {round_}-{i // 1000:03d}-{i % 1000:03d}", "paragraphs": group}
        round_ += 1


def plan_articles(articles: list[dict], target_words: int, seed: int = 0) -> list[dict]:
    """SQuAD-format articles holding about ``target_words`` words of paragraph text in all: the
    source's articles (shuffled) first, then recombined ones. Titles are unique."""
    if target_words < 1:
        raise ValueError(f"target_words must be >= 1, got {target_words}")
    rng = random.Random(seed)
    source = list(articles)
    rng.shuffle(source)
    out: list[dict] = []
    total = 0
    stream = iter(source)
    mixes = _mixes(articles, rng, 1)
    while total < target_words:
        article = next(stream, None) or next(mixes)
        kept = []
        for p in article["paragraphs"]:
            if total >= target_words:
                break
            kept.append(p)
            total += _words(p)
        if kept:
            out.append({"title": article["title"], "paragraphs": kept})
    return out


def make_corpus(source: Path | list[dict], out_dir: Path, chunks: int, seed: int = 0) -> Corpus:
    """Write a corpus of about ``chunks`` chunks into ``out_dir`` (one file per article)."""
    if chunks < 1:
        raise ValueError(f"chunks must be >= 1, got {chunks}")
    articles = squad.load(source) if isinstance(source, Path) else source
    planned = plan_articles(articles, chunks * WORDS_PER_CHUNK, seed)
    lines = squad.write_corpus(planned, out_dir)
    words = sum(_words(p) for a in planned for p in a["paragraphs"])
    return Corpus(out_dir, len(planned), words, tuple(q["question"] for q in lines))


def extra_article(articles: list[dict], chunks: int, seed: int = 1) -> dict:
    """One new article of about ``chunks`` chunks (recombined paragraphs, a title of its own):
    what an incremental update adds."""
    rng = random.Random(seed)
    paragraphs = [p for a in articles for p in a["paragraphs"]]
    rng.shuffle(paragraphs)
    kept, total = [], 0
    for p in paragraphs:
        if total >= chunks * WORDS_PER_CHUNK:
            break
        kept.append(p)
        total += _words(p)
    return {"title": f"Late addition {seed}", "paragraphs": kept}
