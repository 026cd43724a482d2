"""Plain-text and Markdown articles: the file's decoded text is the article's text.

The first non-empty line is the headline ("Headline – Publisher" or "Headline | Publisher" gives
the publisher too); a line that only says when it was published ("Published 5 March 2024") gives the
date and is left out of the article text, as is page clutter; else a dateline opening the first
paragraph gives the date. A masthead alone on a line of the header ("The Fenwick Courier") gives the
publisher, as does a wire agency in the dateline ("LONDON, Sept 2 (Meridian Wire) — …"); a wire
story's sign-off ("(Reporting by Ana Lima; Editing by Jo Park)") gives the author. A Markdown file may
start with front matter (``---`` … ``---``) naming ``title``, ``date``, ``publisher`` (or
``source``/``site``) and ``author``."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import re

from qa.ingest.chats import chat_article, chat_export
from qa.ingest.clutter import EXPORT_ACCESSION, SECTION_NAMES, SLOGAN, is_clutter, title_and_blocks
from qa.ingest.dates import (
    AGENCY_FIRST,
    CHANGED_LINE,
    MONTHS,
    POSTED_BY,
    PRONOUNS,
    RELEASE_WORDS,
    dashed_date,
    dateline,
    dateline_end,
    dates_named,
    filed_at_end,
    full_dates,
    month_number,
    placed_date,
    publication_line,
    short_year,
    table_field,
    updated_line,
    writer_before_date,
)
from qa.ingest.decode import decode
from qa.ingest.lexicon import CAPITALS, common_word
from qa.ingest.loader import MAX_ARTICLE_BYTES, Article, check_size, of_stories
from qa.ingest.markdown import blank_marks, page_as_shown
from qa.ingest.preamble import BREADCRUMB, email_subject, preamble_end, print_title, printed_from, view_online
from qa.ingest.subtitles import subtitled, subtitles_article
from qa.records import Story

# "Headline – Publisher" / "Headline | Publisher" / "Headline :: Publisher": a short name in title case after a
# dash, a bar, "::" or "»" (an old site's "Site :: Section :: Headline" the other way round: ``split_publisher``).
# (A plain hyphen is left alone: news headlines use it for the speaker, "Choose hope - Kennedy".)
PUBLISHER_NAME = rf"(?:The\s+)?[{CAPITALS}][\w&.'’]*(?:\s+[{CAPITALS}][\w&.'’]*){{0,3}}"
_PUBLISHER_SUFFIX = re.compile(rf"^(?P<title>.+?)\s+(?:[|–—»]|::)\s+(?P<name>{PUBLISHER_NAME})$")
# Front matter: YAML's between "---" lines ("title: …"), or TOML's between "+++" lines as Hugo writes it
# ('title = "…"', "date = 2026-03-04T09:10:00+01:00")
_FRONT_MATTER = re.compile(r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?)\n(?P=fence)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*[:=][ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)
# A YAML list under a key, an item a line ('author:' then '  - "[[Johanne Rustad-Ibekwe]]"', as a web clipper
# writes it), and a wiki link's name ("[[Johanne Rustad-Ibekwe]]", "[[people/jr|Johanne Rustad-Ibekwe]]")
_ITEM = re.compile(r"\n[ \t]*-[ \t]+(?P<item>[^\n]*?)[ \t]*(?=\n|\Z)")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?(?P<name>[^\]|\n]+)\]\]")
# The keys that date a story (a clipper's "published"; its "created" is when it was clipped)
_DATE_KEYS = ("date", "published", "publishdate", "pubdate", "date_published", "published_at")


def split_publisher(title: str) -> tuple[str, str]:
    """("Headline", "Publisher") from "Headline – Publisher", or from "Headline - Publisher" when the name
    after the hyphen is a paper's ("… Film Festival - Ulmhaven Daily Ledger"), or from an old site's "Site ::
    Section :: Headline" ("Quenby Chronicle Online :: Local News :: Promenade bridge to shut"); (title, "") when
    it has no such suffix."""
    parts = [p.strip() for p in title.split(" :: ")]
    if len(parts) >= 2 and all(parts) and re.fullmatch(PUBLISHER_NAME, parts[0]) \
            and not re.fullmatch(PUBLISHER_NAME, parts[-1]):     # (not "Storm Hits Kelder Coast :: Kelder Times")
        return parts[-1], parts[0]
    m = _PUBLISHER_SUFFIX.match(title)
    if m is None:
        m = _HYPHENED_SUFFIX.match(title)
        m = m if m and _titled_masthead(m.group("name")) else None
    if m is None:
        return title, ""
    headline, bar, section = m.group("title").strip().rpartition(" | ")     # "… | Politics | The Tarvensk Herald"
    return (headline.strip() if bar and headline.strip() and section.strip().lower() in SECTION_NAMES
            else m.group("title").strip()), m.group("name")


_HYPHENED_SUFFIX = re.compile(rf"^(?P<title>.+?)\s+-\s+(?P<name>{PUBLISHER_NAME})$")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields of a leading ``---`` block (YAML) or ``+++`` block (TOML) (lower-case keys, a value's quotes
    removed, a list's items joined by "and", a wiki link's brackets removed; "date" the first of ``_DATE_KEYS``) and
    where the text after it starts; ({}, 0) without one."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    body, fields = m.group("body"), {}
    for f in _FIELD.finditer(body):
        value, at = _unquoted(f.group("value")), f.end()
        while not f.group("value") and (item := _ITEM.match(body, at)):     # a list: its items, joined
            value, at = " and ".join(filter(None, (value, _unquoted(item.group("item"))))), item.end()
        fields.setdefault(f.group("key").lower(), _WIKI_LINK.sub(r"\g<name>", value))
    return {k: v for k, v in _dated(fields).items() if v or k != "date"}, m.end()


def _dated(fields: dict[str, str]) -> dict[str, str]:
    """A head's ``fields`` with its "date" (``_declared_date``) and without a "source" that is an address (a
    clipper's: the page's, no publisher's name)."""
    fields = {**fields, "date": _declared_date(fields)}
    if re.match(r"https?://", fields.get("source", "")):
        del fields["source"]
    return fields


def _declared_date(fields: dict[str, str]) -> str:
    """The date a head's ``fields`` give: the first of ``_DATE_KEYS`` they have, else ""."""
    return next(filter(None, (fields.get(key) for key in _DATE_KEYS)), "")


# A document markup's title block at the top of a text: Emacs org-mode's keyword lines ("#+TITLE: …", "#+AUTHOR: …",
# "#+DATE: <2026-03-04 Wed>"), MultiMarkdown's fields ("Title: …" / "Author: …" / "Date: …"), Pandoc's ("% Title" /
# "% Author" / "% 4 March 2026"), or reStructuredText's title under its comments (".. -*- mode: rst -*-"), adorned with
# a rule of one punctuation mark (under it, or over and under it), then its fields (":Author: …", ":Date: …")
_ORG_KEYWORD = re.compile(r"[ \t]*#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>[^\n]*?)[ \t]*")
_PANDOC_LINE = re.compile(r"%(?:[ \t]+(?P<value>[^\n]*?))?[ \t]*")
_ORG_DRAWER = re.compile(r"\s*\*+[ \t][^\n]*\n[ \t]*:PROPERTIES:[ \t]*\n(?P<props>(?:[ \t]*:[\w-]+:[^\n]*\n)*?)"
                         r"[ \t]*:END:[ \t]*(?=\n|\Z)", re.IGNORECASE)
