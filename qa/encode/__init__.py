"""Encode: text → vectors and words (``encoder`` the seam, ``minilm`` the packaged model run by
``bert``, ``words`` the BM25 tokenizer). Imports only the core modules."""
