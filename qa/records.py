"""The records the package passes around and returns. All frozen; offsets are characters into the
article's text, ``qa.article_text(source)`` (for a text file: the file as
``open(path, encoding=Passage.encoding).read()`` returns it; for a saved web page or a mail message: the text
extracted from it, and the records say ``extracted``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """One of several stories a file holds (a news database's export of search results): its span
    ``[start, end)`` of the file's text and its own headline and credits."""

    start: int
    end: int
    title: str
    date: str = ""
    publisher: str = ""
    author: str = ""


@dataclass(frozen=True)
class Document:
    """One seed file, loaded (``qa.ingest.loader``). ``blocks`` are the spans of article text (title
    line and page clutter such as share-button lines left out); chunks never cross a block boundary."""

    source: str                 # path relative to the seeds folder, POSIX separators
    title: str
    text: str                   # the article's text (a text file: the whole file, decoded)
    sha256: str                 # of the raw bytes
    encoding: str               # codec the bytes were decoded with
    blocks: tuple[tuple[int, int], ...]
    size: int = 0               # bytes on disk
    mtime_ns: int = 0
    date: str = ""              # publication date (ISO 8601) when the article gives one
    publisher: str = ""
    author: str = ""
    stories: tuple[Story, ...] = ()     # when the file holds several (then title, date, … are the first's)
    extracted: bool = False     # ``text`` was taken out of the file (a saved page's article, a mail's message)

    def title_at(self, offset: int) -> str:
        """The headline of the story holding ``offset`` (the document's own when it holds one)."""
        return next((s.title for s in self.stories if s.start <= offset < s.end), self.title)


@dataclass(frozen=True)
class Chunk:
    """A window of whole sentences: ``document.text[start:end] == text``."""

    source: str
    start: int
    end: int
    text: str
    sentences: tuple[tuple[int, int], ...]   # (start, end) of each sentence, file offsets


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk, best first in a result list. ``score`` is the fused retrieval score."""

    text: str
    source: str
    title: str
    start: int
    end: int
    score: float
    line: int                   # 1-based line of ``start`` in the article's text
    chunk_id: int = -1
    encoding: str = "utf-8"     # how the seed file was decoded (a text file's text is the file; a mail's, its text
    # part's)
    date: str = ""              # the article's publication date (ISO 8601), when known
    publisher: str = ""         # the article's publisher or site, when known
    also_in: tuple[str, ...] = ()   # other seed files holding the same article (indexed once)
    versions: tuple[str, ...] = ()  # other seed files with a near-identical version of this text (qa.search.versions)
    extracted: bool = False     # the article's text was taken out of the file (a saved page's, a mail's): ``line``
    # counts in it, not in the file


@dataclass(frozen=True)
class Skipped:
    """A seed file the build left out, and why (said so the user can fix it)."""

    source: str
    reason: str


@dataclass(frozen=True)
class BuildReport:
    """What one ``build_index`` call did."""

    index_dir: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()     # (old name, new name): moved, not embedded again
    warnings: tuple[str, ...] = ()
    documents: int = 0          # articles in the index after the build
    chunks: int = 0             # chunks in the index after the build
    embedded: int = 0           # chunks encoded by this build
    seconds: float = 0.0
    full: bool = False

    @property
    def up_to_date(self) -> bool:
        """True when the build found nothing to do."""
        return not (self.added or self.changed or self.removed or self.renamed)

    def summary(self) -> str:
        """One human line, e.g. for the CLI and the app."""
        parts = [
            f"{len(self.added)} added",
            f"{len(self.changed)} changed",
            f"{len(self.removed)} removed",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.skipped)} skipped",
        ]
        if self.renamed:
            parts.insert(3, f"{len(self.renamed)} renamed")
        return (
            f"{', '.join(parts)}; {self.documents} article{'' if self.documents == 1 else 's'}, "
            f"{self.chunks} chunk{'' if self.chunks == 1 else 's'} "
            f"({self.embedded} embedded) in {self.seconds:.1f} s"
        )


@dataclass(frozen=True)
class Answer:
    """An extractive answer: ``text`` is a verbatim span of ``source`` at ``[start, end)`` inside the
    verbatim ``sentence`` at ``[sentence_start, sentence_end)``. When ``found`` is False the text
    fields are empty and ``passages`` holds the closest passages found."""

    question: str
    found: bool
    text: str = ""
    sentence: str = ""
    source: str = ""
    title: str = ""
    start: int = -1
    end: int = -1
    sentence_start: int = -1
    sentence_end: int = -1
    line: int = 0
    score: float = 0.0          # confidence in [0, 1] that the sentence answers (0 when not found)
    passages: tuple[Passage, ...] = ()
    alternatives: tuple["Answer", ...] = ()   # other statements, other articles first
    searched: str = ""          # the question as searched (after trimming or rewriting)
    notice: str = ""            # e.g. "the question was cut to 1,000 characters"
    encoding: str = "utf-8"
    date: str = ""              # the article's publication date (ISO 8601), when known
    publisher: str = ""         # the article's publisher or site, when known
    also_in: tuple[str, ...] = ()   # other seed files holding the same article (indexed once)
    versions: tuple[str, ...] = ()  # other seed files with a near-identical version of this text (qa.search.versions)
    worded_otherwise: tuple[str, ...] = ()   # those versions whose text does not hold the quoted sentence
    named_in_full: str = ""     # the person ``text`` names by surname alone, as the article names them in full
    named_at: int = -1          # where: ``named_in_full``'s offset in the article's text (qa.read.full_names)
    named_line: int = 0         # its 1-based line
    extracted: bool = False     # the article's text was taken out of the file (a saved page's, a mail's): ``line``
    # counts in it, not in the file
