"""``python -m qa bench``: speed and memory at several corpus sizes.

For each size (in chunks) a corpus of real text (``qa.measure.corpora``) is built from scratch (throughput,
beside the raw model encoding a sample of the same chunk texts in the same process), one article is
added (an incremental update), then a fresh process loads the index and answers single questions
(latency and peak RSS: the cost of serving, not of building), and when the index has an HNSW graph
its top-5 is compared with exact search. Last, the app's start-up time on the smallest index.

``--rows N`` measures serving alone at N index rows: an index of ``--real`` really-encoded chunks
(built once, kept in the work folder) is replicated to N rows by ``qa.index.replicate`` (which says
how, and why that does not flatter the figures), then served as above."""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from qa.encode.encoder import Encoder, build_threads, torch_threads
from qa.index.build import build_index
from qa.index.format import read_manifest
from qa.index.loaded import Index
from qa.index.replicate import replicate
from qa.index.writer import title_prefix
from qa.measure import corpora as corpus
from qa.measure import squad
from qa.measure.latency import WARMUP, Serving, app_startup, serve_in_child
from qa.settings import DEFAULT, PROJECT_DIR, Settings

DEFAULT_SOURCE = PROJECT_DIR / "data" / "squad-v1.1-train.json.gz"
RAW_SAMPLE = 1000       # chunk texts the raw model encodes per size (a steady rate, about a minute)
EXTRA_CHUNKS = 10       # size of the article an incremental update adds
RECALL_K = 5
REAL_ROWS = 10_000      # really-encoded chunks behind a --rows index
COPY_COSINE = 0.5       # cosine of a replicated row's vectors with the real row's (qa.index.replicate)

Log = Callable[[str], None]
RawEncode = Callable[[list[str]], object]


@dataclass(frozen=True)
class SizeResult:
    chunks: int             # chunks in the built index (BuildReport), before the incremental update
    requested: int
    files: int
    build_chunks_per_s: float
    encode_chunks_per_s: float   # raw model on a sample of the same texts
    encode_sample: int
    build_ratio: float
    incremental_s: float
    incremental_chunks: int
    full_rebuild_s: float        # the initial build from scratch, timed above
    retrieve_p50_ms: float
    retrieve_p95_ms: float
    answer_p50_ms: float
    answer_p95_ms: float
    dense_p50_ms: float
    rss_mb: float
    ann: str
    ann_recall_at_5: float | None
    load_s: float | None = None


@dataclass(frozen=True)
class BenchResult:
    startup_s: float | None
    sizes: tuple[SizeResult, ...]
    machine: dict

    def to_json(self) -> dict:
        return {"startup_s": self.startup_s, "sizes": [asdict(s) for s in self.sizes], "machine": self.machine}


