"""A byline with no "By": a person's name alone on a header line over the date line (a column's)."""

from __future__ import annotations

import pytest

from qa.ingest.text import (
    TextLoader,
    byline,
    byline_publisher,
    closing_author,
    credit_parts,
    line_byline,
    masthead,
    publication_date,
    source_masthead,
)


@pytest.mark.parametrize("lines, at, name", [
    (["THE KORVIK POST - OPINION", "Holm on Saturday", "The four-day week worked", "Lena Holm",
      "Saturday 14 March 2026"], 3, "Lena Holm"),
    (["Harbour Gazette", "", "12 March 2026"], 0, ""),                 # the paper's name over the date
    (["Velmark Business Review", "12 March 2026"], 0, ""),
    (["KORVIK POST", "12 March 2026"], 0, ""),
    (["Lena Holm", "The four-day week worked"], 0, ""),               # no date after it
    (["By Lena Holm, Political Editor", "Saturday 14 March 2026"], 0, "Lena Holm"),
])
def test_a_name_alone_over_the_date_line_is_a_byline(lines, at, name):
    assert line_byline(lines, at) == name


@pytest.mark.parametrize("line, name", [
    ("By Nils Ambrose in Lisk", "Nils Ambrose"),                       # where the writer was, no comma
    ("Staff and agencies", "Staff and agencies"),                      # a credit naming no one
    ("Live coverage by Oskar Lind and Freya Dalberg · Started Tue 14 Oct 2025 15:00 · Last updated Wed 15 Oct 2025 "
     "08:20", "Oskar Lind and Freya Dalberg"),                          # a live page's credits, start and update
    ("Staff said the plan was good.", ""),
    ("Report by Dean Harrow, Rovers correspondent", "Dean Harrow"),      # a match report's
    ("Harbour Herald Weekend — Interview by Clara Minot", "Clara Minot"),
    ("*Coastline News Sport* · **By Jonas Feld** · 7 June 2026", "Jonas Feld"),
    ("Compiled by the Readers' Editor, Hedda Brun", "Hedda Brun"),         # the role first, in capitals
    ("Posted by Mirela Sand on 21/06/2025 in Local", "Mirela Sand"),      # the section it was posted in
    ("by Tobias Renn", "Tobias Renn"),                                     # in lower case
    ("by the river", ""),
    ("Reporting: Jonas Ahlin | Editing: Mette Sand", "Jonas Ahlin"),       # a wire's credits with colons
    ("Editing: Mette Sand", ""),
    ("Sports desk | Rolf Ekberg", "Rolf Ekberg"),                          # the desk first
    ("Harbour Gazette | Money | Ruth Kessel", "Ruth Kessel"),              # after the paper and its section
])
def test_bylines(line, name):
    assert byline(line) == name


@pytest.mark.parametrize("line, name, date", [
    ("Kelder Echo Travel Desk · 9 Mar 2026 06:40 GMT · Last updated 9 Mar 2026 14:05 GMT", "Kelder Echo Travel Desk",
     "2026-03-09"),                                                     # a desk credited beside its date
    ("Evening Post Data Team. Updated: Monday 13 April 2026, 11:30", "Evening Post Data Team", "2026-04-13"),
    ("By Jo Park. Published 3 March 2026", "Jo Park", "2026-03-03"),    # a full stop before "Published"
    ("Live · Sunday 29 March 2026 · By Jakob Rennie", "Jakob Rennie", "2026-03-29"),     # a live page's label
    ("The Kelder Echo travel desk | 22/07/2025 (day/month/year)", "The Kelder Echo travel desk", "2025-07-22"),
    ("The front desk · 12 March 2024", "", ""),                         # no paper's desk
    ("Kelder Police news desk | 22/07/2025", "", ""),
    ("Mountain Rescue Team · 12 March 2024", "", ""),                  # a timeline's entry: no newsroom's team
    ("The Dream Team · 14 May 2025", "", ""),
    ("Dream Team · Sport", "", ""),                                     # a team beside no date: no credit line
    ("The Dream Team", "", ""),                                         # a heading
    ("The plan was agreed. Updated figures come next week.", "", ""),   # a sentence
])
def test_a_desk_or_a_team_credited_beside_the_date_is_the_writer(line, name, date):
    assert (byline(line), publication_date(line)) == (name, date)


def test_a_text_files_credit_line_naming_a_desk_gives_author_and_date():
    a = TextLoader().load("Storm Ada: trains cancelled\nKelder Echo Travel Desk · 9 Mar 2026 06:40 GMT\n\nStorm Ada "
                          "is bringing gusts of up to 130 km/h to the west coast on Monday.\n".encode())
    assert (a.author, a.date) == ("Kelder Echo Travel Desk", "2026-03-09")
    assert a.text[a.blocks[0][0]:].startswith("Storm Ada is bringing")


def test_a_section_and_a_date_joined_on_a_line_date_the_story():
    assert credit_parts("Obituaries · 2 Jun 2026 14:05 GMT") == ["Obituaries", "2 Jun 2026 14:05 GMT"]
    assert publication_date("Obituaries · 2 Jun 2026 14:05 GMT") == "2026-06-02"
    assert credit_parts("News · Politics") == []


@pytest.mark.parametrize("ending, name", [
    ("\n\nBy Sander Holt\n", "Sander Holt"),
    ("\n\nCompiled by Ivo Brask\n", "Ivo Brask"),
    ("\n\nAstrid Mollen is a freelance writer who covers shipping. Her book was published last year.\n",
     "Astrid Mollen"),
    ("\n\nThe harbour master is a woman who knows the sea.\n", ""),
    ("\n\nKim Ode is the author of The Quiet Tide (Harbour Press).\n", ""),          # the book's author
    ("\n\nHanne Berg is a local historian and the author of Kelder at War.\n", ""),     # a talk's speaker, a book's
    ("\n\nMara Lind is the new editor of the Kelder Herald.\n", ""),
])
def test_a_byline_or_a_writers_note_after_the_story_names_its_author(ending, name):
    text = "The lighthouse that refused to go dark\n\nThe white tower has been lit every night since 1872." + ending
    assert closing_author(text) == name
    assert TextLoader().load(text.encode()).author == name


