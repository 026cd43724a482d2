"""'Who wrote the story about …?': the author quoted from the article's byline (fake encoder)."""

from __future__ import annotations

import pytest

from qa.read.byline import asks_author

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry crews vote to strike</title>
<meta name="author" content="Rhys Penhale"></head><body><article><h1>Ferry crews vote to strike</h1>
<p>Ferry crews on the island routes have voted to strike for three days in April over pay.</p>
<p>The ferry operator said the strike would cut the islands off at the start of the tourist season.</p>
</article></body></html>"""


@pytest.mark.parametrize("question, asks", [
    ("Who wrote the story about the harbour bridge?", True),
    ("Who wrote the harbour bridge story?", True),
    ("Who is the author of the article on the bridge?", True),
    ("who reported this story?", True),
    ("Who wrote the book that inspired the story?", False),    # a book the articles tell of
    ("Who wrote the report on the bridge?", True),             # the news report (its byline unless the reading
                                                                 # tells of a report: below)
    ("Who wrote Harbour Lights?", False),
    ("Who wrote the Harrowgate Rovers season review?", True),   # a review, a column, an interview, an obituary
    ("Who wrote the obituary of Margit Solheim?", True),
    ("Who wrote the Kelder tram depot closure story?", True),    # a story named by five words
    ("Who wrote the interview with Ros Fairbank?", True),
    ("Who reported the storm's live coverage?", True),
    ("Who wrote Kelder Today's depot story?", True),
    ("Who reported the Kelder depot closure?", True),            # a news event, as a story
    ("Who reported on the Ashby Cross planning decision?", True),
    ("Who reported the fire to police?", False),                 # who told whom
    ("Who reported the theft in March?", False),
    ("Who interviewed Ros Fairbank?", True),                     # a person named: an interview's byline
    ("Who interviewed the suspect?", False),                     # who questioned someone
    ("Who covered the cost of the repairs?", False),
    ("Who wrote about the heatwave records?", True),            # the story about them
    ("Who wrote about the miners' strike in a 1985 book?", False),   # a book the articles tell of
    ("Who wrote about poverty?", False),
    ("Who wrote the Kelder Rovers match report?", True),
    ("Who wrote the Herald's report on the Marrowby election?", True),   # a newspaper's report is its article
    ("Who wrote the Saltmere Courier's flood report?", True),
    ("Who wrote the Treasury's report?", False),                         # a report of anyone else need not be
    ("Who wrote the Herald's analysis of the rate rise?", True),         # a newspaper's analysis
    ("Who wrote the Gazette's football round-up?", True),                # a round-up, a timeline, a travel alert
    ("Who compiled the Brenn Tunnel timeline?", True),
    ("Who wrote the Courier's travel alert about the strike?", True),
    ("Who wrote the Treasury's briefing on growth?", False),              # a body's, not a paper's
    ("Who compiled the FBI's timeline of the attack?", False),
    ("Who wrote the briefing for the minister?", False),
    ("Who interviewed Ana Ruud in Prison?", False),
    ("Who interviewed Ros Fairbank for the Kelder Gazette?", True),       # for a paper
    ("Who interviewed Ros Fairbank for the Kelder Gazette in October 2026?", True),    # and when
    ("Who interviewed Ana Ruud in Prison in 2026?", False),
    ("Who interviewed the suspect for the police?", False),
    ("Who wrote the Kelder by-election results page?", True),             # a results page, a travel notice
    ("Who wrote the Storm Ada travel notice?", True),
    ("Who wrote the first page of the diary?", False),                    # a page of something else
    ("Who wrote the Facebook page?", False),
    ("Who produced the independent review into the fire?", False),
    ("Who reported the Kelder depot closure for the Kelder Gazette?", True),   # for a paper
    ("Who reported the theft for the police?", False),
    ("Who wrote the markets report on the thaler?", True),             # a paper's report of a kind
    ("Who filed the weather report?", True),
    ("Who wrote the annual report on child poverty?", False),          # a body's report
    ("Who wrote the annual crime report?", False),
    ("Who wrote the court report into the bridge collapse?", False),   # an inquiry's
    ("Who wrote the report on child poverty?", True),              # the news report, unless the reading's
                                                                   # sentence tells of a report (below)
    ("Who wrote the Treasury report?", False),
    ("Who compiles the Courier's corrections and clarifications?", True),     # a column's compiler
    ("Which Coastal Radio reporter covered the Arnes salmon fine?", True),    # a writer asked by their trade
    ("Who is the transport editor who wrote the Record's Brisa Tunnel timeline?", True),
    ("Who is the editor who wrote to the council?", False),
    ("Which Courier critic reported on the film festival awards?", True),
    ("Who conducted Kirvana Today's interview with the governor?", True),
    ("Who conducted the orchestra?", False),
    ("Who did police interview?", False), ("Who conducted the study into interview bias?", False),
    ("Who carried out the interviews with the miners?", True),
    ("Which journalist filed the story on the yacht rescue?", True),
    ("Which reporter wrote the Kell Courier's flood story?", True),
    ("Which Northshore Gazette courts reporter covered the sentencing of Edvard Lusk?", True),
    ("Which readers' editor compiled the Courier's corrections of 7 November 2025?", True),
    ("Which OBC Verify journalists fact-checked the claim that crime had doubled?", True),
    ("Which OBC Sport writer reported Amara Osei-Lind's national record?", True),
    ("Which Daily Tide transport reporter wrote about the national bus fare cap?", True),
    ("Who wrote the Valdenz Sentinel comment arguing that Vallic is no museum piece?", True),    # an opinion's
    ("Who made the comment about the mayor?", False),
    ("Which lawyer covered the costs?", False),
    ("Which editor resigned over the story?", False),
    ("Which reporter was injured in the blast?", False),
])
def test_what_asks_who_wrote_an_article(question, asks):
    assert asks_author(question) is asks


def test_the_author_is_quoted_from_the_byline_else_not_found_saying_why(engines):
    seeds = engines.seeds
    (seeds / "bridge.txt").write_text("Harbour bridge to close for repairs\nBy Mara Lind\n\nThe harbour bridge will "
                                      "close for six weeks of repairs from Monday, the council said.\n", encoding="utf-8")
    (seeds / "museum.txt").write_text("Museum reopens\n\nThe maritime museum reopened on Friday after a "
                                      "restoration of its warehouse.\n", encoding="utf-8")
    (seeds / "ferry.html").write_text(PAGE, encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who wrote the story about the harbour bridge repairs?")
    text = (seeds / "bridge.txt").read_text(encoding=a.encoding)
    assert a.found and a.text == "Mara Lind" and a.source == "bridge.txt" and a.sentence == "By Mara Lind"
    assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence and a.line == 2
    a = engine.answer("Who wrote the article about the maritime museum reopening?")
    assert not a.found and a.notice == "\"Museum reopens\" (museum.txt) names no author." and a.passages
    a = engine.answer("Who wrote the story about the ferry crews strike?")
    assert not a.found and "gives Rhys Penhale as the author of \"Ferry crews vote to strike\" (ferry.html)" in a.notice


def test_a_wire_storys_author_is_quoted_from_its_sign_off(engines):
    seeds = engines.seeds
    (seeds / "wire.txt").write_text("Kestrel Mining agrees takeover\n\nLONDON, Sept 2 (Meridian Wire) — Kestrel Mining "
                                    "has agreed to a takeover by Bardon Resources.\n\n(Reporting by Anjali Rhodes; "
                                    "Editing by Tom Whitcombe)\n", encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who wrote the story about the Kestrel Mining takeover by Bardon Resources?")
    assert a.found and a.text == "Anjali Rhodes" and engine.article_text("wire.txt")[a.start:a.end] == a.text
    assert a.sentence == "(Reporting by Anjali Rhodes; Editing by Tom Whitcombe)"
    a = engine.answer("Who edited the story about the Kestrel Mining takeover by Bardon Resources?")
    assert a.found and a.text == "Tom Whitcombe" and engine.article_text("wire.txt")[a.start:a.end] == a.text


def test_who_edited_asks_an_articles_wire_credit_only():
    from qa.read.byline import _EDITING_BY, asks_editor

    assert asks_editor("Who edited the Corvath heat record story?")
    assert not asks_editor("Who edited the film Northern Lights?")          # a film's editor: the story says
    assert _EDITING_BY.search("The film was edited by Mira Strand over two years.") is None
    assert _EDITING_BY.search("(Reporting by Ola Birk; Editing by Marta Quist)").group("name") == "Marta Quist"
    assert asks_editor("Who edited PBN's Storm Hedda live page?")                 # a live page's editor
    assert _EDITING_BY.search("This live page was edited by Mirela Sokol, with reporting from Jonas Berg."
                              ).group("name") == "Mirela Sokol"
    assert _EDITING_BY.search("This live page was written by Ruben de Graaf. It was edited by Laura Kempers."
                              ).group("name") == "Laura Kempers."          # (by_editor quotes it without the stop)
    assert _EDITING_BY.search("Thursday 27 November 2025 · Edited by Lotte Veering and Henrik Dal"
                              ).group("name") == "Lotte Veering and Henrik Dal"     # a credit line's part, two names


TWO = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry crews vote to strike</title>
<meta name="author" content="Rhys Penhale; Ana Lima"></head><body><article><h1>Ferry crews vote to strike</h1>
<p class="byline">By Rhys Penhale and Ana Lima</p>
<p>Ferry crews on the island routes have voted to strike for three days in April over pay.</p>
<p>The ferry operator said the strike would cut the islands off at the start of the tourist season, when
the boats carry about 4,000 visitors a day, and that it had offered the crews a rise of 4.5%.</p>
<p>The union said the offer did not cover the rise in the cost of living since the last pay deal in 2022.</p>
</article></body></html>"""


