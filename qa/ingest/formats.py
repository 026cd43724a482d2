"""Which loader reads which file suffix. A new format is a new loader module and a line here."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader
from qa.ingest.loader import Loader
from qa.ingest.text import TextLoader

_TEXT = TextLoader()
_HTML = HtmlLoader()
LOADERS: dict[str, Loader] = {
    ".txt": _TEXT,
    ".md": _TEXT,
    ".html": _HTML,
    ".htm": _HTML,
}
SUFFIXES = tuple(LOADERS)


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
        return loader_for(name) is _HTML
    except ValueError:
        return False
