"""The app: its API endpoints through gradio_client, the chat handler, escaping, file safety.

Mechanics use the fake encoder (fast); answers that need the real model are marked slow."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from qa.chat.engine import Engine
from qa.chat.present import Cite, article_html, confidence_note, md
from qa.chat.session import ChatState, reply
from qa.ingest.seeds import read_source, source_path
from qa.records import Answer
from tests.apphelp import (
    HTML_CLUTTER,
    HTML_DATE,
    HTML_NAME,
    HTML_PAGE,
    HTML_PUBLISHER,
    HTML_QUESTION,
    HTML_TITLE,
    SEED_NAME,
    SEED_QUESTION,
    XSS_NAME,
    XSS_QUESTION,
    XSS_TEXT,
    client,
    fake_engine,
    file_text,
    import_app,
    serve,
)
from tests.conftest import SEED
from tests.fakes import SENTENCE, HashingEncoder

ANSWER_FIELDS = {f.name for f in dataclasses.fields(Answer)}
BAD_QUESTIONS = ["a" * 100_000, "\x00\x01\x02 what\x00 did Russia give?", "the of and is",
                 "Что Россия дала Северной Корее?", "http://example.com/?q=1", "<script>alert(1)</script>",
                 "[x](javascript:alert(1))"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The app module, imported with Gradio's folder under the test's tmp folder."""
    return import_app(tmp_path_factory.mktemp("app"))


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    """A served app over the seed and the XSS article, with the fake encoder: (engine, client, seeds)."""
    tmp = tmp_path_factory.mktemp("fakeapp")
    engine = fake_engine(tmp, {XSS_NAME: XSS_TEXT})
    seeds = engine.seeds_dir
    with serve(engine, tmp) as (_, url):
        yield engine, client(url), seeds


# -- API --------------------------------------------------------------------------------------
def test_ask_returns_the_answer_fields_and_a_citation(fake):
    engine, c, seeds = fake
    r = c.predict(SEED_QUESTION, 5, api_name="/ask")
    assert set(r) == ANSWER_FIELDS
    assert r["found"] and r["source"] == SEED_NAME and r["line"] >= 1
    text = file_text(seeds, r["source"], r["encoding"])
    assert text[r["start"]:r["end"]] == r["text"]
    assert text[r["sentence_start"]:r["sentence_end"]] == r["sentence"]
    assert r["passages"] and {"text", "source", "start", "end", "line", "score"} <= set(r["passages"][0])
    assert r == json.loads(json.dumps(dataclasses.asdict(engine.answer(SEED_QUESTION, 5))))


@pytest.mark.parametrize("q", BAD_QUESTIONS)
def test_bad_questions_get_an_answer_or_a_reason_from_the_api(fake, q):
    _, c, _ = fake
    r = c.predict(q, 5, api_name="/ask")
    assert set(r) == ANSWER_FIELDS
    if not q.strip(" \x00\x01\x02"):
        assert not r["found"] and "empty" in r["notice"]
    if len(q) > 10_000:
        assert "long" in r["notice"]


def test_articles_and_article_endpoints_stay_inside_seeds(fake, tmp_path):
    _, c, seeds = fake
    listed = c.predict(api_name="/articles")
    assert sorted(d["source"] for d in listed) == sorted([SEED_NAME, XSS_NAME])
    ok = c.predict(SEED_NAME, api_name="/article")
    assert ok["error"] == "" and ok["text"] == file_text(seeds, SEED_NAME)
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    for bad in ["../secret.txt", str(secret), "/etc/passwd", "..\\..\\etc\\passwd", "", "seeds/../../x.txt"]:
        r = c.predict(bad, api_name="/article")
        assert r["error"] and r["text"] == "", bad
    for path in [str(secret), str(seeds / SEED_NAME), "/etc/passwd", "app.py", "../../../etc/passwd"]:
        with pytest.raises(urllib.error.HTTPError):     # Gradio's file route serves none of them
            urllib.request.urlopen(c.src.rstrip("/") + "/gradio_api/file=" + path, timeout=10)


