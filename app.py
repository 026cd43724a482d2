"""The browser chat over the articles in seeds/: ``python app.py`` (see ``--help``).

UI code only: asking, follow-ups, formatting and file access are ``qa`` functions that a Python
user can call too (``Engine``, ``qa.chat.conversation``, ``qa.chat.present``, ``qa.chat.files``)."""

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
import dataclasses  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import gradio as gr  # noqa: E402

from qa.chat.conversation import Turn, resolve  # noqa: E402
from qa.chat.engine import Engine  # noqa: E402
from qa.chat.files import add_article  # noqa: E402
from qa.chat.present import (  # noqa: E402
    Cite,
    answer_cite,
    answer_markdown,
    article_html,
    documents_markdown,
    md,
    not_found_markdown,
    passage_cite,
    passages_markdown,
    report_markdown,
    snippet,
)
from qa.index.format import IndexProblem  # noqa: E402
from qa.records import Answer  # noqa: E402
from qa.settings import INDEX_ENV, SEEDS_ENV  # noqa: E402

log = logging.getLogger("qa.app")

EXAMPLES = [
    "What did Russia give North Korea?",
    "Who is South Korea's national security adviser?",
    "Which broadcaster did he talk to?",
    "How many troops did North Korea send to Russia?",
    "Where are the North Korean troops fighting?",
]
SORRY = "Sorry, something went wrong while answering. The app is still running: try again or rephrase the question."
SCROLL_JS = """() => {
  const go = () => { const m = document.getElementById('qa-hl'); if (m) m.scrollIntoView({block: 'center'}); };
  setTimeout(go, 60); setTimeout(go, 400);
}"""
MAX_SHOWN_QUESTION = 500


@dataclass(frozen=True)
class Message:
    role: str                   # "user" | "assistant"
    text: str                   # markdown, already escaped
    box: str = ""               # title of a collapsed box ("Sources"), or "" for a plain message


@dataclass(frozen=True)
class ChatState:
    """One browser session's conversation: turns for follow-ups, the messages shown, and for each
    message the place it cites (what clicking it opens)."""

    turns: tuple[Turn, ...] = ()
    messages: tuple[Message, ...] = ()
    cites: tuple[Cite | None, ...] = ()
    last: tuple[Cite, ...] = ()     # citations of the last answer, for the "Open a source" list


def chat_value(state: ChatState) -> list[dict]:
    out = []
    for m in state.messages:
        msg = {"role": m.role, "content": m.text}
        if m.box:
            msg["metadata"] = {"title": m.box, "status": "done"}
        out.append(msg)
    return out


def reply(engine: Engine, question: str, state: ChatState, k: int | None = None) -> ChatState:
    """The state after ``question``: its messages added, the turn recorded. Never raises."""
    question = question if isinstance(question, str) else ""
    shown = md(snippet("".join(c if c.isprintable() else " " for c in question), MAX_SHOWN_QUESTION))
    msgs: list[Message] = [Message("user", shown or "&#8203;")]
    cites: list[Cite | None] = [None]
    if not question.strip() or not shown:
        msgs.append(Message("assistant", f"Type a question, for example: _{md(EXAMPLES[0])}_"))
        return _extend(state, msgs, cites + [None], last=state.last)
    try:
        rewritten = resolve(question, state.turns)
    except Exception:           # a rule that trips must not cost the answer
        log.exception("follow-up resolution failed for %r", question[:200])
        rewritten = None
    searched = rewritten if rewritten is not None else question
    try:
        a = engine.answer(searched, k)
    except (ValueError, IndexProblem) as exc:
        msgs.append(Message("assistant", md(str(exc))))
        return _extend(state, msgs, cites + [None], last=state.last)
    except Exception:
        log.exception("answering %r failed", searched[:200])
        msgs.append(Message("assistant", SORRY))
        return _extend(state, msgs, cites + [None], last=state.last)
    last: list[Cite] = []
    if a.found:
        for n, x in enumerate((a,) + a.alternatives, 1):
            text = answer_markdown(x, n, first=n == 1, best_source=a.source, low=engine.settings.low_confidence,
                                   searched=rewritten if n == 1 else None)
            msgs.append(Message("assistant", text))
            cites.append(answer_cite(x, n))
            last.append(cites[-1])
    else:
        msgs.append(Message("assistant", not_found_markdown(a, searched=rewritten)))
        cites.append(passage_cite(a.passages[0], 1) if a.passages else None)
    if a.passages:
        pcites = [passage_cite(p, n) for n, p in enumerate(a.passages, 1)]
        box = "Sources" if a.found else "Closest passages"
        msgs.append(Message("assistant", passages_markdown(a.passages), box=f"{box} ({len(a.passages)} passages)"))
        cites.append(pcites[0])
        last.extend(pcites)
    turn = Turn(question=question, searched=searched, answer=a.text, sentence=a.sentence, source=a.source)
    return dataclasses.replace(_extend(state, msgs, cites, last=tuple(last)), turns=state.turns + (turn,))


