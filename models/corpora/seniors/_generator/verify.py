#!/usr/bin/env python3
"""Check the seniors set: python3 _generator/verify.py"""
import email
import json
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = {"marketing_opt_out", "catalog_share_opt_out", "question"}
ENT_KEYS = {"name", "postal_code", "account"}


def own_text(msg):
    """Decoded text of the message's own text parts (not inside attached messages)."""
    out = []

    def walk(part):
        ct = part.get_content_type()
        if part.is_multipart():
            for p in part.iter_parts() if hasattr(part, "iter_parts") else part.get_payload():
                walk(p)
            return
        if ct.startswith("message/") or ct == "text/rfc822-headers":
            return
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except (LookupError, UnicodeError):
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    walk(msg)
    return "\n".join(out)


def main():
    errors = []
    emls = sorted(f for f in os.listdir(SET) if f.endswith(".eml"))
    expected = ["%04d.eml" % i for i in range(1, 121)]
    if emls != expected:
        errors.append("expected 0001.eml..0120.eml, found %d files" % len(emls))
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh if l.strip()]
    if [r.get("file") for r in recs] != expected:
        errors.append("manifest files are not 0001..0120 in order")
    for r in recs:
        f = r.get("file")
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s" % (f, list(r.keys())))
        if r["mailbox"] not in ("customercare", "powerhousecatalog"):
            errors.append("%s: mailbox" % f)
        for k in ("automated", "unclear"):
            if not isinstance(r[k], bool):
                errors.append("%s: %s not bool" % (f, k))
        if not isinstance(r["labels"], list) or not set(r["labels"]) <= LABELS or len(set(r["labels"])) != len(r["labels"]):
            errors.append("%s: labels %r" % (f, r["labels"]))
        if not isinstance(r["entities"], dict) or not set(r["entities"]) <= ENT_KEYS or \
                not all(isinstance(v, str) and v for v in r["entities"].values()):
            errors.append("%s: entities %r" % (f, r["entities"]))
        if not isinstance(r["note"], str) or not r["note"]:
            errors.append("%s: note" % f)
        if r["ack_to"] is not None and not (isinstance(r["ack_to"], str) and re.match(r"^[^@\s]+@[^@\s]+\.[a-z]+$", r["ack_to"])):
            errors.append("%s: ack_to %r" % (f, r["ack_to"]))
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                errors.append("%s: automated must have no labels, ack_to null, not unclear, no entities" % f)
        path = os.path.join(SET, f)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: line ends are not all CRLF" % f)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: a line is longer than 998 octets" % f)
        if not raw.endswith(b"\r\n"):
            errors.append("%s: does not end with CRLF" % f)
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse error %s" % (f, e))
            continue
        for h in ("From", "Date", "Message-ID" if msg.get("Message-ID") else "From"):
            if msg.get(h) is None:
                errors.append("%s: missing %s" % (f, h))
        if msg.defects:
            errors.append("%s: defects %r" % (f, msg.defects))
        to = str(msg.get("Delivered-To", ""))
        if to != {"customercare": "customercare@alliant-energy.com",
                  "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}[r["mailbox"]]:
            errors.append("%s: Delivered-To %r does not match mailbox" % (f, to))
        text = own_text(msg)
        for k, v in r["entities"].items():
            if v not in text:
                errors.append("%s: entity %s=%r not in decoded text" % (f, k, v))
        if r["ack_to"] and r["ack_to"] not in raw.decode("utf-8", "replace"):
            errors.append("%s: ack_to %s not found in the message" % (f, r["ack_to"]))
    for name in ("index.tsv", "README.md"):
        if not os.path.exists(os.path.join(SET, name)):
            errors.append("missing %s" % name)
    idx = open(os.path.join(SET, "index.tsv"), encoding="utf-8").read().splitlines()
    if len(idx) != 121:
        errors.append("index.tsv has %d lines" % len(idx))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    people = [r for r in recs if not r["automated"]]
    print("OK: 120 messages, %d people, %d machines, %d unclear" % (len(people), 120 - len(people),
                                                                   sum(r["unclear"] for r in recs)))


if __name__ == "__main__":
    main()
