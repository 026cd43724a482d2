"""A story and its later version: an answer from the first names the update (fake encoder)."""

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
    assert later_version(index, "bridge.txt", ["bridge_update.txt", "other.txt"]) == ("bridge_update.txt",
                                                                                       "2024-01-17")
    assert later_version(index, "bridge_update.txt", ["bridge.txt"]) is None      # the update is the latest
    assert later_version(index, "other.txt", ["bridge_update.txt"]) is None        # another story of that day
    a = engine.answer("Can pedestrians still use the footway on the eastern side of the Lode Bridge?")
    assert a.found and a.source == "bridge.txt"
    assert "A later version of this story, updated 17 January 2024, is in bridge_update.txt" in a.notice
