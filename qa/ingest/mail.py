"""Mail messages: a ``.eml`` file (what a mail program's "Download original" or "Save as" writes), or the same
message saved as ``.txt`` (its "Show original" copied into a text file), headers and MIME parts as sent. The
message is read, not its source: the transfer encoding (quoted-printable, base64) undone, its text part read as a
text article as a mail program prints it (its From:, To:, Date: and Subject: over its text), or its HTML part (when
it has no text part) as a saved web page under its subject. The article's text is then the message's text,
extracted from the file as a page's is (``extracted``): the subject is the headline, the "Date:" header the date
and the sender's name the publisher, unless the text says otherwise."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import email.utils
import html
import re
from email.message import EmailMessage

from qa.ingest.decode import decode
from qa.ingest.html import HtmlLoader, as_browsers_read
from qa.ingest.loader import MAX_ARTICLE_BYTES, Article, check_size
from qa.ingest.mhtml import MAX_SAVED_PAGE_BYTES, part_bytes
from qa.ingest.text import TextLoader

# A header line ("Subject: …", "X-Mailer: …") or one continuing the header above it (folded: it opens with white
# space); an mbox file's separator line may come first ("From press@example.org Tue Jan 20 09:12:44 2026")
_HEADER = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,60}:(?:[ \t]|$)")
_FOLDED = re.compile(r"[ \t]+\S")
_MBOX_FROM = re.compile(r"From \S+ ")
# The headers that only a message as sent carries: a printed or forwarded e-mail ("From: … Sent: … To: …
# Subject: …" over its text) has none of them, and is read as text
_SENT_HEADERS = frozenset({"mime-version", "received", "message-id", "return-path", "delivered-to", "dkim-signature",
                           "content-transfer-encoding", "x-mailer", "authentication-results"})
_FIRST_HEADER = re.compile(rb"From \S+ |[A-Za-z][A-Za-z0-9-]{0,60}:")     # (how a message's bytes open)
_HEAD_CHARS = 30_000        # a message's headers run to a few kilobytes (its "Received:" lines and signatures)
_SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject")        # as a mail program shows and prints them


def saved_message(text: str) -> bool:
    """Whether ``text`` is a mail message as sent: it opens with a block of headers, ended by an empty line, that
    names its sender ("From:"), its date or subject, and one header only a sent message carries ("MIME-Version:",
    "Received:", "Message-ID:" …)."""
    lines = text[:_HEAD_CHARS].lstrip("\ufeff").split("\n")
    if lines and _MBOX_FROM.match(lines[0]):
        lines = lines[1:]
    names: set[str] = set()
    for line in lines:
        line = line.rstrip("\r")
        if not line:
            break
        if _HEADER.match(line):
            names.add(line.split(":", 1)[0].lower())
        elif not (names and _FOLDED.match(line)):
            return False
    else:
        return False                # (no empty line after the headers: no message body)
    return "from" in names and bool(names & {"date", "subject"}) and bool(names & _SENT_HEADERS)


class MailLoader:
    """``.eml``: a mail message (see the module doc); ``message`` reads one saved as ``.txt`` too."""

    suffixes = (".eml",)
    max_bytes = MAX_SAVED_PAGE_BYTES        # (a message may carry attachments of megabytes, which are not read)

    def __init__(self, text: TextLoader, pages: HtmlLoader) -> None:
        self._text, self._pages = text, pages

    def load(self, raw: bytes) -> Article:
        check_size(raw, MAX_SAVED_PAGE_BYTES, "mail message")
        if not self.holds_message(raw):
            raise ValueError("not a mail message: it does not open with a message's headers (From:, Date:, "
                             "MIME-Version: …); save the article as .txt or .html instead")
        return self.message(raw)

    @staticmethod
    def holds_message(raw: bytes) -> bool:
        """Whether a file's bytes are a mail message's (``saved_message``)."""
        head = raw[:_HEAD_CHARS].removeprefix(b"\xef\xbb\xbf")
        return bool(_FIRST_HEADER.match(head)) and saved_message(decode(head)[0])

    def message(self, raw: bytes) -> Article:
        """The article of a mail message's bytes (``saved_message`` holds for them); ``ValueError`` when it has no
        text or HTML part with article text in it."""
        try:
            message = email.message_from_bytes(raw.removeprefix(b"\xef\xbb\xbf"), policy=email.policy.default)
            subject = _header(message, "Subject")
            sent, sender = _sent_on(message), _sender(message)
            plain = message.get_body(preferencelist=("plain",))     # (the message's own, not an attachment's)
            content, encoding = _part_text(plain) if plain is not None else ("", "")
            shown = _as_shown(message, content) if content.strip() else ""
            html_part = None if shown else message.get_body(preferencelist=("html",))
            page = part_bytes(html_part) if html_part is not None else None
        except Exception as exc:    # a malformed message the email package cannot take apart: skipped, with why
            raise ValueError(f"not a readable mail message ({type(exc).__name__})") from None
        if shown:
            article = dataclasses.replace(self._text.load(shown.encode("utf-8")), encoding=encoding)
        elif page is not None:
            article = self._pages.load(_titled(page[:MAX_ARTICLE_BYTES], subject))
        else:
            raise ValueError("a mail message with no text in it (no text or HTML part)")
        return dataclasses.replace(article, date=article.date or sent, publisher=article.publisher or sender,
                                   extracted=True)


def _as_shown(message: EmailMessage, content: str) -> str:
    """The message as a mail program shows and prints it: its "From:", "To:", "Cc:", "Date:" and "Subject:" headers
    decoded, then its text."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    shown = [f"{name}: {value}" for name in _SHOWN_HEADERS if (value := _header(message, name))]
    return "\n".join(shown) + "\n\n" + content + "\n"


