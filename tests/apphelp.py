"""Helpers for the app tests: serve ``app.build_app(engine)`` in-process on a free port (Gradio's
upload cache under the test's tmp folder), a gradio_client for it, and seeds with hostile text."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
from pathlib import Path

from qa.chat.engine import Engine
from tests.conftest import SEED
from tests.fakes import SENTENCE, HashingEncoder

SEED_NAME = "000_4ec855d9f35632c0.txt"
SEED_QUESTION = "What did Russia give North Korea?"

# An article whose text is markup: it must show as text in the chat and in the article panel.
XSS_NAME = "xss_article.txt"
XSS_TEXT = (
    "Zanzibar gadgets <script>window.__pwned = 1</script> review\n\n"
    + "".join(f"Filler paragraph {n} talks about the weather and nothing else at all.\n\n" for n in range(40))
    + "The zanzibar gadget report says <img src=x onerror=\"window.__pwned = 2\"> is harmless, "
    "see [the zanzibar page](http://evil.example/x) and ![zanzibar](http://evil.example/i.png) "
    "or <a href=\"javascript:window.__pwned=3\">zanzibar link</a> and *zanzibar* $x^2$.\n\n"
    "Another zanzibar paragraph says the gadgets were sold in Zanzibar in 2020.\n"
)
XSS_QUESTION = "What does the zanzibar gadget report say?"


# A saved news page with the clutter of a real one: a cookie notice, navigation, share buttons,
# related links and a footer. Only the article (headline first) may be indexed.
HTML_NAME = "harbour-bridge.html"
HTML_TITLE = "Harbour bridge closes for six weeks of repairs"
HTML_DATE = "2024-03-05"
HTML_PUBLISHER = "The Lakeside Courier"
HTML_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{HTML_TITLE} | {HTML_PUBLISHER}</title>
<meta property="og:title" content="{HTML_TITLE}">
<meta property="og:site_name" content="{HTML_PUBLISHER}">
<meta property="article:published_time" content="{HTML_DATE}T10:00:00Z">
<script>window.__pwned = 4</script></head><body>
<div class="cookie-consent"><p>We use cookies to improve your experience on our site. By continuing to browse you
agree to our use of cookies.</p><button>Accept all cookies</button><button>Manage preferences</button></div>
<header><a href="/">{HTML_PUBLISHER}</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article><h1>{HTML_TITLE}</h1>
<ul class="share-buttons"><li><a href="https://facebook.example/share">Share on Facebook</a></li>
<li><a href="https://twitter.example/intent">Tweet</a></li><li><a href="mailto:?subject=x">Email this article</a></li></ul>
<p>The Old Harbour Bridge will close to all traffic from Monday for six weeks while engineers replace corroded
suspension cables, the county council has confirmed.</p>
<p>About 18,000 vehicles cross the harbour bridge each day, and drivers will be diverted along the ring road.</p>
<p>Council leader Margaret Oyelaran said the closure could not be postponed any longer.</p>
<p>The repairs are expected to cost 4.2 million pounds, paid for from the regional infrastructure fund.</p>
<ul class="share-buttons"><li><a href="https://facebook.example/share">Share on Facebook</a></li></ul>
</article><aside><h2>Related stories</h2><ul><li><a href="/x">Ring road roadworks to finish early</a></li></ul></aside>
</main><footer><p>Copyright 2023 {HTML_PUBLISHER}. All rights reserved.</p></footer></body></html>
"""
HTML_QUESTION = "How many vehicles cross the harbour bridge each day?"
HTML_CLUTTER = ["cookies", "Share on Facebook", "Tweet", "Email this article", "Subscribe", "Weather",
                "Related stories", "Ring road roadworks", "Copyright", "window.__pwned"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def gradio_temp_dir(path: Path):
    """Gradio's upload/cache folder is ``path`` while inside (it reads $GRADIO_TEMP_DIR at import
    and when an app is made)."""
    old = os.environ.get("GRADIO_TEMP_DIR")
    os.environ["GRADIO_TEMP_DIR"] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("GRADIO_TEMP_DIR", None)
        else:
            os.environ["GRADIO_TEMP_DIR"] = old


def import_app(tmp: Path):
    """The ``app`` module, imported (the first time) with Gradio's folder under ``tmp``."""
    with gradio_temp_dir(tmp / "gradio-cache"):
        import app

    return app


def fake_engine(tmp: Path, extra: dict[str, str]) -> Engine:
    """An engine with the fake encoder over ``tmp/seeds``: the shipped seed plus ``extra`` (file
    name -> text). The calibrated threshold is for the real model; this one always answers (the
    tests check mechanics, and the not-found ones set their own)."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED_NAME)
    for name, text in extra.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return Engine(seeds, tmp / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)


@contextlib.contextmanager
def serve(engine, tmp: Path):
    """Yield (demo, url) for the app around ``engine``, listening on 127.0.0.1; closed after."""
    with gradio_temp_dir(tmp / "gradio-cache"):
        app = import_app(tmp)
        demo = app.build_app(engine)
        port = free_port()
        app.launch(demo, "127.0.0.1", port)
        try:
            yield demo, f"http://127.0.0.1:{port}/"
        finally:
            demo.close()


def client(url: str):
    from gradio_client import Client

    return Client(url, analytics_enabled=False, verbose=False, download_files=False)


def file_text(seeds: Path, source: str, encoding: str = "utf-8") -> str:
    with open(seeds / source, encoding=encoding) as fh:
        return fh.read()


# -- the page in a browser (tests/app/conftest.py gives the browser) -----------------------------
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
BOTS = "#qa-chat [data-testid=bot]"
HIGHLIGHT_IN_VIEW = """() => {
  const m = document.getElementById('qa-hl'), b = document.getElementById('qa-article-body');
  if (!m || !b) return false;
  const r = m.getBoundingClientRect(), c = b.getBoundingClientRect();
  const bottom = Math.min(r.bottom, r.top + 0.8 * b.clientHeight);   // a long quote: its start
  return r.height > 0 && r.top >= c.top - 2 && bottom <= c.bottom + 2 && r.top >= -2 && bottom <= window.innerHeight + 2;
}"""
# Where the newest reply's top is: inside the chat's scrolled box and inside the window, or why not.
NEWEST_REPLY_TOP = """() => {
  const rows = Array.from(document.querySelectorAll('#qa-chat .message-row'));
  const users = rows.filter((r) => r.classList.contains('user-row'));
  const reply = rows[rows.indexOf(users[users.length - 1]) + 1];
  if (!reply) return {found: false};
  let box = reply.parentElement;
  while (box && !(/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight)) {
    box = box.parentElement;
  }
  const r = reply.getBoundingClientRect(), b = box ? box.getBoundingClientRect() : {top: 0, bottom: innerHeight};
  const q = users[users.length - 1].getBoundingClientRect();
  const label = document.querySelector('#qa-chat [data-testid="block-label"]');
  const labelBottom = label ? label.getBoundingClientRect().bottom : -Infinity;
  return {found: true, top: r.top, boxTop: b.top, boxBottom: b.bottom, window: innerHeight, questionTop: q.top,
          questionUnderLabel: q.top < labelBottom - 1 && q.top + 20 > b.top,
          underLabel: r.top < labelBottom - 1 && r.top + 40 > b.top,     // the chat's "Chat" label covers its top
          inBox: r.top >= b.top - 1 && r.top + 40 <= b.bottom, inWindow: r.top >= 0 && r.top + 40 <= innerHeight,
          text: reply.innerText.slice(0, 200)};
}"""

# WCAG 2 contrast of an element's text over what is painted behind it, from the page's computed
# styles: colours normalised through a canvas (any CSS colour syntax), backgrounds composited from
# <html> down, each ancestor's opacity applied (Gradio puts 0.8 on message text). Checked against
# axe-core's own figures (within 0.03) on fixtures and on this page.
CONTRAST_JS = r"""
(el) => {
  const cv = document.createElement('canvas'); cv.width = cv.height = 1;
  const ctx = cv.getContext('2d', {willReadFrequently: true});
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#000'; ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  };
  const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
  const mix = (behind, inner, o) => [0, 1, 2].map(i => inner[i] * o + behind[i] * (1 - o)).concat([1]);
  const chain = [];
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) chain.unshift(n);
  const render = (withText) => {
    const step = (i, behind) => {
      const s = getComputedStyle(chain[i]);
      let inner = over(rgba(s.backgroundColor), behind);
      if (i + 1 < chain.length) inner = step(i + 1, inner);
      else if (withText) inner = over(rgba(s.color), inner);
      return mix(behind, inner, parseFloat(s.opacity));
    };
    return step(0, [255, 255, 255, 1]);
  };
  const bg = render(false), fg = render(true);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const L1 = lum(fg), L2 = lum(bg);
  return {ratio: (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05),
          fg: fg.slice(0, 3).map(Math.round), bg: bg.slice(0, 3).map(Math.round)};
}
"""


def open_page(browser, url: str, viewport: dict | None = None, dark: bool = False):
    """A new page on the app (desktop size unless ``viewport``); (page, errors seen on it)."""
    page = browser.new_page()
    if viewport is not None:
        page.set_viewport_size(viewport)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url + ("?__theme=dark" if dark else ""))
    page.locator("#qa-question textarea").wait_for(timeout=30_000)
    page.locator("html[data-qa-ready]").wait_for(state="attached", timeout=30_000)   # its scripts have run
    return page, errors


def ask(page, question: str):
    """Type ``question``, press Enter, wait for the reply; the reply's first message."""
    n = page.locator("#qa-chat .user-row").count()
    box = page.locator("#qa-question textarea")
    box.fill(question)
    box.press("Enter")
    wait_for_replies(page, n + 1, f"a reply to {question!r}")
    return page.locator("#qa-chat .bot-row").last.locator("[data-testid=bot]").first


