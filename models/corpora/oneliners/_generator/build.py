#!/usr/bin/env python3
"""Build the `oneliners` set: 0001.eml ... 0120.eml, manifest.jsonl, index.tsv, README.md.

Standard library only, fixed seeds: running it again rewrites every byte identically.
"""
import collections
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients  # noqa: E402
import machines  # noqa: E402
from machine_specs import MACHINES  # noqa: E402
from people import PEOPLE  # noqa: E402
import readme  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 20261203

PROGRAM = {
    "gmail": "Gmail (web)", "gmail_es": "Gmail (web, Spanish UI)", "iphone": "iPhone Mail",
    "iphone_es": "iPhone Mail (Spanish)", "apple_mail": "Apple Mail (macOS)", "outlook": "Outlook 16 (Windows)",
    "outlook_es": "Outlook 16 (Windows, Spanish)", "outlook_com": "Outlook.com (web)", "outlook_ios": "Outlook for iOS",
    "yahoo": "Yahoo Mail (web)", "yahoo_android": "Yahoo Mail for Android", "yahoo_es": "Yahoo Mail for Android (Spanish)",
    "aol": "AOL app for iOS", "thunderbird": "Thunderbird", "samsung": "Samsung Email (Android)",
    "samsung_es": "Samsung Email (Android, Spanish)", "sms": "Verizon SMS-to-e-mail gateway",
    "gmail_unsub": "Gmail Unsubscribe button", "cleaner": "InboxSweep (inbox-cleaning service)",
}


def when_tuple(spec, r):
    md, hm = spec["when"].split()
    mo, dy = (int(x) for x in md.split("-"))
    h, mi = (int(x) for x in hm.split(":"))
    return (2026, mo, dy, h, mi, r.randint(0, 59))


def answers_str(a):
    if a is None:
        return "-"
    if isinstance(a, tuple):
        return "%s (our acknowledgement of '%s')" % (a[0], a[1])
    return a


def main():
    specs = [("person", s) for s in PEOPLE] + [("machine", m) for m in MACHINES]
    sids = [s["sid"] for _, s in specs]
    assert len(sids) == len(set(sids)), "duplicate spec ids"
    assert len(specs) == 120, len(specs)
    random.Random(SEED).shuffle(specs)

    manifest, index = [], []
    for i, (kind, s) in enumerate(specs, 1):
        fn = "%04d.eml" % i
        r = random.Random(SEED ^ zlib.crc32(s["sid"].encode()))
        s = dict(s)
        s["n"] = i
        s["when"] = when_tuple(s, r)
        if kind == "person":
            if s["client"] in ("gmail_unsub", "cleaner"):
                raw = clients.render_special(s, r)
            else:
                raw = clients.render(s, r)
            ack = s["ack"]
            if ack == "from":
                ack = s["email"]
            order = ["marketing_opt_out", "catalog_share_opt_out", "question"]
            labels = sorted(s["labels"], key=order.index)
            entry = {"file": fn, "mailbox": s["mbx"], "automated": False, "labels": labels,
                     "unclear": s["unclear"], "entities": s["ent"], "note": s["note"], "ack_to": ack}
            program = PROGRAM[s["client"]]
            answers = answers_str(s.get("answers"))
            if s.get("forward"):
                answers = "forwards " + answers
        else:
            raw = machines.render(s, r)
            entry = {"file": fn, "mailbox": s["mbx"], "automated": True, "labels": [], "unclear": False,
                     "entities": {}, "note": s["note"], "ack_to": None}
            program = s["program"]
            answers = answers_str(s.get("about"))
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        manifest.append(entry)
        y, mo, dy, h, mi, se = s["when"]
        index.append([fn, s["sid"], s["cat"], answers, s["lang"], program,
                      "%04d-%02d-%02d %02d:%02d" % (y, mo, dy, h, mi)])

    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in manifest:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for row in index:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(manifest, index))
    print("wrote %d messages to %s" % (len(manifest), OUT))


if __name__ == "__main__":
    main()
