"""Readers' letters: the salutation names no one, the signature names the writer."""

from __future__ import annotations

import pytest

from qa.read.byline import asks_letter_writer
from qa.read.letters import SALUTATION, letters, signs_letter, writer

LETTERS = ("Letters: Readers on the harbour\n\nHarbour wall needs work\n\n"
           "Sir, – The harbour wall at Port Vance has been crumbling for years. I have written to the council "
           "twice.\n\nNobody has replied.\nTomasz Reyhill, Port Vance\n\nIn praise of the ferry\n\n"
           "Sir, – May I thank the crew of the Kittiwake for their patience all summer.\nDorothy Aldane, Wendle\n")


def test_a_letter_is_the_words_of_the_one_who_signs_it():
    for words, name in [("crumbling", "Tomasz Reyhill"), ("Nobody has", "Tomasz Reyhill"),
                        ("May I thank", "Dorothy Aldane")]:
        at = writer(LETTERS, LETTERS.index(words))
        assert at is not None and LETTERS[at[0]:at[1]] == name
    assert writer(LETTERS, LETTERS.index("Harbour wall needs")) is None       # a heading, before any letter
    assert writer(LETTERS, LETTERS.index("In praise")) is None                # after a signature


def test_a_signature_signs_the_letter_above_and_a_salutation_names_no_one():
    assert signs_letter(LETTERS, LETTERS.index("Dorothy Aldane"))
    assert signs_letter(LETTERS, LETTERS.index("Tomasz Reyhill"))
    assert not signs_letter(LETTERS, LETTERS.index("Nobody has"))
    assert not signs_letter("Brennmoor votes\n\nThe count ended at 2am.\nIngrid Solberg, Brennmoor\n", 30)
    assert SALUTATION.fullmatch("Sir") and SALUTATION.fullmatch("Dear Sir,") and not SALUTATION.fullmatch("Sir Tom")


def test_a_heading_a_valediction_or_a_credit_is_no_signature_and_a_place_may_run_on():
    text = ("Letters\n\nRefuse crews\n\nSir, – Thank you to the refuse crews.\n\nParking Charges\n\n"
            "Sir, – The charge is too high.\nYours faithfully\nJo Bloggs, St. Ives, Cornwall\n\nEditor: Jane Smith\n\n"
            "Council Response\n\nThe council said it would review the charge.\n")
    assert writer(text, text.index("Thank you")) is None             # unsigned: the next heading is no name
    at = writer(text, text.index("The charge"))
    assert at is not None and text[at[0]:at[1]] == "Jo Bloggs"
    assert writer(text, text.index("The council said")) is None      # "Editor: …" opens no letter


PAGE = ("Letters to the editor\n\nPublished Monday 6 October 2025\n"
        "The plan to close the Orm library on Sundays will cost families their only quiet place to study. "
        "Who decided this?\nAnnika Berg\nOrmsund\n"
        "As a librarian of 30 years, I support the change. We open late on Thursdays instead.\nDr Pavel Lund\n"
        "Head librarian, Orm Central Library, Ormsund\n"
        "Pavel Lund is wrong that the late opening makes up for it.\nTeodor Berg\nKelder\n")


def test_on_a_letters_page_a_letter_runs_from_the_signature_before_it_without_a_salutation():
    for words, name in [("The plan to close", "Annika Berg"), ("Who decided", "Annika Berg"),
                        ("As a librarian", "Dr Pavel Lund"), ("Pavel Lund is wrong", "Teodor Berg")]:
        at = writer(PAGE, PAGE.index(words))
        assert at is not None and PAGE[at[0]:at[1]] == name, words
    assert signs_letter(PAGE, PAGE.index("Annika Berg")) and signs_letter(PAGE, PAGE.index("Dr Pavel Lund"))
    assert not signs_letter(PAGE, PAGE.index("As a librarian"))


SAVED = ("Skip to main content\nHome\nNews\nOpinion\nLetters\nSport\nSign in\n\nOpinion > Letters\n\n"
         "Letters: The quay wall, the night ferry and a farewell to the Ormsund lighthouse keepers\n\n"
         "Saturday 11 October 2025\n\nQuay wall needs stone, not promises\n\n"
         "The quay wall has been crumbling for three winters. Where are the masons?\nGreta Holm\nOrmsund\n\n"
         "Advertisement\n\nThe night ferry costs less than your correspondent claimed.\nAnton Riis\nKelder\n")


def test_a_saved_letters_page_is_known_by_its_headline_below_the_menu():
    title = "Letters: The quay wall, the night ferry and a farewell to the Ormsund lighthouse keepers"
    assert writer(SAVED, SAVED.index("Where are")) is None        # its headline unknown, too far down
    for words, name in [("Where are", "Greta Holm"), ("The night ferry", "Anton Riis")]:
        at = writer(SAVED, SAVED.index(words), title)
        assert at is not None and SAVED[at[0]:at[1]] == name, words
    assert signs_letter(SAVED, SAVED.index("Anton Riis"), title)
    story = SAVED.replace("Letters: The quay wall", "Letters reveal the quay wall")
    assert writer(story, story.index("Where are"), title.replace("Letters: The", "Letters reveal the")) is None


