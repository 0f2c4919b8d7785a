#!/usr/bin/env python3
"""Check the `machines` corpus: python3 _generator/verify.py"""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as exc:  # noqa: BLE001
                raise AssertionError("cannot decode %s part: %s" % (part.get_content_type(), exc))
    return "\n".join(out)


def addrs(msg, name):
    vals = msg.get_all(name) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]) if a]


def main():
    errors = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")][1:]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files:
        errors.append("manifest files do not match the .eml files on disk")
    if [i[0] for i in idx] != files:
        errors.append("index.tsv files do not match")
    cats = collections.Counter()
    combos = collections.Counter()
    boxes = collections.Counter()
    for r, ix in zip(rows, idx):
        fn = r["file"]
        e = lambda m: errors.append("%s: %s" % (fn, m))  # noqa: E731
        if list(r.keys()) != KEYS:
            e("manifest keys/order %s" % list(r.keys()))
        raw = open(os.path.join(ROOT, fn), "rb").read()
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            e("not pure CRLF")
        for n, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                e("line %d is %d octets" % (n, len(line)))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            body = texts(msg)
        except AssertionError as exc:
            e(str(exc))
            body = ""
        if r["mailbox"] not in MAILBOX:
            e("bad mailbox")
            continue
        if MAILBOX[r["mailbox"]] not in addrs(msg, "To"):
            e("To does not contain %s" % MAILBOX[r["mailbox"]])
        if (msg.get("Delivered-To") or "").strip().lower() != MAILBOX[r["mailbox"]]:
            e("Delivered-To does not match mailbox")
        labels = r["labels"]
        if any(l not in LABEL_ORDER for l in labels) or labels != sorted(labels, key=LABEL_ORDER.index) \
                or len(set(labels)) != len(labels):
            e("labels not canonical: %s" % labels)
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                e("bad entity key %s" % k)
            if v not in body:
                e("entity %s=%r not in decoded text" % (k, v))
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                e("automated row must have labels [], unclear false, entities {}, ack_to null")
        if r["unclear"] and labels not in ([], ["question"]):
            e("unclear row with labels %s" % labels)
        frm, rto = addrs(msg, "From"), addrs(msg, "Reply-To")
        if r["ack_to"] is not None and r["ack_to"].lower() not in frm + rto:
            e("ack_to %s is neither From %s nor Reply-To %s" % (r["ack_to"], frm, rto))
        auto_sub = (msg.get("Auto-Submitted") or "no").strip().lower()
        if not r["automated"] and auto_sub != "no" and r["ack_to"] is not None:
            e("human row carries Auto-Submitted but ack_to is set")
        if not r["note"] or "\n" in r["note"]:
            e("note must be one line")
        if not msg.get("Date"):
            e("no Date header")
        cats[ix[1].split(":")[0]] += 1
        combos[("automated" if r["automated"] else "unclear" if r["unclear"] else "+".join(labels) or "none")] += 1
        boxes[r["mailbox"]] += 1
    print("messages: %d" % len(rows))
    print("by mailbox: " + ", ".join("%s=%d" % kv for kv in sorted(boxes.items())))
    print("by category group:")
    for k, v in sorted(cats.items()):
        print("  %-8s %3d" % (k, v))
    print("by label combination:")
    for k, v in sorted(combos.items()):
        print("  %-32s %3d" % (k, v))
    full = collections.Counter(i[1] for i in idx)
    print("categories: %d distinct" % len(full))
    if errors:
        print("\n".join(errors))
        print("FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
