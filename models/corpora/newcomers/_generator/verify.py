#!/usr/bin/env python3
"""Checks the newcomers set: parsing, CRLF hygiene, manifest schema, label rules, entities, files vs manifest."""
import sys

sys.dont_write_bytecode = True

import email  # noqa: E402
import email.policy  # noqa: E402
import email.utils  # noqa: E402
import html  # noqa: E402
import json  # noqa: E402
import pathlib  # noqa: E402
from collections import Counter  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MAILBOXES = {"customercare": "customercare@alliant-energy.com",
             "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ENTITY_KEYS = ["name", "postal_code", "account"]

errors = []


def err(msg):
    errors.append(msg)


def decoded_text(msg):
    """All text/* leaf parts, decoded (transfer encoding and charset); HTML entities unescaped."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_content()  # raises on undecodable content
        if part.get_content_maintype() == "text":
            out.append(html.unescape(payload) if part.get_content_subtype() == "html" else payload)
    return "\n".join(out)


def addresses(msg, header):
    vals = msg.get_all(header) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]) if a]


def main():
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"manifest line {i}: {e}")
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    names = [r.get("file") for r in rows]
    if names != files:
        err(f"manifest files and .eml files differ: only in manifest {sorted(set(names) - set(files))}, "
            f"only on disk {sorted(set(files) - set(names))}, or order differs")
    if names != sorted(names):
        err("manifest is not in file order")
    if files != [f"{i:04d}.eml" for i in range(1, len(files) + 1)]:
        err("files are not numbered 0001.eml .. NNNN.eml without gaps")

    mids = Counter()
    stats = Counter()
    for r in rows:
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(f"{f}: keys {list(r.keys())} != {KEYS}")
            continue
        if r["mailbox"] not in MAILBOXES:
            err(f"{f}: bad mailbox {r['mailbox']!r}")
            continue
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f"{f}: automated/unclear must be booleans")
        if not isinstance(r["labels"], list) or any(l not in LABELS for l in r["labels"]):
            err(f"{f}: labels must come from {LABELS}: {r['labels']}")
        elif r["labels"] != [l for l in LABELS if l in r["labels"]]:
            err(f"{f}: labels not in canonical order or repeated: {r['labels']}")
        if not isinstance(r["entities"], dict) or any(k not in ENTITY_KEYS for k in r["entities"]):
            err(f"{f}: entity keys must come from {ENTITY_KEYS}")
        if not isinstance(r["note"], str) or not r["note"].strip() or "\n" in r["note"]:
            err(f"{f}: note must be one non-empty line")
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(f"{f}: automated rows need labels [], ack_to null, unclear false, entities {{}}")
        if r["unclear"] and any(l != "question" for l in r["labels"]):
            err(f"{f}: an unclear row may carry at most 'question' (deletion requests)")

        raw = (ROOT / f).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b""):
            err(f"{f}: bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            err(f"{f}: bare CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f"{f}: line longer than 998 octets")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            text = decoded_text(msg)
        except Exception as e:  # noqa: BLE001
            err(f"{f}: does not parse/decode: {e!r}")
            continue
        if msg.defects:
            err(f"{f}: parser defects {msg.defects}")
        box = MAILBOXES[r["mailbox"]]
        if box not in addresses(msg, "Delivered-To"):
            err(f"{f}: Delivered-To is not {box}")
        if box not in addresses(msg, "To") + addresses(msg, "Cc") and msg.get("List-Id") is None and \
                msg.get("List-ID") is None:
            err(f"{f}: {box} is neither in To/Cc nor is this list mail")
        for k, v in r["entities"].items():
            if not isinstance(v, str) or not v or v not in text:
                err(f"{f}: entity {k}={v!r} not found in the decoded body text")
        if r["ack_to"] is not None:
            allowed = addresses(msg, "From") + addresses(msg, "Reply-To")
            if r["ack_to"].lower() not in allowed:
                err(f"{f}: ack_to {r['ack_to']} is neither From nor Reply-To")
            if r["unclear"] is False and not r["labels"]:
                err(f"{f}: a human row without labels (a thank-you) must have ack_to null")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats[f"mailbox={r['mailbox']}"] += 1
        stats["unclear"] += r["unclear"]
        for l in r["labels"]:
            stats[f"label:{l}"] += 1
        stats["ack_to set"] += r["ack_to"] is not None
        stats["with entities"] += bool(r["entities"])
    for m, c in mids.items():
        if c > 1:
            err(f"Message-ID {m} used {c} times")

    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"]:
        err("index.tsv header is wrong")
    if [l.split("\t")[0] for l in idx[1:]] != files:
        err("index.tsv rows and files differ")
    dates = [l.split("\t")[6] for l in idx[1:]]
    if any(len(l.split("\t")) != 7 for l in idx[1:]):
        err("index.tsv rows need 7 columns")
    if list(pathlib.Path(__file__).resolve().parent.glob("__pycache__")):
        err("_generator/__pycache__ exists: bytecode was written")

    for k in sorted(stats):
        print(f"{k:28s}{stats[k]}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
