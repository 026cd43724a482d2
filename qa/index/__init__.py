"""Index: the folder format and its files, the build (plan, writer; on a Ray cluster: ``cluster``),
BM25 and the dense backends, and the loaded ``Index`` (``format``, ``files``, ``plan``, ``writer``,
``build``, ``cluster``, ``bm25``, ``dense`` with ``flat``/``hnsw``/``hnsw_sq`` in ``backends``,
``loaded``, ``console`` for the build's progress bar and report on a terminal, and ``replicate`` for
benchmarks at scale). Imports ``qa.ingest``, ``qa.encode`` and the
core modules."""
