"""Figures in a sentence: the years one is tied to, whether it counts or dates what is asked, ages."""

from __future__ import annotations

import re

import pytest

from qa.read.figures import (
    casualties_asked,
    figure_of_name,
    fits,
    gives_figure,
    holds_money,
    says_casualties,
    span_years,
    the_level,
    whole_range,
)


def test_a_year_with_its_month_before_the_span_ties_it():
    s = "She was re-elected in May 2023 with 54% of the vote."
    at = s.index("54%")
    assert span_years(s, at, at + 3) == {2023}
    assert not fits(s, at, at + 3, {2019}, money=False) and fits(s, at, at + 3, {2023}, money=False)
    s = "The last renovation, in 2012, cost 96 million hollins."       # a year set apart by commas before it
    assert span_years(s, s.index("96"), s.index("96") + 10) == {2012}
    s = "Founded in 2019, the firm sold 3 million phones."              # a clause before it: not its year
    assert span_years(s, s.index("3 million"), s.index("3 million") + 9) == set()


@pytest.mark.parametrize("sentence, figure, year", [
    ("He said his first task would be to hire 600 more nurses by the end of 2026.", "600", 2026),   # a target's
    ("Sales reached 4,100 in early 2025.", "4,100", 2025),
    ("The plant will employ 300 people from the middle of 2027.", "300", None),    # "from": no year of the figure
])
def test_a_part_of_a_year_after_a_figure_ties_it_to_that_year(sentence, figure, year):
    at = sentence.index(figure)
    assert span_years(sentence, at, at + len(figure), dated=2025) == ({year} if year else set())


def test_a_change_before_the_time_it_is_compared_with_is_tied_to_no_year():
    s = "Car sales slipped 3% from 2024, the industry body said."
    assert span_years(s, s.index("3%"), s.index("3%") + 2) == set()     # (the sales of 2025, against 2024's)


@pytest.mark.parametrize("years, other", [({2025}, True), ({2026}, False), ({2028}, False)])
def test_a_figure_holding_from_a_year_on_is_for_no_year_before_it(years, other):
    from qa.read.figures import other_year

    s = "Fares will rise by an average of 4.9% from 1 January 2026, the operator said."
    at = s.index("4.9%")
    assert other_year(s, at, at + 4, years, dated=2025) is other


@pytest.mark.parametrize("kind, sentence, span, gives", [
    ("count", "The 34-year-old pilot brought in 12 ships.", "34", False),             # an age
    ("count", "The 34-year-old pilot brought in 12 ships.", "12", True),
    ("count", "Okonkwo, 26, signed for Northwind in May.", "26", False),              # an age, after the name
    ("count", "Aged 26, she signed for Northwind.", "26", True),                      # nothing says it is hers
    ("count", "She signed when aged 26.", "26", False),
    ("count", "Northwind lost in the 2005 Harbour Cup.", "2005", False),              # a year
    ("count", "Northwind lost in 2005.", "2005", False),
    ("count", "Northwind lost twice in 2005 alone.", "2005", False),
    ("count", "The final drew 2000 fans.", "2000", True),                            # a count after all
    ("count", "Reyhill missed Saturday's Six Counties match.", "Six", False),         # a word of a name
    ("count", "Six pilots were hurt.", "Six", True),
    ("count", "The ferry is number two in the league.", "two", False),               # a rank
    ("count", "The pilots made a number of 14 trips.", "14", True),
    ("count", "Okonkwo is world number one.", "one", False),
    ("count", "Its pilots alone number 3,000.", "3,000", True),                     # "number" the verb
    ("count", "The port caf&#233; was read out.", "233", False),               # a character reference
    ("count", "The port caf&#233; was read out.", "#233", False),
    ("count", "The caf&#233; said 40 ships were late.", "caf&#233; said 40", True),
    ("count", "More than 50,000 visitors came.", "More than 50,000", True),
    ("count", "Only a few pilots stayed.", "a few", True),
    ("count", "The 34-year-old pilot needed two tries.", "34-year-old pilot needed two", False),   # about an age
    ("amount", "The low-budget film opened in Port Vance.", "low", False),
    ("amount", "The sea wall cost £7m.", "£7m", True),
    ("date", "Okonkwo, 26, proposed on the ferry.", "26", False),
    ("date", "The harbour reopens on 17 April.", "17 April", True),
    ("date", "The harbour reopens in 2006.", "2006", True),
    ("year", "The harbour was built in 732.", "732", True),                         # any year, written out
    ("year", "Okonkwo, 26, proposed on the ferry.", "26", False),                    # not an age
    ("year", "It joined the board in '07.", "'07", True),
    ("count", "Seven states, however, disagree.", "Seven", True),                    # a sentence's first word
    ("count", "The harbour has numerous berths.", "numerous", True),
    ("amount", "Entry to the museum is free.", "free", True),
    ("amount", "Sales rose by a third.", "a third", True),
    ("count", "It was their third straight defeat.", "third straight defeat", False),   # an ordinal
    ("count", "In 2019 the ferry company ordered two boats.", "In 2019 the ferry company ordered two boats", True),
    ("amount", "The new harbour gate cost £1800.", "£1800", True),                # a sum, no year
    ("amount", "Rain reached 1900mm.", "1900mm", True),
    ("count", "The 2000 fans sang.", "2000", True),
    ("count", "The attack (2005) killed 52 people.", "(2005) killed 52", True),           # the year skipped
    ("age", "Jones, born 1971, is 34.", "born 1971", False),
    ("count", "He won the title in 2004 and 2005.", "2005", False),
    ("count", "It closed in 1999-2000.", "2000", False),
    ("count", "It happened in the 1990s.", "1990s", False),
    ("date", "The harbour reopens Oct. 5.", "Oct. 5", True),
    ("date", "The harbour reopens on the 4th.", "the 4th", True),
    ("year", "The harbour closed 12 years ago.", "12", False),                    # a span of time
    ("year", "Turnout was 40%.", "40%", False),
    ("year", "It reopens on the 3rd.", "3rd", False),                              # a day, no year
    ("age", "The 34-year-old pilot retired.", "34", True),                          # an age asked: as it is
    ("age", "The pilot, born in 1971, retired.", "born in 1971", False),
    ("age", "The veteran pilot retired.", "veteran", False),
    ("age", "1. Nils Moen (DRV) 26h 41m 12s", "26h 41m 12s", False),           # a time, its units written on
    ("age", "2. Thomas Peeters (BEL) at 42s", "2. Thomas Peeters (BEL) at 42s", False),   # a list's number
    ("count", "2. Thomas Peeters (BEL) at 42s", "2.", False),
    ("count", "Reyhill scooped the £10,000 prize for Saltmarsh.", "£10,000", False),     # a sum, not a count
    ("count", "The prize is worth 12 million euros.", "12 million euros", False),
    ("count", "More than 5 million listeners voted.", "More than 5 million", True),   # "million" alone: a count
    ("amount", "Reyhill scooped the £10,000 prize for Saltmarsh.", "£10,000", True),
])
def test_a_span_gives_the_figure_asked_for_only_when_it_counts_or_dates(kind, sentence, span, gives):
    at = sentence.index(span)
    assert gives_figure(kind, sentence, at, at + len(span)) is gives


