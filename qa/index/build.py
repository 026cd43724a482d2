"""Seeds folder → index folder, incrementally (``build_index``).

Only new or changed files are read, chunked and embedded (``qa.index.plan``); unchanged files keep
their vectors; removed files drop out. Everything is appended to the current files and made visible
by one atomic manifest write at the end. When deleted rows pile up (or on ``full=True``), live rows
are copied into a fresh generation of files."""

from __future__ import annotations

import errno
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from qa.encode.encoder import Encoder, Progress
from qa.index import files
from qa.index.backends import backend_of, choose
from qa.index.format import (
    FORMAT_VERSION,
    IndexProblem,
    check_arrays,
    check_index_folder,
    check_manifest,
    read_manifest,
    story_entries,
    without_remedy,
)
from qa.index.plan import Plan, plan_build, reread, skip_copies, trusted_mtime
from qa.index.writer import Stream, copy_document, read_vocab
from qa.ingest.chunks import chunk_document
from qa.ingest.seeds import check_seeds, load_document, reading_digest, reading_rules, relative_source
from qa.ingest.sentences import SENTENCE_RULES
from qa.records import BuildReport, Chunk, Document
from qa.settings import DEFAULT, INDEX_ENV, Settings
from qa.settings import index_dir as default_index_dir
from qa.settings import seeds_dir as default_seeds_dir

Log = Callable[[str], None]


class Embedder(Protocol):
    """Reads, chunks and encodes a build's new and changed files and appends their rows in plan
    order, returning their manifest entries: in this process by default (``embed_here``), or on a
    Ray cluster (``qa.index.cluster``)."""

    def __call__(self, job: "EmbedJob") -> list[dict]: ...


@dataclass
class EmbedJob:
    """One build's files to embed, where their rows go, and the bookkeeping every embedder shares."""

    plan: Plan
    seeds: Path
    appender: files.Appender
    vocab: dict[str, int]
    hashes: dict[str, dict]             # sha256 → manifest entry of every article in the index so far
    sizes: dict[Path, int]              # bytes of each file to embed (what progress counts)
    advance: Callable[[int], None]      # progress: this many more bytes done
    encoder: Encoder
    settings: Settings
    entries: list[dict] = field(default_factory=list)

    def accept(self, path: Path, doc: Document | None, problem: str = "") -> dict | None:
        """The manifest entry for ``doc`` read from ``path``, to be filled in by the writer; None
        (and the file reported as skipped) when it could not be read (``problem``) or holds the same
        text as an article already indexed (the file is then named in that article's ``also``, so
        that answers from it can say where else the same text is)."""
        rel = relative_source(path, self.seeds)
        if doc is None or doc.sha256 in self.hashes:
            if doc is not None:
                same = self.hashes[doc.sha256]
                same["also"] = sorted({*same.get("also", ()), rel})
                problem = f"same text as {same['source']} (indexed once)"
            else:
                self.plan.remember(rel, path, problem)
            self.plan.drop(rel, problem)
            self.advance(self.sizes[path])
            return None
        entry = document_entry(doc)
        self.hashes[doc.sha256] = entry
        self.entries.append(entry)
        return entry


def read_chunks(path: Path, seeds: Path, size, settings: Settings,
                read: Document | None = None) -> tuple[Document, list[Chunk]]:
    """A seed file read through its Loader (unless this build has ``read`` it already) and chunked,
    as every build does it. Raises ``ValueError`` or ``OSError`` for a file that cannot be used
    (``why`` says it in words)."""
    doc = load_document(path, seeds) if read is None else read
    chunks = chunk_document(doc, size, settings)
    if not chunks:
        raise ValueError("no article text")
    return doc, chunks


