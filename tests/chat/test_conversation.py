"""Follow-up rewriting on hand-made turns (no model, no index)."""

import pytest

from qa.chat.conversation import Turn, called, is_follow_up, person, phrases, resolve
from qa.chat.referents import subject

ADVISER_Q = "Who is South Korea's national security adviser?"
SHIN = ("South Korea’s national security adviser Shin Won-sik told local broadcaster SBS that Russia has given "
        "North Korea equipment to improve its air defense systems in exchange for the more than 10,000 troops "
        "Pyongyang provided.")
GIVE_Q = "What did Russia give North Korea?"
MISSILES = ("Russia has provided North Korea with anti-aircraft missiles and air defense equipment in exchange for "
            "sending troops to support its war efforts in Ukraine, according to South Korea’s national security adviser.")
SEED = "000_4ec855d9f35632c0.txt"


def adviser_turn(answer: str) -> Turn:
    return Turn(ADVISER_Q, ADVISER_Q, answer, SHIN, SEED)


GIVE = Turn(GIVE_Q, GIVE_Q, "anti-aircraft missiles", MISSILES, SEED)


@pytest.mark.parametrize("answer", [
    "Shin Won-sik",       # what the reader should quote
    "sik",                # a partial name: widened to the name around it
    SHIN,                 # the fake encoder's whole-sentence answer: the name next to "adviser", before "told"
])
def test_target_follow_up(answer):
    assert resolve("Which broadcaster did he talk to?", [adviser_turn(answer)]) == \
        "Which broadcaster did Shin Won-sik talk to?"


def test_questions_that_stand_alone_are_left_alone():
    turns = [adviser_turn("Shin Won-sik")]
    for q in ["Which broadcaster did Shin Won-sik talk to?", "Where are the North Korean troops fighting?",
              "Is there a war in Ukraine?", "Who said that Russia gave missiles?", "How many troops did North Korea send?"]:
        assert resolve(q, turns) is None, q


def test_nothing_to_draw_on():
    assert resolve("Which broadcaster did he talk to?", []) is None
    assert resolve("", [GIVE]) is None


def test_possessive_and_object_pronouns():
    turns = [adviser_turn("Shin Won-sik")]
    assert resolve("What is his job?", turns) == "What is Shin Won-sik's job?"
    assert resolve("Who interviewed him?", turns) == "Who interviewed Shin Won-sik?"
    assert resolve("Who is that?", turns) == "Who is Shin Won-sik?"


def test_it_as_subject_is_the_previous_subject_and_as_object_the_answer():
    assert resolve("Why did it do that?", [GIVE]) == "Why did Russia do that?"
    assert resolve("What did they get in exchange?", [GIVE]) == "What did Russia get in exchange?"
    assert resolve("How many of them were sent?", [GIVE]) == "How many of anti-aircraft missiles were sent?"


def test_there_points_to_a_place_answer():
    kursk = Turn("Where are the North Korean troops fighting?", "Where are the North Korean troops fighting?",
                 "Kursk", "United States officials have said the North Korean troops are fighting Ukrainians in "
                 "the Kursk region of Russia.", SEED)
    assert resolve("What happened there?", [kursk]) == "What happened in Kursk?"
    assert resolve("Are there other troops?", [kursk]) is None


def test_question_word_only_borrows_the_previous_question():
    assert resolve("When?", [GIVE]) == "When did Russia give North Korea?"
    assert resolve("Why?", [GIVE]) == "Why did Russia give North Korea?"
    assert resolve("When did that happen?", [GIVE]) == "When did Russia give North Korea?"


def test_what_about_swaps_the_subject():
    assert resolve("And Iran?", [GIVE]) == "What did Iran give North Korea?"
    assert resolve("What about Iran?", [GIVE]) == "What did Iran give North Korea?"


def test_what_about_a_person_after_a_speaker_asked_for_by_role_asks_what_they_said():
    mayor = Turn("What did the Halvik mayor say?", "What did the Halvik mayor say?", "she would ask for help",
                 "The Halvik town mayor, Solveig Rygg, said she would ask for help.", SEED)
    assert resolve("What about Rune Maaklev?", [mayor]) == "What did Rune Maaklev say?"     # not "the Rune Maaklev
    # mayor"


def test_chains_use_the_searched_question():
    t1 = adviser_turn("Shin Won-sik")
    t2 = Turn("Which broadcaster did he talk to?", "Which broadcaster did Shin Won-sik talk to?", "SBS", SHIN, SEED)
    assert resolve("What did he say?", [t1, t2]) == "What did Shin Won-sik say?"


def test_helpers():
    assert phrases("The North Koreans gave Russia troops, U.S. officials and Kim Jong-Un's aides said") == \
        ["North Koreans", "Russia", "U.S", "Kim Jong-Un"]
    assert subject(GIVE) == "Russia"
    assert person(adviser_turn("sik")) == "Shin Won-sik"
    assert is_follow_up("Which broadcaster did he talk to?")
    assert is_follow_up("Why?")
    assert not is_follow_up("Where are the North Korean troops fighting?")


@pytest.mark.parametrize("q", ["", "   ", "?!", "\x00\x01 he", "a" * 100_000, "the of and", "Что дала Россия?",
                               "http://example.com/?q=he", "<script>alert('it')</script>", "他是谁？", "It"])
def test_odd_questions_never_raise(q):
    out = resolve(q, [GIVE])
    assert out is None or isinstance(out, str)


# -- references by kind (made-up turns) ------------------------------------------------------------
def _turn(question: str, answer: str, sentence: str = "") -> Turn:
    return Turn(question, question, answer, sentence, "a.txt")


def test_he_means_a_person_and_it_a_thing_never_the_other():
    t = _turn("Which director made the film Blue Harbour?", "Ana Ruiz")
    assert resolve("How old is she?", [t]) == "How old is Ana Ruiz?"
    t = _turn("Which novel won the Lantern Prize?", "The Salt Road")
    assert resolve("Who wrote it?", [t]) == "Who wrote The Salt Road?"


def test_a_name_and_its_short_form_are_one_person_named_in_full():
    t = Turn("What did Kim Jong-Un say in his speech?", "What did Kim Jong-Un say in his speech?",
             "We have gone as far as we could", "“We have gone as far as we could,” Kim said in a speech on Friday.",
             "a.txt")
    assert resolve("When did he say it?", [t]).startswith("When did Kim Jong-Un say it")     # not "Kim", "Jong-Un"
    from qa.chat.referents import PERSON, Referent, same_names_once
    refs = [Referent("Joe Biden", PERSON, where="question"), Referent("Hunter Biden", PERSON, where="question"),
            Referent("Biden", PERSON, where="sentence", strong=True)]
    assert same_names_once(refs) == refs                                  # which Biden: not guessed
    t = _turn("By how much did tourism in Portugal grow, according to the Bank of Portugal?", "12%")
    assert resolve("Which industry earns more for the country?", [t]) == \
        "Which industry earns more for Portugal?"                   # a place is not the bank named after it


def test_they_means_a_group_before_a_thing():
    t = _turn("Which band recorded the album Night Trains?", "The Ferrymen")
    assert resolve("Where do they come from?", [t]) == "Where do The Ferrymen come from?"
    t = _turn("Which treaty would the Greens leave under the Brenner plan?", "the Alpine Convention")
    assert resolve("What do they want instead?", [t]) == "What do Greens want instead?"


def test_a_definite_noun_phrase_is_the_name_of_its_kind():
    t = _turn("Who is the spokesman for Coraline, the firm behind the new tram posters?", "Ravi Patel")
    assert resolve("How much did the company earn last year?", [t]) == "How much did Coraline earn last year?"
    assert resolve("What did the company's posters show?", [t]) == "What did Coraline's posters show?"


def test_one_substitution_per_referent():
    t = _turn("Which minister resigned over the visa scandal?", "Tom Vale")
    assert resolve("When did he say his party would support him?", [t]) == \
        "When did Tom Vale say his party would support him?"


