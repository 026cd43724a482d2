"""Span rules for what news questions ask (no model): a time of day, a previous record, a prison
term, the part of a month, a name with "of" in it or an acronym after it, one end of a range, the
loser of a seat, a person after their party's possessive, a figure that makes a word ("a
three-generation saga") being no age, a sum in a currency no list knows; and what each must not
take for those (made-up examples, many from a review of the rules)."""

from __future__ import annotations

import pytest

from qa.read.figures import gives_figure, holds_money, previous_record
from qa.read.span_choice import beaten, choose, prison_term, whole_title
from qa.read.timing import clock_asked, the_clock, with_part
from tests.fakes import reading


def _quoted(question: str, sentence: str, *texts_scores) -> str:
    r = choose(question, sentence, reading(sentence, *texts_scores), slack=3.0)
    return sentence[r.start:r.end]


def _at(sentence: str, span: str) -> tuple[int, int]:
    a = sentence.index(span)
    return a, a + len(span)


@pytest.mark.parametrize("question, asks", [
    ("At what time did the Tarn peak?", True),
    ("What time did the first train leave?", True),
    ("What time of year is the festival held?", False),
    ("How much time did the crews spend?", False),
    ("When did the river peak?", False),
])
def test_a_question_asking_for_a_time_of_day(question, asks):
    assert clock_asked(question) is asks


def test_a_time_of_day_asked_for_is_the_one_the_sentence_gives():
    s = "The Tarn peaked at 4.81 metres at Millbeck at 14:35, beating the level reached in March 2009."
    assert _quoted("At what time did the Tarn peak?", s, ("March 2009", 5.0), ("4.81 metres", 4.0)) == "14:35"
    assert s[slice(*the_clock(s, *_at(s, "14:35")))] == "14:35"
    two = "Trains left at 06:10 and 06:40."
    assert the_clock(two, *_at(two, "Trains")) == _at(two, "Trains")       # two times: none chosen
    money = "Tickets cost 4.20 each, down from March's price."
    assert the_clock(money, *_at(money, "March")) == _at(money, "March")   # "4.20" is no time of day
    assert _quoted("When did the Tarn peak?", s, ("March 2009", 5.0)) == "March 2009"     # no time of day asked


def test_a_previous_record_is_the_figure_beaten():
    s = "The Tarn peaked at 4.81 metres at 14:35, beating the record of 4.60 metres set in March 2009."
    assert s[slice(*previous_record("What was the Tarn's previous record level?", s))] == "4.60 metres"
    assert previous_record("What level did the Tarn reach?", s) is None
    old = "Sales hit 9,100, topping the previous high of 8,750 set last year."
    assert old[slice(*previous_record("What was the old high for sales?", old))] == "8,750"
    assert previous_record("What was the previous record?", "Sales hit 9,100, a record.") is None
    big = "The port handled a record 9.8 million passengers, beating the previous record of 9.1 million set in 2019."
    assert big[slice(*previous_record("What was the port's previous passenger record?", big))] == "9.1 million"
    assert previous_record("When was the port's previous passenger record set?", big) is None    # a date asked
    for question, sentence, figure in [
        ("What was the previous record for rain in a day?",
         "The previous record, 118 millimetres, was set at Halden Cross in 2011.", "118 millimetres"),
        ("What was the previous attendance record?",
         "The attendance of 11,842 was a record, beating the 11,210 who watched in 2019.", "11,210"),
        ("What was the first estimate of the damage?",
         "Insurers raised their estimate to 455 million, from their first estimate of 310 million.", "310 million"),
        ("What was the first estimate of the damage?",
         "Insurers put their first estimate of insured damage at 310 million on Monday.", "310 million")]:
        assert sentence[slice(*previous_record(question, sentence))] == figure
    assert previous_record("What was the revised estimate?", "Insurers raised their estimate to 455 million, "
                           "from their first estimate of 310 million.") is None
    assert previous_record("What was the previous record?", "Sales hit 9,100, beating the 2019 total.") is None
    assert _quoted("What was the Tarn's previous record level?", s, ("4.81 metres", 6.0)) == "4.60 metres"


