#!/usr/bin/env python3
"""Rebuild the `channels` set: 0001.eml ... 0120.eml, manifest.jsonl, index.tsv and README.md.

Standard library only; every random choice comes from a generator seeded by the message's spec id, so a rebuild
reproduces every byte.  Run from anywhere:  python3 _generator/build.py
"""
import json
import os
import random
import sys
from collections import Counter
from datetime import timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from clients import build_person  # noqa: E402
from machines import M  # noqa: E402
from people import PEOPLE  # noqa: E402
import readme  # noqa: E402

SEED = "channels-2027"


def rng_for(spec_id):
    return random.Random("%s/%s" % (SEED, spec_id))


def main():
    items = []
    for s in PEOPLE:
        data, program = build_person(s, rng_for(s["id"]))
        if s["ack"] == "from":
            ack_to = s["addr"]
        else:
            ack_to = s["ack"]
        items.append(dict(spec=s, data=data, program=program, automated=False, labels=s["labels"], unclear=s["unclear"],
                          entities=s["entities"], note=s["note"], ack_to=ack_to, mailbox=s["mailbox"], when=s["when"],
                          answers=s.get("quote") or "-", lang=s["lang"], cat=s["cat"], id=s["id"]))
    for s in M:
        data = s["build"](rng_for(s["id"]), s)
        items.append(dict(spec=s, data=data, program=s["program"], automated=True, labels=[], unclear=False,
                          entities={}, note=s["note"], ack_to=None, mailbox=s["mailbox"], when=s["when"],
                          answers=s["answers"], lang=s["lang"], cat=s["cat"], id=s["id"]))
    items.sort(key=lambda it: (it["when"].astimezone(timezone.utc), it["id"]))
    assert len(items) == 120, len(items)

    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    manifest_lines = []
    index_lines = ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, it in enumerate(items, 1):
        fn = "%04d.eml" % n
        it["file"] = fn
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(it["data"])
        rec = {"file": fn, "mailbox": it["mailbox"], "automated": it["automated"], "labels": list(it["labels"]),
               "unclear": it["unclear"], "entities": dict(it["entities"]), "note": it["note"], "ack_to": it["ack_to"]}
        manifest_lines.append(json.dumps(rec, ensure_ascii=False))
        answers = it["answers"]
        if answers.startswith("ack_"):
            answers = "acknowledgement"
        index_lines.append("\t".join([fn, it["id"], it["cat"], answers, it["lang"], it["program"],
                                      it["when"].isoformat()]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest_lines) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(index_lines) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(items))
    print("wrote %d messages to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
