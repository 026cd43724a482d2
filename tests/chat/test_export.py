"""Copy an answer and export the conversation as Markdown, with the numbers the chat showed."""

from __future__ import annotations

import dataclasses

from qa.chat.citations import Citations
from qa.chat.export import citation_markdown, conversation_markdown, copy_markdown, text_md
from qa.chat.session import ChatState, reply


def test_an_answer_copies_with_its_citation(answer):
    _, c = Citations().cite(answer("missiles"))
    out = citation_markdown(c)
    assert out.startswith("**missiles** [1]\n\n> “It is understood that North Korea has been provided with "
                          "**missiles**,” Shin said, according to Reuters. [1]\n\n")
    assert out.endswith(f"[1] Missiles for troops · The Courier · 22 November 2024 — a.txt, line 3, "
                        f"characters {c.start}–{c.end}\n")
    assert "““" not in out


def test_article_text_is_escaped_for_markdown_not_html():
    assert text_md("*not* [a](http://x) <b>b</b> `c` | d_e \\") == \
        "\\*not\\* \\[a\\](http://x) \\<b\\>b\\</b\\> \\`c\\` \\| d\\_e \\\\"
    assert text_md("# heading\nnext") == "\\# heading next" and text_md("1. one") == "1\\. one"
    assert "&#" not in text_md("Shin Won-sik’s “view”")


def test_copy_takes_the_citation_last_opened_else_the_newest(engine):
    state = reply(engine, "Who is South Korea's national security adviser?", ChatState())
    state = reply(engine, "What did Russia give North Korea?", state)
    newest = state.citations.get(state.exchanges[-1].numbers[0])
    assert copy_markdown(state) == citation_markdown(newest)
    opened = dataclasses.replace(state, focus=1)
    assert copy_markdown(opened) == citation_markdown(state.citations.get(1))
    assert copy_markdown(ChatState()) == ""


def test_export_holds_every_question_answer_and_citation(engine):
    state = ChatState()
    for q in ["What did Russia give North Korea?", "Which broadcaster did he talk to?", ""]:
        state = reply(engine, q, state)
    out = conversation_markdown(state)
    assert out.startswith("# Ask the articles: conversation\n\n**Question:** What did Russia give North Korea?")
    assert "_Searched: Which broadcaster did " in out and "**Question:** \n\n_Type a question" in out
    sources = out.split("## Sources\n\n", 1)[1].splitlines()
    assert len(sources) == len(state.citations.cites)
    for line, c in zip(sources, state.citations.cites):
        assert line.startswith(f"- [{c.number}] Russia provided North Korea with air defense systems, South Korea "
                               f"says · Washington Examiner — 000\\_4ec855d9f35632c0.txt, line {c.line}")
    for e in state.exchanges:
        for n in e.numbers:
            assert f"[{n}]" in out.split("## Sources")[0]
