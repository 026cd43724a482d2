"""Forms of saved pages and copied texts read this stop: a page saved as text by a browser (each link's address in
angle brackets after its words), a print view's numbered links, a page showing its story in a frame and saved as
one file, a static site's Markdown with its template tags, a wire story's take marks."""

from __future__ import annotations

import pytest

from qa.ingest.clutter import is_clutter
from qa.ingest.html import HtmlLoader
from qa.ingest.markdown import blank_links
from qa.ingest.mhtml import MhtmlLoader
from qa.ingest.text import TextLoader
from tests.ingest.test_mhtml import _part, single_file

FIREFOX_TEXT = (
    "Minister resigns over harbour contracts | Politics | The Dell Post\n\n"
    "Skip to main content <#main-content>\n\n"
    "The Dell Post <https://www.dellpost.example/>\n"
    "Subscribe <https://www.dellpost.example/subscribe> Sign in <https://www.dellpost.example/login>\n\n"
    "  * News <https://www.dellpost.example/news>\n  * Politics <https://www.dellpost.example/politics>\n\n"
    "Politics <https://www.dellpost.example/politics> > Government <https://www.dellpost.example/politics/gov>\n\n\n"
    "  Minister resigns over harbour contracts\n\n"
    "Karl Ebbe quits after an audit of the port's tenders\n\n"
    "By Ida Sorn <https://www.dellpost.example/authors/ida-sorn>, Political Editor\n\n4 March 2026, 07:55\n\n"
    "Share this article: Facebook <https://facebook.com/share?u=x> WhatsApp <whatsapp://send?text=x>\n\n"
    "The transport minister, Karl Ebbe, resigned on Wednesday after an audit found that harbour contracts worth "
    "12 million were awarded without a tender <https://www.dellpost.example/audit>.\n\n"
    "Mr Ebbe said he had done nothing wrong but would not stand in the way of the inquiry.\n\n"
    "Related stories\n\n  * Port audit finds missing tenders <https://www.dellpost.example/news/audit>\n\n"
    "Comments (12) <https://www.dellpost.example/news/ebbe#comments>\n\n"
    "© 2026 The Dell Post <https://www.dellpost.example/about>\n")


def test_a_page_saved_as_text_by_a_browser_is_read_without_its_links_addresses():
    a = TextLoader().load(FIREFOX_TEXT.encode())
    assert (a.title, a.date, a.author, a.publisher) == (
        "Minister resigns over harbour contracts", "2026-03-04", "Ida Sorn", "The Dell Post")
    assert a.text == FIREFOX_TEXT                       # (the file's own text: every offset the same)
    shown = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert shown.startswith("Karl Ebbe quits after an audit") and "The transport minister" in shown
    assert not any(word in shown for word in ("Politics", "Share", "Related", "Port audit", "Comments", "Skip"))


@pytest.mark.parametrize("line, alone", [
    ("  * News <https://x.example/news>", True), ("Home <https://x.example/> News <https://x.example/news>", True),
    ("Share this article: Facebook <https://f.example/s> WhatsApp <whatsapp://send?text=x>", True),
    ("Politics <https://x.example/p> > National Assembly <https://x.example/a>", True),
    ("Skip to main content <#main-content>", True), ("Comments (212) <https://x.example/c#comments>", True),
    ("Minister resigns over contracts <https://x.example/a>", False),        # (a headline)
    ("By Ida Sorn <https://x.example/ida>", False), ("state auditor <https://x.example/sa>", False),   # (wrapped)
    ("He said the findings were in the auditor's report <https://x.example/audit>", False),
    ("Read the report <https://x.example/r> and the reply <https://x.example/q>.", False),
])
def test_a_line_of_links_alone_of_a_page_saved_as_text_is_furniture(line, alone):
    from qa.ingest.markdown import page_as_shown

    shown = page_as_shown(line)
    assert len(shown) == len(line) and (not any(ch.isalnum() for ch in shown)) is alone


def test_a_paragraph_of_many_links_is_read_at_once():
    from qa.ingest.markdown import page_as_shown

    line = "a <http://x.example/> " * 5000 + "word"
    assert page_as_shown(line).endswith("word")         # (a regex trying each way to part them would not end)


