#!/usr/bin/env python3
"""Checker for the Yorvath test archive (standard library only).

Usage: python3 check.py [--ambig]
  Checks every question file against the visible text of the seed articles.
  --ambig  also warn when an answer string of an answerable question occurs in
           another article file as well.
Prints OK when everything passes; exits 1 on failure.
"""
import codecs
import email
import email.policy
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
ARTICLE_EXT = ('.txt', '.md', '.html', '.htm', '.mhtml', '.mht')
KINDS = {'who', 'what', 'which', 'when', 'where', 'how much', 'how many',
         'how long', 'how old', 'why'}
SKIP_TAGS = {'script', 'style', 'head', 'noscript', 'template', 'svg', 'title'}
INLINE_TAGS = {'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn',
               'em', 'font', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp',
               'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'}
ODD_SPACES = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000'

errors = []
warnings = []


def err(msg):
    errors.append(msg)


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag not in INLINE_TAGS:
            self.parts.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE_TAGS:
            self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            if self.skip:
                self.skip -= 1
        elif tag not in INLINE_TAGS:
            self.parts.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(s):
    p = TextExtractor()
    p.feed(s)
    p.close()
    return html.unescape(''.join(p.parts))


def declared_charset(raw, is_html):
    head = raw[:4096].decode('ascii', 'replace')
    if is_html:
        m = re.search(r'<meta[^>]+charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', head, re.I)
    else:
        m = re.search(r'(?:charset|coding)[:=]\s*["\']?([A-Za-z0-9_\-]+)', head, re.I)
    if m:
        try:
            codecs.lookup(m.group(1))
            return m.group(1)
        except LookupError:
            return None
    return None


def decode_bytes(raw, is_html):
    for bom, enc in ((codecs.BOM_UTF32_LE, 'utf-32-le'), (codecs.BOM_UTF32_BE, 'utf-32-be'),
                     (codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_LE, 'utf-16-le'),
                     (codecs.BOM_UTF16_BE, 'utf-16-be')):
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc)
    cs = declared_charset(raw, is_html)
    if cs:
        try:
            return raw.decode(cs)
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')


def normalise(text):
    text = text.replace('\u00ad', '')
    for ch in ODD_SPACES:
        text = text.replace(ch, ' ')
    return re.sub(r'\s+', ' ', text).strip()


