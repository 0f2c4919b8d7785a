# -*- coding: utf-8 -*-
"""Machine mail of the smalltown set: raw templates; @@DATE@@, @@QID@@, @@N@@ are filled in by build.py."""
from mailkit import OURS, b64, qp

C, P = "customercare", "powerhousecatalog"


def our_headers(key, rcpt):
    o = OURS[key]
    extra = ""
    if key in ("PROMO", "NEWS"):
        extra = "List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>\n"
    return ("Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s, %d May 2026 %s:00 -0500\nMessage-ID: %s\n%sMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            % (o["addr"], o["frm"], rcpt, o["subj"], o["dow"], o["day"], o["time"], o["mid"], extra))


def our_message(key, rcpt):
    return our_headers(key, rcpt) + "Content-Transfer-Encoding: 7bit\n\n" + OURS[key]["text"] + "\n"


MACHINES = []


def M(**kw):
    MACHINES.append(kw)


M(id="ooo-teacher", mb=C, lang="en", prog="Microsoft Exchange", cat="auto-reply", answers="NEWS",
  note="RFC 3834 out-of-office answering our newsletter: automated, no labels.",
  raw="""Return-Path: <>
Delivered-To: customercare@alliant-energy.com
Received: from mail-co1nam11on2091.outbound.protection.outlook.com (40.107.220.91)
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Amanda Riese <ariese@westsalem.k12.wi.us>
To: Alliant Energy <customercare@alliant-energy.com>
Subject: Automatic reply: Power Connection | May 2026
Date: @@DATE@@
Message-ID: <MN2PR04MB6991@@QID@@@MN2PR04MB6991.namprd04.prod.outlook.com>
In-Reply-To: <news.202605.118@alliant-energy.com>
References: <news.202605.118@alliant-energy.com>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ariese@westsalem.k12.wi.us
Content-Language: en-US
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your email. School is out for the summer and I will be checking email only
occasionally until August 17. For anything urgent, please contact the West Salem Middle School
office at 608-786-xxxx.

Mrs. Riese
""")

M(id="ooo-es-gmail", mb=C, lang="es", prog="Gmail vacation responder", cat="auto-reply", answers="PROMO",
  note="Spanish Gmail vacation responder answering our promotion: automated.",
  raw="""Return-Path: <erika.montano.r@gmail.com>
Delivered-To: customercare@alliant-energy.com
Received: from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
MIME-Version: 1.0
From: Erika Montaño <erika.montano.r@gmail.com>
Date: @@DATE@@
Message-ID: <CAJ4kq@@QID@@v7+Vacation@mail.gmail.com>
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica=3A_Beat_the_heat=3A_=2450_back_on_a_smart_ther?=
 =?UTF-8?Q?mostat?=
To: customercare@alliant-energy.com
In-Reply-To: <promo.20260514.7731@alliant-energy.com>
References: <promo.20260514.7731@alliant-energy.com>
Auto-Submitted: auto-replied
Precedence: bulk
X-Autoreply: yes
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Hola, estoy de viaje en México visitando a mi familia hasta el 10 de junio. Tengo poco acceso al correo.
Les contesto a mi regreso. ¡Gracias!

Erika
"""))

M(id="no-longer-monitored", mb=C, lang="en", prog="Township webmail (no Auto-Submitted)", cat="auto-reply", answers="NEWS",
  note="Headerless 'no longer monitored' auto-reply (no Auto-Submitted): automated per rulebook.",
  raw="""Return-Path: <clerk@townofdunn.net>
Delivered-To: customercare@alliant-energy.com
Received: from webmail.townofdunn.net (webmail.townofdunn.net [64.142.118.30])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Town Clerk <clerk@townofdunn.net>
To: customercare@alliant-energy.com
Subject: Re: Power Connection | May 2026
Date: @@DATE@@
Message-ID: <20260519@@QID@@.clerk@townofdunn.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This mailbox is no longer monitored. The Town of Dunn clerk can now be reached at
townclerk@townofdunnwi.gov or 608-838-xxxx. Your message has not been forwarded.
""")

M(id="bounce-postfix", mb=C, lang="en", prog="Postfix DSN", cat="bounce", answers="NEWS",
  note="Postfix 'user unknown' DSN for our newsletter: automated.",
  raw="""Return-Path: <>
Delivered-To: customercare@alliant-energy.com
Received: from mail.kalonanet.com (mail.kalonanet.com [206.126.11.40])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
Date: @@DATE@@
From: MAILER-DAEMON@mail.kalonanet.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: customercare@alliant-energy.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7C1A83E0412.1779204381/mail.kalonanet.com"
Message-Id: <20260519151301.7C1A83E0412@mail.kalonanet.com>

This is a MIME-encapsulated message.

--7C1A83E0412.1779204381/mail.kalonanet.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kalonanet.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hmiller1939@kalonanet.com>: host mail.kalonanet.com[local] said: 550 5.1.1
    <hmiller1939@kalonanet.com>: Recipient address rejected: User unknown in
    local recipient table

--7C1A83E0412.1779204381/mail.kalonanet.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kalonanet.com
X-Postfix-Queue-ID: 7C1A83E0412
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: Tue, 12 May 2026 07:31:12 -0500 (CDT)

Final-Recipient: rfc822; hmiller1939@kalonanet.com
Original-Recipient: rfc822;hmiller1939@kalonanet.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <hmiller1939@kalonanet.com>: Recipient address
    rejected: User unknown in local recipient table

--7C1A83E0412.1779204381/mail.kalonanet.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

""" + our_headers("NEWS", "hmiller1939@kalonanet.com") + """
--7C1A83E0412.1779204381/mail.kalonanet.com--
""")

