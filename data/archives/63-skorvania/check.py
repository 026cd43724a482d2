#!/usr/bin/env python3
"""Checker for the Skorvania test set (standard library only).

Usage: python3 check.py [--ambig]
Checks every question file: ids present and unique; article_file and alt_files
exist under seeds/ (not inside a *_files/ folder); each answer occurs verbatim
in the visible text of its article and of every alt file; impossible questions
carry no answers.  With --ambig, warns when an answer string of an answerable
question also occurs in another article file.
"""
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

DROP = {"script", "style", "head", "noscript", "template", "svg", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "caption", "dd",
         "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
         "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
         "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
         "ul", "option", "button", "label", "picture", "iframe", "body", "html"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.stack = []  # open dropped elements

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in DROP:
            self.stack.append(tag)
            return
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag.lower() in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in DROP:
            if tag in self.stack:
                while self.stack:
                    if self.stack.pop() == tag:
                        break
            return
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.stack:
            self.parts.append(data)

    def text(self):
        return "".join(self.parts)


BOMS = [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be")]
META_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def decode(data, declared=None, is_html=False):
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    cands = []
    if declared:
        cands.append(declared)
    if is_html:
        m = META_RE.search(data[:4096])
        if m:
            cands.append(m.group(1).decode("ascii", "ignore"))
    for enc in cands:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def html_text(s):
    p = Visible()
    p.feed(s)
    p.close()
    return p.text()


ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029\t\r\n\f\v]")


def normalise(s):
    s = s.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    s = ODD_SPACES.sub(" ", s)
    return re.sub(r" {2,}", " ", s).strip()


_cache = {}


def visible_text(path):
    if path in _cache:
        return _cache[path]
    with open(path, "rb") as f:
        data = f.read()
    low = path.lower()
    if low.endswith((".mhtml", ".mht")):
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        text = ""
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True) or b""
                text = html_text(decode(payload, part.get_content_charset(), True))
                break
    elif low.endswith((".html", ".htm")):
        text = html_text(decode(data, None, True))
    else:
        text = decode(data)
    text = normalise(text)
    _cache[path] = text
    return text


def seed_path(name):
    if not isinstance(name, str) or not name or "/" in name or "\\" in name:
        return None  # must sit directly in seeds/, never inside a *_files/ folder
    p = os.path.join(SEEDS, name)
    return p if os.path.isfile(p) else None


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    rows.append({"_error": "%s:%d: %s" % (name, n, e)})
    return rows


def main():
    ambig = "--ambig" in sys.argv
    errors, warnings = [], []
    seed_files = sorted(f for f in os.listdir(SEEDS)
                        if os.path.isfile(os.path.join(SEEDS, f)))
    for f in seed_files:
        if not f.lower().endswith(ARTICLE_EXT):
            errors.append("seeds/%s: not an article file" % f)
    for d in os.listdir(SEEDS):
        if os.path.isdir(os.path.join(SEEDS, d)) and not d.endswith("_files"):
            errors.append("seeds/%s/: unexpected folder" % d)
    used = set()
    seen = set()
    counts = {}
    files = {"answerable.jsonl": "a", "unanswerable.jsonl": "u",
             "offtopic.jsonl": "o", "followups.jsonl": "c"}
    for fname, prefix in files.items():
        rows = load(fname)
        counts[fname] = len(rows)
        for r in rows:
            if "_error" in r:
                errors.append(r["_error"])
                continue
            rid = r.get("id")
            if not rid or not str(rid).startswith(prefix + "-"):
                errors.append("%s: bad or missing id %r" % (fname, rid))
            if rid in seen:
                errors.append("%s: duplicate id %s" % (fname, rid))
            seen.add(rid)
            where = "%s %s" % (fname, rid)
            if fname == "offtopic.jsonl":
                if r.get("answers") != [] or r.get("is_impossible") is not True:
                    errors.append(where + ": off-topic must have no answers")
                if r.get("group") not in ("general", "newsy", "dated"):
                    errors.append(where + ": bad group")
                if not r.get("question"):
                    errors.append(where + ": no question")
                continue
            art = r.get("article_file")
            alts = r.get("alt_files", []) or []
            paths = []
            for name in [art] + list(alts):
                p = seed_path(name)
                if p is None:
                    errors.append(where + ": file not found in seeds/: %r" % name)
                else:
                    paths.append(p)
                    used.add(name)
            if fname == "unanswerable.jsonl":
                if r.get("answers") != [] or r.get("is_impossible") is not True:
                    errors.append(where + ": impossible question with answers")
                if not r.get("question"):
                    errors.append(where + ": no question")
                continue
            if fname == "followups.jsonl":
                turns = r.get("turns") or []
                if len(turns) != 2:
                    errors.append(where + ": needs two turns")
                if len(turns) > 1 and not turns[1].get("standalone"):
                    errors.append(where + ": second turn lacks standalone")
                answer_sets = [t.get("answers") or [] for t in turns]
            else:
                if r.get("kind") not in ("who", "what", "which", "when", "where",
                                         "how much", "how many", "how long",
                                         "how old", "why"):
                    errors.append(where + ": bad kind %r" % r.get("kind"))
                if not r.get("question"):
                    errors.append(where + ": no question")
                answer_sets = [r.get("answers") or []]
            for answers in answer_sets:
                if not answers:
                    errors.append(where + ": no answers")
                for a in answers:
                    if not isinstance(a, str) or not a.strip():
                        errors.append(where + ": empty answer")
                        continue
                    for p in paths:
                        if a not in visible_text(p):
                            errors.append(where + ": answer %r not in %s"
                                          % (a, os.path.basename(p)))
                    if ambig and fname == "answerable.jsonl":
                        others = [f for f in seed_files
                                  if f != art and f not in alts
                                  and a in visible_text(os.path.join(SEEDS, f))]
                        if others:
                            warnings.append("%s: %r also in %s"
                                            % (where, a, ", ".join(others[:4])))
    for f in seed_files:
        if f not in used:
            errors.append("seeds/%s has no questions" % f)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("FAIL", e)
    print("; ".join("%s: %d" % kv for kv in counts.items()))
    if errors:
        print("FAILED (%d errors)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
