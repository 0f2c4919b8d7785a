#!/usr/bin/env python3
"""Rebuild the `espanol` corpus byte for byte: python3 _generator/build.py"""
import hashlib
import json
import os
import sys
from datetime import timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import human  # noqa: E402
import specs_optout  # noqa: E402
import specs_question  # noqa: E402
import specs_misc  # noqa: E402
import specs_auto  # noqa: E402

KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def seed_of(ident):
    return int(hashlib.sha256(("espanol:" + ident).encode()).hexdigest()[:12], 16)


def main():
    items = []
    for mod in (specs_optout, specs_question, specs_misc):
        for spec in mod.SPECS:
            raw, ack_to, dt = human.build(spec, seed_of(spec["id"]))
            items.append((dt.astimezone(timezone.utc), spec["id"], raw, dict(
                mailbox=spec["mailbox"], automated=False, labels=spec["labels"], unclear=spec.get("unclear", False),
                entities=spec.get("entities", {}), note=spec["note"], ack_to=ack_to,
                cat=spec["cat"], lang=spec["lang"], client=spec.get("client_label", spec["client"]))))
    for spec in specs_auto.SPECS:
        raw, dt = spec["build"](seed_of(spec["id"]))
        items.append((dt.astimezone(timezone.utc), spec["id"], raw, dict(
            mailbox=spec["mailbox"], automated=spec.get("automated", True), labels=spec.get("labels", []),
            unclear=spec.get("unclear", False), entities=spec.get("entities", {}), note=spec["note"],
            ack_to=spec.get("ack_to"),
            cat=spec["cat"], lang=spec["lang"], client=spec["client"])))
    ids = [i[1] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    items.sort(key=lambda x: (x[0], x[1]))
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    man, idx = [], []
    for i, (_, ident, raw, m) in enumerate(items, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        labels = [l for l in ORDER if l in m["labels"]]
        assert labels == list(m["labels"]), (ident, m["labels"])
        row = dict(file=fn, mailbox=m["mailbox"], automated=m["automated"], labels=labels, unclear=m["unclear"],
                   entities=m["entities"], note=m["note"], ack_to=m["ack_to"])
        man.append(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False))
        idx.append("%s\t%s\t%s\t%s" % (fn, m["cat"], m["lang"], m["client"]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(idx) + "\n")
    with open(os.path.join(HERE, "ids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join("%04d.eml\t%s" % (i, it[1]) for i, it in enumerate(items, 1)) + "\n")
    print("wrote %d messages to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
