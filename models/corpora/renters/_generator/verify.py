#!/usr/bin/env python3
"""Check the `renters` set: parsing, CRLF hygiene, manifest schema and the labelling invariants.

    python3 _generator/verify.py        (exit status 0 when everything holds)"""
import sys

sys.dont_write_bytecode = True

import email  # noqa: E402
import email.policy  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402
from email.utils import getaddresses, parseaddr  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTS = ["name", "postal_code", "account"]
BOXES = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            out.append(part.get_content())
        elif ctype == "message/rfc822":
            part.get_content()
        else:
            part.get_payload(decode=True)
    return "\n".join(out)


def main():
    rows = [json.loads(l) for l in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in rows] != files:
        err("manifest", "files and manifest lines disagree (or are out of order)")
    index = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if index[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in index[1:]] != files:
        err("index.tsv", "files and index rows disagree")
    for i, l in enumerate(index[1:], 1):
        if len(l.split("\t")) != 7:
            err("index.tsv", f"row {i} has {len(l.split(chr(9)))} columns")
    msgids = Counter()
    stats = Counter()
    for r in rows:
        f = r["file"]
        if list(r) != KEYS:
            err(f, f"manifest keys {list(r)}")
            continue
        raw = (ROOT / f).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if any(len(line) > 998 for line in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        if b"\r\n\r\n" not in raw:
            err(f, "no header/body separator")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            text = decoded_text(msg)
        except Exception as e:  # noqa: BLE001  (report every failure, keep checking)
            err(f, f"does not parse/decode: {e!r}")
            continue
        if msg.defects:
            err(f, f"defects {msg.defects}")
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        if r["mailbox"] not in BOXES:
            err(f, f"mailbox {r['mailbox']}")
            continue
        to = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("To", [])])]
        if BOXES[r["mailbox"]] not in to:
            err(f, "To does not contain the mailbox address")
        if str(msg.get("Delivered-To", "")).strip() != BOXES[r["mailbox"]]:
            err(f, "Delivered-To disagrees with mailbox")
        labels = r["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or labels != [l for l in LABELS if l in labels]:
            err(f, f"labels {labels}")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be booleans")
        if r["automated"]:
            if labels or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(f, "automated row with labels, ack_to, unclear or entities")
        if set(r["entities"]) - set(ENTS) or list(r["entities"]) != [k for k in ENTS if k in r["entities"]]:
            err(f, f"entity keys {list(r['entities'])}")
        for k, v in r["entities"].items():
            if not v or v not in text:
                err(f, f"entity {k}={v!r} not in the decoded body text")
        if not r["note"] or "\n" in r["note"]:
            err(f, "note must be one line")
        if r["ack_to"] is not None:
            cands = {parseaddr(str(msg.get(h, "")))[1].lower() for h in ("From", "Reply-To") if msg.get(h)}
            if r["ack_to"].lower() not in cands:
                err(f, f"ack_to {r['ack_to']} is neither From nor Reply-To")
            if msg.get("Auto-Submitted", "no").strip().lower() != "no":
                err(f, "ack_to set on a message carrying Auto-Submitted")
        if not r["automated"] and not r["unclear"] and not labels and r["ack_to"] is not None:
            err(f, "human, clear, no labels but acknowledged (only thank-yous have no labels)")
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        stats[f"mailbox={r['mailbox']}"] += 1
        for l in labels:
            stats[f"label:{l}"] += 1
        stats["with entities"] += bool(r["entities"])
        stats["ack_to set"] += r["ack_to"] is not None
    for m, c in msgids.items():
        if c > 1:
            err("Message-ID", f"{m} used {c} times")
    if list(ROOT.rglob("__pycache__")) or list(ROOT.rglob("*.pyc")):
        err("_generator", "bytecode was written")
    for k in sorted(stats):
        print(f"{k:40s} {stats[k]}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
