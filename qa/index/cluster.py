"""Building on a Ray cluster (``python -m qa build --ray [ADDRESS]``): the same index as a local
build, with the files read, chunked and encoded by a pool of actors.

The driver plans the build exactly as a local one (``qa.index.build``: only new and changed files
are sent), then hands their paths to Ray Data: ``map_batches`` over batches of files on an actor
pool (``ActorPoolStrategy``). Each actor loads the project's encoder once; per batch it runs the
Loader and the chunker (``read_chunks``, the local build's code) and one encoder pass (chunk and
sentence vectors), and writes one shard into the shard folder. The driver merges shards in plan
order as they arrive, through the writer a local build uses (``write_encoded``), so the index is the
same. On a cluster of several machines the seeds folder and the shard folder must be storage every
node reads at the same path (NFS, a shared volume): ``check_shared`` verifies it before encoding.

A worker that dies is restarted and its batch retried (``Settings.ray_max_restarts`` times per
actor); past that, or when the encoder raises, the build stops with ``ClusterProblem`` and the
previous index is untouched (nothing is visible before the manifest is written). Ray is imported
only in this module, and only when a cluster build runs."""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import socket
import tempfile
import uuid
import warnings
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from qa.encode.encoder import Encoder
from qa.index.build import EmbedJob, build_index, read_chunks, why
from qa.index.format import stories_of, story_entries
from qa.index.writer import embed_inputs, title_prefixes, write_encoded
from qa.records import BuildReport, Chunk, Document
from qa.settings import DEFAULT, Settings

MakeEncoder = Callable[[Settings], Encoder]
CONNECT_TIMEOUT = 10.0     # seconds to reach a cluster's address before saying there is none
PROBE_TIMEOUT = 60.0       # seconds for every node to answer the shared-storage check
_DOC_KEYS = ("source", "title", "text", "sha256", "encoding", "size", "mtime_ns", "date", "publisher", "author")


class ClusterProblem(RuntimeError):
    """The cluster build cannot start or did not finish; the message says why (one line) and the
    previous index is unchanged."""


def minilm(settings: Settings) -> Encoder:
    """The project's encoder inside an actor: on CUDA when the actor was given a GPU."""
    from qa.encode.minilm import MiniLMEncoder

    return MiniLMEncoder(settings=settings, device="cuda" if settings.ray_gpus_per_worker > 0 else None)


def build_on_ray(
    seeds_dir: str | os.PathLike | None = None,
    index_dir: str | os.PathLike | None = None,
    *,
    address: str | None = None,
    full: bool = False,
    shards_dir: str | os.PathLike | None = None,
    make_encoder: MakeEncoder | None = None,
    model: Encoder | None = None,
    progress=None,
    log=None,
    settings: Settings | None = None,
) -> BuildReport:
    """``build_index`` with the encoding on Ray. ``address``: None starts a Ray on this machine
    (``settings.ray_workers`` actors, else one per core), "auto" or "host:port" or "ray://…" joins
    a running cluster; when this process is already connected to Ray (``ray.init``), that is used.
    ``shards_dir``: where the shards go (default: a hidden folder inside the index folder; on several
    machines it must be shared storage). ``make_encoder(settings)`` builds each actor's encoder
    (default: the packaged model, ``minilm``); ``model`` gives the driver its name and dimension
    without loading it. Raises ``ClusterProblem`` (and what ``build_index`` raises)."""
    settings = DEFAULT if settings is None else settings
    log = (lambda msg: None) if log is None else log
    if make_encoder is None:
        from qa.encode.minilm import MiniLMEncoder

        make_encoder, model = minilm, MiniLMEncoder if model is None else model
    elif model is None:
        raise ValueError("model (the encoder's name and dim) is needed with make_encoder")
    embedder = RayEmbedder(address, make_encoder, settings, log, shards_dir)
    try:
        return build_index(seeds_dir, index_dir, full=full, encoder=model, progress=progress, log=log,
                           settings=settings, embedder=embedder)
    finally:
        embedder.disconnect()


