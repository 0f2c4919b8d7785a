#!/usr/bin/env python3
"""Check the 'breach' set: parsing, raw bytes, manifest schema, label rules, entities, ack_to, index, README.

Standard library only.  Usage: python3 _generator/verify.py   (exit status 1 on any error)
"""
import collections
import email
import email.policy
import email.utils
import html as htmllib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com", "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
ERRORS = []


def err(f, msg):
    ERRORS.append("%s: %s" % (f, msg))


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>|<hr[^>]*>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmllib.unescape(h)


def body_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    txt = part.get_content()
    if part.get_content_type() == "text/html":
        txt = html_to_text(txt)
    return txt.replace("\r\n", "\n")


QUOTE_START = [
    re.compile(r"^\s*On .*wrote:\s*$"), re.compile(r"^\s*El .*escribi[óo]:\s*$"),
    re.compile(r"^-{5,} ?Forwarded [Mm]essage ?-{5,}"), re.compile(r"^Begin forwarded message:"),
    re.compile(r"^_{20,}\s*$"), re.compile(r"^-----Original Message-----"), re.compile(r"^>"),
]


def new_text(txt):
    """The sender's own text: everything before the first quote/forward marker."""
    lines = txt.split("\n")
    for i, line in enumerate(lines):
        if any(p.match(line) for p in QUOTE_START):
            return "\n".join(lines[:i])
        # Gmail wraps a long attribution: 'On Tue, ... Catalog <' / 'addr> wrote:'
        if re.match(r"^\s*(On|El) ", line) and i + 1 < len(lines) and re.search(r"(wrote|escribió):\s*$", lines[i + 1]):
            return "\n".join(lines[:i])
    return txt


