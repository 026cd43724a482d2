#!/usr/bin/env python3
"""Checker for the Ulvesta test archive (standard library only).

Usage:  python3 check.py            -> prints OK (or the failures)
        python3 check.py --ambig    -> also lists answers that occur in other files

Checks, for answerable.jsonl, unanswerable.jsonl, offtopic.jsonl and followups.jsonl:
  * every line is JSON, ids are present, well formed and unique;
  * article_file and every alt_files entry exist under seeds/ (not inside a *_files/ folder);
  * every answer occurs verbatim (case-sensitive) in the visible text of its article
    and of every alt file;
  * impossible questions have no answers.
Visible text: HTML stripped with html.parser (script, style, head, noscript, template, svg
and title content dropped), entities unescaped; files decoded by byte-order mark, else
declared charset, else UTF-8 with a Latin-1 fallback; .mhtml/.mht opened with the email
package and the text/html part decoded; soft hyphens removed, odd spaces read as spaces,
whitespace collapsed.  For the one page saved before its script ran (PRESCRIPT below) the
JSON-LD articleBody also counts as visible text.
"""
import codecs
import email
import email.policy
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
ARTICLE_EXT = (".txt", ".md", ".html", ".htm", ".mhtml", ".mht")
PRESCRIPT = {"morningpost-velstad-zoo-leopard-cubs.html"}
KINDS = {"who", "what", "which", "when", "where", "how much", "how many",
         "how long", "how old", "why"}
GROUPS = {"general", "newsy", "dated"}

SKIP = {"script", "style", "head", "noscript", "template", "svg", "title"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
         "td", "th", "tr", "table", "thead", "tbody", "section", "article", "aside",
         "header", "footer", "nav", "main", "figure", "figcaption", "blockquote",
         "address", "dl", "dt", "dd", "hr", "pre", "form", "button", "label",
         "option", "select", "iframe", "body", "html", "caption", "summary", "details"}
VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area",
        "base", "col", "embed", "param", "track"}

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008" \
             "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\t\r\n\f\v"


