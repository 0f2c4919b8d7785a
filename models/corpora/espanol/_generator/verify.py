#!/usr/bin/env python3
"""Check the `espanol` corpus: python3 _generator/verify.py"""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MAILBOXES = {"customercare": "customercare@alliant-energy.com",
             "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def addr_of(value):
    if not value:
        return None
    return email.utils.parseaddr(str(value))[1].lower() or None


def main():
    errors = []
    rows = []
    with open(os.path.join(OUT, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line, object_pairs_hook=collections.OrderedDict))
    index = {}
    with open(os.path.join(OUT, "index.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                errors.append("index.tsv bad line: %r" % line)
                continue
            index[parts[0]] = parts
    emls = sorted(fn for fn in os.listdir(OUT) if fn.endswith(".eml"))
    if [r["file"] for r in rows] != emls:
        errors.append("manifest files != .eml files on disk")
    if sorted(index) != emls:
        errors.append("index.tsv files != .eml files on disk")

    cats = collections.Counter()
    combos = collections.Counter()
    msgids = collections.Counter()
    for row in rows:
        fn = row["file"]
        err = lambda m: errors.append("%s: %s" % (fn, m))  # noqa: E731
        if list(row.keys()) != KEYS:
            err("manifest keys/order %s" % list(row.keys()))
        raw = open(os.path.join(OUT, fn), "rb").read()
        # CRLF only
        if raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            err("bare LF or CR")
        for i, line in enumerate(raw.split(b"\r\n")):
            if len(line) > 998:
                err("line %d is %d octets" % (i + 1, len(line)))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        hdr_end = raw.find(b"\r\n\r\n")
        for hl in raw[:hdr_end].split(b"\r\n"):
            try:
                hl.decode("ascii")
            except UnicodeDecodeError:
                err("non-ASCII header line: %r" % hl[:60])
        for name in ("From", "To", "Date"):
            if msg[name] is None:
                err("missing %s" % name)
        try:
            email.utils.parsedate_to_datetime(str(msg["Date"]))
        except Exception as e:  # noqa: BLE001
            err("bad Date: %s" % e)
        if msg["Message-ID"]:
            msgids[str(msg["Message-ID"]).strip()] += 1
        to = str(msg["To"] or "").lower()
        if MAILBOXES[row["mailbox"]] not in to:
            err("To %r lacks %s" % (to, MAILBOXES[row["mailbox"]]))
        if str(msg["Delivered-To"]).strip().lower() != MAILBOXES[row["mailbox"]]:
            err("Delivered-To mismatch")
        # decode all text parts
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    texts.append(part.get_content())
                except Exception as e:  # noqa: BLE001
                    err("cannot decode %s part: %s" % (part.get_content_type(), e))
            for d in part.defects:
                err("defect %s" % type(d).__name__)
        for d in msg.defects:
            err("defect %s" % type(d).__name__)
        alltext = "\n".join(texts)
        for k, v in row["entities"].items():
            if k not in ("name", "postal_code", "account"):
                err("bad entity key %s" % k)
            if not isinstance(v, str) or v not in alltext:
                err("entity %s=%r not in decoded text" % (k, v))
        labels = row["labels"]
        if [l for l in ORDER if l in labels] != labels or len(set(labels)) != len(labels):
            err("labels not canonical: %s" % labels)
        if row["automated"]:
            if labels or row["unclear"] or row["entities"] or row["ack_to"] is not None:
                err("automated row must have labels [], unclear false, entities {}, ack_to null")
        if row["unclear"] and labels not in ([], ["question"]):
            err("unclear row with labels %s" % labels)
        frm = addr_of(msg["From"])
        rto = addr_of(msg["Reply-To"])
        if row["ack_to"] is not None and row["ack_to"].lower() not in (frm, rto):
            err("ack_to %s is neither From %s nor Reply-To %s" % (row["ack_to"], frm, rto))
        if msg["Auto-Submitted"] and str(msg["Auto-Submitted"]).strip().lower() != "no" and row["ack_to"]:
            err("Auto-Submitted present but ack_to set")
        if not row["automated"] and not labels and not row["unclear"] and row["ack_to"] is not None:
            err("no labels, not unclear (thank-you) but ack_to set")
        cat = index.get(fn, [fn, "?"])[1]
        cats[cat.split(":")[0]] += 1
        combo = "automated" if row["automated"] else (("unclear+" if row["unclear"] else "") +
                                                        ("+".join(labels) if labels else "none"))
        combos[combo] += 1
    for mid, n in msgids.items():
        if n > 1:
            errors.append("duplicate Message-ID %s" % mid)

    print("messages: %d" % len(rows))
    print("\nby category prefix:")
    for k, v in sorted(cats.items()):
        print("  %-10s %3d" % (k, v))
    print("\nby label combination:")
    for k, v in sorted(combos.items(), key=lambda x: -x[1]):
        print("  %-55s %3d" % (k, v))
    mb = collections.Counter(r["mailbox"] for r in rows)
    print("\nby mailbox: %s" % dict(mb))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
