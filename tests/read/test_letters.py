"""Readers' letters: the salutation names no one, the signature names the writer."""

from __future__ import annotations

from qa.read.letters import SALUTATION, signs_letter, writer

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
