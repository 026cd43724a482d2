#!/usr/bin/env python3
"""Checker for the Brisgard test archive (standard library only).

Usage:  python3 check.py            -> prints OK or a list of errors
        python3 check.py --ambig    -> also warns when an answer occurs in another file
        python3 check.py --dump F   -> prints the visible text of seeds/F
"""
import sys, os, re, json, codecs, email
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
ARTICLE_EXT = ('.txt', '.md', '.html', '.htm', '.mhtml', '.mht')

# ---------------------------------------------------------------- decoding

def decode_bytes(data, declared=None):
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode('utf-8', 'replace')
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return data.decode('utf-32', 'replace')
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode('utf-16', 'replace')
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('latin-1')


META_CHARSET = re.compile(rb'<meta[^>]+charset\s*=\s*["\']?\s*([A-Za-z0-9_\-:.]+)', re.I)


def html_charset(data):
    m = META_CHARSET.search(data[:4096])
    return m.group(1).decode('ascii') if m else None


# ---------------------------------------------------------------- HTML -> text

SKIP = {'script', 'style', 'head', 'noscript', 'template', 'svg', 'title'}
BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table',
         'section', 'article', 'aside', 'header', 'footer', 'nav', 'figure', 'figcaption', 'blockquote',
         'dt', 'dd', 'dl', 'main', 'form', 'hr', 'pre', 'caption', 'thead', 'tbody', 'button', 'time', 'span'}
