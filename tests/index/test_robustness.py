"""Robustness: bad seed files, broken indexes, crashes (kill -9, Ctrl-C) and concurrent builds.

Each case: the build never stops on a bad file and names it; a damaged index is refused at load
with the remedy in the message, and a plain ``build_index`` repairs it; a crash leaves the
previous index loadable and the next build completes; two builds never mix."""

from __future__ import annotations

import codecs
import errno
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.encode.minilm import MAX_TOKENS
from qa.index import build as build_module
from qa.index import files as store
from qa.index import loaded as loaded_module
from qa.index.build import build_index
from qa.index.format import FORMAT_VERSION, IndexProblem, read_manifest
from qa.index.loaded import Index
from qa.settings import DEFAULT, Settings
from tests.conftest import ROOT
from tests.fakes import SENTENCE, TOPICS, HashingEncoder, fresh_results, results, write_corpus

GOOD = ("Good article", "The harbour master counted ninety ships in the harbour on Friday.")


def _seeds(tmp_path: Path, files: dict[str, bytes]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / "good.txt").write_text(f"{GOOD[0]}\n\n{GOOD[1]}\n")
    for name, raw in files.items():
        (seeds / name).write_bytes(raw)
    return seeds


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "seeds")


def _load(index_dir: Path, encoder) -> Index:
    return Index.load(index_dir, encoder.name, encoder.dim)


def _own_files_are_referenced(index_dir: Path) -> None:
    manifest = read_manifest(index_dir)
    names = {p.name for p in index_dir.iterdir()}
    assert names - store.referenced(manifest) <= {"manifest.json", ".lock"}, "leftover files"


# == bad seed files ================================================================================
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + bytes(300)


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty file"),
    (b" \n\n\t \r\n", "empty file"),
    (PNG, "PNG image"),
    (bytes(range(1, 32)) * 50, "binary"),
    ("An article saved as UTF-16 without a byte-order mark.".encode("utf-16-le"), "UTF-16"),
    (codecs.BOM_UTF16_LE + "Broken UTF-16".encode("utf-16-le") + b"\x00\xdc", "not valid UTF-16"),
    (b"Facebook\nTwitter\n\nShare this\n", "no article text"),
], ids=["zero-bytes", "whitespace", "png", "control-chars", "utf16-no-bom", "bad-utf16", "only-clutter"])
def test_bad_file_is_skipped_and_named(tmp_path, fake_encoder, raw, reason):
    seeds = _seeds(tmp_path, {"bad.txt": raw})
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert report.added == ("good.txt",)
    assert [s.source for s in report.skipped] == ["bad.txt"]
    assert reason in report.skipped[0].reason
    assert "1 skipped" in report.summary()
    # Still skipped (and still named) on the next build; the good article stays.
    again = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert [s.source for s in again.skipped] == ["bad.txt"] and again.unchanged == ("good.txt",)


def test_an_indexed_article_that_goes_bad_is_removed(tmp_path, fake_encoder):
    seeds = _seeds(tmp_path, {"other.txt": b"Other\n\nA perfectly good article about sailing boats.\n"})
    build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    (seeds / "other.txt").write_bytes(b"")
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert report.removed == ("other.txt",) and [s.source for s in report.skipped] == ["other.txt"]
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, auto_build=False)
    assert all(p.source == "good.txt" for p in engine.retrieve("sailing boats", 10))


@pytest.mark.parametrize("encoding, recorded", [
    ("cp1252", "cp1252"), ("latin-1", "cp1252"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8"),
])
def test_non_utf8_articles_are_decoded_and_quoted_exactly(tmp_path, fake_encoder, encoding, recorded):
    text = ("Café owners in Zürich\r\n\r\nThe café owners of Zürich met on Monday. “Prices rose,” "
            "said Müller. Rents went up by 12 percent.\r\n")
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"')
    seeds = _seeds(tmp_path, {"cafe.txt": text.encode(encoding)})
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert sorted(report.added) == ["cafe.txt", "good.txt"] and not report.skipped
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, auto_build=False)
    passage = engine.retrieve("café owners Zürich Müller prices", 1)[0]
    assert passage.source == "cafe.txt" and passage.encoding == recorded
    assert passage.title == "Café owners in Zürich"
    with open(seeds / "cafe.txt", encoding=passage.encoding) as f:
        assert f.read()[passage.start:passage.end] == passage.text
    assert "Müller" in passage.text


