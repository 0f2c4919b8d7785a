#!/usr/bin/env python3
"""Rebuild the 'breach' set byte-for-byte: NNNN.eml, manifest.jsonl, index.tsv, README.md.

Standard library only; every message has its own fixed seed ("breach/<slug>").
Usage: python3 _generator/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mailgen as g  # noqa: E402
import registry  # noqa: E402
import msgs_a, msgs_b, msgs_c, msgs_d  # noqa: E402,F401
import readme  # noqa: E402

KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def entries():
    regs = sorted(registry.REG, key=lambda e: (g.central(e["at"]), e["slug"]))
    slugs = [e["slug"] for e in regs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    return regs


def main():
    regs = entries()
    # remove stale .eml files
    for fn in os.listdir(ROOT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(ROOT, fn))
    manifest, index = [], []
    for i, e in enumerate(regs, 1):
        name = "%04d.eml" % i
        rng = random.Random("breach/" + e["slug"])
        data = e["fn"](rng)
        if isinstance(data, tuple):
            data = data[0]
        with open(os.path.join(ROOT, name), "wb") as f:
            f.write(data)
        rec = {"file": name, "mailbox": e["mailbox"], "automated": e["automated"], "labels": e["labels"],
               "unclear": e["unclear"], "entities": e["entities"], "note": e["note"], "ack_to": e["ack"]}
        manifest.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
        t = g.central(e["at"])
        off = g.us_offset(t, -6)
        index.append("\t".join([name, e["spec"], e["cat"], e["lang"], e["program"],
                                g.local(t, off).strftime("%Y-%m-%dT%H:%M:%S") + ("-05:00" if off == -5 else "-06:00")]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tlanguage\tprogram\tdate\n" + "\n".join(index) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render([json.loads(l) for l in manifest], regs))
    print("wrote %d messages to %s" % (len(regs), ROOT))


if __name__ == "__main__":
    main()