@pytest.mark.parametrize("written, read", [
    ("worth 12 million <https://x.example/audit>.", "worth 12 million ."),
    ("Home <https://x.example/> News <https://x.example/news>", "Home News"),
    ("<https://x.example/report> is the report's address", "<https://x.example/report> is the report's address"),
    ("close for six weeks from May[1], the agency said", "close for six weeks from May , the agency said"),
    ("Jon Frey[12] said", "Jon Frey said"),
    ("in 2019[3] and [4] more", "in 2019[3] and [4] more"),          # (after a figure: a figure's own brackets)
])
def test_links_addresses_and_print_numbers_are_blanked_for_the_reader(written, read):
    blanked = blank_links(written)
    assert " ".join(blanked.split()) == read and len(blanked) == len(written)


def test_a_print_views_list_of_links_and_address_line_are_no_article_text():
    page = ("<html><head><title>Print: Bridge to close</title></head><body><h1>Bridge to close for repairs</h1>"
            "<p>By Kim Sand | 4 March 2026</p><p>The Dell bridge will close for six weeks from May[1], the roads "
            "agency said on Wednesday, and traffic will cross the river by the old ferry road.</p><p>Agency director "
            "Jon Frey[2] said the work would cost 3 million and was the first on the bridge since it opened.</p><hr>"
            "<p>Links:<br>[1] https://www.dell.example/may<br>[2] https://www.dell.example/frey</p>"
            "<p>URL of this article: https://www.dell.example/news/bridge</p></body></html>")
    a = HtmlLoader().load(page.encode())
    shown = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "Jon Frey[2] said" in shown and "Links" not in shown and "https://" not in shown


@pytest.mark.parametrize("line, clutter", [
    ("Links:", True), ("URL of this article: https://www.dell.example/news/bridge", True),
    ("Source: <https://www.dell.example/a>", True),
    ("{% include ad.html %}", True), ("{{ site.newsletter }}", True), ("{:.lead}", True), ("{: #intro}", True),
    ("XNA-FERRY 1ST TAKE", True), ("FERRY 2ND ADD", True), ("MORE", True), ("ENDS", True), ("-ENDS-", True),
    ("-30-", True), ("###", True), ("Reply  Repost  Like  Share", True), ("· Follow", True), ("I like it", False),
    ("More than 40 people were hurt.", False), ("Ends of the earth", False),
    ("The report is at https://www.dell.example/report.", False),
])
def test_print_templates_and_wire_marks(line, clutter):
    assert is_clutter(line) is clutter


def test_a_static_sites_markdown_is_read_without_its_template_tags():
    md = ("---\nlayout: post\ntitle: \"Rail strike called off\"\ndate: 2026-03-04 10:15:00 +0100\n"
          "categories: [news, transport]\nauthor:\n  - Ann Vik\n  - Per Dahl\n---\n\n{% include ad.html %}\n\n"
          "The rail strike planned for Friday was called off late on Tuesday, the union said.\n{:.lead}\n\n"
          "Union leader Bo Tell said members would vote on a new offer of 6 per cent.\n\n{% include newsletter.html %}\n")
    a = TextLoader().load(md.encode())
    assert (a.title, a.date, a.author) == ("Rail strike called off", "2026-03-04", "Ann Vik and Per Dahl")
    shown = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "{" not in shown and "Union leader Bo Tell" in shown


def test_a_wire_storys_takes_are_read_without_their_slugs_and_marks():
    wire = ("XNA-FERRY 1ST TAKE\n\nFERRY SINKS OFF KELVIK, 12 DEAD\n\nKELVIK, MARCH 3 (XNA) - A PASSENGER FERRY SANK "
            "OFF THE PORT OF KELVIK ON TUESDAY, KILLING AT LEAST 12 PEOPLE, THE COASTGUARD SAID.\n\nMORE\n\n"
            "XNA-FERRY 2ND TAKE\n\nTHE FERRY, THE NORDSTAR, WAS BUILT IN 1988.\n\nENDS\n")
    a = TextLoader().load(wire.encode())
    assert a.title == "FERRY SINKS OFF KELVIK, 12 DEAD" and a.publisher == "XNA"
    shown = "\n".join(a.text[s:e] for s, e in a.blocks)
    assert "TAKE" not in shown and "MORE" not in shown and "ENDS" not in shown and "NORDSTAR" in shown


