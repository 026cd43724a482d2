"""Loaded state for asking: the encoder, the current index and the reader, held together.

``Engine`` is what the CLI, the app and the module-level functions in ``qa`` use. A rebuild swaps
the index reference in one assignment, so questions in flight finish on the index they started with."""

from __future__ import annotations

import os
import shlex
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from qa.encode.encoder import Encoder, answering_threads
from qa.index.build import build_index, out_of_date
from qa.index.console import progress_bar
from qa.index.format import MANIFEST, IndexProblem, check_index_folder, read_manifest
from qa.index.loaded import Index, extracted_text
from qa.index.plan import pending
from qa.read.decide import answer_from
from qa.read.pipeline import EMPTY_QUESTION
from qa.read.reader import Reader
from qa.read.readers import make_reader
from qa.records import Answer, BuildReport, Passage
from qa.search.passages import shown_passages
from qa.search.rank import Mode, search
from qa.search.spelling import corrected, warm_dictionary
from qa.settings import DEFAULT, Settings
from qa.settings import index_dir as default_index_dir
from qa.settings import seeds_dir as default_seeds_dir

UPDATING = ("The index is being brought up to date: this answer comes from the articles indexed before; "
            "ask again when it is done to search the new ones too.")


def check_question(question: str) -> str:
    """Refuse what cannot be a question (``ValueError``); return it stripped of surrounding space."""
    if not isinstance(question, str):
        raise TypeError(f"question must be a str, got {type(question).__name__}")
    q = question.strip()
    if not q:
        raise ValueError(EMPTY_QUESTION)
    return q


def check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError(f"k must be an int, got {k!r}")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    return k


def not_searched_yet(changed: tuple[str, ...], seeds: Path | None = None, index: Path | None = None) -> str:
    """What an answer says of seed files changed on disk since the index was built, with the command
    that rebuilds this ``seeds`` folder's ``index`` (each named when it is not the default one)."""
    named = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    files = "1 file" if len(changed) == 1 else f"{len(changed)} files"
    command = " ".join(["python -m qa build",
                        *([f"--seeds {shlex.quote(str(seeds))}"] if seeds and seeds != default_seeds_dir() else []),
                        *([f"--index {shlex.quote(str(index))}"] if index and index != default_index_dir() else [])])
    return (f"{files} in the seeds folder changed since the index was built ({named}) and "
            f"{'is' if len(changed) == 1 else 'are'} not searched yet: rebuild the index (“Rebuild index” in the "
            f"app, or: {command}) to include {'it' if len(changed) == 1 else 'them'}.")


def marked_extracted(index: Index, a: Answer) -> Answer:
    """``a`` and its alternatives marked ``extracted`` where their article's text was taken out of its file (a saved
    page's, a mail's: ``extracted_text``), so that a citation says its line counts in that text."""
    def marked(x: Answer) -> Answer:
        try:
            doc = index.documents[index.document_number(x.source)] if x.source else None
        except KeyError:
            return x
        return replace(x, extracted=True) if doc is not None and extracted_text(doc) else x

    return replace(marked(a), alternatives=tuple(marked(alt) for alt in a.alternatives))


