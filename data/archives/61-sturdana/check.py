#!/usr/bin/env python3
"""Checker for the Sturdana news archive test set (standard library only).

Usage:  python3 check.py            -> prints OK or a list of errors
        python3 check.py --ambig    -> also warns when an answer string of an
                                       answerable question occurs in another file
"""
import codecs
import email
import email.policy
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
ARTICLE_EXT = (".txt", ".md", ".html", ".htm", ".mhtml", ".mht")
KINDS = {"who", "what", "which", "when", "where", "how much", "how many",
         "how long", "how old", "why"}
GROUPS = {"general", "newsy", "dated"}

# ---------------------------------------------------------------- decoding

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

CHARSET_RES = [
    re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I),
    re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I),
]


def declared_charset(raw):
    head = raw[:4096]
    for rx in CHARSET_RES:
        m = rx.search(head)
        if m:
            name = m.group(1).decode("ascii", "replace")
            try:
                codecs.lookup(name)
                return name
            except LookupError:
                pass
    return None


def decode_bytes(raw, is_markup, charset=None):
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc)
    enc = charset or (declared_charset(raw) if is_markup else None)
    if enc:
        try:
            return raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")

# ---------------------------------------------------------------- HTML text

SKIP = {"script", "style", "head", "noscript", "template", "svg", "title"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl",
         "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
         "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
         "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
         "body", "html", "iframe", "caption", "time", "button"}


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def unknown_decl(self, data):
        # <![CDATA[ ... ]]> outside scripts: treat as text
        if not self.skip and data.upper().startswith("CDATA["):
            self.parts.append(data[6:])


def html_text(src):
    p = TextExtractor()
    p.feed(src)
    p.close()
    return html.unescape("".join(p.parts))

# ---------------------------------------------------------------- normalise

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
             "\u2008\u2009\u200a\u202f\u205f\u3000\ufeff\t\r\n\f\v"


def normalise(text):
    text = text.replace("\u00ad", "").replace("\u200b", "")
    text = re.sub("[" + ODD_SPACES + "]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def mhtml_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            return html_text(decode_bytes(payload, True, part.get_content_charset()))
    return ""


_cache = {}


def visible_text(path):
    if path in _cache:
        return _cache[path]
    with open(path, "rb") as fh:
        raw = fh.read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".mhtml", ".mht"):
        text = mhtml_text(raw)
    elif ext in (".html", ".htm", ".xhtml"):
        text = html_text(decode_bytes(raw, True))
    else:
        text = decode_bytes(raw, False)
    _cache[path] = normalise(text)
    return _cache[path]

# ---------------------------------------------------------------- checks


def article_files():
    out = []
    for name in sorted(os.listdir(SEEDS)):
        full = os.path.join(SEEDS, name)
        if os.path.isfile(full) and name.lower().endswith(ARTICLE_EXT):
            out.append(name)
    return out


def load(name, errors):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        errors.append("%s: missing" % name)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                errors.append("%s:%d: bad JSON (%s)" % (name, n, exc))
    return rows


def seed_ok(fname, where, errors):
    if not isinstance(fname, str) or not fname:
        errors.append("%s: empty file name" % where)
        return False
    if "/" in fname or "\\" in fname:
        errors.append("%s: %s is not a top-level seed file" % (where, fname))
        return False
    if not os.path.isfile(os.path.join(SEEDS, fname)):
        errors.append("%s: %s does not exist in seeds/" % (where, fname))
        return False
    return True


def occurs(needle, text):
    """Whole-word occurrence (so '14' does not match '140' or '2.14')."""
    rx = r"(?<![\w])(?<!\d[.,])" + re.escape(needle) + r"(?![\w])(?![.,]\d)"
    return re.search(rx, text) is not None


def check_answers(where, answers, files, errors):
    for f in files:
        text = visible_text(os.path.join(SEEDS, f))
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                errors.append("%s: empty answer" % where)
            elif normalise(a) not in text:
                errors.append("%s: answer %r not in visible text of %s" % (where, a, f))


def main():
    ambig = "--ambig" in sys.argv
    errors, warnings = [], []
    files = article_files()
    counts = {}

    for fname, prefix in (("answerable.jsonl", "a-"), ("unanswerable.jsonl", "u-"),
                          ("offtopic.jsonl", "o-"), ("followups.jsonl", "c-")):
        rows = load(fname, errors)
        counts[fname] = len(rows)
        seen = set()
        for r in rows:
            rid = r.get("id")
            where = "%s %s" % (fname, rid)
            if not isinstance(rid, str) or not rid.startswith(prefix):
                errors.append("%s: bad or missing id" % where)
            if rid in seen:
                errors.append("%s: duplicate id" % where)
            seen.add(rid)
            if fname == "followups.jsonl":
                arts = [r.get("article_file")] + list(r.get("alt_files", []))
                if not all(seed_ok(f, where, errors) for f in arts):
                    continue
                turns = r.get("turns", [])
                if len(turns) != 2:
                    errors.append("%s: needs two turns" % where)
                for i, t in enumerate(turns):
                    if not t.get("question"):
                        errors.append("%s: turn %d has no question" % (where, i + 1))
                    if i > 0 and not t.get("standalone"):
                        errors.append("%s: turn %d has no standalone" % (where, i + 1))
                    if not t.get("answers"):
                        errors.append("%s: turn %d has no answers" % (where, i + 1))
                    check_answers("%s turn %d" % (where, i + 1), t.get("answers", []), arts, errors)
                continue
            if not r.get("question"):
                errors.append("%s: no question" % where)
            if fname == "answerable.jsonl":
                arts = [r.get("article_file")] + list(r.get("alt_files", []))
                if not all(seed_ok(f, where, errors) for f in arts):
                    continue
                if r.get("kind") not in KINDS:
                    errors.append("%s: bad kind %r" % (where, r.get("kind")))
                if not r.get("answers"):
                    errors.append("%s: no answers" % where)
                check_answers(where, r.get("answers", []), arts, errors)
                if ambig:
                    for a in r.get("answers", []):
                        na = normalise(a)
                        for other in files:
                            if other in arts:
                                continue
                            if occurs(na, visible_text(os.path.join(SEEDS, other))):
                                warnings.append("%s: answer %r also in %s" % (where, a, other))
            else:
                if r.get("answers") != [] or r.get("is_impossible") is not True:
                    errors.append("%s: impossible question must have answers [] and is_impossible true" % where)
                if fname == "unanswerable.jsonl":
                    seed_ok(r.get("article_file"), where, errors)
                if fname == "offtopic.jsonl" and r.get("group") not in GROUPS:
                    errors.append("%s: bad group %r" % (where, r.get("group")))

    # every article file gets at least one answerable question
    if os.path.exists(os.path.join(HERE, "answerable.jsonl")):
        used = set()
        for r in load("answerable.jsonl", []):
            used.add(r.get("article_file"))
        for f in files:
            if f not in used:
                errors.append("seeds/%s has no answerable question" % f)

    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAILED: %d error(s)" % len(errors))
        sys.exit(1)
    print("OK  files=%d  %s" % (len(files), "  ".join("%s=%d" % kv for kv in counts.items())))


if __name__ == "__main__":
    main()
