#!/usr/bin/env python3
"""Rebuild the smalltown set byte for byte: python3 _generator/build.py"""
import os, sys, json, random, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mailkit
from people import PEOPLE
from machines import MACHINES

OUT = os.path.dirname(HERE)
SEED = 20260518

# Messages whose text ties them to a moment keep that moment: (day of May, hour, minute, second).
FIXED = {
    "firechief-dispatch": (21, 7, 12, 40), "webform-relay": (22, 20, 41, 7), "read-receipt": (19, 6, 48, 31),
    "delay-warning": (20, 14, 21, 52), "bounce-postfix": (19, 15, 13, 1), "thanks-crew": (18, 9, 3, 55),
    "gracias-luz": (19, 12, 30, 2), "coop-grain-bids": (27, 6, 15, 0), "church-bulletin-en": (21, 16, 0, 12),
    "boletin-san-jose": (26, 11, 2, 44), "stop-under-outage": (18, 6, 51, 20), "teacher-longform": (26, 10, 14, 9),
    "ooo-teacher": (18, 7, 31, 2), "ooo-es-gmail": (18, 8, 5, 10), "tree-trimming": (20, 19, 44, 3),
    "sold-farm-move": (18, 21, 10, 33), "order-missing": (26, 13, 22, 48), "shipment-notice": (27, 9, 5, 0),
}


def main():
    rng = random.Random(SEED)
    specs = [("p", s) for s in PEOPLE] + [("m", m) for m in MACHINES]
    dated = []
    for kind, s in specs:
        if s["id"] in FIXED:
            d = FIXED[s["id"]]
        else:
            d = (rng.randint(18, 31), rng.choice([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]),
                 rng.randint(0, 59), rng.randint(0, 59))
        dated.append((d, s["id"], kind, s))
    dated.sort(key=lambda t: (t[0], t[1]))
    assert len(dated) == 100, len(dated)
    ids = [t[1] for t in dated]
    assert len(set(ids)) == 100, "duplicate ids"

    manifest, index = [], ["file\tspec\tcategory\tanswers\tlanguage\tprogram\tdate"]
    for n, (d, sid, kind, s) in enumerate(dated, 1):
        fn = "%04d.eml" % n
        mrng = random.Random("%d-%s" % (SEED, sid))
        date = mailkit.datestr(*d)
        mb = s["mb"]
        if kind == "p":
            raw = mailkit.person(s, *d, mrng)
            frm = s["who"][1]
            ack = s.get("ack")
            ack_to = frm if ack == "from" else ack
            entry = {"file": fn, "mailbox": mb, "automated": False, "labels": list(s["labels"]),
                     "unclear": bool(s.get("unclear", False)), "entities": dict(s["ent"]), "note": s["note"],
                     "ack_to": ack_to}
            prog = {"gmail": "Gmail web", "android": "Gmail Android app", "outlook": "Outlook", "windows": "Mail for Windows",
                    "apple": "Apple Mail (macOS)", "iphone": "iPhone Mail", "yahoo": "Yahoo Mail", "aol": "AOL Mail",
                    "thunderbird": "Thunderbird", "samsung": "Samsung Email", "local": "Windows Live Mail (local ISP)", "relay": "relay"}[s["client"]]
            if s["id"] == "webform-relay":
                prog = "Web form relay"
            elif s["id"] == "cleaner-service":
                prog = "Inbox-cleaning service"
            elif s["id"] == "gmail-unsub-button":
                prog = "Gmail unsubscribe button"
            answers = s.get("reply") or "-"
            cat = "person/" + s["cat"]
        else:
            qid = "%010X" % mrng.getrandbits(40)
            raw = mailkit.finish(s["raw"].replace("@@DATE@@", date).replace("@@QID@@", qid))
            entry = {"file": fn, "mailbox": mb, "automated": True, "labels": [], "unclear": False, "entities": {},
                     "note": s["note"], "ack_to": None}
            prog, answers, cat = s["prog"], s["answers"], "machine/" + s["cat"]
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        manifest.append(entry)
        index.append("\t".join([fn, sid, cat, answers, s.get("lang", "en"), prog, date]))

    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in manifest:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(index) + "\n")
    write_readme(manifest, dated)


