"""Render README.md for the `youth` set from the manifest and index (called by build.py)."""
import collections

HEAD = """# youth: both privacy mailboxes through customers under 30 (September 2027)

**Brief.** One realistic month (September 2027) of `customercare@` and `powerhousecatalog@` as written by customers
under 30: first apartments and first utility accounts, roommates on one account, grad students, young parents, gig
workers and gamers, mostly lower-case phone mail full of slang, sarcasm, emoji, Spanglish and dictation slips,
answering our thermostat-rebate promo, EV-charger offer, back-to-school catalog e-mail, outage alerts, bill notices
and acknowledgements, plus the machine mail such people cause.

## Rebuild and verify

```
python3 -B _generator/build.py     # rewrites every .eml, manifest.jsonl, index.tsv and this README
python3 -B _generator/verify.py    # parses everything and checks the label rules
```

The generator is standard-library Python with fixed per-message seeds; two builds are byte-identical.
Labels follow `/work/shared/LABELS.md` (which wins over the corpus README where they differ).

### Our own mail in this month (appears only quoted, forwarded, bounced or auto-answered)

| what | From | sent | Message-ID |
|---|---|---|---|
| promo "Stay cool, save more: $75 back on a smart thermostat" | `customercare@` | 2027-09-02 10:05 | `<promo.AE-2709-TS-XXXXX@alliant-energy.com>` (token per recipient, also in the List-Unsubscribe subject) |
| catalog e-mail "Back to school, back to basics 📚 dorm + first-apartment finds" | `powerhousecatalog@` | 2027-09-07 09:30 | `<promo.PH-2709-BTS-XXXXX@alliant-energy.com>`; footer mentions list sharing and unsubscribe |
| promo "Plug in at home: up to $500 off a Level 2 EV charger" | `customercare@` | 2027-09-14 11:00 | `<promo.AE-2709-EV-XXXXX@alliant-energy.com>` |
| outage alert (text-style e-mail) "Alliant Energy Outage Alert", "Reply STOP to end outage alerts" | `alerts@` (Reply-To `customercare@`) | 2027-09-10 storm | `<alert.OUT-2709-NNNNN@alliant-energy.com>` |
| restoration alert "Alliant Energy: Power restored" | `alerts@` (Reply-To `customercare@`) | 2027-09-11 | `<alert.RST-2709-NNNNN@alliant-energy.com>` |
| bill notice "Your Alliant Energy bill is ready" (carries a thermostat banner) | `noreply@alliantenergy.com` (Reply-To `customercare@`) | monthly | `<bill.YYYYMMDDhhmmss.LAST4@alliantenergy.com>` |
| acknowledgement "We received your request [CC-2027-09-NNNNN]" | `customercare@` | on each human message | `<ack.CC-…@alliant-energy.com>`, Auto-Submitted: auto-replied |
"""