M(id="bounce-google", mb=C, lang="en", prog="Google mailer-daemon", cat="bounce", answers="PROMO",
  note="Gmail 'address not found' bounce of our promotion: automated.",
  raw="""Return-Path: <>
Delivered-To: customercare@alliant-energy.com
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
\tby mx1.alliant-energy.com (Postfix) with SMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: customercare@alliant-energy.com
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <promo.20260514.7731@alliant-energy.com>
In-Reply-To: <promo.20260514.7731@alliant-energy.com>
X-Failed-Recipients: tjschaefer.iowa@gmail.com
Message-ID: <6645a1b2.@@QID@@.dsn@mx.google.com>
Date: @@DATE@@
Content-Type: multipart/report; boundary="000000000000ab12cd0615f0e2a1"; report-type=delivery-status

--000000000000ab12cd0615f0e2a1
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to tjschaefer.iowa@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000ab12cd0615f0e2a1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mta2.alliant-energy.com
Arrival-Date: Thu, 14 May 2026 08:02:11 -0700 (PDT)
X-Original-Message-ID: <promo.20260514.7731@alliant-energy.com>

Final-Recipient: rfc822; tjschaefer.iowa@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.115.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 14 May 2026 08:02:12 -0700 (PDT)

--000000000000ab12cd0615f0e2a1
Content-Type: message/rfc822

""" + our_message("PROMO", "tjschaefer.iowa@gmail.com") + """
--000000000000ab12cd0615f0e2a1--
""")

M(id="bounce-exchange", mb=P, lang="en", prog="Microsoft 365 NDR", cat="bounce", answers="CAT",
  note="Exchange Online NDR (RecipientNotFound) for our catalog e-mail: automated.",
  raw="""Return-Path: <>
Delivered-To: powerhousecatalog@alliant-energy.com
Received: from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2105.outbound.protection.outlook.com [40.107.237.105])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <powerhousecatalog@alliant-energy.com>; @@DATE@@
From: Microsoft Outlook <postmaster@lacrossecoop.onmicrosoft.com>
To: <powerhousecatalog@alliant-energy.com>
Date: @@DATE@@
Subject: Undeliverable: Memorial Day savings from the PowerHouse Catalog
Message-ID: <a1c8e4f0-@@QID@@-4b9e-9a1d-0b8f6a3c2e11@lacrossecoop.onmicrosoft.com>
In-Reply-To: <cat.20260515.5502@alliant-energy.com>
References: <cat.20260515.5502@alliant-energy.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="a1c8e4f0-8e2d-4b9e-9a1d-0b8f6a3c2e11"
X-MS-Exchange-Message-Is-Ndr:

--a1c8e4f0-8e2d-4b9e-9a1d-0b8f6a3c2e11
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to mjanssen@lacrossecoop.com couldn't be delivered.
mjanssen wasn't found at lacrossecoop.com.

mjanssen   Office 365   Action Required
Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--a1c8e4f0-8e2d-4b9e-9a1d-0b8f6a3c2e11
Content-Type: message/delivery-status

Reporting-MTA: dns;BN8PR12MB3411.namprd12.prod.outlook.com
Received-From-MTA: dns;mta2.alliant-energy.com
Arrival-Date: Fri, 15 May 2026 11:45:20 +0000

Final-Recipient: rfc822;mjanssen@lacrossecoop.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a1c8e4f0-8e2d-4b9e-9a1d-0b8f6a3c2e11
Content-Type: text/rfc822-headers

""" + our_headers("CAT", "mjanssen@lacrossecoop.com") + """
--a1c8e4f0-8e2d-4b9e-9a1d-0b8f6a3c2e11--
""")

M(id="bounce-yahoo", mb=C, lang="en", prog="Yahoo MTA", cat="bounce", answers="ACK",
  note="Yahoo non-standard bounce (no DSN part) for one of our acknowledgements: automated.",
  raw="""Return-Path: <>
Delivered-To: customercare@alliant-energy.com
Received: from sonic301-2.consmr.mail.bf2.yahoo.com (sonic301-2.consmr.mail.bf2.yahoo.com [74.6.129.41])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: MAILER-DAEMON@yahoo.com
To: customercare@alliant-energy.com
Subject: Failure Notice
Date: @@DATE@@
Message-ID: <1779.@@QID@@.bounce@sonic301-2.consmr.mail.bf2.yahoo.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Sorry, we were unable to deliver your message to the following address.

<bettyschmit.47@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (bettyschmit.47@yahoo.com) [0] - mta4471.mail.bf1.yahoo.com

--- Below this line is a copy of the message.

""" + our_message("ACK", "bettyschmit.47@yahoo.com"))

