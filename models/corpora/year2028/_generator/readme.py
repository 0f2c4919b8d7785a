"""Writes README.md for the year2028 set (called by build.py, so counts always match the files)."""
import collections

from mailkit import central, local
from ours import CAMPAIGNS, OUTAGES

BRIEF = """A random sample of the whole year 2028 of both privacy mailboxes: about eight or nine messages a month
(about 100 in all), in the everyday proportions a privacy team sees over a year (about a third machine mail), by
many different writers. Invent, month by month, what Alliant sent (seasonal catalog e-mails from
powerhousecatalog@ with the list-sharing footer and List-Unsubscribe, customercare@ promotions and newsletters, some
in Spanish, outage alerts from an alerts address with Reply-To: customercare@, bill notices, our bot's
acknowledgements) and list it in the README. People: every age and walk of life, ~15 % Spanish or mixed, from one
word to long letters, on phones, webmail, Outlook, Apple Mail. Requests of every kind (postal, e-mail, both, the
catalog, sharing opt-outs, questions, mixtures), replies over our mail, some unclear ones, thank-yous; machine mail
of every kind (bounces, auto-replies with and without Auto-Submitted, read receipts, newsletters, vendor notices,
phishing, list posts, calendar invitations, mail-client and inbox-cleaner unsubscribes). Write it as it would
really arrive; do not make it a puzzle set."""

FOOTERS = {
    "customercare@alliant-energy.com": "promo footer: *To opt out of marketing e-mails, reply with the word unsubscribe or write to customercare@…*; HQ ZIP 53718",
    "powerhousecatalog@alliant-energy.com": "catalog footer: *we share our customer list with other catalog companies … If you prefer that we not share your name and postal address, write to powerhousecatalog@… To unsubscribe … reply with UNSUBSCRIBE*",
}