def test_ellipsis_with_a_year_a_name_or_before_and_after():
    t = _turn("How much did Norvik lose in 2004?", "$200m")
    assert resolve("And the year before?", [t]) == "How much did Norvik lose in 2003?"
    assert resolve("And in 2002?", [t]) == "How much did Norvik lose in 2002?"
    t = _turn("What was the tax rate before the reform came in?", "2.6%")
    assert resolve("And afterwards?", [t]) == "What was the tax rate after the reform came in?"
    t = _turn("How old is Rovers goalkeeper Jan Holm?", "22")
    assert resolve("And Peters?", [t]) == "How old is Rovers goalkeeper Peters?"


def test_and_followed_by_a_question_is_that_question_resolved():
    t = _turn("When does Norvik's loan agreement with the bank expire?", "February")
    assert resolve("And until when will it pay back the old loans?", [t]) == \
        "Until when will Norvik pay back the old loans?"


def test_a_reference_without_a_name_keeps_the_previous_topic():
    t = _turn("What was the jobless rate in Eldoria in May?", "5.4%")
    out = resolve("Why did that figure fall?", [t])
    assert out.startswith("Why did that figure fall, about ") and "jobless" in out and "Eldoria" in out


def test_a_noun_left_out_takes_the_previous_topic():
    t = _turn("How many bids had the auction of the old lighthouse received?", "14")
    out = resolve("What was the highest one?", [t])
    assert out.startswith("What was the highest one, about ") and "bids" in out and "auction" in out


def test_a_long_answer_is_still_the_work_asked_for():
    t = _turn("Which book won the Lantern Prize?", "a study of the history of salt and its trade")
    assert resolve("Where does its author teach?", [t]) == \
        "Where does a study of the history of salt and its trade's author teach?"


@pytest.mark.parametrize("question", [
    "Is it true that North Korea sent troops to Russia?",
    "Was it widely known whether Pyongyang provided troops?",
    "Why is it important that Russia gave missiles?",
    "It is still not clear whether the equipment arrived?",
    "Who was it that told SBS about the missiles?",
    "Is it likely that the troops will return home?",       # "that the …": a clause, not "that deal"
])
def test_an_it_pointing_forward_is_no_reference(question):
    assert not is_follow_up(question)
    assert resolve(question, [GIVE]) is None


def test_a_pronoun_beside_an_it_pointing_forward_is_still_resolved():
    turns = [adviser_turn("Shin Won-sik")]
    assert resolve("Is it true that he told SBS?", turns) == "Is it true that Shin Won-sik told SBS?"
    assert resolve("Was it sent to Ukraine?", [GIVE]) == "Was Russia sent to Ukraine?"


def test_do_that_is_an_action_not_the_answer():
    assert resolve("Why did he do that?", [adviser_turn("Shin Won-sik")]) == "Why did Shin Won-sik do that?"


def test_a_quotation_is_no_referent_and_a_new_speaker_leaves_the_old_one_behind():
    t = _turn("What did the harbour union organiser say?", "the strike would go ahead")
    assert "strike would go ahead" not in (resolve("What did its chief executive say?", [t]) or "")
    out = resolve("What did the operator say?", [t])
    assert out.startswith("What did the operator say, about ") and "harbour" in out and "organiser" not in out
    out = resolve("What did she say next?", [t])           # no new speaker: the story is still the organiser's
    assert "organiser" in out


def test_asking_for_something_else_leaves_out_the_last_answer():
    from qa.chat.conversation import avoided

    t = Turn("What did Mara Lind say?", "What did Mara Lind say?", "it is over", 'Mara Lind said: "It is over."', "a.txt")
    assert avoided("What else did she say?", [t]) == (("a.txt", 'Mara Lind said: "It is over."'),)
    assert avoided("What did she say next?", [t]) == (("a.txt", 'Mara Lind said: "It is over."'),)
    assert avoided("Why did she say it?", [t]) == ()
    assert avoided("What else?", [Turn("Q?", "Q?")]) == ()          # the last turn found nothing
    more = Turn("What else did she say?", "What else did Mara Lind say?", "we go on", "Ms Lind said: we go on.", "b.txt")
    other = Turn("Who is Mara Lind?", "Who is Mara Lind?", "the mayor", "Mara Lind is the mayor.", "c.txt")
    assert avoided("What else did she say?", [other, t, more]) == (("b.txt", "Ms Lind said: we go on."),
                                                                   ("a.txt", 'Mara Lind said: "It is over."'))


def test_it_is_the_thing_the_last_question_named_with_its_noun_or_else_the_one_before():
    t = _turn("Who designed the Saltmarsh footbridge?", "Van Aalst Ingenieurs",
              "The Saltmarsh footbridge was designed by Van Aalst Ingenieurs.")
    assert resolve("When will it open?", [t]) == "When will the Saltmarsh footbridge open?"
    t = _turn("When was the Kessvik agreement signed?", "14 June 2023", "The Kessvik agreement was signed on 14 June 2023.")
    assert resolve("Who signed it?", [t]) == "Who signed the Kessvik agreement?"
    t = _turn("How much did the new Ness bridge cost?", "KR 143 million", "The new Ness bridge cost KR 143 million.")
    assert resolve("What is it called?", [t]) == "What is the new Ness bridge called?"      # not "Ness"
    owner = _turn("Who owns Café Lumière?", "Renée Dufresne",
                  "Owner Renée Dufresne, 68, said rising rents had made the business impossible.")
    assert resolve("What did she say?", [owner]) == "What did Renée Dufresne say?"      # not "Owner Renée …"
    scorer = _turn("Who scored the winner?", "Bence Varga",
                   "Substitute Bence Varga scored in the 89th minute.")
    assert resolve("How old is he?", [scorer]) == "How old is Bence Varga?"            # what he is, not his name
    said = Turn("What did she say?", "What did Renée Dufresne say?", "rising rents had made the business impossible",
                owner.sentence, "a.txt")
    assert resolve("What will replace it?", [owner, said]) == "What will replace Café Lumière?"


def test_it_is_a_thing_of_two_nouns_when_the_last_word_left_is_the_verb():
    t = _turn("How much will the Varno tram depot cost?", "KR 18 million", "The Varno tram depot will cost KR 18 million.")
    assert resolve("When will it open?", [t]) == "When will the Varno tram depot open?"      # not "Varno"
    t = _turn("When did the Harwick Road bus lane open?", "in May", "The Harwick Road bus lane opened in May.")
    assert resolve("How long is it?", [t]) == "How long is the Harwick Road bus lane?"
    t = _turn("When does the Elmsport bridge close early?", "on Fridays", "The Elmsport bridge closes early on Fridays.")
    assert "bridge close" not in resolve("When will it reopen?", [t])           # "early" is no verb
    t = _turn("What did the Brask council decide yesterday?", "to close it", "The Brask council decided to close it.")
    assert "council decide" not in resolve("Why did it do that?", [t])            # "yesterday" is no verb


def test_his_brother_asks_the_same_of_the_brother():
    t = _turn("What sentence did Arvid Holm receive?", "four years", "Arvid Holm, 52, was jailed for four years.")
    assert resolve("And his brother?", [t]) == "What sentence did Arvid Holm's brother receive?"
    t = _turn("How old is Ida Brennan?", "54", "Ida Brennan, 54, runs the bakery.")
    assert resolve("And her husband?", [t]) == "How old is Ida Brennan's husband?"


def test_she_is_the_person_named_after_a_groups_noun_and_never_a_bay():
    t = Turn("Who is the leader of Orsk Bay council?", "Who is the leader of Orsk Bay council?", "Edda Lind",
             "The leader of the council, Edda Lind, said the pier would reopen.", "a.txt")
    assert resolve("Who did she take over from?", [t]) == "Who did Edda Lind take over from?"


def test_a_surname_like_a_place_is_still_a_person_and_a_band_named_after_a_comma_a_group():
    from qa.chat.referents import kind_of

    t = _turn("Who directed Ocean Run?", "Michael Bay", "Ocean Run was directed by Michael Bay.")
    assert resolve("How old is he?", [t]) == "How old is Michael Bay?"
    assert kind_of("Kids Pots", "the band, ")[0] == "group"
    t = _turn("Who did the Orsk council vote for?", "Ada Berg", "The Orsk council voted for Ada Berg.")
    assert "council vote" not in resolve("When did it meet?", [t])              # "for" is no verb
    t = _turn("When did the Orsk museum director resign?", "in May", "The Orsk museum director resigned in May.")
    assert "director" not in resolve("When did it open?", [t])                  # a director is no "it"


