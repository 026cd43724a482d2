#!/usr/bin/env python3
"""Check the test set: every answer occurs verbatim in the visible text of its
article file (or one of its alt_files), every file exists, ids are unique.

Usage: python3 check.py [--warn-elsewhere]
  --warn-elsewhere  also list answers that occur in other articles not named
                    in alt_files (a hint for ambiguity review; not an error).
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")


class Visible(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4",
             "h5", "h6", "section", "article", "aside", "header", "footer",
             "nav", "figure", "figcaption", "table", "caption", "ul", "ol",
             "main", "blockquote", "dl", "dt", "dd"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


_cache = {}


def visible_text(name):
    if name in _cache:
        return _cache[name]
    path = os.path.join(SEEDS, name)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if name.endswith((".html", ".htm")):
        p = Visible()
        p.feed(raw)
        p.close()
        text = html.unescape("".join(p.parts))
    else:
        text = raw
    _cache[name] = norm(text)
    return _cache[name]


def load(fname):
    rows = []
    path = os.path.join(HERE, fname)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"{fname}:{n}: bad JSON: {e}")
    return rows


errors = []
warnings = []
seen_ids = set()
seed_files = sorted(os.listdir(SEEDS))
warn_elsewhere = "--warn-elsewhere" in sys.argv


def check_file_ref(where, name):
    if not name or not os.path.isfile(os.path.join(SEEDS, name)):
        errors.append(f"{where}: file not found: {name!r}")
        return False
    return True


def check_answers(where, answers, files):
    if not isinstance(answers, list) or not answers:
        errors.append(f"{where}: answers must be a non-empty list")
        return
    for a in answers:
        if not isinstance(a, str) or not a.strip():
            errors.append(f"{where}: empty answer")
            continue
        words = len(a.split())
        if words > 10:
            warnings.append(f"{where}: answer longer than 10 words: {a!r}")
        na = norm(a)
        # each answer must occur in the article or in one of its alt_files
        if not any(na in visible_text(f) for f in files):
            errors.append(f"{where}: answer {a!r} not found in {files}")
        if warn_elsewhere:
            others = [s for s in seed_files if s not in files and na in visible_text(s)]
            if others:
                warnings.append(f"{where}: {a!r} also occurs in {others}")
    if not any(norm(a) in visible_text(files[0]) for a in answers if isinstance(a, str)):
        errors.append(f"{where}: no answer found in article {files[0]}")
    for alt in files[1:]:
        if not any(norm(a) in visible_text(alt) for a in answers if isinstance(a, str)):
            errors.append(f"{where}: no answer found in alt file {alt}")


def check_id(where, rid, prefix):
    if not isinstance(rid, str) or not rid.startswith(prefix):
        errors.append(f"{where}: bad id {rid!r} (want prefix {prefix})")
    if rid in seen_ids:
        errors.append(f"{where}: duplicate id {rid!r}")
    seen_ids.add(rid)


counts = {}

# answerable
rows = load("answerable.jsonl")
counts["answerable"] = len(rows)
for n, r in rows:
    where = f"answerable.jsonl:{n} ({r.get('id')})"
    check_id(where, r.get("id"), "a-")
    if not r.get("question", "").strip():
        errors.append(f"{where}: empty question")
    files = [r.get("article_file")] + list(r.get("alt_files", []))
    if all(check_file_ref(where, f) for f in files):
        check_answers(where, r.get("answers"), files)
    if r.get("kind") not in {"who", "what", "when", "where", "how many", "how much", "why", "which", "other"}:
        errors.append(f"{where}: bad kind {r.get('kind')!r}")

# unanswerable
rows = load("unanswerable.jsonl")
counts["unanswerable"] = len(rows)
for n, r in rows:
    where = f"unanswerable.jsonl:{n} ({r.get('id')})"
    check_id(where, r.get("id"), "u-")
    check_file_ref(where, r.get("article_file"))
    for alt in r.get("alt_files", []):
        check_file_ref(where, alt)
    if r.get("answers") != [] or r.get("is_impossible") is not True:
        errors.append(f"{where}: must have answers [] and is_impossible true")
    if not r.get("note"):
        errors.append(f"{where}: missing note")

# offtopic
rows = load("offtopic.jsonl")
counts["offtopic"] = len(rows)
groups = {}
for n, r in rows:
    where = f"offtopic.jsonl:{n} ({r.get('id')})"
    check_id(where, r.get("id"), "o-")
    if r.get("answers") != [] or r.get("is_impossible") is not True:
        errors.append(f"{where}: must have answers [] and is_impossible true")
    g = r.get("group")
    if g not in {"general", "newsy", "dated"}:
        errors.append(f"{where}: bad group {g!r}")
    groups[g] = groups.get(g, 0) + 1

# followups
rows = load("followups.jsonl")
counts["followups"] = len(rows)
for n, r in rows:
    where = f"followups.jsonl:{n} ({r.get('id')})"
    check_id(where, r.get("id"), "c-")
    files = [r.get("article_file")] + list(r.get("alt_files", []))
    if not all(check_file_ref(where, f) for f in files):
        continue
    turns = r.get("turns", [])
    if len(turns) != 2:
        errors.append(f"{where}: need exactly 2 turns")
        continue
    if not turns[1].get("standalone"):
        errors.append(f"{where}: turn 2 missing standalone")
    for i, t in enumerate(turns, 1):
        check_answers(f"{where} turn {i}", t.get("answers"), files)

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print("counts:", counts, "offtopic groups:", groups, "articles:", len(seed_files))
print("FAILED" if errors else "OK: all checks passed")
sys.exit(1 if errors else 0)
