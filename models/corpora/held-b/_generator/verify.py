"""Check the held-b set:  python3 _generator/verify.py"""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def texts(msg):
    plain, html = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() != "text" or ct == "text/calendar":
            continue
        if part.get_filename() and part.get_content_disposition() == "attachment":
            continue
        if ct in ("text/rfc822-headers",):
            continue
        try:
            t = part.get_content()
        except Exception as e:  # noqa
            raise AssertionError("cannot decode %s: %s" % (ct, e))
        (plain if ct == "text/plain" else html).append(t)
    return plain, html


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(OUT, "manifest.jsonl"), encoding="utf-8")]
    cats = {}
    for l in open(os.path.join(OUT, "index.tsv"), encoding="utf-8").read().splitlines()[1:]:
        f, c, lang, cl = l.split("\t")
        cats[f] = (c, lang)
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    if files != [r["file"] for r in rows]:
        errs.append("manifest/file list mismatch")
    combos = collections.Counter()
    percat = collections.Counter()
    langs = collections.Counter()
    for r in rows:
        fn = r["file"]
        raw = open(os.path.join(OUT, fn), "rb").read()

        def bad(m):
            errs.append("%s: %s" % (fn, m))
        if list(r.keys()) != ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]:
            bad("manifest keys/order")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad("non-CRLF line ending")
        if any(len(x) > 998 for x in raw.split(b"\r\n")):
            bad("line over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(msg.get("To", ""))
        if BOX[r["mailbox"]] not in to.lower():
            bad("To lacks mailbox: %r" % to)
        try:
            plain, html = texts(msg)
        except AssertionError as e:
            bad(str(e))
            continue
        primary = "\n".join(plain) if plain else "\n".join(html)
        alltext = "\n".join(plain + html)
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                bad("entity key %s" % k)
            if v not in primary:
                bad("entity %s=%r not in decoded text" % (k, v))
        if r["labels"] != [l for l in ORDER if l in r["labels"]] or len(set(r["labels"])) != len(r["labels"]):
            bad("labels not canonical")
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                bad("automated row must be empty")
        if r["unclear"] and r["labels"] not in ([], ["question"]):
            bad("unclear with labels")
        if r["ack_to"] is not None:
            cands = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                    cands.add(a.lower())
            if r["ack_to"].lower() not in cands:
                bad("ack_to %s not From/Reply-To %s" % (r["ack_to"], cands))
        for h in ("From", "Subject", "Date"):
            if msg.get(h) is None and h != "Subject":
                bad("missing %s" % h)
        if not r["note"]:
            bad("empty note")
        key = "automated" if r["automated"] else ("+".join(r["labels"]) or "(none)")
        if r["unclear"]:
            key = "unclear" + ("+question" if r["labels"] else "")
        combos[key] += 1
        percat[cats[fn][0].split(":")[0]] += 1
        langs[cats[fn][1]] += 1
    print("messages:", len(rows))
    print("by mailbox:", dict(collections.Counter(r["mailbox"] for r in rows)))
    print("by language:", dict(langs))
    print("by category prefix:")
    for k, v in sorted(percat.items()):
        print("  %-10s %d" % (k, v))
    print("by label combination:")
    for k, v in sorted(combos.items(), key=lambda x: -x[1]):
        print("  %-45s %d" % (k, v))
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
