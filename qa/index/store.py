"""The index on disk: a folder of plain files and ``manifest.json``.

Data files are append-only; the manifest records how many rows of each are valid and is replaced
atomically, last. A build that dies half-way leaves bytes past the recorded lengths, which readers
ignore and the next build cuts off: the previous index stays loadable. Compaction writes a new
generation of files and deletes the old ones only after the new manifest is in place."""

from __future__ import annotations

import errno
import json
import os
import re
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import config

MANIFEST = "manifest.json"
LOCK = ".lock"
LOCK_TIMEOUT = 600.0    # seconds a build waits for another build of the same index to finish
# The only files a build ever deletes: its own data files, graphs and temp manifests (so pointing
# --index at a folder holding anything else never deletes that).
_OWN_FILE = re.compile(
    r"^(?:(?:chunks|sentences|vectors|sentvec|texts|terms|counts|vocab)-(\d{6,})\.(?:i64|f32|f16|utf8|i32|u16|txt)"
    r"|hnsw-[0-9a-f]+\.faiss|\.manifest\.json\.\d+\.tmp)$"
)


class IndexProblem(RuntimeError):
    """The index folder cannot be used as it is; the message says what to run."""


@dataclass(frozen=True)
class FileSpec:
    suffix: str
    dtype: str          # numpy dtype of one element
    width: int | None   # elements per row; None: width is the embedding dimension
    checksum: bool      # verify the CRC at load (skipped for the big vector files)


FILES: dict[str, FileSpec] = {
    # see CHUNK_COLS
    "chunks": FileSpec(".i64", "<i8", 9, True),
    "sentences": FileSpec(".i64", "<i8", 2, True),     # start, end (file offsets)
    "vectors": FileSpec(".f32", "<f4", None, False),   # chunk vectors, L2-normalised
    "sentvec": FileSpec(".f16", "<f2", None, False),   # sentence vectors in context
    "texts": FileSpec(".utf8", "u1", 1, True),         # chunk texts, UTF-8, concatenated
    "terms": FileSpec(".i32", "<i4", 1, True),         # BM25 term ids per chunk
    "counts": FileSpec(".u16", "<u2", 1, True),        # their counts
    "vocab": FileSpec(".txt", "u1", 1, True),          # one term per line, id = line number
}
CHUNK_COLS = ("start", "end", "line", "sent_lo", "sent_hi", "text_off", "text_len", "term_off", "term_len")
COL = {name: i for i, name in enumerate(CHUNK_COLS)}


def remedy(index_dir: Path, full: bool = True) -> str:
    flag = " --full" if full else ""
    return f"rebuild it with: python -m qa build --index {index_dir}{flag}"


def file_name(role: str, generation: int) -> str:
    return f"{role}-{generation:06d}{FILES[role].suffix}"


def read_manifest(index_dir: Path) -> dict | None:
    """The manifest, or None when the folder holds no index. Raises ``IndexProblem`` if damaged."""
    path = index_dir / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexProblem(f"cannot read {path}: {exc.strerror}") from None
    try:
        manifest = json.loads(raw)
        if not isinstance(manifest, dict) or "format" not in manifest:
            raise ValueError("not an index manifest")
    except ValueError as exc:
        raise IndexProblem(f"{path} is damaged ({exc}); {remedy(index_dir)}") from None
    return manifest


