"""The whole-sentence reader: quotes each candidate sentence whole and has no opinion on it (every
margin 0), so the sentence ranker alone chooses. For encoders without a fine-tuned reader (the
tests' fake encoder)."""

from __future__ import annotations

from collections.abc import Sequence

from qa.read.reader import Reading


class SentenceReader:
    def read(self, question: str, sentences: Sequence[str], titles: Sequence[str] | None = None,
             previous: Sequence[str] | None = None) -> list[Reading]:
        return [Reading(0, len(s), 0.0, 0.0) for s in sentences]
