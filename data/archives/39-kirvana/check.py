#!/usr/bin/env python3
"""Check the test set: every answer span occurs verbatim in the visible text of its article
(and of each alt file), every referenced file exists, ids are unique.
Usage: python3 check.py [--ambig]   (--ambig also lists answers that occur in other, unlisted files)"""
import html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')

class Visible(HTMLParser):
    SKIP = {'script', 'style', 'noscript', 'template', 'head', 'title'}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.depth = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.depth += 1
        self.parts.append(' ')
    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth: self.depth -= 1
        self.parts.append(' ')
    def handle_data(self, data):
        if not self.depth: self.parts.append(data)

def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    if not m: return 'utf-8'
    cs = m.group(1).decode().lower()
    return 'cp1252' if cs in ('windows-1252', 'cp1252', 'iso-8859-1', 'latin-1') else cs

def norm(s):
    return re.sub(r'\s+', ' ', html.unescape(s)).strip()

_cache = {}
def visible_text(name):
    if name in _cache: return _cache[name]
    path = os.path.join(SEEDS, name)
    raw = open(path, 'rb').read()
    if name.endswith(('.html', '.htm')):
        p = Visible(); p.feed(raw.decode(declared_charset(raw))); p.close()
        txt = norm(''.join(p.parts))
    else:
        txt = norm(raw.decode('utf-8'))
    _cache[name] = txt
    return txt

def load(fn):
    rows = []
    with open(os.path.join(HERE, fn), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try: rows.append(json.loads(line))
                except Exception as e: errors.append(f'{fn}:{i}: bad JSON: {e}')
    return rows

errors, ids = [], set()
files = set(os.listdir(SEEDS))
def need_file(ctx, f):
    if f not in files: errors.append(f'{ctx}: missing file {f!r}'); return False
    return True
def check_id(r, fn):
    i = r.get('id')
    if not i: errors.append(f'{fn}: row without id')
    elif i in ids: errors.append(f'{fn}: duplicate id {i}')
    ids.add(i)
def check_answers(ctx, article, alts, answers):
    if not answers: errors.append(f'{ctx}: no answers')
    # every answer must occur in the article file; each alt file must contain at least one answer
    if need_file(ctx, article):
        t = visible_text(article)
        for a in answers:
            if norm(a) not in t:
                errors.append(f'{ctx}: answer {a!r} not found in {article}')
    for f in alts:
        if need_file(ctx, f) and not any(norm(a) in visible_text(f) for a in answers):
            errors.append(f'{ctx}: no answer found in alt file {f}')

ambig = []
def note_ambig(ctx, article, alts, answers):
    listed = {article, *alts}
    for f in files - listed:
        for a in answers:
            if len(a) >= 6 and norm(a) in visible_text(f):
                ambig.append(f'{ctx}: {a!r} also in {f}')

ans = load('answerable.jsonl')
for r in ans:
    check_id(r, 'answerable')
    for k in ('question', 'article_file', 'answers', 'alt_files', 'kind'):
        if k not in r: errors.append(f"{r.get('id')}: missing field {k}")
    check_answers(r['id'], r['article_file'], r.get('alt_files', []), r['answers'])
    note_ambig(r['id'], r['article_file'], r.get('alt_files', []), r['answers'])
una = load('unanswerable.jsonl')
for r in una:
    check_id(r, 'unanswerable')
    need_file(r['id'], r['article_file'])
    if r.get('answers') != [] or r.get('is_impossible') is not True: errors.append(f"{r['id']}: must have answers [] and is_impossible true")
off = load('offtopic.jsonl')
for r in off:
    check_id(r, 'offtopic')
    if r.get('answers') != [] or r.get('is_impossible') is not True: errors.append(f"{r['id']}: must have answers [] and is_impossible true")
    if r.get('group') not in ('general', 'newsy', 'dated'): errors.append(f"{r['id']}: bad group")
fol = load('followups.jsonl')
for r in fol:
    check_id(r, 'followups')
    if len(r.get('turns', [])) != 2: errors.append(f"{r['id']}: needs 2 turns")
    for j, t in enumerate(r.get('turns', [])):
        check_answers(f"{r['id']}/t{j+1}", r['article_file'], r.get('alt_files', []), t.get('answers', []))
    if len(r.get('turns', [])) == 2 and not r['turns'][1].get('standalone'): errors.append(f"{r['id']}: turn 2 lacks standalone")

print(f'articles: {len(files)}  answerable: {len(ans)}  unanswerable: {len(una)}  offtopic: {len(off)}  followups: {len(fol)}')
if '--ambig' in sys.argv:
    for a in ambig: print('AMBIG?', a)
for e in errors: print('ERROR', e)
print('FAIL' if errors else 'PASS')
sys.exit(1 if errors else 0)
