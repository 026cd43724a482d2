"""Who took a photograph the articles print: "Who took the photo of Emil Sandvik celebrating?" is
answered with the name the picture's caption credits ("Rovers captain Emil Sandvik celebrates his
second goal. Photo: Lena Hovde/Dunhallow Gazette"), quoted from the caption's line."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.encode.words import tokenize
from qa.index.loaded import Index
from qa.ingest.text import MASTHEAD_WORDS, PERSON
from qa.read.byline import quoted_line
from qa.read.pipeline import Deliberation, document_of
from qa.records import Answer

# "Who took the photo of …?", "Who photographed …?", "Who took the picture showing …?": what it shows
_PHOTO_ASKED = re.compile(
    r"^\W*(?:who\s+(?:took|shot|captured)\s+(?:the|this|that|a)\s+(?:photo(?:graph)?s?|pictures?|images?)"
    r"\s+(?:of|showing|that\s+shows)|who\s+photographed)\s+(?P<what>\S.*?)\W*$", re.IGNORECASE)
# A caption's credit: "Photo: Lena Hovde/Dunhallow Gazette", "Photograph: Gazette/Pia Rendell", "Picture by Ana Lima"
_CREDIT = re.compile(r"\b(?:Photo(?:graph)?s?|Pictures?|Images?)\s*(?::|by\b)\s*(?P<credit>[^\n\].)]{2,80})")
_PERSON = re.compile(PERSON)
_FOR = re.compile(r"\s+for\s+.*$", re.IGNORECASE | re.DOTALL)          # "… for The Kelder Herald"
_COURTESY = re.compile(r"^\s*(?:courtesy\s+of|supplied\s+by)\s+", re.IGNORECASE)
# Words of an agency's or a body's name, not a photographer's: "Getty Images", "PA Media", "Kelder Council"
_NOT_PHOTOGRAPHERS = frozenset("""images image media pictures picture photos photo photography agency press council
    police service services commons archive archives library news handout family collection museum department
    ministry office trust club university getty reuters alamy shutterstock""".split())


def photo_asked(question: str) -> str:
    """What a question asking who took a photograph says it shows ("Emil Sandvik celebrating" of "Who
    took the photo of Emil Sandvik celebrating?"), else ""."""
    m = _PHOTO_ASKED.match(" ".join(question.split())[:1000])
    return m.group("what") if m else ""


def credited(line: str) -> tuple[int, int] | None:
    """Where, in a caption's ``line``, the name of the person its credit names is ("Lena Hovde" of
    "… Photo: Lena Hovde/Dunhallow Gazette"; "Pia Rendell" of "Photograph: Gazette/Pia Rendell", "Ana
    Ruud" of "Photo: Ana Ruud for The Kelder Herald"), or None when it credits no one by name (an
    agency or a body alone: "Getty Images", "Kelder Council")."""
    m = _CREDIT.search(line)
    if m is None:
        return None
    at = m.start("credit")
    for part in re.finditer(r"[^/;,|]+", m.group("credit")):
        name = _FOR.sub("", _COURTESY.sub("", part.group())).strip()      # "Ana Ruud for The Kelder Herald"
        person = _PERSON.fullmatch(name)
        if person and not {w.lower() for w in name.split()} & (MASTHEAD_WORDS | _NOT_PHOTOGRAPHERS):
            start = at + part.start() + part.group().index(name)
            return start, start + len(name)
    return None



def in_credit(sentence: str, start: int) -> bool:
    """Whether offset ``start`` of ``sentence`` is in a photograph's credit ("Photo: [Anja Berg /
    Courier]"): who took it, which answers nothing else. A credit is names (six words at most, each
    capitalised but "for", "of", "and"), not a caption after "Photo:" ("Photo: Volunteers fill sandbags
    on Quay Street.")."""
    for m in _CREDIT.finditer(sentence):
        words = re.findall(r"[\w'’-]+", m.group("credit"))
        if m.start("credit") <= start < m.end("credit") and 0 < len(words) <= 6 \
                and all(w[:1].isupper() or w.lower() in ("for", "of", "and") for w in words):
            return True
    return False


def photo_answer(index: Index, d: Deliberation, question: str, answer: Answer) -> Answer | None:
    """The name credited under the picture showing what ``d`` searched, quoted from its caption's line
    as the answer to ``question`` (its score 0: check it), with ``answer`` (the reading of what was
    searched) giving its passages: the caption among the sentences read holding most of the words of
    what it shows (half of them at least) and a credit on its line; None when there is none."""
    wanted = set(tokenize(d.searched))
    best: tuple[int, int, tuple[int, int], str, int] | None = None
    for j in range(len(d.picked)):
        srow = int(d.evidence.srows[int(d.picked[j])])
        doc = document_of(index, d, j)
        text = index.article_text(doc)
        start, _ = index.sentence_span(srow)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        name = credited(line)
        shared = len(wanted & set(tokenize(line)))
        if name is None or 2 * shared < len(wanted):
            continue
        if best is None or shared > best[0]:
            best = (shared, doc, (line_start + name[0], line_start + name[1]), text, j)
    if best is None:
        return None
    _, doc, (start, end), text, _ = best
    meta = index.documents[doc]
    base = replace(answer, found=True, score=0.0, source=meta["source"], title=meta["title"],
                   encoding=meta.get("encoding", "utf-8"), date=meta.get("date", ""),
                   publisher=meta.get("publisher", ""), also_in=tuple(meta.get("also", ())), question=question)
    return quoted_line(base, text, start, end)
