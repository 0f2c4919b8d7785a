#!/usr/bin/env python3
"""Check the 'translated' set. Python 3 stdlib only.

    python3 _generator/verify.py

Checks: manifest <-> files <-> index.tsv; every .eml parses with email.policy.default (every header read, every leaf
decoded); CRLF only and no line over 998 octets; manifest keys and key order; labels valid and ordered; automated rows
have labels [], unclear false, entities {} and ack_to null; unclear rows carry no opt-out label; entity keys only
name / postal_code / account and every value occurs in the decoded text; To contains the mailbox; ack_to is the
Reply-To or From address; Message-IDs unique.
"""
import collections
import email
import email.policy
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def addr_of(v):
    if not v:
        return None
    m = re.search(r"<([^>]+)>", str(v))
    return (m.group(1) if m else str(v)).strip().lower()


def decoded_text(msg, f):
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        try:
            if part.get_content_maintype() == "text":
                t = part.get_content()
                if ctype == "text/html":
                    t = html.unescape(re.sub(r"<[^>]+>", " ", t))
                texts.append(t)
            else:
                part.get_payload(decode=True)
                if ctype == "message/rfc822":
                    for sub in part.get_payload():
                        decoded_text(sub, f)
        except Exception as e:  # noqa: BLE001
            err(f, "cannot decode %s part: %r" % (ctype, e))
    return "\n".join(texts)


def main():
    mpath = ROOT / "manifest.jsonl"
    lines = mpath.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(l, object_pairs_hook=collections.OrderedDict) for l in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    listed = [r["file"] for r in recs]
    if sorted(listed) != files:
        err("manifest", "files and manifest differ: %s" % sorted(set(files) ^ set(listed)))
    if listed != sorted(listed) or len(set(listed)) != len(listed):
        err("manifest", "not in file order or duplicates")
    idx = [l.split("\t") for l in (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()]
    if idx[0] != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header %r" % idx[0])
    if [r[0] for r in idx[1:]] != listed:
        err("index.tsv", "rows do not match manifest")
    cats = {r[0]: r[2] for r in idx[1:]}

    stats = collections.Counter()
    mids = collections.Counter()
    for r in recs:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, "key order %s" % list(r.keys()))
            continue
        raw = (ROOT / f).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(f, "line longer than 998 octets")
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            try:
                str(v)
            except Exception as e:  # noqa: BLE001
                err(f, "header %s unreadable: %r" % (k, e))
        for part in msg.walk():
            if part.defects:
                err(f, "MIME defects %s" % part.defects)
        text = decoded_text(msg, f)
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # mailbox / To
        box = r["mailbox"]
        if box not in ("customercare", "powerhousecatalog"):
            err(f, "mailbox %r" % box)
        to = str(msg.get("To", "")).lower()
        if "%s@alliant-energy.com" % box not in to:
            err(f, "To does not contain the mailbox")
        if str(msg.get("Delivered-To", "")).lower() != "%s@alliant-energy.com" % box:
            err(f, "Delivered-To does not match mailbox")
        # labels
        labels = r["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or labels != [l for l in LABELS if l in labels]:
            err(f, "labels invalid or out of order: %r" % labels)
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be bool")
        ents = r["entities"]
        if not isinstance(ents, dict) or set(ents) - ENT_KEYS:
            err(f, "entity keys %r" % list(ents))
        for k, v in ents.items():
            if not isinstance(v, str) or v not in text:
                err(f, "entity %s=%r not in decoded text" % (k, v))
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(f, "note must be one line")
        if r["automated"]:
            if labels or r["unclear"] or ents or r["ack_to"] is not None:
                err(f, "automated row must have labels [], unclear false, entities {}, ack_to null")
            stats["automated"] += 1
        else:
            stats["human"] += 1
            if r["unclear"] and set(labels) - {"question"}:
                err(f, "unclear row carries an opt-out label")
            ack = r["ack_to"]
            if ack is not None:
                cands = {addr_of(msg.get("Reply-To")), addr_of(msg.get("From"))} - {None}
                if ack.lower() not in cands:
                    err(f, "ack_to %s is neither Reply-To nor From" % ack)
                rt = addr_of(msg.get("Reply-To"))
                if rt and ack.lower() != rt and addr_of(msg.get("From")).startswith("noreply"):
                    err(f, "relay mail must be acknowledged at Reply-To")
        if r["unclear"]:
            stats["unclear"] += 1
        if r["ack_to"]:
            stats["ack_to set"] += 1
        if ents:
            stats["with entities"] += 1
        for k in ents:
            stats["entity:" + k] += 1
        for l in labels:
            stats["label:" + l] += 1
        combo = "+".join(labels) if labels else ("(automated)" if r["automated"] else ("(unclear)" if r["unclear"] else "(no action)"))
        if r["unclear"] and labels:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
        stats["mailbox=" + box] += 1
        stats["total"] += 1
        if r["automated"] != cats.get(f, "").startswith("automated"):
            err(f, "index category %r disagrees with automated=%s" % (cats.get(f), r["automated"]))
    for m, n in mids.items():
        if n > 1:
            err("Message-ID", "%s used %d times" % (m, n))
    for k in sorted(stats):
        print("%-45s %d" % (k, stats[k]))
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print("\nFAILED: %d problem(s)" % len(errors))
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
