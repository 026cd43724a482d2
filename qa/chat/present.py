"""Answers, passages, articles and build reports as text for a page: markdown for chat messages,
HTML for the article panel and the articles table. Pure functions; every piece of article or user
text is escaped here, so a seed holding ``<script>``, ``<img onerror=…>`` or ``[a](link)`` shows as
that text, never as markup."""

from __future__ import annotations

import datetime
import html
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa.chat.files import Uploads
from qa.ingest.formats import is_page, text_is_extracted
from qa.ingest.subtitles import CUE_HEADER
from qa.records import Answer, BuildReport, Passage
from qa.settings import DEFAULT

SNIPPET_CHARS = 300
LIST_LIMIT = 200

# Markdown syntax characters, written as numeric entities: the text shows, the syntax is gone.
_MD_SPECIAL = frozenset("\\`*_{}[]()#+-!|~<>&$\"'")
# A sentence that opens or closes with one of these is shown as it is, without quotation marks of ours.
_OPENING_QUOTES = "“\"‘'«„‹「"
_CLOSING_QUOTES = "”\"’'»“›」"


@dataclass(frozen=True)
class Cite:
    """A place in an article to show and cite: ``text`` is expected at ``[start, end)`` of the
    article's text (``engine.article_text(source)``), inside the sentence (or passage) at
    ``[sentence_start, sentence_end)``. ``number`` is its number in the conversation ([1], [2], …;
    ``qa.chat.citations``); a passage behind a reply is not numbered and has its rank there in
    ``passage`` instead."""

    source: str
    title: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    text: str
    line: int = 0
    date: str = ""              # ISO 8601, as the index keeps it
    publisher: str = ""
    sentence: str = ""          # the sentence quoted (an answer's), "" for a passage
    number: int = 0
    passage: int = 0
    also_in: tuple[str, ...] = ()   # other seed files with the same article text
    versions: tuple[str, ...] = ()  # other seed files with a near-identical version of the text
    worded_otherwise: tuple[str, ...] = ()   # of those, the ones not holding the quoted sentence
    named_in_full: str = ""     # the person ``text`` names by surname alone, named in full (an answer's)
    named_line: int = 0         # the line naming them so
    extracted: bool = False     # the article's text was taken out of the file: ``line`` counts in it

    @property
    def heading(self) -> str:
        """"Headline · Publisher · 5 March 2024" (what is known of it; the file name without a headline)."""
        return " · ".join(x for x in (self.title or self.source, self.publisher, nice_date(self.date)) if x)

    @property
    def where(self) -> str:
        """Where the quote is: "file.txt, line 5"; a saved web page's line counts in its text as
        extracted ("page.html, line 4 of the page text"), a mail's in its message ("release.eml, line 9 of the
        message text")."""
        if not self.line:
            return self.source
        if not (self.extracted or text_is_extracted(self.source)):
            return f"{self.source}, line {self.line}"
        return f"{self.source}, line {self.line} of the {'page' if is_page(self.source) else 'message'} text"

    @property
    def offsets(self) -> str:
        return f"characters {self.start}–{self.end}"

    @property
    def listed(self) -> str:
        """How the conversation's citation list names it: the words quoted first, so that places in
        one article tell apart ("[2] “10,000 troops” · Headline · … — file, line 5")."""
        return f"[{self.number}] “{snippet(self.text, 60)}” · {self.heading} — {self.where}"

    @property
    def label(self) -> str:
        """How lists name it: "[2] Headline · Publisher · date — file, line 5" or "Passage 1: …"."""
        mark = f"[{self.number}]" if self.number else f"Passage {self.passage}:"
        return f"{mark} {self.heading} — {self.where}"


def md(text: str) -> str:
    """``text`` as markdown that renders as exactly that text on one line: no links, images,
    emphasis, HTML, autolinks or math. Whitespace runs (newlines too) become one space."""
    text = " ".join(str(text).split())
    out = "".join(f"&#{ord(c)};" if c in _MD_SPECIAL else c for c in text)
    out = out.replace("://", "&#58;//").replace("@", "&#64;")
    out = re.sub(r"(?i)\bwww\.", lambda m: m.group(0)[:-1] + "&#46;", out)
    return re.sub(r"^(\d+)([.)])", lambda m: m.group(1) + f"&#{ord(m.group(2))};", out)


