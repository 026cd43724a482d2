"""The span choice on hand-made readings: not the question's own words, the kind asked for, whole
names, and what someone said (no model)."""

from __future__ import annotations

import pytest

from qa.read.asked import Wanted, asked_words, asked_years, wanted
from qa.read.figures import fits, for_year, gives_figure, holds_money, other_year, span_years
from qa.read.reader import Reading
from qa.read.span_choice import choose, figure_missing, fit, the_name, the_place, whole_name
from qa.read.speakers import quotation
from tests.fakes import reading


def _quoted(sentence: str, r: Reading) -> str:
    return sentence[r.start:r.end]


def test_an_answer_is_not_the_questions_own_words():
    s = "Carl Dunmore never made accounting decisions, former finance chief Ray Tallis told jurors."
    r = reading(s, ("Carl Dunmore", 9.0), ("Ray Tallis", 8.0))
    q = "Which witness told jurors that Carl Dunmore never made accounting decisions?"
    assert _quoted(s, choose(q, s, r, slack=3.0)) == "Ray Tallis"
    assert choose(q, s, r, slack=3.0).span_score == 9.0          # the reader's scores are kept


def test_the_kind_asked_for_is_preferred_within_the_slack():
    s = "Eldoria agreed to borrow $10bn from the World Bank over three years, the government said."
    r = reading(s, ("the World Bank", 7.0), ("$10bn", 6.0))
    assert _quoted(s, choose("How much did Eldoria agree to borrow?", s, r, slack=3.0)) == "$10bn"
    assert _quoted(s, choose("How much did Eldoria agree to borrow?", s, r, slack=0.5)) == "the World Bank"   # too far down
    r = reading(s, ("the World Bank", 7.0), ("three years", 6.0))
    assert _quoted(s, choose("How long will Eldoria borrow for?", s, r, slack=3.0)) == "three years"
    assert _quoted(s, choose("How long will Eldoria borrow for?", s, r, slack=0.5)) == "the World Bank"   # too far down
    assert _quoted(s, choose("What did Eldoria agree to do?", s, r, slack=3.0)) == "the World Bank"          # no kind: the best


def test_a_court_or_a_ministry_is_no_person():
    s = "Veltro was fined by Feldrum District Court on Tuesday; Judge Anders Brekke called the spill reckless."
    r = reading(s, ("Feldrum District Court", 7.0), ("Anders Brekke", 6.0))
    assert _quoted(s, choose("Which judge fined Veltro?", s, r, slack=3.0)) == "Anders Brekke"
    assert fit("Which judge fined Veltro?", s, s.index("Feldrum"), s.index(" on Tuesday"))[0] == -1.0
    for person in ("Jo Park", "Heather Mills", "Kari Holm of Kelderby Police"):       # names, not bodies
        assert fit("Who said it?", person + " said it.", 0, len(person))[0] == 1.0, person


def test_who_someone_named_is_a_description_beside_the_name_not_another_person():
    s = "Port director Mara Lind and city mayor Tomas Oduya signed the lease on Friday."
    r = reading(s, ("Tomas Oduya", 6.0), ("city mayor Tomas Oduya", 4.8), ("Mara Lind and city mayor", 3.0),
                 ("Port director", 0.3), ("city mayor", 0.2))
    assert _quoted(s, choose("Who is Mara Lind?", s, r, slack=3.0)) == "Port director"     # below the slack: still
    assert _quoted(s, choose("Who is Tomas Oduya?", s, r, slack=3.0)) == "city mayor"     # one phrase, not "… and …"
    s = "Mara Lind, the port director, signed the lease."
    r = reading(s, ("Mara Lind", 5.0), ("the port director", 1.0))
    assert _quoted(s, choose("Who is Mara Lind?", s, r, slack=3.0)) == "the port director"
    s = "Mara Lind signed the lease with Tomas Oduya."
    r = reading(s, ("Tomas Oduya", 5.0), ("the lease", 1.0))
    assert _quoted(s, choose("Who is Mara Lind?", s, r, slack=3.0)) == "Tomas Oduya"     # nothing describes her


def test_a_name_is_quoted_whole():
    s = "Dana Price is replacing Tom Hanks in the West End play."
    r = reading(s, ("Tom", 8.0))
    assert _quoted(s, choose("Which actor is Dana Price replacing?", s, r, slack=3.0)) == "Tom Hanks"
    assert whole_name("Met by de Gaulle then.", 10, 16) == (7, 16)
    s = "The single was written by DJ Mike Read."
    r = reading(s, ("Mike Read", 8.0))                              # two words: a name already
    assert _quoted(s, choose("Who wrote the single?", s, r, slack=3.0)) == "Mike Read"
    s = "It was written by Read."
    assert whole_name(s, s.index("Read"), s.index("Read") + 4) == (s.index("Read"), s.index("Read") + 4)


def test_an_acronym_of_the_questions_words_is_its_own_words():
    s = "Nine thousand firms are on the Rail Safety Register (RSR), run by the Transport Standards Board."
    r = reading(s, ("RSR", 9.0), ("Transport Standards Board", 8.0))
    q = "Which organisation runs the Rail Safety Register?"
    assert _quoted(s, choose(q, s, r, slack=3.0)) == "Transport Standards Board"
    s = "The Safe Home campaign, run by TfL with the Harbour Trust, starts today."     # its small words too
    r = reading(s, ("TfL", 9.0), ("Safe Home", 8.0))
    assert _quoted(s, choose("What is the Transport for London campaign called?", s, r, slack=3.0)) == "Safe Home"


