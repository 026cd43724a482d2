"""The seeds folder: finding the article files, naming them, loading one (through its ``Loader``),
and opening one by its citation name without ever leaving the folder."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from dataclasses import replace
from pathlib import Path, PurePosixPath, PureWindowsPath

from qa.ingest.dates import named_date
from qa.ingest.formats import SUFFIXES, loader_for, text_is_extracted
from qa.records import Document, Skipped

# What the loaders make of a file, as a number. Bump it with any change to a loader or to the
# clutter, title, date or byline rules that changes what is read from some file: an index built
# under another number reads its files again at its next build and embeds again only those whose
# reading changed (``reading_digest``). tests/ingest/test_reading_pins.py fails until it is bumped.
READING_VERSION = 126


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
    date, publisher, author and stories): equal digests, equal rows."""
    fields = [doc.text, doc.title, doc.date, doc.publisher, doc.author, ";".join(f"{a},{b}" for a, b in doc.blocks)]
    fields += [f"{s.start},{s.end}\x01{s.title}\x01{s.date}\x01{s.publisher}\x01{s.author}" for s in doc.stories]
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
    """Every seed file under ``seeds`` (recursively, sorted: a folder's files, then its folders),
    and the entries left out.

    Hidden files and folders are ignored; files of other types, and the folder a browser saves
    beside a page for its images ("Story_files", ``page_folders``), are left out as skipped; symlinks
    are not followed out of ``seeds``, nor into folders. Cheap enough to run before answering (one
    directory read per folder, the file types from it; ``qa.index.plan.pending``)."""
    check_seeds(seeds)
    root = seeds.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []

    def walk(folder: str) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            try:
                rel = relative_source(Path(exc.filename), seeds)
            except (TypeError, ValueError):
                rel = str(exc.filename)
            skipped.append(Skipped(rel, f"cannot read this folder: {exc.strerror}"))
            return
        folders, files = [], []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir()          # a symlink to a folder counts as one, never walked
            except OSError:
                is_folder = False
            (folders if is_folder else files).append(entry)
        pages = {name.lower() for entry in files for name in page_folders(entry.name)}
        for entry in list(folders):
            if entry.is_symlink():
                target = Path(entry.path).resolve()
                if not target.is_relative_to(root):
                    skipped.append(Skipped(relative_source(Path(entry.path), seeds),
                                           f"symlink to folder {target}, outside the seeds folder; not followed"))
            elif entry.name.lower() in pages:
                folders.remove(entry)
                skipped.append(Skipped(relative_source(Path(entry.path), seeds),
                                       "the images, styles and frames of a saved web page beside it; not articles"))
            elif entry.name.lower().endswith(_PAGE_FOLDER_ENDINGS) and _holds_page_resources(entry.path):
                folders.remove(entry)
                skipped.append(Skipped(relative_source(Path(entry.path), seeds),
                                       "the images, styles and frames of a saved web page (its page renamed or "
                                       "moved); not articles"))
        for entry in files:
            path = Path(entry.path)
            if not entry.name.lower().endswith(SUFFIXES):   # said, not passed over: nothing dropped unseen
                skipped.append(Skipped(relative_source(path, seeds),
                                       f"not an article file; these are read: {', '.join(SUFFIXES)}"))
                continue
            if entry.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    skipped.append(Skipped(relative_source(path, seeds),
                                           f"symlink to {target}, outside the seeds folder; not followed"))
                    continue
            try:
                regular = entry.is_file()
            except OSError:
                regular = False
            if not regular:
                skipped.append(Skipped(relative_source(path, seeds), "not a regular file"))
                continue
            found.append(path)
        for entry in folders:
            if not entry.is_symlink():
                walk(entry.path)

    walk(os.fspath(seeds))
    return found, skipped


# The folder a browser's "Web Page, complete" save puts beside "Story.html" for the page's images,
# styles, scripts and frames (a frame is an .html file, an advert's or a video player's, never the
# article): "Story_files" (Firefox, Chrome, Edge), or in some languages "Story-Dateien", "Story_fichiers",
# "Story_archivos", "Story_arquivos", "Story-bestanden".
_PAGE_FOLDER_ENDINGS = ("_files", "-dateien", "_fichiers", "_archivos", "_arquivos", "-bestanden")


# What a browser saves in a page's folder and no one keeps articles as: style sheets, scripts, images, fonts
_PAGE_RESOURCES = (".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".woff", ".woff2")


def _holds_page_resources(folder: str) -> bool:
    """Whether ``folder`` (named as a saved page's folder, "Story_files", with no page beside it: renamed
    or moved) holds what only a browser's save of a page does: a style sheet, a script or an image, and of the
    files read as articles only web pages (its frames; not a user's "interview_files" with a transcript in it)."""
    try:
        with os.scandir(folder) as it:
            names = [entry.name.lower() for entry in it]
    except OSError:
        return False
    return any(name.endswith(_PAGE_RESOURCES) for name in names) \
        and not any(name.endswith(SUFFIXES) and not name.endswith((".html", ".htm")) for name in names)


def page_folders(name: str) -> tuple[str, ...]:
    """The names the folder of a page saved complete as file ``name`` may have; none for a file
    that is not a web page."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or suffix.lower() not in ("html", "htm"):
        return ()
    return tuple(stem + ending for ending in _PAGE_FOLDER_ENDINGS)


def relative_source(path: Path, seeds: Path) -> str:
    """The citation name of a seed file: its path relative to the seeds folder, with '/'.
    ``ValueError`` for a path outside it."""
    folder, full = os.fspath(seeds), os.fspath(path)
    if full.startswith(folder + os.sep) and folder not in ("", "."):    # a path made as seeds / name
        return full[len(folder) + 1:].replace(os.sep, "/")
    return path.relative_to(seeds).as_posix()


def load_document(path: Path, seeds: Path, raw: bytes | None = None) -> Document:
    """Read one seed file through its format's loader. Raises ``ValueError`` (why it is not
    usable) or ``OSError``."""
    stat = path.stat()
    if raw is None:
        raw = path.read_bytes()
    article = loader_for(path.name).load(raw)
    named = named_date(path.name)
    return Document(
        source=relative_source(path, seeds),
        title=article.title,
        text=article.text,
        sha256=sha256(raw),
        encoding=article.encoding,
        blocks=article.blocks,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        date=article.date or named,     # the text's date, else its file name's
        publisher=article.publisher,
        author=article.author,
        stories=tuple(replace(s, date=s.date or named) for s in article.stories),
        extracted=article.extracted or text_is_extracted(path.name),
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