def attr(text: str) -> str:
    """``text`` for an HTML attribute value in double quotes (one line)."""
    return html.escape(" ".join(str(text).split()), quote=True)


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def nice_date(iso: str) -> str:
    """"2024-03-05" (or a longer ISO 8601 stamp) as "5 March 2024"; anything else as it is."""
    try:
        d = datetime.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return f"{d.day} {d:%B %Y}"


def quoted(sentence: str) -> tuple[str, str]:
    """The quotation marks to put around ``sentence``: none when it opens or closes with one of its
    own (“It is understood …,” Shin said), so a quote never shows doubled marks; an opening one when
    it closes a quotation a sentence before opened ('We will reopen it as soon as it is safe."'), so
    no mark shows unpaired."""
    s = sentence.strip()
    if s[:1] in _OPENING_QUOTES:
        return "", ""
    if s[-1:] in _CLOSING_QUOTES:
        closes_earlier = s.count('"') % 2 == 1 or s.count("”") > s.count("“")
        return ("“" if closes_earlier else ""), ""
    return "“", "”"


def answer_cite(a: Answer, number: int) -> Cite:
    return Cite(a.source, a.title, a.start, a.end, a.sentence_start, a.sentence_end, a.text, a.line, a.date,
                a.publisher, sentence=a.sentence, number=number, also_in=a.also_in,
                versions=a.versions, worded_otherwise=a.worded_otherwise, named_in_full=a.named_in_full,
                named_line=a.named_line, extracted=a.extracted)


def in_full(c: Cite) -> str:
    """"in full: Aldo Ferrante, line 5" for an answer naming someone by surname alone ("Ferrante") whom
    its article names in full; "" for any other."""
    if not c.named_in_full:
        return ""
    return f"in full: {' '.join(c.named_in_full.split())}" + (f", line {c.named_line}" if c.named_line else "")


CLOSEST_PASSAGES = 3        # passages a "not found" reply offers (the chat and the export)


def passage_cite(p: Passage, n: int) -> Cite:
    return Cite(p.source, p.title, p.start, p.end, p.start, p.end, p.text, p.line, p.date, p.publisher, passage=n,
                also_in=p.also_in, versions=p.versions, extracted=p.extracted)


# Markdown emphasis in a Markdown article: "winning **31 of the 61 seats**", "*Ostervaag Courier*"
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*\*|\*|__)(?=[^\s*])(.+?)(?<=[^\s*\\])\1(?![\w*])")


def quote_parts(sentence: str, text: str, rel: int, source: str) -> tuple[str, str, str]:
    """(before, the quote, after): ``sentence`` around ``text`` at offset ``rel`` in it (all of it
    before, when ``text`` is not there), as a reader is shown it: without the emphasis marks of a
    Markdown article (``source`` a ``.md`` file: "winning **31 of the 61 seats**" → "winning 31 of
    the 61 seats") or the cue headers of subtitles ("12" / "00:00:47,500 --> 00:00:50,100"), which
    are no words of it."""
    end = rel + len(text)
    if not (0 <= rel < end <= len(sentence)) or sentence[rel:end] != text:
        rel = end = len(sentence)
    marks: set[int] = set()
    if source.lower().endswith((".md", ".markdown")):
        for m in _EMPHASIS.finditer(sentence):
            marks.update([*range(m.start(1), m.end(1)), *range(m.end(2), m.end())])
    if "-->" in sentence:       # subtitles: a sentence said across two cues, without the second's number and times
        for m in CUE_HEADER.finditer(sentence):
            marks.update(i for i in range(m.start(), m.end()) if sentence[i] != "\n")
    shown = "".join(c if i not in marks else "\0" for i, c in enumerate(sentence))
    return tuple(part.replace("\0", "") for part in (shown[:rel], shown[rel:end], shown[end:]))


def plain(text: str, source: str) -> str:
    """``text`` of ``source`` as a reader is shown it (``quote_parts``: a Markdown article's emphasis
    marks left out)."""
    return "".join(quote_parts(text, "", 0, source))


def _marked(before: str, span: str, after: str) -> str:
    """An answer's sentence from its parts as shown (``quote_parts``), escaped, with the answer span in
    <mark> (and bold, should a page drop the tag)."""
    if not span:
        return md(before)
    lead = " " if before[-1:].isspace() else ""
    trail = " " if after[:1].isspace() else ""
    return f"{md(before)}{lead}<mark>**{md(span)}**</mark>{trail}{md(after)}"


