#!/usr/bin/env python3
"""Check the test set: every answer span occurs verbatim in the visible text of its article,
every article_file / alt_files exists, ids are unique, fields are well formed.

Visible text:
  .html  parsed with html.parser; <head>, <script>, <style>, <template>, <noscript> content dropped;
         character references unescaped; block-level tags treated as line breaks; whitespace collapsed.
  .txt   raw text, whitespace collapsed.
  .md    raw text, whitespace collapsed; the span must ALSO occur once the markdown emphasis
         markers (*, _, `) are removed, so that it is found in the raw and in the rendered text.
Usage: python3 check.py [--dump FILE]   (--dump prints the visible text of one seed file)
"""
import html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
         "table", "thead", "tbody", "section", "article", "aside", "header", "footer", "nav", "main",
         "blockquote", "figure", "figcaption", "dt", "dd", "dl", "hr", "form", "button", "input", "body", "html"}
HIDDEN = {"head", "script", "style", "template", "noscript", "title"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_texts(path):
    """Return the list of text versions a span must occur in."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Visible()
        p.feed(raw)
        p.close()
        return [collapse(html.unescape("".join(p.parts)))]
    if path.endswith(".md"):
        return [collapse(raw), collapse(re.sub(r"[*_`]", "", raw))]
    return [collapse(raw)]


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    print(f"{name}:{n}: bad JSON: {e}")
                    rows.append({"id": f"BAD-{name}-{n}"})
    return rows


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print("\n---\n".join(visible_texts(os.path.join(SEEDS, sys.argv[2]))))
        return 0
    errors = []
    seeds = sorted(os.listdir(SEEDS))
    cache = {}

    def texts(f):
        if f not in cache:
            cache[f] = visible_texts(os.path.join(SEEDS, f))
        return cache[f]

    def occurs(span, f):
        return all(collapse(span) in t for t in texts(f))

    # word counts of articles
    for f in seeds:
        n = len(texts(f)[0].split())
        if n < 250:
            errors.append(f"seed {f}: only {n} visible words")

    ids = set()
    used = set()

    def check_id(r, prefix, src):
        i = r.get("id")
        if not i or not str(i).startswith(prefix):
            errors.append(f"{src}: bad id {i!r}")
        if i in ids:
            errors.append(f"{src}: duplicate id {i}")
        ids.add(i)

    def check_files(r, src):
        f = r.get("article_file")
        if f not in seeds:
            errors.append(f"{src} {r.get('id')}: article_file {f!r} missing")
            return False
        used.add(f)
        for a in r.get("alt_files", []):
            if a not in seeds:
                errors.append(f"{src} {r.get('id')}: alt file {a!r} missing")
            if a == f:
                errors.append(f"{src} {r.get('id')}: alt file equals article_file")
        return True

    def check_answers(qid, answers, f, alts, src):
        if not isinstance(answers, list) or not 1 <= len(answers) <= 3:
            errors.append(f"{src} {qid}: needs 1-3 answers, got {answers!r}")
            return
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                errors.append(f"{src} {qid}: empty answer")
                continue
            if len(a.split()) > 10:
                errors.append(f"{src} {qid}: answer longer than 10 words: {a!r}")
            if not occurs(a, f):
                errors.append(f"{src} {qid}: answer {a!r} not found verbatim in {f}")
        for alt in alts:
            if alt in seeds and not any(occurs(a, alt) for a in answers):
                errors.append(f"{src} {qid}: no answer found in alt file {alt}")

    kinds = {"who", "what", "when", "where", "how many", "how much", "why", "which", "other"}
    ans = load("answerable.jsonl")
    for r in ans:
        check_id(r, "a-", "answerable")
        if not r.get("question", "").strip():
            errors.append(f"answerable {r.get('id')}: no question")
        if r.get("kind") not in kinds:
            errors.append(f"answerable {r.get('id')}: bad kind {r.get('kind')!r}")
        if check_files(r, "answerable"):
            check_answers(r["id"], r.get("answers"), r["article_file"], r.get("alt_files", []), "answerable")

    un = load("unanswerable.jsonl")
    for r in un:
        check_id(r, "u-", "unanswerable")
        if r.get("answers") != [] or r.get("is_impossible") is not True or not r.get("note"):
            errors.append(f"unanswerable {r.get('id')}: needs answers [], is_impossible true and a note")
        check_files(r, "unanswerable")

    off = load("offtopic.jsonl")
    groups = {}
    for r in off:
        check_id(r, "o-", "offtopic")
        if r.get("answers") != [] or r.get("is_impossible") is not True:
            errors.append(f"offtopic {r.get('id')}: needs answers [] and is_impossible true")
        groups[r.get("group")] = groups.get(r.get("group"), 0) + 1
    for g in ("general", "newsy", "dated"):
        if groups.get(g, 0) != 10:
            errors.append(f"offtopic: group {g} has {groups.get(g, 0)} questions, expected 10")
    if set(groups) - {"general", "newsy", "dated"}:
        errors.append(f"offtopic: unknown groups {set(groups) - {'general', 'newsy', 'dated'}}")

    fu = load("followups.jsonl")
    for r in fu:
        check_id(r, "c-", "followups")
        if not check_files(r, "followups"):
            continue
        turns = r.get("turns", [])
        if len(turns) != 2:
            errors.append(f"followups {r.get('id')}: needs 2 turns")
            continue
        if not turns[1].get("standalone"):
            errors.append(f"followups {r.get('id')}: turn 2 lacks standalone")
        for t in turns:
            if not t.get("question"):
                errors.append(f"followups {r.get('id')}: turn without question")
            check_answers(r["id"], t.get("answers"), r["article_file"], r.get("alt_files", []), "followups")

    unused = [f for f in seeds if f not in used]
    if unused:
        errors.append(f"seeds with no question at all: {unused}")

    per_file = {}
    for r in ans:
        per_file[r.get("article_file")] = per_file.get(r.get("article_file"), 0) + 1
    forms = {}
    for f in seeds:
        ext = f.rsplit(".", 1)[-1]
        forms[ext] = forms.get(ext, 0) + 1
    print(f"seeds: {len(seeds)} {forms}")
    print(f"answerable: {len(ans)} (per article min {min(per_file.values()) if per_file else 0}, max {max(per_file.values()) if per_file else 0})")
    print(f"unanswerable: {len(un)}  offtopic: {len(off)} {groups}  followups: {len(fu)}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
