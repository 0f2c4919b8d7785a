"""README.md for the `templates` set; the tables are computed from the built messages."""
import collections
import email
import email.policy

import ours as O


def _files(rows):
    return ", ".join(r for r in rows) if rows else "–"


GROUPS = [("template + own line", "template + a line of the sender's own"), ("template", "template letter"),
          ("GPC", "GPC / do-not-sell link"), ("mass-sent", "mass-sent letter"),
          ("agent", "written for someone else (agents, relatives, lawyers)"),
          ("lawyer", "written for someone else (agents, relatives, lawyers)"),
          ("on behalf", "written for someone else (agents, relatives, lawyers)"),
          ("plain", "plainly written"), ("web form", "plainly written"),
          ("List-Unsubscribe", "List-Unsubscribe mailto: (software acting for a person)"),
          ("unclear", "unclear by design"), ("question: reply to our ack", "human reply to our acknowledgement"),
          ("reply to our ack", "human reply to our acknowledgement"), ("human, no action", "human reply to our acknowledgement")]


def group_of(cat):
    if cat.startswith("automated"):
        return cat.replace(" (Spanish)", "")
    for prefix, g in GROUPS:
        if cat.startswith(prefix):
            return g
    return cat


def render(order, manifest):
    n = len(manifest)
    by_file = {sp["_file"]: sp for sp in order}
    c = collections.Counter()
    combos = collections.Counter()
    cats = collections.Counter()
    langs = collections.Counter()
    progs = collections.Counter()
    mbox = collections.Counter()
    mbox_auto = collections.Counter()
    ent = collections.Counter()
    for r in manifest:
        sp = by_file[r["file"]]
        cats[sp["cat"]] += 1
        langs[sp["lang"]] += 1
        progs[sp.get("progname") or sp["prog"]] += 1
        mbox[r["mailbox"]] += 1
        if r["automated"]:
            mbox_auto[r["mailbox"]] += 1
            c["automated"] += 1
            combos["(none) - automated"] += 1
            continue
        for l in r["labels"]:
            c[l] += 1
        if r["unclear"]:
            c["unclear"] += 1
        key = " + ".join(r["labels"]) if r["labels"] else ("(none) - unclear" if r["unclear"] else "(none) - human, nothing to do")
        if r["unclear"] and r["labels"]:
            key += " (unclear)"
        combos[key] += 1
        if r["entities"]:
            ent["any"] += 1
        for k in r["entities"]:
            ent[k] += 1
        if r["ack_to"] is None:
            ent["ack_null_human"] += 1
        else:
            ent["ack_set"] += 1
            if r["ack_to"] != by_file[r["file"]]["frm"][1]:
                ent["ack_reply_to"] += 1

    def files_where(pred):
        return [r["file"][:4] for r in manifest if pred(r, by_file[r["file"]])]

    quoted = collections.defaultdict(list)
    for r in manifest:
        sp = by_file[r["file"]]
        q = sp.get("quote")
        if q:
            quoted[q["src"]].append(r["file"][:4])
    raw_hits = collections.defaultdict(list)
    for r in manifest:
        sp = by_file[r["file"]]
        if sp["automated"]:
            txt = sp.get("sid")
            if "ack" in sp["note"].lower() or "acknowledgement" in sp["note"].lower():
                raw_hits["ACK"].append(r["file"][:4])
            if "promo" in sp["note"].lower() or "catalog e-mail" in sp["note"].lower():
                raw_hits["PROMO"].append(r["file"][:4])

    L = []
    w = L.append
    w("# `templates`: privacy requests written from templates and form letters (labelled)")
    w("")
    w("## What this is")
    w("")
    w("%d raw e-mails (`0001.eml` … `%04d.eml`) for the Alliant Energy privacy-mailbox classifier, in the same format as the" % (n, n))
    w("development corpus (`/work/shared/corpus/README.md`): exact IMAP bytes with CRLF line endings, the `Return-Path` /")
    w("`Delivered-To` / `Received` / `Authentication-Results` chain of the fictional `mx1`/`mx2.alliant-energy.com` → `mbx01`")
    w("Postfix hosts, then the sending provider's headers (DKIM, Gmail/Yahoo/Outlook/iCloud internals, SES/SendGrid/Mailgun/Mailchimp)")
    w("and the mail program's own headers and MIME structure. Labels are in `manifest.jsonl` (same schema and key order as the")
    w("corpus), categories in `index.tsv`. Everything is synthetic: people, addresses, ZIPs, account and customer numbers,")
    w("companies, agents, law firms and phone numbers (555-01xx) are invented. Dates run from September 2024 to February 2025;")
    w("files are numbered in arrival order and the categories are mixed together.")
    w("")
    w("> **Safety:** many sender addresses use real mailbox-provider domains (gmail.com, yahoo.com, outlook.com, …), and the")
    w("> invented companies, agents and law firms use made-up domains that may exist. If you replay this set through a bot, **point")
    w("> its outgoing SMTP at a sink**. Never let it mail the `ack_to` addresses for real.")
    w("")
    w("### The brief")
    w("")
    w("Privacy requests written from templates and form letters, and the mail that looks like them:")
    w("")
    w("* consumer-advocacy template letters copied from websites: filled in, brackets left unfilled (`[YOUR FULL NAME]`), filled")
    w("  wrong (a letter written to Comcast, a mail-merge salutation naming another catalog), the site's own instructions pasted along;")
    w("* letters citing CAN-SPAM, CCPA/CPRA, Nevada, Colorado, Iowa (ICDPA, in force 1 January 2025), Minnesota, California's")
    w("  Shine-the-Light, the TCPA, GDPR; \"Do Not Sell or Share My Personal Information\"; Global Privacy Control;")
    w("* data-broker opt-out letters mass-sent to many companies (BCC with `undisclosed-recipients:;`, other companies in To/Cc,")
    w("  \"To whom it may concern\", other companies named in the body);")
    w("* authorised agents and data-removal services writing for named customers (case Reply-To, no-reply sender,")
    w("  `Auto-Submitted`, unfilled merge fields, second notices), relatives and landlords writing for someone, lawyers' letters;")
    w("* requests for access or deletion that also ask to stop marketing or sharing; a pasted template plus a line of the sender's own;")
    w("* plainly written requests beside them;")
    w("* not-requests that look like templates: a list partner's vendor questionnaire, a list manager's suppression-file notice,")
    w("  an industry registry's suppression update, a consent platform's export notice, phishing dressed as a regulator's or law")
    w("  firm's legal notice, newsletters about privacy law (one reproduces the very template people send us), cold sales, a")
    w("  calendar invitation; and machine mail: auto-replies (several answering our acknowledgement: loop traps), a read receipt,")
    w("  challenge-response, bounces.")
    w("")
    w("About %d %% of the messages are Spanish or mixed Spanish/English (%d of %d)." % (round(100 * (langs["es"] + langs["mixed"]) / n), langs["es"] + langs["mixed"], n))
    w("")
    w("### Our own outgoing mail, which shows up inside the set")
    w("")
    w("Several traps only make sense once you know what Alliant itself sends. These messages turn up quoted under replies,")
    w("forwarded, bounced or auto-answered (the campaigns are the corpus README's five plus one spring catalog e-mail):")
    w("")
    w("| what | From | send date | notes | quoted / answered in |")
    w("|---|---|---|---|---|")
    for key, frm, date in O.OWN_MAIL_ROWS:
        camp = O.CAMPAIGNS[key]
        extra = []
        for r in manifest:
            sp = by_file[r["file"]]
            if sp["automated"] and camp["subject"] in str(sp.get("custom", {})):
                extra.append(r["file"][:4])
        w("| %s | %s | %s | %s | %s |" % (camp["desc"], frm, date, camp["notes"], _files(sorted(set(quoted.get(key, []) + extra)))))
    bill_files = quoted.get("BILL", [])
    w("| bill notice \"Your Alliant Energy bill is ready\" | `noreply@alliantenergy.com` | monthly | a service message; says it is sent \"even if you have opted out of marketing\" | %s (forwarded with \"STOP\") |" % _files(bill_files))
    ack_h = quoted.get("ACK", [])
    ack_auto = [r["file"][:4] for r in manifest if by_file[r["file"]]["automated"] and "CC-20" in str(by_file[r["file"]].get("custom", {}).get("headers", ""))]
    w("| **bot acknowledgement** \"We received your request [CC-YYYY-MM-NNNNN]\" | `Alliant Energy Customer Care <customercare@…>` | – | `Message-ID: <ack.CC-…@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions opting out and the do-not-share list | people replying: %s; machines answering it: %s |" % (_files(ack_h), _files(sorted(ack_auto))))
    w("| Contact Us web form relay | `Alliant Energy Contact Us <noreply@alliantenergy.com>` | – | the customer is in `Reply-To`; the form fields are the customer's own text | %s |" % _files(files_where(lambda r, sp: sp.get("progname") == "web form relay")))
    w("")
    w("Every promotion carries `List-Unsubscribe: <mailto:…?subject=unsubscribe>` pointing at the mailbox it came from; the")
    w("thermostat promo and the two catalog e-mails add a per-recipient token to that subject (`AE-NL-2410-…`, `PH-2411-…`, `PH-2502-…`).")
    w("Replies to the acknowledgement always arrive at `customercare@`, whatever mailbox the original request went to.")
    w("")
    w("## Files")
    w("")
    w("| path | what |")
    w("|---|---|")
    w("| `NNNN.eml` | %d raw messages. Open them as **bytes**. |" % n)
    w("| `manifest.jsonl` | one JSON object per message, in file order: `file, mailbox, automated, labels, unclear, entities, note, ack_to` (the corpus schema) |")
    w("| `index.tsv` | `file, spec, category, language, program, date`: the spec id and category each message was written for, its language (`en`/`es`/`mixed`), the mail program, and the arrival time at mbx01 (US Central). The category is not part of the label schema. |")
    w("| `_generator/build.py` | rebuilds every byte of the set, this README included (`python3 _generator/build.py`; stdlib only, fixed seed). `specs.py` holds the messages, `mail.py`/`custom.py`/`engine.py` the mail programs, providers and MIME, `ours.py` our own outgoing mail. |")
    w("| `_generator/verify.py` | checks the set (`python3 _generator/verify.py`) |")
    w("")
    w("## How the labels were decided")
    w("")
    w("`/work/shared/LABELS.md` decides every label, including its hard cases. Where it and the corpus README differ, LABELS.md wins.")
    w("The cases that come up most often in this set:")
    w("")
    w("1. **Deletion.** A request to delete one's data is `unclear: true` **plus** `question` (LABELS.md, data requests). When the same")
    w("   message also asks in so many words to stop marketing or not to sell/share, those opt-outs are labelled too: they are")
    w("   clear requests that staff will carry out after review, and `unclear` already stops the bot acting by itself.")
    w("   \"Delete my e-mail address from your mailing list\" under a promo, or \"bórrenme de sus listas de correo\", is an")
    w("   unsubscribe, not a data deletion: `marketing_opt_out` only. A request for a copy of one's data is a clear `question`.")
    w("2. **Standing.** Anyone writing for another person (a data-removal service or other authorised agent, a lawyer for a client")
    w("   or an estate, a daughter with a power of attorney, a son, a landlord, a wife asking the same for her husband) is")
    w("   `unclear: true`: the mail cannot show the authority, and LABELS.md only accepts a writer who *clearly* has standing. The")
    w("   account holder writing about the household (including mail addressed to a late husband) is fine, as is a customer who")
    w("   writes herself and copies her removal service, and a lawyer writing in his own name. The labels still say what was")
    w("   asked (so staff see it), and the entities name the person the request is for, never the agent, firm or relative.")
    w("3. **Unclear with no labels** when what the sender wants from us cannot be told: a letter addressed to another company")
    w("   (Comcast, \"Alliant Visa\" offers, a people-search listing), a blank form with no box ticked, self-contradicting wishes,")
    w("   \"Please stop.\" with no object, \"STOP\" over a forwarded bill (a service message), \"Has this been done yet?\" about an")
    w("   earlier letter. (The corpus README's convention \"unclear ⇒ labels []\" holds only for these; LABELS.md itself labels")
    w("   unclear deletion requests `question`, so unclear rows here can carry labels. An agent template whose merge fields were")
    w("   never filled keeps its do-not-sell label, with no entities.)")
    w("   anyone you shared my data with\" and the statutory deadlines are part of the opt-out, not questions. Unfilled brackets")
    w("   do not make a request unclear when the request itself is plain; they only mean no entities. A template site's")
    w("   instructions, its credit line, and our own quoted promo footers never add a label. Shine-the-Light and \"did you sell my")
    w("   name?\" ask *whether/with whom*: `question`, not an opt-out. A targeted-advertising opt-out is not a marketing opt-out.")
    w("5. **Automated wins** for vendor/partner/registry/consent-platform mail, phishing, newsletters, cold sales, calendar")
    w("   invitations, read receipts, challenge-response, auto-replies (with or without `Auto-Submitted`) and bounces:")
    w("   `labels: []`, `unclear: false`, `entities: {}`, `ack_to: null`, even when the text is made of opt-out language. Mail")
    w("   answering our acknowledgement by machine is marked **LOOP TRAP** in `note`. Software that sends a request *for a person*")
    w("   (Gmail's and iPhone Mail's unsubscribe, an inbox cleaner, a removal service's dispatcher) is not automated; it gets")
    w("   `ack_to: null` when it carries `Auto-Submitted`.")
    w("6. **`ack_to`**: From by default; the `Reply-To` for our web form relay and for a removal service whose `From` is a role")
    w("   address with a per-case `Reply-To`; `null` for a no-reply agent that says replies are not read, for `Auto-Submitted`")
    w("   software requests, for a thank-you to our acknowledgement, and for all automated mail. Unclear rows keep the address")
    w("   they would be answered at after review. A BCC'd letter is answered at its From.")
    w("7. **Entities** come only from the sender's own text and signature: names without titles (\"Esq.\"), as written (a first")
    w("   name alone counts, per LABELS.md, although the corpus README extracted full names only; \"J. Amsel\" is kept as written),")
    w("   joint names kept joint, ZIP or ZIP+4 of the person's address (a business customer's signature ZIP counts; a law firm's or")
    w("   agent's office ZIP does not), utility account numbers and PowerHouse customer numbers as written. Other companies'")
    w("   account numbers, phone numbers, request/case IDs and anything in attachments (the PDF authorisations, the broker's CSV)")
    w("   are not entities. Keys are the schema's `name`, `postal_code`, `account`.")
    w("")
    w("## Counts")
    w("")
    w("| label | messages carrying it |")
    w("|---|---|")
    for k in ["marketing_opt_out", "catalog_share_opt_out", "question"]:
        w("| `%s` | %d |" % (k, c[k]))
    w("| `automated: true` | %d |" % c["automated"])
    w("| `unclear: true` | %d |" % c["unclear"])
    w("| **total messages** | **%d** |" % n)
    w("")
    w("Exact label combinations (each message counted once; \"(unclear)\" marks rows that are also `unclear: true`):")
    w("")
    w("| labels | messages |")
    w("|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    groups = collections.Counter()
    for k, v in cats.items():
        groups[group_of(k)] += v
    w("By how the message came to be (group of the category in `index.tsv`; the full list follows):")
    w("")
    w("| group | messages |")
    w("|---|---|")
    for k, v in sorted(groups.items(), key=lambda kv: (kv[0].startswith("automated"), -kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("<details><summary>all %d categories</summary>" % len(cats))
    w("")
    w("| category | messages |")
    w("|---|---|")
    for k, v in sorted(cats.items(), key=lambda kv: (kv[0].startswith("automated"), kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("</details>")
    w("")
    w("| mailbox | messages | of which automated |")
    w("|---|---|---|")
    for k in ["customercare", "powerhousecatalog"]:
        w("| `%s` | %d | %d |" % (k, mbox[k], mbox_auto[k]))
    w("")
    w("| language | messages |")
    w("|---|---|")
    for k in ["en", "es", "mixed"]:
        w("| %s | %d |" % (k, langs[k]))
    w("")
    w("| mail program | messages |")
    w("|---|---|")
    for k, v in sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("| other | count |")
    w("|---|---|")
    w("| messages with any entity | %d |" % ent["any"])
    for k in ["name", "postal_code", "account"]:
        w("| entity `%s` | %d |" % (k, ent[k]))
    w("| `ack_to` set | %d |" % ent["ack_set"])
    w("| `ack_to` not the From address (Reply-To) | %d (%s) |" % (ent["ack_reply_to"], _files(files_where(lambda r, sp: r["ack_to"] and r["ack_to"] != sp["frm"][1]))))
    w("| `ack_to` null | %d (%d automated + %d human: %s) |" % (c["automated"] + ent["ack_null_human"], c["automated"], ent["ack_null_human"],
                                                               _files(files_where(lambda r, sp: not r["automated"] and r["ack_to"] is None))))
    w("| our mailbox only in `Delivered-To` (BCC) | %d (%s) |" % (len(files_where(lambda r, sp: sp.get("bcc"))), _files(files_where(lambda r, sp: sp.get("bcc")))))
    w("| loop traps (machines answering our acknowledgement) | %d (%s) |" % (len(files_where(lambda r, sp: "LOOP TRAP" in r["note"])), _files(files_where(lambda r, sp: "LOOP TRAP" in r["note"]))))
    w("")
    w("Unlike the corpus, `To:` does not always contain the mailbox: mass letters sent BCC reach us through `Delivered-To`")
    w("only. `Delivered-To` always names the mailbox in `mailbox`.")
    w("")
    w("## Verification")
    w("")
    w("`python3 _generator/verify.py` parses every file with `email.message_from_bytes(…, policy=email.policy.default)`, reads")
    w("every header and decodes every leaf part; checks CRLF-only line endings and lines ≤ 998 octets; that the manifest and")
    w("the files match one to one, in order, with the schema's keys in order; that labels are valid and in schema order; that")
    w("automated rows have `labels: []`, `unclear: false`, `entities: {}`, `ack_to: null`; that entity keys are only `name`,")
    w("`postal_code`, `account` and each value occurs in the decoded text; that `Delivered-To` matches `mailbox`; that")
    w("`ack_to` is the From or Reply-To address; that Message-IDs are unique; and that a rebuild reproduces every byte.")
    w("")
    return "\n".join(L)
