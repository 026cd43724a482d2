#!/usr/bin/env python3
"""Check the test set: every answer span occurs verbatim in the visible text of its
article (and alt files), every referenced file exists, ids are unique."""
import codecs, email, html, json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(ROOT, "seeds")

BLOCK = {"p","div","br","li","ul","ol","tr","td","th","table","h1","h2","h3","h4","h5","h6",
         "figcaption","figure","section","article","header","footer","nav","aside","main","blockquote","title"}

class Text(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in self.SKIP:
            if self.skip: self.skip -= 1
        elif tag in BLOCK:
            self.parts.append(" ")
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def html_text(s):
    p = Text(); p.feed(s); p.close()
    return html.unescape("".join(p.parts))

def charset_of_html(raw):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', raw[:4000], re.I)
    return m.group(1).decode() if m else "utf-8"

def decode_text(raw):
    if raw.startswith(codecs.BOM_UTF8): return raw[3:].decode("utf-8")
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE): return raw.decode("utf-16")
    try: return raw.decode("utf-8")
    except UnicodeDecodeError: return raw.decode("latin-1")

def visible(path):
    raw = open(path, "rb").read()
    ext = path.lower().rsplit(".", 1)[-1]
    if ext == "mhtml":
        msg = email.message_from_bytes(raw)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                t = html_text(payload.decode(part.get_content_charset() or "utf-8"))
                break
        else: raise ValueError("no html part")
    elif ext in ("html", "htm"):
        t = html_text(raw.decode(charset_of_html(raw)))
    else:
        t = decode_text(raw)
    t = t.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufeff", "")
    return re.sub(r"\s+", " ", t).strip()

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

cache = {}
def text_of(name):
    if name not in cache: cache[name] = visible(os.path.join(SEEDS, name))
    return cache[name]

errors, ids, counts = [], set(), {}
def check_file(rid, name):
    if not name or "_files/" in name.replace("\\", "/") or not os.path.isfile(os.path.join(SEEDS, name)):
        errors.append(f"{rid}: bad file {name!r}"); return False
    return True

def check_answers(rid, art, alts, answers):
    if not check_file(rid, art): return
    for a in answers:
        if len(a.split()) > 10: errors.append(f"{rid}: answer too long {a!r}")
        if norm(a) not in text_of(art): errors.append(f"{rid}: {a!r} not in {art}")
    for alt in alts:
        if check_file(rid, alt) and answers and not any(norm(a) in text_of(alt) for a in answers):
            errors.append(f"{rid}: no answer found in alt file {alt}")

for fname in ("answerable.jsonl", "unanswerable.jsonl", "offtopic.jsonl", "followups.jsonl"):
    n = 0
    for ln, line in enumerate(open(os.path.join(ROOT, fname), encoding="utf-8"), 1):
        if not line.strip(): continue
        r = json.loads(line); n += 1
        rid = r.get("id")
        if not rid or rid in ids: errors.append(f"{fname}:{ln}: duplicate/missing id {rid}")
        ids.add(rid)
        if fname == "answerable.jsonl":
            if not r["answers"]: errors.append(f"{rid}: no answers")
            check_answers(rid, r["article_file"], r.get("alt_files", []), r["answers"])
        elif fname == "unanswerable.jsonl":
            if r["answers"] or not r.get("is_impossible"): errors.append(f"{rid}: should be impossible")
            check_file(rid, r["article_file"])
        elif fname == "offtopic.jsonl":
            if r["answers"] or not r.get("is_impossible") or r.get("group") not in ("general","newsy","dated"):
                errors.append(f"{rid}: bad offtopic record")
        else:
            if len(r["turns"]) != 2 or "standalone" not in r["turns"][1]: errors.append(f"{rid}: bad turns")
            for t in r["turns"]:
                if not t["answers"]: errors.append(f"{rid}: turn without answers")
                check_answers(rid, r["article_file"], r.get("alt_files", []), t["answers"])
    counts[fname] = n

for name in sorted(os.listdir(SEEDS)):
    p = os.path.join(SEEDS, name)
    if os.path.isfile(p):
        try: text_of(name)
        except Exception as e: errors.append(f"cannot read {name}: {e}")

print(counts, f"{len(cache)} files read")
if errors:
    print(f"{len(errors)} problem(s):"); print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")
