"""The build's console output: the progress bar appears only when there is work, and the report
names skipped files and warnings whether or not it lists every file."""

from __future__ import annotations

import io

from qa.index.console import print_report, progress_bar
from qa.records import BuildReport, Skipped


def _report() -> BuildReport:
    return BuildReport(index_dir="idx", added=("a.txt",), renamed=(("old.txt", "new.txt"),),
                       skipped=(Skipped("notes.pdf", "not an article file"),), warnings=("two files are one story",))


def test_the_full_report_lists_every_file_then_the_summary():
    out = io.StringIO()
    print_report(_report(), out)
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["  added    a.txt", "  renamed  old.txt -> new.txt"]
    assert "  skipped  notes.pdf: not an article file" in lines and "  warning: two files are one story" in lines
    assert lines[-1].startswith("index idx: 1 added")


def test_the_short_report_keeps_what_needs_attention():
    out = io.StringIO()
    print_report(_report(), out, files=False)
    text = out.getvalue()
    assert "a.txt" not in text and "old.txt" not in text
    assert "notes.pdf: not an article file" in text and "two files are one story" in text


def test_no_bar_when_nothing_is_left_to_do(capsys):
    update, close = progress_bar("indexing articles")
    update(10, 10)
    close()
    assert "indexing articles" not in capsys.readouterr().err


def test_the_bar_moves_to_the_end(capsys):
    update, close = progress_bar("indexing articles")
    update(0, 100)
    update(100, 100)
    close()
    err = capsys.readouterr().err
    assert "indexing articles" in err and "100%" in err     # (on a log: a line at each quarter)
