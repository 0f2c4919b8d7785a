#!/usr/bin/env python3
"""Rebuild the jul2028 corpus (10-21 July 2028, both privacy mailboxes) byte for byte.

    python3 _generator/build.py

Standard library only; one seeded random generator (mime.R, seed 20280710). Messages are defined
below roughly by day; they are sorted by arrival time and numbered 0001.eml ... in arrival order.
"""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mime import (R, T, TD, CDT, UTC, PDT, ADDR, MBOX, fmt, fmt1, rs, rhex, rdig, ruuid, qid, qp, b64, ehdr,
                  addr_hdr, esc, crlf, deliver, internal, fold_b64, epoch, B64C, MONSL,
                  sc, pr, pres, ac, heat, outage, bill, ack, Ours, SC_SUBJ, SC_DATE, PR_SUBJ, HEAT_SUBJ,
                  HEAT_DATE, OUT_SUBJ)
from clients import human_raw, attr_gmail
import datetime

OUT = Path(__file__).resolve().parent.parent
MSGS = []
LABEL_ORDER = ['marketing_opt_out', 'catalog_share_opt_out', 'question']


def H(when, mb, prov, client, name, addr, text, labels, note, cat, ent=None, unclear=False, ack_to='from', **kw):
    s = dict(when=when, mailbox=mb, prov=prov, client=client, name=name, addr=addr, text=text)
    s.update(kw)
    raw = human_raw(s)
    ent = ent or {}
    for k, v in ent.items():
        assert v in text, (name, k, v)
    if ack_to == 'from':
        ack_to = addr
    MSGS.append(dict(when=when, mailbox=MBOX[mb], automated=False,
                     labels=[l for l in LABEL_ORDER if l in labels], unclear=unclear, entities=ent,
                     note=note, ack_to=ack_to, cat=cat, raw=raw, lang=kw.get('lang', 'en')))


def A(when, mb, raw, cat, note, lang='en'):
    MSGS.append(dict(when=when, mailbox=MBOX[mb], automated=True, labels=[], unclear=False, entities={},
                     note=note, ack_to=None, cat=cat, raw=raw, lang=lang))


MO = 'marketing_opt_out'
SH = 'catalog_share_opt_out'
QU = 'question'


def ack_raw_quote(ref, to, date):
    return ack(ref, to, date)


# =====================================================================================
# Monday 10 July
# =====================================================================================
H(T(10, 7, 12), 'cc', 'yahoo', 'yahoo_ios', 'Darlene Kruse', 'darlene.kruse52@yahoo.com',
  "Please take me off your email list for offers and promotions. I get enough junk as it is.\n\nThank you\nDarlene Kruse",
  [MO], "plain e-mail opt-out, retiree on Yahoo app; signature name", 'marketing opt-out',
  ent={'name': 'Darlene Kruse'}, subject='email list')

# Exchange out-of-office answering a bot acknowledgement sent Friday 7 July (loop trap)
_q = ack('CC-2028-07-00398', 'mkoenig@koenigtruckingia.com', T(7, 15, 41, 9))
_w = T(10, 7, 40)
_mid = f"<{rhex(32)}@CH0PR17MB{rdig(4)}.namprd17.prod.outlook.com>"
_body = ("Thank you for your email. I am out of the office on vacation from July 7 through July 17 with limited "
         "access to email. For dispatch please call 555-0143. For billing questions contact Jody at "
         "jody@koenigtruckingia.com.\n\nMark Koenig\nKoenig Trucking LLC\n")
_b = f"_000_{rhex(24, True)}_"
_msg = "\n".join([
    "From: Mark Koenig <mkoenig@koenigtruckingia.com>",
    "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
    f"Subject: Automatic reply: We received your request [CC-2028-07-00398]",
    "Thread-Topic: We received your request [CC-2028-07-00398]",
    f"Thread-Index: AQHa{rs(22, B64C)}",
    f"Date: {fmt(_w - TD(seconds=3), UTC)}",
    f"Message-ID: {_mid}",
    f"References: {_q.msgid}", f"In-Reply-To: {_q.msgid}",
    "Auto-Submitted: auto-replied", "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: mkoenig@koenigtruckingia.com",
    "X-MS-TNEF-Correlator:", "x-ms-exchange-parent-message-id: " + _q.msgid,
    "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
    "x-ms-publictraffictype: Email",
    f'Content-Type: multipart/alternative;\n\tboundary="{_b}"', "MIME-Version: 1.0", "",
    f"--{_b}", 'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "",
    qp(_body).rstrip('\n'), "",
    f"--{_b}", 'Content-Type: text/html; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "",
    qp('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
       + ''.join(f"<p>{esc(p)}</p>\n" for p in _body.strip().split('\n\n')) + '</body>\n</html>\n').rstrip('\n'), "",
    f"--{_b}--", ""])
