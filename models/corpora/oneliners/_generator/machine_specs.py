"""The machine mail of the set: short auto-replies, read receipts, delivery notices, one-line spam."""
CC, PH = "customercare", "powerhousecatalog"


def M(sid, mbx, lang, kind, when, cat, program, note, **kw):
    d = dict(sid=sid, mbx=mbx, lang=lang, kind=kind, when=when, cat=cat, program=program, note=note)
    d.update(kw)
    return d


CAL = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
       "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261202T160000Z\nDTEND:20261202T163000Z\n"
       "DTSTAMP:20261124T151200Z\nORGANIZER;CN=Dana Whitcomb:mailto:dwhitcomb@lakeshoreprintmail.com\n"
       "UID:4k2v9q7m1s3t5u8w0x6y@google.com\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhousecatalog@alli\n"
       " ant-energy.com;X-NUM-GUESTS=0:mailto:powerhousecatalog@alliant-energy.com\n"
       "SUMMARY:Spring catalog proof review\nDESCRIPTION:15 min to go over the spring proof and the suppression f\n"
       " ile.\nLOCATION:Google Meet\nSEQUENCE:0\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n")

PHISH_HTML = ("<html><body><p>Invoice INV-20931 is overdue. Open the attached statement to review.</p>"
              "<script>window.location='hxxp://inv-portal-secure.example-billing.top/s?id=20931'</script></body></html>\n")