def _header(message: EmailMessage, name: str) -> str:
    """A header's value decoded, on one line; "" when it is missing or the email package cannot parse it."""
    try:
        return " ".join(str(message.get(name, "")).split())
    except Exception:       # (a malformed address header raises what its parser meets: not shown)
        return ""


def _part_text(part: EmailMessage) -> tuple[str, str]:
    """A text part's words and the codec they were read with: its transfer encoding undone, then its bytes read as
    UTF-8 when they are (whatever the part says), else by the charset it names as browsers read the label
    ("ISO-8859-1" as Windows-1252), else as Windows-1252."""
    payload = part.get_payload(decode=True) or b""
    try:
        return payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = as_browsers_read(part.get_content_charset() or "windows-1252")
    try:
        return payload.decode(codec, errors="replace"), codec
    except LookupError:             # (a label Python has no codec for)
        return payload.decode("cp1252", errors="replace"), "cp1252"


def _titled(page: bytes, subject: str) -> bytes:
    """A message's HTML with its subject as the page's ``<title>`` when it has none, or an empty one (the headline a
    page gives)."""
    if not subject or re.search(rb"<title[^>]*>\s*[^\s<]", page[:_HEAD_CHARS], re.IGNORECASE):
        return page
    # (as character references: the page's bytes may be in the charset its <meta> names)
    return f"<title>{html.escape(subject)}</title>\n".encode("ascii", "xmlcharrefreplace") + page


def _sent_on(message: EmailMessage) -> str:
    """The day the message was sent (ISO 8601), as its "Date:" header gives it in the sender's time zone; ""
    when it has none or it is no date."""
    try:
        return email.utils.parsedate_to_datetime(str(message.get("date", ""))).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _sender(message: EmailMessage) -> str:
    """The sender's name as the "From:" header gives it ("Ministry of Health Press Office"); "" when it gives an
    address alone."""
    try:
        addresses = message["from"].addresses if message["from"] is not None else ()
    except (AttributeError, IndexError, TypeError, ValueError):
        return ""
    return " ".join(addresses[0].display_name.split()) if addresses else ""