def mhtml_html(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == 'text/html':
            payload = part.get_payload(decode=True)
            cs = part.get_content_charset()
            if cs:
                try:
                    return payload.decode(cs)
                except (LookupError, UnicodeDecodeError):
                    pass
            return decode_bytes(payload, True)
    raise ValueError('no text/html part')


_cache = {}


def visible_text(name):
    if name in _cache:
        return _cache[name]
    path = os.path.join(SEEDS, name)
    with open(path, 'rb') as f:
        raw = f.read()
    low = name.lower()
    if low.endswith(('.mhtml', '.mht')):
        text = html_to_text(mhtml_html(raw))
    elif low.endswith(('.html', '.htm')):
        text = html_to_text(decode_bytes(raw, True))
    else:
        text = decode_bytes(raw, False)
    text = normalise(text)
    _cache[name] = text
    return text


def article_files():
    return sorted(n for n in os.listdir(SEEDS)
                  if os.path.isfile(os.path.join(SEEDS, n)) and n.lower().endswith(ARTICLE_EXT))


def valid_file(name, where):
    if not isinstance(name, str) or not name:
        err('%s: missing file name' % where)
        return False
    if '/' in name or '\\' in name:
        err('%s: %r is not a top-level seed file' % (where, name))
        return False
    if not os.path.isfile(os.path.join(SEEDS, name)):
        err('%s: %r does not exist under seeds/' % (where, name))
        return False
    return True


def load(fn):
    rows = []
    path = os.path.join(HERE, fn)
    if not os.path.exists(path):
        err('%s missing' % fn)
        return rows
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err('%s line %d: bad JSON (%s)' % (fn, i, e))
    return rows


def check_ids(rows, fn, prefix):
    seen = set()
    for r in rows:
        i = r.get('id')
        if not isinstance(i, str) or not re.fullmatch(prefix + r'-\d{3}', i):
            err('%s: bad id %r' % (fn, i))
        if i in seen:
            err('%s: duplicate id %r' % (fn, i))
        seen.add(i)


def check_answers(answers, files, where):
    for a in answers:
        if not isinstance(a, str) or not a.strip():
            err('%s: empty answer' % where)
            continue
        for f in files:
            if a not in visible_text(f):
                err('%s: answer %r not found in %s' % (where, a, f))


def main():
    ambig = '--ambig' in sys.argv[1:]
    # seeds/ holds only article files and browser *_files folders
    for n in os.listdir(SEEDS):
        p = os.path.join(SEEDS, n)
        if os.path.isdir(p):
            if not n.endswith('_files'):
                err('seeds/%s: unexpected folder' % n)
        elif not n.lower().endswith(ARTICLE_EXT):
            err('seeds/%s: unexpected file' % n)
    arts = article_files()
    for a in arts:
        try:
            visible_text(a)
        except Exception as e:  # noqa
            err('%s: cannot read (%s)' % (a, e))
    used = set()

    ans = load('answerable.jsonl')
    check_ids(ans, 'answerable.jsonl', 'a')
    for r in ans:
        w = r.get('id')
        if r.get('kind') not in KINDS:
            err('%s: bad kind %r' % (w, r.get('kind')))
        if not r.get('question'):
            err('%s: no question' % w)
        files = [r.get('article_file')] + list(r.get('alt_files') or [])
        if not all(valid_file(f, w) for f in files):
            continue
        used.update(files)
        if not r.get('answers'):
            err('%s: answerable question without answers' % w)
        check_answers(r.get('answers') or [], files, w)
        if ambig:
            for a in r.get('answers') or []:
                others = [o for o in arts if o not in files and a in visible_text(o)]
                if others:
                    warnings.append('%s: answer %r also occurs in %s' % (w, a, ', '.join(others)))

    for fn, prefix in (('unanswerable.jsonl', 'u'), ('offtopic.jsonl', 'o')):
        rows = load(fn)
        check_ids(rows, fn, prefix)
        for r in rows:
            w = r.get('id')
            if not r.get('question'):
                err('%s: no question' % w)
            if r.get('answers') != []:
                err('%s: impossible question must have no answers' % w)
            if r.get('is_impossible') is not True:
                err('%s: is_impossible must be true' % w)
            if fn == 'unanswerable.jsonl':
                valid_file(r.get('article_file'), w)
            elif r.get('group') not in ('general', 'newsy', 'dated'):
                err('%s: bad group %r' % (w, r.get('group')))

    fol = load('followups.jsonl')
    check_ids(fol, 'followups.jsonl', 'c')
    for r in fol:
        w = r.get('id')
        files = [r.get('article_file')] + list(r.get('alt_files') or [])
        if not all(valid_file(f, w) for f in files):
            continue
        turns = r.get('turns') or []
        if len(turns) != 2:
            err('%s: needs two turns' % w)
            continue
        if not turns[1].get('standalone'):
            err('%s: second turn needs a standalone question' % w)
        for k, t in enumerate(turns, 1):
            if not t.get('question') or not t.get('answers'):
                err('%s turn %d: question and answers required' % (w, k))
            check_answers(t.get('answers') or [], files, '%s turn %d' % (w, k))

    unused = [a for a in arts if a not in used]
    for a in unused:
        warnings.append('%s has no answerable question' % a)

    for wmsg in warnings:
        print('WARNING:', wmsg)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED (%d errors)' % len(errors))
        sys.exit(1)
    print('OK  answerable=%d unanswerable=%d offtopic=%d followups=%d files=%d'
          % (len(ans), len(load('unanswerable.jsonl')), len(load('offtopic.jsonl')), len(fol), len(arts)))


if __name__ == '__main__':
    main()
