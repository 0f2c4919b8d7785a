#!/usr/bin/env python3
"""Check the worldenglish set. Standard library only. Exit 1 on any problem.

    python3 _generator/verify.py

Checks: file list vs manifest vs index.tsv; raw bytes (CRLF only, lines <= 998 octets, ASCII header block); every
file parses with email.policy.default and every header and leaf part decodes; manifest keys/order/types and the
labelling rules (automated => no labels/unclear/entities/ack; unclear => no labels; label order; entity keys);
entities are verbatim substrings of the decoded body text, and occur in the sender's own text (before the first
quote marker); To/Cc contains the mailbox and Delivered-To matches; our mx -> mbx01 Received chain is present;
ack_to equals Reply-To else From, null only for automated mail, Auto-Submitted opt-outs and no-action thanks;
Message-IDs unique; arrival times in August 2027 and in file order; README counts agree with the manifest."""
import collections
import datetime as _dt
import email
import email.policy
import email.utils
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTS = ["name", "postal_code", "account"]
MAILBOXES = {"customercare", "powerhousecatalog"}
QUOTE_MARKERS = [
    re.compile(r"^\s*>"),
    re.compile(r"^\s*On .*(wrote:|<)\s*$"),
    re.compile(r"^\s*El .*escribi\u00f3:\s*$"),
    re.compile(r"^_{10,}\s*$"),
    re.compile(r"^-+ ?Original [Mm]essage ?-+\s*$"),
    re.compile(r"^(From|De): .*alliant", re.I),
]

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def new_text(text):
    out = []
    for line in text.split("\n"):
        if any(p.match(line) for p in QUOTE_MARKERS):
            break
        out.append(line)
    return "\n".join(out)


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html as _html
    return _html.unescape(h)


def addr_of(v):
    if v is None:
        return None
    pairs = email.utils.getaddresses([str(v)])
    return pairs[0][1].lower() if pairs and pairs[0][1] else None


