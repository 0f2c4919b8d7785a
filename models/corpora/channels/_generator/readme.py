"""README.md of the set, with counts computed from what build.py wrote."""
from collections import Counter


def render(items):
    people = [i for i in items if not i["automated"]]
    machines = [i for i in items if i["automated"]]
    mb = Counter(i["mailbox"] for i in items)
    mb_people = Counter(i["mailbox"] for i in people)
    lab = Counter(l for i in items for l in i["labels"])
    combos = Counter("+".join(i["labels"]) or "(none)" for i in people)
    unclear = sum(1 for i in people if i["unclear"])
    langs = Counter(i["lang"] for i in items)
    langs_p = Counter(i["lang"] for i in people)
    ent = Counter(k for i in items for k in i["entities"])
    with_ent = sum(1 for i in items if i["entities"])
    ack_null_people = sum(1 for i in people if i["ack_to"] is None)
    programs = Counter(i["program"] for i in people)
    html_only = sum(1 for i in items if b"Content-Type: text/html" in i["data"].split(b"\r\n\r\n", 1)[0])
    mcats = Counter(i["cat"].split(":")[0].split(" (")[0] for i in machines)

    def rows(counter):
        return "\n".join("| %s | %d |" % (k, v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    return f"""# `channels`: which channel and which kind of mail the sender means

**Brief in one sentence:** customers who limit an opt-out to one channel, address, household member or company (stop
promotional e-mail but keep paper, stop the catalog but keep bill inserts, take my son off, stop the cabin address),
who mistake service mail (paper bills, e-bill notices, outage texts, payment reminders, the energy-usage report, door
hangers, robocalls, texts) for marketing or ask which of their mail is marketing, plain opt-outs of every channel
written many ways, and about 30 % machine mail and mail that is not a request.

Rebuild: `python3 _generator/build.py` (standard library only, seeded per message: every byte is reproduced).
Check: `python3 _generator/verify.py`.

## Counts

| | messages |
|---|---|
| total | {len(items)} |
| people (automated = false) | {len(people)} |
| machines and non-requests (automated = true) | {len(machines)} |
| customercare mailbox | {mb['customercare']} ({mb_people['customercare']} people) |
| powerhousecatalog mailbox | {mb['powerhousecatalog']} ({mb_people['powerhousecatalog']} people) |
| unclear (all people) | {unclear} ({100 * unclear / len(people):.0f} % of people) |
| English / Spanish | {langs['en']} / {langs['es']} ({langs_p['es']} Spanish people, {langs['es'] - langs_p['es']} Spanish machines) |
| messages with at least one entity | {with_ent} (name {ent['name']}, postal_code {ent['postal_code']}, account {ent['account']}) |
| people with ack_to null | {ack_null_people} (three thank-yous, one Auto-Submitted software unsubscribe) |
| HTML-only top-level messages | {html_only} |

Labels over the whole set: marketing_opt_out {lab['marketing_opt_out']}, catalog_share_opt_out {lab['catalog_share_opt_out']},
question {lab['question']}.

Label combinations among people:

| labels | people |
|---|---|
{rows(combos)}

Machine mail by kind:

| kind | messages |
|---|---|
{rows(mcats)}

People's mail programs:

| program | people |
|---|---|
{rows(programs)}

## What is in it

- **Channel limits** (P01-P11, P34, P36, P37, P41, P42, P83, P84): stop promotional e-mail but keep paper mail and the
  reverse, stop the paper catalog but keep catalog e-mail and the reverse, stop the catalog but keep bill inserts, keep
  the catalog but do not share, share whatever but stop the catalog, stop one address of two, stop the catalog but keep
  the newsletter, stop Alliant's promotional e-mail but keep the PowerHouse catalog, stop promotions to a shared family
  address but not to the account holder's own.
- **Service mail taken for marketing** (P12-P24, P26-P28, P74): paper bill, bill-ready e-mail, outage texts, payment
  reminders, the Home Energy Report, the newsletter (printed and e-mailed), door hangers, advertising inserts in the
  bill envelope, robocalls, promotional texts, phone plus e-mail, "stop all the junk including the paper bill",
  "everything except the bill".
- **Which mail is marketing?** (P25, P27, P28, P80-P82): what counts as marketing, what an opt-out would stop, how to
  stop only one channel, a copy of my data and my lists.
- **Households and addresses** (P29-P40): the account holder removes a son or daughter, a wife removes herself, a widow
  who now holds the account removes her late husband, a daughter writes for her mother or late father (no standing),
  a current occupant for a former resident, a cabin address, a rental property, "the same for my other address",
  a change of address and a snowbird hold (neither is an opt-out).
- **Catalog specifics** (P43-P45): "did you sell my name? stop giving it out", two copies to Robert and Bob, "send it
  less often".
- **Ordinary opt-outs, many ways** (P46-P58, P75, P79): "Unsubscribe" and "STOP" under promotions, remove me from
  your mailing list, no more catalogs, do not sell my information, both at once, a formal letter with a PDF, all caps,
  Gmail's unsubscribe button, an inbox cleaner with Auto-Submitted, Spanish with and without accents.
- **Unclear** (P31, P32, P38, P59-P73): no object, the bare word under a bill notice / outage alert / our
  acknowledgement, "the paper", empty and emoji replies, "as I asked before", a self-contradicting writer, "the mail
  for Jim", delete everything, standing for someone else.
- **Thank-yous** to our acknowledgements (P76-P78): people, no labels, not unclear, ack_to null.
- **Machines and non-requests** (M01-M36): bounces (Postfix, Exchange Online, Gmail, Yahoo, Exim, Sendmail, Spanish
  Exchange, a Postfix delay warning), auto-replies (Outlook, headerless cPanel, no-longer-monitored, Spanish, Zendesk,
  challenge-response, Yahoo vacation), e-bill system mail (a bank's eBill notice auto-forwarded by a Gmail filter, our
  own bill notice sent to the mailbox, a payment processor's receipt, a Spanish Outlook rule forward), printers' and
  mail houses' notices (drop confirmation, suppression report with CSV, PDF proof, NCOA summary, postage deposit),
  marketing-platform notifications (campaign sent, unsubscribe summary, SMS STOP event, deliverability alert, list
  import, preference-center change), phishing (mailbox quota, fake e-signature, HTML-attachment invoice, Spanish bank,
  fake shipment hold) and a read receipt.

Spec ids (P.. people, M.. machines) are in `index.tsv` next to the file name, with the category, what of ours the
message answers, the language, the sending program and the date. Dates run from 11 January to 19 March 2027
(Central time, CDT from 14 March; one snowbird writes from Arizona).

## Judgement calls (each cites LABELS.md, "Decisions on hard cases" unless said otherwise)

1. **Channel, address, person and company limits are kept, never turned into questions.** "Stop the e-mails, keep the
   paper catalog" is marketing_opt_out ("Channel limits are kept": the record says which channel). The same is done
   for one address of two (P36, P37), one household member (P29, P35), one company of ours (P41, P42) and one family
   address (P84). "Is that possible?" after such a request (P42) is answered by the acknowledgement that records
   the limit, so it is not a separate question.
2. **Service mail is not marketing.** Stopping the paper bill (P12), bill-ready e-mails (P13), payment reminders
   (P15) is a question (service or billing change that needs staff), never marketing_opt_out. When the sender names
   the service mail plainly these are clear questions; only the bare word under a service message is unclear
   ("Short replies take their meaning from what they answer": P60, P61, P72).
3. **The Home Energy Report is service, not promotion** (P16): it is a report on the customer's own usage sent to all
   residential customers, not an offer of "new products, services, programs, special offers" (meaning of
   marketing_opt_out); stopping it is a question.
4. **The newsletter and advertising bill inserts are marketing by postal mail or e-mail** (P17, P18, P20): the
   meaning of marketing_opt_out names newsletters; inserts are promotional paper riding in the bill envelope. A writer
   who keeps the bill itself is making a channel limit.
5. **Phone calls, text messages and door hangers are not opt-out channels.** Texts and calls alone are a question
   (project convention); door hangers (P19) are delivered by hand, neither postal mail nor e-mail, and are treated the
   same way. When e-mail is named too (P23) the e-mail part is marketing_opt_out and the phone part keeps question.
6. **"Everything" lists that reach service mail get both labels** (P24, P26, P74): the marketing part is certain,
   and the service part (paper bill, alerts, reminders) needs staff. This is not "mixed or self-contradicting", so
   not unclear. "The paper" alone (P64) could be the bill or promotions: unclear.
7. **Standing.** The account holder writing about her household is fine (P29, P35; P33 the widow to whom the account
   was transferred). A daughter for a mother or late father (P31, P73) and a current occupant for a former resident
   (P32) are unclear ("On behalf of someone else"); their labels keep the opt-out they ask for and entities name the
   person the request is for. A wife asking for her own address although the account is her husband's (P30) needs
   no standing.
8. **Addresses moved, not stopped.** "Stop sending to the old house, send it to the new one" (P39) and a snowbird hold
   (P40) are changes of address/questions, not opt-outs. Duplicate copies to "Robert" and "Bob" (P44) and "send it
   less often" (P45) are the fewer-catalogs convention: question.
9. **Back on the catalog, no e-mails** (P79): opting back in is a question and the old removal is not a new opt-out
   ("Opting back in"); "No e-mails though" is a new e-mail opt-out, so marketing_opt_out + question.
10. **Replies to our acknowledgements.** "remove" alone (P62) is unclear ("Short replies"); "Please do the same for
    e-mail, I'm still getting the promos" (P75) says what the same is, so it is a clear marketing_opt_out, not the
    "do the same for my other address" case (P38, unclear). Thank-yous (P76-P78) get ack_to null ("Acknowledgement
    address": a reply to our acknowledgement that asks for nothing).
11. **Unclear mail keeps only the labels that are certain.** P63 ("Stop the texts and the emails" under an outage
    alert) keeps question for the texts; P68 ("as I asked before ... still getting them") keeps question for the
    complaint; P71 (delete everything) is unclear + question ("Data requests"); P31, P32, P73 keep the opt-out they
    ask for; the rest have no label.
12. **Software and rules.** Gmail's unsubscribe button (P54) is a person's marketing_opt_out with ack_to = From; the
    inbox cleaner (P55) carries Auto-Submitted, so ack_to is null ("Software that unsubscribes for a person"). An
    Outlook inbox rule forwarding our bill notice with no words (M19, X-MS-Exchange-Inbox-Rules-Loop, seconds after
    ours) and a Gmail forwarding filter passing on a bank's eBill notice (M16, X-Forwarded-To) are machine mail,
    not empty human forwards.
13. **Vendor and platform mail that talks about opt-outs is still not a request** (M20, M21, M26, M27, M29, M30:
    "Not a request at all"). The SMS STOP event and the preference-center change were already applied by those
    systems; no customer wrote the mail.
14. **Entities** are only what the sender wrote in the new text or signature: names as written ("W. Engebretson",
    "ARLENE SCHMITT", first names alone such as "Jenna", "Beverly", "Marv", "Erik"), the person the request is for
    in on-behalf mail, ZIP codes and account numbers exactly as typed; phone numbers are not entities; a name only in
    From is not an entity. Machine mail has no entities.
"""
