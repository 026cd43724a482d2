#!/usr/bin/env python3
"""Check the test set: every answer occurs verbatim in the visible text of its
article_file, and every alt_files entry contains at least one of the answers (HTML: tags stripped with html.parser, entities unescaped, script/style/
head removed; whitespace collapsed), every article_file / alt_files exists,
ids are unique, required fields are present.  Exit code 0 = pass."""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'thead', 'tbody',
         'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'header', 'footer', 'nav',
         'aside', 'main', 'figure', 'figcaption', 'blockquote', 'dt', 'dd', 'dl', 'form',
         'button', 'label', 'time', 'caption', 'hr', 'body', 'html', 'title', 'option', 'select'}
HIDDEN = {'script', 'style', 'head', 'noscript', 'template', 'svg'}

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN: self.skip += 1
        elif tag in BLOCK: self.out.append(' ')
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in HIDDEN: self.skip = max(0, self.skip - 1)
        elif tag in BLOCK: self.out.append(' ')
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def norm(s): return re.sub(r'\s+', ' ', s).strip()

_cache = {}
def visible_text(fn):
    if fn not in _cache:
        raw = open(os.path.join(SEEDS, fn), encoding='utf-8').read()
        if fn.endswith(('.html', '.htm')):
            p = Visible(); p.feed(raw); p.close(); raw = ''.join(p.out)
        _cache[fn] = norm(raw)
    return _cache[fn]

def load(name):
    path = os.path.join(HERE, name)
    rows = []
    for i, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.strip():
            try: rows.append(json.loads(line))
            except Exception as e: err(f'{name}:{i}: bad JSON: {e}')
    return rows

errors, warnings = [], []
def err(m): errors.append(m)

def check_file(rid, fn):
    if not fn or not os.path.isfile(os.path.join(SEEDS, fn)):
        err(f'{rid}: missing file {fn!r}'); return False
    return True

def check_answers(rid, fn, alts, answers, must):
    if must and not answers: err(f'{rid}: no answers')
    for a in answers:
        if not isinstance(a, str) or not a.strip(): err(f'{rid}: empty answer'); continue
        if len(a.split()) > 10: warnings.append(f'{rid}: long answer ({len(a.split())} words): {a!r}')
        if os.path.isfile(os.path.join(SEEDS, fn)) and norm(a) not in visible_text(fn):
            err(f'{rid}: answer {a!r} not found in {fn}')
    for f in alts:  # each alternative file must give at least one of the answers
        if os.path.isfile(os.path.join(SEEDS, f)) and answers and not any(
                isinstance(a, str) and norm(a) in visible_text(f) for a in answers):
            err(f'{rid}: none of the answers found in alt file {f}')

def main():
    ids = set()
    files = sorted(os.listdir(SEEDS))
    counts = {}
    for name, must in [('answerable.jsonl', True), ('unanswerable.jsonl', False),
                       ('offtopic.jsonl', False), ('followups.jsonl', True)]:
        rows = load(name); counts[name] = len(rows)
        for r in rows:
            rid = r.get('id')
            if not rid: err(f'{name}: row without id'); continue
            if rid in ids: err(f'{rid}: duplicate id')
            ids.add(rid)
            if name == 'offtopic.jsonl':
                if r.get('answers') != [] or r.get('is_impossible') is not True: err(f'{rid}: offtopic must have answers [] and is_impossible true')
                if r.get('group') not in ('general', 'newsy', 'dated'): err(f'{rid}: bad group')
                if not r.get('question'): err(f'{rid}: no question')
                continue
            fn = r.get('article_file'); ok = check_file(rid, fn)
            alts = r.get('alt_files', []) or []
            for f in alts: check_file(rid, f)
            if name == 'unanswerable.jsonl':
                if r.get('answers') != [] or r.get('is_impossible') is not True: err(f'{rid}: must have answers [] and is_impossible true')
                if not r.get('note'): err(f'{rid}: no note')
                continue
            if name == 'answerable.jsonl':
                if not r.get('question'): err(f'{rid}: no question')
                if ok: check_answers(rid, fn, alts, r.get('answers', []), True)
                if not 1 <= len(r.get('answers', [])) <= 3: err(f'{rid}: need 1-3 answers')
            if name == 'followups.jsonl':
                t = r.get('turns', [])
                if len(t) != 2: err(f'{rid}: need 2 turns'); continue
                if not t[1].get('standalone'): err(f'{rid}: turn 2 lacks standalone')
                for turn in t:
                    if ok: check_answers(rid, fn, alts, turn.get('answers', []), True)
    used = set()
    for name in ('answerable.jsonl', 'unanswerable.jsonl', 'followups.jsonl'):
        for r in load(name): used.add(r.get('article_file'))
    for f in files:
        if f not in used: warnings.append(f'seed {f} has no questions')
    for w in warnings: print('WARN', w)
    for e in errors: print('ERROR', e)
    print('counts:', counts, 'seeds:', len(files))
    print('FAIL' if errors else 'PASS')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
