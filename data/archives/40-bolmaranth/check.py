#!/usr/bin/env python3
"""Check the test set: every answer span occurs verbatim in the visible text of its
article (and at least one answer in each alt file), files exist, ids are unique."""
import email, html, json, os, re, sys
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')

BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'tfoot',
         'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'article', 'section', 'aside',
         'nav', 'main', 'blockquote', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'caption', 'form',
         'button', 'input', 'hr', 'body', 'html', 'title', 'img'}
SKIP = {'script', 'style', 'head', 'noscript', 'template'}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(markup):
    p = Visible()
    p.feed(markup)
    p.close()
    return ''.join(p.parts)


def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', raw[:4096], re.I)
    return m.group(1).decode('ascii').lower() if m else 'utf-8'


def decode_bytes(raw, charset=None):
    if raw.startswith(b'\xff\xfe') or raw.startswith(b'\xfe\xff'):
        return raw.decode('utf-16')
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    cs = charset or 'utf-8'
    if cs in ('windows-1252', 'cp1252', 'iso-8859-1', 'latin-1', 'latin1'):
        cs = 'cp1252'
    return raw.decode(cs)


def visible_text(path):
    raw = open(path, 'rb').read()
    ext = os.path.splitext(path)[1].lower()
    if ext == '.mhtml':
        msg = email.message_from_bytes(raw, policy=policy.default)
        part = next(p for p in msg.walk() if p.get_content_type() == 'text/html')
        body = part.get_payload(decode=True)  # undoes quoted-printable
        cs = part.get_content_charset() or declared_charset(body)
        text = html_text(decode_bytes(body, cs))
    elif ext in ('.html', '.htm'):
        text = html_text(decode_bytes(raw, declared_charset(raw)))
    else:
        text = decode_bytes(raw)
    return re.sub(r'\s+', ' ', text).strip()


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    errors, ids, cache = [], set(), {}

    def text_of(fname):
        if fname not in cache:
            p = os.path.join(SEEDS, fname)
            cache[fname] = visible_text(p) if os.path.isfile(p) else None
        return cache[fname]

    def check_file(fname, rid):
        if text_of(fname) is None:
            errors.append(f'{rid}: missing file {fname}')
            return False
        return True

    def check_answers(rid, fname, answers, alts):
        if not check_file(fname, rid):
            return
        t = text_of(fname)
        for a in answers:
            if not a.strip():
                errors.append(f'{rid}: empty answer')
            elif norm(a) not in t:
                errors.append(f'{rid}: answer {a!r} not found in {fname}')
        for alt in alts:
            if alt == fname:
                errors.append(f'{rid}: alt file same as article file')
            if check_file(alt, rid) and answers and not any(norm(a) in text_of(alt) for a in answers):
                errors.append(f'{rid}: no answer found in alt file {alt}')

    def load(name):
        rows = []
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        errors.append(f'{name}:{i}: bad JSON {e}')
        return rows

    counts = {}
    for name in ('answerable.jsonl', 'unanswerable.jsonl', 'offtopic.jsonl', 'followups.jsonl'):
        rows = load(name)
        counts[name] = len(rows)
        for r in rows:
            rid = r.get('id')
            if not rid or rid in ids:
                errors.append(f'{name}: duplicate or missing id {rid!r}')
            ids.add(rid)
            if name == 'answerable.jsonl':
                if not r.get('answers'):
                    errors.append(f'{rid}: no answers')
                for a in r.get('answers', []):
                    if len(a.split()) > 10:
                        errors.append(f'{rid}: answer longer than 10 words: {a!r}')
                check_answers(rid, r['article_file'], r['answers'], r.get('alt_files', []))
            elif name == 'unanswerable.jsonl':
                if r.get('answers') != [] or r.get('is_impossible') is not True:
                    errors.append(f'{rid}: unanswerable must have answers [] and is_impossible true')
                check_file(r['article_file'], rid)
            elif name == 'offtopic.jsonl':
                if r.get('answers') != [] or r.get('is_impossible') is not True or r.get('group') not in ('general', 'newsy', 'dated'):
                    errors.append(f'{rid}: bad offtopic row')
            else:
                turns = r.get('turns', [])
                if len(turns) != 2 or 'standalone' not in turns[1]:
                    errors.append(f'{rid}: need 2 turns with standalone on turn 2')
                for t in turns:
                    if not t.get('answers'):
                        errors.append(f'{rid}: turn without answers')
                    check_answers(rid, r['article_file'], t.get('answers', []), r.get('alt_files', []))

    for fname in sorted(os.listdir(SEEDS)):
        try:
            text_of(fname)
        except Exception as e:  # a seed that cannot be decoded is an error
            errors.append(f'cannot read {fname}: {e}')

    print('counts:', ', '.join(f'{k}={v}' for k, v in counts.items()), f'seeds={len(os.listdir(SEEDS))}')
    if errors:
        print(f'{len(errors)} problem(s):')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('OK: all checks passed')


if __name__ == '__main__':
    main()
