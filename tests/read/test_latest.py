"""A running story's latest figure: a later sentence saying a count changed answers for it (fake encoder)."""

from __future__ import annotations

from tests.fakes import SpansReader

LIVE = ("Live: ferry capsizes off Tolby Point\n\n"
        "A passenger ferry has capsized off Tolby Point overnight, the coastguard said.\n"
        "At least 9 people have died, coastguard spokesperson Ragna Fell told reporters. She said 171 people had "
        "been rescued so far.\n"
        "The prime minister has ordered an independent inquiry into the sinking.\n"
        "The death toll has risen to 14, the coastguard says. 191 people have now been rescued and seven are still "
        "missing.\n")


def test_a_later_sentence_saying_the_count_rose_answers_for_the_latest(engines):
    (engines.seeds / "live.txt").write_text(LIVE, encoding="utf-8")
    for question, latest, first in [("How many people have died in the ferry sinking off Tolby Point?", "14",
                                     "At least 9"),
                                    ("How many people have been rescued from the ferry off Tolby Point?", "191",
                                     "171")]:
        engine = engines.make(reader=SpansReader({first: 9.0, latest: 1.0}, otherwise=-5.0))
        text = engine.article_text("live.txt")
        a = engine.answer(question)
        assert a.found and a.text == latest and text[a.start:a.end] == a.text, question
        assert text[a.sentence_start:a.sentence_end] == a.sentence and latest in a.sentence
        assert first in [x.text for x in a.alternatives] and f'first gave ("{first}")' in a.notice
    engine = engines.make(reader=SpansReader({"At least 9": 9.0, "14": 1.0}, otherwise=-5.0))
    a = engine.answer("How many people were first reported to have died in the ferry sinking off Tolby Point?")
    assert a.text == "At least 9"                                   # the first figure told, asked for


def test_a_later_figure_of_another_measure_or_without_a_change_is_no_update(engines):
    (engines.seeds / "live.txt").write_text(LIVE.replace("The death toll has risen to 14, the coastguard says. ", ""),
                                            encoding="utf-8")
    (engines.seeds / "bridge.txt").write_text(
        "Bridge repairs to take longer\n\nAbout 40 workers are repairing the Tolby Point bridge, the council said.\n"
        "The council said 60 workers would be needed for the second stage in the spring.\n", encoding="utf-8")
    engine = engines.make(reader=SpansReader({"At least 9": 9.0, "About 40": 9.0, "60": 1.0, "191": 1.0},
                                             otherwise=-5.0))
    assert engine.answer("How many people have died in the ferry sinking off Tolby Point?").text == "At least 9"
    assert engine.answer("How many workers are repairing the Tolby Point bridge?").text == "About 40"


NEWEST_FIRST = ("Tolby floods: live updates\n\n18:45\nThe death toll has risen to 14, the ministry says.\n\n"
                "12:05\nRainfall reached 212mm in 24 hours, the forecasters say.\n\n"
                "09:20\nAt least 9 people have died in the Tolby floods, police say.\n\n"
                "07:00\nGood morning. The river burst its banks in Tolby overnight.\n")


def test_on_a_live_page_newest_first_the_latest_entry_updates_the_figure(engines):
    (engines.seeds / "live.txt").write_text(NEWEST_FIRST, encoding="utf-8")
    engine = engines.make(reader=SpansReader({"At least 9": 9.0, "14": 1.0}, otherwise=-5.0))
    a = engine.answer("How many people have died in the Tolby floods?")
    assert a.text == "14" and "At least 9" in [x.text for x in a.alternatives]
    assert engine.article_text("live.txt")[a.start:a.end] == "14"


def test_a_wider_count_a_count_of_something_else_and_a_live_page_past_midnight(engines):
    (engines.seeds / "floods.txt").write_text(
        "Nine dead in Tolby floods\n\nAt least 9 people have died after floods swept through Tolby on Sunday, police "
        "said.\n\nAcross the country, the number of people who have died in floods this year has risen to 41, the "
        "ministry said.\n", encoding="utf-8")
    (engines.seeds / "rescue.txt").write_text(
        "Ferry passengers rescued off Lisk\n\nCoastguards said 171 people had been rescued from the ferry Kestrel Star "
        "by Monday evening.\n\nOf those rescued, 23 are now in hospital in Lisk.\n", encoding="utf-8")
    (engines.seeds / "live.txt").write_text(
        "Storm Edda live\n\n00:45\n\nThe death toll has risen to 8, police say.\n\n23:30\n\nThe death toll has "
        "risen to 6, the coastguard says.\n\n23:05\n\nAt least 4 people have died in Storm Edda, the coastguard says.\n",
        encoding="utf-8")
    engine = engines.make(reader=SpansReader({"At least 9": 9.0, "171": 9.0, "At least 4": 9.0, "41": 1.0, "23": 1.0,
                                              "8": 1.0, "6": 1.0}, otherwise=-5.0))
    assert engine.answer("How many people have died in the Tolby floods?").text == "At least 9"     # a wider count
    assert engine.answer("How many people were rescued from the Kestrel Star?").text == "171"       # in hospital
    assert engine.answer("How many people have died in Storm Edda?").text == "8"        # the next day's, 00:45


def test_a_page_newest_first_without_its_entries_times_is_updated_by_a_sentence_above(engines):
    text = ("Storm live: death toll rises to 14\n\n"
            "The interior ministry says the death toll has risen to 14. Eight of the dead were in Sorrelmouth.\n"
            "The fire service says it has rescued 230 people from flooded homes since midnight.\n"
            "At least nine people have died in the storm, police say.\n"
            "Good morning. Storm Hester hit the west coast overnight.\n")
    (engines.seeds / "storm.txt").write_text(text, encoding="utf-8")
    engine = engines.make(reader=SpansReader({"At least nine": 9.0, "14": 1.0}, otherwise=-5.0))
    a = engine.answer("How many people died in Storm Hester?")
    assert a.found and a.text == "14" and "At least nine" in [x.text for x in a.alternatives]
    assert 'first gave ("At least nine")' in a.notice
