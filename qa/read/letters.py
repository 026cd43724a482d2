"""Readers' letters ("Sir, – May I thank the volunteers …" signed "Dorothy Aldane, Wendle" on the
line after): whose words a letter gives. The salutation names no one; the signature does."""

from __future__ import annotations

import re

from qa.ingest.lexicon import CAPITALS
from qa.ingest.text import MASTHEAD_WORDS

# A letter's salutation: "Sir, –", "Dear Sir,", "Madam –", "Dear Editor:" (alone, it is no one's name)
SALUTATION = re.compile(r"\W*(?:(?:my\s+)?dear\s+)?(?:sir|sirs|madam|sir\s+or\s+madam|editor)\W*", re.IGNORECASE)
_OPENS_LETTER = re.compile(r"[ \t]*(?:(?:My\s+)?Dear\s+(?:Sir|Sirs|Madam|Sir\s+or\s+Madam|Editor)|Sir|Sirs|Madam"
                           r"|Sir\s+or\s+Madam)\s*[,:–—-]")        # not "Editor: Jane Smith", a credit
# A letter's signature: a line of two to four capitalised words, then, after commas, where the
# writer lives ("Dorothy Aldane, Wendle", "Jo Bloggs, St. Ives, Cornwall", "Kwame Asante-Boateng, 12
# High Street"; a dash may lead: "- Brita Haugen, Holm Island"), nothing else on it; a name alone signs only on
# the line right after the letter
_SIGNATURE = re.compile(rf"[ \t]*(?:[-–—][ \t]*)?(?P<name>(?:Dr\s+|Prof\s+|Cllr\s+|Rev\s+)?[{CAPITALS}][\w'’.-]+"
                        rf"(?:[ \t]+[{CAPITALS}][\w'’.-]+){{1,3}})"
                        rf"(?P<place>(?:,[ \t]*\w[\w'’. \t-]{{0,50}}?){{1,3}})?[ \t]*$")
_NOT_SIGNED = re.compile(r"\W*(?:yours|read|sign|share|follow|click|more|related|see)\b", re.IGNORECASE)
# A letters page's heading, on one of its first lines ("Letters to the editor", "Your letters", "Tamsel Gazette —
# Letters to the Editor"): there a letter need not open with "Sir"; it runs from the signature before it (or the
# page's top) to its own
_LETTERS_PAGE = re.compile(rf"\A(?:[ \t]*[^\n]*\n){{0,3}}?[ \t]*(?:(?-i:[{CAPITALS}])[^\n|–—]{{0,50}}?\b(?:"
                           + "|".join(sorted(MASTHEAD_WORDS)) + r")[ \t]+[|–—-][ \t]+)?"       # (a paper's name first)
                           r"(?:(?:your|readers['’]?|the)[ \t]+)?letters"
                           r"(?:[ \t]+to[ \t]+the[ \t]+editor|[ \t]+page)?[ \t]*(?:[:|–—-][^\n@]{0,60})?$",
                           re.IGNORECASE | re.MULTILINE)     # not "Letters reveal wartime romance"
# A letters page's headline, however long what its colon brings ("Letters: Flood defences, the Westharbour
# tram and a farewell to the night train"): a page saved with its site's menu above has it further down
_LETTERS_TITLE = re.compile(r"(?:(?:your|readers['’]?|the)\s+)?letters(?:\s+to\s+the\s+editor|\s+page)?"
                            r"(?:\s*[:|–—-]\s*\S.*)?", re.IGNORECASE)
_LINES_LOOKED_AT = 12       # a letter's lines, at most


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


def signs_letter(text: str, at: int, title: str = "") -> bool:
    """Whether the line of ``text`` holding ``at`` signs a letter: a name (and place) on the line
    after a letter's last line ("Dorothy Aldane, Wendle"); ``title``: the article's headline."""
    back, _ = _lines_around(text, at)
    signed = writer(text, back[1][0], title) if len(back) > 1 else None
    return signed is not None and back[0][0] <= signed[0] < back[0][1]


