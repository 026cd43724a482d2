"""Two-turn conversations in ``qa eval --conversations``: the file's layout and its errors, and that
turn 2 is rewritten from turn 1's answer and asked as the chat asks it (about turn 1's story, not
quoting turn 1's answer again), with a stub engine (no model)."""

from __future__ import annotations

import json

import pytest

from qa.measure.conversations import run_conversations
from qa.measure.questions import load_conversations
from qa.records import Answer, Passage
from qa.search.rank import Mode

SENTENCES = {
    "reyhill": "Goalkeeper Tomas Reyhill, 31, was injured in the harbour derby.",
    "okonkwo": "His deputy Ada Okonkwo, 28, will start on Saturday.",
}


def _write(path, *conversations) -> str:
    path.write_text("".join(json.dumps(c) + "\n" for c in conversations), encoding="utf-8")
    return str(path)


CONVERSATION = {
    "id": "c1", "article_file": "keepers.txt", "alt_files": ["keepers-copy.txt"],
    "turns": [{"question": "How old is goalkeeper Tomas Reyhill?", "answers": ["31"]},
              {"question": "And Ada Okonkwo?", "answers": ["28"], "standalone": "How old is Ada Okonkwo?"}],
}


class StubEngine:
    """Answers "Reyhill" questions from his sentence and everything else from Okonkwo's; records
    what each question was asked with."""

    def __init__(self):
        self.asked = []

    def answer(self, question, k, about=(), avoid=(), not_again=(), story=("", -1)):
        self.asked.append({"question": question, "about": tuple(about), "avoid": tuple(avoid),
                           "not_again": tuple(not_again)})
        key = "reyhill" if "Reyhill" in question else "okonkwo"
        sentence = SENTENCES[key]
        text = "31" if key == "reyhill" else "28"
        start = sentence.index(text)
        return Answer(question, True, text=text, sentence=sentence, source="keepers.txt", start=start,
                      end=start + len(text), sentence_start=0, sentence_end=len(sentence), score=0.9,
                      passages=(self.retrieve(question, k)[0],))

    def retrieve(self, question, k, mode=Mode.HYBRID):
        return [Passage(text=" ".join(SENTENCES.values()), source="keepers.txt", title="", start=0, end=120,
                        score=1.0, line=1)]

    def article_text(self, source):
        return " ".join(SENTENCES.values())


def test_a_follow_up_is_rewritten_from_the_first_answer_and_asked_as_the_chat_asks_it(tmp_path):
    convs = load_conversations(_write(tmp_path / "c.jsonl", CONVERSATION))
    engine = StubEngine()
    metrics, results = run_conversations(engine, convs)
    assert metrics == {"n_conversations": 1, "turn1_right": 1.0, "followup_right": 1.0,
                       "followup_standalone_right": 1.0}
    first, follow, alone = engine.asked
    assert first["about"] == () and alone["about"] == ()
    assert follow["question"] != "And Ada Okonkwo?" and "Ada Okonkwo" in follow["question"]    # rewritten
    assert follow["about"] == ("keepers.txt",)                      # about the story in front of the user
    assert follow["not_again"] == (("keepers.txt", SENTENCES["reyhill"], "31"),)   # "And X?": not "31" again
    assert [r.question for r in results] == ["How old is goalkeeper Tomas Reyhill?", "And Ada Okonkwo?",
                                            "How old is Ada Okonkwo?"]
    assert results[1].searched == follow["question"]


@pytest.mark.parametrize("change, message", [
    ({"turns": [{"question": "Q?", "answers": ["a"]}]}, "must be a list of two objects"),
    ({"turns": [{"question": "Q?", "answers": ["a"]}, {"question": "And X?", "answers": ["b"]}]}, "standalone"),
])
def test_a_conversation_file_that_is_not_right_says_where_and_what(tmp_path, change, message):
    path = _write(tmp_path / "c.jsonl", {**CONVERSATION, **change})
    with pytest.raises(ValueError, match=message) as err:
        load_conversations(path)
    assert "line 1" in str(err.value)


def test_a_missing_or_empty_conversation_file_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_conversations(tmp_path / "none.jsonl")
    with pytest.raises(ValueError, match="holds no conversations"):
        load_conversations(_write(tmp_path / "empty.jsonl"))
