#!/usr/bin/env python3
"""Checker for the Crestavia test archive (standard library only).

python3 check.py          -> validates all question files, prints OK or the errors
python3 check.py --ambig  -> also warns when an answerable answer occurs in other files
"""
import codecs, email, json, os, re, sys, unicodedata
from email import policy
from html.parser import HTMLParser
from html import unescape

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
QFILES = ["answerable.jsonl", "unanswerable.jsonl", "offtopic.jsonl", "followups.jsonl"]
ARTICLE_EXT = (".txt", ".md", ".html", ".htm", ".mhtml", ".mht")
KINDS = {"who", "what", "which", "when", "where", "how much", "how many", "how long", "how old", "why"}
GROUPS = {"general", "newsy", "dated"}

BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5",
         "h6", "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption",
         "blockquote", "dt", "dd", "dl", "hr", "pre", "time", "button", "form", "address", "caption",
         "tbody", "thead", "label", "option", "select", "input", "iframe"}
SKIP = {"script", "style", "head", "noscript", "template", "svg", "title"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def unknown_decl(self, data):
        pass


def html_text(s):
    p = Visible()
    p.feed(s)
    p.close()
    return unescape("".join(p.parts))


BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def decode(raw, is_html):
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return raw.decode(enc)
    if is_html:
        head = raw[:4096].decode("ascii", "replace")
        m = re.search(r"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", head, re.I)
        if m:
            try:
                return raw.decode(m.group(1).lower())
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u0009\u000b\u000c\u0085]")


def normalise(s):
    s = s.replace("\u00ad", "")
    s = ODD_SPACES.sub(" ", s)
    return re.sub(r"\s+", " ", s).strip()


def visible_text(path):
    raw = open(path, "rb").read()
    low = path.lower()
    if low.endswith((".mhtml", ".mht")):
        msg = email.message_from_bytes(raw, policy=policy.default)
        texts = []
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                cs = part.get_content_charset() or "utf-8"
                texts.append(html_text(payload.decode(cs, "replace")))
        return normalise(" ".join(texts))
    if low.endswith((".html", ".htm")):
        return normalise(html_text(decode(raw, True)))
    return normalise(decode(raw, False))


def load(name):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    rows.append({"_error": "%s line %d: %s" % (name, n, e)})
    return rows


def main():
    ambig = "--ambig" in sys.argv
    errors, warnings = [], []
    articles = sorted(f for f in os.listdir(SEEDS) if f.lower().endswith(ARTICLE_EXT)
                      and os.path.isfile(os.path.join(SEEDS, f)))
    texts = {f: visible_text(os.path.join(SEEDS, f)) for f in articles}
    seen_ids = set()
    used = set()

    def check_file(qid, f):
        if not isinstance(f, str) or not f or "/" in f or "\\" in f:
            errors.append("%s: bad article path %r" % (qid, f))
            return False
        if f not in texts:
            errors.append("%s: article %r not found in seeds/" % (qid, f))
            return False
        return True

    def check_answers(qid, files, answers):
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                errors.append("%s: empty answer" % qid)
                continue
            na = normalise(a)
            for f in files:
                if f in texts and na not in texts[f]:
                    errors.append("%s: answer %r not in visible text of %s" % (qid, a, f))

    for name in QFILES:
        if not os.path.exists(os.path.join(HERE, name)):
            errors.append("missing %s" % name)
            continue
        for r in load(name):
            if "_error" in r:
                errors.append(r["_error"])
                continue
            qid = r.get("id")
            if not qid:
                errors.append("%s: row without id" % name)
                continue
            if qid in seen_ids:
                errors.append("duplicate id %s" % qid)
            seen_ids.add(qid)
            files = []
            if "article_file" in r:
                if check_file(qid, r["article_file"]):
                    files.append(r["article_file"])
                    used.add(r["article_file"])
            elif name != "offtopic.jsonl":
                errors.append("%s: no article_file" % qid)
            for alt in r.get("alt_files", []):
                if check_file(qid, alt):
                    files.append(alt)
            if name == "answerable.jsonl":
                if not r.get("question"):
                    errors.append("%s: no question" % qid)
                if r.get("kind") not in KINDS:
                    errors.append("%s: bad kind %r" % (qid, r.get("kind")))
                if not r.get("answers"):
                    errors.append("%s: no answers" % qid)
                check_answers(qid, files, r.get("answers", []))
                if ambig:
                    for a in r.get("answers", []):
                        others = [f for f in articles if f not in files and normalise(a) in texts[f]]
                        if others:
                            warnings.append("%s: answer %r also in %s" % (qid, a, ", ".join(others[:5])
                                            + (" …" if len(others) > 5 else "")))
            elif name in ("unanswerable.jsonl", "offtopic.jsonl"):
                if not r.get("question"):
                    errors.append("%s: no question" % qid)
                if r.get("answers") != [] or r.get("is_impossible") is not True:
                    errors.append("%s: impossible question must have answers [] and is_impossible true" % qid)
                if name == "offtopic.jsonl" and r.get("group") not in GROUPS:
                    errors.append("%s: bad group %r" % (qid, r.get("group")))
            else:
                turns = r.get("turns", [])
                if len(turns) != 2:
                    errors.append("%s: followup needs two turns" % qid)
                for i, t in enumerate(turns):
                    if not t.get("question") or not t.get("answers"):
                        errors.append("%s: turn %d incomplete" % (qid, i + 1))
                    check_answers(qid, files, t.get("answers", []))
                if len(turns) == 2 and not turns[1].get("standalone"):
                    errors.append("%s: second turn lacks standalone" % qid)
    for f in articles:
        if f not in used:
            errors.append("article %s has no questions" % f)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print("FAILED: %d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
