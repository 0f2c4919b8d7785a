"""README.md for the yearmix set; the counts are computed from the manifest and index at build time."""
import collections

HEAD = """# yearmix: one year (2026) of both privacy mailboxes

## Brief

A realistic random sample of one whole year (2026) of both privacy mailboxes
(`customercare@alliant-energy.com` and `powerhousecatalog@alliant-energy.com`), about 110 messages spread over
all twelve months, in the proportions a privacy team really sees: mostly plain opt-outs and questions from
ordinary customers, a steady share of machine mail, some mail that is no request, a few hard or unclear ones.
Each month has its own context (seasonal catalogs, rebates, storms, bills, holidays). Mail programs, lengths,
moods, ages and regions vary; about 15 % is Spanish or mixed. Tricky cases are not clustered: most messages are
the ordinary mail the team sees every day.

Labels follow `/work/shared/LABELS.md` (rules of 2026-12-03); the manifest schema is the one in
`/work/shared/corpus/README.md`. Where the two differ, LABELS.md wins (see "Judgement calls").

## Files

| path | what |
|---|---|
| `NNNN.eml` | {total} raw messages, CRLF, in arrival order (Date/Received) from 2 January to 29 December 2026 |
| `manifest.jsonl` | one object per message: `file, mailbox, automated, labels, unclear, entities, note, ack_to` |
| `index.tsv` | `file, spec, category, language, program, date` (category and program are generator terms, not labels; date is UTC) |
| `_generator/build.py` | rewrites every file byte-identically (fixed seeds, standard library only) |
| `_generator/verify.py` | parses everything, checks CRLF / 998-octet lines / 7-bit headers, manifest schema, label rules, entities in the sender's own text, ack_to against From/Reply-To/Auto-Submitted, 555-01xx phone numbers, unique Message-IDs, month coverage, shares, and that a rebuild is byte-identical |

All people, addresses, phone numbers (555-01xx), account and customer numbers, companies and domains other than
the big mailbox providers are invented. Sender addresses use real provider domains so that the headers look
right: never let a bot mail the `ack_to` addresses for real.

## Our own mail in 2026 (it appears quoted, forwarded, bounced or auto-answered)

| token / kind | From | sent (CT) | subject |
|---|---|---|---|
| AE-2601-HEA | customercare@ | 2026-01-13 09:15 | Start 2026 with a free Home Energy Assessment |
| PH-2602-VAL | powerhousecatalog@ | 2026-02-03 10:04 | Sweetheart Savings: Valentine's picks from PowerHouse |
| AE-2603-HP | customercare@ | 2026-03-10 09:00 | Heat pump rebates up to $1,200 this spring [AE-2603-HP] |
| AE-NL-2604 | customercare@ | 2026-04-07 09:30 | Your April Home Comfort Tips from PowerHouse (newsletter) |
| PH-2604-MD | powerhousecatalog@ | 2026-04-28 10:00 | Mother's Day gifts ship free through May 6 |
| PH-2605-MD2 | powerhousecatalog@ | 2026-05-05 10:00 | Last call: Mother's Day gifts ship free through tomorrow |
| AE-2606-PTS | customercare@ | 2026-06-02 09:00 | Beat the peak: earn rewards this summer |
| AE-2608-EV | customercare@ | 2026-08-11 09:00 | $500 back on a Level 2 EV charger [AE-2608-EV] (List-Unsubscribe mailto has a `body=`) |
| PH-2609-FALL | powerhousecatalog@ | 2026-09-15 10:00 | The PowerHouse Fall Catalog is here |
| AE-2610-TSTAT | customercare@ | 2026-10-13 09:00 | $75 back on a smart thermostat |
| PH-2611-HOL | powerhousecatalog@ | 2026-11-10 10:00 | Holiday Preview 2026: gifts for everyone on your list |
| AE-NL-2612 | customercare@ | 2026-12-01 09:00 | Your December Home Comfort Tips from PowerHouse (newsletter) |
| bill notice | noreply@alliantenergy.com | monthly | Your Alliant Energy bill is ready (service mail, "sent even if you have opted out of marketing") |
| bot acknowledgement | customercare@ | on receipt | We received your request [CC-2026-MM-NNNNN], `Message-ID: <ack.CC-...@alliant-energy.com>`, Auto-Submitted |
| Contact Us form relay | noreply@alliantenergy.com | on submit | "Contact Us: (topic)", customer in `Reply-To` |

Promo Message-IDs are `<TOKEN.<16 hex>@mail.alliant-energy.com>`. Promo footers say "To opt out of marketing
emails, unsubscribe here or reply with the word unsubscribe" (customercare) or mention list sharing and
"To unsubscribe" (catalog), with HQ ZIP 53718: never the sender's entities. Some List-Unsubscribe mailto:
subjects carry the campaign token (HEA, FALL, TSTAT, HOL, NL-2612).
"""

