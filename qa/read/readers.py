"""The readers by name (``Settings.reader``). A new reader is a module implementing
``qa.read.reader.Reader`` and a line here."""

from __future__ import annotations

from collections.abc import Callable

from qa.read.reader import Reader
from qa.read.sentence_reader import SentenceReader
from qa.read.span_reader import span_reader
from qa.settings import Settings

READERS: dict[str, Callable[..., Reader]] = {
    "span": span_reader,                                    # fine-tuned start/end reader (default)
    "sentence": lambda encoder, settings: SentenceReader(),  # the whole sentence, no model
}


def make_reader(encoder, settings: Settings) -> Reader:
    """The reader ``settings.reader`` names, for ``encoder``."""
    factory = READERS.get(settings.reader)
    if factory is None:
        raise ValueError(f"Settings.reader {settings.reader!r} is not one of {sorted(READERS)}")
    return factory(encoder, settings)
