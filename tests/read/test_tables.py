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


def _engine(tmp_path, encoder, monkeypatch, name: str, text: str) -> Engine:
    """An engine over one article ``name`` holding ``text`` (fake encoder, the whole sentence read)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    return Engine(seeds, tmp_path / "index", encoder=encoder, reader=SENTENCE, threshold=0.0)


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
    engine = _engine(tmp_path, fake_encoder, monkeypatch, "rents.txt", story)
    a = engine.answer(question)
    assert a.found and a.text == cell and engine.article_text("rents.txt")[a.start:a.end] == cell


VOTES = """Voters reject lower voting age

The proposal was rejected by 50.9 per cent to 49.1 per cent, the counting officer said.

Results by region

| Region | Yes | No | Yes % | Turnout |
|---|---|---|---|---|
| Dunmarrow | 402,118 | 341,506 | 54.1% | 64.8% |
| Orrin Falls and the North | 86,225 | 117,090 | 42.4% | 57.3% |
| Vashton Plain | 97,311 | 158,289 | 38.1% | 58.6% |
"""


@pytest.mark.parametrize("question, cell", [
    ("What was the turnout in Orrin Falls and the North?", "57.3%"),   # "Falls" asks for no change
    ("What was the Yes percentage in Vashton Plain?", "38.1%"),        # a share: "Yes %", not "Yes"
    ("How many Yes votes were cast in Dunmarrow?", "402,118"),         # a count: "Yes", not "Yes %"
    ("How many people voted No in Vashton Plain?", "158,289"),         # a header of a stop word
])
def test_the_column_is_the_one_whose_header_the_question_names(tmp_path, fake_encoder, monkeypatch, question, cell):
    engine = _engine(tmp_path, fake_encoder, monkeypatch, "votes.txt", VOTES)
    a = engine.answer(question)
    assert a.found and a.text == cell and engine.article_text("votes.txt")[a.start:a.end] == cell


def test_a_share_asked_naming_no_header_is_not_the_first_share_column(tmp_path, fake_encoder, monkeypatch):
    engine = _engine(tmp_path, fake_encoder, monkeypatch, "votes.txt", VOTES)
    assert engine.answer("What percentage of Dunmarrow voters turned out?").text != "54.1%"    # "Yes %"


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


RESULTS = """Kelder Telecom profit falls 18%

Kelder Telecom, the country's largest telecoms company, reported an 18% fall in annual profit on Thursday.

Key figures (million krona unless stated)

                          2025      2024      2023
Revenue                   5,480     5,372     5,210
Operating profit            905     1,034     1,002
Broadband customers (m)    1.02      0.97      0.93

