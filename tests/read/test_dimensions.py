"""What a figure measures, by the unit written with it, and whether that is what a question asks
for: hand-made sentences, no model."""

from __future__ import annotations

import pytest

from qa.read.dimensions import (
    SCORE_RUN,
    SCORELINE,
    counts_nothing,
    in_words,
    kinds_asked,
    measured,
    no_age,
    of_another_kind,
    score_asked,
)


def _span(sentence: str, span: str) -> tuple[str, int, int]:
    at = sentence.index(span)
    return sentence, at, at + len(span)


@pytest.mark.parametrize("sentence, span, kind", [
    ("The ship sank at about 6.40am on Friday.", "about 6.40am", "time of day"),
    ("The repairs will cost £2.4m.", "£2.4m", "sum"),
    ("The bridge is 212 metres (696 feet) long.", "212 metres", "length"),
    ("He was jailed for six years.", "six years", "time"),
    ("Police recovered about 95 kilograms of explosive.", "about 95 kilograms", "weight"),
    ("Gusts reached 97mph.", "97mph", "speed"),
    ("The fire burned 2,300 hectares.", "2,300 hectares", "area"),
    ("It reached 38.7C in Ferncastle.", "38.7C", "temperature"),
    ("Turnout was 34.2%.", "34.2%", "share"),
    ("Core inflation eased to 2.8 pct in March.", "2.8 pct", "share"),             # (a wire's)
    ("Sales rose 14.5pc.", "14.5pc", "share"),
    ("She was sworn in on 9 May.", "9 May", "date"),
    ("It carries the A614 over the river.", "A614", ""),            # no unit known: measures nothing known
    ("She has served since 2019.", "since 2019", ""),               # a year may say how long
    ("Its 19 crew were safe.", "19", ""),
])
def test_what_a_figure_measures(sentence, span, kind):
    assert measured(*_span(sentence, span)) == kind


@pytest.mark.parametrize("question, kinds", [
    ("How long is the bridge?", ("length",)),              # a thing's length (below)
    ("How long is the meeting?", ("length", "time", "date")),
    ("How tall is the tower?", ("length",)),
    ("How wide is the river?", ("length",)),
    ("How heavy is the phone?", ("weight",)),
    ("How long ago did it close?", ()),
    ("How high is inflation?", ()),        # a height, a price or a share
    ("How much did it cost?", ()),
    ("What is the population of Lindqvarra?", ("number of people",)),
    ("What was the crowd at the final?", ("number of people",)),
    ("What is the population density of Lindqvarra?", ()),
    ("How fast can the ferry sail?", ("speed",)),
    ("How fast is the economy growing?", ()), ("How fast did she run the marathon?", ()),
    ("How much did the cubs weigh at birth?", ("weight",)),
    ("How much will the strike weigh on growth?", ()), ("How much did the weigh-in fee cost?", ()),
    ("How much did the cubs cost?", ()),
    ("What was the winning time in the marathon?", ("time",)),      # how long the race took, not a date
    ("What was Kiptoo's finishing time?", ("time",)), ("What time did the race start?", ()),
    ("How far did the tour cover in total?", ("length",)), ("How far is the star from Earth?", ("length",)),
    ("How far behind was she?", ()), ("How far did shares fall?", ()),      # a gap in time, a change
    ("How far did the car go before crashing?", ("length",)), ("How far has the project progressed?", ()),
])
def test_the_kinds_of_measure_a_question_asks_for(question, kinds):
    assert kinds_asked(question) == kinds


def test_the_kinds_asked_in_words():
    assert in_words(kinds_asked("How heavy is it?")) == "a weight"


