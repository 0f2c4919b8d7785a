#!/usr/bin/env python3
"""Check the `storms` set: python3 _generator/verify.py (standard library only)."""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import email  # noqa: E402
import email.policy  # noqa: E402
import email.utils  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = {"name", "postal_code", "account"}
BOXES = {"customercare": "customercare@alliant-energy.com",
         "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(fn, msg):
    errors.append(f"{fn}: {msg}")


def decoded_text(msg, fn):
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            err(fn, f"cannot decode part {ctype}: {e}")
            continue
        if ctype.startswith("text/") and isinstance(content, str):
            texts.append(content)
    return "\n".join(texts)


def main():
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    with open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f.read().splitlines() if l.strip()]
    names = [r.get("file") for r in rows]
    if names != emls:
        err("manifest", f"files and manifest disagree: {sorted(set(names) ^ set(emls))[:10]} / order")
    if emls != [f"{i:04d}.eml" for i in range(1, len(emls) + 1)]:
        err("files", "not numbered 0001.. without gaps")
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as f:
        idx = [l.split("\t") for l in f.read().splitlines()]
    if idx[0] != ["file", "spec", "category", "answers", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [r[0] for r in idx[1:]] != emls or any(len(r) != 7 for r in idx):
        err("index.tsv", "files or column count disagree with the .eml files")

    mids = collections.Counter()
    stats = collections.Counter()
    for r in rows:
        fn = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(fn, f"manifest keys/order {list(r.keys())}")
            continue
        raw = open(os.path.join(ROOT, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(fn, "bare LF or CR (CRLF only)")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(fn, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            try:
                str(v)
            except Exception as e:  # noqa: BLE001
                err(fn, f"header {k}: {e}")
        if msg.defects:
            err(fn, f"defects {msg.defects}")
        text = decoded_text(msg, fn)
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # mailbox
        box = r["mailbox"]
        if box not in BOXES:
            err(fn, f"mailbox {box}")
        else:
            rcpts = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", []) + msg.get_all("Cc", [])])]
            if BOXES[box] not in rcpts:
                err(fn, f"{BOXES[box]} not in To/Cc")
            if str(msg.get("Delivered-To", "")).strip() != BOXES[box]:
                err(fn, "Delivered-To disagrees with mailbox")
        # labels
        labels = r["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels):
            err(fn, f"labels {labels}")
        elif labels != [l for l in LABELS if l in labels]:
            err(fn, f"labels out of order {labels}")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(fn, "automated/unclear must be bool")
        if r["automated"]:
            if labels or r["ack_to"] is not None or r["unclear"] or r["entities"]:
                err(fn, "automated => labels [], ack_to null, unclear false, entities {}")
        if r["unclear"] and any(l != "question" for l in labels):
            err(fn, "unclear rows carry at most 'question'")
        if not isinstance(r["note"], str) or not r["note"].strip() or "\n" in r["note"]:
            err(fn, "note must be one line")
        # entities
        ents = r["entities"]
        if not isinstance(ents, dict) or set(ents) - ENTITY_KEYS:
            err(fn, f"entities {ents}")
        else:
            for k, v in ents.items():
                if not isinstance(v, str) or v not in text:
                    err(fn, f"entity {k}={v!r} not in decoded body text")
        # ack_to
        a = r["ack_to"]
        if a is not None:
            cands = [addr.lower() for _, addr in email.utils.getaddresses(
                [str(x) for x in msg.get_all("Reply-To", []) + msg.get_all("From", [])])]
            if a.lower() not in cands:
                err(fn, f"ack_to {a} is neither Reply-To nor From")
            if str(msg.get("Auto-Submitted", "no")).strip().lower() != "no":
                err(fn, "ack_to set on a message carrying Auto-Submitted")
        # stats
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats[f"mailbox={box}"] += 1
        stats["unclear"] += r["unclear"]
        stats["ack_to set"] += a is not None
        stats["with entities"] += bool(ents)
        for k in ents:
            stats[f"entity:{k}"] += 1
        for l in labels:
            stats[f"label:{l}"] += 1
        combo = "+".join(labels) or ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)")
        if r["unclear"] and labels:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
    for m, c in mids.items():
        if c > 1:
            err("set", f"Message-ID {m} used {c} times")
    langs = collections.Counter(l[4] for l in idx[1:])
    for k in sorted(stats):
        print(f"{k:48s} {stats[k]}")
    for k in sorted(langs):
        print(f"{'language:' + k:48s} {langs[k]}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(rows)} manifest lines, {len(emls)} .eml files, all parsed with email.policy.default")


if __name__ == "__main__":
    main()
