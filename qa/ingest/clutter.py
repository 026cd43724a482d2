"""Page clutter and the title of a plain-text article.

Clutter (lone share-button lines, "CLICK HERE TO READ MORE …") is left out by *skipping spans*: the
text is never rewritten, so every offset stays an offset into the original file."""

from __future__ import annotations

import re
from collections.abc import Callable

from qa.ingest.lexicon import CAPITALS

# A paper's sections, as its menu, breadcrumb or a byline's section part names them ("By Jo Park | Business")
SECTION_NAMES = frozenset("""news business opinion comment politics sport sports world uk us europe technology tech
    science health education environment culture arts entertainment lifestyle travel money markets economy local
    national international regional features analysis weather""".split())
# Lines that are only a share / social button label.
_SHARE_WORDS = {
    "facebook", "twitter", "x", "linkedin", "telegram", "tumblr", "whatsapp", "reddit", "pinterest",
    "email", "e-mail", "mail", "print", "share", "share this", "share this article", "tweet",
    "copy", "copy link", "link", "flipboard", "pocket", "messenger", "sms", "threads", "bluesky",
    "mastodon", "comments", "comment", "save", "gift this article", "share on facebook",
    "share on twitter", "share on x", "share on linkedin", "share via email",
    "follow", "reply", "repost", "retweet", "quote", "like", "bookmark",    # (a social post's, copied with it)
}
# A row of share buttons: "Facebook Twitter Email", "Share: Facebook | X | Copy link", "Print Email"
# (two words or more, each a button's, or a filler among them).
_SHARE_FILLERS = {"this", "on", "via", "to", "article", "story", "page"}
_SHARE_BUTTONS = {w for entry in _SHARE_WORDS for w in entry.split()} - _SHARE_FILLERS
_ROW_WORD = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
# Calls to action and page furniture (a whole short line that starts like this; an e-mail newsletter's
# "View this email in your browser", "Unsubscribe | Manage preferences" among them).
_CLUTTER_LINE = re.compile(
    r"^\W*(?:(?:click here|read more|read next|subscribe|sign up|sign in|log in|follow us|download (?:the|our) app"
    r"|advertisement|sponsored|recommended|most popular|continue reading|share this|see also|more from|watch|listen"
    r"|accept (?:all )?cookies|manage (?:cookie )?(?:preferences|settings)|cookie (?:policy|settings|preferences)"
    r"|skip to (?:main )?content|unsubscribe|forward (?:this|to a friend)|update your preferences"
    r"|view (?:this|it|the) (?:e-?mail|newsletter|message) (?:in (?:your|a|the) (?:web )?browser|online)"
    r"|(?:having )?trouble viewing this (?:e-?mail|message|newsletter|page))\b"
    r"|related(?: articles| stories| coverage)?\s*:)",
    re.IGNORECASE,
)
# Openers that are page furniture whatever follows; the others ("Watch", "Most popular", ...) also
# start sentences of news ("Watch manufacturers reported record exports."), so a line opening with
# them is clutter only when it does not end like a sentence.
_CLUTTER_ALWAYS = re.compile(
    r"^\W*(?:click here|read more|read next|subscribe|sign up|follow us|download (?:the|our) app|continue reading"
    r"|share this|accept (?:all )?cookies|skip to (?:main )?content|unsubscribe\b\W*(?:$|[|•·]|here|from)"
    r"|view (?:this|it|the) (?:e-?mail|newsletter|message) (?:in (?:your|a|the) (?:web )?browser|online)"
    r"|(?:having )?trouble viewing this (?:e-?mail|message|newsletter|page))\b",
    re.IGNORECASE,
)
# A news database's export furniture around each story it holds (LexisNexis's, Factiva's): "Document 2 of 3",
# "End of Document", "Load-Date: June 18, 2025", "Length: 540 words" (the results list's lines above the first
# story are its preamble: ``text.export_start``), Factiva's accession number ("Document FCTV000020260304e2340000b"),
# its codes "LP" and "TD" over the text, "612 words", "LA English" and its index lines ("NS gcrim : Crime"); a
# printed page's number ("Page 4 of 9"); Nexis's "Classification" under a story and its lines ("Language: ENGLISH",
# "Subject: POLITICS (92%); VOTING (90%)");
# and a wire's "BODY:" label over its story
EXPORT_ACCESSION = (r"(?-i:(?:AN[ \t]+)?Document[ \t]+(?=[A-Za-z0-9]*\d)(?=[a-z0-9]*[^\W\d_a-z])"   # (a capital too)
                    r"[A-Za-z0-9]{16,40})")
