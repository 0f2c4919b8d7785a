#!/usr/bin/env python3
"""Rebuild the `templates` set byte for byte: NNNN.eml, manifest.jsonl, index.tsv and README.md.

    python3 _generator/build.py

Python 3 standard library only; one fixed seed. Files are numbered in arrival order (Delivered time at mbx01).
"""
import collections
import json
import pathlib
import random
import sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import engine as E  # noqa: E402

SEED = 20241203
E.setrng(random.Random(SEED))

import custom  # noqa: E402
import mail  # noqa: E402
import ours  # noqa: E402
import specs as S  # noqa: E402
import readme  # noqa: E402

LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_ORDER = ["name", "postal_code", "account"]


def ack_to(spec):
    a = spec["ack"]
    if a is None:
        return None
    if a == "from":
        return spec["frm"][1]
    if a == "reply":
        return spec["reply_to"][1]
    return a


def build():
    specs = S.SPECS
    seen = set()
    for sp in specs:
        assert sp["sid"] not in seen, sp["sid"]
        seen.add(sp["sid"])
        sp["_utc"] = E.parse_local(sp["when"], sp["zone"] if sp["zone"] in E.ZONES else "C")
        sp["_rcpt"] = S.MB[sp["mb"]]
    raws = {}
    for sp in specs:
        if sp["prog"] == "custom":
            sp["custom"] = sp["make"](sp)
            raws[sp["sid"]] = custom.build_custom(sp)
        else:
            raws[sp["sid"]] = mail.build_human(sp)
    order = sorted(specs, key=lambda s: (s["_utc"], s["sid"]))
    for old in ROOT.glob("[0-9][0-9][0-9][0-9].eml"):
        old.unlink()
    manifest, index = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, sp in enumerate(order, 1):
        fn = "%04d.eml" % i
        sp["_file"] = fn
        (ROOT / fn).write_bytes(raws[sp["sid"]])
        labels = [l for l in LABEL_ORDER if l in sp["labels"]]
        assert sorted(labels) == sorted(sp["labels"]), sp["sid"]
        ents = {k: sp["ent"][k] for k in ENT_ORDER if k in sp["ent"]}
        assert set(ents) == set(sp["ent"]), sp["sid"]
        rec = collections.OrderedDict()
        rec["file"] = fn
        rec["mailbox"] = sp["mb"]
        rec["automated"] = sp["automated"]
        rec["labels"] = [] if sp["automated"] else labels
        rec["unclear"] = False if sp["automated"] else sp["unclear"]
        rec["entities"] = {} if sp["automated"] else ents
        rec["note"] = sp["note"]
        rec["ack_to"] = None if sp["automated"] else ack_to(sp)
        manifest.append(rec)
        prog = sp.get("progname") or sp["prog"]
        local, _ = E.zoned(sp["_utc"], "C")
        index.append("\t".join([fn, sp["sid"], sp["cat"], sp["lang"], prog, local.isoformat()]))
    (ROOT / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in manifest), encoding="utf-8")
    (ROOT / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    (ROOT / "README.md").write_text(readme.render(order, manifest), encoding="utf-8")
    print("wrote %d messages to %s" % (len(order), ROOT))


if __name__ == "__main__":
    build()