def test_one_huge_line_without_punctuation_fits_the_model(tmp_path, fake_encoder):
    rnd = random.Random(5)
    line = " ".join(rnd.choice(["north", "south", "missile", "treaty", "envoy", "x"]) for _ in range(30_000))
    seeds = _seeds(tmp_path, {"line.txt": f"One line\n{line}".encode()})
    build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    index = _load(tmp_path / "index", fake_encoder)
    rows = [r for r in range(len(index.live)) if index.document(r)["source"] == "line.txt"]
    assert len(rows) >= 30_000 // DEFAULT.chunk_limit
    for r in rows:
        assert fake_encoder.sizes([index.chunk_text(r)])[0] <= DEFAULT.chunk_limit
        assert fake_encoder.sizes(["One line\n" + index.chunk_text(r)])[0] + 2 <= MAX_TOKENS


class _FastEncoder(HashingEncoder):
    """Constant vectors (no hashing cost); records each call's batch size and how much of the
    chunk table is on disk at that moment."""

    def __init__(self, index_dir: Path):
        super().__init__()
        self.index_dir = index_dir
        self.batches: list[int] = []
        self.table_bytes: list[int] = []

    def encode_spans(self, texts, spans, progress=None):
        self.calls += 1
        self.batches.append(len(texts))
        self.table_bytes.append(sum(p.stat().st_size for p in self.index_dir.glob("chunks-*")))
        v = np.zeros((len(texts), self.dim), np.float32)
        v[:, 0] = 1
        return v, [np.repeat(v[:1], len(sp), axis=0) for sp in spans]


def test_large_file_is_built_in_bounded_batches_with_progress(tmp_path):
    rng = np.random.default_rng(0)
    words = np.array(["w" + "".join(rng.choice(list("abcdefghijklmnop"), 15)) for _ in range(3000)])
    lens = rng.integers(6, 30, 16_000)      # (under the 5 MB a text file may have)
    ids = rng.integers(0, len(words), int(lens.sum()))
    parts, at = [], 0
    for n in lens:
        parts.append(" ".join(words[ids[at:at + n]]).capitalize() + ".")
        at += n
    text = "Big report\n\n" + "\n\n".join(" ".join(parts[i:i + 5]) for i in range(0, len(parts), 5))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "big.txt").write_text(text)
    size = (seeds / "big.txt").stat().st_size
    assert size > 4_500_000
    index_dir = tmp_path / "index"
    encoder = _FastEncoder(index_dir)
    progress: list[tuple[int, int]] = []
    report = build_index(seeds, index_dir, encoder=encoder, progress=lambda d, t: progress.append((d, t)))
    assert report.added == ("big.txt",)
    # Memory stays bounded: never more than one batch at the encoder, rows written as it goes.
    assert max(encoder.batches) <= DEFAULT.build_batch_chunks
    assert sum(encoder.batches) == report.chunks
    assert all(a < b for a, b in zip(encoder.table_bytes, encoder.table_bytes[1:]))
    # Progress: several calls, in bytes, never backwards, ending at the total.
    assert len(progress) >= len(encoder.batches) - 1 and progress[-1] == (size, size)
    assert all(t == size for _, t in progress)
    assert all(a[0] <= b[0] for a, b in zip(progress, progress[1:]))
    index = _load(index_dir, encoder)
    assert index.size == report.chunks
    row = int(index.lexical(str(words[ids[123_456]]), 1)[0][0])
    assert str(words[ids[123_456]]) in index.chunk_text(row)
    assert report.chunks > 2_000


@pytest.mark.parametrize("copy", ["Comet (copy).txt", "Comet - Copy.txt", "Comet (2).txt", "Comet__copy_.txt"])
def test_of_a_story_and_its_copy_the_original_is_the_one_cited(tmp_path, fake_encoder, copy):
    article = f"{TOPICS['comets.txt'][0]}\n\n{TOPICS['comets.txt'][1]}\n".encode()
    seeds = _seeds(tmp_path, {copy: article, "comet.txt": article})      # the copy sorts first
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert [(s.source, s.reason) for s in report.skipped] == [(copy, "same text as comet.txt (indexed once)")]