def why(exc: Exception) -> str:
    """Why a file was skipped, in words, from what ``read_chunks`` raised."""
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def embed_here(job: EmbedJob) -> list[dict]:
    """Read, chunk and encode every planned file in this process, in bounded batches (``Stream``)."""
    stream = Stream(job.encoder, job.appender, job.vocab, job.advance, job.settings)
    for path in job.plan.embed:
        try:
            doc, chunks = read_chunks(path, job.seeds, job.encoder.sizes, job.settings, job.plan.read.pop(path, None))
        except (ValueError, OSError) as exc:
            job.accept(path, None, why(exc))
            continue
        entry = job.accept(path, doc)
        if entry is not None:
            stream.add(doc, chunks, entry, job.sizes[path])
        del doc, chunks
    stream.close()
    return job.entries


def build_index(
    seeds_dir: str | os.PathLike | None = None,
    index_dir: str | os.PathLike | None = None,
    *,
    full: bool = False,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
    log: Log | None = None,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
) -> BuildReport:
    """Bring the index in ``index_dir`` up to date with the articles in ``seeds_dir``.

    ``full=True`` re-reads and re-embeds every file. ``progress(done, total)`` counts bytes of the
    files to embed. Files that cannot be used are skipped and named in the report; they never stop
    the build. ``embedder``: where files are read, chunked and encoded (default: here, with
    ``encoder``; ``qa.index.cluster.build_on_ray`` passes a Ray cluster's). Raises ``IndexProblem``
    when the index folder cannot be written, ``FileNotFoundError`` when the seeds folder does not exist."""
    seeds = default_seeds_dir(seeds_dir)
    index = default_index_dir(index_dir)
    settings = DEFAULT if settings is None else settings
    elsewhere = f"build elsewhere with --index DIR (or {INDEX_ENV}=DIR)"
    if seeds.resolve() == index.resolve():
        raise IndexProblem(f"the index cannot be kept in the seeds folder {seeds} itself: {elsewhere}")
    check_seeds(seeds)          # before making the index folder: a mistyped seeds folder leaves nothing behind
    check_index_folder(index)
    if encoder is None:
        from qa.encode.minilm import load_encoder

        encoder = load_encoder()
    try:
        index.mkdir(parents=True, exist_ok=True)
        lock = files.BuildLock(index, on_wait=log)
        lock.__enter__()
    except (FileExistsError, NotADirectoryError):
        raise IndexProblem(f"{index} is not a folder: {elsewhere}") from None
    except OSError as exc:
        if exc.errno == errno.ENOENT:           # a place where no folder can be made, such as /proc
            raise IndexProblem(f"cannot make the index folder {index}: {exc.strerror}: {elsewhere}") from None
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        raise IndexProblem(f"cannot write to {index}: {exc.strerror}. Make it writable, or {elsewhere}") from None
    try:
        return _Build(seeds, index, encoder, full, progress, log, settings, embedder).run()
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise IndexProblem(f"cannot write to {index}: {exc.strerror}. Make it writable, or {elsewhere}") from None
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise IndexProblem(f"cannot write to {index}: {exc.strerror}. Free some space and build again (the "
                               f"previous index is unchanged), or {elsewhere}") from None
        raise
    finally:
        lock.__exit__(None, None, None)


def chunking(settings: Settings) -> dict:
    """How articles are cut into chunks, as the manifest records it: the settings, and the version of
    the sentence rules (``sentences.SENTENCE_RULES``)."""
    return {**settings.chunking(), "sentences": SENTENCE_RULES}


def chunked_otherwise(manifest: dict, settings: Settings) -> bool:
    """Whether the index was cut into chunks with other settings or sentence rules (a build then
    embeds every article)."""
    return manifest.get("chunking") != chunking(settings)


def read_otherwise(manifest: dict) -> bool:
    """Whether the index was read by another version's ``reading_rules`` (a build then reads its
    articles again and embeds those whose text changed)."""
    return manifest.get("reading") != reading_rules()


def out_of_date(manifest: dict, settings: Settings | None = None) -> list[str]:
    """Why an index (its ``manifest``) is not what a build with ``settings`` would make of the same
    files, in words (none when it is)."""
    why = []
    if chunked_otherwise(manifest, DEFAULT if settings is None else settings):
        why.append("it was cut into chunks with other settings or sentence rules")
    if read_otherwise(manifest):
        why.append("it was read by another version's rules")
    return why


