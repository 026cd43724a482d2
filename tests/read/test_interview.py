"""Interviews as questions and answers, and transcripts: whose words a paragraph gives (no model)."""

from __future__ import annotations

import pytest

from qa.read.interview import ASKING, asking, gives_words_to, interviewee, label, speaker_of, speaks, words_start

INTERVIEW = ("Ros Fairweather, 46, spent a decade campaigning for cycle lanes. She spoke to Marcus Oyelaran.\n\n"
             "**Q: Your critics say you are against drivers.**\n\n"
             "A: That's nonsense. I drive a van for my bakery every morning.\n\n"
             "**Q: What will you do if the council says no?**\n\n"
             "A: Keep asking.")
TRANSCRIPT = ("NEW DELHI: The minister spoke on the radio.\n\nThis is what was said.\n\n"
              "HOST: Will the bridge open?\n\nLIND: It will open in May. We are sure.\n\nHOST: Thank you.\n\n"
              "The interview was edited for length.\n\nCorrection: an earlier version gave the month as June.")


@pytest.mark.parametrize("text, at, said", [
    (INTERVIEW, "I drive a van", "a"),              # a later sentence of the answer's paragraph
    (INTERVIEW, "Keep asking", "a"),
    (INTERVIEW, "Your critics", ""),                # the interviewer's question
    (INTERVIEW, "She spoke to", ""),
    (TRANSCRIPT, "We are sure", "lind"),
    (TRANSCRIPT, "Will the bridge", "host"),
    (TRANSCRIPT, "The minister", ""),               # a dateline labels one paragraph only
    (TRANSCRIPT, "an earlier version", ""),         # so does a correction
    ("A: Keep asking.\n\nThe council met.", "Keep", ""),    # "A:" only where an interviewer asks
])
def test_the_speaker_label_of_a_paragraph(text, at, said):
    assert label(text, text.index(at)) == said


def test_an_interviews_answers_are_the_words_of_the_one_interviewed():
    title, opening = "An interview with a campaigner", INTERVIEW.split(". ")[0] + "."
    at = INTERVIEW.index("I drive a van")
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, at, title, opening)
    assert not gives_words_to(frozenset({"marcus", "oyelaran"}), INTERVIEW, at, title, opening)    # the interviewer
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, at, "Ros Fairweather: the interview", "")
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, INTERVIEW.index("She spoke"), title, opening) is None
    at = TRANSCRIPT.index("We are sure")
    assert gives_words_to(frozenset({"lind"}), TRANSCRIPT, at, "", "") and \
        not gives_words_to(frozenset({"host"}), TRANSCRIPT, at, "", "")


def test_the_words_a_labelled_sentence_gives_start_after_its_label_only_where_it_has_one():
    text = "HOST: Why now?\n\nLIND: Money: we have none. Money: none at all.\n\nHOST: Thanks.\n\nLIND: Bye."
    first, later = text.index("LIND: Money"), text.index("Money: none")
    assert text[words_start(text, first, later):later] == "Money: we have none. "
    assert words_start(text, later, len(text)) == later        # "Money:" inside the answer is its words


def test_a_hard_wrapped_answer_is_one_paragraph_and_notes_are_no_speakers():
    text = ("Ros Fair spoke to us.\n\nQ: Why stand?\n\nA: Someone had to. After the third crash\nI had run out "
            "of ways to be heard.\n\nUpdate: corrected.\n\nUpdate: corrected again.\n\nQuestion: And now? What "
            "next?\n\nA: Keep asking.")
    assert label(text, text.index("I had run out")) == "a"                     # the answer's second line
    assert label(text, text.index("corrected again")) == ""                    # "Update:" twice is no speaker
    assert label(text, text.index("What next")) == ""                          # the interviewer's question


def test_the_one_interviewed_is_the_one_the_story_opens_with_or_the_one_person_its_title_names():
    at = INTERVIEW.index("Keep asking")
    assert not gives_words_to(frozenset({"marcus", "oyelaran"}), INTERVIEW, at, "Marcus Oyelaran meets Ros Fairweather",
                              "She has campaigned for years.")              # two people in the title: neither
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, at, "An interview with campaigner Ros Fairweather",
                          "She has campaigned for years.")
    assert not gives_words_to(frozenset({"lind"}), INTERVIEW, at, "Ros Fairweather: 'Mara Lind has failed us'",
                              "Ros Fairweather, 46, spent a decade campaigning.")


def test_an_interviewers_question_asks():
    assert ASKING.match("**Q: What is your first priority?**") and ASKING.match("Question. Why now?")
    assert not ASKING.match("Quarry Road will close.")


