"""Rebuild the `gateways` set byte for byte: python3 _generator/build.py"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import assemble  # noqa: E402

SPEC_MODULES = ["specs_people", "specs_people2", "specs_software", "specs_machines"]
SEED = 20260519


def settle(s):
    s.setdefault("labels", [])
    s.setdefault("unclear", False)
    s.setdefault("entities", {})
    s.setdefault("lang", "en")
    if s.get("automated"):
        s["ack_to"] = None
    elif "ack_to" not in s:
        # LABELS.md: Reply-To when From is a relay or role address, From otherwise
        s["ack_to"] = (s.get("reply_to") or s["frm"])[1]
    return s


def main():
    specs = []
    for m in SPEC_MODULES:
        specs += [settle(s) for s in __import__(m).SPECS]
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    # Shuffled so that file numbers say nothing about the group a message came from.
    random.Random(SEED).shuffle(specs)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(assemble.make(s))
        man.append(json.dumps({"file": fn, "mailbox": s["mailbox"], "automated": bool(s.get("automated")),
                               "labels": s["labels"], "unclear": s["unclear"], "entities": s["entities"],
                               "note": s["note"], "ack_to": s["ack_to"]}, ensure_ascii=False))
        idx.append("\t".join([fn, s["cat"], s["lang"], s["client"], s["id"]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
