#!/usr/bin/env python3
"""Rebuild the `july` set byte for byte: NNNN.eml, manifest.jsonl, index.tsv and README.md.

Stdlib only, fixed seeds (one sub-seed per message id). Run from anywhere:
    python3 models/corpora/july/_generator/build.py
"""
import collections
import datetime as dt
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
from compose import build_human  # noqa: E402
from messages_auto import AUTO, BUILDERS  # noqa: E402
from messages_human import HUMAN  # noqa: E402
from ours import OUTGOING  # noqa: E402

OUT = HERE.parent
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]
ENTITY_ORDER = ["name", "postal_code", "account"]

PROGRAM_NAMES = {
    "gmail-web": "Gmail (web)", "gmail-android": "Gmail (Android app)", "gmail-ios": "Gmail (iOS app)",
    "gmail-unsub": "Gmail unsubscribe button", "outlook-web": "Outlook on the web / Outlook.com",
    "outlook-desktop": "Outlook for Windows", "outlook-unsub": "Outlook for Windows unsubscribe",
    "yahoo-web": "Yahoo Mail (web)", "yahoo-ios": "Yahoo Mail (iOS)", "yahoo-unsub": "Yahoo Mail unsubscribe",
    "aol-web": "AOL Mail (web)", "apple-mail": "Apple Mail (macOS)", "iphone-mail": "iPhone Mail",
    "iphone-unsub": "iPhone Mail unsubscribe", "thunderbird": "Thunderbird", "roundcube": "Roundcube webmail",
    "samsung-email": "Samsung Email (Android)", "proton-web": "Proton Mail", "proton-unsub": "Proton Mail unsubscribe",
    "webform": "alliantenergy.com Contact Us form relay",
}

DEFAULT_NOTES = {
    "automated: auto-reply": "auto-reply to our mail ({spec}); never acknowledge",
    "automated: auto-reply (loop trap)": "LOOP TRAP: {spec}; answering it would start a mail loop",
    "automated: bounce": "bounce/DSN ({spec}); the quoted headers are ours",
    "automated: notification": "system/vendor notification ({spec})",
    "automated: calendar invitation": "calendar invitation (text/calendar) from a colleague; not a request",
    "automated: list/newsletter": "bulk/list mail ({spec})",
    "automated: spam/phishing": "spam/phishing ({spec})",
    "automated: cold outreach": "cold outreach ({spec})",
    "automated: read receipt": "read receipt (MDN) for one of our staff replies; never acknowledge",
}


def parse_at(at, tzh=-5):
    md, hms = at.split(" ")
    m, d = map(int, md.split("-"))
    hh, mm, ss = map(int, hms.split(":"))
    return dt.datetime(2027, m, d, hh, mm, ss, tzinfo=lib.tz(tzh))


def to_bytes(headers, body):
    text = "\n".join(headers) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    assert "\r" not in text
    return text.replace("\n", "\r\n").encode("utf-8")


def ordered_entities(e):
    return {k: e[k] for k in ENTITY_ORDER if k in e}


def build_all():
    items = []
    for m in HUMAN:
        m = dict(m)
        m["when"] = parse_at(m["at"], m.get("tzh", -5))
        m.setdefault("body", "")
        lib.reseed(m["id"])
        hs, body, arrival = build_human(m)
        if m.get("ack", "default") is None:
            ack = None
        else:
            ack = m["addr"]  # webform: the customer address is the Reply-To; otherwise From
        rec = dict(mailbox=m["mailbox"], automated=False,
                   labels=[l for l in LABEL_ORDER if l in m["labels"]], unclear=bool(m.get("unclear", False)),
                   entities=ordered_entities(m.get("entities", {})), note=m["note"], ack_to=ack)
        items.append((arrival, m, to_bytes(hs, body), rec, PROGRAM_NAMES[m["prog"]]))
    for s in AUTO:
        s = dict(s)
        s["when"] = parse_at(s["at"], s.get("tzh", -5))
        lib.reseed(s["id"])
        hs, body, arrival = BUILDERS[s["builder"]](s)
        automated = s.get("automated", True)
        if automated:
            rec = dict(mailbox=s["mailbox"], automated=True, labels=[], unclear=False, entities={},
                       note=s.get("note") or DEFAULT_NOTES[s["cat"]].format(spec=s["spec"]), ack_to=None)
        else:
            rec = dict(mailbox=s["mailbox"], automated=False, labels=s["labels"], unclear=False, entities={},
                       note=s["note"], ack_to=s.get("ack"))
        items.append((arrival, s, to_bytes(hs, body), rec, s["prog"]))
    items.sort(key=lambda t: (t[0], t[1]["id"]))
    return items


