"""README.md for the `pauses` set (counts computed from the built items)."""
import collections

HEAD = """# pauses: life events and time limits, March-April 2027

Both privacy mailboxes (`customercare@` and `powerhousecatalog@alliant-energy.com`) in March and April 2027,
seen through people's life events and time: snowbirds away until May, service members deploying, travel nurses,
cabins used only in summer, people in hospital or rehab, deaths (surviving spouses, adult children, executors),
moves overseas or into assisted living, divorces splitting an account, new babies; time-, channel- and
condition-limited requests; the ordinary mail of the season; and about a quarter machine mail (vacation
auto-replies with and without Auto-Submitted, forwarding and change-of-address notices, bounces of closed
mailboxes, estate-service and obituary-site notices, phishing). Some Spanish.

All people, addresses, account numbers, companies and phone numbers (555-01xx) are invented. Many senders use
real mailbox-provider domains so the headers look right: **if you replay the set through a bot, point its SMTP at
a sink.**

## Rebuild / verify

```
python3 -B _generator/build.py     # rewrites every .eml, manifest.jsonl, index.tsv and this README (fixed seed)
python3 -B _generator/verify.py    # parses, checks CRLF, manifest schema, label rules, entities, ack_to, To:
```

Python 3 standard library only. Two builds are byte-identical.

## What we sent in this period (quoted, answered, bounced or auto-answered inside the set)

| key | what | From | sent |
|---|---|---|---|
| P1 | promo "Spring savings: up to $500 back on a heat pump water heater" (`AE-PR-2703`) | `customercare@` | 2027-03-02 |
| C1 | catalog e-mail "The PowerHouse Spring Catalog is here ..." (`PH-2703`); footer offers the sharing opt-out and "reply with unsubscribe" | `powerhousecatalog@` | 2027-03-09 |
| S1 | service notice "Heading back to your seasonal home? Schedule your gas turn-on" (no List-Unsubscribe; mentions thermostat rebates) | `customercare@` | 2027-04-01 |
| N1 | newsletter "Your April Home Comfort Tips from PowerHouse" (`AE-NL-2704`) | `customercare@` | 2027-04-06 |
| P2 | promo "Earth Day: get $50 for your old fridge or freezer" (`AE-PR-2704`) | `customercare@` | 2027-04-13 |
| C2 | catalog e-mail "Mother's Day picks from PowerHouse (order by May 4)" (`PH-2704`) | `powerhousecatalog@` | 2027-04-20 |
| BILL | "Your Alliant Energy bill is ready" (service message) | `noreply@alliantenergy.com` | monthly |
| ACK | bot acknowledgement "We received your request [CC-2027-MM-NNNNN]", `Message-ID: <ack.CC-...@alliant-energy.com>`, `Auto-Submitted: auto-replied` | `customercare@` | - |

Promos carry `List-Unsubscribe: <mailto:...?subject=unsubscribe>` pointing at the mailbox they came from; our
sends use that mailbox as envelope sender, so bounces come back to it. The printed spring catalog dropped on
2027-03-05 (see the mail house's report).

## Files

| path | what |
|---|---|
| `NNNN.eml` | raw messages in arrival order (open as bytes) |
| `manifest.jsonl` | one object per message: file, mailbox, automated, labels, unclear, entities, note, ack_to |
| `index.tsv` | file, spec (slug), category it was written for, which of our mails it answers, language, mail program, arrival date (US Central) |
| `_generator/` | `build.py` (entry point), `lib.py` (dates, encodings, transport headers), `clients.py` (mail-client renderers), `ours.py` (our own mail), `humans.py`, `machines.py`, `readme.py`, `verify.py` |

"""

