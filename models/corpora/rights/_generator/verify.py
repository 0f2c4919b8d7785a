#!/usr/bin/env python3
"""Check the `rights` set: python3 _generator/verify.py  (exit status 0 = all good)."""
import email
import email.policy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
LABELS = {"marketing_opt_out", "catalog_share_opt_out", "question"}
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ENTITY_KEYS = {"name", "postal_code", "account"}
REQUIRED = ["Return-Path", "Received", "Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"]

errors = []


def err(msg):
    errors.append(msg)


def decoded_text(msg):
    """All text/* parts decoded, plus text inside attached message/rfc822 parts."""
    out = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                err("%s: cannot decode part %s: %s" % (msg["X-Verify-File"], ctype, e))
    return "\n".join(out)


def main():
    files = sorted(f for f in os.listdir(SET) if f.endswith(".eml"))
    if files != ["%04d.eml" % i for i in range(1, 121)]:
        err("expected 0001.eml..0120.eml, found %d .eml files" % len(files))
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as fh:
        lines = [l for l in fh.read().split("\n") if l]
    manifest = [json.loads(l) for l in lines]
    if [m.get("file") for m in manifest] != files:
        err("manifest files are not 0001..0120 in order")
    mids = {}
    for m in manifest:
        fn = m.get("file")
        if list(m.keys()) != KEYS:
            err("%s: manifest keys %s" % (fn, list(m.keys())))
        if m["mailbox"] not in ("customercare", "powerhousecatalog"):
            err("%s: bad mailbox" % fn)
        if not isinstance(m["automated"], bool) or not isinstance(m["unclear"], bool):
            err("%s: automated/unclear must be bool" % fn)
        if not isinstance(m["labels"], list) or not set(m["labels"]) <= LABELS or len(set(m["labels"])) != len(m["labels"]):
            err("%s: bad labels %r" % (fn, m["labels"]))
        if not isinstance(m["entities"], dict) or not set(m["entities"]) <= ENTITY_KEYS or \
                not all(isinstance(v, str) and v for v in m["entities"].values()):
            err("%s: bad entities %r" % (fn, m["entities"]))
        if not isinstance(m["note"], str) or not m["note"].strip():
            err("%s: empty note" % fn)
        if m["ack_to"] is not None and not (isinstance(m["ack_to"], str) and "@" in m["ack_to"]):
            err("%s: bad ack_to" % fn)
        if m["automated"]:
            if m["labels"] or m["ack_to"] is not None or m["unclear"] or m["entities"]:
                err("%s: automated must have no labels, no entities, unclear false, ack_to null" % fn)
        raw = open(os.path.join(SET, fn), "rb").read()
        if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err("%s: line ends are not all CRLF" % fn)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err("%s: line longer than 998 octets" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        msg["X-Verify-File"] = fn
        for h in REQUIRED:
            if msg[h] is None:
                err("%s: missing %s" % (fn, h))
        if msg.defects:
            err("%s: parse defects %r" % (fn, msg.defects))
        for part in msg.walk():
            if part.defects:
                err("%s: part defects %r" % (fn, part.defects))
        mid = str(msg["Message-ID"]).strip()
        if mid in mids:
            err("%s: duplicate Message-ID with %s" % (fn, mids[mid]))
        mids[mid] = fn
        box = "customercare@alliant-energy.com" if m["mailbox"] == "customercare" else "powerhousecatalog@alliant-energy.com"
        if str(msg["Delivered-To"]) != box:
            err("%s: Delivered-To %s does not match mailbox" % (fn, msg["Delivered-To"]))
        text = decoded_text(msg)
        for k, v in m["entities"].items():
            if v not in text:
                err("%s: entity %s=%r not in decoded text" % (fn, k, v))
        if m["ack_to"]:
            addrs = str(msg.get("From", "")) + " " + str(msg.get("Reply-To", ""))
            if m["ack_to"] not in addrs:
                err("%s: ack_to %s is neither From nor Reply-To" % (fn, m["ack_to"]))
        if not m["automated"] and m["unclear"] is False and not m["labels"] and m["ack_to"] is not None:
            err("%s: clear person mail with no labels should need no answer (ack_to null)" % fn)
    with open(os.path.join(SET, "index.tsv"), encoding="utf-8") as fh:
        rows = [l.split("\t") for l in fh.read().split("\n")[1:] if l]
    if [r[0] for r in rows] != files or any(len(r) != 7 for r in rows):
        err("index.tsv rows do not match the files")
    if not os.path.exists(os.path.join(SET, "README.md")):
        err("README.md missing")
    for e in errors:
        print("ERROR", e)
    people = [m for m in manifest if not m["automated"]]
    print("%d files, %d people, %d machine; %d unclear among people; %d errors" % (
        len(manifest), len(people), len(manifest) - len(people), sum(m["unclear"] for m in people), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
