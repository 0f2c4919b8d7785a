#!/usr/bin/env python3
"""Check the 'phones' set (stdlib only):  python3 _generator/verify.py

* every manifest line names an existing file and every .eml is listed, in order;
* manifest keys and their order follow the corpus schema;
* every file parses with email.policy.default, every header is read and every leaf part decoded;
* CRLF line endings only, no bare CR/LF, no line longer than 998 octets;
* To: contains the mailbox address;
* labels valid and in canonical order; automated => labels [], unclear false, entities {}, ack_to null;
* entities keys only name / postal_code / account, each value a verbatim substring of the decoded text;
* ack_to is the From or Reply-To address (or null);
* Message-IDs unique; index.tsv matches the manifest.
"""
import collections
import email
import email.policy
import json
import sys
from email.utils import getaddresses
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_KEYS = {"name", "postal_code", "account"}
BOX = {"customercare": "customercare@alliant-energy.com",
       "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def decoded_text(msg, f):
    texts = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        try:
            c = p.get_content()
        except Exception as e:  # noqa: BLE001
            err(f, f"cannot decode part {p.get_content_type()}: {e}")
            continue
        if isinstance(c, str) and p.get_content_maintype() == "text":
            texts.append(c)
    return "\n".join(texts)


def main():
    lines = (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    files = sorted(p.name for p in ROOT.glob("*.eml"))
    listed = [r["file"] for r in recs]
    if listed != files:
        err("manifest", "manifest files != .eml files on disk (or not in order)")
    if len(recs) < 100 or len(recs) > 120:
        err("manifest", f"{len(recs)} messages, expected 100..120")
    stats = collections.Counter()
    mids = collections.Counter()
    for r in recs:
        f = r["file"]
        if list(r.keys()) != KEYS:
            err(f, f"manifest keys {list(r.keys())}")
            continue
        raw = (ROOT / f).read_bytes()
        if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            err(f, "not CRLF everywhere")
        if not raw.endswith(b"\r\n"):
            err(f, "does not end with CRLF")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(f, "line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            for k, v in part.items():
                try:
                    str(v)
                except Exception as e:  # noqa: BLE001
                    err(f, f"header {k}: {e}")
            if part.defects:
                err(f, f"defects {part.defects}")
        text = decoded_text(msg, f)
        # mailbox / To
        tos = [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("To", [])])]
        if r["mailbox"] not in BOX or BOX[r["mailbox"]] not in tos:
            err(f, f"mailbox {r['mailbox']} not in To {tos}")
        # labels
        if not isinstance(r["labels"], list) or any(x not in LABELS for x in r["labels"]):
            err(f, f"invalid labels {r['labels']}")
        elif r["labels"] != [x for x in LABELS if x in r["labels"]]:
            err(f, "labels not in canonical order")
        if not isinstance(r["automated"], bool) or not isinstance(r["unclear"], bool):
            err(f, "automated/unclear must be bool")
        if r["automated"]:
            if r["labels"] or r["unclear"] or r["entities"] or r["ack_to"] is not None:
                err(f, "automated row must have labels [], unclear false, entities {}, ack_to null")
        # entities
        ents = r["entities"]
        if not isinstance(ents, dict) or set(ents) - ENT_KEYS:
            err(f, f"bad entity keys {ents}")
        else:
            for k, v in ents.items():
                if not isinstance(v, str) or not v or v not in text:
                    err(f, f"entity {k}={v!r} not found in decoded text")
        # ack_to
        froms = [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("From", [])])]
        rtos = [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("Reply-To", [])])]
        if r["ack_to"] is not None and r["ack_to"].lower() not in froms + rtos:
            err(f, f"ack_to {r['ack_to']} is neither From {froms} nor Reply-To {rtos}")
        if not isinstance(r["note"], str) or not r["note"] or "\n" in r["note"]:
            err(f, "note must be one non-empty line")
        mid = msg.get("Message-ID")
        if mid:
            mids[str(mid).strip()] += 1
        # stats
        stats["total"] += 1
        stats["automated" if r["automated"] else "human"] += 1
        stats["unclear"] += r["unclear"]
        stats[f"mailbox={r['mailbox']}"] += 1
        stats["ack_to set"] += r["ack_to"] is not None
        stats["with entities"] += bool(ents)
        for lab in r["labels"]:
            stats[f"label:{lab}"] += 1
        if r["automated"]:
            combo = "(automated)"
        elif not r["labels"]:
            combo = "(unclear)" if r["unclear"] else "(no action)"
        else:
            combo = "+".join(r["labels"]) + (" (unclear)" if r["unclear"] else "")
        stats[f"combo:{combo}"] += 1
    for m, c in mids.items():
        if c > 1:
            err("manifest", f"duplicate Message-ID {m}")
    # index.tsv
    rows = (ROOT / "index.tsv").read_text(encoding="utf-8").splitlines()
    if rows[0].split("\t") != ["file", "spec", "category", "language", "program", "date"]:
        err("index.tsv", "bad header")
    if [x.split("\t")[0] for x in rows[1:]] != listed:
        err("index.tsv", "files differ from manifest")
    for x in rows[1:]:
        if len(x.split("\t")) != 6:
            err("index.tsv", f"bad row {x!r}")
    langs = collections.Counter(x.split("\t")[3] for x in rows[1:])
    for k in sorted(stats):
        print(f"{k:55s} {stats[k]}")
    print(f"{'languages':55s} {dict(langs)}")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"\nOK: {len(recs)} manifest lines, {len(files)} .eml files, all parsed with email.policy.default")


if __name__ == "__main__":
    main()
