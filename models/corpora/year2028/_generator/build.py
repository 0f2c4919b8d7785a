#!/usr/bin/env python3
"""Build the `year2028` corpus: a random-looking sample of a whole year (2028) of both privacy mailboxes.

python3 _generator/build.py   -> writes NNNN.eml, manifest.jsonl, index.tsv and README.md next to _generator/.
Standard library only; fixed seed, so every byte is reproducible.
"""
import json
import sys as _sys
_sys.dont_write_bytecode = True
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import clients  # noqa: E402
import machine as mc  # noqa: E402
import ours  # noqa: E402
from mailkit import central, plus, to_crlf_bytes, rfcdate, text_part, rs, HEXL  # noqa: E402
from specs import SPECS  # noqa: E402
import readme  # noqa: E402

SEED = 20280101


def main():
    R = random.Random(SEED)
    specs = sorted(SPECS, key=lambda s: central(s["date"]))
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    manifest, index, msgids = [], [], set()
    for i, s in enumerate(specs, 1):
        fname = "%04d.eml" % i
        utc = central(s["date"])
        if s["kind"] == "human":
            spec = dict(s)
            spec["utc"] = utc
            spec["mailbox"] = s["mb"]
            rcpt = "%s@alliant-energy.com" % s["mb"]
            o = s.get("quote_of")
            if o and not s.get("fwd"):
                to = o["reply_to"] if o.get("reply_to") else "%s <%s>" % (o["from_name"], o["from_addr"])
            else:
                to = rcpt
            spec["to"] = s.get("to") or to
            spec["to_addr"] = rcpt
            if "builder" in s:
                text = s["builder"](R, utc, s["mb"])
            else:
                text, _ = clients.render(R, spec)
        else:
            text = s["builder"](R, utc, s["mb"])
        raw = to_crlf_bytes(text)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw)
        ack = s.get("ack", "from")
        if s["automated"]:
            ack_to = None
        elif ack == "from":
            ack_to = s["email"]
        elif ack == "reply":
            ack_to = s["reply_addr"]
        else:
            ack_to = ack
        rec = {"file": fname, "mailbox": s["mb"], "automated": s["automated"], "labels": s.get("labels", []),
               "unclear": s.get("unclear", False), "entities": s.get("ents", {}), "note": s["note"], "ack_to": ack_to}
        manifest.append(rec)
        index.append((fname, s["cat"], s.get("lang", "en")))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in manifest:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for fname, cat, _ in index:
            f.write("%s\t%s\n" % (fname, cat))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.make(manifest, index, specs))
    print("wrote %d messages" % len(manifest))


if __name__ == "__main__":
    main()
