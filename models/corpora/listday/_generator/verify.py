#!/usr/bin/env python3
"""Check the listday set.  python3 _generator/verify.py  (standard library only)"""
import sys

sys.dont_write_bytecode = True

import collections
import email
import email.policy
import email.utils
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
QUOTE_START = [re.compile(p) for p in (
    r"^\s*On .+ wrote:\s*$", r"^\s*On .+<\s*$", r"^\s*El .+escribi", r"^_{20,}\s*$", r"^-{3,} ?Original [Mm]essage ?-{3,}",
    r"^-------- Original message --------", r"^From: .*(PowerHouse Catalog|Alliant Energy)", r"^De: ", r"^\s*On \d+/\d+/\d+ .*wrote:",
)]

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            out.append((ct, part.get_content()))
        elif ct in ("message/delivery-status", "message/disposition-notification", "message/rfc822"):
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    str(sub)
            else:
                str(payload)
    return out


def new_text(plain):
    """the sender's own text: cut at the first quote header, drop '>' lines"""
    keep = []
    for line in plain.splitlines():
        if any(p.search(line) for p in QUOTE_START):
            break
        if line.startswith(">"):
            continue
        keep.append(line)
    return "\n".join(keep)


def main():
    emls = sorted(p.name for p in ROOT.glob("*.eml"))
    rows = [json.loads(l) for l in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    if [r["file"] for r in rows] != emls:
        err("manifest", "files listed do not match the .eml files on disk")
    mids = collections.Counter()
    stats = collections.Counter()
    for r in rows:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(r.keys()))
            continue
        if r["mailbox"] not in BOX:
            err(f, "mailbox")
        for k, t in (("automated", bool), ("unclear", bool), ("labels", list), ("entities", dict), ("note", str)):
            if not isinstance(r[k], t):
                err(f, "%s type" % k)
        if r["ack_to"] is not None and not isinstance(r["ack_to"], str):
            err(f, "ack_to type")
        if any(l not in LABELS for l in r["labels"]) or r["labels"] != [l for l in LABELS if l in r["labels"]]:
            err(f, "labels unknown or out of order: %s" % r["labels"])
        if set(r["entities"]) - {"name", "postal_code", "account"}:
            err(f, "unknown entity key")
        if not r["note"].strip() or "\n" in r["note"]:
            err(f, "note must be one line")
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have no labels, unclear false, no entities, ack_to null")
        if r["unclear"] and r["labels"]:
            err(f, "unclear row carries labels")

        raw = (ROOT / f).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            hdr = {k: str(v) for k, v in msg.items()}
            parts = texts(msg)
        except Exception as e:  # noqa: BLE001
            err(f, "parse failed: %r" % e)
            continue
        if msg.defects:
            err(f, "defects %s" % msg.defects)
        to = " ".join(str(v) for v in msg.get_all("To", []))
        if BOX[r["mailbox"]] not in to.lower():
            err(f, "To does not contain %s" % BOX[r["mailbox"]])
        if msg.get("Delivered-To") != BOX[r["mailbox"]]:
            err(f, "Delivered-To")
        if msg["Message-ID"]:
            mids[str(msg["Message-ID"]).strip()] += 1
        d = msg.get("Date")
        if d is None or not ("2027-01-20" <= email.utils.parsedate_to_datetime(str(d)).astimezone().strftime("%Y-%m-%d") <= "2027-02-04"):
            err(f, "Date missing or outside the period")
        # ack_to
        if r["ack_to"] is not None:
            cands = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(v) for v in msg.get_all(h, [])]):
                    cands.add(a.lower())
            if r["ack_to"].lower() not in cands:
                err(f, "ack_to %s not in From/Reply-To %s" % (r["ack_to"], cands))
        if not r["automated"] and not r["unclear"] and r["ack_to"] is None:
            auto_sub = msg.get("Auto-Submitted")
            if not (auto_sub and auto_sub != "no") and r["labels"]:
                err(f, "labelled human without ack_to and without Auto-Submitted")
        # entities
        plain = "\n".join(t for ct, t in parts if ct == "text/plain") or "\n".join(t for ct, t in parts)
        own = new_text(plain)
        for k, v in r["entities"].items():
            if not isinstance(v, str) or not v:
                err(f, "entity %s empty" % k)
                continue
            if v not in plain:
                err(f, "entity %s=%r not in decoded body" % (k, v))
            elif v not in own:
                err(f, "entity %s=%r only in quoted text" % (k, v))
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        for l in r["labels"]:
            stats["label:" + l] += 1
        stats["mailbox=" + r["mailbox"]] += 1
    for mid, c in mids.items():
        if c > 1:
            err("manifest", "duplicate Message-ID %s" % mid)
    if not 100 <= len(rows) <= 120:
        err("manifest", "%d messages, expected 100-120" % len(rows))
    for k in sorted(stats):
        print("%-34s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(emls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
