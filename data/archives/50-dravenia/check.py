#!/usr/bin/env python3
"""Checker for the Dravenia news archive test set (standard library only).

Usage:  python3 check.py            # validate, print OK or the errors
        python3 check.py --ambig    # also warn when an answer occurs in another article file
"""
import codecs
import email
import email.policy
import json
import os
import re
import sys
from html import unescape
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
KINDS = {'who', 'what', 'which', 'when', 'where', 'how much', 'how many', 'how long', 'how old', 'why'}
ARTICLE_EXT = ('.txt', '.md', '.html', '.htm', '.mhtml', '.mht')

# WHATWG: these labels are decoded as windows-1252 by browsers
CHARSET_ALIASES = {'iso-8859-1': 'cp1252', 'iso8859-1': 'cp1252', 'latin1': 'cp1252', 'latin-1': 'cp1252',
                   'l1': 'cp1252', 'us-ascii': 'cp1252', 'ascii': 'cp1252', 'windows-1252': 'cp1252',
                   'x-cp1252': 'cp1252', 'iso_8859-1': 'cp1252'}


def norm_charset(cs):
    cs = (cs or '').strip().strip('"\'').lower()
    if not cs:
        return None
    cs = CHARSET_ALIASES.get(cs, cs)
    try:
        codecs.lookup(cs)
    except LookupError:
        return None
    return cs


# ---------------------------------------------------------------- decoding
BOMS = [(codecs.BOM_UTF32_LE, 'utf-32-le'), (codecs.BOM_UTF32_BE, 'utf-32-be'),
        (codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_LE, 'utf-16-le'), (codecs.BOM_UTF16_BE, 'utf-16-be')]


def declared_charset(data, is_html):
    if not is_html:
        return None
    head = data[:4096].decode('ascii', 'replace')
    m = re.search(r'<meta[^>]+charset\s*=\s*["\']?([A-Za-z0-9_\-:.]+)', head, re.I)
    if m:
        return norm_charset(m.group(1))
    return None


def decode_bytes(data, is_html):
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc)
    cs = declared_charset(data, is_html)
    if cs:
        return data.decode(cs, 'replace')
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('latin-1')


# ---------------------------------------------------------------- html -> text
SKIP = {'script', 'style', 'head', 'noscript', 'template', 'svg', 'title'}
BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
         'section', 'article', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'blockquote',
         'main', 'dt', 'dd', 'dl', 'hr', 'caption', 'thead', 'tbody', 'form', 'button', 'time', 'pre', 'address'}
VOID = {'br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param'}


class Stripper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag in BLOCK and not self.skip:
                self.out.append(' ')
            return
        if tag in SKIP:
            self.skip += 1
            self.stack.append(tag)
            return
        if tag in BLOCK and not self.skip:
            self.out.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK and not self.skip:
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in SKIP:
            if tag in self.stack:
                while self.stack:
                    t = self.stack.pop()
                    self.skip -= 1
                    if t == tag:
                        break
            return
        if tag in BLOCK and not self.skip:
            self.out.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = Stripper()
    p.feed(s)
    p.close()
    return unescape(''.join(p.out))


ODD_SPACES = re.compile('[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]')


def normalise(s):
    s = s.replace('\u00ad', '').replace('\u200b', '').replace('\ufeff', '')
    s = ODD_SPACES.sub(' ', s)
    return re.sub(r'\s+', ' ', s).strip()


def mht_text(data):
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    texts = []
    for part in msg.walk():
        if part.get_content_type() == 'text/html':
            payload = part.get_payload(decode=True) or b''
            cs = norm_charset(part.get_content_charset())
            if cs:
                s = payload.decode(cs, 'replace')
            else:
                s = decode_bytes(payload, True)
            texts.append(html_text(s))
    return '\n'.join(texts)


_cache = {}


def visible_text(path):
    if path in _cache:
        return _cache[path]
    with open(path, 'rb') as fh:
        data = fh.read()
    low = path.lower()
    if low.endswith(('.mht', '.mhtml')):
        t = mht_text(data)
    elif low.endswith(('.html', '.htm')):
        t = html_text(decode_bytes(data, True))
    else:
        t = decode_bytes(data, False)
    t = normalise(t)
    _cache[path] = t
    return t


# ---------------------------------------------------------------- checks
errors = []
warnings = []


def err(msg):
    errors.append(msg)


def article_path(name, qid):
    if not isinstance(name, str) or not name:
        err('%s: missing article file name' % qid)
        return None
    parts = name.replace('\\', '/').split('/')
    if any(p.endswith('_files') for p in parts[:-1]):
        err('%s: %s is inside a _files folder' % (qid, name))
        return None
    p = os.path.join(SEEDS, *parts)
    if not os.path.isfile(p):
        err('%s: article file %s not found under seeds/' % (qid, name))
        return None
    return p


