"""The role a "Who is the …?" question asks for, and a name given another role (``qa.read.roles``)."""

from __future__ import annotations

import pytest

from qa.read.roles import Deed, another_role, deed_asked, group_of, holder, role_asked, role_named, says_deed


@pytest.mark.parametrize("question, role, named", [
    ("Who is the Kestle Rovers chairman?", "chairman", "Kestle Rovers chairman"),
    ("Who is the chief executive of Marchbank Foods?", "executive", "chief executive"),
    ("Who was the captain of the Saltmarsh Venture when it sank?", "captain", "captain"),
    ("Who will be the new headteacher?", "headteacher", "new headteacher"),
    ("Who is the man who scored?", "", "man"),          # no role of a group
    ("Who scored the winner?", "", ""),
    ("Who is governor of the central bank?", "governor", "governor"),     # without "the"
    ("Who is Mr Holm?", "", "Mr Holm"),
])
def test_the_role_a_question_asks_who_holds(question, role, named):
    assert (role in role_asked(question)) if role else not role_asked(question)
    assert role_named(question) == named


@pytest.mark.parametrize("question, sentence, name, another", [
    ("Who is the Kestle Rovers chairman?", 'Rovers manager Sabine Thornley said: "We saved our season."',
     "Sabine Thornley", True),
    ("Who is the chief executive of Marchbank?", "Its regional officer, Dougie Farrant, said it was wrong.",
     "Dougie Farrant", True),
    ("Who is the Dunmarsh City manager?", "Dunmarsh City boss Graeme Lusk said he was proud.", "Graeme Lusk",
     False),                                            # "boss" is said of a manager
    ("Who is the Dunmarsh manager?", "Chairman Ken Bates said manager Jo Gray would stay.", "Ken Bates",
     False),                                            # the sentence names the manager: the reader's choice
    ("Who is the captain of the ship?", "Its master, Ivan Petrov, said the crew were safe.", "Ivan Petrov", False),
    ("Who is the chairman?", "Sabine Thornley said the club would appeal.", "Sabine Thornley", False),   # none given
    ("Who scored the winner?", "Rovers manager Sabine Thornley said it was a great goal.", "Sabine Thornley",
     False),                                            # no role asked
    ("Who is governor of the central bank?", "One member, deputy governor Elin Roos, voted to hold.", "Elin Roos",
     True),                                             # a rank below the role asked
    ("Who is governor of the central bank?", "The acting governor, Per Holm, said the cut was right.", "Per Holm",
     False),                                            # one standing in for the governor
    ("Who is the new governor of the central bank?", "The board named deputy governor Elin Roos as its new "
     "governor.", "Elin Roos", False),                  # the deputy made governor
])
def test_a_name_given_another_role_does_not_answer_who_holds_the_role_asked(question, sentence, name, another):
    at = sentence.index(name)
    assert another_role(question, sentence, at, at + len(name)) is another


@pytest.mark.parametrize("question, other", [
    ("Who is the chair of Hollin Ford's planning committee?", True),          # another body's chair
    ("Who chairs Hollin Ford's finance committee?", True),
    ("Who is the leader of the opposition on Hollin Ford Town Council?", True),   # another role
    ("Who chairs the Hollin Ford Traders' Association?", False),
    ("Who is the chair of the traders' association?", False),
    ("Who was chair of the traders' association during the 2025 dispute?", False),   # when, after the body
    ("What did the chair of the planning committee say?", False),             # no one asked for
])
def test_a_name_given_a_role_of_another_body_right_after_it(question, other):
    from qa.read.roles import of_another_body

    sentence = "Anselm Petrov, chair of the Hollin Ford Traders' Association, said the bypass was long overdue."
    assert of_another_body(question, sentence, 0, len("Anselm Petrov")) is other
    kept = "Rosa Pinnock, a councillor for the Civic Alliance, chairs the finance committee."
    assert not of_another_body("Who chairs the finance committee?", kept, 0, len("Rosa Pinnock"))
    for question, sentence in [("Who chairs the finance committee?", "Jo Park, chair of the finance committee at "
                                "Hollin Ford Council, said"),               # where the body is: no other body
                               ("Who is the leader of the council?", "Jo Park, leader of the council since 2019, said"),
                               ("Who heads the inquiry?", "Sir Jo Park, chairman of the inquiry, said")]:
        assert not of_another_body(question, sentence, 0, sentence.index(","))


