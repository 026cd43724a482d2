"""One browser session's conversation: the messages shown, the place each message opens, the
conversation's citation numbers, and the exchanges (question → answer) that retry, copy and export
work from. ``reply`` and ``retry`` return a new ``ChatState`` and never raise; the app holds it."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

from qa.chat.citations import Citations
from qa.chat.conversation import Turn, avoided, follows, follows_story, repeated, resolve, stays_on
from qa.chat.engine import Engine
from qa.chat.present import (
    Cite,
    alternatives_markdown,
    answer_markdown,
    article_html,
    md,
    not_found_markdown,
    passage_cite,
    passages_markdown,
    snippet,
)
from qa.index.format import IndexProblem
from qa.read.pipeline import LONG_QUESTION, prepare_question
from qa.records import Answer

log = logging.getLogger("qa.chat")

SORRY = "Sorry, something went wrong while answering. The app is still running: try again or rephrase the question."
TYPE_A_QUESTION = "Type a question about the articles: who, what, when, how much …"
MAX_SHOWN_QUESTION = 500
OTHER_ANSWERS = "Other possible answers"


@dataclass(frozen=True)
class Message:
    role: str                   # "user" | "assistant"
    text: str                   # markdown, already escaped
    box: str = ""               # title of a folded box ("Sources (5 passages)"), or "" for a plain message


@dataclass(frozen=True)
class Exchange:
    """One question and what came back, as data (the messages show it; copy and export read it)."""

    question: str               # as typed
    start: int                  # index of its first message in ``ChatState.messages``
    answer: Answer | None = None    # None when the engine was not asked or failed
    searched: str | None = None     # the question searched, when the conversation rewrote it
    numbers: tuple[int, ...] = ()   # citation numbers of the answer, then of its alternatives
    said: str = ""              # what the reply said instead of an answer (plain text)
    turned: bool = False        # whether it added a follow-up ``Turn``


@dataclass(frozen=True)
class ChatState:
    """A conversation: turns for follow-ups, the messages shown, for each message the place it
    opens when clicked, the numbered citations, the passages behind the last reply, and the
    citation last opened or the newest answer's (what "Copy answer" copies; 0 after a reply that
    found none, until a citation is opened)."""

    turns: tuple[Turn, ...] = ()
    messages: tuple[Message, ...] = ()
    cites: tuple[Cite | None, ...] = ()
    citations: Citations = Citations()
    exchanges: tuple[Exchange, ...] = ()
    passages: tuple[Cite, ...] = ()
    focus: int = 0              # citation number last opened; 0: none


def chat_value(state: ChatState) -> list[dict]:
    """The messages in Gradio's messages format (a folded box for those with a ``box`` title)."""
    out = []
    for m in state.messages:
        msg = {"role": m.role, "content": m.text}
        if m.box:
            msg["metadata"] = {"title": m.box, "status": "done"}
        out.append(msg)
    return out


