"""Markdown's link marks blanked for the reader, every character kept in its place."""

from __future__ import annotations

import pytest

from qa.ingest.markdown import blank_links


@pytest.mark.parametrize("written, read", [
    ("[Tarn Power](https://tarn.example/about), the state utility", "Tarn Power , the state utility"),
    ('see [the audit](https://x.example/a "Audit") now', "see the audit now"),
    ("![The new quay](img/quay.jpg) Work began", "The new quay Work began"),
    ("as [the report][2] says[^1], and [14]Fares rise", "as the report says , and Fares rise"),
    ("by [[people/ak|Anna Kell]] and [[Per Holm]]", "by Anna Kell and Per Holm"),
    ("a plain [sic] aside and [brackets] stay", "a plain [sic] aside and [brackets] stay"),
    ("He said [2] people died", "He said [2] people died"),                  # a number in brackets in a sentence
    ("a [link]( https://x.example ) b", "a link b"),
])
def test_link_marks_are_blanked_and_every_character_keeps_its_place(written, read):
    blanked = blank_links(written)
    assert " ".join(blanked.split()) == read
    assert len(blanked) == len(written) and all(b in (w, " ") for b, w in zip(blanked, written))