class RayEmbedder:
    """``qa.index.build.Embedder`` on a Ray actor pool; connects on the first build that has files
    to encode (an up-to-date index never starts Ray)."""

    def __init__(self, address: str | None, make_encoder: MakeEncoder, settings: Settings, log,
                 shards_dir: str | os.PathLike | None = None):
        self.address, self.make_encoder, self.settings, self.log = address, make_encoder, settings, log
        self.shards_dir = None if shards_dir is None else Path(shards_dir)
        self._started = False

    def __call__(self, job: EmbedJob) -> list[dict]:
        if not job.plan.embed:
            return job.entries
        ray = _import_ray()
        self._connect(ray)
        workers, cpus, gpus = self._pool(ray)
        parent = job.appender.index_dir if self.shards_dir is None else self.shards_dir
        try:
            parent.mkdir(parents=True, exist_ok=True)
            shards = Path(tempfile.mkdtemp(prefix=".shards-", dir=parent))
        except OSError as exc:
            raise ClusterProblem(f"cannot make a shard folder in {parent}: {exc.strerror}") from None
        try:
            if len(_nodes(ray)) > 1:
                check_shared(shards, job.plan.embed[0])
            batch = max(1, min(self.settings.ray_batch_files, math.ceil(len(job.plan.embed) / (4 * workers))))
            self.log(f"encoding {len(job.plan.embed)} files on {workers} Ray workers "
                     f"({cpus:g} CPU{f', {gpus:g} GPU' if gpus else ''} each), {batch} files per shard")
            self._run(ray, job, shards, workers, cpus, gpus, batch)
        finally:
            shutil.rmtree(shards, ignore_errors=True)
        return job.entries

    def _connect(self, ray) -> None:
        if ray.is_initialized():
            return
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")    # a local tool: no usage reports
        # Ray's C++ core logs a warning-worthy line at "error" level for every actor pool with
        # restarts (ray-project/ray#53727); failures reach us as exceptions, with their reasons.
        os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
        quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": "error"}
        if self.address is None:
            # Ray runs its workers at niceness 15 by default: on a machine doing other work too, a
            # build on Ray would then get a fraction of the CPU a local build gets.
            os.environ.setdefault("RAY_worker_niceness", "0")
            cpus = os.cpu_count() or 1
            if self.settings.ray_workers is not None:
                cpus = max(1, math.ceil(self.settings.ray_workers * self.settings.ray_cpus_per_worker))
            self.log(f"starting Ray on this machine ({cpus} CPUs)")
            ray.init(num_cpus=cpus, **quiet)
        else:
            _reachable(self.address)
            self.log(f"joining the Ray cluster at {self.address}")
            try:
                ray.init(address=self.address, **quiet)
            except (ConnectionError, ValueError, RuntimeError) as exc:
                raise ClusterProblem(f"cannot join the Ray cluster at {self.address}: {_first_line(exc)}") from None
        self._started = True

    def disconnect(self) -> None:
        """Leave (or stop, when it was started here) the Ray this embedder connected to."""
        if self._started:
            import ray

            ray.shutdown()
            self._started = False

    def _pool(self, ray) -> tuple[int, float, float]:
        """(actors, CPUs each, GPUs each)."""
        s = self.settings
        cpus, gpus = float(s.ray_cpus_per_worker), float(s.ray_gpus_per_worker)
        if s.ray_workers is not None:
            return max(1, s.ray_workers), cpus, gpus
        have = ray.cluster_resources()
        if gpus > 0:
            if have.get("GPU", 0) < gpus:
                raise ClusterProblem(f"the cluster has no GPU for workers of {gpus:g} GPU each; "
                                     "build on CPUs (without --gpus)")
            return max(1, int(have["GPU"] // gpus)), cpus, gpus
        return max(1, int(have.get("CPU", 1) // max(cpus, 1e-9))), cpus, gpus

    def _run(self, ray, job: EmbedJob, shards: Path, workers: int, cpus: float, gpus: float, batch: int) -> None:
        from ray.data import ActorPoolStrategy, DataContext

        ctx = DataContext.get_current()
        ctx.enable_progress_bars = False          # the build's own bar counts bytes of files
        ctx.print_on_execution_start = False
        ctx.raise_original_map_exception = True   # an encoder's exception reaches us as itself
        # Ray Data logs its start and end, and a failure before raising it: the build reports it once.
        logging.getLogger("ray.data").setLevel(logging.CRITICAL)
        actor_settings = replace(self.settings, build_threads=max(1, math.ceil(cpus)),
                                 query_threads=max(1, math.ceil(cpus)))
        items = [{"order": i, "path": str(p)} for i, p in enumerate(job.plan.embed)]
        ds = ray.data.from_items(items, override_num_blocks=max(1, math.ceil(len(items) / batch)))
        with warnings.catch_warnings():
            # Ray 2.60 has no named parameter for max_restarts yet and warns about passing it as a
            # plain remote argument; its default (-1) would retry a worker that always dies forever.
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = ds.map_batches(
                _actor(self.make_encoder, str(job.seeds), str(shards), actor_settings),
                compute=ActorPoolStrategy(size=workers), batch_size=batch, batch_format="numpy",
                num_cpus=cpus, num_gpus=gpus or None,
                max_restarts=self.settings.ray_max_restarts, max_task_retries=-1,
            )
        merge = _Merge(job, shards)
        try:
            for row in ds.iter_rows():
                merge.arrived(row["shard"], json.loads(row["orders"]))
        except ray.exceptions.RayError as exc:
            raise ClusterProblem(f"the Ray build failed, the previous index is unchanged: {_cause(exc)}") from None
        if merge.next != len(items):
            raise ClusterProblem(f"the Ray build returned {merge.next} of {len(items)} files; "
                                 "the previous index is unchanged")


class _Merge:
    """Writes shards' documents in plan order as soon as every earlier one has arrived."""

    def __init__(self, job: EmbedJob, shards: Path):
        self.job, self.shards = job, shards
        self.next = 0                               # plan order of the next document to write
        self.where: dict[int, str] = {}             # order → shard holding it (arrived, not written)
        self._name: str | None = None
        self._shard: dict | None = None

    def arrived(self, name: str, orders: list[int]) -> None:
        for o in orders:
            self.where.setdefault(o, name)          # a retried batch may arrive twice: keep the first
        while self.next in self.where:
            self._write(self.where.pop(self.next), self.next)
            self.next += 1

    def _write(self, name: str, order: int) -> None:
        if name != self._name:
            self._name, self._shard = name, read_shard(self.shards / name)
        doc, chunks, vectors, span_vectors, problem = self._shard["docs"][order]
        path = self.job.plan.embed[order]
        entry = self.job.accept(path, doc, problem)
        if entry is not None:
            write_encoded(self.job.appender, doc, chunks, entry, self.job.vocab, vectors, span_vectors,
                          self.job.settings)
            self.job.advance(self.job.sizes[path])


def _actor(make_encoder: MakeEncoder, seeds: str, shards: str, settings: Settings) -> type:
    """The actor class with its arguments inside (Ray keeps constructor arguments in the object
    store, where a restarted actor may no longer find them)."""

    class EncodeFiles(_EncodeFiles):
        def __init__(self):
            super().__init__(make_encoder, seeds, shards, settings)

    return EncodeFiles


class _EncodeFiles:
    """The actor: reads, chunks and encodes a batch of files and writes them as one shard."""

    def __init__(self, make_encoder: MakeEncoder, seeds: str, shards: str, settings: Settings):
        self.encoder = make_encoder(settings)
        self.seeds, self.shards, self.settings = Path(seeds), Path(shards), settings

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list]:
        meta, table, spans, items = [], [], [], []
        for order, path in zip(batch["order"], batch["path"]):
            try:
                doc, chunks = read_chunks(Path(str(path)), self.seeds, self.encoder.sizes, self.settings)
            except (ValueError, OSError) as exc:
                meta.append({"order": int(order), "problem": why(exc)})
                continue
            meta.append({"order": int(order), "chunks": len(chunks), "blocks": [list(b) for b in doc.blocks],
                         "stories": story_entries(doc.stories), "extracted": doc.extracted,
                         **{k: getattr(doc, k) for k in _DOC_KEYS}})
            items += zip(title_prefixes(doc, chunks, self.encoder, self.settings.embed_title_tokens), chunks)
            table += [(c.start, c.end, len(c.sentences)) for c in chunks]
            spans += [s for c in chunks for s in c.sentences]
        texts, text_spans = embed_inputs(items)
        dim = self.encoder.dim
        vectors, span_vectors = self.encoder.encode_spans(texts, text_spans) if texts else (np.zeros((0, dim)), [])
        name = write_shard(self.shards, meta, np.array(table, np.int64).reshape(-1, 3),
                           np.array(spans, np.int64).reshape(-1, 2), np.asarray(vectors, np.float32),
                           np.concatenate(span_vectors).astype(np.float32) if spans else np.zeros((0, dim), np.float32))
        return {"shard": [name], "orders": [json.dumps([m["order"] for m in meta])]}


def write_shard(folder: Path, meta: list[dict], table: np.ndarray, spans: np.ndarray, vectors: np.ndarray,
                span_vectors: np.ndarray) -> str:
    """One shard file (``.npz``, no pickles), written under a temp name and renamed, so a worker
    that dies half-way never leaves a partial shard; returns its name. ``meta``: one dict per file
    (its order and document fields, or the problem); ``table`` (chunks, 3): start, end, sentences;
    ``spans`` (sentences, 2); ``vectors`` (chunks, d) and ``span_vectors`` (sentences, d) float32."""
    name = f"{meta[0]['order'] if meta else 0:09d}-{uuid.uuid4().hex[:12]}.npz"
    tmp = folder / f".{name}.tmp"
    with open(tmp, "wb") as f:
        np.savez(f, meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), np.uint8),
                 table=table, spans=spans, vectors=vectors, span_vectors=span_vectors)
    os.replace(tmp, folder / name)
    return name


def read_shard(path: Path) -> dict:
    """{"docs": {order: (Document | None, chunks, vectors, span vectors per chunk, problem)}}."""
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        table, spans, vectors, span_vectors = z["table"], z["spans"], z["vectors"], z["span_vectors"]
    docs: dict[int, tuple] = {}
    row = sent = 0
    for m in meta:
        if "problem" in m:
            docs[m["order"]] = (None, [], None, [], m["problem"])
            continue
        doc = Document(blocks=tuple(map(tuple, m.get("blocks", ()))), stories=stories_of(m.get("stories", ())),
                       extracted=m.get("extracted", False), **{k: m[k] for k in _DOC_KEYS})
        chunks, per_chunk = [], []
        for start, end, n in table[row:row + m["chunks"]].tolist():
            sentences = tuple(map(tuple, spans[sent:sent + n].tolist()))
            chunks.append(Chunk(doc.source, start, end, doc.text[start:end], sentences))
            per_chunk.append(span_vectors[sent:sent + n])
            sent += n
        docs[m["order"]] = (doc, chunks, vectors[row:row + m["chunks"]], per_chunk, "")
        row += m["chunks"]
    return {"docs": docs}


def check_shared(shards: Path, probe_file: Path, timeout: float = PROBE_TIMEOUT) -> None:
    """On every node of the cluster, read a token the driver wrote into ``shards``, write one back,
    and open ``probe_file`` (a seed file to encode); raises ``ClusterProblem`` naming the first node
    that cannot: its workers could not read the articles or hand back their shards."""
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    token = uuid.uuid4().hex
    (shards / f".probe-{token}").write_text(token, encoding="ascii")
    probe = ray.remote(num_cpus=0, max_retries=0)(_probe)
    refs = {node["NodeManagerAddress"]: probe.options(
        scheduling_strategy=NodeAffinitySchedulingStrategy(node["NodeID"], soft=False),
    ).remote(str(shards), token, str(probe_file)) for node in _nodes(ray)}
    for host, ref in refs.items():
        try:
            problem = ray.get(ref, timeout=timeout)
        except ray.exceptions.RayError as exc:
            problem = f"did not answer ({_first_line(exc)})"
        if not problem and not (shards / f".probe-{token}.{host}").exists():
            problem = f"wrote into {shards}, but this machine does not see it"
        if problem:
            raise ClusterProblem(
                f"node {host} {problem}: on a cluster of several machines the seeds folder and the shard folder "
                "(--shards DIR) must be shared storage, mounted at the same path on every node")


def _probe(shards: str, token: str, probe_file: str) -> str:
    """(On one node) "" when the shared folders look right there, else what is wrong, in words."""
    import ray

    folder = Path(shards)
    try:
        if (folder / f".probe-{token}").read_text(encoding="ascii") != token:
            return f"reads another {shards} than this machine"
        host = ray.util.get_node_ip_address()
        (folder / f".probe-{token}.{host}").write_text(token, encoding="ascii")
    except OSError as exc:
        return f"cannot use the shard folder {shards} ({exc.strerror})"
    if not os.access(probe_file, os.R_OK):
        return f"cannot read {probe_file} from the seeds folder"
    return ""


def _nodes(ray) -> list[dict]:
    """The alive nodes that can run workers."""
    return [n for n in ray.nodes() if n.get("Alive") and (n.get("Resources") or {}).get("CPU", 0) > 0]


def _reachable(address: str) -> None:
    """Fail fast (instead of Ray's long retries) when nothing listens at a "host:port" address."""
    if address == "auto" or address.startswith("ray://"):
        return
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise ClusterProblem(f"not a Ray address: {address!r} (use host:port, auto or ray://host:port)")
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise ClusterProblem(f"no Ray cluster at {address} ({exc.strerror or exc}); start one with "
                             f"`ray start --head`, or omit the address to run Ray on this machine") from None


def _import_ray():
    try:
        import ray
        import ray.data
    except ImportError:
        raise ClusterProblem("Ray is not installed: pip install -r requirements-cluster.txt "
                             "(or pip install -e .[cluster])") from None
    return ray


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _cause(exc: BaseException) -> str:
    """The user-facing reason inside a Ray error: the worker's own exception when there is one."""
    cause = getattr(exc, "cause", None)
    if isinstance(cause, BaseException) and str(cause):
        return f"{type(cause).__name__}: {_first_line(cause)}"
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    last = next((ln for ln in reversed(lines) if ln.split(":")[0].endswith(("Error", "Exception"))), None)
    return last or _first_line(exc)
