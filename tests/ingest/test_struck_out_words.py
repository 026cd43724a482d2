"""A saved page's struck-out words (``<del>``, ``<s>``, ``<strike>``) are not read: the sentence is the one the page
stands by now, so an answer quotes the figure as it stands ("48 million", not "42 million 48 million")."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader

OTHER = "".join(f"<p>{s}</p>" for s in (
    "The gondola will carry up to 1,800 passengers an hour from the harbour to the ridge when it opens in June.",
    "Councillor Mirja Hollan said the line would take 900 cars a day off the coast road in summer.",
))


def _page(paragraph: str) -> bytes:
    return ("<html><head><title>Gondola costs rise again | Harbour Times</title></head><body><article>"
            f"<h1>Gondola costs rise again</h1><p>{paragraph}</p>{OTHER}"
            "<p><em>This story was changed on 4 March 2026 to give the council's new figure.</em></p>"
            "</article></body></html>").encode()


def test_an_edits_withdrawn_words_are_left_out_and_its_new_words_read():
    a = HtmlLoader().load(_page("The council now puts the cost at <del>42 million velts</del> "
                                "<ins>48 million velts</ins>, up from 30 million velts in 2024."))
    assert "cost at 48 million velts, up from 30 million velts in 2024." in a.text
    assert "42 million" not in a.text


def test_struck_prices_and_old_strike_tags_are_left_out_too():
    a = HtmlLoader().load(_page("Return tickets will cost <s class='was'>40 velts</s> 30 velts for "
                                "residents, and <STRIKE>60</STRIKE> 55 velts for visitors."))
    assert "cost 30 velts for residents, and 55 velts for visitors." in a.text
    assert "40 velts" not in a.text and "60" not in a.text


def test_a_scripts_comparison_or_an_unclosed_s_takes_no_story_with_it():
    script = "<script>function f(s,n){for(var i=0;i<s.length;i++){n>0&&g(s[i])}}</script>"
    a = HtmlLoader().load(_page(f"{script}Return tickets will cost <span>30 velts</span> for residents, and "
                                "<s>60</s> 55 velts for visitors."))
    assert "cost 30 velts for residents, and 55 velts for visitors." in a.text and "1,800 passengers" in a.text
    a = HtmlLoader().load(_page("Return tickets will cost <s>40 velts for residents, the council said."))
    assert "1,800 passengers an hour" in a.text     # (the parser closes it with its paragraph: the rest is read)
