"""The index folder's files: reading them as arrays, appending rows, replacing the manifest
atomically, cleaning up old generations, and the lock that keeps two builds apart.

A build that dies half-way leaves bytes past the recorded lengths, which readers ignore and the
next build cuts off: the previous index stays loadable. Compaction writes a new generation of files
and deletes the old ones only after the new manifest is in place."""

from __future__ import annotations

import errno
import json
import os
import time
import zlib
from pathlib import Path

import numpy as np

from qa.index.format import FILES, MANIFEST, OWN_FILE, IndexProblem, file_name, is_int, remedy

LOCK = ".lock"
LOCK_TIMEOUT = 600.0    # seconds a build waits for another build of the same index to finish


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
    """Every data file as an array of exactly its recorded length, memory-mapped read-only (unless
    ``mmap`` is False), so an index of millions of rows only keeps in memory what is read.

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
            elif mmap:   # (checked files too: the check streams them; only pages read stay resident)
                # A plain ndarray over the mapping: indexing np.memmap itself costs ~0.1 ms an element.
                arr = np.asarray(np.memmap(path, dtype=spec.dtype, mode="r", shape=(count,)))
            else:
                arr = np.fromfile(path, dtype=spec.dtype, count=count)
            arrays[role] = arr.reshape(-1, width) if width > 1 else arr
        except FileNotFoundError:      # (also when a build deletes it while we read: Index.load retries)
            raise IndexProblem(f"{path} is missing: {remedy(index_dir)}") from None
        except ValueError:             # a length that is not whole rows, or a file cut while we read
            raise IndexProblem(f"{path} does not hold whole rows of {nbytes} bytes: {remedy(index_dir)}") from None
    return arrays


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
    used = [int(manifest["generation"])] if manifest and is_int(manifest.get("generation")) else [0]
    for path in index_dir.iterdir():
        m = OWN_FILE.match(path.name)
        if m and m.group(1):
            used.append(int(m.group(1)))
    return max(used) + 1


def remove_unreferenced(index_dir: Path, manifest: dict) -> None:
    """Delete our data files the manifest does not name (old generations, crashed builds' leftovers);
    other files are left alone. Readers that still map an old file keep it alive until they let go
    (POSIX unlink semantics)."""
    keep = referenced(manifest)
    for path in index_dir.iterdir():
        if path.name not in keep and OWN_FILE.match(path.name) and path.is_file():
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