def main():
    emls = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    expect = [f"{i:04d}.eml" for i in range(1, len(emls) + 1)]
    if emls != expect:
        bad("files", "not numbered 0001.. contiguously")
    with open(os.path.join(ROOT, "manifest.jsonl"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    recs = []
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except ValueError as e:
            bad("manifest", f"line {n} is not JSON: {e}")
            continue
        recs.append(rec)
    if [r.get("file") for r in recs] != emls:
        bad("manifest", "files listed do not match the .eml files in order")

    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as fh:
        idx = [l.split("\t") for l in fh.read().splitlines()]
    if idx[0] != ["file", "spec", "category", "language", "program", "date"]:
        bad("index.tsv", "bad header")
    idx_rows = {r[0]: r for r in idx[1:]}
    if sorted(idx_rows) != emls or len(idx) - 1 != len(emls):
        bad("index.tsv", "rows do not match the .eml files")
    specs = [r[1] for r in idx[1:]]
    if len(set(specs)) != len(specs):
        bad("index.tsv", "duplicate spec")

    mids = collections.Counter()
    last_arrival = None
    counts = collections.Counter()
    for rec in recs:
        f = rec.get("file")
        if list(rec.keys()) != KEYS:
            bad(f, f"manifest keys {list(rec.keys())}")
            continue
        raw = open(os.path.join(ROOT, f), "rb").read()
        # ---- raw hygiene
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                bad(f, "line over 998 octets")
                break
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            bad(f, "non-ASCII byte in header block")
        # ---- parse everything
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for k, v in msg.items():
                str(v)
        except Exception as e:  # noqa: BLE001
            bad(f, f"parse/header error: {e!r}")
            continue
        for part in msg.walk():
            for d in part.defects:
                bad(f, f"MIME defect {type(d).__name__}")
        for k, v in msg.items():
            for d in getattr(v, "defects", ()):
                if type(d).__name__ != "ObsoleteHeaderDefect":  # obs-phrase such as 'Ma. Cristina Lopez' is legal
                    bad(f, f"header {k}: {type(d).__name__}")
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            try:
                if ct.startswith("text/"):
                    t = part.get_content()
                    texts.append((ct, t.replace("\r\n", "\n")))
                else:
                    part.get_payload(decode=True)
            except Exception as e:  # noqa: BLE001
                bad(f, f"cannot decode {ct}: {e!r}")
        # ---- types and rules
        mb = rec["mailbox"]
        if mb not in MAILBOXES:
            bad(f, f"mailbox {mb}")
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            bad(f, "automated/unclear not bool")
        labels = rec["labels"]
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) or \
                labels != [l for l in LABELS if l in labels]:
            bad(f, f"labels {labels}")
        ents = rec["entities"]
        if not isinstance(ents, dict) or any(k not in ENTS for k in ents) or list(ents) != [k for k in ENTS if k in ents]:
            bad(f, f"entities keys {list(ents)}")
        if not isinstance(rec["note"], str) or not rec["note"].strip() or "\n" in rec["note"]:
            bad(f, "note must be one non-empty line")
        if rec["automated"]:
            if labels or rec["unclear"] or ents or rec["ack_to"] is not None:
                bad(f, "automated row must have no labels, unclear false, no entities, ack_to null")
        if rec["unclear"] and labels:
            bad(f, "unclear row with labels")
        # ---- entities verbatim
        all_text = "\n".join(t if ct == "text/plain" else html_to_text(t) for ct, t in texts)
        plain_new = "\n".join(new_text(t) for ct, t in texts if ct == "text/plain")
        if not plain_new:
            plain_new = "\n".join(new_text(html_to_text(t)) for ct, t in texts)
        for k, v in ents.items():
            if not isinstance(v, str) or not v:
                bad(f, f"entity {k} empty")
            elif v not in all_text:
                bad(f, f"entity {k}={v!r} not in decoded body")
            elif v not in plain_new:
                bad(f, f"entity {k}={v!r} only in quoted text")
        # ---- addressing and chain
        mbaddr = f"{mb}@alliant-energy.com"
        rcpts = " ".join(str(msg.get_all(h, [])) for h in ("To", "Cc")).lower()
        if mbaddr not in rcpts and "undisclosed-recipients" not in rcpts:
            bad(f, f"To/Cc lacks {mbaddr}")
        if str(msg.get("Delivered-To", "")).lower() != mbaddr:
            bad(f, "Delivered-To does not match mailbox")
        recvd = [str(v) for v in msg.get_all("Received", [])]
        if len(recvd) < 2 or "by mbx01.alliant-energy.com" not in recvd[0] or \
                not re.search(r"by mx[12]\.alliant-energy\.com", recvd[1]):
            bad(f, "missing mx -> mbx01 Received chain")
        if not msg.get("Return-Path"):
            bad(f, "no Return-Path")
        m = re.search(r";\s*(.+)$", recvd[0].replace("\n", " ") if recvd else "")
        arrival = None
        if m:
            try:
                arrival = email.utils.parsedate_to_datetime(m.group(1).strip())
            except Exception:  # noqa: BLE001
                arrival = None
        if arrival is None:
            bad(f, "cannot read arrival time")
        else:
            a = arrival.astimezone(_dt.timezone(_dt.timedelta(hours=-5)))
            if not (a.year == 2027 and a.month == 8):
                bad(f, f"arrival {a} not in August 2027")
            if last_arrival and arrival < last_arrival:
                bad(f, "not in arrival order")
            last_arrival = arrival
            if idx_rows.get(f) and idx_rows[f][5] != a.strftime("%Y-%m-%d"):
                bad(f, "index.tsv date differs from arrival date")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # ---- ack_to
        expected = addr_of(msg.get("Reply-To")) or addr_of(msg.get("From"))
        autosub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        if rec["ack_to"] is not None:
            if not isinstance(rec["ack_to"], str) or rec["ack_to"].lower() != expected:
                bad(f, f"ack_to {rec['ack_to']} != Reply-To/From {expected}")
            if autosub != "no":
                bad(f, "ack_to set on a message with Auto-Submitted")
        elif not rec["automated"]:
            if autosub == "no" and (labels or rec["unclear"]):
                bad(f, "human message with something to do but no ack_to and no Auto-Submitted")
        # ---- counts (as README reports them)
        counts["total"] += 1
        counts["automated" if rec["automated"] else "human"] += 1
        if rec["unclear"]:
            counts["unclear"] += 1
        for l in labels:
            counts["label:" + l] += 1
        counts["ack_to set" if rec["ack_to"] else "ack_to null"] += 1
        if ents:
            counts["with entities"] += 1
        for k in ents:
            counts["entity:" + k] += 1
        counts[f"mailbox={mb}"] += 1
        combo = ("(automated)" if rec["automated"] else "(unclear)" if rec["unclear"] else
                 "(no action)" if not labels else "+".join(labels))
        counts["combo:" + combo] += 1
    for mid, n in mids.items():
        if n > 1:
            bad("Message-ID", f"{mid} used {n} times")
    # ---- README counts
    try:
        readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
        block = readme.split("<!-- counts -->", 1)[1].split("<!-- /counts -->", 1)[0]
        got = {m.group(1): int(m.group(2)) for m in re.finditer(r"\| `([^`]+)` \| (\d+) \|", block)}
        if got != dict(counts):
            bad("README.md", f"counts differ: README {got} vs manifest {dict(counts)}")
    except (OSError, IndexError) as e:
        bad("README.md", f"no counts block: {e}")

    for k in sorted(counts):
        print(f"{k:45s} {counts[k]}")
    if problems:
        print()
        for p in problems:
            print("PROBLEM", p)
        print(f"\nFAILED: {len(problems)} problem(s)")
        return 1
    print(f"\nOK: {len(recs)} manifest lines, {len(emls)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
