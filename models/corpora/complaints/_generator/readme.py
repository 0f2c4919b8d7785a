"""README for the complaints set, with counts computed from the manifest and index."""
import re
from collections import Counter

THEMES = [
    ("Outages (the 24-26 January ice storm and after)", "C001 C010 C097 C021 C073 C016 C061 C057 C056"),
    ("Bills, payments, deposits, estimated reads", "C002 C011 C032 C022 C023 C100 C074 C033 C098 C067 C068 C069 C040 C060 C009 C103 C099"),
    ("Smart meters", "C005 C083 C037 C038 C064 C088"),
    ("Tree trimming", "C006 C082 C035 C039"),
    ("Rates and the rate case", "C007 C048 C020 C098 C068"),
    ("Threats to go to the attorney general, PSC, IUB", "C004 C072 C071 C033 C034 C048 C037"),
    ("'I asked you THREE TIMES': repeated requests", "C004 C031 C070 C102 C024 C026 C072 C078"),
    ("Thinks they already opted out, still gets mail", "C012 C013 C042 C043 C066 C077 C084 C026 C024"),
    ("Sarcasm and passive-aggressive politeness", "C003 C007 C031 C095 C076 C043 C084"),
    ("ALL CAPS, mild profanity", "C004 C049 C021 C050 C032 C097 C083"),
    ("Calls and texts (not post or e-mail)", "C014 C015 C045 C047 C079 C101 C044 C028"),
    ("Other companies' mail or calls blamed on us", "C008 C017 C027 C028 C062 C063 C080 C042 C077 C052 C089 C051 C091"),
    ("Replies over our promotions and catalog e-mail", "C020 C075 C056 C057 C058 C059"),
    ("Replies over our service mail", "C021 C097 C022 C023 C100 C083 C082 C081 C099"),
    ("Replies over our acknowledgements", "C024 C025 C026 C084 M15"),
    ("Polite, formal letters and a lawyer's demand", "C018 C060 C035 C061 C087 C088 C009 C036"),
    ("Complaints that only vent and ask nothing", "C010 C046 C038 C048 C056 C073 C028"),
    ("Questions without a question mark", "C011 C040 C074 C059 C093 C103"),
    ("Written for someone else", "C019 C036 C096 C018"),
    ("The request only in a P.S., the last line or the subject", "C041 C001 C007 C098 C103"),
]

OUR_MAIL = [
    ("promo", "Winter Savings: $75 back on a smart thermostat", "customercare@alliant-energy.com", "2026-01-13",
     "List-Unsubscribe; footer 'reply with the word unsubscribe', HQ ZIP 53718"),
    ("newsletter", "Home Energy Insider | February 2026", "customercare@alliant-energy.com", "2026-02-03",
     "'Reliability you can count on'; 'Manage your preferences or unsubscribe'"),
    ("catalog e-mail", "Spring Preview: new arrivals from PowerHouse", "powerhousecatalog@alliant-energy.com", "2026-02-10",
     "footer mentions list sharing and 'reply unsubscribe'"),
    ("service", "Update: power restored at your address", "alerts@alliantenergy.com", "per customer",
     "outage alert; Reply-To customercare@"),
    ("service", "Your Alliant Energy bill is ready", "noreply@alliantenergy.com", "per customer",
     "says it is sent even if you opted out of marketing; Reply-To customercare@"),
    ("service", "Payment reminder: your bill is due soon", "noreply@alliantenergy.com", "per customer", "Reply-To customercare@"),
    ("service", "Planned maintenance in your area / Tree trimming scheduled near your home / Your smart meter installation",
     "alerts@ / noreply@alliantenergy.com", "per customer", "Reply-To customercare@"),
    ("acknowledgement", "We received your request [CC-2026-MM-NNNNN]", "customercare@alliant-energy.com", "per customer",
     "Message-ID <ack.CC-…@alliant-energy.com>; marketing opt-out wording of our template"),
]

