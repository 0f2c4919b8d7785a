#!/usr/bin/env python3
"""Rebuild the seniors set: python3 _generator/build.py (from the set folder or anywhere)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import clients  # noqa: E402
import machines  # noqa: E402
import people  # noqa: E402
from mailkit import When  # noqa: E402
import readme  # noqa: E402

SEED = 20261201
random.seed(SEED)

CLIENT_LABEL = {
    "gmail": "Gmail (web)", "gmail_android": "Gmail (Android app)", "iphone": "iPhone Mail", "ipad": "iPad Mail",
    "apple_mail": "Apple Mail (macOS)", "outlook_com": "Outlook.com (web)", "outlook_ios": "Outlook for iOS",
    "outlook_desktop": "Outlook 16 (Windows)", "yahoo": "Yahoo Mail (web)", "yahoo_mobile": "Yahoo Mail (Android)",
    "aol": "AOL Mail (web)", "aol_mobile": "AOL app (iOS)", "thunderbird": "Thunderbird",
    "wlm": "Windows Live Mail 2012", "zimbra": "Xfinity/Mediacom Zimbra webmail", "samsung": "Samsung Email (Android)",
}

MACHINE_PROGRAM = {
    "phishing": "spam engine", "scam": "spam engine", "spam": "bulk mailer", "bulk": "bulk mailer (ESP)",
    "list": "list server", "notification": "pharmacy notification system", "calendar": "Google Calendar",
    "autoreply": "auto-responder", "bounce": "MTA", "arf": "Yahoo feedback loop", "mdn": "Outlook (read receipt)",
    "challenge": "challenge-response filter", "cold": "sales mailer", "vendor": "vendor report system",
}
BOUNCE_PROGRAM = {"postfix": "Postfix DSN", "gmail": "Gmail DSN", "yahoo": "Yahoo failure notice",
                  "o365": "Exchange Online NDR", "exim": "Exim bounce", "sendmail": "Sendmail DSN",
                  "qmail": "qmail bounce", "delay": "Postfix delay DSN"}


def when_of_machine(s):
    if s["kind"] in ("phishing", "scam", "spam") or s.get("builder") is machines.build_arf:
        return When(s["date"], s.get("tz", 0))
    return When(s["date"], s.get("tz"))


def answers(o):
    if not o:
        return "-"
    k = o.get("kind")
    if k == "ack":
        return "our acknowledgement (%s)" % o["subject"]
    if k in ("outage", "bill", "payment"):
        return "service message: %s" % o["subject"]
    return "%s: %s" % (k, o["subject"])


def main():
    items = []
    for s in people.SPECS:
        spec = dict(s)
        spec["from"] = spec.pop("frm")
        raw, meta = clients.build_person(spec)
        w = When(spec["date"], spec.get("tz"))
        from_addr = spec["from"][1]
        ack = spec.get("ack", "from")
        if ack == "from":
            ack_to = from_addr
        elif ack == "reply_to":
            rt = spec["reply_to"]
            ack_to = rt[1] if isinstance(rt, tuple) else rt
        elif ack is None:
            ack_to = None
        else:
            ack_to = ack
        items.append(dict(
            key=w.utc(), id=spec["id"], raw=raw, mailbox=spec["mailbox"], automated=False,
            labels=list(spec["labels"]), unclear=spec["unclear"], entities=dict(spec["entities"]),
            note=spec["note"], ack_to=ack_to, cat=spec["cat"], answers=answers(spec.get("ours")),
            lang=spec["lang"], program=CLIENT_LABEL[spec["client"]], date=w.rfc(), person=True))
    for s in machines.SPECS:
        raw = s["builder"](s)
        w = when_of_machine(s)
        prog = BOUNCE_PROGRAM.get(s.get("style")) if s["kind"] == "bounce" else MACHINE_PROGRAM[s["kind"]]
        items.append(dict(
            key=w.utc(), id=s["id"], raw=raw, mailbox=s["mailbox"], automated=True, labels=[], unclear=False,
            entities={}, note=s["note"], ack_to=None, cat=s["cat"], answers=answers(s.get("ours")),
            lang=s["lang"], program=prog, date=w.rfc(), person=False))
    items.sort(key=lambda it: (it["key"], it["id"]))
    assert len(items) == 120, len(items)
    # clean old output
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    manifest_lines = []
    index_lines = ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, it in enumerate(items, 1):
        fn = "%04d.eml" % n
        it["file"] = fn
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(it["raw"])
        rec = {"file": fn, "mailbox": it["mailbox"], "automated": it["automated"], "labels": it["labels"],
               "unclear": it["unclear"], "entities": it["entities"], "note": it["note"], "ack_to": it["ack_to"]}
        manifest_lines.append(json.dumps(rec, ensure_ascii=False))
        index_lines.append("\t".join([fn, it["id"], it["cat"], it["answers"], it["lang"], it["program"], it["date"]]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(manifest_lines) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(index_lines) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme.render(items))
    print("wrote %d messages to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
