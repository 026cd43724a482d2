"""Which loader reads which file suffix. A new format is a new loader module and a line here."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader
from qa.ingest.loader import Loader
from qa.ingest.mhtml import MhtmlLoader
from qa.ingest.text import TextLoader

_TEXT = TextLoader()
_HTML = HtmlLoader()
_SINGLE_FILE = MhtmlLoader(_HTML)
LOADERS: dict[str, Loader] = {
    ".txt": _TEXT,
    ".md": _TEXT,
    ".srt": _TEXT,          # subtitles (a broadcast's: SubRip, WebVTT)
    ".vtt": _TEXT,
    ".html": _HTML,
    ".htm": _HTML,
    ".mhtml": _SINGLE_FILE,
    ".mht": _SINGLE_FILE,
}
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
    """Whether the text that offsets and line numbers of article ``name`` count in was extracted
    from the file (a saved web page's article text) rather than being the file's own text."""
    try:
        return loader_for(name) is not _TEXT       # (a saved page, as .html or as a single file)
    except ValueError:
        return False