@pytest.mark.parametrize("question, sentence, span, name", [
    ("Which film won the best ensemble prize?", "Quirky seaside comedy Harbourlight won the prize.",
     "Quirky seaside comedy Harbourlight", "Harbourlight"),
    ("Which Science Museum website won best learning?",
     "The Science Museum's Timeline website picked up the prize.",
     "The Science Museum's Timeline website picked up the prize", "Timeline"),
    ("Which song won best new song?", "They took the best new song title for Paper Moons.",
     "the best new song title for Paper Moons", "Paper Moons"),
    ("Which newspaper did the mayor tell?", "She told the Ledger newspaper so.", "Ledger newspaper", "Ledger"),
    ("Who did it?", "It was made by director Steven Spielberg in 1993.", "director Steven Spielberg",
     "Steven Spielberg"),
    ("Which MP went to see Anna Price?", "MP Anna Lloyd went.", "Anna Lloyd", None),             # the span is the name
    ("Which band played?", "They are Unit 9 now.", "Unit 9", None),
    ("Who reports to them?", "They report to the Working Group chairs.", "Working Group chairs", None),
    ("Who came?", "It drew New York–based filmmakers.", "New York–based filmmakers", None),
    ("Who came?", "Rosa Lind of Spain came.", "Rosa Lind of Spain", None),    # two names
    ("Who came?", "Modest crowds came.", "Modest crowds", None),         # capitalised as the sentence opens
    ("Who will take over?", "He is the chief executive of Northwind.", "the chief executive of Northwind", None),
    ("Which retailer cut prices?", "Prices were cut by supermarket chain Bramble's.",
     "supermarket chain Bramble's", "Bramble's"),                          # a brand keeps its "'s"
    ("Who won Harbour ward?", "Green Forward's Adeline Marsh won it.", "Green Forward's Adeline Marsh",
     "Adeline Marsh"),                                                     # a person after a party's possessive
    ("Who designed it?", "Ana Ruud's Kelder Design Studio did.", "Ana Ruud's Kelder Design Studio", None),   # not
    ("Who runs it?", "Ana Ruud's Tolby Town Hall does.", "Ana Ruud's Tolby Town Hall", None),    # a body or building
])
def test_the_one_new_name_in_a_longer_span(question, sentence, span, name):
    a = sentence.index(span)
    got = the_name(sentence, a, a + len(span), asked_words(question), person=wanted(question) is Wanted.PERSON)
    assert (sentence[got[0]:got[1]] if got else None) == name
    r = reading(sentence, (span, 9.0))
    assert _quoted(sentence, choose(question, sentence, r, slack=3.0)) == (name or span)


def test_a_name_grown_whole_leaves_out_a_possessive_and_the_word_before():
    s = "Northrail's engineers met the Greens' leader."
    assert s[slice(*whole_name(s, 0, 5))] == "Northrail"
    a = s.index("Greens")
    assert s[slice(*whole_name(s, a, a + 6))] == "Greens"
    for s, name, whole in (("Microsoft beat its rival Sony.", "Sony", "Sony"),            # not "al Sony"
                           ("It was run by people Anna Price trusted.", "Anna", "Anna Price")):   # not "le Anna"
        a = s.index(name)
        assert s[slice(*whole_name(s, a, a + len(name)))] == whole


def test_what_someone_said_is_the_quotation():
    s = "“We know this will be painful for commuters,” Ms Oyelaran said."
    assert s[slice(*quotation(s))] == "We know this will be painful for commuters"
    s = "Prices will rise sharply next year, the bank's chief economist said."
    assert s[slice(*quotation(s))] == "Prices will rise sharply next year"
    s = "The minister said that the plan would go ahead in May."
    assert s[slice(*quotation(s))] == "the plan would go ahead in May"
    assert quotation("The plan went ahead in May.") is None
    told = "Adviser Shin Won-sik told local broadcaster SBS that Russia has given North Korea equipment."
    assert told[slice(*quotation(told))] == "Russia has given North Korea equipment"   # not "broadcaster SBS that …"
    # quoted words within what is reported: the whole statement, not the fragment
    within = "In a statement, Ms Vance said she “deeply regretted” the mistakes but insisted she had never lied."
    assert within[slice(*quotation(within))] == "she “deeply regretted” the mistakes but insisted she had never lied"
    colon = "He said: “We will win the cup this year.”"
    assert colon[slice(*quotation(colon))] == "We will win the cup this year"
    around = "“It is a disgrace,” the minister said of the plan, “and we will fight it all the way.”"
    assert around[slice(*quotation(around))] == "and we will fight it all the way"
    r = reading(s, ("the minister".capitalize(), 5.0))
    assert _quoted(s, choose("What did the minister say about the plan?", s, r, slack=3.0)) == \
        "the plan would go ahead in May"


def test_a_whole_sentence_reading_is_left_alone():
    s = "Carl Dunmore never made accounting decisions."
    r = Reading(0, len(s), 0.0, 0.0)
    assert choose("Who never made accounting decisions?", s, r, slack=3.0) == r


@pytest.mark.parametrize("question, span, missing", [
    ("How much did the stadium cost?", "very costly", 1.0),
    ("How much did the stadium cost?", "£9.4m", 0.0),
    ("How many fans watched?", "more than five million", 0.0),
    ("How many aces did he serve?", "the fourth round", 1.0),     # an ordinal is no count
    ("When did the museum open?", "in March", 0.0),
    ("When did the museum open?", "last week", 1.0),
    ("When the rocks melt again, what is formed?", "a new magma", 0.0),   # "when" opens a clause
    ("Who won the award?", "the judges", 0.0),                     # a person asked for: not a figure
    ("Why did the show end?", "poor ratings", 0.0),
])
def test_a_figure_asked_for_and_none_quoted(question, span, missing):
    sentence = f"They said {span} today."
    start = sentence.index(span)
    assert figure_missing(question, sentence, start, start + len(span)) == missing


def test_a_year_asked_for_is_not_answered_with_another_years_figure():
    s = "The ministry estimated the total harvest at 4.2 million tonnes, down from 6.1 million tonnes in 2021."
    r = reading(s, ("6.1 million tonnes", 6.0), ("4.2 million tonnes", 5.0))
    assert _quoted(s, choose("How much wheat was harvested in 2022?", s, r, slack=3.0)) == "4.2 million tonnes"
    assert _quoted(s, choose("How much wheat was harvested in 2021?", s, r, slack=3.0)) == "6.1 million tonnes"
    assert _quoted(s, choose("How much wheat was harvested?", s, r, slack=3.0)) == "4.2 million tonnes"  # no year
    # asked: the level, not the one it fell from
    # too far down: the span stays, and the decision does not answer from it (``fits``)
    assert _quoted(s, choose("How much wheat was harvested in 2022?", s, r, slack=0.5)) == "6.1 million tonnes"
    at = s.index("6.1 million tonnes")
    assert not fits(s, at, at + len("6.1 million tonnes"), {2022}, money=False)
    r = reading(s, ("6.1 million", 6.0), ("4.2 million", 5.0))                   # a unit between span and year
    assert _quoted(s, choose("How much wheat was harvested in 2022?", s, r, slack=3.0)) == "4.2 million"
    t = "Sales reached $3bn in 2004, up from $2bn in 2003, and for 2005 the firm expects $4bn."
    r = reading(t, ("$2bn", 4.0), ("$4bn", 3.8), ("$3bn", 3.5))
    assert _quoted(t, choose("What were sales in 2004?", t, r, slack=3.0)) == "$3bn"     # "What were sales …?"
    assert _quoted(t, choose("Who made the sales in 2004?", t, r, slack=3.0)) == "$3bn"   # a person asked for: no
    # year rule, but "2004" stands beside "$3bn" (``neighbours``)
    assert _quoted(t, choose("What were the causes in 2004?", t, r, slack=3.0)) == "$3bn"   # of no kind: the
    # reader's best is a figure, so it is a figure asked for
    assert _quoted(t, choose("How much were sales in 2004?", t, r, slack=3.0)) == "$3bn"
    assert _quoted(t, choose("How much were sales in 2003?", t, r, slack=3.0)) == "$2bn"
    # a year in a question that does not ask for a figure is a qualifier, or the answer
    assert asked_years("When did the player who won the World Cup in 2022 make his debut?") == set()
    # a year before the span counts only in its own phrase ("Founded in 2019, the firm sold …" does not)
    v = "Founded in 2019, the firm sold 3 million phones last year and employs 400 people."
    at = v.index("3 million")
    assert not other_year(v, at, at + len("3 million phones"), {2023})