# What an answer about an article itself says when the article was chosen by the words of its subject
# (its score 0: ``qa.read.byline.story_answer``), not read as the answer
ABOUT_THE_ARTICLE = "from the article whose words match what you asked about: check it is the one you meant"


def confidence_note(score: float, low: float = DEFAULT.low_confidence) -> str:
    """"confidence 0.83", or with a warning to check the quote when it is below ``low`` (by default
    where the calibration corpora's answers are more often wrong than right); for a byline, date
    line or masthead quoted from an article chosen by its subject (score 0), ``ABOUT_THE_ARTICLE``."""
    if score <= 0.0:
        return ABOUT_THE_ARTICLE
    return f"confidence {score:.2f}" + (" (low: check the quote)" if score < low else "")


def other_files(c: Cite, escape=md) -> list[str]:
    """What a citation says of the other files holding its story, each part escaped by ``escape``:
    "same text in a.txt", "another version in b.txt (worded otherwise here: check it)"."""
    out = [f"same text in {escape(', '.join(c.also_in))}"] if c.also_in else []
    if c.versions:
        named = [escape(v) + (" (worded otherwise here: check it)" if v in c.worded_otherwise else "")
                 for v in c.versions]
        out.append(f"another version in {', '.join(named)}")
    return out


def cite_lines(c: Cite, extra: str = "") -> str:
    """The citation under a quote: the headline · publisher · date line first, then, smaller, the
    number, file and line (the character offsets in its tooltip), the other files holding the
    story (``other_files``) and ``extra``."""
    head = f'<span class="qa-cite-line">{md(c.title or c.source)}'
    head += "".join(f" · {md(x)}" for x in (c.publisher, nice_date(c.date)) if x) + "</span>"
    where = f'<span class="qa-where" title="{attr(c.offsets)}">[{c.number}] {md(c.where)}</span>'
    where += "".join(f" · {part}" for part in other_files(c))
    return f"{head}  \n<small>{where}{' · ' + extra if extra else ''}</small>"


def answer_markdown(a: Answer, cite: Cite, *, first: bool, best_source: str = "", searched: str | None = None,
                    low: float = DEFAULT.low_confidence) -> str:
    """One answer as a chat message: the short answer with its citation marker, the quoted sentence
    with the answer marked, and the citation (headline first). The question's notice is the first
    answer's only: the other possible answers share it."""
    lines = []
    if searched:
        lines.append(f"_Searched: {md(searched)}_")
    if a.notice and first:
        lines.append(f"_{md(a.notice)}_")
    marker = f"[{cite.number}]"
    opening, closing = quoted(a.sentence)
    parts = quote_parts(a.sentence, a.text, a.start - a.sentence_start, a.source)
    quote = f"> {opening}{_marked(*parts)}{closing}"
    short = a.text != a.sentence
    shown = parts[1] or a.text
    if first:
        if short:
            full = f" ({md(in_full(cite))})" if cite.named_in_full else ""
            lines.append(f'<span class="qa-answer">**{md(shown)}**</span>{full} {marker}')
    else:
        where = "Another article" if a.source != best_source else "The same article also"
        lines.append(f"{where} says: **{md(shown)}** {marker}" if short else f"{where} says:")
    lines.append(quote if short else f"{quote} {marker}")
    lines.append(cite_lines(cite, confidence_note(a.score, low)))
    return "\n\n".join(lines)


def alternatives_markdown(answers: Sequence[Answer], cites: Sequence[Cite], best_source: str,
                          low: float = DEFAULT.low_confidence) -> str:
    """The other possible answers of a reply, for their folded box."""
    return "\n\n---\n\n".join(answer_markdown(a, c, first=False, best_source=best_source, low=low)
                              for a, c in zip(answers, cites))


def not_found_markdown(a: Answer, searched: str | None = None, limit: int = CLOSEST_PASSAGES) -> str:
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
            lines.append(f"**{md(passage_cite(p, n).label)}**: {md(snippet(plain(p.text, p.source), 200))}")
    return "\n\n".join(lines)


# What a passage's "search score" is, said where one is shown
SCORE_NOTE = ("search score: how close the search found a passage to the question, higher closer; "
              "comparable only among one question's passages; the answer's own passage is listed first")


def passages_markdown(passages: Sequence[Passage]) -> str:
    """The passages behind an answer, for the collapsed "Sources" box."""
    if not passages:
        return "No passages."
    return "\n\n".join(
        f"**{md(passage_cite(p, n).label)}** · search score {p.score:.3f}\n\n{md(snippet(plain(p.text, p.source)))}"
        for n, p in enumerate(passages, 1)
    ) + f"\n\n*{md(SCORE_NOTE)}*"


