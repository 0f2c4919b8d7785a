"""README.md of the `renters` set, with every count taken from the manifest and index as built."""
from collections import Counter

BRIEF = ("Late-August 2026 move-in season in Madison WI, Ames and Iowa City IA: renters, students, grad students, "
         "roommates on shared accounts, international students writing English as a second language, landlords "
         "and property managers, short-term-rental hosts, parents, and new tenants getting the previous tenant's "
         "mail, with the season's machine mail around them.")

CALLS = [
    ("Previous tenant's catalogs (\"stop sending catalogs to Megan Holt, she moved out\")",
     "unclear, entities of the previous tenant",
     "On behalf of someone else: unclear unless the writer clearly has the standing. A new tenant has no standing "
     "to opt out the previous one; staff may treat it as an address correction."),
    ("New tenant asking *how* to tell us the previous tenant moved",
     "question only",
     "A question about what to do is a question; nothing is asked to be stopped for anyone."),
    ("\"Current Resident\" promotional mail, written by the account holder at that address",
     "marketing_opt_out",
     "It is his own mail at his own address; nobody else is being opted out."),
    ("Parent who holds the account for a student's apartment vs parent writing for an adult student who holds it",
     "the first is a clear opt-out (name = the parent); the second is unclear (name = the student)",
     "The account holder writing about the household is fine; otherwise on behalf of someone else is unclear."),
    ("Property manager asking both opt-outs for all his tenants",
     "unclear, postal_code of the buildings, no name",
     "On behalf of someone else without clear standing; entities name the people the request is for (unnamed here)."),
    ("Landlord opting out on his own owner (vacant-unit) account; short-term-rental hosts whose accounts are in their name",
     "clear opt-outs",
     "The writer is the account holder."),
    ("Roommate on a shared house address asking for another roommate (\"take Priya off\")",
     "unclear, name Priya, ack_to the shared From (no Reply-To)",
     "On behalf of someone else; Reply-To only when present."),
    ("Account holder writing from a shared house address with a Reply-To and \"reply to my personal email\"",
     "marketing_opt_out, ack_to the Reply-To",
     "Acknowledgement address: Reply-To when From is a shared account writing for someone or when the sender asks."),
    ("\"stop\" under an outage alert, \"Unsubscribe\" under a bill notice, \"ya no quiero\" under a bill, \"remove\" under our acknowledgement, a thumbs-up under the start-of-service confirmation",
     "unclear",
     "Short replies take their meaning from what they answer; under a service message they are not marketing opt-outs. An emoji says nothing decidable."),
    ("\"STOP\" / \"unsubscribe\" under the renter-kit promotion or the Back to Campus catalog e-mail",
     "marketing_opt_out",
     "Short replies under our promotions are marketing opt-outs; the quoted footer's sharing sentence is ours."),
    ("Thank-yous under our acknowledgement (English, Spanish)",
     "no labels, not unclear, ack_to null",
     "A reply to our acknowledgement that asks for nothing gets no answer."),
    ("Gmail, iPhone Mail, Outlook.com and Yahoo unsubscribe buttons; an inbox-cleaning service with Auto-Submitted",
     "automated false, marketing_opt_out; ack_to the sender, except null for the Auto-Submitted one",
     "Software that unsubscribes for a person."),
    ("Questions about whether or with whom a name was shared, whether the landlord or the university sees the data",
     "question only",
     "Asking whether/with whom is a question, not a sharing opt-out."),
    ("\"Please send me a copy of my data\" vs \"delete all my data\"",
     "question vs unclear + question",
     "Data requests."),
    ("A forwarded phishing mail with \"is this real??\"",
     "question; the forwarded text gives nothing",
     "Whose words count."),
    ("Opting back in to the catalog at a new address",
     "question; the old removal mentioned is not an opt-out",
     "Opting back in."),
    ("\"Stop the marketing emails, I like the paper catalog\"",
     "marketing_opt_out (e-mail channel)",
     "Channel limits are kept."),
    ("\"Please stop.\" (empty subject), \"Quiero darme de baja.\" to the catalog mailbox, \"do the same for my new apartment\", a forward with no text, keep/remove/keep-for-roommate",
     "unclear",
     "No object, no context / reference to earlier mail / empty new text / self-contradicting wishes; the mailbox is only a hint."),
    ("Roommate-finder list posts, the leasing and tenant newsletters, property-management software notices, a mail-house NCOA report, an ESP suppression report, a calendar invitation, a read receipt, a challenge-response, cold outreach, phishing",
     "automated, no labels, ack_to null",
     "Not a request at all, though a person or company wrote it; the opt-out words in them are theirs."),
    ("Out-of-office and help-desk replies to our acknowledgement; a 'no longer monitored' inbox-rule reply without Auto-Submitted",
     "automated (loop traps marked LOOP TRAP in the note)",
     "Headerless auto-replies are automated too."),
    ("Unclear mail and its labels",
     "labels [] on unclear rows, except the delete-everything request (unclear + question); ack_to kept",
     "Data requests names that one combination; unclear mail still has the ack_to it would get after review."),
    ("Mailman roommate-finder posts with full personalization (our address in To, a second Delivered-To from the list host further down)",
     "automated",
     "Mailing-list posts are not requests, whatever the To line says."),
    ("Names: first names alone as signed (\"jess\", \"Kelsey\", \"Lauren\"), the signed name over the header's (\"Abby Peterson\", not Abigail), \"Zhang Wei\" in the writer's order; never a name from the From header only",
     "as written",
     "Entities are only what the sender wrote in the new text or signature."),
]