def test_rebuild_endpoint_reports_added_changed_removed(tmp_path, seed_dir):
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    with serve(engine, tmp_path) as (_, url):
        c = client(url)
        r = c.predict(False, api_name="/rebuild")
        assert r["error"] == "" and r["added"] == [] and r["unchanged"] == [SEED_NAME]
        (seed_dir / "new.txt").write_text("Penguins of Patagonia\n\nThe penguin colony grew to 4,000 birds in 2023.\n")
        r = c.predict(False, api_name="/rebuild")
        assert r["added"] == ["new.txt"] and r["documents"] == 2 and "1 added" in r["summary"]
        after = c.predict("How big did the penguin colony grow?", 5, api_name="/ask")
        assert after["source"] == "new.txt" and "up to date" not in after["notice"]
        (seed_dir / "new.txt").unlink()
        r = c.predict(False, api_name="/rebuild")
        assert r["removed"] == ["new.txt"] and r["documents"] == 1


def test_the_files_left_out_are_listed_when_the_page_opens(tmp_path, seed_dir):
    from qa.chat.present import unusable_markdown

    (seed_dir / "empty.txt").write_bytes(b"")
    (seed_dir / "budget.txt").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    shown = unusable_markdown(engine.index.manifest)
    assert shown.startswith("**2 files in the seeds folder not indexed:**")
    assert "- Skipped budget.txt: a PDF file, not text" in shown and "- Skipped empty.txt: empty file" in shown
    assert unusable_markdown({"unusable": {}}) == ""


class BlockingEncoder(HashingEncoder):
    """Embedding waits until ``go`` is set, so a test can ask while a rebuild is half-way."""

    def __init__(self):
        super().__init__()
        self.go = threading.Event()
        self.started = threading.Event()
        self.block = False

    def encode_spans(self, texts, spans, progress=None):
        if self.block:
            self.started.set()
            assert self.go.wait(30)
        return super().encode_spans(texts, spans, progress)


def test_questions_during_a_rebuild_use_the_previous_index(tmp_path, seed_dir):
    enc = BlockingEncoder()
    engine = Engine(seed_dir, tmp_path / "index", encoder=enc, reader=SENTENCE, threshold=0.0)
    with serve(engine, tmp_path) as (_, url):
        c = client(url)
        (seed_dir / "new.txt").write_text("Penguins of Patagonia\n\nThe penguin colony grew to 4,000 birds in 2023.\n")
        enc.block = True
        job = c.submit(False, api_name="/rebuild")
        assert enc.started.wait(20)
        t0 = time.perf_counter()
        during = c.predict("How big did the penguin colony grow?", 5, api_name="/ask")
        assert time.perf_counter() - t0 < 10
        assert during["source"] == SEED_NAME          # the old index: no penguins yet
        assert "being brought up to date" in during["notice"]
        assert [d["source"] for d in c.predict(api_name="/articles")] == [SEED_NAME]
        enc.go.set()
        assert job.result(timeout=30)["added"] == ["new.txt"]
        after = c.predict("How big did the penguin colony grow?", 5, api_name="/ask")
        assert after["source"] == "new.txt" and "up to date" not in after["notice"]


def test_upload_saves_under_a_sanitised_name_and_rebuilds(tmp_path, seed_dir):
    from gradio_client import handle_file

    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    local = tmp_path / "up"
    local.mkdir()
    good = local / "..my <b>article<b>?.txt"
    good.write_text("Otters of Oslo\n\nThe otter festival in Oslo drew 12,000 visitors.\n")
    binary = local / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with serve(engine, tmp_path) as (_, url):
        c = client(url)
        r = c.predict([handle_file(str(good)), handle_file(str(binary))], api_name="/upload")
    new = sorted(p.name for p in seed_dir.iterdir() if p.name != SEED_NAME)
    assert len(new) == 1 and re.fullmatch(r"my_b?article_?b?\.txt", new[0]), new    # Gradio strips "<>?" first
    assert r["saved"] == new and r["refused"][0]["name"] == "blob.txt" and r["error"] == ""
    assert "1 added" in r["summary"] and r["exists"] == [] and r["replaced"] == []
    assert not list(tmp_path.glob("**/.upload-*"))


