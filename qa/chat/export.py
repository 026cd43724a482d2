"""A conversation, or one answer, as Markdown to paste elsewhere: the quote, the short answer and
the citation ("[1] Headline · Publisher · 5 March 2024 — file, line 3, characters 120–150"), with
the numbers the chat showed. Article text is escaped for Markdown (backslashes), never as HTML
entities, so it reads as plain text too."""

from __future__ import annotations

import re

from qa.chat.present import (
    CLOSEST_PASSAGES,
    Cite,
    confidence_note,
    in_full,
    other_files,
    passage_cite,
    quote_parts,
    quoted,
    snippet,
)
from qa.chat.session import ChatState, Exchange

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def text_md(text: str) -> str:
    """``text`` on one line with Markdown's syntax characters backslash-escaped."""
    out = _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    out = re.sub(r"^([#>+-])", r"\\\1", out)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", out)


def source_line(c: Cite) -> str:
    """"[1] Headline · Publisher · 5 March 2024 — file.txt, line 3, characters 120–150", then what
    the chat says of other files holding the story ("another version in b.txt (worded otherwise
    here: check it)")."""
    return " · ".join([f"[{c.number}] {text_md(c.heading)} — {text_md(c.where)}, {c.offsets}",
                       *other_files(c, text_md)])


def quote_md(c: Cite) -> str:
    """The cited sentence as a Markdown quote, the answer in bold when it is shorter."""
    sentence = c.sentence or c.text
    opening, closing = quoted(sentence)
    before, span, after = quote_parts(sentence, c.text, c.start - c.sentence_start, c.source)
    if c.text != sentence and span:
        body = (text_md(before) + (" " if before[-1:].isspace() else "") + f"**{text_md(span)}**"
                + (" " if after[:1].isspace() else "") + text_md(after))
    else:
        body = text_md(before + span + after)
    return f"> {opening}{body}{closing} [{c.number}]"


def _in_full(c: Cite) -> str:
    """" (in full: Aldo Ferrante, line 5)" after an answer naming someone by surname alone, else ""."""
    return f" ({text_md(in_full(c))})" if c.named_in_full else ""


def citation_markdown(c: Cite, note: str = "") -> str:
    """One answer with its citation and what the chat said of it (``note``: "confidence 0.43 (low:
    check the quote)"): what "Copy answer" puts on the clipboard."""
    lines = []
    if c.sentence and c.text != c.sentence:
        lines.append(f"**{text_md(c.text)}**{_in_full(c)} [{c.number}]")
    lines += [quote_md(c), *([f"_{text_md(note)}_"] if note else []), source_line(c)]
    return "\n\n".join(lines) + "\n"


def copy_markdown(state: ChatState) -> str:
    """The answer to copy: the citation last opened, else the newest answer, with the confidence the
    chat showed for it; "" when there is none."""
    c = state.citations.get(state.focus)
    if c is None:
        newest = next((e for e in reversed(state.exchanges) if e.numbers), None)
        c = state.citations.get(newest.numbers[0]) if newest else None
    return citation_markdown(c, _shown_note(state, c.number)) if c is not None else ""


def _shown_note(state: ChatState, number: int) -> str:
    """What the chat said of the answer quoted as citation ``number`` (``confidence_note``), "" for none."""
    for e in reversed(state.exchanges):
        if e.answer is None or not e.answer.found or number not in e.numbers:
            continue
        scores = [e.answer.score, *(a.score for a in e.answer.alternatives)]
        at = e.numbers.index(number)
        return confidence_note(scores[at]) if at < len(scores) and (at == 0 or scores[at]) else ""
    return ""


def exchange_markdown(e: Exchange, state: ChatState) -> str:
    lines = [f"**Question:** {text_md(e.question)}"]
    if e.searched:
        lines.append(f"_Searched: {text_md(e.searched)}_")
    cites = [c for c in (state.citations.get(n) for n in e.numbers) if c is not None]
    if not cites:
        lines.append(f"_{text_md(e.said or 'No answer.')}_")
        offered = e.answer.passages[:CLOSEST_PASSAGES] if e.answer is not None else ()
        closest = [passage_cite(p, n) for n, p in enumerate(offered, 1)]
        if closest:             # what the chat offered instead, with where each is
            lines.append("Closest passages:")
            lines.append("\n".join(f"- {text_md(c.label)}, {c.offsets}: {text_md(snippet(c.text, 200))}"
                                   for c in closest))
        return "\n\n".join(lines)
    best = cites[0]
    if best.sentence and best.text != best.sentence:
        lines.append(f"**Answer:** {text_md(best.text)}{_in_full(best)} [{best.number}]")
    lines.append(quote_md(best))
    if e.answer is not None and e.answer.found:
        lines.append(f"_{text_md(confidence_note(e.answer.score))}_")
    if len(cites) > 1:
        lines.append("Other possible answers:")
        scores = [a.score for a in e.answer.alternatives] if e.answer is not None else []
        lines.append("\n".join(f"- {quote_md(c)[2:]}" + (f" _({text_md(confidence_note(score))})_" if score else "")
                                for c, score in zip(cites[1:], scores + [0.0] * len(cites))))
    return "\n\n".join(lines)


def conversation_markdown(state: ChatState, title: str = "Ask the news: conversation") -> str:
    """The whole conversation: each question and its answers, then every citation it used."""
    parts = [f"# {text_md(title)}"]
    parts += [exchange_markdown(e, state) for e in state.exchanges]
    if state.citations.cites:
        parts.append("## Sources\n\n" + "\n".join(f"- {source_line(c)}" for c in state.citations.cites))
    return "\n\n".join(parts) + "\n"