def test_a_masthead_over_the_headline_is_the_publisher_not_the_title():
    a = TextLoader().load(b"The Korvik Herald\n\nTIMELINE: Twenty years of the Brenn Tunnel\n\nTuesday 9 December 2025\n\n"
                          b"The Brenn Tunnel, a 14.8-kilometre rail tunnel under the hills, finally opened to passengers "
                          b"on Monday, eleven years later than first promised.\n")
    assert (a.title, a.publisher, a.date) == ("TIMELINE: Twenty years of the Brenn Tunnel", "The Korvik Herald",
                                              "2025-12-09")


def test_a_writers_note_names_someone_the_story_does_not():
    text = ("Ana Ruud obituary\n\nAna Ruud, who has died aged 88, wrote for the Gazette for forty years.\n\n"
            "Ana Ruud is a former columnist of the Gazette.\n")
    assert closing_author(text) == ""


@pytest.mark.parametrize("raw, title", [
    (b"Kelder Rovers Break Transfer Record\n\nStriker signs for 30m\n\nTuesday 9 December 2025\n\nKelder Rovers "
     b"have signed the striker for a club record fee, the club said on Tuesday night.\n",
     "Kelder Rovers Break Transfer Record"),
    (b"The Last Post\n\nBugler retires after 40 years\n\nTuesday 9 December 2025\n\nThe bugler who has played at the "
     b"memorial for four decades retired on Tuesday after a final ceremony.\n", "The Last Post"),
])
def test_a_headline_in_title_case_ending_like_a_papers_name_is_still_the_headline(raw, title):
    a = TextLoader().load(raw)
    assert a.title == title and a.publisher == ""


def test_a_headline_that_is_a_name_over_the_date_is_no_byline():
    a = TextLoader().load(b"Ana Ruud\n14 March 2026\n\nThe runner who won three titles has retired from racing, "
                          b"her coach said on Friday.\n")
    assert a.author == ""
    assert line_byline(["Headline", "Climate Change", "14 March 2026"], 1) == ""


@pytest.mark.parametrize("line, name", [
    ("By Ines Varga, science correspondent", "Ines Varga"),               # a role in lower case
    ("By Tor Lund, local government correspondent", "Tor Lund"),
    ("By Tor Lund, who lives in Lisk", ""),                               # a clause, no role
    ("By Tor Lund, who was a reporter", ""),
    ("Live coverage by Tilde Aasen and the Sentinel politics team", "Tilde Aasen"),     # a team is no one
])
def test_a_byline_with_its_role_in_lower_case(line, name):
    assert byline(line) == name


@pytest.mark.parametrize("line, name, paper", [
    ("By Sanna Lund, science correspondent, The Pellerin Tribune", "Sanna Lund", "The Pellerin Tribune"),
    ("By Sanna Lund, Science Correspondent, Kelder Times, 3 March 2026", "Sanna Lund", "Kelder Times"),
    ("By Ana Lima, Jo Park, Kim Ode", "", ""),                  # no role before the last: no paper either
    ("By Sanna Lund, Kelder, Harbour Walk", "", ""),            # no role, no paper
    ("By Sanna Lund, science correspondent, Harbour Walk", "", ""),   # no paper's name
    ("By Tom Rees, former editor, The Harbour Gazette", "", ""),         # a guest, once the paper's
])
def test_a_byline_names_its_paper_after_the_role(line, name, paper):
    assert (byline(line), byline_publisher(line)) == (name, paper)


def test_a_byline_closing_a_story_names_its_author_and_paper():
    a = TextLoader().load(b"Seagrass stores more carbon than thought\n\nPublished: 24 February 2026\n\nSeagrass "
                          b"meadows lock away twice as much carbon as thought, a study found.\n\nBy Sanna Lund, "
                          b"science correspondent, The Pellerin Tribune\n")
    assert (a.author, a.publisher) == ("Sanna Lund", "The Pellerin Tribune")


@pytest.mark.parametrize("line, name", [
    ("Korr News Agency", "Korr News Agency"), ("News Agency", ""), ("The Daily Lamp", ""), ("A Daily Walk", ""),
    ("The Sunday Roast", ""), ("The Environment Agency", ""),
])
def test_an_agencys_name(line, name):
    assert masthead(line) == name


@pytest.mark.parametrize("under, publisher", [
    ("The Daily Lamp\nThursday 6 November 2025\n\n", "The Daily Lamp"),     # over its date line: the paper
    ("The Daily Mile\n\n", ""),                                                # a headline's, over the story
])
def test_a_daily_name_is_the_paper_over_its_date_line(under, publisher):
    a = TextLoader().load(f"Flood toll rises to five\n\n{under}The number killed by the floods has risen to five, "
                          "police said.\n".encode())
    assert a.publisher == publisher


def test_a_label_then_the_headline_over_the_papers_name_and_its_date():
    a = TextLoader().load(b"OPINION\n\nThe ferry tax is a tax on islanders. Scrap it.\n\nThe Orsk Sentinel\n"
                          b"Tuesday 24 February 2026\n\nBy Petra Holm\n\nOn 12 April the council will vote on the "
                          b"ferry levy, and it should vote it down.\n")
    assert (a.title, a.publisher, a.date, a.author) == ("The ferry tax is a tax on islanders. Scrap it.",
                                                        "The Orsk Sentinel", "2026-02-24", "Petra Holm")


def test_a_letters_page_under_its_papers_name():
    a = TextLoader().load(b"LETTERS TO THE EDITOR\n\nThe Orsk Courier\nSaturday 17 January 2026\n\nWrite to us at "
                          b"letters@orsk.example. Letters may be edited.\n\nBus fares\n\nThe council's rise is too "
                          b"steep.\nAnna Berg, Lisk\n")
    assert (a.title, a.publisher, a.date) == ("LETTERS TO THE EDITOR", "The Orsk Courier", "2026-01-17")
    assert "Orsk Courier" not in a.text[a.blocks[0][0]:]


def test_an_obituary_closing_with_its_writer_paper_and_date():
    a = TextLoader().load(b"Ida Holm, harbour pilot, dies at 91\n\nIda Holm, the first woman to pilot ships into "
                          b"Orsk harbour, has died. She was 91.\n\nObituary by Karl Dune, The Orsk Evening Post, "
                          b"10 March 2026\n")
    assert (a.author, a.publisher, a.date) == ("Karl Dune", "The Orsk Evening Post", "2026-03-10")
    plain = TextLoader().load(b"Ida Holm dies at 91\n\nIda Holm has died. She was 91.\n\nBy Karl Dune\n")
    assert (plain.author, plain.publisher, plain.date) == ("Karl Dune", "", "")


