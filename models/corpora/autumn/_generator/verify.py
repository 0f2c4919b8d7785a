"""Check the autumn set against its manifest and index: python3 _generator/verify.py"""
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


def texts(msg):
    plain, html = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            plain.append(part.get_content())
        elif ct == "text/html":
            html.append(re.sub(r"<[^>]+>", " ", part.get_content()))
    return "\n".join(plain) if plain else "\n".join(html)


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files or [i[0] for i in idx] != files:
        errs.append("manifest/index do not list the .eml files in order")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        errs.append("files are not numbered 0001.. without gaps")
    combos, langs, boxes, groups, auto_lang = (collections.Counter() for _ in range(5))
    mids = collections.Counter()
    with_ent = 0
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
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad("8-bit bytes in the raw message")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("defects %s" % part.defects)
        if r["mailbox"] not in BOX:
            bad("mailbox %r" % r["mailbox"])
            continue
        dest = str(msg.get("To", "")) + str(msg.get("Cc", ""))
        if BOX[r["mailbox"]] not in dest and "List-Id" not in msg:
            bad("mailbox address not in To/Cc")
        if str(msg.get("Delivered-To")) != BOX[r["mailbox"]]:
            bad("Delivered-To is not the manifest mailbox")
        for h in ("From", "Date", "Message-ID", "Return-Path", "Delivered-To", "Received", "Authentication-Results"):
            if msg.get(h) is None:
                bad("no " + h)
        mids[str(msg.get("Message-ID")).strip()] += 1
        rc = [str(x) for x in msg.get_all("Received", [])]
        if len(rc) < 2 or "by mbx01.alliant-energy.com" not in rc[0] or not re.search(r"by mx[12]\.alliant-energy", rc[1]):
            bad("trace does not end mx -> mbx01")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if (d.year, d.month) not in ((2026, 9), (2026, 10)):
            bad("date not in September-October 2026")
        if ix[4] != r["file"] and not str(ix[4]).startswith("2026-"):
            bad("index date column")
        if "Auto-Submitted" in msg and r["ack_to"] is not None:
            bad("Auto-Submitted mail with an ack address")
        body = texts(msg)
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                bad("entity key " + k)
            elif v not in body:
                bad("entity %s=%r not in the decoded text" % (k, v))
        if r["entities"]:
            with_ent += 1
        labels = r["labels"]
        if any(l not in LABELS for l in labels) or labels != [l for l in LABELS if l in labels]:
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
        if ix[1].startswith("auto:") != r["automated"]:
            bad("index category disagrees with automated")
        if r["automated"]:
            combos["(none), automated"] += 1
            auto_lang[ix[2]] += 1
        elif r["unclear"]:
            combos["unclear" + (" + question" if labels else "")] += 1
        else:
            combos[" + ".join(labels) or "(none), human, nothing to answer"] += 1
        langs[ix[2]] += 1
        boxes[(r["mailbox"], "auto" if r["automated"] else "human")] += 1
        groups[ix[1].split(":")[1].split("-")[0]] += 1
    for m, n in mids.items():
        if n > 1:
            errs.append("duplicate Message-ID %s" % m)
    print("messages:", len(rows), " with entities:", with_ent)
    for k, v in combos.most_common():
        print("  %-46s %3d" % (k, v))
    print("languages:", dict(langs), " automated by language:", dict(auto_lang))
    print("mailboxes:", dict(boxes))
    if errs:
        print("ERRORS:\n  " + "\n  ".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
