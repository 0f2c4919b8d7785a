"""Check the lookalikes set: python3 _generator/verify.py (standard library only)."""
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
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOXES = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            try:
                c = part.get_content()
            except Exception as e:  # noqa: BLE001
                raise ValueError("cannot decode %s: %s" % (ct, e))
            out.append(c if isinstance(c, str) else str(c))
        else:
            part.get_content()
    return "\n".join(out)


def addrs(msg, name):
    return [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(name, [])]) if a]


def main():
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    with open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8") as f:
        man = [json.loads(x) for x in f.read().splitlines()]
    if [m["file"] for m in man] != files:
        err("manifest", "file list differs from the .eml files")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        err("files", "not numbered 0001.. consecutively")
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as f:
        idx = [x.split("\t") for x in f.read().splitlines()]
    if idx[0] != ["file", "spec", "category", "language", "program", "date"] or [r[0] for r in idx[1:]] != files:
        err("index.tsv", "header or file column wrong")
    mids = collections.Counter()
    stats = collections.Counter()
    prev_date = None
    for m, row in zip(man, idx[1:]):
        f = m["file"]
        if list(m) != KEYS:
            err(f, "manifest keys/order %s" % list(m))
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if any(len(ln) > 998 for ln in raw.split(b"\r\n")):
            err(f, "line over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        if msg.defects:
            err(f, "defects %s" % msg.defects)
        try:
            txt = decoded_text(msg)
        except ValueError as e:
            err(f, str(e))
            continue
        subj = str(msg.get("Subject", ""))
        if msg["Delivered-To"] != BOXES.get(m["mailbox"]):
            err(f, "Delivered-To does not match mailbox")
        if BOXES[m["mailbox"]] not in addrs(msg, "To") + addrs(msg, "Cc") and not msg["List-ID"]:
            err(f, "mailbox address not in To/Cc (only list posts may omit it)")
        for h in ("From", "Date"):
            if not msg[h]:
                err(f, "missing " + h)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if prev_date and d < prev_date and abs((d - prev_date).total_seconds()) > 600:
            err(f, "files not in arrival order")
        prev_date = d
        mid = msg["Message-ID"]
        if mid:
            mids[str(mid)] += 1
        # label rules
        if not isinstance(m["automated"], bool) or not isinstance(m["unclear"], bool):
            err(f, "automated/unclear not bool")
        if m["labels"] != [x for x in LABELS if x in m["labels"]] or len(set(m["labels"])) != len(m["labels"]):
            err(f, "labels not a subset in canonical order")
        if set(m["entities"]) - {"name", "postal_code", "account"}:
            err(f, "unknown entity key")
        if not m["note"] or "\n" in m["note"]:
            err(f, "note must be one line")
        if m["automated"]:
            if m["labels"] or m["unclear"] or m["entities"] or m["ack_to"] is not None:
                err(f, "automated row must have no labels, not unclear, no entities, ack_to null")
        else:
            if m["unclear"] and set(m["labels"]) - {"question"}:
                err(f, "unclear row carries an opt-out label")
            for k, v in m["entities"].items():
                if v not in txt:
                    err(f, "entity %s=%r not in decoded text" % (k, v))
            if m["ack_to"] is not None:
                ok = addrs(msg, "Reply-To") + addrs(msg, "From")
                if m["ack_to"].lower() not in ok and m["ack_to"] not in txt:
                    err(f, "ack_to %s neither From/Reply-To nor written in the body" % m["ack_to"])
                if msg["Auto-Submitted"] and str(msg["Auto-Submitted"]).lower() != "no":
                    err(f, "ack_to set on a message with Auto-Submitted")
                if addrs(msg, "Reply-To") and m["ack_to"].lower() not in addrs(msg, "Reply-To") \
                        and m["ack_to"] not in txt:
                    err(f, "Reply-To present but ack_to is not it")
            elif m["labels"] and not msg["Auto-Submitted"] and "ack null" not in m["note"]:
                err(f, "person with labels but no ack_to and no reason")
        stats["total"] += 1
        stats["automated" if m["automated"] else "human"] += 1
        stats["unclear"] += m["unclear"]
        stats["ack_to null"] += m["ack_to"] is None
        stats["mailbox=" + m["mailbox"]] += 1
        for lb in m["labels"]:
            stats["label:" + lb] += 1
        stats["lang:" + row[3]] += 1
        del subj
    for k, v in mids.items():
        if v > 1:
            err("Message-ID", "duplicate %s" % k)
    for k in sorted(stats):
        print("%-32s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        return 1
    print("OK: %d messages, all parsed with email.policy.default" % len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
