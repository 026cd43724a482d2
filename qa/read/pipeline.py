"""Question → ``Answer``: ranked chunks → candidate sentences → reader → one quoted answer (plus
the best different answers from other articles), or an honest "not found" with the closest passages.

Scores: the sentence ranker and the reader give logits; a final linear model fitted on questions
of articles the reader never saw chooses the sentence, and two logistic models read the evidence:
- "confidence": the probability that the quoted sentence answers the question (``Answer.score``);
- "topic": the probability that the articles are about the question at all. Below a threshold,
  calibrated on answerable and clearly off-topic questions and rising with the size of the
  corpus (``threshold_for``), the answer is "not found".
A question the articles are about keeps its best answer even when that answer is unsure (its score
says so); only a question they are not about abstains."""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass, field, replace

import numpy as np

from qa import config
from qa.read.kinds import KIND_FEATURES, names
from qa.read.evidence import Evidence, article_coverage, gather, vocabulary_coverage
from qa.index.loaded import Index
from qa.index.bm25 import tokenize
from qa.read.models import SENTENCE_FEATURES, SF, LinearModel, load_models, sigmoid
from qa.read.reader import Reading
from qa.records import Answer, Passage
from qa.search.hybrid import DISTINCT_DEPTH, Mode, distinct, search

N_CHUNKS = 5            # chunks whose sentences are candidates
# Best candidate sentences given to the reader (the int8 reader, ``config.READER_INT8``). The reader
# reads each with its title and the sentence before it; four such reads cost about what five without
# that context did, and scored better on the calibration set's held-out half (training/README.md).
N_READ = 4
# When no sentence read gives the reader a margin of at least WIDEN_BELOW_MARGIN (about one question
# in five), the sentences of the best WIDER_CHUNKS chunks are ranked and the best WIDER_READ read
# (those read already are not read again). On the calibration set, with the reader before context
# reading five: held-out sentence accuracy 0.825 → 0.832, the same as always reading 7 of 7 chunks,
# which cost every question ~20 ms.
WIDEN_BELOW_MARGIN = -2.0
WIDER_CHUNKS = 7
WIDER_READ = 7
FINAL_FEATURES = ("stage1", "stage1_gap", "margin", "span_score", "null_score", "sent_cos", "coverage")
FF = {name: i for i, name in enumerate(FINAL_FEATURES)}
CONFIDENCE_FEATURES = ("final", "margin", "sent_cos", "coverage", "vocab_coverage", "best_sent_cos",
                       "article_coverage", "article_missing")
TOPIC_FEATURES = ("final", "best_sent_cos", "null_score", "article_share", "best_coverage_ctx", "vocab_coverage",
                  "coverage_ctx", "kind_match", "sent_cos", "margin", "name_coverage")


@functools.lru_cache(maxsize=1)
def _models() -> dict[str, LinearModel]:
    return load_models()


def final_features(stage1: np.ndarray, readings: list[Reading], ev: Evidence, picked: np.ndarray) -> np.ndarray:
    """(len(picked), len(FINAL_FEATURES)) features for the sentences given to the reader."""
    s1 = stage1[picked]
    return np.column_stack([
        s1, s1 - s1.max(),
        [r.margin for r in readings], [r.span_score for r in readings], [r.null_score for r in readings],
        ev.features[picked, SF["sent_cos"]], ev.features[picked, SF["coverage"]],
    ]).astype(np.float64)


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, no punctuation, no articles, single spaces."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def prepare_question(question: str) -> tuple[str, str]:
    """(the question to search, a notice for the user or ""). Control characters become spaces;
    an overlong question is cut at a word boundary."""
    q = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in question)
    q = " ".join(q.split())
    notice = ""
    if len(q) > config.MAX_QUESTION_CHARS:
        cut = q.rfind(" ", 0, config.MAX_QUESTION_CHARS)
        q = q[: cut if cut > 0 else config.MAX_QUESTION_CHARS]
        notice = f"The question was long; only its first {len(q):,} characters were used."
    return q, notice


