#!/usr/bin/env python3
"""Build the `rights` set: 120 labelled messages, manifest.jsonl, index.tsv and README.md.

Standard library only, fixed seeds: running it twice gives the same bytes.
    python3 _generator/build.py
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from mime import When, rng_for, to_crlf                       # noqa: E402
from ours import make_ours, TEMPLATES, CC, PH                 # noqa: E402
from programs import PROGRAMS, PROGRAM_NAMES                  # noqa: E402
from people import PEOPLE                                     # noqa: E402
from machines import M as MACHINES                            # noqa: E402
from custom import SPEC as SWEEP                              # noqa: E402
import readme                                                 # noqa: E402

YEAR = 2026
MBOX = {"cc": CC, "ph": PH}
MBOX_NAME = {"cc": "customercare", "ph": "powerhousecatalog"}
ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def pick_when(spec, person):
    r = rng_for(spec["sid"], "date")
    m1, m2 = spec.get("months", (1, 11))
    month = r.randint(m1, m2)
    day = r.randint(1, 28)
    if person:
        hour = r.choice([6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 23])
    else:
        hour = r.randint(0, 23)
    return When(datetime.datetime(YEAR, month, day, hour, r.randint(0, 59), r.randint(0, 59)))


def describe_ours(key, when=None):
    if key is None:
        return "-"
    if key == "ack":
        d = "our acknowledgement"
    else:
        t = TEMPLATES[key]
        d = "our %s \"%s\"" % (t["kind"], t["subject"])
    if when is not None:
        d += " of %s" % when.iso()
    return d


def resolve_person(spec, when):
    s = dict(spec)
    r = rng_for(spec["sid"])
    s["rng"] = r
    s["when"] = when
    s["mailbox_addr"] = MBOX[spec["mailbox"]]
    answers = "-"
    if "to" not in spec:
        disp = r.choice([None, None, "PowerHouse Catalog" if spec["mailbox"] == "ph" else "Alliant Energy Customer Care"])
        s["to"] = (disp, s["mailbox_addr"])
    q = spec.get("quote")
    if q:
        qw = when.plus(days=-q["days"], hours=-r.randint(1, 5), minutes=-r.randint(0, 59))
        if q["days"] >= 1 and q["key"] != "ack" and TEMPLATES[q["key"]]["frm"][1] != "alerts@notify.alliantenergy.com":
            # bulk campaigns go out in the morning
            qw = When(qw.local.replace(hour=r.randint(7, 10), minute=r.randint(0, 59), second=r.randint(0, 59)))
        o = make_ours(q["key"], qw, r, spec["frm"][1], to_name=spec["frm"][0],
                      mailbox=MBOX[q.get("mailbox", "cc")], their_subject=q.get("their_subject"), whats=q.get("whats"))
        s["quote"] = o
        if o.get("reply_to"):
            s["to"] = (None, o["reply_to"])
        else:
            s["to"] = (o["frm"][0], o["frm"][1])
        answers = describe_ours(q["key"], qw)
    fw = spec.get("forward")
    if fw:
        f = dict(fw)
        f["when"] = when.plus(days=-fw["days"], hours=-r.randint(1, 6))
        s["forward"] = f
        answers = "- (forwards a data broker's notice)"
    assert s["to"][1] == s["mailbox_addr"] or spec["program"] == "webform", spec["sid"]
    return s, answers


def main():
    specs = [(p, True) for p in PEOPLE + [SWEEP]] + [(m, False) for m in MACHINES]
    sids = [sp["sid"] for sp, _ in specs]
    assert len(sids) == len(set(sids)) == 120, (len(sids), len(set(sids)))
    dated = sorted(((pick_when(sp, person), sp, person) for sp, person in specs),
                   key=lambda x: (x[0].utc, x[1]["sid"]))
    manifest, index = [], []
    for n, (when, sp, person) in enumerate(dated, 1):
        fn = "%04d.eml" % n
        if person and sp.get("program") != "custom":
            s, answers = resolve_person(sp, when)
            raw = PROGRAMS[sp["program"]](s)
            prog = PROGRAM_NAMES[sp["program"]]
        elif person:
            s = dict(sp, rng=rng_for(sp["sid"]), when=when, mailbox_addr=MBOX[sp["mailbox"]])
            raw = sp["build"](s)
            answers = describe_ours(sp.get("answers"))
            prog = sp["program_name"]
        else:
            s = dict(sp, rng=rng_for(sp["sid"]), when=when, mailbox_addr=MBOX[sp["mailbox"]])
            raw, key = sp["build"](s)
            answers = describe_ours(key)
            prog = sp["program"]
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(to_crlf(raw))
        if person:
            if "ack" in sp:
                ack = sp["reply_to"][1] if sp["ack"] == "reply_to" else sp["ack"]
            else:
                ack = sp["frm"][1]
            labels = [l for l in ORDER if l in sp["labels"]]
            assert len(labels) == len(sp["labels"]), sp["sid"]
            entry = {"file": fn, "mailbox": MBOX_NAME[sp["mailbox"]], "automated": False, "labels": labels,
                     "unclear": sp["unclear"], "entities": sp["entities"], "note": sp["note"], "ack_to": ack}
        else:
            entry = {"file": fn, "mailbox": MBOX_NAME[sp["mailbox"]], "automated": True, "labels": [],
                     "unclear": False, "entities": {}, "note": sp["note"], "ack_to": None}
        manifest.append(entry)
        index.append([fn, sp["sid"], sp["cat"], answers, sp["lang"], prog, when.rfc()])
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for e in manifest:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tspec_id\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for row in index:
            fh.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme.render(manifest, index))
    print("wrote %d messages to %s" % (len(manifest), OUT))


if __name__ == "__main__":
    main()
