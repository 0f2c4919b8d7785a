#!/usr/bin/env python3
"""Rebuild the `machines` corpus byte for byte: python3 _generator/build.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spec  # noqa: E402
import specs_bounces, specs_auto, specs_reports, specs_lists, specs_spam, specs_unsub, specs_near  # noqa: E402,F401

OUT = os.path.dirname(HERE)


def main():
    regs = sorted(spec.REG, key=lambda r: (r["when"], r["key"]))
    keys = [r["key"] for r in regs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    man, idx = [], []
    for i, r in enumerate(regs, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(r["raw"])
        row = {"file": fn, "mailbox": r["mailbox"], "automated": r["automated"], "labels": r["labels"],
               "unclear": r["unclear"], "entities": r["entities"], "note": r["note"], "ack_to": r["ack_to"]}
        man.append(json.dumps(row, ensure_ascii=False))
        idx.append("\t".join([fn, r["cat"], r["lang"], r["client"]]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tcategory\tlang\tclient\n" + "\n".join(idx) + "\n")
    print("wrote %d messages to %s" % (len(regs), OUT))


if __name__ == "__main__":
    main()
