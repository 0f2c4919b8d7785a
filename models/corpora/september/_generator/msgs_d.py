"""Monday 13 - Friday 17 September 2027: bill notices over the weekend, Budget Billing promo Tue 14 10:05."""
from build import M, gm, yh, ol, ip, ipalt, tb, plain, CH, D, A, S
from mimekit import txt, html, multi, attach
from ours import (BN_SUBJ, bn_text, BB_TEXT, BB_SUBJ, bb_msgid, FP_TEXT, FP_SUBJ, fp_msgid, ack_text, ack_subj,
                  ack_msgid, gmail_quote, apple_quote, outlook_quote, yahoo_quote, q_gt, fwd_gmail, PH, CC,
                  sent_headers)

BNW = "Alliant Energy <noreply@alliantenergy.com>"
BBW = "Alliant Energy <customercare@alliant-energy.com>"
BBW_G = "Tue, Sep 14, 2027 at 10:05\u202fAM Alliant Energy <\ncustomercare@alliant-energy.com>"

MSGS = []
add = MSGS.append

# ------------------------------------------------------------------------------------------- Monday 13
add(M("pfeiffer-bill-fw", "2027-09-13 07:05:29", "cc", "outlookcom", ("Tom Pfeiffer", "tpfeiffer63@outlook.com"),
      "FW: " + BN_SUBJ,
      ol("""Why is my bill $212 this month?? We were at our daughter's in Colorado for half of August and the AC was OFF. Account 5501 2238 14. Can somebody look at this before I pay it.

Tom Pfeiffer

""" + outlook_quote(bn_text("2814", "$212.38", "September 27, 2027"), BNW, "Saturday, September 11, 2027 6:12 AM",
                    "tpfeiffer63@outlook.com", BN_SUBJ), "pfeiffer"),
      labels=["question"], ent={"name": "Tom Pfeiffer", "account": "5501 2238 14"},
      cat="question (billing, forwarded bill notice)", lang="en", program="Outlook.com web",
      note="Forwards our bill notice with a billing question; the quoted notice's 'opted out of marketing' line is ours."))

add(M("salinas-bill-es", "2027-09-13 08:10:47", "cc", "gmail_android", ("Carmen Salinas", "carmensalinas.ia@gmail.com"),
      "Fwd: " + BN_SUBJ,
      gm("""Buenos d\u00edas, \u00bfpor qu\u00e9 subi\u00f3 tanto mi factura? El mes pasado pagu\u00e9 $96 y ahora son $171. Vivo sola y no cambi\u00e9 nada. \u00bfPueden revisar por favor?

Gracias,
Carmen Salinas

""" + fwd_gmail(bn_text("0637", "$171.04", "September 28, 2027"), BNW, "s\u00e1b, 11 sept 2027 a las 6:14", BN_SUBJ,
                "<carmensalinas.ia@gmail.com>").replace("---------- Forwarded message ---------",
                                                         "---------- Forwarded message ---------")),
      labels=["question"], ent={"name": "Carmen Salinas"},
      cat="question (billing)", lang="es", program="Gmail Android (Spanish)",
      note="Spanish billing question over a forwarded bill notice; the account number shown is only our 'ending in' digits, inside the forward."))

add(M("bill-unsubscribe", "2027-09-13 08:45:12", "cc", "iphone", ("Kristin Olberding", "kolberding@icloud.com"),
      "Fwd: " + BN_SUBJ,
      ip("""Unsubscribe

Sent from my iPhone

Begin forwarded message:

> From: Alliant Energy <noreply@alliantenergy.com>
> Date: September 11, 2027 at 6:15:02\u202fAM CDT
> To: kolberding@icloud.com
> Subject: Your Alliant Energy bill is ready
>
""" + q_gt(bn_text("9150", "$88.61", "September 28, 2027"))),
      unclear=True,
      cat="unclear (unsubscribe over a service message)", lang="en", program="iPhone Mail",
      note="'Unsubscribe' forwarded over the bill notice (a service message that says so): stop bill e-mails? marketing? Unclear."))

