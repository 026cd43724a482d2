"""Ask questions of a folder of news articles; answers are quoted from the articles, with citations.

    from qa import retrieve, answer, build_index
    retrieve("What did Russia give North Korea?", k=5)   # -> list[Passage]
    answer("What did Russia give North Korea?")          # -> Answer (quote, offsets, citation)
    build_index()                                        # -> BuildReport (incremental)
    article_text(a.source)[a.start:a.end] == a.text      # the text every offset points into

The package reads bottom-up in ``LAYERS``: each stage imports only the stages before it (a test
checks this). ``records``, ``settings`` and ``models`` are the core every stage may use; ``measure``
sits beside the runtime, which never imports it; ``cli`` is the command line on top of all.
"""

from __future__ import annotations

import os

# Answering runs the model on ``Settings.query_threads`` threads. OpenMP's threads spin while they
# wait for work by default; a thread that spins while another process holds the other core makes
# every step wait for it (answer p50 89 → 123 ms with two threads on 2 cores). Sleeping instead costs
# nothing measurable when the cores are free. Read once, when torch (or FAISS) first loads OpenMP.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from qa.index.build import build_index
from qa.index.format import IndexProblem
from qa.records import Answer, BuildReport, Passage, Skipped
from qa.settings import Settings

LAYERS = ("records", "settings", "models", "ingest", "encode", "index", "search", "read", "chat", "measure", "cli")


def retrieve(question: str, k: int = 5, *, seeds_dir=None, index_dir=None) -> list[Passage]:
    """The ``k`` passages best matching ``question``, best first (hybrid dense + BM25 search).

    The index of ``seeds_dir`` (default ``seeds/``, or $QA_SEEDS_DIR) in ``index_dir`` (default
    ``index/``, or $QA_INDEX_DIR) is built or brought up to date on first use in a process."""
    from qa.chat.engine import check_k, check_question, get_engine

    check_question(question)
    check_k(k)
    return get_engine(seeds_dir, index_dir).retrieve(question, k)


def answer(question: str, k: int = 5, *, seeds_dir=None, index_dir=None) -> Answer:
    """The best answer to ``question`` quoted from the articles, with its citation and ``k``
    supporting passages; ``found`` is False (and ``passages`` holds the closest ones) when the
    articles do not say. Same folders and first-use build as ``retrieve``."""
    from qa.chat.engine import check_k, check_question, get_engine

    check_question(question)
    check_k(k)
    return get_engine(seeds_dir, index_dir).answer(question, k)


def article_text(source: str, *, seeds_dir=None, index_dir=None) -> str:
    """The text of indexed article ``source`` (an ``Answer``'s or ``Passage``'s ``source``) as the
    index read it, so that ``article_text(a.source)[a.start:a.end] == a.text``. For a text file it
    is the file's text; for a saved web page or a mail message, even one saved as .txt (``a.extracted``), the text
    extracted from it.
    ``KeyError`` when no such article is indexed."""
    from qa.chat.engine import get_engine

    return get_engine(seeds_dir, index_dir).article_text(source)


def __getattr__(name: str):
    if name == "Engine":        # the loaded state behind retrieve/answer, for a custom setup
        from qa.chat.engine import Engine

        return Engine
    raise AttributeError(f"module 'qa' has no attribute {name!r}")


__all__ = ["Answer", "BuildReport", "Engine", "IndexProblem", "Passage", "Settings", "Skipped", "answer",
           "article_text", "build_index", "retrieve"]
