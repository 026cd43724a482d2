"""Follow-ups asking for the previous question's thing at another time ("And what was it in 2019?", "What is it
now?", "And in 2021?" after "last year"), on hand-made turns (no model, no index)."""

import pytest

from qa.chat.conversation import Turn, resolve


def turn(question: str, answer: str = "21%") -> Turn:
    return Turn(question, question, answer, answer, "ledger.txt")


@pytest.mark.parametrize("asked, follow_up, searched", [
    ("What was national MMR coverage among two-year-olds in 2015?", "And what is it now?",
     "What is national MMR coverage among two-year-olds now?"),
    ("What share of take-home pay do young renters in Tolbruk spend on rent, according to The Kelvik Ledger?",
     "And what was it in 2019?",
     "What share of take-home pay do young renters in Tolbruk spend on rent in 2019, according to The Kelvik Ledger?"),
    ("What was Fenwright's profit margin last year?", "And in 2021?", "What was Fenwright's profit margin in 2021?"),
    ("How many people were unemployed in 2024?", "And how many were there in 2025?",
     "How many people were unemployed in 2025?"),
    ("How many homes were built?", "And in 2020?", "How many homes were built in 2020?"),
    ("How many homes were built?", "And how many were there last year?", "How many homes were built last year?"),
    ("How many homes were built in 2020?", "And what was it this year?", "How many homes were built this year?"),
    ("What was the unemployment rate?", "What is it now?", "What is the unemployment rate now?"),
    ("How many people were unemployed in 2024?", "And what is it now?", "How many people are unemployed now?"),
    ("How high was the river in 2019?", "And how high is it now?", "How high is the river now?"),
    ("What was the profit a year ago?", "What is it now?", "What is the profit now?"),
    ("How much rain falls at Trebalt in June?", "And how much fell in 2025?",
     "How much rain falls at Trebalt in June in 2025?"),
    ("How many cars did Velmar sell in 2024?", "And how many were sold in 2025?", "How many cars did Velmar sell in 2025?"),
    ("What net profit did Skarra Energy make in FY2025-26?", "How much power did its plants generate that year?",
     "How much power did Skarra Energy's plants generate in FY2025-26?"),
])
def test_the_same_thing_asked_at_another_time(asked, follow_up, searched):
    assert resolve(follow_up, [turn(asked)]) == searched


def test_a_pronoun_with_more_than_a_time_is_still_resolved_as_before():
    assert resolve("What was it called in 2019?", [turn("Which ferry ran aground off Tornhavn?", "the Skarva")]) != \
        "Which ferry ran aground off Tornhavn in 2019?"


@pytest.mark.parametrize("follow_up", ["And how many children died in 2025?", "And how much rain fell in Oslo in 2025?"])
def test_a_follow_up_naming_its_own_thing_at_another_time_is_not_the_last_question(follow_up):
    assert resolve(follow_up, [turn("How much rain falls at Trebalt in June?")]) != \
        "How much rain falls at Trebalt in June in 2025?"


def test_a_follow_up_asking_with_its_own_verb_keeps_it():
    assert resolve("And how many were released in 2025?", [turn("How many people were arrested in 2024?")]) \
        == "How many people were released in 2025?"
