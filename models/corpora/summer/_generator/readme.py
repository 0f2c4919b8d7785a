"""README.md of the 'summer' set: prose written by hand, tables counted from the manifest and index."""

from __future__ import annotations

import collections

from ours import OURS


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render(manifest, index):
    idx = {r.split("\t")[0]: r.split("\t") for r in index}
    by_spec = {idx[m["file"]][1]: m["file"] for m in manifest}

    def f(*specs):
        return ", ".join(by_spec[s] for s in specs)

    n = len(manifest)
    auto = sum(m["automated"] for m in manifest)
    human = n - auto
    combos = collections.Counter()
    for m in manifest:
        if m["automated"]:
            combos["(automated: machine or not a request)"] += 1
        elif m["unclear"]:
            combos["unclear" + (" + " + " + ".join(m["labels"]) if m["labels"] else "")] += 1
        elif not m["labels"]:
            combos["(human, nothing to do)"] += 1
        else:
            combos[" + ".join(m["labels"])] += 1
    boxes = collections.Counter((m["mailbox"], m["automated"]) for m in manifest)
    langs = collections.Counter((idx[m["file"]][4], m["automated"]) for m in manifest)
    cats = collections.Counter(idx[m["file"]][2].split(" (")[0] for m in manifest)
    progs = collections.Counter(idx[m["file"]][5] for m in manifest if not m["automated"])
    months = collections.Counter(idx[m["file"]][6][:7] for m in manifest)
    ents = collections.Counter(k for m in manifest for k in m["entities"])
    labels = collections.Counter(l for m in manifest for l in m["labels"])

    used = {idx[m["file"]][3].split(":", 1)[-1] for m in manifest}
    ours_rows = []
    for k, o in OURS.items():
        if o["kind"] == "ack" or k not in used:
            continue
        ours_rows.append((o["date"].strftime("%Y-%m-%d"), o["kind"], f"`{o['frm']}`", o["subject"].replace("|", "/"),
                          f"`{o['token']}`" if o["token"] else "-", o["lang"]))
    acks = [f"`{k}` ({o['date'].strftime('%Y-%m-%d')}{', Spanish' if o['lang'] == 'es' else ''})"
            for k, o in OURS.items() if o["kind"] == "ack" and k in used]

    return f"""# summer: June-August 2026 of both privacy mailboxes

**Brief.** A realistic summer of `customercare@` and `powerhousecatalog@` in the proportions a privacy team really
sees (about two thirds people, one third machines and mail that is not a request): a heat wave with outages and
Peak Time Savings events, air-conditioner and smart-thermostat rebate promotions in English and Spanish, the
PowerHouse Summer Sale and back-to-school catalog, high July bills, people moving, vacation auto-replies, summer
phishing, contractors, solar sellers, a county fair, list brokers, bounces to our campaigns and software that
unsubscribes for people. {n} messages, written from the brief alone.

Labels follow the rulebook `../shared/LABELS.md` (beside the repository) and the manifest schema of `../shared/corpus` (`file, mailbox,
automated, labels, unclear, entities, note, ack_to`). The entity keys are `name`, `postal_code` and `account`
(the keys of LABELS.md and of `intake/decide/evaluate.py`).

## Counts

{n} messages: **{human} from people** ({human * 100 // n}%), **{auto} automated** (machines and mail that is not a request).

{table(["mailbox", "messages", "people", "automated"],
       [(f"`{b}`", boxes[(b, False)] + boxes[(b, True)], boxes[(b, False)], boxes[(b, True)])
        for b in ("customercare", "powerhousecatalog")])}

{table(["language", "messages", "people", "automated"],
       [(l, langs[(l, False)] + langs[(l, True)], langs[(l, False)], langs[(l, True)]) for l in ("en", "es")])}

{table(["month (arrival)", "messages"], sorted(months.items()))}

Label combinations (each message once):

{table(["labels", "messages"], combos.most_common())}

| label | messages carrying it |
|---|---|
| `marketing_opt_out` | {labels['marketing_opt_out']} |
| `catalog_share_opt_out` | {labels['catalog_share_opt_out']} |
| `question` | {labels['question']} |
| `unclear: true` | {sum(m['unclear'] for m in manifest)} |
| `ack_to` set | {sum(m['ack_to'] is not None for m in manifest)} |
| `ack_to` from a Reply-To that differs from From | {sum(1 for m in manifest if m['ack_to'] and idx[m['file']][1] in ('P31', 'P64'))} ({f('P31', 'P64')}) |
| entities: `name` / `postal_code` / `account` | {ents['name']} / {ents['postal_code']} / {ents['account']} |

By category (`index.tsv` column 3, first words):

{table(["category", "messages"], sorted(cats.items(), key=lambda x: (-x[1], x[0])))}

People's mail programs:

{table(["program", "messages"], sorted(progs.items(), key=lambda x: (-x[1], x[0])))}

## Our own summer mail (what people answer, forward, bounce or auto-answer)

{table(["sent", "kind", "from", "subject", "token", "lang"], ours_rows)}

Promotions and catalog e-mails carry `List-Unsubscribe: <mailto:...?subject=unsubscribe%20TOKEN>` pointing at the
mailbox they came from. Outage alerts and the Peak Time Savings event notice come from `alerts@alliantenergy.com`
with `Reply-To: customercare@alliant-energy.com`, so replies to them land in the mailbox. The bill notice comes from
`noreply@alliantenergy.com` and says it is a service message. Our acknowledgements (`Message-ID: <ack.REF@...>`,
subject "We received your request [REF]") that turn up: {", ".join(acks)}.

`index.tsv` column 4 says what of ours a message answers (`promo:`, `catalog:`, `service:`, `ack:` plus the key
above); column 2 is the spec id in `_generator/` (P = person, M = machine or not a request).

## What is in it

* **People, opt-outs of every size**: one word under a promotion ({f('P02')}), Spanish one-liners ({f('P07', 'P25', 'P38')}),
  all caps ({f('P11')}), a long letter from an 84-year-old customer ({f('P06')}), a formal do-not-rent letter
  ({f('P31')}), a business owner ({f('P15')}), a farm household ({f('P20')}), a landlord with six units ({f('P24')}),
  renters ({f('P21')}), a bottom-posted reply ({f('P23')}), a forward of our newsletter ({f('P19')}), the request
  only in the subject ({f('P17')}), the wrong mailbox ({f('P35', 'P37')}).
* **Software that unsubscribes for a person**: Gmail's button ({f('P03')}), Outlook.com's link with an empty body
  ({f('P05')}), an inbox-cleaning service with `Auto-Submitted: auto-generated` ({f('P04')}).
* **Questions**: high July bills ({f('P50', 'P62')}), moving students, renters and home sellers ({f('P51', 'P57', 'P63', 'P66')}),
  rebates ({f('P52', 'P53', 'P64')}), Peak Time Savings ({f('P60')}), an outage with a mother on oxygen ({f('P61')}),
  privacy and sharing ({f('P54', 'P59', 'P65')}), how opt-outs work ({f('P55', 'P56')}), opting back in ({f('P58')}).
* **Opt-out plus question** ({f('P70', 'P71', 'P72', 'P73', 'P74', 'P75', 'P76')}).
* **Unclear as it really comes**: for someone else ({f('P80', 'P87', 'P91')}), STOP under an outage alert
  ({f('P81')}), under a Peak Time Savings event notice ({f('P82')}), over a forwarded bill notice ({f('P93')}), under
  our acknowledgement ({f('P92')}), no object ({f('P83', 'P90')}), delete everything ({f('P84')}), a retraction
  ({f('P85')}), asking again ({f('P86')}), mixed wishes ({f('P88')}), an empty reply ({f('P89')}).
* **Machines**: bounces of our campaigns from Postfix, Exchange, Gmail, Yahoo (no MIME) and Exim, our own delay
  warning, a bounce of our acknowledgement ({f('M01', 'M02', 'M03', 'M04', 'M07', 'M05', 'M06')}); vacation replies
  with Auto-Submitted ({f('M08', 'M09', 'M11')}) and without ({f('M10', 'M12', 'M14')}), a help-desk ticket
  autoresponder ({f('M15')}), a teacher's summer auto-reply to our acknowledgement (loop trap, {f('M13')}), a read
  receipt ({f('M26')}), a challenge-response filter ({f('M38')}).
* **Not a request, though someone wrote it**: phishing ("disconnected in 24 hours", a fake refund, Spanish, a fake
  rebate form with an .htm attachment, a gift-card survey: {f('M16', 'M17', 'M18', 'M20', 'M19')}), SEO spam
  ({f('M21')}), a solar seller ({f('M29')}), an HVAC company's pitch ({f('M30')}), list brokers and a catalog co-op
  ({f('M31', 'M32')}), the county fair's sponsorship ask and its e-signature request ({f('M33', 'M28')}), vendor and
  system mail full of opt-out words ({f('M22', 'M23', 'M24', 'M25', 'M27')}), a mailing-list post, newsletters
  ({f('M34', 'M35', 'M36')}), a calendar invitation ({f('M37')}).

Formats: quoted-printable, base64 and 7bit/8bit parts; UTF-8, ISO-8859-1 and windows-1252; RFC 2047 Q and B
headers; format=flowed (Thunderbird, Roundcube); Outlook, Gmail, Apple, Yahoo, Samsung, Thunderbird quote styles
(with and without `>`); multipart/report DSNs and an MDN; text/calendar; Received chains ending at
`mx1/mx2.alliant-energy.com` -> `mbx01`, Delivered-To the mailbox. The mailing-list post ({f('M34')}) has the
group in `To:`; its `Delivered-To` is our mailbox.

## Judgement calls (and the LABELS.md passage behind each)

1. **A long letter that vents but asks nothing** ({f('P06')}) is `marketing_opt_out` only; she writes "I don't need a
   letter back". *question: anything that needs a human answer.* Keeping the paper bill is a service channel, not a
   marketing wish.
2. **Stop the e-mails, keep the paper catalog** ({f('P26')}) is `marketing_opt_out`. *Channel limits are kept ...
   the acknowledgement/record says which channel.*
3. **"UNSUBSCRIBE" as the only words** ({f('P17')}, the sender's own subject at the catalog mailbox) is a marketing
   opt-out: the word names its object (*"unsubscribe" ... STOP* are the rulebook's examples). **"Please opt me out."**
   and **"Por favor quítenme"** ({f('P83', 'P90')}) name nothing: unclear. *No object, no context.*
4. **Questions about opting out** are questions only: what an opt-out would stop ({f('P55')}), how long one takes
   after a May request ({f('P56')}), whether a name stays on lists after moving ({f('P51')}). *A question about how to
   opt out ... is a question only.*
5. **Whether and with whom data was shared** ({f('P54', 'P65')}) is a question, not a sharing opt-out; when the sender
   also says "don't share" ({f('P71', 'P73')}) both labels.
6. **Short replies take their meaning from what they answer**: STOP under the outage alert ({f('P81')}), "Please stop
   these" under the Peak Time Savings *event* notice ({f('P82')}, a program notice to an enrolled customer, treated as
   service mail), "stop sending me this" over a forwarded bill notice ({f('P93')}), STOP under our acknowledgement
   ({f('P92')}): all unclear. The same words under the enrolment *promotion* or the rebate promotions are opt-outs
   ({f('P02', 'P08', 'P12', 'P76')}).
7. **"Please stop these. I have told you twice now."** over a forwarded newsletter ({f('P19')}) is a marketing opt-out,
   not "asking again": the object is the forwarded promotion. "I asked you to do this back in June" with no object
   ({f('P86')}) is unclear. *Reference to earlier mail without saying what: unclear.*
8. **For someone else**: a daughter for her late father ({f('P80')}), a landlord for a former owner ({f('P87')}), a
   husband for his wife ({f('P91')}): unclear, entities name the person the request is for. *On behalf of someone
   else ... unclear unless the writer clearly has the standing.* The daughter's "what do I need to do to close his
   account?" is a clear question, so that row is unclear + `question`. The account holder for his household
   ({f('P20')}) and a business owner for her own account ({f('P15')}) have standing.
9. **Delete everything** ({f('P84')}): unclear + `question`. *A request to delete everything is unclear plus question.*
10. **Mixed wishes** ({f('P88')}, stop the sale e-mails / send the coupons): unclear with no labels; its question is
    part of the contradiction, not a separate matter. *Mixed or self-contradicting wishes are unclear.*
11. **Thank-yous to our acknowledgement** ({f('P95', 'P96')}): no labels, not unclear, `ack_to` null. *... any reply to
    our own acknowledgement that asks for nothing.*
12. **Software unsubscribes**: Gmail's button and Outlook.com's link carry no Auto-Submitted, so they are acknowledged;
    the inbox-cleaning service sends `Auto-Submitted: auto-generated`, so `ack_to` is null ({f('P03', 'P05', 'P04')}).
    *Software that unsubscribes for a person ... automated = false, marketing_opt_out.*
13. **A contractor** asking whether mini-splits qualify for the rebate ({f('P64')}) is a person's question; another
    HVAC company asking to be listed and offering discounts ({f('M30')}) is cold sales. The county fair's sponsorship
    ask ({f('M33')}) is a solicitation, treated like cold outreach: automated. *Not a request at all, though a person
    or company wrote it ... cold sales.*
14. **Vendor mail full of opt-out words** (the mail house's do-not-share counts, {f('M22')}; the catalog co-op's
    "do-not-share flags are honored", {f('M32')}) is automated. *... even when the text uses words like "opt-out",
    "suppression" or "do not share".*
15. **Headerless auto-replies** ({f('M10', 'M12', 'M14')}) and a help-desk autoresponder with only `X-Autoreply`
    ({f('M15')}) are automated. *Headerless auto-replies ... automated = true.*
16. **Acknowledgement address**: a lawyer asks to be answered at his personal address, given as Reply-To
    ({f('P31')}); a contractor writes from the office role address with his own Reply-To ({f('P64')}). *Reply-To when
    From is a ... role address ... or when the sender asks to be answered there.* A shared family address without
    Reply-To ({f('P57')}) is answered at From.
17. **Entities**: first names alone are kept (*a first name alone counts*: {f('P07', 'P13', 'P19', 'P22', 'P26', 'P52', 'P60', 'P70')});
    an initial and surname as written ({f('P23', 'P84')}); titles dropped ({f('P45')}: "Mrs. Evelyn Streit" ->
    `Evelyn Streit`); joint names stay joint ({f('P20', 'P36', 'P57', 'P74')}); a name only in `From:` is not taken.
    Where a mover writes only the new address's ZIP, that ZIP is the postal code ({f('P57', 'P74')}). Account numbers
    keep their spacing and dashes; a catalog customer number counts as `account` ({f('P16', 'P31')}). Our HQ ZIP
    53718 and the catalog's 52406 appear only in quoted footers and are never entities.
18. **Catalog mailbox, service question** ({f('P72')}): stop the catalog and "can you send the bill in Spanish" sent to
    the catalog address: `marketing_opt_out` + `question` (*the mailbox is a hint, not an instruction*).

## Files

| path | what |
|---|---|
| `NNNN.eml` | {n} raw messages (CRLF), numbered in order of arrival at `mbx01` |
| `manifest.jsonl` | labels, one JSON object per file, in file order |
| `index.tsv` | file, spec id, category, what of ours it answers, language, sending program, arrival date |
| `_generator/build.py` | rebuilds every byte: `python3 _generator/build.py` (fixed seeds, stdlib only) |
| `_generator/verify.py` | parses every file, checks manifest/index order and schema, entities verbatim in the decoded text, automated rows, `ack_to` against From/Reply-To, Auto-Submitted mail not acknowledged, unique Message-IDs |
| `_generator/ours.py`, `clients.py`, `people.py`, `machines.py`, `mime.py`, `readme.py` | our summer mail; mail programs and providers; the people; the machines; MIME helpers; this README |
"""
