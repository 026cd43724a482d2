"""Pages saved as a single file (.mhtml, as Chrome writes it) read as the same page saved as .html,
and the folder a "Web Page, complete" save puts beside a page left out (fake encoder)."""

from __future__ import annotations

import base64
import quopri

import pytest

from qa.chat.engine import Engine
from qa.chat.files import add_article
from qa.ingest.formats import MAX_FILE_BYTES, SUFFIXES, loader_for, text_is_extracted
from qa.ingest.html import HtmlLoader
from qa.ingest.mhtml import MAX_SAVED_PAGE_BYTES, MhtmlLoader
from qa.ingest.seeds import discover
from tests.fakes import SENTENCE
from tests.ingest.test_loaders import PAGE

ADDRESS = "https://baysideherald.example/news/2024/05/14/ferry-boats"
BOUNDARY = "----MultipartBoundary--q1w2e3r4----"


def _part(content_type: str, body: bytes, where: str, encoding: str = "quoted-printable") -> str:
    coded = quopri.encodestring(body).decode("ascii") if encoding == "quoted-printable" \
        else base64.encodebytes(body).decode("ascii")
    return (f"--{BOUNDARY}\nContent-Type: {content_type}\nContent-Transfer-Encoding: {encoding}\n"
            f"Content-Location: {where}\n\n{coded}\n")


def single_file(*parts: str, address: str = ADDRESS) -> bytes:
    """A save as Chrome writes one: MIME headers, then the parts, CRLF line ends."""
    head = (f"From: <Saved by Blink>\nSnapshot-Content-Location: {address}\n"
            "Subject: Ferry company orders two electric boats\nDate: Sat, 1 Jun 2024 10:00:00 -0000\n"
            f"MIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"{BOUNDARY}\"\n\n\n")
    return (head + "".join(parts) + f"--{BOUNDARY}--\n").replace("\n", "\r\n").encode("ascii")


PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
SAVED = single_file(_part("text/html", PAGE.encode("utf-8"), ADDRESS),
                    _part("image/png", PNG, "https://baysideherald.example/boat.png", "base64"))


def test_a_single_file_save_reads_as_the_page_does():
    assert {".mhtml", ".mht"} <= set(SUFFIXES) and isinstance(loader_for("Saved/Ferry.MHTML"), MhtmlLoader)
    assert text_is_extracted("ferry.mhtml") and text_is_extracted("a.mht") and not text_is_extracted("a.txt")
    assert loader_for("ferry.mhtml").load(SAVED) == HtmlLoader().load(PAGE.encode("utf-8"))


def test_the_page_is_the_part_at_the_saved_address_not_an_advert_frame():
    advert = _part("text/html", b"<html><body><p>Cheap flights to anywhere in the world, book our partner "
                                b"airline offers today and save more on every trip you take.</p></body></html>",
                   "https://ads.example/frame")
    saved = single_file(advert, _part("text/html", PAGE.encode("utf-8"), ADDRESS))
    article = loader_for("ferry.mhtml").load(saved)
    assert "battery-powered boats worth £18m" in article.text and "Cheap flights" not in article.text


def test_the_saved_address_dates_a_page_that_gives_no_date():
    undated = PAGE.replace('<meta property="article:published_time" content="2024-05-14T08:30:00Z">', "")
    assert HtmlLoader().load(undated.encode("utf-8")).date == ""
    saved = single_file(_part("text/html", undated.encode("utf-8"), ADDRESS))
    assert loader_for("ferry.mhtml").load(saved).date == "2024-05-14"        # from "/2024/05/14/"


def test_a_charset_named_only_in_the_mime_header_is_read():
    page = PAGE.replace('<meta charset="utf-8">', "").replace("Rosa Quint", "Renée Quint")
    saved = single_file(_part("text/html; charset=windows-1252", page.encode("cp1252"), ADDRESS))
    article = loader_for("ferry.mhtml").load(saved)
    assert "chief executive Renée Quint" in article.text and "£18m" in article.text
    assert "\ufffd" not in article.text


@pytest.mark.parametrize("raw, why", [
    (b"", "empty file"),
    (b"<html><body><p>just a page</p></body></html>", "no MIME parts"),
    (single_file(_part("image/png", PNG, "https://x.example/a.png", "base64")), "holds no HTML part"),
])
def test_a_file_that_is_no_single_file_page_is_refused_saying_why(raw, why):
    with pytest.raises(ValueError, match=why):
        loader_for("x.mhtml").load(raw)


