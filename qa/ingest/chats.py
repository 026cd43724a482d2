"""A group chat exported as text (WhatsApp's "Export chat"): one message a line, each opened by its stamp and its
sender, an iPhone's "[10/02/2026, 05:41:07] Gus Holm: …", an Android phone's "10/02/2026, 05:41 - Gus Holm: …" (or
"2/10/26, 5:41 AM - …"); a message running over several lines (a story a member pasted) goes on under its first.
Such a file has no headline and no writer: its title is the group's name where the export gives it (the sender of
the end-to-end encryption notice an iPhone's export opens with; "created group "…"" or a later "changed the
subject to "…"" on an Android phone's), its date the first message's day, and its text every message, the
notice left out. Every character stays where it was, so offsets and line numbers are the file's."""

from __future__ import annotations

import re

from qa.ingest.dates import short_year
from qa.ingest.loader import Article

# A message's stamp and sender at the start of a line (a left-to-right mark may come first)
_STAMP = (r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d\d),?\s+\d{1,2}[:.]\d\d(?:[:.]\d\d)?"
          r"(?:\s?[\u202f ]?[AaPp]\.?[Mm]\.?)?")
MESSAGE = re.compile(rf"^\u200e?(?P<open>\[)?{_STAMP}(?(open)\]\s|\s[-–]\s)(?P<rest>[^\n]*)$", re.MULTILINE)
_SENDER = re.compile(r"(?P<sender>[^:\n]{1,60}?):\s")
_MESSAGES = 3       # stamped lines that make a text a chat (the first line among them)
_NOTICE = re.compile(r"\bmessages\s+(?:and\s+calls\s+)?are\s+end-to-end\s+encrypted\b", re.IGNORECASE)
_GROUP_NAMED = re.compile(r"\b(?:created\s+group|changed\s+the\s+(?:subject|group\s+name)\s+"
                          r"(?:from\s+[\"“][^\"”]*[\"”]\s+)?to)\s+[\"“](?P<name>[^\"”\n]{1,80})[\"”]", re.IGNORECASE)


def chat_export(text: str) -> bool:
    """Whether ``text`` is an exported chat: its first line a message's (``MESSAGE``) and ``_MESSAGES`` or more."""
    first = MESSAGE.match(text.lstrip("\ufeff \t\r\n"))
    if first is None:
        return False
    return sum(1 for _, _ in zip(range(_MESSAGES), MESSAGE.finditer(text))) == _MESSAGES


def _day_first(stamps: list[re.Match]) -> bool:
    """Whether the chat's stamps put the day first: the month first when a stamp's second figure is over 12 (an
    American phone's "2/14/26"), the day first otherwise (most phones' way, and the only reading of "14/02/26")."""
    return not any(int(m.group("b")) > 12 >= int(m.group("a")) for m in stamps)


def _first_day(stamps: list[re.Match]) -> str:
    """The first message's day, ISO 8601."""
    m = stamps[0]
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (a, b) if _day_first(stamps) else (b, a)
    year = int(m.group("y")) if len(m.group("y")) == 4 else short_year(int(m.group("y")))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def _group_name(stamps: list[re.Match]) -> str:
    """The group's name: the last it was given in the chat, else the sender of the encryption notice."""
    named = [g.group("name").strip() for m in stamps if (g := _GROUP_NAMED.search(m.group("rest")))]
    if named:
        return named[-1]
    for m in stamps[:3]:
        sender = _SENDER.match(m.group("rest"))
        if sender and _NOTICE.search(m.group("rest"), sender.end()):
            return sender.group("sender").strip()
    return ""


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
        if not (MESSAGE.fullmatch(shown) and _NOTICE.search(shown)):
            if start < 0:
                start = line_start + len(shown) - len(shown.lstrip())
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
