"""A large index made from a smaller real one, for measuring serving at scale (``python -m qa bench
--rows N``) without encoding N chunks.

Every article of the real index is written again and again, as a new article ("copy001/…") until
the index holds about ``rows`` rows. Each copy keeps its article's text, chunk table, sentences and
BM25 terms, so every row costs what a real row costs on disk and in memory, and each word's
posting list grows with the number of rows as it would in a corpus that many times larger. Its
chunk and sentence vectors are blends of two real ones: the row's own, turned towards another
random row's until its cosine with its own is ``cosine`` (0.5 in the benchmark: about how close a
real chunk's nearest chunk of another article is, median 0.46 on 10,000 SQuAD-train chunks). So the
new rows lie among real vectors, as new articles on related subjects would, and every question
meets many more close rows than in the real index: approximate search gets harder, not easier.
(Copies moved by random noise instead fall off the real vectors; copies much closer than a real
neighbour make clusters of near-duplicates that no real archive has, where a graph index loses its
way.) Copy 0 is the real index itself. Not like a real corpus: the vocabulary stays the real
index's (a real corpus of N rows has more distinct words), and answers repeat."""

from __future__ import annotations

import math
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from qa.index import files
from qa.index.backends import choose
from qa.index.format import read_manifest
from qa.index.writer import copy_document
from qa.settings import Settings

COPY_PREFIX = "copy"


def blend(vectors: np.ndarray, cosine: float, rng: np.random.Generator) -> np.ndarray:
    """(n, d) unit rows, each turned towards another random row (in their common plane) until its
    cosine with itself is ``cosine``; float32 unit rows."""
    x = np.asarray(vectors, dtype=np.float32)
    if len(x) == 0 or cosine >= 1.0:
        return x.copy()
    other = x[rng.permutation(len(x))]
    away = other - (other * x).sum(1, keepdims=True) * x          # the other row's part orthogonal to x
    norm = np.linalg.norm(away, axis=1, keepdims=True)
    lost = norm[:, 0] < 1e-3                                      # itself, or parallel: a random direction
    if lost.any():
        g = rng.standard_normal((int(lost.sum()), x.shape[1])).astype(np.float32)
        away[lost] = g - (g * x[lost]).sum(1, keepdims=True) * x[lost]
        norm[lost] = np.linalg.norm(away[lost], axis=1, keepdims=True)
    out = np.float32(cosine) * x + np.float32(math.sqrt(1.0 - cosine**2)) * (away / norm)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def replicate(real: Path, out: Path, rows: int, settings: Settings, cosine: float = 0.5, seed: int = 0,
              log: Callable[[str], None] | None = None, note: dict | None = None) -> dict:
    """Write into ``out`` (replaced) an index of about ``rows`` rows made from the index in
    ``real`` (see the module doc); returns its manifest, whose "replicated" entry says how (and
    holds ``note``). Whole articles only: the last copy stops at the first article that reaches
    ``rows``."""
    log = (lambda m: None) if log is None else log
    if not 0.0 < cosine <= 1.0:
        raise ValueError(f"cosine must be in (0, 1], got {cosine}")
    manifest = read_manifest(real)
    if manifest is None:
        raise ValueError(f"no index in {real}")
    arrays = files.load_arrays(real, manifest)
    docs = sorted(manifest["documents"], key=lambda d: d["rows"][0])
    real_rows = sum(d["rows"][1] - d["rows"][0] for d in docs)
    if real_rows == 0:
        raise ValueError(f"{real} holds no rows to copy")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    appender = files.Appender(out, 1, None)
    rng = np.random.default_rng(seed)
    documents: list[dict] = []
    copies = math.ceil(rows / real_rows)
    t0 = time.perf_counter()
    try:
        for k in range(copies):
            view = dict(arrays)
            if k:
                view["vectors"] = blend(arrays["vectors"], cosine, rng)
                view["sentvec"] = blend(arrays["sentvec"], cosine, rng).astype(np.float16)
            for doc in docs:
                if appender.rows("chunks") >= rows:
                    break
                entry = copy_document(appender, view, doc)
                if k:
                    entry = {**entry, "source": f"{COPY_PREFIX}{k:03d}/{doc['source']}",
                             "sha256": f"{doc['sha256'][:56]}{k:08x}"}
                documents.append(entry)
            log(f"copy {k + 1} of {copies}: {appender.rows('chunks'):,} rows ({time.perf_counter() - t0:.0f} s)")
        appender.append("vocab", np.asarray(arrays["vocab"]).tobytes())
        table = appender.close()
    except BaseException:
        appender.abort()
        raise
    n = appender.rows("chunks")
    vectors = np.memmap(out / table["vectors"]["name"], dtype="<f4", mode="r", shape=(n, manifest["dim"]))
    log(f"dense search over {n:,} rows: {choose(n, settings).kind}")
    ann = choose(n, settings).update(out, vectors, {}, True, settings, log)
    made = {**manifest, "generation": 1, "rows": n, "live_rows": n, "sentences": appender.rows("sentences"),
            "files": table, "documents": sorted(documents, key=lambda d: d["source"]), "ann": ann,
            "replicated": {"from": str(real), "real_rows": real_rows, "copies": copies, "cosine": cosine,
                           **(note or {})},
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    files.write_manifest(out, made)
    return made
