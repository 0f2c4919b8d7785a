#!/usr/bin/env python3
"""Rebuild the `ourhouse` corpus byte for byte: python3 _generator/build.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from lib import *  # noqa
import lib
from ours import OURS, ack
from clients import render
import auto

MSGS = []


def add(t, box, raw, cat, labels=(), unclear=False, ent=None, note="", ack_to=None, automated=False):
    MSGS.append(dict(t=t, box=box, raw=raw, cat=cat, labels=list(labels), unclear=unclear, ent=ent or {}, note=note,
                     ack_to=ack_to, automated=automated))


def H(t, box, client, prov, fname, faddr, subject, text, cat, labels=(), unclear=False, ent=None, note="", ack_to="from", **kw):
    m = dict(t=t, box=box, client=client, prov=prov, from_name=fname, from_addr=faddr, subject=subject, text=text)
    m.update(kw)
    raw = render(m)
    if ack_to == "from":
        ack_to = faddr
    elif ack_to == "reply":
        ack_to = kw["reply_to"].split("<")[-1].rstrip(">")
    add(t, box, raw, cat, labels, unclear, ent, note, ack_to)


def A(t, box, raw, cat, note):
    add(t, box, raw, cat, note=note, automated=True)


def G(helo, ipprefix, **kw):
    d = dict(helo=helo, ipprefix=ipprefix)
    d.update(kw)
    return d


MO, OP, CO = "marketing_opt_out", "catalog_share_opt_out", "question"
TDS = G("mail.tds.net", "204.246.1")
NETINS = G("smtp.netins.net", "167.142.1")
MEDIACOM = G("smtp-out.mediacombb.net", "173.16.2")
WINDSTREAM = G("smtp.windstream.net", "162.39.1")
CHARTER = G("dnvrco-cmomta01.email.rr.com", "107.14.166")

ACK1 = ack("CC-2027-10-04388", dt(22, 8, 20, 11))
ACK2 = ack("CC-2027-10-04402", dt(22, 9, 11, 40))
ACK3 = ack("CC-2027-10-04421", dt(23, 13, 54, 40))
ACK4 = ack("CC-2027-10-04457", dt(25, 11, 29, 50))
ACK5 = ack("CC-2027-10-04473", dt(25, 13, 31, 2))
ACK6 = ack("CC-2027-10-04490", dt(26, 16, 29, 41))
ACK7 = ack("CC-2027-10-04518", dt(27, 17, 19, 58))
ACK8 = ack("CC-2027-10-04540", dt(28, 9, 21, 44))
ACK9 = ack("CC-2027-10-04561", dt(28, 18, 2, 0))

# ============================================================ Mon 18 Oct
A(dt(18, 6, 12), "customercare", auto.bulk(
    "customercare", dt(18, 6, 12), "Utility CX Brief", "newsletter@utilitycxbrief.com",
    "This week: billing chatbots, storm comms, and the preference-center playbook",
    """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="padding:24px"><h1 style="font-size:22px">Utility CX Brief</h1><p>Monday, October 18, 2027</p>
<h2 style="font-size:18px">Storm season: what customers actually read</h2><p>Outage texts beat e-mail 4 to 1 for open rates, but e-mail still drives most replies to customer-care inboxes. Three co-ops share their templates.</p>
<h2 style="font-size:18px">The preference-center playbook</h2><p>How a Midwest gas utility cut marketing opt-out complaints in half by separating service alerts from promotions.</p>
<p><a href="https://utilitycxbrief.com/r/2710-18">Read the full issue</a></p></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#777">You are receiving Utility CX Brief because customercare@alliant-energy.com subscribed at utilitycxbrief.com.
<a href="https://utilitycxbrief.com/u/8f21c">Unsubscribe</a> | Utility CX Brief, 1200 Market St, Suite 400, Chattanooga, TN 37402</td></tr></table></td></tr></table></body></html>""",
    prov_generic("customercare", "bounce-8f21c@mg.utilitycxbrief.com", dt(18, 6, 12), "m228-19.mailgun.net", "159.135.228", sel="mx", dkim_d="utilitycxbrief.com"),
    list_id="Utility CX Brief <weekly.utilitycxbrief.com>",
    unsub="<https://utilitycxbrief.com/u/8f21c>, <mailto:unsubscribe@utilitycxbrief.com?subject=8f21c>",
    extra=["X-Mailgun-Sid: " + alnum(30), "Feedback-ID: weekly:utilitycxbrief:mailgun"]),
  "automated: list/newsletter", "Trade newsletter the mailbox is subscribed to; bulk, List-Id, Precedence.")

H(dt(18, 7, 48), "customercare", "gmail", "gmail", "Dave Huebner", "dhuebner1962@gmail.com",
  "mailers", """Hi,

My wife and I get two or three of the same mailers a month from you
about the solar program and the thermostat rebate. Please take our
address off your mailing list for that stuff. We still want the bill in
the mail of course.

Thanks,
Dave Huebner
1418 Maple Ridge Dr
Marion IA 52302""", "marketing opt-out (household, postal)", [MO],
  ent={"name": "Dave Huebner", "postal_code": "52302"},
  note="'my wife and I' household request to stop promotional mailers; bill explicitly kept (service mail).")

H(dt(18, 8, 20), "powerhousecatalog", "iphone", "icloud", "Janet Sorensen", "jsorensen.clinton@icloud.com",
  "Catalog", """We like the catalog and my husband orders from it every Christmas, but ever since we started getting it we get a pile of other catalogs too. Please don't share or sell our name and address to other companies.

Janet & Rick Sorensen
52732

Sent from my iPhone""", "catalog-sharing opt-out", [OP], html=False,
  ent={"name": "Janet & Rick Sorensen", "postal_code": "52732"},
  note="Keeps the catalog, refuses sharing: sharing opt-out only; joint name as written.")

A(dt(18, 8, 55), "powerhousecatalog", auto.dsn_postfix(
    "powerhousecatalog", dt(18, 8, 55), OURS["ph"], "kwolfe44@mediacombb.net", "4.4.1",
    "connect to mx.mediacombb.net[173.16.2.40]:25: Connection timed out", "mx.mediacombb.net"),
  "automated: bounce", "Our outbound host gave up on the PH-2710-HW catalog e-mail after 4 days; quoted headers carry List-Unsubscribe.")

H(dt(18, 9, 40), "customercare", "outlook", "outlookcom", "Marlene Vos", "marlenevos@outlook.com",
  "Payment question", """Hello,

My husband handles the bills but he is in the hospital for a couple of weeks after his knee surgery and I need to know when the next payment is due and whether I can pay it by phone myself. The account is 4417 220 938, it's in his name, we've been at the same house for 31 years.

Thank you,
Marlene Vos""", "question", [CO],
  ent={"name": "Marlene Vos", "account": "4417 220 938"},
  note="Billing question from the spouse of the account holder; a question for staff, no opt-out.")

add(dt(18, 10, 5), "powerhousecatalog",
    auto.gmail_unsub("powerhousecatalog", dt(18, 10, 5), "Kelsey Brandt", "kelseyb.0412@gmail.com", "unsubscribe PH-2710-HW"),
    "List-Unsubscribe mailto: from a mail client", [MO], note="Gmail's Unsubscribe button on the PH-2710-HW catalog e-mail; no Auto-Submitted, so acknowledge the sender.",
    ack_to="kelseyb.0412@gmail.com")

H(dt(18, 10, 31), "customercare", "yahoo_android", "yahoo", "", "tjk_waverly@yahoo.com",
  "junk mail", """please stop mailing us the energy efficiency flyers and the solar postcards. we moved in last spring and we get them addressed to us and to the previous owner, we dont want any of it. 2208 3rd Ave NW Waverly 50677
thx

Sent from Yahoo Mail on Android""", "marketing opt-out (household, postal)", [MO],
  ent={"postal_code": "50677"},
  note="Resident asks to stop promotional mail to the house; previous owner mentioned only in passing (judgement: household request).")

A(dt(18, 11, 2), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(18, 11, 2), "Midwest Direct Mail Services", "noreply@mwdirectmail.com",
    "Suppression file processed - PowerHouse Holiday 2027 drop (job 27-4471)",
    prov_env=prov_generic("powerhousecatalog", "noreply@mwdirectmail.com", dt(18, 11, 2), "smtp.mwdirectmail.com", "64.71.33", sel="k1"),
    precedence=None,
    text="""Job 27-4471  PowerHouse Catalog - Holiday 2027 drop

Your suppression file PH_DNS_DNM_20271015.csv was processed on 10/18/2027.

  Input records ............ 184,220
  Do-not-mail matches ......   3,912
  Do-not-share flags .......   6,104 (excluded from list rental output)
  NCOA moves ...............   2,388
  Deceased suppression .....     611

Final mail file: 171,309 records. Drop date 10/21/2027 (in-home 10/23-10/26).

This is an automated notice. Do not reply. Questions: your account rep, 555-0147.
Midwest Direct Mail Services, 2550 Kirkwood Blvd SW, Cedar Rapids IA 52404""",
    html="""<html><body><pre style="font-family:Consolas,monospace">Job 27-4471  PowerHouse Catalog - Holiday 2027 drop
Your suppression file PH_DNS_DNM_20271015.csv was processed on 10/18/2027.
Do-not-mail matches: 3,912 / Do-not-share flags: 6,104
Drop date 10/21/2027 (in-home 10/23-10/26).
This is an automated notice. Do not reply.</pre></body></html>""",
    extra=["X-Mailer: MDMS JobTrack 4.2"]),
  "automated: notification", "Mail house suppression report; full of 'do-not-mail/do-not-share' words but vendor system mail.")

H(dt(18, 12, 15), "powerhousecatalog", "gmail", "gmail", "Lucía Paredes", "lucia.paredes.bur@gmail.com",
  "Catálogo PowerHouse", """Hola,

Mi esposo y yo recibimos el catálogo PowerHouse y nos gusta, pero no
queremos que compartan nuestro nombre ni nuestra dirección con otras
compañías. Desde el verano nos llegan catálogos de tiendas que no
conocemos.

Gracias,
Lucía y Ernesto Paredes
Burlington, IA 52601""", "catalog-sharing opt-out (Spanish)", [OP],
  ent={"name": "Lucía y Ernesto Paredes", "postal_code": "52601"},
  note="Spanish: likes the catalog, refuses sharing of name/address; sharing opt-out only.", subj_mode="B")

H(dt(18, 13, 40), "powerhousecatalog", "aol", "yahoo", "Carol Jensen", "caroljensen53913@aol.com",
  "Please remove us", """Please remove my mother and me from all your advertising lists. She lives with us now and the PowerHouse catalog comes for her at our address too, so we get two. Neither of us want it. Also do NOT give our names to anybody else, we get enough junk mail as it is.

