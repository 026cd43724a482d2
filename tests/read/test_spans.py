"""Short answers inside a sentence: span picking, word edges, normalisation, the question's
cleaning. Hand-made inputs, no model."""

from __future__ import annotations

import numpy as np
import pytest

from qa.read.normalize import holds_answer, normalize_answer
from qa.read.pipeline import prepare_question
from qa.read.spans import balance, best_span, expand_to_words, top_spans, trim_edges


def test_best_span_maximises_start_plus_end_within_the_limit():
    start = np.array([0.0, 5.0, 1.0, 0.0, 9.0])
    end = np.array([0.0, 1.0, 2.0, 7.0, 0.0])
    valid = np.array([False, True, True, True, True])
    assert best_span(start, end, valid, max_len=10) == (1, 3, 12.0)
    # the end may not come before the start: position 4's start has no end after it but itself
    assert best_span(start, end, valid, max_len=1) == (4, 4, 9.0)


def test_best_span_respects_valid_positions_and_empty_input():
    start = np.array([10.0, 1.0, 1.0])
    end = np.array([10.0, 1.0, 3.0])
    assert best_span(start, end, np.array([False, True, True]), 5) == (1, 2, 4.0)
    assert best_span(start, end, np.zeros(3, bool), 5)[:2] == (-1, -1)


def test_span_edges_grow_to_whole_words_and_drop_punctuation():
    text = "He said: (anti-aircraft missiles), and more."
    s = text.index("ti-air")
    e = text.index("missiles") + 4
    assert text[slice(*expand_to_words(text, s, e))] == "anti-aircraft missiles"
    s, e = text.index("(") - 1, text.index(")") + 2
    assert text[slice(*trim_edges(text, s, e))] == "anti-aircraft missiles"
    # a bracket opened inside the span stays closed
    t = "the Democratic Republic of the Congo (DRC), a state"
    s, e = t.index("Congo"), t.index(")") + 1
    assert t[slice(*trim_edges(t, s, e))] == "Congo (DRC)"


def test_a_span_does_not_cut_a_name_with_a_one_letter_part():
    text = "Airtime comes from T-Mobile, says Stelios Haji-Ioannou, a London-based anti-smoking Jay-Z fan of the " \
           "Russia-Ukraine talks."

    def grown(part: str) -> str:
        i = text.index(part)
        return text[slice(*expand_to_words(text, i, i + len(part)))]

    assert grown("T") == "T-Mobile"
    assert grown("Mobile") == "T-Mobile"
    assert grown("Jay") == "Jay-Z"
    assert grown("Ioannou") == "Ioannou" and grown("Ukraine") == "Ukraine"      # two names, or a name pair: apart
    assert grown("London") == "London"            # not a name's part: "-based" stays out
    assert grown("smoking") == "smoking"
    assert grown("ays") == "says"                 # inside a plain word: the whole word
    assert grown("Stelios Haji") == "Stelios Haji-Ioannou"      # a person's name: on to their surname's second part
    assert grown("Russia") == "Russia"
    text = "The North Sea-Baltic Lines ferry sails on Monday."
    assert text[slice(*expand_to_words(text, 4, 13))] == "North Sea"      # a name going on after it: a place's
    text = "By Johanne Rustad-Ibekwe\nScience reporter"
    assert text[slice(*expand_to_words(text, 3, 17))] == "Johanne Rustad-Ibekwe"   # (the line under it is no name's)


def test_normalize_answer_is_squad_normalisation():
    assert normalize_answer("The  Anti-aircraft, missiles!") == "antiaircraft missiles"
    assert normalize_answer("an apple a day") == "apple day"


def test_holds_answer_is_whole_words_after_normalisation():
    assert holds_answer("The Eight players came.", ["eight"])
    assert holds_answer("It cost $10bn (£5.19bn).", ["£5.19bn"])
    assert not holds_answer("It happened in 2010.", ["2"])             # "2" is not in "2010"
    assert holds_answer("The Greens called it “climate vandalism”.", ["climate vandalism"])   # curly quotes go
    assert holds_answer("It was Okafor’s penalty.", ["Okafor"])         # a possessive's "'s" is a word of its own
    assert not holds_answer("The Okafors came.", ["Okafor"])
    assert holds_answer("St Marys Hospital", ["St Mary's"]) and holds_answer("St Mary's Hospital", ["St Marys"])
    assert holds_answer("Photo: Ledger/Helle Brun", ["Helle Brun"]) and holds_answer("It is 24/7.", ["24/7"])
    assert not holds_answer("Laborers voted.", ["Labor"])
    assert not holds_answer("anything", ["", "the"])                   # nothing left after normalising
    assert holds_answer("It gave ﬁnal approval to the ofﬁce.", ["final approval"])    # a ligature's letters


