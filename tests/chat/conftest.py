"""Shared by the chat tests: an engine over the seed with the fake encoder, and made-up answers."""

from __future__ import annotations

import shutil

import pytest

from qa.chat.engine import Engine
from qa.records import Answer
from tests.conftest import SEED
from tests.fakes import SENTENCE, HashingEncoder

QUOTE = "“It is understood that North Korea has been provided with missiles,” Shin said, according to Reuters."


def made_answer(text: str, sentence: str = QUOTE, source: str = "a.txt", at: int = 100) -> Answer:
    """An answer quoting ``text`` from ``sentence``, which sits at offset ``at`` of ``source``."""
    rel = sentence.index(text)
    return Answer(question="q", found=True, text=text, sentence=sentence, source=source, title="Missiles for troops",
                  start=at + rel, end=at + rel + len(text), sentence_start=at, sentence_end=at + len(sentence), line=3,
                  score=0.8, publisher="The Courier", date="2024-11-22")


@pytest.fixture
def answer():
    return made_answer


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """An engine over a copy of the seed, fake encoder and whole-sentence reader (shared: read only)."""
    root = tmp_path_factory.mktemp("chat")
    (root / "seeds").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    return Engine(root / "seeds", root / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
