"""The ``Reader`` seam: for a question and candidate sentences, where the short answer is in each
and how sure it is that the sentence holds one at all (``qa.read.readers`` lists the readers)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Reading:
    """The reader's verdict on one sentence: the best span (character offsets inside the
    sentence), its score, and the score of "no answer in this sentence"."""

    start: int
    end: int
    span_score: float
    null_score: float
    # Other spans the reader found, best first: (start, end, score), the best one included (empty
    # for readers that only quote whole sentences). ``qa.read.span_choice`` may prefer one of them.
    spans: tuple[tuple[int, int, float], ...] = ()

    @property
    def margin(self) -> float:
        """How much better the best span is than "no answer" (logit units)."""
        return self.span_score - self.null_score


class Reader(Protocol):
    """Reads sentences for a question."""

    def read(self, question: str, sentences: Sequence[str], titles: Sequence[str] | None = None,
             previous: Sequence[str] | None = None) -> list[Reading]:
        """One ``Reading`` per sentence; ``titles`` (of each sentence's article) and ``previous``
        (the sentence before it in its article, "" for a first one) are context it may use."""