Carol Jensen
Baraboo WI 53913

Sent from the all new AOL app for Android""", "both opt-outs (household)", [MO, OP],
  ent={"name": "Carol Jensen", "postal_code": "53913"},
  note="Both opt-outs for the household; mother lives in the same house (judgement: household request, not on-behalf).")

H(dt(18, 15, 22), "powerhousecatalog", "gmail", "gmail", "Kristin Mahlberg", "kmahlberg@gmail.com",
  "how do I get off the catalog list?", """My husband handles the bills but I'm the one who gets buried in catalogs
every fall. How do I get us off the PowerHouse list? Is there a form on
your website or do I have to call?

Kristin""", "question (how to opt out)", [CO],
  ent={"name": "Kristin"},
  note="Asks how to opt out, does not ask to be opted out: question only. First name alone is a name.")

A(dt(18, 19, 5), "customercare", auto.bulk(
    "customercare", dt(18, 19, 5), "Alliant Energy", "service@alliant-energy-billing.com",
    "Action required: your Alliant Energy service will be disconnected",
    """<html><body style="font-family:Arial"><img src="https://alliant-energy-billing.com/logo.png" alt="Alliant Energy"><br>
<p>Dear Customer,</p><p>Our records show your account has an <b>unpaid balance of $318.44</b>. To avoid disconnection within <b>24 hours</b>, please verify your payment information now.</p>
<p><a href="https://alliant-energy-billing.com/verify?id=88120">VERIFY AND PAY NOW</a></p>
<p>If you have already paid, please disregard. To opt out of these notices reply STOP.</p><p>Alliant Energy Billing Department</p></body></html>""",
    prov_generic("customercare", "service@alliant-energy-billing.com", dt(18, 19, 5), "vps-44821.hostkey-srv.net", "185.231.44", dkim_d=None, tls=False, dmarc="none"),
    precedence=None, to_name="Valued Customer"),
  "automated: spam/phishing", "Phishing pretending to be Alliant (look-alike domain, disconnection threat, 'reply STOP').")

H(dt(18, 21, 47), "customercare", "xfinity", "comcast", "Evelyn Schroeder", "evschroeder37@comcast.net",
  "E-mails", """To whom it may concern,

My son set up this e-mail for me last year and now I get your specials
nearly every week. I am 84 years old and do not need a furnace rebate or
a smart thermostat. Please take me off the e-mail list.

Thank you,
Evelyn Schroeder""", "marketing opt-out (e-mail)", [MO],
  ent={"name": "Evelyn Schroeder"},
  note="'My son set up this e-mail for me': the address is hers; her own e-mail marketing opt-out.")

# ============================================================ Tue 19 Oct
H(dt(19, 7, 2), "customercare", "gmail", "gmail", "Priya Raman", "priya.raman.home@gmail.com",
  "Do you sell customer information?", """Hello,

Last week my husband got a call from a solar installer who knew both our
names and that we're Alliant customers. Do you sell or share customer
information with companies like that? If you do, who do you give it to?

Thanks,
Priya""", "question (data sharing)", [CO],
  ent={"name": "Priya"},
  note="Asks whether/with whom data is shared; a question, not an opt-out.")

H(dt(19, 8, 40), "powerhousecatalog", "outlook", "o365", "Gary Lindholm", "gary@lindholmagency.com",
  "Catalog mailing", """Please remove our household from the PowerHouse catalog mailing. The kids are grown and gone and we don't order from it anymore. The customer number on the label is PH 0047 3381 92.

Gary Lindholm
Lindholm Insurance Agency
Mason City, IA""", "marketing opt-out (catalog)", [MO],
  ent={"name": "Gary Lindholm", "account": "PH 0047 3381 92"},
  note="Stop the catalog for the household; customer number from the label is the account entity.")

A(dt(19, 9, 31), "customercare", auto.calendar(
    "customercare", dt(19, 9, 31), "Renee Halvorsen", "rhalvorsen@alliant-energy.com",
    ["customercare@alliant-energy.com", "powerhousecatalog@alliant-energy.com", "jpoole@alliant-energy.com"],
    "Q4 privacy preference review", dt(27, 14, 0, 0), dt(27, 15, 0, 0),
    "Quarterly review of opt-out and do-not-share handling for Customer Care and PowerHouse.\nAgenda: backlog, mail-house suppression timing, holiday drop.",
    ([l.replace("spf=none smtp.helo=10.40.5.18", "spf=pass smtp.mailfrom=alliant-energy.com") for l in envelope("customercare", "rhalvorsen@alliant-energy.com", dt(19, 9, 31), "ex-hub01.alliant-energy.com", "10.40.5.18", dkim_d=None, dmarc=None, tls=True)], [])),
  "automated: calendar", "Internal Teams meeting invitation (text/calendar) to both mailboxes; mentions opt-outs, not a request.")

A(dt(19, 10, 12), "customercare", auto.ooo_exchange(
    "customercare", dt(19, 10, 12), "Heather Quinlan", "hquinlan@dubuqueschools.org", "dubuqueschools.org", OURS["furn"],
    """I am out of the office until Monday, October 25 with limited access to e-mail. For anything urgent please contact the front office at 555-0162.

Thank you,
Heather Quinlan
Jefferson Middle School"""),
  "automated: auto-reply", "Exchange out-of-office to the furnace promo; Auto-Submitted + X-Auto-Response-Suppress.")

A(dt(19, 10, 14), "customercare", auto.dsn_postfix(
    "customercare", dt(19, 10, 14), OURS["furn"], "r.delacruz.ia@gmail.com", "5.1.1",
    "host gmail-smtp-in.l.google.com[142.250.102.26] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser (in reply to RCPT TO command)",
    "gmail-smtp-in.l.google.com"),
  "automated: bounce", "Postfix DSN: furnace promo to a dead Gmail address.")

H(dt(19, 10, 20), "customercare", "iphone", "icloud", "Brian Tschida", "btschida@icloud.com",
  "Re: Get ready for winter: $75 back on a furnace tune-up", "Unsubscribe\n\nSent from my iPhone",
  "marketing opt-out (reply to promo)", [MO], quote="furn", html=False,
  note="One word under our furnace promo (quoted iPhone reply): a marketing opt-out.")

add(dt(19, 10, 48), "customercare",
    auto.gmail_unsub("customercare", dt(19, 10, 48), "Angela Whitmer", "awhitmer.family@gmail.com", "unsubscribe",
                     body_text="AE-PR-2710-FURN\n"),
    "List-Unsubscribe mailto: from a mail client", [MO],
    note="Gmail Unsubscribe via our List-Unsubscribe mailto (subject unsubscribe, body = campaign token); no Auto-Submitted.",
    ack_to="awhitmer.family@gmail.com")

H(dt(19, 11, 30), "customercare", "gmail_android", "gmail", "Yesenia Orozco", "yesi.orozco88@gmail.com",
  "Re: Get ready for winter: $75 back on a furnace tune-up", "Ya no quiero recibir estos correos. Gracias",
  "marketing opt-out (Spanish reply to promo)", [MO], quote="furn", qstyle="gmail_es",
  note="Spanish one-liner under the furnace promo: 'I don't want these e-mails any more'.")

H(dt(19, 12, 5), "customercare", "apple_mail", "icloud", "Megan Albers", "megan.albers@me.com",
  "solar mailers", """Hi! We're renters - the landlord pays the gas but the electric is in our name. Anyway could you stop sending us the paper mailers about rooftop solar? We can't exactly put panels on a rental lol.

Thanks,
Megan""", "marketing opt-out (postal)", [MO],
  ent={"name": "Megan"},
  note="Renter, own electric account; stop promotional mailers. First name as the name entity.")

A(dt(19, 13, 15), "customercare", auto.ooo_plain(
    "customercare", dt(19, 13, 15), "Tri-County Plumbing & Heating", "office@tricountyph.net",
    "Re: Get ready for winter: $75 back on a furnace tune-up",
    """Thank you for contacting Tri-County Plumbing & Heating!

We are currently booked out for furnace tune-ups through mid-November.
For no-heat emergencies call 555-0171 any time. Otherwise we will respond
to your e-mail within 2 business days.

- The Tri-County team""",
    prov_generic("customercare", "office@tricountyph.net", dt(19, 13, 15), "p3plsmtpa07-01.prod.phx3.secureserver.net", "68.178.252", sel="default"),
    refs=OURS["furn"]["msgid"], extra=["X-CMAE-Envelope: MS4xfJ" + alnum(40)]),
  "automated: auto-reply", "Hosted-mail autoresponder to our furnace promo with no Auto-Submitted header (headerless auto-reply).")

H(dt(19, 14, 2), "customercare", "windows_mail", "outlookcom", "Jim Ferris", "jimferris58@hotmail.com",
  "RE: Get ready for winter: $75 back on a furnace tune-up", """Please stop the emails. The paper PowerHouse catalog is fine, my wife likes to look through it at Christmas, but we don't need these every week.

Jim Ferris""", "marketing opt-out (e-mail only)", [MO], quote="furn",
  ent={"name": "Jim Ferris"},
  note="Channel limit: stop e-mails, keep the paper catalog. marketing_opt_out; the record should say e-mail only.")

add(dt(19, 16, 44), "customercare",
    auto.gmail_unsub("customercare", dt(19, 16, 44), "", "trevor.kampen@gmail.com", "unsubscribe",
                     body_text="AE-PR-2710-FURN\n\n--\nUnsubscribed with Tidy Inbox on behalf of trevor.kampen@gmail.com\n",
                     extra=["Auto-Submitted: auto-generated", "X-Mailer: Tidy Inbox unsubscribe agent/3.2"]),
    "List-Unsubscribe mailto: from an inbox-cleaning service", [MO],
    note="Inbox-cleaner used our mailto for the furnace promo; carries Auto-Submitted, so no acknowledgement (RFC 3834).",
    ack_to=None)

H(dt(19, 20, 10), "customercare", "yahoo", "yahoo", "Brenda Kohl", "brendakohl@yahoo.com",
  "Furnace mailers and our bill", """Hi,

Please stop sending us the furnace and insulation mailers, we had all that done two years ago.

