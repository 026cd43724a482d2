"""Make the README's picture of the chat (docs/chat.png) from the running app.

    .venv/bin/python scripts/screenshot.py [--out docs/chat.png] [--seeds seeds] [--dark]

Starts the app on a copy of the seeds folder (with its own index in a temporary folder, so nothing
in the working tree changes except the picture) with the real model, asks the README's questions in
Debian's chromium (``apt-get install -y chromium``; never ``playwright install``), opens the newest
answer in the article panel and saves a 1400×900 picture. Run it again whenever the page changes."""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = ["What did Russia give North Korea?", "Who is South Korea's national security adviser?",
             "Which broadcaster did he talk to?"]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "chat.png")
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--dark", action="store_true", help="dark mode")
    args = ap.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"error: no chromium at {args.chromium}: apt-get install -y chromium (or --chromium PATH)",
              file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="qa-screenshot-") as tmp:
        tmp = Path(tmp)
        os.environ["GRADIO_TEMP_DIR"] = str(tmp / "gradio")
        from playwright.sync_api import sync_playwright

        import app
        from qa.chat.engine import Engine

        shutil.copytree(args.seeds, tmp / "seeds")
        engine = Engine(tmp / "seeds", tmp / "index")
        port = free_port()
        demo = app.launch(app.build_app(engine), "127.0.0.1", port)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_ARGS,
                                            env={**os.environ, "HOME": str(tmp)})
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                page.goto(f"http://127.0.0.1:{port}/" + ("?__theme=dark" if args.dark else ""))
                box = page.locator("#qa-question textarea")
                box.wait_for(timeout=60_000)
                for n, q in enumerate(QUESTIONS, 1):
                    box.fill(q)
                    box.press("Enter")
                    page.wait_for_function(f"() => document.querySelectorAll('#qa-chat .bot-row').length >= {n}",
                                           timeout=60_000)
                page.locator("#qa-chat .bot-row").last.locator("[data-testid=bot]").first.click()   # the newest
                page.locator("#qa-hl").wait_for(timeout=30_000)
                page.wait_for_timeout(800)                           # the reply and the quote scrolled into view
                page.evaluate("window.scrollTo(0, 0)")
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                browser.close()
        finally:
            demo.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
