#!/usr/bin/env python3
"""Checker for the Vescara test archive (standard library only).

Usage: python3 check.py [--ambig]
"""
import email
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
KINDS = {"who", "what", "which", "when", "where", "how much", "how many",
         "how long", "how old", "why"}
GROUPS = {"general", "newsy", "dated"}
SKIP = {"script", "style", "head", "noscript", "template", "svg", "title"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "td", "th", "tr", "table",
         "thead", "tbody", "tfoot", "caption", "h1", "h2", "h3", "h4", "h5",
         "h6", "section", "article", "header", "footer", "nav", "aside",
         "main", "figure", "figcaption", "blockquote", "pre", "hr", "dl",
         "dt", "dd", "form", "button", "label", "option", "select", "body",
         "html", "address", "time", "iframe", "img", "input", "textarea"}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col",
        "embed", "source", "track", "wbr", "param"}
ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
             "\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\f\v"


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def strip_html(text):
    p = Visible()
    p.feed(text)
    p.close()
    return "".join(p.out)


def declared_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r'<meta[^>]+charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', head, re.I)
    return m.group(1) if m else None


def decode(raw, charset=None):
    boms = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
            (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
            (b"\xfe\xff", "utf-16")]
    for bom, enc in boms:
        if raw.startswith(bom):
            return raw.decode(enc)
    for enc in (charset, declared_charset(raw)):
        if enc:
            try:
                return raw.decode(enc)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def normalise(text):
    text = text.replace("\u00ad", "")
    for ch in ODD_SPACES:
        text = text.replace(ch, " ")
    return re.sub(r"\s+", " ", text).strip()


def visible_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".mhtml", ".mht"):
        msg = email.message_from_bytes(raw)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                text = decode(payload, part.get_content_charset())
                return normalise(strip_html(text))
        raise ValueError("no text/html part in " + path)
    text = decode(raw)
    if ext in (".html", ".htm", ".md"):
        text = strip_html(text)  # Markdown may hold raw HTML blocks
    return normalise(text)


def load_jsonl(name, errors):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        errors.append("missing " + name)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append("%s:%d bad JSON: %s" % (name, n, exc))
    return rows


def main():
    ambig = "--ambig" in sys.argv
    errors, warnings = [], []
    articles = sorted(f for f in os.listdir(SEEDS)
                      if os.path.isfile(os.path.join(SEEDS, f)))
    for f in os.listdir(SEEDS):
        full = os.path.join(SEEDS, f)
        if os.path.isdir(full) and not f.endswith("_files"):
            errors.append("unexpected folder in seeds: " + f)
        if os.path.isdir(full) and f.endswith("_files"):
            stem = f[:-len("_files")]
            if not any(os.path.splitext(a)[0] == stem for a in articles):
                errors.append("%s has no matching page" % f)
    texts = {}
    for a in articles:
        try:
            texts[a] = visible_text(os.path.join(SEEDS, a))
        except Exception as exc:  # noqa
            errors.append("cannot read %s: %s" % (a, exc))
    used = {a: 0 for a in articles}

    def check_file(fname, qid):
        if not isinstance(fname, str) or "/" in fname or fname not in texts:
            errors.append("%s: article file %r not in seeds/" % (qid, fname))
            return False
        return True

    def check_answers(qid, files, answers):
        for ans in answers:
            if not isinstance(ans, str) or not ans.strip():
                errors.append("%s: empty answer" % qid)
                continue
            norm = normalise(ans)
            for f in files:
                if f in texts and norm not in texts[f]:
                    errors.append("%s: answer %r not found in %s" % (qid, ans, f))

    counts = {}
    for name, prefix in (("answerable.jsonl", "a-"), ("unanswerable.jsonl", "u-"),
                         ("offtopic.jsonl", "o-"), ("followups.jsonl", "c-")):
        rows = load_jsonl(name, errors)
        counts[name] = len(rows)
        seen = set()
        for r in rows:
            qid = r.get("id")
            if not isinstance(qid, str) or not qid.startswith(prefix):
                errors.append("%s: bad id %r" % (name, qid))
            if qid in seen:
                errors.append("%s: duplicate id %r" % (name, qid))
            seen.add(qid)
            if name == "answerable.jsonl":
                if r.get("kind") not in KINDS:
                    errors.append("%s: bad kind %r" % (qid, r.get("kind")))
                if not r.get("question", "").strip():
                    errors.append("%s: no question" % qid)
                files = [r.get("article_file")] + list(r.get("alt_files", []))
                if all(check_file(f, qid) for f in files):
                    if not r.get("answers"):
                        errors.append("%s: no answers" % qid)
                    check_answers(qid, files, r.get("answers", []))
                    for f in files:
                        used[f] = used.get(f, 0) + 1
                    if ambig:
                        for ans in r.get("answers", []):
                            norm = normalise(ans)
                            others = [o for o in articles
                                      if o not in files and norm in texts.get(o, "")]
                            if others:
                                warnings.append("%s: %r also in %s" % (qid, ans, ", ".join(others)))
            elif name in ("unanswerable.jsonl", "offtopic.jsonl"):
                if r.get("answers") != [] or r.get("is_impossible") is not True:
                    errors.append("%s: impossible question must have answers [] and is_impossible true" % qid)
                if not r.get("question", "").strip():
                    errors.append("%s: no question" % qid)
                if name == "unanswerable.jsonl":
                    check_file(r.get("article_file"), qid)
                    if not r.get("note"):
                        errors.append("%s: no note" % qid)
                elif r.get("group") not in GROUPS:
                    errors.append("%s: bad group %r" % (qid, r.get("group")))
            else:
                files = [r.get("article_file")] + list(r.get("alt_files", []))
                turns = r.get("turns", [])
                if len(turns) != 2:
                    errors.append("%s: needs two turns" % qid)
                if not all(check_file(f, qid) for f in files):
                    continue
                for i, t in enumerate(turns):
                    if not t.get("question", "").strip() or not t.get("answers"):
                        errors.append("%s: turn %d incomplete" % (qid, i + 1))
                    check_answers("%s/t%d" % (qid, i + 1), files, t.get("answers", []))
                if len(turns) == 2 and not turns[1].get("standalone", "").strip():
                    errors.append("%s: second turn lacks standalone" % qid)
    for a, n in used.items():
        if n == 0:
            errors.append("no answerable question for " + a)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("articles: %d; %s" % (len(articles), ", ".join(
        "%s %d" % (k.split(".")[0], v) for k, v in counts.items())))
    if errors:
        print("FAIL (%d errors)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