@pytest.mark.parametrize("question, sentence, span, other", [
    ("How long is the Nordlys Pride?", "The ship sank at about 6.40am on Friday.", "about 6.40am", True),
    ("How long is the footbridge?", "The repairs will cost £2.4m.", "£2.4m", True),
    ("How long is the strike?", "Drivers voted 91% for the strike.", "91%", True),
    ("How heavy is the phone?", "It is 10.9mm thick and weighs 229g.", "10.9mm", True),
    ("How long is the bridge?", "The bridge is 212 metres (696 feet) long.", "212 metres", False),
    ("How long was he jailed for?", "He was jailed for six years.", "six years", False),
    ("How long will the closure last?", "The road is closed until 14 May.", "14 May", False),
    ("How long will the road be closed?", "The road is closed until 6am on Monday.", "until 6am", False),
    ("How wide is the bridge?", "It carries the A614 over the river.", "A614", True),       # no figure, no unit
    ("How deep is the peat burning?", "The peat is burning underground.", "underground", True),
    ("How wide is the ship?", "Its 19 crew were all safe.", "19", True),                     # a count
    ("How heavy is it?", "It weighs half a tonne.", "half a tonne", False),
    ("How tall is it?", "It is as tall as a house.", "as tall as a house", False),
    ("How deep is the lake?", "The lake is 40ft deep.", "40ft", False),
    ("How long is the ship?", "Its 19 crew were all safe.", "19", True),      # a thing's length: a count is none
    ("How long is the term?", "Its 19 crew were all safe.", "19", False),     # "How long": maybe "two terms"
    ("How much did it cost?", "The ship sank at about 6.40am on Friday.", "about 6.40am", False),   # not asked
    ("How far did the tour cover?", "She covered it in 22 minutes 47 seconds.", "22 minutes 47 seconds", True),
    ("How far did the tour cover?", "The figures cover the period to December 2025.", "December 2025", True),
    ("How far did the tour cover?", "The race covered 860 kilometres.", "860 kilometres", False),
    ("How far is the school?", "It is an hour's drive away.", "an hour's drive", False),   # no figure: may be
    ("How far is the stadium from the station?", "It is 400m from the station.", "400m", False),      # metres
    ("How far is the stadium from the station?", "It is a 10-minute walk.", "a 10-minute walk", False),
    ("How far away is the star?", "The planet orbits its star every 9.6 days.", "9.6 days", True),     # no journey
    ("When did the storm close the ferry?", "The ferry was cancelled after winds of up to 80mph.", "80mph", True),
    ("When was the record set?", "The record of 38.7C was set in August.", "38.7C", True),
    ("When did the ferry sail?", "The ferry sailed at 6.40am on Friday.", "6.40am", False),    # a time
    ("When will it reopen?", "It will reopen in two weeks.", "two weeks", False),
    ("When did it close?", "It closed after the storm.", "after the storm", False),            # no figure
    ("When will the levy expire?", "The levy will raise 7.8 billion krell a year.", "7.8 billion krell a year",
     True),                                                                                     # a rate, no time
    ("When will the levy expire?", "The levy of €2m a year ends in March.", "€2m a year ends in March", False),
    ("When will it be paid?", "It is paid within a month of the £40 claim.", "within a month of the £40 claim", False),
    ("When will it end?", "It costs £7.8bn every year.", "£7.8bn every year", True),
    ("When did the ferry sail?", "It sailed a week after the £3m refit.", "a week after the £3m refit", False),
    ("What is the population of Lindqvarra?", "The cod quota was cut by 25%.", "25%", True),   # a share
    ("What is the population of Lindqvarra?", "It is home to about 1.2 million people.", "about 1.2 million", False),
    ("What was the attendance?", "A crowd of 21,400 watched the final.", "21,400", False),
])
def test_a_measure_of_another_kind_than_asked(question, sentence, span, other):
    assert of_another_kind(question, *_span(sentence, span)) is other


