#!/usr/bin/env python3
"""Rebuild every byte of the listday set: NNNN.eml, manifest.jsonl, index.tsv, README.md.

    python3 _generator/build.py

Standard library only; all randomness is seeded from fixed strings.
"""
import sys

sys.dont_write_bytecode = True

import collections
import json
import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ours  # noqa: E402
from clients import render  # noqa: E402
from lib import parse  # noqa: E402
from machines import A, SPECIAL  # noqa: E402
from people import P  # noqa: E402

OUT = HERE.parent
LABEL_ORDER = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def ack_address(m):
    if m.get("automated"):
        return None
    if m["ack_to"] != "auto":
        return m["ack_to"]
    if m.get("reply_to"):
        return m["reply_to"][1]
    return m["frm"][1]


def build():
    items = []
    for m in P:
        m = dict(m)
        m["automated"] = False
        if m["quote"] is not None:
            kind, kw = m["quote"]
            m["quote"] = ours.mail(kind, m["frm"][1], **kw)
        m["_at"] = parse(m["at"])
        if m["client"] in SPECIAL:
            raw, program = SPECIAL[m["client"]](m)
        else:
            raw, program = render(m)
        items.append((m, raw, program))
    for m in A:
        m = dict(m)
        m.setdefault("lang", m.get("language", "en"))
        raw, program = m["build"](m)
        items.append((m, raw, program))
    items.sort(key=lambda t: parse(t[0]["at"]))

    for old in OUT.glob("*.eml"):
        old.unlink()
    manifest, index = [], []
    for i, (m, raw, program) in enumerate(items, 1):
        fn = "%04d.eml" % i
        (OUT / fn).write_bytes(raw)
        labels = [] if m.get("automated") else [l for l in LABEL_ORDER if l in m["labels"]]
        row = collections.OrderedDict()
        row["file"] = fn
        row["mailbox"] = m["mailbox"]
        row["automated"] = bool(m.get("automated"))
        row["labels"] = labels
        row["unclear"] = False if m.get("automated") else bool(m["unclear"])
        row["entities"] = {} if m.get("automated") else {k: m["entities"][k] for k in ("name", "postal_code", "account") if k in m["entities"]}
        row["note"] = m["note"]
        row["ack_to"] = ack_address(m)
        manifest.append(row)
        index.append([fn, m["spec"], m["category"], m["answers"], m.get("lang", "en"), program, m["at"][:10]])
    with open(OUT / "manifest.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in manifest:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate\n")
        for r in index:
            f.write("\t".join(r) + "\n")
    (OUT / "README.md").write_text(readme(manifest, index, items), encoding="utf-8", newline="\n")
    return manifest


def table(rows, head):
    out = "| " + " | ".join(head) + " |\n|" + "|".join("---" for _ in head) + "|\n"
    for r in rows:
        out += "| " + " | ".join(str(x) for x in r) + " |\n"
    return out