JUDGEMENT = """\
1. **`unclear` rows may carry `question`, never an opt-out.** LABELS.md makes "delete everything" *unclear plus
   question*; I treated the Spanish letter about a deceased mother's account the same way (closing/transferring the
   account is a question; the opt-out "for her" is not actionable without standing). Every other unclear row has
   `labels: []`. `verify.py` enforces "unclear ⇒ no opt-out label".
2. **Automated rows have `entities: {}`** even when a signature is visible (out-of-office, read receipt): nothing
   there is a request, so nothing is extracted.
3. **Replies to our acknowledgement.** Machines answering it (Exchange out-of-office, a helpdesk ticket robot, a
   challenge-response service) are automated and marked *LOOP* in the note. People answering it are human:
   "Thanks so much…" and the Spanish "Muchas gracias…" get no labels, not unclear, `ack_to: null`; a new question
   ("does the 10 business days include postcards already printed?") is `question` with an acknowledgement;
   "can you do the same thing for my mom's house?" is unclear (reference to an earlier request + on behalf).
4. **A holiday greeting under the newsletter** ("Merry Christmas… keep up the good work") is handled like a
   thank-you: human, no labels, not unclear (it is perfectly clear that nothing is wanted), `ack_to: null`.
5. **Bare "unsubscribe" sent as a fresh message** (no quote, subject "Unsubscribe") is `marketing_opt_out`:
   the word names its own object (a mailing list), unlike "Please stop." which is unclear.
6. **Short words under service mail.** "STOP" under a bill notice, "stop" under an outage alert, "remove" under an
   outage update: unclear (LABELS.md). But an explicit, reasoned request to stop *outage alerts* because the writer
   moved out is a service/address change: `question`, not unclear and not a marketing opt-out.
7. **Channel limits.** "Stop the paper catalog, keep the e-mails" and "unsubscribe me from marketing e-mails, keep
   outage alerts and bills" are `marketing_opt_out`; the note says which channel.
8. **Duplicate catalogs** (three copies, one to a deceased husband): a list correction = `question`, from the
   household member who receives them; her "don't share our name" is `catalog_share_opt_out`. Not a marketing
   opt-out: she wants one copy.
9. **Opting back in** ("put me back on the catalog list") is `question`; the old removal it mentions is not a new
   opt-out, but her "make sure you still don't share my name" is a present sharing request → `catalog_share_opt_out`.
10. **Sharing opt-outs sent to customercare@** ("no compartan mi info con nadie", "no vender mis datos a nadie")
    get `catalog_share_opt_out`: the label is about name/address going to third parties, whichever mailbox.
11. **Asking whether/with whom data was shared** (solar installers, car dealers, a door-to-door salesman) is a
    `question` only; it becomes an opt-out only when the writer also says "don't share".
12. **"How do I stop the paper mailers?"** is a how-to `question` only. "How long does it take… please make sure
    I'm off the list this time" has both labels.
13. **Standing.** A property manager writing on company letterhead for the LLC that holds the accounts, and an
    account holder writing for his household, have standing. A daughter "who goes through her mail now" (memory
    care, no POA mentioned) and a daughter writing for her late mother do not → unclear; entities name the mother
    (the person the request is for). When the person is not named (Shelby's mother) there is no name entity.
14. **Postal code.** The ZIP of the person's address: for the pharmacist writing from work with his home address in
    the text, the home ZIP, not the work signature's; for the professor whose only address is her signature block,
    the signature ZIP (a sender's own signature counts). A change of address gives only the new ZIP.
15. **Names only in headers are not entities** (e.g. "HELEN QUADE", "Tom Rasmussen", "Wes"); a first name signed in
    the body is ("Luis", "Jen", "Dale", "Barb", "Amy", "Carol", "Donna", "Maribel"). When both a full name and a
    first name appear, the full name is given.
16. **`ack_to`.** Our Contact Us form relay (From `noreply@alliantenergy.com`) → the customer in Reply-To; a shared
    family address whose writer puts his own address in Reply-To and asks to be answered there → Reply-To; a work
    address with a personal Reply-To and the same request in the text → Reply-To. Inbox-cleaner mail with
    `Auto-Submitted` → null; the cleaner without it (sent from the user's own Gmail) → From.
17. **Not accounts:** order numbers (PH-448120), phone numbers, campaign tokens, the "account ending in …" of our
    own quoted bill notice. Catalog customer numbers from the label (0048837215, PH-7731902, "Customer # 7720118")
    are accounts.
18. **"Kindly confirm in writing"** in a formal opt-out letter is not a separate question: the acknowledgement is
    the confirmation.
19. **Vendor and other system mail that uses privacy words** (mail-house suppression report, CRM "PH_DoNotShare"
    export, NCOA report, a Teams invitation about "do-not-share file review", a co-op list broker's pitch, a trade
    newsletter on "co-op opt-out rates", a peer mailing-list post about STOP replies) is automated, no labels.
20. **A helpdesk robot answering a promotion** (with Auto-Submitted) is an automated auto-reply, not a loop;
    the voicemail-to-e-mail notice is system mail (no transcript; staff listen to the recording outside this bot).
21. **The list post** comes from a Mailman 3 list with personalization, so its `To:` is our mailbox (keeps the
    "To holds the mailbox" rule true without inventing an odd header).
"""