_EXPORT_FURNITURE = re.compile(r"^\W*(?:document\s+\d+\s+of\s+\d+|\d+\s+of\s+\d+\s+documents|end\s+of\s+document"
                               r"|load-date\s*:.*\d{4}|length\s*:\s*[\d,]+\s+words|(?-i:BODY|TEXT)\s*:"
                               rf"|{EXPORT_ACCESSION}"
                               r"|(?-i:(?:WC\s+)?[\d,]+\s+words|LP|TD|LA\s+English"
                               r"|(?:CO|IN|NS|RE|IPC|IPD)\s+[a-z0-9]{2,9}\s+:.*)"
                               r"|page\s+\d+\s+of\s+\d+(?:\s+©.*)?|(?-i:Classification)"
                               rf"|language\s*:\s*(?-i:[{CAPITALS}]{{3,20}})"
                               r"|(?:publication|document)-type\s*:\s*\w+(?:[ -]\w+)?"
                               r"|(?:subject|geographic|industry|person|company|organi[sz]ation|ticker|country|city"
                               r"|state)\s*:\s*[^:;\n]*\((?:[5-9]\d|100)%\)(?:\s*;[^:;\n]*\((?:[5-9]\d|100)%\))*\s*;?"
                               r")\W*$", re.IGNORECASE)     # (a relevance score: 50% or more, each item's own)
# A Markdown image alone on its line, as a web clipper keeps a page's pictures: "![Researchers in the laboratory]
# (https://…/lab.jpg)" (its caption, on a line of its own under it, is text)
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\]\n]*\]\(\s*<?[^)\s]+>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)$")
# A link line ending in its call: "More athletics: Read more", "Storm pictures - see more".
_CLUTTER_TAIL = re.compile(r"[:|–—-]\s*(?:read more|see more|more stories|read the full story)[\s»›>)\]]*$",
                           re.IGNORECASE)     # a link ends without a full stop: "… to young writers: read more."
