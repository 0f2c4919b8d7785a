"""Rebuild the `season` set byte for byte: python3 _generator/build.py (standard library only)."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import assemble  # noqa: E402
import progs  # noqa: E402

MODULES = ["specs_people", "specs_es", "specs_auto"]
SEED = 20251101  # order of the files; each message's own bytes depend only on its spec id


def main():
    specs = []
    for m in MODULES:
        specs += __import__(m).SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    assert len(specs) == 120, len(specs)
    random.Random(SEED).shuffle(specs)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(assemble.make(s))
        man.append(json.dumps({"file": fn, "mailbox": s["box"], "automated": s["automated"], "labels": s["labels"],
                               "unclear": s["unclear"], "entities": s["entities"], "note": s["note"],
                               "ack_to": s["ack_to"]}, ensure_ascii=False))
        idx.append("\t".join([fn, s["cat"], s["lang"], progs.NAMES[s["prog"]], s["date"][:10]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