def parse_sizes(text: str) -> list[int]:
    """"1000,10000" → [1000, 10000]."""
    try:
        sizes = [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    except ValueError:
        raise ValueError(f"--sizes must be whole numbers separated by commas, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise ValueError(f"--sizes must be numbers >= 1, got {text!r}")
    return sizes


def sentence_transformers_encode() -> RawEncode:
    """The raw model: sentence-transformers' all-MiniLM-L6-v2 ``encode``, on as many threads as
    the build encodes with."""
    from sentence_transformers import SentenceTransformer

    from qa.encode.minilm import model_dir

    model = SentenceTransformer(str(model_dir()), device="cpu")

    def encode(texts: list[str]):
        with torch_threads(build_threads(DEFAULT.build_threads)):
            return model.encode(texts, batch_size=DEFAULT.encode_batch, show_progress_bar=False)

    return encode


def embedded_texts(index: Index, encoder: Encoder, n: int, seed: int = 0) -> list[str]:
    """A sample of ``n`` chunk texts as the build embeds them (title line + chunk text)."""
    rows = np.flatnonzero(index.live).tolist()
    rows = sorted(random.Random(seed).sample(rows, min(n, len(rows))))
    prefixes: dict[str, str] = {}
    out = []
    for r in rows:
        title = index.document(r)["title"]
        if title not in prefixes:
            prefixes[title] = title_prefix(title, encoder, DEFAULT.embed_title_tokens)
        out.append(prefixes[title] + index.chunk_text(r))
    return out


def ann_recall(index: Index, qvecs: np.ndarray, k: int = RECALL_K) -> float | None:
    """Mean share of the exact top-``k`` (live rows, brute force) that the index's dense search
    returns; a row scoring as high as the exact ``k``-th counts (ties). None for exact search."""
    if index.dense.kind == "flat":
        return None
    q = np.asarray(qvecs, dtype=np.float32)
    live = np.flatnonzero(index.live)
    best = np.full((len(q), k), -np.inf, dtype=np.float32)      # each question's k best so far
    for c in range(0, len(live), 50_000):                        # one pass over the vectors file
        scores = q @ np.asarray(index.vectors[live[c : c + 50_000]], dtype=np.float32).T
        best = -np.sort(-np.concatenate([best, scores], axis=1), axis=1)[:, :k]
    shares = []
    for i in range(len(q)):
        got, _ = index.dense.search(q[i], k)
        exact = np.asarray(index.vectors[got], dtype=np.float32) @ q[i]
        shares.append(min(int((exact >= best[i, -1] - 1e-5).sum()), k) / k)
    return float(np.mean(shares))


def bench_size(articles: list[dict], chunks: int, workdir: Path, n_queries: int, encoder: Encoder,
               raw_encode: RawEncode, serve: Callable[[Path, Path, list[str]], Serving], log: Log,
               settings: Settings) -> SizeResult:
    """Every figure for one corpus size (see the module doc)."""
    here = workdir / f"size-{chunks}"
    shutil.rmtree(here, ignore_errors=True)
    seeds, index_dir = here / "seeds", here / "index"
    made = corpus.make_corpus(articles, seeds, chunks)
    log(f"{chunks:,} chunks: {made.files} articles, {made.words:,} words; building")
    t = time.perf_counter()
    report = build_index(seeds, index_dir, encoder=encoder, progress=_every_tenth(log, "build"), settings=settings)
    build_s = time.perf_counter() - t
    index = Index.load(index_dir, encoder.name, encoder.dim, settings)
    texts = embedded_texts(index, encoder, RAW_SAMPLE)
    log(f"built {report.chunks:,} chunks in {build_s:.1f} s; raw model on {len(texts)} of them")
    raw_encode(texts[: DEFAULT.encode_batch])                # warm-up, not timed
    t = time.perf_counter()
    raw_encode(texts)
    raw_rate = len(texts) / (time.perf_counter() - t)
    build_rate = report.embedded / build_s

    squad.write_corpus([corpus.extra_article(articles, EXTRA_CHUNKS, seed=chunks)], seeds)
    t = time.perf_counter()
    added = build_index(seeds, index_dir, encoder=encoder, settings=settings)
    incremental_s = time.perf_counter() - t
    log(f"incremental update: {added.embedded} chunks in {incremental_s:.2f} s; serving")

    rng = random.Random(chunks)
    questions = rng.sample(made.questions, min(len(made.questions), n_queries + WARMUP))
    served = serve(seeds, index_dir, questions)
    index = Index.load(index_dir, encoder.name, encoder.dim, settings)
    recall = ann_recall(index, encoder.encode(questions[WARMUP:]))
    log(f"retrieve p50 {served.retrieve_p50_ms:.1f} ms, answer p50 {served.answer_p50_ms:.1f} ms, "
        f"{served.rss_mb:.0f} MB, {index.dense.kind}" + ("" if recall is None else f", recall@5 {recall:.3f}"))
    return SizeResult(
        chunks=report.chunks, requested=chunks, files=made.files, build_chunks_per_s=build_rate,
        encode_chunks_per_s=raw_rate, encode_sample=len(texts), build_ratio=build_rate / raw_rate,
        incremental_s=incremental_s, incremental_chunks=added.embedded, full_rebuild_s=build_s,
        **asdict(served), ann=index.dense.kind, ann_recall_at_5=recall,
    )


def run(sizes: Sequence[int], source: Path | list[dict], workdir: Path, n_queries: int, *,
        encoder: Encoder | None = None, raw_encode: RawEncode | None = None,
        serve: Callable[[Path, Path, list[str]], Serving] | None = None, startup: bool = True,
        log: Log | None = None, settings: Settings | None = None) -> BenchResult:
    """The benchmark. Defaults are the real thing: the packaged model, sentence-transformers as the
    raw model, serving measured in a fresh process, and the app's start-up; tests pass fakes."""
    log = (lambda m: None) if log is None else log
    if n_queries < 1:
        raise ValueError(f"queries must be >= 1, got {n_queries}")
    articles = squad.load(source) if isinstance(source, Path) else source
    if encoder is None:
        from qa.encode.minilm import load_encoder

        encoder = load_encoder()
    if raw_encode is None:
        raw_encode = sentence_transformers_encode()
    serve = serve_in_child if serve is None else serve
    before = machine()                      # (the load average before the benchmark adds to it)
    encoder.encode(["warm-up"] * DEFAULT.encode_batch)
    settings = DEFAULT if settings is None else settings
    results = [bench_size(articles, n, workdir, n_queries, encoder, raw_encode, serve, log, settings) for n in sizes]
    startup_s = None
    if startup:
        small = workdir / f"size-{min(sizes)}"
        startup_s = app_startup(small / "seeds", small / "index", workdir / "app.log")
        log(f"app start-up to ready: {startup_s:.1f} s")
    return BenchResult(startup_s, tuple(results), before)


@dataclass(frozen=True)
class RowsResult:
    """Serving figures at ``rows`` index rows (``run_rows``)."""

    rows: int
    rss_mb: float
    retrieve_p50_ms: float
    retrieve_p95_ms: float
    answer_p50_ms: float
    answer_p95_ms: float
    ann_recall_at_5: float | None
    load_s: float | None
    dense_p50_ms: float
    ann: str
    real_rows: int          # really-encoded chunks the rows were made from
    copies: int
    copy_cosine: float
    index_mb: float         # the index folder on disk
    machine: dict


def run_rows(rows: int, source: Path | list[dict], workdir: Path, n_queries: int, *, real_rows: int = REAL_ROWS,
             encoder: Encoder | None = None, serve: Callable[[Path, Path, list[str]], Serving] | None = None,
             log: Log | None = None, settings: Settings | None = None) -> RowsResult:
    """Serving at ``rows`` rows made from ``min(rows, real_rows)`` really-encoded chunks (module doc).
    The real index and the replicated one are kept in ``workdir`` and reused by the next run."""
    log = (lambda m: None) if log is None else log
    settings = DEFAULT if settings is None else settings
    if rows < 1 or real_rows < 1 or n_queries < 1:
        raise ValueError(f"rows, real rows and queries must be >= 1, got {rows}, {real_rows}, {n_queries}")
    articles = squad.load(source) if isinstance(source, Path) else source
    if encoder is None:
        from qa.encode.minilm import load_encoder

        encoder = load_encoder()
    before = machine()
    real = workdir / f"real-{min(rows, real_rows)}"
    made = corpus.make_corpus(articles, real / "seeds", min(rows, real_rows))
    log(f"real index: {made.files} articles, about {made.estimated_chunks:,} chunks (built once, then reused)")
    report = build_index(real / "seeds", real / "index", encoder=encoder, progress=_every_tenth(log, "build"),
                         settings=settings)
    out = workdir / f"rows-{rows}"
    base = read_manifest(real / "index")
    made_from = {"from": str(real / "index"), "real_rows": report.chunks, "built_at": base["built_at"],
                 "cosine": COPY_COSINE, "vectors": "blend"}
    old = read_manifest(out) if out.exists() else None
    if old is None or {k: old.get("replicated", {}).get(k) for k in made_from} != made_from:
        log(f"replicating {report.chunks:,} real rows to {rows:,}")
        replicate(real / "index", out, rows, settings, COPY_COSINE, log=log,
                  note={"built_at": base["built_at"], "vectors": "blend"})
    manifest = read_manifest(out)
    questions = random.Random(rows).sample(made.questions, min(len(made.questions), n_queries + WARMUP))
    log(f"serving {manifest['rows']:,} rows ({manifest['ann']['kind']}) in a fresh process")
    served = (serve_in_child if serve is None else serve)(real / "seeds", out, questions)
    index = Index.load(out, encoder.name, encoder.dim, settings)
    recall = ann_recall(index, encoder.encode(questions[WARMUP:]))
    size_mb = sum(p.stat().st_size for p in out.iterdir() if p.is_file()) / 2**20
    result = RowsResult(
        rows=int(manifest["rows"]), rss_mb=served.rss_mb, retrieve_p50_ms=served.retrieve_p50_ms,
        retrieve_p95_ms=served.retrieve_p95_ms, answer_p50_ms=served.answer_p50_ms,
        answer_p95_ms=served.answer_p95_ms, ann_recall_at_5=recall, load_s=served.load_s,
        dense_p50_ms=served.dense_p50_ms, ann=index.dense.kind, real_rows=report.chunks,
        copies=int(manifest["replicated"]["copies"]), copy_cosine=COPY_COSINE, index_mb=size_mb, machine=before)
    log(rows_table(result))
    return result


def rows_table(r: RowsResult) -> str:
    recall = "-" if r.ann_recall_at_5 is None else f"{r.ann_recall_at_5:.3f}"
    load = "-" if r.load_s is None else f"{r.load_s:.1f} s"
    return (f"{r.rows:,} rows ({r.copies} copies of {r.real_rows:,} really-encoded chunks, cosine {r.copy_cosine}); "
            f"index {r.index_mb:,.0f} MB on disk, {r.ann}\n"
            f"  peak RSS {r.rss_mb:,.0f} MB; ready in {load}; retrieve p50/p95 {r.retrieve_p50_ms:.1f} / "
            f"{r.retrieve_p95_ms:.1f} ms; answer p50/p95 {r.answer_p50_ms:.1f} / {r.answer_p95_ms:.1f} ms; "
            f"dense p50 {r.dense_p50_ms:.2f} ms; ANN recall@5 {recall}")


def machine() -> dict:
    """What the figures were measured on."""
    import faiss

    cpu = platform.processor()
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    torch = sys.modules.get("torch")
    return {"cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "cpu": cpu, "load_avg_1m": round(os.getloadavg()[0], 2), "python": platform.python_version(),
            "torch": getattr(torch, "__version__", None), "faiss": faiss.__version__,
            "query_threads": DEFAULT.query_threads}


def _every_tenth(log: Log, what: str):
    last = [-1]

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth > last[0]:
            last[0] = tenth
            log(f"{what} {tenth * 10}%")

    return progress


def table(result: BenchResult) -> str:
    """The figures as a plain-text table."""
    m = result.machine
    lines = [f"machine: {m['cpus']} CPUs ({m['cpu']}), load average {m['load_avg_1m']} before the run; "
             f"python {m['python']}, torch {m['torch']}, faiss {m['faiss']}"]
    if result.startup_s is not None:
        smallest = min(result.sizes, key=lambda s: s.requested)
        lines.append(f"app start-up to ready ({smallest.chunks:,}-chunk index): {result.startup_s:.1f} s")
    head = ("chunks", "build ch/s", "raw ch/s*", "ratio", "incr. s (chunks)", "full s", "retrieve p50/p95 ms",
            "answer p50/p95 ms", "dense p50 ms", "RSS MB", "ANN", "recall@5")
    rows = [head] + [(
        f"{s.chunks:,}", f"{s.build_chunks_per_s:.1f}", f"{s.encode_chunks_per_s:.1f}", f"{s.build_ratio:.2f}",
        f"{s.incremental_s:.2f} ({s.incremental_chunks})", f"{s.full_rebuild_s:.1f}",
        f"{s.retrieve_p50_ms:.1f} / {s.retrieve_p95_ms:.1f}", f"{s.answer_p50_ms:.1f} / {s.answer_p95_ms:.1f}",
        f"{s.dense_p50_ms:.2f}", f"{s.rss_mb:.0f}", s.ann,
        "-" if s.ann_recall_at_5 is None else f"{s.ann_recall_at_5:.3f}",
    ) for s in result.sizes]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines += ["  ".join(c.rjust(w) for c, w in zip(r, widths)) for r in rows]
    sample = ", ".join(str(s.encode_sample) for s in result.sizes)
    lines.append(f"* raw: model.encode of sentence-transformers on a sample ({sample}) of the same chunk texts, "
                 "same process; ratio = build / raw. full s: the initial build from scratch. incr.: one article added.")
    return "\n".join(lines)


def main(args) -> int:
    source = DEFAULT_SOURCE if args.source is None else args.source
    sizes = None if args.rows is not None else parse_sizes(args.sizes)
    workdir = Path(tempfile.mkdtemp(prefix="qa-bench-")) if args.workdir is None else args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[bench {time.perf_counter() - t0:7.1f} s] {msg}", file=sys.stderr, flush=True)

    try:
        if sizes is None:
            result = run_rows(args.rows, source, workdir, args.queries, real_rows=args.real, log=log)
        else:
            result = run(sizes, source, workdir, args.queries, log=log)
    except RuntimeError as exc:         # a serving or app process that failed: its own words
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(result) if sizes is not None else rows_table(result))
    if args.json:
        print(json.dumps(result.to_json() if sizes is not None else asdict(result)))
    return 0
