#!/usr/bin/env python3
"""Check the 'summer' set: every file parses, manifest and index agree, labels follow the schema.

python3 _generator/verify.py      (exit status 1 on any problem)
"""

from __future__ import annotations

import collections
import email
import email.policy
import email.utils
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = {"name", "postal_code", "account"}
BOXES = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def decoded_text(msg) -> str:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            out.append(part.get_content())
        else:
            part.get_payload(decode=True)
            if ctype in ("message/delivery-status", "message/disposition-notification"):
                out.append(str(part.get_payload()))
    return "\n".join(out)


def main() -> int:
    problems: list[str] = []
    stats = collections.Counter()
    rows = [json.loads(l) for l in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in rows] != files:
        problems.append("manifest files differ from the .eml files on disk (or are out of order)")
    if files != [f"{i:04d}.eml" for i in range(1, len(files) + 1)]:
        problems.append("files are not numbered 0001..NNNN without gaps")
    index = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if index[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"]:
        problems.append("index.tsv header")
    idx_rows = [l.split("\t") for l in index[1:]]
    if [r[0] for r in idx_rows] != [r["file"] for r in rows]:
        problems.append("index.tsv order differs from manifest")
    if any(len(r) != 7 for r in idx_rows):
        problems.append("index.tsv rows must have 7 columns")
    specs = [r[1] for r in idx_rows]
    if len(set(specs)) != len(specs):
        problems.append("duplicate spec ids in index.tsv")
    langs = {r[0]: r[4] for r in idx_rows}

    msgids = collections.Counter()
    for row in rows:
        f = row["file"]
        if list(row) != KEYS:
            problems.append(f"{f}: manifest keys {list(row)}")
        raw = (ROOT / f).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append(f"{f}: bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            problems.append(f"{f}: bare CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            problems.append(f"{f}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        if msg.defects:
            problems.append(f"{f}: parser defects {msg.defects}")
        for part in msg.walk():
            if part.defects and not part.is_multipart():
                problems.append(f"{f}: part defects {part.defects}")
        text = decoded_text(msg)
        mid = msg.get("Message-ID")
        if not mid:
            problems.append(f"{f}: no Message-ID")
        else:
            msgids[str(mid).strip()] += 1
        if str(msg.get("Delivered-To", "")).strip() != BOXES.get(row["mailbox"]):
            problems.append(f"{f}: Delivered-To does not match mailbox {row['mailbox']}")
        if row["mailbox"] not in BOXES:
            problems.append(f"{f}: mailbox {row['mailbox']}")
        if not isinstance(row["automated"], bool) or not isinstance(row["unclear"], bool):
            problems.append(f"{f}: automated/unclear must be booleans")
        if any(l not in LABELS for l in row["labels"]) or row["labels"] != [l for l in LABELS if l in row["labels"]]:
            problems.append(f"{f}: labels {row['labels']} (unknown or out of order)")
        if not row["note"] or "\n" in row["note"]:
            problems.append(f"{f}: note must be one line")
        senders = set()
        for h in ("From", "Reply-To"):
            for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                if a:
                    senders.add(a.lower())
        auto_sub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        if row["automated"]:
            if row["labels"] or row["entities"] or row["ack_to"] is not None or row["unclear"]:
                problems.append(f"{f}: automated row with labels/entities/ack/unclear")
            stats["automated"] += 1
        else:
            stats["human"] += 1
            if auto_sub != "no" and row["ack_to"] is not None:
                problems.append(f"{f}: Auto-Submitted human mail must not be acknowledged")
            if row["ack_to"] is not None and row["ack_to"].lower() not in senders:
                problems.append(f"{f}: ack_to {row['ack_to']} is not a From/Reply-To address {sorted(senders)}")
            if not row["labels"] and not row["unclear"] and row["ack_to"] is not None:
                problems.append(f"{f}: a human message with nothing to do should not be acknowledged")
        for k, v in row["entities"].items():
            if k not in ENTITY_KEYS:
                problems.append(f"{f}: entity key {k}")
            elif not isinstance(v, str) or v not in text:
                problems.append(f"{f}: entity {k}={v!r} not verbatim in the decoded text")
        combo = "+".join(row["labels"]) or ("(automated)" if row["automated"] else "(none)")
        if row["unclear"]:
            combo = "unclear" + (f"+{combo}" if row["labels"] else "")
        stats[f"combo:{combo}"] += 1
        stats[f"mailbox={row['mailbox']}"] += 1
        stats[f"lang={langs.get(f)}"] += 1
        stats["ack_to set"] += row["ack_to"] is not None
        stats["with entities"] += bool(row["entities"])
        stats["unclear"] += row["unclear"]
        for l in row["labels"]:
            stats[f"label:{l}"] += 1
    for m, n in msgids.items():
        if n > 1:
            problems.append(f"Message-ID {m} used {n} times")
    stats["total"] = len(rows)
    for k in sorted(stats):
        print(f"{k:<48}{stats[k]}")
    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print(f"\nOK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