def _signature(text: str, start: int, end: int, after_blank: bool) -> re.Match | None:
    """The signature the line ``text[start:end]`` is, if it is one (``_SIGNATURE``; a name alone
    only on the line right after the letter's, not after a blank line: "Parking Charges" there is
    the next letter's heading; never "Yours faithfully" nor a "Read More")."""
    line = text[start:end]
    m = _SIGNATURE.fullmatch(line)
    if m is None or _NOT_SIGNED.match(line) or (after_blank and not m.group("place")):
        return None
    return m


def _letters_start(text: str, title: str) -> int | None:
    """Where the letters of a letters page begin in ``text``: after its heading on one of its first
    lines (``_LETTERS_PAGE``) or, for a page whose headline (``title``) is one, after the line
    holding it; None for any other article."""
    page = _LETTERS_PAGE.search(text[:400])
    if page is not None:
        return page.end()
    title = " ".join(title.split())
    at = text.find(title) if title and _LETTERS_TITLE.fullmatch(title) else -1
    return None if at < 0 else _line_at(text, at)[1]


def writer(text: str, at: int, title: str = "") -> tuple[int, int] | None:
    """Where the name of the one who wrote the letter holding ``text[at]`` stands in ``text`` (its
    signature, on the line after the letter), or None when ``at`` is in no letter: the nearest line
    before opens with a salutation ("Sir, –"), and no signature comes between; on a letters page
    (``_letters_start``; ``title``: the article's headline), any line after the page's heading or a
    signature."""
    back, forth = _lines_around(text, at)
    page = _letters_start(text, title)
    opened = False
    for i, (start, end) in enumerate(back):
        if _OPENS_LETTER.match(text[start:end]):
            opened = True
            break
        if i and _signature(text, start, end, "\n\n" in text[end:back[i - 1][0]]) is not None:
            if page is None:
                return None
            opened = True               # a letters page's letter after the one signed here
            break
    else:                               # a letters page's first letter, under its heading
        opened = page is not None and back[0][0] >= page
    if not opened:
        return None
    previous = back[0][1]
    for start, end in forth:
        if _OPENS_LETTER.match(text[start:end]):
            return None
        m = _signature(text, start, end, "\n\n" in text[previous:start])
        if m is not None:
            return start + m.start("name"), start + m.end("name")
        previous = end
    return None


# Where a letter's writer lives, on the line under their name: "Treddon", "Upper Town, Saltmere"
_PLACE_LINE = re.compile(rf"[ \t]*[{CAPITALS}][\w'’.-]*(?:[ \t]+[{CAPITALS}][\w'’.-]*){{0,3}}"
                         rf"(?:,[ \t]*[{CAPITALS}][\w'’.-]*"
                         rf"(?:[ \t]+[{CAPITALS}]"
                         r"[\w'’.-]*){0,3})?[ \t]*")


def letters(text: str, title: str = "") -> list[tuple[int, int, tuple[int, int]]]:
    """The readers' letters of ``text`` (``title``: its headline): (start, end, where the name
    signing it stands) for each, in order, a letter running over the lines ``writer`` gives the
    same signature, its signature's line included."""
    found: list[tuple[int, int, tuple[int, int]]] = []
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if found and (_line_at(text, found[-1][2][0])[0] == at       # the signature's own line, and where
                      or found[-1][1] == at - 1 and _PLACE_LINE.fullmatch(text[at:end])     # they live under it
                      and _line_at(text, found[-1][2][0])[1] == at - 1):
            found[-1] = (found[-1][0], end, found[-1][2])
        elif text[at:end].strip():
            signed = writer(text, at, title)
            if signed is not None and found and found[-1][2] == signed:
                found[-1] = (found[-1][0], end, signed)
            elif signed is not None:
                found.append((at, end, signed))
        at = end + 1
    return found
