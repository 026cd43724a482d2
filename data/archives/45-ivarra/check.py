#!/usr/bin/env python3
"""Check the Ivarra test set: every answer string occurs verbatim in the visible
text of its article file (and of every file in alt_files), files exist, ids unique."""
import codecs, email, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')

class TextExtractor(HTMLParser):
    SKIP = {'script', 'style', 'noscript', 'template'}
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
             'article', 'section', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption',
             'table', 'ul', 'ol', 'title', 'summary', 'details', 'address', 'time', 'span', 'main'}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append('\n')
    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append('\n')
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def html_text(s):
    p = TextExtractor()
    p.feed(s)
    p.close()
    return html.unescape(''.join(p.parts))

def declared_charset(raw):
    head = raw[:4096].decode('ascii', 'ignore')
    m = re.search(r'charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', head, re.I)
    return m.group(1).lower() if m else None

def decode_bytes(raw, path):
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        return raw.decode('utf-16')
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode('utf-8')
    cs = declared_charset(raw) if path.endswith(('.html', '.htm')) else None
    if cs:
        return raw.decode(cs)
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')

def visible_text(path):
    raw = open(path, 'rb').read()
    if path.endswith('.mhtml'):
        msg = email.message_from_bytes(raw)
        for part in msg.walk():
            if part.get_content_type() == 'text/html':
                payload = part.get_payload(decode=True)
                cs = part.get_content_charset() or declared_charset(payload) or 'utf-8'
                text = html_text(payload.decode(cs))
                break
        else:
            raise ValueError('no text/html part in ' + path)
    else:
        text = decode_bytes(raw, path)
        if path.endswith(('.html', '.htm')):
            text = html_text(text)
    return normalise(text)

def normalise(s):
    s = s.replace('\u00ad', '').replace('\u00a0', ' ').replace('\u202f', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def load(name):
    p = os.path.join(HERE, name)
    rows = []
    with open(p, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f'{name}:{i}: bad JSON: {e}')
    return rows

def main():
    errors = []
    cache = {}
    def text_of(fname, where):
        if '_files/' in fname or '_files\\' in fname:
            errors.append(f'{where}: file inside a _files/ folder: {fname}')
            return None
        p = os.path.join(SEEDS, fname)
        if not os.path.isfile(p):
            errors.append(f'{where}: missing file {fname}')
            return None
        if fname not in cache:
            cache[fname] = visible_text(p)
        return cache[fname]

    def check_answers(answers, files, where):
        for fname in files:
            t = text_of(fname, where)
            if t is None:
                continue
            for a in answers:
                if normalise(a) not in t:
                    errors.append(f'{where}: answer {a!r} not found in {fname}')

    ids = set()
    def check_id(r, prefix, where):
        i = r.get('id')
        if not i or not i.startswith(prefix):
            errors.append(f'{where}: bad id {i!r}')
        if i in ids:
            errors.append(f'{where}: duplicate id {i}')
        ids.add(i)

    kinds = {'who', 'what', 'when', 'where', 'how many', 'how much', 'why', 'which', 'other'}
    ans = load('answerable.jsonl')
    for r in ans:
        w = f"answerable {r.get('id')}"
        check_id(r, 'a-', w)
        if r.get('kind') not in kinds:
            errors.append(f'{w}: bad kind {r.get("kind")!r}')
        if not r.get('answers') or not (1 <= len(r['answers']) <= 3):
            errors.append(f'{w}: needs 1-3 answers')
        for a in r.get('answers', []):
            if len(a.split()) > 10:
                errors.append(f'{w}: answer longer than 10 words: {a!r}')
        check_answers(r['answers'], [r['article_file']] + r.get('alt_files', []), w)

    un = load('unanswerable.jsonl')
    for r in un:
        w = f"unanswerable {r.get('id')}"
        check_id(r, 'u-', w)
        if r.get('answers') != [] or r.get('is_impossible') is not True or not r.get('note'):
            errors.append(f'{w}: must have answers [], is_impossible true and a note')
        text_of(r['article_file'], w)

    off = load('offtopic.jsonl')
    groups = {}
    for r in off:
        w = f"offtopic {r.get('id')}"
        check_id(r, 'o-', w)
        if r.get('answers') != [] or r.get('is_impossible') is not True:
            errors.append(f'{w}: must have answers [] and is_impossible true')
        groups[r.get('group')] = groups.get(r.get('group'), 0) + 1
    if set(groups) - {'general', 'newsy', 'dated'}:
        errors.append(f'offtopic: unknown groups {groups}')

    fu = load('followups.jsonl')
    for r in fu:
        w = f"followup {r.get('id')}"
        check_id(r, 'c-', w)
        turns = r.get('turns', [])
        if len(turns) != 2:
            errors.append(f'{w}: needs 2 turns')
            continue
        if not turns[1].get('standalone'):
            errors.append(f'{w}: turn 2 needs a standalone form')
        files = [r['article_file']] + r.get('alt_files', [])
        for k, t in enumerate(turns, 1):
            if not t.get('answers'):
                errors.append(f'{w} turn {k}: no answers')
            check_answers(t.get('answers', []), files, f'{w} turn {k}')

    print(f'answerable {len(ans)}, unanswerable {len(un)}, offtopic {len(off)} {groups}, followups {len(fu)}')
    print(f'article files referenced: {len(cache)}')
    if errors:
        print(f'{len(errors)} problem(s):')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('OK: all checks passed')

if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--text':
        print(visible_text(sys.argv[2]))
    else:
        main()
