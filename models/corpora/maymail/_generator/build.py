#!/usr/bin/env python3
"""Rebuild every byte of the maymail set: NNNN.eml, manifest.jsonl, index.tsv, README.md.

Standard library only.  All randomness is seeded per message (see mimekit.rng_for),
so two runs produce identical bytes.

    python3 _generator/build.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import registry  # noqa: E402
import people  # noqa: E402
import machines  # noqa: E402

LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def main():
    registry.ENTRIES.clear()
    people.build()
    machines.build()
    entries = sorted(registry.ENTRIES, key=lambda e: (e["msg"].arrive, e["key"]))
    keys = [e["key"] for e in entries]
    assert len(keys) == len(set(keys)), "duplicate keys"

    # remove old output
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))

    manifest_lines = []
    index_rows = ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, e in enumerate(entries, 1):
        fn = "%04d.eml" % i
        e["file"] = fn
        data = e["msg"].bytes()
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        labels = [l for l in LABEL_ORDER if l in e["labels"]]
        ent = {k: e["entities"][k] for k in ("name", "postal_code", "account") if k in e["entities"]}
        rec = collections.OrderedDict([
            ("file", fn), ("mailbox", e["mailbox"]), ("automated", e["automated"]), ("labels", labels),
            ("unclear", e["unclear"]), ("entities", ent), ("note", e["note"]), ("ack_to", e["ack_to"]),
        ])
        manifest_lines.append(json.dumps(rec, ensure_ascii=False))
        arr = e["msg"].arrive
        index_rows.append("\t".join([fn, e["spec"], e["category"], e["language"], e["program"],
                                     arr.isoformat()]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest_lines) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(index_rows) + "\n")
    write_readme(entries)
    print("wrote %d messages to %s" % (len(entries), OUT))


def by_key(entries):
    return {e["key"]: e["file"] for e in entries}


def write_readme(entries):
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tpl = f.read()
    n = len(entries)
    c = collections.Counter()
    combos = collections.Counter()
    cats = collections.Counter()
    mb = collections.Counter()
    mb_auto = collections.Counter()
    ents = collections.Counter()
    for e in entries:
        mb[e["mailbox"]] += 1
        cats[e["category"]] += 1
        if e["automated"]:
            c["automated"] += 1
            mb_auto[e["mailbox"]] += 1
            combos["(none) - automated"] += 1
        elif e["unclear"]:
            c["unclear"] += 1
            combos["(none) - unclear"] += 1
        elif not e["labels"]:
            combos["(none) - human, nothing to do (thanks)"] += 1
        else:
            combos[" + ".join(l for l in LABEL_ORDER if l in e["labels"])] += 1
        for l in e["labels"]:
            c[l] += 1
        for k in e["entities"]:
            ents[k] += 1
        if e["entities"]:
            ents["any"] += 1
        if e["ack_to"] is None:
            c["ack_null"] += 1
        else:
            c["ack_set"] += 1
    rows = ["| label | messages carrying it |", "|---|---|"]
    for l in LABEL_ORDER:
        rows.append("| `%s` | %d |" % (l, c[l]))
    rows.append("| `automated: true` | %d |" % c["automated"])
    rows.append("| `unclear: true` | %d |" % c["unclear"])
    rows.append("| **total messages** | **%d** |" % n)
    rows.append("")
    rows.append("| exact combination | messages |")
    rows.append("|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append("| %s | %d |" % (k, v))
    rows.append("")
    rows.append("| category (index.tsv) | messages |")
    rows.append("|---|---|")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append("| %s | %d |" % (k, v))
    rows.append("")
    rows.append("| mailbox | messages | of which automated |")
    rows.append("|---|---|---|")
    for k in ("customercare", "powerhousecatalog"):
        rows.append("| `%s` | %d | %d |" % (k, mb[k], mb_auto[k]))
    rows.append("")
    rows.append("| other | count |")
    rows.append("|---|---|")
    rows.append("| messages with any entity | %d |" % ents["any"])
    for k in ("name", "postal_code", "account"):
        rows.append("| entity `%s` | %d |" % (k, ents[k]))
    rows.append("| `ack_to` set | %d |" % c["ack_set"])
    rows.append("| `ack_to` null | %d |" % c["ack_null"])
    counts = "\n".join(rows)

    sp = ["| file | language | mailbox | what | labels |", "|---|---|---|---|---|"]
    for e in entries:
        if e["language"] in ("es", "mixed"):
            lab = "automated" if e["automated"] else ("unclear" if e["unclear"] else (", ".join(e["labels"]) or "none (thanks)"))
            sp.append("| %s | %s | %s | %s | %s |" % (e["file"], e["language"], e["mailbox"], e["spec"], lab))
    nsp = sum(1 for e in entries if e["language"] in ("es", "mixed"))
    spanish = "\n".join(sp) + "\n\n%d of %d messages (%.0f %%) are Spanish or mixed." % (nsp, n, 100.0 * nsp / n)

    files = by_key(entries)
    out = tpl.replace("{{COUNTS}}", counts).replace("{{SPANISH}}", spanish).replace("{{TOTAL}}", str(n))
    # file references written as [[key]] in the template
    import re
    out = re.sub(r"\[\[([a-z0-9-]+)\]\]", lambda m: files[m.group(1)], out)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
