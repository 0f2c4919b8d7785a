"""Check the `clients` set: python3 _generator/verify.py   (exit 1 and a list of problems when anything is off)"""
import collections
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


def decoded_text(msg):
    """All text the parser can decode: plain parts and tag-stripped, unescaped HTML parts."""
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return "\n".join(out)


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if files != ["%04d.eml" % i for i in range(1, 121)]:
        errs.append("expected 0001.eml .. 0120.eml, found %d files" % len(files))
    if [r["file"] for r in rows] != files or [i[0] for i in idx] != files:
        errs.append("manifest/index do not list the .eml files in order")
    combos, langs = collections.Counter(), collections.Counter()
    for r, ix in zip(rows, idx):
        def bad(m, f=r["file"]):
            errs.append("%s: %s" % (f, m))
        if list(r) != KEYS:
            bad("keys %s" % list(r))
        if len(ix) != 4:
            bad("index row has %d columns" % len(ix))
        raw = open(os.path.join(ROOT, r["file"]), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            bad("bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad("line longer than 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            bad("non-ASCII byte in the header")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("defects %s" % part.defects)
        if r["mailbox"] not in BOX:
            bad("mailbox %r" % r["mailbox"])
        elif BOX[r["mailbox"]] not in str(msg.get("To", "")) + str(msg.get("Cc", "")):
            bad("mailbox address not in To/Cc")
        for h in ("From", "Date", "Message-ID", "Return-Path", "Delivered-To", "Received", "Authentication-Results"):
            if msg.get(h) is None:
                bad("no " + h)
        if msg.get("Delivered-To") != BOX.get(r["mailbox"]):
            bad("Delivered-To does not match the mailbox")
        rc = [str(x) for x in msg.get_all("Received", [])]
        if len(rc) < 2 or "by mbx01.alliant-energy.com" not in rc[0] or not re.search(r"by mx[12]\.alliant-energy", rc[1]):
            bad("trace does not end mx -> mbx01")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            bad("date %s" % d)
        try:
            text = decoded_text(msg)
        except (LookupError, UnicodeError) as e:
            bad("cannot decode: %s" % e)
            text = ""
        # labels schema
        if not isinstance(r["labels"], list) or any(l not in LABELS for l in r["labels"]) or \
                r["labels"] != [l for l in LABELS if l in r["labels"]]:
            bad("labels %r (unknown, duplicated or out of schema order)" % r["labels"])
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            bad("automated/unclear must be booleans")
        if r["automated"]:
            if r["labels"] or r["ack_to"] is not None or r["unclear"]:
                bad("automated row with labels, unclear or ack_to")
        if r["ack_to"] is not None:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["ack_to"]):
                bad("ack_to %r is not an address" % r["ack_to"])
            heads = str(msg.get("From", "")) + str(msg.get("Reply-To", ""))
            if r["ack_to"].lower() not in heads.lower():
                bad("ack_to %s is neither From nor Reply-To" % r["ack_to"])
            if str(msg.get("Auto-Submitted", "no")).lower() != "no":
                bad("ack_to set on a message carrying Auto-Submitted")
        if not isinstance(r["entities"], dict) or set(r["entities"]) - ENT_KEYS:
            bad("entities keys %r" % list(r["entities"]))
        for k, v in r["entities"].items():
            if not v or v not in text:
                bad("entity %s=%r not verbatim in the decoded text" % (k, v))
        if not r["note"].strip():
            bad("empty note")
        combos[(" + ".join(r["labels"]) or "(none)") + (", unclear" if r["unclear"] else "")
               + (", automated" if r["automated"] else "")] += 1
        langs[ix[2] if len(ix) > 2 else "?"] += 1
    for e in errs:
        print(e)
    print("%d messages, %d problems" % (len(rows), len(errs)))
    for k, v in combos.most_common():
        print("  %3d  %s" % (v, k))
    print("  languages:", dict(langs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
