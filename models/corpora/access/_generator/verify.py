#!/usr/bin/env python3
"""Check the 'access' corpus: parsing, raw-byte hygiene, manifest schema, label rules, entities, ack_to. Stdlib only."""
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
MAILBOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
CUT = [re.compile(p, re.M) for p in (
    r"^On .{10,200}wrote:\s*$", r"^-{5,} ?Forwarded message", r"^Begin forwarded message:", r"^_{10,}\s*$",
    r"^-{3,} ?Original [Mm]essage ?-{3,}", r"^From: .*\n(Sent|Date): ")]

errors = []


def err(fn, msg):
    errors.append("%s: %s" % (fn, msg))


def texts(msg):
    plain, htm = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" and not part.get_filename():
            c = part.get_content()
            if ct == "text/plain":
                plain.append(c)
            elif ct == "text/html":
                htm.append(c)
        else:
            part.get_payload(decode=True)
    return plain, htm


def strip_html(h):
    h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|li|h\d)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def new_text(t):
    t = t.replace("\r\n", "\n")
    cut = len(t)
    for rx in CUT:
        m = rx.search(t)
        if m:
            cut = min(cut, m.start())
    return "\n".join(l for l in t[:cut].split("\n") if not l.lstrip().startswith(">"))


def addr_of(v):
    return email.utils.parseaddr(str(v))[1].lower() if v else ""


def main():
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(l) for l in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in recs] != files:
        err("manifest", "manifest files do not match the .eml files in order")
    mids = collections.Counter()
    stats = collections.Counter()
    for r in recs:
        fn = r["file"]
        if list(r.keys()) != KEYS:
            err(fn, "manifest keys/order %s" % list(r.keys()))
            continue
        raw = (ROOT / fn).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(fn, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(fn, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        try:
            plain, htm = texts(msg)
        except Exception as e:  # noqa: BLE001
            err(fn, "decode failed: %r" % e)
            continue
        body = "\n".join(plain) if plain else "\n".join(strip_html(h) for h in htm)
        mbox = MAILBOX.get(r["mailbox"])
        if not mbox:
            err(fn, "bad mailbox")
            continue
        if str(msg.get("Delivered-To", "")).lower() != mbox:
            err(fn, "Delivered-To does not match mailbox")
        if mbox not in str(msg.get("To", "")).lower():
            err(fn, "To does not contain the mailbox")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # --- schema
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(fn, "automated/unclear must be bool")
        if [l for l in LABELS if l in r["labels"]] != r["labels"]:
            err(fn, "labels not a subset in canonical order: %s" % r["labels"])
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(fn, "note must be one non-empty line")
        ents = r["entities"]
        if set(ents) - {"name", "postal_code", "account"}:
            err(fn, "unknown entity keys")
        # --- label rules
        auto_sub = str(msg.get("Auto-Submitted", "no")).lower()
        rp = str(msg.get("Return-Path", ""))
        if r["automated"]:
            if r["labels"] or r["unclear"] or ents or r["ack_to"] is not None:
                err(fn, "automated rows need labels [], unclear false, entities {}, ack_to null")
            irt = str(msg.get("In-Reply-To", "")) + str(msg.get("References", ""))
            if "<ack.CC-" in irt and "LOOP TRAP" not in r["note"]:
                err(fn, "automated answer to our acknowledgement must be marked LOOP TRAP")
        else:
            if rp.strip() == "<>":
                err(fn, "null Return-Path on a human row")
            if msg.get("List-Id") or str(msg.get("Precedence", "")).lower() in ("bulk", "list", "junk"):
                err(fn, "list/bulk headers on a human row")
            if msg.get_content_type() == "multipart/report":
                err(fn, "multipart/report on a human row")
            if auto_sub != "no" and (r["ack_to"] is not None or r["labels"] != ["marketing_opt_out"]):
                err(fn, "Auto-Submitted human mail must be a software unsubscribe with ack_to null")
            if r["unclear"] and set(r["labels"]) & {"marketing_opt_out", "catalog_share_opt_out"}:
                err(fn, "unclear rows carry no opt-out label (only question may remain)")
            if not r["unclear"] and not r["labels"] and r["ack_to"] is not None:
                err(fn, "a human row with nothing to do must not be acknowledged")
        # --- entities: verbatim, in the sender's own text
        nt = new_text(body)
        subj = str(msg.get("Subject", ""))
        for k, v in ents.items():
            if not isinstance(v, str) or not v.strip():
                err(fn, "entity %s empty" % k)
            elif v not in body:
                err(fn, "entity %s=%r not in decoded body" % (k, v))
            elif v not in nt:
                err(fn, "entity %s=%r only in quoted/forwarded text" % (k, v))
        # --- ack_to
        ack = r["ack_to"]
        if ack is not None:
            frm, rto = addr_of(msg.get("From")), addr_of(msg.get("Reply-To"))
            if ack.lower() == rto:
                pass
            elif ack.lower() == frm:
                if rto and rto != frm and "reply-to" not in r["note"].lower():
                    err(fn, "Reply-To present but ack_to is From (explain in note)")
            elif ack in nt and "body" in r["note"]:
                pass
            else:
                err(fn, "ack_to %r is neither Reply-To, From nor a body address the note explains" % ack)
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", ack):
                err(fn, "ack_to is not an address")
        # --- a person wrote something
        if not r["automated"] and not body.strip() and "unsubscribe" not in subj.lower():
            err(fn, "human row with no text")
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["mailbox=" + r["mailbox"]] += 1
        for l in r["labels"]:
            stats["label:" + l] += 1
        stats["unclear"] += r["unclear"]
        stats["ack_to null"] += r["ack_to"] is None
        stats["with entities"] += bool(ents)
        combo = "+".join(r["labels"]) or ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)")
        if r["unclear"] and r["labels"]:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
    for m, n in mids.items():
        if n > 1:
            err("corpus", "duplicate Message-ID %s" % m)
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != [r["file"] for r in recs]:
        err("index.tsv", "rows do not match manifest")
    for k in sorted(stats):
        print("%-45s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
