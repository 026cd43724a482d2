"""The eval scorer against hand-computed cases, and ``python -m qa eval`` end to end on a tiny
corpus with the fake encoder (which quotes whole sentences)."""

from __future__ import annotations

import json

import pytest

import qa.chat.engine
import qa.encode.minilm
import qa.read.decide
from qa.cli import main as cli_main
from qa.measure import evaluate as ev
from qa.measure import questions as qs
from qa.read.normalize import holds_answer
from qa.records import Answer, Passage
from qa.search.rank import Mode
from qa.settings import Settings
from tests.fakes import SENTENCE, HashingEncoder

# -- scoring ------------------------------------------------------------------------------------


def test_exact_match_uses_squad_normalisation():
    assert ev.exact_match("The Cat!", "cat") == 1.0
    assert ev.exact_match("  a cat. ", "the  CAT") == 1.0
    assert ev.exact_match("cats", "cat") == 0.0
    assert ev.exact_match("Denver Broncos", "Broncos") == 0.0


def test_f1_on_partial_overlap():
    # tokens: big red dog | red dog barks -> 2 common, P = R = 2/3
    assert ev.f1("the big red dog", "red dog barks") == pytest.approx(2 / 3)
    # repeated tokens count at most as often as in the other text: sea, otter common -> P = R = 2/3
    assert ev.f1("sea sea otter", "sea otter otter") == pytest.approx(2 / 3)
    # P = 1/4, R = 1 -> 2 * 0.25 / 1.25
    assert ev.f1("Carlsen won in Madrid", "Carlsen") == pytest.approx(0.4)
    assert ev.f1("nothing shared", "else") == 0.0
    assert ev.f1("", "Carlsen") == 0.0
    assert ev.f1("The, a, an!", "the") == 0.0      # both normalise to no tokens


def test_best_over_several_golds():
    golds = ["Broncos", "Denver Broncos", "the Denver Broncos team"]
    assert ev.best_over(ev.exact_match, "denver broncos.", golds) == 1.0
    assert ev.best_over(ev.f1, "Denver", golds) == pytest.approx(2 / 3)   # vs "Denver Broncos"
    assert ev.best_over(ev.f1, "anything", []) == 0.0


def test_holds_answer_matches_whole_normalised_words():
    assert holds_answer("The Eight players came.", ["eight"])
    assert holds_answer("It cost $500,000 in 2019.", ["500,000", "five"])
    assert not holds_answer("eighteen players", ["eight"])
    assert not holds_answer("anything", ["the"])      # normalises to nothing
    assert holds_answer("Director Linn Aasheim’s family drama won.", ["Linn Aasheim"])    # a possessive's "'s"
    assert holds_answer("Linn Aasheim's drama won.", ["Aasheim's drama"]) and not holds_answer("Aasheims", ["Aasheim"])
    assert holds_answer("an 84-turbine scheme", ["84"]) and holds_answer("an 84-turbine scheme", ["84-turbine"])
    assert not holds_answer("Smith-Jones said", ["Smith"]) and not holds_answer("won 3-1", ["3"])    # a number's hyphen


def test_recall_mrr_and_percentile():
    ranks = [1, 3, None, 2]
    assert ev.recall_at(ranks, 1) == 0.25
    assert ev.recall_at(ranks, 2) == 0.5
    assert ev.recall_at(ranks, 10) == 0.75
    assert ev.mrr(ranks) == pytest.approx((1 + 1 / 3 + 0 + 1 / 2) / 4)
    assert ev.recall_at([], 1) is None and ev.mrr([]) is None
    assert ev.percentile([10, 20, 30, 40], 50) == pytest.approx(25.0)
    assert ev.percentile([10, 20, 30, 40], 95) == pytest.approx(38.5)
    assert ev.percentile([], 50) is None


def _passage(source, start, end, text="x"):
    return Passage(text=text, source=source, title="", start=start, end=end, score=0.0, line=1)


