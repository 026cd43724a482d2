"""Interviews printed as questions and answers ("**Q: What is your first priority?**" / "A: A
protected cycle lane on Quarry Road.") and transcripts ("FAIRWEATHER: That's nonsense."): whose
words a paragraph gives, and the interviewer's questions, which ask and tell nothing."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from qa.ingest.lexicon import CAPITALS
from qa.ingest.text import PERSON
from qa.read.speakers import opening_name, people_named

# An interviewer's question: "Q: …", "**Question.** …", a press conference's "Q (Tomasz Eyre, Saldonne Courier): …"
ASKING = re.compile(r"^\W*(?:Q|Question)\s*(?:\([^()\n]{2,80}\)\s*)?[:.]\s", re.IGNORECASE)
# A paragraph's speaker label: "A:" (the one interviewed) or a name ("FAIRWEATHER:", "Ros Fairweather:"),
# after a transcript's timestamp in brackets where it has one ("[00:03:34] ROS FAIRWEATHER: …"; a live page's
# "14:02 BST: …" is no speaker's), or a role naming them in brackets ("PRESENTER (Liv Harrowgate): …")
_LABEL = re.compile(r"\W*(?:\d{1,2}(?::\d\d){1,2}\]\s*)?"
                    rf"(?P<label>A|Answer|[{CAPITALS}][\w'’-]+(?:\s+[{CAPITALS}][\w'’-]+){{0,2}})"
                    r"(?:\s*\((?P<named>[^()\n]{2,80})\))?\s*:\s+(?=\S)")
# Who asks or answers, in brackets after the label: "Q: (Sigrid Okafor, Pemberith Courier) Minister, …", "A:
# (MINISTER ELLERY) We have …", "Q (Tomasz Eyre, Saldonne Courier): …"
_BRACKETED = re.compile(r"\(\s*(?P<named>[^()\n]{2,80}?)\s*\)")
# What a transcript says in brackets that names no one: a stage direction, a language
_DIRECTIONS = frozenset("""laughs laughing laughter applause crosstalk inaudible pause pauses sighs sighing music cheers
    cheering silence voice-over voiceover translation translated unintelligible speaking coughs coughing interrupting
    interrupts overlapping""".split())
# A role labelling a transcript's line, the person in brackets after it ("PRESENTER: (Liv Harrowdale) …")
_ROLES = frozenset("presenter reporter host anchor interviewer moderator chair".split())
# A transcript's marks: a timecode ("[00:01:12]"), a presenter's, a reporter's, a host's label or a caption's
_TRANSCRIBED = re.compile(r"\[\d{1,2}:\d\d(?::\d\d)?\]|^\W*(?:PRESENTER|REPORTER|HOST|ANCHOR|INTERVIEWER|CAPTION)\b",
                          re.MULTILINE)
# A person's name in such brackets, before the outlet after a comma: "Tomasz Eyre", "MINISTER ELLERY", "ARNAULT"
_BRACKETED_NAME = re.compile(rf"[{CAPITALS}][\w'’.-]+(?:\s+[{CAPITALS}][\w'’.-]+){{0,3}}(?=\s*(?:,|$))")
_ANSWER = {"a", "answer"}
# Labels that name no speaker: "Update: …", "Correction: …", "Q: …"
_NOT_SPEAKERS = frozenset("""q question update updated correction clarification note editor source sources photo
    picture video watch listen read related published posted comment analysis breaking live pictured""".split())


@dataclass(frozen=True)
class _Lines:
    """An article's non-blank lines: where each starts, the label opening it ("" for none) and where
    its words after the label start; which labels are a speaker's."""

    starts: tuple[int, ...]
    labels: tuple[str, ...]
    words_at: tuple[int, ...]
    asking: tuple[bool, ...]        # an interviewer's question ("Q: …")
    speakers: frozenset[str]
    named: tuple[tuple[int, int] | None, ...] = ()     # where the label names who speaks or asks, if it does


