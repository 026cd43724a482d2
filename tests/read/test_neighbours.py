"""Two values side by side in one sentence: the one the question's own words stand beside."""

from __future__ import annotations

import pytest

from qa.read.neighbours import stood_beside


def _spans(sentence: str, *values: str) -> list[tuple[int, int]]:
    return [(sentence.index(v), sentence.index(v) + len(v)) for v in values]


@pytest.mark.parametrize("question, sentence, values, chosen", [
    ("By how much did Harbour Holdings shares close lower?",
     "Shares in Harbour Holdings fell 3.2 per cent at midday and closed 2.4 per cent lower at 8.15.",
     ("3.2 per cent", "2.4 per cent"), "2.4 per cent"),
    ("Which sailings from Lenby were cancelled because of the storm?",
     "The 15.30 and 18.00 sailings from Otby and the 16.45 and 19.15 sailings from Lenby will not run.",
     ("15.30 and 18.00", "16.45 and 19.15"), "16.45 and 19.15"),
    ("What was overall turnout in the 2022 election?",
     "In the 2022 election, turnout among 18- to 24-year-olds was 54 per cent, against 71 per cent overall.",
     ("54 per cent", "71 per cent"), "71 per cent"),
    ("How many were injured?", "The fire killed 12 people and injured 40 others.", ("12", "40"), "40"),
])
def test_the_value_the_questions_words_stand_beside_is_chosen(question, sentence, values, chosen):
    found = stood_beside(question, sentence, _spans(sentence, *values))
    assert found is not None and sentence[found[0]:found[1]] == chosen


@pytest.mark.parametrize("question, sentence, values", [
    ("How many people did the fire kill?", "The fire killed 12 people and injured 40 others.", ("12", "40")),
    ("What share of Otby voters voted Yes?", "In Otby, Yes won 56.4 per cent, against 54.2 per cent nationally.",
     ("56.4 per cent", "54.2 per cent")),               # as many of its words beside the other: no change
    ("Who replaced Smith as coach?", "Jones replaced Smith as coach, while Brown became captain.", ("Jones", "Brown")),
    ("How many people were injured?", "The fire injured 40 people in Otby in 2019.", ("40", "Otby")),  # not a figure
    ("How many people were injured in the crash?", "The crash killed 3 people and left 12 injured, police said.",
     ("12", "3")),                                     # the subject is every value's
    ("What was the population of the city in 2000?", "The city had a population of 8,500 at the 2010 census, and "
     "6,200 residents were counted in 2000.", ("6,200", "8,500")),
    ("Which well-known general abandoned Jamukha?", "Several generals abandoned Jamukha, including Subutai, Jelme's "
     "well-known younger brother.", ("Subutai", "Jelme")),               # the words beside "Jelme's" are his brother's
    ("How many homes were still without power at noon?", "About 23,000 homes were without electricity in the "
     "morning; by noon the number had fallen to 9,400.", ("9,400", "About 23,000")),    # noon: the first's
    ("When did Greta Solheim make the claim about teachers?", 'Claim: "Tesmara has lost one in five of its teachers '
     'since 2020." – Greta Solheim, speaking in a televised debate on 23 November.', ("23 November", "2020")),
    ("What is the club record for league goals in a season?", "He now has 19 league goals this season, two short of "
     "the club record of 21 set in 1998.", ("21", "19")),
    ("How many substations are at risk of flooding?", "She said 14 of the company's 212 substations were at risk of "
     "flooding.", ("14", "212")),                                      # one phrase: no comma, no conjunction
])
def test_the_first_value_stays_unless_another_stands_beside_more_of_the_questions_words(question, sentence, values):
    assert stood_beside(question, sentence, _spans(sentence, *values)) is None
