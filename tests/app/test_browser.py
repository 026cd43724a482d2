"""The chat in a real browser: Debian's chromium driven by Playwright (never `playwright install`).

Skipped when chromium or playwright is missing, unless QA_REQUIRE_BROWSER=1 (CI), where that fails."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from qa.chat.engine import Engine
from tests.apphelp import SEED_NAME, SEED_QUESTION, XSS_NAME, XSS_QUESTION, XSS_TEXT, serve
from tests.fakes import SENTENCE, HashingEncoder

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BOTS = "#qa-chat [data-testid=bot]"
HIGHLIGHT_IN_VIEW = """() => {
  const m = document.getElementById('qa-hl'), b = document.getElementById('qa-article-body');
  if (!m || !b) return false;
  const r = m.getBoundingClientRect(), c = b.getBoundingClientRect();
  return r.height > 0 && r.top >= c.top - 1 && r.bottom <= c.bottom + 1 && r.top >= 0 && r.bottom <= window.innerHeight;
}"""


def _need_browser():
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        path = None
    if path is None:
        msg = "Debian's chromium (apt-get install -y chromium) and the playwright package are needed"
        if os.environ.get("QA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"QA_REQUIRE_BROWSER=1 but the browser is missing: {msg}")
        pytest.skip(msg)
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A chromium context with a fresh profile, shared by this module's tests."""
    path = _need_browser()
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("chromium-home")    # chromium writes config and caches under $HOME
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache")}
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=path, headless=True,
            args=CHROMIUM_ARGS, env=env, viewport={"width": 1400, "height": 1000})
        try:
            yield ctx
        finally:
            ctx.close()


def open_page(browser, url):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    page.locator("#qa-question textarea").wait_for(timeout=30_000)
    return page, errors


def ask(page, question: str):
    """Type ``question``, press Enter, wait for the reply; the reply's first message."""
    n = page.locator(BOTS).count()
    box = page.locator("#qa-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(f"() => document.querySelectorAll('{BOTS}').length > {n}", timeout=30_000)
    return page.locator(BOTS).nth(n)


def open_source(page, message, quote: str):
    """Click ``message``; wait until the panel marks ``quote`` and has scrolled it into view."""
    message.click()
    page.wait_for_function(
        "q => { const m = document.getElementById('qa-hl'); return !!m && m.textContent === q; }",
        arg=quote, timeout=15_000)
    page.wait_for_function(HIGHLIGHT_IN_VIEW, timeout=5_000)


def screenshot(page, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    page.screenshot(path=str(out), full_page=True)
    dest = os.environ.get("QA_SCREENSHOT_DIR")
    if dest:
        Path(dest).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(dest) / name)
    assert out.stat().st_size > 0
    return out


def test_browser_xss_seed_shows_as_text(browser, tmp_path, seed_dir):
    (seed_dir / XSS_NAME).write_text(XSS_TEXT, encoding="utf-8")
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    expected = engine.answer(XSS_QUESTION)
    assert expected.source == XSS_NAME
    with serve(engine, tmp_path) as (_, url):
        page, errors = open_page(browser, url)
        reply = ask(page, XSS_QUESTION)
        text = reply.inner_text()
        assert f"[1] {XSS_NAME}" in text
        assert '<img src=x onerror="window.__pwned = 2">' in text          # shown, not run
        assert "[the zanzibar page](http://evil.example/x)" in text
        assert "<script>window.__pwned = 1</script>" in page.locator("#qa-chat").inner_text()
        open_source(page, reply, expected.text)
        panel = page.locator("#qa-article").inner_text()
        assert "<script>window.__pwned = 1</script>" in panel and "<a href=" in panel
        for where in ("#qa-chat", "#qa-article"):
            for tag in ("script", "img[src=x]", "a[href*='evil']", "a[href^='javascript']", "img[src*='evil']"):
                assert page.locator(f"{where} {tag}").count() == 0, (where, tag)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        screenshot(page, tmp_path, "browser-xss.png")

        # a citation from the "Open a source" list marks that passage
        passage = expected.passages[0]
        page.locator("#qa-cites label").filter(has_text="Passage 1:").click()
        page.wait_for_function(
            "q => { const m = document.getElementById('qa-hl'); return !!m && m.textContent === q; }",
            arg=passage.text, timeout=15_000)

        # the index panel lists the articles (titles as text) and rebuilds from the page
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
        assert f"[1] {SEED_NAME}, line {expected.line}, characters {expected.start}–{expected.end}" in text
        assert expected.sentence in text
        assert reply.locator("mark").first.inner_text() == expected.text
        assert page.locator("#qa-chat").get_by_text("Sources (").count() >= 1
        open_source(page, reply, expected.text)
        assert SEED_NAME in page.locator("#qa-article").inner_text()

        ask(page, "Who is South Korea's national security adviser?")
        follow = ask(page, "Which broadcaster did he talk to?")
        assert "Searched: Which broadcaster did Shin Won-sik talk to?" in follow.inner_text()
        follow_answer = follow.locator("mark").first.inner_text()
        follow.scroll_into_view_if_needed()
        screenshot(page, tmp_path, "browser-chat.png")
        assert not errors, errors
    finally:
        page.close()
    assert expected.source == SEED_NAME
    assert "anti-aircraft missiles" in expected.sentence, expected.sentence
    assert "anti-aircraft missiles" in expected.text, expected.text
    assert "SBS" in follow_answer, follow_answer
