#!/usr/bin/env python3
"""Check the test set: every answer occurs verbatim in the visible text of its
article (an alternative may instead come from a file listed in alt_files, but
at least one answer must be in article_file, and every alt file must contain
one of the answers), every article_file / alt_files exists, ids are unique.

Usage: python3 check.py [--warn]   (--warn also lists answers found in other
files that are not named in alt_files, to help spot ambiguity)
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2",
                     "h3", "h4", "h5", "h6", "section", "article", "figcaption"):
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        else:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        p = Visible()
        p.feed(raw)
        p.close()
        return norm(" ".join(p.parts))
    return norm(raw)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                ERR.append(f"{name}:{i}: bad JSON: {e}")
    return rows


ERR, WARN = [], []
texts = {f: visible_text(os.path.join(SEEDS, f)) for f in sorted(os.listdir(SEEDS))}


def check_answers(rid, art, alts, answers, where):
    if art not in texts:
        ERR.append(f"{rid}: article_file {art!r} does not exist")
        return
    for a in alts:
        if a not in texts:
            ERR.append(f"{rid}: alt_file {a!r} does not exist")
        elif a == art:
            ERR.append(f"{rid}: alt_file repeats article_file")
    if not answers:
        ERR.append(f"{rid}{where}: no answers")
    elif not any(isinstance(x, str) and norm(x) in texts[art] for x in answers):
        ERR.append(f"{rid}{where}: none of the answers occurs in {art}")
    for ans in answers:
        if not isinstance(ans, str) or not ans.strip():
            ERR.append(f"{rid}{where}: empty answer")
            continue
        n = len(ans.split())
        if n > 10:
            WARN.append(f"{rid}{where}: answer longer than 10 words: {ans!r}")
        homes = [art] + [a for a in alts if a in texts]
        if not any(norm(ans) in texts[h] for h in homes):
            ERR.append(f"{rid}{where}: answer not in {art} (nor alt_files): {ans!r}")
        if "--warn" in sys.argv:
            others = [f for f, t in texts.items()
                      if f != art and f not in alts and norm(ans) in t]
            if others and len(ans) > 3:
                WARN.append(f"{rid}{where}: {ans!r} also in {others}")
    for a in alts:
        if a in texts and not any(norm(x) in texts[a] for x in answers):
            ERR.append(f"{rid}{where}: no answer string found in alt_file {a}")


ids = set()


def seen(rid):
    if rid in ids:
        ERR.append(f"duplicate id {rid}")
    ids.add(rid)


ans_rows = load("answerable.jsonl")
for r in ans_rows:
    seen(r.get("id"))
    for k in ("id", "question", "article_file", "answers", "alt_files", "kind"):
        if k not in r:
            ERR.append(f"{r.get('id')}: missing field {k}")
    if r.get("kind") not in {"who", "what", "when", "where", "how many", "how much", "why", "which", "other"}:
        ERR.append(f"{r.get('id')}: bad kind {r.get('kind')!r}")
    check_answers(r["id"], r["article_file"], r.get("alt_files", []), r["answers"], "")

un_rows = load("unanswerable.jsonl")
for r in un_rows:
    seen(r.get("id"))
    if r.get("answers") != [] or r.get("is_impossible") is not True:
        ERR.append(f"{r['id']}: must have answers [] and is_impossible true")
    if r.get("article_file") not in texts:
        ERR.append(f"{r['id']}: article_file {r.get('article_file')!r} does not exist")
    if not r.get("note"):
        ERR.append(f"{r['id']}: missing note")

off_rows = load("offtopic.jsonl")
groups = {}
for r in off_rows:
    seen(r.get("id"))
    if r.get("answers") != [] or r.get("is_impossible") is not True:
        ERR.append(f"{r['id']}: must have answers [] and is_impossible true")
    groups[r.get("group")] = groups.get(r.get("group"), 0) + 1
    if r.get("group") not in ("general", "newsy", "dated"):
        ERR.append(f"{r['id']}: bad group")

fu_rows = load("followups.jsonl")
for r in fu_rows:
    seen(r.get("id"))
    turns = r.get("turns", [])
    if len(turns) != 2:
        ERR.append(f"{r['id']}: needs exactly 2 turns")
        continue
    if not turns[1].get("standalone"):
        ERR.append(f"{r['id']}: turn 2 lacks standalone")
    for i, t in enumerate(turns, 1):
        check_answers(r["id"], r["article_file"], r.get("alt_files", []), t.get("answers", []), f" turn {i}")

# article lengths
for f, t in texts.items():
    n = len(t.split())
    if f.endswith(".html"):
        pass  # page chrome inflates counts; reported only
    if n < 250:
        WARN.append(f"{f}: only {n} visible words")

for w in WARN:
    print("WARN", w)
for e in ERR:
    print("ERROR", e)
print(f"articles={len(texts)} answerable={len(ans_rows)} unanswerable={len(un_rows)} "
      f"offtopic={len(off_rows)} {groups} followups={len(fu_rows)}")
print("FAIL" if ERR else "PASS")
sys.exit(1 if ERR else 0)
