#!/usr/bin/env python3
"""Checker for the Frelsund test archive (standard library only).

Usage:  python3 check.py            # check everything, print OK or the errors
        python3 check.py --ambig    # also warn when an answer string occurs in another article
"""
import email
import email.policy
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
KINDS = {'who', 'what', 'which', 'when', 'where', 'how much', 'how many', 'how long', 'how old', 'why'}
GROUPS = {'general', 'newsy', 'dated'}
ARTICLE_EXT = ('.txt', '.md', '.html', '.htm', '.mhtml', '.mht')

SKIP = {'script', 'style', 'head', 'noscript', 'template', 'svg', 'title'}
INLINE = {'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
          'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'img', 'input', 'button'}
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag not in INLINE and not self.skip:
                self.out.append(' ')
            return
        if tag in SKIP:
            self.skip += 1
        self.stack.append(tag)
        if tag not in INLINE and not self.skip:
            self.out.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE and not self.skip:
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t in SKIP:
                    self.skip = max(0, self.skip - 1)
                if t == tag:
                    break
        if tag not in INLINE and not self.skip:
            self.out.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = Visible()
    p.feed(s)
    p.close()
    return ''.join(p.out)


ODD_SPACES = dict.fromkeys(map(ord, '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a'
                                    '\u202f\u205f\u3000\t\r\n\f\v\u2028\u2029\u0085'), ' ')
ZERO = dict.fromkeys(map(ord, '\u00ad\u200b\u200c\u200d\u2060\ufeff'), None)


def norm(s):
    s = s.translate(ZERO).translate(ODD_SPACES)
    return re.sub(r' {2,}', ' ', s).strip()


def declared_charset(data):
    head = data[:4096].decode('ascii', 'ignore')
    m = re.search(r'<meta[^>]+charset\s*=\s*["\']?\s*([A-Za-z0-9_\-:.]+)', head, re.I)
    return m.group(1) if m else None


def decode(data, is_html):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    if data.startswith(b'\xff\xfe') or data.startswith(b'\xfe\xff'):
        return data.decode('utf-16')
    if is_html:
        cs = declared_charset(data)
        if cs:
            try:
                return data.decode(cs)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('latin-1')


def visible_text(path):
    ext = os.path.splitext(path)[1].lower()
    with open(path, 'rb') as f:
        data = f.read()
    if ext in ('.mhtml', '.mht'):
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        texts = []
        for part in msg.walk():
            if part.get_content_type() == 'text/html':
                payload = part.get_payload(decode=True) or b''
                cs = part.get_content_charset() or declared_charset(payload) or 'utf-8'
                try:
                    s = payload.decode(cs)
                except (LookupError, UnicodeDecodeError):
                    s = payload.decode('latin-1')
                texts.append(html_text(s))
        return norm(' '.join(texts))
    if ext in ('.html', '.htm'):
        return norm(html_text(decode(data, True)))
    return norm(decode(data, False))


def load_jsonl(name, errors):
    path = os.path.join(HERE, name)
    rows = []
    if not os.path.exists(path):
        errors.append(f'{name}: missing')
        return rows
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f'{name}:{n}: bad JSON ({e})')
    return rows


