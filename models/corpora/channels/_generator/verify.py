#!/usr/bin/env python3
"""Check the `channels` set: files, manifest schema, parsing, labels, entities, line ends."""
import email
import html
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


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if not (ctype.startswith("text/") or ctype in ("message/delivery-status", "message/disposition-notification")):
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            continue
        cs = part.get_content_charset() or "utf-8"
        try:
            t = payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            t = payload.decode("utf-8", "replace")
        out.append(t)
        if ctype == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
    return "\n".join(out)


def main():
    errors = []
    emls = sorted(f for f in os.listdir(SET) if f.endswith(".eml"))
    expected = ["%04d.eml" % i for i in range(1, 121)]
    if emls != expected:
        errors.append("files are not exactly 0001.eml..0120.eml")
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    if [r.get("file") for r in recs] != expected:
        errors.append("manifest does not list 0001..0120 in order")
    for r in recs:
        fn = r.get("file")
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s" % (fn, list(r.keys())))
            continue
        if r["mailbox"] not in ("customercare", "powerhousecatalog"):
            errors.append("%s: mailbox" % fn)
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            errors.append("%s: automated/unclear not bool" % fn)
        if not isinstance(r["labels"], list) or not set(r["labels"]) <= LABELS or len(set(r["labels"])) != len(r["labels"]):
            errors.append("%s: labels %r" % (fn, r["labels"]))
        if not isinstance(r["entities"], dict) or not set(r["entities"]) <= ENT_KEYS or \
                not all(isinstance(v, str) and v for v in r["entities"].values()):
            errors.append("%s: entities %r" % (fn, r["entities"]))
        if not isinstance(r["note"], str) or not r["note"].strip():
            errors.append("%s: note" % fn)
        if r["ack_to"] is not None and (not isinstance(r["ack_to"], str) or "@" not in r["ack_to"]):
            errors.append("%s: ack_to %r" % (fn, r["ack_to"]))
        if r["automated"] and (r["labels"] or r["ack_to"] is not None or r["unclear"]):
            errors.append("%s: automated mail must have no labels, unclear false, ack_to null" % fn)
        path = os.path.join(SET, fn)
        if not os.path.exists(path):
            errors.append("%s: missing" % fn)
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: line ends are not all CRLF" % fn)
        if b"\r\n\r\n" not in raw:
            errors.append("%s: no header/body separator" % fn)
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Date", "Message-ID", "Subject"):
                if msg[h] is None and not (h == "Message-ID" and msg["Message-Id"]):
                    errors.append("%s: no %s header" % (fn, h))
            if msg.defects:
                errors.append("%s: defects %r" % (fn, msg.defects))
            text = decoded_text(msg)
            for part in msg.walk():
                if part.defects:
                    errors.append("%s: part defects %r" % (fn, part.defects))
        except Exception as e:  # noqa: BLE001
            errors.append("%s: does not parse: %s" % (fn, e))
            continue
        for k, v in r["entities"].items():
            if v not in text:
                errors.append("%s: entity %s=%r not in decoded text" % (fn, k, v))
    for e in errors:
        print("ERROR", e)
    people = [r for r in recs if not r["automated"]]
    print("%d messages, %d people, %d automated, %d unclear; %s" % (
        len(recs), len(people), len(recs) - len(people), sum(r["unclear"] for r in recs),
        "OK" if not errors else "%d errors" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
