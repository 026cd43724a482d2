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


# The same table set out with spaces, as a text file or a page's <pre> prints one
SPACED = STORY.replace("""City | Average rent (KRD) | Change on a year earlier
Varnholm | 1,480 | +7.9%
Skarrow | 1,120 | +5.2%
Tennby | 790 | -0.8%""", """CITY        AVERAGE RENT (KRD)   CHANGE ON A YEAR EARLIER
Varnholm         1,480                +7.9%
Skarrow          1,120                +5.2%
Tennby             790                -0.8%""")


@pytest.mark.parametrize("row, cells", [
    ("Civic Alliance          13      -4       30.6%", ["Civic Alliance", "13", "-4", "30.6%"]),
    ("| Kerrigan | 1,874 | 38.6% |", ["Kerrigan", "1,874", "38.6%"]),
])
def test_a_tables_row_is_told_by_its_bars_or_its_spacing_and_cut_into_cells(row, cells):
    from qa.read.figures import one_cell, table_cells, table_row

    assert table_row(row) and [row[a:b] for a, b in table_cells(row)] == cells
    start = row.index(cells[1])
    assert row[slice(*one_cell(row, start, len(row)))] == cells[1]


@pytest.mark.parametrize("sentence", ["The council voted  14 to 11, the clerk said.", "It rose 5.1%.  Then fell.",
                                      "Shares in Bremmer  Foods fell 9%  on Monday.",
                                      "Tickets cost £10.  Doors open at 7pm.  Bring ID.",
                                      "14  Harbour Road,  Kestrel Park,  KP1 2AB", "- apples  - pears  - plums"])
def test_a_sentence_with_a_double_space_is_no_table_row(sentence):
    from qa.read.figures import table_row

    assert not table_row(sentence)


@pytest.mark.parametrize("question, cell", [
    ("What is the average rent in Skarrow?", "1,120"),
    ("What is the average monthly rent in Tennby?", "790"),
    ("By how much did rents change in Varnholm?", "+7.9%"),       # the change column
    ("How much did the average rent rise in Skarrow?", "+5.2%"),
])
@pytest.mark.parametrize("story", [STORY, SPACED])
def test_the_row_a_question_names_is_read_and_the_cell_under_its_header_quoted(tmp_path, fake_encoder, monkeypatch,
                                                                               question, cell, story):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "rents.txt").write_text(story, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer(question)
    assert a.found and a.text == cell and engine.article_text("rents.txt")[a.start:a.end] == cell


def test_a_row_named_by_its_label_alone_answers_no_question_its_table_is_not_about(tmp_path, fake_encoder,
                                                                                    monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "rents.txt").write_text(SPACED + "\nTwo Skarrow councillors, Ana Lima and Jo Park, opposed the harbour plan.\n",
                                     encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("Which two Skarrow councillors opposed the harbour plan?")
    assert a.found and not a.sentence.startswith("Skarrow ")
