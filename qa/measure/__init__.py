"""Measure: how good and how fast (``scoring`` SQuAD-style, ``evaluate`` = ``python -m qa eval``,
``squad`` data, ``corpora`` for the benchmark, ``latency``, ``bench`` = ``python -m qa bench``).
Imports any stage; the runtime never imports it."""
