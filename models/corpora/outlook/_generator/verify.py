#!/usr/bin/env python3
"""Check the outlook set: parsing, byte hygiene, manifest and index schema and order, labels, entities, ack_to.

    python3 _generator/verify.py        (exit status 1 on any problem)
"""
from __future__ import annotations

import email
import email.policy
import email.utils
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = {"name", "postal_code", "account"}
MAILBOXES = {"customercare", "powerhousecatalog"}


def texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            try:
                t = part.get_content()
            except (LookupError, UnicodeError) as e:
                raise AssertionError(f"undecodable {ctype}: {e}")
            out.append(t)
            if ctype == "text/html":
                out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
                out.append(html.unescape(t))
        elif ctype == "message/rfc822":
            pass
        else:
            part.get_payload(decode=True)
    return out


def addresses(msg, name: str) -> list[str]:
    vals = msg.get_all(name) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]) if a]


def main() -> int:
    problems: list[str] = []
    stats: Counter = Counter()
    rows = [json.loads(l) for l in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in rows] != files:
        problems.append("manifest files differ from the .eml files or are out of order")
    if files != [f"{i:04d}.eml" for i in range(1, len(files) + 1)]:
        problems.append("files are not numbered 0001.. without gaps")
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"]:
        problems.append("index.tsv header")
    idx_rows = [l.split("\t") for l in idx[1:]]
    if [r[0] for r in idx_rows] != [r["file"] for r in rows]:
        problems.append("index.tsv order differs from manifest")
    if any(len(r) != 7 for r in idx_rows):
        problems.append("index.tsv: a row without 7 columns")
    if len({r[1] for r in idx_rows}) != len(idx_rows):
        problems.append("index.tsv: spec ids not unique")
    mids: Counter = Counter()
    for r in rows:
        f = r["file"]
        if list(r.keys()) != KEYS:
            problems.append(f"{f}: manifest keys {list(r.keys())}")
            continue
        raw = (ROOT / f).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(f"{f}: bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            problems.append(f"{f}: line over 998 octets")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            body = texts(msg)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{f}: parse/decode error {e!r}")
            continue
        if msg.defects:
            problems.append(f"{f}: top-level defects {msg.defects}")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        else:
            stats["no Message-ID"] += 1
        if r["mailbox"] not in MAILBOXES:
            problems.append(f"{f}: mailbox {r['mailbox']}")
        box = f"{r['mailbox']}@alliant-energy.com"
        if box not in addresses(msg, "To") + addresses(msg, "Cc"):
            problems.append(f"{f}: {box} not in To/Cc")
        if str(msg.get("Delivered-To", "")).lower() != box:
            problems.append(f"{f}: Delivered-To is not {box}")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            problems.append(f"{f}: automated/unclear not bool")
        if [l for l in LABELS if l in r["labels"]] != r["labels"] or len(set(r["labels"])) != len(r["labels"]):
            problems.append(f"{f}: labels {r['labels']} not a subset in rulebook order")
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            problems.append(f"{f}: note must be one line")
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                problems.append(f"{f}: automated row with labels/unclear/entities/ack_to")
        if r["unclear"] and set(r["labels"]) - {"question"}:
            problems.append(f"{f}: unclear row carries an opt-out label")
        if set(r["entities"]) - ENTITY_KEYS:
            problems.append(f"{f}: entity keys {set(r['entities'])}")
        for k, v in r["entities"].items():
            if not v or not any(v in t for t in body):
                problems.append(f"{f}: entity {k}={v!r} not verbatim in the decoded text")
        if r["ack_to"] is not None:
            own = addresses(msg, "From") + addresses(msg, "Reply-To")
            if r["ack_to"].lower() not in own:
                problems.append(f"{f}: ack_to {r['ack_to']} is not a From/Reply-To address")
            if msg.get("Auto-Submitted", "no").strip().lower() != "no":
                problems.append(f"{f}: ack_to set on Auto-Submitted mail")
            if any(a.endswith("@alliant-energy.com") or a.endswith("alliantenergy.com") for a in [r["ack_to"].lower()]):
                problems.append(f"{f}: ack_to is one of our own addresses")
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats[f"mailbox={r['mailbox']}"] += 1
        stats["unclear"] += r["unclear"]
        stats["ack_to set"] += r["ack_to"] is not None
        stats["with entities"] += bool(r["entities"])
        combo = "+".join(r["labels"]) or ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)")
        if r["unclear"] and r["labels"]:
            combo += " (unclear)"
        stats[f"combo:{combo}"] += 1
        for l in r["labels"]:
            stats[f"label:{l}"] += 1
        lang = idx_rows[int(f[:4]) - 1][4] if len(idx_rows) >= int(f[:4]) else "?"
        stats[f"lang={lang}"] += 1
    for m, c in mids.items():
        if c > 1:
            problems.append(f"Message-ID {m} used {c} times")
    for k in sorted(stats):
        print(f"{k:<52} {stats[k]}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print(f"\nOK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
