#!/usr/bin/env python3
"""Check the 'october' set. Standard library only.

    python3 _generator/verify.py

Exit status 0 when every check passes, 1 otherwise (each problem is printed).
"""
import email
import email.policy
import json
import sys
from collections import Counter
from email.utils import getaddresses, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_KEYS = {"name", "postal_code", "account"}
MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def decoded_texts(msg, f):
    """Decode every leaf part; return the text of text/plain parts (text/html if there is no plain part)."""
    plain, htmls = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        try:
            if part.get_content_maintype() == "text":
                content = part.get_content()
                if ctype == "text/plain":
                    plain.append(content)
                elif ctype == "text/html":
                    htmls.append(content)
            else:
                part.get_payload(decode=True)
        except Exception as e:  # noqa: BLE001 - report any decoding failure
            bad(f, f"cannot decode {ctype} part: {e!r}")
    return "\n".join(plain) if plain else "\n".join(htmls)


def main():
    man_path = ROOT / "manifest.jsonl"
    lines = man_path.read_bytes().split(b"\n")
    if lines[-1] != b"":
        bad("manifest.jsonl", "does not end with a newline")
    recs = []
    for i, ln in enumerate(lines[:-1], 1):
        try:
            recs.append(json.loads(ln.decode("utf-8")))
        except Exception as e:  # noqa: BLE001
            bad("manifest.jsonl", f"line {i} is not JSON: {e}")
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    listed = [r.get("file") for r in recs]
    if listed != files:
        bad("manifest.jsonl", "files listed do not match the .eml files in the folder (or are out of order)")
    if len(set(listed)) != len(listed):
        bad("manifest.jsonl", "duplicate file entries")
    if not 100 <= len(files) <= 120:
        bad("set", f"{len(files)} messages, expected 100 to 120")
    for i, f in enumerate(files, 1):
        if f != f"{i:04d}.eml":
            bad(f, "files are not numbered 0001.eml … consecutively")
            break

    mids = Counter()
    stats = Counter()
    for r in recs:
        f = r.get("file", "?")
        if list(r.keys()) != KEYS:
            bad(f, f"manifest keys {list(r.keys())} != {KEYS}")
            continue
        p = ROOT / f
        if not p.exists():
            bad(f, "file missing")
            continue
        raw = p.read_bytes()
        # raw-byte hygiene
        if b"\n" in raw.replace(b"\r\n", b""):
            bad(f, "bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            bad(f, "bare CR")
        if not raw.endswith(b"\r\n"):
            bad(f, "does not end with CRLF")
        for n, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                bad(f, f"line {n} longer than 998 octets")
        if b"\r\n\r\n" not in raw:
            bad(f, "no header/body separator")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            bad(f, f"message defects: {msg.defects}")
        for k, v in msg.items():  # forces every header to be parsed
            try:
                str(v)
            except Exception as e:  # noqa: BLE001
                bad(f, f"header {k} unreadable: {e!r}")
        text = decoded_texts(msg, f)
        # mailbox / To
        mb = r["mailbox"]
        if mb not in MAILBOX:
            bad(f, f"bad mailbox {mb!r}")
        else:
            tos = [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("To", [])])]
            if MAILBOX[mb] not in tos:
                bad(f, f"To does not contain {MAILBOX[mb]}")
            if str(msg.get("Delivered-To", "")).strip().lower() != MAILBOX[mb]:
                bad(f, "Delivered-To does not match mailbox")
        # types
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            bad(f, "automated/unclear must be booleans")
        labels = r["labels"]
        if not isinstance(labels, list) or any(x not in LABELS for x in labels):
            bad(f, f"invalid labels {labels}")
        elif labels != [x for x in LABELS if x in labels]:
            bad(f, f"labels out of canonical order {labels}")
        ents = r["entities"]
        if not isinstance(ents, dict) or set(ents) - ENTITY_KEYS:
            bad(f, f"entities keys must be a subset of {sorted(ENTITY_KEYS)}: {ents}")
        else:
            for k, v in ents.items():
                if not isinstance(v, str) or not v:
                    bad(f, f"entity {k} must be a non-empty string")
                elif v not in text:
                    bad(f, f"entity {k}={v!r} not found in the decoded text")
        if not isinstance(r["note"], str) or not r["note"].strip():
            bad(f, "note must be a non-empty string")
        auto_sub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        frm = parseaddr(str(msg.get("From", "")))[1].lower()
        rto = parseaddr(str(msg.get("Reply-To", "")))[1].lower()
        ack = r["ack_to"]
        if r["automated"]:
            if labels or r["unclear"] or ents or ack is not None:
                bad(f, "automated => labels [], unclear false, entities {}, ack_to null")
        else:
            if r["unclear"] and labels not in ([], ["question"]):
                bad(f, f"unclear rows carry no labels (or only 'question' for a delete-all request): {labels}")
            if ack is not None:
                if not isinstance(ack, str) or ack.lower() not in {frm, rto} - {""}:
                    bad(f, f"ack_to {ack!r} is neither From {frm!r} nor Reply-To {rto!r}")
                if rto and ack.lower() != rto and frm.startswith("noreply"):
                    bad(f, "From is a no-reply relay but ack_to is not the Reply-To")
                if auto_sub not in ("no", ""):
                    bad(f, "message carries Auto-Submitted: a person's opt-out sent by software gets ack_to null")
            if not labels and not r["unclear"] and ack is not None:
                bad(f, "a human message with nothing to do must not be acknowledged")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # statistics
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        stats[f"mailbox={mb}"] += 1
        for x in labels:
            stats[f"label:{x}"] += 1
        combo = "+".join(labels) if labels else ("(automated)" if r["automated"] else "(unclear)" if r["unclear"] else "(no action)")
        if r["unclear"] and labels:
            combo = "(unclear)+" + combo
        stats[f"combo:{combo}"] += 1
        stats["with entities"] += bool(ents)
        stats["ack_to set"] += ack is not None
        stats["no Message-ID"] += not mid
    for m, n in mids.items():
        if n > 1:
            bad(m, f"Message-ID used {n} times")

    # index.tsv
    rows = (ROOT / "index.tsv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    if rows[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        bad("index.tsv", "bad header")
    idx_files = [x.split("\t")[0] for x in rows[1:]]
    if idx_files != files:
        bad("index.tsv", "rows do not match the .eml files")
    for x in rows[1:]:
        if len(x.split("\t")) != 6:
            bad("index.tsv", f"row with wrong column count: {x[:40]}")
    if not (ROOT / "README.md").exists():
        bad("README.md", "missing")

    for k in sorted(stats):
        print(f"{k:45s} {stats[k]}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print(f"\nOK: {len(recs)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