M(id="bounce-exim-full", mb=C, lang="en", prog="Exim", cat="bounce", answers="NEWS",
  note="Exim 'mailbox full, retry timeout exceeded' bounce from a small-town ISP: automated.",
  raw="""Return-Path: <>
Delivered-To: customercare@alliant-energy.com
Received: from mx2.netins.net ([167.142.225.12])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
Received: from mail by mx2.netins.net with local (Exim 4.96)
\tid 1wN3qD-0004Xy-1T
\tfor customercare@alliant-energy.com; @@DATE@@
X-Failed-Recipients: dhenningsen@netins.net
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.netins.net>
To: customercare@alliant-energy.com
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wN3qD-0004Xy-1T@mx2.netins.net>
Date: @@DATE@@
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  dhenningsen@netins.net
    retry timeout exceeded
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

""" + our_message("NEWS", "dhenningsen@netins.net"))

M(id="delay-warning", mb=C, lang="en", prog="Postfix delay DSN", cat="bounce", answers="ACK",
  note="Postfix 'delayed mail (still being retried)' warning for our acknowledgement: automated, not a request.",
  raw="""Return-Path: <>
Delivered-To: customercare@alliant-energy.com
Received: by mta2.alliant-energy.com (Postfix)
\tid 3F12B2A0C5; @@DATE@@
Date: @@DATE@@
From: MAILER-DAEMON@mta2.alliant-energy.com (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: customercare@alliant-energy.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="3F12B2A0C5.1779287712/mta2.alliant-energy.com"
Message-Id: <20260520142152.3F12B2A0C5@mta2.alliant-energy.com>

This is a MIME-encapsulated message.

--3F12B2A0C5.1779287712/mta2.alliant-energy.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mta2.alliant-energy.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

                   The mail system

<rkoopman@shelbycountycoop.com>: connect to mail.shelbycountycoop.com[12.161.40.18]:25:
    Connection timed out

--3F12B2A0C5.1779287712/mta2.alliant-energy.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mta2.alliant-energy.com
X-Postfix-Queue-ID: 3F12B2A0C5
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: Wed, 20 May 2026 10:20:03 -0500 (CDT)

Final-Recipient: rfc822; rkoopman@shelbycountycoop.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.shelbycountycoop.com[12.161.40.18]:25:
    Connection timed out
Will-Retry-Until: Mon, 25 May 2026 10:20:03 -0500 (CDT)

--3F12B2A0C5.1779287712/mta2.alliant-energy.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <customercare@alliant-energy.com>
From: Alliant Energy Customer Care <customercare@alliant-energy.com>
To: rkoopman@shelbycountycoop.com
Subject: Re: stop the mailers
Date: Wed, 20 May 2026 10:20:03 -0500
Message-ID: <ack.20260520.b3d9@alliant-energy.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--3F12B2A0C5.1779287712/mta2.alliant-energy.com--
""")

M(id="coop-grain-bids", mb=C, lang="en", prog="Mailchimp", cat="newsletter", answers="-",
  note="Farm co-op grain-bid newsletter sent to our address: bulk mail, automated; its own unsubscribe footer is not a request.",
  raw="""Return-Path: <bounce-mc.us14_8812093.3391022-customercare=alliant-energy.com@mail199.atl221.mcsv.net>
Delivered-To: customercare@alliant-energy.com
Received: from mail199.atl221.mcsv.net (mail199.atl221.mcsv.net [198.2.139.199])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
Subject: Daily Grain Bids & Markets - Heartland Co-op
From: Heartland Co-op <news@heartlandcoop.com>
Reply-To: Heartland Co-op <news@heartlandcoop.com>
To: <customercare@alliant-energy.com>
Date: @@DATE@@
Message-ID: <a83bd2f1c0e94d7f8e51d3c2.@@QID@@@mail199.atl221.mcsv.net>
List-Unsubscribe: <https://heartlandcoop.us14.list-manage.com/unsubscribe?u=8812093&id=3391022>, <mailto:unsubscribe-mc.us14_8812093@unsubscribe.mailchimpapp.net>
List-Id: Heartland Co-op Markets <8812093.list-id.mcsv.net>
Precedence: bulk
X-Mailer: MailChimp Mailer - **CID3391022**
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1733920381"

--_----------=_MCPart_1733920381
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: quoted-printable

""" + qp("""DAILY GRAIN BIDS - Heartland Co-op

Corn (cash, Alleman):   $4.38   July futures -3
Soybeans (cash, Alleman): $10.21  July futures +4
Corn (cash, Nevada):    $4.35

Planting progress: Iowa corn 91% planted, soybeans 78% (USDA, week ending May 24).
Agronomy reminder: post-emergence herbicide windows are closing on early-planted corn.

You are receiving this because you signed up for grain bids at heartlandcoop.com.
Unsubscribe | Update your preferences
Heartland Co-op, 2829 Westown Pkwy, West Des Moines, IA 50266
""") + """
--_----------=_MCPart_1733920381
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""<html><body><h2>Daily Grain Bids</h2><table><tr><td>Corn (Alleman)</td><td>$4.38</td></tr><tr><td>Soybeans (Alleman)</td><td>$10.21</td></tr><tr><td>Corn (Nevada)</td><td>$4.35</td></tr></table>
<p>Planting progress: Iowa corn 91% planted, soybeans 78%.</p>
<p style="font-size:11px">You are receiving this because you signed up for grain bids. <a href="https://heartlandcoop.us14.list-manage.com/unsubscribe">Unsubscribe</a></p></body></html>
""") + """
--_----------=_MCPart_1733920381--
""")

