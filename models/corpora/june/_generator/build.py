#!/usr/bin/env python3
"""Rebuild the 'june' set (7-18 June 2027) byte for byte: NNNN.eml, manifest.jsonl, index.tsv.

Standard library only; every random choice comes from string-seeded Random objects, so two runs give
identical bytes.  Usage:  python3 _generator/build.py
"""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from clients import build_human  # noqa: E402
from mimekit import MAILBOXES  # noqa: E402
import people  # noqa: E402
import machines  # noqa: E402

KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def header_value(headers, name):
    for k, v in headers:
        if k.lower() == name.lower():
            return v
    return None


def bare(a):
    return a.split("<")[-1].rstrip(">").strip() if "<" in a else a.strip()


def main():
    specs = people.messages() + machines.messages()
    specs.sort(key=lambda m: m["arrive"])
    seen = set()
    for m in specs:
        assert m["spec"] not in seen, m["spec"]
        seen.add(m["spec"])
    for old in os.listdir(ROOT):
        if old.endswith(".eml"):
            os.remove(os.path.join(ROOT, old))
    man, idx = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, m in enumerate(specs, 1):
        fn = "%04d.eml" % i
        if m.get("automated"):
            raw = m["build"](m)
            ack_to = None
            rec = dict(file=fn, mailbox=m["mailbox"], automated=True, labels=[], unclear=False, entities={},
                       note=m["note"], ack_to=None)
        else:
            if m.get("build"):
                raw = m["build"](m)
            else:
                raw, ch = build_human(m)
            ack = m.get("ack", "from")
            if ack == "from":
                ack_to = m["frm"][1]
            elif ack == "reply":
                ack_to = bare(m["reply_to"])
            else:
                ack_to = None
            labels = [l for l in LABEL_ORDER if l in m.get("labels", [])]
            assert sorted(labels) == sorted(m.get("labels", [])), m["spec"]
            rec = dict(file=fn, mailbox=m["mailbox"], automated=False, labels=labels,
                       unclear=bool(m.get("unclear")), entities=m.get("entities", {}), note=m["note"],
                       ack_to=ack_to)
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(raw)
        man.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
        idx.append("\t".join([fn, m["spec"], m["category"], m["language"], m["program"],
                              m["arrive"].strftime("%Y-%m-%dT%H:%M:%S%z")]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(specs))


if __name__ == "__main__":
    main()