def check_manifest(manifest: dict, index_dir: Path, model: str, dim: int) -> None:
    """Refuse an index of another format version or embedding model, saying what to run."""
    fmt = manifest.get("format")
    if fmt != config.FORMAT_VERSION:
        newer = isinstance(fmt, int) and fmt > config.FORMAT_VERSION
        why = "a newer version of this program" if newer else "an older version of this program"
        raise IndexProblem(
            f"{index_dir} has index format {fmt!r}, made by {why}; this version reads format "
            f"{config.FORMAT_VERSION}: {remedy(index_dir)}"
        )
    if manifest.get("model") != model or manifest.get("dim") != dim:
        raise IndexProblem(
            f"{index_dir} was built with model {manifest.get('model')!r} ({manifest.get('dim')}-d), "
            f"not {model!r} ({dim}-d): {remedy(index_dir)}"
        )
    problem = _structure_problem(manifest)
    if problem:
        raise IndexProblem(f"{index_dir}/{MANIFEST} is damaged ({problem}): {remedy(index_dir)}")


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_range(x) -> bool:
    return isinstance(x, list) and len(x) == 2 and all(_is_int(v) and v >= 0 for v in x) and x[0] <= x[1]


def _structure_problem(manifest: dict) -> str:
    """What is missing or malformed in a manifest of the current format ("" when nothing), so that
    a hand-edited or damaged one is refused with a message rather than a KeyError later."""
    for key, check in (("generation", _is_int), ("rows", _is_int), ("files", lambda v: isinstance(v, dict)),
                       ("documents", lambda v: isinstance(v, list))):
        if not check(manifest.get(key)):
            return f"{key!r} missing or malformed"
    for role, spec in FILES.items():
        entry = manifest["files"].get(role)
        if not isinstance(entry, dict):
            return f"no {role} file listed"
        name = entry.get("name")
        if not (isinstance(name, str) and _OWN_FILE.match(name) and name.startswith(role + "-")
                and name.endswith(spec.suffix)):
            return f"bad {role} file name {name!r}"
        if not (_is_int(entry.get("bytes")) and entry["bytes"] >= 0 and _is_int(entry.get("crc32"))):
            return f"bad length or checksum of {name}"
    for doc in manifest["documents"]:
        if not (isinstance(doc, dict) and isinstance(doc.get("source"), str) and isinstance(doc.get("title"), str)
                and isinstance(doc.get("sha256"), str) and _is_int(doc.get("size")) and _is_int(doc.get("mtime_ns"))
                and _is_range(doc.get("rows")) and _is_range(doc.get("sentence_rows"))):
            return f"bad article entry {str(doc)[:80]}"
    ann_info = manifest.get("ann") or {}
    if not isinstance(ann_info, dict):
        return "bad 'ann' entry"
    if ann_info.get("kind") == "hnsw":
        name = ann_info.get("file")
        if not (isinstance(name, str) and _OWN_FILE.match(name) and name.startswith("hnsw-")
                and _is_int(ann_info.get("rows")) and _is_int(ann_info.get("crc32"))):
            return "bad 'ann' entry"
    return ""


def file_crc(path: Path, nbytes: int | None = None) -> int:
    """CRC-32 of the first ``nbytes`` bytes of a file (all of it by default)."""
    if nbytes is None:
        nbytes = path.stat().st_size
    crc = 0
    with open(path, "rb") as f:
        left = nbytes
        while left > 0:
            block = f.read(min(left, 1 << 22))
            if not block:
                break
            crc = zlib.crc32(block, crc)
            left -= len(block)
    return crc


