"""README.md for the set: counts are computed from the built items, the rest is fixed text."""
import collections
import re

HEAD = """# ordinary: two ordinary weeks in both privacy mailboxes (October 18-31, 2026)

**Brief, in one sentence:** an ordinary late-October fortnight in customercare@ and powerhousecatalog@, nothing
special happening: plain opt-outs from marketing e-mail and postal mail, catalog customers who want their name kept
off shared lists, questions about bills, the privacy policy, data and the catalog, and combinations, in many voices
(curt, chatty, formal, apologetic, annoyed, second-language English, Spanish), fresh and as replies to our
promotions, newsletter, catalog e-mails, bill notices, payment reminders, outage alerts and acknowledgements; about
30 % ordinary machine mail; about 15 % of the people's mail unclear; about 15 % Spanish.

Rebuild: `python3 _generator/build.py` (standard library only, seeded per message: byte-identical output).
Check: `python3 _generator/verify.py`.
"""

CALLS = """
## Judgement calls (rulebook: /work/shared/LABELS.md)

- **Short replies read by what they answer.** STOP / unsubscribe / remove / "Cancelar suscripción" under our
  promotions, newsletter or catalog e-mails are marketing opt-outs (P02, P06, P07, S02, C11). The same words under
  a bill-ready notice, outage alert or payment reminder are unclear with no labels (U01, U02, S07) -- "Short replies
  take their meaning from what they answer".
- **No object, no context**: "Please stop." (U03), "Opt me out." (CU1, in the catalog mailbox) and "Por favor
  quítenme." (CU4) are unclear whichever mailbox got them -- "the mailbox is a hint, not an instruction".
- **Empty reply and an emoji** (U07 quote only, U11 a thumbs-up) are unclear -- "A reply whose new text is empty or
  says nothing decidable ... is unclear".
- **Earlier mail**: "do the same thing for my other address" (U04) is unclear; "This is the third time I have asked.
  I do NOT want your newsletter" (P05) is clear because it says what -- "Reference to earlier mail without saying
  what".
- **On behalf of someone else**: a son for his late father (U05) and current residents for a former occupant (CU3)
  carry marketing_opt_out but are unclear; entities name the person the request is for. The account holder
  writing for her household (P10) is clear -- "On behalf of someone else".
- **Self-contradicting scope** (U08: stop all / keep rebates / only the newsletter / whatever) is unclear with
  marketing_opt_out -- "Mixed or self-contradicting wishes are unclear".
- **Delete everything** (U06) is unclear + question -- "Data requests". A request for a copy of one's data (Q04,
  S09, part of C28) is a clear question.
- **How-to questions** ("How do I get the postcards to stop?" Q06, "How do I stop you from sharing my name?" C24)
  are question only; "how long before the mailers stop?" under our acknowledgement (Q10) is a question and asks
  something, so ack_to is the sender -- "A question about how to opt out".
- **Request in question form** ("Could you please take me off the list...?" P03, P13, MQ3) is the opt-out itself,
  no question label.
- **Channel limits**: "stop the e-mails, I still want the printed catalog" (C13) is marketing_opt_out; "keep sending
  the catalog but don't share" (C01, C05, C07) is catalog_share_opt_out only; "I don't care who you share it with,
  just stop the catalog" (C12) is marketing_opt_out only -- "Channel limits are kept".
- **Asking whether we share** (Q03, S06) is a question, not a share opt-out: nobody asked us to stop.
- **Opting back in** (C25) is a question; the year-old removal it mentions is not a new opt-out.
- **Project conventions**: phone calls only (C29, Spanish) is a question; "send it less often" (C26) is a question;
  thank-yous (T01 under our acknowledgement, T02 to the crews) are people with no labels, not unclear, ack_to null.
- **"Kindly confirm"** (P04) is what the acknowledgement does; no question label.
- **Acknowledgement address**: web-form relays from no-reply@forms.alliant-energy.com (P16, S09) get the Reply-To;
  P09 asks to be answered at a personal address, so ack_to is that address; the inbox-cleaning service (P18)
  carries Auto-Submitted, so ack_to is null although it is a person's marketing opt-out; Gmail's Unsubscribe
  button (P17) has no Auto-Submitted, so ack_to is the sender -- "Software that unsubscribes for a person".
- **Not requests though people or companies wrote them**: the mail house's suppression report (M19), the CRM export
  notice (M20), the ESP campaign report with unsubscribe counts (M36), the privacy newsletter full of "opt-out" and
  "do not sell" (M16), the list broker's pitch (M26), the SEO pitch (M25), the calendar invitation (M23), the
  mailing-list post about opting out (M35), the read receipt (M33) and the challenge-response (M34) are automated
  with no labels. The "no longer monitored" reply without Auto-Submitted (M03) is automated too -- "Headerless
  auto-replies".
- **Entities**: only the sender's own new text, signature or form entries; titles dropped (Mrs. Joan Ekstrom, Lic.
  Jorge Ramírez Ortega, Dr. Howard Feilmeier); first names alone kept (Becky, Gail, Ruth, Pat, Kyle, Nora, Wendy,
  Alejandro); accounts exactly as written (41-2290-7735, 308 114 2297, 5503188214 ...). Names in our quoted
  greetings ("Hi Angie") and our footer ZIP 53718 are never entities.
"""


