# -*- coding: utf-8 -*-
"""README.md of the `crossed` set, with counts computed from the manifest."""
import collections
import re

BRIEF = """Crossed wires. People who write to the wrong one of our two mailboxes (a catalog-sharing opt-out sent to
customercare@, a marketing stop sent to powerhousecatalog@), people who confuse the utility with the PowerHouse
Catalog or with other companies' catalogs and utilities, people asking us to stop mail that another company sends,
people getting mail for a previous resident or someone with the same name, spouses and roommates writing about each
other's mail, people who mix a privacy request with billing, moving or outage business in the same message, and mail
meant for another department entirely. Plus the machine mail such confusion produces (bounces of misaddressed mail,
auto-replies of other companies' desks, forwarded tickets). About 110 messages; vary voices, formats and languages
(some Spanish)."""

CALLS = [
    ("The mailbox is a hint, never the label.",
     "A sharing refusal sent to customercare@ is `catalog_share_opt_out` ({share-to-cc-pieper}, {es-share-to-cc-carrasco}, "
     "{share-to-cc-ebersole}, {unsubscribe-from-sharing-list}); a stop of the utility's promotions sent to "
     "powerhousecatalog@ is `marketing_opt_out` ({solar-to-catalog-munn}, {keep-catalog-stop-utility-brenneman}, "
     "{business-marketing-to-catalog-koss}). 'Opt me out' with no object in the catalog box stays unclear "
     "({opt-me-out-catalog-box})."),
    ("One message, two mailboxes.",
     "{both-boxes-thiel} (To customercare) and {both-boxes-thiel-copy} (its Cc copy in powerhousecatalog) are the same "
     "message with the same Message-ID, labelled identically. verify.py allows a repeated Message-ID only across the two "
     "mailboxes and only with identical labels. A bot should dedupe on Message-ID and acknowledge once."),
    ("Other companies' catalogs.",
     "Asking us to stop another company's catalog, without a word about our own mail or our list, is a `question` only "
     "({other-catalog-harwood}, {es-other-catalog-casabonita}): we cannot act, a person must say whom to contact. When "
     "the writer blames the flood on our list sharing and refuses further sharing, it is `catalog_share_opt_out` + "
     "`question` ({flooded-who-sold}, {make-others-stop-morrow}, {third-email-share-tillman}); without any question, "
     "`catalog_share_opt_out` only ({es-other-stores-dont-share}). 'Did you give them my name? If you did, stop it' "
     "({homeshield-warranty}) follows the other sets' convention for conditional refusals: `catalog_share_opt_out` + "
     "`question`."),
    ("Marketers who may or may not be us.",
     "Solar calls 'from Alliant' ({robocalls-solar}): the writer addresses the stop to us, so a conditional "
     "`marketing_opt_out` plus the 'is that you?' question. Door-to-door sales by a named third-party supplier "
     "({door-to-door-supplier}) and a scam letter ({scam-letter-question}) are questions only. 'Your do-not-mail list "
     "and the national one' ({do-not-mail-national}): our list is a marketing opt-out, the national list needs an answer."),
    ("Previous residents and same names.",
     "Mail for someone who no longer lives at the writer's address is an address correction, a `question`, not an "
     "opt-out for the absent person and not a request 'on behalf of' them, so not unclear ({previous-resident-kessler}, "
     "{es-prev-resident-villalobos}). The entities then name the record to correct (the previous resident) and the "
     "address's ZIP. When the writer adds 'I don't want it either', the writer's own refusal is a `marketing_opt_out` "
     "and the name is the writer's ({prev-resident-plus-me-olmstead}, {prev-owner-hoff-nate}). Our mail to an address "
     "someone else typed in ({same-name-walsh}) and two catalogs for one person ({duplicate-catalogs-lund}) are data "
     "corrections (`question`); removing the address ends the promotions too, so no opt-out label. A landlord relaying "
     "a former tenant's sharing refusal is on behalf without standing: unclear ({landlord-tenant-marsh})."),
    ("Spouses, roommates, relatives.",
     "Unclear when the writer asks for someone else and nothing shows standing: a wife for her husband's catalog "
     "({wife-for-husband-dunn}), a husband writing from his wife's own address ({husband-from-wife-account}), a "
     "daughter for her mother ({mixed-mom-spanish-catalog}). Clear when the writer holds the account for the household "
     "({account-holder-household-hartley}, {es-household-share-montes}, {joint-names-ostrowski}), has power of attorney "
     "({poa-mother-kowalski}), is the executor ({executor-father-jelinek}) or the surviving spouse in the household "
     "({es-widow-transfer}), or stops promotions to her own inbox although a roommate holds the account "
     "({roommate-contact-amara}). A message with the writer's own clear opt-out plus a roommate's "
     "({roommate-jess-mixed}) keeps the writer's `marketing_opt_out` and adds `question` for the roommate's part "
     "rather than making the whole message unclear. Opting back in against a spouse's earlier stop is a `question` "
     "({opt-back-in-lutz}); a contact change on one's own account is a `question` ({ex-wife-email-on-account})."),
    ("Unclear with a question.",
     "LABELS.md pairs unclear with `question` for delete-everything ({delete-all-moving-albrecht}). This set also keeps "
     "`question` on two unclear messages that ask something plainly answerable ({contradicting-yoder}: 'what are my "
     "options'; {mixed-mom-spanish-catalog}: 'can you send it in Spanish?'). An unclear message never carries an opt-out "
     "label; all other unclear messages have `labels: []`."),
    ("Forwards by third parties.",
     "A colleague's forward from the billing inbox ({internal-billing-forward}) and another utility's clerk typing out "
     "a customer's paper letter ({coop-clerk-forward-letter}) are unclear: the request is not the sender's own words. "
     "The colleague's `ack_to` is the customer's address in the forwarded header (after review the confirmation goes to "
     "the customer, not to our own staff); the clerk's is her own address (the customer wrote on paper). Entities come "
     "only from the forwarder's own text (the clerk names Evelyn Strand; the colleague names nobody)."),
    ("Own bounce forwarded.",
     "{fwd-own-bounce-jaeger} forwards the bounce of her own mail to a mistyped catalog address, and her new text repeats "
     "the request, so the label rests on her new words; the bounce and her old text inside it are not used for "
     "entities."),
    ("Service messages.",
     "'STOP' over a forwarded bill notice ({fwd-bill-stop-mettler}) and 'remove' under our acknowledgement "
     "({reply-ack-remove-tran}) are unclear. Keeping the paper bill while stopping the catalog ({stop-catalog-keep-paper-bill}) "
     "is a channel note, not a question."),
    ("Replies to our acknowledgement.",
     "A thank-you that asks nothing has no labels, is not unclear and gets `ack_to: null` ({thanks-ack-both-es}). A "
     "withdrawal because the request was meant for another company is opting back in: `question` "
     "({reply-ack-wrong-company-vogel}). 'I never sent you any request' is a `question` ({es-never-sent-request-mendoza})."),
    ("Human, but nothing to do.",
     "Another organisation's internal memo sent to us by address autocomplete ({misdirected-internal-cu}) was written "
     "by a person to her own team: `automated: false`, no labels, not unclear, `ack_to: null` (no answer is due; "
     "nothing in it asks us anything). A supplier's sequenced pitch to the catalog box ({vendor-pitch-catalog-brightnest}) "
     "is cold sales, which the rulebook makes automated."),
    ("Machine mail that mentions opting out.",
     "Other companies' desks (Zendesk reply-all {zendesk-harwood-replyall}, a privacy office autoresponder "
     "{privacy-desk-lakeshore-replyall}), a partner's shared ticket ({zendesk-shared-ticket-lakeshore}), our own "
     "ServiceNow notice routing a phoned-in request ({servicenow-incident}), the mail house's merge/purge report "
     "({mailhouse-mergepurge}), a list digest in which neighbours discuss stopping the catalog ({list-digest-cr-neighbors}) "
     "and the backscatter bounce of spam that forged our catalog address ({backscatter-qmail}) are all automated with "
     "no labels, however much opt-out language they carry. The ServiceNow incident is acted on in ServiceNow, not from "
     "this mail. The 'no longer monitored' reply ({no-longer-monitored-seed}) has no Auto-Submitted header and is "
     "still automated."),
    ("Software unsubscribe.",
     "Gmail's Unsubscribe button ({gmail-listunsub-holiday}) is a person's `marketing_opt_out`, acknowledged; an inbox "
     "cleaner's mail with `Auto-Submitted: auto-generated` ({cleaner-autosubmitted-lindahl}) is the same label with "
     "`ack_to: null`."),
    ("Entities.",
     "Names as written, a first name alone counts ('Lorraine', 'Beth', 'Nate', 'Dani', 'Marisol', 'Joan'), and an "
     "initial with a surname ('P. Lowry', 'K. Olmstead'). For a request about someone else the entities are that "
     "person's (Irene Kowalski, Frank Jelinek, Mark Dunn, Susan Rieger, Linda Marsh). A law firm's records request "
     "({law-firm-records}) gives the client's name and the service address's ZIP 52402, not the firm's 52401. Catalog "
     "label numbers are accounts; order numbers, campaign tokens, ticket numbers and phone numbers are not. A business "
     "signature's ZIP counts ({business-marketing-to-catalog-koss}); the credit union's memo ({misdirected-internal-cu}) "
     "has none because it is no request."),
    ("Where is the ZIP?",
     "{moving-new-place-raman} names the old address without a ZIP and the new one with 53590: the only ZIP written is "
     "taken. {landlord-tenant-marsh} writes only the town in the landlord's signature, so no ZIP."),
    ("Sharing with ourselves.",
     "{dont-share-with-alliant} asks that her name not go 'to Alliant Energy or to anybody else' and to keep the "
     "catalog: the refusal of sharing with anybody else is a `catalog_share_opt_out`; that Alliant runs the catalog "
     "needs a human answer (`question`). {catalog-people-share} ('dont share my address with the catalog people') is "
     "a sharing refusal whichever catalog she means."),
]


