#!/usr/bin/env python3
"""Rebuild the `november` set byte for byte: python3 _generator/build.py

Two weeks (Mon 8 - Fri 19 November 2027) of customercare@ and powerhousecatalog@alliant-energy.com.
Standard library only; fixed seed.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUTDIR = os.path.dirname(HERE)

from mailkit import CST, EST, MST, PST, UTC, Kit, addr, b64body, esc, multipart, part, qp, rfcdate, sec, t  # noqa
from infra import (CC, PH, BOX, Ours, ours_ack, ours_bill, ours_gift, ours_liheap, ours_outage, ours_staff,  # noqa
                   ours_vets, ours_winter, ours_winter_es, prov_isp, prov_ms, prov_gmail, text_html_simple,
                   GIFT_SUBJ, WINTER_SUBJ, WINTER_ES_SUBJ, VETS_SUBJ)
from clients import Spec, write, subj_hdr  # noqa
import machines as M  # noqa

k = Kit(random.Random(20271108))
MSGS = []


def add(at, mailbox, cat, raw, automated=False, labels=(), unclear=False, entities=None, note="", ack_to=None):
    order = ["marketing_opt_out", "catalog_share_opt_out", "question"]
    labels = [l for l in order if l in labels]
    MSGS.append(dict(at=at, mailbox=mailbox, cat=cat, raw=raw, automated=automated, labels=labels, unclear=unclear,
                     entities=entities or {}, note=note, ack_to=ack_to))


def human(cat, mailbox, at, client, name, a, text, labels=(), unclear=False, entities=None, note="", ack="from",
          **kw):
    s = Spec(client=client, name=name, addr=a, mailbox=mailbox, at=at, text=text, **kw)
    raw, mid = write(k, s)
    if ack == "from":
        ack_to = a
    elif ack is None:
        ack_to = None
    else:
        ack_to = ack
    add(at, mailbox, cat, raw, False, labels, unclear, entities, note, ack_to)
    return mid


def auto(at, mailbox, cat, raw, note):
    add(at, mailbox, cat, raw, True, [], False, {}, note, None)


# ==========================================================================================================
# Monday 8 November
# ==========================================================================================================
auto(t(8, 7, 41, 18), "customercare", "automated: newsletter",
     M.bulk(k, t(8, 7, 41, 18), "customercare", "Midwest Energy Digest", "digest@midwestenergydigest.com",
            "Midwest Energy Digest | Nov 8: Winter reliability filings, LIHEAP funding, heat-pump rebates",
            text="""MIDWEST ENERGY DIGEST
Monday, November 8, 2027

TOP STORIES
- Iowa board opens winter reliability docket; utilities file cold-weather plans
- Federal LIHEAP block grants released: Iowa $61M, Wisconsin $94M
- Heat-pump rebate uptake doubles in Minnesota co-op territories
- Opinion: Customer data rules are coming for utilities. Are you ready?

Read the full issue: https://midwestenergydigest.com/i/2027-11-08

You are receiving this because customercare@alliant-energy.com subscribed to Midwest Energy Digest.
Unsubscribe: https://midwestenergydigest.com/u/7f3a91c2
Midwest Energy Digest, 210 W Washington Ave, Suite 400, Madison, WI 53703""",
            html="""<html><body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif"><tr><td style="padding:24px">
<h1 style="font-size:26px;color:#1b3a5c">Midwest Energy Digest</h1><p style="color:#777">Monday, November 8, 2027</p>
<h2 style="font-size:18px">Top stories</h2><ul>
<li><a href="https://midwestenergydigest.com/a/88213">Iowa board opens winter reliability docket; utilities file cold-weather plans</a></li>
<li><a href="https://midwestenergydigest.com/a/88214">Federal LIHEAP block grants released: Iowa $61M, Wisconsin $94M</a></li>
<li><a href="https://midwestenergydigest.com/a/88219">Heat-pump rebate uptake doubles in Minnesota co-op territories</a></li>
<li><a href="https://midwestenergydigest.com/a/88220">Opinion: Customer data rules are coming for utilities. Are you ready?</a></li></ul>
<p style="font-size:11px;color:#999">You are receiving this because customercare@alliant-energy.com subscribed to Midwest Energy Digest.
<a href="https://midwestenergydigest.com/u/7f3a91c2">Unsubscribe</a><br>Midwest Energy Digest, 210 W Washington Ave, Suite 400, Madison, WI 53703</p>
</td></tr></table></td></tr></table></body></html>
""", list_id="Midwest Energy Digest <daily.midwestenergydigest.com>",
            unsub="<https://midwestenergydigest.com/u/7f3a91c2>, <mailto:unsub-7f3a91c2@midwestenergydigest.com>",
            helo="o12.sendgrid-mail.midwestenergydigest.com", ip="149.72.61.203"),
     "industry newsletter the team subscribed to; its own unsubscribe footer is not a request to us")

auto(t(8, 8, 6, 51), "customercare", "automated: phishing",
     M.bulk(k, t(8, 8, 6, 51), "customercare", "Alliant Energy", "billing@alliant-energy-pay.com",
            "Final Notice: Your service will be disconnected within 24 hours",
            text="", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial;font-size:14px;max-width:560px">
<img src="https://alliant-energy-pay.com/img/logo.png" alt="Alliant Energy" width="180"><br><br>
<b>Dear Customer,</b><br><br>
Our records show your account is <b style="color:#c00">PAST DUE ($186.32)</b>. Your electric service is scheduled for
disconnection within 24 hours.<br><br>
To avoid disconnection and a $75 reconnection fee, verify your payment information now:<br><br>
<a href="https://alliant-energy-pay.com/verify?id=AE20271108" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none">PAY NOW</a><br><br>
Alliant Energy Billing Department<br>
<span style="font-size:10px;color:#888">Do not reply to this message. To opt out of billing notices click <a href="https://alliant-energy-pay.com/out">here</a>.</span>
</div></body></html>
""", html_only=True, precedence=None, helo="vps-4471.hostkey-sol.net", ip="185.244.31.77", dkim_dom="",
            spf="softfail", dmarc="none"),
     "phishing dressed as an Alliant disconnection notice (lookalike domain, SPF softfail); 'opt out' text is bait")

LIHEAP_NOTE = "our LIHEAP notice is a service message, not a promotion"

o = ours_liheap(k, "mkleinschmidt@icloud.com")
human("unclear", "customercare", t(8, 10, 31, 7), "iphone", "Mary Kleinschmidt", "mkleinschmidt@icloud.com",
      "STOP", quote=o, unclear=True,
      note="bare STOP under the LIHEAP energy-assistance notice (a service message): not a marketing opt-out")

o = ours_liheap(k, "yesi.marroquin88@gmail.com")
human("question (Spanish)", "customercare", t(8, 11, 14, 40), "samsung", "Yesenia Marroquin",
      "yesi.marroquin88@gmail.com",
      "Buenos dias, quiero saber si puedo recibir ayuda para pagar la calefaccion. Tengo 3 hijos y trabajo medio tiempo. "
      "Donde aplico? Vivo en Marshalltown.\nGracias\nYesenia", quote=o, labels=["question"],
      entities={"name": "Yesenia"},
      note="Spanish question about LIHEAP eligibility, written over our English notice")

human("marketing opt-out", "customercare", t(8, 13, 22, 45), "outlook", "Leonard Pfaff", "lpfaff1946@outlook.com",
      """To whom it may concern,

I am 81 years old and I have been an Alliant customer (and Interstate Power before that) at the same address for 52 years. I have always paid my bill on time.

My mailbox is full every day with flyers and "special offers" and a good share of it comes from you. I do not need a smart thermostat, I do not want a home energy audit and I will not be buying heated blankets from the PowerHouse book. My wife handled these things before she passed and I do not have the patience for it.

Please remove me from any promotional mailing, on paper or by email. I still want my bill and I want to know if the power is going out.

My account number is 3345 0981 22.

Thank you for your attention.

Leonard Pfaff
1108 3rd Ave SE
Waverly, IA 50677""", subject="Too much advertising mail", flavor="web", labels=["marketing_opt_out"],
      entities={"name": "Leonard Pfaff", "postal_code": "50677", "account": "3345 0981 22"},
      note="long letter from a retiree; both channels; keeps bills/outage alerts, which are service mail")

o_ack_typo = ours_ack("CC-2027-11-00044", "rhalvorsen@yahooo.com", t(8, 14, 2, 10), t(8, 14, 1, 0))
auto(t(8, 14, 2, 31), "customercare", "automated: bounce",
     M.bounce_postfix_ours(k, t(8, 14, 2, 31), o_ack_typo, "rhalvorsen@yahooo.com", "5.4.4",
                           "Host or domain name not found. Name service error for name=yahooo.com type=AAAA: Host not found",
                           None),
     "our Postfix relay returns a bot acknowledgement (typo domain); the attached ack mentions opting out")

auto(t(8, 16, 10, 4), "customercare", "automated: vendor notice",
     M.bulk(k, t(8, 16, 10, 4), "customercare", "Relatecloud", "no-reply@notify.relatecloud.com",
            "Your scheduled export \"Marketing opt-outs - weekly\" is ready",
            text="""Hi Customer Care team,

Your scheduled export is ready to download.

Export: Marketing opt-outs - weekly
Object: Contact preferences (channel = email, postal; status = opted_out, do_not_share)
Rows: 1,906
Run at: Nov 8, 2027 4:10 PM CST

Download (link expires in 7 days):
https://app.relatecloud.com/exports/d/5c1e77a0-2d41-4e0b-9a53-0b7f61e2c3d4

You're receiving this because you own this scheduled export. Manage notification settings in Relatecloud.
Relatecloud, Inc. 500 Mission St, San Francisco, CA 94105""", precedence=None,
            extra=["Auto-Submitted: auto-generated", "X-Relatecloud-Notification: export.ready"],
            helo="mail-out-03.relatecloud.com", ip="198.2.180.44"),
     "CRM system notice about an opt-out export; 'opted_out', 'do_not_share' are field names, not a request")

human("unclear", "customercare", t(8, 19, 45, 30), "gmail", "", "lynnpetersen.ia@gmail.com",
      "Please stop.", subject="stop", unclear=True,
      note="'Please stop.' with nothing saying stop what, no quoted mail; unclear")

