"""Every tunable default, in one frozen ``Settings``; and where the seeds and the index live.

Functions take ``settings: Settings | None`` (None: ``DEFAULT``). The settings that shape an index
(chunking, BM25) are recorded in its manifest (``Settings.chunking``, ``Settings.bm25``): an index
built with other values is rebuilt, never silently mixed."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS_DIR = PROJECT_DIR / "seeds"
DEFAULT_INDEX_DIR = PROJECT_DIR / "index"
SEEDS_ENV = "QA_SEEDS_DIR"
INDEX_ENV = "QA_INDEX_DIR"


@dataclass(frozen=True)
class Settings:
    """Defaults for building, searching and reading. Sizes in word pieces are the encoder's units
    (words for the tests' fake encoder)."""

    # -- chunking (shapes the index) ------------------------------------------------------------
    # Windows of whole sentences of about ``chunk_target`` pieces, never over ``chunk_limit`` (a
    # longer sentence is cut at word boundaries), repeating about ``chunk_overlap`` from the window
    # before. all-MiniLM-L6-v2 reads 256 pieces: title prefix + chunk + 2 special tokens fit.
    chunk_target: int = 128
    chunk_limit: int = 200
    chunk_overlap: int = 32
    sentence_max_words: int = 60       # a "sentence" without punctuation is cut at this many words
    embed_title_tokens: int = 40       # the article title put before each chunk when embedding it
    title_in_chunks: bool = True       # ... and counted as words of each chunk for BM25

    # -- BM25 (shapes the index) -----------------------------------------------------------------
    bm25_k1: float = 1.2
    bm25_b: float = 0.75
    # Coverage features weigh words by idf over the index plus this many virtual chunks, so a
    # word's weight means the same in an index of one article as in one of thousands.
    coverage_pseudo_docs: int = 1_000

    # -- building --------------------------------------------------------------------------------
    encode_batch: int = 32             # chunks per forward pass of the model
    build_batch_chunks: int = 512      # chunks encoded per step of a build (bounds its memory)
    build_threads: int | None = None   # torch and FAISS threads while building; None: all cores
    compact_dead_share: float = 0.3    # rewrite the files without deleted rows past this share

    # -- dense search ----------------------------------------------------------------------------
    # Exact inner product up to ``ann_min_chunks`` chunks, an HNSW graph beyond (qa/index/hnsw.py
    # says what was measured); rows added since the graph was built are searched exactly until
    # ``ann_delta_max`` accumulate.
    ann_min_chunks: int = 50_000
    hnsw_m: int = 16
    hnsw_ef_construction: int = 200
    hnsw_ef_search: int = 256
    ann_delta_max: int = 5_000
    # Threads for torch and FAISS when answering. On 2 cores (SQuAD dev, 2026-12-02) a second
    # thread cut `answer()` p50 from 72-90 to 58-64 ms on an idle machine, but raised it from 89 to
    # 123 ms while another process held one core (a build, a second app): one is the safe default.
    query_threads: int = 2

    # -- retrieval -------------------------------------------------------------------------------
    default_k: int = 5
    candidates: int = 100              # depth of the dense and the BM25 ranking before fusion
    rrf_k: int = 60                    # reciprocal-rank-fusion constant (the RRF baseline)
    distinct_depth: int = 3            # ranked chunks looked at per passage returned
    passage_max_chunks: int = 3        # a passage joins at most this many overlapping chunks
    # A chunk with at least this share of its word 3-grams in better-ranked chunks of one other
    # article is another version of them (qa.search.versions): not shown, named; above 1: never.
    version_share: float = 0.9

    # -- reading ---------------------------------------------------------------------------------
    reader: str = "span"               # qa.read.readers.READERS: "span" (fine-tuned) or "sentence"
    reader_int8: bool = True           # the span reader's layers quantised (faster on a CPU)
    read_chunks: int = 5               # chunks whose sentences are candidates
    read_sentences: int = 4            # best candidates given to the reader
    # When no sentence read gives the reader a margin of at least ``widen_below_margin``, the
    # sentences of the best ``wider_chunks`` chunks are ranked and the best ``wider_read`` read
    # (none twice).
    widen_below_margin: float = -2.0
    wider_chunks: int = 7
    wider_read: int = 7
    # The span reader's input: "[CLS] question [SEP] title [SEP] previous [SEP] sentence [SEP]",
    # each part cut to this many word pieces (fixed by how the shipped reader was trained).
    reader_question_tokens: int = 64
    reader_title_tokens: int = 16
    reader_previous_tokens: int = 48
    reader_sentence_tokens: int = 160
    reader_answer_tokens: int = 24     # longest short answer
    reader_nbest: int = 12             # spans the reader offers per sentence for the span choice
    span_choice_slack: float = 3.0     # the span choice may quote a span scored this much below the best

    # -- answering -------------------------------------------------------------------------------
    max_question_chars: int = 1_000
    spelling: bool = True              # typing slips in a question searched as corrected (qa.search.spelling)
    # Abstain below this "topic" probability; None: the calibrated threshold for the corpus size.
    threshold: float | None = None
    # Abstain below this P(one of the sentences read answers); None: the calibrated one (if fitted).
    answerable_threshold: float | None = None
    alternative_min_score: float = 0.3   # other answers are offered from this confidence up
    low_confidence: float = 0.5          # below this an answer is marked "check the quote"
    max_k: int = 50                      # passages an API caller may ask for
    # Seed files changed on disk since the index was built are named in the chat's replies
    # (``Engine.pending_changes``): looked for at most every ``pending_every_s`` seconds, in the
    # background for an index of more than ``pending_background_over`` articles. A look costs
    # about 20 ms a thousand files on a slow 2-core machine (BBC corpus, 2,225 files: 49 ms).
    pending_every_s: float = 2.0
    pending_background_over: int = 1_000

    # -- building on a Ray cluster (``python -m qa build --ray``, qa/index/cluster.py) -------------
    ray_workers: int | None = None      # encoder actors; None: the cluster's CPUs (GPUs) / per worker
    ray_cpus_per_worker: float = 1.0    # each actor's CPUs (its torch threads, rounded up)
    ray_gpus_per_worker: float = 0.0    # > 0: actors ask for a GPU share and encode on CUDA
    ray_batch_files: int = 16           # most files per actor call (one shard each)
    ray_max_restarts: int = 3           # an actor that dies is restarted this often, then the build fails

    # -- serving millions of chunks (qa/index/hnsw_sq.py) -----------------------------------------
    # From this many chunks the HNSW graph keeps 8-bit codes instead of float32 vectors (a quarter
    # of the memory) and its best ``ann_rerank`` rows are re-scored exactly from the vectors file.
    ann_quantized_min_chunks: int = 200_000
    ann_rerank: int = 100
    ann_quantized_ef_search: int = 512  # (1M rows: recall@5 0.974 at 256, 0.984 at 512, +1 ms)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0 \
                    and f.name != "widen_below_margin":
                raise ValueError(f"Settings.{f.name} must be >= 0, got {value}")
        if self.chunk_target > self.chunk_limit:
            raise ValueError(f"Settings.chunk_target ({self.chunk_target}) is over chunk_limit ({self.chunk_limit})")

    def chunking(self) -> dict:
        """The chunking settings as the manifest records them."""
        return {"target": self.chunk_target, "limit": self.chunk_limit, "overlap": self.chunk_overlap,
                "sentence_max_words": self.sentence_max_words, "title_max_tokens": self.embed_title_tokens,
                "title_in_chunks": self.title_in_chunks, "units": "encoder sizes"}

    def bm25(self) -> dict:
        """The BM25 settings as the manifest records them."""
        return {"k1": self.bm25_k1, "b": self.bm25_b, "tokenizer": "\\w+, stop words, snowball english"}


DEFAULT = Settings()


def seeds_dir(path: str | os.PathLike | None = None) -> Path:
    """The seeds folder: ``path``, else $QA_SEEDS_DIR, else seeds/ next to the package."""
    if path is not None:
        return Path(path)
    env = os.environ.get(SEEDS_ENV)
    return Path(env) if env else DEFAULT_SEEDS_DIR


def index_dir(path: str | os.PathLike | None = None) -> Path:
    """The index folder: ``path``, else $QA_INDEX_DIR, else index/ next to the package."""
    if path is not None:
        return Path(path)
    env = os.environ.get(INDEX_ENV)
    return Path(env) if env else DEFAULT_INDEX_DIR
