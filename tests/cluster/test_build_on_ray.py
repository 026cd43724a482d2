"""``python -m qa build --ray`` on a simulated two-node cluster (``conftest.ray_cluster``): the same
index as a local build, incremental builds, a worker killed mid-build, a build that fails, the
shared-storage check, and the command line's one-line errors."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.index.build import build_index
from qa.index.cluster import ClusterProblem, build_on_ray, check_shared
from qa.index.files import load_arrays
from qa.index.format import read_manifest
from qa.settings import PROJECT_DIR, Settings
from tests.cluster import encoders
from tests.cluster.conftest import need_ray
from tests.conftest import SEED
from tests.fakes import QUESTIONS, SENTENCE, TOPICS, HashingEncoder, results, write_corpus
from tests.index.test_stories import NEXIS

TWO = Settings(ray_workers=2)      # one actor per CPU of the two nodes
VECTOR_FILES = ("vectors", "sentvec")
PAST = 1_700_000_000           # every seed's mtime: both builds record the same times


def _seeds(root: Path, extra: dict[str, str] | None = None) -> Path:
    """The fake corpus, the real seed, and ``extra`` files, all modified at ``PAST``."""
    seeds = write_corpus(root / "seeds")
    shutil.copy(SEED, seeds / SEED.name)
    for rel, text in (extra or {}).items():
        (seeds / rel).write_text(text, encoding="utf-8")
    for path in seeds.rglob("*"):
        os.utime(path, (PAST, PAST))
    return seeds


def _ray(seeds: Path, index: Path, make=encoders.hashing, settings: Settings = TWO, **kw):
    return build_on_ray(seeds, index, make_encoder=make, model=HashingEncoder(), settings=settings, **kw)


def assert_same_index(a: Path, b: Path, atol: float = 1e-6) -> None:
    """Identical manifests (but for build times and file names) and data files, vectors within ``atol``."""
    ma, mb = read_manifest(a), read_manifest(b)
    for m in (ma, mb):
        m.pop("built_at")
    assert ma["documents"] == mb["documents"]
    assert {k: v for k, v in ma.items() if k != "files"} == {k: v for k, v in mb.items() if k != "files"}
    xa, xb = load_arrays(a, ma), load_arrays(b, mb)
    for role in xa:
        if role in VECTOR_FILES:
            np.testing.assert_allclose(np.asarray(xa[role], np.float32), np.asarray(xb[role], np.float32), atol=atol)
        else:
            assert np.array_equal(xa[role], xb[role]), role


def _answers(seeds: Path, index: Path) -> list:
    engine = Engine(seeds, index, encoder=HashingEncoder(), reader=SENTENCE, auto_build=False)
    return results(engine, list(QUESTIONS.values()) + ["What did Russia give North Korea?"])


def test_a_ray_build_is_the_local_build(ray_cluster, tmp_path):
    title, body = TOPICS["honey.txt"]
    seeds = _seeds(tmp_path, {"empty.txt": "", "copy.txt": f"{title}\n\n{body}\n", "export.txt": NEXIS})
    local = build_index(seeds, tmp_path / "local", encoder=HashingEncoder())
    ray = _ray(seeds, tmp_path / "ray", settings=Settings(ray_workers=2, ray_batch_files=3))
    assert (ray.added, ray.skipped, ray.chunks, ray.embedded) == (local.added, local.skipped, local.chunks,
                                                                  local.embedded)
    assert {s.source for s in ray.skipped} == {"empty.txt", "copy.txt"}     # copy.txt: same as honey.txt
    assert_same_index(tmp_path / "local", tmp_path / "ray")
    assert _answers(seeds, tmp_path / "ray") == _answers(seeds, tmp_path / "local")
    assert [len(d.get("stories", ())) for d in read_manifest(tmp_path / "ray")["documents"]
            if d["source"] == "export.txt"] == [3]          # each story's headline and credits made it through
    assert not list((tmp_path / "ray").glob(".shards-*"))          # the shards are cleaned up


def test_incremental_ray_builds_send_only_new_and_changed_files(ray_cluster, tmp_path):
    seeds = _seeds(tmp_path)
    for index in ("local", "ray"):
        shutil.rmtree(tmp_path / "seeds")
        seeds = _seeds(tmp_path)
        first = build_index(seeds, tmp_path / index, encoder=HashingEncoder()) if index == "local" else \
            _ray(seeds, tmp_path / index)
        assert first.embedded > 0
        (seeds / "apples.txt").unlink()
        (seeds / "comets.txt").write_text("Comet seen from Earth\n\nThe comet returns in 2061.\n", encoding="utf-8")
        (seeds / "kites.txt").write_text("Kite festival\n\nA red kite won the prize.\n", encoding="utf-8")
        for name in ("comets.txt", "kites.txt"):
            os.utime(seeds / name, (PAST + 60, PAST + 60))
        again = build_index(seeds, tmp_path / index, encoder=HashingEncoder()) if index == "local" else \
            _ray(seeds, tmp_path / index)
        assert (again.added, again.changed, again.removed) == (("kites.txt",), ("comets.txt",), ("apples.txt",))
        assert again.embedded == 2
        if index == "ray":
            assert _ray(seeds, tmp_path / index).up_to_date      # nothing to send: Ray is not even used
    assert_same_index(tmp_path / "local", tmp_path / "ray")


def test_a_worker_killed_mid_build_is_restarted_and_its_batch_retried(ray_cluster, tmp_path):
    seeds = _seeds(tmp_path)
    build_index(seeds, tmp_path / "local", encoder=HashingEncoder())
    marker = tmp_path / "died"
    make = functools.partial(encoders.dies_once, word="dolphins", marker=str(marker))
    report = _ray(seeds, tmp_path / "ray", make, settings=Settings(ray_workers=2, ray_batch_files=2))
    assert marker.exists()                              # it did die
    assert report.embedded > 0
    assert_same_index(tmp_path / "local", tmp_path / "ray")


@pytest.mark.parametrize("make, reason", [
    (functools.partial(encoders.breaks, word="dolphins"), "the encoder broke on 'dolphins'"),
    (encoders.always_dies, "died"),
])
def test_a_failed_build_says_why_and_keeps_the_previous_index(ray_cluster, tmp_path, make, reason):
    seeds = _seeds(tmp_path)
    index = tmp_path / "index"
    build_index(seeds, index, encoder=HashingEncoder())
    before = read_manifest(index)
    answers = _answers(seeds, index)
    (seeds / "dolphins.txt").write_text("Dolphins return to the bay\n\nThe dolphins left again.\n", encoding="utf-8")
    with pytest.raises(ClusterProblem) as err:
        _ray(seeds, index, make, settings=Settings(ray_workers=2, ray_max_restarts=0), full=True)
    message = str(err.value)
    assert "\n" not in message and reason in message.lower() and "previous index is unchanged" in message
    assert read_manifest(index) == before
    assert _answers(seeds, index) == answers
    assert not list(index.glob(".shards-*"))


def test_the_shared_storage_check(ray_cluster, tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    seed = tmp_path / "a.txt"
    seed.write_text("An article.", encoding="utf-8")
    check_shared(shards, seed)                          # every node of the simulated cluster sees them
    with pytest.raises(ClusterProblem, match="must be shared storage, mounted at the same path on every node"):
        check_shared(shards, tmp_path / "not-on-that-node.txt")


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa", "build", *args], capture_output=True, text=True,
                          cwd=PROJECT_DIR, env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.parametrize("args, expected", [
    (["--ray", "127.0.0.1:1"], "error: no Ray cluster at 127.0.0.1:1"),
    (["--ray", "nonsense"], "error: not a Ray address: 'nonsense'"),
    (["--workers", "2"], "error: --workers goes with --ray"),
])
def test_the_command_line_says_what_is_wrong_in_one_line(tmp_path, args, expected):
    if "--ray" in args:
        need_ray()      # without Ray, the one line says to install it (below)
    seeds = _seeds(tmp_path)
    done = _cli("--seeds", str(seeds), "--index", str(tmp_path / "index"), *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(expected), done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "index" / "manifest.json").exists()


@pytest.mark.slow
def test_the_real_model_on_ray_gives_the_local_vectors(ray_cluster, tmp_path, real_encoder):
    """One pass of the packaged model in each actor: chunk and sentence vectors as a local build's,
    within float tolerance (the batches differ, so the padding and the sums' order do)."""
    seeds = _seeds(tmp_path)
    build_index(seeds, tmp_path / "local", encoder=real_encoder)
    build_on_ray(seeds, tmp_path / "ray", settings=TWO)         # the default: minilm in every actor
    ma, mb = read_manifest(tmp_path / "local"), read_manifest(tmp_path / "ray")
    xa, xb = load_arrays(tmp_path / "local", ma), load_arrays(tmp_path / "ray", mb)
    assert ma["documents"] == mb["documents"] and ma["model"] == mb["model"]
    for role in xa:
        if role not in VECTOR_FILES:
            assert np.array_equal(xa[role], xb[role]), role
    np.testing.assert_allclose(xa["vectors"], xb["vectors"], atol=1e-5)
    np.testing.assert_allclose(np.asarray(xa["sentvec"], np.float32), np.asarray(xb["sentvec"], np.float32), atol=2e-3)

    def passages(index):
        engine = Engine(seeds, index, encoder=real_encoder, reader=SENTENCE, auto_build=False)
        return [[(p.source, p.start, p.end, p.score) for p in engine.retrieve(q, 5)]
                for q in list(QUESTIONS.values()) + ["What did Russia give North Korea?"]]

    for ray, local in zip(passages(tmp_path / "ray"), passages(tmp_path / "local"), strict=True):
        assert [p[:3] for p in ray] == [p[:3] for p in local]          # the same passages, in the same order
        np.testing.assert_allclose([p[3] for p in ray], [p[3] for p in local], atol=5e-3)   # scores within float noise


def test_without_ray_the_command_line_says_to_install_it(tmp_path):
    try:
        import ray  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("Ray is installed")
    done = _cli("--seeds", str(_seeds(tmp_path)), "--index", str(tmp_path / "index"), "--ray", "127.0.0.1:1")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("error: Ray is not installed: pip install"), done.stderr
    assert "Traceback" not in done.stderr