The board proposed cutting the dividend, the chairman said at the meeting in the capital.
"""


@pytest.mark.parametrize("question, cell", [
    ("What was Kelder Telecom's operating profit in 2024?", "1,034"),     # a year's column, money by the caption
    ("What was Kelder Telecom's revenue in 2023?", "5,210"),
    ("How many broadband customers did Kelder Telecom have in 2025?", "1.02"),   # the label's unit aside
])
def test_a_years_column_under_a_header_with_its_first_cell_blank(tmp_path, fake_encoder, monkeypatch, question, cell):
    engine = _engine(tmp_path, fake_encoder, monkeypatch, "results.txt", RESULTS)
    a = engine.answer(question)
    assert a.found and a.text == cell and engine.article_text("results.txt")[a.start:a.end] == cell


def test_a_row_whose_table_shares_only_a_time_with_the_question_is_not_read_first(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    prices = ("House prices rise in the first quarter\n\nPrices rose 5.1% in the year to March, the registry said.\n\n"
              "Prices by region, first quarter 2026:\n\nRegion        Average price     Change     Sales\n"
              "Harbourside    254,700           +7.4%      1,960\nKelder        468,900           +3.2%      5,780\n")
    port = ("Port has record quarter\n\nHARBOURSIDE, 2 May - The port of Harbourside handled a record 4.6 million tonnes "
            "of cargo in the first quarter of 2026, up 12% on a year earlier, the port authority said.\n")
    (seeds / "prices.txt").write_text(prices, encoding="utf-8")
    (seeds / "port.txt").write_text(port, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("How much cargo did the port of Harbourside handle in the first quarter of 2026?")
    assert a.found and a.source == "port.txt"
    from qa.read.pipeline import row_asked

    index = engine.index
    row = next(r for r in range(len(index.sentences)) if index.sentence_text(r).startswith("Harbourside "))
    text = index.sentence_text(row)
    assert not row_asked(index, "How much cargo did Harbourside handle in the first quarter of 2026?", row, text)
    assert row_asked(index, "What was the average price in Harbourside?", row, text)


def test_a_row_is_not_read_first_for_a_question_naming_what_its_article_never_names(tmp_path, fake_encoder,
                                                                                     monkeypatch):
    from qa.read.pipeline import row_asked

    engine = _engine(tmp_path, fake_encoder, monkeypatch, "results.txt", RESULTS)
    index = engine.index
    row = next(r for r in range(len(index.sentences)) if index.sentence_text(r).startswith("Operating profit"))
    text = index.sentence_text(row)
    assert row_asked(index, "What was Kelder Telecom's operating profit in 2024?", row, text)
    assert not row_asked(index, "What was the operating profit of the Harbour Mill in 2024?", row, text)


LEAGUE = """Harrowgate crowned champions

Harrowgate FC won the Eastern League title on Sunday, four points clear of Tolland Town.

Eastern League, after matches of 10 May 2026

| Pos | Team | P | W | D | L | Pts |
|---|---|---|---|---|---|---|
| 1 | Harrowgate FC | 30 | 20 | 6 | 4 | 66 |
| 2 | Tolland Town | 30 | 19 | 5 | 6 | 62 |
| 3 | Mersey Vale Corinthians | 30 | 4 | 6 | 20 | 18 |
"""


@pytest.mark.parametrize("question, cell", [
    ("How many points did Tolland Town have?", "62"),                       # "Pts", the row after its position
    ("How many games did Mersey Vale Corinthians lose?", "20"),             # "L"
    ("How many points did Harrowgate FC have when they won the title?", "66"),   # the noun counted, not "won"
])
def test_a_league_tables_row_is_named_after_its_position_and_its_abbreviated_header_read(
        tmp_path, fake_encoder, monkeypatch, question, cell):
    engine = _engine(tmp_path, fake_encoder, monkeypatch, "league.txt", LEAGUE)
    engine.settings = type(engine.settings)(**{**vars(engine.settings), "threshold": 1.01})    # no topic vouches
    a = engine.answer(question)
    assert a.found and a.text == cell and engine.article_text("league.txt")[a.start:a.end] == cell


def test_a_cell_is_asked_by_its_row_and_a_column_the_question_names():
    from qa.read.figures import header_terms, row_label

    assert row_label("| 2 | Tolland Town | 30 | 62 |") == "Tolland Town"
    assert row_label("| 2025 | 1,480 | +7.9% |") == "2025"            # a year is a label, not a position
    assert row_label("| 2 | 30 |") == "2"
    assert "point" in header_terms("Pts") and "lost" in header_terms("L") and header_terms("Team") == {"team"}
    assert header_terms("W", counted=False) == {"w"}          # "What was the score when they won …?": no column


PRICES = """House prices in numbers

Average house prices in Tolland rose by 4.6 per cent in 2025, to 238,000 krell, the registry said. Here is how
the regions compared:

- Harrowgate: average 341,500 krell, up 6.2 per cent
- Mersey Vale: average 146,200 krell, up 1.4 per cent

