#!/usr/bin/env python3
"""Build the 'plainspoken' set: NNNN.eml, manifest.jsonl, index.tsv, README.md.  Standard library only; every
random choice comes from random.Random seeded with the message key, so reruns are byte-identical."""
import collections
import inspect
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import human  # noqa: E402
import machines  # noqa: E402
import readme  # noqa: E402
from lib import zone  # noqa: E402
from specs import HUMANS, MACHINES, M, S, Q  # noqa: E402

ORDER = [M, S, Q]
PROGRAM = {
    "gmail_android": "Gmail app (Android)", "gmail_web": "Gmail web", "gmail_ios": "Gmail app (iOS)",
    "iphone": "iPhone Mail", "yahoo_android": "Yahoo Mail app (Android)", "yahoo_ios": "Yahoo Mail app (iOS)",
    "yahoo_web": "Yahoo Mail web", "aol_android": "AOL app (Android)", "aol_ios": "AOL app (iOS)",
    "outlook_web": "Outlook.com web", "outlook_android": "Outlook for Android",
    "outlook_desktop": "Outlook desktop (Exchange Online)", "samsung": "Samsung Email (Gmail account)",
    "roundcube": "Roundcube webmail (ISP)", "zimbra": "Zimbra webmail (ISP)", "ox": "Xfinity Connect (Open-Xchange)",
    "thunderbird": "Thunderbird", "webform": "our Contact Us form relay"}


def category_for(s):
    if s.get("category"):
        return s["category"]
    labels = s.get("labels", [])
    if s.get("unclear"):
        return "unclear" + (" + question" if Q in labels else "")
    opt = [l for l in labels if l != Q]
    if not labels:
        return "no-action"
    if len(opt) == 2:
        return "both opt-outs" + (" + question" if Q in labels else "")
    if opt and Q in labels:
        return "opt-out + question"
    if opt == [M]:
        return "marketing opt-out"
    if opt == [S]:
        return "catalog-sharing opt-out"
    return "question"


def main():
    items = []
    for s in HUMANS:
        raw, meta = human.build(s)
        ack = s.get("ack", "from")
        ack_to = {"from": s["addr"], "reply_to": s.get("reply_to"), None: None}[ack]
        ent = {k: s.get("ent", {})[k] for k in ("name", "postal_code", "account") if k in s.get("ent", {})}
        rec = collections.OrderedDict([
            ("file", None), ("mailbox", s["mailbox"]), ("automated", False),
            ("labels", [l for l in ORDER if l in s.get("labels", [])]), ("unclear", bool(s.get("unclear"))),
            ("entities", ent), ("note", s["note"]), ("ack_to", ack_to)])
        idx = dict(spec=s["spec"], category="human: " + category_for(s), language=s.get("lang", "en"),
                   program=s.get("program") or PROGRAM[meta["program"]])
        items.append((meta["date"], s["key"], raw, rec, idx))
    for m in MACHINES:
        fn = getattr(machines, m["fn"])
        kw = dict(m["args"])
        if "mailbox" in inspect.signature(fn).parameters:
            kw["mailbox"] = m["mailbox"]
        raw, meta = fn(m["key"], **kw)
        rec = collections.OrderedDict([
            ("file", None), ("mailbox", m["mailbox"]), ("automated", True), ("labels", []), ("unclear", False),
            ("entities", {}), ("note", m["note"]), ("ack_to", None)])
        idx = dict(spec=m["spec"], category="machine: " + m["category"], language=m.get("lang", "en"),
                   program=meta["program"])
        items.append((meta["date"], m["key"], raw, rec, idx))
    items.sort(key=lambda x: (x[0], x[1]))

    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man_lines = []
    idx_lines = ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    keys = []
    for n, (date, key, raw, rec, idx) in enumerate(items, 1):
        fn = "%04d.eml" % n
        rec["file"] = fn
        data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        man_lines.append(json.dumps(rec, ensure_ascii=False))
        idx_lines.append("\t".join([fn, idx["spec"], idx["category"], idx["language"], idx["program"],
                                    zone(date, "central")[0].strftime("%Y-%m-%d")]))
        keys.append(key)
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man_lines) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx_lines) + "\n")
    with open(os.path.join(HERE, "keys.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tkey\n" + "".join("%04d.eml\t%s\n" % (i, k) for i, k in enumerate(keys, 1)))
    readme.write(OUT, [json.loads(l) for l in man_lines], idx_lines, dict(zip(keys, ["%04d.eml" % i for i in range(1, len(keys) + 1)])))
    print("wrote %d messages" % len(items))


if __name__ == "__main__":
    main()