def test_same_article_under_two_names_is_indexed_once(tmp_path, fake_encoder):
    article = f"{TOPICS['comets.txt'][0]}\n\n{TOPICS['comets.txt'][1]}\n".encode()
    seeds = _seeds(tmp_path, {"comet.txt": article, "copy of comet.txt": article})
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert sorted(report.added) == ["comet.txt", "good.txt"]
    assert [(s.source, s.reason) for s in report.skipped] == [("copy of comet.txt", "same text as comet.txt (indexed once)")]
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, auto_build=False)
    passages = engine.retrieve("When does the comet return?", 10)
    assert len({p.text for p in passages}) == len(passages)
    assert {p.source for p in passages} == {"comet.txt", "good.txt"}
    assert {p.also_in for p in passages if p.source == "comet.txt"} == {("copy of comet.txt",)}
    assert engine.answer("When does the comet return?").also_in == ("copy of comet.txt",)
    # Building again with both files there keeps the note; removing the copy clears it.
    build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert _load(tmp_path / "index", fake_encoder).documents[0]["also"] == ["copy of comet.txt"]
    (seeds / "copy of comet.txt").rename(tmp_path / "aside.txt")
    build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert "also" not in _load(tmp_path / "index", fake_encoder).documents[0]
    (tmp_path / "aside.txt").rename(seeds / "copy of comet.txt")
    build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    # When the first copy goes, the second one takes its place (its rows, not embedded again).
    (seeds / "comet.txt").unlink()
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert report.renamed == (("comet.txt", "copy of comet.txt"),) and not (report.removed or report.added)
    assert report.embedded == 0 and _load(tmp_path / "index", fake_encoder).documents[0]["source"] == "copy of comet.txt"


def test_symlink_out_of_the_seeds_folder_is_not_followed(tmp_path, fake_encoder):
    secret = tmp_path / "private" / "diary.txt"
    secret.parent.mkdir()
    secret.write_text("Diary\n\nMy bank password is swordfish.\n")
    seeds = _seeds(tmp_path, {})
    os.symlink(secret, seeds / "diary.txt")
    os.symlink(secret.parent, seeds / "private")
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert report.added == ("good.txt",)
    reasons = {s.source: s.reason for s in report.skipped}
    assert set(reasons) == {"diary.txt", "private"}
    assert all("outside the seeds folder" in r for r in reasons.values())
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, auto_build=False)
    assert all("swordfish" not in p.text for p in engine.retrieve("bank password swordfish", 10))


def test_unreadable_file_is_skipped(tmp_path, fake_encoder, monkeypatch):
    seeds = _seeds(tmp_path, {"locked.txt": b"Locked\n\nYou may not read this.\n"})
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = build_index(seeds, tmp_path / "index", encoder=fake_encoder)
    assert report.added == ("good.txt",)
    assert [(s.source, s.reason) for s in report.skipped] == [("locked.txt", "Permission denied")]


