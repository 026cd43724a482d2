"""Loaded state for asking: the encoder, the current index and the reader, held together.

``Engine`` is what the CLI, the app and the module-level functions in ``qa`` use. A rebuild swaps
the index reference in one assignment, so questions in flight finish on the index they started with."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from qa import config

from qa.index import store
from qa.index.build import build_index
from qa.encode.encoder import Encoder, load_encoder
from qa.index.loaded import Index
from qa.records import Answer, BuildReport, Passage
from qa.search.hybrid import DISTINCT_DEPTH, Mode, distinct, search


def check_question(question: str) -> str:
    """Refuse what cannot be a question (``ValueError``); return it stripped of surrounding space."""
    if not isinstance(question, str):
        raise TypeError(f"question must be a str, got {type(question).__name__}")
    q = question.strip()
    if not q:
        raise ValueError("question is empty: ask something, e.g. 'What did Russia give North Korea?'")
    return q


def check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError(f"k must be an int, got {k!r}")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    return k


class Engine:
    """Ask questions of one seeds folder through one index folder."""

    def __init__(self, seeds_dir: str | os.PathLike | None = None, index_dir: str | os.PathLike | None = None,
                 encoder: Encoder | None = None, auto_build: bool = True, threshold: float | None = None):
        """``threshold``: the "topic" probability (that the articles are about the question) below
        which ``answer`` abstains (default: the calibrated one for the index's size,
        ``answering.threshold_for``)."""
        self.seeds_dir = config.seeds_dir(seeds_dir)
        self.index_dir = config.index_dir(index_dir)
        self.encoder = load_encoder() if encoder is None else encoder
        self._build_lock = threading.Lock()
        self.reader = _load_reader(self.encoder)
        self.threshold = threshold
        self.last_report: BuildReport | None = None
        self._index: Index | None = None
        if auto_build:
            self.refresh()
        else:
            self._index = Index.load(self.index_dir, self.encoder.name, self.encoder.dim)

    @property
    def index(self) -> Index:
        if self._index is None:
            raise store.IndexProblem(f"no index loaded from {self.index_dir}: build it with: python -m qa build")
        return self._index

    def refresh(self, full: bool = False, progress=None, log=None) -> BuildReport:
        """Bring the index up to date with the seeds folder (incrementally) and start using it.

        If the index folder cannot be written but holds a usable index, that index is used and the
        problem is reported as a warning."""
        with self._build_lock:
            try:
                report = build_index(self.seeds_dir, self.index_dir, full=full, encoder=self.encoder,
                                     progress=progress, log=log)
            except store.IndexProblem as exc:
                if self._index is None:
                    self._index = Index.load(self.index_dir, self.encoder.name, self.encoder.dim)
                report = BuildReport(index_dir=str(self.index_dir), warnings=(str(exc),),
                                     documents=len(self._index.documents), chunks=self._index.size)
                self.last_report = report
                return report
            # Reload when this build changed something, or another process (``python -m qa build``)
            # updated the index since we loaded it.
            if self._index is None or not report.up_to_date or report.full \
                    or store.read_manifest(self.index_dir) != self._index.manifest:
                self._index = Index.load(self.index_dir, self.encoder.name, self.encoder.dim)
            self.last_report = report
            return report

    def vector(self, question: str):
        return self.encoder.encode([question])[0]

    def retrieve(self, question: str, k: int = config.DEFAULT_K, mode: Mode = Mode.HYBRID) -> list[Passage]:
        """The ``k`` best passages for ``question``, best first."""
        q = check_question(question)
        check_k(k)
        index = self.index
        if mode is Mode.HYBRID:
            rows, scores = distinct(index, *search(index, q, self.vector(q), DISTINCT_DEPTH * k, mode), k)
        else:
            rows, scores = search(index, q, self.vector(q), k, mode)
        return [index.passage(int(r), float(s)) for r, s in zip(rows, scores)]

    def answer(self, question: str, k: int = config.DEFAULT_K) -> Answer:
        """The best quoted answer to ``question`` (see ``qa.read.pipeline``), with ``k`` passages."""
        from qa.read.pipeline import answer_from

        check_question(question)
        check_k(k)
        return answer_from(self.index, self.encoder, self.reader, question, k, threshold=self.threshold)


def _load_reader(encoder):
    """The fine-tuned reader for the real encoder; None for other encoders (tests' fakes), in
    which case whole sentences are quoted."""
    from qa.encode.encoder import MiniLMEncoder
    from qa.read.reader import Reader

    if not isinstance(encoder, MiniLMEncoder):
        return None
    return Reader(encoder.model, encoder.tokenizer)


_ENGINES: dict[tuple[Path, Path], Engine] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(seeds_dir=None, index_dir=None) -> Engine:
    """The process-wide engine for a (seeds, index) pair, created (and the index brought up to
    date) on first use."""
    key = (config.seeds_dir(seeds_dir).resolve(), config.index_dir(index_dir).resolve())
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = _ENGINES[key] = Engine(*key)
        return engine
