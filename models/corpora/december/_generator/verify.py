#!/usr/bin/env python3
"""Check the 'december' set: parse, byte hygiene, manifest schema, label rules, entities, ack_to.

    python3 _generator/verify.py          (exit status 0 = all good)

Standard library only.
"""
import collections
import datetime as _dt
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
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ACK_ID = re.compile(r"<ack\.CC-\d{4}-\d{2}-\d{5}@alliant-energy\.com>")
# where quoted / forwarded material starts in a plain-text body
QUOTE_START = re.compile(r"^(>|On .+ wrote:|\s+On .+ wrote:|_{20,}|-{5,} ?(Forwarded|Original) Message|From: .+|Sent from my )",
                         re.M | re.I)

errors = []
stats = collections.Counter()


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                out.append((ct, part.get_content()))
            except Exception as e:  # noqa: BLE001
                raise RuntimeError("cannot decode %s: %s" % (ct, e))
        elif ct in ("message/delivery-status", "message/disposition-notification", "message/rfc822"):
            part.get_payload()
        else:
            part.get_payload(decode=True)
    return out


def new_text(body):
    m = QUOTE_START.search(body)
    return body[:m.start()] if m else body


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    rows = [json.loads(l) for l in open(man_path, encoding="utf-8").read().splitlines()]
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != emls:
        err("manifest", "file list differs from the .eml files or is out of order")
    if not 100 <= len(rows) <= 120:
        err("manifest", "expected 100-120 messages, got %d" % len(rows))
    ids = collections.Counter()
    last = None
    for r in rows:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(r.keys()))
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        # ---- byte hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line over 998 octets")
        if not raw.endswith(b"\r\n"):
            err(f, "does not end with CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            str(msg[k])
        try:
            tx = texts(msg)
        except RuntimeError as e:
            err(f, str(e))
            continue
        for part in msg.walk():
            if part.defects:
                err(f, "MIME defects %s" % part.defects)
        # ---- headers
        if msg["Delivered-To"] != BOX.get(r["mailbox"]):
            err(f, "Delivered-To %r vs mailbox %r" % (msg["Delivered-To"], r["mailbox"]))
        tos = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", []) + msg.get_all("Cc", [])])]
        if BOX.get(r["mailbox"]) not in tos:
            err(f, "To/Cc does not contain %s" % r["mailbox"])
        mid = msg["Message-ID"]
        if mid:
            ids[str(mid).strip()] += 1
        for h in ("From", "Date", "Return-Path", "Received"):
            if not msg[h]:
                err(f, "missing %s" % h)
        rec = msg.get_all("Received")[0]
        when = email.utils.parsedate_to_datetime(str(rec).rsplit(";", 1)[1].strip())
        if not (_dt.datetime(2026, 12, 1, tzinfo=_dt.timezone.utc) <= when < _dt.datetime(2026, 12, 15, 6, tzinfo=_dt.timezone.utc)):
            err(f, "delivery time %s outside Dec 1-14 2026" % when)
        if last and when < last:
            err(f, "files not in arrival order")
        last = when
        # ---- schema
        if r["mailbox"] not in BOX:
            err(f, "bad mailbox")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be bool")
        if r["labels"] != [l for l in LABELS if l in r["labels"]] or len(set(r["labels"])) != len(r["labels"]):
            err(f, "labels not an ordered subset: %s" % r["labels"])
        if not set(r["entities"]) <= {"name", "postal_code", "account"}:
            err(f, "bad entity keys")
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(f, "note must be one non-empty line")
        # ---- label rules
        auto_sub = (msg["Auto-Submitted"] or "no").strip().lower() != "no"
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have no labels, not unclear, no entities, ack_to null")
        else:
            if r["unclear"] and not set(r["labels"]) <= {"question"}:
                err(f, "unclear rows carry no opt-out label (only 'question' for delete-everything requests)")
            if not r["labels"] and not r["unclear"]:
                # a person who asks for nothing: only replies to our acknowledgement
                if not (msg["In-Reply-To"] and ACK_ID.search(str(msg["In-Reply-To"]))):
                    err(f, "human row with no labels, not unclear, must be a reply to our acknowledgement")
                if r["ack_to"] is not None:
                    err(f, "no-action reply to our ack must have ack_to null")
            # ack_to rules
            frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
            rto = email.utils.parseaddr(str(msg["Reply-To"] or ""))[1].lower()
            if r["ack_to"] is None:
                if r["labels"] or r["unclear"]:
                    if not auto_sub:
                        err(f, "ack_to null on a human request without Auto-Submitted")
            else:
                if auto_sub:
                    err(f, "message carries Auto-Submitted: ack_to must be null (RFC 3834)")
                if r["ack_to"].lower() not in (frm, rto):
                    err(f, "ack_to %s is neither From nor Reply-To" % r["ack_to"])
                if re.match(r"(no-?reply|noreply)@", r["ack_to"]):
                    err(f, "ack_to is a no-reply address")
                if re.match(r"(no-?reply|noreply)@", frm) and r["ack_to"].lower() != rto:
                    err(f, "From is no-reply: ack_to must be Reply-To")
            if "marketing_opt_out" in r["labels"] and auto_sub and r["ack_to"] is not None:
                err(f, "unsubscribe software with Auto-Submitted must not be acknowledged")
        # ---- entities: verbatim in the decoded text, and in the sender's own part of it
        alltext = "\n".join(t for _, t in tx)
        plain = [t for ct, t in tx if ct == "text/plain"]
        own = new_text(plain[0]) if plain else alltext
        for k, v in r["entities"].items():
            if not isinstance(v, str) or not v:
                err(f, "entity %s empty" % k)
            elif v not in alltext:
                err(f, "entity %s=%r not in decoded text" % (k, v))
            elif plain and v not in own:
                err(f, "entity %s=%r only in quoted/forwarded text" % (k, v))
        if r["entities"].get("postal_code") and not re.fullmatch(r"\d{5}(-\d{4})?", r["entities"]["postal_code"]):
            err(f, "postal_code not a ZIP")
        # ---- stats
        stats["total"] += 1
        stats["mailbox=" + r["mailbox"]] += 1
        if r["automated"]:
            stats["automated"] += 1
            stats["automated mailbox=" + r["mailbox"]] += 1
            stats["combo:(automated)"] += 1
        else:
            stats["human"] += 1
            key = "+".join(r["labels"]) or ("(unclear)" if r["unclear"] else "(no action)")
            if r["unclear"] and r["labels"]:
                key = "(unclear)+" + key
            stats["combo:" + key] += 1
        for l in r["labels"]:
            stats["label:" + l] += 1
        if r["unclear"]:
            stats["unclear"] += 1
        if r["ack_to"]:
            stats["ack_to set"] += 1
        else:
            stats["ack_to null"] += 1
        if r["entities"]:
            stats["with entities"] += 1
        for k in r["entities"]:
            stats["entity:" + k] += 1
    for m, n in ids.items():
        if n > 1:
            err("corpus", "duplicate Message-ID %s" % m)
    for k in sorted(stats):
        print("%-50s %d" % (k, stats[k]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(emls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