def test_a_sum_of_money_is_the_span_with_its_currency_and_else_none():
    s = "Redundancy terms for the 90 staff are 17% better than the statutory minimum of £400 a week."
    assert holds_money(s, s.index("400"), s.index("400") + 3)                  # "£" just before
    assert not holds_money(s, s.index("17%"), s.index("17%") + 3)
    assert not holds_money(s, s.index("better"), s.index(" of £400"))          # "£400" follows, but not its sum
    t = "The fee was 12 million pounds, paid in three parts; entry is free."
    assert holds_money(t, t.index("12"), t.index("12") + 2) and holds_money(t, t.index("free"), t.index("free") + 4)
    r = reading(s, ("17%", 6.0), ("better than the statutory minimum", 5.5), ("£400 a week", 5.2))
    assert _quoted(s, choose("How much severance pay will the staff get?", s, r, slack=1.0)) == "£400 a week"
    r = reading(s, ("17%", 6.0), ("£400 a week", 2.0))
    assert _quoted(s, choose("How much severance pay will the staff get?", s, r, slack=1.0)) == "17%"   # too far down
    assert not fits(s, s.index("17%"), s.index("17%") + 3, set(), money=True)     # and not answered from


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("At what speed was the ferry sailing when it struck the pier?",
     "The ferry was sailing at 14 knots, or 26 km/h, when it struck the pier.", "26", "26 km/h"),
    ("How far is the lighthouse from the harbour?", "The lighthouse stands half a mile from the harbour.",
     "half", "half a mile"),
    ("How long was the striker banned for?", "The striker was banned for three matches and fined.", "three",
     "three"),                                                          # no unit after it: as it is
    ("For how long will the bridge be closed?", "The bridge will be closed for about six weeks.", "about six",
     "about six weeks"),
    ("How many days did the strike last?", "The strike lasted four days.", "four", "four"),   # a count: bare
    ("How long did the strike last?", "The strike lasted four days in May.", "four days in May", "four days in May"),
])
def test_a_measure_is_quoted_with_its_unit(question, sentence, span, quoted):
    assert _quoted(sentence, choose(question, sentence, reading(sentence, (span, 1.0)), 3.0)) == quoted


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How much did the new stand cost?", "It took three years and cost around £40m to build, the club said.",
     "three years and cost around £40m", "around £40m"),
    ("How much did tourists spend in the city last year?", "Tourists spent $2.1bn (£1.1bn) in the city last year.",
     "$2.1bn (£1.1bn)", "$2.1bn"),                               # the same sum in another currency: left out
    ("What price did the gallery pay for the painting?", "The gallery paid 300,000 euros a year for the loan.",
     "paid 300,000 euros a year", "300,000 euros a year"),
    ("How much is a share worth to the fund?", "The fund values a share between $12 and $15 a share.",
     "between $12 and $15 a share", "between $12 and $15 a share"),     # two sums: a range, as it is
    ("How much did the council spend?", "The council spent $5m.", "$5m", "$5m"),
])
def test_a_sum_asked_for_is_quoted_without_the_words_around_it(question, sentence, span, quoted):
    assert _quoted(sentence, choose(question, sentence, reading(sentence, (span, 1.0)), 3.0)) == quoted


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How many volunteers joined the clean-up?", "More than 1,200 volunteers joined the clean-up on Sunday.",
     "1,200", "More than 1,200"),
    ("How much did the council spend on the pier?", "The council spent about £3m on the pier.", "£3m", "about £3m"),
    ("What percentage of voters backed the plan?", "Just over 40% of voters backed the plan.", "40%", "Just over 40%"),
    ("How many ferries run each day?", "A handsome 12 ferries run each day.", "12", "12"),      # "some" inside a word
    ("How many ferries ran over the ten days?", "Ferries ran over the ten days of the festival.", "ten", "ten"),
    ("Who led the clean-up?", "About 200 people followed Mara Lind.", "Mara Lind", "Mara Lind"),  # no figure asked for
])
def test_a_figure_keeps_the_words_that_say_how_exact_it_is(question, sentence, span, quoted):
    assert _quoted(sentence, choose(question, sentence, reading(sentence, (span, 1.0)), 3.0)) == quoted


def test_a_figure_for_a_period_of_a_year_belongs_to_that_year():
    s = "Harbourline reported a profit of £84m for the third quarter of 2024, up from £61m in the same quarter of 2023."
    r = reading(s, ("£84m", 6.0), ("£61m", 5.0))
    assert _quoted(s, choose("What was Harbourline's profit in 2023?", s, r, slack=3.0)) == "£61m"
    assert _quoted(s, choose("What was Harbourline's profit in 2024?", s, r, slack=3.0)) == "£84m"
    t = "Sales were $4bn in the year to March 2024."
    at = t.index("$4bn")
    assert other_year(t, at, at + 4, {2023}) and not other_year(t, at, at + 4, {2024})


@pytest.mark.parametrize("question, quoted", [
    ("How many councillors voted against the budget?", "9"),
    ("How many voted for the budget?", "23"),
    ("How many councillors voted in favour?", "23"),
    ("How many votes did the budget win?", "23"),                 # neither side named: as the reader read it
    ("How many voted for and against?", "23"),                    # both
])
def test_a_vote_tally_is_read_for_the_side_asked_about(question, quoted):
    s = "The budget was approved by 23 votes to 9 after a four-hour meeting."
    r = reading(s, ("23", 2.0))
    assert _quoted(s, choose(question, s, r, slack=3.0)) == quoted
    r = reading(s, ("23 votes to 9", 2.0))
    assert _quoted(s, choose("How many voted against?", s, r, slack=3.0)) == "9"
    score = "Northbrook won the vote on points, 3 to 1, in the cup."       # the question is not about a vote
    assert _quoted(score, choose("How many goals against?", score, reading(score, ("3", 1.0)), 3.0)) == "3"


