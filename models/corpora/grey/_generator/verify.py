"""Check the `grey` set: python3 _generator/verify.py

1. every .eml parses with the `email` package without defects (CRLF only, lines <= 998 octets);
2. manifest.jsonl and index.tsv list exactly the .eml files, in order, and agree with each other;
3. labels follow LABELS.md's schema (canonical order, unclear only with [] or [question], automated rows with no
   labels/entities and ack_to null, human rows with nothing to answer have ack_to null);
4. every entity appears verbatim in the decoded text (text/plain parts, else text/html with tags removed);
5. ack_to is the From or Reply-To address, and null whenever the mail carries Auto-Submitted;
6. build.py rebuilds every byte (into a temporary folder)."""
import collections
import email
import email.policy
import email.utils
import filecmp
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ENTITY_KEYS = {"name", "postal_code", "account"}


def decoded_text(msg):
    plain, html = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain":
            plain.append(part.get_content())
        elif part.get_content_type() == "text/html":
            html.append(re.sub(r"<[^>]+>", " ", part.get_content()))
    return "\n".join(plain or html)


def addresses(msg, *names):
    out = set()
    for h in names:
        for _, a in email.utils.getaddresses([str(v) for v in msg.get_all(h, [])]):
            out.add(a.lower())
    return out


def check_rows(errs):
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    with open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as fh:
        index = [line.rstrip("\n").split("\t") for line in fh]
    if [r["file"] for r in rows] != files:
        errs.append("manifest does not list the .eml files in order")
    if [i[0] for i in index] != files:
        errs.append("index.tsv does not list the .eml files in order")
    stats = collections.defaultdict(collections.Counter)
    for r, ix in zip(rows, index):
        f = r["file"]

        def bad(m):
            errs.append("%s: %s" % (f, m))
        if list(r) != KEYS:
            bad("manifest keys %s" % list(r))
            continue
        if len(ix) != 4:
            bad("index row has %d columns" % len(ix))
            continue
        if (ix[1].split(":")[0] == "auto") != r["automated"]:
            bad("index category %s disagrees with automated=%s" % (ix[1], r["automated"]))
        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
            bad("bare CR or LF")
        if any(len(line) > 998 for line in raw.split(b"\r\n")):
            bad("line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                bad("parser defects %s" % part.defects)
        for h in ("From", "Date", "Message-ID", "Subject", "Delivered-To", "Received", "Authentication-Results"):
            if msg.get(h) is None:
                bad("missing " + h)
        if r["mailbox"] not in BOX:
            bad("mailbox %r" % r["mailbox"])
        elif str(msg.get("Delivered-To", "")).lower() != BOX[r["mailbox"]]:
            bad("Delivered-To is not the manifest's mailbox")
        labels = r["labels"]
        if not isinstance(labels, list) or labels != [x for x in ORDER if x in labels] or len(set(labels)) != len(labels):
            bad("labels %r not a canonical subset" % labels)
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            bad("automated/unclear must be booleans")
        if r["automated"] and (labels or r["unclear"] or r["entities"] or r["ack_to"] is not None):
            bad("automated row must have no labels, not unclear, no entities, ack_to null")
        if r["unclear"] and labels not in ([], ["question"]):
            bad("unclear rows carry no opt-out label")
        if not r["automated"] and not labels and not r["unclear"] and r["ack_to"] is not None:
            bad("a person who asks for nothing gets no acknowledgement (ack_to must be null)")
        if "Auto-Submitted" in msg and r["ack_to"] is not None:
            bad("Auto-Submitted mail must not be answered")
        if r["ack_to"] is not None and r["ack_to"].lower() not in addresses(msg, "From", "Reply-To"):
            bad("ack_to %s is neither From nor Reply-To" % r["ack_to"])
        text = decoded_text(msg)
        for k, v in r["entities"].items():
            if k not in ENTITY_KEYS:
                bad("entity key %r" % k)
            elif not v or v not in text:
                bad("entity %s=%r not verbatim in the decoded text" % (k, v))
        if not r["note"] or "\n" in r["note"]:
            bad("note must be one non-empty line")
        if r["automated"]:
            combo = "(none), automated"
        elif r["unclear"]:
            combo = "unclear" + (" + question" if labels else "")
        else:
            combo = " + ".join(labels) or "(none), person, nothing to answer"
        stats["labels"][combo] += 1
        stats["language"][ix[2]] += 1
        stats["mailbox"][r["mailbox"]] += 1
        stats["client"][ix[3]] += 1
        stats["entities"][", ".join(sorted(r["entities"])) or "-"] += 1
    return rows, stats


def check_rebuild(errs):
    sys.path.insert(0, HERE)
    import build
    with tempfile.TemporaryDirectory() as tmp:
        build.main(out=tmp)
        names = sorted(os.listdir(tmp))
        ours = sorted(f for f in os.listdir(ROOT) if f.endswith((".eml", ".jsonl", ".tsv")))
        if names != ours:
            errs.append("rebuild makes a different file list")
        _, mismatch, missing = filecmp.cmpfiles(tmp, ROOT, names, shallow=False)
        for f in mismatch + missing:
            errs.append("%s: rebuild differs" % f)


def main():
    errs = []
    rows, stats = check_rows(errs)
    check_rebuild(errs)
    print("messages:", len(rows))
    for k, v in stats["labels"].most_common():
        print("  %-46s %3d" % (k, v))
    for key in ("language", "mailbox", "client", "entities"):
        print("%s: %s" % (key, dict(stats[key].most_common())))
    if errs:
        print("ERRORS (%d):\n  %s" % (len(errs), "\n  ".join(errs)))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