human("marketing opt-out", "customercare", t(8, 21, 30, 55), "yahoo", "DORIS GRUBER", "dorisgruber@aol.com",
      "PLEASE REMOVE MY NAME FROM YOUR MAILING LIST. I DO NOT WANT ANY MORE ADVERTISING FROM ALLIANT ENERGY.\n\n"
      "DORIS GRUBER\n1405 MAIN ST\nDYERSVILLE IA 52040", subject="REMOVE", labels=["marketing_opt_out"],
      entities={"name": "DORIS GRUBER", "postal_code": "52040"},
      note="all caps, AOL; 'remove from mailing list' + 'no more advertising'")

# ==========================================================================================================
# Tuesday 9 November: PowerHouse Holiday Gift Book e-mail goes out 6:30 a.m.
# ==========================================================================================================
o = ours_gift(k, "jandbfarnsworth@gmail.com", "Joan Farnsworth")
auto(t(9, 6, 41, 2), "powerhousecatalog", "automated: auto-reply",
     M.ooo_gmail(k, t(9, 6, 41, 2), o, "Joan Farnsworth", "jandbfarnsworth@gmail.com",
                 "We've flown south for the winter! Bob and I are in Port Charlotte until April 15 and checking email "
                 "only now and then. If this is about the house on Cedar Lake Rd, please call our neighbor Ken at "
                 "319-555-0188.\n\nJoan", "powerhousecatalog"),
     "Gmail vacation responder (Auto-Submitted) to the Gift Book e-mail; snowbirds")

o = ours_gift(k, "lvaldez@valdezinsurance.com", "Liliana Valdez")
auto(t(9, 6, 52, 40), "powerhousecatalog", "automated: auto-reply (Spanish)",
     M.ooo_exchange(k, t(9, 6, 52, 40), o, "Liliana Valdez", "lvaldez@valdezinsurance.com",
                    "Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 15 de noviembre. "
                    "Para asuntos urgentes llame a la oficina al 563-555-0147.\n\n"
                    "Thank you for your message. I am out of the office until Monday, November 15. "
                    "For urgent matters call 563-555-0147.", "powerhousecatalog",
                    prefix="Respuesta autom\u00e1tica: ", lang="es-US", cs="utf-8"),
     "bilingual Exchange out-of-office to the Gift Book; Auto-Submitted and X-Auto-Response-Suppress")

add(t(9, 7, 15, 20), "powerhousecatalog", "List-Unsubscribe mailto (Gmail button)",
    M.unsub_gmail(k, t(9, 7, 15, 20), "Carla Mendenhall", "carla.mendenhall@gmail.com", "powerhousecatalog",
                  "unsubscribe PH-2711-GB"),
    labels=["marketing_opt_out"], note="Gmail's Unsubscribe button on the Gift Book e-mail (mailto from List-Unsubscribe)",
    ack_to="carla.mendenhall@gmail.com")

o = ours_gift(k, "dwhitebear71@gmail.com")
human("short reply over promo", "powerhousecatalog", t(9, 7, 58, 3), "gmail", "Darrell Whitebear",
      "dwhitebear71@gmail.com", "STOP", quote=o, labels=["marketing_opt_out"],
      note="bare STOP written over the Gift Book promotion; the quoted footer's sharing text is ours")

o = ours_gift(k, "curt.lanning@yahoo.com", "Curt Lanning")
human("catalog-sharing opt-out", "powerhousecatalog", t(9, 8, 30, 41), "yahoo", "Curt Lanning",
      "curt.lanning@yahoo.com", "Keep the emails coming, but don't give my name out to anybody.\n\n- Curt",
      quote=o, flavor="android", labels=["catalog_share_opt_out"], entities={"name": "Curt"},
      note="keeps the e-mails, refuses sharing: sharing opt-out only; reply over the Gift Book whose footer says both")

add(t(9, 9, 20, 14), "powerhousecatalog", "List-Unsubscribe mailto (Apple Mail button)",
    M.unsub_apple(k, t(9, 9, 20, 14), "Megan Ruiz", "megruiz@icloud.com", "powerhousecatalog",
                  "unsubscribe PH-2711-GB"),
    labels=["marketing_opt_out"], note="iOS Mail 'Unsubscribe' banner sent an empty mail to our List-Unsubscribe address",
    ack_to="megruiz@icloud.com")

human("question", "powerhousecatalog", t(9, 10, 2, 48), "outlook", "Gloria Tenney", "gtenney@hotmail.com",
      "How do I get off the catalog mailing list? Is there a form I need to fill out or can I just email you?",
      subject="catalog list", flavor="web", labels=["question"],
      note="asks HOW to opt out; does not itself ask to be removed: question only")

auto(t(9, 11, 45, 9), "powerhousecatalog", "automated: vendor notice",
     M.bulk(k, t(9, 11, 45, 9), "powerhousecatalog", "Prairie Letter House Data Services", "reports@prairieletterhouse.com",
            "H27GB drop 2 merge/purge complete - suppression summary",
            text="""PRAIRIE LETTER HOUSE - MERGE/PURGE REPORT
Job: H27GB-D2  (PowerHouse Holiday Gift Book 2027, drop 2)
Run: 11/09/2027 11:44 CT

Input records ............................ 184,220
Duplicates removed ........................  6,913
NCOA moves applied ........................  3,082
Deceased suppression ......................    418
DMAchoice suppression .....................  2,207
Client do-not-mail (PH suppression file) ..  9,114
Client do-not-share flag (exchange only) ..  4,506  (kept for mailing, excluded from rental/exchange output)
Final mail file ........................... 162,486

Files are ready on the SFTP server under /outbound/H27GB-D2/.
Questions: datasvc@prairieletterhouse.com or 608-555-0163.

This report was generated automatically. Please do not reply.""", precedence=None,
            extra=["Auto-Submitted: auto-generated"], helo="smtp.prairieletterhouse.com", ip="64.71.152.18"),
     "mail house's merge/purge report; 'do-not-mail' and 'do-not-share' counts are a vendor report, not a request")

auto(t(9, 13, 10, 33), "powerhousecatalog", "automated: phishing",
     M.bulk(k, t(9, 13, 10, 33), "powerhousecatalog", "PowerHouse Rewards", "rewards@powerhouse-giftbook.net",
            "Congratulations! You've been selected for a $500 Holiday Gift Card",
            text="""Dear Valued PowerHouse Customer,

As a thank-you for your loyalty, you have been selected to receive a $500 PowerHouse Holiday Gift Card.

To claim your card, complete our 30-second customer survey and pay $4.95 shipping:
http://powerhouse-giftbook.net/claim?ref=PH2711

Offer expires in 48 hours.

PowerHouse Rewards Team
To stop receiving these offers reply REMOVE.""", precedence=None, helo="mail.powerhouse-giftbook.net",
            ip="45.137.21.90", dkim_dom="powerhouse-giftbook.net", spf="pass", dmarc="none"),
     "gift-card scam using the PowerHouse name; 'reply REMOVE' is bait")

o = ours_gift(k, "jmcnulty.ia@icloud.com")
human("unclear", "powerhousecatalog", t(9, 14, 25, 37), "iphone", "Jim McNulty", "jmcnulty.ia@icloud.com",
      "\U0001F644", quote=o, unclear=True,
      note="only an eye-roll emoji over the Gift Book promotion: nothing decidable")

auto(t(9, 15, 0, 48), "powerhousecatalog", "automated: list post",
     M.bulk(k, t(9, 15, 0, 48), "powerhousecatalog", "Marcy Holub", "mholub@countryhearthcatalog.com",
            "[Catalog-Ops] In-home dates for holiday drops: USPS running 2 days slow in IA/MN",
            text="""Hi all,

Anyone else seeing slow in-home on the holiday drops? Our book dropped in Des Moines 11/1
and seeds in Cedar Rapids didn't get it until 11/8. Last year it was 4 days.

Also a reminder for those of us in list exchanges: please send your updated do-not-share
and do-not-mail suppression files before the next merge. We had a complaint last week
from a customer who'd asked a partner not to share her name.

Marcy Holub
Circulation Manager, Country Hearth Catalog

_______________________________________________
Catalog-Ops mailing list -- catalog-ops@lists.directmarketingiowa.org
To unsubscribe send an email to catalog-ops-leave@lists.directmarketingiowa.org""",
            list_id="Catalog operations <catalog-ops.lists.directmarketingiowa.org>",
            unsub="<mailto:catalog-ops-leave@lists.directmarketingiowa.org>", precedence="list",
            helo="lists.directmarketingiowa.org", ip="173.255.198.40",
            return_path="catalog-ops-bounces@lists.directmarketingiowa.org",
            extra=["Sender: catalog-ops@lists.directmarketingiowa.org",
                   "List-Post: <mailto:catalog-ops@lists.directmarketingiowa.org>",
                   "List-Help: <mailto:catalog-ops-request@lists.directmarketingiowa.org?subject=help>",
                   "X-Mailman-Version: 3.3.9"]),
     "mailing-list post (Mailman); a person wrote it, but it is list traffic and talks about do-not-share files")

add(t(9, 16, 40, 2), "powerhousecatalog", "inbox-cleaner unsubscribe (Auto-Submitted)",
    M.unsub_cleaner(k, t(9, 16, 40, 2), "Trish Adamek", "trish.adamek@gmail.com", "powerhousecatalog",
                    "unsubscribe PH-2711-GB", "TidyInbox Unsubscriber/4.2 (+https://tidyinbox.app)", "tidyinbox.app",
                    "This unsubscribe request was sent by TidyInbox on behalf of the mailbox owner."),
    labels=["marketing_opt_out"],
    note="inbox-cleaning service pressed unsubscribe for the user; Auto-Submitted, so no acknowledgement (RFC 3834)",
    ack_to=None)

o = ours_gift(k, "sarah.nwosu@gmail.com", "Sarah Nwosu")
human("opt-out + question", "powerhousecatalog", t(9, 18, 5, 26), "gmail", "Sarah Nwosu", "sarah.nwosu@gmail.com",
      "Hi,\n\nPlease unsubscribe me from these emails and do not sell or share my name with anyone. I'd also like to "
      "know what information you have on me, and where you got my address in the first place since I don't remember "
      "ever ordering from PowerHouse.\n\nThank you,\nSarah Nwosu", quote=o,
      labels=["marketing_opt_out", "catalog_share_opt_out", "question"], entities={"name": "Sarah Nwosu"},
      note="all three: e-mail opt-out, do not sell/share, and a data/source question")