_pf_bounce = """This is the mail system at host mx1.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rhoffmann1960@yahooo.com>: Host or domain name not found. Name service error
    for name=yahooo.com type=MX: Host not found, try again
"""
add(M("ack-bounce-typo", "2027-09-13 09:30:05", "cc", "internal", ("Mail Delivery System", "MAILER-DAEMON@mx1.alliant-energy.com"),
      "Undelivered Mail Returned to Sender",
      multi("report", [
          txt(_pf_bounce, "us-ascii", cte="7bit", qcs=False, headers=["Content-Description: Notification"]),
          attach("message/delivery-status", b"""Reporting-MTA: dns; mx1.alliant-energy.com
X-Postfix-Queue-ID: 4ZcM8q1Tz5z1RkX
X-Postfix-Sender: rfc822; customercare@alliant-energy.com
Arrival-Date: Mon, 13 Sep 2027 09:30:01 -0500 (CDT)

Final-Recipient: rfc822; rhoffmann1960@yahooo.com
Original-Recipient: rfc822;rhoffmann1960@yahooo.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=yahooo.com type=MX: Host not found, try again
""", None, disposition=None, cte="7bit", params=[]),
          attach("text/rfc822-headers", sent_headers("ACK", "rhoffmann1960@yahooo.com", "CC-2027-09-04612",
                                                      when="Mon, 13 Sep 2027 09:30:01 -0500").encode(), None,
                 disposition=None, cte="7bit", params=[])],
          params=[("report-type", "delivery-status")], bstyle="tb"),
      env_from="", mx="mx1",
      internal_received=["Received: by mx1.alliant-energy.com (Postfix)\r\n\tid 4ZcM8q5Wb2z1RkY; Mon, 13 Sep 2027 09:30:05 -0500 (CDT)"],
      client=CH(("Date", "Mon, 13 Sep 2027 09:30:05 -0500 (CDT)"),
                ("From", "MAILER-DAEMON@mx1.alliant-energy.com (Mail Delivery System)"),
                ("Subject", "Undelivered Mail Returned to Sender"),
                ("To", CC),
                ("Auto-Submitted", "auto-replied"),
                ("MIME-Version", "1.0"),
                ("Message-Id", "<20270913143005.4ZcM8q5Wb2z1RkY@mx1.alliant-energy.com>")),
      auto=True, cat="bounce (of our acknowledgement)", lang="en", program="Postfix DSN (our mx1)",
      note="Our own acknowledgement bounced (typo domain yahooo.com in a web-form Reply-To); the returned headers show the ack subject."))

add(M("lutz-delete", "2027-09-13 10:10:33", "cc", "gmail", ("Karen Lutz", "karenlutz.az@gmail.com"),
      "Delete my information",
      gm("""Hello,

I closed my account when I moved to Arizona in July (final bill is paid). Please delete all of my information from your systems. I don't want Alliant or the catalog keeping anything about me.

Karen Lutz
old account 3307 9182 40
"""),
      unclear=True, ent={"name": "Karen Lutz", "account": "3307 9182 40"},
      cat="unclear (delete-everything request)", lang="en", program="Gmail web",
      note="Request to delete everything: per the rulebook unclear (staff decide what may be deleted); it also needs an answer, but unclear rows carry no labels."))

add(M("brandt-for-son", "2027-09-13 11:25:08", "ph", "yahoo", ("Sue Brandt", "suebrandt1968@yahoo.com"),
      "Catalog for my son",
      yh("""Hello,

My son Tyler Brandt doesn't live here anymore, he's at college in Cedar Falls. Please stop sending his PowerHouse catalog to our house and don't sell his name to anybody either.

Thanks,
Sue Brandt""", "brandt"),
      unclear=True, ent={"name": "Tyler Brandt"},
      cat="unclear (on behalf of an adult child)", lang="en", program="Yahoo Mail web",
      note="Mother asks both opt-outs for her adult son who lives elsewhere: no clear standing, so unclear; entity names the son."))

