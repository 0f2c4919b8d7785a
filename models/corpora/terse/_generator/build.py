#!/usr/bin/env python3
"""Rebuild the `terse` set byte for byte: python3 _generator/build.py"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients  # noqa: E402
import specs_auto  # noqa: E402
import specs_mixed  # noqa: E402
import specs_optout  # noqa: E402
import specs_unclear  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 20260314

RAW_CLIENT = {
    "auto:bounce-vtext": "postfix-dsn",
    "auto:bounce-att-sms": "sendmail-dsn",
    "auto:mailbox-full": "exim-legacy",
    "auto:read-receipt": "outlook.com-mdn",
    "sw:gmail-unsubscribe": "gmail-unsubscribe",
}


def all_specs():
    specs = specs_optout.SPECS + specs_mixed.SPECS + specs_unclear.SPECS + specs_auto.SPECS
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
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
        rng = random.Random("%d-%s-%s" % (SEED, fname, spec["email"] or spec["cat"]))
        if spec.get("raw"):
            data = spec["raw"](spec, rng)
        else:
            data = clients.build(spec, rng)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        row = {
            "file": fname,
            "mailbox": spec["mailbox"],
            "automated": spec["automated"],
            "labels": spec["labels"],
            "unclear": spec["unclear"],
            "entities": spec["entities"],
            "note": spec["note"],
            "ack_to": ack_to(spec),
        }
        manifest.append(json.dumps(row, ensure_ascii=False))
        client = RAW_CLIENT.get(spec["cat"], spec["client"])
        index.append("%s\t%s\t%s\t%s" % (fname, spec["cat"], spec["lang"], client))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tlang\tclient\n" + "\n".join(index) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
