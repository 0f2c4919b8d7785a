# -*- coding: utf-8 -*-
"""Write README.md of the 'thanksgiving' set from the manifest and index (counts are computed, never typed)."""
import collections
import os

BRIEF = ("Two ordinary weeks of both privacy mailboxes around Thanksgiving 2026 (16-29 November): the PowerHouse "
         "holiday catalog mailed and e-mailed, a Black Friday smart-thermostat promotion, the first cold snap with a "
         "winter-bill estimate notice, a gas-safety reminder, a Giving Tuesday appeal, families visiting and people "
         "decluttering, plus the season's machine mail.")

OWN_MAIL = """\
| what | From | sent | kind |
|---|---|---|---|
| "Your November Home Comfort Tips from Alliant Energy [AE-NL-2611]" | `customercare@` | Tue 10 Nov | newsletter (promotion), List-Unsubscribe |
| "Your PowerHouse Holiday Catalog is on its way [PH-2611-HOL]" | `powerhousecatalog@` | Fri 13 Nov | catalog e-mail (promotion); footer has the sharing notice **and** "reply unsubscribe" |
| the printed PowerHouse Holiday Catalog | post | in homes from Mon 16 Nov | people quote its mailing label (customer numbers) |
| "Colder weather is here: your estimated winter bills" | `noreply@alliantenergy.com`, Reply-To `customercare@` | Tue 17 Nov | **service** notice, per-customer estimates |
| "Winter gas safety: keep your meter and vents clear" | `alerts@alliantenergy.com`, Reply-To `customercare@` | Thu 19 Nov | **safety/service** notice |
| "Black Friday came early: $75 off a smart thermostat [AE-BF-2611]" | `customercare@` | Mon 23 Nov | promotion, List-Unsubscribe |
| "Giving Tuesday is Dec. 1: help a neighbor stay warm [AE-GT-2611]" | `customercare@` | Tue 24 Nov | fundraising appeal sent to the offers list (promotional), List-Unsubscribe |
| "Last call: Black Friday thermostat savings end Monday [AE-BF-2611B]" | `customercare@` | Fri 27 Nov | promotion, List-Unsubscribe |
| "Black Friday at PowerHouse: 20% off heated throws & LED lights [PH-2611-BF]" | `powerhousecatalog@` | Fri 27 Nov | catalog e-mail (promotion) |
| "We received your request [CC-2026-11-NNNNN]" | `customercare@` | as needed | the bot's acknowledgement, `Auto-Submitted: auto-replied` |
"""