def _extend(state: ChatState, msgs, cites, last) -> ChatState:
    return ChatState(turns=state.turns, messages=state.messages + tuple(msgs), cites=state.cites + tuple(cites),
                     last=tuple(last))


def show_article(engine: Engine, cite: Cite | None) -> str:
    """The article panel's HTML for ``cite`` (escaped): the article's text as the index keeps it (what
    the offsets point into); an article no longer indexed is said there."""
    if cite is None:
        return article_html(None, None)
    try:
        text = engine.article_text(cite.source)
    except (KeyError, IndexProblem):
        return article_html(None, None, note=f"{cite.source} is no longer indexed: press Rebuild index.")
    return article_html(cite, text)


def answer_dict(engine: Engine, question: str, k: int | None = None) -> dict:
    """``engine.answer`` as a JSON-ready dict; a bad question gives found=False and the reason in
    ``notice`` instead of an exception."""
    q = question if isinstance(question, str) else ""
    try:
        k = engine.settings.default_k if k is None else min(int(k), engine.settings.max_k)
        return dataclasses.asdict(engine.answer(q, k))
    except (ValueError, TypeError, IndexProblem) as exc:
        return dataclasses.asdict(Answer(question=q, found=False, notice=str(exc)))
    except Exception:
        log.exception("API answer for %r failed", q[:200])
        return dataclasses.asdict(Answer(question=q, found=False, notice=SORRY))


