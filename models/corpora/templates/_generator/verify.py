#!/usr/bin/env python3
"""Check the `templates` set.  python3 _generator/verify.py [--no-rebuild]

Stdlib only. Exit status 0 when every check passes.
"""
import collections
import email
import email.policy
import email.utils
import hashlib
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = ["name", "postal_code", "account"]
MAILBOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []
stats = collections.Counter()


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def addrs(msg, name):
    vals = msg.get_all(name) or []
    return [a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]) if a]


def texts(msg):
    """Decoded text of every text/* leaf that is not an attachment; every other leaf is decoded too."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            if part.get_content_disposition() != "attachment":
                out.append(t)
        elif ct.startswith("message/"):
            part.get_payload()
        else:
            part.get_payload(decode=True)
    return out


def main():
    rebuild = "--no-rebuild" not in sys.argv
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(l, object_pairs_hook=collections.OrderedDict) for l in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r.get("file") for r in recs] != files:
        err("manifest", "manifest files do not match the .eml files one to one, in order")
    if not (100 <= len(files) <= 120):
        err("set", "%d messages, expected 100..120" % len(files))
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != files:
        err("index.tsv", "rows do not match the files")
    langs = collections.Counter(l.split("\t")[3] for l in idx[1:])
    msgids = collections.Counter()
    for r in recs:
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(f, "keys/order %s" % list(r.keys()))
            continue
        raw = (ROOT / f).read_bytes()
        # CRLF hygiene
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").find(b"\n") >= 0 or raw.replace(b"\r\n", b"").find(b"\r") >= 0:
            err(f, "bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            for part in msg.walk():
                for k, v in part.items():
                    str(v)
            body = "\n".join(texts(msg))
        except Exception as e:  # noqa: BLE001
            err(f, "parse/decode failed: %r" % e)
            continue
        if msg.defects:
            err(f, "defects %r" % msg.defects)
        # mailbox
        if r["mailbox"] not in MAILBOX:
            err(f, "bad mailbox")
            continue
        mb = MAILBOX[r["mailbox"]]
        if addrs(msg, "Delivered-To") != [mb]:
            err(f, "Delivered-To does not match mailbox")
        if mb not in addrs(msg, "To") + addrs(msg, "Cc"):
            stats["mailbox only in Delivered-To (BCC)"] += 1
        # labels
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be bool")
        if any(l not in LABELS for l in r["labels"]) or r["labels"] != [l for l in LABELS if l in r["labels"]]:
            err(f, "labels invalid or out of order: %s" % r["labels"])
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have labels [], unclear false, entities {}, ack_to null")
        # entities
        if not isinstance(r["entities"], dict) or any(k not in ENT_KEYS for k in r["entities"]):
            err(f, "entity keys must be name/postal_code/account: %s" % list(r["entities"]))
        elif list(r["entities"]) != [k for k in ENT_KEYS if k in r["entities"]]:
            err(f, "entity keys out of order")
        for k, v in r["entities"].items():
            if not v or v not in body:
                err(f, "entity %s=%r not in decoded text" % (k, v))
        # ack_to
        if r["ack_to"] is not None:
            ok = addrs(msg, "From") + addrs(msg, "Reply-To")
            if r["ack_to"].lower() not in ok:
                err(f, "ack_to %s is neither From nor Reply-To" % r["ack_to"])
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(f, "note must be one line")
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        else:
            stats["no Message-ID"] += 1
        # counts
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["mailbox=" + r["mailbox"]] += 1
        if r["unclear"]:
            stats["unclear"] += 1
        for l in r["labels"]:
            stats["label:" + l] += 1
        if not r["automated"]:
            stats["combo:" + ("+".join(r["labels"]) or ("(unclear)" if r["unclear"] else "(no action)")) + (" [unclear]" if r["unclear"] and r["labels"] else "")] += 1
        else:
            stats["combo:(automated)"] += 1
        if r["entities"]:
            stats["with entities"] += 1
        if r["ack_to"] is not None:
            stats["ack_to set"] += 1
    for m, k in msgids.items():
        if k > 1:
            err("set", "duplicate Message-ID %s" % m)
    if rebuild:
        before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(ROOT.iterdir()) if p.is_file()}
        subprocess.run([sys.executable, str(HERE / "build.py")], check=True, stdout=subprocess.DEVNULL)
        after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(ROOT.iterdir()) if p.is_file()}
        if before != after:
            diff = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            err("rebuild", "build.py did not reproduce: %s" % diff[:10])
        else:
            stats["rebuild byte-identical"] = 1
    for k in sorted(stats):
        print("%-60s %d" % (k, stats[k]))
    print("%-60s %s" % ("languages", dict(langs)))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