CALLS = """\
1. **STOP / Unsubscribe under a service notice is unclear** (0013 under the winter-bill estimate, 0035 under the
   gas-safety reminder). Rule: *short replies take their meaning from what they answer*. The same words under a
   promotion are opt-outs (0024, 0053, 0087).
2. **The Giving Tuesday appeal counts as promotional mail.** It went to the offers list with List-Unsubscribe, so
   "remove me from these emails" / "remove me from your fundraising emails" under it (0065, 0074) are
   `marketing_opt_out`. A reply asking how to give through the bill (0066) is a question. Rule: *marketing_opt_out*
   definition (promotional contact) and *short replies take their meaning from what they answer*.
3. **Channel limits kept.** 0038 stops the printed catalog and keeps e-mail. 0107 stops the sale e-mails, keeps
   the paper catalog and refuses sharing. 0071 (a business AP mailbox) stops marketing e-mail and keeps bills. All of
   them are `marketing_opt_out` (the note says which channel). 0004, 0031 and 0099 keep the catalog and refuse
   sharing, so they get `catalog_share_opt_out` only. Rule: *channel limits are kept*.
4. **On behalf of someone else is unclear.** 0048 (a grandson for his grandmother, "she asked me to"), 0101 (a
   daughter who now handles her 91-year-old father's mail) and 0080 (a landlord about his former tenants) are all
   unclear. The entities name the person the request is for: the grandmother and the father. For 0080 the tenants
   are unnamed, so only the ZIP of the house is recorded. 0101 also asks how to get the father's final bill sent
   to her, so it keeps `question`. Rule: *on behalf of someone else*.
5. **Writing about one's own household is not "on behalf".** 0029 (a widow asking to remove three catalog copies
   at her address, one in her late husband's name), 0068 (a husband writing for himself and his wife, "Robert and
   Linda Haugland") and 0083 (a mother whose daughter shows her how to e-mail) are plain requests. Rule: *the
   account holder writing about the household is fine*.
6. **A question about a deceased parent's account is a question, not unclear** (0084). She asks what to do and
   asks for no action, so there is nothing to act on blindly. The name entity is the mother, the account holder
   the question is about. Rule: *question* definition and *entities* (the person the request is for).
7. **Delete everything** (0050): `question` + unclear. Rule: *data requests*.
8. **Asking whether or with whom a name was shared** is a question (0027, 0075). 0017 asks whether her name was
   sold and, "if so, please stop", so it also gets `catalog_share_opt_out`. Rule: *catalog vs. sharing* and
   *a question about how to opt out*.
9. **Opting back in** (0060) is a question only. The old removal it mentions is not a new opt-out. Rule: *opting back in*.
10. **Mixed wishes** (0070: "take me off the list. Actually wait, I do want the Christmas one") are unclear with no
    labels. Rule: *mixed or self-contradicting wishes are unclear*.
11. **Empty or undecidable new text over our mail is unclear:** 0076 ("??"), 0094 (a thumbs-up emoji) and 0082 (our
    catalog e-mail forwarded back with no words). The quoted footers say "unsubscribe" and "not share your name",
    but those are our words. Rule: *whose words count*.
12. **Reference to earlier mail** (0039 "do the same for my other address", 0109 "as I asked last year") is
    unclear. The entities still hold the sender's own name and ZIP. Rule: *reference to earlier mail*.
13. **Replies to our acknowledgement.** Thank-yous (0077, 0110) get no labels, are not unclear and get `ack_to`
    null. 0103 answers the acknowledgement but does ask for something (an unanswered billing question), so it is a
    question and gets an acknowledgement. Auto-replies to the acknowledgement (0015, 0037, 0085, 0086) are
    automated loop traps. Rule: *acknowledgement address*.
14. **Software unsubscribes.** Gmail's button (0011, 0063, and 0095 in Spanish) and iPhone Mail's banner (0055, an
    empty body) are people's opt-outs: not automated, `ack_to` = sender. The inbox-cleaning service InboxTidy
    (0061) is also `marketing_opt_out`, but it carries `Auto-Submitted: auto-generated`, so `ack_to` is null.
    An unsubscribe from a PowerHouse e-mail is `marketing_opt_out`, never a sharing opt-out. Rule: *software that
    unsubscribes for a person*.
15. **Not requests although people or companies wrote them:** the mail house's merge/purge report with do-not-share
    counts (0019), the list broker's rental confirmation (0058), a trade-association list post about do-not-rent
    flags (0034), an internal calendar invitation (0041), SEO outreach offering to "take you off my list" (0047),
    shipping notices (0028, 0091), a read receipt (0067) and a challenge-response (0105). All of them are
    automated. Rule: *not a request at all*.
16. **Headerless auto-replies** (0037 with a "Re:" subject, 0085 in Spanish, without Auto-Submitted) are automated.
    Rule: *headerless auto-replies*.
17. **Entities as written:** "BEVERLY J. HANSON" in capitals (0009), first names alone ("Alyssa" 0020, "Elmer"
    0026, "Ramón" 0057, "Patty" 0070, "Jenna" 0107), an initial plus surname ("G. Pfiffner" 0065), and joint
    names (0068). Catalog customer numbers count as accounts (0021, 0025, 0075, 0099). Order numbers (0046),
    tracking numbers and phone numbers do not. A business signature gives the ZIP (0005, 0071). Rule: *entities*.
"""