JUDGEMENT = """## Judgement calls

* **Sarcasm is judged by what a careful person would act on.** "please, i'm begging, send me MORE ev charger emails… said no one ever / unsubscribe" is a marketing opt-out, not an opt-in. "sure go ahead and sell my data, everyone else does anyway 🙄" sounds like an objection but asks for nothing: **unclear** (acting either way would be a guess). "oh cool $75 back… truly so generous 🙃 anyway can someone explain why july was $212" and "love how the outage alert came 2 hours AFTER…" are sarcastic complaints with a real question: `question`, no opt-out.
* **Jokes with a real point.** "that's a fire code violation bestie 💀 (space heater in a dorm e-mail)" is labelled `question`: a safety complaint about what we market to students that a careful person passes on (LABELS: complaints are questions). "why is everything so expensive 😭😭😭" (subject "bruh") has no object at all, not even "my bill": **unclear**.
* **Short words take their meaning from what they answer** (LABELS). Bare "STOP" under the thermostat promo: marketing opt-out. "unsubscribe" under an outage alert, "STOP" under our acknowledgement, and a texted "STOP" from a phone's MMS gateway during the storm (no subject, no quote; our outage alerts say "Reply STOP to end outage alerts"): **unclear**, never a marketing opt-out. An eye-roll emoji alone under the EV promo: unclear.
* **Subject-only mail.** The subject is the sender's own text unless it is "Re:" of our mail: "unsubscribe from thermostat emails" → marketing opt-out; "dont sell my name" → sharing opt-out; "what data do u have on me" → question; "opt out" with nothing else and not a reply to anything → unclear (no object).
* **How-to versus request.** "how do i stop these promo emails without also stopping the outage texts?" and the sarcastic "anyway how do i get off this list" are questions only (LABELS: a question about how to opt out); "can you take me off the email list…" (dictated while driving) is the request in question form: marketing opt-out only.
* **Channel limits.** "stop the emails pls but keep sending the paper catalog" → marketing opt-out (the record says e-mail). "keep the emails coming… but dont give my name to other catalog companies" and the Spanish "El de ustedes sí lo quiero seguir recibiendo" → sharing only. "share my name with whoever idc, just stop mailing me the catalog" → marketing only. "stop emailing me. but keep sending the thermostat rebate stuff" contradicts itself → unclear.
* **Parents' and roommates' catalogs.** A daughter asking to stop her mother's catalog, a daughter writing in Spanish about her father's (and undecided between moving and stopping it), a daughter asking both opt-outs for her parents, and a roommate who says she is *not* on the account asking to stop her roommate's catalog are all **unclear** (on behalf, no standing), with entities naming the person the request is for ("Rosa Delgado", "Ernesto Salinas", "Gary and Deb Hoffmann", "Kayla Meyers"). Two account holders writing about their own household are actioned: Ethan Vu (4 roommates, "for any of us") and Caleb Ostrowski (took over his parents' house and account; the catalog still comes in his father's name; "stop sending catalogs to this address"). Both get marketing opt-out with the writer's own name and account as entities.
* **Data requests.** "what info do you have on me and who did you give it to", "what data do u have on me", smart-meter granularity and retention questions, and "do you sell customer data to advertisers" are questions with **no** sharing opt-out (asking whether or with whom is not an opt-out). "dont sell mine / who did you sell it to", the Iowa-privacy-law request ("regardless of the answer, please opt me out of any sale"), and the grad student tracing a misspelled surname across catalogs carry `catalog_share_opt_out` + `question`. The conditional "if you sell my data to advertisers please dont" is read as a plain wish not to be sold.
* **Delete everything.** "when i close it i want you to delete all my data… how do i do that" is **unclear** (LABELS: a request to delete everything is unclear, plus question). Because every corpus keeps the invariant unclear ⇒ `labels: []`, the row has no `question` label; the staff queue it is routed to handles the question and the account closing.
* **Replies to our acknowledgement.** "ty 🙏", "lmao a ticket number for an unsubscribe. ok bureaucracy 👍" and the Spanish "muchas gracias, quedo pendiente de su respuesta" ask for nothing: human, no labels, not unclear, `ack_to` null. "how long does it take for the emails to actually stop?" is a question (acknowledged). "wait can u also not share my address w other companies" adds a sharing opt-out. "do the same for my sisters account pls" refers to earlier mail and is for someone else: unclear. "STOP" under the ack: unclear.
* **Thank-yous to service mail** ("thx for the heads up 🙏" under the restoration alert, "yall are goated fr") are human with no labels and `ack_to` null.
* **Ads inside a bill e-mail.** "can you stop putting thermostat ads in my bill email?? … i already said no to promos like twice" is under a service message but names promotional content, so it is not a bare STOP: marketing opt-out, plus `question` because she says earlier opt-outs were ignored.
* **Service changes are not opt-outs.** "can you stop sending these to my email and just text my phone instead?" under a restoration alert is a `question` (alert channel change). A phone number is never an account entity.
* **Forwarded by hand vs. sent by software.** A roommate forwarding his payment-app receipt ("Fwd: You paid Maddie S. $63.20") with no words of his own is a person with empty new text: **unclear**, acknowledged after review. The payment-app *request* addressed to our mailbox, the bill-splitting app's group and digest mails, the chat server invite and unread digest, the Google Calendar invitation "pay alliant bill 💡", the roommates' Google Group thread our address was put on, and the Gmail forwarding-confirmation code are all **automated** (notifications, calendar, list traffic), even though they talk about "the alliant account" and being late on August.
* **Software unsubscribes.** Gmail's unsubscribe button and the iOS Mail unsubscribe banner (empty body) → marketing opt-out, acknowledged. The inbox-cleaning app that sent "unsubscribe" from the user's own Gmail with `Auto-Submitted: auto-generated` → marketing opt-out, `automated: false`, `ack_to` null (RFC 3834).
* **Creators and sponsorship.** A TikTok creator's hand-written collab pitch with rates, a talent agency's HubSpot pitch, a UGC agency sequence, an esports league's sponsorship deck and an SMS-platform sales e-mail are cold sales: automated, even when they contain opt-out vocabulary.
* **Acknowledgement address.** Tess writes from her one-person shop's role address (`hello@mossandmoth.co`) with her personal Gmail in Reply-To and asks to be answered there: `ack_to` = Reply-To. Texted replies from MMS gateways keep the gateway address (`…@vzwpix.com`, `…@mms.att.net`) as `ack_to`, the only address they have.
* **Entities as written.** First names alone count ("Dani", "kayden", "nora", "paige", "Whitney", "Marcus", "Jazmín", "Yesenia", "Andrea", "Luis", "Aiden"); an initial ("- R.") does not. Dictation slips are kept ("tray Jackson"). A bare ZIP counts (texted "52402"). Account numbers only from the sender's own text ("7731 0042 18", not the forwarded "ending in 4218"); phone numbers, street blocks and promo tokens are never entities.
"""


