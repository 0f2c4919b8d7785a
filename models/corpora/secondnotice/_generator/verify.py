#!/usr/bin/env python3
"""Verify set 'secondnotice' (stdlib only).

Checks: every file parses with email.policy.default (all headers read, every leaf decoded); CRLF only and
lines <= 998 octets; manifest schema, key order and file order; mailbox vs Delivered-To / To / Cc; label rules
from LABELS.md; entities present in the decoded text *and* in the sender's own new text (from the generator's
specs); ack_to vs From / Reply-To / Auto-Submitted; unique Message-IDs; arrival order; index.tsv consistency;
and that build.py reproduces every file byte for byte."""
import collections
import email
import email.policy
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
RELAYS = {"noreply@alliantenergy.com"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def addr_of(hdr):
    from email.utils import parseaddr
    return parseaddr(str(hdr or ""))[1].lower()


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            c = part.get_content()
        except Exception as e:  # noqa: BLE001
            raise ValueError("cannot decode %s: %r" % (ct, e))
        if part.get_content_maintype() == "text" and isinstance(c, str):
            if ct == "text/html":
                c = re.sub(r"<[^>]+>", " ", c).replace("&amp;", "&").replace("&nbsp;", " ")
            out.append(c)
    return "\n".join(out)


def main():
    manifest_path = os.path.join(ROOT, "manifest.jsonl")
    rows = [json.loads(l) for l in open(manifest_path, encoding="utf-8").read().splitlines()]
    files = sorted(f for f in os.listdir(ROOT) if re.fullmatch(r"\d{4}\.eml", f))
    if [r["file"] for r in rows] != files:
        err("manifest", "file list/order differs from the .eml files")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        err("files", "not numbered consecutively from 0001")

    import content  # the generator's specs: the sender's own new text
    import build
    specs = sorted(content.SPECS, key=lambda s: (build.arrival(s), s["key"]))
    index = [l.split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()]
    if index[0] != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    index = index[1:]
    if len(index) != len(rows):
        err("index.tsv", "row count differs")

    msgids = collections.Counter()
    stats = collections.Counter()
    last_arrival = None
    for i, r in enumerate(rows):
        f = r["file"]
        spec = specs[i]
        if list(r.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(r.keys()))
            continue
        if index[i][0] != f or index[i][1] != spec["key"]:
            err(f, "index.tsv row mismatch")
        raw = open(os.path.join(ROOT, f), "rb").read()
        # raw hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            for k, v in msg.items():
                str(v)
            for part in msg.walk():
                for k, v in part.items():
                    str(v)
            text = decoded_text(msg)
        except Exception as e:  # noqa: BLE001
            err(f, "parse: %r" % e)
            continue
        if msg.defects:
            err(f, "defects %r" % msg.defects)
        # mailbox
        box = BOX.get(r["mailbox"])
        if not box:
            err(f, "bad mailbox")
            continue
        if (msg["Delivered-To"] or "").strip().lower() != box:
            err(f, "Delivered-To != mailbox")
        rcpts = " ".join(str(msg.get_all(h) or "") for h in ("To", "Cc")).lower()
        if box not in rcpts and not msg["List-Id"]:
            err(f, "mailbox not in To/Cc")
        # arrival order (our mbx01 Received line)
        rec = msg.get_all("Received")[0]
        from email.utils import parsedate_to_datetime
        arr = parsedate_to_datetime(str(rec).rsplit(";", 1)[1].strip())
        if last_arrival and arr < last_arrival:
            err(f, "arrival out of order")
        last_arrival = arr
        # ids
        mid = msg["Message-ID"]
        if mid:
            msgids[str(mid).strip()] += 1
        # schema
        labels = r["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or labels != [l for l in LABELS if l in labels]:
            err(f, "labels not an ordered subset: %r" % labels)
        for k in ("automated", "unclear"):
            if not isinstance(r[k], bool):
                err(f, "%s not bool" % k)
        ents = r["entities"]
        if not isinstance(ents, dict) or any(k not in ("name", "postal_code", "account") for k in ents):
            err(f, "bad entities keys")
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(f, "note must be one line")
        frm = addr_of(msg["From"])
        rto = addr_of(msg["Reply-To"]) if msg["Reply-To"] else None
        autosub = (msg["Auto-Submitted"] or "no").strip().lower()
        # rules
        if r["automated"]:
            if labels or r["unclear"] or ents or r["ack_to"] is not None:
                err(f, "automated row must have no labels/unclear/entities/ack_to")
            stats["automated"] += 1
        else:
            stats["human"] += 1
            if r["unclear"] and labels not in ([], ["question"]):
                err(f, "unclear row may carry only [] or ['question'] (deletion)")
            if r["unclear"] and labels == ["question"] and "delet" not in r["note"].lower():
                err(f, "unclear+question is reserved for deletion requests")
            if r["ack_to"] is not None:
                a = r["ack_to"].lower()
                if a not in (frm, rto):
                    err(f, "ack_to %s is neither From nor Reply-To" % a)
                if a in RELAYS or a.startswith("noreply@") or a.startswith("no-reply@"):
                    err(f, "ack_to is a no-reply/relay address")
                if autosub != "no":
                    err(f, "human mail with Auto-Submitted must have ack_to null")
                if frm in RELAYS and a != rto:
                    err(f, "relay mail must be answered at Reply-To")
            else:
                if not (autosub != "no" or (frm in RELAYS and not rto) or (not labels and not r["unclear"])):
                    err(f, "ack_to null without a reason (auto-submitted, no usable address, or nothing due)")
            if not labels and not r["unclear"] and r["ack_to"] is not None:
                err(f, "human row with no labels and not unclear: no answer is due, ack_to should be null")
            # entities: in decoded text and in the sender's own new text
            for k, v in ents.items():
                if not isinstance(v, str) or not v:
                    err(f, "entity %s empty" % k)
                    continue
                flat = re.sub(r" \r?\n", " ", text)  # undo format=flowed soft breaks
                if v not in text and v not in flat:
                    err(f, "entity %s=%r not in decoded text" % (k, v))
                if v not in spec["text"]:
                    err(f, "entity %s=%r not in the sender's new text" % (k, v))
                if k == "postal_code" and v in ("53718",):
                    err(f, "our own HQ ZIP used as entity")
        for l in labels:
            stats["label:" + l] += 1
        stats["unclear"] += r["unclear"]
        stats["ack_null"] += r["ack_to"] is None
        stats["mailbox=" + r["mailbox"]] += 1
        combo = "+".join(labels) or ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)")
        if r["unclear"] and labels:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
        if ents:
            stats["with entities"] += 1
        # spec consistency
        if spec["mailbox"] != r["mailbox"] or bool(spec["automated"]) != r["automated"] or spec["labels"] != labels:
            err(f, "manifest row does not match its spec")
    for mid, n in msgids.items():
        if n > 1:
            err("Message-ID", "%s used %d times" % (mid, n))
    stats["total"] = len(rows)

    # reproducibility: rebuild into memory and compare bytes
    for i, spec in enumerate(specs):
        data, _ = build.render(dict(spec))
        f = "%04d.eml" % (i + 1)
        if hashlib.sha256(data).digest() != hashlib.sha256(open(os.path.join(ROOT, f), "rb").read()).digest():
            err(f, "build.py does not reproduce this file byte for byte")

    for k in sorted(stats):
        print("%-48s %d" % (k, stats[k]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(files)))


if __name__ == "__main__":
    main()
