#!/usr/bin/env python3
"""Check the yearmix corpus: parse, raw-byte hygiene, manifest schema, label rules, entities, ack_to, rebuild.

    python3 _generator/verify.py
"""
import collections
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BOXES = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
ROLE = re.compile(r"^(noreply|no-reply|donotreply|do-not-reply|mailer-daemon|postmaster)@", re.I)
CUT = [re.compile(p) for p in (
    r"^On .+ wrote:\s*$", r"^> ?On .+ wrote:", r"^-----Original Message-----", r"^_{10,}\s*$",
    r"^-+ ?Forwarded message ?-+", r"^Begin forwarded message:", r"^From: .+<.+@.+>\s*$",
    r"^##- Please type your reply above this line -##")]

errors = []


def err(fn, msg):
    errors.append("%s: %s" % (fn, msg))


def text_of(msg):
    """Decoded text of the best body part (plain preferred, else HTML stripped)."""
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    t = body.get_content()
    if body.get_content_type() == "text/html":
        t = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", t)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t


def own_text(t):
    """The sender's own new text: cut at the first quote/forward marker, drop '>' lines."""
    out = []
    for ln in t.replace("\r\n", "\n").split("\n"):
        s = ln.strip()
        if any(p.search(s) for p in CUT):
            break
        if s.startswith(">"):
            continue
        out.append(ln)
    return "\n".join(out)


def addr_of(v):
    if not v:
        return None
    a = email.utils.getaddresses([str(v)])
    return a[0][1].lower() if a and a[0][1] else None


