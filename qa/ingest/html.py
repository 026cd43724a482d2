"""Saved web pages (``.html``, ``.htm``): the article text and its metadata, by ``trafilatura``
(the field's library for it: menus, cookie notices, share buttons, related links and footers are
left out). The extracted text, with the headline as its first line, is the article's text: every
offset points into it, and the index keeps it (``qa.article_text``), so it is never re-extracted."""

from __future__ import annotations

import codecs
import datetime
import functools
import html
import itertools
import logging
import re
from dataclasses import dataclass

from qa.ingest.clutter import SECTION_NAMES, title_and_blocks
from qa.ingest.dates import CHANGED_LINE, full_dates, order_settled, publication_line, updated_line
from qa.ingest.decode import decode
from qa.ingest.lexicon import CAPITALS
from qa.ingest.loader import MAX_ARTICLE_BYTES, Article, check_size, of_stories
from qa.ingest.text import (
    CREDIT_BAR,
    MASTHEAD_WORDS,
    PERSON,
    PICTURE_WORDS,
    PUBLISHER_NAME,
    WRITER_ROLES,
    byline,
    byline_above,
    closing_author,
    masthead,
    metadata_line,
    named_credit,
    opening_dateline,
    publication_date,
    publisher_above,
    reporter_label,
    signoff_author,
    split_publisher,
    wire_agency_above,
    without_label,
    without_role,
)
from qa.records import Story

_OPTIONS = dict(
    with_metadata=True,
    include_comments=False,     # readers' comments are not the article
    include_tables=True,
    deduplicate=False,          # its cache is process-wide: the same page could come back different
    # Dates from the page's metadata (meta tags, JSON-LD, <time>, the URL), not guessed from free
    # text: the default also reads "Copyright 2023" in a footer as a date.
    date_extraction_params={"extensive_search": False, "original_date": True},
)


# Fewer words than this outside the headline is no article: a page of menus, a cookie notice, "Page
# not found" (a news brief runs to 40 words and more).
MIN_PAGE_WORDS = 15