def test_she_is_never_the_union_a_sentence_says_she_spoke_for():
    t = Turn("What did Paulette Mwangi say?", "What did Paulette Mwangi say?", "her members had been told nothing",
             "Paulette Mwangi, who represents ferry crews for the Maritime Workers Union, said her members had been "
             "told nothing.", "a.txt")
    assert resolve("What else did she say?", [t]) == "What else did Paulette Mwangi say?"


def test_and_x_asks_the_same_of_something_else_so_the_last_quote_is_no_answer():
    from qa.chat.conversation import repeated

    t = Turn("How old is goalkeeper Tomas Reyhill?", "How old is goalkeeper Tomas Reyhill?", "31",
             "The 31-year-old keeper was injured.", "a.txt")
    given = (("a.txt", "The 31-year-old keeper was injured.", "31"),)
    assert repeated("And Okonkwo?", [t]) == given
    assert repeated("What about his deputy?", [t]) == given
    assert repeated("Where does he live?", [t]) == ()            # a new question: the quote may answer it
    assert repeated("And Okonkwo?", [Turn("Q?", "Q?")]) == ()      # the last turn found nothing
    both = Turn("Who directed Harbourlight?", "Who directed Harbourlight?", "Ann Lee",
                "Ann Lee directed both Harbourlight and Northwind Nights for Glenmoor Films.", "a.txt")
    assert repeated("And Northwind Nights?", [both]) == ()          # the same clause names it: hers as well
    either = Turn("Which film won best drama?", "Which film won best drama?", "Harbourlight",
                  "Harbourlight won best drama, while Northwind Nights won best comedy.", "a.txt")
    assert repeated("And the best comedy?", [either]) == (("a.txt", either.sentence, "Harbourlight"),)
    beat = Turn("Who did Hull beat?", "Who did Hull beat?", "Leeds", "Hull beat Leeds 3-1.", "a.txt")
    assert repeated("And Leeds?", [beat]) == (("a.txt", "Hull beat Leeds 3-1.", "Leeds"),)   # X is the answer


def test_ellipsis_asking_for_another_thing_of_the_same_owner_or_anothers():
    t = _turn("What was Northwind's revenue in 2023?", "£612m")
    assert resolve("And its pre-tax profit?", [t]) == "What was Northwind's pre-tax profit in 2023?"
    assert resolve("What about its share price?", [t]) == "What was Northwind's share price in 2023?"
    assert resolve("And Tesco's profit?", [t]) == "What was Tesco's profit in 2023?"


def test_ellipsis_with_a_possessive_noun_asks_the_same_of_it():
    t = _turn("What was the women's winning time in the Velmora Marathon?", "2:31:04")
    assert resolve("And the men's?", [t]) == "What was the men's winning time in the Velmora Marathon?"
    assert resolve("What about the girls'?", [t]) == "What was the girls' winning time in the Velmora Marathon?"


def test_he_is_not_the_person_the_user_called_she():
    joined = Turn("Which club did Daniel Okonkwo join?", "Which club did Daniel Okonkwo join?", "Kestrel Rovers",
                  "Kestrel Rovers have signed striker Daniel Okonkwo from Harbour City.", "s.txt")
    manager = Turn("Who is their manager?", "Who is Kestrel Rovers' manager?", "Ilse Brandt",
                   "Rovers manager Ilse Brandt said the deal was done.", "s.txt")
    said = Turn("What did she say about him?", "What did Ilse Brandt say about him?", "exactly the striker",
                "Rovers manager Ilse Brandt said he was exactly the striker they wanted.", "s.txt")
    assert called(said, {"she", "her", "hers"}) == {"Ilse Brandt"} and called(said, {"he", "him", "his"}) == set()
    assert called(joined, {"he", "him", "his"}) == set()
    assert resolve("Where did he start his career?", [joined, manager, said]) == \
        "Where did Daniel Okonkwo start his career?"            # an earlier turn's person
    assert resolve("What else did she say?", [joined, manager, said]) == "What else did Ilse Brandt say?"
    assert resolve("Where did he start his career?", [manager]) == "Where did Ilse Brandt start his career?"


def test_a_question_about_this_story_is_about_the_last_answers_story():
    t = _turn("How much will the sea wall cost?", "£94m")           # quoted from a story
    assert resolve("When was this story published?", [t]) == "When was this story published?"
    assert resolve("Who wrote the article?", [t]) == "Who wrote the article?"
    assert resolve("Who wrote the story about the ferry strike?", [t]) is None      # it names its story


def test_it_is_the_thing_the_last_question_named_with_a_common_noun_when_no_name_fits():
    assert resolve("When will it be finished?", [_turn("How much will the sea wall cost?", "£94m")]) == \
        "When will the sea wall be finished?"
    assert resolve("When will it open?", [_turn("How long is the new bridge?", "2.3 miles")]) == \
        "When will the new bridge open?"                            # a measure is no referent
    assert resolve("How much did it cost?", [_turn("When was the bridge opened?", "in 2019")]) == \
        "How much did the bridge cost?"
    assert resolve("How will it be paid for?", [_turn("When will the sea wall be finished?", "2028")]) == \
        "How will the sea wall be paid for?"
    assert resolve("What is its length?", [_turn("How much will the sea wall cost?", "£94m")]) == \
        "What is the sea wall's length?"
    assert resolve("Why did it do that?", [_turn("What did Russia give North Korea?", "anti-aircraft missiles")]) == \
        "Why did Russia do that?"                                   # a name first
    out = resolve("When do they start?", [_turn("How many rules did the council pass?", "12")])
    assert out.startswith("When do they start, about ")            # a plural: not "it"'s


@pytest.mark.parametrize("previous, follow_up, rewritten", [
    ("Which film won best drama at the 2005 Harbour awards?", "And the best comedy film?",
     "Which film won the best comedy film at the 2005 Harbour awards?"),
    ("Which band was named best new international artist at the Harbour awards?", "What about best album?",
     "Which band was named best album at the Harbour awards?"),
    ("How much did the council spend on roads last year?", "And the county council?",       # its head noun
     "How much did the county council spend on roads last year?"),
    ("What is the unemployment rate in Northwind?", "And the inflation rate?", "What is the inflation rate in Northwind?"),
    ("Who won the men's singles title at the Harbour Open?", "And the women's singles title?",
     "Who won the women's singles title at the Harbour Open?"),
    ("Who won gold in 2004?", "And team gold?", "Who won team gold in 2004?"),            # "won" is no modifier
    ("What was Northwind's pre-tax profit in 2023?", "And revenue?", "What was Northwind's revenue in 2023?"),
    ("What was Northwind's profit in 2023?", "And the revenue?", "What was Northwind's revenue in 2023?"),
    ("Who won the 2004 Harbour Cup?", "And the 2005 one?", "Who won the 2005 Harbour Cup?"),
    ("What did the minister say about the new rail budget?", "And the health budget?",
     "What did the minister say about the health budget?"),
])
def test_and_x_takes_the_place_of_the_phrase_it_stands_for(previous, follow_up, rewritten):
    assert resolve(follow_up, [Turn(previous, previous, "Harbourlight", "s", "a.txt")]) == rewritten



def test_and_in_a_year_after_a_season_asks_for_the_season_ending_then():
    t = _turn("Where did Harrowgate Rovers finish in 2023-24?", "11th", "Rovers finished 11th in 2023-24.")
    assert resolve("And in 2025?", [t]) == "Where did Harrowgate Rovers finish in 2024-25?"    # not "2025-24"
    assert resolve("And the season before?", [t]) == "Where did Harrowgate Rovers finish in 2022-23?"


def test_a_title_says_whom_he_or_she_can_mean():
    t = _turn("How many votes did Pellew get?", "1,473", "Ms Raman received 1,482 votes and Mr Pellew 1,473.")
    assert "Ms Raman" not in (resolve("What did he say?", [t]) or "")
    assert "Mr Pellew" not in (resolve("What did she say?", [t]) or "")


