"""The index folder's format: which files hold what, the manifest, and the checks that refuse a
damaged, foreign or outdated index with the command that fixes it.

Data files are append-only; ``manifest.json`` records how many bytes of each are valid (and their
CRCs) and is replaced atomically, last (``qa.index.files``). Dense search files belong to the
backend named in the manifest's "ann" entry (``qa.index.backends``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.records import Story
from qa.settings import INDEX_ENV

# Bump when the files or the manifest change shape: older indexes are then refused with the
# command that rebuilds them.
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
# The only files a build ever deletes: its own data files, dense search files (named
# "<kind>-<hex>.faiss" by every backend) and temp manifests, so pointing --index at a folder holding
# anything else never deletes that.
OWN_FILE = re.compile(
    r"^(?:(?:chunks|sentences|vectors|sentvec|texts|articles|terms|counts|vocab)-(\d{6,})\.(?:i64|f32|f16|utf8|i32|u16"
    r"|txt)"
    r"|[a-z0-9]+-[0-9a-f]+\.faiss|\.manifest\.json\.\d+\.tmp)$"
)


class IndexProblem(RuntimeError):
    """The index folder cannot be used as it is; the message says what to run."""


def check_index_folder(index: Path) -> None:
    """Raise ``IndexProblem``, saying what to do, when ``index`` is a file, not a folder."""
    if index.exists() and not index.is_dir():
        raise IndexProblem(f"index folder {index} is a file, not a folder: give a folder for the index with --index "
                           f"DIR (or {INDEX_ENV}=DIR); it is made if missing")


@dataclass(frozen=True)
class FileSpec:
    suffix: str
    dtype: str          # numpy dtype of one element
    width: int | None   # elements per row; None: width is the embedding dimension
    checksum: bool      # verify the CRC at load (skipped for the big vector files)


FILES: dict[str, FileSpec] = {
    # see CHUNK_COLS
    "chunks": FileSpec(".i64", "<i8", 9, True),
    "sentences": FileSpec(".i64", "<i8", 2, True),     # start, end (file offsets)
    "vectors": FileSpec(".f32", "<f4", None, False),   # chunk vectors, L2-normalised
    "sentvec": FileSpec(".f16", "<f2", None, False),   # sentence vectors in context
    "texts": FileSpec(".utf8", "u1", 1, True),         # chunk texts, UTF-8, concatenated
    "articles": FileSpec(".utf8", "u1", 1, False),     # each article's whole text (what offsets point into)
    "terms": FileSpec(".i32", "<i4", 1, True),         # BM25 term ids per chunk
    "counts": FileSpec(".u16", "<u2", 1, True),        # their counts
    "vocab": FileSpec(".txt", "u1", 1, True),          # one term per line, id = line number
}
CHUNK_COLS = ("start", "end", "line", "sent_lo", "sent_hi", "text_off", "text_len", "term_off", "term_len")
COL = {name: i for i, name in enumerate(CHUNK_COLS)}


_REMEDY = "rebuild it with: python -m qa build"


def remedy(index_dir: Path, full: bool = True) -> str:
    flag = " --full" if full else ""
    return f"{_REMEDY} --index {index_dir}{flag}"


def without_remedy(problem: str) -> str:
    """An ``IndexProblem`` message without its ``remedy`` (said where the rebuild is being done)."""
    return re.sub(rf"[:;,]?\s*{re.escape(_REMEDY)} .*$", "", problem)


def file_name(role: str, generation: int) -> str:
    return f"{role}-{generation:06d}{FILES[role].suffix}"


def read_manifest(index_dir: Path) -> dict | None:
    """The manifest, or None when the folder holds no index. Raises ``IndexProblem`` if damaged."""
    path = index_dir / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexProblem(f"cannot read {path}: {exc.strerror}") from None
    try:
        manifest = json.loads(raw)
        if not isinstance(manifest, dict) or "format" not in manifest:
            raise ValueError("not an index manifest")
    except ValueError as exc:
        raise IndexProblem(f"{path} is damaged ({exc}); {remedy(index_dir)}") from None
    return manifest


def check_manifest(manifest: dict, index_dir: Path, model: str, dim: int) -> None:
    """Refuse an index of another format version or embedding model, saying what to run."""
    fmt = manifest.get("format")
    if fmt != FORMAT_VERSION:
        newer = isinstance(fmt, int) and fmt > FORMAT_VERSION
        why = "a newer version of this program" if newer else "an older version of this program"
        raise IndexProblem(
            f"{index_dir} has index format {fmt!r}, made by {why}; this version reads format "
            f"{FORMAT_VERSION}: {remedy(index_dir)}"
        )
    if manifest.get("model") != model or manifest.get("dim") != dim:
        raise IndexProblem(
            f"{index_dir} was built with model {manifest.get('model')!r} ({manifest.get('dim')}-d), "
            f"not {model!r} ({dim}-d): {remedy(index_dir)}"
        )
    problem = _structure_problem(manifest)
    if problem:
        raise IndexProblem(f"{index_dir}/{MANIFEST} is damaged ({problem}): {remedy(index_dir)}")


def is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_range(x) -> bool:
    return isinstance(x, list) and len(x) == 2 and all(is_int(v) and v >= 0 for v in x) and x[0] <= x[1]


def _is_span(x) -> bool:
    """[offset, length], both whole numbers >= 0."""
    return isinstance(x, list) and len(x) == 2 and all(is_int(v) and v >= 0 for v in x)


# A file of several stories (a news database's export) keeps each one's span of its text and headline and credits
STORY_FIELDS = ("title", "date", "publisher", "author")


def story_entries(stories) -> list[dict]:
    """``Story`` records as a manifest entry keeps them: {"span": [start, end], "title": …} (empty fields left out)."""
    return [{"span": [s.start, s.end], **{k: getattr(s, k) for k in STORY_FIELDS if getattr(s, k)}} for s in stories]


def stories_of(entries) -> tuple[Story, ...]:
    """The ``Story`` records ``story_entries`` wrote."""
    return tuple(Story(*e["span"], **{k: e.get(k, "") for k in STORY_FIELDS}) for e in entries)


def _are_stories(x) -> bool:
    """Whether ``x`` is a list of story entries whose spans follow one another without overlapping."""
    if not (isinstance(x, list) and all(isinstance(e, dict) and _is_range(e.get("span"))
                                        and all(isinstance(e.get(k, ""), str) for k in STORY_FIELDS) for e in x)):
        return False
    return all(a["span"][1] <= b["span"][0] for a, b in zip(x, x[1:]))


def _structure_problem(manifest: dict) -> str:
    """What is missing or malformed in a manifest of the current format ("" when nothing), so that
    a hand-edited or damaged one is refused with a message rather than a KeyError later."""
    for key, check in (("generation", is_int), ("rows", is_int), ("files", lambda v: isinstance(v, dict)),
                       ("documents", lambda v: isinstance(v, list))):
        if not check(manifest.get(key)):
            return f"{key!r} missing or malformed"
    for role, spec in FILES.items():
        entry = manifest["files"].get(role)
        if not isinstance(entry, dict):
            return f"no {role} file listed"
        name = entry.get("name")
        if not (isinstance(name, str) and OWN_FILE.match(name) and name.startswith(role + "-")
                and name.endswith(spec.suffix)):
            return f"bad {role} file name {name!r}"
        if not (is_int(entry.get("bytes")) and entry["bytes"] >= 0 and is_int(entry.get("crc32"))):
            return f"bad length or checksum of {name}"
    for doc in manifest["documents"]:
        if not (isinstance(doc, dict) and isinstance(doc.get("source"), str) and isinstance(doc.get("title"), str)
                and isinstance(doc.get("sha256"), str) and is_int(doc.get("size")) and is_int(doc.get("mtime_ns"))
                and _is_range(doc.get("rows")) and _is_range(doc.get("sentence_rows"))
                and _is_span(doc.get("text"))
                and _are_stories(doc.get("stories", []))):
            return f"bad article entry {str(doc)[:80]}"
    unusable = manifest.get("unusable", {})
    if not (isinstance(unusable, dict) and all(
            isinstance(r, dict) and all(is_int(r.get(k)) for k in ("size", "mtime_ns", "ctime_ns"))
            and isinstance(r.get("reason"), str) for r in unusable.values())):
        return "bad 'unusable' entry"
    ann_info = manifest.get("ann") or {}
    if not isinstance(ann_info, dict) or not isinstance(ann_info.get("kind", "flat"), str):
        return "bad 'ann' entry"
    name = ann_info.get("file")
    if name is not None and not (isinstance(name, str) and OWN_FILE.match(name) and name.endswith(".faiss")):
        return "bad 'ann' entry"
    return ""


def vocab_terms(arrays: dict) -> list[str]:
    """The vocabulary file's terms, in term-id order (one per line)."""
    raw = arrays["vocab"].tobytes().decode("utf-8")
    return raw.split("\n")[:-1] if raw else []