def test_hit_is_overlap_with_the_gold_paragraph_or_contains_an_answer():
    q = qs.Question("q?", ("Melbourne",), article_file="a.txt", para_start=100, para_end=200)
    assert qs.is_hit(_passage("a.txt", 150, 400), q)
    assert qs.is_hit(_passage("a.txt", 0, 101), q)
    assert not qs.is_hit(_passage("a.txt", 0, 100), q)          # [0, 100) ends where the paragraph starts
    assert not qs.is_hit(_passage("a.txt", 200, 300), q)
    assert not qs.is_hit(_passage("b.txt", 150, 160, "Melbourne"), q)
    bare = qs.Question("q?", ("Melbourne",))
    assert qs.is_hit(_passage("b.txt", 0, 9, "in Melbourne."), bare)
    assert not qs.is_hit(_passage("b.txt", 0, 9, "in Sydney."), bare)
    assert qs.first_hit_rank([_passage("b.txt", 0, 1), _passage("a.txt", 120, 130)], q) == 2
    assert qs.first_hit_rank([], q) is None


class StubEngine:
    """Answers from a table; passages for every question are the given list."""

    def __init__(self, answers: dict[str, Answer]):
        self.answers = answers
        self.asked = []

    def answer(self, question, k, about=(), avoid=(), not_again=(), story=("", -1)):
        self.asked.append(k)
        return self.answers[question]

    def retrieve(self, question, k, mode=Mode.HYBRID):
        return list(self.answers[question].passages) if mode is Mode.HYBRID else [_passage("b.txt", 0, 5),
                                                                                   _passage("a.txt", 0, 5)]


def test_run_eval_scores_abstentions_as_wrong_and_counts_them():
    gold = _passage("a.txt", 0, 50)
    other = _passage("b.txt", 0, 50)
    stub = StubEngine({
        # found, exact: EM 1, F1 1, sentence right
        "q1": Answer("q1", True, text="Denver Broncos", sentence="The Denver Broncos won.", source="a.txt",
                     score=0.9, passages=(gold, other)),
        # abstains, although its passages hold the gold paragraph at rank 2
        "q2": Answer("q2", False, passages=(other, gold)),
        # found in the wrong article: F1 2/3 ("Denver" vs "Denver Broncos"), sentence wrong
        "q3": Answer("q3", True, text="Denver", sentence="Denver Broncos fans.", source="b.txt",
                     score=0.8, passages=(other,)),
        "u1": Answer("u1", False),
        "u2": Answer("u2", True, text="x", sentence="x.", source="b.txt", score=0.7),
    })
    gold_q = dict(answers=("Denver Broncos",), article_file="a.txt", para_start=0, para_end=40)
    questions = [qs.Question("q1", **gold_q), qs.Question("q2", **gold_q), qs.Question("q3", **gold_q),
                 qs.Question("u1", (), impossible=True), qs.Question("u2", ())]
    metrics, results = ev.run_eval(stub, questions, k=3)
    assert set(stub.asked) == {10}                       # max(k, 10) passages
    assert tuple(metrics) == ev.KEYS
    assert metrics["n_answerable"] == 3 and metrics["n_unanswerable"] == 2
    assert metrics["recall@1"] == pytest.approx(1 / 3)
    assert metrics["recall@5"] == metrics["recall@10"] == pytest.approx(2 / 3)
    assert metrics["mrr"] == pytest.approx((1 + 1 / 2 + 0) / 3)
    assert metrics["sentence_accuracy"] == pytest.approx(1 / 3)
    assert metrics["exact_match"] == pytest.approx(100 / 3)
    assert metrics["f1"] == pytest.approx(100 * (1 + 0 + 2 / 3) / 3)
    assert metrics["abstain_answerable"] == pytest.approx(1 / 3)
    assert metrics["abstain_unanswerable"] == pytest.approx(1 / 2)
    assert metrics["latency_p50_ms"] >= 0
    assert [r.kind for r in results] == [ev.Kind.ANSWERABLE] * 3 + [ev.Kind.UNANSWERABLE] * 2
    assert results[1].exact_match == 0.0 and results[1].f1 == 0.0 and results[1].sentence_correct is False
    assert results[3].exact_match is None and results[3].hit_rank is None

    # a baseline mode takes recall from retrieve() (a.txt at rank 2 for every question)
    metrics, _ = ev.run_eval(stub, questions, k=3, mode=Mode.LEXICAL)
    assert metrics["recall@1"] == 0.0 and metrics["mrr"] == pytest.approx(0.5)
    assert metrics["exact_match"] == pytest.approx(100 / 3)

    metrics, results = ev.run_eval(stub, questions[:1], offtopic=[questions[1]], offtopic_engine=stub)
    assert tuple(metrics) == ev.KEYS + ev.OFFTOPIC_KEYS
    assert metrics["n_offtopic"] == 1 and metrics["abstain_offtopic"] == 1.0
    assert metrics["abstain_unanswerable"] is None       # none asked


