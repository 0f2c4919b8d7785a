#!/usr/bin/env python3
"""Check the `outsiders` set: python3 _generator/verify.py  (standard library only)."""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXPECTED_FILES = 108
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
OPTOUTS = {"marketing_opt_out", "catalog_share_opt_out"}
MBX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_type() in ("text/plain", "text/html") and part.get_filename() is None:
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                out.append("")
                err("?", "undecodable part: %s" % e)
        else:
            part.get_payload(decode=True)
    return "\n".join(out)


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if len(emls) != EXPECTED_FILES:
        err("-", "expected %d .eml files, found %d" % (EXPECTED_FILES, len(emls)))
    if [r.get("file") for r in rows] != emls:
        err("-", "manifest files do not match the .eml files in order")
    index = [l.split("\t")[0] for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()[1:]]
    if index != emls:
        err("-", "index.tsv does not list every file in order")
    mids = collections.Counter()
    counts = collections.Counter()
    for r in rows:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, "keys/order %s" % list(r.keys()))
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            err(f, "not pure CRLF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            str(msg[k])
        body = texts(msg)
        if r["mailbox"] not in MBX:
            err(f, "bad mailbox")
        elif MBX[r["mailbox"]] not in str(msg.get("To", "")).lower():
            err(f, "To does not hold the mailbox")
        if not raw.startswith(b"Return-Path: "):
            err(f, "does not start with Return-Path")
        if b"\r\nDelivered-To: %s\r\n" % MBX.get(r["mailbox"], "").encode() not in raw:
            err(f, "Delivered-To missing")
        if msg.get("Message-ID"):
            mids[str(msg["Message-ID"]).strip()] += 1
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear not bool")
        if r["labels"] != [l for l in LABELS if l in r["labels"]] or len(set(r["labels"])) != len(r["labels"]):
            err(f, "labels not a subset in canonical order: %s" % r["labels"])
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(f, "automated row must have no labels, no ack, not unclear, no entities")
        if r["unclear"] and OPTOUTS & set(r["labels"]):
            err(f, "unclear row expects an automatic opt-out")
        if set(r["entities"]) - {"name", "postal_code", "account"}:
            err(f, "bad entity keys")
        for k, v in r["entities"].items():
            if v not in body:
                err(f, "entity %s=%r not in decoded body" % (k, v))
        if r["ack_to"] is not None:
            cands = [a.lower() for _, a in email.utils.getaddresses([str(msg.get("Reply-To", "")), str(msg.get("From", ""))]) if a]
            if r["ack_to"].lower() not in cands:
                err(f, "ack_to %s not in From/Reply-To" % r["ack_to"])
            rt = [a for _, a in email.utils.getaddresses([str(msg.get("Reply-To", ""))]) if a]
            if rt and r["ack_to"].lower() != rt[0].lower():
                err(f, "ack_to should be the Reply-To address")
        if not r["note"]:
            err(f, "empty note")
        counts["total"] += 1
        counts["automated"] += r["automated"]
        counts["unclear"] += r["unclear"]
        counts["mailbox=" + r["mailbox"]] += 1
        counts["ack_to set"] += r["ack_to"] is not None
        counts["with entities"] += bool(r["entities"])
        for l in r["labels"]:
            counts["label:" + l] += 1
        combo = "+".join(r["labels"]) or ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)")
        if r["unclear"] and r["labels"]:
            combo += " [unclear]"
        counts["combo:" + combo] += 1
    for m, n in mids.items():
        if n > 1:
            err("-", "duplicate Message-ID %s" % m)
    for k in sorted(counts):
        print("%-45s %d" % (k, counts[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files" % (len(rows), len(emls)))


if __name__ == "__main__":
    main()
