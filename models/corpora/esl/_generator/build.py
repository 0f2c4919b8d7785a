#!/usr/bin/env python3
"""Build the esl set: python3 _generator/build.py rebuilds every byte (fixed seed, standard library only)."""
import sys
sys.dont_write_bytecode = True
import os, json
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import R, BOX, central, rfc, czone, utc, rs, HEX, ALNUM, b64s, uuid_lower, leaf, binary, multipart, raw_part, Part, esc, br, ew, addr
from ours import OUR
import people
from people import reply_subject, reply_refs, PROGRAM
import machines as mc
from specs_people import HUMANS
from specs_machines import MACHINES, HUMAN_MADE

ROOT = HERE.parent

def main():
    specs = HUMANS + MACHINES + HUMAN_MADE
    specs.sort(key=lambda s: s["dt"])
    seen = set()
    for s in specs:
        assert s["id"] not in seen, s["id"]
        seen.add(s["id"])
    for old in ROOT.glob("*.eml"):
        old.unlink()
    manifest, index = [], []
    for i, s in enumerate(specs, 1):
        fn = "%04d.eml" % i
        if s.get("raw_fn"):
            raw = s["raw_fn"](s["dt"])
            program = s["program"]
        elif s["kind"] == "human":
            raw = people.build_person(s)
            program = PROGRAM[s["prov"]] if not s.get("program") else s["program"]
        else:
            raw = s["fn"](s["dt"])
            program = s["program"]
        (ROOT / fn).write_bytes(raw)
        auto = s["kind"] == "machine"
        if auto:
            ack = None
        elif "ack" in s:
            ack = s["ack"]
        else:
            ack = s.get("reply_to") or s["frm"][1]
        rec = {"file": fn, "mailbox": "customercare" if s["box"] == "cc" else "powerhousecatalog",
               "automated": auto, "labels": [] if auto else s["labels"], "unclear": False if auto else s.get("unclear", False),
               "entities": {} if auto else s.get("ent", {}), "note": s["note"], "ack_to": ack}
        manifest.append(json.dumps(rec, ensure_ascii=False))
        index.append("\t".join([fn, s["id"], s["cat"], s.get("answers", "-"), s["lang"], program, s["dt"].isoformat()]))
    (ROOT / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (ROOT / "index.tsv").write_text("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n" + "\n".join(index) + "\n", encoding="utf-8")
    print("wrote %d messages" % len(specs))

if __name__ == "__main__":
    main()