def test_a_figure_given_for_last_year_or_a_year_earlier_in_a_dated_article_is_that_years():
    s = "Pre-tax profit for the six months to June fell to £41.2m, from £59.7m a year earlier."
    r = reading(s, ("£41.2m", 6.7), ("£41.2m, from £59.7m", 4.2), ("£59.7m", 2.1))      # far below the best
    q2023, q2024 = "What was the pre-tax profit in the first half of 2023?", "What was the pre-tax profit in 2024?"
    assert _quoted(s, choose(q2023, s, r, slack=3.0, dated=2024)) == "£59.7m"
    assert _quoted(s, choose(q2024, s, r, slack=3.0, dated=2024)) == "£41.2m"
    assert _quoted(s, choose(q2023, s, r, slack=3.0)) == "£41.2m"          # an undated article: no year to count from
    at = s.index("£59.7m")
    assert span_years(s, at, at + 6, dated=2024) == {2023} and span_years(s, at, at + 6) == set()
    assert not fits(s, at, at + 6, {2024}, money=True, dated=2024)
    two = s.index("£41.2m, from £59.7m")
    assert not for_year(s, two, two + len("£41.2m, from £59.7m"), {2023}, dated=2024)   # two figures
    # "a year earlier" counts from the one year the sentence names; "last year" from the article's date
    t = "In 2022 sales rose to $5bn from $4bn a year earlier, and last year to $6bn."
    assert span_years(t, t.index("$4bn"), t.index("$4bn") + 4, dated=2024) == {2021}
    assert span_years(t, t.index("$6bn") - 12, t.index("$6bn") + 4, dated=2024) == set()
    u = "The firm sold 3 million phones last year."
    assert span_years(u, u.index("3 million"), u.index("3 million") + 9, dated=2024) == {2023}


def test_the_figure_for_the_year_asked_is_cut_from_a_longer_span_the_reader_offers():
    s = "The company made a pre-tax profit of £41.2m in 2022, down from £59.7m a year earlier."
    r = reading(s, ("£41.2m", 11.0), ("£41.2m in 2022, down from £59.7m", 7.0))      # never "£59.7m" alone
    q = "What was Calderwick's pre-tax profit in {}?"
    assert _quoted(s, choose(q.format(2021), s, r, slack=3.0, dated=2023)) == "£59.7m"
    assert _quoted(s, choose(q.format(2022), s, r, slack=3.0, dated=2023)) == "£41.2m"
    t = "Output was 4.2 million tonnes in 2022 and 3.9 million tonnes a year earlier."
    r = reading(t, ("4.2 million tonnes", 9.0), ("4.2 million tonnes in 2022 and 3.9 million tonnes", 5.0))
    assert _quoted(t, choose("How much was produced in 2021?", t, r, slack=3.0, dated=2023)) == "3.9 million tonnes"
    v = "In 2023 the ferry needed a subsidy of £1.9m to keep running, up from £1.1m in 2019."
    r = reading(v, ("£1.9m to keep running, up from £1.1m", 9.0), ("£1.9m", 8.0))     # the best holds two
    assert _quoted(v, choose("How much was the ferry subsidy in 2019?", v, r, slack=3.0)) == "£1.1m"
    assert _quoted(v, choose("How much was the ferry subsidy in 2023?", v, r, slack=3.0)) == "£1.9m"
    w = "The panel projected that sea levels would rise by 0.5–1.4 m from 1990 to 2100."
    r = reading(w, ("0.5–1.4 m", 9.0))                                            # a range is one figure
    assert _quoted(w, choose("How much will sea levels rise from 1990 to 2100?", w, r, slack=3.0)) == "0.5–1.4 m"
    u = "It made £5m in 2021 and £6m in 2021 on another count, against £7m in 2022."
    r = reading(u, ("£7m", 9.0), ("£5m in 2021 and £6m in 2021", 5.0))               # two for the year: neither
    assert _quoted(u, choose("What was its profit in 2021?", u, r, slack=3.0)) == "£7m"


def test_a_year_inside_the_span_is_no_tie_to_prefer():
    s = "Storms in January 2024 flooded 340 homes and closed the terminal."
    r = reading(s, ("340", 6.0), ("2024 flooded 340", 2.0))
    assert _quoted(s, choose("How many homes were flooded in January 2024?", s, r, slack=3.0, dated=2024)) == "340"


def test_a_longer_span_reaching_the_year_asked_does_not_replace_the_figure_it_holds():
    s = 'About 2,300 "harbour pilots" have given up their licences since 2003, the guild said.'
    r = reading(s, ("2,300", 6.0), ('2,300 "harbour pilots" have given up their licences', 2.0))
    assert _quoted(s, choose("How many harbour pilots gave up their licences since 2003?", s, r, slack=3.0)) == \
        "About 2,300"


def test_a_count_is_quoted_before_an_age_or_a_year_the_reader_ranks_higher():
    s = "The 34-year-old pilot brought in 12 ships during 2005 alone."
    r = reading(s, ("34", 6.0), ("2005", 5.8), ("12", 5.5))
    assert _quoted(s, choose("How many ships did the pilot bring in?", s, r, slack=1.0)) == "12"
    assert _quoted(s, choose("How old is the pilot?", s, r, slack=1.0)) == "34"      # an age asked: as it is
    t = "The port caf&#233; said 40 ships were late."
    r = reading(t, ("233", 6.0), ("40", 5.5))
    assert _quoted(t, choose("What was late?", t, r, slack=1.0)) == "40"     # never into "&#233;"
    r = reading(t, ("233", 6.0))
    assert _quoted(t, choose("What was late?", t, r, slack=1.0)) == "caf&#233;"     # else the whole word


def test_who_won_is_not_answered_with_the_one_beaten():
    s = "Ingrid Solberg has been elected mayor of Brennmoor, beating the sitting mayor, Harold Pendergast, by 612 votes."
    r = reading(s, ("Harold Pendergast", 9.0), ("Ingrid Solberg", 5.0))
    assert _quoted(s, choose("Who won the election?", s, r, slack=3.0)) == "Ingrid Solberg"
    assert _quoted(s, choose("Who did Ingrid Solberg beat?", s, r, slack=3.0)) == "Harold Pendergast"
    p = "The sitting mayor, Harold Pendergast, was ousted by Ingrid Solberg by 612 votes."    # passive: "by" the winner
    r = reading(p, ("Ingrid Solberg", 9.0), ("Harold Pendergast", 5.0))
    assert _quoted(p, choose("Who won the election?", p, r, slack=3.0)) == "Ingrid Solberg"
    t = "Leeds beat Hull 2-1 on Saturday."
    r = reading(t, ("Hull", 9.0), ("Leeds", 4.0))
    assert _quoted(t, choose("Which team won on Saturday?", t, r, slack=3.0)) == "Leeds"