def write_readme(manifest, dated):
    people = [e for e in manifest if not e["automated"]]
    mach = [e for e in manifest if e["automated"]]
    lab = collections.Counter(l for e in manifest for l in e["labels"])
    mbx = collections.Counter(e["mailbox"] for e in manifest)
    mbp = collections.Counter(e["mailbox"] for e in people)
    lang = collections.Counter(t[3].get("lang", "en") for t in dated)
    langp = collections.Counter(t[3].get("lang", "en") for t in dated if t[2] == "p")
    ent = collections.Counter(k for e in manifest for k in e["entities"])
    unclear = sum(e["unclear"] for e in people)
    nolab = sum(1 for e in people if not e["labels"] and not e["unclear"])
    ack_null_people = sum(1 for e in people if e["ack_to"] is None)
    txt = """# smalltown: two weeks of small-town and farm mail (Iowa and Wisconsin, May 18-31, 2026)

Brief in one sentence: mail from farmers, retirees, teachers, a diner owner, pastors, volunteer firefighters,
Spanish-speaking dairy workers and their families and young parents on phones, about marketing mail they want
stopped, the catalog and who gets their name, bills and service (often several things at once, often replies under
our own mail), plus the machine mail of the same weeks.

## Counts
- Messages: {total}; people {np}, machines {nm} ({pm}% machine).
- Mailboxes: customercare {cc} (people {ccp}), powerhousecatalog {ph} (people {php}).
- Labels: marketing_opt_out {mo}, catalog_share_opt_out {cs}, question {q}.
- People marked unclear: {unc} of {np} ({pu}%). People with no label and not unclear (thank-yous): {nolab}.
  People with ack_to null: {ackn} (thank-yous and the auto-submitted unsubscribe service).
- Languages: English {en}, Spanish {es} ({pes}%); among people: English {pen}, Spanish {pes2}.
- Entities: name {en_name}, postal_code {en_pc}, account {en_acc}.

## What is in it
People: plain postal and e-mail opt-outs, share-only requests that keep the catalog, both opt-outs, mixed
opt-out + billing/service/program questions (a diner's bill, a church LED retrofit, a grain dryer rate, generator
backfeed), pure questions (fire-department disconnects, tree-crew mess, budget billing, an order status, a change
of address after selling the farm, a payment plan, data access), opt-back-in, short replies under our promotion,
newsletter, catalog e-mail, outage alert, payment reminder and acknowledgement, a forward of our promotion, a web
form relayed from a no-reply address, a shared family mailbox, Gmail's unsubscribe button and an inbox-cleaning
service. Clients: Gmail web and Android, Outlook, Mail for Windows, Apple Mail, iPhone, Yahoo, AOL, Thunderbird,
Windows Live Mail from rural ISPs; plain, HTML-only and multipart/alternative; 7bit, 8bit, quoted-printable,
base64; utf-8 and iso-8859-1.

Machines: out-of-office replies (one Spanish, one headerless "no longer monitored"), bounces (Postfix, Google,
Exchange, Yahoo, Exim mailbox-full) and a delay warning, co-op/church/Farm Bureau newsletters (one Spanish), a mail
house suppression report and a CRM export notice (both full of opt-out words), a calendar invitation from a list
broker, fulfillment and print-proof notices, spam (solar leads, SEO, Spanish lottery), phishing (fake billing,
fake Microsoft 365, Spanish parcel scam), a read receipt, a challenge-response, an ARF feedback report and a
mailing-list post in which a member talks about opting out.

## Judgement calls (rulebook = /work/shared/LABELS.md)
- "STOP"/"unsubscribe"/"no más correos" under our promotion, newsletter or catalog e-mail = marketing_opt_out;
  "Stop" under the outage alert, "remove" under the payment reminder and "STOP" under our acknowledgement = unclear,
  no labels ("Short replies take their meaning from what they answer").
- "Please stop.", "Opt me out" (to the catalog box) and "Ya no quiero." = unclear ("No object, no context ... the
  mailbox is a hint").
- "Do the same for my other address" and "as I asked before" = unclear ("Reference to earlier mail").
- A deceased mother, a husband who holds the account, a farm employer's account, a landlord's tenant = unclear with
  the apparent label, entities naming the person the request is for ("On behalf of someone else"). The account
  holder writing for her household, a pastor for his church and a 4-H leader for the club inbox she runs are clear.
- "Delete all my information" = unclear + question ("Data requests"); copy-of-data requests = question.
- "How do I stop the catalog?" = question only; "how do I get off ... never mind, just take me off" = both
  ("A question about how to opt out"). "Can you take me off your catalog list?" = opt-out only.
- Putting the catalog back = question only, old removal ignored ("Opting back in"). "Take me off the email list.
  Actually I want the rebate ones ... whatever you think" = unclear ("Mixed or self-contradicting wishes").
- "Stop the catalog e-mails, keep the paper catalog" = marketing_opt_out; "keep the catalog, don't share" =
  catalog_share_opt_out only; "don't care who you sell it to, just stop the catalog" = marketing_opt_out only
  ("Channel limits are kept").
- Phone calls / text messages only = question (project convention), also in Spanish ("mándenme cartas").
  "Send fewer catalogs" = question (convention).
- Gmail unsubscribe button (no Auto-Submitted) = person, marketing_opt_out, ack_to the sender; inbox-cleaning
  service with Auto-Submitted = person, marketing_opt_out, ack_to null ("Software that unsubscribes").
- Web form from no-reply@ = ack_to Reply-To; shared family mailbox asking to be answered elsewhere = that address
  ("Acknowledgement address"). Thank-yous (including one under our acknowledgement) = no labels, ack_to null.
- Mail house suppression report, CRM export, list-broker calendar invitation, a list post about opting out, cold
  sales that offers to "opt you out" = automated, no labels ("Not a request at all"). Headerless "no longer
  monitored" reply = automated.
- Names are kept as written, titles dropped (Pastor Tom Lindqvist -> "Tom Lindqvist", Rev. David Mekelburg ->
  "David Mekelburg"; "VERNON THIEDE" stays in capitals).

## Files
- `NNNN.eml` in date order (CRLF), `manifest.jsonl`, `index.tsv` (file, spec id, category, what of ours it answers,
  language, program, date), `_generator/` (build.py, mailkit.py, people.py, machines.py, verify.py; stdlib only,
  fixed seed {seed}).
""".format(total=len(manifest), np=len(people), nm=len(mach), pm=round(100 * len(mach) / len(manifest)),
           cc=mbx["customercare"], ph=mbx["powerhousecatalog"], ccp=mbp["customercare"], php=mbp["powerhousecatalog"],
           mo=lab["marketing_opt_out"], cs=lab["catalog_share_opt_out"], q=lab["question"], unc=unclear,
           pu=round(100 * unclear / len(people)), nolab=nolab, ackn=ack_null_people, en=lang["en"], es=lang["es"],
           pes=round(100 * lang["es"] / len(manifest)), pen=langp["en"], pes2=langp["es"], en_name=ent["name"],
           en_pc=ent["postal_code"], en_acc=ent["account"], seed=SEED)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
