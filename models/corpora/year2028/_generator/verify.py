#!/usr/bin/env python3
"""Check the year2028 set: bytes, headers, manifest schema and label rules. Standard library only.

python3 _generator/verify.py      (exit status 1 on any problem)
"""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = {"name", "postal_code", "account"}
EXPECTED_FILES = 109


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            raise AssertionError("cannot decode part %s: %s" % (part.get_content_type(), e))
        if part.get_content_maintype() == "text" and isinstance(content, str):
            out.append(content)
    return "\n".join(out)


def main():
    errors = []
    stats = collections.Counter()

    def err(f, m):
        errors.append("%s: %s" % (f, m))

    lines = open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8").read().splitlines()
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if len(emls) != EXPECTED_FILES:
        err("corpus", "expected %d .eml files, found %d" % (EXPECTED_FILES, len(emls)))
    listed = []
    msgids = {}
    for n, line in enumerate(lines, 1):
        rec = json.loads(line)
        f = rec.get("file", "line %d" % n)
        listed.append(f)
        if list(rec.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(rec.keys()))
            continue
        if f != "%04d.eml" % n:
            err(f, "file name out of sequence (expected %04d.eml)" % n)
        if rec["mailbox"] not in ("customercare", "powerhousecatalog"):
            err(f, "bad mailbox")
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            err(f, "automated/unclear must be bool")
        labels = rec["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or len(set(labels)) != len(labels):
            err(f, "bad labels %r" % labels)
        elif labels != [l for l in LABELS if l in labels]:
            err(f, "labels out of order %r" % labels)
        if not isinstance(rec["entities"], dict) or set(rec["entities"]) - ENTITY_KEYS:
            err(f, "bad entity keys %r" % rec["entities"])
        if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
            err(f, "note must be one non-empty line")
        if rec["ack_to"] is not None and not isinstance(rec["ack_to"], str):
            err(f, "ack_to must be string or null")
        if rec["automated"]:
            if labels or rec["ack_to"] is not None or rec["unclear"] or rec["entities"]:
                err(f, "automated row must have labels [], ack_to null, unclear false, entities {}")
        if rec["unclear"] and ({"marketing_opt_out", "catalog_share_opt_out"} & set(labels)):
            err(f, "unclear row carries an opt-out label (no automatic action may follow from unclear mail)")
        path = os.path.join(ROOT, f)
        if not os.path.exists(path):
            err(f, "missing file")
            continue
        raw = open(path, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err(f, "bare LF or CR (must be CRLF only)")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        if not raw.startswith(b"Return-Path: ") or b"\r\nDelivered-To: %s@alliant-energy.com\r\n" % rec["mailbox"].encode() not in raw[:400]:
            err(f, "must start with Return-Path then Delivered-To for the mailbox")
        if b"by mbx01.alliant-energy.com (Postfix)" not in raw or not (b"by mx1.alliant-energy.com" in raw or b"by mx2.alliant-energy.com" in raw):
            err(f, "Received chain through mx1/mx2 -> mbx01 missing")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            for k, v in msg.items():
                str(v)
            text = decoded_text(msg)
        except Exception as e:  # noqa: BLE001
            err(f, "parse error: %s" % e)
            continue
        to = str(msg.get("To", "")).lower()
        if "%s@alliant-energy.com" % rec["mailbox"] not in to:
            err(f, "To: does not hold the mailbox (%s)" % to)
        mid = msg.get("Message-ID")
        if mid:
            mid = str(mid).strip()
            if mid in msgids:
                err(f, "duplicate Message-ID with %s" % msgids[mid])
            msgids[mid] = f
        for k, v in rec["entities"].items():
            if not isinstance(v, str) or v not in text:
                err(f, "entity %s=%r not found in decoded body" % (k, v))
        if rec["ack_to"]:
            cands = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                    cands.add(a.lower())
            if rec["ack_to"].lower() not in cands:
                err(f, "ack_to %s is neither From nor Reply-To" % rec["ack_to"])
        if not rec["automated"] and not rec["unclear"] and not labels and rec["ack_to"] is not None:
            err(f, "human row with nothing to do should have ack_to null")
        stats["total"] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        if rec["unclear"]:
            stats["unclear"] += 1
        for l in labels:
            stats["label:" + l] += 1
        stats["combo:" + ("+".join(labels) or ("(automated)" if rec["automated"] else ("(unclear)" if rec["unclear"] else "(no action)")))] += 1
        if rec["entities"]:
            stats["with entities"] += 1
        if rec["ack_to"]:
            stats["ack_to set"] += 1
    if sorted(listed) != emls:
        err("corpus", "manifest and .eml files differ")
    idx = [l.split("\t")[0] for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()]
    if idx != listed:
        err("corpus", "index.tsv does not list the same files in order")
    for k in sorted(stats):
        print("%-46s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files" % (len(lines), len(emls)))


if __name__ == "__main__":
    main()
