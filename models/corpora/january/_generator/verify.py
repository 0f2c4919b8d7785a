#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the `january` set (stdlib only):  python3 models/corpora/january/_generator/verify.py

Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import email
import email.policy
import email.utils
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = ["name", "postal_code", "account"]
BOXES = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def leaves(msg):
    if msg.is_multipart():
        for p in msg.iter_parts():
            yield from leaves(p)
    else:
        yield msg


def decoded_texts(msg):
    out = []
    for part in leaves(msg):
        ct = part.get_content_type()
        if part.get_content_maintype() == "message" and ct != "message/rfc822":
            continue
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            raise ValueError("cannot decode %s part: %r" % (ct, e))
        if isinstance(content, str) and part.get_content_maintype() == "text":
            out.append(content)
    return out


def addresses(msg, name):
    v = msg.get(name)
    if v is None:
        return []
    return [a.lower() for _, a in email.utils.getaddresses([str(v)]) if a]


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    lines = open(man_path, encoding="utf-8").read().splitlines()
    recs = []
    for i, line in enumerate(lines, 1):
        rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
        if list(rec.keys()) != KEYS:
            err("manifest line %d" % i, "keys %s not in the schema order" % list(rec.keys()))
        recs.append(rec)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "*.eml")))
    listed = [r["file"] for r in recs]
    if listed != files:
        err("manifest", "files listed %d, on disk %d, or order differs" % (len(listed), len(files)))
    if listed != ["%04d.eml" % i for i in range(1, len(listed) + 1)]:
        err("manifest", "files not numbered 0001.. in order")
    if not 100 <= len(recs) <= 120:
        err("manifest", "%d messages, expected 100-120" % len(recs))

    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    idx_rows = [l.split("\t") for l in idx[1:]]
    if [r[0] for r in idx_rows] != listed or any(len(r) != 6 for r in idx_rows):
        err("index.tsv", "rows do not match the manifest")
    for r in idx_rows:
        if r[3] not in ("en", "es", "mixed"):
            err(r[0], "index language %r" % r[3])
        if r[2].startswith("automated") != next(x for x in recs if x["file"] == r[0])["automated"]:
            err(r[0], "index category and manifest automated disagree")

    mids = collections.Counter()
    counts = collections.Counter()
    for rec in recs:
        f = rec["file"]
        raw = open(os.path.join(ROOT, f), "rb").read()
        # raw-byte hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if not raw.endswith(b"\r\n"):
            err(f, "does not end with CRLF")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(f, "line longer than 998 octets")
                break
        for h in (b"Return-Path: ", b"Delivered-To: ", b"Received: from mx"):
            if h not in raw.split(b"\r\n\r\n")[0]:
                err(f, "missing %r" % h)
        if not raw.startswith(b"Return-Path: "):
            err(f, "first header is not Return-Path")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        if msg.defects:
            err(f, "defects %r" % msg.defects)
        try:
            texts = decoded_texts(msg)
        except ValueError as e:
            err(f, str(e))
            texts = []
        for part in msg.walk():
            if part.defects:
                err(f, "part defects %r" % part.defects)
        body = "\n".join(texts)
        # mailbox
        if rec["mailbox"] not in BOXES:
            err(f, "mailbox %r" % rec["mailbox"])
            continue
        box = BOXES[rec["mailbox"]]
        if box not in addresses(msg, "To"):
            err(f, "To does not contain %s" % box)
        if str(msg["Delivered-To"]).strip().lower() != box:
            err(f, "Delivered-To is not %s" % box)
        # labels
        if not isinstance(rec["labels"], list) or any(l not in LABELS for l in rec["labels"]):
            err(f, "bad labels %r" % rec["labels"])
        if rec["labels"] != [l for l in LABELS if l in rec["labels"]]:
            err(f, "labels out of order or repeated")
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            err(f, "automated/unclear must be booleans")
        if rec["automated"]:
            if rec["labels"] or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                err(f, "automated but has labels/unclear/entities/ack_to")
        if rec["unclear"] and rec["labels"] not in ([], ["question"]):
            err(f, "unclear row with opt-out labels")
        if not rec["note"] or "\n" in rec["note"]:
            err(f, "note must be one non-empty line")
        # entities
        if not isinstance(rec["entities"], dict) or any(k not in ENTITY_KEYS for k in rec["entities"]):
            err(f, "entity keys %r" % list(rec["entities"]))
        elif list(rec["entities"]) != [k for k in ENTITY_KEYS if k in rec["entities"]]:
            err(f, "entity keys out of order")
        for k, v in rec["entities"].items():
            if not isinstance(v, str) or v not in body:
                err(f, "entity %s=%r not in decoded text" % (k, v))
        # ack_to
        if rec["ack_to"] is not None:
            allowed = addresses(msg, "From") + addresses(msg, "Reply-To")
            if rec["ack_to"].lower() not in allowed:
                err(f, "ack_to %r is neither From nor Reply-To %r" % (rec["ack_to"], allowed))
            if rec["ack_to"].lower() in BOXES.values() or "noreply" in rec["ack_to"] or "no-reply" in rec["ack_to"]:
                err(f, "ack_to points at a role/no-reply address")
        if not rec["automated"] and msg.get("Auto-Submitted", "no").strip().lower() != "no" and rec["ack_to"] is not None:
            err(f, "human message with Auto-Submitted must not be acknowledged")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        counts["total"] += 1
        counts["automated" if rec["automated"] else "human"] += 1
        counts["unclear"] += rec["unclear"]
        for l in rec["labels"]:
            counts["label:" + l] += 1
        counts["mailbox=" + rec["mailbox"]] += 1
        counts["ack_to set"] += rec["ack_to"] is not None
        counts["with entities"] += bool(rec["entities"])
    for m, c in mids.items():
        if c > 1:
            err("Message-ID", "%s used %d times" % (m, c))
    for k in sorted(counts):
        print("%-40s %d" % (k, counts[k]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