def test_articles_endpoints_give_headline_date_publisher_and_chunks(fake):
    engine, c, seeds = fake
    listed = {d["source"]: d for d in c.predict(api_name="/articles")}
    seed = listed[SEED_NAME]
    assert seed["title"] == "Russia provided North Korea with air defense systems, South Korea says"
    assert seed["publisher"] == "Washington Examiner" and seed["date"] == "" and seed["chunks"] >= 1
    assert {"source", "title", "date", "publisher", "author", "chunks"} <= set(listed[XSS_NAME])
    one = c.predict(SEED_NAME, api_name="/article")
    assert {k: one[k] for k in ("title", "publisher", "date")} == {k: seed[k] for k in ("title", "publisher", "date")}


def test_saved_web_page_upload_indexes_only_the_article_and_cites_headline_and_date(tmp_path, seed_dir):
    from gradio_client import handle_file

    page = tmp_path / HTML_NAME
    page.write_text(HTML_PAGE, encoding="utf-8")
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    with serve(engine, tmp_path) as (_, url):
        c = client(url)
        r = c.predict([handle_file(str(page))], False, api_name="/upload")
        assert r["saved"] == [HTML_NAME] and r["error"] == "" and "1 added" in r["summary"]
        listed = {d["source"]: d for d in c.predict(api_name="/articles")}
        assert listed[HTML_NAME]["title"] == HTML_TITLE and listed[HTML_NAME]["date"] == HTML_DATE
        assert listed[HTML_NAME]["publisher"] == HTML_PUBLISHER
        text = c.predict(HTML_NAME, api_name="/article")["text"]
        assert text.startswith(HTML_TITLE) and "About 18,000 vehicles cross the harbour bridge each day" in text
        for junk in HTML_CLUTTER:
            assert junk not in text, junk
        a = c.predict(HTML_QUESTION, 5, api_name="/ask")
    assert a["found"] and a["source"] == HTML_NAME and (a["title"], a["date"]) == (HTML_TITLE, HTML_DATE)
    assert engine.article_text(HTML_NAME)[a["start"]:a["end"]] == a["text"] and "18,000" in a["sentence"]
    state = reply(engine, HTML_QUESTION, ChatState())
    assert f'<span class="qa-cite-line">{md(HTML_TITLE)} · {md(HTML_PUBLISHER)} · 5 March 2024</span>' \
        in state.messages[1].text


def test_replace_and_delete_through_gradio_client(tmp_path, seed_dir):
    from gradio_client import handle_file

    up = tmp_path / "up"
    up.mkdir()
    old, new = up / "otters.txt", up / "new" / "otters.txt"
    new.parent.mkdir()
    old.write_text("Otters of Oslo\n\nThe otter festival in Oslo drew 12,000 visitors.\n")
    new.write_text("Otters of Oslo\n\nThe otter festival in Oslo drew 15,500 visitors.\n")
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    with serve(engine, tmp_path) as (_, url):
        c = client(url)
        assert c.predict([handle_file(str(old))], False, api_name="/upload")["saved"] == ["otters.txt"]
        same = c.predict([handle_file(str(old))], False, api_name="/upload")
        assert same["unchanged"] == ["otters.txt"] and same["saved"] == []
        held = c.predict([handle_file(str(new))], False, api_name="/upload")
        assert held["exists"] == ["otters.txt"] and held["replaced"] == [] and held["summary"] == ""
        assert "12,000" in (seed_dir / "otters.txt").read_text()
        done = c.predict([handle_file(str(new))], True, api_name="/upload")
        assert done["replaced"] == ["otters.txt"] and "1 changed" in done["summary"]
        assert sorted(p.name for p in seed_dir.iterdir()) == sorted([SEED_NAME, "otters.txt"])   # never both
        assert "15,500" in c.predict("How many visitors did the otter festival draw?", 5, api_name="/ask")["sentence"]

        gone = c.predict("otters.txt", api_name="/delete")
        assert gone["deleted"] and gone["error"] == "" and "1 removed" in gone["summary"]
        assert not (seed_dir / "otters.txt").exists()
        assert [d["source"] for d in c.predict(api_name="/articles")] == [SEED_NAME]
        for bad in ["otters.txt", "../index/manifest.json", "/etc/passwd", ""]:
            r = c.predict(bad, api_name="/delete")
            assert not r["deleted"] and r["error"], bad
    assert (tmp_path / "index" / "manifest.json").exists()