The number of sales fell by 5 per cent to 61,300.
"""


@pytest.mark.parametrize("question, quoted", [
    ("What is the average house price in Harrowgate?", "341,500 krell"),
    ("By how much did house prices rise in Mersey Vale?", "1.4 per cent"),      # words of the list's lead-in
])
def test_a_lists_item_the_question_names_by_its_label_answers_before_the_total(tmp_path, fake_encoder, monkeypatch,
                                                                               question, quoted):
    from tests.fakes import SpansReader

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "prices.txt").write_text(PRICES, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, threshold=1.01,
                    reader=SpansReader({"341,500 krell": 1.0, "1.4 per cent": 1.0, "4.6 per cent": 2.0}))
    a = engine.answer(question)
    assert a.found and a.text == quoted


def test_an_item_is_asked_only_by_its_label_and_a_word_of_it_or_its_lead_in(tmp_path, fake_encoder, monkeypatch):
    from qa.read.pipeline import item_asked

    engine = _engine(tmp_path, fake_encoder, monkeypatch, "prices.txt", PRICES)
    index = engine.index
    row = next(r for r in range(len(index.sentences)) if index.sentence_text(r).startswith("- Harrowgate"))
    text = index.sentence_text(row)
    assert item_asked(index, "What is the average price in Harrowgate?", row, text)
    assert not item_asked(index, "What is the average price in Selby?", row, text)          # another label
    assert not item_asked(index, "How many people live in Harrowgate in 2025?", row, text)   # only a time shared
    assert not item_asked(index, "Who is the mayor of Harrowgate?", row, text)               # a person asked


def test_a_labelled_items_text_starts_after_its_label_and_colon():
    from qa.read.figures import item_body_start

    s = "- Route 12: 4,500 passengers"
    assert s[item_body_start(s):] == "4,500 passengers" and item_body_start("Route 12 carried 4,500.") == 0



PRIZES = """Harvest festival draws 22,000

The 75th Ostreval Harvest Festival drew about 22,000 visitors over the weekend.

| Class | Winner | Entry |
|---|---|---|
| Best cider | Jens Morrow | Red Orchard |
| Best cheese | Ostreval Valley Dairy | Aged Ostrevaler |
"""


def test_the_row_a_person_question_names_is_quoted_before_another_row_read_first(tmp_path, fake_encoder, monkeypatch):
    from tests.fakes import SpansReader

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "prizes.txt").write_text(PRIZES, encoding="utf-8")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, threshold=0.0,
                    reader=SpansReader({"Jens Morrow": 9.0, "Ostreval Valley Dairy": 1.0}))
    assert engine.answer("Who won best cheese at the harvest festival?").text == "Ostreval Valley Dairy"


BY_ELECTION = """Uplands Party clings on in Yselmoor North

The Uplands Party held the seat by 412 votes, with turnout at 47.8%.

Yselmoor North by-election, 10 April 2025