def test_a_byline_naming_the_paper_after_a_comma():
    assert byline_publisher("By Rune Dahl and Olav Ek, The Southern Ledger") == "The Southern Ledger"
    assert byline_publisher("By Rune Dahl, Political Editor") == ""
    assert byline_publisher("By Jo Park | Updated: 8 April 2024 14:30 BST") == ""
    assert byline_publisher("By Dara Mulqueen | Local news") == ""               # a section
    assert byline_publisher("By Ana Lima | Transport desk") == ""                 # a desk


def test_a_papers_name_and_section_over_an_obituary_name_the_publisher_and_the_headline_under_them():
    a = TextLoader().load("The Ashby Herald — Obituaries\n\nAna Ruud, botanist who mapped the wetlands\n\nAna Ruud, "
                          "who has died aged 88, walked the marshes for sixty years with a notebook.\n\nKim Vale is a "
                          "freelance writer who covers the coast.\n".encode())
    assert (a.title, a.publisher, a.author) == ("Ana Ruud, botanist who mapped the wetlands", "The Ashby Herald",
                                                "Kim Vale")
    assert a.text[a.blocks[0][0]:].startswith("Ana Ruud, who has died")


def test_a_name_in_capitals_opening_with_the_over_a_headline_and_its_byline_is_no_title():
    a = TextLoader().load(b"THE DUNHOLM TIDE\n\nRiver Selwe bursts its banks; four dead\n\nBy Ada Farr and Tor Venn in "
                          b"Dunholm\n\nTuesday 3 February 2026\n\nFour people have died after the River Selwe burst its "
                          b"banks overnight.\n")
    assert (a.title, a.publisher, a.date, a.author) == ("River Selwe bursts its banks; four dead", "",
                                                        "2026-02-03", "Ada Farr and Tor Venn")     # a paper's or a
    # label's ("THE COST OF LIVING"): no publisher
    a = TextLoader().load(b"THE LONG GOODBYE\n\nThe last ferry left Dunholm on Sunday after ninety years.\n")
    assert (a.title, a.publisher) == ("THE LONG GOODBYE", "")


def test_an_explainers_byline_and_a_sign_off_naming_the_paper():
    assert byline("Explainer by Lukas Brenner, education correspondent, Kelbridge Gazette") == "Lukas Brenner"
    assert byline("Analysis by Jo Park, Political Editor") == "Jo Park"
    assert byline("Reporting by Carys Middlemiss, Court Correspondent, Kelbridge Gazette") == "Carys Middlemiss"
    a = TextLoader().load(b"# Teachers' strike: what we know so far\n\n*Explainer by Lukas Brenner, education "
                          b"correspondent, Kelbridge Gazette. Updated: Monday 8 December 2025, 18:30*\n\nThe union "
                          b"held its second one-day strike on Wednesday 3 December.\n")
    assert (a.author, a.date) == ("Lukas Brenner", "2025-12-08")


@pytest.mark.parametrize("raw, title, author, date, publisher", [
    ("Olbeck bridge to close for repairs\n\nArvedo Evening Post | Local News\nPosted by Stefan Kroll on 9 September "
     "2025\n\n" + "The bridge will close to traffic for 14 months of repairs, the regional roads agency said. " * 2,
     "Olbeck bridge to close for repairs", "Stefan Kroll", "2025-09-09", "Arvedo Evening Post"),
    ("Cantamira sets heat record\n\nBy Leila Santos\nWeather Correspondent\n\nCANTAMIRA, 12 August 2025 — The country "
     "recorded its highest temperature ever on Monday, the weather service said, at 43.1C in the shade.\n",
     "Cantamira sets heat record", "Leila Santos", "2025-08-12", ""),          # the dateline under the writer's role
    ("SPORT | FOOTBALL\n\nSokolo completes move to Rovers\n\nBy Danilo Hesk\nPublished 16:10 CET, 29 January 2026\n\n"
     "The striker Yann Sokolo has joined Velmora Rovers for 3.2 million varr on a contract to 2029, the club said.\n",
     "Sokolo completes move to Rovers", "Danilo Hesk", "2026-01-29", ""),       # a section's label, no paper's name
])
def test_a_header_posted_by_on_its_date_a_dateline_under_a_role_and_a_sections_label(raw, title, author, date,
                                                                                       publisher):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.date, a.publisher) == (title, author, date, publisher)


def test_a_markdown_newsrooms_credit_in_emphasis_beside_its_date():
    from qa.ingest.formats import loader_for

    raw = ("# Feyt wins Arvedo by-election\n\n*Arvedo Evening Post newsroom* · **Published 23 March 2026**\n\n"
           "Anna Feyt of the Civic Union has been elected mayor of Arvedo, winning the by-election called after the "
           "death of the long-serving mayor in January.\n")
    a = loader_for("feyt.md").load(raw.encode())
    assert (a.author, a.date) == ("Arvedo Evening Post newsroom", "2026-03-23")
    assert publication_date("*Arvedo Evening Post newsroom* · **Published 23 March 2026**") == "2026-03-23"


def test_a_paper_abroad_over_its_date_and_a_teams_members_after_its_name():
    raw = ("Falkenrud sets record budget for 2025\n\nBy Tomas Vidnes\nLindqvarra Dagbladet, 3 October 2024\n\n"
           "OSTERHOLM – The finance minister on Thursday presented a budget of 58.2 billion skell for 2025, the "
           "largest in the country's history.\n")
    a = TextLoader().load(raw.encode())
    assert (a.author, a.date, a.publisher) == ("Tomas Vidnes", "2024-10-03", "Lindqvarra Dagbladet")
    assert masthead("Berliner Zeitung") == "Berliner Zeitung" and masthead("Lindqvarra Dagbladet")
    assert byline("By our news team: Nils Ekerholt and Mira Strand") == "Nils Ekerholt and Mira Strand"
    assert byline("By the way: Jo Park said") == ""


@pytest.mark.parametrize("raw, author, publisher, date", [
    ("Olbrook crew wins the eights\n\n*Coastline News Sport* · **By Jonas Feld** · 7 June 2026\n\nOlbrook Rowing "
     "Club won the men's eights on Sunday.\n", "Jonas Feld", "Coastline News", "2026-06-07"),
    ("\"We are ready\": an interview with Konrad Pell\n\nHarbour Herald Weekend — Interview by Clara Minot\n"
     "Saturday 15 November 2025\n\nKonrad Pell, 58, has led the party since 2021.\n", "Clara Minot", "Harbour Herald",
     "2025-11-15"),
])
def test_a_papers_name_with_its_section_on_a_credits_line(raw, author, publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.author, a.publisher, a.date) == (author, publisher, date)


