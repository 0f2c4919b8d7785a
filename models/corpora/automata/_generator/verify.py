"""Check the `automata` set against its manifest and index: python3 _generator/verify.py (prints OK)."""
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
    """What a reader sees: text/plain leaves that are not attachments (inside message/rfc822 too),
    else HTML with the tags stripped."""
    plain, markup = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            plain.append(part.get_content())
        elif ct == "text/html":
            markup.append(re.sub(r"<[^>]+>", " ", part.get_content()))
    return "\n".join(plain) if plain else "\n".join(markup)


def untag(a):
    return re.sub(r"\+[^@]*@", "@", a.lower())


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if [r["file"] for r in rows] != files or [i[0] for i in idx] != files:
        errs.append("manifest/index do not list the .eml files in order")
    if files != ["%04d.eml" % n for n in range(1, len(files) + 1)]:
        errs.append("files are not numbered 0001.. without gaps")
    if len(files) != 120:
        errs.append("expected 120 messages, found %d" % len(files))
    msgids = collections.Counter()
    combos, groups, langs, boxes = (collections.Counter() for _ in range(4))
    last_date = None
    for r, ix in zip(rows, idx):
        def bad(m, f=r["file"]):
            errs.append("%s: %s" % (f, m))
        if list(r) != KEYS:
            bad("manifest keys %s" % list(r))
        if len(ix) != 5:
            bad("index row needs 5 columns")
        raw = open(os.path.join(ROOT, r["file"]), "rb").read()
        stripped = raw.replace(b"\r\n", b"")
        if b"\n" in stripped or b"\r" in stripped:
            bad("bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad("line longer than 998 octets")
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad("8-bit bytes on the wire")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("MIME defects %s" % part.defects)
        for h in ("From", "To", "Date", "Message-ID", "Return-Path", "Delivered-To", "Received",
                  "Authentication-Results", "MIME-Version"):
            if msg.get(h) is None:
                bad("no " + h)
        msgids[str(msg.get("Message-ID", "")).strip()] += 1
        rcpts = [untag(a) for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", []) +
                                                                msg.get_all("Cc", [])])]
        if r["mailbox"] not in BOX or BOX[r["mailbox"]] not in rcpts:
            bad("mailbox address not in To/Cc")
        if str(msg.get("Delivered-To")) != BOX.get(r["mailbox"]):
            bad("Delivered-To is not the mailbox")
        rc = [str(x) for x in msg.get_all("Received", [])]
        if len(rc) < 2 or "by mbx01.alliant-energy.com" not in rc[0] or not re.search(r"by mx[12]\.alliant-energy", rc[1]):
            bad("trace does not end sender -> mx -> mbx01")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            bad("Date not in 2026")
        if last_date and d < last_date:
            bad("files not in delivery order")
        last_date = d
        if "Auto-Submitted" in msg and str(msg["Auto-Submitted"]).lower() != "no" and r["ack_to"] is not None:
            bad("Auto-Submitted mail with an ack_to (RFC 3834)")
        body = decoded_text(msg)
        if not isinstance(r["entities"], dict):
            bad("entities must be an object")
        for k, v in r["entities"].items():
            if k not in ("name", "postal_code", "account"):
                bad("entity key " + k)
            elif not isinstance(v, str) or not v or v not in body:
                bad("entity %s=%r not verbatim in the decoded text" % (k, v))
            if k == "postal_code" and not re.fullmatch(r"5[0-4]\d{3}", v):
                bad("postal code %s is not an Iowa/Wisconsin ZIP" % v)
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
        heads = set()
        for h in ("From", "Reply-To"):
            for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                heads.add(a.lower())
        if r["ack_to"] is not None and r["ack_to"].lower() not in heads:
            bad("ack_to %s is neither a From nor a Reply-To address" % r["ack_to"])
        if not r["note"] or "\n" in r["note"]:
            bad("note must be one line")
        if ix[1].startswith("auto:") != r["automated"]:
            bad("index category and automated flag disagree")
        if ix[1].startswith("software:") and (r["automated"] or labels != ["marketing_opt_out"]):
            bad("software unsubscribe must be human marketing_opt_out")
        if r["automated"]:
            combos["(none), automated"] += 1
        elif r["unclear"]:
            combos["unclear" + (" + question" if labels else "")] += 1
        else:
            combos[" + ".join(labels) or "(none), human, nothing to answer"] += 1
        groups[ix[1]] += 1
        langs[ix[2]] += 1
        boxes[r["mailbox"]] += 1
    for m, n in msgids.items():
        if n > 1 or not m:
            errs.append("Message-ID %r used %d times" % (m, n))
    print("messages:", len(rows))
    for k, v in combos.most_common():
        print("  %-46s %3d" % (k, v))
    print("categories:", dict(sorted(groups.items())))
    print("languages:", dict(langs), "\nmailboxes:", dict(boxes))
    print("ack_to null among human rows:", sum(1 for r in rows if not r["automated"] and r["ack_to"] is None))
    if errs:
        print("ERRORS:\n  " + "\n  ".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