def _sub(text, keyfile):
    return re.sub(r"\{([a-z0-9-]+)\}", lambda m: keyfile[m.group(1)], text)


def render(manifest, index, keyfile, ack_src):
    n = len(manifest)
    auto = [m for m in manifest if m["automated"]]
    human = [m for m in manifest if not m["automated"]]
    lab = collections.Counter(l for m in manifest for l in m["labels"])
    combos = collections.Counter()
    for m in manifest:
        if m["automated"]:
            combos["(none) - automated"] += 1
        elif m["unclear"]:
            combos["unclear" + (" + " + " + ".join(m["labels"]) if m["labels"] else "")] += 1
        elif not m["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(m["labels"])] += 1
    box = collections.Counter(m["mailbox"] for m in manifest)
    boxauto = collections.Counter(m["mailbox"] for m in auto)
    langs = collections.Counter(x["language"] for x in index)
    cats = collections.Counter(x["category"] for x in index)
    ents = collections.Counter(k for m in manifest for k in m["entities"])
    ack_null = sum(1 for m in manifest if m["ack_to"] is None)
    ack_human_null = sum(1 for m in human if m["ack_to"] is None)
    people = len(set(x["spec"].replace("-copy", "") for x, m in zip(index, manifest) if not m["automated"]))
    L = []
    L.append("# `crossed`: crossed wires\n")
    L.append("## Brief\n\n" + BRIEF + "\n")
    L.append("Written for this set only, from the brief, following the shared labelling rulebook `LABELS.md` (where the rulebook "
             "is thin, the calls are listed below). Dates run from September 2024 to February 2025; files are numbered "
             "in arrival order. Everyone, every address, account number and phone number (555-01xx) is invented.\n")
    L.append("## Counts\n")
    L.append("| what | count |\n|---|---|")
    rows = [("messages", n), ("people (human-written, the Cc twin counted once)", people),
            ("human-written messages", len(human)), ("machines (automated)", len(auto)),
            ("customercare", box["customercare"]), ("powerhousecatalog", box["powerhousecatalog"]),
            ("automated in customercare", boxauto["customercare"]),
            ("automated in powerhousecatalog", boxauto["powerhousecatalog"]),
            ("label marketing_opt_out", lab["marketing_opt_out"]),
            ("label catalog_share_opt_out", lab["catalog_share_opt_out"]), ("label question", lab["question"]),
            ("unclear", sum(1 for m in manifest if m["unclear"])),
            ("ack_to null", ack_null), ("ack_to null on human mail", ack_human_null),
            ("with any entity", sum(1 for m in manifest if m["entities"])),
            ("entity name", ents["name"]), ("entity postal_code", ents["postal_code"]), ("entity account", ents["account"]),
            ("English", langs["en"]), ("Spanish", langs["es"]), ("mixed Spanish/English", langs["mixed"])]
    for k, v in rows:
        L.append("| %s | %d |" % (k, v))
    L.append("\n`ack_to` on human mail:\n")
    L.append("| taken from | messages |\n|---|---|")
    for k, v in sorted(ack_src.items(), key=lambda x: -x[1]):
        L.append("| %s | %d |" % (k, v))
    L.append("\nLabel combinations (each message once):\n")
    L.append("| labels | messages |\n|---|---|")
    for k, v in sorted(combos.items(), key=lambda x: (-x[1], x[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("\nBy category (`index.tsv`; not part of the label schema):\n")
    L.append("| category | messages |\n|---|---|")
    for k, v in sorted(cats.items(), key=lambda x: (x[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("\n## Judgement calls where LABELS.md is thin\n")
    for i, (title, text) in enumerate(CALLS, 1):
        L.append("%d. **%s** %s\n" % (i, title, _sub(text, keyfile)))
    L.append("## Files\n")
    L.append("| path | what |\n|---|---|\n| `NNNN.eml` | the raw messages (CRLF, as IMAP hands them out) |\n"
             "| `manifest.jsonl` | labels, one object per message in file order |\n"
             "| `index.tsv` | file, spec key, category, language, mail program, local date |\n"
             "| `_generator/build.py` | rebuilds every file byte-identically (`python3 _generator/build.py`) |\n"
             "| `_generator/verify.py` | checks parsing, CRLF, schema, label rules, entities, ack_to (`python3 _generator/verify.py`) |\n"
             "| `_generator/specs_people.py`, `machines.py` | the messages; `clients.py`, `mailkit.py`, `ourmail.py` build the bytes |\n")
    L.append("Replaying this set through a bot: point its outgoing SMTP at a sink; the sender addresses are invented but "
             "many use real provider domains.\n")
    return "\n".join(L)
