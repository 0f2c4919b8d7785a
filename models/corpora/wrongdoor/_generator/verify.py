#!/usr/bin/env python3
"""Check the 'wrongdoor' set: python3 _generator/verify.py   (stdlib only; exit 1 on any problem)."""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ADDR = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
QUOTE_START = re.compile(r"^(_{20,}|-{5,} ?Forwarded message|Begin forwarded message:|-{5,} Original message|On .{5,200} wrote:$|> On .* wrote:$)", re.M)

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def body_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part is not None else ""


def new_text(text):
    """Sender's own text: cut at the first quote/forward marker, drop '>' lines."""
    m = QUOTE_START.search(text)
    if m:
        text = text[:m.start()]
    return "\n".join(l for l in text.split("\n") if not l.startswith(">"))


def main():
    files = sorted(f for f in os.listdir(ROOT) if re.fullmatch(r"\d{4}\.eml", f))
    if files != [f"{i:04d}.eml" for i in range(1, len(files) + 1)]:
        bad("-", "files are not numbered 0001.. without gaps")
    rows = []
    with open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad("manifest", f"line {ln}: {e}")
    if [r.get("file") for r in rows] != files:
        bad("manifest", "manifest files differ from the .eml files (or order)")
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as fh:
        idx = [l.rstrip("\n").split("\t") for l in fh]
    if idx[0] != ["file", "spec", "category", "language", "program", "date"]:
        bad("index.tsv", "bad header")
    if [r[0] for r in idx[1:]] != files:
        bad("index.tsv", "files differ from manifest")
    for r in idx[1:]:
        if len(r) != 6 or r[3] not in ("en", "es", "mixed"):
            bad("index.tsv", f"bad row {r[:1]}")
    cats = {r[0]: r[2] for r in idx[1:]}
    mids = collections.Counter()
    stats = collections.Counter()
    for r in rows:
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            bad(f, f"keys/order {list(r.keys())}")
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        # byte hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "bare LF or CR")
        for i, line in enumerate(raw.split(b"\r\n")):
            if len(line) > 998:
                bad(f, f"line {i + 1} longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            bad(f, "non-ASCII byte in header block")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text":
                part.get_content()
            else:
                part.get_payload(decode=True)
        if not raw.startswith(b"Return-Path: <"):
            bad(f, "does not start with Return-Path")
        if msg["Delivered-To"] != ADDR.get(r["mailbox"]):
            bad(f, "Delivered-To does not match mailbox")
        rcpts = [a.lower() for _n, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", []) + msg.get_all("Cc", [])])]
        if ADDR.get(r["mailbox"]) not in rcpts:
            bad(f, "mailbox address not in To/Cc")
        d = msg["Date"]
        if d is None or not (d.datetime.year == 2027 and d.datetime.month == 5):
            bad(f, f"Date not in May 2027: {d}")
        if msg["Message-ID"]:
            mids[str(msg["Message-ID"]).strip()] += 1
        # label rules
        labels = r["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or labels != [l for l in LABELS if l in labels]:
            bad(f, f"labels {labels}")
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                bad(f, "automated row must have no labels, not unclear, no entities, null ack_to")
            if not cats.get(f, "").startswith("machine"):
                bad(f, "automated but category is not machine")
        elif cats.get(f, "").startswith("machine"):
            bad(f, "machine category but not automated")
        if r["unclear"] and labels:
            bad(f, "unclear rows carry no labels")
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            bad(f, "note must be one line")
        if set(r["entities"]) - {"name", "postal_code", "account"}:
            bad(f, f"entity keys {list(r['entities'])}")
        text = body_text(msg)
        own = new_text(text)
        for k, v in r["entities"].items():
            if not isinstance(v, str) or v not in text:
                bad(f, f"entity {k}={v!r} is not a substring of the decoded body")
            elif v not in own:
                bad(f, f"entity {k}={v!r} only occurs in quoted/forwarded text")
        if r["ack_to"] is not None:
            rt = email.utils.getaddresses([str(x) for x in msg.get_all("Reply-To", [])])
            fr = email.utils.getaddresses([str(x) for x in msg.get_all("From", [])])
            want = (rt[0][1] if rt else fr[0][1]).lower()
            if r["ack_to"].lower() != want:
                bad(f, f"ack_to {r['ack_to']} != {want}")
            if msg["Auto-Submitted"] and str(msg["Auto-Submitted"]).lower() != "no":
                bad(f, "ack_to set on an Auto-Submitted message")
        # stats
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        stats["ack_to set"] += r["ack_to"] is not None
        stats["with entities"] += bool(r["entities"])
        stats[f"mailbox={r['mailbox']}"] += 1
        for l in labels:
            stats[f"label:{l}"] += 1
        combo = "+".join(labels) if labels else ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)")
        stats[f"combo:{combo}"] += 1
    for m, c in mids.items():
        if c > 1:
            bad("-", f"duplicate Message-ID {m}")
    for k in sorted(stats):
        print(f"{k:55s} {stats[k]}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(f"\nOK: {len(rows)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")


if __name__ == "__main__":
    main()