@pytest.mark.parametrize("question, sentence, span, nothing", [
    ("How many detonators were recovered?", "Police recovered about 95 kilograms of explosive.",
     "about 95 kilograms", True),
    ("How many people were there?", "At 6.40am there were 300.", "6.40am", True),
    ("How many died?", "On 9 May, 12 died.", "9 May", True),
    ("How many weeks was he out?", "He was out for six weeks.", "six weeks", False),     # the unit asked
    ("How many kilometres is it?", "It is 12km long.", "12km", False),                   # another word for it
    ("How many kgs of rock came back?", "It brought back 382 kg of rock.", "382 kg", False),
    ("How many Britons are Catholic?", "Some 26.7% are Catholic.", "26.7%", False),      # a share may answer
    ("How many people died?", "Six people died.", "Six", False),
    ("How many tickets were sold?", "Tickets cost £40.", "£40", False),                  # a sum: judged elsewhere
    ("How many jobs could go?", "Up to 300 may lose their jobs.", "Up to 300", False),   # "may" is no month
    ("How many cubic metres were released?", "About 500 cubic metres were released.", "About 500", False),
    ("How many jets will it buy?", "The air force will buy 36 F-35 fighter jets.", "36", False),   # no Fahrenheit
    ("How many passengers use it?", "It will carry 12% more passengers a day.", "12%", True),   # by how much
    ("How many more passengers will it carry?", "It will carry 12% more passengers a day.", "12%", False),
    ("How many passengers use it each day?", "Trains run every two hours.", "two hours", True),  # "day": a rate
    ("How many people watched?", "Odrin beat Quillon 3-1 on Sunday.", "3-1", True),          # a result
    ("How many votes did the motion get?", "The motion passed 5-2.", "5-2", False),          # a vote may count
    ("How many pupils are in each class?", "Classes hold 25-30 pupils.", "25-30", False),     # a range counted
    ("How many judges backed the ruling?", "The court ruled 5-4 in her favour.", "5-4", False),
    ("How many goals had he scored after his hat-trick against Quillon?", "Odrin beat Quillon 3-1 at home.", "3-1",
     True),
])
def test_a_count_is_no_measure_with_a_unit_the_question_does_not_name(question, sentence, span, nothing):
    assert counts_nothing(question, *_span(sentence, span)) is nothing


@pytest.mark.parametrize("sentence, span, no", [
    ("She was sworn in on 9 May 2026.", "9 May 2026", True),
    ("The ship sank at 6.40am.", "6.40am", True),
    ("Halabi, 36, trained in Paris.", "36", False),
    ("She is a 47-year-old lawyer.", "47-year-old", False),
    ("He was 14 months old.", "14 months", False),
    ("Calloway spoke for 90 minutes.", "90 minutes", True),          # a span of minutes is nobody's age
    ("The foal, just 36 hours old, was well.", "36 hours", False),
    ("The calf is six weeks old.", "six weeks", False),
    ("The rock was broken through at 11.40 on Monday.", "11.40", True),       # a time of day, written with a dot
])
def test_an_age_is_no_date_nor_other_measure(sentence, span, no):
    assert no_age(*_span(sentence, span)) is no


def test_a_time_of_day_written_with_a_dot_is_told_by_the_words_around_it():
    from qa.read.dimensions import measured

    for sentence, figure, kind in [("The rock was broken through at 11.40 on Monday morning.", "11.40", "time of day"),
                                   ("The lifeboat was launched at 9.15 last night.", "9.15", "time of day"),
                                   ("Shares closed at 12.50 on Tuesday.", "12.50", ""),          # a price
                                   ("The index rose from 1.45 to 1.50.", "1.45", "")]:
        at = sentence.index(figure)
        assert measured(sentence, at, at + len(figure)) == kind, sentence


