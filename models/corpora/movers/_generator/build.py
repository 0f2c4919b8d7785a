#!/usr/bin/env python3
"""Rebuild the `movers` set: 0001.eml ... 0120.eml, manifest.jsonl, index.tsv, README.md.

Standard library only; deterministic (every random choice is seeded from the spec id)."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import clients  # noqa: E402
import machines  # noqa: E402
import mime  # noqa: E402
import people  # noqa: E402

PROGRAM_NAMES = {
    "gmail": "Gmail web", "gmail_android": "Gmail for Android", "gmail_es": "Gmail web (Spanish UI)",
    "gmail_unsub": "Gmail unsubscribe button", "iphone": "iPhone Mail", "iphone_es": "iPhone Mail (Spanish)",
    "ipad": "iPad Mail", "apple_mail": "Apple Mail (macOS)", "outlook_desktop": "Outlook for Windows (Microsoft 365)",
    "outlook_desktop_es": "Outlook for Windows (Spanish)", "outlook_com": "Outlook.com",
    "outlook_com_es": "Outlook.com (Spanish)", "outlook_ios": "Outlook for iOS", "outlook_android": "Outlook for Android",
    "windows_mail": "Windows Mail", "yahoo": "Yahoo Mail web", "yahoo_android": "Yahoo Mail for Android",
    "yahoo_es": "Yahoo Mail (Spanish)", "aol": "AOL Mail web", "thunderbird": "Thunderbird 128",
    "samsung": "Samsung Email", "proton": "Proton Mail", "fastmail": "Fastmail", "zimbra": "Zimbra webmail",
    "roundcube": "Roundcube webmail", "spark": "Spark", "web_form": "web form relay",
    "tidyinbox": "Tidy Inbox unsubscriber",
}


def main():
    items = []
    for s in people.PEOPLE:
        raw, answers, subject = clients.render_person(s)
        when = mime.parse_local(s["when"], s.get("tz"))
        ack = s["ack"] if "ack" in s else s["frm"][1]
        items.append(dict(
            when=when, raw=raw, sid=s["sid"], cat=s["cat"], mbox=s["mbox"], lang=s.get("lang", "en"),
            program=PROGRAM_NAMES[s["client"]], answers=s.get("answers", answers),
            manifest=dict(mailbox=s["mbox"], automated=False, labels=list(s["labels"]), unclear=s["unclear"],
                          entities=dict(s["ent"]), note=s["note"], ack_to=ack)))
    for m in machines.MACHINES:
        raw = m["build"](m)
        when = mime.parse_local(m["when"], m.get("tz"))
        items.append(dict(
            when=when, raw=raw, sid=m["sid"], cat=m["cat"], mbox=m["mbox"], lang=m["lang"], program=m["program"],
            answers=m["answers"],
            manifest=dict(mailbox=m["mbox"], automated=True, labels=[], unclear=False, entities={}, note=m["note"],
                          ack_to=None)))
    items.sort(key=lambda it: (it["when"].timestamp(), it["sid"]))
    assert len(items) == 120, len(items)
    assert len({it["sid"] for it in items}) == 120

    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man_lines, idx_lines = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for i, it in enumerate(items, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(it["raw"])
        m = it["manifest"]
        rec = collections.OrderedDict([("file", fn), ("mailbox", m["mailbox"]), ("automated", m["automated"]),
                                       ("labels", m["labels"]), ("unclear", m["unclear"]),
                                       ("entities", m["entities"]), ("note", m["note"]), ("ack_to", m["ack_to"])])
        man_lines.append(json.dumps(rec, ensure_ascii=False))
        idx_lines.append("\t".join([fn, it["sid"], it["cat"], it["answers"], it["lang"], it["program"],
                                    it["when"].isoformat()]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man_lines) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx_lines) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(items))
    print("wrote %d messages to %s" % (len(items), OUT))


def readme(items):
    c = collections.Counter
    ppl = [it for it in items if not it["manifest"]["automated"]]
    mach = [it for it in items if it["manifest"]["automated"]]
    box = c(it["mbox"] for it in items)
    box_p = c(it["mbox"] for it in ppl)
    lab = c(l for it in ppl for l in it["manifest"]["labels"])
    combos = c(" + ".join(it["manifest"]["labels"]) or "(none)" for it in ppl)
    unclear = [it for it in ppl if it["manifest"]["unclear"]]
    lang = c(it["lang"] for it in items)
    lang_p = c(it["lang"] for it in ppl)
    ent = c(k for it in ppl for k in it["manifest"]["entities"])
    no_ent = sum(1 for it in ppl if not it["manifest"]["entities"])
    ack_null_people = sum(1 for it in ppl if it["manifest"]["ack_to"] is None)
    progs = c(it["program"] for it in ppl)
    mprogs = c(it["program"] for it in mach)
    first, last = items[0]["when"], items[-1]["when"]

    def tab(counter):
        return ", ".join("%s %d" % (k, v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    return """# `movers`: a March-April 2027 of both mailboxes around people who move

