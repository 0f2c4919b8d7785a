#!/usr/bin/env python3
"""Rebuild the `renters` set byte for byte: NNNN.eml, manifest.jsonl, index.tsv and README.md.

    python3 _generator/build.py

Standard library only, fixed seed (mailkit.SEED), writes no bytecode."""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import people  # noqa: E402  (composes the people's mail)
import machines  # noqa: E402
from readme import render_readme  # noqa: E402

OUT = HERE.parent
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENT_ORDER = ["name", "postal_code", "account"]


def main():
    machines.build_all()
    entries = sorted(people.ENTRIES, key=lambda e: e["t"])
    times = [e["t"] for e in entries]
    assert len(set(times)) == len(times), "two messages share an arrival time"
    for old in OUT.glob("*.eml"):
        old.unlink()
    manifest, index = [], []
    for i, e in enumerate(entries, 1):
        name = f"{i:04d}.eml"
        (OUT / name).write_bytes(e["raw"])
        m = e["manifest"]
        labels = [l for l in LABEL_ORDER if l in m["labels"]]
        assert labels == m["labels"], (name, m["labels"])
        ents = {k: m["entities"][k] for k in ENT_ORDER if k in m["entities"]}
        row = {"file": name, "mailbox": m["mailbox"], "automated": m["automated"], "labels": labels,
               "unclear": m["unclear"], "entities": ents, "note": m["note"], "ack_to": m["ack_to"]}
        assert list(row) == KEYS
        manifest.append(row)
        x = e["index"]
        index.append([name, x["spec"], x["category"], x["answers"], x["language"], x["program"],
                      e["t"].strftime("%Y-%m-%d %H:%M")])
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in manifest:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for r in index:
            assert not any("\t" in c or "\n" in c for c in r)
            f.write("\t".join(r) + "\n")
    (OUT / "README.md").write_text(render_readme(manifest, index), encoding="utf-8")
    c = Counter("automated" if r["automated"] else "human" for r in manifest)
    print(f"wrote {len(manifest)} messages ({c['human']} human, {c['automated']} automated) to {OUT}")


if __name__ == "__main__":
    main()