def article_html(cite: Cite | None, text: str | None, note: str = "", key: str = "") -> str:
    """The whole article, escaped, with the cited sentence shaded and the quoted span in
    ``<mark id="qa-hl">``. When the file no longer holds the quote at those offsets, the article is
    shown without a highlight and ``note`` says why. A whole article opened from the list (no
    quote) is a ``Cite`` with an empty span at 0. ``key`` tells the page that this is a new opening
    (its script then scrolls the quote into view), even of the same place."""
    if cite is None or text is None:
        msg = note or "Click an answer or a citation to read the article here."
        return f'<div class="qa-article-empty">{html.escape(msg)}</div>'
    e = html.escape
    whole = cite.start == cite.end == 0 and not cite.text
    ok = 0 <= cite.sentence_start <= cite.start < cite.end <= cite.sentence_end <= len(text) \
        and text[cite.start:cite.end] == cite.text
    if whole:
        body = e(text)
    elif ok:
        body = (e(text[:cite.sentence_start])
                + '<span class="qa-sentence">' + e(text[cite.sentence_start:cite.start])
                + '<mark id="qa-hl" class="qa-hl">' + e(text[cite.start:cite.end]) + "</mark>"
                + e(text[cite.end:cite.sentence_end]) + "</span>"
                + e(text[cite.sentence_end:]))
    else:
        body = e(text)
        note = note or ("This article changed after this answer was given, so its quote cannot be marked here: "
                        "ask that question again to quote the article as it is now (Retry asks the last one).")
    head = f'<div class="qa-article-title">{e(cite.heading)}</div>'
    if not whole:
        mark = f"[{cite.number}]" if cite.number else f"Passage {cite.passage}:"
        head += f'<div class="qa-cite" title="{attr(cite.offsets)}">{e(mark)} {e(cite.where)}</div>'
    else:
        head += f'<div class="qa-cite">{e(cite.source)}</div>'
    if note:
        head += f'<div class="qa-note" role="status">{e(note)}</div>'
    return (f'<div class="qa-article" data-source="{attr(cite.source)}">{head}'
            f'<div id="qa-article-body" class="qa-article-body" tabindex="0" role="region" '
            f'aria-label="Article text" data-key="{attr(key)}">{body}</div></div>')


def documents_html(documents: Sequence[dict], limit: int = LIST_LIMIT) -> str:
    """The indexed articles as a table (headline, date, publisher, file, chunks), escaped."""
    if not documents:
        return ('<p class="qa-docs-empty"><strong>No articles indexed.</strong> Put .txt, .md or .html articles '
                "in the seeds folder (or upload them here) and press <strong>Rebuild index</strong>.</p>")
    e = html.escape
    n = len(documents)
    rows = []
    for d in documents[:limit]:
        lo, hi = d.get("rows", (0, 0))
        rows.append(f"<tr><td>{e(d.get('title') or d['source'])}</td><td>{e(nice_date(d.get('date', '')))}</td>"
                    f"<td>{e(d.get('publisher', ''))}</td><td class=\"qa-file\">{e(d['source'])}</td>"
                    f"<td class=\"qa-num\">{hi - lo}</td></tr>")
    more = f'<p>… and {n - limit:,} more</p>' if n > limit else ""
    return ('<div class="qa-docs-table" tabindex="0" role="region" aria-label="Indexed articles">'
            f'<table><caption>{n} article{"s" if n != 1 else ""} indexed</caption>'
            "<thead><tr><th scope=\"col\">Headline</th><th scope=\"col\">Date</th><th scope=\"col\">Publisher</th>"
            "<th scope=\"col\">File</th><th scope=\"col\">Chunks</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{more}</div>")


def article_record(d: dict) -> dict:
    """An article's manifest entry as the API gives it: source, title, date, publisher, author, chunks,
    ``also_in`` (other seed files holding the same text) and, for a story of a file of several, ``story`` (its span
    of the file's text)."""
    lo, hi = d.get("rows", (0, 0))
    story = {"story": list(d["story"])} if "story" in d else {}      # (one of a file's several)
    return {"source": d["source"], "title": d.get("title", ""), "date": d.get("date", ""),
            "publisher": d.get("publisher", ""), "author": d.get("author", ""), "chunks": hi - lo,
            "also_in": list(d.get("also", ())), **story}