def reply(engine: Engine, question: str, state: ChatState, k: int | None = None) -> ChatState:
    """The state after ``question``: its messages added (the best answer first, the other possible
    answers folded, then the passages), its citations numbered, the turn recorded. A question
    with nothing to ask (blank, or control characters only) leaves the state as it is."""
    question = question if isinstance(question, str) else ""
    start = len(state.messages)
    shown = md(snippet("".join(c if c.isprintable() else " " for c in question), MAX_SHOWN_QUESTION))
    msgs: list[Message] = [Message("user", shown or "&#8203;")]
    cites: list[Cite | None] = [None]

    def said(text: str, plain: str) -> ChatState:
        return _extend(state, msgs + [Message("assistant", text)], cites + [None],
                       Exchange(question, start, said=plain))

    if not question.strip() or not shown:
        return state            # nothing asked: nothing added (the app says what to type)
    cleaned, cut = prepare_question(question, engine.settings.max_question_chars)   # as the search will see it
    try:
        rewritten = resolve(cleaned, state.turns)
    except Exception:           # a rule that trips must not cost the answer
        log.exception("follow-up resolution failed for %r", question[:200])
        rewritten = None
    searched = rewritten if rewritten is not None else cleaned
    try:
        follow_up = rewritten is not None
        a = engine.answer(searched, k, about=follows(state.turns) if follow_up
                          else stays_on(cleaned, state.turns, engine.article_text),
                          avoid=avoided(cleaned, state.turns) if follow_up else (),
                          not_again=repeated(cleaned, state.turns) if follow_up else (),
                          story=follows_story(state.turns) if follow_up else ("", -1))
    except (ValueError, IndexProblem) as exc:
        return said(md(str(exc)), str(exc))
    except Exception:
        log.exception("answering %r failed", searched[:200])
        return said(SORRY, SORRY)
    if cut and LONG_QUESTION not in a.notice:       # the engine was given it cut (and did not cut it again)
        a = dataclasses.replace(a, notice=" ".join(filter(None, [cut, a.notice])))
    shown = rewritten if rewritten != cleaned else None     # the question as searched, when it differs, or as
    if a.searched and a.searched != searched:               # the engine asked it ("What did the transport
        shown = a.searched                                   # minister say?" as "What did Greta Olsrud say?")
    citations, numbers = state.citations, ()
    low = engine.settings.low_confidence
    if a.found:
        citations, answer_cites = state.citations.cite_all((a,) + a.alternatives)
        numbers = tuple(c.number for c in answer_cites)
        msgs.append(Message("assistant", answer_markdown(a, answer_cites[0], first=True, low=low, searched=shown)))
        cites.append(answer_cites[0])
        if a.alternatives:
            n = len(a.alternatives)
            msgs.append(Message("assistant", alternatives_markdown(a.alternatives, answer_cites[1:], a.source, low),
                                box=f"{OTHER_ANSWERS} ({n})"))
            cites.append(answer_cites[1])
    else:
        msgs.append(Message("assistant", not_found_markdown(a, searched=shown)))
        cites.append(passage_cite(a.passages[0], 1) if a.passages else None)
    passages = tuple(passage_cite(p, n) for n, p in enumerate(a.passages, 1))
    if passages:
        box = "Sources" if a.found else "Closest passages"
        msgs.append(Message("assistant", passages_markdown(a.passages), box=f"{box} ({len(passages)} passages)"))
        cites.append(passages[0])
    turn = Turn(question=question, searched=a.searched or searched, answer=a.text, sentence=a.sentence,
                source=a.source, versions=a.versions, start=a.start)
    exchange = Exchange(question, start, a, shown, numbers, "" if a.found else "Not found in the articles.",
                        turned=True)
    new = _extend(state, msgs, cites, exchange, passages=passages)
    return dataclasses.replace(new, turns=state.turns + (turn,), citations=citations,
                               focus=numbers[0] if numbers else 0)


def retry(engine: Engine, state: ChatState, k: int | None = None) -> ChatState:
    """Ask the last question again (after articles changed, or a failure): its reply is replaced.
    Citation numbers already given are kept."""
    if not state.exchanges:
        return state
    last = state.exchanges[-1]
    before = dataclasses.replace(
        state, turns=state.turns[:-1] if last.turned else state.turns, messages=state.messages[:last.start],
        cites=state.cites[:last.start], exchanges=state.exchanges[:-1], passages=())
    return reply(engine, last.question, before, k)


def _extend(state: ChatState, msgs, cites, exchange: Exchange, passages: tuple[Cite, ...] = ()) -> ChatState:
    return dataclasses.replace(state, messages=state.messages + tuple(msgs), cites=state.cites + tuple(cites),
                               exchanges=state.exchanges + (exchange,), passages=passages)


def show_article(engine: Engine, cite: Cite | None, key: str = "") -> str:
    """The article panel's HTML for ``cite`` (escaped): the article's text as the index keeps it (what
    the offsets point into); an article no longer indexed is said there. ``key``: ``article_html``'s."""
    if cite is None:
        return article_html(None, None)
    try:
        text = engine.article_text(cite.source)
    except (KeyError, IndexProblem):
        return article_html(None, None, note=f"{cite.source} is no longer indexed (moved, renamed, deleted or "
                                             "unreadable since this answer): ask again for an answer from the articles "
                                             "there now.")
    return article_html(cite, text, key=key)


def whole_article(document: dict) -> Cite:
    """A ``Cite`` that opens a whole article (no quote marked) from its manifest entry."""
    return Cite(document["source"], document.get("title", ""), 0, 0, 0, 0, "", date=document.get("date", ""),
                publisher=document.get("publisher", ""))
