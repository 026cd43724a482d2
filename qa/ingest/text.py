"""Plain-text and Markdown articles: the file's decoded text is the article's text."""

from __future__ import annotations

from qa.ingest.clutter import title_and_blocks
from qa.ingest.decode import decode
from qa.ingest.loader import Article


class TextLoader:
    """``.txt`` and ``.md``: the first non-empty line is the title; page clutter is skipped."""

    suffixes = (".txt", ".md")

    def load(self, raw: bytes) -> Article:
        text, encoding = decode(raw)
        title, blocks = title_and_blocks(text)
        if not blocks:
            raise ValueError("no article text (only a title or page clutter)")
        return Article(text=text, encoding=encoding, title=title, blocks=blocks)
