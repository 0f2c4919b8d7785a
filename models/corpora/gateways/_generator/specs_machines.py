"""Machines and mail that is not a request: bounces, delays, auto-replies, ticket acks, lists, other companies'
newsletters, receipts, spam and phishing, calendars, vendor and system notices. All automated, no labels."""
import datetime as dt

import ours
from kit import M, plain, alt, html_of, CC, PHC
from mime import text, multi, attachment, raw_part, when, rfc_date, to_utc, BOX, hexid, jpeg, wav, tiff

SPECS = []


def auto(id, cat, box, frm, subject, body, client, note, **kw):
    SPECS.append(M(id, "auto:" + cat, box, frm, subject, body, client=client, note=note, automated=True, **kw))


def orig(kind, rcpt, id, box):
    d = when(id) - dt.timedelta(minutes=7)
    return ours.raw(kind, rcpt, d, id), d


def dsn(id, mta, rcpt, status, diag, human, kind, box, action="failed", headers_only=False, human_html=False,
        extra_dsn=""):
    raw, d = orig(kind, rcpt, id, box)
    ds = ("Reporting-MTA: dns; %s\n%sArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n"
          "Diagnostic-Code: smtp; %s\n" % (mta, extra_dsn, rfc_date(d), rcpt, action, status, diag))
    if action == "delayed":
        ds += "Will-Retry-Until: %s\n" % rfc_date(d + dt.timedelta(days=5))
    hum = alt(human) if human_html else plain(human)
    if headers_only:
        last = raw_part("text/rfc822-headers", ours.headers_only(kind, rcpt, d, id))
    else:
        last = raw_part("message/rfc822", raw)
    return multi("report", [hum, raw_part("message/delivery-status", ds), last],
                 params=[("report-type", "delivery-status")])


# ---------------------------------------------------------------- bounces
auto("bounce-exchange", "bounce", CC, ("Microsoft Outlook", "postmaster@cedarvalleyclinic.org"),
     "Undeliverable: " + ours.subject("energy_promo"),
     dsn("bounce-exchange", "BN8PR12MB3325.namprd12.prod.outlook.com", "mhoffman@cedarvalleyclinic.org", "5.1.10",
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         "Your message to mhoffman@cedarvalleyclinic.org couldn't be delivered.\n\n"
         "mhoffman wasn't found at cedarvalleyclinic.org.\n\nAction Required: Recipient\n"
         "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.",
         "energy_promo", CC, human_html=True),
     "exchange-ndr", "Exchange NDR (multipart/report) returning our promotion with its unsubscribe footer",
     return_path="", headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
auto("bounce-postfix", "bounce", PHC, ("Mail Delivery System", "MAILER-DAEMON@smtp.mchsi-relay.net"),
     "Undelivered Mail Returned to Sender",
     dsn("bounce-postfix", "smtp.mchsi-relay.net", "oldfarmer52@mchsi.com", "5.1.1",
         "550 5.1.1 <oldfarmer52@mchsi.com>: Recipient address rejected: User unknown",
         "This is the mail system at host smtp.mchsi-relay.net.\n\nI'm sorry to have to inform you that your "
         "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
         "For further assistance, please send mail to postmaster.\n\n"
         "If you do so, please include this problem report. You can\ndelete your own text from the attached "
         "returned message.\n\n                   The mail system\n\n<oldfarmer52@mchsi.com>: host "
         "mx.mchsi.com said: 550 5.1.1 User unknown",
         "catalog_promo", PHC, headers_only=True, extra_dsn="X-Postfix-Queue-ID: 4bT9xQ1Zk2z9vKb\n"),
     "postfix", "Postfix bounce with text/rfc822-headers of our catalog promotion (List-Unsubscribe in headers)",
     return_path="", headers=[("Auto-Submitted", "auto-replied")])
raw3, _ = orig("catalog_promo", "jkrause@iowatelecom.net", "bounce-exim", PHC)
auto("bounce-exim", "bounce", PHC, ("Mail Delivery System", "Mailer-Daemon@mx3.iowatelecom.net"),
     "Mail delivery failed: returning message to sender",
     plain("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
           "error. The following address(es) failed:\n\n  jkrause@iowatelecom.net\n    "
           "mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, including all the "
           "headers. ------\n\n" + raw3.replace("\r\n", "\n")),
     "exim", "Exim plain-text bounce quoting our whole catalog promotion, 'reply UNSUBSCRIBE' and sharing footer included",
     return_path="", headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "jkrause@iowatelecom.net")])
