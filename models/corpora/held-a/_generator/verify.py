"""Check every message of the held-a corpus against the manifest and the corpus rules; prints counts and OK."""
import collections, email, email.policy, email.utils, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_multipart():
            c = part.get_content()
            out.append(c.replace("\r\n", "\n"))
    return "\n".join(out)


def addrs(v):
    return [a.lower() for _, a in email.utils.getaddresses([str(v)])] if v else []


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")][1:]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    errs = []
    assert [r["file"] for r in rows] == files, "manifest/file mismatch"
    assert [i[0] for i in idx] == files, "index/file mismatch"
    combos = collections.Counter()
    cats = collections.Counter()
    for r, ix in zip(rows, idx):
        fn = r["file"]
        e = lambda m: errs.append("%s: %s" % (fn, m))
        if list(r.keys()) != KEYS:
            e("manifest keys/order")
        raw = open(os.path.join(ROOT, fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            e("bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            e("line over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            body = texts(msg)
        except Exception as x:
            e("decode failed: %r" % x)
            body = ""
        if BOX[r["mailbox"]] not in addrs(msg.get("To")):
            e("To lacks mailbox")
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                e("bad entity key " + k)
            if v not in body:
                e("entity %s=%r not in decoded text" % (k, v))
        labs = r["labels"]
        if any(l not in ORDER for l in labs) or labs != sorted(labs, key=ORDER.index) or len(set(labs)) != len(labs):
            e("labels not canonical: %r" % labs)
        if r["automated"]:
            if labs or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                e("automated row must be empty with ack_to null")
        if r["unclear"] and labs not in ([], ["question"]):
            e("unclear row has labels %r" % labs)
        if r["ack_to"] is not None:
            ok = addrs(msg.get("From")) + addrs(msg.get("Reply-To"))
            if r["ack_to"].lower() not in ok:
                e("ack_to %r not From/Reply-To" % r["ack_to"])
        if not r["automated"] and "Auto-Submitted" in msg and r["ack_to"] is not None:
            e("human mail with Auto-Submitted must have ack_to null")
        key = "automated" if r["automated"] else ("unclear" + ("+question" if labs else "") if r["unclear"] else ("+".join(labs) or "(none, human)"))
        combos[key] += 1
        cats[ix[1].split(":")[0]] += 1
    print("messages:", len(rows))
    print("\nper category family:")
    for k, v in sorted(cats.items()):
        print("  %-12s %3d" % (k, v))
    print("\nper label combination:")
    for k, v in combos.most_common():
        print("  %-50s %3d" % (k, v))
    mb = collections.Counter(r["mailbox"] for r in rows)
    print("\nmailboxes:", dict(mb))
    print("languages:", dict(collections.Counter(i[2] for i in idx)))
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