add(M("surveypulse-milestone", "2027-09-13 14:00:00", "cc", "esp", ("SurveyPulse", "no-reply@surveypulse-app.com"),
      "Your survey \"AE-SV-2709 Post-call CSAT\" reached 500 responses",
      multi("alternative", [
          txt("""Your survey "AE-SV-2709 Post-call CSAT" reached 500 responses.

Average satisfaction: 4.1 / 5
Resolved on first contact: 78%
Free-text comments: 212 (14 flagged "needs follow-up")

View results: https://app.surveypulse-app.com/s/AE-SV-2709/results

You get this e-mail because milestone alerts are on for this survey.
Turn off alerts: https://app.surveypulse-app.com/settings/alerts
""", "utf-8", cte="7bit"),
          html("""<html><body style="font-family:Arial"><h2>500 responses!</h2><p>Your survey &quot;AE-SV-2709 Post-call CSAT&quot; reached 500 responses.</p><ul><li>Average satisfaction: 4.1 / 5</li><li>Resolved on first contact: 78%</li><li>Free-text comments: 212 (14 flagged &quot;needs follow-up&quot;)</li></ul><p><a href="https://app.surveypulse-app.com/s/AE-SV-2709/results">View results</a></p><p style="font-size:11px;color:#888">You get this e-mail because milestone alerts are on for this survey. <a href="https://app.surveypulse-app.com/settings/alerts">Turn off alerts</a></p></body></html>""",
               "utf-8", cte="quoted-printable")], bstyle="tb"),
      env_from="bounces@mail.surveypulse-app.com", esp_host="mail.surveypulse-app.com", dkim_d="surveypulse-app.com",
      client=CH(("From", "SurveyPulse <no-reply@surveypulse-app.com>"),
                ("To", CC),
                ("Subject", "Your survey \"AE-SV-2709 Post-call CSAT\" reached 500 responses"),
                ("Date", D("2027-09-13 14:00:00", 0)),
                ("Message-ID", "<milestone.AE-SV-2709.500@surveypulse-app.com>"),
                ("Auto-Submitted", "auto-generated"),
                ("MIME-Version", "1.0")),
      auto=True, cat="vendor notice", lang="en", program="survey platform notification",
      note="Survey platform's milestone alert about our own survey: system mail."))

_phish_fw = """From: PowerHouse Billing <billing@powerhouse-catalog-payments.com>
Date: Sat, Sep 11, 2027 at 11:30 AM
Subject: Order #PH-55120: payment failed - update your card within 24 hours
To: <bkloster@gmail.com>


PowerHouse Catalog
Dear Customer,
We were unable to process the payment for your order #PH-55120 (Heated Throw Blanket, Smart Plug 4-pack). Your order will be cancelled in 24 hours unless you update your billing information.
Update Payment Method <https://powerhouse-catalog-payments.com/secure/update?id=55120>
Thank you for shopping with PowerHouse."""
add(M("kloster-is-this-real", "2027-09-13 15:20:14", "ph", "gmail", ("Barb Kloster", "bkloster@gmail.com"),
      "Fwd: Order #PH-55120: payment failed - update your card within 24 hours",
      gm("""I got this Saturday. I never ordered a blanket or smart plugs. Is this really from you?? I didn't click anything. I did order from you last Christmas so you have my card from then I guess?

Barb Kloster

---------- Forwarded message ---------
""" + _phish_fw),
      labels=["question"], ent={"name": "Barb Kloster"},
      cat="question (forwarded phishing)", lang="en", program="Gmail web",
      note="A customer forwards a phishing mail and asks if it is real: question; the forwarded part is not hers (and its unsubscribe line is bait)."))

add(M("ortega-howto-es", "2027-09-13 17:30:40", "cc", "outlookcom", ("Luis Ortega", "luis.ortega.dbq@outlook.com"),
      "Correos de promociones",
      ol("""Hola,

\u00bfC\u00f3mo puedo dejar de recibir los correos de promociones? No encuentro d\u00f3nde se hace en Mi Cuenta.

Gracias,
Luis Ortega""", "ortega"),
      lang="es",
      labels=["question"], ent={"name": "Luis Ortega"},
      cat="question (how to opt out)", program="Outlook.com web (Spanish)",
      note="Spanish 'how can I stop promotional e-mails?': asks how, does not ask us to do it: question only."))

