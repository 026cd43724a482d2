"""A built index, loaded for searching: chunk table, dense search, BM25, sentences.

Read-only once loaded and safe to share between threads; a rebuild produces a new ``Index`` and
the caller swaps its reference, so a question is always answered from one whole index."""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path

import numpy as np

from qa.encode.words import tokenize
from qa.index.backends import backend_of
from qa.index.bm25 import BM25, postings
from qa.index.dense import DenseIndex
from qa.index.files import load_arrays
from qa.index.format import COL as _COL
from qa.index.format import (
    STORY_FIELDS,
    IndexProblem,
    check_arrays,
    check_manifest,
    read_manifest,
    remedy,
    vocab_terms,
)
from qa.ingest.dates import ArticleTimes, full_dates, mentions, month_numbers
from qa.ingest.formats import text_is_extracted
from qa.records import Passage
from qa.settings import DEFAULT, Settings


def extracted_text(doc: dict) -> bool:
    """Whether the text of indexed document ``doc`` (its manifest entry) was taken out of its file, a saved page's
    article or a mail's message, rather than being the file's own: the build says so, or, for an entry kept from an
    index built before it said, the file's suffix does."""
    return bool(doc.get("extracted")) or text_is_extracted(doc["source"])


class Index:
    """Everything needed at question time. Build with ``Index.load``."""

    def __init__(self, index_dir: Path, manifest: dict, arrays: dict, dense: DenseIndex | None = None,
                 settings: Settings | None = None):
        """``dense``: the search the manifest's backend opened (None: open it here)."""
        settings = DEFAULT if settings is None else settings
        self.dir = index_dir
        self.manifest = manifest
        rows = int(manifest["rows"])
        self.table = arrays["chunks"]
        self.documents: list[dict] = story_documents(manifest["documents"], self.table)
        self.live = np.zeros(rows, dtype=bool)
        self.row_doc = np.full(rows, -1, dtype=np.int32)
        for i, doc in enumerate(self.documents):
            lo, hi = doc["rows"]
            self.live[lo:hi] = True
            self.row_doc[lo:hi] = i
        self.texts = arrays["texts"]
        self.articles = arrays["articles"]
        self._by_source: dict[str, int] | None = None
        self._times: dict[int, ArticleTimes] = {}
        self.derived: dict[str, object] = {}    # what later stages work out from the whole index, kept with it
        self.sentences = arrays["sentences"]
        # The first chunk holding each sentence (for its text), and each sentence's document.
        lo = self.table[:, _COL["sent_lo"]] if rows else np.zeros(0, np.int64)
        hi = self.table[:, _COL["sent_hi"]] if rows else np.zeros(0, np.int64)
        self.sentence_chunk = np.full(len(self.sentences), -1, dtype=np.int64)
        counts = (hi - lo).astype(np.int64)
        if counts.sum():
            starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
            srows = np.repeat(lo - starts, counts) + np.arange(counts.sum())   # lo_i, lo_i+1, … per chunk
            owner = np.repeat(np.arange(rows), counts)
            self.sentence_chunk[srows[::-1]] = owner[::-1]   # first chunk wins
        self.sentvec = arrays["sentvec"]
        terms = vocab_terms(arrays)
        self.vocab = {t: i for i, t in enumerate(terms)}
        self._accent_lock = threading.Lock()
        self._accented: dict[str, tuple[str, ...]] | None = None     # ``accented_terms``, once built
        self._initials: dict[str, tuple[str, ...]] | None = None     # ``terms_by_initial``, once built
        self.vectors = arrays["vectors"]   # (rows, dim) float32, memory-mapped
        if dense is None:
            entry = manifest.get("ann") or {}
            dense = backend_of(entry).open(index_dir, entry, self.vectors, self.live, settings)
        self.dense: DenseIndex = dense
        term_off, term_len = self.table[:, _COL["term_off"]], self.table[:, _COL["term_len"]]
        row_ptr = np.append(term_off, term_off[-1] + term_len[-1]) if rows else np.zeros(1, np.int64)
        counts = arrays["counts"][: row_ptr[-1]]
        doc_len = np.zeros(rows, dtype=np.float32)      # words per row (no per-posting temporary)
        has = term_len > 0
        if has.any():
            doc_len[has] = np.add.reduceat(counts, term_off[has], dtype=np.int64)
        indptr, indices, data = postings(arrays["terms"][: row_ptr[-1]], counts, row_ptr, len(terms))
        self.bm25 = BM25(indptr, indices, data, doc_len, self.live, settings.bm25_k1, settings.bm25_b,
                         settings.coverage_pseudo_docs)

    @classmethod
    def load(cls, index_dir: Path, model: str, dim: int, settings: Settings | None = None) -> "Index":
        """Load and check an index folder. Raises ``IndexProblem`` (with the remedy) when it is
        missing, damaged, or made by another format version or model."""
        index_dir = Path(index_dir)
        for attempt in range(3):
            manifest = read_manifest(index_dir)
            try:
                return cls._load(index_dir, manifest, model, dim, settings)
            except IndexProblem:
                # A build that compacted between our reading the manifest and the files deletes the
                # files we were about to open: load what the new manifest names instead.
                if attempt == 2 or read_manifest(index_dir) == manifest:
                    raise
        raise AssertionError("unreachable")

    @classmethod
    def _load(cls, index_dir: Path, manifest: dict | None, model: str, dim: int, settings: Settings | None) -> "Index":
        if manifest is None:
            raise IndexProblem(f"no index in {index_dir}: build it with: python -m qa build --index {index_dir}")
        check_manifest(manifest, index_dir, model, dim)
        arrays = load_arrays(index_dir, manifest)
        check_arrays(manifest, arrays, index_dir)
        entry = manifest.get("ann") or {}
        try:
            backend = backend_of(entry)
        except ValueError as exc:
            raise IndexProblem(f"{index_dir}: {exc}: {remedy(index_dir)}") from None
        problem = backend.problem(index_dir, entry, int(manifest["rows"]))
        if problem:
            raise IndexProblem(f"{index_dir}: {problem}: {remedy(index_dir, full=False)}")
        settings = DEFAULT if settings is None else settings
        rows = int(manifest["rows"])
        try:
            dense = backend.open(index_dir, entry, arrays["vectors"], _live(manifest, rows), settings)
        except (OSError, RuntimeError) as exc:
            raise IndexProblem(f"{index_dir}: dense search files not readable ({exc}): "
                               f"{remedy(index_dir, full=False)}") from None
        return cls(index_dir, manifest, arrays, dense, settings)

    # -- facts --------------------------------------------------------------------------------
    @property
    def size(self) -> int:
        """Number of live chunks."""
        return int(self.live.sum())

    def document(self, row: int) -> dict:
        return self.documents[self.row_doc[row]]

    # -- text ---------------------------------------------------------------------------------
    def chunk_text(self, row: int) -> str:
        off, n = self.table[row, _COL["text_off"]], self.table[row, _COL["text_len"]]
        return bytes(self.texts[off : off + n]).decode("utf-8")

    def chunk_span(self, row: int) -> tuple[int, int]:
        return int(self.table[row, _COL["start"]]), int(self.table[row, _COL["end"]])

    def passage(self, row: int, score: float) -> Passage:
        doc = self.document(row)
        start, end = self.chunk_span(row)
        return Passage(
            text=self.chunk_text(row), source=doc["source"], title=doc["title"], start=start, end=end,
            score=float(score), line=int(self.table[row, _COL["line"]]), chunk_id=int(row),
            encoding=doc.get("encoding", "utf-8"), date=doc.get("date", ""), publisher=doc.get("publisher", ""),
            also_in=tuple(doc.get("also", ())), extracted=extracted_text(doc),
        )

    def article_text(self, doc: int) -> str:
        """The whole text of ``documents[doc]`` as the build read it (what every offset points into)."""
        off, n = self.documents[doc]["text"]
        return bytes(self.articles[off:off + n]).decode("utf-8")

    def story_span(self, doc: int) -> tuple[int, int]:
        """Where in ``article_text(doc)`` the text of ``documents[doc]`` is: all of it, or its story's part in a file
        of several (a news database's export)."""
        span = self.documents[doc].get("story")
        return (span[0], span[1]) if span else (0, len(self.article_text(doc)))

    def story_text(self, doc: int) -> str:
        """The text of ``documents[doc]`` alone (``story_span``)."""
        text, span = self.article_text(doc), self.documents[doc].get("story")
        return text[span[0]:span[1]] if span else text

    def times(self, doc: int) -> ArticleTimes:
        """When article ``documents[doc]`` is from and what times it names (read from its text
        once, then kept)."""
        got = self._times.get(doc)
        if got is None:
            text = self.story_text(doc)
            found = mentions(text)
            dated = full_dates(self.documents[doc].get("date", ""))
            got = self._times[doc] = ArticleTimes(
                date=dated[0] if dated else None,
                years=frozenset(m.year for m in found),
                months=frozenset((m.year, m.month) for m in found if m.month),
                month_names=frozenset(month_numbers(text)))
        return got

    def year(self, doc: int) -> int | None:
        """The year of article ``documents[doc]``'s date; None when it has none."""
        date = self.times(doc).date
        return None if date is None else date.year

    def document_number(self, source: str) -> int:
        """The index into ``documents`` of article ``source``, or of the article whose text file
        ``source`` repeats (its ``also_in``: the same text, so the same offsets); ``KeyError`` when
        it is neither."""
        if self._by_source is None:
            ordered = list(enumerate(self.documents))[::-1]        # (a file of several stories: its first)
            by = {also: i for i, d in ordered for also in d.get("also", ())}
            self._by_source = by | {d["source"]: i for i, d in ordered}
        return self._by_source[source]

    def documents_of(self, source: str) -> range:
        """The indexes into ``documents`` of article ``source``: one, or one for each story of a file of several
        (a news database's export); ``KeyError`` as ``document_number``."""
        first = end = self.document_number(source)
        while end < len(self.documents) and self.documents[end]["text"] == self.documents[first]["text"]:
            end += 1
        return range(first, end)

    def document_at(self, source: str, offset: int) -> int:
        """``document_number(source)``, or in a file of several stories the one holding file offset ``offset``."""
        docs = self.documents_of(source)
        return next((d for d in reversed(docs) if self.documents[d].get("story", (0, 0))[0] <= offset), docs[0])

    def line_of(self, row: int, offset: int) -> int:
        """1-based line in the file of file offset ``offset`` inside chunk ``row``."""
        start = int(self.table[row, _COL["start"]])
        return int(self.table[row, _COL["line"]]) + self.chunk_text(row)[: offset - start].count("\n")

    def sentence_rows(self, row: int) -> range:
        return range(int(self.table[row, _COL["sent_lo"]]), int(self.table[row, _COL["sent_hi"]]))

    def sentence_span(self, srow: int) -> tuple[int, int]:
        return int(self.sentences[srow, 0]), int(self.sentences[srow, 1])

    def sentence_text(self, srow: int) -> str:
        row = int(self.sentence_chunk[srow])
        start, end = self.sentence_span(srow)
        c0 = int(self.table[row, _COL["start"]])
        return self.chunk_text(row)[start - c0 : end - c0]

    def sentence_document(self, srow: int) -> int:
        """Index into ``documents`` of the document holding sentence ``srow`` (-1 if deleted)."""
        return int(self.row_doc[self.sentence_chunk[srow]])

    def same_article(self, srow: int, other: int) -> bool:
        """Whether sentence row ``other`` exists, is live and is in the same document as ``srow``
        (for a sentence's neighbours: ``srow - 1``, ``srow + 1``)."""
        return 0 <= other < len(self.sentences) and self.sentence_chunk[other] >= 0 \
            and self.sentence_document(other) == self.sentence_document(srow)

    def sentence_vectors(self, srows) -> np.ndarray:
        """(len(srows), dim) float32 vectors of sentences in their chunk's context."""
        return np.asarray(self.sentvec[np.asarray(srows, dtype=np.int64)], dtype=np.float32)

    def best_sentence_scores(self, rows: np.ndarray, qvec: np.ndarray) -> np.ndarray:
        """(len(rows),) float32: for each chunk row, the best inner product of ``qvec`` with one of
        its sentences' vectors (0 for a chunk without sentences). One gather and one product for
        all rows, instead of one memory-map read per row."""
        rows = np.asarray(rows, dtype=np.int64)
        out = np.zeros(len(rows), dtype=np.float32)
        lo = self.table[rows, _COL["sent_lo"]]
        counts = self.table[rows, _COL["sent_hi"]] - lo
        has = counts > 0
        if not has.any():
            return out
        lo, counts = lo[has], counts[has]
        starts = np.cumsum(counts) - counts
        srows = np.repeat(lo - starts, counts) + np.arange(int(counts.sum()))   # lo_i, lo_i+1, … per row
        out[has] = np.maximum.reduceat(self.sentence_vectors(srows) @ qvec, starts)
        return out

    # -- search -------------------------------------------------------------------------------
    def term_id(self, word: str) -> int | None:
        """The term id of a tokenised word that a live chunk holds; None for a word the index never
        saw or that only removed articles had (so an updated index knows what a fresh build would)."""
        t = self.vocab.get(word)
        return t if t is not None and self.bm25.df[t] > 0 else None

    def chunks_with(self, word: str) -> int:
        """How many live chunks hold a tokenised word (0 for a word the index does not know)."""
        t = self.term_id(word)
        return 0 if t is None else int(self.bm25.df[t])

    def documents_with(self, word: str) -> frozenset[int]:
        """The articles (numbers into ``documents``) whose live chunks hold a tokenised word."""
        t = self.term_id(word)
        if t is None:
            return frozenset()
        rows = self.bm25.indices[self.bm25.indptr[t]:self.bm25.indptr[t + 1]]
        return frozenset(self.row_doc[rows[self.live[rows]]].tolist())

    def words_used(self, word: str) -> int:
        """How many live chunks hold a tokenised word (``chunks_with``), or 1 for a word only the articles'
        credits write (a byline's "Marta Kleve", a publisher's name: header lines no chunk holds)."""
        return self.chunks_with(word) or int(word in self.credit_terms())

    def credit_terms(self) -> frozenset[str]:
        """The tokenised words of the live articles' authors and publishers. Worked out once per loaded index."""
        found = self.derived.get("credit_terms")
        if found is None:
            live = {int(d) for d in self.row_doc[self.live].tolist()} if len(self.row_doc) else set()
            found = frozenset(t for doc in sorted(live) for field in ("author", "publisher")
                              for t in tokenize(str((self.documents[doc] or {}).get(field) or "")))
            self.derived["credit_terms"] = found
        return found

    def accented(self, word: str) -> str | None:
        """How the articles write ``word`` (a word as typed, plain letters) with accents: "Bjork" →
        "Björk", "Walesa" → "Wałęsa"; None when the index knows ``word`` as typed (a credit's too), or no
        article writes it with accents. Read from the text of an article holding it (terms are stems:
        "Hélène" and "Helen" share one), the most used of several."""
        terms = tokenize(word)
        if len(terms) != 1 or self.term_id(terms[0]) is not None or terms[0] in self.credit_terms():
            return None
        plain = word.lower()
        for term in self.accented_terms().get(terms[0], ()):
            for w in self._words_of_chunks_with(self.vocab[term]):
                if unaccented(w).lower() == plain and w.lower() != plain:
                    return w
        return None

    def written(self, term: str) -> str | None:
        """How the articles write the tokenised ``term`` ("galbraith" → "Galbraith"): a word of a
        chunk holding it that is that term, capitalised where one of the first three such chunks
        has it so; None for a term no live chunk holds."""
        t = self.term_id(term)
        found = None
        for w in self._words_of_chunks_with(t) if t is not None else ():
            if tokenize(w) == [term]:
                if w[0].isupper():
                    return w
                found = found or w
        return found

    def _words_of_chunks_with(self, t: int, chunks: int = 3):
        """The words, as written, of the first ``chunks`` live chunks holding term id ``t``."""
        rows = self.bm25.indices[self.bm25.indptr[t]:self.bm25.indptr[t + 1]]
        for row in rows[self.live[rows]][:chunks].tolist():
            yield from (m.group(0) for m in _WORD.finditer(self.chunk_text(row)))

    def accented_terms(self) -> dict[str, tuple[str, ...]]:
        """The live terms written with accents (Latin letters), by the stem of their plain form,
        most used first. Built once, on first use (well under a second for a million terms)."""
        with self._accent_lock:
            if self._accented is None:
                found: dict[str, list[tuple[int, str]]] = {}
                for term, t in self.vocab.items():
                    if term.isascii() or not _LATIN_MARKED.search(term) or not self.bm25.df[t]:
                        continue
                    plain = unaccented(term)
                    for key in {plain, *tokenize(plain)}:
                        found.setdefault(key, []).append((-int(self.bm25.df[t]), term))
                self._accented = {key: tuple(term for _, term in sorted(v)) for key, v in found.items()}
            return self._accented

    def terms_by_initial(self) -> dict[str, tuple[str, ...]]:
        """The live terms without accents ("céloron" → "celoron"), by their first letter
        (``qa.search.spelling.strangers``). Built once, on first use."""
        with self._accent_lock:
            if self._initials is None:
                found: dict[str, set[str]] = {}
                for term, t in self.vocab.items():
                    if self.bm25.df[t]:
                        plain = unaccented(term)
                        found.setdefault(plain[:1], set()).add(plain)
                self._initials = {k: tuple(sorted(v)) for k, v in found.items()}
            return self._initials

    def query_terms(self, text: str) -> list[int]:
        """Term ids of the query's known words (``term_id``; other words cannot match anything)."""
        return [t for t in map(self.term_id, tokenize(text)) if t is not None]

    def lexical(self, text: str, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows, BM25 scores) of the ``n`` best live rows with a positive score."""
        terms = self.query_terms(text)
        if not terms:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        return self.bm25.top(terms, n)


_WORD = re.compile(r"\w+")
_LATIN_MARKED = re.compile(r"[\u00c0-\u024f]")       # Latin-1 Supplement and Extended-A/B letters
_OWN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                              "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th"})


def unaccented(text: str) -> str:
    """``text`` as typed without accents: "Björk" → "Bjork", "Wałęsa" → "Walesa", "Straße" → "Strasse"."""
    text = text.translate(_OWN_LETTERS)
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def story_documents(documents: list[dict], table: np.ndarray) -> list[dict]:
    """The manifest's articles, a file of several stories (a news database's export) as one entry for each story:
    the file's entry with the story's headline and credits, its rows and sentence rows, and its ``story`` span of
    the file's text (which stays the text every offset points into)."""
    out = []
    for doc in documents:
        lo, hi = doc["rows"]
        if not doc.get("stories") or hi <= lo:
            out.append(doc)
            continue
        starts = table[lo:hi, _COL["start"]]
        parts = []
        for story in doc["stories"]:
            rows = np.flatnonzero((starts >= story["span"][0]) & (starts < story["span"][1]))
            if len(rows):
                parts.append((story, lo + int(rows[0]), lo + int(rows[-1])))
        if [r for _, first, last in parts for r in range(first, last + 1)] != list(range(lo, hi)):
            out.append({k: v for k, v in doc.items() if k != "stories"})    # (stories not covering its rows in
            continue                                                         # order: the file as one article)
        for story, first, last in parts:
            out.append({**{k: v for k, v in doc.items() if k not in STORY_FIELDS and k != "stories"},
                        **{k: story[k] for k in STORY_FIELDS if k in story}, "title": story.get("title", ""),
                        "rows": [first, last + 1], "story": list(story["span"]),
                        "sentence_rows": [int(table[first, _COL["sent_lo"]]), int(table[last, _COL["sent_hi"]])]})
    return out


def _live(manifest: dict, rows: int) -> np.ndarray:
    """(rows,) bool: the rows of the documents the manifest lists."""
    live = np.zeros(rows, dtype=bool)
    for doc in manifest["documents"]:
        live[doc["rows"][0]:doc["rows"][1]] = True
    return live
