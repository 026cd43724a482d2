"""A built index, loaded for searching: chunk table, dense search, BM25, sentences.

Read-only once loaded and safe to share between threads; a rebuild produces a new ``Index`` and
the caller swaps its reference, so a question is always answered from one whole index."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from qa import config

from qa.index import dense as ann

from qa.index import store
from qa.index.bm25 import BM25, postings, tokenize
from qa.records import Passage

_COL = store.COL


class Index:
    """Everything needed at question time. Build with ``Index.load``."""

    def __init__(self, index_dir: Path, manifest: dict, arrays: dict, graph=None):
        self.dir = index_dir
        self.manifest = manifest
        rows = int(manifest["rows"])
        self.documents: list[dict] = manifest["documents"]
        self.table = arrays["chunks"]
        self.live = np.zeros(rows, dtype=bool)
        self.row_doc = np.full(rows, -1, dtype=np.int32)
        for i, doc in enumerate(self.documents):
            lo, hi = doc["rows"]
            self.live[lo:hi] = True
            self.row_doc[lo:hi] = i
        self.texts = arrays["texts"]
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
        terms = store.vocab_terms(arrays)
        self.vocab = {t: i for i, t in enumerate(terms)}
        self.vectors = arrays["vectors"]   # (rows, dim) float32, memory-mapped
        self.dense = ann.DenseSearch(self.vectors, self.live, graph)
        row_ptr = np.append(self.table[:, _COL["term_off"]], self.table[-1, _COL["term_off"]] + self.table[-1, _COL["term_len"]]) \
            if rows else np.zeros(1, np.int64)
        counts = np.asarray(arrays["counts"])
        cum = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])
        doc_len = (cum[row_ptr[1:]] - cum[row_ptr[:-1]]).astype(np.float32)
        indptr, indices, data = postings(np.asarray(arrays["terms"]), counts, row_ptr, len(terms))
        self.bm25 = BM25(indptr, indices, data, doc_len, self.live, config.BM25_K1, config.BM25_B,
                         config.COVERAGE_PSEUDO_DOCS)

    @classmethod
    def load(cls, index_dir: Path, model: str, dim: int) -> "Index":
        """Load and check an index folder. Raises ``IndexProblem`` (with the remedy) when it is
        missing, damaged, or made by another format version or model."""
        index_dir = Path(index_dir)
        for attempt in range(3):
            manifest = store.read_manifest(index_dir)
            try:
                return cls._load(index_dir, manifest, model, dim)
            except store.IndexProblem:
                # A build that compacted between our reading the manifest and the files deletes the
                # files we were about to open: load what the new manifest names instead.
                if attempt == 2 or store.read_manifest(index_dir) == manifest:
                    raise
        raise AssertionError("unreachable")

    @classmethod
    def _load(cls, index_dir: Path, manifest: dict | None, model: str, dim: int) -> "Index":
        if manifest is None:
            raise store.IndexProblem(f"no index in {index_dir}: build it with: python -m qa build --index {index_dir}")
        store.check_manifest(manifest, index_dir, model, dim)
        arrays = store.load_arrays(index_dir, manifest)
        store.check_arrays(manifest, arrays, index_dir)
        graph = None
        info = manifest.get("ann") or {}
        if info.get("kind") == "hnsw":
            path = index_dir / info["file"]
            try:
                if store.file_crc(path) != info.get("crc32"):
                    raise FileNotFoundError
                graph = ann.load(path)
            except (OSError, RuntimeError):
                raise store.IndexProblem(f"{path} is missing or corrupted: {store.remedy(index_dir, full=False)}") from None
            if graph.ntotal != info["rows"] or graph.ntotal > manifest["rows"]:
                raise store.IndexProblem(f"{path} does not match the manifest: {store.remedy(index_dir, full=False)}")
        return cls(index_dir, manifest, arrays, graph)

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
            encoding=doc.get("encoding", "utf-8"),
        )

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

    def query_terms(self, text: str) -> list[int]:
        """Term ids of the query's known words (``term_id``; other words cannot match anything)."""
        return [t for t in map(self.term_id, tokenize(text)) if t is not None]

    def lexical(self, text: str, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows, BM25 scores) of the ``n`` best live rows with a positive score."""
        terms = self.query_terms(text)
        if not terms:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        scores = self.bm25.scores(terms)
        best = ann.top_k(scores, n)
        best = best[scores[best] > 0]
        return best.astype(np.int64), scores[best]
