#!/usr/bin/env python3
"""Rebuild the 'ordinary' set: 0001.eml .. 0120.eml, manifest.jsonl, index.tsv, README.md.

Standard library only; every random choice comes from random.Random seeded with the message's spec id, so the
output is byte-for-byte identical on every run:  python3 _generator/build.py
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import clients  # noqa: E402
import machines  # noqa: E402
import ours  # noqa: E402
import people  # noqa: E402
import person  # noqa: E402
import special  # noqa: E402
import readme  # noqa: E402

MB = {"cc": "customercare", "cat": "powerhousecatalog"}
RCPT = {"cc": "customercare@alliant-energy.com", "cat": "powerhousecatalog@alliant-energy.com"}
KIND = {"thermo": "promotion", "furnace": "promotion", "solar": "promotion", "news": "newsletter",
        "catalog1": "catalog e-mail", "catalog2": "catalog e-mail", "bill": "bill-ready notice",
        "payrem": "payment reminder", "outage": "outage alert", "ack": "our acknowledgement"}
LANG = {"en": "English", "es": "Spanish"}


def answers_text(key):
    if not key:
        return "-"
    subj = ours.CAMPAIGNS[key]["subject"]
    if "{" in subj:
        return KIND[key]
    return "%s '%s'" % (KIND[key], subj)


def category(spec):
    if spec.get("cat"):
        return spec["cat"]
    labs = spec["labels"]
    if not labs:
        return "thanks"
    names = {"marketing_opt_out": "marketing", "catalog_share_opt_out": "share", "question": "question"}
    return "+".join(names[l] for l in labs)


def main():
    items = []
    for s in people.SPECS:
        rcpt = RCPT[s["mb"]]
        if s["client"] == "webform":
            raw = special.webform(s, rcpt)
        elif s["client"] == "cleanmail":
            raw = special.cleanmail(s, rcpt)
        else:
            raw = person.build(s, rcpt)
        when = person.when_of(s, random.Random("ordinary-" + s["id"]))
        ack = s.get("ack", "from")
        if ack == "from":
            ack = s["frm"][1]
        man = collections.OrderedDict([
            ("mailbox", MB[s["mb"]]), ("automated", False), ("labels", list(s["labels"])),
            ("unclear", bool(s.get("unclear", False))), ("entities", dict(s.get("ent", {}))), ("note", s["note"]),
            ("ack_to", ack)])
        prog = clients.PROGRAM_NAMES.get(s["client"], {"cleanmail": "CleanMail unsubscribe service"}.get(s["client"]))
        ans = s["reply"][0] if s.get("reply") else None
        items.append(dict(when=when, id=s["id"], raw=raw, man=man, cat=category(s), answers=answers_text(ans),
                          lang=LANG[s["lang"]], program=prog, person=True, spec=s))
    for m in machines.MACH:
        rng = random.Random("ordinary-" + m["id"])
        when = machines.when_of(m["date"], rng)
        raw = m["fn"](rng, RCPT[m["mb"]], when)
        man = collections.OrderedDict([
            ("mailbox", MB[m["mb"]]), ("automated", True), ("labels", []), ("unclear", False), ("entities", {}),
            ("note", m["note"]), ("ack_to", None)])
        items.append(dict(when=when, id=m["id"], raw=raw, man=man, cat=m["cat"], answers=answers_text(m["answers"]),
                          lang=LANG[m["lang"]], program=m["program"], person=False, spec=m))
    items.sort(key=lambda it: (it["when"], it["id"]))
    assert len(items) == 120, len(items)

    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man_lines = []
    idx = ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, it in enumerate(items, 1):
        fn = "%04d.eml" % n
        it["file"] = fn
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(it["raw"])
        rec = collections.OrderedDict([("file", fn)])
        rec.update(it["man"])
        man_lines.append(json.dumps(rec, ensure_ascii=False))
        idx.append("\t".join([fn, it["id"], it["cat"], it["answers"], it["lang"], it["program"],
                              it["when"].strftime("%Y-%m-%d %H:%M %z")]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man_lines) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme.render(items))
    print("wrote %d messages to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
