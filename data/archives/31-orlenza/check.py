#!/usr/bin/env python3
"""Check the test set: every answer occurs verbatim in the visible text of its
article (and, where alt_files are given, at least one answer occurs in each alt
file); all referenced files exist; ids are unique and well-formed."""
import json, os, re, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")

class Visible(HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        elif tag in ("p", "div", "li", "tr", "td", "th", "br", "h1", "h2", "h3", "figcaption", "time", "section", "article"):
            self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip: self.skip -= 1
        else: self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()

_cache = {}
def visible_text(fname):
    if fname in _cache: return _cache[fname]
    raw = open(os.path.join(SEEDS, fname), encoding="utf-8").read()
    if fname.endswith((".html", ".htm")):
        p = Visible(); p.feed(raw); p.close(); t = "".join(p.parts)
    elif fname.endswith(".md"):
        t = re.sub(r"[*_`]", "", raw)          # drop emphasis markers
        t = re.sub(r"^#+\s*", "", t, flags=re.M)
    else:
        t = raw
    _cache[fname] = norm(t)
    return _cache[fname]

errors, warnings = [], []
def err(m): errors.append(m)

def load(name):
    path = os.path.join(HERE, name); rows = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line: continue
        try: rows.append(json.loads(line))
        except Exception as e: err("%s:%d bad JSON: %s" % (name, i, e))
    return rows

seen = set()
def check_id(r, prefix, name):
    i = r.get("id")
    if not i or not re.fullmatch(prefix + r"-\d{3}", i): err("%s: bad id %r" % (name, i))
    if i in seen: err("%s: duplicate id %s" % (name, i))
    seen.add(i)

def check_files(r, name):
    ok = True
    for f in [r.get("article_file")] + list(r.get("alt_files", [])):
        if f is None: continue
        if not os.path.exists(os.path.join(SEEDS, f)):
            err("%s %s: missing file %s" % (name, r.get("id"), f)); ok = False
    return ok

def check_answers(rid, answers, art, alts, name):
    if not answers: err("%s %s: no answers" % (name, rid)); return
    text = visible_text(art)
    for a in answers:
        if not a.strip(): err("%s %s: empty answer" % (name, rid)); continue
        if len(a.split()) > 10: warnings.append("%s %s: long answer (%d words): %s" % (name, rid, len(a.split()), a))
        if norm(a) not in text:
            err("%s %s: answer %r not found in %s" % (name, rid, a, art))
    for alt in alts:
        if not any(norm(a) in visible_text(alt) for a in answers):
            err("%s %s: no answer found in alt file %s" % (name, rid, alt))

ans = load("answerable.jsonl")
for r in ans:
    check_id(r, "a", "answerable")
    for k in ("question", "article_file", "answers", "alt_files", "kind"):
        if k not in r: err("answerable %s: missing %s" % (r.get("id"), k))
    if check_files(r, "answerable"):
        check_answers(r["id"], r["answers"], r["article_file"], r.get("alt_files", []), "answerable")

un = load("unanswerable.jsonl")
for r in un:
    check_id(r, "u", "unanswerable")
    if r.get("answers") != [] or r.get("is_impossible") is not True: err("unanswerable %s: answers must be [] and is_impossible true" % r.get("id"))
    if not r.get("note"): err("unanswerable %s: missing note" % r.get("id"))
    check_files(r, "unanswerable")

off = load("offtopic.jsonl")
groups = {}
for r in off:
    check_id(r, "o", "offtopic")
    if r.get("answers") != [] or r.get("is_impossible") is not True: err("offtopic %s: answers must be [] and is_impossible true" % r.get("id"))
    groups[r.get("group")] = groups.get(r.get("group"), 0) + 1
for g in ("general", "newsy", "dated"):
    if groups.get(g, 0) != 10: err("offtopic: group %s has %d questions, expected 10" % (g, groups.get(g, 0)))

fu = load("followups.jsonl")
for r in fu:
    check_id(r, "c", "followups")
    t = r.get("turns", [])
    if len(t) != 2: err("followups %s: expected 2 turns" % r.get("id")); continue
    if not t[1].get("standalone"): err("followups %s: second turn lacks standalone" % r.get("id"))
    if check_files(r, "followups"):
        for j, turn in enumerate(t):
            check_answers("%s/t%d" % (r["id"], j + 1), turn.get("answers", []), r["article_file"], r.get("alt_files", []) if j == 1 else [], "followups")

n_files = len([f for f in os.listdir(SEEDS) if not f.startswith(".")])
print("articles: %d | answerable: %d | unanswerable: %d | offtopic: %d | followups: %d" % (n_files, len(ans), len(un), len(off), len(fu)))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("FAILED with %d errors" % len(errors) if errors else "OK - all checks passed")
sys.exit(1 if errors else 0)
