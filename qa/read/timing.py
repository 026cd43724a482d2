"""Time in questions: news is dated. A question that names a year or a month ("in March 2009",
"in 2010") is answered only from an article that covers that time (its date, or a mention of the
year, and of the month when one is named); when none of the sentences read does, the answer is
"not found" and the notice says what period the articles cover."""

from __future__ import annotations

from collections import Counter

from qa.index.loaded import Index
from qa.ingest.dates import DateMention, full_dates, mentions

# The corpus's period is read from at most this many articles (a sample, in index order).
PERIOD_SAMPLE = 2_000


def asked(question: str) -> list[DateMention]:
    """The years and months a question names (its full dates counted as their month)."""
    return [m for m in mentions(question) if 1800 <= m.year <= 2199]


def covers(index: Index, doc: int, times: list[DateMention]) -> bool:
    """Whether article ``documents[doc]`` covers every time in ``times``: it names the year (and
    the month, when one is asked), or is dated then."""
    years, months = index.times(doc)
    return all(t.year in years and (not t.month or (t.year, t.month) in months) for t in times)


def period(index: Index) -> str:
    """The years the articles are from, e.g. "2004–2005": their dates where they have them, else
    the latest year each mentions (the 10th to 90th percentile); "" when nothing says."""
    docs = index.documents[:PERIOD_SAMPLE]
    years = [full_dates(d.get("date", ""))[0].year for d in docs if full_dates(d.get("date", ""))]
    if len(years) < len(docs) // 2:
        latest = []
        for i in range(len(docs)):
            mentioned = [y for y in index.times(i)[0] if y <= 2199]
            if mentioned:
                latest.append(max(mentioned))
        years = latest
    if not years:
        return ""
    years.sort()
    lo, hi = years[len(years) // 10], years[(len(years) * 9) // 10]
    if Counter(years).most_common(1)[0][1] == len(years):
        return str(years[0])
    return str(lo) if lo == hi else f"{lo}–{hi}"


def notice(times: list[DateMention], when: str) -> str:
    """What the user is told when the articles do not cover the time asked about."""
    named = ", ".join(dict.fromkeys(_spoken(t) for t in times))
    where = f"the articles are from {when}" if when else "no article is dated then"
    return f"The question asks about {named}; {where}, and none that answers it covers {named}."


def _spoken(t: DateMention) -> str:
    import calendar

    return f"{calendar.month_name[t.month]} {t.year}" if t.month else str(t.year)