def document_entry(doc) -> dict:
    """A document's manifest entry before its rows are known (``Stream`` fills them in)."""
    entry = {"source": doc.source, "title": doc.title, "sha256": doc.sha256, "size": doc.size,
             "mtime_ns": trusted_mtime(doc.mtime_ns), "encoding": doc.encoding, "read": reading_digest(doc)}
    for key in ("date", "publisher", "author", "extracted"):
        if getattr(doc, key):
            entry[key] = getattr(doc, key)
    if doc.stories:
        entry["stories"] = story_entries(doc.stories)
    return entry


class _Build:
    def __init__(self, seeds: Path, index: Path, encoder: Encoder, full: bool, progress, log, settings: Settings,
                 embedder: Embedder | None = None):
        self.seeds, self.index, self.encoder, self.settings = seeds, index, encoder, settings
        self.embedder = embed_here if embedder is None else embedder
        self.full, self.progress, self.log = full, progress, log or (lambda msg: None)
        self.warnings: list[str] = []
        self.dense_damaged = False
        self.t0 = time.perf_counter()
        self._bytes_done = self._bytes_total = 0      # progress: of re-reading kept files, then embedding

    def _previous(self) -> tuple[dict | None, dict | None]:
        """(manifest, arrays) of a usable previous index, else (None, None) with a warning."""
        try:
            old = read_manifest(self.index)
            if old is None:
                return None, None
            check_manifest(old, self.index, self.encoder.name, self.encoder.dim)
            if chunked_otherwise(old, self.settings):
                self.warnings.append("chunking settings changed since the last build: rebuilt all articles")
                return None, None
            arrays = files.load_arrays(self.index, old)
            check_arrays(old, arrays, self.index)
            entry = old.get("ann") or {}
            problem = backend_of(entry).problem(self.index, entry, int(old["rows"]))
            if problem:
                self.warnings.append(f"dense search files not usable ({problem}): rebuilt them")
                self.dense_damaged = True
                old = {**old, "ann": {"kind": "flat"}}      # so that nothing of them is reused
            return old, arrays
        except (IndexProblem, KeyError, TypeError, ValueError) as exc:
            self.warnings.append(f"previous index not usable ({without_remedy(str(exc))}); rebuilt from scratch")
            return None, None

    def run(self) -> BuildReport:
        old, arrays = self._previous()
        reread_kept = old is not None and read_otherwise(old)
        plan = plan_build(self.seeds, self.index, old, self.full, same_rules=not reread_kept)
        rules = reading_rules()
        if reread_kept and not self.full and plan.keep:
            kept = len(plan.keep)
            self.log(f"this version reads articles differently: reading {kept} kept articles again")
            # One bar for both steps: the re-read files' bytes, then those to embed (more when the
            # re-reading adds some).
            self._bytes_total = sum(int(e.get("size", 0)) for e in plan.keep) + sum(map(_size, plan.embed))
            again = reread(plan, self.seeds, self._advance, keep=self.embedder is embed_here)   # Ray reads on workers
            if again:
                self.warnings.append(f"this version reads articles differently: {again} of the {kept} articles "
                                     f"read again gave other text and were embedded again")
        skip_copies(plan, self.seeds, old)
        old_rows = int(old["rows"]) if old else 0
        dead = old_rows - sum(d["rows"][1] - d["rows"][0] for d in plan.keep)
        compact = old is None or self.full or (old_rows and dead / old_rows > self.settings.compact_dead_share)
        if old is not None and not compact and not plan.embed and not plan.removed and not self.dense_damaged:
            # Nothing to read: the manifest changes only in what the plan found (times, copies,
            # unusable files) and the reading rules.
            documents = sorted(plan.keep, key=lambda d: d["source"])
            if documents != old["documents"] or plan.unusable != old.get("unusable", {}) or reread_kept:
                files.write_manifest(self.index, {**old, "documents": documents, "reading": rules,
                                                  "unusable": plan.unusable})
            files.remove_unreferenced(self.index, old)     # what an interrupted build left behind
            return self._report(plan, old, embedded=0)

        # A new generation never reuses a file name that is still around (the current manifest,
        # usable or not, must keep naming intact files until the new one replaces it).
        generation = files.next_generation(self.index, old) if compact else old["generation"]
        appender = files.Appender(self.index, generation, None if compact else old["files"])
        # Term ids stay stable across builds (the vocabulary only grows) unless nothing is kept.
        vocab = read_vocab(arrays) if (old is not None and plan.keep) else {}
        written = 0 if compact else len(vocab)
        try:
            kept = [copy_document(appender, arrays, d) for d in plan.keep] if compact else list(plan.keep)
            new_docs = self._embed(plan, appender, vocab, {d["sha256"]: d for d in kept})
            appender.append("vocab", "".join(t + "\n" for t in list(vocab)[written:]).encode("utf-8"))
            table = appender.close()
        except BaseException:
            appender.abort()
            raise
        documents = sorted(kept + new_docs, key=lambda d: d["source"])
        rows = appender.rows("chunks")
        manifest = {
            "format": FORMAT_VERSION,
            "model": self.encoder.name,
            "dim": self.encoder.dim,
            "normalized": True,
            "metric": "inner_product",
            "chunking": chunking(self.settings),
            "bm25": self.settings.bm25(),
            "reading": rules,
            "generation": generation,
            "rows": rows,
            "live_rows": sum(d["rows"][1] - d["rows"][0] for d in documents),
            "sentences": appender.rows("sentences"),
            "files": table,
            "documents": documents,
            "unusable": plan.unusable,
            "ann": self._dense(old, compact, table, rows),
            "versions": _versions(),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        files.write_manifest(self.index, manifest)
        files.remove_unreferenced(self.index, manifest)
        return self._report(plan, manifest, embedded=sum(d["rows"][1] - d["rows"][0] for d in new_docs))

    def _embed(self, plan: Plan, appender: files.Appender, vocab: dict, hashes: dict[str, dict]) -> list[dict]:
        """Read, chunk, embed and append every planned file; returns their manifest entries."""
        sizes = {p: _size(p) for p in plan.embed}
        self._bytes_total = self._bytes_done + sum(sizes.values())
        if self.progress is not None and self._bytes_total:
            self.progress(self._bytes_done, self._bytes_total)      # embedding starts
        return self.embedder(EmbedJob(plan, self.seeds, appender, vocab, hashes, sizes, self._advance, self.encoder,
                                      self.settings))

    def _advance(self, nbytes: int) -> None:
        """Count ``nbytes`` more of the planned files as done and tell ``progress``."""
        self._bytes_done += nbytes
        if self.progress is not None:
            self.progress(min(self._bytes_done, self._bytes_total), self._bytes_total)

    def _dense(self, old: dict | None, compact: bool, table: dict, rows: int) -> dict:
        """The dense backend for this many rows, brought up to date; its manifest entry."""
        dim = self.encoder.dim
        path = self.index / table["vectors"]["name"]
        vectors = np.memmap(path, dtype="<f4", mode="r", shape=(rows, dim)) if rows else np.zeros((0, dim), np.float32)
        previous = (old or {}).get("ann") or {}
        return choose(rows, self.settings).update(self.index, vectors, previous, bool(compact), self.settings, self.log)

    def _report(self, plan: Plan, manifest: dict, embedded: int) -> BuildReport:
        if not manifest["documents"]:
            self.warnings.append(f"no article indexed: put .txt, .md or .html articles in {self.seeds} and build again")
        return BuildReport(
            index_dir=str(self.index),
            added=tuple(plan.added), changed=tuple(plan.changed), removed=tuple(plan.removed),
            unchanged=tuple(plan.unchanged), skipped=tuple(plan.skipped), warnings=tuple(self.warnings),
            renamed=tuple(plan.renamed),
            documents=len(manifest["documents"]), chunks=int(manifest.get("live_rows", 0)),
            embedded=embedded, seconds=time.perf_counter() - self.t0, full=self.full,
        )


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
