"""Check the followups set.   python3 _generator/verify.py

Standard library only.  Exits non-zero on the first kind of failure it finds (after listing all of them)."""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

# lines (not '>'-quoted) where a mail program starts the quoted or forwarded part
CUT = re.compile(r"^(\s*On .* wrote:\s*$|On (Mon|Tue|Wed|Thu|Fri|Sat|Sun), |On \d{1,2}/\d{1,2}/\d{2} |"
                 r"On \d{4}-\d{2}-\d{2} |El (lun|mar|mié|jue|vie|sáb|dom), |-----Original Message-----|-------- Original message|"
                 r"------- Original Message -------|_{20,}|From: .*<|\s*----- Forwarded Message -----)")

errors = []


def err(f, s):
    errors.append("%s: %s" % (f, s))


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") and ct not in ("text/rfc822-headers",):
            out.append((ct, part.get_content()))
        elif ct in ("message/delivery-status", "message/disposition-notification", "message/rfc822"):
            part.get_content()
        else:
            part.get_payload(decode=True)
    return out


def new_text(plain):
    """The sender's own lines: '>'-quoted lines dropped, everything after a quote/forward header dropped
    (an attribution line before any text of the sender's own is a bottom-post or inline reply: skipped)."""
    keep = []
    for line in plain.replace("\r\n", "\n").split("\n"):
        if line.startswith(">"):
            continue
        if CUT.match(line):
            if any(x.strip() for x in keep):
                break
            continue
        keep.append(line)
    return "\n".join(keep)


def main():
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    lines = open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8").read().splitlines()
    recs = [json.loads(l, object_pairs_hook=collections.OrderedDict) for l in lines]
    names = [r["file"] for r in recs]
    if names != files:
        err("manifest", "files and manifest differ: %s" % sorted(set(names) ^ set(files)))
    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0] != "file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate":
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != names:
        err("index.tsv", "rows differ from manifest")
    msgids = collections.Counter()
    counts = collections.Counter()
    last_date = None
    for r in recs:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, "keys/order %s" % list(r.keys()))
            continue
        types = [str, str, bool, list, bool, dict, str, (str, type(None))]
        for k, ty in zip(KEYS, types):
            if not isinstance(r[k], ty):
                err(f, "type of %s" % k)
        if r["mailbox"] not in BOX:
            err(f, "mailbox")
        if r["labels"] != [x for x in LABELS if x in r["labels"]] or len(set(r["labels"])) != len(r["labels"]):
            err(f, "labels not a subset in order: %s" % r["labels"])
        if set(r["entities"]) - {"name", "postal_code", "account"}:
            err(f, "entity keys")
        if r["automated"] and (r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None):
            err(f, "automated row must have no labels/unclear/entities/ack")
        if r["unclear"] and r["labels"]:
            err(f, "unclear row with labels")
        if not r["note"].strip() or "\n" in r["note"]:
            err(f, "note must be one line")

        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        if not raw.startswith(b"Return-Path: ") or b"\r\nDelivered-To: " not in raw[:400]:
            err(f, "trace headers missing")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            tx = texts(msg)
        except Exception as e:   # noqa: BLE001
            err(f, "parse: %r" % e)
            continue
        if msg.defects:
            err(f, "defects %s" % msg.defects)
        to = " ".join(str(x) for x in msg.get_all("To", [])).lower()
        if BOX[r["mailbox"]] not in to:
            err(f, "To does not contain %s" % BOX[r["mailbox"]])
        if msg["Delivered-To"] != BOX[r["mailbox"]]:
            err(f, "Delivered-To")
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        rcv = email.utils.parsedate_to_datetime(str(msg.get_all("Received")[0]).rsplit(";", 1)[1].strip())
        if last_date and rcv < last_date:
            err(f, "not in arrival order")
        last_date = rcv
        if not ("2027-02-01" <= rcv.strftime("%Y-%m-%d") <= "2027-02-21"):
            err(f, "date outside February 1-21, 2027: %s" % rcv)

        plain = "\n".join(t for ct, t in tx if ct == "text/plain")
        if not plain:
            plain = "\n".join(re.sub(r"<[^>]+>", " ", t) for ct, t in tx if ct == "text/html")
        new = new_text(plain)
        for k, v in r["entities"].items():
            if v not in plain:
                err(f, "entity %s=%r not in decoded body" % (k, v))
            elif v not in new:
                err(f, "entity %s=%r only in quoted text" % (k, v))

        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        rt = email.utils.parseaddr(str(msg["Reply-To"]))[1].lower() if msg["Reply-To"] else None
        if r["ack_to"] is not None:
            if r["ack_to"].lower() not in (frm, rt):
                err(f, "ack_to %s is neither From nor Reply-To" % r["ack_to"])
            if msg.get("Auto-Submitted", "no").lower() != "no":
                err(f, "ack_to set on a message carrying Auto-Submitted")

        counts["total"] += 1
        counts["automated" if r["automated"] else "human"] += 1
        counts["mailbox=" + r["mailbox"]] += 1
        if r["unclear"]:
            counts["unclear"] += 1
        for lab in r["labels"]:
            counts["label:" + lab] += 1
        counts["combo:" + ("+".join(r["labels"]) or ("(automated)" if r["automated"] else "(unclear)" if
                                                         r["unclear"] else "(no action)"))] += 1
        if r["ack_to"]:
            counts["ack_to set"] += 1
        if r["entities"]:
            counts["with entities"] += 1
    for m, n in msgids.items():
        if n > 1:
            err("set", "duplicate Message-ID %s" % m)
    if not 100 <= counts["total"] <= 120:
        err("set", "message count %d outside 100-120" % counts["total"])
    for k in sorted(counts):
        print("%-45s %d" % (k, counts[k]))
    if errors:
        print("\n".join(["", "FAILED:"] + errors))
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