def test_unreadable_folder_is_reported(corpus, tmp_path, fake_encoder, monkeypatch):
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("sub"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    assert [(s.source, s.reason) for s in report.skipped] == [("sub", "cannot read this folder: Permission denied")]
    assert sorted(report.added) == sorted(r for r in TOPICS if not r.startswith("sub/"))


# -- files that change while a build runs ----------------------------------------------------------
def _during_load(monkeypatch, when: str, action) -> None:
    """Run ``action`` once, just before the build reads the file named ``when``."""
    real = build_module.load_document
    done = []

    def load_document(path, seeds, raw=None):
        if path.name == when and not done:
            done.append(1)
            action()
        return real(path, seeds, raw)

    monkeypatch.setattr(build_module, "load_document", load_document)


def test_file_deleted_during_a_build(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    write_corpus(corpus, {"comets.txt": ("Comet", "The comet changed its course."),
                          "new.txt": ("Fresh", "A fresh article about kites.")})

    def vanish():
        # Just before the build reads them: comets.txt (indexed, changed), new.txt (new) and
        # dolphins.txt (unchanged, so not read again) disappear.
        for name in ("comets.txt", "new.txt", "dolphins.txt"):
            (corpus / name).unlink()

    _during_load(monkeypatch, "comets.txt", vanish)
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.removed == ("comets.txt",)
    assert {s.source for s in report.skipped} == {"comets.txt", "new.txt"}
    assert all("No such file" in s.reason for s in report.skipped)
    index = _load(index_dir, fake_encoder)                  # consistent: loads, no trace of them
    assert {d["source"] for d in index.documents} == set(TOPICS) - {"comets.txt"}
    monkeypatch.undo()
    report = build_index(corpus, index_dir, encoder=fake_encoder)        # the next build catches up
    assert report.removed == ("dolphins.txt",) and not report.skipped
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder)


@pytest.mark.parametrize("same_size", [True, False])
def test_file_changed_during_a_build_is_caught_by_the_next(corpus, tmp_path, fake_encoder, monkeypatch, same_size):
    """Changed right after the build read it, even keeping size and mtime (a coarse clock): the
    build finishes with what it read, and the next build sees the change."""
    index_dir = tmp_path / "index"
    path = corpus / "apples.txt"
    old = path.read_text()
    new = old.replace("apples", "melons") if same_size else old + "Melons too.\n"
    assert (len(new) == len(old)) == same_size
    real = build_module.load_document

    def load_then_change(p, seeds, raw=None):
        doc = real(p, seeds, raw)
        if p.name == "apples.txt":
            st = p.stat()
            p.write_text(new)
            if same_size:
                os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
        return doc

    monkeypatch.setattr(build_module, "load_document", load_then_change)
    build_index(corpus, index_dir, encoder=fake_encoder)
    monkeypatch.undo()
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)
    assert "Cider makers bought most of the apples." in engine.retrieve("apples cider", 1)[0].text
    report = engine.refresh()
    assert report.changed == ("apples.txt",)
    assert "melons" in engine.retrieve("melons cider", 1)[0].text.lower()
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder)


def test_old_files_keep_their_mtime_in_the_manifest(corpus, tmp_path, fake_encoder):
    """Only recently modified files are re-hashed at every build ("racy" mtimes are recorded -1)."""
    old = time.time_ns() - 3600 * 10**9
    os.utime(corpus / "apples.txt", ns=(old, old))
    build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    docs = {d["source"]: d for d in read_manifest(tmp_path / "index")["documents"]}
    assert docs["apples.txt"]["mtime_ns"] == old
    assert docs["bridges.txt"]["mtime_ns"] == -1


# == broken indexes ================================================================================
def _flip(path: Path, at: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    i = int(len(data) * at)
    data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _edit_manifest(index_dir: Path, change) -> None:
    manifest = json.loads((index_dir / "manifest.json").read_text())
    change(manifest)
    (index_dir / "manifest.json").write_text(json.dumps(manifest))


def _file(index_dir: Path, role: str) -> Path:
    return index_dir / read_manifest(index_dir)["files"][role]["name"]


DAMAGE = {
    "chunk-table-flipped": lambda d: _flip(_file(d, "chunks")),
    "vocab-flipped": lambda d: _flip(_file(d, "vocab")),
    "texts-flipped": lambda d: _flip(_file(d, "texts")),
    "terms-flipped": lambda d: _flip(_file(d, "terms"), 0.0),
    "vectors-truncated": lambda d: _truncate(_file(d, "vectors")),
    "sentences-truncated": lambda d: _truncate(_file(d, "sentences")),
    "counts-missing": lambda d: _file(d, "counts").unlink(),
    "manifest-not-json": lambda d: (d / "manifest.json").write_text("{not json"),
    "manifest-cut-short": lambda d: (d / "manifest.json").write_bytes((d / "manifest.json").read_bytes()[:200]),
    "manifest-binary": lambda d: (d / "manifest.json").write_bytes(b"\xff\xfe\x00garbage"),
    "manifest-a-list": lambda d: (d / "manifest.json").write_text("[1, 2]"),
    "manifest-without-documents": lambda d: _edit_manifest(d, lambda m: m.pop("documents")),
    "manifest-bad-length": lambda d: _edit_manifest(d, lambda m: m["files"]["chunks"].update(bytes="72")),
    "manifest-rows-out-of-range": lambda d: _edit_manifest(d, lambda m: m["documents"][0].update(rows=[0, 10**6])),
    "manifest-names-a-file-outside": lambda d: _edit_manifest(d, lambda m: m["files"]["vectors"].update(name="../outside.f32")),
    "manifest-article-without-rows": lambda d: _edit_manifest(d, lambda m: m["documents"][0].pop("rows")),
    "future-format": lambda d: _edit_manifest(d, lambda m: m.update(format=FORMAT_VERSION + 1)),
    "old-format": lambda d: _edit_manifest(d, lambda m: m.update(format=0)),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_broken_index_is_refused_with_the_remedy_and_rebuilt(corpus, tmp_path, fake_encoder, damage):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    want = results(engine)
    outside = tmp_path / "outside.f32"
    outside.write_bytes(b"not ours")
    DAMAGE[damage](index_dir)
    with pytest.raises(IndexProblem, match=r"rebuild it with: python -m qa build") as info:
        _load(index_dir, fake_encoder)
    assert str(index_dir) in str(info.value)
    if damage == "future-format":
        assert "newer version" in str(info.value)
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.warnings and "not usable" in report.warnings[0]
    assert "rebuild it with" not in report.warnings[0]           # it was: the warning says so, not what to do
    assert sorted(report.added) == sorted(TOPICS)
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) == want
    assert outside.read_bytes() == b"not ours"
    _own_files_are_referenced(index_dir)


@pytest.mark.parametrize("damage", ["flipped", "missing"])
def test_damaged_search_graph_is_refused_and_rebuilt(corpus, tmp_path, fake_encoder, monkeypatch, damage):
    small = Settings(ann_min_chunks=5)
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, settings=small)
    want = results(engine)
    graph = index_dir / read_manifest(index_dir)["ann"]["file"]
    _flip(graph) if damage == "flipped" else graph.unlink()
    with pytest.raises(IndexProblem, match=r"(missing|corrupted): rebuild it with: python -m qa build"):
        _load(index_dir, fake_encoder)
    report = build_index(corpus, index_dir, encoder=fake_encoder, settings=small)
    assert report.up_to_date and "dense search files not usable" in report.warnings[0]
    again = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False, settings=small)
    assert again.index.dense.kind == "hnsw" and results(again) == want
    _own_files_are_referenced(index_dir)


