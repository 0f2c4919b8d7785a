#!/usr/bin/env python3
"""Check the `ourhouse` corpus: python3 _generator/verify.py"""
import email
import email.policy
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
EXPECTED = 110
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text" and not p.get_filename():
            try:
                out.append(p.get_content())
            except Exception as e:  # noqa
                raise
    return "\n".join(out)


def addr_of(h):
    if not h:
        return None
    m = re.search(r"<([^>]+)>", str(h))
    return (m.group(1) if m else str(h).strip()).lower()


recs = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
if len(recs) != EXPECTED or len(emls) != EXPECTED:
    err("-", "expected %d files/records, got %d emls, %d records" % (EXPECTED, len(emls), len(recs)))
if [r["file"] for r in recs] != emls:
    err("-", "manifest files do not match .eml files in order")
idx = [l.split("\t")[0] for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()]
if idx != emls:
    err("-", "index.tsv does not list every file in order")
mids = Counter()
c = Counter()
for r in recs:
    f = r["file"]
    if list(r.keys()) != KEYS:
        err(f, "manifest keys/order %s" % list(r.keys()))
        continue
    raw = open(os.path.join(ROOT, f), "rb").read()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(f, "not pure CRLF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        err(f, "line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for k in msg.keys():
        str(msg[k])
    to = str(msg.get("To", "")).lower()
    if r["mailbox"] not in BOX or BOX[r["mailbox"]] not in to:
        err(f, "To does not hold the mailbox")
    if str(msg.get("Delivered-To", "")).lower() != BOX.get(r["mailbox"]):
        err(f, "Delivered-To mismatch")
    body = texts(msg)
    if r["labels"] != [l for l in ORDER if l in r["labels"]] or len(set(r["labels"])) != len(r["labels"]):
        err(f, "labels not a subset in order")
    if r["automated"]:
        if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
            err(f, "automated row must have no labels/unclear/entities/ack")
    if r["unclear"] and ({"marketing_opt_out", "catalog_share_opt_out"} & set(r["labels"])):
        err(f, "unclear row carries an opt-out label (no automatic action may be expected)")
    if not isinstance(r["entities"], dict) or set(r["entities"]) - {"name", "postal_code", "account"}:
        err(f, "bad entity keys")
    for k, v in r["entities"].items():
        if v not in body:
            err(f, "entity %s=%r not in decoded body" % (k, v))
    if r["ack_to"] is not None:
        cands = {addr_of(msg.get("From")), addr_of(msg.get("Reply-To"))}
        if r["ack_to"].lower() not in cands:
            err(f, "ack_to %s is neither From nor Reply-To" % r["ack_to"])
    if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
        err(f, "note must be one line")
    mid = msg.get("Message-ID")
    if mid:
        mids[str(mid).strip()] += 1
    c["total"] += 1
    c["automated" if r["automated"] else "human"] += 1
    c["unclear"] += r["unclear"]
    c["mailbox=" + r["mailbox"]] += 1
    c["ack_to set"] += r["ack_to"] is not None
    c["with entities"] += bool(r["entities"])
    for l in r["labels"]:
        c["label:" + l] += 1
    c["combo:" + ("+".join(r["labels"]) or ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)"))
      + ("+unclear" if r["unclear"] and r["labels"] else "")] += 1
for m, n in mids.items():
    if n > 1:
        err("-", "duplicate Message-ID %s" % m)
for k in sorted(c):
    print("%-52s %d" % (k, c[k]))
if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d manifest lines, %d .eml files" % (len(recs), len(emls)))
