"""Check the `households` set against its manifest: python3 _generator/verify.py

Parses every file with the `email` package and reports defects, then checks that manifest and index list the
files in order, that labels follow /work/shared/LABELS.md's schema, that every entity appears verbatim in the
decoded text, and that automated rows carry no labels, no entities and ack_to null."""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def decoded_text(msg):
    """Plain parts when there are any, otherwise HTML with tags removed; attachments are not text."""
    plain, html = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain":
            plain.append(part.get_content())
        elif part.get_content_type() == "text/html":
            html.append(re.sub(r"<[^>]+>", " ", part.get_content()))
    return "\n".join(plain) if plain else "\n".join(html)


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files or [i[0] for i in idx] != files:
        errs.append("manifest/index do not list the .eml files in order")
    if len(files) != 120:
        errs.append("expected 120 messages, found %d" % len(files))
    combos, langs, boxes, voices = (collections.Counter() for _ in range(4))
    for r, ix in zip(rows, idx):
        def bad(msg_, f=r["file"]):
            errs.append("%s: %s" % (f, msg_))
        if list(r) != KEYS:
            bad("keys %s" % list(r))
        if len(ix) != 5:
            bad("index row needs 5 columns")
        raw = open(os.path.join(ROOT, r["file"]), "rb").read()
        stripped = raw.replace(b"\r\n", b"")
        if b"\n" in stripped or b"\r" in stripped:
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
            bad("Delivered-To is not the manifest mailbox")
        to_cc = str(msg.get("To", "")) + str(msg.get("Cc", ""))
        # Bcc'd mass mail (chain letters) names no recipient; everything else must name the mailbox.
        if BOX[r["mailbox"]] not in to_cc and "undisclosed-recipients" not in to_cc:
            bad("mailbox address not in To/Cc")
        for h in ("From", "Date", "Message-ID", "Return-Path", "Received", "Authentication-Results", "Subject"):
            if msg.get(h) is None:
                bad("no " + h)
        rc = [str(x) for x in msg.get_all("Received", [])]
        if len(rc) < 2 or "by mbx01.alliant-energy.com" not in rc[0] or not re.search(r"by mx[12]\.alliant-energy", rc[1]):
            bad("trace does not end mx -> mbx01")
        if email.utils.parsedate_to_datetime(str(msg["Date"])).year != 2026:
            bad("date not in 2026")
        if "Auto-Submitted" in msg and r["ack_to"] is not None:
            bad("Auto-Submitted mail with an ack address")
        text = decoded_text(msg)
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                bad("entity key " + k)
            elif not isinstance(v, str) or not v or v not in text:
                bad("entity %s=%r not in the decoded text" % (k, v))
            if k == "postal_code" and not re.fullmatch(r"5[0-4]\d{3}(-\d{4})?", v):
                bad("postal code %r is not an Iowa/Wisconsin ZIP" % v)
        labels = r["labels"]
        if not isinstance(labels, list) or labels != [l for l in LABELS if l in labels] or len(set(labels)) != len(labels):
            bad("labels not a canonical subset %s" % labels)
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            bad("automated/unclear must be booleans")
        if r["automated"] and (labels or r["unclear"] or r["entities"] or r["ack_to"] is not None):
            bad("automated row with labels/unclear/entities/ack_to")
        if r["unclear"] and labels not in ([], ["question"]):
            bad("unclear row with an opt-out label")
        if not r["automated"] and not labels and not r["unclear"] and r["ack_to"] is not None:
            bad("human row with nothing to answer must have ack_to null")
        if not r["automated"] and (labels or r["unclear"]) and r["ack_to"] is None:
            bad("a request with no acknowledgement address")
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
        if len(ix) == 5:
            langs[ix[2]] += 1
            voices[ix[3]] += 1
        boxes[r["mailbox"]] += 1
    print("messages:", len(rows))
    for k, v in combos.most_common():
        print("  %-46s %3d" % (k, v))
    print("languages:", dict(langs), "\nmailboxes:", dict(boxes), "\nvoices:", dict(sorted(voices.items())))
    if errs:
        print("ERRORS:\n  " + "\n  ".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
