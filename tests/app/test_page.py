"""The page as a journalist uses it, in chromium at desktop (1400×900) and phone (390×844) widths:
the newest reply in view, headline-first citations with numbers kept for the conversation, colours
readable in light and dark mode, an axe-core scan, keyboard access, copy and export, and the
articles panel (a saved web page uploaded, replaced and deleted). Fake encoder: the page's
mechanics, in seconds."""

from __future__ import annotations

import re
import threading

import pytest

from qa.chat.engine import Engine
from qa.chat.page import REPLY_IN_VIEW_JS
from tests.apphelp import (
    DESKTOP,
    HTML_CLUTTER,
    HTML_NAME,
    HTML_PAGE,
    HTML_PUBLISHER,
    HTML_QUESTION,
    HTML_TITLE,
    NEWEST_REPLY_TOP,
    PHONE,
    SEED_NAME,
    ask,
    fake_engine,
    open_page,
    screenshot,
    serve,
    wait_for_mark,
)
from tests.fakes import SENTENCE, HashingEncoder

pytestmark = pytest.mark.browser

SEED_TITLE = "Russia provided North Korea with air defense systems, South Korea says"
# Questions the fake encoder answers from three different sentences of the seed.
QUESTIONS = ["What did Russia give North Korea?", "Where are the North Korean troops fighting?",
             "What did the U.S. provide Ukraine?"]
