#!/usr/bin/env python3
"""Check the maymail set.  Standard library only.  Exit 1 on any problem.

    python3 _generator/verify.py
"""
import collections
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
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
QUOTE_START = [
    re.compile(r"^On .{5,200}wrote:\s*$"),
    re.compile(r"^On .{5,120}$"),          # Gmail wraps the attribution over two lines
    re.compile(r"^El .{5,200}escribi"),
    re.compile(r"^-----Original Message-----"),
    re.compile(r"^-------- Original message --------"),
    re.compile(r"^-------- Mensaje original --------"),
    re.compile(r"^---------- Forwarded message"),
    re.compile(r"^-------- Forwarded Message --------"),
    re.compile(r"^----- Forwarded Message -----"),
    re.compile(r"^Begin forwarded message:"),
    re.compile(r"^_{20,}\s*$"),
    re.compile(r"^From: .*<[^>]+@alliant-?energy\.com> ?$"),
]

problems = []


def bad(fn, msg):
    problems.append("%s: %s" % (fn, msg))


def strip_html(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|h\d)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def body_texts(msg):
    plain, htmls = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            if part.get_content_maintype() == "text":
                content = part.get_content()
            else:
                part.get_payload(decode=True)
                content = None
        except Exception as ex:  # noqa: BLE001
            raise RuntimeError("cannot decode %s part: %s" % (ct, ex))
        if content is None:
            continue
        if ct == "text/plain":
            plain.append(content)
        elif ct == "text/html":
            htmls.append(strip_html(content))
    return plain, htmls


