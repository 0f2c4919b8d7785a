#!/usr/bin/env python3
"""Check the 'inline' set.  Standard library only.

    python3 _generator/verify.py

* every .eml is listed in manifest.jsonl and index.tsv (and vice versa), in order;
* every file parses with email.policy.default: all headers read, every leaf part decoded;
* raw bytes: CRLF only (no bare CR or LF), no line over 998 octets, header block is ASCII;
* manifest keys and their order; mailbox / labels / unclear / automated / entities / ack_to values;
* the mailbox address is in To (or Cc); automated => labels [], not unclear, entities {}, ack_to null;
* entity keys only name / postal_code / account, each value a substring of the decoded text;
* ack_to is the From or Reply-To address, or an address the sender wrote in the body;
* Message-IDs are unique.
"""
import collections
import email
import email.policy
import email.utils
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ['file', 'mailbox', 'automated', 'labels', 'unclear', 'entities', 'note', 'ack_to']
LABELS = ['marketing_opt_out', 'catalog_share_opt_out', 'question']
MAILBOX = {'customercare': 'customercare@alliant-energy.com',
           'powerhousecatalog': 'powerhousecatalog@alliant-energy.com'}
ENTITY_KEYS = {'name', 'postal_code', 'account'}

errors = []


def err(fn, msg):
    errors.append(f'{fn}: {msg}')


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            raise ValueError(f'cannot decode {ctype}: {e}')
        if isinstance(content, bytes):
            continue
        if isinstance(content, email.message.Message):
            out.append(decoded_text(content))
            continue
        if ctype == 'text/html':
            content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
        out.append(content)
    return '\n'.join(out)


def addresses(msg, name):
    vals = msg.get_all(name) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals])]


def main():
    emls = sorted(p.name for p in ROOT.glob('*.eml'))
    recs = [json.loads(l) for l in (ROOT / 'manifest.jsonl').read_text(encoding='utf-8').splitlines() if l.strip()]
    idx = (ROOT / 'index.tsv').read_text(encoding='utf-8').splitlines()
    if idx[0].split('\t') != ['file', 'spec', 'category', 'language', 'program', 'date']:
        err('index.tsv', 'bad header')
    idx_files = [l.split('\t')[0] for l in idx[1:]]
    if [r.get('file') for r in recs] != emls:
        err('manifest.jsonl', 'files do not match the .eml files (or are out of order)')
    if idx_files != emls:
        err('index.tsv', 'files do not match the .eml files (or are out of order)')
    if emls != [f'{i:04d}.eml' for i in range(1, len(emls) + 1)]:
        err('set', 'files are not numbered 0001.. without gaps')
    if not 100 <= len(emls) <= 120:
        err('set', f'{len(emls)} messages, expected 100..120')
    for l in idx[1:]:
        cols = l.split('\t')
        if len(cols) != 6 or cols[3] not in ('en', 'es', 'mixed'):
            err('index.tsv', f'bad row {l!r}')

    stats = collections.Counter()
    mids = collections.Counter()
    for rec in recs:
        fn = rec.get('file', '?')
        if list(rec) != KEYS:
            err(fn, f'manifest keys {list(rec)}')
            continue
        raw = (ROOT / fn).read_bytes()
        if re.search(rb'\r(?!\n)', raw) or re.search(rb'(?<!\r)\n', raw):
            err(fn, 'bare CR or LF')
        if any(len(l) > 998 for l in raw.split(b'\r\n')):
            err(fn, 'line longer than 998 octets')
        head = raw.split(b'\r\n\r\n', 1)[0]
        try:
            head.decode('ascii')
        except UnicodeDecodeError:
            err(fn, 'non-ASCII byte in the header block')
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            text = decoded_text(msg)
        except Exception as e:  # noqa: BLE001
            err(fn, f'parse: {e}')
            continue
        for part in msg.walk():
            if part.defects:
                err(fn, f'MIME defects {part.defects}')
        mid = msg.get('Message-ID')
        if mid:
            mids[str(mid).strip()] += 1

        mb = rec['mailbox']
        if mb not in MAILBOX:
            err(fn, f'mailbox {mb!r}')
            continue
        rcpts = addresses(msg, 'To') + addresses(msg, 'Cc')
        if MAILBOX[mb] not in rcpts:
            err(fn, f'{MAILBOX[mb]} not in To/Cc')
        if str(msg.get('Delivered-To', '')).lower() != MAILBOX[mb]:
            err(fn, 'Delivered-To does not match mailbox')

        labels = rec['labels']
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or \
                labels != [l for l in LABELS if l in labels]:
            err(fn, f'labels {labels!r} invalid or out of order')
        if not isinstance(rec['automated'], bool) or not isinstance(rec['unclear'], bool):
            err(fn, 'automated/unclear must be bool')
        if rec['automated']:
            if labels or rec['unclear'] or rec['entities'] or rec['ack_to'] is not None:
                err(fn, 'automated rows need labels [], unclear false, entities {}, ack_to null')
        if rec['unclear'] and any(l != 'question' for l in labels):
            err(fn, 'unclear rows carry no opt-out label')
        ents = rec['entities']
        if not isinstance(ents, dict) or set(ents) - ENTITY_KEYS:
            err(fn, f'entity keys {list(ents)}')
        for k, v in ents.items():
            if not isinstance(v, str) or not v or v not in text:
                err(fn, f'entity {k}={v!r} not in the decoded text')
        ack = rec['ack_to']
        if ack is not None:
            frm = addresses(msg, 'From')
            rt = addresses(msg, 'Reply-To')
            if ack.lower() not in frm + rt and ack.lower() not in text.lower():
                err(fn, f'ack_to {ack} is neither From/Reply-To nor written in the body')
        if not isinstance(rec['note'], str) or not rec['note'].strip():
            err(fn, 'empty note')

        stats['total'] += 1
        stats['automated' if rec['automated'] else 'human'] += 1
        stats[f'mailbox={mb}'] += 1
        if rec['unclear']:
            stats['unclear'] += 1
        for l in labels:
            stats[f'label:{l}'] += 1
        combo = '+'.join(labels) if labels else (
            '(automated)' if rec['automated'] else '(unclear)' if rec['unclear'] else '(no action)')
        if rec['unclear'] and labels:
            combo += ' (unclear)'
        stats[f'combo:{combo}'] += 1
        if ents:
            stats['with entities'] += 1
        if ack:
            stats['ack_to set'] += 1

    for m, c in mids.items():
        if c > 1:
            err('set', f'Message-ID {m} used {c} times')

    w = max(len(k) for k in stats)
    for k in sorted(stats):
        print(f'{k:<{w}}  {stats[k]}')
    if errors:
        print()
        for e in errors:
            print('ERROR', e)
        print(f'\nFAILED: {len(errors)} problem(s)')
        return 1
    print(f'\nOK: {len(recs)} manifest lines, {len(emls)} .eml files, all parsed with email.policy.default')
    return 0


if __name__ == '__main__':
    sys.exit(main())
