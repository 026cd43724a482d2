"""The chat in a real browser: escaping of hostile article text, and the real model's answers."""

from __future__ import annotations

import time

import pytest

from qa.chat.engine import Engine
from tests.apphelp import (
    SEED_NAME,
    SEED_QUESTION,
    XSS_NAME,
    XSS_QUESTION,
    XSS_TEXT,
    ask,
    open_page,
    open_source,
    screenshot,
    serve,
    wait_for_mark,
    wait_for_replies,
)
from tests.fakes import SENTENCE, HashingEncoder

pytestmark = pytest.mark.browser


def test_browser_xss_seed_shows_as_text(browser, tmp_path, seed_dir):
    (seed_dir / XSS_NAME).write_text(XSS_TEXT, encoding="utf-8")
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    expected = engine.answer(XSS_QUESTION)
    assert expected.source == XSS_NAME
    with serve(engine, tmp_path) as (_, url):
        page, errors = open_page(browser, url)
        reply = ask(page, XSS_QUESTION)
        text = reply.inner_text()
        assert f"[1] {XSS_NAME}, line {expected.line}" in text
        assert '<img src=x onerror="window.__pwned = 2">' in text          # shown, not run
        assert "[the zanzibar page](http://evil.example/x)" in text
        assert text.count("<script>window.__pwned = 1</script>") == 1        # the headline, in the citation line
        open_source(page, reply, expected.text)
        panel = page.locator("#qa-article").inner_text()
        assert "<script>window.__pwned = 1</script>" in panel and "<a href=" in panel
        for where in ("#qa-chat", "#qa-article", "#qa-cites", "#qa-passages"):
            for tag in ("script", "img[src=x]", "a[href*='evil']", "a[href^='javascript']", "img[src*='evil']"):
                assert page.locator(f"{where} {tag}").count() == 0, (where, tag)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        screenshot(page, tmp_path, "browser-xss.png")

        # a passage from the "Passages behind the last reply" list marks that passage
        passage = expected.passages[0]
        page.get_by_text("Passages behind the last reply").click()
        page.locator("#qa-passages label").filter(has_text="Passage 1:").click()
        wait_for_mark(page, passage.text)

        # the articles table shows headlines as text, and the index rebuilds from the page
        page.get_by_text("Articles and index").click()
        docs = page.locator("#qa-docs")
        docs.get_by_text("2 articles indexed").wait_for(timeout=10_000)
        assert "Zanzibar gadgets <script>window.__pwned = 1</script> review" in docs.inner_text()
        (seed_dir / "extra.txt").write_text("Kelp forests\n\nKelp forests grow fast in cold water.\n")
        page.locator("#qa-rebuild").click()
        page.locator("#qa-report").get_by_text("Index rebuilt").wait_for(timeout=20_000)
        assert "Added: extra.txt" in page.locator("#qa-report").inner_text()
        docs.get_by_text("3 articles indexed").wait_for(timeout=10_000)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert not errors, errors
        page.close()


def test_a_question_asked_while_the_last_is_answered_waits_its_turn_and_nothing_typed_is_lost(browser, tmp_path,
                                                                                                seed_dir):
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    answer = engine.answer

    def slowly(*args, **kwargs):             # a busy machine: the first reply is still coming when more is asked
        time.sleep(1.0)
        return answer(*args, **kwargs)

    engine.answer = slowly
    asked = [SEED_QUESTION, "Who met in Pyongyang?", "What did Putin say?"]
    with serve(engine, tmp_path) as (_, url):
        page, errors = open_page(browser, url)
        box = page.locator("#qa-question textarea")
        for question in asked:                  # each typed as soon as the page has taken the one before
            box.fill(question)
            box.press("Enter")
            page.wait_for_function("() => document.querySelector('#qa-question textarea').value === ''",
                                   timeout=10_000)
        assert page.locator("#qa-chat .bot-row").count() < 2        # taken while the first was being answered
        box.fill("Half a")                                          # typed while the replies come
        wait_for_replies(page, 3, "reply to each of the three questions")
        users = page.locator("#qa-chat .user-row").all_inner_texts()
        assert [u.strip() for u in users] == asked
        assert box.input_value() == "Half a" and not errors


def test_an_example_question_clicked_is_asked(browser, tmp_path, seed_dir):
    from app import EXAMPLES

    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    with serve(engine, tmp_path) as (_, url):
        page, errors = open_page(browser, url)
        page.get_by_text(EXAMPLES[0], exact=True).click()
        wait_for_replies(page, 1, "reply to the example")
        assert [u.strip() for u in page.locator("#qa-chat .user-row").all_inner_texts()] == [EXAMPLES[0]]
        assert page.locator("#qa-question textarea").input_value() == "" and not errors
        page.close()


@pytest.fixture(scope="module")
def real_page_app(tmp_path_factory, real_seed_engine):
    tmp = tmp_path_factory.mktemp("browser-real")
    with serve(real_seed_engine, tmp) as (_, url):
        yield real_seed_engine, url


@pytest.mark.slow
def test_browser_chat_quote_source_and_follow_up(browser, real_page_app, tmp_path):
    """The page's mechanics are checked first (whatever the reader quotes); the quality of the two
    answers (the quote the seed question wants, "SBS" for the follow-up) last."""
    engine, url = real_page_app
    page, errors = open_page(browser, url)
    try:
        expected = engine.answer(SEED_QUESTION)
        reply = ask(page, SEED_QUESTION)
        text = reply.inner_text()
        assert text.startswith(expected.text) and f"[1] {SEED_NAME}, line {expected.line}" in text
        assert reply.locator(".qa-cite-line").inner_text().startswith(expected.title)
        assert expected.sentence in text.replace("\n", " ") or expected.sentence[1:-1] in text
        assert reply.locator("mark").first.inner_text() == expected.text
        assert page.locator("#qa-chat").get_by_text("Sources (").count() >= 1
        open_source(page, reply, expected.text)
        assert SEED_NAME in page.locator("#qa-article").inner_text()

        ask(page, "Who is South Korea's national security adviser?")
        follow = ask(page, "Which broadcaster did he talk to?")
        assert "Searched: Which broadcaster did Shin Won-sik talk to?" in follow.inner_text()
        follow_answer = follow.locator("mark").first.inner_text()
        screenshot(page, tmp_path, "browser-chat.png")
        assert not errors, errors
    finally:
        page.close()
    assert expected.source == SEED_NAME
    assert "anti-aircraft missiles" in expected.sentence, expected.sentence
    assert "anti-aircraft missiles" in expected.text, expected.text
    assert "SBS" in follow_answer, follow_answer
