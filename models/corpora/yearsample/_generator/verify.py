#!/usr/bin/env python3
"""Check the yearsample set: parsing, CRLF, manifest vs files, label rules. Stdlib only."""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = ["name", "postal_code", "account"]
MB = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def texts(msg, f):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            if part.get_content_maintype() == "text":
                out.append((ct, part.get_content()))
            elif ct in ("message/delivery-status", "message/disposition-notification"):
                part.get_payload()
            else:
                part.get_payload(decode=True)
        except Exception as e:  # noqa
            err(f, "cannot decode %s part: %r" % (ct, e))
        for d in part.defects:
            err(f, "defect in %s part: %r" % (ct, d))
    return out


def main():
    man = []
    with open(os.path.join(ROOT, "manifest.jsonl"), "rb") as fh:
        for i, line in enumerate(fh.read().decode("utf-8").split("\n")):
            if not line:
                continue
            rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
            if list(rec.keys()) != KEYS:
                err("manifest line %d" % (i + 1), "keys/order %s" % list(rec.keys()))
            man.append(rec)
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    listed = [m["file"] for m in man]
    if listed != files:
        err("manifest", "files listed %d vs present %d, or out of order" % (len(listed), len(files)))
    expected = ["%04d.eml" % i for i in range(1, len(files) + 1)]
    if files != expected:
        err("files", "not numbered 0001..%04d" % len(files))
    # index.tsv
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as fh:
        rows = [r.split("\t") for r in fh.read().splitlines()]
    if rows[0] != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header %s" % rows[0])
    if [r[0] for r in rows[1:]] != files:
        err("index.tsv", "files do not match")
    idx = {r[0]: r for r in rows[1:]}
    mids = collections.Counter()
    stats = collections.Counter()
    for m in man:
        f = m["file"]
        raw = open(os.path.join(ROOT, f), "rb").read()
        # raw-byte hygiene
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            err(f, "not pure CRLF")
        if max(len(x) for x in raw.split(b"\r\n")) > 998:
            err(f, "line longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err(f, "non-ASCII byte in the header")
        for h in (b"Return-Path:", b"Delivered-To:", b"Received: from mx", b"Authentication-Results: mx"):
            if h not in head:
                err(f, "missing %r" % h)
        if not head.startswith(b"Return-Path: <"):
            err(f, "does not start with Return-Path")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        for d in msg.defects:
            err(f, "header defect %r" % d)
        tx = texts(msg, f)
        alltext = "\n".join(t for _, t in tx)
        plaintext = "\n".join(t for ct, t in tx if ct == "text/plain")
        # mailbox
        if m["mailbox"] not in MB:
            err(f, "bad mailbox")
        to = " ".join(a for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", [])]))
        if MB[m["mailbox"]].lower() not in to.lower():
            err(f, "To %r lacks %s" % (to, MB[m["mailbox"]]))
        if msg.get("Delivered-To") != MB[m["mailbox"]]:
            err(f, "Delivered-To mismatch")
        # labels
        labs = m["labels"]
        if any(l not in LABELS for l in labs) or labs != [l for l in LABELS if l in labs]:
            err(f, "labels invalid or out of order: %s" % labs)
        if m["automated"]:
            if labs or m["unclear"] or m["entities"] or m["ack_to"] is not None:
                err(f, "automated must have labels [], unclear false, entities {}, ack_to null")
        if m["unclear"] and labs not in ([], ["question"]):
            err(f, "unclear row carries an opt-out label")
        # entities
        if not isinstance(m["entities"], dict) or any(k not in ENT_KEYS for k in m["entities"]):
            err(f, "entity keys must be name/postal_code/account")
        if list(m["entities"].keys()) != [k for k in ENT_KEYS if k in m["entities"]]:
            err(f, "entity key order")
        for k, v in m["entities"].items():
            if v not in plaintext and v not in alltext:
                err(f, "entity %s=%r not in the decoded body" % (k, v))
        # ack_to
        frm = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
        rt = email.utils.parseaddr(str(msg.get("Reply-To", "")))[1].lower() if msg.get("Reply-To") else None
        if m["ack_to"] is not None and m["ack_to"].lower() not in (frm, rt):
            err(f, "ack_to %s is neither From nor Reply-To" % m["ack_to"])
        if not m["automated"] and msg.get("Auto-Submitted", "no").lower() != "no" and m["ack_to"] is not None:
            err(f, "human message with Auto-Submitted must not be acknowledged")
        if m["automated"] and not m["note"]:
            err(f, "empty note")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # stats
        stats["total"] += 1
        stats["automated" if m["automated"] else "human"] += 1
        stats["mailbox=" + m["mailbox"]] += 1
        if m["unclear"]:
            stats["unclear"] += 1
        for l in labs:
            stats["label:" + l] += 1
        if m["ack_to"]:
            stats["ack_to set"] += 1
        if m["entities"]:
            stats["with entities"] += 1
        stats["language:" + idx[f][3]] += 1
        combo = "(automated)" if m["automated"] else ("(unclear)" + ("+question" if labs else "") if m["unclear"]
                                                     else ("+".join(labs) or "(no action)"))
        stats["combo:" + combo] += 1
    for k, v in mids.items():
        if v > 1:
            err("Message-ID", "%s used %d times" % (k, v))
    w = max(len(k) for k in stats)
    for k in sorted(stats):
        print("%-*s %d" % (w, k, stats[k]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(man), len(files)))


if __name__ == "__main__":
    main()
