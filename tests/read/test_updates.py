"""A story and its later version: an answer from the first gives way to the update's, or names
the update (fake encoder)."""

from __future__ import annotations

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.updates import later_version
from tests.fakes import SENTENCE, write_corpus

FIRST = ("Published 15 January 2024\n\nThe Lode Bridge in Fenwick has been closed to all traffic after engineers "
         "found a crack in one of its supporting piers. About 14,000 vehicles a day use the bridge, which carries the "
         "A1097 over the River Lode. Pedestrians can still use the footway on the eastern side.")
UPDATE = ("Published 15 January 2024, updated 17 January 2024\n\nThe Lode Bridge in Fenwick will stay closed until "
          "March after divers found a crack in one of its piers. About 14,000 vehicles a day use the bridge, which "
          "carries the A1097 over the River Lode. The footway on the eastern side was also closed on Tuesday.")
LATER_STORY = ("Published 15 January 2024\n\nDrivers queued for an hour in Saltby on Monday as traffic was diverted "
               "away from the closed Lode Bridge, and shopkeepers said trade had halved.")


def test_an_answer_from_a_story_names_its_later_version(tmp_path, fake_encoder, monkeypatch):
    articles = {"bridge.txt": ("Lode Bridge closed", FIRST), "bridge_update.txt": ("Lode Bridge to stay shut", UPDATE),
                "other.txt": ("Bridge news", LATER_STORY)}
    engine = Engine(write_corpus(tmp_path / "seeds", articles), tmp_path / "index", encoder=fake_encoder,
                    reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    index = engine.index
    assert later_version(index, "bridge.txt", 0, [("bridge_update.txt", 60), ("other.txt", 0)]) == (
        "bridge_update.txt", "2024-01-17")
    assert later_version(index, "bridge_update.txt", 60, [("bridge.txt", 0)]) is None      # the update is the latest
    assert later_version(index, "other.txt", 0, [("bridge_update.txt", 0)]) is None        # another story of that day
    a = engine.answer("Can pedestrians still use the footway on the eastern side of the Lode Bridge?")
    assert a.found and a.source == "bridge_update.txt" and "footway" in a.sentence     # the later version's answer,
    assert "Quoted from the later version of this story, updated 17 January 2024" in a.notice    # saying so,
    assert any(alt.source == "bridge.txt" for alt in a.alternatives)                  # the first one's after it
    article = engine.article_text(a.source)
    assert article[a.start:a.end] == a.text and article[a.sentence_start:a.sentence_end] == a.sentence


def test_a_story_of_a_news_databases_export_names_its_later_version(tmp_path, fake_encoder, monkeypatch):
    first = FIRST.split("\n\n", 1)[1]
    export = ("Document 1 of 2\n\nFerry fares to rise\n\nThe Coastal Herald\nMarch 4, 2026 Wednesday\n\nBody\n\n"
              "Fares on the Dunmore ferry line will rise by 21 per cent from April, the operator said.\n\n"
              "End of Document\n\nDocument 2 of 2\n\nLode Bridge closed\n\nThe Fenwick Echo\n"
              f"January 15, 2024 Monday\n\nBody\n\n{first}\n\nEnd of Document\n")
    articles = {"export.txt": ("", export), "bridge_update.txt": ("Lode Bridge to stay shut", UPDATE)}
    engine = Engine(write_corpus(tmp_path / "seeds", articles), tmp_path / "index", encoder=fake_encoder,
                    reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    second = export.index("Document 2 of 2")
    assert later_version(engine.index, "export.txt", second + 40, [("bridge_update.txt", 80)]) == (
        "bridge_update.txt", "2024-01-17")                             # the second story's, not the first's
    assert later_version(engine.index, "export.txt", 0, [("bridge_update.txt", 80)]) is None
    a = engine.answer("Can pedestrians still use the footway on the eastern side of the Lode Bridge?")
    assert a.found and a.source == "bridge_update.txt" and "Quoted from the later version" in a.notice


def test_the_answer_a_later_version_gives_comes_first():
    from qa.records import Answer

    old = Answer(question="q", found=True, text="as soon as it is safe", source="bridge.txt", score=0.83,
                 sentence="We will reopen it as soon as it is safe.")
    new = Answer(question="q", found=True, text="March", source="bridge_update.txt", score=0.81,
                 sentence="The bridge will stay closed until at least March.")
    other = Answer(question="q", found=True, text="Sunday", source="x.txt", score=0.7, sentence="Shut on Sunday.")
    a = decide._from_later(Answer(**{**old.__dict__, "alternatives": (new, other)}), ("bridge_update.txt",
                                                                                        "2024-01-17"))
    assert a.text == "March" and [x.text for x in a.alternatives] == ["as soon as it is safe", "Sunday"]
    assert a.notice.startswith("Quoted from the later version of this story, updated 17 January 2024")
    b = decide._from_later(Answer(**{**old.__dict__, "alternatives": (other,)}), ("bridge_update.txt", "2024-01-17"))
    assert b.text == old.text and "it may say otherwise" in b.notice