def test_a_turn_that_found_nothing_and_named_nothing_leaves_the_one_before_it_to_draw_on():
    first = _turn("Who heads the Saltmarsh ferry company?", "Ada Okonkwo",
                  "The Saltmarsh ferry company is run by Ada Okonkwo.")
    nothing = Turn("Who came second?", "Who came second?", "", "", "")
    assert resolve("How old is she?", [first, nothing]) == "How old is Ada Okonkwo?"


@pytest.mark.parametrize("previous, follow_up, rewritten", [
    ("When does the last bus leave on route 12?", "What about route 21?", "When does the last bus leave on route 21?"),
    ("When does the last bus leave on route 21?", "And route 7?", "When does the last bus leave on route 7?"),
    ("route 21: When does the last bus leave?", "And route 7?", "route 7: When does the last bus leave?"),
    ("Which trains stop at Platform 4 after midnight?", "And Platform 9?", "Which trains stop at Platform 9 after midnight?"),
    ("How many beds are there on Ward 7?", "What about Ward 12?", "How many beds are there on Ward 12?"),
    ("When does flight BA117 land at Harbourfield?", "And flight QX40?", "When does flight QX40 land at Harbourfield?"),
    ("How many marks is Question 3 worth?", "And question 4b?", "How many marks is question 4b worth?"),
])
def test_and_a_noun_with_a_number_replaces_the_whole_name_of_that_noun(previous, follow_up, rewritten):
    assert resolve(follow_up, [_turn(previous, "19:25")]) == rewritten


@pytest.mark.parametrize("previous, follow_up, rewritten", [
    ("How much state spending did the 2025 budget set?", "And in the 2026 budget?",
     "How much state spending did the 2026 budget set?"),
    ("What deficit did the 2025 budget forecast?", "What about the 2026 budget?",
     "What deficit did the 2026 budget forecast?"),
    ("Who won the 2023 election in Tarn?", "And the 2019 election?", "Who won the 2019 election in Tarn?"),
])
def test_and_a_year_naming_a_thing_takes_the_place_of_that_things_year(previous, follow_up, rewritten):
    assert resolve(follow_up, [_turn(previous, "184.6 billion krell")]) == rewritten


@pytest.mark.parametrize("previous, follow_up, rewritten", [
    ("How many roads do police say are closed?", "What about the fire service?",
     "How many roads do the fire service say are closed?"),
    ("How many people did the police say marched?", "And according to the organisers?",
     "How many people did the organisers say marched?"),
    ("How many people marched, according to the organisers?", "What about the police?",
     "How many people marched, according to the police?"),
])
def test_another_source_asks_the_same_figure_of_it(previous, follow_up, rewritten):
    assert resolve(follow_up, [_turn(previous, "8,000")]) == rewritten


def test_a_new_subject_is_no_source():
    """"What about the 2024 march?" names no one who tells figures: the police stay; "And in hospital?"
    is a phrase, not the hospital telling."""
    assert "police" in resolve("What about the 2024 march?", [_turn("How many people did police say marched?", "8,000")])
    assert "police" in resolve("And in hospital?", [_turn("How many people did police say were injured?", "12")])


@pytest.mark.parametrize("previous, follow_up, rewritten", [
    ("How many votes did Pell get in the first round?", "And in the run-off?",
     "How many votes did Pell get in the run-off?"),
    ("What was Marchbank's revenue in the first quarter?", "And in the second quarter?",
     "What was Marchbank's revenue in the second quarter?"),
    ("How much did the council spend on roads in 2025?", "What about on schools?",
     "How much did the council spend on schools in 2025?"),
    ("How many homes were sold in September 2022 in Tarvik?", "And in October 2022?",
     "How many homes were sold in October 2022 in Tarvik?"),
    ("What is life expectancy for men in Osterby?", "And for women?", "What is life expectancy for women in Osterby?"),
    ("What was the krona trading at against the euro at the close?", "What about against the US dollar?",
     "What was the krona trading at against the US dollar at the close?"),            # a thing, then a name
    ("Who drew with the champions on Saturday?", "And with Leeds?", "Who drew with Leeds on Saturday?"),
    ("How much did house prices in Castrelle rise in 2025?", "And in Lisk?",
     "How much did house prices in Lisk rise in 2025?"),                              # a name ends the phrase
    ("How much did rents in Newcastle upon Tyne rise?", "And in Lisk?", "How much did rents in Lisk rise?"),
    ("How much did house prices in Castrelle rise in 2025?", "And across the country?",
     "How much did house prices across the country rise in 2025?"),                   # a wider place
])
def test_a_phrase_takes_the_place_of_the_one_like_it(previous, follow_up, rewritten):
    assert resolve(follow_up, [_turn(previous, "12,400")]) == rewritten


def test_a_phrase_of_another_kind_keeps_the_one_asked():
    """"And in Harwick?" (a place) after "… in the first round?" (a thing) replaces nothing."""
    out = resolve("And in Harwick?", [_turn("How many votes did Pell get in the first round?", "12,400")])
    assert "first round" in out and "Harwick" in out


def test_and_an_award_named_with_of_the_replaces_the_award_asked_about():
    t = _turn("Who won Business of the Year?", "Copperfold Bakery")
    assert resolve("And Young Entrepreneur of the Year?", [t]) == "Who won Young Entrepreneur of the Year?"
    t = _turn("Who won Young Entrepreneur of the Year?", "Ida Brennan")
    assert resolve("What about Employer of the Year?", [t]) == "Who won Employer of the Year?"


def test_and_a_party_takes_the_article_and_number_its_place_needs():
    t = _turn("How many votes did the Conservative candidate get in Ashby Vale?", "1,662")
    assert resolve("And the Liberal Democrats?", [t]) == \
        "How many votes did the Liberal Democrat candidate get in Ashby Vale?"
    assert resolve("And Labour?", [t]) == "How many votes did the Labour candidate get in Ashby Vale?"
    t = _turn("How many seats did the Greens win in Ashby Vale?", "2")
    assert resolve("And Labour?", [t]) == "How many seats did Labour win in Ashby Vale?"      # not "the Labour"
    t = _turn("How many seats did Labour win in Ashby Vale?", "9")
    assert resolve("And the Greens?", [t]) == "How many seats did the Greens win in Ashby Vale?"


def test_she_is_the_candidate_not_her_party_with_her():
    t = Turn("Who stood for the Greens?", "Who stood for the Greens?", "Tegan Morrow",
             "The Green Party's Tegan Morrow, standing for the first time, said she was pleased.", "a.txt")
    assert resolve("How many votes did she get?", [t]) == "How many votes did Tegan Morrow get?"


def test_and_in_a_month_replaces_the_month_asked_about():
    t = _turn("What was inflation in Eldoria in June?", "2.6%")
    assert resolve("And in May?", [t]) == "What was inflation in Eldoria in May?"
    t = _turn("How many homes were sold in March 2023?", "412")
    assert resolve("And April?", [t]) == "How many homes were sold in April 2023?"


def test_that_after_a_date_answer_is_no_month_name():
    t = _turn("When will births stop at Penbury Hospital?", "1 December",
              "Births at Penbury Hospital will end from 1 December.")
    out = resolve("How far is that?", [t])
    assert "December" not in out and out.startswith("How far is that, about ") and "Penbury" in out


def test_it_and_they_are_the_thing_named_not_the_name_that_says_which():
    t = _turn("When does the Norvik bridge close?", "18 March", "The Norvik bridge will close on 18 March.")
    assert resolve("When will it reopen?", [t]) == "When will the Norvik bridge reopen?"
    t = _turn("Why will the Norvik bridge close early?", "repairs", "The Norvik bridge will close early for repairs.")
    assert "close reopen" not in resolve("When will it reopen?", [t])        # "close" is its verb, not its noun
    t = _turn("How long will the Ashgrove repairs take?", "about 18 months")
    assert resolve("How much will they cost?", [t]) == "How much will the Ashgrove repairs cost?"
    t = _turn("What is the batch number of the Tiny Tubs?", "GV2240")
    assert resolve("What is its use-by date?", [t]) == "What is Tiny Tubs' use-by date?"