Also our bill has gone up about $60 a month since the kids moved back in with us (long story). Is there a budget billing plan so it's the same every month? Account 5093 641 270.

Thank you
Brenda Kohl""", "opt-out + question", [MO, CO],
  ent={"name": "Brenda Kohl", "account": "5093 641 270"},
  note="Stop promotional mailers + budget-billing question: both labels.")

# ============================================================ Wed 20 Oct
H(dt(20, 7, 15), "customercare", "outlook", "o365", "Paula Hartwell", "paula@hartwellvetclinic.com",
  "Promotional mailings", """Good morning,

Please remove Hartwell Veterinary Clinic from your promotional mailings (postal). We are a business customer and the flyers go straight to recycling. Our account is 6620-118-443.

Thank you,

Paula Hartwell
Office Manager
Hartwell Veterinary Clinic
1740 W Main St, Sun Prairie, WI 53590
555-0158""", "marketing opt-out (business, postal)", [MO],
  ent={"name": "Paula Hartwell", "postal_code": "53590", "account": "6620-118-443"},
  note="Business customer, postal promo opt-out; ZIP and account from the signature/body.")

A(dt(20, 8, 3), "customercare", auto.dsn_postfix(
    "customercare", dt(20, 8, 3), OURS["furn"], "grandmajo1941@yahoo.com", "5.0.0",
    "host mta7.am0.yahoodns.net[67.195.204.77] said: 554 delivery error: dd Not a valid recipient - atlas204.free.mail.bf1.yahoo.com (in reply to end of DATA command)",
    "mta7.am0.yahoodns.net"),
  "automated: bounce", "Postfix DSN: furnace promo to a closed Yahoo address.")

H(dt(20, 8, 30), "customercare", "thunderbird", G("smtp.netins.net", "167.142.1"), "Wayne Kowalczyk", "wkowal@netins.net",
  "Remove from marketing e-mail AGAIN", """Remove wkowal@netins.net from all Alliant Energy marketing e-mail. This is the third time I have asked since August. Why am I still getting these? Does anybody read this mailbox?

W. Kowalczyk""", "opt-out + question (complaint)", [MO, CO],
  ent={"name": "W. Kowalczyk"}, note="Clear e-mail opt-out plus a complaint/why-question ('third time'); signature initial+surname kept as written.")

H(dt(20, 9, 45), "customercare", "gmail", "gmail", "Rosa Elena Martínez", "rosaelena.mtz52@gmail.com",
  "correos", """Buenos días,

Por favor ya no me manden correos de promociones. Mi hijo me ayudó a abrir
este correo para ver la factura y ahora me llegan muchos anuncios.

Muchas gracias,
Rosa Elena Martínez""", "marketing opt-out (Spanish)", [MO],
  ent={"name": "Rosa Elena Martínez"},
  note="Spanish: stop promotional e-mails; son opened the account for her but it is hers.")

A(dt(20, 10, 30), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(20, 10, 30), "Derek Sallows", "derek@coopdatapartners.com",
    "Re: PowerHouse holiday response rates",
    prov_env=prov_generic("powerhousecatalog", "derek@coopdatapartners.com", dt(20, 10, 30), "mail-sor-f69.google.com", "209.85.220", sel="google"),
    precedence=None,
    text="""Hi PowerHouse team,

Catalogs like yours are seeing 18-22% lifts this holiday season by joining
our co-op database. We handle everything: list exchange, merge/purge,
suppression of opt-outs and do-not-share flags, full privacy compliance.

Do you have 15 minutes this week? Here's my calendar:
https://cal.coopdatapartners.com/derek

Derek Sallows | Co-op Data Partners
If you'd rather not hear from me, just reply "no thanks" and I'll opt you out.""",
    html="""<div dir="ltr"><p>Hi PowerHouse team,</p><p>Catalogs like yours are seeing 18-22% lifts this holiday season by joining our co-op database. We handle everything: list exchange, merge/purge, suppression of opt-outs and do-not-share flags, full privacy compliance.</p><p>Do you have 15 minutes this week?</p><p>Derek Sallows | Co-op Data Partners</p></div>""",
    extra=["X-Mailer: Outreach"]),
  "automated: spam/phishing", "Cold sales pitch (fake 'Re:'), full of suppression/opt-out words: automated, no labels.")

H(dt(20, 11, 52), "powerhousecatalog", "proton", "proton", "", "m.ostrander@proton.me",
  "Do not sell my personal information", "Do not sell my personal information.",
  "catalog-sharing opt-out", [OP],
  note="Terse CCPA-style request to the catalog mailbox: sharing opt-out.")

H(dt(20, 13, 20), "customercare", "outlook", "outlookcom", "Jennifer Albrecht", "jen.albrecht@outlook.com",
  "Request for a copy of my information", """Hello,

Please send me a copy of the personal information Alliant Energy has on file for me and for our household account (usage history, payment history, contact info, and anything shared with other companies).

Account 7702 338 145
Jennifer Albrecht
Madison, WI 53704""", "question (data access)", [CO],
  ent={"name": "Jennifer Albrecht", "postal_code": "53704", "account": "7702 338 145"},
  note="Copy of data for own household account: clear question (data access).")

H(dt(20, 14, 5), "customercare", "iphone", "icloud", "", "lupe.tavares@icloud.com",
  "", "Ya por favor paren\n\nEnviado desde mi iPhone", "unclear (no object)", [], unclear=True, html=False,
  note="Spanish 'please stop already', empty subject, no quote: stop what? Unclear.")

H(dt(20, 15, 40), "customercare", "gmail", "gmail", "Dana Whitcomb", "danawhitcomb@gmail.com",
  "Email offers + my mom's old account", """Two things:

1. Please take me off the email offers list.

2. My mom lives with us now and her old account at 22 Elm St in Decorah is still open with nobody living there. How does she close it? Does she have to call herself or can I do it?

Thanks!
Dana Whitcomb""", "opt-out + question", [MO, CO],
  ent={"name": "Dana Whitcomb"},
  note="Own e-mail opt-out + question about closing mother's account (question for staff, no action on mother's behalf).")

A(dt(20, 17, 2), "customercare", auto.mdn_outlook(
    "customercare", dt(20, 17, 2), "Sandra Pietz", "spietz@pietzfarms.com",
    prov_generic("customercare", "spietz@pietzfarms.com", dt(20, 17, 2), "mail-dm6nam12on2115.outbound.protection.outlook.com", "40.107.243", sel="selector1"),
    "RE: Question about my October bill", "<MN2PR11MB4470A9C8E21F4D7788C2E1B4D6712@MN2PR11MB4470.namprd11.prod.outlook.com>"),
  "automated: read receipt", "Outlook read receipt (multipart/report disposition-notification) for a staff reply.")

H(dt(20, 19, 30), "customercare", "gmail", "gmail", "Curt Lund", "curtlund1@gmail.com",
  "Take my wife off your email list", """Hi,

Please take my wife Patricia Lund off your email list. She's tired of
the emails but doesn't want to deal with it herself. Her email is
patlund.sews@gmail.com.

Curt""", "unclear (on behalf of spouse)", [], unclear=True,
  ent={"name": "Patricia Lund"},
  note="On behalf of a spouse for her own e-mail address; writer's standing not shown: unclear. Entity = the person the request is for.")

# ============================================================ Thu 21 Oct
H(dt(21, 6, 50), "customercare", "gmail", "gmail", "Alex Brodersen", "alexbrodersen@gmail.com",
  "Re: Get ready for winter: $75 back on a furnace tune-up", """My roommate and I both get these. I can only speak for me: please unsubscribe me.

Alex""", "marketing opt-out (reply to promo)", [MO], quote="furn",
  ent={"name": "Alex"},
  note="Roommate mentioned in passing; sender limits the request to himself: own e-mail opt-out.")

A(dt(21, 8, 15), "customercare", auto.bulk(
    "customercare", dt(21, 8, 15), "Nina from RankRise", "nina@rankrise-seo.co",
    "Quick question about alliant-energy.com",
    prov_env=prov_generic("customercare", "nina@rankrise-seo.co", dt(21, 8, 15), "mail.rankrise-seo.co", "45.137.21", sel="s1"),
    precedence=None,
    text="""Hi there,

I was checking alliant-energy.com and noticed 14 pages with broken
backlinks and slow mobile load times. We help utilities rank on page one
for "energy rebates near me".

Can I send over a free audit?

Nina
RankRise SEO

P.S. Not interested? Reply "unsubscribe" and I won't follow up.""",
    html="""<p>Hi there,</p><p>I was checking alliant-energy.com and noticed 14 pages with broken backlinks and slow mobile load times. We help utilities rank on page one for "energy rebates near me".</p><p>Can I send over a free audit?</p><p>Nina<br>RankRise SEO</p><p>P.S. Not interested? Reply "unsubscribe" and I won't follow up.</p>"""),
  "automated: spam/phishing", "SEO cold outreach; 'unsubscribe' wording is the spammer's, not a customer request.")

H(dt(21, 9, 12), "powerhousecatalog", "outlook", "outlookcom", "Tom Reinholt", "treinholt@outlook.com",
  "Name sharing", """Hello,

Keep sending us the PowerHouse catalog, but please don't rent or sell our name to other catalog companies. Since we ordered the smart plugs last year we get five or six new catalogs a week.

Customer # 0058-2219-7 (from the back cover)

Tom Reinholt
Dubuque 52001""", "catalog-sharing opt-out", [OP],
  ent={"name": "Tom Reinholt", "postal_code": "52001", "account": "0058-2219-7"},
  note="Keep the catalog, stop rental of name: sharing opt-out only; catalog customer number as account.")

H(dt(21, 10, 40), "powerhousecatalog", "gmail", "gmail", "Nick Schuler", "nschuler.home@gmail.com",
  "Re: Fall Favorites & Halloween glow: 20% off LED lighting [PH-2710-HW]", """I read the fine print at the bottom. Please don't share our name with
those other catalog companies. Keep the emails coming though, my wife
uses the coupon codes.

Nick""", "catalog-sharing opt-out (reply to catalog e-mail)", [OP], quote="ph",
  ent={"name": "Nick"},
  note="Reply under the catalog e-mail: the quoted footer has both unsubscribe and sharing text, but his own words ask only no-sharing and keep e-mails.")

