"""Rebuild the `households` set byte for byte: python3 _generator/build.py"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mail  # noqa: E402
import specs_optouts  # noqa: E402
import specs_other  # noqa: E402

SEED = 20261215   # file order only; each message's own randomness is seeded by its spec key


def main():
    specs = specs_optouts.SPECS + specs_other.SPECS
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate spec keys"
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    specs = [specs[i] for i in order]
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(mail.make(s))
        man.append(json.dumps({"file": fn, "mailbox": s["mailbox"], "automated": s["automated"],
                               "labels": s["labels"], "unclear": s["unclear"], "entities": s["entities"],
                               "note": s["note"], "ack_to": s["ack_to"]}, ensure_ascii=False))
        idx.append("\t".join([fn, "%s:%s" % (s["group"], s["key"]), s["lang"], s["voice"], mail.NAMES[s["client"]]]))
    for name, rows in (("manifest.jsonl", man), ("index.tsv", idx)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