raw4, _ = orig("energy_promo", "rgoetz@execpc.com", "bounce-qmail", CC)
auto("bounce-qmail", "bounce", CC, (None, "MAILER-DAEMON@mail.execpc.com"), "failure notice",
     plain("Hi. This is the qmail-send program at mail.execpc.com.\nI'm afraid I wasn't able to deliver your "
           "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out."
           "\n\n<rgoetz@execpc.com>:\nThis account has been disabled or discontinued [#102].\n\n"
           "--- Below this line is a copy of the message.\n\n" + raw4.replace("\r\n", "\n")),
     "qmail", "qmail failure notice, no Auto-Submitted, quoting our promotion's 'Unsubscribe' footer", return_path="")
auto("bounce-gmail", "bounce", CC, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
     "Delivery Status Notification (Failure)",
     dsn("bounce-gmail", "mx.google.com", "shannon.k.ries@gmail.com", "5.1.1",
         "550-5.1.1 The email account that you tried to reach does not exist.",
         "** Address not found **\n\nYour message wasn't delivered to shannon.k.ries@gmail.com because the address "
         "couldn't be found, or is unable to receive mail.\n\nLearn more here: "
         "https://support.google.com/mail/?p=NoSuchUser", "ack", CC, human_html=True),
     "gmail-dsn", "Gmail DSN returning our own acknowledgement ('We received your privacy request')",
     return_path="", headers=[("Auto-Submitted", "auto-replied")])
raw6, _ = orig("catalog_promo", "grandmabetty44@yahoo.com", "bounce-yahoo", PHC)
auto("bounce-yahoo", "bounce", PHC, (None, "MAILER-DAEMON@yahoo.com"), "Failure Notice",
     plain("Sorry, we were unable to deliver your message to the following address.\n\n"
           "<grandmabetty44@yahoo.com>:\n554: delivery error: dd This user doesn't have a yahoo.com account "
           "(grandmabetty44@yahoo.com) [0] - mta4011.mail.bf1.yahoo.com\n\n"
           "--- Below this line is a copy of the message.\n\n" + raw6.replace("\r\n", "\n")),
     "yahoo-bounce", "Yahoo plain failure notice quoting our catalog promo with its unsubscribe and do-not-share lines",
     return_path="")
auto("bounce-exchange-es", "bounce", CC, ("Microsoft Outlook", "postmaster@municipioejemplo.onmicrosoft.com"),
     "No se puede entregar: " + ours.subject("bill"),
     dsn("bounce-exchange-es", "SA1PR04MB8420.namprd04.prod.outlook.com", "rmendoza@municipioejemplo.com", "5.2.2",
         "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
         "No se pudo entregar el mensaje a rmendoza@municipioejemplo.com.\n\nEl buzón del destinatario está "
         "lleno y no puede aceptar mensajes en este momento.\n\nAcción necesaria: destinatario", "bill", CC),
     "exchange-ndr", "Spanish Exchange NDR for our bill notice (mailbox full)", lang="es", return_path="")
auto("bounce-vtext", "bounce", CC, (None, "postmaster@vtext.com"), "Returned mail: see transcript for details",
     dsn("bounce-vtext", "njbrspmtas01.vtext.com", "3195550011@vtext.com", "5.0.0",
         "550 5.0.0 Invalid recipient: 3195550011",
         "The original message was received from alerts.alliant-energy.com\n\n"
         "   ----- The following addresses had permanent fatal errors -----\n<3195550011@vtext.com>\n"
         "    (reason: 550 Invalid recipient)", "outage", CC, headers_only=True),
     "vtext-bounce", "the SMS gateway itself bouncing our outage alert: a machine from vtext.com, not a texting customer",
     return_path="")