def test_it_is_the_thing_asked_about_not_the_name_after_its_preposition():
    t = _turn("Who scored the penalty for Harrowgate?", "Sam Dunmore", "Sam Dunmore scored the penalty.")
    assert resolve("When did he score it?", [t]) == "When did Sam Dunmore score the penalty?"
    t = _turn("Who designed the bridge in Norvik?", "Ann Lee", "Ann Lee designed the bridge.")
    assert resolve("When was it built?", [t]) == "When was the bridge built?"
    t = _turn("What is the capital of Norvia?", "Talsk")           # "is": the answer, as before
    assert resolve("How big is it?", [t]) == "How big is Talsk?"


def test_a_month_replaced_is_one_named_as_a_time_never_may_the_verb_nor_a_name():
    t = _turn("How much may prices rise in June?", "3%")
    assert resolve("And in July?", [t]) == "How much may prices rise in July?"
    t = _turn("What did Tomas May say in June?", "nothing")
    assert "Tomas July" not in resolve("And in July?", [t])


def test_a_question_word_alone_takes_the_place_of_one_only_before_an_auxiliary():
    t = _turn("Why did the Norvik bridge close?", "repairs")
    assert resolve("When?", [t]) == "When did the Norvik bridge close?"
    t = _turn("Which councillor stood down from the Millbrook seat?", "Neville Brayshaw")
    out = resolve("When?", [t])
    assert not out.startswith("When councillor") and "Millbrook" in out and "Neville Brayshaw" in out


def test_a_question_word_and_its_noun_alone_ask_it_of_the_one_the_last_answer_named():
    t = _turn("Who scored Eskeby United's third goal on the final day?", "Mikkel Haraldsen")
    assert resolve("In which minute?", [t]) == "In which minute did Mikkel Haraldsen score Eskeby United's third " \
                                               "goal on the final day?"
    assert resolve("When?", [t]) == "When did Mikkel Haraldsen score Eskeby United's third goal on the final day?"
    t = _turn("Who stood down from the Millbrook seat?", "Neville Brayshaw")
    assert resolve("In what year?", [t]) == "In what year did Neville Brayshaw stand down from the Millbrook seat?"
    assert resolve("In which months?", [t]) == "In which months did Neville Brayshaw stand down from the Millbrook " \
                                               "seat?"
    t = _turn("Who owns the Café Lumière?", "Ida Holm")         # no verb in the past
    assert resolve("In which year?", [t]).startswith("In which year, about")
    t = _turn("Who scored the winner?", "Oskar Lien")            # a question of its own, not a time or part
    assert resolve("What happened?", [t]) == "What happened, about Oskar Lien?" and resolve("Which team?", [t]) is None
    t = _turn("Who won best actress at the 2025 Saltmere film festival?", "Nadja Orloff")      # what it asks with a
    assert resolve("For which film?", [t]) == "For which film did Nadja Orloff win best actress at the 2025 " \
                                              "Saltmere film festival?"                   # preposition
    t = _turn("Who shared the best actress award at the Kestrowen festival?", "Annike Roos and Juno Farrelly")
    assert resolve("In which film?", [t]) == "In which film did Annike Roos share the best actress award at the " \
                                             "Kestrowen festival?"          # (the first of those named)


def test_an_ordinal_alone_takes_the_place_of_the_one_asked_before():
    t = _turn("Who scored Dunmere Miners' first goal in game seven?", "Oskar Lien")
    assert resolve("And their second?", [t]) == "Who scored Dunmere Miners' second goal in game seven?"
    assert resolve("What about the third one?", [t]) == "Who scored Dunmere Miners' third goal in game seven?"
    assert "Havlin Town's second" in resolve("And Havlin Town's second?", [t])     # another owner's: not in place
    t = _turn("What did the council decide last week about the first phase?", "to wait")
    assert resolve("And the second?", [t]) == "What did the council decide last week about the second phase?"
    t = _turn("Who won the first leg?", "Rovers")
    assert resolve("And the second leg?", [t]) == "Who won the second leg?"
    for before, after in [("Who won the semi-final?", "And the final?"), ("Who won the final?", "And the first leg?")]:
        assert resolve(after, [_turn(before, "Rovers")]) != before      # "final" is no ordinal to replace


def test_a_quantity_answered_is_no_referent_and_a_shop_is_it_not_she():
    t = _turn("Where are Brackenford in the table?", "61 points",
              "The win lifts Brackenford to sixth in the table on 61 points.")
    assert "61 points" not in resolve("How many points do they have?", [t])
    t = _turn("How much did the new Virrow Regional Hospital cost?", "Mk 680 million",
              "The hospital cost Mk 680 million.")         # a sum in a currency no list knows: "Mk" is no name
    assert "Mk?" not in resolve("How far over budget was that?", [t])
    assert resolve("Where was it held?", [_turn("Which summit did the minister attend?", "COP29",
                                                "The minister attended COP29 in November.")]) == "Where was COP29 held?"
    first = _turn("How many empty units did Harriet Quennell count?", "eleven")
    t = _turn("Which shop does Harriet Quennell own?", "Quennell's Bookshop")
    assert resolve("Which award did it win?", [first, t]) == "Which award did Quennell's Bookshop win?"


def test_and_with_an_owner_alone_asks_the_same_of_that_owner():
    t = _turn("Who is the Brackenford Town manager?", "Rybak Danforth")
    assert resolve("And Selby Vale's?", [t]) == "Who is the Selby Vale manager?"
    t = _turn("What was Northwind's revenue in 2023?", "£4.2bn")
    assert resolve("And Tesco's?", [t]) == "What was Tesco's revenue in 2023?"


def test_a_question_naming_nothing_stays_on_the_last_story_when_that_story_holds_its_words():
    from qa.chat.conversation import stays_on

    story = {"a.txt": "Of the 1,384 members balloted, 912 voted, a turnout of 65.9%. Lecturers will strike."}
    t = _turn("What share of Eastmere lecturers backed a strike?", "78%")
    assert stays_on("What was the turnout?", [t], story.__getitem__) == ("a.txt",)
    assert stays_on("What is the inflation rate?", [t], story.__getitem__) == ()          # not in that story
    assert stays_on("What was the turnout in Millbrook?", [t], story.__getitem__) == ()   # it names a place
    assert stays_on("What was the turnout?", [], story.__getitem__) == ()
    assert resolve("What was the turnout?", [t]) is None                                  # asked as typed


def test_a_question_naming_nothing_stays_on_the_last_story_that_holds_the_thing_it_calls_the():
    from qa.chat.conversation import stays_on

    story = {"a.txt": "Employment Judge Piet Ormond ruled on Wednesday that the case had been badly handled."}
    t = _turn("How much was the nurse awarded by the tribunal?", "86,000 merks")
    assert stays_on("Which judge decided the case?", [t], story.__getitem__) == ("a.txt",)    # "ruled", not "decided"
    assert stays_on("Which judge decided the appeal?", [t], story.__getitem__) == ()          # not that story's appeal
    assert stays_on("Who decided which case?", [t], story.__getitem__) == ()                  # nothing called "the …"
    assert stays_on("Who decided the case quickly?", [t], story.__getitem__) == ()            # two words not there


def test_a_story_holds_a_word_as_itself_or_with_an_ending_not_as_the_start_of_another():
    from qa.chat.conversation import stays_on

    story = {"a.txt": "Flooding closed the bridge, and a caseworker's report blamed the drains."}
    t = _turn("Which bridge was closed?", "the bridge")
    assert stays_on("What caused the flood?", [t], story.__getitem__) == ("a.txt",)     # "Flooding"
    assert stays_on("Who handled the case?", [t], story.__getitem__) == ()              # "caseworker's" is not "case"
    assert stays_on("Who wrote the reports?", [t], story.__getitem__) == ("a.txt",)     # "report"
    marched = {"a.txt": "Protesters marched on the town hall, and voting was delayed."}
    assert stays_on("What did the protest demand?", [t], marched.__getitem__) == ("a.txt",)   # "Protesters"
    assert stays_on("When did the vote start?", [t], marched.__getitem__) == ("a.txt",)       # "voting"