@pytest.mark.parametrize("raw, title, author, publisher, date", [
    ("Published 09:12 BST, 22 October 2025 | Updated 16:40 BST, 22 October 2025\n\nHundreds evacuated as the Tamsin "
     "bursts its banks\n\nBy Jonas Aberg\n\nKESSFORD, 22 October 2025 — More than 600 residents were evacuated "
     "overnight.\n", "Hundreds evacuated as the Tamsin bursts its banks", "Jonas Aberg", "", "2025-10-22"),
    ("The Kessford Standard\nHome | News | Sport | Notices\n\nHollin cableway opens to passengers\nPosted by Mirela "
     "Sand on 21/06/2025 in Local\n\nThe Hollin cableway carried its first paying passengers on Saturday.\n",
     "Hollin cableway opens to passengers", "Mirela Sand", "The Kessford Standard", "2025-06-21"),
])
def test_a_headline_under_a_publication_line_or_a_masthead_over_a_menu(raw, title, author, publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.publisher, a.date) == (title, author, publisher, date)


@pytest.mark.parametrize("raw, title, publisher", [
    ("KESSMORE HERALD\n\nFormer harbour master jailed for fraud\n\nBy Ola Strand, Courts Correspondent\nPublished "
     "16:05, 19 June 2025\n\nA former harbour master was jailed on Thursday for stealing from the port.\n",
     "Former harbour master jailed for fraud", "Kessmore Herald"),          # a paper naming a place, in capitals
    ("BRINDLE GAZETTE  •  Nature\n\nOtters return to the Brindle river\n\nPublished 12 May 2026\n\nOtters have been "
     "seen on the river for the first time in forty years.\n", "Otters return to the Brindle river",
     "Brindle Gazette"),                                                    # with its section after a bullet
    ("RISING STAR\n\nA teenager from the valley tops the charts\n\nBy Ola Strand\nPublished 12 May 2026\n\nThe "
     "singer, 17, recorded the song in her bedroom.\n", "RISING STAR", ""),  # a headline in capitals
])
def test_a_papers_name_in_capitals_over_the_headline_and_its_byline_is_the_publisher(raw, title, publisher):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher) == (title, publisher)


@pytest.mark.parametrize("line, author, date, publisher", [
    ("Words: Ada Farr / Photos: Brindle Films — 8 October 2025", "Ada Farr", "2025-10-08", ""),
    ("*By Ada Farr, science correspondent — Kessmore University News, 27 August 2025*", "Ada Farr", "2025-08-27",
     "Kessmore University News"),
    ("By Ada Farr  14 May 2025", "Ada Farr", "2025-05-14", ""),              # a copy's columns run together
])
def test_credit_lines_with_a_photographer_a_papers_dated_name_or_the_date_after_two_spaces(line, author, date,
                                                                                             publisher):
    assert (byline(line), publication_date(line)) == (author, date)
    a = TextLoader().load(f"Otters return\n\n{line}\n\nOtters have been seen on the river again.\n".encode())
    assert (a.author, a.date, a.publisher) == (author, date, publisher)


@pytest.mark.parametrize("raw, title, author, publisher, date", [
    ("SPORT | ORSK MARATHON\nSunday 12 October 2025\nBy Per Lunde\n\nAbara breaks the course record\n\nThe "
     "Ethiopian runner won the Orsk Marathon on Sunday in a course record.\n",
     "Abara breaks the course record", "Per Lunde", "", "2025-10-12"),       # a section's label and a topic: no paper
    ("Vestria Today\n14.03.2026\nBy Ina Holt\n\nOrsk opens its tram line\n\nThe first new tram line in forty years "
     "opened on Saturday, the city said.\n", "Orsk opens its tram line", "Ina Holt", "Vestria Today", "2026-03-14"),
    ("Former mayor jailed over bribes\n\nOrsk District Court | 27.06.2025\nReporter: Tove Brun\n\nThe former "
     "mayor of Orsk was sentenced on Friday to four years in prison after being found guilty of taking bribes "
     "from contractors.\n",
     "Former mayor jailed over bribes", "Tove Brun", "", "2025-06-27"),
    ("Drought cuts the barley harvest\nFarming | 30 September 2025 | Aleks Rud\n\nThe barley harvest fell by a "
     "fifth this year, the ministry said.\n", "Drought cuts the barley harvest", "Aleks Rud", "", "2025-09-30"),
    ("FACT CHECK: Did rents double?\n\nVestria Today Fact Check | Nora Lind | 5 September 2026\n\nClaim: rents "
     "doubled in five years. They rose by a third.\n", "FACT CHECK: Did rents double?", "Nora Lind", "Vestria Today",
     "2026-09-05"),
    ("Ana Ruud (1941–2026): the poet of the river\n\nObituary | Orsk Courier Culture Desk\nBy Leif Dal\n\nAna "
     "Ruud, whose poems are read in every school, has died at home. She was 84.\n",
     "Ana Ruud (1941–2026): the poet of the river", "Leif Dal", "Orsk Courier", ""),     # the paper of the desk
    ("\"The ice will be gone\": a glaciologist speaks\n\nVestria Today Weekend | Interview by Mats Brun\nSaturday, "
     "23 August 2025\n\nDr Ines Vale heads the glacier survey.\n", "\"The ice will be gone\": a glaciologist speaks",
     "Mats Brun", "Vestria Today", "2025-08-23"),
    ("The old bridge reopens\nPosted by Holm & Lisk Gazette staff on 22/05/2026\n\nThe old bridge reopened to cars "
     "on Tuesday, fourteen months after the flood.\n", "The old bridge reopens", "", "Holm & Lisk Gazette",
     "2026-05-22"),                                                           # the staff's paper
    ("FOR IMMEDIATE RELEASE\n\nHalden Mills wins a 40 million order\n\nVESTBY, Norvaska – 2 September 2025 – Halden "
     "Mills AS today announced an order for 24 looms from Orsk Textiles.\n",
     "Halden Mills wins a 40 million order", "", "", "2025-09-02"),           # a release's dateline between dashes
    ("RADIO VESTRIA — THE MORNING LINE\nEpisode 12: \"Can the night train come back?\"\nBroadcast: Friday 6 June 2025\n"
     "Transcript\n\nHOST: Good morning, this is the Morning Line.\n", "Episode 12: \"Can the night train come back?\"",
     "", "Radio Vestria", "2025-06-06"),                                      # a broadcaster's name and its programme
])
def test_header_lines_of_a_section_topic_a_today_masthead_a_court_a_desk_a_release_and_a_broadcast(
        raw, title, author, publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.publisher, a.date) == (title, author, publisher, date)
    assert title in a.text                        # the headline, like the credit lines, stays in the text


