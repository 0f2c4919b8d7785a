#!/usr/bin/env python3
"""Check the march set: 100 files, manifest keys/types, parsing, labels, automated rules, entities, CRLF."""
import email
import json
import os
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
N = 100
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = {"marketing_opt_out", "catalog_share_opt_out", "question"}


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            try:
                out.append(payload.decode(cs))
            except (LookupError, UnicodeDecodeError):
                out.append(payload.decode("utf-8", "replace"))
    return "\n".join(out)


def main():
    errs = []
    files = sorted(f for f in os.listdir(SET) if f.endswith(".eml"))
    want = ["%04d.eml" % i for i in range(1, N + 1)]
    if files != want:
        errs.append("files are not 0001..%04d.eml" % N)
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as fh:
        man = [json.loads(l) for l in fh if l.strip()]
    if [m.get("file") for m in man] != want:
        errs.append("manifest not in file order / wrong count (%d)" % len(man))
    for m in man:
        f = m.get("file")
        if list(m.keys()) != KEYS:
            errs.append("%s: keys %s" % (f, list(m.keys())))
        if m["mailbox"] not in ("customercare", "powerhousecatalog"):
            errs.append("%s: mailbox" % f)
        if not isinstance(m["automated"], bool) or not isinstance(m["unclear"], bool):
            errs.append("%s: bool types" % f)
        if not isinstance(m["labels"], list) or not set(m["labels"]) <= LABELS or len(set(m["labels"])) != len(m["labels"]):
            errs.append("%s: labels %r" % (f, m["labels"]))
        if not isinstance(m["note"], str) or not m["note"]:
            errs.append("%s: note" % f)
        if not (m["ack_to"] is None or (isinstance(m["ack_to"], str) and "@" in m["ack_to"])):
            errs.append("%s: ack_to" % f)
        if m["automated"] and (m["labels"] or m["ack_to"] is not None or m["unclear"] or m["entities"]):
            errs.append("%s: automated must have labels [], ack_to null, unclear false, no entities" % f)
        if not isinstance(m["entities"], dict) or not set(m["entities"]) <= {"name", "postal_code", "account"}:
            errs.append("%s: entities keys" % f)
        raw = open(os.path.join(SET, f), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errs.append("%s: line ends are not all CRLF" % f)
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for hname in ("From", "To", "Date", "Subject"):
                if msg[hname] is None:
                    errs.append("%s: missing %s" % (f, hname))
            text = decoded_text(msg)
        except Exception as e:  # noqa: BLE001
            errs.append("%s: parse error %s" % (f, e))
            continue
        if m["ack_to"] and m["ack_to"] not in raw.decode("utf-8", "replace"):
            errs.append("%s: ack_to address not in the message" % f)
        for k, v in m["entities"].items():
            if not isinstance(v, str) or v not in text:
                errs.append("%s: entity %s=%r not in decoded text" % (f, k, v))
    for e in errs:
        print("FAIL", e)
    print("%d messages, %d problems" % (len(man), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
