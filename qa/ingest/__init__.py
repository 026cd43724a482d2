"""Ingest: seed files → articles → sentences → chunks (``seeds``, ``loader`` and its formats,
``decode``, ``clutter``, ``sentences``, ``chunks``). Imports only ``qa.records`` and ``qa.settings``."""
