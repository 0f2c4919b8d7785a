#!/usr/bin/env python3
"""Check the complaints set: python3 _generator/verify.py (stdlib only). Exit status 1 on any problem."""
import email
import email.policy
import email.utils
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MAILBOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
INDEX_COLS = ["file", "spec", "category", "answers", "language", "program", "date"]

problems = []


def bad(fn, msg):
    problems.append("%s: %s" % (fn, msg))


def decoded_text(msg, fn):
    """Every leaf decoded; text/* returned as text (HTML also unescaped and de-tagged)."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad(fn, "cannot decode %s part: %s" % (ctype, e))
            continue
        if part.get_content_maintype() == "text":
            if ctype == "text/html":
                out.append(html.unescape(re.sub(r"<[^>]+>", " ", content)))
            out.append(content)
    return "\n".join(out)


def addresses(msg, *names):
    vals = []
    for n in names:
        for v in msg.get_all(n, []) or []:
            vals.append(str(v))
    return {a.lower() for _, a in email.utils.getaddresses(vals) if a}


def main():
    rows = [json.loads(l) for l in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in rows] != files:
        bad("manifest", "manifest files differ from the .eml files on disk or are out of order")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        bad("files", "files are not numbered 0001.eml.. without gaps")

    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != INDEX_COLS:
        bad("index.tsv", "header is %r" % idx[0])
    idx_rows = [l.split("\t") for l in idx[1:]]
    if [r[0] for r in idx_rows] != [r["file"] for r in rows]:
        bad("index.tsv", "rows not in manifest order")
    for r in idx_rows:
        if len(r) != len(INDEX_COLS):
            bad("index.tsv", "row %s has %d columns" % (r[0], len(r)))

    mids = Counter()
    stats = Counter()
    for rec, irow in zip(rows, idx_rows):
        fn = rec["file"]
        if list(rec.keys()) != KEYS:
            bad(fn, "manifest keys %r" % list(rec.keys()))
            continue
        if rec["mailbox"] not in MAILBOX:
            bad(fn, "mailbox %r" % rec["mailbox"])
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            bad(fn, "automated/unclear must be booleans")
        if any(l not in LABELS for l in rec["labels"]) or rec["labels"] != [l for l in LABELS if l in rec["labels"]]:
            bad(fn, "labels %r not a subset in canonical order" % rec["labels"])
        if set(rec["entities"]) - {"name", "postal_code", "account"}:
            bad(fn, "entity keys %r" % list(rec["entities"]))
        if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
            bad(fn, "note must be one non-empty line")
        if rec["automated"]:
            if rec["labels"] or rec["entities"] or rec["ack_to"] is not None or rec["unclear"]:
                bad(fn, "automated row with labels/entities/ack_to/unclear")
        raw = (ROOT / fn).read_bytes()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(fn, "line endings are not CRLF only")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad(fn, "a line is longer than 998 octets")
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            stats["8bit files"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():
            try:
                for v in msg.get_all(k):
                    str(v)
            except Exception as e:  # noqa: BLE001
                bad(fn, "header %s unreadable: %s" % (k, e))
        if msg.defects:
            bad(fn, "parser defects: %r" % msg.defects)
        text = decoded_text(msg, fn)
        for part in msg.walk():
            if part.defects:
                bad(fn, "part defects: %r" % part.defects)
        rcpt = addresses(msg, "To", "Cc")
        if MAILBOX[rec["mailbox"]] not in rcpt:
            bad(fn, "To/Cc does not contain %s" % MAILBOX[rec["mailbox"]])
        if str(msg.get("Delivered-To", "")).lower() != MAILBOX[rec["mailbox"]]:
            bad(fn, "Delivered-To is not the mailbox")
        if not str(msg.get("Received", "")).count("mbx01.alliant-energy.com"):
            bad(fn, "top Received is not our mbx01")
        mid = msg.get("Message-ID")
        if not mid:
            bad(fn, "no Message-ID")
        else:
            mids[str(mid).strip()] += 1
        for k, v in rec["entities"].items():
            if not isinstance(v, str) or not v or v not in text:
                bad(fn, "entity %s=%r not verbatim in decoded text" % (k, v))
        if rec["ack_to"] is not None:
            allowed = addresses(msg, "From", "Reply-To")
            if rec["ack_to"].lower() not in allowed:
                bad(fn, "ack_to %r is not a From/Reply-To address %r" % (rec["ack_to"], allowed))
            if msg.get("Auto-Submitted", "no").strip().lower() != "no":
                bad(fn, "ack_to set on an Auto-Submitted message")
            if str(msg.get("Message-ID", "")).startswith("<ack."):
                bad(fn, "ack_to set on our own acknowledgement")
        if rec["unclear"] and rec["automated"]:
            bad(fn, "unclear and automated")
        # counts
        stats["total"] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        stats["lang=" + irow[4]] += 1
        stats["automated" if rec["automated"] else "human"] += 1
        if rec["unclear"]:
            stats["unclear"] += 1
        if rec["ack_to"]:
            stats["ack_to set"] += 1
        if rec["entities"]:
            stats["with entities"] += 1
        for l in rec["labels"]:
            stats["label:" + l] += 1
        combo = "+".join(rec["labels"]) or ("(automated)" if rec["automated"] else "(none)")
        if rec["unclear"]:
            combo = "unclear:" + (combo if rec["labels"] else "(none)")
        stats["combo:" + combo] += 1
    for m, n in mids.items():
        if n > 1:
            bad("Message-ID", "%s used %d times" % (m, n))
    for k in sorted(stats):
        print("%-45s %d" % (k, stats[k]))
    if problems:
        print("\n".join(["", "PROBLEMS:"] + problems))
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(files)))


if __name__ == "__main__":
    main()