@pytest.mark.parametrize("lines, name", [
    (["Mayor jailed", "Orsk District Court | 27.06.2025", "Reporter: Tove Brun"], "Tove Brun"),   # under the date
    (["Mayor jailed", "Published 27 June 2025", "", "Reporter: Tove Brun"], "Tove Brun"),
    (["Mayor jailed", "Reporter: Tove Brun"], ""),                   # no date line over it
    (["Press conference", "Thursday 3 July 2025", "Reporter: Mr President"], ""),       # a transcript's speaker
    (["Press conference", "Thursday 3 July 2025", "Reporter: Prime Minister Lind"], ""),
    (["Press conference", "Thursday 3 July 2025", "Reporter: Dr Berg"], ""),
    (["Mayor jailed", "27 June 2025", "Reporter: Tove Brun said the vote was close"], ""),
])
def test_a_bare_reporter_label_is_a_byline_under_the_date_line(lines, name):
    assert line_byline(lines, len(lines) - 1) == name
    assert byline(lines[-1]) == ""                                  # (alone, a transcript's label)


def test_a_topic_word_opens_a_credit_line_only_before_its_date_and_its_writer():
    assert credit_parts("Farming | 30 September 2025 | Aleks Rud") == ["Farming", "30 September 2025", "Aleks Rud"]
    assert credit_parts("Rovers | 2 May 2025") == [] and publication_date("Rovers | 2 May 2025") == ""
    assert byline("SPORT | ORSK MARATHON") == ""              # a topic in capitals is no one's name


def test_a_writer_beside_a_desk_and_a_date_that_reads_both_ways_are_credits():
    from qa.ingest.text import byline, credit_parts

    assert byline("Jonas Pereth | Transport desk") == "Jonas Pereth"
    assert byline("Velmora United | Sport desk") == ""                  # a club, not a writer
    assert credit_parts("Words: Femi Adrado | Posted 10/05/2026 18:30") == ["Words: Femi Adrado",
                                                                          "Posted 10/05/2026 18:30"]
    assert byline("Words: Femi Adrado | Posted 10/05/2026 18:30") == "Femi Adrado"


@pytest.mark.parametrize("line, author", [
    ("Posted by Evening Post reporter Gunnar Lie", "Gunnar Lie"),       # the paper's reporter, named after
    ("Culture desk: Selma Vik", "Selma Vik"),                            # a desk's label
    ("By Erik Sand    Published 19/05/2026    Updated 20/05/2026", "Erik Sand"),    # credits apart by spaces
    ("Posted by Evening Post reporter", ""),
    ("By our reporter in the field", ""), ("Posted by staff reporter at the scene", ""),     # no name
])
def test_bylines_naming_a_papers_reporter_a_desk_or_set_apart_by_spaces(line, author):
    from qa.ingest.text import byline

    assert byline(line) == author


@pytest.mark.parametrize("raw, title, publisher", [
    ("BUDGET 2026\n\nBrekke cuts VAT to 21% in first budget\n\nPublished 13 October 2026\n\nThe finance minister "
     "cut VAT on Tuesday.\n", "BUDGET 2026", ""),    # a topic's label stays the title: its words say what it is about
    ("Science & Tech · Holmstead Herald\n\nSeaweed battery survives 1,200 cycles\n\nBy Erik Sand\n\nA battery made "
     "from seaweed has survived 1,200 charge cycles.\n", "Seaweed battery survives 1,200 cycles", "Holmstead Herald"),
    ("RISING STAR\n\nA teenager from the valley tops the charts\n\nBy Ola Strand\n\nThe singer, 17, recorded the "
     "song in her bedroom.\n", "RISING STAR", ""),                                   # a headline in capitals
    ("KELDER ROVERS WIN\n\nA late goal settles the derby\n\nBy Ola Strand\n\nKelder Rovers beat Tolby 1-0 on "
     "Saturday.\n", "KELDER ROVERS WIN", ""),                                         # three words: a headline
])
def test_a_section_before_the_papers_name_over_the_headline_is_not_the_title(raw, title, publisher):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher) == (title, publisher)


@pytest.mark.parametrize("raw, title, author, publisher, date", [
    ("Jana Novik | The Dravosk Courier | 03.04.2026\n\nCouncil approves a tram depot\n\nThe city council voted on "
     "Tuesday to build a tram depot on the old gasworks site.\n",
     "Council approves a tram depot", "Jana Novik", "The Dravosk Courier", "2026-04-03"),   # the writer's name first
    ("Posted: 12.09.2025 by Marta Lind\n\nBakery closes after 90 years\n\nThe Lind family bakery closed its doors on "
     "Saturday after 90 years.\n", "Bakery closes after 90 years", "Marta Lind", "", "2025-09-12"),
    ("Published 12 March 2025\n\nBakery closes after 90 years\n\nThe Lind family bakery closed its doors on "
     "Saturday after 90 years.\n", "Bakery closes after 90 years", "", "", "2025-03-12"),
])
def test_a_credit_line_over_the_headline_first_in_a_text(raw, title, author, publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.publisher, a.date) == (title, author, publisher, date)


def test_a_name_alone_opens_a_credit_line_only_before_the_papers_name_and_its_date():
    assert credit_parts("Jana Novik | The Dravosk Courier | 03.04.2026") == [
        "Jana Novik", "The Dravosk Courier", "03.04.2026"]
    assert credit_parts("Jana Novik | Sport") == credit_parts("Jana Novik | The Dravosk Courier") == []
    lines = ["DravRail fares to rise", "", "Velmora Evening Post", "Otto Brem | December 3, 2025"]
    assert line_byline(lines, 3) == "Otto Brem"                 # a name and the date under the paper's name
    assert line_byline(["Lode Bridge closed", "", "Kim Ode · 5 March 2024"], 2) == ""
    assert credit_parts("Hugo Marsh · Culture Desk · Published: 25 April 2026") == [
        "Hugo Marsh · Culture Desk", "Published: 25 April 2026"]      # a desk's credit, as before