CALLS = [
    ("A complaint is a question, even when it only vents.",
     "C010, C046, C038, C048, C056, C073: `question`.",
     "\"question: anything that needs a human answer: questions about the privacy policy, data, billing, service, a complaint, …\""),
    ("Annoyance that only gives the reason for an opt-out is not a separate complaint.",
     "C003, C041, C049, C050, C069, C075, C076, C095 carry the opt-out alone. `question` is added when there is a "
     "grievance someone must look into or answer: a bill, an outage, a crew, earlier requests that were ignored, a "
     "threat to go to a regulator, or an actual question (C001, C004, C007, C031, C070, …).",
     "\"question: … a complaint\"; \"A message can carry an opt-out AND a question: both labels.\""),
    ("Sarcasm is read as meant.",
     "C003 (\"Anyway, keep them coming!\") is a marketing opt-out; C043 (\"how well your system works\") is a complaint.",
     "\"unclear: a careful human could not tell what the sender wants\": a careful reader understands sarcasm."),
    ("'I already opted out and still get X' restates the opt-out when X is named and unwanted.",
     "C012, C024, C026, C031, C042, C070, C077, C102: the opt-out again plus `question` (the earlier request "
     "failed). Without an object (\"still getting it\", C013; \"ya les dije que no\", C078): unclear. "
     "C066 (\"opted out of everything … why am I getting mail\" could mean bills) and C043 (at the catalog mailbox "
     "'opted out' may have been the sharing opt-out, after which the catalog still comes): unclear, with `question`.",
     "\"Reference to earlier mail without saying what … : unclear.\""),
    ("A complaint under our acknowledgement that adds no new wish is a question only.",
     "C084 (\"Thanks for nothing. Still got your mailer Saturday.\"): the opt-out is only in our quoted acknowledgement. "
     "C024 and C026 write the wish again in their own words, so they carry it.",
     "\"Only the sender's own new text … Quoted, forwarded-from-us or footer text is never the sender's request.\""),
    ("Calls and texts: promotional contact is marketing, whatever the channel, and a human handles the channel.",
     "C014, C045, C047, C079: `marketing_opt_out` + `question` (our acknowledgement and record cover e-mail and post; "
     "the phone/SMS list needs a person). C045 keeps the outage texts: channel limits are kept. Outage texts (C015) and "
     "texts of an unnamed kind (C101) are service: `question` only.",
     "\"marketing_opt_out: the sender does not want to receive marketing / promotional contact\"; \"Channel limits are kept.\""),
    ("'Opt out' or 'stop mailing' about service is not marketing.",
     "Smart meter opt-out (C005, C083), paper bill after going paperless (C067), rate-case notices in the bill (C068), "
     "someone else's bills (C086), outage texts (C015): `question`. Promotional inserts in the bill envelope (C069) "
     "are marketing by post.",
     "\"marketing_opt_out: … marketing / promotional contact (new products, services, programs, special offers)\""),
    ("Other companies' mail blamed on us.",
     "A wish not to be shared, sold or given out is `catalog_share_opt_out` (C008, C017, C027, C062, C052, C053); an "
     "accusation without a wish is `question` (C028); asking with whom data went is `question` (C088, C093); mail "
     "from another utility we cannot stop is `question` (C063).",
     "\"catalog_share_opt_out: the sender does not want their name/address shared, rented, sold or exchanged with third parties\""),
    ("Keep the catalog, stop the sharing.",
     "C029, C077, C089: sharing opt-out only; the catalog must not be stopped.",
     "\"A sender may want to keep getting the catalog but not be shared: then only catalog_share_opt_out.\""),
    ("Standing.",
     "The attorney who states he represents and is authorized by his client (C018) has standing: both opt-outs plus "
     "`question`, entities are the client's. A neighbor (C019), a daughter who does not say she is executor (C036) and a "
     "wife writing for the account-holding husband (C096): unclear, entities name the person the request is for. A widow "
     "about her own household (C103, C030) is fine.",
     "\"On behalf of someone else (a spouse, a deceased parent, a tenant): unclear unless the writer clearly has the standing "
     "(the account holder writing about the household is fine).\""),
    ("STOP / unsubscribe under service mail.",
     "C021 (\"STOP SENDING THESE DAMN THINGS\" under an outage alert) and C099 (\"unsubscribe\" ×3 under a bill notice): "
     "unclear, no labels.",
     "\"The same word under a service message … is not a marketing opt-out: unclear.\""),
    ("A reply to our acknowledgement that asks for nothing.",
     "C025 (\"Whatever.\"): no labels, not unclear (there is nothing to decide), `ack_to` null.",
     "\"null when … no answer is due (a thank-you, any reply to our own acknowledgement that asks for nothing).\""),
    ("Unclear can carry `question`.",
     "C094 (delete everything) is unclear + `question` as the rulebook says; I applied the same to C043 and C066, where a "
     "complaint surely needs an answer but the opt-out part cannot be decided. Other unclear mail has no labels.",
     "\"A request to delete everything is unclear plus question.\""),
    ("The request only in the subject, or in the sender's own forwarded mail.",
     "C098's subject \"No more promotional mail!!!\" is her own (not a Re: of ours): counted. C102 forwards his own "
     "earlier request (\"please stop mailing me your promotions\") under \"Third time. See below.\": his words count.",
     "\"Only the sender's own new text (and subject, unless it is 'Re:' of our mail).\""),
    ("Machine mail that quotes angry people or opt-out words is automated.",
     "The BBB notice forwarded by our own mailbox rule (M03), the PSC and IUB system notices, review, social, petition, "
     "survey and neighborhood alerts, advocacy newsletters, phishing, the spam-complaint (ARF) report and an out-of-office "
     "answering our acknowledgement (M15, loop trap): automated, no labels, `ack_to` null.",
     "\"Not a request at all, though a person or company wrote it: … automated = true, no labels, ack_to = null, even when "
     "the text uses words like 'opt-out', 'suppression' or 'do not share'.\""),
    ("Acknowledgement address.",
     "Our Contact Us relay (C033): From noreply@, so `ack_to` is the customer in Reply-To. Everyone else: From.",
     "\"Reply-To when From is a relay, no-reply or role address (web forms, …)\""),
    ("Entities.",
     "Names as written: first names alone (Mike, Verna, Jill, Trent, Ross), an initial (\"Sharon K.\", \"B. Tjaden\"), "
     "ALL CAPS (\"GARY WENDT\"), a middle initial (\"Margaret L. Sween\"); titles dropped (\"Mrs. Ethel Brandt\" → "
     "Ethel Brandt). Not extracted: names of other people (Kevin, the late Elmer Koopmann), the law firm's own ZIP 53703, "
     "order, confirmation and phone numbers, our HQ ZIP 53718 in quotes. Extracted: ZIPs from a business signature "
     "(C009, C059), an Illinois ZIP of a former customer (C091), catalog customer numbers as accounts (C003, C029, C052).",
     "\"Entities are only what the sender wrote in the new text or signature: name without titles …, as written (a first "
     "name alone counts), postal code, account number as written.\""),
]


