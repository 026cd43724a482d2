"""Markdown's link marks in a sentence, blanked for a reader: a note clipped from the web keeps its links as
written ("[Relvan Energy](https://www.relvanenergy.rv), the state-controlled utility"), and a reader shown the
address answers with it. Blanking keeps every character's place, so a span read in the blanked sentence is the
same span of the sentence as written."""

from __future__ import annotations

import re

# What a reader should not read: a link's or image's opening bracket ("[", "![") and what closes it with the
# address ("](https://…)", with a title or not; a reference's "][2]"), a footnote's mark ("[^1]"), a text browser's
# numbered link glued to its words ("[12]Headline"; not "[2] people" in a sentence), and a wiki link's brackets
# and target ("[[people/jr|", "]]")
_MARKS = re.compile(r"!?\[(?=[^\[\]\n]*\](?:\(|\[))"
                    r"|\]\(\s*(?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\s*\)"
                    r"|\]\[[^\[\]\n]{0,40}\]"
                    r"|\[\^\d{1,3}\]|\[\d{1,3}\](?=[^\W\d_])"
                    r"|\[\[(?:[^\[\]|\n]*\|)?|\]\]")


def blank_links(text: str) -> str:
    """``text`` with Markdown's link marks (``_MARKS``) turned to spaces, every other character where it was."""
    if "[" not in text:
        return text
    return _MARKS.sub(lambda m: " " * len(m.group()), text)