@pytest.mark.parametrize("question, another", [
    ("How old is Judge Harriet Coyle?", True),          # the age written is Lewis Dancey's
    ("How old was Harriet Coyle when she retired?", True),
    ("How old is Lewis Dancey?", False),
    ("How old is Dancey?", False),                      # a word of the name: the person, or family
    ("How old is the judge?", False),                   # not a name: the rule says nothing
    ("How old is he?", False),
])
def test_an_age_written_after_another_name_is_not_the_age_of_the_person_asked(question, another):
    from qa.read.figures import age_of_another

    s = "At the crown court, Judge Harriet Coyle sentenced Lewis Dancey, 41, a shotfirer, to nine years."
    at = s.index("41")
    assert age_of_another(question, s, at, at + 2) is another


def test_an_age_answers_neither_a_when_question_nor_how_old_someone_is_now_when_it_was_then():
    from qa.read.figures import age_for_measure, age_then, is_age

    s = "Thirty-six years later, Varga, now 55, is its chief executive."
    at = s.index("55")
    assert is_age(s, at, at + 2)
    assert age_for_measure("When did Varga become chief executive?", s, at, at + 2)
    assert not age_for_measure("How old is Varga?", s, at, at + 2)
    t = "Varga joined the works as a 19-year-old apprentice in 1987."
    at = t.index("19")
    assert age_then("How old is Varga?", t, at, at + 2) and not age_then("How old was Varga?", t, at, at + 2)
    assert not age_then("How old is Varga?", s, s.index("55"), s.index("55") + 2)
    for then in ("Varga was 14 when she cooked her first meal.", "Varga was 14 years old at the time."):
        at = then.index("14")
        assert age_then("How old is Varga?", then, at, at + 2), then      # an age when something happened
    now = "Varga, 36, when asked about the fire, said she had no regrets."
    assert not age_then("How old is Varga?", now, now.index("36"), now.index("36") + 2)


def test_a_figure_the_question_names_is_not_the_count_it_asks_for():
    s = "Northwind were beaten 19-13 by Port Vance in front of 8,200 fans."
    q = "How many fans watched Northwind's 19-13 defeat?"
    assert not gives_figure("count", s, s.index("19-13"), s.index(" in front"), q)
    assert gives_figure("count", s, s.index("8,200"), s.index(" fans."), q)
    assert gives_figure("count", s, s.index("19-13"), s.index(" by"))         # no question: as before
    t = "Okafor has scored 3 goals in his last 3 games."
    assert gives_figure("count", t, t.index("3 goals"), t.index(" in his"), "How many goals has he scored in 3 games?")


def test_a_share_counts_only_what_its_sentence_names():
    s = "Estmorra will cut its cod quota by 18 per cent this year, the ministry said."
    q = "How many fishing boats will be affected by the cod quota cut?"
    assert not gives_figure("count", s, s.index("18"), s.index(" this year"), q)      # no boats in it
    v = "Catholics form the largest group, with 26.7% of the Victorian population."
    assert gives_figure("count", v, v.index("26.7%"), v.index(" of the"), "How many Victorians are Catholic?")
    j = "The population was spread out with 23.9% under the age of 18."
    assert gives_figure("count", j, j.index("23.9%"), j.index(" under"), "How many of the residents are under 18?")
    n = "Cod landings fell by 18 per cent, and 412 boats stayed in port."
    assert gives_figure("count", n, n.index("412"), n.index(" stayed"), q)               # a count, not a share


def test_a_sum_in_a_currency_no_list_knows_counts_nothing():
    s = "The 2025 budget set state spending at 184.6 billion krell, the ministry said."
    q = "How many Assembly members voted for the 2025 budget?"
    assert not gives_figure("count", s, s.index("184.6"), s.index(", the"), q)
    t = "More than 5 million listeners voted."
    assert gives_figure("count", t, 0, t.index(" listeners"), "How many listeners voted?")
    p = "The budget paid for 120 paramedics."
    assert gives_figure("count", p, p.index("120"), len(p) - 1, "How many paramedics were hired?")   # what it counts
    r = "The rise will pay for 18 new electric trains."
    assert gives_figure("count", r, r.index("18"), r.index(" new"), "How many new electric trains were ordered?")


@pytest.mark.parametrize("sentence, span", [
    ("The levy is expected to raise SK180mn a year.", "SK180mn"),
    ("She announced an extra SK2.3bn for hospitals.", "SK2.3bn"),
    ("The prize is worth SK40,000 to the winner.", "SK40,000"),
    ("Revenue reached £4.5mn last year.", "£4.5mn"),
    ("The developer has promised a community fund worth M3m-M4m a year.", "M3m-M4m"),
])
def test_a_sum_glued_to_its_currencys_code_or_in_mn_is_an_amount(sentence, span):
    at = sentence.index(span)
    assert gives_figure("amount", sentence, at, at + len(span), "How much …?")
    assert holds_money(sentence, at, at + len(span))


def test_a_flights_or_a_models_number_is_no_sum():
    s = "Flight MH370 and the A320 were named in the report, as was the M25."
    assert not gives_figure("amount", s, s.index("MH370"), s.index(" and"), "How much …?")
    assert not gives_figure("amount", s, s.index("A320"), s.index(" were"), "How much …?")
    assert not gives_figure("amount", s, s.index("M25"), len(s) - 1, "How much …?")
    p = "PM2.5 levels reached 80 micrograms, and version V2.1 of the app fixed it."
    for kind in ("amount", "count"):
        assert not gives_figure(kind, p, 0, p.index(" levels"), "How much …?")
        assert not gives_figure(kind, p, p.index("V2.1"), p.index(" of the"), "How many …?")


def test_one_end_of_a_range_is_no_figure_of_its_own():
    from qa.read.figures import in_range

    s = "10.5% were from 18 to 24, and 7-9 of them, 12 in all."
    for span, ranged in [("24", True), ("18", True), ("7", True), ("9", True), ("12", False), ("10.5%", False)]:
        at = s.index(span)
        assert in_range(s, at, at + len(span)) is ranged, span


def test_a_share_or_a_piece_of_one_is_told_from_a_count():
    from qa.read.figures import is_share

    s = "| Amrit Dhaliwal | Labour | 803 | 16.5% | 4.9 per cent | 26.7% |"
    for span, share in [("16.5%", True), ("803", False), ("4.9", True), ("26", True), ("Labour | 803", False)]:
        at = s.index(span)
        assert is_share(s, at, at + len(span)) is share, span


@pytest.mark.parametrize("sentence, span, alone", [
    ("Turnout was 31.4%, up from 27.9% at the last full election in 2021.", "27.9% at the last full election",
     "27.9%"),
    ("The board gave about £5m for the library.", "about £5m for the library", "about £5m"),
    ("It sold 1,300 in the first quarter.", "1,300 in the first quarter", "1,300"),
    ("Veltrax will pay €38.50 a share in cash.", "€38.50 a share", "€38.50 a share"),      # a price per share
    ("Five in 10 voters stayed home.", "Five in 10", "Five in 10"),                       # not a figure's place
    ("The ferry took 26 minutes in fog.", "26 minutes in fog", "26 minutes"),             # with its unit
    ("It will cut the quota by 18 per cent this year, the ministry said on Wednesday.",
     "18 per cent this year, the ministry said", "18 per cent"),                          # nor the clause after it
    ("Prices rose 4%, 3% and 2%.", "4%, 3% and 2%", "4%, 3% and 2%"),                    # a list of figures
])
def test_a_figure_is_quoted_without_where_or_when_it_was(sentence, span, alone):
    from qa.read.figures import figure_alone

    assert _cut(figure_alone, sentence, span) == alone


def _cut(cut, sentence: str, span: str) -> str:
    """What ``cut`` (sentence, start, end) → (start, end) makes of ``span`` in ``sentence``."""
    at = sentence.index(span)
    a, b = cut(sentence, at, at + len(span))
    return sentence[a:b]


