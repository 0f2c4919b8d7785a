#!/usr/bin/env python3
"""Rebuild the `midweek` set byte for byte: python3 _generator/build.py"""
import sys
sys.dont_write_bytecode = True
import json
import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import mail  # noqa: E402
import msgs_mon, msgs_tue, msgs_wed, msgs_thu, msgs_fri, msgs_weekend  # noqa: E402,F401
import readme  # noqa: E402

KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]


def build():
    mails = []
    seen = set()
    for key, when, mailbox, category, kw, fn in mail.REGISTRY:
        if key in seen:
            raise SystemExit("duplicate key " + key)
        seen.add(key)
        m = mail.Mail(key, when, mailbox, category, **kw)
        fn(m)
        if m.man is None:
            raise SystemExit("no labels for " + key)
        mails.append(m)
    mails.sort(key=lambda m: (m.arrival, m.key))
    for old in OUT.glob("*.eml"):
        old.unlink()
    man_lines = []
    idx = ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    rows = []
    for i, m in enumerate(mails, 1):
        fname = "%04d.eml" % i
        raw = m.render()
        (OUT / fname).write_bytes(raw)
        rec = dict(m.man)
        rec["file"] = fname
        rec = {k: rec[k] for k in KEYS}
        man_lines.append(json.dumps(rec, ensure_ascii=False))
        arr = m.arrival.astimezone(m.sent.tzinfo)
        idx.append("\t".join([fname, m.key, m.category, m.answers, m.lang, m.program,
                              m.sent.strftime("%Y-%m-%d")]))
        rows.append((rec, m))
    (OUT / "manifest.jsonl").write_text("\n".join(man_lines) + "\n", encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(idx) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(readme.render(rows), encoding="utf-8")
    print("wrote %d messages to %s" % (len(mails), OUT))


if __name__ == "__main__":
    build()
