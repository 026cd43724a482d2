"""What a question asks: the kind of answer, its own words and initials, a sum of money, a count or
a date, a measure, a currency, yes or no."""

from __future__ import annotations

import pytest

from qa.read.asked import Wanted, asked_words, figure_asked, money_asked, statistic_asked, wanted


@pytest.mark.parametrize("question, kind", [
    ("Who founded Easyjet?", Wanted.PERSON),
    ("Which actor is Tom Vale replacing in the play?", Wanted.PERSON),
    ("How many troops did North Korea send?", Wanted.NUMBER),
    ("How much did Eldoria agree to borrow from the World Bank?", Wanted.AMOUNT),
    ("At what price per share did the bidder make its offer?", Wanted.AMOUNT),
    ("When does the loan agreement expire?", Wanted.DATE),
    ("In what year was the club founded?", Wanted.DATE),
    ("Where was the trumpet player from?", Wanted.PLACE),
    ("Which city will host the games?", Wanted.PLACE),
    ("What did Kim say in a speech?", Wanted.QUOTE),
    ("What did the minister tell the BBC?", Wanted.QUOTE),
    ("What did she add?", Wanted.QUOTE),
    ("What did Varga tell reporters at the end of the march?", Wanted.QUOTE),    # a listener, then when
    ("What did the coach tell the BBC after the match?", Wanted.QUOTE),
    ("What did the minister tell MPs about the plan?", Wanted.QUOTE),
    ("What did police tell residents to do?", Wanted.OTHER),           # an instruction, not their words
    ("What did the judge tell the jury members?", Wanted.OTHER),       # more than a listener's one word
    ("What did the report say was in the box?", Wanted.OTHER),         # something specific
    ("What did Hoff say comes before everything else?", Wanted.OTHER),
    ("What did Watt add to the steam engine?", Wanted.OTHER),          # a part, not words
    ("What did the minister say the inspectors had found in the kitchens?", Wanted.OTHER),   # something specific
    ("What is the name of Asahi's new drink?", Wanted.NAME),
    ("Which US company won the contract?", Wanted.NAME),
    ("Which think tank's study made the case?", Wanted.NAME),
    ("What type of book was it?", Wanted.OTHER),                # a kind of thing, not a name
    ("What caused the company's losses?", Wanted.OTHER),        # a cause: "what" + verb
    ("What group of people was hit hardest?", Wanted.OTHER),
    ("Which piece of music opens the show?", Wanted.OTHER),
    ("Which safety expert told the inquiry?", Wanted.PERSON),
    ("Which Port Sulven Athletic defender was sent off?", Wanted.PERSON),     # a body's name before the noun
    ("Which Rail Users Pellaria representative criticised the rise?", Wanted.PERSON),
    ("Which union representative criticised the rise?", Wanted.PERSON),
    ("Which Kessaly United match drew the biggest crowd?", Wanted.OTHER),
    ("What did the WHO recommend?", Wanted.OTHER),
    ("Who is Mara Lind?", Wanted.DESCRIPTION),                  # who she is, not another person
    ("who was Tomas Oduya", Wanted.DESCRIPTION),
    ("Who is the harbour master?", Wanted.PERSON),
    ("Who was Mara Lind's deputy?", Wanted.PERSON),
    ("What was Harbourline's pre-tax profit in 2023?", Wanted.AMOUNT),
    ("What were the group's sales?", Wanted.AMOUNT),
    ("What was the cause of the loss?", Wanted.OTHER),          # "of" before the noun: about something else
    ("Who is Mara Lind meeting?", Wanted.PERSON),
    ("What is the name of the jailed former harbourmaster?", Wanted.PERSON),    # the name of a person
    ("What was the name of the man taken to hospital?", Wanted.PERSON),
    ("What was the name of the boat the fisherman owned?", Wanted.NAME),
    ("What is the name of the man's dog?", Wanted.NAME),
    ("Which reader complained about the trains?", Wanted.PERSON),       # a reader, a voter, a passenger …
    ("Which boy band beat the favourites?", Wanted.NAME),
])
def test_what_the_question_wants(question, kind):
    assert wanted(question) is kind


def test_initials_leave_out_the_questions_small_words():
    assert "ba" in asked_words("Did British Airways cancel?")
    assert "rsr" in asked_words("Who runs The Rail Safety Register?")


