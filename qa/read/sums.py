"""The kind of sum a question asks for, and whether a sentence gives one of that kind: pay, prize
money, the damage done, a fine, a fare, a valuation, a price per unit. News sets many sums side by
side (a player's transfer fee and his wages, a film's budget and its prize, a storm's gusts and its
damage, a tram line's cost and its fares), and a reader matching the question's other words takes
the one there is: "What will Rafael Ennis earn at KV Ostermeer?" is not answered by "… joined KV
Ostermeer for a fee of 1.8 million euros", nor "How much damage did Storm Orla cause?" by "gusts of
up to 160 km/h", nor "How much does a ticket on Line 3 cost?" by "a final cost of 3.4 billion dolen".
Each kind is asked and said with its own words (surface patterns only); a sentence naming none of
them gives no sum of that kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.ingest.lexicon import CAPITALS
from qa.read.asked import Wanted, wanted


@dataclass(frozen=True)
class SumAsked:
    """The kind of sum a question asks for: ``kind`` one of ``_KINDS``' names ("pay", "fare"), or
    "price" with the ``unit`` it is asked per ("metre")."""

    kind: str
    unit: str = ""

    @property
    def named(self) -> str:
        """As a notice names it: "pay", "price per metre"."""
        return f"{self.kind} per {self.unit}" if self.unit else self.kind


# A fare's word naming something else: "ticket sales", "the fare freeze", "ticket offices"
_FARE_AS_WORD = (r"(?:sales|revenues?|income|receipts|takings|sold|freezes?|rises?|increases?|cuts?|caps?|hikes?"
                 r"|subsid(?:y|ies)|schemes?|offices?|machines?|system|polic(?:y|ies)|reforms?|changes?|inspectors?)\b")
# Each kind of sum: its name, the words asking for it, those a sentence says it with, and whether a question
# of no amount may ask it ("What will he earn?", "What is its valuation?"; not "What was the damage to the
# cathedral?", "What admission did he make?")
_KINDS = (
    ("pay", re.compile(r"\b(?:salary|salaries|wages?|earn(?:s|ed|ing)?|pay\s+packet|(?:weekly|monthly|annual"
                       r"|yearly)\s+pay)\b"
                       # "How much is Aquasar's chief executive paid?" (not "How much was paid for it?")
                       r"|\b(?:is|are|was|were|will\s+be)\s+(?:the\s+|an?\s+|its\s+|their\s+)?[\w'’-]+"
                       r"(?:\s+[\w'’-]+){0,4}\s+paid(?:\s+(?:a|an|per|each)\s+(?:week|month|year|hour|day))?\W*$",
                       re.IGNORECASE),
     re.compile(r"\b(?:salar(?:y|ies)|wages?|earn(?:s|ed|ing|ings)?|paid|pays?|paying|payslips?|income|remuneration"
                r"|package|contract|receives?|received|takes?\s+home|pocket\w*"
                r"|profits?|revenues?|turnover|sales)\b", re.IGNORECASE),    # (a firm's "earnings")
     True),
    ("prize money", re.compile(r"\bprize\s+(?:money|fund|pot)\b|\bwinnings\b", re.IGNORECASE),
     re.compile(r"\b(?:prizes?|winnings|purse|jackpot|cheque|receives?|received|takes?\s+home|pocket\w*)\b",
                re.IGNORECASE), False),
    ("damage", re.compile(r"\bhow\s+much\s+damage\b|\bdamage\s+(?:bill|costs?)\b|\b(?:cost|bill)\s+of\s+(?:the\s+)?"
                          r"damage\b", re.IGNORECASE),
     re.compile(r"\b(?:damage[sd]?|damaging|loss|losses|lost|insur\w*|repairs?|destroy\w*|destruction|rebuild\w*"
                r"|costs?|costing|bill)\b", re.IGNORECASE), False),
    ("fine", re.compile(r"\bfined\b|\b(?:the|a|its|his|her|their)\s+fine\b", re.IGNORECASE),
     re.compile(r"\b(?:fined?|fines|penalt(?:y|ies)|pay|pays)\b", re.IGNORECASE), False),    # ("ordered to pay")
    ("fare", re.compile(rf"\b(?:(?:tickets?|fares?)(?!\s+{_FARE_AS_WORD})|(?:season|day|weekly|monthly|annual"
                        r"|travel|bus|tram|rail|train)\s+pass(?:es)?|admission|entry\s+fee)\b", re.IGNORECASE),
     re.compile(r"\b(?:tickets?|fares?|pass(?:es)?|admission|entry|adults?|child(?:ren)?|seats?)\b", re.IGNORECASE),
     False),
    ("valuation", re.compile(r"\bvaluation\b|\bvalued\b", re.IGNORECASE),
     re.compile(r"\bvalu\w*|\bworth\b", re.IGNORECASE), True),
)

# A question asking for a sum: "How much …?", "What is her salary?", "What will he earn?"
_ASKS_SUM = re.compile(r"^\W*(?:how\s+much|what)\b", re.IGNORECASE)

# A price asked per unit ("How much did the bridge cost per metre?", "… per Harbourline share?"; not "per
# cent"), of a sum ("cost", "price", "pay": not "How much water … per day?")
_NAMED = rf"(?:(?-i:[{CAPITALS}])[\w'’-]*\s+){{0,3}}"      # the names before the unit: "per [Harbourline] share"
_PER = re.compile(rf"\bper\s+(?!cent\b){_NAMED}(?P<unit>(?:cubic\s+|square\s+)?(?-i:[a-z])+)\b", re.IGNORECASE)
_PRICED = re.compile(r"\b(?:cost\w*|price[sd]?|pa(?:y|id|ys)|charge[sd]?|fees?|spen[dt]\w*|worth|earn\w*|rent)\b",
                     re.IGNORECASE)
# ... and the ways a sentence says the unit: "a metre", "per metre", "each metre", "a head" for a person,
# "daily" for a day, "per annum" for a year; a bare "each" for a thing ("tickets cost 20 dravna each")
_SAME_UNIT = {"person": "person|head|capita|people", "head": "person|head|capita", "capita": "person|head|capita",
              "metre": "metre|meter|m", "kilometre": "kilometre|kilometer|km", "year": "year|annum", "hour": "hour|hr"}
_EVERY = {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly|annually|annual", "hour": "hourly"}


def sum_asked(question: str) -> SumAsked | None:
    """The kind of sum ``question`` asks for (pay, prize money, damage, a fine, a fare, a valuation, a
    price per unit), or None."""
    q = " ".join(question.split())[:1000]
    asked = wanted(q)
    if not _ASKS_SUM.match(q) or asked not in (Wanted.AMOUNT, Wanted.NUMBER, Wanted.OTHER):
        return None         # (not "What did she say about the minimum wage?")
    kind = next((name for name, asking, _, of_any in _KINDS
                 if asking.search(q) and (of_any or asked is not Wanted.OTHER)), "")
    if kind:
        return SumAsked(kind)
    per = _PER.search(q) if _PRICED.search(q) else None
    return SumAsked("price", per["unit"].lower()) if per else None


def gives_no_sum_of(asked: SumAsked | None, sentence: str) -> bool:
    """Whether ``sentence`` names none of the words that say a sum of the kind ``asked`` (``sum_asked``)."""
    if asked is None:
        return False
    if asked.unit:
        units = _SAME_UNIT.get(asked.unit, re.escape(asked.unit).replace(r"\ ", r"\s+"))
        every = f"|{_EVERY[asked.unit]}" if asked.unit in _EVERY else ""
        each = "" if asked.unit in _EVERY else r"|\beach\b"
        return re.search(rf"\b(?:(?:per|a|an|each|every)\s+{_NAMED}(?:{units})s?{every}){each}\b", sentence,
                         re.IGNORECASE) is None
    said = next(said for name, _, said, _ in _KINDS if name == asked.kind)
    return said.search(sentence) is None
