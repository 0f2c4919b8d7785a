"""README.md for the seniors set (counts are computed from the built items)."""
from collections import Counter


def render(items):
    people = [i for i in items if not i["automated"]]
    mach = [i for i in items if i["automated"]]
    lab = Counter(l for i in items for l in i["labels"])
    combos = Counter("+".join(i["labels"]) or "(none)" for i in people)
    mb = Counter(i["mailbox"] for i in items)
    mb_p = Counter(i["mailbox"] for i in people)
    langs = Counter(i["lang"] for i in items)
    langs_p = Counter(i["lang"] for i in people)
    ents = Counter(k for i in items for k in i["entities"])
    unclear = [i for i in people if i["unclear"]]
    kinds = Counter(i["cat"].split(":")[0] for i in mach)
    progs = Counter(i["program"] for i in items)
    ack_null_people = sum(1 for i in people if i["ack_to"] is None)
    L = []
    L.append("# seniors: older customers and the people around them, autumn 2026\n")
    L.append("Brief in one sentence: older customers (retirees, widows and widowers, couples) and the people who write "
             "for them (adult children, grandchildren, neighbours, caregivers, care-home staff, attorneys-in-fact, a "
             "guardian), plus the machine mail that surrounds them (scams aimed at seniors, misdirected pharmacy and "
             "Medicare-plan newsletters, church and senior-centre bulletins, auto-replies, bounces), September to "
             "November 2026, about 15 % in Spanish.\n")
    L.append("## Counts\n")
    L.append("| | n |\n|---|---|")
    L.append("| messages | %d |" % len(items))
    L.append("| people (automated = false) | %d |" % len(people))
    L.append("| machines (automated = true) | %d |" % len(mach))
    L.append("| customercare / powerhousecatalog (all) | %d / %d |" % (mb["customercare"], mb["powerhousecatalog"]))
    L.append("| customercare / powerhousecatalog (people) | %d / %d |" % (mb_p["customercare"], mb_p["powerhousecatalog"]))
    L.append("| marketing_opt_out | %d |" % lab["marketing_opt_out"])
    L.append("| catalog_share_opt_out | %d |" % lab["catalog_share_opt_out"])
    L.append("| question | %d |" % lab["question"])
    L.append("| people with no label | %d |" % combos["(none)"])
    L.append("| unclear | %d (%.0f %% of people) |" % (len(unclear), 100.0 * len(unclear) / len(people)))
    L.append("| people with ack_to null | %d |" % ack_null_people)
    L.append("| English / Spanish (all) | %d / %d |" % (langs["en"], langs["es"]))
    L.append("| English / Spanish (people) | %d / %d |" % (langs_p["en"], langs_p["es"]))
    L.append("| entities: name / postal_code / account | %d / %d / %d |" % (ents["name"], ents["postal_code"], ents["account"]))
    L.append("")
    L.append("Label combinations among people: " + ", ".join("%s %d" % (k, v) for k, v in sorted(combos.items())) + ".\n")
    L.append("Sending programs: " + ", ".join("%s %d" % (k, v) for k, v in sorted(progs.items())) + ".\n")
    L.append("## What is in it\n")
    L.append("- **Retirees writing for themselves**: long courteous letters with full signature, address and account; "
             "requests typed in capitals (AOL, Windows Live Mail); one-line notes from iPads, iPhones and Galaxy tablets; "
             "a letter dictated to a grandson and one dictated to a granddaughter (first person, the customer's own "
             "words).")
    L.append("- **Widows and widowers** who now hold the account and write for the household; a couple on a joint "
             "account; a husband who is the account holder writing for himself and his wife.")
    L.append("- **People writing for someone else**: an attorney-in-fact (English and Spanish), a court-appointed "
             "guardian with the letters attached as PDF (clear standing), and a grandchild, a neighbour, a hired "
             "caregiver, care-home staff from a role address, a son about his late father, a daughter whose mother is "
             "in memory care, a wife about her husband's account, a daughter about her mother in a care home "
             "(no stated standing: unclear).")
    L.append("- **Confusion between marketing and the bill**: 'stop the advertising but will my bill still come?', "
             "'I only want the bill, which envelope is it?', a paper-bill request, a Budget Billing question under our newsletter.")
    L.append("- **Scam worries**: 'is this from you?' about a gift-card shut-off threat, a forwarded phishing message "
             "attached as message/rfc822, a forwarded genuine catalog e-mail, a Spanish speaker frightened by a call, "
             "a senior-centre coordinator asking for a speaker on scams.")
    L.append("- **Large print** (bill and catalog, English and Spanish) and **moves to assisted living** (stop the "
             "catalog; final bill to the new address).")
    L.append("- **Short replies** under our mail: STOP/unsubscribe under promotions (opt-outs) versus STOP/Remove under "
             "an outage alert and a bill notice (unclear), an emoji, a thank-you and a question under our acknowledgements.")
    L.append("- **Software acting for a person**: Gmail's Unsubscribe button (no Auto-Submitted) and an inbox-cleaning "
             "service (Auto-Submitted: auto-generated) writing to our List-Unsubscribe address.")
    L.append("- **Machines**: phishing aimed at seniors (shut-off, refund, Medicare card in English and Spanish, Social "
             "Security, sweepstakes), medical-alert spam, a pharmacy newsletter and refill notice and Medicare-plan "
             "newsletters (English and Spanish) delivered to us by mistake, parish, Lutheran and Spanish parish bulletins, a "
             "senior-centre newsletter and calendar invitation, a residents' Google Group post, vacation and "
             "'no longer monitored' auto-replies (one without Auto-Submitted, one Spanish answering our own "
             "acknowledgement), bounces from Postfix, Gmail, Yahoo, Exchange Online, Exim, Sendmail and qmail plus a delay "
             "warning, a Yahoo spam-complaint report, a read receipt, a challenge-response, cold sales and SEO outreach, "
             "an expo invitation, a mail-house suppression report and a CRM export notice.")
    L.append("")
    L.append("## Judgement calls (rulebook = /work/shared/LABELS.md)\n")
    L.append("1. **Dictated mail is the customer's own** (specs P04, P39). The grandchild only types and the "
             "customer speaks in the first person and signs, so the request is not 'on behalf of someone else'. There is "
             "no Reply-To, so ack_to is the From address ('Acknowledgement address: From by default'). The contrast case "
             "P55 is a grandchild writing in the third person ('my grandma asked me'): unclear.")
    L.append("2. **Widow or widower who holds the account** (P05, P06, P38) is 'the account holder writing about the "
             "household' and is clear, even when the catalog is addressed to the late spouse. P70 (wife writing about the "
             "account in her husband's name) and P59 (son about his late father) are 'on behalf of someone else (a spouse, "
             "a deceased parent)' without standing: unclear, entities name the person the request is for.")
    L.append("3. **Standing that counts**: durable power of attorney (P08), poder notarial (P14), court-appointed guardian "
             "(P74). 'I'm handling her mail now' (P60), a hired home-care aide (P58), a neighbour (P56) and care-home "
             "staff (P57) do not count: unclear, labels still record what was asked.")
    L.append("4. **Undecidable mail carries no labels**: 'Please stop.' (P61), 'Por favor quítenme' (P68), STOP under an "
             "outage alert (P62), 'Remove' under a bill notice (P63), an emoji (P64), 'do the same for my sister' (P65), "
             "'as I explained on the phone' (P71) are unclear with labels [] ('No object, no context', 'Short replies take "
             "their meaning from what they answer', 'Reference to earlier mail').")
    L.append("5. **Self-contradicting catalog wishes** (P66: stop / keep the Christmas one / one a year) are unclear "
             "('Mixed or self-contradicting wishes are unclear'); the part that survives is 'send fewer', a question by "
             "the project convention, so labels = [question].")
    L.append("6. **Delete everything** (P31) is unclear + question and not an opt-out ('A request to delete everything is "
             "unclear plus question').")
    L.append("7. **Phone only** (P25) is a question, not a marketing opt-out (project convention). 'Send fewer catalogs' "
             "(P26) is a question. 'How do I stop the catalog?' (P27) is a question only; 'Could you please take my name "
             "off?' (P28) is the opt-out itself.")
    L.append("8. **Channels**: 'stop the e-mails, keep the paper catalog' (P52, P80) = marketing_opt_out; 'keep the "
             "catalog, don't share' (P11, P13) = catalog_share_opt_out only; 'share whatever, just stop it' (P53) = "
             "marketing_opt_out only ('Channel limits are kept').")
    L.append("9. **Marketing versus service**: 'I only want the bill, nothing else' (P18) is a marketing opt-out by post; "
             "asking for a paper bill instead of e-mail (P79) is a question about a service message, not an opt-out.")
    L.append("10. **Moves**: a move to assisted living with only 'stop the catalog' (P15) is an opt-out only; when the "
             "writer also asks for the final bill at a new address (P16, P40, P42) or only that (P41), it is a change of "
             "address, i.e. a question.")
    L.append("11. **Is this genuine?** questions are people with label question (P19, P20, P35, P75). Quoted or attached "
             "phishing and our own forwarded footer (which mentions STOP and sharing) are not the sender's words ('Whose "
             "words count').")
    L.append("12. **Thank-yous**: P76 (thanks for a helpful agent) and P32 (thanks under our acknowledgement) are people "
             "with no labels, not unclear, ack_to null. P33 asks a real question under our acknowledgement, so it is "
             "answered.")
    L.append("13. **Unsubscribe software**: P44 (Gmail's button, no Auto-Submitted) gets ack_to = sender; P43 (inbox "
             "cleaner with Auto-Submitted: auto-generated) gets ack_to null ('Software that unsubscribes for a person').")
    L.append("14. **Machines that look like people**: the 'no longer monitored' reply without Auto-Submitted (M21) is "
             "automated ('Headerless auto-replies'); the senior centre's calendar invitation (M16), the residents' "
             "Google Group post about stopping catalogs (M18), the mail-house suppression report (M38), the CRM export "
             "notice (M39), cold sales that mention do-not-share flags (M36) and the challenge-response (M35) are "
             "automated ('Not a request at all'). The Yahoo spam-complaint report (M33) and the read receipt (M34) are "
             "system notifications.")
    L.append("15. **Entities**: names without titles and as written, including capitals (ROBERT J KRAMER, ELMER HANSEN), "
             "first names alone (Bev, Ruth, Joan, Glenda, Arlene, Donna, Opal) and an initial (W. Thiede); for a "
             "request on someone's behalf, the person it is for (Wendell Pfaff, Guadalupe Herrera, Evelyn Strom, Dorothy "
             "Meier, ...), and no name when that person is unnamed (P65, 'my sister'). Account numbers keep their written format (447 120 8936, 22-9044-7163, 3307715268, 4412-09-3376). "
             "Nothing is taken from display names, quoted text or attachments.")
    L.append("16. **Acknowledgement address**: P22 asks to be answered at his daughter's address (also set as Reply-To) "
             "and P38 writes from a shared family account with Reply-To her own address: ack_to is the Reply-To. P57 "
             "writes from a care home's role address without Reply-To, so ack_to stays the From address "
             "('Acknowledgement address').")
    L.append("")
    L.append("## Files\n")
    L.append("- `0001.eml` ... `0120.eml` in date order (CRLF, as delivered to our IMAP server), `manifest.jsonl`, "
             "`index.tsv` (file, spec id, category, what of ours it answers, language, sending program, date).")
    L.append("- `_generator/build.py` rebuilds every byte (standard library only, fixed seeds); "
             "`_generator/verify.py` checks the set. Spec ids (P.. people, M.. machines) are in index.tsv.")
    L.append("")
    return "\n".join(L)
