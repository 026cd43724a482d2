"""The browser chat over the articles in seeds/: ``python app.py`` (see ``--help``).

UI code only: asking, follow-ups, citations, formatting, export and file access are ``qa`` functions
that a Python user can call too (``Engine``, ``qa.chat.session``, ``qa.chat.present``,
``qa.chat.export``, ``qa.chat.files``)."""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import os  # noqa: E402

# Before gradio is imported: no analytics, no hub, no telemetry.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import argparse  # noqa: E402
import collections  # noqa: E402
import dataclasses  # noqa: E402
import enum  # noqa: E402
import errno  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

from qa.settings import INDEX_ENV, SEEDS_ENV  # noqa: E402


def _port(value: str) -> int:
    """A port number from the command line, or argparse's one-line error."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: give one from 1 to 65535")
    return port


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python app.py", description="Chat with the articles in a seeds folder.")
    ap.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s: this machine only)")
    ap.add_argument("--port", type=_port, default=7860, help="port, 1 to 65535 (default %(default)s)")
    ap.add_argument("--seeds", type=Path, default=None, help=f"articles folder (default: seeds/ or ${SEEDS_ENV})")
    ap.add_argument("--index", type=Path, default=None, help=f"index folder (default: index/ or ${INDEX_ENV})")
    return ap


def _cannot_listen(host: str, port: int) -> str:
    """Why the app could not listen on ``host``:``port`` (the port in use, an address not this
    machine's), or "" when it can: asked before the index is built, which may take minutes."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            if os.name != "nt":         # as the server binds: a port left waiting by a stopped app is free
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        if exc.errno == errno.EACCES:
            return "permission denied: ports under 1024 need administrator rights"
        return "the port is in use" if exc.errno == errno.EADDRINUSE \
            else f"the address is not one of this machine's ({exc.strerror})"
    return ""


_CANNOT_LISTEN = "error: cannot listen on {}:{} ({}): choose another port with --port (or another address with --host)"


if __name__ == "__main__":      # --help, a bad argument and a port in use answer at once, before gradio and
    _early = parser().parse_args()      # the model load
    _why = _cannot_listen(_early.host, _early.port)
    if _why:
        print(_CANNOT_LISTEN.format(_early.host, _early.port, _why), file=sys.stderr)
        sys.exit(2)

import gradio as gr  # noqa: E402

from qa.chat import api, page  # noqa: E402
from qa.chat.api import SORRY, answer_dict  # noqa: E402, F401  (the tests reach them through app)
from qa.chat.engine import Engine  # noqa: E402
from qa.chat.export import conversation_markdown, copy_markdown  # noqa: E402
from qa.chat.files import delete_article, save_uploads  # noqa: E402
from qa.chat.present import (  # noqa: E402
    article_html,
    delete_question,
    documents_html,
    file_choices,
    md,
    replace_question,
    report_markdown,
    unusable_markdown,
    uploads_markdown,
)
from qa.chat.session import (  # noqa: E402  (the tests reach the handlers through app)
    TYPE_A_QUESTION,
    ChatState,
    chat_value,
    reply,
    retry,
    show_article,
    whole_article,
)
from qa.index.console import print_report, progress_bar  # noqa: E402
from qa.index.format import IndexProblem  # noqa: E402
from qa.ingest.formats import MAX_FILE_BYTES, SUFFIXES  # noqa: E402

log = logging.getLogger("qa.app")

# The example questions are about the article shipped in seeds/: offered only where it is indexed.
SHIPPED_SEED = "000_4ec855d9f35632c0.txt"
EXAMPLES = [
    "What did Russia give North Korea?",
    "Who is South Korea's national security adviser?",
    "Which broadcaster did he talk to?",
    "How many troops did North Korea send to Russia?",
    "Where are the North Korean troops fighting?",
]


def offers_examples(docs: list[dict]) -> bool:
    """Whether the page offers ``EXAMPLES``: only where the shipped article is indexed (asked of
    someone's own archive they would all come back "not found")."""
    return any(SHIPPED_SEED in (d.get("source"), *d.get("also", ())) for d in docs)


class Action(enum.Enum):
    DELETE = "delete"
    REPLACE = "replace"


@dataclass(frozen=True)
class Pending:
    """A change to the articles waiting for the user's yes: delete ``source``, or replace the
    articles named in ``uploads`` ((uploaded file, name) pairs) by the uploads."""

    action: Action
    source: str = ""
    uploads: tuple[tuple[str, str], ...] = ()


# Shown the moment an index change is asked for, until it is done (it may wait for another).
REBUILDING = "Updating the index …"
ADDING = "Adding the files …"
WORKING = "Working on it …"
BEHIND = {REBUILDING: "Updating the index … (after the update already under way)",
          ADDING: "Adding the files … (saved and indexed after the update of the index already under way)",
          WORKING: "Working on it … (after the update of the index already under way)"}
# The page counts the changes to the index it has asked for and not yet seen done (``saying``, ``DONE_JS``)
DONE_JS = "() => { window.__qaIndexBusy = Math.max(0, (window.__qaIndexBusy || 0) - 1); }"


def saying(box: gr.Markdown, text: str) -> dict:
    """An event's arguments that put ``text`` in ``box`` at once, in the browser (no queue, no
    server), or what it says when a change to the index this page asked for is still under way
    (``BEHIND``: the new one waits for it); the page counts it as under way until ``DONE_JS``."""
    js = (f"() => {{ const behind = (window.__qaIndexBusy || 0) > 0; window.__qaIndexBusy = "
          f"(window.__qaIndexBusy || 0) + 1; return behind ? {json.dumps(BEHIND[text])} : {json.dumps(text)}; }}")
    return dict(fn=None, inputs=None, outputs=[box], js=js, api_visibility="private")


def refresh_report(engine: Engine, progress) -> str:
    """Bring the index up to date, moving ``progress`` (a ``gr.Progress``) as files are read again
    and each batch of the embedding is done; what the rebuild did, as markdown (a failure said,
    never raised)."""
    def step(done: int, total: int) -> None:
        if total > 0:
            progress((min(done, total), total), desc="Indexing articles", unit="bytes")
    try:
        return report_markdown(engine.refresh(progress=step))
    except (IndexProblem, OSError, ValueError) as exc:
        return f"**Rebuild failed:** {md(str(exc))}"
    except Exception:
        log.exception("rebuild failed")
        return "**Rebuild failed** (see the app's log). The previous index is still in use."


class Waiting:
    """The questions each page (its session) has asked and not yet had answered, first asked first: one
    asked while the last is being answered waits its turn."""

    def __init__(self):
        self._by_session: dict[str, collections.deque] = collections.defaultdict(collections.deque)
        self._lock = threading.Lock()

    def put(self, session: str, question: str) -> None:
        with self._lock:
            self._by_session[session].append(question)

    def take(self, session: str) -> str:
        """The first question ``session`` asked and is waiting on, "" when none (its queue forgotten)."""
        with self._lock:
            queue = self._by_session.get(session)
            question = queue.popleft() if queue else ""
            if queue is not None and not queue:
                del self._by_session[session]
            return question


def build_app(engine: Engine) -> gr.Blocks:
    """The chat page around ``engine``: chat + sources panel + articles panel, and the API endpoints
    ``ask``, ``rebuild``, ``articles``, ``article``, ``upload``, ``delete``."""
    opened_count = itertools.count(1)

    def show(cite):
        """The panel showing ``cite``, keyed as a new opening (the page scrolls to its quote)."""
        return show_article(engine, cite, key=str(next(opened_count)))

    def documents() -> list[dict]:
        return api.documents(engine)

    def docs_outputs():
        docs = documents()
        return documents_html(docs), gr.update(choices=file_choices(docs, api.manifest(engine)), value=None)

    def sources_outputs(state: ChatState):
        cites = [(c.listed, str(c.number)) for c in state.citations.cites]
        passages = [(c.label, str(i)) for i, c in enumerate(state.passages)]
        asked = gr.update(interactive=bool(state.exchanges))
        # nothing picked: a picked one would not open when clicked ("Copy answer [n]" names the focus)
        return gr.update(choices=cites, value=None), gr.update(choices=passages, value=None), asked, \
            copy_label(state), asked, ""

    def copy_label(state: ChatState):
        number = state.focus if state.citations.get(state.focus) else 0
        return gr.update(value=f"Copy answer [{number}]" if number else "Copy answer", interactive=bool(number))

    # -- chat ---------------------------------------------------------------------------------
    # A question is taken from the box at once (the page empties it for the next: ``page.TAKE_QUESTION_JS``)
    # and answered in its turn: one asked while the last is being answered waits in the session's queue.
    # The questions waiting are kept by the page's session, not in a gr.State: a page's first question,
    # taken while its load events ran, was put in a copy of the state that an ending load event then wrote
    # over (the answer found nothing asked: "Nothing asked", under load).
    waiting = Waiting()

    def on_typed(question, request: gr.Request) -> None:
        waiting.put(request.session_hash, question)

    def on_next(state, request: gr.Request):
        asked = reply(engine, waiting.take(request.session_hash), state)
        if asked is state:              # nothing to ask: the conversation stays as it was
            gr.Info(TYPE_A_QUESTION, duration=5, title="Nothing asked")
        return (chat_value(asked), asked) + sources_outputs(asked)

    def on_retry(state):
        state = retry(engine, state)
        return (chat_value(state), state) + sources_outputs(state)

    def opened(state: ChatState, cite):
        """The panel showing ``cite``; a numbered citation becomes the one "Copy answer" copies."""
        if cite is None:
            return gr.update(), state, gr.update(), gr.update()
        if not cite.number:
            return show(cite), state, gr.update(), gr.update()
        state = dataclasses.replace(state, focus=cite.number)
        return show(cite), state, copy_label(state), gr.update(value=str(cite.number))

    def on_message_click(state: ChatState, evt: gr.SelectData):
        i = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        cite = state.cites[i] if isinstance(i, int) and 0 <= i < len(state.cites) else None
        return opened(state, cite)

    def on_cite_pick(choice, state: ChatState):
        try:
            return opened(state, state.citations.get(int(choice)))
        except (TypeError, ValueError):
            return opened(state, None)

    def on_passage_pick(choice, state: ChatState):
        try:
            return show(state.passages[int(choice)])
        except (TypeError, ValueError, IndexError):
            return gr.update()

    def on_clear():
        state = ChatState()
        return (state, [], article_html(None, None)) + sources_outputs(state)

    # -- articles ------------------------------------------------------------------------------
    def confirm(pending: Pending | None):
        """The confirmation row's text and visibility for ``pending``."""
        if pending is None:
            return gr.update(visible=False), "", gr.update()
        if pending.action is Action.DELETE:
            doc = next((d for d in documents() if d["source"] == pending.source), {"source": pending.source})
            return gr.update(visible=True), delete_question(doc), gr.update(value="Delete it")
        return gr.update(visible=True), replace_question(pending.uploads), gr.update(value="Replace")

    def changed(report: str, pending: Pending | None = None, keep_pick: bool = False):
        """The articles panel after a change (or none: ``keep_pick`` leaves the picked article)."""
        table, pick = docs_outputs()
        return (report, table, gr.update() if keep_pick else pick, pending, *confirm(pending))

    def on_rebuild(progress=gr.Progress()):
        return changed(refresh_report(engine, progress))

    def on_upload(files, progress=gr.Progress()):
        try:
            done = save_uploads(engine.seeds_dir, [str(f) for f in files or []])
        except OSError as exc:
            return (*changed(f"**Not saved:** {md(str(exc))}"), None)
        pending = Pending(Action.REPLACE, uploads=done.exists) if done.exists else None
        report = refresh_report(engine, progress) if done.changed else ""
        return (*changed(uploads_markdown(done, report), pending), None)

    def on_delete_ask(source):
        if not source:
            return changed("Pick an article to delete first.", keep_pick=True)
        return changed("", Pending(Action.DELETE, source=source), keep_pick=True)

    def on_confirm(pending: Pending | None, progress=gr.Progress()):
        if pending is None:
            return changed("")
        if pending.action is Action.DELETE:
            try:
                delete_article(engine.seeds_dir, pending.source)
            except (ValueError, OSError) as exc:
                return changed(f"**Not deleted:** {md(str(exc))}")
            return changed(f"Deleted {md(pending.source)}.\n\n{refresh_report(engine, progress)}")
        try:
            done = save_uploads(engine.seeds_dir, [path for path, _ in pending.uploads], replace=True)
        except OSError as exc:
            return changed(f"**Not replaced:** {md(str(exc))}")
        return changed(uploads_markdown(done, refresh_report(engine, progress) if done.changed else ""))

    def on_cancel(pending: Pending | None):
        if pending is not None and pending.action is Action.REPLACE:
            return changed("Kept the current " + ", ".join(md(n) for _, n in pending.uploads) + ".")
        return changed("Nothing deleted." if pending is not None else "", keep_pick=True)

    def on_open(source):
        doc = next((d for d in documents() if source in (d["source"], *d.get("also", ()))), None)    # a copy: its
        return show(whole_article(doc)) if doc else gr.update()                                      # article

    # -- API (``qa.chat.api``: the fields of ``qa.answer()`` / ``BuildReport``) ---------------
    def ask(question: str, k: int = 5) -> dict:
        """Answer a question from the articles: the fields of qa.Answer."""
        return api.answer_dict(engine, question, k)

    def rebuild(full: bool = False) -> dict:
        """Bring the index up to date with seeds/ (incremental unless full): the fields of qa.BuildReport."""
        return api.rebuild(engine, full)

    def articles() -> list[dict]:
        """The indexed articles: source (file name under seeds/), title, date, publisher, author, chunks."""
        return api.articles(engine)

    def article(source: str) -> dict:
        """The text of an indexed article (what offsets point into), with its title, date, publisher."""
        return api.article(engine, source)

    def upload(files, replace):
        """Add articles (.txt, .md, .html, .htm) to seeds/ and update the index. A name already there
        with other content is replaced only with replace=True (else listed in "exists")."""
        return api.upload(engine, [str(f) for f in files or []], bool(replace))

    def delete(source: str) -> dict:
        """Delete an article from seeds/ and update the index."""
        return api.delete(engine, source)

    docs = documents()
    placeholder = ("**Ask a question about the articles.** Answers are quoted from them, with the article and "
                   "place they come from." if docs else
                   "**No articles yet.** Put articles (.txt, .md, .html) in the seeds folder, or upload them "
                   "under *Articles and index*.")
    with gr.Blocks(title="Ask the news") as demo:
        state = gr.State(ChatState())
        pending = gr.State(None)
        gr.Markdown("# Ask the news\nAnswers are quoted word for word from the articles, with citations. "
                    "Click an answer or a citation (or focus it and press Enter) to read it in its article.")
        with gr.Row():
            with gr.Column(scale=3, min_width=320):
                chatbot = gr.Chatbot(label="Chat", elem_id="qa-chat", height=520, buttons=[], autoscroll=False,
                                     latex_delimiters=[], sanitize_html=True, allow_tags=False,
                                     placeholder=placeholder)
                question = gr.Textbox(label="Question", elem_id="qa-question", max_lines=4,
                                      placeholder="Ask a question and press Enter")
                with gr.Row(elem_id="qa-actions"):
                    tight = dict(size="md", min_width=110)
                    send = gr.Button("Ask", variant="primary", elem_id="qa-send", **tight)
                    again = gr.Button("Retry", elem_id="qa-retry", interactive=False, **tight)
                    copy = gr.Button("Copy answer", elem_id="qa-copy", interactive=False, **tight)
                    export = gr.Button("Export conversation", elem_id="qa-export", interactive=False, **tight)
                    clear = gr.Button("New conversation", elem_id="qa-clear", **tight)
                status = gr.Markdown(elem_id="qa-status")
                copied = gr.Textbox(visible=False)
                exported = gr.Textbox(visible=False)
                with gr.Column(visible=offers_examples(docs)):
                    examples = gr.Examples(EXAMPLES, inputs=[question], label="Questions that work on the shipped "
                                           "article: click one to ask it (the third follows up the second)")
            with gr.Column(scale=2, min_width=300, elem_id="qa-sources"):
                panel = gr.HTML(article_html(None, None), elem_id="qa-article")
                cites = gr.Radio(choices=[], label="Citations in this conversation", elem_id="qa-cites")
                with gr.Accordion("Passages behind the last reply", open=False, elem_id="qa-passages-box"):
                    passages = gr.Radio(choices=[], label="Passages", elem_id="qa-passages")
        with gr.Accordion("Articles and index", open=not docs, elem_id="qa-index"):
            docs_table = gr.HTML(documents_html(docs), elem_id="qa-docs")
            with gr.Row():
                pick = gr.Dropdown(choices=file_choices(docs, api.manifest(engine)), value=None, label="Article",
                                   elem_id="qa-pick", scale=3)
                open_btn = gr.Button("Open", elem_id="qa-open", min_width=80)
                delete_btn = gr.Button("Delete…", elem_id="qa-delete", variant="stop", min_width=80)
            with gr.Row(visible=False, elem_id="qa-confirm") as confirm_row:
                confirm_text = gr.Markdown(elem_id="qa-confirm-text")
                yes = gr.Button("Delete it", elem_id="qa-yes", variant="stop", min_width=100)
                no = gr.Button("Cancel", elem_id="qa-no", min_width=100)
            upload_box = gr.File(label=f"Add articles ({', '.join(SUFFIXES)}) to the seeds folder",
                                 file_count="multiple", file_types=list(SUFFIXES), elem_id="qa-upload")
            rebuild_btn = gr.Button("Rebuild index", elem_id="qa-rebuild")
            report_md = gr.Markdown(unusable_markdown(engine.index.manifest), elem_id="qa-report")
        with gr.Row(visible=False):     # inputs of the /upload endpoint (gradio_client)
            api_files = gr.File(file_count="multiple")
            api_replace = gr.Checkbox(False)
            api_upload = gr.Button()
            api_result = gr.JSON()

        private = dict(api_visibility="private")
        sources = [cites, passages, again, copy, export, status]
        typed = dict(fn=on_typed, inputs=[question], outputs=None, js=page.TAKE_QUESTION_JS, queue=False,
                     trigger_mode="multiple", **private)
        asked = (question.submit(**typed), send.click(**typed), examples.load_input_event.then(**typed))  # an
        # example clicked is put in the box, then asked
        answered = [event.then(on_next, [state], [chatbot, state, *sources], trigger_mode="multiple",
                               **private) for event in asked]
        for event in (*answered, again.click(on_retry, [state], [chatbot, state, *sources], **private)):
            event.then(None, [chatbot], None, js=page.REPLY_IN_VIEW_JS, **private)
        clear.click(on_clear, None, [state, chatbot, panel, *sources], **private)
        chatbot.clear(on_clear, None, [state, chatbot, panel, *sources], **private)   # its trash icon
        opened_outputs = [panel, state, copy, cites]
        chatbot.select(on_message_click, [state], opened_outputs, **private)
        # (walked with the arrow keys, ``page.PAGE_JS``: the last pick is opened once the one before is done)
        cites.input(on_cite_pick, [cites, state], opened_outputs, trigger_mode="always_last", **private)
        passages.input(on_passage_pick, [passages, state], [panel], trigger_mode="always_last", **private)
        copy.click(lambda s: (copy_markdown(s), "Copied the answer with its citation (Markdown)."), [state],
                   [copied, status], **private).then(None, [copied], None, js=page.COPY_JS, **private)
        export.click(lambda s: conversation_markdown(s), [state], [exported], **private) \
            .then(None, [exported], None, js=page.DOWNLOAD_JS, **private)

        changes = [report_md, docs_table, pick, pending, confirm_row, confirm_text, yes]
        # What changes the index waits in one queue: the report says so at once, in the browser; its
        # progress bar is drawn over the report alone (not over the table and the list as well).
        queued = dict(concurrency_id="rebuild", show_progress_on=[report_md], **private)
        done = dict(fn=None, inputs=None, outputs=None, js=DONE_JS, **private)
        rebuild_btn.click(**saying(report_md, REBUILDING)).then(on_rebuild, None, changes, **queued).then(**done)
        upload_box.upload(**saying(report_md, ADDING)).then(on_upload, [upload_box], [*changes, upload_box],
                                                            **queued).then(**done)
        delete_btn.click(on_delete_ask, [pick], changes, **private)
        yes.click(**saying(report_md, WORKING)).then(on_confirm, [pending], changes, **queued).then(**done)
        no.click(on_cancel, [pending], changes, **private)
        open_btn.click(on_open, [pick], [panel], **private)
        demo.load(docs_outputs, None, [docs_table, pick], **private)
        demo.load(lambda: unusable_markdown(engine.index.manifest), None, [report_md], **private)   # what was left out

        api_upload.click(upload, [api_files, api_replace], [api_result], api_name="upload", concurrency_id="rebuild")
        gr.api(ask, api_name="ask")
        gr.api(rebuild, api_name="rebuild", concurrency_id="rebuild")
        gr.api(articles, api_name="articles")
        gr.api(article, api_name="article")
        gr.api(delete, api_name="delete", concurrency_id="rebuild")
    return demo


def theme() -> gr.themes.Base:
    """Gradio's default theme with ``page.THEME``'s colours. Bold text uses the bundled Bold (700)
    face: the bundled SemiBold (600) file holds only a few glyphs, so 600-weight text came out in
    two fonts."""
    font = (gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui", "sans-serif")
    return gr.themes.Default(font=font).set(**page.THEME)


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, block: bool = True):
    """Start serving ``demo`` (the queue on, no share link, uploads up to the largest file a loader
    reads, ``MAX_FILE_BYTES``: a page saved as a single file with its images)."""
    demo.queue(default_concurrency_limit=1)
    demo.launch(server_name=host, server_port=port, share=False, prevent_thread_lock=True, quiet=True,
                max_file_size=f"{MAX_FILE_BYTES // 1_000_000}mb", footer_links=["api", "settings"], css=page.CSS,
                js=page.PAGE_JS, theme=theme())
    return demo


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    why = _cannot_listen(args.host, args.port)
    if why:
        print(_CANNOT_LISTEN.format(args.host, args.port, why), file=sys.stderr)
        return 2
    print("Loading the model and bringing the index up to date ...", file=sys.stderr)
    update, close = progress_bar("indexing articles")
    try:
        engine = Engine(args.seeds, args.index, progress=update, log=lambda m: print(m, file=sys.stderr))
    except (IndexProblem, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        close()
    report = engine.last_report
    if report is not None:
        print_report(report, sys.stderr, files=False)
    try:
        demo = launch(build_app(engine), args.host, args.port)
    except OSError as exc:          # the port is taken, or the address is not this machine's
        why = "the port is in use, or the address is not one of this machine's" \
            if "GRADIO_SERVER_PORT" in str(exc) or "empty port" in str(exc) else str(exc)
        print(f"error: cannot listen on {args.host}:{args.port} ({why}): choose another port with --port "
              "(or another address with --host)", file=sys.stderr)
        return 2
    host = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    print(f"ready in {time.perf_counter() - _STARTED:.1f} s: http://{host}:{args.port}", flush=True)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"note: listening on {args.host}, reachable from other machines", file=sys.stderr)
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