STORY_FRAME = ("<html><head><title>Dam plan shelved</title></head><body><h1>Dam plan shelved</h1><p>By Eva Lind</p>"
               "<p>4 March 2026</p>" + "".join(
                   f"<p>The energy minister, Pia Holm, said on day {i} that the dam at Svart would cost {i} billion "
                   "and was shelved for now.</p>" for i in range(1, 6)) + "</body></html>")


@pytest.mark.parametrize("source, where", [
    ("cid:frame-4F2A@mhtml.blink", "cid:frame-4F2A@mhtml.blink"),      # (Chrome: the frame's part by its Content-ID)
    ("https://www.kt.example/embed/dam", "https://www.kt.example/embed/dam"),
])
def test_a_single_file_page_showing_its_story_in_a_frame_is_read_from_the_frame(source, where):
    outer = (f"<html><head><title>Kelvik Times</title></head><body><header><a href='/'>Kelvik Times</a></header>"
             f"<iframe src=\"{source}\" width=600></iframe><footer>Contact us</footer></body></html>")
    frame = _part("text/html", STORY_FRAME.encode(), where)
    if where.startswith("cid:"):
        frame = frame.replace(f"Content-Location: {where}\n", f"Content-ID: <{where[4:]}>\n")
    saved = single_file(_part("text/html", outer.encode(), "https://www.kt.example/news/dam"), frame,
                        address="https://www.kt.example/news/dam")
    a = MhtmlLoader(HtmlLoader()).load(saved)
    assert (a.title, a.date, a.author) == ("Dam plan shelved", "2026-03-04", "Eva Lind")
    assert "the dam at Svart would cost 3 billion" in a.text


def test_a_page_with_a_story_of_its_own_is_read_whatever_its_frames_hold():
    comments = _part("text/html", ("<html><body>" + "".join(
        f"<p>Reader {i} wrote that the dam plan was a disgrace and a waste of money for everyone in the valley.</p>"
        for i in range(40)) + "</body></html>").encode(), "https://comments.example/x")
    page = STORY_FRAME.replace("</body>", "".join(
        f"<p>The minister said on day {i} that the dam would need new studies of the river and its fish.</p>"
        for i in range(12)) + "<iframe src='https://comments.example/x'></iframe></body>")
    saved = single_file(_part("text/html", page.encode(), "https://www.kt.example/news/dam"), comments,
                        address="https://www.kt.example/news/dam")
    a = MhtmlLoader(HtmlLoader()).load(saved)
    assert a.title == "Dam plan shelved" and "Reader 3" not in a.text


def test_a_frame_that_is_an_ad_leaves_the_page_its_own_story():
    ad = _part("text/html", b"<html><body><p>Buy now! Half price sofas.</p></body></html>", "https://ads.example/x")
    page = STORY_FRAME.replace("</body>", "<iframe src='https://ads.example/x'></iframe></body>")
    saved = single_file(_part("text/html", page.encode(), "https://www.kt.example/news/dam"), ad,
                        address="https://www.kt.example/news/dam")
    assert MhtmlLoader(HtmlLoader()).load(saved).title == "Dam plan shelved"


def _sentences(text: str) -> list[str]:
    from qa.ingest.sentences import split_sentences

    return [" ".join(text[s:e].split()) for s, e in split_sentences(text, 0, len(text), 200)]


@pytest.mark.parametrize("text, sentence", [
    ("On my own estimate the net cost falls to around pn. 52 million, before counting a benefit. It is less.",
     "On my own estimate the net cost falls to around pn. 52 million, before counting a benefit."),
    ("Tickets cost Rs. 1,200 each. Sales opened on Monday.", "Tickets cost Rs. 1,200 each."),
    ("The fine was Fr. 20 in all. He paid.", "The fine was Fr. 20 in all."),
    ("The council thanked him. 52 people came.", "The council thanked him."),        # (a common word ends it)
    ("The story was filed by FNA. 12 people died.", "The story was filed by FNA."),      # (initials in capitals)
])
def test_a_currencys_short_sign_with_its_full_stop_ends_no_sentence_before_its_sum(text, sentence):
    assert _sentences(text)[0] == sentence


