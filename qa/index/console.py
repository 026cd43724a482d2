"""What a build shows on a console (its progress bar, then its report), for the command line, the
app's start and the evaluation alike."""

from __future__ import annotations

import sys


def progress_bar(desc: str, unit: str = "B"):
    """A (done, total) callback drawing a tqdm bar on stderr, and a function to close it. No bar is
    drawn when the first call finds nothing left to do (an index already up to date)."""
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None and done >= total:
            return
        if bar is None:
            bar = tqdm(total=total, desc=desc, unit=unit, unit_scale=True, file=sys.stderr, leave=False)
        bar.total = total
        bar.n = done
        bar.refresh()

    def close() -> None:
        if bar is not None:
            bar.close()

    return update, close


def print_report(report, file, *, files: bool = True) -> None:
    """What a build did: with ``files``, a line per file it added, changed, removed or renamed;
    always a line per file it skipped (with why) and per warning, then its summary."""
    if files:
        renamed = tuple(f"{a} -> {b}" for a, b in report.renamed)
        for label, names in (("added", report.added), ("changed", report.changed), ("removed", report.removed),
                             ("renamed", renamed)):
            for name in names:
                print(f"  {label:8s} {name}", file=file)
    for s in report.skipped:
        print(f"  skipped  {s.source}: {s.reason}", file=file)
    for w in report.warnings:
        print(f"  warning: {w}", file=file)
    print(f"index {report.index_dir}: {report.summary()}", file=file)
