"""What a saved page shows of its story that the extraction drops: sub-headings, a list in the story, a
second story boxed beside it, a credits element naming the writer alone; never other stories' lists."""

from __future__ import annotations

from qa.ingest.html import HtmlLoader, missed_lines
from qa.ingest.text import byline

P1 = ("Skerrey Lines, the company that runs the ferry between Lunmouth and Skerrey island, will raise fares by 18% "
      "on 1 April, its first rise in three years.")
P2 = ("No. Registered Skerrey residents get a 50% discount, which will stay, and about 1,900 people live on the "
      "island, according to the census.")


def load(body: str, title: str = "Skerrey ferry fares: what is changing and why?") -> str:
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"<h1>{title}</h1>{body}<footer><p>Contact us | Privacy</p></footer></body></html>")
    return HtmlLoader().load(page.encode()).text


def test_an_explainers_question_headings_stay_over_their_answers():
    text = load(f"<h2>What is happening to fares?</h2><p>{P1}</p><h2>Do island residents pay the same?</h2>"
                f"<p>{P2}</p>")
    assert f"\nWhat is happening to fares?\n{P1}\n" in text
    assert f"\nDo island residents pay the same?\n{P2}" in text


def test_a_timeline_list_in_the_story_is_kept_a_list_of_other_stories_is_not():
    timeline = ("<h2>A short history of the route</h2><ul><li>1921: First regular steam ferry between Lunmouth and "
                "Skerrey.</li><li>2004: Skerrey Lines wins the route from the state ferry company.</li></ul>")
    related = ("<h2>Related stories</h2><ul><li>Did rents really double in Brask last year?</li>"
               "<li>Is the island's debt the highest in its history?</li></ul>")
    markup = f"<html><body><h1>Fares</h1><p>{P1}</p><p>{P2}</p>{timeline}{related}</body></html>"
    lines = missed_lines(markup, f"Fares\n{P1}\n{P2}")       # what the extraction dropped, as lines
    assert lines == ["A short history of the route", "1921: First regular steam ferry between Lunmouth and Skerrey.",
                     "2004: Skerrey Lines wins the route from the state ferry company."]


def test_a_second_story_boxed_beside_the_story_is_kept_readers_comments_are_not():
    box = ('<div class="box-story"><h2>Governor: "We are not done"</h2><p>Central bank governor Elin Marstrand '
           "said inflation had fallen to 2.3% in January, from 3.1% in October, and would reach the target by "
           "autumn.</p><p>The bank's board voted 5 to 2 for the cut; two members wanted to hold the rate at 3.25% "
           "for another quarter.</p></div>")
    comments = box.replace('class="box-story"', 'class="comments"').replace("Governor", "Readers").replace(
        "Central bank governor", "A reader wrote that governor")
    text = load(f'<div class="main-story"><p>{P1}</p><p>{P2}</p></div>{box}{comments}')
    assert '\nGovernor: "We are not done"\n' in text and "voted 5 to 2 for the cut" in text
    assert "A reader wrote" not in text


def test_a_credits_element_under_the_headline_naming_the_writer_alone_is_the_byline():
    a = HtmlLoader().load(("<html><head><title>The conductor</title></head><body class=\"reader-view\">"
                           "<h1>The conductor</h1><div class=\"credits\">Kaja Ostberg</div>"
                           f"<p>{P1}</p><p>{P2}</p></body></html>").encode())
    assert a.author == "Kaja Ostberg" and "\nKaja Ostberg\n" in a.text


def test_bylines_with_where_the_writer_was_or_the_agencies_that_helped():
    assert byline("By Erik Vangen at the National Stadium") == "Erik Vangen"
    assert byline("By Marit Holm and agencies") == "Marit Holm"
    assert byline("By Marit Holm and Staff and agencies") == "Marit Holm"
    assert byline("Court reporter: Yana Brisk, The Pellisford Sentinel") == "Yana Brisk"
    assert byline("By The Numbers") == "" and byline("Our reporter: a local man") == ""
