"""Adding, replacing and deleting articles in the seeds folder: never outside it, never two copies."""

from __future__ import annotations

import pytest

from qa.chat.files import add_article, delete_article, safe_name, save_uploads
from tests.apphelp import HTML_NAME, HTML_PAGE, SEED_NAME

BODY = b"Title\n\nSome article text here.\n"


def test_uploaded_names_are_sanitised(tmp_path, seed_dir):
    assert safe_name("../../etc/evil.txt") == "evil.txt"
    assert safe_name("..\\..\\win.TXT") == "win.txt"
    assert safe_name("/abs/path/Ünïcode name (1).txt") == "Ünïcode_name_1.txt"     # letters of any script stay
    assert safe_name("新闻.txt") == "新闻.txt" and safe_name("Ελλάδα.TXT") == "Ελλάδα.txt"
    assert safe_name("Großes  Feuer\u202e.txt") == "Großes_Feuer.txt"        # a direction override is not a letter
    assert safe_name("Cafe\u0301.txt") == "Café.txt"                       # composed (NFC)
    assert safe_name("हिन्दी समाचार.txt") == "हिन्दी_समाचार.txt"                  # vowel signs are marks, kept
    long = safe_name("新" * 150 + ".txt")
    assert len(long.encode()) <= 200 and long.endswith("新.txt")               # bytes, as file systems count
    assert safe_name(".hidden.txt") == "hidden.txt"
    assert safe_name("Page.HTM") == "Page.htm" and safe_name("notes.md") == "notes.md"
    for bad in ["evil.exe", "noext", ".txt", "..", "", "x.txt/..", "\x00.txt", "page.php"]:
        with pytest.raises(ValueError):
            safe_name(bad)
    assert add_article(seed_dir, "../../escape.txt", BODY) == "escape.txt"
    with pytest.raises(ValueError):
        add_article(seed_dir, "bin.txt", b"\x00\x01" * 50)
    assert sorted(p.name for p in seed_dir.iterdir()) == sorted([SEED_NAME, "escape.txt"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds"]


def test_an_article_is_saved_readable_like_any_new_file_and_a_replaced_one_keeps_its_mode(seed_dir):
    import os
    import stat

    umask = os.umask(0o022)                 # (the test's own: restored below)
    try:
        name = add_article(seed_dir, "新闻.txt", BODY)
        assert stat.S_IMODE((seed_dir / name).stat().st_mode) == 0o644
        (seed_dir / name).chmod(0o664)
        add_article(seed_dir, name, BODY.replace(b"Some", b"Other"), replace=True)
        assert stat.S_IMODE((seed_dir / name).stat().st_mode) == 0o664
    finally:
        os.umask(umask)


def test_an_upload_spelled_otherwise_is_the_article_already_there(seed_dir):
    (seed_dir / "Cafe\u0301 notes.txt").write_bytes(BODY)                    # decomposed, as macOS writes it
    done = save_uploads(seed_dir, [_upload(seed_dir.parent, "Café notes.txt", BODY.replace(b"Some", b"New"))])
    assert done.exists and not done.saved                                  # asked first, never beside it
    done = save_uploads(seed_dir, [_upload(seed_dir.parent, "CAFÉ NOTES.txt", BODY.replace(b"Some", b"New"))],
                        replace=True)
    assert done.replaced == ("Cafe\u0301 notes.txt",)                        # the file there, as it is spelled
    assert len([p for p in seed_dir.iterdir() if "notes" in p.name.lower()]) == 1


def _upload(folder, name: str, data: bytes):
    up = folder / "up"
    up.mkdir(exist_ok=True)
    (up / name).write_bytes(data)
    return up / name


def test_an_existing_name_is_replaced_only_when_asked(seed_dir):
    assert add_article(seed_dir, "story.txt", BODY) == "story.txt"
    with pytest.raises(FileExistsError, match="already in the seeds folder"):
        add_article(seed_dir, "story.txt", BODY.replace(b"Some", b"Other"))
    assert (seed_dir / "story.txt").read_bytes() == BODY
    assert add_article(seed_dir, "story.txt", BODY.replace(b"Some", b"Other"), replace=True) == "story.txt"
    assert (seed_dir / "story.txt").read_bytes() == BODY.replace(b"Some", b"Other")
    assert sorted(p.name for p in seed_dir.iterdir()) == sorted([SEED_NAME, "story.txt"])     # never both


def test_save_uploads_says_what_happened_to_each(tmp_path, seed_dir):
    up = tmp_path / "up"
    (up / "v2").mkdir(parents=True)
    (up / "story.txt").write_bytes(BODY)
    (up / "v2" / "story.txt").write_bytes(BODY.replace(b"Some", b"Newer"))
    (up / "notes.md").write_text("# Notes\n\nThe harbour opened in 1931.\n")
    (up / HTML_NAME).write_text(HTML_PAGE)
    (up / "blob.txt").write_bytes(b"\x00\x01" * 50)
    (up / "run.exe").write_bytes(b"MZ")
    first = save_uploads(seed_dir, [up / "story.txt", up / "notes.md", up / HTML_NAME, up / "blob.txt", up / "run.exe"])
    assert first.saved == ("story.txt", "notes.md", HTML_NAME) and first.changed
    assert [name for name, _ in first.refused] == ["blob.txt", "run.exe"]
    again = save_uploads(seed_dir, [up / "story.txt", up / "v2" / "story.txt"])
    assert again.unchanged == ("story.txt",) and again.exists == ((str(up / "v2" / "story.txt"), "story.txt"),)
    assert not again.changed and (seed_dir / "story.txt").read_bytes() == BODY
    assert again.as_dict()["exists"] == ["story.txt"] and str(up) not in str(again.as_dict())
    done = save_uploads(seed_dir, [up / "v2" / "story.txt"], replace=True)
    assert done.replaced == ("story.txt",) and b"Newer" in (seed_dir / "story.txt").read_bytes()
    assert not list(seed_dir.glob(".upload-*")) and not list(seed_dir.glob("story-*"))


def test_delete_removes_an_article_and_nothing_else(tmp_path, seed_dir):
    (tmp_path / "outside.txt").write_text("Secret\n\nKeep me.\n")
    (seed_dir / "sub").mkdir()
    (seed_dir / "sub" / "a.txt").write_bytes(BODY)
    (seed_dir / "link.txt").symlink_to(seed_dir / "sub" / "a.txt")
    (seed_dir / "notes.cfg").write_text("x")
    assert delete_article(seed_dir, "link.txt") == "link.txt"
    assert not (seed_dir / "link.txt").exists() and (seed_dir / "sub" / "a.txt").exists()    # the link, not its target
    assert delete_article(seed_dir, "sub/a.txt") == "sub/a.txt" and not (seed_dir / "sub" / "a.txt").exists()
    for bad in ["../outside.txt", str(tmp_path / "outside.txt"), "sub/../../outside.txt", "", "sub", "notes.cfg"]:
        with pytest.raises(ValueError):
            delete_article(seed_dir, bad)
    with pytest.raises(FileNotFoundError):
        delete_article(seed_dir, "missing.txt")
    assert (tmp_path / "outside.txt").exists() and (seed_dir / SEED_NAME).exists() and (seed_dir / "notes.cfg").exists()


def test_a_reply_says_which_files_changed_on_disk_since_the_index_was_built(tmp_path, seed_dir):
    import os

    from qa.chat.engine import Engine
    from qa.chat.session import ChatState, reply
    from qa.index.plan import pending
    from tests.fakes import SENTENCE, HashingEncoder

    (seed_dir / "copy.txt").write_bytes((seed_dir / SEED_NAME).read_bytes())     # a copy: indexed once, named
    (seed_dir / "empty.txt").write_bytes(b"")                                   # unusable: skipped, remembered
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    question = "What did Russia give North Korea?"
    assert engine.pending_changes() == () and "Rebuild index" not in reply(engine, question, ChatState()).messages[-2].text
    seed = seed_dir / SEED_NAME
    seed.write_text(seed.read_text().replace("10,000", "11,000 to 12,000"))
    os.utime(seed, ns=(seed.stat().st_atime_ns, seed.stat().st_mtime_ns + 5_000_000_000))
    (seed_dir / "new.txt").write_bytes(BODY)
    (seed_dir / "copy.txt").unlink()
    assert pending(seed_dir, engine.index.manifest) == sorted([SEED_NAME, "new.txt"])   # a copy gone: no article gone
    assert engine.pending_changes() == ()           # looked at less than 2 s ago
    assert engine.pending_changes(max_age=0) == (SEED_NAME, "new.txt")
    shown = " ".join(m.text for m in reply(engine, question, ChatState()).messages)
    assert shown.count("2 files in the seeds folder changed since the index was built") == 1 and "new.txt" in shown
    from qa.chat import api

    notice = api.answer_dict(engine, question)["notice"]
    assert "2 files in the seeds folder changed" in notice                                # /ask says it too,
    assert f"or: python -m qa build --seeds {seed_dir} --index {tmp_path / 'index'})" in notice   # for its folders
    assert "2 files in the seeds folder changed" in engine.answer(question).notice     # and Engine.answer
    engine.refresh()
    assert engine.pending_changes() == ()
    assert pending(tmp_path / "gone", engine.index.manifest) == [SEED_NAME, "new.txt"]    # the folder gone: all


def test_a_file_saved_again_unchanged_is_not_pending_and_one_changed_in_place_is(tmp_path, seed_dir):
    import os

    from qa.chat.engine import Engine
    from qa.index.plan import pending
    from tests.fakes import SENTENCE, HashingEncoder

    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    seed = seed_dir / SEED_NAME
    later = seed.stat().st_mtime_ns + 5_000_000_000
    seed.write_bytes(seed.read_bytes())                         # the same bytes, saved again later
    os.utime(seed, ns=(later, later))
    looked: dict = {}
    assert pending(seed_dir, engine.index.manifest, looked) == [] and looked[SEED_NAME] == (seed.stat().st_size,
                                                                                           later, True)
    assert engine.pending_changes(max_age=0) == ()
    seed.write_text(seed.read_text().replace("10,000", "90,000"))     # as many bytes, not the same
    os.utime(seed, ns=(later + 1, later + 1))
    assert pending(seed_dir, engine.index.manifest, looked) == [SEED_NAME] and looked[SEED_NAME][2] is False
    assert engine.pending_changes(max_age=0) == (SEED_NAME,)


def test_a_big_archive_looks_for_changed_files_in_the_background(tmp_path, seed_dir):
    import time

    from qa.chat.engine import Engine
    from qa.settings import Settings
    from tests.fakes import SENTENCE, HashingEncoder

    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0,
                    settings=Settings(pending_background_over=0))        # every index "big"
    (seed_dir / "new.txt").write_bytes(BODY)
    assert engine.pending_changes(max_age=0) == ()          # nothing looked at yet: the answer does not wait
    for _ in range(100):
        if engine.pending_changes(max_age=60) == ("new.txt",):
            break
        time.sleep(0.05)
    assert engine.pending_changes(max_age=60) == ("new.txt",)


def test_deleting_a_file_whose_copy_stays_says_the_text_stays_indexed_under_the_copy(tmp_path, seed_dir):
    from qa.chat import api
    from qa.chat.engine import Engine
    from tests.fakes import SENTENCE, HashingEncoder

    (seed_dir / "copy.txt").write_bytes((seed_dir / SEED_NAME).read_bytes())
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    gone = api.delete(engine, SEED_NAME)
    assert gone["deleted"] and gone["error"] == ""
    assert gone["summary"].startswith(f"{SEED_NAME} deleted; the same text stays indexed as copy.txt.")
    assert [d["source"] for d in engine.index.documents] == ["copy.txt"]