o = ours_gift(k, "klindqvist@gmail.com", "Karen Lindqvist")
mid_karen = human("marketing opt-out", "powerhousecatalog", t(9, 19, 42, 11), "gmail", "Karen Lindqvist",
                  "klindqvist@gmail.com",
                  "Please take me off your email list. I get enough of these this time of year.\n\nKaren Lindqvist",
                  quote=o, labels=["marketing_opt_out"], entities={"name": "Karen Lindqvist"},
                  note="reply over the Gift Book asking off the e-mail list")

o = ours_gift(k, "mroethler@outlook.com", "Mike Roethler")
human("unclear", "powerhousecatalog", t(9, 20, 15, 50), "outlook", "Mike Roethler", "mroethler@outlook.com",
      "see below", fwd=o, subject="Fw: " + GIFT_SUBJ, flavor="web", unclear=True, entities={},
      note="'see below' over a forwarded Gift Book: all the opt-out and sharing words are in our footer")

# ==========================================================================================================
# Wednesday 10 November: winter promo (English 10:00, Spanish 10:05)
# ==========================================================================================================
ack_karen = ours_ack("CC-2027-11-00052", "klindqvist@gmail.com", t(9, 19, 44, 2), t(9, 19, 42, 11), "Karen Lindqvist")
human("thanks to our acknowledgement", "customercare", t(10, 7, 12, 36), "gmail", "Karen Lindqvist",
      "klindqvist@gmail.com", "Thank you!", quote=ack_karen, ack=None, entities={},
      note="thank-you to our acknowledgement: nothing to do and no reply (would start a ping-pong)")

o = ours_winter(k, "dmuellerleile@muellerleileimplement.com", "Doug")
auto(t(10, 10, 3, 27), "customercare", "automated: auto-reply",
     M.ooo_exchange(k, t(10, 10, 3, 27), o, "Doug Muellerleile", "dmuellerleile@muellerleileimplement.com",
                    "I'm out of the office Nov 10-21 for deer season with limited cell service. For parts orders call "
                    "the shop at 563-555-0131 and ask for Jenny. For service calls ask for Pete.\n\nDoug",
                    "customercare"),
     "Exchange out-of-office (Auto-Submitted) to the winter promotion; hunting season")

add(t(10, 10, 20, 44), "customercare", "List-Unsubscribe mailto (Gmail button)",
    M.unsub_gmail(k, t(10, 10, 20, 44), "Amanda Reisinger", "amandareisinger@gmail.com", "customercare",
                  "unsubscribe AE-NL-2711-WR"),
    labels=["marketing_opt_out"], note="Gmail Unsubscribe button on the winter promotion",
    ack_to="amandareisinger@gmail.com")

o = ours_winter(k, "mark.delagardelle@gmail.com", "Mark")
human("question", "customercare", t(10, 11, 30, 58), "gmail", "Mark Delagardelle", "mark.delagardelle@gmail.com",
      "How do I sign up for the budget billing? Can I do it over the phone or does it have to be online? "
      "We just had a baby and money is tight this winter so even payments would really help.\n\nMark",
      quote=o, labels=["question"], entities={"name": "Mark"},
      note="wants to enroll in Budget Billing: wanting more is a question; the quoted 'Hi Mark' is ours")

o = ours_winter_es(k, "ernestoguzman23@gmail.com", "Ernesto")
human("short reply over promo (Spanish)", "customercare", t(10, 12, 10, 21), "gmail", "Ernesto Guzman",
      "ernestoguzman23@gmail.com", "Baja", quote=o, labels=["marketing_opt_out"],
      note="'Baja' (unsubscribe) over the Spanish promo, which itself says reply 'baja'")

add(t(10, 12, 55, 39), "customercare", "inbox-cleaner unsubscribe (no Auto-Submitted)",
    M.unsub_cleaner(k, t(10, 12, 55, 39), "Veronica Salas", "vsalas_ia@outlook.com", "customercare",
                    "unsubscribe AE-NL-2711-WR-ES", "Unlistr/2.8", "mailer.unlistr.app",
                    "Unsubscribe request sent with Unlistr for vsalas_ia@outlook.com", auto_submitted=False),
    labels=["marketing_opt_out"],
    note="inbox cleaner unsubscribed from the Spanish promo without Auto-Submitted, so the ack goes to the sender",
    ack_to="vsalas_ia@outlook.com")

o = ours_winter_es(k, "lupita.r.arteaga@icloud.com", "Guadalupe")
human("marketing opt-out (mixed)", "customercare", t(10, 14, 15, 2), "iphone", "Lupita Arteaga",
      "lupita.r.arteaga@icloud.com",
      "Hi, please unsubscribe me de los emails de ofertas. I read them in Spanish pero no thank you.\nGracias, Lupita",
      quote=o, labels=["marketing_opt_out"], entities={"name": "Lupita"},
      note="Spanish/English mixed opt-out over the Spanish promo; the quote greets her as Guadalupe (ours)")

auto(t(10, 15, 20, 17), "customercare", "automated: cold sales/SEO",
     M.bulk(k, t(10, 15, 20, 17), "customercare", "Ravi | RankLift", "ravi@ranklift-growth.co",
            "alliant-energy.com - 3 quick wins before the holidays",
            text="""Hi there,

I was looking at alliant-energy.com and noticed a few things holding your pages back in search:

1. 43 pages with missing meta descriptions
2. Slow mobile load on your rebate pages (6.1s)
3. Broken backlinks from 12 partner sites

We've helped utilities and co-ops double their organic traffic in 90 days. Would you be open to a free audit?

Best,
Ravi
RankLift Growth

If you don't want to hear from me again, just reply "no thanks" and I'll take you off my list.""",
            precedence=None, helo="mail.ranklift-growth.co", ip="104.248.20.211", dkim_dom="ranklift-growth.co"),
     "cold SEO outreach; its own 'take you off my list' line is not a request to us")

human("question (Spanish)", "customercare", t(10, 19, 10, 33), "outlook", "Maribel Cruz", "maribelcruz1990@hotmail.com",
      "Hola buenas noches,\n\nRecib\u00ed su correo sobre el plan de pagos iguales (budget billing). \u00bfC\u00f3mo me inscribo? "
      "\u00bfY si tengo un saldo pendiente todav\u00eda puedo entrar al plan?\n\nMi cuenta es 7730 1182 05.\n\n"
      "Gracias,\nMaribel Cruz", subject="Pregunta sobre budget billing", flavor="android",
      labels=["question"], entities={"name": "Maribel Cruz", "account": "7730 1182 05"}, lang="es-US",
      note="Spanish question about enrolling in Budget Billing with a past-due balance")

add(t(10, 20, 25, 51), "customercare", "List-Unsubscribe mailto (Outlook.com button)",
    M.unsub_outlook(k, t(10, 20, 25, 51), "Todd Meyerhofer", "toddmeyerhofer@outlook.com", "customercare",
                    "unsubscribe AE-NL-2711-WR"),
    labels=["marketing_opt_out"], note="Outlook.com unsubscribe button; no Auto-Submitted header, so acknowledged",
    ack_to="toddmeyerhofer@outlook.com")

human("question", "powerhousecatalog", t(10, 22, 10, 8), "yahoo", "Lorraine Ehlers", "lorraine.ehlers@att.net",
      "Did you give my name to Hartwell House and Miller Kimbrough? I ordered a throw from you in September and now "
      "I'm getting both of their catalogs plus three others I never heard of, all with the same misspelling of my "
      "name that you have (Loraine with one r).\n\nLorraine", subject="my name",
      labels=["question"], entities={"name": "Lorraine"},
      note="asks WHETHER her name was shared; no request not to share: question only")

# ==========================================================================================================
# Thursday 11 November: Veterans Day note
# ==========================================================================================================
o = ours_vets(k, "wkrogman44@aol.com")
human("thanks, no action", "customercare", t(11, 8, 40, 17), "yahoo", "Walt Krogman", "wkrogman44@aol.com",
      "Thank you for remembering us. Proud Army vet, 1968-1971, 1st Cav.\n\n- Walt", quote=o, ack=None,
      entities={"name": "Walt"},
      note="thank-you over the Veterans Day note; no request, no acknowledgement due")

o = ours_vets(k, "tj.hageman@gmail.com")
human("short reply over promo", "customercare", t(11, 9, 15, 43), "gmail", "TJ Hageman", "tj.hageman@gmail.com",
      "unsubscribe", quote=o, labels=["marketing_opt_out"],
      note="unsubscribe over the Veterans Day note, which goes to the news-and-offers list and promotes an assessment")

add(t(11, 9, 50, 12), "customercare", "List-Unsubscribe mailto (Yahoo button)",
    M.unsub_yahoo(k, t(11, 9, 50, 12), "Sharon Bock", "sharonbock@yahoo.com", "customercare",
                  "unsubscribe AE-NL-2711-VD"),
    labels=["marketing_opt_out"], note="Yahoo Mail unsubscribe link on the Veterans Day note",
    ack_to="sharonbock@yahoo.com")

mid_sue = human("marketing opt-out (channel)", "powerhousecatalog", t(11, 10, 30, 6), "gmail", "Sue Ellen Marx",
                "suemarx.dbq@gmail.com",
                "Hello,\n\nI'd like to keep getting your emails but please stop mailing me the paper catalog. It's a "
                "waste of paper, the big holiday one came Monday and it went straight in the recycling.\n\n"
                "Sue Ellen Marx\n2870 Kaufmann Ave\nDubuque IA 52001", subject="paper catalog",
                labels=["marketing_opt_out"], entities={"name": "Sue Ellen Marx", "postal_code": "52001"},
                note="stop the paper catalog, keep the e-mails: marketing opt-out limited to postal")

human("catalog-sharing opt-out", "powerhousecatalog", t(11, 11, 25, 37), "roundcube", "Helen Brandt",
      "hbrandt@mchsi.com",
      """Dear PowerHouse,

I enjoy your catalog and have ordered from it for years (the heated mattress pad is wonderful). I will keep ordering, so please keep sending it.

But I read on the back page of the new Holiday Gift Book that you make your customer list available to other companies. Please do NOT share, rent or sell my name and address to anyone. Since last spring I get five or six catalogs a week that I never asked for and I suspect this is why.

Helen Brandt
1602 W Sixth St
Ottumwa IA 52501
Cust # 0071 4426 9""", subject="Please do not share my name", labels=["catalog_share_opt_out"],
      entities={"name": "Helen Brandt", "postal_code": "52501", "account": "0071 4426 9"},
      note="keeps the catalog, refuses sharing: sharing opt-out only; customer number from the mailing label")