VOID = {'br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'area', 'base', 'col', 'embed', 'wbr', 'param', 'track'}


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip.append(tag)
        if tag in BLOCK and tag != 'span':
            self.parts.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if self.skip and tag in SKIP:
            # pop up to the matching tag
            while self.skip:
                t = self.skip.pop()
                if t == tag:
                    break
        if tag in BLOCK and tag != 'span':
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(s):
    p = TextExtractor()
    p.feed(s)
    p.close()
    return ''.join(p.parts)


# ---------------------------------------------------------------- normalisation

ODD_SPACES = dict.fromkeys([0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
                            0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0x2028, 0x2029, 0x0085], ' ')


def normalise(t):
    t = t.replace('\u00ad', '').replace('\ufeff', '')
    t = t.translate(ODD_SPACES)
    return re.sub(r'\s+', ' ', t).strip()


def visible_text(path):
    ext = os.path.splitext(path)[1].lower()
    data = open(path, 'rb').read()
    if ext in ('.mhtml', '.mht'):
        msg = email.message_from_bytes(data, policy=policy.default)
        html = ''
        for part in msg.walk():
            if part.get_content_type() == 'text/html':
                raw = part.get_payload(decode=True) or b''
                cs = part.get_content_charset() or html_charset(raw)
                html += decode_bytes(raw, cs)
        return normalise(html_to_text(html))
    if ext in ('.html', '.htm'):
        return normalise(html_to_text(decode_bytes(data, html_charset(data))))
    return normalise(decode_bytes(data))


# ---------------------------------------------------------------- checks

def load_jsonl(name, errors):
    path = os.path.join(HERE, name)
    rows = []
    if not os.path.exists(path):
        errors.append('%s: missing' % name)
        return rows
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            errors.append('%s line %d: bad JSON (%s)' % (name, n, e))
    return rows


def main(argv):
    if '--dump' in argv:
        print(visible_text(os.path.join(SEEDS, argv[argv.index('--dump') + 1])))
        return 0
    errors, warnings = [], []
    # seeds: only article files and *_files folders
    articles = []
    for name in sorted(os.listdir(SEEDS)):
        full = os.path.join(SEEDS, name)
        if os.path.isdir(full):
            if not name.endswith('_files'):
                errors.append('seeds/%s: unexpected folder' % name)
            elif not any(os.path.exists(os.path.join(SEEDS, name[:-6] + e)) for e in ('.html', '.htm')):
                errors.append('seeds/%s: no page it belongs to' % name)
            continue
        if not name.lower().endswith(ARTICLE_EXT):
            errors.append('seeds/%s: not an article file' % name)
            continue
        articles.append(name)
    texts = {a: visible_text(os.path.join(SEEDS, a)) for a in articles}

    def file_ok(fn, where):
        if not isinstance(fn, str) or '/' in fn or '\\' in fn or fn not in texts:
            errors.append('%s: file %r not found in seeds/' % (where, fn))
            return False
        return True

    def check_answers(qid, files, answers):
        for f in files:
            for a in answers:
                if not isinstance(a, str) or not a.strip():
                    errors.append('%s: empty answer' % qid)
                elif a not in texts[f]:
                    errors.append('%s: answer %r not in visible text of %s' % (qid, a, f))

    def ambig(qid, files, answers):
        for a in answers:
            others = [o for o in texts if o not in files and a in texts[o]]
            if others:
                warnings.append('%s: answer %r also in %s' % (qid, a, ', '.join(others[:4])))

    seen = set()
    kinds = {'who', 'what', 'which', 'when', 'where', 'how much', 'how many', 'how long', 'how old', 'why'}
    per_file = {a: 0 for a in articles}
    ans = load_jsonl('answerable.jsonl', errors)
    for q in ans:
        qid = q.get('id')
        if not qid or qid in seen:
            errors.append('answerable: missing or duplicate id %r' % qid)
        seen.add(qid)
        if not re.fullmatch(r'a-\d{3}', str(qid)):
            errors.append('%s: bad id' % qid)
        if q.get('kind') not in kinds:
            errors.append('%s: bad kind %r' % (qid, q.get('kind')))
        if not q.get('question') or not q.get('answers'):
            errors.append('%s: question or answers missing' % qid)
            continue
        files = [q.get('article_file')] + list(q.get('alt_files') or [])
        if all(file_ok(f, qid) for f in files):
            check_answers(qid, files, q['answers'])
            per_file[files[0]] += 1
            if '--ambig' in argv:
                ambig(qid, files, q['answers'])
    for a, n in per_file.items():
        if n == 0:
            errors.append('seeds/%s: no answerable questions' % a)

    for name, prefix in (('unanswerable.jsonl', 'u'), ('offtopic.jsonl', 'o')):
        for q in load_jsonl(name, errors):
            qid = q.get('id')
            if not qid or qid in seen or not re.fullmatch(prefix + r'-\d{3}', str(qid)):
                errors.append('%s: missing, duplicate or bad id %r' % (name, qid))
            seen.add(qid)
            if q.get('answers') != [] or q.get('is_impossible') is not True:
                errors.append('%s: impossible question must have answers [] and is_impossible true' % qid)
            if not q.get('question'):
                errors.append('%s: no question' % qid)
            if prefix == 'u':
                file_ok(q.get('article_file'), qid)
                if not q.get('note'):
                    errors.append('%s: no note' % qid)
            else:
                if q.get('group') not in ('general', 'newsy', 'dated'):
                    errors.append('%s: bad group %r' % (qid, q.get('group')))

    for c in load_jsonl('followups.jsonl', errors):
        qid = c.get('id')
        if not qid or qid in seen or not re.fullmatch(r'c-\d{3}', str(qid)):
            errors.append('followups: missing, duplicate or bad id %r' % qid)
        seen.add(qid)
        files = [c.get('article_file')] + list(c.get('alt_files') or [])
        turns = c.get('turns') or []
        if len(turns) != 2:
            errors.append('%s: needs two turns' % qid)
            continue
        if not turns[1].get('standalone'):
            errors.append('%s: second turn has no standalone question' % qid)
        if all(file_ok(f, qid) for f in files):
            for t in turns:
                if not t.get('question') or not t.get('answers'):
                    errors.append('%s: turn without question or answers' % qid)
                else:
                    check_answers(qid, files, t['answers'])

    for w in warnings:
        print('WARNING', w)
    if errors:
        for e in errors:
            print('ERROR', e)
        print('FAILED: %d error(s)' % len(errors))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
