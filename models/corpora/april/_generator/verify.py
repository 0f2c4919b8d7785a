#!/usr/bin/env python3
"""Check the april set. Stdlib only: python3 _generator/verify.py

* every manifest line names an existing file and every .eml is listed, in order; index.tsv agrees
* every file parses with email.policy.default; every header is read and every leaf part decoded
* raw-byte hygiene: CRLF only, no line longer than 998 octets
* To contains the mailbox address
* labels valid and ordered; automated => labels [], not unclear, entities {}, ack_to null
* unclear => labels [] (or ["question"] for the delete-everything case of LABELS.md)
* entities keys only name / postal_code / account, each value a substring of the decoded text
* ack_to is null or an address found in From / Reply-To / the decoded text
* Message-IDs unique
* build.py rebuilds every byte (run into a temporary folder and compared)
"""
import collections
import email
import email.policy
import email.utils
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
MAILBOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def decoded_text(msg, f):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            err(f, "cannot decode part %s: %r" % (ct, e))
            continue
        if ct.startswith("text/") and isinstance(payload, str):
            out.append(payload)
        elif ct == "message/rfc822" or isinstance(payload, email.message.Message):
            pass
    if not msg.is_multipart() and msg.get_content_type() == "text/plain" and not out:
        out.append(msg.get_content())
    return "\n".join(out)


def main():
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(l, object_pairs_hook=collections.OrderedDict) for l in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in recs] != files:
        err("manifest", "manifest files and .eml files differ or are out of order")
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != files:
        err("index.tsv", "files differ from the .eml files")
    if not 100 <= len(files) <= 120:
        err("set", "%d messages, expected 100-120" % len(files))

    mids = collections.Counter()
    stats = collections.Counter()
    for r in recs:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(r.keys()))
        raw = (ROOT / f).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        for d in msg.defects:
            err(f, "defect %r" % d)
        text = decoded_text(msg, f)
        to = str(msg.get("To", "")).lower()
        if MAILBOX.get(r["mailbox"], "?") not in to:
            err(f, "To %r does not contain the %s address" % (to, r["mailbox"]))
        if not str(msg.get("Delivered-To", "")) == MAILBOX.get(r["mailbox"]):
            err(f, "Delivered-To mismatch")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1

        labels = r["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or labels != [l for l in LABELS if l in labels]:
            err(f, "bad labels %r" % labels)
        if r["automated"]:
            if labels or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have no labels, not unclear, no entities, ack_to null")
        if r["unclear"] and labels not in ([], ["question"]):
            err(f, "unclear row with labels %r" % labels)
        if set(r["entities"]) - {"name", "postal_code", "account"}:
            err(f, "entity keys %r" % list(r["entities"]))
        for k, v in r["entities"].items():
            if not isinstance(v, str) or v not in text:
                err(f, "entity %s=%r not in decoded text" % (k, v))
        if r["ack_to"] is not None:
            cands = set()
            for h in ("From", "Reply-To"):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                    cands.add(a.lower())
            if r["ack_to"].lower() not in cands and r["ack_to"].lower() not in text.lower():
                err(f, "ack_to %r is neither From/Reply-To nor in the text" % r["ack_to"])
            if msg.get("Auto-Submitted", "no").lower() != "no":
                err(f, "ack_to set on a message with Auto-Submitted")
        if not r["note"]:
            err(f, "empty note")
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        stats["mailbox=" + r["mailbox"]] += 1
        for l in labels:
            stats["label:" + l] += 1
        stats["with entities"] += bool(r["entities"])
        stats["ack_to set"] += r["ack_to"] is not None
    for m, c in mids.items():
        if c > 1:
            err(m, "duplicate Message-ID")

    # rebuild and compare
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(ROOT / "_generator" / "build.py"), td], check=True, stdout=subprocess.DEVNULL)
        tdp = pathlib.Path(td)
        names = sorted(p.name for p in tdp.iterdir())
        want = sorted(files + ["manifest.jsonl", "index.tsv", "README.md"])
        if names != want:
            err("rebuild", "rebuilt file list differs")
        for nm in want:
            if (tdp / nm).exists() and (tdp / nm).read_bytes() != (ROOT / nm).read_bytes():
                err("rebuild", "%s differs from a fresh build" % nm)

    for k in sorted(stats):
        print("%-40s %d" % (k, stats[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default; rebuild is byte-identical"
          % (len(recs), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
