#!/usr/bin/env python3
"""Rebuild the 'wrongdoor' set byte for byte:  python3 _generator/build.py
Standard library only; all randomness comes from lib.rng() seeded with a fixed string per message."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import build_human, rng, PROGRAM_NAMES, UTC  # noqa: E402
from humans_a import HUMANS_A  # noqa: E402
from humans_b import HUMANS_B  # noqa: E402
from machines import MACHINES  # noqa: E402

LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def all_specs():
    specs = HUMANS_A + HUMANS_B + MACHINES
    keys = [s["key"] for s in specs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate keys: {dup}")
    specs.sort(key=lambda s: (s["date"].astimezone(UTC), s["key"]))
    return specs


def ack_to(s):
    if s["automated"] or s["ack"] is None:
        return None
    if s.get("reply_to"):
        return s["reply_to"][1]
    return s["from"][1]


def main():
    specs = all_specs()
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{4}\.eml", f):
            os.remove(os.path.join(OUT, f))
    manifest, index, filemap = [], [], {}
    for i, s in enumerate(specs, 1):
        fn = f"{i:04d}.eml"
        filemap[s["key"]] = fn
        if s["automated"]:
            raw = s["build"](rng(f"m{s['key']}"), s)
            program = s["program"]
        else:
            s = dict(s)
            s["from"] = s.pop("frm")
            raw, _mid = build_human(i, s)
            program = PROGRAM_NAMES[s["client"]]
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        labels = [l for l in LABEL_ORDER if l in s["labels"]]
        assert labels == s["labels"], (s["key"], s["labels"])
        ent = {k: s["ent"][k] for k in ("name", "postal_code", "account") if k in s["ent"]}
        manifest.append({"file": fn, "mailbox": s["mailbox"], "automated": s["automated"], "labels": labels,
                         "unclear": s["unclear"], "entities": ent, "note": s["note"], "ack_to": ack_to(s)})
        index.append([fn, s["spec"], s["cat"], s["lang"], program, s["date"].strftime("%Y-%m-%d %H:%M:%S %z")])
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in manifest:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tspec\tcategory\tlanguage\tprogram\tdate\n")
        for r in index:
            fh.write("\t".join(r) + "\n")
    write_readme(manifest, index, filemap)
    print(f"wrote {len(manifest)} messages to {OUT}")


def write_readme(manifest, index, filemap):
    src = open(os.path.join(HERE, "README.in.md"), encoding="utf-8").read()
    n = len(manifest)
    c = lambda f: sum(1 for r in manifest if f(r))  # noqa: E731
    combos = {}
    for r in manifest:
        if r["automated"]:
            k = "(none) - automated"
        elif r["unclear"]:
            k = "(none) - unclear"
        elif not r["labels"]:
            k = "(none) - human, nothing for us / no action"
        else:
            k = " + ".join(r["labels"])
        combos[k] = combos.get(k, 0) + 1
    rows = ["| label / flag | messages |", "|---|---|"]
    for l in LABEL_ORDER:
        rows.append(f"| `{l}` | {c(lambda r: l in r['labels'])} |")
    rows += [f"| `automated: true` | {c(lambda r: r['automated'])} |",
             f"| `unclear: true` | {c(lambda r: r['unclear'])} |",
             f"| human, no labels, not unclear (nothing for us, ack_to null) | {c(lambda r: not r['automated'] and not r['unclear'] and not r['labels'])} |",
             f"| `ack_to` set | {c(lambda r: r['ack_to'])} |",
             f"| `ack_to` null | {c(lambda r: not r['ack_to'])} |",
             f"| messages with any entity | {c(lambda r: r['entities'])} |",
             f"| **total** | **{n}** |", "", "| exact combination | messages |", "|---|---|"]
    for k, v in sorted(combos.items(), key=lambda kv: -kv[1]):
        rows.append(f"| {k} | {v} |")
    rows += ["", "| mailbox | messages | automated |", "|---|---|---|"]
    for mb in ("customercare", "powerhousecatalog"):
        rows.append(f"| `{mb}` | {c(lambda r: r['mailbox'] == mb)} | {c(lambda r: r['mailbox'] == mb and r['automated'])} |")
    cats = {}
    for r in index:
        cats[r[2]] = cats.get(r[2], 0) + 1
    rows += ["", "| category (index.tsv) | messages |", "|---|---|"]
    for k in sorted(cats):
        rows.append(f"| {k} | {cats[k]} |")
    es = [r for r in index if r[3] in ("es", "mixed")]
    esl = ["| file | language | what |", "|---|---|---|"] + [f"| {r[0]} | {'Spanish' if r[3] == 'es' else 'English + Spanish'} | {r[1]} |" for r in es]
    text = src.replace("{{COUNTS}}", "\n".join(rows)).replace("{{SPANISH}}", "\n".join(esl))
    text = text.replace("{{N_ES}}", str(len(es))).replace("{{N}}", str(n))
    text = re.sub(r"\{\{([a-z0-9-]+)\}\}", lambda mo: filemap[mo.group(1)].replace(".eml", ""), text)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