add(M("phish-es-disconnect", "2027-09-13 21:10:55", "cc", "raw", ("Alliant Energy Servicio", "aviso@alliant-pagos-servicio.com"),
      "Aviso final: su servicio ser\u00e1 desconectado hoy",
      html("""<html><body style="font-family:Arial">
<p><b>AVISO FINAL DE DESCONEXI\u00d3N</b></p>
<p>Estimado cliente de Alliant Energy:</p>
<p>Su cuenta tiene un saldo vencido de <b>$286.40</b>. Su servicio de electricidad ser\u00e1 <b>desconectado hoy a las 11:00 p.m.</b> si no realiza el pago.</p>
<p>Pague ahora con tarjeta de regalo o Zelle: <a href="https://alliant-pagos-servicio.com/pago">PAGAR AHORA</a> o llame al 1-888-555-0190.</p>
<p>Alliant Energy - Departamento de Cobranza</p>
</body></html>""", "utf-8", cte="base64"),
      env_from="mailer@srv12.hostingcheap-mx.net", relay_host="srv12.hostingcheap-mx.net", relay_ip="203.0.113.211",
      dkim_d=None, spf="softfail", dkim="none", dmarc="none", ptr_unknown=True,
      client=CH(("From", "=?UTF-8?Q?Alliant_Energy_Servicio?= <aviso@alliant-pagos-servicio.com>"),
                ("To", CC),
                ("Subject", "=?UTF-8?B?QXZpc28gZmluYWw6IHN1IHNlcnZpY2lvIHNlcsOhIGRlc2NvbmVjdGFkbyBob3k=?="),
                ("Date", D("2027-09-13 21:10:55", 0)),
                ("Message-ID", "<20270914021055.77A1C@srv12.hostingcheap-mx.net>"),
                ("MIME-Version", "1.0")),
      auto=True, cat="phishing", lang="es", program="phishing kit (Spanish)",
      note="Spanish disconnection scam impersonating us, sprayed at our own role address."))

# ------------------------------------------------------------------------------------------- Tuesday 14
add(M("engebretson-share-if", "2027-09-14 07:45:19", "ph", "spectrum", ("Marlys Engebretson", "mengebretson@charter.net"),
      "Question about my name",
      tb("""Good morning,

I have received the PowerHouse catalog for about twenty years and I enjoy it. After a news story about companies selling customer information, I wonder: do you share my name with other companies? If so, I don't want it shared anymore.

Please keep the catalog coming.

Marlys Engebretson
Portage, WI 53901
"""),
      tb_style=True, ua="Mozilla Thunderbird",
      labels=["catalog_share_opt_out", "question"], ent={"name": "Marlys Engebretson", "postal_code": "53901"},
      cat="opt-out (sharing) + question", lang="en", program="Thunderbird (Spectrum)",
      note="Asks whether we share (question) and 'if so, I don't want it shared anymore' (conditional sharing opt-out); keeps the catalog."))

add(M("ooo-hora-teacher", "2027-09-14 10:06:22", "cc", "outlookcom", ("Megan Hora", "meganhora.teach@outlook.com"),
      "Re: " + BB_SUBJ,
      ol("""Hi! Thanks for your email. School just started and I'm a little buried, so I'm slow on email right now. I'll get back to you by the weekend!

- Ms. Hora""", "hora-ooo"),
      env_from="meganhora.teach@outlook.com", in_reply_to=bb_msgid("61e0f3a9"), to=[("Alliant Energy", CC)],
      auto=True, cat="auto-reply (rule, no Auto-Submitted)", lang="en", program="Outlook.com (inbox rule)",
      note="Teacher's inbox-rule auto-reply to the Budget Billing promo: no Auto-Submitted, friendly wording, still a machine reply."))