CALLS = """
## Judgement calls (where LABELS.md is thin)

1. **Entities: LABELS.md over the older corpus README.** LABELS.md says a first name alone counts, so "Kayla",
   "Linda", "Maddie", "Bev", "Pam", "Derek", "Nate", "Sam", "Ruth", "Alyssa", "Kim", "Maribel" are `name`
   entities. An initial plus surname ("W. Danforth", [nov-third-time]) is kept as written for the same reason.
   Names that appear only in `From:` are never entities ([feb-solar-postcards], [feb-spanglish-catalogs],
   [oct-disconnect]).
2. **Titles and variants.** "Dr. Priya Raman" gives `Priya Raman` ([jul-formal-share]). Devin Marsh writes both
   "Devin A. Marsh" and "Devin Marsh"; the signature form is used ([may-data-copy]). "HAROLD MEYER" stays in
   capitals ([apr-smart-meter]).
3. **Business account** ([apr-kuhlers]). The office manager opts the business out of all marketing; the customer
   the request is for is the business, so `name` = "Kuhlers Grain & Feed" (not the signer); ZIP and account from
   her own text and signature.
4. **Moves.** When a sender gives only a new address, its ZIP is the postal code ([mar-cambio-direccion],
   [dec-mudanza]).
5. **Households and own addresses.** Tom Kessler ([sep-household-share]) writes for himself and his wife at the
   same address: the household rule, not "on behalf", so a clear sharing opt-out. Bob Halvorsen
   ([dec-family-account]) writes from a shared family mailbox but for himself; there is no Reply-To, so
   `ack_to` is the family address. Maddie ([may-college]) unsubscribes her own e-mail address that sits on her
   parents' account: her own request.
6. **On behalf without standing is unclear** even when the wish is plain: a daughter for her late mother
   ([jun-mama-fallecio], Spanish), a daughter for her living mother ([nov-for-mom]), a new owner about the
   previous owner's catalog ([sep-prev-owner]). Entities name the person the request is for.
7. **Deletion.** "Delete all my information" ([may-delete-all]) is `unclear` with `labels: ["question"]`, as the
   data-request rule says (the older README's "unclear implies no labels" is overridden here); verify.py allows
   unclear+question only for deletion requests. A copy-of-my-data request ([may-data-copy]) is a clear question.
8. **Short replies.** "STOP" ([jan-stop-reply]) and "remove" ([dec-remove-reply]) under a promotion are
   opt-outs; "STOP" forwarded over the bill notice ([jul-stop-bill]) and a lone thumbs-up under a promotion
   ([oct-thumbs]) are unclear. "Please stop." with nothing quoted ([feb-please-stop]) is unclear although it
   reached the catalog mailbox.
9. **Replies to our acknowledgement.** "Thank you!" ([may-thanks-ack]) and "Thanks, got it." ([dec-got-it])
   carry no labels, are not unclear and get `ack_to: null`. "Can you do the same for my other address?"
   ([apr-other-address]) and "That's not what I asked for" ([dec-not-what-i-meant]) want something, so they are
   unclear and keep the sender as `ack_to` (they will be answered after review).
10. **Questions that are not opt-outs.** Asking whether or with whom data was shared ([feb-phone-shared],
    [oct-usage-data]), how to stop the catalog ([sep-como-baja], Spanish), how long an opt-out takes
    ([may-how-long]) and whether the catalog is the electric company ([jul-same-company]) are questions only.
    Asking about the assessment mailers ([jan-bill-question]) is not asking to stop them. Opting back in
    ([nov-back-on]) and "sign me up" ([jun-sign-me-up]) are questions.
11. **Complaints next to opt-outs.** "THIRD TIME ... I want someone to tell me why" ([nov-third-time]) is
    opt-out + question (an explicit demand for an explanation). A side remark that demands nothing ("fwiw, three
    tracking pixels", [aug-pixels]) does not add `question`. "Please confirm in writing" under a sharing opt-out
    ([jul-formal-share]) is what the acknowledgement does, so no `question`.
12. **Channel limits.** "Stop the emails, keep the paper catalog" ([sep-keep-paper]) and "unsubscribe this email,
    they can keep getting stuff at the house" ([may-college]) are marketing opt-outs for the channel named;
    "keep the catalog, do not share" ([jan-share-pella], [mar-form-share], [apr-no-compartir],
    [jul-formal-share], [nov-stop-renting], [dec-merry-share]) is sharing only. Spanish "lista de correo" can
    mean post or e-mail; either way it is marketing ([oct-lista-correo], [oct-baja-catalogos]).
13. **Enrolled but tired of promos.** Pam ([jun-peak-emails]) is in Peak Time Savings and asks to stop the
    e-mails urging her to enroll: those are promotions, so a marketing opt-out (program event notices are not
    what she names).
14. **Self-contradiction.** "Stop the paper catalogs ... but don't take me off anything" ([aug-contradict]) is
    unclear.
15. **Unsubscribe software.** Gmail's "automatically generated by Gmail" mail, iOS/macOS Mail, Outlook.com,
    Yahoo and Thunderbird unsubscribe mail (empty, or with our own `body=` text) are people opting out:
    `automated: false`, `marketing_opt_out`, `ack_to` = sender. The Declutterly mail ([apr-declutter]) carries
    `Auto-Submitted: auto-generated`, so `ack_to` is null (RFC 3834) though it is still a human opt-out.
16. **Machine mail that quotes people or privacy words stays automated:** the mail house's suppression and NCOA
    reports, the CRM export of the do-not-share list, the calendar invitation about list exchange, trade
    newsletters about "do not sell", the help desk that opened a ticket from our promo, cold sales with their
    own "Reply STOP", headerless "no longer monitored" and closed-for-vacation replies (no Auto-Submitted). The
    challenge-response robot ([jun-challenge]), the read receipt ([jul-read-receipt]) and our own MX bouncing an
    acknowledgement ([jul-ack-bounce]) answer the bot itself: LOOP TRAP in the note.
17. **Service mail sent to the privacy address.** Outage, bill, moving, smart-meter and shipping questions are
    `question` (LABELS: anything that needs a human answer). The Spanish outage message about insulin
    ([jun-sin-luz]) should also be escalated; its note says so.
18. **ack_to** is written in lower case; for the web-form relay ([mar-form-share]) it is the customer in Reply-To.
"""