@pytest.mark.parametrize("sentence, span, cell", [
    ("| Siobhán Kerrigan | Liberal Democrats | 1,874 | 38.6% |", "1,874 | 38.6%", "1,874"),
    ("| Siobhán Kerrigan | Liberal Democrats | 1,874 | 38.6% |", "Siobhán Kerrigan | Liberal", "Siobhán Kerrigan"),
    ("| Siobhán Kerrigan | Liberal Democrats | 1,874 | 38.6% |", "| 1,874", "1,874"),
    ("Kerrigan polled 1,874 | a record.", "1,874 | a record", "1,874 | a record"),          # no table row
])
def test_a_span_of_a_tables_row_is_one_cell(sentence, span, cell):
    from qa.read.figures import one_cell

    assert _cut(one_cell, sentence, span) == cell


@pytest.mark.parametrize("measure, sentence, other", [
    ("profit", "It reported revenue of £118 million.", True),              # takings, not profit
    ("profit", "The £42 million plant opens in May.", True),               # says neither
    ("profit", "Profit rose to £5m on sales of £118m.", False),
    ("profit", "The firm made £5m last year.", False),
    ("sales", "Pre-tax profit was £5m.", True),
    ("cost", "Revenue was £5m.", False),                                   # no takings or profit asked
])
def test_takings_are_no_answer_about_profit_nor_profit_about_takings(measure, sentence, other):
    from qa.read.figures import another_measure

    assert another_measure(measure, sentence) is other


def test_a_change_from_one_figure_to_another_gives_the_level_it_came_to():
    s = "In Fenholt recorded knife offences went up from 96 to 131, while in Ashmere they fell from 189 to 166."
    for span, level in (("96 to 131", "131"), ("from 96 to 131", "131"), ("189 to 166", "166")):
        at = s.index(span)
        start, end = the_level("How many knife offences were recorded?", s, at, at + len(span))
        assert s[start:end] == level
    at = s.index("96 to 131")
    assert the_level("By how much did knife offences rise?", s, at, at + 9) == (at, at + 9)    # the change asked
    start, end = the_level("How many knife offences were there the previous year?", s, at, at + 9)
    assert s[start:end] == "96"                                                            # where it started
    s = "Between 3,000 to 5,000 people were evacuated."                                    # a range, no change
    at = s.index("3,000")
    assert the_level("How many people were evacuated?", s, at, at + 14) == (at, at + 14)


def test_a_changes_level_keeps_its_unit_whole_and_never_a_piece_of_a_word():
    s = "Members went up from 96 to 131 members last year, and the levy rose from 5 to 10 per cent."
    at = s.index("96 to 131")
    start, end = the_level("How many members were there?", s, at, at + 9)
    assert s[start:end] == "131"
    at = s.index("5 to 10")
    start, end = the_level("What was the levy?", s, at, at + len("5 to 10 per cent"))
    assert s[start:end] == "10 per cent"


def test_a_multiplier_alone_counts_nothing():
    from qa.read.figures import counting

    s = "The firm employs 40 staff and has 2.5 million subscribers, a record."
    at = s.index("2.5")
    start, end = counting(s, at, len(s) - 1, "subscribers")
    assert s[start:end] == "2.5 million"


@pytest.mark.parametrize("question, sentence, other", [
    ("What was Marchbank's operating profit?", "It made a pre-tax profit of £58 million last year.", True),
    ("What was the pre-tax profit?", "It made a profit before tax of £58m.", False),     # the same kind
    ("What was the net loss?", "Its operating loss was £3m and its net loss £5m.", False),
    ("What was the profit?", "It made a pre-tax profit of £58m.", False),                 # no kind asked
    ("What was the operating profit?", "Profit rose to £5m.", False),                      # no kind said
])
def test_a_profit_of_another_kind_than_asked(question, sentence, other):
    from qa.read.figures import another_profit

    assert another_profit(question, sentence) is other


@pytest.mark.parametrize("question, sentence, span, level", [
    ("What is Pell's share in the May poll?", "Jonas Pell is second on 31%, down from 34%.", "34%", "31%"),
    ("What was Pell's share in the previous poll?", "Jonas Pell is second on 31%, down from 34%.", "31%", "34%"),
    ("What was the profit?", "Profit was £9.4m, up from £7.2m a year earlier.", "£7.2m", "£9.4m"),
    ("What was the profit before?", "Profit was £9.4m, up from £7.2m a year earlier.", "£9.4m", "£7.2m"),
    ("How many settlers were there?", "The French colonies had roughly 60,000 settlers, compared with 2 million "
     "in the British colonies.", "2 million", "2 million"),       # another subject, not a change
    ("How much will spending be?", "Spending will rise to 612 billion merks next year, up from 589 billion merks.",
     "589 billion", "612 billion"),                                 # the whole figure, not "2 billion"
])
def test_a_level_given_with_the_one_it_changed_from(question, sentence, span, level):
    from qa.read.figures import the_level

    at = sentence.index(span)
    a, b = the_level(question, sentence, at, at + len(span))
    assert sentence[a:b].startswith(level)


@pytest.mark.parametrize("sentence, figure", [
    ("Mara Lind won with 61%, with Jonas Vik on 29%.", "29%"),
    ("Mara Lind won with 61%, Jonas Vik (29%) second.", "29%"),
    ("Lind's 12,400 votes beat Vik's 9,310.", "9,310"),
    ("Lind took 12,400 votes; Vik, who polled 9,310, conceded.", "9,310"),
])
def test_the_figure_a_sentence_binds_to_the_name_asked(sentence, figure):
    first = re.search(r"\d[\d,]*%?", sentence).span()
    got = figure_of_name("How many did Jonas Vik get?", sentence, *first)
    assert got is not None and sentence[got[0]:got[1]] == figure


@pytest.mark.parametrize("question, sentence, span, figure", [
    ("How many votes did Tomas Berg get?", "Mara Lind won with 41.2% of the vote, or 18,450 votes, ahead of "
     "Tomas Berg on 35.7% (15,980 votes).", "18,450", "15,980"),      # the count beside the share bound to him
    ("What share did Tomas Berg get?", "Mara Lind polled 18,450 votes (41.2%), Tomas Berg 15,980 votes (35.7%) "
     "and Vik's 2,100 votes (4.7%).", "41.2%", None),                  # no binding of his: nothing moves
    ("What share did Vik get?", "Mara Lind took 18,450 votes (41.2%), and Vik's 2,100 votes (4.7%).", "41.2%",
     "4.7%"),                                                          # the share beside the count bound to him
])
def test_a_result_given_as_a_share_and_a_count_is_bound_in_the_kind_asked(question, sentence, span, figure):
    at = sentence.index(span)
    got = figure_of_name(question, sentence, at, at + len(span))
    assert (sentence[got[0]:got[1]] if got else None) == figure


