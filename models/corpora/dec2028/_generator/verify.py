#!/usr/bin/env python3
"""Check the dec2028 corpus: python3 _generator/verify.py  (stdlib only)."""
import email
import email.policy
import email.utils
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
OPTOUTS = {"marketing_opt_out", "catalog_share_opt_out"}
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
EXPECTED_FILES = 109

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        try:
            c = p.get_content()
        except Exception as e:  # noqa
            raise
        if p.get_content_maintype() == "text" or p.get_content_type() in ("message/delivery-status",
                                                                          "message/disposition-notification"):
            out.append(c if isinstance(c, str) else c.decode("utf-8", "replace") if isinstance(c, bytes) else str(c))
    return "\n".join(out)


def main():
    lines = open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8").read().splitlines()
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if len(emls) != EXPECTED_FILES:
        err("corpus", "expected %d .eml files, found %d" % (EXPECTED_FILES, len(emls)))
    if emls != ["%04d.eml" % i for i in range(1, len(emls) + 1)]:
        err("corpus", "files are not numbered 0001.. without gaps")
    idx = [l.split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()]
    if [r[0] for r in idx] != emls:
        err("index.tsv", "does not list every file in order")
    seen_files, mids = [], Counter()
    stats = Counter()
    for ln in lines:
        rec = json.loads(ln)
        f = rec.get("file", "?")
        seen_files.append(f)
        if list(rec.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(rec.keys()))
            continue
        if rec["mailbox"] not in BOX:
            err(f, "bad mailbox")
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            err(f, "automated/unclear must be bool")
        if [l for l in LABELS if l in rec["labels"]] != rec["labels"]:
            err(f, "labels unknown, duplicated or out of order: %s" % rec["labels"])
        if not isinstance(rec["note"], str) or not rec["note"].strip():
            err(f, "note missing")
        if set(rec["entities"]) - {"name", "postal_code", "account"}:
            err(f, "bad entity keys")
        if rec["automated"]:
            if rec["labels"] or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                err(f, "automated row must have labels [], unclear false, entities {}, ack_to null")
        if rec["unclear"] and OPTOUTS & set(rec["labels"]):
            err(f, "unclear row carries an opt-out label (would be acted on automatically)")
        raw = open(os.path.join(ROOT, f), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        tos = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", [])])]
        if BOX.get(rec["mailbox"]) not in tos:
            err(f, "To does not hold %s (%s)" % (BOX.get(rec["mailbox"]), tos))
        if msg["Delivered-To"] != BOX.get(rec["mailbox"]):
            err(f, "Delivered-To mismatch")
        if not msg["Return-Path"] or "mbx01.alliant-energy.com" not in raw.decode("utf-8", "replace"):
            err(f, "transport headers missing")
        body = texts(msg)
        for k, v in rec["entities"].items():
            if v not in body:
                err(f, "entity %s=%r not in decoded body" % (k, v))
        frm = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("From", [])])]
        rt = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("Reply-To", [])])]
        if rec["ack_to"] is not None and rec["ack_to"].lower() not in frm + rt:
            err(f, "ack_to %s is neither From nor Reply-To" % rec["ack_to"])
        if rec["ack_to"] is not None and "Auto-Submitted" in msg and msg["Auto-Submitted"].lower() != "no":
            err(f, "ack_to set on a message carrying Auto-Submitted")
        if msg["Message-ID"]:
            mids[str(msg["Message-ID"]).strip()] += 1
        stats["total"] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        stats["unclear"] += rec["unclear"]
        stats["mailbox=" + rec["mailbox"]] += 1
        for l in rec["labels"]:
            stats["label:" + l] += 1
        stats["ack_to set"] += rec["ack_to"] is not None
    if seen_files != emls:
        err("manifest", "manifest rows do not match the .eml files in order")
    for m, c in mids.items():
        if c > 1:
            err("corpus", "duplicate Message-ID %s" % m)
    for k in sorted(stats):
        print("%-34s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files" % (len(lines), len(emls)))


if __name__ == "__main__":
    main()
