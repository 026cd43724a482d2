#!/usr/bin/env python3
"""Check the news-archive test set in this folder.

- every article_file / alt_files exists under seeds/
- every answer string occurs verbatim in the visible text of its article file
  (HTML: tags stripped with html.parser, entities unescaped, script/style/head skipped;
   whitespace collapsed; each file decoded by its declared charset)
- for alt_files, at least one answer occurs in each alt file
- ids unique across all jsonl files; required fields present
Warnings (not failures) list answer spans that also occur in files not named in alt_files.
"""
import json, os, re, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
SKIP = {"script", "style", "noscript", "template", "head"}
BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
         "aside", "header", "footer", "nav", "figcaption", "figure", "caption", "ul", "ol", "table", "time",
         "thead", "tbody", "tfoot", "main", "blockquote", "dd", "dt", "title"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    if not m:
        return "utf-8"
    cs = m.group(1).decode("ascii").lower()
    return "cp1252" if cs in ("windows-1252", "cp1252", "iso-8859-1", "latin-1") else cs


_cache = {}


def visible_text(fn):
    if fn in _cache:
        return _cache[fn]
    raw = open(os.path.join(SEEDS, fn), "rb").read()
    if fn.lower().endswith((".html", ".htm")):
        p = Visible()
        p.feed(raw.decode(declared_charset(raw)))
        p.close()
        text = "".join(p.parts)
    else:
        text = raw.decode("utf-8")
    _cache[fn] = norm(html.unescape(text)) if not fn.endswith((".html", ".htm")) else norm(text)
    return _cache[fn]


def load(name):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                rows.append((ln, json.loads(line)))
    return rows


def main():
    errors, warnings = [], []
    files = sorted(os.listdir(SEEDS))
    ids = {}

    def see_id(r, src):
        i = r.get("id")
        if not i:
            errors.append(f"{src}: missing id")
        elif i in ids:
            errors.append(f"{src}: duplicate id {i} (also in {ids[i]})")
        else:
            ids[i] = src

    def check_file(fn, src):
        if not fn or not os.path.isfile(os.path.join(SEEDS, fn)):
            errors.append(f"{src}: file not found: {fn!r}")
            return False
        return True

    def check_answers(r, answers, src, alt):
        fn = r["article_file"]
        if not check_file(fn, src):
            return
        if not answers:
            errors.append(f"{src}: no answers")
        txt = visible_text(fn)
        for a in answers:
            if norm(a) not in txt:
                errors.append(f"{src}: answer not in {fn}: {a!r}")
        for af in alt:
            if check_file(af, src + " alt") and not any(norm(a) in visible_text(af) for a in answers):
                errors.append(f"{src}: no answer found in alt file {af}")
        # ambiguity hints
        for a in answers:
            na = norm(a)
            if len(na) < 6:
                continue
            others = [f for f in files if f != fn and f not in alt and na in visible_text(f)]
            if others:
                warnings.append(f"{src}: {a!r} also occurs in {', '.join(others)}")

    for ln, r in load("answerable.jsonl"):
        src = f"answerable.jsonl:{ln}"
        see_id(r, src)
        for k in ("question", "article_file", "answers", "alt_files", "kind"):
            if k not in r:
                errors.append(f"{src}: missing {k}")
        if r.get("kind") not in {"who", "what", "when", "where", "how many", "how much", "why", "which", "other"}:
            errors.append(f"{src}: bad kind {r.get('kind')!r}")
        if not 1 <= len(r.get("answers", [])) <= 3:
            errors.append(f"{src}: needs 1-3 answers")
        for a in r.get("answers", []):
            if len(a.split()) > 10:
                warnings.append(f"{src}: answer longer than 10 words: {a!r}")
        check_answers(r, r.get("answers", []), src, r.get("alt_files", []))

    for name, prefix in (("unanswerable.jsonl", "u-"), ("offtopic.jsonl", "o-")):
        for ln, r in load(name):
            src = f"{name}:{ln}"
            see_id(r, src)
            if not r.get("id", "").startswith(prefix):
                errors.append(f"{src}: id should start with {prefix}")
            if r.get("answers") != [] or r.get("is_impossible") is not True:
                errors.append(f"{src}: must have answers [] and is_impossible true")
            if name == "unanswerable.jsonl":
                check_file(r.get("article_file"), src)
                for af in r.get("alt_files", []):
                    check_file(af, src + " alt")
                if not r.get("note"):
                    errors.append(f"{src}: missing note")
            else:
                if r.get("group") not in ("general", "newsy", "dated"):
                    errors.append(f"{src}: bad group")

    for ln, r in load("followups.jsonl"):
        src = f"followups.jsonl:{ln}"
        see_id(r, src)
        turns = r.get("turns", [])
        if len(turns) != 2:
            errors.append(f"{src}: needs 2 turns")
            continue
        if not turns[1].get("standalone"):
            errors.append(f"{src}: turn 2 lacks standalone")
        for t in turns:
            check_answers(r, t.get("answers", []), src, r.get("alt_files", []))

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    counts = {n: len(load(n)) for n in ("answerable.jsonl", "unanswerable.jsonl", "offtopic.jsonl", "followups.jsonl")}
    print(f"{len(files)} article files; " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    print("PASS" if not errors else "FAIL")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