def write(items):
    for old in OUT.glob("*.eml"):
        old.unlink()
    man, idx = [], ["file\tspec\tcategory\tlanguage\tprogram\tdate"]
    for n, (arrival, spec, raw, rec, prog) in enumerate(items, 1):
        fn = f"{n:04d}.eml"
        (OUT / fn).write_bytes(raw)
        row = {"file": fn, "mailbox": rec["mailbox"], "automated": rec["automated"], "labels": rec["labels"],
               "unclear": rec["unclear"], "entities": rec["entities"], "note": rec["note"], "ack_to": rec["ack_to"]}
        man.append(json.dumps(row, ensure_ascii=False))
        idx.append("\t".join([fn, f"{spec['id']} {spec['spec']}", spec["cat"], spec["lang"], prog,
                              arrival.astimezone(lib.CDT).strftime("%Y-%m-%d %H:%M:%S -0500")]))
    (OUT / "manifest.jsonl").write_text("\n".join(man) + "\n", encoding="utf-8")
    (OUT / "index.tsv").write_text("\n".join(idx) + "\n", encoding="utf-8")
    return man, idx


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(items):
    recs = [(spec, rec) for _, spec, _, rec, _ in items]
    files = {spec["id"]: f"{n:04d}" for n, (_, spec, _, _, _) in enumerate(items, 1)}
    total = len(recs)
    lab = collections.Counter(l for _, r in recs for l in r["labels"])
    auto = sum(r["automated"] for _, r in recs)
    uncl = sum(r["unclear"] for _, r in recs)
    combos = collections.Counter()
    for _, r in recs:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos["(unclear) " + (" + ".join(r["labels"]) if r["labels"] else "no labels")] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    cats = collections.Counter(s["cat"] for s, _ in recs)
    langs = collections.Counter(s["lang"] for s, _ in recs)
    mbox = collections.Counter(r["mailbox"] for _, r in recs)
    mbox_auto = collections.Counter(r["mailbox"] for _, r in recs if r["automated"])
    ent = collections.Counter(k for _, r in recs for k in r["entities"])
    with_ent = sum(1 for _, r in recs if r["entities"])
    ack_set = sum(1 for _, r in recs if r["ack_to"])
    human_null = [files[s["id"]] for s, r in recs if not r["automated"] and r["ack_to"] is None]
    es = sorted(files[s["id"]] for s, _ in recs if s["lang"] in ("es", "mixed"))
    loop = sorted(files[s["id"]] for s, _ in recs if s["cat"].endswith("(loop trap)"))
    webform = sorted(files[s["id"]] for s, _ in recs if s.get("prog") == "webform")
    alert_replies = sorted(files[s["id"]] for s, _ in recs
                           if s.get("quote") and s["quote"]["from_addr"] in ("outagealerts@alliantenergy.com", "alerts@alliantenergy.com"))

    out_rows = [list(r) for r in OUTGOING]
    parts = []
    parts.append(f"""# July 2027 set: two summer weeks in the privacy mailboxes (labelled)

## Brief

A realistic two weeks, **6-19 July 2027**, in both privacy mailboxes (`customercare@alliant-energy.com` and
`powerhousecatalog@alliant-energy.com`), in the proportions a privacy team really sees. Two campaigns go out: the
"Beat the heat: $100 back on a smart AC tune-up" promotion (6 July, with a Spanish version) and the PowerHouse
"Summer Sale" catalog e-mail (8 July). A heat wave brings a peak-demand alert (10 July), and the derecho of
13 July brings outage alerts and outage updates for days; those alerts carry `Reply-To: customercare@`, so the
answers land in the privacy mailbox. It is vacation season (auto-replies), moving season (change of address, stop
and start service), college students are signing leases, and summer bills are high. Around that: the usual machine
mail (bounces, phishing, vendor notices, newsletters, list posts, read receipts, inbox-cleaner unsubscribes).

Mostly ordinary mail written the many ways real people write; a few hard or unclear ones. {langs['es'] + langs['mixed']} of
{total} messages ({round(100 * (langs['es'] + langs['mixed']) / total)} %) are Spanish or mixed Spanish/English: {', '.join(es)}.

All senders, addresses, account and customer numbers, companies and phone numbers (555-01xx) are invented. The
files hold the exact bytes an IMAP server would return (CRLF; `Return-Path`, `Delivered-To`, the `Received` /
`Authentication-Results` chain of the fictional `mx1/mx2.alliant-energy.com` -> `mbx01` hosts, then the sending
provider's headers, then the mail program's own headers and MIME body). Files are numbered in arrival order.

> **Safety:** sender addresses use real mailbox-provider domains so the headers look right. If you replay this set
> through a bot, point its outgoing SMTP at a sink. Never mail the `ack_to` addresses for real.

### Our own outgoing mail, which shows up inside the set

Many traps only make sense once you know what Alliant itself sent in these two weeks. These messages turn up quoted,
forwarded, bounced or auto-answered:

""")
    parts.append(table(out_rows, ["what", "From", "send date", "notes"]))
    parts.append(f"""

Every promotion has a `List-Unsubscribe: <mailto:…?subject=unsubscribe%20TOKEN>` pointing at the mailbox it came from,
so the mail-program unsubscribes arrive with subjects `unsubscribe AE-HT-2707`, `unsubscribe AE-HT-2707-ES` and
`unsubscribe PH-2707`. The peak and outage alerts are **service messages**: a bare "STOP" / "BAJA" under them is not a
marketing opt-out (rulebook: short replies take their meaning from what they answer). Replies to alerts:
{', '.join(alert_replies)}. Contact Us form relays (`From: noreply@alliantenergy.com`, customer in `Reply-To`):
{', '.join(webform)}. Replies that answer our acknowledgement automatically (LOOP TRAP): {', '.join(loop)}.

## Files

| path | what |
|---|---|
| `NNNN.eml` | {total} raw messages, CRLF. Open them as **bytes**. |
| `manifest.jsonl` | one JSON object per message, in file order, keys `file, mailbox, automated, labels, unclear, entities, note, ack_to` (the corpus README's schema) |
| `index.tsv` | file, spec (generator id + one-line description), category it was written for, language, mail program, arrival date |
| `_generator/build.py` | rebuilds every byte of this folder (fixed seeds, stdlib only): `python3 _generator/build.py` |
| `_generator/verify.py` | checks the set: `python3 _generator/verify.py` |

## How the rulebook was applied here

Labels follow `LABELS.md`, hard cases included. Points worth knowing when you compare:

* `unclear` rows carry `labels: []`, except the delete-everything request, which the rulebook marks **unclear plus
  question** ({files['x06']}). Unclear rows keep the `ack_to` they would get after review.
* Entities follow the rulebook's "as written (a first name alone counts)": a signature of just "Tyler" gives
  `name: "Tyler"`. Names that appear only in `From:` or in our quoted greeting ("Hi Dustin,") are not extracted.
  Key names are those of the corpus schema (`name`, `postal_code`, `account`).
* `ack_to` is the `Reply-To` for form relays, otherwise `From`; `null` for automated mail, for the inbox-cleaner
  unsubscribes that carry `Auto-Submitted` ({files['u06']}, {files['u09']}), and for replies to our acknowledgement that ask for
  nothing ({files['n01']}, {files['n02']}). Human rows with `ack_to: null`: {', '.join(sorted(human_null))}.
* A mail-program or inbox-cleaner unsubscribe from the catalog e-mail is `marketing_opt_out`, never a sharing opt-out.
* `To:` contains the mailbox address on every message except the mailing-list post ({files['w03']}), which is addressed to
  the list (`To: util-privacy@lists…`, `List-Id` present); `Delivered-To:` always names the mailbox.

## Counts

| label / flag | messages |
|---|---|
""")
    rows = [f"| `{l}` | {lab[l]} |" for l in LABEL_ORDER]
    rows += [f"| `automated: true` | {auto} |", f"| `unclear: true` | {uncl} |", f"| **total messages** | **{total}** |"]
    parts.append("\n".join(rows) + "\n\nExact label combinations:\n\n")
    parts.append(table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"]))
    parts.append("\n\nBy the category each message was written for (`index.tsv`):\n\n")
    parts.append(table(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), ["category", "messages"]))
    parts.append("\n\n")
    parts.append(table([(f"`{k}`", mbox[k], mbox_auto[k]) for k in ("customercare", "powerhousecatalog")],
                       ["mailbox", "messages", "of which automated"]))
    parts.append("\n\n")
    parts.append(table([("language en", langs["en"]), ("language es", langs["es"]), ("language mixed es/en", langs["mixed"]),
                        ("messages with any entity", with_ent), ("entity `name`", ent["name"]),
                        ("entity `postal_code`", ent["postal_code"]), ("entity `account`", ent["account"]),
                        ("`ack_to` set", ack_set), ("`ack_to` null", total - ack_set)], ["other", "count"]))
    parts.append("\n")
    (OUT / "README.md").write_text("".join(parts), encoding="utf-8")


def main():
    items = build_all()
    write(items)
    readme(items)
    print(f"wrote {len(items)} messages to {OUT}")


if __name__ == "__main__":
    main()
