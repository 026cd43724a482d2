"""Seed files → ``Document``: find them, decode them, find the title and the article text.

Page clutter (lone share-button lines, "CLICK HERE TO READ MORE …") is left out by *skipping spans*:
the text is never rewritten, so every offset stays an offset into the original file."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from pathlib import Path

from qa import config
from qa.records import Document, Skipped

# Lines that are only a share / social button label.
_SHARE_WORDS = {
    "facebook", "twitter", "x", "linkedin", "telegram", "tumblr", "whatsapp", "reddit", "pinterest",
    "email", "e-mail", "mail", "print", "share", "share this", "share this article", "tweet",
    "copy", "copy link", "link", "flipboard", "pocket", "messenger", "sms", "threads", "bluesky",
    "mastodon", "comments", "comment", "save", "gift this article", "share on facebook",
    "share on twitter", "share on x", "share on linkedin", "share via email",
}
# Calls to action and page furniture (a whole short line that starts like this).
_CLUTTER_LINE = re.compile(
    r"^\W*(?:(?:click here|read more|read next|subscribe|sign up|sign in|log in|follow us|download (?:the|our) app"
    r"|advertisement|sponsored|recommended|most popular|continue reading|share this|see also|more from|watch|listen)\b"
    r"|related(?: articles| stories| coverage)?\s*:)",
    re.IGNORECASE,
)
# Openers that are page furniture whatever follows; the others ("Watch", "Most popular", ...) also
# start sentences of news ("Watch manufacturers reported record exports."), so a line opening with
# them is clutter only when it does not end like a sentence.
_CLUTTER_ALWAYS = re.compile(
    r"^\W*(?:click here|read more|read next|subscribe|sign up|follow us|download (?:the|our) app|continue reading"
    r"|share this)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_CLUTTER_MAX_WORDS = 14


def is_clutter(line: str) -> bool:
    """True for a line that is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    if not any(ch.isalnum() for ch in stripped):
        return True            # rules, bullets, "* * *"
    if stripped.lower().strip(" :|•·-") in _SHARE_WORDS:
        return True
    if len(stripped.split()) > _CLUTTER_MAX_WORDS or not _CLUTTER_LINE.match(stripped):
        return False
    return bool(_CLUTTER_ALWAYS.match(stripped)) or not _SENTENCE_END.search(stripped)


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding), or raise ``ValueError`` saying why the bytes are not text.

    UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM are decoded; other bytes that look like
    8-bit text are read as Windows-1252, or as Latin-1 when they use the five bytes Windows-1252
    leaves undefined (so ``open(path, encoding=encoding).read()`` never fails on them). Newlines
    become "\\n" exactly as Python's text mode does, so offsets agree with that ``read()``."""
    if not raw.strip():
        raise ValueError("empty file")
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"      # before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in raw[:8192]:
        if _looks_utf16(raw[:8192]):
            raise ValueError("UTF-16 text without a byte-order mark; save it as UTF-8")
        raise ValueError("binary file (contains NUL bytes), not text")
    else:
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ValueError(f"not valid {encoding.upper()} text; save it as UTF-8") from None
        try:
            encoding, text = "cp1252", raw.decode("cp1252")
        except UnicodeDecodeError:
            encoding, text = "latin-1", raw.decode("latin-1")
    if _control_share(text) > 0.05:
        raise ValueError("binary file (mostly control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.replace("\ufeff", "").strip():
        raise ValueError("no text")
    return text, encoding


def _looks_utf16(sample: bytes) -> bool:
    """Mostly ASCII text stored as UTF-16: every other byte is NUL."""
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0), odd.count(0)) > 0.9 * (len(sample) // 2) and min(even.count(0), odd.count(0)) == 0


def _control_share(text: str) -> float:
    """Share of control characters (C0 other than whitespace, and C1) in the first 8 KiB."""
    sample = text[:8192]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    return bad / max(1, len(sample))


def _lines(text: str):
    """Yield (start, end) of each line, without its newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def title_and_blocks(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The title (first non-empty line, markdown '#' removed) and the spans of article text.

    A block is a run of lines with no clutter line inside; the title line is its own thing and in
    no block. Blank lines stay inside blocks (the sentence splitter treats them as paragraph breaks)."""
    title = ""
    title_span = (0, 0)
    blocks: list[tuple[int, int]] = []
    open_start = open_end = -1
    for start, end in _lines(text):
        line = text[start:end]
        bare = line.replace("\ufeff", "").strip()     # BOM and any Unicode space (NBSP too)
        if not bare:
            continue
        if not title:
            title = bare.lstrip("#").strip()[:300]
            lead = 0
            while line[lead] == "\ufeff" or line[lead].isspace():
                lead += 1
            title_span = (start + lead, end)
            continue
        if is_clutter(line):
            if open_start >= 0:
                blocks.append((open_start, open_end))
                open_start = -1
            continue
        if open_start < 0:
            open_start = start
        open_end = end
    if open_start >= 0:
        blocks.append((open_start, open_end))
    if not blocks and title and not is_clutter(text[title_span[0]:title_span[1]]):
        blocks.append(title_span)   # a one-line file: its line is both title and text
    return title, tuple(blocks)


def sha256(raw: bytes) -> str:
    """Hex SHA-256 of a file's bytes: what the manifest compares to find changed files."""
    return hashlib.sha256(raw).hexdigest()


def discover(seeds: Path) -> tuple[list[Path], list[Skipped]]:
    """Every seed file under ``seeds`` (recursively, sorted), and the entries left out.

    Hidden files and folders are ignored; symlinks are not followed out of ``seeds``."""
    if not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} does not exist; create it and put articles (.txt, .md) in it")
    root = seeds.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        try:
            rel = relative_source(Path(exc.filename), seeds)
        except (TypeError, ValueError):
            rel = str(exc.filename)
        skipped.append(Skipped(rel, f"cannot read this folder: {exc.strerror}"))

    for dirpath, dirnames, filenames in os.walk(seeds, onerror=unreadable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in dirnames:
            path = Path(dirpath) / name
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                skipped.append(Skipped(relative_source(path, seeds),
                                       f"symlink to folder {path.resolve()}, outside the seeds folder; not followed"))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(config.SEED_SUFFIXES):
                continue
            path = Path(dirpath) / name
            rel = relative_source(path, seeds)
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    skipped.append(Skipped(rel, f"symlink to {target}, outside the seeds folder; not followed"))
                    continue
            if not path.is_file():
                skipped.append(Skipped(rel, "not a regular file"))
                continue
            found.append(path)
    return found, skipped


def relative_source(path: Path, seeds: Path) -> str:
    """The citation name of a seed file: its path relative to the seeds folder, with '/'."""
    return path.relative_to(seeds).as_posix()


def load_document(path: Path, seeds: Path, raw: bytes | None = None) -> Document:
    """Read and decode one seed file. Raises ``ValueError`` (why it is not usable) or ``OSError``."""
    stat = path.stat()
    if raw is None:
        raw = path.read_bytes()
    text, encoding = decode(raw)
    title, blocks = title_and_blocks(text)
    if not blocks:
        raise ValueError("no article text (only a title or page clutter)")
    return Document(
        source=relative_source(path, seeds),
        title=title,
        text=text,
        sha256=sha256(raw),
        encoding=encoding,
        blocks=blocks,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
    )