def main():
    ambig = '--ambig' in sys.argv
    errors, warnings = [], []
    cache = {}

    def text_of(rel):
        if rel not in cache:
            cache[rel] = visible_text(os.path.join(SEEDS, rel))
        return cache[rel]

    def check_file(name, rel):
        if not isinstance(rel, str) or not rel:
            errors.append(f'{name}: missing file name')
            return False
        if '/' in rel or '\\' in rel:
            errors.append(f'{name}: {rel!r} must be a top-level file in seeds/, not inside a _files/ folder')
            return False
        if not os.path.isfile(os.path.join(SEEDS, rel)):
            errors.append(f'{name}: {rel!r} does not exist in seeds/')
            return False
        return True

    articles = sorted(f for f in os.listdir(SEEDS) if os.path.isfile(os.path.join(SEEDS, f)))
    for f in articles:
        if not f.lower().endswith(ARTICLE_EXT):
            errors.append(f'seeds/{f}: not an article file type')
    for d in os.listdir(SEEDS):
        if os.path.isdir(os.path.join(SEEDS, d)) and not d.endswith('_files'):
            errors.append(f'seeds/{d}/: only NAME_files/ folders are allowed')

    def check_answers(qid, rel, alts, answers):
        files = [rel] + list(alts)
        for ans in answers:
            if not isinstance(ans, str) or not ans.strip():
                errors.append(f'{qid}: empty answer')
                continue
            a = norm(ans)
            for fl in files:
                if a not in text_of(fl):
                    errors.append(f'{qid}: answer {ans!r} not found in visible text of {fl}')
            if ambig:
                others = [o for o in articles if o not in files and o.lower().endswith(ARTICLE_EXT) and a in text_of(o)]
                if others:
                    warnings.append(f'{qid}: answer {ans!r} also occurs in {", ".join(others[:4])}{" …" if len(others) > 4 else ""}')

    used = set()
    seen_ids = set()

    def check_id(name, row, prefix):
        rid = row.get('id')
        if not isinstance(rid, str) or not re.fullmatch(prefix + r'-\d{3,}', rid):
            errors.append(f'{name}: bad or missing id {rid!r}')
        elif rid in seen_ids:
            errors.append(f'{name}: duplicate id {rid}')
        seen_ids.add(rid)
        return rid

    # answerable
    for row in load_jsonl('answerable.jsonl', errors):
        qid = check_id('answerable.jsonl', row, 'a')
        if not row.get('question'):
            errors.append(f'{qid}: no question')
        if row.get('kind') not in KINDS:
            errors.append(f'{qid}: bad kind {row.get("kind")!r}')
        alts = row.get('alt_files', [])
        if not isinstance(alts, list):
            errors.append(f'{qid}: alt_files must be a list')
            alts = []
        ok = check_file(qid, row.get('article_file')) and all([check_file(qid, a) for a in alts])
        if not row.get('answers'):
            errors.append(f'{qid}: answerable question without answers')
        elif ok:
            used.update([row['article_file']] + alts)
            check_answers(qid, row['article_file'], alts, row['answers'])

    # unanswerable
    for row in load_jsonl('unanswerable.jsonl', errors):
        qid = check_id('unanswerable.jsonl', row, 'u')
        if not row.get('question'):
            errors.append(f'{qid}: no question')
        check_file(qid, row.get('article_file'))
        if row.get('answers') != [] or row.get('is_impossible') is not True:
            errors.append(f'{qid}: impossible question must have "answers": [] and "is_impossible": true')
        if not row.get('note'):
            errors.append(f'{qid}: no note')

    # off-topic
    for row in load_jsonl('offtopic.jsonl', errors):
        qid = check_id('offtopic.jsonl', row, 'o')
        if not row.get('question'):
            errors.append(f'{qid}: no question')
        if row.get('answers') != [] or row.get('is_impossible') is not True:
            errors.append(f'{qid}: impossible question must have "answers": [] and "is_impossible": true')
        if row.get('group') not in GROUPS:
            errors.append(f'{qid}: bad group {row.get("group")!r}')

    # follow-ups
    for row in load_jsonl('followups.jsonl', errors):
        cid = check_id('followups.jsonl', row, 'c')
        alts = row.get('alt_files', [])
        ok = check_file(cid, row.get('article_file')) and all([check_file(cid, a) for a in alts])
        turns = row.get('turns')
        if not isinstance(turns, list) or len(turns) != 2:
            errors.append(f'{cid}: needs exactly two turns')
            continue
        if not turns[1].get('standalone'):
            errors.append(f'{cid}: second turn needs a standalone question')
        for i, t in enumerate(turns, 1):
            if not t.get('question') or not t.get('answers'):
                errors.append(f'{cid}: turn {i} needs a question and answers')
            elif ok:
                check_answers(f'{cid} turn {i}', row['article_file'], alts, t['answers'])
        if ok:
            used.add(row['article_file'])

    for f in articles:
        if f not in used:
            errors.append(f'seeds/{f}: no question uses this file')

    for w in warnings:
        print('WARN', w)
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'FAILED: {len(errors)} error(s)')
        sys.exit(1)
    print(f'OK ({len(articles)} articles; {len(seen_ids)} ids checked'
          + (f'; {len(warnings)} ambiguity warning(s)' if ambig else '') + ')')


if __name__ == '__main__':
    main()
