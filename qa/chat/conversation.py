"""Follow-up questions: rewrite "Which broadcaster did he talk to?" into a question that stands on
its own ("Which broadcaster did Shin Won-sik talk to?") from the conversation so far.

No language model is available, so this is a handful of rules over the previous turn: find what the
new question leaves out (a pronoun, or everything but a question word), pick the most likely
referent (the previous answer when it is a name, else the subject of the previous question, with
capitalised phrases as candidates), and put it in. Pure functions; the app keeps the turns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa.encode.words import STOPWORDS


@dataclass(frozen=True)
class Turn:
    """One question and answer of a conversation."""

    question: str               # as typed
    searched: str               # as searched (the rewritten question, or the question)
    answer: str = ""            # the short answer quoted ("" when not found)
    sentence: str = ""          # the sentence it was quoted from
    source: str = ""            # the article it came from


# Pronouns that stand for the referent as a subject/object ("he") or a possessor ("his").
_PERSONAL = {"he", "she", "him", "they", "them", "it", "her"}
_POSSESSIVE = {"his", "their", "its", "hers", "theirs"}
_DEMONSTRATIVE = {"this", "that", "these", "those"}
_PERSON = {"he", "she", "him", "his", "her", "hers"}
_AUX = {"did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "must", "shall"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
_WH = {"who", "whom", "whose", "what", "which", "when", "where", "why", "how"}
# Words that carry no topic: a question made only of these and stop words needs the context.
_EMPTY = STOPWORDS | _WH | {
    "say", "said", "says", "tell", "told", "mean", "means", "meant", "happen", "happened", "happens",
    "else", "also", "much", "many", "long", "often", "exactly", "really", "anything", "something",
    "more", "why", "reason", "so", "ok", "okay", "and", "yes", "no", "thanks", "please", "one",
}
# Lower-case words that often stand right before a person's name ("adviser Shin Won-sik").
_ROLE = {"adviser", "advisor", "president", "minister", "leader", "spokesman", "spokeswoman",
         "spokesperson", "secretary", "chief", "director", "official", "officer", "general", "ambassador",
         "chairman", "chair", "governor", "senator", "mayor", "king", "queen", "prince", "ceo", "founder",
         "judge", "commander", "professor", "dr", "mr", "mrs", "ms", "president-elect", "deputy", "envoy"}
_SPEECH = {"said", "says", "told", "added", "stated", "announced", "wrote", "argued", "claimed"}

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?|\S", re.UNICODE)
# A run of capitalised words (hyphens, apostrophes and initials inside: "Kim Jong-Un", "U.S.").
_CAPS = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+)?[A-Z][\w'’.-]*)*")
_ABOUT = re.compile(r"^\s*(?:(?:and\s+)?(?:what|how)\s+about|and|what\s+of)\s+(.+?)\s*[?.!]*\s*$", re.IGNORECASE)


def is_content(word: str) -> bool:
    """True for a word that retrieval can anchor on (not a stop word, pronoun or question word)."""
    w = word.lower().strip("'’.-")
    return len(w) > 1 and any(ch.isalnum() for ch in w) and w not in _EMPTY


def phrases(text: str) -> list[str]:
    """Capitalised phrases of ``text`` in order ("South Korea", "Shin Won-sik", "SBS"), with a
    possessive "'s", a trailing dot and leading stop words ("The", "What") removed."""
    out = []
    for m in _CAPS.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _EMPTY | _AUX:
            words = words[1:]
        if not words:
            continue
        phrase = re.sub(r"['’]s$", "", " ".join(words)).rstrip(".")
        if phrase and phrase.lower() not in _EMPTY:
            out.append(phrase)
    return out


def is_follow_up(question: str) -> bool:
    """True when ``question`` needs the conversation: it has a pronoun that points back, or no
    content word of its own ("Why?", "When did that happen?"), or it is "And X?"/"What about X?"."""
    words = [w.lower() for w in _TOKEN.findall(question)]
    if _ABOUT.match(question):
        return True
    if any(w in _PERSONAL or w in _POSSESSIVE for w in words):
        return True
    content = [w for w in words if is_content(w)]
    if not content:
        return True
    return any(_demonstrative_points_back(words, i) for i in range(len(words)))


def resolve(question: str, turns: Sequence[Turn]) -> str | None:
    """The question to search instead of ``question``, or None when it stands on its own (or there
    is nothing earlier to draw on). Uses the last turn only."""
    if not turns or not question.strip():
        return None
    prev = turns[-1]
    if not is_follow_up(question):
        return None
    about = _ABOUT.match(question)
    if about and is_content(about.group(1).split()[0]):
        return _swap_subject(prev, about.group(1))
    rewritten = _substitute(question, prev)
    words = [w.lower() for w in _TOKEN.findall(question)]
    if rewritten is None and not any(is_content(w) for w in words) and any(w in _WH for w in words):
        return _borrow(question, prev)
    return rewritten


def subject(turn: Turn) -> str | None:
    """The first capitalised phrase of the previous searched question (its likely subject)."""
    found = phrases(turn.searched or turn.question)
    return found[0] if found else None


def person(turn: Turn) -> str | None:
    """The most likely person the previous turn was about: the answer to a "who" question when it
    is a name, else a name in the answer sentence next to a role word ("adviser Shin Won-sik") or
    before "said"/"told" (preferring one the previous question named), else the previous answer
    when it is a name, else the subject of the previous question."""
    answer = _answer_phrase(turn)
    searched = turn.searched or turn.question
    words = searched.lower().split()
    if answer and words and words[0] in {"who", "whom", "whose"}:
        return answer
    candidates = []
    for m in _CAPS.finditer(turn.sentence):
        name = phrases(m.group(0))
        if not name:
            continue
        before = re.findall(r"[\w'’-]+", turn.sentence[max(0, m.start() - 40):m.start()].lower())
        after = re.findall(r"[\w'’-]+", turn.sentence[m.end():m.end() + 20].lower())
        score = 0.0
        if before and before[-1] in _ROLE:
            score += 2
        if after and after[0] in _SPEECH:
            score += 2
        if score and name[0] in searched:
            score += 1
        if score:
            candidates.append((score, -m.start(), name[0]))
    if candidates:
        return max(candidates)[2]
    return answer if answer else subject(turn)


def thing(turn: Turn, as_subject: bool) -> str | None:
    """The likely referent of "it"/"they"/"that": as a subject, the subject of the previous
    question ("Why did it ..." after "What did Russia give ...?"); as an object, the previous answer
    when it is short, else that subject."""
    short = _short_answer(turn)
    subj = subject(turn)
    if as_subject:
        return subj if subj is not None else short
    return short if short is not None else subj


# -- internals --------------------------------------------------------------------------------
def _answer_phrase(turn: Turn) -> str | None:
    """The previous answer widened to the capitalised phrase of the sentence around it, when the
    answer is (part of) a name: "sik" inside "Shin Won-sik" gives "Shin Won-sik"."""
    answer = turn.answer.strip()
    if not answer or len(answer.split()) > 6:
        return None
    at = turn.sentence.find(answer)
    if at >= 0:
        for m in _CAPS.finditer(turn.sentence):
            if m.start() <= at + len(answer) and at < m.end():
                found = phrases(m.group(0))
                if found:
                    return found[0]
    found = phrases(answer)
    return found[0] if found and answer[:1].isupper() else None


def _short_answer(turn: Turn) -> str | None:
    answer = turn.answer.strip().rstrip(".")
    if not answer or len(answer.split()) > 6:
        return None
    return _answer_phrase(turn) or answer


def _demonstrative_points_back(words: list[str], i: int) -> bool:
    """True for a "this/that/there" that stands for something said before: at the end of the
    question, or in a question with no content word (not "is there", not "said that ...")."""
    w = words[i]
    if w not in _DEMONSTRATIVE and w != "there":
        return False
    nxt = words[i + 1] if i + 1 < len(words) else "?"
    prv = words[i - 1] if i > 0 else ""
    if w == "there" and (prv in _BE or nxt in _BE):
        return False
    if not nxt[:1].isalnum():
        return True
    return not any(is_content(x) for x in words)


def _substitute(question: str, prev: Turn) -> str | None:
    """Put the referent in place of the pronouns (and back-pointing "that"/"there") of
    ``question``; None when there is none or no referent."""
    spans = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(question)]
    words = [s[2].lower() for s in spans]
    out = []
    last = 0
    changed = False
    used_thing = False
    for i, (a, b, _) in enumerate(spans):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else "?"
        prv = words[i - 1] if i > 0 else ""
        repl = None
        if w in _PERSON:
            ref = person(prev)
            possessive = w in {"his", "hers"} or (w == "her" and is_content(nxt) and nxt not in _AUX)
            if ref:
                repl = _possessive(ref) if possessive else ref
        elif w in {"it", "its", "they", "them", "their", "theirs"} and not used_thing:
            as_subject = w in {"it", "they"} and (i == 0 or prv in _AUX or prv in _WH)
            ref = thing(prev, as_subject)
            if ref:
                repl = _possessive(ref) if w in {"its", "their", "theirs"} else ref
                used_thing = True
        elif not nxt[:1].isalnum() and _demonstrative_points_back(words, i) and not used_thing:
            ref = _answer_phrase(prev)          # only a name: "Who is that?" → "Who is Shin Won-sik?"
            if ref:
                repl = f"in {ref}" if w == "there" else ref
                used_thing = True
        if repl is not None:
            out.append(question[last:a])
            out.append(repl)
            last = b
            changed = True
    if not changed:
        return None
    out.append(question[last:])
    return "".join(out)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _borrow(question: str, prev: Turn) -> str:
    """A question with no topic ("When?", "How many?"): put its question word in place of the
    previous question's, else add the previous question's topic."""
    own = question.strip().rstrip("?.! ")
    base = (prev.searched or prev.question).strip()
    m = re.match(r"^(how\s+(?:many|much|long|often|old|far)|who|whom|whose|what|which|when|where|why|how)\b",
                 base, re.IGNORECASE)
    mine = re.match(r"^(?:and\s+)?(how\s+(?:many|much|long|often|old|far)|who|what|which|when|where|why|how)"
                    r"(?:\s+(?:did|does|do|will|would)\s+(?:that|this|it)"
                    r"\s+(?:happen|start|begin|end|take\s+place))?$", own, re.IGNORECASE)
    if m and mine:
        wh = mine.group(1)
        return wh[:1].upper() + wh[1:] + base[m.end():]
    topic = phrases(base)
    short = _short_answer(prev)
    if short and short not in topic:
        topic.append(short)
    if not topic:
        return f"{own}: {base}" if base.endswith("?") else f"{own}: {base}?"
    return f"{own}, about {', '.join(topic)}?"


def _swap_subject(prev: Turn, new: str) -> str:
    """"And Iran?" after "What did Russia give North Korea?" → "What did Iran give North Korea?";
    when the previous question has no capitalised subject, the new topic is added to it."""
    base = (prev.searched or prev.question).strip()
    new = new.strip().rstrip("?.! ")
    subj = subject(prev)
    if subj and subj in base:
        return base.replace(subj, new, 1)
    return f"{base.rstrip('?.! ')} {new}?"
