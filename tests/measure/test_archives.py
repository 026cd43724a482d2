"""The made-up archives in data/archives: every question file loads as ``qa eval`` reads it, and every
article a question names is in the archive's seeds (no model, no index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.ingest.formats import SUFFIXES
from qa.measure.questions import load_conversations, load_questions

ARCHIVES = sorted(p for p in (Path(__file__).resolve().parents[2] / "data" / "archives").iterdir() if p.is_dir())


def test_the_archives_are_there():
    assert [p.name for p in ARCHIVES] == ["30-ostrela", "31-orlenza", "32-halvenoord", "33-pellaria", "34-quarvia",
                                         "35-corrandel", "36-sorvenna", "37-tesmark", "38-norrevia", "39-kirvana",
                                         "40-bolmaranth", "41-zaltheria", "42-elmuria", "43-wyrrendal", "44-almirath",
                                         "45-ivarra", "46-gorsenia", "47-relvandia", "48-jastrovia", "49-lyrandia",
                                         "50-dravenia", "51-frelsund", "52-malvastra", "53-vescara", "54-ulvesta",
                                         "55-yorvath", "56-xelmora", "57-phentara", "58-trevaskia", "59-glaskerra",
                                         "60-brisgard", "61-sturdana", "62-crestavia", "63-skorvania"]


@pytest.mark.parametrize("archive", ARCHIVES, ids=lambda p: p.name)
def test_an_archives_questions_load_and_name_its_own_articles(archive):
    seeds = archive / "seeds"
    files = {p.name for p in seeds.iterdir() if p.name.lower().endswith(SUFFIXES)}
    # (a news database's export holds three stories in the forty-fourth and forty-sixth, four in the forty-seventh)
    assert len(files) == {"44-almirath": 43, "46-gorsenia": 42, "47-relvandia": 41, "52-malvastra": 45}.get(archive.name,
                                                                                                     44)
    answerable = load_questions(archive / "answerable.jsonl")
    unanswerable = load_questions(archive / "unanswerable.jsonl")
    offtopic = load_questions(archive / "offtopic.jsonl")
    conversations = load_conversations(archive / "followups.jsonl")
    assert len(answerable) >= 440 and all(q.answers and not q.impossible for q in answerable)
    assert all(q.impossible and not q.answers for q in unanswerable + offtopic)
    assert {q.group for q in offtopic} == {"general", "newsy", "dated"} and len(conversations) == 36
    named = {f for q in answerable + unanswerable for f in q.sources}
    named |= {f for c in conversations for f in c.first.sources | c.second.sources}
    assert named <= files, sorted(named - files)
    assert len({q.id for q in answerable + unanswerable + offtopic}) == len(answerable + unanswerable + offtopic)
