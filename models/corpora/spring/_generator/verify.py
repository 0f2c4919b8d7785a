"""Check the spring set: python3 _generator/verify.py
Parses every file with `email` and reports defects; checks that manifest and index list the files in order, that
labels follow the schema, that every entity appears verbatim in the decoded text, that automated rows have no
labels/entities and ack_to null, that ack_to is a From/Reply-To address, that Message-IDs are unique, that the
trace ends mx -> mbx01, that Delivered-To is the row's mailbox and that every date falls in April-May 2026."""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ENT_KEYS = {"name", "postal_code", "account"}


def deflow(text, delsp=False):
    """Undo format=flowed soft breaks (RFC 3676) so entities split across lines are found."""
    out = []
    for line in text.split("\n"):
        if out and out[-1].endswith(" ") and not out[-1].startswith(">") and out[-1].strip() != "--":
            out[-1] = (out[-1][:-1] if delsp else out[-1]) + line
        else:
            out.append(line)
    return "\n".join(out)


def texts(msg):
    plain, htm = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            t = part.get_content()
            if part.get_param("format") == "flowed":
                t = deflow(t.replace("\r\n", "\n"), part.get_param("delsp") == "yes")
            plain.append(t)
        elif ct == "text/html":
            htm.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return "\n".join(plain) if plain else "\n".join(htm)


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files or [i[0] for i in idx] != files:
        errs.append("manifest/index do not list the .eml files in order")
    if len(files) != 120:
        errs.append("expected 120 messages, found %d" % len(files))
    mids = collections.Counter()
    combos, langs, boxes = collections.Counter(), collections.Counter(), collections.Counter()
    for r, ix in zip(rows, idx):
        def bad(m, f=r["file"]):
            errs.append("%s: %s" % (f, m))
        if list(r) != KEYS:
            bad("keys %s" % list(r))
        raw = open(os.path.join(ROOT, r["file"]), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            bad("bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad("line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("defects %s" % part.defects)
        if r["mailbox"] not in BOX:
            bad("mailbox %r" % r["mailbox"])
            continue
        if str(msg.get("Delivered-To", "")) != BOX[r["mailbox"]]:
            bad("Delivered-To is not the row's mailbox")
        if not r["automated"] and BOX[r["mailbox"]] not in str(msg.get("To", "")) + str(msg.get("Cc", "")):
            bad("mailbox address not in To/Cc of a human message")
        for h in ("From", "Date", "Message-ID", "Return-Path", "Delivered-To", "Received", "Authentication-Results"):
            if msg.get(h) is None:
                bad("no " + h)
        rc = [str(x) for x in msg.get_all("Received", [])]
        if len(rc) < 2 or "by mbx01.alliant-energy.com" not in rc[0] or not re.search(r"by mx[12]\.alliant-energy", rc[1]):
            bad("trace does not end mx -> mbx01")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not (dt.datetime(2026, 4, 1, tzinfo=dt.timezone.utc) <= d.astimezone(dt.timezone.utc)
                < dt.datetime(2026, 6, 1, 5, tzinfo=dt.timezone.utc)):
            bad("date %s outside April-May 2026" % d)
        mid = str(msg.get("Message-ID", "")).strip()
        mids[mid] += 1
        if not isinstance(r["labels"], list) or any(l not in LABELS for l in r["labels"]) or \
                r["labels"] != [l for l in LABELS if l in r["labels"]]:
            bad("labels %r" % r["labels"])
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            bad("automated/unclear not boolean")
        if set(r["entities"]) - ENT_KEYS:
            bad("entity keys %r" % list(r["entities"]))
        if not r["note"] or "\n" in r["note"]:
            bad("note must be one line")
        if r["automated"]:
            if r["labels"] or r["entities"] or r["ack_to"] is not None or r["unclear"]:
                bad("automated row with labels/entities/ack_to/unclear")
        else:
            if not r["labels"] and not r["unclear"] and r["ack_to"] is not None:
                bad("human row with nothing to do but an ack address")
        body = texts(msg)
        for k, v in r["entities"].items():
            if not v or v not in body:
                bad("entity %s=%r not in decoded text" % (k, v))
        if r["ack_to"] is not None:
            addrs = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in
                                                                      msg.get_all("From", []) + msg.get_all("Reply-To", [])])]
            if r["ack_to"].lower() not in addrs:
                bad("ack_to %s is not a From/Reply-To address" % r["ack_to"])
        if len(ix) != 7:
            bad("index row has %d columns" % len(ix))
        combos[(tuple(r["labels"]), r["automated"], r["unclear"])] += 1
        langs[ix[4] if len(ix) > 4 else "?"] += 1
        boxes[(r["mailbox"], r["automated"])] += 1
    for m, n in mids.items():
        if n > 1:
            errs.append("Message-ID %s used %d times" % (m, n))
    for e in errs:
        print(e)
    print("%d messages, %d problems" % (len(rows), len(errs)))
    print("languages:", dict(langs))
    print("mailbox x automated:", dict(boxes))
    for (labels, auto, unclear), n in sorted(combos.items(), key=lambda x: -x[1]):
        print("  %3d  %s%s%s" % (n, "+".join(labels) or "(none)", " automated" if auto else "", " unclear" if unclear else ""))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
