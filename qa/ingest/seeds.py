"""The seeds folder: finding the article files, naming them, loading one (through its ``Loader``),
and opening one by its citation name without ever leaving the folder."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from pathlib import Path, PurePosixPath, PureWindowsPath

from qa.ingest.formats import SUFFIXES, loader_for
from qa.records import Document, Skipped

# What the loaders make of a file, as a number. Bump it with any change to a loader or to the
# clutter, title, date or byline rules that changes what is read from some file: an index built
# under another number reads its files again at its next build and embeds again only those whose
# reading changed (``reading_digest``). tests/ingest/test_reading_pins.py fails until it is bumped.
READING_VERSION = 13


# The packages that read saved web pages (trafilatura and what it parses and dates them with).
_PAGE_READERS = ("trafilatura", "htmldate", "justext", "lxml")


def reading_rules() -> dict:
    """What decides how files are read, as the manifest records it: ``READING_VERSION`` and the
    versions of the packages that read saved web pages."""
    rules: dict = {"version": READING_VERSION}
    for name in _PAGE_READERS:
        try:
            rules[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            rules[name] = ""
    return rules


def sha256(raw: bytes) -> str:
    """Hex SHA-256 of a file's bytes: what the manifest compares to find changed files."""
    return hashlib.sha256(raw).hexdigest()


def reading_digest(doc: Document) -> str:
    """Hex SHA-256 of everything the index takes from a read file (its text, article blocks, title,
    date, publisher and author): equal digests, equal rows."""
    fields = [doc.text, doc.title, doc.date, doc.publisher, doc.author, ";".join(f"{a},{b}" for a, b in doc.blocks)]
    return hashlib.sha256("\x00".join(fields).encode("utf-8", "surrogatepass")).hexdigest()


def check_seeds(seeds: Path) -> None:
    """Raise ``FileNotFoundError``, saying what to do, unless ``seeds`` is a folder."""
    if seeds.exists() and not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} is a file, not a folder: give the folder that holds the "
                                f"articles ({', '.join(SUFFIXES)})")
    if not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} does not exist; create it and put articles "
                                f"({', '.join(SUFFIXES)}) in it")


def discover(seeds: Path) -> tuple[list[Path], list[Skipped]]:
    """Every seed file under ``seeds`` (recursively, sorted), and the entries left out.

    Hidden files and folders are ignored; files of other types are left out as skipped; symlinks
    are not followed out of ``seeds``."""
    check_seeds(seeds)
    root = seeds.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        try:
            rel = relative_source(Path(exc.filename), seeds)
        except (TypeError, ValueError):
            rel = str(exc.filename)
        skipped.append(Skipped(rel, f"cannot read this folder: {exc.strerror}"))

    for dirpath, dirnames, filenames in os.walk(seeds, onerror=unreadable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in dirnames:
            path = Path(dirpath) / name
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                skipped.append(Skipped(relative_source(path, seeds),
                                       f"symlink to folder {path.resolve()}, outside the seeds folder; not followed"))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = relative_source(path, seeds)
            if not name.lower().endswith(SUFFIXES):       # said, not passed over: nothing dropped unseen
                skipped.append(Skipped(rel, f"not an article file; these are read: {', '.join(SUFFIXES)}"))
                continue
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    skipped.append(Skipped(rel, f"symlink to {target}, outside the seeds folder; not followed"))
                    continue
            if not path.is_file():
                skipped.append(Skipped(rel, "not a regular file"))
                continue
            found.append(path)
    return found, skipped


def relative_source(path: Path, seeds: Path) -> str:
    """The citation name of a seed file: its path relative to the seeds folder, with '/'."""
    return path.relative_to(seeds).as_posix()


def load_document(path: Path, seeds: Path, raw: bytes | None = None) -> Document:
    """Read one seed file through its format's loader. Raises ``ValueError`` (why it is not
    usable) or ``OSError``."""
    stat = path.stat()
    if raw is None:
        raw = path.read_bytes()
    article = loader_for(path.name).load(raw)
    return Document(
        source=relative_source(path, seeds),
        title=article.title,
        text=article.text,
        sha256=sha256(raw),
        encoding=article.encoding,
        blocks=article.blocks,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        date=article.date,
        publisher=article.publisher,
        author=article.author,
    )


def source_path(seeds_dir: str | os.PathLike, source: str) -> Path:
    """The file of citation name ``source`` (a path relative to ``seeds_dir``, '/'-separated).
    Raises ``ValueError`` for a name that is absolute, climbs with '..', or resolves (through a
    symlink too) outside the seeds folder, and ``FileNotFoundError`` when there is no such file."""
    if not isinstance(source, str) or not source.strip() or "\x00" in source:
        raise ValueError(f"not a source name: {source!r}")
    posix, win = PurePosixPath(source), PureWindowsPath(source)
    if posix.is_absolute() or win.is_absolute() or win.drive or ".." in posix.parts or ".." in win.parts:
        raise ValueError(f"refused: {source!r} is not inside the seeds folder")
    root = Path(seeds_dir).resolve()
    path = (root / posix).resolve()
    if not path.is_relative_to(root) or path == root:
        raise ValueError(f"refused: {source!r} resolves outside the seeds folder")
    if not path.is_file():
        raise FileNotFoundError(f"{source} is not in the seeds folder (any more): rebuild the index")
    return path


def read_source(seeds_dir: str | os.PathLike, source: str) -> Document:
    """Article ``source`` of the seeds folder, loaded as the build loads it (so offsets apply)."""
    path = source_path(seeds_dir, source)
    return load_document(path, Path(seeds_dir).resolve())
