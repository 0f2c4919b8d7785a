#!/usr/bin/env python3
"""Check every message of the `replies` set against its manifest row. Ends with OK."""
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
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/delivery-status":
            out.append(str(part))
    return "\n".join(out)


def main():
    errors = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")][1:]
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != emls:
        errors.append("manifest files != .eml files on disk")
    if [i[0] for i in idx] != emls:
        errors.append("index.tsv files != .eml files")
    cats = collections.Counter()
    combos = collections.Counter()
    langs = collections.Counter()
    for r, ix in zip(rows, idx):
        fn = r["file"]
        if list(r.keys()) != KEYS:
            errors.append("%s: manifest keys %s" % (fn, list(r.keys())))
        raw = open(os.path.join(ROOT, fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF/CR" % fn)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: line > 998" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(msg.get("To", ""))
        if MAILBOX[r["mailbox"]] not in to.lower():
            errors.append("%s: To %r lacks %s" % (fn, to, MAILBOX[r["mailbox"]]))
        try:
            body = texts(msg)
        except Exception as e:  # noqa
            errors.append("%s: decode error %s" % (fn, e))
            body = ""
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                errors.append("%s: bad entity key %s" % (fn, k))
            if v not in body:
                errors.append("%s: entity %s=%r not in decoded text" % (fn, k, v))
        labels = r["labels"]
        if labels != [l for l in ORDER if l in labels] or len(set(labels)) != len(labels):
            errors.append("%s: labels not canonical %s" % (fn, labels))
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                errors.append("%s: automated row must be empty" % fn)
        if r["unclear"] and labels not in ([], ["question"]):
            errors.append("%s: unclear with labels %s" % (fn, labels))
        if r["ack_to"] is not None:
            frm = [a for _, a in email.utils.getaddresses([str(msg.get("From", ""))])]
            rt = [a for _, a in email.utils.getaddresses([str(msg.get("Reply-To", ""))])] if msg.get("Reply-To") else []
            if r["ack_to"] not in frm + rt:
                errors.append("%s: ack_to %s not in From/Reply-To" % (fn, r["ack_to"]))
        if not r["note"] or "\n" in r["note"]:
            errors.append("%s: note must be one line" % fn)
        cats[ix[1].split(":")[0]] += 1
        langs[ix[2]] += 1
        if r["automated"]:
            key = "(automated)"
        elif r["unclear"]:
            key = "(unclear)" + ("+question" if labels else "")
        else:
            key = "+".join(labels) or "(none, human)"
        combos[key] += 1
    print("messages:", len(rows))
    print("categories:", dict(sorted(cats.items())))
    print("languages:", dict(langs))
    print("mailboxes:", dict(collections.Counter(r["mailbox"] for r in rows)))
    print("label combinations:")
    for k, v in combos.most_common():
        print("  %-60s %d" % (k, v))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
