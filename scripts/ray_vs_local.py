"""Local build against ``--ray`` at equal cores: the README's "Scaling out" table.

    .venv/bin/python scripts/ray_vs_local.py [--chunks 2500] [--rounds 2] [--runs local:1,ray:1,local:2,ray:2]
                                             [--workdir /tmp/ray-vs-local] [--json]

Needs Ray (``make cluster``). Writes a corpus of about ``--chunks`` chunks of SQuAD-train text
(``qa.measure.corpora``, as ``make bench`` does), then builds it from scratch once per run and
round, each in a fresh process (model load included; for Ray, starting Ray): ``local:N`` is
``build_index`` on N threads, ``ray:N`` is ``build_on_ray`` with N workers of 1 CPU. Reports wall
chunks/s, the CPU seconds of every process of the build (this one, Ray's, the workers', read from
/proc) and, for Ray, when the first file started encoding."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")


def _cpu_by_pid() -> dict[int, tuple[int, float]]:
    """pid → (parent pid, user + system CPU seconds) of every process."""
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[int(name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK)
    return out


class TreeCpu:
    """CPU seconds of this process and all its descendants, sampled every half second (so a
    process that ends keeps the last value seen)."""

    def __init__(self):
        self.seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        procs = _cpu_by_pid()
        children: dict[int, list[int]] = {}
        for pid, (ppid, _) in procs.items():
            children.setdefault(ppid, []).append(pid)
        todo = [os.getpid()]
        while todo:
            pid = todo.pop()
            if pid in procs:
                self.seen[pid] = max(self.seen.get(pid, 0.0), procs[pid][1])
            todo.extend(children.get(pid, []))

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._sample()

    def total(self) -> float:
        self._stop.set()
        self._thread.join()
        self._sample()
        return sum(self.seen.values())


def one_build(kind: str, n: int, seeds: Path, index: Path) -> dict:
    """One build from scratch in this process; what the table needs."""
    t0 = time.perf_counter()
    cpu = TreeCpu()
    from qa.settings import Settings

    marks: dict[str, float] = {}

    def log(msg: str) -> None:
        if msg.startswith("encoding") and "encode_start_s" not in marks:
            marks["encode_start_s"] = round(time.perf_counter() - t0, 1)

    if kind == "local":
        from qa.encode.minilm import MiniLMEncoder
        from qa.index.build import build_index

        settings = Settings(build_threads=n)
        report = build_index(seeds, index, full=True, encoder=MiniLMEncoder(settings=settings),
                             settings=settings, log=log)
    else:
        from qa.index.cluster import build_on_ray

        report = build_on_ray(seeds, index, full=True, settings=Settings(ray_workers=n), log=log)
    wall = time.perf_counter() - t0
    cpu_s = cpu.total()
    return {"run": f"{kind}:{n}", "chunks": report.embedded, "wall_s": round(wall, 1),
            "chunks_per_s": round(report.embedded / wall, 2), "cpu_s": round(cpu_s, 1), **marks}


def _parse_runs(text: str) -> list[tuple[str, int]]:
    runs = []
    for item in text.split(","):
        kind, _, n = item.strip().partition(":")
        if kind not in ("local", "ray") or not n.isdigit() or int(n) < 1:
            raise SystemExit(f"--runs: expected items like local:1 or ray:2, got {item!r}")
        runs.append((kind, int(n)))
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chunks", type=int, default=2500)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--runs", default="local:1,ray:1,local:2,ray:2")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ray-vs-local"))
    ap.add_argument("--json", action="store_true", help="one JSON line per build instead of the table")
    ap.add_argument("--one", nargs=4, metavar=("KIND", "N", "SEEDS", "INDEX"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        kind, n, seeds, index = args.one
        print("RESULT " + json.dumps(one_build(kind, int(n), Path(seeds), Path(index))), flush=True)
        return 0

    runs = _parse_runs(args.runs)
    seeds = args.workdir / f"seeds-{args.chunks}"
    if not seeds.exists():
        from qa.measure.bench import DEFAULT_SOURCE
        from qa.measure.corpora import make_corpus

        print(f"writing a corpus of about {args.chunks} chunks into {seeds} ...", file=sys.stderr)
        make_corpus(DEFAULT_SOURCE, seeds, args.chunks)
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    rows = []
    for rnd in range(args.rounds):
        for kind, n in runs:
            load = os.getloadavg()[0]
            print(f"round {rnd + 1}: {kind}:{n} ...", file=sys.stderr, flush=True)
            done = subprocess.run([sys.executable, __file__, "--one", kind, str(n), str(seeds),
                                   str(args.workdir / f"index-{kind}-{n}")], capture_output=True, text=True, env=env)
            line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")), None)
            if line is None:
                print(f"{kind}:{n} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
                return 1
            row = {**json.loads(line[7:]), "round": rnd + 1, "load_before": round(load, 2)}
            rows.append(row)
            if args.json:
                print(json.dumps(row), flush=True)
    if not args.json:
        print(f"{'run':<9} {'round':>5} {'chunks':>7} {'wall s':>7} {'chunks/s':>9} {'CPU s':>7} "
              f"{'encoding at':>12} {'load':>5}")
        for r in rows:
            at = f"{r['encode_start_s']:.1f} s" if "encode_start_s" in r else "-"
            print(f"{r['run']:<9} {r['round']:>5} {r['chunks']:>7,} {r['wall_s']:>7.1f} {r['chunks_per_s']:>9.2f} "
                  f"{r['cpu_s']:>7.1f} {at:>12} {r['load_before']:>5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
