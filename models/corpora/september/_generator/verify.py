#!/usr/bin/env python3
"""Check the september set. Standard library only. Exit 1 on any problem.

python3 _generator/verify.py
"""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


def decoded_text(msg, f):
    """All text/* leaves that are not attachments, decoded; every leaf is decoded to prove it parses."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa: BLE001
            try:
                payload = part.get_payload(decode=True)
            except Exception as e2:  # noqa: BLE001
                bad(f, "cannot decode part %s: %s / %s" % (part.get_content_type(), e, e2))
                continue
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            if isinstance(payload, bytes):
                payload = payload.decode("utf-8", "replace")
            out.append(payload)
    return "\n".join(out)


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    rows = []
    with open(man_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                bad("manifest", "blank line %d" % n)
                continue
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
            if list(obj.keys()) != KEYS:
                bad("manifest", "line %d keys %s" % (n, list(obj.keys())))
            rows.append(obj)
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files:
        bad("manifest", "manifest files do not match the .eml files in order")
    for i, f in enumerate(files, 1):
        if f != "%04d.eml" % i:
            bad(f, "numbering gap")

    # index.tsv
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as fh:
        idx = fh.read().split("\n")
    if idx[0] != "file\tspec\tcategory\tlanguage\tprogram\tdate":
        bad("index.tsv", "bad header")
    idx_rows = [l.split("\t") for l in idx[1:] if l]
    if [r[0] for r in idx_rows] != [r["file"] for r in rows]:
        bad("index.tsv", "files differ from manifest")
    for r in idx_rows:
        if len(r) != 6:
            bad("index.tsv", "row %s has %d fields" % (r[0], len(r)))
        elif not re.match(r"2027-09-(0[6-9]|1[0-7])$", r[5]):
            bad("index.tsv", "%s date %s outside 6-17 Sep 2027" % (r[0], r[5]))

    msgids = {}
    stats = collections.Counter()
    for rec in rows:
        f = rec["file"]
        path = os.path.join(ROOT, f)
        if not os.path.exists(path):
            bad(f, "missing")
            continue
        raw = open(path, "rb").read()
        # raw hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "bare LF or CR")
        for ln, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                bad(f, "line %d is %d octets" % (ln, len(line)))
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            bad(f, "non-ASCII header bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            try:
                for v in msg.get_all(k):
                    str(v)
            except Exception as e:  # noqa: BLE001
                bad(f, "header %s unreadable: %s" % (k, e))
        if msg.defects:
            bad(f, "defects %s" % msg.defects)
        text = decoded_text(msg, f)

        # manifest rules
        mb = rec["mailbox"]
        if mb not in MAILBOX:
            bad(f, "mailbox %r" % mb)
            continue
        rcpts = " ".join(str(msg.get(h, "")) for h in ("To", "Cc")).lower()
        if MAILBOX[mb] not in rcpts:
            bad(f, "To/Cc lacks %s" % MAILBOX[mb])
        if not str(msg.get("Delivered-To", "")).lower() == MAILBOX[mb]:
            bad(f, "Delivered-To is not the mailbox")
        labels = rec["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or \
                labels != [l for l in LABELS if l in labels]:
            bad(f, "labels %r" % labels)
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            bad(f, "automated/unclear not bool")
        ents = rec["entities"]
        if set(ents) - ENT_KEYS:
            bad(f, "entity keys %s" % set(ents))
        for k, v in ents.items():
            if not v or v not in text:
                bad(f, "entity %s=%r not in decoded body" % (k, v))
        note = rec["note"]
        if not note or "\n" in note:
            bad(f, "note must be one line")
        ack = rec["ack_to"]
        auto_sub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        if rec["automated"]:
            if labels or rec["unclear"] or ents or ack is not None:
                bad(f, "automated row must have no labels, unclear false, no entities, ack_to null")
        else:
            if rec["unclear"] and labels:
                bad(f, "unclear row must have labels []")
            if ack is not None:
                rt = email.utils.getaddresses([str(msg.get("Reply-To", ""))])
                fr = email.utils.getaddresses([str(msg.get("From", ""))])
                want = (rt[0][1] if rt and rt[0][1] else fr[0][1] if fr else "").lower()
                if ack.lower() != want:
                    bad(f, "ack_to %s but Reply-To/From gives %s" % (ack, want))
                if auto_sub != "no":
                    bad(f, "human row with Auto-Submitted must have ack_to null")
            else:
                stats["human ack_to null"] += 1
        mid = msg.get("Message-ID")
        if mid:
            mid = str(mid).strip()
            if mid in msgids:
                bad(f, "Message-ID duplicates %s" % msgids[mid])
            msgids[mid] = f
        else:
            stats["no Message-ID"] += 1
        # stats
        stats["total"] += 1
        stats["mailbox=" + mb] += 1
        if rec["automated"]:
            stats["automated"] += 1
            stats["combo:(automated)"] += 1
        elif rec["unclear"]:
            stats["unclear"] += 1
            stats["combo:(unclear)"] += 1
        elif not labels:
            stats["combo:(no action)"] += 1
        else:
            stats["combo:" + "+".join(labels)] += 1
        if not rec["automated"]:
            stats["human"] += 1
        for l in labels:
            stats["label:" + l] += 1
        if ents:
            stats["with entities"] += 1
        for k in ents:
            stats["entity:" + k] += 1
        if ack is not None:
            stats["ack_to set"] += 1

    for k in sorted(stats):
        print("%-46s %d" % (k, stats[k]))
    if problems:
        print()
        for p in problems:
            print("PROBLEM", p)
        print("\nFAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(files)))


if __name__ == "__main__":
    main()
