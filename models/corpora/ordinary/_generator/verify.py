#!/usr/bin/env python3
"""Check the 'ordinary' set: python3 _generator/verify.py [--rebuild]

--rebuild also runs build.py and checks that every byte comes out the same.
"""
import email
import email.policy
import hashlib
import html
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = {"marketing_opt_out", "catalog_share_opt_out", "question"}
ENT_KEYS = {"name", "postal_code", "account"}
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def decoded_text(msg):
    chunks = []
    for k in ("Subject", "From", "To", "Reply-To"):
        if msg[k] is not None:
            chunks.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:  # noqa: BLE001
                raise AssertionError("cannot decode %s part: %s" % (ct, e))
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return re.sub(r"\s+", " ", "\n".join(chunks))


def main():
    errors = []

    def err(f, m):
        errors.append("%s: %s" % (f, m))

    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    want = ["%04d.eml" % i for i in range(1, 121)]
    if emls != want:
        err("set", "expected 0001.eml..0120.eml, found %d .eml files" % len(emls))
    with open(os.path.join(OUT, "manifest.jsonl"), encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh if l.strip()]
    if len(recs) != 120:
        err("manifest", "%d records, expected 120" % len(recs))
    for n, r in enumerate(recs, 1):
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(f, "manifest keys %s" % list(r.keys()))
            continue
        if f != "%04d.eml" % n:
            err(f, "manifest out of order")
        if r["mailbox"] not in MAILBOX:
            err(f, "bad mailbox")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear not bool")
        if not isinstance(r["labels"], list) or not set(r["labels"]) <= LABELS or len(set(r["labels"])) != len(r["labels"]):
            err(f, "bad labels %r" % r["labels"])
        if not isinstance(r["entities"], dict) or not set(r["entities"]) <= ENT_KEYS or \
                not all(isinstance(v, str) and v for v in r["entities"].values()):
            err(f, "bad entities %r" % r["entities"])
        if not isinstance(r["note"], str) or len(r["note"]) < 20:
            err(f, "note missing")
        if r["ack_to"] is not None and (not isinstance(r["ack_to"], str) or "@" not in r["ack_to"]):
            err(f, "bad ack_to")
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(f, "automated message with labels/ack_to/unclear/entities")
        path = os.path.join(OUT, f)
        if not os.path.exists(path):
            err(f, "missing file")
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "not CRLF throughout")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err(f, "non-ASCII header bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Date", "Message-ID", "Return-Path", "Received", "Delivered-To"):
            if msg[h] is None:
                err(f, "no %s header" % h)
        if msg["Delivered-To"] is not None and str(msg["Delivered-To"]) != MAILBOX[r["mailbox"]]:
            err(f, "Delivered-To does not match mailbox")
        if msg.defects:
            err(f, "parse defects %r" % msg.defects)
        for part in msg.walk():
            if part.defects:
                err(f, "part defects %r" % part.defects)
        try:
            text = decoded_text(msg)
        except AssertionError as e:
            err(f, str(e))
            continue
        for k, v in r["entities"].items():
            if re.sub(r"\s+", " ", v) not in text:
                err(f, "entity %s=%r not in decoded text" % (k, v))
    with open(os.path.join(OUT, "index.tsv"), encoding="utf-8") as fh:
        rows = [l.rstrip("\n").split("\t") for l in fh]
    if len(rows) != 121 or any(len(r) != 7 for r in rows):
        err("index.tsv", "expected header + 120 rows of 7 columns")
    elif [r[0] for r in rows[1:]] != want:
        err("index.tsv", "files out of order")

    if "--rebuild" in sys.argv:
        def digest():
            h = hashlib.sha256()
            for f in sorted(os.listdir(OUT)):
                p = os.path.join(OUT, f)
                if os.path.isfile(p):
                    h.update(f.encode() + b"\0" + open(p, "rb").read())
            return h.hexdigest()
        before = digest()
        subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
        if digest() != before:
            err("set", "build.py does not reproduce the committed bytes")

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    people = [r for r in recs if not r["automated"]]
    print("OK: 120 messages (%d people, %d machines, %d unclear)" % (
        len(people), 120 - len(people), sum(r["unclear"] for r in people)))


if __name__ == "__main__":
    main()
