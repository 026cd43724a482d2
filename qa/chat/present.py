"""Answers, passages, articles and build reports as text for a page: markdown for chat messages,
HTML for the article panel. Pure functions; every piece of article or user text is escaped here, so
a seed holding ``<script>``, ``<img onerror=…>`` or ``[a](link)`` shows as that text, never as markup."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa.records import Answer, BuildReport, Passage
from qa.settings import DEFAULT

SNIPPET_CHARS = 300
LIST_LIMIT = 200

# Markdown syntax characters, written as numeric entities: the text shows, the syntax is gone.
_MD_SPECIAL = frozenset("\\`*_{}[]()#+-!|~<>&$\"'")


@dataclass(frozen=True)
class Cite:
    """A place to show in the article panel: ``text`` is expected at ``[start, end)`` of ``source``,
    inside the sentence (or passage) at ``[sentence_start, sentence_end)``."""

    source: str
    title: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    text: str
    label: str


def md(text: str) -> str:
    """``text`` as markdown that renders as exactly that text on one line: no links, images,
    emphasis, HTML, autolinks or math. Whitespace runs (newlines too) become one space."""
    text = " ".join(str(text).split())
    out = "".join(f"&#{ord(c)};" if c in _MD_SPECIAL else c for c in text)
    out = out.replace("://", "&#58;//").replace("@", "&#64;")
    out = re.sub(r"(?i)\bwww\.", lambda m: m.group(0)[:-1] + "&#46;", out)
    return re.sub(r"^(\d+)([.)])", lambda m: m.group(1) + f"&#{ord(m.group(2))};", out)


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def place(source: str, line: int, start: int, end: int) -> str:
    return f"{source}, line {line}, characters {start}–{end}"


def answer_cite(a: Answer, n: int) -> Cite:
    return Cite(a.source, a.title, a.start, a.end, a.sentence_start, a.sentence_end, a.text,
                f"[{n}] {place(a.source, a.line, a.start, a.end)}")


def passage_cite(p: Passage, n: int) -> Cite:
    return Cite(p.source, p.title, p.start, p.end, p.start, p.end, p.text,
                f"Passage {n}: {place(p.source, p.line, p.start, p.end)}")


def marked_sentence(a: Answer) -> str:
    """The answer's sentence, escaped, with the answer span in <mark> (and bold, should a page
    drop the tag)."""
    rel = a.start - a.sentence_start
    end = rel + len(a.text)
    if not (0 <= rel < end <= len(a.sentence)) or a.sentence[rel:end] != a.text:
        return md(a.sentence)
    before, span, after = a.sentence[:rel], a.sentence[rel:end], a.sentence[end:]
    lead = " " if before[-1:].isspace() else ""
    trail = " " if after[:1].isspace() else ""
    return f"{md(before)}{lead}<mark>**{md(span)}**</mark>{trail}{md(after)}"


def confidence_note(score: float, low: float = DEFAULT.low_confidence) -> str:
    """"confidence 0.83", or with a warning to check the quote when it is below ``low`` (by default
    where the calibration corpora's answers are more often wrong than right)."""
    return f"confidence {score:.2f}" + (" (low: check the quote)" if score < low else "")


def answer_markdown(a: Answer, n: int, *, first: bool, best_source: str = "", searched: str | None = None,
                    low: float = DEFAULT.low_confidence) -> str:
    """One answer as a chat message: the short answer, the quoted sentence with the answer marked,
    and the numbered citation with its place in the file."""
    lines = []
    if searched:
        lines.append(f"_Searched: {md(searched)}_")
    if a.notice:
        lines.append(f"_{md(a.notice)}_")
    if first:
        head = f"**{md(a.text)}**" if a.text != a.sentence else "**Answer:**"
    else:
        where = "Another article" if a.source != best_source else "The same article also"
        head = f"{where} says: **{md(a.text)}**" if a.text != a.sentence else f"{where} says:"
    lines.append(head)
    lines.append(f"> “{marked_sentence(a)}”")
    lines.append(f"**{md(answer_cite(a, n).label)}** · {md(a.title)} · {confidence_note(a.score, low)}")
    return "\n\n".join(lines)


def not_found_markdown(a: Answer, searched: str | None = None, limit: int = 3) -> str:
    """The plain "not found" message, with the closest passages offered."""
    lines = []
    if searched:
        lines.append(f"_Searched: {md(searched)}_")
    if a.notice:
        lines.append(f"_{md(a.notice)}_")
    lines.append("**Not found in the articles.**")
    if a.passages:
        lines.append("The closest passages (click this message to open the first):")
        for n, p in enumerate(a.passages[:limit], 1):
            lines.append(f"**{md(passage_cite(p, n).label)}**: {md(snippet(p.text, 200))}")
    return "\n\n".join(lines)


def passages_markdown(passages: Sequence[Passage]) -> str:
    """The passages behind an answer, for the collapsed "Sources" box."""
    if not passages:
        return "No passages."
    return "\n\n".join(
        f"**{md(passage_cite(p, n).label)}** · {md(p.title)} · score {p.score:.3f}\n\n{md(snippet(p.text))}"
        for n, p in enumerate(passages, 1)
    )


def article_html(cite: Cite | None, text: str | None, note: str = "") -> str:
    """The whole article, escaped, with the cited sentence shaded and the quoted span in
    ``<mark id="qa-hl">``. When the file no longer holds the quote at those offsets, the article is
    shown without a highlight and ``note`` says why."""
    if cite is None or text is None:
        msg = note or "Click an answer or a citation to read the article here."
        return f'<div class="qa-article-empty" style="padding:1em;opacity:.75">{html.escape(msg)}</div>'
    e = html.escape
    ok = 0 <= cite.sentence_start <= cite.start < cite.end <= cite.sentence_end <= len(text) \
        and text[cite.start:cite.end] == cite.text
    if ok:
        body = (e(text[:cite.sentence_start])
                + '<span class="qa-sentence" style="background:rgba(255,200,0,.18)">'
                + e(text[cite.sentence_start:cite.start])
                + '<mark id="qa-hl" style="background:#ffd54a;color:#000;padding:0 1px">'
                + e(text[cite.start:cite.end]) + "</mark>"
                + e(text[cite.end:cite.sentence_end]) + "</span>"
                + e(text[cite.sentence_end:]))
    else:
        body = e(text)
        note = note or "This article changed since it was indexed, so the quote cannot be marked: press Rebuild index."
    head = f'<div style="font-weight:600">{e(cite.title or cite.source)}</div>' \
           f'<div class="qa-cite" style="opacity:.75;font-size:.9em">{e(cite.label)}</div>'
    if note:
        head += f'<div class="qa-note" style="color:#b45309">{e(note)}</div>'
    return (f'<div class="qa-article" data-source="{e(cite.source)}">{head}'
            f'<div id="qa-article-body" class="qa-article-body" style="max-height:65vh;overflow-y:auto;'
            f'white-space:pre-wrap;border:1px solid rgba(128,128,128,.3);border-radius:6px;padding:.75em;'
            f'margin-top:.5em;line-height:1.5">{body}</div></div>')


def documents_markdown(documents: Sequence[dict], limit: int = LIST_LIMIT) -> str:
    """The indexed articles: how many, and their titles (escaped)."""
    if not documents:
        return ("**No articles indexed.** Put `.txt` articles in the seeds folder (or upload them here) "
                "and press **Rebuild index**.")
    n = len(documents)
    lines = [f"**{n} article{'s' if n != 1 else ''} indexed**", ""]
    for d in documents[:limit]:
        lines.append(f"- {md(d.get('title') or d['source'])} · {md(d['source'])}")
    if n > limit:
        lines.append(f"- … and {n - limit:,} more")
    return "\n".join(lines)


def report_markdown(report: BuildReport, limit: int = 20) -> str:
    """What a rebuild did: added / changed / removed (named), skipped files and warnings."""
    head = "Index is up to date" if report.up_to_date else "Index rebuilt"
    lines = [f"**{head}:** {md(report.summary())}"]
    for label, names in (("Added", report.added), ("Changed", report.changed), ("Removed", report.removed)):
        if names:
            shown = ", ".join(md(x) for x in names[:limit])
            more = f" and {len(names) - limit} more" if len(names) > limit else ""
            lines.append(f"- {label}: {shown}{more}")
    for s in report.skipped[:limit]:
        lines.append(f"- Skipped {md(s.source)}: {md(s.reason)}")
    for w in report.warnings[:limit]:
        lines.append(f"- Warning: {md(w)}")
    return "\n".join(lines)
