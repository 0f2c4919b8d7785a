"""Rebuild the `catalog` set byte for byte: python3 _generator/build.py

Standard library only.  Every random choice is seeded from a spec id, so the same specs give the same bytes.
Writes NNNN.eml (in date order), manifest.jsonl and index.tsv next to this folder."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import assemble  # noqa: E402
import specs_machines  # noqa: E402
import specs_optouts  # noqa: E402
import specs_questions  # noqa: E402
import specs_unclear  # noqa: E402

ROOT = os.path.dirname(HERE)
LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def all_specs():
    specs = specs_optouts.SPECS + specs_questions.SPECS + specs_unclear.SPECS + specs_machines.SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec id"
    return sorted(specs, key=lambda s: (s["date"], s["id"]))


def render(s):
    if s["kind"] == "person":
        raw, _, _ = assemble.person(s)
    elif s["kind"] == "system":
        raw, _ = assemble.system(s)
    elif s["kind"] == "dsn":
        raw, _ = assemble.dsn(s)
    elif s["kind"] == "mdn":
        raw, _ = assemble.mdn(s)
    else:
        raise ValueError(s["kind"])
    return raw


def ack_to(s):
    if s["auto"] or s["ack"] is None:
        return None
    if s["ack"] == "from":
        return s["addr"]
    if s["ack"] == "reply":
        return s["reply_to"][1]
    raise ValueError(s["ack"])


def main():
    specs = all_specs()
    for f in os.listdir(ROOT):
        if f.endswith(".eml"):
            os.remove(os.path.join(ROOT, f))
    man, idx = [], []
    for n, s in enumerate(specs, 1):
        name = "%04d.eml" % n
        with open(os.path.join(ROOT, name), "wb") as fh:
            fh.write(render(s))
        labels = [x for x in LABELS if x in s["labels"]]
        man.append(json.dumps({"file": name, "mailbox": "powerhousecatalog" if s["box"] == "phc" else "customercare",
                               "automated": s["auto"], "labels": labels, "unclear": s["unclear"],
                               "entities": s["ent"], "note": s["note"], "ack_to": ack_to(s)}, ensure_ascii=False))
        q = s.get("quote")
        mode = q["mode"] if q else "irt" if s["kind"] == "mdn" else "fresh"
        prog = s.get("client") or {"system": "via-" + s.get("via", "ses"), "dsn": "dsn-" + s.get("style", ""),
                                   "mdn": "mdn-outlook"}[s["kind"]]
        idx.append("\t".join([name, s["id"], s["cat"], s["lang"], prog, mode]))
    with open(os.path.join(ROOT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(ROOT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(specs))


if __name__ == "__main__":
    main()