auto(t(11, 12, 40, 22), "customercare", "automated: phishing (Spanish)",
     M.bulk(k, t(11, 12, 40, 22), "customercare", "Servicio al Cliente Alliant", "avisos@alliant-servicio.info",
            "Aviso importante: su servicio ser\u00e1 suspendido hoy",
            text="""Estimado cliente:

Detectamos un pago pendiente en su cuenta de energ\u00eda. Su servicio ser\u00e1 suspendido hoy a las 5:00 p.m.

Para evitar la suspensi\u00f3n, confirme sus datos de pago aqu\u00ed:
http://alliant-servicio.info/pago?c=IA2711

Atentamente,
Departamento de Cobranza""", precedence=None, helo="smtp-relay.alliant-servicio.info", ip="91.215.85.14",
            dkim_dom="", spf="fail", dmarc="none", cs="iso-8859-1"),
     "Spanish phishing (lookalike domain, SPF fail, iso-8859-1)")

human("both opt-outs", "powerhousecatalog", t(11, 13, 30, 54), "outlook", "Richard Kampa", "rkampa@kampalaw.com",
      "Please remove my name from your mailing list and from any list that you sell, rent or exchange.\n\n"
      "Thank you.\n\nRichard Kampa", subject="Remove from mailing list", flavor="desktop",
      labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Richard Kampa"},
      note="Outlook desktop; removal plus no sale/rent/exchange: both opt-outs")

cal1 = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Jill Whitcomb:mailto:jwhitcomb@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer Care
 :mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=PowerHouse
 Catalog:mailto:powerhousecatalog@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Quick look at opt-out and do-not-share volume from
  the Gift Book and winter e-mails before drop 2. Bring counts.\\n
UID:040000008200E00074C5B7101A82E00800000000B0A1C3E2D8D6DB01000000000000000
 0100000007F3C2A1E9B4D4F4C8E6A2B1C0D9E8F7A
SUMMARY;LANGUAGE=en-US:Holiday campaigns: opt-out volume review
DTSTART;TZID=Central Standard Time:20271116T140000
DTEND;TZID=Central Standard Time:20271116T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20271111T202000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
_at = t(11, 14, 20, 2)
_p = prov_ms(k, "jwhitcomb@alliant-energy.com", CC, _at, "alliant-energy.com", consumer=False)
_b = "_000_%s_" % k.hexs(24, True)
_txt = ("Quick look at opt-out and do-not-share volume from the Gift Book and winter e-mails before drop 2. Bring counts.\n\n"
        "________________________________________________________________________________\nMicrosoft Teams meeting\n"
        "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2\nMeeting ID: 284 117 903 552\nPasscode: Xg7kP2\n"
        "________________________________________________________________________________\n")
_body = multipart(_b, [part('text/plain; charset="us-ascii"', _txt, "quoted-printable"),
                       part('text/html; charset="us-ascii"', "<html><body>%s</body></html>\n" % text_html_simple(_txt),
                            "quoted-printable"),
                       part('text/calendar; charset="utf-8"; method=REQUEST', cal1, "base64")])
auto(_at, "customercare", "automated: calendar invitation",
     M.raw_custom(k, _at, "customercare", _p,
                  ["From: Jill Whitcomb <jwhitcomb@alliant-energy.com>",
                   "To: Customer Care <customercare@alliant-energy.com>, PowerHouse Catalog\n <powerhousecatalog@alliant-energy.com>",
                   "Subject: Holiday campaigns: opt-out volume review", "Thread-Topic: Holiday campaigns: opt-out volume review",
                   "Thread-Index: AdoU%s" % k.alnum(20), "Date: %s" % rfcdate(sec(_at, -5).astimezone(UTC), twodigit=False),
                   "Message-ID: <%s@%s>" % (k.hexs(40, True), _p.srv), "Accept-Language: en-US",
                   "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
                   'Content-Type: multipart/alternative;\n\tboundary="%s"' % _b, "MIME-Version: 1.0"], _body),
     "internal Teams invitation (text/calendar) about opt-out volume; not a request")

human("question", "customercare", t(11, 15, 5, 40), "yahoo", "Kathy Oberbroeckling", "kobie1961@yahoo.com",
      "My bill came today and its $287.14. Last November it was $160 something. We didnt do anything different, "
      "same thermostat setting. Did the rates go up?? Or is the meter wrong. Account 8812 4470 15\n\n"
      "Kathy Oberbroeckling", subject="HIGH BILL", labels=["question"],
      entities={"name": "Kathy Oberbroeckling", "account": "8812 4470 15"},
      note="first heating bill of the season; billing question")

human("catalog-sharing opt-out (wrong mailbox)", "customercare", t(11, 19, 20, 3), "zimbra", "Bill Seitz",
      "bjseitz@windstream.net",
      "We saw on the PowerHouse catalog that you share your mailing list with other companies. Please do not share "
      "ours.\n\nBill and Joanne Seitz\nMarion, IA 52302", subject="mailing list",
      labels=["catalog_share_opt_out"], entities={"name": "Bill and Joanne Seitz", "postal_code": "52302"},
      note="sharing opt-out sent to customercare@ instead of the catalog address; household names kept joint")

human("unclear", "powerhousecatalog", t(11, 20, 40, 29), "iphone", "Ruth Goedken", "rgoedken@icloud.com",
      "Can you do the same for my daughter at her address? She's getting them too.\n\nRuth", subject="catalog",
      unclear=True, entities={"name": "Ruth"},
      note="'do the same' refers to an earlier request not in view, and it is for someone else: unclear")

# ==========================================================================================================
# Friday 12 November
# ==========================================================================================================
human("marketing opt-out", "powerhousecatalog", t(12, 7, 30, 12), "thunderbird", "Marjorie Kettleson",
      "mkettleson@cfu.net",
      "Please stop sending the PowerHouse catalog to my house. We got two of the Holiday books this week, one in my "
      "name and one still in my late husband's name. Please take both off.\n\nMarjorie Kettleson\n2214 Linden St\n"
      "Cedar Falls IA 50613", subject="Stop catalog", smtp="smtp.cfu.net", labels=["marketing_opt_out"],
      entities={"name": "Marjorie Kettleson", "postal_code": "50613"},
      note="widow stopping both catalogs to her own house: the household's own mail, so not 'on behalf' unclear")

o_staff1 = ours_staff(k, PH, "gpetersen55@gmail.com", t(12, 8, 14, 0), "Re: order question",
                      "Hi Gary,\n\nYour heated throw shipped on 11/8 by UPS, tracking 1Z 84W 9E1 03 5521 7730.\n\n"
                      "Thanks for ordering from PowerHouse!\nDenise, PowerHouse Customer Service")
auto(t(12, 8, 15, 4), "powerhousecatalog", "automated: bounce",
     M.bounce_gmail(k, t(12, 8, 15, 4), o_staff1, "gpetersen55@gmail.com"),
     "Gmail DSN returning a staff reply sent from powerhousecatalog@")

human("catalog-sharing opt-out", "powerhousecatalog", t(12, 9, 0, 44), "thunderbird", "Gerald T. Rusch",
      "gtrusch@tds.net",
      "To whom it may concern:\n\nPer the notice on the back cover of your Holiday Gift Book, I request that my name "
      "and address not be made available to other catalog companies.\n\nName: Gerald T. Rusch\n"
      "Address: 413 Prairie View Dr, Sun Prairie, WI 53590\n\nRegards,\nGerald T. Rusch", subject="Privacy request",
      smtp="smtp.tds.net", labels=["catalog_share_opt_out"],
      entities={"name": "Gerald T. Rusch", "postal_code": "53590"},
      note="formal sharing opt-out citing the printed catalog's notice")