def test_it_is_the_thing_named_before_a_plural_noun_and_they_the_two():
    t = _turn("How much will the Ormsby viaduct repairs cost?", "£3.1m")
    assert resolve("When did it open?", [t]) == "When did the Ormsby viaduct open?"
    assert resolve("How long will they take?", [t]) == "How long will the Ormsby viaduct repairs take?"
    t = _turn("How long will the Ormsby repairs take?", "18 months")           # a plural noun alone, as before
    assert resolve("How much will they cost?", [t]) == "How much will the Ormsby repairs cost?"


def test_they_after_how_many_are_those_counted_not_the_place_named():
    t = _turn("How many divers were stranded at Skerry Holm?", "nine")
    assert resolve("How long were they stranded?", [t]) == "How long were the divers at Skerry Holm stranded?"
    assert resolve("Who rescued them?", [t]) == "Who rescued the divers at Skerry Holm?"
    assert resolve("What were their names?", [t]) == "What were the Skerry Holm divers' names?"
    t = _turn("How many Corvane workers were laid off?", "300")
    assert resolve("When were they told?", [t]) == "When were the Corvane workers told?"
    t = _turn("How many goals did Hartsby score?", "3")                # Hartsby did the scoring: they are Hartsby
    assert resolve("Who did they beat?", [t]) == "Who did Hartsby beat?"
    t = _turn("How many foreign tourists visited Varrowmark in 2025?", "9.2 million")   # an adjective, a place
    assert resolve("How much did they spend?", [t]) == \
        "How much did the foreign tourists that visited Varrowmark in 2025 spend?"        # visited: those counted
    t = _turn("How many workers joined the Kelby strike?", "400")
    assert resolve("How much did they earn?", [t]) == "How much did the workers that joined the Kelby strike earn?"


@pytest.mark.parametrize("previous, follow_up, rewritten", [
    ("Which stock gained most on the Norvia index?", "And which lost most?", "Which stock lost most on the Norvia index?"),
    ("Who won the Ashby darts final?", "And who lost?", "Who lost the Ashby darts final?"),
    ("How many people were hurt in the Tarnley fire?", "And how many were rescued?",
     "How many people were rescued in the Tarnley fire?"),
])
def test_and_a_question_leaving_words_out_takes_them_from_the_last(previous, follow_up, rewritten):
    assert resolve(follow_up, [_turn(previous, "Kelbury Foods")]) == rewritten


def test_and_a_question_that_stands_alone_or_asks_otherwise_is_asked_as_typed():
    t = _turn("Who won the Ashby seat?", "Ines Garrow")
    assert resolve("And who won the Fenholt seat?", [t]) is None           # it names what it asks about
    assert resolve("And when was the count?", [t]) is None                 # another question word


ADDRESS = "Tobin Marsh, 41, of Kiln Lane, Ellerby, denied the charge."


def test_a_place_is_never_he_or_she():
    t = _turn("Who is Tobin Marsh's lawyer?", "Ellerby", ADDRESS)         # a place quoted by mistake
    assert resolve("What did she say?", [t]) == "What did Tobin Marsh's lawyer say?"
    t = _turn("Where was the meteorite found?", "Cragg Moor", "The meteorite was found on Cragg Moor.")
    assert "Cragg Moor" not in resolve("How old is she?", [t])
    t = _turn("Who is Tobin Marsh's lawyer?", "Ines Garrow", "His lawyer, Ines Garrow, said he would appeal.")
    assert resolve("What did she say?", [t]) == "What did Ines Garrow say?"       # a person answered, as before


def test_he_after_a_who_that_found_nothing_is_the_person_it_asked_about():
    nothing = Turn("Who chaired the flood inquiry?", "Who chaired the flood inquiry?", "", "", "")
    assert resolve("What did he recommend?", [nothing]) == "What did the person who chaired the flood inquiry recommend?"
    nothing = Turn("Who is the Tarnley fire chief?", "Who is the Tarnley fire chief?", "", "", "")
    assert resolve("What did she say?", [nothing]) == "What did the Tarnley fire chief say?"
    nothing = Turn("Who interviewed Ada Lee?", "Who interviewed Ada Lee?", "", "", "")
    assert resolve("What did she say?", [nothing]) == "What did Ada Lee say?"          # the person it named


def test_review_cases_leave_a_follow_up_unmangled():
    nothing = Turn("Who did the council appoint as chief executive?", "Who did the council appoint as chief executive?",
                   "", "", "")
    assert "person who did" not in (resolve("When does she start?", [nothing]) or "")
    t = _turn("What did the council decide?", "to close the pool")
    assert resolve("And what did residents say?", [t]) != "What did residents say decide?"
    t = _turn("How many goals have Hull scored in Europe?", "9")
    assert "the goals" not in (resolve("Who did they beat?", [t]) or "")


@pytest.mark.parametrize("previous, answer, follow_up, rewritten", [
    ("How many crimes did police in Velmark record in 2025?", "412,600", "And how many homicides were there that year?",
     "How many homicides were there in 2025?"),
    ("Which club did Tom Vale join in 2019?", "Harwick", "Where did he play that year?", "Where did Tom Vale play in 2019?"),
    ("When did the bank cut rates in March 2024?", "on 14 March", "What was inflation that month?",
     "What was inflation in March 2024?"),
    ("Who was top scorer in 2023-24?", "Ola Berg", "Who won the league that season?", "Who won the league in 2023-24?"),
])
def test_that_year_is_the_year_the_last_question_named(previous, answer, follow_up, rewritten):
    assert resolve(follow_up, [_turn(previous, answer)]) == rewritten


def test_a_rating_answered_is_no_thing_its_refers_to():
    t = _turn("What rating did inspectors give Lindhollow Academy?", "requires improvement",
              "Inspectors rated Lindhollow Academy as requires improvement.")
    assert resolve("Who is its headteacher?", [t]) == "Who is Lindhollow Academy's headteacher?"
    bought = _turn("What did the council buy?", "a new gritter", "The council bought a new gritter.")
    assert resolve("What is its top speed?", [bought]) == "What is a new gritter's top speed?"    # a thing answered


def test_it_is_the_thing_a_question_ends_on_when_its_name_only_said_whose_were_counted():
    counted = Turn("How many Ostrel councillors voted for the cable car?", "How many Ostrel councillors voted for the "
                   "cable car?", "Eleven", "Eleven councillors voted for the scheme and ten against.", "vote.txt")
    assert resolve("How many voted against it?", [counted]) == "How many voted against the cable car?"
    lives = Turn("How many people live in Ostrel?", "How many people live in Ostrel?", "12,000",
                 "About 12,000 people live in Ostrel.", "town.txt")
    assert resolve("When was it founded?", [lives]) == "When was Ostrel founded?"
    said = Turn("What did Apple say about the lawsuit?", "What did Apple say about the lawsuit?", "it would appeal",
                "Apple said it would appeal.", "apple.txt")
    assert resolve("When was it founded?", [said]) == "When was Apple founded?"


def test_a_question_naming_its_own_subject_is_asked_as_it_is_not_as_a_follow_up():
    # (after answers naming no group: "the council", "the union secretary", "the prize money" are the
    # question's own; before, each took the last question's topic or its answer in their place)
    assert resolve("What budget did the council set?", [_turn("Who owns the Café Lumière?", "José Arranz")]) is None
    assert resolve("What did the union secretary say?", [_turn("Who is the head teacher?", "Rowan Pike")]) is None
    assert resolve("What will the prize money pay for?", [_turn("Who is Priya Lanford?", "chief executive")]) is None
    out = resolve("What did the operator say?", [_turn("What did the harbour union organiser say?", "the strike")])
    assert out.startswith("What did the operator say, about ")      # a bare "the operator": the last topic
    assert resolve("What did the club chairman tell the BBC?", [_turn("Who manages Kelder Rovers FC?", "Jo Park")]) \
        == "What did Kelder Rovers FC chairman tell the BBC?"       # a club named before: that club's chairman


