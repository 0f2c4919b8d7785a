#!/usr/bin/env python3
"""Check the `business` set: python3 _generator/verify.py"""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BOXES = {"customercare": "customercare@alliant-energy.com",
         "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def decoded_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                fail(f"cannot decode {part.get_content_type()}: {e}")
    return out


def addrs(msg, name):
    v = msg.get(name)
    if v is None:
        return []
    return [a.lower() for _, a in email.utils.getaddresses([str(v)])]


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files:
        fail("manifest and .eml files differ")
    counts = collections.Counter()
    cats = collections.Counter()
    for line in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()[1:]:
        f, cat, lang, client = line.split("\t")
        cats[cat.split(":")[0]] += 1
    mids = set()
    for r in rows:
        f = r["file"]
        if list(r.keys()) != KEYS:
            fail(f"{f}: keys {list(r.keys())}")
        raw = open(os.path.join(ROOT, f), "rb").read()
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").find(b"\n") >= 0 or raw.replace(b"\r\n", b"").find(b"\r") >= 0:
            fail(f"{f}: bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                fail(f"{f}: line over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        if BOXES[r["mailbox"]] not in addrs(msg, "To"):
            fail(f"{f}: To lacks {BOXES[r['mailbox']]}")
        mid = msg.get("Message-ID")
        if mid:
            if str(mid) in mids:
                fail(f"{f}: duplicate Message-ID")
            mids.add(str(mid))
        else:
            counts["no Message-ID"] += 1
        texts = "\n".join(decoded_texts(msg))
        labels = r["labels"]
        if labels != [l for l in ORDER if l in labels] or len(set(labels)) != len(labels):
            fail(f"{f}: labels not canonical {labels}")
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                fail(f"{f}: entity key {k}")
            if v not in texts:
                fail(f"{f}: entity {k}={v!r} not in decoded text")
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                fail(f"{f}: automated row must have no labels/unclear/entities/ack")
        if r["unclear"] and labels not in ([], ["question"]):
            fail(f"{f}: unclear row with labels {labels}")
        if r["ack_to"] is not None:
            allowed = addrs(msg, "From") + addrs(msg, "Reply-To")
            if r["ack_to"].lower() not in allowed:
                fail(f"{f}: ack_to {r['ack_to']} not From/Reply-To")
        if not r["automated"] and not r["unclear"] and not labels and r["ack_to"] is not None:
            fail(f"{f}: human row with nothing to do but ack_to set")
        counts["total"] += 1
        counts[f"mailbox={r['mailbox']}"] += 1
        if r["automated"]:
            counts["automated"] += 1
            combo = "(automated)"
        elif r["unclear"]:
            counts["unclear"] += 1
            combo = "(unclear)" + ("+question" if labels else "")
        else:
            combo = "+".join(labels) or "(no action)"
        counts["combo:" + combo] += 1
        for l in labels:
            counts["label:" + l] += 1
        if r["entities"]:
            counts["with entities"] += 1
        if r["ack_to"]:
            counts["ack_to set"] += 1
    for k in sorted(counts):
        print(f"{k:60s}{counts[k]}")
    print()
    for k in sorted(cats):
        print(f"category {k:51s}{cats[k]}")
    print(f"\nOK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")


if __name__ == "__main__":
    main()
