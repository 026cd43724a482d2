"""What a build has to do: compare the seeds folder with the previous index's manifest.

Unchanged files (same size and modification time, else same content hash) keep their rows, and so
does a file moved or renamed (its bytes under a new name); new and changed ones are read and
embedded; files gone (or now unusable) drop out. A file found unusable for what it holds, and a copy
of a kept article, are skipped again without being read as articles while they stay as they were.
After an upgrade that reads files differently (the index's ``reading_rules`` are not this
program's), the kept files are read again and those whose reading changed are embedded again
(``reread``)."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qa.ingest.formats import loader_for
from qa.ingest.seeds import discover, load_document, reading_digest, relative_source, sha256
from qa.records import Document, Skipped

# A file modified this close to when it was looked at may change again without its size or
# modification time showing it (timestamps are coarse): record its mtime as unknown (-1), so the
# next build compares its content hash instead ("racy git").
_RACY_NS = 2_000_000_000
# A file name a copy is saved under ("Story (copy).txt", "Story - Copy.html", "Story (2).txt"): of
# new files with the same text, those without such a name are indexed first, so the one cited is
# the original and the copies are named beside it.
_COPY_NAME = re.compile(r"(?:(?<![a-z])copy(?![a-z])|\(\d+\))", re.IGNORECASE)       # "Story_copy_.txt" as uploaded
# ``reread`` keeps the documents it reads for the embedding step up to this many characters of
# text in all (the rest are read again there): an archive's upgrade never holds it all in memory.
_KEEP_READ_CHARS = 64_000_000


@dataclass
class Plan:
    """The files of one build, by what happens to them."""

    keep: list[dict] = field(default_factory=list)       # manifest entries of unchanged documents
    embed: list[Path] = field(default_factory=list)      # files to read and embed
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)    # (old name, new name): rows kept
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    read: dict[Path, Document] = field(default_factory=dict)   # files of ``embed`` read already (``reread``)
    # Files found unusable by their content (empty, binary, no article text), as the manifest
    # remembers them: not read again while their size and times stay the same (``remember``).
    unusable: dict[str, dict] = field(default_factory=dict)

    def remember(self, rel: str, path: Path, why: str) -> None:
        """``rel`` (at ``path``) could not be used for what it holds: the next builds skip it
        without reading it while its size, modification and change times stay the same (the change
        time moves with a chmod, so a file made readable is read again)."""
        try:
            st = path.stat()
        except OSError:
            return
        self.unusable[rel] = {"size": st.st_size, "mtime_ns": trusted_mtime(st.st_mtime_ns),
                              "ctime_ns": st.st_ctime_ns, "reason": why}

    def drop(self, rel: str, why: str) -> None:
        """A planned file turned out unusable: skipped; not added, and removed if it was indexed."""
        self.skipped.append(Skipped(rel, why))
        if rel in self.added:
            self.added.remove(rel)
        for was_indexed in (self.changed, self.unchanged):    # unchanged: re-read by a full build
            if rel in was_indexed:
                was_indexed.remove(rel)
                self.removed.append(rel)
                self.removed.sort()


def plan_build(seeds: Path, index: Path, old: dict | None, full: bool, same_rules: bool = True) -> Plan:
    """The plan for bringing ``index`` (its manifest ``old``, None for none usable) up to date with
    ``seeds``; ``full`` re-embeds the unchanged files too (still reported as unchanged). Files the
    index remembers as unusable are skipped again without being read, unless ``full`` or the index
    was read by other rules than this version's (``same_rules`` False). See also ``skip_copies``."""
    paths, skipped = discover(seeds)
    own = index.resolve()     # an index kept inside seeds/: its files are not articles
    if own.is_relative_to(seeds.resolve()):    # (resolving every path costs ~60 µs a file)
        paths = [p for p in paths if not p.resolve().is_relative_to(own)]
        skipped = [k for k in skipped if not (seeds / k.source).resolve().is_relative_to(own)]
    old_docs = {d["source"]: d for d in (old or {}).get("documents", [])}
    unusable = (old or {}).get("unusable", {}) if same_rules and not full else {}
    plan = Plan(skipped=list(skipped))
    seen: set[str] = set()
    for path in paths:
        rel = relative_source(path, seeds)
        seen.add(rel)
        prev = old_docs.get(rel)
        if prev is None:
            if rel in unusable and _still(path, unusable[rel]):
                plan.skipped.append(Skipped(rel, unusable[rel]["reason"]))
                plan.unusable[rel] = unusable[rel]
                continue
            plan.embed.append(path)
            plan.added.append(rel)
            continue
        try:
            st = path.stat()
            same = st.st_size == prev["size"] and st.st_mtime_ns == prev["mtime_ns"]
            if not same:
                same = sha256(path.read_bytes()) == prev["sha256"]
        except OSError as exc:
            plan.skipped.append(Skipped(rel, f"cannot read: {exc.strerror}"))
            continue
        if same:
            plan.unchanged.append(rel)
            if full:
                plan.embed.append(path)
            else:       # its copies are named again as they are found (``_copies``, the embedding)
                kept = {k: v for k, v in prev.items() if k != "also"}
                plan.keep.append({**kept, "size": st.st_size, "mtime_ns": trusted_mtime(st.st_mtime_ns)})
        else:
            plan.embed.append(path)
            plan.changed.append(rel)
    skipped_names = {k.source for k in plan.skipped}
    plan.removed = sorted(s for s in old_docs if s not in seen or (s in skipped_names and s not in plan.unchanged))
    if plan.removed and plan.added and not full:     # (a full build reads every file anew)
        _renames(plan, seeds, old_docs)
    plan.embed.sort(key=lambda path: bool(_COPY_NAME.search(path.name)))       # stable: else as found
    return plan