@pytest.mark.parametrize("question, another", [
    ("Who was Dorit Amsel's lawyer?", True),        # the lawyer named is Viktor Amsel's
    ("Who is Dorit Amsel's solicitor?", True),      # (a word of the same role)
    ("Who was Viktor Amsel's lawyer?", False),
    ("Who was Amsel's lawyer?", False),             # a family name alone: either may be meant
    ("Who was the lawyer?", False),
])
def test_a_role_given_as_another_persons_is_not_the_one_asked_for(question, another):
    from qa.read.roles import role_of_another

    assert role_of_another(question, "Viktor Amsel's lawyer, Jorun Pike, said her client would appeal.") is another
    assert not role_of_another(question, "Her lawyer, Sten Hallberg, said she had been frightened.")


def test_the_same_person_by_title_or_a_role_is_no_other_owner():
    from qa.read.roles import role_of_another

    assert not role_of_another("Who was Dorit Amsel's lawyer?", "Ms Amsel's lawyer, Jorun Pike, said so.")
    assert not role_of_another("Who is Rishi Sunak's wife?", "The Prime Minister's wife, Akshata Murty, said.")
    assert role_of_another("Who is Tesco's chief executive?", "Sainsbury's chief executive Simon Roberts said.")
    for opening in ("But Amsel's", "On Friday Amsel's", "Outside Halden Crown Court Ms Amsel's"):   # what opens the
        assert not role_of_another("Who was Dorit Amsel's lawyer?", f"{opening} lawyer, Jorun Pike, said so.")   # sentence
    assert role_of_another("Who was Dorit Amsel's lawyer?", "But Viktor Amsel's lawyer, Jorun Pike, said so.")


@pytest.mark.parametrize("role, qualifiers, sentence, name", [
    ("minister", ("transport",), "Transport Minister Greta Olsrud cut the ribbon at Brennvik station.", "Greta Olsrud"),
    ("mayor", ("halvik",), "The Halvik town mayor, Solveig Rygg, said she would ask for help.", "Solveig Rygg"),
    ("mayor", ("halvik",), "Solveig Rygg, the Halvik mayor, said she would ask for help.", "Solveig Rygg"),
    ("candidate", ("liberal", "union"), "The Liberal Union's candidate, Frida Moen-Lassen, conceded.",
     "Frida Moen-Lassen"),
    ("minister", ("finance",), "Transport Minister Greta Olsrud cut the ribbon.", ""),      # another minister
    ("mayor", (), "The mayor said on Tuesday that the road would reopen.", ""),              # named nowhere
    ("mayor", (), "Mayor On Tuesday the council met.", ""),                                  # no name after it
])
def test_the_name_a_sentence_gives_the_holder_of_a_role(role, qualifiers, sentence, name):
    assert holder(group_of(role), qualifiers, sentence) == name


@pytest.mark.parametrize("question, sentence, name, another", [
    ("Who is the new defence minister?", "The deal was reached with the new health minister, Ruben Ostrand, who took "
     "office last month.", "Ruben Ostrand", True),
    ("Who is the defence minister?", "Finance Minister Karl Berg said the budget was fair.", "Karl Berg", True),
    ("Who is the head coach?", "Assistant coach Lars Berg said the team was ready.", "Lars Berg", True),
    ("Who is the health minister?", "The deal was reached with the new health minister, Ruben Ostrand.",
     "Ruben Ostrand", False),
    ("Who is the finance minister?", "Finance Minister Karl Berg said the budget was fair.", "Karl Berg", False),
    ("Who is the head coach?", "Rovers coach Lars Berg said the team was ready.", "Lars Berg", False),   # a club
    ("Who is the club's manager?", "Interim manager Sabine Thornley said it was fine.", "Sabine Thornley", False),
    ("Who is the minister?", "The defence minister, Ruben Ostrand, said so.", "Ruben Ostrand", False),
    ("Who is the foreign minister?", "The foreign minister met the defence minister, Ruben Ostrand.",
     "Ruben Ostrand", False),                           # the word asked is in the sentence
    ("Who is the finance minister?", "The embattled minister, Karl Berg, said it was fair.", "Karl Berg", False),
    ("Who is the head coach?", "The club's experienced coach, Karl Berg, said so.", "Karl Berg", False),
])
def test_the_role_asked_with_another_word_saying_which(question, sentence, name, another):
    a = sentence.index(name)
    assert another_role(question, sentence, a, a + len(name)) is another


