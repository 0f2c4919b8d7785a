#!/usr/bin/env python3
"""Check the winter set: python3 _generator/verify.py (standard library only; exits 1 on any problem)."""

import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MBOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct in ("message/delivery-status", "message/disposition-notification"):
            try:
                c = part.get_content()
            except Exception as e:  # noqa: BLE001
                c = part.get_payload(decode=True) or b""
                c = c.decode("utf-8", "replace") if isinstance(c, bytes) else str(c)
                bad("?", "could not decode a %s part: %s" % (ct, e))
            out.append(c if isinstance(c, str) else c.decode("utf-8", "replace"))
        else:
            part.get_payload(decode=True)
    return "\n".join(out)


def main():
    mpath = os.path.join(ROOT, "manifest.jsonl")
    recs = [json.loads(l) for l in open(mpath, encoding="utf-8").read().splitlines() if l.strip()]
    files = sorted(f for f in os.listdir(ROOT) if re.fullmatch(r"\d{4}\.eml", f))
    if [r["file"] for r in recs] != files:
        bad("manifest", "manifest files and .eml files differ or are out of order")
    rows = [l.split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()]
    if rows[0] != ["file", "spec", "category", "answers", "language", "program", "date"]:
        bad("index.tsv", "bad header")
    rows = rows[1:]
    if [r[0] for r in rows] != [r["file"] for r in recs]:
        bad("index.tsv", "rows not in manifest order")
    for r in rows:
        if len(r) != 7:
            bad("index.tsv", "row %s has %d columns" % (r[0], len(r)))
        if r[4] not in ("en", "es"):
            bad(r[0], "language %r" % r[4])
        if r[3] != "-" and not re.fullmatch(r"[a-z]+:[A-Za-z0-9-]+", r[3]):
            bad(r[0], "answers %r is not kind:key" % r[3])
    msgids = collections.Counter()
    stats = collections.Counter()
    dates = []
    for rec in recs:
        f = rec["file"]
        if list(rec.keys()) != KEYS:
            bad(f, "manifest keys %s" % list(rec.keys()))
        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "not CRLF only")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        body = texts(msg)
        if msg.get("Delivered-To") != MBOX[rec["mailbox"]]:
            bad(f, "Delivered-To does not match mailbox")
        rcpts = " ".join(str(msg.get_all(h, [""])) for h in ("To", "Cc")).lower()
        if MBOX[rec["mailbox"]] not in rcpts and "undisclosed" not in rcpts and not msg.get("List-Id"):
            bad(f, "To/Cc lack the mailbox")
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            bad(f, "automated/unclear not bool")
        if any(l not in LABELS for l in rec["labels"]) or rec["labels"] != [l for l in LABELS if l in rec["labels"]]:
            bad(f, "labels %s" % rec["labels"])
        if set(rec["entities"]) - {"name", "postal_code", "account"}:
            bad(f, "entity keys %s" % list(rec["entities"]))
        if rec["automated"]:
            if rec["labels"] or rec["entities"] or rec["ack_to"] is not None or rec["unclear"]:
                bad(f, "automated row carries labels/entities/ack/unclear")
        for k, v in rec["entities"].items():
            if v not in body:
                bad(f, "entity %s=%r not in decoded text" % (k, v))
        if rec["ack_to"] is not None:
            addrs = [a.lower() for _, a in email.utils.getaddresses([str(x) for h in ("From", "Reply-To") for x in msg.get_all(h, [])])]
            if rec["ack_to"].lower() not in addrs:
                bad(f, "ack_to %s is not a From/Reply-To address" % rec["ack_to"])
            if msg.get("Auto-Submitted", "no").lower() != "no":
                bad(f, "ack_to set on an Auto-Submitted message")
        if not rec["note"] or "\n" in rec["note"]:
            bad(f, "note must be one line")
        d = msg.get("Date")
        if d is not None and d.datetime is not None:
            dates.append(d.datetime)
        stats["total"] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        if rec["unclear"]:
            stats["unclear"] += 1
        if rec["entities"]:
            stats["with entities"] += 1
        if rec["ack_to"]:
            stats["ack_to set"] += 1
        combo = "+".join(rec["labels"]) or ("(automated)" if rec["automated"] else "(unclear)" if rec["unclear"] else "(no action)")
        if rec["unclear"] and rec["labels"]:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
        for l in rec["labels"]:
            stats["label:" + l] += 1
        lang = rows[recs.index(rec)][4] if len(rows) == len(recs) else "?"
        stats["lang=" + lang] += 1
    for mid, n in msgids.items():
        if n > 1:
            bad("-", "Message-ID %s used %d times" % (mid, n))
    for k in sorted(stats):
        print("%-55s %d" % (k, stats[k]))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
