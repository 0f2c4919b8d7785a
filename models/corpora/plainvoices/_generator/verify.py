"""Check every message of the `plainvoices` set against its manifest row: python3 _generator/verify.py

Besides the schema checks: every message is a person's mail (automated false), dated 2026, and every entity
appears in the sender's own text (quoted lines and the quoted/forwarded block of our mail removed)."""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MBX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
CANON = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def body_texts(msg):
    """Decoded text of the message's own text parts (not attachments); HTML tags stripped when there is no plain part."""
    plains, htmls, all_text = [], [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if not ct.startswith("text/"):
            continue
        txt = part.get_content()
        all_text.append(txt)
        if part.get_content_disposition() == "attachment":
            continue
        if ct == "text/plain":
            plains.append(txt)
        elif ct == "text/html":
            htmls.append(re.sub(r"<[^>]+>", " ", txt))
    return plains, htmls, all_text


QUOTE_STARTS = ("________________________________", "---------- Forwarded message", "Begin forwarded message")


def own_text(text):
    """The sender's new text: drop '>' lines, and everything from an Outlook/Gmail quote header or a
    'On ... wrote:' / 'El ... escribió:' attribution line onwards."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith(QUOTE_STARTS) or re.match(r"^(On|El) .*(wrote|escribió):$", s):
            break
        if s.startswith(">"):
            continue
        out.append(line)
    return "\n".join(out)


def main():
    errors = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files:
        errors.append("manifest files do not match the .eml files in order")
    if [i[0] for i in idx] != files:
        errors.append("index.tsv files do not match")
    cats = collections.Counter()
    combos = collections.Counter()
    langs = collections.Counter()
    mbx = collections.Counter()
    for r, ix in zip(rows, idx):
        f = r["file"]
        def err(m):
            errors.append("%s: %s" % (f, m))
        if list(r.keys()) != KEYS:
            err("manifest keys/order %s" % list(r.keys()))
        raw = open(os.path.join(ROOT, f), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err("bare LF or CR")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                err("line over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            err("defects %s" % msg.defects)
        for part in msg.walk():
            if part.defects:
                err("part defects %s" % part.defects)
        to = msg.get("To", "")
        if MBX[r["mailbox"]] not in str(to):
            err("To does not contain the mailbox")
        for h in ("From", "Date", "Return-Path", "Delivered-To", "Received", "Authentication-Results"):
            if msg.get(h) is None:
                err("missing " + h)
        rcv = msg.get_all("Received")
        if "by mbx01.alliant-energy.com" not in str(rcv[0]) or not re.search(r"by mx[12]\.alliant-energy\.com", str(rcv[1])):
            err("Received chain does not end mx -> mbx01")
        plains, htmls, all_text = body_texts(msg)
        text = "\n".join(plains) if plains else "\n".join(htmls)
        mine = own_text(text)
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                err("bad entity key " + k)
            if v not in text:
                err("entity %s=%r not in decoded text" % (k, v))
            elif v not in mine:
                err("entity %s=%r only in quoted text" % (k, v))
        if r["automated"]:
            err("this set holds only mail written by people")
        date = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if date.year != 2026:
            err("date not in 2026")
        if ix[2] not in ("en", "es"):
            err("language must be en or es")
        labels = r["labels"]
        if labels != [l for l in CANON if l in labels] or len(set(labels)) != len(labels):
            err("labels not canonical %s" % labels)
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err("automated row must have no labels/unclear/entities/ack_to")
        if r["unclear"] and labels not in ([], ["question"]):
            err("unclear row with labels")
        addrs = set()
        for h in ("From", "Reply-To"):
            for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                addrs.add(a.lower())
        if r["ack_to"] is not None and r["ack_to"].lower() not in addrs:
            err("ack_to %s is neither From nor Reply-To" % r["ack_to"])
        if not r["automated"] and not labels and not r["unclear"] and r["ack_to"] is not None:
            err("human row without labels and not unclear should have ack_to null")
        if not r["note"] or "\n" in r["note"]:
            err("note must be one line")
        cats[ix[1].split(":")[0] + ":" + ix[1].split(":")[1] if ":" in ix[1] else ix[1]] += 1
        if r["automated"]:
            combo = "(none) - automated"
        elif r["unclear"]:
            combo = "(none) - unclear" if not labels else "unclear + question"
        else:
            combo = " + ".join(labels) or "(none) - human"
        combos[combo] += 1
        langs[ix[2]] += 1
        mbx[r["mailbox"]] += 1
    print("messages:", len(rows))
    print("\nby category:")
    for k, v in sorted(cats.items()):
        print("  %-48s %3d" % (k, v))
    groups = collections.Counter()
    for k, v in cats.items():
        groups[k.split(":")[0]] += v
    print("\nby category group:", dict(sorted(groups.items())))
    print("\nby label combination:")
    for k, v in combos.most_common():
        print("  %-48s %3d" % (k, v))
    print("\nby language:", dict(langs))
    print("by mailbox:", dict(mbx))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
