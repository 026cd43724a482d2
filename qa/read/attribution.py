"""Whose words the sentences read give (``Deliberation``), for the decision (``qa.read.decide``).

- "What did X say?": whether a sentence read may give X's words (``quotes_speaker``: it names X,
  or gives no one else's words and a sentence just before names X; X's answers in an interview),
  gives them to X by name or by a pronoun right after a sentence naming X (``gives_their_words``),
  or in a story about what X is asked to have spoken of (``speaks_in_a_story_about``); an
  interview's answer is quoted whole (``whole_answers``).
- "Who said …?" (``WHO_SAID``) answered with a pronoun: the speaker a sentence before names, or
  the one named where a quotation the sentence opens ends (``named_speaker``); "Who …?" answered
  from a sentence about "she": the one person the sentence before names (``pronoun_person``)."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from qa.encode.words import STOPWORDS, tokenize
from qa.index.loaded import Index
from qa.read.asked import MORE_PEOPLE, Wanted, asked_words, wanted
from qa.read.evidence import article_coverage
from qa.read.interview import asking, gives_words_to, named_by_label, words_start
from qa.read.kinds import ROLE_WORDS
from qa.read.letters import SALUTATION, signs_letter, writer
from qa.read.pipeline import Deliberation, document_of
from qa.read.roles import holder
from qa.read.speakers import (
    SAYING,
    SURNAME_OPENING,
    described_speaker,
    ends_begun,
    holds_quote,
    names_someone,
    of_a_person,
    only_said,
    opening_name,
    opening_surname,
    outside_quotes,
    people_named,
    pronoun_speaker,
    quotation,
    quote_asked,
    quoted_parts,
    quoted_speaker,
    quoted_whole,
    role_speaker,
    runs_on,
    said_about,
    said_by,
    said_topic,
    speaker,
    speaks,
    spoken_of,
    spoken_to,
    topic_asked,
    unclosed_quote,
    within_quote,
    words_end,
)
from qa.records import Answer


def _named(names: frozenset[str], text: str) -> bool:
    """Whether ``text`` holds a word of the name ``names`` (its words, in lower case)."""
    return bool(names & {w.lower() for w in re.findall(r"\w+", text)})


def speaks_in_a_story_about(index: Index, d: Deliberation, j: int) -> bool:
    """Whether the j-th sentence read gives words, by name or by a pronoun right after a sentence
    naming them (``_pronoun_for_speaker``), to the person "What did X say about Y?" asks about, in
    an article that holds every word of Y ("What did Dr Lind say about the
    recall?": her words in the story of the recall, though the quote itself never says "recall")."""
    topic = said_about(d.searched, d.evidence.texts[int(d.picked[j])]) \
        or (said_topic(d.searched) if _pronoun_for_speaker(index, d, j)       # "…," she said.
            or _interview_words(index, d, j, speaker(d.searched)[1]) else "")    # "A: …" in her interview
    words = tokenize(topic)
    return bool(words) and article_coverage(index, words, document_of(index, d, j))[1] == 0      # none missing


def quotes_speaker(index: Index, d: Deliberation, j: int, names: frozenset[str]) -> bool:
    """Whether the j-th sentence read may give what the speaker ``names`` (their name's words, in
    lower case) said: it names them (outside a quotation), or it gives no one else's words ("…, said Tomás Ó Ceallaigh")
    and one of the two sentences before it names them ("She added: …"); never a sentence giving no
    one's words (``speaks``: "Kim and Putin have strengthened their ties"), nor one giving only others'
    words ("Mr Aulakh's barrister, Conrad Ebbe KC, said …")."""
    interviewed = _interview_words(index, d, j, names)
    if interviewed is not None:     # "A: That's nonsense." in an interview with them, a transcript's "LIND: …"
        return interviewed
    signer = _signer(index, d, j)
    if signer is not None:          # a reader's letter: all of it the words of the one signing it
        return _named(names, signer)
    sentence = d.evidence.texts[int(d.picked[j])]
    if of_a_person(d.searched) and not speaks(sentence):
        return False
    speakers = said_by(sentence)
    if (speakers and not any(_named(names, who) for who in speakers)) or spoken_of(sentence, names) \
            or spoken_to(sentence, names):
        return False        # others' words ("Mr Aulakh's barrister, Conrad Ebbe KC, said …", "She added that
        # Aulakh …", "She spoke to Marcus Oyelaran.")
    srow = int(d.evidence.srows[int(d.picked[j])])
    if not speakers and pronoun_speaker(sentence) and not (
            index.same_article(srow, srow - 1) and _named(names, outside_quotes(index.sentence_text(srow - 1)))):
        named = _last_speakers(index, srow)[1]
        if named and not any(_named(names, who) for who in named):
            return False    # '"…," she said.' after another's words ("Ailsa Marr said …"), not after a
            # sentence naming them ("Frida Moen-Lassen conceded defeat.")
    # naming them only inside a quotation is someone else speaking of them ('"When Kim Ode says …"')
    return _named(names, outside_quotes(sentence)) \
        or (not speakers and _named(names, outside_quotes(_before(index, d, j))))


def named_for_role(d: Deliberation) -> str:
    """"What did the Halvik mayor say?" asked as "What did Solveig Rygg say?": the question with the
    role it asks for a speaker by (``speakers.role_speaker``) put as the name the best-ranked sentence
    read that names someone in it gives ("The Halvik town mayor, Solveig Rygg, said …"; ``roles.holder``);
    "" when the question names no role, or no sentence read names its holder."""
    who, group, qualifiers = role_speaker(d.searched)
    if not group:
        return ""
    for j in np.argsort(-d.stage1, kind="stable"):
        name = holder(group, qualifiers, d.evidence.texts[int(d.picked[int(j)])])
        if name:
            return d.searched.replace(who, name, 1)
    return ""


# A name and a verb of asking or saying right after it (its role or an age between): "Mette Solberg asked for",
# "Tove Brun, 44, called for", "Mayor Lind urged"
_PLEADS = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:asked|called|urged|demanded|appealed|pleaded|warned"
                     r"|said|told|added|argued|insisted|spoke|wrote|admitted|welcomed|criticised|criticized|accused"
                     r"|promised|vowed|pledged|claimed|announced|explained|described)\b")