def write(out, manifest, index):
    n = len(manifest)
    auto = [m for m in manifest if m["automated"]]
    human = [m for m in manifest if not m["automated"]]
    lang = collections.Counter(r[4] for r in index)
    combos = collections.Counter()
    for m in manifest:
        if m["automated"]:
            combos["(automated)"] += 1
        elif m["unclear"]:
            combos["unclear" + ("" if not m["labels"] else " + " + " + ".join(m["labels"]))] += 1
        elif not m["labels"]:
            combos["(no action: thanks)"] += 1
        else:
            combos[" + ".join(m["labels"])] += 1
    cats = collections.Counter(r[2] for r in index)
    progs = collections.Counter(r[5] for r, m in zip(index, manifest) if not m["automated"])
    by_box = collections.Counter((m["mailbox"], m["automated"]) for m in manifest)
    lab = collections.Counter(l for m in manifest for l in m["labels"])
    ent = collections.Counter(k for m in manifest for k in m["entities"])
    lines = []
    w = lines.append
    w("# thanksgiving: both mailboxes, 16-29 November 2026")
    w("")
    w(BRIEF)
    w("")
    w("All people, addresses, account and customer numbers, companies and phone numbers (555-01xx) are invented. "
      "Many senders use real mailbox-provider domains so the headers look right: if you replay the set through the "
      "bot, point its SMTP at a sink.")
    w("")
    w("## Counts")
    w("")
    w("| | messages |")
    w("|---|---|")
    w("| total | %d |" % n)
    w("| people (automated = false) | %d |" % len(human))
    w("| machines (automated = true) | %d (%.0f %%) |" % (len(auto), 100.0 * len(auto) / n))
    for box in ("customercare", "powerhousecatalog"):
        w("| mailbox `%s` | %d (%d automated) |" % (box, by_box[(box, False)] + by_box[(box, True)], by_box[(box, True)]))
    for l in ("marketing_opt_out", "catalog_share_opt_out", "question"):
        w("| label `%s` | %d |" % (l, lab[l]))
    w("| unclear | %d (%.0f %% of people) |" % (sum(m["unclear"] for m in manifest),
                                               100.0 * sum(m["unclear"] for m in manifest) / len(human)))
    w("| `ack_to` set | %d |" % sum(1 for m in manifest if m["ack_to"]))
    w("| `ack_to` null for a person | %d (thank-yous, and one Auto-Submitted unsubscribe) |" %
      sum(1 for m in human if m["ack_to"] is None))
    w("| with any entity | %d (name %d, postal_code %d, account %d) |" % (
        sum(1 for m in manifest if m["entities"]), ent["name"], ent["postal_code"], ent["account"]))
    for k in sorted(lang):
        w("| language `%s` | %d (%.0f %%) |" % (k, lang[k], 100.0 * lang[k] / n))
    w("")
    w("Label combinations (each message counted once):")
    w("")
    w("| combination | messages |")
    w("|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("By the category each message was written for (`index.tsv`, not part of the label schema):")
    w("")
    w("| category | messages |")
    w("|---|---|")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("## What is in it")
    w("")
    w("Our own mail that people answer, quote, forward, bounce or auto-answer in these two weeks:")
    w("")
    w(OWN_MAIL)
    w("People write about the printed catalog arriving, three copies to one house, decluttering before the children "
      "come home, a grandson or a daughter writing for an older relative, a widow and a couple downsizing, the "
      "winter-bill estimate (a new furnace, solar panels, Budget Billing, in-laws staying a month), frosted dryer "
      "vents with nine guests, thermostat rebates and thermostat data, giving through the bill, a move, an order "
      "that has to arrive before Thanksgiving, a formal data-access request, a delete-everything demand, and "
      "opting back in. The voices range from an 84-year-old's one-liner and an 83-year-old in capitals to a "
      "retired teacher's numbered letter, an insurance agent writing between meetings and a business "
      "accounts-payable mailbox. %d messages are in Spanish, from both people and machines." % lang["es"])
    w("")
    w("The machine mail is what these weeks bring: holiday out-of-office replies (Exchange with Auto-Submitted, "
      "Gmail vacation, and two without any header, one in Spanish), bounces from Postfix, Gmail, Yahoo, Exim, "
      "qmail and Microsoft 365, retailer, grocery, trade and charity newsletters (SendGrid, Mailchimp, Constant "
      "Contact, Salesforce), holiday phishing (USPS redelivery, a Costco gift card, a Spanish disconnection scam "
      "in our name, a Microsoft 365 storage upgrade), the mail house's and the list broker's system mail, "
      "fulfillment and UPS shipping notices, a trade-association list post, an internal calendar invitation, a "
      "read receipt, a challenge-response and cold SEO outreach.")
    w("")
    w("Mail programs of the people:")
    w("")
    w("| program | messages |")
    w("|---|---|")
    for k, v in sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("Encodings: quoted-printable and 7bit text, base64 (Samsung Email, phishing, a CSV attachment, a calendar "
      "part), UTF-8 and ISO-8859-1 (Outlook.com web mail, a Spanish phishing mail and a Spanish out-of-office), "
      "format=flowed (Thunderbird, Roundcube), HTML-only (AOL, phishing), an empty subject, an empty body, "
      "RFC 2047 names and subjects, and replies quoted in the Gmail, iOS, Yahoo, Outlook, Outlook.com, "
      "Open-Xchange and Thunderbird styles.")
    w("")
    w("## Judgement calls (each follows a rule in LABELS.md)")
    w("")
    w(CALLS)
    w("## Files")
    w("")
    w("| path | what |")
    w("|---|---|")
    w("| `NNNN.eml` | %d raw messages in arrival order, CRLF, as an IMAP server returns them |" % n)
    w("| `manifest.jsonl` | one JSON object per message: file, mailbox, automated, labels, unclear, entities, note, ack_to |")
    w("| `index.tsv` | file, spec (generator key and short description), category, answers (which of our mails it answers), language, program, date (arrival at our mx) |")
    w("| `_generator/build.py` | rebuilds every byte (standard library, fixed seed, writes no bytecode) |")
    w("| `_generator/verify.py` | parses every file, checks CRLF, line length, manifest schema, label rules, entities in the decoded text, ack_to against From/Reply-To, arrival order, unique Message-IDs |")
    w("| `_generator/specs.py`, `lib.py`, `machines.py`, `readme.py` | the messages, the helpers (providers, mail programs, our own mail), the machine senders, this README |")
    w("")
    w("```")
    w("python3 _generator/build.py && python3 _generator/verify.py")
    w("```")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