@pytest.mark.parametrize("question, sentence, term", [
    ("What sentence did Ola Brenn receive?",
     "Ola Brenn, 48, was convicted of fraud and jailed for three years.", "three years"),
    ("What sentence was Tomas Ek given?",
     "Tomas Ek was given a two-year sentence, suspended for 18 months.", "two-year sentence, suspended for 18 months"),
    ("What sentence did Ana Ruud get?", "Ana Ruud was sentenced to life imprisonment.", "life imprisonment"),
    ("What was Ola Brenn's sentence?", "Brenn was jailed for six years and four months.", "six years and four months"),
])
def test_a_sentence_asked_for_is_the_prison_term(question, sentence, term):
    got = prison_term(question, sentence, 0, 4)
    assert got is not None and sentence[slice(*got)] == term


def test_no_prison_term_where_none_or_several_are_passed_or_none_is_asked():
    s = "Ola Brenn was jailed for three years and Tomas Ek was jailed for two years."
    assert prison_term("What sentence did Ola Brenn receive?", s, 0, 4) is None          # two terms
    assert prison_term("What term describes the case?", "It was jailed for three years.", 0, 2) is None
    one = "Brenn was jailed for three years."
    assert prison_term("What sentence did Brenn receive?", one, *_at(one, "three years")) is None   # quoted already


@pytest.mark.parametrize("sentence, span, whole", [
    ("A decision is expected by the end of September.", "September", "end of September"),
    ("Work starts in early March 2027.", "March 2027", "early March 2027"),
    ("The line opens mid-2027, the council said.", "2027", "mid-2027"),
    ("It opened in September.", "September", "September"),
    ("The end of the strike came on Monday.", "Monday", "Monday"),
])
def test_a_month_or_year_keeps_the_part_of_it_said_before(sentence, span, whole):
    assert sentence[slice(*with_part(sentence, *_at(sentence, span)))] == whole


@pytest.mark.parametrize("sentence, span, whole", [
    ("KORVIK - The National Weather Service of Tarnland (NWST) issued a warning.", "Tarnland",
     "National Weather Service of Tarnland"),
    ("She was appointed to the Order of the Grey Heron in 2001.", "Grey Heron", "Order of the Grey Heron"),
    ("The University of Korvik ran the study.", "Korvik", "University of Korvik"),
    ("In Tarnland, the study found more cases.", "Tarnland", "Tarnland"),
    ("The fund of Ana Ruud grew.", "fund", "fund"),
    ("His father arranged a wife, Borte of the Onggirat, for him.", "Borte", "Borte"),     # not past the name
])
def test_a_name_is_grown_over_of_to_the_whole_name(sentence, span, whole):
    assert sentence[slice(*whole_title(sentence, *_at(sentence, span)))] == whole


def test_the_part_of_a_month_is_kept_for_when_not_for_what_year():
    s = "The programme was announced in early 1960, the agency said."
    assert _quoted("When was the programme announced?", s, ("1960", 5.0)) == "early 1960"
    assert _quoted("In what year was the programme announced?", s, ("1960", 5.0)) == "1960"


def test_which_body_asks_for_a_name_quoted_whole():
    s = "KORVIK - The National Weather Service of Tarnland (NWST) issued an amber warning."
    assert _quoted("Which body issued the amber warning?", s, ("Tarnland", 5.0)) == \
        "National Weather Service of Tarnland"


def test_who_won_is_not_the_one_who_lost_the_seat():
    s = "In Quay ward, the council leader, Ivo Brandt, lost the seat he had held since 2011 to Green Party's Lena Holm."
    assert beaten(s, *_at(s, "Ivo Brandt"))
    assert not beaten(s, *_at(s, "Lena Holm"))
    assert _quoted("Who won Quay ward?", s, ("Ivo Brandt", 6.0), ("Green Party's Lena Holm", 5.0)) == "Lena Holm"
    lives = "Ivo Brandt, who lost his home in the flood, won the seat."
    assert not beaten(lives, *_at(lives, "Ivo Brandt"))


def test_a_figure_making_a_word_is_no_age():
    s = "Her third feature is a three-generation saga set in a shipyard."
    assert not gives_figure("age", s, *_at(s, "three-generation"))
    aged = "Lena Holm, the 34-year-old director, spoke."
    assert gives_figure("age", aged, *_at(aged, "34-year-old"))
    union = "The union, with its 104-year history, has 80,000 members."
    assert gives_figure("age", union, *_at(union, "104-year"))