def test_a_span_joining_two_figures_quotes_the_first_but_a_range_stays_whole():
    s = "Police seized cocaine with an estimated street value of £1.3m and £86,000 in cash."
    r = reading(s, ("£1.3m and £86,000", 9.0))
    assert _quoted(s, choose("How much cocaine was seized?", s, r, slack=3.0)) == "£1.3m"
    c = "Tickets cost £25, and £10 for children; the port handled 4,100, a record."
    r = reading(c, ("£25, and £10", 9.0))
    assert _quoted(c, choose("How much did tickets cost?", c, r, slack=3.0)) == "£25"
    r = reading(c, ("4,100", 9.0))
    assert _quoted(c, choose("How many ships did the port handle?", c, r, slack=3.0)) == "4,100"
    t = "Yields range between 200,000 and 300,000 tonnes a year."
    r = reading(t, ("200,000 and 300,000", 9.0))
    assert _quoted(t, choose("How many tonnes are produced a year?", t, r, slack=3.0)) == "200,000 and 300,000"


@pytest.mark.parametrize("sentence, span, says", [
    ("North Korean leader Kim Ode met the envoy.", "North Korean leader", True),
    ("Kim Ode, the city's mayor, met the envoy.", "the city's mayor", True),
    ("Her skipper this morning is Kim Ode, who has worked the ferry for years.", "skipper", True),
    ("Kim Ode, 71, a retired teacher, met the envoy.", "a retired teacher", True),     # past the age
    ("Kim Ode, 71, a retired teacher, met the envoy.", "71", False),                   # an age says not who
    ("Kim Ode's father, Pat, worked the crossing.", "Pat", False),                     # another person
])
def test_a_span_saying_who_the_person_asked_about_is(sentence, span, says):
    from qa.read.span_choice import describes

    at = sentence.index(span)
    assert describes(sentence, at, at + len(span), "Who is Kim Ode?") is says


def test_who_replaced_someone_is_never_the_one_replaced():
    from qa.read.span_choice import replaced_asked

    s = "Orrick was replaced by Beatriz Quental, the former Lisbon coach, who signed a two-year contract."
    r = reading(s, ("Orrick", 9.0), ("Beatriz Quental", 5.0))
    assert _quoted(s, choose("Who replaced Orrick?", s, r, slack=5.0)) == "Beatriz Quental"
    assert replaced_asked("Who replaced Orrick?", s, 0, 6)                       # the span is the one replaced
    at = s.index("Beatriz Quental")
    assert replaced_asked("Who replaced Beatriz Quental?", s, at, at + 15)       # she is the successor here
    assert not replaced_asked("Who replaced Orrick?", s, at, at + 15)
    t = "Rovers appointed Mirela Santangelo as head coach, replacing interim manager Niall Brody."
    r = reading(t, ("Niall Brody", 9.0), ("Mirela Santangelo", 5.0))
    assert _quoted(t, choose("Who replaced Niall Brody?", t, r, slack=5.0)) == "Mirela Santangelo"


def test_an_age_is_not_a_sets_score_and_a_sentence_giving_one_quotes_it():
    s = "Ilse Marchetti beat Yana Koval 6-4, 3-6, 7-5 to win the final on Saturday."
    at = s.index("3-6, 7-5")
    assert not gives_figure("age", s, at, at + len("3-6, 7-5"))
    assert gives_figure("age", "Players are aged 18–22.", 17, 22)          # an age range stays an age
    t = "The 19-year-old Ukrainian, who beat 3 seeds, reached her first final."
    r = reading(t, ("3 seeds", 9.0))
    assert _quoted(t, choose("How old is Yana Koval?", t, r, slack=3.0)) == "19"


def test_a_quoted_span_leaves_out_markdown_emphasis_and_a_live_blogs_time_stamp():
    s = "**12:15** Welcome to our live coverage of Storm Ingrid, the ninth named storm of the season."
    r = reading(s, ("12:15** Welcome to our live coverage of Storm Ingrid, the ninth", 9.0))
    assert _quoted(s, choose("How many storms have been named?", s, r, slack=3.0)).startswith("Welcome to our")
    t = "At the awards **Harbourlight** won best drama."
    r = reading(t, ("**Harbourlight**", 9.0))
    assert _quoted(t, choose("Which film won best drama?", t, r, slack=3.0)) == "Harbourlight"


def test_a_measure_is_not_quoted_with_an_age_inside_it():
    s = "Rosalind Fairweather, 46, spent a decade campaigning for safe cycling routes."
    r = reading(s, ("46", 9.8), ("46, spent a decade", 9.7), ("decade", 6.3), ("a decade", 5.4))
    assert _quoted(s, choose("How long has Fairweather campaigned?", s, r, slack=3.0)) == "decade"
    t = "Desmond Aulakh, 58, was jailed for seven years."
    r = reading(t, ("58", 9.0), ("seven years", 7.0))
    assert _quoted(t, choose("How long was Aulakh jailed for?", t, r, slack=3.0)) == "seven years"


def test_a_figure_asked_for_in_a_year_by_a_question_of_no_kind_is_that_years():
    s = "The median wait for a hip replacement was 41 weeks in 2024, compared with 33 weeks a year earlier."
    r = reading(s, ("41 weeks", 6.9), ("41 weeks in 2024, compared with 33 weeks", 0.6))
    q = "What was the median wait for a hip replacement in {}?"
    assert _quoted(s, choose(q.format(2023), s, r, slack=3.0, dated=2025)) == "33 weeks"
    assert _quoted(s, choose(q.format(2024), s, r, slack=3.0, dated=2025)) == "41 weeks"
    t = "Harbourlight, a comedy, won in 2021 and lost in 2022."
    r = reading(t, ("Harbourlight", 5.0))                      # no figure: no year to hold it to
    assert _quoted(t, choose("What film won the award in 2022?", t, r, slack=3.0)) == "Harbourlight"


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How much were exports to the European Union?", "Exports to the European Union fell 2.1% to €3.3bn.",
     "2.1%", "€3.3bn"),
    ("What were the region's exports last year?", "The region's exports rose 7.4% last year to a record $9.8bn.",
     "7.4%", "$9.8bn"),
    ("How many passengers used the airport?", "Passenger numbers rose 10% to 3.2 million.", "10%", "3.2 million"),
    ("What is the unemployment rate?", "Unemployment fell 0.2 percentage points to 4.1 per cent.", "0.2",
     "4.1 per cent"),
    ("By how much did exports fall?", "Exports to the European Union fell 2.1% to €3.3bn.", "2.1%", "2.1%"),
    ("What was the rise in exports?", "Exports rose 2.1% to €3.3bn.", "2.1%", "2.1%"),     # the change asked
    ("How much did the firm pay?", "It paid 2.1% more, up to €3.3bn.", "2.1%", "2.1%"),      # no change verb before
])
def test_an_amount_is_the_level_a_change_came_to_unless_the_change_is_asked(question, sentence, span, quoted):
    assert _quoted(sentence, choose(question, sentence, reading(sentence, (span, 1.0)), 3.0)) == quoted