A(_w, 'cc', deliver('cc', _w, '', 'NAM12-BN8-obe.outbound.protection.outlook.com',
                    'mail-bn8nam12on2071.outbound.protection.outlook.com', '40.107.237.71',
                    [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n" + fold_b64(' b=', 342, ' ', 76),
                     f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=koenigtruckingia.com;\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh={rs(43, B64C)}=;\n" + fold_b64(' b=', 342, ' ', 76)],
                    _msg, dkim=[('koenigtruckingia.com', 'selector1', 'pass')],
                    spf='pass', spf_dom='NAM12-BN8-obe.outbound.protection.outlook.com',
                    dmarc=('pass', 'none', 'koenigtruckingia.com')),
  'automated: auto-reply (loop trap)', "LOOP TRAP: Exchange out-of-office answering our acknowledgement; Auto-Submitted, null sender")

H(T(10, 8, 5), 'ph', 'isp', 'thunderbird', 'Roger Tiedemann', 'rtiedemann@mchsi.com',
  "To whom it may concern,\n\nI enjoy the PowerHouse catalog and I would like to keep receiving it. However I do not want my name and address given, rented or sold to any other catalog company. Since I started ordering from you I get 3 or 4 catalogs a week from outfits I never heard of and it all goes in the recycling.\n\nThe customer number on my label is 4471-0923-88.\n\nRoger Tiedemann\n1814 Hawthorne Ave\nMason City IA 50401",
  [SH], "keeps the catalog, refuses list sharing: sharing opt-out only; customer number from mailing label",
  'catalog-sharing opt-out', ent={'name': 'Roger Tiedemann', 'postal_code': '50401', 'account': '4471-0923-88'},
  subject='Do not share my name')

H(T(10, 8, 31), 'cc', 'gmail', 'gmail', 'Troy Hendrickx', 'troyhendrickx@gmail.com', "unsubscribe",
  [MO], "one word over our June AC tune-up promotion: marketing opt-out (context is a promo)", 'marketing opt-out',
  quote=ac('troyhendrickx@gmail.com'))

# mail house suppression report (vendor system mail to the catalog box)
_w = T(10, 9, 10)
_txt = """BADGER DIRECT MAIL SERVICES - JOB STATUS REPORT

Job:        PH-2807 Summer Remail (PowerHouse Catalog)
Client:     Alliant Energy / PowerHouse Catalog
Report:     Suppression & merge/purge summary
Run date:   07/10/2028 08:52 CT

Input records (client file)                 41,226
  less: in-house do-not-mail / opt-outs        1,904
  less: DMAchoice suppression                    612
  less: deceased (DECEASED file)                 138
  less: NCOA moves w/o forwarding                 421
  less: duplicates (household)                   987
Mailable records                              37,164

Do-not-share flags carried to rental file:     2,315
Records released to list exchange (co-op):         0  (client hold per 06/28 instruction)

Proofs for approval: https://portal.badgerdirectmail.com/jobs/PH-2807
Drop date: 07/18/2028 (pending proof approval)

This is an automated notice from the Badger Direct job tracking system. Replies to this
address are not monitored. Questions: your account rep, Sandy Oltmann, 608-555-0119.
"""
_mid = f"<{rdig(13)}.{rdig(5)}.JavaMail.jobtrack@portal.badgerdirectmail.com>"
_msg = "\n".join([
    f"Date: {fmt(_w - TD(seconds=5))}", "From: Badger Direct Job Tracking <jobtrack@badgerdirectmail.com>",
    "To: powerhousecatalog@alliant-energy.com", "Cc: soltmann@badgerdirectmail.com",
    f"Message-ID: {_mid}", "Subject: [JobTrack] PH-2807 Summer Remail - suppression summary ready",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit",
    "Auto-Submitted: auto-generated", "X-Mailer: JobTrack 4.2", "", _txt])
A(_w, 'ph', deliver('ph', _w, 'bounce-jobtrack@badgerdirectmail.com', 'smtp.badgerdirectmail.com',
                    'smtp.badgerdirectmail.com', '64.124.18.77',
                    [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=badgerdirectmail.com; s=bdm1;\n\tt={epoch(_w)}; bh={rs(43, B64C)}=;\n\th=Date:From:To:Subject;\n" + fold_b64('\tb=', 216, '\t ', 70),
                     f"Received: from portal.badgerdirectmail.com (portal.badgerdirectmail.com [10.1.4.20])\n\tby smtp.badgerdirectmail.com (Postfix) with ESMTP id {qid()}\n\tfor <powerhousecatalog@alliant-energy.com>; {fmt(_w - TD(seconds=4))}"],
                    _msg, dkim=[('badgerdirectmail.com', 'bdm1', 'pass')], dmarc=('pass', 'none', 'badgerdirectmail.com')),
  'automated: vendor notification', "mail-house job report full of 'do-not-share'/'opt-outs' words: vendor system mail, no request")

H(T(10, 9, 44), 'ph', 'gmail', 'gmail', 'Kayla Brandt', 'kaylabrandt02@gmail.com',
  "Hi! I'm moving out of my apartment in Cedar Falls at the end of the month. Can you change the address for my catalog to my parents house? New address is 2207 W 4th St, Waterloo IA 50701.\n\nThanks!\nKayla Brandt",
  [QU], "renter moving: change of address is a question; ZIP is her new address", 'question',
  ent={'name': 'Kayla Brandt', 'postal_code': '50701'}, subject='address change')

# phishing pretending to be us
_w = T(10, 10, 20)
_html = """<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#ffffff;border:1px solid #ddd"><tr><td style="padding:20px">
<img src="https://alliantenergy-payments.co/assets/logo.png" alt="Alliant Energy" width="180">
<h2 style="color:#b00000">FINAL NOTICE - SERVICE DISCONNECTION SCHEDULED</h2>
<p>Dear Customer,</p>
<p>Our records show your account has a past due balance of <b>$184.62</b>. Your electric service is scheduled for
disconnection within <b>24 hours</b> unless payment is received.</p>
<p>To avoid interruption, please verify your account and submit payment now:</p>
<p><a href="https://alliantenergy-payments.co/verify?id=88213" style="background:#e87722;color:#fff;padding:10px 18px;text-decoration:none">PAY NOW</a></p>
<p>If you have already paid, please disregard. Do not reply to this message.</p>
<p style="font-size:11px;color:#888">Alliant Energy Billing Department &copy; 2028. To unsubscribe from billing notifications click here.</p>
</td></tr></table></body></html>
"""
_msg = "\n".join([
    f"From: Alliant Energy Billing <billing@alliantenergy-payments.co>", "To: customercare@alliant-energy.com",
    "Subject: =?UTF-8?B?4pqg77iPIEZpbmFsIE5vdGljZTogU2VydmljZSBEaXNjb25uZWN0aW9uIFNjaGVkdWxlZA==?=",
    f"Date: {fmt(_w - TD(seconds=50), UTC)}", f"Message-ID: <{rhex(20)}@alliantenergy-payments.co>",
    "MIME-Version: 1.0", "Content-Type: text/html; charset=\"UTF-8\"", "Content-Transfer-Encoding: base64",
    "X-Priority: 1 (Highest)", "", b64(_html.encode('utf-8'))])
A(_w, 'cc', deliver('cc', _w, 'bounce@alliantenergy-payments.co', 'vps-71233.hostcheap.example',
                    'unknown', '185.231.44.19', [], _msg, dkim=[], spf='softfail',
                    spf_dom='alliantenergy-payments.co', dmarc=None, tls=None),
  'automated: spam/phishing', "phishing on a look-alike domain ('Pay now', disconnection threat); its 'unsubscribe' footer is bait")

H(T(10, 11, 2), 'cc', 'outlookcom', 'outlook', 'Gary Voss', 'gvoss1957@outlook.com',
  "Hello,\n\nWe have a cabin up at Spirit Lake that has its own account (seasonal). The bills for it go to the cabin mailbox and we only get up there every other weekend, so we keep missing them. How do we get the cabin bills mailed to our home address instead? Or can it go on the same e-mail as our home account?\n\nCabin account is 5520 8813 07.\nHome address: 718 Ridgeway Dr, Coralville IA 52241\n\nThanks,\nGary & Linda Voss",
  [QU], "lake cabin: billing address question; joint signature kept joint, account as written, home ZIP",
  'question', ent={'name': 'Gary & Linda Voss', 'postal_code': '52241', 'account': '5520 8813 07'},
  subject='Cabin account bills going to wrong address')

# association newsletter (bulk)
_w = T(10, 12, 15)
_txt = """IOWA ENERGY CONSUMERS COALITION - JULY 2028 UPDATE

In this issue
* Summer disconnection protections: what the rules say during heat advisories
* LIHEAP cooling assistance opens in 14 counties
* Comment period: proposed changes to net metering tariffs (deadline Aug 4)
* Member spotlight: Linn County Senior Services

Summer disconnection protections
When the National Weather Service issues a heat advisory, utilities regulated by the
Iowa Utilities Commission may not disconnect residential service ...
Read more: https://iaenergyconsumers.org/news/2028-07

---
You are receiving this because customercare@alliant-energy.com is subscribed to the
IECC Member Update list. Unsubscribe: https://iaenergyconsumers.org/lists/unsub?u=88a1f
Iowa Energy Consumers Coalition, 400 Locust St Suite 200, Des Moines IA 50309
"""
_mid = f"<{rhex(24)}.{rdig(6)}@list.iaenergyconsumers.org>"
_msg = "\n".join([
    "From: Iowa Energy Consumers Coalition <news@iaenergyconsumers.org>", "To: customercare@alliant-energy.com",
    "Subject: IECC July Update: heat protections, LIHEAP cooling help, net metering comments",
    f"Date: {fmt(_w - TD(seconds=31))}", f"Message-ID: {_mid}", "Precedence: bulk",
    "List-Id: IECC Member Update <update.iaenergyconsumers.org>",
    "List-Unsubscribe: <https://iaenergyconsumers.org/lists/unsub?u=88a1f>, <mailto:unsubscribe-88a1f@list.iaenergyconsumers.org>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
    "X-Mailer: phpList v3.6.14", "", qp(_txt)])
A(_w, 'cc', deliver('cc', _w, 'bounces-88a1f@list.iaenergyconsumers.org', 'list.iaenergyconsumers.org',
                    'list.iaenergyconsumers.org', '198.51.100.40',
                    [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=iaenergyconsumers.org; s=list;\n\tt={epoch(_w)}; bh={rs(43, B64C)}=;\n\th=From:To:Subject:Date:List-Unsubscribe;\n" + fold_b64('\tb=', 216, '\t ', 70)],
                    _msg, dkim=[('iaenergyconsumers.org', 'list', 'pass')], dmarc=('pass', 'none', 'iaenergyconsumers.org')),
  'automated: list/newsletter', "advocacy newsletter we subscribe to; Precedence bulk, List-Id")

H(T(10, 13, 30), 'ph', 'outlookcom', 'owa', 'Marjorie Ellison', 'marj.ellison@hotmail.com',
  "Stop sending me your catalogs and do not sell my name to anyone.\n\nMarjorie Ellison",
  [MO, SH], "both opt-outs in two short sentences", 'both opt-outs', ent={'name': 'Marjorie Ellison'},
  subject='catalogs')

H(T(10, 14, 5), 'cc', 'gmail', 'gmail', 'Rosa Elena Márquez', 'rosaelena.marquez@gmail.com',
  "Buenas tardes,\n\nYa no quiero recibir correos de promociones ni ofertas. Solamente quiero mi factura.\n\nGracias,\nRosa Elena Márquez",
  [MO], "Spanish: no more promotional e-mails, keep the bill", 'marketing opt-out',
  ent={'name': 'Rosa Elena Márquez'}, subject='No más promociones', lang='es')

# internal calendar invitation
_w = T(10, 15, 22)
_uid = ruuid(False)
_ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
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
ORGANIZER;CN=Jenna Paulik:mailto:jpaulik@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Customer Care Mailbox:mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=PowerHouse Catalog:mailto:powerhousecatalog@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Weekly review of the privacy mailboxes: review queue\\, opt-out backlog\\, Spanish replies from the Peak Time Rewards send. Teams link in the invite.\\n
RRULE:FREQ=WEEKLY;UNTIL=20280929T150000Z;INTERVAL=1;BYDAY=WE;WKST=SU
UID:{_uid}
SUMMARY;LANGUAGE=en-US:Privacy mailbox triage (weekly)
DTSTART;TZID=Central Standard Time:20280712T100000
DTEND;TZID=Central Standard Time:20280712T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20280710T202200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""
_txt = "Weekly review of the privacy mailboxes: review queue, opt-out backlog, Spanish replies from the Peak Time Rewards send.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + rs(40) + "\nMeeting ID: 281 554 019 377\n________________________________________________________________________________\n"
_b1, _b2 = f"_004_{rhex(24, True)}_", f"_000_{rhex(24, True)}_"
_msg = "\n".join([
    "From: Jenna Paulik <jpaulik@alliant-energy.com>",
    "To: Customer Care Mailbox <customercare@alliant-energy.com>, PowerHouse Catalog\n\t<powerhousecatalog@alliant-energy.com>",
    "Subject: Privacy mailbox triage (weekly)", "Thread-Topic: Privacy mailbox triage (weekly)",
    f"Thread-Index: AdrS{rs(18, B64C)}==", f"Date: {fmt(_w - TD(seconds=9), UTC)}",
    f"Message-ID: <{rhex(32)}@EXCH02.corp.alliant-energy.com>", "Accept-Language: en-US", "Content-Language: en-US",
    "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "X-MS-Exchange-Organization-AuthAs: Internal",
    f'Content-Type: multipart/alternative;\n\tboundary="{_b2}"', "MIME-Version: 1.0", "",
    f"--{_b2}", 'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "",
    qp(_txt).rstrip('\n'), "",
    f"--{_b2}", 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64", "",
    b64(_ics.replace('\n', '\r\n').encode('utf-8')), "",
    f"--{_b2}--", ""])
A(_w, 'cc', internal('cc', _w, 'jpaulik@alliant-energy.com', [], _msg, host='EXCH02.corp.alliant-energy.com', ip='10.40.3.22'),
  'automated: calendar invitation', "internal text/calendar invitation to both mailboxes; no request")

H(T(10, 16, 48), 'cc', 'outlookcom', 'outlook', 'Brian Oyelaran', 'b.oyelaran@outlook.com',
  "To Alliant Energy Customer Care:\n\nI am requesting a copy of the personal information Alliant Energy holds about me, including any information you have received from or disclosed to third parties, under the Iowa consumer data protection law.\n\nName: Brian Oyelaran\nService address: 2715 Wayzata Dr, Iowa City, IA 52240\nAccount: 3310 4482 19\n\nPlease send it electronically to this address.\n\nRegards,\nBrian Oyelaran",
  [QU], "data access request: clear question (copy of data)", 'question',
  ent={'name': 'Brian Oyelaran', 'postal_code': '52240', 'account': '3310 4482 19'},
  subject='Request for copy of my personal information')

# =====================================================================================
# Tuesday 11 July  (PowerHouse Summer Clearance goes out 09:02)
# =====================================================================================
_w = T(11, 9, 3)
_q = sc('amy.sundberg@ccsd.k12.ia.us')
_body = ("Thank you for your email. I am out of the building for summer break and will return on August 14. "
         "I will not be checking email regularly.\n\nFor registration questions please contact the main office at 555-0186.\n\n"
         "Amy Sundberg\n4th Grade, Lincoln Elementary\n")
_msg = "\n".join([
    "From: Amy Sundberg <amy.sundberg@ccsd.k12.ia.us>", "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
    f"Subject: Automatic reply: {SC_SUBJ}",
    "Thread-Topic: Summer Clearance: up to 60% off fans, solar lights & more [PH-2807-SC]",
    f"Thread-Index: AQHa{rs(22, B64C)}", f"Date: {fmt(_w - TD(seconds=2), UTC)}",
    f"Message-ID: <{rhex(32)}@SJ0PR13MB{rdig(4)}.namprd13.prod.outlook.com>",
    f"References: {_q.msgid}", f"In-Reply-To: {_q.msgid}", "Auto-Submitted: auto-replied",
    "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All", "X-MS-TNEF-Correlator:",
    "x-ms-exchange-generated-message-source: Mailbox Rules Agent", "Content-Type: text/plain; charset=\"us-ascii\"",
    "Content-Transfer-Encoding: quoted-printable", "MIME-Version: 1.0", "", qp(_body)])
A(_w, 'ph', deliver('ph', _w, '', 'NAM10-MW2-obe.outbound.protection.outlook.com',
                    'mail-mw2nam10on2112.outbound.protection.outlook.com', '40.107.94.112',
                    [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ccsd.k12.ia.us;\n s=selector2;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh={rs(43, B64C)}=;\n" + fold_b64(' b=', 342, ' ', 76)],
                    _msg, dkim=[('ccsd.k12.ia.us', 'selector2', 'pass')], spf='pass',
                    spf_dom='NAM10-MW2-obe.outbound.protection.outlook.com', dmarc=('pass', 'none', 'ccsd.k12.ia.us')),
  'automated: auto-reply', "teacher's summer out-of-office answering the catalog e-mail; Auto-Submitted")

# bounce: our outbound relay could not deliver the catalog e-mail
_w = T(11, 9, 4)
_rcpt = 'jjwagner1961@yahoo.com'
_oq = qid()
_dsn = f"""This is the mail system at host mailout01.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{_rcpt}>: host mta7.am0.yahoodns.net[67.195.228.106] said: 554
    delivery error: dd This user doesn't have a yahoo.com account
    ({_rcpt}) [0] - mta4209.mail.gq1.yahoo.com (in reply to end of DATA
    command)
"""
_ds = f"""Reporting-MTA: dns; mailout01.alliant-energy.com
X-Postfix-Queue-ID: {_oq}
X-Postfix-Sender: rfc822; powerhousecatalog@alliant-energy.com
Arrival-Date: {fmt(SC_DATE, CDT, ' (CDT)')}

Final-Recipient: rfc822; {_rcpt}
Original-Recipient: rfc822;{_rcpt}
Action: failed
Status: 5.0.0
Remote-MTA: dns; mta7.am0.yahoodns.net
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a
    yahoo.com account ({_rcpt}) [0] - mta4209.mail.gq1.yahoo.com
"""
_orig = f"""Return-Path: <powerhousecatalog@alliant-energy.com>
Received: from campaign02.alliant-energy.com (campaign02.alliant-energy.com [10.40.6.30])
	by mailout01.alliant-energy.com (Postfix) with ESMTP id {_oq}
	for <{_rcpt}>; {fmt(SC_DATE, CDT, ' (CDT)')}
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: {_rcpt}
Subject: {SC_SUBJ}
Date: {fmt(SC_DATE)}
Message-ID: <20280711140213.PH-2807-SC.{rhex(10)}@news.alliant-energy.com>
List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe%20PH-2807-SC>,
 <https://powerhouse.alliant-energy.com/u/PH-2807-SC/{rhex(16)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ph2807sc-{rhex(12)}"
"""
_b = f"{_oq}.{epoch(_w)}/mailout01.alliant-energy.com"
_msg = "\n".join([
    f"Date: {fmt(_w - TD(seconds=1), CDT, ' (CDT)')}", "From: MAILER-DAEMON@mailout01.alliant-energy.com (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender", "To: powerhousecatalog@alliant-energy.com",
    "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
    f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{_b}"',
    "Content-Transfer-Encoding: 8bit", f"Message-Id: <20280711140{rdig(3)}.{rhex(10).upper()}@mailout01.alliant-energy.com>", "",
    "This is a MIME-encapsulated message.", "",
    f"--{_b}", "Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii", "", _dsn,
    f"--{_b}", "Content-Description: Delivery report", "Content-Type: message/delivery-status", "", _ds,
    f"--{_b}", "Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers", "", _orig,
    f"--{_b}--", ""])
A(_w, 'ph', internal('ph', _w, '', [], _msg),
  'automated: bounce', "Postfix DSN for the Summer Clearance send (Yahoo account gone); text/rfc822-headers carries our List-Unsubscribe")

# headerless resort autoresponder
_w = T(11, 9, 6)
_q = sc('stay@shadypointresort.com')
_txt = ("Thanks for contacting Shady Point Resort on Green Lake!\n\n"
        "We are FULLY BOOKED through Labor Day weekend. If you are asking about a cancellation list, reply with your dates "
        "and party size and Carol will get back to you within 2 days.\n\nCheck-in 3pm / check-out 10am. No pets in the lodge rooms please!\n\n"
        "Shady Point Resort\nW2174 Lakeshore Rd\nGreen Lake, WI 54941\n(920) 555-0177\n")
_msg = "\n".join([
    f"Date: {fmt(_w - TD(seconds=3))}", "From: Shady Point Resort <stay@shadypointresort.com>",
    "To: powerhousecatalog@alliant-energy.com", f"Subject: Re: {SC_SUBJ}",
    f"Message-ID: <{rhex(32)}@shadypointresort.com>", f"In-Reply-To: {_q.msgid}",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "", _txt])
A(_w, 'ph', deliver('ph', _w, 'stay@shadypointresort.com', 'server.hostinglake.example', 'server214.hostinglake.example',
                    '162.241.88.214', [f"Received: from [127.0.0.1] (port=48112 helo=server214.hostinglake.example)\n\tby server214.hostinglake.example with esmtpa (Exim 4.96.2)\n\t(envelope-from <stay@shadypointresort.com>)\n\tid 1q{rs(4)}-{rs(6)}-{rs(2)}\n\tfor powerhousecatalog@alliant-energy.com;\n\t{fmt1(_w - TD(seconds=2))}",
                                        f"X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
                                        "X-AntiAbuse: Primary Hostname - server214.hostinglake.example"],
                    _msg, dkim=[], spf='pass', dmarc=('none', 'none', 'shadypointresort.com'), tls=None),
  'automated: auto-reply', "resort's autoresponder without Auto-Submitted or Precedence (headerless auto-reply)")

H(T(11, 9, 15), 'ph', 'gmail', 'gmail', 'Ken Abernathy', 'kenabernathy47@gmail.com',
  "This message was automatically generated by Gmail.", [MO],
  "Gmail's Unsubscribe button used our List-Unsubscribe mailto: person-initiated opt-out, no Auto-Submitted, ack the sender",
  'List-Unsubscribe mailto (mail client)', subject='unsubscribe PH-2807-SC', gmail_unsub=True)

H(T(11, 9, 40), 'ph', 'icloud', 'iphone', 'Deb Kowalski', 'debkowalski@icloud.com', "Remove me",
  [MO], "two words over the catalog e-mail: marketing opt-out, not a sharing opt-out", 'marketing opt-out',
  quote=sc('debkowalski@icloud.com'))

H(T(11, 10, 12), 'ph', 'gmail', 'gmail', 'Pat Wendler', 'patwendler.farm@gmail.com',
  "I do still want the catalog (love the box fans, bought 3 last year for the hog barn) but per your note at the bottom please do NOT share my name with the other catalog companies.\n\nThanks - Pat Wendler",
  [SH], "reply over the catalog e-mail: keep catalog, no sharing; footer quoted below is not his text but his sentence points at it",
  'catalog-sharing opt-out', ent={'name': 'Pat Wendler'}, quote=sc('patwendler.farm@gmail.com'))

# Apple Mail's unsubscribe banner (iOS): mailto with empty body
H(T(11, 10, 30), 'ph', 'icloud', 'iphone', 'Lorraine Bui', 'lbui.iowa@icloud.com', "", [MO],
  "iOS Mail 'Unsubscribe' sent our mailto (empty body, token subject): person-initiated opt-out",
  'List-Unsubscribe mailto (mail client)', subject='unsubscribe PH-2807-SC', sig='')

H(T(11, 11, 5), 'cc', 'gmail', 'gmail', 'Jaden Moore', 'jadenmoore.04@gmail.com',
  "Hi, I'm home from college for the summer. The account is in my mom's name but can I get the outage texts on my phone too? We lost power twice in June and she was at work and didn't see them.\n\nThanks, Jaden",
  [QU], "college student home: service question (alerts); first name alone is an entity per LABELS.md",
  'question', ent={'name': 'Jaden'}, subject='outage texts')

# inbox-cleaning service sends to the List-Unsubscribe mailto, with Auto-Submitted
H(T(11, 11, 40), 'ph', 'gmail', 'gmail', 'Nicole Farrand', 'nfarrand.mom3@gmail.com', "unsubscribe", [MO],
  "inbox-cleaner app (Clean Email) unsubscribing for the user via mailto: opt-out, but Auto-Submitted so no ack",
  'List-Unsubscribe mailto (inbox cleaner)', ack_to=None, subject='unsubscribe PH-2807-SC', gmail_unsub=True,
  extra=['Auto-Submitted: auto-generated', 'X-Mailer: Clean Email (cleanemail.example) unsubscriber'])

H(T(11, 12, 20), 'ph', 'gmail', 'samsung', 'Yesenia Ortiz', 'yesi.ortiz79@gmail.com',
  "No quiero mas catalogos por favor. Remove me. Gracias", [MO],
  "mixed Spanish/English reply over the catalog e-mail: stop the catalog", 'marketing opt-out',
  quote=sc('yesi.ortiz79@gmail.com'), lang='es')

H(T(11, 13, 2), 'ph', 'aol', 'aol', 'Elaine Hargrove', 'ehargrove@aol.com',
  "To Whom It May Concern,\n\nMy husband Walter passed away in March and I am selling the house and moving into a smaller place this fall. I no longer need the PowerHouse catalog, so please remove us from your catalog mailing list. We were on it under both of our names.\n\nAlso I read that you sometimes give your list to other companies. Please do not give or sell our names or this address to anyone. I am getting more mail than I can keep up with.\n\nThank you for your help.\n\nElaine Hargrove\nS4518 County Rd W\nBaraboo, WI 53913",
  [MO, SH], "widow, account holder for the household: stop catalog + no sharing; she has standing for the household",
  'both opt-outs', ent={'name': 'Elaine Hargrove', 'postal_code': '53913'},
  subject='Please remove from mailing list')

# read receipt (Outlook MDN) for the catalog e-mail
_w = T(11, 14, 10)
_q = sc('hvanderploeg@vpfarmsupply.com')
_b = f"----=_NextPart_{rhex(3, True)}_{rhex(4, True)}_{rhex(8, True)}.{rhex(8, True)}"
_msg = "\n".join([
    "From: Henry Vander Ploeg <hvanderploeg@vpfarmsupply.com>", "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
    f"Subject: Read: {SC_SUBJ}", f"Date: {fmt(_w - TD(seconds=6), UTC)}",
    f"Message-ID: <{rhex(32)}@DS7PR14MB{rdig(4)}.namprd14.prod.outlook.com>", f"References: {_q.msgid}", f"In-Reply-To: {_q.msgid}",
    "MIME-Version: 1.0", f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{_b}"',
    "X-MS-Exchange-Organization-SCL: -1", "",
    f"--{_b}", "Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit", "",
    f"Your message\n\n  To: hvanderploeg@vpfarmsupply.com\n  Subject: {SC_SUBJ}\n  Sent: {MONSL[6]} 11, 2028 9:02:13 AM (UTC-06:00) Central Time (US & Canada)\n\nwas read on {MONSL[6]} 11, 2028 2:09:51 PM (UTC-06:00) Central Time (US & Canada).", "",
    f"--{_b}", "Content-Type: message/disposition-notification", "", "Reporting-UA: DS7PR14MB" + rdig(4) + ".namprd14.prod.outlook.com; Microsoft Outlook 16.0",
    "Final-Recipient: rfc822;hvanderploeg@vpfarmsupply.com", f"Original-Message-ID: {_q.msgid}",
    "Disposition: manual-action/MDN-sent-manually; displayed", "",
    f"--{_b}--", ""])
A(_w, 'ph', deliver('ph', _w, 'hvanderploeg@vpfarmsupply.com', 'NAM04-BN8-obe.outbound.protection.outlook.com',
                    'mail-bn8nam04on2133.outbound.protection.outlook.com', '40.107.100.133', [], _msg,
                    dkim=[('vpfarmsupply.com', 'selector1', 'pass')], spf='pass', dmarc=('pass', 'none', 'vpfarmsupply.com')),
  'automated: read receipt', "Outlook read receipt (MDN) for the catalog e-mail")

H(T(11, 15, 30), 'ph', 'outlookcom', 'owa', 'Colleen Driscoll', 'colleendriscoll@live.com',
  "Hi - do you share email addresses too or just mailing addresses? The day after I ordered from you I started getting emails from two other catalogs. Just wondering.\n\nColleen",
  [QU], "asks what is shared: question only, no opt-out stated", 'question', ent={'name': 'Colleen'},
  subject='Question about sharing')

# SEO cold outreach
_w = T(11, 16, 45)
_txt = """Hi there,

I was checking out alliant-energy.com and noticed a few things that are probably costing you traffic:

- 37 broken backlinks on your rebate pages
- Page speed score of 41 on mobile
- Missing schema markup for local service areas

We help utilities and energy brands rank for terms like "energy rebates Iowa" and "summer energy savings". Would you be open to a free 15-minute audit call this week?

Best,
Ravi Menon
Growth Consultant | RankRise Digital
"If you don't want to hear from me again, just reply 'no thanks'."
"""
_msg = "\n".join([
    "From: Ravi Menon <ravi@rankrisedigital.example>", "To: customercare@alliant-energy.com",
    "Subject: Quick question about alliant-energy.com", f"Date: {fmt(_w - TD(seconds=14))}",
    f"Message-ID: <{rhex(12)}.{rdig(6)}@rankrisedigital.example>", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "X-Mailer: Lemlist", "", _txt])
A(_w, 'cc', deliver('cc', _w, 'bounces+8812@em.rankrisedigital.example', 'o1.em.rankrisedigital.example',
                    'o1.em.rankrisedigital.example', '149.72.61.18', [], _msg,
                    dkim=[('rankrisedigital.example', 's1', 'pass')], dmarc=('pass', 'none', 'rankrisedigital.example')),
  'automated: spam/cold outreach', "SEO cold sales outreach; its 'reply no thanks' line is not our customer's request")

H(T(11, 20, 15), 'ph', 'aol', 'aol_ios', 'Vern Jacobsen', 'vjacobsen44@aol.com', "STOP", [MO],
  "STOP over the catalog promotion: marketing opt-out", 'marketing opt-out', quote=sc('vjacobsen44@aol.com'))

# =====================================================================================
# Wednesday 12 July  (bill cycle 1)
# =====================================================================================
H(T(12, 7, 30), 'cc', 'gmail', 'gmail', 'Teresa Lindqvist', 'tlindqvist.home@gmail.com',
  "My bill is $312 this month!! Last July it was around $180. We were gone a whole week at the Linn County Fair with the 4-H kids and nobody was even home. Can someone check the meter or tell me what happened?\n\nAccount 6612 0098 41\nTeresa Lindqvist",
  [QU], "high summer bill complaint over the bill notice", 'question',
  ent={'name': 'Teresa Lindqvist', 'account': '6612 0098 41'},
  quote=bill('tlindqvist.home@gmail.com', T(12, 6, 0, 11), '0941', '312.07', 'August 2, 2028'))

H(T(12, 8, 10), 'cc', 'icloud', 'iphone', 'Mike Janssen', 'mjanssen@icloud.com', "Stop", [],
  "STOP under a bill notice (service message): not a marketing opt-out, unclear", 'unclear', unclear=True,
  quote=bill('mjanssen@icloud.com', T(12, 6, 0, 14), '5308', '164.90', 'August 2, 2028'))

# bounce of a bot acknowledgement: Gmail address does not exist
_w = T(12, 8, 45)
_rcpt = 'dwaynekirchner@gmial.com'
_ackq = ack('CC-2028-07-00483', _rcpt, T(12, 8, 44, 20))
_oq = qid()
_b = f"{_oq}.{epoch(_w)}/mailout01.alliant-energy.com"
_msg = "\n".join([
    f"Date: {fmt(_w - TD(seconds=1), CDT, ' (CDT)')}", "From: MAILER-DAEMON@mailout01.alliant-energy.com (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender", "To: customercare@alliant-energy.com",
    "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
    f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{_b}"',
    "Content-Transfer-Encoding: 8bit", f"Message-Id: <20280712134{rdig(3)}.{rhex(10).upper()}@mailout01.alliant-energy.com>", "",
    "This is a MIME-encapsulated message.", "",
    f"--{_b}", "Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii", "",
    f"""This is the mail system at host mailout01.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{_rcpt}>: Host or domain name not found. Name service error for
    name=gmial.com type=MX: Host not found, try again
""",
    f"--{_b}", "Content-Description: Delivery report", "Content-Type: message/delivery-status", "",
    f"""Reporting-MTA: dns; mailout01.alliant-energy.com
X-Postfix-Queue-ID: {_oq}
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: {fmt(_ackq.date, CDT, ' (CDT)')}

Final-Recipient: rfc822; {_rcpt}
Original-Recipient: rfc822;{_rcpt}
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found, try again
""",
    f"--{_b}", "Content-Description: Undelivered Message", "Content-Type: message/rfc822", "",
    f"""Return-Path: <customercare@alliant-energy.com>
Received: from ccbot01.alliant-energy.com (ccbot01.alliant-energy.com [10.40.6.44])
	by mailout01.alliant-energy.com (Postfix) with ESMTP id {_oq}
	for <{_rcpt}>; {fmt(_ackq.date, CDT, ' (CDT)')}
From: Alliant Energy Customer Care <customercare@alliant-energy.com>
To: {_rcpt}
Subject: {_ackq.subject}
Date: {fmt(_ackq.date)}
Message-ID: {_ackq.msgid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{_ackq.text}
""",
    f"--{_b}--", ""])
A(_w, 'cc', internal('cc', _w, '', [], _msg),
  'automated: bounce', "DSN for a bot acknowledgement (typo domain gmial.com); returned ack text talks about opting out and sharing")

H(T(12, 9, 20), 'ph', 'yahoo', 'yahoo', 'Joan M. Petersen', 'joanpetersen_211@yahoo.com',
  "Please do not sell, rent or exchange my name and address with any other company.\n\nCust. no. 0038-5521-7\nJoan M. Petersen\n211 Elm St\nDecorah, IA 52101",
  [SH], "formal sharing opt-out with catalog customer number; name kept as written with initial", 'catalog-sharing opt-out',
  ent={'name': 'Joan M. Petersen', 'postal_code': '52101', 'account': '0038-5521-7'}, subject='Privacy request')

H(T(12, 10, 5), 'cc', 'gmail', 'gmail', 'Dale Ritter', 'ritterfarms.dale@gmail.com',
  "this is Dale Ritter out at the farm please quit sending me all the email advertisements I only want the bill and that is it thank you",
  [MO], "voice-dictated from the tractor cab, no punctuation: stop e-mail ads, keep the bill", 'marketing opt-out',
  ent={'name': 'Dale Ritter'}, subject='Emails')

# CRM export notice
_w = T(12, 10, 50)
_txt = """Your scheduled report is ready.

Report:    Marketing Preferences - Daily Opt-outs (Email + Postal)
Schedule:  Daily at 10:45 AM CT
Rows:      214
Format:    CSV (UTF-8)
Owner:     Jenna Paulik

Download (link expires in 7 days):
https://alliantenergy.my.crm-cloud.example/reports/00O8b000004Zx1/export?token=""" + rs(32) + """

Includes columns: Contact ID, Email Opt Out, Postal Opt Out, Do Not Share (Catalog), Source, Last Modified.

You're receiving this because you're subscribed to this report. To change the schedule or
unsubscribe from report e-mails, open the report and choose Subscribe > Edit.
"""
_msg = "\n".join([
    "From: CRM Cloud Reports <noreply@reports.crm-cloud.example>", "Reply-To: noreply@reports.crm-cloud.example",
    "To: customercare@alliant-energy.com", "Subject: Report ready: Marketing Preferences - Daily Opt-outs (Email + Postal)",
    f"Date: {fmt(_w - TD(seconds=3), UTC)}", f"Message-ID: <{rs(20)}{rdig(10)}@sfdc.crm-cloud.example>",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
    "Auto-Submitted: auto-generated", "X-SFDC-LK: 00D8b0000011aQe", "", qp(_txt)])
A(_w, 'cc', deliver('cc', _w, 'bounce-reports@crm-cloud.example', 'smtp-ia4-sp3.mta.crm-cloud.example',
                    'smtp-ia4-sp3.mta.crm-cloud.example', '136.146.208.16', [], _msg,
                    dkim=[('crm-cloud.example', 'sf112022', 'pass')], dmarc=('pass', 'reject', 'crm-cloud.example')),
  'automated: vendor notification', "CRM scheduled-export notice listing opt-out and do-not-share columns: system mail")

H(T(12, 11, 35), 'ph', 'm365', 'outlook', 'Beth Amundsen', 'info@lakesidegiftsokoboji.com',
  "Hello,\n\nPlease remove Lakeside Gifts from the PowerHouse catalog mailing list, and do not share or sell our business name and address to other catalog companies. We are getting buried in catalogs at the shop.\n\nAlso, our card was charged twice for order #PH-558213 (6/22, $143.88 both times). Please refund the duplicate charge.\n\nThank you,\nBeth Amundsen\nOwner, Lakeside Gifts\n1304 Hwy 71\nOkoboji, IA 51351\n712-555-0163",
  [MO, SH, QU], "business role address: stop catalog, no sharing, and a double-charge refund; order number is not an account",
  'opt-out + question', ent={'name': 'Beth Amundsen', 'postal_code': '51351'},
  subject='Remove from mailing list / double charge')

H(T(12, 13, 15), 'cc', 'gmail', 'gmail', 'Tanya Greer', 'tanyagreer.ia@gmail.com',
  "Hi, I think I unsubscribed from your emails last year by accident when I was cleaning out my inbox. Can you put me back on? I want to hear about the AC rebates and stuff. My neighbor got $25 back and I never heard about it.",
  [QU], "opting back in (old unsubscribe mentioned is not a new opt-out)", 'question', subject='Add me back to emails please')

H(T(12, 14, 0), 'cc', 'outlookcom', 'owa', '', 'kb_1122@hotmail.com', "Please stop.", [],
  "'Please stop.' with no object and no quoted context: unclear", 'unclear', unclear=True, subject='')

_q = ack('CC-2028-07-00417', 'rtiedemann@mchsi.com', T(10, 8, 6, 2))
H(T(12, 15, 40), 'cc', 'isp', 'thunderbird', 'Roger Tiedemann', 'rtiedemann@mchsi.com', "Thank you!", [],
  "thank-you replying to our acknowledgement: nothing to do, no ack (no ping-pong)", 'human, no action (thanks)',
  ack_to=None, quote=_q)

# Exchange OOO to an acknowledgement (loop trap)
_w = T(12, 17, 5)
_q = ack('CC-2028-07-00506', 'tbergstrom@bergstromseed.com', T(12, 17, 4, 40))
_body = ("I'm at the Dickinson County Fair with the seed booth through Sunday, July 16. I'll answer email when I get back.\n"
         "If it can't wait call the office 555-0129.\n\nTodd Bergstrom\nBergstrom Seed & Supply\n")
_msg = "\n".join([
    "From: Todd Bergstrom <tbergstrom@bergstromseed.com>", "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
    "Subject: Automatic reply: We received your request [CC-2028-07-00506]",
    "Thread-Topic: We received your request [CC-2028-07-00506]", f"Thread-Index: AQHa{rs(22, B64C)}",
    f"Date: {fmt(_w - TD(seconds=2), UTC)}", f"Message-ID: <{rhex(32)}@IA1PR11MB{rdig(4)}.namprd11.prod.outlook.com>",
    f"References: {_q.msgid}", f"In-Reply-To: {_q.msgid}", "Auto-Submitted: auto-replied", "X-MS-Has-Attach:",
    "X-Auto-Response-Suppress: All", "X-MS-TNEF-Correlator:", "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
    'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "MIME-Version: 1.0", "", qp(_body)])
A(_w, 'cc', deliver('cc', _w, '', 'NAM11-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam11on2090.outbound.protection.outlook.com',
                    '40.107.223.90', [], _msg, dkim=[('bergstromseed.com', 'selector1', 'pass')],
                    spf='pass', spf_dom='NAM11-DM6-obe.outbound.protection.outlook.com', dmarc=('pass', 'none', 'bergstromseed.com')),
  'automated: auto-reply (loop trap)', "LOOP TRAP: county-fair out-of-office answering our acknowledgement")

# =====================================================================================
# Thursday 13 July  (Peak Time Rewards EN 10:15 / ES 10:19)
# =====================================================================================
H(T(13, 8, 20), 'cc', 'aol', 'aol', 'Eugene Kaczmarek', 'gene.kaczmarek@aol.com',
  "Dear Sir or Madam,\n\nI have read your privacy policy on the website and I have a few questions that I hope somebody can answer in plain English.\n\n1. It says you may share information within the \"Alliant Energy family of companies.\" Which companies are those? Is the PowerHouse catalog one of them?\n2. Does that mean my usage information goes to these companies?\n3. How long do you keep information after a person closes an account?\n\nI am 81 years old and on a fixed income and I just want to know who has my information. Thank you for your time.\n\nSincerely,\nEugene Kaczmarek\nJanesville, WI 53545",
  [QU], "retiree's questions about the privacy policy", 'question',
  ent={'name': 'Eugene Kaczmarek', 'postal_code': '53545'}, subject='Questions about privacy policy')

# Gmail vacation responder to the promo
_w = T(13, 10, 16)
_q = pr('hollis.dekker@gmail.com', 'Hollis')
_txt = "Hi! I'm up at the lake with no cell service until July 24. I'll reply when I'm back in civilization.\n\n- Hollis\n"
_msg = "\n".join([
    "MIME-Version: 1.0", f"References: {_q.msgid}", f"In-Reply-To: {_q.msgid}", "Auto-Submitted: auto-replied",
    "From: Hollis Dekker <hollis.dekker@gmail.com>", f"Date: {fmt(_w - TD(seconds=4))}",
    f"Message-ID: <CA{rs(50, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+')}@mail.gmail.com>",
    f"Subject: Re: {PR_SUBJ}", "To: Alliant Energy <customercare@alliant-energy.com>",
    'Content-Type: text/plain; charset="UTF-8"', "", _txt])
A(_w, 'cc', deliver('cc', _w, 'hollis.dekker@gmail.com', 'mail-yw1-f181.google.com', 'mail-yw1-f181.google.com', '209.85.128.181',
                    [f"Received: by mail-yw1-f181.google.com with SMTP id {rhex(16)}.1\n        for <customercare@alliant-energy.com>; {fmt(_w - TD(seconds=2), PDT, ' (PDT)')}"],
                    _msg, dkim=[('gmail.com', '20230601', 'pass')], dmarc=('pass', 'none', 'gmail.com')),
  'automated: auto-reply', "Gmail vacation responder to the Peak Time Rewards promo; Auto-Submitted")

# M365 NDR for the promo
_w = T(13, 10, 17)
_rcpt = 'jhalvorson@prairiecoopgrain.com'
_q = pr(_rcpt, 'Jim')
_b = f"_{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}_"
_htmlndr = f"""<html><head><title>DSN</title></head><body>
<p><b><font color="#000066" size="3" face="Segoe UI">Your message to {_rcpt} couldn't be delivered.</font></b></p>
<p><font size="3" face="Segoe UI"><b>jhalvorson</b> wasn't found at <b>prairiecoopgrain.com</b>.</font></p>
<p><font size="2" face="Segoe UI">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>
"""
_msg = "\n".join([
    f"From: Microsoft Outlook <postmaster@prairiecoopgrain.com>", f"To: <customercare@alliant-energy.com>",
    f"Date: {fmt(_w - TD(seconds=5), UTC)}", f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{_b}\"",
    "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
    f"Message-ID: <{ruuid(False)}@SN6PR08MB{rdig(4)}.namprd08.prod.outlook.com>", f"In-Reply-To: {_q.msgid}",
    f"References: {_q.msgid}", "Thread-Topic: " + PR_SUBJ, "Subject: Undeliverable: " + PR_SUBJ,
    "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "",
    f"--{_b}", 'Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="' + _b + 'alt"', "",
    f"--{_b}alt", 'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "",
    qp(f"Your message to {_rcpt} couldn't be delivered.\n\njhalvorson wasn't found at prairiecoopgrain.com.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n").rstrip('\n'), "",
    f"--{_b}alt", 'Content-Type: text/html; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "",
    qp(_htmlndr).rstrip('\n'), "", f"--{_b}alt--", "",
    f"--{_b}", "Content-Type: message/delivery-status", "",
    f"Reporting-MTA: dns;SN6PR08MB{rdig(4)}.namprd08.prod.outlook.com\nReceived-From-MTA: dns;mailout01.alliant-energy.com\nArrival-Date: {fmt(_q.date, UTC)}\n\nFinal-Recipient: rfc822;{_rcpt}\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
    f"--{_b}", "Content-Type: text/rfc822-headers", "",
    f"From: Alliant Energy <customercare@alliant-energy.com>\nTo: {_rcpt}\nSubject: {PR_SUBJ}\nDate: {fmt(_q.date)}\nMessage-ID: {_q.msgid}\nList-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe%20AE-PR-2807>\nMIME-Version: 1.0\n",
    f"--{_b}--", ""])
A(_w, 'cc', deliver('cc', _w, '', 'NAM12-BN8-obe.outbound.protection.outlook.com', 'mail-bn8nam12on2045.outbound.protection.outlook.com',
                    '40.107.237.45', [], _msg, dkim=[], spf='pass', spf_dom='NAM12-BN8-obe.outbound.protection.outlook.com',
                    dmarc=None),
  'automated: bounce', "Microsoft 365 NDR 'Undeliverable:' for the promo (recipient left the co-op)")

H(T(13, 10, 25), 'cc', 'outlookcom', 'owa', 'Sheila Norberg', 'sheila.norberg@outlook.com', "", [MO],
  "Outlook.com 'Unsubscribe' sent our mailto (empty body, subject from the mailto URI): person-initiated opt-out",
  'List-Unsubscribe mailto (mail client)', subject='unsubscribe AE-PR-2807')

H(T(13, 10, 40), 'cc', 'gmail', 'gmail', 'Alejandro Villalobos', 'alex.villalobos.dbq@gmail.com', "BAJA", [MO],
  "Spanish keyword BAJA over the Spanish promo whose footer asks for exactly that", 'marketing opt-out',
  quote=pres('alex.villalobos.dbq@gmail.com', 'Alejandro'), lang='es', gmail_es=True)

H(T(13, 11, 10), 'cc', 'gmail', 'gmail', 'Megan Hollister', 'meganhollister22@gmail.com',
  "Yes sign me up! We're at work all afternoon anyway.", [QU],
  "'sign me up' to the promo: wanting more is a question", 'question',
  quote=pr('meganhollister22@gmail.com', 'Megan'))

H(T(13, 11, 45), 'cc', 'comcast', 'ox', 'Ron Delacroix', 'rdelacroix@comcast.net',
  "No more of these please. We're retired and home all day and my wife has COPD, we're not going to sit in a hot house for $5. Take us off the promotions.\n\nRon",
  [MO], "reply over the promo: stop promotions (a reason is given, nothing to answer)", 'marketing opt-out',
  ent={'name': 'Ron'}, quote=pr('rdelacroix@comcast.net', 'Ronald'))

H(T(13, 12, 30), 'cc', 'gmail', 'gmail', 'Lucía Herrera', 'luciaherrera.wi@gmail.com',
  "Hola, ¿cómo me inscribo? ¿Tengo que tener un termostato inteligente? Vivo en un apartamento en Beloit y la cuenta de la luz está a mi nombre.\n\nGracias\nLucía",
  [QU], "Spanish question about enrolling in the promoted program", 'question', ent={'name': 'Lucía'},
  quote=pres('luciaherrera.wi@gmail.com', 'Lucía'), lang='es', gmail_es=True)

# Spanish phishing
_w = T(13, 13, 10)
_html = """<html><body style="font-family:Arial">
<div style="max-width:560px;margin:auto;border:1px solid #ccc;padding:18px">
<p style="color:#e87722;font-size:20px"><b>Alliant Energy</b></p>
<p>Estimado cliente:</p>
<p>Después de revisar su cuenta, hemos determinado que usted tiene derecho a un <b>reembolso de $87.40</b> por un cobro duplicado en su factura de junio.</p>
<p>Para recibir su reembolso, confirme sus datos bancarios en las próximas 48 horas:</p>
<p><a href="http://reembolso-alliant.top/es/confirmar?ref=AE2807">CONFIRMAR REEMBOLSO</a></p>
<p>Atentamente,<br>Departamento de Facturación<br>Alliant Energy</p>
<p style="font-size:10px;color:#999">Si no desea recibir más avisos, haga clic aquí para darse de baja.</p>
</div></body></html>
"""
_msg = "\n".join([
    "From: =?UTF-8?Q?Alliant_Energy_Facturaci=C3=B3n?= <avisos@reembolso-alliant.top>",
    "To: customercare@alliant-energy.com", "Subject: =?UTF-8?Q?Aviso:_reembolso_pendiente_de_$87.40?=",
    f"Date: {fmt(_w - TD(seconds=90), UTC)}", f"Message-ID: <{rdig(10)}.{rhex(8)}@reembolso-alliant.top>",
    "MIME-Version: 1.0", "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64", "",
    b64(_html.encode('utf-8'))])
A(_w, 'cc', deliver('cc', _w, 'avisos@reembolso-alliant.top', 'mail.reembolso-alliant.top', 'unknown', '45.141.87.203',
                    [], _msg, dkim=[], spf='none', dmarc=None, tls=None),
  'automated: spam/phishing', "Spanish refund phishing ('reembolso', bank details); 'darse de baja' line is bait", lang='es')

H(T(13, 14, 25), 'cc', 'icloud', 'iphone', 'Brenda Luckett', 'brendaluckett@icloud.com', "\U0001F44D", [],
  "reply is only a thumbs-up emoji over the promo: nothing decidable (sign-up? acknowledgement?), unclear",
  'unclear', unclear=True, quote=pr('brendaluckett@icloud.com', 'Brenda'))

H(T(13, 15, 0), 'cc', 'yahoo', 'yahoo_android', 'Carl Mertens', 'carlmertens56@yahoo.com',
  "I signed up for this last summer and never got any of the $5 credits that were promised. I checked every bill. What happened to them? Also stop having your people call my cell about the community solar, I said no twice already.",
  [MO, QU], "missing program credits (question) + stop sales calls about our community solar (marketing opt-out, phone channel)",
  'opt-out + question', quote=pr('carlmertens56@yahoo.com', 'Carl'))

# trade newsletter
_w = T(13, 16, 20)
_txt = """MIDWEST ENERGY DAILY | Thursday, July 13, 2028

TOP STORIES
- MISO issues max-gen alert as heat dome builds over Upper Midwest
- Wisconsin PSC approves three utility-scale solar projects in Rock and Grant counties
- Survey: 61% of customers want outage alerts by text, not e-mail
- Opinion: demand response is back, and this time customers get paid

Read today's issue: https://midwestenergydaily.example/2028/07/13

You are receiving Midwest Energy Daily because you signed up at midwestenergydaily.example.
Update preferences or unsubscribe: https://midwestenergydaily.example/prefs?e=customercare%40alliant-energy.com
"""
_html = "<html><body><h1>Midwest Energy Daily</h1>" + ''.join(f"<p>{esc(l)}</p>" for l in _txt.split('\n') if l) + "</body></html>\n"
_b = f"_----{rs(24)}"
_msg = "\n".join([
    "From: Midwest Energy Daily <newsletter@midwestenergydaily.example>", "To: customercare@alliant-energy.com",
    "Subject: MISO max-gen alert; Wisconsin PSC approves 3 solar projects; customers want texts",
    f"Date: {fmt(_w - TD(seconds=8), UTC)}", f"Message-ID: <{rhex(16)}.{rdig(8)}@mail.midwestenergydaily.example>",
    "List-Unsubscribe: <https://midwestenergydaily.example/u/" + rs(20) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "List-Id: <daily.midwestenergydaily.example>", "Precedence: bulk", "Feedback-ID: 8812:daily:mailchimp",
    "MIME-Version: 1.0", f'Content-Type: multipart/alternative; boundary="{_b}"', "",
    f"--{_b}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(_txt).rstrip('\n'),
    f"--{_b}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(_html).rstrip('\n'),
    f"--{_b}--", ""])
A(_w, 'cc', deliver('cc', _w, 'bounce-mc.us12_8812.' + rdig(6) + '-customercare=alliant-energy.com@mail' + rdig(3) + '.suw11.mcsv.net',
                    'mail179.suw11.mcsv.net', 'mail179.suw11.mcsv.net', '198.2.179.218', [], _msg,
                    dkim=[('midwestenergydaily.example', 'k1', 'pass'), ('mcsv.net', 'k2', 'pass')], spf='pass', spf_dom='mail179.suw11.mcsv.net',
                    dmarc=('pass', 'none', 'midwestenergydaily.example')),
  'automated: list/newsletter', "industry newsletter (bulk, List-Unsubscribe)")

H(T(13, 18, 40), 'cc', 'gmail', 'gmail', 'Morgan Tjaden', 'morgantjaden@gmail.com',
  "Hi there,\n\nI'm moving out of my apartment at 415 Dodge St Apt 3, Dubuque 52001 on July 31 (lease is up) and moving to Platteville for grad school. How do I stop service at the Dubuque apartment? Do I have to call or can I do it online? And will my deposit come back as a check?\n\nAccount # 7730 2281 06\n\nThanks!\nMorgan Tjaden",
  [QU], "renter moving out: stop-service question", 'question',
  ent={'name': 'Morgan Tjaden', 'postal_code': '52001', 'account': '7730 2281 06'}, subject='Moving out end of month')

H(T(13, 21, 5), 'cc', 'yahoo', 'yahoo_ios', 'Maria G.', 'mariag_1985@yahoo.com',
  "Please quitarme de la lista de emails. Gracias\nMaria G.", [MO],
  "mixed Spanish/English over the Spanish promo: take me off the e-mail list; name as written", 'marketing opt-out',
  ent={'name': 'Maria G.'}, quote=pres('mariag_1985@yahoo.com', 'María'), lang='es')

# =====================================================================================
# Friday 14 July  (bill cycle 2)
# =====================================================================================
H(T(14, 7, 50), 'cc', 'outlookcom', 'outlook_android', 'Justin Albrecht', 'justin.albrecht@outlook.com',
  "The bill is fine. But quit putting ads for that peak program in my email, I only want the bills from you.",
  [MO], "written under a bill notice but names the ads it wants stopped: marketing opt-out (object stated)",
  'marketing opt-out', quote=bill('justin.albrecht@outlook.com', T(14, 6, 0, 3), '2274', '201.55', 'August 4, 2028'))

H(T(14, 8, 30), 'ph', 'comcast', 'ox', '', 'jdenholm@comcast.net', "Do not sell my personal information.", [SH],
  "CCPA-style 'do not sell my personal information' to the catalog box: sharing opt-out", 'catalog-sharing opt-out',
  subject='Do Not Sell My Personal Information')

# list post (Google Group of utility CS staff; customercare subscribed)
_w = T(14, 9, 15)
_txt = """We treat BAJA and "ya no quiero" as a marketing opt-out when they come in under a promo,
same as STOP. Under an outage alert or a bill we send them to a person. Too many "STOP"s
that meant "stop the outage texts," not marketing.

Happy to share our keyword list offline.

Nate Ferreira
Customer Experience, Cornbelt Rural Electric

> On Wed, Jul 12, 2028 at 4:02 PM Alliant Energy Customer Care <customercare@alliant-energy.com> wrote:
> We're getting more Spanish replies to promos since our first bilingual send. Are others
> treating BAJA / "ya no quiero" as a marketing opt-out? What about "no mas" under an outage
> alert?
"""
_msg = "\n".join([
    "From: Nate Ferreira <nferreira@cornbeltrec.example>", "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
    "Cc: utility-cs-pros@googlegroups.com",
    "Subject: Re: [utility-cs-pros] Handling Spanish-language opt-outs", f"Date: {fmt(_w - TD(seconds=40))}",
    f"Message-ID: <{rhex(24)}@cornbeltrec.example>", "In-Reply-To: <" + rhex(24) + "@rivervalleymunicipal.example>",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: 7bit",
    "X-Original-Sender: nferreira@cornbeltrec.example", "Precedence: list", "Mailing-list: list utility-cs-pros@googlegroups.com; contact utility-cs-pros+owners@googlegroups.com",
    "List-ID: <utility-cs-pros.googlegroups.com>", "X-Google-Group-Id: 884120337711",
    "List-Post: <https://groups.google.com/group/utility-cs-pros/post>, <mailto:utility-cs-pros@googlegroups.com>",
    "List-Help: <https://groups.google.com/support/>, <mailto:utility-cs-pros+help@googlegroups.com>",
    "List-Archive: <https://groups.google.com/group/utility-cs-pros/>",
    "List-Unsubscribe: <mailto:googlegroups-manage+884120337711+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/utility-cs-pros/subscribe>",
    "", _txt])
A(_w, 'cc', deliver('cc', _w, 'utility-cs-pros+bncBD' + rs(30) + '@googlegroups.com', 'mail-qk1-f190.google.com',
                    'mail-qk1-f190.google.com', '209.85.222.190', [], _msg,
                    dkim=[('googlegroups.com', '20230601', 'pass')], dmarc=('pass', 'none', 'cornbeltrec.example')),
  'automated: list traffic', "mailing-list post from a peer utility discussing BAJA/STOP opt-outs: list traffic, not a request")

H(T(14, 10, 0), 'ph', 'gmail', 'gmail', 'Dennis Obermeyer', 'dobermeyer62@gmail.com',
  "Is the 20 inch box fan in the clearance email still in stock? The link says sold out but the email says while supplies last. Need 2 for the garage.",
  [QU], "product/stock question over the catalog e-mail: needs a human answer", 'question',
  quote=sc('dobermeyer62@gmail.com'))

H(T(14, 10, 40), 'cc', 'gmail', 'gmail', 'Joaquín Paulsen', 'joaquinpaulsen@gmail.com',
  "Hagan lo mismo con el correo de mi esposa por favor: mpaulsen.home@gmail.com", [],
  "Spanish 'do the same for my wife's e-mail' with no earlier message quoted: reference to earlier mail, unclear (and on behalf of spouse)",
  'unclear', unclear=True, subject='correo de mi esposa', lang='es')

# windstream webmail vacation message without Auto-Submitted
_w = T(14, 11, 30)
_q = pr('bjhoffman@windstream.net', 'Barbara')
_txt = ("I am on vacation in Colorado until July 25 and will have limited access to e-mail. "
        "If this is about the church quilt raffle please contact Marlys at 555-0158.\n\nBarb Hoffman\n")
_msg = "\n".join([
    f"Date: {fmt(_w - TD(seconds=1))}", "From: bjhoffman@windstream.net", "To: customercare@alliant-energy.com",
    f"Subject: Re: {PR_SUBJ}", f"Message-ID: <{rdig(9)}.{rdig(5)}.{epoch(_w)}{rdig(3)}.JavaMail.zimbra@windstream.net>",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit",
    "X-Mailer: Zimbra 8.8.15_GA_4581", "", _txt])
A(_w, 'cc', deliver('cc', _w, 'bjhoffman@windstream.net', 'smtp-out.windstream.net', 'smtp-out.windstream.net', '162.39.141.20',
                    [], _msg, dkim=[], spf='pass', dmarc=('none', 'none', 'windstream.net')),
  'automated: auto-reply', "Zimbra vacation message with no Auto-Submitted/Precedence: headerless auto-reply, still automated")

H(T(14, 13, 15), 'ph', 'gmail', 'gmail', 'Curtis Vandeberg', 'cvandeberg.fdl@gmail.com',
  "This is the third time I'm writing. Stop sending the catalog. Stop the emails. And take my name off whatever list you sell or trade to the other catalog companies, because I'm now getting Harbor Freight AND two seed catalogs addressed the exact same way with my middle initial wrong just like yours.\n\nCurtis Vandeberg\nN6127 Cty Rd K\nFond du Lac WI 54935",
  [MO, SH], "angry repeat request, but this time it states both objects: both opt-outs (not an unclear 'as I asked before')",
  'both opt-outs', ent={'name': 'Curtis Vandeberg', 'postal_code': '54935'}, subject='THIRD REQUEST')

# vendor calendar invitation
_w = T(14, 14, 40)
_ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20280720T180000Z
DTEND:20280720T184500Z
DTSTAMP:20280714T194000Z
ORGANIZER;CN=Priya Shah:mailto:priya.shah@lumenwaydigital.example
UID:{rhex(26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customercare@alliant-energy.com;X-NUM-GUESTS=0:mailto:customercare@alliant-energy.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Shah;X-NUM-GUESTS=0:mailto:priya.shah@lumenwaydigital.example
DESCRIPTION:Walkthrough of the new preference center (opt-out / do-not-share toggles) before the Q3 release.
LOCATION:https://meet.google.com/xqv-hhpa-trm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Review: preference center Q3 release (opt-out + do-not-share toggles)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
_b1, _b2 = '000000000000' + rhex(16), '000000000000' + rhex(16)
_plain = "Priya Shah has invited you to Review: preference center Q3 release (opt-out + do-not-share toggles)\n\nThursday Jul 20, 2028 1pm - 1:45pm (Central Time - Chicago)\nJoining with Google Meet: https://meet.google.com/xqv-hhpa-trm\n\nInvitation from Google Calendar\n"
_msg = "\n".join([
    "MIME-Version: 1.0", "From: Priya Shah <priya.shah@lumenwaydigital.example>", f"Date: {fmt(_w - TD(seconds=2), UTC)}",
    f"Message-ID: <calendar-{ruuid(False)}@google.com>",
    "Subject: Invitation: Review: preference center Q3 release (opt-out + do-not-share toggles) @ Thu Jul 20, 2028 1pm - 1:45pm (CDT) (customercare@alliant-energy.com)",
    "To: customercare@alliant-energy.com", "Reply-To: Priya Shah <priya.shah@lumenwaydigital.example>",
    f'Content-Type: multipart/mixed; boundary="{_b1}"', "",
    f"--{_b1}", f'Content-Type: multipart/alternative; boundary="{_b2}"', "",
    f"--{_b2}", 'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes', "Content-Transfer-Encoding: base64", "",
    b64(_plain.encode()), "",
    f"--{_b2}", 'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: 7bit", "",
    _ics.replace('\n', '\n'), f"--{_b2}--", "",
    f"--{_b1}", 'Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
    "Content-Transfer-Encoding: base64", "", b64(_ics.replace('\n', '\r\n').encode()), f"--{_b1}--", ""])
A(_w, 'cc', deliver('cc', _w, '3' + rs(20) + '@calendar-server.bounces.google.com', 'mail-pl1-f201.google.com',
                    'mail-pl1-f201.google.com', '209.85.214.201', [], _msg,
                    dkim=[('google.com', '20230601', 'pass')], dmarc=('pass', 'none', 'lumenwaydigital.example')),
  'automated: calendar invitation', "vendor Google Calendar invitation whose summary says 'opt-out + do-not-share': not a request")

# =====================================================================================
# Saturday 15 July
# =====================================================================================
H(T(15, 9, 10), 'ph', 'gmail', 'gmail', 'Guadalupe Reyes', 'lupitareyes.beloit@gmail.com',
  "Buenos días,\n\nPor favor no compartan mi nombre ni mi dirección con otras compañías de catálogos. Sí quiero seguir recibiendo el catálogo de PowerHouse, nada más no quiero que me manden catálogos de otras compañías.\n\nGuadalupe Reyes\nBeloit, WI 53511",
  [SH], "Spanish: keep the catalog, don't share name/address", 'catalog-sharing opt-out',
  ent={'name': 'Guadalupe Reyes', 'postal_code': '53511'}, subject='No compartan mis datos', lang='es')

# phishing aimed at the mailbox itself
_w = T(15, 11, 30)
_html = f"""<html><body style="font-family:Segoe UI,Arial">
<p><b>customercare@alliant-energy.com</b></p>
<p>Your mailbox storage is <span style="color:red">98% full</span> (49.3 GB / 50 GB). Incoming messages are being held.</p>
<p>To release 14 pending messages and upgrade storage at no cost, re-validate your account below.</p>
<p><a href="https://alliant-energy-com.sharepoint-docs.example/owa/verify?u=customercare">Release Messages</a></p>
<p style="font-size:11px;color:#777">Microsoft 365 Mail Admin &bull; This is a system generated notice.</p>
</body></html>
"""
_msg = "\n".join([
    "From: Mail Admin <no-reply@alliant-energy-com.sharepoint-docs.example>", "To: customercare@alliant-energy.com",
    "Subject: Mailbox storage full: 14 incoming messages on hold", f"Date: {fmt(_w - TD(seconds=33), UTC)}",
    f"Message-ID: <{rhex(18)}@alliant-energy-com.sharepoint-docs.example>", "MIME-Version: 1.0",
    "Content-Type: text/html; charset=\"iso-8859-1\"", "Content-Transfer-Encoding: quoted-printable", "",
    qp(_html, 'iso-8859-1')])
A(_w, 'cc', deliver('cc', _w, 'no-reply@alliant-energy-com.sharepoint-docs.example', 'ns1.sharepoint-docs.example', 'unknown',
                    '91.215.85.44', [], _msg, dkim=[], spf='fail', dmarc=None, tls=None),
  'automated: spam/phishing', "credential phishing aimed at the mailbox staff (fake storage-full notice)")

H(T(15, 14, 0), 'ph', 'isp', 'thunderbird', 'Arnie Wehrspann', 'awehrspann@netins.net', "", [MO],
  "a person's own new mail, subject 'Unsubscribe', empty body, no List-Unsubscribe mailto syntax: 'unsubscribe' names its object (our mailing list), so marketing opt-out",
  'marketing opt-out', subject='Unsubscribe')

# Spanish Outlook OOO to an acknowledgement (loop trap)
_w = T(15, 20, 45)
_q = ack('CC-2028-07-00594', 'rgutierrez@tiendalaesperanza.example', T(15, 20, 44, 30))
_body = ("Gracias por su mensaje. Estoy de vacaciones en México hasta el 31 de julio. Para pedidos de la tienda llame al 555-0131.\n\n"
         "Thank you for your message. I am on vacation until July 31.\n\nRaúl Gutiérrez\nTienda La Esperanza\n")
_msg = "\n".join([
    "From: =?iso-8859-1?Q?Ra=FAl_Guti=E9rrez?= <rgutierrez@tiendalaesperanza.example>",
    "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
    "Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_We_received_your_request_[CC-2?=\n =?iso-8859-1?Q?028-07-00594]?=",
    "Thread-Topic: We received your request [CC-2028-07-00594]", f"Thread-Index: AQHa{rs(22, B64C)}",
    f"Date: {fmt(_w - TD(seconds=2), UTC)}", f"Message-ID: <{rhex(32)}@CY8PR02MB{rdig(4)}.namprd02.prod.outlook.com>",
    f"References: {_q.msgid}", f"In-Reply-To: {_q.msgid}", "Auto-Submitted: auto-replied", "X-MS-Has-Attach:",
    "X-Auto-Response-Suppress: All", "X-MS-TNEF-Correlator:", "Content-Language: es-MX",
    'Content-Type: text/plain; charset="iso-8859-1"', "Content-Transfer-Encoding: quoted-printable", "MIME-Version: 1.0", "",
    qp(_body, 'iso-8859-1')])
A(_w, 'cc', deliver('cc', _w, '', 'NAM02-BN1-obe.outbound.protection.outlook.com', 'mail-bn1nam02on2100.outbound.protection.outlook.com',
                    '40.107.212.100', [], _msg, dkim=[('tiendalaesperanza.example', 'selector1', 'pass')],
                    spf='pass', spf_dom='NAM02-BN1-obe.outbound.protection.outlook.com', dmarc=('pass', 'none', 'tiendalaesperanza.example')),
  'automated: auto-reply (loop trap)', "LOOP TRAP: Spanish 'Respuesta automática' answering our acknowledgement; RFC 2047 latin-1 headers", lang='es')

# =====================================================================================
# Sunday 16 July
# =====================================================================================
_q = ack('CC-2028-07-00461', 'ehargrove@aol.com', T(11, 13, 3, 1))
H(T(16, 10, 20), 'cc', 'aol', 'aol', 'Elaine Hargrove', 'ehargrove@aol.com',
  "Thank you for taking care of this so quickly. Have a blessed Sunday.\n\nElaine", [],
  "thank-you to our acknowledgement: no labels, no ack", 'human, no action (thanks)', ack_to=None,
  ent={'name': 'Elaine'}, quote=_q)

H(T(16, 21, 30), 'cc', 'gmail', 'gmail', 'Kurt Lansing', 'kurtlansing@gmail.com', "remove me", [MO],
  "'remove me' over the promo: marketing opt-out", 'marketing opt-out', quote=pr('kurtlansing@gmail.com', 'Kurt'))

# =====================================================================================
# Monday 17 July  (heat advisory 11:30)
# =====================================================================================
# legacy qmail bounce of an acknowledgement (no MIME-Version)
_w = T(17, 7, 45)
_q = ack('CC-2028-07-00609', 'lhoepner@mhtc.net', T(17, 7, 44, 12))
_txt = f"""Hi. This is the qmail-send program at mail.mhtc.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<lhoepner@mhtc.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <customercare@alliant-energy.com>
Received: (qmail 28114 invoked from network); {fmt1(_w - TD(seconds=40))}
Received: from mailout01.alliant-energy.com (10.40.6.21)
  by mail.mhtc.net with SMTP; {fmt1(_w - TD(seconds=40))}
From: Alliant Energy Customer Care <customercare@alliant-energy.com>
To: lhoepner@mhtc.net
Subject: {_q.subject}
Date: {fmt(_q.date)}
Message-ID: {_q.msgid}
Auto-Submitted: auto-replied

{_q.text}
"""
_msg = "\n".join([
    f"Date: {fmt1(_w - TD(seconds=2), UTC)}", "From: MAILER-DAEMON@mail.mhtc.net", "To: customercare@alliant-energy.com",
    "Subject: failure notice", "", _txt])
A(_w, 'cc', deliver('cc', _w, '', 'mail.mhtc.net', 'mail.mhtc.net', '216.51.184.5',
                    [f"Received: (qmail 28120 invoked for bounce); {fmt1(_w - TD(seconds=2), UTC)}"],
                    _msg, dkim=[], spf='pass', dmarc=None, tls=None),
  'automated: bounce', "old qmail 'failure notice' without MIME-Version or Message-ID; copy of our acknowledgement inside")

H(T(17, 8, 20), 'ph', 'm365', 'outlook', 'Diane Rasmussen', 'drasmussen@rasmussenlawpc.com',
  "Good morning,\n\nPlease remove our firm from all PowerHouse Catalog mailings, printed and e-mail. In addition, please do not share, rent or exchange our firm name or address with any third party.\n\nThank you,\n\nDiane Rasmussen\nOffice Manager\nRasmussen Law, P.C.\n2200 1st Ave NE, Suite 310\nCedar Rapids, IA 52402\nTel 319-555-0112",
  [MO, SH], "business (law office) both opt-outs; signature ZIP counts", 'both opt-outs',
  ent={'name': 'Diane Rasmussen', 'postal_code': '52402'}, subject='Remove from mailing list')

# Microsoft 365 quarantine notification
_w = T(17, 9, 30)
_html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Review these messages</p>
<p>3 messages are being held for you to review as of 7/17/2028 2:00:00 PM (UTC).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Sender</th><th>Subject</th><th>Date</th></tr>
<tr><td>billing@alliant-energy-billpay.example</td><td>Your refund of $212.09 is ready</td><td>7/16/2028</td></tr>
<tr><td>info@cheap-solar-leads.example</td><td>Buy 50,000 verified Iowa homeowner emails</td><td>7/16/2028</td></tr>
<tr><td>no-reply@docusign-secure.example</td><td>Please DocuSign: Vendor W-9</td><td>7/17/2028</td></tr>
</table>
<p><a href="https://security.microsoft.com/quarantine">Review Message</a> &middot; <a href="https://security.microsoft.com/quarantine?release=1">Release</a> &middot; Block Sender</p>
<p style="font-size:11px">This is a quarantine notification from your organization's email protection.</p>
</body></html>
"""
_msg = "\n".join([
    "From: Quarantine <quarantine@messaging.microsoft.com>", "To: customercare@alliant-energy.com",
    "Subject: Microsoft 365 security: You have messages in quarantine", f"Date: {fmt(_w - TD(seconds=12), UTC)}",
    f"Message-ID: <{ruuid(False)}@az.northcentralus.production.microsoft.com>", "MIME-Version: 1.0",
    "Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: base64", "X-MS-Exchange-Organization-SCL: -1",
    "X-MS-Exchange-Generated-Message-Source: Quarantine Digest", "", b64(_html.encode())])
A(_w, 'cc', deliver('cc', _w, 'quarantine@messaging.microsoft.com', 'NAM11-CO1-obe.outbound.protection.outlook.com',
                    'mail-co1nam11on2104.outbound.protection.outlook.com', '40.107.220.104', [], _msg,
                    dkim=[('messaging.microsoft.com', 'selector1', 'pass')], dmarc=('pass', 'reject', 'messaging.microsoft.com')),
  'automated: system notification', "Microsoft 365 quarantine digest (HTML-only, base64)")

H(T(17, 11, 33), 'cc', 'icloud', 'iphone', 'Tom Gerlach', 'tgerlach61@icloud.com', "STOP", [],
  "STOP under the heat-advisory service message: not a marketing opt-out; unclear", 'unclear', unclear=True,
  quote=heat('tgerlach61@icloud.com'))

H(T(17, 11, 50), 'cc', 'gmail', 'gmail', 'Renee Scholl', 'renee.scholl@gmail.com',
  "I get it, it's hot. Can you stop sending me these conservation alerts? I'd still like the outage ones.",
  [QU], "wants heat/conservation alerts (service messages) stopped but keeps outage alerts: alert-preference change, a question, not a marketing opt-out",
  'question', quote=heat('renee.scholl@gmail.com'))

H(T(17, 12, 10), 'cc', 'yahoo', 'yahoo_android', 'Wayne Holtkamp', 'holtkampdairy@yahoo.com',
  "We are milking 140 cows and the barn fans and the cooling on the bulk tank run all day, we cannot shut those off in this heat. Is this voluntary or are you going to cut us off? Are there going to be rolling blackouts? Need to know if I should get the generator hooked up.\n\nWayne Holtkamp\nHoltkamp Dairy, Dyersville",
  [QU], "dairy farmer's question under the heat advisory", 'question', ent={'name': 'Wayne Holtkamp'},
  quote=heat('holtkampdairy@yahoo.com'))

# Thunderbird read receipt on the heat advisory
_w = T(17, 13, 0)
_q = heat('p.mcguire@mchsi.com')
_b = f"------------{rs(24)}"
_msg = "\n".join([
    f"Message-ID: <{ruuid(False)}@mchsi.com>", f"Date: {fmt(_w - TD(seconds=5))}", "MIME-Version: 1.0",
    "User-Agent: Mozilla Thunderbird", "From: Pat McGuire <p.mcguire@mchsi.com>", "To: customercare@alliant-energy.com",
    f"Subject: Return Receipt (displayed) - {HEAT_SUBJ}",
    f'Content-Type: multipart/report; boundary="{_b}";\n report-type=disposition-notification', "",
    "This is a multi-part message in MIME format.",
    f"--{_b}", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "",
    f"This is a Return Receipt for the mail that you sent to p.mcguire@mchsi.com.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n",
    f"--{_b}", "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"", "Content-Disposition: inline",
    "Content-Transfer-Encoding: 7bit", "",
    f"Reporting-UA: mchsi.com; Mozilla Thunderbird\nFinal-Recipient: rfc822;p.mcguire@mchsi.com\nOriginal-Message-ID: {_q.msgid}\nDisposition: manual-action/MDN-sent-manually; displayed\n",
    f"--{_b}", "Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"", "Content-Transfer-Encoding: 7bit", "Content-Disposition: inline", "",
    f"From: Alliant Energy Alerts <alerts@alliant-energy.com>\nReply-To: customercare@alliant-energy.com\nTo: p.mcguire@mchsi.com\nSubject: {HEAT_SUBJ}\nDate: {fmt(HEAT_DATE)}\nMessage-ID: {_q.msgid}\nDisposition-Notification-To: customercare@alliant-energy.com\n",
    f"--{_b}--", ""])
A(_w, 'cc', deliver('cc', _w, 'p.mcguire@mchsi.com', 'smtp02.mediacomcc.com', 'smtp02.mediacomcc.com', '173.31.9.140', [], _msg,
                    dkim=[], spf='pass', dmarc=('none', 'none', 'mchsi.com')),
  'automated: read receipt', "Thunderbird MDN for the heat advisory (sent to the Reply-To, customercare@)")

# AOL out-of-office style reply to the heat advisory, with Auto-Submitted
_w = T(17, 13, 40)
_q = heat('jannecke.m@aol.com')
_txt = "Thank you for your email. I am traveling until July 21 and checking messages only occasionally.\n\nMarcia Jannecke\n"
_msg = "\n".join([
    f"Date: {fmt(_w - TD(seconds=1), UTC, ' (UTC)')}", "From: Marcia Jannecke <jannecke.m@aol.com>", "To: customercare@alliant-energy.com",
    f"Message-ID: <{R.randint(100000000, 2099999999)}.{R.randint(100000, 9999999)}.{epoch(_w)}{rdig(3)}@mail.yahoo.com>",
    f"In-Reply-To: {_q.msgid}", f"Subject: Auto Reply: {HEAT_SUBJ}", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "Auto-Submitted: auto-replied",
    "X-Autoreply: yes", "", _txt])
A(_w, 'cc', deliver('cc', _w, 'jannecke.m@aol.com', 'sonic309-22.consmr.mail.ne1.yahoo.com', 'sonic309-22.consmr.mail.ne1.yahoo.com',
                    '66.163.187.112', [], _msg, dkim=[('aol.com', 'a2048', 'pass')], dmarc=('pass', 'reject', 'aol.com')),
  'automated: auto-reply', "AOL vacation auto-reply to the heat advisory (Auto-Submitted, sent to the Reply-To)")

H(T(17, 14, 30), 'cc', 'gmail', 'samsung', 'Imelda Castañeda', 'imeldacast70@gmail.com',
  "Buenas tardes. ¿A qué hora debo apagar el aire? Tengo a mi mamá de 85 años en la casa y no puede estar sin aire acondicionado con este calor. ¿Es obligatorio?\n\nImelda Castañeda",
  [QU], "Spanish question under the heat advisory (elderly mother at home)", 'question',
  ent={'name': 'Imelda Castañeda'}, quote=heat('imeldacast70@gmail.com'), lang='es')

# website Contact Us form relay
_w = T(17, 16, 0)
_form = """A message was submitted through the Contact Us form on alliantenergy.com.

Topic: Privacy / Marketing preferences
Name: Thomas Keegan
Email: tkeegan.rentals@gmail.com
Phone: 563-555-0174
Account number: 4410 2290 37
ZIP: 52803

Message:
Please remove me from all of your marketing. Email and mail both. I own 6 rental units in Davenport and every time a tenant moves out and the service comes back to my name I start getting all the flyers and emails again. I only need bills and shutoff notices.

--
Submitted 07/17/2028 3:59 PM CT from 73.44.190.12
"""
_msg = "\n".join([
    "From: Alliant Energy Website <noreply@alliantenergy.com>", "Reply-To: Thomas Keegan <tkeegan.rentals@gmail.com>",
    "To: customercare@alliant-energy.com", "Subject: Contact Us: Privacy / Marketing preferences",
    f"Date: {fmt(_w - TD(seconds=6))}", f"Message-ID: <webform.{rdig(8)}.{rhex(8)}@www.alliantenergy.com>",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit",
    "X-Mailer: Drupal Webform 6.2", "", _form])
MSGS.append(dict(when=_w, mailbox='customercare', automated=False, labels=[MO], unclear=False,
                 entities={'name': 'Thomas Keegan', 'postal_code': '52803', 'account': '4410 2290 37'},
                 note="Contact Us form relayed from noreply@: landlord's marketing opt-out (e-mail and post); ack goes to the Reply-To; form fields are his input",
                 ack_to='tkeegan.rentals@gmail.com', cat='marketing opt-out (web form)',
                 lang='en', raw=internal('cc', _w, 'noreply@alliantenergy.com', [], _msg, host='web03.alliantenergy.com', ip='10.40.9.13')))

H(T(17, 19, 20), 'cc', 'm365', 'outlook', 'Kathleen Walsh', 'k.walsh@cedarvalleyclinic.org',
  "Hello,\n\nI'm getting your promotional emails at my work address. Please unsubscribe this address from all marketing. I would also like to know how you got my work email, I have never given it to Alliant.\n\nPlease reply to my personal email, kwalsh.iowa@gmail.com, not this one.\n\nKathleen Walsh",
  [MO, QU], "work address with a personal Reply-To and explicit request to be answered there: ack_to the personal address",
  'opt-out + question', ent={'name': 'Kathleen Walsh'}, ack_to='kwalsh.iowa@gmail.com',
  subject='Unsubscribe + question', extra=['Reply-To: Kathleen Walsh <kwalsh.iowa@gmail.com>'])

# =====================================================================================
# Tuesday 18 July  (bill cycle 3)
# =====================================================================================
H(T(18, 7, 10), 'cc', 'gmail', 'gmail', 'Esperanza Díaz', 'esperanzadiaz.cr@gmail.com',
  "Hola, mi bill de julio es $398, es muy alto!! El mes pasado fue $160. Can someone explain? Tengo solo un aire de ventana.\nAlso no more promo emails por favor, solo la factura.\n\nEsperanza Díaz",
  [MO, QU], "Spanglish under the bill notice: high-bill question + stop promo e-mails (object named)", 'opt-out + question',
  ent={'name': 'Esperanza Díaz'}, quote=bill('esperanzadiaz.cr@gmail.com', T(18, 6, 0, 9), '7716', '398.12', 'August 8, 2028'),
  lang='es')

H(T(18, 8, 0), 'ph', 'yahoo', 'yahoo', 'Gloria Stamm', 'gstamm_1950@yahoo.com', "", [MO],
  "Yahoo Mail's unsubscribe sent our mailto (empty body): person-initiated opt-out", 'List-Unsubscribe mailto (mail client)',
  subject='unsubscribe PH-2807-SC')

H(T(18, 9, 0), 'cc', 'gmail', 'gmail', 'Phil Brandau', 'philbrandau@gmail.com', "See below", [],
  "forwards our own promo with only 'See below': nothing decidable, unclear", 'unclear', unclear=True,
  quote=pr('philbrandau@gmail.com', 'Phil'), fwd=True, subject='Fwd: ' + PR_SUBJ)

H(T(18, 9, 45), 'ph', 'outlookcom', 'outlook_ios', 'Jill Ambrose', 'jill.ambrose@outlook.com',
  "How long does it take for the do-not-share to go through? I wrote you on July 3 and I still got a Harbor Freight catalog AND a Country Store one this week with the same weird spelling of my name.",
  [QU], "asks how long a sharing opt-out takes; the old request she mentions is not a new opt-out: question only",
  'question', subject='how long?')

H(T(18, 10, 30), 'cc', 'outlookcom', 'owa', 'Deanna Vick', 'deannavick@hotmail.com',
  "I closed my account when I moved to Arizona in May. Delete all of my information from your system, I don't want you keeping anything.\n\nDeanna Vick",
  [QU], "delete-everything request: unclear + question per LABELS.md (the bot may not delete account data)",
  'unclear', unclear=True, ent={'name': 'Deanna Vick'}, subject='Delete my information')

# partner bulletin
_w = T(18, 11, 20)
_txt = """ENERGYWISE PARTNERS BULLETIN - July 2028

Contractor network updates
- AC tune-up rebate forms: new v7 PDF required from Aug 1
- Heat pump water heater instant discount extended through Sept 30
- Reminder: customer lists you receive from program partners may not be re-shared or used for your own marketing.

Upcoming trainings
- Jul 26: Load management basics (webinar)
- Aug 9: Commercial lighting retrofits, Madison

EnergyWise Partners is administered by Greenline Program Services.
You are receiving this bulletin as a registered program partner. Manage subscription:
https://greenlineps.example/bulletin/manage
"""
_msg = "\n".join([
    "From: EnergyWise Partners <bulletin@greenlineps.example>", "To: customercare@alliant-energy.com",
    "Subject: EnergyWise Partners Bulletin | July 2028", f"Date: {fmt(_w - TD(seconds=20), UTC)}",
    f"Message-ID: <{rdig(12)}.{rhex(10)}@greenlineps.example>", "Precedence: bulk",
    "List-Unsubscribe: <https://greenlineps.example/bulletin/manage?u=" + rhex(12) + ">", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "", _txt])
A(_w, 'cc', deliver('cc', _w, 'bulletin-bounces@greenlineps.example', 'mta2.greenlineps.example', 'mta2.greenlineps.example',
                    '192.0.2.88', [], _msg, dkim=[('greenlineps.example', 'gl', 'pass')], dmarc=('pass', 'none', 'greenlineps.example')),
  'automated: list/newsletter', "program partner bulletin (bulk) mentioning re-sharing of customer lists")

_q = sc('sbrennan.dbq@gmail.com')
H(T(18, 13, 45), 'ph', 'gmail', 'gmail', 'Sharon Brennan', 'sbrennan.dbq@gmail.com',
  "Do not share my name like it says below.\n\nSharon Brennan", [SH],
  "own sentence points at the quoted footer: sharing opt-out from her words (footer itself would not count)",
  'catalog-sharing opt-out', ent={'name': 'Sharon Brennan'}, quote=_q)

H(T(18, 15, 10), 'cc', 'gmail', 'gmail', 'Karen Fischer-Boyd', 'karenfboyd@gmail.com',
  "Hello,\n\nMy mother, Arlene Fischer, is 92 and in assisted living now and can't use email. I have power of attorney and handle her account. Please stop sending her the offers and promotional emails, they just confuse her and she thinks she has to sign up for things. Her account is 2205 6619 43. Bills can still come to this email.\n\nThank you,\nKaren Fischer-Boyd",
  [MO], "daughter with power of attorney who manages the account: has standing; entities name the mother",
  'marketing opt-out (on behalf, with standing)', ent={'name': 'Arlene Fischer', 'account': '2205 6619 43'},
  subject="Mom's account - no more offers please")

# cold sales
_w = T(18, 17, 30)
_txt = """Hi Customer Care team,

Utilities like yours are leaving demand-response enrollments on the table. Our AI outreach engine
helped a Midwest co-op grow peak-rewards sign-ups 3.4x in one summer, with full opt-out and
do-not-sell compliance built in.

Do you have 20 minutes next week? Here's my calendar: https://cal.example/voltlift/dana

Dana Whitfield
VoltLift | Customer Engagement for Utilities

P.S. Not the right contact? Reply "no" and I'll close your file.
"""
_msg = "\n".join([
    "From: Dana Whitfield <dana@voltlift.example>", "To: customercare@alliant-energy.com",
    "Subject: Peak rewards enrollments - 3.4x in one summer", f"Date: {fmt(_w - TD(seconds=12))}",
    f"Message-ID: <{rhex(16)}@voltlift.example>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 7bit", "", _txt])
A(_w, 'cc', deliver('cc', _w, 'dana@voltlift.example', 'mail-ej1-f51.google.com', 'mail-ej1-f51.google.com', '209.85.218.51',
                    [], _msg, dkim=[('voltlift.example', 'google', 'pass')], dmarc=('pass', 'none', 'voltlift.example')),
  'automated: spam/cold outreach', "cold sales pitch using 'opt-out and do-not-sell' words; not a customer")

# =====================================================================================
# Wednesday 19 July  (storm outage alerts 21:48)
# =====================================================================================
H(T(19, 7, 40), 'ph', 'icloud', 'applemac', 'Harold Brekke', 'hjbrekke@icloud.com',
  "Please take us off the PowerHouse catalog mailing list. We are moving into a senior apartment in September and have no room for more stuff.\n\nThanks,\nHarold & June Brekke",
  [MO], "retirees downsizing: stop the catalog; joint name kept as written", 'marketing opt-out',
  ent={'name': 'Harold & June Brekke'}, subject='Catalog')

H(T(19, 9, 15), 'ph', 'outlookcom', 'owa', 'Sandy Lutz', 'sandylutz@outlook.com',
  "I want to stop the catalog but I still want the clearance emails? Or maybe just fewer catalogs, like only the Christmas one. Whatever is easiest for you guys.",
  [], "self-contradicting / undecided wishes (stop catalog? fewer catalogs?): unclear", 'unclear', unclear=True,
  subject='catalog')

H(T(19, 10, 20), 'cc', 'gmail', 'gmail', 'Héctor Salinas', 'hsalinas.wl@gmail.com',
  "A quien corresponda:\n\nNo vendan ni compartan mis datos con otras compañías y no quiero recibir más publicidad de ustedes, ni por correo electrónico ni por correo postal.\n\nHéctor Salinas\nWest Liberty, IA 52776",
  [MO, SH], "Spanish: no selling/sharing + no more advertising by e-mail or post: both opt-outs", 'both opt-outs',
  ent={'name': 'Héctor Salinas', 'postal_code': '52776'}, subject='Privacidad', lang='es')

# forwarded phishing with a Spanish question
_fq = Ours('phish', 'Alliant Energy Billing', 'billing@alliantenergy-payments.co',
                    'Final Notice: Service Disconnection Scheduled', T(19, 8, 2, 44), '<x@alliantenergy-payments.co>',
                    "FINAL NOTICE - SERVICE DISCONNECTION SCHEDULED\n\nDear Customer,\n\nOur records show your account has a past due balance of $184.62. Your electric service is scheduled for disconnection within 24 hours unless payment is received.\n\nTo avoid interruption, please verify your account and submit payment now:\nPAY NOW <https://alliantenergy-payments.co/verify?id=90417>\n\nAlliant Energy Billing Department",
                    to_addr='mrodriguez.mt@gmail.com')
H(T(19, 12, 0), 'cc', 'gmail', 'gmail', 'Maribel Rodríguez', 'mrodriguez.mt@gmail.com',
  "Recibí este correo hoy, ¿es de ustedes? Dice que me van a cortar la luz mañana pero yo pagué el 5 de julio. No le di clic a nada.\n\nMaribel Rodríguez\nMuscatine",
  [QU], "customer forwards a phishing mail and asks if it is real: a human question (the forwarded phish is not hers)",
  'question', ent={'name': 'Maribel Rodríguez'}, quote=_fq, fwd=True,
  subject='Fwd: Final Notice: Service Disconnection Scheduled', lang='es')

# Exim bounce of an acknowledgement
_w = T(19, 14, 30)
_q = ack('CC-2028-07-00683', 'gpolansky@rrtc.example', T(19, 14, 29, 41))
_txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gpolansky@rrtc.example
    host mx.rrtc.example [203.0.113.25]
    SMTP error from remote mail server after RCPT TO:<gpolansky@rrtc.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <customercare@alliant-energy.com>
From: Alliant Energy Customer Care <customercare@alliant-energy.com>
To: gpolansky@rrtc.example
Subject: {_q.subject}
Date: {fmt(_q.date)}
Message-ID: {_q.msgid}
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8

{_q.text}
"""
_msg = "\n".join([
    f"X-Failed-Recipients: gpolansky@rrtc.example", "Auto-Submitted: auto-replied",
    "From: Mail Delivery System <Mailer-Daemon@relay.rrtc.example>", "To: customercare@alliant-energy.com",
    "Content-Type: text/plain; charset=us-ascii", "Subject: Mail delivery failed: returning message to sender",
    f"Message-Id: <E1q{rs(6)}-{rs(6)}-{rs(2)}@relay.rrtc.example>", f"Date: {fmt1(_w - TD(seconds=1))}", "", _txt])
A(_w, 'cc', deliver('cc', _w, '', 'relay.rrtc.example', 'relay.rrtc.example', '203.0.113.24', [], _msg,
                    dkim=[], spf='pass', dmarc=None),
  'automated: bounce', "Exim 'Mail delivery failed' for an acknowledgement (mailbox disabled), no MIME-Version")

H(T(19, 21, 52), 'cc', 'icloud', 'iphone', 'Jolene Marsh', 'jolenemarsh@icloud.com',
  "Power has been out since about 8:30. There's a big limb on the line on Maple St right by the elementary school and it's sparking. When will it be back?? I have insulin in the fridge",
  [QU], "reply to the storm outage alert: hazard report + restoration question", 'question',
  quote=outage('jolenemarsh@icloud.com', '3318', '3,412'))

H(T(19, 22, 5), 'cc', 'gmail', 'gmail', 'Brad Kessler', 'bradkessler.cr@gmail.com', "STOP", [],
  "STOP under an outage alert (service message): not a marketing opt-out, unclear", 'unclear', unclear=True,
  quote=outage('bradkessler.cr@gmail.com', '6620', '3,412'))

# 'no longer monitored' auto-reply without Auto-Submitted, to the outage alert
_w = T(19, 23, 10)
_q = outage('office@hillcrestvetclinic.example', '1093', '1,904')
_txt = ("This mailbox is no longer monitored. Hillcrest Veterinary Clinic has moved to a new email system.\n"
        "Please send your message to frontdesk@hillcrestvet.example or call (319) 555-0125.\n\nFor after-hours emergencies call 555-0190.\n")
_msg = "\n".join([
    "From: Hillcrest Veterinary Clinic <office@hillcrestvetclinic.example>", "To: customercare@alliant-energy.com",
    f"Subject: RE: {OUT_SUBJ}", f"Date: {fmt(_w - TD(seconds=2))}", f"Message-ID: <{rhex(20)}@hillcrestvetclinic.example>",
    f"In-Reply-To: {_q.msgid}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 7bit",
    "X-Mailer: Microsoft Outlook 16.0", "", _txt])
A(_w, 'cc', deliver('cc', _w, 'office@hillcrestvetclinic.example', 'mail.hillcrestvetclinic.example', 'mail.hillcrestvetclinic.example',
                    '198.51.100.77', [], _msg, dkim=[], spf='pass', dmarc=('none', 'none', 'hillcrestvetclinic.example')),
  'automated: auto-reply', "'This mailbox is no longer monitored' with no Auto-Submitted: headerless auto-reply to the outage alert")

# =====================================================================================
# Thursday 20 July
# =====================================================================================
H(T(20, 6, 30), 'cc', 'gmail', 'samsung', 'Ana Lucía Orozco', 'analuorozco@gmail.com',
  "Ya regresó la luz como a las 3am. Muchas gracias a los trabajadores que estuvieron afuera en esa tormenta! Thank you!!",
  [], "mixed Spanish/English thank-you to the crews under the outage alert: nothing to do, no ack due",
  'human, no action (thanks)', ack_to=None, quote=outage('analuorozco@gmail.com', '4471', '3,412'), lang='es')

H(T(20, 8, 15), 'cc', 'yahoo', 'yahoo', 'Roberta Kline', 'robertakline@yahoo.com',
  "Our power was out from 9:40 Wednesday night until almost 7 this morning. We lost everything in the chest freezer, about $300 worth of beef and sweet corn we just put up. Does Alliant reimburse for food loss after a storm? What do I need to send?\n\nRoberta Kline\nAccount 9034 5521 76\nMarion, IA 52302",
  [QU], "food-loss reimbursement question after the storm", 'question',
  ent={'name': 'Roberta Kline', 'account': '9034 5521 76', 'postal_code': '52302'},
  subject='Food spoiled in outage')

H(T(20, 9, 0), 'ph', 'gmail', 'gmail', 'Chad Lemke', 'chadlemke.ia@gmail.com',
  "This message was automatically generated by Gmail.", [MO],
  "Gmail Unsubscribe button mailto: person-initiated opt-out", 'List-Unsubscribe mailto (mail client)',
  subject='unsubscribe PH-2807-SC', gmail_unsub=True)

H(T(20, 10, 10), 'ph', 'isp', 'roundcube', 'Lorna Vogel', 'lvogel@netins.net',
  "Hello,\n\nI want to know which companies you gave my name and address to. I am getting catalogs from places I have never ordered from and they all started this spring. Please send me the list.\n\nAnd do not give my name to anybody else from now on.\n\nLorna Vogel\n608 3rd Ave SW\nWaverly IA 50677",
  [SH, QU], "asks who received her name (question) and forbids future sharing (sharing opt-out)", 'opt-out + question',
  ent={'name': 'Lorna Vogel', 'postal_code': '50677'}, subject='Who did you give my name to')

H(T(20, 11, 40), 'cc', 'gmail', 'gmail', 'Denise Sykes', 'denisesykes.ia@gmail.com',
  "My dad passed away in May. Please take him off all your lists. His name was Leonard Sykes.",
  [], "child writing for a deceased parent without stating executor/account standing, and 'all your lists' is vague: unclear; entity is the father",
  'unclear', unclear=True, ent={'name': 'Leonard Sykes'}, subject='My father')

# list co-op confirmation to the catalog box
_w = T(20, 13, 0)
_txt = """MIDWEST CATALOG DATA COOPERATIVE - MONTHLY EXCHANGE CONFIRMATION

Member:            PowerHouse Catalog (member #0417)
Cycle:             July 2028
Names contributed:  0 (member hold in effect)
Names received:     0
Do-not-share suppressions on file: 2,315 (updated 07/10/2028)

No action is required. To change your participation, contact member services.

This message was sent automatically. Please do not reply.
"""
_msg = "\n".join([
    "From: MCDC Member Services <noreply@mcdc-coop.example>", "To: powerhousecatalog@alliant-energy.com",
    "Subject: July 2028 exchange confirmation - member #0417", f"Date: {fmt(_w - TD(seconds=4))}",
    f"Message-ID: <{rhex(20)}@mcdc-coop.example>", "Auto-Submitted: auto-generated", "Precedence: bulk",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "", _txt])
A(_w, 'ph', deliver('ph', _w, 'noreply@mcdc-coop.example', 'smtp.mcdc-coop.example', 'smtp.mcdc-coop.example', '192.0.2.140',
                    [], _msg, dkim=[('mcdc-coop.example', 'mail', 'pass')], dmarc=('pass', 'none', 'mcdc-coop.example')),
  'automated: vendor notification', "list co-op exchange confirmation (do-not-share counts): system mail")

H(T(20, 14, 45), 'cc', 'isp', 'thunderbird', 'Juan Carlos Ibarra', 'jcibarra@windstream.net',
  "Hola, me llamo Juan Carlos Ibarra, cuenta 8841 0027 65.\n\nYa no quiero recibir publicidad por correo postal, son muchos papeles. Los recibos sí los quiero.\n\nGracias",
  [MO], "Spanish: no more advertising by postal mail, keep the bills: marketing opt-out (postal channel)", 'marketing opt-out',
  ent={'name': 'Juan Carlos Ibarra', 'account': '8841 0027 65'}, subject='publicidad', lang='es')

_q = ack('CC-2028-07-00657', 'sbrennan.dbq@gmail.com', T(18, 13, 46, 3))
H(T(20, 16, 0), 'cc', 'gmail', 'gmail', 'Sharon Brennan', 'sbrennan.dbq@gmail.com', "STOP", [],
  "STOP under our own acknowledgement: not a marketing opt-out (stop the acks? repeat of her request?), unclear",
  'unclear', unclear=True, quote=_q)

H(T(20, 19, 30), 'cc', 'isp', 'thunderbird', 'Stan Wojcik', 'swojcik@centurylink.net',
  "Your Peak Time Rewards email says it is run with GridBright. Are you giving GridBright my meter readings and my address if I sign up? And if I don't sign up, do they get anything?\n\nStan Wojcik",
  [QU], "question about data shared with the program partner; no opt-out stated", 'question',
  ent={'name': 'Stan Wojcik'}, subject='GridBright?')

# =====================================================================================
# Friday 21 July
# =====================================================================================
H(T(21, 7, 20), 'ph', 'gmail', 'gmail', 'Mirsad Hodžić', 'mirsadhodzic1958@gmail.com',
  "Hello, please I not want more catalog to my house. Is too much paper. Thank you very much.\n\nMirsad Hodžić",
  [MO], "second-language writer: stop the catalog", 'marketing opt-out', ent={'name': 'Mirsad Hodžić'},
  subject='catalog')

# PowerHouse-themed prize phishing
_w = T(21, 8, 40)
_html = """<html><body><center>
<h1 style="color:#1a5e20">PowerHouse Rewards</h1>
<p>Congratulations! Your e-mail was selected in our <b>Summer Clearance</b> loyalty draw.</p>
<p>You have won a <b>Dyson Cool&trade; tower fan</b> (value $549.99). Just cover $4.95 shipping.</p>
<p><a href="https://powerhouse-rewards.example/claim?id=77120">CLAIM YOUR FAN</a></p>
<p style="font-size:9px">You received this as a valued customer. Unsubscribe | Do not sell my info</p>
</center></body></html>
"""
_msg = "\n".join([
    "From: \"PowerHouse Rewards\" <winner@powerhouse-rewards.example>", "To: customercare@alliant-energy.com",
    "Subject: =?UTF-8?B?8J+OiSBZb3UgV09OIGEgRHlzb24gdG93ZXIgZmFuIC0gY2xhaW0gdG9kYXk=?=",
    f"Date: {fmt(_w - TD(seconds=300), UTC)}", f"Message-ID: <{rhex(24)}@powerhouse-rewards.example>",
    "MIME-Version: 1.0", "Content-Type: text/html; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable", "",
    qp(_html)])
A(_w, 'cc', deliver('cc', _w, 'winner@powerhouse-rewards.example', 'mx.bulkrelay.example', 'unknown', '103.77.19.42',
                    [], _msg, dkim=[], spf='softfail', dmarc=None, tls=None),
  'automated: spam/phishing', "prize phishing borrowing the PowerHouse and Summer Clearance names; 'Do not sell my info' footer is bait")

# list post: neighborhood list cc'ing customercare
_w = T(21, 10, 15)
_txt = """Alliant crews were on our block until 4am. Cleanup: the city is picking up branches at the curb
Mon-Wed next week. Bundle them under 4 ft.

I added Alliant customer care because the streetlight on 29th and Bever is still out after the storm.

Sue Kaldenberg
(sent to the list)

_______________________________________________
Bever Park Neighbors mailing list
neighbors@lists.beverparkneighbors.example
https://lists.beverparkneighbors.example/mailman/listinfo/neighbors
"""
_msg = "\n".join([
    "From: Sue Kaldenberg <suekald@mchsi.com>",
    "To: neighbors@lists.beverparkneighbors.example, customercare@alliant-energy.com", "Subject: [Bever Park Neighbors] storm cleanup + streetlight out",
    f"Date: {fmt(_w - TD(seconds=90))}", f"Message-ID: <{ruuid(False)}@mchsi.com>", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit", "Precedence: list",
    "List-Id: Bever Park Neighbors <neighbors.lists.beverparkneighbors.example>",
    "List-Unsubscribe: <https://lists.beverparkneighbors.example/mailman/options/neighbors>,\n <mailto:neighbors-request@lists.beverparkneighbors.example?subject=unsubscribe>",
    "List-Post: <mailto:neighbors@lists.beverparkneighbors.example>", "X-Mailman-Version: 2.1.39",
    "Errors-To: neighbors-bounces@lists.beverparkneighbors.example",
    "Sender: \"Neighbors\" <neighbors-bounces@lists.beverparkneighbors.example>", "", _txt])
A(_w, 'cc', deliver('cc', _w, 'neighbors-bounces@lists.beverparkneighbors.example', 'lists.beverparkneighbors.example',
                    'lists.beverparkneighbors.example', '198.51.100.150', [], _msg, dkim=[], spf='pass',
                    dmarc=('none', 'none', 'mchsi.com')),
  'automated: list traffic', "neighbourhood mailing-list post addressed to the list and to customercare; this is the list's copy (List-Id, list bounce Return-Path): list traffic per LABELS.md although it mentions a streetlight out")

H(T(21, 11, 50), 'cc', 'outlookcom', 'outlook_ios', 'Ryan Oberbroeckling', 'ryan.oberbroeckling@outlook.com',
  "Unsubscribe. And why is GridBright emailing me now? I never signed up for anything. Did you give them my email?",
  [MO, QU], "unsubscribe over the promo + question whether our partner got his address", 'opt-out + question',
  quote=pr('ryan.oberbroeckling@outlook.com', 'Ryan'))

# Gmail vacation responder to an acknowledgement (loop trap)
_w = T(21, 13, 20)
_q = ack('CC-2028-07-00744', 'jkrumm.family@gmail.com', T(21, 13, 19, 30))
_txt = "Thanks for your note! We're at the Clayton County Fair all week showing calves. I'll get back to you after July 24.\n\nJess Krumm\n"
_msg = "\n".join([
    "MIME-Version: 1.0", f"References: {_q.msgid}", f"In-Reply-To: {_q.msgid}", "Auto-Submitted: auto-replied",
    "From: Jess Krumm <jkrumm.family@gmail.com>", f"Date: {fmt(_w - TD(seconds=3))}",
    f"Message-ID: <CA{rs(50, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+')}@mail.gmail.com>",
    f"Subject: Re: {_q.subject}", "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
    'Content-Type: text/plain; charset="UTF-8"', "", _txt])
A(_w, 'cc', deliver('cc', _w, 'jkrumm.family@gmail.com', 'mail-oi1-f171.google.com', 'mail-oi1-f171.google.com', '209.85.167.171',
                    [f"Received: by mail-oi1-f171.google.com with SMTP id {rhex(16)}.1\n        for <customercare@alliant-energy.com>; {fmt(_w - TD(seconds=2), PDT, ' (PDT)')}"],
                    _msg, dkim=[('gmail.com', '20230601', 'pass')], dmarc=('pass', 'none', 'gmail.com')),
  'automated: auto-reply (loop trap)', "LOOP TRAP: Gmail vacation responder answering our acknowledgement")

H(T(21, 14, 40), 'ph', 'aol', 'aol', 'Bev Sorensen', 'bevsorensen@aol.com',
  "Keep sending me the catalog, I like it. But do NOT give my name to other catalogs.\n\nBev Sorensen 50613",
  [SH], "keep the catalog, no sharing; bare ZIP after the name counts", 'catalog-sharing opt-out',
  ent={'name': 'Bev Sorensen', 'postal_code': '50613'}, subject='my name')

H(T(21, 16, 30), 'cc', 'gmail', 'samsung', 'Lisa Hammerand', 'lisahammerand@gmail.com',
  "Please remove my email from your advertising list. Thank you", [MO],
  "plain e-mail marketing opt-out from a phone", 'marketing opt-out', subject='Remove', sig='Sent from my Galaxy')


# =====================================================================================
def main():
    msgs = sorted(MSGS, key=lambda m: m['when'])
    whens = [m['when'] for m in msgs]
    assert len(set(whens)) == len(whens), 'duplicate arrival times'
    for f in OUT.glob('*.eml'):
        f.unlink()
    man, idx = [], []
    for i, m in enumerate(msgs, 1):
        name = f"{i:04d}.eml"
        data = crlf(m['raw'] if m['raw'].endswith('\n') else m['raw'] + '\n').encode('utf-8')
        (OUT / name).write_bytes(data)
        rec = {'file': name, 'mailbox': m['mailbox'], 'automated': m['automated'], 'labels': m['labels'],
               'unclear': m['unclear'], 'entities': m['entities'], 'note': m['note'], 'ack_to': m['ack_to']}
        man.append(json.dumps(rec, ensure_ascii=False))
        idx.append(f"{name}\t{m['cat']}\t{m['lang']}")
    (OUT / 'manifest.jsonl').write_text('\n'.join(man) + '\n', encoding='utf-8')
    (OUT / 'index.tsv').write_text('file\tcategory\tlanguage\n' + '\n'.join(idx) + '\n', encoding='utf-8')
    print(f"wrote {len(msgs)} messages to {OUT}")


if __name__ == '__main__':
    main()