# -- question files -----------------------------------------------------------------------------


def test_load_questions_reads_squad_lines_and_plain_user_lines(tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_text(
        json.dumps({"id": "a1", "question": "Who?", "answers": ["Ann", "Ann B"], "is_impossible": False,
                    "article_file": "x.txt", "para_char_start": 3, "para_char_end": 9}) + "\n\n"
        + json.dumps({"question": "Why?", "answers": ["because"]}) + "\n"
        + json.dumps({"question": "When?", "answers": [], "is_impossible": True}) + "\n"
        + json.dumps({"question": "Where?", "answers": []}) + "\n",
        encoding="utf-8",
    )
    got = qs.load_questions(f)
    assert [q.answerable for q in got] == [True, True, False, False]
    assert got[0] == qs.Question("Who?", ("Ann", "Ann B"), False, "a1", "x.txt", 3, 9, f"{f}, line 1")
    assert got[1].article_file is None and got[1].para_start is None
    assert len(qs.load_questions(f, limit=2)) == 2


@pytest.mark.parametrize("line, why", [
    ("{not json", "not valid JSON"),
    ('["a list"]', "JSON object"),
    ('{"answers": ["x"]}', '"question"'),
    ('{"question": "Q?"}', '"answers"'),
    ('{"question": "Q?", "answers": "x"}', "list of strings"),
    ('{"question": "Q?", "answers": ["x"], "para_char_start": 5}', "para_char_start"),
])
def test_a_malformed_line_is_refused_with_its_line_number(tmp_path, line, why):
    f = tmp_path / "q.jsonl"
    f.write_text('{"question": "Fine?", "answers": ["yes"]}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2") as exc:
        qs.load_questions(f)
    assert why in str(exc.value) and str(f) in str(exc.value)


def test_a_file_without_questions_is_refused(tmp_path):
    f = tmp_path / "empty.jsonl"
    f.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(ValueError, match="holds no questions"):
        qs.load_questions(f)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        qs.load_questions(tmp_path / "missing.jsonl")


# -- end to end with the fake encoder -------------------------------------------------------------

ARTICLES = {
    "otters.txt": "Sea otters of Monterey Bay\n\nSea otters eat sea urchins, crabs and clams along the "
                  "California coast.\n\nThe otter population in Monterey Bay grew to 3,000 animals in 2019.\n",
    "volcano.txt": "Eruption in Iceland\n\nA volcano near Grindavik erupted on Monday night.\n\n"
                   "About 4,000 residents of Grindavik were evacuated in November.\n",
    "chess.txt": "Chess final in Madrid\n\nMagnus Carlsen won the chess final in Madrid after five hours.\n\n"
                 "The prize fund of the Madrid tournament was 500,000 euros.\n",
}


def _span(name, sentence):
    start = ARTICLES[name].index(sentence)
    return {"article_file": name, "para_char_start": start, "para_char_end": start + len(sentence)}


QUESTIONS = [
    # the fake quotes the whole sentence: EM 0, F1 = 5 common of 11 predicted and 5 gold tokens = 0.625
    {"question": "What do sea otters eat along the California coast?",
     "answers": ["sea urchins, crabs and clams", "sea urchins"], "is_impossible": False,
     **_span("otters.txt", "Sea otters eat sea urchins, crabs and clams along the California coast.")},
    # only question + answers; one gold answer is the whole sentence: EM 1, F1 1
    {"question": "How many residents of Grindavik were evacuated in November?",
     "answers": ["About 4,000 residents of Grindavik were evacuated in November.", "4,000"]},
    # 2 of 10 predicted tokens: F1 = 2 * 0.2 / 1.2 = 1/3
    {"question": "Who won the chess final in Madrid?", "answers": ["Magnus Carlsen"],
     **_span("chess.txt", "Magnus Carlsen won the chess final in Madrid after five hours.")},
    {"question": "What was the name of the boat of the otter researchers?", "answers": [], "is_impossible": True,
     "article_file": "otters.txt"},
]
ANSWERABLE = dict(n_answerable=3, n_unanswerable=1, recall=1.0, mrr=1.0,
                  exact_match=100 / 3, f1=100 * (0.625 + 1 + 1 / 3) / 3)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    q = tmp_path / "questions.jsonl"
    q.write_text("".join(json.dumps(x) + "\n" for x in QUESTIONS), encoding="utf-8")
    return d, q


@pytest.fixture
def fake_model(monkeypatch):
    """The CLI's engine and build get the fake encoder."""
    enc = HashingEncoder()
    monkeypatch.setattr(qa.encode.minilm, "load_encoder", lambda: enc)
    monkeypatch.setattr(qa.chat.engine, "DEFAULT", Settings(reader="sentence"))
    return enc


def _threshold(monkeypatch, value):
    """Make every answer found (0) or every answer an abstention (above 1): topic probabilities are in [0, 1]."""
    monkeypatch.setattr(qa.read.decide, "threshold_for", lambda chunks: value)


def test_run_eval_on_a_tiny_corpus_gives_the_expected_figures(corpus, tmp_path, monkeypatch):
    _threshold(monkeypatch, 0.0)
    seeds, qfile = corpus
    engine = qa.chat.engine.Engine(seeds, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE)
    metrics, results = ev.run_eval(engine, qs.load_questions(qfile), k=5)
    assert [r.prediction for r in results[:3]] == [
        "Sea otters eat sea urchins, crabs and clams along the California coast.",
        "About 4,000 residents of Grindavik were evacuated in November.",
        "Magnus Carlsen won the chess final in Madrid after five hours."]
    assert metrics["n_answerable"] == 3 and metrics["n_unanswerable"] == 1
    assert metrics["recall@1"] == metrics["recall@10"] == metrics["mrr"] == 1.0
    assert metrics["sentence_accuracy"] == 1.0
    assert metrics["exact_match"] == pytest.approx(ANSWERABLE["exact_match"])
    assert metrics["f1"] == pytest.approx(ANSWERABLE["f1"])
    assert metrics["abstain_answerable"] == 0.0 and metrics["abstain_unanswerable"] == 0.0
    for r in results:           # offsets are into the seed file
        assert (seeds / r.source).read_text(encoding="utf-8")[r.start:r.end] == r.prediction

    _threshold(monkeypatch, 2.0)
    metrics, _ = ev.run_eval(engine, qs.load_questions(qfile), k=5)
    assert metrics["recall@1"] == 1.0      # the closest passages still come back
    assert metrics["exact_match"] == metrics["f1"] == metrics["sentence_accuracy"] == 0.0
    assert metrics["abstain_answerable"] == metrics["abstain_unanswerable"] == 1.0


def _last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def test_cli_eval_prints_the_table_and_the_json_last(corpus, tmp_path, fake_model, monkeypatch, capsys):
    _threshold(monkeypatch, 0.0)
    seeds, qfile = corpus
    preds = tmp_path / "preds.jsonl"
    rc = cli_main(["eval", "--corpus", str(seeds), "--questions", str(qfile), "--json", "--predictions", str(preds)])
    out = capsys.readouterr().out
    assert rc == 0
    table = {line.split()[0]: line.split()[-1] for line in out.splitlines()[2:-1]}
    assert set(table) == set(ev.KEYS + ev.ONTOPIC_KEYS) and table["recall@1"] == "1.000"
    m = _last_json(out)
    assert list(m) == list(ev.KEYS + ev.ONTOPIC_KEYS)
    assert m["n_answerable"] == 3 and m["n_unanswerable"] == 1
    assert m["f1"] == pytest.approx(ANSWERABLE["f1"], abs=0.01)
    lines = [json.loads(x) for x in preds.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4
    assert {"question", "prediction", "sentence", "source", "start", "end", "score", "found",
            "exact_match", "f1", "hit_rank", "sentence_correct", "kind"} <= set(lines[0])
    assert lines[3]["kind"] == "unanswerable" and lines[3]["f1"] is None


def test_cli_eval_offtopic_uses_an_index_without_the_named_articles(corpus, tmp_path, fake_model, monkeypatch,
                                                                     capsys):
    seeds, qfile = corpus
    offq = tmp_path / "off.jsonl"
    offq.write_text(json.dumps(QUESTIONS[0]) + "\n" + json.dumps(QUESTIONS[2]) + "\n", encoding="utf-8")
    index = tmp_path / "idx"
    preds = tmp_path / "preds.jsonl"
    rc = cli_main(["eval", "--corpus", str(seeds), "--questions", str(qfile), "--offtopic", str(offq),
                   "--index", str(index), "--json", "--predictions", str(preds), "--threshold", "0"])
    assert rc == 0
    m = _last_json(capsys.readouterr().out)
    assert list(m) == list(ev.KEYS + ev.OFFTOPIC_KEYS + ev.ONTOPIC_KEYS)
    # threshold 0, but both name a place ("California", "Madrid") the one article left never mentions
    assert m["n_offtopic"] == 2 and m["abstain_offtopic"] == 1.0
    off = [json.loads(x) for x in preds.read_text(encoding="utf-8").splitlines()][-2:]
    assert [r["kind"] for r in off] == ["offtopic", "offtopic"] and not any(r["found"] for r in off)
    manifest = json.loads((tmp_path / "idx-offtopic" / "manifest.json").read_text(encoding="utf-8"))
    assert [d["source"] for d in manifest["documents"]] == ["volcano.txt"]
    assert (index / "manifest.json").is_file()
    assert sorted(seeds.iterdir()) == sorted(seeds / n for n in ARTICLES)   # the corpus is untouched


def test_cli_eval_threshold_above_every_confidence_abstains_everywhere(corpus, fake_model, capsys):
    seeds, qfile = corpus
    assert cli_main(["eval", "--corpus", str(seeds), "--questions", str(qfile), "--json", "--threshold", "1.5"]) == 0
    m = _last_json(capsys.readouterr().out)
    assert m["abstain_answerable"] == m["abstain_unanswerable"] == 1.0 and m["f1"] == 0.0
    assert m["recall@1"] == 1.0            # the closest passages still come back


@pytest.mark.parametrize("problem, message", [
    ("missing corpus", "corpus folder"),
    ("bad line", "line 3"),
    ("offtopic without article", "article_file"),
])
def test_cli_eval_errors_are_one_line(corpus, tmp_path, fake_model, capsys, problem, message):
    seeds, qfile = corpus
    args = ["eval", "--corpus", str(seeds), "--questions", str(qfile)]
    if problem == "missing corpus":
        args[2] = str(tmp_path / "nowhere")
    elif problem == "bad line":
        qfile.write_text(qfile.read_text(encoding="utf-8").replace('"answers": ["Magnus Carlsen"]', '"answers": 7'),
                         encoding="utf-8")
    else:
        plain = tmp_path / "plain.jsonl"
        plain.write_text('{"question": "Q?", "answers": ["x"]}\n', encoding="utf-8")
        args += ["--offtopic", str(plain)]
    assert cli_main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and "Traceback" not in err