**Brief in one sentence:** a realistic spring (%s to %s) of `customercare@` and `powerhousecatalog@` mail about
moving: new owners and tenants getting the previous resident's catalogs, movers who want mail stopped or sent to a
new address, students and parents, landlords, partners moving in together, assisted living, estates, military
moves, plus the season's machine mail (bounces from dead addresses, out-of-office replies, address-change
confirmations from other companies, moving-company pitches, real-estate newsletters, "verify your new address"
phishing).

Rebuild with `python3 _generator/build.py`; check with `python3 _generator/verify.py`.

## Counts

| | total | customercare | powerhousecatalog |
|---|---|---|---|
| all messages | %d | %d | %d |
| people (automated = false) | %d | %d | %d |
| machines / not a request (automated = true) | %d | %d | %d |

- People's labels: %s.
- Label combinations (people): %s.
- Unclear: %d of %d people (%.0f %%): %s.
- Languages: %s (people: %s). Spanish = %.0f %% of the set.
- Entities written by people: %s; %d people messages carry none.
- ack_to null for %d people messages (thank-yous, replies to our acknowledgement that ask nothing, an
  emoji reply to an acknowledgement, a software unsubscribe carrying Auto-Submitted); every machine message is null.
- People's mail programs: %s.
- Machine mail: %s.

## What is in it

People (%d): new homeowners and tenants (their own "Current Resident" catalogs, the previous resident's mail),
people who moved and want the catalog stopped, kept at a new address, or mail forwarded; change-of-address and
final-bill questions; college students (account holders) and parents; landlords who hold an account themselves vs.
landlords writing about tenants; moving in with a partner or fiancé; moving into assisted living or memory care
(the person herself vs. a son or daughter); an estate clear-out; PCS and OCONUS military moves; a realtor and a
property manager with service questions; "how long does an opt-out take"; opting back in; fewer catalogs; text
messages only; a copy-of-data request and a delete-everything request; replies to our promotions, catalog e-mails,
bill/outage/final-bill notices and acknowledgements; a forward of our newsletter; two web-form relays; a shared
family address that asks to be answered elsewhere; a Gmail unsubscribe button, an iOS Mail unsubscribe and an
inbox-cleaning service; a moving-concierge service that sends a customer's change of address.

Machines (%d): Postfix/Exim/qmail/Sendmail/Exchange Online DSNs for addresses that no longer exist (old ISP
mailboxes, a graduate's disabled student account, an employee who left, a full mailbox, a Spanish NDR, a delay
warning); out-of-office and vacation replies (moving offices, moving house, a deployed soldier, a Spanish one, a
headerless "no longer monitored" reply, a senior-living inquiry auto-responder); a challenge-response request and a
read receipt; vendor system mail (a mail house's NCOA report, a list broker's do-not-share suppression report);
moving-company and moving-supply pitches (one Spanish), SEO outreach; real-estate newsletters (one Spanish), a
listing alert, an apartment community newsletter, a neighbourhood Google Group post; address-change confirmations
from a credit union, a magazine and a phone carrier (Spanish) and a paid change-of-address site, all sent to our
addresses by mistake; phishing ("verify your new address" as USPS, as us, in Spanish, and an e-signature lure).

Our own mail that people answer (quoted the way each program quotes): the promotions "Moving this spring?" (Mar 2),
"¿Se muda?" (Mar 9), the thermostat rebate (Mar 16) and April Energy News (Apr 6) from customercare@ with
`List-Unsubscribe`; catalog e-mails (Mar 4, Mar 25, Apr 15) from powerhousecatalog@; bill, final-bill and outage
notices from alerts@notify.alliantenergy.com; acknowledgements (`<ack.…@alliant-energy.com>`, Auto-Submitted).

## Judgement calls (LABELS.md lines cited)

1. **Previous residents' mail** ("stop sending catalogs for the people who lived here before", a new tenant about
   the former tenant, a landlord about former tenants): marketing_opt_out + unclear, entities for the person the
   request is for. *"On behalf of someone else (a spouse, a deceased parent, a tenant): unclear unless the writer
   clearly has the standing … Entities then name the person the request is for."* When the catalog is addressed to
   "Current Resident" at the writer's own home, or to the writer at an old address, the request is the writer's
   own and clear.
