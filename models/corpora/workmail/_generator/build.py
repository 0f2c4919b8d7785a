#!/usr/bin/env python3
"""Rebuild the workmail set byte for byte: NNNN.eml, manifest.jsonl, index.tsv.

Standard library only; fixed seed; writes no bytecode.
    python3 _generator/build.py
"""
import sys

sys.dont_write_bytecode = True

import email.utils  # noqa: E402
import glob  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SETDIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mailkit  # noqa: E402
from mailkit import BOX, BOXNAME  # noqa: E402
from people import PEOPLE  # noqa: E402
from mspecs import MACHINES  # noqa: E402
import clients  # noqa: E402
from clients import render_person  # noqa: E402
from machines import BUILDERS  # noqa: E402

SEED = 20260120
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]

PROGRAM = {
    "outlook_win": "Outlook for Windows",
    "outlook_ios": "Outlook for iOS",
    "owa": "Outlook on the web (new Outlook)",
    "outlook_mac": "Outlook for Mac",
    "gmail": "Gmail (web)",
    "iphone": "iPhone Mail",
    "iphone_html": "iPhone Mail",
    "samsung": "Samsung Email",
    "thunderbird": "Thunderbird",
    "outlook_smtp": "Outlook 2016 (IMAP/SMTP)",
    "yahoo": "Yahoo Mail (web)",
}
PROV = {
    "m365": "Microsoft 365", "m365+mimecast": "Microsoft 365 + Mimecast", "m365+proofpoint": "Microsoft 365 + Proofpoint",
    "onprem+proofpoint": "Exchange Server + Proofpoint", "gws": "Google Workspace", "gmail": "Gmail",
    "yahoo": "Yahoo", "icloud": "iCloud", "secureserver": "GoDaddy Workspace", "isp": "ISP SMTP",
}


def ack_address(spec, kind):
    if kind is None:
        return None
    if kind == "from":
        return spec["frm"][1] if "frm" in spec else spec["who"][1]
    if kind == "reply_to":
        return email.utils.parseaddr(spec["reply_to"])[1]
    return kind


def main():
    mailkit.seed(SEED)
    specs = PEOPLE + MACHINES
    order = sorted(range(len(specs)), key=lambda i: (specs[i]["dt"], i))
    specs = [specs[i] for i in order]
    dts = [s["dt"] for s in specs]
    assert len(set(dts)) == len(dts), "two messages share a timestamp"
    for f in glob.glob(os.path.join(SETDIR, "[0-9][0-9][0-9][0-9].eml")):
        os.remove(f)
    manifest, index = [], []
    for n, s in enumerate(specs, 1):
        fn = "%04d.eml" % n
        s["box_addr"] = BOX[s["box"]]
        clients.CURRENT["dt"] = s["dt"]
        if s["kind"] == "person":
            raw = render_person(s)
            lab = s["lab"]
            rec = dict(file=fn, mailbox=BOXNAME[s["box"]], automated=False,
                       labels=[x for x in LABEL_ORDER if x in lab["labels"]], unclear=lab["unclear"],
                       entities=lab["entities"], note=lab["note"], ack_to=ack_address(s, lab["ack"]))
            program = PROGRAM[s["client"]] if s["prov"] == "gmail" else "%s (%s)" % (PROGRAM[s["client"]], PROV[s["prov"]])
        else:
            raw = BUILDERS[s["builder"]](s)
            h = s["human"]
            if h is None:
                rec = dict(file=fn, mailbox=BOXNAME[s["box"]], automated=True, labels=[], unclear=False,
                           entities={}, note=s["note"], ack_to=None)
            else:
                rec = dict(file=fn, mailbox=BOXNAME[s["box"]], automated=False,
                           labels=[x for x in LABEL_ORDER if x in h["labels"]], unclear=h["unclear"],
                           entities=h["entities"], note=s["note"], ack_to=ack_address(s, h["ack"]))
            program = s["program"]
        with open(os.path.join(SETDIR, fn), "wb") as fh:
            fh.write(raw)
        manifest.append(rec)
        spec, category, answers, lang = s["idx"]
        index.append([fn, spec, category, answers, lang, program, s["dt"].strftime("%Y-%m-%d %H:%M")])
    with open(os.path.join(SETDIR, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in manifest:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(SETDIR, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for row in index:
            fh.write("\t".join(row) + "\n")
    print("wrote %d messages to %s" % (len(specs), SETDIR))


if __name__ == "__main__":
    main()