def load(name):
    p = os.path.join(HERE, name)
    rows = []
    if not os.path.isfile(p):
        err('%s missing' % name)
        return rows
    with open(p, encoding='utf-8') as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as ex:
                err('%s line %d: bad JSON (%s)' % (name, i, ex))
    return rows


def check_answers(qid, answers, files):
    for a in answers:
        if not isinstance(a, str) or not a.strip():
            err('%s: empty answer' % qid)
            continue
        na = normalise(a)
        for fp in files:
            if fp and na not in visible_text(fp):
                err('%s: answer %r not found in %s' % (qid, a, os.path.relpath(fp, SEEDS)))


def main():
    ambig = '--ambig' in sys.argv
    all_ids = set()
    counts = {}
    used_files = set()
    top_files = sorted(x for x in os.listdir(SEEDS)
                       if os.path.isfile(os.path.join(SEEDS, x)) and x.lower().endswith(ARTICLE_EXT))

    def ids_ok(rows, prefix, fname):
        seen = set()
        for r in rows:
            rid = r.get('id')
            if not isinstance(rid, str) or not re.fullmatch(prefix + r'-\d{3}', rid):
                err('%s: bad id %r' % (fname, rid))
            if rid in seen or rid in all_ids:
                err('%s: duplicate id %r' % (fname, rid))
            seen.add(rid)
            all_ids.add(rid)

    # answerable
    rows = load('answerable.jsonl')
    counts['answerable'] = len(rows)
    ids_ok(rows, 'a', 'answerable.jsonl')
    for r in rows:
        qid = r.get('id')
        if not r.get('question'):
            err('%s: no question' % qid)
        if r.get('kind') not in KINDS:
            err('%s: bad kind %r' % (qid, r.get('kind')))
        if not r.get('answers'):
            err('%s: answerable question without answers' % qid)
        main_p = article_path(r.get('article_file'), qid)
        used_files.add(r.get('article_file'))
        alts = [article_path(x, qid) for x in r.get('alt_files', [])]
        check_answers(qid, r.get('answers', []), [main_p] + alts)
        if ambig and main_p:
            own = {os.path.basename(main_p)} | {os.path.basename(x) for x in alts if x}
            for a in r.get('answers', []):
                na = normalise(a)
                others = [x for x in top_files if x not in own and na in visible_text(os.path.join(SEEDS, x))]
                if others:
                    warnings.append('%s: answer %r also in %s' % (qid, a, ', '.join(others[:5]) + (' ...' if len(others) > 5 else '')))

    # impossible ones
    for fname, prefix in (('unanswerable.jsonl', 'u'), ('offtopic.jsonl', 'o')):
        rows = load(fname)
        counts[fname.split('.')[0]] = len(rows)
        ids_ok(rows, prefix, fname)
        for r in rows:
            qid = r.get('id')
            if not r.get('question'):
                err('%s: no question' % qid)
            if r.get('answers') != []:
                err('%s: impossible question must have answers: []' % qid)
            if r.get('is_impossible') is not True:
                err('%s: is_impossible must be true' % qid)
            if prefix == 'u':
                article_path(r.get('article_file'), qid)
            if prefix == 'o' and r.get('group') not in ('general', 'newsy', 'dated'):
                err('%s: bad group %r' % (qid, r.get('group')))

    # follow-ups
    rows = load('followups.jsonl')
    counts['followups'] = len(rows)
    ids_ok(rows, 'c', 'followups.jsonl')
    for r in rows:
        qid = r.get('id')
        main_p = article_path(r.get('article_file'), qid)
        alts = [article_path(x, qid) for x in r.get('alt_files', [])]
        turns = r.get('turns') or []
        if len(turns) != 2:
            err('%s: expected 2 turns' % qid)
        for i, t in enumerate(turns):
            if not t.get('question') or not t.get('answers'):
                err('%s turn %d: question and answers required' % (qid, i + 1))
            if i == 1 and not t.get('standalone'):
                err('%s turn 2: standalone missing' % qid)
            check_answers('%s/t%d' % (qid, i + 1), t.get('answers', []), [main_p] + alts)

    missing = [x for x in top_files if x not in used_files]
    for x in missing:
        err('seeds/%s has no answerable questions' % x)

    for w in warnings:
        print('WARN', w)
    if errors:
        for x in errors:
            print('ERROR', x)
        print('FAILED: %d error(s)' % len(errors))
        sys.exit(1)
    print('files: %d; ' % len(top_files) + '; '.join('%s: %d' % kv for kv in counts.items()))
    print('OK')


if __name__ == '__main__':
    main()
