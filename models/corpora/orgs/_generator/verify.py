#!/usr/bin/env python3
"""Check the 'orgs' set: every .eml parses, manifest and index agree with the files and with LABELS.md's schema,
entities are verbatim in the decoded text, ack_to is an address of the message, Message-IDs are unique.

    python3 _generator/verify.py          # exits 1 on the first list of problems
"""
import collections
import email
import email.policy
import email.utils
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def texts(msg):
    """Decoded text of every text/plain and text/html leaf (attachments excluded)."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        disp = part.get_content_disposition()
        payload = part.get_content()             # decodes QP/base64 and the charset
        if ct in ("text/plain", "text/html") and disp != "attachment":
            out.append(payload)
    return out


def addresses(msg, name):
    vals = msg.get_all(name) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]) if a]


def main():
    problems = []
    stats = collections.Counter()
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in recs] != files:
        problems.append("manifest files != .eml files on disk (or not in order)")
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "answers", "lang", "program", "date"]:
        problems.append("index.tsv header")
    if [x.split("\t")[0] for x in idx[1:]] != [r["file"] for r in recs]:
        problems.append("index.tsv order differs from manifest")
    for x in idx[1:]:
        if len(x.split("\t")) != 7:
            problems.append("index.tsv row with %d columns: %s" % (len(x.split("\t")), x[:40]))
    langs = collections.Counter(x.split("\t")[4] for x in idx[1:])
    mids = collections.Counter()
    for r in recs:
        f = r["file"]
        if list(r.keys()) != KEYS:
            problems.append("%s: keys %s" % (f, list(r.keys())))
            continue
        raw = (ROOT / f).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            problems.append("%s: bare CR or LF" % f)
        if any(len(ln) > 998 for ln in raw.split(b"\r\n")):
            problems.append("%s: line over 998 octets" % f)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in msg.keys():                       # read every header
            str(msg[k])
        try:
            body = "\n".join(texts(msg))
        except Exception as e:                     # noqa: BLE001
            problems.append("%s: cannot decode: %s" % (f, e))
            continue
        if r["mailbox"] not in MAILBOX:
            problems.append("%s: mailbox %r" % (f, r["mailbox"]))
        elif str(msg["Delivered-To"]).lower() != MAILBOX[r["mailbox"]]:
            problems.append("%s: Delivered-To %s vs mailbox %s" % (f, msg["Delivered-To"], r["mailbox"]))
        labs = r["labels"]
        if labs != [x for x in LABELS if x in labs] or len(set(labs)) != len(labs):
            problems.append("%s: labels %r not a subset in canonical order" % (f, labs))
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            problems.append("%s: automated/unclear not bool" % f)
        if r["automated"]:
            if labs or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                problems.append("%s: automated row with labels/unclear/entities/ack_to" % f)
        if not r["note"] or "\n" in r["note"]:
            problems.append("%s: note must be one line" % f)
        ents = r["entities"]
        if set(ents) - ENT_KEYS:
            problems.append("%s: entity keys %s" % (f, set(ents)))
        for k, v in ents.items():
            if not isinstance(v, str) or not v or v not in body:
                problems.append("%s: entity %s=%r not verbatim in decoded text" % (f, k, v))
        if r["ack_to"] is not None:
            cands = addresses(msg, "From") + addresses(msg, "Reply-To")
            if r["ack_to"].lower() not in cands:
                problems.append("%s: ack_to %s not among From/Reply-To %s" % (f, r["ack_to"], cands))
        mid = msg["Message-ID"]
        if mid:
            mids[str(mid).strip()] += 1
        else:
            stats["no Message-ID"] += 1
        if msg["Auto-Submitted"] and str(msg["Auto-Submitted"]).lower() != "no" and r["ack_to"] is not None:
            problems.append("%s: Auto-Submitted mail with an ack_to" % f)
        # counts
        stats["total"] += 1
        stats["mailbox=" + r["mailbox"]] += 1
        stats["automated" if r["automated"] else "human"] += 1
        if r["unclear"]:
            stats["unclear"] += 1
        combo = "+".join(labs) if labs else ("(automated)" if r["automated"] else ("(unclear)" if r["unclear"] else "(no action)"))
        if r["unclear"] and labs:
            combo = "(unclear) " + combo
        stats["combo:" + combo] += 1
        for lab in labs:
            stats["label:" + lab] += 1
        if ents:
            stats["with entities"] += 1
        for k in ents:
            stats["entity:" + k] += 1
        stats["ack_to set" if r["ack_to"] else "ack_to null"] += 1
        if r["ack_to"] and msg["Reply-To"] and r["ack_to"].lower() in addresses(msg, "Reply-To") \
                and r["ack_to"].lower() not in addresses(msg, "From"):
            stats["ack_to from Reply-To"] += 1
    for m, n in mids.items():
        if n > 1:
            problems.append("duplicate Message-ID %s" % m)
    for k in sorted(stats):
        print("%-46s %d" % (k, stats[k]))
    for k in sorted(langs):
        print("%-46s %d" % ("lang=" + k, langs[k]))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
