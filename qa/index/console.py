"""What a build shows on a console (its progress bar, then its report), for the command line, the
app's start and the evaluation alike."""

from __future__ import annotations

import sys


def progress_bar(desc: str, unit: str = "B"):
    """A (done, total) callback drawing a tqdm bar on stderr, and a function to close it. No bar is
    drawn when the first call finds nothing left to do (an index already up to date). On a stderr
    that is no terminal (a log, a pipe) a line at each quarter instead of a bar redrawn."""
    from tqdm import tqdm

    if not sys.stderr.isatty():
        return _progress_lines(desc, unit)
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


def _progress_lines(desc: str, unit: str):
    """``progress_bar`` for a log: "indexing articles: 25% (1.2 MB of 4.8 MB)" at each quarter done."""
    said = -1

    def update(done: int, total: int) -> None:
        nonlocal said
        if said < 0 and done >= total:
            return
        quarter = 4 * done // total if total else 4
        if quarter > said:
            said = quarter
            of = f" ({_size(done, unit)} of {_size(total, unit)})" if unit == "B" else ""
            print(f"{desc}: {25 * quarter}%{of}", file=sys.stderr, flush=True)

    return update, lambda: None


def _size(n: int, unit: str) -> str:
    """``n`` bytes as "4.8 MB", "120 kB" or "900 B"."""
    for scale, name in ((1_000_000, "MB"), (1_000, "kB")):
        if n >= scale:
            return f"{n / scale:.1f} {name}"
    return f"{n} {unit}"