def readme(manifest, index, items):
    n = len(manifest)
    humans = [r for r in manifest if not r["automated"]]
    machines = [r for r in manifest if r["automated"]]
    by_box = collections.Counter(r["mailbox"] for r in manifest)
    by_box_auto = collections.Counter(r["mailbox"] for r in machines)
    lab = collections.Counter(l for r in manifest for l in r["labels"])
    combos = collections.Counter()
    for r in manifest:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos["(none) - unclear"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    cats = collections.Counter(x[2] for x in index)
    langs = collections.Counter(x[4] for x in index)
    langs_h = collections.Counter(x[4] for x, r in zip(index, manifest) if not r["automated"])
    ent = collections.Counter(k for r in manifest for k in r["entities"])
    with_ent = sum(1 for r in manifest if r["entities"])
    unclear = sum(1 for r in humans if r["unclear"])
    ack_null_h = [r["file"] for r in humans if r["ack_to"] is None]
    replyto = []
    for (m, raw, prog), r in zip(items, manifest):
        if not r["automated"] and m.get("reply_to") and r["ack_to"] == m["reply_to"][1]:
            replyto.append(r["file"])
    first, last = index[0][6], index[-1][6]

    s = "# listday: catalog customers and their names, two weeks around Data Privacy Day 2027\n\n"
    s += ("Two weeks of both privacy mailboxes (%s to %s) after a regional newspaper, *The River Valley Ledger*, ran "
          "\"Your name is for rent\" (Sunday 24 January 2027) about catalog companies renting their customer lists, "
          "followed by a Data Privacy Day piece (Thursday 28 January) that printed `powerhousecatalog@`'s address; "
          "more mail than usual reaches the catalog mailbox.\n\n" % (first, last))
    s += "## Rebuild and verify\n\n```\ncd models/corpora/listday\npython3 _generator/build.py    # rewrites every .eml, manifest.jsonl, index.tsv and this README\npython3 _generator/verify.py   # parses, checks CRLF, schema, label rules, entities, ack_to, To:\n```\n\n"
    s += "Standard library only, fixed seeds: two builds are byte-identical. `index.tsv` maps each file to what it was written as (spec, category, which of our mails it answers, language, mail program, date).\n\n"
    s += "## What we sent in this period (quoted, answered or bounced inside the set)\n\n"
    s += table([
        ["catalog e-mail \"Winter Clearance: up to 40% off heated throws & seed-starting kits\"", "`powerhousecatalog@`", "2027-01-19", "token PH-2701-WC; footer: unsubscribe + list-sharing notice"],
        ["catalog e-mail \"Valentine's picks they'll actually use (ships by Feb 10)\"", "`powerhousecatalog@`", "2027-01-28 (Data Privacy Day)", "token PH-2701-VD; same footer"],
        ["promo \"Winter peak savings: $75 back on a smart thermostat\"", "`customercare@`", "2027-01-12", "AE-2701-ST; 'Opt out of marketing emails'"],
        ["newsletter \"Your February Home Comfort Tips from PowerHouse\"", "`customercare@`", "2027-02-02", "AE-NL-2702"],
        ["bill notice \"Your Alliant Energy bill is ready\"", "`noreply@alliantenergy.com`", "monthly", "service message"],
        ["acknowledgement \"We received your request [CC-2027-MM-NNNNN]\"", "`customercare@`", "on every request", "`Message-ID: <ack.CC-…@alliant-energy.com>`, `Auto-Submitted: auto-replied`"],
    ], ["what", "From", "sent", "notes"])
    s += "\n## Counts\n\n"
    s += table([
        ["messages", n], ["people (automated = false)", len(humans)], ["machines (automated = true)", len(machines)],
        ["`powerhousecatalog@`", "%d (%d automated)" % (by_box["powerhousecatalog"], by_box_auto["powerhousecatalog"])],
        ["`customercare@`", "%d (%d automated)" % (by_box["customercare"], by_box_auto["customercare"])],
        ["label `marketing_opt_out`", lab["marketing_opt_out"]],
        ["label `catalog_share_opt_out`", lab["catalog_share_opt_out"]],
        ["label `question`", lab["question"]],
        ["unclear", "%d (%.0f%% of people)" % (unclear, 100.0 * unclear / len(humans))],
        ["`ack_to` null among people", "%d (%s)" % (len(ack_null_h), ", ".join(ack_null_h))],
        ["`ack_to` from a Reply-To that differs from From", "%d (%s)" % (len(replyto), ", ".join(replyto))],
        ["languages (all / people)", ", ".join("%s %d / %d" % (k, v, langs_h[k]) for k, v in sorted(langs.items()))],
        ["messages with any entity", with_ent],
        ["entity `name` / `postal_code` / `account`", "%d / %d / %d" % (ent["name"], ent["postal_code"], ent["account"])],
    ], ["", "count"])
    s += "\n## Label combinations\n\n"
    s += table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"])
    s += "\n## Categories (what each message was written as)\n\n"
    s += table(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), ["category", "messages"])
    s += "\n" + JUDGEMENT
    return s