def render(manifest, index, keymap):
    total = len(manifest)
    out = [HEAD.replace("{total}", str(total))]
    c = collections.Counter()
    combos = collections.Counter()
    by_month = collections.defaultdict(collections.Counter)
    cats = collections.Counter()
    progs = collections.Counter()
    langs = collections.Counter()
    ents = collections.Counter()
    idx = {row[0]: row for row in index}
    for r in manifest:
        row = idx[r["file"]]
        month = row[5][:7]
        auto = r["automated"]
        c["automated" if auto else "human"] += 1
        c["box:" + r["mailbox"]] += 1
        if auto:
            c["box_auto:" + r["mailbox"]] += 1
        if r["unclear"]:
            c["unclear"] += 1
        if r["ack_to"] is None:
            c["ack_null"] += 1
        for l in r["labels"]:
            c["label:" + l] += 1
        for k in r["entities"]:
            ents[k] += 1
        if r["entities"]:
            ents["any"] += 1
        if auto:
            key = "(none) - automated"
        elif r["unclear"]:
            key = "unclear" + (" + " + " + ".join(r["labels"]) if r["labels"] else " (no labels)")
        elif not r["labels"]:
            key = "(none) - human, nothing to do"
        else:
            key = " + ".join(r["labels"])
        combos[key] += 1
        by_month[month]["total"] += 1
        by_month[month]["auto" if auto else "human"] += 1
        if r["unclear"]:
            by_month[month]["unclear"] += 1
        if row[3] != "en":
            by_month[month]["es"] += 1
        cats[row[2]] += 1
        progs[row[4]] += 1
        langs[row[3]] += 1
    lu = cats["List-Unsubscribe mailto"]
    out.append("\n## Counts\n")
    out.append("| what | messages |\n|---|---|")
    out.append("| messages | %d |" % total)
    out.append("| people (automated: false) | %d |" % c["human"])
    out.append("| of which sent by unsubscribe software for a person | %d |" % lu)
    out.append("| machines (automated: true) | %d (%.0f %%) |" % (c["automated"], 100.0 * c["automated"] / total))
    out.append("| mailbox customercare | %d (%d automated) |" % (c["box:customercare"], c["box_auto:customercare"]))
    out.append("| mailbox powerhousecatalog | %d (%d automated) |" % (c["box:powerhousecatalog"], c["box_auto:powerhousecatalog"]))
    for l in ("marketing_opt_out", "catalog_share_opt_out", "question"):
        out.append("| label %s | %d |" % (l, c["label:" + l]))
    out.append("| unclear | %d |" % c["unclear"])
    out.append("| ack_to null | %d |" % c["ack_null"])
    out.append("| ack_to set | %d |" % (total - c["ack_null"]))
    out.append("| Spanish / mixed | %d / %d (%.0f %%) |" % (langs["es"], langs["mixed"], 100.0 * (langs["es"] + langs["mixed"]) / total))
    out.append("| with any entity | %d (name %d, postal_code %d, account %d) |" % (ents["any"], ents["name"], ents["postal_code"], ents["account"]))
    out.append("\nExact label combinations:\n")
    out.append("| combination | messages |\n|---|---|")
    for k, n in sorted(combos.items(), key=lambda x: (-x[1], x[0])):
        out.append("| %s | %d |" % (k, n))
    out.append("\nBy month (UTC date of arrival):\n")
    out.append("| month | messages | people | machines | unclear | Spanish/mixed |\n|---|---|---|---|---|---|")
    for m in sorted(by_month):
        b = by_month[m]
        out.append("| %s | %d | %d | %d | %d | %d |" % (m, b["total"], b["human"], b["auto"], b["unclear"], b["es"]))
    out.append("\nBy category (generator term, `index.tsv`):\n")
    out.append("| category | messages |\n|---|---|")
    for k, n in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
        out.append("| %s | %d |" % (k, n))
    out.append("\nBy mail program (`index.tsv`):\n")
    out.append("| program | messages |\n|---|---|")
    for k, n in sorted(progs.items(), key=lambda x: (-x[1], x[0])):
        out.append("| %s | %d |" % (k, n))
    calls = CALLS
    for k, f in keymap.items():
        calls = calls.replace("[%s]" % k, f[:4])
    if "[" in calls.replace("[CC-", ""):
        import re
        left = re.findall(r"\[[a-z]{3}-[a-z0-9-]+\]", calls)
        if left:
            raise ValueError("unknown keys in README: %s" % left)
    out.append(calls)
    return "\n".join(out) + "\n"