def own_text(text):
    """The sender's own words: stop at the first quote/forward marker, drop '>' lines."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if any(p.match(s) for p in QUOTE_START):
            break
        if s.startswith(">"):
            continue
        out.append(line)
    return "\n".join(out)


def addr_of(msg, name):
    v = msg.get(name)
    if not v:
        return None
    return email.utils.parseaddr(str(v))[1] or None


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    recs = []
    with open(man_path, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        bad("manifest.jsonl", "contains CR")
    for i, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        try:
            rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except ValueError as ex:
            bad("manifest.jsonl", "line %d: %s" % (i, ex))
            continue
        if list(rec.keys()) != KEYS:
            bad("manifest.jsonl", "line %d: keys %s" % (i, list(rec.keys())))
        recs.append(rec)
    files = sorted(fn for fn in os.listdir(ROOT) if fn.endswith(".eml"))
    mfiles = [r["file"] for r in recs]
    if mfiles != files:
        bad("manifest.jsonl", "file list differs from the .eml files present")
    if mfiles != ["%04d.eml" % i for i in range(1, len(mfiles) + 1)]:
        bad("manifest.jsonl", "files are not numbered 0001.. in order")

    msgids = collections.Counter()
    arrivals = []
    stats = collections.Counter()
    for rec in recs:
        fn = rec["file"]
        path = os.path.join(ROOT, fn)
        if not os.path.exists(path):
            continue
        data = open(path, "rb").read()
        # --- byte hygiene
        if re.search(rb"(?<!\r)\n", data):
            bad(fn, "bare LF")
        if re.search(rb"\r(?!\n)", data):
            bad(fn, "bare CR")
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                bad(fn, "line longer than 998 octets")
                break
        head = data.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            bad(fn, "non-ASCII byte in header block")
        if not data.startswith(b"Return-Path: "):
            bad(fn, "does not start with Return-Path")
        # --- parse
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for k in msg.keys():
            for v in msg.get_all(k):
                str(v)
        try:
            plain, htmls = body_texts(msg)
        except RuntimeError as ex:
            bad(fn, str(ex))
            continue
        if msg.defects:
            bad(fn, "parser defects: %s" % msg.defects)
        dlv = str(msg.get("Delivered-To", ""))
        if dlv != MAILBOX.get(rec["mailbox"]):
            bad(fn, "Delivered-To %r does not match mailbox" % dlv)
        rcpts = " ".join(str(v) for h in ("To", "Cc") for v in (msg.get_all(h) or []))
        if MAILBOX.get(rec["mailbox"], "?") not in rcpts.lower():
            bad(fn, "To/Cc does not contain the mailbox address")
        mid = msg.get("Message-ID")
        if mid:
            msgids[str(mid).strip()] += 1
        else:
            stats["no Message-ID"] += 1
        rcv = msg.get_all("Received")[0]
        when = email.utils.parsedate_to_datetime(str(rcv).rsplit(";", 1)[1].strip())
        arrivals.append((fn, when))
        # --- labels
        labels = rec["labels"]
        if labels != [l for l in LABELS if l in labels] or len(set(labels)) != len(labels):
            bad(fn, "labels not a subset in canonical order: %s" % labels)
        if rec["mailbox"] not in MAILBOX:
            bad(fn, "bad mailbox")
        if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
            bad(fn, "note must be one non-empty line")
        if rec["automated"]:
            stats["automated"] += 1
            if labels or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                bad(fn, "automated row must have no labels, unclear false, no entities, ack_to null")
        else:
            stats["human"] += 1
            if rec["unclear"]:
                stats["unclear"] += 1
                if labels:
                    bad(fn, "unclear row must have labels []")
            if rec["ack_to"] is not None:
                exp = addr_of(msg, "Reply-To") or addr_of(msg, "From")
                if rec["ack_to"].lower() != (exp or "").lower():
                    bad(fn, "ack_to %s is not Reply-To/From %s" % (rec["ack_to"], exp))
            else:
                stats["human ack null"] += 1
        for l in labels:
            stats["label:" + l] += 1
        stats["combo:" + ("+".join(labels) if labels else ("(automated)" if rec["automated"] else
                                                           ("(unclear)" if rec["unclear"] else "(no action)")))] += 1
        stats["mailbox=" + rec["mailbox"]] += 1
        # --- entities
        ents = rec["entities"]
        if not isinstance(ents, dict) or set(ents) - {"name", "postal_code", "account"}:
            bad(fn, "entity keys")
            continue
        if ents:
            stats["with entities"] += 1
        texts = plain if plain else htmls
        full = "\n".join(texts)
        own = "\n".join(own_text(t) for t in texts)
        for k, v in ents.items():
            if not v or not isinstance(v, str):
                bad(fn, "empty entity %s" % k)
            elif v not in full:
                bad(fn, "entity %s=%r not in decoded body" % (k, v))
            elif v not in own:
                bad(fn, "entity %s=%r only in quoted/forwarded text" % (k, v))
            stats["entity:" + k] += 1
    for mid, n in msgids.items():
        if n > 1:
            bad("*", "duplicate Message-ID %s" % mid)
    for (f1, d1), (f2, d2) in zip(arrivals, arrivals[1:]):
        if d2 < d1:
            bad(f2, "arrives before %s" % f1)
    for fn, d in arrivals:
        if not ("2027-05-10" <= d.strftime("%Y-%m-%d") <= "2027-05-21"):
            bad(fn, "delivered outside 10-21 May 2027: %s" % d)

    # --- index.tsv
    idx = open(os.path.join(ROOT, "index.tsv"), encoding="utf-8").read().splitlines()
    if idx[0] != "file\tspec\tcategory\tlanguage\tprogram\tdate":
        bad("index.tsv", "header")
    rows = [r.split("\t") for r in idx[1:]]
    if [r[0] for r in rows] != mfiles:
        bad("index.tsv", "files differ from manifest")
    for r in rows:
        if len(r) != 6 or not all(r):
            bad("index.tsv", "bad row %s" % r[:1])
        elif r[3] not in ("en", "es", "mixed"):
            bad("index.tsv", "language %s" % r[3])
    by_file = {r[0]: r for r in rows}
    for rec in recs:
        r = by_file.get(rec["file"])
        if r and (r[2].startswith("automated") != rec["automated"]):
            bad(rec["file"], "index category and manifest 'automated' disagree")
        if r and r[3] in ("es", "mixed"):
            stats["spanish or mixed"] += 1
    stats["total"] = len(recs)

    for k in sorted(stats):
        print("%-45s %d" % (k, stats[k]))
    if problems:
        print()
        for p in problems:
            print("PROBLEM", p)
        print("\n%d problem(s)" % len(problems))
        sys.exit(1)
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(recs), len(files)))


if __name__ == "__main__":
    main()