def test_empty_seeds_folder_gives_a_clear_empty_state(tmp_path, app):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    engine = Engine(seeds, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE)
    a = app.answer_dict(engine, SEED_QUESTION)
    assert not a["found"] and "empty" in a["notice"]
    state = app.reply(engine, SEED_QUESTION, app.ChatState())
    assert "Not found" in state.messages[-1].text and "empty" in state.messages[-1].text
    with serve(engine, tmp_path) as (_, url):
        c = client(url)
        assert c.predict(api_name="/articles") == []
        assert not c.predict(SEED_QUESTION, 5, api_name="/ask")["found"]


def test_the_example_questions_are_offered_only_where_the_shipped_article_is_indexed(app):
    assert app.offers_examples([{"source": "x.txt"}, {"source": app.SHIPPED_SEED}])
    assert app.offers_examples([{"source": "copy.txt", "also": [app.SHIPPED_SEED]}])
    assert not app.offers_examples([{"source": "election.txt"}]) and not app.offers_examples([])
    assert SEED.name == app.SHIPPED_SEED


# -- the chat handler (what the page shows) ----------------------------------------------------
def test_chat_reply_quotes_marks_and_cites(fake, app):
    engine, _, seeds = fake
    state = app.reply(engine, SEED_QUESTION, app.ChatState())
    a = engine.answer(SEED_QUESTION)
    user, first = state.messages[0], state.messages[1]
    assert user.role == "user" and first.role == "assistant"
    assert f'title="characters {a.start}–{a.end}">[1] {md(SEED_NAME)}, line {a.line}</span>' in first.text
    assert f'<span class="qa-cite-line">{md(a.title)}' in first.text
    assert "<mark>" in first.text
    assert state.messages[-1].box.startswith("Sources")
    assert state.cites[1].source == SEED_NAME and state.cites[1].start == a.start
    assert state.turns[-1].searched == SEED_QUESTION
    html = app.show_article(engine, state.cites[1])
    assert '<mark id="qa-hl"' in html and a.text.replace("’", "’") in html.replace("&#x27;", "'")
    value = app.chat_value(state)
    assert value[-1]["metadata"] == {"title": state.messages[-1].box, "status": "done"}


def test_chat_shows_the_rewritten_follow_up(fake, app):
    engine, _, _ = fake
    state = app.reply(engine, "Who is South Korea's national security adviser?", app.ChatState())
    state = app.reply(engine, "Which broadcaster did he talk to?", state)
    assert state.turns[-1].searched == "Which broadcaster did Shin Won-sik talk to?"
    users = [i for i, m in enumerate(state.messages) if m.role == "user"]
    reply_to_follow_up = state.messages[users[-1] + 1].text
    assert reply_to_follow_up.startswith(f"_Searched: {md('Which broadcaster did Shin Won-sik talk to?')}_")
    assert "Searched" not in state.messages[users[0] + 1].text


def _record_about(engine, monkeypatch) -> list:
    """The ``about`` of each question ``engine`` is asked from now on (filled in as they come)."""
    asked = []
    real = engine.answer
    monkeypatch.setattr(engine, "answer", lambda q, k=None, about=(), avoid=(), not_again=(), story=("", -1):
                        asked.append(tuple(about)) or real(q, k, about, avoid, not_again, story))
    return asked