def test_the_topic_added_to_a_follow_up_leaves_out_the_verb_it_asked_with():
    assert resolve("What did the company say?", [_turn("Who owns the Café Lumière?", "a chain")]) \
        == "What did the company say, about Café Lumière?"
    assert resolve("What did the company say?", [_turn("Who sang Blue Harbour?", "a choir")]) \
        == "What did the company say, about Blue Harbour?"


def test_the_topic_keeps_the_object_of_a_what_question_and_a_name_may_start_in_lower_case():
    assert "floods" in resolve("What did the company say?", [_turn("What caused floods in Ormsund?", "a storm")])
    assert resolve("What did the airline say?", [_turn("Which airline cancelled flights?", "easyJet")]) \
        == "What did easyJet say?"


@pytest.mark.parametrize("question, follows", [
    ("When was the River Lisk at its highest?", False),        # "its": the river the question names
    ("When did the Harbour Bridge reopen after it was damaged?", False),
    ("What did Kim Ode say it would cost?", True),              # a person named: "it" points back
    ("When was it signed?", True),
    ("When was Lake Orm at its lowest?", False), ("When did the River Lisk reach its highest level?", False),
    ("How long has the Skarvik Bridge been closed for its repairs?", False),
    ("How did the Mayor of Dunmere defend it?", True),          # an object: what was asked about before
    ("What did the BBC say about its cost?", True), ("Did the Green Party vote for it?", True),
    ("When did The Harbour Post first report it?", True),
])
def test_it_after_a_thing_the_question_names_stands_for_that(question, follows):
    assert is_follow_up(question) is follows


def test_who_wrote_it_after_an_answer_asks_about_its_story_unless_it_was_a_work_asked_about():
    t = _turn("Who chairs the Friends of Tolby Library?", "Colm Trevelyan")
    assert resolve("Who wrote it?", [t]) == "Who wrote this story?"
    assert resolve("When was it published?", [t]) == "When was this story published?"
    assert resolve("Which paper ran it?", [t]) == "Who published this story?"
    b = _turn("Which novel won the Tolby Book Prize?", "The Salt Orchard")
    assert resolve("Who wrote it?", [b]) == "Who wrote The Salt Orchard?"      # the novel's author


def test_who_reported_it_after_an_event_is_the_event_and_a_month_is_no_place():
    t = _turn("When was the Tolby pharmacy broken into?", "Sunday night")
    assert resolve("Who reported it?", [t]) != "Who wrote this story?"                 # who told the police
    p = _turn("Which paper ran the story about the ferry strike?", "the Lisk Herald")
    assert resolve("Who wrote it?", [p]) == "Who wrote this story?"                    # a paper is no work asked about
    m = _turn("How many tourists visited Varrowmark in June?", "41,000")
    assert "June" in resolve("And across the country?", [m])


def test_a_follow_up_after_a_turn_that_found_nothing_is_about_the_last_answers_story():
    from qa.chat.conversation import follows

    found = Turn("What did Russia give North Korea?", "What did Russia give North Korea?", "missiles", "…", "a.txt")
    nothing = Turn("When was it published?", "When was this story published?")
    assert follows([found, nothing]) == ("a.txt",) and follows([found]) == ("a.txt",)
    assert follows([nothing]) == () and follows([]) == ()