add(M("hansen-seed-autoack", "2027-09-14 10:07:03", "cc", "raw", ("Hansen Seed & Feed", "info@hansenseedfeed.com"),
      "Thanks for contacting Hansen Seed & Feed!",
      plain("""Thanks for contacting Hansen Seed & Feed!

We've received your message and someone from our team will get back to you
within one business day. During harvest our hours are 6 AM - 8 PM, Mon-Sat.

Need something now? Call the store at 563-555-0114.

Hansen Seed & Feed
1402 Hwy 150 N, West Union, IA
""", "us-ascii", cte="7bit"),
      env_from="info@hansenseedfeed.com", relay_host="mail.hansenseedfeed.com", relay_ip="198.51.100.132",
      dkim_d="hansenseedfeed.com",
      client=CH(("Date", D("2027-09-14 10:07:03")),
                ("From", "Hansen Seed & Feed <info@hansenseedfeed.com>"),
                ("To", CC),
                ("Subject", "Thanks for contacting Hansen Seed & Feed!"),
                ("Message-ID", "<autoresp.1789398423.5120@hansenseedfeed.com>"),
                ("In-Reply-To", bb_msgid("0c7d91e5")),
                ("X-Autoreply", "yes"),
                ("MIME-Version", "1.0")),
      auto=True, cat="auto-reply (business autoresponder)", lang="en", program="business autoresponder",
      note="Business's own 'we received your message' autoresponder to our promo; only X-Autoreply, no Auto-Submitted."))

add(M("outlook-unsub-bb", "2027-09-14 10:30:48", "cc", "outlookcom", ("Randy Foust", "randyfoust@outlook.com"),
      "unsubscribe AE-PR-2709-BB",
      txt("", "us-ascii", cte="7bit"),
      client=CH(("From", "Randy Foust <randyfoust@outlook.com>"),
                ("To", CC),
                ("Subject", "unsubscribe AE-PR-2709-BB"),
                ("Date", D("2027-09-14 10:30:48", 0)),
                ("Message-ID", "<SJ2PR13MB61047C0E5D2B9A14F3D1E8A6C1F02@SJ2PR13MB6104.namprd13.prod.outlook.com>"),
                ("MIME-Version", "1.0")),
      labels=["marketing_opt_out"],
      cat="client unsubscribe (List-Unsubscribe mailto)", lang="en", program="Outlook.com unsubscribe",
      note="Outlook.com's Unsubscribe on the Budget Billing promo: empty body, subject from our mailto; a person's click."))

add(M("pat-no-thanks-bb", "2027-09-14 12:05:31", "cc", "gmail", ("Pat Oberbroeckling", "patoberbroeckling@gmail.com"),
      "Re: " + BB_SUBJ,
      gm("""No thank you. And please don't send me these advertisements anymore.

Pat

On """ + BBW_G + """ wrote:

""" + q_gt(BB_TEXT)),
      in_reply_to=bb_msgid("d2a64b17"),
      labels=["marketing_opt_out"], ent={"name": "Pat"},
      cat="opt-out (marketing)", lang="en", program="Gmail web",
      note="Declines the offer and asks for no more advertisements: marketing opt-out."))

add(M("question-mark-bb", "2027-09-14 13:20:06", "cc", "iphone", ("Dwight Lenz", "dlenz@icloud.com"),
      "Re: " + BB_SUBJ,
      ip("""?

Sent from my iPhone

""" + apple_quote(BB_TEXT, BBW, "Sep 14, 2027, at 10:05\u202fAM")),
      in_reply_to=bb_msgid("7b90e4c2"),
      unclear=True,
      cat="unclear (nothing decidable)", lang="en", program="iPhone Mail",
      note="A bare '?' over the promo: nothing decidable in his own words: unclear."))

add(M("unsubly-bb", "2027-09-14 14:45:10", "cc", "raw", ("Unsubly", "requests@unsubly-relay.com"),
      "Unsubscribe request",
      plain("""Hello,

One of our users has asked to be unsubscribed from your mailing list
"Alliant Energy" (campaign AE-PR-2709-BB).

Please remove this address from all future marketing sends:
  s8k2p4@unsubly-relay.com (forwarding to our user)

Thank you,
The Unsubly team
https://unsubly-relay.com
""", "us-ascii", cte="7bit"),
      env_from="requests@unsubly-relay.com", relay_host="smtp.unsubly-relay.com", relay_ip="198.51.100.219",
      dkim_d="unsubly-relay.com",
      client=CH(("From", "Unsubly <requests@unsubly-relay.com>"),
                ("To", CC),
                ("Subject", "Unsubscribe request"),
                ("Date", D("2027-09-14 14:45:10", 0)),
                ("Message-ID", "<req-s8k2p4-1789415110@unsubly-relay.com>"),
                ("MIME-Version", "1.0")),
      labels=["marketing_opt_out"],
      cat="inbox-cleaner unsubscribe (no Auto-Submitted)", lang="en", program="inbox-cleaning service",
      note="Inbox cleaner acting for 'one of our users' on the Budget Billing promo, no Auto-Submitted: marketing opt-out, acknowledged to the service address."))

