#!/usr/bin/env python3
"""Checker for the Xelmora test archive (standard library only).

    python3 check.py           # validate; prints OK on success
    python3 check.py --ambig   # also warn when an answer string occurs in another seed file

Checks, for answerable.jsonl, unanswerable.jsonl, offtopic.jsonl and followups.jsonl:
  * every line is JSON, ids are present, well formed and unique;
  * article_file and every alt_files entry exist under seeds/ (and not inside a *_files/ folder);
  * every answer occurs verbatim (case-sensitive) in the visible text of its article and of
    every alt file;
  * impossible questions carry no answers.
"""
import email
import email.policy
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
ARTICLE_EXT = (".txt", ".md", ".html", ".htm", ".mhtml", ".mht")
KINDS = {"who", "what", "which", "when", "where", "how much", "how many",
         "how long", "how old", "why"}
OFFTOPIC_GROUPS = {"general", "newsy", "dated"}

# ---------------------------------------------------------------- decoding

BOMS = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]

# WHATWG maps these labels to windows-1252
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
    "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "windows-1252": "cp1252", "x-cp1252": "cp1252",
}

META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _codec(label):
    label = label.strip().lower()
    label = CHARSET_ALIASES.get(label, label)
    try:
        "".encode(label)
        return label
    except LookupError:
        return None


def decode_bytes(data, declared=None, sniff_html=False):
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    if declared and _codec(declared):
        return data.decode(_codec(declared), errors="replace")
    if sniff_html:
        m = META_CHARSET.search(data[:4096])
        if m and _codec(m.group(1).decode("ascii", "ignore")):
            return data.decode(_codec(m.group(1).decode("ascii", "ignore")),
                               errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# ---------------------------------------------------------------- html

SKIP = {"script", "style", "head", "noscript", "template", "svg", "title"}
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption",
    "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
    "iframe", "img", "legend", "li", "main", "nav", "ol", "option", "p",
    "pre", "section", "summary", "details", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul", "button", "center", "font-block",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = []          # stack of open skipped elements

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "body":
            self.skip = [t for t in self.skip if t != "head"]
        if tag in SKIP and tag not in VOID:
            self.skip.append(tag)
            return
        if tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag.lower() in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in SKIP:
            while self.skip:
                if self.skip.pop() == tag:
                    break
            return
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    p = Visible()
    p.feed(src)
    p.close()
    return "".join(p.out)


# ---------------------------------------------------------------- normalising

ODD_SPACES = dict.fromkeys(
    [0x00A0, 0x1680, 0x180E, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
     0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
     0x3000, 0x0085, 0x000B, 0x000C], " ")
ODD_SPACES.update(dict.fromkeys([0x00AD, 0x200B, 0x200C, 0x200D, 0x2060,
                                 0xFEFF], None))


def normalise(text):
    text = text.translate(ODD_SPACES)
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- files

def visible_text(path):
    with open(path, "rb") as fh:
        data = fh.read()
    low = path.lower()
    if low.endswith((".mhtml", ".mht")):
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                raw = part.get_payload(decode=True) or b""
                text = decode_bytes(raw, part.get_content_charset(), True)
                return normalise(html_text(text))
        raise ValueError("no text/html part in " + path)
    if low.endswith((".html", ".htm")):
        return normalise(html_text(decode_bytes(data, None, True)))
    return normalise(decode_bytes(data))


def seed_files():
    out = []
    for root, dirs, files in os.walk(SEEDS):
        dirs[:] = [d for d in dirs if not d.endswith("_files")]
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), SEEDS)
            out.append(rel)
    return sorted(out)


# ---------------------------------------------------------------- checks

