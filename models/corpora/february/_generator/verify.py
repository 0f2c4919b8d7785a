#!/usr/bin/env python3
"""Check the 'february' set: parse, raw-byte hygiene, manifest schema, label rules, entities, ack_to, order.

    python3 _generator/verify.py        (exit status 0 when everything holds)
Standard library only.
"""
import datetime
import email
import email.policy
import email.utils
import html
import json
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
ROLE = re.compile(r"^(noreply|no-reply|donotreply|do-not-reply)@", re.I)
QUOTE_START = re.compile(
    r"^(>|On .{5,200}wrote:\s*$|On .{5,200}<\s*$|\s*On .{5,200}wrote:|_{10,}\s*$|From: |-----Original Message|"
    r"-{5,} ?Forwarded|-------- Original message|Begin forwarded message)", re.M)

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h\d|li|blockquote)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def new_text(t):
    """The sender's own part of a plain text: everything before the first quote/forward marker."""
    m = QUOTE_START.search(t)
    return t[:m.start()] if m else t


def addr_of(v):
    return email.utils.parseaddr(str(v))[1].lower() if v else ""


def main():
    man_path = ROOT / "manifest.jsonl"
    lines = man_path.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(l) for l in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    names = [r.get("file") for r in recs]
    if names != files:
        err("manifest", "manifest files %s do not match .eml files" % (set(names) ^ set(files)))
    if names != sorted(names):
        err("manifest", "not in file order")
    if not 100 <= len(recs) <= 120:
        err("manifest", "%d messages, expected 100-120" % len(recs))
    msgids = Counter()
    arrivals = []
    stats = Counter()
    for i, r in enumerate(recs, 1):
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(f, "keys %s" % list(r.keys()))
            continue
        if f != "%04d.eml" % i:
            err(f, "numbering")
        raw = (ROOT / f).read_bytes()
        # raw hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(f, "line longer than 998 octets")
        hdr_block = raw.split(b"\r\n\r\n", 1)[0]
        try:
            hdr_block.decode("ascii")
        except UnicodeDecodeError:
            err(f, "non-ASCII byte in the top-level header")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            try:
                str(msg[k])
            except Exception as e:  # noqa
                err(f, "header %s does not parse: %s" % (k, e))
        plain_texts = []
        html_texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                err(f, "part %s does not decode: %s" % (ct, e))
                continue
            if ct == "text/plain":
                plain_texts.append(c)
            elif ct == "text/html":
                html_texts.append(html_to_text(c))
        # schema
        if r["mailbox"] not in BOX:
            err(f, "mailbox %r" % r["mailbox"])
            continue
        box = BOX[r["mailbox"]]
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear not bool")
        if not isinstance(r["note"], str) or not r["note"].strip() or "\n" in r["note"]:
            err(f, "note must be one non-empty line")
        if str(msg.get("Delivered-To", "")).lower() != box:
            err(f, "Delivered-To %s is not %s" % (msg.get("Delivered-To"), box))
        rcpts = " ".join(str(msg.get(h, "")) for h in ("To", "Cc")).lower()
        if box not in rcpts:
            err(f, "To/Cc does not contain %s" % box)
        if msg.get("Return-Path") is None:
            err(f, "no Return-Path")
        # labels
        labs = r["labels"]
        if not isinstance(labs, list) or any(l not in LABELS for l in labs) or labs != sorted(labs, key=LABELS.index) \
                or len(set(labs)) != len(labs):
            err(f, "labels %r" % labs)
        if r["automated"]:
            if labs or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated message with labels/unclear/entities/ack_to")
        if r["unclear"] and any(l != "question" for l in labs):
            err(f, "unclear message with an opt-out label")
        if not r["automated"] and not r["unclear"] and not labs and r["ack_to"] is not None:
            err(f, "human message with nothing to do should not be acknowledged")
        # entities
        ents = r["entities"]
        if not isinstance(ents, dict) or set(ents) - ENT_KEYS:
            err(f, "entities %r" % ents)
        else:
            own = [new_text(t) for t in plain_texts] + [new_text(t) for t in html_texts]
            for k, v in ents.items():
                if not isinstance(v, str) or not v.strip():
                    err(f, "entity %s empty" % k)
                elif not any(v in t for t in own):
                    err(f, "entity %s=%r not in the sender's new text" % (k, v))
        # ack_to
        frm = addr_of(msg.get("From"))
        rto = addr_of(msg.get("Reply-To"))
        auto_sub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        a = r["ack_to"]
        if a is not None:
            if a.lower() not in (frm, rto):
                err(f, "ack_to %s is neither From nor Reply-To" % a)
            if ROLE.search(frm) and rto and a.lower() != rto:
                err(f, "From is a no-reply relay: ack_to must be the Reply-To")
            if auto_sub != "no":
                err(f, "ack_to set on a message with Auto-Submitted: %s" % auto_sub)
        elif not r["automated"] and (labs or r["unclear"]) and auto_sub == "no":
            err(f, "human request without Auto-Submitted has no ack_to")
        # Message-ID
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        else:
            stats["no Message-ID"] += 1
        # arrival time from our mbx01 Received header
        rec0 = str(msg.get_all("Received")[0])
        if "mbx01.alliant-energy.com" not in rec0:
            err(f, "first Received is not mbx01")
        dt = email.utils.parsedate_to_datetime(rec0.rsplit(";", 1)[1].strip())
        arrivals.append((f, dt))
        if not (datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc) <= dt <=
                datetime.datetime(2027, 2, 15, 6, tzinfo=datetime.timezone.utc)):
            err(f, "arrival %s outside 1-14 February 2027" % dt)
        if msg.get("Date") is None:
            err(f, "no Date")
        else:
            try:
                email.utils.parsedate_to_datetime(str(msg["Date"]))
            except Exception:  # noqa
                err(f, "Date does not parse")
        # stats
        stats["total"] += 1
        stats["mailbox=" + r["mailbox"]] += 1
        stats["automated" if r["automated"] else "human"] += 1
        if r["unclear"]:
            stats["unclear"] += 1
        for l in labs:
            stats["label:" + l] += 1
        combo = "(automated)" if r["automated"] else ("(unclear)" + ("+" + "+".join(labs) if labs else "")
                                                        if r["unclear"] else ("+".join(labs) or "(no action)"))
        stats["combo:" + combo] += 1
        if ents:
            stats["with entities"] += 1
        if a is not None:
            stats["ack_to set"] += 1
    for m, c in msgids.items():
        if c > 1:
            err("Message-ID", "%s used %d times" % (m, c))
    for (f1, d1), (f2, d2) in zip(arrivals, arrivals[1:]):
        if d2 < d1:
            err(f2, "arrives before %s" % f1)
    # index.tsv
    rows = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if rows[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "header")
    langs = Counter()
    for row, r in zip(rows[1:], recs):
        cols = row.split("\t")
        if len(cols) != 6 or cols[0] != r["file"]:
            err("index.tsv", "row for %s" % r["file"])
            continue
        langs[cols[3]] += 1
        if cols[3] not in ("en", "es", "mixed"):
            err("index.tsv", "language %s" % cols[3])
    if len(rows) - 1 != len(recs):
        err("index.tsv", "row count")
    share = (langs["es"] + langs["mixed"]) / float(len(recs))
    if not 0.10 <= share <= 0.20:
        err("set", "Spanish/mixed share %.2f outside 10-20 %%" % share)
    auto_share = stats["automated"] / float(len(recs))
    if not 0.20 <= auto_share <= 0.30:
        err("set", "automated share %.2f outside 20-30 %%" % auto_share)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if "| messages | %d |" % len(recs) not in readme:
        err("README.md", "message count missing or stale")
    for k in sorted(stats):
        print("%-45s %d" % (k, stats[k]))
    print("%-45s %.0f %%" % ("Spanish or mixed", share * 100))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