_sendmail = """The original message was received at Tue, 14 Sep 2027 10:05:52 -0500
from mx2.alliant-energy.com [192.0.2.34]

   ----- The following addresses had permanent fatal errors -----
<dholub@westbranch-k12.org>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to local.westbranch-k12.org.:
>>> DATA
<<< 552 5.2.2 Mailbox full
554 5.0.0 Service unavailable
"""
add(M("sendmail-bounce-bb", "2027-09-14 16:00:27", "cc", "raw", ("Mail Delivery Subsystem", "MAILER-DAEMON@mail.westbranch-k12.org"),
      "Returned mail: see transcript for details",
      multi("report", [
          txt(_sendmail, "us-ascii", cte="7bit", qcs=False),
          attach("message/delivery-status", b"""Reporting-MTA: dns; mail.westbranch-k12.org
Received-From-MTA: DNS; mx2.alliant-energy.com
Arrival-Date: Tue, 14 Sep 2027 10:05:52 -0500

Final-Recipient: RFC822; dholub@westbranch-k12.org
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: Tue, 14 Sep 2027 16:00:25 -0500
""", None, disposition=None, cte="7bit", params=[]),
          attach("text/rfc822-headers", sent_headers("BB", "dholub@westbranch-k12.org", "3e55a0d8").encode(), None,
                 disposition=None, cte="7bit", params=[])],
          params=[("report-type", "delivery-status")], bstyle="tb"),
      env_from="", relay_host="mail.westbranch-k12.org", relay_ip="198.51.100.45", dkim_d=None, spf="none",
      dmarc="none", tls="12",
      client=CH(("Date", "Tue, 14 Sep 2027 16:00:27 -0500"),
                ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.westbranch-k12.org>"),
                ("Message-Id", "<202709142100.18EL0RkQ031544@mail.westbranch-k12.org>"),
                ("To", CC),
                ("MIME-Version", "1.0"),
                ("Subject", "Returned mail: see transcript for details"),
                ("Auto-Submitted", "auto-generated (failure)")),
      auto=True, cat="bounce", lang="en", program="Sendmail DSN",
      note="Sendmail 'Returned mail' DSN (mailbox full) for the Budget Billing promo."))

# ------------------------------------------------------------------------------------------- Wednesday 15
_ics2 = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Denise Harkness:mailto:dharkness@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=customer
 care@alliant-energy.com:mailto:customercare@alliant-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Vel
 asco:mailto:lvelasco@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Weekly triage of the privacy mailboxes: unclear
  items\\, opt-out backlog\\, anything the bot held for review.\\n
RRULE:FREQ=WEEKLY;BYDAY=TH
UID:040000008200E00074C5B7101A82E00800000000F0A9E1C7B3A6DB010000000000000000
 1000000089A41D7C6E2B0F40B5D3C81E4F09A2B6