@functools.lru_cache(maxsize=32)
def _lines(text: str) -> _Lines:
    """The lines of ``text`` with their labels (read once per article text). A label is a speaker's
    in an interview: "A:" where the article also has an interviewer's question ("Q: …"), a name
    where it labels another line too or the line next to one of a speaker who speaks twice (a
    dateline, "NEW DELHI: …", stands alone), a person a label names in brackets ("PRESENTER (Liv
    Harrowgate):"), one of a transcript's cast in capitals (``_TRANSCRIBED``), never "Update:",
    "Correction:" and the like; and where each label names who speaks or asks (``_label_names``)."""
    starts, labels, words_at, asking, named, capitals = [], [], [], [], [], []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            m = _LABEL.match(line)
            said = m.group("label").lower() if m else ""
            starts.append(at)
            asking.append(bool(ASKING.match(line)))
            who = _label_names(line, m, asking[-1])
            named.append((at + who[0], at + who[1]) if who else None)
            capitals.append(bool(who and m and who == m.span("label")))     # the label itself: "HEDDA LIE:"
            if who and said not in _NOT_SPEAKERS and not capitals[-1]:
                said = " ".join(line[who[0]:who[1]].lower().split())    # "PRESENTER (Liv Harrowgate):"
            labels.append("" if said in _NOT_SPEAKERS or asking[-1] else said)
            words_at.append(at + m.end() if m and said else -1)
        at += len(line) + 1
    counts = Counter(x for x in labels if x and x not in _ANSWER)
    turns = {x for x, n in counts.items() if n > 1}         # a speaker's second turn
    # a transcript's cast: two names in capitals or more, each labelling its own lines ("WILFRED NASH: …"), in a
    # text a transcript's marks show (timecodes, a presenter's or a reporter's label; not a round-up's datelines,
    # "NEW DELHI: …", "LOS ANGELES: …")
    cast = {x for x, own in zip(labels, capitals) if own}
    transcribed = len(cast) >= 2 and bool(_TRANSCRIBED.search(text))
    for i, own in enumerate(capitals):
        if own and labels[i] not in turns and not transcribed:
            named[i] = None     # (one who speaks twice is a speaker wherever: "MAJA THORSEN: … IDA LORN: …")
    speakers = set(turns) | {x for x, where in zip(labels, named) if x and where}     # a label naming them
    for i, x in enumerate(labels):
        if x and x not in _ANSWER and turns & set(labels[max(0, i - 1):i + 2]):
            speakers.add(x)     # or a turn between others'
    if any(asking):
        speakers |= _ANSWER
    return _Lines(tuple(starts), tuple(labels), tuple(words_at), tuple(asking), frozenset(speakers), tuple(named))


def _label_names(line: str, label: re.Match | None, asks: bool) -> tuple[int, int] | None:
    """Where in ``line`` its label names the person speaking or asking: in brackets after a role or a "Q"
    ("PRESENTER (Liv Harrowgate): …", "Q (Tomasz Eyre, Saldonne Courier): …", "Q: (Sigrid Okafor, …) …", "A:
    (MINISTER ELLERY) …"), or a transcript's name in capitals itself ("HEDDA RASMUSSEN-LIE: …"); else None."""
    if label is None and not asks:
        return None
    if label is not None and label.group("named"):
        bracket = (label.start("named"), label.end("named"))
    elif asks or label.group("label").lower() in _ANSWER | _ROLES:      # (after a name, a bracket is a stage
        after = ASKING.match(line).end() if asks else label.end()          # direction: "HEDDA LIE: (Laughs) …")
        inside = _BRACKETED.match(line, after) or (_BRACKETED.search(line, 0, after) if asks else None)
        bracket = inside.span("named") if inside else None
    else:
        bracket = None
    if bracket is not None:
        name = _BRACKETED_NAME.match(line, *bracket)
        said = line[name.start():name.end()].lower().split() if name else []
        return name.span() if said and said[0] not in _DIRECTIONS and said[0] != "in" else None
    said = label.group("label") if label is not None else ""
    return label.span("label") if said.isupper() and len(said.split()) >= 2 else None


def named_by_label(text: str, start: int) -> tuple[int, int] | None:
    """Where, in the article ``text``, the label of the paragraph holding the offset ``start`` names who speaks
    or asks in it ("PRESENTER ([Liv Harrowgate]): Good evening.", "Q ([Tomasz Eyre], Saldonne Courier): Why …?",
    "[HEDDA RASMUSSEN-LIE]: …"); None for a paragraph whose label names no one, or with no label."""
    i = _paragraph_line(text, start)
    lines = _lines(text)
    return None if i is None or not lines.named else lines.named[i]


def speaker_of(text: str, start: int, title: str, opening: str) -> str:
    """Whose words the labelled paragraph of the article ``text`` holding the offset ``start`` gives:
    the name its label gives ("FAIRWEATHER: …" → "fairweather"), the one interviewed for an answer
    ("A: …", ``interviewee``); "" for a paragraph with no speaker's label. An answer says "I" for
    them and seldom names them."""
    said = label(text, start)
    return interviewee(title, opening) if said in _ANSWER else said


def speaks(text: str) -> bool:
    """Whether the article ``text`` labels any paragraph with a speaker ("A:", "FAIRWEATHER:")."""
    return bool(_lines(text).speakers)


def has_questions(text: str) -> bool:
    """Whether the article ``text`` prints an interviewer's question (a line ``ASKING`` matches)."""
    return any(_lines(text).asking)


def label(text: str, start: int) -> str:
    """The speaker label, in lower case, of the paragraph of the article ``text`` holding the offset
    ``start`` ("a" for "A: Keep asking. I'm used to it.", "fairweather" for "FAIRWEATHER: …"); ""
    for a paragraph with none, or one that is not a speaker's (``_lines``). A paragraph runs from
    a labelled line over the lines after it up to a blank line or the next label (a hard-wrapped
    answer is one paragraph)."""
    return _label_line(text, start)[0]


