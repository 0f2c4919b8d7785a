#!/usr/bin/env python3
"""Check the esl set: parsing, CRLF, manifest schema and order, label rules, entities in the decoded text, files vs manifest."""
import sys
sys.dont_write_bytecode = True
import email, email.policy, json
from email.utils import getaddresses, parseaddr
from pathlib import Path
from collections import Counter

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOXADDR = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            out.append(part.get_content())
        elif ctype == "message/rfc822":
            pass
        else:
            part.get_payload(decode=True)
    return "\n".join(out)

def main():
    errors = []
    stats = Counter()
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    listed = []
    mids = Counter()
    for n, line in enumerate(lines, 1):
        rec = json.loads(line)
        f = rec.get("file")
        listed.append(f)
        if list(rec.keys()) != KEYS:
            errors.append("%s: keys %s" % (f, list(rec.keys())))
            continue
        if f != "%04d.eml" % n:
            errors.append("line %d names %s (files are numbered in order)" % (n, f))
        p = ROOT / f
        if not p.exists():
            errors.append("%s: missing file" % f)
            continue
        raw = p.read_bytes()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF" % f)
        if b"\r" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare CR" % f)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: line over 998 octets" % f)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        body = texts(msg)
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        if rec["mailbox"] not in BOXADDR:
            errors.append("%s: mailbox %r" % (f, rec["mailbox"]))
        else:
            rcpts = [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("To", []) + msg.get_all("Cc", [])])]
            if BOXADDR[rec["mailbox"]] not in rcpts:
                errors.append("%s: To/Cc lacks %s" % (f, BOXADDR[rec["mailbox"]]))
            if str(msg.get("Delivered-To", "")).strip().lower() != BOXADDR[rec["mailbox"]]:
                errors.append("%s: Delivered-To is not the mailbox" % f)
        labels = rec["labels"]
        if any(l not in LABELS for l in labels) or labels != [l for l in LABELS if l in labels]:
            errors.append("%s: labels %s" % (f, labels))
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            errors.append("%s: automated/unclear not bool" % f)
        if rec["automated"]:
            if labels or rec["ack_to"] is not None or rec["unclear"] or rec["entities"]:
                errors.append("%s: automated row with labels/ack/unclear/entities" % f)
        else:
            if rec["unclear"] and labels not in ([], ["question"]):
                errors.append("%s: unclear with opt-out labels" % f)
            if rec["ack_to"] is not None:
                hdr_addrs = [parseaddr(str(msg.get(h, "")))[1].lower() for h in ("Reply-To", "From")]
                if rec["ack_to"].lower() not in hdr_addrs:
                    errors.append("%s: ack_to %s is neither Reply-To nor From" % (f, rec["ack_to"]))
                if msg.get("Auto-Submitted", "no").strip().lower() != "no":
                    errors.append("%s: ack_to set on an Auto-Submitted message" % f)
        ents = rec["entities"]
        if set(ents) - {"name", "postal_code", "account"}:
            errors.append("%s: entity keys %s" % (f, list(ents)))
        for k, v in ents.items():
            if v not in body:
                errors.append("%s: entity %s=%r not in decoded body" % (f, k, v))
        if not rec["note"] or "\n" in rec["note"]:
            errors.append("%s: note must be one line" % f)
        stats["total"] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        for l in labels:
            stats["label:" + l] += 1
        if rec["unclear"]:
            stats["unclear"] += 1
        if rec["ack_to"]:
            stats["ack_to set"] += 1
        if ents:
            stats["with entities"] += 1
        for k in ents:
            stats["entity:" + k] += 1
        combo = "+".join(labels) or ("(automated)" if rec["automated"] else ("(unclear)" if rec["unclear"] else "(no action)"))
        if rec["unclear"] and labels:
            combo = "(unclear)+" + combo
        stats["combo:" + combo] += 1
    if sorted(listed) != files:
        errors.append("files and manifest differ: %s" % sorted(set(files) ^ set(listed)))
    for m, c in mids.items():
        if c > 1:
            errors.append("duplicate Message-ID %s" % m)
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "answers", "language", "program", "date"] or [l.split("\t")[0] for l in idx[1:]] != listed:
        errors.append("index.tsv does not match the manifest")
    for k in sorted(stats):
        print("%-50s %d" % (k, stats[k]))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(lines), len(files)))

if __name__ == "__main__":
    main()
