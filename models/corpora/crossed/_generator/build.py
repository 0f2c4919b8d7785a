#!/usr/bin/env python3
"""Build the `crossed` set: NNNN.eml, manifest.jsonl, index.tsv, README.md (standard library only).

Run from anywhere: python3 _generator/build.py. Every byte is deterministic (seeds derive from spec keys).
"""
import collections
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from clients import build_person  # noqa: E402
from machines import build_all  # noqa: E402
from mailkit import parse_local  # noqa: E402
from specs_people import PEOPLE  # noqa: E402
import readme  # noqa: E402

PROGRAM = {"gmail": "Gmail web", "gmail_app": "Gmail app (Android)", "iphone": "iPhone Mail", "yahoo": "Yahoo Mail web",
           "aol": "AOL Mail web", "outlook": "Outlook.com / Outlook", "exchange": "Outlook (Exchange Online)",
           "outlook_ios": "Outlook for iOS", "samsung": "Samsung Email", "thunderbird": "Thunderbird",
           "xfinity": "Xfinity Connect (Open-Xchange)", "webform": "alliantenergy.com Contact Us relay",
           "internal": "Outlook (internal Exchange)"}


def twin_specs():
    """The Cc'd copy of both-boxes-thiel, delivered to the other mailbox with the same Message-ID."""
    base = next(s for s in PEOPLE if s["key"] == "both-boxes-thiel")
    t = copy.deepcopy(base)
    t["key"] = "both-boxes-thiel-copy"
    t["seed"] = base["key"]
    t["mailbox"] = "powerhousecatalog"
    t["date"] = base["date"]
    t["note"] = ("the Cc copy (same Message-ID) delivered to the catalog box: same labels; "
                 "dedupe on Message-ID so one acknowledgement is sent")
    t["cat"] = "wrong mailbox: one message to both boxes (Cc copy)"
    return [t]


def main():
    items = []
    ack_src = collections.Counter()
    for s in PEOPLE + twin_specs():
        s = dict(s)
        seed_key = s.get("seed", s["key"])
        s2 = dict(s, key=seed_key)
        data = build_person(s2)
        s["_msgid"] = s2.get("_msgid")
        frm = s["email"]
        a = s.get("ack", "from")
        if a == "from":
            ack_to = frm
            ack_src["From"] += 1
        elif a == "reply":
            ack_to = s["reply_to"]
            ack_src["Reply-To (From is a relay)"] += 1
        elif a is None:
            ack_to = None
            ack_src["null"] += 1
        else:
            ack_to = a
            ack_src["an address in the forwarded text"] += 1
        rec = {"mailbox": s["mailbox"], "automated": False, "labels": s["labels"], "unclear": s.get("unclear", False),
               "entities": s["entities"], "note": s["note"], "ack_to": ack_to}
        idx = {"spec": s["key"], "category": s["cat"], "language": s.get("lang", "en"),
               "program": PROGRAM[s["client"]], "date": s["date"]}
        items.append((parse_local(s["date"]), s["key"], data, rec, idx))
    for s, data in build_all():
        rec = {"mailbox": s["mailbox"], "automated": True, "labels": [], "unclear": False, "entities": {},
               "note": s["note"], "ack_to": None}
        idx = {"spec": s["key"], "category": "automated: " + s["cat"], "language": s.get("lang", "en"),
               "program": s["program"], "date": s["date"]}
        items.append((parse_local(s["date"]), s["key"], data, rec, idx))
    items.sort(key=lambda x: (x[0], x[1] == "both-boxes-thiel-copy", x[1]))

    # remove old output
    for fn in os.listdir(ROOT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(ROOT, fn))
    manifest, index = [], []
    keyfile = {}
    for i, (_, key, data, rec, idx) in enumerate(items, 1):
        fn = "%04d.eml" % i
        keyfile[key] = fn
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(data)
        manifest.append(dict([("file", fn)] + list(rec.items())))
        index.append(dict([("file", fn)] + list(idx.items())))
    # cross references in notes
    for m in manifest:
        if "see its twin" in m["note"]:
            m["note"] = m["note"].replace("see its twin", "its twin is %s" % keyfile["both-boxes-thiel-copy"])
        if m["note"].startswith("the Cc copy"):
            m["note"] = m["note"].replace("the Cc copy", "the Cc copy of %s" % keyfile["both-boxes-thiel"], 1)
    keys = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps({k: m[k] for k in keys}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        cols = ["file", "spec", "category", "language", "program", "date"]
        f.write("\t".join(cols) + "\n")
        for x in index:
            f.write("\t".join(str(x[c]) for c in cols) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(manifest, index, keyfile, ack_src))
    print("wrote %d messages" % len(manifest))


if __name__ == "__main__":
    main()
