"""A broadcast's subtitles saved as a file: SubRip's numbered cues ("12" / "00:00:47,500 --> 00:00:50,100" / the
words said) or WebVTT's ("WEBVTT", then "00:47.500 --> 00:50.100 align:start" / the words). The words run on from
cue to cue, a sentence often broken across two or three; they are read as said: each cue's number and times (its
header) blank, the line breaks inside what is said spaces, a sound's cue ("[MUSIC]") the end of a paragraph, a
speaker's dash ("- Otto, how cold is it?") the start of a line. Every character stays where it was, so offsets
and line numbers are the file's."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CAPITALS
from qa.ingest.loader import Article

_TIME = r"(?:\d{1,2}:)?[0-5]\d:[0-5]\d[,.]\d{3}"
# A cue's header: its number (SubRip's; WebVTT's is optional) on a line of its own, then its timing line (WebVTT's
# cue settings after the times)
CUE_HEADER = re.compile(rf"^[ \t]*(?:(?:\d{{1,6}}|(?<=\n\n)[^\n]{{1,60}}?)[ \t]*\n[ \t]*)?"
                        rf"{_TIME}[ \t]+-->[ \t]+{_TIME}[^\n]*$", re.MULTILINE)   # (a WebVTT cue's name: "intro")
# WebVTT's header (its first line and the lines under it up to a blank line: "Kind: captions", "Language: en") and
# its blocks of no words said ("NOTE …", "STYLE", "REGION" up to a blank line)
_WEBVTT = re.compile(r"\A\ufeff?WEBVTT\b[^\n]*(?:\n[ \t]*\S[^\n]*)*")
_VTT_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)\b[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.MULTILINE)
# A cue of a sound, not of words said: "[MUSIC]", "[APPLAUSE]", "(LAUGHTER)", "♪ … ♪"
_SOUND = re.compile(rf"[ \t]*(?:\[[^\]\n]{{1,40}}\]|\([{CAPITALS} ]{{2,40}}\)|♪[^\n]*)[ \t]*")
# A speaker's dash opening a cue's line: "- Otto, how cold is it there now?"
_DASH = re.compile(r"[ \t]*[-–—][ \t]+")
_CUES = 3       # timing lines that make a text subtitles (not a story quoting one)


def subtitled(text: str) -> bool:
    """Whether ``text`` is subtitles: ``_CUES`` cue headers (``CUE_HEADER``) or more."""
    if "-->" not in text:
        return False
    found = CUE_HEADER.finditer(text)
    return sum(1 for _, _ in zip(range(_CUES), found)) == _CUES


def as_said(text: str) -> str:
    """``text`` (subtitles: ``subtitled``; any other text as it is) as its words are said: cue headers and sounds'
    cues blank, the line breaks between the words of one speaker spaces (a sound between them leaves its blank
    lines: a paragraph's end), a speaker's dash a space after a line break of its own; every character where it
    was (a line break only turns to a space)."""
    if not subtitled(text):
        return text
    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "

    if m := _WEBVTT.match(text):
        blank(m.start(), m.end())
        for note in _VTT_BLOCK.finditer(text):
            blank(note.start(), note.end())
    for m in CUE_HEADER.finditer(text):
        blank(m.start(), m.end())
    said_end = -1           # where the last line of words ended (-1: none yet)
    sound = False
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        shown = "".join(chars[start:end])
        if not shown.strip():
            continue
        if _SOUND.fullmatch(shown):
            blank(start, end)
            sound = True
            continue
        dash = _DASH.match(shown)
        if dash:
            blank(start, start + dash.end())
        if said_end >= 0 and not sound:
            breaks = [i for i in range(said_end, start) if chars[i] == "\n"]
            for i in breaks[:-1] if dash else breaks:       # (a new speaker: on a line of their own)
                chars[i] = " "
        said_end, sound = end, False
    return "".join(chars)


def said_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` (subtitles) holding words said, from the first cue's to the last's: one block, its
    headers and sounds' cues inside it (``as_said`` blanks them)."""
    shown = as_said(text)
    words = [m.span() for m in re.finditer(r"\S+", shown)]
    return ((words[0][0], words[-1][1]),) if words else ()


def subtitles_article(text: str, encoding: str) -> Article:
    """The article of subtitles: its text the file's, all its words said one block (``said_spans``), no headline
    (the file's name stands for one), no date (its file name may give one), publisher or writer."""
    blocks = said_spans(text)
    if not blocks:
        raise ValueError("no words in these subtitles (only cue numbers, times and sounds)")
    return Article(text=text, encoding=encoding, title="", blocks=blocks)


def blank_cue_headers(text: str) -> str:
    """``text`` with its cue headers (``CUE_HEADER``: a sentence of subtitles running across two cues) turned to
    spaces, every other character where it was."""
    return CUE_HEADER.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text) if "-->" in text else text
