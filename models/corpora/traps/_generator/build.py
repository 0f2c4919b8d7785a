"""Rebuild the `traps` set byte for byte: python3 _generator/build.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import specs_people  # noqa: E402
import specs_people2  # noqa: E402,F401
import specs_auto  # noqa: E402
from mailer import utc  # noqa: E402
from people import build_person  # noqa: E402

LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def rows():
    out = []
    for s in specs_people.S:
        s = dict(s, automated=False)
        out.append(s)
    for s in specs_auto.A:
        out.append(dict(s, automated=True, labels=[], unclear=False, ents={}, ack=None))
    keys = [s["key"] for s in out]
    assert len(keys) == len(set(keys)), "duplicate keys"
    out.sort(key=lambda s: (utc(s["date"], s.get("tz", "C")), s["key"]))
    return out


def ack_to(s):
    if s["automated"] or s.get("ack") is None:
        return None
    if s["ack"] == "from":
        return s["frm"][1]
    if s["ack"] == "reply_to":
        return s["reply_to"][1]
    raise ValueError(s["ack"])


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for i, s in enumerate(rows(), 1):
        fn = "%04d.eml" % i
        raw = s["build"](s) if s["automated"] else build_person(s)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        labels = [l for l in LABEL_ORDER if l in s["labels"]]
        assert labels == s["labels"], (s["key"], s["labels"])
        man.append({"file": fn, "mailbox": s["box"], "automated": s["automated"], "labels": labels,
                    "unclear": s["unclear"], "entities": s["ents"], "note": s["note"], "ack_to": ack_to(s)})
        idx.append("\t".join([fn, s["cat"], s["lang"], s["client"]]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in man:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(man))


if __name__ == "__main__":
    main()