def addr_of(value):
    return email.utils.parseaddr(str(value))[1].lower() if value else ""


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    rows = []
    with open(man_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("manifest.jsonl", "line %d: %s" % (n, e))
    files = sorted(fn for fn in os.listdir(ROOT) if fn.endswith(".eml"))
    if [r.get("file") for r in rows] != files:
        err("manifest.jsonl", "file list differs from the .eml files on disk (or is out of order)")
    if not (100 <= len(files) <= 120):
        err("set", "expected 100-120 messages, found %d" % len(files))
    # index
    idx = {}
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        if head != ["file", "spec", "category", "language", "program", "date"]:
            err("index.tsv", "bad header %r" % head)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6:
                err("index.tsv", "bad row %r" % line)
                continue
            idx[cols[0]] = dict(zip(head, cols))
    if sorted(idx) != files:
        err("index.tsv", "file list differs from the .eml files")
    msgids = collections.Counter()
    counts = collections.Counter()
    for r in rows:
        f = r.get("file", "?")
        # ---- schema
        if list(r.keys()) != KEYS:
            err(f, "manifest keys %r" % list(r.keys()))
            continue
        if r["mailbox"] not in BOX:
            err(f, "bad mailbox")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be bool")
        if not isinstance(r["labels"], list) or any(l not in LABELS for l in r["labels"]) or \
                r["labels"] != [l for l in LABELS if l in r["labels"]]:
            err(f, "labels %r not a canonical subset" % r["labels"])
        if not isinstance(r["entities"], dict) or any(k not in ("name", "postal_code", "account") for k in r["entities"]) \
                or any(not isinstance(v, str) or not v.strip() for v in r["entities"].values()):
            err(f, "bad entities %r" % r["entities"])
        if not isinstance(r["note"], str) or not r["note"].strip() or "\n" in r["note"]:
            err(f, "note must be one non-empty line")
        if r["ack_to"] is not None and not isinstance(r["ack_to"], str):
            err(f, "ack_to must be string or null")
        path = os.path.join(ROOT, f)
        if not os.path.exists(path):
            err(f, "missing file")
            continue
        raw = open(path, "rb").read()
        # ---- raw bytes
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare LF or CR")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            err(f, "line longer than 998 octets")
        if b"\r\n\r\n" not in raw:
            err(f, "no header/body separator")
        # ---- parse everything
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
            for part in msg.walk():
                for k, v in part.items():
                    str(v)
                if part.is_multipart():
                    continue
                if part.get_content_maintype() == "text":
                    part.get_content()
                else:
                    part.get_payload(decode=True)
            if msg.defects:
                err(f, "parser defects %r" % msg.defects)
        except Exception as e:  # noqa: BLE001
            err(f, "parse error %r" % e)
            continue
        for h in ("From", "Date", "Subject"):
            if msg[h] is None:
                err(f, "missing %s" % h)
        mid = msg["Message-ID"]
        if mid:
            msgids[str(mid).strip()] += 1
        # ---- mailbox
        if str(msg["Delivered-To"]).strip().lower() != BOX[r["mailbox"]]:
            err(f, "Delivered-To %r does not match mailbox" % msg["Delivered-To"])
        if BOX[r["mailbox"]] not in str(msg["To"] or "").lower():
            err(f, "To does not contain %s" % BOX[r["mailbox"]])
        cat = idx.get(f, {}).get("category", "")
        auto_sub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        subj = str(msg.get("Subject", ""))
        irt = str(msg.get("In-Reply-To", "") or "")
        txt = body_text(msg)
        mine = new_text(txt)
        # ---- label rules
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have no labels, unclear false, no entities, ack_to null")
        else:
            if r["unclear"] and r["labels"] and not (cat.startswith("delete request") and "question" in r["labels"]):
                err(f, "unclear row carries labels (only deletion requests may: 'unclear plus question')")
            if cat.startswith("delete request") and not (r["unclear"] and "question" in r["labels"]):
                err(f, "deletion of everything must be unclear + question")
            if str(msg.get("Return-Path", "")).strip() == "<>":
                err(f, "null Return-Path on a human row")
            if auto_sub not in ("no", "") and not cat.startswith("List-Unsubscribe"):
                err(f, "Auto-Submitted on a human row")
            if re.match(r"(?i)(automatic reply|out of office|auto:|respuesta autom)", subj):
                err(f, "auto-reply subject on a human row")
            if "<ack.CC-" in irt and not r["labels"] and not r["unclear"] and r["ack_to"] is not None:
                err(f, "reply to our acknowledgement asking nothing must have ack_to null")
            stripped = re.sub(r"(?i)sent from my iphone", "", mine).strip().lower().strip(".!")
            if "<PHN-2503." in irt:
                if stripped in ("stop", "unsubscribe", "remove", "remove me", ""):
                    if not r["unclear"] or r["labels"]:
                        err(f, "bare opt-out word / empty reply under the service notice must be unclear")
            if "<PH-2503-SP." in irt and re.search(r"\b(stop|unsubscribe)\b", stripped):
                if "marketing_opt_out" not in r["labels"]:
                    err(f, "STOP/unsubscribe under a promotion must be a marketing opt-out")
            # entities only from the sender's own text
            for k, v in r["entities"].items():
                if v not in mine:
                    err(f, "entity %s=%r not in the sender's own text" % (k, v))
            # ack_to
            rt = addr_of(msg.get("Reply-To"))
            fr = addr_of(msg.get("From"))
            if r["ack_to"] is None:
                ok_thanks = not r["labels"] and not r["unclear"]
                ok_autosub = auto_sub not in ("no", "") and r["labels"] == ["marketing_opt_out"]
                if not (ok_thanks or ok_autosub):
                    err(f, "human row with ack_to null must be a no-action thank-you or an Auto-Submitted unsubscribe")
            else:
                want = rt or fr
                if r["ack_to"].lower() != want:
                    err(f, "ack_to %r, expected %r" % (r["ack_to"], want))
                if want.startswith("noreply@") or want.startswith("no-reply@"):
                    err(f, "ack_to is a no-reply address")
        # bookkeeping
        counts["total"] += 1
        counts["automated" if r["automated"] else "human"] += 1
        counts["mailbox=" + r["mailbox"]] += 1
        if r["unclear"]:
            counts["unclear"] += 1
        for l in r["labels"]:
            counts["label:" + l] += 1
        counts["combo:" + ("+".join(r["labels"]) or ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)"))] += 1
        if r["ack_to"] is None:
            counts["ack_to null"] += 1
        if r["entities"]:
            counts["with entities"] += 1
        counts["language=" + idx.get(f, {}).get("language", "?")] += 1
    for mid, n in msgids.items():
        if n > 1:
            err("set", "duplicate Message-ID %s" % mid)
    # README counts
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if "| messages | %d |" % counts["total"] not in readme:
        err("README.md", "message count table does not match the manifest")
    for k in sorted(counts):
        print("%-50s %d" % (k, counts[k]))
    if ERRORS:
        print("\n%d ERROR(S):" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(files)))


if __name__ == "__main__":
    main()
