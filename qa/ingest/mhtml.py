"""Pages saved as one file (``.mhtml``, ``.mht``: what Chrome's and Edge's "Webpage, Single File"
writes): a MIME "multipart/related" message holding the page's HTML and its images, styles and
frames. The page's own HTML part is read as a saved web page is (``HtmlLoader``), so its text,
offsets and metadata are what the same page saved as ``.html`` gives; a page that shows its story in a frame
(``<iframe>``, saved as an HTML part of its own) and holds no story of its own is read from that frame."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from qa.ingest.html import HtmlLoader, as_browsers_read, declared_charset
from qa.ingest.loader import Article, check_size

# The largest single-file page read or uploaded, in bytes: its images come inside it (a news page
# saved by Chrome runs to a few megabytes). Its HTML part is held to ``MAX_ARTICLE_BYTES`` as a page is.
MAX_SAVED_PAGE_BYTES = 50_000_000


# A frame's address in the page's HTML: "<iframe src=…>", which Chrome's save points at the frame's part
# ("cid:frame-…@mhtml.blink", its Content-ID) and an older save leaves at the frame's Content-Location
_FRAME_SOURCE = re.compile(rb"<i?frame\b[^>]{0,1000}?\ssrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
# A page's own story runs to this many words at least: a page with less around a frame (a site's header and footer)
# shows its story in the frame
_OWN_STORY_WORDS = 150


def page_part(raw: bytes) -> tuple[bytes, str]:
    """The HTML of the page a single-file save holds, as bytes (UTF-8, or as the page declares
    them), and the address it was saved from: the part at the address the save names
    (``Snapshot-Content-Location``; the others are frames and ads), else the first HTML part.
    Raises ``ValueError`` when there is none, or when the file is no MIME message."""
    return page_parts(raw)[0]


def page_parts(raw: bytes) -> list[tuple[bytes, str]]:
    """The page's HTML and address (``page_part``), then those of each frame it shows that the save holds."""
    try:
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
        address = _header(message, "Snapshot-Content-Location")
        pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
        if not message.is_multipart() and not pages:
            raise ValueError("not a page saved as a single file (.mhtml): no MIME parts in it")
        if not pages:
            raise ValueError("no web page in this single-file save (.mhtml): it holds no HTML part")
        chosen = next((part for part in pages if address and _header(part, "Content-Location") == address), pages[0])
        page = part_bytes(chosen)
        shown = {source.decode("ascii", "replace") for source in _FRAME_SOURCE.findall(page)}
        frames = [part for part in pages if part is not chosen
                  and ({_header(part, "Content-Location"), "cid:" + _header(part, "Content-ID").strip("<>")} & shown)]
        return [(page, _header(chosen, "Content-Location") or address)] \
            + [(part_bytes(part), _header(part, "Content-Location")) for part in frames]
    except ValueError:
        raise
    except Exception as exc:        # a malformed message the email package cannot take apart: skipped, with why
        raise ValueError(f"not a readable single-file page ({type(exc).__name__})") from None


def _header(part: Message, name: str) -> str:
    """A header's value as text ("" when missing); one holding raw non-ASCII bytes comes back from
    the parser as a ``Header`` object, made text here."""
    value = part.get(name)
    return str(value).strip() if value is not None else ""


def part_bytes(part: Message) -> bytes:
    """A part's content, its transfer encoding (quoted-printable, base64) undone: its bytes as they
    are when they are UTF-8 or the page's ``<meta>`` names a charset (``html.page_text`` reads them
    as a page's); else decoded by the charset its MIME header names, read as browsers read the label
    ("ISO-8859-1" as Windows-1252), and given as UTF-8."""
    payload = part.get_payload(decode=True) or b""
    label = (part.get_content_charset() or "").lower()
    try:
        payload.decode("utf-8")
        return payload
    except UnicodeDecodeError:
        pass
    if not label or declared_charset(payload):
        return payload
    try:
        return payload.decode(as_browsers_read(label), errors="replace").encode("utf-8")
    except LookupError:
        return payload                  # a label Python has no codec for: read as an undeclared page


class MhtmlLoader:
    """``.mhtml`` and ``.mht``: web pages saved as a single file (see the module doc)."""

    suffixes = (".mhtml", ".mht")
    max_bytes = MAX_SAVED_PAGE_BYTES

    def __init__(self, pages: HtmlLoader) -> None:
        self._pages = pages

    def load(self, raw: bytes) -> Article:
        check_size(raw, MAX_SAVED_PAGE_BYTES, "single-file page", ": save the page as .html instead")
        (page, address), *frames = page_parts(raw)
        if not frames:
            return self._pages.load(page, address=address)
        # a page with frames: its own story, unless it has none (a site's header and footer around the story's
        # frame): then the frame holding the longest one (a frame may be an ad's, a widget's)
        try:
            own = self._pages.load(page, address=address)
        except ValueError as exc:
            own, failed = None, exc
        if own is not None and _words(own) >= _OWN_STORY_WORDS:
            return own
        read = [own] if own is not None else []
        for html, at in frames:
            try:
                read.append(self._pages.load(html, address=at))
            except ValueError:
                continue
        if not read:
            raise failed
        return max(read, key=_words)


def _words(article: Article) -> int:
    return sum(len(article.text[start:end].split()) for start, end in article.blocks)
