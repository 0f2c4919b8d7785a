"""Writes README.md for the april set from the built messages (called by build.py)."""
import collections

HEAD = """# April set: two weeks of spring mail (5-18 April 2027), labelled

## Brief

Two realistic weeks of April 2027 in both privacy mailboxes, `customercare@alliant-energy.com` and
`powerhousecatalog@alliant-energy.com`, in the proportions a privacy team really sees. In these two weeks a
"Spring into savings: heat-pump rebates" promotion e-mail goes out (Tue 6 April) and the PowerHouse
"Spring Garden & Patio" catalog e-mail goes out (Thu 8 April), while the printed spring catalog is landing in
homes. People do their spring cleaning of inboxes and paper piles, move house, get tax refunds (the filing
deadline is Thu 15 April). A severe thunderstorm on the evening of Tue 13 April knocks out power across eastern
Iowa and southern Wisconsin; the outage alerts carry `Reply-To: customercare@`, so replies land in the privacy
mailbox. Spring bill notices go out. Around all of this comes the usual machine mail: auto-replies, bounces,
phishing, vendor notices, newsletters, read receipts and software that unsubscribes for people.

Most of the mail is ordinary, written the many ways real people write (short and long, polite and curt, typos,
phones and desktops); a few messages are hard or unclear. About 15 % is Spanish or mixed Spanish/English.

The messages are synthetic. Each file holds the exact bytes an IMAP server would return: CRLF line endings;
`Return-Path`, `Delivered-To`, and the `Received`/`Authentication-Results` chain added by the (fictional)
`mx1/mx2.alliant-energy.com` -> `mbx01` Postfix hosts; the sending provider's own headers (DKIM, Gmail, Yahoo,
Microsoft, iCloud, Comcast internals); then the mail program's own headers and MIME body. All people, addresses,
account and customer numbers, companies and phone numbers (555-01xx) are invented. Files are numbered in arrival
order; categories are mixed together.

> **Safety:** many sender addresses use real mailbox-provider domains (gmail.com, yahoo.com, outlook.com, ...) so
> that the headers look right. If you replay this set through a bot, point its outgoing SMTP at a sink. Never let
> it mail the `ack_to` addresses for real.

The labels follow `LABELS.md` (including its hard-case decisions of 2026-12-03) and the manifest schema of the
shared corpus README (key order `file, mailbox, automated, labels, unclear, entities, note, ack_to`).

### Our own outgoing mail, which shows up inside this set

Many traps only make sense once you know what Alliant itself sent in these two weeks. These messages turn up
quoted, forwarded, bounced or auto-answered:

| what | From | send date | notes |
|---|---|---|---|
| promo "Spring into savings: heat-pump rebates" | `Alliant Energy <customercare@alliant-energy.com>` | Tue 2027-04-06 10:02 CDT | "Hi {first name}," greeting; footer: "Opt out of marketing emails: reply with the word unsubscribe, or visit .../preferences. We will still send bill and service notices.", HQ address ZIP 53718, `Ref: AE-HP-2704-{token}`; `List-Unsubscribe: <mailto:customercare@…?subject=unsubscribe%20AE-HP-2704-{token}>`; bounces return to `customercare@` |
| catalog e-mail "Spring Garden & Patio: solar lights, rain barrels & more" | `PowerHouse Catalog <powerhousecatalog@alliant-energy.com>` | Thu 2027-04-08 09:30 CDT | item numbers GP-1180/2241/3307; footer says the catalog shares names and postal addresses (never e-mail) with other catalog companies and how to refuse, **and** "To unsubscribe from catalog e-mails, reply unsubscribe"; P.O. Box ZIP 52406; `PH-2704-GP-{token}`; `List-Unsubscribe: <mailto:powerhousecatalog@…?subject=unsubscribe%20PH-2704-GP-{token}&body=Please%20remove%20me%20from%20PowerHouse%20Catalog%20e-mails.>` |
| printed "Spring Garden & Patio" catalog | postal | in homes from about 1 April | the customer number on the mailing label is what people quote as their catalog account |
| outage alerts "Outage alert: power is out at {STREET}", "Outage update: estimated restoration …", "Power restored at {STREET}" | `Alliant Energy Outage Alerts <outagealerts@alliantenergy.com>`, **`Reply-To: Alliant Energy Customer Care <customercare@alliant-energy.com>`** | Tue 13 April 20:50 CDT onward, through Wed 14 April | a service message; outage numbers `OT-2704-188xx`; footer "This is a service message. Replies go to Alliant Energy Customer Care." |
| bill notice "Your Alliant Energy bill is ready" | `Alliant Energy <noreply@alliantenergy.com>` | by billing cycle (5, 7, 9 April …) | a service message; "We send it even if you have opted out of marketing … For questions write to customercare@alliant-energy.com." People forward it or reply to it there |
| **bot acknowledgement** "We received your request [CC-2027-04-NNNNN]" | `Alliant Energy Customer Care <customercare@alliant-energy.com>` | within a minute of a request | `Message-ID: <ack.CC-2027-04-NNNNN@alliant-energy.com>`, `Auto-Submitted: auto-replied`; its text mentions stopping marketing contact and the catalog's name sharing |
| staff replies "RE: …" | `Alliant Energy Customer Care <customercare@…>` (Outlook, Exchange Online) | as needed | appear only as the subject of read receipts |

Other senders that look like us but are not: the Contact Us form relay `Alliant Energy Website <noreply@alliantenergy.com>`
(a person's message, customer in `Reply-To`), our e-mail vendor SendLoft, the outage-alert vendor StormNotify, the
mail house Lakeshore and the list broker Meridian (vendor system mail), and a phishing message from
`alliantenergy-storm-credit.com`.

## Files

| path | what |
|---|---|
| `NNNN.eml` | {n} raw messages. Open them as **bytes**. |
| `manifest.jsonl` | one JSON object per message, in file order (schema of the shared corpus README) |
| `index.tsv` | file, spec (a short name for the scenario), category the message was written for, language, mail program, arrival time |
| `_generator/build.py` | rebuilds every byte of this folder (fixed seed, stdlib only): `python3 _generator/build.py`; the messages are written out in it one by one |
| `_generator/ours.py` | the text and headers of our own outgoing mail (promo, catalog e-mail, outage alerts, bill notice, acknowledgement) |
| `_generator/clients.py` | sending providers (Received/DKIM/internal headers) and mail programs (headers, MIME, quoting styles) |
| `_generator/mailkit.py`, `_generator/readme.py` | encoding helpers; this README |
| `_generator/verify.py` | checks the set: `python3 _generator/verify.py` |

## Labelling decisions worth knowing

* **Short replies take their meaning from what they answer.** STOP / "unsubscribe" / "Baja por favor" under the
  heat-pump promo or the catalog e-mail are marketing opt-outs. STOP under an outage alert, over a forwarded bill
  notice, or under our acknowledgement is unclear. "Stop sending me these alerts" under an outage alert is a
  question (an alert setting for staff), not a marketing opt-out.
* **Software unsubscribes** (Gmail/Apple/Outlook.com/Yahoo Unsubscribe buttons, inbox-cleaning services) are
  human, `marketing_opt_out`; `ack_to` is null when the message carries `Auto-Submitted`, the Reply-To when a relay
  names the user there, otherwise the From.
* **Machine mail** (auto-replies with or without headers, bounces and delay warnings, read receipts, vendor
  reports, a calendar invitation, a mailing-list post, newsletters, cold sales, challenge-response, phishing):
  `automated: true`, no labels, no entities, `ack_to: null`, whatever opt-out words it contains. Auto-replies to our
  acknowledgement are marked LOOP TRAP in `note`.
* **A person's reply to our acknowledgement** counts by its new text: a thank-you gets no labels and `ack_to: null`;
  "also don't share my name" is a sharing opt-out; "STOP" is unclear.
* **Unclear** rows have `labels: []`, except a request to delete all data, which LABELS.md makes "unclear plus
  question" (`labels: ["question"]`, `unclear: true`). Unclear rows keep the `ack_to` they would get after review.
* **Entities** follow LABELS.md: only the sender's new text and signature; a first name alone counts ("Tom",
  "Beth"); names are kept as written (all caps, initial plus surname); for a request on behalf of someone the
  entities name that person. Contact-form fields the customer typed count. Order numbers, item numbers, phone
  numbers, campaign tokens and our own ZIPs (53718, 52406) never do.
* **`ack_to`** is the From by default; the Reply-To when From is our form relay, a relay service, or a shared family
  account writing for one person; an address named in the body when the sender asks to be answered there.

## Counts
"""