def test_a_title_describes_no_one_and_a_role_before_a_comma_and_title_does():
    from qa.read.span_choice import describes

    s = "The council's ecologist, Dr Sunniva Berg, had warned that the site was rich in wildlife."
    q = "Who is Sunniva Berg?"
    assert not describes(s, s.index("Dr"), s.index("Dr") + 2, q)
    assert describes(s, 0, len("The council's ecologist"), q)


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("By how many votes did Raman win?", "Raman has won the Ashby seat by nine votes after a recount, with 1,482.",
     "1,482", "nine"),
    ("By how many votes did the members accept the deal?", "Members backed the deal by 812 votes to 194, on a turnout "
     "of 89%.", "812", "812 votes to 194"),                      # a tally: both sides
    ("How many voted against the deal?", "Members backed the deal by 812 votes to 194, on a turnout of 89%.",
     "812 votes to 194,", "194"),                                # no comma after the side
    ("How much will a Band D bill be?", "The rise will add £94.50 a year to the bill for a typical home, taking it "
     "to £1,988.40.", "£94.50", "£1,988.40"),
    ("How many shops does the chain have?", "It opened four new shops in the quarter, taking its total to 61.",
     "four new shops in the quarter, taking its total to 61", "61"),          # the total there is now
    ("How many shops did the chain open?", "It opened four new shops in the quarter, taking its total to 61.",
     "four", "four"),
])
def test_a_margin_a_tally_and_a_level_are_quoted_as_asked(question, sentence, span, quoted):
    assert _quoted(sentence, choose(question, sentence, reading(sentence, (span, 1.0)), 3.0)) == quoted


def test_the_figure_for_a_year_named_after_the_last_election_is_quoted_without_its_comparison():
    s = "Turnout was 38.6%, up from 31.2% at the last election in 2018."
    r = reading(s, ("38.6%", 6.0), ("up from 31.2%", 4.0))
    q = "What was the turnout in Ashby Marsh in {}?"
    assert _quoted(s, choose(q.format(2018), s, r, slack=3.0)) == "31.2%"
    assert _quoted(s, choose("How much was the turnout at the last election?", s, reading(s, ("up from 31.2%", 6.0)),
                             3.0)) == "31.2%"
    assert _quoted(s, choose("How much was the turnout?", s, reading(s, ("up from 31.2%", 6.0)), 3.0)) == "38.6%"


def test_a_sum_asked_for_in_a_currency_is_the_one_in_it():
    s = "Kestrel Rovers signed the winger for a club-record £18.5m (€21.8m), which could rise to £22m."
    r = reading(s, ("£18.5m", 7.9), ("£18.5m (€21.8m)", 6.9), ("€21.8m", 5.2))
    assert _quoted(s, choose("What was the winger's fee in euros?", s, r, slack=3.0)) == "€21.8m"
    assert _quoted(s, choose("How much was the winger's fee?", s, r, slack=3.0)) == "£18.5m"
    assert _quoted(s, choose("What was the fee in pounds?", s, r, slack=3.0)) == "£18.5m"
    r = reading(s, ("£18.5m", 7.9), ("€21.8m", 2.0))       # not offered near the best: the one sum in euros
    assert _quoted(s, choose("What was the winger's fee in euros?", s, r, slack=3.0)) == "€21.8m"
    s = "The fee was £18.5m (€21.8m), and could rise to €26m."
    r = reading(s, ("£18.5m", 7.9), ("€21.8m", 2.0))                  # two sums in euros: left as it is
    assert _quoted(s, choose("What was the winger's fee in euros?", s, r, slack=3.0)) == "£18.5m"


def test_a_count_is_of_the_thing_asked_about():
    from qa.read.asked import counted

    assert counted("How many objections were there to the homes?") == "objections"
    assert counted("How many knife offences were recorded in Fenholt?") == "offences"
    assert counted("How many of the homes are affordable?") == counted("How many died in the fire?") == ""
    assert counted("How many people were hurt?") == ""          # what most counts count, said many ways
    assert counted("How many vehicles cross the bridge each day?") == "vehicles"     # not the verb "cross"
    assert counted("How many times did the ferry firm break rest-hour rules?") == ""      # how often: "on 37 occasions"
    assert counted("How many patients use Lumora's app?") == "patients"              # nor a possessive
    assert counted("How many bus drivers went on strike?") == "drivers"              # "bus" is no plural
    s = "Plans for 140 homes at Ashby Fields were approved, despite 312 objections from residents."
    r = reading(s, ("140", 4.2), ("312", 0.5))                  # far below the best: still the one counting them
    assert _quoted(s, choose("How many objections were there to the Ashby Fields homes?", s, r, slack=3.0)) == "312"
    assert _quoted(s, choose("How many homes were approved at Ashby Fields?", s, r, slack=3.0)) == "140"
    s = "Harwick, which employs 23,400 people, plans to open 18 new hotels in 2025."
    r = reading(s, ("23,400", 10.4), ("23,400 people, plans to open 18 new hotels", 5.2))
    assert _quoted(s, choose("How many new hotels will Harwick open?", s, r, slack=3.0)) == "18"   # cut from a span
    assert _quoted(s, choose("How many staff does Harwick employ?", s, r, slack=3.0)) == "23,400"  # none counts them


def test_a_count_is_left_as_it_is_when_it_counts_nothing_else():
    s = "Fenmoor police recorded 41,870 crimes last year, compared with 43,160 the year before."
    r = reading(s, ("43,160", 8.0), ("41,870", 4.0))
    assert _quoted(s, choose("How many crimes were recorded the year before?", s, r, slack=3.0)) == "43,160"
    s = "Nine of its 14 consultant posts are vacant."
    r = reading(s, ("Nine", 8.0), ("14", 6.0))
    assert _quoted(s, choose("How many consultant posts are vacant?", s, r, slack=3.0)) == "Nine"


def test_the_figure_quoted_is_the_one_for_the_time_the_question_names():
    s = "The judges read 164 novels this year, up from 141 last year."
    r = reading(s, ("164", 6.0))                                # the reader offers only this year's
    assert _quoted(s, choose("How many novels did the judges read last year?", s, r, slack=3.0)) == "141"
    assert _quoted(s, choose("How many novels did the judges read?", s, r, slack=3.0)) == "164"
    s = "Turnout was 34.2%, up from 29.8% at the last mayoral election in 2022."
    r = reading(s, ("34.2%", 6.0))
    assert _quoted(s, choose("What was turnout at the 2022 mayoral election?", s, r, slack=3.0)) == "29.8%"