def test_no_figure_is_bound_when_the_name_has_none_or_the_span_is_it():
    s = "Mara Lind won with 61%, with Jonas Vik on 29%."
    assert figure_of_name("How many did Vik get?", s, s.index("29%"), s.index("29%") + 3) is None
    assert figure_of_name("How many did Ola Berg get?", s, s.index("61%"), s.index("61%") + 3) is None
    s2 = "In Lind, Ola Berg took 61%, with Jonas Vik on 29%."         # a place asked about binds no figure
    assert figure_of_name("What share did the winner get in Lind?", s2, s2.index("61%"), s2.index("61%") + 3) is None
    assert figure_of_name("How many votes did Vik get?", "Vik got 4,100 votes, 29%.", 17, 20) is None   # kinds differ
    for question, sentence, span in [       # the span's figure is no one else's: nothing to rebind
            ("How many jobs did Hollin cut?", "Mayor Hollin on 3 June announced 4,000 job cuts.", "4,000"),
            ("How many votes did Hollin get?", "Pell won 12,400 votes, the most since Hollin's 2019 defeat.", "12,400"),
            ("How many stores does Tesco have?", "Tesco has 2,900 stores and Tesco's 300,000 staff.", "2,900"),
            ("How much did Vik pay for the house?", "Vik took 3 years to save the £400,000 he paid.", "£400,000")]:
        i = sentence.index(span)
        assert figure_of_name(question, sentence, i, i + len(span)) is None, question
    s = "Kelder's 209-acre campus is centred on Kelder Yard, about 3 miles (5 km) from the town hall."
    assert figure_of_name("How far from the town hall is Kelder Yard?", s, s.index("5 km"), s.index("5 km") + 4) is None


@pytest.mark.parametrize("sentence, span, quoted", [
    ("The board spent VM 9.6 million on agency staff.", "9.6 million", "VM 9.6 million"),   # a code the lists lack
    ("Varga was paid 600 marks for the session.", "600", "600 marks"),
    ("It will cost 20 million euros.", "20 million", "20 million euros"),
    ("Fuel is up 12p a litre.", "12", "12p"),
    ("It cost £20m.", "£20m", "£20m"),                                    # has its currency
    ("Sales were 12 million units.", "12 million", "12 million"),         # no currency beside it
    ("More than 167 million handsets were sold.", "167 million", "167 million"),    # what was counted
])
def test_a_sum_is_quoted_with_its_currency(sentence, span, quoted):
    from qa.read.figures import with_currency

    i = sentence.index(span)
    a, b = with_currency(sentence, i, i + len(span))
    assert sentence[a:b] == quoted


@pytest.mark.parametrize("sentence, span, money", [
    ("Her first signing is expected to be Samir Haddad, 24, for about 400,000 dolen.", "about 400,000 dolen", True),
    ('"Drivers lose 180 dolen for every day on strike," she said.', "180 dolen", True),
    ("The grandstand costs **18 dolen** for adults.", "18 dolen", True),      # Markdown between verb and sum
    ("The herd grew to 40 alpacas this year.", "40 alpacas", False),          # a plural counts things
    ("He must also pay 250,000 merks in legal costs.", "250,000", True),     # one no English word is: a sum
    ("Admission is free for children and 150 merks for adults.", "150", True),
    ("The trees lost 300 branches.", "300", False),
    ("The prize comes with 25,000 merks and a trophy.", "25,000", True),     # told of money before it
    ("The farm will generate 400 megawatts.", "400", False),                 # a plural no word of money is near
    ("The turbine makes 12 kwh a day.", "12 kwh", False),                     # a unit, rare as it is
    ("The walk takes 40 minutes.", "40 minutes", False),
])
def test_a_figure_before_a_currency_no_list_knows_is_a_sum(sentence, span, money):
    from qa.read.figures import holds_money

    at = sentence.index(span)
    assert holds_money(sentence, at, at + len(span)) is money


def test_a_code_in_capitals_before_a_figure_makes_a_sum():
    from qa.read.figures import holds_money

    s = "Her pension was worth VM 410,000, and she was fined 300 for speeding."
    assert holds_money(s, s.index("410,000"), s.index("410,000") + 7)
    assert not holds_money(s, s.index("300"), s.index("300") + 3)
    c = "FK Varn beat Ekdal United 3-2 in the cup final."
    assert not holds_money(c, c.index("Varn"), c.index(" in the"))       # a club's initials before a name


@pytest.mark.parametrize("sentence, currency, quoted", [
    ("It signed him for VM 9.5 million, about 8.2 million euros, on Thursday.", "", "VM 9.5 million"),
    ("It signed him for VM 9.5 million, about 8.2 million euros, on Thursday.", "euros", "about 8.2 million euros"),
    ("The deal is worth $4.2bn (£2.3bn) in total.", "pounds", "£2.3bn"),
    ("Shares were priced between $12 and $15 a share.", "", "between $12 and $15"),     # two sums: a range
])
def test_a_sum_given_in_two_currencies_is_the_first_or_the_one_asked(sentence, currency, quoted):
    from qa.read.figures import the_sum

    start = re.search(r"between|VM|\$", sentence).start()
    end = max(sentence.rfind("euros") + 5, sentence.rfind(")") + 1, sentence.rfind("$15") + 3)
    a, b = the_sum(sentence, start, end, currency)
    assert sentence[a:b] == quoted


@pytest.mark.parametrize("sentence, span, quoted", [
    ("She was jailed for six years and four months.", "six years", "six years and four months"),
    ("He is 5 feet 11 inches tall.", "5 feet", "5 feet 11 inches"),
    ("The speech lasted two hours and a half.", "two hours", "two hours and a half"),
    ("It took six years and cost £4m.", "six years", "six years"),
    ("He was jailed for six years and his wife for two years.", "six years", "six years"),
    ("She was jailed for six years and four months after a trial.", "six years", "six years and four months"),
    ("He served two years and 3 days later he was freed.", "two years", "two years"),
])
def test_a_measure_is_quoted_with_the_smaller_unit_joined_to_it(sentence, span, quoted):
    from qa.read.figures import whole_measure

    i = sentence.index(span)
    a, b = whole_measure(sentence, i, i + len(span))
    assert sentence[a:b] == quoted


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("By how much did recorded crime fall in 2025?",
     "Police recorded 412,600 crimes in 2025, a fall of 3.2% on the previous year.", "412,600", "3.2%"),
    ("How much did house prices rise?", "The average home costs £498,000, up 2.1% on a year ago.", "£498,000", "2.1%"),
    ("By how much did knife crime rise?",                   # two changes: which is whose is not told here
     "Knife crime rose by 12% to 2,595, while fraud increased by 14% to 68,900.", "2,595", "2,595"),
    ("How much did prices rise in Greyfirth?",              # the change in the clause naming the place asked
     "Prices in Ostrand rose by just 2.1%, while Greyfirth saw the biggest increase, 8.3%.", "8.3%", "8.3%"),
    ("How much did prices rise in Ostrand?",
     "Prices in Ostrand rose by just 2.1%, while Greyfirth saw the biggest increase, 8.3%.", "8.3%", "2.1%"),
    ("By how much did recorded crime fall?",                # another subject's change, in another clause
     "Recorded crime fell to 412,600, while fraud rose by 14%.", "412,600", "412,600"),
    ("By how much did recorded crime fall?",                # "set up 40" is no change
     "Recorded crime fell to 412,600 after police set up 40 new patrols.", "412,600", "412,600"),
    ("By how much did unemployment fall?", "Unemployment fell by 0.3 percentage points to 4.1%.", "4.1%",
     "0.3 percentage points"),
    ("By how much did the population grow?", "The population grew by 1.2 million to 68 million.", "68 million",
     "1.2 million"),
    ("How many crimes were recorded?",                      # no change asked
     "Police recorded 412,600 crimes in 2025, a fall of 3.2% on the previous year.", "412,600", "412,600"),
])
def test_a_change_asked_for_is_the_change_the_sentence_gives(question, sentence, span, quoted):
    from qa.read.figures import the_change

    i = sentence.index(span)
    a, b = the_change(question, sentence, i, i + len(span))
    assert sentence[a:b] == quoted


