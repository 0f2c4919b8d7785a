"""README.md for the newcomers set: counts computed from the rows, prose written by hand."""
from collections import Counter

LABELS = ("marketing_opt_out", "catalog_share_opt_out", "question")

HEAD = """# newcomers: mail from people who have just become customers (January 2027)

**Brief (one sentence).** New homeowners, renters, couples and movers from other states who started service in
January 2027, first-time PowerHouse Catalog buyers afraid of being put on lists, and their replies under our welcome,
paperless-billing, order-confirmation and first promotional e-mails (deposits, autopay, budget billing, new 12-digit
account numbers, opt-outs in every wording, some before any marketing arrived), mixed with the machine mail of such
weeks: onboarding and address-verification vendor notices, bounces of welcome e-mails sent to mistyped new addresses,
auto-replies, moving-company and warranty spam, and phishing dressed as a "welcome deposit refund".

Rebuild: `python3 _generator/build.py` (standard library, fixed seed, writes no bytecode); check:
`python3 _generator/verify.py`.

"""

BODY = """
## What is in it

Our own mail of the month, which people answer, forward, bounce or auto-answer (all invented in the corpus style):

| what | From | date | kind |
|---|---|---|---|
| "Welcome to Alliant Energy, NAME! Your service is set up" (new 12-digit account number, deposit/autopay/budget billing hints; footer: service message, sent "even if you have opted out of marketing") | `customercare@` | per customer | service |
| "You're enrolled in Paperless Billing" ("Didn't ask for this? Reply ...") | `customercare@` | per customer | service |
| "Thanks for your first order, NAME! (Order PH-...)" (footer: list-sharing notice) | `powerhousecatalog@` | per order | transactional |
| "New to the neighborhood? 20% off your first PowerHouse order [PH-2701-NEW]" | `powerhousecatalog@` | 2027-01-12 | promotion, List-Unsubscribe mailto |
| "Settling in: your first Home Comfort newsletter (AE-NL-2701-W)" ("Reply YES" for an assessment) | `customercare@` | 2027-01-14 | promotion, List-Unsubscribe mailto |
| "New homeowner? Get a free Home Energy Assessment + $50 back" | `customercare@` | 2027-01-21 | promotion, List-Unsubscribe mailto |
| "Winter Clearance: up to 40% off at PowerHouse [PH-2701-WCL]" | `powerhousecatalog@` | 2027-01-26 | promotion, List-Unsubscribe mailto with `body=` |
| "Your first Alliant Energy bill is ready" | `noreply@alliantenergy.com` | 2027-01-19 | service (forwarded) |
| "We received your request [CC-2027-01-NNNNN]" | `customercare@` | per request | acknowledgement (answered by a thank-you, an auto-reply and a CRM autoresponder) |
| "RE: Deposit on new account" (staff answer) | `customercare@` | 2027-01-15 | staff answer (answered by a thank-you) |

People write with Gmail (web, iOS, Android), iOS Mail, Outlook.com, Outlook 16 desktop, Yahoo and AOL (web and
app), Thunderbird (format=flowed), Xfinity Connect (Open-Xchange), Roundcube, Samsung Email (base64) and Proton
Mail, through the matching provider headers (Gmail, Yahoo, Outlook/Exchange Online tenants, iCloud, Comcast,
Fastmail, Proton, regional ISPs). Quoting styles: Gmail `On ... wrote:` with `>`, iOS `>` with the attribution
quoted too, Outlook `From:/Sent:/To:/Subject:` blocks without `>`, Yahoo's unmarked indented quote, Samsung's
`-------- Original message --------`, a Gmail forward. Encodings: 7bit, quoted-printable, base64, one 8bit
ISO-8859-1 part; charsets UTF-8, ISO-8859-1, windows-1252, us-ascii; RFC 2047 B and Q encoded names and subjects;
one HTML-only human message.

Account numbers appear in the old 10-digit form (`4410228391`, `4410 537 226`) and the new 12-digit form
(`3107 5560 1182`, `3107-4419-2260`, `310761128874`), and catalog customer numbers as written on the label
(`00731945`, `CUST 0081-4472`). Movers cite California (CCPA, SMUD, PG&E), Colorado, Virginia, Illinois (ComEd),
Minnesota (Xcel), Texas (CPS Energy) and Connecticut (Eversource).

## Judgement calls (and the LABELS.md rule each follows)

- **Bare words under service mail are unclear** (0011 "STOP" under the paperless confirmation, 0055 "STOP" under an
  order confirmation, 0026 "?" under an order confirmation). *Short replies take their meaning from what they
  answer*; a welcome, paperless or order mail is not a promotion. 0015, also under the welcome, is different: its
  new text names marketing, newsletters and offers, so it is a clear marketing opt-out.
- **One word under a promotion is an opt-out** (0042 "remove" under the newsletter). Same rule. 0045 "Yes" under
  the newsletter is unclear: the newsletter invites "reply YES" for an assessment, and "yes" could also mean yes,
  unsubscribe.
- **An emoji alone is unclear** (0035 thumbs-down above the catalog promotion). *Whose words count*: a reply whose
  new text says nothing decidable.
- **Keep the catalog, don't share** (0004, 0021, 0060, 0086) is `catalog_share_opt_out` only, even when the reply
  sits under a promotion whose footer says "unsubscribe". *Channel limits are kept*; quoted footers never count.
- **Share whatever, just stop** (0085) is `marketing_opt_out` only. *Channel limits are kept.*
- **"Which companies do you share with?"** (0036) and **"does Alliant share my data?"** (0052, which says it asks
  for no change) are questions only; 0099 ("is this where I send the sharing card?") is a question about how to
  opt out, so question only. *A question about how to opt out.*
- **0087**, "does the catalog list include me? If it does, then please don't share mine": conditional, but recording
  a sharing opt-out harms no one, so `catalog_share_opt_out` + `question`.
- **0033** "Did the electric company hand my info to your catalog?" is read as a real question (how her data reached
  the catalog) beside both opt-outs. This is the call I am least sure of; it could be taken as rhetorical.
- **Couples.** A joint account holder writing for both names has standing (0007, 0024, 0096 keep the joint name as
  the entity). A spouse who says she is not on the account (0080) and a mother writing about her adult daughter's
  catalog record (0050) are unclear; their entities name the person the request is for. *On behalf of someone else.*
- **Reference to earlier contact** (0022 "same as what I told the lady on the phone", 0095 "lo mismo que pedí antes
  pero para la otra dirección") is unclear. *Reference to earlier mail.*
- **"Opt me out." / "Por favor paren."** with empty subjects (0061, 0078) are unclear. *No object, no context.*
- **0071** "Sign me up for the assessment, but then no more emails" is unclear. *Mixed or self-contradicting wishes.*
- **0072** asks to delete all data of a closed account: unclear + `question`. *Data requests.* 0025 asks for a copy
  of her data (citing Colorado and Iowa law): a clear question.
- **0093** wants the catalog back after removing herself at move-in: `question`. *Opting back in*; the old removal
  is not a new opt-out.
- **Software unsubscribes** (0030 Gmail, 0041 iOS Mail with an empty body, 0067 an empty Yahoo message, 0084
  Outlook.com with the mailto's `body=` text) are people's `marketing_opt_out` with an acknowledgement; 0068 is an
  inbox-cleaning service's message marked `Auto-Submitted`, so `ack_to` is null. *Software that unsubscribes for a
  person.* An unsubscribe from a catalog e-mail is never a sharing opt-out.
- **Thank-yous** (0028 and 0090 under our acknowledgement, 0053 under a staff answer): no labels, not unclear,
  `ack_to` null. *Acknowledgement address* (no answer is due).
- **Acknowledgement address.** 0056 writes from a shared family inbox and asks to be answered at her own address
  (Reply-To); 0059 is our Contact Us relay (From noreply, customer in Reply-To); 0089 writes from his business
  address about his home account and gets the ack there (From is his own and he asks nothing else).
- **Entities.** First names alone are kept as written (0006 "Priya", 0015 "Tom", 0082 "cody", 0095 "Rubén");
  "R. Dunleavy" keeps its initial; "Franklin D. Ashby III" keeps the generational suffix (not a title). Order
  numbers (0037) and phone numbers (0069) are not accounts. Nothing is taken from quoted welcome mails (which carry
  the customer's new account number) or the forwarded bill.
- **Not requests although people or companies wrote them**: the new-mover data pitch (0047, "reply 'remove'"),
  the newcomers' Google Group post asking how to stop the catalog (0051; our address is subscribed, so `To:` is the
  list), the internal meeting invitation (0062), the mail house's NCOA report about do-not-share flags (0094), the
  challenge-response (0083). All automated.
- **Auto-replies without headers**: 0032 ("no longer using this address, we moved") arrives minutes after the
  promotion with no Auto-Submitted; 0097 is a leasing office's CRM autoresponder answering our acknowledgement (a
  loop trap without Auto-Submitted). *Headerless auto-replies.* 0054 is a loop trap with Auto-Submitted.
"""