def _last_speakers(index: Index, srow: int) -> tuple[int, list[str]]:
    """The nearer of the two sentences before ``srow`` in its article that gives words to someone
    named, the one right before first, and those names (``said_by``); (-1, []) when neither does."""
    for n in (srow - 1, srow - 2):
        if not index.same_article(srow, n):
            break
        named = said_by(index.sentence_text(n))
        if named:
            return n, named
    return -1, []


def gives_their_words(index: Index, d: Deliberation, j: int) -> bool:
    """For a question asking only what someone said (``only_said``): whether the j-th sentence
    read gives words to them by name (``quoted_speaker``), or to a pronoun right after a sentence
    that names them as speaking or opens with their name ("Mr Pendergast, who had been mayor,
    conceded. "The town has spoken," he said."), or is in a letter they signed, or opens a quotation
    that ends with their name or such a pronoun (``_opens_their_quotation``)."""
    sentence = d.evidence.texts[int(d.picked[j])]
    if quoted_speaker(d.searched, sentence):
        return True
    if not only_said(d.searched):
        return False
    names, signer = speaker(d.searched)[1], _signer(index, d, j)
    return _pronoun_for_speaker(index, d, j) or bool(_interview_words(index, d, j, names)) \
        or (signer is not None and _named(names, signer)) or _opens_their_quotation(index, d, j, names)


