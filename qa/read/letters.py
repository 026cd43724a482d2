"""Readers' letters ("Sir, – May I thank the volunteers …" signed "Dorothy Aldane, Wendle" on the
line after): whose words a letter gives. The salutation names no one; the signature does."""

from __future__ import annotations

import re

# A letter's salutation: "Sir, –", "Dear Sir,", "Madam –", "Dear Editor:" (alone, it is no one's name)
SALUTATION = re.compile(r"\W*(?:(?:my\s+)?dear\s+)?(?:sir|sirs|madam|sir\s+or\s+madam|editor)\W*", re.IGNORECASE)
_OPENS_LETTER = re.compile(r"[ \t]*(?:(?:My\s+)?Dear\s+)?(?:Sir|Sirs|Madam|Sir\s+or\s+Madam|Editor)\s*[,:–—-]")
# A letter's signature: a line of two to four capitalised words, and a place after a comma
# ("Dorothy Aldane, Wendle", "Kwame Asante-Boateng, Colbeck"), nothing else on it
_SIGNATURE = re.compile(r"[ \t]*(?P<name>(?:Dr\s+|Prof\s+|Cllr\s+|Rev\s+)?[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})"
                        r"(?:,[ \t]*[A-Z][\w'’ \t-]{1,50}?)?[ \t]*$")
_LINES_LOOKED_AT = 12       # a letter's paragraphs, at most


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end == -1 else end


def _lines_around(text: str, at: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The non-blank lines from the one holding ``at`` back, and from the one after it on."""
    here = _line_at(text, at)
    back, forth = [here], []
    start = here[0]
    while start > 0 and len(back) < _LINES_LOOKED_AT:
        start, end = _line_at(text, start - 1)
        if text[start:end].strip():
            back.append((start, end))
    end = here[1]
    while end < len(text) and len(forth) < _LINES_LOOKED_AT:
        start, end = _line_at(text, end + 1)
        if text[start:end].strip():
            forth.append((start, end))
    return back, forth


def signs_letter(text: str, at: int) -> bool:
    """Whether the line of ``text`` holding ``at`` signs a letter: a name (and place) on the line
    right after a letter's last line ("Dorothy Aldane, Wendle")."""
    back, _ = _lines_around(text, at)
    if len(back) < 2 or not _SIGNATURE.fullmatch(text[back[0][0]:back[0][1]]):
        return False
    return writer(text, back[1][0]) is not None


def writer(text: str, at: int) -> tuple[int, int] | None:
    """Where the name of the one who wrote the letter holding ``text[at]`` stands in ``text`` (its
    signature, on the line after the letter), or None when ``at`` is in no letter: the nearest line
    before opens with a salutation ("Sir, –"), and no signature comes between."""
    back, forth = _lines_around(text, at)
    opened = False
    for start, end in back:
        line = text[start:end]
        if _OPENS_LETTER.match(line):
            opened = True
            break
        if _SIGNATURE.fullmatch(line):
            return None
    if not opened:
        return None
    for start, end in forth:
        line = text[start:end]
        if _OPENS_LETTER.match(line):
            return None
        m = _SIGNATURE.fullmatch(line)
        if m is not None:
            return start + m.start("name"), start + m.end("name")
    return None
