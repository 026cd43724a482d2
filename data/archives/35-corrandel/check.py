#!/usr/bin/env python3
"""Check the test set: every answer span occurs verbatim in the visible text of its
article (HTML: tags stripped with html.parser, script/style/head skipped, entities
unescaped; all files: whitespace collapsed), every article_file / alt_files exists,
ids are unique, and required fields are present."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')

class Visible(HTMLParser):
    SKIP = {'script', 'style', 'head', 'template', 'noscript'}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.depth = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        self.parts.append(' ')
    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.parts.append(' ')
    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

_cache = {}
def visible_text(fname):
    if fname not in _cache:
        with open(os.path.join(SEEDS, fname), encoding='utf-8') as f:
            raw = f.read()
        if fname.endswith(('.html', '.htm')):
            p = Visible(); p.feed(raw); p.close()
            raw = ''.join(p.parts)
        _cache[fname] = norm(raw)
    return _cache[fname]

errors = []
def err(msg):
    errors.append(msg)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f'{name}:{i}: bad JSON ({e})')
    return rows

def check_files(rid, row):
    files = [row.get('article_file')] + list(row.get('alt_files', []))
    ok = True
    for fn in files:
        if not fn or not os.path.isfile(os.path.join(SEEDS, fn)):
            err(f'{rid}: missing file {fn!r}'); ok = False
    return ok

def check_answers(rid, row, answers):
    if not answers:
        err(f'{rid}: no answers'); return
    text = visible_text(row['article_file'])
    for a in answers:
        if not isinstance(a, str) or not a.strip():
            err(f'{rid}: empty answer'); continue
        if len(a.split()) > 10:
            err(f'{rid}: answer longer than 10 words: {a!r}')
        if norm(a) not in text:
            err(f'{rid}: answer {a!r} not found in {row["article_file"]}')
    for alt in row.get('alt_files', []):
        t = visible_text(alt)
        if not any(norm(a) in t for a in answers):
            err(f'{rid}: no answer found in alt file {alt}')

ids = set()
def new_id(rid, prefix):
    if not rid or not str(rid).startswith(prefix):
        err(f'bad id {rid!r} (expected prefix {prefix})')
    if rid in ids:
        err(f'duplicate id {rid}')
    ids.add(rid)

KINDS = {'who', 'what', 'when', 'where', 'how many', 'how much', 'why', 'which', 'other'}
ans = load('answerable.jsonl')
for r in ans:
    rid = r.get('id'); new_id(rid, 'a-')
    if not r.get('question'): err(f'{rid}: no question')
    if r.get('kind') not in KINDS: err(f'{rid}: bad kind {r.get("kind")!r}')
    if check_files(rid, r):
        check_answers(rid, r, r.get('answers', []))

un = load('unanswerable.jsonl')
for r in un:
    rid = r.get('id'); new_id(rid, 'u-')
    if r.get('answers') != [] or r.get('is_impossible') is not True: err(f'{rid}: must have answers [] and is_impossible true')
    if not r.get('note'): err(f'{rid}: no note')
    if not r.get('question'): err(f'{rid}: no question')
    check_files(rid, r)

off = load('offtopic.jsonl')
for r in off:
    rid = r.get('id'); new_id(rid, 'o-')
    if r.get('answers') != [] or r.get('is_impossible') is not True: err(f'{rid}: must have answers [] and is_impossible true')
    if r.get('group') not in {'general', 'newsy', 'dated'}: err(f'{rid}: bad group')
    if not r.get('question'): err(f'{rid}: no question')

fu = load('followups.jsonl')
for r in fu:
    rid = r.get('id'); new_id(rid, 'c-')
    if not check_files(rid, r): continue
    turns = r.get('turns', [])
    if len(turns) != 2: err(f'{rid}: expected 2 turns')
    for k, t in enumerate(turns):
        if not t.get('question'): err(f'{rid} turn {k+1}: no question')
        check_answers(f'{rid} turn {k+1}', r, t.get('answers', []))
    if len(turns) == 2 and not turns[1].get('standalone'):
        err(f'{rid}: turn 2 lacks standalone')

seeds = sorted(os.listdir(SEEDS))
used = {r['article_file'] for r in ans if 'article_file' in r}
for s in seeds:
    if s not in used: err(f'seed {s} has no answerable question')

print(f'seeds: {len(seeds)}  answerable: {len(ans)}  unanswerable: {len(un)}  offtopic: {len(off)}  followups: {len(fu)}')
if errors:
    print(f'{len(errors)} problem(s):')
    for e in errors: print('  ' + e)
    sys.exit(1)
print('OK: all checks passed')
