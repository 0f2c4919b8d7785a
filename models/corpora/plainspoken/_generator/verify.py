#!/usr/bin/env python3
"""Check the 'plainspoken' set: parsing, raw-byte hygiene, manifest schema, label rules, entities, ack_to.
Standard library only.  Exit status 1 on any failure."""
import collections
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = ["name", "postal_code", "account"]
RELAYS = {"noreply@alliantenergy.com"}
QUOTE_START = [re.compile(p, re.M) for p in (
    r"^\s*On .{5,200} wrote:\s*$", r"^> ", r"^>$", r"^-------- Original message --------", r"^---------- Forwarded message",
    r"^_{20,}\s*$", r"^Begin forwarded message:", r"^----- Original Message -----")]
PHONE = re.compile(r"\b(\d{3})[-.](555)[-.](\d{4})\b")

errors = []


def err(fn, msg):
    errors.append("%s: %s" % (fn, msg))


def leaves(msg):
    for part in msg.walk():
        if part.is_multipart():
            continue
        yield part


def decoded_texts(fn, msg):
    plain, htmls = [], []
    for part in leaves(msg):
        ct = part.get_content_type()
        try:
            if part.get_content_maintype() == "text":
                c = part.get_content()
                if ct == "text/plain":
                    plain.append(c)
                elif ct == "text/html":
                    htmls.append(c)
            elif ct in ("message/delivery-status", "message/disposition-notification"):
                part.get_payload()
            else:
                part.get_payload(decode=True)
        except Exception as e:  # noqa: BLE001
            err(fn, "cannot decode %s part: %r" % (ct, e))
    return plain, htmls


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</div>|</p>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def new_text(t):
    cut = len(t)
    for rx in QUOTE_START:
        m = rx.search(t)
        if m and m.start() < cut:
            cut = m.start()
    return t[:cut]


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    recs = [json.loads(l, object_pairs_hook=collections.OrderedDict)
            for l in open(man_path, encoding="utf-8").read().splitlines()]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in recs] != files:
        err("manifest", "manifest files do not match the .eml files in order")
    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != files:
        err("index.tsv", "files do not match")
    idx_cat = {l.split("\t")[0]: l.split("\t")[2] for l in idx[1:]}

    mids = collections.Counter()
    stats = collections.Counter()
    last_arrival = None
    for rec in recs:
        fn = rec["file"]
        if list(rec.keys()) != KEYS:
            err(fn, "manifest keys/order %s" % list(rec.keys()))
            continue
        raw = open(os.path.join(ROOT, fn), "rb").read()
        # ---- raw hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(fn, "bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(fn, "line longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err(fn, "non-ASCII header bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            try:
                for v in msg.get_all(k):
                    str(v)
            except Exception as e:  # noqa: BLE001
                err(fn, "header %s unreadable: %r" % (k, e))
        plain, htmls = decoded_texts(fn, msg)
        # ---- mailbox / delivery
        box = BOX.get(rec["mailbox"])
        if not box:
            err(fn, "bad mailbox")
            continue
        if msg["Delivered-To"] != box:
            err(fn, "Delivered-To %s != %s" % (msg["Delivered-To"], box))
        to_addrs = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", [])])]
        if box not in to_addrs:
            err(fn, "To does not contain %s" % box)
        if msg["Message-ID"]:
            mids[str(msg["Message-ID"]).strip()] += 1
        # arrival order from the top Received header
        top = str(msg.get_all("Received")[0])
        arr = email.utils.parsedate_to_datetime(top.rsplit(";", 1)[1].strip())
        if last_arrival and arr < last_arrival:
            err(fn, "not in arrival order")
        last_arrival = arr
        if not ("2024-09-01" <= arr.strftime("%Y-%m-%d") <= "2025-02-28"):
            err(fn, "date out of range")
        # ---- schema
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            err(fn, "automated/unclear not bool")
        if [l for l in LABELS if l in rec["labels"]] != rec["labels"] or len(set(rec["labels"])) != len(rec["labels"]):
            err(fn, "labels not a subset in canonical order: %s" % rec["labels"])
        if [k for k in ENT_KEYS if k in rec["entities"]] != list(rec["entities"].keys()):
            err(fn, "entity keys")
        if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
            err(fn, "note must be one line")
        # ---- label rules
        auto_sub = msg.get("Auto-Submitted", "no").strip().lower()
        if rec["automated"]:
            if rec["labels"] or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                err(fn, "automated row must have no labels/unclear/entities/ack")
            if not idx_cat[fn].startswith("machine:"):
                err(fn, "automated but index category is %s" % idx_cat[fn])
        else:
            if not idx_cat[fn].startswith("human:"):
                err(fn, "human but index category is %s" % idx_cat[fn])
            if rec["unclear"] and set(rec["labels"]) - {"question"}:
                err(fn, "unclear rows may not carry an opt-out label")
            frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
            rto = email.utils.parseaddr(str(msg["Reply-To"]))[1].lower() if msg["Reply-To"] else None
            ack = rec["ack_to"]
            if ack is not None and ack.lower() not in {frm, rto}:
                err(fn, "ack_to %s is neither From nor Reply-To" % ack)
            if frm in RELAYS and ack is not None and ack.lower() != rto:
                err(fn, "relay From: ack_to must be Reply-To")
            if auto_sub != "no" and ack is not None:
                err(fn, "human message with Auto-Submitted must not be acknowledged")
            if not rec["labels"] and not rec["unclear"] and ack is not None:
                err(fn, "no-action row must have ack_to null")
            if ack is None and auto_sub == "no" and (rec["labels"] or rec["unclear"]):
                err(fn, "actionable human row without ack_to and without Auto-Submitted")
            # entities must be in the sender's own new text
            body = "\n".join(plain) if plain else "\n".join(html_to_text(h) for h in htmls)
            own = new_text(body)
            for k, v in rec["entities"].items():
                if v not in own:
                    err(fn, "entity %s=%r not in the sender's new text" % (k, v))
        # ---- phone numbers must be fictional 555-01xx
        for t in plain + htmls:
            for m in PHONE.finditer(t):
                if not m.group(3).startswith("01"):
                    err(fn, "phone number %s is not 555-01xx" % m.group(0))
        stats["total"] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        if rec["unclear"]:
            stats["unclear"] += 1
        if rec["ack_to"] is None:
            stats["ack_to null"] += 1
        for l in rec["labels"]:
            stats["label:" + l] += 1
        if rec["entities"]:
            stats["with entities"] += 1
        combo = "+".join(rec["labels"]) or ("(automated)" if rec["automated"] else "(unclear)" if rec["unclear"]
                                            else "(no action)")
        if rec["unclear"] and rec["labels"]:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
    for mid, n in mids.items():
        if n > 1:
            err("corpus", "duplicate Message-ID %s" % mid)
    for k in sorted(stats):
        print("%-50s %d" % (k, stats[k]))
    if errors:
        print("\nFAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
