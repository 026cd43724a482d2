"""Which loader reads which file suffix. A new format is a new loader module and a line here."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader
from qa.ingest.loader import Article, Loader, check_size
from qa.ingest.mail import MailLoader
from qa.ingest.mhtml import MhtmlLoader
from qa.ingest.text import TextLoader

_TEXT = TextLoader()
_HTML = HtmlLoader()
_SINGLE_FILE = MhtmlLoader(_HTML)
_MAIL = MailLoader(_TEXT, _HTML)


class _TextFileLoader(TextLoader):
    """Text files: a text article, or a mail message saved with its headers ("Show original" copied into a text
    file), read as the message (``qa.ingest.mail``). (One loader for every text suffix: a file renamed from .txt to
    .md is read as it was, and keeps its rows.)"""

    suffixes = (".txt", ".md", ".srt", ".vtt")

    def load(self, raw: bytes) -> Article:
        if not _MAIL.holds_message(raw):
            return super().load(raw)
        check_size(raw, self.max_bytes, "text file", ": save the message as .eml instead")
        return _MAIL.message(raw)


_TEXT_FILES = _TextFileLoader()
LOADERS: dict[str, Loader] = {
    ".txt": _TEXT_FILES,
    ".md": _TEXT_FILES,
    ".srt": _TEXT_FILES,        # subtitles (a broadcast's: SubRip, WebVTT)
    ".vtt": _TEXT_FILES,
    ".html": _HTML,
    ".htm": _HTML,
    ".mhtml": _SINGLE_FILE,
    ".mht": _SINGLE_FILE,
    ".eml": _MAIL,          # a mail message (a press release as sent)
}
_PAGES = (".html", ".htm", ".mhtml", ".mht")
SUFFIXES = tuple(LOADERS)
MAX_FILE_BYTES = max(loader.max_bytes for loader in LOADERS.values())    # (an upload of any format)


def loader_for(name: str) -> Loader:
    """The loader of a file name's suffix; ``ValueError`` for a suffix no loader reads."""
    dot = name.rfind(".")
    loader = LOADERS.get(name[dot:].lower()) if dot >= 0 else None
    if loader is None:
        raise ValueError(f"{name}: not an article file; these are read: {', '.join(SUFFIXES)}")
    return loader


def text_is_extracted(name: str) -> bool:
    """Whether the text that offsets and line numbers of every article named ``name`` count in is extracted
    from the file (a saved web page's article text, a mail's message) rather than being the file's own text. (A
    ``.txt`` file holding a mail message is read as the message: its ``Document.extracted`` says so.)"""
    return is_page(name) or name.lower().endswith(".eml")


def is_page(name: str) -> bool:
    """Whether ``name`` is a saved web page's (as .html, or as a single file)."""
    return name.lower().endswith(_PAGES)
