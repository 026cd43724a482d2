"""Question files for ``python -m qa eval``: JSON lines in the layout of ``data/dev.*.jsonl`` (only
``question`` and ``answers`` are required), and two-turn conversation files in the layout of the
news set's ``followups.jsonl``. A malformed line is refused naming its file and line.

The one scoring rule (``sentence_right``): an answer is right when its sentence holds a gold answer
as whole words (``qa.read.normalize.holds_answer``) and it comes from the question's article or one
of its ``alt_files`` (the same story filed again, or another story giving the same answer). An answer
naming someone by surname alone shows the whole name its article gives them ("Ferrante": "Aldo
Ferrante", ``Answer.named_in_full``), and that counts as its sentence would (``qa.measure.evaluate``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qa.read.normalize import holds_answer
from qa.records import Passage


# -- questions ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Question:
    """One line of a question file. ``article_file`` is a path inside the corpus folder and
    ``para_start``/``para_end`` the gold paragraph's (or sentence's) character span in it, when
    known; ``alt_files`` other articles that give the same answer."""

    question: str
    answers: tuple[str, ...]
    impossible: bool = False
    id: str = ""
    article_file: str | None = None
    para_start: int | None = None
    para_end: int | None = None
    origin: str = ""            # "file, line n", for messages
    alt_files: tuple[str, ...] = ()
    kind: str = ""              # what the question asks for ("who", "how much", ...), when labelled
    group: str = ""             # a group of unanswerable questions ("general", "newsy", "dated", ...)

    @property
    def sources(self) -> frozenset[str]:
        """The articles an answer may come from (empty: any)."""
        return frozenset(([self.article_file] if self.article_file else []) + list(self.alt_files))

    @property
    def answerable(self) -> bool:
        return not self.impossible and bool(self.answers)


def load_questions(path: str | Path, limit: int | None = None) -> list[Question]:
    """The questions of one JSONL file (the first ``limit`` of them). Raises ``ValueError`` naming
    the file and line of a malformed line, or when the file holds no question."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"question file {path} does not exist")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not UTF-8 text: save it as UTF-8 JSON lines") from None
    out: list[Question] = []
    for n, line in enumerate(lines, 1):
        if limit is not None and len(out) >= limit:
            break
        if line.strip():
            out.append(_parse_line(line, f"{path}, line {n}"))
    if not out:
        raise ValueError(f"{path} holds no questions: write one JSON object per line, "
                         f'e.g. {{"question": "Who ...?", "answers": ["..."]}}')
    return out


def _object(line: str, where: str) -> dict:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object") from None
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected a JSON object with \"question\" and \"answers\", got {type(obj).__name__}")
    return obj


def _parse_line(line: str, where: str) -> Question:
    return _question(_object(line, where), where)


def _question(obj: dict, where: str) -> Question:
    question = obj.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError(f"{where}: \"question\" must be a non-empty string, got {question!r}")
    impossible = obj.get("is_impossible", False)
    if not isinstance(impossible, bool):
        raise ValueError(f"{where}: \"is_impossible\" must be true or false, got {impossible!r}")
    answers = obj.get("answers")
    if answers is None and not impossible:
        raise ValueError(f"{where}: no \"answers\": give a list of answer texts "
                         "([] when the articles do not answer it)")
    answers = [] if answers is None else answers
    if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
        raise ValueError(f"{where}: \"answers\" must be a list of strings, got {answers!r}")
    article = obj.get("article_file")
    if article is not None and not isinstance(article, str):
        raise ValueError(f"{where}: \"article_file\" must be a string, got {article!r}")
    lo, hi = obj.get("para_char_start"), obj.get("para_char_end")
    if lo is not None or hi is not None:
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lo, hi)) or not 0 <= lo < hi:
            raise ValueError(f"{where}: para_char_start/para_char_end must be two integers with "
                             f"0 <= start < end, got {lo!r}, {hi!r}")
    alt = obj.get("alt_files", [])
    if not isinstance(alt, list) or not all(isinstance(a, str) for a in alt):
        raise ValueError(f"{where}: \"alt_files\" must be a list of article files, got {alt!r}")
    return Question(question=question, answers=tuple(answers), impossible=impossible or not answers,
                    id=str(obj.get("id", "")), article_file=article, para_start=lo, para_end=hi, origin=where,
                    alt_files=tuple(alt), kind=str(obj.get("kind", "")), group=str(obj.get("group", "")))


def is_hit(p: Passage, q: Question) -> bool:
    """A passage is a hit when it overlaps the gold paragraph of the gold article (without that
    span: when it holds a gold answer as whole words), or comes from one of ``alt_files`` and holds
    a gold answer. A passage naming the gold article in ``also_in`` (the same text under another
    name) counts as from it."""
    names = {p.source, *p.also_in}
    if q.article_file is not None and q.article_file in names:
        if q.para_start is not None:
            return p.start < q.para_end and q.para_start < p.end
        return holds_answer(p.text, q.answers)
    if q.article_file is None or names & set(q.alt_files):
        return holds_answer(p.text, q.answers)
    return False


def sentence_right(sentence: str, source: str, also_in: Sequence[str], q: Question) -> bool:
    """The one rule for a right answer (module doc)."""
    from_article = not q.sources or bool({source, *also_in} & q.sources)
    return from_article and holds_answer(sentence, q.answers)


def first_hit_rank(passages: Sequence[Passage], q: Question) -> int | None:
    """1-based rank of the first hit in ``passages`` (best first), or None."""
    return next((i for i, p in enumerate(passages, 1) if is_hit(p, q)), None)


@dataclass(frozen=True)
class Conversation:
    """Two turns: the second leans on the first (a pronoun, "the company", an ellipsis);
    ``standalone`` is the second made self-contained, to compare against."""

    id: str
    first: Question
    second: Question
    standalone: str
    origin: str = ""


def load_conversations(path: str | Path, limit: int | None = None) -> list[Conversation]:
    """The conversations of one JSONL file (``followups.jsonl`` layout: ``article_file``,
    ``alt_files`` and two ``turns`` of ``question``/``answers``, the second with ``standalone``)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"conversation file {path} does not exist")
    out: list[Conversation] = []
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if limit is not None and len(out) >= limit:
            break
        if not line.strip():
            continue
        where = f"{path}, line {n}"
        obj = _object(line, where)
        turns = obj.get("turns")
        if not (isinstance(turns, list) and len(turns) == 2 and all(isinstance(t, dict) for t in turns)):
            raise ValueError(f"{where}: \"turns\" must be a list of two objects with \"question\" and \"answers\"")
        standalone = turns[1].get("standalone")
        if not isinstance(standalone, str) or not standalone.strip():
            raise ValueError(f"{where}: the second turn needs \"standalone\", the question made self-contained")
        shared = {k: obj[k] for k in ("article_file", "alt_files") if k in obj}
        first, second = (_question({**shared, **turn, "id": f"{obj.get('id', n)}/{i}"}, where)
                         for i, turn in enumerate(turns, 1))
        out.append(Conversation(str(obj.get("id", n)), first, second, standalone, where))
    if not out:
        raise ValueError(f"{path} holds no conversations")
    return out