raw9, _ = orig("bill", "cathy.wendt@outlook.com", "bounce-outlookcom", CC)
auto("bounce-outlookcom", "bounce", CC, ("Mail Delivery Subsystem", "postmaster@outlook.com"),
     "Undeliverable: " + ours.subject("bill"),
     multi("mixed", [plain("Delivery has failed to these recipients or groups:\n\ncathy.wendt@outlook.com\n"
                           "The recipient's mailbox is full and can't accept messages now. Please try resending "
                           "this message later, or contact the recipient directly."),
                     raw_part("message/rfc822", raw9)]),
     "outlook-com", "Outlook.com NDR as multipart/mixed with our bill notice attached", return_path="")
auto("delay-postfix", "delay", PHC, ("Mail Delivery System", "MAILER-DAEMON@mail.netins.net"),
     "Delayed Mail (still being retried)",
     dsn("delay-postfix", "mail.netins.net", "hvanwyk@netins.net", "4.4.1",
         "connect to mx.netins.net[205.246.28.5]:25: Connection timed out",
         "This is the mail system at host mail.netins.net.\n\n####################################################"
         "################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
         "####################################################################\n\nYour message could not be "
         "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.",
         "catalog_promo", PHC, action="delayed", headers_only=True),
     "postfix", "Postfix delay warning ('still being retried') for our catalog promotion", return_path="",
     headers=[("Auto-Submitted", "auto-replied")])
auto("delay-exchange", "delay", CC, ("Microsoft Outlook", "postmaster@mercyiowacity.org"),
     "Delivery delayed:" + ours.subject("energy_promo"),
     dsn("delay-exchange", "CH2PR05MB6871.namprd05.prod.outlook.com", "lstoltz@mercyiowacity.org", "4.4.7",
         "400 4.4.7 Message delayed", "Delivery is delayed to these recipients or groups:\n\n"
         "lstoltz@mercyiowacity.org\n\nThis message hasn't been delivered yet. Delivery will continue to be "
         "attempted.\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 53 "
         "minutes. You'll be notified if the message can't be delivered by that time.", "energy_promo", CC,
         action="delayed", headers_only=True),
     "exchange-ndr", "Exchange 'Delivery delayed' warning", return_path="")

# ---------------------------------------------------------------- out-of-office and no-longer-monitored
auto("ooo-exchange-en", "ooo", PHC, ("Barb Lechtenberg", "blechtenberg@kirkwood.edu"),
     "Automatic reply: " + ours.subject("catalog_promo"),
     alt("I am out of the office until Monday, April 20, with limited access to email. For urgent matters, "
         "please contact the front office at 319-555-0100.\n\nThank you,\nBarb"),
     "outlook-365", "Exchange automatic reply to our promo, with Auto-Submitted and X-Auto-Response-Suppress",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     in_reply_to=ours.msgid("catalog_promo", "ooo-exchange-en"))
auto("ooo-headerless-en", "ooo", CC, ("Dennis Hoch", "dhoch@hochfarmsupply.com"), "Out of Office",
     plain("I will be out of the office starting 06/22/2026 and will not return until 06/29/2026.\n\n"
           "If you need immediate assistance please call the store at 563-555-0175.\n"),
     "outlook-pc", "headerless out-of-office answering our bill notice: still automated per LABELS.md",
     in_reply_to=ours.msgid("bill", "ooo-headerless-en"))
auto("ooo-es-xautoreply", "ooo", CC, ("Lucía Paredes", "lparedes@clinicalatina-mke.org"),
     "Respuesta automática: " + ours.subject("energy_promo"),
     plain("Estoy fuera de la oficina hasta el 3 de agosto. Si su asunto es urgente, comuníquese con recepción "
           "al 414-555-0150.\n\nGracias,\nLucía Paredes"),
     "outlook-pc", "Spanish auto-reply marked only by X-Autoreply (no Auto-Submitted)", lang="es",
     headers=[("X-Autoreply", "yes")], in_reply_to=ours.msgid("energy_promo", "ooo-es-xautoreply"))