def pending(seeds: Path, manifest: dict, looked: dict[str, tuple[int, int, bool]] | None = None) -> list[str]:
    """The seed files added, changed or removed since the index of ``manifest`` was built, judged
    by their size and modification time (cheap enough to ask before answering); only a file of its
    indexed size with another modification time is read, to tell a file touched or saved again
    unchanged (not pending) from one changed. ``looked``: what those reads found, by seed file,
    with the (size, mtime_ns) they were made at, kept between calls so a file is read once."""
    docs = {d["source"]: d for d in manifest.get("documents", [])}
    try:
        paths, _ = discover(seeds)
    except OSError:             # the folder itself gone: every article with it
        return sorted(docs)
    copies = {c for d in docs.values() for c in d.get("also", ())}
    unusable = manifest.get("unusable", {})
    out, seen = [], set()
    for path in paths:
        rel = relative_source(path, seeds)
        seen.add(rel)
        try:
            st = path.stat()
        except OSError:
            continue
        known = docs.get(rel) or unusable.get(rel)
        if known is None:
            if rel not in copies:
                out.append(rel)
        elif not _unchanged(path, rel, st, known, looked):
            out.append(rel)
    return out + sorted(set(docs) - seen)


def _unchanged(path: Path, rel: str, st, known: dict, looked: dict[str, tuple[int, int, bool]] | None) -> bool:
    """Whether the file at ``path`` (``rel``, its stat ``st``) is as the build saw it (``known``): of
    its size, and of its time or (another time, or one the build could not trust, -1: it looked at the
    file as it was written) its content hash, read at most once for a given size and time
    (``looked``); a file left out unread (no hash) of its size counts as unchanged."""
    if st.st_size != known["size"]:
        return False
    if known["mtime_ns"] == st.st_mtime_ns or "sha256" not in known:
        return known["mtime_ns"] in (-1, st.st_mtime_ns)
    seen = looked.get(rel) if looked is not None else None
    if seen is not None and seen[:2] == (st.st_size, st.st_mtime_ns):
        return seen[2]
    try:
        same = sha256(path.read_bytes()) == known["sha256"]
    except OSError:
        same = False
    if looked is not None:
        looked[rel] = (st.st_size, st.st_mtime_ns, same)
    return same


def _still(path: Path, record: dict) -> bool:
    """Whether the file at ``path`` is as ``record`` (``Plan.remember``) saw it."""
    try:
        st = path.stat()
    except OSError:
        return False
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns) == (record["size"], record["mtime_ns"], record["ctime_ns"])


