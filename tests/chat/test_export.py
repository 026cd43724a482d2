"""Copy an answer and export the conversation as Markdown, with the numbers the chat showed."""

from __future__ import annotations

import dataclasses

from qa.chat.citations import Citations
from qa.chat.export import citation_markdown, conversation_markdown, copy_markdown, text_md
from qa.chat.present import confidence_note
from qa.chat.session import ChatState, Exchange, reply


def test_an_answer_copies_with_its_citation(answer):
    _, c = Citations().cite(answer("missiles"))
    out = citation_markdown(c)
    assert out.startswith("**missiles** [1]\n\n> “It is understood that North Korea has been provided with "
                          "**missiles**,” Shin said, according to Reuters. [1]\n\n")
    assert out.endswith(f"[1] Missiles for troops · The Courier · 22 November 2024 — a.txt, line 3, "
                        f"characters {c.start}–{c.end}\n")
    assert "““" not in out


def test_the_export_keeps_what_the_chat_says_of_other_versions_and_the_confidence(answer):
    other = dataclasses.replace(answer("missiles", source="b.txt"), score=0.9)
    a = dataclasses.replace(answer("missiles"), also_in=("copy.txt",), versions=("old_version.txt", "older.txt"),
                            worded_otherwise=("old_version.txt",), score=0.3, alternatives=(other,))
    state = ChatState()
    citations, cites = state.citations.cite_all((a, other))
    state = dataclasses.replace(state, citations=citations,
                                exchanges=(Exchange("What was sent?", 0, a, numbers=tuple(c.number for c in cites)),))
    out = conversation_markdown(state)
    source = out.split("## Sources\n\n", 1)[1]
    assert ("same text in copy.txt · another version in old\\_version.txt (worded otherwise here: check it), "
            "older.txt") in source
    answers = out.split("## Sources")[0]
    assert "_confidence 0.30 (low: check the quote)_" in answers and "_(confidence 0.90)_" in answers


def test_a_markdown_articles_emphasis_is_no_part_of_the_quote_shown_or_copied(answer):
    from qa.chat.present import answer_markdown

    sentence = "The Greens won, winning **31 of the 61 seats**, and Mayor Grannes was re-elected."
    a = answer("31 of the 61 seats", sentence=sentence, source="election.md")
    _, c = Citations().cite(a)
    shown = answer_markdown(a, c, first=True)
    assert "winning <mark>**31 of the 61 seats**</mark>, and Mayor" in shown and "&#42;" not in shown
    assert "> “The Greens won, winning **31 of the 61 seats**, and Mayor" in citation_markdown(c)
    _, c = Citations().cite(dataclasses.replace(a, source="election.txt"))     # a text file's stars are its own
    assert "winning \\*\\***31 of the 61 seats**\\*\\*, and" in citation_markdown(c)


def test_article_text_is_escaped_for_markdown_not_html():
    assert text_md("*not* [a](http://x) <b>b</b> `c` | d_e \\") == \
        "\\*not\\* \\[a\\](http://x) \\<b\\>b\\</b\\> \\`c\\` \\| d\\_e \\\\"
    assert text_md("# heading\nnext") == "\\# heading next" and text_md("1. one") == "1\\. one"
    assert "&#" not in text_md("Shin Won-sik’s “view”")


def test_copy_takes_the_citation_last_opened_else_the_newest(engine):
    state = reply(engine, "Who is South Korea's national security adviser?", ChatState())
    state = reply(engine, "What did Russia give North Korea?", state)
    newest = state.citations.get(state.exchanges[-1].numbers[0])
    said = confidence_note(state.exchanges[-1].answer.score)
    assert copy_markdown(state) == citation_markdown(newest, said) and f"\n\n_{text_md(said)}_\n\n" in copy_markdown(state)
    opened = dataclasses.replace(state, focus=1)
    last = next(e for e in reversed(state.exchanges) if 1 in e.numbers)          # the last reply quoting [1]
    shown = [last.answer.score, *(a.score for a in last.answer.alternatives)][last.numbers.index(1)]
    assert copy_markdown(opened) == citation_markdown(state.citations.get(1), confidence_note(shown))
    assert copy_markdown(ChatState()) == ""


def test_export_holds_every_question_answer_and_citation(engine):
    state = ChatState()
    for q in ["What did Russia give North Korea?", "Which broadcaster did he talk to?", ""]:
        state = reply(engine, q, state)
    out = conversation_markdown(state)
    assert out.startswith("# Ask the news: conversation\n\n**Question:** What did Russia give North Korea?")
    assert "_Searched: Which broadcaster did " in out and len(state.exchanges) == 2     # "" asked nothing
    sources = out.split("## Sources\n\n", 1)[1].splitlines()
    assert len(sources) == len(state.citations.cites)
    for line, c in zip(sources, state.citations.cites):
        assert line.startswith(f"- [{c.number}] Russia provided North Korea with air defense systems, South Korea "
                               f"says · Washington Examiner — 000\\_4ec855d9f35632c0.txt, line {c.line}")
    for e in state.exchanges:
        for n in e.numbers:
            assert f"[{n}]" in out.split("## Sources")[0]


def test_a_not_found_reply_exports_the_closest_passages_and_leaves_nothing_to_copy(engine):
    state = reply(engine, "What did Russia give North Korea?", ChatState())
    answer = engine.answer("What is the capital of Peru?")
    missed = dataclasses.replace(answer, found=False, text="", passages=tuple(engine.retrieve("capital of Peru", 5)))
    state = dataclasses.replace(state, exchanges=state.exchanges + (
        Exchange("What is the capital of Peru?", len(state.messages), missed, said="Not found in the articles."),),
        focus=0)
    out = conversation_markdown(state).split("## Sources")[0]
    tail = out.split("**Question:** What is the capital of Peru?", 1)[1]
    assert "_Not found in the articles._" in tail and "Closest passages:" in tail
    listed = [ln for ln in tail.splitlines() if ln.startswith("- Passage ")]
    assert len(listed) == min(3, len(missed.passages)) >= 2 and all("000\\_4ec855d9f35632c0.txt, line " in ln and "characters " in ln for ln in listed)


def test_after_a_reply_that_found_nothing_copy_waits_for_a_citation(engine):
    found = reply(engine, "What did Russia give North Korea?", ChatState())
    assert found.focus == found.exchanges[-1].numbers[0]
    not_found = dataclasses.replace(engine.answer("What is the capital of Peru?"), found=False)
    state = reply(_Answers(engine, not_found), "What is the capital of Peru?", found)
    assert state.focus == 0 and state.exchanges[-1].numbers == ()


class _Answers:
    """An engine whose ``answer`` gives one fixed answer (the rest is the real engine's)."""

    def __init__(self, engine, answer):
        self._engine, self._answer = engine, answer

    def answer(self, *args, **kwargs):
        return self._answer

    def __getattr__(self, name):
        return getattr(self._engine, name)
