#!/usr/bin/env python3
"""Check the 'thanksgiving' set: parsing, bytes, manifest schema and the labelling conventions.

    python3 _generator/verify.py
Exit status 0 when every check passes.
"""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import email  # noqa: E402
import email.policy  # noqa: E402
import email.utils  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ENTITY_KEYS = ["name", "postal_code", "account"]

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def decoded_texts(msg):
    """Decoded text of every text/* leaf (plain and html), including inside attached messages."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            out.append(part.get_content())
        else:
            try:
                part.get_content()
            except KeyError:
                part.get_payload(decode=True)
    return out


def first_addr(value):
    if not value:
        return None
    pairs = email.utils.getaddresses([str(value)])
    return pairs[0][1].lower() if pairs and pairs[0][1] else None


def main():
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    with open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    listed = [r.get("file") for r in rows]
    if listed != emls:
        err("manifest", "files and manifest disagree: only in dir %s, only in manifest %s" % (
            sorted(set(emls) - set(listed)), sorted(set(listed) - set(emls))))
    if len(set(listed)) != len(listed):
        err("manifest", "duplicate file entries")
    expected = ["%04d.eml" % i for i in range(1, len(emls) + 1)]
    if emls != expected:
        err("dir", "files are not numbered 0001..%04d" % len(emls))

    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as fh:
        tsv = [l.rstrip("\n").split("\t") for l in fh]
    if tsv[0] != ["file", "spec", "category", "answers", "language", "program", "date"]:
        err("index.tsv", "bad header %r" % tsv[0])
    if [r[0] for r in tsv[1:]] != listed:
        err("index.tsv", "files differ from manifest")
    for r in tsv[1:]:
        if len(r) != 7:
            err("index.tsv", "row %s has %d columns" % (r[0], len(r)))

    msgids = collections.Counter()
    counts = collections.Counter()
    prev_date = None
    for r in rows:
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(f, "manifest keys/order %r" % list(r.keys()))
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").find(b"\n") != -1 or raw.replace(b"\r\n", b"").find(b"\r") != -1:
            err(f, "line endings are not CRLF only")
        if any(len(line) > 998 for line in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            try:
                str(msg[k])
            except Exception as e:  # noqa: BLE001
                err(f, "header %s unreadable: %s" % (k, e))
        try:
            texts = decoded_texts(msg)
        except Exception as e:  # noqa: BLE001
            err(f, "body does not decode: %s" % e)
            texts = []
        for part in msg.walk():
            for d in part.defects:
                err(f, "parser defect %s" % type(d).__name__)
        body = "\n".join(texts)

        if r["mailbox"] not in MAILBOX:
            err(f, "bad mailbox %r" % r["mailbox"])
            continue
        box = MAILBOX[r["mailbox"]]
        if str(msg.get("Delivered-To", "")).lower() != box:
            err(f, "Delivered-To is not %s" % box)
        if not r["automated"] and box not in str(msg.get("To", "")).lower():
            err(f, "To does not contain %s" % box)
        rcv = msg.get_all("Received") or []
        if not rcv or "mbx01.alliant-energy.com" not in str(rcv[0]):
            err(f, "top Received is not mbx01")
        dt = email.utils.parsedate_to_datetime(str(rcv[0]).rsplit(";", 1)[1].strip())
        if prev_date and dt < prev_date:
            err(f, "not in arrival order")
        prev_date = dt

        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1

        labels = r["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels):
            err(f, "labels %r" % labels)
        elif labels != [l for l in LABELS if l in labels]:
            err(f, "labels out of order %r" % labels)
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be booleans")
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have no labels, unclear false, no entities, ack_to null")
        ents = r["entities"]
        if not isinstance(ents, dict) or any(k not in ENTITY_KEYS for k in ents):
            err(f, "entities %r" % ents)
        else:
            if list(ents) != [k for k in ENTITY_KEYS if k in ents]:
                err(f, "entity keys out of order")
            for k, v in ents.items():
                if not v or v not in body:
                    err(f, "entity %s=%r not in decoded body text" % (k, v))
        if not isinstance(r["note"], str) or not r["note"].strip():
            err(f, "empty note")
        if r["ack_to"] is not None:
            cands = {first_addr(msg.get("From")), first_addr(msg.get("Reply-To"))} - {None}
            if r["ack_to"].lower() not in cands:
                err(f, "ack_to %r is neither From nor Reply-To" % r["ack_to"])
            if str(msg.get("Auto-Submitted", "no")).lower() != "no":
                err(f, "ack_to set on a message carrying Auto-Submitted")

        counts["total"] += 1
        counts["automated" if r["automated"] else "human"] += 1
        counts["mailbox=" + r["mailbox"]] += 1
        for l in labels:
            counts["label:" + l] += 1
        if r["unclear"]:
            counts["unclear"] += 1
        if ents:
            counts["with entities"] += 1
        if r["ack_to"]:
            counts["ack_to set"] += 1

    for m, n in msgids.items():
        if n > 1:
            err("set", "Message-ID %s used %d times" % (m, n))

    for k in sorted(counts):
        print("%-32s %d" % (k, counts[k]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(emls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
