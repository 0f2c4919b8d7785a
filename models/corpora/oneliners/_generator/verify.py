#!/usr/bin/env python3
"""Check the `oneliners` set: files, manifest, parsing, labels, entities, CRLF. Exit 1 on any problem."""
import email
import json
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
KEYS = {"file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"}
LABELS = {"marketing_opt_out", "catalog_share_opt_out", "question"}
ENTITY_KEYS = {"name", "postal_code", "account"}
MAILBOXES = {"customercare": "customercare@alliant-energy.com",
             "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


def decoded_text(msg):
    out = []
    for h in ("Subject",):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                out.append("")
                bad("?", "cannot decode part %s: %s" % (part.get_content_type(), e))
    return "\n".join(out)


def main():
    emls = sorted(f for f in os.listdir(SET) if f.endswith(".eml"))
    want = ["%04d.eml" % i for i in range(1, 121)]
    if emls != want:
        bad("set", "expected 0001.eml..0120.eml, found %d .eml files" % len(emls))
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln]
    if len(lines) != 120:
        bad("manifest", "%d lines, want 120" % len(lines))
    entries = [json.loads(ln) for ln in lines]
    for i, e in enumerate(entries):
        f = e.get("file", "?")
        if f != want[i] if i < len(want) else True:
            bad(f, "manifest out of file order (line %d)" % (i + 1))
        if set(e) != KEYS:
            bad(f, "manifest keys %s" % sorted(e))
            continue
        if e["mailbox"] not in MAILBOXES:
            bad(f, "mailbox %r" % e["mailbox"])
        if not isinstance(e["automated"], bool) or not isinstance(e["unclear"], bool):
            bad(f, "automated/unclear must be bool")
        if not isinstance(e["labels"], list) or not set(e["labels"]) <= LABELS or len(set(e["labels"])) != len(e["labels"]):
            bad(f, "labels %r" % e["labels"])
        if not isinstance(e["entities"], dict) or not set(e["entities"]) <= ENTITY_KEYS or \
                not all(isinstance(v, str) and v for v in e["entities"].values()):
            bad(f, "entities %r" % e["entities"])
        if not isinstance(e["note"], str) or len(e["note"]) < 10:
            bad(f, "note missing")
        if e["ack_to"] is not None and (not isinstance(e["ack_to"], str) or
                                        not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[a-z]+", e["ack_to"])):
            bad(f, "ack_to %r" % e["ack_to"])
        if e["automated"]:
            if e["labels"] or e["ack_to"] is not None or e["unclear"] or e["entities"]:
                bad(f, "automated mail must have no labels, no entities, unclear false, ack_to null")
        path = os.path.join(SET, f)
        if not os.path.exists(path):
            bad(f, "file missing")
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "line ends are not all CRLF")
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as ex:  # noqa: BLE001
            bad(f, "does not parse: %s" % ex)
            continue
        for part in msg.walk():
            if part.defects:
                bad(f, "parse defects %s" % part.defects)
        for h in ("From", "To", "Date", "Message-ID", "Return-Path", "Received"):
            if msg[h] is None:
                bad(f, "missing header %s" % h)
        if msg["Delivered-To"] != MAILBOXES.get(e["mailbox"]):
            bad(f, "Delivered-To %s does not match mailbox %s" % (msg["Delivered-To"], e["mailbox"]))
        text = decoded_text(msg)
        for k, v in e["entities"].items():
            if v not in text:
                bad(f, "entity %s=%r not in the decoded text" % (k, v))
        if e["ack_to"] is not None and e["ack_to"] not in raw.decode("utf-8", "replace") + text:
            bad(f, "ack_to %s appears nowhere in the message" % e["ack_to"])
    with open(os.path.join(SET, "index.tsv"), encoding="utf-8") as fh:
        rows = [r.split("\t") for r in fh.read().split("\n")[1:] if r]
    if [r[0] for r in rows] != want or any(len(r) != 7 for r in rows):
        bad("index.tsv", "rows do not match the 120 files / 7 columns")
    for need in ("README.md", "_generator/build.py"):
        if not os.path.exists(os.path.join(SET, need)):
            bad(need, "missing")
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    people = sum(not e["automated"] for e in entries)
    print("OK: 120 messages (%d people, %d machines), manifest, index and README consistent" % (
        people, 120 - people))
    return 0


if __name__ == "__main__":
    sys.exit(main())