def load_arrays(index_dir: Path, manifest: dict, mmap: bool = True) -> dict[str, np.ndarray]:
    """Every data file as an array of exactly its recorded length. Big files are memory-mapped.

    Raises ``IndexProblem`` for a missing, short or (where checked) corrupted file."""
    arrays: dict[str, np.ndarray] = {}
    dim = manifest["dim"]
    for role, spec in FILES.items():
        entry = manifest["files"].get(role)
        if entry is None:
            raise IndexProblem(f"{index_dir}/{MANIFEST} lists no {role} file: {remedy(index_dir)}")
        path = index_dir / entry["name"]
        nbytes = int(entry["bytes"])
        width = dim if spec.width is None else spec.width
        count = nbytes // np.dtype(spec.dtype).itemsize
        try:
            actual = path.stat().st_size
            if actual < nbytes:
                raise IndexProblem(f"{path} is truncated ({actual} of {nbytes} bytes): {remedy(index_dir)}")
            if spec.checksum and file_crc(path, nbytes) != entry["crc32"]:
                raise IndexProblem(f"{path} is corrupted (checksum mismatch): {remedy(index_dir)}")
            if nbytes == 0:
                arr = np.zeros(0, dtype=spec.dtype)
            elif mmap and not spec.checksum:
                arr = np.memmap(path, dtype=spec.dtype, mode="r", shape=(count,))
            else:
                arr = np.fromfile(path, dtype=spec.dtype, count=count)
            arrays[role] = arr.reshape(-1, width) if width > 1 else arr
        except FileNotFoundError:      # (also when a build deletes it while we read: Index.load retries)
            raise IndexProblem(f"{path} is missing: {remedy(index_dir)}") from None
        except ValueError:             # a length that is not whole rows, or a file cut while we read
            raise IndexProblem(f"{path} does not hold whole rows of {nbytes} bytes: {remedy(index_dir)}") from None
    return arrays


def vocab_terms(arrays: dict) -> list[str]:
    """The vocabulary file's terms, in term-id order (one per line)."""
    raw = arrays["vocab"].tobytes().decode("utf-8")
    return raw.split("\n")[:-1] if raw else []


def check_arrays(manifest: dict, arrays: dict, index_dir: Path) -> None:
    """Cheap consistency checks between the manifest and the data files."""
    rows = int(manifest["rows"])
    table = arrays["chunks"]
    problems = []
    if len(table) != rows or len(arrays["vectors"]) != rows:
        problems.append("row counts differ between files")
    elif rows:
        if (table[:, COL["text_off"]] + table[:, COL["text_len"]]).max() > len(arrays["texts"]):
            problems.append("chunk texts out of range")
        if (table[:, COL["term_off"]] + table[:, COL["term_len"]]).max() > len(arrays["terms"]):
            problems.append("chunk terms out of range")
        if table[:, COL["sent_hi"]].max() > len(arrays["sentences"]) or (table[:, COL["sent_hi"]] < table[:, COL["sent_lo"]]).any():
            problems.append("sentence ranges out of range")
        if table.min() < 0 or (table[:, COL["end"]] < table[:, COL["start"]]).any():
            problems.append("negative or reversed offsets in the chunk table")
    if len(arrays["terms"]) and not 0 <= int(np.min(arrays["terms"])) <= int(np.max(arrays["terms"])) < arrays["vocab"].tobytes().count(b"\n"):
        problems.append("term ids beyond the vocabulary")
    if len(arrays["sentvec"]) != len(arrays["sentences"]):
        problems.append("sentence vectors and sentences differ in number")
    for doc in manifest["documents"]:
        lo, hi = doc["rows"]
        s_lo, s_hi = doc["sentence_rows"]
        if not (0 <= lo <= hi <= rows and 0 <= s_lo <= s_hi <= len(arrays["sentences"])):
            problems.append(f"rows of {doc.get('source')} out of range")
            break
    if problems:
        raise IndexProblem(f"{index_dir} is inconsistent ({'; '.join(problems)}): {remedy(index_dir)}")


