#!/usr/bin/env python3
"""Check the `august` set: python3 _generator/verify.py  (standard library only)"""
import collections, email, email.policy, email.utils, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MAILBOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
EXPECTED = 110
errors = []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" or ct in ("message/delivery-status", "message/disposition-notification"):
            try:
                out.append(part.get_content() if part.get_content_maintype() == "text" else part.get_payload(decode=True).decode("utf-8", "replace"))
            except Exception as e:  # noqa
                out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        elif ct == "message/rfc822":
            for sub in part.get_payload():
                out.extend(texts(sub))
    return out


lines = open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8").read().splitlines()
emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
idx = open(os.path.join(HERE, "index.tsv"), encoding="utf-8").read().splitlines()
if not (len(lines) == len(emls) == len(idx) == EXPECTED):
    err("-", "counts: manifest %d, eml %d, index %d, expected %d" % (len(lines), len(emls), len(idx), EXPECTED))
if emls != ["%04d.eml" % i for i in range(1, len(emls) + 1)]:
    err("-", "files are not numbered 0001.. without gaps")
mids = collections.Counter()
stats = collections.Counter()
for n, line in enumerate(lines, 1):
    rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
    f = rec.get("file", "?")
    if list(rec.keys()) != KEYS:
        err(f, "manifest keys/order %s" % list(rec.keys()))
        continue
    if f != "%04d.eml" % n or idx[n - 1].split("\t")[0] != f:
        err(f, "manifest/index order")
    if rec["mailbox"] not in MAILBOX:
        err(f, "mailbox")
    if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
        err(f, "bool fields")
    labels = rec["labels"]
    if labels != [l for l in ORDER if l in labels] or len(set(labels)) != len(labels):
        err(f, "labels not a subset in canonical order: %s" % labels)
    if set(rec["entities"]) - {"name", "postal_code", "account"}:
        err(f, "entity keys %s" % list(rec["entities"]))
    if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
        err(f, "note must be one line")
    if rec["automated"] and (labels or rec["ack_to"] is not None or rec["unclear"] or rec["entities"]):
        err(f, "automated row must have labels [], ack_to null, unclear false, entities {}")
    if rec["unclear"] and set(labels) & {"marketing_opt_out", "catalog_share_opt_out"}:
        err(f, "unclear row carries an opt-out (automatic action) label")
    raw = open(os.path.join(HERE, f), "rb").read()
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(f, "bare LF or CR")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        err(f, "line over 998 octets")
    for h in (b"Return-Path:", b"Delivered-To:", b"Received:", b"Authentication-Results:"):
        if not raw.startswith(b"Return-Path:") or h not in raw.split(b"\r\n\r\n", 1)[0]:
            err(f, "missing %s" % h.decode())
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg["Delivered-To"] != MAILBOX[rec["mailbox"]]:
        err(f, "Delivered-To does not match mailbox")
    to = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", [])])]
    if MAILBOX[rec["mailbox"]] not in to:
        err(f, "To: does not hold %s" % MAILBOX[rec["mailbox"]])
    for k in msg.keys():
        str(msg[k])
    body = "\n".join(texts(msg))
    for k, v in rec["entities"].items():
        if not v or v not in body:
            err(f, "entity %s=%r not in decoded body" % (k, v))
    frm = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("From", [])])]
    rto = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("Reply-To", [])])]
    if rec["ack_to"] is not None:
        if rec["ack_to"].lower() not in frm + rto:
            err(f, "ack_to is neither From nor Reply-To")
        if rec["ack_to"].lower().endswith("@alliant-energy.com"):
            err(f, "ack_to is our own address")
        if "Auto-Submitted" in msg and str(msg["Auto-Submitted"]).lower() != "no":
            err(f, "ack_to set on an Auto-Submitted message")
    if msg["Message-ID"]:
        mids[str(msg["Message-ID"]).strip()] += 1
    stats["total"] += 1
    stats["automated" if rec["automated"] else "human"] += 1
    stats["unclear"] += rec["unclear"]
    stats["ack_to set"] += rec["ack_to"] is not None
    stats["mailbox=" + rec["mailbox"]] += 1
    for l in labels:
        stats["label:" + l] += 1
    combo = "(automated)" if rec["automated"] else ("+".join(labels) or ("(unclear)" if rec["unclear"] else "(no action)"))
    if rec["unclear"] and labels:
        combo = "(unclear)+" + combo
    stats["combo:" + combo] += 1
    stats["with entities"] += bool(rec["entities"])
for m, c in mids.items():
    if c > 1:
        err("-", "duplicate Message-ID %s" % m)
for k in sorted(stats):
    print("%-50s %d" % (k, stats[k]))
if errors:
    print("\n".join(errors))
    sys.exit("FAILED: %d problem(s)" % len(errors))
print("OK: %d messages" % stats["total"])
