"""Citation numbers for a whole conversation: one number per distinct place (article, span, and
the text found there), given the first time the place is cited and reused whenever it is cited
again, so "[1]" means the same quote everywhere in the conversation. Pure; the app keeps the value."""

from __future__ import annotations

from dataclasses import dataclass

from qa.chat.present import Cite, answer_cite
from qa.records import Answer


def place_key(a: Answer | Cite) -> tuple[str, int, int, str]:
    """What makes two citations the same place. The text is part of it: after an article is
    replaced, the same offsets may hold other words, and those get a number of their own."""
    return (a.source, a.start, a.end, a.text)


@dataclass(frozen=True)
class Citations:
    """The numbered citations of one conversation, in number order ([1] first)."""

    cites: tuple[Cite, ...] = ()

    def get(self, number: int) -> Cite | None:
        return self.cites[number - 1] if 1 <= number <= len(self.cites) else None

    def find(self, a: Answer) -> Cite | None:
        key = place_key(a)
        return next((c for c in self.cites if place_key(c) == key), None)

    def cite(self, a: Answer) -> tuple["Citations", Cite]:
        """The citation of answer ``a`` (its number reused when the place was cited before) and
        the citations with it."""
        known = self.find(a)
        if known is not None:
            return self, known
        new = answer_cite(a, len(self.cites) + 1)
        return Citations(self.cites + (new,)), new

    def cite_all(self, answers) -> tuple["Citations", tuple[Cite, ...]]:
        """``cite`` for each answer in order."""
        ledger, out = self, []
        for a in answers:
            ledger, c = ledger.cite(a)
            out.append(c)
        return ledger, tuple(out)
