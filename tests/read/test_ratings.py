"""A review's rating: "How many stars did … give …?" is answered with the rating the review prints, quoted
from its line, in the review naming what the question names (hand-made review files and page, fake
encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.ratings import rating_asked, rating_span
from tests.fakes import SENTENCE, write_corpus


@pytest.mark.parametrize("question, asked", [
    ("How many stars did the Kelder Courier give the opera Salt Wind?", True),
    ("What star rating did the Post give the film Winter at Kessel?", True),
    ("What rating did the critic give the restaurant?", True),
    ("How many stars are in the Milky Way?", True),         # (answered only by a review naming it)
    ("What credit rating does Kelder hold?", False),
    ("Which film won the Golden Gull?", False),
])
def test_what_asks_for_a_reviews_rating(question, asked):
    assert rating_asked(question) is asked


@pytest.mark.parametrize("text, rating", [
    ("Salt Wind review\n\n**★★★★☆**\n\nIt is a brave company.", "★★★★☆"),
    ("Salt Wind review\n\nIt is brave.\n\n★★★☆☆ Rating: 3/5\n", "3/5"),        # the figure beside the stars
    ("**Rating: ★★★★☆ (4 out of 5)**\n\nIt is brave.", "4 out of 5"),
    ("---\nrating: 4/5\n---\n# Salt Wind\n\nIt is brave.", "4/5"),             # a line saying it is a rating
    ("Salt Wind\n\nThe vote was carried 4/5 on Monday.", None),                 # a figure alone is no rating
])
def test_a_reviews_rating_is_its_stars_or_the_figure_out_of_five(text, rating):
    span = rating_span(text)
    assert (text[span[0]:span[1]] if span else None) == rating


def test_the_rating_of_the_review_named_is_quoted_from_its_line(tmp_path, fake_encoder, monkeypatch):
    seeds = write_corpus(tmp_path / "seeds", {
        "opera.md": ("Review: Salt Wind", "**★★★★☆**\n\nSalt Wind, the new opera by Tobias Gren, is a brave work "
                                          "about a fisheries dispute. The orchestral storm is thrilling."),
        "film.md": ("Review: Winter at Kessel", "It takes forty minutes for anything to happen in Winter at "
                                                "Kessel. It is a film about waiting.\n\nRating: 3/5"),
    })
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    for question, source, rating in [("How many stars did the critic give the opera Salt Wind?", "opera.md", "★★★★☆"),
                                     ("What star rating did Winter at Kessel get?", "film.md", "3/5")]:
        a = engine.answer(question)
        text = engine.article_text(source)
        assert a.found and a.source == source and a.text == rating and text[a.start:a.end] == rating, question
        assert text[a.sentence_start:a.sentence_end] == a.sentence and rating in a.sentence
    assert engine.answer("How many stars did the critic give the opera Dark Harbour?").text != "★★★★☆"


def test_a_pages_rating_the_extraction_leaves_out_is_kept_as_a_line():
    from qa.ingest.html import HtmlLoader

    story = "".join(f"<p>Winter at Kessel is a film about waiting, part {i}, for the ice and for a father.</p>"
                    for i in range(4))
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Winter at Kessel review</title></head><body>'
            f'<article><h1>Winter at Kessel review</h1>{story}<p class="rating"><span aria-hidden="true">★★★★☆'
            '</span> Rating: 4/5</p></article><aside class="rating">Rate this: 1/5</aside></body></html>')
    a = HtmlLoader().load(page.encode())
    assert "★★★★☆ Rating: 4/5" in a.text.split("\n") and "Rate this" not in a.text
