"""Words as BM25 and the lexical features see them: lower case, stop words out, Snowball stems.

Changing anything here changes every BM25 count in an index and the fitted models' lexical
features (``qa.models.FEATURE_VERSION``): rebuild the indexes and refit."""

from __future__ import annotations

import functools
import re

import Stemmer

from qa.ingest.lexicon import AS_LETTERS

_WORD = re.compile(r"\w+", re.UNICODE)

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t d ll m re ve""".split()
)


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Stemmed content words of ``text``, in order (stop words dropped)."""
    words = [w for w in _WORD.findall(text.lower().translate(AS_LETTERS)) if w not in STOPWORDS and w != "_"]
    return _stemmer().stemWords(words)


# Countries, regions, capitals and venues that are places whatever the sentence says (lower case): places
# one refers back to as "it" or "they" (a country's team), never "he"; what "Chilean" may be "of"
PLACE_NAMES = frozenset(w.lower() for w in """
    Afghanistan Africa Albania Algeria America Argentina Asia Australia Austria Bahrain Bangladesh
    Barbados Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma Cambodia Cameroon Canada Chile China Colombia Congo
    Croatia Cuba Cyprus Czech Denmark Egypt England Estonia Ethiopia Europe Fiji Finland France Georgia Germany Ghana
    Greece Haiti Holland Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kenya
    Korea Kosovo Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Monaco Morocco
    Nepal Netherlands Nigeria Norway Pakistan Palestine Panama Peru Philippines Poland Portugal Qatar Romania Russia
    Rwanda Samoa Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria
    Taiwan Thailand Tonga Tunisia Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe UK US
    USA EU UAE London Paris Berlin Madrid Rome Moscow Tokyo Beijing Washington Brussels Dublin Edinburgh Cardiff
    Belfast Manchester Liverpool Birmingham Glasgow Leeds Sydney Melbourne Barcelona Milan Athens Geneva Vienna
    Anfield Twickenham Wembley Downing Whitehall Westminster Hollywood Zealand South North East West""".split())
