"""A group chat exported as text (WhatsApp's "Export chat"): one message a line, each opened by its stamp and its
sender, an iPhone's "[10/02/2026, 05:41:07] Gus Holm: …", an Android phone's "10/02/2026, 05:41 - Gus Holm: …" (or
"2/10/26, 5:41 AM - …"); a message running over several lines (a story a member pasted) goes on under its first.
Such a file has no headline and no writer: its title is the group's name where the export gives it (the sender of
the end-to-end encryption notice an iPhone's export opens with; "created group "…"" or a later "changed the
subject to "…"" on an Android phone's), its date the first message's day, and its text every message, the
notice left out. Every character stays where it was, so offsets and line numbers are the file's."""

from __future__ import annotations

import datetime
import re

from qa.ingest.dates import short_year
from qa.ingest.loader import Article

# A message's stamp at the start of a line (a left-to-right mark or a byte-order mark may come first), a comma between
# its day and its time as every export writes one
_STAMP = (r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d\d),\s+\d{1,2}[:.]\d\d(?:[:.]\d\d)?"
          r"(?:\s?[\u202f ]?[AaPp]\.?[Mm]\.?)?")
MESSAGE = re.compile(rf"^[\ufeff\u200e]*(?P<open>\[)?{_STAMP}(?(open)\]\s|\s[-–]\s)(?P<rest>[^\n]*)$", re.MULTILINE)
_SENDER = re.compile(r"(?P<sender>[^:\n]{1,60}?):\s")
_MESSAGES = 3       # stamped lines that make a text a chat (the first line among them), most of them with a sender
# The notice an export opens with, now's ("Messages and calls are end-to-end encrypted") and before 2021's ("Messages to
# this group are now secured with end-to-end encryption")
_NOTICE = re.compile(r"messages\s+(?:and\s+calls\s+are\s+end-to-end\s+encrypted|to\s+this\s+(?:group|chat)\s+are\s+now"
                     r"\s+secured\s+with\s+end-to-end\s+encryption)\b", re.IGNORECASE)
# A line of what the app did, not a member's message: "Gus Holm added Anneke Brandt", "… created group "…""
_DID = re.compile(r"[^:\n]{1,60}?\s(?:created\s+group|added|left|removed|joined|changed\s+(?:the|this|their))\b")
_GROUP_NAMED = re.compile(r"\b(?:created\s+group|changed\s+the\s+(?:subject|group\s+name)\s+"
                          r"(?:from\s+[\"“][^\"”]*[\"”]\s+)?to)\s+[\"“](?P<name>[^\"”\n]{1,80})[\"”]", re.IGNORECASE)


def chat_export(text: str) -> bool:
    """Whether ``text`` is an exported chat: its first line a message's (``MESSAGE``), ``_MESSAGES`` messages or more,
    most of the first of them a member's ("Name: …") or the app's ("Gus Holm added Anneke Brandt"); not a timeline
    of stamped entries ("10/02/2026, 09:00 - Police close the A9")."""
    if MESSAGE.match(text.lstrip(" \t\r\n")) is None:
        return False
    first = [m.group("rest") for _, m in zip(range(_MESSAGES), MESSAGE.finditer(text))]
    said = sum(bool(_SENDER.match(rest) or _DID.match(rest)) for rest in first)
    return len(first) == _MESSAGES and 2 * said > _MESSAGES


def _reading(stamps: list[re.Match], day_first: bool) -> list[datetime.date] | None:
    """The stamps' days read with the day first or the month first, None where one is no date."""
    days = []
    for m in stamps:
        a, b = int(m.group("a")), int(m.group("b"))
        year = int(m.group("y")) if len(m.group("y")) == 4 else short_year(int(m.group("y")))
        try:
            days.append(datetime.date(year, b, a) if day_first else datetime.date(year, a, b))
        except ValueError:
            return None
    return days


_AM_PM = re.compile(r"\d\s?[\u202f ]?[AaPp]\.?[Mm]\b")


def _first_day(stamps: list[re.Match]) -> str:
    """The first message's day, ISO 8601: read the one way that makes every stamp a date, or that keeps the messages in
    order, or over the shorter time ("2/10/26", "2/11/26", "2/12/26": three days of February, not three months), or, for
    messages of one day, the way its clock says; "" when nothing tells (messages out of order either way)."""
    readings = [days for days in (_reading(stamps, True), _reading(stamps, False)) if days]
    if len(readings) == 2 and readings[0] != readings[1]:
        ordered = [days for days in readings if all(x <= y for x, y in zip(days, days[1:]))]
        spans = [days[-1] - days[0] for days in ordered]
        if len(ordered) == 1:
            readings = ordered
        elif len(ordered) == 2 and spans[0] != spans[1]:
            readings = [ordered[spans.index(min(spans))]]
        elif _AM_PM.search(stamps[0].group()):      # (one day's messages: an American phone's clock, "5:41 PM", the
            readings = readings[1:]                 # month first; a 24-hour clock, the day first)
        else:
            readings = readings[:1] if ordered else []
    return readings[0][0].isoformat() if readings else ""


def _group_name(stamps: list[re.Match]) -> str:
    """The group's name: the last it was given in the chat, else the sender of the encryption notice."""
    named = [g.group("name").strip() for m in stamps if (g := _GROUP_NAMED.search(m.group("rest")))]
    if named:
        return named[-1]
    for m in stamps[:3]:
        sender = _SENDER.match(m.group("rest"))
        if sender and _NOTICE.match(m.group("rest"), sender.end()):
            return sender.group("sender").strip()       # (a one-to-one chat's: the contact's name)
    return ""


def _notice(line: str) -> bool:
    """Whether ``line`` is the export's encryption notice (``_NOTICE`` as the message, not quoted in one)."""
    message = MESSAGE.fullmatch(line)
    sender = _SENDER.match(message.group("rest")) if message else None
    return bool(sender and _NOTICE.match(message.group("rest"), sender.end()))


def chat_article(text: str, encoding: str) -> Article:
    """The article of an exported chat (``chat_export``): the group's name its title, the first message's day its
    date, its messages its text (one block, as a story's paragraphs are), the encryption notice left out."""
    stamps = list(MESSAGE.finditer(text))
    blocks: list[tuple[int, int]] = []
    start = end = -1            # the run of lines read so far (-1: none)
    at = 0
    for shown in text.split("\n"):
        at, line_start = at + len(shown) + 1, at
        if not shown.strip():
            continue
        if not _notice(shown):
            if start < 0:
                start = line_start + len(shown) - len(shown.lstrip("\ufeff\u200e \t"))
            end = line_start + len(shown.rstrip())
        elif start >= 0:
            blocks.append((start, end))
            start = -1
    if start >= 0:
        blocks.append((start, end))
    if not blocks:
        raise ValueError("no messages in this chat (only its encryption notice)")
    return Article(text=text, encoding=encoding, title=_group_name(stamps), blocks=tuple(blocks),
                   date=_first_day(stamps))