auto("ooo-es-headerless", "ooo", PHC, ("Ernesto Gallardo", "egallardo@gmail.com"), "Fuera de la oficina",
     plain("Hola, estoy de vacaciones y no tengo acceso a mi correo hasta el 15 de julio. Le respondo a mi regreso."
           "\n\nSaludos,\nErnesto\n"),
     "gmail", "Spanish vacation note with no auto-reply headers at all; headerless auto-replies are automated",
     lang="es", in_reply_to=ours.msgid("catalog_promo", "ooo-es-headerless"))
auto("ooo-gmail-vacation", "ooo", CC, ("Ruth Ann Sievers", "ruthann.sievers@gmail.com"), "Re: " + ours.subject("ack"),
     alt("Thanks for your message. I'm visiting family through the 12th and checking email only now and then."),
     "gmail", "Gmail vacation responder answering our acknowledgement (Auto-Submitted: auto-replied)",
     headers=[("Auto-Submitted", "auto-replied")], in_reply_to=ours.msgid("ack", "ooo-gmail-vacation"))
auto("no-longer-monitored", "ooo", CC, ("Info", "info@prairiedentalgroup.com"), "Re: " + ours.subject("energy_promo"),
     plain("This mailbox is no longer monitored. Please send all correspondence to frontdesk@prairiedentalgroup.com.\n"),
     "outlook-com", "'no longer monitored' reply without Auto-Submitted: a headerless auto-reply, automated",
     in_reply_to=ours.msgid("energy_promo", "no-longer-monitored"))

# ---------------------------------------------------------------- ticketing systems
auto("zendesk-quote", "ticket-ack", PHC, ("Heartland Gardens Support", "support@heartlandgardens.zendesk.com"),
     "[Heartland Gardens] Re: Please stop sharing my name",
     alt("##- Please type your reply above this line -##\n\nYour request (#48213) has been received and is being "
         "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
         "Nancy Feld (Heartland Gardens)\n\nNancy Feld wrote:\n\n"
         "Please stop sharing my name and address. I got your catalog because Alliant PowerHouse sold my name. "
         "Remove me from your list. Nancy Feld, 52057\n\n"
         "This email is a service from Heartland Gardens. Delivered by Zendesk"),
     "zendesk", "another company's Zendesk auto-ack to a customer's CC list; the opt-out words are quoted, not the sender's",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")],
     cc=["nancyfeld@mchsi.com"], to=["PowerHouse Catalog <powerhousecatalog@alliant-energy.com>"])
auto("freshdesk-promo", "ticket-ack", CC, ("Brightline HVAC Help Desk", "help@brightlinehvac.freshdesk.com"),
     "Ticket Received - " + ours.subject("energy_promo"),
     plain("Dear Alliant Energy,\n\nWe would like to acknowledge that we have received your request and a ticket has "
           "been created. A support representative will be reviewing your request and will send you a personal "
           "response (usually within 24 hours).\n\nTicket #311902\n\nYour original message:\n\n" +
           ours.OURS["energy_promo"]["text"]),
     "freshdesk", "Freshdesk auto-ack that turned our promotion into a ticket and quotes its unsubscribe lines",
     headers=[("Auto-Submitted", "auto-replied")])
auto("servicedesk-ack", "ticket-ack", CC, ("City of Ames IT Service Desk", "servicedesk@cityofames.org"),
     "[SD-20931] " + ours.subject("ack"),
     plain("Thank you for contacting the City of Ames IT Service Desk. Your request SD-20931 has been logged.\n\n"
           "Summary: We received your privacy request\nDescription:\n  Thank you for contacting us. We have recorded "
           "your request and will process it within 10 business days.\n\nPlease do not reply to this automated "
           "message."),
     "servicedesk", "municipal service desk logged our acknowledgement as a ticket; no Auto-Submitted, still automated")

