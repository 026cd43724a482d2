"""Names and their kinds in a turn (no model, no index)."""

from qa.chat.referents import GROUP, PERSON, PLACE, Turn, answer_phrase, answer_referent, kind_of, named_spans, phrases


def test_of_the_inside_a_name_keeps_it_whole():
    assert phrases("Who won Employer of the Year at the awards?") == ["Employer of the Year"]
    assert [n for n, _, _ in named_spans("Young Entrepreneur of the Year: Who won Business of the Year?")] == \
        ["Young Entrepreneur of the Year", "Business of the Year"]


def test_a_name_after_the_is_no_persons():
    assert kind_of("Liberal Democrats", "How many votes did the ")[0] == GROUP
    assert kind_of("Kids Pots", "What is the batch number of the ")[:2] == (GROUP, True)
    assert kind_of("Harbour View", "Who owns the ")[0] != PERSON
    assert kind_of("Ashby Vale", "How many votes did Labour get in ")[0] != PERSON
    assert kind_of("Dora Quist", "Who beat ")[0] == PERSON


def test_an_answer_is_not_widened_to_an_owner_or_a_date():
    sentence = "The Green Party's Tegan Morrow, standing for the first time, said she was pleased."
    assert answer_phrase(Turn("Who stood for the Greens?", "Who stood for the Greens?", "Tegan Morrow",
                              sentence, "a.txt")) == "Tegan Morrow"
    assert answer_phrase(Turn("When will the ward shut?", "When will the ward shut?", "1 December",
                              "Births at Penbury Hospital to end from 1 December", "a.txt")) is None


def test_a_name_in_an_address_or_answering_where_is_a_place():
    assert kind_of("Ellerby", "Tobin Marsh, 41, of ")[0] == PLACE
    assert kind_of("Ellerby", "of Kiln Lane, ")[0] == PLACE
    assert kind_of("Ines Garrow", "His lawyer, ")[0] == PERSON
    assert answer_referent("Where was the meteorite found?", "Cragg Moor", False).kind == PLACE
    assert answer_referent("Who is Tobin Marsh's lawyer?", "Ellerby", True, "Tobin Marsh, 41, of ").kind == PLACE
    assert answer_referent("Who is Tobin Marsh's lawyer?", "Ines Garrow", True, "His lawyer, ").kind == PERSON


def test_a_count_in_words_is_no_referent():
    assert answer_referent("How many companies took part in the pilot?", "Sixty-one", False) is None
    assert answer_referent("How many ferries were cancelled?", "Eleven", False) is None
    assert answer_referent("Which band won?", "One Direction", False) is not None      # a name


def test_a_share_is_no_referent():
    assert answer_referent("What did the bank raise its rate to?", "a quarter of a point to 3.75%", False) is None
    assert answer_referent("What did the union demand?", "a rise of 9 per cent", False) is None
    assert answer_referent("Which account did the bank launch?", "Harbour Saver", False) is not None


def test_a_person_answered_with_their_party_is_the_person():
    ref = answer_referent("Who won the Tolland mayoral election?", "Mira Colbeck of the Hearth Party", True)
    assert (ref.text, ref.kind) == ("Mira Colbeck", PERSON)
    ref = answer_referent("Who runs the ferry?", "Bank of the North", True)
    assert ref.kind != PERSON and ref.text == "Bank of the North"         # no person's name before "of"
