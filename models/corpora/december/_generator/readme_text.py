# -*- coding: utf-8 -*-
"""README.md for the december set; the tables are computed from the manifest at build time."""
import collections

import spec

BRIEF = """\
A realistic first two weeks of December 2026 (Tue 1 - Mon 14 Dec) in both privacy mailboxes,
`customercare@alliant-energy.com` and `powerhousecatalog@alliant-energy.com`, in the proportions a privacy team
really sees. The holiday catalog and a "12 Days of Savings" e-mail promotion are going out, winter bills are rising,
a cold snap causes a few outages, people are decluttering their inboxes before year end, gift recipients get catalogs
they never ordered, some people reply from phones while shopping. The season's machine mail is included (vacation
auto-replies, bounces, shipping notifications sent to the wrong address, holiday phishing, charity appeals, vendor
year-end notices). Each person is written as an individual with their own voice."""

OURS = """\
| what | From | sent | notes |
|---|---|---|---|
| "12 Days of Savings", Day 1 ... Day 12, `Day N of 12: ... [PH-2612-DNN]` | `PowerHouse Catalog <powerhousecatalog@>` | 6:00 CST each day, Dec 1-12 | `Message-ID: <ph12d.202612DD060000.*@mail.alliant-energy.com>`; footer: unsubscribe by replying *and* the list-sharing notice; `List-Unsubscribe: <mailto:powerhousecatalog@...?subject=unsubscribe>` |
| Holiday 2026 catalog (paper, job H26-GB) | postal | dropped Nov 24 | gift recipients were added to the mailing list; the mail house's drop report is 0012 |
| promo "Stay warm for less: $75 back on a smart thermostat [AE-PR-2612-TS]" | `Alliant Energy <customercare@>` | Dec 2, 10:30 | footer "reply with the word unsubscribe" |
| newsletter "Winter Ready: 6 ways to keep your December bill in check [AE-NL-2612]" | `customercare@` | Dec 9, 9:00 | "manage your preferences or unsubscribe" |
| bill notice "Your Alliant Energy bill is ready" | `noreply@alliantenergy.com` | monthly | service message; only seen forwarded (0027) |
| outage alerts "Outage alert: ..." / "Outage update: ..." | `outagealerts@alliantenergy.com`, Reply-To `customercare@` | Dec 8 (cold snap) | service messages |
| bot acknowledgement "We received your request [CC-2026-12-NNNNN]" | `Alliant Energy Customer Care <customercare@>` | - | `Message-ID: <ack.CC-...@alliant-energy.com>`, its text mentions opting out and sharing |
"""

