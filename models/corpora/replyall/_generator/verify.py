#!/usr/bin/env python3
"""Check the replyall corpus: python3 _generator/verify.py (stdlib only)."""
import email, email.policy, json, os, re, sys, collections
from email.utils import getaddresses

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MBX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
EXPECTED = int(sys.argv[1]) if len(sys.argv) > 1 else None
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct in ("message/delivery-status", "message/disposition-notification"):
            try:
                out.append(part.get_content())
            except Exception:
                p = part.get_payload(decode=True) or b""
                out.append(p.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(out)


rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
if [r["file"] for r in rows] != emls:
    err("manifest", "file list differs from .eml files")
if EXPECTED is not None and len(emls) != EXPECTED:
    err("manifest", "expected %d files, found %d" % (EXPECTED, len(emls)))
idx = [l.split("\t")[0] for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()]
if idx != emls:
    err("index.tsv", "does not list every file in order")

mids = collections.Counter()
stats = collections.Counter()
for r in rows:
    f = r["file"]
    if list(r.keys()) != KEYS:
        err(f, "manifest keys/order %s" % list(r.keys()))
    if r["mailbox"] not in MBX:
        err(f, "bad mailbox")
    if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
        err(f, "automated/unclear must be bool")
    if any(l not in LABELS for l in r["labels"]) or r["labels"] != [l for l in LABELS if l in r["labels"]]:
        err(f, "labels invalid or out of order: %s" % r["labels"])
    if set(r["entities"]) - {"name", "postal_code", "account"}:
        err(f, "bad entity keys")
    if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
        err(f, "note must be one line")
    if r["automated"]:
        if r["labels"] or r["ack_to"] is not None or r["unclear"] or r["entities"]:
            err(f, "automated row must have no labels, ack_to null, unclear false, entities {}")
    if r["unclear"] and set(r["labels"]) & {"marketing_opt_out", "catalog_share_opt_out"}:
        err(f, "unclear row carries an opt-out label (an automatic action would be expected)")
    raw = open(os.path.join(ROOT, f), "rb").read()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(f, "not pure CRLF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        err(f, "line over 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for k, v in msg.items():
        str(v)
    tos = [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("To", [])])]
    if MBX[r["mailbox"]] not in tos:
        err(f, "To does not hold %s: %s" % (MBX[r["mailbox"]], tos))
    if msg["Delivered-To"] != MBX[r["mailbox"]]:
        err(f, "Delivered-To mismatch")
    body = texts(msg)
    for k, v in r["entities"].items():
        if v not in body:
            err(f, "entity %s=%r not in decoded body" % (k, v))
    if r["ack_to"] is not None:
        cands = [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("From", []) + msg.get_all("Reply-To", [])])]
        if r["ack_to"].lower() not in cands:
            err(f, "ack_to %s not From/Reply-To" % r["ack_to"])
        if msg["Auto-Submitted"] and msg["Auto-Submitted"].lower() != "no":
            err(f, "ack_to set on an Auto-Submitted message")
    mid = msg["Message-ID"]
    if mid:
        mids[str(mid).strip()] += 1
    stats["total"] += 1
    stats["automated" if r["automated"] else "human"] += 1
    stats["unclear"] += r["unclear"]
    stats["mailbox=" + r["mailbox"]] += 1
    for l in r["labels"]:
        stats["label:" + l] += 1
    stats["ack_to set" if r["ack_to"] else "ack_to null"] += 1
    stats["with entities"] += bool(r["entities"])
for m, c in mids.items():
    if c > 1:
        err("corpus", "duplicate Message-ID %s" % m)
for k in sorted(stats):
    print("%-34s %d" % (k, stats[k]))
if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d manifest lines, %d .eml files" % (len(rows), len(emls)))