human("both opt-outs", "powerhousecatalog", t(12, 9, 45, 18), "iphone", "Patricia Olmstead", "patolmstead@icloud.com",
      "Please stop sending me the catalog and do not share my address with anyone else either.\n\n"
      "Patricia Olmstead, 52803", subject="Catalog",
      labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Patricia Olmstead", "postal_code": "52803"}, note="stop the catalog and do not share")

auto(t(12, 10, 30, 5), "powerhousecatalog", "automated: newsletter",
     M.bulk(k, t(12, 10, 30, 5), "powerhousecatalog", "The Catalog Desk", "news@thecatalogdesk.com",
            "The Catalog Desk: holiday in-home dates, postal rate case, list-exchange etiquette",
            text="""THE CATALOG DESK - Week of Nov 8, 2027

* USPS holiday in-home windows are stretching; plan drop 3 by 11/22
* Postal rate case: what the January increase means for flats
* List-exchange etiquette: honoring do-not-share flags across partners
* Webinar 11/18: Co-op database modeling for holiday buyers

Read more: https://thecatalogdesk.com/weekly/2027-11-08

Manage subscription: https://thecatalogdesk.com/prefs?u=ph-alliant
The Catalog Desk, 1 N Wacker Dr, Chicago, IL 60606""", html="""<html><body><table width="600"><tr><td style="font-family:Arial">
<h2>THE CATALOG DESK</h2><p>Week of Nov 8, 2027</p><ul>
<li>USPS holiday in-home windows are stretching; plan drop 3 by 11/22</li>
<li>Postal rate case: what the January increase means for flats</li>
<li>List-exchange etiquette: honoring do-not-share flags across partners</li>
<li>Webinar 11/18: Co-op database modeling for holiday buyers</li></ul>
<p><a href="https://thecatalogdesk.com/weekly/2027-11-08">Read more</a></p>
<p style="font-size:11px">Manage subscription: <a href="https://thecatalogdesk.com/prefs?u=ph-alliant">preferences</a><br>The Catalog Desk, 1 N Wacker Dr, Chicago, IL 60606</p>
</td></tr></table></body></html>
""", list_id="<weekly.thecatalogdesk.com>", unsub="<https://thecatalogdesk.com/u/ph-alliant>",
            helo="mail189.suw12.mcsv.net", ip="198.2.189.44", msgid_dom="mail189.suw12.mcsv.net"),
     "trade newsletter; mentions do-not-share flags")

human("catalog-sharing opt-out", "powerhousecatalog", t(12, 11, 20, 30), "samsung", "", "crystal.hartz@yahoo.com",
      "Do not sell my info. Thx", subject="", labels=["catalog_share_opt_out"],
      note="terse 'do not sell my info' from a phone, empty subject, no name")

ack_sue = ours_ack("CC-2027-11-00071", "suemarx.dbq@gmail.com", t(11, 10, 31, 40), t(11, 10, 30, 6), "Sue Ellen Marx")
human("catalog-sharing opt-out (reply to our ack)", "customercare", t(12, 12, 5, 51), "gmail", "Sue Ellen Marx",
      "suemarx.dbq@gmail.com",
      "Thanks. I forgot to say, please don't share my name and address with the other catalog companies either. "
      "Still want the emails.\n\nSue Ellen", quote=ack_sue, labels=["catalog_share_opt_out"],
      entities={"name": "Sue Ellen"},
      note="reply to our acknowledgement that adds a new sharing opt-out; the quoted ack's opt-out wording is ours")

ack_rr = ours_ack("CC-2027-11-00069", "ahuebsch@huebschdental.com", t(11, 9, 2, 11), t(11, 9, 1, 0), "Anne Huebsch")
auto(t(12, 13, 10, 48), "customercare", "automated: read receipt",
     M.mdn_outlook(k, t(12, 13, 10, 48), ack_rr, "Anne Huebsch", "ahuebsch@huebschdental.com"),
     "Outlook read receipt (MDN) for our acknowledgement; loop trap")

human("both opt-outs (Spanish)", "powerhousecatalog", t(12, 15, 15, 2), "gmail", "Jorge Ram\u00edrez",
      "jorge.ramirez.ia@gmail.com",
      "Buenas tardes,\n\nPor favor ya no me env\u00eden m\u00e1s cat\u00e1logos y no compartan mis datos con ninguna otra "
      "compa\u00f1\u00eda.\n\nNo. de cliente 6610 2271 0\n\nGracias,\nJorge Ram\u00edrez",
      subject="Cat\u00e1logo PowerHouse", labels=["marketing_opt_out", "catalog_share_opt_out"],
      entities={"name": "Jorge Ram\u00edrez", "account": "6610 2271 0"},
      note="Spanish: stop the catalogs and do not share data; customer number written out")

auto(t(12, 16, 20, 37), "powerhousecatalog", "automated: vendor notice",
     M.bulk(k, t(12, 16, 20, 37), "powerhousecatalog", "Meridian List Services", "orders@meridianlistservices.com",
            "Exchange order LX-27-1184 confirmed: PowerHouse Catalog x Country Hearth Catalog",
            text="""EXCHANGE ORDER CONFIRMATION

Order: LX-27-1184
Mailer: Country Hearth Catalog
List owner: PowerHouse Catalog (Alliant Energy)
Selection: 12-month buyers, $50+, IA/WI/MN/IL
Quantity: 25,000 names (1:1 exchange)
Mail date: 12/01/2027
Omits: client do-not-share file received 11/05/2027 (4,506 names), DMAchoice, deceased

Please review and approve by 11/17/2027. This is an automated confirmation from the
Meridian order system. Reply to your broker, Dana Prout, dprout@meridianlistservices.com.""",
            precedence=None, extra=["Auto-Submitted: auto-generated"], helo="mx.meridianlistservices.com",
            ip="208.80.152.71"),
     "list broker order confirmation; talks about a do-not-share file, but it is vendor system mail")

human("marketing opt-out (Spanish)", "powerhousecatalog", t(12, 17, 45, 21), "outlook", "Miguel \u00c1ngel Soto",
      "miguelangel.soto@outlook.com",
      "No quiero recibir el cat\u00e1logo. Por favor qu\u00edtenme de la lista.\n\nMiguel \u00c1ngel Soto\nMadison, WI 53704",
      subject="Quitar de la lista", flavor="web", lang="es-MX", labels=["marketing_opt_out"],
      entities={"name": "Miguel \u00c1ngel Soto", "postal_code": "53704"}, note="Spanish: stop the catalog")

ack_gene = ours_ack("CC-2027-11-00078", "gpruitt@netins.net", t(12, 21, 8, 40), t(12, 21, 8, 0), "Gene Pruitt")
auto(t(12, 21, 10, 3), "customercare", "automated: auto-reply (headerless, loop trap)",
     M.ooo_plain(k, t(12, 21, 10, 3), ack_gene, "Gene Pruitt", "gpruitt@netins.net",
                 "Thanks for your email. I am up north deer hunting until Nov 22 with no internet. I will get back to "
                 "you when I return.\n\nGene", "customercare", "Re: " + ack_gene.subject, "mail.netins.net"),
     "hunting auto-responder with no Auto-Submitted/Precedence and a 'Re:' subject, answering our ack; loop trap")

# ==========================================================================================================
# Saturday 13 November
# ==========================================================================================================
human("marketing opt-out", "powerhousecatalog", t(13, 8, 40, 50), "yahoo", "J. Vosberg", "jvosberg@yahoo.com",
      "Remove from catalog mailing list. Label says CUST NO 5520 1183 7.\nThank you.\nJ. Vosberg",
      subject="Remove", labels=["marketing_opt_out"], entities={"name": "J. Vosberg", "account": "5520 1183 7"},
      note="catalog removal with the customer number from the printed label; initial + surname as written")

human("catalog-sharing opt-out (second language)", "powerhousecatalog", t(13, 9, 30, 19), "gmail", "Fatuma Hassan",
      "fatuma.hassan.ia@gmail.com",
      "Hello,\n\nI am customer for your catalog. Please not give my name and address to other company. Now I "
      "receive many letter from company I dont know.\n\nThank you,\nFatuma Hassan", subject="my name and address",
      labels=["catalog_share_opt_out"], entities={"name": "Fatuma Hassan"},
      note="second-language English; clearly a sharing opt-out, keeps the catalog")

human("opt-out + question", "powerhousecatalog", t(13, 10, 10, 2), "roundcube", "Robert Halverson",
      "rhalverson@charter.net",
      "Take me off the catalog list. And I want to know which companies you've given my name to, because I'm "
      "getting junk from outfits in Ohio and Maine I never did business with.\n\nRobert Halverson\nLa Crosse WI 54601",
      subject="catalog", smtp="mail.charter.net", labels=["marketing_opt_out", "question"],
      entities={"name": "Robert Halverson", "postal_code": "54601"},
      note="stop the catalog + asks who got his name (a question, not a sharing opt-out)")

human("unclear", "powerhousecatalog", t(13, 11, 55, 33), "gmail", "Bev Schmitt", "bevschmitt@gmail.com",
      "I want to stay on your list but please stop sending catalogs.\n\nBev", subject="list",
      unclear=True, entities={"name": "Bev"},
      note="self-contradicting: stay on the list yet stop the catalogs (maybe means 'don't share'? maybe e-mail only?)")

auto(t(13, 13, 20, 40), "customercare", "automated: phishing",
     M.bulk(k, t(13, 13, 20, 40), "customercare", "Alliant Energy via SharePoint", "no-reply@sharepointonline-docs.com",
            "Alliant Energy shared \"Q4 Rebate Payments.pdf\" with you",
            text="", html="""<html><body style="font-family:Segoe UI,Arial">
<table width="520"><tr><td>
<p><b>Alliant Energy</b> shared a file with you</p>
<p style="font-size:20px">Q4 Rebate Payments.pdf</p>
<p>This link will work for anyone with the link.</p>
<p><a href="https://sharepointonline-docs.com/:b:/g/alliant/Eq7Kp2?e=login" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#666">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""", html_only=True, precedence=None, helo="smtp.sharepointonline-docs.com", ip="193.233.48.102",
            dkim_dom="sharepointonline-docs.com", dmarc="none"),
     "credential phishing posing as a SharePoint share from Alliant")

human("unclear (on behalf)", "powerhousecatalog", t(13, 15, 40, 14), "outlook", "", "tyler.boone22@outlook.com",
      "I keep getting your catalogs for the previous tenant, Mary Kowalski. She moved out 2 years ago.",
      subject="Mary Kowalski", flavor="ios", unclear=True, entities={"name": "Mary Kowalski"},
      note="about a former tenant: stop? forward? update address? and no standing for her: unclear")

human("catalog-sharing opt-out (Spanish)", "powerhousecatalog", t(13, 20, 5, 41), "iphone", "Ana Mar\u00eda Quintero",
      "anamquintero@icloud.com",
      "Hola, me gusta mucho el cat\u00e1logo y quiero seguir recibi\u00e9ndolo, pero no quiero que compartan mi nombre "
      "ni mi direcci\u00f3n con otras compa\u00f1\u00edas.\n\nGracias,\nAna Mar\u00eda Quintero",
      subject="Privacidad", sig="Enviado desde mi iPhone", labels=["catalog_share_opt_out"],
      entities={"name": "Ana Mar\u00eda Quintero"},
      note="Spanish: keep the catalog, do not share: sharing opt-out only")

ack_hd = ours_ack("CC-2027-11-00082", "rentals@cedarvalleyproperties.com", t(13, 9, 11, 30), t(13, 9, 10, 0))
auto(t(13, 9, 12, 14), "customercare", "automated: auto-reply (helpdesk, loop trap)",
     M.bulk(k, t(13, 9, 12, 14), "customercare", "Cedar Valley Properties Support", "support@cedarvalleyproperties.com",
            "Ticket #48213 received: " + ack_hd.subject,
            text="""Hello,

Thank you for contacting Cedar Valley Properties. Your request has been received and
assigned ticket #48213. A member of our team will respond within 2 business days.

For maintenance emergencies (no heat, water leaks), call our 24-hour line at 319-555-0166.

To add information to this ticket, reply to this email and keep the ticket number in the subject.

Cedar Valley Properties
Resident Services""", precedence="bulk",
            extra=["Auto-Submitted: auto-replied", "In-Reply-To: %s" % ack_hd.msgid,
                   "X-Helpdesk-Ticket: 48213"], helo="mail.deskhq-outbound.com", ip="52.6.118.41",
            dkim_dom="cedarvalleyproperties.com"),
     "a landlord's helpdesk opened a ticket on our acknowledgement; loop trap")


# ==========================================================================================================
# Sunday 14 November
# ==========================================================================================================
human("both opt-outs", "customercare", t(14, 10, 20, 37), "gmail", "Gary Menke", "garyandlois.menke@gmail.com",
      "Hello,\n\nWe are leaving for Arizona on the 20th like every year. Please take us off all of your promotional "
      "mailings, paper and email, and don't pass our address along to other companies. We pay the bill online so "
      "we don't need anything else in the mail.\n\nGary & Lois Menke", subject="Take us off mailing lists",
      labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Gary & Lois Menke"},
      note="snowbirds: all promotions off and no passing the address on; shared household address")

human("question (address change)", "customercare", t(14, 13, 0, 29), "yahoo", "Norma Feldkamp", "nfeldkamp@aol.com",
      "Hi,\n\nWe're heading to Florida Nov 22 till the middle of April. Can you send our bills to our winter address "
      "while we're gone?\n\n3300 Gulf Blvd Apt 204\nIndian Rocks Beach, FL 33785\n\nAccount 2209 6613 48\n\n"
      "Thank you,\nNorma Feldkamp", subject="Winter address", labels=["question"],
      entities={"name": "Norma Feldkamp", "postal_code": "33785", "account": "2209 6613 48"},
      note="seasonal change of billing address: question; the only ZIP written is the Florida one")

auto(t(14, 15, 35, 12), "customercare", "automated: list post",
     M.bulk(k, t(14, 15, 35, 12), "customercare", "Dana Whitfield", "dwhitfield@northwoodspower.coop",
            "Re: [util-privacy] How do you acknowledge do-not-sell requests that come by e-mail?",
            text="""We send an automatic acknowledgement with a reference number and tell the customer
it takes up to 10 business days. The trick is not replying to auto-replies and bounces,
we had a mail loop with an out-of-office last winter that sent 400 messages overnight.

For "unsubscribe" one-liners we only act when it's a reply to a marketing piece.

Dana

On Fri, Nov 12, 2027 at 9:14 AM Chris Allard <callard@prairiegas.com> wrote:
> Curious how others handle opt-out and do-not-sell e-mails. Do you auto-acknowledge?

--
You received this message because you are subscribed to the Google Groups "Utility Privacy Practitioners" group.
To unsubscribe from this group and stop receiving emails from it, send an email to util-privacy+unsubscribe@googlegroups.com.""",
            list_id="<util-privacy.googlegroups.com>", unsub="<mailto:googlegroups-manage+318822401997+unsubscribe@googlegroups.com>,\n <https://groups.google.com/d/forum/util-privacy/unsubscribe>",
            precedence="list", helo="mail-sor-f69.google.com", ip="209.85.220.69",
            return_path="util-privacy+bncBDK3VQ7Z4QGRBXM5Q2@googlegroups.com", dkim_dom="googlegroups.com",
            extra=["Sender: util-privacy@googlegroups.com", "Mailing-list: list util-privacy@googlegroups.com; contact util-privacy+owners@googlegroups.com",
                   "List-Post: <https://groups.google.com/group/util-privacy/post>, <mailto:util-privacy@googlegroups.com>",
                   "X-Original-Sender: dwhitfield@northwoodspower.coop"]),
     "Google Groups post from a peer utility about acknowledging opt-outs; list traffic")

human("unclear (Spanish)", "customercare", t(14, 18, 50, 22), "samsung", "", "marisolb.1985@gmail.com",
      "Ya no por favor", subject="", sig="Enviado desde mi Galaxy", unclear=True,
      note="'not any more, please' with no subject, no quote, no object")

# ==========================================================================================================
# Monday 15 November: first snow, outage alerts 5:12 a.m.
# ==========================================================================================================
o = ours_outage(k, "cjaspers@icloud.com")
human("unclear (short reply over service mail)", "customercare", t(15, 5, 40, 8), "iphone", "Chad Jaspers",
      "cjaspers@icloud.com", "stop", quote=o, unclear=True,
      note="'stop' over an outage alert (service message; Reply-To brought it here): not a marketing opt-out")

o = ours_outage(k, "jess.pflughaupt@gmail.com")
human("question (over outage alert)", "customercare", t(15, 6, 15, 43), "gmail", "Jess Pflughaupt",
      "jess.pflughaupt@gmail.com",
      "When will the power be back on? It's been out since 2am and we have a 3 week old baby, the house is at 58 "
      "and dropping. Is 11:30 for real? 1420 Oak Crest Dr\n\nJess", quote=o, labels=["question"],
      entities={"name": "Jess"}, note="urgent outage question sent as a reply to the alert")

o = ours_outage(k, "gloria.ortiz.wloo@gmail.com")
human("question (Spanish, over outage alert)", "customercare", t(15, 6, 50, 31), "samsung", "Gloria Ortiz",
      "gloria.ortiz.wloo@gmail.com",
      "\u00bfCu\u00e1ndo regresa la luz? Tenemos ni\u00f1os chiquitos y hace mucho fr\u00edo. Gracias\nGloria Ortiz",
      quote=o, sig="Enviado desde mi Galaxy", labels=["question"], entities={"name": "Gloria Ortiz"},
      note="Spanish outage question over the English alert")

ack_yb = ours_ack("CC-2027-11-00086", "djkoopman@yahoo.com", t(15, 10, 44, 2), t(15, 10, 43, 0))
auto(t(15, 10, 45, 40), "customercare", "automated: bounce (no MIME)",
     M.bounce_yahoo_legacy(k, t(15, 10, 45, 40), ack_yb, "djkoopman@yahoo.com"),
     "Yahoo 'Failure Notice' without MIME, returning our acknowledgement; no Auto-Submitted")

human("marketing opt-out (e-mail only)", "customercare", t(15, 11, 30, 55), "outlook", "Angela Bruening",
      "angela.bruening@hotmail.com",
      "Please take me off the email list for promotions. Paper mail is fine.\n\nThanks, Angela",
      subject="promo emails", flavor="web", labels=["marketing_opt_out"], entities={"name": "Angela"},
      note="e-mail channel only; keeps paper")

_at = t(15, 12, 20, 10)
auto(_at, "customercare", "automated: vendor notice",
     M.bulk(k, _at, "customercare", "Microsoft 365 Message center", "quarantine@messaging.microsoft.com",
            "Microsoft 365 security: You have messages in quarantine",
            text="""Review these messages

3 messages are being held for you to review as of 11/15/2027 6:19:58 PM (UTC).

Review them within 30 days of the received date by going to the Quarantine page in the Security Center.

Sender: billing@alliant-energy-pay.com
Subject: Final Notice: Your service will be disconnected within 24 hours
Date: 11/15/2027 3:02:11 PM

Sender: no-reply@docsign-secure.net
Subject: Completed: Rebate agreement - please sign
Date: 11/15/2027 4:40:27 PM

Sender: offers@holiday-giftcard-rewards.com
Subject: Your PowerHouse reward is waiting
Date: 11/15/2027 5:51:03 PM""", precedence=None, extra=["X-MS-Exchange-Organization-Quarantine: digest"],
            helo="mail-dm6nam10on2050.outbound.protection.outlook.com", ip="40.107.93.50",
            dkim_dom="messaging.microsoft.com"),
     "quarantine digest from Microsoft 365; system notification")

human("opt-out + question (complaint)", "customercare", t(15, 13, 5, 17), "gmail", "Ron Tjaden", "rtjaden@gmail.com",
      "Why do I keep getting your ads? I opted out two years ago and this fall I've gotten a thermostat flyer, a "
      "veterans day email and now something about budget billing. This is ridiculous. Stop it and tell me why "
      "my opt out didn't stick.\n\nRon Tjaden\nWaterloo 50701", subject="STILL getting ads",
      labels=["marketing_opt_out", "question"], entities={"name": "Ron Tjaden", "postal_code": "50701"},
      note="complaint that an old opt-out failed plus a fresh 'stop it': opt-out and question")

human("unclear (on behalf, deceased)", "customercare", t(15, 14, 40, 6), "gmail", "Karen Jensen-Moe",
      "kjensenmoe@gmail.com",
      "My father Harold Jensen passed away in September. Please stop sending him mail. His account number was "
      "5512 0087 63.\n\n- Karen Jensen-Moe", subject="Harold Jensen", unclear=True,
      entities={"name": "Harold Jensen", "account": "5512 0087 63"},
      note="daughter writing for a deceased father: standing unknown, and 'mail' may mean bills/account: unclear")

human("opt-out + question", "customercare", t(15, 16, 10, 48), "zimbra", "Connie Wirth", "cwirth@centurylink.net",
      "Please stop all marketing mail to me. Also, how long does it take once you put it in? I asked the "
      "PowerHouse people once and still got the Christmas book.\n\nConnie Wirth\nMonticello IA 52310",
      subject="marketing mail", labels=["marketing_opt_out", "question"],
      entities={"name": "Connie Wirth", "postal_code": "52310"},
      note="clear opt-out plus 'how long does it take': both labels")

mid_rosa = human("marketing opt-out (Spanish)", "customercare", t(15, 19, 30, 4), "gmail", "Rosa Delgado",
                 "rosadelgado.mtown@gmail.com",
                 "Buenas tardes,\n\nPor favor ya no me manden correos de promociones ni publicidad por correo postal.\n\n"
                 "Gracias.\nRosa Delgado", subject="Publicidad", labels=["marketing_opt_out"],
                 entities={"name": "Rosa Delgado"}, note="Spanish: no promotional e-mail and no advertising by post")

auto(t(15, 20, 40, 39), "powerhousecatalog", "automated: cold sales",
     M.bulk(k, t(15, 20, 40, 39), "powerhousecatalog", "Brent Kaczmarek", "bkaczmarek@cooperativedata-partners.com",
            "Co-op data: 2.1M verified holiday catalog buyers for drop 3",
            text="""Hi PowerHouse team,

Saw your Holiday Gift Book in homes this week, great cover.

We run a co-op database of 2.1M verified holiday catalog buyers (gifts, home comfort, 55+).
Members contribute transaction data and get modeled names back at $45/M. Every file is run
against DMAchoice and members' do-not-share flags, so you stay compliant.

Worth a 15-minute call before your drop 3 merge?

Brent Kaczmarek
Cooperative Data Partners
312-555-0196

Not interested? Reply "remove" and I won't follow up.""", precedence=None, helo="mail.cooperativedata-partners.com",
            ip="162.243.77.18"),
     "cold sales pitch for list data; 'do-not-share' and 'remove' are its own words")

# ==========================================================================================================
# Tuesday 16 November
# ==========================================================================================================
ack_rosa = ours_ack("CC-2027-11-00098", "rosadelgado.mtown@gmail.com", t(15, 19, 31, 20), t(15, 19, 30, 4),
                    "Rosa Delgado")
human("thanks to our acknowledgement (Spanish)", "customercare", t(16, 7, 5, 18), "gmail", "Rosa Delgado",
      "rosadelgado.mtown@gmail.com", "Muchas gracias", quote=ack_rosa, ack=None,
      note="Spanish thank-you to our acknowledgement; no action, no reply")

human("question", "customercare", t(16, 8, 30, 12), "outlook", "Lyle Hemesath", "office@hemesathfarms.com",
      "Good morning,\n\nOur grain dryer ran hard in October with the wet corn and the bill on the farm account is a lot "
      "higher than we planned for. Can we set up a payment plan on the farm account 6602 1189 30 and spread it out "
      "over the winter?\n\nPlease reply to me directly at lyle@hemesathfarms.com, the office address is checked by "
      "several people.\n\nLyle Hemesath\nHemesath Farms\n2140 Ossian Rd\nCalmar, IA 52132\n563-555-0174",
      subject="Farm account payment plan", flavor="desktop", reply_to="Lyle Hemesath <lyle@hemesathfarms.com>",
      labels=["question"], entities={"name": "Lyle Hemesath", "postal_code": "52132", "account": "6602 1189 30"},
      ack="lyle@hemesathfarms.com",
      note="farm billing question from a shared office address with a personal Reply-To (and asks to be answered there)")

human("sharing opt-out + question", "customercare", t(16, 9, 10, 5), "gmail", "Nate Gustafson", "nategus@gmail.com",
      "Does Alliant sell my information to other companies? If it does I don't want it sold.\n\nNate Gustafson",
      subject="selling info", labels=["catalog_share_opt_out", "question"], entities={"name": "Nate Gustafson"},
      note="asks whether data is sold and, conditionally, refuses sale: sharing opt-out plus question")

o_bill = ours_bill(k, "gail.reinking@gmail.com", "4415", "212.48", "3", t(15, 4, 2, 0))
human("unclear (forwarded bill)", "customercare", t(16, 10, 20, 36), "gmail", "Gail Reinking",
      "gail.reinking@gmail.com", "please remove me\n-Gail", fwd=o_bill, subject="Fwd: " + o_bill.subject,
      unclear=True, entities={"name": "Gail"},
      note="'remove me' over a forwarded bill notice (service mail): from e-bills? paper? marketing? unclear")

ack_nlm = ours_ack("CC-2027-11-00091", "info@riverbendvet.com", t(15, 16, 55, 3), t(15, 16, 54, 0))
auto(t(16, 11, 0, 27), "customercare", "automated: auto-reply (headerless, loop trap)",
     M.ooo_plain(k, t(16, 11, 0, 27), ack_nlm, "Riverbend Veterinary Clinic", "info@riverbendvet.com",
                 "This email address is no longer monitored. Riverbend Veterinary Clinic has moved to a new patient "
                 "portal. Please contact us at frontdesk@riverbendvetclinic.com or call 319-555-0153.\n\n"
                 "Riverbend Veterinary Clinic", "customercare", "This address is no longer monitored",
                 "mail.riverbendvet.com", threaded=False),
     "'no longer monitored' auto-reply without Auto-Submitted or threading headers, to our ack; loop trap")

human("question (data access)", "customercare", t(16, 11, 45, 54), "outlook", "Daniel Okafor",
      "dokafor@mercyiowacity.org",
      "Hello,\n\nUnder your privacy policy, I would like a copy of the personal information Alliant Energy holds "
      "about me, including my marketing preferences and a list of any third parties my information has been shared "
      "with in the last two years.\n\nPlease send it to my personal address (reply-to).\n\nDaniel Okafor\n"
      "Account 4401 2236 90", subject="Request for my personal information", flavor="desktop",
      reply_to="Daniel Okafor <d.okafor.home@gmail.com>", labels=["question"],
      entities={"name": "Daniel Okafor", "account": "4401 2236 90"}, ack="d.okafor.home@gmail.com",
      note="access request (copy of data): question; work From with a personal Reply-To he asks us to use")

human("sharing opt-out + address change", "powerhousecatalog", t(16, 13, 15, 8), "yahoo", "Linda Ostrowski",
      "lostrowski55@yahoo.com",
      "Hi, please don't share my name with other companies. Also I moved, my new address is 88 Birch Ln, Mount Horeb "
      "WI 53572. Keep sending the catalog there please!\n\nLinda Ostrowski", subject="new address + privacy",
      labels=["catalog_share_opt_out", "question"],
      entities={"name": "Linda Ostrowski", "postal_code": "53572"},
      note="sharing opt-out plus change of address (question); keeps the catalog")

ack_cr = ours_ack("CC-2027-11-00101", "sbergquist@frontiernet.net", t(16, 14, 28, 30), t(16, 14, 27, 0))
auto(t(16, 14, 30, 2), "customercare", "automated: challenge-response",
     M.bulk(k, t(16, 14, 30, 2), "customercare", "MailGuard Verify", "verify@mailguardpro.net",
            "Please verify your message to sbergquist@frontiernet.net",
            text="""Hello,

You recently sent a message to sbergquist@frontiernet.net with the subject:
"%s"

To protect against spam, this person only accepts mail from verified senders.
Click the link below to verify you are a person and your message will be delivered:

https://verify.mailguardpro.net/c/8Fq2LmX0

If you do not verify within 7 days your message will be deleted.

MailGuard Pro - Stop spam before it starts""" % ack_cr.subject, precedence="junk",
            extra=["Auto-Submitted: auto-replied", "In-Reply-To: %s" % ack_cr.msgid], helo="out.mailguardpro.net",
            ip="69.64.37.120"),
     "challenge-response system answering our acknowledgement; loop trap")

human("unclear + question (delete everything)", "customercare", t(16, 15, 20, 49), "gmail", "Trevor Mahr",
      "trevormahr@gmail.com",
      "Delete all my information from your systems. I'm moving to Austin in December and I don't want Alliant "
      "having anything on me after that.\n\n- Trevor Mahr", subject="delete my info",
      labels=["question"], unclear=True, entities={"name": "Trevor Mahr"},
      note="request to delete everything: unclear plus question per LABELS.md; the bot may not delete account data")

auto(t(16, 17, 10, 25), "customercare", "automated: newsletter",
     M.bulk(k, t(16, 17, 10, 25), "customercare", "Helpline Weekly", "newsletter@helplineweekly.com",
            "Helpline Weekly: holiday surge staffing, AI triage for shared inboxes, and more",
            text="""HELPLINE WEEKLY - November 16, 2027

1. Holiday surge: how to staff a shared inbox when volume triples
2. AI triage for privacy requests: what regulators expect
3. Case study: a utility cut opt-out backlog from 3 weeks to 2 days

Read online: https://helplineweekly.com/n/2027-11-16

You're subscribed as customercare@alliant-energy.com.
Unsubscribe: https://helplineweekly.com/unsub?e=Y3VzdG9tZXJjYXJl""",
            list_id="Helpline Weekly <weekly.helplineweekly.com>",
            unsub="<https://helplineweekly.com/unsub?e=Y3VzdG9tZXJjYXJl>",
            helo="mta-174-21.sparkpostmail.com", ip="192.174.91.21"),
     "customer-service trade newsletter")

human("question (opt back in)", "customercare", t(16, 20, 15, 21), "gmail", "Phil Strand", "philstrand@gmail.com",
      "Hi there, I unsubscribed from your emails last spring by accident when I was cleaning out my inbox. Could "
      "you put me back on? I would have liked to know about the thermostat rebate.\n\nThanks, Phil Strand",
      subject="put me back on email list", labels=["question"], entities={"name": "Phil Strand"},
      note="opting back in: question; the old unsubscribe is not a new opt-out")

# ==========================================================================================================
# Wednesday 17 November
# ==========================================================================================================
ack_ooo = ours_ack("CC-2027-11-00104", "janellebeck@outlook.com", t(17, 7, 44, 1), t(17, 7, 43, 0), "Janelle Beck")
auto(t(17, 7, 45, 12), "customercare", "automated: auto-reply (loop trap)",
     M.ooo_exchange(k, t(17, 7, 45, 12), ack_ooo, "Janelle Beck", "janellebeck@outlook.com",
                    "I'm traveling for the holidays and will have limited access to email until November 29. "
                    "I'll reply when I'm back.\n\nJanelle", "customercare"),
     "Outlook.com automatic reply to our acknowledgement (Auto-Submitted); loop trap")

human("opt-out + question (Spanish)", "customercare", t(17, 8, 30, 27), "outlook", "Carmen Villalobos",
      "carmenv.iowa@hotmail.com",
      "Hola,\nYa no quiero recibir publicidad de ustedes, ni cartas ni correos.\n\nY tambi\u00e9n quiero saber por qu\u00e9 "
      "mi factura subi\u00f3 tanto este mes, de $98 a $241. Cuenta 3318 5507 21.\n\nCarmen", subject="Publicidad y factura",
      flavor="web", lang="es-US", labels=["marketing_opt_out", "question"],
      entities={"name": "Carmen", "account": "3318 5507 21"},
      note="Spanish: no advertising by post or e-mail, plus a high-bill question")

ack_ex = ours_ack("CC-2027-11-00093", "wkoenig@netins.net", t(16, 9, 3, 33), t(16, 9, 2, 0))
auto(t(17, 9, 20, 51), "customercare", "automated: bounce",
     M.bounce_exim(k, t(17, 9, 20, 51), ack_ex, "wkoenig@netins.net", "mx1.netins.net",
                   "mailbox is full: retry timeout exceeded"),
     "Exim 'Mail delivery failed' returning our ack (mailbox full)")

human("question", "customercare", t(17, 10, 40, 16), "gmail", "Brian Kloster", "bkloster.outdoors@gmail.com",
      "Quick question. There's a power line easement across the back 40 on my place near Elkport. Is it OK to put a "
      "ladder stand on the tree line right next to it or do I need to be a certain distance away? Don't want to "
      "get in trouble with you guys. Who do I ask?\n\nBrian Kloster", subject="deer stand by power line",
      labels=["question"], entities={"name": "Brian Kloster"},
      note="hunting-season safety question about an easement; service question, not privacy")

auto(t(17, 12, 5, 40), "customercare", "automated: social notification",
     M.bulk(k, t(17, 12, 5, 40), "customercare", "LinkedIn", "messages-noreply@linkedin.com",
            "Customer, you appeared in 9 searches this week",
            text="""You appeared in 9 searches this week

Your profile was found by people from:
- Utilities
- Marketing Services
- Staffing and Recruiting

See all searches: https://www.linkedin.com/me/search-appearances/

----------------------------------------
This email was intended for Customer Care.
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail
(c) 2027 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
            html="""<html><body style="font-family:-apple-system,system-ui,Arial"><table width="512"><tr><td>
<h2 style="font-size:20px">You appeared in 9 searches this week</h2>
<p>Your profile was found by people from: Utilities, Marketing Services, Staffing and Recruiting</p>
<p><a href="https://www.linkedin.com/me/search-appearances/" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">See all searches</a></p>
<p style="font-size:11px;color:#666">This email was intended for Customer Care. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail">Unsubscribe</a><br>&copy; 2027 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>
""", list_id="<SearchAppearances.linkedin.com>",
            unsub="<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail>",
            helo="mail-a-18.linkedin.com", ip="108.174.0.215", msgid_dom="linkedin.com"),
     "social-network notification to the shared mailbox; bulk mail")

ack_dly = ours_ack("CC-2027-11-00097", "office@decorahlumber.com", t(17, 10, 20, 0), t(17, 10, 19, 0))
auto(t(17, 14, 30, 6), "customercare", "automated: bounce (delay warning)",
     M.bounce_postfix_ours(k, t(17, 14, 30, 6), ack_dly, "office@decorahlumber.com", "4.4.1",
                           "connect to mail.decorahlumber.com[96.43.112.9]:25: Connection timed out", None,
                           delayed=True),
     "Postfix 'Delayed Mail (still being retried)' for our acknowledgement; warning only")

# ==========================================================================================================
# Thursday 18 November
# ==========================================================================================================
human("marketing opt-out (business)", "customercare", t(18, 8, 10, 33), "outlook", "Tom Brecht",
      "tbrecht@brechtfamilyfarms.com",
      "Hello,\n\nPlease remove our business from your marketing emails and mailers. We only need the bill notices "
      "and outage alerts.\n\nTom Brecht\nOperations Manager\nBrecht Family Farms LLC\n2870 County Rd W\n"
      "Lancaster, WI 53813\n608-555-0112", subject="Marketing emails", flavor="desktop",
      labels=["marketing_opt_out"], entities={"name": "Tom Brecht", "postal_code": "53813"},
      note="business customer; keeps service mail; ZIP from the signature")

o_staff2 = ours_staff(k, PH, "jkrapfl@mhtc.net", t(17, 15, 20, 0), "Re: catalog question",
                      "Hello Joyce,\n\nWe've updated your record so your name will not be shared with other catalogs. "
                      "You will keep receiving the PowerHouse catalog.\n\nBest regards,\nDenise, PowerHouse Customer Service",
                      to_name="Joyce Krapfl")
auto(t(18, 9, 30, 44), "powerhousecatalog", "automated: read receipt",
     M.mdn_thunderbird(k, t(18, 9, 30, 44), o_staff2, "Joyce Krapfl", "jkrapfl@mhtc.net", "smtp.mhtc.net"),
     "Thunderbird return receipt for a staff reply; quoted headers mention sharing")

ack_ndr = ours_ack("CC-2027-11-00108", "accounting@siouxlandsupply.com", t(18, 10, 14, 0), t(18, 10, 13, 0))
auto(t(18, 10, 15, 20), "customercare", "automated: bounce",
     M.bounce_exchange(k, t(18, 10, 15, 20), ack_ndr, "accounting@siouxlandsupply.com", "siouxlandsupply.com",
                       "siouxlandsupply.com"),
     "Exchange Online NDR for our acknowledgement")

cal2 = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20271119T100000
DTEND;TZID=America/Chicago:20271119T103000
DTSTAMP:20271118T192500Z
ORGANIZER;CN=Nora Lindgren:mailto:nlindgren@prairieletterhouse.com
UID:5r2v9k8q1m0c7b3n4d6f8h0j2l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=powerhousecatalog@alliant-energy.com;X-NUM-GUESTS=0:mailto:powerhou
 secatalog@alliant-energy.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nora Lindgren;X-NUM-GUESTS=0:mailto:nlindgren@prairieletterhouse.com
DESCRIPTION:Last call for suppression files (do-not-mail / do-not-share) be
 fore the H27GB drop 3 merge.
LOCATION:https://meet.google.com/kzq-rtwp-mvd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:H27GB drop 3 suppression cutoff
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
_at = t(18, 13, 25, 17)
_p = prov_gmail(k, "nlindgren@prairieletterhouse.com", PH, _at)
_p.authres_dkim = "header.d=prairieletterhouse.com header.s=google header.b=%s" % k.alnum(8)
_p.dmarc_dom = "prairieletterhouse.com"
_b1, _b2 = k.boundary_gmail(), k.boundary_gmail()
_txt = ("H27GB drop 3 suppression cutoff\nFriday Nov 19, 2027 \u22c5 10:00 \u2013 10:30am\nCentral Time - Chicago\n\n"
        "Last call for suppression files (do-not-mail / do-not-share) before the H27GB drop 3 merge.\n\n"
        "Join with Google Meet\nhttps://meet.google.com/kzq-rtwp-mvd\n\nOrganizer\nNora Lindgren\n"
        "nlindgren@prairieletterhouse.com\n\nGuests\npowerhousecatalog@alliant-energy.com\n\n"
        "Reply for powerhousecatalog@alliant-energy.com\n\nInvitation from Google Calendar\n")
_alt = multipart(_b2, [part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', _txt, "base64"),
                       part('text/html; charset="UTF-8"', "<html><body>%s</body></html>\n" % text_html_simple(_txt),
                            "quoted-printable"),
                       part('text/calendar; charset="UTF-8"; method=REQUEST', cal2, "7bit")])
_body = multipart(_b1, ['Content-Type: multipart/alternative; boundary="%s"\n\n%s' % (_b2, _alt),
                        part('application/ics; name="invite.ics"', cal2, "base64",
                             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
auto(_at, "powerhousecatalog", "automated: calendar invitation",
     M.raw_custom(k, _at, "powerhousecatalog", _p,
                  ["MIME-Version: 1.0", "Reply-To: Nora Lindgren <nlindgren@prairieletterhouse.com>",
                   "Sender: Google Calendar <calendar-notification@google.com>",
                   "Message-ID: <calendar-%s@google.com>" % k.uuid(), "Date: %s" % rfcdate(sec(_at, -2), twodigit=False),
                   "Subject: Invitation: H27GB drop 3 suppression cutoff @ Fri Nov 19, 2027 10am - 10:30am (CST)\n (powerhousecatalog@alliant-energy.com)",
                   "From: Nora Lindgren <nlindgren@prairieletterhouse.com>", "To: powerhousecatalog@alliant-energy.com",
                   'Content-Type: multipart/mixed; boundary="%s"' % _b1], _body),
     "Google Calendar invitation from the mail house about the do-not-share cutoff")

# ==========================================================================================================
# Friday 19 November
# ==========================================================================================================
human("marketing opt-out (household)", "powerhousecatalog", t(19, 9, 5, 50), "roundcube", "Wuebker Family",
      "wuebkerfamily@alpinecom.net",
      "Please take Dennis and Carol Wuebker off the PowerHouse catalog list. We're downsizing and moving in with our "
      "daughter after Christmas so we don't need anything.\n\n309 E Mill St\nElkader IA 52043\n\nCarol",
      subject="Catalog", smtp="mail.alpinecom.net", reply_to="Carol Wuebker <carolwuebker@gmail.com>",
      labels=["marketing_opt_out"], entities={"name": "Dennis and Carol Wuebker", "postal_code": "52043"},
      ack="carolwuebker@gmail.com",
      note="couple's catalog removal from a shared family address; Reply-To names Carol, so the ack goes there")

o = ours_gift(k, "ljschroeder@mchsi.com", "Lois Schroeder")
human("both opt-outs (reply over promo)", "powerhousecatalog", t(19, 10, 40, 31), "thunderbird", "Lois Schroeder",
      "ljschroeder@mchsi.com",
      "Please remove me from this email list and the paper one too. And I don't want my name given to the other "
      "catalog companies you mention at the bottom.\n\nLois Schroeder", quote=o, smtp="smtp.mchsi.com",
      labels=["marketing_opt_out", "catalog_share_opt_out"], entities={"name": "Lois Schroeder"},
      note="bottom-posted reply under the Gift Book; her own sentence points at our footer's sharing notice")

human("question (how to opt out)", "customercare", t(19, 12, 10, 14), "applemail", "Greg Tiedt", "gtiedt@me.com",
      "Hi,\n\nMy mother-in-law is 92 and gets a lot of mail from you folks, plus catalogs. What is the process for "
      "taking an elderly person off the mailing lists? Do I need power of attorney papers?\n\nGreg",
      subject="Process for elderly parent", labels=["question"], entities={"name": "Greg"},
      note="asks what the process is for someone else; no request made yet: question only")

add(t(19, 14, 2, 26), "powerhousecatalog", "inbox-cleaner unsubscribe (Auto-Submitted)",
    M.unsub_cleaner(k, t(19, 14, 2, 26), "Heather Ames", "heatherames@yahoo.com", "powerhousecatalog",
                    "unsubscribe PH-2711-GB", "SweepMail/1.19", "sweepmail.io",
                    "Heather Ames (heatherames@yahoo.com) has asked to unsubscribe from this list.\nSent automatically by SweepMail."),
    labels=["marketing_opt_out"], note="inbox cleaner with Auto-Submitted: opt-out, but no acknowledgement",
    ack_to=None)

human("marketing opt-out (hunter)", "customercare", t(19, 17, 45, 3), "samsung", "Jake Nefzger",
      "jnefzger24@gmail.com",
      "quit sending me stuff about thermostats and budget billing i rent a cabin up here for hunting season only "
      "and dont need any of it\n\njake", subject="emails", sig="", labels=["marketing_opt_out"],
      entities={"name": "jake"}, note="lower-case, no punctuation; marketing e-mails")


# ==========================================================================================================
def main():
    msgs = sorted(MSGS, key=lambda m: m["at"])
    os.makedirs(OUTDIR, exist_ok=True)
    for f in os.listdir(OUTDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTDIR, f))
    man, idx = [], []
    for i, m in enumerate(msgs, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUTDIR, fn), "wb") as fh:
            fh.write(m["raw"])
        rec = {"file": fn, "mailbox": m["mailbox"], "automated": m["automated"], "labels": m["labels"],
               "unclear": m["unclear"], "entities": m["entities"], "note": m["note"], "ack_to": m["ack_to"]}
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append("%s\t%s" % (fn, m["cat"]))
    with open(os.path.join(OUTDIR, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUTDIR, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(msgs))


if __name__ == "__main__":
    main()