M(id="church-bulletin-en", mb=C, lang="en", prog="Flocknote", cat="newsletter", answers="-",
  note="Parish bulletin bulk mail that reached our address: automated.",
  raw="""Return-Path: <bounces+4471@flocknote.com>
Delivered-To: customercare@alliant-energy.com
Received: from o1.email.flocknote.com (o1.email.flocknote.com [167.89.101.31])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: "St. Mary's Parish, Guttenberg" <stmarys-guttenberg@flocknote.com>
To: customercare@alliant-energy.com
Subject: This Week at St. Mary's: Memorial Day Mass at the cemetery
Date: @@DATE@@
Message-ID: <note.8812.@@QID@@@flocknote.com>
List-Unsubscribe: <https://flocknote.com/unsubscribe/4471/88120>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64("""<html><body><h1>This Week at St. Mary's</h1>
<p>Memorial Day Mass will be celebrated at 9:00 AM at St. Mary's Cemetery, weather permitting (in church if it rains). The Legion will present the colors.</p>
<p>Altar Society bake sale after all Masses this weekend. Kolaches and rhubarb bars!</p>
<p>VBS registration closes June 1. Volunteers needed for the snack table.</p>
<p>Prayer list: Leona Kerns, the Hefel family, and all farmers during planting.</p>
<p style="font-size:11px">You are receiving this note because you joined St. Mary's Parish on Flocknote. <a href="https://flocknote.com/unsubscribe/4471/88120">Unsubscribe</a></p>
</body></html>
"""))

M(id="boletin-san-jose", mb=C, lang="es", prog="Flocknote", cat="newsletter", answers="-",
  note="Spanish parish bulletin (bulk): automated; 'darse de baja' in its footer is the list's, not a request.",
  raw="""Return-Path: <bounces+5520@flocknote.com>
Delivered-To: customercare@alliant-energy.com
Received: from o2.email.flocknote.com (o2.email.flocknote.com [167.89.101.32])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: =?UTF-8?Q?Parroquia_San_Jos=C3=A9_-_Ministerio_Hispano?= <sanjose-hispano@flocknote.com>
To: customercare@alliant-energy.com
Subject: =?UTF-8?Q?Bolet=C3=ADn_semanal=3A_Misa_en_espa=C3=B1ol_y_quincea=C3=B1eras?=
Date: @@DATE@@
Message-ID: <note.5520.@@QID@@@flocknote.com>
List-Unsubscribe: <https://flocknote.com/unsubscribe/5520/11873>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""BOLETÍN SEMANAL - Parroquia San José, Arcadia

* Misa en español: domingos a la 1:00 PM.
* Pláticas para quinceañeras y bautizos: sábado 30 de mayo, 10:00 AM, en el salón.
* Colecta especial para las familias afectadas por la tormenta del domingo.
* Clases de inglés gratis los martes a las 7 PM.

Recibe este mensaje porque se inscribió en Flocknote. Para darse de baja, visite el enlace de abajo.
https://flocknote.com/unsubscribe/5520/11873
"""))

M(id="farm-bureau-news", mb=C, lang="en", prog="Constant Contact", cat="newsletter", answers="-",
  note="Farm Bureau member newsletter: bulk, automated.",
  raw="""Return-Path: <bounce@ccsend.com>
Delivered-To: customercare@alliant-energy.com
Received: from ccm28.constantcontact.com (ccm28.constantcontact.com [208.75.123.139])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Wisconsin Farm Bureau <info@wfbf.com>
Reply-To: info@wfbf.com
To: customercare@alliant-energy.com
Subject: Rural Route Update: Dairy Breakfast season, right-of-way rules, scholarships
Date: @@DATE@@
Message-ID: <1138812093447.@@QID@@.cc@ccsend.com>
List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un&m=001&se=8812093>
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2210_1187330925.1779562800000"

------=_Part_2210_1187330925.1779562800000
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

RURAL ROUTE UPDATE

June Dairy Month is almost here! Find a county dairy breakfast near you at wfbf.com/breakfasts.

Utility right-of-way: what landowners should know when crews trim trees or set poles
on your property. Our policy team explains your rights and who to call.

Ag scholarships: applications due June 15.

Wisconsin Farm Bureau Federation, 1241 John Q. Hammons Dr., Madison, WI 53717
Unsubscribe from this list: https://visitor.constantcontact.com/do?p=un

------=_Part_2210_1187330925.1779562800000
Content-Type: text/html; charset=us-ascii
Content-Transfer-Encoding: 7bit

<html><body><h2>Rural Route Update</h2><p>June Dairy Month is almost here!</p><p>Utility right-of-way: what landowners should know.</p><p>Ag scholarships: applications due June 15.</p><p><a href="https://visitor.constantcontact.com/do?p=un">Unsubscribe</a></p></body></html>

------=_Part_2210_1187330925.1779562800000--
""")

M(id="mailhouse-suppression", mb=P, lang="en", prog="Vendor system (mail house)", cat="vendor", answers="-",
  note="Mail house suppression-file report: vendor system mail full of 'opt-out' and 'do not share' words, not a request: automated.",
  raw="""Return-Path: <jobs@prairiedirectmail.com>
Delivered-To: powerhousecatalog@alliant-energy.com
Received: from relay.prairiedirectmail.com (relay.prairiedirectmail.com [66.232.44.19])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <powerhousecatalog@alliant-energy.com>; @@DATE@@
From: Prairie Direct Mail Job Server <jobs@prairiedirectmail.com>
To: powerhousecatalog@alliant-energy.com
Subject: [Job 26-0418] Suppression file processed - PowerHouse Summer 2026 drop
Date: @@DATE@@
Message-ID: <job-26-0418.@@QID@@@prairiedirectmail.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="pdm-26-0418"

--pdm-26-0418
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Job 26-0418  PowerHouse Catalog - Summer 2026 drop
Status: SUPPRESSION COMPLETE

Input records:                      188,412
Matched to client opt-out file:       4,212  (removed)
Matched to do-not-share file:         9,807  (flagged, excluded from list exchange)
DMAchoice / deceased / NCOA moves:    2,951  (removed)
Final mail quantity:                181,249

The match report is attached. Please do not reply to this message; contact your
account rep with questions.

--pdm-26-0418
Content-Type: text/csv; name="26-0418_suppression_summary.csv"
Content-Disposition: attachment; filename="26-0418_suppression_summary.csv"
Content-Transfer-Encoding: base64

""" + b64("""category,records
client_opt_out,4212
do_not_share,9807
dmachoice,1140
deceased,388
ncoa_move,1423
""") + """--pdm-26-0418--
""")

M(id="crm-export", mb=P, lang="en", prog="CRM notification", cat="vendor", answers="-",
  note="CRM scheduled-export notice ('catalog opt-outs weekly'): system mail, automated.",
  raw="""Return-Path: <noreply@notifications.crmhub.io>
Delivered-To: powerhousecatalog@alliant-energy.com
Received: from o7.notifications.crmhub.io (o7.notifications.crmhub.io [149.72.201.7])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <powerhousecatalog@alliant-energy.com>; @@DATE@@
From: CRMHub Notifications <noreply@notifications.crmhub.io>
To: powerhousecatalog@alliant-energy.com
Subject: Your scheduled export "Catalog opt-outs - weekly" is ready
Date: @@DATE@@
Message-ID: <exp-77120.@@QID@@@notifications.crmhub.io>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Your scheduled export "Catalog opt-outs - weekly" finished at 02:00 CDT.
Rows: 311
Download (link expires in 7 days): https://app.crmhub.io/exports/77120

You receive this notification because you are the owner of this scheduled export.
Manage notifications: https://app.crmhub.io/settings/notifications
""")

M(id="calendar-invite", mb=P, lang="en", prog="Outlook calendar (text/calendar)", cat="vendor", answers="-",
  note="Calendar invitation from a list broker about a list-exchange review: text/calendar, not a request, automated.",
  raw="""Return-Path: <kpaulsen@midwestlistco.com>
Delivered-To: powerhousecatalog@alliant-energy.com
Received: from mail-sn1nam02on2110.outbound.protection.outlook.com (40.107.96.110)
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <powerhousecatalog@alliant-energy.com>; @@DATE@@
From: Kristin Paulsen <kpaulsen@midwestlistco.com>
To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
Subject: Q3 list exchange review - PowerHouse / Midwest List Co.
Date: @@DATE@@
Message-ID: <SN1PR02MB4471.@@QID@@@SN1PR02MB4471.namprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_SN1PR02MB4471_"

--_000_SN1PR02MB4471_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Quarterly review of exchange volumes and the do-not-share suppression counts.
Teams link in the invitation.

--_000_SN1PR02MB4471_
Content-Type: text/calendar; charset="utf-8"; method=REQUEST
Content-Transfer-Encoding: base64

""" + b64("""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Kristin Paulsen:mailto:kpaulsen@midwestlistco.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:powerhousecatalog@alliant-energy.com
SUMMARY:Q3 list exchange review - PowerHouse / Midwest List Co.
DTSTART;TZID=Central Standard Time:20260604T100000
DTEND;TZID=Central Standard Time:20260604T103000
UID:040000008200E00074C5B7101A82E00800000000B0A1
LOCATION:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""") + """
--_000_SN1PR02MB4471_--
""")

M(id="shipment-notice", mb=P, lang="en", prog="Fulfillment system", cat="vendor", answers="-",
  note="Fulfillment shipment notification copied to the catalog box: system mail, automated.",
  raw="""Return-Path: <notify@badgerfulfillment.com>
Delivered-To: powerhousecatalog@alliant-energy.com
Received: from smtp.badgerfulfillment.com (smtp.badgerfulfillment.com [66.185.20.74])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <powerhousecatalog@alliant-energy.com>; @@DATE@@
From: Badger Fulfillment <notify@badgerfulfillment.com>
To: powerhousecatalog@alliant-energy.com
Subject: Shipment confirmation - Order PH-558213
Date: @@DATE@@
Message-ID: <ship.PH-558213.@@QID@@@badgerfulfillment.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Order PH-558213 has shipped.

Carrier: UPS Ground   Tracking: 1Z88A4W20391447215
Items: 1 x Oscillating Tower Fan 42in (SKU PH-21177)
Ship to: B. MUELLER, FOND DU LAC WI

This is an automated message from Badger Fulfillment on behalf of PowerHouse Catalog.
""")

M(id="spam-solar-leads", mb=C, lang="en", prog="Spam (bulk sender)", cat="spam", answers="-",
  note="Cold sales pitch for solar leads: spam, automated.",
  raw="""Return-Path: <kyle@sunleadspro.biz>
Delivered-To: customercare@alliant-energy.com
Received: from vps-22841.sunleadspro.biz (unknown [185.244.31.77])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Kyle Bennett <kyle@sunleadspro.biz>
To: customercare@alliant-energy.com
Subject: 500 exclusive Iowa solar leads this week?
Date: @@DATE@@
Message-ID: <20260521.@@QID@@@sunleadspro.biz>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi team,

We generate exclusive, TCPA-compliant homeowner leads for solar installers in Iowa and
Wisconsin. 500 verified leads this week at $9/lead. Want a free sample of 25?

Kyle Bennett
SunLeads Pro

If you don't want to hear from me again, just reply "no thanks" and I'll opt you out.
""")

M(id="spam-seo", mb=C, lang="en", prog="Spam (Gmail sender)", cat="spam", answers="-",
  note="SEO outreach: cold mail, automated.",
  raw="""Return-Path: <priya.webrank@gmail.com>
Delivered-To: customercare@alliant-energy.com
Received: from mail-pl1-f193.google.com (mail-pl1-f193.google.com [209.85.214.193])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
MIME-Version: 1.0
From: Priya Sharma <priya.webrank@gmail.com>
Date: @@DATE@@
Message-ID: <CAP7r@@QID@@Xq=seo@mail.gmail.com>
Subject: Quick question about alliant-energy.com
To: customercare@alliant-energy.com
Content-Type: text/plain; charset="UTF-8"

Hello,

I was checking alliant-energy.com and noticed it is not ranking on the first page for
keywords like "cheap electricity Iowa". We are a team of 40+ SEO experts and can bring
your website to the top of Google in 3 months.

Shall I send you a free audit report?

Regards,
Priya
""")

M(id="spam-loteria", mb=C, lang="es", prog="Spam", cat="spam", answers="-",
  note="Spanish lottery scam: spam, automated.",
  raw="""Return-Path: <premios@loteria-internacional.info>
Delivered-To: customercare@alliant-energy.com
Received: from unknown (HELO mail.loteria-internacional.info) ([45.95.147.12])
\tby mx1.alliant-energy.com (Postfix) with SMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: =?utf-8?B?TG90ZXLDrWEgSW50ZXJuYWNpb25hbA==?= <premios@loteria-internacional.info>
To: undisclosed-recipients:;
Subject: =?utf-8?Q?=C2=A1Felicidades!_Usted_ha_ganado_US=24850,000?=
Date: @@DATE@@
Message-ID: <@@QID@@.premio@loteria-internacional.info>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64("""Estimado ganador:

Su correo electrónico fue seleccionado en el sorteo anual de la Lotería Internacional.
Para reclamar su premio de US$850,000 envíe su nombre completo, dirección, número de
teléfono y una copia de su identificación al agente Lic. Roberto Almada.

Atentamente,
Departamento de Premios
"""))

