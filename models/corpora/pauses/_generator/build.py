#!/usr/bin/env python3
"""Rebuild every byte of the `pauses` set: NNNN.eml, manifest.jsonl, index.tsv, README.md.

    python3 _generator/build.py
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import central                      # noqa: E402
from clients import PROGRAM, render          # noqa: E402
from humans import HUMANS                    # noqa: E402
from machines import BUILT, FORMS, RENDERED  # noqa: E402
import readme                                # noqa: E402


def main():
    items = []
    for m in HUMANS:
        raw, arrive, _ = render(m)
        if m.get("ack", "auto") is None:
            ack = None
        else:
            ack = (m.get("reply_to") or m["frm"])[1]
        items.append(dict(raw=raw, arrive=arrive, key=m["key"], mailbox=m["mailbox"], automated=False,
                          labels=m["labels"], unclear=m["unclear"], entities=m["entities"], note=m["note"],
                          ack_to=ack, category=m["category"], answers=m["answers"], lang=m.get("lang", "en"),
                          program=PROGRAM[m["client"]]))
    for m in RENDERED:
        raw, arrive, _ = render(m)
        items.append(dict(raw=raw, arrive=arrive, key=m["key"], mailbox=m["mailbox"], automated=True,
                          labels=[], unclear=False, entities={}, note=m["note"], ack_to=None,
                          category=m["category"], answers=m["answers"], lang=m.get("lang", "en"),
                          program={"gmail": "Gmail vacation responder",
                                   "outlook_m365": "Exchange Online automatic reply",
                                   "outlook_com": "Outlook.com automatic reply"}[m["client"]]))
    for m in BUILT:
        raw, arrive = m["fn"]()
        items.append(dict(raw=raw, arrive=arrive, key=m["key"], mailbox=m["mailbox"], automated=True,
                          labels=[], unclear=False, entities={}, note=m["note"], ack_to=None,
                          category=m["category"], answers=m["answers"], lang=m.get("lang", "en"),
                          program=m["program"]))
    for m in FORMS:
        raw, arrive = m["fn"]()
        items.append(dict(raw=raw, arrive=arrive, key=m["key"], mailbox=m["mailbox"], automated=False,
                          labels=m["labels"], unclear=m["unclear"], entities=m["entities"], note=m["note"],
                          ack_to=m["ack_to"], category=m["category"], answers=m["answers"],
                          lang=m.get("lang", "en"), program=m["program"]))
    keys = [i["key"] for i in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    items.sort(key=lambda i: (i["arrive"].timestamp(), i["key"]))

    for name in os.listdir(ROOT):
        if name.endswith(".eml"):
            os.remove(os.path.join(ROOT, name))
    manifest, index = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, it in enumerate(items, 1):
        fn = "%04d.eml" % n
        it["file"] = fn
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(it["raw"])
        rec = collections.OrderedDict([
            ("file", fn), ("mailbox", it["mailbox"]), ("automated", it["automated"]),
            ("labels", it["labels"]), ("unclear", it["unclear"]), ("entities", it["entities"]),
            ("note", it["note"]), ("ack_to", it["ack_to"])])
        manifest.append(json.dumps(rec, ensure_ascii=False))
        c, _ = central(it["arrive"])
        index.append("\t".join([fn, it["key"], it["category"], it["answers"], it["lang"], it["program"],
                                c.date().isoformat()]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(index) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.make(items))
    print("wrote %d messages" % len(items))


if __name__ == "__main__":
    main()
