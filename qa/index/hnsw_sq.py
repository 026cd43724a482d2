"""Approximate search that fits a million chunks in memory: an HNSW graph over the chunk vectors
scalar-quantised to 8 bits a dimension (FAISS ``IndexHNSWSQ``, 384 bytes a row instead of 1,536),
whose best ``Settings.ann_rerank`` rows are re-scored exactly from the float32 vectors file
(memory-mapped: only the rows read are paged in). So scores are exact inner products, and only
which rows reach the re-ranking is approximate; rows added since the graph are searched exactly, as
for ``qa.index.hnsw``. ``python -m qa bench --rows N`` measures its recall@5 against exact search."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from qa.index.dense import merge, omp_threads, top_k
from qa.index.hnsw import GraphSearch, HnswBackend
from qa.settings import Settings

TRAIN_ROWS = 100_000     # rows sampled to fit the quantiser's per-dimension range


class RerankedGraphSearch(GraphSearch):
    """``GraphSearch`` over 8-bit codes, re-scored exactly from the float32 vectors."""

    kind = "hnswsq"

    def __init__(self, graph: faiss.Index, vectors: np.ndarray, live: np.ndarray, settings: Settings):
        super().__init__(graph, vectors, live, settings)
        self.ef_search = settings.ann_quantized_ef_search
        self.vectors = vectors
        self.rerank = settings.ann_rerank

    def search(self, query: np.ndarray, k: int, ef: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        depth = max(k, self.rerank)
        with omp_threads(self.threads):
            parts = [self.delta.part(query, k)]
            if self.graph.ntotal:
                params = faiss.SearchParametersHNSW(efSearch=max(self.ef_search if ef is None else ef, depth))
                if not self._all_live:
                    params.sel = faiss.IDSelectorBitmap(self.graph.ntotal, faiss.swig_ptr(self._bits))
                q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
                _, rows = self.graph.search(q, depth, params=params)
                rows = np.sort(rows[0][rows[0] >= 0])            # sorted: the file is read forwards
                exact = np.asarray(self.vectors[rows], dtype=np.float32) @ q[0]
                best = top_k(exact, k)
                parts.append((rows[best], exact[best]))
            return merge(parts, k)


class HnswSqBackend(HnswBackend):
    """Keeps ``hnswsq-<hex>.faiss`` (the graph and the 8-bit codes); otherwise as ``HnswBackend``."""

    kind = "hnswsq"

    def new_graph(self, vectors: np.ndarray, settings: Settings) -> faiss.Index:
        graph = faiss.IndexHNSWSQ(vectors.shape[1], faiss.ScalarQuantizer.QT_8bit, settings.hnsw_m,
                                  faiss.METRIC_INNER_PRODUCT)
        rows = len(vectors)
        sample = np.sort(np.random.default_rng(0).choice(rows, min(rows, TRAIN_ROWS), replace=False))
        graph.train(np.ascontiguousarray(vectors[sample], dtype=np.float32))
        return graph

    def open(self, index_dir: Path, entry: dict, vectors, live, settings: Settings) -> RerankedGraphSearch:
        graph = faiss.read_index(str(index_dir / entry["file"]))
        if graph.ntotal != entry["rows"]:
            raise RuntimeError(f"{entry['file']} holds {graph.ntotal} rows, the manifest says {entry['rows']}")
        return RerankedGraphSearch(graph, vectors, live, settings)
