"""Writes README.md from the built rows, so its numbers always match the files."""
import collections
import email
import email.policy

LABELS = ["marketing_opt_out", "catalog_share_opt_out", "question"]

HEAD = """# `midweek`: one ordinary week of both privacy mailboxes (11-17 October 2027)

One realistic, unremarkable week of `customercare@alliant-energy.com` and `powerhousecatalog@alliant-energy.com`,
in the proportions a privacy team really sees, with the mail formats varied as widely as possible
(webmail, desktop and phone clients, ISP and church/small-business servers, MTAs of several kinds).

Everything is synthetic: names, addresses, account and customer numbers, companies and phone numbers (555-01xx) are invented.
Many senders use real provider domains so the headers look right: **never let a bot mail the `ack_to` addresses for real.**

## Rebuild and verify

```
python3 -B _generator/build.py     # rewrites every NNNN.eml, manifest.jsonl, index.tsv and this README, byte for byte
python3 -B _generator/verify.py    # parses every file, checks CRLF, manifest schema, label/entity/ack_to rules
```

Standard library only, fixed seeds (each message draws its random ids from `random.Random("midweek/<spec>")`).
`_generator/`: `core.py` (encodings, MIME), `mail.py` (our MX hops, provider trace headers), `clients.py` (one function per
mail program), `machines.py` (DSN/NDR formats), `ours.py` (what Alliant sent), `msgs_*.py` (the messages, one file per day),
`fixtures.py` (PNG/JPEG/PDF/S-MIME blobs). `index.tsv` maps each file to the spec and category it was written for.

## What we sent this week (the mail people answer)

| our mail | From | sent | notes |
|---|---|---|---|
| promo "Fall furnace tune-up: $40 off" | `Alliant Energy <customercare@...>` | Mon 11 Oct 09:02 CDT | token `AE-FT-2710`, `List-Unsubscribe: <mailto:customercare@...?subject=unsubscribe%20AE-FT-2710>`; footer "To opt out ... reply with the word unsubscribe", HQ ZIP 53718 |
| planned-outage notice (Marion, Thu 14 Oct 9-1) | `outagenotice@alliantenergy.com`, Reply-To customercare | Tue 12 Oct 07:30 | service message; says it is sent "even if you have opted out of marketing" |
| PowerHouse holiday preview e-mail "Sneak peek: ..." | `PowerHouse Catalog <powerhousecatalog@...>` | Wed 13 Oct 10:30 | token `PH-2710`, mailto List-Unsubscribe; footer has the list-sharing sentence **and** "To unsubscribe ... reply with the word unsubscribe" |
| bill notice "Your Alliant Energy bill is ready" | `noreply@alliantenergy.com`, Reply-To customercare | by billing cycle | service message |
| acknowledgement "We received your request [CC-2027-10-NNNNN]" | `Alliant Energy Customer Care <customercare@...>` | all week | `Message-ID: <ack.CC-...@alliant-energy.com>`, `Auto-Submitted: auto-replied`; text mentions opting out and sharing |

(Assumption of this set: the outage and bill notices carry `Reply-To: customercare@`, so replies to them land in the mailbox.)
"""