# ---------------------------------------------------------------- lists, newsletters, promotions of others
auto("list-digest", "list", CC, (None, "iowa-consumers-request@lists.iowaconsumers.org"),
     "Iowa-Consumers Digest, Vol 14, Issue 9",
     plain("Send Iowa-Consumers mailing list submissions to\n\tiowa-consumers@lists.iowaconsumers.org\n\n"
           "Today's Topics:\n\n   1. How to get off the Alliant catalog list? (Dale P.)\n"
           "   2. Re: How to get off the Alliant catalog list? (Sue M.)\n\n"
           "----------------------------------------------------------------------\n\nMessage: 1\n"
           "From: Dale P.\nSubject: How to get off the Alliant catalog list?\n\nDoes anyone know how to stop the "
           "PowerHouse catalog? I want them to remove me and not sell my name.\n\nMessage: 2\nFrom: Sue M.\n\n"
           "Just email customercare@alliant-energy.com and say stop. Worked for me.\n\n"
           "_______________________________________________\nIowa-Consumers mailing list\n"
           "To unsubscribe: https://lists.iowaconsumers.org/mailman/options/iowa-consumers"),
     "mailman", "Mailman digest received because a member pasted our address; list members' words, not a request to us",
     headers=[("List-Id", "Iowa consumer talk <iowa-consumers.lists.iowaconsumers.org>"),
              ("List-Unsubscribe", "<https://lists.iowaconsumers.org/mailman/options/iowa-consumers>"),
              ("Precedence", "list")],
     to=["Iowa-Consumers <iowa-consumers@lists.iowaconsumers.org>", "customercare@alliant-energy.com"])
auto("list-post-groups", "list", PHC, ("Madison Catalog Collectors", "catalogcollectors@googlegroups.com"),
     "[catalog-collectors] PowerHouse spring catalog is out",
     plain("The new PowerHouse spring book came today, nice LED section. Anyone else still get the paper one?\n"
           "- Arnie\n\n--\nYou received this message because you are subscribed to the Google Groups \"Madison "
           "Catalog Collectors\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an "
           "email to catalogcollectors+unsubscribe@googlegroups.com."),
     "google-groups", "Google Groups post where our mailbox is a member; 'unsubscribe' is the group's footer",
     headers=[("List-Id", "<catalogcollectors.googlegroups.com>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:catalogcollectors+unsubscribe@googlegroups.com>")],
     sender="catalogcollectors@googlegroups.com", to=["Madison Catalog Collectors <catalogcollectors@googlegroups.com>",
                                                      "powerhousecatalog@alliant-energy.com"])
NEWS = ("Midwest Co-op Hardware Weekly\n\nThis week: 25% off snow blowers, free key cutting, and our fall workshop "
        "schedule.\n\nShop now: https://midwestcoophardware.com/weekly\n\n"
        "You are receiving this because you subscribed at midwestcoophardware.com.\n"
        "Manage preferences | Unsubscribe | Do not sell or share my personal information\n"
        "Midwest Co-op Hardware, 210 Main St, Decorah, IA 52101")
auto("newsletter-coop", "newsletter", PHC, ("Midwest Co-op Hardware", "news@e.midwestcoophardware.com"),
     "This week: 25% off snow blowers", alt(NEWS),
     "mailchimp", "another company's newsletter full of 'unsubscribe' and 'do not sell or share' links",
     headers=[("List-Unsubscribe", "<https://e.midwestcoophardware.com/u?id=8812>"), ("Precedence", "bulk"),
              ("X-Mailer", "Mailchimp Mailer - **CID9a1f**")])
auto("promo-garden-catalog", "newsletter", PHC, ("Heartland Gardens", "offers@heartlandgardens.com"),
     "Last chance: free shipping on bulbs",
     alt("Last chance for free shipping on fall bulbs!\n\nOrder by Sunday at heartlandgardens.com\n\n"
         "To stop receiving promotional e-mail, unsubscribe here. Update your preferences.\n"
         "We sometimes exchange names with other catalogs. To opt out of sharing, visit heartlandgardens.com/privacy."),
     "sendgrid", "another catalog's promotion with opt-out and sharing language of its own",
     headers=[("List-Unsubscribe", "<mailto:unsub-552@heartlandgardens.com>"), ("Precedence", "bulk")])