def _opens_their_quotation(index: Index, d: Deliberation, j: int, names: frozenset[str]) -> bool:
    """Whether the j-th sentence read opens a quotation it does not close ('“The blossom was gone
    in a night.') whose speaker, where it ends, is the person of ``names``: named there ('… We will
    replant,” said Lys Hadrell.'), or given as a pronoun there ('… We will replant,” she said.') right
    after a sentence naming them as speaking or opening with their name, before the quotation."""
    sentence = d.evidence.texts[int(d.picked[j])]
    if not unclosed_quote(sentence) or said_by(sentence) or pronoun_speaker(sentence):
        return False
    srow = int(d.evidence.srows[int(d.picked[j])])
    for n in range(srow + 1, srow + 4):             # where the quotation closes: its speaker
        if not index.same_article(srow, n):
            return False
        after = index.sentence_text(n)
        if not quoted_parts(after):
            continue                                # "Nobody saw it coming.": the quotation runs on
        if ends_begun(after) is None:
            return False                            # another quotation
        named = said_by(after)
        if named:
            return any(_named(names, who) for who in named)
        pronoun = pronoun_speaker(after)
        return bool(pronoun) and _named_before(index, srow, names, pronoun)
    return False


def whole_answers(index: Index, d: Deliberation, order: np.ndarray, names: frozenset[str]) -> Deliberation:
    """``d`` with each sentence of ``order`` that gives the words of ``names`` in a labelled
    paragraph ("A: That's nonsense.") quoting all of it but the label."""
    readings = list(d.readings)
    for j in order:
        if _interview_words(index, d, int(j), names):
            srow = int(d.evidence.srows[int(d.picked[j])])
            begin, end = index.sentence_span(srow)
            sentence = d.evidence.texts[int(d.picked[j])]
            start = words_start(index.article_text(index.sentence_document(srow)), begin, end) - begin
            readings[j] = replace(readings[j], start=start, end=len(sentence.rstrip()))
    return replace(d, readings=tuple(readings))


