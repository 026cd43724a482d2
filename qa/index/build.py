"""Seeds folder → index folder, incrementally.

Only new or changed files are read, chunked and embedded; unchanged files keep their vectors;
removed files drop out. Everything is appended to the current files and made visible by one atomic
manifest write at the end. When deleted rows pile up (or on ``full=True`` without re-embedding the
unchanged), live rows are copied into a fresh generation of files."""

from __future__ import annotations

import errno
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from qa import config

from qa.index import dense as ann

from qa.index import store
from qa.ingest.chunks import chunk_document
from qa.ingest.documents import discover, load_document, relative_source, sha256
from qa.encode.encoder import Encoder, load_encoder
from qa.records import BuildReport, Skipped
from qa.index.writer import Stream, copy_document, read_vocab

Progress = Callable[[int, int], None]   # (bytes done, bytes total) of articles to embed
Log = Callable[[str], None]

# A file modified this close to when it was looked at may change again without its size or
# modification time showing it (timestamps are coarse): record its mtime as unknown (-1), so the
# next build compares its content hash instead ("racy git").
_RACY_NS = 2_000_000_000


def chunking_params() -> dict:
    return {
        "target": config.CHUNK_TARGET, "limit": config.CHUNK_LIMIT, "overlap": config.CHUNK_OVERLAP,
        "sentence_max_words": config.SENTENCE_MAX_WORDS, "title_max_tokens": config.TITLE_MAX_TOKENS,
        "title_in_chunks": config.TITLE_IN_CHUNKS, "units": "encoder sizes",
    }


def build_index(
    seeds_dir: str | os.PathLike | None = None,
    index_dir: str | os.PathLike | None = None,
    *,
    full: bool = False,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
    log: Log | None = None,
) -> BuildReport:
    """Bring the index in ``index_dir`` up to date with the articles in ``seeds_dir``.

    ``full=True`` re-reads and re-embeds every file. Files that cannot be used are skipped and
    named in the report; they never stop the build. Raises ``IndexProblem`` when the index folder
    cannot be written, ``FileNotFoundError`` when the seeds folder does not exist."""
    seeds = config.seeds_dir(seeds_dir)
    index = config.index_dir(index_dir)
    if seeds.resolve() == index.resolve():
        raise store.IndexProblem(f"the index cannot be kept in the seeds folder {seeds} itself: "
                                 f"build it elsewhere with --index DIR (or {config.INDEX_ENV}=DIR)")
    encoder = load_encoder() if encoder is None else encoder
    try:
        index.mkdir(parents=True, exist_ok=True)
        lock = store.BuildLock(index, on_wait=log)
        lock.__enter__()
    except (FileExistsError, NotADirectoryError):
        raise store.IndexProblem(f"{index} is not a folder: build elsewhere with --index DIR (or {config.INDEX_ENV}=DIR)") from None
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        raise store.IndexProblem(
            f"cannot write to {index}: {exc.strerror}. Make it writable, or build elsewhere with "
            f"--index DIR (or {config.INDEX_ENV}=DIR)"
        ) from None
    try:
        return _Build(seeds, index, encoder, full, progress, log).run()
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise store.IndexProblem(
                f"cannot write to {index}: {exc.strerror}. Make it writable, or build elsewhere with --index DIR"
            ) from None
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise store.IndexProblem(
                f"cannot write to {index}: {exc.strerror}. Free some space and build again (the previous "
                "index is unchanged), or build elsewhere with --index DIR"
            ) from None
        raise
    finally:
        lock.__exit__(None, None, None)


@dataclass
class _Plan:
    keep: list[dict]            # manifest entries of unchanged documents
    embed: list[Path]           # files to read and embed
    added: list[str]
    changed: list[str]
    removed: list[str]
    unchanged: list[str]
    skipped: list[Skipped]


