"""Conversation-wide citation numbers, and what a reply shows: the best answer first with its
marker, the citation line led by the headline, the others folded, no doubled quotation marks."""

from __future__ import annotations

import dataclasses
import re

import pytest

from qa.chat.citations import Citations
from qa.chat.present import answer_markdown, md, nice_date, quoted
from qa.chat.session import OTHER_ANSWERS, ChatState, reply
from tests.chat.conftest import QUOTE as SENT


def test_one_number_per_place_reused_when_cited_again(answer):
    ledger = Citations()
    ledger, one = ledger.cite(answer("missiles"))
    ledger, two = ledger.cite(answer("Shin"))
    ledger, again = ledger.cite(answer("missiles"))
    ledger, elsewhere = ledger.cite(answer("missiles", source="b.txt"))
    assert (one.number, two.number, again.number, elsewhere.number) == (1, 2, 1, 3)
    assert again == one and [c.number for c in ledger.cites] == [1, 2, 3]
    changed = answer("Reuters", sentence=SENT.replace("Shin", "Kim"))      # same offsets, other words
    ledger2, c = ledger.cite(changed)
    assert c.number == 4 and ledger2.get(4) == c and ledger2.get(0) is None and ledger2.get(5) is None


def test_numbers_stay_stable_across_three_questions(engine):
    questions = ["What did Russia give North Korea?", "Who is South Korea's national security adviser?",
                 "What did Russia give North Korea?"]
    state = ChatState()
    seen: dict[tuple, int] = {}
    for q in questions:
        state = reply(engine, q, state)
        e = state.exchanges[-1]
        for a, n in zip((e.answer,) + e.answer.alternatives, e.numbers):
            key = (a.source, a.start, a.end)
            assert seen.setdefault(key, n) == n, f"{key} was [{seen[key]}], now [{n}]"
    assert [c.number for c in state.citations.cites] == list(range(1, len(seen) + 1))
    assert state.exchanges[0].numbers == state.exchanges[2].numbers      # the same question: the same numbers
    # every marker shown in the chat is a citation of the conversation, with that number's file and line
    for m in state.messages:
        for n, where in re.findall(r'">\[(\d+)\] ([^<]+)</span>', m.text):
            c = state.citations.get(int(n))
            assert c is not None and where == md(c.where)


def test_a_reply_shows_the_best_answer_first_and_folds_the_others(engine):
    state = reply(engine, "What did Russia give North Korea?", ChatState())
    a = state.exchanges[-1].answer
    assert a.alternatives, "the fake engine gives alternatives for this question"
    user, best, others, sources = state.messages
    assert (user.role, best.box, others.box) == ("user", "", f"{OTHER_ANSWERS} ({len(a.alternatives)})")
    assert sources.box.startswith("Sources (")
    assert "[1]" in best.text and "[1]" not in others.text and "[2]" in others.text
    assert state.cites[1].number == 1 and state.cites[2].number == 2 and state.focus == 1


def test_the_citation_line_leads_with_the_headline_and_keeps_offsets_in_a_tooltip(answer):
    a = answer("missiles")
    _, c = Citations().cite(a)
    text = answer_markdown(a, c, first=True)
    lines = text.split("\n\n")
    assert lines[0] == '<span class="qa-answer">**missiles**</span> [1]'
    assert lines[2].startswith('<span class="qa-cite-line">Missiles for troops · The Courier · 22 November 2024')
    assert f'title="characters {a.start}–{a.end}">[1] a.txt, line 3</span>' in lines[2]
    assert "characters" not in lines[2].split("title=")[0] and "characters" not in lines[1]
    assert "same text in" not in text


def test_the_citation_list_names_each_place_by_its_quoted_words(answer):
    _, c = Citations().cite(answer("missiles"))
    assert c.listed == "[1] “missiles” · Missiles for troops · The Courier · 22 November 2024 — a.txt, line 3"