@pytest.mark.parametrize("span, name", [
    ("Substitute Bence Varga", "Bence Varga"),
    ("Actor Tom Hanks", "Tom Hanks"),
    ("Judge Margaret Aldous", "Judge Margaret Aldous"),        # a title stays
    ("Striker Kane", "Striker Kane"),                          # one word after: it may be the name
])
def test_a_persons_name_is_quoted_without_the_word_saying_what_they_are(span, name):
    from qa.read.span_choice import without_descriptor

    sentence = f"{span} scored in the 89th minute."
    assert sentence[slice(*without_descriptor(sentence, 0, len(span)))] == name


def test_a_figure_a_question_says_whose_it_is_is_that_sources():
    s = "Police estimated the crowd at about 8,000, while organisers said 25,000 people had taken part."
    r = reading(s, ("25,000", 9.0))
    assert _quoted(s, choose("How many people did police say attended?", s, r, slack=3.0)) == "about 8,000"
    assert _quoted(s, choose("How many people did organisers say attended?", s, r, slack=3.0)) == "25,000"
    assert _quoted(s, choose("How many people attended?", s, r, slack=3.0)) == "25,000"


@pytest.mark.parametrize("question, quoted", [
    ("What share of the vote did Terence Hollin get?", "33.1%"),
    ("What share did Labour's candidate get?", "33.1%"),
    ("What share did the Greens get?", "9%"),
    ("What share did Pell get?", "38.4%"),                  # the winner's own figure stays
    ("What share did the winner get in Harwick?", "38.4%"),  # a place asked about binds no figure
])
def test_a_figure_bound_to_the_name_asked_is_quoted(question, quoted):
    s = "In Harwick on 40%, Pell took 38.4%, ahead of Labour's Terence Hollin on 33.1% and the Greens with 9%."
    r = reading(s, ("38.4%", 6.0), ("33.1%", 2.0))
    assert _quoted(s, choose(question, s, r, slack=3.0)) == quoted


def test_a_time_of_day_is_no_answer_to_a_question_not_about_time():
    s = "The river peaked at 4.6 metres above normal at the Ferry Street gauge at 12.40am on Thursday."
    r = reading(s, ("12.40am", 6.0), ("4.6 metres", 2.0))
    assert _quoted(s, choose("How high did the river reach at the Ferry Street gauge?", s, r, slack=3.0)) == "4.6 metres"
    assert _quoted(s, choose("At what time did the river peak?", s, r, slack=3.0)) == "12.40am"


def test_a_measure_keeps_its_smaller_unit_and_a_sum_its_currency():
    s = "Dunmore was jailed for six years and four months, and VM 700,000 is still missing."
    r = reading(s, ("six years", 6.0))
    assert _quoted(s, choose("How long was Dunmore jailed for?", s, r, slack=3.0)) == "six years and four months"
    r = reading(s, ("700,000", 6.0))
    assert _quoted(s, choose("How much of the money is still missing?", s, r, slack=3.0)) == "VM 700,000"


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How much will the recall cost Brightwell?",
     "Brightwell puts the cost of the recall at between KR 4 million and KR 6 million.", "KR 6 million",
     "between KR 4 million and KR 6 million"),
    ("How long might the striker be out?", "The striker could be out for four to six weeks, the club said.",
     "six weeks", "four to six weeks"),
    ("How many people came?", "Between 200 and 300 people came to the meeting.", "300", "Between 200 and 300"),
])
def test_one_end_of_a_range_is_quoted_with_the_other(question, sentence, span, quoted):
    assert _quoted(sentence, choose(question, sentence, reading(sentence, (span, 5.0)), slack=3.0)) == quoted


def test_a_wire_datelines_place_and_agency_answer_only_where_or_when():
    s = "TOLBY, 8 June (Wirepress) - A fire destroyed most of the Nordhav Seafoods fish plant on Monday."
    r = reading(s, ("TOLBY, 8 June (Wirepress)", 6.0), ("Nordhav Seafoods", 4.0))
    assert _quoted(s, choose("Which company's fish plant burned down?", s, r, slack=3.0)) == "Nordhav Seafoods"
    r = reading(s, ("TOLBY", 6.0), ("Monday", 4.0))
    assert _quoted(s, choose("Where did the fire happen?", s, r, slack=3.0)) == "TOLBY"


def test_a_person_is_not_the_place_they_live_in():
    s = "Tomas Reinholt, 58, of Pellsby, was convicted last month of fraud."
    r = reading(s, ("Pellsby", 6.0), ("Tomas Reinholt", 5.0))
    assert _quoted(s, choose("Who was convicted of fraud?", s, r, slack=3.0)) == "Tomas Reinholt"
    t = "The prize went to Ana Lima from Tolby."
    r = reading(t, ("Ana Lima", 6.0), ("Tolby", 5.0))
    assert _quoted(t, choose("Who won the prize?", t, r, slack=3.0)) == "Ana Lima"


@pytest.mark.parametrize("sentence, span, whole", [
    ("Three of the city's 17 libraries - Eastholm, Kettle Row and Marsh End - will close.", "Kettle Row and Marsh",
     "Eastholm, Kettle Row and Marsh End"),                     # the whole list, its last name whole
    ("Residents of Mill Row, Tanner's Yard and Riverside Meadows were evacuated.",
     "Tanner's Yard and Riverside Meadows", "Mill Row, Tanner's Yard and Riverside Meadows"),
    ("In Veskaro, Anna Lind and Jo Park spoke.", "Anna Lind and Jo Park", "Anna Lind and Jo Park"),   # where, first
    ("Ana Lima, 45, Jo Park and Kim Ode spoke.", "Jo Park and Kim Ode", "Jo Park and Kim Ode"),    # no list before
    ("Eastholm, Kettle Row and Marsh End will close.", "Marsh End", "Marsh End"),                 # one name asked
    ("According to Reuters, Ana Lima and Jo Park met the minister.", "Ana Lima and Jo Park",
     "Ana Lima and Jo Park"),                                   # a phrase before them, no list
    ("LONDON, Ana and Jo met on Monday.", "Ana and Jo", "Ana and Jo"),                          # a dateline
    ("In the UK, Eastholm and Kettle Row were hit hardest.", "Eastholm and Kettle Row", "Eastholm and Kettle Row"),
    ("It sells meals under the Bremmer, Hollin Dairy and Kestrel Kitchen brands.", "Hollin Dairy and Kestrel Kitchen",
     "Bremmer, Hollin Dairy and Kestrel Kitchen"),
    ("Reuters, AP, AFP and DPA reported it.", "AFP and DPA", "Reuters, AP, AFP and DPA"),      # two names before
])
def test_a_span_quoting_a_lists_last_names_grows_to_the_whole_list(sentence, span, whole):
    from qa.read.span_choice import whole_list

    a = sentence.index(span)
    start, end = whole_list(sentence, a, a + len(span))
    assert sentence[start:end] == whole


