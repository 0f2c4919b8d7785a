#!/usr/bin/env python3
"""Check every message and manifest row of the `dictated` set; prints counts and ends with OK.

Adapted from the `terse` checker: adds unique Message-IDs, Auto-Submitted => ack_to null, and the index layout."""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                raise AssertionError("cannot decode %s part: %s" % (part.get_content_type(), e))
    return out


def addrs(msg, name):
    vals = msg.get_all(name) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals])]


def main():
    errors = []
    rows = [json.loads(l, object_pairs_hook=collections.OrderedDict)
            for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    index = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")][1:]
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != emls:
        errors.append("manifest files do not match the .eml files")
    if [i[0] for i in index] != emls:
        errors.append("index.tsv files do not match the .eml files")
    combos = collections.Counter()
    seen_ids = {}
    cats = collections.Counter()
    for r, ix in zip(rows, index):
        f = r["file"]

        def err(m):
            errors.append("%s: %s" % (f, m))
        if list(r.keys()) != KEYS:
            err("manifest keys/order %s" % list(r.keys()))
        raw = open(os.path.join(ROOT, f), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            err("bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            err("bare CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err("line over 998 octets")
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if MAILBOX[r["mailbox"]] not in addrs(msg, "To"):
            err("To does not contain %s" % MAILBOX[r["mailbox"]])
        if msg.defects:
            err("parse defects %s" % msg.defects)
        for part in msg.walk():
            if part.defects:
                err("part defects %s" % part.defects)
        mid = msg.get("Message-ID")
        if not mid:
            err("no Message-ID")
        elif mid in seen_ids:
            err("Message-ID also in %s" % seen_ids[mid])
        else:
            seen_ids[mid] = f
        if msg.get("Auto-Submitted", "no").lower() != "no" and r["ack_to"] is not None:
            err("Auto-Submitted mail must have ack_to null")
        if len(ix) != 5 or ix[0] != f or ix[2] not in ("en", "es"):
            err("bad index row %s" % ix)
        if r["mailbox"] not in MAILBOX:
            err("bad mailbox")
        try:
            body = "\n".join(texts(msg))
        except AssertionError as e:
            err(str(e))
            body = ""
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                err("bad entity key %s" % k)
            if v not in body:
                err("entity %s=%r not in decoded text" % (k, v))
        labels = r["labels"]
        if labels != [l for l in LABEL_ORDER if l in labels] or len(set(labels)) != len(labels):
            err("labels not canonical: %s" % labels)
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err("automated row must have labels [], unclear false, entities {}, ack_to null")
        if r["unclear"] and labels not in ([], ["question"]):
            err("unclear row with labels %s" % labels)
        if r["ack_to"] is not None:
            allowed = addrs(msg, "From") + addrs(msg, "Reply-To")
            if r["ack_to"].lower() not in allowed:
                err("ack_to %s is neither From nor Reply-To" % r["ack_to"])
        key = "automated" if r["automated"] else ("unclear" + (" +question" if labels else "") if r["unclear"]
                                                   else " + ".join(labels) or "(none, human)")
        combos[key] += 1
        cats[ix[1].split(":")[0]] += 1
    print("messages: %d" % len(rows))
    print("label combinations:")
    for k, v in sorted(combos.items(), key=lambda kv: -kv[1]):
        print("  %-50s %d" % (k, v))
    print("categories:")
    for k, v in sorted(cats.items()):
        print("  %-10s %d" % (k, v))
    print("mailboxes:", dict(collections.Counter(r["mailbox"] for r in rows)))
    print("langs:", dict(collections.Counter(i[2] for i in index)))
    print("clients:", dict(sorted(collections.Counter(i[3] for i in index).items())))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