def test_a_typewritten_paragraph_going_on_from_a_year_at_a_lines_start_is_one_text():
    copy = ("\tShe was born in Seltsa in 1937, the daughter of a railway\n"
            "signalman and a schoolteacher. She studied law at the\n"
            "University of Tarvensk, where she graduated top of her year in\n"
            "1960, and spent a decade as a prosecutor in Velmora before she\n"
            "was appointed a district judge in 1971.\n"
            "\tHer appointment to the Supreme Court in 1979 caused a stir.\n")
    assert ("She studied law at the University of Tarvensk, where she graduated top of her year in 1960, and spent a "
            "decade as a prosecutor in Velmora before she was appointed a district judge in 1971.") in _sentences(copy)


def test_a_reporters_copy_headed_by_labels_gives_its_headline_writer_edition_and_paper():
    copy = ("THE SUNDAY STANDARD -- OBITUARIES\nSLUG: MARREN OBIT\nFOR: Sunday 7 September 2025\nFROM: Lena Grubisic\n"
            "LENGTH: 520 words\nILSE MARREN: FIRST WOMAN ON THE SUPREME COURT\n"
            "\tIlse Marren, who has died aged 88 at her home in Tibrava, was the first woman to sit on the Supreme "
            "Court of Dravenia.\n\tShe died on 3 September after a short illness, her family said.\n")
    a = TextLoader().load(copy.encode())
    assert (a.title, a.date, a.author, a.publisher) == (
        "ILSE MARREN: FIRST WOMAN ON THE SUPREME COURT", "2025-09-07", "Lena Grubisic", "THE SUNDAY STANDARD")


def test_a_copys_labels_give_no_headline_from_an_indented_lede_nor_without_one():
    copy = ("SLUG: MARREN OBIT\nFOR: Sunday 7 September 2025\nFROM: Lena Grubisic\n\n\tIlse Marren, who has died "
            "aged 88 at her home in Tibrava, was\nthe first woman to sit on the Supreme Court.\n")
    assert "Ilse Marren, who" not in TextLoader().load(copy.encode()).title
    a = TextLoader().load(b"Ferry talks\n\nSLUG: FERRY\nFOR: Monday\nFROM: the desk\n\nThe ferry talks broke down "
                          b"on Monday night after nine hours, the union said.\n")
    assert a.title == "Ferry talks"


def test_a_typewriters_double_hyphen_parts_a_masthead_from_its_section_and_a_byline_from_its_date():
    from qa.ingest.text import header_masthead

    assert header_masthead("THE SUNDAY STANDARD -- OBITUARIES") == "The Sunday Standard"
    text = ("COUNCIL APPROVES TRAM LINE TO OSTBY\n\nBy Nora Fjeldstad -- Wednesday 5 November 2025, 22:48\n\n"
            "Dalmora city council last night approved a pn. 1.9 billion extension of the city's tram network to the "
            "eastern district of Ostby.\n\nThe vote was 41 to 18.\n")
    a = TextLoader().load(text.encode())
    assert (a.date, a.author) == ("2025-11-05", "Nora Fjeldstad")