def test_a_byline_naming_two_people_or_a_role_is_quoted_whatever_the_metadata_says(engines):
    seeds = engines.seeds
    (seeds / "ferry.html").write_text(TWO, encoding="utf-8")
    (seeds / "depot.txt").write_text("Tram depot to close\nBy Mara Lind, Tom Hardy and Kim Ode, Transport Reporters\n\n"
                                     "The tram depot on Mill Road will close in March, the transport authority "
                                     "said.\n", encoding="utf-8")
    (seeds / "port.html").write_text(TWO.replace('<p class="byline">By Rhys Penhale and Ana Lima</p>',
                                                 '<p class="author-line">Reporting by Rhys Penhale in Kelder; additional '
                                                 'reporting by Ana Lima</p>').replace("Ferry crews", "Dock workers")
                                     .replace("ferry operator", "dock company"), encoding="utf-8")
    (seeds / "quay.md").write_text("---\nauthor: Jo Park; Political Reporter\n---\n# Quay wall to be rebuilt\n"
                                   "By Jo Park, Political Reporter\n\nThe quay wall at Kelder harbour will be rebuilt "
                                   "at a cost of £3.2m.\n", encoding="utf-8")       # metadata not as the text says
    engine = engines.make()
    for question, source, name, line in [
        ("Who wrote the story about the Kelder harbour quay wall?", "quay.md", "Jo Park",
         "By Jo Park, Political Reporter"),
        ("Who wrote the story about the ferry crews strike?", "ferry.html", "Rhys Penhale and Ana Lima",
         "By Rhys Penhale and Ana Lima"),
        ("Who wrote the story about the tram depot on Mill Road?", "depot.txt", "Mara Lind, Tom Hardy and Kim Ode",
         "By Mara Lind, Tom Hardy and Kim Ode, Transport Reporters"),
        ("Who wrote the story about the dock workers strike?", "port.html", "Rhys Penhale",
         "Reporting by Rhys Penhale in Kelder; additional reporting by Ana Lima"),
    ]:
        a = engine.answer(question)
        text = engine.article_text(source)
        assert a.found and (a.source, a.text, a.sentence) == (source, name, line), question
        assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence


def test_who_interviewed_someone_is_an_interviews_byline_only_for_an_interview(engines):
    seeds = engines.seeds
    (seeds / "fairbank.txt").write_text("Ros Fairbank on her cycle lane campaign\nBy Mara Lind\n\nRos Fairbank, 46, has "
                                        "campaigned for cycle lanes in Kelder for a decade.\n\nQ: Why stand for the "
                                        "council?\n\nA: Someone had to, and nobody else would.\n", encoding="utf-8")
    (seeds / "court.txt").write_text("Driver charged over depot crash\nBy Tom Hardy\n\nA driver has been charged "
                                     "after a crash at the Kelder tram depot. Detectives interviewed Dan Pell at "
                                     "Kelder police station on Monday.\n", encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who interviewed Ros Fairbank?")
    assert a.found and (a.source, a.text, a.sentence) == ("fairbank.txt", "Mara Lind", "By Mara Lind")
    a = engine.answer("Who interviewed Dan Pell?")
    assert a.text != "Tom Hardy" and "By Tom Hardy" not in a.sentence     # a story telling of an interview


def test_the_report_on_a_case_is_the_news_report_unless_the_articles_tell_of_a_report(engines):
    seeds = engines.seeds
    (seeds / "court.txt").write_text("Brothers jailed over bridge fraud\n\nTwo brothers were jailed on Monday for a "
                                     "bridge inspection fraud at Kelbridge Crown Court.\n\nReporting by Carys "
                                     "Middlemiss, Court Correspondent, Kelbridge Gazette\n", encoding="utf-8")
    (seeds / "poverty.txt").write_text("Child poverty rises\nBy Tom Hardy\n\nThe report on child poverty was "
                                       "written by the Tarn Trust, a charity, and published on Monday.\n",
                                       encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who wrote the report on the bridge inspection fraud?")
    assert a.found and a.text == "Carys Middlemiss" and a.source == "court.txt"      # its sign-off, not the paper
    a = engine.answer("Who wrote the report on child poverty?")
    assert "Tom Hardy" not in a.text and a.source == "poverty.txt"                   # the charity's report


def test_an_interview_is_told_by_its_byline_too(engines):
    seeds = engines.seeds
    (seeds / "kroll.txt").write_text("Anneliese Kroll on the orchestra's next chapter\nInterview by Petra Vossberg\n\n"
                                     "Anneliese Kroll became music director of the Saltmere orchestra in 2019.\n\n"
                                     "Petra Vossberg: What did you learn from Ilse Varga?\n\nAnneliese Kroll: That an "
                                     "orchestra is a town, not a product.\n", encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who interviewed Anneliese Kroll?")
    assert a.found and (a.text, a.sentence) == ("Petra Vossberg", "Interview by Petra Vossberg")
    (seeds / "lyng.txt").write_text("Harbour worker questioned over fire\nBy Jo Park\n\nAnders Lyng, 52, was "
                                    "interviewed by police on Monday about the warehouse fire.\n", encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who interviewed Anders Lyng?")
    assert a.text != "Jo Park"                          # "interviewed by police" says no interview's byline


def test_a_long_word_after_who_reported_is_read_at_once():
    from qa.read.byline import asks_author

    assert not asks_author("Who reported the " + "x" * 200 + "/y?")    # (had backtracked over the word's splits)


CREDITED = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Glowing snail found in deep-sea trench | Science | Kelder Examiner</title>
<meta property="og:site_name" content="Kelder Examiner">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Mara Lindqvist"}}</script>
</head><body><nav><a>News</a> | <a>Science</a></nav><article><h1>Glowing snail found in deep-sea trench</h1>
<div class="meta"><span class="byline">Mara Lindqvist, Science Correspondent</span></div>
<p>Scientists have found a species of sea snail that glows blue in the dark, living 3,200 metres below the surface
of the Corrow Trench.</p>
<p>The lead author, Dr Ines Caldwell, said the team had watched a rock for forty minutes before it began to glow.</p>
<p>The snail is about 2.4 centimetres long and uses its light to attract the crustaceans it eats.</p>
</article></body></html>"""


def test_a_byline_a_page_shows_without_by_is_quoted_and_who_wrote_about_asks_for_it(engines):
    seeds = engines.seeds
    (seeds / "snail.html").write_text(CREDITED, encoding="utf-8")
    (seeds / "mines.txt").write_text("Museum remembers the Kelder mines\nBy Tom Hardy\n\nThe novelist Ada Quarrie "
                                     "wrote about the Kelder mines in 1937, after a winter living with a miner's "
                                     "family.\n", encoding="utf-8")
    engine = engines.make()
    text = engine.article_text("snail.html")
    for question in ("Who wrote the glowing snail article?", "Who wrote about the glowing snail in the trench?"):
        a = engine.answer(question)
        assert a.found and (a.source, a.text, a.sentence) == ("snail.html", "Mara Lindqvist",
                                                             "Mara Lindqvist, Science Correspondent"), question
        assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence
    a = engine.answer("Who wrote about the Kelder mines?")          # the story tells who did
    assert a.text != "Tom Hardy" and "By Tom Hardy" not in a.sentence


@pytest.mark.parametrize("question, words, holds", [
    ("Which agency reported the collision off Gannet Head?", {"agenc", "report", "collid", "gannet", "head"}, True),
    ("Who reported the decision?", {"decid"}, True),
    ("Who reported the pension row?", {"pend", "row"}, False),            # "pension" is no noun of "pend"
    ("When was the teachers' walkout story published?", {"teacher", "walk"}, True),     # "walked out"
    ("Who covered the plant shutdown?", {"plant", "shut"}, True),
    ("Who covered the plant shutdown?", {"plant", "close"}, False),
])
def test_a_noun_of_a_verb_is_found_by_the_verb(question, words, holds):
    from qa.read.byline import holds_subject, story_subject

    assert holds_subject(story_subject(question), words, question) is holds


GALLERY = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Two prints stolen from Kelder gallery</title>
<meta name="author" content="Orla Quennell"></head><body><article><h1>Two prints stolen from Kelder gallery</h1>
<div class="article-meta">By Orla Quennell, Courts Correspondent, and Tobin Ashgrove <time datetime="2024-03-05">5 March
2024</time></div>
<p>Thieves stole two prints from the Kelder town gallery on Monday night after climbing through a skylight.</p>
<p>The gallery said the prints, by the engraver Ada Quarrie, were insured for £40,000 and would be hard to sell.</p>
</article></body></html>"""


def test_a_byline_shown_in_a_div_with_its_time_a_credit_label_or_a_sign_off_is_quoted(engines):
    seeds = engines.seeds
    (seeds / "gallery.html").write_text(GALLERY, encoding="utf-8")
    (seeds / "lorry.html").write_text(TWO.replace('<p class="byline">By Rhys Penhale and Ana Lima</p>',
                                                  '<div class="meta">Rhys Penhale | Transport Reporter | <time>5 March '
                                                  '2024</time></div>').replace("Ferry crews", "Lorry drivers")
                                      .replace("ferry operator", "haulage company"), encoding="utf-8")
    (seeds / "ferry.html").write_text(TWO.replace('<p class="byline">By Rhys Penhale and Ana Lima</p>',
                                                  '<p class="credit">Words: Ana Lima</p>')
                                      .replace('<meta name="author" content="Rhys Penhale; Ana Lima">', ""),
                                      encoding="utf-8")
    (seeds / "wire.txt").write_text("Kestrel Mining agrees takeover\n\nLONDON, Sept 2 (Meridian Wire) — Kestrel Mining "
                                    "has agreed to a takeover by Bardon Resources.\n\n(Reporting by Anjali Rhodes; "
                                    "editing by Tom Whitcombe)\n", encoding="utf-8")
    engine = engines.make()
    for question, source, name, line in [
        ("Who wrote the story about the prints stolen from the Kelder gallery?", "gallery.html", "Orla Quennell",
         "By Orla Quennell, Courts Correspondent, and Tobin Ashgrove 5 March 2024"),
        ("Who wrote the story about the lorry drivers strike?", "lorry.html", "Rhys Penhale",
         "Rhys Penhale | Transport Reporter | 5 March 2024"),
        ("Who wrote the story about the ferry crews strike?", "ferry.html", "Ana Lima", "Words: Ana Lima"),
        ("Who reported the Kestrel Mining takeover story for the agency?", "wire.txt", "Anjali Rhodes",
         "(Reporting by Anjali Rhodes; editing by Tom Whitcombe)"),
    ]:
        a = engine.answer(question)
        text = engine.article_text(source)
        assert a.found and (a.source, a.text, a.sentence) == (source, name, line), question
        assert text[a.start:a.end] == a.text and text[a.sentence_start:a.sentence_end] == a.sentence


@pytest.mark.parametrize("question, asks", [
    ("Who reported the wire stories on the Tolby fire and the Ness bridge?", True),   # stories, plural
    ("Who wrote the Harbour Tribune's water meters explainer?", True),
    ("Who wrote the Kelder fact check?", True),
    ("Who wrote the book about the story?", False),
    ("Who wrote the book The Story of Tracy Beaker?", False),      # a title, not an article
    ("Who wrote the reviews of the care home?", False),            # reviews the articles tell of
    ("Who reported for The Halbrunn Courier on the all-night budget vote?", True),     # a paper's reporter on …
    ("Who wrote for the Herald about the floods?", True),
    ("Who reported for duty on Monday?", False),
    ("Who broke the exclusive story on the minister's expenses?", True),    # a scoop's writer
    ("Who broke the Lantern's story on the fraud?", True),
    ("Who broke the news to the family?", False),
    ("Who broke the record?", False),
])
def test_more_ways_of_naming_an_article(question, asks):
    assert asks_author(question) is asks


MAIL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Valley floods: homes evacuated</title>
<meta name="author" content="Cal Brisk"><meta property="og:site_name" content="Ardle Evening Mail"></head>
<body><article><h1>Valley floods: homes evacuated</h1><p>By Cal Brisk</p>
<p>About 900 people were evacuated from their homes in Tennby as the river flooded the valley.</p>
</article></body></html>"""
CUP = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ardle United win the cup on penalties</title>
<meta name="author" content="Ras Teller"><meta property="og:site_name" content="Shoreline Sport"></head>
<body><article><h1>Ardle United win the cup on penalties</h1><p>By Ras Teller</p>
<p>Ardle United won the cup final 4-3 on penalties after a 2-2 draw at the national stadium.</p>
</article></body></html>"""


def test_an_article_named_by_its_publisher_or_its_headline_is_the_one_whose_byline_answers(engines):
    seeds = engines.seeds
    (seeds / "post-floods.txt").write_text(
        "THE HARBOUR POST\nThursday 2 October 2025\n\nHundreds of homes flooded as the river bursts its banks\n\n"
        "By Marit Soll and Aksel Vin\n\nMore than 340 homes were flooded in Tennby after the river burst its "
        "banks overnight.\n", encoding="utf-8")
    (seeds / "letters.txt").write_text(
        "THE HARBOUR POST\nLETTERS TO THE EDITOR\nTuesday 12 May 2026\n\nFloods and the cup final\n\nSir - Your "
        "report on the floods in Tennby and the flooded homes missed the point about the river.\n"
        "Agnes Whit, Eldmoor\n", encoding="utf-8")
    (seeds / "mail-floods.html").write_text(MAIL, encoding="utf-8")
    (seeds / "cup.html").write_text(CUP, encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who wrote the Harbour Post's flood report?")        # not the letters page on the floods
    assert a.found and a.text == "Marit Soll and Aksel Vin" and a.source == "post-floods.txt"
    a = engine.answer("Who wrote the Evening Mail's flood story?")          # "Ardle Evening Mail", without its place
    assert a.found and a.text == "Cal Brisk" and a.source == "mail-floods.html" and not a.notice
    a = engine.answer("Who wrote Shoreline Sport's cup final report?")      # a report of a publisher the articles know
    assert a.found and a.text == "Ras Teller" and a.source == "cup.html"
    a = engine.answer("Who wrote the Shoreline report on the cup final?")   # its first word, which no article writes
    assert "mentions" not in a.notice


def test_a_publisher_named_as_the_source_is_read_first_and_searched_without_its_name(engines):
    seeds = engines.seeds
    (seeds / "post-floods.txt").write_text(
        "THE HARBOUR POST\nThursday 2 October 2025\n\nHomes flooded as the river bursts its banks\n\n"
        "By Marit Soll\n\nAbout 1,200 people were evacuated from their homes in Tennby on Wednesday night.\n",
        encoding="utf-8")
    (seeds / "mail-floods.html").write_text(MAIL, encoding="utf-8")
    engine = engines.make()
    for question, source in [("How many people were evacuated, according to the Harbour Post?", "post-floods.txt"),
                             ("According to the Evening Mail, how many people were evacuated?", "mail-floods.html"),
                             ("How many people were evacuated, according to the Post?", "post-floods.txt"),
                             ("How many people were evacuated, as reported by the Evening Mail?", "mail-floods.html")]:
        a = engine.answer(question)
        assert a.found and a.source == source and a.searched == question     # shown as asked, searched without it
    question = "How many people were evacuated, according to the Post Office?"     # not the Harbour Post
    assert engine.answer(question).searched == question


def test_credits_under_a_live_pages_key_points_and_a_story_named_by_words_it_does_not_use(engines):
    seeds = engines.seeds
    (seeds / "live.txt").write_text(
        "Aldwick floods live: river breaks record\n\nKey points:\nRiver peaks at 5.62 metres\n1,200 homes evacuated\n"
        "Compiled by Nadia Fray and Tobias Wrenn\n\nThe river has peaked at 5.62 metres at the Aldwick bridge gauge, "
        "31 centimetres above the record set in 2011, the water authority said.\n", encoding="utf-8")
    (seeds / "results.txt").write_text(
        "Brammer Foods profit falls 9% as costs bite\n\nBy Maren Scholte, Business Reporter\n\nBrammer Foods, the "
        "country's biggest food processor, said its pre-tax profit fell 9% in the year to March as costs rose.\n",
        encoding="utf-8")
    (seeds / "corrections.txt").write_text(
        "Corrections and clarifications\n\nCompiled by Hugo Lamb, Readers' Editor\n\nA report on Brammer Foods' "
        "annual results (18 June) gave the wrong figure for its profit; it fell 9%, not 19%, as we said.\n",
        encoding="utf-8")
    engine = engines.make(threshold=1.01)   # reads nothing
    a = engine.answer("Who compiled the Aldwick floods live blog?")
    assert a.found and a.text == "Nadia Fray and Tobias Wrenn" and engine.article_text("live.txt")[a.start:a.end] \
        == a.text
    a = engine.answer("Who wrote the article about Brammer Foods' annual results?")   # not the corrections column
    assert a.found and a.text == "Maren Scholte" and a.source == "results.txt"


def test_the_story_holding_every_word_of_the_subject_and_the_kind_named_as_the_articles_noun(engines):
    seeds = engines.seeds
    (seeds / "strike.txt").write_text("Crews walk out over pay\n\nBy Jo Parke\n\nQuarrow ferry crews began a strike "
                                      "over pay on Monday, cancelling every sailing to the islands.\n", encoding="utf-8")
    (seeds / "timetable.txt").write_text("Quarrow ferry timetable to change\n\nBy Ana Lima\n\nThe Quarrow ferry will "
                                         "sail an hour earlier from May, the operator said on Friday.\n",
                                         encoding="utf-8")
    (seeds / "uniform.txt").write_text("Headteacher's uniform letter angers parents\n\nBy Tom Rees\n\nParents at "
                                       "Quarrow Academy said the headteacher's letter on uniform was unfair.\n",
                                       encoding="utf-8")
    (seeds / "letters.txt").write_text("Letters to the editor\n\nBy Kim Ode\n\nSir - The Quarrow Academy headteacher's "
                                       "letter on uniform was right, and parents should back it.\n", encoding="utf-8")
    engine = engines.make(threshold=1.01)   # reads nothing
    a = engine.answer("Who wrote the story about the Quarrow ferry strike?")     # not the timetable's headline
    assert a.found and a.source == "strike.txt"
    a = engine.answer("Who wrote the story about the Quarrow Academy headteacher's letter on uniform?")
    assert a.found and a.source == "uniform.txt"                                   # a letter is no letters page


def test_who_wrote_of_something_for_a_publisher_the_articles_name_and_an_opinion_column(engines):
    from qa.read.byline import story_subject

    (engines.seeds / "cup.html").write_text(CUP, encoding="utf-8")
    (engines.seeds / "mail-floods.html").write_text(MAIL, encoding="utf-8")
    engine = engines.make(threshold=1.01)
    a = engine.answer("Who reported on the cup final for Shoreline Sport?")
    assert a.found and (a.text, a.source) == ("Ras Teller", "cup.html")
    a = engine.answer("Who interviewed the Ardle United captain for Shoreline Sport?")     # for that publisher
    assert a.found and (a.text, a.source) == ("Ras Teller", "cup.html")
    assert "opinion" not in story_subject("Who wrote the opinion column arguing for a four-day week?")    # its kind


LANTERN = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Minister quits over housing allowance</title>
<meta name="author" content="Mats Holm"><meta property="og:site_name" content="Lantern News">
<meta property="article:published_time" content="2025-09-12T08:00:00Z"></head>
<body><article><h1>Minister quits over housing allowance</h1><p>By Mats Holm</p>
<p>The education minister resigned on Friday over housing allowance claims first revealed by Lantern on
Wednesday, which covered two years of payments for a flat in the capital.</p>
</article></body></html>"""


def test_a_publishers_first_word_names_it_where_only_its_own_articles_write_that_word(engines):
    from qa.read.byline import publishers_named

    (engines.seeds / "quits.html").write_text(LANTERN, encoding="utf-8")
    (engines.seeds / "cup.html").write_text(CUP, encoding="utf-8")
    engine = engines.make(threshold=1.01)
    named = publishers_named(engine.index, "Who wrote Lantern's report on the resignation?")[0]
    assert [engine.index.documents[doc]["source"] for doc in named] == ["quits.html"], engine.index.documents
    a = engine.answer("Who wrote Lantern's report on the minister's resignation?")
    assert a.found and (a.text, a.source) == ("Mats Holm", "quits.html")
    a = engine.answer("Who wrote the story on the minister's resignation in September 2025?")    # its date's month
    assert a.found and (a.text, a.source) == ("Mats Holm", "quits.html")
    a = engine.answer("Who filed Lantern's scoop on the minister's housing allowance?")     # whatever they call it
    assert a.found and (a.text, a.source) == ("Mats Holm", "quits.html")
    (engines.seeds / "festival.html").write_text(MAIL.replace("as the river flooded the valley", "as the river "
                                                              "flooded the valley two days before the Lantern "
                                                              "festival was due to open"), encoding="utf-8")
    engine = engines.make(threshold=1.01)       # another paper writes "Lantern": a word, not their name alone
    assert not publishers_named(engine.index, "Who wrote Lantern's report on the resignation?")[0]


def test_a_question_quoting_an_articles_headline_is_about_that_article(engines):
    """"Who wrote "…"?", "When was "…" published?": the article whose headline the question quotes, whatever
    its subject's words score; a byline line with the page's reading time is the byline."""
    from qa.read.byline import titled_document

    (engines.seeds / "quits.html").write_text(LANTERN.replace("<p>By Mats Holm</p>", "<p>By Mats Holm &mdash; "
                                                              "12 September 2025 &mdash; 4 min read</p>"),
                                              encoding="utf-8")
    (engines.seeds / "cup.html").write_text(CUP, encoding="utf-8")
    engine = engines.make(threshold=1.01)
    assert engine.index.documents[titled_document(engine.index, 'Who wrote "minister quits over housing '
                                                                'allowance"?')]["source"] == "quits.html"
    assert titled_document(engine.index, 'Who wrote "Minister quits"?') is None      # not the whole headline
    a = engine.answer("Who wrote Lantern's “Minister quits over housing allowance”?")
    assert a.found and (a.text, a.source) == ("Mats Holm", "quits.html")
    a = engine.answer('When was "Minister quits over housing allowance" published?')
    assert a.found and (a.text, a.source) == ("12 September 2025", "quits.html")


def test_who_translated_an_article_is_its_translation_credit(engines):
    from qa.read.byline import asks_translator

    assert asks_translator("Who translated the Tidende story about the last cod boat?")
    assert not asks_translator("Who translated the novel into English?")
    (engines.seeds / "cod.txt").write_text(
        "Last cod boat leaves Gollen Bay\nDunrow Tidende\n9 August 2025\n\n[This article was translated from the "
        "Norrish original by the Tidende's English-language desk.]\n\nThe trawler Sigrid Marie slipped out of Gollen "
        "Bay harbour on Friday, the last cod boat to sail from the village.\n\nTranslated by Nora Eide. Original "
        "reporting by Tuva Lunde.\n", encoding="utf-8")
    (engines.seeds / "cup.html").write_text(CUP, encoding="utf-8")
    engine = engines.make(threshold=1.01)
    a = engine.answer("Who translated the Tidende story about the last cod boat in Gollen Bay?")
    assert a.found and (a.text, a.source) == ("Nora Eide", "cod.txt")
    assert engine.article_text("cod.txt")[a.start:a.end] == "Nora Eide"
    a = engine.answer("Who translated the story about the cup final on penalties?")
    assert not a.found and "names no translator" in a.notice


def test_a_name_only_a_byline_writes_is_no_slip_and_no_stranger(engines):
    """"Marta Kleve" is written only in a header line no passage holds: not searched as "Märta", not unmentioned."""
    (engines.seeds / "obit.txt").write_text(
        "OBITUARY\n\nIrena Solberg, poet who gave Kirvana its anthem, dies at 91\n\nPorvik Observer\nTuesday 17 June "
        "2025\n\nBy Marta Kleve\n\nIrena Solberg, whose words are sung at every football match, has died at home "
        "in Porvik.\n", encoding="utf-8")
    (engines.seeds / "choir.txt").write_text("Choir wins prize\n\nThe choir led by Märta Holm won the national "
                                             "prize on Saturday.\n", encoding="utf-8")
    engine = engines.make(threshold=1.01)
    assert engine.index.words_used("kleve") == 1 and engine.index.accented("Marta") is None
    a = engine.answer("Which newspaper ran Marta Kleve's obituary of the anthem poet Irena Solberg?")
    assert a.found and (a.text, a.source) == ("Porvik Observer", "obit.txt") and "Kleve" not in (a.notice or "")


def test_a_publishers_first_word_in_capitals_names_it_though_others_write_it(engines):
    from qa.read.byline import publishers_named

    (engines.seeds / "frost.txt").write_text("First frost of autumn expected\nRKV News\nBy Morten Skaug\n16 October "
                                             "2025\n\nGardeners are being told to bring tender plants indoors before the "
                                             "first frost of the autumn on Saturday.\n", encoding="utf-8")
    (engines.seeds / "debate.txt").write_text("Pension claims checked\nFactWatch\n\nThe claim was made in a debate on "
                                              "RKV on 3 March.\n", encoding="utf-8")
    engine = engines.make(threshold=1.01)
    named = publishers_named(engine.index, "On what date did RKV publish its forecast of the first frost?")[0]
    assert [engine.index.documents[doc]["source"] for doc in named] == ["frost.txt"]
    a = engine.answer("On what date did RKV publish its forecast of the first autumn frost?")
    assert a.found and (a.text, a.source) == ("16 October 2025", "frost.txt")


def test_at_what_time_a_publisher_the_articles_name_published_its_story(engines):
    (engines.seeds / "today.html").write_text(
        '<html><head><title>Bank trims key rate</title><meta property="og:site_name" content="Kirvana Today"></head>'
        '<body><article><h1>Bank trims key rate</h1><div class="meta">By Clara Weiss &middot; 12 March 2026, 10:20</div>'
        "<p>The National Bank cut its main rate by a quarter of a point to 3.25 per cent on Thursday.</p></article>"
        "</body></html>", encoding="utf-8")
    (engines.seeds / "observer.txt").write_text("Bank cuts rate\nPorvik Observer\n12 March 2026\n\nThe National Bank "
                                                "cut its main rate to 3.25 per cent on Thursday.\n", encoding="utf-8")
    engine = engines.make(threshold=1.01)
    a = engine.answer("At what time did Kirvana Today publish its story on the rate cut?")
    assert a.found and (a.text, a.source) == ("10:20", "today.html")
    a = engine.answer("When did Kirvana Today publish its story on the rate cut?")
    assert a.found and (a.text, a.source) == ("12 March 2026, 10:20", "today.html")


def test_a_translators_credit_is_a_line_of_its_own_and_ends_with_it():
    from qa.read.byline import _TRANSLATED_BY

    m = _TRANSLATED_BY.search("The strike went on.\n\nTranslated by Nora Eide\nThe government said nothing.")
    assert m is not None and m.group("name") == "Nora Eide"
    m = _TRANSLATED_BY.search("Translated from Norrish into English by Nora Eide.")
    assert m is not None and m.group("name") == "Nora Eide"
    assert _TRANSLATED_BY.search("His poems were translated into English by Kari Holm in 1990.") is None   # a book's


def test_a_headline_in_plain_single_quotes_names_its_article(engines):
    from qa.read.byline import titled_document

    (engines.seeds / "quits.html").write_text(LANTERN, encoding="utf-8")
    (engines.seeds / "cup.html").write_text(CUP, encoding="utf-8")
    engine = engines.make(threshold=1.01)
    doc = titled_document(engine.index, "Who wrote 'Minister quits over housing allowance'?")
    assert doc is not None and engine.index.documents[doc]["source"] == "quits.html"
    assert titled_document(engine.index, "Who wrote the minister's 'housing' story?") is None


def test_a_byline_under_a_standfirst_or_naming_its_section_before_the_date_is_quoted(engines):
    seeds = engines.seeds
    (seeds / "inflation.txt").write_text(
        "LYRANDIAN LEDGER — ECONOMY\nApril 15, 2026 10:02 GMT\n\nInflation drops to 1.2 per cent as energy bills fall\n\n"
        "Cheaper gas and electricity drag the headline rate down; food prices are still rising faster than wages at "
        "the bottom end\n\nBy Tarquin Oyelaran, Economics Correspondent\n\nConsumer price inflation in Lyrandia fell "
        "to 1.2 per cent in the year to March, the statistics office said.\n\nFood inflation was stickier, at 3.1 per "
        "cent, with bread and coffee among the biggest risers.\n", encoding="utf-8")
    (seeds / "trains.txt").write_text(
        "Electric trains reach Varden Falls\n\nSaoirse Lindgren · Transport · Monday 7 September 2026, 17:05\n\n"
        "The first electric passenger train to run the whole Eastern Line pulled into Varden Falls on Sunday.\n",
        encoding="utf-8")
    engine = engines.make()
    for question, source, name, line in [
        ("Which Lyrandian Ledger correspondent reported the March inflation figures?", "inflation.txt",
         "Tarquin Oyelaran", "By Tarquin Oyelaran, Economics Correspondent"),
        ("Which reporter wrote about the first electric train to Varden Falls?", "trains.txt", "Saoirse Lindgren",
         "Saoirse Lindgren · Transport · Monday 7 September 2026, 17:05"),
    ]:
        a = engine.answer(question)
        text = engine.article_text(source)
        assert a.found and (a.source, a.text, a.sentence) == (source, name, line), question
        assert text[a.start:a.end] == a.text


def test_a_byline_of_a_page_saved_as_text_is_quoted_with_its_links_address_in_it(engines):
    from tests.ingest.test_saved_text_forms import FIREFOX_TEXT

    (engines.seeds / "ebbe.txt").write_text(FIREFOX_TEXT, encoding="utf-8")
    engine = engines.make()
    a = engine.answer("Who wrote the Dell Post report on the transport minister's resignation?")
    assert a.found and (a.source, a.text) == ("ebbe.txt", "Ida Sorn")
    assert a.sentence == "By Ida Sorn <https://www.dellpost.example/authors/ida-sorn>, Political Editor"
    assert engine.article_text("ebbe.txt")[a.start:a.end] == a.text