_TAIL_MAX_WORDS = 8
# A site's name with its account links at the right of the line, as a page printed or copied as text sets them
# ("PORT AMBREL COURIER                Subscribe   Log in")
_ACCOUNT_LINKS = re.compile(r"\S[ \t]{3,}(?:(?:subscribe|log\s+in|sign\s+in|sign\s+up|register|my\s+account|log\s+out)"
                            r"(?:[ \t]{2,}|[ \t]*[|·•][ \t]*|$)){1,3}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_CLUTTER_MAX_WORDS = 14
# Furniture that may run to a few sentences: a cookie notice ("We use cookies to … By continuing …"),
# a tag list ("Tags: Bridges, Transport", "Keywords: lifeboat, rescue").
_COOKIES = re.compile(r"^\W*(?:we|this\s+(?:web)?site)\s+uses?\s+cookies\b(?=.*\b(?:experience|agree|accept|consent"
                      r"|continuing|continue|cookie\s+(?:policy|settings)|browsing|preferences)\b)", re.IGNORECASE)
_TAGS = re.compile(r"^\W*(?:tags|topics|keywords|filed\s+under)\s*:", re.IGNORECASE)     # a list, not a sentence
_RELATED = re.compile(r"^\W*(?:(?:related|more\s+on\s+this\s+story|see\s+also)"
                      r"(?:\s+(?:articles|stories|coverage|links))?\W*:"
                      r"|(?:related(?:\s+(?:articles|stories|coverage|links))?|links)\W*$)",
                      re.IGNORECASE)     # (a list after its colon, or a heading alone: "Related stories", "Links:")
_NOTICE_MAX_WORDS = 60
_NAV_SEPARATOR = re.compile(r"\s+[|•·»›>]\s+")    # (">" and "›": a breadcrumb, "Home > Local > News")
# A text browser's dump of a page (lynx's, w3m's): a link's number before its words, a line of links alone being the
# page's menu ("[1]Skip to content", "* [3]News", "[9]News > [10]Transport"), and the list of the links' addresses
# closing it ("References" / "1. https://…")
_DUMPED_LINK = re.compile(r"^(?:[*+•-]\s+)?\[\d{1,4}\]")
_LINK_MARK = re.compile(r"\[\d{1,4}\]")
LINK_WORDS = 5          # a menu's link names a page in a few words (not a wrapped line: "[13]Parliament's committee …")
_LINK_ADDRESS = re.compile(r"^\d{1,4}\.\s+(?:https?|ftp|file|mailto):\S+$")
# A print view's address line: "URL of this article: https://…", "Source: https://…/bridge"
_LABELLED_ADDRESS = re.compile(r"^[^\W\d_][\w ]{0,40}:\s*<?(?:https?|ftp)://\S+$")
# A wire story's take marks: the slug line over each take ("XNA-FERRY 1ST TAKE", "FERRY 2ND ADD"), "MORE" where a
# take goes on in the next, "ENDS" (or "-30-", "###") where the story does
_TAKE_MARK = re.compile(rf"^(?:(?:[{CAPITALS}]{{2,8}}-)?[{CAPITALS}\d-]{{2,30}}"
                        r"\s+\d{1,2}(?:ST|ND|RD|TH)\s+(?:TAKE|ADD|LEAD)"
                        r"|MORE|ENDS?|-+\s*(?:ENDS?|30)\s*-+|#\s?#\s?#)$")
# A static site's template tag or attribute list, left in the Markdown it builds pages from: "{% include ad.html %}",
# "{{ site.newsletter }}", kramdown's "{:.lead}" under the paragraph it styles
_TEMPLATE_LINE = re.compile(r"^(?:\{%.*%\}|\{\{.*\}\}|\{:[^{}]*\})$")
# A print page's jump line, where a story goes on or comes from: "Continued on Page A6", "Continued from page 1"
_JUMP_LINE = re.compile(r"^\W*(?:continued|cont(?:'|’|\.)d|turn\s+to)\s+(?:on|from|to)?\s*(?:page|p\.?)\s*"
                        rf"(?-i:[{CAPITALS}])?\d{{1,3}}\W*$", re.IGNORECASE)

# A paper's slogan in the reader's words, a line of its own under its name: "Your town. Your news.", "Your weekly paper
# for Istermoor and the Moor villages", "Your free city paper" (not a sentence: "Your newspaper got it wrong …")
SLOGAN = re.compile(r"(?i:your\s+(?:[\w-]+\s+)?(?:paper|newspaper|news)\s+(?:for|from|in|of)\s+[^.!?\n]{1,60}"
                    r"|your\s+(?:[\w-]+\s+){0,2}(?:paper|newspaper)[.!]?"      # ("Your free city paper")
                    r"|(?:your\s+[\w-]+[.!]\s*){2,3})")
_SLOGAN_WORDS = 12

# A browser's print of a page turned back into text: each page's header line, the print's date and time and then the
# page's title ("02/11/2026, 08:47      Rail workers back strike | Port Ambrel Courier"), and its footer line, the
# page's address and its number of all ("https://www.ambrelcourier.xl/news/…      1/3")
PRINT_HEADER = re.compile(r"^\f?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]{2,}"
                          r"(?P<title>\S[^\n]*?\s[|–—-]\s[^\n]*?\S)[ \t]*$")     # (its title: "… | Site")
# A saving program's or a CMS's line over a story it exported: "Story export: post-2025-04-16-ferry.txt", "Saved from
# CMS export, story ID 88213", "Saved from kelvikcourier.example · 6 min read"
_EXPORTED = re.compile(r"^(?:story\s+export\s*:"
                       r"|(?:saved|exported)\s+from\s+(?:(?:a|the)\s+)?"
                       r"(?:cms\b|(?-i:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b))"
                       r"[^\n]{0,80}$", re.IGNORECASE)
_PRINT_FOOTER = re.compile(r"^(?:https?|file)://\S+[ \t]{2,}\d{1,3}/\d{1,3}$")


def _named_account_links(line: str) -> bool:
    """Whether ``line`` is a site's name, its words in capitals or capitalised, with its account links at the right
    (``_ACCOUNT_LINKS``)."""
    m = _ACCOUNT_LINKS.search(line)
    name = line[:m.start() + 1] if m else ""
    return bool(m) and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in name.split())