SUMMARY;LANGUAGE=en-US:Privacy mailbox weekly triage
DTSTART;TZID=Central Standard Time:20270916T093000
DTEND;TZID=Central Standard Time:20270916T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270915124012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MAD-4 Conf Rm 2C / Teams
END:VEVENT
END:VCALENDAR
"""
add(M("cal-triage-internal", "2027-09-15 07:40:12", "cc", "internal", ("Denise Harkness", "dharkness@alliant-energy.com"),
      "Privacy mailbox weekly triage",
      multi("alternative", [
          txt("Weekly triage of the privacy mailboxes: unclear items, opt-out backlog, anything the bot held for review.\n",
              "utf-8", cte="quoted-printable"),
          html("<html><body><p>Weekly triage of the privacy mailboxes: unclear items, opt-out backlog, anything the bot held for review.</p></body></html>",
               "utf-8", cte="quoted-printable"),
          txt(_ics2, "utf-8", cte="base64", ctype="text/calendar", params=[("method", "REQUEST")])],
          bstyle="outlook"),
      env_from="dharkness@alliant-energy.com", mx="mx1",
      internal_received=["Received: from MADEXCH04.corp.alliant-energy.com (10.20.6.24) by\r\n mx1.alliant-energy.com (Postfix) with ESMTPS id 4ZdD2w0Kq9z3Ymn\r\n for <customercare@alliant-energy.com>; Wed, 15 Sep 2027 07:40:14 -0500 (CDT)"],
      client=CH(("From", "Denise Harkness <dharkness@alliant-energy.com>"),
                ("To", "customercare@alliant-energy.com, Luis Velasco <lvelasco@alliant-energy.com>"),
                ("Subject", "Privacy mailbox weekly triage"),
                ("Thread-Topic", "Privacy mailbox weekly triage"),
                ("Thread-Index", "AdwCq1e4r9E0FqZ6T0y8bX2wE4p1Qg=="),
                ("Date", "Wed, 15 Sep 2027 12:40:12 +0000"),
                ("Message-ID", "<MADEXCH04F1A7C2B9E0D43A8@MADEXCH04.corp.alliant-energy.com>"),
                ("Accept-Language", "en-US"),
                ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""),
                ("MIME-Version", "1.0")),
      auto=True, cat="calendar invitation", lang="en", program="Outlook (Exchange) meeting request",
      note="Colleague's recurring meeting request (text/calendar) to the mailbox: calendar invitation, automated."))

add(M("hodzic-esl-share", "2027-09-15 13:30:44", "ph", "gmail", ("Amra Hod\u017ei\u0107", "amrahodzic.fdl@gmail.com"),
      "Catalog name",
      gm("""Hello,

Please not to give my name and address to other company. I like to receive your catalog, only this one. Other catalogs I not want.

Thank you,
Amra Hod\u017ei\u0107
Fond du Lac 54935
"""),
      labels=["catalog_share_opt_out"], ent={"name": "Amra Hod\u017ei\u0107", "postal_code": "54935"},
      cat="opt-out (sharing)", lang="en (second-language)", program="Gmail web",
      note="Second-language writer: keep our catalog, don't pass the name on ('other catalogs I not want' = the shared ones): sharing opt-out only."))

add(M("sharon-keep-bill", "2027-09-15 15:20:02", "cc", "gmail_android", ("Sharon Wiebke", "sharonwiebke@gmail.com"),
      "Ads and paper bill",
      gm("""If I opt out of your advertising will I still get my paper bill in the mail? My husband does the bills and he doesn't do computers. I want the ads stopped but NOT the bill.

Sharon
"""),
      labels=["marketing_opt_out", "question"], ent={"name": "Sharon"},
      cat="opt-out + question", lang="en", program="Gmail Android",
      note="Question (will the paper bill continue?) plus a clear 'I want the ads stopped': both labels."))

add(M("vandersee-three-copies", "2027-09-15 18:45:37", "ph", "iphone", ("Jill Vandersee", "jvandersee@icloud.com"),
      "3 catalogs",
      ip("""Hi, we get three copies of the PowerHouse catalog at our house. One to me, one to my husband and one to "Current Resident". Can you just send one? Seems like a waste.

Jill Vandersee
Decorah 52101

Sent from my iPhone"""),
      labels=["question"], ent={"name": "Jill Vandersee", "postal_code": "52101"},
      cat="question (duplicate mailings)", lang="en", program="iPhone Mail",
      note="Wants fewer copies, not none: a list-maintenance question, not an opt-out."))

# ------------------------------------------------------------------------------------------- Thursday 16
add(M("zhang-student", "2027-09-16 08:10:26", "ph", "gmail", ("Wei Zhang", "weizhang.uiu@gmail.com"),
      "About the PowerHouse email",
      gm("""Hello,

I receive email from PowerHouse but I never buy anything from it. Please unsubscribe me. Also I want to know how do you get my email address? I only have electricity account in my apartment since August.

Thank you.
Wei Zhang
"""),
      labels=["marketing_opt_out", "question"], ent={"name": "Wei Zhang"},
      cat="opt-out + question", lang="en (second-language)", program="Gmail web",
      note="International student: unsubscribe (opt-out) and how did you get my e-mail (question)."))

add(M("late-fp-mixed", "2027-09-16 12:30:58", "ph", "yahoo", ("Rocio Maldonado", "rocio.maldonado81@yahoo.com"),
      "Re: " + FP_SUBJ,
      yh("""Por favor unsubscribe me, ya no vivo en Iowa. Me mud\u00e9 a Texas en junio.

