"""Two-turn conversations for ``python -m qa eval --conversations``: turn 1 is asked, turn 2 is
rewritten by the project's own follow-up resolution (``qa.chat.conversation.resolve``, as the chat
does) from turn 1's question and answer, and asked as a follow-up to turn 1's article
(``follows``), not quoting turn 1's answer again where the chat would not (``avoided``,
``repeated``); its ``standalone`` form is asked alone, so the gap between the two measures the
follow-up handling and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from qa.chat.conversation import Turn, avoided, follows, follows_story, repeated, resolve, stays_on
from qa.measure.evaluate import Kind, Result, ask
from qa.measure.questions import Conversation
from qa.measure.scoring import share
from qa.read.pipeline import prepare_question
from qa.search.rank import Mode
from qa.settings import DEFAULT


def run_conversations(engine, conversations: Sequence[Conversation], k: int = 10,
                      progress: Callable[[], None] | None = None) -> tuple[dict, list[Result]]:
    """(metrics, results): ``n_conversations``, ``turn1_right``, ``followup_right`` and
    ``followup_standalone_right`` (shares of conversations), and one ``Result`` per question asked."""
    results: list[Result] = []
    for c in conversations:
        first = ask(engine, c.first, k, Mode.HYBRID, Kind.TURN1)
        turn = Turn(question=c.first.question, searched=first.searched or c.first.question, answer=first.prediction,
                    sentence=first.sentence, source=first.source, start=first.start)
        cleaned = prepare_question(c.second.question, DEFAULT.max_question_chars)[0]
        rewritten = resolve(cleaned, [turn])
        searched = c.second.question if rewritten is None else rewritten
        follow = ask(engine, replace(c.second, question=searched), k, Mode.HYBRID, Kind.FOLLOWUP,
                     **({"about": stays_on(cleaned, [turn], engine.article_text)} if rewritten is None
                        else {"about": follows([turn]), "avoid": avoided(cleaned, [turn]),
                              "not_again": repeated(cleaned, [turn]), "story": follows_story([turn])}))
        alone = ask(engine, replace(c.second, question=c.standalone, id=c.second.id + "/standalone"), k, Mode.HYBRID,
                    Kind.STANDALONE)
        results += [first, replace(follow, question=c.second.question, searched=searched), alone]
        if progress is not None:
            progress()
    by = {kind: [r for r in results if r.kind is kind] for kind in (Kind.TURN1, Kind.FOLLOWUP, Kind.STANDALONE)}
    metrics = {
        "n_conversations": len(conversations),
        "turn1_right": share(bool(r.sentence_correct) for r in by[Kind.TURN1]),
        "followup_right": share(bool(r.sentence_correct) for r in by[Kind.FOLLOWUP]),
        "followup_standalone_right": share(bool(r.sentence_correct) for r in by[Kind.STANDALONE]),
    }
    return metrics, results