def test_a_question_about_this_story_is_asked_of_the_last_answers_story_and_shown_as_typed(fake, app, monkeypatch):
    engine, _, _ = fake
    asked = _record_about(engine, monkeypatch)
    state = app.reply(engine, "Who is South Korea's national security adviser?", app.ChatState())
    state = app.reply(engine, "When was this story published?", state)
    assert asked[-1] == (state.turns[0].source,)
    users = [i for i, m in enumerate(state.messages) if m.role == "user"]
    assert "Searched" not in state.messages[users[-1] + 1].text          # searched as typed
    assert "gives no date" in state.messages[users[-1] + 1].text           # the seed has no date line


def test_a_follow_up_is_asked_about_the_previous_answer_s_article(fake, app, monkeypatch):
    engine, _, _ = fake
    asked = _record_about(engine, monkeypatch)
    state = app.reply(engine, "Who is South Korea's national security adviser?", app.ChatState())
    state = app.reply(engine, "Which broadcaster did he talk to?", state)
    state = app.reply(engine, "What did Russia give North Korea?", state)          # stands on its own
    assert asked == [(), (state.turns[0].source,), ()] and state.turns[0].source


@pytest.mark.parametrize("q", BAD_QUESTIONS)
def test_bad_questions_get_a_message_in_the_chat(fake, q, app):
    engine, _, _ = fake
    state = app.reply(engine, q, app.ChatState())
    assert [m.role for m in state.messages[:2]] == ["user", "assistant"]
    assert state.messages[1].text and "Traceback" not in state.messages[1].text
    assert "<script" not in state.messages[0].text and "](" not in state.messages[0].text


@pytest.mark.parametrize("q", ["", "   ", "\x00\x07 \n"])
def test_a_blank_question_adds_nothing_to_the_conversation(fake, q, app):
    engine, _, _ = fake
    state = app.reply(engine, SEED_QUESTION, app.ChatState())
    assert app.reply(engine, q, state) is state          # no empty bubble; retry and export still see the last
    assert app.reply(engine, q, app.ChatState()) == app.ChatState()


def test_retry_asks_the_last_question_again_on_the_current_articles(tmp_path, seed_dir, app):
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    question = "How many visitors did the otter festival draw?"
    state = app.reply(engine, SEED_QUESTION, app.ChatState())
    state = app.reply(engine, question, state)
    assert state.exchanges[-1].answer.source == SEED_NAME
    (seed_dir / "otters.txt").write_text("Otters of Oslo\n\nThe otter festival in Oslo drew 12,000 visitors.\n")
    engine.refresh()
    again = app.retry(engine, state)
    start = state.exchanges[-1].start
    assert again.messages[:start] == state.messages[:start] and again.messages[start] == state.messages[start]
    assert [m.role for m in again.messages].count("user") == 2 and len(again.turns) == len(state.turns)
    assert again.exchanges[-1].answer.source == "otters.txt"
    assert again.citations.cites[:len(state.citations.cites)] == state.citations.cites    # numbers kept
    assert app.retry(engine, app.ChatState()) == app.ChatState()


def test_engine_failure_becomes_a_sentence(fake, monkeypatch, app):
    engine, _, _ = fake

    def boom(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "answer", boom)
    state = app.reply(engine, SEED_QUESTION, app.ChatState())
    assert state.messages[-1].text == app.SORRY
    assert app.answer_dict(engine, SEED_QUESTION)["notice"] == app.SORRY


def test_not_found_says_so_and_offers_passages(fake, monkeypatch, app):
    engine, _, _ = fake
    monkeypatch.setattr(engine, "answer", lambda q, k=5, about=(), avoid=(), not_again=(), story=("", -1): Answer(
        question=q, found=False, passages=tuple(engine.retrieve(q, k)), searched=q))
    state = app.reply(engine, "What is the capital of Peru?", app.ChatState())
    msg = state.messages[1].text
    assert "Not found in the articles" in msg and "Passage 1:" in msg
    assert state.cites[1] is not None and state.messages[-1].box.startswith("Closest passages")


# -- escaping ---------------------------------------------------------------------------------
def test_xss_article_is_text_in_chat_and_panel(fake, app):
    engine, _, seeds = fake
    state = app.reply(engine, XSS_QUESTION, app.ChatState())
    shown = "\n".join(m.text for m in state.messages)
    for raw in ["<script", "<img", "<a ", "](http", "![", "onerror=\"", "http://"]:
        assert raw not in shown, raw
    cite = next(c for c in state.cites if c is not None and c.source == XSS_NAME)
    html = app.show_article(engine, cite)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;script&gt;" in html


