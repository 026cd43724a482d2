"""Ask questions of a folder of news articles; answers are quoted from the articles, with citations.

    from qa import retrieve, answer, build_index
    retrieve("What did Russia give North Korea?", k=5)   # -> list[Passage]
    answer("What did Russia give North Korea?")          # -> Answer (quote, offsets, citation)
    build_index()                                        # -> BuildReport (incremental)
"""

from __future__ import annotations

from qa.index.build import build_index
from qa.records import Answer, BuildReport, Passage, Skipped
from qa.index.store import IndexProblem


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


__all__ = ["Answer", "BuildReport", "IndexProblem", "Passage", "Skipped", "answer", "build_index", "retrieve"]
