"""Check every message of the `letters` set against its manifest row."""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def addr_of(v):
    if v is None:
        return None
    return email.utils.parseaddr(str(v))[1]


def main():
    errors = []
    rows = [json.loads(l) for l in open(os.path.join(OUT, "manifest.jsonl"), encoding="utf-8")]
    index = [l.rstrip("\n").split("\t") for l in open(os.path.join(OUT, "index.tsv"), encoding="utf-8")][1:]
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != emls:
        errors.append("manifest files do not match the .eml files in order")
    if [i[0] for i in index] != emls:
        errors.append("index.tsv files do not match the .eml files in order")
    cats = collections.Counter()
    combos = collections.Counter()
    for r, ix in zip(rows, index):
        f = r["file"]
        def err(m):
            errors.append("%s: %s" % (f, m))
        if list(r.keys()) != KEYS:
            err("manifest keys/order %s" % list(r.keys()))
        raw = open(os.path.join(OUT, f), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err("bare LF or CR")
        for n, line in enumerate(raw.split(b"\r\n")):
            if len(line) > 998:
                err("line %d longer than 998 octets" % n)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(msg.get("To", ""))
        if MAILBOX[r["mailbox"]] not in to.lower():
            err("To does not contain the mailbox")
        if str(msg.get("Delivered-To", "")) != MAILBOX[r["mailbox"]]:
            err("Delivered-To mismatch")
        text = decoded_text(msg)
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                err("bad entity key %s" % k)
            if v not in text:
                err("entity %s=%r not in decoded text" % (k, v))
        labels = r["labels"]
        if labels != [l for l in ORDER if l in labels] or len(set(labels)) != len(labels):
            err("labels not canonical: %s" % labels)
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err("automated row must have no labels/unclear/entities/ack_to")
        if r["unclear"] and labels not in ([], ["question"]):
            err("unclear row with labels %s" % labels)
        frm = addr_of(msg.get("From"))
        rt = addr_of(msg.get("Reply-To"))
        if r["ack_to"] is not None and r["ack_to"] not in (frm, rt):
            err("ack_to %s is neither From %s nor Reply-To %s" % (r["ack_to"], frm, rt))
        if not r["note"] or "\n" in r["note"]:
            err("note must be one line")
        cats[ix[1].split(":")[0]] += 1
        if r["automated"]:
            combo = "(none) automated"
        elif r["unclear"]:
            combo = "unclear" + (" + question" if labels else "")
        elif not labels:
            combo = "(none) human, nothing to do"
        else:
            combo = " + ".join(labels)
        combos[combo] += 1
    print("messages:", len(rows))
    print("\nby category prefix:")
    for k, v in sorted(cats.items()):
        print("  %-10s %d" % (k, v))
    print("\nby label combination:")
    for k, v in combos.most_common():
        print("  %-60s %d" % (k, v))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
