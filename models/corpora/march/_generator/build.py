#!/usr/bin/env python3
"""Rebuild the 'march' set: 100 .eml files, manifest.jsonl, index.tsv and README.md.

Standard library only; every value is fixed in the data modules (random-looking parts come from
md5 of fixed seeds, and random.seed(MARCH) is set for completeness), so the output is byte-identical.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
random.seed(20260302)

from lib import when  # noqa: E402
from clients import person_message  # noqa: E402
import machines  # noqa: E402
from machines_data import MACHINES  # noqa: E402
from people import PEOPLE  # noqa: E402

OUT = os.path.dirname(HERE)
MBOX = {"cc": "customercare", "phc": "powerhousecatalog"}
PROGRAM = {
    "gmail": "Gmail web", "gmail_es": "Gmail web (es)", "android": "Gmail for Android", "android_es": "Samsung/Gmail Android (es)",
    "outlook": "Outlook", "outlook_es": "Outlook (es)", "outlook_app": "Outlook for iOS", "apple": "Apple Mail",
    "apple_alt": "Apple Mail (HTML)", "iphone": "iPhone Mail", "iphone_es": "iPhone Mail (es)", "yahoo": "Yahoo Mail",
    "yahoo_android": "Yahoo Mail Android", "yahoo_es": "Yahoo Mail (es)", "aol": "AOL Mail", "aol_app": "AOL app",
    "thunderbird": "Thunderbird", "bot": "InboxSweep unsubscriber", "webform": "alliant-energy.com web form relay",
}
MPROG = {"bounce_postfix": "Postfix DSN", "bounce_exim": "Exim", "bounce_o365": "Exchange Online NDR",
         "bounce_gmail": "Gmail DSN", "bounce_yahoo": "Yahoo MTA", "bounce_qmail": "qmail", "bounce_groups": "Google Groups DSN",
         "auto_reply": "auto-responder", "arf": "Yahoo FBL (ARF)", "mdn": "Outlook MDN", "calendar": "Outlook calendar",
         "generic": "bulk/system sender"}


def answers(key):
    if not key:
        return "-"
    return "ack" if key.startswith("ack:") else key


def main():
    items = []
    for p in PEOPLE:
        ack = p.get("ack", "from")
        if ack == "from":
            ack = p["frm"][1]
        rec = dict(mailbox=MBOX[p["mb"]], automated=False, labels=p.get("labels", []), unclear=p.get("unclear", False),
                   entities=p.get("ent", {}), note=p["note"], ack_to=ack)
        idx = (p["id"], p["cat"], answers(p.get("reply") or p.get("answers")), p.get("lang", "en"), PROGRAM[p["client"]], p["date"])
        items.append((when(p["date"]), p["id"], person_message(p), rec, idx))
    for m in MACHINES:
        raw = getattr(machines, m["kind"])(m)
        rec = dict(mailbox=MBOX[m["mb"]], automated=True, labels=[], unclear=False, entities={}, note=m["note"], ack_to=None)
        idx = (m["id"], m["cat"], answers(m.get("orig")), m.get("lang", "en"), MPROG[m["kind"]], m["date"])
        items.append((when(m["date"]), m["id"], raw, rec, idx))
    items.sort(key=lambda x: (x[0], x[1]))
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, tsv = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, (d, sid, raw, rec, idx) in enumerate(items, 1):
        fn = "%04d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        man.append(dict(file=fn, mailbox=rec["mailbox"], automated=rec["automated"], labels=rec["labels"],
                        unclear=rec["unclear"], entities=rec["entities"], note=rec["note"], ack_to=rec["ack_to"]))
        tsv.append("\t".join([fn, idx[0], idx[1], idx[2], idx[3], idx[4], "2026-" + idx[5]]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in man:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(tsv) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(man, items))
    print("wrote %d messages" % len(man))


def readme(man, items):
    people = [r for r in man if not r["automated"]]
    lab = Counter(l for r in people for l in r["labels"])
    mb = Counter((r["mailbox"], r["automated"]) for r in man)
    langs = Counter(it[4][3] for it in items)
    plangs = Counter(it[4][3] for it in items if not it[3]["automated"])
    ent = Counter(k for r in people for k in r["entities"])
    unclear = sum(r["unclear"] for r in people)
    nolab = sum(1 for r in people if not r["labels"] and not r["unclear"])
    acknull = sum(1 for r in people if r["ack_to"] is None)
    with open(os.path.join(HERE, "README_body.md"), encoding="utf-8") as fh:
        body = fh.read()
    counts = f"""## Counts

| | customercare | powerhousecatalog | total |
|---|---|---|---|
| people (automated = false) | {mb[('customercare', False)]} | {mb[('powerhousecatalog', False)]} | {len(people)} |
| machines / non-requests (automated = true) | {mb[('customercare', True)]} | {mb[('powerhousecatalog', True)]} | {len(man) - len(people)} |

People's labels: marketing_opt_out {lab['marketing_opt_out']}, catalog_share_opt_out {lab['catalog_share_opt_out']},
question {lab['question']}; unclear {unclear} of {len(people)} ({100 * unclear // len(people)} %);
people with no label and not unclear (thank-yous) {nolab}; people with ack_to null {acknull}.

Languages: English {langs['en']}, Spanish {langs['es']} ({plangs['es']} people, {langs['es'] - plangs['es']} machine).
Entities written by the senders: name {ent['name']}, postal_code {ent['postal_code']}, account {ent['account']}.
"""
    return body.replace("<!--COUNTS-->", counts)


if __name__ == "__main__":
    main()