auto("promo-es-retail", "newsletter", CC, ("Tienda La Económica", "ofertas@laeconomica-mke.com"),
     "¡Ofertas de fin de semana!",
     alt("¡Ofertas de fin de semana en Tienda La Económica!\n\nArroz, frijol y aceite a mitad de precio.\n\n"
         "Si ya no desea recibir estos correos, haga clic en cancelar suscripción. Administrar preferencias."),
     "mailchimp", "Spanish retail promotion with 'cancelar suscripción' and 'administrar preferencias'", lang="es",
     headers=[("List-Unsubscribe", "<https://laeconomica-mke.us1.list-manage.com/unsubscribe>"), ("Precedence", "bulk")])

# ---------------------------------------------------------------- receipts
auto("mdn-report", "receipt", PHC, ("Glen Mikkelson", "gmikkelson@alliantmfg-supply.com"),
     "Read: " + ours.subject("ack"),
     multi("report", [plain("Your message\n\n  To: gmikkelson@alliantmfg-supply.com\n  Subject: " + ours.subject("ack") +
                            "\n\nwas read on 3/18/2026 2:14 PM."),
                      raw_part("message/disposition-notification",
                               "Reporting-UA: alliantmfg-supply.com; Microsoft Outlook 16.0\n"
                               "Final-Recipient: rfc822;gmikkelson@alliantmfg-supply.com\n"
                               "Original-Message-ID: " + ours.msgid("ack", "mdn-report") + "\n"
                               "Disposition: manual-action/MDN-sent-manually; displayed\n")],
           params=[("report-type", "disposition-notification")]),
     "outlook-pc", "MDN read receipt (multipart/report) for our acknowledgement")
auto("read-plain", "receipt", CC, ("Joanne Pietz", "jpietz@tds.net"), "Read: " + ours.subject("bill"),
     plain("Your message\n\n  To: jpietz@tds.net\n  Subject: " + ours.subject("bill") +
           "\n  Sent: Wednesday, September 9, 2026 7:02:14 AM (UTC-06:00) Central Time (US & Canada)\n\n"
           "was read on Wednesday, September 9, 2026 6:48:55 PM (UTC-06:00) Central Time (US & Canada)."),
     "outlook-pc", "plain-text 'Read:' receipt for a bill notice")

# ---------------------------------------------------------------- spam and phishing
auto("phish-confirm-unsub", "phish", CC, ("Alliant Energy Notices", "notice@alliant-energy-secure.co"),
     "Action required: confirm your unsubscribe",
     alt("Dear Customer,\n\nWe received a request to unsubscribe your account from Alliant Energy communications. "
         "To confirm your unsubscribe and avoid service interruption, verify your account within 24 hours:\n\n"
         "https://alliant-energy-secure.co/confirm?id=88213\n\nIf you do not confirm, your account will be "
         "suspended.\n\nAlliant Energy Privacy Team"),
     "phish-kit", "phishing that asks to 'confirm your unsubscribe' from a look-alike domain; not a request to us",
     auth="fail")
auto("phish-quota", "phish", PHC, ("Mail Admin", "admin@mailbox-quota-center.net"),
     "Your mailbox powerhousecatalog@alliant-energy.com is full",
     alt("Your mailbox has exceeded its storage limit. Incoming messages are on hold.\n\nClick here to "
         "release your pending messages: https://mailbox-quota-center.net/release\n\nIT Support"),
     "phish-kit", "credential phishing aimed at the mailbox", auth="fail")
auto("phish-optout-verify", "phish", PHC, ("Catalog Privacy Center", "privacy@catalog-optout-center.com"),
     "Your Do-Not-Share request is pending",
     alt("Hello,\n\nA Do-Not-Share / opt-out request was submitted for your address. To complete it, confirm your "
         "name, date of birth and card number at https://catalog-optout-center.com/verify\n\n"
         "Requests not verified in 48 hours are cancelled."),
     "phish-kit", "phishing that uses 'opt-out' and 'do not share' wording to harvest data", auth="fail")