def test_one_end_of_a_range_of_times_for_when_it_ends_or_starts():
    from qa.read.timing import range_end

    s = "The union called a 48-hour strike from 00:01 on Wednesday 4 March to 23:59 on Thursday 5 March over pay."
    at = _at(s, "Wednesday 4 March")
    assert s[slice(*range_end("When does the strike end?", s, *at))] == "23:59 on Thursday 5 March"
    assert s[slice(*range_end("When does the strike start?", s, *at))] == "00:01 on Wednesday 4 March"
    assert range_end("When is the strike?", s, *at) == at                    # neither end asked
    plain = "Prices rose from 3% to 5% in a year."
    assert range_end("When did prices start to rise?", plain, 0, 6) == (0, 6)   # no times


@pytest.mark.parametrize("sentence, span, whole", [
    ("Staff at the Seafarers' and Transport Union (STU) voted to strike.", "Transport Union",
     "Seafarers' and Transport Union"),
    ("The National Weather Service of Tarnland (NWST) issued a warning.", "Tarnland", "National Weather Service of Tarnland"),
    ("He joined Kelder (GOOG) in 2004.", "Kelder", "Kelder"),                  # letters that do not fit
])
def test_a_name_an_acronym_follows_is_grown_to_what_its_letters_stand_for(sentence, span, whole):
    from qa.read.span_choice import whole_acronym

    assert sentence[slice(*whole_acronym(sentence, *_at(sentence, span)))] == whole


@pytest.mark.parametrize("sentence, name, lost", [
    ("Kim Ode lost the first set but won the final against Ana Ruud.", "Kim Ode", False),
    ("Ana Ruud lost weight during the campaign and won the election.", "Ana Ruud", False),
    ("The council leader, Ivo Brandt, lost the seat he had held since 2011 to Lena Holm.", "Ivo Brandt", True),
    ("Brandt lost to Holm by 87 votes.", "Brandt", True),
])
def test_only_losing_a_contest_makes_the_loser(sentence, name, lost):
    assert beaten(sentence, *_at(sentence, name)) is lost


@pytest.mark.parametrize("question, asks", [
    ("What time did she run in the final?", False),            # a time taken
    ("What time frame did ministers give?", False),
    ("What time limit was set?", False),
])
def test_a_time_taken_or_a_time_frame_is_no_time_of_day(question, asks):
    assert clock_asked(question) is asks


def test_a_time_taken_is_kept_whatever_clock_the_sentence_gives():
    s = "She ran 10.85 seconds in the final at 20:15, a personal best."
    assert the_clock(s, *_at(s, "10.85 seconds")) == _at(s, "10.85 seconds")


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("When will the meeting start?", "The meeting was brought forward from Thursday to Tuesday.", "Tuesday", "Tuesday"),
    ("When did the match start?", "Kick-off was moved from 15:00 to 17:30.", "17:30", "17:30"),
    ("When did the road close?", "The road was closed from Monday to Wednesday.", "Monday", "Monday"),
])
def test_a_change_of_time_is_no_range(question, sentence, span, quoted):
    from qa.read.timing import range_end

    assert sentence[slice(*range_end(question, sentence, *_at(sentence, span)))] == quoted


@pytest.mark.parametrize("question, sentence, figure", [
    ("What was the first offer?", "The union rejected a first offer of 3% and accepted 5%.", "3%"),
    ("What was the previous high?", "Shares hit 450p, passing the previous high of 420p set in May.", "420p"),
    ("What was the previous record?", "She ran 3:50.07, beating the record of 3:50.37 set in 2019.", "3:50.37"),
    ("What was the previous record?", "Sales hit 4 billion euros, beating the previous record of 3.5 billion euros.",
     "3.5 billion euros"),
])
def test_a_previous_figure_keeps_its_unit(question, sentence, figure):
    assert sentence[slice(*previous_record(question, sentence))] == figure


@pytest.mark.parametrize("sentence, span", [
    ("Fans of Arsenal celebrated after the club won the cup.", "Arsenal"),
    ("Ana Ruud, Chief Executive of Korvik Bank, resigned.", "Korvik Bank"),
    ("Members of Unite called the strike.", "Unite"),
])
def test_no_name_is_made_of_a_crowd_or_a_role_before_of(sentence, span):
    assert whole_title(sentence, *_at(sentence, span)) == _at(sentence, span)