def _interview_words(index: Index, d: Deliberation, j: int, names: frozenset[str]) -> bool | None:
    """Whether the j-th sentence read, in a labelled paragraph of an interview or a transcript
    ("A: …", "LIND: …"), gives the words of the person ``names`` (``interview.gives_words_to``);
    None when its paragraph has no such label."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    doc = index.sentence_document(srow)
    meta = index.documents[doc]
    return gives_words_to(names, index.article_text(doc), index.sentence_span(srow)[0], meta["title"],
                          index.sentence_text(meta["sentence_rows"][0]))


def _pronoun_for_speaker(index: Index, d: Deliberation, j: int) -> bool:
    """Whether the j-th sentence read gives words to a pronoun or a description ("…," she said.; "…," the
    Italian said.) right after a sentence that names the person the question asks about as speaking or opens
    with their name."""
    sentence = d.evidence.texts[int(d.picked[j])]
    pronoun = pronoun_speaker(sentence) or described_speaker(sentence)     # "she", "the italian"
    srow = int(d.evidence.srows[int(d.picked[j])])
    names = speaker(d.searched)[1]
    return bool(pronoun and names) and _named_before(index, srow, names, pronoun)


def _named_before(index: Index, srow: int, names: frozenset[str], pronoun: str) -> bool:
    """Whether the sentence before ``srow`` in its article names the person of ``names`` as
    speaking, opens with their name (one ``pronoun`` may stand for), or names no one else ("The
    Liberal Union's candidate, Frida Moen-Lassen, conceded defeat.")."""
    if not index.same_article(srow, srow - 1):
        return False
    before = index.sentence_text(srow - 1)
    people = people_named(outside_quotes(before))
    return any(_named(names, n) for n in [*said_by(before), _opens_with(index, srow - 1, pronoun)]) \
        or (bool(people) and all(_named(names, n) for n in people))


def _opens_with(index: Index, srow: int, pronoun: str) -> str:
    """The person sentence ``srow`` opens with (``opening_name``; one ``pronoun`` may stand for), or the
    surname alone of someone its article named in full before it ("Keller struck a confident note." after
    "Bruno Keller"); "" when it opens with no one."""
    sentence = index.sentence_text(srow)
    name = opening_name(sentence, pronoun)
    if name or not SURNAME_OPENING.match(sentence):
        return name
    text = index.article_text(index.sentence_document(srow))
    return opening_surname(sentence, people_named(text[:index.sentence_span(srow)[0]]))


# People by their family or their part in a story, as "Which … said …?" names them ("Which parent said …?")
_KIN = "parent|mother|father|sibling|sister|brother|daughter|son|wife|husband|fan|witness|customer|patient|student"
# "Who said …?", "Who called the plan …?", "Which Dovecote Primary parent said …?": a question for the speaker
# of the words it gives
WHO_SAID = re.compile(r"^\W*(?:who|(?:which|what)\s+(?!(?:percentage|proportion|share|number|fraction|majority|minority"
                      r"|half|third|quarter)\s+of\b)(?:[\w'’.-]+\s+){0,3}?(?:[a-z]+(?:ist|ian|er|or|man|woman|person)"
                      rf"|representative|{'|'.join(map(re.escape, sorted(ROLE_WORDS, key=len, reverse=True)))}"
                      rf"|{MORE_PEOPLE}|{_KIN})s?)\s+"
                      r"(?:said|says|told|called|described|warned|added|argued|claimed|insisted|predicted|admitted"
                      r"|complained|conceded|vowed|joked|boasted|remarked|stressed|declared|pleaded|urged)\b",
                      re.IGNORECASE)
_PRONOUNS = {"he", "she", "they", "him", "her", "them"}


def named_speaker(index: Index, d: Deliberation, j: int, a: Answer) -> Answer:
    """For "Who said …?" answered from a sentence giving words to a pronoun ("…," she said.), with
    the pronoun or any span when it quotes what the question does: the person one of the two
    sentences before names as speaking ("Chief executive Marta Lindqvist said …"), or else the
    person the sentence right before opens with ("Mr Pendergast, who …, conceded …"), quoted from
    there, the answer's sentence running from that one to the quote's; ``a`` as it is otherwise."""
    if not WHO_SAID.match(d.searched):
        return a
    words = set(re.findall(r"\w+", a.text.lower()))
    pronoun = pronoun_speaker(a.sentence) or described_speaker(a.sentence)        # "she", "the italian"
    srow = int(d.evidence.srows[int(d.picked[j])])
    before = index.sentence_text(srow - 1) if index.same_article(srow, srow - 1) else ""
    if not pronoun and not said_by(a.sentence) and quoted_whole(a.sentence, before) \
            and holds_quote(quote_asked(d.searched), a.sentence):     # '"Warmer water …," said Dr Liv Brenner.
        n, names = _last_speakers(index, srow)                        # "We are not seeing fewer cod …"': hers
        if names:
            return _quoting(index, d, j, a, n, names[-1])
    if not pronoun and not said_by(a.sentence) and (unclosed_quote(a.sentence) or within_quote(a.sentence, before)) \
            and (holds_quote(quote_asked(d.searched), a.sentence)     # '"People here … anywhere.' / 'That
                 or _inside_quotation(a)):
        after = _closing_speaker(index, srow)   # ends in April," she said.'; "Which parent said she spent …?"
        if isinstance(after, tuple):
            return _quoting(index, d, j, a, *after)
        n, names = _last_speakers(index, srow) if not after and (within_quote(a.sentence, before)
                                                                 or said_by(before)) else (-1, [])
        if names and n == srow - 1:     # 'Kolvik told a rally: "We have been patient. [Patience does not pay
            return _quoting(index, d, j, a, n, names[-1])           # the rent.]' (the quotation runs on): hers;
            # '"…," said the chief forecaster, Lena Voskuijl. "This is not a freak event. It is …"': hers too
        pronoun = after
    if not pronoun and not said_by(a.sentence) and ends_begun(a.sentence) is not None \
            and holds_quote(quote_asked(d.searched), a.sentence):     # 'Ellen Morrow said: "This was not victimless.'
        n, names = _last_speakers(index, srow)                        # / 'Every mark stolen … farmer."': hers
        if names:
            return _quoting(index, d, j, a, n, names[-1])
    if not (words & _PRONOUNS and not words - _PRONOUNS - SAYING) \
            and not (pronoun and (holds_quote(quote_asked(d.searched), a.sentence) or _quoted_words(a))):
        return a
    n, names = _last_speakers(index, srow)
    lead = _quotation_lead(index, srow, a.sentence)     # the sentence before the quotation's first
    if not names and lead < srow - 1:
        n, names = _last_speakers(index, lead + 1)
    found: tuple[int, str] | None = (n, names[-1]) if names else None
    if (found is None or n < lead) and index.same_article(srow, lead):
        name = _opens_with(index, lead, pronoun)     # the nearer: 'Solvik told supporters … Keller struck a
        before = outside_quotes(index.sentence_text(lead))          # confident note. "…," he said.': Keller
        people = set(people_named(before))
        person = next(iter(people)) if len(people) == 1 else ""
        if not name and person and found is None and _PLEADS.match(before, before.find(person) + len(person)):
            name = person           # "Union president Mette Solberg asked for aid. "…," she said.": the one
            # person named right before, asking or saying something (not "Her husband, Tom Reyes, died.")
        found = (lead, name) if name else found
    if found is None and index.same_article(srow, lead - 1) and _names_nobody(index, lead, pronoun):
        name = _opens_with(index, lead - 1, pronoun)   # 'Maren Holt opened her restaurant in 2019. Now it has a
        found = (lead - 1, name) if name else None     # waiting list. "People laughed …," she says.': hers
    if found is None:
        return a
    return _quoting(index, d, j, a, *found)


# "Who interviewed Ida Lorn?", "Which Saldonne Courier reporter asked …?", "Who presented …?": a question a
# transcript's speaker label answers (not "Who was asked to resign?", "Which city hosted the Games?")
_WHO_DID = r"^\W*(?:who\s+(?!(?:was|were|is|are|been|be|had|has)\b)(?:\w+\s+)?"
_WHICH_DID = r"|^\W*which\s+(?:(?!(?:was|were|is|are|been|be)\b)[\w'’.-]+\s+){1,6}?"
ASKER_ASKED = re.compile(rf"{_WHO_DID}(?:asked|asks|questioned)\b{_WHICH_DID}(?:asked|asks|questioned))\b",
                         re.IGNORECASE)
SPEAKING_ASKED = re.compile(rf"{_WHO_DID}(?:asked|asks|interviewed|interviews|questioned|replied|answered|spoke|speaks"
                            rf"|thanked|hosted|presented|chaired)\b{_WHICH_DID}(?:asked|asks|questioned|interviewed"
                            r"|replied|answered|spoke|presented))\b", re.IGNORECASE)


def labelled_speaker(index: Index, d: Deliberation, j: int, a: Answer) -> Answer:
    """For "Who said …?", "Which reporter asked …?" or "Who presented …?" answered from a transcript's paragraph
    whose label names who speaks or asks ("HEDDA RASMUSSEN-LIE: … The minister is moving the queue …", "Q (Tomasz
    Eyre, Saldonne Courier): Why …?", "PRESENTER (Liv Harrowgate): Good evening."): that person, quoted from the
    label (the asker for "… asked …?", who speaks otherwise); ``a`` as it is otherwise."""
    if not (WHO_SAID.match(d.searched) or SPEAKING_ASKED.match(d.searched)):
        return a
    srow = int(d.evidence.srows[int(d.picked[j])])
    text = index.article_text(document_of(index, d, j))
    asker = bool(ASKER_ASKED.match(d.searched))
    start = index.sentence_span(srow)[0]
    if asker and not asking(text, start):       # an answer: the question just before it asked it
        before = srow
        while index.same_article(srow, before - 1) and srow - before < 6 and not asking(text, start):
            before -= 1
            start = index.sentence_span(before)[0]
    at = named_by_label(text, start)
    if at is None or a.text == text[at[0]:at[1]] or asking(text, start) != asker:
        return a
    n = srow
    while index.same_article(srow, n - 1) and index.sentence_span(n)[0] > at[0]:
        n -= 1
    first, last = index.sentence_span(n)
    return _quoting(index, d, j, a, n, text[at[0]:at[1]]) if first <= at[0] and at[1] <= last else a


def _names_nobody(index: Index, srow: int, pronoun: str) -> bool:
    """Whether sentence ``srow`` names no person, nor opens with one ``pronoun`` may stand for ("Now it
    has a waiting list of four months."): a pronoun after it stands for someone named before it."""
    return not people_named(outside_quotes(index.sentence_text(srow))) and not _opens_with(index, srow, pronoun) \
        and not pronoun_speaker(index.sentence_text(srow))


def _quoted_words(a: Answer) -> bool:
    """Whether ``a``'s span opens inside a quotation of its sentence and names no one: the words said
    ('"[People laughed when I said I would cook with seaweed,]" she says.'), not who said them."""
    at = a.start - a.sentence_start
    return any(s <= at < e for s, e in quoted_parts(a.sentence)) and not people_named(a.text)


def _quotation_lead(index: Index, srow: int, sentence: str) -> int:
    """The sentence before the one a quotation that ``sentence`` (of row ``srow``) closes opened in,
    within three of it and its paragraph ('Mancini was furious. / "It was a fair challenge. / The referee
    decided it," the Italian said.': the first); the sentence before ``srow`` when it closes none."""
    if ends_begun(sentence) is None:
        return srow - 1
    text = index.article_text(index.sentence_document(srow))
    opened = _quotation_end(index, text, srow, -1)
    if opened is None:
        return srow - 1
    return next((n - 1 for n in range(srow - 1, srow - 4, -1)
                 if index.same_article(srow, n) and index.sentence_span(n)[0] <= opened < index.sentence_span(n)[1]),
                srow - 1)


def whole_quote(index: Index, d: Deliberation, j: int, a: Answer) -> Answer:
    """For "What did X say?" answered with a quotation that runs over several sentences of a
    paragraph ('"We never lost hope. We had each other," she said.'): ``a`` quoting all of it, from
    its opening mark to its closing one (three sentences each way at most), its sentence running
    over them; ``a`` as it is otherwise."""
    if wanted(d.searched) is not Wanted.QUOTE or not a.found:
        return a
    srow = int(d.evidence.srows[int(d.picked[j])])
    text = index.article_text(document_of(index, d, j))
    start, end = a.start, a.end
    at, until = a.start - a.sentence_start, a.end - a.sentence_start
    closing, opening = ends_begun(a.sentence), runs_on(a.sentence)
    if closing is not None and at <= 1 and until <= closing + 1:
        begun = _quotation_end(index, text, srow, -1)       # 'We had each other," she said.': where it opened
        start = begun if begun is not None else start
    if opening is not None and at >= opening and until >= len(a.sentence.rstrip(" .,")) - 1:
        ended = _quotation_end(index, text, srow, 1)        # 'He said: "It is over.': where it closes
        end = ended if ended is not None else end
    if (start, end) == (a.start, a.end):
        return a
    first = min(a.sentence_start, _sentence_holding(index, srow, start)[0])
    last = max(a.sentence_end, _sentence_holding(index, srow, end - 1)[1])
    return replace(a, text=text[start:end], start=start, end=end, sentence=text[first:last],
                   sentence_start=first, sentence_end=last, line=text.count("\n", 0, start) + 1)


def _quotation_end(index: Index, text: str, srow: int, step: int) -> int | None:
    """Where the quotation that sentence ``srow`` continues opened (``step`` -1: just after its
    opening mark, in one of the three sentences before) or closes (``step`` 1: just before its
    closing mark and the comma or stop before it, in one of the three after), within its
    paragraph; None when it does not."""
    for n in range(srow + step, srow + 4 * step, step):
        if not index.same_article(srow, n):
            return None
        begin, finish = index.sentence_span(n)
        lo, hi = (begin, index.sentence_span(n + 1)[0]) if step == -1 else (index.sentence_span(n - 1)[1], begin)
        if "\n" in text[min(lo, hi):max(lo, hi)]:
            return None             # a new paragraph: a quotation running on opens again there
        sentence = text[begin:finish]
        opening, closing = runs_on(sentence), ends_begun(sentence)
        if step == -1 and opening is not None:
            return begin + opening + 1
        if step == 1 and closing is not None:
            return begin + words_end(sentence, closing) if words_end(sentence, closing) > 0 else None
        if quoted_parts(sentence):
            return None             # marks of another quotation
    return None


def _sentence_holding(index: Index, srow: int, offset: int) -> tuple[int, int]:
    """The span of the sentence of ``srow``'s article, within three of it, holding ``offset``."""
    for n in range(srow - 3, srow + 4):
        if index.same_article(srow, n):
            begin, finish = index.sentence_span(n)
            if begin <= offset < finish:
                return begin, finish
    return index.sentence_span(srow)


_OPENS_WITH_PRONOUN = re.compile(r"^\W*(?:he|she)\b", re.IGNORECASE)


def pronoun_person(index: Index, d: Deliberation, j: int, a: Answer) -> Answer:
    """For "Who …?" (not "Who said …?") answered from a sentence whose subject is "he" or "she"
    with a span naming no one ("She will succeed Anneliese Brandt on [1 June]."): the one person
    the sentence before names, the question aside ("The company named Priyanka Solberg … as its
    next chief executive."), quoted from there; ``a`` as it is otherwise."""
    sentence = d.evidence.texts[int(d.picked[j])]
    if wanted(d.searched) is not Wanted.PERSON or WHO_SAID.match(d.searched) \
            or not _OPENS_WITH_PRONOUN.match(sentence) or names_someone(a.text, asked_words(d.searched)):
        return a
    srow = int(d.evidence.srows[int(d.picked[j])])
    if not index.same_article(srow, srow - 1):
        return a
    asked = speaker(d.searched)[1] | {w.lower() for w in re.findall(r"\w+", d.searched)}
    people = [p for p in people_named(index.sentence_text(srow - 1)) if not _named(asked, p)]
    return _quoting(index, d, j, a, srow - 1, people[0]) if len(set(people)) == 1 else a


_FIRST_PERSON = frozenset("i me my we us our".split())


def in_letter(index: Index, d: Deliberation, j: int) -> tuple[int, int] | None:
    """Where the writer of the reader's letter holding the j-th sentence read is named in its
    article (``letters.writer``), or None outside a letter."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    doc = document_of(index, d, j)
    return writer(index.article_text(doc), index.sentence_span(srow)[0], index.documents[doc]["title"])


def _signer(index: Index, d: Deliberation, j: int) -> str | None:
    """The name signing the reader's letter that holds the j-th sentence read, or None outside a letter."""
    at = in_letter(index, d, j)
    return None if at is None else index.article_text(document_of(index, d, j))[at[0]:at[1]]


def signs_a_letter(index: Index, d: Deliberation, j: int) -> bool:
    """Whether the j-th sentence read is a letter's signature ("Dorothy Aldane, Wendle"): it says
    who wrote the letter above, nothing more."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    doc = document_of(index, d, j)
    return signs_letter(index.article_text(doc), index.sentence_span(srow)[0], index.documents[doc]["title"])


# "Who wrote the letter about …?", "Which reader wrote in to complain …?": the writer, whoever the letter names
_WROTE_LETTER = re.compile(r"\b(?:wrote|writes|written|signed)\s+(?:(?:the|a|this|that|in)\s+)?(?:letter|in)\b",
                           re.IGNORECASE)


def letter_writer(index: Index, d: Deliberation, j: int, a: Answer) -> Answer:
    """For "Who …?" answered from a reader's letter with a span naming no one (its salutation
    "Sir", "I", "the volunteers"): the letter's writer, quoted from its signature ("Who thanked the
    bandstand volunteers?": "Dorothy Aldane"), or with any span for "Who wrote the letter …?"; ``a``
    as it is otherwise."""
    if wanted(d.searched) is not Wanted.PERSON:
        return a
    at = in_letter(index, d, j)
    words = set(re.findall(r"\w+", a.text.lower()))
    if at is None or not (SALUTATION.fullmatch(a.text) or words <= _FIRST_PERSON or _WROTE_LETTER.search(d.searched)
                          or not names_someone(a.text, asked_words(d.searched))):
        return a
    srow = int(d.evidence.srows[int(d.picked[j])])
    n = srow
    while index.same_article(srow, n + 1) and index.sentence_span(n)[1] < at[1]:   # the signature's sentence,
        n += 1                                                                       # after the letter's
    start, end = index.sentence_span(n)
    if not (start <= at[0] and at[1] <= end):       # a line no sentence holds (left out as clutter)
        return a
    text = index.article_text(document_of(index, d, j))
    return _quoting(index, d, j, a, n, text[at[0]:at[1]])


def _inside_quotation(a: Answer) -> bool:
    """Whether ``a``'s span, naming no one, lies inside a quotation its sentence opens and does not close
    ('"With [three children], I was spending about BRN 150 a month.': words the speaker said, not who)."""
    opened = runs_on(a.sentence)
    return opened is not None and a.start - a.sentence_start > opened and not names_someone(a.text, set())


def _closing_speaker(index: Index, srow: int) -> tuple[int, str] | str:
    """For the sentence ``srow`` opening a quotation it does not close: the (sentence, name) of the
    speaker one of the two sentences after it names where the quotation ends ('… That ends in
    April," said Colette Brannigan.'), else the pronoun given the words there ("she"), else ""."""
    for n in (srow + 1, srow + 2):
        if not index.same_article(srow, n):
            break
        after = index.sentence_text(n)
        names = said_by(after)
        if names:
            return n, names[0]
        if pronoun_speaker(after) or not unclosed_quote(after):
            return pronoun_speaker(after)
    return ""


def _quoting(index: Index, d: Deliberation, j: int, a: Answer, n: int, name: str) -> Answer:
    """``a`` quoting the speaker ``name`` from the sentence ``n`` of its article, its sentence
    running from the earlier of that one and its own to the later."""
    text = index.article_text(document_of(index, d, j))
    start, end = index.sentence_span(n)
    at = text.rindex(name, start, end)
    return replace(a, text=name, start=at, end=at + len(name), sentence=text[min(start, a.sentence_start):
                                                                              max(end, a.sentence_end)],
                   sentence_start=min(start, a.sentence_start), sentence_end=max(end, a.sentence_end),
                   line=text.count("\n", 0, at) + 1)


def _before(index: Index, d: Deliberation, j: int) -> str:
    """The j-th sentence read with the two before it in its article (where a speaker is named)."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    near = [n for n in (srow - 2, srow - 1) if index.same_article(srow, n)] + [srow]
    return " ".join(index.sentence_text(n) for n in near)


def quoted_on_topic(index: Index, d: Deliberation, order: np.ndarray) -> int | None:
    """For "What did X say about Y?" answered with words reported without quotation marks ("Dr Henrike
    Vass said [parents should check their children's records]."): the sentence read of the two after it in
    the same article that quotes someone's own words with more of Y's words in them ('"Measles is not a
    mild illness. …," she said.'), for the words a reader can check as said; None otherwise."""
    topic = {w for w in tokenize(topic_asked(d.searched)) if w not in STOPWORDS}
    if not topic or not len(order):
        return None
    first = int(order[0])
    text, r = d.evidence.texts[int(d.picked[first])], d.readings[first]
    if any(s <= r.start and r.end <= e for s, e in quoted_parts(text)):
        return None             # quoted already
    row = int(d.evidence.srows[int(d.picked[first])])
    told = len(topic & set(tokenize(text[r.start:r.end])))
    for j in map(int, order[1:]):
        other = int(d.evidence.srows[int(d.picked[j])])
        said = d.evidence.texts[int(d.picked[j])]
        quoted = quotation(said) if other in (row + 1, row + 2) and index.same_article(row, other) else None
        if quoted is not None and any(s <= quoted[0] < e for s, e in quoted_parts(said)) \
                and len(topic & set(tokenize(said[quoted[0]:quoted[1]]))) > told:
            return j
    return None