auto("spam-list-seller", "spam", CC, ("Lisa | UtilityLeads", "lisa@utilityleads-data.com"),
     "Verified utility customer email list - 2.1M contacts",
     plain("Hi,\n\nWould you be interested in acquiring a verified list of residential energy customers in IA, WI "
           "and MN? 2.1M contacts with opt-in status.\n\nReply \"Yes\" for samples and pricing.\n\nReply "
           "\"unsubscribe\" or \"remove\" to opt out of future emails."),
     "vendor-mta", "cold list-selling pitch; its 'reply unsubscribe/remove' line is its own footer")
auto("spam-crypto", "spam", PHC, ("Wealth Alert", "alert@profit-signal-daily.biz"), "You won't believe this 1,200% return",
     alt("Smart investors are quietly moving into this energy token. Get in before Friday: "
         "https://profit-signal-daily.biz/go\n\nTo unsubscribe click here. Manage your email preferences."),
     "phish-kit", "investment spam with unsubscribe footer", auth="fail")

# ---------------------------------------------------------------- calendar
ICS = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
       "BEGIN:VEVENT\nUID:040000008200E00074C5B7101A82E0080000000070A1\nDTSTAMP:20260812T150000Z\n"
       "DTSTART:20260820T150000Z\nDTEND:20260820T153000Z\nSUMMARY:Catalog suppression file review\n"
       "ORGANIZER;CN=Jill Harkin:mailto:jharkin@badgerlistservices.com\n"
       "ATTENDEE;RSVP=TRUE:mailto:powerhousecatalog@alliant-energy.com\nLOCATION:Teams\nEND:VEVENT\nEND:VCALENDAR\n")
auto("cal-vendor-request", "calendar", PHC, ("Jill Harkin", "jharkin@badgerlistservices.com"),
     "Catalog suppression file review",
     multi("alternative", [plain("Reviewing the do-not-rent and opt-out suppression flags before the fall drop.\n"),
                           raw_part("text/calendar", ICS, params=[("charset", "utf-8"), ("method", "REQUEST")])]),
     "outlook-pc", "list vendor's meeting invite (text/calendar REQUEST) mentioning opt-out and do-not-rent flags",
     month=8)
