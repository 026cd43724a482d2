"""Link marks in a sentence, blanked for a reader: a note clipped from the web keeps its links as Markdown writes
them ("[Relvan Energy](https://www.relvanenergy.rv), the state-controlled utility"), a page a browser saved as
text keeps each link's address after its words ("the audit <https://…/audit>"), and a reader shown the address
answers with it. Blanking keeps every character's place, so a span read in the blanked sentence is the same span
of the sentence as written."""

from __future__ import annotations

import re

from qa.ingest.clutter import LINK_WORDS, is_clutter
from qa.ingest.lexicon import CAPITALS
from qa.ingest.subtitles import blank_cue_headers

# A page saved as text by a browser (Firefox's "Text Files"): a link's address in angle brackets after its words
# ("Politics <https://www.dellpost.dx/politics>"; not an address standing alone, which is the text)
_ADDRESS = re.compile(r"<(?:[a-z][a-z0-9+.-]{1,15}:|#)[^<>\s]*>")     # ("<#main>": the page's own)
_ADDRESS_AFTER = re.compile(r"(?<=\S)[ \t]*" + _ADDRESS.pattern)
# A line of such links alone, nothing after its last address but what parts links: a menu's or a share bar's, two
# links or more of a few words each ("Home <…> News <…>", "Share this article: Facebook <…> WhatsApp <…>", a
# breadcrumb "Politics <…> > Assembly <…>"), a list's item ("  * Port audit finds missing tenders <…>"), or one
# link furniture is ("Skip to main content <#main>"); not a headline's, a byline's or a wrapped line's one link
_LINK_PARTS = " \t*•·|>›»,:-"
_COUNT = re.compile(r"\s*\(\d[\d,]*\)")          # "Comments (12)"
# What a reader should not read: a link's or image's opening bracket ("[", "![") and what closes it with the
# address ("](https://…)", with a title or not; a reference's "][2]"), a footnote's mark ("[^1]"), a text browser's
# numbered link glued to its words ("[12]Headline"; not "[2] people" in a sentence), a print view's or a footnote's
# number glued after them ("from May[1],"), and a wiki link's brackets and target ("[[people/jr|", "]]")
_MARKS = re.compile(r"!?\[(?=[^\[\]\n]*\](?:\(|\[))"
                    r"|\]\(\s*(?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\s*\)"
                    r"|\]\[[^\[\]\n]{0,40}\]"
                    r"|\[\^\d{1,3}\]|\[\d{1,3}\](?=[^\W\d_])|(?<=[^\W\d_])\[\d{1,3}\]"
                    r"|\[\[(?:[^\[\]|\n]*\|)?|\]\]")


# A quoted line's mark: an e-mail's ("> The Supreme Court struck down …", a forwarded alert) or a Markdown quote's
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)


def blank_quote_marks(text: str) -> str:
    """``text`` with the marks opening its quoted lines (``_QUOTE_MARK``) turned to spaces, every other character where
    it was: a line of a mark alone is then a blank line, parting the quoted paragraphs."""
    return _QUOTE_MARK.sub(_spaces, text) if ">" in text else text


# An HTML tag in Markdown's text (a raw block: an infobox's "<tr><th>Born</th><td>14 May 1968</td></tr>"), of the
# elements Markdown writers put there, or an MDX file's component ("<Callout type="info">", "<Byline name="…" />": a
# name in capitals), its attributes as markup writes them, on its line (not "a < b > c", "<Letters Editor, Harbour
# Post>", "<Q3 levels … >1 point")
_VALUE = r"""(?:"[^"\n]*"|'[^'\n]*'|\{[^{}\n]*\})"""
_TAG = re.compile(r"</?(?:(?i:a|b|i|u|s|em|strong|small|span|div|p|br|hr|img|table|thead|tbody|tfoot|tr|td|th"
                  r"|caption|ul|ol|li|dl|dt|dd|sup|sub|figure|figcaption|aside|section|details|summary|blockquote"
                  r"|cite|abbr|mark|q|iframe|center|font)"
                  rf"(?:[ \t]+[\w:.-]+(?:[ \t]*=[ \t]*(?:{_VALUE}|[^\s\"'<>=`]+))?)*"
                  rf"|[{CAPITALS}]\w*(?:\.\w+)*(?:[ \t]+[\w:.-]+[ \t]*=[ \t]*{_VALUE})*)[ \t]*/?>")


def blank_tags(text: str) -> str:
    """``text`` with its HTML tags and MDX components (``_TAG``) turned to spaces, every other character where it
    was: a line of tags alone is then a blank line."""
    return _TAG.sub(_spaces, text) if "<" in text else text


def blank_marks(text: str) -> str:
    """``text`` with its quoted lines' marks (``blank_quote_marks``) and its HTML tags and MDX components
    (``blank_tags``) turned to spaces, every other character where it was: the text as its lines read."""
    return blank_tags(blank_quote_marks(text))


def blank_links(text: str) -> str:
    """``text`` with Markdown's link marks (``_MARKS``), links' addresses after their words (``_ADDRESS_AFTER``),
    quoted lines' marks and HTML tags (``blank_marks``) and subtitles' cue headers (``blank_cue_headers``) turned to
    spaces, every other character where it was."""
    text = blank_cue_headers(blank_marks(blank_addresses(text)))
    if "[" not in text:
        return text
    return _MARKS.sub(_spaces, text)


def blank_addresses(text: str) -> str:
    """``text`` with each link's address after its words (``_ADDRESS_AFTER``) turned to spaces, every other character
    where it was."""
    return _ADDRESS_AFTER.sub(_spaces, text) if "<" in text else text


def page_as_shown(text: str) -> str:
    """A page saved as text by a browser as a reader reads its header and menus: each line of links alone
    (``_links_alone``) a rule ("*", no words: furniture), the other links' addresses blank (``blank_addresses``);
    every character where it was."""
    if "<" not in text:
        return text
    lines = text.split("\n")
    return blank_addresses("\n".join(re.sub(r"\S", "*", line) if "<" in line and _links_alone(line) else line
                                     for line in lines))


def _links_alone(line: str) -> bool:
    """Whether ``line`` (of a page saved as text) is links alone (see ``_LINK_PARTS``)."""
    parts = _ADDRESS.split(line)
    names = [part.strip(_LINK_PARTS) for part in parts[:-1]]
    if len(parts) < 2 or parts[-1].strip(_LINK_PARTS) or not all(names):
        return False
    if len(names) >= 2:
        return all(len(name.split()) <= LINK_WORDS for name in names)
    return line.lstrip()[:1] in ("*", "•", "-") or is_clutter(_COUNT.sub("", names[0]))


def _spaces(match: re.Match) -> str:
    return " " * len(match.group())
