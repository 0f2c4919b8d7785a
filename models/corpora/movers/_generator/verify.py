#!/usr/bin/env python3
"""Check the `movers` set: files, manifest, parsing, labels, entities, CRLF. Exit 1 on any problem."""
import email
import email.policy
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
LABELS = {"marketing_opt_out", "catalog_share_opt_out", "question"}
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ENT_KEYS = {"name", "postal_code", "account"}
problems = []


def bad(fn, msg):
    problems.append("%s: %s" % (fn, msg))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def decoded_text(msg):
    out = []
    for k in ("Subject", "From", "To", "Reply-To"):
        v = msg.get(k)
        if v is not None:
            out.append(str(v))
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        try:
            t = part.get_content()
        except Exception as e:  # noqa: BLE001
            raise ValueError("cannot decode %s part: %s" % (part.get_content_type(), e))
        if part.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        if "format=flowed" in part.get("Content-Type", ""):
            t = re.sub(r" \r?\n", " ", t)
        out.append(t)
    return "\n".join(out)


def main():
    files = sorted(f for f in os.listdir(SET) if f.endswith(".eml"))
    want = ["%04d.eml" % i for i in range(1, 121)]
    if files != want:
        bad("set", "expected 0001.eml..0120.eml, found %d files" % len(files))
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as fh:
        lines = [l for l in fh.read().split("\n") if l]
    if len(lines) != 120:
        bad("manifest", "%d lines, expected 120" % len(lines))
    for i, line in enumerate(lines, 1):
        rec = json.loads(line)
        fn = rec.get("file")
        if list(rec.keys()) != KEYS:
            bad(fn, "manifest keys %s" % list(rec.keys()))
        if fn != "%04d.eml" % i:
            bad(fn, "manifest out of order at line %d" % i)
        if rec["mailbox"] not in ("customercare", "powerhousecatalog"):
            bad(fn, "mailbox %r" % rec["mailbox"])
        for k in ("automated", "unclear"):
            if not isinstance(rec[k], bool):
                bad(fn, "%s not bool" % k)
        if not isinstance(rec["labels"], list) or not set(rec["labels"]) <= LABELS or \
                len(set(rec["labels"])) != len(rec["labels"]):
            bad(fn, "labels %r" % rec["labels"])
        if not isinstance(rec["note"], str) or not rec["note"].strip():
            bad(fn, "empty note")
        if not isinstance(rec["entities"], dict) or not set(rec["entities"]) <= ENT_KEYS or \
                not all(isinstance(v, str) and v for v in rec["entities"].values()):
            bad(fn, "entities %r" % rec["entities"])
        if rec["ack_to"] is not None and (not isinstance(rec["ack_to"], str) or "@" not in rec["ack_to"]):
            bad(fn, "ack_to %r" % rec["ack_to"])
        if rec["automated"]:
            if rec["labels"] or rec["ack_to"] is not None:
                bad(fn, "automated but labels/ack_to set")
            if rec["unclear"]:
                bad(fn, "automated and unclear")
        path = os.path.join(SET, fn)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(fn, "not pure CRLF line ends")
        if not raw.endswith(b"\r\n"):
            bad(fn, "no final CRLF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad(fn, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "Date", "Subject" if not rec["automated"] else "From", "Message-ID"):
            if msg.get(h) is None and h != "Subject":
                bad(fn, "missing %s" % h)
        if msg.defects:
            bad(fn, "parser defects %r" % msg.defects)
        try:
            text = norm(decoded_text(msg))
        except ValueError as e:
            bad(fn, str(e))
            continue
        for k, v in rec["entities"].items():
            if norm(v) not in text:
                bad(fn, "entity %s=%r not in decoded text" % (k, v))
        if rec["ack_to"] and rec["ack_to"].lower() not in raw.decode("utf-8", "replace").lower():
            bad(fn, "ack_to %r not in message" % rec["ack_to"])
    with open(os.path.join(SET, "index.tsv"), encoding="utf-8") as fh:
        idx = [l.split("\t") for l in fh.read().split("\n") if l]
    if len(idx) != 121 or [r[0] for r in idx[1:]] != want:
        bad("index.tsv", "rows do not match the files")
    if problems:
        print("\n".join(problems))
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("ok: 120 messages, manifest, index and entities check out")


if __name__ == "__main__":
    main()
