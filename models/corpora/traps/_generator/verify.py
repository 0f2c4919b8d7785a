"""Check the `traps` set: python3 _generator/verify.py"""
import collections
import email
import email.policy
import email.utils
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_multipart():
            out.append(part.get_content())
    return out


def main():
    man = [json.loads(l) for l in open(os.path.join(OUT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(OUT, "index.tsv"), encoding="utf-8")]
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if [r["file"] for r in man] != emls:
        fail("manifest files do not match .eml files")
    if [r[0] for r in idx] != emls:
        fail("index.tsv files do not match .eml files")
    cats = collections.Counter()
    combos = collections.Counter()
    mids = set()
    for r, ix in zip(man, idx):
        fn = r["file"]
        if list(r.keys()) != KEYS:
            fail("%s: manifest keys/order %s" % (fn, list(r.keys())))
        raw = open(os.path.join(OUT, fn), "rb").read()
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            fail("%s: bare LF or CR" % fn)
        for n, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                fail("%s: line %d is %d octets" % (fn, n, len(line)))
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            fail("%s: non-ASCII header bytes" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(msg.get("To", ""))
        if BOX[r["mailbox"]] not in to.lower():
            fail("%s: To does not contain %s" % (fn, BOX[r["mailbox"]]))
        mid = msg.get("Message-ID")
        if mid:
            if mid in mids:
                fail("%s: duplicate Message-ID" % fn)
            mids.add(mid)
        body = "\n".join(texts(msg))
        labels = r["labels"]
        if [l for l in ORDER if l in labels] != labels:
            fail("%s: labels not canonical %s" % (fn, labels))
        if set(r["entities"]) - {"name", "postal_code", "account"}:
            fail("%s: bad entity keys" % fn)
        for k, v in r["entities"].items():
            if not v or v not in body:
                fail("%s: entity %s=%r not in decoded text" % (fn, k, v))
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                fail("%s: automated row must have no labels/unclear/entities/ack_to" % fn)
        if r["unclear"] and labels not in ([], ["question"]):
            fail("%s: unclear row with labels %s" % (fn, labels))
        if r["ack_to"] is not None:
            addrs = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                    addrs.add(a.lower())
            if r["ack_to"].lower() not in addrs:
                fail("%s: ack_to %s is neither From nor Reply-To" % (fn, r["ack_to"]))
        if not r["note"] or "\n" in r["note"]:
            fail("%s: note must be one line" % fn)
        cats[ix[1]] += 1
        kind = "automated" if r["automated"] else ("unclear" if r["unclear"] else "human")
        combos[(kind, "+".join(labels) or "(none)")] += 1
    print("messages:", len(man))
    print("\nby category:")
    for c, n in sorted(cats.items()):
        print("  %-32s %3d" % (c, n))
    print("\nby label combination:")
    for (k, c), n in sorted(combos.items()):
        print("  %-10s %-55s %3d" % (k, c, n))
    print("\nlang:", dict(collections.Counter(i[2] for i in idx)))
    print("mailbox:", dict(collections.Counter(r["mailbox"] for r in man)))
    print("OK")


if __name__ == "__main__":
    main()
