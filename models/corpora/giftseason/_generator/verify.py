#!/usr/bin/env python3
"""Check the giftseason set: python3 _generator/verify.py  (exit 1 on any problem). Standard library only."""
import collections
import email
import email.policy
import email.utils
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
BOXADDR = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}
problems = []


def bad(msg):
    problems.append(msg)


def decoded_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            try:
                out.append((ctype, part.get_content()))
            except Exception as e:  # noqa: BLE001
                bad("%s: cannot decode %s part: %s" % (msg.get("X-File", "?"), ctype, e))
        else:
            try:
                part.get_payload(decode=True)
            except Exception as e:  # noqa: BLE001
                bad("cannot decode %s part: %s" % (ctype, e))
    return out


def main():
    man_path = os.path.join(ROOT, "manifest.jsonl")
    rows = []
    with open(man_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rec = json.loads(line, object_pairs_hook=collections.OrderedDict)
            except ValueError as e:
                bad("manifest line %d: bad JSON: %s" % (n, e))
                continue
            rows.append(rec)
    emls = sorted(f for f in os.listdir(ROOT) if re.fullmatch(r"\d{4}\.eml", f))
    files = [r.get("file") for r in rows]
    if files != emls:
        bad("manifest files do not match the .eml files in order")
    for i, f in enumerate(emls, 1):
        if f != "%04d.eml" % i:
            bad("numbering gap at %s" % f)

    # index.tsv
    with open(os.path.join(ROOT, "index.tsv"), encoding="utf-8") as fh:
        idx = fh.read().split("\n")
    if idx[0] != "file\tspec\tcategory\tlanguage\tprogram\tdate":
        bad("index.tsv header wrong")
    idx_rows = [l.split("\t") for l in idx[1:] if l]
    if [r[0] for r in idx_rows] != emls:
        bad("index.tsv files do not match")
    idx_by = {r[0]: r for r in idx_rows}
    for r in idx_rows:
        if len(r) != 6:
            bad("index.tsv row has %d columns: %r" % (len(r), r))

    ids = collections.defaultdict(list)
    dates = []
    counts = collections.Counter()
    for rec in rows:
        fn = rec.get("file")
        if list(rec.keys()) != KEYS:
            bad("%s: manifest keys/order %s" % (fn, list(rec.keys())))
            continue
        path = os.path.join(ROOT, fn)
        if not os.path.exists(path):
            bad("%s: missing" % fn)
            continue
        raw = open(path, "rb").read()
        # byte hygiene
        if b"\r\n" not in raw:
            bad("%s: no CRLF" % fn)
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad("%s: bare LF or CR" % fn)
        if not raw.endswith(b"\r\n"):
            bad("%s: does not end with CRLF" % fn)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                bad("%s: line over 998 octets" % fn)
                break
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            bad("%s: non-ASCII header bytes" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k, v in msg.items():
            try:
                str(v)
            except Exception as e:  # noqa: BLE001
                bad("%s: header %s unreadable: %s" % (fn, k, e))
        if msg.defects:
            bad("%s: parser defects %s" % (fn, msg.defects))
        texts = decoded_texts(msg)
        plain = "\n".join(t for c, t in texts if c == "text/plain")
        allt = "\n".join(t for c, t in texts)
        # mailbox in To/Cc and Delivered-To
        box = rec["mailbox"]
        if box not in BOXADDR:
            bad("%s: bad mailbox %r" % (fn, box))
            continue
        rcpts = " ".join(str(msg.get(h, "")) for h in ("To", "Cc", "CC"))
        if BOXADDR[box] not in rcpts.lower():
            bad("%s: %s not in To/Cc" % (fn, BOXADDR[box]))
        if str(msg.get("Delivered-To", "")).strip().lower() != BOXADDR[box]:
            bad("%s: Delivered-To does not match mailbox" % fn)
        # labels / flags
        labels = rec["labels"]
        if not isinstance(labels, list) or any(l not in LABEL_ORDER for l in labels):
            bad("%s: bad labels %r" % (fn, labels))
        elif labels != [l for l in LABEL_ORDER if l in labels]:
            bad("%s: labels out of order" % fn)
        if not isinstance(rec["automated"], bool) or not isinstance(rec["unclear"], bool):
            bad("%s: automated/unclear must be bool" % fn)
        if rec["automated"]:
            if labels or rec["unclear"] or rec["entities"] or rec["ack_to"] is not None:
                bad("%s: automated row must have no labels/unclear/entities/ack" % fn)
        if rec["unclear"] and labels:
            bad("%s: unclear row has labels" % fn)
        if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
            bad("%s: note must be one line" % fn)
        # entities
        ents = rec["entities"]
        if not isinstance(ents, dict) or any(k not in ("name", "postal_code", "account") for k in ents):
            bad("%s: bad entity keys %r" % (fn, ents))
        else:
            for k, v in ents.items():
                if not isinstance(v, str) or not v:
                    bad("%s: entity %s empty" % (fn, k))
                elif v not in allt:
                    bad("%s: entity %s=%r not in decoded body" % (fn, k, v))
        # ack_to
        ack = rec["ack_to"]
        if ack is not None:
            cands = set()
            for h in ("Reply-To", "From"):
                for _, a in email.utils.getaddresses([str(msg.get(h, ""))]):
                    if a:
                        cands.add(a.lower())
            if ack.lower() not in cands:
                bad("%s: ack_to %s is neither Reply-To nor From" % (fn, ack))
            rt = [a for _, a in email.utils.getaddresses([str(msg.get("Reply-To", ""))]) if a]
            if "Auto-Submitted" in msg and str(msg["Auto-Submitted"]).lower() != "no":
                bad("%s: ack_to set on a message with Auto-Submitted" % fn)
        if not rec["automated"] and not rec["unclear"] and not labels and ack is not None:
            bad("%s: human row with no labels and not unclear should have no ack (thanks only)" % fn)
        # Message-ID uniqueness (a message copied into both mailboxes may share one)
        mid = msg.get("Message-ID")
        if mid:
            ids[str(mid).strip()].append((fn, box))
        d = msg.get("Date")
        if d is not None:
            try:
                dt = email.utils.parsedate_to_datetime(str(d))
                if dt.year != 2027:
                    bad("%s: Date year %d" % (fn, dt.year))
            except Exception as e:  # noqa: BLE001
                bad("%s: bad Date %r: %s" % (fn, str(d), e))
        ir = idx_by.get(fn)
        if ir:
            cat = ir[2]
            if rec["automated"] != cat.startswith("automated"):
                bad("%s: index category %r vs automated=%s" % (fn, cat, rec["automated"]))
            if rec["unclear"] != (cat == "unclear"):
                bad("%s: index category %r vs unclear=%s" % (fn, cat, rec["unclear"]))
            if ir[3] not in ("en", "es", "mixed"):
                bad("%s: language %r" % (fn, ir[3]))
        # counts
        counts["total"] += 1
        counts["mailbox=" + box] += 1
        if rec["automated"]:
            counts["automated"] += 1
            counts["combo:(automated)"] += 1
        elif rec["unclear"]:
            counts["unclear"] += 1
            counts["combo:(unclear)"] += 1
        elif not labels:
            counts["combo:(no action)"] += 1
        else:
            counts["combo:" + "+".join(labels)] += 1
        for l in labels:
            counts["label:" + l] += 1
        if not rec["automated"]:
            counts["human"] += 1
        if ack is not None:
            counts["ack_to set"] += 1
        if ents:
            counts["with entities"] += 1
        if ir and ir[3] != "en":
            counts["language:" + ir[3]] += 1
        # arrival order
        rcv = msg.get_all("Received") or []
        if rcv:
            m = re.search(r";\s*(.+)$", str(rcv[0]).replace("\r\n", " ").replace("\n", " "))
            if m:
                dates.append((fn, email.utils.parsedate_to_datetime(m.group(1).strip())))
    for mid, lst in ids.items():
        if len(lst) > 1:
            boxes = [b for _, b in lst]
            if len(set(boxes)) != len(boxes):
                bad("duplicate Message-ID %s in %s" % (mid, [f for f, _ in lst]))
    for (f1, d1), (f2, d2) in zip(dates, dates[1:]):
        if d2 < d1:
            bad("arrival order: %s after %s" % (f2, f1))
    for k in sorted(counts):
        print("%-46s %d" % (k, counts[k]))
    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
        print("\nFAILED: %d problem(s)" % len(problems))
        return 1
    print("\nOK: %d manifest lines, %d .eml files, all parsed with email.policy.default" % (len(rows), len(emls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
