#!/usr/bin/env python3
"""Check the test set: every answer span occurs verbatim in the visible text of
its article (and of each alt file), all referenced files exist, ids are unique.

Usage: python3 check.py   (run from anywhere; paths are relative to this file)
"""
import email
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")

SKIP_TAGS = {"script", "style", "noscript", "template", "head"}
# <title> lives in <head>; we treat head content as not visible.
BLOCK_TAGS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4",
              "h5", "h6", "article", "section", "header", "footer", "figure",
              "figcaption", "blockquote", "table", "ul", "ol", "caption", "aside",
              "nav", "main", "time", "span"}


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def handle_comment(self, data):
        pass


def html_charset(raw):
    head = raw[:4096].decode("ascii", "ignore")
    m = re.search(r'charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', head, re.I)
    return m.group(1).lower() if m else "utf-8"


def decode_text_file(raw):
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # the Latin-1 text file has no declaration


def html_to_text(markup):
    p = TextExtractor()
    p.feed(markup)
    p.close()
    return html.unescape("".join(p.parts))


def markdown_to_text(md):
    # drop emphasis markers and leading heading / quote / list markers
    md = re.sub(r"\*\*|__", "", md)
    md = re.sub(r"(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", "", md)
    md = re.sub(r"(?m)^\s*(#+|>+)\s?", "", md)
    return md


def visible_text(path):
    raw = open(path, "rb").read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".mhtml", ".mht"):
        msg = email.message_from_bytes(raw)
        text = ""
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)  # undoes quoted-printable
                cs = part.get_content_charset() or html_charset(payload)
                text = html_to_text(payload.decode(cs))
                break
    elif ext in (".html", ".htm"):
        text = html_to_text(raw.decode(html_charset(raw)))
    elif ext == ".md":
        text = markdown_to_text(decode_text_file(raw))
    else:
        text = decode_text_file(raw)
    return normalise(text)


def normalise(s):
    s = s.replace("\u00ad", "")
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    cache = {}

    def text_of(name):
        if name not in cache:
            cache[name] = visible_text(os.path.join(SEEDS, name))
        return cache[name]

    def check_file(rid, name):
        if not name or "/" in name or "\\" in name:  # never a file inside a NAME_files/ folder
            errors.append(f"{rid}: bad file name {name!r}")
            return False
        p = os.path.join(SEEDS, name)
        if not os.path.isfile(p):
            errors.append(f"{rid}: missing file {name}")
            return False
        return True

    # every seed article readable and of reasonable length
    articles = sorted(f for f in os.listdir(SEEDS) if os.path.isfile(os.path.join(SEEDS, f)))
    for f in articles:
        n = len(text_of(f).split())
        if n < 200:
            errors.append(f"seed {f}: only {n} visible words")

    ids = set()
    counts = {}
    used = set()
    for fname in ["answerable.jsonl", "unanswerable.jsonl", "offtopic.jsonl", "followups.jsonl"]:
        path = os.path.join(HERE, fname)
        counts[fname] = 0
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{fname}:{ln}: bad JSON {e}")
                continue
            counts[fname] += 1
            rid = r.get("id")
            if not rid or rid in ids:
                errors.append(f"{fname}:{ln}: missing or duplicate id {rid}")
            ids.add(rid)
            if fname == "offtopic.jsonl":
                if r.get("answers") != [] or r.get("is_impossible") is not True or r.get("group") not in ("general", "newsy", "dated"):
                    errors.append(f"{rid}: offtopic fields wrong")
                continue
            art = r.get("article_file")
            alts = r.get("alt_files", [])
            ok = check_file(rid, art)
            alts_ok = [a for a in alts if check_file(rid, a)]
            if ok:
                used.add(art)
            if fname == "unanswerable.jsonl":
                if r.get("answers") != [] or r.get("is_impossible") is not True or not r.get("note"):
                    errors.append(f"{rid}: unanswerable fields wrong")
                continue
            if fname == "answerable.jsonl":
                turns = [r]
                if r.get("kind") not in ("who", "what", "when", "where", "how many", "how much", "why", "which", "other"):
                    errors.append(f"{rid}: bad kind {r.get('kind')}")
            else:
                turns = r.get("turns", [])
                if len(turns) != 2 or not turns[1].get("standalone"):
                    errors.append(f"{rid}: followup needs 2 turns and a standalone")
            for t in turns:
                answers = t.get("answers") or []
                if not (1 <= len(answers) <= 3):
                    errors.append(f"{rid}: needs 1-3 answers")
                if not t.get("question", "").strip():
                    errors.append(f"{rid}: empty question")
                if not ok:
                    continue
                txt = text_of(art)
                for a in answers:
                    if len(a.split()) > 10:
                        errors.append(f"{rid}: answer too long: {a!r}")
                    if normalise(a) not in txt:
                        errors.append(f"{rid}: answer not in {art}: {a!r}")
                for alt in alts_ok:
                    if not any(normalise(a) in text_of(alt) for a in answers):
                        errors.append(f"{rid}: no answer found in alt file {alt}")

    unused = [f for f in articles if f not in used]
    for e in errors:
        print("ERROR", e)
    print("articles:", len(articles), "| " + " | ".join(f"{k}: {v}" for k, v in counts.items()))
    if unused:
        print("articles without questions:", unused)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
