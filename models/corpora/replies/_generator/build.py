#!/usr/bin/env python3
"""Rebuild the `replies` corpus byte for byte: python3 _generator/build.py"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from mailkit import Ids, local, stable_hash  # noqa: E402
from sources import render  # noqa: E402
from clients import build_reply  # noqa: E402
import msgs_optout  # noqa: E402
import msgs_other  # noqa: E402
import msgs_auto  # noqa: E402

MAILBOX = {"customercare": "customercare@alliant-energy.com",
           "powerhousecatalog": "powerhousecatalog@alliant-energy.com"}


def human(spec):
    ids = Ids(random.Random("replies:" + spec["id"]))
    spec = dict(spec)
    spec["_ids"] = ids
    vars_ = dict(spec.get("vars", {}))
    if spec["src"] == "ACK":
        vars_.setdefault("tag", stable_hash(vars_["ref"]))
    s = render(spec["src"], vars_)
    if spec["src"] == "ACK":
        s["date"] = spec["src_when"]
        dom = spec["sender"][1].split("@")[1]
        s["refs_extra"] = "<%s@%s>" % (stable_hash(spec["id"] + "orig", 24), dom)
    spec["_sent"] = local(spec["when"], spec.get("tz"))
    sd = local(s["date"])
    assert spec["_sent"] > sd, spec["id"]
    mailbox = MAILBOX[spec["mb"]]
    raw = build_reply(spec, s, sd, mailbox)
    own = spec.get("text", "") + "\n" + "\n".join(v for k, v in spec.get("inline", []) if k == "t")
    for k, v in spec.get("ent", {}).items():
        assert v in own, (spec["id"], k, v)
    ack = spec.get("ack", "from")
    ack_to = {"from": spec["sender"][1], "rt": (spec.get("reply_to") or (None, None))[1], None: None}[ack]
    row = {"file": None, "mailbox": spec["mb"], "automated": False, "labels": spec["labels"],
           "unclear": bool(spec.get("unclear", False)), "entities": spec.get("ent", {}), "note": spec["note"],
           "ack_to": ack_to}
    client = spec["client"] + ({"fwd": "/fwd", "inline": "/inline", "bottom": "/bottom", "unsub": "/list-unsub",
                                "none": "/noquote"}.get(spec.get("mode", "top"), ""))
    return raw, row, (spec["cat"], spec["lang"], client)


def raw_entry(e):
    ids = Ids(random.Random("replies:" + e["id"]))
    raw = e["build"](ids)
    auto = e["automated"]
    row = {"file": None, "mailbox": e["mb"], "automated": auto, "labels": [] if auto else e["labels"],
           "unclear": False, "entities": {} if auto else e.get("ent", {}), "note": e["note"],
           "ack_to": None if auto else e.get("ack")}
    return raw, row, (e["cat"], e["lang"], e["client"])


def main():
    items = [("h", m) for m in msgs_optout.MSGS + msgs_other.MSGS] + [("r", e) for e in msgs_auto.RAW]
    ids_seen = [m["id"] for _, m in items]
    assert len(ids_seen) == len(set(ids_seen)), "duplicate ids"
    random.Random(20260314).shuffle(items)
    manifest, index = [], []
    for n, (kind, m) in enumerate(items, 1):
        raw, row, meta = human(m) if kind == "h" else raw_entry(m)
        fn = "%04d.eml" % n
        row["file"] = fn
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        manifest.append(row)
        index.append("\t".join([fn, meta[0], meta[1], meta[2]]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for row in manifest:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tcategory\tlang\tclient\n")
        f.write("\n".join(index) + "\n")
    print("wrote %d messages to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