def test_a_sentence_in_the_grammar_sense_or_a_term_quoted_already_is_left_alone():
    s = "The novel opens with a line about a man jailed for ten years."
    assert prison_term("What sentence opens the novel?", s, 0, 3) is None
    law = "The offence carries a maximum of 14 years, but Brenn was jailed for nine months."
    assert prison_term("What sentence did Brenn receive?", law, *_at(law, "14 years")) is None


def test_a_capitalised_word_after_a_figure_is_no_currency_and_a_body_found_no_name():
    from qa.read.asked import Wanted, wanted

    staff = "Nearly 300 Cedis staff walked out."
    assert not holds_money(staff, *_at(staff, "300"))
    fare = "A return ticket now costs 27 kroner."
    assert holds_money(fare, *_at(fare, "27"))
    assert wanted("Which body was found in the river?") is Wanted.OTHER
    assert wanted("Which body issued the warning?") is Wanted.NAME


@pytest.mark.parametrize("sentence, span, money", [
    ("A return ticket from Skarra to Lisk now costs 27 dalen.", "27", True),
    ("He said Pell had paid back 800,000 dalen before the trial.", "800,000 dalen", True),
    ("The cuts will cost 12 million lorin a year.", "12 million lorin", True),
    ("The project cost 300 jobs.", "300", False),              # a plural: a count
    ("It took 30 minutes.", "30", False),
    ("He paid 3 visits to the site.", "3", False),
    ("Café owners who break the ban face fines of up to 20,000 dalen.", "20,000 dalen", True),    # a plural noun
    ("Tickets cost from 450 dalen.", "450 dalen", True),
])
def test_a_sum_in_a_currency_no_list_knows_is_money_where_a_verb_of_paying_says_so(sentence, span, money):
    assert holds_money(sentence, *_at(sentence, span)) is money


def test_such_a_sum_is_quoted_with_its_currency():
    from qa.read.figures import with_currency

    s = "A return ticket now costs 27 dalen."
    assert s[slice(*with_currency(s, *_at(s, "27")))] == "27 dalen"


@pytest.mark.parametrize("sentence, span", [
    ("She spent 1 night in the cells.", "1"),
    ("He raised 3 children alone.", "3"),
    ("The price of 1 tonne of wheat rose.", "1"),
    ("It was priced at 9.99 online.", "9.99"),
    ("The hotel paid for a 5 star rating.", "5"),
])
def test_a_count_or_a_measure_after_a_verb_of_paying_is_no_sum(sentence, span):
    from qa.read.figures import with_currency

    assert not holds_money(sentence, *_at(sentence, span))
    assert with_currency(sentence, *_at(sentence, span)) == _at(sentence, span)


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("When will there be no trains between Kelder and Orm?",
     "There will be no trains between Kelder and Orm from 23:00 on Friday until 05:00 on Monday while a bridge "
     "is replaced.", "Friday", "23:00 on Friday until 05:00 on Monday"),
    ("When will the underpass be closed?", "The underpass will be closed from 20:00 on Saturday to 06:00 on Sunday "
     "for resurfacing.", "06:00 on Sunday", "20:00 on Saturday to 06:00 on Sunday"),     # a state: the period
    ("When does the underpass reopen?", "The underpass will be closed from 20:00 on Saturday to 06:00 on Sunday "
     "for resurfacing.", "20:00", "06:00 on Sunday"),                                         # its end
    ("When does the strike start?", "Crews will strike from 06:00 on Saturday to 06:00 on Sunday.", "Saturday",
     "06:00 on Saturday"),
    ("When is the meeting?", "The meeting was moved from 15:00 to 17:30 on Friday.", "17:30", "17:30"),   # a change
    ("At what times are the extra sailings?", "Bluewake has added two extra sailings from Kelder, at 11:00 and "
     "15:30 on Saturday.", "11:00", "11:00 and 15:30"),
    ("In which years did the river flood?", "The river flooded in 1987, 2004 and 2019.", "1987", "1987, 2004 and 2019"),
    ("At what time do the extra sailings leave?", "Bluewake has added two extra sailings, at 11:00 and 15:30.",
     "11:00", "11:00"),                                                                       # one time asked
    ("When did she live in Leeds?", "She lived in Leeds from 1990 to 2001 and was born in 1985.", "1990",
     "1990 to 2001"),                                                     # the period, not what the sentence goes on to
    ("When was she born?", "She lived in Leeds from 1990 to 2001 and was born in 1985.", "1985", "1985"),
    ("When is the exhibition?", "The exhibition runs from 3 May to 9 June at the town hall.", "3 May", "3 May to 9 June"),
    ("When did he become mayor?", "He served as mayor from 2010 to 2014.", "2010 to 2014", "2010"),       # its start
    ("When will the pool reopen?", "The pool closed from March to May 2020 and will reopen on 1 June.", "1 June",
     "1 June"),
    ("When will talks resume?", "Talks ran from Monday to Wednesday and will resume on 10 March.", "10 March",
     "10 March"),
    ("When is the closure?", "The line is closed from Friday 5 June to Monday 8 June.", "Friday",
     "Friday 5 June to Monday 8 June"),
])
def test_when_a_period_holds_is_the_whole_of_it_and_what_times_all_of_them(question, sentence, span, quoted):
    from qa.read.timing import every_time, range_end, whole_period

    at = whole_period(question, sentence, *range_end(question, sentence, *_at(sentence, span)))
    assert sentence[slice(*every_time(question, sentence, *at))] == quoted


