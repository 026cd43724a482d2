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

from qa.read.asked import Wanted, wanted

# A fare's word naming something else: "ticket sales", "the fare freeze", "ticket offices"
_FARE_AS_WORD = (r"(?:sales|revenues?|income|receipts|takings|sold|freezes?|rises?|increases?|cuts?|caps?|hikes?"
                 r"|subsid(?:y|ies)|schemes?|offices?|machines?|system|polic(?:y|ies)|reforms?|changes?)\b")
# What a sum asked for is, its name in a notice, the words asking for it, and those a sentence says it with
_KINDS = (
    ("pay", re.compile(r"\b(?:salary|salaries|wages?|earn(?:s|ed|ing)?|pay\s+packet|(?:weekly|monthly|annual"
                       r"|yearly)\s+pay)\b"
                       # "How much is Aquasar's chief executive paid?" (not "How much was paid for it?")
                       r"|\b(?:is|are|was|were|will\s+be)\s+(?:the\s+|an?\s+|its\s+|their\s+)?[\w'’-]+"
                       r"(?:\s+[\w'’-]+){0,4}\s+paid(?:\s+(?:a|an|per|each)\s+(?:week|month|year|hour|day))?\W*$",
                       re.IGNORECASE),
     re.compile(r"\b(?:salar(?:y|ies)|wages?|earn(?:s|ed|ing|ings)?|paid|pays?|paying|payslips?|income|remuneration"
                r"|package|contract|profits?|revenues?|turnover|sales)\b", re.IGNORECASE)),    # (a firm's "earnings")
    ("prize money", re.compile(r"\bprize\s+(?:money|fund|pot)\b|\bwinnings\b", re.IGNORECASE),
     re.compile(r"\b(?:prizes?|winnings|purse|jackpot)\b", re.IGNORECASE)),
    ("damage", re.compile(r"\bhow\s+much\s+damage\b|\bdamage\s+(?:bill|costs?)\b|\b(?:cost|bill)\s+of\s+(?:the\s+)?"
                          r"damage\b|\bwhat\s+(?:was|is|were)\s+the\s+damage\b", re.IGNORECASE),
     re.compile(r"\b(?:damage[sd]?|damaging|loss|losses|lost|insur\w*|repairs?|destroy\w*|destruction|rebuild\w*"
                r"|costs?|costing|bill)\b", re.IGNORECASE)),
    ("fine", re.compile(r"\bfined\b|\b(?:the|a|its|his|her|their)\s+fine\b", re.IGNORECASE),
     re.compile(r"\b(?:fined?|fines|penalt(?:y|ies)|ordered\s+to\s+pay)\b", re.IGNORECASE)),
    ("fare", re.compile(rf"\b(?:(?:tickets?|fares?)(?!\s+{_FARE_AS_WORD})|(?:season|day|weekly|monthly|annual"
                        r"|travel|bus|tram|rail|train)\s+pass(?:es)?|admission|entry\s+fee)\b", re.IGNORECASE),
     re.compile(r"\b(?:tickets?|fares?|pass(?:es)?|admission|entry|adults?|child(?:ren)?|seats?)\b", re.IGNORECASE)),
    ("valuation", re.compile(r"\bvaluation\b|\bvalued\b", re.IGNORECASE),
     re.compile(r"\bvalu\w*|\bworth\b", re.IGNORECASE)),
)

# A question asking for a sum: "How much …?", "What is her salary?", "What will he earn?"
_ASKS_SUM = re.compile(r"^\W*(?:how\s+much|what)\b", re.IGNORECASE)

# A price asked per unit ("How much did the bridge cost per metre?"; not "per cent"), and the ways a
# sentence says one ("a metre", "per metre", "each metre"); a person is also "a head"
_PER = re.compile(r"\bper\s+(?!cent\b)(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?P<unit>(?:cubic\s+|square\s+)?(?-i:[a-z])+)\b",
                  re.IGNORECASE)        # ("per Harbourline share": a share)
_SAME_UNIT = {"person": "person|head|capita|people", "head": "person|head|capita", "capita": "person|head|capita"}
# ... asked of a sum ("cost", "price", "pay"), and a unit of time a sentence may say as "daily", "a year"
_PRICED = re.compile(r"\b(?:cost\w*|price[sd]?|pa(?:y|id|ys)|charge[sd]?|fees?|spen[dt]\w*|worth|earn\w*|rent)\b",
                     re.IGNORECASE)
_EVERY = {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly|annually|annual"}

# A figure in millions or more: no fare ("at a final cost of [3.4 billion] dolen")
_MILLIONS = re.compile(r"\d\s*(?:m|bn|million|billion|trillion)\b", re.IGNORECASE)


def sum_asked(question: str) -> str:
    """The kind of sum ``question`` asks for ("pay", "prize money", "damage", "fine", "fare",
    "valuation", or a price "per metre"), or ""."""
    q = " ".join(question.split())[:1000]
    if not _ASKS_SUM.match(q) or wanted(q) not in (Wanted.AMOUNT, Wanted.NUMBER, Wanted.OTHER):
        return ""           # (not "What did she say about the minimum wage?")
    kind = next((name for name, asked, _ in _KINDS if asked.search(q)), "")
    per = _PER.search(q) if _PRICED.search(q) else None         # not "How much water … per day?"
    return kind or (f"price per {per['unit'].lower()}" if per else "")


def another_sum(kind: str, sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence`` gives no sum of the ``kind`` asked (``sum_asked``): it names none of that
    kind's words, or (for a fare) the span ``sentence[start:end]`` is a sum in millions."""
    if not kind:
        return False
    if kind.startswith("price per "):
        unit = kind.removeprefix("price per ")
        units = _SAME_UNIT.get(unit, re.escape(unit).replace(r"\ ", r"\s+"))
        every = f"|{_EVERY[unit]}" if unit in _EVERY else ""
        return re.search(rf"\b(?:(?:per|a|an|each|every)\s+(?:{units})s?{every})\b", sentence, re.IGNORECASE) is None
    said = next(said for name, _, said in _KINDS if name == kind)
    if kind == "fare" and _MILLIONS.search(sentence, start, end):
        return True
    return said.search(sentence) is None