def _table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render_readme(manifest, index):
    n = len(manifest)
    auto = [r for r in manifest if r["automated"]]
    human = [r for r in manifest if not r["automated"]]
    unclear = [r for r in manifest if r["unclear"]]
    lab = Counter(l for r in manifest for l in r["labels"])
    combos = Counter(("+".join(r["labels"]) or ("(automated)" if r["automated"] else ("(unclear)" if r["unclear"] else "(none: thanks)")))
                     + (" + unclear" if r["unclear"] and r["labels"] else "") for r in manifest)
    box = Counter(r["mailbox"] for r in manifest)
    box_auto = Counter(r["mailbox"] for r in auto)
    langs = Counter(x[4] for x in index)
    cats = Counter(x[2] for x in index)
    ents = Counter(k for r in manifest for k in r["entities"])
    with_ent = sum(1 for r in manifest if r["entities"])
    ack_set = sum(1 for r in manifest if r["ack_to"])
    progs = Counter(x[5] for x, r in zip(index, manifest) if not r["automated"])
    lines = []
    lines.append("# renters: move-in season in Madison, Ames and Iowa City (late August 2026)\n")
    lines.append(BRIEF + "\n")
    lines.append(f"{n} messages, {len(human)} written by people and {len(auto)} by machines "
                 f"({100 * len(auto) / n:.0f} % automated), delivered 13 August to 3 September 2026. "
                 f"{len(unclear)} are unclear ({100 * len(unclear) / len(human):.0f} % of the people's mail). "
                 f"Spanish: {langs['es']} ({100 * langs['es'] / n:.0f} %). Every file is raw IMAP bytes with CRLF line "
                 "ends, our mx1/mx2 -> mbx01 Received chain and the sending provider's headers.\n")
    lines.append("## Counts\n")
    lines.append(_table([[k, v] for k, v in sorted(box.items())] , ["mailbox", "messages"]) + "\n")
    lines.append(_table([[k, box_auto[k]] for k in sorted(box)], ["mailbox", "of which automated"]) + "\n")
    lines.append(_table([[k, lab[k]] for k in ["marketing_opt_out", "catalog_share_opt_out", "question"]]
                        + [["automated", len(auto)], ["unclear", len(unclear)]], ["label", "messages"]) + "\n")
    lines.append(_table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"]) + "\n")
    lines.append(_table(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), ["category (index.tsv)", "messages"]) + "\n")
    lines.append(_table([["en", langs["en"]], ["es", langs["es"]]], ["language", "messages"]) + "\n")
    lines.append(_table([["messages with any entity", with_ent], ["name", ents["name"]],
                         ["postal_code", ents["postal_code"]], ["account", ents["account"]],
                         ["ack_to set", ack_set], ["ack_to null", n - ack_set]], ["entities / ack", "count"]) + "\n")
    lines.append(_table(sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])), ["program (people)", "messages"]) + "\n")
    lines.append("## What is in it\n")
    lines.append(
        "* **Our own mail that people answer** (quoted, forwarded, bounced, auto-answered): the promotion "
        "\"New place? Claim your free renter energy-saving kit [AE-RN-2608-…]\" from customercare@ (sent in waves "
        "from 11 August, List-Unsubscribe mailto, footer with 53718 and 'reply with the word unsubscribe'); the "
        "PowerHouse e-mail \"Back to Campus: dorm & apartment essentials [PH-2608-…]\" from powerhousecatalog@ "
        "(footer on list sharing and unsubscribing); service mail from noreply@alliantenergy.com and "
        "alerts@alliantenergy.com with Reply-To customercare@ (start-of-service confirmation, bill ready, outage "
        "alert, all saying they are service messages); the bot's acknowledgement \"We received your request "
        "[CC-2026-08-NNNNN]\" (Auto-Submitted: auto-replied).\n"
        "* **People**: phone one-liners in lower case with emoji, long numbered letters, formal privacy requests, "
        "Indian-English and Chinese-English and Korean-English phrasing, Spanish (accented and not, Samsung base64, "
        "ISO-8859-1 8bit, windows-1252 Outlook, our Spanish web form), university Outlook accounts (wisc.edu, "
        "iastate.edu, uiowa.edu), Gmail, iCloud, Yahoo, AOL, Outlook.com, Comcast, Fastmail, Proton. Deposits, "
        "starting and stopping service, bills split among roommates, wrong names, charges before move-in, the "
        "previous tenant's mail, 'Current Resident' mail, landlords' owner accounts, short-term rentals, parents.\n"
        "* **Machines**: Exchange Online NDRs (recipient not found; group refuses outside senders), our own Postfix "
        "bounce and delay warning, a Sendmail university forwarder, a legacy Exim bounce without MIME, qmail; "
        "out-of-office replies with and without Auto-Submitted (three answer our acknowledgement: LOOP TRAP), a "
        "Yahoo vacation reply, a help-desk ticket auto-acknowledgement, a challenge-response; two personalized "
        "Mailman roommate-finder posts (one Spanish); a leasing-office and a tenant-nonprofit newsletter; two "
        "property-management software notices; a mail-house NCOA report with a CSV; an ESP suppression report; an "
        "ISU calendar invitation; an Outlook read receipt; fake deposit refunds (English HTML-only, Spanish base64), "
        "a fake OneDrive roommate-split share, movers' and internet spam, cold partnership outreach.\n")
    lines.append("## Judgement calls\n")
    lines.append(_table([[a, b, c] for a, b, c in CALLS], ["case", "labelled", "LABELS.md rule"]) + "\n")
    lines.append("## Files\n")
    lines.append("* `NNNN.eml`: the messages in arrival order; open as bytes.\n"
                 "* `manifest.jsonl`: labels (`file, mailbox, automated, labels, unclear, entities, note, ack_to`).\n"
                 "* `index.tsv`: `file, spec, category, answers, language, program, date`: what each message was "
                 "written to be, which of our mails it answers or quotes (`-` for none), its language, the mail "
                 "program or system that made it, and the local (CDT) send time.\n"
                 "* `_generator/build.py` rebuilds every byte (`python3 _generator/build.py`, standard library, "
                 "fixed seed, no bytecode); `_generator/verify.py` checks the set.\n")
    return "\n".join(lines)
