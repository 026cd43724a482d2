"""Saved web pages (``.html``, ``.htm``): the article text and its metadata, by ``trafilatura``
(the field's library for it: menus, cookie notices, share buttons, related links and footers are
left out). The extracted text, with the headline as its first line, is the article's text: every
offset points into it, and the index keeps it (``qa.article_text``), so it is never re-extracted."""

from __future__ import annotations

import codecs
import logging
import re

from qa.ingest.clutter import title_and_blocks
from qa.ingest.dates import full_dates, publication_line
from qa.ingest.decode import decode
from qa.ingest.loader import MAX_ARTICLE_BYTES, Article
from qa.ingest.text import byline_above, metadata_line, opening_dateline, split_publisher

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


# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">, looked
# for where browsers look (the page's first bytes).
_DECLARED = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_PRESCAN_BYTES = 4096
# Labels browsers read as Windows-1252 (its printable characters are a superset of Latin-1's).
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"}


def page_text(raw: bytes) -> str:
    """A saved page's bytes → text: by its byte-order mark, else by the charset its ``<meta>``
    declares, else as a text file is read (``decode``: UTF-8 when valid, else Windows-1252). Left to
    trafilatura, a Latin-1 page without a declared charset was guessed as Latin-2 ("Ibáñez" read
    "Ibáńez"). Raises ``ValueError`` for bytes that are not text."""
    bom = raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    declared = None if bom else _DECLARED.search(raw[:_PRESCAN_BYTES])
    if declared is not None:
        label = declared.group(1).decode("ascii").lower()
        try:
            return raw.decode("cp1252" if label in _AS_WINDOWS_1252 else label)
        except (LookupError, UnicodeDecodeError):
            pass            # an unknown label, or bytes the page's own label does not fit: read as undeclared
    return decode(raw)[0]


class HtmlLoader:
    """``.html`` and ``.htm``: saved article pages."""

    suffixes = (".html", ".htm")

    def load(self, raw: bytes) -> Article:
        if len(raw) > MAX_ARTICLE_BYTES:     # trafilatura takes seconds a megabyte: bigger pages are refused
            raise ValueError(f"web page of {len(raw):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit for pages")
        if not raw.strip():
            raise ValueError("empty file")
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)     # it logs every page it rejects
        markup = page_text(raw)
        try:
            page = trafilatura.bare_extraction(markup, **_OPTIONS)
        except Exception as exc:      # malformed input trafilatura cannot handle: the file is skipped, with why
            raise ValueError(f"not a readable web page ({type(exc).__name__})") from None
        body = (page.text or "").strip() if page is not None else ""
        if not body:
            raise ValueError("no article found in this web page")
        title, publisher = split_publisher(" ".join((page.title or "").split()))
        first_line = body.split("\n", 1)[0].strip()
        if not title:
            title = first_line[:300]
        # The headline is the text's first line (quotable, and read as the title like a text file's).
        text = body if first_line == title else f"{title}\n\n{body}"
        text = text.replace("\r\n", "\n").replace("\r", "\n") + "\n"
        # What trafilatura keeps of a page's furniture ("CLICK HERE TO READ MORE" inside the article
        # element, a lone "Share" line) is left out as in a text file.
        headline, blocks = title_and_blocks(text, skip=metadata_line)
        if not blocks:
            raise ValueError("no article text in this web page (only a headline)")
        words = sum(len(text[a:b].split()) for a, b in blocks)
        if words < MIN_PAGE_WORDS:       # what trafilatura falls back to on a page with no article: a menu, a 404
            raise ValueError(f"no article found in this web page (only {words} words of text)")
        # The page's metadata first; a page without them may still say it in its text ("Published 5
        # March 2024", "By Kim Ode", "LISBON, January 9, 2025 — …"), as a text file does.
        dates = full_dates(page.date or "")
        date = dates[0].iso() if dates else next(filter(None, map(publication_line, text.split("\n")[:8])), "") \
            or opening_dateline(text, blocks)
        site = (page.sitename or "").strip()
        return Article(text=text, encoding="utf-8", title=headline, blocks=blocks, date=date,
                       publisher=site if site else publisher,
                       author=(page.author or "").strip() or byline_above(text, 0, blocks))
