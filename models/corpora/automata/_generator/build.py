"""Rebuild the `automata` set byte for byte: python3 _generator/build.py
Standard library only; every random choice comes from the spec id (kit.rng), so the output never changes."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import kit  # noqa: E402

MODULES = ["specs_replies", "specs_bounces", "specs_bulk", "specs_people", "specs_people2"]


def main():
    specs = []
    for m in MODULES:
        specs += __import__(m).SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    # Files are numbered by delivery time; ties (none expected) by id.
    specs.sort(key=lambda s: (kit.utc(s["date"]), s["id"]))
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(kit.make(s))
        man.append(json.dumps({"file": fn, "mailbox": s["mailbox"], "automated": bool(s["automated"]),
                               "labels": s["labels"], "unclear": s["unclear"], "entities": s["entities"],
                               "note": s["note"], "ack_to": s["ack_to"]}, ensure_ascii=False))
        idx.append("\t".join([fn, s["cat"], s["lang"], s["client"], s["id"]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