A(dt(21, 11, 55), "customercare", auto.bulk(
    "customercare", dt(21, 11, 55), "Wisconsin Energy Efficiency Network", "news@wieen.org",
    "October digest: weatherization week, rebate calendar, member spotlight",
    prov_env=prov_generic("customercare", "bounce-mc.us21_8811.4471@mail201.suw13.mcsv.net", dt(21, 11, 55), "mail201.suw13.mcsv.net", "198.2.131", sel="k2", dkim_d="mcsv.net"),
    list_id="WIEEN members <b2f8c7e1a0d9e3f4a5b6c7d81.4471.list-id.mcsv.net>",
    unsub="<https://wieen.us21.list-manage.com/unsubscribe?u=b2f8c7e1&id=4471>, <mailto:unsubscribe-mc.us21_b2f8c7e1.4471@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
    text="""WISCONSIN ENERGY EFFICIENCY NETWORK - October digest

* Weatherization Week is Nov 1-5: volunteer sign-up is open
* Rebate calendar: what changes for utilities on January 1
* Member spotlight: a Sheboygan church cut its gas use by 31%

You are receiving this because customercare@alliant-energy.com is a member contact.
Unsubscribe: https://wieen.us21.list-manage.com/unsubscribe?u=b2f8c7e1&id=4471""",
    html="""<html><body><table width="600" align="center" style="font-family:Georgia,serif"><tr><td><h1>October digest</h1><ul><li>Weatherization Week is Nov 1-5</li><li>Rebate calendar: what changes on January 1</li><li>Member spotlight: a Sheboygan church cut its gas use by 31%</li></ul><p style="font-size:11px">You are receiving this because customercare@alliant-energy.com is a member contact. <a href="https://wieen.us21.list-manage.com/unsubscribe?u=b2f8c7e1&amp;id=4471">Unsubscribe</a></p></td></tr></table></body></html>""",
    extra=["X-MC-User: b2f8c7e1a0d9e3f4a5b6c7d81", "Feedback-ID: 4471:4471.b2f8c7e1:us21:mc"]),
  "automated: list/newsletter", "Mailchimp newsletter from a trade association.")

H(dt(21, 13, 30), "powerhousecatalog", "samsung", "gmail", "Jeff Hoffman", "jhoffman.shebwi@gmail.com",
  "Catalog", """Please stop sending us the catalog and do not sell our name or address to anyone else. We get 3 or 4 catalogs a week from places we never heard of.

Jeff Hoffman
Sheboygan 53081

Sent from my Galaxy""", "both opt-outs", [MO, OP],
  ent={"name": "Jeff Hoffman", "postal_code": "53081"},
  note="Stop the catalog and don't sell the name: both opt-outs.")

H(dt(21, 15, 10), "powerhousecatalog", "iphone", "icloud", "Sue Pagel", "suepagel@icloud.com",
  "email address", """Quick question - does PowerHouse share my email address too, or just our mailing address? My husband and I use the same email for everything.

Sue

Sent from my iPhone""", "question (sharing)", [CO], html=True,
  ent={"name": "Sue"},
  note="Asks what is shared: question only, no opt-out.")

H(dt(21, 16, 45), "customercare", "outlook_mobile", "outlookcom", "Greg Paulsen", "gregpaulsen@live.com",
  "Solar calls", """We got our 4th call this month from a solar company that knew we had Alliant. Please make sure Alliant doesn't share or sell our info to anyone. And take us off any marketing lists while you're at it, mail and email.

Greg Paulsen
Fort Dodge

Get Outlook for Android""", "both opt-outs", [MO, OP],
  ent={"name": "Greg Paulsen"},
  note="Sent to customercare: don't share/sell (sharing opt-out) + all marketing by mail and e-mail.")

H(dt(21, 20, 5), "customercare", "iphone", "icloud", "Ashley Brennan", "ashbrennan22@icloud.com",
  "Re: Outage alert: windstorm damage in your area", """When is the power coming back?? We have a 3 week old baby and my dad lives with us and he's on oxygen. We are at 2210 Keystone Dr NE. Is there anyone I can call?

Ashley""", "question (reply to outage alert)", [CO], quote="wind", html=False,
  ent={"name": "Ashley"},
  note="Urgent service question under the outage alert; no opt-out wording.")

H(dt(21, 20, 11), "customercare", "samsung", "gmail", "", "dmarsh.1977@gmail.com",
  "Re: Outage alert: windstorm damage in your area", "STOP", "unclear (STOP under service alert)", [], unclear=True,
  quote="wind", note="STOP under an outage alert (service message), not under a promotion: unclear.")

A(dt(21, 20, 30), "customercare", auto.bulk(
    "customercare", dt(21, 20, 30), "Microsoft 365 Security", "quarantine@messaging.microsoft.com",
    "You have 4 new messages in quarantine",
    prov_env=prov_generic("customercare", "quarantine@messaging.microsoft.com", dt(21, 20, 30), "mail-dm3nam02on2090.outbound.protection.outlook.com", "40.107.95", sel="selector1", dkim_d="microsoft.com"),
    precedence=None,
    html="""<html><body style="font-family:Segoe UI,Arial"><h2>Review these messages</h2><p>4 messages are being held for you to review as of 10/21/2027 8:30 PM (UTC-05:00). Review them within 15 days.</p>
<table border="1" cellpadding="4"><tr><th>Sender</th><th>Subject</th></tr><tr><td>billing@alliantt-energy.co</td><td>Final notice</td></tr><tr><td>rewards@powerhouse-gifts.biz</td><td>Your $100 reward</td></tr><tr><td>info@solarleadsusa.net</td><td>Homeowner list 2027</td></tr><tr><td>noreply@docusign-secure.io</td><td>Please review</td></tr></table>
<p><a href="https://security.microsoft.com/quarantine">Review</a></p></body></html>""",
    extra=["X-MS-Exchange-Organization-SCL: -1", "Auto-Submitted: auto-generated"]),
  "automated: notification", "Quarantine digest (system notification).")

H(dt(21, 21, 15), "customercare", "gmail_android", "gmail", "Kim Thoreson", "kthoreson.marion@gmail.com",
  "Re: Outage alert: windstorm damage in your area", """Lights just came back on at our place. Thank you to the crews out there
in this wind!""", "human, no action (thanks)", [], quote="wind", ack_to=None,
  note="Thank-you under the outage alert; asks nothing, no answer due: ack_to null.")

H(dt(21, 22, 40), "customercare", "gmail", "gmail", "Maricela Duarte", "maricela.duarte.cr@gmail.com",
  "Re: Outage alert: windstorm damage in your area", """¿Cuánto tiempo más? Mis hijos tienen frío y mi mamá vive con nosotros, ella
está enferma. Ya son casi 3 horas sin luz en la calle 12.

Maricela""", "question (Spanish, reply to outage alert)", [CO], quote="wind", qstyle="gmail_es",
  ent={"name": "Maricela"},
  note="Spanish question under the outage alert: how much longer? Question.")


def webform(t, box, cust_name, cust_addr, topic, fields_text, msg_text):
    env, ph = prov_generic(box, "noreply@alliantenergy.com", t, "web-forms02.alliantenergy.com", "204.62.118", sel="ae2024",
                           dkim_d="alliantenergy.com")
    text = ("A customer submitted the Contact Us form on alliantenergy.com.\n\nTopic: %s\nName: %s\nE-mail: %s\n%s\nMessage:\n%s\n\n"
            "--\nSubmitted %s from https://www.alliantenergy.com/contact-us\nReply to this message to answer the customer."
            % (topic, cust_name, cust_addr, fields_text, msg_text, t.strftime("%m/%d/%Y %I:%M %p")))
    hdrs = ph + ["From: Alliant Energy Web Form <noreply@alliantenergy.com>", "Reply-To: " + addr(cust_name, cust_addr),
                 "To: " + BOX[box], "Subject: Contact Us: " + topic, "Date: " + rfc(t),
                 "Message-ID: <webform.%s.%s@web-forms02.alliantenergy.com>" % (t.strftime("%Y%m%d%H%M%S"), digits(6)),
                 "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
                 "X-Form-ID: contact-us-v3"]
    return auto.assemble(env, hdrs, qp(text))


# ============================================================ Fri 22 Oct
H(dt(22, 7, 5), "customercare", "yahoo_android", "yahoo", "Ron Gaffney", "rgaffney55@yahoo.com",
  "Re: Your Alliant Energy bill is ready", "Stop\n\nSent from Yahoo Mail on Android", "unclear (STOP under bill notice)", [],
  unclear=True, quote="bill", note="'Stop' under the bill notice (service message): stop the bill e-mails? paperless? Unclear.")

H(dt(22, 7, 30), "customercare", "outlook_mobile", "outlookcom", "Kayla Dempsey", "kayla.dempsey@outlook.com",
  "Re: Your Alliant Energy bill is ready", """Why does this say my bill is ready when we set up autopay in September? My husband handles the bills but he's deployed until March and I can't tell if the payment is actually going through. Can someone check? Account ends in 1182.

Kayla Dempsey

Get Outlook for iOS""", "question (reply to bill notice)", [CO], quote="bill", qstyle="outlook_mobile",
  ent={"name": "Kayla Dempsey"},
  note="Billing question under the bill notice; 'account ends in 1182' is a fragment, not an account number.")

A(dt(22, 8, 22), "customercare", auto.dsn_qmail(
    "customercare", dt(22, 8, 22), ACK1, "lhansen@kdsi.net", "mail.kdsi.net", "216.51.77.14"),
  "automated: bounce", "Legacy qmail bounce (no MIME) of our acknowledgement; quotes the ack text with opt-out words.")

H(dt(22, 9, 10), "powerhousecatalog", "outlook", "o365", "Margaret Huss", "mhuss@hussfamilydental.com",
  "PowerHouse catalog", """Please remove us from the PowerHouse catalog mailing list and from any list you share with other companies. We have had three catalogs from companies we never heard of since summer and they all spell our street wrong the same way yours does.

Account 3301 448 207

Margaret Huss""", "both opt-outs", [MO, OP],
  ent={"name": "Margaret Huss", "account": "3301 448 207"},
  note="Stop the catalog + off any list shared with other companies: both opt-outs.")

add(dt(22, 10, 5), "customercare", webform(
    dt(22, 10, 5), "customercare", "Sharon Mueller", "sharonmueller@frontier.com", "Privacy / PowerHouse Catalog",
    "Account number: 2847 006 519\nZIP code: 53901\n",
    "We still like getting the catalog. But please do not share our name and address with the other catalog\ncompanies you partner with. Thank you."),
    "catalog-sharing opt-out (web form relay)", [OP],
    ent={"account": "2847 006 519", "postal_code": "53901", "name": "Sharon Mueller"},
    note="Contact Us relay: From is noreply, customer in Reply-To (ack_to). Keep catalog, no sharing.",
    ack_to="sharonmueller@frontier.com")