def test_a_web_pages_line_is_said_to_count_in_its_text_not_its_html(answer):
    _, c = Citations().cite(answer("missiles", source="ferry.html"))
    assert c.where == "ferry.html, line 3 of the page text"
    _, c = Citations().cite(answer("missiles", source="notes/ferry.md"))
    assert c.where == "notes/ferry.md, line 3"


def test_a_citation_names_the_other_files_with_the_same_article(answer):
    a = dataclasses.replace(answer("missiles"), also_in=("copy of a.txt",))
    _, c = Citations().cite(a)
    assert "a.txt, line 3</span> · same text in copy of a.txt" in answer_markdown(a, c, first=True)


def test_a_citation_names_the_other_versions_of_the_story(answer):
    a = dataclasses.replace(answer("missiles"), versions=("b.txt",))
    _, c = Citations().cite(a)
    assert "a.txt, line 3</span> · another version in b.txt" in answer_markdown(a, c, first=True)
    a = dataclasses.replace(a, versions=("b.txt", "c.txt"), worded_otherwise=("c.txt",))
    _, c = Citations().cite(a)
    assert "another version in b.txt, c.txt (worded otherwise here: check it)" in answer_markdown(a, c, first=True)


@pytest.mark.parametrize("sentence, marks", [
    (SENT, ("", "")),
    ("He said: “Not now.”", ("", "")),
    ("The bridge closes on Monday.", ("“", "”")),
    ("'Quoted' at the start.", ("", "")),
    ('We will reopen it as soon as it is safe."', ("“", "")),      # the end of a quotation opened before
])
def test_quotes_are_never_doubled(sentence, marks, answer):
    assert quoted(sentence) == marks
    text = answer_markdown(answer(sentence.split()[1], sentence=sentence), Citations().cite(answer("Shin"))[1],
                           first=True)
    shown = text.replace("<mark>**", "").replace("**</mark>", "")
    assert "““" not in shown and "””" not in shown and "“&#34;" not in shown and "&#39;”" not in shown


def test_dates_read_as_a_journalist_writes_them():
    assert nice_date("2024-03-05") == "5 March 2024"
    assert nice_date("2024-11-22T10:00:00+01:00") == "22 November 2024"
    assert nice_date("") == "" and nice_date("spring 2024") == "spring 2024"


def test_a_rebuild_report_names_what_moved():
    from qa.chat.present import report_markdown
    from qa.records import BuildReport, Skipped

    out = report_markdown(BuildReport("index", added=("new.txt",), renamed=(("a.txt", "2024/a.txt"),),
                                      skipped=(Skipped("notes.pdf", "not an article file"),), documents=2, chunks=9))
    assert out.startswith("**Index rebuilt:** 1 added, 0 changed, 0 removed, 1 renamed, 0 unchanged, 1 skipped")
    assert "- Moved or renamed (not embedded again): a.txt → 2024/a.txt" in out and "- Skipped notes.pdf" in out


def test_a_question_cut_for_length_says_so_in_the_reply(engine):
    long = "Please read all of this first. " * 60 + "What did Russia give North Korea?"
    state = reply(engine, long, ChatState())
    said = " ".join(m.text for m in state.messages if m.role == "assistant")
    assert said.count("only its first") == 1 and "characters were used" in said
    again = reply(engine, "And " + "the missiles they gave them " * 40 + "?", state)      # a follow-up, cut twice
    assert all(m.text.count("only its first") <= 1 for m in again.messages[len(state.messages):])


def test_an_upload_saved_under_another_name_says_so_when_asking_to_replace():
    from qa.chat.present import replace_question

    asked = replace_question([("/tmp/up/Storm Edda.html", "storm_edda.html"), ("/tmp/up/a.txt", "a.txt")])
    assert asked.startswith("**Already in the articles: storm&#95;edda.html (as Storm Edda.html is saved), a.txt.**")