def test_a_low_confidence_answer_asks_the_reader_to_check_the_quote():
    assert confidence_note(0.83) == "confidence 0.83"
    assert confidence_note(0.2) == "confidence 0.20 (low: check the quote)"
    assert confidence_note(0.0).startswith("from the article whose words match")    # a byline of the article chosen


def test_md_and_article_html_escape_everything():
    evil = '<script>x</script> <img src=x onerror="y"> [a](http://e.x) ![i](http://e.x/i.png) *b* `c` $m$ www.e.x a@b.c'
    out = md(evil)
    for raw in "<>[]()*`$\"":
        assert raw not in out
    assert "http://" not in out and "www." not in out and "@" not in out
    text = "Title\n\n" + evil + " end"
    start = text.index("*b*")
    cite = Cite("a.txt", "<b>T</b>", start, start + 3, 7, len(text), "*b*", line=3, publisher='<i>"P"</i>', number=1)
    html = article_html(cite, text)
    assert "<script" not in html and "<img" not in html and "<b>T" not in html and "<i>" not in html
    assert "&lt;b&gt;T&lt;/b&gt; · &lt;i&gt;&quot;P&quot;&lt;/i&gt;</div>" in html and ">[1] a.txt, line 3</div>" in html
    assert '<mark id="qa-hl" class="qa-hl">*b*</mark>' in html
    stale = article_html(cite, text.replace("*b*", "*B*"))
    assert "qa-hl" not in stale and "changed after this answer was given" in stale


# -- files ------------------------------------------------------------------------------------
def test_source_paths_cannot_leave_seeds(tmp_path, seed_dir):
    (tmp_path / "secret.txt").write_text("secret")
    (seed_dir / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert read_source(seed_dir, SEED_NAME).text == file_text(seed_dir, SEED_NAME)
    for bad in ["../secret.txt", str(tmp_path / "secret.txt"), "link.txt", "a/../../secret.txt", "C:\\x.txt",
                "\x00", "", ".", "sub/.."]:
        with pytest.raises(ValueError):
            source_path(seed_dir, bad)
    with pytest.raises(FileNotFoundError):
        source_path(seed_dir, "missing.txt")


def test_cli_defaults_bind_to_localhost(app):
    args = app.parser().parse_args([])
    assert args.host == "127.0.0.1" and args.port == 7860 and args.seeds is None and args.index is None
    args = app.parser().parse_args(["--host", "0.0.0.0", "--port", "8000", "--seeds", "s", "--index", "i"])
    assert (args.host, args.port, str(args.seeds), str(args.index)) == ("0.0.0.0", 8000, "s", "i")


@pytest.mark.parametrize("port, why", [("0", "give one from 1 to 65535"), ("99999", "give one from 1 to 65535"),
                                       ("http", "is not a number")])
def test_a_port_that_is_none_is_a_one_line_error(app, capsys, port, why):
    with pytest.raises(SystemExit) as exited:
        app.parser().parse_args(["--port", port])
    assert exited.value.code == 2 and why in capsys.readouterr().err


def test_a_port_in_use_is_said_at_once_before_anything_is_indexed(tmp_path):
    import socket

    root = Path(__file__).resolve().parents[2]
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([sys.executable, "-X", "importtime", "app.py", "--port", str(port), "--index",
                              str(tmp_path / "index")], cwd=root, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and f"cannot listen on 127.0.0.1:{port} (the port is in use)" in run.stderr
    assert not (tmp_path / "index").exists() and not re.search(r"\|\s+(gradio|torch)$", run.stderr, re.M)


def test_a_port_a_stopped_app_left_waiting_is_free_again(app):
    import socket

    with socket.socket() as server:             # the server closes first, as a stopped app does with a tab open
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port)) as client:
            conn, _ = server.accept()
            conn.close()                        # (its side waits: TIME_WAIT)
            server.close()
            client.recv(1)
    assert app._cannot_listen("127.0.0.1", port) == ""