class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.cache = {}
        self.seeds = seed_files()
        self.seedset = set(self.seeds)

    def err(self, msg):
        self.errors.append(msg)

    def text(self, rel):
        if rel not in self.cache:
            self.cache[rel] = visible_text(os.path.join(SEEDS, rel))
        return self.cache[rel]

    def file_ok(self, qid, rel):
        if not isinstance(rel, str) or not rel:
            self.err(f"{qid}: empty file name")
            return False
        parts = rel.replace("\\", "/").split("/")
        if any(p.endswith("_files") for p in parts[:-1]):
            self.err(f"{qid}: {rel} is inside a _files folder")
            return False
        if rel not in self.seedset:
            self.err(f"{qid}: {rel} not found under seeds/")
            return False
        return True

    def answers_ok(self, qid, answers, files):
        if not isinstance(answers, list) or not answers:
            self.err(f"{qid}: no answers")
            return
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                self.err(f"{qid}: empty answer")
                continue
            na = normalise(a)
            for f in files:
                if f in self.seedset and na not in self.text(f):
                    self.err(f"{qid}: answer {a!r} not verbatim in {f}")

    def load(self, name, prefix):
        path = os.path.join(HERE, name)
        rows = []
        if not os.path.exists(path):
            self.err(f"{name}: missing")
            return rows
        seen = set()
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as e:
                    self.err(f"{name}:{n}: bad JSON ({e})")
                    continue
                qid = row.get("id")
                if not isinstance(qid, str) or not re.fullmatch(
                        prefix + r"-\d{3}", qid):
                    self.err(f"{name}:{n}: bad id {qid!r}")
                elif qid in seen:
                    self.err(f"{name}:{n}: duplicate id {qid}")
                seen.add(qid)
                rows.append(row)
        return rows

    def run(self, ambig=False):
        for f in self.seeds:
            if not f.lower().endswith(ARTICLE_EXT):
                self.err(f"seeds/{f}: not an article file")
            else:
                try:
                    if len(self.text(f)) < 200:
                        self.err(f"seeds/{f}: almost no visible text")
                except Exception as e:  # noqa
                    self.err(f"seeds/{f}: cannot read ({e})")

        ans = self.load("answerable.jsonl", "a")
        per_file = {}
        for r in ans:
            qid = r.get("id")
            if not r.get("question"):
                self.err(f"{qid}: no question")
            if r.get("kind") not in KINDS:
                self.err(f"{qid}: bad kind {r.get('kind')!r}")
            files = [r.get("article_file")] + list(r.get("alt_files") or [])
            good = [f for f in files if self.file_ok(qid, f)]
            self.answers_ok(qid, r.get("answers"), good)
            per_file[r.get("article_file")] = per_file.get(
                r.get("article_file"), 0) + 1
            if ambig:
                for a in r.get("answers") or []:
                    na = normalise(a)
                    others = [g for g in self.seeds if g not in files
                              and na in self.text(g)]
                    if others:
                        self.warnings.append(
                            f"{qid}: answer {a!r} also in {', '.join(others)}")

        for name, prefix in (("unanswerable.jsonl", "u"),
                             ("offtopic.jsonl", "o")):
            for r in self.load(name, prefix):
                qid = r.get("id")
                if not r.get("question"):
                    self.err(f"{qid}: no question")
                if r.get("answers") != []:
                    self.err(f"{qid}: impossible question has answers")
                if r.get("is_impossible") is not True:
                    self.err(f"{qid}: is_impossible is not true")
                if prefix == "u":
                    self.file_ok(qid, r.get("article_file"))
                    if not r.get("note"):
                        self.err(f"{qid}: no note")
                else:
                    if r.get("group") not in OFFTOPIC_GROUPS:
                        self.err(f"{qid}: bad group {r.get('group')!r}")

        for r in self.load("followups.jsonl", "c"):
            qid = r.get("id")
            files = [r.get("article_file")] + list(r.get("alt_files") or [])
            good = [f for f in files if self.file_ok(qid, f)]
            turns = r.get("turns") or []
            if len(turns) != 2:
                self.err(f"{qid}: expected 2 turns, got {len(turns)}")
            for i, t in enumerate(turns):
                if not t.get("question"):
                    self.err(f"{qid} turn {i + 1}: no question")
                self.answers_ok(f"{qid} turn {i + 1}", t.get("answers"), good)
            if len(turns) == 2 and not turns[1].get("standalone"):
                self.err(f"{qid}: second turn has no standalone form")

        for f in self.seeds:
            if f not in per_file:
                self.err(f"seeds/{f}: no answerable questions")

        for w in self.warnings:
            print("WARN", w)
        for e in self.errors:
            print("FAIL", e)
        if self.errors:
            print(f"{len(self.errors)} error(s)")
            return 1
        print(f"OK  ({len(self.seeds)} files, {len(ans)} answerable)")
        return 0


if __name__ == "__main__":
    sys.exit(Checker().run(ambig="--ambig" in sys.argv[1:]))
