#!/usr/bin/env python3
"""Checks the `bilingue` set: every file parses, manifest and index agree with the files, labels follow the schema.

Standard library only. Exit status 0 when every check passes.
"""
from __future__ import annotations

import email
import email.policy
import email.utils
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = {"name", "postal_code", "account"}
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def decoded_text(msg) -> str:
    """All text/* leaves, decoded (transfer encoding and charset), excluding attached messages' parts."""
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_type() in ("message/rfc822", "message/delivery-status", "text/rfc822-headers",
                                       "message/disposition-notification"):
            continue
        if part.get_content_maintype() != "text":
            continue
        try:
            out.append(part.get_content())
        except Exception as e:  # noqa: BLE001
            err(f"cannot decode a {part.get_content_type()} part: {e}")
    return "\n".join(out)


def addresses(msg, header: str) -> list[str]:
    vals = msg.get_all(header) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]) if a]


def main() -> int:
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(l) for l in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in rows] != files:
        err("manifest files differ from the .eml files on disk or are out of order")
    expected = [f"{i:04d}.eml" for i in range(1, len(files) + 1)]
    if files != expected:
        err("files are not numbered 0001..NNNN without gaps")
    index = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if index[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"]:
        err("index.tsv header is wrong")
    idx = [l.split("\t") for l in index[1:]]
    if [r[0] for r in idx] != files:
        err("index.tsv order differs from the files")
    if any(len(r) != 7 for r in idx):
        err("index.tsv has a row without 7 columns")
    if len({r[1] for r in idx}) != len(idx):
        err("index.tsv spec ids are not unique")

    mids: Counter = Counter()
    stats: Counter = Counter()
    for r in rows:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f"{f}: manifest keys {list(r.keys())}")
        if r["mailbox"] not in BOX:
            err(f"{f}: bad mailbox")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f"{f}: automated/unclear must be booleans")
        if [l for l in LABELS if l in r["labels"]] != r["labels"]:
            err(f"{f}: labels unknown or out of order: {r['labels']}")
        if not set(r["entities"]) <= ENTITY_KEYS:
            err(f"{f}: unknown entity keys {set(r['entities']) - ENTITY_KEYS}")
        if not r["note"] or "\n" in r["note"]:
            err(f"{f}: note must be one non-empty line")
        raw = (ROOT / f).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b""):
            err(f"{f}: bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            err(f"{f}: bare CR")
        if any(len(line) > 998 for line in raw.split(b"\r\n")):
            err(f"{f}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        if msg.defects:
            err(f"{f}: parser defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                err(f"{f}: part defects {part.defects}")
        text = decoded_text(msg)
        box = BOX[r["mailbox"]]
        listed = msg.get("List-Id") is not None
        if box not in addresses(msg, "To") + addresses(msg, "Cc") and not listed:
            err(f"{f}: To does not contain {box} (only list mail may reach it as a Bcc)")
        if (msg.get("Delivered-To") or "").strip().lower() != box:
            err(f"{f}: Delivered-To is not {box}")
        received = msg.get_all("Received") or []
        if not received or "by mbx01.alliant-energy.com" not in str(received[0]):
            err(f"{f}: the top Received is not our mbx01")
        mid = msg.get("Message-ID")
        if not mid:
            err(f"{f}: no Message-ID")
        mids[str(mid).strip()] += 1
        if r["automated"]:
            stats["automated"] += 1
            if r["labels"] or r["entities"] or r["ack_to"] is not None or r["unclear"]:
                err(f"{f}: automated rows must have no labels, no entities, unclear false and ack_to null")
        else:
            stats["human"] += 1
            if not r["unclear"] and not r["labels"] and r["ack_to"] is not None:
                err(f"{f}: a human row with nothing to do should not be acknowledged")
            if r["unclear"] and r["labels"] not in ([], ["question"]):
                err(f"{f}: unclear rows carry no opt-out label")
        for k, v in r["entities"].items():
            if not v or v not in text:
                err(f"{f}: entity {k}={v!r} not verbatim in the decoded text")
        if r["ack_to"] is not None:
            allowed = addresses(msg, "From") + addresses(msg, "Reply-To")
            if r["ack_to"].lower() not in allowed:
                err(f"{f}: ack_to {r['ack_to']} is not a From/Reply-To address ({allowed})")
            if msg.get("Auto-Submitted", "no").strip().lower() != "no":
                err(f"{f}: ack_to set on a message with Auto-Submitted")
            if "noreply" in r["ack_to"]:
                err(f"{f}: ack_to is a no-reply address")
        stats["mailbox=" + r["mailbox"]] += 1
        combo = "+".join(r["labels"]) or ("(automated)" if r["automated"] else
                                         "(unclear)" if r["unclear"] else "(no action)")
        if r["unclear"] and r["labels"]:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
        for l in r["labels"]:
            stats["label:" + l] += 1
        if r["unclear"]:
            stats["unclear"] += 1
        if r["entities"]:
            stats["with entities"] += 1
        if r["ack_to"]:
            stats["ack_to set"] += 1
    dup = [m for m, c in mids.items() if c > 1]
    if dup:
        err(f"duplicate Message-IDs: {dup}")
    stats["total"] = len(rows)
    width = max(len(k) for k in stats)
    for k in sorted(stats):
        print(f"{k:<{width}}  {stats[k]}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