_ORG_PROPERTY = re.compile(r"^[ \t]*:(?P<key>[\w-]+):[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)
_ORG_FIELDS = (("publisher", ("outlet", "publisher", "publication", "site")), ("author", ("byline", "author")),
               ("date", ("published", "pubdate")))
_MMD_FIELD = re.compile(r"(?P<key>[A-Za-z][\w-]{0,20}(?:\s[A-Za-z][\w-]{0,20})?):[ \t]+(?P<value>\S[^\n]*?)[ \t]*")
_RST_COMMENT = re.compile(r"\.\.(?:[ \t][^\n]*)?")
_RST_RULE = re.compile(r"([=\-~#*^+`'\"])\1{3,}[ \t]*")
_RST_FIELD = re.compile(r":(?P<key>[A-Za-z][\w ]{0,30}):[ \t]+(?P<value>[^\n]*?)[ \t]*")


def markup_head(text: str) -> tuple[dict[str, str], int]:
    """The title, author and date of a text's org-mode, Pandoc or reStructuredText title block (``_ORG_KEYWORD``,
    ``_PANDOC_LINE``, ``_RST_FIELD``; lower-case keys, an author's role after a comma left out) and where the text
    after it starts; ({}, 0) for a text that opens with none."""
    lines, at = [], 0
    for line in text.split("\n")[:40]:
        lines.append((at, line.replace("\ufeff", "").rstrip()))
        at += len(line) + 1
    said = [(a, line) for a, line in lines if line.strip()]
    fields, end = {}, 0
    if said and _ORG_KEYWORD.fullmatch(said[0][1]):
        for a, line in said:
            m = _ORG_KEYWORD.fullmatch(line)
            if m is None:
                break
            fields.setdefault(m.group("key").lower(), m.group("value").strip("<>[] "))
            end = a + len(line)
        fields.pop("author", None)      # (the note's, who clipped the story; its drawer may name the story's writer)
        drawer = _ORG_DRAWER.match(text, end)       # a heading's properties: the story's source, outlet, writer
        if drawer:
            props = {m.group("key").lower(): m.group("value") for m in _ORG_PROPERTY.finditer(drawer.group("props"))}
            fields.update({key: props[name] for key, names in _ORG_FIELDS for name in names if props.get(name)})
            end = drawer.end()
    elif said and _MMD_FIELD.fullmatch(said[0][1]) and said[0][1].lower().startswith("title") \
            and len(lines) > 1 and _MMD_FIELD.fullmatch(lines[1][1]):
        for a, line in lines:               # MultiMarkdown's (and Pelican's) fields: "Title: …" / "Author: …"
            m = _MMD_FIELD.fullmatch(line)
            if m is None:
                break
            fields.setdefault(m.group("key").lower(), m.group("value"))
            end = a + len(line)
    elif len(lines) > 1 and all(_PANDOC_LINE.fullmatch(line) for _, line in lines[:2]):      # (two lines at least:
        for key, (a, line) in zip(("title", "author", "date"), lines):                      # not "% of voters …")
            m = _PANDOC_LINE.fullmatch(line)
            if m is None:
                break
            fields[key], end = m.group("value") or "", a + len(line)
    else:
        i = 0
        while i < len(said) and _RST_COMMENT.fullmatch(said[i][1]):
            i += 1
        over = 1 if i < len(said) and _RST_RULE.fullmatch(said[i][1]) else 0
        title = said[i + over] if i + over < len(said) else (0, "")
        under = said[i + over + 1] if i + over + 1 < len(said) else (0, "")
        if not (_RST_RULE.fullmatch(under[1]) and len(under[1].strip()) >= len(title[1].strip()) > 0
                and (not over or said[i][1].strip() == under[1].strip())):
            return {}, 0
        fields, end = {"title": title[1].strip()}, under[0] + len(under[1])
        for a, line in said[i + over + 2:]:
            m = _RST_FIELD.fullmatch(line)
            if m is None:
                break
            fields.setdefault(m.group("key").lower(), m.group("value"))
            end = a + len(line)
        if not (i or len(fields) > 1):      # (a line between rules alone is a heading of plain text or Markdown's:
            return {}, 0                    # "DAILY BEACON e-Edition | …" / "-----", "KELVIK COURIER" between "=====")
    if not fields.get("title"):
        return {}, 0
    fields["author"] = fields.get("author", "").split(",")[0].strip()
    return {k: v for k, v in _dated(fields).items() if v}, end


# An MDX file's head (Markdown with JSX, as a news site's repository keeps a story): its components' imports
# ("import { Callout } from '@/components/Callout'"), then perhaps its fields as a JavaScript object ("export const
# meta = { title: '…', date: '2026-10-02T14:30:00+02:00', author: '…' }")
_MDX_IMPORTS = re.compile(r"\A\ufeff?(?:[ \t]*import\s[^\n]*?\sfrom\s+['\"][^'\"\n]+['\"];?[ \t]*\n(?:[ \t]*\n)*)+")
_MDX_META = re.compile(r"export\s+const\s+(?:meta|metadata|frontmatter)\s*=\s*\{(?P<body>[^{}]*)\}\s*;?[ \t]*(?:\n|\Z)")
_MDX_FIELD = re.compile(r"(?:^|[{,])[ \t]*(?P<key>[A-Za-z_]+)\s*:\s*(?P<quote>['\"`])(?P<value>[^'\"`\n]*)(?P=quote)",
                        re.MULTILINE)


def mdx_head(text: str) -> tuple[dict[str, str], int]:
    """The fields of an MDX file's head (``_MDX_IMPORTS``; lower-case keys, "date" among them where it gives one)
    and where the text after it starts; ({}, 0) for a text that opens with no imports."""
    imports = _MDX_IMPORTS.match(text)
    if imports is None:
        return {}, 0
    meta = _MDX_META.match(text, imports.end())
    if meta is None:
        return {}, imports.end()
    fields = {f.group("key").lower(): f.group("value").strip() for f in _MDX_FIELD.finditer(meta.group("body"))}
    fields["date"] = _declared_date(fields)
    return {k: v for k, v in fields.items() if v}, meta.end()


# An outliner's page properties opening a note (Logseq's "title:: Supreme Court strikes down pension age law",
# "date:: [[Mar 4th, 2026]]", "author:: Mikael Strand"), two or more, one a line
_PROPERTIES = re.compile(r"\A\ufeff?(?:[ \t]*[A-Za-z][\w-]*::[ \t]*[^\n]*(?:\n|\Z)){2,}")
_PROPERTY = re.compile(r"^[ \t]*(?P<key>[A-Za-z][\w-]*)::[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)


def outliner_properties(text: str) -> tuple[dict[str, str], int]:
    """The fields of an outliner's page properties (``_PROPERTIES``; lower-case keys, a wiki link's brackets removed,
    "date" the first of ``_DATE_KEYS``, a "source" that is an address left out) and where the text after them starts;
    ({}, 0) for a text that opens with none."""
    m = _PROPERTIES.match(text)
    if m is None:
        return {}, 0
    fields = {}
    for f in _PROPERTY.finditer(m.group()):
        fields.setdefault(f.group("key").lower(), _WIKI_LINK.sub(r"\g<name>", f.group("value")))
    return {k: v for k, v in _dated(fields).items() if v}, m.end()


# The note's fields a Joplin export closes with, after the note: "id: <32 hex figures>", then "parent_id: …",
# "created_time: …" (when the note was made, not the story), "author: …", "source_url: …", …, "type_: 1"
_NOTE_TRAILER = re.compile(r"\n[ \t]*id:[ \t]*[0-9a-f]{32}[ \t]*\n(?:[ \t]*[a-z_]+:[^\n]*\n)*?"
                           r"[ \t]*type_:[ \t]*\d+\s*\Z")


def note_trailer(text: str) -> tuple[dict[str, str], int]:
    """The "author" of the fields a Joplin export puts under its note (``_NOTE_TRAILER``; its "created_time" is when
    the note was made) and where they start; ({}, len(text)) for a text closing with none."""
    m = _NOTE_TRAILER.search(text)
    if m is None:
        return {}, len(text)
    author = next((f.group("value") for f in _FIELD.finditer(m.group()) if f.group("key").lower() == "author"), "")
    return ({"author": author} if author else {}), m.start()


# A wire service's labelled header over its story: "SLUG: …", "HEADLINE: …", "BYLINE: By …", "DATELINE: COLDHARROW,
# Almirath, Sept. 3, 2025 (APA)", "WORDCOUNT: 402", then "BODY:"; over them the service's name ("ALMIRATH PRESS
# AGENCY -- GENERAL NEWS SERVICE"). A reporter's copy is headed so too, its headline on the line under the labels:
# "SLUG: MARREN OBIT", "FOR: Sunday 7 September 2025" (the edition), "FROM: Lena Grubisic", "LENGTH: 520 words"; a
# paper's archive copy so too: "PUBLICATION: Veskadra Courier", "EDITION: Final", "DATE: Friday 13 June 2025", "PAGE:
# 5", "SECTION: News", "HEADLINE: …", "SUBHEAD: …", "BYLINE: …"
_LABELLED = re.compile(r"^[ \t]*(?P<key>(?i:SLUG|HEADLINE|HED|BYLINE|DATELINE|PRIORITY|CATEGORY|WORDCOUNT|WORDS"
                       r"|LENGTH|KEYWORDS|BODY|TEXT|FOR|FROM|PUBLICATION|EDITION|DATE|PAGE|SECTION|SUBHEAD))"
                       r"[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)
_SERVICE = re.compile(r"^\W*(?P<name>[^\W\d_][\w&.'’ -]*?)\s*(?:--|[–—|]|$)")
_SLUG = re.compile(r"^[\w]+(?:[-/][\w]+)+/?$|/")      # a slug's "KELDER-FLOODS/", "ALMIRATH-MINING/STRIKE"
_COPY_HEADLINE_WORDS = 20


def labelled_header(text: str) -> tuple[dict[str, str], int]:
    """The fields a wire story's labelled header gives (its "HEADLINE:" as the title, or a copy's line under its labels;
    its "BYLINE:"'s or "FROM:"'s writer, its "DATELINE:"'s, "FOR:"'s or "DATE:"'s date, its "PUBLICATION:" or the
    service named above it as the publisher) and where its text starts: at its first label, the labelled lines being
    quotable as the wire prints them ("When was it filed?": its dateline); ({}, 0) for a text without one (three
    labels or more, a headline's or a slug's among them, in its first lines)."""
    labels = [m for m in _LABELLED.finditer(text, 0, 2000)]
    keys = {m.group("key").upper() for m in labels}
    if len(keys) < 3 or not keys & {"HEADLINE", "HED", "SLUG"} or text[:labels[0].start()].count("\n") > 4:
        return {}, 0
    value = {m.group("key").upper(): m.group("value") for m in reversed(labels)}       # (the first of each)
    told = value.get("DATELINE") or value.get("FOR") or value.get("DATE", "")
    dated = full_dates(told)
    dashed = _SLUG_DATE.search(told) if not dated else None      # "Date: 07-09-2025 17:48": as its dateline reads
    above = text[:labels[0].start()].strip().split("\n", 1)[0].strip()
    service = None if _SLUG.search(above) else _SERVICE.match(above)     # (not a slug)
    coded = furniture_parts(above)
    name = _furniture_name(coded) if any(kind == "code" for kind, _ in coded) \
        else service.group("name").strip() if service else ""     # ("BNA - BRISGARD NEWS AGENCY": its name)
    name = " ".join(name.split()[:-1]) if len(name.split()) >= 2 and name.split()[-1].lower() in SECTION_NAMES \
        else name               # ("CRESPRESS SPORT": the agency's sports desk)
    credit = value.get("BYLINE") or value.get("FROM", "")
    fields = {"title": value.get("HEADLINE") or value.get("HED") or _under_labels(text, labels),
              "author": byline(credit) or named_credit(credit),
              "date": dated[0].iso() if dated else dashed_date(int(dashed[3]), int(dashed[1]), int(dashed[2]),
                                                               text[labels[-1].end():labels[-1].end() + 600])
              if dashed else "",
              "publisher": value.get("PUBLICATION") or name}
    if not fields["title"]:
        return {}, 0            # (a slug's labels and no headline under them: no wire's or copy's header)
    return {k: v for k, v in fields.items() if v}, labels[0].start()


def _under_labels(text: str, labels: list[re.Match]) -> str:
    """The headline of a copy headed by labels: the line under their run (``labels`` with no other line between them;
    a blank line between them and it or not), not indented (a paragraph's first line), of a headline's length,
    closing no sentence; else ""."""
    end = labels[0].end()
    for m in labels[1:]:
        if text[end:m.start()].strip():
            break
        end = m.end()
    under = text[end + 1:] if text[end:end + 1] == "\n" else ""
    line = (under[1:] if under[:1] == "\n" else under).split("\n", 1)[0]     # (a blank line between them or not)
    return line.strip() if line.strip() and not line[:1].isspace() and len(line.split()) <= _COPY_HEADLINE_WORDS \
        and not line.rstrip().endswith(".") else ""


# A story of a news database's export opens with its number ("Document 2 of 3", "2 of 3 DOCUMENTS"): the results
# list's lines above the first ("Search terms: …", "Downloaded: …") are no story's
_EXPORT_NUMBER = re.compile(r"^[ \t]*(?:(?:Document|DOCUMENT)\s+(?P<n>\d+)\s+(?:of|OF)\s+(?P<of>\d+)"
                            r"|(?P<n2>\d+)\s+of\s+(?P<of2>\d+)\s+DOCUMENTS)[ \t]*$", re.MULTILINE)
# … or closes with "End of Document" (Nexis) or its accession number (Factiva: "Document FCTV000020260304e2340000b",
# after "AN" in a full record)
_EXPORT_END = re.compile(rf"^[ \t]*(?:End\s+of\s+Document|{EXPORT_ACCESSION})[ \t]*$", re.MULTILINE | re.IGNORECASE)


# … and a printed page's number over it ("Page 4 of 9", "Page 1 of 6 © 2025 Factiva, Inc. All rights reserved.")
_PAGE_NUMBER = re.compile(r"\A\s*Page\s+\d+\s+of\s+\d+(?:\s+©[^\n]*)?[ \t]*$", re.MULTILINE)


def export_start(text: str) -> int:
    """Where a story of a news database's export starts (after its "Document 1 of 3" line), when the text is one and
    that line comes within its first lines, or after the page number opening it; else 0."""
    m = _EXPORT_NUMBER.search(text, 0, 3000)
    if m and text[:m.start()].count("\n") <= 15:
        return m.end()
    m = _PAGE_NUMBER.match(text)
    return m.end() if m else 0


def export_stories(text: str) -> list[tuple[int, int]]:
    """The spans of the stories a news database's export holds, one after another in one file: from each "Document k
    of N" line to the next, or each up to its closing "End of Document" (or Factiva's accession number) line, the
    first from under the results list above it (``_results_end``); [] for a text that holds fewer than two. What
    follows the last story is one more only when it is no search summary."""
    numbered = list(_EXPORT_NUMBER.finditer(text))
    numbers = [int(m.group("n") or m.group("n2")) for m in numbered]
    if len(numbered) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        starts = [m.start() for m in numbered]
        return list(zip(starts, starts[1:] + [len(text)]))
    ends = [m.end() for m in _EXPORT_END.finditer(text)]
    last = ends and _has_words(text[ends[-1]:]) and _results_end(text[ends[-1]:]) == 0
    if len(ends) + bool(last) < 2:
        return []
    spans = list(zip([_results_end(text[:ends[0]])] + ends, ends))
    return spans + [(ends[-1], len(text))] if last else spans


def _has_words(text: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 40      # (a story's text, not a copyright notice)


# A search's results list above an export's first story or its summary after the last ("Search terms: …", "Results:
# 4", "Downloaded: …"; Factiva's "Search Summary" and its "Results Found 23", "Timestamp …"), its headlines numbered
_RESULTS_LABEL = re.compile(r"^[ \t]*(?:(?:Search\s+terms|Narrowed\s+by|Results(?:\s+found)?|Downloaded|Prepared\s+for"
                            r"|Date\s+and\s+time|Job\s+number|Client/matter|Timestamp)(?:[ \t]*:|[ \t]{2,}|\t)"
                            r"|Search\s+summary[ \t]*$)",         # (a label, its colon or its column: no sentence)
                            re.IGNORECASE | re.MULTILINE)
_LISTED_FIRST = re.compile(r"^[ \t]*1\.[ \t]+(?P<title>\S[^\n]*?)[ \t]*$", re.MULTILINE)


def _results_end(text: str) -> int:
    """Where the first story of an export starts under the results list opening ``text`` (two of its labels or more
    among the first lines): at the headline that its first numbered line names again, else after the list's last
    label; 0 without one."""
    labels = [m for m in _RESULTS_LABEL.finditer(text, 0, 3000) if text[:m.start()].count("\n") <= 30]
    opening = [line for line in text[:labels[0].start()].split("\n") if line.strip()] if labels else []
    if len(opening) > 2:            # (a list opens the text, under a line or two at most: "Nexis Uni(TM)")
        return 0
    if len(labels) < 2 and not (labels and labels[0].group().strip().lower().startswith("search")):
        return 0
    listed = _LISTED_FIRST.search(text, labels[-1].end())
    if listed:
        title = re.escape(listed.group("title"))
        again = re.compile(rf"^[ \t]*{title}[ \t]*$", re.MULTILINE).search(text, listed.end())
        if again:
            return again.start()
    end = text.find("\n", labels[-1].end())
    return len(text) if end < 0 else end + 1


# A Factiva record's field codes, each at a line's start ("HD", "BY", "WC 612 words", "PD 4 March 2026", "SN" the
# source's name, "LP" over the lead paragraphs, "TD" over the rest): the codes above "LP" are its header
_FACTIVA = re.compile(r"^(?P<key>HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD)(?:[ \t]+(?P<value>\S[^\n]*?))?[ \t]*$",
                      re.MULTILINE)


def factiva_header(text: str) -> tuple[dict[str, str], int]:
    """The fields a Factiva record's coded header gives (its "HD" headline, "BY" writer, "PD" date, "SN" source as
    the publisher) and where its text starts: after the "LP" code (else the last code of the header); ({}, 0) for
    a text without one (a headline and a date or source among its first codes)."""
    codes = list(_FACTIVA.finditer(text, 0, 4000))
    value = {}
    for m in codes:
        if m.group("key") in value:
            continue
        given = m.group("value")
        if given is None and m.group("key") not in ("LP", "TD"):        # the value on the next line
            nxt = re.match(r"\s*\n[ \t]*(\S[^\n]*?)[ \t]*$", text[m.end():m.end() + 400], re.MULTILINE)
            given = nxt.group(1) if nxt else ""
        value[m.group("key")] = given or ""
    if not ("HD" in value and value.keys() & {"PD", "SN"}) or text[:codes[0].start()].count("\n") > 6:
        return {}, 0
    lead = next((m for m in codes if m.group("key") in ("LP", "TD")), None)
    dated = full_dates(value.get("PD", ""))
    fields = {"title": value["HD"], "author": byline(value.get("BY", "")) or named_credit(value.get("BY", "")),
              "date": dated[0].iso() if dated else "", "publisher": value.get("SN", "")}
    return {k: v for k, v in fields.items() if v}, lead.end() if lead else codes[0].start()


def _unquoted(value: str) -> str:
    """A front-matter value without the quotes around it, when they enclose all of it: a title
    heading with a quotation ('"No," she said' or '"Yes" and "no"') keeps its marks (YAML would
    refuse it, but writers do write it)."""
    quote, inner = value[:1], value[1:-1]
    if quote == "'" and len(value) >= 2 and value[-1] == quote and quote not in inner.replace("''", ""):
        return inner.replace("''", "'")         # 'It''s over': YAML writes a quote inside as two
    if len(value) >= 2 and quote == '"' and value[-1] == quote and quote not in inner:
        return inner
    return value


# "By Tom Hardy", "By Ana Lima and Jo Park, Political Reporter", "By Ana Lima, Jo Park and Kim Ode",
# "Words by Kenji Morland", "Words: Kenji Morland", "Live coverage by Ana Lima and Jo Park": a line naming
# the author alone, each person by two or more names ("By Christmas", "By Land and Sea", "By The Numbers"
# are not). A list with commas ends with "and" ("By Jo Park, Kelder Times" names one person and a paper).
_NAME = rf"[{CAPITALS}][\w'’.-]*"
# Lower-case words inside a person's name: "Charles de Gaulle", "Ludwig van Beethoven" (a regex).
NAME_PARTICLES = "de|van|von|der|da|di|al|bin|le|la"
PERSON = (rf"(?!(?:The|A|An)\b){_NAME}(?:\s+(?:{NAME_PARTICLES})){{0,2}}\s+{_NAME}(?:\s+{_NAME})?"
          r"(?:,?\s+(?:Jr|Sr)\b\.?)?")       # ("Tomas R. Vedder Jr.")
# What a byline's role calls a writer: "Political Reporter", "science correspondent", "Staff Writer" (a regex)
WRITER_ROLES = ("reporter|correspondent|editor|writer|columnist|critic|contributor|journalist|analyst|photographer"
                "|producer|presenter")
_PEOPLE = rf"{PERSON}(?:(?:\s*,\s*{PERSON})*(?:\s+(?:and|&)\s+{PERSON})+)?"
# What opens a byline: "By", "Words by", "Words and pictures by", "Written by", "Interview by", "Report by",
# "Match report by", "Review by", "Reported by", "Reviewed and reported by" (a critic's), "Written and
# reported by", a live page's "Live coverage by", a credit's label ("Words: Kim Ode", "Text: Kim Ode", "Words and
# pictures: Kim Ode"), an obituary's closing "Obituary by Kim Ode, The Harbour Post, 10 March 2026", a column's or
# a digest's "Compiled by", a site's "Posted by", a fact check's "Checked by" (not "Edited by": a book's editor, in a
# review)
_BY = (r"(?:(?:Words|Text|Story|Interview|Obituary|Explainer|Analysis|Profile|Report|Match\s+report|Review)"
       r"(?:\s+and\s+(?:pictures|photos"
       r"|photographs))?\s+by"
       r"|(?:(?:Reviewed|Researched|Photographed|Filmed|Written|Reported)\s+and\s+(?:reported|written)|Written"
       r"|Reported)"
       r"\s+by(?:\s*:)?|Live\s+(?:coverage|reporting|updates)\s+by"
       r"|(?:(?:Words|Text)(?:\s+(?:and|&)\s+(?:pictures|photos|photographs))?|Story|Author|Writer|Contributor)\s*:"
       r"|Byline\s*:(?:\s+By)?|By"       # (a news database's "Byline: Marta Quist")
       r"|Posted\s+by|Guest\s+(?:post|column|essay)\s+by"
       r"|(?:Fact[\s-])?[Cc]hecked\s+by"     # (a fact check's: "Checked by Ruth Amsel · 21 May 2026")
       rf"|Compiled\s+by|(?:[{CAPITALS}][a-z]+\s+){{1,2}}[Dd]esk\s*:"      # (a desk's label: "Culture desk: Selma Vik")
       # a reporter's role as the label: "Court reporter: Yana Brisk, The Pellisford Sentinel" (a newsroom's
       # role, not a prize's "Young writer: Kari Nes")
       r"|(?:(?:Chief|Senior|Staff|Special|Guest|Contributing|Political|Court|Crime|Courts|Home|Foreign|Business"
       r"|Economics|Sports?|Football|Science|Health|Education|Environment|Transport|Arts|Music|Film|Local|Community"
       r"|Agriculture|Technology|Culture|Royal|Legal|Security|Defence|Diplomatic|Industry)\s+)"
       r"{1,2}(?:reporter|correspondent|writer|editor)\s*:)")       # (a bare "Reporter:" is a transcript's label:
# ``line_byline`` reads it under the header's date line only)
# (the role may be followed by where the writer was: "By Emil Strand, Chief Football Writer, at Kestrel Park",
# "By Nils Ambrose in Lisk", "By Erik Vangen at the National Stadium"; the names by the agencies that helped:
# "By Marit Holm and agencies")
# (a role in lower case names what they write: "By Solveig Arden, science correspondent")
_LOWER_ROLE = rf"(?!(?:who|which|that|whose|now|formerly)\b)(?:[a-z][\w'’-]*\s+){{0,3}}(?:{WRITER_ROLES})"
# (and a role may be followed by the paper: "By Sanna Lund, science correspondent, The Pellerin Tribune")
_BYLINE = re.compile(rf"^\W*{_BY}\s+(?P<name>{_PEOPLE})"
                     r"(?:\s+(?:and|&)\s+(?i:agencies|wires|staff(?:\s+and\s+agencies)?))?"
                     rf"(?:\s*(?P<sep>[,|·•–—-])\s*(?P<rest>[{CAPITALS}][\w'’]*(?:\s+(?:&|[A-Za-z][\w'’]*)){{0,3}}"
                     rf"|{_LOWER_ROLE}))?"
                     rf"(?:\s*,\s*(?P<paper>[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*){{0,4}}))?"
                     rf"(?:(?:\s*,\s*|\s+)(?:at|in)\s+(?:the\s+)?[{CAPITALS}][\w'’-]*"
                     rf"(?:\s+[{CAPITALS}][\w'’-]*){{0,3}})?\W*$")
# A byline element's text without a "By" ("Ana Lima, Science Correspondent", "Ana Lima and Jo Park"): a
# page's markup says it is a byline, a line of a text file does not, so only a page's is read so
# (``qa.ingest.html.shown_credits``). A name with its role after a bar ("Ana Lima | Science Editor":
# ``_role_credit``) says it itself, in a text file too.
_NAMED = re.compile(rf"^(?P<name>{_PEOPLE})"
                    rf"(?:\s*,\s*(?:[{CAPITALS}][\w'’]*(?:\s+[A-Za-z][\w'’]*){{0,4}}|{_LOWER_ROLE})"
                    rf"(?:\s*,\s*[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*){{0,2}})?)?"   # ("…, DBC News, Ardesk")
                    rf"(?:(?:\s*,\s*|\s+)(?:at|in)\s+(?:the\s+)?[{CAPITALS}][\w'’-]*"
                    rf"(?:\s+[{CAPITALS}][\w'’-]*){{0,3}})?$")   # ("Gil
# Ostrander, at the National Stadium"; "Johanne Rustad-Ibekwe, science reporter")


def named_credit(line: str) -> str:
    """The people a byline element names without a "By" ("Ana Lima, Science Correspondent" → "Ana
    Lima"; "Nadia Ferro Columnist", its parts run together, → "Nadia Ferro"; "Match report: Viggo Dahl" →
    "Viggo Dahl"; "Mikkel Dahlgren — 12 August 2025", the date after them or before them), else ""."""
    line = " ".join(line.split())
    dated = next((m for m in (_THEN_DATE.match(line), _DATE_THEN.match(line)) if m and publication_line(m["date"])),
                 None)
    m = _NAMED.match(without_label(dated.group("name") if dated else line))
    return without_role(m.group("name")) if m else ""


# A credit and the date after it, or before it: "Mikkel Dahlgren — 12 August 2025", "30 September 2025 — Johanne
# Rustad-Ibekwe, science reporter"
_THEN_DATE = re.compile(r"^(?P<name>[^—–|·•]+?)\s+[—–|·•]\s+(?P<date>[^—–|·•]+)$")
_DATE_THEN = re.compile(r"^(?P<date>[^—–|·•]+?)\s+[—–|·•]\s+(?P<name>[^—–|·•]+)$")


# What a credit may say the piece is before the writer's name: "Match report: Viggo Dahl"
_LABEL_FIRST = re.compile(r"^\s*(?:match\s+report|report|review|analysis|interview|words"
                          rf"|text)\s*:?\s+(?-i:(?=[{CAPITALS}]))",
                          re.IGNORECASE)


def without_label(credit: str) -> str:
    """``credit`` without a label of the piece before the writer's name ("Match report: Viggo Dahl" → "Viggo
    Dahl"), when two words or more are left; as it is otherwise."""
    label = _LABEL_FIRST.match(credit)
    rest = credit[label.end():] if label else ""
    return rest if len(rest.split()) >= 2 and ":" not in rest else credit    # (not "Interview Transcript: Jo Park")


# A role ending a name when a page's parts run together ("Nadia Ferro Columnist")
_TRAILING_ROLE = re.compile(r"(?:\s+(?:Chief|Senior|Staff|Political|Sports?|Business|Science|Arts|Guest))*"
                            rf"\s+(?:{WRITER_ROLES.title()})$"
                            rf"|\s+[{CAPITALS}][a-z]+\s+(?:{WRITER_ROLES})$")     # ("Anna Leikvoll Industry reporter")


def without_role(name: str) -> str:
    """``name`` without a role that ends it, when two words or more are left ("Nadia Ferro Columnist"
    → "Nadia Ferro"; "Staff Writer" stays)."""
    short = _TRAILING_ROLE.sub("", name)
    return short if len(short.split()) >= 2 else name


# What follows a byline's name and says what they are, not who published them ("Political Reporter")
_ROLE = re.compile(rf"\b(?:{WRITER_ROLES}|staff|chief|in\s+\w+)\b", re.IGNORECASE)



# A writer's e-mail address after their byline: "By Nils Haraldsen | nils.haraldsen@ardeskcourier.vc", "By Anna
# Kolstad (anna.kolstad@brisnapost.vc)", "… · Email: jo@post.vc"
_EMAIL_AFTER = re.compile(r"\s*(?:[|·•,;–—-]\s*|\(\s*)?(?i:e-?mail\s*:?\s*)?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?\)?\W*$")
# A writer's handle on a social network after their name: "By Nils Farrow (@nilsfarrow)", "Kari Sollid @karisollid |"
_HANDLE = re.compile(r"(?:\s+\(@\w{2,30}\)|\s+@\w{2,30})(?=\s*(?:[,|·•–—-]|$))")
# A second writer after a comma ("By Henrik Solberg, with Amira Kosh": the first named is the author); a writer's
# pronouns after the name are left out too ("Lina Sattar (she/her)": ``dates.PRONOUNS``)
_WITH_WRITER = re.compile(rf",\s+with\s+{PERSON}\s*$")
# The credits for a story's pictures and video after its writer's on one line: "Story by Viktor Helland[. Photos by
# Mari Fosse. Video by Ola Brenden.]", "Text: Siv Engen[   Photo: Odd Rustad]" (not "Words and pictures by …")
PICTURE_WORDS = "photos?|photographs?|pictures?|images?|videos?"     # (what credits pictures, video; a regex)
_PICTURES_CREDITED = re.compile(r"(?<=\w)(?<!\s[Aa]nd)\.?\s+"
                                rf"(?i:{PICTURE_WORDS}|graphics?)"
                                rf"(?:\s*:|\s+(?i:by))\s+[{CAPITALS}].*$")
# The credits for other work on the story after its writer's: "Written by Nadia Eklund[ · Fact-checked by Ole Brandt]",
# "By Tomas Vik[. Additional reporting by Hanne Lyse and Erlend Moe.]"; and an outlet in brackets after each writer's
# name ("By Teodor Klint (TNA) and Sara Ivers (Mornhaven Evening Post)")
_OTHERS_CREDITED = re.compile(r"(?<=\w)\.?\s*(?:[·|•;]\s*)?(?i:additional\s+(?:reporting|research)|fact[\s-]?checked"
                              r"|fact[\s-]?checking|research|edited|editing|illustrations?|design)"
                              rf"(?:\s*:|\s+(?i:by))\s+[{CAPITALS}].*$")
# What each did in brackets after their names: "Contributor: Hanna Sæther (words), Per Ødegaard (pictures)" (the
# writer is the one of the words)
_PICTURES_BY = re.compile(rf",?\s+(?:and\s+|&\s+)?{PERSON}\s+\((?i:{PICTURE_WORDS}|graphics)\)(?:\s*,(?=\s))?")
_WORDS_BY = re.compile(r"\s+\((?i:words|text|story|reporting)\)")
_OUTLET_AFTER = re.compile(rf"(?<=\w)\s+\((?:[{CAPITALS}][\w&'’.-]*\s*){{1,5}}\)(?=\s+(?:and|&)\s|\s*$)")
# A byline in capitals, as a print page sets it: "BY JAKOB ELLINGSEN" (two or three names, not all common words
# and none a small word: not "BY POPULAR DEMAND", "BY LAND AND SEA", "BY AIR TO SVALBARD")
_SMALL_WORDS = frozenset("of and the & a an to from for in at with on by into over under after before".split())
_CAPITAL_NAME = rf"(?!AND\b)[{CAPITALS}][{CAPITALS}'’-]+(?:\s+(?!AND\b)[{CAPITALS}][{CAPITALS}'’-]+){{1,2}}"
# (two writers, a role after: "BY MARTA GRUEN AND OLA BRANDT", "BY MARTA GRUEN, STAFF REPORTER")
_CAPITALS_BYLINE = re.compile(rf"^\W*BY\s+(?P<name>{_CAPITAL_NAME}(?:\s+AND\s+{_CAPITAL_NAME})?)"
                              rf"(?:\s*,\s*(?P<role>[{CAPITALS}][{CAPITALS} ]{{2,40}}))?\W*$")


def byline(line: str) -> str:
    """The author a line names alone ("By Tom Hardy" → "Tom Hardy"; "By Jo Park | Updated: 8 April
    2024 14:30 BST" → "Jo Park"), or in its byline part ("The Fenwick Courier · 5 March 2024 · By Jo
    Park", "Lantern Travel Desk · 9 March 2026", "Estmorra Daily Ledger | Money | Ruth Kessel":
    ``credit_parts``; "Jana Novik | The Dravosk Courier | 03.04.2026"), or the reporters of a credit line
    ("Reporting by Ana Lima in Lisbon; additional reporting by Jo Park" → "Ana Lima": ``sign_off``), else ""."""
    line = table_field(line) or line        # "| Author | Runa Ostby |"
    line = (_HANDLE.sub("", _EMAIL_AFTER.sub("", line)) or line) if "@" in line else line   # "By Nils Haraldsen |
    # nils.…@…", "By Nils Farrow (@nilsfarrow) · Aviation Editor"
    line = _PICTURES_CREDITED.sub("", line) or line     # "Story by Viktor Helland. Photos by Mari Fosse. Video by …"
    line = _WORDS_BY.sub("", _PICTURES_BY.sub("", line)) if "(" in line else line
    line = _OUTLET_AFTER.sub("", _OTHERS_CREDITED.sub("", line) or line) if line[:3].lower() in ("by ", "wri") \
        else line   # "Written by Nadia Eklund · Fact-checked by Ole Brandt", "By Teodor Klint (TNA) and Sara Ivers (…)"
    line = _WITH_WRITER.sub("", PRONOUNS.sub("", line)) if "(" in line or " with " in line else line
    capitals = _CAPITALS_BYLINE.match(line)
    capitals = capitals if capitals is None or capitals.group("role") is None \
        or re.search(rf"\b(?:{WRITER_ROLES})\b", capitals.group("role").lower()) else None
    names = re.split(r"\s+AND\s+", capitals.group("name")) if capitals else []
    if names and all(not all(common_word(word.lower()) for word in name.split())
                     and not any(word.lower() in _SMALL_WORDS for word in name.split()) for name in names):
        return capitals.group("name")
    parts = credit_parts(line)
    dated = any(map(publication_line, parts))
    return next(filter(None, (_byline(p) or _desk_credit(p) or _name_comma_role(p) or dated and reporter_label(p)
                              for p in parts)), "") \
        or next((p.strip().strip("*_").strip() for p in parts if _named_alone(p)), "") \
        or next((p.strip().strip("*_").strip() for p in parts if _team(p)), "") or _byline(line) \
        or " and ".join(sign_off(line) or sign_off(_undated(line)) or ()) or _team_byline(line) \
        or writer_before_date(line)         # "**Lina Sattar (she/her)** · 22.III.2026"


def reporter_label(part: str) -> str:
    """The name after a bare "Reporter:" label in ``part`` of a credit line ("Reporter: Marguerite Osei · Wed 11 Mar
    2026": ``_REPORTER``), else "": a writer's credit only where the line's place says so (beside a date; in a page's
    credits element, "<dt>Reporter:</dt><dd>Ylva Brink</dd>"), a transcript's speaker's label otherwise."""
    m = _REPORTER.fullmatch(part.strip().strip("*_").strip())
    return m.group("name") if m else ""


# A newsroom's desk or team a credit line names as the story's writer ("Lantern Travel Desk · 9 Mar 2026
# 06:40 GMT", "The Dunmarrow Courier travel desk | 22/07/2025", "Evening Post Data Team. Updated: 13 April
# 2026"; not "Mountain Rescue Team · 12 March 2024" in a timeline): read only beside a date or another
# credit on such a line, as a heading alone ("The Dream Team") may be one of the story's
_TEAM = re.compile(rf"(?:The\s+)?(?:(?:[{CAPITALS}][\w&'’-]*\s+){{0,4}}"
                   rf"(?:(?:[{CAPITALS}][\w&'’-]*\s+)?(?:Desk|Newsroom)"
                   r"|(?i:data|news|politics|political|sport|sports|business|travel|investigations|visual|graphics"
                   r"|digital|editorial|web|weather|science|health|foreign|home|city|metro|features|pictures?|video"
                   r"|fact[\s-]?check|explainer|live)\s+(?i:team|staff)))")
# ... and a paper's desk after its name: "The Dunmarrow Courier travel desk", "Karnova Courier Culture Desk", an
# agency's wire: "Zalpress national wire" (not
# "Kelder Police news desk": ``masthead``)
_PAPERS_DESK = re.compile(rf"(?P<paper>(?:The\s+)?(?:(?:[{CAPITALS}][\w&'’-]*|&)\s+){{1,4}}?)(?:(?:travel|news|business"
                          r"|sports?"
                          r"|politics|city|foreign|metro|data|picture)\s+desk|newsroom|staff"
                          r"|(?:(?:national|international|world|news|sports?|business|financial)\s+)?wire"
                          r"(?:\s+service)?"
                          rf"|(?:[{CAPITALS}][a-z]+\s+)?(?:Desk"
                          r"|Newsroom))")  # ("Evening Post newsroom", "Hollin & Treskov
# Gazette staff")


def _team(part: str) -> bool:
    """Whether ``part`` of a credit line names a newsroom's desk or team (``_TEAM``, ``_PAPERS_DESK``), in
    Markdown's emphasis or not ("*Arvedo Evening Post newsroom*")."""
    part = part.strip().strip("*_").strip()
    return bool(_TEAM.fullmatch(part) or newsroom_paper(part))


def newsroom_paper(part: str) -> str:
    """The paper or broadcaster whose desk or newsroom ``part`` names ("Evening Post newsroom" → "Evening Post",
    "Harbour Radio newsroom" → "Harbour Radio": ``_PAPERS_DESK``), else ""."""
    desk = _PAPERS_DESK.fullmatch(part.strip().strip("*_").strip())
    paper = desk.group("paper").strip() if desk else ""
    return (masthead(paper) or broadcaster(paper)) if paper else ""


# What opens a credit naming a paper's desk or staff: "Posted by Hollin & Treskov Gazette staff on 22/05/2026"
_BY_DESK = re.compile(r"^\W*(?:(?:posted|written|compiled)\s+)?by\s+(?:the\s+)?", re.IGNORECASE)


def desk_masthead(line: str) -> str:
    """The paper a header line credits by its desk or its staff ("Obituary | Karnova Courier Culture Desk",
    "Posted by Hollin & Treskov Gazette staff on 22/05/2026" → the paper's name: ``_PAPERS_DESK``), else ""."""
    for part in CREDIT_BAR.split(_BYLINE_DATE.sub("", line.strip().strip("*_").strip())):
        desk = _PAPERS_DESK.fullmatch(_BY_DESK.sub("", part.strip().strip("*_").strip()))
        if desk and masthead(desk.group("paper")):
            return masthead(desk.group("paper"))
    return ""


# "By the Ledger data team": a byline naming a newsroom's team
# (a team's name in capitals: not "By the home team")
_BY_TEAM = re.compile(rf"^\W*(?i:by)\s+(?i:the\s+)?(?P<team>(?=[{CAPITALS}]){_TEAM.pattern})\W*$")


def _team_byline(line: str) -> str:
    """The newsroom team a byline names ("By the Ledger data team" → "Ledger data team"), else ""."""
    m = _BY_TEAM.match(" ".join(line.split()))
    return m.group("team") if m else ""


def _desk_credit(part: str) -> str:
    """The people a part of a credit line names before their desk or their section ("Hugo Marsh ·
    Culture Desk", "Marguerite Osei · Obituaries" → the name), else "": read only beside a date or
    another credit on its line (``credit_parts``), as a name and a section alone may be a kicker's."""
    m = _ROLE_CREDIT.match(part.strip())
    if m is None or any(word.lower() in _NOT_PEOPLE for word in m.group("name").split()):
        return ""               # (not "Velmora United · Sport")
    role = m.group("role")
    return m.group("name") if _team(role) or all(word in _LABEL_WORDS for word in role.lower().split()) else ""


# The time a blog's credit closes with: "Posted by Marta Lind at 10:42", "… at 9.30am"
_AT_CLOCK = re.compile(r"\s+at\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*$", re.IGNORECASE)
# "… and agencies" closing a byline: no one's name ("By Oskar Brandvold, Environment Correspondent, and agencies",
# "Live coverage by Tilde Aasen and the Sentinel politics team")
_AND_AGENCIES = re.compile(r",?\s+(?:and|with|&)\s+(?:(?:news\s+)?agenc(?:y|ies)|agency\s+report(?:ers|ing)|wires|staff"
                           r"|the\s+(?:[\w'’-]+\s+){0,3}(?:team|desk|staff|newsroom)"
                           rf"|(?-i:[{CAPITALS}]{{2,6}})|"
                           rf"(?-i:(?:[{CAPITALS}][\w'’-]*\s+){{0,3}}(?:Press|Agency|Wire|Service)))\s*$",
                           re.IGNORECASE)      # (an agency by its initials: "By Lukas Berg in Ostvik, with OPA")
# A byline naming the writer's role first: "Compiled by the readers' editor, Ingrid Solheim", "Compiled by
# the Readers' Editor, Hedda Brun"
_ROLE_FIRST = re.compile(rf"^\W*{_BY}\s+(?:the|our)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{WRITER_ROLES})\s*,\s*"
                         rf"(?P<name>{_PEOPLE})\W*$")


# A byline naming the paper's reporter: "Posted by Evening Post reporter Gunnar Lie", "By our reporter Ana Lima"
_PAPERS_REPORTER = re.compile(rf"^\W*(?i:(?:(?:posted|written|filed)\s+)?by\s+(?:(?:an?|the|our)\s+)?)"
                              rf"(?:[{CAPITALS}][\w'’-]*\s+){{0,4}}(?i:reporter|correspondent|writer|editor)\s+"
                              rf"(?P<name>{_PEOPLE})\W*$")
# A byline naming a team's members after it: "By our news team: Nils Ekerholt and Mira Strand"
_TEAM_MEMBERS = re.compile(rf"^\W*{_BY}\s+(?i:our|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:team|desk|staff|newsroom)\s*:\s*"
                           rf"(?P<name>{_PEOPLE})\W*$")


# A credit naming no one: "Staff and agencies", "Staff reporter", "Agencies"
_STAFF = re.compile(r"(?:Staff\s+(?:and|&)\s+(?:agencies|wires)|Staff\s+(?:reporters?|writers?)|(?:News\s+)?Agencies)",
                    re.IGNORECASE)


# A leading article's byline: "By the Editorial Board", "By the Editors"
_BOARD = re.compile(r"(?i:by)\s+(?P<name>(?i:the\s+)?(?i:editorial\s+board|editors))")


def _lower_byline(line: str) -> re.Match | None:
    """The byline match of a line opening with "by" in lower case ("by Tobias Renn"), read as "By" is, but
    not naming a day, a month, a holiday or a body ("by Easter Monday", "by Tennby Council"); else None."""
    m = _byline_match("B" + line[1:])
    if m is None or any(w.lower() in _NOT_PEOPLE or w.lower() in _CALENDAR_WORDS for w in m.group("name").split()):
        return None
    return m


_CALENDAR_WORDS = frozenset(MONTHS) | frozenset("""monday tuesday wednesday thursday friday saturday sunday easter
    christmas year new eve day""".split())


def _byline(line: str) -> str:
    """The author a line names alone (``byline`` but for a line joining it with other credits)."""
    stripped = line.strip()
    if len(stripped.split()) > 16:
        return ""
    staff = _STAFF.fullmatch(stripped.strip("*_ "))
    if staff:
        return staff.group()
    board = _BOARD.fullmatch(stripped.strip("*_ "))
    if board:
        return board.group("name")
    stripped = _AT_CLOCK.sub("", _AND_AGENCIES.sub("", stripped))
    if len(stripped.split()) > 12:
        return ""
    m = _byline_match(stripped) or (_byline_match(_BYLINE_DATE.sub("", stripped)) if publication_line(stripped)
                                    else None)
    m = m or _ROLE_FIRST.match(stripped) or _TEAM_MEMBERS.match(stripped) or _PAPERS_REPORTER.match(stripped) \
        or (_lower_byline(stripped) if stripped.startswith("by ") else None) \
        or _posted_by(stripped)         # "by Tobias Renn", "Posted: 12.09.2025 by Marta Lind"
    if m:
        return m.group("name")
    undated = _AND_AGENCIES.sub("", _undated(stripped))     # ("By Finn Adair, with agency reporting, July 9, 2026")
    return next(filter(None, (read(undated) for read in (_named_byline, _roled_byline, _role_credit))), "")


def _posted_by(line: str) -> re.Match | None:
    """The match of who posted a page after the date of its date line ("Posted: 12.09.2025 by Marta Lind"),
    else None."""
    dates = full_dates(line)
    if not dates or not publication_line(line):
        return None
    return POSTED_BY.fullmatch(line[dates[-1].end:].strip(" ,.-–—|·"))


_BYLINE_DATE = re.compile(r"(?:\s*[|·•,]\s*(?:(?:published|updated|posted|last\s+updated)\b.*|.*\d.*)|\s+on\s+.*\d.*)$",
                          re.IGNORECASE)          # (", 4 March 2024", " | Updated …", " on 4 March 2024")


def _undated(line: str) -> str:
    """``line`` without the date closing it, as a page shows a byline with its ``<time>`` ("By Ana Lima,
    Science Editor, and Jo Park 4 March 2024" → "By Ana Lima, Science Editor, and Jo Park"; "Ana Lima |
    Science Editor | 4 March 2024" → "Ana Lima | Science Editor"); ``line`` as it is without one."""
    for when in full_dates(line):
        if publication_line(line[when.start:]):
            return _WEEKDAY_END.sub("", line[:when.start]).rstrip(" ,|·•–—-")
    return line


_WEEKDAY_END = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$")


def _named_byline(line: str) -> str:
    """The people a byline names alone (``_BYLINE``), else ""."""
    m = _byline_match(line)
    return m.group("name") if m else ""


def _byline_match(line: str) -> re.Match | None:
    """``_BYLINE``'s match of ``line``: a paper after the byline's second part only after a role ("By
    Sanna Lund, science correspondent, The Pellerin Tribune"; not "By Ana Lima, Jo Park, Kim Ode",
    nor a guest's "By Tom Rees, former editor, The Harbour Gazette")."""
    m = _BYLINE.match(line)
    if m is not None and "&" in (m.group("rest") or "") and not _ROLE.search(m.group("rest")):
        return None             # ("By Anna Berg · Politics & Jon Dahl": a writer after "&", no role)
    if m is None or not m.group("paper"):
        return m
    rest = m.group("rest") or ""
    return m if _ROLE.search(rest) and not _FORMER.match(rest) and masthead(m.group("paper")) else None


_FORMER = re.compile(r"(?:former|ex-|retired|onetime|one-time)\b", re.IGNORECASE)   # "former editor, The Gazette"


# A byline giving a role after a name inside its list: "By Ana Lima, Crime Correspondent, and Jo Park"
_LISTED_BYLINE = re.compile(rf"^\W*{_BY}\s+(?P<credits>{PERSON}\s*,.*?)\W*$")
_ROLE_WORDS = re.compile(rf"[{CAPITALS}][\w'’]*(?:\s+[A-Za-z][\w'’]*){{0,4}}")
_LAST_PERSON = re.compile(rf"(?:and|&)\s+(?P<name>{PERSON})")
_TWO_PEOPLE = re.compile(rf"(?P<one>{PERSON})\s+(?:and|&)\s+(?P<two>{PERSON})")
_ONE_PERSON = re.compile(PERSON)
_LIST_COMMA = re.compile(r"\s*,\s*")


def _roled_byline(line: str) -> str:
    """The people of a byline whose list gives one of them a role ("By Ana Lima, Crime Correspondent,
    and Jo Park" → "Ana Lima and Jo Park"): each item of its list a person, or a role (``_ROLE``) after
    one, the last person after "and"; else ""."""
    m = _LISTED_BYLINE.match(line)
    if not m:
        return ""
    people: list[str] = []
    roled = after_person = ended = False
    for item in _LIST_COMMA.split(m.group("credits")):
        joined, two = _LAST_PERSON.fullmatch(item), _TWO_PEOPLE.fullmatch(item)
        if after_person and _ROLE_WORDS.fullmatch(item) and _ROLE.search(item):
            roled, after_person = True, False
        elif ended:
            return ""                   # only a role after the last person
        elif joined or two:
            people += [joined.group("name")] if joined else [two.group("one"), two.group("two")]
            ended = after_person = True
        elif _ONE_PERSON.fullmatch(item):
            people.append(item)
            after_person = True
        else:
            return ""
    return ", ".join(people[:-1]) + " and " + people[-1] if roled and ended else ""


# A credit line naming a person, then their role, and perhaps the date ("Ana Lima | Science Editor |
# 4 March 2024", "Ana Lima · Crime Correspondent"): a byline with no "By" (a name alone, or with a
# paper's name after it, is not one).
_ROLE_CREDIT = re.compile(rf"^(?P<name>{_PEOPLE})\s+[|·•]\s+"
                          rf"(?P<role>[{CAPITALS}][\w'’]*(?:\s+[A-Za-z][\w'’]*){{0,4}})$")


def _role_credit(line: str) -> str:
    """The people a credit line names before their role or their desk ("Ana Lima | Science Editor",
    "Jonas Pereth | Transport desk" → the name) or after their desk ("Sports desk | Rolf Ekberg" → "Rolf
    Ekberg"), else ""."""
    m = _ROLE_CREDIT.match(line.strip())
    if m and (_ROLE.search(m.group("role")) or _A_DESK.fullmatch(m.group("role"))) \
            and not any(w.lower() in _NOT_PEOPLE for w in m.group("name").split()):
        return m.group("name")
    m = _DESK_FIRST.match(line.strip())
    return m.group("name") if m and all(w.lower() in _LABEL_WORDS for w in m.group("desk").split()) \
        and not any(w.lower() in _NOT_PEOPLE for w in m.group("name").split()) else ""      # (not "Rescue team")


# A name and a writer's role after a comma: "Dana Kessling, Health Editor", a byline on a header line of its own
# or beside the date (at a story's end, a letter's signature: "Jo Park, Market Analyst")
_NAME_COMMA_ROLE = re.compile(rf"^(?P<name>{PERSON}),\s+(?:[{CAPITALS}][\w'’&-]*\s+){{0,3}}(?i:{WRITER_ROLES})$")


def _name_comma_role(line: str) -> str:
    """The writer a header line names before their role after a comma ("Dana Kessling, Health Editor"), else ""."""
    m = _NAME_COMMA_ROLE.match(line.strip().strip("*_").strip())
    return m.group("name") if m and not any(w.lower() in _NOT_PEOPLE for w in m.group("name").split()) else ""
# A desk a writer is credited with: "Transport desk", "Business Desk"
_A_DESK = re.compile(rf"(?:[{CAPITALS}][\w'’]*\s+){{1,3}}(?i:desk)")
# A desk's credit and then the writer's name: "Sports desk | Rolf Ekberg", "Business Desk · Ana Lima"
_DESK_FIRST = re.compile(rf"^(?P<desk>(?:[{CAPITALS}][\w'’]*\s+){{1,3}})(?i:desk|team|staff)\s+["
                         rf"|·•]\s+(?P<name>{_PEOPLE})$")


def byline_publisher(line: str) -> str:
    """The publisher a byline names after its author ("By Anselm Quaye | Brennmoor Evening Post" →
    "Brennmoor Evening Post"; after a comma a paper's name, ``masthead``: "Obituary by Kim Ode,
    The Harbour Gazette, 10 March 2026" → "The Harbour Gazette"), else "" ("By Ana Lima, Political
    Reporter": a role; "By Dara Mulqueen | Local news": a section; "| Transport desk": a desk)."""
    stripped = line.strip()
    m = _byline_match(stripped) if len(stripped.split()) <= 12 else None
    rest = (m.group("rest") or "").strip() if m else ""
    if rest and m.group("sep") in "|–—" and not _ROLE.search(rest) and not _team(rest) \
            and not re.search(r"\b(?:desk|team|newsroom|staff)$", rest, re.IGNORECASE) \
            and not all(w in SECTION_NAMES for w in rest.lower().split()):
        return rest             # (not a section, "Local news", nor a desk, "Transport desk")
    m = _byline_match(_undated(stripped)) if len(stripped.split()) <= 16 else None
    if m and m.group("paper"):
        return m.group("paper")
    rest = (m.group("rest") or "").strip() if m else ""
    return rest if rest and m.group("sep") == "," and masthead(rest) and not _ROLE.search(rest) else ""


# A wire story's sign-off: "(Reporting by Ana Lima and Jo Park in London; Editing by Kim Ode)", each part
# saying who did what; the reporters are its authors. A paper's closes a story in sentences: "Reporting by
# Ezra Holm, Science Correspondent. Additional reporting by Mina Dahl."
_CREDITED = (rf"(?:{PERSON}(?:\s+in\s+{_NAME}(?:\s+{_NAME})?)?"            # "Ana Lima in London", or a desk:
             rf"|(?:[{CAPITALS}][\w'’-]*\s+){{1,3}}(?i:desk|team|staff))")  # "editing by RPA Halbrunn desk"
_CREDITED_ROLE = (rf"(?:\s*,\s*(?-i:[{CAPITALS}][\w'’-]*)"
                  rf"(?:\s+(?-i:[{CAPITALS}][\w'’-]*)){{0,3}})?")    # ", Science Correspondent"
_CREDIT = (r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics)(?:\s+by|\s*:))\s+"
           rf"{_CREDITED}{_CREDITED_ROLE}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_CREDITED}{_CREDITED_ROLE})*")
_SIGN_OFF = re.compile(rf"\(?\s*{_CREDIT}(?:\s*[;.|]\s*{_CREDIT})*\s*\)?\.?")     # ("Reporting: Jo Park |
_REPORTERS = re.compile(r"(?:^|[;.(|])\s*(?i:reporting(?:\s+by|\s*:))\s+(?P<names>(?:(?!\.\s)[^;)|])+)")  # Editing: …")
_PLACE = re.compile(rf"\s+in\s+{_NAME}(?:\s+{_NAME})?$")


def sign_off(line: str) -> tuple[str, ...] | None:
    """The reporters a wire story's sign-off line names ("(Reporting by Ana Lima and Jo Park in London;
    Editing by Kim Ode)" → ("Ana Lima", "Jo Park")); () for one naming no reporter ("(Editing by Kim
    Ode)"); None for any other line."""
    stripped = line.strip()
    if len(stripped.split()) > 40 or not _SIGN_OFF.fullmatch(stripped):
        return None
    found = _REPORTERS.search(stripped)
    names = re.split(r"\s*,\s*|\s+(?:and|&)\s+", found.group("names").strip()) if found else []
    return tuple(name for name in (_PLACE.sub("", name.rstrip(". ")) for name in names)   # not ", Science
                 if re.fullmatch(PERSON, name) and not _ROLE.search(name) and not masthead(name))  # Correspondent",
    # "Oslo", ", Kelbridge Gazette"


def signoff_author(text: str, start: int) -> str:
    """The reporters of the first wire sign-off after ``start``, joined as a byline joins them
    ("Ana Lima and Jo Park"), or ""; a sign-off in brackets may be wrapped over three lines ("(Reporting by Liv
    Harstad in Kallumra; additional reporting by Pavel" / "Stromberg in Orvaskel; editing by Nils Aaberg)")."""
    lines = text[start:].split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith("(") and ")" not in line:
            close = next((j for j in range(i + 1, min(i + 3, len(lines))) if ")" in lines[j] or not lines[j].strip()),
                         i)
            line = " ".join(part.strip() for part in lines[i:close + 1]) if lines[close].strip() else line
        reporters = sign_off(line)
        if reporters:
            return " and ".join(reporters)
    return ""


# A writer's note closing a column or a feature: "Astrid Mollen is a freelance writer who covers shipping."
_BIO = re.compile(rf"(?P<name>{PERSON})\s+is\s+(?:(?:an?|the)\s+(?:(?!(?:former|new|late|outgoing|incoming|next)\b)"
                  r"[\w'’-]+\s+){0,3}?(?:writer|journalist|columnist|reporter|correspondent|contributor|broadcaster"
                  r"|commentator)\b(?!\s+(?:of|for\s+the\s+year)\b)"
                  r"|(?:an?\s+)?(?:(?:senior|associate|assistant|emeritus|visiting)\s+)?(?:professor|lecturer"
                  r"|research\s+fellow)\s+(?:of|in|at)\b)")      # (an opinion's writer: "… is professor of law at …")


# A comment's standfirst closing with its writer: "… that our schools have left behind, argues Seraina Flütsch"
_ARGUES = re.compile(rf"[,.;:–—-]\s+(?:argues|writes)\s+(?:(?:[{CAPITALS}][\w&-]*\s+){{0,2}}(?i:{WRITER_ROLES})\s+)?"
                     rf"(?P<name>{_PEOPLE})\W*$")


# A writer opening the text in their own name: "Ingrid Sollberg writes: When the Morrabeck Philharmonic gave …"
_WRITES = re.compile(rf"(?P<name>{_PEOPLE})\s+writes\s*:\s")


def standfirst_author(block: str) -> str:
    """The writer a comment's standfirst, the first paragraph of ``block`` (a line, or lines wrapped), names
    at its end ("…, argues Seraina Flütsch", "…, writes Health Editor Sofie Brandt"), or that paragraph or the next
    at its start ("Ingrid Sollberg writes: …"), else ""."""
    paragraphs = [" ".join(p[:600].split()) for p in block.lstrip().split("\n\n", 2)[:2]]
    m = _ARGUES.search(paragraphs[0]) or next(filter(None, map(_WRITES.match, paragraphs)), None)
    return m.group("name") if m else ""     # (the writer's words may open the second: under an obituary's dates)


# A page's closing note on who wrote it: "This live blog was written by Lukas Ferreira and Nadja Obi, with …"
_WRITTEN_BY = re.compile(rf"(?:This|The)\s+(?:live\s+)?(?:blog|page|story|article|report|coverage|feature|explainer)\s+"
                         r"(?:was|is|has\s+been)\s+(?:written|compiled|reported|put\s+together)(?:\s+and\s+(?:edited"
                         rf"|produced|compiled))?\s+by\s+(?P<name>{_PEOPLE})(?=[,.;]|\s+(?:with|and\s+edited|in)\b|$)")


# A story signed at its end with a dash before the writer's name: "— Tove Aslaksen"
_DASHED_NAME = re.compile(rf"[—–]\s*(?P<name>{PERSON})")


def _signed(name: str, told: str, lines: list[str]) -> bool:
    """Whether ``name``, after a dash on the last of ``lines``, signs the story: a person's name (not "Back To Top",
    all common words), someone the story (``told``) does not name, not the last of a list of dashed items ("See
    also:" / "– Ferry Fares Rise") nor a quotation's credit (a line closing a quote above it)."""
    above = lines[-2].strip() if len(lines) >= 2 else ""
    return _named_alone(name) and not all(common_word(w.lower().rstrip(".")) for w in name.split()) \
        and name.split()[-1] not in told and not above.startswith(("—", "–", "-")) \
        and above[-1:] not in "\"”’'" and not above.endswith(":")


def closing_author(text: str, lines: int = 3) -> str:
    """The author a story names after its text, in its last ``lines`` lines with words: a byline ("By
    Sander Holt", "Compiled by Ivo Brask", "This live blog was written by Ana Lima and Jo Park, …") or a
    writer's note ("Astrid Mollen is a freelance writer
    who …", naming someone the story itself does not: not "Ana Ruud is a former editor …" closing her
    obituary, nor "Hanne Berg is a local historian and the author of …", a talk's speaker), or a dash's sign-off
    ("— Tove Aslaksen", naming someone the story does not); "" for none."""
    kept = [line for line in text.rstrip().split("\n") if line.strip()]
    tail, told = kept[-lines:], "\n".join(kept[:-lines])
    for line in reversed(tail):
        found = _byline(line) or (m.group("name") if (m := _WRITTEN_BY.match(line.strip())) else "")
        if found:
            return found
        dashed = _DASHED_NAME.fullmatch(line.strip()) if line is kept[-1] else None
        if dashed and _signed(dashed.group("name"), told, kept):     # "— Tove Aslaksen" closing the story
            return dashed.group("name")
        bio = _BIO.match(line.strip())
        if bio and bio.group("name").split()[-1] not in told:
            return bio.group("name")
    return ""


def closing_credit(text: str, lines: int = 3) -> tuple[str, str]:
    """The publisher and the ISO date a byline closing a story gives after its author ("Obituary by
    Kim Ode, The Harbour Gazette, 10 March 2026" → ("The Harbour Gazette", "2026-03-10")), in its
    last ``lines`` lines with words; "" for each it does not give."""
    for line in reversed([line.strip() for line in text.rstrip().split("\n") if line.strip()][-lines:]):
        if _byline(line):
            undated = _undated(line)
            when = full_dates(line[len(undated):]) if undated != line else []
            return byline_publisher(line), when[0].iso() if when else ""
    return "", ""


def metadata_line(line: str) -> bool:
    """A line that is not article text: page clutter, a "Published …" line, a byline, a line joining
    them with the masthead (``credit_parts``), a masthead in a header's shape (``header_masthead``),
    a section's label in capitals ("OBITUARY", ``section_label``), a paper's desk ("Obituary | Karnova Courier
    Culture Desk", ``desk_masthead``), a paper's name with its section's ("Orlenza Times FactCheck",
    ``paper_and_section``), a wire sign-off or a print page's running head (``running_head_line``); a table's row of
    such a field too ("| Author | Runa Ostby |": ``table_field``)."""
    return is_clutter(line) or bool(publication_line(line)) or bool(_byline(table_field(line) or line)) \
        or bool(credit_parts(line)) \
        or sign_off(line) is not None or bool(header_masthead(line)) or section_label(line) \
        or bool(desk_masthead(line)) or bool(paper_and_section(line)) or running_head_line(line) is not None


# The last word of papers' names in other languages ("Lindqvarra Dagbladet", "Berliner Zeitung", "Corriere
# della Sera" is named by its first: not here)
_PAPERS_ABROAD = frozenset("""dagbladet dagblad aftenposten aftonbladet bladet tidende tidning tidningen nyheter zeitung
    tageblatt tagblatt kurier rundschau nachrichten anzeiger presse courant krant diario periódico periodico giornale
    gazzetta jornal folha monde figaro quotidien gazeta noviny novosti pravda izvestia""".split())

# What a newspaper's or agency's name has in it: "The Fenwick Courier", "Esk Valley Times", "Sky News".
# A name in title case without one ("Anjali Rhodes", "Little Saxby", "The Long Read") may be an
# author, a place or a series, so it is not taken for the publisher.
MASTHEAD_WORDS = frozenset("""times courier standard post gazette herald news journal chronicle mail telegraph
    express mirror tribune observer guardian echo press wire advertiser independent examiner argus dispatch sentinel
    daily weekly magazine enquirer inquirer mercury newsletter ledger messenger star record bulletin globe citizen
    sun lantern beacon clarion bugle""".split()) | _PAPERS_ABROAD
# Labels a page puts over a story ("Breaking News", "Latest"): with the sections, never a publisher's whole name.
_KICKERS = frozenset("""breaking latest live local top exclusive special report stories story home today updates
    update video podcast review long big read""".split())
_PARTICLES = frozenset({"of", "and", "the", "&"})


def _title_case_name(line: str) -> list[str]:
    """The words of a line that is only a name in title case (1–5 words, each capitalised but for
    "of", "and", "the", "&" inside; no digits, no sentence punctuation), else []."""
    words = line.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in line) or line.endswith("."):
        return []
    inner_ok = all(re.fullmatch(_NAME, w) or (0 < i < len(words) - 1 and w in _PARTICLES) for i, w in enumerate(words))
    return words if inner_ok else []


# "The Daily Lantern", "The Evening Lamp": a paper's name whatever its last word, over its date line
# (``cut_masthead``; "The Daily Mile" over a story is a headline)
_DAILY_NAME = re.compile(rf"The\s+(?:Daily|Evening|Morning)\s+[{CAPITALS}][\w'’]*")


_NOT_A_PLACE = frozenset({"the", "a", "an", "my", "our", "your"})     # before "Daily": "A Daily Walk"


# The newspaper's word a paper's name of one word ends with: "Noorderpost", "Weekblad"
_COMPOUND_ENDINGS = ("post", "news", "times", "herald", "gazette", "courier", "journal", "mail", "press", "ledger",
                     "tribune", "courant", "krant", "blad", "bode", "zeitung", "kurier")


def _compound_masthead(keys: list[str]) -> bool:
    """Whether the words ``keys`` (lower case) are a paper's name of one word ending in a newspaper's word,
    no English word itself ("noorderpost"; not "signpost", "outpost")."""
    return len(keys) == 1 and not common_word(keys[0]) and keys[0] not in _COMPOUND_WORDS \
        and any(keys[0].endswith(end) and len(keys[0]) >= len(end) + 3 for end in _COMPOUND_ENDINGS)


# English words of that shape the word list may lack
_COMPOUND_WORDS = frozenset("""signpost lamppost goalpost bedpost gatepost guidepost doorpost milepost outpost fencepost
    checkpost sternpost blackmail airmail email voicemail chainmail hatemail fanmail winepress""".split())


def masthead(line: str) -> str:
    """The publication a header line names alone ("The Fenwick Courier", "**Kelderby Standard**"), else ""
    (a sentence, a section such as "News", a place dateline such as "LONDON", a person's name)."""
    name = line.strip().strip("*_").strip()
    initials = _INITIALS_AFTER.search(name)        # "Pellaria Press Agency (PPA)"
    name = name[:initials.start()] if initials else name
    words = _title_case_name(name)
    if not words or name.isupper():
        return ""
    keys = [w.lower().removesuffix("'s").removesuffix("’s") for w in words if w not in _PARTICLES]
    if initials and initials.group(1) != "".join(key[0] for key in keys).upper():
        return ""
    named = keys[-1] in MASTHEAD_WORDS or _compound_masthead(keys) \
        or (len(keys) >= 3 and keys[-2:] in (["news", "agency"], ["press", "agency"], ["business", "review"])) \
        or (len(keys) == 3 and keys[1] == "daily" and keys[0] not in _NOT_A_PLACE)     # "Ostrela Daily Tide"
    if not named or all(k in SECTION_NAMES or k in _KICKERS for k in keys):
        return ""               # "The Fenwick Courier", "Norrand News Agency", not "Post Office Horizon Scandal"
    return name


# A name's initials after it: "Pellaria Press Agency (PPA)"
_INITIALS_AFTER = re.compile(rf"\s+\(([{CAPITALS}]{{2,6}})\)$")
# A masthead line with the section after a dash, bar or colon ("THE HARBOUR POST - BUSINESS", "The Harbour
# Post - Data desk") or the date after a comma ("The Harbour Post, Saturday 29 August 2026")
# (a typewriter's dash is two hyphens: "THE SUNDAY STANDARD -- OBITUARIES")
_MASTHEAD_SECTION = re.compile(r"^(?P<name>[^,|:–—•·-]+?)\s+(?:--|[-–—|:•·])\s+(?P<section>[A-Za-z&' ]{2,30})$")
_MASTHEAD_DATED = re.compile(r"^(?P<name>[^,|:–—-]+?),\s+(?P<date>.+)$")
# A print edition's header over a page's text: "THE ELMURIAN LEDGER — PRINT EDITION — PAGE 4", "The Harbour Post |
# Page 7"
_PRINT_HEADER = re.compile(r"^(?P<name>[^,|:–—•·-]+?)(?:\s+[-–—|•·]\s+(?i:print\s+edition|page\s+\d{1,3}))+$")
# The words of a section's label over a story: "OBITUARY", "LETTERS TO THE EDITOR", "FACT CHECK", a live
# page's "Live · Sunday 29 March 2026 · By …"
_LABEL_WORDS = SECTION_NAMES | frozenset("""obituary obituaries letters letter to the editor editorial review reviews
    interview explainer fact check factcheck data desk briefing live theatre theater film films music books book
    television tv radio dance opera art food restaurants property motoring timeline chronology podcast transcript
    press media release for immediate profile profiles feature investigation transport crime courts education
    farming""".split())     # ("PRESS RELEASE",
    # "FOR IMMEDIATE RELEASE", "PROFILE")


def paper_and_section(part: str) -> str:
    """The paper a credits line's part names with its section after it and nothing between
    ("*Coastline News Sport*", "Harbour Herald Weekend" → "Harbour Herald", "Sorvania Today Fact Check" →
    "Sorvania Today"), else ""."""
    words = part.strip().strip("*_").split()
    for n in (1, 2):
        if len(words) > n + 1 and all(w.lower() in _LABEL_WORDS | _EDITIONS for w in words[-n:]):
            name = masthead(" ".join(words[:-n])) or today_masthead(" ".join(words[:-n]))
            if name:
                return name
    return ""


_EDITIONS = frozenset({"weekend", "magazine", "online", "digital"})     # what follows a paper's name as a section's


def header_masthead(line: str) -> str:
    """The publication a header line names in a masthead's shapes that no headline has: with its
    section ("THE HARBOUR POST - BUSINESS" → "The Harbour Post", "The Harbour Post - Data desk") or
    with the date after a comma ("The Harbour Post, Saturday 29 August 2026"); else "" (a name
    alone is ``masthead``'s or ``capitals_masthead``'s, read only where a header has it)."""
    name = " ".join(line.strip().strip("*_").split())
    m = _MASTHEAD_SECTION.match(name)
    if m and len(m.group("section").split()) <= 3 and not masthead(m.group("section")):    # not two papers
        name = m.group("name")
    elif (m := _MASTHEAD_DATED.match(name)) and publication_line(m.group("date")):
        name = m.group("name")
    elif m := _PRINT_HEADER.match(name):
        name = m.group("name")
    else:
        return ""
    name = _INITIALS_AFTER.sub("", name)        # "GORSEN PRESS AGENCY (GPA) — COURTS": the agency's initials
    if name.isupper():
        name = _capitals_as_written(name) if len(name.split()) >= 2 else ""     # ("MBC RADIO ONE": "MBC Radio One")
    return (_short_masthead(name) or today_masthead(name) or broadcaster(name)) if name else ""


# A broadcaster's name: "Radio Galvoria", "Kelby Radio", "Norvaska Television", "Harbour FM" (two or three words)
_BROADCASTER = re.compile(rf"(?:Radio|Television|TV)(?:\s+[{CAPITALS}][\w'’-]*){{1,2}}"
                          rf"|(?:[{CAPITALS}][\w'’-]*\s+){{1,2}}(?:Radio|Television|TV|FM)")


def broadcaster(name: str) -> str:
    """A broadcaster's name ("Radio Galvoria", "Harbour FM"), else "". Read in a masthead's shape only
    (``header_masthead``: "RADIO GALVORIA — THE BRIEFING", its programme after it): a line "Radio Silence"
    alone is a headline there."""
    return name if _BROADCASTER.fullmatch(name) and not any(w.lower() in _KICKERS | SECTION_NAMES
                                                            for w in name.split()) else ""


def today_masthead(name: str) -> str:
    """A publication named "… Today" ("Sorvania Today"), in a masthead's shape only (``header_masthead``):
    "today" alone is a label over a story."""
    words = name.split()
    named = 2 <= len(words) <= 3 and words[-1] in ("Today", "TODAY") and all(w[0].isupper() for w in words) \
        and words[0].lower() not in _KICKERS | SECTION_NAMES
    return "" if not named else name.title() if name.isupper() else name      # ("SELLWICK TODAY": "Sellwick Today")


# Words of a headline, never of a newspaper's name ("MORE BAD NEWS", "Team GB Breaks World Record")
_HEADLINE_WORDS = frozenset("""more bad good big new great fake no sets set breaks break hits hit wins win beats
    makes brings""".split())


def _short_masthead(name: str) -> str:
    """``masthead(name)`` for a name of at most four words with none of a headline's."""
    words = name.split()
    if len(words) > 4 or any(w.lower() in _HEADLINE_WORDS for w in words):
        return ""
    return masthead(name)


# The town a paper's name gives after it in brackets: "THE MORNING COURIER (Calbrind)"
_PLACED_AFTER = re.compile(rf"\s+\([{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{0,2}}\)$")


def capitals_masthead(line: str) -> str:
    """The publication a line in capitals names ("THE HARBOUR POST" → "The Harbour Post", its town in brackets
    after it or not: "THE MORNING COURIER (Calbrind)"), else "";
    a headline in capitals may end in a newspaper's word too ("HEAT WAVE SETS NEW RECORD"): only a
    header's date under it says it is a masthead (``TextLoader``)."""
    name = _PLACED_AFTER.sub("", " ".join(line.strip().strip("*_").split()))     # ("… COURIER (Calbrind)")
    return (_short_masthead(_capitals_as_written(name)) or today_masthead(name)) \
        if name.isupper() and (len(name.split()) >= 2 or _compound_masthead([name.lower()])) else ""


def _capitals_name(line: str) -> bool:
    """Whether a line is a name in capitals opening with "THE", of three or four words none of them
    a headline's ("THE DUNMARROW TIDE"): over a page's header (``_under_masthead``) a paper's or a
    label's ("THE COST OF LIVING"), not the headline."""
    name = " ".join(line.strip().strip("*_").split())
    words = name.split()
    return name.isupper() and 3 <= len(words) <= 4 and words[0] == "THE" \
        and not any(w.lower() in _HEADLINE_WORDS or w.lower() in _LABEL_WORDS for w in words[1:])


def section_label(line: str) -> bool:
    """Whether a line is a section's label in capitals over a story ("OBITUARY", "LETTERS TO THE EDITOR"),
    or a section's and its part's ("SPORT | FOOTBALL", "NEWS › LOCAL"; in capitalised words too, a bar
    between: "Analysis | Business"), or a section's and the story's topic after a bar ("SPORT | KARNOVA
    MARATHON": ``_SECTION_TOPIC``)."""
    words = [word for word in line.strip().strip("*_").split() if word not in _SECTION_BARS]
    labels = all(w.lower().strip(":") in _LABEL_WORDS | _SPORTS for w in words)
    return _breadcrumb(line) or 1 <= len(words) <= 4 and (" ".join(words).isupper() and (labels or _section_topic(line))
                                     or labels and all(w[:1].isupper() for w in words)
                                     and any(bar in line.split() for bar in _SECTION_BARS))


def _breadcrumb(line: str) -> bool:
    """Whether a line is a breadcrumb trail (``BREADCRUMB``: "Home > News > Politics", "Local News › Linnick") whose
    parts before the last arrow are sections' labels (or "Home"), the last one a place or a topic."""
    line = " ".join(line.strip().strip("*_").split())
    return bool(BREADCRUMB.fullmatch(line)) and not any(ch.isdigit() for ch in line) \
        and all(w.lower() in _LABEL_WORDS | _SPORTS | {"home"} for part in re.split(r"\s+[>›»]\s+", line)[:-1]
                for w in part.split())


# A section's label in capitals, a bar, and the topic the story is filed under: "SPORT | KARNOVA MARATHON",
# "NEWS › HARBOUR FIRE" (one or two words of the topic: a third may begin a headline's sentence)
_SECTION_TOPIC = re.compile(rf"(?P<section>[{CAPITALS}]+(?:\s+[{CAPITALS}]+)?)\s+[|›>»·•]\s+"
                            rf"[{CAPITALS}][{CAPITALS}'’-]*"
                            rf"(?:\s+[{CAPITALS}][{CAPITALS}'’-]*)?")


def _section_topic(line: str) -> bool:
    """Whether a line in capitals is a section's label (``_LABEL_WORDS``) and the story's topic after a bar."""
    m = _SECTION_TOPIC.fullmatch(line.strip().strip("*_").strip())
    return bool(m) and all(w.lower() in _LABEL_WORDS | _SPORTS for w in m.group("section").split())


_SECTION_BARS = frozenset("| / › > » · •".split())
_SPORTS = frozenset("""football soccer rugby cricket tennis golf athletics cycling boxing swimming motorsport formula
    racing hockey basketball baseball handball volleyball skiing sailing rowing""".split())


# What joins a credit line's parts: "Bram Osgood, Political Editor | Published 04:15, 13 October 2025", "The
# Dunmarrow Tide · 3 Mar 2026 14:05 GMT"
CREDIT_BAR = re.compile(r"\s+[|·•]\s+")
# What joins the credits of a header line, a ``CREDIT_BAR`` or more: "**Tarnside Gazette** · Published 3
# October 2024 · By Bethan Castellano", "The Fenwick Courier / 5 March 2024 / By Jo Park" (spaced, so
# "2024/03/05" is one part), and a full stop before the line's "Published" or "Updated" ("Evening Post Data
# Team. Updated: 13 April 2026")
_CREDIT_SEPARATOR = re.compile(r"(\s+(?:--|[·|•/–—-])\s+|(?<=\w)\s{3,}(?=\w)"
                               r"|(?<=[a-z])\.\s+(?=(?:(?:First|Last)\s+)?(?i:published|updated|posted|issued)\b"
                               rf"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
                               rf"|Sun)day\s+\d{{1,2}}\s+[{CAPITALS}][a-z]+\s+\d{{4}}))")
# (and a full stop before a weekday's date: "By Wendel Ashby. Saturday 13 September 2025", and three spaces or
# more: "By Erik Sand    Published 19/05/2026")
_MAX_CREDIT_SEGMENTS = 6


# A photographer's credit among a header's credits: "Photos: Nordlys Film", "Pictures by Ola Berg"
_PHOTO_CREDIT = re.compile(r"^\W*(?:photos?|pictures?|images?|photography)\s*(?::|by\b)", re.IGNORECASE)


# A time stamp counting back from now: "Updated 2 hours ago", "Posted: 5 mins ago"
_AGO = re.compile(r"(?i:(?:(?:last\s+)?updated|published|posted)\s*:?\s*)?(?i:\d{1,2}|an?|one|two|three|four|five)\s+"
                  r"(?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)")


# A date written with numbers, which may read both ways, day or month first ("10/05/2026"); written with a day of
# 13 it reads one way, and says whether the part is a date at all
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


# A page's estimate of the time a story takes to read: "14 min read", "5-minute read", "Reading time: 6 minutes"
_READING_TIME = re.compile(r"\d{1,3}[\s-]*(?:min|mins|minutes?)\.?\s+read|(?:estimated\s+)?reading\s+time:?\s*"
                           r"\d{1,3}\s*(?:min|mins|minutes?)\.?", re.IGNORECASE)


def _credit_kind(part: str) -> str:
    """What one part of a header line is: "date" (a publication line, or a masthead's with its date),
    "updated" (one saying when it was updated), "author" (a byline), "photo" (a photographer's credit),
    "publisher" (a masthead), "section" (the paper's section: "Obituaries · 2 Jun 2026 14:05 GMT"), "reading"
    (the time the page says it takes to read), "issue" (a newsletter's number: "Issue 37 | Written by …"), "button"
    (an old page's "Print this story"), "editor" ("Edited by …"), or ""."""
    if publication_line(part) or publication_line(_DAY_MONTH.sub(r"13/\2/\3", part, count=1)):   # (either way
        return "updated" if updated_line(part) else "date"     # of reading "Posted 10/05/2026" it is a date)
    if masthead_date(part) or placed_date(part):    # "Ardrun University News, 27 August 2025": the date, the
        return "date"                               # paper's name with it; "Vellanby, 30 July 2025" (a place's)
    if _byline(part) or _team(part) or _desk_credit(part) or _name_comma_role(part) or reporter_label(part):
        return "author"
    if _PHOTO_CREDIT.match(part):
        return "photo"
    if _AGO.fullmatch(part.strip().strip("*_").strip()):
        return "updated"                            # "Updated 2 hours ago | 12 Jun 2025": the date is the other
    if _READING_TIME.fullmatch(part.strip().strip("*_").strip()):
        return "reading"                            # "By Kim Ode — 10 November 2025 — 14 min read"
    if _ISSUE.fullmatch(part.strip().strip("*_").strip()):
        return "issue"                              # "Friday 17 October 2025 | Issue 212"
    if _READERS_EDITION.fullmatch(part.strip().strip("*_").strip()):
        return "edition"                            # a newsletter's "Oskar Fjell · Sep 18, 2026 · Free edition"
    if _BUTTON.fullmatch(part.strip().strip("*_").strip()):
        return "button"                             # "Posted: 03/09/2025 | By … | Print this story"
    if _EDITED_BY.fullmatch(part.strip().strip("*_").strip()):
        return "editor"                             # a live page's "Thursday 27 November 2025 · Edited by …"
    if masthead(part) or paper_and_section(part):
        return "publisher"
    words = part.strip().lower().split()
    return "section" if 1 <= len(words) <= 3 and all(w in _LABEL_WORDS for w in words) else ""


# A page's editor on its credit line: "Edited by Lotte Veering and Henrik Dal"
_EDITED_BY = re.compile(rf"(?i:edited|editing)\s+by\s+{_PEOPLE}")
# An old page's buttons on its credit line: "Print this story", "Email to a friend", "Share"
_BUTTON = re.compile(r"(?i:print(?:\s+this)?(?:\s+(?:story|article|page))?|e-?mail(?:\s+(?:this|to\s+a\s+friend))?"
                     r"(?:\s+(?:story|article|page))?|share(?:\s+this)?(?:\s+(?:story|article))?|comments?"
                     r"(?:\s+\(\d+\))?|(?:\[\d{1,4}\])?\d{1,5}\s+comments?)")     # ("[11]2 comments": a text
# browser's numbered link)
# Who a newsletter's post is for: "Free edition", "Paid subscribers only", "Members' post"
_READERS_EDITION = re.compile(r"(?i:(?:free|paid|premium|(?:paid\s+)?subscribers?['’]?|members?['’]?)\s+"
                              r"(?:edition|only|post|issue))")
# A newsletter's or a magazine's number: "Issue 212", "No. 37", "Vol. 4, No. 12"
_ISSUE = re.compile(r"(?i:issue|no\.?|number|vol\.?|volume)\s*#?\d{1,5}(?:\s*,\s*(?i:issue|no\.?|number)\s*#?\d{1,5})?")


# A topic's or a section's word in title case opening a credit line: "Farming" in "Farming | 30 September 2025 |
# Aleks Novak" (a section's name the paper's labels do not hold, ``_LABEL_WORDS``)
_TOPIC = re.compile(rf"[{CAPITALS}][a-z]+")


def _named_alone(part: str) -> bool:
    """Whether ``part`` of a credit line is a person's name alone ("Ruth Kessel" after "Estmorra Daily Ledger
    | Money |": after the paper or its section, the writer)."""
    part = part.strip().strip("*_").strip()
    return bool(_ONE_PERSON.fullmatch(part)) and not part.isupper() \
        and not any(w.lower() in _NOT_PEOPLE for w in part.split())     # (not a topic: "SPORT | KARNOVA MARATHON")


# What a name alone opening a header line is taken for while its other parts are read: the writer, when they are
# the paper's name and the date (``credit_parts``)
_NAME_FIRST = "named first"


def _site_named(part: str) -> bool:
    """Whether ``part`` of a credit line could be a site's or a paper's name no list knows ("Ivarra Today"): two to
    four words in title case, not a person's name alone nor only a section's words, nor a topic's ("Storm Hedda —
    News | …", "Cup Final Preview — Sport | …")."""
    name = part.strip().strip("*_").strip()
    return 2 <= len(name.split()) <= 4 and bool(re.fullmatch(PUBLISHER_NAME, name)) and not _named_alone(name) \
        and not set(name.lower().split()) <= _LABEL_WORDS \
        and not any(w.lower() in _TOPIC_WORDS for w in name.split())    # ("Storm Hedda", "Cup Final Preview")


def _topic_named(part: str) -> bool:
    """Whether ``part`` of a credit line names the story's topic ("Storm Hedda — News", "Cup Final Preview"): a few
    words opening with a topic's word (``_TOPIC_WORDS``)."""
    words = part.strip().strip("*_").split()
    return 1 <= len(words) <= 5 and words[0].lower() in _TOPIC_WORDS and words[0][:1].isupper()


# Words of a story's topic a credit line may open with, which no site's name holds
_TOPIC_WORDS = frozenset("storm hurricane typhoon cyclone cup final league preview match derby election trial".split())


def _credits(pieces: list[str], seen: frozenset[str], name_first: bool = False,
             site_first: bool = False) -> list[str] | None:
    """``pieces`` (segments with the separators between them) cut into credits of kinds not in ``seen``,
    each of one kind, the shortest first ("3 October 2024 · 10:00 BST" is one when "10:00 BST" alone
    is none); None when they cannot be. ``name_first``: the first may be a person's name alone; ``site_first``:
    a site's name no list knows (``_site_named``)."""
    if not pieces:
        return []
    for end in range(1, len(pieces) + 1, 2):
        part = "".join(pieces[:end])
        kind = _credit_kind(part) or ("author" if seen & {"publisher", "section"} and _named_alone(part) else "") \
            or ("section" if not seen and (_TOPIC.fullmatch(part) or _topic_named(part)) else "") \
            or (_NAME_FIRST if name_first and not seen and _named_alone(part) else "") \
            or ("publisher" if site_first and not seen and _site_named(part) else "")
        # ("Jana Novik | …" named first; "Ivarra Today — Health | …" a site first)
        # a newsroom is its paper too, before the reporter's name ("Harbour Radio newsroom – Kaja Strand – 1 June")
        for read in (kind, "publisher" if kind == "author" and newsroom_paper(part) else ""):
            if read and read not in seen:
                rest = _credits(pieces[end + 1:], seen | {read})
                if rest is not None:
                    return [part, *rest]
    return None


# Credits joined by commas, the date said published and the writer's "by" last: "Ostrela Daily Tide explainer,
# published 30 September 2026, by Hollis Varga" (commas join the parts of a sentence too: only this shape)
_COMMA_CREDITS = re.compile(rf"[{CAPITALS}][^,]{{2,60}},\s+(?i:published|posted|first\s+published)\s+[^,]{{6,40}}"
                            rf"(?:,\s+\d{{1,2}}[:.]\d\d[^,]{{0,8}})?,\s+(?i:by)\s+[{CAPITALS}][^,]{{2,60}}")


def credit_parts(line: str) -> list[str]:
    """The parts of a header line that joins the publisher, the date and the byline with "·", "|", "/"
    or a dash ("**Tarnside Gazette** · Published 3 October 2024 · By Bethan Castellano" → its masthead,
    its publication line, its byline), each part one of them and each at most once; [] for any other
    line: one a single credit reads whole, a sentence with a "|" in it, a menu, a table row."""
    stripped = line.strip().strip("*_").strip()         # (Markdown emphasis: "*By … — …, 27 August 2025*")
    if len(stripped.split()) > 30 or stripped.startswith("|") or stripped.endswith("|"):
        return []
    pieces = _CREDIT_SEPARATOR.split(stripped)
    if len(pieces) == 1 and _COMMA_CREDITS.fullmatch(stripped):     # "Ostrela Daily Tide explainer, published 30
        pieces = re.split(r"(,\s+)", stripped)                       # September 2026, by Hollis Varga"
    if not 3 <= len(pieces) <= 2 * _MAX_CREDIT_SEGMENTS - 1:
        return []
    parts = [p.strip() for p in _credits(pieces, frozenset()) or ()]
    if not parts:           # a name alone opens a credit line only before the paper's name and the date
        named = [p.strip() for p in _credits(pieces, frozenset(), name_first=True) or ()]
        kinds = {_credit_kind(p) for p in named[1:]}
        if {"publisher", "date"} <= kinds or kinds == {"section", "date"} \
                or "date" in kinds and kinds & {"edition", "reading"} and kinds <= {"date", "edition", "reading"} \
                and not all(common_word(w.lower()) for w in named[0].strip("*_ ").split()):
            return named    # ("Saoirse Lindgren · Transport · …", a newsletter's "Oskar Fjell · Sep 18, 2026 · Free
            # edition"; not "Kim Ode · 5 March 2024", a name and a date alone, nor a headline's "Ferry Fares Rise")
        # and a site's name no list knows, only before the date and the byline ("Ivarra Today — Health | 2
        # February 2026 | By Sunniva Drexel", "Relvandia Today — Business | By … | Updated 9 March 2026")
        sited = [p.strip() for p in _credits(pieces, frozenset(), site_first=True) or ()]
        kinds = {_credit_kind(p) for p in sited[1:]}      # (its date may be its update's: "| Updated 9 March 2026")
        return sited if "author" in kinds and kinds & {"date", "updated"} else []
    if not _credit_kind(parts[0]) and len(parts) < 3:
        return []           # a topic's word opens a credit line only before its date and its writer ("Rovers · 2 May")
    if any(map(_team, parts)) and not any(map(publication_line, parts)):
        return []           # a desk or a team is a writer's credit beside a date only ("Dream Team · Sport")
    return parts if len(parts) >= 2 else []


def publication_date(line: str) -> str:
    """The ISO date a header line says the article was published on: a publication line's
    (``publication_line``), or its publication part's, dated masthead part's or place and date part's when it
    joins it with other credits (``credit_parts``), or the date a part saying "published", "issued", "posted" or
    "updated" gives (``_said_published``), else ""."""
    desk = _DESK_DATED.match(line.strip().strip("*_").strip())
    return publication_line(line) or next(filter(None, (publication_line(p) or masthead_date(p) or placed_date(p)
                                                        for p in credit_parts(line))), "") or _said_published(line) \
        or (publication_line(desk.group("date")) if desk else "")


# A desk's label with the date after a comma: "Culture desk, 4 March 2026"
_DESK_DATED = re.compile(rf"(?:The\s+)?(?:[{CAPITALS}][\w&'’-]*\s+){{1,4}}(?:[a-z]+\s+)?(?i:desk|newsroom)\s*,\s*"
                         r"(?P<date>[^,].{5,40})")


# A part of a short header line saying in words when it was published: "— issued 12 November 2025, 16:00",
# ". Last updated 4 March 2026."
_SAID_PUBLISHED = re.compile(r"^\W*(?:(?:first|last)\s+)?(?:published|issued|posted|updated)\b", re.IGNORECASE)
_SAID_PUBLISHED_WORDS = 16


def _said_published(line: str) -> str:
    """The ISO date the last part of a short header line gives when it says it was published (issued, posted,
    updated), whatever the other parts are ("Estmorran Meteorological Institute (EMI) — issued 12 November
    2025, 16:00", "Compiled by the Courts desk. Last updated 4 March 2026."), else ""."""
    stripped = line.strip().strip("*_").strip()
    if len(stripped.split()) > _SAID_PUBLISHED_WORDS:
        return ""
    parts = _CREDIT_SEPARATOR.split(stripped)[::2]      # the last part, as a header line ends with its date (not
    last = parts[-1] if len(parts) > 1 else ""           # "The report — published 20 January 2026 — found …")
    return publication_line(last) if _SAID_PUBLISHED.match(last) else ""


def masthead_date(line: str) -> str:
    """The ISO date a masthead line gives after a comma ("The Harbour Post, Saturday 29 August 2026"), else ""."""
    dated = _MASTHEAD_DATED.match(" ".join(line.strip().strip("*_").split()))
    return publication_line(dated.group("date")) if dated and header_masthead(line) else ""


def credited_masthead(line: str) -> str:
    """The publication a header line names in its masthead part (``credit_parts``) or in a masthead's
    shapes (``header_masthead``), else ""."""
    parts = credit_parts(line)
    return next(filter(None, (masthead(part) or paper_and_section(part) or header_masthead(part) or newsroom_paper(part)
                              for part in parts)), "") or header_masthead(line) \
        or (parts[0].strip("*_ ") if parts and not _credit_kind(parts[0]) and _site_named(parts[0]) else "")


def _daily_over_date(text: str, start: int, end: int) -> str:
    """The line ``text[start:end]`` when it is a paper's name after "The Daily", "The Evening" or "The
    Morning" (``_DAILY_NAME``) and the next line with words is a publication line, else ""."""
    name = text[start:end].strip()
    return name if _DAILY_NAME.fullmatch(name) and _dated_after(text, end) else ""


def _dated_after(text: str, end: int) -> bool:
    """Whether the next line with words after ``text[:end]`` (within 400 characters) is a publication line."""
    return bool(publication_date(next((line for line in text[end:end + 400].split("\n") if line.strip()), "")))


def _capitals_over_date(text: str, start: int, end: int) -> str:
    """The paper's name the line ``text[start:end]`` gives in capitals (``capitals_masthead``: "KASSENDAL
    HARBOUR POST") when the next line with words is a publication line, else "" ("WORLD RECORD" over a
    story's first line is a kicker)."""
    name = capitals_masthead(text[start:end])
    return name if name and _dated_after(text, end) else ""


def cut_masthead(text: str, blocks) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The publisher named by a masthead line (``masthead``) opening the first block, the first line
    after the headline that is not page clutter, a publication line or a byline, and the blocks
    without it; ("", blocks) when there is none or it is all the text there is."""
    start, end = blocks[0]
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    name = masthead(text[start:line_end]) or _daily_over_date(text, start, line_end) \
        or _capitals_over_date(text, start, line_end)
    if not name:
        return "", blocks
    rest = line_end + 1                 # the next line with text on it (blank lines are inside blocks)
    while rest < end:
        next_end = text.find("\n", rest, end)
        next_end = end if next_end < 0 else next_end
        if text[rest:next_end].replace("\ufeff", "").strip():
            break
        rest = next_end + 1
    kept = (((rest, end),) if rest < end else ()) + tuple(blocks[1:])
    return (name, kept) if kept else ("", blocks)


# A wire story's dateline names its agency: "LONDON, Sept 2 (Meridian Wire) — …", "WASHINGTON (AP) — …".
_WIRE_DATELINE = re.compile(rf"^(?P<place>[{CAPITALS}][{CAPITALS} .'’-]{{1,40}}?)"
                            r"(?:,\s*[^()\n]{1,40}?)?\s*\((?P<agency>[^()\n]{2,40})\)"
                            r"\s*[-–—:]")
# … or names it first, in capitals, before the place and the date: "BNS — PORT AVESSA, 14 January 2026"
_AGENCY_FIRST = re.compile(rf"^(?=(?P<agency>[{CAPITALS}]{{2,8}})){AGENCY_FIRST}[{CAPITALS}][{CAPITALS} .'’-]{{1,40}},")
_NOT_AGENCY = frozenset({"updated", "update", "corrected", "correction", "refiled", "repeats", "official", "breaking",
                         "analysis", "opinion", "live", "watch", "exclusive", "urgent", "flash"})


def wire_agency(line: str) -> str:
    """The agency a dateline opening ``line`` names in parentheses ("LONDON, Sept 2 (Meridian Wire) — …"
    → "Meridian Wire") or before its place ("BNS — PORT AVESSA, 14 January 2026"),
    else "" ("NATO (North Atlantic Treaty Organization) — …" spells out a name)."""
    m = _WIRE_DATELINE.match(line.strip())
    if not m:
        first = _AGENCY_FIRST.match(line.strip())
        return first.group("agency") if first and dateline(line.strip()) \
            and first.group("agency").lower() not in _NOT_AGENCY else ""     # (not "UPDATE — LONDON, …")
    agency = " ".join(m.group("agency").split())
    words = _title_case_name(agency)
    initials = "".join(w[0] for w in words if w not in _PARTICLES)
    if not words or words[0].lower() in _NOT_AGENCY or initials == re.sub(rf"[^{CAPITALS}]", "", m.group("place")):
        return ""
    return agency


class TextLoader:
    """``.txt`` and ``.md`` (see the module doc), and subtitles (``.srt``, ``.vtt``, or as ``.txt``: ``subtitles``)."""

    suffixes = (".txt", ".md", ".srt", ".vtt")
    max_bytes = MAX_ARTICLE_BYTES

    def load(self, raw: bytes) -> Article:
        check_size(raw, MAX_ARTICLE_BYTES, "text file",     # (an article runs to kilobytes; this would take an hour
                   " for articles: split it into one file per article")    # to embed)
        text, encoding = decode(raw)
        if subtitled(text):         # a broadcast's subtitles: its words said, read across its cues
            return subtitles_article(text, encoding)
        if chat_export(text):       # a group chat's messages: no headline, the group's name and first day
            return chat_article(text, encoding)
        # (a page saved as text by a browser: read with its lines of links alone and the links' addresses blanked;
        # the article's text is the file's, every offset the same)
        shown = blank_marks(page_as_shown(text))    # (and a forwarded e-mail's quoted alert, "> By …"; HTML tags and
        # MDX components in Markdown as shown)
        spans = export_stories(shown)
        article = exported(shown, encoding, spans, self.read) if spans else self.read(shown, encoding)
        return article if shown is text else dataclasses.replace(article, text=text)

    def read(self, text: str, encoding: str) -> Article:
        """The article of a decoded text (the whole file's, or one story's of an export)."""
        fields, body = front_matter(text)
        if not fields:
            fields, body = mdx_head(text)
        if not fields and not body:
            fields, body = outliner_properties(text)
        if not fields and not body:
            fields, body = labelled_header(text)
        if not fields and not body:
            fields, body = factiva_header(text)
        if not fields and not body:
            fields, body = markup_head(text)
        body = body or export_start(text)
        declared = fields.get("title", "") or email_subject(text, body) or print_title(text, body)    # (an e-mail's
        start = preamble_end(text, body)        # subject is its headline, as a browser's print's title is)
        title, blocks = title_and_blocks(text, start, metadata_line, known=declared)
        noted, trailer = note_trailer(text)
        if trailer < len(text):     # a note's fields under it, as Joplin exports one: no article text
            kept = ((a, min(b, a + len(text[a:trailer].rstrip()))) for a, b in blocks if a < trailer)
            fields, blocks = {**noted, **fields}, tuple((a, b) for a, b in kept if b > a)
        if not blocks:
            raise ValueError("no article text (only a title or page clutter)")
        opened = "" if declared else _wire_lede(text, start, title, blocks)
        if opened:              # no headline: the first line is the story's, its dateline first
            title, blocks = opened
        named_first = "" if declared or opened else _masthead_over_menu(text, body, title, blocks)
        if named_first:             # "SALTMERE COURIER", a menu, then the headline: the publisher
            title, blocks = text[blocks[0][0]:blocks[0][1]].strip(), blocks[1:]
        elif not (declared or opened) and (under := _release_header(text, body, title, blocks)):
            named_first, (title, blocks) = under    # "MINISTRY OF HEALTH" / "PRESS RELEASE" / the headline
        elif not (declared or opened) and (under := _headline_under_furniture_lines(text, body, title, blocks)):
            named_first, (title, blocks) = under    # "THE LEDGER  ·  Property  ·  Thursday 14 August 2025" / the
            # headline
        elif not (declared or opened) and (header_masthead(title) or section_label(title) or sectioned_masthead(title)
                                          or bool(publication_date(title))    # "Published 09:12 BST, 22 October …"
                                          or capitals_masthead(title) and (_dated_under(text, body, title, blocks)
                                                                           or _under_masthead(title, text, blocks))
                                          or today_masthead(title) and _dated_under(text, body, title, blocks)
                                          or _capitals_name(title) and _under_masthead(title, text, blocks)
                                          or section_first_masthead(title)
                                          and _headline(text[blocks[0][0]:blocks[0][1]].split("\n\n", 1)[0])
                                          or _titled_masthead(title) and (len(blocks) >= 2
                                                                          and _headline(text[blocks[0][0]:blocks[0][1]])
                                                                          or _placed(title)
                                                                          and _opening_headline(text, blocks))
                                          or _masthead_over_header(title, text, blocks)
                                          or running_head_line(title) is not None):     # a print page's head
            # "The Ashby Herald — Obituaries" over the headline, "THE HARBOUR POST" or "The Korvane Herald" over
            # its date and the headline, "THE DUNMARROW TIDE" (or a label) over a headline and its byline, a
            # publication line over the headline
            # ("THE COST OF LIVING" may be a label: its headline, no paper)
            named_first = header_masthead(title) or sectioned_masthead(title) or capitals_masthead(title) \
                or _titled_masthead(title) or today_masthead(title) or section_first_masthead(title) \
                or masthead(title) or (running_head_line(title) or ("", ""))[0] \
                or _furniture_name(furniture_parts(title))
            title, blocks = ((sectioned_masthead(title) or _placed(title)) and _opening_headline(text, blocks)) \
                or _headline_under(text, body, title, blocks)
        elif not (declared or opened) and (under := _headline_under_furniture(text, body, title, blocks)):
            named_first, (title, blocks) = under    # "ARDESK COURIER" / its motto, a rule, "COURTS  Wednesday 19
            # November 2025" / the headline
        title, blocks = _wrapped_title(text, _WIRE_UPDATE.sub("", title), blocks)   # "UPDATE 2-Elmuria to take …":
        # after it
        split = split_publisher(declared or title)
        # (under a masthead naming the paper, a dash in the headline is its own: "… — BUT STAFF SHORTAGES LOOM")
        title, publisher = split if not named_first or split[1].casefold() == named_first.casefold() \
            else (declared or title, "")
        blocks = _past_headline_again(text, title, blocks)
        publisher = fields.get("publisher") or fields.get("source") or fields.get("site") or publisher \
            or named_first or publisher_above(text, body, blocks) or _masthead_under(text, body, title, blocks) \
            or printed_from(text, body) or running_head(text)[0] or copyright_holder(text) \
            or home_link_publisher(text, body)
        named, cut = cut_masthead(text, blocks)
        if named and (not publisher or named.casefold() == publisher.casefold()):
            blocks, publisher = cut, publisher or named     # a masthead line is no article text (a name
        told = _before_comments(text, blocks[0][1])     # (readers' comments are no credit of the story)
        closing = closing_credit(told)
        date = _date(told, body, blocks, fields.get("date", "")) or slug_date(text, blocks) \
            or furniture_date(text, body, blocks) or closing[1] \
            or _closing_stamp(told, text[blocks[0][0]:blocks[0][0] + 80])   # other than the
        # publisher's is)
        publisher = publisher or wire_agency_above(text[blocks[0][0]:blocks[min(1, len(blocks) - 1)][1]]) \
            or closing[0]       # (the dateline may come after an update note: "(Adds minister's comment …)")
        author = fields.get("author") or byline_above(text, body, blocks) or signoff_author(told, body) \
            or standfirst_author(text[blocks[0][0]:blocks[0][1]]) or closing_author(told)
        return Article(text=text, encoding=encoding, title=title, blocks=blocks, date=date, publisher=publisher,
                       author=author)


def _past_headline_again(text: str, title: str, blocks):
    """``blocks`` without the headline where the first block, or the second under a masthead's line, opens with it
    again under the page's title line ("Assembly passes 2027 budget … | Politics | The Tarvensk Herald", then the
    menus, then "Assembly passes 2027 budget …": a page a browser saved as text); ``blocks`` as they are otherwise."""
    for i, (start, end) in enumerate(blocks[:2]):
        line_end = text.find("\n", start, end)
        line_end = end if line_end < 0 else line_end
        if title and " ".join(text[start:line_end].split()) == " ".join(title.split()):
            rest = start + len(text[start:end]) - len(text[line_end:end].lstrip())
            kept = ((rest, end),) if rest < end else ()
            return (*blocks[:i], *kept, *blocks[i + 1:]) if len(blocks) > 1 or kept else blocks
    return blocks


# A page's copyright line, as its footer closes it: "(c) 2025 The Northern Lantern, Skellow", "© 2026 Velstrand
# Courier. All rights reserved.", "Copyright © 2025–2026 The Harbour Post"
_COPYRIGHT = re.compile(r"^[ \t]*(?:(?:copyright|©|\(c\))[ \t]*){1,2}(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]+)?"
                        r"(?P<holder>[^,.;|\n]{3,60}?)[ \t]*(?:,[^\n]{0,40}?)?\.?"
                        r"(?:[ \t]+all[ \t]+rights[ \t]+reserved\.?)?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def copyright_holder(text: str) -> str:
    """The paper the last copyright line of ``text`` names (``_COPYRIGHT``, a paper's name: ``masthead``), else ""."""
    holders = [masthead(m.group("holder")) for m in _COPYRIGHT.finditer(text)]
    return next((h for h in reversed(holders) if h), "")


# A database's labels over a story's text: "Body", "Section: NEWS; Pg. 3"
_STORY_LABEL = re.compile(r"^[ \t]*(?:Body|Section[ \t]*:[^\n]*)[ \t]*$", re.MULTILINE)


def _unlabelled(text: str, blocks) -> list[tuple[int, int]]:
    """``blocks`` of ``text`` without the database's labels over a story's text (``_STORY_LABEL``) in them."""
    out = []
    for lo, hi in blocks:
        for m in [*_STORY_LABEL.finditer(text, lo, hi), None]:
            end = m.start() if m else hi
            part = text[lo:end]
            if part.strip():
                out.append((lo + len(part) - len(part.lstrip()), end - (len(part) - len(part.rstrip()))))
            lo = m.end() if m else hi
    return out


def exported(text: str, encoding: str, spans: list[tuple[int, int]], read) -> Article:
    """The article of a news database's export of several stories (``spans``): each story read as a file of its own
    (``read(text, encoding)``), its blocks in the whole text and its headline and credits kept as a ``Story``; the
    first story's headline and credits are the file's. A span with no story text in it is left out."""
    stories, blocks = [], []
    for start, end in spans:
        try:
            story = read(text[start:end], encoding)
        except ValueError:              # (a results list's preamble, the furniture after the last story)
            continue
        blocks += [(start + lo, start + hi) for lo, hi in _unlabelled(story.text, story.blocks)]
        stories.append(Story(start, end, story.title, story.date, story.publisher, story.author))
    if not stories:
        raise ValueError("no article text (only a title or page clutter)")
    return of_stories(text, encoding, blocks, stories)


def _wire_lede(text: str, start: int, title: str, blocks) -> tuple[str, tuple[tuple[int, int], ...]] | tuple[()]:
    """No title and the blocks with the first line in them when a text file opens with a wire
    story's first paragraph, its dateline first ("NPA — OSKELUND, 14 January 2026 (NPA) — Norvaska
    will cut its Arctic cod quota by 18 per cent this year, …": a sentence, no headline); else ()."""
    at = text.find(title[:80], start)
    if at < 0 or not title:
        return ()
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[at:end].rstrip()
    rest = line[filed_at_end(line) or dateline_end(line):]
    if rest == line or len(rest.split()) < 12 or not re.search(r"[.!?][\"'”’)]*$", rest):
        return ()
    lede = (at, at + len(line))
    if blocks and not text[lede[1]:blocks[0][0]].strip():
        return "", ((at, blocks[0][1]), *blocks[1:])
    return "", (lede, *blocks)


# A wire's note before its headline that the story was filed again: "UPDATE 2-", "REFILE-", "CORRECTED-"
_WIRE_UPDATE = re.compile(r"^(?:UPDATE\s+\d+|REFILE|CORRECTED|RPT|WRAPUP(?:\s+\d+)?|EXCLUSIVE)\s*-\s*(?=\S)")


def wire_agency_above(block: str) -> str:
    """The agency a wire dateline names (``wire_agency``) opening a paragraph of ``block`` before its
    first sentence of a story (the dateline may come after a wire's header, its slug, its update
    lines and its headline), else ""."""
    for paragraph in re.split(r"\n\s*\n", block)[:4]:
        agency = wire_agency(paragraph)
        first = paragraph.strip().split("\n", 1)[0]
        if agency or len(first.split()) >= 15 and re.search(r"[.!?][\"'”’)]*(?:\s|$)", first):
            return agency       # (a dateline, or the story's first sentence: none after it)
    return ""


# The last word of a paper's name that no headline ends with ("The Korvane Herald"; not "… Record", "The Last Post")
_PAPER_WORDS = frozenset("herald gazette courier chronicle examiner tribune telegraph observer guardian times journal "
                         "advertiser argus dispatch sentinel mercury enquirer inquirer gleaner ledger".split())


def _titled_masthead(line: str) -> str:
    """A paper's name in title case on a text file's first line ("The Korvane Herald", "Brask Evening
    Post"): a masthead (``masthead``) of at most five words, ending with a word only papers' names end
    with or with an edition's word before its last ("Evening Post", "Sunday Star"; not "The Last Post",
    "A Rising Star"), a place's daily ("Ostrela Daily Tide", "Kelvenau Daily") or a business review; else ""."""
    name = masthead(line)
    words = name.split()
    return name if name and len(words) <= 5 and (words[-1].lower() in _PAPER_WORDS or _EDITION.search(name)
                                                 or " ".join(words[-2:]).lower() == "business review"
                                                 or len(words) == 3 and words[1] == "Daily"
                                                 or len(words) == 2 and words[1] == "Daily"
                                                 and words[0].lower() not in _NOT_A_PLACE | SECTION_NAMES | _KICKERS) \
        and all(w[0].isupper() or w in ("of", "the", "and") for w in words) else ""


def _masthead_over_header(title: str, text: str, blocks) -> bool:
    """Whether the first line is a paper's name (``masthead``: "The Northern Lantern"; opening with "The" or naming
    a place, ``_placed``: not "Storm Topples Harbour Beacon") ending with a word few headlines end with (not "…
    Transfer Record", "The Last Post"), right over a page's header of one line, a headline, with a date line or a
    byline under it (``_page_header``) and no blank line between them."""
    name = masthead(title)
    at = text.find(title)
    return bool(name) and (name.split()[0] == "The" or bool(_placed(name))) \
        and name.split()[-1].lower() not in _HEADLINE_ENDINGS and at >= 0 \
        and "\n\n" not in text[at:blocks[0][0]] and len(_page_header(text, blocks)) == 1 \
        and _headline(text[blocks[0][0]:blocks[0][1]])


# A masthead's last words many headlines end with too ("Kelder Rovers Break Transfer Record", "Storm Brings Good News")
_HEADLINE_ENDINGS = frozenset("""record post star news mail standard express mirror echo sun globe citizen independent
    daily weekly times wire press bulletin magazine newsletter guardian observer""".split())


def _placed(line: str) -> str:
    """A paper's name in title case (``_titled_masthead``) naming a place no common word is ("The
    Esvalia Ledger", "The Kelby Times"; not "The Courier" nor "The Last Sentinel", a film's or a
    book's title over its review), else ""."""
    name = _titled_masthead(line)
    words = [w for w in name.split()[:-1] if w.lower() not in ("the", "of", "and") and not _EDITION.search(f"x {w} y")]
    return name if any(not common_word(w.lower()) for w in words) else ""


_EDITION = re.compile(r"\S\s+(?:Evening|Daily|Morning|Sunday|Weekly|Weekend)\s+\S+$")


def sectioned_masthead(line: str) -> str:
    """The paper's name of a line naming it and then its section ("The Maravey Ledger — Obituaries",
    "The Kelder Herald | Letters": ``_titled_masthead``; in capitals: "VENNHOLM GAZETTE • Nature"),
    else "". A section is named by a label's words, or by any word or two when the paper's name
    names a place (``_placed``: "VENNHOLM GAZETTE • Nature", not "Hope Herald — Spring")."""
    m = _MASTHEAD_SECTION.match(" ".join(line.strip().strip("*_").split()))
    if m is None:
        return ""
    name = m.group("name").title() if m.group("name").isupper() and len(m.group("name").split()) >= 2 \
        else m.group("name")
    section = m.group("section").split()
    if all(w.lower() in _LABEL_WORDS for w in section):
        return _titled_masthead(name)
    return _placed(name) if len(section) <= 2 and all(w[0].isupper() for w in section) else ""


# A section's name before the paper's: "Science & Tech · Holmstead Herald", "Local News | The Ardby Post"
_SECTION_MASTHEAD = re.compile(rf"^(?P<section>[{CAPITALS}][\w'’]*(?:\s+(?:&|and|[{CAPITALS}][\w'’]*)){{0,3}})"
                               r"\s+[|·•–—]\s+"
                               r"(?P<name>[^|·•–—]{3,60})$")


def section_first_masthead(line: str) -> str:
    """The paper's name of a line naming its section first ("Science & Tech · Holmstead Herald"), else ""."""
    m = _SECTION_MASTHEAD.match(" ".join(line.strip().strip("*_").split()))
    return _titled_masthead(m.group("name")) or masthead(m.group("name")) if m else ""


def _masthead_over_menu(text: str, body: int, title: str, blocks) -> str:
    """The publisher a text file saved from a page opens with, when its first line is a masthead (in
    capitals too: "SALTMERE COURIER"), a menu or other page clutter follows it, and then a headline
    alone (``_headline``) before the story; else "" (a headline ending in "News" or "Record" is no
    masthead: no menu follows it)."""
    name = title.strip().strip("*_").strip()
    if len(blocks) < 2 or not _headline(text[blocks[0][0]:blocks[0][1]]) \
            or not masthead(name.title() if name.isupper() and len(name.split()) >= 2 else name):
        return ""
    at = text.find(title, body)
    between = text[at + len(title):blocks[0][0]].split("\n") if at >= 0 else []
    return name if any(line.strip() and is_clutter(line) for line in between) else ""


def _dated_under(text: str, body: int, title: str, blocks) -> bool:
    """Whether a publication line comes between the first line ``title`` and the first block."""
    at = text.find(title, body)
    return at >= 0 and any(publication_date(line) for line in text[at + len(title):blocks[0][0]].split("\n"))


# A label naming a page of several items, each under its own heading: the page's title
_COLLECTION = re.compile(r"\b(?:letters?|briefing|digest|round-?up|in\s+brief|obituaries|reviews|live|updates)\b",
                         re.IGNORECASE)


def _section_line(line: str) -> bool:
    """Whether a header line under the paper's name is its section's label: a section's word, perhaps with
    another section or the story's topic after a bar or "&" ("Weather", "Markets & Companies", "LOCAL |
    Kelvenau City", "Business | Explainer"; not a headline: no figure, no sentence's mark, five words at most)."""
    line = line.strip().strip("*_").strip()
    parts = re.split(r"\s+[|&·•/]\s+", line)
    return 1 <= len(line.split()) <= 5 and not re.search(r"[.!?:,;\d\"“”]", line) \
        and all(part[:1].isupper() for part in parts) and len(parts[0].split()) <= 2 \
        and all(w.lower() in _LABEL_WORDS for w in parts[0].split())


# The years of a life under an obituary's headline: "3 April 1938 - 2 August 2025", "(1938–2025)", "Born 1951, died
# 2026"
_LIFE_DATE = rf"(?:\d{{1,2}}\s+(?i:{'|'.join(MONTHS)})\s+|(?i:{'|'.join(MONTHS)})\s+\d{{1,2}},?\s+)?(?:1[89]|20)\d\d"
_LIFESPAN = re.compile(rf"\(?\s*(?:(?i:born)\s+)?{_LIFE_DATE}\s*(?:[-–—]|,\s*(?i:died))\s*{_LIFE_DATE}\s*\)?")


def _headline_under(text: str, body: int, title: str, blocks) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The title and the blocks of a text file whose first line is a masthead or a section's label
    (``header_masthead``, ``section_label``): the headline alone under it (and its date, byline,
    label lines) when one is there before more text, or over the paper's name; else the section's
    label among the header's lines ("LETTERS TO THE EDITOR"), else the first line as it is."""
    if len(blocks) >= 2 and _titled_masthead(text[blocks[0][0]:blocks[0][1]].strip()):
        return _headline_under(text, body, title, blocks[1:])     # "LETTERS TO THE EDITOR" / "The Averin Courier"
    start, end = blocks[0]
    gap = text.find("\n\n", start, end)
    dated = unwrapped([line.strip() for line in text[start:gap].split("\n") if line.strip()] if gap > start else [])
    rest = end - len(text[gap:end].lstrip()) if gap > start else end
    if len(dated) == 1 and rest < end and _section_line(dated[0]):     # "Weather", "Markets & Companies", "LOCAL |
        return _headline_under(text, body, title, ((rest, end), *blocks[1:]))   # Kelvenau City" under the paper
    if gap < 0 and len(blocks) >= 2 and _section_line(text[start:end]):
        return _headline_under(text, body, title, blocks[1:])
    if dated and all(section_label(line) or publication_date(line) or placed_date(line) or furniture_parts(line)
                     for line in dated):
        rest = end - len(text[gap:end].lstrip())        # "PRESS RELEASE" / "FOR IMMEDIATE RELEASE" / "Halvenmoor,
        opened = _opening_headline(text, ((rest, end), *blocks[1:])) if rest < end else None   # 16 September 2025"
        if opened is not None:                                                                 # / the headline
            return opened
    lifespan = text.find(dated[1], start, end) if len(dated) == 2 and _LIFESPAN.fullmatch(dated[1]) else -1
    if lifespan > 0 and _headline(dated[0]):      # an obituary's headline over its subject's dates ("3 April 1938 - 2
        return dated[0], ((lifespan, end), *blocks[1:])     # August 2025"), which are its text
    if len(dated) == 1 and (section_label(title) and not _COLLECTION.search(title) or today_masthead(title)
                            or section_first_masthead(title) or _titled_masthead(title)) \
            and _headline(dated[0]) and not _titled_masthead(dated[0]):
        # "OBITUARY" (or "Sorvania Today" over its date and byline) / the headline / the story
        rest = end - len(text[gap:end].lstrip())
        if rest < end:
            return dated[0], ((rest, end), *blocks[1:])
    if len(blocks) >= 2 and _headline(text[blocks[0][0]:blocks[0][1]]):
        return text[blocks[0][0]:blocks[0][1]].strip(), tuple(blocks[1:])
    if len(blocks) >= 2 and _credited_after(text, blocks[0], blocks[1]):
        return text[blocks[0][0]:blocks[0][1]].strip(), tuple(blocks[1:])   # "OPINION" / "Our towns are not
        # museums. Let people build homes in them." / "Kessaly Tribune | Comment" / "Published …" / "By …"
    if _PRESS_RELEASE.match(title.strip()) or publication_date(title):     # "PRESS RELEASE" / "FOR IMMEDIATE
        opened = _opening_headline(text, blocks)    # RELEASE" or "Jana Novik | The Courier | 03.04.2026" / the headline
        if opened is not None and not (publication_date(opened[0]) or placed_date(opened[0])):
            return opened
    header = _page_header(text, blocks)
    if header:              # the headline (wrapped or not), its standfirst, then the byline and the date: the
        return unwrapped(header[:2])[0], tuple(blocks[1:])      # story after them
    lines = [line.strip() for line in text[blocks[0][0]:blocks[0][1]].split("\n") if line.strip()]
    if len(blocks) >= 2 and len(lines) == 2 and len(lines[0].split()) <= 20 and _titled_masthead(lines[1]):
        return lines[0], tuple(blocks[1:])      # "OPINION" / the headline / "The Merrowick Sentinel" / its date
    label = next((line.strip() for line in text[body:blocks[0][0]].split("\n") if section_label(line)), "")
    return (label or title), tuple(blocks)


def unwrapped(lines: list[str]) -> list[str]:
    """A headline's ``lines`` as one when it was wrapped over two, as a print edition sets it ("Hip and knee
    patients wait" / "almost a year in the capital"): the second going on in lower case after no stop, or a
    headline in capitals broken after a small word ("PORT GETS GREEN LIGHT FOR" / "M1.3bn DEEP-WATER QUAY")."""
    if len(lines) == 2 and (lines[1][:1].islower() or _capitals_go_on(lines)) \
            and lines[0][-1:] not in ".!?:;…" and len(lines[1].split()) <= 10 \
            and not _CREDIT_OPENS.match(lines[1]) and not metadata_line(lines[1]):
        return [f"{lines[0]} {lines[1]}"]
    return lines


def _capitals_go_on(lines: list[str]) -> bool:
    """Whether the second of a headline's two lines in capitals goes on from the first, broken after a small word
    ("PORT GETS GREEN LIGHT FOR" / "M1.3bn DEEP-WATER QUAY"; not "GAME OVER" over a standfirst or a date line)."""
    words = lines[1].split()
    return lines[0].isupper() and bool(_CAPITALS_GO_ON.search(lines[0])) and len(words) >= 2 \
        and sum(not w.isupper() for w in words) <= 1 and not placed_date(lines[1]) and not publication_date(lines[1])


# A small word ending a line of a headline in capitals, which the next line goes on from
_CAPITALS_GO_ON = re.compile(r"\b(?:FOR|OF|THE|TO|AND|OR|IN|ON|AT|A|AN|WITH|AS|BY|FROM|OVER|AFTER|INTO|UNDER|ITS"
                             r"|THEIR|HIS|HER)$")


# What opens a credit or a date line in lower case, never a headline's second line: "by Jo Park", "updated 4 June"
_CREDIT_OPENS = re.compile(r"(?:by|updated|posted|published|first\s+published|last\s+updated|photo(?:graph)?s?"
                           r"|pictures?|words|reporting|filed|from|with|via|source)\b", re.IGNORECASE)


def _wrapped_title(text: str, title: str, blocks) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``title`` with the line right under it when that goes on with it and is no article text (a headline
    wrapped over two lines: "Greymarch tunnel breakthrough" / "puts Oskelund two hours closer"), or is the first
    block's opening line alone, no sentence (a wire's headline wrapped at 76 columns: "Census: … households now" /
    "a single person", then a blank line and the dateline), and ``blocks`` without it."""
    blocks = tuple(blocks)
    found = re.search(rf"^{re.escape(title)}\n", text, re.MULTILINE) if title else None
    if found is None:
        return title, blocks
    start = found.end()
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    joined = unwrapped([title, text[start:end].strip()])
    if len(joined) == 2:
        return title, blocks
    if not any(s < end and start < e for s, e in blocks):
        return joined[0], blocks
    first = blocks[0]
    rest = text[end:first[1]]
    if first[0] == start and rest.startswith("\n\n") and rest.strip() and _wrapped_at_width(title, text[start:end]):
        return joined[0], ((end + len(rest) - len(rest.lstrip()), first[1]), *blocks[1:])
    return title, blocks


# The shortest first line of a headline a wire wraps at its width (76 columns: "Census: Sturdana's population tops 5.8
# million; one-in-three households now" / "a single person")
_WRAP_WIDTH = 50


def _wrapped_at_width(first: str, second: str) -> bool:
    """Whether ``second`` goes on from a headline's ``first`` line cut at a wire's width: ``first`` long, ``second`` of
    two words or more, no sentence's end, no section's or kicker's label ("analysis", "opinion")."""
    second = second.strip()
    return len(first) >= _WRAP_WIDTH and len(second.split()) >= 2 and not re.search(r"[.!?]$", second) \
        and second.lower() not in SECTION_NAMES | _KICKERS