@pytest.mark.parametrize("argv, code", [(["--help"], 0), (["--port", "0"], 2)])
def test_help_and_bad_arguments_answer_before_gradio_loads(argv, code):
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-X", "importtime", "app.py", *argv], cwd=root, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == code and "usage: python app.py" in run.stdout + run.stderr
    assert not re.search(r"\|\s+(gradio|torch)$", run.stderr, re.M)


# -- the real model (answers) -----------------------------------------------------------------
@pytest.fixture(scope="module")
def real(tmp_path_factory, real_seed_engine):
    tmp = tmp_path_factory.mktemp("realapp")
    with serve(real_seed_engine, tmp) as (_, url):
        yield real_seed_engine, client(url), real_seed_engine.seeds_dir


@pytest.mark.slow
def test_real_answer_quotes_the_seed(real):
    _, c, seeds = real
    r = c.predict(SEED_QUESTION, 5, api_name="/ask")
    assert r["found"] and r["source"] == SEED_NAME
    assert file_text(seeds, SEED_NAME)[r["start"]:r["end"]] == r["text"]
    assert "anti-aircraft missiles" in r["sentence"]
    assert "anti-aircraft missiles" in r["text"]


@pytest.mark.slow
def test_real_follow_up(real, app):
    engine, _, _ = real
    state = app.reply(engine, "Who is South Korea's national security adviser?", app.ChatState())
    first = state.turns[-1].answer
    state = app.reply(engine, "Which broadcaster did he talk to?", state)
    assert state.turns[-1].searched == "Which broadcaster did Shin Won-sik talk to?"
    assert "Shin Won-sik" in first, first                 # answer quality, last
    assert "SBS" in state.turns[-1].answer, state.turns[-1].answer


@pytest.mark.slow
def test_real_not_found(real):
    _, c, _ = real
    r = c.predict("What is the capital of Peru?", 5, api_name="/ask")
    assert not r["found"] and r["text"] == "" and r["passages"]


class PerTextEncoder(HashingEncoder):
    """Reports progress after each text, as the real encoder does after each mini-batch."""

    def encode_spans(self, texts, spans, progress=None):
        vecs, span_vecs = super().encode_spans(texts, spans)
        if progress is not None:
            for i in range(len(texts)):
                progress(i + 1, len(texts))
        return vecs, span_vecs


def test_the_progress_bar_moves_while_articles_are_embedded(tmp_path, seed_dir, app):
    engine = Engine(seed_dir, tmp_path / "index", encoder=PerTextEncoder(), reader=SENTENCE, threshold=0.0)
    for n in range(3):
        (seed_dir / f"extra{n}.txt").write_text(f"Story {n}\n\n" + "Kelp forests grow fast in cold water. " * 40)
    calls = []
    report = app.refresh_report(engine, lambda value, desc="", unit="": calls.append((value, desc, unit)))
    assert "Index rebuilt" in report and "3 added" in report
    done = [d for (d, _), _, _ in calls]
    total = calls[-1][0][1]
    assert len(set(done)) >= 3 and done == sorted(done) and done[-1] == total > 0, calls
    assert calls[0][1:] == ("Indexing articles", "bytes")


def test_the_questions_a_page_waits_on_are_kept_by_its_session_first_asked_first(app):
    # (not in a gr.State: a page's first question, taken while its load events ran, had gone into a copy of
    # the session's state that the answer never saw, "Nothing asked", under load)
    waiting = app.Waiting()
    waiting.put("page-1", "What did Russia give North Korea?")
    waiting.put("page-2", "Who won?")
    waiting.put("page-1", "Where are the troops?")
    assert waiting.take("page-1") == "What did Russia give North Korea?"
    assert waiting.take("page-2") == "Who won?" and waiting.take("page-2") == ""
    assert waiting.take("page-1") == "Where are the troops?" and waiting.take("page-1") == ""
    assert waiting.take("never-asked") == ""