JUDGEMENT = """## Judgement calls

* **A time-limited stop still asks to stop** ("until I'm back in April", "no promotions for now", "pause the
  e-mails for a few months", "not while we're in Arizona"): `marketing_opt_out` (LABELS.md: the stop is the
  request; the period is a detail for the record). A time-limited *sharing* refusal ("until we leave, do not
  exchange our name") is likewise `catalog_share_opt_out`. When the pause also needs a person's answer
  ("will they start again on their own?", "can the bill go to Florida again?", "can someone confirm?", a
  complaint that it is still coming) the message carries `question` as well.
* **Pause-or-cancel is not conditional.** "Pause the catalog until fall; if you can't, cancel it" stops the
  catalog on both branches: `marketing_opt_out`. "If this is marketing, unsubscribe me" under a service
  message is `unclear`, as the brief says (and LABELS.md's short-reply rule). "If you share my name with other
  companies, stop." was written as `unclear` too; the lead relabelled it `catalog_share_opt_out`, the convention of
  the other sets' writers (the catalog does share names, so the condition holds).
* **Channel and address limits are kept** (LABELS.md): stop e-mails / keep the paper catalog; stop sales calls /
  e-mail is fine; no promo mail to the cabin / home mail is fine: all `marketing_opt_out` (the record keeps the
  channel). "I don't care who you share my name with, just stop the catalog" is `marketing_opt_out` only;
  "keep the catalog, don't share my name" is `catalog_share_opt_out` only.
* **Standing** (LABELS.md, on behalf of someone else). Clear standing, labelled normally: the account holder
  himself dictating to his daughter (ack to the daughter's From, no Reply-To); a surviving spouse who says the
  account is now in her name; a joint account holder; an executor with letters testamentary; a Spanish-writing
  *albacea* named by the court; a son with durable power of attorney; the writer asking only for their own name
  after a divorce. No stated standing, `unclear`: a spouse of a deployed soldier who says the account is his, a
  daughter for a hospitalised father, a son for a deceased mother, a daughter for a mother in memory care, a
  mother for her enlisted adult son (Spanish), a neighbour collecting a snowbird's mail, new owners asking about
  the deceased previous owner. Entities then name the person the request is for (the deceased, the parent), never
  the writer; where that person is not named ("my mother's address") there is no name entity.
* **Questions about an estate without an opt-out** (a personal representative asking how to get a final read; a
  widow asking in Spanish how to move the account into her name) are plain `question`: asking is not acting,
  so standing does not have to be settled first. Entities name the deceased customer when the writer gives the
  deceased's name and account.
* **Deleting everything.** LABELS.md: "a request to delete everything is unclear plus question". The one such
  message (moving to Australia, close my account, then delete all my data) is `unclear: true` with
  `labels: ["question"]`; this is the only row where `unclear` carries a label, and verify.py allows exactly
  that combination.
* **Opting back in after the season** ("we're back from Texas, start the catalog again", "send it to Dubuque
  again, not Fort Myers") is `question` only; the winter stop it mentions is not a new opt-out. Asking how a
  seasonal hold would work, without asking for one, is `question` only.
* **Replies to our acknowledgement.** "Thank you!" and "ok got it, we're in Yuma till May anyway" ask for
  nothing: human, no labels, `ack_to: null`. "Does this cover the paper catalog too?" is a `question`. "STOP"
  under the acknowledgement (a service message) is `unclear`, with the ack it would get after review.
  "STOP" over a forwarded bill notice is `unclear` too. An auto-reply to our acknowledgement (deployed soldier)
  is automated (loop trap), as is a read receipt for it.
* **Forwards.** Kurt Nemmers forwards his *own* February stop request: it counts as his words (labels and
  entities come from it). A daughter forwarding a funeral home's obituary with "FYI, this was my dad." asks for
  nothing decidable: `unclear`, no entities (the names are only in text written by others).
* **Machine mail that reads like a request** is automated per the brief and LABELS.md (vendor/partner system
  mail): a change-of-address service's notice with account number and new address; an estate-settlement
  service's templated death notice with "remove from marketing and mailing lists" ticked, and its reminder; a
  funeral-home "X shared an obituary with you" notice with a Reply-To to the widower; an ISP's forwarding notice
  asking us to update our records; the mail house's NCOA/suppression report; a cold pitch that says "reply
  remove". None gets labels, entities or an acknowledgement.
* **Headerless auto-replies** are automated: a cPanel autoresponder with only `X-Autorespond`/`Precedence:
  auto_reply`, a family's "this address is no longer monitored, Carl passed away", an assisted-living front
  desk's reply that says "please do not send advertising to residents" (boilerplate, 27 s after our catalog
  e-mail), an alumni forwarding service with only `Precedence: bulk`.
* **Software unsubscribes**: Gmail ("This message was automatically generated by Gmail."), iPhone Mail (empty)
  and AOL (empty) are human `marketing_opt_out` with ack to the sender; the inbox-cleaning service Tidymail
  sends with `Auto-Submitted: auto-generated`, so `ack_to` is null (RFC 3834).
* **Entities**: first names alone in a signature count ("Bev", "Deb", "Kayla", "Jerry") per LABELS.md; ranks
  and job titles are dropped ("SGT"); joint names stay joint ("Harlan & Joyce Dykstra", "Stefan and Ulrike
  Brunkhorst"); names are kept as written ("VERNON KRAY"). Where two ZIPs appear, the one of the person the
  request is for (the deceased's house, the mother's house, the service address) is taken, not the writer's
  PO box or forwarding address. Phone numbers, reference numbers and our own footer ZIP 53718 are never entities.
* **Acknowledgement address.** Our own Contact Us relay (From `noreply@alliantenergy.com`) carries the customer
  in Reply-To, so the ack goes there; a man moving to Germany writes from the ISP account he is closing and asks
  to be answered at his new address (Reply-To): ack to the Reply-To. A dictated message from a daughter's own
  address and a campground's role address without Reply-To are acknowledged at From.
* **A thank-you for a past pause** asks for nothing: no labels, `ack_to: null`; the name in its signature is
  still recorded as written.
"""