_PRESS_RELEASE = re.compile(r"(?:(?:press|news|media)\s+release|for\s+immediate\s+release)\W*$", re.IGNORECASE)


def _opening_headline(text: str, blocks) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """The headline alone opening the first of ``blocks`` and the blocks of the story after it (an
    obituary's "Ana Ruud, botanist who mapped the wetlands", a blank line, its first paragraph; a headline wrapped
    over two lines as one), else None."""
    start, end = blocks[0]
    gap = text.find("\n\n", start, end)
    story = end - len(text[gap:end].lstrip()) if gap >= 0 else end
    if story < end and _section_line(text[start:gap]):      # a section's label over it ("National news"), the
        rest = text[story:end]                              # headline alone in its block or over the story
        if "\n" not in rest.strip() and len(blocks) >= 2 and _headline(rest):
            return rest.strip(), tuple(blocks[1:])
        return _opening_headline(text, ((story, end), *blocks[1:]))
    lines = text[start:gap].strip().split("\n")
    joined = unwrapped([line.strip() for line in lines]) if len(lines) == 2 and _wrapped_at_width(*lines) else []
    head = joined[0] if len(joined) == 1 else text[start:gap].strip()
    return (head, ((story, end), *blocks[1:])) if story < end and _headline(head) else None     # (a headline
    # wrapped over two lines, as a wire's at 76 columns: "… households now" / "a single person")


