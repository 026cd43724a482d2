"""``python -m tests.cluster.app_process SEEDS INDEX PORT``: the app (``app.build_app``) in a process
of its own, with the tests' fake encoder; prints "ready" once it serves."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(seeds: str, index: str, port: str) -> None:
    os.environ.setdefault("GRADIO_TEMP_DIR", str(Path(index).parent / f"gradio-{port}"))
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import app
    from qa.chat.engine import Engine
    from tests.fakes import SENTENCE, HashingEncoder

    engine = Engine(Path(seeds), Path(index), encoder=HashingEncoder(), reader=SENTENCE)
    demo = app.launch(app.build_app(engine), "127.0.0.1", int(port))
    print("ready", flush=True)
    demo.block_thread()


if __name__ == "__main__":
    main(*sys.argv[1:])