def is_clutter(line: str) -> bool:
    """True for a line that is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    if not any(ch.isalnum() for ch in stripped):
        return True            # rules, bullets, "* * *"
    if stripped.lower().strip(" :|•·-") in _SHARE_WORDS:
        return True
    words = _ROW_WORD.findall(stripped.lower())
    if len(words) >= 2 and set(words) <= _SHARE_BUTTONS | _SHARE_FILLERS and set(words) & _SHARE_BUTTONS:
        return True
    if _COOKIES.match(stripped) and len(stripped.split()) <= _NOTICE_MAX_WORDS:
        return True
    if (_TAGS.match(stripped) or _RELATED.match(stripped)) and not _SENTENCE_END.search(stripped):
        return True             # a list of tags or of links to other stories, however long
    # a menu: "Home | News | Sport | Weather" (not a table row "| 2021 | 6.1 |", nor "Liverpool 2 | Chelsea 1")
    items = _NAV_SEPARATOR.split(stripped)
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items) and not _SENTENCE_END.search(stripped) \
            and not any(ch.isdigit() for ch in stripped) and not stripped.startswith("|") \
            and not stripped.endswith("|"):
        return True
    # (or its items parted by runs of spaces, as a page copied as text shows them: "Home  News  Showbiz  Sport")
    spaced = re.split(r"\s{2,}", stripped)
    if len(spaced) >= 5 and all(len(i.split()) <= 2 and i[:1].isupper() for i in spaced) \
            and not any(ch.isdigit() for ch in stripped) and sum(i.lower() in SECTION_NAMES for i in spaced) >= 2:
        return True
    if SLOGAN.fullmatch(stripped) and len(stripped.split()) <= _SLOGAN_WORDS:
        return True
    if (_CLUTTER_TAIL.search(stripped) or _named_account_links(stripped)) and len(stripped.split()) <= _TAIL_MAX_WORDS:
        return True
    if _EXPORT_FURNITURE.match(stripped) or _MARKDOWN_IMAGE.match(stripped) or _LINK_ADDRESS.match(stripped) \
            or _LABELLED_ADDRESS.match(stripped) or _JUMP_LINE.match(stripped) \
            or _TAKE_MARK.match(stripped) or _TEMPLATE_LINE.match(stripped) or PRINT_HEADER.match(stripped) \
            or _PRINT_FOOTER.match(stripped) or _EXPORTED.match(stripped):
        return True
    if _DUMPED_LINK.match(stripped):        # a line of links alone, or a link line furniture is ("[12]Related: …")
        names = _LINK_MARK.split(stripped)[1:]
        return all(len(name.split()) <= LINK_WORDS for name in names) and not _SENTENCE_END.search(stripped) \
            or is_clutter(_LINK_MARK.sub("", stripped, count=1))
    if len(stripped.split()) > _CLUTTER_MAX_WORDS or not _CLUTTER_LINE.match(stripped):
        return False
    return bool(_CLUTTER_ALWAYS.match(stripped)) or not _SENTENCE_END.search(stripped)


def _lines(text: str):
    """Yield (start, end) of each line, without its newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def title_and_blocks(text: str, start: int = 0, skip: Callable[[str], bool] | None = None, known: str = ""
                     ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The title (first non-empty line from ``start``, markdown '#' removed) and the spans of
    article text.

    A block is a run of lines with no clutter line (``is_clutter``, or ``skip`` when given) inside;
    the title line is its own thing and in no block. Blank lines stay inside blocks (the sentence
    splitter treats them as paragraph breaks). With the title ``known`` already (front matter's),
    the first line is a title only when it is a Markdown heading or that title; otherwise it is
    article text (a lead paragraph)."""
    skip = is_clutter if skip is None else skip
    title = ""
    if known:
        first = next((text[a:b].replace("\ufeff", "").strip() for a, b in _lines(text) if a >= start
                      and text[a:b].replace("\ufeff", "").strip()), "")
        if not first.startswith("#") and " ".join(first.split()) != " ".join(known.split()):
            title = known
    title_span = (0, 0)
    blocks: list[tuple[int, int]] = []
    open_start = open_end = -1
    for line_start, end in _lines(text):
        if line_start < start:
            continue
        line = text[line_start:end]
        bare = line.replace("\ufeff", "").strip()     # BOM and any Unicode space (NBSP too)
        if not bare:
            continue
        if not title:
            title = bare.lstrip("#").strip()[:300]
            lead = 0
            while line[lead] == "\ufeff" or line[lead].isspace():
                lead += 1
            title_span = (line_start + lead, end)
            continue
        if skip(line):
            if open_start >= 0:
                blocks.append((open_start, open_end))
                open_start = -1
            continue
        if open_start < 0:
            open_start = line_start
        open_end = end
    if open_start >= 0:
        blocks.append((open_start, open_end))
    if not blocks and title and not skip(text[title_span[0]:title_span[1]]):
        blocks.append(title_span)   # a one-line file: its line is both title and text
    return title, tuple(blocks)
