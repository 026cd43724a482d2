#!/usr/bin/env python3
"""Check the test set in this folder.

For every question file (answerable, unanswerable, offtopic, followups):
  * ids are present and unique across all files;
  * article_file and every alt_files entry exist under seeds/ and are not inside a *_files/ folder;
  * every answer string occurs verbatim in the visible text of its article file
    and, for answerable questions and follow-ups, of every file listed in alt_files;
  * impossible questions carry no answers.

Visible text: HTML is stripped of tags with html.parser (script, style, head, noscript,
template and svg content dropped), entities unescaped; each file is decoded by its
byte-order mark, else its declared charset, else UTF-8 with a Latin-1 fallback; the
.mhtml file is opened with the email package and its text/html part decoded
(quoted-printable). Soft hyphens (U+00AD) are removed, non-breaking spaces read as
spaces and all whitespace collapsed. Matching is case-sensitive.

Usage: python3 check.py [--ambig]   (--ambig also lists answers that occur in other files)
"""
import email, json, os, re, sys
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
FILES = ['answerable.jsonl', 'unanswerable.jsonl', 'offtopic.jsonl', 'followups.jsonl']

SKIP = {'script', 'style', 'head', 'noscript', 'template', 'svg', 'title'}
BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr',
         'table', 'thead', 'tbody', 'tfoot', 'section', 'article', 'header', 'footer', 'nav', 'aside',
         'main', 'figure', 'figcaption', 'blockquote', 'form', 'button', 'hr', 'dl', 'dt', 'dd',
         'caption', 'label', 'input', 'textarea', 'select', 'option', 'iframe', 'img', 'pre', 'body', 'html',
         'center', 'address', 'details', 'summary', 'fieldset', 'legend'}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def decode(raw, declared=None):
    if raw.startswith(b'\xff\xfe') or raw.startswith(b'\xfe\xff'):
        return raw.decode('utf-16')
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    if declared is None:
        m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_\-]+)', raw[:4096], re.I)
        if m:
            declared = m.group(1).decode('ascii')
    if declared:
        return raw.decode(declared)
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')


def html_text(s):
    p = Text()
    p.feed(s)
    p.close()
    return ''.join(p.out)


def norm(s):
    s = s.replace('\u00ad', '').replace('\u00a0', ' ').replace('\u202f', ' ')
    return re.sub(r'\s+', ' ', s).strip()


_cache = {}
def visible(name):
    if name in _cache:
        return _cache[name]
    path = os.path.join(SEEDS, name)
    raw = open(path, 'rb').read()
    ext = name.rsplit('.', 1)[-1].lower()
    if ext == 'mhtml':
        msg = email.message_from_bytes(raw, policy=policy.default)
        txt = None
        for part in msg.walk():
            if part.get_content_type() == 'text/html':
                body = part.get_payload(decode=True)
                txt = html_text(decode(body, part.get_content_charset()))
                break
        if txt is None:
            raise ValueError('no text/html part in ' + name)
    elif ext in ('html', 'htm'):
        txt = html_text(decode(raw))
    else:
        txt = decode(raw)
    _cache[name] = norm(txt)
    return _cache[name]


def main():
    ambig = '--ambig' in sys.argv
    errors, ids, counts = [], set(), {}
    seed_files = sorted(f for f in os.listdir(SEEDS) if os.path.isfile(os.path.join(SEEDS, f)))

    def bad(msg):
        errors.append(msg)

    def check_file_ref(qid, f):
        if not isinstance(f, str) or not f:
            bad(f'{qid}: empty file name'); return False
        if re.search(r'(^|/)[^/]*_files/', f):
            bad(f'{qid}: {f} is inside a _files/ folder'); return False
        if not os.path.isfile(os.path.join(SEEDS, f)):
            bad(f'{qid}: {f} does not exist'); return False
        return True

    def check_answers(qid, answers, files):
        if not answers:
            bad(f'{qid}: no answers'); return
        for ans in answers:
            if not isinstance(ans, str) or not ans.strip():
                bad(f'{qid}: empty answer'); continue
            n = norm(ans)
            if len(n.split()) > 10:
                bad(f'{qid}: answer longer than 10 words: {ans!r}')
            for f in files:
                if n not in visible(f):
                    bad(f'{qid}: answer {ans!r} not found in {f}')
            if ambig:
                others = [s for s in seed_files if s not in files and n in visible(s)]
                if others:
                    print(f'  note {qid}: {ans!r} also occurs in {", ".join(others)}')

    for fn in FILES:
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            bad(f'{fn} missing'); continue
        n = 0
        for ln, line in enumerate(open(path, encoding='utf-8'), 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f'{fn}:{ln}: bad JSON ({e})'); continue
            n += 1
            qid = q.get('id')
            if not qid:
                bad(f'{fn}:{ln}: no id'); continue
            if qid in ids:
                bad(f'{fn}:{ln}: duplicate id {qid}')
            ids.add(qid)
            if fn == 'answerable.jsonl':
                for k in ('question', 'article_file', 'answers', 'alt_files', 'kind'):
                    if k not in q: bad(f'{qid}: missing {k}')
                files = [q.get('article_file')] + list(q.get('alt_files', []))
                if all(check_file_ref(qid, f) for f in files):
                    check_answers(qid, q.get('answers'), files)
            elif fn == 'unanswerable.jsonl':
                for k in ('question', 'article_file', 'note'):
                    if k not in q: bad(f'{qid}: missing {k}')
                check_file_ref(qid, q.get('article_file'))
                if q.get('answers') != [] or q.get('is_impossible') is not True:
                    bad(f'{qid}: impossible question must have answers [] and is_impossible true')
            elif fn == 'offtopic.jsonl':
                if q.get('group') not in ('general', 'newsy', 'dated'):
                    bad(f'{qid}: bad group {q.get("group")!r}')
                if q.get('answers') != [] or q.get('is_impossible') is not True:
                    bad(f'{qid}: impossible question must have answers [] and is_impossible true')
                if not q.get('question'):
                    bad(f'{qid}: no question')
            else:
                turns = q.get('turns') or []
                if len(turns) != 2:
                    bad(f'{qid}: need exactly 2 turns'); continue
                if not turns[1].get('standalone'):
                    bad(f'{qid}: second turn has no standalone form')
                files = [q.get('article_file')] + list(q.get('alt_files', []))
                if all(check_file_ref(qid, f) for f in files):
                    for t in turns:
                        if not t.get('question'):
                            bad(f'{qid}: turn without question')
                        check_answers(qid, t.get('answers'), files)
        counts[fn] = n
    for fn, n in counts.items():
        print(f'{fn}: {n}')
    print(f'seed files: {len(seed_files)}')
    if errors:
        print(f'\nFAIL: {len(errors)} problem(s)')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