def _masthead_under(text: str, body: int, title: str, blocks) -> str:
    """The paper's name on a header line of its own under the title and above the story ("The
    Merrowick Sentinel" between the headline and the date, "SportVarrow", "Kestrel Press Agency" or "KASSENDAL
    HARBOUR POST" over its publication line, a name in capitals over the byline too), else ""."""
    at = text.find(title, body)
    start = body if at < 0 else at + len(title)
    lines = [line.strip() for line in text[start:blocks[0][0] + 400].split("\n") if line.strip()]
    return next(filter(None, (_titled_masthead(line) or paper_and_section(line.strip())     # "Orlenza Times
                              for line in text[start:blocks[0][0]].split("\n"))), "") \
        or next((line for line, after in zip(lines, lines[1:]) if (_SITE_WORD.fullmatch(line) or masthead(line))
                 and publication_date(after)), "") \
        or next((name for name, after in zip(map(capitals_masthead, lines), lines[1:]) if name
                 and (publication_date(after) or byline(after))), "")    # "KASSENDAL HARBOUR POST" / "April 28,
    # 2026 at 9:15 am" or "Written by: Jorund Pallister"


# A site's name in one word with a capital inside, on a line over its publication line ("SportVarrow" /
# "Published 13 April 2026"; not a writer's "Kim Ode")
_SITE_WORD = re.compile(rf"[{CAPITALS}][a-z]+(?:[{CAPITALS}][a-z]+)+")


