#!/usr/bin/env python3
"""Checks the march2028 corpus: python3 _generator/verify.py"""
import collections, email, email.policy, email.utils, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MBX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
EXPECTED = 115

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
                out.append(part.get_content() if part.get_content_maintype() == "text" else part.get_payload(decode=False) or "")
            except Exception as e:  # noqa
                payload = part.get_payload(decode=True) or b""
                out.append(payload.decode("utf-8", "replace"))
        else:
            part.get_payload(decode=True)
    return "\n".join(x if isinstance(x, str) else str(x) for x in out)


def main():
    lines = open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8").read().splitlines()
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if len(lines) != len(emls) or len(emls) != EXPECTED:
        err("corpus", "count mismatch: %d manifest lines, %d .eml files, expected %d" % (len(lines), len(emls), EXPECTED))
    seen_ids, prev_date = set(), None
    counts = collections.Counter()
    for i, line in enumerate(lines, 1):
        rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
        f = rec.get("file", "?")
        if list(rec.keys()) != KEYS:
            err(f, "keys/order %s" % list(rec.keys()))
            continue
        if f != "%04d.eml" % i:
            err(f, "not in file order")
        raw = open(os.path.join(ROOT, f), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            str(msg[k])
        body = texts(msg)
        to = str(msg.get("To", "")).lower()
        if rec["mailbox"] not in MBX or MBX[rec["mailbox"]] not in to:
            err(f, "To does not hold the mailbox: %r" % to)
        if not raw.startswith(b"Return-Path: <"):
            err(f, "no Return-Path first")
        if b"\r\nDelivered-To: %s\r\n" % MBX[rec["mailbox"]].encode() not in raw:
            err(f, "Delivered-To")
        mid = msg.get("Message-ID")
        if mid:
            if mid in seen_ids:
                err(f, "duplicate Message-ID")
            seen_ids.add(mid)
        # arrival order from the top Received line
        rcv = msg.get_all("Received")[0]
        d = email.utils.parsedate_to_datetime(rcv.split(";")[-1].strip())
        if prev_date and d < prev_date:
            err(f, "arrival out of order")
        prev_date = d
        labels = rec["labels"]
        if labels != [l for l in ORDER if l in labels] or len(set(labels)) != len(labels):
            err(f, "labels order/unknown %s" % labels)
        if rec["automated"]:
            if labels or rec["ack_to"] is not None or rec["unclear"] or rec["entities"]:
                err(f, "automated row must have no labels, ack, unclear, entities")
        if rec["unclear"] and any(l in labels for l in ("marketing_opt_out", "catalog_share_opt_out")):
            err(f, "unclear row carries an automatic opt-out label")
        for k, v in rec["entities"].items():
            if k not in ("name", "postal_code", "account"):
                err(f, "entity key %s" % k)
            if v not in body:
                err(f, "entity %s=%r not in decoded body" % (k, v))
        if rec["ack_to"] is not None:
            cands = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                    cands.add(a.lower())
            if rec["ack_to"].lower() not in cands:
                err(f, "ack_to %s not in From/Reply-To" % rec["ack_to"])
            if "auto-submitted" in msg and str(msg["Auto-Submitted"]).lower() != "no":
                err(f, "ack_to set on an Auto-Submitted message")
        if not rec["note"]:
            err(f, "empty note")
        counts["total"] += 1
        counts["mailbox=" + rec["mailbox"]] += 1
        counts["automated" if rec["automated"] else "human"] += 1
        if rec["unclear"]:
            counts["unclear"] += 1
        for l in labels:
            counts["label:" + l] += 1
        counts["combo:" + ("+".join(labels) if labels else ("(automated)" if rec["automated"] else "(unclear)" if rec["unclear"] else "(no action)"))] += 1
        if rec["ack_to"]:
            counts["ack_to set"] += 1
        if rec["entities"]:
            counts["with entities"] += 1
    for k in sorted(counts):
        print("%-55s %d" % (k, counts[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files" % (len(lines), len(emls)))


if __name__ == "__main__":
    main()