A(dt(22, 11, 45), "customercare", auto.bulk(
    "customercare", dt(22, 11, 45), "Marketing Cloud", "mc-notifications@exacttarget.com",
    "Your data extract \"AE_Unsubscribes_Weekly\" is ready",
    prov_env=prov_generic("customercare", "bounce@bounce.s7.exacttarget.com", dt(22, 11, 45), "mta3.s7.exacttarget.com", "13.111.3", sel="200608", dkim_d="exacttarget.com"),
    precedence=None,
    text="""Data Extract Complete

Extract name: AE_Unsubscribes_Weekly
Business unit: Alliant Energy - Residential
Records: 1,284 (opt-outs and suppressions, 10/15/2027 - 10/21/2027)
File: AE_Unsubscribes_Weekly_20271022.csv (Enhanced FTP /Export)

This is a system notification. Please do not reply.""",
    html="""<html><body style="font-family:Salesforce Sans,Arial"><h3>Data Extract Complete</h3><p>Extract name: AE_Unsubscribes_Weekly<br>Records: 1,284 (opt-outs and suppressions)</p><p>This is a system notification. Please do not reply.</p></body></html>""",
    extra=["X-SFMC-Stack: 7", "Auto-Submitted: auto-generated"]),
  "automated: notification", "CRM/ESP export notice about unsubscribes; system mail.")

H(dt(22, 14, 20), "powerhousecatalog", "gmail", "gmail", "Nate Hollis", "natehollis.ia@gmail.com",
  "catalogs for previous owner", """Hi,

We bought our house in June and we keep getting PowerHouse catalogs
addressed to Harold Brandt, the previous owner. I think he passed away
last winter. Can you stop sending them? They just go in the recycling.

Nate Hollis
Marshalltown""", "unclear (someone else's mail)", [], unclear=True,
  ent={"name": "Harold Brandt"},
  note="About the previous owner's catalog (a deceased non-relative); no standing for his record: unclear, staff decide (e.g. deceased/moved suppression).")

H(dt(22, 15, 5), "customercare", "iphone", "icloud", "", "bev.trost@icloud.com",
  "Re: We received your request [CC-2027-10-04402]", "Thank you!\n\nSent from my iPhone", "human, no action (thanks to our ack)",
  [], quote=ACK2, html=False, ack_to=None,
  note="Thank-you replying to our acknowledgement; asks nothing: no labels, ack_to null (no politeness ping-pong).")

A(dt(22, 16, 33), "customercare", auto.bulk(
    "customercare", dt(22, 16, 33), "Alliant Energía", "avisos@alliant-pagos.net",
    "Aviso final: su servicio de luz será desconectado hoy",
    prov_env=prov_generic("customercare", "avisos@alliant-pagos.net", dt(22, 16, 33), "srv2.hostinger-mail.xyz", "91.108.44", dkim_d=None, tls=False, dmarc="none"),
    precedence=None,
    html="""<html><body style="font-family:Arial"><p><b>Estimado cliente:</b></p><p>Su cuenta tiene un saldo vencido de <b>$276.90</b>. Su servicio será <b>desconectado hoy a las 5:00 PM</b> si no realiza el pago.</p><p>Pague ahora con tarjeta o Zelle: <a href="http://alliant-pagos.net/pago">alliant-pagos.net/pago</a></p><p>Para no recibir más avisos responda BAJA.</p><p>Departamento de Cobranza - Alliant Energía</p></body></html>""",
    to_name="Cliente"),
  "automated: spam/phishing", "Spanish phishing pretending to be Alliant (disconnection threat, look-alike domain).")

# ============================================================ Sat 23 Oct
H(dt(23, 9, 14), "powerhousecatalog", "outlook", "outlookcom", "Karen Bergstrom-Ney", "kbergstromney@outlook.com",
  "Catalogs for my mother", """Hello,

I have power of attorney for my mother, Ione Bergstrom, and I manage her Alliant account (5530 118 260) and her mail. Please stop sending her the PowerHouse catalog and any other promotional mail. She is 91 and keeps ordering things she doesn't need from it.

Her address is 604 S Church St, Grinnell IA 50112.

Thank you,
Karen Bergstrom-Ney""", "marketing opt-out (on behalf, with standing)", [MO],
  ent={"name": "Ione Bergstrom", "postal_code": "50112", "account": "5530 118 260"},
  note="On behalf of a parent but with stated power of attorney and account management: standing is clear, so act; entities = the mother.")

H(dt(23, 10, 2), "customercare", "yahoo", "yahoo", "Linda Keller", "lindakeller_mc@yahoo.com",
  "For my mother", """Hello,

I'm writing for my elderly mother, Dorothy Keller, who lives in Mason City (50401). She gets a lot of mail from you and I think some of the companies calling her got her name from somewhere. Please take her off everything and don't share her name.

Linda Keller (daughter)""", "unclear (on behalf of mother)", [], unclear=True,
  ent={"name": "Dorothy Keller", "postal_code": "50401"},
  note="Daughter writes for her mother at another address, no standing stated: unclear; entities are the mother's.")

A(dt(23, 13, 55), "customercare", auto.ooo_exchange(
    "customercare", dt(23, 13, 55), "Gabriela Ponce", "gponce@outlook.com", "outlook.com", ACK3,
    """Gracias por su mensaje. Estoy de viaje hasta el 3 de noviembre y responderé a mi regreso.

Thank you for your message. I am traveling until November 3 and will reply when I return.

Gabriela""", subj_prefix="Respuesta automática: ", lang="es"),
  "automated: auto-reply (loop trap)", "LOOP TRAP: Spanish/English out-of-office answering our acknowledgement; Auto-Submitted.")

H(dt(23, 16, 20), "powerhousecatalog", "gmail", "gmail", "Héctor Guzmán", "hguzman.beloit@gmail.com",
  "No más catálogos", """Buenas tardes,

No queremos más catálogos ni correos de ofertas. Y por favor no vendan
ni compartan nuestros datos con otras compañías.

Héctor y Ana Guzmán
Beloit, WI 53511""", "both opt-outs (Spanish)", [MO, OP],
  ent={"name": "Héctor y Ana Guzmán", "postal_code": "53511"},
  note="Spanish: no more catalogs or offer e-mails + don't sell/share: both opt-outs.")

# ============================================================ Sun 24 Oct
H(dt(24, 8, 30), "powerhousecatalog", "gmail", "gmail", "Claudia Villalobos", "claudia.villalobos.87@gmail.com",
  "Catálogo de mi papá", """Hola,

Escribo por mi papá, Ramón Villalobos, que ya no ve bien. Él quiere que
ya no le manden el catálogo PowerHouse. Vive solo en Ottumwa.

Gracias,
Claudia""", "unclear (Spanish, on behalf of father)", [], unclear=True,
  ent={"name": "Ramón Villalobos"},
  note="Spanish: daughter relays her father's wish; he lives alone elsewhere, no standing shown: unclear.")

add(dt(24, 11, 12), "powerhousecatalog", (lambda t=dt(24, 11, 12): auto.assemble(
    prov_icloud("powerhousecatalog", "rachel.oakes@icloud.com", t)[0],
    prov_icloud("powerhousecatalog", "rachel.oakes@icloud.com", t)[1] + [
        "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "From: Rachel Oakes <rachel.oakes@icloud.com>",
        "Mime-Version: 1.0 (1.0)", "Subject: unsubscribe PH-2710-HW", "Date: " + rfc(t), "Message-Id: <%s@icloud.com>" % uuid(),
        "To: powerhousecatalog@alliant-energy.com", "X-Mailer: iPhone Mail (23B85)"], ""))(),
    "List-Unsubscribe mailto: from a mail client", [MO],
    note="iOS Mail 'Unsubscribe' banner: empty body, subject from our mailto; still a person's marketing opt-out.",
    ack_to="rachel.oakes@icloud.com")

H(dt(24, 14, 40), "powerhousecatalog", "aol", "yahoo", "Robert Kline", "rjkline1949@aol.com",
  "PRIVACY", """TO WHOM IT MAY CONCERN:

I DO NOT AUTHORIZE THE SALE, RENTAL OR EXCHANGE OF MY NAME OR ADDRESS TO ANY OTHER COMPANY. MY WIFE AND I HAVE BOUGHT FROM POWERHOUSE FOR 20 YEARS AND WILL CONTINUE TO BUT THIS HAS TO STOP.

ROBERT J. KLINE
1120 BIRCH ST
WISCONSIN RAPIDS WI 54494""", "catalog-sharing opt-out", [OP],
  ent={"name": "ROBERT J. KLINE", "postal_code": "54494"},
  note="All caps; keeps buying, forbids sale/rental/exchange: sharing opt-out only. Name kept as written (caps).")

A(dt(24, 19, 20), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(24, 19, 20), "Costco Member Rewards", "rewards@costco-membersurvey.top",
    "Your $100 reward is waiting - confirm by Oct 26",
    prov_env=prov_generic("powerhousecatalog", "rewards@costco-membersurvey.top", dt(24, 19, 20), "mx77.costco-membersurvey.top", "103.151.30", dkim_d=None, tls=False, dmarc="none"),
    precedence=None,
    html="""<html><body><center><h2>Congratulations!</h2><p>You have been selected for our annual member survey. Complete 3 questions and claim a <b>$100 reward</b>.</p><a href="http://costco-membersurvey.top/c/77812">START NOW</a><p style="font-size:9px">To unsubscribe from future mailings click <a href="http://costco-membersurvey.top/u">here</a> or write to 4437 Ocean Ave #112, Miami FL</p></center></body></html>"""),
  "automated: spam/phishing", "Generic reward spam.")

H(dt(24, 21, 5), "powerhousecatalog", "gmail", "gmail", "Mike Tran", "miketran.cr@gmail.com",
  "catalog emails", """Hi there,

I think my wife unsubscribed us from the PowerHouse e-mails by accident
when she was cleaning out our inbox last week. We actually like them
(the LED deals especially). Can you put us back on?

Thanks,
Mike""", "question (opt back in)", [CO],
  ent={"name": "Mike"},
  note="Opting back in is a question; the earlier unsubscribe he mentions is not a new opt-out.")