# A page's declared charset: <meta charset="…">, or <meta http-equiv="Content-Type"
# content="text/html; charset=…">, looked for in its first bytes (browsers read 1 KB; a long inline
# script can push it further).
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([a-z][a-z:-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""", re.IGNORECASE)
_CONTENT_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_PRESCAN_BYTES = 65_536
# Labels read as browsers read them (the WHATWG Encoding standard): Latin-1 and ASCII as
# Windows-1252, the Chinese, Japanese and Korean ones as the supersets pages are written in;
# a UTF-16 or UTF-32 label on a page without a byte-order mark means UTF-8.
_AS_BROWSERS_DO = {
    **dict.fromkeys(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"],
                    "cp1252"),
    **dict.fromkeys(["iso-8859-9", "iso8859-9", "latin5", "l5"], "cp1254"),
    **dict.fromkeys(["gb2312", "gb_2312", "gb_2312-80", "x-gbk", "chinese", "csgb2312"], "gbk"),
    **dict.fromkeys(["shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j"], "cp932"),
    **dict.fromkeys(["euc-kr", "ks_c_5601-1987", "korean"], "cp949"),
    **dict.fromkeys(["tis-620", "iso-8859-11"], "cp874"),
    "big5": "big5hkscs",
    **dict.fromkeys(["utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be"], "utf-8"),
}


def declared_charset(raw: bytes) -> str:
    """The charset a page's ``<meta>`` declares, as a Python codec name ("" for none): the
    ``charset`` attribute, or the charset of an ``http-equiv="Content-Type"`` tag's content."""
    for tag in _META.finditer(raw[:_PRESCAN_BYTES]):
        attrs = {k.lower(): v.strip(b"\"'") for k, v in _ATTRIBUTE.findall(tag.group(0))}
        label = attrs.get(b"charset")
        if label is None and attrs.get(b"http-equiv", b"").lower() == b"content-type":
            m = _CONTENT_CHARSET.search(attrs.get(b"content", b""))
            label = m.group(1) if m else None
        if label:
            return as_browsers_read(label.decode("ascii", "replace"))
    return ""


def as_browsers_read(label: str) -> str:
    """A charset label as the Python codec browsers read it with ("ISO-8859-1": "cp1252")."""
    name = label.strip().lower()
    return _AS_BROWSERS_DO.get(name, name)


def page_text(raw: bytes) -> str:
    """A saved page's bytes → text: by its byte-order mark; else as UTF-8 when the bytes are
    (whatever the page declares: a page saved as UTF-8 under an old "ISO-8859-1" header is
    common); else by the charset its ``<meta>`` declares (``declared_charset``; a character its
    codec lacks becomes U+FFFD); else as a text file is read (``decode``: Windows-1252). Left to
    trafilatura, an undeclared Latin-1 page was guessed as Latin-2 ("Ibáñez" read "Ibáńez").
    Raises ``ValueError`` for bytes that are not text."""
    if raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw[:8192]:
        return decode(raw)[0]           # (which refuses binary files, saying so)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = declared_charset(raw)
    if codec and codec.replace("-", "").replace("_", "") != "utf8":
        try:
            return raw.decode(codec, errors="replace")
        except LookupError:
            pass            # a label Python has no codec for: read as undeclared
    return decode(raw)[0]


_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def _class_is(name: str) -> str:
    """An XPath test that an element's class attribute holds the token ``name`` ("date", not "update")."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# The elements a page shows its credits in: a byline ("By Hannah Okafor, Transport Correspondent",
# "Reviewed and reported by Ana Lima", "Hannah Okafor, Transport Correspondent" in an element of class
# "byline", "author", "credits" or "meta"), the date it was published ("Thursday 4 November 2021, 7:30am")
# and what holds a ``<time>`` ("By Hannah Okafor · <time>4 November 2021</time>", a byline only when its text says so)
_BYLINE_ELEMENT = ("contains(@class, 'byline') or @rel='author' or self::address "
                   "or @itemprop='author' or contains(@class, 'author') or contains(@class, 'contributor') "
                   "or contains(@class, 'credit') or contains(@class, 'meta')")
# (and a paragraph opening as a byline does: "Reporting by Ana Lima. 4 March 2024", read only between the
# headline and the story when the metadata names no author)
# An element a page's style names as its date ("<span class="date">Updated 18:40, 2 October 2025</span>",
# "<p class="dateline">", "dates", "timestamp", "published"): its date line when its text gives the page's date
_DATE_ELEMENT = (f"{_class_is('date')} or {_class_is('dates')} or contains(@class, 'dateline') "
                 "or contains(@class, '-date') or contains(@class, 'date-') or contains(@class, 'pubdate') "
                 "or contains(@class, 'timestamp') or contains(@class, 'published') "
                 "or @itemprop='datePublished' or @itemprop='dateModified'")
_CRUMBS = "contains(@class, 'breadcrumb') or contains(@class, 'crumbs')"
_CREDIT_XPATH = (f"//*[{_BYLINE_ELEMENT}] | //time | //time/parent::* | //*[self::p or self::div or self::span]"
                 f"[starts-with(normalize-space(.), 'By ') or starts-with(normalize-space(.), 'Reporting by ')]"
                 f" | //*[{_DATE_ELEMENT}]"
                 # (and what comes right after the headline, or a first <h2> a page's headline may be: "<div>Lantern
                 # Travel Desk · 9 Mar 2026 06:40 GMT</div>",
                 # and a line saying when: "<p>Published: Friday 3 October 2025, 19:30</p>")
                 " | //h1/following-sibling::*[position() <= 2] | (//h2)[1]/following-sibling::*[position() <= 2]"
                 # (and a breadcrumb giving the date: "Otsby Sentinel / 30 March 2026 / Referendum results: …")
                 f" | //*[{_CRUMBS}]"
                 " | //*[self::p or self::span or self::div or self::li][" + " or ".join(
                     f"starts-with(normalize-space(.), '{word}')"
                     for word in ("Published", "Updated", "First published", "Last updated", "Posted")) + "]")
# The names an author's metadata goes by beside trafilatura's ``author``: <meta name="byline">, …
_AUTHOR_META = ("//meta[@name='author' or @name='byline' or @name='dc.creator' or @name='DC.creator' "
                "or @name='parsely-author' or @name='sailthru.author' or @property='article:author']/@content")
_HEADLINES = "//h1 | //h2"
# The site's name in metadata trafilatura does not read: "og:site_name" given as a name, not a property
_SITE_META = "//meta[@name='og:site_name' or @name='application-name' or @property='og:site_name']/@content"


@functools.lru_cache(maxsize=1)
def _page_tree(markup: str):
    """The page's element tree (lxml), or None for markup that cannot be parsed; the last page's is
    kept, so its byline and its masthead (``shown_credits``, ``shown_masthead``) parse it once.
    Read only."""
    try:
        from lxml import html as lxml_html

        return lxml_html.fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception:           # unparsable markup: nothing shown to quote
        return None


def visible_credits(markup: str, author: str, date: str, headline: str = "") -> list[str]:
    """The byline, date line and update line a page shows, as it shows them (``shown_credits``)."""
    byline_line, _, date_line, updated = shown_credits(markup, author, date, headline)
    return [line for line in (byline_line, date_line, updated) if line]


def _addressed(element, line: str) -> str:
    """The writer an ``<address>`` names before their role ("<address><a …>Anna Leikvoll</a> Industry
    reporter</address>", as Facebook's Instant Articles mark a story's writer), else ""."""
    name = without_role(line) if element.tag == "address" else ""
    return name if re.fullmatch(PERSON, name) and name.split()[-1].lower() not in _BODIES else ""


# The last word of a body's name, not a person's ("<address>Kelvik City Council</address>")
_BODIES = frozenset("""council office ministry department agency authority university college school hospital
    court police service services board trust ltd limited plc inc group company society association foundation
    institute centre center library museum""".split())


def shown_credits(markup: str, author: str, date: str, headline: str = "") -> tuple[str, str, str, str]:
    """The byline a page shows, the names it gives, its date line and its update line, as the page
    shows them, when they agree with its metadata (``author``, also a ``<meta name="byline">``'s, and
    ``date``): the first element of class "byline" (or an author's, a contributor's, or what holds a
    ``<time>``) whose byline ("By Ana Lima", "Reviewed and reported by Ana Lima"; in a byline element
    also "Ana Lima, Science Correspondent", or the metadata's author itself: "Sentinel data team")
    names one of the metadata's authors word for word (``_names_agree``), or any writer where the metadata
    names a desk (``_desks``: "Weather desk" and a byline element "By Ylva Karlsen" before the story's
    second paragraph), the first ``<time>`` (or such, or a line that only says when: "Published: 3 October
    2025, 19:30") whose text gives the
    date, and after it a line saying when the page was updated ("Updated: 4 October 2025, 09:12"); a page whose
    metadata names no author gives the first byline element after its ``headline`` whose text says it
    is a byline ("By Ana Lima", "Lantern Travel Desk · 9 March 2026"), and one whose metadata gives no
    date the first line after its headline that gives one ("Updated: 13 April 2026, 11:30"). A date
    the byline's line shows already is no line of its own. A page's text is quoted only as the page
    shows it; metadata alone is never made into a line."""
    iso = full_dates(date)[0].iso() if full_dates(date) else ""
    tree = _page_tree(markup) if (author.strip() or iso or headline.strip()) else None
    if tree is None:
        return "", "", "", ""
    author = " ".join(" ; ".join([author, *tree.xpath(_AUTHOR_META)[:5]]).split()).strip(" ;")
    headline_at = _headline_at(tree, headline)
    if not (author or iso or headline_at >= 0):
        return "", "", "", ""
    order = {element: i for i, element in enumerate(tree.iter())}
    story_at = _story_at(tree, order, headline_at)
    story_next = _story_at(tree, order, story_at)       # (a standfirst may come before the byline)
    if author and iso:
        headline_at = -1        # (a byline and a date the metadata gives may be anywhere before the story)
    byline_line = names = date_line = updated = ""
    date_parent = None
    for element, line in ((e, line) for e, lines in _credit_lines(markup) for line in lines):
        if not line or len(line) > 200 or element.xpath(_ASIDE):        # (a line each block of it shows)
            continue
        marked = element.tag != "time" and bool(element.xpath(f"self::*[{_BYLINE_ELEMENT}]"))
        dated = element.tag == "time" or bool(element.xpath(f"self::*[{_DATE_ELEMENT}]") or publication_line(line))
        shown = byline(line) or (named_credit(line) or named_credit(CREDIT_BAR.split(line, 1)[0])
                                 or _author_led(line, author) or _addressed(element, line) or reporter_label(line)
                                 if marked else "")
        under_headline = 0 <= headline_at < order.get(element, -1) < (story_next if byline(line) else story_at)
        # (a byline saying so may come after a standfirst of a sentence: "Review finds ministry sat on 598m …")
        before_story = order.get(element, len(order)) < story_at        # (not a comment's date, an event's)
        opening = _opening_date(element, line) if before_story else ""
        crumbed = before_story and bool(element.xpath(f"self::*[{_CRUMBS}]")) \
            and iso in {d.iso() for d in full_dates(line)}             # the page's date, shown in its breadcrumb
        if not byline_line and shown and (_names_agree(shown, author) or marked and _desks(author)
                                          and order.get(element, len(order)) < story_next
                                          and not element.xpath(_OUTSIDE_STORY) if author else under_headline
                                          and (byline(line) or _writers_element(element, shown)
                                               or marked and bool(full_dates(line))      # ("Jo Park — 2 May 2026")
                                               or bool(_addressed(element, line))        # (an <address>'s writer,
                                               or bool(reporter_label(line)))):          # "Reporter: Ylva Brink")
            byline_line, names = line, shown
        elif not date_line and (iso in (publication_date(line), _closing_date(line), opening)
                                and (marked or dated) or crumbed if iso else
                                under_headline and (publication_date(line) or _closing_date(line))):
            date_line, date_parent = line, element.getparent()
        elif date_line and not updated and dated and updated_line(line) not in ("", updated_line(date_line)) \
                and (element.getparent() is date_parent or order.get(element, len(order)) < story_at):
            updated = line      # beside the date line, or before the story (not a site footer's "Last updated: …")
        if (byline_line or not (author or headline_at >= 0)) and (date_line or not (iso or headline_at >= 0)) \
                and (updated or not date_line):
            break
    date_line, updated = ("" if line in byline_line else line for line in (date_line, updated))
    return byline_line, names, date_line, updated


# An element whose class names its writer ("byline", "author", "contributor", "credits"; not a photo's
# credit nor a section's "meta" line)
_WRITERS_CLASS = re.compile(r"byline|author|contributor|credits\b", re.IGNORECASE)
_NOT_WRITERS_CLASS = re.compile(r"image|photo|picture|media|caption", re.IGNORECASE)
# The last word of a name that is a section, a body or a business, not a writer ("Local Politics",
# "Halvenmoor Town Council", "Nordlys Ferries")
_NOT_A_WRITER = re.compile(r"\b(?:Politics|News|Sport|Business|Opinion|Culture|World|Council|Ferries|Ltd|Group|Police"
                           r"|Service|Agency|Company|Ministry|Department|Office|Association|Trust|Club|Party|Union"
                           r"|Press|Media|Team|Desk|Staff|Reporters|Government|Authority|Committee)$")


def _writers_element(element, name: str) -> bool:
    """Whether a credits element naming ``name`` alone under the headline names the story's writer
    ('<div class="credits">Kaja Ostberg</div>'): its class says so, it is no photo's credit (in a
    ``<figure>``, or a "credits" element beside a picture: '<div class="hero"><img …><div class="credits">…'), and
    the name is a person's."""
    classes = element.get("class", "")
    return bool(_WRITERS_CLASS.search(classes)) and not _NOT_WRITERS_CLASS.search(classes) \
        and not element.xpath("ancestor::figure") \
        and not (_CREDITS_CLASS.search(classes) and _beside_picture(element)) and not _NOT_A_WRITER.search(name.strip())


_CREDITS_CLASS = re.compile(r"credit", re.IGNORECASE)     # (a picture's too; a "byline", an "author" is the writer's)


_AVATAR = re.compile(r"avatar|headshot|mugshot|author|profile|byline|writer|icon|logo|share|social|sprite|\.svg\b",
                     re.IGNORECASE)     # (the writer's own picture, an icon: no lead picture)


def _beside_picture(element) -> bool:
    """Whether ``element`` holds a picture or sits beside one (a lead picture's credit outside a
    ``<figure>``), not counting the writer's own small picture ('<img class="avatar">')."""
    pictures = element.xpath(".//img | .//picture | ../img | ../picture | ../*[not(self::p)]//img")
    return any(not _AVATAR.search(" ".join((p.get("class") or "", p.get("alt") or "", p.get("src") or "")))
               for p in pictures)


def _authors(author: str) -> set[str]:
    """The authors the metadata gives ("Sentinel data team ; Kim Ode"), in lower case."""
    return {name.strip().casefold() for name in author.split(";") if name.strip()}


def _author_led(line: str, author: str) -> str:
    """The metadata's author a byline element's ``line`` gives itself ("Sentinel data team"), opens
    with before its members' names ("Courier live team: Marta Oskell and Jonas Breck"), or opens with
    before their role, the date or where they were, the parts the page shows apart run together ("Nadia
    Ferro Columnist Thursday 22 January 2026"), else ""."""
    lead = re.split(r"\s*[:|·•–—]\s*", line, maxsplit=1)
    if lead[0].casefold() in _authors(author) and (len(lead) == 1 or named_credit(lead[1])):
        return lead[0]
    return next((line[:len(name)] for name in _authors(author) if " " in name and line.casefold().startswith(name)
                 and _ROLE_OR_DATE.match(line, len(name))), "")


# What follows a writer's name in a credits element whose parts run together: a role, a day, a date, where
# they were ("Daniel Ekberg at the National Stadium, Castrelle · 24 May 2026")
_ROLE_OR_DATE = re.compile(rf"\s+(?:(?:[A-Za-z]+\s+){{0,2}}(?i:{WRITER_ROLES})\b"
                           rf"|(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:at|in)\s+(?:the\s+)?[{CAPITALS}])")


def writer_only(author: str) -> str:
    """The metadata's ``author`` without a role that ends a name (``text.without_role``: "Nadia Ferro
    Columnist" → "Nadia Ferro"; several authors, ";" between them, each so, and a role listed alone among them
    dropped), nor a label of the piece before it ("Match report: Viggo Dahl" → "Viggo Dahl")."""
    author = without_label(author)
    names = author.split(";")
    cut = [without_role(name.strip()) for name in names]
    named = [name for name in cut if not _ROLE_ALONE.fullmatch(name)]      # ("Elin Gravdal; Industry Editor")
    cut = named if named and len(named) < len(cut) else cut
    return author.strip() if cut == [name.strip() for name in names] else "; ".join(cut)


# A role with no name in it, as a page's metadata lists it after the writer's: "Industry Editor", "Technology
# Correspondent"
_ROLE_ALONE = re.compile(rf"(?:[{CAPITALS}][\w&'’-]*\s+){{0,3}}(?i:{WRITER_ROLES})")


# What credits a page's pictures or its video, not its words: "Photos by Mari Fosse", "Photo: Odd Rustad", "Video by …"
_PICTURES_BY = rf"(?i:{PICTURE_WORDS})\s*(?i:by\s+|:\s*)"
# ... run into the writer's name in the metadata: "Siv Engen Photo Odd Rustad"
_PICTURES_AFTER = re.compile(rf"\s+(?i:{PICTURE_WORDS})(?:\s*:|\s+(?i:by))?\s+[{CAPITALS}][^;]*")


def writers_only(author: str, text: str) -> str:
    """``author`` (the metadata's, ";" between several) without a photographer's credit run into a name ("Siv
    Engen Photo Odd Rustad" → "Siv Engen"), nor the people ``text`` credits for its pictures or video alone
    ("Story by Viktor Helland. Photos by Mari Fosse. Video by Ola Brenden." → "Viktor Helland"; not "Story and
    photos by …"), when someone is left."""
    cut = _PICTURES_AFTER.sub("", author)
    names = [name.strip() for name in cut.split(";")]
    kept = [name for name in names if not any(not re.search(r"(?i:\band)\s+$", text[max(0, m.start() - 8):m.start()])
                                              for m in re.finditer(_PICTURES_BY + re.escape(name) + r"(?!\w)", text))]
    return "; ".join(kept) if kept and len(kept) < len(names) else cut


# An element a page's style names as its date, opening with it ("<p class="timestamp">Thursday 15 January
# 2026, first published 08:05</p>")
_OPENING_DATE_AT = 12


def _opening_date(element, line: str) -> str:
    """The ISO date a date element's ``line`` opens with (a weekday before it at most), else ""."""
    if not element.xpath(f"self::*[{_DATE_ELEMENT}]"):
        return ""
    first = next(iter(full_dates(line)), None)
    return first.iso() if first is not None and first.start <= _OPENING_DATE_AT else ""


def _shown_line(element) -> str:
    """The text of ``element`` as one line, a line break in it (``<br>``) shown as a comma: "Jonah
    Pike<br><small>Transport Correspondent</small>" is "Jonah Pike, Transport Correspondent"; so are
    two elements written with nothing between ("<strong>By Lena Vik</strong><span>Business
    reporter</span>", "<address>Tove Rask</address><p>9 October 2025</p>")."""
    return _shown_lines(element, blocks_apart=False)[0]


def _shown_lines(element, *, blocks_apart: bool = True) -> list[str]:
    """The lines ``element`` shows, each block in it (``_BOXES``) a line of its own and the inline
    elements of a line as ``_shown_line`` gives them ('<time>19 June 2026</time><div><strong>By Lena
    Vik</strong><span>Business reporter</span></div>': "19 June 2026", "By Lena Vik, Business
    reporter"); one line with ``blocks_apart`` False. Never empty: [""] for no text."""
    lines: list[list[str]] = [[]]

    def walk(e) -> None:
        apart = blocks_apart and e is not element and e.tag in _BOXES
        if apart and e.tag == "dd" and e.getprevious() is not None and e.getprevious().tag == "dt":
            apart = False               # a term's value on its term's line: "<dt>Reporter:</dt><dd>Ylva Brink</dd>"
            if len(lines) > 1 and not "".join(lines[-1]).strip():
                lines.pop()
            lines[-1].append(" ")
        if apart:
            lines.append([])
        parts = lines[-1]
        if e.tag == "br":
            parts.append(_APART)
        elif isinstance(e.tag, str) and e.text:     # (not a comment's text)
            said = "".join(parts)
            if said[-1:].isalnum() and e.text[:1].isalnum():
                parts.append(_APART)
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tail:
                lines[-1].append(child.tail)
        if apart:
            lines.append([])

    walk(element)
    said = (" ".join("".join(parts).replace("\u00ad", "").split()) for parts in lines)    # (no soft hyphens:
    shown = [re.sub(r"[\s,]*\ue000[\s,\ue000]*", ", ", line).strip(" ,") for line in said]    # "Hemmingsen")
    return [line for line in shown if line] or [""]


_APART = "\ue000"       # where ``_shown_lines`` puts a comma (a line break, parts written with nothing between)


@functools.lru_cache(maxsize=1)
def _credit_lines(markup: str) -> tuple[tuple[object, list[str]], ...]:
    """The page's credits elements (``_CREDIT_XPATH``, the first 60) with the lines each shows
    (``_shown_lines``), worked out once a page for its byline and date (``shown_credits``) and the lines
    the extraction ran together (``unglued``); () for markup that cannot be parsed. Read only."""
    tree = _page_tree(markup)
    return () if tree is None else tuple((e, _shown_lines(e)) for e in tree.xpath(_CREDIT_XPATH)[:60])


def without_readers(markup: str, body: str) -> str:
    """``body`` (the extracted text) without the lines readers wrote in the page's comments (an element whose
    class or id has the word "comments", "comment", "replies", "discussion" or a blog platform's "responses":
    "hr-comments"; not "commentary"), when the extraction kept them (Harbour Radio's "Listener comments")."""
    tree = _page_tree(markup)
    if tree is None:
        return body
    said = {" ".join(e.text_content().split()) for box in tree.xpath(f"//*[{_READERS_WORDS}]")
            for e in box.xpath(".//p | .//li | .//dd | .//blockquote | .//h2 | .//h3 | .//h4")}    # ("Responses (27)")
    said.discard("")
    lines = body.split("\n")
    kept = [line for line in lines if " ".join(line.split()) not in said]
    told = sum(len(line.split()) for line in kept)
    return "\n".join(kept) if len(kept) < len(lines) and told >= MIN_PAGE_WORDS else body


_READERS_WORDS = " or ".join(f"contains(concat(' ', translate(@{attribute}, '-_', '  '), ' '), ' {word} ')"
                             for attribute in ("class", "id")
                             for word in ("comments", "comment", "replies", "discussion", "responses"))


def unglued(markup: str, body: str) -> str:
    """``body`` (the extracted text) with a line the extraction ran together from a credits element's
    parts written with nothing between them ("19 June 2026By Lena VikBusiness reporter") as the page
    shows it: its blocks a line each, its inline parts apart (``_shown_lines``: "19 June 2026", "By Lena
    Vik, Business reporter")."""
    apart: dict[str, list[str]] = {}
    for element, lines in _credit_lines(markup):
        parent = element.getparent()
        for e, shown in ((element, lines), (parent, _shown_lines(parent) if parent is not None else [])):
            whole = " ".join(e.text_content().split()) if e is not None else ""
            if whole and len(whole) <= 200 and whole not in apart and shown != [whole]:
                apart[whole] = shown
    lines = body.split("\n")
    mended = ["\n".join(apart.get(" ".join(line.split()), [line])) for line in lines]
    return "\n".join(mended) if mended != lines else body


_BOXES = frozenset({"div", "p", "li", "section", "header", "footer", "ul", "ol", "dl", "dd", "dt", "table", "tr", "td",
                    "details", "summary"})
# What a byline of another story sits in: a related-stories box, a menu, a footer
_ASIDE = "ancestor::aside | ancestor::nav | ancestor::footer"

# A credit closing with its date after a full stop: "Coastline News Explainer team. 15 September 2026"
_CLOSING_DATE = re.compile(r"[.;]\s+(?P<date>[^.;]{6,40}?)\W*$")


def _closing_date(line: str) -> str:
    """The ISO date a credit line gives after its last full stop ("… Explainer team. 15 September
    2026"), as a publication line gives it (``publication_date``), else ""."""
    m = _CLOSING_DATE.search(line)
    return publication_date(m.group("date")) if m else ""


def _story_at(tree, order: dict, headline_at: int) -> int:
    """Where, in document order, the story's first paragraph after its headline is (a ``<p>`` of 15
    words or more): a byline a page shows without author metadata comes before it, not in a teaser
    for another story further down; the end of the page when there is none."""
    for p in tree.iter("p"):
        at = order.get(p, -1)
        if at > headline_at and len(p.text_content().split()) >= 15:
            return at
    return len(order)


_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")


def _plain_quotes(text: str) -> str:
    return text.translate(_PLAIN_QUOTES)


def _headline_at(tree, headline: str) -> int:
    """Where, in document order, the page's first ``<h1>`` (or ``<h2>``) giving the ``headline`` is,
    or -1."""
    wanted = _plain_quotes(" ".join(headline.split()).casefold())      # (the metadata's "'" for the heading's "’")
    heading = next((h for h in tree.xpath(_HEADLINES)[:20] if _plain_quotes(_flat(h).casefold()) == wanted),
                   None) if wanted else None
    return -1 if heading is None else next(i for i, element in enumerate(tree.iter()) if element is heading)


def _desks(author: str) -> bool:
    """Whether the metadata's ``author`` names desks or teams only ("Weather desk", "Live team"), whose
    writers a byline element above the story may name ("By Ylva Karlsen, weather correspondent")."""
    names = [name.strip() for name in author.split(";") if name.strip()]
    return bool(names) and all(re.search(r"\b(?:desk|team|staff|newsroom|reporters)$", name, re.IGNORECASE)
                               for name in names)


def _names_agree(shown: str, author: str) -> bool:
    """Whether a byline's names (``shown``: "Jo Park and Kim Ode", "Ana Lima, Jo Park and Kim Ode")
    include one that the metadata's ``author`` gives word for word ("Kim Ode; Political Reporter",
    "Reporting by Kim Ode; Additional Reporting By Li Wei")."""
    names = [name for name in re.split(r"\s*,\s*|\s+(?:and|&)\s+", shown) if name]
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", author) for name in names)


# What a page's <title> adds after the headline: " | Arts Desk | The Wexborough Gazette", " - Southern
# Counties Echo": sections, then the publisher's name. (A plain hyphen too: the headline is known, so
# "Choose hope - Kennedy", a headline quoting its speaker, has nothing after it.)
_TITLE_TAIL = re.compile(rf"(?:\s+(?:[|–—»-]|::)\s+[^|–—»:]{{1,40}}?){{0,2}}\s+(?:[|–—»-]|::)\s+"
                         rf"(?P<name>{PUBLISHER_NAME})")


def _page_title(markup: str, within: int = 65536) -> str:
    """The text of the page's ``<title>`` in the first ``within`` characters of its markup, entities decoded, on one
    line; "" without one."""
    m = _TITLE.search(markup[:within])
    return " ".join(html.unescape(m.group(1)).split()) if m else ""


def title_publisher(markup: str, headline: str) -> str:
    """The publisher the page's ``<title>`` names after the ``headline`` and any sections ("Café
    Lumière closes – Coastline Weekly", "Café Lumière closes | Food | Coastline Weekly", where the
    extraction took the headline from an ``<h1>`` or ``<h2>``; after a label before the headline too,
    "Analysis: Café Lumière closes | Coastline Weekly"), or ""."""
    title, headline = _page_title(markup), " ".join(headline.split())
    if not title:
        return ""
    at = _dashed(title).casefold().find(_dashed(headline).casefold()) if headline else -1   # ("floods - river" in
    # the <title>, "floods – river" in the <h1>)
    if at < 0 or (at > 0 and not _TITLE_KICKER.fullmatch(title[:at])):
        return ""
    tail = _TITLE_TAIL.fullmatch(title[at + len(headline):])
    if tail is None and at == 0:    # a longer headline there ("… Civic Union in by-election — Coastline News"
        tail = _LONGER_TITLE.fullmatch(title[len(headline):])     # for the metadata's "… Civic Union")
    return tail.group("name") if tail else ""


def _titled_otherwise(markup: str, headline: str) -> str:
    """The publisher a page's ``<title>`` names after its dash or bar ("Vollan quits over bridge cost cover-up –
    Jastrovia Today", ``split_publisher``) when it words the same story otherwise than the ``headline`` ("Vollan
    quits as transport minister over hidden bridge overrun": two words of four letters or more alike; not another
    story's title), else ""."""
    titled, name = split_publisher(_page_title(markup))
    return name if len(_long_words(titled) & _long_words(headline)) >= 2 else ""


def _long_words(text: str) -> set[str]:
    """The words of four letters or more of ``text``, in lower case: what two wordings of a headline share."""
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


def _dashed(text: str) -> str:
    """``text`` with each dash written as a hyphen (the same length: offsets into it are offsets into ``text``)."""
    return text.translate(_DASHES)


_DASHES = str.maketrans("–—‒−", "----")


# The rest of a <title> whose headline runs on past the metadata's shorter one, then names the site after a
# spaced dash or bar (not a hyphen: "… in by-election - Coastline News" may be a headline's own words)
_LONGER_TITLE = re.compile(rf"\s[^|–—»:]{{1,80}}?\s+(?:[|–—»]|::)\s+(?P<name>{PUBLISHER_NAME})")


# A label a page's <title> puts before the headline: "Analysis: ", "Live | "
_TITLE_KICKER = re.compile(r"[^|:–—]{1,30}(?::|\s[|–—-])\s*")


# A site name that is only the site's address ("dunmarrowcourier.il", "www.otsbysentinel.mv"), as an
# extraction reads it from a page's <base href> or link when its metadata gives none
_DOMAIN = re.compile(r"(?:https?://)?(?P<labels>[a-z0-9-]+(?:\.[a-z0-9-]+)*)\.[a-z]{2,}/?", re.IGNORECASE)
_SHOWN_NAME = re.compile(rf"(?<![\w.]){PUBLISHER_NAME}")


def spelled_out(markup: str, site: str) -> str:
    """For a ``site`` name that is the site's address: the name the page shows that spells it ("The
    Dunmarrow Courier" in its <title>, logo or footer, for "dunmarrowcourier.il"); ``site`` as it is
    otherwise, or when the page shows none."""
    address = _DOMAIN.fullmatch(site.strip())
    if address is None:
        return site
    # the site's own name: the longest label before the ending ("kelderpost" of "news.kelderpost.il")
    label = max(address.group("labels").casefold().split("."), key=len).replace("-", "")
    shown = html.unescape(re.sub(r"<[^>]*>", "\n", re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", markup[:65536])))
    runs = [[w.rstrip(".") for w in m.group().split()]
            for line in shown.split("\n") for m in _SHOWN_NAME.finditer(line)]
    shortened: list[str] = []
    for words in runs:
        for start, end in itertools.combinations(range(len(words) + 1), 2):    # "Dunmarrow Courier" of
            name = " ".join(words[start:end])                                   # "Visit Dunmarrow Courier."
            bare = [re.sub(r"[\W_]", "", w).casefold() for w in words[start:end]]
            if "".join(bare) in (label, "the" + label if name.startswith("The ") else label):
                return name
            if _shortened(label, bare):
                shortened.append(name)
    # else a name it shortens ("ardwychpost": Ardwych Evening Post), the one the page shows most
    return max(shortened, key=shortened.count) if shortened else site


def _shortened(label: str, words: list[str]) -> bool:
    """Whether a site's address ``label`` spells the name of ``words`` (lower case) shortened: some
    words by their first letter ("nytimes": New York Times), one word between the first and the last
    left out ("ardwychpost": Ardwych Evening Post); its last word whole."""
    if len(words) < 2 or len(words) > 5 or not label.endswith(words[-1]):
        return False

    def spells(rest: str, i: int, skipped: bool) -> bool:
        if i == len(words) - 1:
            return rest == words[-1]
        w = words[i]
        return (rest.startswith(w) and spells(rest[len(w):], i + 1, skipped)) \
            or (bool(w) and rest.startswith(w[0]) and spells(rest[1:], i + 1, skipped)) \
            or (not skipped and i > 0 and spells(rest, i + 1, True))

    return spells(label, 0, False)


def site_name(sitename: str, headline: str, page_title: str = "") -> str:
    """The site name a page's metadata gives, unless it holds the headline (as an extraction reads
    "Headline – Publisher" the wrong way round, or "Headline | Section | Publisher" as the headline
    and its section), is the headline of ``page_title`` (the `<title>`'s) worded otherwise than the page's
    (``_SITE_NAME_WORDS``) or is a web archive's host
    ("archive.ph": ``_WEB_ARCHIVE``), else ""."""
    name, headline = " ".join(sitename.split()), " ".join(headline.split())
    if _WEB_ARCHIVE.fullmatch(name):
        return ""           # (a capture's host: "archive.ph" saved the page, it did not publish it)
    if len(name.split()) > _SITE_NAME_WORDS and ": " in name and page_title.startswith(name):
        return ""           # (the <title>'s headline, worded otherwise than the page's: "Lannamor Grand Prix: Rønne
        # wins home race by 4.2 seconds - VBC Sport" read the wrong way round)
    return "" if headline and _words_of(headline) in _words_of(name) else name


def _words_of(text: str) -> str:
    """``text``'s words in lower case, one space apart, without quotation marks or other punctuation ("Stavik's
    \"Herring Fleet\" home" and "Stavik's Herring Fleet home" have the same)."""
    return " " + " ".join(re.sub(r"[^\w\s'’-]", " ", text.casefold()).split()) + " "


# A site's name runs to a few words; a longer one with a colon in it opening the <title> is a headline
_SITE_NAME_WORDS = 6


# The hosts of web archives, whose captures a page's metadata may name as its site
_WEB_ARCHIVE = re.compile(r"(?:https?://)?(?:www\.)?(?:archive\.(?:ph|today|is|li|vn|fo|md)|web\.archive\.org"
                          r"|archive\.org|webcache\.googleusercontent\.com|ghostarchive\.org)/?", re.IGNORECASE)


# Where a page shows its own name: its masthead or logo (as text), a link home in its header
_MASTHEAD_XPATH = ("//*[contains(@class, 'masthead') or contains(@class, 'logo') or contains(@class, 'brand') "
                   "or contains(@class, 'site-name') or contains(@class, 'sitename') or contains(@class, 'site-title') "
                   "or contains(@id, 'masthead') or contains(@id, 'logo')] | //header//a[@href='/' or @rel='home']")


# An element a page names itself in by the class token "site" ("<span class="site">…</span>"; not "site-footer")
_SITE_ELEMENT = f"//*[{_class_is('site')}]"


def shown_masthead(markup: str, site: str, headline: str) -> str:
    """The publisher's name as the page shows it, when it agrees with the site name its metadata
    gives (``site``; without one, the name its ``<title>`` gives after the ``headline``): the text of
    its masthead or logo ("The Ashcombe Echo" in ``<a class="logo" href="/">``) that is that name, else
    the name its ``<title>`` gives after the headline ("… | Science | Calder Herald") when that is the
    metadata's; with neither, a publisher's name the page links home with (``_home_link_name``); "" when
    the page shows no such name. (The case of the name is not compared; its words
    are, word for word.)"""
    titled = title_publisher(markup, headline)
    wanted = " ".join((site or titled).split()).casefold()
    if not wanted:
        return _home_link_name(markup)
    tree = _page_tree(markup)
    for element in tree.xpath(_MASTHEAD_XPATH)[:30] if tree is not None else ():
        line = _flat(element)
        if line.casefold() == wanted:
            return line
    if titled and site and titled.casefold() == wanted:
        return titled
    # (an element of the page's top holding that name alone: "<td class="nav"><b>NORTHERN LEDGER</b>", "<div
    # id="header"><div class="title">Kessaly Tribune</div>", a masthead by no class of a masthead's)
    for element in tree.xpath(_PAGE_TOP)[:_TOP_ELEMENTS] if tree is not None and site else ():
        line = _flat(element)
        if line.casefold() == wanted:
            return line
    return ""


# The elements of a page before its headline (its first <h1>), in the order it shows them
_PAGE_TOP = "//body//*[not(self::script or self::style) and not(preceding::h1) and not(self::h1)]"
_TOP_ELEMENTS = 200


def _home_link_name(markup: str) -> str:
    """The publisher's name a page with no site name in its metadata shows as its link home ("The
    Tesmaran Courier" in ``<a href="/">``) or in an element of the class "site" ("Harrowside & District News"
    in ``<span class="site">``), when the text is a publisher's name in its shape (``masthead``: "The …
    Courier", not "Home" or "News"); else ""."""
    tree = _page_tree(markup)
    shown = f"//a[@href='/' or @rel='home'] | {_SITE_ELEMENT}"
    for element in tree.xpath(shown)[:30] if tree is not None else ():
        line = _flat(element)
        if line and masthead(line) == line:
            return line
    return ""


# A table's caption as trafilatura gives it: a header row of its own, the caption in its first cell and
# the others empty, under its own "|---|" rule ("| Results, 7 March 2024 |  |  | " then "|---|---|---|").
_CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption\s*>", re.IGNORECASE | re.DOTALL)
_CAPTION_ROW = re.compile(r"\|\s*(?P<caption>\S.*?)\s*\|(?:\s*\|)*\s*")
_HEAD_RULE = re.compile(r"\|(?:---\|)+")


def table_captions(markup: str) -> set[str]:
    """The text of each ``<caption>`` of the page's tables, as ``_caption_key`` compares it."""
    return {_caption_key(html.unescape(re.sub(r"<[^>]*>", " ", m.group(1)))) for m in _CAPTION.finditer(markup)}


def _caption_key(text: str) -> str:
    """A caption without its spaces: "<b>Results</b>, 7 March" is "Results , 7 March" with its tags
    taken out, and "Results, 7 March" as the extraction writes it."""
    return "".join(text.split())


# A <time> element, and a figure's caption: text a page shows that the extraction leaves out (the captions
# are kept after the story, where they do not stand for its opening)
_TIME_ELEMENT = re.compile(r"<time\b(?P<attrs>[^>]*)>(?P<text>.*?)</time\s*>", re.IGNORECASE | re.DOTALL)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(?P<text>.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)
# ... or a paragraph, a box or a span of class "caption" under a picture ('<p class="caption">… Photograph: Mette
# Lind/WBN</p>')
_CAPTIONED = re.compile(r"<figcaption\b|\bclass\s*=\s*[\"']?[\w\s-]*caption", re.IGNORECASE)
_CAPTION_CLASS = _class_is("caption")
_CAPTIONS = ("figcaption", f"*[self::p or self::div or self::span][{_CAPTION_CLASS}]")


# A <time> (or a <span>, <strong>, <b> or <em> holding a time alone) on a line of its own at the head of a block,
# over the block's paragraph: a live page's entry ('<div class="live-entry"><time datetime="…">07:45</time><p>Good
# morning …</p>', '<div class="live-entry"><span class="live-time">21:00</span><p>Polls have closed …</p>')
_HEADING_TIME = re.compile(r"(?P<open><(?:div|li|article|section)\b[^>]*>)\s*(?P<time><(?P<tag>time|span|strong|b|em)\b"
                           rf"[^>]*>\s*\d{{1,2}}[:.]\d\d(?:\s*(?:am|pm|[{CAPITALS}]{{2,4}}))?\s*</(?P=tag)\s*>)\s*"
                           r"(?=<(?:p|h[1-6]|div|blockquote|ul|ol)\b)", re.IGNORECASE)


# A paragraph, a heading or a list's item whose source runs over several lines (and holds no preformatted
# text, nor a line break of its own): a browser shows its source's line breaks as spaces
_WRAPPED_BLOCK = re.compile(r"<(p|h[1-6]|li)\b[^>]*>(?:(?!<(?:/?(?:p|h[1-6]|li|pre|textarea|br|div|table)\b))[\s\S])*?"
                            r"</\1\s*>", re.IGNORECASE)


def source_breaks_as_spaces(markup: str) -> str:
    """``markup`` with the line breaks of its paragraphs' source as spaces, as a browser shows them (a page
    exported from Word wraps its paragraphs' source at 76 characters: "<p class=MsoNormal>For immediate
    release: 2" / "October 2025</p>"); a line break the extraction may read as one ("<BR>" ending a source
    line outside any paragraph, an old page's way) is left as it is."""
    if "\n" not in markup:
        return markup
    return _WRAPPED_BLOCK.sub(lambda m: re.sub(r"[ \t]*\r?\n[ \t]*", " ", m.group()) if "\n" in m.group()
                              else m.group(), markup)


def shown_text(markup: str) -> str:
    """``markup`` as the extraction is given it: without other stories' teasers and readers' polls,
    its layout tables as boxes (``_tidied``), the text of each ``<time>`` after the element, which keeps
    its ``datetime`` for the page's date (a live page's "08:20" over each entry, "Last updated Wed 15
    Oct 2025 08:20"; trafilatura drops the element's text), one heading a block its own paragraph
    (which the extraction keeps, as it does no loose text beside a block)."""
    markup = _HEADING_TIME.sub(lambda m: f"{m.group('open')}<p>{m.group('time')}</p>", _tidied(markup))
    return _TIME_ELEMENT.sub(lambda m: f"<time{m.group('attrs')}></time>{m.group('text')}", markup)


# A box of other stories' teasers or a readers' poll inside the article, which the extraction would keep
# as the story's text: by its class ("recirc", "editors-picks"; "poll", "quiz" with buttons or inputs), or
# by its heading, the phrase whole ("Don't miss", "Read next", "Editor's picks", "Most read", "More on …",
# "Related stories"), over links or in a box whose class says so (a travel story's own section may be
# headed "Before you go", a council story's "Up next: the depot vote")
_TEASER_HEADING = re.compile(
    r"^\W*(?:don['’]?t\s+miss|before\s+you\s+go|(?:read|up|watch)\s+next|editor['’]?s['’]?\s+picks|what\s+(?:people"
    r"|others|readers)\s+are\s+reading|(?:you|readers)\s+might\s+(?:also\s+)?like|most\s+(?:read|popular|viewed|shared)"
    r"|(?:you\s+)?may\s+also\s+like|recommended|trending)(?:\s+(?:now|stories|for\s+you|today|this\s+week))?\W*$",
    re.IGNORECASE)
_LINKS_HEADING = re.compile(r"^\W*(?:more\s+(?:stories|from|on|like\s+this)|related\s+(?:stories|articles|content|news"
                            r"|reading)|in\s+other\s+news)\b", re.IGNORECASE)
_TEASER_CLASS = frozenset("recirc recirculation picks trending teasers".split())
_ASKING_CLASS = frozenset("poll polls quiz survey vote".split())            # with something to press or fill in
_BOX_CLASS = frozenset("box promo related more stories story teaser footer nav rail aside widget card cards".split())
_TEASER_PAIRS = ({"read", "next"}, {"up", "next"}, {"more", "by"}, {"most", "read"})


def _teaser_box(element) -> bool:
    """Whether ``element`` (a box or a list, holding no headline) is a teaser box or a poll (``_TEASER_HEADING``,
    ``_LINKS_HEADING``, ``_TEASER_CLASS``)."""
    if element.tag not in ("div", "section", "aside", "ul", "ol") or element.xpath(".//h1 | .//article"):
        return False
    words = set(re.split(r"[\s_-]+", (element.get("class") or "").lower()))
    heading = next(iter(element.xpath("./h2 | ./h3 | ./h4 | ./header/h2 | ./header/h3")), None)
    said = _flat(heading) if heading is not None else ""
    asks = bool(element.xpath(".//button | .//input | .//form | .//select"))      # a poll or a quiz to answer
    teasers = bool(words & _TEASER_CLASS or any(pair <= words for pair in _TEASER_PAIRS))
    headed = bool(_TEASER_HEADING.search(said) or _LINKS_HEADING.match(said))
    return teasers or bool(words & _ASKING_CLASS) and asks or headed and (
        _linked_share(element) >= 0.3 or bool(words & _BOX_CLASS))


def _plain(text: str) -> str:
    """``text``'s words in lower case, one space apart ("Boil-water notice" → "boil water notice")."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _site_first(markup: str, body: str) -> tuple[str, str] | None:
    """(headline, site) from a ``<title>`` naming the site first ("Quillhaven Courier | Record 9.2
    million tourists …", "Lenholt Courier - Kilcarra drama takes …") where the page shows the second
    part as its heading or a line of its text (``body``) and not the first, or a heading sharing a word
    with it (an old page's "Gazette - Harvest Show 2025 results" over its story's "<h2>Giant marrow takes
    top prize at 112th Harvest Show"), else None."""
    title = _page_title(markup, len(markup))
    parts = re.split(r"\s+(?:[|–—-]|::)\s+", title) if title else []
    tree = _page_tree(markup) if len(parts) == 2 else None
    if tree is None:
        return None
    shown = {_flat(h) for h in tree.xpath(_HEADLINES)} | {line.strip() for line in body.split("\n")}
    if _KICKER.fullmatch(parts[0]):
        return None                 # a kicker ("Exclusive - Why the ferry deal collapsed")
    opening = _plain(parts[1]) + " "
    first = body.split("\n", 1)[0].strip()      # (the text's first line where it is no sentence: an old page's
    headings = [_flat(h) for h in tree.xpath(_HEADLINES)] + ([first] if not re.search(r"[.!?]\W*$", first) else [])
    longer = next((line.strip() for line in headings if _plain(line).startswith(opening)), "")   # headline in bold)
    if longer and len(parts[1].split()) >= 4 and re.fullmatch(PUBLISHER_NAME, parts[0]) \
            and any(word.lower() in MASTHEAD_WORDS for word in parts[0].split()) \
            and not set(_plain(parts[0]).split()) <= SECTION_NAMES:
        return longer, parts[0]         # ("Dunveyr Ledger Online - Council backs new chairlift on Mount Oyen" over
        # the heading "Council backs new chairlift on Mount Oyen after 12-hour meeting"; a paper's name first, not
        # "Local News - …" nor "Jo Park - …")
    if _NOT_A_WRITER.search(parts[0]) or _KICKER.fullmatch(parts[0]):
        return None                 # a kicker or a section ("Opinion - Why the ferry deal collapsed")
    if parts[0] in shown or (masthead(parts[1]) and not masthead(parts[0])):
        return None                 # ("… over cap on students - Lisselburg Gazette", the paper's name shown too)
    if parts[1] in shown:
        return parts[1], parts[0]
    # ("Pellingford Gazette - Harvest Show 2025 results" over the heading "Giant marrow takes top prize at
    # 112th Harvest Show": the page's first heading sharing a word with the second part, where the page
    # shows the first as its masthead does, "PELLINGFORD GAZETTE", "© 2025 Pellingford Gazette")
    page_words = " ".join(" ".join(e.text_content().split()) for e in tree.xpath("//body")).casefold()
    if len(parts[0].split()) > 5 or parts[0].casefold() not in page_words:
        return None
    if masthead(parts[0]) and parts[1].casefold() in page_words:
        return parts[1], parts[0]       # ("Kessaly Tribune :: Castellan ends 16 years …", its headline in a <div>)

    return next(((heading, parts[0]) for heading in map(_flat, tree.xpath(_HEADLINES)[:5])
                 if _long_words(parts[1]) & _long_words(heading) and not _long_words(parts[0]) & _long_words(heading)),
                None)


_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/default.aspx"})


def _home_heading(markup: str, title: str) -> tuple[str, str] | None:
    """(headline, site) for a page whose one ``<h1>`` is the site's name as a link to its home page (an old site's
    template: "<h1><a href="http://www.marrowickstar.stu/">Marrowick Evening Star</a></h1>") and whose story's
    headline is the next ``<h2>`` (not a sidebar's, a menu's or a footer's, nor a blog's date; the extraction may
    leave it out of the text), where the headline the extraction found (``title``) is none or that name: a page whose
    ``<title>`` or ``og:title`` gives its headline keeps it (its ``<h2>`` may be a subheading in the story); else
    None."""
    from urllib.parse import urlsplit

    tree = _page_tree(markup)
    h1s = tree.xpath("//body//h1") if tree is not None else []
    if len(h1s) != 1:
        return None
    links, name = h1s[0].xpath(".//a[@href]"), _flat(h1s[0])
    if len(links) != 1 or _flat(links[0]) != name or not name or len(name.split()) > 6:
        return None
    if title and title.casefold() != name.casefold():
        return None
    address = urlsplit(links[0].get("href", "").strip())
    if address.path not in _HOME_PATHS or address.query or address.fragment or not (address.netloc or address.path):
        return None             # (not "#", "": a headline linking to itself)
    after = [h2 for h2 in h1s[0].xpath("following::h2") if not h2.xpath(_ASIDE)
             and not publication_date(_flat(h2))][:1]       # (not a blog's date heading: "Thursday, June 18th, 2026")
    headline = _flat(after[0]) if after else ""
    named = [part for part in re.split(r"\s+(?:[|–—-]|::)\s+", " ".join(_page_title(markup).split()))
             if part.casefold() != name.casefold() and len(part.split()) >= 4]
    if any(part.casefold() not in headline.casefold() for part in named):
        return None             # (the <title> gives the headline: "Council approves harbour gondola | Harbour Times")
    return (headline, name) if len(headline.split()) >= 4 else None


# The one story printed in full on a section's front page among teasers: an <article> that is no teaser, with its
# headline
_LEAD_STORY = ("//article[not(contains(@class, 'teaser')) and not(contains(@class, 'card'))"
               " and not(ancestor::article)][.//h1 or .//h2]")


def _lead_headline(markup: str) -> str:
    """The headline of the one story a section's front page prints in full (``_LEAD_STORY``), else ""."""
    tree = _page_tree(markup)
    leads = tree.xpath(_LEAD_STORY) if tree is not None else []
    heads = leads[0].xpath("(.//h1 | .//h2)[1]") if len(leads) == 1 else []
    return _flat(heads[0]) if heads else ""


# A post's headline as a blog's template marks it (hAtom's "entry-title", Blogger's "post-title", schema.org's)
_POST_TITLE = " or ".join([_class_is("entry-title"), _class_is("post-title"), "@itemprop='headline'"])


def _blog_first(markup: str, heading: str) -> tuple[str, str] | None:
    """(headline, blog) for a blog's post page: its ``<h1>`` (``heading``, the extraction's title) the
    blog's name, the post's own headline a heading its template marks (``_POST_TITLE``), and its
    ``<title>`` the two with a separator between ("The Velstad Ledger: Forty-one per cent: what rent …");
    else None."""
    tree = _page_tree(markup) if heading else None
    posts = {_flat(e) for e in tree.xpath(f"//body//*[{_POST_TITLE}]")} if tree is not None else set()
    post = posts.pop() if len(posts) == 1 else ""
    if not post or post == heading:
        return None
    between = r"\s*(?:[:|–—»-]|::)\s*"
    together = rf"{re.escape(heading)}{between}{re.escape(post)}|{re.escape(post)}{between}{re.escape(heading)}"
    return (post, heading) if re.fullmatch(together, " ".join(_page_title(markup).split())) else None


_KICKER = re.compile(r"(?i:opinion|exclusive|analysis|comment|live|breaking|review|interview|explainer|watch|video"
                     r"|podcast|letters?|editorial|obituary|update|updated|revealed|pictures|photos|gallery|quiz)")


def _layout_table(table) -> bool:
    """Whether ``table`` lays out a page (an old site's columns: a cell holding the story's headline and
    paragraphs; its masthead and menu in a row), not a table of data: a cell of it holds a heading,
    paragraphs or another box, or it has one cell, or its one row holds links, or it is one column with a
    row of links."""
    rows = table.xpath("./tr | ./tbody/tr")
    cells = [_unwrapped(cell) for cell in table.xpath("./tr/td | ./tbody/tr/td")]
    story = any(any(e.tag in ("h1", "h2", "h3", "div", "table", "ul") for e in cell)
                or len([e for e in cell if e.tag == "p"]) >= 2
                or any(len(_flat(e).split()) >= _BRIEF_WORDS for e in cell if e.tag == "p") for cell in cells)
    menu = any(len(row.xpath("./td//a")) >= 3 for row in rows)
    return story or len(cells) == 1 or menu and (len(rows) == 1 or all(len(row.xpath("./td")) == 1 for row in rows))
    # (a box of one cell: a picture and its caption; a menu's row of links, alone or under the masthead's; not a
    # results row's two teams)


# Elements an old page wraps a cell's whole story in ("<TD><FONT FACE=…><H2>…</H2><P>…")
_WRAPPERS = frozenset({"font", "center", "span", "b", "i", "strong", "em", "small", "big"})


def _unwrapped(element) -> list:
    """The elements inside ``element``, looking through the inline wrappers of ``_WRAPPERS``."""
    out = []
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() in _WRAPPERS:
            out.extend(_unwrapped(child))
        elif isinstance(child.tag, str):
            out.append(child)
    return out


def _tidied(markup: str) -> str:
    """``markup`` without its teaser boxes, polls and a layout's menu row (``_teaser_box``), and its
    layout tables' rows and cells as boxes (``_layout_table``; the extraction wrote the story in one as
    a table's row: "| headline byline first paragraph … |"); as it is when it has neither (told from the
    page's tree the credits read too, ``_page_tree``; a copy to change is parsed only when there is)."""
    if not re.search(r"<(?:div|section|aside|ul|ol|table)\b", markup, re.IGNORECASE):
        return markup
    seen = _page_tree(markup)
    if seen is None or not any(_to_tidy(seen)):
        return markup
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(markup)
    except Exception:               # unparsable markup: the extraction makes what it can of it
        return markup
    boxes, layouts = _to_tidy(tree)
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()
    for table in layouts:
        own = [table, *(e for e in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")   # (not a row or a cell
                        if next(e.iterancestors("table"), None) is table)]                  # of a table inside it)
        cells = [e for e in own if e.tag in ("td", "th")]
        for cell in cells:
            _unwrap_story(cell)
        story = next((n for n, cell in enumerate(cells)
                      if any(e.tag in ("p", "h1", "h2", "h3") for e in _unwrapped(cell))), None)
        for n, cell in enumerate(cells):        # (a row above the story's: its headline and byline)
            above = story is not None and n < story and cell.getparent() is not cells[story].getparent()
            _lines_as_paragraphs(cell, lxml_html, above)
        for element in own:
            element.tag = "div"
    return lxml_html.tostring(tree, encoding="unicode")


def _to_tidy(tree) -> tuple[list, list]:
    """The teaser boxes, polls and menu rows of a page's ``tree`` to leave out, and its layout tables."""
    boxes = [e for e in tree.iter("div", "section", "aside", "ul", "ol") if _teaser_box(e)] + [
        t for t in tree.iter("table") if _menu_table(t)]
    return boxes, [t for t in tree.iter("table") if _layout_table(t) and t not in boxes]


def _menu_table(table) -> bool:
    """Whether ``table`` is a menu: mostly the text of three links or more, in one row ("Home | News | Sport") or
    in one column (an old site's sections down its left side, a link to a row)."""
    rows = table.xpath("./tr | ./tbody/tr")
    one_column = len(rows) >= 3 and all(len(row.xpath("./td | ./th")) <= 1 for row in rows) \
        and not table.xpath(".//table | .//p")
    return (len(rows) == 1 or one_column) and len(table.xpath(".//a")) >= 3 and _linked_share(table) >= 0.5


# What runs on inside a line of text, which a layout cell's "<br>" ends
_INLINE = frozenset({"font", "b", "strong", "i", "em", "a", "span", "small", "big", "u", "time", "abbr", "cite", "sup",
                     "sub", "img"})


def _unwrap_story(cell) -> None:
    """A layout cell whose story an old page wraps whole in inline elements ("<td><font face=…><h2>…</h2>
    <i>By …</i><p>…"): the wrappers dropped, their content left in the cell."""
    while len(cell) == 1 and not (cell.text or "").strip() and not (cell[0].tail or "").strip() \
            and isinstance(cell[0].tag, str) and cell[0].tag.lower() in _WRAPPERS \
            and cell[0].xpath("./p | ./h1 | ./h2 | ./h3 | ./table | ./div"):
        cell[0].drop_tag()


def _lines_as_paragraphs(cell, lxml_html, story: bool = False) -> None:
    """The loose lines of text of a layout cell holding the story's paragraphs, or of a cell in a row above
    the story's in the same table (``story``: with its headline and byline), ended by ``<br>`` (an
    old page's headline in ``<font><b>``, "Posted by …", its date), each made a paragraph of its own,
    which the extraction keeps as it keeps the cell's ``<p>``s; its boxes as they are."""
    if not cell.xpath("./p | ./h1 | ./h2 | ./h3") and not (story and _linked_share(cell) < 0.5
                                                            and not cell.xpath(".//p | .//h1 | .//h2 | .//h3")):
        return                      # a side column's notices, a menu: no story's cell (nor one wrapping its story)
    items = ([cell.text] if cell.text else []) + [x for child in cell for x in (child, child.tail) if x is not None]
    if not any(isinstance(x, str) and x.strip() for x in items) and not any(
            not isinstance(x, str) and x.tag in _INLINE for x in items):
        return
    for child in list(cell):
        child.tail = None
        cell.remove(child)
    cell.text = None
    line = None

    def close() -> None:
        nonlocal line
        if line is not None and line.text_content().strip():
            cell.append(line)
        line = None

    for x in items:
        if isinstance(x, str) or x.tag in _INLINE:
            line = lxml_html.Element("p") if line is None else line
            if not isinstance(x, str):
                line.append(x)
            elif len(line):
                line[-1].tail = (line[-1].tail or "") + x
            else:
                line.text = (line.text or "") + x
        elif x.tag == "br":
            close()
        else:                       # a box of its own: a paragraph, a table, a list
            close()
            cell.append(x)
    close()


def figure_captions(markup: str, body: str) -> list[str]:
    """The text of each figure's caption (a ``<figcaption>``, or an element of class "caption") in the page's story
    (its ``<article>`` or ``<main>``, else the page; not in a related stories' box, a menu or a footer) that
    ``body`` (the extraction's text) does not hold ("A fire service boat on Mill Street. Photo: Henrik Saa/TPA":
    a reader sees it under the picture, the extraction drops a <figure> whole), in page order, each once."""
    tree = _page_tree(markup) if _CAPTIONED.search(markup) else None
    if tree is None:
        return []
    story = tree.xpath(" | ".join(f"//{root}//{c}" for root in ("article", "main") for c in _CAPTIONS)) \
        or tree.xpath(" | ".join(f"//{c}" for c in _CAPTIONS))
    found: list[str] = []
    for element in story:
        if element.xpath(f"{_ASIDE} | ancestor::*[{_PROMO}] | ancestor::figcaption | ancestor::*[{_CAPTION_CLASS}]"):
            continue                    # a related story's picture, a menu's, a footer's; a caption's own part
        line = " ".join(_shown_lines(element))      # (its paragraphs apart: "Crowds at the pier. Photo: J Lind")
        if line and line not in body and line not in found:
            found.append(line)
    return found


# A note that the story is another paper's: "This article first appeared in The Pellerin Tribune and is
# republished by arrangement", "Originally published by the Kelder Post; republished with permission" (not a
# paper's about box, "First published in 1851, the Kelder Examiner is …", nor a book's details, nor a copyright line)
_SYNDICATED = re.compile(r"^(?:This\s+(?:article|story|piece|report|column|interview)\s+(?:first\s+|originally\s+)?"
                         r"(?:appeared|ran|was\s+(?:first\s+|originally\s+)?(?:published|printed))\s+(?:in|on|by)"
                         r"|(?:Originally|First)\s+(?:published|appeared)\s+(?:in|on|by)|Republished\s+(?:with\s+"
                         r"permission\s+)?(?:from|by\s+arrangement\s+with))\s+(?!\d)\S", re.IGNORECASE)
_SYNDICATED_SAYS = re.compile(r"\bthis\s+(?:article|story|piece|report|column|interview)\b|\brepublished\b"
                              r"|\breproduced\b|\bby\s+arrangement\b|\bwith\s+(?:kind\s+)?permission\b", re.IGNORECASE)
_SYNDICATED_WORDS = 40
# A section of short items under the story ("In brief", "News in brief"), each with its own headline and
# writer, that the extraction leaves out with the page's furniture (not a newsletter's "Briefing" box)
_BRIEFS = re.compile(r"^(?:(?:news\s+)?in\s+brief|briefly)$", re.IGNORECASE)
_BRIEF_LINES = 40
_BRIEF_WORDS = 15           # a brief item's paragraph: a story's sentences, not a teaser's headline
# What holds no part of the story: other stories' teasers, a sign-up box, a site's rail or partner links
_NOT_STORY = ("contains(@class, 'sidebar') or contains(@class, 'most') or contains(@class, 'newsletter') "
              "or contains(@class, 'signup') or contains(@class, 'subscribe') or contains(@class, 'teaser') "
              "or contains(@class, 'widget') or contains(@class, 'rail') or contains(@class, 'partner') "
              "or contains(@class, 'about') or contains(@class, 'copyright') or contains(@id, 'sidebar')")


def _flat(element) -> str:
    """``element``'s text on one line as a reader sees it: its runs of spaces as one, no soft hyphens
    ("Hem&shy;ming&shy;sen": "Hemmingsen", as the extraction gives the story's paragraphs)."""
    return " ".join(element.text_content().replace("\u00ad", "").split())


def _linked_share(element) -> float:
    """How much of ``element``'s text is the text of its links (a list of teasers: all of it)."""
    text = len(_flat(element))
    links = sum(len(_flat(a)) for a in element.iter("a"))
    return links / text if text else 1.0


def items_bylined(markup: str, text: str, after: int) -> str:
    """``text`` (the page's text so far) with each byline element of the story's later items (after a
    paragraph of the story) that the extraction dropped ("<h2>In brief: Ferry firm orders two electric
    ships</h2><p class="byline">By Haakon Brisk</p><p>…</p>") as a line of its own before the text
    that follows it on the page, where ``text`` holds that text after its first ``after`` characters
    (the headline); ``text`` as it is otherwise. A byline in a related stories' box, a menu or a
    footer is none of the story's."""
    tree = _page_tree(markup) if re.search(r"byline|author", markup, re.IGNORECASE) else None
    if tree is None:
        return text
    for element in tree.xpath(f"//body//*[{_BYLINE_ELEMENT}]")[:40]:
        line = " ".join(_shown_line(element).split())
        if not line or not byline(line) or line in text \
                or element.xpath(_OUTSIDE_STORY):
            continue
        follower = next((_flat(e)[:60] for e in element.itersiblings() if len(_flat(e)) >= 20), "")
        heading = next((_flat(e) for e in element.itersiblings(preceding=True) if _flat(e)), "")   # its headline
        at = text.find(follower, after) if follower else -1
        told = any(len(shown.split()) >= _BRIEF_WORDS for shown in text[after:max(at, after)].split("\n"))
        if at > after and told and text.count(follower) == 1 and heading \
                and text.rfind(heading, after, at) >= text.rfind("\n", 0, text.rfind("\n", 0, at)):
            start = text.rfind("\n", 0, at) + 1
            text = f"{text[:start]}{line}\n{text[start:]}"
    return text


_HEADING_WORDS = 15         # a sub-heading: a line, not a paragraph
_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d\d(?:\s*(?:am|pm|GMT|BST|UTC|CET))?", re.IGNORECASE)     # a live entry's time
# A heading over what is no part of the story: other stories, readers' comments, tags, sharing, an
# advert, the writer's bio, a player or a label ("Related fact checks", "In other news", "What you said",
# "Listen to this article"); opening the heading, or the heading whole for a word that may open a
# sub-heading ("Popular" alone, not "Popular crossing faces second rise")
_NOT_STORY_HEADING = re.compile(
    r"^\W*(?:related|more\s+(?:on|from|about|stories|like)|most\s+(?:read|popular|viewed|shared)|see\s+also"
    r"|further\s+reading|(?:you\s+)?may\s+also|recommended|share\s+this|follow\s+us|newsletters?\b|sign\s+up\s+"
    r"(?:to|for)"
    r"|read\s+more|latest\s+(?:news|stories)|top\s+stories|in\s+other\s+news|also\s+(?:today|in|on)\b|elsewhere"
    r"|previously\s+(?:in|on)|catch\s+up|what\s+else|what\s+you\s+said|have\s+your\s+say|your\s+(?:views|say|comments)"
    r"|join\s+the\s+(?:debate|conversation)|sponsored|advertisement|advertising|promoted|partner\s+content"
    r"|paid\s+(?:content|post)|about\s+the\s+(?:author|writer|reporter)|company\s+information|listen\s+to\b"
    r"|watch\s*:|image\s+caption|skip\s+to|get\s+the\s+\w+\s+(?:briefing|newsletter)|don['’]?t\s+miss|before\s+you\s+go"
    r"|(?:read|up|watch)\s+next|editor['’]?s['’]?\s+picks|what\s+(?:people|others|readers)\s+are\s+(?:reading|saying)"
    r"|(?:you|readers)\s+might\s+(?:also\s+)?like)"
    r"|^\W*(?:popular|trending|comments?(?:\s*\(\d+\))?|replies|tags|topics|share|newsletter|previously|elsewhere"
    r"|more|advert)\W*$", re.IGNORECASE)


def _other_headline(line: str, title: str) -> bool:
    """Whether ``line`` is the story's headline written otherwise (a print view's "<h2>" beside its
    <title>: most of the words of each in the other; not an explainer's question, which repeats its
    words), or a heading over what is no part of the story ("Related fact checks")."""
    words, said = set(re.findall(r"\w{5,}", line.lower())), set(re.findall(r"\w{5,}", title.lower()))
    return bool(_NOT_STORY_HEADING.search(line)) or (not line.rstrip().endswith("?") and len(words) >= 3
                                                      and len(words & said) >= 0.6 * max(len(words), len(said)))


def headings_restored(markup: str, text: str, after: int) -> str:
    """``text`` (the page's text so far) with each question the story asks in a sub-heading that the
    extraction dropped (an explainer's "<h2>Why is it going up?</h2>" over its answer) as a line of its own
    before the paragraph it heads, where ``text`` holds that paragraph once after its first ``after``
    characters (the headline) at the start of a line; ``text`` as it is otherwise. A heading in a
    related stories' box, a menu or a footer is none of the story's."""
    tree = _page_tree(markup) if re.search(r"<h[2-4]\b", markup, re.IGNORECASE) else None
    if tree is None:
        return text
    shown = {line.strip() for line in text.split("\n")}
    for heading in tree.xpath("//body//*[self::h2 or self::h3 or self::h4]")[:100]:
        line = _flat(heading)
        if not line.endswith("?") or len(line.split()) > _HEADING_WORDS \
                or heading.xpath(f"{_OUTSIDE_STORY} | ancestor::form | ancestor-or-self::*[{_HIDDEN}]") \
                or line in shown or _other_headline(line, text[:after]):
            continue
        follower = next((e for e in heading.itersiblings() if _flat(e)), None)
        if follower is None or follower.tag != "p" or len(_flat(follower).split()) < _BRIEF_WORDS:
            continue
        stamp = next((e for e in heading.itersiblings(preceding=True) if _flat(e)), None)
        if stamp is not None and _CLOCK_LINE.fullmatch(_flat(stamp)):
            continue            # a live entry's heading under its time: the entry is read as its time and text
        opening = _flat(follower)[:60]
        at = text.find("\n" + opening, after)
        above = text[text.rfind("\n", 0, at) + 1:at].strip() if at >= 0 else ""
        if at >= 0 and text.count(opening) == 1 and not _CLOCK_LINE.fullmatch(above):
            text = f"{text[:at + 1]}{line}\n{text[at + 1:]}"     # (not between a live entry's time and its text)
            shown.add(line)
    return text


_BOX_WORDS = 12            # a fact box's lines: more than a label or two
# A fact box by its class or id ("factbox", "key-facts", "at-a-glance", "infobox"; not an advert, an
# appeal, an author's bio or a comments notice)
_FACT_BOX = re.compile(r"fact|glance|info-?box|key-?(?:points|figures|numbers)|by-the-numbers|stats", re.IGNORECASE)


# A fact box by the name of its class or id wherever it stands on the page ("fact-file" in a sidebar beside "Most
# read"): one of these words, not a part of one ("artifact", "manufacturer")
_FACT_BOX_NAME = re.compile(r"(?:^|[\s_-])(?:fact-?(?:file|box|sheet)s?|factfile|factbox|facts|key-?facts|at-a-glance"
                            r"|info-?box)(?:$|[\s_-])", re.IGNORECASE)
# A name (two capitalised words) a fact box outside the story shares with it: the person or place it is about
_NAMED = re.compile(rf"\b[{CAPITALS}][\w'’-]+\s+[{CAPITALS}][\w'’-]+")


def _fact_boxes(tree, body: str) -> list:
    """A page's fact boxes: one in the story (an <aside> of a fact box's class in its <article> or <main>),
    and one elsewhere on the page whose class or id names it a fact box (``_FACT_BOX_NAME``) and that names
    someone or something the story (``body``) names; none in a menu, a header or a footer, nor one of links
    or with a form."""
    boxes = [box for box in tree.xpath("//article//aside | //main//aside")[:20]
             if _FACT_BOX.search(f"{box.get('class', '')} {box.get('id', '')}")
             and not box.xpath(f"self::*[{_PROMO} or {_NOT_STORY}] | ancestor::aside")]
    for box in tree.xpath("//body//*[self::div or self::section or self::aside]")[:2000]:
        if box not in boxes and _FACT_BOX_NAME.search(f"{box.get('class', '')} {box.get('id', '')}") \
                and not box.xpath("ancestor::article | ancestor::main | .//article") \
                and any(name.group() in body for line in _box_lines(box) for name in _NAMED.finditer(line)):
            boxes.append(box)
    return [box for box in boxes[:20] if not box.xpath(".//form | .//input | ancestor::nav | ancestor::footer "
                                                        "| ancestor::header") and _linked_share(box) < 0.5]


def _box_lines(box) -> list[str]:
    """A fact box's lines: its headings, items and paragraphs (one line an item, whatever it holds), each label
    of a list of terms with what it labels ("Born: 14 April 1979, Calbrind" of <dt>Born:</dt><dd>14 April 1979,
    Calbrind</dd>)."""
    lines: list[str] = []
    for e in box.xpath(".//h2 | .//h3 | .//h4 | .//li | .//p | .//dt | .//dd"):
        line = _flat(e)
        if not line or e.xpath("ancestor::li | ancestor::dd | ancestor::dt | ancestor::p"):
            continue            # (a paragraph in an item is the item's line)
        before = e.getprevious()
        if e.tag == "dd" and before is not None and before.tag == "dt" and lines and lines[-1] == _flat(before):
            label = lines.pop()
            line = f"{label} {line}" if label.endswith(":") else f"{label}: {line}"
        lines.append(line)
    return lines[:_BRIEF_LINES]


# A writer's note saying who they are: "Katrin Elvström is a former minister …", "Jo Park was …"
_WRITERS_NOTE = re.compile(rf"(?:[{CAPITALS}][\w'’.-]+\s+){{1,3}}(?:is|was|has\s+been)\s")


def missed_lines(markup: str, body: str) -> list[str]:
    """What a reader sees of the story that ``body`` (the extraction's text) lacks, as lines: a fact
    box in the story ('<aside class="factbox">' in its <article>: its heading and items), a columnist's
    note on who they are ('<p class="author-bio">Katrin Elvström is a former minister …'), a note
    that it is another paper's ("This article first appeared in …"), and the items of an "In brief"
    section under it (its heading, each item's headline, byline and paragraphs); none from a
    related stories' box, a menu, a footer, a sidebar, a sign-up box or a list of links."""
    tree = _page_tree(markup) if re.search(r"appeared|published|brief|bio|rating|★|<aside|<[ou]l\b|<h[2-4]\b",
                                           markup, re.IGNORECASE) else None
    if tree is None:
        return []
    found: list[str] = []
    for box in _fact_boxes(tree, body):      # a fact box beside the story
        lines = _box_lines(box)     # (kept unless its lines of four words or more are in the text: a heading
        if sum(len(line.split()) for line in lines) >= _BOX_WORDS \
                and not any(line in body for line in lines if len(line.split()) >= 4):   # "Ida Brennan" may be)
            found.extend(line for line in lines if line not in found)
    for element in tree.xpath("//body//*[self::p or self::div][contains(@class, 'bio')]")[:5]:
        line = _flat(element)       # a columnist's note under the story: "Katrin Elvström is a former minister …"
        if _WRITERS_NOTE.match(line) and len(line.split()) >= 8 and line not in body and line not in found \
                and not element.xpath(_OUTSIDE_STORY):
            found.append(line)
    for element in tree.xpath("//body//*[self::p or self::div or self::span or self::em]")[:2000]:
        line = _flat(element)
        if _SYNDICATED.match(line) and _SYNDICATED_SAYS.search(line) and len(line.split()) <= _SYNDICATED_WORDS \
                and not re.search(r"©|\bcopyright\b|all\s+rights\s+reserved", line, re.IGNORECASE) \
                and line not in body and not element.xpath(_OUTSIDE_STORY) and _linked_share(element) < 0.5 \
                and line not in found:
            found.append(line)
    for element in tree.xpath(_RATING_XPATH)[:5]:
        line = _flat(element)       # a review's rating: "★★★★☆ Rating: 4/5"
        if _RATING.search(line) and len(line.split()) <= _RATING_LINE_WORDS and line not in body and line not in found \
                and not element.xpath(f"self::aside | self::nav | self::footer | {_OUTSIDE_STORY}"):
            found.append(line)
    story = _Story.of(tree, body)
    for box in tree.xpath("//body//*[self::div or self::section or self::aside or self::article]"
                          "[./h2 or ./h3 or ./h4]")[:200]:
        lines = _boxed_story(box, body, story)
        found.extend(line for line in lines if line not in found)
    for listed in tree.xpath("//body//*[self::ul or self::ol]")[:200]:
        lines = _story_list(listed, body, story)
        found.extend(line for line in lines if line not in found)
    for heading in tree.xpath("//h2 | //h3 | //h4")[:100]:
        section = heading.getparent()
        if not _BRIEFS.match(_flat(heading)) or section is None \
                or section.xpath(f"self::body | .//form | .//input | {_OUTSIDE_STORY}") \
                or _linked_share(section) >= 0.5:
            continue
        lines = [_flat(e) for e in section.xpath(".//h2 | .//h3 | .//h4 | .//p")]
        lines = [line for line in lines if line][:_BRIEF_LINES]
        told = [_flat(p) for p in section.xpath(".//p")]
        told = [line for line in told if len(line.split()) >= _BRIEF_WORDS]
        if told and not any(line in body for line in told):
            found.extend(line for line in lines if line not in found)
    return found


# Where readers write, not the paper: a comments section, a reply form, a discussion
_READERS = ("contains(@class, 'comment') or contains(@id, 'comment') or contains(@class, 'reply') "
            "or contains(@id, 'reply') or contains(@class, 'discussion') or contains(@class, 'conversation') "
            "or contains(@class, 'responses') or contains(@class, 'ugc')")
# What only a screen reader hears
_HIDDEN = ("contains(@class, 'sr-only') or contains(@class, 'visually-hidden') or @aria-hidden='true'")
# What is no part of any story a page holds: a consent box, the writer's bio, a call to sign up, an
# advert, the company's legal lines, what only a screen reader hears
_FURNITURE = (f"{_HIDDEN} or contains(@class, 'cookie') or contains(@class, 'consent') or contains(@id, 'consent') "
              "or contains(@class, 'privacy') or contains(@class, 'cmp') or contains(@class, 'gdpr') "
              "or contains(@class, 'bio') or contains(@class, 'profile') or contains(@class, 'writer') "
              "or contains(@class, 'author') or contains(@class, 'cta') or contains(@class, 'inbox') "
              "or contains(@class, 'ad-') or contains(@class, 'advert') or contains(@class, 'commercial') "
              "or contains(@class, 'sponsor') or contains(@class, 'legal') or contains(@class, 'imprint')")
_FURNITURE_TEXT = re.compile(r"\b(?:cookies?|unsubscribe|your\s+inbox|sign\s+up|subscribe|registered\s+in\s+england"
                             r"|all\s+rights\s+reserved|advertisement\s+feature|sponsored\s+by)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Story:
    """Where a page's story is: the paragraphs of it the extraction's text holds, and the
    ``<article>`` elements holding any of them (worked out once a page)."""

    told: frozenset
    articles: tuple

    @staticmethod
    def of(tree, body: str) -> _Story:
        told = frozenset(p for p in tree.iter("p") if len(_flat(p).split()) >= _BRIEF_WORDS and _flat(p) in body)
        return _Story(told, tuple(a for a in tree.xpath("//body//article") if told.intersection(a.iter("p"))))

    def holds(self, element) -> bool:
        """Whether ``element`` is or holds a paragraph of the story."""
        return not self.told.isdisjoint(element.iter("p"))


# Class words of what leads off the story, or asks the reader to act: "nav-stories", "footer-stories",
# "recirc", "read-next", "editors-picks", "share-tools", "poll-options", "quiz" (whole words of the class)
_AWAY = " or ".join(f"contains(concat(' ', translate(@class, '-_', '  '), ' '), ' {word} ')" for word in sorted(
    _TEASER_CLASS | _ASKING_CLASS | {"nav", "navigation", "menu", "footer", "next", "share", "sharing", "social",
                                     "buttons", "tools"}))


def _beside_story(element, story: _Story) -> bool:
    """Whether ``element`` sits beside the story: an element next to it (before or after it) holds one
    of its paragraphs, inside the ``<article>`` holding the story where there is one, and neither it
    nor what holds it is a related stories' box, a menu, a footer, a sidebar, a sign-up box, a form,
    buttons, a poll, readers' comments, a list of links or page furniture (``_FURNITURE``, ``_AWAY``)."""
    if element.xpath(f"{_OUTSIDE_STORY} | .//form | .//input | .//button | ancestor-or-self::*[{_READERS}] "
                     f"| ancestor-or-self::*[{_AWAY}] | ancestor-or-self::*[position() <= 2][{_FURNITURE}] "
                     f"| preceding-sibling::*[1][self::button or .//button or self::input or .//input] "
                     f"| following-sibling::*[1][self::button or .//button or self::input or .//input]") \
            or _linked_share(element) >= 0.5 or _FURNITURE_TEXT.search(_flat(element)):
        return False
    if story.articles and not any(a in element.iterancestors() for a in story.articles):
        return False            # the story is in an <article>: what is outside it is not the story's
    return any(map(story.holds, (*element.itersiblings(preceding=True), *element.itersiblings())))


def _boxed_story(box, body: str, story: _Story) -> list[str]:
    """The lines of a second story boxed beside the story (its heading and its paragraphs: "<div
    class="box-story"><h2>Governor: 'We are not done'</h2><p>…</p><p>…</p></div>") that ``body``
    lacks, or []."""
    told = [_flat(p) for p in box.xpath("./p")]
    if any(_NOT_STORY_HEADING.search(_flat(h)) for h in box.xpath("./h2 | ./h3 | ./h4")):
        return []
    if sum(len(line.split()) >= _BRIEF_WORDS for line in told) < 2 or any(line in body for line in told if line) \
            or not _beside_story(box, story):
        return []
    return [line for line in map(_flat, box.xpath("./h2 | ./h3 | ./h4 | ./p")) if line][:_BRIEF_LINES]


def _story_list(listed, body: str, story: _Story) -> list[str]:
    """The items of a list in the story (a timeline, key points: "<h2>A short history of the route</h2>
    <ul><li>1921: First regular steam ferry …</li>…</ul>"), with the heading right over it, that ``body``
    lacks, or []."""
    items = [line for line in map(_flat, listed.xpath("./li")) if line][:_BRIEF_LINES]
    if sum(len(line.split()) for line in items) < _BOX_WORDS or any(line in body for line in items) \
            or not _beside_story(listed, story):
        return []
    over = next(listed.itersiblings(preceding=True), None)
    heading = _flat(over) if over is not None and over.tag in ("h2", "h3", "h4") else ""
    if _NOT_STORY_HEADING.search(heading):
        return []
    return ([heading] if heading and heading not in body else []) + items


# What holds other stories' teasers: "related", "promo", "recommended", "more-stories"
_PROMO = ("contains(@class, 'related') or contains(@class, 'promo') or contains(@class, 'recommend') "
          "or contains(@class, 'more-') or contains(@id, 'related')")
# What on a page is no part of the story: a related stories' box, a menu, a footer, a sidebar, a sign-up box
_OUTSIDE_STORY = f"{_ASIDE} | ancestor-or-self::*[{_PROMO} or {_NOT_STORY}]"
# A review's rating, as its page shows it: an element of class "rating" or "stars" saying "★★★★☆" or "4/5"
_RATING_XPATH = "//body//*[contains(@class, 'rating') or contains(@class, 'stars')]"
# (how a rating is written, also read by ``qa.read.ratings``: stars, or "4/5", "3.5 out of 5", "8/10")
STARS = re.compile(r"[★☆]{3,}")
OUT_OF = re.compile(r"\b\d(?:[.,]\d)?\s*(?:/|out\s+of)\s*(?:5|10)\b")
_RATING = re.compile(f"{STARS.pattern}|{OUT_OF.pattern}")
_RATING_LINE_WORDS = 12


def captions_as_lines(body: str, captions: set[str]) -> str:
    """``body`` (trafilatura's text) with each table caption of ``captions`` on a line of its own
    above its table, as the page shows it, rather than as a header row over the table's own (which
    gave the text two "|---|" rules and the caption as a row of the table)."""
    if not captions:
        return body
    lines = body.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        m = _CAPTION_ROW.fullmatch(lines[i])
        if m and _caption_key(m.group("caption")) in captions:
            kept.append(m.group("caption"))
            i += 2 if i + 1 < len(lines) and _HEAD_RULE.fullmatch(lines[i + 1].strip()) else 1
            continue
        kept.append(lines[i])
        i += 1
    return "\n".join(kept)


class HtmlLoader:
    """``.html`` and ``.htm``: saved article pages."""

    suffixes = (".html", ".htm")
    max_bytes = MAX_ARTICLE_BYTES

    def load(self, raw: bytes, address: str = "") -> Article:
        """``address``: where the page was saved from, when the save says (a single-file save
        does): dates the page by its URL ("/2026/03/14/") as a link in the page would."""
        check_size(raw, MAX_ARTICLE_BYTES, "web page", " for pages")    # (trafilatura takes seconds a megabyte)
        markup = source_breaks_as_spaces(page_text(raw))
        markup = framed_inline(markup) if "srcdoc" in markup else markup
        markup = opened_dialog(markup) if "dialog" in markup else markup
        markup = struck_out(markup) if _STRUCK.search(markup) else markup
        stories = scrolled_stories(markup)
        if not stories:
            return self._read(markup, address)
        read = []
        for i, story in enumerate(stories):
            try:
                read.append(self._read(story, address if i == 0 else ""))
            except ValueError:
                if i == 0:              # (the page's own story; a later one may be a gallery's or a video's)
                    raise
        return _joined(read)

    def _read(self, markup: str, address: str) -> Article:
        """The article of one page's (or one story's) markup."""
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)     # it logs every page it rejects
        try:
            page = trafilatura.bare_extraction(shown_text(markup), url=address or None, **_OPTIONS)
        except Exception as exc:      # malformed input trafilatura cannot handle: the file is skipped, with why
            raise ValueError(f"not a readable web page ({type(exc).__name__})") from None
        body = captions_as_lines((page.text or "").strip(), table_captions(markup)) if page is not None else ""
        body = without_readers(markup, unglued(markup, body))
        if not body:
            raise ValueError("no article found in this web page")
        title, publisher = split_publisher(" ".join((page.title or "").split()))
        sitename = page.sitename or _meta_site(markup)
        named_first = _site_first(markup, body) or _blog_first(markup, title) or _home_heading(markup, title)
        if named_first:                 # "Quillhaven Courier | Record 9.2 million tourists …", its headline shown
            (title, publisher), sitename = named_first, named_first[1]
        if title.casefold() in SECTION_NAMES and (lead := _lead_headline(markup)):
            title = lead                # a section's front page: its lead story's headline, not "Business"
        first_line = body.split("\n", 1)[0].strip()
        if not title:
            title = first_line[:300]
        # The headline is the text's first line (quotable, and read as the title like a text file's),
        # then the publisher's name, the byline and the date line the page shows where the extraction
        # left them out.
        author = writer_only(page.author or "")         # ("Nadia Ferro Columnist": the page's spans run together)
        byline_line, named, *dated = shown_credits(markup, author, page.date or "", title)
        as_line = re.compile(rf"{re.escape(byline_line)}(?:\s*[|·•,;–—-]|$)")    # (not inside a writer's note)
        spaced = "\n".join(" ".join(shown.split()) for shown in body.split("\n"))     # (a "&nbsp;|&nbsp;" as " | ")
        shown_whole = [shown for shown in spaced.split("\n") if as_line.match(shown)]
        credits = [line for line in (byline_line, *dated)
                   if line and (line not in spaced or line == byline_line and not shown_whole)]
        page_site = spelled_out(markup, site_name(sitename, title, " ".join(_page_title(markup).split())))
        page_name = shown_masthead(markup, page_site, title)
        named_line = page_name
        lines = body.split("\n")
        at = headline_line(lines, title)
        header = lines[:max(at, 0)]                 # kickers, then what comes before the story's first line
        for line in lines[at + 1:]:
            if line.strip() and not metadata_line(line):
                break
            header.append(line)
        shown_above = "\n".join([title, *credits, *header]).casefold()
        if named_line and (named_line.casefold() in shown_above or named_line in (line.strip() for line in lines)):
            named_line = ""                 # named above the story already, or a line of its own in the text
        credits = [named_line, *credits] if named_line else credits
        if at == 0 and not credits:
            text = body
        else:
            rest = "\n".join(lines[at + 1:]).lstrip("\n") if 0 <= at < len(lines) - 1 else body
            text = "\n".join([title, *credits]) + "\n\n" + rest
        text = headings_restored(markup, items_bylined(markup, text, len(title)), len(title))
        closing = closing_author(text)          # (what the story's own end says, not its pictures')
        captions = figure_captions(markup, text) + missed_lines(markup, text)
        text = text.replace("\r\n", "\n").replace("\r", "\n") + "\n" + "".join(f"\n{line}\n" for line in captions)
        # What trafilatura keeps of a page's furniture ("CLICK HERE TO READ MORE" inside the article
        # element, a lone "Share" line) is left out as in a text file.
        added = {line for line in credits if not metadata_line(line)}     # "Ana Lima, Science Editor", a masthead
        added |= {byline_line} if shown_whole else set()      # (or the byline as the extraction kept it)
        headline, blocks = title_and_blocks(text, skip=lambda line: metadata_line(line) or line.strip() in added)
        if not blocks:
            raise ValueError("no article text in this web page (only a headline)")
        words = sum(len(text[a:b].split()) for a, b in blocks)
        if words < MIN_PAGE_WORDS:       # what trafilatura falls back to on a page with no article: a menu, a 404
            raise ValueError(f"no article found in this web page (only {words} word{'s' * (words != 1)} of text)")
        # The page's metadata first; a page without them may still say it in its text ("Published 5
        # March 2024", "By Kim Ode", "LISBON, January 9, 2025 — …"), as a text file does.
        dates = full_dates(order_settled(page.date or "", markup, text, american(markup)))
        date = dates[0].iso() if dates else next(filter(None, map(publication_date, text.split("\n")[:8])), "") \
            or opening_dateline(text, blocks) or _closing_date_line(text) or _unix_time_date(markup)
        site = page_site or publisher or title_publisher(markup, title) \
            or publisher_above(text, 0, blocks) or page_name or wire_agency_above(text[blocks[0][0]:blocks[0][1]]) \
            or _titled_otherwise(markup, title)
        # The byline the text shows ("By Jo Park and Kim Ode") before the metadata's author ("Jo Park;
        # Political Reporter"): it is the one an answer quotes.
        shown_byline = bool(byline_line) and (byline_line in credits or bool(shown_whole))
        return Article(text=text, encoding="utf-8", title=headline, blocks=blocks, date=date, publisher=site,
                       author=byline_above(text, 0, blocks) or (named if shown_byline else "")
                       or writers_only(author, text) or signoff_author(text, blocks[0][0]) or closing)


def framed_inline(markup: str) -> str:
    """A page whose story is a document of its own in an ``<iframe srcdoc="…">`` (the site's menus and footer around
    it) with that document's body in the frame's place, the page's head (its title, its metadata) kept; the page as it
    is when no frame holds more text than the page around it."""
    from lxml import html as lxml_html

    tree = _page_tree(markup)
    frames = tree.xpath("//iframe[@srcdoc]") if tree is not None else []
    if not frames:
        return markup
    tree = lxml_html.fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))   # (a copy:
    # the cached tree is read only)
    around = _shown_length(tree)
    changed = False
    for frame in tree.xpath("//iframe[@srcdoc]"):
        try:
            inner = lxml_html.fromstring(frame.get("srcdoc").encode("utf-8"),
                                         parser=lxml_html.HTMLParser(encoding="utf-8"))
        except Exception:           # (an empty or unparsable frame: left as it is)
            continue
        body = inner.find("body") if inner.tag == "html" else inner
        if body is None or _shown_length(body) <= around:
            continue
        if body.tag == "body":
            body.tag = "div"        # (a frame's one <article> stays an article)
        body.tail = frame.tail
        frame.getparent().replace(frame, body)
        changed = True
    return lxml_html.tostring(tree, encoding="unicode") if changed else markup


# Words a page shows struck out: an edit's withdrawn words ("rises to <del>42</del> <ins>48</ins> million"), a price no
# longer asked ("<s>40</s> 30"); the tag's name whole ("<s>", "<del class=…>", not a script's "i<s.length")
_STRUCK = re.compile(r"<(?:del|s|strike)[\s>]", re.IGNORECASE)


def struck_out(markup: str) -> str:
    """``markup`` without the words its body shows struck out (``<del>``, ``<s>``, ``<strike>`` elements, where the
    parser closes them; their tails kept): the page's sentence is the one it stands by now."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception:           # (an empty or unparsable page: left as it is, for the extraction to judge)
        return markup
    struck = tree.xpath("//body//del | //body//s | //body//strike")
    if not struck:
        return markup
    for element in struck:
        element.drop_tree()
    return lxml_html.tostring(tree, encoding="unicode")


# A story opened in a dialog over the page it was opened from (a front page's teasers behind it): "<div
# role="dialog" aria-modal="true">", "<dialog open>", with a headline of its own
_DIALOG = "//*[@role='dialog' and @aria-modal='true'] | //dialog[@open]"


def opened_dialog(markup: str) -> str:
    """A page whose story is open in a dialog (``_DIALOG``, its ``<h1>`` in it) over the page behind it, as that dialog
    alone in the page's body under the site's ``<header>`` (its name), the page's head (its title, its metadata) kept,
    when the dialog shows at least half the page's text; the page as it is otherwise (a cookie notice's dialog, a
    newsletter's pop-up)."""
    from lxml import html as lxml_html

    tree = _page_tree(markup)
    dialogs = [d for d in tree.xpath(_DIALOG) if d.xpath(".//h1")] if tree is not None else []
    body = tree.find("body") if tree is not None else None
    if len(dialogs) != 1 or body is None or 2 * _shown_length(dialogs[0]) < _shown_length(body):
        return markup
    tree = lxml_html.fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))   # (a copy:
    body, dialog = tree.find("body"), [d for d in tree.xpath(_DIALOG) if d.xpath(".//h1")][0]    # the cached tree
    # is read only)
    dialog.tail = None
    mast = next((e for e in body.xpath(".//header") if dialog not in e.iterancestors() and e not in dialog.iter()
                 and not any(a.tag == "header" for a in e.iterancestors())), None)     # (the site's: its name)
    for child in list(body):
        body.remove(child)
    body.text = None
    body.extend([mast, dialog] if mast is not None else [dialog])
    return lxml_html.tostring(tree, encoding="unicode")


def _shown_length(element) -> int:
    """How many characters of text ``element`` shows (not its scripts', styles' or templates'), spaces single."""
    unshown = ("script", "style", "noscript", "template")
    hidden = sum(len(" ".join(e.text_content().split())) for e in element.iter(*unshown)
                 if not any(a.tag in unshown for a in e.iterancestors()))
    return len(" ".join(element.text_content().split())) - hidden


# A page of a site that loads the next story under the one opened ("infinite scroll"), saved with both: each story a
# top-level <article> with its own headline, its own byline or date and a story's length of text (not a teaser's)
_SCROLLED_STORY_WORDS = 80
_STORY_CREDIT = f".//time | .//*[@rel='author'] | .//*[{_class_is('byline')}]"


def scrolled_stories(markup: str) -> list[str]:
    """Each story of a page that holds several whole stories one under the other (``_SCROLLED_STORY_WORDS``), as a
    page of its own: the first with the page's head (its metadata is the first story's), the others with none;
    [] for a page of one story."""
    if markup.count("<article") < 2 and markup.count("<ARTICLE") < 2:
        return []
    tree = _page_tree(markup)
    if tree is None:
        return []
    from lxml import html as lxml_html

    stories = [element for element in tree.iter("article")
               if not any(above.tag == "article" for above in element.iterancestors())
               and element.xpath(".//h1 | .//h2") and element.xpath(_STORY_CREDIT)
               and len(" ".join(element.xpath(".//p//text()")).split()) >= _SCROLLED_STORY_WORDS]
    if len(stories) < 2:
        return []
    head = tree.find("head")
    kept = lxml_html.tostring(head, encoding="unicode") if head is not None else ""
    return [f"<html>{kept if i == 0 else '<head></head>'}<body>"
            f"{lxml_html.tostring(story, encoding='unicode', with_tail=False)}</body></html>"
            for i, story in enumerate(stories)]


def _joined(read: list[Article]) -> Article:
    """One file's stories (``scrolled_stories``, each read) as one article: their texts one after the other, each
    story's span and credits kept as a ``Story`` (the site's name the first's when a later one's page gives none);
    the first story's headline and credits are the file's."""
    text, blocks, stories = "", [], []
    for article in read:
        start = len(text)
        text += article.text.rstrip("\n") + "\n\n"
        blocks += [(start + lo, start + hi) for lo, hi in article.blocks]
        stories.append(Story(start, start + len(article.text.rstrip("\n")), article.title, article.date,
                             article.publisher or read[0].publisher, article.author))
    return of_stories(text, read[0].encoding, blocks, stories)


def american(markup: str) -> bool:
    """Whether a page says it is in American English, which writes a date in figures month first ("03/04/2026": 4
    March): its language ('<html lang="en-US">') or its Open Graph locale ("en_US")."""
    tree = _page_tree(markup)
    said = tree.xpath("/html/@lang | //meta[@property='og:locale']/@content") if tree is not None else []
    return any(re.fullmatch(r"en[-_]us", value.strip(), re.IGNORECASE) for value in said)


def _meta_site(markup: str) -> str:
    """The site name a page's ``<meta>`` tags give (``_SITE_META``), else ""."""
    tree = _page_tree(markup)
    names = tree.xpath(_SITE_META) if tree is not None else []
    return " ".join(str(names[0]).split()) if names else ""


# An element holding the time a page was published as a Unix time, for its script to write "Published 3 hours ago"
# ('<span class="posted-on" data-timestamp="1783484100">Published 3 hours ago</span>'): seconds or milliseconds
_UNIX_TIME = "//*[@data-timestamp or @data-time or @data-published or @data-epoch]"
_UNIX_ATTRIBUTES = ("data-timestamp", "data-time", "data-published", "data-epoch")
_AGO = re.compile(r"\b(?:ago|published|posted)\b", re.IGNORECASE)
_ASIDE_ABOVE = ("ancestor::aside or ancestor::footer or ancestor::*[contains(@class, 'comment') "
                "or contains(@id, 'comment') or contains(@class, 'related') or contains(@class, 'sidebar') "
                "or contains(@class, 'teaser')]")


def _unix_time_date(markup: str) -> str:
    """The ISO date (UTC) of the first Unix time a page gives where it says when it was published (``_UNIX_TIME``:
    an element whose text is a time ago or a publication line, or a ``<time>``), for a page that gives its date no
    other way; else ""."""
    tree = _page_tree(markup)
    for element in tree.xpath(_UNIX_TIME) if tree is not None else ():
        if element.tag != "time" and not _AGO.search(element.text_content()) or element.xpath(_ASIDE_ABOVE):
            continue            # (nor a comment's or another story's card: "Posted 2 days ago")
        for name in _UNIX_ATTRIBUTES:
            value = (element.get(name) or "").strip()
            if re.fullmatch(r"\d{10}|\d{13}", value):
                when = datetime.datetime.fromtimestamp(int(value[:10]), tz=datetime.UTC)
                if 1990 <= when.year <= 2099:
                    return when.date().isoformat()
    return ""


def _closing_date_line(text: str) -> str:
    """The ISO date of the last line of ``text`` saying when the page was published, updated or
    modified ("Last modified: 14/03/2025" under an old page's story), for a page that gives no
    date above its story; else ""."""
    lines = [m.group() for m in CHANGED_LINE.finditer(text)]       # (``dates.CHANGED_LINE``)
    return next(filter(None, map(publication_line, reversed(lines))), "")


# A label a page puts over its headline ("Politics", "Live", "Exclusive"): a few words, no sentence
_KICKER_WORDS = 4


def headline_line(lines: list[str], headline: str) -> int:
    """Where the extracted text's ``lines`` give the ``headline``: 0 when they open with it, 1 or 2
    when only kickers come before it ("Politics" over the headline), else -1."""
    wanted = " ".join(headline.split()).casefold()
    for i, line in enumerate(lines[:3]):
        if " ".join(line.split()).casefold() == wanted:
            return i
        words = line.split()
        if not 0 < len(words) <= _KICKER_WORDS or line.rstrip().endswith((".", "?", "!", ":", ",")):
            return -1
    return -1
