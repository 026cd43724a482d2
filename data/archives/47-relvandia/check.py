#!/usr/bin/env python3
"""Validate the test set: every answer span occurs verbatim in the visible text of its
article file; files exist (never inside a *_files/ folder); ids unique; field shapes.
Usage: python3 check.py   (run from anywhere; paths are relative to this file)"""
import email, html, json, os, re, sys
from email import policy
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(ROOT, "seeds")
SKIP = {"script", "style", "noscript", "template", "head", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "section", "article",
         "header", "footer", "aside", "nav", "figure", "figcaption", "caption", "table", "ul", "ol", "main", "blockquote", "hr", "time"}

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID: self.skip += 1
        if tag in BLOCK: self.out.append(" ")
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in SKIP and self.skip: self.skip -= 1
        if tag in BLOCK: self.out.append(" ")
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()

def decode_bytes(b, declared=None):
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        return b.decode("utf-16")
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    if declared:
        return b.decode(declared)
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("latin-1")   # the one Latin-1 plain-text file

def html_charset(b):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', b[:4096], re.I)
    return m.group(1).decode("ascii") if m else None

def html_text(s):
    p = Text(); p.feed(s); p.close()
    return "".join(p.out)

_cache = {}
def visible_text(fn):
    if fn in _cache: return _cache[fn]
    path = os.path.join(SEEDS, fn)
    b = open(path, "rb").read()
    ext = fn.rsplit(".", 1)[-1].lower()
    if ext == "mhtml":
        msg = email.message_from_bytes(b, policy=policy.default)
        part = next(p for p in msg.walk() if p.get_content_type() == "text/html")
        raw = part.get_payload(decode=True)          # undoes quoted-printable
        txt = html_text(decode_bytes(raw, part.get_content_charset() or html_charset(raw)))
    elif ext in ("html", "htm"):
        txt = html_text(decode_bytes(b, html_charset(b)))
    else:
        txt = decode_bytes(b)
    _cache[fn] = norm(txt)
    return _cache[fn]

errors = []
def err(msg): errors.append(msg)

def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try: rows.append(json.loads(line))
                except json.JSONDecodeError as e: err(f"{name}:{i}: bad JSON: {e}")
    return rows

def check_file(fn, where):
    if not fn or not isinstance(fn, str):
        err(f"{where}: missing file name"); return False
    if re.search(r"_files(/|\\)", fn) or "/" in fn:
        err(f"{where}: {fn} is not a top-level seed file"); return False
    if not os.path.isfile(os.path.join(SEEDS, fn)):
        err(f"{where}: {fn} does not exist"); return False
    return True

def check_answers(answers, fn, alts, where):
    if not isinstance(answers, list) or not (1 <= len(answers) <= 3):
        err(f"{where}: needs 1-3 answers, has {answers!r}"); return
    text = visible_text(fn)
    for a in answers:
        n = len(a.split())
        if not (1 <= n <= 10): err(f"{where}: answer {a!r} has {n} words")
        if norm(a) not in text: err(f"{where}: answer {a!r} not found in {fn}")
    for alt in alts:
        if check_file(alt, where) and not any(norm(a) in visible_text(alt) for a in answers):
            err(f"{where}: no answer found in alt file {alt}")

ids = set()
def new_id(i, where, prefix):
    if not isinstance(i, str) or not i.startswith(prefix): err(f"{where}: bad id {i!r}")
    if i in ids: err(f"{where}: duplicate id {i}")
    ids.add(i)

KINDS = {"who", "what", "when", "where", "how many", "how much", "why", "which", "other"}
ans = load("answerable.jsonl")
for r in ans:
    w = f"answerable {r.get('id')}"
    new_id(r.get("id"), w, "a-")
    if not r.get("question", "").strip(): err(f"{w}: empty question")
    if r.get("kind") not in KINDS: err(f"{w}: bad kind {r.get('kind')!r}")
    alts = r.get("alt_files", [])
    if check_file(r.get("article_file"), w):
        check_answers(r.get("answers"), r["article_file"], alts, w)

un = load("unanswerable.jsonl")
for r in un:
    w = f"unanswerable {r.get('id')}"
    new_id(r.get("id"), w, "u-")
    if r.get("answers") != [] or r.get("is_impossible") is not True: err(f"{w}: must have answers [] and is_impossible true")
    if not r.get("note"): err(f"{w}: missing note")
    check_file(r.get("article_file"), w)

off = load("offtopic.jsonl")
groups = {}
for r in off:
    w = f"offtopic {r.get('id')}"
    new_id(r.get("id"), w, "o-")
    if r.get("answers") != [] or r.get("is_impossible") is not True: err(f"{w}: must have answers [] and is_impossible true")
    groups[r.get("group")] = groups.get(r.get("group"), 0) + 1
if groups != {"general": 10, "newsy": 10, "dated": 10}: err(f"offtopic groups wrong: {groups}")

fu = load("followups.jsonl")
for r in fu:
    w = f"followup {r.get('id')}"
    new_id(r.get("id"), w, "c-")
    t = r.get("turns", [])
    if len(t) != 2: err(f"{w}: needs 2 turns"); continue
    if not t[1].get("standalone"): err(f"{w}: turn 2 lacks standalone")
    if check_file(r.get("article_file"), w):
        for k, turn in enumerate(t, 1):
            check_answers(turn.get("answers"), r["article_file"], r.get("alt_files", []), f"{w} turn {k}")

seeds = sorted(f for f in os.listdir(SEEDS) if os.path.isfile(os.path.join(SEEDS, f)))
used = {r.get("article_file") for r in ans}
for f in seeds:
    if f not in used: err(f"seed {f} has no answerable questions")

print(f"seeds: {len(seeds)} files; answerable {len(ans)}, unanswerable {len(un)}, offtopic {len(off)}, followups {len(fu)}")
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