def _under_masthead(title: str, text: str, blocks) -> bool:
    """Whether the first line, in capitals, is a masthead over a page's header (``_page_header``): one
    of two lines or more (a headline and its standfirst), or one under a name opening with "THE" ("THE
    HARBOUR POST" over "Corrections and clarifications") or a paper's naming a place ("TERAVIK HERALD":
    ``_placed``), or one right over a section's label or a breadcrumb trail ("NORTHSHORE ECHO" / "Local News >
    Linnick"); "RISING STAR" over a standfirst is a headline."""
    lines = _page_header(text, blocks)
    at = text.find(title)
    under = text[at + len(title):].lstrip("\n").split("\n", 1)[0] if at >= 0 else ""
    return len(lines) >= 2 or bool(lines) and (section_label(under)
                                               or title.strip().strip("*_").upper().startswith("THE ")
                                               or bool(_placed(capitals_masthead(title)))
                                               or _compound_masthead([title.strip().strip("*_").lower()]))


# A paper's motto under its name: "The west coast's newspaper since 1888", "Serving Tirrel and the valley since
# 1902", "Independent news for Ribeska and the northern valleys"
_MOTTO = re.compile(rf"(?i:.*\bsince\s+1[6-9]\d\d\W*"
                    rf"|(?:serving|(?:the\s+)?voice\s+of)\s+(?:the\s+)?(?-i:[{CAPITALS}]).*"
                    rf"|(?:(?:independent|local|trusted|your)\s+)*news(?:paper)?\s+(?:for|of|from)\s+(?:the\s+)?"
                    rf"(?-i:[{CAPITALS}]).*)|{SLOGAN.pattern}")
