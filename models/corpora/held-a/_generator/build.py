"""Rebuild the held-a corpus byte for byte: python3 _generator/build.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mk import R, when
import clients, machines
import specs_1, specs_2, specs_3, specs_auto

OUT = os.path.dirname(HERE)


def ack_default(s):
    if s.get("auto"):
        return None
    if "ack" in s:
        return s["ack"]
    if s.get("reply_to"):
        return s["reply_to"][1]
    return s["frm"][1]


def main():
    specs = specs_1.SPECS + specs_2.SPECS + specs_3.SPECS + specs_auto.SPECS
    specs.sort(key=lambda s: s["dt"])
    dts = [s["dt"] for s in specs]
    assert len(set(dts)) == len(dts), "duplicate timestamps"
    man, idx = [], []
    for i, s in enumerate(specs, 1):
        fn = "%04d.eml" % i
        s = dict(s)
        s["d"] = when(s["dt"])
        rng = R("held-a|" + s["dt"])
        if s.get("kind"):
            raw = machines.BUILDERS[s["kind"]](s, rng)
        else:
            raw = clients.CLIENTS[s["client"]](s, rng)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        auto = bool(s.get("auto"))
        row = {"file": fn, "mailbox": {"cc": "customercare", "ph": "powerhousecatalog"}[s["mb"]],
               "automated": auto, "labels": [] if auto else s.get("labels", []),
               "unclear": False if auto else bool(s.get("unclear")),
               "entities": {} if auto else s.get("ent", {}), "note": s["note"], "ack_to": ack_default(s)}
        man.append(json.dumps(row, ensure_ascii=False))
        idx.append("\t".join([fn, s["cat"], s.get("lang", "en"), s.get("cl") or s.get("client") or s.get("kind")]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tcategory\tlang\tclient\n" + "\n".join(idx) + "\n")
    print("wrote %d messages" % len(specs))


if __name__ == "__main__":
    main()