MACHINES = [
    # ---------------------------------------------------------------- auto-replies
    M("ooo-outlook", CC, "en", "auto_reply", "11-06 09:14", "auto-reply", "Exchange Online",
      "Out-of-office answer to our acknowledgement, Auto-Submitted: auto-replied: automated.",
      style="outlook", from_pair=("Sharon Pike", "sharon.pike@pikeandsons.com"), frm="sharon.pike@pikeandsons.com",
      person="Sharon Pike <sharon.pike@pikeandsons.com>", about=("ack_mo", "remove me from mailing list"),
      text="I'm out of the office until Monday 11/9 with limited access to email.", gap_min=1),
    M("no-longer-monitored", CC, "en", "auto_reply", "11-03 10:02", "auto-reply", "cPanel autoresponder",
      "Headerless auto-reply (no Auto-Submitted) saying the address is not monitored: automated by the rulebook "
      "(Headerless auto-replies).",
      from_pair=("Riverbend Catering", "info@riverbendcatering.com"),
      frm="info@riverbendcatering.com", person="info@riverbendcatering.com", about="newsletter_nov",
      subject="Re: Energy Connections | November 2026", auto_submitted=False,
      text="This mailbox is no longer monitored. Please contact orders@riverbendcatering.com.", gap_min=2),
    M("ooo-es", CC, "es", "auto_reply", "12-18 15:40", "auto-reply", "Exchange Online (es)",
      "Spanish out-of-office ('Respuesta automática'), Auto-Submitted: automated.",
      style="outlook", content_language="es-US", prefix="Respuesta automática: ",
      from_pair=("Lucía Benítez", "lbenitez@benitezlandscaping.com"), frm="lbenitez@benitezlandscaping.com",
      person="Lucía Benítez <lbenitez@benitezlandscaping.com>", about=("ack_mo_es", "No más correos"),
      text="Estoy de vacaciones hasta el 4 de enero. Gracias.", gap_min=1),
    M("ooo-catalog-redirect", PH, "en", "auto_reply", "11-10 13:21", "auto-reply", "Google Workspace vacation",
      "Vacation responder from a former buyer, answering our catalog e-mail; mentions catalog orders but asks "
      "nothing of us. Auto-Submitted: automated.",
      from_pair=("Mike Danner", "mdanner@hilltopgeneralstore.com"), frm="mdanner@hilltopgeneralstore.com",
      person="mdanner@hilltopgeneralstore.com", about="catalog_holiday", prefix="Re: ",
      text="I no longer handle catalog orders for Hilltop. Please contact purchasing@hilltopgeneralstore.com.",
      gap_min=3, extra=["Precedence: bulk"]),
    M("terse-received", CC, "en", "auto_reply", "10-20 14:31", "auto-reply", "procmail autoresponder",
      "One-word autoresponder ('Received.') to our acknowledgement, Auto-Submitted + Precedence: automated.",
      from_pair=("", "office@johnsonfamilydental.net"), frm="office@johnsonfamilydental.net",
      person="office@johnsonfamilydental.net", about=("ack_mo", "Marketing"), subject="Re: Re: Marketing",
      text="Received.", gap_min=1, extra=["Precedence: auto_reply", "X-Autoreply: yes"]),
    M("headerless-es", CC, "es", "auto_reply", "09-23 08:10", "auto-reply", "webmail autoresponder",
      "Spanish headerless auto-reply ('I no longer work here'), no Auto-Submitted: automated (rulebook: Headerless "
      "auto-replies).",
      from_pair=("Ernesto Villa", "evilla@midwestfoodsupply.com"), frm="evilla@midwestfoodsupply.com",
      person="evilla@midwestfoodsupply.com", about="promo_es", subject="Re: Ahorre hasta $100 en un termostato inteligente",
      auto_submitted=False, text="Ya no trabajo en esta empresa. Escriba a compras@midwestfoodsupply.com.", gap_min=4),
    M("autoreply-es", PH, "es", "auto_reply", "12-02 17:05", "auto-reply", "Zendesk-style autoresponder",
      "Spanish ticket-system auto-acknowledgement ('we will answer soon'), Auto-Submitted: automated.",
      from_pair=("Servicio al Cliente Tienda Lupita", "ayuda@tiendalupita.com"), frm="ayuda@tiendalupita.com",
      person="ayuda@tiendalupita.com", about=("ack_cso", "No compartan mis datos"),
      subject="Re: Re: No compartan mis datos [#8812]",
      text="Gracias por su mensaje. Le responderemos lo antes posible.", gap_min=1),
    # ---------------------------------------------------------------- read receipts
    M("mdn-outlook", PH, "en", "mdn", "11-13 08:22", "read receipt", "Microsoft Outlook 16.0",
      "Outlook read receipt for our acknowledgement: multipart/report disposition-notification, automated.",
      style="outlook", reader=("Gail Thorson", "gthorson@thorsonagri.com"),
      person="Gail Thorson <gthorson@thorsonagri.com>", about=("ack_cso", "don't share my address"), gap_min=900),
    M("mdn-thunderbird", CC, "en", "mdn", "10-22 19:40", "read receipt", "Thunderbird",
      "Thunderbird 'Return Receipt (displayed)' for our acknowledgement: automated.",
      style="thunderbird", reader=("Paul Erdmann", "perdmann@tds.net"), person="Paul Erdmann <perdmann@tds.net>",
      about=("ack_mo", "unsubscribe"), gap_min=400),
    M("mdn-es", CC, "es", "mdn", "11-19 10:15", "read receipt", "Microsoft Outlook 16.0 (es)",
      "Spanish Outlook read receipt ('Leído:'): automated.",
      style="outlook_es", reader=("Marisol Paredes", "mparedes@hotmail.com"),
      person="Marisol Paredes <mparedes@hotmail.com>", about=("ack_mo_es", "No quiero más ofertas"), gap_min=1200),
    # ---------------------------------------------------------------- delivery notices
    M("dsn-postfix", CC, "en", "dsn", "10-16 11:02", "bounce", "Postfix",
      "Postfix bounce of our acknowledgement (user unknown): automated.",
      mta="postfix", host="mail.tds.net", ip="204.246.1.22", frm="MAILER-DAEMON@mail.tds.net (Mail Delivery System)",
      subject="Undelivered Mail Returned to Sender", person="bschrader@tds.net", about=("ack_mo", "stop mailing"),
      status="5.1.1", action="failed", diag="550 5.1.1 <bschrader@tds.net>: Recipient address rejected: User unknown",
      remote="mx.tds.net", gap_min=1,
      text="This is the mail system at host mail.tds.net.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
           "<{rcpt}>: host mx.tds.net[204.246.1.30] said: 550 5.1.1 <{rcpt}>:\n"
           "    Recipient address rejected: User unknown (in reply to RCPT TO command)\n"),
    M("dsn-exim", PH, "en", "dsn", "09-15 22:47", "bounce", "Exim",
      "Exim bounce of our catalog e-mail (mailbox full): automated.",
      mta="exim", host="mx2.mediacomcc.example", frm="Mail Delivery System <Mailer-Daemon@mx2.mediacomcc.example>",
      subject="Mail delivery failed: returning message to sender", person="jdoerr@mchsi.com", about="catalog_fall",
      status="5.2.2", action="failed", diag="552 5.2.2 Mailbox full", gap_min=2,
      text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
           "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
           "  {rcpt}\n    mailbox is full: retry timeout exceeded\n"),
    M("dsn-gmail", CC, "en", "dsn", "12-03 16:40", "bounce", "Gmail",
      "Gmail 'Address not found' bounce of our acknowledgement: automated.",
      mta="gmail", host="mail-sor-f69.google.com", ip="209.85.220.69",
      frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      subject="Delivery Status Notification (Failure)", person="dkoenig1958@gmail.com", about=("ack_mo", "No mail"),
      status="5.1.1", action="failed",
      diag="550-5.1.1 The email account that you tried to reach does not exist.", gap_min=1,
      text="Address not found\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, or is "
           "unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you "
           "tried to reach does not exist.\n"),
    M("dsn-delay-o365", CC, "en", "dsn", "11-25 06:30", "delay notice", "Exchange Online",
      "Exchange 'Delivery delayed' notice for our acknowledgement: automated, not a request.",
      mta="exchange", host="BN8PR12MB3345.namprd12.prod.outlook.com", ip="40.107.220.93",
      frm="Microsoft Outlook <postmaster@outlook.com>", subject="Delivery delayed: Re: Remove from list",
      person="hr@cedarvalleyfab.com", about=("ack_mo", "Remove from list"), status="4.4.7", action="delayed",
      diag="450 4.4.7 Message delayed", gap_min=360, return_headers_only=True,
      text="Delivery is delayed to these recipients or groups:\n\n{rcpt}\n\nSubject: Re: Remove from list\n\n"
           "This message hasn't been delivered yet. Delivery will continue to be attempted.\n"),
    M("dsn-yahoo", PH, "en", "dsn", "11-11 02:14", "bounce", "Yahoo",
      "Yahoo 'Failure Notice' for our catalog e-mail: automated.",
      mta="yahoo", host="sonic313-15.consmr.mail.ne1.yahoo.com", ip="66.163.188.150",
      frm="MAILER-DAEMON@yahoo.com", subject="Failure Notice", person="mkrause_77@yahoo.com", about="catalog_holiday",
      status="5.0.0", action="failed", diag="554 delivery error: dd This user doesn't have a yahoo.com account", gap_min=3,
      text="Sorry, we were unable to deliver your message to the following address.\n\n<{rcpt}>:\n"
           "554: delivery error: dd This user doesn't have a yahoo.com account\n"),
    M("dsn-icloud-delay", PH, "en", "dsn", "10-24 07:55", "delay notice", "iCloud Mail",
      "Delay notice for our acknowledgement to an iCloud address: automated.",
      mta="icloud", host="st43p00im-ztfb10073301.me.com", ip="17.58.63.180",
      frm="Mail Delivery System <MAILER-DAEMON@st43p00im-ztfb10073301.me.com>",
      subject="Delivery Status Notification (Delay)", person="lkaufman@me.com", about=("ack_cso", "Privacy"),
      status="4.2.1", action="delayed", diag="421 4.2.1 mailbox temporarily unavailable", gap_min=240,
      text="This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n"
           "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n"
           "     {rcpt}\n"),
    M("dsn-gmail-es", CC, "es", "dsn", "10-05 13:27", "bounce", "Gmail (es)",
      "Spanish Gmail bounce ('No se encontró la dirección') of our acknowledgement: automated.",
      mta="gmail", host="mail-sor-f41.google.com", ip="209.85.220.41",
      frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      subject="Notificación de estado de entrega (error)", person="sofia.mendez.ia@gmail.com",
      about=("ack_mo_es", "Ya no quiero correos"), status="5.1.1", action="failed",
      diag="550-5.1.1 The email account that you tried to reach does not exist.", gap_min=1,
      charset="utf-8", cte="quoted-printable",
      text="No se encontró la dirección\n\nTu mensaje no se entregó a {rcpt} porque no se encontró la dirección o "
           "esta no puede recibir correos.\n"),
    M("dsn-relay-success", CC, "en", "dsn", "09-10 15:12", "delivery notice", "Sendmail",
      "Success DSN ('relayed to a system that does not support DSN') for our acknowledgement: automated.",
      mta="sendmail", host="smtp.cityoffortdodge.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.cityoffortdodge.example>",
      subject="Return receipt", person="utilities@cityoffortdodge.example", about=("ack_mo", "Mailing"),
      status="2.0.0", action="relayed", diag="250 2.0.0 Ok: queued", gap_min=1, return_headers_only=True,
      text="The original message was received at {date}\nfrom mx1.alliant-energy.com [199.47.214.20]\n\n"
           "   ----- The following addresses had successful delivery notifications -----\n"
           "<{rcpt}>  (relayed to non-DSN-aware mailer)\n"),
    M("ndr-o365", CC, "en", "dsn", "12-09 09:03", "bounce", "Exchange Online",
      "Exchange 'Undeliverable' NDR for our acknowledgement; the returned headers carry an opt-out subject, but "
      "none of it is a new request: automated.",
      mta="exchange", host="MN2PR19MB4022.namprd19.prod.outlook.com", ip="40.107.236.71",
      frm="Microsoft Outlook <MAILER-DAEMON@MN2PR19MB4022.namprd19.prod.outlook.com>",
      subject="Undeliverable: Re: Please remove me", person="rtollefson@fayettecoop.example",
      about=("ack_mo", "Please remove me"), status="5.1.10", action="failed",
      diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", gap_min=1,
      return_headers_only=True,
      text="Your message to {rcpt} couldn't be delivered.\n\n{rcpt} wasn't found at fayettecoop.example.\n\n"
           "Action Required: Recipient\nUnknown To address\n"),
    # ---------------------------------------------------------------- spam, phishing, outreach
    M("spam-giftcard", CC, "en", "simple", "10-11 03:33", "spam", "bulk mailer",
      "One-line gift-card spam: automated.",
      frm="Rewards Center <claim@rwd-center-winner.example>", subject="Congrats! Your $500 gift card is waiting",
      text="Congrats! You've been selected for a $500 gift card >> hxxp://rwd-center-winner.example/claim",
      extra=["Precedence: bulk"]),
    M("seo-outreach", CC, "en", "simple", "09-16 10:21", "cold outreach", "outreach tool",
      "One-line SEO cold outreach: automated (rulebook: cold sales and SEO outreach).",
      frm="Ravi from RankLift <ravi@ranklift-seo.example>", subject="Quick question about alliant-energy.com",
      text="Hi, can I send you a quote to get alliant-energy.com on page 1 of Google? -Ravi",
      extra=["X-Mailer: Lemlist"]),
    M("phish-mailbox", PH, "en", "simple", "10-29 04:02", "phishing", "spam kit",
      "Mailbox-full phishing one-liner: automated.",
      frm="Mail Admin <admin@alliant-energy-mailsupport.example>", subject="Mailbox storage full - verify now",
      text="Your mailbox is 99% full. Verify here to avoid losing mail: hxxp://alliant-energy-mailsupport.example/v",
      html="<html><body><p>Your mailbox is 99% full. <a href=\"hxxp://alliant-energy-mailsupport.example/v\">Verify "
           "here</a> to avoid losing mail.</p></body></html>\n"),
    M("spam-es", CC, "es", "simple", "11-15 05:18", "spam", "bulk mailer",
      "Spanish money-from-home spam one-liner: automated.",
      frm="Oportunidad <info@ganar-en-casa.example>", subject="Gane $500 al día desde su casa",
      text="Gane $500 al día desde su casa. Responda SÍ para más información.", charset="utf-8", cte="base64"),
    M("phish-invoice-attach", PH, "en", "simple", "12-10 02:45", "phishing", "spam kit",
      "Invoice phishing with an HTML attachment that redirects: automated.",
      frm="Accounts Receivable <ar@invoices-dept.example>", subject="Invoice INV-20931 overdue",
      text="Please see attached invoice and remit today.",
      attach=("INV-20931.html", "text/html", PHISH_HTML)),
    M("phish-es", CC, "es", "simple", "12-13 01:09", "phishing", "spam kit",
      "Spanish account-suspension phishing one-liner: automated.",
      frm="Seguridad de la Cuenta <seguridad@verificacion-cuenta.example>",
      subject="Su cuenta será suspendida",
      text="Su cuenta será suspendida en 24 horas. Verifique aquí: hxxp://verificacion-cuenta.example/login",
      charset="iso-8859-1", cte="quoted-printable"),
    M("crypto-spam", PH, "en", "simple", "11-28 00:37", "spam", "bulk mailer",
      "Crypto spam with an emoji subject: automated.",
      frm="Bonus Desk <desk@cryptobonus-now.example>", subject="\U0001F680 1 BTC bonus waiting for you",
      text="Your 1 BTC bonus expires tonight. Claim: hxxp://cryptobonus-now.example", cte="quoted-printable"),
    # ---------------------------------------------------------------- other non-requests
    M("delivery-package", PH, "en", "simple", "10-14 14:20", "system notification", "shipping notifier",
      "Package delivery notification from a shipping service (misaddressed to the catalog box): automated.",
      frm="ShipTrack Notifications <no-reply@shiptrack-notify.example>", subject="Delivered: your package 1Z84X2910344",
      text="Your package 1Z84X2910344 was delivered at 2:14 PM to the front desk.",
      html="<html><body><table><tr><td>Your package <b>1Z84X2910344</b> was delivered at 2:14 PM to the front desk."
           "</td></tr></table></body></html>\n", extra=["Auto-Submitted: auto-generated"]),
    M("challenge-response", CC, "en", "simple", "09-30 18:06", "challenge-response", "challenge-response service",
      "Challenge-response verification request answering our acknowledgement: automated (rulebook).",
      frm="Boxguard for Tom Ruhl <verify@boxguard-mail.example>", subject="Re: Re: unsubscribe [please verify]",
      text="I'm protecting myself from spam. Please click once to be added to my approved senders: "
           "hxxp://boxguard-mail.example/v/7Hq2",
      extra=["Auto-Submitted: auto-replied"]),
    M("calendar-invite", PH, "en", "simple", "11-24 09:12", "calendar invitation", "Google Calendar",
      "Vendor calendar invitation (text/calendar) mentioning a suppression file: automated, not a request.",
      frm="Dana Whitcomb <dwhitcomb@lakeshoreprintmail.com>",
      subject="Invitation: Spring catalog proof review @ Wed Dec 2, 2026 10am - 10:30am (CST)",
      text="Dana Whitcomb has invited you to Spring catalog proof review.\nWed Dec 2, 2026 10am - 10:30am (CST)",
      calendar=CAL, msgid="<calendar-4d1f0c3e-9b7a-4e52-8c61-2a7f5e9d0b13@google.com>",
      relay=("mail-yb1-f201.google.com", "209.85.219.201"), return_path="dwhitcomb@lakeshoreprintmail.com"),
    M("suppression-report", PH, "en", "simple", "12-07 05:00", "vendor system mail", "mail-house job system",
      "Mail house's suppression-file job report: uses 'suppression' and 'opt-out' but is vendor system mail: "
      "automated (rulebook: Not a request at all).",
      frm="Lakeshore Print & Mail Jobs <jobs@lakeshoreprintmail.com>", subject="Job 26-1207 suppression file processed",
      text="Job 26-1207: opt-out suppression file processed, 1,204 records matched, 37 added. No action needed.",
      extra=["Auto-Submitted: auto-generated", "X-Job-Id: 26-1207"]),
    M("list-post", CC, "en", "simple", "10-07 20:44", "mailing-list post", "Mailman",
      "A neighborhood mailing-list post (customercare is on the list): list traffic, automated.",
      frm="Gretchen Ahl <gahl@tds.net>", subject="[eastside-neighbors] thermostat rebate?",
      to="eastside-neighbors@lists.eastsidemadison.example",
      text="Anyone know if the Alliant thermostat rebate stacks with Focus on Energy?\n\n"
           "_______________________________________________\neastside-neighbors mailing list\n"
           "eastside-neighbors@lists.eastsidemadison.example\n"
           "https://lists.eastsidemadison.example/mailman/listinfo/eastside-neighbors",
      extra=["List-Id: Eastside Madison neighbors <eastside-neighbors.lists.eastsidemadison.example>",
             "List-Unsubscribe: <mailto:eastside-neighbors-leave@lists.eastsidemadison.example>",
             "Precedence: list", "Sender: \"eastside-neighbors\" <eastside-neighbors-bounces@lists.eastsidemadison.example>"],
      return_path="eastside-neighbors-bounces@lists.eastsidemadison.example"),
    M("vendor-newsletter", CC, "en", "simple", "11-17 06:00", "newsletter", "Mailchimp",
      "A trade newsletter sent in bulk to customercare: automated.",
      frm="Utility Marketing Weekly <news@utilitymarketingweekly.example>",
      subject="This week: 5 subject lines that lift opt-ins",
      text="This week: 5 subject lines that lift opt-ins. Read: hxxp://utilitymarketingweekly.example/w46\n\n"
           "Unsubscribe: hxxp://utilitymarketingweekly.example/u",
      html="<html><body><p>This week: 5 subject lines that lift opt-ins. <a href=\"hxxp://utilitymarketingweekly.example/w46\">"
           "Read</a></p><p style=\"font-size:11px\"><a href=\"hxxp://utilitymarketingweekly.example/u\">Unsubscribe</a>"
           "</p></body></html>\n",
      extra=["List-Unsubscribe: <hxxp://utilitymarketingweekly.example/u>", "Precedence: bulk",
             "X-Mailer: Mailchimp Mailer - **CID5e3b7a1f**"]),
    M("arf-yahoo", CC, "en", "arf", "10-09 11:55", "abuse report", "Yahoo feedback loop",
      "Yahoo feedback-loop abuse report about our promotion: the subscriber's 'spam' click arrives as an ARF; "
      "automated (not a request mailed by a person).",
      frm="Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>", subject="FW: Save up to $100 on a smart thermostat this fall",
      person="lmoeller@yahoo.com", about="promo_thermostat", relay=("mta1002.arf.mail.bf1.yahoo.com", "98.136.44.61"), ua="Yahoo!-Mail-Feedback/2.0", gap_min=2880,
      text="This is an email abuse report for an email message received from IP 199.47.214.31 on {date}.\n"
           "For more information about this format please see http://www.mipassoc.org/arf/.\n"),
]
