"""Read: passages → candidate sentences → a reader marks the short answer → the final choice, its
confidence, and abstention (``evidence``, ``kinds``, ``features``, ``reader`` the seam with
``span_reader``/``sentence_reader`` in ``readers``, ``spans``, ``normalize``, ``pipeline``,
``decide``). Imports ``qa.search``, ``qa.index``, ``qa.encode`` and the core modules."""
