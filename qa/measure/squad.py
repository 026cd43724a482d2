"""SQuAD-format data: write its articles as seed-style files and its questions as eval lines.

Used to make training data for the reader and corpora for the benchmark from
``squad-v1.1-train.json.gz`` (SQuAD, Rajpurkar et al. 2016; CC BY-SA 4.0)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path


def load(path: Path) -> list[dict]:
    """The ``data`` list (articles) of a SQuAD JSON file, gzipped or not."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)["data"]


def article_file_name(title: str) -> str:
    return title.replace("/", "_") + ".txt"


def article_text(article: dict) -> tuple[str, list[tuple[int, int]]]:
    """The article as a seed file (title line, blank line, paragraphs separated by blank lines)
    and each paragraph's (start, end) in that text."""
    parts = [article["title"].replace("_", " ")]
    pos = len(parts[0]) + 2
    spans = []
    for para in article["paragraphs"]:
        ctx = para["context"]
        spans.append((pos, pos + len(ctx)))
        parts.append(ctx)
        pos += len(ctx) + 2
    return "\n\n".join(parts) + "\n", spans


def questions(article: dict, spans: list[tuple[int, int]]) -> Iterator[dict]:
    """Eval-format question lines (as in ``dev.answerable.jsonl``) for one article."""
    name = article_file_name(article["title"])
    for (start, end), para in zip(spans, article["paragraphs"]):
        for qa in para["qas"]:
            yield {
                "id": qa["id"],
                "question": qa["question"],
                "answers": [a["text"] for a in qa["answers"]],
                "answer_starts": [a["answer_start"] for a in qa["answers"]],
                "is_impossible": not qa["answers"],
                "title": article["title"],
                "article_file": name,
                "para_char_start": start,
                "para_char_end": end,
            }


def write_corpus(articles: list[dict], out_dir: Path) -> list[dict]:
    """Write each article into ``out_dir``; return all their question lines."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lines: list[dict] = []
    for article in articles:
        text, spans = article_text(article)
        (out_dir / article_file_name(article["title"])).write_text(text, encoding="utf-8")
        lines.extend(questions(article, spans))
    return lines
