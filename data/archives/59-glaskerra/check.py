#!/usr/bin/env python3
"""Self-contained checker for the Glaskerra news archive test set.

Standard library only.  Usage:
    python3 check.py            # validate, print OK or the problems
    python3 check.py --ambig    # also warn when an answer occurs in another file
"""
import codecs
import email
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
KINDS = {"who", "what", "which", "when", "where", "how much", "how many",
         "how long", "how old", "why"}
OFF_GROUPS = {"general", "newsy", "dated"}
HTML_EXT = (".html", ".htm")
MHT_EXT = (".mhtml", ".mht")

SKIP = {"script", "style", "head", "noscript", "template", "svg", "title"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
          "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
          "sub", "sup", "time", "u", "var", "wbr", "font", "ins", "del"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE and tag not in SKIP:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
             "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
ZERO = "\u00ad\u200b\u200c\u200d\u2060"


def normalise(text):
    for ch in ZERO:
        text = text.replace(ch, "")
    for ch in ODD_SPACES:
        text = text.replace(ch, " ")
    return re.sub(r"\s+", " ", text).strip()


BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be")]
CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


def decode(raw, is_html):
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc)
    if is_html:
        m = CHARSET_RE.search(raw[:4096])
        if m:
            try:
                return raw.decode(m.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def html_text(markup):
    p = _Text()
    p.feed(markup)
    p.close()
    return "".join(p.out)


def mhtml_text(raw):
    msg = email.message_from_bytes(raw)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            cs = part.get_content_charset()
            if cs:
                try:
                    return html_text(payload.decode(cs))
                except (LookupError, UnicodeDecodeError):
                    pass
            return html_text(decode(payload, True))
    return ""


_cache = {}


def visible(name):
    if name not in _cache:
        path = os.path.join(SEEDS, name)
        with open(path, "rb") as fh:
            raw = fh.read()
        low = name.lower()
        if low.endswith(MHT_EXT):
            text = mhtml_text(raw)
        elif low.endswith(HTML_EXT):
            text = html_text(decode(raw, True))
        else:
            text = decode(raw, False)
        _cache[name] = normalise(text)
    return _cache[name]


def article_files():
    out = []
    for entry in sorted(os.listdir(SEEDS)):
        full = os.path.join(SEEDS, entry)
        if os.path.isfile(full):
            out.append(entry)
    return out


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                rows.append((n, json.loads(line)))
    return rows


def main():
    ambig = "--ambig" in sys.argv
    errors, warnings = [], []
    files = article_files()
    fileset = set(files)
    for f in files:
        if not f.lower().endswith((".txt", ".md") + HTML_EXT + MHT_EXT):
            errors.append("unexpected file in seeds/: %s" % f)
    for d in os.listdir(SEEDS):
        if os.path.isdir(os.path.join(SEEDS, d)) and not d.endswith("_files"):
            errors.append("unexpected folder in seeds/: %s" % d)

    def check_file(fname, prefix, seen_ids):
        used = set()
        rows = load(fname)
        for n, q in rows:
            where = "%s:%d" % (fname, n)
            qid = q.get("id")
            if not qid or not qid.startswith(prefix):
                errors.append("%s bad id %r" % (where, qid))
            if qid in seen_ids:
                errors.append("%s duplicate id %r" % (where, qid))
            seen_ids.add(qid)
            art = q.get("article_file")
            alts = q.get("alt_files", [])
            for f in [art] + list(alts):
                if f not in fileset:
                    errors.append("%s file not in seeds/: %r" % (where, f))
            if art in fileset:
                used.add(art)
            yield where, q, art, alts
        return

    # answerable
    ids = set()
    per_file = {}
    n_ans = 0
    for where, q, art, alts in check_file("answerable.jsonl", "a-", ids):
        n_ans += 1
        per_file[art] = per_file.get(art, 0) + 1
        if q.get("kind") not in KINDS:
            errors.append("%s bad kind %r" % (where, q.get("kind")))
        if not q.get("question", "").strip():
            errors.append("%s empty question" % where)
        answers = q.get("answers") or []
        if not answers:
            errors.append("%s no answers" % where)
        for a in answers:
            na = normalise(a)
            for f in [art] + list(alts):
                if f in fileset and na not in visible(f):
                    errors.append("%s answer %r not in %s" % (where, a, f))
            if ambig:
                others = [f for f in files if f != art and f not in alts
                          and na in visible(f)]
                if others:
                    warnings.append("%s answer %r also in %s"
                                    % (q["id"], a, ", ".join(others[:4])
                                       + (" ..." if len(others) > 4 else "")))
    # unanswerable
    ids_u = set()
    n_un = 0
    for where, q, art, alts in check_file("unanswerable.jsonl", "u-", ids_u):
        n_un += 1
        if q.get("answers") != [] or q.get("is_impossible") is not True:
            errors.append("%s impossible question must have answers [] and is_impossible true" % where)
        if not q.get("note"):
            errors.append("%s missing note" % where)
    # offtopic
    ids_o = set()
    n_off = 0
    groups = {}
    for n, q in load("offtopic.jsonl"):
        where = "offtopic.jsonl:%d" % n
        n_off += 1
        qid = q.get("id")
        if not qid or not qid.startswith("o-") or qid in ids_o:
            errors.append("%s bad or duplicate id %r" % (where, qid))
        ids_o.add(qid)
        if q.get("answers") != [] or q.get("is_impossible") is not True:
            errors.append("%s impossible question must have answers [] and is_impossible true" % where)
        g = q.get("group")
        if g not in OFF_GROUPS:
            errors.append("%s bad group %r" % (where, g))
        groups[g] = groups.get(g, 0) + 1
    # followups
    ids_c = set()
    n_fu = 0
    for where, q, art, alts in check_file("followups.jsonl", "c-", ids_c):
        n_fu += 1
        turns = q.get("turns") or []
        if len(turns) != 2:
            errors.append("%s needs two turns" % where)
            continue
        if not turns[1].get("standalone"):
            errors.append("%s second turn lacks standalone" % where)
        for t in turns:
            if not t.get("answers"):
                errors.append("%s turn without answers" % where)
            for a in t.get("answers", []):
                na = normalise(a)
                for f in [art] + list(alts):
                    if f in fileset and na not in visible(f):
                        errors.append("%s answer %r not in %s" % (where, a, f))

    for f in files:
        if f not in per_file:
            errors.append("file has no answerable questions: %s" % f)

    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAILED: %d error(s)" % len(errors))
        sys.exit(1)
    print("files: %d, answerable: %d, unanswerable: %d, offtopic: %d %s, followups: %d"
          % (len(files), n_ans, n_un, n_off, dict(sorted(groups.items())), n_fu))
    print("OK")


if __name__ == "__main__":
    main()