class _OtherEncoder(HashingEncoder):
    name = "test/another-model"


def test_index_of_another_model_is_refused_and_rebuilt(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    other = _OtherEncoder()
    with pytest.raises(IndexProblem, match=r"built with model 'test/hashing-encoder'.*rebuild it with"):
        _load(index_dir, other)
    with pytest.raises(IndexProblem, match=r"\(64-d\).*\(32-d\).*rebuild"):
        Index.load(index_dir, fake_encoder.name, 32)
    engine = Engine(corpus, index_dir, encoder=other, reader=SENTENCE)      # builds for its own model
    assert engine.last_report.warnings and len(engine.last_report.added) == len(TOPICS)
    assert results(engine) == fresh_results(corpus, tmp_path, _OtherEncoder())
    with pytest.raises(IndexProblem, match="rebuild"):
        _load(index_dir, fake_encoder)


def test_changed_chunking_settings_rebuild_everything(corpus, tmp_path, fake_encoder, monkeypatch):
    build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    report = build_index(corpus, tmp_path / "index", encoder=fake_encoder,
                         settings=Settings(chunk_overlap=DEFAULT.chunk_overlap // 2))
    assert sorted(report.added) == sorted(TOPICS) and "chunking settings changed" in report.warnings[0]


def test_read_only_index_directory(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    want = results(engine)
    write_corpus(corpus, {"new.txt": ("New", "A new article the index cannot take.")})
    if os.geteuid() == 0:       # root writes through chmod: simulate what a read-only folder does
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(index_dir / "manifest.json"))
        monkeypatch.setattr(store, "write_manifest", refuse)
        monkeypatch.setattr(store.Appender, "__init__", refuse)
    else:
        index_dir.chmod(0o555)
    try:
        with pytest.raises(IndexProblem, match="cannot write to .*Make it writable, or build elsewhere"):
            build_index(corpus, index_dir, encoder=fake_encoder)
        again = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)          # still answers from the old index
        assert again.last_report.warnings and "cannot write" in again.last_report.warnings[0]
        assert results(again) == want
        report = engine.refresh()
        assert "cannot write" in report.warnings[0] and results(engine) == want
    finally:
        index_dir.chmod(0o755)
    monkeypatch.undo()
    assert engine.refresh().added == ("new.txt",)


def test_disk_full_during_a_build(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    want = results(engine)
    write_corpus(corpus, {"new.txt": ("New", "A new article that does not fit on the disk.")})
    real = store.Appender.append

    def append(self, role, data):
        if role == "texts":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, role, data)

    monkeypatch.setattr(store.Appender, "append", append)
    with pytest.raises(IndexProblem, match="No space left on device. Free some space"):
        build_index(corpus, index_dir, encoder=fake_encoder)
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) == want
    monkeypatch.undo()
    assert build_index(corpus, index_dir, encoder=fake_encoder).added == ("new.txt",)


def test_index_folder_inside_the_seeds_folder(corpus, tmp_path, fake_encoder):
    """Its files (vocab-*.txt, a README.md) are not articles."""
    index_dir = corpus / "index"
    index_dir.mkdir()
    (index_dir / "README.md").write_text("# Index\n\nGenerated files.\n")
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert sorted(report.added) == sorted(TOPICS) and not report.skipped
    assert build_index(corpus, index_dir, encoder=fake_encoder).up_to_date


def test_a_seeds_folder_that_is_not_there_leaves_no_index_folder_behind(tmp_path, fake_encoder):
    with pytest.raises(FileNotFoundError, match="does not exist; create it"):
        build_index(tmp_path / "no-such-seeds", tmp_path / "new-index", encoder=fake_encoder)
    assert not (tmp_path / "new-index").exists()


def test_index_folder_that_cannot_be_one(corpus, tmp_path, fake_encoder):
    with pytest.raises(IndexProblem, match="cannot be kept in the seeds folder"):
        build_index(corpus, corpus, encoder=fake_encoder)
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(IndexProblem, match="is a file, not a folder"):
        build_index(corpus, tmp_path / "a-file", encoder=fake_encoder)


def test_index_folder_where_none_can_be_made(corpus, tmp_path, fake_encoder, monkeypatch):
    def nowhere(self, *args, **kwargs):             # what mkdir says under /proc
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "mkdir", nowhere)
    with pytest.raises(IndexProblem, match="cannot make the index folder .*No such file or directory: build "
                                           "elsewhere with --index DIR"):
        build_index(corpus, tmp_path / "index", encoder=fake_encoder)


