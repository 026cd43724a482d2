#!/usr/bin/env python3
"""Checks the Zaltheria test set: every answer span occurs verbatim in the visible text of its
article file, every article_file / alt_files exists, ids are unique, required fields are present.
Usage: python3 check.py   (run from anywhere; paths are relative to this file)"""
import email, html, json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(ROOT, "seeds")
SKIP = {"script", "style", "noscript", "head", "template"}
VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed", "param",
        "track"}
BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "article", "section",
         "figcaption", "blockquote", "header", "footer", "aside", "nav", "ul", "ol", "table", "main", "time"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s):
    p = Visible()
    p.feed(s)
    p.close()
    return html.unescape("".join(p.parts))


def declared_charset(raw):
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", raw[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else "utf-8"


def decode_text(raw):
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    return raw.decode("utf-8")


def visible_text(path):
    raw = open(path, "rb").read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"):
        cs = declared_charset(raw)
        cs = {"windows-1252": "cp1252", "iso-8859-1": "cp1252"}.get(cs, cs)
        txt = html_text(raw.decode(cs))
    elif ext in (".mhtml", ".mht"):
        msg = email.message_from_bytes(raw)
        txt = None
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)  # undoes quoted-printable
                cs = part.get_content_charset() or declared_charset(payload)
                txt = html_text(payload.decode(cs))
                break
        if txt is None:
            raise ValueError("no text/html part in " + path)
    else:
        txt = decode_text(raw)
    return re.sub(r"\s+", " ", txt).strip()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    rows.append({"_error": "%s line %d: %s" % (name, i, e)})
    return rows


def main():
    errors, warn = [], []
    files = sorted(os.listdir(SEEDS))
    texts = {}
    for f in files:
        try:
            texts[f] = visible_text(os.path.join(SEEDS, f))
        except Exception as e:  # noqa
            errors.append("cannot read %s: %s" % (f, e))
    ids = set()
    used = set()

    def check_id(r, prefix, name):
        if "_error" in r:
            errors.append(r["_error"])
            return False
        i = r.get("id", "")
        if not re.match(r"^%s-\d{3}$" % prefix, i):
            errors.append("%s: bad id %r" % (name, i))
        if i in ids:
            errors.append("%s: duplicate id %s" % (name, i))
        ids.add(i)
        return True

    def check_files(r, name):
        ok = True
        for f in [r.get("article_file")] + list(r.get("alt_files", [])):
            if f not in texts:
                errors.append("%s %s: missing file %r" % (name, r.get("id"), f))
                ok = False
            else:
                used.add(f)
        return ok

    def check_spans(r, answers, name, label=""):
        if not answers:
            errors.append("%s %s%s: no answers" % (name, r["id"], label))
        for a in answers:
            if a != a.strip() or not a:
                errors.append("%s %s%s: answer has stray whitespace %r" % (name, r["id"], label, a))
            if len(a.split()) > 10:
                warn.append("%s %s%s: answer longer than 10 words: %r" % (name, r["id"], label, a))
            if norm(a) not in texts[r["article_file"]]:
                errors.append("%s %s%s: %r not in %s" % (name, r["id"], label, a, r["article_file"]))
            for alt in r.get("alt_files", []):
                if alt in texts and norm(a) not in texts[alt]:
                    warn.append("%s %s%s: %r not in alt file %s" % (name, r["id"], label, a, alt))

    counts = {}
    rows = load("answerable.jsonl")
    counts["answerable"] = len(rows)
    for r in rows:
        if not check_id(r, "a", "answerable"):
            continue
        for k in ("question", "article_file", "answers", "alt_files", "kind"):
            if k not in r:
                errors.append("answerable %s: missing field %s" % (r["id"], k))
        if r.get("kind") not in ("who", "what", "when", "where", "how many", "how much", "why", "which", "other"):
            errors.append("answerable %s: bad kind %r" % (r["id"], r.get("kind")))
        if check_files(r, "answerable"):
            check_spans(r, r["answers"], "answerable")

    rows = load("unanswerable.jsonl")
    counts["unanswerable"] = len(rows)
    for r in rows:
        if not check_id(r, "u", "unanswerable"):
            continue
        if r.get("answers") != [] or r.get("is_impossible") is not True or not r.get("note"):
            errors.append("unanswerable %s: needs answers [], is_impossible true and a note" % r["id"])
        check_files(r, "unanswerable")

    rows = load("offtopic.jsonl")
    counts["offtopic"] = len(rows)
    groups = {}
    for r in rows:
        if not check_id(r, "o", "offtopic"):
            continue
        if r.get("answers") != [] or r.get("is_impossible") is not True:
            errors.append("offtopic %s: needs answers [] and is_impossible true" % r["id"])
        groups[r.get("group")] = groups.get(r.get("group"), 0) + 1
    if groups != {"general": 10, "newsy": 10, "dated": 10}:
        errors.append("offtopic groups: %r" % groups)

    rows = load("followups.jsonl")
    counts["followups"] = len(rows)
    for r in rows:
        if not check_id(r, "c", "followups"):
            continue
        t = r.get("turns", [])
        if len(t) != 2 or not t[1].get("standalone"):
            errors.append("followups %s: needs two turns and a standalone" % r["id"])
            continue
        if check_files(r, "followups"):
            check_spans(r, t[0]["answers"], "followups", " turn1")
            check_spans(r, t[1]["answers"], "followups", " turn2")

    for f in files:
        if f not in used:
            warn.append("file without questions: " + f)

    for w in warn:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("files: %d  %s" % (len(files), "  ".join("%s: %d" % kv for kv in counts.items())))
    print("FAIL (%d errors)" % len(errors) if errors else "OK: all checks passed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