def _scrolled_page(second_words: int) -> bytes:
    first = " ".join(f"Dravair cancelled flight number {i} on Friday as its pilots began a strike over pay." for i in
                     range(1, 12))
    second = " ".join(["A syndicate of fourteen farm workers from Sarnevo won the lottery jackpot of 63 million."]
                      * max(1, second_words // 15))
    return ("<html><head><title>Dravair strike | Pulse</title><meta property='og:site_name' content='Pulse'>"
            "<meta property='article:published_time' content='2026-07-22T11:05:00+02:00'></head><body>"
            "<article><h1>Dravair cancels 214 flights</h1><div class='byline'>By Ema Kratochvil · <time "
            f"datetime='2026-07-22T11:05:00+02:00'>22 July 2026</time></div><p>{first}</p></article>"
            "<article><h2>Fourteen farm workers share lottery jackpot</h2><div class='byline'>By Tobias Renner · "
            f"<time datetime='2026-07-21T16:40:00+02:00'>21 July 2026, 16:40</time></div><p>{second}</p></article>"
            "</body></html>").encode()


def test_a_page_saved_with_the_next_story_loaded_under_its_own_holds_both_each_with_its_credits():
    a = HtmlLoader().load(_scrolled_page(120))
    assert (a.title, a.date, a.author, a.publisher) == (
        "Dravair cancels 214 flights", "2026-07-22", "Ema Kratochvil", "Pulse")
    second = a.stories[1]
    assert (second.title, second.date, second.author, second.publisher) == (
        "Fourteen farm workers share lottery jackpot", "2026-07-21", "Tobias Renner", "Pulse")
    assert "63 million" in a.text[second.start:second.end]
    assert all(second.start <= s < e <= second.end for s, e in a.blocks if s >= second.start)


def test_a_teaser_under_a_pages_story_is_no_story_of_its_own():
    a = HtmlLoader().load(_scrolled_page(30))
    assert a.stories == () and a.title == "Dravair cancels 214 flights"


def test_an_answer_in_a_sentence_with_a_print_views_link_numbers_is_held():
    from qa.read.normalize import holds_answer

    assert holds_answer("The main contractor, Bygg-Nord AS[4], has agreed a fixed price.", ["Bygg-Nord AS"])
    assert holds_answer("a fine <https://x.example/fine> of 20", ["fine of 20"])


def test_a_staff_credit_over_the_date_line_is_the_byline():
    text = ("DALMORA POST\n\nMoped gang snatches watches in raid on jeweller\n\nStaff Report\n"
            "Published: Friday, 22 August 2025 – 06:00\n\nFour men on two mopeds smashed their way into a jewellery "
            "shop on the main shopping street yesterday morning, police said.\n\nNo one was hurt.\n")
    a = TextLoader().load(text.encode())
    assert (a.author, a.date) == ("Staff Report", "2025-08-22")


def test_a_contributors_name_beside_the_lead_picture_with_the_outlet_and_bureau_is_the_writer():
    paragraphs = "".join(f"<p>Six miners trapped at the Greyrock pit were brought up alive after {h} hours, "
                         "the rescue team said on Tuesday.</p>" for h in (31, 32, 33))
    page = ("<html><head><title>Ardesk miners rescued</title></head><body><article><h1>Ardesk miners rescued</h1>"
            "<div class='meta'><time datetime='2026-11-17T14:20:00+01:00'>2 days ago</time></div>"
            "<div class='contributor'>Oto Kubes<br><span class='role'>DBC News, Ardesk</span></div>"
            "<figure><img src='pit.jpg' alt='The pit head'><figcaption>Rescue teams at the pit head</figcaption>"
            f"</figure>{paragraphs}</article></body></html>")
    a = HtmlLoader().load(page.encode())
    assert (a.author, a.date) == ("Oto Kubes", "2026-11-17")


FORWARDED = ("---------- Forwarded message ---------\nFrom: Kelvik Times Alerts <alerts@kt.example>\n"
             "Date: Wed, 4 Mar 2026 at 09:12\nSubject: NEWS ALERT: Court strikes down data law\nTo: <desk@paper.example>\n"
             "\n\n> NEWS ALERT\n>\n> Court strikes down data law\n>\n> By Lars Moe\n>\n> Chief Justice Ingrid Falk wrote the "
             "majority opinion.\n>\n> The Supreme Court struck down the data retention law on Wednesday, ruling\n> by seven "
             "votes to two that it breached the right to privacy in\n> Article 11 of the constitution.\n")


def test_a_forwarded_e_mails_quoted_alert_is_read_as_the_lines_it_quotes():
    from qa.ingest.sentences import split_sentences

    a = TextLoader().load(FORWARDED.encode())
    assert (a.title, a.date, a.author) == ("NEWS ALERT: Court strikes down data law", "2026-03-04", "Lars Moe")
    sentences = [a.text[s:e] for lo, hi in a.blocks for s, e in split_sentences(a.text, lo, hi, 200)]
    assert ("The Supreme Court struck down the data retention law on Wednesday, ruling\n> by seven votes to two that "
            "it breached the right to privacy in\n> Article 11 of the constitution.") in sentences     # (one sentence, its quote marks inside it; not parted
    # by the line of a mark alone over it)
    assert "Chief Justice Ingrid Falk wrote the majority opinion." in sentences
    assert " ".join(blank_links("ruling\n> by seven votes").split()) == "ruling by seven votes"
