#!/usr/bin/env python3
"""Checks the test set in this folder.

- every article_file / alt_files exists under seeds/
- every answer string occurs verbatim in the visible text of its article file
  (HTML: tags stripped with html.parser, <head>/<script>/<style> skipped, entities unescaped;
   Markdown: emphasis asterisks removed; all: whitespace collapsed)
- at least one listed answer occurs in each alt file
- ids unique across all jsonl files; unanswerable/offtopic have empty answers and is_impossible
Prints warnings (not failures) when an answer span also appears in another file that is not listed.
Exit status 0 when everything passes.
"""
import html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
         "header", "footer", "aside", "nav", "figure", "figcaption", "table", "ul", "ol", "main", "span", "time",
         "small", "b", "strong", "em", "i", "a", "thead", "tbody", "button"}
INLINE = {"span", "time", "small", "b", "strong", "em", "i", "a"}
SKIP = {"script", "style", "head", "noscript", "template"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK and tag not in INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK and tag not in INLINE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    s = html.unescape(s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


_cache = {}


def visible(fname):
    if fname in _cache:
        return _cache[fname]
    raw = open(os.path.join(SEEDS, fname), encoding="utf-8").read()
    if fname.endswith((".html", ".htm")):
        p = Text()
        p.feed(raw)
        p.close()
        txt = "".join(p.parts)
    elif fname.endswith(".md"):
        txt = raw.replace("**", "").replace("*", "")
    else:
        txt = raw
    _cache[fname] = norm(txt)
    return _cache[fname]


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    ERR.append(f"{name}:{i}: bad JSON: {e}")
    return rows


ERR, WARN = [], []
ids = set()
files = sorted(os.listdir(SEEDS))


def chk_id(r, src):
    i = r.get("id")
    if not i:
        ERR.append(f"{src}: missing id")
    elif i in ids:
        ERR.append(f"{src}: duplicate id {i}")
    ids.add(i)


def chk_file(f, src):
    if not f or not os.path.exists(os.path.join(SEEDS, f)):
        ERR.append(f"{src}: missing file {f!r}")
        return False
    return True


def chk_answers(r, answers, src):
    art = r.get("article_file")
    alts = r.get("alt_files", []) or []
    if not answers:
        ERR.append(f"{src}: no answers")
    ok = chk_file(art, src)
    for a in alts:
        chk_file(a, src)
    if not ok:
        return
    for a in answers:
        if not isinstance(a, str) or not a.strip():
            ERR.append(f"{src}: empty answer")
            continue
        if norm(a) not in visible(art):
            ERR.append(f"{src}: answer {a!r} not in {art}")
    for alt in alts:
        if os.path.exists(os.path.join(SEEDS, alt)) and not any(norm(a) in visible(alt) for a in answers if isinstance(a, str)):
            ERR.append(f"{src}: no answer occurs in alt file {alt}")
    # warn about the first answer occurring in unlisted files
    a0 = norm(answers[0]) if answers else ""
    if len(a0) >= 4:
        others = [f for f in files if f != art and f not in alts and a0 in visible(f)]
        if others:
            WARN.append(f"{src}: answer {answers[0]!r} also in {others}")


for r in load("answerable.jsonl"):
    src = f"answerable {r.get('id')}"
    chk_id(r, src)
    for k in ("question", "article_file", "answers", "kind"):
        if k not in r:
            ERR.append(f"{src}: missing {k}")
    chk_answers(r, r.get("answers", []), src)

for r in load("unanswerable.jsonl"):
    src = f"unanswerable {r.get('id')}"
    chk_id(r, src)
    if r.get("answers") != [] or r.get("is_impossible") is not True:
        ERR.append(f"{src}: must have empty answers and is_impossible true")
    chk_file(r.get("article_file"), src)
    if not r.get("note"):
        ERR.append(f"{src}: missing note")

for r in load("offtopic.jsonl"):
    src = f"offtopic {r.get('id')}"
    chk_id(r, src)
    if r.get("answers") != [] or r.get("is_impossible") is not True:
        ERR.append(f"{src}: must have empty answers and is_impossible true")
    if r.get("group") not in ("general", "newsy", "dated"):
        ERR.append(f"{src}: bad group")

for r in load("followups.jsonl"):
    src = f"followup {r.get('id')}"
    chk_id(r, src)
    turns = r.get("turns", [])
    if len(turns) != 2:
        ERR.append(f"{src}: needs 2 turns")
    for j, t in enumerate(turns):
        chk_answers(r, t.get("answers", []), f"{src} turn {j+1}")
    if len(turns) == 2 and not turns[1].get("standalone"):
        ERR.append(f"{src}: turn 2 lacks standalone")

for w in WARN:
    print("WARN", w)
for e in ERR:
    print("FAIL", e)
print(f"{len(ids)} ids checked, {len(ERR)} failures, {len(WARN)} warnings")
sys.exit(1 if ERR else 0)
