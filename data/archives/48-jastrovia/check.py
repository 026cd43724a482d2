#!/usr/bin/env python3
"""Check the test set: every answer occurs verbatim in the visible text of its article.

Visible text: HTML is parsed with html.parser (entities unescaped, <script>, <style>, <head>,
<template> and <noscript> skipped, block elements separated by newlines, inline elements joined
without a space, so that "Tannis<wbr>ford" and "4<sup>th</sup>" read as a browser shows them).
Files are decoded by BOM (UTF-16/UTF-8), else by declared charset (HTML meta), else UTF-8,
falling back to Latin-1. The .mhtml file's text/html part is taken with the email package
(quoted-printable decoded). Normalisation: soft hyphens (U+00AD) and zero-width characters
(U+200B-U+200D, U+2060, U+FEFF) removed, non-breaking spaces read as spaces, the typographic
ligatures U+FB00-U+FB04 expanded (as a reader sees them), whitespace collapsed.

Each answer must occur in the article file; where the same story is filed by another paper
(alt_files), an alternative wording may instead come from that file, and every alt file must
contain at least one of the answers.

Usage: python3 check.py [--warn]   (--warn lists long answers also found in other, unlisted files)
"""
import email, json, os, re, sys
from email import policy
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, 'seeds')
KINDS = {'who', 'what', 'when', 'where', 'how many', 'how much', 'why', 'which', 'other'}
BLOCK = set('''address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th
thead tr ul title option caption legend'''.split())
SKIP = {'script', 'style', 'head', 'template', 'noscript'}
LIG = {'\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl'}


class TextOut(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = TextOut()
    p.feed(s)
    p.close()
    return ''.join(p.out)


def decode(raw, is_html):
    if raw.startswith(b'\xff\xfe') or raw.startswith(b'\xfe\xff'):
        return raw.decode('utf-16')
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    if is_html:
        m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
        if m:
            return raw.decode(m.group(1).decode('ascii'))
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')


def normalise(t):
    t = t.replace('\u00ad', '')
    for z in '\u200b\u200c\u200d\u2060\ufeff':
        t = t.replace(z, '')
    t = t.replace('\u00a0', ' ').replace('\u202f', ' ')
    for k, v in LIG.items():
        t = t.replace(k, v)
    return re.sub(r'\s+', ' ', t).strip()


def visible_text(path):
    raw = open(path, 'rb').read()
    ext = os.path.splitext(path)[1].lower()
    if ext in ('.mhtml', '.mht'):
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.get_content_type() == 'text/html':
                data = part.get_payload(decode=True)
                cs = part.get_content_charset() or 'utf-8'
                return normalise(html_text(data.decode(cs)))
        raise ValueError('no text/html part in ' + path)
    if ext in ('.html', '.htm'):
        return normalise(html_text(decode(raw, True)))
    return normalise(decode(raw, False))


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f'{name}:{i}: bad JSON: {e}')
    return rows


def main():
    warn = '--warn' in sys.argv
    errors = []
    files = {}
    for dp, dns, fns in os.walk(SEEDS):
        for fn in fns:
            rel = os.path.relpath(os.path.join(dp, fn), SEEDS)
            files[rel] = os.path.join(dp, fn)
    texts = {}

    def text(rel):
        if rel not in texts:
            texts[rel] = visible_text(files[rel])
        return texts[rel]

    def check_file(qid, rel):
        if not isinstance(rel, str) or rel not in files:
            errors.append(f'{qid}: file not found: {rel!r}')
            return False
        if any(part.endswith('_files') for part in rel.split(os.sep)[:-1]):
            errors.append(f'{qid}: file inside a _files/ folder: {rel}')
            return False
        return True

    def check_answers(qid, answers, art, alts):
        if not answers or not all(isinstance(a, str) and a.strip() for a in answers):
            errors.append(f'{qid}: empty answers')
            return
        if len(answers) > 3:
            errors.append(f'{qid}: more than 3 answers')
        for a in answers:
            n = len(a.split())
            if n > 10:
                errors.append(f'{qid}: answer longer than 10 words: {a!r}')
            if check_file(qid, art) and normalise(a) not in text(art):
                # an alternative wording may come from a listed alt file (same story, other paper)
                if not any(check_file(qid, alt) and normalise(a) in text(alt) for alt in alts):
                    errors.append(f'{qid}: answer {a!r} not found in {art}')
        if check_file(qid, art) and not any(normalise(a) in text(art) for a in answers):
            errors.append(f'{qid}: no answer found in its article {art}')
        for alt in alts:
            if check_file(qid, alt) and not any(normalise(a) in text(alt) for a in answers):
                errors.append(f'{qid}: none of {answers!r} found in alt file {alt}')
        if warn:
            for a in answers:
                if len(a) >= 8:
                    others = [r for r in files if r != art and r not in alts and not '_files' in r
                              and normalise(a) in text(r)]
                    if others:
                        print(f'WARN {qid}: {a!r} also in {others}')

    ids = set()

    def new_id(qid, prefix):
        if not isinstance(qid, str) or not qid.startswith(prefix):
            errors.append(f'bad id {qid!r} (expected prefix {prefix})')
        if qid in ids:
            errors.append(f'duplicate id {qid}')
        ids.add(qid)

    ans = load('answerable.jsonl')
    for r in ans:
        new_id(r.get('id'), 'a-')
        for k in ('question', 'article_file', 'answers', 'alt_files', 'kind'):
            if k not in r:
                errors.append(f'{r.get("id")}: missing field {k}')
        if r.get('kind') not in KINDS:
            errors.append(f'{r["id"]}: bad kind {r.get("kind")!r}')
        check_answers(r['id'], r['answers'], r['article_file'], r.get('alt_files', []))

    un = load('unanswerable.jsonl')
    for r in un:
        new_id(r.get('id'), 'u-')
        if r.get('answers') != [] or r.get('is_impossible') is not True or not r.get('note') or not r.get('question'):
            errors.append(f'{r["id"]}: unanswerable row malformed')
        check_file(r['id'], r.get('article_file'))

    off = load('offtopic.jsonl')
    groups = {}
    for r in off:
        new_id(r.get('id'), 'o-')
        if r.get('answers') != [] or r.get('is_impossible') is not True or not r.get('question'):
            errors.append(f'{r["id"]}: offtopic row malformed')
        groups[r.get('group')] = groups.get(r.get('group'), 0) + 1
    if set(groups) - {'general', 'newsy', 'dated'}:
        errors.append(f'offtopic: unknown groups {groups}')

    fu = load('followups.jsonl')
    for r in fu:
        new_id(r.get('id'), 'c-')
        turns = r.get('turns', [])
        if len(turns) != 2 or 'standalone' not in turns[1]:
            errors.append(f'{r["id"]}: followup needs 2 turns and a standalone second question')
        for j, t in enumerate(turns):
            check_answers(f'{r["id"]}/t{j+1}', t.get('answers'), r['article_file'], r.get('alt_files', []))

    arts = [f for f in files if '_files' not in f]
    print(f'articles: {len(arts)} ({", ".join(f"{e}: {sum(1 for f in arts if f.endswith(e))}" for e in (".txt", ".md", ".html", ".mhtml"))})')
    print(f'answerable: {len(ans)}, unanswerable: {len(un)}, offtopic: {len(off)} {groups}, followups: {len(fu)}')
    if errors:
        print(f'{len(errors)} ERROR(S):')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('OK: all checks passed')


if __name__ == '__main__':
    main()