CALLS = """\
Where LABELS.md is thin (or where it and the older corpus README disagree) these are the calls made. LABELS.md
was followed wherever it speaks.

**Label calls**

1. **`unclear` carries no opt-out label.** Unclear rows have `labels: []`, except the delete-everything request
   (0085), which is `unclear` + `question` exactly as LABELS.md says. An on-behalf request (0068, 0081) is unclear
   with no label, because acting on any part of it is what the review is for.
2. **Short replies to service mail are unclear**: STOP forwarded on a bill notice (0027), STOP under an outage alert
   (0053), STOP under our own acknowledgement (0101). The same one-word replies under a promotion are opt-outs
   (0007 "Stop", 0065 "unsubscribe", 0098 "Baja por favor").
3. **Words with their own object beat the thread.** "dont sell my address thx" under a Day 9 promo (0071) is a
   sharing opt-out only: the short-reply rule lends a meaning to words that have no object, and these have one.
   "Re the note at the bottom: keep my name off the lists" (0036) points at our quoted footer; the label comes
   from her own sentence (sharing only, she keeps the e-mails).
4. **Questions about opting out stay questions.** "How long do these take, is it normal I still got this one?"
   (0013) is a question only, although it mentions an October request: LABELS names exactly this question, and the
   old request is not restated as a new one. "¿Cómo hago para que ya no me llegue el catálogo? ¿con este correo es
   suficiente?" (0103) is likewise a question only: she asks how, not to be removed. Staff answering either will
   naturally offer to do it.
5. **Asking where a name came from is a question, not an opt-out** (0031 Linnea Haug). 0108 says "stop sending me
   catalogs" *and* asks where the name came from: marketing + question, no sharing label (he never says don't share).
6. **Gift recipients**: "take me off your catalog mailing list" alone is marketing only (0033); sharing is added only
   when the words ask for it (0008, 0018, 0043).
7. **Channel limits kept**: "stop the e-mails, keep the paper catalog" is marketing_opt_out (0003, 0069); the
   acknowledgement/record must say e-mail. "Unsubscribe me from ALL of it ... the catalog ... everything" (0039) is
   still marketing only: nothing in it is about sharing.
8. **Conditional + clear request** (0074): "Do you share e-mail addresses too? If so, stop. Either way please don't
   share my name and address" = sharing opt-out + question (the e-mail-sharing question needs an answer; the policy
   says we never share e-mail addresses).
9. **Non-privacy mail that reaches the privacy box and needs a person** is `question`: bill doubled (0005), payment
   plan (0041), outage with a newborn (0046), promo code expired (0079), gift order status (0093), disconnection fear
   (0114). A careful clerk forwards these; the bot must not treat them as nothing.
10. **Complaint inside an opt-out**: the forwarded outage update (0054) carries a complaint (question) and "stop
    sending me your thermostat ads" (marketing); the preferences-page 404 (0082) makes a question next to the opt-out.
11. **Mixed wishes** (0092: "take me off ... actually no ... just fewer emails?") are unclear.
12. **Moving without a new address** (0080, going into assisted living) is not a change-of-address question; the
    request is "no more catalogs".

**Standing**

13. A household request by the account holder (0089 Dale Ritter) or by a joint account holder (0110, "the account is
    in both our names") is clear. A daughter writing about her late mother (0068) and a customer asking that his gift
    recipients not be listed or shared (0081) are unclear.

**Automated or not**

14. **Unsubscribe software is a person**: Gmail's one-click (0002, 0015, 0045, 0095, and 0073 from a Spanish-language
    Gmail), Apple Mail (0011), Outlook.com (0059), Yahoo (0067) and two inbox-cleaning services. InboxTidy (0038)
    sends `Auto-Submitted: auto-generated`, so `ack_to` is null (RFC 3834); the Leavemealone-style service (0112) does
    not, so it is acknowledged.
15. **A person forwarding phishing to ask "is this real?"** (0029) is a human question; the phishing itself (0019)
    is automated. The forwarded text adds nothing.
16. **Headerless auto-replies** (0023 shop closed for the holidays, 0094 "no longer monitored") are automated,
    as LABELS says. The Gmail vacation reply to our acknowledgement (0056) is the loop trap.
17. **Vendor/partner/system mail full of privacy words** is automated: the mail house's suppression report with a CSV
    (0012), the list co-op renewal (0066), the CRM's opt-out export notice (0083), the ESP's retention notice (0048),
    the carrier's "does not sell or share" footer (0087), and the calendar invitation about suppression files (0091).
18. **Mis-addressed transactional mail** (0016 another retailer, 0020 our own fulfilment vendor, whose Reply-To is our
    mailbox, 0087 the carrier) is automated; the customer names and ZIPs inside them are not entities.
19. **The privacy-list digest** (0072) was written by people but is list traffic: automated. It is personalised
    (`To:` our mailbox) as Mailman does with personalised delivery, so it passes the To/mailbox check.
20. **Cold outreach signed by a person** (0037) is automated (LABELS: cold sales).

**Acknowledgement address**

21. Work address with a personal Reply-To and "please send any confirmation to my personal address" (0090): Reply-To.
    The web-form relay (0102, From `noreply@alliantenergy.com`): Reply-To.
22. "Thank you!" (0075) and "Got it, thanks ... Merry Christmas" (0113) in reply to our acknowledgement: no labels,
    not unclear, `ack_to` null.
23. Unclear mail keeps the ack it would get after review (the sender), as LABELS says.

**Entities**

24. **A first name alone counts** (LABELS.md: "as written (a first name alone counts)"), so Priya, Carol, Bev, Tasha,
    Jim, Kristin, Irma, Lorraine, Shannon and Harold are extracted. (The older corpus README said the opposite; LABELS
    wins.) Names appearing only in `From:` are never extracted.
25. "the Hoffmann family" (0060) is not a person's name: only the ZIP is extracted. "WALT BRUEGGEMAN" is kept in
    capitals; "Mrs. Arlette Bouchard" loses the title; "Daniel P. Greer" keeps the initial.
26. On-behalf rows name the person the request is for: the late mother Eleanor Prusha and her account (0068). In 0081
    the people the request is for are not named, so there is no name (the writer's "Erik" is not the subject).
27. Business signatures count: Kevin Thao's work ZIP (0058) and Dairyland Hardware's ZIP (0077). A change of address
    gives the **new** ZIP (0057, 0111). The form relay's fields are the sender's own words (0102).
28. Order numbers (0079, 0093), phone numbers, tracking numbers and campaign tokens are never accounts; PowerHouse
    customer numbers are (0004 "2041 7783", 0100 "3318 0426").
"""