@pytest.mark.parametrize("question, sentence, span, quoted", [
    ("How many fire engines were sent to the fire?", "More than 60 firefighters and 15 fire engines were sent.",
     "More than 60 firefighters and 15", "15 fire engines"),
    ("How many firefighters were sent to the fire?", "More than 60 firefighters and 15 fire engines were sent.",
     "More than 60 firefighters and 15", "60 firefighters"),
    ("How many women were arrested?", "Police arrested 12 men and 3 women.", "12 men and 3", "3 women"),
    ("How many men were arrested?", "Police arrested 12 men.", "12", "12"),                  # one count: as it is
    ("How many goals were scored?", "The 2 teams scored 5 goals and 3 penalties.", "2 teams scored 5", "5 goals"),
])
def test_how_many_things_is_the_count_of_those_things_among_the_counts_a_span_joins(question, sentence, span, quoted):
    from qa.read.figures import the_count_asked

    assert sentence[slice(*the_count_asked(question, sentence, *_at(sentence, span)))] == quoted


def test_a_share_is_no_pair_of_counts():
    from qa.read.figures import the_count_asked

    s = "The party would admit two out of 10 asylum seekers a year."
    at = _at(s, "two out of 10")
    assert the_count_asked("How many asylum seekers a year would the party admit?", s, *at) == at


@pytest.mark.parametrize("question, sentence, read, quoted", [
    ("What was Harrow Grid's revenue?", "Revenue rose 4 per cent to 1.42 billion vell.", "1.42 billion",
     "1.42 billion vell"),                                          # a currency no list knows, after the scale
    ("What is the 2026 budget?", "She presented a 98.6 billion vell budget for 2026.", "98.6 billion", "98.6 billion vell"),
    ("How much did the state spend on it?", "The state spent 2.1 million overall.", "2.1 million", "2.1 million"),
    ("How much did the state pay for homes?", "It paid for 2.1 million homes.", "2.1 million", "2.1 million"),
    ("How much did the firm raise?", "It raised VM 9.6 million in May.", "9.6 million", "VM 9.6 million"),
])
def test_a_sum_asked_keeps_the_currency_word_after_its_millions(question, sentence, read, quoted):
    assert _quoted(question, sentence, (read, 5.0)) == quoted


@pytest.mark.parametrize("question, sentence, read, quoted", [
    ("What share of the trade does the port handle?", "The port handles about a third of the trade.", "third",
     "about a third"),
    ("What share of houses had no cover?", '"A third of the houses had no cover," she said.', "third", "A third"),
    ("How much of the bridge is finished?", "Two-thirds of the bridge is finished.", "thirds", "Two-thirds"),
    ("In which quarter did profits rise?", "Profits rose in the third quarter.", "third quarter", "third quarter"),
    ("What was the turnout?", "The commission says turnout was 58.9 per cent.", "58.9", "58.9 per cent"),
    ("What was the turnout?", "Turnout was 58.9%, the commission said.", "58.9", "58.9%"),
])
def test_a_fraction_keeps_how_many_of_it_and_a_share_its_sign(question, sentence, read, quoted):
    assert _quoted(question, sentence, (read, 5.0)) == quoted


def test_an_ordinal_is_no_fraction():
    from qa.read.figures import whole_fraction
    s = "She won a third term in May."
    assert whole_fraction(s, *_at(s, "third")) == _at(s, "third")