@pytest.mark.parametrize("question, money", [
    ("How much did the stadium cost?", True),
    ("How much will the 90 journalists be paid in redundancy?", True),
    ("How much does Northwind spend each year on adverts?", True),
    ("What fee did Chelsea pay for him?", True),
    ("At what price was the offer pitched?", True),
    ("What was the production budget of Harbourlight?", True),
    ("What is Northwind's ticket price?", True),
    ("What was the cost of the sea wall?", True),
    ("What was the cause of the price rise?", False),
    ("What is the new budget airline called?", False),             # the noun does not end its phrase
    ("What was the average ticket price rise?", False),
    ("What was the fee structure?", False),
    ("What was the cost of living?", False),
    ("What is the price tag?", True),
    ("What is the club's wage bill?", True),
    ("What was the price per barrel?", True),
    ("What was Northwind's budget last year?", True),
    ("What was the salary cap?", True),
    ("How much of the budget goes on defence?", False),            # a share
    ("How much more did Spectre earn than Skyfall?", False),       # a ratio
    ("How much time does a viewer spend on YouTube?", False),
    ("How much were damages raised by?", False),
    ("How much rain fell on Los Angeles?", False),
    ("How much were the two boats worth?", True),
    ("How much did the film take at the box office?", True), ("How much did Harbourlight gross?", True),
    ("How much did gross domestic product grow?", False), ("How much did box office sales fall?", False),
    ("How much did takings fall?", False),
    ("How many people paid to see it?", False),
    ("How much profit did Northwind make in 2023?", True),         # not "up 40%"
    ("How much revenue did the firm report last year?", True),
    ("How much money did the appeal raise?", True),
    ("How much revenue does fishing provide the island?", False),  # a share
    ("How much revenue goes to the players?", False),
    ("How much revenue did tourism make up?", False),             # a share
    ("How much profit did Northwind make compared with 2022?", False),
    ("How much profit did Northwind Holdings plc's retail arm make in 2023?", True),
    ("How much is the two-year pay deal accepted by the nurses worth?", False),    # "worth 9.5 per cent"
    ("How much was the pay offer worth to a junior nurse?", False),
    ("How much will the pay deal cost the health service?", True),
    ("How much is the house worth?", True),
])
def test_questions_asking_for_a_sum_of_money(question, money):
    assert money_asked(question) is money


def test_the_measure_a_question_names_is_not_a_word_inside_another():
    from qa.read.asked import measure_asked

    assert measure_asked("What was Calderwick's pre-tax profit in 2021?") == "profit"
    assert measure_asked("How much tax did the firm pay?") == "tax"


@pytest.mark.parametrize("question, figure", [
    ("How many titles has Tomas Reyhill won?", "count"),
    ("How many euros did the harbour gate cost?", "amount"),                # a sum of money
    ("How much rain fell on Port Vance last week?", "amount"),
    ("How much did the sea wall cost?", "amount"),
    ("On what date will the harbour reopen?", "date"),
    ("In which year did Okonkwo found the studio?", "year"),
    ("Which month is the harbour closed?", "date"),
    ("How old is Tomas Reyhill?", "age"),
    ("How much of the budget goes on the harbour?", ""),        # a share: "most of it"
    ("How much longer will the works take?", ""),
    ("When did the harbour reopen?", ""),                      # "when the storms had passed" may answer
    ("Who built the sea wall?", ""),
])
def test_questions_asking_for_a_count_an_amount_or_a_date(question, figure):
    assert figure_asked(question) == figure


@pytest.mark.parametrize("question, asks", [
    ("Did Calderwick close the Gresham Quay site?", True),
    ("Is Ingrid Solberg a member of Labour?", True),
    ("Has the bridge opened yet?", True),
    ("Are early or late maturing boys taller?", False),     # one of two: a span answers
    ("Who did Solberg beat?", False),
    ("Does it matter whether she won or lost?", False),
    ("Is what industry was attracted to the port?", False),   # a question word after all
    ("Can you tell me who won?", False),
    ("Do you know how much it cost?", False),
])
def test_a_question_answered_yes_or_no(question, asks):
    from qa.read.asked import yes_no

    assert yes_no(question) is asks


def test_the_currency_and_the_sum_a_question_asks_for():
    from qa.read.asked import currency_asked, in_currency

    name, written = currency_asked("How much will Veltra invest in dollars?")
    assert name == "dollars" and written.search("$4bn") and not written.search("£180m")
    assert currency_asked("How much will Veltra invest?") == ("", None)
    assert currency_asked("How many euros did it cost?")[0] == "euros"
    assert money_asked("What is Elspeth Varga's salary?") and money_asked("What is Varga's salary?")
    name, written = currency_asked("How much will the Lisbon fare be in dravnas?")     # a currency no list knows
    assert name == "dravnas" and written.search("from 210 dravnas") and not written.search("59 euros")
    assert in_currency("dravnas", "3.4 million dravnas") and not in_currency("dravnas", "59 euros (210 dravnas)")
    assert currency_asked("How much did it cost in total?") == currency_asked("How much did he pay in fees?") \
        == currency_asked("How much rain fell in minutes?") == ("", None)        # English words