M(id="phish-payment", mb=C, lang="en", prog="Phishing", cat="phishing", answers="-",
  note="Phishing that imitates our own billing mail: automated, never a request.",
  raw="""Return-Path: <billing@alliantenergy-payments.co>
Delivered-To: customercare@alliant-energy.com
Received: from mail.alliantenergy-payments.co (unknown [91.215.85.140])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: "Alliant Energy Billing" <billing@alliantenergy-payments.co>
To: customercare@alliant-energy.com
Subject: Action required: your payment was declined - service interruption pending
Date: @@DATE@@
Message-ID: <@@QID@@@alliantenergy-payments.co>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""<html><body><p>Dear Customer,</p>
<p>Your most recent automatic payment of <b>$148.62</b> was declined. To avoid disconnection within 24 hours, please update your payment information now:</p>
<p><a href="http://alliantenergy-payments.co/verify?id=88120">Update Payment Method</a></p>
<p>Alliant Energy Customer Service</p></body></html>
"""))

M(id="phish-m365", mb=C, lang="en", prog="Phishing", cat="phishing", answers="-",
  note="Fake Microsoft 365 password-expiry notice: phishing, automated.",
  raw="""Return-Path: <no-reply@m365-securemail.net>
Delivered-To: customercare@alliant-energy.com
Received: from m365-securemail.net (unknown [103.153.79.22])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Microsoft 365 Admin <no-reply@m365-securemail.net>
To: customercare@alliant-energy.com
Subject: Password for customercare@alliant-energy.com expires today
Date: @@DATE@@
Message-ID: <@@QID@@.pwd@m365-securemail.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

The password for customercare@alliant-energy.com expires today.

Keep your current password: https://m365-securemail.net/keep?u=customercare

Microsoft 365 Admin Center
""")

