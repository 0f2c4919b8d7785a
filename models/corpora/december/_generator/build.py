#!/usr/bin/env python3
"""Rebuild the 'december' set byte-for-byte: NNNN.eml, manifest.jsonl, index.tsv, README.md.

    python3 _generator/build.py

Standard library only; every random choice is seeded from the message's stable key.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mailkit  # noqa: E402
from mailkit import CST, UTC, rng_for  # noqa: E402
import spec  # noqa: E402
import people1  # noqa: E402,F401
import people2  # noqa: E402,F401
import machines  # noqa: E402,F401
import providers  # noqa: E402
import readme_text  # noqa: E402

LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


class RawQuote:
    def __init__(self, frm, dt, subject, text, to_addr=None):
        self.frm, self.dt, self.subject, self.text, self.to_addr = frm, dt, subject, text, to_addr
        self.msgid = None


def make_quote(d, rng):
    q = d.get("q")
    if d.get("fwd_raw"):
        frm, at, subj, text = d["fwd_raw"]
        return RawQuote(frm, spec.when(at), subj, text, d["frm"][1])
    if not q:
        return None
    kind = q[0]
    if kind == "day":
        return providers.Quote("day", rng, n=q[1], to_addr=d["frm"][1])
    if kind in ("tstat", "nl"):
        return providers.Quote(kind, rng, to_addr=d["frm"][1])
    if kind == "ack":
        return providers.Quote("ack", rng, ref=q[1], dt=spec.when(q[2]), to_addr=d["frm"][1])
    if kind in ("outage", "bill"):
        return providers.Quote(kind, rng, dt=spec.when(d["qdt"]), to_addr=d["frm"][1], extra=q[1])
    raise ValueError(kind)


def addr_of(h):
    return h.split("<")[-1].rstrip(">").strip() if "<" in h else h.strip()


def build_one(d):
    rng = rng_for(d["key"])
    if d["kind"] == "machine":
        raw = d["fn"](rng, d)
        program = d["program"]
        ack_to = None
    else:
        dd = dict(d)
        dd["quote"] = make_quote(d, rng)
        if d.get("fwd_raw"):
            dd["fwd"] = True
        raw = providers.build_human(dd, rng)
        program = spec.PROGRAM[d["prov"]]
        if d["ack"] == "from":
            ack_to = d["frm"][1]
        elif d["ack"] == "reply_to":
            ack_to = addr_of(d["reply_to"])
        else:
            ack_to = None
    assert b"\r" not in raw, d["key"]
    raw = raw.replace(b"\n", b"\r\n")
    return raw, program, ack_to


def main():
    items = sorted(spec.ALL, key=lambda d: (d["dt"].astimezone(UTC), d["key"]))
    keys = [d["key"] for d in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    manifest = []
    index = ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, d in enumerate(items, 1):
        name = "%04d.eml" % i
        raw, program, ack_to = build_one(d)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels = [l for l in LABEL_ORDER if l in d["labels"]]
        assert labels == list(d["labels"]), (d["key"], d["labels"])
        ents = {k: d["ents"][k] for k in ("name", "postal_code", "account") if k in d["ents"]}
        manifest.append(collections.OrderedDict([
            ("file", name), ("mailbox", d["box"]), ("automated", d["kind"] == "machine"), ("labels", labels),
            ("unclear", bool(d["unclear"])), ("entities", ents), ("note", d["note"]), ("ack_to", ack_to)]))
        index.append("\t".join([name, d["spec"], spec.CATS[d["cat"]], d["lang"], program,
                                d["dt"].astimezone(CST).strftime("%Y-%m-%d %H:%M:%S -0600")]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(index) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme_text.render(manifest, items))
    print("wrote %d messages to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