def table(rows, head):
    out = ["| %s |" % " | ".join(head), "|%s" % ("---|" * len(head))]
    for r in rows:
        out.append("| %s |" % " | ".join(str(x) for x in r))
    return "\n".join(out)


def make(msgs):
    n = len(msgs)
    s = HEAD.replace("{n}", str(n))
    lab = collections.Counter()
    for m in msgs:
        for l in m["labels"]:
            lab[l] += 1
    s += "\n" + table([("`marketing_opt_out`", lab["marketing_opt_out"]), ("`catalog_share_opt_out`", lab["catalog_share_opt_out"]),
                       ("`question`", lab["question"]), ("`automated: true`", sum(m["automated"] for m in msgs)),
                       ("`unclear: true`", sum(m["unclear"] for m in msgs)), ("**total messages**", "**%d**" % n)],
                      ["label", "messages carrying it"]) + "\n"

    combo = collections.Counter()
    for m in msgs:
        if m["automated"]:
            k = "(none) - automated"
        elif m["unclear"]:
            k = "(unclear) " + (" + ".join(m["labels"]) if m["labels"] else "no labels")
        elif not m["labels"]:
            k = "(none) - human, nothing to do"
        else:
            k = " + ".join(m["labels"])
        combo[k] += 1
    s += "\nExact label combinations (each message counted once):\n\n"
    s += table(sorted(combo.items(), key=lambda kv: (-kv[1], kv[0])), ["labels", "messages"]) + "\n"

    cat = collections.Counter(m["category"] for m in msgs)
    s += "\nBy how the message came to be (`index.tsv` category):\n\n"
    s += table(sorted(cat.items(), key=lambda kv: (-kv[1], kv[0])), ["category", "messages"]) + "\n"

    s += "\n" + table([("`customercare`", sum(m["mailbox"] == "customercare" for m in msgs),
                        sum(m["mailbox"] == "customercare" and m["automated"] for m in msgs)),
                       ("`powerhousecatalog`", sum(m["mailbox"] == "powerhousecatalog" for m in msgs),
                        sum(m["mailbox"] == "powerhousecatalog" and m["automated"] for m in msgs))],
                      ["mailbox", "messages", "of which automated"]) + "\n"

    lang = collections.Counter(m["lang"] for m in msgs)
    s += "\n" + table([("English", lang["en"]), ("Spanish or mixed Spanish/English", "%d (%.0f %%)" % (lang["es"], 100.0 * lang["es"] / n))],
                      ["language", "messages"]) + "\n"

    ent = collections.Counter()
    for m in msgs:
        for k in m["entities"]:
            ent[k] += 1
    acks = [m["ack_to"] for m in msgs if m["ack_to"]]
    s += "\n" + table([("messages with any entity", sum(1 for m in msgs if m["entities"])),
                       ("entity `name`", ent["name"]), ("entity `postal_code`", ent["postal_code"]),
                       ("entity `account`", ent["account"]), ("`ack_to` set", len(acks)),
                       ("`ack_to` null", n - len(acks))], ["other", "count"]) + "\n"

    days = collections.Counter(m["arrival"].strftime("%a %d %b") for m in msgs)
    order = sorted(days, key=lambda d: int(d.split()[1]))
    s += "\nArrivals by day:\n\n" + table([(d, days[d]) for d in order], ["day", "messages"]) + "\n"

    prog = collections.Counter(m["program"] for m in msgs)
    s += "\nMail programs and sending systems:\n\n" + table(sorted(prog.items(), key=lambda kv: (-kv[1], kv[0])),
                                                            ["program", "messages"]) + "\n"
    return s