def test_a_fact_checks_checker_is_its_writer_and_the_site_over_that_line_is_no_one():
    assert byline("Checked by Ruth Amsel · 21 May 2026") == byline("Fact-checked by Ruth Amsel") == "Ruth Amsel"
    assert byline("Checked by police, the car was found to be clean") == ""
    lines = ["Fact check: Did crime rise 40%?", "FactLine Dravosk", "Checked by Ruth Amsel · 21 May 2026"]
    assert line_byline(lines, 1) == "" and line_byline(lines, 2) == "Ruth Amsel"
    lines = ["Why I still take the night train", "Beatrix Olund", "Saturday 14 March 2026"]
    assert line_byline(lines, 1) == "Beatrix Olund"            # a name alone over the date, as before


@pytest.mark.parametrize("line, date", [
    ("Culture desk, 4 March 2026", "2026-03-04"),                  # a desk's label, then the date
    ("The Courier news desk, Tuesday 4 March 2026", "2026-03-04"),
    ("Culture desk, where films are reviewed", ""),
])
def test_a_desks_label_dates_a_story_with_the_date_after_a_comma(line, date):
    assert publication_date(line) == date


def test_a_papers_name_after_a_hyphen_closing_a_headline_is_its_publisher():
    from qa.ingest.text import split_publisher

    assert split_publisher("Golden Gull for 'The Quiet Harbour' - Ulmhaven Daily Ledger") == (
        "Golden Gull for 'The Quiet Harbour'", "Ulmhaven Daily Ledger")
    assert split_publisher("Choose hope - Kennedy") == ("Choose hope - Kennedy", "")     # a speaker's name


@pytest.mark.parametrize("raw, author, publisher, date", [
    ("Ferry fares to rise by 8% from July\n\nHarbour Radio newsroom – Kaja Strand – 1 June 2026\n\nFerry fares "
     "on the Velmora crossing will rise by 8% from 1 July, the operator said.\n", "Kaja Strand", "Harbour Radio",
     "2026-06-01"),
    ("Storm closes coastal road\nEvening Post newsroom - Piet Anker - 3 March 2026\n\nThe coastal road was closed "
     "on Tuesday after a storm.\n", "Piet Anker", "Evening Post", "2026-03-03"),
])
def test_a_newsrooms_line_names_its_paper_its_reporter_and_the_date(raw, author, publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.author, a.publisher, a.date) == (author, publisher, date)
    assert not any("newsroom" in a.text[s:e] for s, e in a.blocks)     # the line is not indexed


def test_a_newsroom_alone_beside_its_date_is_still_the_writer():
    assert byline("Evening Post newsroom · 9 Mar 2026") == "Evening Post newsroom"
    assert credit_parts("Prices rise - and so do wages - in Velmora") == []     # dashes in a sentence


def test_a_places_daily_and_papers_named_lantern_or_beacon_are_mastheads():
    assert masthead("Ostrela Daily Tide") == "Ostrela Daily Tide"
    assert masthead("The Miravel Lantern") == "The Miravel Lantern" and masthead("Kelby Beacon") == "Kelby Beacon"
    assert masthead("Rain Daily Forecast Today") == "" and masthead("Ostrela Daily") == "Ostrela Daily"


def test_a_papers_name_of_any_masthead_word_over_a_headline_and_its_date_line_is_the_publisher():
    """"The Northern Lantern" (a word headlines may end with too) over the headline, its date line and byline."""
    raw = ("The Northern Lantern\nCopper mine to reopen with 620 jobs, owners say\nJuly 9, 2025 08:45 GMT\n"
           "Rhea Sol, Northern Affairs Reporter\n\nVARNO, July 9 — The copper mine will reopen next spring.\n")
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher, a.author, a.date) == ("Copper mine to reopen with 620 jobs, owners say",
                                                        "The Northern Lantern", "Rhea Sol", "2025-07-09")
    raw = "The Last Lantern\n\nA festival of light returns to the old harbour\n\nThe lanterns were lit at dusk.\n"
    assert TextLoader().load(raw.encode()).title == "The Last Lantern"      # no date line or byline: a headline
    raw = "Rovers Break Transfer Record\nStriker signs for 30m\nTuesday 9 December 2025\n\nRovers signed him.\n"
    assert TextLoader().load(raw.encode()).title == "Rovers Break Transfer Record"    # a headline's ending


@pytest.mark.parametrize("raw, title, author, publisher, date", [
    ("VARNO DAILY TIDE\nWeather\n\nStorm Osk: 140 km/h gust at Kell Point\n\n04.11.2025\nJo Thale and Rhea Mak\n\n"
     "Storm Osk battered the coast overnight into Tuesday.\n", "Storm Osk: 140 km/h gust at Kell Point",
     "Jo Thale and Rhea Mak", "Varno Daily Tide", "2025-11-04"),          # a section's word under the paper's name
    ("Lighthouse reopens as museum\n\nThe Kell Evening Post | Local\n16 May 2026\nGreta Lanz\n\nKELL, May 15 - The "
     "lighthouse opened its doors on Friday.\n", "Lighthouse reopens as museum", "Greta Lanz", "The Kell Evening Post",
     "2026-05-16"),                                                        # a name alone under the date line
    ("Updated 2 hours ago | 12 Jun 2025\n\nTHE KELL COURIER - HEALTH\n\nWaits for hip operations hit 41 weeks\n\n"
     "Dana Kessel, Health Editor\n\nPatients are now waiting a median of 41 weeks.\n",
     "Waits for hip operations hit 41 weeks", "Dana Kessel", "The Kell Courier", "2025-06-12"),
    ("TOUR OF VARNO - STAGE 4\n\nBrenn takes solo win in Kell\n\nKestrel Press Agency\nJune 12, 2025 18:45\n\n"
     "KELL, June 12 (KPA) - Luca Brenn attacked on the final climb.\n", "TOUR OF VARNO - STAGE 4", "",
     "Kestrel Press Agency", "2025-06-12"),                                # an agency's name over its date line
    ("# Twenty years of arguing: a timeline\n\n*Varno Daily Tide explainer, published 30 September 2026, by Hollis "
     "Varg*\n\nThe second runway opens on Thursday.\n", "Twenty years of arguing: a timeline", "Hollis Varg",
     "Varno Daily Tide", "2026-09-30"),                                    # credits joined by commas
])
def test_header_forms_of_a_daily_a_section_word_a_name_under_the_date_and_comma_credits(raw, title, author,
                                                                                        publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.publisher, a.date) == (title, author, publisher, date)


