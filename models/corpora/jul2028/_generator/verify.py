#!/usr/bin/env python3
"""Check the jul2028 corpus: raw-byte hygiene, manifest schema, label rules, entities, counts.

    python3 _generator/verify.py
"""
import collections
import email
import email.policy
import email.utils
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ['file', 'mailbox', 'automated', 'labels', 'unclear', 'entities', 'note', 'ack_to']
LABELS = ['marketing_opt_out', 'catalog_share_opt_out', 'question']
ADDR = {'customercare': 'customercare@alliant-energy.com', 'powerhousecatalog': 'powerhousecatalog@alliant-energy.com'}
EXPECTED_FILES = 111

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith('text/') or ct in ('message/delivery-status', 'message/disposition-notification'):
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                payload = part.get_payload(decode=True) or b''
                c = payload.decode('utf-8', 'replace')
            if isinstance(c, bytes):
                c = c.decode('utf-8', 'replace')
            out.append(str(c))
        elif ct == 'message/rfc822':
            pass
    return '\n'.join(out)


def main():
    lines = (ROOT / 'manifest.jsonl').read_text(encoding='utf-8').splitlines()
    emls = sorted(p.name for p in ROOT.glob('*.eml'))
    idx = (ROOT / 'index.tsv').read_text(encoding='utf-8').splitlines()[1:]
    if len(emls) != EXPECTED_FILES:
        err('corpus', f"expected {EXPECTED_FILES} .eml files, found {len(emls)}")
    if len(lines) != len(emls):
        err('manifest', f"{len(lines)} lines for {len(emls)} files")
    if [l.split('\t')[0] for l in idx] != emls:
        err('index.tsv', 'does not list exactly the .eml files in order')
    stats = collections.Counter()
    mids = collections.Counter()
    seen = []
    for n, line in enumerate(lines, 1):
        keys = list(json.loads(line, object_pairs_hook=lambda kv: [k for k, _ in kv]))
        rec = json.loads(line)
        f = rec.get('file', f'line{n}')
        if keys != KEYS:
            err(f, f"key order {keys}")
            continue
        seen.append(f)
        if f != f"{n:04d}.eml":
            err(f, 'manifest out of order')
        raw = (ROOT / f).read_bytes()
        # --- raw hygiene
        if b'\n' in raw.replace(b'\r\n', b''):
            err(f, 'bare LF')
        if b'\r' in raw.replace(b'\r\n', b''):
            err(f, 'bare CR')
        if any(len(l) > 998 for l in raw.split(b'\r\n')):
            err(f, 'line longer than 998 octets')
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            try:
                str(msg[k])
            except Exception as e:
                err(f, f'header {k} unreadable: {e}')
        body = texts(msg)
        # --- mailbox
        mb = rec['mailbox']
        if mb not in ADDR:
            err(f, f'mailbox {mb}')
        else:
            to = ' '.join(str(v) for v in (msg.get_all('To') or []))
            if ADDR[mb] not in to.lower():
                err(f, f'To lacks {ADDR[mb]}')
            if msg['Delivered-To'] != ADDR[mb]:
                err(f, 'Delivered-To mismatch')
        # --- schema
        if not isinstance(rec['automated'], bool) or not isinstance(rec['unclear'], bool):
            err(f, 'automated/unclear not bool')
        labs = rec['labels']
        if [l for l in LABELS if l in labs] != labs or len(set(labs)) != len(labs):
            err(f, f'labels order/content {labs}')
        if set(rec['entities']) - {'name', 'postal_code', 'account'}:
            err(f, 'unknown entity key')
        if not isinstance(rec['note'], str) or not rec['note'] or '\n' in rec['note']:
            err(f, 'note must be one line')
        # --- rules
        if rec['automated']:
            if labs or rec['ack_to'] is not None or rec['unclear'] or rec['entities']:
                err(f, 'automated must have labels [], ack_to null, unclear false, entities {}')
        if rec['unclear'] and [l for l in labs if l != 'question']:
            err(f, 'unclear message carries an opt-out label (no automatic action may follow)')
        for k, v in rec['entities'].items():
            if v not in body:
                err(f, f'entity {k}={v!r} not in decoded body')
        if rec['ack_to'] is not None:
            cands = set()
            for h in ('From', 'Reply-To'):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h) or []]):
                    cands.add(a.lower())
            if rec['ack_to'].lower() not in cands:
                err(f, f"ack_to {rec['ack_to']} is neither From nor Reply-To")
            if msg['Auto-Submitted'] and msg['Auto-Submitted'].lower() != 'no':
                err(f, 'ack_to set on an Auto-Submitted message')
        if not rec['automated'] and not labs and not rec['unclear'] and rec['ack_to'] is not None:
            err(f, 'human mail with nothing to do should have ack_to null')
        mid = msg['Message-ID']
        if mid:
            mids[str(mid).strip()] += 1
        # --- stats
        stats['total'] += 1
        stats['automated' if rec['automated'] else 'human'] += 1
        stats[f'mailbox={mb}'] += 1
        if rec['unclear']:
            stats['unclear'] += 1
        for l in labs:
            stats[f'label:{l}'] += 1
        combo = '+'.join(labs) if labs else ('(automated)' if rec['automated'] else '(unclear)' if rec['unclear'] else '(no action)')
        if rec['unclear'] and labs:
            combo = '(unclear)+' + combo
        stats[f'combo:{combo}'] += 1
        if rec['entities']:
            stats['with entities'] += 1
        for k in rec['entities']:
            stats[f'entity:{k}'] += 1
        stats['ack_to set' if rec['ack_to'] else 'ack_to null'] += 1
        if not mid:
            stats['no Message-ID'] += 1
    for m, c in mids.items():
        if c > 1:
            err('corpus', f'duplicate Message-ID {m}')
    if set(seen) != set(emls):
        err('corpus', 'manifest and .eml files differ')
    for k in sorted(stats):
        print(f"{k:46s}{stats[k]}")
    if errors:
        print('\nERRORS:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print(f"\nOK: {len(lines)} manifest lines, {len(emls)} .eml files, all parsed with email.policy.default")


if __name__ == '__main__':
    main()