# == crashes =======================================================================================
class _Interrupting(HashingEncoder):
    """Ctrl-C on the ``after``-th call of encode_spans."""

    def __init__(self, after: int):
        super().__init__()
        self.after = after

    def encode_spans(self, texts, spans, progress=None):
        if self.calls + 1 >= self.after:
            raise KeyboardInterrupt
        return super().encode_spans(texts, spans, progress)


def _mutate(corpus: Path, rnd: random.Random, n: int) -> None:
    """Add, change and delete a few articles."""
    files = sorted(p for p in corpus.rglob("*.txt"))
    for p in rnd.sample(files, 2):
        p.unlink()
    for p in rnd.sample([p for p in files if p.exists()], 2):
        p.write_text(p.read_text() + f"Update {n}: the council voted {rnd.randint(1, 99)} to {rnd.randint(1, 99)}.\n")
    for i in range(3):
        (corpus / f"added-{n}-{i}.txt").write_text(f"Added {n} {i}\n\nNew story {n}-{i} about ferries and tolls {rnd.random()}.\n")


@pytest.mark.parametrize("full", [False, True], ids=["incremental", "full"])
def test_ctrl_c_mid_build_leaves_the_previous_index(corpus, tmp_path, fake_encoder, monkeypatch, full):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    before = results(engine)
    files_before = {p.name: p.stat().st_size for p in index_dir.iterdir()}
    _mutate(corpus, random.Random(0), 0)
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, index_dir, encoder=_Interrupting(after=3), full=full, settings=Settings(build_batch_chunks=2))
    grown = {p.name for p in index_dir.iterdir() if p.stat().st_size > files_before.get(p.name, -1)}
    assert grown, "the interrupted build wrote something"
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) == before
    monkeypatch.undo()
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert not report.up_to_date
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) == fresh_results(corpus, tmp_path, fake_encoder)
    _own_files_are_referenced(index_dir)


