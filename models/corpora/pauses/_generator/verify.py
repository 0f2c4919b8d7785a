#!/usr/bin/env python3
"""Check the `pauses` set.  python3 -B _generator/verify.py  (exit status 1 on any problem)."""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
CUT_MARKERS = ("________________________________", "-----Original Message-----", "----- Original Message -----",
               "-------- Original message --------", "---------- Forwarded message ---------")
YAHOO_ATTR = re.compile(r"^\s+On .* wrote:\s*$")
problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            try:
                out.append(part.get_content())
            except Exception as e:       # noqa: BLE001
                out.append("")
                raise e
    return out


def main_text(msg):
    body = msg.get_body(preferencelist=("plain", "html"))
    return body.get_content() if body is not None else ""


def new_text(text, sender):
    """The sender's own words: drop '>' lines, cut at reply/forward separators unless the block is the
    sender's own forwarded mail."""
    lines = text.replace("\r\n", "\n").split("\n")
    keep = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        s = ln.strip()
        if ln.startswith(">"):
            i += 1
            continue
        if s in CUT_MARKERS or YAHOO_ATTR.match(ln):
            block = "\n".join(lines[i:i + 6])
            if sender and re.search(r"^From: .*%s" % re.escape(sender), block, re.M | re.I):
                keep.append(ln)
                i += 1
                continue
            break
        keep.append(ln)
        i += 1
    return "\n".join(keep)


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    recs = [json.loads(l) for l in open(man_path, encoding="utf-8").read().splitlines() if l.strip()]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in recs] != files:
        bad("manifest", "files listed do not match the .eml files in order")
    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0] != "file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate":
        bad("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != files:
        bad("index.tsv", "rows do not match files")
    for l in idx[1:]:
        if len(l.split("\t")) != 7:
            bad("index.tsv", "row with %d columns: %s" % (len(l.split("\t")), l[:40]))
    mids = collections.Counter()
    stats = collections.Counter()
    last_date = None
    for rec in recs:
        f = rec["file"]
        if list(rec.keys()) != KEYS:
            bad(f, "manifest keys/order %s" % list(rec.keys()))
            continue
        if rec["mailbox"] not in ("customercare", "powerhousecatalog"):
            bad(f, "mailbox")
        for k, typ in (("automated", bool), ("unclear", bool), ("labels", list), ("entities", dict), ("note", str)):
            if not isinstance(rec[k], typ):
                bad(f, "%s has type %s" % (k, type(rec[k]).__name__))
        if not (rec["ack_to"] is None or isinstance(rec["ack_to"], str)):
            bad(f, "ack_to type")
        if [l for l in LABELS if l in rec["labels"]] != rec["labels"]:
            bad(f, "labels unknown, repeated or out of order: %s" % rec["labels"])
        if not rec["note"] or "\n" in rec["note"]:
            bad(f, "note must be one non-empty line")
        if set(rec["entities"]) - ENT_KEYS:
            bad(f, "entity keys %s" % set(rec["entities"]))
        if rec["automated"]:
            if rec["labels"] or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                bad(f, "automated row must have no labels/unclear/entities/ack")
        if rec["unclear"] and rec["labels"] not in ([], ["question"]):
            bad(f, "unclear row may carry at most 'question' (delete-everything rule): %s" % rec["labels"])
        if rec["unclear"] and rec["labels"] == ["question"] and "delete" not in rec["note"].lower():
            bad(f, "unclear+question is only for delete-everything requests")

        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad(f, "line longer than 998 octets")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            alltext = "\n".join(texts(msg))
            for part in msg.walk():
                if not part.is_multipart():
                    part.get_payload(decode=True)
            body = main_text(msg)
        except Exception as e:      # noqa: BLE001
            bad(f, "parse error %r" % e)
            continue
        if msg.defects:
            bad(f, "defects %s" % msg.defects)
        to = " ".join(str(x) for x in msg.get_all("To", []))
        if "%s@alliant-energy.com" % rec["mailbox"] not in to.lower():
            bad(f, "To does not contain the mailbox")
        m = msg.get("Message-ID")
        if m:
            mids[str(m).strip()] += 1
        d = email.utils.parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else None
        frm = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
        rto = email.utils.parseaddr(str(msg.get("Reply-To", "")))[1].lower() if msg.get("Reply-To") else ""
        if rec["ack_to"] is not None:
            a = rec["ack_to"].lower()
            if a not in (frm, rto):
                bad(f, "ack_to %s is neither From nor Reply-To" % a)
            if rto and a != rto:
                bad(f, "Reply-To present but ack_to is not it")
            if "auto-submitted" in (k.lower() for k in msg.keys()):
                bad(f, "ack_to set on a message carrying Auto-Submitted")
        own = new_text(body, frm)
        for k, v in rec["entities"].items():
            if not isinstance(v, str) or not v:
                bad(f, "entity %s empty/non-string" % k)
                continue
            if v not in alltext:
                bad(f, "entity %s=%r not in decoded text" % (k, v))
            elif v not in own:
                bad(f, "entity %s=%r only in quoted/forwarded text" % (k, v))
        if not rec["automated"] and not rec["unclear"] and not rec["labels"] and rec["ack_to"] is not None:
            bad(f, "human with nothing to do should not be acknowledged")
        # arrival order: the top Received header's date
        rcv = msg.get_all("Received")[0]
        arr = email.utils.parsedate_to_datetime(str(rcv).split(";")[-1].strip())
        if last_date and arr < last_date:
            bad(f, "files not in arrival order")
        last_date = arr
        if not (arr.year == 2027 and arr.month in (3, 4)):
            bad(f, "arrival outside March-April 2027")
        stats["total"] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        stats["unclear"] += rec["unclear"]
        stats["mailbox=" + rec["mailbox"]] += 1
        for l in rec["labels"]:
            stats["label:" + l] += 1
        stats["ack_to set"] += rec["ack_to"] is not None
        stats["with entities"] += bool(rec["entities"])
    for m, c in mids.items():
        if c > 1:
            bad("Message-ID", "%s used %d times" % (m, c))
    for k in sorted(stats):
        print("%-40s %d" % (k, stats[k]))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
