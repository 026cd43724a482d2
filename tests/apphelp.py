"""Helpers for the app tests: serve ``app.build_app(engine)`` in-process on a free port (Gradio's
upload cache under the test's tmp folder), a gradio_client for it, and seeds with hostile text."""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

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