@pytest.mark.parametrize("why", ["chunking-changed", "other-model"])
def test_ctrl_c_during_a_rebuild_from_scratch_keeps_the_old_index(corpus, tmp_path, fake_encoder, monkeypatch, why):
    """A rebuild from scratch (new settings, another model) writes a new generation: the files the
    current manifest names are never truncated, so the old index stays usable until the end."""
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    before = results(engine)
    interrupting = _Interrupting(after=3)
    settings = Settings(build_batch_chunks=2)
    if why == "chunking-changed":
        settings = Settings(build_batch_chunks=2, chunk_overlap=DEFAULT.chunk_overlap // 2)
    else:
        interrupting.name = "test/another-model"
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, index_dir, encoder=interrupting, settings=settings)
    monkeypatch.undo()
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) == before
    build_index(corpus, index_dir, encoder=fake_encoder)
    _own_files_are_referenced(index_dir)


def test_crash_while_replacing_the_manifest(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    before = results(engine)
    _mutate(corpus, random.Random(1), 1)

    def crash(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, index_dir, encoder=fake_encoder)
    monkeypatch.undo()
    assert any(p.name.endswith(".tmp") for p in index_dir.iterdir())
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) == before
    build_index(corpus, index_dir, encoder=fake_encoder)
    _own_files_are_referenced(index_dir)


def test_crash_after_the_manifest_before_cleaning_up(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    monkeypatch.setattr(store, "remove_unreferenced", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, index_dir, encoder=fake_encoder, full=True)
    monkeypatch.undo()
    assert any("-000001." in p.name for p in index_dir.iterdir())        # the old generation is left over
    want = fresh_results(corpus, tmp_path, fake_encoder)
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) == want
    build_index(corpus, index_dir, encoder=fake_encoder, full=True)
    _own_files_are_referenced(index_dir)


SCRIPT = r"""
import sys, time
from pathlib import Path
from tests.fakes import HashingEncoder
from qa.index import build
from qa.settings import Settings
seeds, index, delay, mode = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
gate = Path(sys.argv[5]) if len(sys.argv) > 5 else None     # the first batch waits until this file exists

class Slow(HashingEncoder):
    def encode_spans(self, texts, spans, progress=None):
        if self.calls == 0:
            print("encoding", flush=True)
            while gate is not None and not gate.exists():
                time.sleep(0.01)
        time.sleep(delay)
        return super().encode_spans(texts, spans, progress)

print("ready", flush=True)
report = build.build_index(Path(seeds), Path(index), encoder=Slow(), full=mode == "full", log=print,
                           settings=Settings(build_batch_chunks=2))
print("done", report.up_to_date, flush=True)
"""


def _start(seeds: Path, index_dir: Path, delay: float, mode: str, gate: Path | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    extra = [] if gate is None else [str(gate)]
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(seeds), str(index_dir), str(delay), mode, *extra],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for(proc: subprocess.Popen, word: str) -> list[str]:
    lines = []
    while True:
        line = proc.stdout.readline()
        assert line, f"the build process ended before saying {word!r}: {lines}"
        lines.append(line.strip())
        if line.startswith(word):
            return lines


def _many(seeds: Path, n: int = 40) -> dict[str, str]:
    questions = {}
    for i in range(n):
        (seeds / f"a{i:02d}.txt").write_text(f"Story {i}\n\nThe town of place{i} built a station{i} "
                                             f"for trains{i}. Mayor{i} opened it in year{i}.\n")
        if i % 5 == 0:
            questions[f"a{i:02d}.txt"] = f"Who opened the station{i} in place{i}?"
    return questions