def build_app(engine: Engine) -> gr.Blocks:
    """The chat page around ``engine``: chat + source panel + index panel, and the API endpoints
    ``ask``, ``rebuild``, ``articles``, ``article``, ``upload``."""

    def documents() -> list[dict]:
        try:
            return [{"source": d["source"], "title": d.get("title", "")} for d in engine.index.documents]
        except IndexProblem:
            return []

    def on_submit(question, state):
        state = reply(engine, question, state)
        choices = [(c.label, str(i)) for i, c in enumerate(state.last)]
        return "", chat_value(state), state, gr.update(choices=choices, value=None)

    def on_message_click(state: ChatState, evt: gr.SelectData):
        i = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        cite = state.cites[i] if isinstance(i, int) and 0 <= i < len(state.cites) else None
        return show_article(engine, cite) if cite is not None else gr.update()

    def on_cite_pick(choice, state: ChatState):
        try:
            return show_article(engine, state.last[int(choice)])
        except (TypeError, ValueError, IndexError):
            return gr.update()

    def on_clear():
        return ChatState(), [], gr.update(choices=[], value=None), article_html(None, None)

    def refresh(progress) -> str:
        def step(done: int, total: int) -> None:
            if total > 0:
                progress((min(done, total), total), desc="Embedding articles", unit="bytes")
        try:
            return report_markdown(engine.refresh(progress=step))
        except (IndexProblem, OSError, ValueError) as exc:
            return f"**Rebuild failed:** {md(str(exc))}"
        except Exception:
            log.exception("rebuild failed")
            return "**Rebuild failed** (see the app's log). The previous index is still in use."

    def on_rebuild(progress=gr.Progress()):
        report = refresh(progress)
        return report, documents_markdown(documents())

    def on_upload(files, progress=gr.Progress()):
        lines = []
        for f in files or []:
            path = Path(f)
            try:
                saved = add_article(engine.seeds_dir, path.name, path.read_bytes())
                lines.append(f"- Saved {md(saved)}")
            except (ValueError, OSError) as exc:
                lines.append(f"- Not saved: {md(str(exc))}")
        report = refresh(progress) if any(x.startswith("- Saved") for x in lines) else ""
        return "\n".join(lines + ["", report]).strip(), documents_markdown(documents()), None

    # -- API (the same fields as ``qa.answer()`` / ``BuildReport``) -------------------------
    def ask(question: str, k: int = 5) -> dict:
        """Answer a question from the articles: the fields of qa.Answer."""
        return answer_dict(engine, question, k)

    def rebuild(full: bool = False) -> dict:
        """Bring the index up to date with seeds/ (incremental unless full): the fields of qa.BuildReport."""
        try:
            report = engine.refresh(full=bool(full))
            return {**dataclasses.asdict(report), "summary": report.summary(), "error": ""}
        except Exception as exc:   # the API reports, never raises
            log.exception("API rebuild failed")
            return {"error": str(exc) if isinstance(exc, (IndexProblem, OSError, ValueError)) else SORRY}

    def articles() -> list[dict]:
        """The indexed articles: source (file name under seeds/) and title."""
        return documents()

    def article(source: str) -> dict:
        """The text of an indexed article; refuses anything else (paths outside seeds/ included)."""
        known = {d["source"]: d for d in documents()}
        if source not in known:
            return {"source": str(source)[:300], "title": "", "text": "", "error": "not an indexed article"}
        try:
            text = engine.article_text(source)
        except (KeyError, IndexProblem) as exc:
            return {"source": source, "title": "", "text": "", "error": str(exc)}
        return {"source": source, "title": known[source]["title"], "text": text, "error": ""}

    docs = documents()
    placeholder = ("**Ask a question about the articles.** Answers are quoted from them, with the file and "
                   "place they come from." if docs else
                   "**No articles yet.** Put `.txt` articles in the seeds folder (or upload them under "
                   "*Articles and index*) and press **Rebuild index**.")
    with gr.Blocks(title="Ask the articles") as demo:
        state = gr.State(ChatState())
        gr.Markdown("## Ask the articles\nAnswers are quoted word for word from the articles, with citations. "
                    "Click an answer or a citation to read it in its article.")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", elem_id="qa-chat", height=520, buttons=["copy", "copy_all"],
                                     latex_delimiters=[], sanitize_html=True, allow_tags=False,
                                     placeholder=placeholder)
                question = gr.Textbox(show_label=False, elem_id="qa-question", max_lines=4,
                                      placeholder="Ask a question and press Enter")
                with gr.Row():
                    send = gr.Button("Ask", variant="primary", elem_id="qa-send", scale=0)
                    clear = gr.Button("New conversation", elem_id="qa-clear", scale=0)
                with gr.Column(visible=bool(docs)):
                    gr.Examples(EXAMPLES, inputs=[question], label="Questions that work on the shipped article")
            with gr.Column(scale=2):
                cites = gr.Radio(choices=[], label="Open a source", elem_id="qa-cites")
                panel = gr.HTML(article_html(None, None), elem_id="qa-article", js_on_load=None)
        with gr.Accordion("Articles and index", open=not docs, elem_id="qa-index"):
            docs_md = gr.Markdown(documents_markdown(docs), elem_id="qa-docs")
            rebuild_btn = gr.Button("Rebuild index", elem_id="qa-rebuild")
            report_md = gr.Markdown(elem_id="qa-report")
            upload = gr.File(label="Add .txt articles to the seeds folder", file_count="multiple",
                             file_types=[".txt"], elem_id="qa-upload")

        submitted = dict(fn=on_submit, inputs=[question, state], outputs=[question, chatbot, state, cites],
                         api_visibility="private")
        question.submit(**submitted)
        send.click(**submitted)
        clear.click(on_clear, None, [state, chatbot, cites, panel], api_visibility="private")
        chatbot.clear(on_clear, None, [state, chatbot, cites, panel], api_visibility="private")   # its trash icon
        chatbot.select(on_message_click, [state], [panel], api_visibility="private") \
            .then(None, js=SCROLL_JS, api_visibility="private")
        cites.select(on_cite_pick, [cites, state], [panel], api_visibility="private") \
            .then(None, js=SCROLL_JS, api_visibility="private")
        rebuild_btn.click(on_rebuild, None, [report_md, docs_md], api_visibility="private",
                          concurrency_id="rebuild")
        upload.upload(on_upload, [upload], [report_md, docs_md, upload], api_name="upload", concurrency_id="rebuild")
        demo.load(lambda: documents_markdown(documents()), None, [docs_md], api_visibility="private")
        gr.api(ask, api_name="ask")
        gr.api(rebuild, api_name="rebuild", concurrency_id="rebuild")
        gr.api(articles, api_name="articles")
        gr.api(article, api_name="article")
    return demo


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, block: bool = True):
    """Start serving ``demo`` (the queue on, no share link, uploads up to 5 MB)."""
    demo.queue(default_concurrency_limit=1)
    demo.launch(server_name=host, server_port=port, share=False, prevent_thread_lock=True, quiet=True,
                max_file_size="5mb", footer_links=["api", "settings"])
    return demo


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python app.py", description="Chat with the articles in a seeds folder.")
    ap.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s: this machine only)")
    ap.add_argument("--port", type=int, default=7860, help="port (default %(default)s)")
    ap.add_argument("--seeds", type=Path, default=None, help=f"articles folder (default: seeds/ or ${SEEDS_ENV})")
    ap.add_argument("--index", type=Path, default=None, help=f"index folder (default: index/ or ${INDEX_ENV})")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    print("Loading the model and bringing the index up to date ...", file=sys.stderr)
    try:
        engine = Engine(args.seeds, args.index)
    except (IndexProblem, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = engine.last_report
    if report is not None:
        print(f"index: {report.summary()}", file=sys.stderr)
        for w in report.warnings:
            print(f"warning: {w}", file=sys.stderr)
    try:
        demo = launch(build_app(engine), args.host, args.port)
    except OSError as exc:          # the port is taken, or the address is not this machine's
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
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
