#!/usr/bin/env python3
"""Check the `youth` set: parsing, raw-byte hygiene, manifest schema and label rules,
entities against the sender's own (unquoted) text, ack_to, To vs mailbox.  Stdlib only."""
import sys

sys.dont_write_bytecode = True
import collections
import datetime
import email
import email.policy
import email.utils
import html
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOXADDR = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
CUT = [re.compile(r"^On .+wrote:\s*$"), re.compile(r"^_{20,}\s*$"), re.compile(r"^-+ ?Forwarded message ?-+"),
       re.compile(r"^-------- Original message --------"), re.compile(r"^> ?On .+wrote:")]

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def leaves(msg):
    for p in msg.walk():
        if p.is_multipart():
            continue
        yield p


def strip_html(s):
    s = re.sub(r"(?is)<(style|script).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(div|p|tr|h\d)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def body_texts(msg, f):
    plain, htmls = [], []
    for p in leaves(msg):
        ct = p.get_content_type()
        try:
            if p.get_content_maintype() == "text":
                c = p.get_content()
                if ct == "text/plain":
                    plain.append(c)
                elif ct == "text/html":
                    htmls.append(strip_html(c))
                else:
                    plain.append(c) if ct != "text/calendar" else None
            else:
                p.get_payload(decode=True)
        except Exception as e:  # noqa: BLE001
            err(f, "cannot decode part %s: %s" % (ct, e))
    return plain, htmls


def new_text(text):
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if any(c.match(line) for c in CUT):
            break
        if line.startswith(">"):
            continue
        out.append(line)
    return "\n".join(out)


def main():
    mf = ROOT / "manifest.jsonl"
    recs = [json.loads(l) for l in mf.read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    if [r["file"] for r in recs] != files:
        err("manifest", "file list differs from the .eml files on disk")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        err("files", "not numbered 0001..N without gaps")
    if not 100 <= len(files) <= 120:
        err("files", "count %d outside 100-120" % len(files))
    mids = collections.Counter()
    counts = collections.Counter()
    prev_date = None
    for r in recs:
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            err(f, "manifest keys/order %s" % list(r.keys()))
            continue
        if r["mailbox"] not in BOXADDR:
            err(f, "bad mailbox")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear not bool")
        if not isinstance(r["labels"], list) or any(l not in LABELS for l in r["labels"]) or r["labels"] != [l for l in LABELS if l in r["labels"]]:
            err(f, "labels bad or out of order: %s" % r["labels"])
        if not isinstance(r["entities"], dict) or any(k not in ("name", "postal_code", "account") for k in r["entities"]):
            err(f, "entities keys")
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(f, "note must be one non-empty line")
        if r["ack_to"] is not None and not isinstance(r["ack_to"], str):
            err(f, "ack_to type")
        if r["automated"] and (r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None):
            err(f, "automated row must have no labels, not unclear, no entities, null ack_to")
        if r["unclear"] and r["labels"]:
            err(f, "unclear row must have labels []")
        raw = (ROOT / f).read_bytes()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            err(f, "bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            if b"Content-Transfer-Encoding: 8bit" not in raw:
                err(f, "non-ASCII bytes without 8bit CTE")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            str(v)
        for must in ("Return-Path", "Delivered-To", "Received", "From", "Date"):
            if msg[must] is None:
                err(f, "missing %s" % must)
        if msg["Delivered-To"] != BOXADDR.get(r["mailbox"]):
            err(f, "Delivered-To differs from mailbox")
        tos = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("To", [])])]
        if BOXADDR.get(r["mailbox"]) not in tos:
            err(f, "To does not contain the mailbox")
        mid = msg["Message-ID"]
        if mid:
            mids[str(mid).strip()] += 1
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not (datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc) <= d.astimezone(datetime.timezone.utc)
                <= datetime.datetime(2027, 10, 1, 6, tzinfo=datetime.timezone.utc)):
            err(f, "Date outside September 2027: %s" % d)
        top = msg.get_all("Received")[0]
        m = re.search(r";\s*(.+)$", str(top).replace("\n", " "))
        rd = email.utils.parsedate_to_datetime(m.group(1).strip()) if m else None
        if rd and prev_date and rd < prev_date:
            err(f, "files not in arrival order")
        prev_date = rd or prev_date
        plain, htmls = body_texts(msg, f)
        decoded = "\n".join(plain + htmls)
        own = new_text(plain[0]) if plain else new_text(htmls[0] if htmls else "")
        for k, v in r["entities"].items():
            if not isinstance(v, str) or v not in decoded:
                err(f, "entity %s=%r not in decoded body" % (k, v))
            elif v not in own:
                err(f, "entity %s=%r only in quoted/forwarded text" % (k, v))
        if not r["automated"] and r["ack_to"] is not None:
            cands = [a.lower() for _, a in email.utils.getaddresses([str(x) for x in msg.get_all("From", []) + msg.get_all("Reply-To", [])])]
            if r["ack_to"].lower() not in cands:
                err(f, "ack_to %s is neither From nor Reply-To" % r["ack_to"])
            if msg["Auto-Submitted"] and str(msg["Auto-Submitted"]).lower() != "no":
                err(f, "ack_to set on an Auto-Submitted message")
        counts["total"] += 1
        counts["automated" if r["automated"] else "human"] += 1
        counts["unclear"] += r["unclear"]
        counts["mailbox=" + r["mailbox"]] += 1
        for l in r["labels"]:
            counts["label:" + l] += 1
        counts["ack_to set"] += r["ack_to"] is not None
    for k, v in mids.items():
        if v > 1:
            err("Message-ID", "duplicate %s" % k)
    idx = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if idx[0] != "file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate":
        err("index.tsv", "bad header")
    if [l.split("\t")[0] for l in idx[1:]] != files or any(len(l.split("\t")) != 7 for l in idx[1:]):
        err("index.tsv", "rows do not match files / 7 columns")
    specs = [l.split("\t")[1] for l in idx[1:]]
    if len(set(specs)) != len(specs):
        err("index.tsv", "duplicate spec slugs")
    if list(ROOT.rglob("__pycache__")):
        err("tree", "__pycache__ left behind")
    for k in sorted(counts):
        print("%-40s %d" % (k, counts[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
