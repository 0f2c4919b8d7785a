#!/usr/bin/env python3
"""Check the july set: parse every file, byte hygiene, manifest/index consistency, label rules.
Stdlib only. Exit status 1 on any problem.   python3 models/corpora/july/_generator/verify.py"""
import collections
import email
import email.policy
import email.utils
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
MAILBOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(fn, msg):
    errors.append(f"{fn}: {msg}")


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            err("?", f"cannot decode part {ctype}: {e}")
            continue
        if isinstance(content, bytes):
            continue
        if isinstance(content, email.message.Message):
            continue
        if ctype == "text/html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        out.append(str(content))
    return "\n".join(out)


def main():
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(l) for l in lines]
    emls = sorted(p.name for p in ROOT.glob("*.eml"))
    listed = [r["file"] for r in rows]
    if listed != emls:
        err("manifest", f"files listed {len(listed)} != .eml present {len(emls)} (or order differs)")
    if listed != [f"{i:04d}.eml" for i in range(1, len(listed) + 1)]:
        err("manifest", "files are not numbered 0001.. consecutively")
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != listed:
        err("index.tsv", "files differ from manifest")
    if any(len(l.split("\t")) != 6 for l in idx[1:]):
        err("index.tsv", "row without 6 columns")
    langs = collections.Counter(l.split("\t")[3] for l in idx[1:])
    mids = collections.Counter()
    stats = collections.Counter()
    for r in rows:
        fn = r.get("file")
        if list(r.keys()) != KEYS:
            err(fn, f"keys/order {list(r.keys())}")
            continue
        raw = (ROOT / fn).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(fn, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(fn, "line longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err(fn, "non-ASCII bytes in the header block")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)  # forces header parsing
        if msg.defects:
            err(fn, f"defects {msg.defects}")
        text = decoded_text(msg)
        to = " ".join(str(x) for x in msg.get_all("To", []) + msg.get_all("Cc", []))
        if MAILBOX.get(r["mailbox"], "?") not in to.lower() and "List-Id" not in msg:
            err(fn, f"To/Cc lacks {r['mailbox']} (only list posts may omit it)")
        if msg["Delivered-To"] != MAILBOX.get(r["mailbox"]):
            err(fn, "Delivered-To does not match mailbox")
        if not raw.startswith(b"Return-Path: "):
            err(fn, "does not start with Return-Path")
        if msg["Message-ID"]:
            mids[msg["Message-ID"].strip()] += 1
        if not isinstance(r["labels"], list) or any(l not in LABELS for l in r["labels"]):
            err(fn, f"bad labels {r['labels']}")
        elif r["labels"] != [l for l in LABELS if l in r["labels"]]:
            err(fn, "labels not in canonical order")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(fn, "automated/unclear must be bool")
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(fn, "automated row must have labels [], ack_to null, unclear false, entities {}")
        if r["unclear"] and set(r["labels"]) - {"question"}:
            err(fn, "unclear row carries an opt-out label")
        if set(r["entities"]) - ENT_KEYS:
            err(fn, f"entity keys {set(r['entities'])}")
        for k, v in r["entities"].items():
            if not isinstance(v, str) or v not in text:
                err(fn, f"entity {k}={v!r} not in decoded text")
        if r["ack_to"] is not None:
            rt = email.utils.getaddresses([str(msg.get("Reply-To", ""))])
            fr = email.utils.getaddresses([str(msg.get("From", ""))])
            cand = {a.lower() for _, a in rt + fr if a}
            if r["ack_to"].lower() not in cand:
                err(fn, f"ack_to {r['ack_to']} is neither From nor Reply-To")
            if msg.get("Reply-To") and r["ack_to"].lower() != rt[0][1].lower():
                err(fn, "ack_to should be the Reply-To")
            if "auto-submitted" in msg and not str(msg["Auto-Submitted"]).lower().startswith("no"):
                err(fn, "ack_to set on a message carrying Auto-Submitted")
        if not r["note"] or "\n" in r["note"]:
            err(fn, "note must be one line")
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        stats[f"mailbox={r['mailbox']}"] += 1
        stats["with entities"] += bool(r["entities"])
        stats["ack_to set"] += r["ack_to"] is not None
        for l in r["labels"]:
            stats[f"label:{l}"] += 1
        combo = "(automated)" if r["automated"] else ("+".join(r["labels"]) or ("(unclear)" if r["unclear"] else "(no action)"))
        if r["unclear"] and r["labels"]:
            combo = "(unclear)+" + combo
        stats[f"combo:{combo}"] += 1
    for m, n in mids.items():
        if n > 1:
            err("Message-ID", f"{m} used {n} times")
    for k in sorted(stats):
        print(f"{k:46s}{stats[k]}")
    for k in sorted(langs):
        print(f"{'language:' + k:46s}{langs[k]}")
    if not 100 <= len(rows) <= 120:
        err("set", f"{len(rows)} messages, expected 100-120")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"\nOK: {len(rows)} manifest lines, {len(emls)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
