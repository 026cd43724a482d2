"""Seed files → Document: discovery, decoding, title and article blocks (clutter left out)."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from qa.ingest.clutter import is_clutter, title_and_blocks
from qa.ingest.dates import filed_at_end
from qa.ingest.decode import decode
from qa.ingest.seeds import discover, load_document, relative_source, sha256
from tests.conftest import SEED, SEED_CLUTTER


def _block_text(doc) -> str:
    return "\n".join(doc.text[s:e] for s, e in doc.blocks)


# -- the real seed --------------------------------------------------------------------------------
def test_real_seed_title_text_and_clutter(seed_dir):
    doc = load_document(seed_dir / SEED.name, seed_dir)
    raw = SEED.read_bytes()
    assert doc.source == SEED.name
    assert doc.encoding == "utf-8"
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert doc.sha256 == sha256(raw)
    assert doc.size == len(raw)
    first_line = next(line for line in doc.text.splitlines() if line.strip())
    assert f"{doc.title} – {doc.publisher}" == first_line.strip()          # "Headline – Publisher"
    assert doc.title == "Russia provided North Korea with air defense systems, South Korea says"
    assert doc.publisher == "Washington Examiner" and doc.date == ""
    body = _block_text(doc)
    assert "anti-aircraft missiles" in body
    assert first_line not in body
    for line in body.splitlines():
        assert line.strip() not in SEED_CLUTTER
    # Blocks are ordered, disjoint, and start and end on article text.
    ends = [0]
    for s, e in doc.blocks:
        assert ends[-1] <= s < e <= len(doc.text)
        assert not doc.text[s].isspace() and not doc.text[e - 1].isspace()
        ends.append(e)


def test_clutter_lines():
    for line in SEED_CLUTTER + ["Share this article", "  Email  ", "* * *", "---", "Advertisement",
                                "Read more: the war in Ukraine", "Share on X", "Related: Biden visits Kyiv",
                                "RELATED COVERAGE:", "Watch: the minister's speech", "Subscribe to our newsletter.",
                                "Most popular", "Listen to this article", "Facebook Twitter Email",
                                "Share: Facebook | X | Copy link", "Print Email", "More athletics: Read more",
                                "Storm pictures - see more",
                                "View this email in your browser", "Unsubscribe | Manage preferences",
                                "Having trouble viewing this email? View it online.", "Forward to a friend",
                                "Unsubscribe here.", "View this newsletter online",
                                "*Related stories:* Council approves bus lane on Brampton Road · Drivers accept pay "
                                "offer · Ferry fares to rise in spring",       # a list of links, however long
                                "Tags: " + ", ".join(f"Topic {n}" for n in range(40))]:
        assert is_clutter(line), line
    for line in ["", "Russia has provided North Korea with anti-aircraft missiles.",
                 "Twitter said on Monday that it would change its rules for posts about the war.",
                 "Watch manufacturers reported record exports.", "Facebook shares rose", "Twitter and Facebook",
                 "Unsubscribed readers will get the report by post, the company said.",
                 "Forward planning for the port was praised by the minister.",
                 "Mail on Sunday", "This story", "Sponsored by two senators, the bill passed.",
                 "Most popular among voters was the tax cut.", "“Listen to me,” he said.",
                 "Related: the council said it would approve the bus lane on Brampton Road this spring.",
                 "The minister told MPs they should read more.", "Critics said the council should read more",
                 "His advice to young writers: read more.", "The answer, she said, is simple: read more!",
                 "Read the whole report, and more, in the appendix of the report that came out later that year "
                 "with the numbers of every region"]:
        assert not is_clutter(line), line


# -- titles and blocks ----------------------------------------------------------------------------
def test_title_is_first_non_empty_line_and_markdown_hash_removed():
    text = "\n\n  \n# The Title  \n\nFirst sentence here. Second one.\n"
    title, blocks = title_and_blocks(text)
    assert title == "The Title"
    assert [text[s:e] for s, e in blocks] == ["First sentence here. Second one."]


def test_bom_and_unicode_spaces_are_not_a_title():
    text = "\ufeff\n\u00a0\nReal title\nBody text here.\n"
    title, blocks = title_and_blocks(text)
    assert title == "Real title"
    assert [text[s:e] for s, e in blocks] == ["Body text here."]


def test_clutter_splits_blocks_and_one_line_file_is_its_own_text():
    text = "T\nPara one.\n\nPara two.\nFacebook\nTwitter\nPara three.\n"
    _, blocks = title_and_blocks(text)
    assert [text[s:e] for s, e in blocks] == ["Para one.\n\nPara two.", "Para three."]
    title, blocks = title_and_blocks("Only a line of text, no title.")
    assert title == "Only a line of text, no title."
    assert blocks == ((0, len(title)),)


def test_only_title_and_clutter_is_not_an_article(tmp_path):
    (tmp_path / "a.txt").write_text("Facebook\nTwitter\n\nShare this\n")
    with pytest.raises(ValueError, match="no article text"):
        load_document(tmp_path / "a.txt", tmp_path)


# -- decoding -------------------------------------------------------------------------------------
TEXT = "Café “naïve” – 10 €\r\nSecond line.\rThird line.\n"


@pytest.mark.parametrize("encoding, raw, expected", [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8-sig", TEXT.encode("utf-8-sig"), "utf-8"),
    ("utf-16", TEXT.encode("utf-16"), "utf-16"),                              # with BOM (LE here)
    ("utf-16-be", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ("utf-32", TEXT.encode("utf-32"), "utf-32"),
    ("cp1252", TEXT.encode("cp1252"), "cp1252"),
    ("latin-1", TEXT.replace("“", '"').replace("”", '"').replace("–", "-").replace("€", "EUR")
     .encode("latin-1"), "cp1252"),
])
def test_decode_agrees_with_text_mode_reading(tmp_path, encoding, raw, expected):
    text, got = decode(raw)
    assert got == expected
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    with open(path, encoding=got) as f:
        assert f.read() == text          # so offsets into `text` are offsets into what users read
    assert "\r" not in text and "Second line." in text


def test_bytes_undefined_in_cp1252_are_read_as_latin1(tmp_path):
    raw = "Caf\u00e9 ".encode("latin-1") + b"\x81\x8d and more text, a whole sentence of it in fact.\n"
    text, encoding = decode(raw)
    assert encoding == "latin-1"
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    assert open(path, encoding=encoding).read() == text


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty"),
    (b"  \n\t\r\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8, "PNG image"),
    (bytes(range(1, 32)) * 100, "binary"),
    ("Plain text stored as UTF-16 without a BOM.".encode("utf-16-le"), "UTF-16"),
    (codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "UTF-16"),                  # lone surrogate
    (codecs.BOM_UTF8 + b"\n \n", "no text"),
])
def test_decode_refuses_what_is_not_text(raw, reason):
    with pytest.raises(ValueError, match=reason):
        decode(raw)


# -- discovery ------------------------------------------------------------------------------------
def test_discover_recursive_sorted_and_filtered(tmp_path):
    seeds = tmp_path / "seeds"
    for rel in ["b.txt", "a.md", "sub/c.TXT", "sub/deeper/d.txt", ".hidden.txt", ".git/x.txt", "notes.pdf", "e.json"]:
        p = seeds / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Title\nText.\n")
    found, skipped = discover(seeds)
    assert [p.relative_to(seeds).as_posix() for p in found] == ["a.md", "b.txt", "sub/c.TXT", "sub/deeper/d.txt"]
    assert [k.source for k in skipped] == ["e.json", "notes.pdf"]           # said, not dropped unseen; hidden ones not
    assert all(k.reason.startswith("not an article file; these are read: .txt") for k in skipped)


def test_discover_reports_symlinks_out_of_the_seeds_folder(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "inner").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret\nDo not index this.\n")
    (seeds / "real.txt").write_text("Real\nIndex this.\n")
    os.symlink(outside / "secret.txt", seeds / "link.txt")
    os.symlink(outside, seeds / "linked_folder")
    os.symlink(seeds / "real.txt", seeds / "inner" / "alias.txt")      # inside: allowed
    os.symlink(tmp_path / "missing.txt", seeds / "broken.txt")
    found, skipped = discover(seeds)
    assert [p.relative_to(seeds).as_posix() for p in found] == ["real.txt", "inner/alias.txt"]
    reasons = {s.source: s.reason for s in skipped}
    assert set(reasons) == {"link.txt", "linked_folder", "broken.txt"}
    assert "outside the seeds folder" in reasons["link.txt"]
    assert "outside the seeds folder" in reasons["linked_folder"]


def test_discover_names_files_as_cited_from_a_relative_seeds_folder(tmp_path, monkeypatch):
    (tmp_path / "seeds" / "sub").mkdir(parents=True)
    (tmp_path / "seeds" / "sub" / "a.txt").write_text("Title\nText.\n")
    (tmp_path / "seeds" / "b.txt").write_text("Title\nText.\n")
    monkeypatch.chdir(tmp_path / "seeds")
    found, _ = discover(Path("."))
    assert [relative_source(p, Path(".")) for p in found] == ["b.txt", "sub/a.txt"]
    monkeypatch.chdir(tmp_path)
    found, _ = discover(Path("seeds"))
    assert [relative_source(p, Path("seeds")) for p in found] == ["b.txt", "sub/a.txt"]
    with pytest.raises(ValueError):
        relative_source(tmp_path / "elsewhere.txt", tmp_path / "seeds")


def test_missing_seeds_folder_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="create it"):
        discover(tmp_path / "nope")


def test_an_article_whose_text_gives_no_date_is_dated_by_its_file_name_never_its_time(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("2025-03-11_fraud.txt", "fraud-2025-02-30.txt", "notes.txt"):
        (seeds / name).write_text("Harbourmaster jailed\n\nA former harbourmaster was jailed on Tuesday.\n")
    dated = {p.name: load_document(p, seeds).date for p in discover(seeds)[0]}
    assert dated == {"2025-03-11_fraud.txt": "2025-03-11", "fraud-2025-02-30.txt": "", "notes.txt": ""}
    (seeds / "2025-03-11_fraud.txt").write_text("Harbourmaster jailed\nPublished 12 March 2025\n\nA former "
                                                 "harbourmaster was jailed on Tuesday.\n")
    assert load_document(seeds / "2025-03-11_fraud.txt", seeds).date == "2025-03-12"      # the text's own date first


@pytest.mark.parametrize("line, filed", [
    ("TOLBY, 11 March (Wirepress) – A former deputy harbourmaster", "TOLBY, 11 March (Wirepress) – "),
    ("LONDON (Reuters) - The bank said", "LONDON (Reuters) - "),
    ("PORT ELLIS, May 14, 2024 — The quay", "PORT ELLIS, May 14, 2024 — "),
    ("NATO - the alliance said", ""),                       # a name alone
    ("PARIS, France - the city", ""),
    ("JOHN SMITH, 34, of High Street, Tennby: fined £200 for speeding.", ""),    # a court list's line
    ("NATO (North Atlantic Treaty Organization) - the alliance", ""),             # a name spelled out
])
def test_a_wire_dateline_is_where_and_when_a_story_was_filed(line, filed):
    assert line[:filed_at_end(line)] == filed