def test_a_single_file_save_may_be_bigger_than_a_page_its_images_inside_it(seed_dir):
    assert MAX_FILE_BYTES == MAX_SAVED_PAGE_BYTES > loader_for("a.html").max_bytes
    photos = _part("image/jpeg", bytes(6_000_000), "https://baysideherald.example/photo.jpg", "base64")
    big = single_file(_part("text/html", PAGE.encode("utf-8"), ADDRESS), photos)
    assert len(big) > loader_for("a.html").max_bytes
    assert add_article(seed_dir, "Ferry boats.mhtml", big) == "Ferry_boats.mhtml"
    with pytest.raises(ValueError, match="over the 5,000,000-byte limit for this kind of file"):
        add_article(seed_dir, "notes.txt", b"Notes\n\n" + b"word " * 1_100_000)


def test_the_folder_of_a_page_saved_complete_is_left_out(seed_dir):
    (seed_dir / "Ferry.html").write_text(PAGE, encoding="utf-8")
    assets = seed_dir / "Ferry_files"
    assets.mkdir()
    (assets / "advert.html").write_text("<html><body><p>Cheap flights to anywhere, book now and save on "
                                        "every single trip you take this year.</p></body></html>")
    (assets / "style.css").write_text("body {}")
    unrelated = seed_dir / "Other_files"                 # no "Other.html" beside it: a folder of articles
    unrelated.mkdir()
    (unrelated / "note.txt").write_text("Note\n\nThe council met on Monday to agree the budget for the year.\n")
    found, skipped = discover(seed_dir)
    names = {p.relative_to(seed_dir).as_posix() for p in found}
    assert "Ferry.html" in names and "Other_files/note.txt" in names
    assert not any(n.startswith("Ferry_files/") for n in names)
    assert [(s.source, "saved web page" in s.reason) for s in skipped] == [("Ferry_files", True)]


def test_the_folder_of_a_page_saved_complete_is_left_out_when_the_page_was_renamed(seed_dir):
    (seed_dir / "ferry-returns.html").write_text(PAGE, encoding="utf-8")        # saved as "Ferry returns.html"
    assets = seed_dir / "Ferry returns_files"
    assets.mkdir()
    (assets / "saved_resource.html").write_text("<html><body><p>Advertisement: switch to fibre today and get three "
                                                "months free on every plan we sell this year.</p></body></html>")
    (assets / "app.js").write_text("var x = 1;")
    found, skipped = discover(seed_dir)
    names = {p.relative_to(seed_dir).as_posix() for p in found}
    assert "ferry-returns.html" in names and not any(n.startswith("Ferry returns_files/") for n in names)
    assert [(s.source, "saved web page" in s.reason) for s in skipped] == [("Ferry returns_files", True)]
    own = seed_dir / "interview_files"            # a user's folder: a transcript and a photo, no page beside it
    own.mkdir()
    (own / "transcript.txt").write_text("Transcript\n\nThe mayor said the budget would pass by Friday this week.\n")
    (own / "mayor.jpg").write_bytes(b"\xff\xd8")
    found, skipped = discover(seed_dir)
    assert "interview_files/transcript.txt" in {p.relative_to(seed_dir).as_posix() for p in found}


def test_a_single_file_save_is_indexed_and_quoted_from_its_article_text(tmp_path, seed_dir, fake_encoder):
    (seed_dir / "ferry.mhtml").write_bytes(SAVED)
    engine = Engine(seed_dir, tmp_path / "index", encoder=fake_encoder, reader=SENTENCE, threshold=0.0)
    a = engine.answer("How much are the battery-powered ferry boats worth?")
    assert a.found and a.source == "ferry.mhtml"
    text = engine.article_text(a.source)
    assert text[a.sentence_start:a.sentence_end] == a.sentence and "£18m" in a.sentence
    assert (a.title, a.date, a.publisher) == ("Ferry company orders two electric boats", "2024-05-14", "The Bayside Herald")


def test_a_header_of_raw_bytes_and_a_charset_label_browsers_read_otherwise_are_read():
    saved = SAVED.replace(b"ferry-boats\r\nSubject", "ferry-b\u00e5ts\r\nSubject".encode("utf-8"), 1)
    assert loader_for("ferry.mhtml").load(saved).title == "Ferry company orders two electric boats"   # no crash
    page = PAGE.replace('<meta charset="utf-8">', "").replace("Rosa Quint", "Renée Quint")
    for label in ("iso-8859-1", "us-ascii"):                # read as Windows-1252, as browsers read them
        text = loader_for("a.mhtml").load(single_file(_part(f"text/html; charset={label}", page.encode("cp1252"),
                                                            ADDRESS))).text
        assert "Renée Quint" in text and "“This is the biggest change" in text and "\ufffd" not in text
    mislabelled = single_file(_part("text/html; charset=iso-8859-1", page.encode("utf-8"), ADDRESS))
    assert "Renée Quint" in loader_for("a.mhtml").load(mislabelled).text        # UTF-8 bytes stay UTF-8
