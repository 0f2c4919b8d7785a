"""README.md for the set; the counts are computed from the manifest so they cannot drift."""
from collections import Counter

LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]


def render(manifest, index):
    people = [m for m in manifest if not m["automated"]]
    machines = [m for m in manifest if m["automated"]]
    lang = Counter(r[4] for r in index)
    lang_people = Counter(r[4] for r, m in zip(index, manifest) if not m["automated"])
    box = Counter((m["mailbox"], m["automated"]) for m in manifest)
    lab = Counter(l for m in people for l in m["labels"])
    combos = Counter(" + ".join(m["labels"]) or "(none)" for m in people)
    ent = Counter(k for m in people for k in m["entities"])
    with_ent = sum(1 for m in people if m["entities"])
    unclear = [m for m in people if m["unclear"]]
    no_ack = sum(1 for m in people if m["ack_to"] is None)
    progs = Counter(r[5] for r, m in zip(index, manifest) if not m["automated"])
    out = []
    w = out.append
    w("# `rights`: privacy-aware writers and the privacy business\n")
    w("**Brief, in one sentence:** mail from people who cite privacy laws (CAN-SPAM, CCPA/CPRA \"Do Not Sell or Share\", "
      "Iowa's Consumer Data Protection Act, a non-existent Wisconsin act, GDPR and Mexican ARCO rights by mistake), mention "
      "Global Privacy Control or browser settings, ask what is shared and with whom, want their data copied, corrected "
      "or deleted, opt out formally or casually, are identity-theft victims or blame us for other companies' catalogs, "
      "write as agents or relatives for someone else, or ask as journalists and researchers; plus the privacy "
      "business's machine mail (removal-service and data-broker notices, DSAR-portal mail, privacy newsletters, "
      "e-filing notices, bounces, auto-replies, privacy-themed phishing, list-rental pitches).\n")
    w("Dates run through 2026. Every person and organisation is invented; machine-side hosts use documentation IP "
      "ranges and mostly `.example` domains.\n")
    w("## Counts\n")
    w("| | customercare | powerhousecatalog | total |\n|---|---|---|---|")
    w("| people (automated = false) | %d | %d | %d |" % (box[("customercare", False)], box[("powerhousecatalog", False)], len(people)))
    w("| machines / not a request (automated = true) | %d | %d | %d |" % (box[("customercare", True)], box[("powerhousecatalog", True)], len(machines)))
    w("| total | %d | %d | %d |\n" % (box[("customercare", False)] + box[("customercare", True)],
                                      box[("powerhousecatalog", False)] + box[("powerhousecatalog", True)], len(manifest)))
    w("- Labels on people's mail: " + ", ".join("%s %d" % (l, lab[l]) for l in LABELS) + ".")
    w("- Label combinations: " + "; ".join("%s: %d" % (k, v) for k, v in sorted(combos.items(), key=lambda x: -x[1])) + ".")
    w("- Unclear: %d of %d people (%.0f %%)." % (len(unclear), len(people), 100.0 * len(unclear) / len(people)))
    w("- People who get no acknowledgement (ack_to null): %d (a thank-you to our acknowledgement and an "
      "unsubscribe service that sends Auto-Submitted). Two web-form relays are answered at Reply-To; the agents at the "
      "address they asked to be answered at." % no_ack)
    w("- Languages: English %d, Spanish %d (%.0f %%; people %d, machines %d)." % (
        lang["en"], lang["es"], 100.0 * lang["es"] / len(manifest), lang_people["es"], lang["es"] - lang_people["es"]))
    w("- Entities: %d people messages carry at least one; name %d, postal_code %d, account %d." % (
        with_ent, ent["name"], ent["postal_code"], ent["account"]))
    w("- Mail programs among people (%d kinds): %s.\n" % (len(progs), ", ".join("%s %d" % kv for kv in progs.most_common())))
    w("## What is in it\n")
    w("People (%d):\n" % len(people))
    w("- **Laws cited**: CAN-SPAM demand from a lawyer writing for himself; CCPA \"Do Not Sell or Share\" from an Iowan "
      "who keeps the catalog; CPRA opt-out plus \"limit sensitive PI\" and a categories question; Iowa Code 715D opt-out "
      "of sale with a targeted-advertising question; a \"Wisconsin Data Privacy Act\" (only a bill) demand; GDPR "
      "Art. 15 access, Art. 17 erasure and Art. 21 objection; Mexican ARCO rights in Spanish.")
    w("- **GPC and browser settings**: GPC stated as an opt-out (with the wish also in words), GPC as a question (English "
      "and Spanish), Do Not Track with a conditional opt-out.")
    w("- **What is shared, with whom**: demands for the recipient list, disclosure questions with and without an "
      "opt-out, smart-meter data, solar-installer calls, data-broker registration, a journalist and a researcher.")
    w("- **Copy / correct / delete**: access requests (web form, GDPR, Spanish, a lawyer for a client), name "
      "corrections (English, Spanish), address change, delete-everything requests (English, Spanish, GDPR).")
    w("- **Opt-outs in every register**: statute-laden notices, formal letters (one with a PDF), all caps from an "
      "86-year-old on Windows Live Mail, two-line notes, STOP / remove / BAJA under our promotions, Gmail's unsubscribe "
      "button and an inbox-cleaning service using our List-Unsubscribe address.")
    w("- **Identity theft**: a fraudulent service account (English, Spanish) and a lock-everything-down opt-out.")
    w("- **Other companies' catalogs**: \"did you sell my address?\" with and without a stop wish, \"never ordered, "
      "where did you get my name?\", keep-yours-stop-sharing, off-every-list.")
    w("- **On behalf of someone else**: removal service and opt-out service as authorized agents, a lawyer with an "
      "attached authorization, power of attorney for a mother, a daughter for a deceased father, a son for his mother "
      "(Spanish), a wife for the account-holder husband, a new owner for the previous owner, a landlord's \"same "
      "thing\" for a rental; and two with clear standing: the account holder for his household, a mother for her "
      "minor son who ordered with her card.")
    w("- **Replies to our mail**: STOP under a promotion, Unsubscribe under a bill notice and ALTO under an outage "
      "alert (service mail), thumbs-down emoji under a catalog e-mail, thank-you / how-long / does-it-cover-sharing "
      "replies to our acknowledgements, a forwarded data-broker notice with \"see below\".\n")
    w("Machines and non-requests (%d): bounces from Postfix, Exchange Online, Gmail, Yahoo, Exim and Outlook.com in "
      "Spanish, a Postfix delay warning; out-of-office replies (Outlook, Gmail vacation, Spanish, a law firm's receipt, "
      "a headerless \"no longer monitored\"); a removal service's delivery notice and a data broker's confirmation; "
      "DSAR-portal notifications (new request quoting a consumer's do-not-sell comment, reminder, identity verified); "
      "privacy newsletters (daily digest, law-firm alert, Spanish consumer newsletter) and a mailing-list post; "
      "e-filing notices (PSC of Wisconsin ERF, Iowa Utilities Commission EFS, federal CM/ECF); phishing dressed as "
      "privacy notices (mailbox re-validation, a fake DSAR with an .htm attachment, a fake Microsoft 365 GDPR hold, "
      "Spanish \"aviso de privacidad\"); companies asking to rent or buy our list and a co-op pitch; a cold compliance "
      "scan pitch; a read receipt; a challenge-response; an ISP feedback-loop (ARF) report; a calendar invitation; a "
      "mail-house suppression report with CSV.\n" % len(machines))
    w("## Judgement calls (with the rulebook line they rest on)\n")
    calls = [
        ("Wrong law, clear wish.", "CCPA from an Iowan, a Wisconsin act that does not exist, GDPR, Mexican ARCO: the law "
         "cited never changes the label; the stated wish does (labels are defined by what the sender wants, "
         "\"Meaning of the labels\"). GDPR Art. 15 is a clear question; Art. 17 is delete-everything, so unclear + "
         "question (\"Data requests\"); Art. 21 is a marketing opt-out."),
        ("\"Opt out of sale of my personal data\" = catalog_share_opt_out,", "even when sent to customercare, because "
         "the only sale/sharing we do is the catalog list (\"catalog_share_opt_out: ... do not sell my personal "
         "information\"). Targeted-advertising and GPC questions are questions, not marketing opt-outs (marketing "
         "opt-out is about postal mail and e-mail)."),
        ("Questions about how to opt out stay questions;", "a GPC/Do Not Track question becomes both labels only where "
         "the sender adds a plain request (\"A question about how to opt out\")."),
        ("Delete plus opt-out.", "\"Take me off the catalog list and delete whatever you have\" keeps the "
         "marketing opt-out and question but is unclear as a whole, because deletion is something the bot may not do "
         "(\"Data requests\")."),
        ("Agents and relatives.", "Every request made for another person whose authority rests on a document or a "
         "claim staff must check (removal service, opt-out service, lawyer with an authorization, power of attorney, "
         "deceased parent, mother, husband's account, previous owner) is unclear, labels still say what is asked, "
         "entities name the person it is for (\"On behalf of someone else\"). Clear standing: the account holder for "
         "his household (the rulebook's example) and a parent for her minor son in her household who ordered with her "
         "card."),
        ("Agent services are people, their status notices are machines.", "The removal service's request for a client "
         "is a request (automated = false, like \"Software that unsubscribes for a person\"); its delivery notice, the "
         "broker's confirmation and the DSAR-portal notifications are system mail (\"Not a request at all ... vendor "
         "and partner system mail\"), even the portal notice that quotes a consumer's do-not-sell comment."),
        ("Companies asking to rent or buy our list", "are not requests: automated = true, no labels, even the friendly "
         "one-person note from a woodstove shop (\"cold sales\"). So are phishing mails that imitate a DSAR or privacy "
         "notice."),
        ("Catalogs from other companies.", "Blaming us is a question (a complaint needing an answer); a share opt-out "
         "is added only where the writer asks us to stop sharing; \"where did you get my name?\" is a question only."),
        ("Subject counts.", "A message whose subject is \"Do Not Sell or Share My Personal Information\" and whose body "
         "is only a signature is a clear share opt-out (\"Whose words count ... and subject, unless it is Re: of our "
         "mail\"). Quoted footers that mention list sharing never add a label."),
        ("Service-mail replies.", "\"Unsubscribe\" under a bill notice and \"ALTO\" under an outage alert are unclear with "
         "no labels; STOP / remove / BAJA under promotions and catalog e-mails are marketing opt-outs (\"Short replies "
         "take their meaning from what they answer\")."),
        ("Earlier requests.", "A message that names its earlier request and restates it (\"stop selling my name\", "
         "\"opt out of your marketing ... I don't want those either\") is decided on its words; \"do the same thing for "
         "my rental\" is unclear (\"Reference to earlier mail\"). Complaints that earlier opt-outs were ignored add "
         "question."),
        ("Conventions.", "Calls/texts only = question; \"send fewer catalogs\" = question; keep-the-catalog-don't-share "
         "= share opt-out only; share-whatever-stop-the-catalog = marketing only; stop e-mails keep paper = marketing "
         "(\"Channel limits are kept\"); opting back in = question; a self-contradicting unsubscribe-but-keep-Christmas "
         "is unclear with both halves labelled (\"Mixed or self-contradicting wishes are unclear\")."),
        ("Acknowledgement addresses.", "Web-form relays are answered at Reply-To; agents at their own address (they ask "
         "for the reply there); the unsubscribe service with Auto-Submitted gets none; a thank-you to our "
         "acknowledgement gets none (\"Acknowledgement address\")."),
        ("Entities.", "Names as written in the body or signature without titles or post-nominals (\"Dr.\", \", CPA\", "
         "\"señora\"); all caps kept as written; form fields count as the sender's words; an e-mail address is not an "
         "entity."),
    ]
    for head, text in calls:
        w("- **%s** %s" % (head, text))
    w("\n## Files\n")
    w("- `NNNN.eml`: raw messages with CRLF line ends, in date order.")
    w("- `manifest.jsonl`: labels (one object per message, file order).")
    w("- `index.tsv`: file, spec id (P = person, M = machine), category, what of ours it answers, language, sending "
      "program, date.")
    w("- `_generator/`: `build.py` rebuilds every byte (standard library, fixed seeds); `verify.py` checks the set. "
      "People are specified in `people.py` and `custom.py`, machines in `machines.py`, mail programs in `programs.py`, "
      "our own outgoing mail in `ours.py`.")
    return "\n".join(out) + "\n"