JUDGEMENT = """## Judgement calls

All decided by `/work/shared/LABELS.md`; where it and the corpus README differ, LABELS.md wins.

* **Data-removal services writing for a named person** (Scrubly, VanishData, OptOutNow). Software acting for a
  person, so `automated = false`, but LABELS' *on behalf of someone else* rule applies: the service's standing as
  "authorized agent" is asserted, never shown, so they are **unclear** with the member as the entity. `ack_to`:
  null for Scrubly (it carries `Auto-Submitted: auto-generated`; RFC 3834, as in the software-unsubscribe rule),
  the case-desk Reply-To for VanishData (From is a role address), the relay From for OptOutNow (the only address).
  VanishData's *partner pitch* to the catalog, written for nobody, is automated cold mail.
* **Inbox cleaner** (Tidybox) sending `unsubscribe PH-2701-VD` to our List-Unsubscribe mailto: marketing opt-out,
  automated false, `ack_to` null because of Auto-Submitted. Gmail's own unsubscribe mails have no Auto-Submitted and
  are acknowledged.
* **Delete-everything request** (Moravec) and the OptOutNow delete-and-do-not-sell request: LABELS says "unclear plus
  question". These rows are `unclear: true` with `labels: []`, because the manifest convention used for every set
  here is that unclear rows carry no labels; staff review answers the deletion. A *copy* of one's data (Dunham,
  Klemme) is a plain `question`.
* **Writing for others**: husband for the wife who is the customer, daughters for parents (one in Spanish), a
  deceased mother, a claimed power of attorney, a gift giver for her aunt, the current occupant about a former
  resident's catalogs, "same as my wife's request": all **unclear**, entities naming the person the request is for.
  The one exception is the **account holder writing for his household** (Mertz), which LABELS names as standing:
  both opt-outs, his own entities.
* **Catalog vs. sharing**: "keep the catalog, don't share" is sharing only (many, including a business); "share
  whatever, just stop the catalog" (Jurgens) is marketing only; "stop the e-mails, the paper catalog is plenty"
  (Brenneman) is marketing only (the e-mail channel she named); "remove my name from any list you rent out or
  exchange" (Ng) is sharing only; "take me off ALL of your lists" right after the rental story (Olesen) is read as
  **both** the mailing list and the rental list.
* **Implicit refusals**: "I DID NOT GIVE YOU PERMISSION TO SELL MY NAME. WHO DID YOU SELL IT TO???" is a sharing
  opt-out plus question; "STOP SELLING MY INFO" under a *bill notice* is a sharing opt-out, because unlike a bare STOP
  it names its object. A bare "STOP" under our acknowledgement is unclear; "stop" and "unsubscribe" under promotions
  are marketing opt-outs.
* **Whether / with whom / how**: "has my name been shared, and with whom?" is a question only (English and Spanish);
  "how do I make sure my name isn't shared?" and "how long does it take?" are questions only (LABELS how-to rule);
  "Can you please not sell my name?" is the request in question form, a sharing opt-out without `question`.
* **Confusion with others**: a reader who asks us to stop three *other* catalogs, and one who asks us to remove a
  people-search "listing", get `question` (someone must explain), not an opt-out from us. Questions about whether
  Alliant itself shares utility data, or uses catalog purchases for its own marketing, are questions; using data
  in-house is not sharing with a third party (Meinders stops the rebate letters: marketing + question).
* **Laws cited right and wrong** (Minnesota ch. 325O, Iowa ch. 715D, "Iowa requires consent", a Wisconsin law,
  Illinois BIPA, CCPA from Dubuque): the label follows the request, never the law.
  "Please confirm when done" is answered by the acknowledgement and adds no `question`.
* **Second thoughts**: "I told you Sunday to stop everything; keep the catalog, just don't share" (Fahey) is opting
  back in (question) plus a present sharing opt-out; "I called in 2023, check it, and if not, don't share" is sharing
  + question; "I emailed to stop my catalog and still got one!!" is a complaint that restates its object: marketing
  opt-out + question. Self-contradicting wishes (Buss) are unclear.
* **Replies to our acknowledgement**: "Thank you!" and a Spanish "Muchas gracias" are human, no labels, not unclear,
  `ack_to` null; a reply that adds "please also stop mailing me the catalog" is a marketing opt-out; a reply asking
  which companies and whether it covers her husband is a question. Vacation replies, a helpdesk ticket, a "no longer
  monitored" notice without Auto-Submitted, a read receipt, a challenge-response and four DSNs to our acks are
  automated.
* **Business mail with opt-out words**: the list manager's quarterly rental report and its calendar invite, the
  co-op's hygiene report and flag deadline, our ESP's campaign report, a trade mailing-list digest quoting
  customers' "do not share my name" e-mails, a list broker's pitch ending "reply opt out", privacy-software and SEO
  cold mail, the newspaper's two newsletters and a fake DocuSign "Do-Not-Share Addendum": all automated, no labels.
* **Entities**: first names alone count (LABELS); names as written ("ROBERT TIEDEMANN", "H. Brandenburg", "Pat
  Doyle", "Gene Pruess" where the From says Eugene); the mailing-label customer number and utility account numbers
  as written; for the man moving house, the ZIP of the address now on file; for the farm-supply worker, his home ZIP,
  not the business ZIP in his signature; for the Contact Us relay, the form fields the customer typed.
"""


if __name__ == "__main__":
    rows = build()
    print("built %d messages into %s" % (len(rows), OUT))
