"""The reader's training pieces: answer targets, the saved pairs as the tuner reads them, batched
span picking against the reader's own, and the tuned weights loading into the reader."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from qa.read.span_reader import CONTEXTS
from qa.read.spans import best_span
from qa.settings import DEFAULT, Settings
from training.calibrate import anchor_thresholds, at_size, clearly_offtopic, rates
from training.common import first_half, fit_logistic, read_questions
from training.make_corpora import folds
from training.train_reader import save_pairs, token_targets
from training.tune_reader import Head, Pairs, best_spans, save, train


def test_token_targets_cover_the_answer_characters():
    offsets = [(0, 3), (4, 7), (8, 11), (11, 12)]          # "Bob won big."
    assert token_targets(offsets, (4, 11)) == (1, 2)
    assert token_targets(offsets, (5, 6)) == (1, 1)         # inside one token
    assert token_targets(offsets, None) == (-1, -1)
    assert token_targets(offsets, (20, 25)) == (-1, -1)     # past the tokens (truncated)


@pytest.fixture(scope="module")
def tokenizer(real_encoder):
    return real_encoder.tokenizer


EXAMPLES = [("Who won the race?", "Bob Smith won the race in 1990.", (0, 9), "The big race", ""),
            ("Who won the race?", "It rained all day.", None, "The big race", "Bob Smith won the race in 1990."),
            ("When was it?", "Bob Smith won the race in 1990.", (26, 30), "The big race", ""),
            ("Where was it?", "It was held in Leeds.", (15, 20), " ".join(["Great"] * 30) + " race",   # context cut
             "It started at dawn, " + "and then it went on " * 15 + "until noon.")]


@pytest.mark.parametrize("context", CONTEXTS)
def test_saved_pairs_read_back_as_the_reader_reads_them(tmp_path, tokenizer, context):
    from qa.read.span_reader import encode_pairs

    examples = EXAMPLES
    save_pairs(tokenizer, examples, tmp_path / "pairs.npz", "test-model")
    pairs = Pairs(tmp_path / "pairs.npz", context)
    assert len(pairs) == 4 and pairs.base == "test-model"
    assert pairs.answered.tolist() == [True, False, True, True]
    b = pairs.batch(np.arange(4), "cpu")
    for i, (q, sent, span, title, previous) in enumerate(examples):
        ids, types, offsets = encode_pairs(tokenizer, q, [sent], [title] if context != "none" else None,
                                           [previous] if context == "title+previous" else None)
        n = len(ids[0])
        assert b["ids"][i, :n].tolist() == ids[0] and b["types"][i, :n].tolist() == types[0]
        assert b["mask"][i].sum() == n
        # Only [CLS] and the sentence's tokens may hold an answer: not the question, no context, no [SEP].
        assert b["allowed"][i, :n].tolist() == [j == 0 or o is not None for j, o in enumerate(offsets[0])]
        if span is not None:
            words = tokenizer.decode(ids[0][int(b["start"][i]):int(b["end"][i]) + 1])
            assert words == sent[span[0]:span[1]].lower()
        else:
            assert b["start"][i] == b["end"][i] == 0
    if context == "title+previous":     # title and previous sentence cut to their limits, the previous one's end kept
        ids = b["ids"][3].tolist()
        q_len = len(tokenizer.encode("Where was it?", add_special_tokens=False).ids)
        context_ids = ids[q_len + 2:q_len + 2 + DEFAULT.reader_title_tokens + 1 + DEFAULT.reader_previous_tokens + 1]
        assert tokenizer.decode(context_ids[:DEFAULT.reader_title_tokens]) == " ".join(["great"] * DEFAULT.reader_title_tokens)
        assert tokenizer.decode(context_ids[-4:-1]) == "until noon."


def test_pairs_without_context_cannot_train_a_reader_with_context(tmp_path, tokenizer):
    save_pairs(tokenizer, EXAMPLES, tmp_path / "pairs.npz", "test-model")
    raw = dict(np.load(tmp_path / "pairs.npz"))
    raw["pairs"] = raw["pairs"][:, :4]                      # a file from before pairs held context
    np.savez(tmp_path / "old.npz", **raw)
    assert len(Pairs(tmp_path / "old.npz")) == 4
    with pytest.raises(SystemExit, match="collect the pairs again"):
        Pairs(tmp_path / "old.npz", "title")


def test_batched_best_spans_match_the_readers_span_choice():
    rng = np.random.default_rng(3)
    logits = torch.from_numpy(rng.normal(size=(6, 30, 2)).astype(np.float32))
    a, b, score, null = best_spans(logits, 5)
    for i in range(6):
        valid = np.ones(30, dtype=bool)
        valid[0] = False
        s, e, sc = best_span(logits[i, :, 0].numpy(), logits[i, :, 1].numpy(), valid, 5)
        assert (int(a[i]), int(b[i])) == (s, e)
        assert float(score[i]) == pytest.approx(sc, abs=1e-5)
        assert float(null[i]) == pytest.approx(float(logits[i, 0, 0] + logits[i, 0, 1]))


def test_tuned_weights_load_into_the_reader(tmp_path, real_encoder):
    import copy

    from qa.read.span_reader import SpanReader as Reader

    head = Head(copy.deepcopy(real_encoder.model), trainable=2)
    save(head, tmp_path / "reader.npz", {"frozen_layers": head.frozen, "base": real_encoder.name})
    reader = Reader(real_encoder.model, real_encoder.tokenizer, tmp_path / "reader.npz", int8=False)
    assert reader.frozen == 4 and len(reader.top) == 2
    for got, want in zip(reader.top.parameters(), head.bert.layers[4:].parameters()):
        assert torch.allclose(got, want, atol=1e-2)
    (reading,) = reader.read("Who won?", ["Bob won the race."])
    assert 0 <= reading.start < reading.end <= len("Bob won the race.")


def test_a_short_training_run_saves_a_reader_that_loads(tmp_path, tokenizer, real_encoder):
    import copy

    from qa.read.span_reader import SpanReader as Reader

    save_pairs(tokenizer, EXAMPLES, tmp_path / "pairs.npz", real_encoder.name)
    pairs = Pairs(tmp_path / "pairs.npz")
    head = Head(copy.deepcopy(real_encoder.model), trainable=1)
    before = [p.clone() for p in head.bert.layers[5].parameters()]
    train(head, pairs, np.arange(3), np.arange(3), total=2, lr=1e-3, batch=2, device=torch.device("cpu"),
          rng=np.random.default_rng(0), out=tmp_path / "reader.npz", meta={"frozen_layers": head.frozen})
    assert any(not torch.equal(a, b) for a, b in zip(before, head.bert.layers[5].parameters()))
    assert all(torch.equal(a, b) for a, b in zip(real_encoder.model.layers[4].parameters(), head.bert.layers[4].parameters()))
    # Frozen layers ran as at answer time (no dropout); only the tuned one trains.
    assert [layer.training for layer in head.bert.layers] == [False] * 5 + [True]
    reader = Reader(real_encoder.model, real_encoder.tokenizer, tmp_path / "reader.npz", int8=False)
    assert reader.frozen == 5 and len(reader.read("Who won?", ["Bob won."])) == 1


def test_standardized_logistic_returns_weights_for_the_raw_features():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3)) * [1.0, 100.0, 0.01] + [0.0, 50.0, 3.0]
    y = (x[:, 0] + x[:, 1] / 100 - (x[:, 2] - 3.0) * 100 + rng.normal(size=400) > 0).astype(float)
    w, b = fit_logistic(x, y, standardize=True)
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    w_s, b_s = fit_logistic((x - mu) / sd, y)
    assert np.allclose(x @ w + b, (x - mu) / sd @ w_s + b_s, atol=1e-6)
    assert ((x @ w + b > 0) == (y > 0)).mean() > 0.8


def test_clearly_offtopic_leaves_out_questions_whose_answer_the_corpus_holds():
    off = [{"answers": ["Paris"]}, {"answers": ["1990", "the year 1990"]}, {"answers": [""]}, {"answers": ["2"]}]
    texts = [("The capital is Paris.", "Rain fell."), ("Nothing here.",), ("Anything.",), ("In 2010, it rained.",)]
    g_off = [(None, SimpleNamespace(evidence=SimpleNamespace(texts=t))) for t in texts]
    assert clearly_offtopic(None, off, g_off, None, 0.6).tolist() == [False, True, True, True]   # "2" is not in "2010"


def test_read_questions_keeps_what_it_is_told_to_before_drawing(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text("".join(f'{{"id": {i}, "article_file": "{"a" if i % 2 else "b"}.txt"}}\n' for i in range(10)))
    drawn = read_questions(path, 3, seed=1, keep=lambda q: q["article_file"] == "a.txt")
    assert len(drawn) == 3 and all(q["id"] % 2 for q in drawn)
    assert read_questions(path, 3, seed=1) == read_questions(path, 3, seed=1, keep=lambda q: True)


def test_folds_keep_36_of_48_and_leave_out_each_article_once():
    names = [f"a{i:03d}.txt" for i in range(100)]
    got = folds(names)
    assert len(got) == 8 and all(len(kept) == 36 for kept in got.values())
    for r in (0, 1):
        kept = [set(got[f"r{r}f{f}"]) for f in range(4)]
        draw = set.union(*kept)
        assert len(draw) == 48
        left_out = [draw - k for k in kept]
        assert all(len(x) == 12 for x in left_out) and set.union(*left_out) == draw   # each left out once
    draws = [set().union(*(got[f"r{r}f{f}"] for f in range(4))) for r in (0, 1)]
    assert not draws[0] & draws[1]                              # the two draws are disjoint
    assert folds(list(reversed(names))) == got                  # the order given does not matter
    with pytest.raises(ValueError, match="95 calibration articles"):
        folds(names[:95])


def test_halves_are_by_article_the_same_in_every_setting():
    a = {"article_file": "Annelid.txt", "id": "1"}
    assert first_half(a) == first_half({"article_file": "Annelid.txt", "id": "2"})
    halves = {first_half({"article_file": f"a{i}.txt"}) for i in range(20)}
    assert halves == {True, False}


def test_threshold_anchors_keep_the_goal_with_each_question_judged_at_its_own_size():
    rng = np.random.default_rng(0)
    # Off-topic topic probabilities: the bigger corpus's are higher (more look-alike sentences).
    small = rng.uniform(0.0, 0.4, 400)
    big = rng.uniform(0.0, 0.6, 400)
    p = np.concatenate([small, big, rng.uniform(0.5, 1.0, 100)])
    chunks = np.concatenate([rng.choice([2000.0, 3000.0], 400), np.full(400, 8000.0), np.full(100, 8000.0)])
    group = np.array(["folds"] * 400 + ["main"] * 500)
    clear = np.concatenate([np.ones(800, bool), np.zeros(100, bool)])   # the last 100 are answerable
    th = anchor_thresholds(p, chunks, group, clear, 0.95, {"folds": 2450.0, "main": 8000.0})
    assert th["chunks"] == [2450, 8000] and th["topic"][0] < th["topic"][1]
    t = at_size(chunks, th)
    for g in ("folds", "main"):
        m = clear & (group == g)
        share = (p[m] < t[m]).mean()
        assert share >= 0.95 and (p[m] < t[m] - 0.002).mean() < 0.95      # the lowest that keeps the goal
    one = anchor_thresholds(p[400:], chunks[400:], group[400:], clear[400:], 0.95, {"main": 8000.0})
    assert one["chunks"] == [8000] and one["topic"][0] == pytest.approx(np.quantile(big, 0.95), abs=0.01)
    with pytest.raises(ValueError):
        anchor_thresholds(p, chunks, group, np.zeros(len(p), bool), 0.95, {"folds": 2450.0, "main": 8000.0})


def test_rates_of_a_corpus_asked_only_off_topic_questions_leave_the_answerable_columns_empty():
    ans = np.array([True, False, False, True])
    right = np.zeros(4, bool)
    is_off = np.ones(4, bool)
    clear = np.array([True, True, False, False])
    line = rates(ans, right, is_off, clear, np.ones(4, bool))
    assert "abstain answerable   -  " in line and "clearly off-topic 0.500" in line and "other off-topic 0.500" in line
    assert "sentence accuracy   -  " in line and "nan" not in line


def test_layout_truncates_each_part_and_keeps_the_end_of_the_previous_sentence():
    from qa.read.span_reader import layout

    cls, sep = 101, 102
    q, s = [1, 2], [7, 8, 9]
    assert layout(cls, sep, q, s) == ([101, 1, 2, 102, 7, 8, 9, 102], [0] * 4 + [1] * 4, 4, 3)
    title, previous = list(range(200, 240)), list(range(300, 400))
    ids, types, first, n = layout(cls, sep, q, s, title, previous)
    assert ids[4:4 + DEFAULT.reader_title_tokens] == title[:DEFAULT.reader_title_tokens] and ids[4 + DEFAULT.reader_title_tokens] == sep
    kept = ids[5 + DEFAULT.reader_title_tokens:first - 1]
    assert kept == previous[-DEFAULT.reader_previous_tokens:] and ids[first - 1] == sep       # the end, nearest the sentence
    assert ids[first:first + n] == s and types.count(0) == 4
    # A first sentence (no previous one) keeps the [SEP], so the layout is the same for all.
    assert layout(cls, sep, q, s, [5], [])[0] == [101, 1, 2, 102, 5, 102, 102, 7, 8, 9, 102]


def test_the_calibration_cache_is_keyed_on_the_reader_what_chooses_its_reading_and_how_deep_it_reads(tmp_path):
    from training.calibrate import cache_key

    setting = SimpleNamespace(name="main", index=SimpleNamespace(manifest={"generation": 3, "rows": 10, "live_rows": 9}),
                              on=[{"id": "a"}], off=[{"id": "b"}])
    reader = tmp_path / "reader.npz"
    reader.write_bytes(b"one")
    ranking = tmp_path / "ranking.json"
    models = {"chunks": {"w": [1]}, "sentences": {"w": [2]}, "final": {"w": [3]}}
    ranking.write_text(json.dumps({"models": models}))
    key = cache_key(setting, reader, ranking=ranking)
    assert cache_key(setting, reader, ranking=ranking) == key
    assert cache_key(setting, reader, Settings(read_sentences=DEFAULT.read_sentences + 1), ranking=ranking) != key
    ranking.write_text(json.dumps({"models": {**models, "final": {"w": [4]}}}))     # fitted from the cache: same key
    assert cache_key(setting, reader, ranking=ranking) == key
    ranking.write_text(json.dumps({"models": {**models, "sentences": {"w": [5]}}}))  # chooses what is read
    assert cache_key(setting, reader, ranking=ranking) != key
    ranking.write_text(json.dumps({"models": models}))
    reader.write_bytes(b"two")
    assert cache_key(setting, reader, ranking=ranking) != key


def test_the_calibration_cache_is_keyed_on_the_code_that_collects_it(tmp_path):
    from training.calibrate import code_digest

    for part in ("qa/read", "qa/search", "qa/encode", "qa/index"):
        (tmp_path / part).mkdir(parents=True)
    for name in ("qa/read/span_choice.py", "qa/search/rank.py", "qa/encode/words.py", "qa/index/loaded.py",
                 "qa/index/bm25.py", "qa/settings.py", "qa/index/build.py", "qa/read/features.py"):
        (tmp_path / name).write_text("x = 1\n")
    digest = code_digest(tmp_path)
    (tmp_path / "qa/index/build.py").write_text("x = 2\n")             # builds: not how a question is read
    (tmp_path / "qa/read/features.py").write_text("x = 2\n")           # the choice models' features: computed when fitting
    assert code_digest(tmp_path) == digest
    (tmp_path / "qa/read/span_choice.py").write_text("x = 1  # a comment\n")
    assert code_digest(tmp_path) != digest


def test_a_reader_with_an_unknown_context_says_what_to_do(tmp_path, real_encoder):
    import copy

    from qa.read.span_reader import SpanReader as Reader

    head = Head(copy.deepcopy(real_encoder.model), trainable=1)
    save(head, tmp_path / "reader.npz", {"frozen_layers": head.frozen, "context": "whole article"})
    with pytest.raises(ValueError, match="retrain it"):
        Reader(real_encoder.model, real_encoder.tokenizer, tmp_path / "reader.npz", int8=False)
    save(head, tmp_path / "reader.npz", {"frozen_layers": head.frozen, "context": "title+previous"})
    reader = Reader(real_encoder.model, real_encoder.tokenizer, tmp_path / "reader.npz", int8=False)
    assert reader.context == "title+previous"
    # Context read or left out: a missing title or previous sentence reads as empty, not as absent.
    plain = reader.read("Who won?", ["Bob won the race."])
    blank = reader.read("Who won?", ["Bob won the race."], [""], [""])
    assert plain == blank
    assert reader.read("Who won?", ["Bob won the race."], ["Races"], ["It rained."]) != plain
