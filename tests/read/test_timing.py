"""Time in questions: a question naming a year or a month is answered only from an article that
covers it; otherwise "not found", saying what period the articles cover (fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read.timing import asked, covers, period
from tests.fakes import SENTENCE, write_corpus

ARTICLES = {
    "rates.txt": ("Bank cuts rates", "The central bank cut interest rates to 4.75% in August 2004. Economists expect "
                  "another cut in 2005."),
    "ferry.txt": ("Ferry order", "Published 12 May 2005\n\nThe ferry company ordered two boats worth £18m. The boats "
                  "enter service in 2006."),
    "match.txt": ("Cup final", "United won the cup final 2-1 in May 2005 after extra time."),
}


@pytest.fixture
def engine(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds", ARTICLES)
    return Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)


def test_the_times_a_question_names():
    assert [t.iso() for t in asked("To what level did the bank cut rates in March 2009?")] == ["2009-03"]
    assert [t.iso() for t in asked("What was the unemployment rate in 2010?")] == ["2010"]
    assert [t.iso() for t in asked("How much profit did the firm report for 2009?")] == ["2009"]
    assert asked("How many jobs are there for 2000 workers?") == []
    assert asked("How many troops did North Korea send?") == []
    assert asked("How many people live in the 2,000-year-old town?") == []
    assert [t.iso() for t in asked("How much did the government plan to spend in its 2021 budget?")] == ["2021"]
    assert [t.iso() for t in asked("How many homes lost power in the storms of winter 2020?")] == ["2020"]
    assert asked("Which firm bid for a 2000 tonne order?") == []               # a unit after it: a number
    assert asked("How far from the centre of 2021 HX318 does its ring lie?") == []      # a catalogue's name
    assert [t.iso() for t in asked("Which summit did EU leaders hold in 2021?")] == ["2021"]


def test_an_article_covers_a_time_it_names_or_is_dated_in(engine):
    index = engine.index
    doc = {d["source"]: i for i, d in enumerate(index.documents)}
    text = engine.article_text("rates.txt")
    assert covers(index, doc["rates.txt"], asked("in August 2004?"), text) and covers(index, doc["rates.txt"], asked("in 2005?"), text)
    assert not covers(index, doc["rates.txt"], asked("in March 2004?"), text)     # the year, not the month
    assert covers(index, doc["ferry.txt"], asked("in May 2005?"), "")              # its date
    assert not covers(index, doc["match.txt"], asked("in 2009?"), "")
    assert covers(index, doc["match.txt"], asked("in 2009?"), "The 2009 final will be in Rome.")   # named there
    said = "Inflation stood at 3.2 per cent in December, the bank said."       # the last December before its date
    assert covers(index, doc["ferry.txt"], asked("in December 2004?"), said)
    assert not covers(index, doc["ferry.txt"], asked("in December 2003?"), said)
    assert not covers(index, doc["ferry.txt"], asked("in December 2004?"), "Inflation stood at 3.2 per cent in "
                                                                             "December 2003.")   # another year's
    assert not covers(index, doc["ferry.txt"], asked("in December 2004?"), "On December 12, 2003, the council voted.")
    assert covers(index, doc["ferry.txt"], asked("in April 2005?"), "Sales fell in April.")
    ahead = "Fares will rise to £3.40 from 1 January, the operator said."     # the next January after its date
    assert covers(index, doc["ferry.txt"], asked("in January 2006?"), ahead)
    assert not covers(index, doc["ferry.txt"], asked("in January 2006?"), "Fares rose to £3.40 in January.")
    assert not covers(index, doc["ferry.txt"], asked("in January 2007?"), ahead)
    assert not covers(index, doc["ferry.txt"], asked("in January 2006?"), "The council announced in January that "
                                                                           "fares would rise.")     # in the past
    assert not covers(index, doc["ferry.txt"], asked("in May 2006?"), "Fares will rise from May.")   # its own month
    assert not covers(index, doc["ferry.txt"], asked("in April 2005?"), "Councillor April Jones said so.")   # a name


def test_a_year_naming_a_thing_is_covered_by_an_article_naming_that_thing(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds", {
        "budget.txt": ("Rask's first budget", "Published 6 October 2026\n\nThe finance minister, Oddny Rask, "
                       "unveiled her first budget on Tuesday. Under the 2027 budget, spending rises to 648 billion "
                       "merks. The vote on the 2025 budget a year earlier had been closer. Inflation fell to 2.6 per cent in May from 4.1 per cent."),
    })
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    index, lede = engine.index, "The finance minister, Oddny Rask, unveiled her first budget on Tuesday."
    assert covers(index, 0, asked("Who presented the 2027 budget?"), lede, "Who presented the 2027 budget?")
    assert not covers(index, 0, asked("Who presented the 2028 budget?"), lede, "Who presented the 2028 budget?")
    assert not covers(index, 0, asked("What happened in 2027?"), lede, "What happened in 2027?")   # a time
    assert not covers(index, 0, asked("Who presented the 2025 budget?"), lede, "Who presented the 2025 budget?")
    # "in May" names the month ("May" elsewhere may be the verb or a name)
    assert covers(index, 0, asked("What was inflation in May 2026?"), "", "What was inflation in May 2026?")
    from qa.ingest.dates import month_numbers

    assert month_numbers("It may rain. May said so. Theresa May spoke.") == set()
    assert month_numbers("since May; on May 5") == {5}
    assert month_numbers("By May Holm, of May Street") == set()          # a name, a street
    assert month_numbers("Prices rose 0.6 per cent in the year to May.") == {5}
    assert month_numbers("She spoke to May Holm.") == set()
    assert month_numbers("It will pay its farmers more from 1 May.") == month_numbers("the 31st May deadline") == {5}
    assert month_numbers("at 4 May Street") == month_numbers("12.5 May") == set()
    seeds = write_corpus(tmp_path / "seeds2", {"cod.txt": ("Cod quota cut by 18 per cent for 2027",
                                                           "Published 10 December 2026\n\nEnvironmental groups said "
                                                           "the cut was too small.")})
    index = Engine(seeds, tmp_path / "index2", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    q = "Which environmental group criticised the 2027 cod quota?"       # "the cod quota … for 2027": that one
    assert covers(index, 0, asked(q), "Environmental groups said the cut was too small.", q)
    q = "What is the cod quota for 2027?"
    assert covers(index, 0, asked(q), "Environmental groups said the cut was too small.", q)
    seeds = write_corpus(tmp_path / "seeds3", {"budget.txt": ("Budget 2027: Vrenne cuts income tax",
                                                              "Published 14 October 2026\n\nThe health budget rises by "
                                                              "5.6% to 31.4 billion aldons.")})
    index = Engine(seeds, tmp_path / "index3", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    for q, covered in [("What is the health budget for 2027?", True), ("What is the health budget for 2028?", False),
                       ("How many people went to the festival for 2027?", False)]:
        assert covers(index, 0, asked(q), "The health budget rises by 5.6% to 31.4 billion aldons.", q) is covered, q
    seeds = write_corpus(tmp_path / "seeds4", {"wage.txt": ("Wage Board backs 104-aldon minimum", "Published 2 "
                                                            "October 2026\n\nThe Wage Board recommended raising the "
                                                            "minimum wage to 104 aldons an hour from 1 January 2027. Its "
                                                            "impact note puts the cost at up to 4,000 jobs. In 2028 the "
                                                            "board meets again.")})
    index = Engine(seeds, tmp_path / "index4", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    for q, covered in [("How many jobs could the 2027 minimum wage rise cost?", True),    # the year in its sentence
                       ("Which board meets in the 2028 review?", False),       # "review" is not named with the year
                       ("How many jobs could the 2029 minimum wage rise cost?", False),
                       ("How many jobs could the 2027 pension rise cost?", False),
                       ("How many jobs could the 2028 impact note cost?", False)]:    # the words, the year apart
        assert covers(index, 0, asked(q), "Its impact note puts the cost at up to 4,000 jobs.", q) is covered, q
    seeds = write_corpus(tmp_path / "seeds5", {"pension.txt": ("Pensions rise", "Published 2 October 2026\n\nThe state "
                                                               "pension will rise to a minimum of 900 aldons a month "
                                                               "in 2027. The general secretary of the union said the "
                                                               "party would be ready to fight in 2027.")})
    index = Engine(seeds, tmp_path / "index5", encoder=fake_encoder, reader=SENTENCE, threshold=0.0).index
    for q in ("How much will the 2027 minimum wage rise cost?", "How many people voted in the 2027 general election?"):
        assert not covers(index, 0, asked(q), "The state pension will rise.", q), q     # one word of the thing only


def test_a_years_review_published_the_next_january_covers_that_year(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds", {
        "review.txt": ("Annual Climate Statement 2025", "Published 20 January 2026\n\nSnow cover at the "
                       "observatory lasted 141 days. The lowest temperature was recorded on 5 February."),
        "later.txt": ("Ferry fares rise", "Published 20 January 2026\n\nFerry fares will rise by 4 per cent."),
    })
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    doc = {d["source"]: i for i, d in enumerate(engine.index.documents)}
    lede = "Snow cover at the observatory lasted 141 days."
    assert covers(engine.index, doc["review.txt"], asked("How long did snow cover last in 2025?"), lede)
    assert covers(engine.index, doc["review.txt"], asked("How cold was it in February 2025?"),
                  "The lowest temperature was recorded on 5 February.")           # a month the review names
    assert not covers(engine.index, doc["later.txt"], asked("How much did fares rise in 2025?"), "Fares will rise.")
    assert not covers(engine.index, doc["review.txt"], asked("How long did snow cover last in 2024?"), lede)


def test_a_story_of_the_next_year_whose_lede_reports_the_year_before_covers_it(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds", {
        "port.txt": ("Port traffic hits record", "Published 3 February 2026\n\nThe port handled a record 1.84 "
                     "million containers last year, up 7.2 per cent on 2024, the port authority said.\n\nCruise calls "
                     "rose to 88 from 71."),
        "later.txt": ("Port plans new berth", "Published 3 February 2027\n\nThe port authority said on Monday that "
                      "last year was the busiest in its 140-year history.\n\nCruise calls rose to 95."),
    })
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    doc = {d["source"]: i for i, d in enumerate(engine.index.documents)}
    calls = "Cruise calls rose to 88 from 71."
    assert covers(engine.index, doc["port.txt"], asked("How many cruise ships called in 2025?"), calls)
    assert not covers(engine.index, doc["port.txt"], asked("How many cruise ships called in 2023?"), calls)
    assert covers(engine.index, doc["later.txt"], asked("How many cruise ships called in 2026?"), "Cruise calls rose.")
    assert not covers(engine.index, doc["later.txt"], asked("How many cruise ships called in 2025?"), "Cruise calls "
                      "rose.")                                  # two years before: only what the sentences say
    seeds = write_corpus(tmp_path / "seeds2", {
        "results.txt": ("Valtherm profit falls 28% as power prices ease; dividend cut to 2.40 talen a share",
                        "Published 12 March 2026\n\nThe utility blames lower wholesale prices and start-up costs "
                        "at Grisvald. Figures in talen.\n\nValtherm AG, the largest electricity producer, reported "
                        "a 28 per cent fall in net profit for 2025 on Thursday.\n\nRevenue declined by 11 per cent."),
    })
    engine = Engine(seeds, tmp_path / "index2", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    assert covers(engine.index, 0, asked("What revenue did Valtherm report for 2025?"), "Revenue declined by 11 "
                  "per cent.")                                  # a long headline and a standfirst before the lede


def test_a_year_a_sentence_measures_from_is_no_time_it_tells_of(engine):
    index = engine.index
    ferry = {d["source"]: i for i, d in enumerate(index.documents)}["ferry.txt"]
    assert not covers(index, ferry, asked("How many boats did it order in 2001?"), "The order is the biggest since 2001.")
    assert covers(index, ferry, asked("How many boats did it order in 2001?"), "In 2001 it bought three boats.")
    assert covers(index, ferry, asked("How many boats did it order in 2001?"),
                  "The order is the biggest since 2001, when it bought three boats.")        # told of
    assert covers(index, ferry, asked("How many boats has it ordered since 2001?"), "Its biggest order since 2001.",
                  "How many boats has it ordered since 2001?")
    assert not covers(index, ferry, asked("How many boats did it have in 2001?"), "Its fleet has shrunk by a third "
                      "since 2001.")
    assert covers(index, ferry, asked("Who ran the yard in 2001?"), "The yard, run by Ida Brennan since May 2001.")
    assert covers(index, ferry, asked("Who became mayor in 2001?"), "Ida Brennan has been mayor since 2001.")
    assert covers(index, ferry, asked("How many boats did it order in 2001?"),
                  "It is the biggest order since 2001 (when it bought three boats).")
    assert not covers(index, ferry, asked("How many boats did it have in 2001?"), "The fleet is its largest since "
                      "the summer of 2001.")


def test_a_year_a_headline_counts_a_record_from_is_no_year_the_story_reports(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds", {"jobs.txt": (
        "Unemployment falls to lowest since 2008", "Published 5 August 2026\n\nThe unemployment rate fell to 3.4 per "
        "cent in July, its lowest level since the summer of 2008.")})
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    sentence = "The unemployment rate fell to 3.4 per cent in July, its lowest level since the summer of 2008."
    assert not covers(engine.index, 0, asked("What was the unemployment rate in 2008?"), sentence)
    assert covers(engine.index, 0, asked("What was the unemployment rate in July 2026?"), sentence)


def test_a_question_about_another_time_is_not_answered_and_says_why(engine):
    a = engine.answer("To what level did the central bank cut interest rates in March 2009?")
    assert not a.found and a.passages
    assert "March 2009" in a.notice and "2005" in a.notice
    a = engine.answer("To what level did the central bank cut interest rates in August 2004?")
    assert a.found and a.source == "rates.txt"


def test_the_corpus_period(engine):
    assert period(engine.index) in ("2005", "2004–2005", "2005–2006")


class _Eras:
    """An index stand-in whose articles are from the given years (None: undated, naming none)."""

    def __init__(self, eras):
        from qa.ingest.dates import ArticleTimes
        self.documents = [{} for _ in eras]
        self.derived = {}
        self._times = [ArticleTimes(None, frozenset({e} if e else ()), frozenset(), frozenset()) for e in eras]

    def times(self, i):
        return self._times[i]


def test_the_period_is_where_the_articles_cluster_not_their_outliers():
    eras = [2004] * 5 + [2005] * 4 + [1850, 1990, 2010, 2050, None]
    assert period(_Eras(eras)) == "2004–2005"
    assert period(_Eras([2003, 2003, 2004, 2004])) == "2004"      # a tie goes to the later years
    assert period(_Eras([None, None])) == ""


def test_an_answer_withheld_for_another_reason_still_says_the_year_asked_is_outside_the_period(tmp_path, fake_encoder):
    articles = {**ARTICLES, "final.txt": ("Final venue", "Published 3 June 2005\n\nThe 2009 final will be played "
                                                         "in Rome, the federation said.")}
    engine = Engine(write_corpus(tmp_path / "seeds", articles), tmp_path / "index", encoder=fake_encoder,
                    reader=SENTENCE, threshold=1.01)            # nothing is on topic enough to answer
    a = engine.answer("Where will the 2009 final be played?")
    assert not a.found and "asks about 2009; the articles are mostly from" in a.notice
    a = engine.answer("Where was the 2005 cup final played?")
    assert not a.found and "mostly from" not in a.notice      # a year inside the period: nothing to say
    old = {**articles, "old.txt": ("Old final", "Published 9 May 1998\n\nThe 1998 final was played in Paris.")}
    engine = Engine(write_corpus(tmp_path / "seeds", old), tmp_path / "index", encoder=fake_encoder,
                    reader=SENTENCE, threshold=1.01)
    a = engine.answer("Where was the final played in 1998?")
    assert not a.found and "mostly from" not in a.notice      # outside the period, but an article is dated then


def test_last_year_and_a_year_earlier_in_a_dated_article_cover_the_year_before(tmp_path, fake_encoder):
    text = "Pre-tax profit for the six months to June fell to £41.2m, from £59.7m a year earlier."
    articles = {"dated.txt": ("Profits fall", "Published 2 August 2024\n\n" + text), "undated.txt": ("Profits", text)}
    engine = Engine(write_corpus(tmp_path / "seeds", articles), tmp_path / "index", encoder=fake_encoder,
                    reader=SENTENCE, threshold=0.0)
    doc = {d["source"]: i for i, d in enumerate(engine.index.documents)}
    assert covers(engine.index, doc["dated.txt"], asked("in 2023?"), text)
    assert not covers(engine.index, doc["dated.txt"], asked("in 2022?"), text)
    assert engine.index.year(doc["dated.txt"]) == 2024 and engine.index.year(doc["undated.txt"]) is None



def test_an_undated_article_covers_a_year_from_the_latest_it_names_to_the_periods_last(tmp_path, fake_encoder):
    wire = ("KORRIMUND, Sept 16 (Meridian Wire) - The central bank cut its main rate to 4.25% on Tuesday, its first "
            "reduction since September 2022.")
    dated = {f"news{n}.txt": (f"Story {n}", f"Published 3 March 2026\n\nThe council met on Monday ({n}).") for n in range(4)}
    engine = Engine(write_corpus(tmp_path / "seeds", {**dated, "wire.txt": ("Rates cut", wire)}), tmp_path / "index",
                    encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    doc = {d["source"]: i for i, d in enumerate(engine.index.documents)}["wire.txt"]
    assert engine.index.year(doc) is None and period(engine.index) == "2026"
    for year in (2022, 2023, 2024, 2025, 2026):      # written in 2022 or after: any year up to the archive's
        assert covers(engine.index, doc, asked(f"in September {year}?"), "The council voted 6-3."), year
    assert not covers(engine.index, doc, asked("in September 2020?"), "The council voted 6-3.")
    assert not covers(engine.index, doc, asked("in September 2028?"), "The council voted 6-3.")


def test_a_time_before_the_story_is_no_time_to_come(tmp_path, fake_encoder, monkeypatch):
    from qa.read import decide
    from qa.read.timing import all_past

    text = ("Published 18 July 2023\n\nThe dispute followed strikes on 12 May, 2 June and 27 June. Signal workers "
            "will walk out again on 3 and 4 August.")
    engine = Engine(write_corpus(tmp_path / "seeds", {"strike.txt": ("Strike", text), "undated.txt": ("S", "On 12 May.")}),
                    tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    doc = {d["source"]: i for i, d in enumerate(engine.index.documents)}
    assert all_past(engine.index, doc["strike.txt"], "strikes on 12 May, 2 June and 27 June")
    assert all_past(engine.index, doc["strike.txt"], "since May last year")
    assert not all_past(engine.index, doc["strike.txt"], "on 12 May and 3 August")      # one to come
    assert not all_past(engine.index, doc["strike.txt"], "after the talks")              # no time named
    assert not all_past(engine.index, doc["undated.txt"], "On 12 May")                   # no date to count from
    assert not all_past(engine.index, doc["strike.txt"], "on 2 June", "The line will reopen on 2 June.")  # next June
    assert not all_past(engine.index, doc["strike.txt"], "in the last week of August")
    assert all_past(engine.index, doc["strike.txt"], "May", "Talks began in May.")        # a month alone, gone by
    assert all_past(engine.index, doc["strike.txt"], "since March")
    assert not all_past(engine.index, doc["strike.txt"], "May", "Talks will resume in May.")     # next May
    assert not all_past(engine.index, doc["strike.txt"], "in September")
    assert not all_past(engine.index, doc["strike.txt"], "Augusta")                        # no month
    gone = "Varga was sentenced to six years in prison on Wednesday for fraud."
    assert all_past(engine.index, doc["strike.txt"], "Wednesday", gone)            # a past verb's weekday
    assert not all_past(engine.index, doc["strike.txt"], "on Monday", "The strike starts on Monday.")
    assert not all_past(engine.index, doc["strike.txt"], "Friday", "Hosepipes were banned and will be from Friday.")
    assert not all_past(engine.index, doc["strike.txt"], "Tuesday", "Talks, which stalled in May, resume on Tuesday.")
    assert not all_past(engine.index, doc["strike.txt"], "Thursday",
                        "The union, which represents a hundred thousand teachers, walks out on Thursday.")
    assert not all_past(engine.index, doc["undated.txt"], "Wednesday", gone)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("When is the next strike by the signal workers?")
    assert a.found and "3 and 4 August" in a.sentence


def test_the_parts_of_a_year_a_text_names_and_a_figure_for_another_part():
    from qa.read.timing import another_part, parts_named

    assert parts_named("profit in the second quarter, Q3 and first-half sales; H2") == \
        {("quarter", 2), ("quarter", 3), ("half", 1), ("half", 2)}
    asked = parts_named("How much profit did it make in the first quarter of 2022?")
    assert another_part(asked, "Profit was £9.4m, up from £7.2m in the third quarter of 2022.")
    assert not another_part(asked, "Profit was £6.1m, compared with £4.9m in the first quarter of 2022.")
    assert not another_part(asked, "Profit rose to £6.1m.")                      # names no part: may answer
    assert not another_part(asked, "First-half sales fell.")                    # a half, not a quarter


@pytest.mark.parametrize("text, parts", [
    ("Revenue in October to December reached £5.3m", {("quarter", 4)}),       # a quarter's months
    ("sales from January-March", {("quarter", 1)}),
    ("profit for January to June", {("half", 1)}),
    ("£4.6m in the first quarter, £4.8m in the second and £4.9m in the third.",   # the word "quarter" left out
     {("quarter", 1), ("quarter", 2), ("quarter", 3)}),
    ("2% in the first half and 3% in the second.", {("half", 1), ("half", 2)}),
    ("He won in the second round and in the third.", {("round", 2)}),        # a round, no part of a year
    ("from March to May", set()),                                               # no quarter's months
])
def test_a_part_of_a_year_named_by_its_months_or_with_its_noun_left_out(text, parts):
    from qa.read.timing import parts_named

    assert parts_named(text) == parts


def test_a_figure_for_another_quarter_does_not_answer(tmp_path, fake_encoder, monkeypatch):
    from qa.read import decide

    articles = {"q1.txt": ("Outdoor shop sales rise in first quarter", "Revenue for the quarter to 31 March reached "
                           "£84.6m at the outdoor shop chain."),
                "q2.txt": ("Outdoor shop warns on profits", "Revenue at the outdoor shop chain in the second quarter "
                           "fell to £91.2m.")}
    engine = Engine(write_corpus(tmp_path / "seeds", articles), tmp_path / "index", encoder=fake_encoder,
                    reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    a = engine.answer("What was the revenue for the quarter at the outdoor shop chain in the second quarter?")
    assert a.found and a.source == "q2.txt"
    a = engine.answer("What was the revenue for the quarter to 31 March at the outdoor shop chain in the third quarter?")
    assert not a.found and a.notice.startswith(decide.NO_PART)


def test_a_story_does_not_say_what_happened_after_it_was_published(tmp_path, fake_encoder):
    from qa.read.timing import before_it

    text = ("Published 29 October 2026\n\nNorrveld will publish its full-year results on 18 February 2027. A "
            "confiscation hearing is set for 17 June 2026.")
    engine = Engine(write_corpus(tmp_path / "seeds", {"q3.txt": ("Q3", text), "undated.txt": ("S", "In 2027.")}),
                    tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    doc = {d["source"]: i for i, d in enumerate(engine.index.documents)}
    q3 = doc["q3.txt"]
    for q in ["What were Norrveld's full-year results for 2027?", "How many homes were sold in December 2026?"]:
        assert before_it(engine.index, q3, asked(q), q), q
    for q in ["What were Norrveld's results expected to be in 2027?",      # what was to come
              "At what level did economists expect the bank to hold its rate at its 18 February 2027 meeting?",
              "What was the turnout in 2026?",                               # its own year
              "What was the turnout in October 2026?",
              "When will the 2027 results be published?"]:                   # not what was
        assert not before_it(engine.index, q3, asked(q), q), q
    q = "What were the results for 2027?"
    assert not before_it(engine.index, doc["undated.txt"], asked(q), q)      # no date to count from
    q = "What was the council's budget for 2027?"        # settled in advance, said in the past tense
    assert not before_it(engine.index, q3, asked(q), q, "The council set its budget for 2027 at £40m.")
    assert before_it(engine.index, q3, asked(q), q, "The council will set its budget for 2027 in March.")
    assert before_it(engine.index, q3, asked(q), q, "The council set its budget at £40m.")     # 2027 not named
    assert before_it(engine.index, q3, asked(q), q, "It said the budget would be set by the end of 2027.")
    q = "What cod quota did the government agree for 2027?"         # a decision for the year, taken before it
    assert not before_it(engine.index, q3, asked(q), q, "Boats will land 18 per cent less cod next year after the "
                                                        "government agreed a quota of 41,200 tonnes for 2027.")
    q = "At what level was spending on schools frozen in the 2027 budget?"     # a thing the year names, set before
    assert not before_it(engine.index, q3, asked(q), q, "Spending on schools was frozen at 212 million talen.")
    q = "Who won the mayoral run-off on 8 November 2026?"      # a day after the story's, "who won"
    assert before_it(engine.index, q3, asked(q), q, "The two leading candidates meet in a run-off.")
    q = "Who won the mayoral run-off on 31 October 2026?"      # two days after, the story's month
    assert before_it(engine.index, q3, asked(q), q, "The two leading candidates meet in a run-off.")
    q = "Who won the mayoral first round on 30 October 2026?"     # the day after: the story may tell of it
    assert not before_it(engine.index, q3, asked(q), q, "Rolf Hagen led the first round.")


@pytest.mark.parametrize("span, says", [
    ("on 20 March", True), ("next spring", True), ("later this year", True), ("within weeks", True),
    ("once repairs are complete", True), ("in 2027", True), ("by Christmas", True),
    ("disproportionate", False), ("her lawyer", False), ("the High Court", False),
    ("the mayor", False), ("the decision", False), ("a novel", False), ("on Thanksgiving", True),
    ("61 witnesses", False), ("within 30 days", True), ("after three rounds", True),     # a count of things is no time
])
def test_an_answer_to_when_something_will_happen_says_a_time(span, says):
    from qa.read.timing import says_when

    assert says_when(span) is says


def test_an_elections_round_asked_is_not_answered_by_another_rounds_tally():
    from qa.read.timing import another_part, parts_named

    asked = parts_named("How many votes did Lotta Feldt get in the first round?")
    assert asked == {("round", 1)}
    assert another_part(asked, "Feldt beat Aas in Sunday's run-off by 112,340 votes to 98,775.")
    assert not another_part(asked, "In the first round Feldt won 61,200 votes.")
    assert parts_named("the second round") == parts_named("the run-off") == {("round", 2)}


@pytest.mark.parametrize("question, span, gone", [
    ("When did Brisk Harbour FC last win the title before 2026?", "Sunday", True),
    ("When had rates previously risen?", "on Tuesday", True),
    ("When did Brisk Harbour FC last win the title?", "1987", False),
    ("When did Brisk Harbour FC win the title?", "Sunday", False),          # this week's win asked
    ("When did Brisk Harbour last win the league title?", "on Saturday", False),    # its latest win may be this one
])
def test_a_weekday_tells_the_storys_own_week_not_an_earlier_time(question, span, gone):
    from qa.read.timing import weekday_for_earlier

    assert weekday_for_earlier(question, span) is gone


def test_an_age_says_no_time():
    from qa.read.timing import says_when

    assert not says_when("Corvath aged 79") and not says_when("a 79-year-old") and says_when("aged 79 in 2025")


def test_a_day_of_the_week_before_a_story_and_the_month_it_calls_last_month_are_its_own(tmp_path, fake_encoder):
    seeds = write_corpus(tmp_path / "seeds", {
        "rescue.txt": ("Five sailors rescued", "Published 1 June 2026\n\nFive sailors were rescued from a sinking "
                       "yacht off Kell Point late on Sunday after a three-hour operation."),
        "coach.txt": ("New coach speaks", "Published 9 February 2026\n\nStellan Marr was appointed head coach of the "
                      "national team last month on a contract running until 2028."),
        "other.txt": ("Coach named", "Published 9 February 2026\n\nThe club named a new coach on Monday after a "
                      "long search for the right candidate."),
    })
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    doc = {d["source"]: i for i, d in enumerate(engine.index.documents)}
    rescued = "Five sailors were rescued late on Sunday."
    assert covers(engine.index, doc["rescue.txt"], asked("Which yacht sank on 31 May 2026?"), rescued)
    assert covers(engine.index, doc["rescue.txt"], asked("Which yacht sank on 1 June 2026?"), rescued)
    assert not covers(engine.index, doc["rescue.txt"], asked("Which yacht sank on 20 May 2026?"), rescued)
    appointed = "Stellan Marr was appointed head coach."
    assert covers(engine.index, doc["coach.txt"], asked("Who was appointed coach in January 2026?"), appointed)
    assert not covers(engine.index, doc["coach.txt"], asked("Who was appointed coach in December 2025?"), appointed)
    assert not covers(engine.index, doc["other.txt"], asked("Who was appointed coach in January 2026?"), appointed)


@pytest.mark.parametrize("question, sentence, to_come", [
    ("What was the result of the final vote on the budget?", "The budget bill faces its final vote on 24 March.", True),
    ("How did the council vote on the rent cap?", "The council votes on 30 September on a proposal to cap rents.",
     True),
    ("What did the ethics committee conclude?", "He will sit as an independent while the committee investigates.",
     True),
    ("Who won the relegation play-off?", "Grimsund face a play-off, still to be played on 15 November.", True),
    ("How did the council vote on the parking charges?", "Councillors voted 19-14 on Monday; the charges will rise in "
     "July.", False),                                   # it tells how it came out, and what is to come
    ("What was the result of the vote?", "The bill was passed by 88 votes to 61.", False),
    ("What was the result of the vote?", "The motion was carried by 40 votes to 12 and will now go to the Senate.",
     False),
    ("Who won the election?", "Anna Holm was elected mayor and will take office in June.", False),
    ("Who won the final?", "Rovers, who face Athletic on Saturday, lifted the cup after a 2-0 victory.", False),
    ("When will the final vote take place?", "The budget bill faces its final vote on 24 March.", False),   # asked
])
def test_a_sentence_that_only_announces_an_outcome_does_not_say_how_it_came_out(question, sentence, to_come):
    from qa.read.timing import outcome_to_come

    assert outcome_to_come(question, sentence) is to_come