@pytest.mark.parametrize("sentence, span, whole", [
    ("Write to readers@harbourpost.example or by post.", "harbourpost", "readers@harbourpost.example"),
    ("Letters should be sent to letters@post.kv and include an address.", "letters@post", "letters@post.kv"),
    ("Details are at www.harbour.example/fares.", "harbour", "www.harbour.example/fares"),
    ("Fares rise to £3.20 in May.", "3.20", "3.20"),
])
def test_a_span_cutting_an_address_grows_to_the_whole_address(sentence, span, whole):
    from qa.read.span_choice import whole_address

    a = sentence.index(span)
    start, end = whole_address(sentence, a, a + len(span))
    assert sentence[start:end] == whole


def test_one_word_of_a_name_is_grown_to_the_name_for_any_question_of_which_thing():
    s = "Her biggest test came in 2021, when the tanker Morning Sable caught fire at berth 6."
    r = choose("Which tanker caught fire at the port in 2021?", s, reading(s, ("Sable", 9.0)), slack=3.0)
    assert s[r.start:r.end] == "Morning Sable"
    s = "In 2021 the tanker Sable caught fire at berth 6."
    r = choose("Which tanker caught fire at the port in 2021?", s, reading(s, ("Sable", 9.0)), slack=3.0)
    assert s[r.start:r.end] == "Sable"                          # a name of one word stays as it is
    s = "Sony's Qrio became the first robot to run."
    r = choose("Which robot became the first to run?", s, reading(s, ("Qrio", 9.0)), slack=3.0)
    assert s[r.start:r.end] == "Qrio"                           # not its owner's name with it


@pytest.mark.parametrize("question, sentence, span, place", [
    ("Where are the North Korean troops fighting?",
     "Officials said the troops are fighting Ukrainians in the Kursk region of Russia.",
     "Ukrainians in the Kursk region of Russia", "the Kursk region of Russia"),
    ("Where did the band play?", "The band played two encores at the Grand Hall in Osterholm.",
     "two encores at the Grand Hall in Osterholm", "the Grand Hall in Osterholm"),
    ("Where is the museum?", "The museum stands on the Grand Hall in Osterholm.",    # not after the question's verb
     "the Grand Hall in Osterholm", "the Grand Hall in Osterholm"),
])
def test_a_place_asked_for_leaves_out_what_the_questions_verb_acts_on(question, sentence, span, place):
    start = sentence.index(span)
    a, b = the_place(question, sentence, start, start + len(span))
    assert sentence[a:b] == place


def test_a_work_asked_for_is_the_title_the_sentence_quotes_not_its_owner():
    from qa.read.span_choice import the_work

    s = 'Hedda Vos\'s debut feature "The Salt Orchard" has won the Golden Lantern.'
    at = (0, len("Hedda Vos"))
    assert s[slice(*the_work("Which film won the Golden Lantern?", s, *at))] == "The Salt Orchard"
    assert the_work("Who directed the film that won?", s, *at) == at               # a person asked
    t = 'Hedda Vos, whose film "The Salt Orchard" won, thanked "Ola" and "Per".'
    assert the_work("Which film won?", t, 0, len("Hedda Vos")) == (0, len("Hedda Vos"))   # no owner's "'s"
    b = 'Barbie\'s $1.4bn haul dwarfed "Oppenheimer" at the box office.'
    assert the_work("Which film topped the box office?", b, 0, 6) == (0, 6)              # no work of Barbie's
    q = 'Hedda Vos\'s producer said: "We are thrilled beyond words."'
    assert the_work("Which film won?", q, 0, len("Hedda Vos")) == (0, len("Hedda Vos"))   # words, no title


@pytest.mark.parametrize("question, sentence, span, sought", [
    ("How long was Jonas Varnholt jailed for?", "The prosecutor, Henrik Dahl, had sought five years.", "five years",
     True),
    ("What sentence did Lukas Ferm get?", "He faces up to ten years in prison.", "ten years", True),
    ("How long was Jonas Varnholt jailed for?", "Varnholt was jailed for three years and six months.",
     "three years and six months", False),
    ("How long has she worked there?", "She had sought five years of funding.", "five years", False),   # no term asked
    ("What sentence did Garrick Stowe receive?", "Mr Stowe, 61, will be sentenced next month.", "61", True),   # age
    ("How long was Per Lund jailed for?", "Per Lund was jailed for the maximum term of 14 years.", "14 years",
     False),                                                                # the maximum, given
    ("How long was Per Lund jailed for?", "The offence carries a maximum of 14 years.", "14 years", True),
    ("What sentence did Garrick Stowe receive?", "Ruth Callowen, 58, had been accused of taking 85,000 sevra.",
     "accused of taking 85,000 sevra", True),                               # says no sentence at all
    ("What sentence did Lukas Ferm get?", "Ferm was given an 18-month suspended sentence.",
     "an 18-month suspended sentence", False),
])
def test_a_term_only_sought_is_no_term_given(question, sentence, span, sought):
    from qa.read.span_choice import term_only_sought

    at = sentence.index(span)
    assert term_only_sought(question, sentence, at, at + len(span)) is sought


@pytest.mark.parametrize("question, name, qualified", [
    ("Which Civic Union mayor of Kessaly lost?", "Henryk Dorsz", True),         # "the Civic Union incumbent …"
    ("Which Civic Union mayor of Kessaly lost?", "Amira Castellan", False),
    ("Which Green Alliance candidate won?", "Amira Castellan", True),           # "… of the Green Alliance"
    ("Who lost?", "Henryk Dorsz", False),                                       # no body asked
    ("Which Civic Union mayor lost?", "Green Alliance was elected mayor on Sunday, unseating the Civic Union "
     "incumbent Henryk Dorsz", False),                                           # no name alone
])
def test_a_person_asked_as_a_bodys_is_the_name_the_sentence_gives_as_theirs(question, name, qualified):
    from qa.read.span_choice import _qualified

    sentence = ("Amira Castellan of the Green Alliance was elected mayor on Sunday, unseating the Civic Union "
                "incumbent Henryk Dorsz.")
    at = sentence.index(name)
    assert _qualified(question, sentence, at, at + len(name)) is qualified
    boss = "Middlesbrough boss Steve McClaren hopes that Stewart Downing is fit."
    for name in ("Steve McClaren", "McClaren"):                                   # given another role
        at = boss.index(name)
        assert not _qualified("Which Middlesbrough winger was hurt?", boss, at, at + len(name))
    chief = "Refugee Council Chief Executive Maeve Sherlock called the plans dangerous."
    for name in ("Maeve Sherlock", "Sherlock"):                                   # the role asked, in capitals
        at = chief.index(name)
        assert _qualified("Which Refugee Council chief executive called them dangerous?", chief, at, at + len(name))