""" + yahoo_quote(FP_TEXT, "PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
                  "martes, 7 de septiembre de 2027, 09:02:11 a.m. CDT"), "maldonado"),
      in_reply_to=fp_msgid("a4c9e201"),
      labels=["marketing_opt_out"],
      cat="opt-out (marketing)", lang="mixed es/en", program="Yahoo Mail web (Spanish)",
      note="Late Spanish/English reply over the Fall Preview: 'unsubscribe me', moved away (context, not a change-of-address request)."))

add(M("soto-new-trailer-es", "2027-09-16 20:00:19", "cc", "gmail_android", ("Efra\u00edn Soto", "efrainsoto.lancaster@gmail.com"),
      "Poner la luz a mi nombre",
      gm("""Buenas noches,

Me acabo de mudar a una traila cerca de Lancaster, WI para trabajar en una lecher\u00eda. El due\u00f1o dice que tengo que poner la luz a mi nombre. \u00bfQu\u00e9 necesito? No tengo n\u00famero de seguro social, tengo ITIN. \u00bfSe puede hacer por tel\u00e9fono en espa\u00f1ol?

Gracias,
Efra\u00edn Soto
"""),
      labels=["question"], ent={"name": "Efra\u00edn Soto"},
      cat="question (start service)", lang="es", program="Gmail Android (Spanish)",
      note="Spanish question on putting service in his name with an ITIN: question; nothing about marketing."))

add(M("voss-wife-ack", "2027-09-16 09:15:43", "ph", "windstream", ("Harold Voss", "hjvoss@windstream.net"),
      "Re: " + ack_subj("CC-2027-09-04311"),
      plain("""Thank you for your reply. Please do the same for my wife, Carol Voss.
Same address.

Harold J. Voss

On 9/8/2027 8:30 AM, Alliant Energy Customer Care wrote:
""" + q_gt(ack_text("CC-2027-09-04311", "September 8, 2027")) + "\n", "us-ascii", cte="7bit"),
      tb_style=True, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0",
      in_reply_to=ack_msgid("CC-2027-09-04311"),
      unclear=True, ent={"name": "Carol Voss"},
      cat="unclear (on behalf of spouse, 'do the same')", lang="en", program="Thunderbird (Windstream)",
      note="Reply to our ack: 'do the same' for his wife; the ack does not say what was done and he writes for his spouse: unclear, entity names her."))

add(M("whitfield-first-house", "2027-09-17 11:50:04", "ph", "gmail", ("Jalen Whitfield", "jalenwhitfield22@gmail.com"),
      "Why am I getting ads",
      gm("""Hey,

I just bought my first house in Janesville and set up electric service last month. Now I'm getting PowerHouse ads in the mail and in my email. I never signed up for any mailing list. Please stop sending them, and explain how my info ended up with the catalog in the first place.

Jalen Whitfield
53545
"""),
      labels=["marketing_opt_out", "question"], ent={"name": "Jalen Whitfield", "postal_code": "53545"},
      cat="opt-out + question", lang="en", program="Gmail web",
      note="New homeowner: stop the ads (both channels) and explain how the catalog got his info: opt-out + question; a bare ZIP counts."))

add(M("budget-signup", "2027-09-17 14:15:36", "cc", "aol", ("Dorothy Hughes", "dhughes1949@aol.com"),
      "Re: " + BB_SUBJ,
      yh("""Yes please sign me up for the budget billing. I am on Social Security and the winter bills are hard. My account is 4471 0098 21.

Dorothy Hughes

""" + yahoo_quote(BB_TEXT, BBW, "Tuesday, September 14, 2027 at 10:05:40 AM CDT"), "hughes"),
      in_reply_to=bb_msgid("5f1b8c36"),
      labels=["question"], ent={"name": "Dorothy Hughes", "account": "4471 0098 21"},
      cat="question (wants the offered program)", lang="en", program="AOL Mail web",
      note="'Yes, sign me up' under the promo: wanting more is a question (staff enrol her), never an opt-out."))