ICS2 = ICS.replace("METHOD:REQUEST", "METHOD:REPLY").replace(
    "ATTENDEE;RSVP=TRUE:mailto:powerhousecatalog@alliant-energy.com",
    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:tom.reilly@printpartners-mn.com")
auto("cal-accepted", "calendar", PHC, ("Tom Reilly", "tom.reilly@printpartners-mn.com"),
     "Accepted: Catalog suppression file review",
     multi("alternative", [plain(""), raw_part("text/calendar", ICS2, params=[("charset", "utf-8"), ("method", "REPLY")])]),
     "outlook-pc", "bare calendar acceptance sent to all attendees", month=8)

# ---------------------------------------------------------------- vendor and system notices
FORM = ("Alliant Energy Website", "no-reply@web.alliant-energy.com")
auto("webform-seo-spam", "webform-spam", CC, FORM, "Website contact: General question",
     plain("A visitor submitted the contact form at https://www.alliant-energy.com/contact\n\nTopic: General question\n"
           "Name: Kevin Marks\nEmail: kevin@rankboost-seo.net\nAccount: \nMessage: Hi, I noticed your website is not "
           "ranking on page 1 for \"Iowa energy rebates\". We can fix that in 30 days. Reply STOP to opt out.\n\n"
           "Submitted from IP 10.44.15.91 | Form ID contact-v3\n"
           "Do not reply to this message; use the visitor's e-mail address."),
     "webform", "SEO pitch through our own contact form: cold sales, automated despite the form and 'STOP to opt out'",
     reply_to=("Kevin Marks", "kevin@rankboost-seo.net"))
auto("webform-healthcheck", "system", CC, FORM, "Website contact: TEST - form health check",
     plain("A visitor submitted the contact form at https://www.alliant-energy.com/contact\n\nTopic: TEST\n"
           "Name: Synthetic Monitor\nEmail: monitor@web.alliant-energy.com\nAccount: 0000000000\n"
           "Message: Automated form health check. Please ignore. unsubscribe opt-out test string.\n\n"
           "Submitted from IP 10.44.0.5 | Form ID contact-v3"),
     "webform", "our site's synthetic monitor posting the form with test words 'unsubscribe opt-out'",
     headers=[("Auto-Submitted", "auto-generated")])
auto("challenge-response", "challenge", PHC, ("Spam Arrest", "noreply@spamarrest-verify.com"),
     "Please verify your email to reach farmerjoe@netins.net",
     plain("Hello,\n\nI'm protecting myself from spam. To have your message delivered to farmerjoe@netins.net, "
           "please click the link below to verify that you are a real person:\n\n"
           "https://spamarrest-verify.com/v/7QJ2\n\nYour original message subject: " + ours.subject("catalog_promo")),
     "vendor-mta", "challenge-response request triggered by our promotion")
auto("mailhouse-suppression", "vendor", PHC, ("Badger List Services", "jobs@badgerlistservices.com"),
     "Job 26-0414 merge/purge complete - suppression summary",
     multi("mixed", [plain("Merge/purge for PowerHouse Fall catalog is complete.\n\nInput records: 184,220\n"
                           "Suppressed (DMA opt-out / do-not-rent / customer opt-out): 6,118\nDeceased: 402\n"
                           "Final mail file: 177,700\n\nSuppression detail is attached.\n\n-- automated job notice"),
                     attachment("text/csv", b"reason,count\r\ncustomer_opt_out,4210\r\ndo_not_rent,1908\r\n",
                                "suppression_26-0414.csv")]),
     "vendor-mta", "mail house's automatic job report: 'opt-out', 'do-not-rent' counts, not anyone's request",
     headers=[("Auto-Submitted", "auto-generated")])
auto("esp-unsub-report", "vendor", CC, ("SendPulse Reports", "reports@esp-reports.sendpulse-mail.com"),
     "Weekly report: 48 contacts unsubscribed",
     alt("Campaign: Smart thermostat rebate\nDelivered: 41,882\nOpens: 9,114\nUnsubscribed: 48\nSpam complaints: 3\n\n"
         "Download the unsubscribe list from your dashboard.\n\nManage notification settings."),
     "sendgrid", "e-mail platform's weekly report counting unsubscribes; system notice",
     headers=[("Auto-Submitted", "auto-generated")])
auto("fax-failed", "system", PHC, ("eFaxMail", "message@inbound.faxmailer.net"),
     "Fax delivery failed to 319-555-0177",
     plain("Your fax to 319-555-0177 could not be delivered.\n\nReason: No answer after 3 attempts.\nPages: 1\n\n"
           "This is an automated delivery report; replies to this address are not read."),
     "fax-gateway", "the fax gateway's own failure report (our outbound fax): system notice, unlike an inbound fax")
auto("vm-missed-call", "system", CC, ("Alliant Energy Voicemail", "vm-noreply@alliant-energy.com"),
     "Missed call from 319-555-0188",
     plain("You missed a call from 319-555-0188 at 10:42 AM in mailbox 4100 (Privacy line).\n"
           "The caller did not leave a message.\n\n-- Alliant Energy Unified Messaging"),
     "voicemail", "phone system's missed-call notice with no message: nothing a person asked",
     relay=("exch01.corp.alliant-energy.com", "10.30.4.11"), headers=[("Auto-Submitted", "auto-generated")])
auto("quarantine-digest", "system", CC, ("Mimecast Quarantine", "quarantine@us-mimecast-notify.com"),
     "Held messages digest: 3 messages",
     alt("The following messages are being held for customercare@alliant-energy.com:\n\n"
         "From: ckessler@mchsi.com   Subject: Stop sending me catalogs\n"
         "From: offers@promo-deals.biz   Subject: Unsubscribe confirmation needed\n"
         "From: j.marsh@gmail.com   Subject: do not sell my info\n\n"
         "Release or block these messages from your portal."),
     "vendor-mta", "quarantine digest listing subjects of held mail; those are third parties' subjects, not requests",
     headers=[("Auto-Submitted", "auto-generated")])