def test_prepare_question_cleans_and_cuts():
    q, notice = prepare_question("  What\x00 did\tRussia\n give?  ", 1_000)
    assert (q, notice) == ("What did Russia give?", "")
    q, notice = prepare_question("word " * 100_000, 1_000)
    assert len(q) <= 1_000 and not q.endswith(" ") and "first" in notice


def test_top_spans_start_with_the_best_span_and_are_ordered():
    rng = np.random.default_rng(0)
    for _ in range(50):
        n = int(rng.integers(1, 30))
        start, end = rng.normal(size=n).round(1), rng.normal(size=n).round(1)       # rounded: ties happen
        valid = rng.random(n) > 0.3
        top = top_spans(start, end, valid, 6, 8)
        best = best_span(start, end, valid, 6)
        if best[0] < 0:
            assert top == []
            continue
        assert top[0] == best
        assert [t[2] for t in top] == sorted((t[2] for t in top), reverse=True)
        assert all(valid[i] and valid[j] and 0 <= j - i < 6 for i, j, _ in top)


@pytest.mark.parametrize("text, want", [
    ("$4.2bn (£2.3bn", "$4.2bn"),              # an opened bracket not closed nearby: the part before it
    ("382 kg) of moon rock", "382 kg"),        # a closed one: the part before it
    ("(£2.3bn", "£2.3bn"),                     # nothing before: the part after it
    ("Apollo 4 [AS-501", "Apollo 4"),
    ("the film (2004) won", "the film (2004) won"),   # both sides held: left alone
    ("plain words", "plain words"),
])
def test_a_span_holds_both_sides_of_its_brackets_or_neither(text, want):
    s, e = balance(text, 0, len(text))
    assert text[s:e] == want
    sentence = f"He said {text} on Monday."
    s, e = balance(sentence, 8, 8 + len(text))
    assert sentence[s:e] == want


def test_an_opened_bracket_closed_nearby_is_closed():
    text = "It weighed 842 pounds (382 kg) in all, (more) than planned (say 2."
    s, e = balance(text, text.index("842"), text.index(" kg"))
    assert text[s:e] == "842 pounds (382 kg)"
    s, e = balance(text, text.index("planned"), len(text))          # nothing closes it: cut before
    assert text[s:e] == "planned"


def test_a_span_does_not_cut_a_number_at_its_comma_or_point():
    t = "Karin Holm won 11,482 votes; the river peaked at 4.62 metres; 3, 4 and 5 voted."
    for part, whole in [("11", "11,482"), ("482", "11,482"), ("62", "4.62")]:
        i = t.index(part)
        assert t[slice(*expand_to_words(t, i, i + len(part)))] == whole
    i = t.index("3,")
    assert t[slice(*expand_to_words(t, i, i + 1))] == "3"          # a list is no number
    u = "Rooms 1,2 and 3 are shut."
    assert u[slice(*expand_to_words(u, 6, 7))] == "1"


@pytest.mark.parametrize("text, trimmed", [
    ("- 410 kilometres of new line", "410 kilometres of new line"),     # a list's bullet
    ("• 12 new stations", "12 new stations"),
    ("-3.2% on the year", "-3.2% on the year"),                         # a minus: no space after it
])
def test_a_lists_bullet_is_trimmed_a_minus_is_not(text, trimmed):
    assert text[slice(*trim_edges(text, 0, len(text)))] == trimmed


@pytest.mark.parametrize("text, start, end, span", [
    ("The minister spoke at 7 p.m. on Friday.", 22, 25, "7 p.m."),        # not "7 p"
    ("The minister spoke at 7 p.m. on Friday.", 22, 26, "7 p.m."),
    ("Officials in the U.S. agreed.", 13, 18, "the U.S."),
    ("He won. Then he left.", 3, 7, "won"),                               # a sentence's point stays out
    ("Inflation was 3.5. Then it fell.", 14, 18, "3.5"),
])
def test_an_abbreviation_with_points_is_never_cut(text, start, end, span):
    a, b = trim_edges(text, *expand_to_words(text, start, end))
    assert text[a:b] == span
