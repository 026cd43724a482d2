"""``python -m qa ask`` as a journalist reads it: the citation leads with headline, publisher and
date; the other files of the story are named; what the automatic build did is said on stderr; a
closed pipe is not an error. The fake encoder and whole-sentence reader stand in for the models."""

from __future__ import annotations

import io
import shutil

import pytest

import qa.chat.engine
from qa.cli import main
from tests.apphelp import SEED_NAME, SEED_QUESTION
from tests.fakes import SENTENCE, HashingEncoder


class _FakeEngine(qa.chat.engine.Engine):
    def __init__(self, seeds, index, **kwargs):
        super().__init__(seeds, index, encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0, **kwargs)


@pytest.fixture
def ask(seed_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(qa.chat.engine, "Engine", _FakeEngine)

    def run(*args: str) -> tuple[int, str, str]:
        rc = main(["ask", *args, "--seeds", str(seed_dir), "--index", str(tmp_path / "index")])
        out, err = capsys.readouterr()
        return rc, out, err

    return run


def test_ask_cites_headline_publisher_date_and_the_storys_other_files(ask, seed_dir):
    shutil.copy(seed_dir / SEED_NAME, seed_dir / "copy.txt")
    (seed_dir / "notes.pdf").write_bytes(b"%PDF-1.4")
    rc, out, err = ask(SEED_QUESTION)
    assert rc == 0
    cite = next(line for line in out.splitlines() if line.startswith("  [1] "))
    assert cite.startswith("  [1] Russia provided North Korea with air defense systems, South Korea says · "
                           "Washington Examiner") and f"— {SEED_NAME}, line " in cite and "characters " in cite
    assert "same text in: copy.txt" in out
    assert "  skipped  notes.pdf: not an article file" in err and "1 added" in err  # what the build did
    assert f"  added    {SEED_NAME}" in err
    rc, out, err = ask(SEED_QUESTION)
    said = [ln for ln in err.splitlines() if ln.strip() and ln.startswith(("index ", "  "))]
    assert rc == 0 and said == []                                                   # nothing to do: nothing said


def test_a_closed_pipe_ends_quietly(seed_dir, tmp_path, monkeypatch):
    class Closed(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(qa.chat.engine, "Engine", _FakeEngine)
    monkeypatch.setattr("sys.stdout", Closed())
    assert main(["ask", SEED_QUESTION, "--seeds", str(seed_dir), "--index", str(tmp_path / "index")]) == 0


@pytest.mark.parametrize("args, said", [(("   ",), "question is empty"), ((SEED_QUESTION, "--k", "0"), "k must be >= 1")])
def test_a_question_or_k_that_cannot_be_asked_is_refused_before_any_indexing(ask, tmp_path, args, said):
    rc, out, err = ask(*args)
    assert rc != 0 and said in err and "Traceback" not in err
    assert not (tmp_path / "index").exists()