def test_a_relative_stamp_beside_the_date_and_a_name_with_a_writers_role_after_a_comma():
    assert credit_parts("Updated 2 hours ago | 12 Jun 2025") == ["Updated 2 hours ago", "12 Jun 2025"]
    assert publication_date("Posted: 5 mins ago · 3 March 2026") == "2026-03-03"
    assert line_byline(["Hip waits grow", "Dana Kessel, Health Editor"], 1) == "Dana Kessel"
    assert byline("Dana Kessel, Health Editor · 3 March 2026") == "Dana Kessel"
    for line in ("Dana Kessel, Chief Executive", "Paris, Editor"):
        assert line_byline(["Hip waits grow", line], 1) == ""
    assert line_byline(["Dana Kessel, Health Editor", "3 March 2026"], 0) == ""      # a first line: the headline
    assert credit_parts("Kell, published 3 March 2026 by the council") == []          # no writer's "by" part
    assert credit_parts("The storm, which struck on Monday, was the worst for years") == []


def test_a_pages_closing_note_of_who_wrote_it_is_its_author():
    text = ("08:00\nGood morning and welcome to our live coverage of budget day.\nThis live blog was written by Lukas "
            "Ferr and Nadja Ob, with analysis from economics editor Hollis Varg. Edited by Tamsin Row.\n")
    assert closing_author(text) == "Lukas Ferr and Nadja Ob"
    assert closing_author("The report was written by hand.\nIt took a week.\n") == ""


@pytest.mark.parametrize("raw, title, author, publisher, date", [
    ("Varno Business Review\nMarkets & Companies\n2 February 2026 | 07:45\n\nMountain cheese rides export boom\n\n"
     "By Daniel Rage\n\nThe dairy cooperative exported a record 14,800 tonnes in 2025.\n",
     "Mountain cheese rides export boom", "Daniel Rage", "Varno Business Review", "2026-02-02"),
    ("Kelby Daily\nLOCAL | Kelby City\nUpdated 2 hours ago | 12 Sep 2025\n\nMoosfeld will get its tram\n\n"
     "By Jonas Staub\n\nThe council backed the extension on Thursday night.\n", "Moosfeld will get its tram",
     "Jonas Staub", "Kelby Daily", "2025-09-12"),                  # a section and its topic under the paper
    ("The Kelby Courier\nBusiness | Explainer\nPublished 4 March 2026, 11:30\n\nTIMELINE: The fall of Banca Vell\n\n"
     "Once a sleepy savings bank, Banca Vell grew into the fourth-largest lender.\n",
     "TIMELINE: The fall of Banca Vell", "", "The Kelby Courier", "2026-03-04"),
    ("FACT CHECK\n\nHave power prices risen by 40 per cent?\n\nKelby Times FactCheck\nBy Mirja Egg\n"
     "24 September 2025\n\nTHE CLAIM: prices have risen by 40 per cent.\n",
     "Have power prices risen by 40 per cent?", "Mirja Egg", "Kelby Times", "2025-09-24"),
    ("PRESS RELEASE\n\nStellwerk to build factory in Sarnfeld\n\nBrisna, 15 July 2025 - Stellwerk Robotics AG (BSX: "
     "STLW), a leading maker of industrial robots and automation systems, today announced plans for a plant.\n",
     "Stellwerk to build factory in Sarnfeld", "", "", "2025-07-15"),    # a release's dateline, a long subject
    ("KELBY SENTINEL - COMMENT\n2 May 2026\n\nTwo languages, one federation\n\nThe Languages Act is a start, but "
     "signs will not save a language our schools have left behind, argues Seraina Flut\n\nLast week a friend rang "
     "me.\n\nSeraina Flut is professor of law at the University of Kelby.\n", "Two languages, one federation",
     "Seraina Flut", "Kelby Sentinel", "2026-05-02"),               # a comment's standfirst names its writer
])
def test_header_forms_of_a_business_review_a_section_and_topic_a_fact_check_a_release_and_a_comment(
        raw, title, author, publisher, date):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.publisher, a.date) == (title, author, publisher, date)


def test_closing_notes_of_a_professor_and_a_page_written_and_edited_by_its_writers():
    assert closing_author("The act is a start.\n\nSeraina Flut is professor of law at the University of Kelby.\n") \
        == "Seraina Flut"
    assert closing_author("Floods peaked at noon.\nThis live page was written and edited by Mira Cand, Tom Flepp and "
                          "Aurelia Stock in Brisna, with reporting from Nico Cavi.\n") == "Mira Cand, Tom Flepp and Aurelia Stock"
    assert closing_author("Ana Ruud spoke first.\nThe hall was full.\nShe spoke for an hour.\nIt rained.\nAna Ruud is "
                          "professor of law at Kelby.\n") == ""                        # named before: a speaker


@pytest.mark.parametrize("raw, title, author, publisher, date", [
    ("NOORDERPOST\nHome > Local > Grauwe & Islands\n\nSandholm ferry back after three weeks\n\nBy Jetske Wier\n"
     "Thursday 14 August 2025, 07:30\n\nIslanders on Sandholm can finally leave home.\n",
     "Sandholm ferry back after three weeks", "Jetske Wier", "Noorderpost", "2025-08-14"),  # a paper of one word
    ("Huge fire at Kesterwijk warehouse\n\nNoorderpost / Regional desk\nBy Willemijn Terp and staff\n\n"
     "Published 8 July 2026, 12:20\nUpdated 8 July 2026, 14:05\n\nThe fire is now under control.\n",
     "Huge fire at Kesterwijk warehouse", "Willemijn Terp", "Noorderpost", "2026-07-08"),
    ("Hoekstra heads Rovers to cup glory\n\nSportdag\nFrom Thijmen Ros at the Lenne Stadium\nMay 17, 2026 22:40 CET"
     "\n\nLuuk Hoekstra rose highest two minutes from the end of normal time to win the cup for Dunmaas Rovers on "
     "Sunday evening.\n", "Hoekstra heads Rovers to cup glory",
     "Thijmen Ros", "", "2026-05-17"),                                      # a reporter's "From … at …"
])
def test_header_forms_of_a_one_word_paper_a_regional_desk_and_a_reporter_at_the_ground(raw, title, author, publisher,
                                                                                       date):
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.publisher, a.date) == (title, author, publisher, date)