# ============================================================ Mon 25 Oct
H(dt(25, 7, 10), "powerhousecatalog", "iphone", "icloud", "Linda Sorrell", "lsorrell@icloud.com",
  "How long does it take?", """How long does it take for the catalog opt out to go through? I emailed you about two weeks ago and we still got the big holiday catalog on Saturday.

Linda Sorrell
52001

Sent from my iPhone""", "question (opt-out timing)", [CO], html=False,
  ent={"name": "Linda Sorrell", "postal_code": "52001"},
  note="Asks how long an opt-out takes; refers to an earlier request but makes no new one: question only.")

A(dt(25, 8, 40), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(25, 8, 40), "Quad Proofing", "proofs@proofhub.quadprint.example.com",
    "Proof ready for approval: PowerHouse Catalog - Spring 2028 insert (v2)",
    prov_env=prov_generic("powerhousecatalog", "proofs@proofhub.quadprint.example.com", dt(25, 8, 40), "smtp2.quadprint.example.com", "12.179.44", sel="qg1", dkim_d="quadprint.example.com"),
    precedence=None,
    text="""A new proof is ready for your review.

Job: PH-28SP-INS  PowerHouse Catalog - Spring 2028 insert
Version: 2 (changes: back cover privacy notice, mailing panel)
Due back: 10/28/2027 5:00 PM CT

Review and approve: https://proofhub.quadprint.example.com/j/PH-28SP-INS/v2

You are receiving this notification because you are listed as an approver on this job.""",
    html="""<html><body><p>A new proof is ready for your review.</p><p><b>Job:</b> PH-28SP-INS PowerHouse Catalog - Spring 2028 insert<br><b>Version:</b> 2 (changes: back cover privacy notice, mailing panel)<br><b>Due back:</b> 10/28/2027 5:00 PM CT</p><p><a href="https://proofhub.quadprint.example.com/j/PH-28SP-INS/v2">Review and approve</a></p></body></html>""",
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),
  "automated: notification", "Print vendor proof notification to the catalog mailbox.")

H(dt(25, 9, 25), "powerhousecatalog", "samsung", "gmail", "Lorena Castillo", "lorecastillo.fdl@gmail.com",
  "catalog", """Hi, please stop sending the catalog. Gracias! Mi esposo y yo ya no lo usamos y llegan dos cada mes.

Lorena Castillo
Fond du Lac 54935

Enviado desde mi Galaxy""", "marketing opt-out (mixed English/Spanish)", [MO],
  ent={"name": "Lorena Castillo", "postal_code": "54935"},
  note="Mixed English/Spanish: stop the catalog for 'mi esposo y yo'.")

H(dt(25, 10, 10), "powerhousecatalog", "gmail", "gmail", "Verónica Salas", "vero.salas.wi@gmail.com",
  "Lista del catálogo", """Hola,

Por favor quiten mi nombre de la lista del catálogo. Somos tres en la casa
y cada uno recibe su propio catálogo, es mucho papel.

También quiero saber: ¿ya compartieron mis datos con otras compañías? ¿Con
cuáles?

Verónica Salas
Janesville 53545""", "opt-out + question (Spanish)", [MO, CO],
  ent={"name": "Verónica Salas", "postal_code": "53545"},
  note="Spanish: remove from catalog list (marketing) + asks whether/with whom data was shared (question, not a sharing opt-out).")

A(dt(25, 11, 30), "customercare", (lambda t=dt(25, 11, 30): auto.ooo_plain(
    "customercare", t, "Jessica Moravec", "jmoravec.home@gmail.com", "Re: " + ACK4["subject"],
    """Hi! I'm on vacation with the family until November 1st with spotty service. I'll get back to you when we're home.

Jessica""", prov_gmail("customercare", "jmoravec.home@gmail.com", t), msgid_dom="mail.gmail.com", refs=ACK4["msgid"],
    extra=["Auto-Submitted: auto-replied"]))(),
  "automated: auto-reply (loop trap)", "LOOP TRAP: Gmail vacation responder answering our acknowledgement (Auto-Submitted: auto-replied).")

H(dt(25, 12, 45), "powerhousecatalog", "outlook", "outlookcom", "Ellen Marsh", "ellenmarsh61@hotmail.com",
  "Sharing our name", """Hello,

Please don't share our name with any other companies from now on. And I would like to know who you have shared it with so far - my husband and I have been getting catalogs from places in Vermont and Oregon that we have never ordered from.

Ellen Marsh""", "sharing opt-out + question", [OP, CO],
  ent={"name": "Ellen Marsh"},
  note="Sharing opt-out plus 'who have you shared it with' (question): both labels.")

H(dt(25, 13, 30), "customercare", "outlook", "o365", "Susan Pruitt-Lange", "slange@langelawoffice.com",
  "Estate of Walter Pruitt - promotional mail", """Good afternoon,

I am the executor of my late father's estate. Please stop all promotional mail, catalogs and e-mails to his account:

Walter Pruitt
118 Oak St, Baraboo WI 53913
Account 2290 551 804

We are selling the house this winter. Could you also tell me what you need from me to close the account once the sale closes (death certificate, letters testamentary)?

Thank you,
Susan Pruitt-Lange""", "opt-out + question (executor)", [MO, CO],
  ent={"name": "Walter Pruitt", "postal_code": "53913", "account": "2290 551 804"},
  note="'My late father's account': executor states standing, so the opt-out stands; closing question needs staff. Entities = the father.")

H(dt(25, 15, 0), "powerhousecatalog", "gmail", "gmail", "The Nguyen Family", "nguyenfam5@gmail.com",
  "Please don't share our name", """Hi, this is Linh writing from our family email. We like the catalog but
please don't share our name or address with other catalog companies.

Please answer me at my own address (linh.t.nguyen@yahoo.com), nobody
checks this one much.

Linh""", "catalog-sharing opt-out (shared family account)", [OP],
  ent={"name": "Linh"}, ack_to="reply", reply_to="Linh Nguyen <linh.t.nguyen@yahoo.com>",
  note="Shared family account with Reply-To to the writer, who asks to be answered there: ack_to = Reply-To.")

A(dt(25, 16, 40), "powerhousecatalog", auto.calendar(
    "powerhousecatalog", dt(25, 16, 40), "Marcy Eberhardt", "meberhardt@listbrokerage-midwest.com",
    ["powerhousecatalog@alliant-energy.com", "bdawes@alliant-energy.com"],
    "PowerHouse list rental renewal - Q4 check-in", dt(29, 10, 0, 0), dt(29, 10, 30, 0),
    "Quick check-in on the 2028 list rental agreement: exclusions, do-not-share counts, and the spring exchange schedule.\nDial-in: 555-0133, code 4471#",
    prov_generic("powerhousecatalog", "meberhardt@listbrokerage-midwest.com", dt(25, 16, 40), "mail-co1nam11on2121.outbound.protection.outlook.com", "40.107.220", sel="selector1"),
    location="Phone 555-0133"),
  "automated: calendar", "Vendor meeting invitation (text/calendar) about list rental; mentions do-not-share, not a request.")

H(dt(25, 18, 5), "customercare", "yahoo", "yahoo", "Darlene Fitch", "darlenefitch@yahoo.com",
  "Moving", """Hello,

We are moving in with my mom in Beloit the week of Nov 15. How do we stop service at our place (1907 Riverside Dr, Clinton IA 52732)? And does my mom need to do anything? Her account is in her name and she'll stay the account holder.

Thanks,
Darlene Fitch""", "question (move / stop service)", [CO],
  ent={"name": "Darlene Fitch", "postal_code": "52732"},
  note="Stop-service/move question; mother mentioned in passing, nothing done for her.")

ACK10 = ack("CC-2027-10-04449", dt(25, 11, 5, 12))

# ============================================================ Tue 26 Oct
H(dt(26, 7, 40), "customercare", "outlook", "outlookcom", "Marcus Bell", "marcusbell.wi@outlook.com",
  "Delete our information", """To Alliant Energy,

We are closing our account at the end of the month. I want all information you have about me and my family deleted from your systems, including the kids' names from the budget billing application.

Marcus Bell""", "unclear + question (delete everything)", [CO], unclear=True,
  ent={"name": "Marcus Bell"},
  note="Request to delete all data: per LABELS.md unclear + question (the bot may not delete account data).")

A(dt(26, 10, 2), "customercare", auto.ooo_exchange(
    "customercare", dt(26, 10, 2), "Dale Jurgens", "djurgens@portagecountyia.gov", "portagecountyia.gov", OURS["news"],
    """I will be out of the office October 25 - 29 for training. If you need immediate assistance please contact the Auditor's office at 555-0119.

Dale Jurgens
Deputy Auditor"""),
  "automated: auto-reply", "Exchange out-of-office to the newsletter; Auto-Submitted.")

A(dt(26, 10, 3), "customercare", auto.ndr_outlook("customercare", dt(26, 10, 3), OURS["news"], "mcfarlandfam2009@outlook.com"),
  "automated: bounce", "Outlook.com NDR (multipart/report) for the newsletter; quotes List-Unsubscribe.")

add(dt(26, 10, 15), "customercare", (lambda t=dt(26, 10, 15): (lambda e: auto.assemble(e[0], e[1] + [
    "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "From: Doug Wenzel <dwenzel@mac.com>",
    "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131\\))", "Subject: unsubscribe AE-NL-2710", "Date: " + rfc(t),
    "Message-Id: <%s@mac.com>" % uuid(), "To: customercare@alliant-energy.com", "X-Mailer: Apple Mail (2.3826.400.131)"], "\n"))(
    prov_icloud("customercare", "dwenzel@mac.com", t)))(),
    "List-Unsubscribe mailto: from a mail client", [MO],
    note="macOS Mail 'Unsubscribe' on the newsletter: subject from our mailto, blank body; person's marketing opt-out.",
    ack_to="dwenzel@mac.com")

H(dt(26, 10, 31), "customercare", "yahoo", "yahoo", "Deb Lutz", "lutzdebroger@yahoo.com",
  "Re: Home Comfort Tips: ready for November [AE-NL-2710]", """Please unsubscribe both of us, my husband and I share this email. We get enough tips from the furnace guy.

Deb & Roger""", "marketing opt-out (reply to newsletter, shared address)", [MO], quote="news",
  ent={"name": "Deb & Roger"},
  note="Couple sharing one address unsubscribes it under the newsletter: own address, clear opt-out; joint first names as written.")