def check_arrays(manifest: dict, arrays: dict, index_dir: Path) -> None:
    """Cheap consistency checks between the manifest and the data files."""
    rows = int(manifest["rows"])
    table = arrays["chunks"]
    problems = []
    if len(table) != rows or len(arrays["vectors"]) != rows:
        problems.append("row counts differ between files")
    elif rows:
        if (table[:, COL["text_off"]] + table[:, COL["text_len"]]).max() > len(arrays["texts"]):
            problems.append("chunk texts out of range")
        if (table[:, COL["term_off"]] + table[:, COL["term_len"]]).max() > len(arrays["terms"]):
            problems.append("chunk terms out of range")
        sent_lo, sent_hi = table[:, COL["sent_lo"]], table[:, COL["sent_hi"]]
        if sent_hi.max() > len(arrays["sentences"]) or (sent_hi < sent_lo).any():
            problems.append("sentence ranges out of range")
        if table.min() < 0 or (table[:, COL["end"]] < table[:, COL["start"]]).any():
            problems.append("negative or reversed offsets in the chunk table")
    n_terms = arrays["vocab"].tobytes().count(b"\n")
    if len(arrays["terms"]) and not 0 <= int(np.min(arrays["terms"])) <= int(np.max(arrays["terms"])) < n_terms:
        problems.append("term ids beyond the vocabulary")
    if len(arrays["sentvec"]) != len(arrays["sentences"]):
        problems.append("sentence vectors and sentences differ in number")
    for doc in manifest["documents"]:
        lo, hi = doc["rows"]
        s_lo, s_hi = doc["sentence_rows"]
        if not (0 <= lo <= hi <= rows and 0 <= s_lo <= s_hi <= len(arrays["sentences"])
                and sum(doc["text"]) <= len(arrays["articles"])):
            problems.append(f"rows of {doc.get('source')} out of range")
            break
    if problems:
        raise IndexProblem(f"{index_dir} is inconsistent ({'; '.join(problems)}): {remedy(index_dir)}")