@pytest.mark.parametrize("question, deed, said", [
    ("Who designed the new footbridge over the River Tavis?", "design", "designed the new footbridge over the River Tavis"),
    ("Who refereed Rovers against Greyhollow?", "referee", "refereed Rovers against Greyhollow"),
    ("Who coached Kaylee Moss?", "coach", "coached Kaylee Moss"),
    ("Which company will build the new wing?", "build", "will build the new wing"),
    ("Who built it?", "build", "built it"),
    ("Who published the report?", "", ""),               # "released by", "a survey by Ipsos for …" say it too
    ("Who is the referee?", "", ""),                    # a role (``role_asked``)
    ("Who made the decision?", "", ""),
    ("Who decided?", "", ""),
    ("Who directed Grey Water?", "", ""),         # a film is its director's as often as not: "Ida Sommer's Grey Water"
])
def test_the_deed_a_question_asks_who_did(question, deed, said):
    asked = deed_asked(question)
    assert (asked.kind, asked.asked) == (deed, said) if deed else asked is None


@pytest.mark.parametrize("deed, sentence, says", [
    ("design", "The renovation was paid for by the council and a grant from the Hedvig Sunne Foundation.", False),
    ("design", "The bridge was designed by the Oslo practice Brekke Strand.", True),
    ("design", "Architects Lund & Mo drew the plans.", True),
    ("referee", "Emeka Okafor gave Greyhollow the lead after 34 minutes.", False),
    ("referee", "Referee: Sanna Blom", True),
    ("build", "The city council voted on Tuesday to approve a new wing.", False),
    ("build", "The wing will be built by Nordbygg.", True),
    ("coach", "Moss, who trains with Dale Haig in Perth, won.", True),
    ("compose", "The score was written by Ana Lind.", True),
    ("build", "The tower was erected by Nordbygg in 1990.", True),
])
def test_a_sentence_saying_who_did_a_deed_names_it(deed, sentence, says):
    assert says_deed(Deed(deed, ""), sentence) is says


@pytest.mark.parametrize("question, sentence, other", [
    ("Who won best actor at the festival?", 'Best actress went to Maja Korhonen for "Glass Harbour".', True),
    ("Who came second in the women's marathon?", "Kibet was second in the men's race.", True),
    ("Who is Anna Berg's husband?", "Tom Berg said his wife Anna had been at sea.", False),   # relations: either side
    ("Who won the women's 400m?", "Ruth Marsh won the women's 400 metres; the men's race went to Ola Berg.", False),
    ("Who won the men's marathon?", "Amara Osei broke the course record, while Noor Vinter won the women's race.",
     False),                                            # a men's race is often told unmarked
    ("Who won the boys' race?", "Ada Lind won the girls' race.", True),
    ("Who won the marathon?", "Ester Molnar took the women's race.", False),       # neither asked
    ("How much is a one-way ticket to New York?", "Return fares will start at 649 euros.", True),
])
def test_one_of_a_pair_is_not_answered_by_the_other(question, sentence, other):
    from qa.read.roles import names_only_the_other_of_a_pair

    assert names_only_the_other_of_a_pair(question, sentence) is other


@pytest.mark.parametrize("question, sentence, name, other", [
    ("What were the names of Pia Sandvik's sons?", "Sandvik is survived by her husband, Aksel, and two sons.",
     "Aksel", True),
    ("Who is Jonas Hale's father?", "Hale is the son of former international defender Peter Hale.", "Peter Hale",
     False),                                                                 # a job says nothing of kin
    ("Who is Pia Sandvik's husband?", "Sandvik is survived by her husband, Aksel, and two sons.", "Aksel", False),
    ("What is the name of her son?", "Her son, Erik, said she was a fighter.", "Erik", False),
    ("Who is the father of the cubs?", "The father, Tor, came from a zoo in Sweden, said Birgit Amundsen.",
     "Birgit Amundsen", False),                                              # "said" gives no kin or work
])
def test_kin_asked_is_not_a_name_given_as_other_kin_or_a_job(question, sentence, name, other):
    from qa.read.roles import kin_of_another

    at = sentence.index(name)
    assert kin_of_another(question, sentence, at, at + len(name)) is other


