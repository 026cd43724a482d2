"""A name the articles say they do not give: hand-made sentences, no model."""

from __future__ import annotations

import pytest

from qa.read.unnamed import says_unnamed


@pytest.mark.parametrize("text, says", [
    ("He has not yet been named.", True),
    ("The missing crew member, a 28-year-old deckhand, has not been named.", True),
    ("The boy, who cannot be named for legal reasons, was cautioned.", True),
    ("Police declined to name the woman.", True),
    ("An unnamed bidder offered £3m.", True),
    ("She is yet to be formally identified.", True),
    ("The man was named as Tomas Varga.", False),
    ("The ship was named after her grandmother.", False),
])
def test_a_sentence_saying_a_name_is_not_given(text, says):
    assert says_unnamed(text) is says
