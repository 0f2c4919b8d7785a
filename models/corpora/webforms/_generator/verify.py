"""Check the `webforms` set against its manifest: python3 _generator/verify.py

Parses every file with the `email` package and reports defects; checks that manifest.jsonl and index.tsv list the
files in order, that labels follow the LABELS.md schema, that every entity appears verbatim in the decoded text,
that automated rows carry no labels/entities and ack_to null, that Auto-Submitted mail has ack_to null, that ack_to
is a From or Reply-To address of the message, and that Message-IDs are unique."""
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


def texts(msg):
    plain, htm = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            plain.append(part.get_content())
        elif ct == "text/html":
            htm.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return "\n".join(plain) if plain else "\n".join(htm)


def main():
    errs = []
    rows = [json.loads(line) for line in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [line.rstrip("\n").split("\t") for line in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files or [i[0] for i in idx] != files:
        errs.append("manifest/index do not list the .eml files in order")
    combos, boxes, langs, vias = (collections.Counter() for _ in range(4))
    mids, ids = set(), set()
    for r, ix in zip(rows, idx):
        def bad(m, f=r["file"]):
            errs.append("%s: %s" % (f, m))
        if list(r) != KEYS:
            bad("keys %s" % list(r))
        if len(ix) != 5 or ix[3] not in ("person", "machine") or ix[4] not in ("en", "es") or ix[1] in ids:
            bad("index row %s" % ix)
        ids.add(ix[1])
        if (ix[3] == "machine") != r["automated"]:
            bad("index kind disagrees with automated")
        raw = open(os.path.join(ROOT, r["file"]), "rb").read()
        if any(b > 127 for b in raw):
            bad("8-bit byte in file")
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            bad("bare CR or LF")
        if any(len(x) > 998 for x in raw.split(b"\r\n")):
            bad("line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("defects %s" % part.defects)
        if BOX[r["mailbox"]] not in str(msg.get("To", "")) + str(msg.get("Cc", "")):
            bad("mailbox address not in To/Cc")
        if msg.get("Delivered-To") != BOX[r["mailbox"]]:
            bad("Delivered-To is not the mailbox")
        for h in ("From", "Date", "Message-ID", "Subject", "Return-Path", "Delivered-To", "Received",
                  "Authentication-Results"):
            if msg.get(h) is None:
                bad("no " + h)
        if msg["Message-ID"] in mids:
            bad("duplicate Message-ID")
        mids.add(msg["Message-ID"])
        rc = [str(x) for x in msg.get_all("Received", [])]
        if len(rc) < 2 or "by mbx01.alliant-energy.com" not in rc[0] or not re.search(r"by mx[12]\.alliant-energy", rc[1]):
            bad("trace does not end mx -> mbx01")
        if email.utils.parsedate_to_datetime(str(msg["Date"])).year != 2026:
            bad("date not in 2026")
        if "Auto-Submitted" in msg and r["ack_to"] is not None:
            bad("Auto-Submitted mail with an ack address")
        body = texts(msg)
        if not body.strip():
            bad("no readable text")
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                bad("entity key " + k)
            elif v not in body:
                bad("entity %s=%r not in the decoded text" % (k, v))
        labels = r["labels"]
        if labels != [x for x in LABELS if x in labels] or len(set(labels)) != len(labels):
            bad("labels not canonical %s" % labels)
        if r["automated"] and (labels or r["unclear"] or r["entities"] or r["ack_to"] is not None):
            bad("automated row with labels/unclear/entities/ack_to")
        if r["unclear"] and labels not in ([], ["question"]):
            bad("unclear row with an opt-out label")
        if not r["automated"] and not labels and not r["unclear"] and r["ack_to"] is not None:
            bad("human row with nothing to answer must have ack_to null")
        heads = set()
        for h in ("From", "Reply-To"):
            for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                heads.add(a.lower())
        if r["ack_to"] is not None and r["ack_to"].lower() not in heads:
            bad("ack_to %s is neither From nor Reply-To" % r["ack_to"])
        if not r["note"] or "\n" in r["note"]:
            bad("note must be one line")
        if r["automated"]:
            combos["(none), automated"] += 1
        elif r["unclear"]:
            combos["unclear" + (" + question" if labels else "")] += 1
        else:
            combos[" + ".join(labels) or "(none), human, nothing to answer"] += 1
        boxes[r["mailbox"]] += 1
        langs[ix[4]] += 1
        vias[ix[2]] += 1
    print("messages:", len(rows))
    for k, v in combos.most_common():
        print("  %-58s %3d" % (k, v))
    print("mailboxes:", dict(boxes), "\nlanguages:", dict(langs))
    print("ack_to null on human rows:", sum(1 for r in rows if not r["automated"] and r["ack_to"] is None))
    print("rows with entities:", sum(1 for r in rows if r["entities"]))
    print("systems:", dict(sorted(vias.items())))
    if errs:
        print("ERRORS:\n  " + "\n  ".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
