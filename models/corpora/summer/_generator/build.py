#!/usr/bin/env python3
"""Build the 'summer' set: June-August 2026 of both privacy mailboxes.

python3 _generator/build.py    rebuilds NNNN.eml, manifest.jsonl, index.tsv and README.md byte for byte
(every random choice comes from random.Random seeded with the set name and the spec id).
"""

from __future__ import annotations

import collections
import email.utils
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from clients import render  # noqa: E402
from mime import Rand  # noqa: E402
from ours import OURS  # noqa: E402
import machines  # noqa: E402
import people  # noqa: E402
import readme  # noqa: E402

PROGRAMS = {
    "gmail": "Gmail (web)", "gmail_android": "Gmail (Android)", "iphone": "iPhone Mail", "ipad": "iPad Mail",
    "applemail": "Apple Mail (macOS)", "outlook16": "Outlook 16 (Windows)", "outlookcom": "Outlook.com (web)",
    "outlook_ios": "Outlook for iOS", "outlook_android": "Outlook for Android", "yahoo": "Yahoo Mail (web)",
    "yahoo_android": "Yahoo Mail (Android)", "aol": "AOL Mail (web)", "thunderbird": "Thunderbird",
    "samsung": "Samsung Email", "comcast": "Xfinity Connect (Open-Xchange)", "zimbra": "Zimbra web client",
    "roundcube": "Roundcube (Mediacom webmail)", "proton": "Proton Mail", "gmail_unsub": "Gmail unsubscribe button",
    "agent": "Declutterly inbox-cleaning service (via Gmail)", "outlook_unsub": "Outlook.com unsubscribe link",
}


def arrival(raw: bytes):
    """The time our mailbox host stamped (first Received header)."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    m = re.search(r"by mbx01\.alliant-energy\.com .*?; (.+?) \(", head, re.S)
    return email.utils.parsedate_to_datetime(re.sub(r"\s+", " ", m.group(1)))


def answers_of(s):
    key = s.get("reply") or s.get("fwd") or s.get("answers")
    if not key:
        return "-"
    kind = OURS[key]["kind"]
    return f"{kind}:{key}"


def build():
    items = []
    for s in people.SPECS:
        raw = render(s)
        frm = s["frm"][1]
        ack = {"from": frm, "reply_to": (s.get("reply_to") or (None, None))[1], None: None}[s["ack"]]
        rec = dict(mailbox=s["mailbox"], automated=False, labels=s["labels"], unclear=s["unclear"],
                   entities=s["entities"], note=s["note"], ack_to=ack)
        idx = dict(spec=s["id"], category=s["cat"], answers=answers_of(s), lang=s.get("lang", "en"),
                   program=PROGRAMS[s["prog"]])
        items.append((raw, rec, idx))
    for s in machines.SPECS:
        raw = s["build"](s, Rand(f"summer-{s['id']}"))
        rec = dict(mailbox=s["mailbox"], automated=True, labels=[], unclear=False, entities={}, note=s["note"],
                   ack_to=None)
        idx = dict(spec=s["id"], category=s["cat"], answers=s["answers"], lang=s["lang"], program=s["program"])
        items.append((raw, rec, idx))
    items.sort(key=lambda x: (arrival(x[0]), x[2]["spec"]))

    for old in OUT.glob("*.eml"):
        old.unlink()
    manifest, index = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, (raw, rec, idx) in enumerate(items, 1):
        name = f"{n:04d}.eml"
        (OUT / name).write_bytes(raw)
        row = {"file": name, **{k: rec[k] for k in ("mailbox", "automated", "labels", "unclear", "entities", "note",
                                                    "ack_to")}}
        manifest.append(json.dumps(row, ensure_ascii=False))
        index.append("\t".join([name, idx["spec"], idx["category"], idx["answers"], idx["lang"], idx["program"],
                                arrival(raw).strftime("%Y-%m-%d %H:%M")]))
    (OUT / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(readme.render([json.loads(m) for m in manifest], index[1:]), encoding="utf-8")
    print(f"wrote {len(items)} messages to {OUT}")


if __name__ == "__main__":
    build()
