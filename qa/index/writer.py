"""Rows out: appending documents to the index files (``qa.index.files.Appender``).

``Stream`` takes chunked documents, encodes their chunks in bounded batches and appends each
document's rows (chunk table, text, BM25 terms, sentences and their vectors) in file order;
``copy_document`` moves an unchanged document's rows into a new generation without re-embedding."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from itertools import repeat

import numpy as np

from qa.encode.encoder import Encoder
from qa.encode.words import tokenize
from qa.index.bm25 import term_counts
from qa.index.files import Appender
from qa.index.format import COL, vocab_terms
from qa.records import Chunk, Document
from qa.settings import Settings


def title_prefix(title: str, encoder: Encoder, max_tokens: int) -> str:
    """The title line put before each chunk when embedding, cut to ``max_tokens`` word pieces."""
    words = title.split()
    while words and encoder.sizes([" ".join(words)])[0] > max_tokens:
        words = words[: max(0, len(words) * 3 // 4)]
    return " ".join(words) + "\n" if words else ""


def title_prefixes(doc: Document, chunks: list[Chunk], encoder: Encoder, max_tokens: int) -> list[str]:
    """The title prefix of each of ``doc``'s chunks: its story's headline in a file of several."""
    made: dict[str, str] = {}
    for title in {doc.title_at(c.start) for c in chunks}:
        made[title] = title_prefix(title, encoder, max_tokens)
    return [made[doc.title_at(c.start)] for c in chunks]


class Stream:
    """Chunks in, rows out: queued chunks are encoded ``settings.build_batch_chunks`` at a time and each
    document's rows are appended as soon as their vectors are known, so memory stays bounded
    however large one file or the whole corpus is. Rows go out in the order chunks come in."""

    def __init__(self, encoder: Encoder, appender: Appender, vocab: dict, advance: Callable[[int], None],
                 settings: Settings):
        self.encoder, self.appender, self.vocab, self.advance = encoder, appender, vocab, advance
        self.settings = settings
        self.batch = settings.build_batch_chunks
        self._owed = 0          # bytes reported ahead of the rows written
        self.queue: deque[tuple[DocWriter, str, Chunk]] = deque()     # (its document's writer, title prefix, chunk)

    def add(self, doc: Document, chunks: list[Chunk], entry: dict, nbytes: int) -> None:
        """Queue a document's chunks; its article text is appended now (``entry["text"]``: where)."""
        writer = start_document(self.appender, doc, len(chunks), entry, self.vocab, nbytes, self.settings)
        prefixes = title_prefixes(doc, chunks, self.encoder, self.settings.embed_title_tokens)
        self.queue.extend(zip(repeat(writer), prefixes, chunks))
        while len(self.queue) >= self.batch:
            self._encode()

    def close(self) -> None:
        while self.queue:
            self._encode()

    def _encode(self) -> None:
        batch = [self.queue.popleft() for _ in range(min(self.batch, len(self.queue)))]
        texts, spans = embed_inputs([(prefix, c) for _, prefix, c in batch])
        # Progress moves while the batch is encoded (the encoder reports its mini-batches), by the
        # batch's share of its files' bytes; what was reported ahead is settled when rows are written.
        worth = sum(writer.nbytes / writer.n_chunks for writer, _, _ in batch)
        sent = 0

        def encoding(done: int, total: int) -> None:
            nonlocal sent
            target = int(worth * done / max(total, 1))
            if target > sent:
                self._report(target - sent)
                sent = target

        vectors, span_vectors = self.encoder.encode_spans(texts, spans, encoding)
        self.appender.append("vectors", vectors)      # same row order as the chunk table
        self._report(sum(writer.add(c, vecs) for (writer, _, c), vecs in zip(batch, span_vectors)) - sent)

    def _report(self, nbytes: int) -> None:
        """Tell ``advance`` about ``nbytes`` more (never less: a shortfall waits for later progress)."""
        nbytes -= self._owed
        self._owed = max(0, -nbytes)
        if nbytes > 0:
            self.advance(nbytes)


def embed_inputs(items: list[tuple[str, Chunk]]) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """What the encoder reads for each (title prefix, chunk): the prefixed text, and its sentences'
    character spans inside that text."""
    texts, spans = [], []
    for prefix, c in items:
        texts.append(prefix + c.text)
        shift = len(prefix) - c.start
        spans.append([(s + shift, e + shift) for s, e in c.sentences])
    return texts, spans


def start_document(appender: Appender, doc: Document, n_chunks: int, entry: dict, vocab: dict, nbytes: int,
                   settings: Settings) -> "DocWriter":
    """Append a document's article text (``entry["text"]``: where) and return the writer of its rows."""
    raw = doc.text.encode("utf-8")
    entry["text"] = [appender.entries["articles"]["bytes"], len(raw)]
    appender.append("articles", raw)
    return DocWriter(appender, doc, n_chunks, entry, vocab, nbytes, settings.title_in_chunks)


def write_encoded(appender: Appender, doc: Document, chunks: list[Chunk], entry: dict, vocab: dict,
                  vectors: np.ndarray, span_vectors: list[np.ndarray], settings: Settings) -> None:
    """Append one document whose chunks were encoded elsewhere (a cluster worker, ``qa.index.cluster``):
    the same rows ``Stream`` writes. ``vectors`` (len(chunks), d), ``span_vectors[i]`` (sentences of
    chunk i, d), as ``Encoder.encode_spans`` returns them."""
    writer = start_document(appender, doc, len(chunks), entry, vocab, 0, settings)
    appender.append("vectors", vectors)
    for c, vecs in zip(chunks, span_vectors):
        writer.add(c, vecs)


