#!/usr/bin/env python3
"""Check the workmail set: parsing, CRLF, manifest schema and rules, entities, ack_to, files vs manifest.

    python3 _generator/verify.py
"""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import email  # noqa: E402
import email.policy  # noqa: E402
import email.utils  # noqa: E402
import glob  # noqa: E402
import html  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SETDIR = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOXES = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ENTITY_KEYS = {"name", "postal_code", "account"}

errors = []


def err(fn, msg):
    errors.append("%s: %s" % (fn, msg))


def decoded_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" or ctype in ("message/delivery-status", "message/disposition-notification"):
            try:
                c = part.get_content()
            except Exception as e:  # noqa: BLE001
                payload = part.get_payload(decode=True) or b""
                c = payload.decode(part.get_content_charset() or "ascii", "replace")
            if isinstance(c, bytes):
                c = c.decode("ascii", "replace")
            if not isinstance(c, str):
                c = str(c)
            out.append(c)
            if ctype == "text/html":
                out.append(html.unescape(re.sub(r"<[^>]+>", " ", c)))
        else:
            part.get_payload(decode=True)
    return "\n".join(out)


def main():
    man_path = os.path.join(SETDIR, "manifest.jsonl")
    lines = open(man_path, encoding="utf-8").read().splitlines()
    recs = [json.loads(x) for x in lines]
    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(SETDIR, "*.eml")))
    listed = [r.get("file") for r in recs]
    if listed != files:
        err("manifest", "files and manifest disagree: %s" % sorted(set(files) ^ set(listed)))
    expected = ["%04d.eml" % i for i in range(1, len(files) + 1)]
    if files != expected:
        err("files", "not numbered 0001..%04d" % len(files))
    msgids = collections.Counter()
    counts = collections.Counter()
    for r in recs:
        fn = r.get("file")
        if list(r.keys()) != KEYS:
            err(fn, "manifest keys/order %s" % list(r.keys()))
            continue
        path = os.path.join(SETDIR, fn)
        if not os.path.exists(path):
            err(fn, "missing file")
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(fn, "line endings are not CRLF only")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(fn, "line longer than 998 octets")
                break
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err(fn, "non-ASCII bytes in the header block")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            for k, v in msg.items():
                str(v)
        except Exception as e:  # noqa: BLE001
            err(fn, "header parse: %r" % e)
        for part in msg.walk():
            if part.defects:
                err(fn, "defects: %s" % part.defects)
        text = decoded_texts(msg)
        mid = msg.get("Message-ID") or msg.get("Message-Id")
        if mid:
            msgids[str(mid).strip()] += 1
        # mailbox
        if r["mailbox"] not in BOXES:
            err(fn, "bad mailbox")
        else:
            rcpts = " ".join(str(msg.get(h, "")) for h in ("To", "Cc")).lower()
            if BOXES[r["mailbox"]] not in rcpts:
                err(fn, "To/Cc does not contain %s" % BOXES[r["mailbox"]])
            if str(msg.get("Delivered-To", "")).strip().lower() != BOXES[r["mailbox"]]:
                err(fn, "Delivered-To does not match mailbox")
        # labels
        if not isinstance(r["labels"], list) or any(x not in LABELS for x in r["labels"]):
            err(fn, "labels outside the three")
        if r["labels"] != [x for x in LABELS if x in r["labels"]]:
            err(fn, "labels not in canonical order")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(fn, "automated/unclear must be bool")
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(fn, "automated row must have labels [], ack_to null, unclear false, entities {}")
        if r["unclear"] and r["labels"] not in ([], ["question"]):
            err(fn, "unclear row carries an opt-out label")
        if not r["note"] or "\n" in r["note"]:
            err(fn, "note must be one non-empty line")
        # entities
        if not isinstance(r["entities"], dict) or set(r["entities"]) - ENTITY_KEYS:
            err(fn, "bad entity keys")
        for k, v in r["entities"].items():
            if not isinstance(v, str) or not v or v not in text:
                err(fn, "entity %s=%r not in decoded body text" % (k, v))
        # ack_to
        if r["ack_to"] is not None:
            cands = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                    cands.add(a.lower())
            if r["ack_to"].lower() not in cands:
                err(fn, "ack_to %s is neither From nor Reply-To" % r["ack_to"])
            if "Auto-Submitted" in msg and str(msg["Auto-Submitted"]).strip().lower() != "no":
                err(fn, "ack_to set on a message carrying Auto-Submitted")
        counts["total"] += 1
        counts["automated" if r["automated"] else "human"] += 1
        counts["mailbox=" + r["mailbox"]] += 1
        if r["unclear"]:
            counts["unclear"] += 1
        for x in r["labels"]:
            counts["label:" + x] += 1
        if r["ack_to"]:
            counts["ack_to set"] += 1
        if r["entities"]:
            counts["with entities"] += 1
        for k in r["entities"]:
            counts["entity:" + k] += 1
    for mid, n in msgids.items():
        if n > 1:
            err("set", "duplicate Message-ID %s" % mid)
    # index
    idx = open(os.path.join(SETDIR, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [ln.split("\t")[0] for ln in idx[1:]] != files:
        err("index.tsv", "files disagree with the .eml files")
    for k in sorted(counts):
        print("%-32s %d" % (k, counts[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