def test_who_wrote_it_after_a_story_without_a_date_line_is_still_about_that_story(tmp_path):
    import shutil

    from qa.chat.engine import Engine
    from qa.chat.session import ChatState, reply
    from tests.conftest import SEED
    from tests.fakes import SENTENCE, HashingEncoder

    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    (tmp_path / "seeds" / "harbour.txt").write_text(
        "Harbour wall repaired\n\nBy Kim Ode\nPublished 3 May 2025\n\nThe harbour wall was repaired after the winter "
        "storms, the council said, at a cost of 2 million.\n", encoding="utf-8")
    engine = Engine(tmp_path / "seeds", tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    state = ChatState()
    for question in ("What did Russia give North Korea?", "When was it published?", "Who wrote it?"):
        state = reply(engine, question, state)
    assert "names no author" in state.exchanges[-1].answer.notice       # not "Which article?"


def test_a_follow_up_is_about_the_story_answered_from_and_its_other_versions():
    from qa.chat.conversation import follows

    turns = [Turn("How much does the satellite weigh?", "How much does the satellite weigh?", "64 kilograms",
                  "The satellite weighs 64 kilograms.", "launch-copy.txt", versions=("launch.html",))]
    assert follows(turns) == ("launch-copy.txt", "launch.html")
    assert follows([*turns, Turn("Who led it?", "Who led it?")]) == ("launch-copy.txt", "launch.html")


def test_a_name_the_question_gave_no_kind_is_what_its_sentence_calls_it():
    t = Turn("How much did Quillbyte raise?", "How much did Quillbyte raise?", "$9 million",
             "Quillbyte, a Harwick start-up that makes billing software, has raised $9 million from investors led "
             "by the venture fund Oakline Partners.", "q.txt")
    assert resolve("Who founded the company?", [t]) == "Who founded Quillbyte?"       # a start-up is a company
    assert resolve("Who runs the start-up?", [t]) == "Who runs Quillbyte?"
    two = Turn("How much did Lumora Health raise?", "How much did Lumora Health raise?", "12 million euros",
               "Lumora Health, a Tennby start-up whose app helps patients, has raised 12 million euros.", "l.txt")
    assert resolve("Who founded the company?", [two]) == "Who founded Lumora Health?"   # its noun before "whose"
    from qa.chat.referents import PERSON, kind_of

    assert kind_of("Kim Ode", "", ", the business secretary, said")[0] == PERSON      # a secretary, no business
    player = Turn("How old is Brannock?", "How old is Brannock?", "24",
                  "Brannock, a former club captain, is 24.", "b.txt")
    assert resolve("Who bought the club?", [player]) != "Who bought Brannock?"      # a captain is no club


def test_it_after_a_place_answered_is_the_thing_the_question_asked_where_of():
    t = Turn("Where was the Viking ship found?", "Where was the Viking ship found?", "Hestvik farm",
             "The remains of a Viking-age ship were found under a field at Hestvik farm.", "a.md")
    assert resolve("When was it built?", [t]) == "When was the Viking ship built?"     # the farm is "there"
    sold = Turn("When was the painting sold?", "When was the painting sold?", "in 1998",
                "The painting was sold in 1998.", "p.txt")
    assert resolve("Who bought it?", [sold]) == "Who bought the painting?"              # "sold", no -ed
    cut = Turn("What was the pay cut?", "What was the pay cut?", "", "", "")
    assert resolve("When was it announced?", [cut]) == "When was the pay cut announced?"   # "cut" a noun here
    bridge = Turn("Where was the Harbour Bridge built?", "Where was the Harbour Bridge built?", "Kessfield",
                  "The Harbour Bridge was built at Kessfield.", "b.txt")
    assert resolve("When did it open?", [bridge]) == "When did the Harbour Bridge open?"


def test_a_titles_own_the_is_kept_in_its_name():
    t = Turn("Who directed The Salt Year?", "Who directed The Salt Year?", "Astrid Nyhus",
             "The Salt Year was directed by Astrid Nyhus.", "s.txt")
    assert resolve("What was the film's budget?", [t]) == "What was The Salt Year's budget?"


@pytest.mark.parametrize("question, answer, sentence, follow_up, rewritten", [
    ("How long is Karnova's tram Line 4?", "9.6 kilometres long", "Line 4 is 9.6 kilometres long and cost "
     "410 million dravna.", "How much did it cost?", "How much did Karnova's tram Line 4 cost?"),
    ("Who is Karnova's mayor?", "Karla Wendt", "Karnova's mayor, Karla Wendt, opened it.", "How old is she?",
     "How old is Karla Wendt?"),                         # the answer, not the owned thing
])
def test_it_after_a_named_thing_a_name_owns_is_the_thing(question, answer, sentence, follow_up, rewritten):
    assert resolve(follow_up, [Turn(question, question, answer, sentence, "a.txt")]) == rewritten


def test_it_after_a_place_and_its_named_line_is_the_line_and_she_after_a_job_and_a_name_is_the_name():
    line = Turn("How far was Holmstead tram Line 4 extended?", "How far was Holmstead tram Line 4 extended?",
                "6.2 kilometres", "Holmstead's tram Line 4 now runs 6.2 kilometres further east.", "tram.txt")
    assert resolve("How much did it cost?", [line]) == "How much did Holmstead tram Line 4 cost?"
    gift = Turn("Why did Russia give North Korea aid?", "Why did Russia give North Korea aid?", "to win its vote",
                "Russia gave North Korea aid to win its vote.", "aid.txt")
    assert "give North Korea" not in (resolve("When did it do that?", [gift]) or "")     # a verb, no thing
    survey = Turn("Who led the Skarvbreen glacier survey?", "Who led the Skarvbreen glacier survey?",
                  "Glaciologist Pernille Aasen", "Glaciologist Pernille Aasen, who led the survey, said the ice "
                  "was thinning.", "glacier.html")
    assert resolve("What did she say about the heat?", [survey]) == "What did Pernille Aasen say about the heat?"


@pytest.mark.parametrize("first, then, searched", [
    ("Who won the men's Castrelle Marathon in 2026?", "And the women's race?",
     "Who won the women's Castrelle Marathon in 2026?"),
    ("Who won best actor?", "And best actress?", "Who won best actress?"),
    ("Who won the girls' race?", "And the boys'?", "Who won the boys' race?"),
])
def test_the_other_of_a_pair_asked_next_takes_its_place(first, then, searched):
    assert resolve(then, [Turn(first, first, "Emil Kaasen", "Emil Kaasen won.", "m.txt")]) == searched


def test_it_is_what_a_person_asked_for_did_something_to_its_an_airline_and_there_a_place():
    budget = Turn("Who presented the 2025 budget?", "Who presented the 2025 budget?", "Finance Minister Ilse Marenko",
                  "Finance Minister Ilse Marenko presented a 2025 budget of 48.6 billion velta.", "budget.txt")
    assert resolve("How big was it?", [budget]) == "How big was the 2025 budget?"
    airline = Turn("Who is the chief executive of Torvane Air?", "Who is the chief executive of Torvane Air?",
                   "Rolf Almqvist", "Chief executive Rolf Almqvist said the route would start in spring.", "air.txt")
    assert resolve("When do its New York flights start?", [airline]) == "When do Torvane Air's New York flights start?"
    cases = Turn("How many measles cases were confirmed in Fennrow?", "How many measles cases were confirmed in "
                 "Fennrow?", "Thirty-seven", "Thirty-seven cases have been confirmed in Fennrow.", "measles.txt")
    assert resolve("What is the vaccination rate there?", [cases]) == "What is the vaccination rate in Fennrow?"


@pytest.mark.parametrize(("question", "event"), [
    ("Why did Skarvik Air pilots go on strike?", "the strike by Skarvik Air pilots"),
    ("When did the strike by Skarvik Air pilots begin?", "the strike by Skarvik Air pilots"),
    ("How many flights did the Skarvik Air pilots' strike cancel?", "the Skarvik Air pilots' strike"),
    ("Who won the 2025 Tour of Velmora?", "the 2025 Tour of Velmora"),
])
def test_it_of_an_event_verb_is_the_event_the_last_question_named(question, event):
    t = _turn(question, "Monday", "The strike began on Monday.")
    assert resolve("How long did it last?", [t]) == f"How long did {event} last?"
    assert resolve("Where was it held?", [t]) == f"Where was {event} held?"


def test_it_of_other_verbs_after_an_event_is_still_the_name():
    t = _turn("Why did Skarvik Air pilots go on strike?", "over pay", "Skarvik Air pilots went on strike over pay.")
    assert resolve("When was it founded?", [t]) == "When was Skarvik Air founded?"


@pytest.mark.parametrize(("question", "follow_up", "rewritten"), [
    ("How many doctors did Velmora hospital hire in 2025?", "What about the nurses?",
     "How many nurses did Velmora hospital hire in 2025?"),
    ("What pay rise did the Velmora doctors get in 2025?", "And the junior nurses?",
     "What pay rise did the Velmora junior nurses get in 2025?"),
    ("How many doctors did Velmora hospital hire in 2025?", "What about the nurses in 2026?",
     "How many nurses did Velmora hospital hire in 2026?"),
    ("How many nurses did Velmora hospital hire in 2025?", "What about the nurses in 2026?",
     "How many nurses did Velmora hospital hire in 2026?"),
    ("Who did Selby Vale beat in 2024?", "What about Harrowgate in 2025?", "Who did Harrowgate beat in 2025?"),
])
def test_what_about_other_people_and_another_year(question, follow_up, rewritten):
    assert resolve(follow_up, [_turn(question, "40")]) == rewritten


def test_what_about_people_never_replaces_a_plural_that_names_none():
    t = _turn("How many papers did the Velmora council publish?", "12")
    assert resolve("What about the nurses?", [t]) == "the nurses: How many papers did the Velmora council publish?"


def test_a_companys_legal_form_and_a_chamber_are_groups_and_it_is_expected_to_points_back():
    t = _turn("Which utility will build the pumped-storage plant at Lake Grisvald?", "Valtherm AG",
              "Valtherm AG will build the plant at Lake Grisvald.")
    assert resolve("Who is its chief executive?", [t]) == "Who is Valtherm AG's chief executive?"
    t = _turn("Who has to approve the Italian gas storage agreement?", "National Chamber",
              "The agreement must be approved by the National Chamber.")
    assert resolve("When is it expected to vote?", [t]) == "When is National Chamber expected to vote?"
    assert resolve("Is it possible to appeal?", [t]) is None          # an "it" that points forward


@pytest.mark.parametrize("question, follow_up, rewritten", [
    ("How many people live in Kelvenau's Moosfeld district today?", "And by 2035?",
     "How many people live in Kelvenau's Moosfeld district by 2035?"),
    ("How many people lived in Moosfeld in 2025?", "And by 2035?", "How many people lived in Moosfeld by 2035?"),
    ("How many people lived in Moosfeld in 2025?", "And in 2035?", "How many people lived in Moosfeld in 2035?"),
])
def test_a_year_with_its_preposition_replaces_the_year_or_the_present_asked(question, follow_up, rewritten):
    assert resolve(follow_up, [_turn(question, "14,000")]) == rewritten


def test_a_publishing_house_is_no_he_and_the_title_of_a_work_points_back_at_nothing():
    t = _turn("Who published Ivo Marchand's books?", "Halcyon House",
              "His publisher, Halcyon House, said he died peacefully.")
    assert resolve("And what was the title of his memoir?", [t]) == "What was the title of Ivo Marchand's memoir?"
    assert resolve("When did the publisher close?", [t]) == "When did Halcyon House close?"


def test_a_place_named_cape_or_point_or_the_place_an_mp_is_for_is_no_one():
    body = Turn("How far from Cape Merrow was Haakon Birkeland's body recovered?",
                "How far from Cape Merrow was Haakon Birkeland's body recovered?", "9 kilometres",
                "Saltrey District Court found Kristian Moen guilty of the murder of Haakon Birkeland, whose body was "
                "recovered 9 kilometres north-west of Cape Merrow.", SEED)
    assert resolve("Who is his widow?", [body]) == "Who is Haakon Birkeland's widow?"
    mp = Turn("Which constituency does Halvor Quist represent?", "Which constituency does Halvor Quist represent?",
              "MP for Ferrowby", 'Quist, 58, an MP for Ferrowby, said he had "made a serious error".', SEED)
    assert resolve("Will he stay in parliament?", [mp]) == "Will Halvor Quist stay in parliament?"
    airport = Turn("Which regional airport north of Saltrey gets four new routes?",
                   "Which regional airport north of Saltrey gets four new routes?", "Brissa Point",
                   "Four of the routes will fly from Brissa Point, the regional airport north of Saltrey.", SEED)
    assert resolve("Who is its managing director?", [airport]) == "Who is Brissa Point's managing director?"
