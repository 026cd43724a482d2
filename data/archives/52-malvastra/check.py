#!/usr/bin/env python3
"""Checker for the Malvastra news-archive test set (standard library only).

Usage:  python3 check.py            -> prints OK or the list of errors
        python3 check.py --ambig    -> also warns when an answer string also occurs in another file
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
KINDS = {"who", "what", "which", "when", "where", "how much", "how many", "how long", "how old", "why"}
GROUPS = {"general", "newsy", "dated"}

SKIP = {"script", "style", "head", "noscript", "template", "svg", "title"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font"}
ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE and tag not in SKIP:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup):
    p = _Visible()
    p.feed(markup)
    p.close()
    return "".join(p.parts)


def _declared_charset(raw):
    head = raw[:8192].decode("ascii", "ignore")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", head, re.I)
    return m.group(1) if m else None


def decode(raw, declared=None, is_html=False):
    boms = [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
            (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
    for bom, enc in boms:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, "replace")
    cs = declared or (_declared_charset(raw) if is_html else None)
    if cs:
        try:
            return raw.decode(cs)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def normalise(text):
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    for ch in ODD_SPACES:
        text = text.replace(ch, " ")
    return re.sub(r"\s+", " ", text).strip()


def visible_text(path):
    with open(path, "rb") as f:
        raw = f.read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".mhtml", ".mht"):
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                cs = part.get_content_charset()
                return normalise(html_to_text(decode(payload, cs, is_html=True)))
        raise ValueError("no text/html part in " + path)
    if ext in (".html", ".htm"):
        return normalise(html_to_text(decode(raw, is_html=True)))
    return normalise(decode(raw))


def article_files():
    out = {}
    for dirpath, dirnames, filenames in os.walk(SEEDS):
        rel_dir = os.path.relpath(dirpath, SEEDS)
        if rel_dir != "." and any(p.endswith("_files") for p in rel_dir.split(os.sep)):
            continue
        for fn in filenames:
            if fn.lower().endswith(ARTICLE_EXT):
                rel = os.path.normpath(os.path.join(rel_dir, fn))
                out[rel] = os.path.join(dirpath, fn)
    return out


def load(name):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{name}:{n}: bad JSON: {e}")
    return rows


def main():
    ambig = "--ambig" in sys.argv
    errors, warnings = [], []
    files = article_files()
    texts = {rel: visible_text(p) for rel, p in files.items()}

    def has_file(rel, where):
        if not rel or rel not in files:
            errors.append(f"{where}: file not found under seeds/ (outside *_files): {rel!r}")
            return False
        return True

    def check_answers(where, art, alts, answers):
        for f in [art] + list(alts):
            if f in texts:
                for a in answers:
                    if not isinstance(a, str) or not a.strip():
                        errors.append(f"{where}: empty/non-string answer")
                    elif a not in texts[f]:
                        errors.append(f"{where}: answer {a!r} not in visible text of {f}")

    seen_ids = set()

    def check_id(row, prefix, where):
        i = row.get("id")
        if not isinstance(i, str) or not re.fullmatch(prefix + r"-\d{3}", i):
            errors.append(f"{where}: bad id {i!r}")
        if i in seen_ids:
            errors.append(f"{where}: duplicate id {i!r}")
        seen_ids.add(i)

    used_files = set()
    # answerable
    ans = load("answerable.jsonl")
    for r in ans:
        w = f"answerable {r.get('id')}"
        check_id(r, "a", w)
        if r.get("kind") not in KINDS:
            errors.append(f"{w}: bad kind {r.get('kind')!r}")
        if not r.get("question"):
            errors.append(f"{w}: no question")
        if not r.get("answers"):
            errors.append(f"{w}: no answers")
        alts = r.get("alt_files", [])
        ok = has_file(r.get("article_file"), w) and all(has_file(a, w) for a in alts)
        if ok:
            used_files.add(r["article_file"])
            check_answers(w, r["article_file"], alts, r.get("answers", []))
            if ambig:
                for a in r.get("answers", []):
                    others = [f for f in texts if f != r["article_file"] and f not in alts and a in texts[f]]
                    if others:
                        warnings.append(f"{w}: answer {a!r} also in {', '.join(sorted(others))}")
    # unanswerable / offtopic
    for name, prefix in (("unanswerable.jsonl", "u"), ("offtopic.jsonl", "o")):
        for r in load(name):
            w = f"{name} {r.get('id')}"
            check_id(r, prefix, w)
            if not r.get("question"):
                errors.append(f"{w}: no question")
            if r.get("answers") != [] or r.get("is_impossible") is not True:
                errors.append(f"{w}: impossible question must have answers [] and is_impossible true")
            if prefix == "u":
                has_file(r.get("article_file"), w)
                if not r.get("note"):
                    errors.append(f"{w}: no note")
            if prefix == "o" and r.get("group") not in GROUPS:
                errors.append(f"{w}: bad group {r.get('group')!r}")
    # follow-ups
    for r in load("followups.jsonl"):
        w = f"followups {r.get('id')}"
        check_id(r, "c", w)
        alts = r.get("alt_files", [])
        ok = has_file(r.get("article_file"), w) and all(has_file(a, w) for a in alts)
        turns = r.get("turns", [])
        if len(turns) != 2:
            errors.append(f"{w}: needs exactly two turns")
        for t_i, t in enumerate(turns):
            if not t.get("question") or not t.get("answers"):
                errors.append(f"{w}: turn {t_i + 1} lacks question or answers")
            if ok:
                check_answers(f"{w} turn {t_i + 1}", r["article_file"], alts, t.get("answers", []))
        if len(turns) == 2 and not turns[1].get("standalone"):
            errors.append(f"{w}: second turn lacks standalone")
    for rel in files:
        if rel not in used_files:
            errors.append(f"article {rel} has no answerable question")
    for x in warnings:
        print("WARN", x)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print(f"OK ({len(files)} articles, {len(ans)} answerable; {len(warnings)} warnings)" if ambig
          else f"OK ({len(files)} articles, {len(ans)} answerable)")


if __name__ == "__main__":
    main()
