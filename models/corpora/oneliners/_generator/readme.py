"""README.md of the set; the figures are counted from the manifest and index, the prose is fixed."""
import collections


def render(manifest, index):
    people = [e for e in manifest if not e["automated"]]
    machines = [e for e in manifest if e["automated"]]
    lang = {row[0]: row[4] for row in index}
    cat = {row[0]: row[2] for row in index}
    answers = {row[0]: row[3] for row in index}

    def c(items):
        return collections.Counter(items)

    mb_p = c(e["mailbox"] for e in people)
    mb_m = c(e["mailbox"] for e in machines)
    lab = c(l for e in people for l in e["labels"])
    combos = c(" + ".join(e["labels"]) or "(none)" for e in people)
    unclear = [e for e in people if e["unclear"]]
    clear_req = [e for e in people if not e["unclear"] and
                 ({"marketing_opt_out", "catalog_share_opt_out"} & set(e["labels"]))]
    thanks = [e for e in people if not e["labels"] and not e["unclear"]]
    lang_p = c(lang[e["file"]] for e in people)
    lang_m = c(lang[e["file"]] for e in machines)
    ent = c(k for e in people for k in e["entities"])
    with_ent = sum(1 for e in people if e["entities"])
    replies = sum(1 for e in people if answers[e["file"]] != "-")
    ack_null_p = sum(1 for e in people if e["ack_to"] is None)
    cats_m = c(cat[e["file"]] for e in machines)
    cats_p = c(cat[e["file"]] for e in people)

    def fmt(counter, order=None):
        keys = order or sorted(counter, key=lambda k: (-counter[k], k))
        return ", ".join("%s %d" % (k, counter[k]) for k in keys if counter[k])

    out = []
    w = out.append
    w("# oneliners: short mail to the two privacy mailboxes\n")
    w("Brief in one sentence: people writing one to three lines (or only a subject) to customercare@ and "
      "powerhousecatalog@, mostly blunt clear opt-outs in many wordings, plus short questions, short replies under "
      "our promotions, catalog e-mails, service mail and acknowledgements, short unclear ones, thank-yous, phone "
      "shorthand and about 20 % Spanish, with the rest short machine mail (terse auto-replies, read receipts, "
      "delivery notices, one-line spam).\n")
    w("Rebuild every byte with `python3 _generator/build.py`; check with `python3 _generator/verify.py` "
      "(standard library only, fixed seed).\n")
    w("## Counts\n")
    w("| | customercare | powerhousecatalog | total |\n|---|---|---|---|")
    w("| people | %d | %d | %d |" % (mb_p["customercare"], mb_p["powerhousecatalog"], len(people)))
    w("| machines (automated) | %d | %d | %d |" % (mb_m["customercare"], mb_m["powerhousecatalog"], len(machines)))
    w("| all | %d | %d | %d |\n" % (mb_p["customercare"] + mb_m["customercare"],
                                   mb_p["powerhousecatalog"] + mb_m["powerhousecatalog"], len(manifest)))
    w("- People: %d (%.0f %%); machines: %d." % (len(people), 100.0 * len(people) / len(manifest), len(machines)))
    w("- Labels on people's mail: %s." % fmt(lab, ["marketing_opt_out", "catalog_share_opt_out", "question"]))
    w("- Label combinations: %s." % fmt(combos))
    w("- Clear opt-out requests (at least one opt-out, not unclear): %d of %d people (%.0f %%)." % (
        len(clear_req), len(people), 100.0 * len(clear_req) / len(people)))
    w("- Unclear: %d of %d people (%.0f %%); %d of them still carry a label (the wish is plain, the standing or "
      "scope is not)." % (len(unclear), len(people), 100.0 * len(unclear) / len(people),
                          sum(1 for e in unclear if e["labels"])))
    w("- People with no label and not unclear (thank-yous): %d, all with ack_to null." % len(thanks))
    w("- Languages: people %s; machines %s; Spanish overall %d (%.0f %%)." % (
        fmt(lang_p), fmt(lang_m), lang_p["es"] + lang_m["es"], 100.0 * (lang_p["es"] + lang_m["es"]) / len(manifest)))
    w("- Entities: %d people messages carry at least one (%s)." % (with_ent, fmt(ent, ["name", "postal_code", "account"])))
    w("- People replying to or forwarding mail of ours: %d; ack_to null on people's mail: %d." % (replies, ack_null_p))
    w("- People by category: %s." % fmt(cats_p))
    w("- Machines by category: %s.\n" % fmt(cats_m))
    w("## What is in it\n")
    w("- **Blunt stand-alone requests**, each worded differently: \"No more catalogs.\", \"unsubscribe me from the "
      "emails\", \"dont sell my info\", \"please remove my address from your mailing list thanks\", \"Stop the flyers\" "
      "(signed \"- Pat, 52402\"), \"take me off\" under the subject \"Mailing list\", \"pls stop emailing me ur promos "
      "thx\", \"Plz stop sendig the catlog\", a carrier SMS-to-e-mail \"STOP SENDING CATALOGS\", Spanish \"ya no me "
      "manden catalogos\", \"no compartan mis datos\", \"denme de baja porfavor\".")
    w("- **Subject-only requests**: empty body (Apple Mail, Outlook in Spanish), body holding only \"Sent from my "
      "iPhone\", or only a signature block (name, company, ZIP or phone).")
    w("- **Short replies under our mail**, quoted the way each program quotes (Gmail `>` with U+202F in the "
      "attribution, Apple `>` around the attribution, Outlook From/Sent block, Yahoo unindented, Samsung "
      "\"Original message\", Thunderbird bottom-posting): STOP/Unsubscribe/Remove under promotions, the newsletter "
      "and catalog e-mails (opt-outs); the same words under outage alerts, a bill notice and a payment reminder "
      "(unclear); thanks, \"stop\", \"?\" and a real question under our acknowledgements.")
    w("- **Short questions**: billing, usage, change of address, opting back in, how to stop mailers, how long an "
      "opt-out takes, whether we sell e-mail addresses, fewer catalogs, phone calls and texts.")
    w("- **Unclear**: bare \"stop\", \"quitenme\", \"remove\" with nothing else, \"no\" and a thumbs-down emoji under "
      "catalog e-mail, \"see below\" over a forwarded promotion, \"same for my other address\", \"lo mismo para el "
      "correo de mi esposo\", a self-contradicting catalog wish, delete-everything, a request for a deceased parent.")
    w("- **Software unsubscribing for a person**: Gmail's Unsubscribe button (no Auto-Submitted, acknowledged) and "
      "an inbox-cleaning service (Auto-Submitted: auto-generated, not acknowledged).")
    w("- **Machines**: out-of-office replies with and without Auto-Submitted (English, Spanish), one-word "
      "autoresponder, read receipts (Outlook, Outlook in Spanish, Thunderbird), bounces and delay notices (Postfix, "
      "Exim, Gmail incl. Spanish, Yahoo, iCloud, Exchange), a sendmail relay DSN, a Yahoo ARF abuse report about our "
      "promotion, one-line spam and phishing (one with an HTML attachment), SEO outreach, a challenge-response, a "
      "calendar invitation and a suppression-file job report from the mail house, a list post, a trade newsletter, "
      "a package-delivery notice.\n")
    w("Programs: Gmail web (incl. Spanish UI), iPhone Mail (English/Spanish), Apple Mail, Outlook 16 (Windows, "
      "incl. Spanish, ISO-8859-1), Outlook.com, Outlook for iOS, Yahoo web and Android, AOL app, Thunderbird "
      "(7bit and 8bit), Samsung Email (base64), a Verizon SMS gateway. Encodings: 7bit, 8bit, quoted-printable, "
      "base64; RFC 2047 Q and UTF-8/ISO-8859-1 headers. Dates 9 Sep - 18 Dec 2026, Central time with the DST "
      "change on 1 Nov.\n")
    w("## Judgement calls (and the rulebook line behind each)\n")
    calls = [
        ("Stand-alone \"Unsubscribe\" (subject and/or body, to customercare) is a marketing_opt_out, but bare "
         "\"stop\", \"remove\", \"quitenme\" are unclear.",
         "Meaning of the labels lists \"unsubscribe\" as a marketing opt-out (it names a subscription); "
         "\"No object, no context: 'Please stop.' / 'Opt me out' with nothing that says of what: unclear, whichever "
         "mailbox received it\"."),
        ("\"take me off\" with the subject \"Mailing list\" is clear; the subject supplies the object.",
         "\"Whose words count. Only the sender's own new text (and subject, unless it is 'Re:' of our mail)\"."),
        ("\"STOP\", \"unsubscribe\", \"remove me\", \"ALTO\" under an outage alert, bill notice or payment reminder, "
         "and \"stop\"/\"?\" under our acknowledgement: unclear, no labels.",
         "\"The same word under a service message (outage alert, bill notice, payment reminder, our own "
         "acknowledgement) is not a marketing opt-out: unclear.\""),
        ("\"Remove\", \"quit sending these\", \"denme de baja\" under a catalog e-mail are marketing opt-outs; "
         "\"no\" and a thumbs-down under one are unclear.",
         "\"'STOP' / 'remove' / 'unsubscribe' under one of our promotions is a marketing opt-out\"; \"A reply whose "
         "new text ... says nothing decidable (... an emoji) is unclear\". \"no\" may just decline the offer."),
        ("The unsubscribe footers in our quoted and forwarded mail never count; \"see below\" over a forwarded "
         "promotion is unclear.",
         "\"Quoted, forwarded-from-us or footer text is never the sender's request. A reply whose new text is empty "
         "or says nothing decidable ('see below', ...) is unclear.\""),
        ("\"can you take me off your catalog list?\" is marketing_opt_out only; \"how do I stop the paper "
         "mailers?\", \"How long does it take ...?\" and \"¿Cómo hago para que dejen de mandarme publicidad?\" are "
         "questions only; \"Unsubscribe me please. And why am I getting these at my work email?\" is both.",
         "\"A question about how to opt out ... is a question only ... A question that is the request in question "
         "form ... is the opt-out (plus question only when something else needs an answer).\""),
        ("\"Can you also stop sharing my address with other companies?\" under our catalog-stop acknowledgement is a "
         "clear catalog_share_opt_out, not a reference to earlier mail: the new text states the whole request.",
         "\"Reference to earlier mail without saying what ... unclear\" applies only when the request itself is "
         "left unsaid (as in \"Same for jbarnes77@yahoo.com please, like I asked last week\")."),
        ("Keep-the-catalog-but-don't-share mail is catalog_share_opt_out only; \"Share whatever, just stop the "
         "catalog\" is marketing_opt_out only; \"No more emails, the paper newsletter is fine\" is "
         "marketing_opt_out.", "\"Channel limits are kept.\""),
        ("\"stop the catalog. actually wait my wife likes it. just the emails then?\" is unclear with no labels.",
         "\"Mixed or self-contradicting wishes are unclear.\""),
        ("\"Put me back on the catalog list\" is a question; \"¿Cuánto tarda en dejar de llegar el catálogo? Ya lo "
         "pedí hace un mes.\" is a question, not a new opt-out.",
         "\"Opting back in ... is a question; an old removal it mentions is not a new opt-out.\""),
        ("\"Delete all my data\" is question + unclear.", "\"A request to delete everything is unclear plus question\"."),
        ("A daughter asking to stop the advertising mail in her late mother's name: marketing_opt_out + unclear, "
         "entity name = the mother.", "\"On behalf of someone else ... unclear unless the writer clearly has the "
         "standing ... Entities then name the person the request is for.\""),
        ("Phone-call and text-message wishes (\"stop calling me about budget billing\", \"no more texts pls\") and "
         "\"send the catalog less often\" are questions.", "Project conventions in the writers' brief."),
        ("Thank-yous (stand-alone or under our acknowledgement) are people, no labels, not unclear, ack_to null.",
         "Project convention; \"null when ... no answer is due (a thank-you, any reply to our own acknowledgement "
         "that asks for nothing)\"."),
        ("Unclear replies to our acknowledgement (\"stop\", \"?\") keep ack_to = the sender.",
         "\"Unclear mail still has the ack_to it would get after review\"; they ask for something, so an answer "
         "is due."),
        ("Role address with a personal Reply-To (a clinic's front desk) and \"please reply to my personal address\" "
         "get ack_to = that address; the SMS gateway mail is answered at the gateway address it came from.",
         "\"Acknowledgement address. From by default; Reply-To when From is a relay, no-reply or role address ... "
         "or when the sender asks to be answered there\"."),
        ("Gmail's Unsubscribe button: automated false, marketing_opt_out, ack_to = sender; the inbox-cleaning "
         "service with Auto-Submitted: ack_to null.", "\"Software that unsubscribes for a person\"."),
        ("Headerless auto-replies (\"This mailbox is no longer monitored\", \"Ya no trabajo en esta empresa\"), the "
         "mail house's suppression report, the calendar invitation, the list post, the challenge-response, the ARF "
         "report and the outreach/spam are automated with no labels, even when they say \"opt-out\" or "
         "\"suppression\".", "\"Headerless auto-replies\"; \"Not a request at all, though a person or company wrote "
         "it\"."),
        ("Entities only from the sender's own text and signature, as written: \"Pat\", \"Walt Sorensen\" (not the "
         "From name Walter), \"Ron T\", \"S. Patel\", \"M. Okafor\", account numbers in their own format "
         "(\"12-4471-0938\", \"512 884 3107\", \"3390127765\"); our HQ ZIP 53718 and the \"account ending in\" digits "
         "in quoted notices are never entities; a phone number is not an entity.", "\"Entities\"."),
    ]
    for what, why in calls:
        w("- %s *Rulebook:* %s" % (what, why))
    w("")
    w("## Files\n")
    w("- `0001.eml` ... `0120.eml`: raw messages, CRLF, as the IMAP server hands them out (order shuffled with a "
      "fixed seed).")
    w("- `manifest.jsonl`: one object per message, in file order, with the keys of `/work/shared/LABELS.md` plus "
      "`ack_to`.")
    w("- `index.tsv`: file, spec id, category, what of ours it answers (or -), language, sending program, date.")
    w("- `_generator/`: `build.py` (entry point), `people.py` and `machine_specs.py` (the specs, with the notes), "
      "`clients.py` (how each mail program writes and quotes), `machines.py` (auto-replies, MDNs, DSNs, ARF, "
      "spam), `ours.py` (our promotions, catalog e-mails, service mail, acknowledgements), `mailkit.py` (MIME and "
      "header helpers), `readme.py`, `verify.py`.")
    return "\n".join(out) + "\n"