def test_one_word_papers_and_breadcrumbs():
    from qa.ingest.clutter import is_clutter

    assert masthead("Noorderpost") == "Noorderpost" and masthead("Signpost") == masthead("Lamppost") == ""
    assert is_clutter("Home > Local > Grauwe & Islands") and is_clutter("Home › News › Local")
    assert not is_clutter("Profits rose > 40 per cent > the forecast")          # figures: no menu
    assert line_byline(["Cup final", "From Monday at the Lenne Stadium"], 1) == ""
    assert line_byline(["Cup final", "From Anna Berg in London, the view differs"], 1) == ""


def test_a_source_line_names_the_publisher_and_a_reporter_label_under_it_the_writer():
    raw = ("Government approves second runway\nPublished: Friday, 29 August 2025\nSource: RKV News (radio bulletin "
           "transcript, edited)\nReporter: Liv Andersen\n\nThe government has given final approval for a second runway "
           "at Essendra Airport, a project that will cost 2.1 billion vorns.\n")
    a = TextLoader().load(raw.encode())
    assert (a.publisher, a.author, a.date) == ("RKV News", "Liv Andersen", "2025-08-29")
    assert source_masthead("Source: Ministry of Health") == "" and source_masthead("Via: Kelder Herald") == "Kelder Herald"


def test_a_title_case_headline_ending_in_a_masthead_word_over_a_standfirst_stays_the_headline():
    raw = ("Storm Topples Harbour Beacon\nKeepers say the light will be rebuilt by spring\nJuly 9, 2025\nBy Rhea Sol\n\n"
           "The old beacon fell in the storm on Tuesday night.\n")
    a = TextLoader().load(raw.encode())
    assert (a.title, a.publisher) == ("Storm Topples Harbour Beacon", "")


def test_a_header_of_labels_a_paper_in_capitals_with_its_town_and_a_wire_credit_name_the_publisher():
    zeret = ("Is the zeret now too strong for exporters?\nAnalysis | Business\nBy Konrad Ellery, Economics "
             "Correspondent\nPublished 2 February 2026 - The Caldrenne Courier\n\nWhen the zeret touched 0.0912 euros "
             "last Tuesday, its highest level in eleven years, there were celebrations in the travel trade.\n")
    a = TextLoader().load(zeret.encode())
    assert a.publisher == "The Caldrenne Courier" and a.author == "Konrad Ellery" and a.date == "2026-02-02"
    rail = ("Rail strike to halt trains on three days next month\n\nTHE MORNING COURIER (Calbrind)\n\nWritten by: "
            "Jorund Pallister\n\nTrain drivers will strike on three days next month after talks with the state "
            "railway broke down on Friday, their union said.\n")
    a = TextLoader().load(rail.encode())
    assert a.publisher == "The Morning Courier" and a.author == "Jorund Pallister"
    wire = ("RENT CAP BILL CLEARS ASSEMBLY\nZalpress national wire\n18.06.2025\n\nCALDRENNE (Zalpress) — The National "
            "Assembly approved the rent bill late on Tuesday by 95 votes to 81, a majority of 14.\n")
    a = TextLoader().load(wire.encode())
    assert a.publisher == "Zalpress" and a.date == "2025-06-18"


@pytest.mark.parametrize("line, publisher, author, date", [
    ("*Ivarra Today — Health | 2 February 2026 | By Sunniva Drexel*", "Ivarra Today", "Sunniva Drexel", "2026-02-02"),
    ("Kestral Weekly | 2 February 2026 | By Sunniva Drexel", "Kestral Weekly", "Sunniva Drexel", "2026-02-02"),
    ("Kelder Rovers | 2 February 2026", "", "", "2026-02-02"),          # a topic and a date: no site, no writer
    ("Storm Halle — 2 February 2026", "", "", ""),                      # a storm's name is no writer's
    ("Storm Hedda — News | 2 February 2026 | By Jo Park", "", "Jo Park", "2026-02-02"),   # a topic, no site
])
def test_a_site_no_list_knows_opens_a_credit_line_before_its_date_and_byline(line, publisher, author, date):
    from qa.ingest.text import TextLoader

    a = TextLoader().load(f"# Measles cases rise to 63\n\n{line}\n\nThe agency opened clinics in 12 towns.\n".encode())
    assert (a.publisher, a.author, a.date) == (publisher, author, date)


def test_a_wire_storys_labelled_header_gives_its_headline_writer_date_and_service():
    from qa.ingest.text import TextLoader

    raw = ("KESTRAL PRESS AGENCY -- GENERAL NEWS SERVICE\nPRIORITY: URGENT\nSLUG: KESTRAL-MINING/STRIKE\n"
           "HEADLINE: Miners walk out over safety after roof collapse\nBYLINE: By Fintan Lode\n"
           "DATELINE: COLDHAM, Kestral, Sept. 3, 2025 (KPA)\nWORDCOUNT: 402\nBODY:\n"
           "About 900 miners at the Coldham copper mine walked off the job on Wednesday, their union said.\n\n"
           "The strike halts production at the country's only working copper mine.\n")
    a = TextLoader().load(raw.encode())
    assert (a.title, a.author, a.date, a.publisher) == ("Miners walk out over safety after roof collapse", "Fintan Lode",
                                                        "2025-09-03", "KESTRAL PRESS AGENCY")
    shown = [a.text[s:e] for s, e in a.blocks]
    assert any("About 900 miners" in b for b in shown)                  # the story, and its dateline as printed
    assert any("DATELINE: COLDHAM, Kestral, Sept. 3, 2025 (KPA)" in b for b in shown)
    plain = TextLoader().load(b"Note: the meeting is open\n\nThe council met on Monday to agree the budget for the year.\n")
    assert plain.title == "Note: the meeting is open"                  # one label, no wire header


@pytest.mark.parametrize("line, iso", [
    ("EMBARGOED UNTIL 00:01 Tuesday 3 March 2026", "2026-03-03"),        # a press release's embargo
    ("Embargoed until 00:01 GMT, Tuesday 3 March 2026", "2026-03-03"),
    ("Date of broadcast: 14 January 2026", "2026-01-14"),                # a broadcast transcript's
])
def test_an_embargo_or_a_broadcasts_date_line_dates_the_text(line, iso):
    from qa.ingest.dates import publication_line

    assert publication_line(line) == iso
