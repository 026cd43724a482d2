"""The whole name of a person an answer names by surname alone, where its article gives it: the pure rule,
the answer carrying it, and the chat, the copy, the export, the command line and the evaluation showing it."""

from __future__ import annotations

import dataclasses
import re

import pytest

from qa.chat.citations import Citations
from qa.chat.export import citation_markdown
from qa.chat.present import answer_markdown
from qa.measure import evaluate as ev
from qa.measure import questions as qs
from qa.read.full_names import full_name
from qa.records import Answer
from tests.fakes import SpansReader, write_corpus

QUOTA = ("The government has cut next year's cod quota by 21 per cent, Fisheries Minister Aldo Ferrante announced "
         "on Tuesday. The quota for 2027 will be 14,200 tonnes. \"I would rather face angry skippers now than empty "
         "harbours in ten years,\" Ferrante told a news conference. Its chairman, Piet Wouda, said the cut was a "
         "disaster. Mr Wouda said the association would go to court.")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^.]+\.\"?", text)]


def _named(text: str, answer: str) -> str | None:
    at = full_name(text, answer, _sentences(text))
    return None if at is None else text[at[0]:at[1]]


@pytest.mark.parametrize("answer, whole", [
    ("Ferrante", "Aldo Ferrante"),          # after "Fisheries Minister": a title, no given name
    ("Mr Wouda", "Piet Wouda"),
    ("Wouda's", "Piet Wouda"),
    ("Dr. Ferrante", "Aldo Ferrante"),
])
def test_a_surname_alone_is_named_in_full_as_its_article_first_names_them(answer, whole):
    assert _named(QUOTA, answer) == whole


def test_a_name_with_letters_beyond_ascii_is_named_in_full_too():
    assert _named("Coach Jürgen Müller spoke first. Müller said the side was ready.", "Müller") == "Jürgen Müller"


@pytest.mark.parametrize("text, answer", [
    (QUOTA, "Aldo Ferrante"),               # named in full already
    (QUOTA, "14,200 tonnes"),               # no name
    (QUOTA, "Mr"),                          # an honorific alone
    (QUOTA, "Lindqvist"),                   # nobody of that surname named in full
    ("Karin Holm won 11,482 votes. Mikael Holm, her brother, came second. Holm said she was delighted.", "Holm"),
    ("Minister Holm spoke first. Mr Holm said the plan would work.", "Holm"),     # a title, no given name
    ("When Holm arrived, the hall was full. Holm said little.", "Holm"),
    ("After Anna Holt spoke, the vote was taken. Holt won.", "Holt"),            # "After" opens, "Anna" remains
    ("Meanwhile Anna Holt spoke. Holt won.", "Holt"),                              # "Meanwhile" opens too
    ("Trains to North Ferrowby stopped. Ferrowby was cut off.", "Ferrowby"),      # a place's name
    ("It rained Last Tuesday. Tuesday was wet.", "Tuesday"),
])
def test_no_whole_name_when_the_article_gives_none_or_names_two_people_of_it(text, answer):
    expected = "Anna Holt" if answer == "Holt" else None
    assert _named(text, answer) == expected


def test_the_whole_name_is_looked_for_only_in_the_articles_sentences():
    text = "Most read: Aldo Ferrante quits\nFerrante said the quota was fair."
    assert full_name(text, "Ferrante", [(31, len(text))]) is None
    assert full_name(text, "Ferrante", [(0, 30), (31, len(text))]) == (11, 24)


def test_an_answer_naming_someone_by_surname_carries_the_whole_name_and_where_it_is(engines):
    write_corpus(engines.seeds, {"quota.txt": ("Cod quota cut", QUOTA)})
    engine = engines.make(reader=SpansReader({"Ferrante": 9.0, "14,200 tonnes": 9.0}))
    a = engine.answer("Which minister said he would rather face angry skippers than empty harbours?")
    article = engine.article_text("quota.txt")
    assert a.found and a.text == "Ferrante" and a.named_in_full == "Aldo Ferrante"
    assert article[a.named_at:a.named_at + len(a.named_in_full)] == "Aldo Ferrante"
    assert a.named_line == article.count("\n", 0, a.named_at) + 1
    a = engine.answer("How many tonnes will the 2027 cod quota be?")
    assert a.found and (a.named_in_full, a.named_at, a.named_line) == ("", -1, 0)


def _surname_answer() -> Answer:
    sentence = "\"I would rather face angry skippers,\" Ferrante told a news conference."
    at = 200
    rel = sentence.index("Ferrante")
    return Answer(question="q", found=True, text="Ferrante", sentence=sentence, source="quota.txt", title="Quota",
                  start=at + rel, end=at + rel + 8, sentence_start=at, sentence_end=at + len(sentence), line=4,
                  score=0.9, named_in_full="Aldo\nFerrante", named_at=40, named_line=2)


def test_the_chat_the_copy_and_the_export_show_the_whole_name_with_its_line():
    a = _surname_answer()
    _, c = Citations().cite(a)
    assert answer_markdown(a, c, first=True).startswith(
        '<span class="qa-answer">**Ferrante**</span> (in full: Aldo Ferrante, line 2) [1]')
    assert citation_markdown(c).startswith("**Ferrante** (in full: Aldo Ferrante, line 2) [1]")
    plain = dataclasses.replace(a, named_in_full="", named_at=-1, named_line=0)
    _, c = Citations().cite(plain)
    assert "in full" not in answer_markdown(plain, c, first=True) and "in full" not in citation_markdown(c)


def test_the_evaluation_counts_the_whole_name_shown_as_the_answer():
    a = _surname_answer()

    class Stub:
        def answer(self, question, k, about=(), avoid=(), not_again=(), story=("", -1)):
            return a if question == "q1" else dataclasses.replace(a, named_in_full="")

        def retrieve(self, question, k, mode=None):
            return []

    questions = [qs.Question("q1", ("Aldo Ferrante",), article_file="quota.txt"),
                 qs.Question("q2", ("Aldo Ferrante",), article_file="quota.txt")]
    _, results = ev.run_eval(Stub(), questions, k=3)
    assert results[0].sentence_correct and results[0].exact_match == 1.0 and results[0].named_in_full
    assert not results[1].sentence_correct and results[1].exact_match == 0.0