2. **Household vs. third party.** Parents who are the account holders stopping promotional mail to their house,
   including pieces in their student daughter's name: clear (*"the account holder writing about the household is
   fine"*). A parent writing about an adult son's own school e-mail address, a daughter "helping manage" her
   mother's affairs, a son for his father in a nursing home, a son clearing out his late father's house, and a wife
   relaying her husband's (the account holder's) wish: unclear. A landlord whose own name is on the vacant unit's
   account: clear.
3. **Change of address is a question, not an opt-out**, even when it means "stop mailing the old house"
   (*"question: … a change of address"*). "Keep sending it, at the new address, and don't share" = share opt-out +
   question. "Stop at the old address and don't send it to the new one either" = marketing opt-out.
4. **Channel limits** (*"Stop the e-mails, keep the paper catalog" is marketing_opt_out*; *"Share whatever, just
   stop the catalog" is marketing_opt_out only*) and the project conventions: text messages only = question;
   "send fewer catalogs" = question.
5. **Short replies**: "unsubscribe", "STOP", "BAJA", "Take me off. Moved." under our promotions or catalog e-mails
   = marketing opt-out; "STOP" under a final-bill notice = unclear with no label (*"The same word under a service
   message … is not a marketing opt-out: unclear"*). A reply to an outage alert that names its object ("stop sending
   me outage alerts for that address") is clear: a question about service notifications, not marketing.
6. **No object / earlier mail / contradictions**: "Please stop. We moved.", "Opt me out" (to the catalog mailbox),
   "do the same for my new address", "como les pedí antes", "See below." are unclear with labels [] because what is
   wanted cannot be named (*"No object, no context"*, *"Reference to earlier mail"*, *"Whose words count"*). The
   self-contradicting catalog message keeps both readings (marketing_opt_out + question) and is unclear.
7. **Data**: a copy of my data = question; delete everything = question + unclear (*"Data requests"*).
8. **Replies to our acknowledgement**: a thank-you is a person with no labels, not unclear, ack_to null (project
   convention); a new question or a change of address in such a reply is a question with ack_to = sender; a 👍
   alone is unclear (*"an emoji"*) and gets ack_to null (*"any reply to our own acknowledgement that asks for
   nothing"*).
9. **Software acting for a person**: the Gmail and iOS unsubscribe messages are marketing opt-outs with ack_to =
   sender; the inbox-cleaning service carries Auto-Submitted, so ack_to null (*"Software that unsubscribes for a
   person"*). By the same reasoning a moving-concierge service that relays one named customer's change of address
   (no Auto-Submitted, Reply-To = the customer) is automated = false, question, ack_to = the customer. This
   extension is my call; the rulebook only names unsubscribing software.
10. **Acknowledgement address**: web forms and the concierge relay use Reply-To; the shared family address uses
    the address the account holder asks to be answered at (*"or when the sender asks to be answered there"*).
11. **Not requests although they use the words**: the mail house's NCOA/suppression report, the list broker's
    "do-not-share suppression" report, the neighbourhood list post telling neighbours to write to us to opt out,
    the realtor newsletter's "opt out of junk mail" tip, calendar invitations, the challenge-response and the read
    receipt are automated with no labels (*"Not a request at all, though a person or company wrote it"*). The
    headerless "this address is no longer monitored" reply is automated (*"Headerless auto-replies"*).
12. **Entities**: as written, titles dropped ("Mrs.", "Dr.", "SSG", "Lic."; "REALTOR®" is not part of a name); a
    first name alone counts ("Ben", "Rick", "Lupita"); a ZIP outside the service area (Mesa AZ, Sarasota FL) is
    still recorded as written; nothing is taken from our quoted text, forwarded text, attachments or disclaimers.
""" % (first.date().isoformat(), last.date().isoformat(),
       len(items), box["customercare"], box["powerhousecatalog"],
       len(ppl), box_p["customercare"], box_p["powerhousecatalog"],
       len(mach), box["customercare"] - box_p["customercare"], box["powerhousecatalog"] - box_p["powerhousecatalog"],
       tab(lab), tab(combos), len(unclear), len(ppl), 100.0 * len(unclear) / len(ppl),
       ", ".join(sorted(it["sid"] for it in unclear)),
       tab(lang), tab(lang_p), 100.0 * lang["es"] / len(items),
       tab(ent), no_ent, ack_null_people, tab(progs), tab(mprogs), len(ppl), len(mach))


if __name__ == "__main__":
    main()
