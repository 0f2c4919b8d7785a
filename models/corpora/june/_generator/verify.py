#!/usr/bin/env python3
"""Check the 'june' set: raw-byte hygiene, MIME parsing, manifest rules, index agreement.

Standard library only.  Usage:  python3 _generator/verify.py   (exit 1 on any problem)
"""
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
BOXES = {"customercare": "customercare@alliant-energy.com",
         "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
problems = []


def bad(fn, msg):
    problems.append("%s: %s" % (fn, msg))


def text_of(msg):
    """Decoded text of every text/* leaf (attachments of other types are skipped)."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" and ct not in ("text/calendar", "text/rfc822-headers") \
                and part.get_content_disposition() != "attachment":
            out.append(part.get_content())
        else:
            part.get_payload(decode=True)          # decodes base64/QP; raises on garbage
    return "\n".join(out)


def own_lines(text):
    """Lines that are not '>'-quoted (a coarse check that an entity is in the sender's own words)."""
    return "\n".join(l for l in text.splitlines() if not l.lstrip().startswith(">"))


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    rows = []
    with open(man_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            if list(rec.keys()) != KEYS:
                bad("manifest line %d" % n, "keys/order %s" % list(rec.keys()))
            rows.append(rec)
    emls = sorted(x for x in os.listdir(ROOT) if x.endswith(".eml"))
    names = [r["file"] for r in rows]
    if names != emls:
        bad("manifest", "files listed != .eml files present")
    if names != ["%04d.eml" % i for i in range(1, len(names) + 1)]:
        bad("manifest", "files are not numbered 0001.. in order")

    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as f:
        idx = [l.rstrip("\n").split("\t") for l in f]
    if idx[0] != ["file", "spec", "category", "language", "program", "date"]:
        bad("index.tsv", "bad header")
    idx = idx[1:]
    if [i[0] for i in idx] != names:
        bad("index.tsv", "rows do not match the manifest")
    dates = [i[5] for i in idx]
    if dates != sorted(dates):
        bad("index.tsv", "files are not in arrival order")
    for i in idx:
        if not ("2027-06-07" <= i[5][:10] <= "2027-06-18"):
            bad(i[0], "date %s outside 7-18 June 2027" % i[5])
        if i[3] not in ("en", "es", "mixed"):
            bad(i[0], "language %r" % i[3])
    idx_by = {i[0]: i for i in idx}

    mids = collections.Counter()
    counts = collections.Counter()
    for rec in rows:
        fn = rec["file"]
        raw = open(os.path.join(ROOT, fn), "rb").read()
        # ---- raw bytes
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(fn, "bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                bad(fn, "line over 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            bad(fn, "non-ASCII in the header block")
        if not raw.startswith(b"Return-Path: "):
            bad(fn, "does not start with Return-Path")
        # ---- parse
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for part in msg.walk():
                for k, v in part.raw_items():
                    if not str(v).isascii():
                        bad(fn, "non-ASCII header %s" % k)
                for k in part.keys():
                    str(part[k])
            text = text_of(msg)
        except Exception as e:  # noqa: BLE001
            bad(fn, "parse error %r" % e)
            continue
        if msg.defects:
            bad(fn, "defects %r" % msg.defects)
        box = BOXES.get(rec["mailbox"])
        if not box:
            bad(fn, "mailbox %r" % rec["mailbox"])
            continue
        rcpts = [a.lower() for _, a in email.utils.getaddresses([str(msg.get("To", "")), str(msg.get("Cc", ""))])]
        if box not in rcpts:
            bad(fn, "To/Cc lacks %s" % box)
        if str(msg.get("Delivered-To", "")) != box:
            bad(fn, "Delivered-To is not the mailbox")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # ---- manifest rules
        labels = rec["labels"]
        if labels != [l for l in LABELS if l in labels] or len(set(labels)) != len(labels):
            bad(fn, "labels not a subset in canonical order: %r" % labels)
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            bad(fn, "automated/unclear not bool")
        if not rec["note"] or "\n" in rec["note"]:
            bad(fn, "note must be one non-empty line")
        if rec["automated"]:
            if labels or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                bad(fn, "automated row with labels/unclear/entities/ack_to")
            if not idx_by[fn][2].startswith("automated"):
                bad(fn, "index category disagrees with automated")
        else:
            if idx_by[fn][2].startswith("automated"):
                bad(fn, "index category says automated")
            if rec["unclear"] and labels:
                bad(fn, "unclear row with labels")
            if "Auto-Submitted" in msg and rec["ack_to"] is not None:
                bad(fn, "human row with Auto-Submitted must have ack_to null")
            if rec["ack_to"] is not None:
                rt = msg.get("Reply-To")
                frm = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
                rta = email.utils.parseaddr(str(rt))[1].lower() if rt else None
                if rec["ack_to"].lower() not in (frm, rta):
                    bad(fn, "ack_to %s is neither From nor Reply-To" % rec["ack_to"])
                if rta and rta != frm and rec["ack_to"].lower() != rta:
                    bad(fn, "ack_to should be the Reply-To %s" % rta)
            elif not rec["unclear"] and labels and "Auto-Submitted" not in msg:
                bad(fn, "human request without Auto-Submitted has ack_to null")
        ents = rec["entities"]
        if set(ents) - {"name", "postal_code", "account"}:
            bad(fn, "entity keys %r" % list(ents))
        own = own_lines(text)
        for k, v in ents.items():
            if not isinstance(v, str) or not v:
                bad(fn, "entity %s empty" % k)
            elif v not in text:
                bad(fn, "entity %s=%r not in decoded body" % (k, v))
            elif v not in own:
                bad(fn, "entity %s=%r only in quoted text" % (k, v))
        # ---- counts
        counts["total"] += 1
        counts["mailbox=" + rec["mailbox"]] += 1
        if rec["automated"]:
            counts["automated"] += 1
            counts["combo:(automated)"] += 1
        elif rec["unclear"]:
            counts["unclear"] += 1
            counts["combo:(unclear)"] += 1
        elif not labels:
            counts["combo:(no action)"] += 1
        else:
            counts["combo:" + "+".join(labels)] += 1
        for l in labels:
            counts["label:" + l] += 1
        if ents:
            counts["with entities"] += 1
        for k in ents:
            counts["entity:" + k] += 1
        if rec["ack_to"] is not None:
            counts["ack_to set"] += 1
        counts["language=" + idx_by[fn][3]] += 1
    for mid, n in mids.items():
        if n > 1:
            bad("set", "Message-ID %s used %d times" % (mid, n))
    for k in sorted(counts):
        print("%-48s %d" % (k, counts[k]))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(emls)))


if __name__ == "__main__":
    main()
