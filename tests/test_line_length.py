"""Every line of the package fits in 120 characters, long patterns too (ruff's E501 lets a line pass whose
overflow is one token without spaces, as a pattern's string often is)."""

from __future__ import annotations

from pathlib import Path

QA = Path(__file__).resolve().parents[1] / "qa"


def test_no_line_of_the_package_is_longer_than_120_characters():
    long = [f"{path.relative_to(QA.parent)}:{n} ({len(line)})" for path in sorted(QA.rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 120]
    assert not long, f"split these lines (a pattern into two strings side by side): {long}"
