"""Load: 20 concurrent gradio_client sessions asking 25 questions each against the app on
127.0.0.1 must see zero errors. Bounded (it stops by itself) and localhost only.

By default the engine uses the fake encoder, so the test checks the serving path (queueing,
concurrency, no shared-state bugs) in seconds. ``QA_LOAD_REAL=1`` runs it with the real model on the
seed article and prints the figures quoted in the README:

    QA_LOAD_REAL=1 .venv/bin/python -m pytest -q -s tests/test_load.py
"""

from __future__ import annotations

import os
import threading
import time

import numpy as np

from tests.apphelp import client, serve
from tests.fakes import SENTENCE, HashingEncoder

SESSIONS = 20
QUESTIONS_PER_SESSION = 25
QUESTIONS = [
    "What did Russia give North Korea?",
    "Who is South Korea's national security adviser?",
    "How many troops did North Korea send?",
    "Where are the North Korean troops fighting?",
    "What did the U.S. provide Ukraine?",
    "Who said it is certainly a possibility?",
    "What is the capital of Peru?",
    "",                                   # empty: a clear message, not an error
    "   \x00\x07 ",                       # control characters only
    "the of and",                         # only stop words
]
TIMEOUT_S = 600


def test_twenty_concurrent_sessions_without_errors(tmp_path, seed_dir):
    from qa.chat.engine import Engine

    real = os.environ.get("QA_LOAD_REAL") == "1"
    engine = Engine(seed_dir, tmp_path / "index", encoder=None if real else HashingEncoder(),
                    reader=None if real else SENTENCE)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + TIMEOUT_S

    def session(n: int, url: str) -> None:
        try:
            c = client(url)
        except Exception as exc:
            with lock:
                errors.append(f"session {n}: connect: {exc!r}")
            return
        for i in range(QUESTIONS_PER_SESSION):
            if time.monotonic() > deadline:
                with lock:
                    errors.append(f"session {n}: out of time")
                return
            q = QUESTIONS[(n + i) % len(QUESTIONS)]
            t0 = time.perf_counter()
            try:
                result = c.predict(q, 3, api_name="/ask")
                if not isinstance(result, dict) or "found" not in result:
                    raise ValueError(f"unexpected reply {str(result)[:200]}")
            except Exception as exc:
                with lock:
                    errors.append(f"session {n} question {i} ({q!r}): {exc!r}")
                continue
            with lock:
                latencies.append(time.perf_counter() - t0)

    with serve(engine, tmp_path) as (_demo, url):
        started = time.perf_counter()
        threads = [threading.Thread(target=session, args=(n, url), daemon=True) for n in range(SESSIONS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(TIMEOUT_S)
        wall = time.perf_counter() - started

    assert not errors, f"{len(errors)} errors, first: {errors[:3]}"
    assert len(latencies) == SESSIONS * QUESTIONS_PER_SESSION
    lat = np.array(latencies) * 1000
    print(
        f"\nload ({'real model' if real else 'fake encoder'}): {len(lat)} questions from {SESSIONS} sessions in "
        f"{wall:.1f} s = {len(lat) / wall:.1f} questions/s; latency p50 {np.percentile(lat, 50):.0f} ms, "
        f"p95 {np.percentile(lat, 95):.0f} ms (client side, including queueing)"
    )

