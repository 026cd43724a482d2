"""Single-question latency and peak memory of a process serving an index, and the app's start-up
time: what ``qa.measure.bench`` measures once an index is built.

``python -m qa.measure.latency SEEDS INDEX QUESTIONS.json`` is the fresh serving process: it loads the real
model and the index (no build), times the questions and prints one JSON line."""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from qa.measure.scoring import percentile
from qa.settings import DEFAULT, PROJECT_DIR

WARMUP = 5              # questions asked first, not timed
STARTUP_TIMEOUT = 180.0


@dataclass(frozen=True)
class Serving:
    """Single-question latencies (ms) and the peak RSS (MB) of a process serving one index."""

    retrieve_p50_ms: float
    retrieve_p95_ms: float
    answer_p50_ms: float
    answer_p95_ms: float
    dense_p50_ms: float     # the dense search alone (FAISS, CANDIDATES deep)
    rss_mb: float
    load_s: float | None = None   # a fresh process: models and index loaded, ready to answer


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM where there is one: ``ru_maxrss`` of a child started by fork (or vfork) and exec
    also counts what its parent held when it forked."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(ln.split()[1]) for ln in f if ln.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024   # bytes on macOS, KB on Linux


def _ms(seconds: list[float]) -> tuple[float, float]:
    ms = [s * 1000 for s in seconds]
    return percentile(ms, 50), percentile(ms, 95)


def time_queries(engine, questions: Sequence[str], warmup: int = WARMUP, load_s: float | None = None) -> Serving:
    """Ask ``questions`` one at a time (the first ``warmup`` untimed) with ``retrieve`` and ``answer``."""
    for q in questions[:warmup]:
        engine.answer(q)
    timed = list(questions[warmup:])
    if not timed:
        raise ValueError("no questions left to time after the warm-up")

    def clock(fn, items) -> list[float]:
        out = []
        for item in items:
            t = time.perf_counter()
            fn(item)
            out.append(time.perf_counter() - t)
        return out

    retrieve = _ms(clock(lambda q: engine.retrieve(q, DEFAULT.default_k), timed))
    answer = _ms(clock(lambda q: engine.answer(q, DEFAULT.default_k), timed))
    # (questions encoded one at a time, as served: one batch of all of them would add its memory to the peak)
    vectors = [engine.encoder.encode([q])[0] for q in timed]
    dense = _ms(clock(lambda v: engine.index.dense.search(v, DEFAULT.candidates), vectors))
    return Serving(*retrieve, *answer, dense[0], peak_rss_mb(), load_s)


def serve_in_child(seeds: Path, index: Path, questions: Sequence[str]) -> Serving:
    """``time_queries`` in a fresh Python process with the real model: it only loads the index."""
    qfile = index.parent / f"{index.name}-questions.json"
    qfile.write_text(json.dumps(list(questions)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_DIR), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "qa.measure.latency", str(seeds), str(index), str(qfile)],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"the serving process failed ({done.returncode}): {done.stderr[-2000:]}")
    return Serving(**json.loads(done.stdout.strip().splitlines()[-1]))


def _serve_main(argv: list[str]) -> int:
    from qa.chat.engine import Engine

    if len(argv) != 3:
        print("usage: python -m qa.measure.latency SEEDS INDEX QUESTIONS.json", file=sys.stderr)
        return 2
    seeds, index, qfile = (Path(a) for a in argv)
    t = time.perf_counter()
    engine = Engine(seeds, index, auto_build=False)
    load_s = time.perf_counter() - t
    print(json.dumps(asdict(time_queries(engine, json.loads(qfile.read_text(encoding="utf-8")), load_s=load_s))))
    return 0


def app_startup(seeds: Path, index: Path, log_file: Path, timeout: float = STARTUP_TIMEOUT) -> float:
    """Seconds from starting ``python app.py`` on an existing index until its page answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    t0 = time.perf_counter()
    with open(log_file, "wb") as out:
        proc = subprocess.Popen([sys.executable, str(PROJECT_DIR / "app.py"), "--seeds", str(seeds),
                                 "--index", str(index), "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
    try:
        while time.perf_counter() - t0 < timeout:
            if proc.poll() is not None:
                raise RuntimeError(f"app.py exited with {proc.returncode}; see {log_file}")
            try:
                with opener.open(url, timeout=2):
                    return time.perf_counter() - t0
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"app.py not serving after {timeout:.0f} s; see {log_file}")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    sys.exit(_serve_main(sys.argv[1:]))
