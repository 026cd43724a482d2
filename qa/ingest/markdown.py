"""Link marks in a sentence, blanked for a reader: a note clipped from the web keeps its links as Markdown writes
them ("[Relvan Energy](https://www.relvanenergy.rv), the state-controlled utility"), a page a browser saved as
text keeps each link's address after its words ("the audit <https://…/audit>"), and a reader shown the address
answers with it. Blanking keeps every character's place, so a span read in the blanked sentence is the same span
of the sentence as written."""

from __future__ import annotations

import re

# A page saved as text by a browser (Firefox's "Text Files"): a link's address in angle brackets after its words
# ("Politics <https://www.dellpost.dx/politics>"; not an address standing alone, which is the text)
_ADDRESS_AFTER = re.compile(r"(?<=\S)[ \t]*<(?:[a-z][a-z0-9+.-]{1,15}:|#)[^<>\s]*>")   # ("<#main>": the page's own)
# A line of such links alone: a menu's ("  * News <…>"), a breadcrumb ("Politics <…> > Assembly <…>"), a related
# story's, "Subscribe <…> Sign in <…>": nothing but links, bullets and what parts them
_LINKS_ALONE = re.compile(r"^[ \t*•·|>›»-]*"
                          r"(?:[^\n<>]*?\S[ \t]*<(?:[a-z][a-z0-9+.-]{1,15}:|#)[^<>\s]*>[ \t*•·|>›»,-]*)+$",
                          re.MULTILINE)
# What a reader should not read: a link's or image's opening bracket ("[", "![") and what closes it with the
# address ("](https://…)", with a title or not; a reference's "][2]"), a footnote's mark ("[^1]"), a text browser's
# numbered link glued to its words ("[12]Headline"; not "[2] people" in a sentence), a print view's or a footnote's
# number glued after them ("from May[1],"), and a wiki link's brackets and target ("[[people/jr|", "]]")
_MARKS = re.compile(r"!?\[(?=[^\[\]\n]*\](?:\(|\[))"
                    r"|\]\(\s*(?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\s*\)"
                    r"|\]\[[^\[\]\n]{0,40}\]"
                    r"|\[\^\d{1,3}\]|\[\d{1,3}\](?=[^\W\d_])|(?<=[^\W\d_])\[\d{1,3}\]"
                    r"|\[\[(?:[^\[\]|\n]*\|)?|\]\]")


def blank_links(text: str) -> str:
    """``text`` with Markdown's link marks (``_MARKS``) and links' addresses after their words (``_ADDRESS_AFTER``)
    turned to spaces, every other character where it was."""
    text = blank_addresses(text)
    if "[" not in text:
        return text
    return _MARKS.sub(_spaces, text)


def blank_addresses(text: str) -> str:
    """``text`` with each link's address after its words (``_ADDRESS_AFTER``) turned to spaces, every other character
    where it was."""
    return _ADDRESS_AFTER.sub(_spaces, text) if "<" in text else text


def page_as_shown(text: str) -> str:
    """A page saved as text by a browser as a reader reads its header and menus: each line of links alone
    (``_LINKS_ALONE``) a rule ("*", no words: furniture), the other links' addresses blank (``blank_addresses``);
    every character where it was."""
    if "<" not in text:
        return text
    return blank_addresses(_LINKS_ALONE.sub(lambda m: re.sub(r"\S", "*", m.group()), text))


def _spaces(match: re.Match) -> str:
    return " " * len(match.group())
