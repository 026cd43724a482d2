#!/usr/bin/env python3
"""Self-contained checker for this test set (Python 3 standard library only).

    python3 check.py           # validate; prints OK or the problems found
    python3 check.py --ambig   # also warn when an answer string occurs in another file
"""
import email
import json
import os
import re
import sys
import unicodedata
from html import unescape
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(ROOT, 'seeds')
QFILES = ['answerable.jsonl', 'unanswerable.jsonl', 'offtopic.jsonl', 'followups.jsonl']
KINDS = {'who', 'what', 'which', 'when', 'where', 'how much', 'how many', 'how long', 'how old', 'why'}
GROUPS = {'general', 'newsy', 'dated'}
HTML_EXT = ('.html', '.htm')
MHT_EXT = ('.mhtml', '.mht')
TEXT_EXT = ('.txt', '.md')

SKIP_TAGS = {'script', 'style', 'head', 'noscript', 'template', 'svg', 'title'}
BLOCK_TAGS = {
    'address', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'div', 'dl', 'dt',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
    'hr', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot',
    'th', 'thead', 'tr', 'ul', 'iframe', 'img', 'video', 'body', 'html',
}
REMOVE_CHARS = dict.fromkeys(map(ord, '\u00ad\u200b\u200c\u200d\u2060\ufeff'), None)
ODD_SPACES = dict.fromkeys(map(ord, '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007'
                                    '\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'), ' ')

CHARSET_RE = re.compile(rb'''<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)''', re.I)
XML_ENC_RE = re.compile(rb'''<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)["']''', re.I)


# ---------------------------------------------------------------- decoding
def decode_bytes(data, is_html):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8', 'replace')
    if data.startswith(b'\xff\xfe\x00\x00'):
        return data[4:].decode('utf-32-le', 'replace')
    if data.startswith(b'\x00\x00\xfe\xff'):
        return data[4:].decode('utf-32-be', 'replace')
    if data.startswith(b'\xff\xfe'):
        return data[2:].decode('utf-16-le', 'replace')
    if data.startswith(b'\xfe\xff'):
        return data[2:].decode('utf-16-be', 'replace')
    if is_html:
        head = data[:8192]
        m = CHARSET_RE.search(head) or XML_ENC_RE.search(head)
        if m:
            enc = m.group(1).decode('ascii', 'replace').strip().lower()
            try:
                return data.decode(enc)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('latin-1')


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.out.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            if self.skip:
                self.skip -= 1
        elif tag in BLOCK_TAGS:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(html):
    p = _Text()
    p.feed(html)
    p.close()
    return unescape(''.join(p.out))


def mhtml_html(data):
    msg = email.message_from_bytes(data)
    for part in msg.walk():
        if part.get_content_type() == 'text/html':
            payload = part.get_payload(decode=True) or b''
            cs = part.get_content_charset()
            if cs:
                try:
                    return payload.decode(cs)
                except (LookupError, UnicodeDecodeError):
                    pass
            return decode_bytes(payload, True)
    raise ValueError('no text/html part')


def normalise(s):
    s = unicodedata.normalize('NFC', s)
    s = s.translate(REMOVE_CHARS).translate(ODD_SPACES)
    return re.sub(r'\s+', ' ', s).strip()


_cache = {}


def visible_text(name):
    if name not in _cache:
        path = os.path.join(SEEDS, name)
        data = open(path, 'rb').read()
        low = name.lower()
        if low.endswith(MHT_EXT):
            text = html_to_text(mhtml_html(data))
        elif low.endswith(HTML_EXT):
            text = html_to_text(decode_bytes(data, True))
        else:
            text = decode_bytes(data, False)
        _cache[name] = normalise(text)
    return _cache[name]


def seed_files():
    out = []
    for n in sorted(os.listdir(SEEDS)):
        p = os.path.join(SEEDS, n)
        if os.path.isfile(p) and n.lower().endswith(TEXT_EXT + HTML_EXT + MHT_EXT):
            out.append(n)
    return out