QUOTED = "Who said it is certainly a possibility?"      # answered by a sentence that opens with “
SERIOUS = ("serious", "critical")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app over the seed and a saved web page (fake encoder; nothing here changes the files)."""
    tmp = tmp_path_factory.mktemp("page")
    engine = fake_engine(tmp, {HTML_NAME: HTML_PAGE})
    with serve(engine, tmp) as (_, url):
        yield engine, url


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_newest_reply_top_is_in_view_after_scrolling_up(browser, site, viewport, tmp_path):
    engine, url = site
    page, errors = open_page(browser, url, viewport)
    for q in (QUESTIONS[0], QUESTIONS[2], QUESTIONS[0]):
        ask(page, q)
    # the user scrolls the chat (and the page) back to the top, as when rereading the first answer
    page.wait_for_timeout(600)
    page.evaluate("""() => { document.querySelectorAll('#qa-chat *').forEach((e) => { e.scrollTop = 0; });
                             window.scrollTo(0, 0); }""")
    first = page.evaluate(NEWEST_REPLY_TOP)
    assert not first["inBox"], f"the chat did not scroll up: {first}"
    reply = ask(page, QUESTIONS[1])
    page.wait_for_function(f"() => {{ const r = ({NEWEST_REPLY_TOP})(); return r.inBox && r.inWindow; }}",
                           timeout=5_000)
    page.wait_for_timeout(600)                  # (the late pass)
    where = page.evaluate(NEWEST_REPLY_TOP)
    assert where["inBox"] and where["inWindow"] and not where["underLabel"], where
    # the best answer comes first, with its marker; the others are folded under their own title
    expected = engine.answer(QUESTIONS[1])
    assert reply.locator("mark").first.inner_text() == expected.text
    row = page.locator("#qa-chat .bot-row").last
    if expected.alternatives:
        assert row.get_by_text(f"Other possible answers ({len(expected.alternatives)})").is_visible()
        assert row.locator(".thought-group").first.locator("mark").count() == 0     # folded
    screenshot(page, tmp_path, f"page-reply-in-view-{viewport['width']}.png")
    assert not errors, errors


def test_a_reply_scrolled_to_the_top_shows_its_question_below_the_chat_label(browser, site):
    _, url = site
    page, errors = open_page(browser, url, PHONE)
    ask(page, QUESTIONS[0])
    # room below the last reply, as a long reply has, so that it can be scrolled to the very top
    page.add_style_tag(content="#qa-chat [role=log]::after { content: ''; display: block; height: 900px; }")
    ask(page, QUESTIONS[1])
    page.wait_for_timeout(800)                  # (the late pass)
    where = page.evaluate(NEWEST_REPLY_TOP)
    assert where["inBox"] and where["questionTop"] < where["boxTop"] + 60 and not where["questionUnderLabel"], where
    assert where["questionTop"] < where["top"] < where["boxTop"] + 200, where      # the question asked, then the reply
    assert not errors, errors


def test_a_late_pass_after_a_reply_leaves_the_view_to_the_user(browser, site):
    """Bringing a reply into view runs again a moment later (late layout); if the user has moved on by
    then, e.g. opened the article picker below, the page stays there and the options stay in reach.
    (That pass pulled the page back to the reply: the picker's options were left off screen.) The
    passes' timers are taken over here, so the late one runs after the user's click every time."""
    _, url = site
    page, errors = open_page(browser, url, PHONE)
    page.get_by_text("Articles and index").click()
    for q in QUESTIONS[:2]:
        ask(page, q)
    page.evaluate(f"""() => {{
      const passes = [], real = window.setTimeout;
      window.setTimeout = (fn, ms) => passes.push([ms, fn]);
      try {{ ({REPLY_IN_VIEW_JS})(Array.from({{length: {len(QUESTIONS[:2])}}}, () => ({{role: 'user'}}))); }}
      finally {{ window.setTimeout = real; }}
      window.__qaPasses = passes.sort((a, b) => a[0] - b[0]).map((p) => p[1]);
    }}""")
    page.evaluate("() => window.__qaPasses.shift()()")              # the first pass: the reply in view
    page.wait_for_function(f"() => ({NEWEST_REPLY_TOP})().inWindow", timeout=5_000)
    page.locator("#qa-pick input").click()                           # the user moves on
    option = page.get_by_role("option", name=re.compile(re.escape(HTML_NAME)))
    option.wait_for(timeout=10_000)
    page.evaluate("() => { while (window.__qaPasses.length) window.__qaPasses.shift()(); }")  # the late ones
    assert page.evaluate(f"() => ({NEWEST_REPLY_TOP})().inWindow") is False, "the page went back to the reply"
    option.click(timeout=5_000)
    assert HTML_NAME in page.locator("#qa-pick input").input_value()
    assert not errors, errors


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_citations_lead_with_the_headline_and_keep_their_numbers(browser, site, viewport, tmp_path):
    engine, url = site
    page, errors = open_page(browser, url, viewport)
    numbers = []
    for q in QUESTIONS + [QUESTIONS[0], QUOTED]:
        reply = ask(page, q)
        line = reply.locator(".qa-cite-line").inner_text()
        assert line.startswith(SEED_TITLE), line
        where = reply.locator(".qa-where")
        assert re.fullmatch(rf"\[\d+\] {SEED_NAME}, line \d+", where.inner_text())
        assert re.fullmatch(r"characters \d+–\d+", where.get_attribute("title"))
        numbers.append(int(re.match(r"\[(\d+)\]", where.inner_text()).group(1)))
        assert "““" not in reply.inner_text() and "””" not in reply.inner_text()
    assert numbers[3] == numbers[0] and len(set(numbers[:3])) == 3 and numbers[4] not in numbers[:4], numbers
    assert reply.locator("blockquote").inner_text().startswith("“It’s certainly a possibility” that")
    # the sources panel lists every citation of the conversation, each once, in number order
    listed = page.locator("#qa-cites label").all_inner_texts()
    assert [int(re.match(r"\[(\d+)\]", x.strip()).group(1)) for x in listed] == list(range(1, len(listed) + 1))
    assert len(listed) >= max(numbers) and all(SEED_TITLE in x for x in listed)
    # the newest answer's citation is not shown picked (a picked one would not open when clicked)
    page.locator("#qa-cites label").nth(numbers[4] - 1).click()
    wait_for_mark(page, engine.answer(QUOTED).text)
    # picking one opens its quote, and it becomes what "Copy answer" copies
    c = page.locator("#qa-cites label").nth(numbers[1] - 1)
    c.click()
    wait_for_mark(page, engine.answer(QUESTIONS[1]).text)
    assert page.locator("#qa-copy").inner_text().strip() == f"Copy answer [{numbers[1]}]"
    # retry asks the last question again and replaces its reply
    users = page.locator("#qa-chat .user-row").count()
    page.locator("#qa-retry").click()
    page.wait_for_timeout(1_500)
    assert page.locator("#qa-chat .user-row").count() == users
    screenshot(page, tmp_path, f"page-citations-{viewport['width']}.png")
    assert not errors, errors


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_highlights_and_citations_are_readable(browser, site, dark):
    """Contrast computed from the page's own styles (WCAG 2: at least 4.5:1)."""
    engine, url = site
    from tests.apphelp import CONTRAST_JS

    page, errors = open_page(browser, url, dark=dark)
    reply = ask(page, QUESTIONS[0])
    reply.click()
    wait_for_mark(page, engine.answer(QUESTIONS[0]).text)
    assert page.evaluate("document.querySelector('.dark') !== null") == dark
    ratios = {}
    for sel in ["#qa-chat mark", "#qa-chat .qa-cite-line", "#qa-chat .qa-where", "#qa-article mark",
                "#qa-article .qa-sentence", "#qa-article .qa-article-body", "#qa-send", "footer .show-api"]:
        ratios[sel] = round(page.locator(sel).first.evaluate(CONTRAST_JS)["ratio"], 2)
    print(f"\ncontrast ({'dark' if dark else 'light'}): {ratios}")
    assert all(r >= 4.5 for r in ratios.values()), ratios
    assert not errors, errors


@pytest.mark.parametrize("dark, viewport", [(False, DESKTOP), (True, PHONE)], ids=["light-desktop", "dark-phone"])
def test_axe_finds_no_serious_or_critical_violations(browser, site, dark, viewport):
    from axe_playwright_python.sync_playwright import Axe

    _, url = site
    page, errors = open_page(browser, url, viewport, dark=dark)
    ask(page, QUESTIONS[0])
    page.locator("#qa-chat .bot-row .thought-group .title").first.click()      # "Other possible answers" open
    page.locator("#qa-chat [data-testid=bot]").first.click()
    page.locator("#qa-hl").wait_for(timeout=10_000)
    page.get_by_text("Articles and index").click()
    page.locator("#qa-docs table").wait_for(timeout=10_000)
    results = Axe().run(page)
    found = [(v["id"], v["impact"], len(v["nodes"])) for v in results.response["violations"]]
    print(f"\naxe ({'dark' if dark else 'light'}, {viewport['width']} px): {found or 'no violations'}")
    assert not [v for v in found if v[1] in SERIOUS], results.generate_report()
    assert not errors, errors


def test_replies_are_reachable_and_open_by_keyboard(browser, site):
    engine, url = site
    page, errors = open_page(browser, url)
    ask(page, QUESTIONS[0])
    page.locator("#qa-question textarea").focus()
    # Shift+Tab walks back from the question box into the conversation
    for _ in range(12):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement.matches('#qa-chat [data-testid=bot]')"):
            break
    focused = page.evaluate("[document.activeElement.getAttribute('aria-label'), document.activeElement.tabIndex]")
    assert focused[0] and focused[0].startswith("Reply: ") and focused[1] == 0, focused
    assert "&#" not in focused[0] and "<mark>" not in focused[0]          # named by its text, not its markdown
    # Enter on the best answer opens it in the article panel
    page.locator("#qa-chat [data-testid=bot]").first.focus()
    page.keyboard.press("Enter")
    wait_for_mark(page, engine.answer(QUESTIONS[0]).text)
    assert page.locator("#qa-question textarea").get_attribute("aria-label") in (None, "Question") \
        and page.get_by_label("Question", exact=True).count() == 1
    assert not errors, errors


def test_the_citations_are_one_tab_stop_walked_with_the_arrow_keys(browser, site):
    _, url = site
    page, errors = open_page(browser, url)
    for q in QUESTIONS:
        ask(page, q)
    radios = page.locator("#qa-cites input[type=radio]")
    stops = "Array.from(document.querySelectorAll('#qa-cites input[type=radio]')).map((r) => r.tabIndex)"
    assert radios.count() >= 3 and page.evaluate(stops) == [0] + [-1] * (radios.count() - 1)
    marked = "(document.getElementById('qa-hl') || {}).textContent || ''"
    radios.first.focus()
    for step, key, at in [(1, "ArrowDown", 1), (2, "ArrowDown", 2), (3, "ArrowUp", 1), (4, "End", -1),
                          (5, "ArrowRight", 0), (6, "ArrowRight", 1)]:
        before = page.evaluate(marked)
        page.keyboard.press(key)
        at = at % radios.count()
        assert page.evaluate(f"document.activeElement === document.querySelectorAll('#qa-cites input')[{at}]"), step
        radios.nth(at).wait_for(state="attached")
        page.wait_for_function(f"document.querySelectorAll('#qa-cites input')[{at}].checked", timeout=10_000)
        page.wait_for_function(f"({marked}) && ({marked}) !== {before!r}", timeout=10_000)   # its quote opened
    page.wait_for_timeout(300)
    assert page.evaluate(stops) == [-1, 0] + [-1] * (radios.count() - 2)     # the Tab stop is the one picked
    assert not errors, errors


def test_copy_and_export_give_markdown_with_citations(browser, site, tmp_path):
    _, url = site
    page, errors = open_page(browser, url)
    ask(page, QUESTIONS[0])
    ask(page, QUESTIONS[1])
    page.locator("#qa-copy").click()
    page.locator("#qa-status").get_by_text("Copied").wait_for(timeout=10_000)
    page.wait_for_timeout(300)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert re.search(rf"\n\[\d+\] {re.escape(SEED_TITLE)} · Washington Examiner — 000\\_4ec855d9f35632c0\.txt, "
                     r"line \d+, characters \d+–\d+\n$", copied), copied
    assert copied.startswith("> ") and "<mark>" not in copied and "&#" not in copied
    with page.expect_download(timeout=10_000) as download:
        page.locator("#qa-export").click()
    path = tmp_path / "conversation.md"
    download.value.save_as(path)
    exported = path.read_text(encoding="utf-8")
    assert re.fullmatch(r"conversation-\d{4}-\d\d-\d\d-\d{4}\.md", download.value.suggested_filename)
    assert f"**Question:** {QUESTIONS[0]}" in exported and f"**Question:** {QUESTIONS[1].replace(chr(39), chr(39))}" \
        in exported
    assert "## Sources" in exported and copied.strip().splitlines()[-1] in exported
    assert not errors, errors


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_articles_panel_uploads_replaces_and_deletes_a_saved_web_page(browser, tmp_path, seed_dir, viewport):
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    page_file = tmp_path / "up" / HTML_NAME
    page_file.parent.mkdir()
    page_file.write_text(HTML_PAGE, encoding="utf-8")
    with serve(engine, tmp_path) as (_, url):
        page, errors = open_page(browser, url, viewport)
        page.get_by_text("Articles and index").click()
        report, docs = page.locator("#qa-report"), page.locator("#qa-docs")

        # upload: only the article is indexed, and the answer is cited with its headline and date
        page.locator("#qa-upload input[type=file]").set_input_files(str(page_file))
        report.get_by_text(f"Saved {HTML_NAME}").wait_for(timeout=30_000)
        report.get_by_text("Index rebuilt").wait_for(timeout=30_000)
        docs.get_by_text("2 articles indexed").wait_for(timeout=10_000)
        row = docs.locator("tr").filter(has_text=HTML_NAME).inner_text()
        assert HTML_TITLE in row and "5 March 2024" in row and HTML_PUBLISHER in row
        text = engine.article_text(HTML_NAME)
        assert all(junk not in text for junk in HTML_CLUTTER), text
        reply = ask(page, HTML_QUESTION)
        line = reply.locator(".qa-cite-line").inner_text()
        assert line.startswith(HTML_TITLE) and line.endswith("5 March 2024"), line
        assert f"{HTML_NAME}, line" in reply.locator(".qa-where").inner_text()
        assert "of the page text" in reply.locator(".qa-where").inner_text()

        # the same name again, other content: asked first, then replaced (never two copies)
        page_file.write_text(HTML_PAGE.replace("18,000 vehicles", "21,000 vehicles"), encoding="utf-8")
        page.locator("#qa-upload input[type=file]").set_input_files(str(page_file))
        confirm = page.locator("#qa-confirm")
        confirm.get_by_text("Already in the articles").wait_for(timeout=30_000)
        assert "18,000" in (seed_dir / HTML_NAME).read_text()
        page.locator("#qa-yes").click()
        report.get_by_text(f"Replaced {HTML_NAME}").wait_for(timeout=30_000)
        report.get_by_text("1 changed").wait_for(timeout=30_000)
        assert sorted(p.name for p in seed_dir.iterdir()) == sorted([SEED_NAME, HTML_NAME])
        assert "21,000" in engine.article_text(HTML_NAME)

        # open it from the list: the whole article, as indexed
        page.locator("#qa-pick input").click()
        page.get_by_role("option", name=re.compile(re.escape(HTML_NAME))).click()
        page.locator("#qa-open").click()
        page.locator("#qa-article").get_by_text("21,000 vehicles").wait_for(timeout=10_000)
        assert page.locator("#qa-article .qa-article-title").inner_text().startswith(HTML_TITLE)

        # delete: asked first (cancel keeps it), then gone from the folder, the index and the table
        page.locator("#qa-delete").click()
        confirm.get_by_text(f"Delete {HTML_TITLE}").wait_for(timeout=10_000)
        page.locator("#qa-no").click()
        report.get_by_text("Nothing deleted").wait_for(timeout=10_000)
        assert (seed_dir / HTML_NAME).exists() and not confirm.is_visible()
        page.locator("#qa-delete").click()                       # still picked
        confirm.get_by_text(f"Delete {HTML_TITLE}").wait_for(timeout=10_000)
        page.locator("#qa-yes").click()
        report.get_by_text("1 removed").wait_for(timeout=30_000)
        docs.get_by_text("1 article indexed").wait_for(timeout=10_000)
        assert not (seed_dir / HTML_NAME).exists() and HTML_NAME not in docs.inner_text()
        assert [d["source"] for d in engine.index.documents] == [SEED_NAME]
        screenshot(page, tmp_path, f"page-articles-{viewport['width']}.png")
        assert not errors, errors


def test_a_copy_and_a_file_left_out_can_be_picked_opened_and_deleted(browser, tmp_path, seed_dir):
    (seed_dir / "copy.txt").write_bytes((seed_dir / SEED_NAME).read_bytes())     # the same story: indexed once
    (seed_dir / "empty.txt").write_bytes(b"")                                   # left out
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    with serve(engine, tmp_path) as (_, url):
        page, errors = open_page(browser, url)
        page.get_by_text("Articles and index").click()
        page.locator("#qa-pick input").click()
        page.get_by_role("option", name=re.compile(rf"^copy\.txt — same text as {re.escape(SEED_NAME)}")).click()
        page.locator("#qa-open").click()                 # a copy opens the article it copies
        page.locator("#qa-article .qa-article-title").get_by_text(SEED_TITLE).wait_for(timeout=10_000)
        page.locator("#qa-pick input").click()
        page.get_by_role("option", name=re.compile(r"^empty\.txt — not indexed")).click()
        page.locator("#qa-delete").click()
        confirm = page.locator("#qa-confirm")
        confirm.get_by_text("Delete empty.txt?").wait_for(timeout=10_000)
        page.locator("#qa-yes").click()
        page.locator("#qa-report").get_by_text("Deleted empty.txt").wait_for(timeout=30_000)
        assert not (seed_dir / "empty.txt").exists() and (seed_dir / "copy.txt").exists()
        page.locator("#qa-pick input").click()
        assert page.get_by_role("option", name=re.compile(r"^empty\.txt")).count() == 0
        assert not errors, errors
        page.close()


def test_an_upload_behind_a_rebuild_says_it_waits_then_is_added(browser, tmp_path, seed_dir):
    engine = Engine(seed_dir, tmp_path / "index", encoder=HashingEncoder(), reader=SENTENCE, threshold=0.0)
    refresh, release = engine.refresh, threading.Event()

    def slow_refresh(*args, **kwargs):          # a rebuild that takes until the test lets it go
        release.wait(30)
        return refresh(*args, **kwargs)

    engine.refresh = slow_refresh
    added = tmp_path / "up" / "otters.txt"
    added.parent.mkdir()
    added.write_text("Otters return to the river\n\nOtters were seen on the river for the first time in years.\n")
    with serve(engine, tmp_path) as (_, url):
        page, errors = open_page(browser, url)
        page.get_by_text("Articles and index").click()
        report = page.locator("#qa-report")
        page.locator("#qa-rebuild").click()
        report.get_by_text("Updating the index").wait_for(timeout=10_000)
        assert "under way" not in report.inner_text()                      # nothing was
        page.locator("#qa-upload input[type=file]").set_input_files(str(added))
        report.get_by_text("Adding the files").wait_for(timeout=10_000)     # said at once, while it waits
        assert "after the update of the index already under way" in report.inner_text()
        assert not (seed_dir / "otters.txt").exists()
        release.set()
        report.get_by_text("Saved otters.txt").wait_for(timeout=30_000)
        assert (seed_dir / "otters.txt").exists()
        assert not errors, errors