def render(rows):
    n = len(rows)
    auto = [r for r in rows if r["automated"]]
    people = [r for r in rows if not r["automated"]]
    lab = Counter(l for r in rows for l in r["labels"])
    combos = Counter(("+".join(r["labels"]) or ("(automated)" if r["automated"] else ("(unclear)" if r["unclear"] else "(no action)")))
                     + (" [unclear]" if r["unclear"] and r["labels"] else "") for r in rows)
    mbox = Counter(r["mbox"] for r in rows)
    mbox_auto = Counter(r["mbox"] for r in auto)
    lang = Counter(r["lang"] for r in rows)
    lang_people = Counter(r["lang"] for r in people)
    ents = Counter(k for r in rows for k in r["ent"])
    cats = Counter(r["cat"] for r in rows)
    unclear = sum(r["unclear"] for r in rows)
    ack_null_people = sum(1 for r in people if r["ack_to"] is None)
    out = [HEAD, "## Counts\n\n", "| what | count |\n|---|---|\n",
           f"| messages | {n} |\n",
           f"| people (automated = false) | {len(people)} |\n",
           f"| machines (automated = true) | {len(auto)} ({100 * len(auto) / n:.0f} %) |\n"]
    for m in ("customercare", "powerhousecatalog"):
        out.append(f"| mailbox `{m}` | {mbox[m]} (automated {mbox_auto[m]}) |\n")
    for l in LABELS:
        out.append(f"| label `{l}` | {lab[l]} |\n")
    out.append(f"| unclear | {unclear} ({100 * unclear / len(people):.0f} % of people) |\n")
    out.append(f"| human, `ack_to` null | {ack_null_people} |\n")
    for k in sorted(lang):
        out.append(f"| language `{k}` | {lang[k]} (people {lang_people[k]}) |\n")
    out.append(f"| messages with any entity | {sum(1 for r in rows if r['ent'])} |\n")
    for k in ("name", "postal_code", "account"):
        out.append(f"| entity `{k}` | {ents[k]} |\n")
    out.append("\nLabel combinations:\n\n| labels | messages |\n|---|---|\n")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {v} |\n")
    out.append("\nBy the category each message was written for (`index.tsv`):\n\n| category | messages |\n|---|---|\n")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {v} |\n")
    out.append("\n`index.tsv` columns: file, spec (a short name for the message), category, answers (which of our "
               "mails it replies to, forwards, bounces or auto-answers; `-` for none), language, program (mail "
               "program or system), date (ISO 8601, sender's clock).\n")
    out.append(BODY)
    return "".join(out)