def make(manifest, index, specs):
    out = []
    w = out.append
    w("# year2028: a year of both privacy mailboxes (sample)\n")
    w("## The brief\n")
    w("\n".join("> " + l for l in BRIEF.split("\n")) + "\n")
    w("%d messages from 2 January to 28 December 2028, numbered in arrival order, written independently of any other "
      "set and labelled by `/work/shared/LABELS.md`. All people, addresses, account and customer numbers, companies "
      "and phone numbers (555-01xx) are invented. Rebuild: `python3 _generator/build.py` (stdlib, fixed seed, "
      "byte-identical); check: `python3 _generator/verify.py`.\n" % len(manifest))
    w("> **Safety:** senders use real provider domains (gmail.com, yahoo.com, outlook.com…) so headers look right. "
      "If you replay this set through a bot, point its SMTP at a sink; never mail the `ack_to` addresses.\n")

    # ------------------------------------------------------------------ company mail
    w("## What Alliant Energy sent in 2028\n")
    w("These never arrive on their own; they show up quoted, forwarded, bounced or auto-answered.\n")
    w("### Campaigns (promotions, newsletters, catalog e-mails)\n")
    w("Every campaign e-mail carries `List-Unsubscribe: <mailto:{sender}?subject=unsubscribe>` (the mailbox it came "
      "from) and a per-recipient `Message-ID: <TOKEN.YYYYMMDD.NNNNNN@mail.alliant-energy.com>`. Some put the token in "
      "the subject. Spanish editions end `-ES` and have the footer *Para no recibir más correos de promociones, "
      "responda con la palabra BAJA…*.\n")
    w("| date (CT) | token | from | subject as sent | footer |")
    w("|---|---|---|---|---|")
    for tok, when, (fn, fa), subj, body, foot in CAMPAIGNS:
        if tok.endswith("-ES"):
            f = "Spanish promo footer (BAJA), HQ ZIP 53718"
        elif "-NL-" in tok:
            f = "newsletter footer: *Manage your preferences or unsubscribe: reply … UNSUBSCRIBE*"
        else:
            f = FOOTERS[fa]
        w("| %s | `%s` | `%s` | %s | %s |" % (when[:16], tok, fa.split("@")[0] + "@", subj.replace("|", "\\|"), f))
    w("")
    w("### Service mail and our own replies\n")
    w("| what | From / Reply-To | when | Message-ID | notes |")
    w("|---|---|---|---|---|")
    w("| bill notice \"Your Alliant Energy bill is ready\" | `noreply@alliantenergy.com` / Reply-To `customercare@…` | monthly, per account | `<bill.KEY.YYYYMM@notify.alliantenergy.com>` | service message; says it is sent \"even if you have opted out of marketing\"; quotes \"Account ending in NNNN\" |")
    w("| outage alerts \"Outage alert: power is out at your address\", \"Outage update: crews assigned\", \"Power restored at your address\" | `Alliant Energy Outage Alerts <alerts@alliant-energy.com>` / Reply-To `customercare@…` | events %s | `<outage.EVENT.N@alerts.alliant-energy.com>` | service message; footer \"Manage alerts at alliantenergy.com/alerts\" |"
      % ", ".join("%s (%s)" % (k, v) for k, v in OUTAGES.items()))
    w("| bot acknowledgement \"We received your request [CC-2028-MM-NNNNN]\" | `Alliant Energy Customer Care <customercare@…>` (or `PowerHouse Catalog Customer Service <powerhousecatalog@…>` for that mailbox) | within minutes of a request | `<ack.CC-2028-MM-NNNNN@alliant-energy.com>`, `Auto-Submitted: auto-replied` | text mentions stopping marketing and not sharing; \"Please do not reply\". Tokens seen here: CC-2028-01-00071, -03-00298, -04-00312, -04-00377 (catalog), -06-00541, -06-00583, -08-00742, -08-00790 (catalog), -09-00861, -10-00958, -10-00977 |")
    w("| staff replies \"RE: …\" | `customercare@…` | 2028-02-16, 03-06, 07-19 | `<staff.CC-2028-MM-NNNNN@alliant-energy.com>` | one drew an Outlook read receipt, one a Thunderbird receipt, one a Yahoo failure notice |")
    w("")

    # ------------------------------------------------------------------ counts
    w("## Counts\n")
    C = collections.Counter()
    combos = collections.Counter()
    for r in manifest:
        C["total"] += 1
        C["automated" if r["automated"] else "human"] += 1
        if r["unclear"]:
            C["unclear"] += 1
        for l in r["labels"]:
            C[l] += 1
        if r["automated"]:
            k = "(none) - automated"
        elif r["unclear"]:
            k = "(unclear) " + ("+ question" if r["labels"] else "no labels")
        elif not r["labels"]:
            k = "(none) - human, nothing to do"
        else:
            k = " + ".join(r["labels"])
        combos[k] += 1
    w("| label / flag | messages |")
    w("|---|---|")
    for k in ("marketing_opt_out", "catalog_share_opt_out", "question", "automated", "unclear", "human", "total"):
        w("| `%s` | %d |" % (k, C[k]))
    w("")
    w("| exact combination | messages |")
    w("|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("| mailbox | messages | automated | human | unclear |")
    w("|---|---|---|---|---|")
    for mb in ("customercare", "powerhousecatalog"):
        rows = [r for r in manifest if r["mailbox"] == mb]
        w("| `%s` | %d | %d | %d | %d |" % (mb, len(rows), sum(r["automated"] for r in rows),
                                           sum(not r["automated"] for r in rows), sum(r["unclear"] for r in rows)))
    w("")
    lang = collections.Counter()
    for r, (f, cat, lg) in zip(manifest, index):
        lang[(lg, "automated" if r["automated"] else "human")] += 1
    w("| language | human | automated |")
    w("|---|---|---|")
    for lg, name in (("en", "English"), ("es", "Spanish or mixed Spanish/English")):
        w("| %s | %d | %d |" % (name, lang[(lg, "human")], lang[(lg, "automated")]))
    w("")
    months = collections.Counter()
    for s in specs:
        months[local(central(s["date"])).strftime("%m")] += 1
    w("| month | " + " | ".join("%s" % m for m in sorted(months)) + " |")
    w("|---|" + "---|" * len(months))
    w("| messages | " + " | ".join(str(months[m]) for m in sorted(months)) + " |")
    w("")
    cats = collections.Counter(cat for _, cat, _ in index)
    w("By the category each message was written for (`index.tsv`; not part of the label schema):\n")
    w("| category | messages |")
    w("|---|---|")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    ent = collections.Counter()
    for r in manifest:
        for k in r["entities"]:
            ent[k] += 1
    w("| other | count |")
    w("|---|---|")
    w("| messages with any entity | %d |" % sum(1 for r in manifest if r["entities"]))
    for k in ("name", "postal_code", "account"):
        w("| entity `%s` | %d |" % (k, ent[k]))
    w("| `ack_to` set | %d |" % sum(1 for r in manifest if r["ack_to"]))
    w("| `ack_to` null on human mail (thank-yous, greeting, Auto-Submitted unsubscribers) | %d |"
      % sum(1 for r in manifest if not r["automated"] and not r["ack_to"]))
    w("")
    w("Clients represented: Gmail (web, Android, iOS), Yahoo and AOL (web and apps), Outlook.com (web, Android, iOS), "
      "Outlook desktop on Exchange Online and over an ISP, Apple Mail (Mac, iPhone, iPad), Xfinity Connect, Roundcube, "
      "Thunderbird, our own web form; machine mail from Postfix, Gmail, Exchange Online and Yahoo bounce systems, "
      "Outlook/Thunderbird MDNs, Google Calendar and Teams invitations, Mailman 3, ESP newsletters, helpdesks and "
      "vendor systems.\n")

    w("## Judgement calls\n")
    w("Where LABELS.md needed interpreting, this is what I decided (a careful privacy clerk's reading):\n")
    w(JUDGEMENT)
    w("## Files\n")
    w("| path | what |")
    w("|---|---|")
    w("| `NNNN.eml` | raw messages (CRLF), arrival order |")
    w("| `manifest.jsonl` | labels: `file, mailbox, automated, labels, unclear, entities, note, ack_to` |")
    w("| `index.tsv` | file → category it was written for |")
    w("| `_generator/build.py` | rebuilds everything (uses `specs.py`, `clients.py`, `machine.py`, `ours.py`, `mailkit.py`, `readme.py`) |")
    w("| `_generator/verify.py` | checks bytes, headers, schema and label rules |")
    return "\n".join(out) + "\n"