@dataclass(frozen=True)
class Deliberation:
    """Everything the pipeline worked out for one question before deciding (also what the
    calibration script fits on)."""

    question: str
    searched: str
    notice: str
    passages: tuple[Passage, ...]
    evidence: Evidence
    picked: np.ndarray              # evidence positions given to the reader, stage-1 order
    readings: tuple[Reading, ...]   # one per picked sentence
    features: np.ndarray            # (len(picked), len(FINAL_FEATURES))
    topicality: tuple[float, float] = (0.0, 0.0)   # vocabulary coverage, best sentence cosine
    # Per read sentence, of its article: ``article_coverage`` (2 columns), and the share of the weight
    # of the question's names (``answertype.names``) it holds (1 when the question names nothing).
    articles: np.ndarray = field(default_factory=lambda: np.zeros((0, 3)))
    article_share: np.ndarray = field(default_factory=lambda: np.zeros(0))   # per read sentence: share of the top chunks from its article


_NO_EVIDENCE = Evidence(np.zeros(0, np.int64), np.zeros(0, np.int64), (), np.zeros((0, len(SENTENCE_FEATURES))))


def deliberate(index: Index, encoder, reader, question: str, k: int, qvec: np.ndarray | None = None) -> Deliberation:
    """Search, gather candidate sentences, rank them and read the best few (more when none of
    those holds a likely answer)."""
    q, notice = prepare_question(question)
    if not q:
        raise ValueError("question is empty: ask something, e.g. 'What did Russia give North Korea?'")
    if index.size == 0:
        return Deliberation(question, q, "The index is empty: add articles to seeds/ and rebuild.", (), _NO_EVIDENCE,
                            np.zeros(0, np.int64), (), np.zeros((0, len(FINAL_FEATURES))))
    qvec = encoder.encode([q])[0] if qvec is None else qvec
    rows, scores = search(index, q, qvec, max(DISTINCT_DEPTH * k, WIDER_CHUNKS), Mode.HYBRID)
    passages = tuple(index.passage(int(r), float(s)) for r, s in zip(*distinct(index, rows, scores, k)))
    d = _read(index, reader, Deliberation(question, q, notice, passages, _NO_EVIDENCE, np.zeros(0, np.int64), (),
                                          np.zeros((0, len(FINAL_FEATURES)))), qvec, rows, N_CHUNKS, N_READ, {})
    more = len(rows) > N_CHUNKS or len(d.evidence.srows) > len(d.picked)
    if more and d.readings and max(r.margin for r in d.readings) < WIDEN_BELOW_MARGIN:
        seen = {int(d.evidence.srows[i]): r for i, r in zip(d.picked, d.readings)}
        d = _read(index, reader, d, qvec, rows, WIDER_CHUNKS, WIDER_READ, seen)
    return d


def _read(index: Index, reader, d: Deliberation, qvec: np.ndarray, rows: np.ndarray, n_chunks: int, n_read: int,
          seen: dict[int, Reading]) -> Deliberation:
    """``d`` with the sentences of the best ``n_chunks`` chunks of ``rows`` ranked and the best
    ``n_read`` read (``seen``: readings already made, by sentence row)."""
    q = d.searched
    ev = gather(index, q, qvec, rows[:n_chunks])
    if len(ev.srows) == 0:
        return d if len(d.picked) else replace(d, evidence=ev)
    stage1 = _models()["sentences"].score(ev.features)
    picked = np.argsort(-stage1, kind="stable")[:n_read]
    texts = [ev.texts[i] for i in picked]
    docs = [index.sentence_document(int(ev.srows[i])) for i in picked]
    new = [n for n, i in enumerate(picked) if int(ev.srows[i]) not in seen]
    if reader is not None:
        fresh = dict(zip(new, reader.read(q, [texts[n] for n in new], [index.documents[docs[n]]["title"] for n in new],
                                          [previous_sentence(index, int(ev.srows[picked[n]])) for n in new])))
    else:
        fresh = {n: Reading(0, len(texts[n]), 0.0, 0.0) for n in new}
    readings = [fresh[n] if n in fresh else seen[int(ev.srows[i])] for n, i in enumerate(picked)]
    words = tokenize(q)
    topicality = (vocabulary_coverage(index, words), float(ev.features[:, SF["sent_cos"]].max()))
    named = tokenize(" ".join(names(q)))
    per_doc = {doc: (*article_coverage(index, words, doc), article_coverage(index, named, doc)[0] if named else 1.0)
               for doc in set(docs)}
    articles = np.array([per_doc[doc] for doc in docs], dtype=np.float64).reshape(-1, 3)
    top_docs = index.row_doc[rows[:N_CHUNKS]]
    share = np.array([np.mean(top_docs == doc) for doc in docs], dtype=np.float64)
    return replace(d, evidence=ev, picked=picked, readings=tuple(readings),
                   features=final_features(stage1, readings, ev, picked), topicality=topicality, articles=articles,
                   article_share=share)


