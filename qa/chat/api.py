"""What the app's endpoints for ``gradio_client`` return, as functions over an ``Engine``:
JSON-ready dicts (the fields of ``Answer`` and ``BuildReport``, plus articles' metadata), with an
``error`` or ``notice`` field instead of an exception, so a client never sees a traceback."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from qa.chat.engine import Engine
from qa.chat.files import Uploads, delete_article, save_uploads
from qa.chat.present import article_record
from qa.chat.session import SORRY
from qa.index.format import IndexProblem
from qa.records import Answer

log = logging.getLogger("qa.chat")


def documents(engine: Engine) -> list[dict]:
    """The indexed articles' manifest entries (none while there is no index)."""
    try:
        return list(engine.index.documents)
    except IndexProblem:
        return []


def manifest(engine: Engine) -> dict:
    """The index's manifest ({} while there is no index)."""
    try:
        return engine.index.manifest
    except IndexProblem:
        return {}


def answer_dict(engine: Engine, question: str, k: int | None = None) -> dict:
    """``engine.answer`` as a dict; a bad question gives found=False and the reason in ``notice``."""
    q = question if isinstance(question, str) else ""
    try:
        k = engine.settings.default_k if k is None else min(int(k), engine.settings.max_k)
        return dataclasses.asdict(engine.answer(q, k))
    except (ValueError, TypeError, IndexProblem) as exc:
        return dataclasses.asdict(Answer(question=q, found=False, notice=str(exc)))
    except Exception:
        log.exception("API answer for %r failed", q[:200])
        return dataclasses.asdict(Answer(question=q, found=False, notice=SORRY))


def rebuild(engine: Engine, full: bool = False) -> dict:
    """Bring the index up to date: the fields of ``BuildReport``, its ``summary`` and ``error``."""
    try:
        report = engine.refresh(full=bool(full))
        return {**dataclasses.asdict(report), "summary": report.summary(), "error": ""}
    except Exception as exc:
        log.exception("API rebuild failed")
        return {"error": str(exc) if isinstance(exc, (IndexProblem, OSError, ValueError)) else SORRY}


def articles(engine: Engine) -> list[dict]:
    """Each indexed article: source, title, date, publisher, author, chunks (and ``story``, its span of the file's
    text, for each story of a file holding several)."""
    return [article_record(d) for d in documents(engine)]


def article(engine: Engine, source: str) -> dict:
    """An indexed article's record and ``text`` (what offsets point into); anything else refused."""
    known: dict[str, dict] = {}
    for d in documents(engine):
        known.setdefault(d["source"], d)        # (a file of several stories: its first story's record)
    if not isinstance(source, str) or source not in known:
        return {"source": str(source)[:300], "title": "", "date": "", "publisher": "", "text": "",
                "error": "not an indexed article"}
    record = article_record(known[source])
    try:
        return {**record, "text": engine.article_text(source), "error": ""}
    except (KeyError, IndexProblem) as exc:
        return {**record, "text": "", "error": str(exc)}


def upload(engine: Engine, paths: Sequence[str], replace: bool = False) -> dict:
    """``save_uploads`` then a rebuild when something changed: what happened to each file, the
    rebuild's ``summary`` and ``error``."""
    try:
        done = save_uploads(engine.seeds_dir, paths, replace=bool(replace))
    except OSError as exc:
        return {**Uploads().as_dict(), "summary": "", "error": str(exc)}
    return _rebuilt(engine, {**done.as_dict(), "summary": "", "error": ""}, done.changed)


def delete(engine: Engine, source: str) -> dict:
    """Delete article ``source`` from the seeds folder, then rebuild."""
    try:
        delete_article(engine.seeds_dir, source)
    except (ValueError, OSError) as exc:
        return {"source": str(source)[:300], "deleted": False, "summary": "", "error": str(exc)}
    report = rebuild(engine)
    summary = report.get("summary", "")
    kept = [new for old, new in report.get("renamed", []) if old == source]
    if kept:        # a copy held the same text: the index keeps it under that name ("renamed" would puzzle)
        summary = f"{source} deleted; the same text stays indexed as {kept[0]}. {summary}"
    return {"source": source, "deleted": True, "summary": summary, "error": report["error"]}


def _rebuilt(engine: Engine, result: dict, changed: bool) -> dict:
    if changed:
        report = rebuild(engine)
        result.update(summary=report.get("summary", ""), error=report["error"])
    return result
