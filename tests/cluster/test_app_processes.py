"""Several app processes on one index folder (README "Scaling out"): two ``app.py`` processes
(``app_process``: the app with the fake encoder) serve the same index; one rebuilds it from scratch
(new files, the old ones deleted) while both keep answering; the other picks the new index up when
asked to rebuild (it finds nothing to do and loads what the manifest now names)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from qa.index.build import build_index
from qa.settings import PROJECT_DIR
from tests.apphelp import client, free_port
from tests.fakes import HashingEncoder, write_corpus

KITE = "Which kite won the prize at the festival?"
OTHER = "How many dolphins did the biologists count?"


@pytest.fixture
def two_apps(corpus, tmp_path):
    index = tmp_path / "index"
    build_index(corpus, index, encoder=HashingEncoder())
    procs, urls = [], []
    try:
        for _ in range(2):
            port = free_port()
            procs.append(subprocess.Popen([sys.executable, "-m", "tests.cluster.app_process", str(corpus), str(index),
                                           str(port)], cwd=PROJECT_DIR, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, text=True))
            urls.append(f"http://127.0.0.1:{port}/")
        for proc in procs:
            line = proc.stdout.readline()          # blocks until the app says it serves (or dies)
            assert line.strip() == "ready", f"the app process exited with {proc.poll()}"
        yield corpus, [client(u) for u in urls]
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _source(c, question: str) -> str:
    answer = c.predict(question, 5, api_name="/ask")
    assert "error" not in answer or not answer["error"], answer
    return answer["source"] if answer["found"] else ""


def test_two_processes_keep_answering_through_a_rebuild_and_pick_up_the_new_index(two_apps):
    seeds, (a, b) = two_apps
    assert _source(a, OTHER) == _source(b, OTHER) == "dolphins.txt"
    assert "kites.txt" not in (_source(a, KITE), _source(b, KITE))

    errors, asked, stop = [], [0], threading.Event()

    def keep_asking(c):                         # questions to b while a rebuilds the index
        while not stop.is_set():
            try:
                if _source(c, OTHER) != "dolphins.txt":
                    errors.append("wrong answer")
                asked[0] += 1
            except Exception as exc:            # any failure is what we look for
                errors.append(repr(exc))

    asker = threading.Thread(target=keep_asking, args=(b,))
    asker.start()
    try:
        write_corpus(seeds, {"kites.txt": ("Kite festival", "A red dragon kite won the prize at the festival.")})
        report = a.predict(True, api_name="/rebuild")          # from scratch: new files, old ones deleted
        assert not report["error"] and "kites.txt" in report["added"]
        assert _source(a, KITE) == "kites.txt"
        time.sleep(1.0)
        assert _source(b, OTHER) == "dolphins.txt"              # b still answers from the files it mapped
    finally:
        stop.set()
        asker.join(60)
    assert not errors and asked[0] > 0
    report = b.predict(False, api_name="/rebuild")             # nothing to build: b loads the new index
    assert not report["error"] and not report["added"]
    assert _source(b, KITE) == "kites.txt"
    assert _source(a, OTHER) == _source(b, OTHER) == "dolphins.txt"