def test_a_sum_ends_on_its_last_digit():
    from qa.read.figures import the_sum

    s = "Homes in Ostrand, where the average costs VM 498,000, rose by 2.1%."
    a, b = the_sum(s, s.index("VM"), s.index(" rose"))
    assert s[a:b] == "VM 498,000"


@pytest.mark.parametrize("sentence, span, quoted", [
    ("The firm puts the cost of the recall at between KR 4 million and KR 6 million.", "KR 6 million",
     "between KR 4 million and KR 6 million"),
    ("The firm puts the cost of the recall at between KR 4 million and KR 6 million.", "KR 4 million",
     "between KR 4 million and KR 6 million"),
    ("The striker could be out for four to six weeks.", "six weeks", "four to six weeks"),
    ("Between 200 and 300 people came to the meeting.", "300", "Between 200 and 300"),
    ("It has between 40 and 50 staff.", "40", "between 40 and 50"),
    ("Sales rose from 4 to 6 million.", "6 million", "6 million"),              # a change, not a range
    ("Children between the ages of six and 11 were asked.", "six and 11", "six and 11"),
    ("It cost £4.5m to build.", "£4.5m", "£4.5m"),
    ("The carmaker cut its loss in 2024 to $200m.", "$200m", "$200m"),          # a year, and a sum after "to"
    ("Sales grew 4 to 6 million units.", "6 million units", "6 million units"),
])
def test_one_end_of_a_range_is_quoted_with_the_other(sentence, span, quoted):
    start = sentence.index(span)
    a, b = whole_range(sentence, start, start + len(span))
    assert sentence[a:b] == quoted


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How much is the fare now?", "The fare rose from KR 9 to KR 16, a rise of 78%.", "78%", "KR 16"),
    ("How much is the adult fare?", "It is now KR 23, an increase of 64%.", "64%", "KR 23"),
    ("By how much did the fare rise?", "It is now KR 23, an increase of 64%.", "64%", "64%"),     # the change asked
])
def test_a_change_named_after_the_level_gives_the_level_unless_the_change_is_asked(question, sentence, span, quoted):
    start = sentence.index(span)
    a, b = the_level(question, sentence, start, start + len(span))
    assert sentence[a:b] == quoted


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How many jobs will be lost?", "The firm will employ 800 people, a cut of 150.", "150", "150"),   # the difference
    ("How many extra officers will there be?", "The force will have 3,000 officers, an increase of 200.", "200",
     "200"),
])
def test_a_difference_asked_is_the_change_not_the_level(question, sentence, span, quoted):
    start = sentence.index(span)
    a, b = the_level(question, sentence, start, start + len(span))
    assert sentence[a:b] == quoted


@pytest.mark.parametrize("sentence, span", [("Councillors voted 7 to 2 against the plan.", "2"),
                                            ("Rovers won 3 to 1 at home.", "1")])
def test_a_tally_or_a_score_is_no_range(sentence, span):
    start = sentence.index(span, sentence.index("to"))
    assert whole_range(sentence, start, start + len(span)) == (start, start + len(span))


def test_a_level_after_a_change_over_a_period_and_in_a_currencys_code():
    from qa.read.figures import the_level

    s = "The average price of a home rose 5.1% in the year to the end of March, to CVL 312,400, the registry said."
    a = s.index("5.1%")
    assert s[slice(*the_level("What is the average price of a home?", s, a, a + 4))] == "CVL 312,400"
    assert s[slice(*the_level("By how much did prices rise?", s, a, a + 4))] == "5.1%"


def test_a_sum_in_any_currency_counts_nothing_but_answers_how_many_of_that_currency():
    s = "The mayor announced a grant of 750 thalers for each household, and 40 forints a head."
    for span in ("750", "40"):
        at = s.index(span)
        assert not gives_figure("count", s, at, at + len(span), "How many households have applied for the grant?")
    at = s.index("750")
    assert gives_figure("count", s, at, at + 3, "How many thalers will each household get?")
    t = "By noon one euro bought 7.412 thalers."
    assert gives_figure("count", t, t.index("7.412"), t.index("."), "How many thalers did one euro buy?")


def test_one_that_is_a_pronoun_is_no_age():
    s = '"We got a worse one," said Mayor Tomas Weller.'
    assert not gives_figure("age", s, 0, len(s), "How old is Tomas Weller?")
    t = "Her son, a one-year-old, was unhurt."
    assert gives_figure("age", t, t.index("one-"), t.index(", was"), "How old is her son?")


@pytest.mark.parametrize("span, says_no_cause", [
    ("at her home in Otsby", True), ("her home in Otsby", True), ("in hospital", True), ("aged 88", True),
    ("88", True), ("on 3 March", True),
    ("cancer", False), ("a heart attack", False), ("in a car crash", False), ("after a short illness", False),
    ("in her home in Otsby", True), ("at sea", True), ("at Halden General", True), ("in a care home on Friday", True),
    ("a hospital infection in Halden", False), ("home-made poison", False), ("at depth after running out of air", False),
    ("peacefully", True), ("peacefully on 1 February", True), ("in her sleep", True), ("suddenly of a stroke", False),
])
def test_where_when_or_at_what_age_someone_died_is_not_what_they_died_of(span, says_no_cause):
    from qa.read.figures import no_cause

    s = f"She died {span}, her family said."
    at = s.index(span)
    assert no_cause(s, at, at + len(span)) is says_no_cause
    t = "He has died at his home in Amberlow, aged 84."
    assert no_cause(t, t.index("Amberlow"), t.index(", aged"))           # the town alone, after "in"
    b = "A man died in Storm Babet."
    assert not no_cause(b, b.index("Storm"), b.index("."))                # a named storm is a cause
    f = "He died of Lassa Fever in Amberlow."
    assert not no_cause(f, f.index("Lassa"), f.index(" in Amb"))          # a name after "of" may be the cause


def test_a_figure_tied_to_another_month_is_not_the_one_asked_for():
    from qa.read.figures import other_month

    s = "Inflation rose to 5.1% in September from 4.9% in August."
    for span, other in [("5.1%", False), ("4.9%", True)]:
        at = s.index(span)
        assert other_month(s, at, at + len(span), {"september"}) is other, span
    t = "In August 34% approved of her, a poll found."
    at = t.index("34%")
    assert other_month(t, at, at + 3, {"september"}) and not other_month(t, at, at + 3, {"august"})
    u = "Her approval rating is 34 per cent, and she may stand again."
    assert not other_month(u, u.index("34"), u.index(", and"), {"september"})      # no month: nothing ties it
    v = "The jobless rate has stood at 5.6% since March."
    assert not other_month(v, v.index("5.6%"), v.index(" since"), {"october"})     # a level that still holds


@pytest.mark.parametrize("question, level", [
    ("What did a berth cost before the rise?", "KSM 1,600"),
    ("What was the previous price of a berth?", "KSM 1,600"),
    ("How much will a berth cost?", "KSM 1,744"),
    ("By how much did the berth fee rise?", "KSM 1,744"),          # the change asked: the span as it is
])
def test_the_level_before_a_change_is_the_figure_it_came_from(question, level):
    from qa.read.figures import the_level

    s = "A berth for a 10-metre boat will cost KSM 1,744 a year, up from KSM 1,600."
    at = s.index("KSM 1,744")
    a, b = the_level(question, s, at, at + len("KSM 1,744"))
    assert s[a:b] == level


