"""Who took a photograph: "Who took the photo of …?" is answered with the name its caption credits
(hand-made page and text file, fake encoder)."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.read import decide
from qa.read.photos import credited, photo_asked
from tests.fakes import SENTENCE


@pytest.mark.parametrize("question, what", [
    ("Who took the photo of Ivo Brandt celebrating?", "Ivo Brandt celebrating"),
    ("Who took the picture showing the flooded square?", "the flooded square"),
    ("Who photographed the first train?", "the first train"),
    ("Who took the photographs of the 2025 Lantern Festival?", "the 2025 Lantern Festival"),
    ("Who took the decision to close the bridge?", ""),
    ("Who took part in the march?", ""),
    ("Whose photo is on the front page?", ""),                            # whose face, not who took it
    ("Who took a picture with the Pope?", ""),
])
def test_what_asks_who_took_a_photograph(question, what):
    assert photo_asked(question) == what


@pytest.mark.parametrize("line, name", [
    ("Captain Ivo Brandt celebrates his second goal. Photo: Lena Holm/Harbour Gazette", "Lena Holm"),
    ("[Photo caption: Ana Lima at dawn. Photograph: Gazette/Pia Rendell]", "Pia Rendell"),
    ("The flooded square in Kelder. Picture by Tom Ode", "Tom Ode"),
    ("The flooded square in Kelder. Photo: Reuters", None),              # an agency alone
    ("A boat on the quay. Photo: Getty Images", None),
    ("A boat on the quay. Photograph: Kelder Council", None),            # a body
    ("Firefighters at work. Images: Kelder Fire Service, Ana Ruud", "Ana Ruud"),
    ("The new mayor. Photo: Ana Ruud for The Kelder Herald", "Ana Ruud"),
    ("The old mill. Photograph: Courtesy of Ana Ruud", "Ana Ruud"),
    ("The photo shows the square.", None),
])
def test_a_captions_credit_names_the_photographer(line, name):
    span = credited(line)
    assert (line[span[0]:span[1]] if span else None) == name


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rovers go top</title></head><body><article>
<h1>Rovers go top</h1>
<figure><img src="/a.jpg" alt=""><figcaption>Rovers captain Ivo Brandt celebrates his second goal at Gate Park.
Photo: Lena Holm/Harbour Gazette</figcaption></figure>
<p>Harbour Rovers are top of the league for the first time in nine years after a 3-1 win over Kelder City at Gate
Park on Sunday, with two goals from their captain, Ivo Brandt.</p>
<p>The attendance of 11,842 was a record for the ground, the club said after the match on Sunday evening.</p>
</article></body></html>"""


def test_the_credit_under_the_picture_is_quoted(tmp_path, fake_encoder, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "rovers.html").write_text(PAGE, encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    text = engine.article_text("rovers.html")
    assert text.rstrip().endswith("Photo: Lena Holm/Harbour Gazette")     # the caption after the story
    assert text.index("Harbour Rovers are top") < text.index("celebrates his second goal")
    a = engine.answer("Who took the photo of Ivo Brandt celebrating his second goal?")
    assert a.found and a.text == "Lena Holm" and text[a.start:a.end] == "Lena Holm" and a.source == "rovers.html"


def test_only_the_storys_own_captions_are_kept():
    from qa.ingest.html import HtmlLoader

    related = ('<aside class="related"><figure><img src="/b.jpg" alt=""><figcaption>Ferry fares to rise by 12% in '
               'April</figcaption></figure></aside>')
    a = HtmlLoader().load(PAGE.replace("</article>", "</article>" + related).encode())
    assert "Photo: Lena Holm/Harbour Gazette" in a.text and "Ferry fares to rise" not in a.text


def test_a_paragraph_of_class_caption_under_a_picture_is_kept_as_a_figures_caption_is():
    from qa.ingest.html import HtmlLoader

    page = PAGE.replace("<figure>", "").replace("</figure>", "").replace("<figcaption>", '<p class="caption">') \
        .replace("</figcaption>", "</p>")
    a = HtmlLoader().load(page.encode())
    assert a.text.rstrip().endswith("Photo: Lena Holm/Harbour Gazette")
    teaser = page.replace("</article>", '</article><aside class="related"><p class="caption">Ferry fares to rise by '
                                        '12% in April</p></aside>')
    assert "Ferry fares to rise" not in HtmlLoader().load(teaser.encode()).text    # another story's


def test_a_photographs_credit_answers_only_who_took_it(tmp_path, fake_encoder, monkeypatch):
    from qa.read.photos import in_credit
    from tests.fakes import SpansReader, write_corpus

    caption = "Marta Velloso holds up the budget folder outside the Finance Ministry. Photo: Anja Berg / Courier"
    assert in_credit(caption, caption.index("Anja")) and not in_credit(caption, caption.index("outside"))
    shown = "Photo: Volunteers fill sandbags on Quay Street. (Photo: Mirela Sand / Kessford Standard)"
    assert not in_credit(shown, shown.index("Quay")) and in_credit(shown, shown.index("Mirela"))   # a caption
    text = ("Marta Velloso holds up the budget folder outside the Finance Ministry on Tuesday.\n\n"
            "Photo: Anja Berg / Courier\n")
    monkeypatch.setattr(decide, "answerable_threshold", lambda settings: None)
    engine = Engine(write_corpus(tmp_path / "seeds", {"budget.txt": ("Velloso's budget", text)}), tmp_path / "index",
                    encoder=fake_encoder, reader=SpansReader({"Anja Berg / Courier": 9.0,
                                                              "outside the Finance Ministry": 5.0}), threshold=0.0)
    a = engine.answer("Where was Marta Velloso photographed holding the budget folder?")
    assert a.found and a.text == "outside the Finance Ministry"
