"""Rebuild the held-b set byte for byte:  python3 _generator/build.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import clients  # noqa: E402
import auto  # noqa: E402
import specs_a, specs_b, specs_c, specs_d  # noqa: E402

KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def bare(a):
    m = re.search(r"<([^>]+)>", a)
    return m.group(1) if m else a.strip()


def main():
    specs = specs_a.SPECS + specs_b.SPECS + specs_c.SPECS + specs_d.SPECS
    specs.sort(key=lambda s: s.n)
    nums = [s.n for s in specs]
    assert nums == list(range(1, len(specs) + 1)), [n for n in range(1, 121) if n not in nums]
    man = []
    idx = []
    for s in specs:
        fn = "%04d.eml" % s.n
        if s.builder:
            raw = auto.BUILDERS[s.builder](s)
        else:
            raw = clients.render(s)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        auto_ = bool(s.automated)
        labels = [] if auto_ else [l for l in ORDER if l in (s.labels or [])]
        if s.ack == "from":
            ack = s.frm[1]
        elif s.ack == "reply":
            ack = bare(s.reply_to)
        else:
            ack = None
        row = {"file": fn, "mailbox": s.box, "automated": auto_, "labels": labels,
               "unclear": bool(s.unclear), "entities": {} if auto_ else dict(s.ent or {}),
               "note": s.note, "ack_to": None if auto_ else ack}
        man.append(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False))
        idx.append("\t".join([fn, s.cat, s.lang or "en", s.client or s.builder]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tcategory\tlang\tclient\n" + "\n".join(idx) + "\n")
    print("wrote %d messages to %s" % (len(specs), OUT))


if __name__ == "__main__":
    main()