def main():
    files = sorted(f for f in os.listdir(ROOT) if re.fullmatch(r"\d{4}\.eml", f))
    man = [json.loads(x) for x in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8").read().splitlines()]
    if [r["file"] for r in man] != files:
        err("manifest", "file list does not match the .eml files in order")
    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    idx_rows = [x.split("\t") for x in idx[1:]]
    if [r[0] for r in idx_rows] != files:
        err("index.tsv", "file column does not match")
    langs = {r[0]: r[3] for r in idx_rows}
    cats = {r[0]: r[2] for r in idx_rows}

    c = collections.Counter()
    mids = collections.Counter()
    months = set()
    last_date = None
    for rec in man:
        fn = rec["file"]
        if list(rec.keys()) != KEYS:
            err(fn, "manifest keys/order %s" % list(rec.keys()))
            continue
        raw = open(os.path.join(ROOT, fn), "rb").read()
        # raw hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(fn, "bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(fn, "line longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        if re.search(rb"[\x80-\xff]", head):
            err(fn, "8-bit byte in header block")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            for k in msg.keys():
                str(msg[k])
            for part in msg.walk():
                if part.is_multipart():
                    continue
                part.get_content()
        except Exception as e:  # noqa: BLE001
            err(fn, "parse/decode failed: %r" % e)
            continue
        if msg.defects:
            err(fn, "defects %r" % msg.defects)
        # envelope / mailbox
        if rec["mailbox"] not in BOXES:
            err(fn, "bad mailbox")
            continue
        box = BOXES[rec["mailbox"]]
        if str(msg["Delivered-To"]).lower() != box:
            err(fn, "Delivered-To %s != %s" % (msg["Delivered-To"], box))
        if box not in str(msg["To"]).lower():
            err(fn, "To does not contain %s" % box)
        for h in ("From", "To", "Date", "Subject", "Return-Path", "Received"):
            if msg[h] is None:
                err(fn, "missing %s" % h)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            err(fn, "Date not in 2026")
        months.add(d.astimezone().month if False else email.utils.parsedate_to_datetime(str(msg["Date"])).month)
        du = d.timestamp()
        if last_date is not None and du < last_date - 60:
            err(fn, "files not in arrival order")
        last_date = du
        mid = msg["Message-ID"]
        if mid:
            mids[str(mid).strip()] += 1
        # schema
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            err(fn, "automated/unclear must be bool")
        if any(l not in LABELS for l in rec["labels"]) or rec["labels"] != [l for l in LABELS if l in rec["labels"]]:
            err(fn, "labels bad or out of order: %s" % rec["labels"])
        if set(rec["entities"]) - ENT_KEYS:
            err(fn, "unknown entity keys")
        if not rec["note"] or "\n" in rec["note"]:
            err(fn, "note must be one non-empty line")
        auto_sub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        # label rules
        if rec["automated"]:
            if rec["labels"] or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                err(fn, "automated row must have no labels/unclear/entities/ack")
        else:
            if rec["unclear"] and not set(rec["labels"]) <= {"question"}:
                err(fn, "unclear row may carry at most 'question'")
            if rec["unclear"] and rec["labels"] == ["question"] and "delet" not in rec["note"].lower():
                err(fn, "unclear+question is reserved for deletion requests")
            if not rec["unclear"] and not rec["labels"] and rec["ack_to"] is not None:
                err(fn, "human row with nothing to do must have ack_to null")
            if auto_sub not in ("no", "") and rec["ack_to"] is not None:
                err(fn, "Auto-Submitted present, ack_to must be null")
            if rec["ack_to"] is not None:
                frm, rt = addr_of(msg["From"]), addr_of(msg["Reply-To"])
                if rec["ack_to"] not in (frm, rt):
                    err(fn, "ack_to %s is neither From nor Reply-To" % rec["ack_to"])
                if rt and ROLE.match(frm or "") and rec["ack_to"] != rt:
                    err(fn, "From is a role/no-reply address, ack_to must be Reply-To")
                if ROLE.match(rec["ack_to"]):
                    err(fn, "ack_to is a role/no-reply address")
            # subject of a reply to our own mail never counts; our List-Unsubscribe subjects are the person's click
        # entities in the sender's own text
        own = own_text(text_of(msg))
        for k, v in rec["entities"].items():
            if v not in own:
                err(fn, "entity %s=%r not in the sender's own text" % (k, v))
        # invented phone numbers only
        for ph in re.findall(r"\b(?:\d{3}[-. ]|\(\d{3}\) ?)(\d{3})[-. ](\d{4})\b", text_of(msg)):
            if ph[0] != "555" or not ph[1].startswith("01"):
                err(fn, "phone number not 555-01xx: %s-%s" % ph)
        # counts
        c["total"] += 1
        c["automated" if rec["automated"] else "human"] += 1
        c["mailbox=" + rec["mailbox"]] += 1
        if rec["automated"]:
            c["automated in " + rec["mailbox"]] += 1
        if rec["unclear"]:
            c["unclear"] += 1
        for l in rec["labels"]:
            c["label:" + l] += 1
        if rec["ack_to"] is None:
            c["ack_to null"] += 1
        if rec["entities"]:
            c["with entities"] += 1
        c["lang=" + langs.get(fn, "?")] += 1

    for k, n in mids.items():
        if n > 1:
            err("corpus", "duplicate Message-ID %s" % k)
    if months != set(range(1, 13)):
        err("corpus", "months covered: %s" % sorted(months))
    if not 100 <= c["total"] <= 120:
        err("corpus", "message count %d outside 100-120" % c["total"])
    share = c["automated"] / max(1, c["total"])
    if not 0.18 <= share <= 0.32:
        err("corpus", "automated share %.2f" % share)
    es = (c["lang=es"] + c["lang=mixed"]) / max(1, c["total"])
    if not 0.10 <= es <= 0.20:
        err("corpus", "Spanish/mixed share %.2f" % es)

    # rebuild must be byte-identical
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        for f in sorted(os.listdir(tmp)):
            a = hashlib.sha256(open(os.path.join(tmp, f), "rb").read()).hexdigest()
            p = os.path.join(ROOT, f)
            b = hashlib.sha256(open(p, "rb").read()).hexdigest() if os.path.exists(p) else None
            if a != b:
                err(f, "rebuild differs from the committed file")

    for k in sorted(c):
        print("%-40s %d" % (k, c[k]))
    print("%-40s %.1f%%" % ("automated share", 100 * share))
    print("%-40s %.1f%%" % ("Spanish or mixed share", 100 * es))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d messages, %d manifest lines, rebuild byte-identical" % (len(files), len(man)))


if __name__ == "__main__":
    main()
