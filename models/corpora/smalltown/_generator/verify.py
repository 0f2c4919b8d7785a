#!/usr/bin/env python3
"""Check the smalltown set: python3 _generator/verify.py"""
import os, sys, json, re, email
from email import policy
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
N = 100
KEYS = {"file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"}
LABELS = {"marketing_opt_out", "catalog_share_opt_out", "question"}
errors = []


def err(msg):
    errors.append(msg)


def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    out = []
    for k, v in msg.items():
        try:
            out.append(str(make_header(decode_header(v))))
        except Exception:
            out.append(v)
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() in ("message/delivery-status",):
            payload = part.get_payload(decode=True)
            if payload is None:
                continue
            cs = part.get_content_charset() or "utf-8"
            out.append(payload.decode(cs, errors="replace"))
    return "\n".join(out)


def main():
    files = sorted(f for f in os.listdir(SET) if re.fullmatch(r"\d{4}\.eml", f))
    if files != ["%04d.eml" % i for i in range(1, N + 1)]:
        err("expected %d files 0001..%04d.eml, found %d" % (N, N, len(files)))
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as f:
        man = [json.loads(l) for l in f if l.strip()]
    if [m.get("file") for m in man] != files:
        err("manifest order/files do not match the .eml files")
    for m in man:
        fn = m.get("file")
        if set(m) != KEYS:
            err("%s: keys %s" % (fn, sorted(m)))
            continue
        if m["mailbox"] not in ("customercare", "powerhousecatalog"):
            err("%s: mailbox" % fn)
        if not isinstance(m["automated"], bool) or not isinstance(m["unclear"], bool):
            err("%s: automated/unclear not bool" % fn)
        if not isinstance(m["labels"], list) or not set(m["labels"]) <= LABELS or len(set(m["labels"])) != len(m["labels"]):
            err("%s: labels %r" % (fn, m["labels"]))
        if not isinstance(m["entities"], dict) or not set(m["entities"]) <= {"name", "postal_code", "account"} or \
                not all(isinstance(v, str) and v for v in m["entities"].values()):
            err("%s: entities %r" % (fn, m["entities"]))
        if not isinstance(m["note"], str) or not m["note"]:
            err("%s: note" % fn)
        if m["ack_to"] is not None and (not isinstance(m["ack_to"], str) or "@" not in m["ack_to"]):
            err("%s: ack_to %r" % (fn, m["ack_to"]))
        if m["automated"] and (m["labels"] or m["ack_to"] is not None or m["unclear"] or m["entities"]):
            err("%s: automated mail must have no labels, no entities, not unclear, ack_to null" % fn)
        path = os.path.join(SET, fn)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err("%s: not pure CRLF" % fn)
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Date", "Subject", "Message-ID"):
                if msg[h] is None:
                    err("%s: missing %s" % (fn, h))
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
            if msg.defects:
                err("%s: defects %r" % (fn, msg.defects))
        except Exception as e:
            err("%s: does not parse: %s" % (fn, e))
            continue
        text = decoded_text(raw)
        for k, v in m["entities"].items():
            if v not in text:
                err("%s: entity %s=%r not in decoded text" % (fn, k, v))
        if m["ack_to"] and m["ack_to"] not in text:
            err("%s: ack_to %s not found in the message" % (fn, m["ack_to"]))
    for extra in ("index.tsv", "README.md"):
        if not os.path.exists(os.path.join(SET, extra)):
            err("missing " + extra)
    else:
        rows = open(os.path.join(SET, "index.tsv"), encoding="utf-8").read().splitlines()
        if len(rows) != N + 1:
            err("index.tsv has %d rows" % (len(rows) - 1))
    if errors:
        print("\n".join(errors))
        print("FAIL: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d messages, manifest and files consistent" % len(man))


if __name__ == "__main__":
    main()