H(dt(26, 11, 20), "customercare", "gmail_android", "gmail", "Tyler Boggess", "tboggess07@gmail.com",
  "Re: Home Comfort Tips: ready for November [AE-NL-2710]", "\U0001F44D", "unclear (emoji only)", [], unclear=True, quote="news",
  note="Only a thumbs-up emoji under the newsletter: nothing decidable, unclear.")

A(dt(26, 12, 0), "customercare", auto.mdn_outlook(
    "customercare", dt(26, 12, 0), "Tom Brecht", "tbrecht@brechtauto.com",
    prov_generic("customercare", "tbrecht@brechtauto.com", dt(26, 12, 0), "mail-bn8nam12on2104.outbound.protection.outlook.com", "40.107.237", sel="selector1"),
    "RE: Does PowerHouse share my e-mail address?", "<SJ0PR10MB5528C3E0A1B94F2D0E81B7A2E6712@SJ0PR10MB5528.namprd10.prod.outlook.com>", read=False),
  "automated: read receipt", "Outlook 'Not read' (deleted without being read) receipt for a staff reply.")

H(dt(26, 13, 45), "customercare", "gmail", "gmail", "", "hollyberndt.ia@gmail.com",
  "unsubscribe AE-NL-2710", """Please unsubscribe hollyberndt.ia@gmail.com from this mailing list.

--
Sent by Leave Me Alone on behalf of hollyberndt.ia@gmail.com
https://leavemealone.app""", "List-Unsubscribe mailto: from an inbox-cleaning service", [MO],
  extra_headers=["X-Mailer: LeaveMeAlone"],
  note="Inbox cleaner sent through the user's Gmail to our newsletter mailto; no Auto-Submitted, so acknowledge the sender.")

H(dt(26, 15, 10), "customercare", "gmail", "gmail", "Renee Ostrowski", "renee.ostrowski@gmail.com",
  "Re: " + ACK5["subject"], """Thanks for getting back to me. Will this also stop the phone calls about
solar? My husband got another one yesterday from someone saying they were
"working with Alliant".

Renee""", "question (reply to our ack)", [CO], quote=ACK5,
  ent={"name": "Renee"},
  note="Reply to our acknowledgement with a new question (phone calls): question, ack_to the sender.")

A(dt(26, 16, 30), "customercare", auto.bulk(
    "customercare", dt(26, 16, 30), "Mike Dempster via SpamArrest", "verify@spamarrest.com",
    "Re: " + ACK6["subject"] + " [Verification Required]",
    prov_env=prov_generic("customercare", "verify@spamarrest.com", dt(26, 16, 30), "mx2.spamarrest.com", "69.13.211", sel="sa1"),
    precedence="junk",
    text="""Hello Alliant Energy Customer Care,

I'm protecting myself from receiving junk mail. Please click the link below
to complete the verification process. You have to do this only once.

http://www.spamarrest.com/a2/verify?c=88a7f2e1b0

Your original message will be delivered once you have verified.

Mike Dempster""",
    html="""<html><body><p>Hello Alliant Energy Customer Care,</p><p>I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process.</p><p><a href="http://www.spamarrest.com/a2/verify?c=88a7f2e1b0">Verify</a></p></body></html>""",
    extra=["In-Reply-To: " + ACK6["msgid"], "Auto-Submitted: auto-replied"]),
  "automated: auto-reply (loop trap)", "LOOP TRAP: challenge-response verification triggered by our acknowledgement.")

H(dt(26, 19, 55), "customercare", "outlook", "outlookcom", "Pam Richter", "pamrichter@outlook.com",
  "RE: " + ACK10["subject"], """Do the same for my mom's address please, she's at the other house.

Pam""", "unclear (refers to earlier mail, on behalf)", [], unclear=True, quote=ACK10,
  note="'Do the same for my mom's address' under our ack: what, and for whom, is not said: unclear. Entities would name the mother, who is unnamed, so none (not the writer's 'Pam').")

PHISH_TXT = """Dear PowerHouse Customer,

As a thank-you for 10 years with PowerHouse Catalog you have been chosen
for a $100 gift card. Confirm your shipping address and card details to
claim it within 48 hours:

http://powerhouse-rewards-center.com/claim?ref=PH2710

PowerHouse Catalog Rewards Team"""

# ============================================================ Wed 27 Oct
H(dt(27, 8, 10), "powerhousecatalog", "aol", "yahoo", "Gloria Fenske", "gfenske44@aol.com",
  "Re: Fall Favorites & Halloween glow: 20% off LED lighting [PH-2710-HW]", """Unsubscribe. And don't share my name like it says below.

Gloria Fenske

Sent from AOL on Android""", "both opt-outs (reply pointing at quoted footer)", [MO, OP], quote="ph",
  ent={"name": "Gloria Fenske"},
  note="Her own sentence points at the quoted sharing footer: unsubscribe + don't share = both opt-outs.")

A(dt(27, 9, 35), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(27, 9, 35), "ANA Data & Marketing", "members@ana-dmnews.example.org",
    "Member brief: new state privacy rules and your catalog opt-out files",
    prov_env=prov_generic("powerhousecatalog", "bounces+4471@em.ana-dmnews.example.org", dt(27, 9, 35), "o21.em.ana-dmnews.example.org", "149.72.33", sel="s1", dkim_d="ana-dmnews.example.org"),
    list_id="<member-brief.ana-dmnews.example.org>",
    unsub="<https://ana-dmnews.example.org/prefs?u=44a1>",
    text="""MEMBER BRIEF - October 27, 2027

1. Three more states require honoring "do not sell or share" signals by July 2028.
2. Reminder: catalog list exchanges must exclude consumers who asked not to be shared.
3. Webinar Nov 9: building a compliant suppression file.

Manage preferences: https://ana-dmnews.example.org/prefs?u=44a1""",
    html="""<html><body><h2>Member brief</h2><ol><li>Three more states require honoring "do not sell or share" signals by July 2028.</li><li>Catalog list exchanges must exclude consumers who asked not to be shared.</li><li>Webinar Nov 9: building a compliant suppression file.</li></ol><p><a href="https://ana-dmnews.example.org/prefs?u=44a1">Manage preferences</a></p></body></html>"""),
  "automated: list/newsletter", "Industry newsletter using 'do not sell or share' wording; bulk, not a request.")

H(dt(27, 10, 50), "powerhousecatalog", "gmail", "gmail", "Scott Vandenberg", "svandenberg.home@gmail.com",
  "catalog list", """Take me off the catalog list. Actually, my wife says she wants it. Keep
sending it I guess, but maybe only to her? We both get one.

Scott""", "unclear (self-contradicting)", [], unclear=True,
  ent={"name": "Scott"},
  note="Asks removal then retracts and changes it to 'only to her': self-contradicting, unclear.")

H(dt(27, 12, 15), "customercare", "gmail", "gmail", "Guadalupe Ríos", "lupitarios.mt@gmail.com",
  "Factura de octubre muy alta", """Buenas tardes,

¿Por qué mi factura de octubre es tan alta? Somos cuatro en la casa y no
cambiamos nada. Me llegó de $241 y normalmente pago como $130.

Cuenta 5512 903 116

Gracias,
Guadalupe Ríos""", "question (Spanish, billing)", [CO],
  ent={"name": "Guadalupe Ríos", "account": "5512 903 116"},
  note="Spanish billing question ('somos cuatro en la casa').")

A(dt(27, 14, 0), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(27, 14, 0), "PowerHouse Catalog", "rewards@powerhouse-rewards-center.com",
    "PowerHouse Catalog: claim your $100 loyalty reward",
    prov_env=prov_generic("powerhousecatalog", "rewards@powerhouse-rewards-center.com", dt(27, 14, 0), "mail.powerhouse-rewards-center.com", "193.42.33", dkim_d="powerhouse-rewards-center.com", sel="x"),
    precedence=None, text=PHISH_TXT,
    html="<html><body><p>Dear PowerHouse Customer,</p><p>As a thank-you for 10 years with PowerHouse Catalog you have been chosen for a <b>$100 gift card</b>.</p><p><a href=\"http://powerhouse-rewards-center.com/claim?ref=PH2710\">CLAIM NOW</a></p><p>PowerHouse Catalog Rewards Team</p></body></html>",
    to_name="PowerHouse Customer"),
  "automated: spam/phishing", "Phishing pretending to be PowerHouse (look-alike domain).")

H(dt(27, 15, 45), "powerhousecatalog", "iphone", "icloud", "Ana Gómez", "anagomez.dbq@icloud.com",
  "información", """Hi, please no compartan mi información con otras compañías. I still want the catalog. Thank you!

— Ana Gómez

Enviado desde mi iPhone""", "catalog-sharing opt-out (mixed)", [OP], html=True,
  ent={"name": "Ana Gómez"},
  note="Mixed Spanish/English: don't share my information, keep the catalog: sharing opt-out only.")

A(dt(27, 17, 20), "customercare", auto.ooo_plain(
    "customercare", dt(27, 17, 20), "", "info@thevandykefamily.net", "Re: " + ACK7["subject"],
    """This email address is no longer in use. Please update your records and write to Carl at cvandyke@tds.net or Jill at jillvd@tds.net instead.

This is an automated message.""",
    prov_generic("customercare", "info@thevandykefamily.net", dt(27, 17, 20), "mail.hover.com", "216.40.42", sel="hover"),
    refs=ACK7["msgid"]),
  "automated: auto-reply (loop trap)", "LOOP TRAP: headerless 'address no longer in use' auto-reply to our acknowledgement (no Auto-Submitted).")

# ============================================================ Thu 28 Oct
H(dt(28, 7, 45), "customercare", "gmail", "gmail", "Rachel Ahrens", "rachel.ahrens.cr@gmail.com",
  "Fwd: Action required: your Alliant Energy service will be disconnected", """Is this really from you? My mom lives with us and she almost clicked on
it, she thought we were behind on the bill. We have autopay.

Rachel

---------- Forwarded message ---------
From: Alliant Energy <service@alliant-energy-billing.com>
Date: Wed, Oct 27, 2027 at 9:12 PM
Subject: Action required: your Alliant Energy service will be disconnected
To: Valued Customer <grandma.ahrens@gmail.com>


Dear Customer,

Our records show your account has an unpaid balance of $318.44. To avoid
disconnection within 24 hours, please verify your payment information now.

VERIFY AND PAY NOW <https://alliant-energy-billing.com/verify?id=88120>

If you have already paid, please disregard. To opt out of these notices
reply STOP.

Alliant Energy Billing Department""", "question (forwarded phishing)", [CO],
  ent={"name": "Rachel"},
  note="Customer forwards a phishing mail and asks if it is real: question. The forwarded 'reply STOP' is not hers.")

