"""A table in an article's text ("City | Average rent | Change" and its rows): the row the question
names is read, with its header as context, and one cell is quoted (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from tests.fakes import SENTENCE

STORY = """Rents rise fastest in Varnholm

Private rents rose by 5.6% in the year to August, the statistics office said on Monday.

Average monthly rent for a new tenancy, August 2026:

City | Average rent (KRD) | Change on a year earlier
Varnholm | 1,480 | +7.9%
Skarrow | 1,120 | +5.2%
Tennby | 790 | -0.8%

The figures are based on about 46,000 new tenancies registered with the office.
"""


@pytest.mark.parametrize("question, cell", [
    ("What is the average rent in Skarrow?", "1,120"),
    ("What is the average monthly rent in Tennby?", "790"),
    ("By how much did rents change in Varnholm?", "+7.9%"),       # the change column
    ("How much did the average rent rise in Skarrow?", "+5.2%"),
])
def test_the_row_a_question_names_is_read_and_the_cell_under_its_header_quoted(tmp_path, fake_encoder, monkeypatch,
                                                                               question, cell):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "rents.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer(question)
    assert a.found and a.text == cell and engine.article_text("rents.txt")[a.start:a.end] == cell