def table(rows, head):
    out = ["| %s |" % " | ".join(head), "|" + "---|" * len(head)]
    for r in rows:
        out.append("| %s |" % " | ".join(str(x) for x in r))
    return "\n".join(out)


def make(items):
    n = len(items)
    humans = [i for i in items if not i["automated"]]
    machines = [i for i in items if i["automated"]]
    lab = collections.Counter(l for i in items for l in i["labels"])
    combos = collections.Counter()
    for i in items:
        if i["automated"]:
            combos["(none) - automated"] += 1
        elif i["unclear"]:
            combos["unclear" + (" + " + " + ".join(i["labels"]) if i["labels"] else "")] += 1
        elif not i["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(i["labels"])] += 1
    cats = collections.Counter(i["category"].split(" (")[0] for i in items)
    rt = sum(1 for i in humans if i["ack_to"] and i["ack_to"].lower() not in i["raw"].split(b"\r\nFrom: ")[1].split(b"\r\n")[0].decode("ascii", "replace").lower())
    replies = collections.Counter(i["answers"] for i in items if i["answers"] != "-")
    auto_sub = sum(1 for i in items if b"\r\nAuto-Submitted:" in i["raw"].split(b"\r\n\r\n")[0])
    langs = collections.Counter(i["lang"] for i in items)
    ent = collections.Counter(k for i in items for k in i["entities"])
    boxes = collections.Counter((i["mailbox"], i["automated"]) for i in items)
    ack_null_h = sum(1 for i in humans if i["ack_to"] is None)
    unclear = sum(1 for i in items if i["unclear"])
    s = HEAD
    s += "## Counts\n\n"
    s += table([
        ["messages", n],
        ["people (automated: false)", len(humans)],
        ["machines (automated: true)", len(machines)],
        ["`customercare` (of which automated)", "%d (%d)" % (boxes[("customercare", False)] + boxes[("customercare", True)],
                                                          boxes[("customercare", True)])],
        ["`powerhousecatalog` (of which automated)", "%d (%d)" % (
            boxes[("powerhousecatalog", False)] + boxes[("powerhousecatalog", True)], boxes[("powerhousecatalog", True)])],
        ["label `marketing_opt_out`", lab["marketing_opt_out"]],
        ["label `catalog_share_opt_out`", lab["catalog_share_opt_out"]],
        ["label `question`", lab["question"]],
        ["unclear", "%d (%.0f %% of people)" % (unclear, 100.0 * unclear / len(humans))],
        ["ack_to null among people", ack_null_h],
        ["ack_to null among machines", len(machines)],
        ["ack_to taken from a Reply-To that differs from From", rt],
        ["messages answering one of our mails (P1/C1/S1/N1/P2/C2/BILL/ACK)",
         "%d (%s)" % (sum(replies.values()), ", ".join("%s %d" % kv for kv in sorted(replies.items())))],
        ["messages with an Auto-Submitted header", auto_sub],
        ["languages", ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items()))],
        ["messages with any entity", sum(1 for i in items if i["entities"])],
        ["entity `name` / `postal_code` / `account`", "%d / %d / %d" % (ent["name"], ent["postal_code"], ent["account"])],
    ], ["what", "count"])
    s += "\n\n### Label combinations\n\n"
    s += table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"])
    s += "\n\n### Categories (what each message was written for, grouped; the detail is in `index.tsv`)\n\n"
    s += table(sorted(cats.items(), key=lambda kv: (kv[0].startswith("automated"), -kv[1], kv[0])),
               ["category", "messages"])
    s += "\n\n" + JUDGEMENT
    return s