def words_start(text: str, start: int, end: int) -> int:
    """Where the words of the sentence ``text[start:end]`` begin: after the speaker label opening
    it ("A: [That's nonsense.]"), else ``start``."""
    said, at = _label_line(text, start)
    return at if said and start <= at < end else start


def asking(text: str, start: int) -> bool:
    """Whether the offset ``start`` of the article ``text`` is in an interviewer's question
    (``ASKING``), any sentence of it ("Q: You lost twice. [Why stand again?]"): it asks, and tells
    nothing."""
    lines = _lines(text)
    i = bisect.bisect_right(lines.starts, start) - 1
    while i > 0 and not (lines.asking[i] or lines.labels[i]) \
            and text[lines.starts[i]:text.find("\n", lines.starts[i]) % (len(text) + 1)].rstrip().endswith("?") \
            and text[lines.starts[i - 1]:lines.starts[i]].count("\n") == 1:
        i -= 1          # a line of the question after its "Q:" line ("Will you appeal?")
    return i >= 0 and lines.asking[i]


def _paragraph_line(text: str, start: int) -> int | None:
    """Of the lines of ``text`` (``_lines``), the labelled one or the interviewer's question opening
    the paragraph that holds the offset ``start``; None when its paragraph opens with neither."""
    lines = _lines(text)
    i = bisect.bisect_right(lines.starts, start) - 1
    while i >= 0:
        if lines.labels[i] or lines.asking[i]:
            return i
        if i == 0 or text[lines.starts[i - 1]:lines.starts[i]].count("\n") > 1:     # a blank line before
            return None
        i -= 1
    return None


def _label_line(text: str, start: int) -> tuple[str, int]:
    """(the speaker label of the paragraph holding ``start``, where the words after it begin)."""
    lines = _lines(text)
    i = _paragraph_line(text, start)
    if i is None or lines.labels[i] not in lines.speakers:
        return "", -1
    return lines.labels[i], lines.words_at[i]


def gives_words_to(names: frozenset[str], text: str, start: int, title: str, opening: str) -> bool | None:
    """Whether the labelled paragraph (``label``) of the article ``text`` holding the offset
    ``start`` gives the words of the person ``names`` (their name's words, in lower case): its
    label names them, or it is an answer ("A:") of an interview with them (``interviewee``). None
    for a paragraph with no label: it gives no one's words this way."""
    said = label(text, start)
    if not said:
        return None
    if said in _ANSWER:
        said = interviewee(title, opening)
    return bool(names & {w.lower() for w in re.findall(r"\w+", said)})


# A quotation in a headline: "…", “…”, '…' or ‘…’ opening at its start or after a space, a colon
# or a dash (not the apostrophe of "Fairweather's")
_QUOTATION = re.compile(r"\"[^\"]*\"|“[^”]*”|(?:^|(?<=[\s:(—–-]))['‘].*?['’](?!\w)")


def interviewee(title: str, opening: str) -> str:
    """The one an interview's answers ("A: …") are the words of: the one its ``opening`` sentence says
    the interviewer meets ("Ivo Brandt meets Lena Marsh"), else the person's name it opens with ("Ros
    Fairweather, 46, spent a decade …"), else the one its ``title`` gives a quotation to ('"Ask Mara
    Lind why" – Ros Fairweather on the lanes', "'I never drive,' says Ros Fairweather of Kelby"), else
    the one person its title names outside quotations; "" when none is found."""
    people = people_named(_QUOTATION.sub(" – ", title))
    met = _MEETS.search(opening)
    if met:                 # "Ivo Brandt meets Lena Marsh, …", "… put your questions to Lena Marsh": the other
        return met.group("name").rstrip(".")
    return opening_name(opening) or _credited(title) or (people[0] if len(set(people)) == 1 else "")


# What names the one an interviewer meets: "Ivo Brandt meets [Lena Marsh]", "… put your questions to [Lena Marsh]"
_MEETS = re.compile(rf"\b(?:meets|questions\s+to|interviews|sits\s+down\s+with)\s+"
                    rf"(?:the\s+(?:[a-z][\w'’-]*\s+){{0,3}})?(?P<name>{PERSON})")     # ("talks to" goes either way)


# What gives a headline's quotation to someone after it: a dash, a colon, "says"
_CREDIT = re.compile(r"[\s,:–—-]*(?:(?:says|said)\s+)?")


def _credited(title: str) -> str:
    """The person's name right after a quotation of ``title`` and a dash, a colon or "says" ('"…"
    – Ros Fairweather on …'); "" for none."""
    for m in _QUOTATION.finditer(title):
        rest = title[_CREDIT.match(title, m.end()).end():]
        people = people_named(rest)
        if people and rest.startswith(people[0]):
            return people[0]
    return ""