# every file number the judgement calls mention, and the message it must be
REFS = {"0085": "p-deleteall", "0068": "p-prusha", "0081": "p-giftgiver", "0027": "p-billstop", "0053": "p-alertstop",
        "0101": "p-ackstop", "0007": "p-stop-d2", "0065": "p-nl-unsub", "0098": "p-baja", "0071": "p-dontsell-d9",
        "0036": "p-d5-footer", "0013": "p-howlong", "0103": "p-howstop-es", "0031": "p-haug", "0108": "p-howgot",
        "0033": "p-sorensen", "0008": "p-ostrander", "0018": "p-manzanares", "0043": "p-nevordered",
        "0003": "p-kowalczyk", "0069": "p-amundson", "0039": "p-cleanout", "0074": "p-sharemail", "0005": "p-dvorak",
        "0041": "p-payplan", "0046": "p-newborn", "0079": "p-heat26", "0093": "p-giftstatus", "0114": "p-cutoff",
        "0054": "p-fwdoutage", "0082": "p-jens", "0092": "p-mixed", "0080": "p-jaeger", "0089": "p-ritter",
        "0110": "p-kaczmarek", "0002": "p-koepke", "0015": "p-gmail-d3", "0045": "p-gmail-d7", "0095": "p-gmail-d12",
        "0073": "p-gmail-d10", "0011": "p-applemail-ts", "0059": "p-outlook-unsub", "0067": "p-yahoo-unsub",
        "0038": "p-tidy-autosub", "0112": "p-tidy-plain", "0029": "p-phishcheck", "0019": "m-phish-refund",
        "0023": "m-ooo-cpanel", "0094": "m-ooo-nlm", "0056": "m-loop-ack", "0012": "m-mailhouse", "0066": "m-listcoop",
        "0083": "m-crm", "0048": "m-esp", "0087": "m-carrier", "0091": "m-cal", "0016": "m-brightleaf", "0020": "m-fulfil",
        "0072": "m-digest", "0037": "m-seo", "0090": "p-mcgrath", "0102": "p-webform", "0075": "p-thanks",
        "0113": "p-ackthanks2", "0060": "p-hoffmann", "0058": "p-thao", "0077": "p-dairyland", "0057": "p-coa",
        "0111": "p-cortez-es", "0004": "p-brandvold", "0100": "p-bouchard"}