CALLS = """## Judgement calls

Rules cited are from `/work/shared/LABELS.md` ("Decisions on hard cases"); where it and the corpus README differ, LABELS.md was followed.

* **Replies to our acknowledgement.** "Thank you!" / "thanks, appreciate the quick response!" are human, no labels, not unclear,
  `ack_to` null (LABELS: a reply to our acknowledgement that asks nothing; the corpus README's older "LOOP TRAP = automated" is not used).
  Replies that ask something are ordinary mail: "how long does it take?" is a question (the September opt-out it mentions is not
  labelled again); "will this stop the paper catalog too? I'd like both stopped" is a question plus a marketing opt-out. Machines
  answering an acknowledgement (out-of-office, helpdesk ticket receipt, Gmail filter template, challenge-response, read receipt)
  are automated.
* **Short words take their meaning from what they answer.** "Stop", "UNSUBSCRIBE", "quit emailing me" under the furnace promo are
  marketing opt-outs; "STOP" under a bill notice, "Remove" under the outage notice, "Please stop." under our acknowledgement and
  Spanish "Ya no por favor" under a bill notice are unclear. A reply to a bill notice that *names* the promotional flyers and
  program e-mails is a marketing opt-out: the object is explicit.
* **No object / earlier mail.** "Opt me out" (no subject, to the catalog box), "Same as I told you last year", "Can you do the same
  for my other email" (under our ack), an empty iPhone reply, a thumbs-up emoji, and a scan-to-email whose only text is the
  printer's boilerplate: unclear. The repeated request "Remove me - 3rd request" is **not** unclear: it names what to stop
  (promotional e-mails and postal mailers); the earlier attempts are only context.
* **Quoted footers never count, unless the sender's own sentence points at them.** "I prefer." written inline directly under the
  quoted "If you prefer that we not share your name..." is a sharing opt-out (his words, their referent in the quote); the
  bottom-posted "unsubscribe" under the quoted "reply with the word unsubscribe" is his own word under a promotion.
* **Forwarded own text.** Nora Lindahl forwards the message *she* wrote to a wrong address: her forwarded words and entities count
  (the only file where verify accepts entities outside the new text; it reads the category in `index.tsv`).
* **Channels and keeping the catalog.** "Keep the catalog, don't share/rent/exchange" -> sharing opt-out only (several, English and
  Spanish, including a business). Catalog-e-mail unsubscribes (Outlook.com, Yahoo mailto) are marketing opt-outs, never sharing.
  A realtor asking to stop marketing to her *work* address while her home account continues is a marketing opt-out for that address.
* **Asking is not opting out.** "Do you share my address?" (Spanish, for her mother), "Is my e-mail shared with your family of
  companies?", "Which catalog companies did you give my name to?" are questions; only "stop sharing" adds the sharing label.
  "How do I stop the paper catalog?" is a question only. "Can you please not share my name...?" and "Could you please stop
  sending me the paper mail...?" are the request itself in question form: opt-out, no question label.
* **Opting back in / changes of address** ("put me back on the catalog list", "send it to my daughter's house", a move to
  Dubuque) are questions; the old removal they mention is not a new opt-out. Holly's accidental unsubscribe ("put me back on")
  is a question.
* **Data requests.** A copy of one's data is a question (Jonah Whitfield, Lloyd Ehlers). "Delete all my information" is unclear
  (LABELS: deletion is unclear plus question). Because this set's schema requires `unclear => labels []`, the row carries no
  `question` label; the note records that it needs a human answer and the review queue provides it.
* **On behalf of someone.** Widow who says she is executor (catalogs to her late husband) and the law firm for an estate's
  personal representative have standing: labels apply and the entities are the deceased customer's. A daughter for her father in
  memory care (no POA stated) and a property manager for "all tenants" have none: unclear; the daughter's entities are her
  father's, the landlord's row has none (no tenant named; her signature ZIP is the firm's).
* **Household.** "Remove both of us (Mark and Julie Stenberg)" and "Rick & Joanne Pfaff" are household members writing for the
  household: labels apply, joint names kept as written. The church office and the plumbing contractor are account-holding
  organisations writing about their own mail.
* **Software unsubscribes.** Gmail, iOS Mail, Outlook.com and Yahoo mailto unsubscribes: `automated` false, marketing opt-out,
  `ack_to` the sender. The inbox-cleaning service carries `Auto-Submitted: auto-generated`, so `ack_to` is null (RFC 3834).
* **Not requests though people wrote them:** a mailing-list post about do-not-share handling, cold sales (with "I'll take you off
  my list"), the list broker's calendar invitation and an internal one, the mail house and CRM notices about our suppression
  files, our ESP's campaign report, and phishing with "reply STOP" or "opt out of notifications" lines: all automated.
* **Entities.** First names alone count (LABELS): "Deb", "Linda", "Dustin", "Ruth", "Holly", "Pam", "Sharon", "Rocío", "Doug",
  "Connie"; an initial plus surname ("B. Nygaard", "W. Kinsella") is kept as written; titles dropped ("Pastor Dale Froehlich" ->
  "Dale Froehlich"); capitals kept ("DOROTHY MAE JUNGWIRTH"); the accented body spelling wins over an unaccented From header
  ("Yolanda Gutiérrez", "María Elena Soto"). Nothing is taken from attachments (label photo, scanned letters, vCard) or from
  quoted mail (our ZIP 53718, a misspelled quoted label). Order numbers (`PH-558213`) and phone numbers are not accounts. One
  signature exists only in the HTML part (a server-side signature service): its name and ZIP are the sender's own and count.
* **Thank-yous** (outage crew, acknowledgements): human, no labels, `ack_to` null (LABELS: no answer is due).
* **Acknowledgement address.** The scan-to-email device writes from a role address with the person in `Reply-To`: `ack_to` is the
  Reply-To. All other human rows are acknowledged at From (none sets a Reply-To of its own).
"""


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def features(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    f = set()
    ct = msg.get_content_type()
    f.add("top-level " + ct)
    for part in msg.walk():
        t = part.get_content_type()
        cs = part.get_content_charset()
        if cs and part.get_content_maintype() == "text":
            f.add("charset " + cs.lower())
        cte = (part.get("Content-Transfer-Encoding") or "").lower()
        if cte and not part.is_multipart():
            f.add("transfer-encoding " + cte)
        if (part.get_param("format") or "").lower() == "flowed":
            f.add("format=flowed")
        if part.get_filename():
            f.add("named attachment")
        if t in ("text/calendar", "application/pkcs7-signature", "message/rfc822", "message/delivery-status",
                 "message/disposition-notification", "text/rfc822-headers", "image/jpeg", "image/png", "application/pdf",
                 "text/vcard", "multipart/related", "multipart/signed"):
            f.add("part " + t)
    if "MIME-Version" not in msg:
        f.add("no MIME-Version (legacy)")
    if "=?" in raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace"):
        f.add("RFC 2047 encoded header")
    if msg.get("Auto-Submitted"):
        f.add("Auto-Submitted header")
    if msg.get("List-Id") or msg.get("List-Unsubscribe"):
        f.add("List-Id / List-Unsubscribe header")
    if msg.get("In-Reply-To"):
        f.add("In-Reply-To header")
    if not msg.get("Message-ID"):
        f.add("no Message-ID")
    return f


def render(rows):
    recs = [r for r, m in rows]
    n = len(recs)
    auto = [r for r in recs if r["automated"]]
    hum = [r for r in recs if not r["automated"]]
    unclear = [r for r in hum if r["unclear"]]
    ent = collections.Counter()
    for r in recs:
        for k in r["entities"]:
            ent[k] += 1
    langs = collections.Counter()
    progs = collections.Counter()
    cats = collections.Counter()
    feats = collections.Counter()
    for r, m in rows:
        langs[m.lang] += 1
        progs[m.program] += 1
        cats[m.category] += 1
        for f in features(m.render()):
            feats[f] += 1
    counts = [
        ("messages", n),
        ("people (automated = false)", len(hum)),
        ("machines (automated = true)", "%d (%.0f%%)" % (len(auto), 100.0 * len(auto) / n)),
        ("customercare / of which automated", "%d / %d" % (sum(r["mailbox"] == "customercare" for r in recs),
                                                         sum(r["mailbox"] == "customercare" and r["automated"] for r in recs))),
        ("powerhousecatalog / of which automated", "%d / %d" % (sum(r["mailbox"] == "powerhousecatalog" for r in recs),
                                                              sum(r["mailbox"] == "powerhousecatalog" and r["automated"] for r in recs))),
        ("label marketing_opt_out", sum("marketing_opt_out" in r["labels"] for r in recs)),
        ("label catalog_share_opt_out", sum("catalog_share_opt_out" in r["labels"] for r in recs)),
        ("label question", sum("question" in r["labels"] for r in recs)),
        ("unclear (share of people)", "%d (%.0f%%)" % (len(unclear), 100.0 * len(unclear) / len(hum))),
        ("human, no labels, not unclear (thanks)", sum(not r["labels"] and not r["unclear"] for r in hum)),
        ("ack_to set", sum(r["ack_to"] is not None for r in recs)),
        ("ack_to null among people", "%d (thank-yous %d, Auto-Submitted unsubscribe %d)" % (
            sum(r["ack_to"] is None for r in hum),
            sum(r["ack_to"] is None and not r["labels"] for r in hum),
            sum(r["ack_to"] is None and bool(r["labels"]) for r in hum))),
        ("languages", ", ".join("%s %d" % kv for kv in sorted(langs.items()))),
        ("messages with any entity", sum(bool(r["entities"]) for r in recs)),
        ("entity name / postal_code / account", "%d / %d / %d" % (ent["name"], ent["postal_code"], ent["account"])),
    ]
    combos = collections.Counter()
    for r in recs:
        if r["automated"]:
            combos["(none) - automated"] += 1
        elif r["unclear"]:
            combos["(none) - unclear"] += 1
        elif not r["labels"]:
            combos["(none) - human, nothing to do"] += 1
        else:
            combos[" + ".join(r["labels"])] += 1
    parts = [HEAD, "## Counts\n", table(counts, ["what", "count"]), "",
             "## Label combinations\n", table(sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"]), "",
             "## Categories (what each message was written for, `index.tsv`)\n",
             table(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])), ["category", "messages"]), "",
             "## Mail programs and servers\n",
             table(sorted(progs.items(), key=lambda kv: (-kv[1], kv[0])), ["program (index.tsv)", "messages"]), "",
             "## Formats (detected from the built files)\n",
             table(sorted(feats.items(), key=lambda kv: (-kv[1], kv[0])), ["feature", "messages"]), "",
             CALLS]
    return "\n".join(parts)
