#!/usr/bin/env python3
"""Rebuild the `storms` set byte for byte: python3 _generator/build.py

Standard library only; every identifier comes from a fixed seed (engine.SEED), never from the clock.
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from engine import T, tok, DIG, HEX  # noqa: E402
from clients import render  # noqa: E402
from people import PEOPLE  # noqa: E402
from machines import MACHINES, SOFT  # noqa: E402

OUT = os.path.dirname(HERE)
KEYS = ["file", "mailbox", "automated", "labels", "unclear", "entities", "note", "ack_to"]
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def fake_pdf(key, title):
    lines = [f"Receipt {i}: {tok(key + str(i), 8, DIG)}" for i in range(3)]
    stream = "BT /F1 11 Tf 72 720 Td (" + title + ") Tj ET\n" + "\n".join(
        f"BT /F1 10 Tf 72 {700 - 14 * i} Td ({l}) Tj ET" for i, l in enumerate(lines))
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


def fake_jpeg(key, n=900):
    body = bytes(int(tok(key + "j" + str(i // 32), 32, HEX)[i % 32], 16) * 16 + int(tok(key + "k" + str(i // 32), 32, HEX)[i % 32], 16)
                 for i in range(n))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + body.replace(b"\xff", b"\xfe") + b"\xff\xd9")


def main():
    items = []
    for m in PEOPLE:
        m = dict(m)
        m["dt"] = T(m["when"])
        if m.get("attach") == "receipts":
            m["attach"] = [("grocery_receipts.pdf", "application/pdf", fake_pdf(m["key"], "Hy-Vee and Aldi receipts July 2026")),
                           ("IMG_4417.jpg", "image/jpeg", fake_jpeg(m["key"]))]
        raw = render(m)
        ack_to = m["ack"] if "ack" in m else (m.get("reply_to") or m["addr"])
        items.append((m["dt"], m["key"], raw, {
            "mailbox": m["box"], "automated": False, "labels": m["labels"], "unclear": m["unclear"],
            "entities": m["entities"], "note": m["note"], "ack_to": ack_to},
            (m["key"], m["category"], m["answers"], m["lang"], m["program"], m["when"])))
    for m in SOFT:
        items.append((T(m["when"]), m["key"], m["build"](), {
            "mailbox": m["box"], "automated": False, "labels": m["labels"], "unclear": m["unclear"],
            "entities": m["entities"], "note": m["note"], "ack_to": m["ack"]},
            (m["key"], m["category"], m["answers"], m["lang"], m["program"], m["when"])))
    for m in MACHINES:
        items.append((T(m["when"]), m["key"], m["build"](), {
            "mailbox": m["box"], "automated": True, "labels": [], "unclear": False,
            "entities": {}, "note": m["note"], "ack_to": None},
            (m["key"], m["category"], m["answers"], m["lang"], m["program"], m["when"])))
    items.sort(key=lambda t: (t[0], t[1]))
    keys = [t[1] for t in items]
    assert len(set(keys)) == len(keys), "duplicate keys"

    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    man, idx = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, (dt, key, raw, rec, ix) in enumerate(items, 1):
        fn = f"{n:04d}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        rec = dict(rec)
        rec["labels"] = [l for l in LABEL_ORDER if l in rec["labels"]]
        row = {"file": fn}
        for k in KEYS[1:]:
            row[k] = rec[k]
        man.append(json.dumps(row, ensure_ascii=False))
        idx.append("\t".join([fn, ix[0], ix[1], ix[2], ix[3], ix[4], dt.isoformat()]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(idx) + "\n")
    print(f"wrote {len(items)} messages to {OUT}")


if __name__ == "__main__":
    main()