def render(manifest, items):
    import re
    for num in set(re.findall(r"(?<!\d )(?<!\d)0\d{3}(?!\d)(?! \d)", CALLS + OURS)):
        assert num in REFS, "README mentions %s without a REFS entry" % num
    for num, key in REFS.items():
        assert items[int(num) - 1]["key"] == key, "README reference %s is no longer %s" % (num, key)
    c = collections.Counter()
    combos = collections.Counter()
    by_cat = collections.Counter()
    lang = collections.Counter()
    progs = collections.Counter()
    for m, d in zip(manifest, items):
        c["total"] += 1
        c["box:" + m["mailbox"]] += 1
        if m["automated"]:
            c["machines"] += 1
            c["auto:" + m["mailbox"]] += 1
            combos["(automated)"] += 1
        else:
            c["people"] += 1
            key = " + ".join(m["labels"]) or ("(unclear)" if m["unclear"] else "(no action: reply to our ack)")
            if m["unclear"] and m["labels"]:
                key = "(unclear) + " + key
            combos[key] += 1
        for l in m["labels"]:
            c["label:" + l] += 1
        if m["unclear"]:
            c["unclear"] += 1
        if m["ack_to"] is None:
            c["ack_null"] += 1
            if not m["automated"]:
                c["ack_null_human"] += 1
        for k in m["entities"]:
            c["ent:" + k] += 1
        if m["entities"]:
            c["ent_any"] += 1
        by_cat[spec.CATS[d["cat"]]] += 1
        lang[d["lang"]] += 1
    out = []
    out.append("# december: first two weeks of December 2026 in both privacy mailboxes\n")
    out.append("## Brief\n\n" + BRIEF + "\n")
    out.append("Files: `NNNN.eml` (raw bytes, CRLF, in arrival order), `manifest.jsonl` (schema of "
               "`shared/corpus/README.md`, keys `file, mailbox, automated, labels, unclear, entities, note, ack_to`), "
               "`index.tsv` (file, spec, category, language, program, date), `_generator/build.py` "
               "(rewrites every file byte-identically; standard library, fixed seeds) and `_generator/verify.py` "
               "(parse, CRLF, schema, label rules, entities in the sender's own text, ack_to).\n")
    out.append("All people, addresses, phone numbers (555-01xx), account and customer numbers are invented. Sender domains "
               "include real mailbox providers so the headers look right: **never let a bot mail the `ack_to` addresses "
               "for real**.\n")
    out.append("## Our own mail in this period (it appears quoted, forwarded, bounced or auto-answered)\n\n" + OURS)
    out.append("## Counts\n")
    out.append("| what | count |\n|---|---|")
    out.append("| messages | %d |" % c["total"])
    persons = set()
    for d in items:
        if d["kind"] == "human":
            persons.add((d.get("reply_to") or d["frm"][1]).split("<")[-1].rstrip(">").lower())
    out.append("| written by people | %d (from %d different people; two wrote twice) |" % (c["people"], len(persons)))
    out.append("| machines (`automated: true`) | %d (%.0f %%) |" % (c["machines"], 100.0 * c["machines"] / c["total"]))
    out.append("| `customercare` | %d (%d automated) |" % (c["box:customercare"], c["auto:customercare"]))
    out.append("| `powerhousecatalog` | %d (%d automated) |" % (c["box:powerhousecatalog"], c["auto:powerhousecatalog"]))
    for l in ("marketing_opt_out", "catalog_share_opt_out", "question"):
        out.append("| label `%s` | %d |" % (l, c["label:" + l]))
    out.append("| `unclear: true` | %d |" % c["unclear"])
    out.append("| `ack_to` null | %d (%d automated, %d people) |" % (c["ack_null"], c["machines"], c["ack_null_human"]))
    out.append("| `ack_to` set | %d |" % (c["total"] - c["ack_null"]))
    out.append("| rows with any entity | %d (name %d, postal_code %d, account %d) |" %
               (c["ent_any"], c["ent:name"], c["ent:postal_code"], c["ent:account"]))
    out.append("")
    out.append("Exact label combinations:\n\n| labels | messages |\n|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| %s | %d |" % (k, v))
    out.append("")
    out.append("By how the message came to be (`index.tsv` category):\n\n| category | messages |\n|---|---|")
    for k, v in sorted(by_cat.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| %s | %d |" % (k, v))
    out.append("")
    out.append("Languages: " + ", ".join("%s %d" % (k, v) for k, v in sorted(lang.items(), key=lambda kv: -kv[1])) +
               " (`es+en` = mixed Spanish/English).\n")
    out.append("## Judgement calls\n\n" + CALLS)
    return "\n".join(out)