@pytest.mark.parametrize("sentence, span, age", [
    ("We have never had so much work in our 131-year history.", "131", False),     # no one's age
    ("Aki Rantala had led it for 16 years.", "16", False),                          # a span of time
    ("She was 16 years old when she left.", "16", True),
    ("The 34-year-old pilot retired.", "34", True),
    ("He died aged 88.", "88", True),
])
def test_a_span_of_time_or_a_figure_over_120_is_no_persons_age(sentence, span, age):
    at = sentence.index(span)
    assert gives_figure("age", sentence, at, at + len(span), "How old is Margit Voss?") is age
    assert gives_figure("age", sentence, at, at + len(span), "How old is the company?")     # its own history


@pytest.mark.parametrize("question", ["What is Ida Varnefeldt's salary as chief conductor?",
                                      "How much did Dorit Amsel take from the residents?",
                                      "How much did the thieves steal?"])
def test_a_salary_or_a_sum_taken_is_money_asked(question):
    from qa.read.asked import money_asked

    assert money_asked(question) and not money_asked("How much did it take to build?")
    assert money_asked("What was his salary as chief executive?") and not money_asked("What did the war cost in lives?")


def test_a_weight_in_pounds_is_counted_in_pounds_not_money():
    s = "The Marit landed 2,400 pounds of cod, worth £4,000, on Tuesday."
    q = "How many pounds of cod did the Marit land?"
    assert not gives_figure("count", s, s.index("£4,000"), s.index("£4,000") + 6, q)
    assert gives_figure("count", s, s.index("2,400"), s.index("2,400") + 5, q)


@pytest.mark.parametrize("question", ["How much diesel was stolen from the Tollby bus depot?",
                                      "How much copper did thieves steal from the line?",
                                      "How much sand was taken from Rossby beach?",
                                      "What was the scheme's cost as a share of national output?"])
def test_goods_stolen_or_a_cost_as_a_share_are_no_sum_asked(question):
    from qa.read.asked import money_asked

    assert not money_asked(question)


def test_review_45_neighbours_of_the_new_figure_rules():
    from qa.read.figures import no_cause, other_month, the_level

    s = "The backlog stands at 60,000 Crown Court cases."
    assert gives_figure("count", s, s.index("60,000"), s.index(" Crown"), "How many cases are waiting?")
    for q, sentence, span, age in [("How old was Leo Ode?", "Leo Ode was 18 months.", "18", True),
                                   ("How old was Leo Ode?", "Leo Ode was just one year old.", "one", True),
                                   ("How old is Stonehenge?", "Stonehenge is 5,000 years old.", "5,000", True)]:
        at = sentence.index(span)
        assert gives_figure("age", sentence, at, at + len(span), q) is age, sentence
    for span, told in [("at the hands of his captors", False), ("Covid-19 in April 2020", False),
                       ("on Tuesday 3 March 2026", True), ("the house fire", False)]:
        assert no_cause(span, 0, len(span)) is told, span
    may = "Some 118 of May's MPs voted against her deal in January."
    assert not other_month(may, may.index("118"), may.index(" of"), {"january"})
    ons = "Unemployment was 4.2% in the three months to March."
    assert other_month(ons, ons.index("4.2%"), ons.index(" in"), {"june"})
    t = "Ticket prices rose by £5 to £45."
    assert the_level("How much did a ticket cost before the rise?", t, t.index("£5"), t.index(" to")) == \
        (t.index("£5"), t.index(" to"))                                      # not the level after it
    i = "The index fell by 300 points to 7,200."
    a, b = the_level("How many points did the index lose after the drop?", i, i.index("300"), i.index(" points"))
    assert i[a:b] == "300"


def test_a_body_named_like_a_person_keeps_its_age_in_years_and_a_count_is_no_age():
    s = "Arvik Yards, in its 86-year history, has never had a bigger order; it employs 1,900 people."
    assert gives_figure("age", s, s.index("86"), s.index("86") + 2, "How old is Arvik Yards?")
    assert not gives_figure("age", s, s.index("1,900"), s.index(" people"), "How old is Arvik Yards?")
    s = "Kelder Design Studio, in its 86-year history, has never had a bigger order."
    assert gives_figure("age", s, s.index("86"), s.index("86") + 2, "How old is Kelder Design Studio?")
    assert not gives_figure("age", s, s.index("86"), s.index("86") + 2, "How old is Kelder Designer?")   # a person's


def test_the_figure_a_level_went_from_answers_what_it_was_before():
    from qa.read.figures import the_level

    t = "The ministry raised the target from 8,000 to 12,000 new homes to be built in the county before 2030."
    at = t.index("12,000")
    for q in ("How many homes must be built in the county before 2030?", "What is the target before the summer?",
              "How many homes must be built before the deadline?", "How many homes must be built prior to 2030?"):
        assert t.__getitem__(slice(*the_level(q, t, at, at + 6))) == "12,000", q      # a deadline, not the past
    for q in ("What was the target before the change?", "What was the target previously?",
              "What was the target the year before?"):
        assert t.__getitem__(slice(*the_level(q, t, at, at + 6))) == "8,000", q

    s = "The grant rises from £7,500 to £9,000 in April."
    at = s.index("£9,000")
    assert s.__getitem__(slice(*the_level("How much was the grant before the change?", s, at, at + 6))) == "£7,500"
    assert s.__getitem__(slice(*the_level("How much is the grant?", s, at, at + 6))) == "£9,000"


def test_a_dates_day_counts_nothing_and_a_sentence_served_is_no_age():
    s = "From 1 January 2026, smoking will be banned on café terraces."
    assert not gives_figure("count", s, s.index("1 January"), s.index(","), "How many cafés have terraces?")
    t = "HARBOURSIDE, 2 May - The port handled a record 4.6 million tonnes of cargo."
    assert gives_figure("amount", t, 0, len(t), "How much cargo did the port handle?")     # the day passed over
    u = "Saarn was sentenced to three years and six months."
    assert not gives_figure("age", u, u.index("three"), u.index("."), "How old is Viktor Saarn?")
    v = "Viktor Saarn, 44, was sentenced to three years."
    assert gives_figure("age", v, v.index("44"), v.index("44") + 2, "How old is Viktor Saarn?")


def test_the_review_of_stop_46s_rules_their_neighbours():
    from qa.read.asked import cause_of_death_asked
    from qa.read.dimensions import of_another_kind
    from qa.read.figures import the_level
    from qa.read.roles import role_of_another

    s = "Single fares rose from £3.20 to £3.60 in March."
    at = s.index("£3.60")
    assert s[slice(*the_level("How much did a single fare cost before March?", s, at, at + 5))] == "£3.20"   # past
    assert cause_of_death_asked("What did the woman whose body was found in the Lisk die of?")
    assert cause_of_death_asked("What did the fisherman known as the Harbour Hermit die of?")
    t = "The heatwave peaked at 38.7C on Tuesday afternoon."
    assert not of_another_kind("When did the heatwave peak?", t, t.index("38.7C"), t.index("."))   # a time told too
    for owner in ("June Amsel's", "Will Amsel's"):                                                # given names
        assert role_of_another("Who is Viktor Amsel's lawyer?", f"{owner} lawyer, Tomas Kann, said so.")


@pytest.mark.parametrize("sentence, span, things", [
    ("The storm left about 3,100 homes without electricity.", "about 3,100", True),
    ("About 40 flights were cancelled.", "About 40", True),
    ("The storm killed 14 people.", "14", False),
    ("About 300 workers will lose their jobs.", "About 300", False),
    ("The firm will cut 300 jobs.", "300", False),                 # jobs stand for the people who lose them
    ("Three died in the crash.", "Three", False),                  # no noun after it
    ("The 12 passengers were rescued.", "12", False),
])
def test_how_many_people_is_no_count_of_things(sentence, span, things):
    from qa.read.figures import counts_things

    at = sentence.index(span)
    assert counts_things("How many people died?", sentence, at, at + len(span)) is things
    assert not counts_things("How many homes lost power?", sentence, at, at + len(span))     # not asked of people