# A news agency's slug line over a story: its code (and the story's number), the priority, the date and time, the
# desk's codes ("VNA 22-07-2025 11:02 BUSINESS / INDUSTRY", "MNA0412 1 GEN /WEATHER"), nothing in lower case
_WIRE_SLUG = re.compile(rf"(?P<agency>[{CAPITALS}]{{2,5}})(?P<number>\d{{2,5}})?"
                        rf"(?P<rest>(?:\s+(?:\d{{1,2}}-\d{{1,2}}-\d{{4}}|\d{{1,2}}:\d\d|\d|/?[{CAPITALS}]{{2,}}"
                        rf"(?:-[{CAPITALS}]{{2,}})?|/))+)")     # ("SNA0355 3 GEN /SNA-ENG": its source and language)
_SLUG_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
# An agency's time stamp on a line of its own: "2025-11-19T16:05:00Z"
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?")
# The lines an agency's header has under its slug: "URGENT", "PRIORITY: 3", "Word count: 612", the story's
# keywords ("Malvastra-Economy-Inflation/", "Malvastra-Weather-Storm/ (UPDATE 4, raises death toll)")
_WIRE_FURNITURE = re.compile(r"(?i:urgent|flash|bulletin|priority(?:\s*:\s*\d)?|(?:word\s+count|words|length)\s*:\s*\d+"
                             r"(?:\s+words)?)"
                             r"|[\w'’]+(?:\s[\w'’]+)?(?:-[\w'’]+)+/(?:[\w'’]+(?:-[\w'’]+)*)?(?:\s*\([^()\n]*\))?")


def wire_slug(line: str) -> tuple[str, tuple[int, int, int] | None] | None:
    """(the agency, the (year, first, second) figures of its date or None) a news agency's slug line names
    (``_WIRE_SLUG``: a date or a time, or the story's number and the desk's codes after a slash, say it is one),
    else None."""
    m = _WIRE_SLUG.fullmatch(" ".join(line.split()))
    if m is None or m.group("agency").lower() in _KICKERS | SECTION_NAMES \
            or not (_SLUG_DATE.search(m.group("rest")) or re.search(r"\d:\d\d", m.group("rest"))
                    or m.group("number") and len(m.group("number")) >= 3 and "/" in m.group("rest")):
        return None             # (not "EU / UK TRADE DEAL AGREED", "COVID19 CASES RISE AGAIN", "LIVE 14:05 BST")
    dated = _SLUG_DATE.search(m.group("rest"))
    return m.group("agency"), (int(dated[3]), int(dated[1]), int(dated[2])) if dated else None


# An agency's header line naming it by its code, then by its name or its desk: "VNA - VESCARAN NEWS AGENCY",
# "MNA SPORT"
_AGENCY_HEAD = re.compile(rf"(?P<agency>[{CAPITALS}]{{2,5}})\s+(?:[-–—|]\s+[{CAPITALS} ]+\s+(?:NEWS|PRESS)\s+AGENCY"
                          rf"|(?P<desk>[{CAPITALS}]+))")


def _agency_head(line: str) -> str:
    """The agency's code an agency's header line opens with (``_AGENCY_HEAD``; a desk's word a section's), else ""."""
    m = _AGENCY_HEAD.fullmatch(" ".join(line.split()))
    return m.group("agency") if m and (not m.group("desk") or m.group("desk").lower() in SECTION_NAMES) else ""


def _masthead_furniture(line: str, first: bool = False) -> bool:
    """Whether a line under a paper's name or an agency's slug, in a text file, is the header's furniture, never
    a headline: the paper's motto, a rule, a breadcrumb trail ("Politics > Budget 2027"), a publication line
    ("COURTS    Wednesday 19 November 2025", "Published 04/12/26 | Obituaries"), a section's label in capitals
    before a bar over a label or a column's name in quotes ('LIVES | "My life on the rock"', "ECONOMY | PRIORITY"), an
    agency's (``_WIRE_FURNITURE``); the motto on the ``first`` line under the name only."""
    parts = re.split(r"\s{2,}|\s+[|·•]\s+", line.strip())
    barred = re.split(r"\s+[|·•]\s+", line.strip())
    line = " ".join(line.split())
    return bool(metadata_line(" ".join(parts)) or BREADCRUMB.match(line) or section_label(line) or _section_line(line)
                or _WIRE_FURNITURE.fullmatch(line)
                or first and _MOTTO.fullmatch(line) and line[-1:] not in ".!?" and len(line.split()) <= 12
                or len(parts) >= 2 and any(publication_date(p) or re.match(r"(?i:published|updated)\b", p)
                                           for p in parts)
                and all(len(p.split()) <= 3 or publication_date(p) for p in parts)     # (not a headline's words)
                or len(barred) == 2 and barred[0].isupper() and len(barred[0].split()) <= 2
                and (section_label(barred[1]) or barred[1][:1] in "\"“‘'"))