@pytest.mark.parametrize("question, statistic", [
    ("What was the turnout in the union election?", "turnout"),
    ("How many members does the dockers' union have?", "members"),
    ("What was the attendance at the final?", "attendance"),
    ("Who was the turnout officer?", ""),                     # a person asked for, not a figure
    ("When did the members vote?", ""),
    ("How many staff does the firm employ?", ""),             # no such word
    ("Why did the crowd boo the referee?", ""),               # no figure asked
    ("What did the crowd chant?", ""),
    ("What was Adeline Marsh's majority in Harbour ward?", "majority"),
])
def test_the_statistic_a_question_asks_the_figure_of(question, statistic):
    assert statistic_asked(question) == statistic


@pytest.mark.parametrize("question, measure", [
    ("What was the firm's revenue in 2023?", "revenue"),
    ("What pay rise has the government offered teachers?", ""),       # the rise is asked, not the pay
    ("How much of a tax cut did the chancellor announce?", ""),
    ("By how much did French consumer spending rise in January?", "spending"),      # "rise": a verb
    ("By how much did the 2026 budget raise the tax on tobacco?", "tax"),          # a budget named by its year
    ("By how much will the state pension rise under the 2025 budget?", ""),
])
def test_the_measure_a_question_asks_for_not_one_naming_a_change(question, measure):
    from qa.read.asked import measure_asked

    assert measure_asked(question) == measure


@pytest.mark.parametrize("question, asks", [
    ("What did Ottilie Vellacott die of?", True), ("How did Astrid Vellander die?", True),
    ("What was the cause of his death?", True), ("What killed him?", True), ("What did he die from?", True),
    ("What caused her death?", True), ("What was the cause of Ada Marie Lind's death?", True),
    ("What was the cause of the crash?", False), ("What killed the deal?", False), ("How did the band die out?", False),
    ("How did the dispute end?", False), ("How many people died?", False), ("When did she die?", False),
    ("Where did she die?", False), ("What did Halvard Rusk do after his wife died of cancer?", False),
    ("What did the ferry company change after a passenger died from a fall?", False),
])
def test_what_someone_died_of_is_asked(question, asks):
    from qa.read.asked import cause_of_death_asked

    assert cause_of_death_asked(question) is asks


@pytest.mark.parametrize("question, months", [
    ("What was the inflation rate in March?", {"march"}), ("How many people will attend in May?", {"may"}),
    ("How many may attend?", set()), ("When in March did it open?", set()),      # no figure asked
    ("What was June Halloran's majority?", set()), ("What was the turnout at the March for Homes rally?", set()),
    ("What was the total raised by August Lindqvist's appeal?", set()),            # names, not months
    ("How many homes were sold on 3 June?", {"june"}), ("What was the jobless rate last October?", {"october"}),
])
def test_the_months_a_question_for_a_figure_names(question, months):
    from qa.read.asked import asked_months

    assert asked_months(question) == months


@pytest.mark.parametrize("question, asks", [
    ("By how many votes did Priya Raman win?", True),
    ("By how much did Holm beat Lind?", True),
    ("What was her majority?", True),
    ("By how many seats did Labour lose?", True),
    ("By how much did the 2026 budget raise the tax on tobacco?", False),     # a change, not a margin
    ("By how much did rents rise?", False),
])
def test_a_margin_of_victory_asked_for(question, asks):
    from qa.read.asked import margin_asked

    assert margin_asked(question) is asks


@pytest.mark.parametrize("question, asks", [
    ("What caused the explosion at the Helle quarry?", True), ("What was the cause of the fire?", True),
    ("What is thought to have caused the blaze?", True), ("What sparked the protests?", True),
    ("What caused her death?", False), ("What was the cause of Edda Varn's death?", False),     # a death's
    ("What was the cause?", False), ("Why did the ship capsize?", False), ("What did the fire destroy?", False),
])
def test_what_caused_something_is_asked(question, asks):
    from qa.read.asked import cause_asked

    assert cause_asked(question) is asks


@pytest.mark.parametrize("question, money", [
    ("How much was the seaweed battery grant?", True), ("How much funding did the team get?", True),
    ("How much bail was set?", True), ("How much land was lent to the farm?", False),
    ("How much blood did donors donate at the Ardby drive?", False), ("How much was Kelder's loan?", True),
])
def test_a_grant_funding_or_bail_asked_is_money(question, money):
    from qa.read.asked import money_asked

    assert money_asked(question) is money