@pytest.mark.parametrize("sentence, name, other", [
    ("Liv Tormod won the women's race in 2:24:05, her second title.", "Liv Tormod", True),
    ("Emil Kaasen won the race, while the women's race went to Liv Tormod.", "Emil Kaasen", False),   # unmarked
    ("Emil Kaasen won the men's race and Liv Tormod the women's.", "Liv Tormod", False),   # "men's" said: the pair rule
])
def test_a_name_told_with_the_womens_event_does_not_answer_the_mens(sentence, name, other):
    from qa.read.roles import womens_for_mens

    at = sentence.index(name)
    assert womens_for_mens("Who won the men's race?", sentence, at, at + len(name)) is other


@pytest.mark.parametrize("question, sentence, other", [
    ("Who won best actress?", "Ida Sommer's Grey Water won the Golden Heron for best film.", True),
    ("Who won best actress?", "Best actor went to Piet Lorenz; best actress to Hedda Sommer.", False),
    ("Who won best actress?", "Hedda Sommer was the night's star.", False),              # no category named
    ("Who won best actress?", "Best supporting actress went to Mira Holt.", True),
])
def test_an_awards_category_asked_is_not_answered_by_a_sentence_naming_only_others(question, sentence, other):
    from qa.read.roles import another_category

    assert another_category(question, sentence) is other


def test_kin_and_award_rules_leave_a_job_asked_related_kin_and_a_phrase_alone():
    from qa.read.roles import another_category, kin_of_another

    for question, sentence, name in [
            ("Which lawyer represented the widow?", "The widow was represented by lawyer Ana Berg.", "Ana Berg"),
            ("Who are the boy's parents?", "The boy's father, Jon Berg, said he was proud.", "Jon Berg")]:
        at = sentence.index(name)
        assert not kin_of_another(question, sentence, at, at + len(name)), question
    assert not another_category("Who was named best player of the tournament?", "Lee Kim, named player of the "
                                "tournament, called the final the best performance of her career.")


def test_a_question_naming_both_of_the_pair_is_left_alone():
    from qa.read.roles import womens_for_mens

    s = "Noor Vinter won the women's race in 2:29:10."
    assert not womens_for_mens("the women's race: Who won the men's marathon?", s, 0, 11)


@pytest.mark.parametrize("question, sentence, name, other", [
    ("Who is Kessaly Biologics' chief scientific officer?", '"A proud day," said Dr Anneli Rusk, Chief Executive '
     "Officer.", "Dr Anneli Rusk", True),
    ("Who is Kessaly Biologics' chief scientific officer?", "Professor Tomasz Lehr, Chief Scientific Officer and "
     "co-inventor, added: \"Yes.\"", "Professor Tomasz Lehr", False),
    ("Who is the chief scientific officer of Kessaly Biologics?", "Dr Anneli Rusk, Chief Executive Officer, spoke.",
     "Dr Anneli Rusk", True),
    ("Who is the deputy mayor?", "Anna Berg, the mayor, said no.", "Anna Berg", True),
    ("Who is the deputy mayor?", "Anna Berg, Deputy Mayor, said no.", "Anna Berg", False),
    ("Who is the mayor?", "Anna Berg, the deputy mayor, said no.", "Anna Berg", False),   # one word asked: another
    ("Who is the chief executive?", "Anna Berg, Kelby, said no.", "Anna Berg", False),    # rule's
])
def test_a_title_given_right_after_a_name_with_other_words_before_its_last_is_another(question, sentence, name,
                                                                                       other):
    from qa.read.roles import titled_otherwise

    at = sentence.index(name)
    assert titled_otherwise(question, sentence, at, at + len(name)) is other


def test_a_role_given_as_another_bodys_and_a_bodys_initials():
    from qa.read.roles import holder_quoted, role_of_another

    trask = "\"We are full,\" SorNet's chief executive, Max Trask, told me."
    assert role_of_another("Who is the chief executive of Sorvenna Railways?", trask)       # another body's
    assert not role_of_another("Who is the chief executive of SorNet?", trask)
    haugland = "\"We waited fifteen years,\" said SR's timetable director, Bert Haug."
    assert not role_of_another("Who is Sorvenna Railways' timetable director?", haugland)   # its initials
    assert role_of_another("Who is Sorvenna Ferries' timetable director?", haugland.replace("SR's", "SorNet's"))
    at = haugland.index("Bert Haug")
    assert holder_quoted(group_of("director"), haugland, at, at + 9)
    assert not holder_quoted(group_of("director"), haugland, 0, 10)
