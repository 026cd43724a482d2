"""What a program that saved a text file put above the article: an e-mail's headers ("From:", "Date:",
"Subject:"), a printed page's address and "Printed on … from The Harbour Post website" line, a wire
feed's slug and routing lines ("KELDER-FLOODS/ (UPDATE 2)", "PRIORITY: 2", "SLUG: …"), and a copied
page's menu ("Skip to main content", "Home", "News", "Sport", …), breadcrumb ("Opinion > Letters") and
weather line ("5°C Kelby").
None of it is the article's headline or text: the file is read from where it ends (``preamble_end``),
its offsets unchanged; an e-mail's subject is its headline (``email_subject``)."""

from __future__ import annotations

import re

from qa.ingest.clutter import PRINT_HEADER, SECTION_NAMES, is_clutter
from qa.ingest.lexicon import CAPITALS

# An e-mail's header lines at a file's top, two or more ("From: Harbour Markets <markets@harbour.example>",
# "Subject: …"; a folded line goes on with a space), and a forwarded message's rule above them
_EMAIL_HEADER = re.compile(r"^(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To|Message-ID|MIME-Version|Content-Type)\s*:\s",
                           re.IGNORECASE)
_EMAIL_NAMED = re.compile(r"^(?:From|Subject)\s*:", re.IGNORECASE)
_FORWARDED = re.compile(r"^-{2,}\s*(?:Forwarded|Original)\s+message\s*-{2,}$", re.IGNORECASE)
_SUBJECT = re.compile(r"^Subject\s*:\s*(?:\[[^\]]{1,40}\]\s*)?(?:(?:Re|Fwd?|AW|WG|SV|TR|RV)\s*:\s*)*(?P<subject>\S.*)$",
                      re.IGNORECASE)
# A newsletter's line above its text: "View this email in your browser", "Having trouble viewing this e-mail?"
# (as a link too: "[View in browser](…)")
_VIEW_ONLINE = re.compile(r"^\[?(?:view\s+(?:(?:this|it)\s+(?:e-?mail|newsletter|message)\s+)?"
                          r"(?:in\s+(?:(?:your|a)\s+)?browser|online)|having\s+trouble\s+viewing\s+this)\b",
                          re.IGNORECASE)
# A printed page's address and its printing line ("Printed on 03 Dec 2025, 08:14 from The Harbour Post website",
# "Printed from harbourpost.example on 14 Jan 2026", "Printed: 14/01/2026 08:14"): a date or a time follows
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_WHEN = r"(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d)"
_PRINTED = re.compile(rf"^Printed(?:\s+(?:on|at)\s+|\s*:\s*){_WHEN}[^\n]{{0,80}}?"
                      r"(?:\bfrom\s+(?P<site>[^\n]{2,60}?)\s+"
                      r"(?:website|web\s+site|site|online)\s*\.?)?$"
                      rf"|^Printed\s+from\s+\S+\s+(?:on|at)\s+{_WHEN}[^\n]{{0,40}}$", re.IGNORECASE)
# A wire feed's slug ("KELDER-FLOODS/ (UPDATE 2)", "BC-KELDER-FLOODS/", "CRV-TRANSPORT/AIRLINES": a hyphen and a slash
# in it) and routing lines ("PRIORITY: 2", "Priority: 3   Category: Business/Transport")
_SLUG_TAGS = (r"\((?:UPDATE|URGENT|REFILE|CORRECTED|RECASTS|WRAPUP|ADVANCE|REPEAT|FACTBOX|ANALYSIS|INSIGHT|PREVIEW"
              r"|TIMELINE|GRAPHIC|RESULTS|PIX|TV|VIDEO)\b[^)]*\)")     # (what the story is and what comes with it)
_SLUG = re.compile(rf"^(?:BC-)?[{CAPITALS}][{CAPITALS}0-9]*(?:(?:[-/][{CAPITALS}0-9]+)+"
                   rf"(?:/\s*(?:{_SLUG_TAGS})?|\s*{_SLUG_TAGS})"
                   rf"|(?:\s[{CAPITALS}]+)?(?:-[{CAPITALS}0-9]+)+/[{CAPITALS}0-9]+(?:[-/][{CAPITALS}0-9]+)*)$")
# (a word's space in the slug's first part: "MOTOR RACING-OSTRABRUN/REPORT")
# An agency's story number with its desks or its update ("GNA-1187 HEALTH/POLITICS", "GNA-0412 UPDATE 1")
_AGENCY_NUMBER = re.compile(rf"^[{CAPITALS}]{{2,6}}-\d{{3,6}}"
                            rf"(?:\s+(?:UPDATE\s+\d{{1,2}}|[{CAPITALS}]+(?:/[{CAPITALS}]+)*))*$")
# A site's weather line over its menu or headline ("5°C Kelby", "Kelby 7°C, showers")
_WEATHER = re.compile(rf"^(?:[{CAPITALS}][\w'’-]*\s+)?-?\d{{1,2}}\s?°[CF]?\b[^.!?]{{0,30}}$")
_ROUTING = re.compile(r"^(?i:PRIORITY|SLUG|WORDS|WORD\s+COUNT|CATEGORY|CATEGORIES|KEYWORDS|DESK|EMBARGO(?:ED)?"
                      r"|RELEASE|ROUTING|SERVICE|VERSION)\s*:")
