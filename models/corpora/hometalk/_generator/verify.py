#!/usr/bin/env python3
"""Check the hometalk corpus: files, bytes, parsing, manifest schema, label rules, entities, ack_to.

Standard library only. Exit status 1 on any problem.
"""
import collections
import sys as _sys
_sys.dont_write_bytecode = True
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
OUR_IDS = re.compile(r"<(AE-NL-|PH-2411|ack\.CC-|bill\.)[^>]*>")
CUT = re.compile(r"^(On .{5,200} wrote:|> ?On .{5,200} wrote:|El .{5,200} escribi\u00f3:|-----Original Message-----|"
                 r"_{20,}|-+ ?Forwarded [Mm]essage ?-+|-------- Original message --------|Begin forwarded message:)"
                 r"\s*$")

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


def strip_tags(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def body_text(msg):
    b = msg.get_body(preferencelist=("plain", "html"))
    if b is None:
        return ""
    t = b.get_content()
    if b.get_content_subtype() == "html":
        t = strip_tags(t)
    return t.replace("\r\n", "\n")


def new_text(text):
    out = []
    for line in text.split("\n"):
        if CUT.match(line.strip()):
            break
        if line.startswith(">"):
            continue
        out.append(line)
    return "\n".join(out)


def decode_all(msg, f):
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            if part.get_content_maintype() == "text":
                part.get_content()
            else:
                part.get_payload(decode=True)
        except Exception as e:  # pragma: no cover
            bad(f, "cannot decode part %s: %s" % (part.get_content_type(), e))
    for k in msg.keys():
        try:
            str(msg[k])
        except Exception as e:
            bad(f, "header %s unreadable: %s" % (k, e))


def main():
    files = sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"\d{4}\.eml", x))
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8")]
    listed = [r.get("file") for r in recs]
    if listed != files:
        bad("manifest", "files listed do not match the .eml files in order")
    if files != ["%04d.eml" % i for i in range(1, len(files) + 1)]:
        bad("files", "numbering is not contiguous from 0001")
    ids = collections.Counter()
    last_arrival = None
    stats = collections.Counter()
    idx = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "index.tsv"), encoding="utf-8")]
    if idx[0] != ["file", "spec", "category", "language", "program", "date"]:
        bad("index.tsv", "bad header")
    if [r[0] for r in idx[1:]] != files:
        bad("index.tsv", "files do not match")
    lang = {r[0]: r[3] for r in idx[1:]}
    for rec in recs:
        f = rec.get("file")
        if list(rec.keys()) != KEYS:
            bad(f, "manifest keys/order %s" % list(rec.keys()))
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        # ---- bytes
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "non-CRLF line ending")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            bad(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        decode_all(msg, f)
        # ---- mailbox
        mb = rec["mailbox"]
        if mb not in BOX:
            bad(f, "bad mailbox")
            continue
        if BOX[mb] not in (msg.get("To") or "").lower():
            bad(f, "To does not contain %s" % BOX[mb])
        if (msg.get("Delivered-To") or "").strip().lower() != BOX[mb]:
            bad(f, "Delivered-To mismatch")
        mid = msg.get("Message-ID")
        if mid:
            ids[str(mid).strip()] += 1
        # ---- arrival order (top Received)
        rcv = msg.get_all("Received") or []
        if rcv:
            d = email.utils.parsedate_to_datetime(str(rcv[0]).rsplit(";", 1)[1].strip())
            if last_arrival and d < last_arrival:
                bad(f, "arrives before the previous file")
            last_arrival = d
        # ---- schema
        labels, auto, unclear, ents, ack = rec["labels"], rec["automated"], rec["unclear"], rec["entities"], \
            rec["ack_to"]
        if not isinstance(auto, bool) or not isinstance(unclear, bool):
            bad(f, "automated/unclear not bool")
        if labels != [l for l in ORDER if l in labels] or len(set(labels)) != len(labels):
            bad(f, "labels not a subset in schema order: %s" % labels)
        if set(ents) - {"name", "postal_code", "account"}:
            bad(f, "entity keys %s" % list(ents))
        if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
            bad(f, "note must be one line")
        frm = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
        rt = msg.get("Reply-To")
        rt = email.utils.parseaddr(str(rt))[1].lower() if rt else None
        auto_sub = (msg.get("Auto-Submitted") or "no").strip().lower()
        stats["total"] += 1
        stats["mailbox=" + mb] += 1
        if auto:
            stats["automated"] += 1
            if labels or unclear or ents or ack is not None:
                bad(f, "automated row must have no labels, not unclear, no entities, ack_to null")
            continue
        stats["human"] += 1
        for l in labels:
            stats["label:" + l] += 1
        # ---- house rules for human rows
        if unclear:
            stats["unclear"] += 1
            if set(labels) - {"question"}:
                bad(f, "unclear row carries an opt-out label (house rule: only 'question' may stay)")
        if not labels and not unclear and ack is not None:
            bad(f, "nothing to do, so ack_to must be null")
        if auto_sub != "no":
            if labels != ["marketing_opt_out"] or ack is not None:
                bad(f, "Auto-Submitted human mail must be a software unsubscribe with ack_to null")
        if ack is not None:
            stats["ack set"] += 1
            a = ack.lower()
            if rt:
                if a != rt:
                    bad(f, "ack_to should be the Reply-To %s" % rt)
            elif a != frm:
                bad(f, "ack_to should be the From %s" % frm)
            if re.match(r"(no-?reply|do-?not-?reply|mailer-daemon)@", a):
                bad(f, "ack_to is a no-reply address")
        else:
            stats["human ack null"] += 1
        # ---- entities in the sender's own new text
        text = body_text(msg)
        own = new_text(text)
        if "OWN earlier message" in rec["note"]:
            own = text
        for k, v in ents.items():
            if not isinstance(v, str) or not v:
                bad(f, "entity %s empty" % k)
            elif v not in own:
                bad(f, "entity %s=%r not in the sender's new text" % (k, v))
        if ents:
            stats["with entities"] += 1
        for k in ents:
            stats["entity:" + k] += 1
        # replies to our mail: the quoted part must not be the only text unless flagged empty/unclear
        irt = str(msg.get("In-Reply-To") or "")
        if OUR_IDS.search(irt) and not own.strip() and not unclear and labels != [] and "Gmail" not in text:
            bad(f, "reply with empty new text must be unclear")
    for k, v in ids.items():
        if v > 1:
            bad("corpus", "duplicate Message-ID %s" % k)
    stats["language es/mixed"] = sum(1 for v in lang.values() if v in ("es", "mixed"))
    for k in sorted(stats):
        print("%-40s %s" % (k, stats[k]))
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
