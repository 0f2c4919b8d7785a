#!/usr/bin/env python3
"""Check the `november` set: python3 _generator/verify.py  (standard library only)."""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED = 107
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOXES = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        payload = p.get_content()  # decodes QP/base64 and charsets; raises on garbage
        if ct.startswith("text/") and isinstance(payload, str):
            out.append(payload)
        elif ct == "message/rfc822" or ct == "message/delivery-status":
            out.append(str(payload))
    return "\n".join(out)


def main():
    lines = open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8").read().splitlines()
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if len(lines) != EXPECTED or len(emls) != EXPECTED:
        err("-", "expected %d messages, manifest has %d, folder has %d" % (EXPECTED, len(lines), len(emls)))
    index = dict(l.split("\t", 1) for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines())
    seen_files, mids = set(), collections.Counter()
    stats = collections.Counter()
    for n, line in enumerate(lines, 1):
        rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
        f = rec.get("file", "?")
        if list(rec.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(rec.keys()))
            continue
        if f != "%04d.eml" % n:
            err(f, "manifest out of order (line %d)" % n)
        seen_files.add(f)
        if f not in index:
            err(f, "missing from index.tsv")
        raw = open(os.path.join(ROOT, f), "rb").read()
        # raw hygiene
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            err(f, "line endings are not CRLF only")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Return-Path", "Delivered-To", "Received", "Authentication-Results", "From", "To", "Date"):
            if msg[h] is None:
                err(f, "missing header %s" % h)
        for h, v in msg.items():
            str(v)  # every header decodes
        if rec["mailbox"] not in BOXES:
            err(f, "bad mailbox")
            continue
        box = BOXES[rec["mailbox"]]
        to_addrs = [a.lower() for _, a in email.utils.getaddresses([str(v) for v in msg.get_all("To", [])])]
        if box not in to_addrs:
            err(f, "To: does not hold %s" % box)
        if msg["Delivered-To"] != box:
            err(f, "Delivered-To is not %s" % box)
        try:
            body = texts(msg)
        except Exception as e:  # noqa
            err(f, "cannot decode a part: %r" % e)
            body = ""
        mid = msg["Message-ID"]
        if mid:
            mids[str(mid).strip()] += 1
        # labels
        labs = rec["labels"]
        if not isinstance(labs, list) or any(l not in LABELS for l in labs) or labs != [l for l in LABELS if l in labs]:
            err(f, "labels not a subset of %s in order: %s" % (LABELS, labs))
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            err(f, "automated/unclear must be bool")
        if rec["automated"]:
            if labs or rec["ack_to"] is not None or rec["unclear"] or rec["entities"]:
                err(f, "automated row must have labels [], ack_to null, unclear false, entities {}")
        if rec["unclear"] and any(l in labs for l in ("marketing_opt_out", "catalog_share_opt_out")):
            err(f, "unclear row carries an opt-out label (no automatic action may be expected)")
        if not rec["automated"] and not rec["unclear"] and not labs and rec["ack_to"] is not None:
            err(f, "human row with nothing to do should not be acknowledged")
        # entities
        ents = rec["entities"]
        if not isinstance(ents, dict) or any(k not in ("name", "postal_code", "account") for k in ents):
            err(f, "bad entities %s" % ents)
        for k, v in ents.items():
            if not isinstance(v, str) or v not in body:
                err(f, "entity %s=%r not in decoded body" % (k, v))
        # ack_to
        if rec["ack_to"] is not None:
            cands = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(v) for v in msg.get_all(h, [])]):
                    cands.add(a.lower())
            if rec["ack_to"].lower() not in cands:
                err(f, "ack_to %s is neither From nor Reply-To" % rec["ack_to"])
        if not isinstance(rec["note"], str) or not rec["note"]:
            err(f, "note missing")
        # counts
        stats["total"] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        stats["automated"] += rec["automated"]
        stats["unclear"] += rec["unclear"]
        stats["ack_to set"] += rec["ack_to"] is not None
        stats["with entities"] += bool(ents)
        for l in labs:
            stats["label:" + l] += 1
        combo = "+".join(labs) or ("(automated)" if rec["automated"] else "(unclear)" if rec["unclear"] else "(no action)")
        if rec["unclear"] and labs:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
    for f in emls:
        if f not in seen_files:
            err(f, "file not in manifest")
    for m, c in mids.items():
        if c > 1:
            err("-", "duplicate Message-ID %s" % m)
    for k in sorted(stats):
        print("%-50s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files" % (len(lines), len(emls)))


if __name__ == "__main__":
    main()
