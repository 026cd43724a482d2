"""Articles the app adds to or deletes from the seeds folder, never outside it: ``add_article`` saves
an upload under a sanitised name (replacing a file of that name only when asked), ``save_uploads``
does that for a batch and says what happened to each, ``delete_article`` removes one. (Opening one
by its citation name is ``qa.ingest.seeds.read_source``.)"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qa.ingest.formats import SUFFIXES, loader_for
from qa.ingest.seeds import source_path

MAX_NAME_CHARS = 100
MAX_NAME_BYTES = 200        # in UTF-8; file systems allow 255


def safe_name(name: str) -> str:
    """A file name safe to create in the seeds folder: the last path component of ``name``, letters,
    digits and marks of any script, '.', '-', '_' only (others become '_'; "新闻.txt" stays, "Großes
    Feuer.txt" is "Großes_Feuer.txt"), no leading dot, at most ``MAX_NAME_CHARS`` characters and
    ``MAX_NAME_BYTES`` bytes. Raises ``ValueError`` when nothing usable is left or the suffix is not
    an article's."""
    base = _sanitised(re.split(r"[\\/]", str(name).replace("\x00", ""))[-1]).strip("._-")
    base = re.sub(r"\.{2,}", ".", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem or f".{suffix.lower()}" not in SUFFIXES:
        raise ValueError(f"{name!r}: only {', '.join(SUFFIXES)} files can be added")
    stem = stem[: MAX_NAME_CHARS - len(suffix) - 1]
    while len(f"{stem}.{suffix}".encode()) > MAX_NAME_BYTES:    # file systems count bytes
        stem = stem[:-1]
    stem = stem.rstrip("._-")
    if not stem:
        raise ValueError(f"{name!r}: no usable file name left")
    return f"{stem}.{suffix.lower()}"


def _sanitised(name: str) -> str:
    """``name`` composed (NFC), each run of what ``_kept`` refuses made one '_'."""
    return re.sub(r"_+", "_", "".join(ch if _kept(ch) else "_" for ch in unicodedata.normalize("NFC", name)))


def _kept(ch: str) -> bool:
    """A letter, mark or digit of any script ("हिन्दी" keeps its vowel signs), or '.', '-'."""
    return ch in ".-\u200c\u200d" or unicodedata.category(ch)[0] in "LMN"


def _umask() -> int:
    """This process's umask, read without changing it (Linux's /proc; else the usual 022)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(ln.split()[1], 8) for ln in f if ln.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return 0o022


def name_there(root: Path, name: str) -> str:
    """The name of the article already in ``root`` that ``name`` is, spelled as it is there: the
    same after Unicode normalisation, case folding and ``safe_name``'s '_' ("Café notes.txt"
    composed or not, "CAFÉ_NOTES.txt"), so that an upload replaces it rather than sitting beside
    it; else ``name``."""
    def key(n: str) -> str:
        return _sanitised(n).casefold()

    try:
        return next((n for n in sorted(os.listdir(root)) if key(n) == key(name)), name)
    except OSError:
        return name


def _root(seeds_dir: str | os.PathLike) -> Path:
    root = Path(seeds_dir).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"seeds folder {root} does not exist")
    return root


def add_article(seeds_dir: str | os.PathLike, name: str, data: bytes, replace: bool = False) -> str:
    """Save ``data`` as article ``safe_name(name)`` in ``seeds_dir`` and return its citation name.
    A file of that name is replaced only when ``replace`` is true (else ``FileExistsError``): an
    upload never leaves two copies of an article. Raises ``ValueError`` for a bad name, an
    oversized file or bytes that are not an article. The file appears whole or not at all."""
    root = _root(seeds_dir)
    fname = name_there(root, safe_name(name))
    _check_size(len(data), fname, name)
    try:
        loader_for(fname).load(data)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None
    target = root / fname
    if not target.resolve().is_relative_to(root) or target.is_symlink():
        raise ValueError(f"refused: {name!r} resolves outside the seeds folder")
    fd, tmp = tempfile.mkstemp(prefix=".upload-", dir=root)   # hidden: the build skips it
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp's file is private (0600): the article gets a new file's mode, or the mode of the
        # one it replaces, so other processes reading the seeds folder still can
        try:
            mode = stat.S_IMODE(target.stat().st_mode) if replace and target.is_file() else 0o666 & ~_umask()
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        if replace:
            if target.is_dir():
                raise ValueError(f"{fname} is a folder in the seeds folder, not an article")
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)        # fails if the name exists: never overwrites unasked
            except FileExistsError:
                raise FileExistsError(f"{fname} is already in the seeds folder: replace it, or rename "
                                      "the file before uploading") from None
            except OSError:                 # no hard links on this file system
                if target.exists():
                    raise FileExistsError(f"{fname} is already in the seeds folder: replace it, or rename "
                                          "the file before uploading") from None
                os.replace(tmp, target)
        return fname
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _check_size(size: int, fname: str, name: str) -> None:
    """``ValueError`` when ``size`` bytes is over what the loader of ``fname`` reads."""
    limit = loader_for(fname).max_bytes
    if size > limit:
        raise ValueError(f"{name}: {size:,} bytes is over the {limit:,}-byte limit for this kind of file")


def delete_article(seeds_dir: str | os.PathLike, source: str) -> str:
    """Delete article ``source`` (a citation name) from ``seeds_dir`` and return it. Refuses
    (``ValueError``) a name outside the folder or one that is not an article file;
    ``FileNotFoundError`` when it is not there. A symlink is removed, not what it points to."""
    loader_for(str(source))                        # refuses files that are not articles
    path = source_path(seeds_dir, source)          # and names outside the folder
    link = _root(seeds_dir) / source
    (link if link.is_symlink() else path).unlink()
    return source


@dataclass(frozen=True)
class Uploads:
    """What ``save_uploads`` did with each file: names are citation names in the seeds folder."""

    saved: tuple[str, ...] = ()         # new articles
    replaced: tuple[str, ...] = ()      # articles replaced by the upload (asked for)
    unchanged: tuple[str, ...] = ()     # the same bytes were there already
    exists: tuple[tuple[str, str], ...] = ()    # (uploaded file, name): another article has that name
    refused: tuple[tuple[str, str], ...] = ()   # (file name, why)

    @property
    def changed(self) -> bool:
        return bool(self.saved or self.replaced)

    def as_dict(self) -> dict:
        """JSON-ready, names only (where the uploads sit on the server is not said)."""
        return {"saved": list(self.saved), "replaced": list(self.replaced), "unchanged": list(self.unchanged),
                "exists": [name for _, name in self.exists],
                "refused": [{"name": name, "reason": why} for name, why in self.refused]}


def save_uploads(seeds_dir: str | os.PathLike, paths: Sequence[str | os.PathLike], replace: bool = False) -> Uploads:
    """Add the uploaded files ``paths`` (their names are the articles' names) to ``seeds_dir``.
    A name already there with other content is held back in ``exists`` unless ``replace``."""
    out: dict[str, list] = {"saved": [], "replaced": [], "unchanged": [], "exists": [], "refused": []}
    root = _root(seeds_dir)
    for p in paths:
        path = Path(p)
        try:
            name = name_there(root, safe_name(path.name))
            _check_size(path.stat().st_size, name, path.name)
            data = path.read_bytes()
            target = root / name
            there = target.is_file() and not target.is_symlink()
            if there and target.read_bytes() == data:
                out["unchanged"].append(name)
            elif there and not replace:
                out["exists"].append((str(path), name))
            else:
                add_article(root, name, data, replace=there)
                out["replaced" if there else "saved"].append(name)
        except (ValueError, OSError) as exc:
            reason = str(exc).removeprefix(f"{path.name}: ").removeprefix(f"{path.name!r}: ")
            out["refused"].append((path.name, reason))
    return Uploads(**{k: tuple(v) for k, v in out.items()})