M(id="phish-paquete-es", mb=P, lang="es", prog="Phishing", cat="phishing", answers="-",
  note="Spanish parcel-held phishing: automated.",
  raw="""Return-Path: <avisos@usps-entregas.top>
Delivered-To: powerhousecatalog@alliant-energy.com
Received: from usps-entregas.top (unknown [194.26.192.77])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <powerhousecatalog@alliant-energy.com>; @@DATE@@
From: =?utf-8?Q?USPS_Env=C3=ADos?= <avisos@usps-entregas.top>
To: powerhousecatalog@alliant-energy.com
Subject: =?utf-8?Q?Su_paquete_est=C3=A1_retenido_-_confirme_su_direcci=C3=B3n?=
Date: @@DATE@@
Message-ID: <@@QID@@.aviso@usps-entregas.top>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Estimado cliente:

Su paquete no pudo ser entregado porque la dirección está incompleta.
Confirme su dirección y pague la tarifa de reenvío de $1.99 aquí:
https://usps-entregas.top/confirmar

Servicio Postal
"""))

M(id="read-receipt", mb=C, lang="en", prog="Outlook read receipt (MDN)", cat="receipt", answers="ACK",
  note="Read receipt for our acknowledgement: automated, no labels.",
  raw="""Return-Path: <mkoenig@hickorytech.net>
Delivered-To: customercare@alliant-energy.com
Received: from smtp.hickorytech.net (smtp.hickorytech.net [216.114.192.17])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Marv Koenig <mkoenig@hickorytech.net>
To: customercare@alliant-energy.com
Subject: Read: Re: Please remove me
Date: @@DATE@@
Message-ID: <000301dcb2f1$@@QID@@$hickorytech.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0004_01DCB2C7.5A3F1D20"
X-Mailer: Microsoft Outlook 16.0

------=_NextPart_000_0004_01DCB2C7.5A3F1D20
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: mkoenig@hickorytech.net
  Subject: Re: Please remove me
  Sent: Saturday, May 16, 2026 2:20 PM

was read on Tuesday, May 19, 2026 6:48 AM.

------=_NextPart_000_0004_01DCB2C7.5A3F1D20
Content-Type: message/disposition-notification

Reporting-UA: hickorytech.net; Microsoft Outlook 16.0
Final-Recipient: rfc822;mkoenig@hickorytech.net
Original-Message-ID: <ack.20260516.44f1@alliant-energy.com>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0004_01DCB2C7.5A3F1D20--
""")