# A rule across a text: a line of ten or more dashes, equals signs, underscores or stars
_RULE = re.compile(r"([-=_*])\1{9,}")


def _headline_under_furniture(text: str, body: int, title: str, blocks) -> tuple[str, tuple[str, tuple]] | None:
    """For a text file whose first line is a paper's name in capitals ("ARDESK COURIER", an edition's word
    after it or not: "ARDESK COURIER WEEKEND") with furniture lines under it (``_masthead_furniture``), or an
    agency's slug line (``wire_slug``), the furniture's perhaps: (the paper or the agency, (the headline under
    them, the blocks of the story)); else None."""
    words = title.split()
    slug = wire_slug(title)
    name = capitals_masthead(title) or (capitals_masthead(" ".join(words[:-1]))
                                        if len(words) >= 3 and words[-1].lower() in _EDITIONS else "") \
        or (slug[0] if slug else "") or _agency_head(title)
    at = text.find(title, body)
    if not name or at < 0:
        return None
    end, furniture, wired = at + len(title), 0, False
    under = text[end:].split("\n")
    ruled = next((i for i, line in enumerate(under[:4]) if _RULE.fullmatch(line.strip())), 0)     # (a rule closing
    # the masthead: the lines over it its own, a motto or a list of places, "Wrenmouth, Lanrick Bay and the Western
    # Isles")
    if any(len(line.split()) > 12 or re.search(r"[.!?]\W*$", line) for line in under[1:ruled]):
        ruled = 0
    for i, line in enumerate(under):      # (the furniture's lines, and the blank ones between)
        if line.strip() and i > ruled and not _masthead_furniture(line, first=i == 1):
            break
        end, furniture = end + len(line) + 1, furniture + bool(line.strip())
        wired = wired or bool(_WIRE_FURNITURE.fullmatch(line.strip()) or _STAMP.fullmatch(line.strip()))
    if not slug and name == _agency_head(title) and " AGENCY" not in title.upper() and not wired:
        return None             # ("UK POLITICS" over a headline: a site's section, no agency's desk)
    if not (furniture or slug):
        return None
    story = _story_after(text, end, blocks)
    if not story:
        return None
    headline, rest = _headline_under(text, body, title, story)
    if headline == title:       # (one block: the headline alone over the story)
        headline, rest = _opening_headline(text, story) or (title, ())
    return (name, (headline, rest)) if headline != title and rest else None


