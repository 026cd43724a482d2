"""Bytes → text: which encodings are read, and what is refused as not text (with the reason).

Newlines become "\\n" exactly as Python's text mode makes them, so character offsets into the
decoded text agree with ``open(path, encoding=encoding).read()``."""

from __future__ import annotations

import codecs
import re

# Files of other kinds saved (or renamed) with a text file's name, by how they begin
_SIGNATURES = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .epub?)"),
               (b"{\\rtf", "an RTF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
               (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
               (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"))


# A text mostly in UTF-8 with some bytes of Windows-1252 (two texts pasted together: "Oranhavn’s" in UTF-8, a curly
# quote or a dash of the other as one byte): each byte UTF-8 cannot read is read as Windows-1252 (as Latin-1 where
# Windows-1252 leaves it undefined). "utf-8-cp1252" is registered as a codec, so ``open(path,
# encoding="utf-8-cp1252").read()`` reads such a file as ``decode`` does.
MIXED = "utf-8-cp1252"
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_UTF8_LONG = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")   # (curly quotes, dashes: "’")


def _cp1252_byte(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("qa-cp1252", _cp1252_byte)


def _mixed_codec(name: str) -> codecs.CodecInfo | None:
    if name.replace("_", "-") != MIXED:
        return None
    utf8 = codecs.lookup("utf-8")

    class Decoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, data, errors, final):
            return codecs.utf_8_decode(data, "qa-cp1252", final)

    return codecs.CodecInfo(name=MIXED, encode=utf8.encode, decode=lambda b, errors="strict": (
        codecs.utf_8_decode(b, "qa-cp1252", True)), incrementalencoder=utf8.incrementalencoder,
        incrementaldecoder=Decoder, streamreader=utf8.streamreader, streamwriter=utf8.streamwriter)


codecs.register(_mixed_codec)


def _mostly_utf8(raw: bytes) -> bool:
    """Whether bytes UTF-8 cannot read all through are UTF-8 but for a few (``MIXED``): a sequence of more than one
    byte that reads as UTF-8 for every four bytes it cannot read, or more, one of them of three bytes or four (a
    curly quote's, a dash's: never seen in Windows-1252 text, where a letter and a quotation mark may make a pair,
    "ß“")."""
    good = len(_UTF8_SEQUENCE.findall(raw))
    bad = len(raw) - len(raw.decode("utf-8", errors="ignore").encode("utf-8"))
    return bool(_UTF8_LONG.search(raw)) and 4 * good >= bad


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding), or raise ``ValueError`` saying why the bytes are not text (among
    them a file of another kind by its first bytes: a PDF, a .docx, an image, ``_SIGNATURES``).

    UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM are decoded; UTF-8 with a few bytes of
    Windows-1252 in it as ``MIXED``; other bytes that look like 8-bit text are read as Windows-1252, or as
    Latin-1 when they use the five bytes Windows-1252 leaves undefined (so ``open(path,
    encoding=encoding).read()`` never fails on them). Newlines become "\\n" exactly as Python's text mode
    does, so offsets agree with that ``read()``."""
    if not raw.strip():
        raise ValueError("empty file")
    head = raw[:4096].lstrip()      # (not the whole file copied for each signature)
    kind = next((what for signature, what in _SIGNATURES if head.startswith(signature)), None)
    if kind is not None:
        raise ValueError(f"{kind}, not text: save the article as text or a web page")
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
        encoding, text = _eight_bit(raw)
    if _control_share(text) > 0.05:
        raise ValueError("binary file (mostly control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.replace("\ufeff", "").strip():
        raise ValueError("no text")
    return text, encoding


def _eight_bit(raw: bytes) -> tuple[str, str]:
    """(encoding, text) of bytes UTF-8 cannot read: UTF-8 but for a few bytes (``MIXED``), else Windows-1252, else
    Latin-1."""
    if _mostly_utf8(raw):
        return MIXED, raw.decode(MIXED)
    try:
        return "cp1252", raw.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1", raw.decode("latin-1")


def _looks_utf16(sample: bytes) -> bool:
    """Mostly ASCII text stored as UTF-16: every other byte is NUL."""
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0), odd.count(0)) > 0.9 * (len(sample) // 2) and min(even.count(0), odd.count(0)) == 0


def _control_share(text: str) -> float:
    """Share of control characters (C0 other than whitespace, and C1) in the first 8 KiB."""
    sample = text[:8192]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    return bad / max(1, len(sample))