def test_every_sentence_of_an_interviewers_question_asks():
    text = ("Ros Fair spoke to us.\n\nQ: You lost twice. Why stand again?\n\nA: Someone had to. Who else?\n\n"
            "**Q: The council said no.**\nWill you appeal?\n\nA: Yes.")
    for at in ("Q: You lost", "Why stand", "**Q: The council", "Will you appeal"):
        assert asking(text, text.index(at)), at
    for at in ("Ros Fair", "Someone had to", "Who else", "Yes."):
        assert not asking(text, text.index(at)), at


@pytest.mark.parametrize("title", [
    '"Ask Mara Lind why it took ten years" – Ros Fairweather on the cycle lanes',
    "'We asked Mara Lind for years,' says Ros Fairweather",
    "“Nobody at Kelby Hall cycles” — Ros Fairweather of Kelby",
    "Ros Fairweather: 'Mara Lind has failed us'",
    "Ros Fairweather on cycle lanes and ten years of campaigning",
])
def test_the_one_interviewed_is_the_one_a_headline_gives_its_quotation_to(title):
    assert interviewee(title, "She has campaigned for years.") == "Ros Fairweather"
    at = INTERVIEW.index("Keep asking")
    assert gives_words_to(frozenset({"fairweather"}), INTERVIEW, at, title, "She has campaigned for years.")
    assert not gives_words_to(frozenset({"lind"}), INTERVIEW, at, title, "She has campaigned for years.")


def test_the_one_a_story_opens_with_is_the_one_interviewed_whatever_its_headline_says():
    assert interviewee('"I want Mara Lind gone" – a campaigner on the lanes', "Ros Fairweather, 46, drives a van.") \
        == "Ros Fairweather"
    assert interviewee("Marcus Oyelaran meets Ros Fairweather", "She has campaigned for years.") == ""


def test_a_web_pages_answers_after_a_question_are_not_asking():
    from qa.read.interview import asking

    text = ("Interview\nQ: What is your first priority?\nA protected cycle lane on Quarry Road.\n"
            "The election is on 2 May.\n" + "Another paragraph of the story.\n" * 3000)
    assert asking(text, text.index("What is your"))
    assert not asking(text, text.index("A protected cycle"))
    assert not asking(text, text.index("The election"))
    assert not asking(text, len(text) - 5)          # and quickly, however long the article
    wrapped = "Q: The council said no.\nWill you appeal?\nA: Yes."
    assert asking(wrapped, wrapped.index("Will you")) and not asking(wrapped, wrapped.index("A: Yes"))


def test_whose_words_a_labelled_paragraph_gives():
    title, opening = "An interview with a campaigner", INTERVIEW.split(". ")[0] + "."
    assert speaker_of(INTERVIEW, INTERVIEW.index("I drive a van"), title, opening) == "Ros Fairweather"
    assert speaker_of(INTERVIEW, INTERVIEW.index("Your critics"), title, opening) == ""     # the interviewer asks
    assert speaker_of(TRANSCRIPT, TRANSCRIPT.index("We are sure"), "", "") == "lind"
    assert speaks(INTERVIEW) and speaks(TRANSCRIPT) and not speaks("The council met.\n\nIt said no.")


@pytest.mark.parametrize("opening, name", [
    ("Ivo Brandt meets Lena Marsh, the world champion sculler.", "Lena Marsh"),
    ("The Kelder Herald's Ivo Brandt put your questions to Lena Marsh.", "Lena Marsh"),
    ("Ros Fairweather, 46, spent a decade campaigning. She spoke to Marcus Oyelaran.", "Ros Fairweather"),
])
def test_the_one_an_interviewer_meets_is_the_one_interviewed(opening, name):
    assert interviewee("Rowing Q&A", opening) == name


PODCAST = ("THE LEDGER PODCAST\n\nRecorded 5 May 2026. Host: Oriel Fane.\n\n"
           "[00:02:10] ORIEL FANE: Where is Ana Lind now?\n"
           "[00:02:14] PETR HOLM: She is.\n"
           "[00:02:20] PETR HOLM: She left the bank in 2023 and now teaches at Orm University.\n"
           "[00:02:31] ORIEL FANE: Thank you.\n")


def test_a_transcripts_timestamped_label_is_its_speakers():
    assert label(PODCAST, PODCAST.index("She left")) == "petr holm"
    live = "14:02 BST: The minister arrives.\n\n14:10 BST: She speaks.\n"      # a live page's entry times
    assert label(live, live.index("She speaks")) == ""
    at = PODCAST.index("[00:02:14]")
    assert PODCAST[words_start(PODCAST, at, PODCAST.index("\n", at)):].startswith("She is.")


