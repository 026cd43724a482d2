"""Articles the app adds to the seeds folder, never outside it: ``add_article`` saves an upload
under a sanitised name. (Opening one by its citation name is ``qa.ingest.seeds.read_source``.)"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from qa.ingest.formats import SUFFIXES, loader_for

MAX_UPLOAD_BYTES = 5_000_000
MAX_NAME_CHARS = 100


def safe_name(name: str) -> str:
    """A file name safe to create in the seeds folder: the last path component of ``name``, letters,
    digits, '.', '-', '_' only (others become '_'), no leading dot, at most ``MAX_NAME_CHARS``.
    Raises ``ValueError`` when nothing usable is left or the suffix is not an article's."""
    base = re.split(r"[\\/]", str(name).replace("\x00", ""))[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._-")
    base = re.sub(r"\.{2,}", ".", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem or f".{suffix.lower()}" not in SUFFIXES:
        raise ValueError(f"{name!r}: only {', '.join(SUFFIXES)} files can be added")
    stem = stem[: MAX_NAME_CHARS - len(suffix) - 1].rstrip("._-")
    if not stem:
        raise ValueError(f"{name!r}: no usable file name left")
    return f"{stem}.{suffix.lower()}"


def add_article(seeds_dir: str | os.PathLike, name: str, data: bytes) -> str:
    """Save ``data`` as a new article in ``seeds_dir`` under ``safe_name(name)`` (with "-2", "-3", …
    added rather than overwrite a file) and return its citation name. Raises ``ValueError`` for a
    bad name, an oversized file or bytes that are not text. The file appears whole or not at all."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError(f"{name}: {len(data):,} bytes is over the {MAX_UPLOAD_BYTES:,}-byte limit")
    fname = safe_name(name)
    try:
        loader_for(fname).load(data)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None
    root = Path(seeds_dir).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"seeds folder {root} does not exist")
    stem, _, suffix = fname.rpartition(".")
    fd, tmp = tempfile.mkstemp(prefix=".upload-", dir=root)   # hidden: the build skips it
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        for n in range(1, 1000):
            candidate = root / (fname if n == 1 else f"{stem}-{n}.{suffix}")
            if not candidate.resolve().is_relative_to(root):
                raise ValueError(f"refused: {name!r} resolves outside the seeds folder")
            try:
                os.link(tmp, candidate)     # fails if the name exists: never overwrites
            except FileExistsError:
                continue
            except OSError:                 # no hard links on this file system
                if candidate.exists():
                    continue
                os.replace(tmp, candidate)
            return candidate.relative_to(root).as_posix()
        raise ValueError(f"{name}: too many files named like {fname}")
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
