"""Pages saved as one file (``.mhtml``, ``.mht``: what Chrome's and Edge's "Webpage, Single File"
writes): a MIME "multipart/related" message holding the page's HTML and its images, styles and
frames. The page's own HTML part is read as a saved web page is (``HtmlLoader``), so its text,
offsets and metadata are what the same page saved as ``.html`` gives."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from qa.ingest.html import HtmlLoader
from qa.ingest.loader import Article

# The largest single-file page read or uploaded, in bytes: its images come inside it (a news page
# saved by Chrome runs to a few megabytes). Its HTML part is held to ``MAX_ARTICLE_BYTES`` as a page is.
MAX_SAVED_PAGE_BYTES = 50_000_000


def page_part(raw: bytes) -> tuple[bytes, str]:
    """The HTML of the page a single-file save holds, as bytes in UTF-8 or as the page declares
    them, and the address it was saved from: the part at the address the save names
    (``Snapshot-Content-Location``; the others are frames and ads), else the first HTML part.
    Raises ``ValueError`` when there is none."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ValueError("not a page saved as a single file (.mhtml): no MIME parts in it")
    address = (message.get("Snapshot-Content-Location") or "").strip()
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if not pages:
        raise ValueError("no web page in this single-file save (.mhtml): it holds no HTML part")
    chosen = next((part for part in pages if address and (part.get("Content-Location") or "").strip() == address),
                  pages[0])
    return _utf8(chosen), (chosen.get("Content-Location") or address).strip()


def _utf8(part: Message) -> bytes:
    """A part's content, its transfer encoding (quoted-printable, base64) undone; re-encoded as
    UTF-8 when its MIME header names another charset (the page's own ``<meta>`` may not)."""
    payload = part.get_payload(decode=True) or b""
    charset = (part.get_content_charset() or "").lower()
    if charset and charset.replace("-", "").replace("_", "") != "utf8":
        try:
            return payload.decode(charset, errors="replace").encode("utf-8")
        except LookupError:
            pass                    # a label Python has no codec for: the page's own <meta> decides
    return payload


class MhtmlLoader:
    """``.mhtml`` and ``.mht``: web pages saved as a single file (see the module doc)."""

    suffixes = (".mhtml", ".mht")
    max_bytes = MAX_SAVED_PAGE_BYTES

    def __init__(self, pages: HtmlLoader) -> None:
        self._pages = pages

    def load(self, raw: bytes) -> Article:
        if len(raw) > MAX_SAVED_PAGE_BYTES:
            raise ValueError(f"single-file page of {len(raw):,} bytes, over the {MAX_SAVED_PAGE_BYTES:,}-byte "
                             "limit: save the page as .html instead")
        if not raw.strip():
            raise ValueError("empty file")
        page, address = page_part(raw)
        return self._pages.load(page, address=address)
