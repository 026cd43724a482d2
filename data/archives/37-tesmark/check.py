#!/usr/bin/env python3
"""Check the question sets against the seed articles.

- every answer string occurs verbatim in the visible text of its article file
  (HTML: tags stripped with html.parser, script/style/head skipped, entities unescaped;
  whitespace collapsed everywhere)
- every article_file / alt_files exists
- ids unique across all files; required fields present
"""
import json, os, re, sys, html
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(OUT, "seeds")

class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "section",
             "article", "header", "footer", "nav", "aside", "figcaption", "caption", "ul", "ol", "table", "main", "figure"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        elif tag in self.BLOCK: self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK: self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

_cache = {}
def visible_text(fname):
    if fname not in _cache:
        raw = open(os.path.join(SEEDS, fname), encoding="utf-8").read()
        if fname.endswith((".html", ".htm")):
            p = Visible(); p.feed(raw); p.close()
            txt = "".join(p.parts)
        else:
            txt = raw
        _cache[fname] = norm(html.unescape(txt))
    return _cache[fname]

def load(name):
    path = os.path.join(OUT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try: rows.append(json.loads(line))
                except json.JSONDecodeError as e: errors.append(f"{name}:{n}: bad JSON: {e}")
    return rows

errors, ids = [], {}
def check_id(r, name):
    i = r.get("id")
    if not i: errors.append(f"{name}: row without id: {r}")
    elif i in ids: errors.append(f"{name}: duplicate id {i} (also in {ids[i]})")
    else: ids[i] = name

def check_file(f, where):
    if not f or not os.path.isfile(os.path.join(SEEDS, f)):
        errors.append(f"{where}: missing file {f!r}"); return False
    return True

def check_answers(answers, files, where):
    if not answers: errors.append(f"{where}: no answers"); return
    for a in answers:
        if not (1 <= len(a.split()) <= 10): errors.append(f"{where}: answer length {len(a.split())} words: {a!r}")
        if norm(a) not in visible_text(files[0]):
            errors.append(f"{where}: answer not in {files[0]}: {a!r}")
    # alt files must contain at least one of the answers
    for f in files[1:]:
        if not any(norm(a) in visible_text(f) for a in answers):
            errors.append(f"{where}: alt file {f} contains none of the answers")

counts = {}
ans = load("answerable.jsonl"); counts["answerable"] = len(ans)
for r in ans:
    check_id(r, "answerable")
    for k in ("question", "article_file", "answers", "alt_files", "kind"):
        if k not in r: errors.append(f"{r.get('id')}: missing field {k}")
    files = [r.get("article_file")] + list(r.get("alt_files", []))
    if all(check_file(f, r.get("id")) for f in files):
        check_answers(r.get("answers", []), files, r.get("id"))

una = load("unanswerable.jsonl"); counts["unanswerable"] = len(una)
for r in una:
    check_id(r, "unanswerable")
    check_file(r.get("article_file"), r.get("id"))
    if r.get("answers") != [] or r.get("is_impossible") is not True or not r.get("note"):
        errors.append(f"{r.get('id')}: unanswerable row needs answers [], is_impossible true, note")

off = load("offtopic.jsonl"); counts["offtopic"] = len(off)
for r in off:
    check_id(r, "offtopic")
    if r.get("answers") != [] or r.get("is_impossible") is not True or r.get("group") not in ("general", "newsy", "dated"):
        errors.append(f"{r.get('id')}: offtopic row malformed")

fu = load("followups.jsonl"); counts["followups"] = len(fu)
for r in fu:
    check_id(r, "followups")
    files = [r.get("article_file")] + list(r.get("alt_files", []))
    if not all(check_file(f, r.get("id")) for f in files): continue
    turns = r.get("turns", [])
    if len(turns) != 2: errors.append(f"{r.get('id')}: needs 2 turns"); continue
    if "standalone" not in turns[1]: errors.append(f"{r.get('id')}: turn 2 lacks standalone")
    for t, turn in enumerate(turns, 1):
        check_answers(turn.get("answers", []), files, f"{r.get('id')} turn {t}")

seeds = sorted(os.listdir(SEEDS))
forms = {}
for s in seeds: forms[s.rsplit(".", 1)[1]] = forms.get(s.rsplit(".", 1)[1], 0) + 1
for e in errors: print("ERROR", e)
print(f"seeds: {len(seeds)} {forms}")
print("counts:", counts)
print("FAIL" if errors else "OK - all checks passed", f"({len(errors)} errors)")
sys.exit(1 if errors else 0)