class Appender:
    """Appends rows to the data files of one generation, keeping byte counts and CRCs."""

    def __init__(self, index_dir: Path, generation: int, files: dict | None):
        self.index_dir = index_dir
        self.generation = generation
        self.entries: dict[str, dict] = {}
        self._handles = {}
        for role in FILES:
            prev = (files or {}).get(role)
            name = prev["name"] if prev else file_name(role, generation)
            nbytes = int(prev["bytes"]) if prev else 0
            crc = int(prev["crc32"]) if prev else 0
            path = index_dir / name
            # Cut off whatever a crashed build appended past the recorded length.
            fh = open(path, "r+b" if path.exists() else "w+b")
            fh.truncate(nbytes)
            fh.seek(nbytes)
            self._handles[role] = fh
            self.entries[role] = {"name": name, "bytes": nbytes, "crc32": crc}

    def rows(self, role: str) -> int:
        spec = FILES[role]
        per_row = np.dtype(spec.dtype).itemsize * (spec.width or 1)
        return self.entries[role]["bytes"] // per_row

    def append(self, role: str, data: np.ndarray | bytes) -> None:
        raw = data if isinstance(data, bytes) else np.ascontiguousarray(data, dtype=FILES[role].dtype).tobytes()
        self._handles[role].write(raw)
        entry = self.entries[role]
        entry["bytes"] += len(raw)
        entry["crc32"] = zlib.crc32(raw, entry["crc32"])

    def close(self, sync: bool = True) -> dict[str, dict]:
        """Flush (and fsync) everything; returns the manifest's ``files`` table."""
        for fh in self._handles.values():
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
            fh.close()
        self._handles = {}
        return {role: dict(e) for role, e in self.entries.items()}

    def abort(self) -> None:
        for fh in self._handles.values():
            fh.close()
        self._handles = {}


def write_manifest(index_dir: Path, manifest: dict) -> None:
    """Replace manifest.json atomically (write a temp file, fsync, rename, fsync the folder)."""
    tmp = index_dir / f".{MANIFEST}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        # (dumps, not dump: dump writes piece by piece from the pure-Python encoder, 2-3x slower)
        f.write(json.dumps(manifest, ensure_ascii=False, separators=(",", ":")))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / MANIFEST)
    _fsync_dir(index_dir)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def referenced(manifest: dict | None) -> set[str]:
    """File names a manifest needs."""
    if not manifest:
        return set()
    names = {e["name"] for e in manifest.get("files", {}).values()}
    ann_file = (manifest.get("ann") or {}).get("file")
    if ann_file:
        names.add(ann_file)
    return names


def next_generation(index_dir: Path, manifest: dict | None) -> int:
    """A generation number no file in the folder uses yet (so a new generation never overwrites
    a file that the current manifest, usable or not, still names)."""
    used = [int(manifest["generation"])] if manifest and _is_int(manifest.get("generation")) else [0]
    for path in index_dir.iterdir():
        m = _OWN_FILE.match(path.name)
        if m and m.group(1):
            used.append(int(m.group(1)))
    return max(used) + 1


def remove_unreferenced(index_dir: Path, manifest: dict) -> None:
    """Delete our data files the manifest does not name (old generations, crashed builds' leftovers);
    other files are left alone. Readers that still map an old file keep it alive until they let go
    (POSIX unlink semantics)."""
    keep = referenced(manifest)
    for path in index_dir.iterdir():
        if path.name not in keep and _OWN_FILE.match(path.name) and path.is_file():
            try:
                path.unlink()
            except OSError:
                pass


class BuildLock:
    """An exclusive lock on the index folder, so two builds never write at once.

    Waits up to ``timeout`` seconds (default ``LOCK_TIMEOUT``; telling ``on_wait`` once), then
    raises ``IndexProblem``."""

    def __init__(self, index_dir: Path, timeout: float | None = None, on_wait=None):
        self.path = index_dir / LOCK
        self.timeout = LOCK_TIMEOUT if timeout is None else timeout
        self.on_wait = on_wait
        self._fh = None

    def __enter__(self) -> "BuildLock":
        import fcntl

        self._fh = open(self.path, "a+")
        deadline = time.monotonic() + self.timeout
        told = False
        while True:
            try:
                fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() > deadline:
                    self._fh.close()
                    raise IndexProblem(
                        f"another build of {self.path.parent} is still running after {self.timeout:.0f} s; "
                        "wait for it to finish, then try again"
                    ) from None
                if not told and self.on_wait is not None:
                    self.on_wait("another build of this index is running; waiting for it to finish")
                    told = True
                time.sleep(0.2)
        return self

    def __exit__(self, *exc) -> None:
        import fcntl

        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
