"""Upgrading the reading rules: an index built under other ``reading_rules`` (another
``READING_VERSION`` or trafilatura) reads its files again at the next build and embeds again only
those whose reading changed (fake encoder)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import warnings

import pytest

from qa.chat.engine import Engine
from qa.index import build as build_module
from qa.index import plan as plan_module
from qa.index.build import build_index
from qa.index.format import read_manifest
from qa.ingest import seeds as seeds_module
from qa.ingest.seeds import READING_VERSION, reading_rules
from qa.settings import Settings
from tests.fakes import SENTENCE, TOPICS, fresh_results, results, write_corpus


class _Counting:
    """A loader that reads as ``loader`` does but for a word read as another (of the same length,
    so that the article's blocks stay put); counts the files it reads."""

    reads = 0

    def __init__(self, loader, word: tuple[str, str] | None):
        self.loader, self.word, self.suffixes = loader, word, loader.suffixes

    def load(self, raw: bytes):
        _Counting.reads += 1
        article = self.loader.load(raw)
        return dataclasses.replace(article, text=article.text.replace(*self.word)) if self.word else article


def _upgrade(monkeypatch, word: tuple[str, str] | None = None) -> None:
    """From now on the program is a newer version, whose rules read ``word`` as another."""
    loader_for = seeds_module.loader_for
    monkeypatch.setattr(seeds_module, "loader_for", lambda name: _Counting(loader_for(name), word))
    monkeypatch.setattr(build_module, "reading_rules", lambda: {**reading_rules(), "version": READING_VERSION + 1})
    _Counting.reads = 0


def test_the_manifest_records_the_reading_rules(corpus, tmp_path, fake_encoder):
    build_index(corpus, tmp_path / "index", encoder=fake_encoder)
    manifest = read_manifest(tmp_path / "index")
    assert manifest["reading"] == reading_rules() and manifest["reading"]["version"] == READING_VERSION
    assert all(len(d["read"]) == 64 for d in manifest["documents"])


def test_new_rules_embed_again_only_the_articles_they_read_differently(corpus, tmp_path, fake_encoder,
                                                                        monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    _upgrade(monkeypatch, ("seventy", "hundred"))          # a word of comets.txt only

    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.changed == ("comets.txt",) and not (report.added or report.removed)
    assert sorted(report.unchanged) == sorted(set(TOPICS) - {"comets.txt"})
    assert report.embedded == 1
    assert _Counting.reads == len(TOPICS)          # comets.txt is embedded as re-read, not read a second time
    assert any("reads articles differently: 1 of the" in w for w in report.warnings)
    assert read_manifest(index_dir)["reading"]["version"] == READING_VERSION + 1

    engine = Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)
    texts = [p.text for p in engine.retrieve("When does the comet return?", 20)]
    assert any("every hundred years" in t for t in texts) and not any("seventy" in t for t in texts)
    assert results(engine) == fresh_results(corpus, tmp_path, fake_encoder)    # as a fresh build reads them

    reads = _Counting.reads
    again = build_index(corpus, index_dir, encoder=fake_encoder)
    assert again.up_to_date and not again.warnings and _Counting.reads == reads    # read again once only


def test_new_rules_that_read_every_file_alike_embed_nothing(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    calls = fake_encoder.calls
    _upgrade(monkeypatch)

    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.up_to_date and report.embedded == 0 and not report.warnings
    assert fake_encoder.calls == calls and _Counting.reads == len(TOPICS)
    assert read_manifest(index_dir)["reading"]["version"] == READING_VERSION + 1
    build_index(corpus, index_dir, encoder=fake_encoder)
    assert _Counting.reads == len(TOPICS)                   # recorded: not read again


def test_an_index_from_before_reading_digests_embeds_every_article_once(corpus, tmp_path, fake_encoder):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    manifest = read_manifest(index_dir)
    del manifest["reading"]
    for d in manifest["documents"]:
        del d["read"]
    (index_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert sorted(report.changed) == sorted(TOPICS) and not report.unchanged
    assert build_index(corpus, index_dir, encoder=fake_encoder).up_to_date


def test_a_full_build_reads_everything_anyway(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    _upgrade(monkeypatch, ("seventy", "hundred"))
    report = build_index(corpus, index_dir, encoder=fake_encoder, full=True)
    assert report.full and not report.changed and sorted(report.unchanged) == sorted(TOPICS)
    assert _Counting.reads == len(TOPICS)                   # each read once, by the embedding


def test_an_index_used_as_it_is_warns_when_a_build_would_make_it_otherwise(corpus, tmp_path, fake_encoder,
                                                                            monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)     # up to date: silent
    with pytest.warns(UserWarning, match="cut into chunks with other settings.*python -m qa build"):
        Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False,
               settings=Settings(chunk_target=64))
    _upgrade(monkeypatch)
    with pytest.warns(UserWarning, match="read by another version's rules"):
        Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)


def test_of_two_files_with_one_text_the_indexed_one_stays_indexed(tmp_path, fake_encoder, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds")
    (seeds / "b.txt").write_text("Kite festival\n\nHundreds of kites flew over the beach on Sunday.\n", encoding="utf-8")
    index_dir = tmp_path / "index"
    build_index(seeds, index_dir, encoder=fake_encoder)
    shutil.copy(seeds / "b.txt", seeds / "a_copy.txt")        # a copy sorts first
    first = build_index(seeds, index_dir, encoder=fake_encoder)
    assert [k.source for k in first.skipped] == ["a_copy.txt"]
    _upgrade(monkeypatch, ("Hundreds", "Thousand"))             # b.txt (and its copy) now read differently

    report = build_index(seeds, index_dir, encoder=fake_encoder)
    assert report.changed == ("b.txt",) and not report.removed and not report.added
    assert [k.source for k in report.skipped] == ["a_copy.txt"]
    docs = {d["source"]: d for d in read_manifest(index_dir)["documents"]}
    assert "a_copy.txt" not in docs and docs["b.txt"]["also"] == ["a_copy.txt"]


def test_a_moved_file_read_differently_is_the_old_name_removed_and_the_new_one_added(corpus, tmp_path,
                                                                                    fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    (corpus / "space").mkdir()
    (corpus / "comets.txt").rename(corpus / "space" / "comets.txt")
    _upgrade(monkeypatch, ("seventy", "hundred"))

    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.removed == ("comets.txt",) and report.added == ("space/comets.txt",)
    assert not report.renamed and not report.changed and report.embedded == 1


def test_progress_counts_the_re_reading_then_the_embedding_on_one_bar(corpus, tmp_path, fake_encoder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    _upgrade(monkeypatch, ("seventy", "hundred"))
    (corpus / "new.txt").write_text("A new article\n\nThe harbour opened a second pier this spring for ferries.\n")
    seen: list[tuple[int, int]] = []

    build_index(corpus, index_dir, encoder=fake_encoder, progress=lambda done, total: seen.append((done, total)))
    sizes = {p.name: p.stat().st_size for p in corpus.rglob("*") if p.is_file()}
    kept = sum(sizes.values()) - sizes["new.txt"]
    assert seen[-1] == (seen[-1][1], kept + sizes["comets.txt"] + sizes["new.txt"])   # all read, then both embedded
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)                            # never goes back
    assert all(0 <= d <= t for d, t in seen)
    assert any(d == kept for d, _ in seen)                  # the re-reading's share, before the embedding


def test_past_the_bound_on_what_is_kept_a_changed_file_is_read_again_to_embed_it(corpus, tmp_path, fake_encoder,
                                                                                    monkeypatch):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    monkeypatch.setattr(plan_module, "_KEEP_READ_CHARS", 0)
    _upgrade(monkeypatch, ("seventy", "hundred"))

    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.changed == ("comets.txt",) and _Counting.reads == len(TOPICS) + 1
    assert results(Engine(corpus, index_dir, encoder=fake_encoder, reader=SENTENCE, auto_build=False)) \
        == fresh_results(corpus, tmp_path, fake_encoder)


def test_new_sentence_rules_cut_every_article_into_chunks_again(corpus, tmp_path, fake_encoder, monkeypatch):
    from qa.ingest.sentences import SENTENCE_RULES

    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, encoder=fake_encoder)
    assert read_manifest(index_dir)["chunking"]["sentences"] == SENTENCE_RULES
    monkeypatch.setattr(build_module, "SENTENCE_RULES", SENTENCE_RULES + 1)
    assert build_module.out_of_date(read_manifest(index_dir)) == ["it was cut into chunks with other settings or sentence rules"]
    report = build_index(corpus, index_dir, encoder=fake_encoder)
    assert report.embedded == len(TOPICS) and read_manifest(index_dir)["chunking"]["sentences"] == SENTENCE_RULES + 1
