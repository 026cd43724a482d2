"""``Deliberation`` → ``Answer``: the final model chooses among the sentences read; two logistic
models read the evidence for each:

- "confidence": the probability that the quoted sentence answers the question (``Answer.score``);
- "topic": the probability that the articles are about the question at all. Below a threshold,
  calibrated on answerable and clearly off-topic questions and rising with the size of the corpus
  (``threshold_for``), the answer is "not found".

A question the articles are about keeps its best answer even when that answer is unsure (its score
says so); only a question they are not about abstains. Some questions are answered only by what
can answer them: one naming a year or month by an article of that time (``qa.read.timing``); one
asking for a sum of money ("How much did it cost?") by a quoted span that is one, and one asking
for a figure in a year it names not by the figure for another year (``figures.fits``); one
asking for a count, an amount, a year, a date or an age ("How many …?", "On what date …?") by a
span that gives one (``figures.gives_figure``: not the year of "the 2005 Six Counties" for
"How many …?", nor a sum of money or a figure the question names; ``dimensions``: not "95
kilograms" for "How many detonators …?", nor "9 May" for "How old …?"); one asking how long,
tall, deep, wide or heavy something is not by a measure of another kind ("6.40am", "£2.4m" for
"How long is the bridge?"; ``dimensions``; nor "underground" for "How deep …?"); one asking someone's
age not by another's ("Lewis Dancey, 41" for "How old is Judge Harriet Coyle?"); one asking who
holds a role not by a name given another role ("manager Sabine Thornley" for the chairman, the
health minister for the defence minister; ``roles``), nor who did a deed ("Who designed the
bridge?") by a sentence not naming it ("the council voted to build it"; ``roles.deed_asked``);
none about one of a pair by a sentence naming only the other (best actress for "Who won best
actor?"; ``roles.names_only_the_other_of_a_pair``);
one asking what caused something not by a sentence telling only what it did (``figures.tells_no_cause``);
one asking a person's name not by a span naming no one ("16:40 — A man"; ``_names_anything``); one
asking when something will be not by a weekday a past verb tells ("was sentenced on Wednesday";
``timing.all_past``);
one asking who someone is or for a name not from a
story that says it does not name them ("He has not yet been named."; ``unnamed``); one asking who
won not by a
sentence where that win is still to come (``votes.win_to_come``); one asking for the profit not by
a sentence saying only the revenue, nor the other way round (``figures.another_measure``); one
asking for pay, prize money, damage, a fine, a fare, a valuation or a price per unit not by a
sentence naming no such sum (a transfer fee for "What will he earn?"; ``sums``); one
counting the dead or the hurt by a sentence saying someone died or was hurt
(``figures.casualties_asked``); none by a photograph's credit but who took it (``photos.in_credit``),
nor by a header's credit or date line but who wrote or published the story and when (``_credit_line``),
nor by a transcript's speaker label but who spoke (``_in_label``); and none
naming something no article mentions, nor nearly (``spelling.strangers``); otherwise "not found",
saying why. "And X?" is not given the answer just given (``not_again``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from qa.encode.words import STOPWORDS, tokenize
from qa.index.loaded import Index
from qa.ingest.dates import dateline_end, filed_end, mentions
from qa.ingest.lexicon import CAPITALS, CURRENCY_SIGNS, common_word
from qa.ingest.text import credit_parts, publication_date
from qa.models import Scorer, load_weights, sigmoid, threshold_at
from qa.read.asked import (
    CAPITALISED,
    NAME_RUN,
    Wanted,
    asked_months,
    asked_years,
    cause_asked,
    cause_of_death_asked,
    counted,
    currency_asked,
    described,
    figure_asked,
    margin_asked,
    measure_asked,
    money_asked,
    ordinal_asked,
    statistic_asked,
    unit_asked,
    wanted,
    years_named,
    yes_no,
)
from qa.read.attribution import (
    ASKER_ASKED,
    SPEAKING_ASKED,
    WHO_SAID,
    gives_their_words,
    in_letter,
    labelled_speaker,
    letter_writer,
    named_for_role,
    named_speaker,
    pronoun_person,
    quoted_on_topic,
    quotes_speaker,
    signs_a_letter,
    speaks_in_a_story_about,
    whole_answers,
    whole_quote,
)
from qa.read.byline import (
    asks_author,
    asks_editor,
    asks_letter_writer,
    asks_translator,
    by_author,
    by_editor,
    by_letter,
    by_translator,
    story_asked,
    writer_of_named,
)
from qa.read.corrections import (
    about_correction,
    asks_wrong,
    corrected_figure,
    corrected_name,
    correction_note,
    note_goes_on,
    says_right,
    told_wrong,
)
from qa.read.dimensions import (
    HEADCOUNT,
    LENGTH,
    RESULT_LINE,
    SCORE_RUN,
    counts_nothing,
    headcount_told,
    in_words,
    is_score,
    kinds_asked,
    measured,
    no_age,
    of_another_kind,
    race_clock,
    race_time_asked,
    score_asked,
)
from qa.read.factcheck import asks_claim, by_claim
from qa.read.features import ANSWERABLE_FEATURES, CONFIDENCE_FEATURES, FINAL_FEATURES, TOPIC_FEATURES, Choice
from qa.read.figures import (
    age_for_measure,
    age_of_another,
    age_then,
    another_measure,
    another_named,
    another_place,
    another_profit,
    casualties_asked,
    counts_another,
    counts_things,
    counts_unnamed,
    expected_only,
    fits,
    gives_figure,
    holds_money,
    item_named,
    no_cause,
    other_month,
    previous_only,
    profit_kinds,
    row_label,
    row_named,
    says_casualties,
    span_years,
    table_row,
    tells_no_cause,
    tied_months,
)
from qa.read.full_names import full_name
from qa.read.headings import answer_rows, is_heading
from qa.read.interview import asking, has_questions, label, words_start
from qa.read.kinds import CARDINALS, DAYS, HONORIFICS, MONTHS, new_names, only_a_date
from qa.read.kinds import names as names_in
from qa.read.latest import latest_figure
from qa.read.letters import SALUTATION
from qa.read.live import entry_answer, entry_asked, entry_time_instead
from qa.read.normalize import normalize_answer
from qa.read.photos import in_credit, photo_answer, photo_asked
from qa.read.pipeline import (
    Deliberation,
    article_stems,
    cell_asked,
    deliberate,
    document_of,
    header_row,
    item_asked,
    previous_sentence,
    row_asked,
)
from qa.read.published import asks_date, asks_where_filed, by_date, by_dateline, dated_by_named, report_dated
from qa.read.publisher import asks_publisher, asks_reporting_paper, by_publisher, reports_publishing
from qa.read.ratings import rating_answer, rating_asked
from qa.read.reader import Reading
from qa.read.roles import (
    another_category,
    another_role,
    asked_role_and_body,
    deed_asked,
    holder_quoted,
    kin_of_another,
    names_only_the_other_of_a_pair,
    of_another_body,
    role_asked,
    role_named,
    role_of_another,
    says_deed,
    titled_otherwise,
    womens_for_mens,
)
from qa.read.sources import source_asked, told_by_another
from qa.read.span_choice import choose, describes, replaced_asked, term_only_sought
from qa.read.speakers import (
    holds_quote,
    namesake_only,
    only_said,
    people_named,
    pronoun_speaker,
    quote_asked,
    quotes_directly,
    said_by,
    speaker,
)
from qa.read.standings import place_answer
from qa.read.sums import gives_no_sum_of, sum_asked
from qa.read.timing import (
    all_past,
    another_part,
    asked,
    asks_time,
    before_it,
    clock_only,
    covers,
    notice,
    outcome_to_come,
    outside,
    parts_named,
    period,
    says_when,
    weekday_for_earlier,
)
from qa.read.unnamed import NOT_NAMED, NOT_TOLD, unnamed, untold
from qa.read.updates import later_notice, later_version
from qa.read.votes import another_event, margin, margin_at, win_to_come
from qa.records import Answer, Passage
from qa.search.versions import worded_otherwise
from qa.settings import DEFAULT, Settings

NO_MONEY = "The question asks for a sum of money; none of the passages read gives one for it."
NO_FIGURE = "The passages read give this figure only for other years than the one asked about."
NO_KIND = "The question asks for {}; none of the passages read gives one."
NO_CURRENCY = "The question asks for a sum in {}; none of the passages read gives one for it."
NO_MEASURE = "The question asks for the {}; none of the passages read gives it."
NO_ROLE = "None of the passages read names the {}."
NO_DEED = "None of the passages read says who {}."
NO_CAUSE = "The question asks what caused it; none of the passages read says."
NO_CASUALTIES = "The question asks how many {}; none of the passages read says anyone did."
NO_MONTH = "The passages read give this figure only for other months than the one asked about."
NO_PART = "The passages read give this only for another quarter or half of the year than the one asked about."
_FIGURE_NAMES = {"count": "a number", "amount": "an amount", "year": "a year", "date": "a date", "age": "an age"}


@functools.lru_cache(maxsize=1)
def scorers() -> dict[str, Scorer]:
    """The shipped "final", "confidence", "topic" and (when fitted) "answerable" models, bound to
    their feature tables."""
    w = load_weights()
    out = {"final": w.scorer("final", FINAL_FEATURES), "confidence": w.scorer("confidence", CONFIDENCE_FEATURES),
           "topic": w.scorer("topic", TOPIC_FEATURES)}
    if "answerable" in w.models:
        out["answerable"] = w.scorer("answerable", ANSWERABLE_FEATURES)
    return out


def answerable_threshold(settings: Settings) -> float | None:
    """Below this P(answerable) a question the articles are about is not answered (None: never)."""
    if "answerable" not in scorers():
        return None              # no such model in the weights: nothing to judge by
    if settings.answerable_threshold is not None:
        return settings.answerable_threshold
    return load_weights().answerable_threshold


def threshold_for(chunks: int) -> float:
    """The calibrated abstention threshold (on the topic probability) for a corpus of ``chunks``
    live chunks. The more chunks, the likelier a question about something else meets a sentence
    that looks like an answer, so the bar rises with the corpus: it was set where 95 % of clearly
    off-topic questions abstain on calibration corpora of a few sizes, and runs linearly in
    log(chunks) between them (flat outside that range)."""
    w = load_weights()
    return float(threshold_at(chunks, w.threshold_chunks, w.threshold_topic))


def decide(index: Index, d: Deliberation, k: int, settings: Settings | None = None,
           about: frozenset[str] = frozenset(), not_again: frozenset[tuple[str, str, str]] = frozenset()) -> Answer:
    """Pick the answer from a ``Deliberation``, or abstain when its "topic" probability is below
    ``settings.threshold`` (None: the calibrated one for the size of ``index``, ``threshold_for``).
    ``about``: seed files the conversation is known to be about (a follow-up to an answer quoted
    from one of them): an answer from one of those is on topic whatever its "topic" probability
    (and, for a question naming nothing, "What was the turnout?", comes first),
    as is a sentence giving words by name to the one person a question asks only what they said
    ("What did Tomas Reyhill say?", ``speakers.quoted_speaker``), which answers it whatever the
    "answerable" model says (it asks nothing else; "Kim said" leaves "Jong Un" out); other answers
    must pass the "answerable" bar. A question naming something no article mentions, nor nearly ("Zorbex";
    ``Deliberation.strangers``), is not answered: the notice names it. ``not_again``: (seed file,
    sentence, quote) answers just given, not to give again ("And Tomas Reyhill?" asks the same of
    someone else): another span of that sentence, else another sentence (``_quoted_again``)."""
    s = DEFAULT if settings is None else settings
    if len(d.picked) == 0 or d.strangers:       # a name the archive never mentions: not about it
        return Answer(question=d.question, found=False, passages=d.passages[:k], searched=d.searched, notice=d.notice)
    d, spent = _quoted_again(index, d, not_again, s.span_choice_slack) if not_again else (d, ())
    models = scorers()
    final = models["final"](d)
    choice = Choice(final, d)
    confidence = sigmoid(models["confidence"](choice))
    topic = sigmoid(models["topic"](choice))
    order = np.argsort(-final, kind="stable")
    order = np.array([j for j in order if j not in spent], dtype=np.int64)
    if d.published_by:      # "…, according to the Harbour Post?": what their articles say first
        order = _first(d, order, lambda j, *_: document_of(index, d, j) in d.published_by)
    answerable = sigmoid(models["answerable"](choice)) if "answerable" in models else None
    vouched = (topic,) if answerable is None else (topic, answerable)
    after = _after_lede(index, d, order)
    if after is not None:       # it answers, and is about what the lede is about
        order = _promoted(order, (*vouched, confidence), after)
    elif d.follower is not None and order[0] != d.follower:     # read only to answer in the lede's place (unless
        order = order[order != d.follower]                       # it reads as the best answer of all)
    answer = _answer_to_asking(index, d, order)
    if answer is not None:      # the interviewer's question it answers is what was asked
        order = _promoted(order, (*vouched, confidence), answer)
    elif (asking_it := _asked_before(index, d, order)) is not None:
        for p in (*vouched, confidence):    # the best answers the interviewer's question read beside it: as sure
            p[order[0]] = max(p[order[0]], p[asking_it])
    for under in reversed(_under_heading(index, d, order)):    # an explainer's heading: the paragraph under it
        order = _promoted(order, (*vouched, confidence), under)
    labelled = _kept(d, order, lambda j, text, a, b: row_asked(index, d.searched, int(d.evidence.srows[
        int(d.picked[j])]), text) or item_asked(index, d.searched, int(d.evidence.srows[int(d.picked[j])]), text))
    if len(labelled) and labelled[0] != order[0] and len({row_label(d.evidence.texts[int(d.picked[j])])
                                                          for j in labelled}) == 1:
        order = _promoted(order, (*vouched, confidence), int(labelled[0]))    # "… in Veskaro?": its row, when
        # the question names one row (not "Labour and Green together")
    row = _row_named_instead(index, d, order)
    if row is not None:         # "Who won best cheese?": the "Best cheese" row, not the "Best cider" one read first
        order = _promoted(order, (*vouched, confidence), row)
    specific = _specific_instead(index, d, order)
    if specific is not None:    # "How many international passengers …?": not the lede's total, which lacks
        order = np.concatenate([[specific], order[order != specific]])      # the word that says which
    times = asked(d.searched)
    if times:       # only sentences of articles that cover the time asked about may answer
        order = np.array([j for j in order if covers(index, document_of(index, d, j), times, _context(index, d, j),
                                                     d.searched)
                          and not before_it(index, document_of(index, d, j), times, d.searched,
                                            index.sentence_text(int(d.evidence.srows[int(d.picked[j])])))],
                         dtype=np.int64)
    said = notice(times, period(index)) if times and len(order) == 0 else ""
    withheld = said or outside(index, times)        # said when no answer is given, for whatever reason
    parts = parts_named(d.searched) if wanted(d.searched) in (Wanted.AMOUNT, Wanted.NUMBER) else set()
    if parts and len(order):        # "… profit in the second quarter?": not a figure for the first ("in first quarter")
        order = _kept(d, order, lambda j, text, a, b: not another_part(
            parts, text, index.documents[document_of(index, d, j)]["title"] + "\n" + _opening(index, d, j)))
        said = said or ("" if len(order) else _joined(NO_PART, withheld))
    years, money = asked_years(d.searched), money_asked(d.searched)
    if len(order) and (years or money):     # only a quoted sum of money / the figure for the year asked answers
        if money:       # ("How much are Rovers expected to pay?": "about 400,000 dolen", not the player's age)
            d = _respanned(d, order, lambda text, a, b: holds_money(text, a, b))
        order = np.array([j for j in order if _quotes_what_is_asked(index, d, int(j), years, money)], dtype=np.int64)
        said = said or ("" if len(order) else _joined(NO_MONEY if money else NO_FIGURE, withheld))
    placed = years_named(d.searched) if wanted(d.searched) in (Wanted.PLACE, Wanted.PERSON) else set()
    if len(order) and placed:       # "Where was the record of July 2026 measured?": the place the words after it tie
        order = _first(d, order, lambda j, text, a, b: not (tied := span_years(text, a, b)) or bool(tied & placed))
        # to another year last ("… record of 35.1C, set at [Bresk] in July 2018"), and "Who won the women's title in
        # 2026?" the person ("The last home winner was [Anniken Berg] in 1995.")
    if len(order) > 1 and years:    # "How many lanterns were launched at the 2025 festival?": the 2025 story's
        order = _same_event_that_year(index, d, order, years)   # sentence before the 2026 story's "launched 7,000
        # lanterns on Saturday"
    months = asked_months(d.searched)
    if len(order) and months:       # "… her approval rating in September?": not the figure for August, but
        d = _for_month(d, order, months)    # September's where the reader offers it in the same sentence
        order = _kept(d, order, lambda j, text, a, b: not other_month(text, a, b, months))
        said = said or ("" if len(order) else _joined(NO_MONTH, withheld))
    currency, written = currency_asked(d.searched)
    if len(order) and written is not None:     # "How much will it invest in dollars?": not a sum in pounds
        best_read = int(order[0])
        order = _kept(d, order, lambda j, text, a, b: bool(written.search(text[a:b])))
        said = said or ("" if len(order) else _joined(NO_CURRENCY.format(currency), withheld))
        if not len(order) or int(order[0]) != best_read:    # and when what is left is turned away, say why
            withheld = _joined(withheld, NO_CURRENCY.format(currency))
    figure = figure_asked(d.searched)
    judged = int(order[0]) if len(order) and figure else -1     # the story's sentence judged, its figure not asked
    if len(order) and figure:       # "How many …?": only a span that counts something answers, not a margin
        order = _kept(d, order, lambda j, text, a, b: _gives_figure(d, j, figure)
                      and not margin(d.searched, text, a, b)
                      and not (figure == "count" and counts_nothing(d.searched, text, a, b))   # "95 kilograms"
                      and not (figure == "count" and _counts_another_thing(index, d, j, text, a, b))  # "47 children"
                      and not (figure == "count" and counts_things(d.searched, text, a, b))          # "3,100 homes"
                      and not (figure == "age" and (no_age(text, a, b)                         # "9 May"
                                                    or age_of_another(d.searched, text, a, b))))  # another's
        said = said or ("" if len(order) else _joined(NO_KIND.format(_FIGURE_NAMES[figure]), withheld))
    casualties = casualties_asked(d.searched)
    if len(order) and casualties:   # "How many miners died?": not "Rescuers have brought 31 miners to the surface."
        order = _kept(d, order, lambda j, text, a, b: says_casualties(casualties, text))
        said = said or ("" if len(order) else _joined(NO_CASUALTIES.format(casualties), withheld))
    kinds = kinds_asked(d.searched)
    if len(order) and kinds:        # "How long is the bridge?": not "6.40am", "£2.4m" nor "3%"
        d = _respanned(d, order, lambda text, a, b: not of_another_kind(d.searched, text, a, b),
                       lambda text, a, b: measured(text, a, b) in kinds)    # (its "11.4-kilometre" where offered)
        order = _kept(d, order, lambda j, text, a, b: not of_another_kind(d.searched, text, a, b))
        if race_time_asked(d.searched):     # "What was the winning time?": "in [2:08:17]", not the "49 seconds"
            d = _respanned(d, order, race_clock)     # it took off the record, where the reader offers it
            if len(order) and race_clock(d.evidence.texts[int(d.picked[order[0]])], d.readings[order[0]].start,
                                         d.readings[order[0]].end) and _names_shared(index, d, int(order[0])):
                _at_the_bar(answerable, int(order[0]), s)       # (as sure as the bar, where it names the race)
        if LENGTH in kinds and _THINGS_LENGTH.match(d.searched):    # "How long is the tunnel?" (not "How long was
            # it closed?", "How far …?")
            order = _first(d, order, lambda j, text, a, b: _measures_asked(d.searched, text, a, b, kinds))
            if len(order) and _measures_asked(d.searched, d.evidence.texts[int(d.picked[order[0]])],
                                              d.readings[order[0]].start, d.readings[order[0]].end, kinds):
                _at_the_bar(answerable, int(order[0]), s)   # "The [11.4-kilometre] tunnel"
        if kinds == (HEADCOUNT,):   # "What was the attendance?": "in front of a crowd of [24,310]" first, as
            order = _first(d, order, lambda j, text, a, b: headcount_told(text, a))     # answerable as the bar where
            if len(order) and headcount_told(d.evidence.texts[int(d.picked[order[0]])], d.readings[order[0]].start) \
                    and _names_shared(index, d, int(order[0])):     # the sentence names what the question does
                _at_the_bar(answerable, int(order[0]), s)             # ("At the Athletic Ground, …")
        said = said or ("" if len(order) else _joined(NO_KIND.format(in_words(kinds)), withheld))
    if len(order) and score_asked(d.searched):     # "What was the score when Odrin played Quillon?": a sentence
        teams = {w.lower() for w in names_in(d.searched) if w.lower() not in _CALENDAR_NAMES}
        d = _to_scoreline(d, order, teams)           # with a result ("beat Quillon Rovers [3-1]"), first
        order = _first(d, order, lambda j, text, a, b: is_score(text[a:b]))

        def between(j, text, a, b) -> bool:         # a result between the sides named
            return bool(teams) and is_score(text[a:b]) and teams <= _words_of(text)
        order = _first(d, order, between)
        for j in _kept(d, order, between):          # answers whatever the models say
            _at_the_bar(answerable, int(j), s)
            topic[j] = max(topic[j], threshold_for(index.size) if s.threshold is None else s.threshold)
    if len(order) and _MINUTE_ASKED.search(d.searched):     # "In which minute did Petrossian score the winner?":
        d = _to_minute(d, order)        # "in the [112th minute]", not "eight minutes from the end"
        order = _kept(d, order, lambda j, text, a, b: bool(_MATCH_MINUTE.fullmatch(text[a:b])))
        said = said or ("" if len(order) else _joined(NO_MINUTE, withheld))
        named = set(tokenize(" ".join(names_in(d.searched))))
        event = set(tokenize(d.searched)) - named - _ANY_GOAL
        order = _first(d, order, lambda j, text, a, b: named <= set(tokenize(text)))   # the scorer asked's first,
        order = _first(d, order, lambda j, text, a, b: bool(event & set(tokenize(text[max(0, a - 40):a]))))
        # and before it the minute of the event asked: "His [winner], in the 112th minute", not "a penalty in the
        # 83rd minute"
    if margin_asked(d.searched):    # "By how many votes did Raman win?": a sentence quoting a margin first
        order = _first(d, order, lambda j, text, a, b: margin_at(text, a))
    if figure == "age":         # "How old is Varga?": "Varga, now 55", before "a 19-year-old … in 1987"
        order = _first(d, order, lambda j, text, a, b: not age_then(d.searched, text, a, b))
        if len(order) and _age_told_after(index, d, int(order[0])):
            _at_the_bar(answerable, int(order[0]), s)       # "He was 88."
    if _NOT_FILED.search(d.searched):   # the dateline's date is when the story was filed, not what is to come
        order = _kept(d, order, lambda j, text, a, b: a >= max(dateline_end(text), filed_end(text))   # or came
                      and not weekday_for_earlier(d.searched, text[a:b]))   # before it ("HAVLIN, April 22 (TPA) -
        # " too), nor the story's "Sunday"
    if wanted(d.searched) not in (Wanted.PLACE, Wanted.DATE):      # "TOLBY, 8 June (Wirepress) – …": where and
        order = _kept(d, order, lambda j, text, a, b: b > filed_end(text))     # when it was filed, nothing else
    order = _kept(d, order, lambda j, text, a, b: not outcome_to_come(d.searched, text))    # "What was the result
    # of the vote?": not "The bill faces its final vote on 24 March."
    if _TO_COME.search(d.searched):     # "When is the next strike?": not the strikes before the story's date, nor
        order = _kept(d, order, lambda j, text, a, b: not all_past(index, document_of(index, d, j), text[a:b], text)
                      and says_when(text[a:b]))     # what says no time ("When will he appeal?": "disproportionate")
    order = _kept(d, order, lambda j, text, a, b: not term_only_sought(d.searched, text, a, b))   # "How long was
    # he jailed?": not the five years the prosecutor sought
    # "Who replaced Quental?": never the one replaced ("Orrick was replaced by …"); "How long was Aulakh
    # jailed for?": never his age
    order = _kept(d, order, lambda j, text, a, b: not replaced_asked(d.searched, text, a, b)
                  and (figure or not age_for_measure(d.searched, text, a, b))
                  and not win_to_come(d.searched, text)     # "Who won …?": not from "if they are to win"
                  and not another_event(d.searched, text, a, b)    # nor the wheelchair race's for the women's
                  and not header_row(index, int(d.evidence.srows[int(d.picked[j])])))   # nor a column's name
    first = int(order[0]) if len(order) else -1
    measure, statistic = measure_asked(d.searched), statistic_asked(d.searched)
    # "What was the average inflation rate?": the statistic named before "rate" is the measure ("Average inflation …
    # was 3.8 percent" names it; a sentence naming an interest rate does not)
    if measure == "rate" and statistic and re.search(rf"\b{statistic}\s+rates?\b", d.searched, re.IGNORECASE):
        measure = statistic
    order = _naming_the_measure(d, order, measure or statistic, ordinal_asked(d.searched),
                                lambda j: _question_answered(index, d, j))
    d = _respanned_record(d, order)     # (the record set: a figure of the beaten one's kind the reader offers)
    order = _kept(d, order, lambda j, text, a, b: not previous_only(d.searched, text, a, b))   # "What record
    # was set?": not "The previous national record, 37.8C, …"
    if figure in ("count", "amount") and len(order):     # "How many pumps … in the Calderine district?": not "35
        to_be = _WILL_BE.search(d.searched) is not None     # pumps on standby in the Ondra Valley"; "How many
        order = _kept(d, order, lambda j, text, a, b: not another_place(d.searched, text, a, b)   # visitors did it
                      and not expected_only(d.searched, text, a, b)         # have?": not what "The museum expects";
                      and not (to_be and _of_years_gone(index, d, j, text, a, b)))   # "How much will the repair
        # cost?": not "The bridge was last renovated in 2012 at a cost of [96 million]"
    if measure and len(order):      # "How much profit …?": never a sentence not saying profit (the revenue)
        order = _kept(d, order, lambda j, text, a, b: not another_measure(measure, text)
                      and not another_profit(d.searched, text))     # nor a pre-tax profit for the operating
        kind = " or ".join(sorted(profit_kinds(d.searched)))
        said = said or ("" if len(order) else _joined(NO_MEASURE.format(f"{kind} {measure}".strip()), withheld))
    sum_kind = sum_asked(d.searched)
    if sum_kind and len(order):     # "What will Ennis earn?": not his transfer fee; "How much damage …?": not gusts
        order = _kept(d, order, lambda j, text, a, b: not gives_no_sum_of(sum_kind, text))
        said = said or ("" if len(order) else _joined(NO_MEASURE.format(sum_kind.named), withheld))
    for on, lifted in ((first, vouched), (judged, (topic,))):    # the story the first sentence was judged on: a
        if on >= 0 and len(order) and order[0] != on and _same_subject(index, d, int(order[0]), on):    # sentence
            for p in lifted:    # of it naming the measure is as answerable; one giving the figure asked, on topic
                p[order[0]] = max(p[order[0]], p[on])
    who, names = speaker(d.searched)
    if names and len(order):        # "What did X say?": only what X is said to have said
        order = np.array([j for j in order if quotes_speaker(index, d, int(j), names)], dtype=np.int64)
        if wanted(d.searched) is Wanted.QUOTE:      # "What did she say?": all an interview's answer says
            d = whole_answers(index, d, order, names)
        reported = int(order[0]) if len(order) else -1
        if only_said(d.searched):       # "What did X say?": their words as they said them before a report
            order = _first(d, order, lambda j, text, a, b: quotes_directly(text))
        order = _first(d, order, lambda j, *_: gives_their_words(index, d, j)     # their words first
                       or speaks_in_a_story_about(index, d, j))
        sure_as = _reported_before(index, d, order, reported)
        if sure_as is not None:     # their words in the same story, or right after it: as sure as the report was
            for p in (*vouched, confidence):    # ("Frida Moen-Lassen conceded defeat. "We ran …," she said.")
                p[order[0]] = max(p[order[0]], p[sure_as])
        said = said or ("" if len(order) else _joined(f"None of the passages read quotes {who}.", withheld))
    if not photo_asked(d.searched):     # "Photo: Anja Berg / Courier" says who took it, nothing else
        order = _kept(d, order, lambda j, text, a, b: not in_credit(text, a))
    if not _about_the_page(d.searched):     # "SportsDesk Dravosk | 10.08.2025" says who published the story and
        order = _kept(d, order, lambda j, text, a, b: not _credit_line(text))     # when, not who won the race
    if not WHO_SAID.match(d.searched) and not SPEAKING_ASKED.match(d.searched):     # "MAJA THORSEN: Ida Lorn,
        order = _kept(d, order, lambda j, text, a, b: not _in_label(index, d, j, b))   # thank you.": a transcript's
        # label says who speaks, and answers only who did ("Who interviewed her?")
    if wanted(d.searched) is not Wanted.QUOTE:      # a scrap of dialogue ('"Norway spruce.') says nothing on its
        order = _kept(d, order, lambda j, text, a, b: not _SCRAP.match(text)    # own (what someone said only),
                      and (not _asks(index, d, j) or _premise(d, j, text)      # nor does a question asked
                           or bool(ASKER_ASKED.match(d.searched))))     # (but who asked it)
    if wanted(d.searched) is Wanted.PLACE or unit_asked(d.searched):   # "Where was the count held?", "How far
        order = _kept(d, order, lambda j, text, a, b: not only_a_date(text[a:b]))   # is it?": never a date alone
    if _WHO_OR_WHERE.match(d.searched):     # "Who is Kayleigh Marsh's partner?": never "29"
        order = _kept(d, order, lambda j, text, a, b: not _FIGURES_ONLY.fullmatch(text[a:b]))
    if _NAMES_ASKED.match(d.searched) and not _NUMBERED.search(d.searched[:1000]):   # "What are the names of
        # the two men?": not "34 and 52" (but "route 9", "the 42 and the 17" name routes)
        order = _kept(d, order, lambda j, text, a, b: not _UNNAMED_FIGURES.fullmatch(text[a:b])
                      and not _COUNT_ONLY.fullmatch(text[a:b].strip()))     # nor "Two"
    if cause_of_death_asked(d.searched):    # "What did she die of?": not "at her home in Otsby" nor "aged 88"
        order = _kept(d, order, lambda j, text, a, b: not no_cause(text, a, b))
    if cause_asked(d.searched) and len(order):  # "What caused the explosion?": not "Two workers were killed … in
        order = _kept(d, order, lambda j, text, a, b: not tells_no_cause(text))      # an explosion"
        said = said or ("" if len(order) else _joined(NO_CAUSE, withheld))
    if len(order) and wanted(d.searched) in (Wanted.NUMBER, Wanted.AMOUNT) and source_asked(d.searched):
        # "How many roads does the fire service say …?": not what police say
        order = _kept(d, order, lambda j, text, a, b: not told_by_another(d.searched, text))
    if not asks_time(d.searched):      # a live page's "08:02" answers only a question of time
        order = _kept(d, order, lambda j, text, a, b: not clock_only(text[a:b]))
    if wanted(d.searched) in (Wanted.PERSON, Wanted.NAME) and len(order) \
            and unnamed(index, d, int(order[0]), d.readings[order[0]].start, d.readings[order[0]].end):
        order = order[:0]       # "Who died?": the story asked about says "He has not yet been named."
        said = said or _joined(NOT_NAMED, withheld)
    if _NAMES_ASKED.match(d.searched) and _PERSON_NAMED.search(d.searched[:1000]):      # "What was the name of
        order = _kept(d, order, lambda j, text, a, b: _names_anything(text[a:b])    # the man who died?": not "A man",
                      and not (_PLACE_BEFORE.search(text[max(0, a - 12):a])       # nor where: "in [Fennick Cross]"
                               and not re.match(r"['’]s\b", text[b:b + 3])))      # (not "outside [Tom Reyes]'s home")
    untold_here = untold(index, d, int(order[0])) if len(order) else ""
    if untold_here:             # "… by a full metre cost?": "The cost of a full metre has not been published."
        order = order[:0]
        said = said or _joined(NOT_TOLD.format(untold_here), withheld)
    order = _kept(d, order, lambda j, text, a, b: not names_only_the_other_of_a_pair(d.searched, text)    # "Who won
                  and not womens_for_mens(d.searched, text, a, b) and not another_category(d.searched, text))
    # best actor?": not "Best actress went to Maja Korhonen"
    order = _kept(d, order, lambda j, text, a, b: not kin_of_another(d.searched, text, a, b))    # "What were
    # the names of her sons?": not "her husband, Aksel"
    order = _kept(d, order, lambda j, text, a, b: not role_of_another(d.searched, text)   # "Who was Dorit
                  and not titled_otherwise(d.searched, text, a, b))   # Amsel's lawyer?": not "Viktor Amsel's
    # lawyer, Jorun Pike"; "Who is the chief scientific officer?": not "Dr Anneli Rusk, Chief Executive Officer"
    role = role_asked(d.searched)
    if role and len(order):     # "Who is the chairman?": not "manager Sabine Thornley" where no chairman is named
        order = _kept(d, order, lambda j, text, a, b: not another_role(d.searched, text, a, b))
        said = said or ("" if len(order) else _joined(NO_ROLE.format(role_named(d.searched)), withheld))
    if role and len(order) > 1 and wanted(d.searched) is Wanted.PERSON and not _names_someone(d, int(order[0])):
        order = _first(d, order, lambda j, text, a, b: holder_quoted(role, text, a, b))     # "Who is Sorvenna
        # Railways' timetable director?": not the lede's "Sorvenna's national rail operator" but "SR's timetable
        # director, Bertil Haugland"
    if role and len(order) and _titled_holder(index, d, int(order[0]), role):     # "Who is Zaltheria's agriculture
        threshold = threshold_for(index.size) if s.threshold is None else s.threshold     # minister?": "Agriculture
        topic[order[0]] = max(topic[order[0]], threshold)       # Minister Sten Ulvaeus said …" is about it and answers
        _at_the_bar(answerable, int(order[0]), s)
    deed = deed_asked(d.searched)
    if deed and len(order):         # "Who designed the footbridge?": not the council that voted to build it
        order = _kept(d, order, lambda j, text, a, b: says_deed(deed, text))
        said = said or ("" if len(order) else _joined(NO_DEED.format(deed.asked), withheld))
    if wanted(d.searched) is Wanted.PERSON and len(order):    # "Who chairs the finance committee?": not "Anselm
        order = _first(d, order, lambda j, text, a, b: not of_another_body(d.searched, text, a, b))  # Petrov,
        # chair of the Traders' Association" (last, should nothing else be read)
    if wanted(d.searched) is Wanted.PERSON:     # a letter's signature says only who wrote the letter above;
        order = _kept(d, order, lambda j, text, a, b: not signs_a_letter(index, d, j)   # "Sir" names no one,
                      and (not SALUTATION.fullmatch(text[a:b]) or in_letter(index, d, j) is not None))  # its writer
    if not about_correction(d.searched):     # what a correction says was wrong: no answer (nor does
        order = _kept(d, order, lambda j, text, a, b: not correction_note(text)       # a corrections column)
                      and not told_wrong(index.documents[document_of(index, d, j)]["title"], text))
    elif wanted(d.searched) in (Wanted.AMOUNT, Wanted.NUMBER) and not asks_wrong(d.searched):   # "What was the
        # correct attendance?": the figure a correction gives
        order = _first(d, order, lambda j, text, a, b: d.span_fit[j, 0] == 1 and (says_right(
            index.documents[document_of(index, d, j)]["title"], text) or _note_goes_on(index, d, j, text)))
    elif asks_wrong(d.searched):    # "What was the wrong vote count it first reported?": the correction's telling
        order = _first(d, order, lambda j, text, a, b: (correction_note(text) or told_wrong(   # of what it said,
            index.documents[document_of(index, d, j)]["title"], text)) and not says_right(      # not "The correct
            index.documents[document_of(index, d, j)]["title"], text))                         # figure is …"
    if len(order) and described(d.searched):    # "Who is Declan Moorhouse?": a sentence saying who he is first
        order = _first(d, order, lambda j, text, a, b: describes(text, a, b, d.searched))
    # "How many votes did Mikael Holm get?": not a sentence about Karin Holm alone, where one names him
    order = _first(d, order, lambda j, text, a, b: not namesake_only(d.searched, text))
    if wanted(d.searched) not in (Wanted.PERSON, Wanted.NAME):   # "What was the insurance bill for Storm Hedda?":
        order = _first(d, order, lambda j, text, a, b: not another_named(d.searched, text))    # Storm Ingvar's last
    quote = quote_asked(d.searched) if WHO_SAID.match(d.searched) else ()
    if quote and len(order):        # 'Who said "…"?': the sentence holding the words quoted first
        order = _first(d, order, lambda j, text, a, b: holds_quote(quote, text))
        order = _first(d, order, lambda j, text, a, b: holds_quote(quote, text)   # one saying whose they are
                       and bool(said_by(text) or pronoun_speaker(text)))          # before a pull quote's repeat
    if len(order) == 0:
        return Answer(question=d.question, found=False, passages=d.passages[:k], searched=d.searched,
                      notice=_joined(d.notice, said))
    own = quoted_on_topic(index, d, order)
    if own is not None:     # "What did the chief medical officer say about measles?": her words quoted on it,
        order = _promoted(order, (*vouched, confidence), own)     # after what she was reported saying
    if about and not names_in(d.searched) and not re.search(r"\d", d.searched):   # "What was the turnout?" in a
        story_first = _first(d, order, lambda j, *_: index.documents[document_of(index, d, j)]["source"] in about)
        # conversation about the strike ballot: its story's answer before a by-election's; when that story's
        # answer is turned away, the best of all ("What was the appeal deadline?" after a timeline's judge)
        settled = _settle(index, d, story_first, k, s, about, confidence, topic, answerable, quote, withheld)
        if settled.found or int(story_first[0]) == int(order[0]):
            return settled
    return _settle(index, d, order, k, s, about, confidence, topic, answerable, quote, withheld)


def _settle(index: Index, d: Deliberation, order: np.ndarray, k: int, s: Settings, about: frozenset[str],
            confidence: np.ndarray, topic: np.ndarray, answerable: np.ndarray | None, quote: tuple[str, ...],
            withheld: str) -> Answer:
    """The answer from the first sentence of ``order`` (its alternatives from the rest), or "not found"
    when neither the "topic" probability, ``about`` nor the words asked for vouch for it, or it is below
    the "answerable" bar."""
    threshold = threshold_for(index.size) if s.threshold is None else s.threshold
    answers = [letter_writer(index, d, int(j), _make_answer(index, d, int(j), float(confidence[j]))) for j in order]
    read = answers[0]
    answers[0] = best = labelled_speaker(index, d, int(order[0]), named_speaker(index, d, int(order[0]), read))
    answers[0] = best = pronoun_person(index, d, int(order[0]), best)
    answers[0] = best = whole_quote(index, d, int(order[0]), best)
    passages = _answer_first(list(d.passages), best.source, best.sentence_start, best.sentence_end)
    bar = answerable_threshold(s)
    spoke = best is not read or any(best.text and best.text in name for name in said_by(best.sentence))
    their_words = gives_their_words(index, d, int(order[0])) \
        or (bool(quote) and spoke and holds_quote(quote, read.sentence))    # or the words quoted, to a speaker named
    unanswered = bar is not None and answerable is not None and answerable[order[0]] < bar and not their_words
    on_subject = best.source in about or their_words or speaks_in_a_story_about(index, d, int(order[0])) \
        or _cell_asked(index, d, int(order[0]))
    if not (topic[order[0]] >= threshold or on_subject) or unanswered:
        return Answer(question=d.question, found=False, passages=tuple(passages[:k]), searched=d.searched,
                      notice=_joined(d.notice, withheld))
    on_topic = [a for a, j in zip(answers[1:], order[1:]) if topic[j] >= threshold or a.source in about]
    if not about_correction(d.searched) and not asks_wrong(d.searched):
        best = _as_corrected(index, document_of(index, d, int(order[0])), best)
    if wanted(d.searched) in (Wanted.PERSON, Wanted.NAME) or _TITLED.match(best.text):
        best = _in_full(index, best)        # (a person's: not "Ferrowby" of "North Ferrowby")
    return replace(best, passages=tuple(passages[:k]),
                   alternatives=_alternatives(on_topic, best, s.alternative_min_score))


_TITLED = re.compile(rf"(?i:{'|'.join(sorted(HONORIFICS))})\.?\s+\S")      # "Mr Donofrio"


def _in_full(index: Index, a: Answer) -> Answer:
    """``a`` with the whole name of the person its span names by surname alone ("Ferrante"), where its
    article names them in full ("Aldo Ferrante": ``full_names.full_name``); ``a`` as it is otherwise."""
    doc = index.document_at(a.source, a.start)
    first, end = index.documents[doc]["sentence_rows"]
    text = index.article_text(doc)
    at = full_name(text, a.text, (index.sentence_span(row) for row in range(first, end)))
    if at is None:
        return a
    return replace(a, named_in_full=text[at[0]:at[1]], named_at=at[0], named_line=text.count("\n", 0, at[0]) + 1)


def _reported_before(index: Index, d: Deliberation, order: np.ndarray, reported: int) -> int | None:
    """For "What did X say?" answered by the first of ``order``: the sentence read whose confidence
    that answer deserves — the one first before their words were put first (``reported``), when it
    gives their words in the same story too, or, when the answer gives their words, the one right
    before it ("Frida Moen-Lassen conceded defeat. "We ran …," she said."); None when neither."""
    if not len(order):
        return None
    first = int(order[0])
    if reported not in (first, -1) and document_of(index, d, first) == document_of(index, d, reported) \
            and gives_their_words(index, d, reported):
        return reported
    row = int(d.evidence.srows[int(d.picked[first])])
    return next((j for j in range(len(d.picked)) if int(d.evidence.srows[int(d.picked[j])]) == row - 1), None) \
        if gives_their_words(index, d, first) else None


def _as_corrected(index: Index, doc: int, a: Answer) -> Answer:
    """``a`` quoting instead the figure a correction in its article puts in place of the one it
    quotes ("the fund holds 2.3 million thalers, not 3.2 million as we first reported", for "3.2
    million thalers" quoted from the entry it corrects), or the name ("… gave the name of the lead researcher
    as Dr Petra Hallin. She is Dr Petra Hallberg."); ``a`` as it is otherwise."""
    first, end = index.documents[doc]["sentence_rows"]
    for row in range(first, end):
        sentence = index.sentence_text(row)
        right = corrected_figure(sentence, a.text) if "not" in sentence else None
        named = corrected_name(sentence, index.sentence_text(row + 1) if row + 1 < end else "", a.text) \
            if right is None else None
        if named is not None:           # "… gave the name … as Dr Petra Hallin. She is Dr Petra Hallberg."
            right, row = named[1:], row + named[0]
            sentence = index.sentence_text(row)
        if right is None:
            continue
        start, stop = index.sentence_span(row)
        if (start, stop) == (a.sentence_start, a.sentence_end):
            return a
        text = index.article_text(doc)
        return replace(a, text=sentence[right[0]:right[1]], start=start + right[0], end=start + right[1],
                       sentence=sentence, sentence_start=start, sentence_end=stop,
                       line=text.count("\n", 0, start + right[0]) + 1)
    return a


# what parts a range or a list: "3.1% to 8.7%", "3.1%-8.7%", "Leeds, York and Hull" (not "Okonkwo-Bell")
_ITEMS = re.compile(rf"\s*(?:[,;]|\b(?:to|and|or)\b|(?<=[\d%])\s*[-–]\s*(?=[{CURRENCY_SIGNS}\d])|\s[-–]\s)\s*")


def _quoted_again(index: Index, d: Deliberation, not_again: frozenset[tuple[str, str, str]], slack: float
                  ) -> tuple[Deliberation, set[int]]:
    """``d`` with each sentence read whose quote is one of ``not_again`` quoting instead the next
    span the reader offers there that neither holds nor is a piece of a quote given from it
    (``_new_quote``: "Lind" of "Mara Lind"); and the sentences read with no such span, not to
    answer from."""
    readings, spent = list(d.readings), set()
    for j, r in enumerate(d.readings):
        sentence = d.evidence.texts[int(d.picked[j])]
        doc = document_of(index, d, j)
        given = [q for source, where, q in not_again if source == index.documents[doc]["source"] and where == sentence]
        if _new_quote(sentence, r.start, r.end, given):
            continue
        dated = index.year(doc) if years_named(d.searched) else None
        rest = [x for x in r.spans if _new_quote(sentence, x[0], x[1], given)]
        for n, (a, b, _) in enumerate(rest):
            again = choose(d.searched, sentence, replace(r, start=a, end=b, spans=tuple(rest[n:])), slack, dated)
            if _new_quote(sentence, again.start, again.end, given):
                readings[j] = again
                break
        else:
            spent.add(j)
    return replace(d, readings=tuple(readings)), spent


def _new_quote(sentence: str, start: int, end: int, given: list[str]) -> bool:
    """Whether ``sentence[start:end]`` is none of the quotes ``given``: it holds none, nor is it a
    piece of one ("Lind" of "Mara Lind", "Bell" of "Rhys Okonkwo-Bell", "%" of "0.6%", "around £"
    of "around £6m") other than a whole item of a range or a list ("8.7%" of "3.1% to 8.7%", the
    rate after)."""
    span = sentence[start:end].strip()
    return not any(_holds(span, q) or ((_holds(q, span) or _inside(sentence, start, end, q))
                                       and span not in _ITEMS.split(q)) for q in given)


def _inside(sentence: str, start: int, end: int, quote: str) -> bool:
    """Whether ``sentence[start:end]`` lies where ``sentence`` holds ``quote``."""
    return bool(quote) and any(m.start() <= start and end <= m.end()
                               for m in re.finditer(re.escape(quote), sentence))


def _holds(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text`` as whole words ("5" is not in "15")."""
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _joined(*notices: str) -> str:
    """The notices given, in order, as one."""
    return " ".join(filter(None, notices))


def _naming_the_measure(d: Deliberation, order: np.ndarray, measure: str, place: str = "",
                        asked_of: Callable[[int], str] = lambda j: "") -> np.ndarray:
    """``order`` with, when its best sentence does not name the ``measure`` asked for ("revenue",
    "turnout", any form of the word) or the ``place`` ("second", the word itself: "58 seconds" is no place)
    and one of the next two does and quotes what is asked (an amount, a name), that one first: a
    profit is no answer to a question about revenue, nor the winner to "Who finished second?",
    however alike the sentences. An interview's answer names what the interviewer's question before it
    names (``asked_of``: "Q: What is your household's electricity bill?" / "A: About 1,340 talen a year.").
    (``decide`` then judges it, when it is of the same story, as
    likely on topic and answerable as the sentence it displaced: the reader had preferred that
    one for sharing the question's words, not for answering it better. Another story's sentence is
    judged as it is, and most often turned away: a question no story answers in its words.)"""
    words = tokenize(measure)
    if not (words or place) or len(order) < 2:
        return order

    def names(j) -> bool:
        text = d.evidence.texts[int(d.picked[j])]
        if row_named(d.searched, text) or item_named(d.searched, text):    # a table's row or a list's item the
            # question names: its header or the words leading into the list say the measure
            return True
        text = f"{asked_of(j)} {text}"
        return words[0] in tokenize(text) if words else re.search(rf"\b{re.escape(place)}\b", text, re.I) is not None

    if names(order[0]):
        return order
    def figure(j) -> bool:          # (where no kind is asked for: "What was the turnout?")
        return re.search(r"\d", d.evidence.texts[int(d.picked[j])][d.readings[j].start:d.readings[j].end]) is not None

    for j in order[1:3]:
        if names(j) and (d.span_fit[j, 0] == 1 or (d.span_fit[j, 0] == 0 and figure(j))):
            return np.concatenate([[j], order[order != j]])
    return order


def _first(d: Deliberation, order: np.ndarray, keep) -> np.ndarray:
    """``order`` with those for which ``keep`` holds (as in ``_kept``) first, each part in its order."""
    kept = _kept(d, order, keep)
    chosen = set(kept.tolist())
    return np.concatenate([kept, np.array([j for j in order if int(j) not in chosen], dtype=np.int64)])


def _promoted(order: np.ndarray, vouched: tuple[np.ndarray, ...], j: int) -> np.ndarray:
    """``order`` with the j-th sentence read first, judged as on topic and answerable as the one it
    displaces, and as likely right (``vouched``: those probabilities, raised in place)."""
    for p in vouched:
        p[j] = max(p[j], p[int(order[0])])
    return np.concatenate([[j], order[order != j]])


def _note_goes_on(index: Index, d: Deliberation, j: int, text: str) -> bool:
    """Whether the j-th sentence read (``text``) tells what is right right after a correction note
    (``corrections.note_goes_on``)."""
    return note_goes_on(previous_sentence(index, int(d.evidence.srows[int(d.picked[j])])), text)


def _at_the_bar(answerable: np.ndarray | None, j: int, s: Settings) -> None:
    """Raise the j-th sentence read's "answerable" probability to the bar (``answerable_threshold``) where
    it is below it: what the rule calling this vouches for answers, whatever the model says."""
    bar = answerable_threshold(s)
    if answerable is not None and bar is not None:
        answerable[j] = max(answerable[j], bar)


def _titled_holder(index: Index, d: Deliberation, j: int, role: frozenset[str]) -> bool:
    """Whether the span quoted from the j-th sentence read is the name it gives the holder of the role asked
    (``holder_quoted``) under the role's title, every word the question names the role by in the 40 characters
    before the name ("Agriculture Minister Sten Ulvaeus" for "Zaltheria's agriculture minister", "Governor
    Oskar Tennaby"), in an article naming the role's owner or body ("Zaltheria", "Bolmaranth Reserve Bank") as
    the question does (a question naming neither takes any article's)."""
    r, text = d.readings[j], d.evidence.texts[int(d.picked[j])]
    named = role_named(d.searched)
    owner = re.match(rf"(?:the\s+)?((?:[{CAPITALS}][\w-]*\s+){{0,3}}[{CAPITALS}][\w-]*)['’]s?\s+", named)
    title = set(tokenize(named[owner.end():] if owner else named)) - STOPWORDS
    if not title or not holder_quoted(role, text, r.start, r.end) \
            or not title <= set(tokenize(text[max(0, r.start - 40):r.start])):
        return False
    body = asked_role_and_body(d.searched)[1] or (owner.group(1) if owner else "")
    return not body or body.lower() in index.article_text(document_of(index, d, j)).lower()


def _respanned_record(d: Deliberation, order: np.ndarray) -> Deliberation:
    """``d`` with each sentence read quoting the record a question asking for one says was beaten ("beating the
    previous national record of [40.1C]") quoting instead the first short span the reader offers there that is
    no such record and measures what it does (a temperature: "[41.3C]"), where there is one."""
    asked = d.searched
    for j in map(int, order):
        r, text = d.readings[j], d.evidence.texts[int(d.picked[j])]
        if previous_only(asked, text, r.start, r.end):
            kind = measured(text, r.start, r.end)
            d = _respanned(d, np.array([j]), lambda t, a, b: False,
                           lambda t, a, b, kind=kind: bool(kind) and len(t[a:b].split()) <= 3
                           and not previous_only(asked, t, a, b) and measured(t, a, b) == kind)
    return d


def _names_shared(index: Index, d: Deliberation, j: int) -> bool:
    """Whether the j-th sentence read, or the one before it, names something the question names: a capitalised
    word of both but their first, no month nor day, that is no common word, or two such ("At the Athletic Ground,
    Rovers took the lead …" / "… in front of a crowd of 24,310.")."""
    told = names_in(d.evidence.texts[int(d.picked[j])]) + names_in(
        previous_sentence(index, int(d.evidence.srows[int(d.picked[j])])))
    shared = {name for name in set(names_in(d.searched)) & set(told) if name.lower() not in _CALENDAR_NAMES}
    return len(shared) >= 2 or any(not common_word(name.lower()) for name in shared)   # (not "Cup" alone)


# An age told on its own right after the sentence naming whose it is: "… has died at his home in Lussany. [He was 88.]"
_AGE_ALONE = re.compile(r"^\W*(?:he|she)\s+(?:was|is|had\s+turned|turned)\s+(?:aged\s+)?\d{1,3}(?:\s+years\s+old)?\W*$",
                        re.IGNORECASE)


def _age_told_after(index: Index, d: Deliberation, j: int) -> bool:
    """Whether the j-th sentence read tells an age alone ("He was 88.") right after a sentence naming
    someone the question names: as answerable as the sentence naming them would be."""
    text = d.evidence.texts[int(d.picked[j])]
    if not _AGE_ALONE.match(text):
        return False
    before = set(re.findall(r"[^\W_]+", re.sub(r"['’]s\b", "", previous_sentence(index, int(d.evidence.srows[
        int(d.picked[j])])))))      # ("Varga's family said …", "Brennan-Holt")
    return any(name in before for name in names_in(d.searched) if not common_word(name.lower()))


def _kept(d: Deliberation, order: np.ndarray, keep) -> np.ndarray:
    """Those of ``order`` (positions of the sentences read) for which ``keep(j, sentence, start,
    end)`` holds, the span quoted from the sentence being ``sentence[start:end]``."""
    return np.array([j for j in order if keep(int(j), d.evidence.texts[int(d.picked[j])], d.readings[j].start,
                                              d.readings[j].end)], dtype=np.int64)


# The words asking what kind of answer is wanted: "How long", "How many", "What time", "In which year"
_WH_PHRASE = re.compile(r"^\W*(?:(?:in|on|at|by|for|from|to)\s+)?(?:how\s+(?:long|many|much|old|far|big|large|high"
                        r"|tall|deep|often|fast|soon)|(?:what|which)\s+(?:time|year|month|day|date|age|number"
                        r"|percentage|share|proportion|amount|price|sum)|who|whom|whose|when|where|what|which)\b",
                        re.IGNORECASE)


def _specific_instead(index: Index, d: Deliberation, order: np.ndarray) -> int | None:
    """The sentence read (its position in ``picked``) to answer a "How many …?" instead of the best one
    of ``order`` when the best holds none of the question's words that its article's headline and lede (its first
    sentence of more than eight words, after the header's lines) do not (what says which of the
    story's figures or people is asked: "international" of "How many international passengers did
    Korvane Airport handle?", where the lede gives the airport's total) and another sentence read of
    that article holds some, its quoted span of the kind asked for (the one holding most, the best
    ranked of those), a figure counting what is asked ("[7.2 million] passengers"). Only for "How many
    <things> …?" (a lede's paraphrase of a person or a sum is as often the answer: "last year" for
    "2004"); None when the best or the sentence before it (what "its" stands for) holds such a word.
    The words asking what is wanted ("How many") say nothing of which."""
    if len(order) < 2:
        return None
    best = int(order[0])
    doc = document_of(index, d, best)
    meta = index.documents[doc]
    first, end = meta["sentence_rows"]
    lede = next((r for r in range(first, min(end, first + 8)) if len(index.sentence_text(r).split()) > 8), first)
    topic = set(tokenize(" ".join([meta["title"], *(index.sentence_text(r) for r in range(first, lede + 1))])))
    noun = tokenize(counted(d.searched))
    specific = set(tokenize(_WH_PHRASE.sub("", d.searched, count=1))) - topic - set(noun)    # (what is counted
    row = int(d.evidence.srows[int(d.picked[best])])                   # says nothing of which: "workers", "jobs")
    if not noun or not specific \
            or specific & set(tokenize(previous_sentence(index, row) + " " + index.sentence_text(row))):
        return None         # (the sentence before may name what "its" or "he" stands for)

    def counts_it(j: int) -> bool:         # "[7.2 million] passengers": the figure quoted counts what is asked
        text, reading = d.evidence.texts[int(d.picked[j])], d.readings[j]
        return noun[-1] in tokenize(text[reading.end:reading.end + 40])[:2]

    held = [(len(specific & set(tokenize(d.evidence.texts[int(d.picked[j])]))), -n, int(j))
            for n, j in enumerate(order[1:]) if document_of(index, d, int(j)) == doc
            and d.span_fit[j, 0] == 1 and d.span_fit[j, 1] == 0 and counts_it(int(j))]
    held = [h for h in held if h[0] > 0]
    return max(held)[2] if held else None


def _row_named_instead(index: Index, d: Deliberation, order: np.ndarray) -> int | None:
    """The sentence read (its position in ``picked``) that is a row of the same table as the best one
    of ``order``, a table's row the question does not name, and whose label of two words or more the
    question names ("Who won best cheese?": "| Best cheese | Ostreval Valley Dairy |" before "| Best
    cider | Jens Morrow |"); else None."""
    if not len(order):
        return None
    best = d.evidence.texts[int(d.picked[order[0]])]
    if not table_row(best) or row_named(d.searched, best):
        return None
    for j in order[1:]:
        text = d.evidence.texts[int(d.picked[j])]
        if table_row(text) and row_named(d.searched, text) and len(row_label(text).split()) > 1 \
                and document_of(index, d, int(j)) == document_of(index, d, int(order[0])):
            return int(j)
    return None


def _same_subject(index: Index, d: Deliberation, j: int, k: int) -> bool:
    """Whether the j-th sentence read is of the k-th one's article and names nothing that neither
    the question nor that sentence names ("Revenue fell to £4.2bn." after "Solent Power made a
    loss …", not "Revenue at its rival, Wessex Grid, rose …")."""
    if document_of(index, d, j) != document_of(index, d, k):
        return False
    known = d.searched + " " + d.evidence.texts[int(d.picked[k])]
    return not new_names(known, d.evidence.texts[int(d.picked[j])])


def _opening(index: Index, d: Deliberation, j: int) -> str:
    """The first sentence of the j-th sentence read's article (its lede, when it has no headline line)."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    first = srow
    while first > 0 and index.same_article(first, first - 1):
        first -= 1
    return index.sentence_text(first)


def _after_lede(index: Index, d: Deliberation, order: np.ndarray) -> int | None:
    """The sentence read (its position in ``picked``) right after the best one of ``order`` (the
    sentences read, best first) when the best is its article's first sentence and quotes nothing
    of the kind the question asks for, and that next one, also read, quotes such a thing; else
    None. A news story's lede tells the story in the question's own words and leaves the name or
    the figure to the sentence after it ("A building firm has pulled out of the harbour
    contract." / "Northwind Construction, of Leeds, said …"): the lede shares more words with
    the question, but the next sentence answers it."""
    if len(order) < 2 or d.span_fit[order[0], 0] != -1:
        return None
    first = int(d.evidence.srows[d.picked[order[0]]])
    if index.same_article(first, first - 1) or not index.same_article(first, first + 1):
        return None
    for j in order[1:]:
        if int(d.evidence.srows[d.picked[j]]) == first + 1 and d.span_fit[j, 0] == 1:
            return int(j)
    return None


def _answer_to_asking(index: Index, d: Deliberation, order: np.ndarray) -> int | None:
    """The sentence read (its position in ``picked``) that opens the answer ("A: A protected cycle
    lane on Quarry Road.") to the best one of ``order`` when that is a sentence of an interviewer's
    question ("**Q: The council said no.** Will you appeal?", ``interview.asking``) and the first
    sentence of its article after that question, also read, is in the answer's paragraph; else
    None. The question asked shares its words with the interviewer's; the answer, which seldom
    repeats them, is what it asks for."""
    if not len(order) or not _asks(index, d, int(order[0])) \
            or _premise(d, int(order[0]), d.evidence.texts[int(d.picked[order[0]])]) or ASKER_ASKED.match(d.searched):
        return None         # (who asked it: the question's own label says)
    asked_at = int(d.evidence.srows[d.picked[order[0]]])
    text = index.article_text(index.sentence_document(asked_at))
    after = asked_at + 1
    while index.same_article(asked_at, after) and asking(text, index.sentence_span(after)[0]):
        after += 1          # the question's later sentences ("Q: You lost twice. Why stand again?")
    if not index.same_article(asked_at, after) or not label(text, index.sentence_span(after)[0]):
        return None
    for j in order[1:]:
        if int(d.evidence.srows[d.picked[j]]) == after:
            return int(j)
    return None


def _question_answered(index: Index, d: Deliberation, j: int) -> str:
    """The interviewer's question the j-th sentence read answers, when it opens an answer ("A: About 1,340
    talen a year." after "Q: What is the electricity bill of your own household?"), else ""."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    doc = index.sentence_document(srow)
    if not _asks_any(index, doc):
        return ""
    text = index.article_text(doc)
    if not label(text, index.sentence_span(srow)[0]):
        return ""
    asked, before = [], srow - 1
    while index.same_article(srow, before) and asking(text, index.sentence_span(before)[0]):
        asked.append(index.sentence_text(before))
        before -= 1
    return " ".join(reversed(asked))


def _under_heading(index: Index, d: Deliberation, order: np.ndarray) -> list[int]:
    """The sentences read (their positions in ``picked``) under the question heading (or the
    interviewer's question) that is the best one of ``order``, or else the one of its article sharing
    most with the question (stage 1's best: "Does it cost anything to have a meter fitted?" / "No.
    Installation is free."), in the article's order; [] when neither asks anything
    (``headings.answer_rows``)."""
    if not len(order):
        return []
    first_doc = document_of(index, d, int(order[0]))
    for asking_at in dict.fromkeys((int(order[0]), int(np.argmax(d.stage1)))):
        if document_of(index, d, asking_at) != first_doc:
            continue        # stage 1's best of another article: the best answer stands
        rows = answer_rows(index, int(d.evidence.srows[d.picked[asking_at]]),
                           corrected=about_correction(d.searched) and not asks_wrong(d.searched))
        read = {int(d.evidence.srows[d.picked[j]]): int(j) for j in order if j != asking_at}
        if rows:            # (those quoting what is asked, a person for "Who …?": not "That has not been decided")
            return [read[row] for row in rows if row in read and d.span_fit[read[row], 0] != -1]
    return []


def _asked_before(index: Index, d: Deliberation, order: np.ndarray, most: int = 6) -> int | None:
    """The sentence read (its position in ``picked``) of the interviewer's question that the best
    one of ``order`` answers: the best is in a labelled answer ("A: It starts on 1 September.", or
    a later sentence of that paragraph) and the question just before that answer was read too; else
    None. Such an answer seldom repeats the question's words ("When do free buses for under-18s
    start?"), which the interviewer's question holds ("Q: You promised free buses for under-18s.")."""
    if not len(order) or _asks(index, d, int(order[0])):
        return None
    row = int(d.evidence.srows[d.picked[order[0]]])
    doc = index.sentence_document(row)
    if not _asks_any(index, doc):
        return None
    text = index.article_text(doc)
    said = label(text, index.sentence_span(row)[0])
    if not said:
        return None
    at = row
    while at - 1 >= 0 and row - at < most and index.same_article(row, at - 1) \
            and not asking(text, index.sentence_span(at - 1)[0]) \
            and label(text, index.sentence_span(at - 1)[0]) == said:
        at -= 1             # back to the answer's first sentence
    asked = set()
    while at - 1 >= 0 and index.same_article(row, at - 1) and asking(text, index.sentence_span(at - 1)[0]):
        at -= 1
        asked.add(at)       # the interviewer's question before it
    return next((int(j) for j in order[1:] if int(d.evidence.srows[d.picked[j]]) in asked), None)


def _cell_asked(index: Index, d: Deliberation, j: int) -> bool:
    """Whether the j-th sentence read is a table's row whose cell quoted the question names by its row
    and its column (``pipeline.cell_asked``)."""
    srow = int(d.evidence.srows[d.picked[j]])
    return cell_asked(index, d.searched, srow, d.evidence.texts[int(d.picked[j])], d.readings[j].start)


def _in_label(index: Index, d: Deliberation, j: int, end: int) -> bool:
    """Whether the quote ending at offset ``end`` of the j-th sentence read is the speaker label a
    transcript's line opens with, or part of it ("[MAJA THORSEN]: …"; ``interview.words_start``; not
    "[A: A protected cycle lane.]", the words with it)."""
    if not _LABEL_OPENS.match(d.evidence.texts[int(d.picked[j])]):
        return False
    srow = int(d.evidence.srows[int(d.picked[j])])
    first, last = index.sentence_span(srow)
    return first + end <= words_start(index.article_text(index.sentence_document(srow)), first, last)


_LABEL_OPENS = re.compile(rf"[{CAPITALS}][\w .'’-]{{0,40}}:\s")     # what a speaker label opens a line with


def _asks_any(index: Index, doc: int) -> bool:
    """Whether article ``doc`` prints any interviewer's question (kept with the index)."""
    known = index.derived.setdefault("prints_questions", {})
    if doc not in known:
        known[doc] = has_questions(index.story_text(doc))
    return known[doc]


def _about_the_page(question: str) -> bool:
    """Whether ``question`` asks who wrote, edited, photographed or published an article, or when, or asks for
    any date."""
    return asks_author(question) or asks_editor(question) or asks_date(question) or asks_publisher(question) \
        or bool(photo_asked(question)) or wanted(question) is Wanted.DATE


def _credit_line(sentence: str) -> bool:
    """Whether ``sentence`` is a header's credit or date line ("Posted: 12.09.2025 by Marta Lind",
    ``qa.ingest.text.publication_date``; "Jana Novik | The Dravosk Courier | 03.04.2026", ``credit_parts``; a
    name and a date between bars, "SportsDesk Dravosk | 10.08.2025"), which a text file keeps as text."""
    if len(sentence) > 160 or sentence.lstrip().startswith("|"):       # (a table's row)
        return False
    parts = _CREDIT_BARS.split(sentence)
    return bool(publication_date(sentence) or credit_parts(sentence)) \
        or 2 <= len(parts) <= 4 and any(publication_date(part) for part in parts)    # a site's own name, its date


_CREDIT_BARS = re.compile(r"\s[|·•]\s")


def _asks(index: Index, d: Deliberation, j: int) -> bool:
    """Whether the j-th sentence read is in an interviewer's question (``interview.asking``) or is an
    explainer's question heading (``headings.is_heading``). Whether
    its article prints any question is worked out once per article and kept with the index, so an
    article that is no interview is not read again for every question asked of it."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    doc = index.sentence_document(srow)
    return (_asks_any(index, doc) and asking(index.article_text(doc), index.sentence_span(srow)[0])) \
        or is_heading(index, srow)


def _premise(d: Deliberation, j: int, text: str) -> bool:
    """Whether the j-th sentence read, ``text``, of an interviewer's question states a figure the question
    asks for ("Q: [You played 212 games] as a defender for Thornholt Town. What did that teach you?" for "How
    many games did he play?"): it ends with no question mark and its quote is of the kind asked."""
    return bool(figure_asked(d.searched)) and not text.rstrip().endswith("?") and d.span_fit[j, 0] == 1


def _counts_another_thing(index: Index, d: Deliberation, j: int, text: str, start: int, end: int) -> bool:
    """Whether the figure quoted from the j-th sentence read counts something other than what "How
    many <things> …?" counts ("47 [children]" for "How many adults have caught measles?") and the
    sentence (``counts_unnamed``: "Line 7 runs … with 19 stops" for trams) or its article never names those
    things: it tells of something else, not of them (the words of each article, as stems, are worked out
    once and kept with the index)."""
    noun = counted(d.searched)
    if not noun or not counts_another(text, start, end, noun, d.searched):
        return False
    return counts_unnamed(text, start, end, noun, d.searched) \
        or not set(tokenize(noun)) <= article_stems(index, document_of(index, d, j))


# A question for what is to be: "How much will the repair cost?", "How many homes are expected to be built?"
_WILL_BE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|planned|forecast)\s+to|going\s+to)\b",
                      re.IGNORECASE)


def _of_years_gone(index: Index, d: Deliberation, j: int, text: str, start: int, end: int) -> bool:
    """Whether the figure ``text[start:end]`` of the j-th sentence read is tied only to years before its
    article's (``figures.span_years``: "renovated in 2012 at a cost of [96 million]" in a story of 2026)."""
    dated = index.year(document_of(index, d, j))
    tied = span_years(text, start, end, dated) if dated else set()
    return bool(tied) and max(tied) < dated


def _respanned(d: Deliberation, order: np.ndarray, fits, instead=None) -> Deliberation:
    """``d`` with each sentence read in ``order`` whose quote is not what the question asks for
    (``fits(text, start, end)`` false) quoting instead the first span the reader offers there that
    is (``instead``, by default ``fits``), where there is one."""
    readings, instead = list(d.readings), instead or fits
    for j in order:
        r, text = d.readings[int(j)], d.evidence.texts[int(d.picked[int(j)])]
        if fits(text, r.start, r.end):
            continue
        fit = next(((a, b) for a, b, _ in r.spans if instead(text, a, b)), None)
        if fit is not None:
            readings[int(j)] = replace(r, start=fit[0], end=fit[1])
    return replace(d, readings=tuple(readings))


# Capitalised words of a question that name no side: months, days
_CALENDAR_NAMES = frozenset(f"{MONTHS}|{DAYS}".lower().split("|"))


def _names_someone(d: Deliberation, j: int) -> bool:
    """Whether the span quoted from the j-th sentence read has what may be a person's name in it
    (``speakers.people_named``: "Bertil Haugland"; not "Sorvenna's national rail operator")."""
    r = d.readings[j]
    return bool(people_named(d.evidence.texts[int(d.picked[j])][r.start:r.end]))


# "In which minute did … score?", "What minute was the goal?": a match's minute, "the 112th minute"
_MINUTE_ASKED = re.compile(r"\b(?:which|what)\s+minute\b", re.IGNORECASE)
_MATCH_MINUTE = re.compile(r"(?<![\w+])(?:(?:the\s+)?(?:\d{1,3}(?:\s*\+\s*\d{1,2})?(?:st|nd|rd|th)|first|second|third"
                           r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+minute"
                           r"|(?:on|after)\s+\d{1,3}\s+minutes(?!\s+(?:from|before|left|to\s+go|remaining)\b)"
                           r"|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+minutes?\s+"
                           r"(?:after|into)\s+(?:the\s+)?(?:break|restart|interval|second\s+half)"
                           r"|\d{1,3}(?:\+\d{1,2})?['’](?!\w))", re.IGNORECASE)
# ("90+3rd", "on 23 minutes", "seven minutes after the break", "52'"; not "eight minutes from the end")
_ANY_GOAL = set(tokenize("minute score scored scores scoring goal goals net netted"))    # (no event of its own)
NO_MINUTE = "The question asks in which minute; none of the passages read gives a match's minute for it."


def _to_minute(d: Deliberation, order: np.ndarray) -> Deliberation:
    """``d`` with each sentence read in ``order`` that gives a match's minute ("in the 112th minute") quoting it:
    the one holding the reader's span, else the one nearest it."""
    return _to_nearest(d, order, lambda text, r: [] if _MATCH_MINUTE.fullmatch(text[r.start:r.end])
                       else list(_MATCH_MINUTE.finditer(text)))


# "How long is the tunnel?", "How long will the second runway be?": a thing's length, not a time it takes or lasts
_THINGS_LENGTH = re.compile(r"^\W*how\s+(?:long|tall|wide|deep|high)\s+(?:is|was|are|were|will)\b"
                            r"(?![^?]*\b(?:closed|shut|take|takes|took|last|lasts|lasted|wait|waited|stay|stayed"
                            r"|remain|remained|delayed|run|runs|ran|open|opened|been|go\s+on|went\s+on|serve|served"
                            r"|sentence|jailed)\b)", re.IGNORECASE)


def _measures_asked(question: str, text: str, a: int, b: int, kinds: tuple[str, ...]) -> bool:
    """Whether the span ``text[a:b]`` is a measure of the kind asked (``kinds``) written before the thing the
    question names, as its modifier: "The [11.4-kilometre] tunnel", "a [3,200-metre] runway" for "How long is
    the tunnel?"."""
    after = re.match(r"\s+((?:[\w-]+\s+){0,2}?)([a-z][\w-]*)", text[b:b + 60])
    return bool(after) and measured(text, a, b) in kinds and b - a < 40 \
        and bool(set(tokenize(after.group(2))) & set(tokenize(question)))


def _words_of(text: str) -> set[str]:
    """The words of ``text`` in lower case, possessives' "'s" left out ("Rovers'" → "rovers")."""
    return {re.sub(r"['’]s?$", "", w.lower()) for w in re.findall(r"[\w'’-]+", text)}


def _to_scoreline(d: Deliberation, order: np.ndarray, teams: set[str]) -> Deliberation:
    """``d`` with each sentence read in ``order`` that writes a result ("3-1", a set's "6-4 3-6 7-5" whole, a
    round-up's "Varrowby Athletic 3 Lindquay Wanderers 0") quoting the one holding the reader's span, else the
    one nearest it; of a round-up's lines, the one naming the sides asked (``teams``: their names' words)."""
    def results(text: str, r: Reading) -> list[re.Match]:
        lines = list(RESULT_LINE.finditer(text))
        named = [m for m in lines if teams and teams <= _words_of(m.group())]
        return named or list(SCORE_RUN.finditer(text)) or lines
    return _to_nearest(d, order, results)


def _to_nearest(d: Deliberation, order: np.ndarray,
                matches: Callable[[str, Reading], list[re.Match]]) -> Deliberation:
    """``d`` with each sentence read in ``order`` quoting, of the ``matches`` found in its text for its
    reading, the one holding the reader's span, else the one starting nearest it (a sentence with none keeps
    its quote)."""
    readings = list(d.readings)
    for j in map(int, order):
        text, r = d.evidence.texts[int(d.picked[j])], readings[j]
        found = matches(text, r)
        if found:
            m = next((m for m in found if m.start() <= r.start and r.end <= m.end()), None) \
                or min(found, key=lambda m: abs(m.start() - r.start))
            readings[j] = replace(r, start=m.start(), end=m.end())
    return replace(d, readings=tuple(readings))


def _for_month(d: Deliberation, order: np.ndarray, months: set[str]) -> Deliberation:
    """``d`` with each sentence read whose quote is a figure for another month than ``months`` quoting
    instead a span the reader offers there that is tied to one of them ("fell to [2.4%] in August
    from 2.9% in July" for "… inflation rate in August?"), where there is one."""
    return _respanned(d, order, lambda text, a, b: not other_month(text, a, b, months),
                      lambda text, a, b: bool(re.search(r"\d", text[a:b]) and tied_months(text, a, b) & months
                                              and not other_month(text, a, b, months)))


def _quotes_what_is_asked(index: Index, d: Deliberation, j: int, years: set[int], money: bool) -> bool:
    """Whether the span quoted from the j-th sentence read is a sum of money when one is asked for,
    and not a figure for another year than the one asked about (``figures.fits``)."""
    r = d.readings[j]
    text = d.evidence.texts[int(d.picked[j])]
    dated = index.year(document_of(index, d, j)) if years else None
    if table_row(text):         # a table's cell: its header may say the year, its caption the money ("Key
        told = previous_sentence(index, int(d.evidence.srows[int(d.picked[j])]))    # figures (million dalen)" /
        headed = {m.year for m in mentions(told)}                                      # "2025  2024  2023")
        return (years <= headed if years and headed else fits(text, r.start, r.end, years, False, dated)) \
            and (not money or holds_money(text, r.start, r.end) or bool(_TABLE_MONEY.search(told)))
    return fits(text, r.start, r.end, years, money, dated)


def _same_event_that_year(index: Index, d: Deliberation, order: np.ndarray, years: set[int]) -> np.ndarray:
    """``order`` with, when its best sentence is of a story dated in another year than ``years`` and ties
    its span to none of them, the best sentence of a story dated in one whose headline names what the
    first's does ("Lantern Festival" in both) first: the same event that year (a story of 2026 may report
    2025's figures, "Revenue rose to 3.06 billion varr", so it is put behind only another story of the
    same event dated in the year asked)."""
    best = int(order[0])
    r, dated = d.readings[best], index.year(document_of(index, d, best))
    if not dated or dated in years or span_years(d.evidence.texts[int(d.picked[best])], r.start, r.end,
                                                 dated) & years:
        return order
    named = _headline_names(index, document_of(index, d, best))
    for j in order[1:]:
        doc = document_of(index, d, int(j))
        if index.year(doc) in years and named & _headline_names(index, doc):
            return np.concatenate([[j], order[order != j]])
    return order


def _headline_names(index: Index, doc: int) -> set[str]:
    """The names of article ``doc``'s headline: its runs of capitalised words ("Lantern Festival"), a
    word alone only where no dictionary holds it ("Hollowmere"; not "Council", which "Edrisholm Council"
    and "Holmstead Council" share)."""
    runs = (" ".join(m.group().split()).lower() for m in NAME_RUN.finditer(index.documents[doc]["title"]))
    return {run for run in runs if " " in run or not common_word(run)}


# A table's caption or header saying its figures are money: "(£m)", "$bn", "million dalen" (not "million
# passengers")
_TABLE_MONEY = re.compile(rf"[{CURRENCY_SIGNS}]|\b(?:million|billion|thousand)\s+(?-i:[a-z]{{3,12}})\b(?<!s)",
                          re.IGNORECASE)


def _gives_figure(d: Deliberation, j: int, kind: str) -> bool:
    """Whether the span quoted from the j-th sentence read gives the figure ``kind`` asked for
    (``figures.gives_figure``)."""
    r = d.readings[j]
    return gives_figure(kind, d.evidence.texts[int(d.picked[j])], r.start, r.end, d.searched)


_DUE = r"(?:due|expected|set|going|scheduled|planned|likely)"       # "When is it [due] to open?"
# "When will the wind farm be finished?", "When is it due to open?", "When did the village last flood?":
# a time other than the day the story was filed (its dateline's date)
_NOT_FILED = re.compile(rf"^\W*(?:(?:until|till)\s+)?when\s+(?:will|would|shall|(?:is|are|was|were)\b[^?]*\b{_DUE}\b"
                        r"|(?:did|does|do|had|has|have)\b[^?]*\b(?:last|first|previously|before)\b)", re.IGNORECASE)
# "When will the bridge reopen?", "When is the next strike?", "When are the talks due?", "Until when will the
# clinic stay open?", "Until when is he out injured?": a time to come
_TO_COME = re.compile(rf"^\W*(?:(?:until|till)\s+when\s+(?:will|shall|is|are)\b|when\s+(?:will|shall|(?:is|are)\s+"
                      rf"(?:the\s+)?next\b|(?:is|are)\b[^?]*\b{_DUE}\b))", re.IGNORECASE)
# A person or a place asked for in so many words ("What official growth target …?" asks for a figure)
_WHO_OR_WHERE = re.compile(r"^\W*(?:who|whom|where)\b", re.IGNORECASE)
_FIGURES_ONLY = re.compile(r"[\W\d_]*\d[\W\d_]*")      # "29", "12%", "(1,200)": figures alone
_NAMES_ASKED = re.compile(r"^\W*what\s+(?:(?:is|was|are|were)\s+(?:the\s+|their\s+|his\s+|her\s+)?)?names?\b",
                          re.IGNORECASE)       # ("What names were chosen for the cubs?")
_UNNAMED_FIGURES = re.compile(rf"(?=.*\d)[^{CAPITALS}]*")        # "34 and 52": figures, no capital
# A count alone, in words: "Two", "One", "three and four" (no name)
_COUNT_WORDS = rf"(?:{CARDINALS}|both|dozens|hundreds|a\s+dozen)"
_COUNT_ONLY = re.compile(rf"(?i:{_COUNT_WORDS}(?:\s*(?:,|and|or)\s*{_COUNT_WORDS})*)")
# ... of a person or an animal ("What was the name of the man who died?"): a name in capitals ("mpox", the
# name of a disease, may be in lower case)
_PERSON_NAMED = re.compile(r"\bnames?\s+of\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|men"
                           r"|women|boy|girl|child|children|baby|victims?|person|people|drivers?|pilots?|suspects?"
                           r"|officers?|workers?|teenagers?|players?|passengers?|soldiers?|nurses?|doctors?|pupils?"
                           r"|residents?|owners?|dog|horse|cub|cubs)\b", re.IGNORECASE)


# What comes before a place's name: "died in [Fennick Cross]"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside)\s+(?:the\s+)?$", re.IGNORECASE)


def _names_anything(span: str) -> bool:
    """Whether ``span`` holds a capitalised word other than a stop word ("Tom Reyes", "Storm Idra"): it
    may give a person's name ("16:40 — A man" gives none)."""
    return any(w.lower() not in STOPWORDS for w in CAPITALISED.findall(span)) \
        and not _COUNT_ONLY.fullmatch(span.strip())         # ("One": no name)


# What is named by a number: a bus route, a road, a platform, a flight
_NUMBERED = re.compile(r"\bnames?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:routes?|lines?|bus(?:es)?|roads?|platforms?"
                       r"|flights?|gates?|piers?|services?|trains?|motorways?|junctions?|stands?|berths?)\b",
                       re.IGNORECASE)
# A scrap of quoted dialogue, three words at most ('"Norway spruce.', '"Seven foot," he says.' is more)
_SCRAP = re.compile(r"^\s*[\"“‘']\W*(?:\w+\W*){1,3}$")


def _context(index: Index, d: Deliberation, j: int) -> str:
    """The j-th sentence read with the sentences beside it in its article (and, for a table's row, the
    table's header and caption: "2025 2024 2023" over "Operating profit 905 1,034 1,002")."""
    srow = int(d.evidence.srows[int(d.picked[j])])
    near = [n for n in (srow - 1, srow, srow + 1) if n == srow or index.same_article(srow, n)]
    header = previous_sentence(index, srow) if table_row(index.sentence_text(srow)) else ""
    return " ".join([header, *(index.sentence_text(n) for n in near)]).strip()


def _make_answer(index: Index, d: Deliberation, j: int, score: float) -> Answer:
    """The answer from the j-th picked sentence, with offsets into the article."""
    i = int(d.picked[j])
    reading = d.readings[j]
    srow = int(d.evidence.srows[i])
    row = int(d.evidence.chunks[i])
    doc = index.document(row)
    sent_start, sent_end = index.sentence_span(srow)
    text = d.evidence.texts[i]
    a, b = reading.start, reading.end
    if not (0 <= a < b <= len(text)) or yes_no(d.searched):     # yes or no: the sentence is the answer
        a, b = 0, len(text)
    versions = d.versions.get(row, ())
    return Answer(
        question=d.question, found=True, text=text[a:b], sentence=text, source=doc["source"], title=doc["title"],
        start=sent_start + a, end=sent_start + b, sentence_start=sent_start, sentence_end=sent_end,
        line=index.line_of(row, sent_start + a), score=score, searched=d.searched, notice=d.notice,
        encoding=doc.get("encoding", "utf-8"), date=doc.get("date", ""), publisher=doc.get("publisher", ""),
        also_in=tuple(doc.get("also", ())), versions=versions,
        worded_otherwise=worded_otherwise(index, versions, text) if versions else (),
    )


def _alternatives(rest: list[Answer], best: Answer, min_score: float) -> tuple[Answer, ...]:
    """Other answers (score at least ``min_score``) that say something different: one per distinct
    short answer, never the same sentence twice; grouped by article (other articles first, groups
    by their best answer), best first within a group."""
    seen_text = {normalize_answer(best.text)}
    seen_sent = {(best.source, best.sentence_start)}
    out = []
    for a in rest:
        key = normalize_answer(a.text)
        if a.score < min_score or key in seen_text or (a.source, a.sentence_start) in seen_sent:
            continue
        if key and any(key in s or s in key for s in seen_text if s):
            continue
        seen_text.add(key)
        seen_sent.add((a.source, a.sentence_start))
        out.append(a)
    group_best: dict[str, float] = {}
    for a in out:
        group_best[a.source] = max(group_best.get(a.source, 0.0), a.score)
    out.sort(key=lambda a: (a.source == best.source, -group_best[a.source], a.source, -a.score))
    return tuple(out)


def _answer_first(passages: list[Passage], source: str, start: int, end: int) -> list[Passage]:
    """Put the passage holding the answer sentence first (the others keep their order)."""
    for i, p in enumerate(passages):
        if p.source == source and p.start <= start and end <= p.end:
            return [p] + passages[:i] + passages[i + 1:]
    return passages


def answer_from(index: Index, encoder, reader, question: str, k: int, qvec: np.ndarray | None = None,
                settings: Settings | None = None, about: frozenset[str] = frozenset(),
                avoid: frozenset[tuple[str, str]] = frozenset(),
                not_again: frozenset[tuple[str, str, str]] = frozenset(), story: tuple[str, int] = ("", -1)) -> Answer:
    """The whole reading pipeline on one loaded index: deliberate, then decide (``about``, ``not_again``:
    see ``decide``); a question asking who wrote an article is answered from its byline (``qa.read.byline``),
    one asking when it was published from its date line (``qa.read.published``), one asking who
    published it from its masthead (``qa.read.publisher``) unless an article says who did
    (``reports_publishing``); one asking when a live page reported something, or at what time what its
    entry says happened, from the entry's time (``qa.read.live``), who took a photograph from its caption's
    credit (``qa.read.photos``).
    ``avoid``: (seed file, sentence) pairs already quoted, never quoted again ("What else did she say?")."""
    what = entry_asked(question)
    if what:            # "At what time did the live blog report that …?": the time over the entry saying it
        d = deliberate(index, encoder, reader, what, k, None, settings)
        timed = entry_answer(index, d, question, decide(index, d, k, settings, about)) if len(d.picked) else None
        if timed is not None:
            return timed
    shown = photo_asked(question)
    if shown:           # "Who took the photo of …?": the name its caption credits
        d = deliberate(index, encoder, reader, shown, k, None, settings)
        credit = photo_answer(index, d, question, decide(index, d, k, settings, about)) if len(d.picked) else None
        if credit is not None:
            return credit
    d = deliberate(index, encoder, reader, question, k, qvec, settings, exclude=_sentence_rows(index, avoid))
    named = named_for_role(d)
    if named:           # "What did the Halvik mayor say?": what the mayor a sentence read names said
        by_name = decide(index, deliberate(index, encoder, reader, named, k, None, settings,
                                           exclude=_sentence_rows(index, avoid)), k, settings, about, not_again)
        if by_name.found:
            return replace(by_name, question=question, searched=named)
    a = _about_articles(index, decide(index, d, k, settings, about, not_again), settings, about, story)
    timed = entry_time_instead(index, d, question, a) if len(d.picked) else None
    if timed is not None:   # "At what time was the fire out?": the time over the live page's entry saying so
        a = timed
    return replace(a, searched=d.asked_as) if d.asked_as else a     # "…, according to the Harbour Post?" shown


def _about_articles(index: Index, a: Answer, settings: Settings | None, about: frozenset[str],
                    story: tuple[str, int] = ("", -1)) -> Answer:
    """``a``, or for a question about an article itself (its publisher, author, date), a fact check's
    claim, a review's rating or a place in a league table, the answer from there; quoted from a later
    version of its story where there is one."""
    if asks_publisher(a.searched) and not reports_publishing(a, (settings or DEFAULT).low_confidence) \
            or asks_reporting_paper(a.searched) and not reports_publishing(a, 0.0):
        return by_publisher(index, story_asked(index, a, about, story))
    if asks_claim(a.searched):      # a fact check's "Who said it:" or "Verdict:" line of the claim asked about
        a = by_claim(index, a)
    if rating_asked(a.searched):    # "How many stars did the Courier give Salt Wind?": the review's "★★★★☆"
        rated = rating_answer(index, a)
        if rated is not None:
            return rated
    placed = place_answer(index, a)     # "Which club was seventh in the table?": the name in its row
    if placed is not None:
        return placed
    if asks_letter_writer(a.searched):     # "Which letter writer lives in Gullhaven?": the letter saying so
        return by_letter(index, a)
    if asks_translator(a.searched):     # "Who translated the Tidende story …?": its "Translated by …" credit
        return by_translator(index, story_asked(index, a, about, story))
    if asks_author(a.searched) or writer_of_named(index, a.searched):
        return by_author(index, story_asked(index, a, about, story))
    if asks_editor(a.searched):         # "Who edited the agency story on …?": its "Editing by …" credit
        return by_editor(index, story_asked(index, a, about, story))
    if asks_where_filed(a.searched):    # "Where was the FNA story on … filed from?": its dateline's place
        return by_dateline(index, story_asked(index, a, about, story))
    if asks_date(a.searched) or dated_by_named(index, a.searched) or report_dated(a.searched, a):
        return by_date(index, story_asked(index, a, about, story), a)
    a = latest_figure(index, a)         # "The death toll has risen to 14", after "At least 9 people have died"
    later = (later_version(index, a.source, a.start, [(p.source, p.start) for p in a.passages], a.sentence)
             if a.found else None)
    return a if later is None else _from_later(a, later)


def _from_later(a: Answer, later: tuple[str, str]) -> Answer:
    """``a``, quoted from a story the archive holds a later version of (``updates.later_version``):
    the answer that later version gives, when one of ``a``'s alternatives is quoted from it, with
    ``a`` among the alternatives ("When will the bridge reopen?": the update's "March" before the
    first filing's "as soon as we are sure it is safe"), saying so; else ``a``, naming the later
    version ("Pedestrians can still use the footway", said before the footway closed)."""
    newer = next((alt for alt in a.alternatives if alt.source == later[0]), None)
    if newer is None:
        return replace(a, notice=_joined(a.notice, later_notice(later)))
    others = tuple(alt for alt in a.alternatives if alt is not newer)
    passages = _answer_first(list(a.passages), newer.source, newer.sentence_start, newer.sentence_end)
    return replace(newer, alternatives=(replace(a, alternatives=(), passages=()), *others), passages=tuple(passages),
                   notice=_joined(a.notice, later_notice(later, quoted=True)), searched=a.searched,
                   question=a.question)


def _sentence_rows(index: Index, quoted: frozenset[tuple[str, str]]) -> frozenset[int]:
    """The sentence rows of the (seed file, sentence) pairs ``quoted`` (none for a file not indexed)."""
    rows = set()
    for source, sentence in quoted:
        try:
            docs = index.documents_of(source)
        except KeyError:
            continue
        rows.update(r for doc in docs for r in range(*index.documents[doc]["sentence_rows"])
                    if index.sentence_text(r) == sentence)
    return frozenset(rows)
