#!/usr/bin/env python3
"""Checker for the Phentara test archive (standard library only).

Usage:  python3 check.py            -> prints OK, or the problems and exits 1
        python3 check.py --ambig    -> also warns when an answer string of an
                                       answerable question occurs in another file

For every question file it checks: ids present and unique; article_file and each
alt_files entry exist under seeds/ (not inside a *_files/ folder); every answer
occurs verbatim in the visible text of its article and of every alt file;
impossible questions carry no answers.
"""
import codecs
import email
import json
import os
import re
import sys
from email import policy
from html import unescape
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")

# The one page whose story sits in declarative shadow DOM: the text of its
# <template shadowrootmode="open"> counts as visible (a browser renders it).
SHADOW_FILES = {"courant-tollgate-bridge-closure.html"}
# The one page whose story sits in <iframe srcdoc="...">: the srcdoc's text counts.
SRCDOC_FILES = {"gazette-stillwater-lifeboat-rescue.html"}

HIDDEN = {"script", "style", "head", "noscript", "template", "svg", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "br", "caption",
         "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
         "header", "hr", "html", "iframe", "li", "main", "nav", "ol", "p", "pre",
         "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
         "tr", "ul", "option", "select", "button", "label", "time", "img"}

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
             "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\t\r\n\f\v"
DROP = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def normalise(text):
    for ch in DROP:
        text = text.replace(ch, "")
    for ch in ODD_SPACES:
        text = text.replace(ch, " ")
    return re.sub(r" +", " ", text).strip()


class Visible(HTMLParser):
    def __init__(self, shadow=False, srcdoc=False):
        super().__init__(convert_charrefs=True)
        self.shadow = shadow
        self.srcdoc = srcdoc
        self.stack = []          # names of hidden elements we are inside
        self.parts = []

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        a = dict(attrs)
        if tag in BLOCK:
            self.parts.append(" ")
        if tag == "template" and self.shadow and a.get("shadowrootmode"):
            return               # rendered: treat as transparent
        if self.srcdoc and tag == "iframe" and a.get("srcdoc") and not self.stack:
            inner = Visible(shadow=self.shadow, srcdoc=False)
            inner.feed(a["srcdoc"])
            inner.close()
            self.parts.append(" " + inner.text() + " ")
        if tag in HIDDEN and tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag.lower() in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in BLOCK:
            self.parts.append(" ")
        if tag in HIDDEN and tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if not self.stack:
            self.parts.append(data)

    def text(self):
        return normalise("".join(self.parts))


BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be")]
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode(raw, declared=None):
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc)
    cands = []
    if declared:
        cands.append(declared)
    m = CHARSET_RE.search(raw[:4096])
    if m:
        cands.append(m.group(1).decode("ascii"))
    for enc in cands:
        try:
            codecs.lookup(enc)
        except LookupError:
            continue
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def html_visible(src, name):
    p = Visible(shadow=name in SHADOW_FILES, srcdoc=name in SRCDOC_FILES)
    p.feed(src)
    p.close()
    return p.text()


def visible_text(path):
    name = os.path.basename(path)
    ext = name.rsplit(".", 1)[-1].lower()
    with open(path, "rb") as fh:
        raw = fh.read()
    if ext in ("mhtml", "mht"):
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                return html_visible(decode(payload, part.get_content_charset()), name)
        return ""
    text = decode(raw)
    if ext in ("html", "htm"):
        return html_visible(text, name)
    return normalise(text)


def seed_files():
    out = []
    for root, dirs, files in os.walk(SEEDS):
        rel = os.path.relpath(root, SEEDS)
        if rel != ".":
            continue             # only top level: *_files/ folders are assets
        for f in files:
            out.append(f)
    return sorted(out)


def main():
    ambig = "--ambig" in sys.argv
    errors, warnings = [], []
    files = seed_files()
    texts = {f: visible_text(os.path.join(SEEDS, f)) for f in files}
    for f in files:
        if f.rsplit(".", 1)[-1].lower() not in ("txt", "md", "html", "htm", "mhtml", "mht"):
            errors.append("seeds/%s: not an article file" % f)
        if len(texts[f]) < 200:
            errors.append("%s: almost no visible text" % f)
    for d in os.listdir(SEEDS):
        if os.path.isdir(os.path.join(SEEDS, d)) and not d.endswith("_files"):
            errors.append("seeds/%s: unexpected folder" % d)
    seen = set()
    used = set()
    counts = {}
    for qfile in ("answerable.jsonl", "unanswerable.jsonl", "offtopic.jsonl", "followups.jsonl"):
        path = os.path.join(HERE, qfile)
        if not os.path.exists(path):
            errors.append("%s missing" % qfile)
            continue
        n = 0
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = "%s:%d" % (qfile, ln)
                try:
                    q = json.loads(line)
                except ValueError as e:
                    errors.append("%s: bad JSON (%s)" % (where, e))
                    continue
                n += 1
                qid = q.get("id")
                if not qid:
                    errors.append("%s: no id" % where)
                elif qid in seen:
                    errors.append("%s: duplicate id %s" % (where, qid))
                seen.add(qid)
                where = "%s %s" % (qfile, qid)
                if qfile == "offtopic.jsonl":
                    if q.get("answers") or q.get("is_impossible") is not True:
                        errors.append("%s: off-topic must be impossible with no answers" % where)
                    if q.get("group") not in ("general", "newsy", "dated"):
                        errors.append("%s: bad group" % where)
                    continue
                art = q.get("article_file")
                targets = [art] + list(q.get("alt_files") or [])
                ok = True
                for t in targets:
                    if not t or "/" in t or t not in texts:
                        errors.append("%s: file not in seeds/: %r" % (where, t))
                        ok = False
                if not ok:
                    continue
                used.add(art)
                if qfile == "unanswerable.jsonl":
                    if q.get("answers") or q.get("is_impossible") is not True:
                        errors.append("%s: impossible question with answers" % where)
                    continue
                if qfile == "followups.jsonl":
                    turns = q.get("turns") or []
                    if len(turns) != 2 or "standalone" not in turns[1]:
                        errors.append("%s: needs two turns and a standalone" % where)
                    groups = [t.get("answers") or [] for t in turns]
                else:
                    if q.get("kind") not in ("who", "what", "which", "when", "where", "how much",
                                             "how many", "how long", "how old", "why"):
                        errors.append("%s: bad kind %r" % (where, q.get("kind")))
                    groups = [q.get("answers") or []]
                for answers in groups:
                    if not answers:
                        errors.append("%s: no answers" % where)
                    for ans in answers:
                        a = normalise(ans)
                        for t in targets:
                            if a not in texts[t]:
                                errors.append("%s: %r not in %s" % (where, ans, t))
                        if ambig and qfile == "answerable.jsonl":
                            others = [f for f in files if f not in targets and a in texts[f]]
                            if others:
                                warnings.append("%s: %r also in %s" % (where, ans, ", ".join(others[:4])
                                                + (" (+%d)" % (len(others) - 4) if len(others) > 4 else "")))
        counts[qfile] = n
    for f in files:
        if f not in used:
            errors.append("%s: no questions" % f)
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("files: %d; %s" % (len(files), ", ".join("%s %d" % kv for kv in counts.items())))
    print("OK")


if __name__ == "__main__":
    main()
