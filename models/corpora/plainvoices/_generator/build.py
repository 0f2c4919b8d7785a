"""Rebuild the `plainvoices` set byte for byte: python3 _generator/build.py"""
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mailer  # noqa: E402

MODULES = ["specs_marketing", "specs_share", "specs_questions", "specs_unclear"]
OUT = os.path.dirname(HERE)
SEED = 20261203
CLIENT_NAMES = {"gmail": "gmail-web", "o365": "outlook-365", "outlookcom": "outlook.com", "yahoo": "yahoo-web",
                "apple": "apple-mail", "iphone": "iphone-mail", "thunderbird": "thunderbird",
                "roundcube": "roundcube", "zimbra": "zimbra-web", "ox": "xfinity-openxchange", "isp": "isp-smtp",
                "vendor": "web-form-relay"}


def load():
    specs = []
    for name in MODULES:
        mod = __import__(name)
        specs += mod.SPECS
    return specs


def finish(spec):
    auto = spec.get("automated", False)
    spec.setdefault("labels", [])
    spec.setdefault("unclear", False)
    spec.setdefault("entities", {})
    if auto:
        spec["ack_to"] = None
    elif "ack_to" not in spec:
        spec["ack_to"] = (spec.get("reply_to") or spec["frm"])[1]
    return spec


def main():
    specs = [finish(s) for s in load()]
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    specs = [specs[i] for i in order]
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        raw = mailer.build_message(s)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        row = {"file": fn, "mailbox": s["mailbox"], "automated": bool(s.get("automated", False)),
               "labels": s["labels"], "unclear": s["unclear"], "entities": s["entities"], "note": s["note"],
               "ack_to": s["ack_to"]}
        man.append(json.dumps(row, ensure_ascii=False))
        idx.append("\t".join([fn, s["cat"], s["lang"], CLIENT_NAMES.get(s["client"], s["client"])]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