# ---------------------------------------------------------------- checks
def main():
    ambig = '--ambig' in sys.argv[1:]
    errors, warnings = [], []
    seeds = seed_files()
    seedset = set(seeds)
    used = set()
    counts = {}

    def check_file_ref(qid, name):
        if not isinstance(name, str) or not name:
            errors.append('%s: missing article file' % qid)
            return False
        if '/' in name or '\\' in name or name.endswith('_files'):
            errors.append('%s: %r must be a file directly under seeds/' % (qid, name))
            return False
        if name not in seedset:
            errors.append('%s: %r not found under seeds/' % (qid, name))
            return False
        used.add(name)
        return True

    def check_answers(qid, answers, files):
        if not isinstance(answers, list) or not answers:
            errors.append('%s: no answers' % qid)
            return
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                errors.append('%s: empty answer' % qid)
                continue
            na = normalise(a)
            for f in files:
                if f in seedset and na not in visible_text(f):
                    errors.append('%s: answer %r not found verbatim in %s' % (qid, a, f))
            if ambig:
                for other in seeds:
                    if other not in files and na in visible_text(other):
                        warnings.append('%s: answer %r also occurs in %s' % (qid, a, other))

    all_ids = set()
    for qf in QFILES:
        path = os.path.join(ROOT, qf)
        if not os.path.exists(path):
            errors.append('missing %s' % qf)
            continue
        rows = []
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    errors.append('%s line %d: bad JSON (%s)' % (qf, ln, e))
        counts[qf] = len(rows)
        prefix = {'answerable.jsonl': 'a-', 'unanswerable.jsonl': 'u-',
                  'offtopic.jsonl': 'o-', 'followups.jsonl': 'c-'}[qf]
        for r in rows:
            qid = r.get('id')
            if not qid or not isinstance(qid, str):
                errors.append('%s: row without id: %r' % (qf, r)[:200])
                continue
            if qid in all_ids:
                errors.append('%s: duplicate id %s' % (qf, qid))
            all_ids.add(qid)
            if not qid.startswith(prefix):
                errors.append('%s: id %s should start with %s' % (qf, qid, prefix))

            if qf == 'answerable.jsonl':
                if not r.get('question'):
                    errors.append('%s: empty question' % qid)
                if r.get('kind') not in KINDS:
                    errors.append('%s: bad kind %r' % (qid, r.get('kind')))
                files = [r.get('article_file')] + list(r.get('alt_files') or [])
                ok = all([check_file_ref(qid, f) for f in files])
                if ok:
                    check_answers(qid, r.get('answers'), files)
            elif qf == 'unanswerable.jsonl':
                if not r.get('question'):
                    errors.append('%s: empty question' % qid)
                check_file_ref(qid, r.get('article_file'))
                if r.get('answers') != [] or r.get('is_impossible') is not True:
                    errors.append('%s: impossible question must have answers [] and is_impossible true' % qid)
            elif qf == 'offtopic.jsonl':
                if not r.get('question'):
                    errors.append('%s: empty question' % qid)
                if r.get('answers') != [] or r.get('is_impossible') is not True:
                    errors.append('%s: impossible question must have answers [] and is_impossible true' % qid)
                if r.get('group') not in GROUPS:
                    errors.append('%s: bad group %r' % (qid, r.get('group')))
            else:
                files = [r.get('article_file')] + list(r.get('alt_files') or [])
                ok = all([check_file_ref(qid, f) for f in files])
                turns = r.get('turns') or []
                if len(turns) != 2:
                    errors.append('%s: need exactly 2 turns' % qid)
                for i, t in enumerate(turns):
                    if not t.get('question'):
                        errors.append('%s turn %d: empty question' % (qid, i + 1))
                    if i == 1 and not t.get('standalone'):
                        errors.append('%s turn 2: missing standalone' % qid)
                    if ok:
                        check_answers('%s turn %d' % (qid, i + 1), t.get('answers'), files)

    for s in seeds:
        if s not in used:
            errors.append('seed file %s has no questions' % s)

    for w in warnings:
        print('WARN', w)
    if errors:
        for e in errors:
            print('ERROR', e)
        print('FAILED: %d error(s)' % len(errors))
        sys.exit(1)
    print('files: %d; %s' % (len(seeds), ', '.join('%s %d' % (k, v) for k, v in counts.items())))
    if ambig:
        print('%d ambiguity warning(s)' % len(warnings))
    print('OK')


if __name__ == '__main__':
    main()
