"""Skipped files are not read again at every build: a file unusable for what it holds (empty,
binary, no article text) is remembered in the manifest until its size or times change, and a copy
of a kept article is checked against its bytes, not read as an article again (fake encoder)."""

from __future__ import annotations

import json
import os
import shutil
import time

from qa.index import build as build_module
from qa.index.build import build_index
from qa.index.format import read_manifest
from qa.ingest import seeds as seeds_module
from qa.ingest.seeds import READING_VERSION, reading_rules
from tests.fakes import TOPICS, fresh_results, results, write_corpus


class _Reads:
    """Counts the files read through their Loader, by name."""

    def __init__(self, monkeypatch):
        self.names: list[str] = []
        loader_for = seeds_module.loader_for

        def counting(name):
            self.names.append(str(name).rsplit("/", 1)[-1])
            return loader_for(name)

        monkeypatch.setattr(seeds_module, "loader_for", counting)


def _awkward(seeds):
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "junk.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(seeds / "apples.txt", seeds / "spare-apples.txt")
    for path in seeds.iterdir():       # written a while ago: a time this recent is not trusted (racy)
        os.utime(path, (time.time() - 60, time.time() - 60))


def test_unusable_files_and_copies_are_skipped_again_without_being_read(corpus, tmp_path, fake_encoder, monkeypatch):
    _awkward(corpus)
    index_dir = tmp_path / "index"
    first = build_index(corpus, index_dir, encoder=fake_encoder)
    reasons = {k.source: k.reason for k in first.skipped}
    assert set(reasons) == {"empty.txt", "junk.txt", "spare-apples.txt"}

    reads = _Reads(monkeypatch)
    seen: list[tuple[int, int]] = []
    again = build_index(corpus, index_dir, encoder=fake_encoder, progress=lambda d, t: seen.append((d, t)))
    assert reads.names == [] and again.up_to_date and again.embedded == 0
    assert {k.source: k.reason for k in again.skipped} == reasons        # still named, with why
    assert all(d >= t for d, t in seen)                                   # nothing to show a bar for
    docs = {d["source"]: d for d in read_manifest(index_dir)["documents"]}
    assert docs["apples.txt"]["also"] == ["spare-apples.txt"]


def test_a_skipped_file_that_changes_is_read_again(corpus, tmp_path, fake_encoder, monkeypatch):
    _awkward(corpus)
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    write_corpus(corpus, {"empty.txt": ("Pier reopens", "The town pier reopened on Saturday after repairs.")})
    (corpus / "spare-apples.txt").write_text("Apple prices\n\nApple prices fell in Kent this week.\n")

    reads = _Reads(monkeypatch)
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert sorted(reads.names) == ["empty.txt", "spare-apples.txt"]
    assert sorted(report.added) == ["empty.txt", "spare-apples.txt"] and [k.source for k in report.skipped] == ["junk.txt"]
    assert "also" not in {d["source"]: d for d in read_manifest(index_dir)["documents"]}["apples.txt"]
    assert results(_engine(corpus, index_dir, fake_encoder)) == fresh_results(corpus, tmp_path, fake_encoder)


def test_when_the_original_goes_its_copy_takes_its_place(corpus, tmp_path, fake_encoder):
    _awkward(corpus)
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    (corpus / "apples.txt").unlink()
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.renamed == (("apples.txt", "spare-apples.txt"),) and report.embedded == 0


def test_other_reading_rules_read_the_unusable_files_again(corpus, tmp_path, fake_encoder, monkeypatch):
    _awkward(corpus)
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    monkeypatch.setattr(build_module, "reading_rules", lambda: {**reading_rules(), "version": READING_VERSION + 1})
    reads = _Reads(monkeypatch)
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert {"empty.txt", "junk.txt"} <= set(reads.names) and "spare-apples.txt" not in reads.names
    assert sorted(k.source for k in report.skipped) == ["empty.txt", "junk.txt", "spare-apples.txt"]


def test_a_full_build_reads_every_file(corpus, tmp_path, fake_encoder, monkeypatch):
    _awkward(corpus)
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    reads = _Reads(monkeypatch)
    build_index(corpus, index_dir, encoder=fake_encoder, full=True)
    assert sorted(reads.names) == sorted([*(t.rsplit("/", 1)[-1] for t in TOPICS), "empty.txt", "junk.txt",
                                         "spare-apples.txt"])


def test_a_malformed_record_of_unusable_files_rebuilds_the_index(corpus, tmp_path, fake_encoder):
    _awkward(corpus)
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    manifest = read_manifest(index_dir)
    manifest["unusable"] = {"empty.txt": {"size": "zero"}}
    (index_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert any("previous index not usable" in w for w in report.warnings)
    assert sorted(k.source for k in report.skipped) == ["empty.txt", "junk.txt", "spare-apples.txt"]


def _engine(seeds, index_dir, encoder):
    from qa.chat.engine import Engine
    from tests.fakes import SENTENCE

    return Engine(seeds, index_dir, encoder=encoder, reader=SENTENCE, auto_build=False)
