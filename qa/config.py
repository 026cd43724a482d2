"""Defaults, in one place. Functions take ``None`` to mean "use the default here"."""

from __future__ import annotations

import os
from pathlib import Path

FORMAT_VERSION = 1

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS_DIR = PROJECT_DIR / "seeds"
DEFAULT_INDEX_DIR = PROJECT_DIR / "index"
SEEDS_ENV = "QA_SEEDS_DIR"
INDEX_ENV = "QA_INDEX_DIR"

# Which files under seeds/ are articles.
SEED_SUFFIXES = (".txt", ".md")

# Chunking: sentence-aware windows, sized in the encoder's units (word pieces for the real model,
# about 1.3 per word of news text). all-MiniLM-L6-v2 reads at most 256 pieces: the title prefix
# (at most TITLE_MAX_TOKENS) + a chunk (at most CHUNK_LIMIT) + 2 special tokens stay under it.
CHUNK_TARGET = 128         # aim for windows of about this size (~100 words)
CHUNK_LIMIT = 200          # never more (a longer sentence is cut at word boundaries)
CHUNK_OVERLAP = 32         # repeat about this much (whole sentences) from the previous window
SENTENCE_MAX_WORDS = 60    # a "sentence" longer than this (no punctuation) is cut at word boundaries
TITLE_MAX_TOKENS = 40      # the article title is put before each chunk when embedding it
TITLE_IN_CHUNKS = True     # ... and counted as words of each chunk for BM25

# Embedding.
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_MAX_TOKENS = 256
ENCODE_BATCH = 32
PROGRESS_MIN_CHUNKS = 200  # show a progress bar on builds with more chunks than this

# Retrieval.
DEFAULT_K = 5
CANDIDATES = 100           # depth of each ranking before fusion
RRF_K = 60                 # reciprocal-rank-fusion constant
BM25_K1 = 1.2
BM25_B = 0.75
# Coverage features weigh words by idf over the index plus this many virtual chunks (see lexical.BM25).
COVERAGE_PSEUDO_DOCS = 1_000

# Threads for torch and FAISS. A single question is small tensors and one query vector: one thread
# is as fast, and while another process keeps a core busy a second thread makes every parallel step
# wait for it to be scheduled (measured on 2 busy cores: encoding a question 11 ms with 1 thread,
# 45-490 ms with 2; a flat search of 10k chunks 0.3 ms against 16 ms).
QUERY_THREADS = 1
# The reader's layers in int8 (``reader.quantize``): 1.8x faster than float32 (measured with the
# reader before context: five int8 reads in the time of three float32 ones; held-out sentence
# accuracy 0.812 int8 vs 0.814 float32, both reading three).
READER_INT8 = True
# Builds encode batches of chunks and add vectors to the HNSW graph: None = all cores.
BUILD_THREADS = None

# Approximate search: exact inner product up to this many chunks, HNSW beyond. Measured on one busy
# core, 100 neighbours of one question: flat 0.3 ms at 10k chunks, 3.5 ms at 50k, 6.3 ms at 100k,
# 13 ms at 200k. HNSW with the settings below, on 88,923 real vectors (SQuAD chunks and sentences)
# and 200 SQuAD questions: 0.5-0.9 ms, recall@5 0.998-0.999 of exact (M 32 / efConstruction 80 /
# efSearch 128 gave 0.979); building it takes ~45 s per 100k vectors. `python -m qa bench` prints
# the recall at sizes past the threshold.
ANN_MIN_CHUNKS = 50_000
HNSW_M = 16
HNSW_EF_CONSTRUCTION = 200
HNSW_EF_SEARCH = 256
# New rows are searched exactly until this many accumulate, then folded into the HNSW graph.
ANN_DELTA_MAX = 5_000
# Rewrite the index without deleted rows once they are this share of all rows.
COMPACT_DEAD_SHARE = 0.3

# Questions.
MAX_QUESTION_CHARS = 1_000
# An answer from another sentence is offered beside the best one only at this confidence or more
# (on the calibration set, about a third of the answers scored 0.2-0.4 are right).
ALTERNATIVE_MIN_SCORE = 0.3


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