@pytest.mark.parametrize("question, sentence, read, quoted", [
    ("How much did the last extension actually cost?", '"The last extension was meant to cost 38 million and cost 51.',
     "38 million", "51"),
    ("How much was the last extension meant to cost?", '"The last extension was meant to cost 38 million and cost 51.',
     "51", "38 million"),
    ("What did the bridge actually cost?", "The bridge was budgeted at £2m but ended up costing £3.1m, officials said.",
     "£2m", "£3.1m"),
    ("How much did the bridge cost?", "The bridge was budgeted at £2m but ended up costing £3.1m, officials said.",
     "£2m", "£2m"),                                     # neither asked: the reader's
    ("By when does the ministry plan to install the sirens?", "The ministry's plan has them installed by 2029.",
     "2029", "by 2029"),
    ("When were the sirens installed?", "The sirens were installed by 2029.", "2029", "2029"),
    ("By what year will the sirens be installed?", "The sirens will be installed by 2029.", "2029", "2029"),
])
def test_what_a_figure_came_to_or_was_meant_to_be_and_a_deadline(question, sentence, read, quoted):
    assert _quoted(question, sentence, (read, 5.0)) == quoted


@pytest.mark.parametrize("question, sentence, read", [      # a review of the rules: no word is taken for a currency
    ("How much is the fine?", "The regulator imposed a 2 million fine on the firm.", "2 million"),
    ("How much is the budget?", "Parliament approved a 1.5 billion budget for roads.", "1.5 billion"),
    ("How much was the contract worth?", "It won a 1.2 billion contract with the navy.", "1.2 billion"),
    ("How much did the fund raise?", "The fund fell 10 million short of its target.", "10 million"),
    ("What was the revenue?", "The firm reported revenue of 1.42 billion yesterday.", "1.42 billion"),
    ("What was the revenue?", "Revenue reached 1.42 billion despite the strike.", "1.42 billion"),
    ("How much was the loss?", "The loss widened to 2.2 billion amid weak demand.", "2.2 billion"),
])
def test_a_common_word_after_a_sum_is_no_currency(question, sentence, read):
    assert _quoted(question, sentence, (read, 5.0)) == read


@pytest.mark.parametrize("question, sentence, read, quoted", [
    ("How much was the tunnel expected to cost?", "The tunnel was expected to take 4 years and cost £2bn.", "£2bn",
     "£2bn"),                                                   # a time planned, a sum spent: no plan and outcome
    ("How long did the tunnel actually take?", "The tunnel was expected to take 4 years and cost £2bn.", "4 years",
     "4 years"),
    ("What was the bridge originally built from?", "The bridge, originally built from timber, was expected to cost "
     "£2m and cost £3.1m.", "timber", "timber"),                # no figure asked
    ("How long was the strike meant to last?", "The strike was set to last 3 days but lasted 5.", "5", "3 days"),
    ("Which set did she win?", "The match went to a fifth, which she won.", "fifth", "fifth"),   # an ordinal
    ("Who is the other member of the duo?", "Ana Lima, one half of the duo, left in May.", "half", "half"),
])
def test_plan_and_outcome_are_of_one_measure_and_an_ordinal_is_no_share(question, sentence, read, quoted):
    assert _quoted(question, sentence, (read, 5.0)) == quoted


def test_the_outcome_of_a_sum_planned_is_a_sum_too():
    s = '"The last extension was meant to cost 38 million and cost 51.'
    assert holds_money(s, *_at(s, "51"))            # 51 million: a money question may take it
    weeks = "The works were expected to take 6 weeks but took 14 weeks."
    assert not holds_money(weeks, *_at(weeks, "14 weeks"))


def test_a_plans_outcome_of_another_measure_or_a_count_is_no_sum():
    for sentence, figure in [("The tunnel was expected to cost £2bn and took 14 months longer than planned.", "14"),
                             ("The closure was expected to cost £38m and cost 51 jobs.", "51")]:
        assert not holds_money(sentence, *_at(sentence, figure))
    assert with_deadline_asked("So by when will the sirens be installed?")


def with_deadline_asked(question: str) -> bool:
    from qa.read.timing import with_deadline

    s = "The ministry plans to have them installed by 2029."
    return s[slice(*with_deadline(question, s, *_at(s, "2029")))] == "by 2029"