def previous_sentence(index: Index, srow: int) -> str:
    """The sentence before ``srow`` in its article ("" for an article's first): the reader's context."""
    return index.sentence_text(srow - 1) if index.same_article(srow, srow - 1) else ""


def decide(index: Index, d: Deliberation, k: int, threshold: float | None = None) -> Answer:
    """Pick the answer from a ``Deliberation``, or abstain when its "topic" probability is below
    ``threshold`` (default the calibrated one for the size of ``index``, ``threshold_for``)."""
    if len(d.picked) == 0:
        return Answer(question=d.question, found=False, passages=d.passages[:k], searched=d.searched, notice=d.notice)
    models = _models()
    final = models["final"].score(d.features)
    confidence = sigmoid(models["confidence"].score(confidence_features(final, d)))
    topic = sigmoid(models["topic"].score(topic_features(final, d)))
    order = np.argsort(-final, kind="stable")
    answers = [_make_answer(index, d, int(j), float(confidence[j])) for j in order]
    best = answers[0]
    threshold = threshold_for(index.size) if threshold is None else threshold
    passages = _answer_first(list(d.passages), best.source, best.sentence_start, best.sentence_end)
    if topic[order[0]] < threshold:
        return Answer(question=d.question, found=False, passages=tuple(passages[:k]), searched=d.searched,
                      notice=d.notice)
    on_topic = [a for a, j in zip(answers[1:], order[1:]) if topic[j] >= threshold]
    return replace(best, passages=tuple(passages[:k]),
                   alternatives=_alternatives(on_topic, best, config.ALTERNATIVE_MIN_SCORE))


def confidence_features(final: np.ndarray, d: Deliberation) -> np.ndarray:
    """(n, len(CONFIDENCE_FEATURES)): per read sentence its final logit, reader margin, cosine and
    coverage of the question, how much the corpus knows the question at all (the share of its
    words' weight found in the index, and the best sentence cosine), and how well the sentence's
    article covers it (``evidence.article_coverage``)."""
    n = len(final)
    f = d.features
    return np.column_stack([final, f[:, FF["margin"]], f[:, FF["sent_cos"]], f[:, FF["coverage"]],
                            np.full(n, d.topicality[0]), np.full(n, d.topicality[1]),
                            d.articles[:, 0], d.articles[:, 1]]).astype(np.float64)


def topic_features(final: np.ndarray, d: Deliberation) -> np.ndarray:
    """(n, len(TOPIC_FEATURES)): per read sentence what says the articles are about the question,
    whether or not this sentence answers it: its final logit, the best sentence cosine of all
    candidates, the reader's no-answer score, the share of the top chunks from its article, the best
    context coverage of all candidates, the share of the question's word weight the index knows,
    this sentence's context coverage, whether it holds the kind of thing asked for (a date, a
    number, a person, a place), its cosine, its reader margin, and how much of the names in the
    question its article holds ("the capital of Victoria" is not answered from an article on Kenya)."""
    n = len(final)
    f, e = d.features, d.evidence.features
    kinds = e[d.picked][:, [SF[name] for name in KIND_FEATURES]].sum(axis=1)
    return np.column_stack([final, np.full(n, d.topicality[1]), f[:, FF["null_score"]], d.article_share,
                            np.full(n, e[:, SF["coverage_ctx"]].max()), np.full(n, d.topicality[0]),
                            e[d.picked, SF["coverage_ctx"]], kinds, f[:, FF["sent_cos"]],
                            f[:, FF["margin"]], d.articles[:, 2]]).astype(np.float64)


def answer_from(index: Index, encoder, reader, question: str, k: int, qvec: np.ndarray | None = None,
                threshold: float | None = None) -> Answer:
    """The full pipeline on one loaded index (see module doc)."""
    return decide(index, deliberate(index, encoder, reader, question, k, qvec), k, threshold)