# A breadcrumb: "Opinion > Letters", "Home › News › Business" (each part a section's name, no figure)
_CRUMB = rf"[{CAPITALS}][\w&'’-]*(?:\s+[\w&'’-]+){{0,2}}"
BREADCRUMB = re.compile(rf"^{_CRUMB}(?:\s+[>›»]\s+{_CRUMB}){{1,4}}$")
# A menu: four lines or more in a row, each of one to three words and no sentence, three of them a site's
# menu words ("Home", "News", "Sign in")
_MENU_WORDS = 3
_MENU_LINES = 4
_MENU_NAMED = 3
_MENU = SECTION_NAMES | frozenset("""home in sign log subscribe register search menu account my more latest
    live video videos podcasts newsletters e-paper puzzles obituaries letters jobs property motoring contact
    about""".split())
# How far down a file its saving program's lines may run
_PREAMBLE_LINES = 40


# What a breadcrumb never has: a sentence's end, a figure ("Kelby Rovers 2 > 1 Ashby")
_SENTENCE = re.compile(r"[.!?]$|\d")


def view_online(line: str) -> bool:
    """Whether a line is a newsletter's link to itself online ("View this email in your browser", "[View in
    browser](…) · [Forward to a friend](…)")."""
    return bool(_VIEW_ONLINE.match(line.strip()))


def _furniture(line: str) -> bool:
    """Whether a line is one a saving program or a site put above the article, whatever is around it."""
    return bool(_FORWARDED.match(line) or _VIEW_ONLINE.match(line) or _ADDRESS.match(line) or _PRINTED.match(line)
                or _SLUG.match(line) or _AGENCY_NUMBER.match(line) or _ROUTING.match(line) or _WEATHER.match(line)
                or BREADCRUMB.match(line) and not _SENTENCE.search(line)) or is_clutter(line)



def _menu_item(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= _MENU_WORDS and not re.search(r"[.!?:;,\"“”]$|\d", line) \
        and not re.match(r"by\b", line, re.IGNORECASE)


def _email_header_lines(lines: list[tuple[int, str, bool]], i: int) -> int:
    """How many lines from the ``i``-th are an e-mail's header (its folded lines too): 0 unless two or
    more, one of them its sender or subject."""
    n = i
    while n < len(lines) and (_EMAIL_HEADER.match(lines[n][1]) or n > i and lines[n][1] and lines[n][2]):
        n += 1
    headers = [line for _, line, _ in lines[i:n] if _EMAIL_HEADER.match(line)]
    return n - i if len(headers) >= 2 and any(_EMAIL_NAMED.match(h) for h in headers) else 0


def preamble_end(text: str, start: int = 0) -> int:
    """Where the article's own first line is in ``text`` from ``start``: past the lines a saving
    program or a copied page put above it (an e-mail's headers at the top, ``_furniture``, and a
    menu's run of short lines); ``start`` when the file opens with the article."""
    lines: list[tuple[int, str, bool]] = []       # (where, the line stripped, whether it opens with a space)
    at = start
    for line in text[start:].split("\n")[:_PREAMBLE_LINES]:
        lines.append((at, line.strip(), line[:1] in (" ", "\t")))
        at += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i][1]
        if not line or _furniture(line):
            i += 1
            continue
        headers = _email_header_lines(lines, i) if not any(seen for _, seen, _ in lines[:i] if not
                                                           _FORWARDED.match(seen)) else 0
        if headers:
            i += headers
            continue
        run = i
        while run < len(lines) and lines[run][1] and _menu_item(lines[run][1]):
            run += 1
        named = [n for n in range(i, run) if all(w.lower() in _MENU for w in lines[n][1].split())]
        if run - i < _MENU_LINES or len(named) < _MENU_NAMED:
            return lines[i][0] if any(skipped for _, skipped, _ in lines[:i]) else start
        i = named[-1] + 1           # (a headline right under the menu is no menu item: "Library to close")
    return start


def email_subject(text: str, start: int = 0) -> str:
    """The subject of a file that opens with an e-mail's headers (its headline, without a list's
    "[Harbour Post]" or a reply's "Re:"), else ""."""
    head = [line.strip() for line in text[start:start + 4000].split("\n")]
    head = [line for line in head if line][:_PREAMBLE_LINES]
    while head and _FORWARDED.match(head[0]):
        head = head[1:]
    if len(head) < 2 or not _EMAIL_HEADER.match(head[0]) or not _EMAIL_HEADER.match(head[1]):
        return ""
    for line in head:
        m = _SUBJECT.match(line)
        if m:
            return m.group("subject").strip()
        if not _EMAIL_HEADER.match(line) and not line.startswith(("<", "\"")) and "@" not in line:
            return ""
    return ""


def printed_from(text: str, start: int = 0) -> str:
    """The site a printed page says it was printed from ("Printed on 3 Dec 2025 from The Harbour Post
    website" → "The Harbour Post"), among its first lines, else ""."""
    for line in text[start:].split("\n")[:_PREAMBLE_LINES // 4]:
        m = _PRINTED.match(line.strip())
        if m and m.group("site"):
            return m.group("site").strip()
    return ""


def print_title(text: str, start: int = 0) -> str:
    """The page's title in the header line a browser's print puts over each page (``PRINT_HEADER``: "02/11/2026, 08:47
    Rail workers back strike | Port Ambrel Courier" → "Rail workers back strike | Port Ambrel Courier"), when the
    text from ``start`` opens with one; else "". (Its date is the print's, not the story's.)"""
    first = next((line for line in text[start:start + 2000].split("\n") if line.strip()), "")
    m = PRINT_HEADER.match(first.strip())
    return m.group("title") if m else ""