class DocWriter:
    """Appends one document's chunk rows (table, text, BM25 terms) and its sentences (spans and
    vectors in context) in file order, and fills in the manifest entry's row ranges at the end.

    A sentence in two overlapping windows gets the mean of both contexts; it is written once no
    later window can hold it (windows move forward, so: once a window starts after it)."""

    def __init__(self, appender: Appender, doc: Document, n_chunks: int, entry: dict, vocab: dict, nbytes: int,
                 title_in_chunks: bool):
        self.appender, self.doc, self.n_chunks, self.entry, self.vocab = appender, doc, n_chunks, entry, vocab
        self.title_in_chunks = title_in_chunks      # a chunk's terms take its (story's) headline's words too
        self.nbytes, self.reported = nbytes, 0
        self.done = 0
        self.row_lo = self.sent_lo = -1      # set when the first chunk is appended
        self.where: dict[tuple[int, int], int] = {}        # open sentences: span → number in the doc
        self.open: dict[int, tuple[tuple[int, int], np.ndarray]] = {}
        self.n_sent = self.written = 0
        self.line, self.counted = 1, 0       # line numbers counted forward once

    def add(self, c: Chunk, span_vectors: np.ndarray) -> int:
        """Append chunk ``c`` with its sentences' vectors; returns the bytes of progress it is worth."""
        appender = self.appender
        if self.done == 0:
            self.row_lo, self.sent_lo = appender.rows("chunks"), appender.rows("sentences")
        numbers = []
        for span, vec in zip(c.sentences, span_vectors):
            n = self.where.get(span)
            if n is None:
                n = self.where[span] = self.n_sent
                self.n_sent += 1
                self.open[n] = (span, np.array(vec, dtype=np.float32))
            else:
                self.open[n][1][:] += vec
            numbers.append(n)
        raw = c.text.encode("utf-8")
        titled = tokenize(self.doc.title_at(c.start)) if self.title_in_chunks else []
        ids, tf = term_counts(titled + tokenize(c.text), self.vocab)
        if c.start < self.counted:
            self.line, self.counted = self.line - self.doc.text.count("\n", c.start, self.counted), c.start
        self.line, self.counted = self.line + self.doc.text.count("\n", self.counted, c.start), c.start
        row = (c.start, c.end, self.line, self.sent_lo + numbers[0], self.sent_lo + numbers[-1] + 1,
               appender.entries["texts"]["bytes"], len(raw), appender.rows("terms"), len(ids))
        appender.append("chunks", np.array([row], dtype=np.int64))
        appender.append("texts", raw)
        appender.append("terms", ids)
        appender.append("counts", tf)
        self.done += 1
        last = self.done == self.n_chunks
        self._write_sentences(self.n_sent if last else numbers[0] + 1)
        if last:
            self.entry["rows"] = [self.row_lo, self.row_lo + self.n_chunks]
            self.entry["sentence_rows"] = [self.sent_lo, self.sent_lo + self.n_sent]
        worth = self.nbytes * self.done // self.n_chunks - self.reported
        self.reported += worth
        return worth

    def _write_sentences(self, upto: int) -> None:
        """Append sentences ``[written, upto)``, which no later window holds."""
        if upto <= self.written:
            return
        spans, vecs = [], []
        for n in range(self.written, upto):
            span, vec = self.open.pop(n)
            del self.where[span]
            spans.append(span)
            vecs.append(vec)
        vecs = np.stack(vecs)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
        self.appender.append("sentences", np.array(spans, dtype=np.int64).reshape(-1, 2))
        self.appender.append("sentvec", vecs.astype(np.float16))
        self.written = upto


def read_vocab(arrays: dict) -> dict[str, int]:
    return {t: i for i, t in enumerate(vocab_terms(arrays))}


def copy_document(appender, arrays: dict, entry: dict) -> dict:
    """Copy one unchanged document's rows from the old files into the new generation (no
    re-embedding): vectors, sentence vectors, texts, its article text and terms move; offsets are
    renumbered."""
    lo, hi = entry["rows"]
    s_lo, s_hi = entry["sentence_rows"]
    table = np.array(arrays["chunks"][lo:hi], dtype=np.int64)
    new_row, new_sent = appender.rows("chunks"), appender.rows("sentences")
    col = COL
    t0 = table[0, col["text_off"]]
    t1 = table[-1, col["text_off"]] + table[-1, col["text_len"]]
    w0 = table[0, col["term_off"]]
    w1 = table[-1, col["term_off"]] + table[-1, col["term_len"]]
    a0, n_article = entry["text"]
    new_text = [appender.entries["articles"]["bytes"], n_article]
    appender.append("articles", np.asarray(arrays["articles"][a0:a0 + n_article]).tobytes())
    table[:, col["sent_lo"]] += new_sent - s_lo
    table[:, col["sent_hi"]] += new_sent - s_lo
    table[:, col["text_off"]] += appender.entries["texts"]["bytes"] - t0
    table[:, col["term_off"]] += appender.rows("terms") - w0
    appender.append("chunks", table)
    appender.append("texts", np.asarray(arrays["texts"][t0:t1]).tobytes())
    appender.append("terms", np.asarray(arrays["terms"][w0:w1]))
    appender.append("counts", np.asarray(arrays["counts"][w0:w1]))
    appender.append("sentences", np.asarray(arrays["sentences"][s_lo:s_hi]))
    appender.append("sentvec", np.asarray(arrays["sentvec"][s_lo:s_hi]))
    appender.append("vectors", np.asarray(arrays["vectors"][lo:hi]))
    return {**entry, "rows": [new_row, new_row + (hi - lo)], "sentence_rows": [new_sent, new_sent + (s_hi - s_lo)],
            "text": new_text}