def wait_for_replies(page, n: int, what: str, timeout_ms: int = 60_000):
    """Wait until the chat shows ``n`` questions and ``n`` replies; if it does not, say what the page showed
    (a flake under load is then readable)."""
    try:
        page.wait_for_function(
            f"() => document.querySelectorAll('#qa-chat .user-row').length >= {n} && "
            f"document.querySelectorAll('#qa-chat .bot-row').length >= {n}", timeout=timeout_ms)
    except Exception as exc:
        seen = page.evaluate("() => [document.querySelector('#qa-question textarea').value, "
                             "document.querySelectorAll('#qa-chat .user-row').length, "
                             "document.querySelectorAll('#qa-chat .bot-row').length, "
                             "(document.getElementById('qa-status') || {}).innerText || '', "
                             "Array.from(document.querySelectorAll('.toast-body, [data-testid=toast-body]'))"
                             ".map((t) => t.innerText).join(' / ')]")
        raise AssertionError(f"no {what} in {timeout_ms // 1000} s (waiting for {n} questions and replies); "
                             f"box, questions, replies, status, notices: {seen}") from exc


def open_source(page, message, quote: str):
    """Click ``message``; wait until the panel marks ``quote`` and has scrolled it into view."""
    message.click()
    wait_for_mark(page, quote)


def wait_for_mark(page, quote: str):
    page.wait_for_function(
        "q => { const m = document.getElementById('qa-hl'); return !!m && m.textContent === q; }",
        arg=quote, timeout=15_000)
    page.wait_for_function(HIGHLIGHT_IN_VIEW, timeout=5_000)


def screenshot(page, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    page.screenshot(path=str(out), full_page=True)
    dest = os.environ.get("QA_SCREENSHOT_DIR")
    if dest:
        import shutil

        Path(dest).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(dest) / name)
    assert out.stat().st_size > 0
    return out