def _story_after(text: str, end: int, blocks) -> tuple[tuple[int, int], ...]:
    """``blocks`` from ``end`` on (a header's furniture before it), each from its first character that is no space."""
    end = min(end, len(text))
    story = ((max(a, end), b) for a, b in blocks if b > end)
    return tuple((a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in story if text[a:b].strip())


# A header's line of furniture over a text file's headline: parts set apart by two spaces or more, a bar, a middle dot,
# a star or a dash, each the paper's or an agency's name, a section's, a date, a time, a page, an edition, the comments'
# count or an agency's labelled field ("THE KALDMERE COURIER  |  Saturday 16 May 2026  |  Page 2", "THE LEDGER  ·
# Property  ·  Thursday 14 August 2025", "Sunday 1 February 2026  |  148 comments", "2026/06/10 09:12  YNA  ECONOMY",
# "Friday, February 7, 2025 - Late edition", "PRIORITY: URGENT   TOPICS: LABOUR/MINING")
# (and a breadcrumb's: "News  >  Coast & Fisheries"; a page's number after a comma: "…, page 14")
_APART = re.compile(r"\s+(?:[|·•*>›»]|--|[-–—])\s+|\s{2,}|,\s+(?=(?i:page|p\.)\s*\d{1,3}$)")
_CLOCK = re.compile(rf"(?:\d{{1,2}}[:.]\d\d(?:\s*(?i:[ap]\.?m\.?))?)?\s*(?:[{CAPITALS}]{{2,4}}(?:[+-]\d{{1,2}})?)?")
_PART_KINDS = (("page", re.compile(r"(?i:page|p\.)\s*\d{1,3}|(?i:front|back)\s+page")),    # ("… - Front page")
               ("serial", re.compile(r"(?:(?i:no)\.?\s*|#)?\d{3,6}")),       # an agency's story number: "XPA 0412"
               ("edition", re.compile(r"(?i:(?:late|early|final|first|second|city|weekend|morning|evening|digital|print"
                                      r"|country)\s+edition|(?:week|issue)(?:\s+no\.?)?\s*\d{1,4})")),   # ("Week 17")
               ("comments", re.compile(r"\W*\d[\d,]*\s+(?i:comments?|replies)")),
               # an agency's flag for a story's urgency or version: "PRIORITY", "URGENT", "2ND LEAD", "WRITETHRU"
               ("flag", re.compile(r"PRIORITY|URGENT|FLASH|BULLETIN|ROUTINE|WRITETHRU|ADVISORY|REFILE|CORRECTED"
                                   r"|UPDATE(?:\s+\d{1,2})?|(?:\d{1,2}(?:ST|ND|RD|TH)\s+)?(?:LEAD|TAKE|ADD)")),
               ("field", re.compile(r"(?i:priority|topics?|slug|keywords?|tags|categor(?:y|ies)|section|desk|service"
                                    r"|routing|words|word\s+count|edition|page)\s*:\s*\S.*")),
               ("slug", re.compile(rf"[{CAPITALS}]+(?:[-/][{CAPITALS}]+)*-[{CAPITALS}]+(?:/[{CAPITALS}]+)?"
                                   r"(?:\s*\([^()\n]*\))?")))
_BROADCAST = frozenset({"radio", "tv", "television", "fm"})


def _part_kind(part: str) -> str:
    """What a part of a header's furniture line is (``_APART`` parts it): "name" (a paper's, an agency's, a
    broadcaster's), "code" (an agency's code, alone or with its story's number or its desk in capitals: "XPA 0412",
    "PNA SPORT"), "date", "clock", "section", "page", "serial" (a story's number),
    "edition", "comments", "flag" ("URGENT", "2ND LEAD"), "field", "slug", "motto" ("The voice of Xelmora"), "loose" (a
    capitalised word or
    four: a section named otherwise, "Property", "WHAT'S ON / FILM"), else ""."""
    part = _EDITION_OF.sub("", part)       # "Edition of Monday 21 September 2026": its date
    words, dates = part.split(), full_dates(part)
    if not words:
        return ""
    if dates:
        left = part
        for found in reversed(dates):
            left = left[:found.start] + left[found.end:]
        if _CLOCK.fullmatch(_WEEKDAY_END.sub("", re.sub(r"[,|·•]", " ", left)).strip()):
            return "date"
    if part.lower() in SECTION_NAMES or section_label(part) or _section_line(part):
        return "section"
    if re.fullmatch(rf"[{CAPITALS}]{{2,5}}(?:\s+\d{{3,6}})?", part) or re.fullmatch(rf"[{CAPITALS}]{{2,5}}", words[0]) \
            and len(words) <= 3 and part.isupper() and all(w.lower() in SECTION_NAMES - {"news"} for w in words[1:]):
        return "code"           # (with its story's number, "XPA 0412", or its desk in capitals: "PNA SPORT"; not "YBC
        # NEWS", nor "NBS Weather")
    if _CLOCK.fullmatch(part) and re.search(r"\d", part):
        return "clock"
    part = _EDITION_AFTER.sub("", part)         # "DAILY BEACON e-Edition": the paper's name
    if capitals_masthead(part) or len(words) <= 4 and (masthead(part) or header_masthead(part)
                                                        or today_masthead(part)) \
            or words[0].isupper() and any(w.lower() in _BROADCAST for w in words[1:]):
        return "name"           # (not a headline in title case ending in a paper's word: "… Breaks World Record")
    kind = next((kind for kind, form in _PART_KINDS if form.fullmatch(part)), "")
    if kind:
        return kind
    if _MOTTO.fullmatch(part):
        return "motto"          # "DAILY BEACON  The voice of Xelmora"
    words = [w for w in words if w != "/"]      # ("WHAT'S ON / FILM": a section and its part)
    return "loose" if 1 <= len(words) <= 4 and words[-1] != "&" \
        and all(w == "&" or w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'’&]*", w) for w in words) else ""


_EDITION_OF = re.compile(r"^(?i:(?:(?:print|weekend|digital|late|early|final)\s+)?(?:edition|issue)"
                         r"(?:\s+(?:of|for|dated)|\s*[,:])\s+)(?=\S)")    # ("Print edition, Monday 11 May 2026")
# The edition a paper's name may carry on an e-paper's page: "DAILY BEACON e-Edition", "THE COURIER Digital Edition"
_EDITION_AFTER = re.compile(r"\s+(?i:e-?edition|e-?paper|digital\s+edition|print\s+edition|online)$")


def furniture_parts(line: str) -> list[tuple[str, str]]:
    """(kind, part) of each part of a header's furniture line (``_part_kind``: each part known, two that are
    neither "loose" nor an agency's code alone, or a code beside a name, or a name or a code first and only
    sections, mottos or "loose" parts after it: "PNA SPORT - ROWING"; a "loose" part or a motto only beside a name
    or a code), else []."""
    parts = [part.strip("*_").strip() for part in _APART.split(line.strip().strip("*_").strip())]    # ("**… · BOOKS**",
    parts = [part for part in parts if part]                                                    # "**NAME** | …")
    kinds = [_part_kind(part) for part in parts]
    if len(parts) >= 2 and kinds[0] == "loose" and parts[0].isupper() and 2 <= len(parts[0].split()) <= 3 \
            and {"date", "section"} & set(kinds[1:]) \
            and set(kinds[1:]) <= {"date", "section", "loose", "clock", "edition", "page"}:
        kinds[0] = "name"       # a paper's name in capitals before its section and date: "THE EXCHANGE | Companies |
        # Friday 4 December 2026", "HERALD WEEKEND · BOOKS"
    firm = [kind for kind in kinds if kind not in ("loose", "code", "motto")]
    # (after a name or a code, sections, its motto or labels in capitals alone: not a headline in title case, "Kelvik
    # Courier - Storm Hits Coast", "UN - Climate Talks Collapse")
    after_name = bool(kinds) and kinds[0] in ("name", "code") \
        and all(kind == "section" or kind == "motto" and kinds[0] == "name" or kind == "loose" and part.isupper()
                for kind, part in zip(kinds[1:], parts[1:])) \
        or kinds[:1] == ["name"] and kinds[1:] == ["loose"] and len(parts[1].split()) == 1     # its town: "Glaskerra
    # News Agency -- Morrabeck"
    if len(parts) < 2 or not all(kinds) or len(firm) < 2 and not ("code" in kinds and "name" in kinds) \
            and not after_name \
            or {"loose", "motto"} & set(kinds) and not {"name", "code"} & set(kinds):
        return []               # (a headline in title case is loose too: "Bridge Shut Again  ·  14 March 2026")
    return list(zip(kinds, parts))


def _furniture_under(line: str) -> bool:
    """Whether a line under a header's furniture line is more of it: another such line; a date, a time, an
    agency's labelled field, its keywords' slug, a section's or a paper's name on a line of its own; a line opening
    with a date (``_dated_first``), a publication line ("Last updated at 11:20") or a place's dateline ("BRANNOCK,
    Oct. 2, 2025 / 17:48 local time"); or a line ``_masthead_furniture`` knows."""
    line = line.strip()
    return bool(furniture_parts(line)) or _part_kind(line) in ("date", "clock", "field", "slug", "section", "name") \
        or bool(_RELEASE_LINE.fullmatch(line) or _RELEASE_LABEL.fullmatch(line)) or view_online(line) \
        or bool(_FLAGS.fullmatch(line)) \
        or bool(_dated_first(line)) or bool(publication_date(line)) or bool(placed_date(line)) \
        or bool(CHANGED_LINE.match(line)) and any(ch.isdigit() for ch in line) or _masthead_furniture(line)


# An agency's flags in capitals, parted by slashes: "URGENT / BUSINESS / PRIORITY 2"
_FLAGS = re.compile(rf"[{CAPITALS}][{CAPITALS}\d ]{{0,24}}(?:\s+/\s+[{CAPITALS}][{CAPITALS}\d ]{{0,24}})+")


def _dated_first(line: str) -> str:
    """The date a header's line opens with as its first part (``_APART``: "Thursday 6 August 2026 * 17 Harvest
    1292", the date in another calendar after it), else ""."""
    first, *rest = _APART.split(line.strip())
    named = all(re.search(r"\d", part) or all(w[:1].isupper() for w in part.split()) for part in rest)
    return first if rest and named and _part_kind(first) == "date" else ""      # (not "… - Council meets today")


def _headline_under_furniture_lines(text: str, body: int, title: str, blocks) -> tuple[str, tuple[str, tuple]] | None:
    """For a text file whose first line is a header's furniture line (``furniture_parts``), or a paper's name over
    one with its date ("KELVIK EVENING POST" / "Friday, February 7, 2025 - Late edition"): (the paper or agency it
    names, or "", (the headline under the furniture's lines, the blocks of the story)); else None."""
    at = text.find(title, body)
    under = next((line for line in text[at + len(title):].split("\n") if line.strip() and not is_clutter(line)), "") \
        if at >= 0 else ""      # (past its slogan: "Your weekly paper for Istermoor …")
    parts = furniture_parts(title) or ([("name", title)] if (capitals_masthead(title) or masthead(title))
                                       and (_dated_first(under) or _part_kind(under.strip()) == "date"
                                            or any(kind == "date" for kind, _ in furniture_parts(under))) else [])
    if not parts or at < 0:
        return None
    end = at + len(title)
    for line in text[end:].split("\n"):
        if line.strip() and not _furniture_under(line):
            break
        end += len(line) + 1
    story = _story_after(text, end, blocks)
    if story and any(kind == "section" for kind, _ in parts):
        story = _past_kicker(text, story)       # "SPORT" in the furniture, then "BOWLS" over the headline
    if not story:
        return None
    headline, rest = _opening_headline(text, story) or _headline_under(text, body, title, story)
    if headline == title or not rest or _furniture_under(headline):
        return None
    return _furniture_name(parts), (headline.lstrip("#").strip(), rest)    # (a Markdown heading's: "# …")


_KICKER = re.compile(rf"[{CAPITALS}]{{3,20}}")
_KICKED_HEADLINE_WORDS = 20


def _past_kicker(text: str, story: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``story`` past a subject's label, one word in capitals alone in the first paragraph ("BOWLS"), when a headline
    follows it (a line alone, closing no sentence) and a byline follows that ("Words and pictures: Bertil Haaland");
    as it is otherwise (a tabloid's headline in capitals, "CUP GLORY", "GUILTY", over its standfirst or story)."""
    paragraphs = [p.strip() for p in text[story[0][0]:story[0][0] + 2000].split("\n\n") if p.strip()]
    if len(paragraphs) < 4 or not _KICKER.fullmatch(paragraphs[0]) or "\n" in paragraphs[1] \
            or len(paragraphs[1].split()) > _KICKED_HEADLINE_WORDS or paragraphs[1].endswith(".") \
            or "\n" in paragraphs[2] or not byline(paragraphs[2]):
        return story
    start, end = story[0]
    return _story_after(text, start + len(text[start:end].split("\n", 1)[0]) + 1, story)


# A release's label under its issuer's name: "PRESS RELEASE", "News release", "Media statement", "Press notice",
# "Joint statement", "Communiqué", and the lines of one: "For immediate release", "FOR IMMEDIATE RELEASE: 20 January
# 2026", "Embargoed until 00:01 Wednesday 21 January", "Release no. 14/2026"
_RELEASE_LABEL = re.compile(r"(?:(?:press|news|media)\s+(?:release|statement|notice|advisory|briefing|summary)"
                            r"|(?:joint\s+|official\s+)?statement|communiqu[eé])(?:\s*(?:no\.?|number)\s*[\w/-]+)?",
                            re.IGNORECASE)
_RELEASE_LINE = re.compile(r"(?:for\s+immediate\s+release|embargoed\b|not\s+for\s+(?:publication|release)\b"
                           r"|release\s+(?:no\.?|number)\s*[\w/-]+)[^\n]{0,80}", re.IGNORECASE)
# An issuer's name on a line of its own: two to eight words, each capitalised (or a particle), no sentence's stop
_ISSUER = re.compile(rf"(?:[{CAPITALS}][\w&'’.-]*|of|for|and|the|&)"
                     rf"(?:[ \t]+(?:[{CAPITALS}][\w&'’.-]*|of|for|and|the|on|&)){{1,7}}"
                     rf"(?:[ \t]+\([{CAPITALS}]{{2,6}}\))?")       # (its initials after it: "… AGENCY (SMA)")


def _release_header(text: str, body: int, title: str, blocks) -> tuple[str, tuple[str, tuple]] | None:
    """For a text file that opens with an issuer's or a site's name over what says it is theirs: the name over a
    release's label ("MINISTRY OF HEALTH" / "PRESS RELEASE", "Kelvik City Council" / "News release"), then its date
    and embargo lines; or a site's name over its address, a slogan between them or not ("Dunmorrow Live" / "News for
    Dunmorrow and the Mossen valley" / "https://www.dunmorrowlive.com/2025/06/14/…", as a page copied from a
    browser opens); or an organisation's name in capitals, alone or over its office's lines, over a document's title
    in capitals ("STURDANA MEDICINES AGENCY (SMA)" / "Drug Safety and Quality Division" / "MEDICINES RECALL NOTICE"):
    (the name, as written or in capitals made title case, (the headline or the title under them, the blocks of the
    story)); else None."""
    at = text.find(title, body)
    name = title.strip().strip("*_").strip()
    if at < 0 or not _ISSUER.fullmatch(name) or name.endswith("."):
        return None
    end, labelled, lines = at + len(title), False, text[at + len(title):].split("\n")
    head = [line.strip() for line in itertools.takewhile(str.strip, lines[1:])]     # the lines under it, to a gap
    sited = next((n for n, line in enumerate(head[:_SLOGAN_LINES + 1]) if _spells(_SITE_ADDRESS.fullmatch(line), name)),
                 None)
    issuer = sited is None and bool(_ORGANISATION.search(name)) and len(head) <= _DESK_LINES \
        and all(map(_desk_line, head))      # (its name alone, or over its office's lines, then a gap)
    capitals = _INITIALS_AFTER.sub("", name).isupper()      # (a headline in title case may name an organisation)
    if sited is not None:           # the site's name, its slogan and its address: the header
        end += sum(len(line) + 1 for line in lines[:sited + 2])
        labelled = True
    elif issuer:                    # an organisation's name over its office's lines ("Communications Office |
        end += sum(len(line) + 1 for line in lines[:len(head) + 1])     # press@…", "Planning Department")
    for line in text[end:].split("\n"):
        part = line.strip().strip("*_").strip()
        if part and not (_RELEASE_LABEL.fullmatch(part) or _RELEASE_LINE.fullmatch(part)
                         or labelled and _furniture_under(part) or issuer and _part_kind(part) == "date"):
            break
        labelled = labelled or bool(_RELEASE_LABEL.fullmatch(part))
        end += len(line) + 1
    if issuer and not labelled and capitals:    # an organisation's document under its name: its title in capitals
        first = text[end:].split("\n", 1)[0]                          # ("EARTHQUAKE INFORMATION BULLETIN",
        heading = first.strip()                                       # "MEDICINES RECALL NOTICE")
        story = _story_after(text, end + len(first) + 1, blocks)
        if not (heading.isupper() and len(heading.split()) >= 2 and story) \
                or _part_kind(heading) in ("date", "section") or bool(dateline(heading)):
            return None
        return _issuer_name(name), (heading, story)
    story = _story_after(text, end, blocks) if labelled else ()
    if not story:
        return None
    headline, rest = _opening_headline(text, story) or _headline_under(text, body, title, story)
    if headline == title or not rest or _furniture_under(headline):
        return None
    return _issuer_name(name), (headline, rest)


def _issuer_name(name: str) -> str:
    """An issuer's name as written, or in capitals made title case ("MINISTRY OF HEALTH": "Ministry of Health"; its
    initials after it as they are: "STURDANA MEDICINES AGENCY (SMA)": "Sturdana Medicines Agency (SMA)")."""
    initials = _INITIALS_AFTER.search(name)
    written = _PARTICLE_WORD.sub(lambda m: m.group().lower(), _capitals_as_written(name[:initials.start()]
                                                                                   if initials else name))
    return f"{written} ({initials.group(1)})" if initials else written


# An organisation's word in its name: "… Ministry of Health", "Lindqvar Municipal Council", "… Medicines Agency"
_ORGANISATION = re.compile(r"\b(?i:ministry|department|council|agency|service|court|university|college|office"
                           r"|authority|commission|police|hospital|trust|bank|institute|board|government|parliament"
                           r"|assembly|committee|embassy|survey|bureau|directorate|inspectorate|ombudsman|regulator"
                           r"|tribunal|federation|association|corporation|foundation|society)\b")
_DESK_LINES = 2         # an issuer's office's lines under its name: a division, an address, a contact line
_DESK_WORDS = 14


def _desk_line(line: str) -> bool:
    """Whether a line under an issuer's name is its office's (a division, an address, its contacts): no sentence, no
    byline."""
    return bool(line) and not line.endswith((".", "?", "!")) and len(line.split()) <= _DESK_WORDS \
        and not _RELEASE_LABEL.fullmatch(line) and not line.isupper() and not byline(line)


# A site's address on a line of its own ("https://www.dunmorrowlive.com/2025/06/14/…", "www.dunmorrowlive.com"), its
# host's name before the domain's ending as ``host``
_SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)*?)\.[a-z]{2,6}(?:\.[a-z]{2})?"
                           r"(?:[/?#]\S*)?", re.IGNORECASE)
_SLOGAN_LINES = 1       # lines between a site's name and its address (its slogan)


def _spells(address: re.Match | None, name: str) -> bool:
    """Whether a site's ``address`` spells ``name``: its host's letters and digits are the name's, "The" or not
    ("dunmorrowlive" for "Dunmorrow Live")."""
    if address is None:
        return False
    host = re.sub(r"[\W_]", "", address.group("host").rsplit(".", 1)[-1]).lower()
    letters = re.sub(r"[\W_]", "", name).lower()
    return len(host) >= 4 and host in (letters, letters.removeprefix("the"))


_PARTICLE_WORD = re.compile(r"(?<=\s)(?:Of|For|And|The|On)\b")      # ("MINISTRY OF HEALTH": "Ministry of Health")


def _furniture_name(parts: list[tuple[str, str]]) -> str:
    """The paper or agency the (kind, part) ``parts`` of a header's furniture line name (``furniture_parts``), as it
    writes its name (before a magazine's in capitals), else ""."""
    names = sorted((part for kind, part in parts if kind == "name"), key=lambda part: part.isupper())
    name = _EDITION_AFTER.sub("", names[0].lstrip("\ufeff")) if names else ""
    return capitals_masthead(name) or masthead(name) or header_masthead(name) or today_masthead(name) \
        or _capitals_as_written(name)


def _capitals_as_written(name: str) -> str:
    """A name in capitals with its words capitalised ("BRESKA STUDENT RADIO" → "Breska Student Radio"), an agency's
    or a broadcaster's initials of two or three letters before its medium or "NEWS" as they are ("MBC RADIO ONE" →
    "MBC Radio One", "UBC NEWS" → "UBC News"; "ORL VALLEY COURIER" → "Orl Valley Courier")."""
    if not name.isupper() or len(name.split()) == 1 and len(name) <= 5 and name.isalpha():
        return name
    words = name.split()
    return " ".join(word if word.lower() in ("fm", "tv") or 2 <= len(word) <= 3 and word.isalpha()
                    and i + 1 < len(words) and words[i + 1].lower() in _BROADCAST | _NEWS_WORDS
                    and (not re.search("[AEIO]", word) or not common_word(word.lower())) else word.capitalize()
                    for i, word in enumerate(words))        # (not "OAK BAY NEWS": "Oak Bay News")


_NEWS_WORDS = frozenset({"news", "sport", "online", "world"})     # after a broadcaster's initials: "UBC NEWS"


def furniture_date(text: str, body: int, blocks) -> str:
    """The ISO date of the first furniture line over a text file's story (``furniture_parts``), of a line opening
    or closing with a date (``_dated_first``; "Weekend results | Mon 16 Feb 26") or of a date alone on a line there,
    else ""."""
    for line in text[body:blocks[0][0]].split("\n") if blocks else ():
        line = line.strip().lstrip("\ufeff")       # (a text saved with a byte-order mark keeps it)
        barred = re.split(r"\s+[|·•]\s+", line)       # "Weekend results | Mon 16 Feb 26" (not an event's "… - 12 May")
        last = barred[-1].strip() if len(barred) > 1 else ""
        dated = next((part for kind, part in furniture_parts(line) if kind == "date"), "") or _dated_first(line) \
            or (line if line and _part_kind(line) == "date" else "") \
            or (last if last and _part_kind(last) == "date" else "")
        if dated:
            return full_dates(dated)[0].iso()
    return ""


def slug_date(text: str, blocks) -> str:
    """The ISO date of an agency's slug line opening ``text`` ("VNA 22-07-2025 11:02 …"): its figures' day
    and month where only one reading is a date, else the one the story's dateline gives ("BRISNA, 12 June
    (VNA) -"), else ""."""
    slug = wire_slug(text.lstrip().split("\n", 1)[0])
    if slug is None or slug[1] is None:
        return ""
    opening = text[blocks[0][0]:blocks[0][1]].lstrip().split("\n", 1)[0] if blocks else ""
    return dashed_date(*slug[1], opening[:80])


# A standfirst under a headline is a line of its own, longer than a headline but no paragraph
_STANDFIRST_WORDS = 40


def _page_header(text: str, blocks) -> list[str]:
    """The lines of the first block when it is a page's header under its masthead: the headline
    and a standfirst or two ("Former Quarrow Mining boss jailed for six years" / "Finance director
    also jailed; operations manager cleared"), each a line of its own, with the byline or the date
    line after them and the story after those; else []."""
    if len(blocks) < 2:
        return []
    lines = [line.strip() for line in text[blocks[0][0]:blocks[0][1]].split("\n") if line.strip()]
    if not 1 <= len(lines) <= 3 or any(len(line.split()) > _STANDFIRST_WORDS for line in lines) \
            or lines[0].endswith((".", ":", ";", ",")):
        return []
    between = [line for line in text[blocks[0][1]:blocks[1][0]].split("\n") if line.strip()]
    return lines if any(_byline(line) or publication_line(line) for line in between) else []


# A heading over readers' comments: "Comments", "12 comments", "Have your say", "Replies"
_COMMENTS = re.compile(r"^[ \t]*(?:\d+\s+)?(?:comments?|reader\s+comments|replies|have\s+your\s+say|join\s+the\s+"
                       r"(?:conversation|debate)|your\s+(?:views|comments))(?:\s*\(\d+\))?\W*$",
                       re.IGNORECASE | re.MULTILINE)


# A wire's closing time group: its name, the day with the time, the zone, the month and the year ("BNA 021847 CEST JUL
# 26": 2 July 2026, 18:47)
_TIME_GROUP = re.compile(rf"[{CAPITALS}]{{2,8}}\s+(?P<d>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d\s+[{CAPITALS}]{{1,5}}\s+"
                         rf"(?P<m>[{CAPITALS}]{{3}})\s+(?P<y>\d\d)")


# What a date line's time stamp may hold beside its date: its weekday, its time, its zone ("Thursday, … 08:45:10 GMT")
_STAMP_WORD = re.compile(rf"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\d{{1,2}}[:.]\d\d(?::\d\d)?(?i:[ap]m)?"
                         rf"|[{CAPITALS}]{{2,5}}|[+-]\d\d:?\d\d|\W+")


def _closing_stamp(text: str, opening: str, lines: int = 6) -> str:
    """The ISO date of a date line among the last ``lines`` lines of ``text`` (a wire's time stamp under its
    credits, its keywords and copyright after it: "Thursday, 26 March 2026 08:45:10 GMT", or its time group: "BNA
    021847 CEST JUL 26"; its dateline giving no year), where the story's ``opening`` gives the same day and month (or
    the day before, a stamp after midnight) or none, else ""."""
    last = [line.strip() for line in text.rstrip().split("\n")[-2 * lines:] if line.strip()][-lines:]
    for line in reversed(last):
        dates = full_dates(line) if len(line) <= 60 else []
        rest = (line[:dates[0].start] + " " + line[dates[0].end:]) if dates else ""
        when = dates[0].iso() if dates and all(_STAMP_WORD.fullmatch(word) for word in re.findall(r"[^\s,]+", rest)) \
            else ""
        group = _TIME_GROUP.fullmatch(line)
        if group:
            try:
                when = datetime.date(short_year(int(group["y"])), month_number(group["m"]), int(group["d"])).isoformat()
            except ValueError:          # (no month of that name, no such day)
                when = ""
        if when:
            stamped = datetime.date.fromisoformat(when)
            named = [(d.month, d.day) for d in dates_named(opening, stamped.year) if d.day]
            before = stamped - datetime.timedelta(days=1)
            agrees = not named or named[0] in ((stamped.month, stamped.day), (before.month, before.day))
            return when if agrees else ""
    return ""


def _before_comments(text: str, after: int) -> str:
    """``text`` up to a heading over readers' comments after ``after`` (the first block's end), else all of it."""
    m = _COMMENTS.search(text, after)
    return text[:m.start()] if m else text


def _credited_after(text: str, block: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the block ``text[block[0]:block[1]]`` is one line of at most 20 words (a headline, which may end
    as a sentence does) with a byline or a publication line between it and the next block."""
    line = text[block[0]:block[1]].strip()
    between = text[block[1]:after[0]].split("\n")
    return bool(line) and "\n" not in line and len(line.split()) <= 20 \
        and any(publication_date(part) or byline(part) for part in between)


def _headline(block: str) -> bool:
    """Whether a block is a headline alone: one line of at most 20 words, not ending as a sentence
    does (a question or an exclamation may)."""
    line = block.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= 20 and not line.endswith((".", ":", ";", ","))


# A print page's running head or foot cutting into its text, in its shape: the page's number, the paper, the date
# ("4 | The Elmurian Ledger | Tuesday 9 June 2026", "Tuesday 9 June 2026 | The Elmurian Ledger | 5"); only a paper's
# name and a full date make it one (``running_head_line``: not a table's "1 | Norway | 2022")
_RUNNING_HEAD = re.compile(r"^\s*(?:(?P<page>\d{1,3})\s*[|•·]\s*(?P<paper>[^|•·\d][^|•·]{2,60}?)\s*[|•·]\s*"
                           r"(?P<date>[^|•·]*\b(?:19|20)\d\d\b[^|•·]*?)"
                           r"|(?P<date2>[^|•·]*\b(?:19|20)\d\d\b[^|•·]*?)\s*[|•·]\s*(?P<paper2>[^|•·\d][^|•·]{2,60}?)"
                           r"\s*[|•·]\s*(?P<page2>\d{1,3}))\s*$")


# ... and as text copied from a PDF gives it, its parts set apart with spaces: "ORREBROOK EVENING POST      Friday, 5
# September 2025 A1", "A6 ORREBROOK EVENING POST      Friday, 5 September 2025"
_SPACED_HEAD = re.compile(rf"^\s*(?:(?P<page>[{CAPITALS}]?\d{{1,3}})\s+)?(?P<paper>[^\d\s][^\n]{{2,60}}?)\s{{3,}}"
                          rf"(?P<date>[^\n]*?\b(?:19|20)\d\d)(?:\s+(?P<page2>[{CAPITALS}]?\d{{1,3}}))?\s*$")


def running_head_line(line: str) -> tuple[str, str] | None:
    """(the paper, the ISO date) of a print page's running head or foot ("4 | The Elmurian Ledger | Tuesday 9
    June 2026": ``_RUNNING_HEAD``, a paper's name and a full date between its bars; or set apart with spaces,
    ``_SPACED_HEAD``), else None (a table's row "1 | Norway | 2022", "3 | Anna Berg | 12 May 2026")."""
    head = _RUNNING_HEAD.match(line.strip()) if "|" in line or "·" in line or "•" in line else None
    if head is None:
        spaced = _SPACED_HEAD.match(line) if "   " in line else None
        paper, date = (spaced.group("paper").strip(), spaced.group("date").strip()) if spaced else ("", "")
    else:
        paper = (head.group("paper") or head.group("paper2")).strip()
        date = (head.group("date") or head.group("date2")).strip()
    name = (masthead(paper) or today_masthead(paper) or capitals_masthead(paper)) if paper else ""
    when = (publication_date(f"{paper} | {date}") or publication_date(date)) if name else ""
    return (name, when) if when else None


def running_head(text: str) -> tuple[str, str]:
    """The paper and the date (ISO) the first running head or foot of a print page in ``text`` names
    (``running_head_line``); ("", "") when none."""
    return next(filter(None, map(running_head_line, text.split("\n"))), ("", ""))


def _date(text: str, body: int, blocks, declared: str) -> str:
    """The front matter's date, else a publication line's, else the header's masthead date, else the
    first paragraph's dateline; last a release's date line ("Issued: …", "Halvenmoor, 16 September
    2025"), which may also be an event's ("Released: 14 February 2025" in a film's fact box, "Easter
    Sunday, 5 April 2026", a caption's "Skarvik Light, 12 June 1987")."""
    if declared:
        found = full_dates(declared)
        if found:
            return found[0].iso()
    lines = text[body:blocks[0][0] + 2000].strip().split("\n")      # (a blank line between a date line and
    dated = [publication_date(line) for line in lines]                  # "Label: value" lines: no fact box)
    for line, when in zip(lines, dated):
        if when and not _RELEASED_LINE.match(line):
            return when
    for line in text[body:blocks[0][0]].split("\n"):       # the header's "The Harbour Post, 29 August 2026"
        when = masthead_date(line)
        if when:
            return when
    when = opening_dateline(text, blocks) or titled_date(text[body:blocks[0][0]])
    if when:
        return when
    when = running_head(text)[1]        # a print page's "4 | The Elmurian Ledger | Tuesday 9 June 2026"
    if when:
        return when
    for i, line in enumerate(lines):
        when = placed_date(line) or (dated[i] if not _fact_box(lines, dated, i) else "")
        if when:
            return when
    return ""


_RELEASED_LINE = re.compile(rf"^\W*(?:{RELEASE_WORDS})\b", re.IGNORECASE)
# "Running time: 1h 52m" (not a press release's "Contact: …" nor a bulletin's "Issued by: …")
_FACT_LINE = re.compile(r"^\W*(?!(?:Contact|Press|Media|Enquiries|Notes|For\s+more|(?:Issued|Released|Published)"
                        rf"\s+by)\b)[{CAPITALS}][\w'’-]*(?:\s+[\w'’-]+){{0,2}}\s*:\s+\S")


def _fact_box(lines: list[str], dated: list[str], i: int) -> bool:
    """Whether the date line ``lines[i]`` stands among "Label: value" lines, next to one (a film's or an
    event's facts: "Director: …", "Released: …", "Running time: …"), not in a page's header (``dated``:
    each line's publication date)."""
    return any(_FACT_LINE.match(lines[j]) and not dated[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))


def titled_date(header: str) -> str:
    """The ISO date a header's first line in capitals closes with after a dash or a bar ("NEWS IN BRIEF
    - 9 June 2026"), else "" (a headline's date is an event's: "Harbour festival returns - 12 September")."""
    first = next((line.strip() for line in header.split("\n") if line.strip()), "")
    parts = re.split(r"\s+[-–—|]\s+", first)
    return publication_line(parts[-1]) if len(parts) > 1 and parts[0].isupper() else ""


def opening_dateline(text: str, blocks) -> str:
    """The ISO date of the dateline opening the first paragraph ("LISBON, January 9, 2025 - …"), or the
    story's first line after header lines the first block opens with ("Weather Correspondent"), or ""."""
    opening = dateline(text[blocks[0][0]:blocks[0][1]].lstrip().split("\n", 1)[0])
    if opening:
        return opening
    story = story_start(text, blocks[0][0])
    end = text.find("\n", story)
    return dateline(text[story:end if end >= 0 else len(text)])


# The story's first paragraph is a line of so many words: a live page's key points, a standfirst or a
# kicker before it are its header, with the credits among them
_STORY_LINE_WORDS = 20


def story_start(text: str, start: int) -> int:
    """Where the first line of at least ``_STORY_LINE_WORDS`` words at or after ``start`` begins
    (within 2,000 characters), else the first paragraph of that many (a text wrapped at a fixed
    width), else ``start``: the byline and the date lines of a page come before the story, and may
    come after its first sentence ("Key points:", a standfirst)."""
    opened = text.rfind("\n", 0, start) + 1
    window = text[opened:start + 2000]
    at = opened
    for line in window.split("\n"):
        if len(line.split()) >= _STORY_LINE_WORDS:
            return at
        at += len(line) + 1
    at = opened
    for paragraph in re.split(r"(\n\s*\n)", window):
        if len(paragraph.split()) >= _STORY_LINE_WORDS and "\n" in paragraph.strip():
            return at
        at += len(paragraph)
    return start


def byline_above(text: str, start: int, blocks) -> str:
    """The name in the first byline ("By Kim Ode", ``line_byline``) between ``start`` and the first
    paragraph, or the story's first line when the header's credits come after a first block of key
    points or a standfirst (``story_start``; a first block of one line under ``_STANDFIRST_WORDS`` words with
    only credit lines after it: "Cheaper gas drags the rate down" / "By Tarquin Oyelaran, Economics
    Correspondent"), or ""."""
    end = max(blocks[0][0], story_start(text, blocks[0][0]))
    first = text[blocks[0][0]:blocks[0][1]].strip()
    between = text[blocks[0][1]:blocks[1][0]].split("\n") if len(blocks) > 1 else []
    if "\n" not in first and len(first.split()) <= _STANDFIRST_WORDS and any(map(byline, between)) \
            and all(not any(map(str.isalnum, line)) or byline(line) or publication_line(line) for line in between):
        end = max(end, blocks[1][0])        # (credit lines alone between it and the story, or rules, a page's lines
        # of links read as rules: no readers' comments)
    stop = text.find("\n", end)                # (that line whole: a live page's credits under its standfirst)
    lines = text[start:len(text) if stop < 0 else stop].split("\n")
    return next(filter(None, (line_byline(lines, i) for i in range(len(lines)))), "")


_LONE_PEOPLE = re.compile(_PEOPLE)
# Words of a paper's name, of its sections and of a page's labels: no one's name
_NOT_PEOPLE = MASTHEAD_WORDS | SECTION_NAMES | _KICKERS | frozenset("""review digest roundup briefing weekend edition
    league cup council united city county club party committee court ministry police school university hospital change
    east west north south middle obituary obituaries weather storm hurricane typhoon cyclone tropical""".split())


# A bare "Reporter:" label before a name alone: a transcript's speaker's ("Reporter: Mr President"), or a
# byline under the header's date line ("Orsk District Court | 27.06.2025" / "Reporter: Tove Brun")
_REPORTER = re.compile(rf"Reporters?\s*:\s*(?!(?:Mr|Mrs|Ms|Madam|Sir|Dr|Doctor|Prof|Professor|Prime|Minister|President"
                       rf"|Chancellor|Senator|Judge|Mayor|Councillor|Inspector|Captain|Officer)\b)(?P<name>{_PEOPLE})")
# (not one addressed: "Reporter: Prime Minister, …")


# A credit naming no one, the paper's own staff, on a line of its own over the date: "Staff Report", "By Staff
# Reporters", "Staff writer"
_STAFF_CREDIT = re.compile(r"(?:By\s+)?(?i:staff(?:\s+(?:report|reporter|writer)s?)?|wire\s+reports?)")
# A reporter's credit naming where they reported from: "From Thijmen Roskam at the Lenne Stadium"
_FROM_AT = re.compile(rf"From\s+(?P<name>{_PEOPLE})\s+(?:at|in)\s+(?:the\s+)?[{CAPITALS}][\w'’-]*"
                      rf"(?:\s+[{CAPITALS}][\w'’-]*)*\W*$")


def _byline_with_furniture(line: str) -> str:
    """The author of a blog's post line, a byline followed by its section's name and its comments' count ("Posted on
    14 June 2025 by Aisha Varley | Community | 12 comments"), else ""."""
    first, *rest = _CREDIT_SEPARATOR.split(" ".join(line.split()))[::2]
    found = byline(first) if rest else ""
    return found if found and all(_part_kind(part) in ("section", "loose", "comments") for part in rest) \
        and any(_part_kind(part) == "comments" for part in rest) else ""


def line_byline(lines: list[str], i: int) -> str:
    """The author the header line ``lines[i]`` names (``byline``; a blog post's line of credits:
    ``_byline_with_furniture``), or the reporter a bare "Reporter:"
    label names under the date line (``_REPORTER``), or the person whose name stands alone on it when
    the next line with words gives the date ("Beatrix Olund" over "Saturday 14 March 2026": a column's
    byline with no "By"; not a paper's name, "Harbour Gazette", nor the first line, a headline naming
    the story's subject), or the name before the date on a line under the paper's name ("Velmora Evening
    Post" over "Otto Brem | December 3, 2025"), else ""."""
    found = byline(lines[i]) or (_name_comma_role(lines[i]) if i > 0 else "") \
        or _byline_with_furniture(lines[i])     # (a first line is the headline: no "Name, role" there)
    if found:
        return found
    at = _FROM_AT.match(" ".join(lines[i].split())) if i > 0 else None
    if at and len(lines[i].split()) <= 12:
        return at.group("name")         # a match report's "From Thijmen Roskam at the Lenne Stadium"
    name = " ".join(lines[i].split())
    reporter = reporter_label(name)
    if reporter:        # (a "Source: RKV News" line may stand between: the date line over the source's)
        before = [line for line in reversed(lines[:i]) if line.strip()][:2]
        dated = [publication_date(line) or placed_date(line) for line in before]
        return reporter if dated and (dated[0] or len(dated) == 2 and dated[1]
                                      and bool(source_masthead(before[0]))) else ""
    after = next((line for line in lines[i + 1:] if line.strip()), "")
    if _STAFF_CREDIT.fullmatch(name) and publication_date(after):
        return name                     # "Staff Report" over "Published: Friday, 22 August 2025 – 06:00"
    pieces = _CREDIT_SEPARATOR.split(name)
    if len(pieces) == 3 and _named_alone(pieces[0]) and publication_line(pieces[2]):    # "Otto Brem | December 3,
        before = next((line for line in reversed(lines[:i]) if line.strip()), "")        # 2025" under the paper's
        return pieces[0].strip() if _titled_masthead(before.strip()) else ""             # name
    if not _LONE_PEOPLE.fullmatch(name) or name.isupper() or {w.lower() for w in name.split()} & _NOT_PEOPLE \
            or not any(line.strip() for line in lines[:i]):
        return ""                       # "Dunhallow Gazette" over the date is the paper's name, a name as the
        # headline ("Ana Ruud" over the date) the story's subject
    if publication_date(after) and not byline(after):    # (not "FactLine Dravosk" over "Checked by Ruth Amsel ·
        return name                                      # 21 May 2026": the writer is the one that line names)
    right_before = lines[i - 1].strip() if i > 0 else ""    # "16 May 2026" / "Gregor Lanz" / the story
    return name if (publication_date(right_before) or placed_date(right_before)) \
        and not (lines[i + 1].strip() if i + 1 < len(lines) else "") else ""


def publisher_above(text: str, start: int, blocks) -> str:
    """The publisher a byline between ``start`` and the first paragraph names ("By Kim Ode | The
    Harbour Gazette"), or a line joining the masthead with the date or the byline ("The Harbour
    Gazette · 5 March 2024 · By Kim Ode"), or the paper whose desk or staff a line credits
    (``desk_masthead``), or a "Source:" line's (``source_masthead``), or a furniture line's among the first
    (``furniture_parts``), or ""."""
    lines = text[start:blocks[0][0] + 1].split("\n")
    header = text[start:max(blocks[0][0], story_start(text, blocks[0][0]))].split("\n")     # (its credits' lines)
    return next(filter(None, map(byline_publisher, lines)), "") \
        or next(filter(None, map(credited_masthead, lines)), "") or next(filter(None, map(desk_masthead, lines)), "") \
        or next(filter(None, map(source_masthead, header)), "") \
        or next(filter(None, (_furniture_name(furniture_parts(line)) for line in lines[:_FURNITURE_LINES])), "")


# A Markdown page's menu opening with a link to the site's home: "[Tide & Ballot](https://tideandballot.gk) · Home ·
# Archive"
_HOME_LINK = re.compile(rf"\W*\[(?P<name>[{CAPITALS}][\w&'’. -]{{1,60}}?)\]\(https?://[\w.-]+/?\)")


def home_link_publisher(text: str, start: int = 0) -> str:
    """The site a Markdown page's menu names by its link home among its first lines (``_HOME_LINK``; a paper's or a
    blog's name, not a headline's words), else ""."""
    for line in [line for line in text[start:start + 2000].split("\n") if line.strip()][:_FURNITURE_LINES]:
        m = _HOME_LINK.match(line)
        rest = line[m.end():] if m else ""
        if m and len(m.group("name").split()) <= _HOME_LINK_WORDS and m.group("name").strip().lower() not in _NO_SITE \
                and (not rest.strip() or re.match(r"\s*[·|•/›>»]", rest)) and not re.search(r"[.!?]\s*$", rest):
            return m.group("name").strip()      # (a menu's line: links parted by dots or bars, no sentence)
    return ""


_NO_SITE = frozenset({"home", "start", "menu", "skip to content", "subscribe", "sign in", "log in", "news"})


_HOME_LINK_WORDS = 5
_FURNITURE_LINES = 3        # how far down a header a furniture line naming the paper may be ("ORANHAVN TODAY  |  News
# >  Coast & Fisheries", above a saving program's line)


# A header's line naming where the story comes from: "Source: RKV News (radio bulletin transcript, edited)"
_SOURCE_LINE = re.compile(r"\s*(?i:source|via)\s*:\s*(?P<name>[^()\n:]{2,60}?)\s*(?:\([^()\n]{0,80}\))?\s*")


def source_masthead(line: str) -> str:
    """The publication a header's "Source:" line names ("Source: RKV News (radio bulletin transcript)" → "RKV
    News"; ``masthead`` or ``broadcaster``), else "" ("Source: Ministry of Health" names no publisher)."""
    m = _SOURCE_LINE.fullmatch(line)
    return (masthead(m.group("name")) or broadcaster(m.group("name"))) if m else ""
