"""Other versions of a story: a story filed again with a small change (a corrected figure) under
another name is shown once, and the passage and the answer name the other file."""

from __future__ import annotations

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.search.versions import MIN_TRIGRAMS, drop_versions, trigrams
from qa.settings import Settings
from tests.fakes import SENTENCE, write_corpus

STORY = ("The harbour board approved a new sea wall for the old port on Tuesday. The wall will cost {cost} "
         "and take three years to build, the board's chairman Ann Lowry said. Fishermen had asked for the wall "
         "after winter storms flooded the quay twice. Work starts in the spring, when the boats leave for the "
         "northern grounds.")
OTHER = ("The city council voted to close the central library for repairs. The roof leaks and the heating "
         "has failed, a council spokesman said. Readers can borrow books from the mobile library until June.")
CORPUS = {"harbour.txt": ("Sea wall approved", STORY.format(cost="£9.4m")),
          "harbour-corrected.txt": ("Sea wall approved", STORY.format(cost="£94m")),
          "library.txt": ("Library to close", OTHER)}


@pytest.fixture
def engine(tmp_path, fake_encoder):
    return Engine(write_corpus(tmp_path / "seeds", CORPUS), tmp_path / "index", encoder=fake_encoder,
                  reader=SENTENCE, threshold=0.0)


def test_a_story_filed_twice_is_shown_once_naming_the_other_file(engine):
    got = engine.retrieve("How much will the harbour sea wall cost?", k=3)
    harbour = [p for p in got if p.source.startswith("harbour")]
    assert len(harbour) == 1
    other = {"harbour.txt", "harbour-corrected.txt"} - {harbour[0].source}
    assert harbour[0].versions == tuple(other)
    assert [p.source for p in got][1:] == ["library.txt"]
    for p in got:
        assert engine.article_text(p.source)[p.start:p.end] == p.text


def test_the_answer_names_the_other_version_and_whether_it_words_the_quote_otherwise(engine):
    a = engine.answer("How long will the wall take to build, the board's chairman said?")
    assert a.found and "three years" in a.sentence and "£9" in a.sentence
    assert set(a.versions) | {a.source} == {"harbour.txt", "harbour-corrected.txt"}
    assert a.worded_otherwise == a.versions                     # the other one has the corrected cost
    assert engine.article_text(a.source)[a.start:a.end] == a.text
    a = engine.answer("When did the fishermen ask for the wall after winter storms flooded the quay?")
    assert a.found and "Fishermen" in a.sentence and a.versions and a.worded_otherwise == ()


def test_versions_can_be_kept_apart(tmp_path, fake_encoder):
    engine = Engine(write_corpus(tmp_path / "seeds", CORPUS), tmp_path / "index", encoder=fake_encoder,
                    reader=SENTENCE, settings=Settings(version_share=1.01))
    got = engine.retrieve("How much will the harbour sea wall cost?", k=3)
    assert {p.source for p in got} == {"harbour.txt", "harbour-corrected.txt", "library.txt"}
    assert all(p.versions == () for p in got)


class _Chunks:
    """Chunks given as (doc, start, end, text); documents named d0, d1, …"""

    def __init__(self, chunks):
        self.chunks = chunks
        self.row_doc = np.array([c[0] for c in chunks])
        self.documents = [{"source": f"d{i}"} for i in range(max(self.row_doc) + 1)]

    def chunk_text(self, row):
        return self.chunks[row][3]

    def chunk_span(self, row):
        return self.chunks[row][1:3]


WORDS = " ".join(f"w{i}" for i in range(40))


def test_a_version_is_dropped_only_when_nearly_all_its_text_ranked_higher_elsewhere():
    changed = WORDS.replace("w20", "changed")                 # 3 of 38 trigrams differ: 92 % shared
    rewritten = WORDS.replace("w10", "a").replace("w20", "b").replace("w30", "c")   # 9 of 38 differ
    index = _Chunks([(0, 0, 100, WORDS), (1, 0, 100, changed), (2, 0, 100, rewritten), (0, 200, 300, "other text")])
    rows, scores, named = drop_versions(index, np.arange(4), np.array([4.0, 3.0, 2.0, 1.0]), 0.9)
    assert rows.tolist() == [0, 2, 3] and scores.tolist() == [4.0, 2.0, 1.0]
    assert named == {0: ("d1",)}


def test_a_chunk_extending_its_own_passage_stays_and_short_chunks_are_never_versions():
    index = _Chunks([(0, 0, 100, WORDS), (1, 0, 100, "x " + WORDS), (1, 100, 200, WORDS + " y"),
                     (2, 0, 10, "w1 w2 w3 w4")])
    assert len(trigrams("w1 w2 w3 w4")) < MIN_TRIGRAMS
    rows, _, named = drop_versions(index, np.array([0, 2, 1, 3]), np.array([4.0, 3.0, 2.0, 1.0]), 0.9)
    assert rows.tolist() == [0, 3] and named == {0: ("d1",)}
    rows, _, named = drop_versions(index, np.array([0, 1, 3]), np.array([3.0, 2.0, 1.0]), 1.01)
    assert rows.tolist() == [0, 1, 3] and named == {}


def test_a_short_story_with_one_word_corrected_is_a_version_and_two_words_are_not():
    short = " ".join(f"w{i}" for i in range(14))              # 12 trigrams
    one = short.replace("w7", "corrected")                    # 3 of 12 differ: 75 % shared, one word
    two = short.replace("w3", "a").replace("w10", "b")        # 6 of 12 differ
    index = _Chunks([(0, 0, 100, short), (1, 0, 100, one), (2, 0, 100, two)])
    rows, _, named = drop_versions(index, np.arange(3), np.array([3.0, 2.0, 1.0]), 0.9)
    assert rows.tolist() == [0, 2] and named == {0: ("d1",)}


def test_a_story_reissued_with_a_correction_line_added_is_a_version_and_a_longer_story_quoting_it_is_not():
    story = " ".join(f"w{i}" for i in range(40))                                  # 38 trigrams
    corrected = story.replace("w20", "fixed") + " correction an earlier version gave the figure as w20 x y z"
    longer = story + " " + " ".join(f"n{i}" for i in range(40))                # the story, then as much again
    index = _Chunks([(0, 0, 100, story), (1, 0, 100, corrected), (2, 0, 100, longer)])
    rows, _, named = drop_versions(index, np.arange(3), np.array([3.0, 2.0, 1.0]), 0.9)
    assert rows.tolist() == [0, 2] and named == {0: ("d1",)}