def delete_question(d: dict) -> str:
    """What the app asks before deleting article ``d`` (a manifest entry; a file not indexed: its
    source alone)."""
    named = f"**Delete {md(d['title'])}** ({md(d['source'])})?" if d.get("title") else f"**Delete {md(d['source'])}?**"
    return f"{named} Its file is removed from the seeds folder and the index is updated."


def replace_question(uploads: Sequence[tuple[str, str]]) -> str:
    """What the app asks before uploads replace articles: ``uploads`` are (the uploaded file's name,
    the article's name it is saved as); an upload whose name is saved otherwise ("Storm Edda.html"
    as storm_edda.html) says so."""
    named = [md(name) if os.path.basename(upload) == name else f"{md(name)} (as {md(os.path.basename(upload))} is "
             "saved)" for upload, name in uploads]
    return (f"**Already in the articles: {', '.join(named)}.** Replace with the upload? The current file is "
            "overwritten (no second copy is kept).")


def document_choice(d: dict) -> tuple[str, str]:
    """(label, value) of an article in a picker: "Headline — file.txt", its source."""
    title = d.get("title") or ""
    return (f"{title} — {d['source']}" if title else d["source"]), d["source"]


def file_choices(documents: Sequence[dict], manifest: dict) -> list[tuple[str, str]]:
    """(label, value) of each file of the seeds folder the picker offers: the indexed articles
    (``document_choice``), then the files the index holds only as copies of one ("copy.txt — same
    text as a.txt, not indexed") and those it left out ("empty.txt — not indexed: the file is
    empty"), so that each can be opened or deleted from the app."""
    files = [d for i, d in enumerate(documents) if not i or d["source"] != documents[i - 1]["source"]]  # (a file's
    out = [document_choice(d) for d in files]                                                       # stories: once)
    out += [(f"{copy} — same text as {d['source']}, not indexed", copy)
            for d in files for copy in d.get("also", ())]
    out += [(f"{source} — not indexed: {entry.get('reason', '')}".rstrip(": "), source)
            for source, entry in sorted(manifest.get("unusable", {}).items())]
    return out


def report_markdown(report: BuildReport, limit: int = 20) -> str:
    """What a rebuild did: added / changed / removed (named), skipped files and warnings."""
    head = "Index is up to date" if report.up_to_date else "Index rebuilt"
    lines = [f"**{head}:** {md(report.summary())}"]
    renamed = tuple(f"{a} → {b}" for a, b in report.renamed)
    for label, names in (("Added", report.added), ("Changed", report.changed), ("Removed", report.removed),
                         ("Moved or renamed (not embedded again)", renamed)):
        if names:
            shown = ", ".join(md(x) for x in names[:limit])
            more = f" and {len(names) - limit} more" if len(names) > limit else ""
            lines.append(f"- {label}: {shown}{more}")
    for s in report.skipped[:limit]:
        lines.append(f"- Skipped {md(s.source)}: {md(s.reason)}")
    for w in report.warnings[:limit]:
        lines.append(f"- Warning: {md(w)}")
    return "\n".join(lines)


def unusable_markdown(manifest: dict, limit: int = 20) -> str:
    """The files of the seeds folder the index left out as unusable (empty, binary, no article), with
    why, as the articles panel shows them on opening; "" for none."""
    unusable = sorted(manifest.get("unusable", {}).items())
    if not unusable:
        return ""
    lines = [f"**{len(unusable)} file{'s' if len(unusable) != 1 else ''} in the seeds folder not indexed:**"]
    lines += [f"- Skipped {md(source)}: {md(entry.get('reason', ''))}" for source, entry in unusable[:limit]]
    if len(unusable) > limit:
        lines.append(f"- and {len(unusable) - limit} more")
    return "\n".join(lines)


def uploads_markdown(done: Uploads, report: str = "") -> str:
    """What an upload did, file by file, then the rebuild's ``report`` (markdown already)."""
    lines = [f"- Saved {md(n)}" for n in done.saved]
    lines += [f"- Replaced {md(n)}" for n in done.replaced]
    lines += [f"- {md(n)} is already there, unchanged" for n in done.unchanged]
    lines += [f"- {md(n)}: an article of that name is already there (replace it below, or cancel)"
              for _, n in done.exists]
    lines += [f"- Not saved {md(n)}: {md(why)}" for n, why in done.refused]
    return "\n".join(lines + ["", report]).strip()