M(id="challenge-response", mb=C, lang="en", prog="BoxTrapper (challenge-response)", cat="challenge", answers="ACK",
  note="Challenge-response verification request answering our acknowledgement: automated.",
  raw="""Return-Path: <boxtrapper@host22.hostmonster.com>
Delivered-To: customercare@alliant-energy.com
Received: from host22.hostmonster.com (host22.hostmonster.com [74.220.207.22])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: farm@schwarzacres.com
To: customercare@alliant-energy.com
Subject: verify#schwarzacres-1779381920-@@QID@@
Date: @@DATE@@
Message-ID: <bt.@@QID@@@host22.hostmonster.com>
Auto-Submitted: auto-replied
X-Boxtrapper: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

The message you sent to farm@schwarzacres.com requires verification.

To verify, reply to this message without changing the subject. After you verify, future
messages from you will be delivered automatically.

Subject of your message: Re: Please remove me
""")

M(id="arf-yahoo", mb=C, lang="en", prog="Yahoo feedback loop (ARF)", cat="abuse-report", answers="NEWS",
  note="ARF spam complaint from a feedback loop about our newsletter: machine report, automated (not a person's request).",
  raw="""Return-Path: <feedback@arf.mail.yahoo.com>
Delivered-To: customercare@alliant-energy.com
Received: from arf.mail.yahoo.com (arf.mail.yahoo.com [98.136.217.200])
\tby mx1.alliant-energy.com (Postfix) with ESMTP id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>
To: customercare@alliant-energy.com
Subject: FW: Power Connection | May 2026
Date: @@DATE@@
Message-ID: <fbl.@@QID@@@arf.mail.yahoo.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="----=_Part_ARF_8812"

------=_Part_ARF_8812
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 204.145.18.22.

------=_Part_ARF_8812
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 1
Original-Mail-From: <customercare@alliant-energy.com>
Original-Rcpt-To: <redacted@yahoo.com>
Received-Date: Tue, 12 May 2026 07:31:20 -0500
Source-IP: 204.145.18.22
Reported-Domain: alliant-energy.com

------=_Part_ARF_8812
Content-Type: text/rfc822-headers

""" + our_headers("NEWS", "redacted@yahoo.com") + """
------=_Part_ARF_8812--
""")