def make(manifest, index):
    spec_file = {r[1]: r[0][:4] for r in index}
    n = len(manifest)
    human = [m for m in manifest if not m["automated"]]
    auto = [m for m in manifest if m["automated"]]
    lang = Counter(r[4] for r in index)
    mb = Counter(m["mailbox"] for m in manifest)
    mb_auto = Counter(m["mailbox"] for m in auto)
    combos = Counter()
    for m in manifest:
        if m["automated"]:
            key = "(none), automated"
        elif m["unclear"]:
            key = "unclear" + (" + " + " + ".join(m["labels"]) if m["labels"] else ", no labels")
        elif not m["labels"]:
            key = "(none), person, nothing to do"
        else:
            key = " + ".join(m["labels"])
        combos[key] += 1
    lab = Counter(l for m in manifest for l in m["labels"])
    ents = Counter(k for m in manifest for k in m["entities"])
    progs = Counter(r[5] for r in index if not r[1].startswith("M"))
    answers = Counter(r[3].split(":")[0] for r in index if r[3] != "-")

    L = []
    w = L.append
    w("# complaints: angry customers and the requests inside their complaints")
    w("")
    w("**Brief, in a sentence:** angry, frustrated and long-winded customers of both mailboxes (outages, bills, smart "
      "meters, tree trimming, rates, too much junk mail), with the opt-outs buried in the middle or the last line, third "
      "and fourth requests, threats to go to the attorney general, the PSC or the IUB, sarcasm, ALL CAPS, mild profanity, "
      "passive-aggressive politeness, venting that asks nothing, questions without question marks, calls and texts, other "
      "companies' junk blamed on us, a lawyer's demand letter and a few polite formal complaints; plus about twenty "
      "machine messages that look angry (review, BBB, regulator, social, petition, survey and neighborhood notices, "
      "advocacy newsletters, phishing, a spam-complaint report, an out-of-office), about 15 % Spanish, and replies over "
      "our promotions, service mail and acknowledgements.")
    w("")
    w("Written from the brief alone, following the labelling rulebook `/work/shared/LABELS.md` (cited below as LABELS.md) and the "
      "manifest schema of the shared corpus. Dates run from 5 January to 20 March 2026 (an ice storm on 24-26 January, "
      "a rate case, smart meter installs in March); files are numbered in arrival order and the categories are mixed. "
      "All people, addresses, numbers and companies are invented (phones 555-01xx); sender domains include real "
      "mailbox providers so the headers look right, so never let a bot mail the `ack_to` addresses for real.")
    w("")
    w("## Counts")
    w("")
    w("| | messages |")
    w("|---|---|")
    w("| total | %d |" % n)
    w("| people (automated = false) | %d |" % len(human))
    w("| machines and not-a-request mail (automated = true) | %d |" % len(auto))
    w("| unclear | %d |" % sum(m["unclear"] for m in manifest))
    w("| `ack_to` set | %d |" % sum(1 for m in manifest if m["ack_to"]))
    w("| `ack_to` null | %d (%d automated, %d person) |" % (
        sum(1 for m in manifest if not m["ack_to"]), len(auto), sum(1 for m in human if not m["ack_to"])))
    w("")
    w("| mailbox | messages | of which automated |")
    w("|---|---|---|")
    for k in ("customercare", "powerhousecatalog"):
        w("| `%s` | %d | %d |" % (k, mb[k], mb_auto[k]))
    w("")
    w("| language | messages |")
    w("|---|---|")
    for k, v in sorted(lang.items()):
        w("| %s | %d (%.0f %%) |" % ({"en": "English", "es": "Spanish"}[k], v, 100.0 * v / n))
    w("")
    w("Label combinations (each message once):")
    w("")
    w("| labels | messages |")
    w("|---|---|")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (k, v))
    w("")
    w("| label | messages carrying it |")
    w("|---|---|")
    for k in ("marketing_opt_out", "catalog_share_opt_out", "question"):
        w("| `%s` | %d |" % (k, lab[k]))
    w("")
    w("| entity | messages |")
    w("|---|---|")
    for k in ("name", "postal_code", "account"):
        w("| `%s` | %d |" % (k, ents[k]))
    w("| any | %d |" % sum(1 for m in manifest if m["entities"]))
    w("")
    w("Replies and forwards that quote our own mail: %s." % ", ".join(
        "%d over %s" % (v, {"promo": "promotions", "newsletter": "the newsletter", "catalog": "the catalog e-mail",
                            "service": "service mail", "ack": "acknowledgements"}[k]) for k, v in sorted(answers.items())))
    w("")
    w("People's mail programs: %s." % ", ".join("%s %d" % (k, v) for k, v in progs.most_common()))
    w("")
    w("## What is in it")
    w("")
    w("Themes overlap; the files listed show each one (`index.tsv` gives every file's spec id, category, what of ours it "
      "answers, language, program and date).")
    w("")
    w("| theme | files |")
    w("|---|---|")
    for name, ids in THEMES:
        files = sorted(spec_file[i] for i in ids.split() if i in spec_file)
        w("| %s | %s |" % (name, ", ".join(files)))
    mfiles = sorted(r[0][:4] for r in index if r[1].startswith("M"))
    w("| machines and not-a-request mail | %s |" % ", ".join(mfiles))
    w("")
    w("Our own mail that turns up quoted (what `index.tsv` calls `answers`):")
    w("")
    w("| kind | subject | from | sent | notes |")
    w("|---|---|---|---|---|")
    for row in OUR_MAIL:
        w("| %s |" % " | ".join(row))
    w("")
    w("Service mail in this set carries `Reply-To: customercare@alliant-energy.com`, which is how replies to alerts and "
      "bill notices land in that mailbox.")
    w("")
    w("## Judgement calls")
    w("")
    w("Spec ids (C…, M…) are followed by their file number; each call is followed by the LABELS.md passage it rests on.")
    w("")
    def withfile(text):
        return re.sub(r"\b([CM]\d{2,3})\b", lambda m: "%s (%s)" % (m.group(1), spec_file[m.group(1)])
                      if m.group(1) in spec_file else m.group(1), text)

    for i, (title, what, why) in enumerate(CALLS, 1):
        w("%d. **%s** %s  " % (i, title, withfile(what)))
        w("   LABELS.md: %s" % why)
        w("")
    w("## Files")
    w("")
    w("| path | what |")
    w("|---|---|")
    w("| `NNNN.eml` | %d raw messages, CRLF, as the IMAP server hands them out; open as bytes |" % n)
    w("| `manifest.jsonl` | labels, one object per file in file order (`file, mailbox, automated, labels, unclear, "
      "entities, note, ack_to`) |")
    w("| `index.tsv` | file, spec id, category, what of ours it answers (`kind:key` or `-`), language, sending program, date |")
    w("| `_generator/build.py` | rebuilds every byte (fixed seed): `python3 _generator/build.py` |")
    w("| `_generator/verify.py` | parses every file with `email.policy.default` and checks the manifest, index, "
      "entities, `ack_to` and Message-IDs: `python3 _generator/verify.py` |")
    w("")
    return "\n".join(L) + "\n"