def threshold_for(chunks: int) -> float:
    """The calibrated abstention threshold (on the topic probability) for a corpus of ``chunks``
    live chunks. The more chunks, the likelier a question about something else meets a sentence
    that looks like an answer, so the bar rises with the corpus: it was set where 95 % of clearly
    off-topic questions abstain on calibration corpora of a few sizes, and runs linearly in
    log(chunks) between them (flat outside that range)."""
    return float(threshold_at(chunks, *_thresholds()))


def threshold_at(chunks, sizes, values) -> np.ndarray:
    """The threshold at corpus size(s) ``chunks`` from anchors (``sizes`` ascending, ``values``):
    linear in log(chunks) between them, flat outside."""
    return np.interp(np.log(np.maximum(chunks, 1)), np.log(sizes), values)


@functools.lru_cache(maxsize=1)
def _thresholds() -> tuple[np.ndarray, np.ndarray]:
    """(corpus sizes in chunks, ascending; the threshold at each), read-only, from ``ranking.json``."""
    import json

    from qa.read.models import WEIGHTS_DIR

    path = WEIGHTS_DIR / "ranking.json"
    return parse_thresholds(json.loads(path.read_text())["threshold"], path)


def parse_thresholds(raw, where) -> tuple[np.ndarray, np.ndarray]:
    """``{"chunks": [...], "topic": [...]}`` → (sizes ascending, thresholds), checked."""
    try:
        sizes = np.asarray(raw["chunks"], dtype=np.float64)
        values = np.asarray(raw["topic"], dtype=np.float64)
    except (TypeError, KeyError, ValueError):
        raise ValueError(f"{where}: \"threshold\" must be {{\"chunks\": [...], \"topic\": [...]}}; "
                         "rerun training/calibrate.py or restore the file from git") from None
    if sizes.ndim != 1 or sizes.shape != values.shape or not len(sizes) or np.any(sizes <= 0) \
            or len(np.unique(sizes)) != len(sizes):
        raise ValueError(f"{where}: \"threshold\" needs as many thresholds as corpus sizes, the sizes positive "
                         "and distinct; rerun training/calibrate.py or restore the file from git")
    order = np.argsort(sizes)
    sizes, values = sizes[order], values[order]
    sizes.flags.writeable = values.flags.writeable = False
    return sizes, values


def _make_answer(index: Index, d: Deliberation, j: int, score: float) -> Answer:
    """The answer from the j-th picked sentence, with offsets into the seed file."""
    i = int(d.picked[j])
    reading = d.readings[j]
    srow = int(d.evidence.srows[i])
    row = int(d.evidence.chunks[i])
    doc = index.document(row)
    sent_start, sent_end = index.sentence_span(srow)
    text = d.evidence.texts[i]
    a, b = reading.start, reading.end
    if not (0 <= a < b <= len(text)):
        a, b = 0, len(text)
    return Answer(
        question=d.question, found=True, text=text[a:b], sentence=text, source=doc["source"], title=doc["title"],
        start=sent_start + a, end=sent_start + b, sentence_start=sent_start, sentence_end=sent_end,
        line=index.line_of(row, sent_start + a), score=score, searched=d.searched, notice=d.notice,
        encoding=doc.get("encoding", "utf-8"),
    )


def _alternatives(rest: list[Answer], best: Answer, min_score: float) -> tuple[Answer, ...]:
    """Other answers (score at least ``min_score``) that say something different: one per distinct
    short answer, never the same sentence twice; grouped by article (other articles first, groups
    by their best answer), best first within a group."""
    seen_text = {normalize_answer(best.text)}
    seen_sent = {(best.source, best.sentence_start)}
    out = []
    for a in rest:
        key = normalize_answer(a.text)
        if a.score < min_score or key in seen_text or (a.source, a.sentence_start) in seen_sent:
            continue
        if key and any(key in s or s in key for s in seen_text if s):
            continue
        seen_text.add(key)
        seen_sent.add((a.source, a.sentence_start))
        out.append(a)
    group_best: dict[str, float] = {}
    for a in out:
        group_best[a.source] = max(group_best.get(a.source, 0.0), a.score)
    out.sort(key=lambda a: (a.source == best.source, -group_best[a.source], a.source, -a.score))
    return tuple(out)


def _answer_first(passages: list[Passage], source: str, start: int, end: int) -> list[Passage]:
    """Put the passage holding the answer sentence first (the others keep their order)."""
    for i, p in enumerate(passages):
        if p.source == source and p.start <= start and end <= p.end:
            return [p] + passages[:i] + passages[i + 1:]
    return passages