M(id="list-post", mb=C, lang="en", prog="Google Groups list", cat="list", answers="-",
  note="Mailing-list post (List-Id, Precedence: list) where a member talks about opting out; list traffic is automated, no request of ours.",
  raw="""Return-Path: <driftless-rural+bncBDL4@googlegroups.com>
Delivered-To: customercare@alliant-energy.com
Received: from mail-oa1-f70.google.com (mail-oa1-f70.google.com [209.85.160.70])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <customercare@alliant-energy.com>; @@DATE@@
From: Walt Kruger <waltkruger@gmail.com>
To: driftless-rural@googlegroups.com
Subject: [driftless-rural] Re: utility junk mail
Date: @@DATE@@
Message-ID: <CAE5n@@QID@@kw@mail.gmail.com>
In-Reply-To: <CAH2x0a9jk@mail.gmail.com>
List-Id: <driftless-rural.googlegroups.com>
List-Post: <mailto:driftless-rural@googlegroups.com>
List-Unsubscribe: <mailto:driftless-rural+unsubscribe@googlegroups.com>
Precedence: list
Mailing-list: list driftless-rural@googlegroups.com; contact driftless-rural+owners@googlegroups.com
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

I just emailed the power company and told them to opt me out of all of it and not to share
my name. Took two minutes. Address is customercare@alliant-energy.com if anybody else
wants to. (Somebody added that address to this group a while back, hi folks.)

Walt

> Anybody know how to stop the utility flyers? I get three a month.

--
You received this message because you are subscribed to the Google Groups "Driftless Rural" group.
To unsubscribe from this group and stop receiving emails from it, send an email to driftless-rural+unsubscribe@googlegroups.com.
""")

M(id="proof-ready", mb=P, lang="en", prog="Print vendor portal", cat="vendor", answers="-",
  note="Print vendor's proof-ready notice: system mail, automated.",
  raw="""Return-Path: <proofs@quadgraphics-portal.com>
Delivered-To: powerhousecatalog@alliant-energy.com
Received: from mta1.quadgraphics-portal.com (mta1.quadgraphics-portal.com [12.199.51.8])
\tby mx1.alliant-energy.com (Postfix) with ESMTPS id @@QID@@
\tfor <powerhousecatalog@alliant-energy.com>; @@DATE@@
From: Proof Portal <proofs@quadgraphics-portal.com>
To: powerhousecatalog@alliant-energy.com
Subject: Proof ready for approval: PowerHouse Fall 2026 catalog, pages 1-48
Date: @@DATE@@
Message-ID: <proof.PH-F26.@@QID@@@quadgraphics-portal.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="proof-bnd-8812"

--proof-bnd-8812
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

A new proof is ready for your review.

Job: PowerHouse Fall 2026 catalog
Version: 3 (pages 1-48)
Approve or request changes by June 3 to hold the press date.

Review proof: https://quadgraphics-portal.com/proofs/PH-F26/v3

--proof-bnd-8812
Content-Type: text/html; charset=us-ascii
Content-Transfer-Encoding: 7bit

<html><body><p>A new proof is ready for your review.</p><p><b>Job:</b> PowerHouse Fall 2026 catalog<br><b>Version:</b> 3 (pages 1-48)</p><p><a href="https://quadgraphics-portal.com/proofs/PH-F26/v3">Review proof</a></p></body></html>

--proof-bnd-8812--
""")
