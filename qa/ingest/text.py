"""Plain-text and Markdown articles: the file's decoded text is the article's text.

The first non-empty line is the headline ("Headline – Publisher" or "Headline | Publisher" gives
the publisher too); a line that only says when it was published ("Published 5 March 2024") gives the
date and is left out of the article text, as is page clutter; else a dateline opening the first
paragraph gives the date. A Markdown file may start with front matter (``---`` … ``---``) naming
``title``, ``date``, ``publisher`` (or ``source``/``site``) and ``author``."""

from __future__ import annotations

import re

from qa.ingest.clutter import is_clutter, title_and_blocks
from qa.ingest.dates import dateline, full_dates, publication_line
from qa.ingest.decode import decode
from qa.ingest.loader import Article

# "Headline – Publisher" / "Headline | Publisher": a short name in title case after a dash or bar.
# (A plain hyphen is left alone: news headlines use it for the speaker, "Choose hope - Kennedy".)
_PUBLISHER_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[|–—]\s+"
                               r"(?P<name>(?:The\s+)?[A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,3})$")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$", re.MULTILINE)


def split_publisher(title: str) -> tuple[str, str]:
    """("Headline", "Publisher") from "Headline – Publisher"; (title, "") when it has no such suffix."""
    m = _PUBLISHER_SUFFIX.match(title)
    return (m.group("title").strip(), m.group("name")) if m else (title, "")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields of a leading ``---`` block (lower-case keys, a value's quotes removed) and where the text
    after it starts; ({}, 0) without one."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    fields = {f.group("key").lower(): _unquoted(f.group("value")) for f in _FIELD.finditer(m.group("body"))}
    return fields, m.end()


def _unquoted(value: str) -> str:
    """A front-matter value without the quotes around it, when they enclose all of it: a title
    heading with a quotation ('"No," she said' or '"Yes" and "no"') keeps its marks (YAML would
    refuse it, but writers do write it)."""
    quote, inner = value[:1], value[1:-1]
    if len(value) >= 2 and quote in ("'", '"') and value[-1] == quote and quote not in inner:
        return inner
    return value


# "By Tom Hardy", "By Ana Lima and Jo Park, Political Reporter": a line naming the author alone,
# each person by two or more names ("By Christmas", "By Land and Sea", "By The Numbers" are not).
_NAME = r"[A-Z][\w'’.-]*"
# Lower-case words inside a person's name: "Charles de Gaulle", "Ludwig van Beethoven" (a regex).
NAME_PARTICLES = "de|van|von|der|da|di|al|bin|le|la"
_PERSON = rf"(?!(?:The|A|An)\b){_NAME}(?:\s+(?:{NAME_PARTICLES})){{0,2}}\s+{_NAME}(?:\s+{_NAME})?"
_BYLINE = re.compile(rf"^\W*By\s+(?P<name>{_PERSON}(?:\s+(?:and|&)\s+{_PERSON})*)"
                     r"(?:\s*(?P<sep>[,|–—-])\s*(?P<rest>[A-Z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,3}))?\W*$")
# What follows a byline's name and says what they are, not who published them ("Political Reporter")
_ROLE = re.compile(r"\b(?:reporter|correspondent|editor|writer|columnist|staff|contributor|critic|analyst|chief"
                   r"|journalist|producer|presenter|photographer|in\s+\w+)\b", re.IGNORECASE)


# A section of the paper named after a byline ("By Jo Park | Business"): not who published it
_SECTIONS = frozenset("""news business opinion comment politics sport sports world uk us europe technology tech
    science health education environment culture arts entertainment lifestyle travel money markets economy local
    national international features analysis weather""".split())


def byline(line: str) -> str:
    """The author a line names alone ("By Tom Hardy" → "Tom Hardy"; "By Jo Park | Updated: 8 April
    2024 14:30 BST" → "Jo Park"), else ""."""
    stripped = line.strip()
    if len(stripped.split()) > 12:
        return ""
    m = _BYLINE.match(stripped) or (_BYLINE.match(_BYLINE_DATE.sub("", stripped)) if publication_line(stripped)
                                    else None)
    return m.group("name") if m else ""


_BYLINE_DATE = re.compile(r"\s*[|·•,]\s*(?:(?:published|updated|posted|last\s+updated)\b.*|.*\d.*)$", re.IGNORECASE)


def byline_publisher(line: str) -> str:
    """The publisher a byline names after its author ("By Anselm Quaye | Brennmoor Evening Post" →
    "Brennmoor Evening Post"), else "" ("By Ana Lima, Political Reporter": a role)."""
    stripped = line.strip()
    m = _BYLINE.match(stripped) if len(stripped.split()) <= 12 else None
    rest = (m.group("rest") or "").strip() if m else ""
    if not rest or m.group("sep") not in "|–—" or _ROLE.search(rest) or rest.lower() in _SECTIONS:
        return ""
    return rest


def metadata_line(line: str) -> bool:
    """A line that is not article text: page clutter, a "Published …" line or a byline."""
    return is_clutter(line) or bool(publication_line(line)) or bool(byline(line))


class TextLoader:
    """``.txt`` and ``.md`` (see the module doc)."""

    suffixes = (".txt", ".md")

    def load(self, raw: bytes) -> Article:
        text, encoding = decode(raw)
        fields, body = front_matter(text)
        title, blocks = title_and_blocks(text, body, metadata_line, known=fields.get("title", ""))
        if not blocks:
            raise ValueError("no article text (only a title or page clutter)")
        title, publisher = split_publisher(fields.get("title") or title)
        date = _date(text, body, blocks, fields.get("date", ""))
        publisher = fields.get("publisher") or fields.get("source") or fields.get("site") or publisher \
            or publisher_above(text, body, blocks)
        author = fields.get("author") or byline_above(text, body, blocks)
        return Article(text=text, encoding=encoding, title=title, blocks=blocks, date=date, publisher=publisher,
                       author=author)


def _date(text: str, body: int, blocks, declared: str) -> str:
    """The front matter's date, else a publication line's, else the first paragraph's dateline."""
    if declared:
        found = full_dates(declared)
        if found:
            return found[0].iso()
    for line in text[body:blocks[0][0] + 2000].split("\n"):
        when = publication_line(line)
        if when:
            return when
    return opening_dateline(text, blocks)


def opening_dateline(text: str, blocks) -> str:
    """The ISO date of the dateline opening the first paragraph ("LISBON, January 9, 2025 - …"), or ""."""
    return dateline(text[blocks[0][0]:blocks[0][1]].lstrip().split("\n", 1)[0])


def byline_above(text: str, start: int, blocks) -> str:
    """The name in the first byline ("By Kim Ode") between ``start`` and the first paragraph, or ""."""
    return next(filter(None, map(byline, text[start:blocks[0][0] + 1].split("\n"))), "")


def publisher_above(text: str, start: int, blocks) -> str:
    """The publisher a byline between ``start`` and the first paragraph names ("By Kim Ode | The
    Harbour Gazette"), or ""."""
    return next(filter(None, map(byline_publisher, text[start:blocks[0][0] + 1].split("\n"))), "")
