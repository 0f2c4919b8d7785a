#!/usr/bin/env python3
"""Check the 'names' set: parse every message, check the manifest and index against the files and the rules.

    python3 _generator/verify.py
"""

from __future__ import annotations

import collections
import email
import email.policy
import email.utils
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = ["name", "postal_code", "account"]
MAILBOXES = {"customercare": "customercare@alliant-energy.com",
             "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
INDEX_COLS = ["file", "spec", "category", "answers", "lang", "program", "date"]

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def unflow(text: str, delsp: bool) -> str:
    """RFC 3676: join soft-broken lines (ending in a space) of the same quote depth."""
    out: list[str] = []
    buf = None
    depth_buf = 0
    for line in text.replace("\r\n", "\n").split("\n"):
        if line == "-- ":
            if buf is not None:
                out.append(buf)
                buf = None
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]
        if buf is not None and depth == depth_buf:
            buf += content
        else:
            if buf is not None:
                out.append(buf)
            buf = (">" * depth + (" " if depth else "")) + content if depth else content
            depth_buf = depth
        if buf.endswith(" ") and line != "-- ":
            if delsp:
                buf = buf[:-1]
            continue
        out.append(buf)
        buf = None
    if buf is not None:
        out.append(buf)
    return "\n".join(out)


def texts_of(msg, f: str) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            err(f"{f}: cannot decode a {ctype} part: {e}")
            continue
        if not ctype.startswith("text/"):
            continue
        if isinstance(content, bytes):
            content = content.decode("utf-8", "replace")
        content = content.replace("\r\n", "\n")
        if ctype == "text/plain" and part.get_param("format", "").lower() == "flowed":
            content = unflow(content, part.get_param("delsp", "no").lower() == "yes")
        if ctype == "text/html":
            content = html.unescape(re.sub(r"<[^>]+>", "\n", content))
        out.append(content)
    return out


def addresses(msg, header: str) -> list[str]:
    vals = msg.get_all(header) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]) if a]


def main() -> int:
    rows = [json.loads(l) for l in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.name for p in ROOT.glob("[0-9][0-9][0-9][0-9].eml"))
    if [r.get("file") for r in rows] != files:
        err("manifest files are not exactly the .eml files in order")
    if files != [f"{i:04d}.eml" for i in range(1, len(files) + 1)]:
        err("files are not numbered 0001..NNNN without gaps")
    index = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if index[0].split("\t") != INDEX_COLS:
        err("index.tsv header")
    irows = [l.split("\t") for l in index[1:]]
    if [r[0] for r in irows] != files:
        err("index.tsv rows are not the files in order")
    for r in irows:
        if len(r) != len(INDEX_COLS) or not all(r):
            err(f"index.tsv row malformed: {r}")
    dates = [r[6] for r in irows]

    ids = collections.Counter()
    stats = collections.Counter()
    for row in rows:
        f = row["file"]
        if list(row) != KEYS:
            err(f"{f}: manifest keys {list(row)}")
            continue
        raw = (ROOT / f).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err(f"{f}: bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f"{f}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        for part in msg.walk():
            if part.defects:
                err(f"{f}: defects {part.defects}")
        mid = msg.get("Message-ID")
        if not mid:
            err(f"{f}: no Message-ID")
        ids[str(mid).strip()] += 1
        if row["mailbox"] not in MAILBOXES:
            err(f"{f}: mailbox {row['mailbox']}")
        elif str(msg.get("Delivered-To", "")).lower() != MAILBOXES[row["mailbox"]]:
            err(f"{f}: Delivered-To does not match the mailbox")
        elif MAILBOXES[row["mailbox"]] not in addresses(msg, "To") and not msg.get("List-Id"):
            err(f"{f}: To does not contain the mailbox")
        if not isinstance(row["labels"], list) or any(l not in LABELS for l in row["labels"]) \
                or row["labels"] != [l for l in LABELS if l in row["labels"]]:
            err(f"{f}: labels {row['labels']}")
        ents = row["entities"]
        if not isinstance(ents, dict) or any(k not in ENTITY_KEYS for k in ents) \
                or any(not isinstance(v, str) or not v for v in ents.values()):
            err(f"{f}: entities {ents}")
        if not isinstance(row["note"], str) or not row["note"] or "\n" in row["note"]:
            err(f"{f}: note")
        for k in ("automated", "unclear"):
            if not isinstance(row[k], bool):
                err(f"{f}: {k} is not a bool")
        if row["automated"]:
            if row["labels"] or ents or row["ack_to"] is not None or row["unclear"]:
                err(f"{f}: automated row with labels/entities/ack_to/unclear")
        text = "\n".join(texts_of(msg, f))
        for k, v in ents.items():
            if v not in text:
                err(f"{f}: entity {k}={v!r} not in the decoded text")
        if row["ack_to"] is not None:
            own = set(addresses(msg, "From")) | set(addresses(msg, "Reply-To"))
            if row["ack_to"].lower() not in own:
                err(f"{f}: ack_to {row['ack_to']} is not a From/Reply-To address")
            if msg.get("Auto-Submitted", "no").strip().lower() != "no":
                err(f"{f}: ack_to set on Auto-Submitted mail")
        stats["total"] += 1
        stats[f"mailbox={row['mailbox']}"] += 1
        stats["automated" if row["automated"] else "human"] += 1
        if row["unclear"]:
            stats["unclear"] += 1
        for l in row["labels"]:
            stats[f"label:{l}"] += 1
        combo = "+".join(row["labels"]) or ("(automated)" if row["automated"] else "(none, human)")
        stats[f"combo:{combo}{' [unclear]' if row['unclear'] else ''}"] += 1
        for k in ents:
            stats[f"entity:{k}"] += 1
        if ents:
            stats["with entities"] += 1
        stats["ack_to set" if row["ack_to"] else "ack_to null"] += 1
    for mid, n in ids.items():
        if n > 1:
            err(f"duplicate Message-ID {mid}")
    if dates != sorted(dates, key=lambda d: __import__("datetime").datetime.fromisoformat(d)):
        err("files are not in arrival order")
    for r in irows:
        stats[f"lang={r[4]}"] += 1
    for k in sorted(stats):
        print(f"{k:55s} {stats[k]}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
