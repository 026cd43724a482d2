"""Search: question → candidate chunks (dense + BM25) → ranked chunks → passages (``candidates``,
``rank``, ``passages``). Imports ``qa.index``, ``qa.encode`` and the core modules."""
