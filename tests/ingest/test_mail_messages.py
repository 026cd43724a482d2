"""Mail messages (a ministry's press release as sent): a ``.eml`` file, or the message's source saved as ``.txt``,
read as the message (quoted-printable undone, the subject as headline, the sender and the day sent); a printed
e-mail in a text file stays text (fake encoder)."""

from __future__ import annotations

import quopri

import pytest

from qa.chat.engine import Engine
from qa.chat.present import answer_cite
from qa.ingest.formats import SUFFIXES, loader_for, text_is_extracted
from qa.ingest.mail import MailLoader, saved_message
from qa.ingest.seeds import load_document
from tests.fakes import SENTENCE

RELEASE = ("MINISTRY OF TRANSPORT\n\n"
           "Night trains to return to the Kelvik line from 1 May\n\n"
           "Overnight services between Kelvik and Arnholm will resume on 1 May, the minister’s office said today. "
           "The timetable runs three trains a week in each direction, and a return fare will cost 64 marins.\n\n"
           "“We have listened to passengers,” said Transport Minister Ilse Varga. The route closed in 2019.\n\n"
           "Notes to editors\n1. The sleeper carriages were refurbished at a cost of 12 million marins.\n")
BOUNDARY = "=_b7f3a19c2e4b04d21_="