@pytest.mark.parametrize("headline", ["Royal letters sold at auction", "Letters reveal wartime romance"])
def test_a_story_whose_headline_names_letters_is_no_letters_page(headline):
    story = (f"{headline}\n\nA bundle of letters written by the king fetched 40,000 dalen.\n"
             "Harbour Museum\nThe buyer was not named.\nJo Park, Heritage Correspondent\n")
    assert writer(story, story.index("A bundle")) is None


def test_who_wrote_the_letter_is_its_signer_whoever_the_letter_names(tmp_path, fake_encoder, monkeypatch):
    from qa.chat.engine import Engine
    from qa.read import decide
    from tests.fakes import SpansReader

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "letters.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SpansReader({"Pavel Lund": 5.0}),
                    threshold=0.0)
    a = engine.answer("Who wrote the letter saying the late opening does not make up for the Sunday closure?")
    assert a.found and a.text == "Teodor Berg"


def test_a_pages_letters_run_from_their_heading_to_the_signature_and_the_place_under_it():
    title = "Letters: The quay wall, the night ferry and a farewell to the Ormsund lighthouse keepers"
    found = [(SAVED[a:b], SAVED[s:e]) for a, b, (s, e) in letters(SAVED, title)]
    assert [name for _, name in found] == ["Greta Holm", "Anton Riis"]
    assert found[0][0].endswith("Where are the masons?\nGreta Holm\nOrmsund") and "Quay wall needs stone" in found[0][0]
    assert found[1][0].startswith("Advertisement") and found[1][0].endswith("Anton Riis\nKelder")
    assert letters("Ferry fares rise\n\nFares rise by 4% in May, the operator said.\nJo Park, Kelder\n") == []


def test_which_letter_writer_is_the_signer_of_the_letter_saying_what_is_asked(tmp_path, fake_encoder, monkeypatch):
    from qa.chat.engine import Engine
    from qa.read import decide
    from tests.fakes import SENTENCE

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "letters.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    text = engine.article_text("letters.txt")
    for question, name in [("Which letter writer lives in Kelder?", "Teodor Berg"),
                           ("Who wrote the letter about closing the Orm library on Sundays?", "Annika Berg")]:
        a = engine.answer(question)
        assert a.found and a.text == name == text[a.start:a.end], question
    assert asks_letter_writer("Which reader complained about the library?")
    for question in ["Who wrote the story about the library?", "Which readers' group backs the night train?",
                     "Which reader survey found most want trams?", "Who sent the letter bomb?"]:
        assert not asks_letter_writer(question), question


def test_a_signature_after_a_dash_and_who_wrote_to_the_paper_complaining():
    page = ("LETTERS TO THE EDITOR\nThe Saltmere Gazette\nSaturday 11 July 2026\n\nFerry timetable leaves islanders "
            "stranded\n\nSir, the new timetable removes the 21:40 sailing. My daughter is a nurse and has paid for a "
            "hotel room three times.\n- Brita Haugen, Holm Island\n\nBeach parking\n\nSir, the parking charge is too "
            "high.\n— Jonathan Pike, Gollen Bay\n")
    found = [page[s:e] for _, _, (s, e) in letters(page, "LETTERS TO THE EDITOR")]
    assert found == ["Brita Haugen", "Jonathan Pike"]
    assert asks_letter_writer("Who wrote to the Saltmere Gazette complaining that her daughter paid for a hotel?")
    assert asks_letter_writer("Who wrote to the editor to complain about parking?")
    assert not asks_letter_writer("Who wrote to the council complaining about parking?")     # no paper's letter


def test_a_pages_heading_after_the_papers_name_and_more_ways_of_asking_for_a_letters_writer():
    page = ("Tamsel Gazette — Letters to the Editor\nSaturday, 8 November 2025\n\nTram fares\n\nThe fare rise will hit "
            "the poor hardest.\nPetra Lind, Tamsel\n\nSteamers\n\nMy father was chief engineer of the Countess Vera "
            "from 1958.\nHarald Moen, Kessock\n")
    title = "Tamsel Gazette — Letters to the Editor"
    assert [page[s:e] for _, _, (s, e) in letters(page, title)] == ["Petra Lind", "Harald Moen"]
    assert asks_letter_writer("Which Kessock reader's father was chief engineer of the Countess Vera?")
    assert asks_letter_writer("Which library volunteer wrote in defence of the Monday closure?")
    assert not asks_letter_writer("Which minister wrote the report?")
    assert not asks_letter_writer("Which minister wrote in support of the bill?")
    assert not asks_letter_writer("Who wrote to the Post Office asking for a new counter?")
    assert letters("Lost at sea — the letters\n\nBy Anna Berg\n\nHer father wrote every week.\nJo Park, Kelder\n",
                   "Lost at sea — the letters") == []        # no paper's name before "letters": a story