def test_a_count_of_votes_or_a_share_is_no_age():
    from qa.read.dimensions import no_age

    s = "Ilse Marten was elected mayor, winning 54,310 votes (52.8 per cent) in the run-off."
    assert no_age(s, s.index("54,310"), s.index("cent)") + 4)
    t = "Marten, 44, a former urban planner, promised electric buses."
    assert not no_age(t, t.index("44"), t.index("44") + 2)
    u = "She brought two newcomers into the cabinet little more than a year before the election."
    assert no_age(u, u.index("two"), u.index("year") + 4)              # a count of people
    v = "Marten, at 44 years, is the youngest mayor."
    assert not no_age(v, v.index("44"), v.index("years") + 5)
    for w in ["Isolde Marrach is 61 this weekend.", "who at 61 becomes the oldest minister"]:
        assert not no_age(w, w.index("61"), w.index("61") + 2)


def test_a_unit_joined_to_its_figure_by_a_hyphen_is_read():
    from qa.read.dimensions import of_another_kind

    s = "The 42-kilogram satellite will watch sea ice from 550 kilometres up."
    assert of_another_kind("How long will the satellite stay in orbit?", s, s.index("42"), s.index("42") + 10)


@pytest.mark.parametrize("question, kinds", [
    ("How long is the new runway at Port Sevane airport?", ("length",)),       # a thing's length
    ("How long is the Line 2 tram extension?", ("length",)),
    ("How long is the strike?", ("length", "time", "date")),                    # what lasts: as before
    ("How long is the runway closed for?", ("length", "time", "date")),
    ("How long will the bridge be closed?", ("length", "time", "date")),
])
def test_how_long_a_thing_is_asks_its_length(question, kinds):
    assert kinds_asked(question) == kinds
    sentence = "Second runway opens at Port Sevane airport 11 years late"
    at = sentence.index("11 years")
    assert of_another_kind(question, sentence, at, at + 8) is (kinds == ("length",))


@pytest.mark.parametrize("question, asks", [
    ("What was the score when Odrin played Quillon on matchday 24?", True),
    ("What was the final score in the cup final?", True), ("What was the score at half-time?", True),
    ("What was her score on the vault?", False), ("What was the winning score?", False),     # a gymnast's points
    ("What is the score for the test?", False), ("What was the score in the exam?", False),
    ("What was the score in the cup final against Quillon?", True),
    ("What was the result of Harrowgate FC against Brede Miners in November 2025?", True),
    ("What was the result of the vote on the budget?", False), ("What was the result of the inquiry?", False),
])
def test_what_asks_a_matchs_result(question, asks):
    assert score_asked(question) is asks
    assert [m.group() for m in SCORELINE.finditer("won 3-1 on 12-3-2026, 4-5% up and 24–17.")] == ["3-1", "24–17"]
    assert [m.group() for m in SCORE_RUN.finditer("beating her 6-4 3-6 7-5, then 3-6 7-6 (7-3) 6-1.")] == [
        "6-4 3-6 7-5", "3-6 7-6 (7-3) 6-1"]


def test_a_races_time_as_results_write_it_is_a_length_of_time_not_a_time_of_day():
    from qa.read.dimensions import measured, race_clock, race_time_asked

    s = "He crossed the line at 14:02 in 2:08:17 to take 49 seconds off the record; she ran 3:31.25."
    for span, kind in (("2:08:17", "time"), ("3:31.25", "time"), ("49 seconds", "time"), ("14:02", "time of day")):
        at = s.index(span)
        assert measured(s, at, at + len(span)) == kind, span
    assert race_clock(s, s.index("2:08:17"), s.index("2:08:17") + 7) and not race_clock(s, s.index("14:02"),
                                                                                       s.index("14:02") + 5)
    assert race_time_asked("What was the winning time in the marathon?") and not race_time_asked("What time is it?")
    quake = "The quake struck at 14:02:31 local time; polls closed 22:00:00 GMT."
    for span in ("14:02:31", "22:00:00"):           # a time of day with its seconds
        at = quake.index(span)
        assert measured(quake, at, at + len(span)) != "time", span
    won = "She won by 1:02.35 and improved from 2:05:10 to 2:03:44."
    for span in ("1:02.35", "2:05:10", "2:03:44"):
        at = won.index(span)
        assert measured(won, at, at + len(span)) == "time", span