def test_a_speakers_label_is_no_answer_to_where_but_is_to_who(tmp_path, fake_encoder, monkeypatch):
    from qa.chat.engine import Engine
    from qa.read import decide
    from tests.fakes import SpansReader

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "podcast.txt").write_text(PODCAST, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    reader = SpansReader({"PETR HOLM": 5.0, "Orm University": 1.0, "She": 0.5})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=reader, threshold=0.0)
    a = engine.answer("Where does Ana Lind teach now?")
    assert a.found and a.text != "PETR HOLM"
    assert engine.answer("Who said Ana Lind now teaches at Orm University?").text == "PETR HOLM"   # who spoke
    assert engine.answer("Who now teaches at Orm University?").text != "PETR HOLM"               # who it is about


PRESS = ("MINISTRY OF HEALTH\nTRANSCRIPT OF PRESS CONFERENCE\n\n"
         "PRESENTER (Liv Harrowdale): Good evening. The waiting list grew by nine per cent last year.\n\n"
         "Q: (Sigrid Okafor, Pemberith Courier) Minister, the fall is almost all in eye surgery. Aren't you moving "
         "patients to private clinics to flatter the numbers?\n\n"
         "A: (MINISTER ELLERY) We have bought extra operating time from private clinics, yes.\n\n"
         "Q (Tomasz Eyre, Saldonne Courier): Why did it take seven minutes?\n\n"
         "A (ARNAULT): Seven minutes is within our target.\n\n"
         "REPORTER (voice-over): The ward is already full.\n\n"
         "HEDDA RASMUSSEN-LIE: Sending patients private takes nurses from the same pool. The minister is moving "
         "the queue.\n\nWILFRED NASH: I'll believe it when I can lean on it.\n")


@pytest.mark.parametrize("at, named", [
    ("Good evening", "Liv Harrowdale"),             # a role's label, the person in brackets
    ("Aren't you moving", "Sigrid Okafor"),         # the asker, before their paper
    ("We have bought", "MINISTER ELLERY"),          # who answers, in brackets after "A:"
    ("Why did it take", "Tomasz Eyre"),
    ("Seven minutes is", "ARNAULT"),
    ("The minister is moving", "HEDDA RASMUSSEN-LIE"),     # a transcript's cast, in capitals
    ("The ward is", None),                          # "voice-over" names no one
])
def test_a_transcripts_label_names_who_speaks_or_asks(at, named):
    from qa.read.interview import named_by_label

    where = named_by_label(PRESS, PRESS.index(at))
    assert (PRESS[where[0]:where[1]] if where else None) == named
    assert asking(PRESS, PRESS.index("Why did it take")) and not asking(PRESS, PRESS.index("Seven minutes is"))


def test_who_asked_or_said_it_is_the_person_a_transcripts_label_names(tmp_path, fake_encoder, monkeypatch):
    from qa.chat.engine import Engine
    from qa.read import decide
    from tests.fakes import SpansReader

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "press.txt").write_text(PRESS, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    reader = SpansReader({"private clinics": 5.0, "the queue": 4.0, "seven minutes": 3.0})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=reader, threshold=0.0)
    assert engine.answer("Which Saldonne Courier reporter asked why it took seven minutes?").text == "Tomasz Eyre"
    assert engine.answer("Who asked whether patients were moved to private clinics to flatter the numbers?"
                         ).text == "Sigrid Okafor"
    assert engine.answer("Who said the minister is moving the queue?").text == "HEDDA RASMUSSEN-LIE"


def test_datelines_and_stage_directions_name_no_speaker():
    from qa.read.interview import named_by_label

    roundup = ("NEW DELHI: Monsoon rains closed schools on Monday.\n\nLOS ANGELES: Fire chief Dana Ruiz said the blaze "
               "was contained by Tuesday night.\n\nSAO PAULO: Markets rose.\n")
    assert named_by_label(roundup, roundup.index("Fire chief")) is None      # a round-up of datelines: no cast
    text = PRESS + "\nHEDDA LIE: (Laughs) Thank you.\n\nQ: Will you stay?\n\nA: (Pause) I will.\n"
    at = named_by_label(text, text.index("Thank you"))
    assert text[at[0]:at[1]] == "HEDDA LIE" and named_by_label(text, text.index("I will")) is None


@pytest.mark.parametrize("question, asker, speaking", [
    ("Which Saldonne Courier reporter asked why it took seven minutes?", True, True),
    ("Who presented the evening news?", False, True),
    ("Who was asked to resign?", False, False),                     # asked of someone: no label answers it
    ("Which minister was questioned by police?", False, False),
    ("Which city hosted the 2030 Games?", False, False),
])
def test_what_a_transcripts_label_may_answer(question, asker, speaking):
    from qa.read.attribution import ASKER_ASKED, SPEAKING_ASKED

    assert (bool(ASKER_ASKED.match(question)), bool(SPEAKING_ASKED.match(question))) == (asker, speaking)
