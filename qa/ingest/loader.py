"""The ``Loader`` seam: a seed file's bytes → the article's text and what is known about it.

One loader per file format (``qa.ingest.formats`` maps suffixes to them). The build and the app
both read articles through it, so a file is decoded by one code path and every offset means the
same everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from qa.records import Story

# The largest article file read or uploaded, in bytes (trafilatura takes seconds a megabyte of page).
MAX_ARTICLE_BYTES = 5_000_000


@dataclass(frozen=True)
class Article:
    """What a loader makes of one file. ``blocks`` are the spans of ``text`` that are article
    text (the title line and page clutter left out); chunks never cross a block boundary."""

    text: str                   # the article's text: every offset of the index points into it
    encoding: str               # codec the bytes were decoded with
    title: str
    blocks: tuple[tuple[int, int], ...]
    date: str = ""              # publication date, ISO 8601 ("2024-03-05"), when the article says
    publisher: str = ""         # the site or publication, when known
    author: str = ""
    stories: tuple[Story, ...] = ()     # a file of several stories: each one's span and credits
    extracted: bool = False     # ``text`` was taken out of the file (a mail's message), not its own (a saved page's
    # is, by its suffix: ``formats.text_is_extracted``)


def of_stories(text: str, encoding: str, blocks: list[tuple[int, int]], stories: list[Story]) -> Article:
    """A file of several stories as one article: ``text`` and its ``blocks``, each story's span and credits kept as a
    ``Story`` (none kept for a file of one); the first story's headline and credits are the file's."""
    first = stories[0]
    return Article(text=text, encoding=encoding, title=first.title, blocks=tuple(blocks), date=first.date,
                   publisher=first.publisher, author=first.author, stories=tuple(stories) if len(stories) > 1 else ())


def check_size(raw: bytes, limit: int, what: str, advice: str = "") -> None:
    """Raise ``ValueError`` for a file over ``limit`` bytes ("web page of 6,000,000 bytes, over the
    5,000,000-byte limit for pages"; ``advice`` after the limit) or holding nothing but white space."""
    if len(raw) > limit:
        raise ValueError(f"{what} of {len(raw):,} bytes, over the {limit:,}-byte limit{advice}")
    if not raw.strip():
        raise ValueError("empty file")


class Loader(Protocol):
    """Reads one file format."""

    suffixes: tuple[str, ...]   # lower case, with the dot: (".txt",)
    max_bytes: int              # the largest file it reads (and the app takes as an upload)

    def load(self, raw: bytes) -> Article:
        """The article in ``raw``; raises ``ValueError`` saying why the file is not usable."""
