"""The browser for the app's page tests: Debian's chromium driven by Playwright (never
`playwright install`), one per test session. Skipped when chromium or playwright is missing,
unless QA_REQUIRE_BROWSER=1 (CI), where that fails."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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


@pytest.fixture(scope="session")
def chromium(tmp_path_factory):
    """A headless chromium (Playwright ``Browser``); each test opens its own context."""
    path = _need_browser()
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("chromium-home")    # chromium writes config and caches under $HOME
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache")}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS, env=env)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser(chromium):
    """A fresh context (desktop 1400×900, clipboard allowed), closed after the test."""
    ctx = chromium.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        yield ctx
    finally:
        ctx.close()