@pytest.mark.parametrize("question, kind", [
    ("How many miners died?", "died"),
    ("How many people were killed in the crash?", "died"),
    ("What is the death toll?", "died"),
    ("How many were injured in the storm?", "were hurt"),
    ("How many miners were rescued?", ""),
    ("How many deaths does the report blame on the heat?", "died"),
    ("When did the miner die?", ""),
    ("How many more midwives has the board hired since the baby's death?", ""),     # a death it follows
    ("How many did the flood kill?", "died"),
])
def test_a_question_counting_the_dead_or_hurt(question, kind):
    assert casualties_asked(question) == kind


@pytest.mark.parametrize("kind, sentence, says", [
    ("died", "Rescuers have now brought 31 miners to the surface.", False),
    ("died", "At least 14 people were killed when the bridge collapsed.", True),
    ("died", "The death toll has risen to 9.", True),
    ("were hurt", "Four have been taken to hospital with minor injuries.", True),
    ("were hurt", "About 3,100 homes were left without electricity.", False),
])
def test_a_sentence_saying_anyone_died_or_was_hurt(kind, sentence, says):
    assert says_casualties(kind, sentence) is says


@pytest.mark.parametrize("sentence, none", [
    ("Two workers were killed and five injured in an explosion at the Helle quarry.", True),
    ("Investigators said the blast, which killed two, was caused by a gas leak.", False),
    ("The fire started in a kitchen after a fryer overheated.", False),
    ("A stray firework set the barn alight.", False),           # a cause in its own words
    ("The Skarne Star passed its last safety inspection in October.", False),     # nothing it did: kept
])
def test_a_sentence_telling_only_what_an_event_did_tells_no_cause(sentence, none):
    from qa.read.figures import tells_no_cause

    assert tells_no_cause(sentence) is none


@pytest.mark.parametrize("question, sentence, span, counts", [
    ("How many Catholics live in Victoria?", "26.7% of the people of the state of Victoria are Catholics.", "26.7%",
     True),
    ("How many new cars sold were electric?", "Electric cars made up 25% of new registrations.", "25%", True),
    ("How many fishing boats were affected?", "The quota was cut by 18 per cent.", "18 per cent", False),
    ("How many Victorians are Catholic?", "Catholics make up 26.7% of the Victorian population.", "26.7%", True),
    ("How many of the residents are under 18?", "Some 23.9% of residents are under 18.", "23.9%", True),
])
def test_a_share_counts_what_its_sentence_names(question, sentence, span, counts):
    from qa.read.figures import gives_figure

    at = sentence.index(span)
    assert gives_figure("count", sentence, at, at + len(span), question) is counts


@pytest.mark.parametrize("sentence, span, money", [
    ("Galvoria welcomed a record 12.6 million foreign visitors in 2025.", "12.6 million", False),   # it counts them
    ("It has 2.5 million subscribers.", "2.5 million", False),
    ("The plan will cost about 1.3 billion over ten years.", "about 1.3 billion", True),
    ("Skarvik Air made a pre-tax profit of 412 million merks.", "412 million", True),       # a currency no list knows
    ("It cost 4 million pounds.", "4 million", True),
    ("It received 3 million in grants.", "3 million", True),
    ("The state spent $2.1 billion rebuilding homes.", "2.1 billion", True),
    ("The charity raised 3m towards new ambulances.", "3m", True),
])
def test_a_figure_in_millions_counting_a_plural_is_no_sum(sentence, span, money):
    from qa.read.figures import holds_money

    at = sentence.index(span)
    assert holds_money(sentence, at, at + len(span)) is money


@pytest.mark.parametrize("sentence, span, noun, unnamed", [
    ("Line 7 runs for 11.4 kilometres with 19 stops.", "19", "trams", True),            # the stops, not trams
    ("Brightwake employs 46 people and plans to hire more.", "46", "drones", True),
    ("The line has 19 stops and 12 trams.", "19", "trams", False),                       # trams named: another rule's
    ("The motion passed with 27 votes for and 19 against.", "27", "councillors", False),  # people, counted as votes
    ("The union says about 31,000 of its 38,500 members are taking part.", "about 31,000 of its 38,500", "nurses",
     False),
    ("Police recorded 61,400 crimes in 2025.", "61,400", "crimes", False),                # what is asked
])
def test_a_count_of_something_a_sentence_never_names_counts_other_things(sentence, span, noun, unnamed):
    from qa.read.figures import counts_unnamed

    at = sentence.index(span)
    assert counts_unnamed(sentence, at, at + len(span), noun) is unnamed


@pytest.mark.parametrize("sentence, span, noun, another", [
    ("It has more than 50,000 new gadgets on show.", "more than 50,000", "exhibitors", True),   # words describing
    ("It ordered three new ship-to-shore cranes.", "three", "vessels", True),                   # what is counted
    ("About 85 permanent operations and maintenance jobs.", "85", "jobs", False),   # the phrase ends with jobs
    ("They hired 140 extra nurses.", "140", "nurses", False),
    ("Sales rose 15 per cent last year.", "15", "cars", False),          # a per cent counts nothing named
    ("It sold 3,000 last year.", "3,000", "cars", False),
])
def test_a_figure_counts_the_plural_after_it_or_after_words_describing_it(sentence, span, noun, another):
    from qa.read.figures import counts_another

    at = sentence.index(span)
    assert counts_another(sentence, at, at + len(span), noun) is another


def test_a_figure_described_as_the_question_describes_what_it_counts_counts_it():
    from qa.read.figures import counts_another

    sentence = "It forced the cancellation of 1,300 non-urgent procedures."
    at = sentence.index("1,300")
    assert counts_another(sentence, at, at + 5, "operations")
    assert not counts_another(sentence, at, at + 5, "operations", "How many non-urgent operations were cancelled?")


@pytest.mark.parametrize("sentence, figure, age", [
    ("Tomas Heywood is eighteen, he plays every week for Durnaby Town.", "eighteen", True),
    ("Lena Berg is 31.", "31", True),
    ("Turnout was 52, officials said.", "52", False),                # no one's name before it
    ("Lena Berg was 31 when she won.", "31", False),                  # the clause goes on
    ("The Eastern Quay has 12 berths.", "12", False),
])
def test_a_name_is_a_figure_closing_its_clause_is_an_age_and_counts_nothing(sentence, figure, age):
    from qa.read.figures import counts, is_age

    at = sentence.index(figure)
    assert is_age(sentence, at, at + len(figure)) is age
    assert counts(sentence, at, at + len(figure)) is not age


@pytest.mark.parametrize("sentence, span, money", [
    ("The company must also pay 600,000 marins towards a programme to catch fish.", "600,000 marins", True),
    ("Velcorra Energy paid 250,000 marins for a three-year naming deal.", "250,000", True),
    ("Nurses, whose starting salary is currently 31,200 marins a year, gain most.", "31,200 marins", True),
    ("Police paid 300 visits to the estate.", "300 visits", False),          # a plural English has
    ("The fee covers 300 visits a year.", "300 visits", False),
    ("It fined 40 officers last year.", "40 officers", False),
    ("The council paid 400 farmers compensation.", "400 farmers", False),
])
def test_a_sum_paid_in_a_plural_no_english_word_has_is_money_though_its_singular_is_one(sentence, span, money):
    from qa.read.figures import holds_money

    at = sentence.index(span)
    assert holds_money(sentence, at, at + len(span)) is money


