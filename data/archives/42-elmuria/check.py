#!/usr/bin/env python3
"""Check the test set: every answer string must occur verbatim in the visible
text of its article file (and of each file in alt_files); all referenced files
must exist in seeds/ (and not inside a *_files/ folder); ids must be unique.

Visible text: HTML is parsed with html.parser (script/style/template/noscript
and <head> content other than <title> dropped), entities unescaped; soft
hyphens (U+00AD) removed; non-breaking spaces read as spaces; whitespace
collapsed.  Files are decoded by declared charset (HTML meta), UTF-16 by BOM,
UTF-8 otherwise, falling back to Latin-1.  .mhtml: the text/html part is taken
with the email package (quoted-printable decoded).
Usage: python3 check.py [-v]
"""
import email, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
VERBOSE = "-v" in sys.argv

class Text(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "article", "section", "header", "footer", "aside", "figure", "figcaption",
             "blockquote", "table", "ul", "ol", "nav", "main", "caption", "title"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.in_title = [], 0, False
    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append(" ")
    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append(" ")
    def handle_data(self, data):
        if self.in_title or not self.skip:
            self.out.append(data)

def sniff_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    return m.group(1).decode("ascii") if m else None

def decode(raw, declared=None):
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    for enc in [declared, "utf-8"]:
        if enc:
            try:
                return raw.decode(enc)
            except (UnicodeDecodeError, LookupError):
                pass
    return raw.decode("latin-1")

def html_text(src):
    p = Text()
    p.feed(src)
    p.close()
    return "".join(p.out)

def visible_text(path):
    raw = open(path, "rb").read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".mhtml", ".mht"):
        msg = email.message_from_bytes(raw)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                body = part.get_payload(decode=True)
                cs = part.get_content_charset() or sniff_charset(body)
                text = html_text(decode(body, cs))
                break
        else:
            raise ValueError("no text/html part")
    elif ext in (".html", ".htm"):
        text = html_text(decode(raw, sniff_charset(raw)))
    else:
        text = decode(raw)
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()

def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()

_cache = {}
def text_of(name):
    if name not in _cache:
        _cache[name] = visible_text(os.path.join(SEEDS, name))
    return _cache[name]

def load(fn):
    rows = []
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append(f"{fn}:{i}: bad JSON: {e}")
    return rows

errors, warnings = [], []
def check_file_ref(where, name):
    if not name or "/" in name or "\\" in name:
        errors.append(f"{where}: bad file name {name!r} (must be a top-level file in seeds/)")
        return False
    if re.search(r"_files$", os.path.dirname(name)):
        errors.append(f"{where}: {name} is inside a _files folder")
        return False
    if not os.path.isfile(os.path.join(SEEDS, name)):
        errors.append(f"{where}: file not found: {name}")
        return False
    return True

def check_answers(where, answers, files):
    """Every answer must occur in the article file; each alt file must
    contain at least one of the answers (papers word things differently)."""
    if not answers:
        errors.append(f"{where}: empty answers")
        return
    for a in answers:
        if len(a.split()) > 10:
            warnings.append(f"{where}: long answer ({len(a.split())} words): {a!r}")
    for i, fn in enumerate(files):
        if not (fn and os.path.isfile(os.path.join(SEEDS, fn))):
            continue
        found = [a for a in answers if norm(a) in text_of(fn)]
        if i == 0:
            for a in answers:
                if a not in found:
                    errors.append(f"{where}: answer {a!r} not found in {fn}")
        elif not found:
            errors.append(f"{where}: none of the answers {answers!r} found in alt file {fn}")

KINDS = {"who", "what", "when", "where", "how many", "how much", "why", "which", "other"}
ids = {}
def reg_id(rid, fn, prefix):
    if not isinstance(rid, str) or not rid.startswith(prefix):
        errors.append(f"{fn}: bad id {rid!r}")
    if rid in ids:
        errors.append(f"{fn}: duplicate id {rid} (also in {ids[rid]})")
    ids[rid] = fn

ans = load("answerable.jsonl")
for r in ans:
    w = f"answerable {r.get('id')}"
    reg_id(r.get("id"), "answerable.jsonl", "a-")
    if r.get("kind") not in KINDS:
        errors.append(f"{w}: bad kind {r.get('kind')!r}")
    if not r.get("question"):
        errors.append(f"{w}: no question")
    files = [r.get("article_file")] + list(r.get("alt_files", []))
    ok = [f for f in files if check_file_ref(w, f)]
    check_answers(w, r.get("answers", []), ok)

una = load("unanswerable.jsonl")
for r in una:
    w = f"unanswerable {r.get('id')}"
    reg_id(r.get("id"), "unanswerable.jsonl", "u-")
    check_file_ref(w, r.get("article_file"))
    if r.get("answers") != [] or r.get("is_impossible") is not True or not r.get("note"):
        errors.append(f"{w}: needs answers [], is_impossible true and a note")

off = load("offtopic.jsonl")
for r in off:
    w = f"offtopic {r.get('id')}"
    reg_id(r.get("id"), "offtopic.jsonl", "o-")
    if r.get("answers") != [] or r.get("is_impossible") is not True or r.get("group") not in ("general", "newsy", "dated"):
        errors.append(f"{w}: needs answers [], is_impossible true, group general|newsy|dated")

fol = load("followups.jsonl")
for r in fol:
    w = f"followups {r.get('id')}"
    reg_id(r.get("id"), "followups.jsonl", "c-")
    files = [r.get("article_file")] + list(r.get("alt_files", []))
    ok = [f for f in files if check_file_ref(w, f)]
    turns = r.get("turns", [])
    if len(turns) != 2:
        errors.append(f"{w}: expected 2 turns")
    for i, t in enumerate(turns, 1):
        check_answers(f"{w} turn {i}", t.get("answers", []), ok)
    if len(turns) == 2 and not turns[1].get("standalone"):
        errors.append(f"{w}: turn 2 lacks 'standalone'")

# every seed file must be readable; report counts
seed_files = sorted(f for f in os.listdir(SEEDS) if os.path.isfile(os.path.join(SEEDS, f)))
for f in seed_files:
    try:
        t = text_of(f)
        n = len(t.split())
        if VERBOSE:
            print(f"{f}: {n} words of visible text")
    except Exception as e:
        errors.append(f"seeds/{f}: cannot read: {e}")

for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(seed_files)} article files; {len(ans)} answerable, {len(una)} unanswerable, "
      f"{len(off)} off-topic, {len(fol)} follow-up conversations")
print("FAIL" if errors else "OK: all checks passed")
sys.exit(1 if errors else 0)