| Candidate | Party | Votes | Share |
|---|---|---|---|
| Margarethe Oakenfold | Uplands Party | 11,874 | 36.2% |
| Tobiah Reyne | Green Forum | 11,462 | 34.9% |
"""


def test_a_tables_header_names_its_columns_and_answers_nothing(tmp_path, fake_encoder, monkeypatch):
    from qa.read.pipeline import header_row

    engine = _engine(tmp_path, fake_encoder, monkeypatch, "yselmoor.md", BY_ELECTION)
    rows = [r for r in range(40) if engine.index.same_article(0, r) and engine.index.sentence_text(r).startswith("|")]
    assert [header_row(engine.index, r) for r in rows] == [True, False, False]
    a = engine.answer("Which candidate stood for the Party in the Yselmoor North by-election?")
    assert a.text not in ("Candidate", "Party", "| Candidate | Party | Votes | Share |")


def test_the_rows_of_a_table_are_read_with_its_caption_when_a_chunk_ends_over_them(tmp_path, fake_encoder):
    from qa.read.evidence import gather
    from qa.read.pipeline import deliberate

    rows = "\n".join(f"| Party {n} | Leader {n} of the national movement | {n},214,380 | {n}.1% |" for n in range(1, 31))
    text = ("Full results\n\nThe Civic Alliance remains the largest party but lost nine seats. Turnout was 78.6 per cent."
            "\n\nNational Assembly election, 4 October 2026: seats and vote share\n\n| Party | Leader | Votes | Share |\n"
            + rows + "\n\nSource: National Electoral Commission.\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "results.txt").write_text(text, encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    index = engine.index
    caption = next(r for r in range(len(index.sentences)) if index.sentence_text(r).startswith("National Assembly"))
    header = caption + 1
    chunk = int(index.sentence_chunk[caption])
    assert index.sentence_rows(chunk)[-1] < caption + 31         # the caption's chunk ends before the table does
    ev = gather(index, "How many votes did Party 7 win?", engine.encoder.encode(["q"])[0], np_rows(chunk))
    listed = [index.sentence_text(int(r)) for r in ev.srows]
    assert index.sentence_text(header).startswith("| Party | Leader") and all(
        any(t.startswith(f"| Party {n} |") for t in listed) for n in range(1, 31))      # all thirty rows read
    d = deliberate(index, engine.encoder, engine.reader, "How many votes did Party 7 win?", 5)
    assert any("| Party 7 |" in t for t in d.evidence.texts)


def np_rows(*rows):
    import numpy as np

    return np.array(rows, dtype=np.int64)


def test_a_row_is_not_asked_by_a_question_naming_what_its_table_is_not_of(tmp_path, fake_encoder):
    from qa.read.pipeline import row_asked

    text = ("Full results: general election 2026\n\nThe Green Coast movement had its best ever result.\n\n"
            "National Assembly election, 4 October 2026: seats and vote share\n\n| Party | Votes | Seats |\n"
            "| Civic Alliance | 1,214,380 | 64 |\n| Green Coast | 371,450 | 18 |\n\nIts vote was strongest in the "
            "university towns of Ilsenford and Castrelle.\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "results.txt").write_text(text, encoding="utf-8")
    index = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    row = next(r for r in range(len(index.sentences)) if index.sentence_text(r).startswith("| Green Coast"))
    sentence = index.sentence_text(row)
    assert row_asked(index, "How many seats did the Green Coast win in the National Assembly election?", row, sentence)
    assert not row_asked(index, "How many Ilsenford seats did the Green Coast win?", row, sentence)   # a town's


SHARES = """Rent takes a bigger bite in Varnholm

A single renter aged 25 to 34 in Varnholm now spends 41 per cent of take-home pay on rent, the survey shows.

| City | Rent as share of take-home pay (2025) | 2019 |
|---|---|---|
| Varnholm | 41% | 32% |
| Skarrow | 33% | 27% |

The survey covered about 12,000 households.
"""


@pytest.mark.parametrize("question, cell", [
    ("What share of take-home pay went on rent in Skarrow in 2019?", "27%"),     # the year's column, not the (2025)
    ("What share of take-home pay went on rent in Skarrow in 2025?", "33%"),
])
def test_the_column_naming_the_year_asked_is_read(tmp_path, fake_encoder, monkeypatch, question, cell):
    engine = _engine(tmp_path, fake_encoder, monkeypatch, "shares.md", SHARES)
    assert engine.answer(question).text == cell


POPULATION = SHARES.replace("| City | Rent as share of take-home pay (2025) | 2019 |",
                            "| City | Average rent (KRD) | Population (2025) |")


def test_a_year_in_another_columns_header_does_not_draw_a_question_naming_the_year(tmp_path, fake_encoder,
                                                                                  monkeypatch):
    engine = _engine(tmp_path, fake_encoder, monkeypatch, "rents.md", POPULATION)
    assert engine.answer("What was the average rent in Skarrow in 2025?").text == "33%"     # (not the population)