@pytest.mark.parametrize("question, sentence, figure, other", [
    ("How many pumps were put on standby in the Calderine district?",
     "The agency has placed 35 high-capacity pumps on standby in the Ondra Valley.", "35", True),
    ("How many vacant flats are there in Aldrecht?", "There are 2,700 vacant flats above shops in Kessaly.", "2,700",
     True),
    ("How many vacant flats are there in Kessaly?", "There are 2,700 vacant flats above shops in Kessaly.", "2,700",
     False),
    ("How many cases were recorded in Pellaria in March?", "There were 47 cases in March.", "47", False),  # a month
    ("How many vacant flats are there in Aldrecht?", "Aldrecht has 2,700 vacant flats, more than in Kessaly.",
     "2,700", False),                 # the place asked named in the sentence: another rule's
    ("How many points clear were Chelsea after their defeat in Barcelona?", "We are top by nine points and in the "
     "Carling Cup final.", "nine", False),              # a place of another clause
    ("How many students applied to study medicine in Quarvia?", "A record 11,450 students applied to study medicine "
     "at Quarvian universities.", "11,450", False),     # the place's adjective
    ("How much cocaine was seized at Dunmaas?", "Customs seized 4,100 kilograms of cocaine at the Westkade in May.",
     "4,100 kilograms", False),                         # "at" a place that may be in the one asked
])
def test_a_figure_given_for_another_place_than_the_one_asked_is_no_answer(question, sentence, figure, other):
    from qa.read.figures import another_place

    at = sentence.index(figure)
    assert another_place(question, sentence, at, at + len(figure)) is other


@pytest.mark.parametrize("question, sentence, figure, expected", [
    ("How many visitors did the museum receive in its first year?", "The trust expects 25,000 visitors in the first "
     "year.", "25,000", True),
    ("How many visitors does the trust expect in the first year?", "The trust expects 25,000 visitors in the first "
     "year.", "25,000", False),                                            # a forecast asked for
    ("How much did Nexlum raise?", "Nexlum, which uses AI to predict river floods, has raised EUR 48 million.",
     "EUR 48 million", False),                                             # "predict" is not said of the figure
    ("How many signatures did the petition gather?", "A petition against the plan gathered 3,100 signatures.",
     "3,100", False),                                                      # "plan", a noun, before what was done
    ("How many homes did the council build?", "The council hopes to build 300 homes a year.", "300", True),
    ("How many homes did the council build?", "The council is aiming for 300 homes a year.", "300", True),
    ("How many visitors did the museum have?", "The museum expects roughly 20,000 visitors.", "20,000", True),
])
def test_a_figure_only_expected_is_no_answer_to_what_it_came_to(question, sentence, figure, expected):
    from qa.read.figures import expected_only

    at = sentence.index(figure)
    assert expected_only(question, sentence, at, at + len(figure)) is expected


@pytest.mark.parametrize("question, sentence, figure, previous", [
    ("What national temperature record was set at Lisk in July 2025?",
     "The previous national record, 37.8C, was also set in Lisk, in August 2003.", "37.8C", True),
    ("What was the previous national temperature record?",
     "The previous national record, 37.8C, was also set in Lisk, in August 2003.", "37.8C", False),   # asked for
    ("What record level did the river reach?", "It peaked at 5.62 metres, beating the record of 5.31 metres.",
     "5.62 metres", False),
    ("What was the national temperature record before August 2026?", "The reading beat the previous record of "
     "40.9C, set in 2019.", "40.9C", False),              # the record before a time: the one beaten
    ("What was the first world record set at the new stadium?", "The previous world record, 6.21 metres, stood for "
     "a year.", "6.21 metres", True),                     # the first set there, not the one it beat
])
def test_the_record_a_sentence_says_stood_before_is_no_answer_to_the_record_set(question, sentence, figure, previous):
    from qa.read.figures import previous_only

    at = sentence.index(figure)
    assert previous_only(question, sentence, at, at + len(figure)) is previous


@pytest.mark.parametrize("question, sentence, another", [
    ("What was the insurance bill for Storm Hedda?", "After Storm Ingvar in 2013, claims totalled about 1.9bn.", True),
    ("What was the insurance bill for Storm Hedda?", "Storm Hedda's claims may pass 2bn.", False),     # the one asked
    ("What was the insurance bill for Storm Hedda?", "Claims from the storm may pass 2bn.", False),    # none named
    ("What happened to Flight 714?", "Flight 716 landed safely at Kastrel.", True),
    ("What did President Valk promise?", "President Orban promised more.", True),
    ("How deep is Lake Orsa?", "Lake Orsa and Lake Siljan are both deep.", False),     # the one asked, beside another
    ("What did the Storm Warning say?", "Storm Ingvar hit in 2013.", False),            # no name of its own asked
    ("Who compared Storm Orla with Storm Betka?", "Storm Betka, in 2019, was weaker.", False),   # both asked
    ("What was the top gust during Storm Brisa?", "It recorded 148 km/h, the strongest since Storm Alder.", False),
    ("What was the gust record before Storm Hedda?", "The record, 149km/h, was set by Storm Kari.", False),   # another
])
def test_a_sentence_naming_another_thing_of_the_kind_asked_and_not_the_one_asked_is_about_that_one(question,
                                                                                                   sentence, another):
    from qa.read.figures import another_named

    assert another_named(question, sentence) is another


@pytest.mark.parametrize("sentence, span, money", [
    ("The median price reached Lm 468,000 in the second quarter.", "Lm 468,000", True),      # the Maltese lira's
    ("The fine is Rs 5,000 for a first offence.", "Rs 5,000", True),
    ("A ticket costs Kč 250 at the door.", "Kč 250", True),
    ("Mr 5 was the code name of the informant.", "Mr 5", False),                          # no sign: a title
    ("Each household will get Cv 150 in compensation.", "Cv 150", True),                  # a sign no list knows
    ("The minimum wage rises to Mk 16.40 an hour.", "Mk 16.40 an hour", True),
    ("In 2025 the fund paid out more.", "2025", False),                                   # a word, not a sign
    ("At 30, she moved to the capital.", "30", False),
    ("No 10 said the plan would stand.", "10", False),
    ("Ch 4 shows the match live.", "4", False),
    ("The road runs for Km 40 along the coast.", "40", False),
    ("The minimum wage rises to Mk 16.40 an hour.", "16.40", True),          # the sign read from before the figure
    ("Read Jn 3:16 before the service.", "Jn 3", False),                     # a chapter and verse
    ("Read Mk 8:34 before the service.", "8", False),
    ("Leaders: Li 68, Wu 70, Ross 71.", "Li 68", False),                      # a surname before a score
])
def test_a_currencys_sign_written_in_letters_makes_a_sum(sentence, span, money):
    from qa.read.figures import holds_money, with_currency

    at = sentence.index(span)
    assert holds_money(sentence, at, at + len(span)) is money
    if span == "16.40":                 # and the figure is quoted with it
        assert sentence[slice(*with_currency(sentence, at, at + len(span)))] == "Mk 16.40"


def test_sums_in_any_currency_sign_before_or_after_the_figure():
    from qa.read.figures import holds_money

    for sentence, span in [("It will cost ₽1.2bn, the ministry said.", "₽1.2bn"),
                           ("The fraud cost the town 2 340 000 ₶ over six years.", "2 340 000"),
                           ("Fares rise to ₦4,500 next month.", "₦4,500")]:
        at = sentence.index(span)
        assert holds_money(sentence, at, at + len(span)), sentence
