"""Rebuild the lookalikes set byte-for-byte: python3 _generator/build.py (standard library only, fixed seeds)."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import kit  # noqa: E402
import machine  # noqa: E402,F401  (registers messages)
import people  # noqa: E402,F401
from common import REG  # noqa: E402

KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def build():
    keys = [r["key"] for r in REG]
    dup = [k for k, n in collections.Counter(keys).items() if n > 1]
    if dup:
        raise SystemExit("duplicate keys: %s" % dup)
    rows = []
    for r in REG:
        date, raw, lab = r["fn"](kit.seeded("lookalikes/" + r["key"]))
        rows.append((date, r, raw, lab))
    rows.sort(key=lambda x: (x[0], x[1]["key"]))
    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    man, idx = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for i, (date, r, raw, lab) in enumerate(rows, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        rec = dict(file=fn, mailbox=r["mailbox"], **lab)
        man.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
        cat = ("machine: " + r["cat"]) if lab["automated"] else r["cat"]
        idx.append("\t".join([fn, r["key"], cat, r["lang"], r["program"], date.isoformat()]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(idx) + "\n")
    write_readme([json.loads(x) for x in man], [x.split("\t") for x in idx[1:]])
    print("wrote %d messages" % len(rows))


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(man, idx):
    n = len(man)
    auto = [m for m in man if m["automated"]]
    hum = [m for m in man if not m["automated"]]
    c = collections.Counter()
    for m in man:
        for lb in m["labels"]:
            c[lb] += 1
    combos = collections.Counter(
        "(automated)" if m["automated"] else ("+".join(m["labels"]) or "(none)") + (" [unclear]" if m["unclear"] else "")
        for m in man)
    mb = collections.Counter(m["mailbox"] for m in man)
    mba = collections.Counter(m["mailbox"] for m in auto)
    lang = collections.Counter(r[3] for r in idx)
    cats = collections.Counter(r[2] for r in idx)
    counts = [table(["what", "count"], [
        ("messages", n), ("people (automated = false)", len(hum)), ("machines / not a request (automated = true)",
                                                                     len(auto)),
        ("mailbox customercare", "%d (%d automated)" % (mb["customercare"], mba["customercare"])),
        ("mailbox powerhousecatalog", "%d (%d automated)" % (mb["powerhousecatalog"], mba["powerhousecatalog"])),
        ("label marketing_opt_out", c["marketing_opt_out"]), ("label catalog_share_opt_out", c["catalog_share_opt_out"]),
        ("label question", c["question"]), ("unclear", sum(m["unclear"] for m in man)),
        ("ack_to null", sum(m["ack_to"] is None for m in man)),
        ("ack_to null on people", sum(m["ack_to"] is None for m in hum)),
        ("with any entity", sum(bool(m["entities"]) for m in man)),
        ("Spanish", lang["es"]), ("English", lang["en"])]),
        "", "Label combinations:", "", table(["labels", "messages"], sorted(combos.items(), key=lambda x: -x[1])),
        "", "By category (index.tsv):", "", table(["category", "messages"], sorted(cats.items(), key=lambda x: (-x[1], x[0])))]
    with open(os.path.join(HERE, "README.in.md"), encoding="utf-8") as f:
        tpl = f.read()
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        tpl = tpl.replace("{{COUNTS}}", "\n".join(counts))
        for r in idx:
            tpl = tpl.replace("{{file:%s}}" % r[1], r[0])
        if "{{" in tpl:
            raise SystemExit("unresolved README placeholder: " + tpl[tpl.index("{{"):tpl.index("{{") + 40])
        f.write(tpl)


if __name__ == "__main__":
    build()
