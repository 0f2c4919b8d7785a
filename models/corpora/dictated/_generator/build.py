#!/usr/bin/env python3
"""Rebuild the `dictated` set byte for byte: python3 _generator/build.py (standard library only)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients  # noqa: E402
import gateway  # noqa: E402
import specs_auto  # noqa: E402
import specs_en  # noqa: E402
import specs_es  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 20261208

RAW = {"sms": gateway.sms, "dsn": gateway.carrier_dsn, "notif": gateway.notification,
       "mdn": gateway.read_receipt}


def all_specs():
    specs = specs_en.SPECS + specs_es.SPECS + specs_auto.SPECS
    # delivery order: by date, ties broken by a seeded shuffle
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    order.sort(key=lambda i: specs[i]["date"])
    return [specs[i] for i in order]


def ack_to(spec):
    if spec["automated"] or spec["ack"] is None:
        return None
    if spec["ack"] == "reply_to":
        return spec["reply_to"]
    return spec["email"]


def main():
    specs = all_specs()
    manifest, index = [], []
    for n, spec in enumerate(specs, 1):
        fname = "%04d.eml" % n
        rng = random.Random("%d-%s-%s-%s" % (SEED, spec["email"], spec["date"], spec["cat"]))
        raw = spec.get("raw")
        data = RAW[raw](spec, rng) if raw else clients.build(spec, rng)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        row = {"file": fname, "mailbox": spec["mailbox"], "automated": spec["automated"],
               "labels": spec["labels"], "unclear": spec["unclear"], "entities": spec["entities"],
               "note": spec["note"], "ack_to": ack_to(spec)}
        manifest.append(json.dumps(row, ensure_ascii=False))
        index.append("\t".join([fname, spec["cat"], spec["lang"], raw or spec["client"],
                                spec.get("reply") or "-"]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tlang\tclient\tanswers\n" + "\n".join(index) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
