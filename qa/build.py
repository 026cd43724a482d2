"""Seeds folder → index folder, incrementally.

Only new or changed files are read, chunked and embedded; unchanged files keep their vectors;
removed files drop out. Everything is appended to the current files and made visible by one atomic
manifest write at the end. When deleted rows pile up (or on ``full=True`` without re-embedding the
unchanged), live rows are copied into a fresh generation of files."""

from __future__ import annotations

import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from . import ann, config, store
from .chunking import chunk_document
from .documents import discover, load_document, relative_source, sha256
from .embedding import Encoder, load_encoder
from .lexical import term_counts, tokenize
from .records import BuildReport, Chunk, Document, Skipped

Progress = Callable[[int, int], None]   # (bytes done, bytes total) of articles to embed
Log = Callable[[str], None]

# Encode this many chunks at a time (bounded memory however large the corpus or one file).
_BATCH_CHUNKS = 512


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
    encoder = load_encoder() if encoder is None else encoder
    try:
        index.mkdir(parents=True, exist_ok=True)
        lock = store.BuildLock(index, on_wait=log)
        lock.__enter__()
    except PermissionError:
        raise store.IndexProblem(
            f"cannot write to {index}: permission denied. Make it writable, or build elsewhere with "
            f"--index DIR (or {config.INDEX_ENV}=DIR)"
        ) from None
    try:
        return _Build(seeds, index, encoder, full, progress, log).run()
    except OSError as exc:
        if exc.errno in (13, 30):   # EACCES, EROFS
            raise store.IndexProblem(
                f"cannot write to {index}: {exc.strerror}. Make it writable, or build elsewhere with --index DIR"
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
            return old, arrays
        except store.IndexProblem as exc:
            self.warnings.append(f"previous index not usable ({exc}); rebuilt from scratch")
            return None, None

    def _plan(self, old: dict | None) -> _Plan:
        paths, skipped = discover(self.seeds)
        old_docs = {d["source"]: d for d in (old or {}).get("documents", [])}
        plan = _Plan([], [], [], [], [], [], list(skipped))
        seen: set[str] = set()
        for path in paths:
            rel = relative_source(path, self.seeds)
            seen.add(rel)
            prev = old_docs.get(rel)
            if prev is None or self.full:
                plan.embed.append(path)
                (plan.changed if prev is not None else plan.added).append(rel)
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
                plan.keep.append({**prev, "size": st.st_size, "mtime_ns": st.st_mtime_ns})
                plan.unchanged.append(rel)
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
        if old is not None and not compact and not plan.embed and not plan.removed:
            if any(k["mtime_ns"] != o["mtime_ns"] for k, o in zip(plan.keep, old["documents"])):
                store.write_manifest(self.index, {**old, "documents": sorted(plan.keep, key=lambda d: d["source"])})
            return self._report(plan, old, embedded=0)

        generation = (old["generation"] + 1) if (compact and old) else (old["generation"] if old else 1)
        appender = store.Appender(self.index, generation, None if compact else old["files"])
        # Term ids stay stable across builds (the vocabulary only grows) unless nothing is kept.
        vocab = _read_vocab(arrays) if (old is not None and plan.keep) else {}
        written = 0 if compact else len(vocab)
        try:
            kept = [_copy_document(appender, arrays, d) for d in plan.keep] if compact else list(plan.keep)
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
        total = sum(_size(p) for p in plan.embed)
        done = 0
        entries: list[dict] = []
        pending: list[tuple[Document, list[Chunk], dict]] = []
        for path in plan.embed:
            rel = relative_source(path, self.seeds)
            try:
                doc = load_document(path, self.seeds)
            except (ValueError, OSError) as exc:
                why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                plan.skipped.append(Skipped(rel, why))
                _drop(plan, rel)
                continue
            if doc.sha256 in hashes:
                plan.skipped.append(Skipped(rel, f"same text as {hashes[doc.sha256]} (indexed once)"))
                _drop(plan, rel)
                continue
            hashes[doc.sha256] = rel
            chunks = chunk_document(doc, self.encoder.sizes, limit=config.CHUNK_LIMIT)
            entry = {
                "source": doc.source, "title": doc.title, "sha256": doc.sha256, "size": doc.size,
                "mtime_ns": doc.mtime_ns, "encoding": doc.encoding,
            }
            pending.append((doc, chunks, entry))
            entries.append(entry)
            if sum(len(c) for _, c, _ in pending) >= _BATCH_CHUNKS:
                self._flush(pending, appender, vocab)
                pending = []
            done += doc.size
            if self.progress is not None:
                self.progress(done, total)
        self._flush(pending, appender, vocab)
        return entries

    def _flush(self, pending, appender: store.Appender, vocab: dict) -> None:
        """Embed the chunks of ``pending`` documents together and append all their rows."""
        if not pending:
            return
        texts, spans = [], []
        for doc, chunks, _ in pending:
            prefix = _title_prefix(doc.title, self.encoder)
            for c in chunks:
                texts.append(prefix + c.text)
                shift = len(prefix) - c.start
                spans.append([(s + shift, e + shift) for s, e in c.sentences])
        vectors, span_vectors = self.encoder.encode_spans(texts, spans)
        row = 0
        for doc, chunks, entry in pending:
            sents = sorted({s for c in chunks for s in c.sentences})
            where = {s: i for i, s in enumerate(sents)}
            sent_vec = np.zeros((len(sents), self.encoder.dim), dtype=np.float32)
            for c in chunks:
                for s, v in zip(c.sentences, span_vectors[row]):
                    sent_vec[where[s]] += v      # a sentence in two windows: mean of both contexts
                row += 1
            norms = np.linalg.norm(sent_vec, axis=1, keepdims=True)
            sent_vec /= np.maximum(norms, 1e-12)
            _append_document(appender, doc, chunks, sents, where, sent_vec, vocab, entry)
        appender.append("vectors", vectors)

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
    if rel in plan.changed:
        plan.changed.remove(rel)
        plan.removed.append(rel)
        plan.removed.sort()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _title_prefix(title: str, encoder: Encoder) -> str:
    """The title line put before each chunk when embedding, cut to TITLE_MAX_TOKENS."""
    words = title.split()
    while words and encoder.sizes([" ".join(words)])[0] > config.TITLE_MAX_TOKENS:
        words = words[: max(0, len(words) * 3 // 4)]
    return " ".join(words) + "\n" if words else ""


def _append_document(appender, doc: Document, chunks: list[Chunk], sents, where, sent_vec, vocab, entry) -> None:
    """Append one document's chunk rows, texts, terms and sentences; fill in its row ranges."""
    row_lo, sent_lo = appender.rows("chunks"), appender.rows("sentences")
    title_terms = tokenize(doc.title) if config.TITLE_IN_CHUNKS else []
    table = np.zeros((len(chunks), len(store.CHUNK_COLS)), dtype=np.int64)
    text_off = appender.entries["texts"]["bytes"]
    term_off = appender.rows("terms")
    texts, terms, counts = [], [], []
    for i, c in enumerate(chunks):
        raw = c.text.encode("utf-8")
        ids, tf = term_counts(title_terms + tokenize(c.text), vocab)
        table[i] = (c.start, c.end, doc.text.count("\n", 0, c.start) + 1,
                    sent_lo + where[c.sentences[0]], sent_lo + where[c.sentences[-1]] + 1,
                    text_off, len(raw), term_off, len(ids))
        text_off += len(raw)
        term_off += len(ids)
        texts.append(raw)
        terms.append(ids)
        counts.append(tf)
    appender.append("chunks", table)
    appender.append("texts", b"".join(texts))
    appender.append("terms", np.concatenate(terms) if terms else np.zeros(0, np.int32))
    appender.append("counts", np.concatenate(counts) if counts else np.zeros(0, np.uint16))
    appender.append("sentences", np.array(sents, dtype=np.int64).reshape(-1, 2))
    appender.append("sentvec", sent_vec.astype(np.float16))
    entry["rows"] = [row_lo, row_lo + len(chunks)]
    entry["sentence_rows"] = [sent_lo, sent_lo + len(sents)]


def _vocab_list(arrays: dict) -> list[str]:
    raw = arrays["vocab"].tobytes().decode("utf-8")
    return raw.split("\n")[:-1] if raw else []


def _read_vocab(arrays: dict) -> dict[str, int]:
    return {t: i for i, t in enumerate(_vocab_list(arrays))}


def _copy_document(appender, arrays: dict, entry: dict) -> dict:
    """Copy one unchanged document's rows from the old files into the new generation (no
    re-embedding): vectors, sentence vectors, texts and terms move; offsets are renumbered."""
    lo, hi = entry["rows"]
    s_lo, s_hi = entry["sentence_rows"]
    table = np.array(arrays["chunks"][lo:hi], dtype=np.int64)
    new_row, new_sent = appender.rows("chunks"), appender.rows("sentences")
    col = store.COL
    t0 = table[0, col["text_off"]]
    t1 = table[-1, col["text_off"]] + table[-1, col["text_len"]]
    w0 = table[0, col["term_off"]]
    w1 = table[-1, col["term_off"]] + table[-1, col["term_len"]]
    table[:, col["sent_lo"]] += new_sent - s_lo
    table[:, col["sent_hi"]] += new_sent - s_lo
    table[:, col["text_off"]] += appender.entries["texts"]["bytes"] - t0
    table[:, col["term_off"]] += appender.rows("terms") - w0
    appender.append("chunks", table)
    appender.append("texts", np.asarray(arrays["texts"][t0:t1]).tobytes())
    appender.append("terms", np.asarray(arrays["terms"][w0:w1]))
    appender.append("counts", np.asarray(arrays["counts"][w0:w1]))
    appender.append("sentences", np.asarray(arrays["sentences"][s_lo:s_hi]))
    appender.append("sentvec", np.asarray(arrays["sentvec"][s_lo:s_hi]))
    appender.append("vectors", np.asarray(arrays["vectors"][lo:hi]))
    return {**entry, "rows": [new_row, new_row + (hi - lo)], "sentence_rows": [new_sent, new_sent + (s_hi - s_lo)]}


def _versions() -> dict:
    import faiss

    out = {"python": platform.python_version(), "numpy": np.__version__, "faiss": faiss.__version__}
    try:
        import torch

        out["torch"] = torch.__version__
    except ImportError:
        pass
    return out
