"""Index: the folder format and its files, the build (plan, writer), BM25 and the dense backends,
and the loaded ``Index`` (``format``, ``files``, ``plan``, ``writer``, ``build``, ``bm25``,
``dense`` with ``flat``/``hnsw`` in ``backends``, ``loaded``). Imports ``qa.ingest``, ``qa.encode``
and the core modules."""