def _coded(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def message(plain: str | None = RELEASE, html: str | None = None, date: str = "Tue, 20 Jan 2026 09:12:44 +0100",
            sender: str = '"Ministry of Transport Press Office" <press@transport.example>') -> bytes:
    """A press release as a mail program's "Show original" gives it: headers, then a text part in quoted-printable
    (soft line breaks, "=E2=80=99" for "’") and an HTML part."""
    head = ("Delivered-To: newsdesk@herald.example\n"
            "Received: from smtp-out.transport.example (smtp-out.transport.example [192.0.2.45])\n"
            "        by mx.herald.example (Postfix) with ESMTPS id 7B21F4A0C8; Tue, 20 Jan 2026 09:12:49 +0100\n"
            f"From: {sender}\nTo: newsdesk@herald.example\nDate: {date}\n"
            "Subject: =?UTF-8?Q?Press_release=3A_night_trains_return_?=\n =?UTF-8?Q?=E2=80=93_minister=E2=80=99s_statement?=\n"
            "Message-ID: <20260120081244.3F9A2C0041@smtp-out.transport.example>\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/alternative;\n        boundary="{BOUNDARY}"\n\n'
            "This is a multi-part message in MIME format.\n\n")
    parts = []
    if plain is not None:
        parts.append(f"--{BOUNDARY}\nContent-Type: text/plain; charset=\"UTF-8\"\n"
                     f"Content-Transfer-Encoding: quoted-printable\n\n{_coded(plain)}\n")
    if html is not None:
        parts.append(f"--{BOUNDARY}\nContent-Type: text/html; charset=\"UTF-8\"\n"
                     f"Content-Transfer-Encoding: quoted-printable\n\n{_coded(html)}\n")
    return (head + "".join(parts) + f"--{BOUNDARY}--\n").encode("ascii")


def test_a_message_is_read_as_sent_its_transfer_encoding_undone():
    assert ".eml" in SUFFIXES and isinstance(loader_for("Release.EML"), MailLoader) and text_is_extracted("a.eml")
    raw = message()
    assert b"=E2=80=99" in raw and b"=\n" in raw            # (what the file holds: soft line breaks, coded quotes)
    article = loader_for("release.eml").load(raw)
    assert article.extracted and article.encoding == "utf-8"
    assert "the minister’s office said today" in article.text and "=\n" not in article.text
    assert "return fare will cost 64 marins" in article.text
    assert article.title == "Press release: night trains return – minister’s statement"
    assert (article.date, article.publisher) == ("2026-01-20", "Ministry of Transport Press Office")
    assert all("Received:" not in article.text[a:b] and "Content-Type" not in article.text[a:b]
               for a, b in article.blocks)


def test_the_source_saved_as_text_reads_as_the_message_does():
    raw = message()
    assert loader_for("release.txt").load(raw) == loader_for("release.eml").load(raw)
    assert saved_message(raw.decode("ascii").replace("\n", "\r\n"))        # (as copied on Windows)


def test_the_message_reads_as_a_mail_program_prints_it_its_headers_over_its_text():
    article = loader_for("release.eml").load(message(sender="press@transport.example"))
    assert article.text.startswith("From: press@transport.example\nTo: newsdesk@herald.example\n"
                                   "Date: Tue, 20 Jan 2026 09:12:44 +0100\n"
                                   "Subject: Press release: night trains return – minister’s statement\n\n")
    assert (article.date, article.publisher) == ("2026-01-20", "")      # (an address alone names no publisher)


def test_a_message_with_only_an_html_part_is_read_as_a_page_under_its_subject():
    page = ("<html><body><div class='release'><p>Overnight services between Kelvik and Arnholm will resume on 1 May, "
            "the minister’s office said today, with three trains a week in each direction.</p><p>A return fare "
            "will cost 64 marins, and the sleeper carriages were refurbished at a cost of 12 million marins, "
            "officials said.</p></div></body></html>")
    article = loader_for("release.eml").load(message(plain=None, html=page))
    assert "<p>" not in article.text and "A return fare will cost 64 marins" in article.text
    # (the subject is the page's title, and a page's title loses what follows a dash: "Headline – Site")
    assert article.title == "Press release: night trains return" and article.extracted
    assert article.publisher == "Ministry of Transport Press Office"


@pytest.mark.parametrize("head", [
    # a printed or forwarded e-mail: no header only a sent message carries
    "From: Ilse Varga <ilse@transport.example>\nSent: Tuesday, 20 January 2026 09:12\nTo: Newsdesk\n"
    "Subject: Night trains\n\n",
    # a story that opens with a label and a colon
    "Kelvik: night trains return\n\n",
    # headers with no empty line after them
    "From: a@example.org\nDate: Tue, 20 Jan 2026 09:12:44 +0100\nMIME-Version: 1.0\n",
])
def test_text_that_is_no_message_as_sent_stays_the_files_text(head):
    raw = (head + RELEASE).encode("utf-8")
    assert not MailLoader.holds_message(raw)
    article = loader_for("story.txt").load(raw)
    assert not article.extracted and article.text == raw.decode("utf-8")


def test_an_eml_file_that_is_no_message_is_refused_saying_why():
    with pytest.raises(ValueError, match="not a mail message"):
        loader_for("story.eml").load(RELEASE.encode("utf-8"))
    with pytest.raises(ValueError, match="no text"):
        loader_for("empty.eml").load(message(plain=None))


def test_a_message_saved_as_text_is_cited_by_its_message_text(tmp_path, seed_dir, fake_encoder):
    (seed_dir / "release.txt").write_bytes(message())
    doc = load_document(seed_dir / "release.txt", seed_dir)
    assert doc.extracted and not load_document(seed_dir / next(p.name for p in seed_dir.iterdir()
                                                                  if p.name != "release.txt"), seed_dir).extracted
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("How much did the refurbishment of the sleeper carriages for the Kelvik night trains cost?")
    assert a.found and a.source == "release.txt" and a.extracted
    assert engine.article_text(a.source)[a.start:a.end] == a.text and "12 million marins" in a.sentence
    assert answer_cite(a, 1).where == f"release.txt, line {a.line} of the message text"
    passage = next(p for p in engine.retrieve("Kelvik night trains sleeper carriages refurbished") if p.source == "release.txt")
    assert passage.extracted


def test_a_message_with_a_bom_a_bad_address_or_text_in_another_charset_is_read_not_refused():
    raw = message()
    assert loader_for("bom.txt").load(b"\xef\xbb\xbf" + raw) == loader_for("release.txt").load(raw)
    bad = raw.replace(b"To: newsdesk@herald.example", b"To: \"unclosed <newsdesk@herald.example")
    assert "the minister’s office said today" in loader_for("bad.eml").load(bad).text     # (the header not shown)
    latin = (message(plain=None).replace(b"--" + BOUNDARY.encode() + b"--", b"")
             + f"--{BOUNDARY}\nContent-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: 8bit\n\n"
               .encode("ascii") + RELEASE.replace("’", "\u2019").encode("cp1252") + f"\n--{BOUNDARY}--\n".encode())
    article = loader_for("outlook.eml").load(latin)
    assert "the minister’s office said today" in article.text and article.encoding == "cp1252"


def test_an_html_mail_with_an_empty_title_is_headed_by_its_subject():
    page = ("<html><head><title> </title></head><body><p>Overnight services between Kelvik and Arnholm will resume on "
            "1 May, the minister’s office said today, with three trains a week in each direction.</p><p>A return "
            "fare will cost 64 marins, and the sleeper carriages were refurbished at a cost of 12 million marins, "
            "officials said.</p></body></html>")
    assert loader_for("release.eml").load(message(plain=None, html=page)).title == "Press release: night trains return"


def test_a_message_saved_as_text_is_held_to_the_text_files_size_limit():
    with pytest.raises(ValueError, match="over the"):
        loader_for("huge.txt").load(message() + b" " * (loader_for("a.txt").max_bytes + 1))