def render(items):
    ppl = [i for i in items if i["person"]]
    mach = [i for i in items if not i["person"]]
    lines = [HEAD, "## Counts", ""]
    lines.append("| | people | machines | total |")
    lines.append("|---|---|---|---|")
    for mb in ("customercare", "powerhousecatalog"):
        p = sum(1 for i in ppl if i["man"]["mailbox"] == mb)
        m = sum(1 for i in mach if i["man"]["mailbox"] == mb)
        lines.append("| %s | %d | %d | %d |" % (mb, p, m, p + m))
    lines.append("| **all** | %d | %d | %d |" % (len(ppl), len(mach), len(items)))
    lines.append("")
    lab = collections.Counter()
    combo = collections.Counter()
    for i in ppl:
        for l in i["man"]["labels"]:
            lab[l] += 1
        combo[" + ".join(i["man"]["labels"]) or "(none)"] += 1
    unclear = sum(1 for i in ppl if i["man"]["unclear"])
    lines.append("People's labels: marketing_opt_out %d, catalog_share_opt_out %d, question %d." % (
        lab["marketing_opt_out"], lab["catalog_share_opt_out"], lab["question"]))
    lines.append("")
    lines.append("Label combinations among people:")
    lines.append("")
    for k, v in sorted(combo.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("- %s: %d" % (k, v))
    lines.append("")
    lines.append("Unclear: %d of %d people (%.1f %%). Machines: %d of %d (%.1f %%)." % (
        unclear, len(ppl), 100.0 * unclear / len(ppl), len(mach), len(items), 100.0 * len(mach) / len(items)))
    es = [i for i in items if i["lang"] == "Spanish"]
    lines.append("")
    lines.append("Languages: English %d, Spanish %d (%.1f %%; %d people, %d machines)." % (
        len(items) - len(es), len(es), 100.0 * len(es) / len(items), sum(1 for i in es if i["person"]),
        sum(1 for i in es if not i["person"])))
    ent = collections.Counter()
    for i in ppl:
        for k in i["man"]["entities"]:
            ent[k] += 1
    lines.append("")
    lines.append("Entities (people's messages carrying each key): name %d, postal_code %d, account %d; %d with none."
                 % (ent["name"], ent["postal_code"], ent["account"], sum(1 for i in ppl if not i["man"]["entities"])))
    acks = collections.Counter("null" if i["man"]["ack_to"] is None else "sender" if i["man"]["ack_to"] ==
                               i["spec"]["frm"][1] else "other address" for i in ppl)
    lines.append("")
    lines.append("ack_to among people: sender's From %d, another address (Reply-To / asked-for) %d, null %d." % (
        acks["sender"], acks["other address"], acks["null"]))
    cats = collections.Counter(i["cat"] for i in mach)
    lines.append("")
    lines.append("Machine mail by kind: " + ", ".join("%s %d" % kv for kv in sorted(cats.items(),
                                                                                      key=lambda kv: (-kv[1], kv[0]))) + ".")
    rep = collections.Counter(i["answers"].split(" '")[0] for i in ppl if i["answers"] != "-")
    lines.append("")
    lines.append("People replying to our mail: %d (%s); fresh mail: %d." % (
        sum(rep.values()), ", ".join("%s %d" % kv for kv in sorted(rep.items(), key=lambda kv: (-kv[1], kv[0]))),
        sum(1 for i in ppl if i["answers"] == "-")))
    progs = collections.Counter(i["program"] for i in ppl)
    lines.append("")
    lines.append("Sending programs (people): " + ", ".join("%s %d" % kv for kv in sorted(
        progs.items(), key=lambda kv: (-kv[1], kv[0]))) + ".")
    lines.append("")
    lines.append("""## What is in it

- `0001.eml` ... `0120.eml` in arrival order, CRLF, as the IMAP server hands them out (Return-Path, Delivered-To,
  our MX's Received and Authentication-Results, the sender's own trace and headers). Mail programs: Gmail web and
  Android (English and Spanish UI), iPhone Mail, Apple Mail, Outlook 16 (English and Spanish), Outlook.com,
  Yahoo and AOL, Thunderbird (format=flowed), Xfinity/Zimbra, Samsung Email, our web form relay, an
  inbox-cleaning service. Charsets us-ascii, UTF-8, ISO-8859-1, windows-1252; 7bit, 8bit, quoted-printable,
  base64; plain, HTML-only and multipart/alternative; attachments (meter photo, bill PDF, CSV report, invoice PDF,
  calendar invitation, phishing .htm).
- Replies quote our mail the way each program does (Gmail `>` with attribution, Outlook header block, Yahoo
  unprefixed, iPhone quoted attribution, Samsung "Original message" ...) and carry In-Reply-To / References to our
  Message-IDs (`<promo.…>`, `<news.…>`, `<catalog.…>`, `<bill.…@notify.alliantenergy.com>`, `<ack.…>`).
- Machine mail: out-of-office and vacation replies (one without any auto-reply header, one Spanish, one help-desk
  ticket), bounces (Postfix, Gmail, Exchange Online, Exim, Yahoo, sendmail, a delay warning), newsletters sent to
  us (industry, chamber, privacy, Spanish chamber, platform vendor), vendor/system notices (mail-house suppression
  report, CRM report, certificate expiry, invoice, Microsoft 365 quarantine, ESP campaign report, a calendar
  invitation), spam (SEO, list broker, Spanish loan, reward survey), phishing (password expiry, e-signature,
  HTML attachment, Spanish mailbox-full), a read receipt, a challenge-response and a mailing-list post.
- `manifest.jsonl` (labels, one note per message), `index.tsv` (spec id, category, what of ours it answers,
  language, program, date) and `_generator/` (build.py, verify.py and helpers).
""")
    fmap = {i["id"]: i["file"][:4] for i in items}
    calls = re.sub(r"\b([A-Z]{1,2}[0-9]{1,2})\b", lambda m: "%s/%s" % (m.group(1), fmap[m.group(1)])
                   if m.group(1) in fmap else m.group(1), CALLS)
    lines.append(calls.replace("## Judgement calls (rulebook: /work/shared/LABELS.md)",
                               "## Judgement calls (rulebook: /work/shared/LABELS.md; spec id/file number)"))
    return "\n".join(lines)