def test_kill_9_at_random_points_leaves_a_usable_index(tmp_path, fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    questions = list(_many(seeds).values()) + ["ferries and tolls", "the council voted"]
    index_dir = tmp_path / "index"
    build_index(seeds, index_dir, encoder=fake_encoder)
    rnd = random.Random(42)
    kept_old = 0
    for n, (mode, delay) in enumerate([("incremental", 0.15), ("full", 0.03), ("incremental", 0.15), ("full", 0.03)]):
        before = results(Engine(seeds, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False), questions)
        _mutate(seeds, rnd, n)
        after = fresh_results(seeds, tmp_path, fake_encoder, name=f"fresh{n}", questions=questions)
        proc = _start(seeds, index_dir, delay, mode)
        try:
            _wait_for(proc, "ready")
            time.sleep(rnd.uniform(0.05, 0.4))
        finally:
            proc.kill()
            proc.wait()
            proc.stdout.close()
        got = results(Engine(seeds, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False), questions)
        assert got in (before, after)          # the old index or the new one, never a mixture
        kept_old += got == before
    assert kept_old >= 1
    build_index(seeds, index_dir, encoder=fake_encoder)
    final = results(Engine(seeds, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False), questions)
    assert final == fresh_results(seeds, tmp_path, fake_encoder, name="final", questions=questions)
    _own_files_are_referenced(index_dir)


# == concurrent builds =============================================================================
def test_second_build_waits_for_the_first(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    holder = store.BuildLock(index_dir).__enter__()
    release = threading.Timer(0.6, holder.__exit__, args=(None, None, None))
    release.start()
    said: list[str] = []
    t0 = time.monotonic()
    try:
        report = build_index(corpus, index_dir, encoder=fake_encoder, log=said.append)
    finally:
        release.join()
    assert time.monotonic() - t0 >= 0.5
    assert any("another build of this index is running; waiting" in s for s in said)
    assert report.documents == len(TOPICS)


def test_second_build_gives_up_after_the_timeout_with_a_clear_message(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    monkeypatch.setattr(store, "LOCK_TIMEOUT", 0.3)
    with store.BuildLock(index_dir):
        with pytest.raises(IndexProblem, match="another build of .* is still running .* wait for it to finish"):
            build_index(corpus, index_dir, encoder=fake_encoder)
    _load(index_dir, fake_encoder)


def test_two_build_processes_at_once_never_mix(tmp_path, fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    questions = list(_many(seeds, 30).values())
    index_dir = tmp_path / "index"
    gate = tmp_path / "go"
    procs = [_start(seeds, index_dir, 0.03, "incremental", gate)]
    try:
        _wait_for(procs[0], "encoding")                     # the first build holds the lock and waits at the gate
        procs.append(_start(seeds, index_dir, 0.03, "incremental"))
        out_second = _wait_for(procs[1], "another build")   # the second waits for the lock
        gate.touch()
        out_second = "\n".join(out_second + _wait_for(procs[1], "done"))
        out_first = "\n".join(_wait_for(procs[0], "done"))
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()
            proc.stdout.close()
    assert "waiting for it to finish" in out_second
    assert "done False" in out_first and "done True" in out_second      # the second found it up to date
    index = _load(index_dir, fake_encoder)
    sources = [d["source"] for d in index.documents]
    assert len(sources) == len(set(sources)) == 30
    got = results(Engine(seeds, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False), questions)
    assert got == fresh_results(seeds, tmp_path, fake_encoder, questions=questions)


def test_loading_while_another_build_compacts(corpus, tmp_path, fake_encoder, monkeypatch):
    """A reader that read the manifest just before a compacting build replaced it and deleted the
    files it named loads the new index instead of failing."""
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    real = loaded_module.load_arrays
    raced = []

    def load_arrays(d, manifest, mmap=True):
        if not raced:
            raced.append(1)
            build_index(corpus, index_dir, encoder=fake_encoder, full=True)
        return real(d, manifest, mmap)

    monkeypatch.setattr(loaded_module, "load_arrays", load_arrays)
    index = _load(index_dir, fake_encoder)
    assert raced and index.manifest["generation"] == 2 and index.size == len(TOPICS)


def test_engine_keeps_answering_from_its_index_while_files_are_replaced(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    want = results(engine)
    other = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    other.refresh(full=True)                                 # deletes the files `engine` loaded
    assert not any("-000001." in p.name for p in index_dir.iterdir())
    assert results(engine) == want
    shutil.rmtree(index_dir)
    assert results(engine) == want


def test_an_engine_follows_a_build_made_by_another_process(corpus, tmp_path, fake_encoder):
    """A correction made from the shell (``python -m qa build``) while the app runs is what the
    app quotes next, without its own rebuild."""
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    (corpus / "apples.txt").write_text("Apple harvest in Kent\n\nFarmers in Kent picked green pears in the orchards.\n")
    (corpus / "comets.txt").unlink()
    build_index(corpus, index_dir, encoder=fake_encoder)             # what the CLI does, from another process
    sources = {d["source"] for d in engine.index.documents}
    assert "comets.txt" not in sources and "apples.txt" in sources
    assert "green pears" in engine.article_text("apples.txt")
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder)


def test_an_engine_keeps_its_index_when_the_one_on_disk_is_damaged(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE)
    want = results(engine)
    (index_dir / "manifest.json").write_text("{not json")
    with pytest.warns(UserWarning, match="changed on disk but cannot be loaded"):
        assert results(engine) == want
    assert results(engine) == want                  # said once, not at every question
