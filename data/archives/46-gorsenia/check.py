#!/usr/bin/env python3
"""Check the test set: every answer string occurs verbatim in the visible text of its
article file; every article_file / alt_files exists (and is not inside a *_files/ folder);
ids are unique; record shapes are right.  Run:  python3 check.py  (exit code 0 = pass)."""
import email, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
KINDS = {'who', 'what', 'when', 'where', 'how many', 'how much', 'why', 'which', 'other'}
BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
         'header', 'footer', 'article', 'section', 'aside', 'nav', 'main', 'figure', 'figcaption', 'dt', 'dd',
         'dl', 'blockquote', 'hr', 'caption', 'thead', 'tbody', 'form', 'button', 'pre', 'iframe', 'canvas'}
INVISIBLE = {'script', 'style', 'head', 'noscript', 'template', 'title'}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in INVISIBLE:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    s = s.replace('\u00ad', '').replace('\u00a0', ' ').replace('\ufeff', '')
    return re.sub(r'\s+', ' ', s).strip()


def decode_text(raw):
    if raw.startswith(b'\xff\xfe') or raw.startswith(b'\xfe\xff'):
        return raw.decode('utf-16')
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')


def decode_html(raw, declared=None):
    if raw.startswith(b'\xff\xfe') or raw.startswith(b'\xfe\xff'):
        return raw.decode('utf-16')
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    cs = (m.group(1).decode() if m else None) or declared or 'utf-8'
    return raw.decode(cs)


def html_visible(text):
    p = Visible()
    p.feed(text)
    p.close()
    return norm(''.join(p.out))


def md_rendered(text):
    t = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1', text)
    t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
    t = t.replace('**', '').replace('*', '')
    return norm(t)


_cache = {}


def texts(name):
    """List of visible-text renderings of a file; an answer must be in every one."""
    if name in _cache:
        return _cache[name]
    path = os.path.join(SEEDS, name)
    raw = open(path, 'rb').read()
    ext = name.rsplit('.', 1)[-1].lower()
    if ext in ('html', 'htm'):
        out = [html_visible(decode_html(raw))]
    elif ext == 'mhtml':
        msg = email.message_from_bytes(raw)
        part = next(p for p in msg.walk() if p.get_content_type() == 'text/html')
        out = [html_visible(decode_html(part.get_payload(decode=True), part.get_content_charset()))]
    elif ext == 'md':
        t = decode_text(raw)
        out = [norm(t), md_rendered(t)]
    else:
        out = [norm(decode_text(raw))]
    _cache[name] = out
    return out


def contains(name, ans):
    a = norm(ans)
    return all(a in t for t in texts(name))


errors, seen_ids = [], set()


def err(msg):
    errors.append(msg)


def check_file(rid, name):
    if not isinstance(name, str) or not name:
        err(f'{rid}: missing file name')
        return False
    if '_files/' in name.replace('\\', '/') or '/' in name:
        err(f'{rid}: {name} is not a top-level article file')
        return False
    if not os.path.isfile(os.path.join(SEEDS, name)):
        err(f'{rid}: file {name} does not exist')
        return False
    return True


def load(fn):
    rows = []
    with open(os.path.join(HERE, fn), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f'{fn}:{i}: bad JSON ({e})')
    return rows


def new_id(rid, prefix):
    if not isinstance(rid, str) or not rid.startswith(prefix):
        err(f'bad id {rid!r} (expected prefix {prefix})')
    if rid in seen_ids:
        err(f'duplicate id {rid}')
    seen_ids.add(rid)


def check_answers(rid, answers, main, alts):
    if not isinstance(answers, list) or not 1 <= len(answers) <= 3:
        err(f'{rid}: needs 1-3 answers')
        return
    for a in answers:
        if not isinstance(a, str) or not a.strip():
            err(f'{rid}: empty answer')
            continue
        if not 1 <= len(a.split()) <= 10:
            err(f'{rid}: answer {a!r} is not 1-10 words')
        if main and not contains(main, a):
            err(f'{rid}: answer {a!r} not found in {main}')
    for alt in alts:
        if check_file(rid, alt) and not any(contains(alt, a) for a in answers):
            err(f'{rid}: no answer found in alt file {alt}')


# answerable
ans_rows = load('answerable.jsonl')
for r in ans_rows:
    rid = r.get('id')
    new_id(rid, 'a-')
    for k in ('question', 'article_file', 'answers', 'alt_files', 'kind'):
        if k not in r:
            err(f'{rid}: missing field {k}')
    if r.get('kind') not in KINDS:
        err(f'{rid}: bad kind {r.get("kind")!r}')
    ok = check_file(rid, r.get('article_file'))
    check_answers(rid, r.get('answers'), r['article_file'] if ok else None, r.get('alt_files', []))

# unanswerable
un_rows = load('unanswerable.jsonl')
for r in un_rows:
    rid = r.get('id')
    new_id(rid, 'u-')
    check_file(rid, r.get('article_file'))
    if r.get('answers') != [] or r.get('is_impossible') is not True or not r.get('note') or not r.get('question'):
        err(f'{rid}: unanswerable record needs question, answers [], is_impossible true and a note')

# off-topic
off_rows = load('offtopic.jsonl')
groups = {}
for r in off_rows:
    rid = r.get('id')
    new_id(rid, 'o-')
    if r.get('answers') != [] or r.get('is_impossible') is not True or not r.get('question'):
        err(f'{rid}: off-topic record needs question, answers [] and is_impossible true')
    groups[r.get('group')] = groups.get(r.get('group'), 0) + 1
if groups != {'general': 10, 'newsy': 10, 'dated': 10}:
    err(f'off-topic groups should be 10/10/10, got {groups}')

# follow-ups
fu_rows = load('followups.jsonl')
for r in fu_rows:
    rid = r.get('id')
    new_id(rid, 'c-')
    ok = check_file(rid, r.get('article_file'))
    turns = r.get('turns', [])
    if len(turns) != 2:
        err(f'{rid}: needs exactly 2 turns')
        continue
    if not turns[1].get('standalone'):
        err(f'{rid}: turn 2 needs a standalone rewrite')
    for j, t in enumerate(turns, 1):
        if not t.get('question'):
            err(f'{rid}: turn {j} has no question')
        check_answers(f'{rid}/t{j}', t.get('answers'), r['article_file'] if ok else None, r.get('alt_files', []))

print(f'answerable {len(ans_rows)}, unanswerable {len(un_rows)}, off-topic {len(off_rows)}, follow-ups {len(fu_rows)}')
if errors:
    print(f'FAIL: {len(errors)} problem(s)')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('PASS')