def skip_copies(plan: Plan, seeds: Path, old: dict | None) -> None:
    """Added files that the index (its manifest ``old``) names as copies of an article the plan
    keeps (its ``also``) and that still hold its bytes are skipped as copies again, without being
    read as articles. (After ``reread``: an article read again is embedded again, its copies found
    again by the embedding.)"""
    kept = {d["source"]: d for d in plan.keep}
    copy_of = {rel: kept[d["source"]] for d in (old or {}).get("documents", []) if d["source"] in kept
               for rel in d.get("also", ())}
    if not copy_of:
        return
    for path in list(plan.embed):
        rel = relative_source(path, seeds)
        doc = copy_of.get(rel)
        if doc is None or rel not in plan.added:
            continue
        try:
            same = path.stat().st_size == doc["size"] and sha256(path.read_bytes()) == doc["sha256"]
        except OSError:
            continue
        if same:
            plan.embed.remove(path)
            plan.added.remove(rel)
            plan.skipped.append(Skipped(rel, f"same text as {doc['source']} (indexed once)"))
            doc["also"] = sorted({*doc.get("also", ()), rel})


def _renames(plan: Plan, seeds: Path, old_docs: dict[str, dict]) -> None:
    """Added files with the bytes of a removed one, read by the same loader, are that article
    moved or renamed: its rows are kept under the new name, nothing is embedded again. Of several
    such files, one that was not already a copy of it, then one of the same file name, is taken."""
    gone: dict[str, str] = {}
    for name in plan.removed:
        doc = old_docs[name]
        if "sha256" in doc:
            gone.setdefault(doc["sha256"], name)
    sizes = {old_docs[n]["size"] for n in gone.values()}
    moved: dict[str, list[tuple[Path, str, os.stat_result]]] = {}
    for path in plan.embed:
        rel = relative_source(path, seeds)
        if rel not in plan.added:
            continue
        try:
            st = path.stat()
            digest = sha256(path.read_bytes()) if st.st_size in sizes else None
        except OSError:
            continue
        was = gone.get(digest) if digest else None
        if was is not None and loader_for(was) is loader_for(rel):
            moved.setdefault(was, []).append((path, rel, st))
    for was, found in moved.items():
        copies = set(old_docs[was].get("also", ()))
        path, rel, st = min(found, key=lambda f: (f[1] in copies, Path(f[1]).name != Path(was).name, f[1]))
        plan.embed.remove(path)
        plan.added.remove(rel)
        plan.removed.remove(was)
        plan.renamed.append((was, rel))
        moved_doc = {k: v for k, v in old_docs[was].items() if k != "also"}    # its copies are found again
        plan.keep.append({**moved_doc, "source": rel, "size": st.st_size, "mtime_ns": trusted_mtime(st.st_mtime_ns)})


def reread(plan: Plan, seeds: Path, advance: Callable[[int], None] | None = None, keep: bool = True) -> int:
    """Read the files ``plan`` keeps as they are again, with this version's loaders (the index was
    built under other ``reading_rules``): each whose reading changed, or whose manifest entry
    has no ``reading_digest`` (an index from before they were kept), is embedded again and counted
    as changed (a moved one: its old name removed, the new one added), ahead of the other files to
    embed; ``advance(size)`` after each file. With ``keep``, what it read is kept in ``plan.read``
    (within a bound), so that embedding in this process does not read those files again. Returns
    how many were."""
    again: list[Path] = []
    renamed = {new: old for old, new in plan.renamed}
    kept_chars = 0
    for entry in list(plan.keep):
        rel = entry["source"]
        path = seeds / rel
        try:
            doc = load_document(path, seeds)
        except (ValueError, OSError):
            doc = None                      # now unusable: the embedding step says why and drops it
        if advance is not None:
            advance(int(entry.get("size", 0)))
        if doc is not None and reading_digest(doc) == entry.get("read"):
            continue
        plan.keep.remove(entry)
        again.append(path)
        if keep and doc is not None and kept_chars + len(doc.text) <= _KEEP_READ_CHARS:
            plan.read[path] = doc
            kept_chars += len(doc.text)
        if rel in renamed:                  # a moved file read anew: the old name goes, the new one comes
            plan.renamed.remove((renamed[rel], rel))
            plan.removed.append(renamed[rel])
            plan.added.append(rel)
        else:
            plan.changed.append(rel)
            plan.unchanged.remove(rel)
    for names in (plan.changed, plan.removed, plan.added):
        names.sort()
    # First, so that of two files with the same text the one already indexed stays the one indexed.
    plan.embed[:0] = again
    return len(again)


def trusted_mtime(mtime_ns: int) -> int:
    """``mtime_ns`` to record, or -1 ("compare the content next time") when it is too recent to
    tell a later change apart (see ``_RACY_NS``)."""
    return mtime_ns if mtime_ns < time.time_ns() - _RACY_NS else -1