class Engine:
    """Ask questions of one seeds folder through one index folder."""

    def __init__(self, seeds_dir: str | os.PathLike | None = None, index_dir: str | os.PathLike | None = None,
                 encoder: Encoder | None = None, auto_build: bool = True, threshold: float | None = None, *,
                 reader: Reader | None = None, settings: Settings | None = None,
                 progress: Callable[[int, int], None] | None = None, log: Callable[[str], None] | None = None):
        """``encoder``: default the packaged model; ``reader``: default the one ``settings.reader``
        names; ``threshold``: the "topic" probability (that the articles are about the question)
        below which ``answer`` abstains (default ``settings.threshold``, whose default is the
        calibrated one for the index's size, ``qa.read.decide.threshold_for``). ``auto_build``:
        bring the index up to date now, telling ``progress`` (done, total) and ``log`` (a line on a
        step) as ``refresh`` does (else load the index as it is)."""
        settings = DEFAULT if settings is None else settings
        self.settings = settings if threshold is None else replace(settings, threshold=threshold)
        self.seeds_dir = default_seeds_dir(seeds_dir)
        self.index_dir = default_index_dir(index_dir)
        check_index_folder(self.index_dir)
        if encoder is None:
            from qa.encode.minilm import load_encoder

            encoder = load_encoder()
        self.encoder = encoder
        self._build_lock = threading.Lock()
        self._embedding = False         # set while a rebuild embeds articles (``updating``)
        self.reader = make_reader(self.encoder, self.settings) if reader is None else reader
        if self.settings.spelling:
            warm_dictionary()           # loaded beside the index, not at the first slip (0.4 s)
        self.last_report: BuildReport | None = None
        self._index: Index | None = None
        self._seen: tuple[int, int, int] | None = None      # the manifest on disk when loaded
        self._pending: tuple[float, tuple[str, ...]] | None = None      # (when, what): ``pending_changes``
        self._looking = threading.Lock()
        self._touched: dict[str, tuple[int, int, bool]] = {}    # files read to tell touched from changed
        if auto_build:
            self.refresh(progress=progress, log=log)
        else:
            self._index = self._load()
            stale = out_of_date(self._index.manifest, self.settings)
            if stale:
                warnings.warn(f"the index in {self.index_dir} is used as it is, but {' and '.join(stale)}: "
                              f"bring it up to date with: python -m qa build --index {self.index_dir}", stacklevel=2)

    def _load(self) -> Index:
        self._seen = self._manifest_stamp()         # before loading: a build finishing meanwhile is seen next time
        self._pending = None
        self._touched = {}
        index = Index.load(self.index_dir, self.encoder.name, self.encoder.dim, self.settings)
        # the words written with accents (Index.accented) are found beside the first questions, not in them
        threading.Thread(target=index.accented_terms, name="accented-terms", daemon=True).start()
        return index

    @property
    def index(self) -> Index:
        """The loaded index; first reloaded when another process (``python -m qa build``, another
        app) has replaced it on disk since, so that a correction made from the shell is what is
        quoted next. While this engine's own build runs, the index it had."""
        if self._index is None:
            raise IndexProblem(f"no index loaded from {self.index_dir}: build it with: python -m qa build")
        if self._manifest_stamp() != self._seen and self._build_lock.acquire(blocking=False):
            try:
                self._follow()
            finally:
                self._build_lock.release()
        return self._index

    def _manifest_stamp(self) -> tuple[int, int, int] | None:
        """What identifies the manifest file on disk (a build replaces it whole), None without one."""
        try:
            st = (self.index_dir / MANIFEST).stat()
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def _follow(self) -> None:
        """Load the index on disk if its manifest is not the loaded one's (the build lock held). An
        index that cannot be loaded (gone, damaged) leaves the loaded one in use."""
        stamp = self._manifest_stamp()
        try:
            manifest = read_manifest(self.index_dir)
            if manifest is not None and manifest != self._index.manifest:
                self._index = self._load()
                return
        except IndexProblem as exc:
            warnings.warn(f"the index in {self.index_dir} changed on disk but cannot be loaded ({exc}); "
                          "answering from the one loaded before", stacklevel=3)
        self._seen = stamp

    def refresh(self, full: bool = False, progress=None, log=None) -> BuildReport:
        """Bring the index up to date with the seeds folder (incrementally) and start using it.

        If the index folder cannot be written but holds a usable index, that index is used and the
        problem is reported as a warning."""
        def embedding(done: int, total: int) -> None:      # articles are being read in: say so meanwhile
            self._embedding = self._embedding or done < total
            if progress is not None:
                progress(done, total)

        with self._build_lock:
            try:
                return self._refresh(full, embedding, log)
            finally:
                self._embedding = False

    def _refresh(self, full: bool, progress: Callable[[int, int], None], log) -> BuildReport:
        """``refresh``, with the build lock held."""
        try:
            report = build_index(self.seeds_dir, self.index_dir, full=full, encoder=self.encoder,
                                 progress=progress, log=log, settings=self.settings)
        except IndexProblem as exc:
            if self._index is None:
                self._index = self._load()
            report = BuildReport(index_dir=str(self.index_dir), warnings=(str(exc),),
                                 documents=len(self._index.manifest["documents"]), chunks=self._index.size)
            self.last_report = report
            return report
        # Reload when this build changed something, or another process (``python -m qa build``)
        # updated the index since we loaded it.
        if self._index is None or not report.up_to_date or report.full \
                or read_manifest(self.index_dir) != self._index.manifest:
            self._index = self._load()
        self.last_report = report
        return report

    def article_text(self, source: str) -> str:
        """The text of indexed article ``source`` as the index read it: ``Answer`` and ``Passage``
        offsets point into it. ``KeyError`` when no such article is indexed."""
        index = self.index
        return index.article_text(index.document_number(source))

    def vector(self, question: str):
        return self.encoder.encode([question])[0]

    def retrieve(self, question: str, k: int | None = None, mode: Mode = Mode.HYBRID) -> list[Passage]:
        """The ``k`` (default ``settings.default_k``) best passages for ``question``, best first
        (typing slips searched as corrected, ``qa.search.spelling``, as ``answer`` does)."""
        q = check_question(question)
        k = check_k(self.settings.default_k if k is None else k)
        with answering_threads(self.settings.query_threads):
            return self._retrieve(q, k, mode)

    def _retrieve(self, q: str, k: int, mode: Mode) -> list[Passage]:
        index, s = self.index, self.settings
        if s.spelling:
            q = corrected(q, index.words_used, index.accented)[0]
        if mode is Mode.HYBRID:
            rows, scores = search(index, q, self.vector(q), s.distinct_depth * k, mode, settings=s)
            return shown_passages(index, rows, scores, k, s)[3]
        rows, scores = search(index, q, self.vector(q), k, mode, settings=s)
        return [index.passage(int(r), float(score)) for r, score in zip(rows, scores)]

    def answer(self, question: str, k: int | None = None, about: Iterable[str] = (),
               avoid: Iterable[tuple[str, str]] = (), not_again: Iterable[tuple[str, str, str]] = (),
               story: tuple[str, int] = ("", -1)) -> Answer:
        """The best quoted answer to ``question`` (``qa.read``), with ``k`` passages. ``about``: the
        seed files a follow-up question is about (the previous answer's), ``qa.read.decide.decide``;
        ``avoid``: (seed file, sentence) pairs not to quote again ("What else did she say?");
        ``not_again``: (seed file, sentence, quote) answers not to give again ("And Tomas Reyhill?"
        asks the same of someone else); ``story``: (seed file, offset) of the previous answer, whose story a
        question about "this story" is about in a file of several. Its notice names the seed files changed on
        disk since the index was built (``pending_changes``): they are not searched until a rebuild."""
        check_question(question)
        k = check_k(self.settings.default_k if k is None else k)
        with answering_threads(self.settings.query_threads):
            a = answer_from(self.index, self.encoder, self.reader, question, k, settings=self.settings,
                            about=frozenset(about), avoid=frozenset(avoid), not_again=frozenset(not_again),
                            story=story)
        a = marked_extracted(self.index, a)
        changed = () if self.updating else self.pending_changes()
        if self.updating or changed:      # articles added or changed are not searched yet: say so
            a = replace(a, notice=" ".join(filter(None, [a.notice, UPDATING if self.updating
                                                         else not_searched_yet(changed, self.seeds_dir,
                                                                               self.index_dir)])))
        return a

    def pending_changes(self, max_age: float | None = None) -> tuple[str, ...]:
        """The seed files added, changed or removed on disk since the loaded index was built, not
        searched until a rebuild (``qa.index.plan.pending``: sizes and times, nothing read, about
        20 ms a thousand files). Looked at again when the last look is older than ``max_age``
        seconds (``settings.pending_every_s``), by one thread at a time (the others take the last
        look); for an index of more than ``settings.pending_background_over`` articles in the
        background, so no answer waits for it."""
        last = self._pending
        max_age = self.settings.pending_every_s if max_age is None else max_age
        if last is not None and time.monotonic() - last[0] <= max_age:
            return last[1]
        try:
            manifest = self.index.manifest
        except IndexProblem:
            return ()
        if not self._looking.acquire(blocking=False):
            return last[1] if last is not None else ()
        if len(manifest.get("documents", [])) > self.settings.pending_background_over:
            threading.Thread(target=self._look, args=(manifest,), name="pending-changes", daemon=True).start()
            return last[1] if last is not None else ()
        self._look(manifest)
        return self._pending[1] if self._pending is not None else ()

    def _look(self, manifest: dict) -> None:
        """Record what ``pending_changes`` finds (``_looking`` held; released here)."""
        try:
            self._pending = (time.monotonic(), tuple(pending(self.seeds_dir, manifest, self._touched)))
        finally:
            self._looking.release()

    @property
    def updating(self) -> bool:
        """Whether this engine's rebuild is embedding articles (questions meanwhile are answered from
        the index before it; a build in another process is not seen)."""
        return self._embedding and self._build_lock.locked()


_ENGINES: dict[tuple[Path, Path], Engine] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(seeds_dir=None, index_dir=None) -> Engine:
    """The process-wide engine for a (seeds, index) pair, created (and the index brought up to
    date) on first use, with a progress bar on stderr when it is a terminal (a first build of a
    large archive takes minutes)."""
    key = (default_seeds_dir(seeds_dir).resolve(), default_index_dir(index_dir).resolve())
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            update, close = progress_bar("indexing articles") if sys.stderr.isatty() else (None, lambda: None)
            try:
                engine = _ENGINES[key] = Engine(*key, progress=update)
            finally:
                close()
        return engine