H(dt(28, 9, 20), "customercare", "windows_mail", "outlookcom", "Kevin Doyle", "kevindoyle.fd@outlook.com",
  "New owners - please remove from all lists", """Hello,

We're the new owners at 915 Park Ave, Fort Dodge IA 50501. The previous owner moved to Florida but we still get his stuff plus our own now. Please remove our household from all of your advertising, paper and email, and don't sell or trade our information to anybody.

Kevin and Tara Doyle""", "both opt-outs (household)", [MO, OP],
  ent={"name": "Kevin and Tara Doyle", "postal_code": "50501"},
  note="Household asks for no advertising (paper+e-mail) and no selling/trading: both. Previous owner only mentioned; nothing asked for him.")

add(dt(28, 11, 0), "powerhousecatalog",
    auto.gmail_unsub("powerhousecatalog", dt(28, 11, 0), "", "jennakluesner@gmail.com", "unsubscribe PH-2710-HW",
                     body_text="--\nUnsubscribed with Clean Email (cleanemail app) for jennakluesner@gmail.com\n",
                     extra=["Auto-Submitted: auto-generated", "X-Mailer: Clean Email Unsubscriber"]),
    "List-Unsubscribe mailto: from an inbox-cleaning service", [MO],
    note="Inbox-cleaner unsubscribe from the catalog e-mail with Auto-Submitted: marketing opt-out (never sharing), ack_to null.",
    ack_to=None)

A(dt(28, 13, 30), "customercare", auto.calendar(
    "customercare", dt(28, 13, 30), "Bob Kramer", "bobkramer.ia@gmail.com",
    ["customercare@alliant-energy.com", "bobkramer.ia@gmail.com", "carolkramer54@gmail.com"],
    "Furnace tune-up (Hawkeye Heating)", dt(30, 9, 0, 0), dt(30, 10, 30, 0),
    "Furnace tune-up, Hawkeye Heating. Save receipt for Alliant $75 rebate.",
    prov_gmail("customercare", "bobkramer.ia@gmail.com", dt(28, 13, 30)),
    location="Home", google=True, uid="%s@google.com" % "5ubd0r2q6k3f8e1aa7c0t9m4hv"),
  "automated: calendar", "A customer's Google Calendar event with customercare@ accidentally added as a guest: text/calendar invitation, not a request.")

H(dt(28, 15, 15), "customercare", "gmail", "gmail", "Joan Witt", "joanwitt48@gmail.com",
  "Re: " + ACK8["subject"], """Thanks so much. My husband will be glad to see the catalogs stop, he
complains every time he carries them in.

Joan""", "human, no action (thanks to our ack)", [], quote=ACK8, ack_to=None,
  ent={"name": "Joan"},
  note="Thank-you to our acknowledgement; no new request: no labels, ack_to null. First name written, so recorded.")

H(dt(28, 19, 40), "customercare", "gmail", "gmail", "Teresa Aguilar", "teresa.aguilar.nw@gmail.com",
  "pregunta", """Hola, ¿cómo me quito de la lista de correos de ofertas? Mi hija me ayudó
a abrir esta cuenta y no sé dónde se cambia eso. ¿Hay que llamar?

Teresa""", "question (Spanish, how to opt out)", [CO],
  ent={"name": "Teresa"},
  note="Spanish: asks how to get off the offers list, does not ask to be removed: question only.")

# ============================================================ Fri 29 Oct
A(dt(29, 9, 40), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(29, 9, 40), "Midwest Direct Mail Services", "noreply@mwdirectmail.com",
    "NCOA processing report - PowerHouse house file (job 27-4490)",
    prov_env=prov_generic("powerhousecatalog", "noreply@mwdirectmail.com", dt(29, 9, 40), "smtp.mwdirectmail.com", "64.71.33", sel="k1"),
    precedence=None,
    text="""NCOA processing report - job 27-4490

File: PH_HOUSE_20271027.csv   Records: 212,045
  Moves applied (COA) ......... 2,911
  Moved, left no address ......   498
  Deceased flags (DMA) ........   233
  Opt-out / do-not-share kept .. 9,417

The processed file is available on the SFTP site for 14 days.
This is an automated notice. Do not reply.""",
    html="""<html><body><pre>NCOA processing report - job 27-4490
File: PH_HOUSE_20271027.csv   Records: 212,045
Moves applied (COA): 2,911
This is an automated notice. Do not reply.</pre></body></html>""",
    extra=["X-Mailer: MDMS JobTrack 4.2", "Auto-Submitted: auto-generated"]),
  "automated: notification", "Mail house NCOA report; vendor system mail.")

H(dt(29, 13, 0), "customercare", "gmail", "gmail", "Norma Quintero", "normaquintero.cr@gmail.com",
  "Re: " + ACK9["subject"], "Muchas gracias por su ayuda. Dios los bendiga.", "human, no action (Spanish thanks to our ack)",
  [], quote=ACK9, qstyle="gmail_es", ack_to=None,
  note="Spanish thank-you to our acknowledgement: no labels, ack_to null.")

A(dt(29, 16, 50), "customercare", auto.dsn_postfix(
    "customercare", dt(29, 16, 50), ack("CC-2027-10-04582", dt(29, 12, 48, 3)), "pjanssen@windstream.net", "4.4.2",
    "host mx.windstream.net[162.39.4.11] said: 421 4.4.2 Service temporarily unavailable, try again later (in reply to RCPT TO command)",
    "mx.windstream.net", delay=True),
  "automated: bounce", "Postfix delay warning for one of our acknowledgements; mentions opting out in the quoted subject area.")

ACK11 = ack("CC-2027-10-04597", dt(30, 9, 2, 51))

# ============================================================ Sat 30 Oct
A(dt(30, 9, 4), "customercare", auto.ooo_plain(
    "customercare", dt(30, 9, 4), "Marv Lindquist", "marvlindquist@yahoo.com", "Auto Reply: " + ACK11["subject"],
    """We are at our place in Arizona until April. We check email about once a week. For the house in Newton call our neighbor Dick at 555-0186.

Marv & Judy""", prov_yahoo("customercare", "marvlindquist@yahoo.com", dt(30, 9, 4)), msgid_dom="mail.yahoo.com", refs=ACK11["msgid"]),
  "automated: auto-reply (loop trap)", "LOOP TRAP: Yahoo vacation response to our acknowledgement without Auto-Submitted (headerless auto-reply).")

H(dt(30, 15, 30), "powerhousecatalog", "outlook", "o365", "Brian Ostendorf", "bostendorf@cedarvalleycu.org",
  "Catalog - do not share", """Hello,

Please don't share my name or home address with other catalogs. Customer number 0061-4471-3 from the label, it comes to our house in Waverly.

I'm writing from work, please answer at my personal address (brian.ostendorf@gmail.com), it's in the Reply-To.

Thanks,
Brian Ostendorf""", "catalog-sharing opt-out (work address, personal Reply-To)", [OP],
  ent={"name": "Brian Ostendorf", "account": "0061-4471-3"}, ack_to="reply", reply_to="Brian Ostendorf <brian.ostendorf@gmail.com>",
  note="Work From with personal Reply-To and an explicit ask to be answered there: ack_to = Reply-To.")

# ============================================================ Sun 31 Oct
H(dt(31, 9, 0), "powerhousecatalog", "apple_mail", "icloud", "Betty Olander", "bettyolander@me.com",
  "Two catalogs", """Hello,

We keep getting two PowerHouse catalogs, one addressed to me and one to my late husband Frank. Could you combine them into one, in my name? I still enjoy it.

Betty Olander
Decorah, IA 52101""", "question (merge duplicate, late spouse)", [CO],
  ent={"name": "Betty Olander", "postal_code": "52101"},
  note="Asks to combine duplicates into one in her name (a change to the mailing record): question, not an opt-out; late husband only mentioned.")

A(dt(31, 14, 20), "powerhousecatalog", auto.bulk(
    "powerhousecatalog", dt(31, 14, 20), "Catalog Success Weekly", "editor@catalogsuccess.example.net",
    "Holiday mail-date math, co-op lists vs. rentals, and the postage increase",
    prov_env=prov_generic("powerhousecatalog", "bounce-cs@mail.catalogsuccess.example.net", dt(31, 14, 20), "mail.catalogsuccess.example.net", "208.75.123", sel="cs"),
    list_id="Catalog Success Weekly <weekly.catalogsuccess.example.net>",
    unsub="<mailto:leave-weekly@catalogsuccess.example.net>",
    html="""<html><body style="font-family:Verdana;font-size:13px"><h2>Catalog Success Weekly</h2><p><b>Mail-date math:</b> in-home windows are slipping 2-3 days this season.</p><p><b>Co-op vs. rental:</b> why more catalogers are suppressing do-not-share names before list exchange.</p><p><b>Postage:</b> the January increase, by weight band.</p><p style="font-size:10px">To leave this list write to leave-weekly@catalogsuccess.example.net.</p></body></html>"""),
  "automated: list/newsletter", "Catalog industry newsletter, HTML only.")

H(dt(31, 18, 45), "powerhousecatalog", "iphone", "icloud", "Steph Kroll", "stephkroll@icloud.com",
  "Re: Fall Favorites & Halloween glow: 20% off LED lighting [PH-2710-HW]", """Happy Halloween! Please stop the emails though, the kids keep clicking on the light-up pumpkins and adding them to my cart lol

Steph""", "marketing opt-out (reply to catalog e-mail)", [MO], quote="ph",
  ent={"name": "Steph"},
  note="Friendly reply under the catalog e-mail asking to stop the e-mails: marketing opt-out only (quoted sharing footer ignored).")


# ============================================================ write out
def main():
    msgs = sorted(MSGS, key=lambda m: m["t"])
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    man, idx = [], []
    for i, m in enumerate(msgs, 1):
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(m["raw"])
        rec = {"file": fn, "mailbox": m["box"], "automated": m["automated"],
               "labels": [l for l in (MO, OP, CO) if l in m["labels"]], "unclear": m["unclear"],
               "entities": {k: m["ent"][k] for k in ("name", "postal_code", "account") if k in m["ent"]},
               "note": m["note"], "ack_to": m["ack_to"]}
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append("%s\t%s" % (fn, m["cat"]))
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(idx) + "\n")
    print("wrote %d messages" % len(msgs))


if __name__ == "__main__":
    main()