class Visible(HTMLParser):
    def __init__(self, keep_jsonld_body=False):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0
        self.keep = keep_jsonld_body
        self.in_ld = False
        self.ld = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            if tag == "script" and dict(attrs).get("type", "").lower() == "application/ld+json":
                self.in_ld = True
                self.ld = []
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
            if tag == "script" and self.in_ld:
                self.in_ld = False
                if self.keep:
                    self.parts.append(" " + " ".join(jsonld_bodies("".join(self.ld))) + " ")
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.in_ld:
            self.ld.append(data)
        if not self.skip:
            self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def jsonld_bodies(raw):
    out = []
    try:
        data = json.loads(raw)
    except ValueError:
        return out

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "articleBody" and isinstance(v, str):
                    out.append(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(data)
    return out


BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be")]
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
           "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}


def decode(raw, html):
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    if html:
        m = CHARSET_RE.search(raw[:4096])
        if m:
            enc = m.group(1).decode("ascii").lower()
            enc = ALIASES.get(enc, enc)
            try:
                return raw.decode(enc, errors="replace")
            except LookupError:
                pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def normalise(s):
    s = s.replace("\u00ad", "")
    for ch in ODD_SPACES:
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


def html_text(src, keep_ld):
    p = Visible(keep_ld)
    p.feed(src)
    p.close()
    return p.text()


def visible_text(path):
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    ext = os.path.splitext(name)[1].lower()
    if ext in (".mhtml", ".mht"):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                body = part.get_payload(decode=True)
                cs = part.get_content_charset()
                if cs:
                    src = body.decode(ALIASES.get(cs.lower(), cs), errors="replace")
                else:
                    src = decode(body, True)
                return normalise(html_text(src, name in PRESCRIPT))
        return ""
    if ext in (".html", ".htm"):
        return normalise(html_text(decode(raw, True), name in PRESCRIPT))
    return normalise(decode(raw, False))


def main():
    show_ambig = "--ambig" in sys.argv
    errors, warnings = [], []

    # the seeds folder: article files plus *_files/ folders only
    texts = {}
    for entry in sorted(os.listdir(SEEDS)):
        full = os.path.join(SEEDS, entry)
        if os.path.isdir(full):
            if not entry.endswith("_files"):
                errors.append("seeds/%s: a folder that is not a *_files/ folder" % entry)
            continue
        if not entry.lower().endswith(ARTICLE_EXT):
            errors.append("seeds/%s: not an article file" % entry)
            continue
        texts[entry] = visible_text(full)

    def check_file(ref, qid, field):
        if not isinstance(ref, str) or not ref or "/" in ref or "\\" in ref:
            errors.append("%s: %s %r must be a file name directly under seeds/" % (qid, field, ref))
            return False
        if ref not in texts:
            errors.append("%s: %s %r not found under seeds/" % (qid, field, ref))
            return False
        return True

    def check_answers(qid, answers, files):
        if not isinstance(answers, list) or not answers:
            errors.append("%s: needs at least one answer" % qid)
            return
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                errors.append("%s: empty answer" % qid)
                continue
            if a != a.strip() or re.search(r"\s\s", a) or any(c in a for c in "\u00ad\u00a0\n\t"):
                errors.append("%s: answer %r has odd whitespace" % (qid, a))
            for f in files:
                if f in texts and a not in texts[f]:
                    errors.append("%s: answer %r not in visible text of %s" % (qid, a, f))
            others = [n for n in texts if n not in files and a in texts[n]]
            if others:
                warnings.append("%s: answer %r also occurs in %s" % (qid, a, ", ".join(others)))

    counts = {}
    seen_ids = set()
    files_with_q = set()
    for fname, prefix in (("answerable.jsonl", "a-"), ("unanswerable.jsonl", "u-"),
                          ("offtopic.jsonl", "o-"), ("followups.jsonl", "c-")):
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            errors.append("%s missing" % fname)
            continue
        n = 0
        for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except ValueError as e:
                errors.append("%s:%d: bad JSON (%s)" % (fname, lineno, e))
                continue
            n += 1
            qid = q.get("id")
            if not isinstance(qid, str) or not re.fullmatch(re.escape(prefix) + r"\d{3}", qid):
                errors.append("%s:%d: bad id %r" % (fname, lineno, qid))
                qid = "%s:%d" % (fname, lineno)
            elif qid in seen_ids:
                errors.append("%s: duplicate id" % qid)
            seen_ids.add(qid)

            if prefix == "a-":
                if q.get("kind") not in KINDS:
                    errors.append("%s: bad kind %r" % (qid, q.get("kind")))
                if not (q.get("question") or "").strip():
                    errors.append("%s: no question" % qid)
                files = [q.get("article_file")] + list(q.get("alt_files") or [])
                if all(check_file(f, qid, "file") for f in files):
                    files_with_q.add(files[0])
                    check_answers(qid, q.get("answers"), files)
            elif prefix in ("u-", "o-"):
                if not (q.get("question") or "").strip():
                    errors.append("%s: no question" % qid)
                if q.get("answers") != [] or q.get("is_impossible") is not True:
                    errors.append("%s: impossible question must have answers [] and is_impossible true" % qid)
                if prefix == "u-":
                    if check_file(q.get("article_file"), qid, "article_file"):
                        files_with_q.add(q["article_file"])
                    if not q.get("note"):
                        errors.append("%s: no note" % qid)
                else:
                    if q.get("group") not in GROUPS:
                        errors.append("%s: bad group %r" % (qid, q.get("group")))
            else:
                files = [q.get("article_file")] + list(q.get("alt_files") or [])
                ok = all(check_file(f, qid, "file") for f in files)
                turns = q.get("turns")
                if not isinstance(turns, list) or len(turns) != 2:
                    errors.append("%s: needs two turns" % qid)
                    continue
                if not turns[1].get("standalone"):
                    errors.append("%s: second turn needs a standalone question" % qid)
                for i, t in enumerate(turns, 1):
                    if not (t.get("question") or "").strip():
                        errors.append("%s: turn %d has no question" % (qid, i))
                    if ok:
                        check_answers("%s/turn%d" % (qid, i), t.get("answers"), files)
        counts[fname] = n

    for f in texts:
        if f not in files_with_q:
            errors.append("seeds/%s: no questions" % f)

    ans = counts.get("answerable.jsonl", 0)
    print("files: %d  answerable: %d  unanswerable: %d  offtopic: %d  followups: %d" % (
        len(texts), ans, counts.get("unanswerable.jsonl", 0),
        counts.get("offtopic.jsonl", 0), counts.get("followups.jsonl", 0)))
    if show_ambig:
        for w in warnings:
            print("WARN", w)
    elif warnings:
        print("(%d answers also occur in another file; run with --ambig to list them)" % len(warnings))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