def render(manifest, index):
    n = len(manifest)
    hum = [r for r in manifest if not r["automated"]]
    mach = [r for r in manifest if r["automated"]]
    by_box = collections.Counter(r["mailbox"] for r in manifest)
    by_box_auto = collections.Counter(r["mailbox"] for r in mach)
    lab = collections.Counter(l for r in manifest for l in r["labels"])
    unclear = sum(r["unclear"] for r in manifest)
    ack_null_h = sum(1 for r in hum if r["ack_to"] is None)
    langs = collections.Counter(row[4] for row in index)
    ent = collections.Counter(k for r in manifest for k in r["entities"])
    with_ent = sum(1 for r in manifest if r["entities"])
    combos = collections.Counter()
    for r in manifest:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos["(none) - unclear"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    cats = collections.Counter(row[2].split(" (")[0] for row in index)
    variants = collections.defaultdict(set)
    for row in index:
        if " (" in row[2]:
            variants[row[2].split(" (")[0]].add(row[2].split(" (", 1)[1].rstrip(")"))
    out = [HEAD, "## Counts\n", "| what | count |", "|---|---|"]
    out.append("| messages | %d |" % n)
    out.append("| people (automated = false) | %d |" % len(hum))
    out.append("| machines (automated = true) | %d |" % len(mach))
    for b in ("customercare", "powerhousecatalog"):
        out.append("| mailbox `%s` | %d (of which automated %d) |" % (b, by_box[b], by_box_auto[b]))
    for l in ("marketing_opt_out", "catalog_share_opt_out", "question"):
        out.append("| label `%s` | %d |" % (l, lab[l]))
    out.append("| unclear | %d (%.0f %% of people) |" % (unclear, 100.0 * unclear / len(hum)))
    out.append("| `ack_to` null among people | %d |" % ack_null_h)
    out.append("| `ack_to` from a Reply-To that differs from From | %d |" % sum(1 for row in index if "Reply-To" in row[2]))
    out.append("| languages | %s |" % ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    out.append("| messages with any entity | %d (name %d, postal_code %d, account %d) |" % (with_ent, ent["name"], ent["postal_code"], ent["account"]))
    out.append("\n## Label combinations\n")
    out.append("| labels | messages |")
    out.append("|---|---|")
    for k, v in sorted(combos.items(), key=lambda x: (-x[1], x[0])):
        out.append("| %s | %d |" % (k, v))
    out.append("\n## Categories (what each message was written for; `index.tsv`)\n")
    out.append("| category | messages | variants in this set |")
    out.append("|---|---|---|")
    for k, v in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
        out.append("| %s | %d | %s |" % (k, v, "; ".join(sorted(variants[k])) or "-"))
    out.append("")
    out.append(JUDGEMENT)
    return "\n".join(out)