class _Build:
    def __init__(self, seeds: Path, index: Path, encoder: Encoder, full: bool, progress, log):
        self.seeds, self.index, self.encoder = seeds, index, encoder
        self.full, self.progress, self.log = full, progress, log or (lambda msg: None)
        self.warnings: list[str] = []
        self.graph_damaged = False
        self.t0 = time.perf_counter()

    # -- the previous index -------------------------------------------------------------------
    def _previous(self) -> tuple[dict | None, dict | None]:
        """(manifest, arrays) of a usable previous index, else (None, None) with a warning."""
        try:
            old = store.read_manifest(self.index)
            if old is None:
                return None, None
            store.check_manifest(old, self.index, self.encoder.name, self.encoder.dim)
            if old.get("chunking") != chunking_params():
                self.warnings.append("chunking settings changed since the last build: rebuilt all articles")
                return None, None
            arrays = store.load_arrays(self.index, old)
            store.check_arrays(old, arrays, self.index)
            info = old.get("ann") or {}
            if info.get("kind") == "hnsw" and not _graph_ok(self.index / info["file"], info["crc32"]):
                self.warnings.append(f"search graph {info['file']} missing or damaged: rebuilt it")
                self.graph_damaged = True
                old = {**old, "ann": {"kind": "flat"}}      # so that _ann builds a whole new graph
            return old, arrays
        except (store.IndexProblem, KeyError, TypeError, ValueError) as exc:
            self.warnings.append(f"previous index not usable ({exc}); rebuilt from scratch")
            return None, None

    def _plan(self, old: dict | None) -> _Plan:
        paths, skipped = discover(self.seeds)
        own = self.index.resolve()     # an index kept inside seeds/: its files are not articles
        if own.is_relative_to(self.seeds.resolve()):    # (resolving every path costs ~60 µs a file)
            paths = [p for p in paths if not p.resolve().is_relative_to(own)]
        old_docs = {d["source"]: d for d in (old or {}).get("documents", [])}
        plan = _Plan([], [], [], [], [], [], list(skipped))
        seen: set[str] = set()
        for path in paths:
            rel = relative_source(path, self.seeds)
            seen.add(rel)
            prev = old_docs.get(rel)
            if prev is None:
                plan.embed.append(path)
                plan.added.append(rel)
                continue
            try:
                st = path.stat()
                same = st.st_size == prev["size"] and st.st_mtime_ns == prev["mtime_ns"]
                if not same:
                    same = sha256(path.read_bytes()) == prev["sha256"]
            except OSError as exc:
                plan.skipped.append(Skipped(rel, f"cannot read: {exc.strerror}"))
                continue
            if same:
                plan.unchanged.append(rel)
                if self.full:       # re-embedded all the same, but reported as what it is
                    plan.embed.append(path)
                else:
                    plan.keep.append({**prev, "size": st.st_size, "mtime_ns": _trusted_mtime(st.st_mtime_ns)})
            else:
                plan.embed.append(path)
                plan.changed.append(rel)
        plan.removed = sorted(
            s for s in old_docs
            if s not in seen or (s in {k.source for k in plan.skipped} and s not in plan.unchanged)
        )
        return plan

    # -- the build ----------------------------------------------------------------------------
    def run(self) -> BuildReport:
        old, arrays = self._previous()
        plan = self._plan(old)
        old_rows = int(old["rows"]) if old else 0
        live_kept = sum(d["rows"][1] - d["rows"][0] for d in plan.keep)
        dead = old_rows - live_kept
        compact = old is None or self.full or (old_rows and dead / old_rows > config.COMPACT_DEAD_SHARE)
        if old is not None and not compact and not plan.embed and not plan.removed and not self.graph_damaged:
            before = {d["source"]: (d["size"], d["mtime_ns"]) for d in old["documents"]}
            if any(before.get(k["source"]) != (k["size"], k["mtime_ns"]) for k in plan.keep):
                store.write_manifest(self.index, {**old, "documents": sorted(plan.keep, key=lambda d: d["source"])})
            store.remove_unreferenced(self.index, old)     # what an interrupted build left behind
            return self._report(plan, old, embedded=0)

        # A new generation never reuses a file name that is still around (the current manifest,
        # usable or not, must keep naming intact files until the new one replaces it).
        generation = store.next_generation(self.index, old) if compact else old["generation"]
        appender = store.Appender(self.index, generation, None if compact else old["files"])
        # Term ids stay stable across builds (the vocabulary only grows) unless nothing is kept.
        vocab = read_vocab(arrays) if (old is not None and plan.keep) else {}
        written = 0 if compact else len(vocab)
        try:
            kept = [copy_document(appender, arrays, d) for d in plan.keep] if compact else list(plan.keep)
            new_docs = self._embed(plan, appender, vocab, {d["sha256"]: d["source"] for d in kept})
            appender.append("vocab", "".join(t + "\n" for t in list(vocab)[written:]).encode("utf-8"))
            files = appender.close()
        except BaseException:
            appender.abort()
            raise
        documents = sorted(kept + new_docs, key=lambda d: d["source"])
        rows = appender.rows("chunks")
        manifest = {
            "format": config.FORMAT_VERSION,
            "model": self.encoder.name,
            "dim": self.encoder.dim,
            "normalized": True,
            "metric": "inner_product",
            "chunking": chunking_params(),
            "bm25": {"k1": config.BM25_K1, "b": config.BM25_B, "tokenizer": "\\w+, stop words, snowball english"},
            "generation": generation,
            "rows": rows,
            "live_rows": sum(d["rows"][1] - d["rows"][0] for d in documents),
            "sentences": appender.rows("sentences"),
            "files": files,
            "documents": documents,
            "ann": self._ann(old, compact, files, rows),
            "versions": _versions(),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        store.write_manifest(self.index, manifest)
        store.remove_unreferenced(self.index, manifest)
        return self._report(plan, manifest, embedded=sum(d["rows"][1] - d["rows"][0] for d in new_docs))

    def _embed(self, plan: _Plan, appender: store.Appender, vocab: dict, hashes: dict[str, str]) -> list[dict]:
        """Read, chunk, embed and append every planned file; returns their manifest entries."""
        sizes = {p: _size(p) for p in plan.embed}
        self._bytes_total = sum(sizes.values())
        self._bytes_done = 0
        stream = Stream(self.encoder, appender, vocab, self._advance)
        entries: list[dict] = []
        for path in plan.embed:
            rel = relative_source(path, self.seeds)
            try:
                doc = load_document(path, self.seeds)
                chunks = chunk_document(doc, self.encoder.sizes, limit=config.CHUNK_LIMIT)
                if not chunks:
                    raise ValueError("no article text")
            except (ValueError, OSError) as exc:
                why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                plan.skipped.append(Skipped(rel, why))
                _drop(plan, rel)
                self._advance(sizes[path])
                continue
            if doc.sha256 in hashes:
                plan.skipped.append(Skipped(rel, f"same text as {hashes[doc.sha256]} (indexed once)"))
                _drop(plan, rel)
                self._advance(sizes[path])
                continue
            hashes[doc.sha256] = rel
            entry = {
                "source": doc.source, "title": doc.title, "sha256": doc.sha256, "size": doc.size,
                "mtime_ns": _trusted_mtime(doc.mtime_ns), "encoding": doc.encoding,
            }
            entries.append(entry)
            stream.add(doc, chunks, entry, sizes[path])
            del doc, chunks
        stream.close()
        return entries

    def _advance(self, nbytes: int) -> None:
        """Count ``nbytes`` more of the planned files as done and tell ``progress``."""
        self._bytes_done += nbytes
        if self.progress is not None:
            self.progress(min(self._bytes_done, self._bytes_total), self._bytes_total)

    def _ann(self, old: dict | None, compact: bool, files: dict, rows: int) -> dict:
        """Decide exact or HNSW search, and bring the HNSW graph up to date when it is due."""
        prev = (old or {}).get("ann") or {}
        if rows < config.ANN_MIN_CHUNKS:
            return {"kind": "flat"}
        graph_rows = 0 if compact else int(prev.get("rows", 0))
        if prev.get("kind") == "hnsw" and not compact and rows - graph_rows <= config.ANN_DELTA_MAX:
            return prev        # the delta is searched exactly until it grows
        vectors = np.memmap(self.index / files["vectors"]["name"], dtype="<f4", mode="r",
                            shape=(rows, self.encoder.dim))
        if graph_rows and prev.get("file"):
            graph = ann.load(self.index / prev["file"])
        else:
            graph, graph_rows = ann.new_hnsw(self.encoder.dim), 0
        self.log(f"adding {rows - graph_rows} vectors to the HNSW graph")
        ann.add_in_batches(graph, vectors[graph_rows:rows])
        name = f"hnsw-{int(time.time() * 1000):x}.faiss"
        ann.save(graph, self.index / name)
        return {"kind": "hnsw", "file": name, "rows": rows, "M": config.HNSW_M,
                "ef_construction": config.HNSW_EF_CONSTRUCTION, "ef_search": config.HNSW_EF_SEARCH,
                "crc32": store.file_crc(self.index / name)}

    def _report(self, plan: _Plan, manifest: dict, embedded: int) -> BuildReport:
        return BuildReport(
            index_dir=str(self.index),
            added=tuple(plan.added), changed=tuple(plan.changed), removed=tuple(plan.removed),
            unchanged=tuple(plan.unchanged), skipped=tuple(plan.skipped), warnings=tuple(self.warnings),
            documents=len(manifest["documents"]), chunks=int(manifest.get("live_rows", 0)),
            embedded=embedded, seconds=time.perf_counter() - self.t0, full=self.full,
        )


def _drop(plan: _Plan, rel: str) -> None:
    """A planned file turned out unusable: it is not added, and if it was indexed it is removed."""
    if rel in plan.added:
        plan.added.remove(rel)
    for was_indexed in (plan.changed, plan.unchanged):    # unchanged: re-read by a full build
        if rel in was_indexed:
            was_indexed.remove(rel)
            plan.removed.append(rel)
            plan.removed.sort()


def _trusted_mtime(mtime_ns: int) -> int:
    """``mtime_ns`` to record, or -1 ("compare the content next time") when it is too recent to
    tell a later change apart (see ``_RACY_NS``)."""
    return mtime_ns if mtime_ns < time.time_ns() - _RACY_NS else -1


def _graph_ok(path: Path, crc: int) -> bool:
    try:
        return store.file_crc(path) == crc
    except OSError:
        return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _versions() -> dict:
    import faiss

    out = {"python": platform.python_version(), "numpy": np.__version__, "faiss": faiss.__version__}
    torch = sys.modules.get("torch")    # loaded with the real encoder; importing it costs seconds
    if torch is not None:
        out["torch"] = torch.__version__
    return out
