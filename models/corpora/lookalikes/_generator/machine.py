"""Machine mail and mail that is not a request, though it uses the words of one (automated = true)."""
import base64

import senders as S
from common import auto, h_generic, h_outlook, body_outlook, message
from kit import B62, B64C, addr, attachment, central, fmt_date, hexs, in_tz, multipart, plus, raw_part, rs, text, utc
from make import alt, bulk_mail, dsn, form_relay, ip4, mach, orig_headers, orig_message, shady_mail
from ours import CC, PH, ack, promo

M = "machine"


# ------------------------------------------------------------------ auto-replies

@message("ooo-thermo", "auto-reply", "en", "Exchange Online", "customercare")
def _(rng):
    o = promo("thermo", "dwebb@cedarvalleyschools.org")
    d = central(2024, 10, 15, 8, 2, 41)
    sent = S.exchange(rng, "dwebb@cedarvalleyschools.org", d)
    h = h_outlook(rng, addr("Dana Webb", "dwebb@cedarvalleyschools.org"), CC, "Automatic reply: " + o.subject, d,
                  sent.mid, o.mid, o.mid)
    h += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "dwebb@cedarvalleyschools.org")]
    t = ("I am out of the office for fall break and will return Monday, October 21. I will not be checking e-mail.\n\n"
         "For transportation questions please contact the district office at 319-555-0112. If you need to be removed "
         "from the bus route text alerts, reply STOP to the text message itself; e-mail cannot change those settings.\n\n"
         "Dana Webb\nTransportation Coordinator, Cedar Valley Community Schools")
    return mach(rng, "customercare", sent, h, body_outlook(rng, t)) + (auto(
        "Exchange out-of-office (Auto-Submitted) to our thermostat promo; 'removed' and 'reply STOP' are about the "
        "school's own bus alerts, not a request to us."),)


@message("cpanel-autoresp-holiday", "auto-reply", "en", "cPanel autoresponder", "powerhousecatalog")
def _(rng):
    rc = "orders@bluestemquilts.com"
    o = promo("holiday", rc)
    d = central(2024, 11, 12, 7, 31, 9)
    sent = S.isp(rng, rc, d, "box5142.bluehost.com", "162.241.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                 dkim=False)
    t = ("Thank you for your email to Bluestem Quilt Shop! We answer messages Tuesday through Saturday. Our retreat "
         "calendar is posted at bluestemquilts.com/retreats.\n\n-- Original message --\n" + o.text + "\n")
    h = h_generic(addr("Bluestem Quilt Shop", rc), PH, "Re: " + o.subject, d, sent.mid, irt=o.mid,
                  extra_after=[("X-Autorespond", o.subject), ("Precedence", "auto_reply"),
                               ("Auto-Submitted", "auto-replied")])
    return mach(rng, "powerhousecatalog", sent, h, text(t, "plain", "utf-8", "quoted-printable")) + (auto(
        "cPanel autoresponder echoing our whole Holiday Preview back under 'Re:'; the 'reply with the word "
        "unsubscribe' and list-sharing lines are our own footer inside its quote. Precedence auto_reply."),)


@message("ooo-es-headerless", "auto-reply", "es", "Zimbra vacation (no Auto-Submitted)", "customercare")
def _(rng):
    rc = "contabilidad@panaderialaespiga.com"
    o = promo("news", rc)
    d = central(2024, 12, 3, 9, 4, 12)
    sent = S.isp(rng, rc, d, "mail.panaderialaespiga.com", ip4(rng), dkim=False, tls=False)
    t = ("Gracias por su mensaje.\n\nEstaré fuera de la oficina del 2 al 6 de enero (sí, y también casi todo "
         "diciembre por la temporada de roscas). Para pedidos llame a la panadería al 608-555-0143.\n\nSi desea que "
         "lo quitemos de nuestra lista de pedidos por correo, avísenos por teléfono.\n\nEste es un mensaje "
         "automático.\nMarisol Ibarra\nPanadería La Espiga")
    h = h_generic(addr("Marisol Ibarra", rc), CC, "Re: " + o.subject, d, sent.mid, irt=o.mid, refs=o.mid,
                  extra_after=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)")])
    return mach(rng, "customercare", sent, h, text(t, "plain", "iso-8859-1", "quoted-printable")) + (auto(
        "Spanish vacation auto-reply with no Auto-Submitted header under 'Re:' of our newsletter; 'quitemos de "
        "nuestra lista' is about the bakery's own order list. Headerless auto-reply = automated."),)


@message("nolonger-monitored", "auto-reply", "en", "Google Workspace routing rule", "customercare")
def _(rng):
    rc = "info@maplegrovefloral.com"
    o = promo("assess", rc)
    d = central(2025, 1, 14, 8, 16, 40)
    sent = S.gmail(rng, rc, d, dom="maplegrovefloral.com")
    t = ("This mailbox is no longer monitored.\n\nMaple Grove Floral closed its doors on December 31, 2024. Thank "
         "you for 22 wonderful years.\n\nVendors: please remove this address from your mailing lists. Outstanding "
         "invoices should be sent to our accountant, Hollis & Brandt CPAs, 414 Main St, Decorah IA 52101.")
    h = h_generic(addr("Maple Grove Floral", rc), CC, "Re: " + o.subject, d, sent.mid, irt=o.mid)
    return mach(rng, "customercare", sent, h, alt(rng, t)) + (auto(
        "'No longer monitored' auto-reply without Auto-Submitted. 'Please remove this address from your mailing "
        "lists' is a canned line to all vendors, sent by a rule, not a person; headerless auto-reply = automated."),)


@message("vacation-to-ack", "auto-reply", "en", "Gmail vacation responder", "customercare")
def _(rng):
    rc = "ted.voss1958@gmail.com"
    a = ack("CC-2024-10-01187", central(2024, 10, 2, 14, 5))
    d = central(2024, 10, 2, 14, 5, 51)
    sent = S.gmail(rng, rc, d)
    h = h_generic(addr("Ted Voss", rc), CC, "Re: " + a.subject, d, sent.mid, irt=a.mid, refs=a.mid,
                  extra_after=[("Auto-Submitted", "auto-replied")])
    t = "Hi - Linda and I are traveling until October 14 with spotty email. If this is urgent call my cell.\n\nTed"
    return mach(rng, "customercare", sent, h, alt(rng, t)) + (auto(
        "LOOP TRAP: Gmail vacation responder answering our own acknowledgement (Auto-Submitted: auto-replied)."),)


@message("helpdesk-ack-our-ack", "ticket system", "en", "helpdesk SaaS", "customercare")
def _(rng):
    a = ack("CC-2024-11-02240", central(2024, 11, 19, 10, 12))
    d = central(2024, 11, 19, 10, 12, 44)
    t = ("##- Please type your reply above this line -##\n\nHi there,\n\nThanks for contacting Kettle River Property "
         "Management. We've created ticket #48213 for you and a team member will respond within 2 business days.\n\n"
         "Ticket #48213: We received your request [CC-2024-11-02240]\nStatus: Open\n\nYour message:\n" + a.text +
         "\n\nKettle River Property Management | Resident Services\nThis email is a service from Kettle River "
         "Property Management. Delivered by Deskfront.")
    o = bulk_mail(rng, "customercare", d, addr("Kettle River Property Management", "support@kettleriverpm.deskfront.io"),
                  "bounces+48213@em.deskfront.io", "o12.em.deskfront.io", "167.89.%d.%d" % (rng.randint(1, 250),
                                                                                             rng.randint(1, 250)),
                  "deskfront.io", "[Kettle River Property Management] Re: " + a.subject, t,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Deskfront-Ticket", "48213"),
                         ("In-Reply-To", a.mid), ("References", a.mid)], precedence=None,
                  reply_to="support+id48213@kettleriverpm.deskfront.io")
    return o + (auto("LOOP TRAP: another organisation's help desk opened a ticket for our acknowledgement and "
                     "quotes its opt-out/sharing wording back; help-desk acknowledgement = machine mail."),)


@message("helpdesk-ack-cc-customer", "ticket system", "en", "Zendesk-style help desk", "powerhousecatalog")
def _(rng):
    d = central(2024, 12, 9, 19, 41, 3)
    t = ("Your request (#88213) has been received and is being reviewed by our support staff.\n\nTo add additional "
         "comments, reply to this email.\n\n----------------------------------------------\n\nCarol Wendt\nDec 9, "
         "2024, 7:40 PM CST\n\nTo Lakeshore Gifts and PowerHouse Catalog:\n\nPlease stop selling my name and address "
         "to other catalogs. Since I ordered a lamp from one of you I get six catalogs a week. I want to keep "
         "getting YOUR catalogs, just stop passing my name around.\n\nCarol Wendt\n1187 Birchwood Ct\nEau Claire WI "
         "54701\n\n----------------------------------------------\n\nThis email is a service from Lakeshore Gifts.")
    o = bulk_mail(rng, "powerhousecatalog", d, addr("Lakeshore Gifts", "support@lakeshoregifts.zendesk.com"),
                  "support@lakeshoregifts.zendesk.com", "outbyip5.pod17.use1.zdsys.com", "192.161.%d.%d" % (
                      rng.randint(144, 159), rng.randint(1, 250)), "zendesk.com",
                  "[Lakeshore Gifts] Re: Please stop selling my name", t,
                  to="Carol Wendt <cwendt54@charter.net>", precedence=None,
                  extra=[("Cc", PH), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                         ("X-Zendesk-From-Account-Id", hexs(rng, 7))])
    return o + (auto("Another company's help desk acknowledging a ticket, sent to the customer with us on Cc. It "
                     "quotes Carol Wendt's sharing opt-out, but her own message to us is a separate mail; the "
                     "acknowledgement itself is machine mail (help-desk-acknowledgement)."),)


@message("vendor-ticket-resolved", "ticket system", "en", "Jira-style service desk", "powerhousecatalog")
def _(rng):
    d = central(2025, 2, 4, 16, 20)
    t = ("Lakeview Printing Client Portal\n\n[PRINT-2291] Spring 2025 book: do-not-mail file upload failed\n\n"
         "Status changed: In Progress -> Resolved\nResolution: Done\n\nMarcus Feld commented:\nThe file "
         "PH_DNM_0203.csv re-uploaded fine from our side (312 records). Suppression will be applied before the "
         "merge/purge on 2/10. No action needed from you.\n\nView request: https://support.lakeviewprinting.com/"
         "servicedesk/customer/portal/3/PRINT-2291\nTurn off notifications for this request")
    o = bulk_mail(rng, "powerhousecatalog", d, addr("Marcus Feld (Lakeview Printing Support)",
                                                    "jira@lakeviewprinting.atlassian.net"),
                  "bounce-PRINT-2291@atlassian.net", "mail-ma1.atlassian.net", "185.166.%d.%d" % (
                      rng.randint(140, 143), rng.randint(1, 250)), "atlassian.net",
                  "[JIRA] (PRINT-2291) Spring 2025 book: do-not-mail file upload failed", t, precedence="bulk",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-JIRA-FingerPrint", hexs(rng, 32))])
    return o + (auto("Print vendor's service-desk notification about our own do-not-mail file; vendor system mail."),)


# ------------------------------------------------------------------ bounces and delays

@message("dsn-postfix-unknown", "bounce", "en", "Postfix DSN", "customercare")
def _(rng):
    rc = "gkrueger@mchsi.com"
    o = promo("thermo", rc)
    d = central(2024, 10, 15, 8, 3, 17)
    hum = ("This is the mail system at host mx.mchsi.com.\n\nI'm sorry to have to inform you that your message could "
           "not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
           "mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text "
           "from the attached returned message.\n\n                   The mail system\n\n<%s>: host "
           "mailstore.mchsi.com[10.2.1.4] said: 550 5.1.1 <%s>:\n    Recipient address rejected: User unknown in "
           "virtual mailbox table\n" % (rc, rc))
    return dsn(rng, "customercare", o, rc, d, "mx.mchsi.com", "68.87.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
               "5.1.1", "550 5.1.1 User unknown in virtual mailbox table", hum,
               "Undelivered Mail Returned to Sender", remote="mailstore.mchsi.com") + (auto(
        "Postfix DSN for our thermostat promo; the returned promo carries 'reply with the word unsubscribe'."),)


@message("ndr-exchange-ack", "bounce", "en", "Exchange Online NDR", "customercare")
def _(rng):
    rc = "jpatel@hollowayag.com"
    a = ack("CC-2024-09-00412", central(2024, 9, 24, 11, 30))
    d = central(2024, 9, 24, 11, 30, 22)
    hum = ("Your message to %s couldn't be delivered.\n\njpatel wasn't found at hollowayag.com.\n\ncustomercare    "
           "Office 365    jpatel\nAction Required                 Recipient\n\nUnknown To address\n\nHow to Fix It\n"
           "The address may be misspelled or may not exist. Try one or more of the following:\n- Retype the "
           "recipient's address, then resend the message.\n\nMore Info for Email Admins\nRemote Server returned "
           "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'" % rc)
    return dsn(rng, "customercare", a, rc, d, "SA1PR12MB8841.namprd12.prod.outlook.com", "40.107.%d.%d" % (
        rng.randint(90, 240), rng.randint(10, 130)), "5.1.10",
               "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", hum,
               "Undeliverable: " + a.subject, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
                                                   "@hollowayag.com>",
               html="<html><body><p><b>Your message to %s couldn't be delivered.</b></p><p>jpatel wasn't found at "
                    "hollowayag.com.</p></body></html>" % rc) + (auto(
        "Exchange NDR returning our own acknowledgement (opt-out and sharing wording inside the attached original)."),)


@message("delay-postfix-ours", "delay", "en", "Postfix delay warning (our relay)", "powerhousecatalog")
def _(rng):
    rc = "mbauer@frontiernet.net"
    o = promo("holiday", rc)
    d = central(2024, 11, 12, 11, 31, 5)
    hum = ("This is the mail system at host outbound02.alliant-energy.com.\n\n####################################"
           "########################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n#####"
           "#######################################################\n\nYour message could not be delivered for 4.0 "
           "hours.\nIt will be retried until it is 5.0 days old.\n\n                   The mail system\n\n<%s>: "
           "connect to mx.frontiernet.net[74.40.%d.%d]:25: Connection timed out\n" % (rc, rng.randint(1, 250),
                                                                                        rng.randint(1, 250)))
    sent = S.internal(rng, "", d, "outbound02.alliant-energy.com", "10.40.12.31")
    fields = ("Reporting-MTA: dns; outbound02.alliant-energy.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.frontiernet.net:25: "
              "Connection timed out\nWill-Retry-Until: %s\n" % (fmt_date(o.date), rc, fmt_date(plus(o.date, 432000))))
    rep = multipart("report", [text(hum, "plain", "us-ascii", "7bit"), raw_part("message/delivery-status", fields),
                               raw_part("text/rfc822-headers", orig_headers(o, rc))],
                    "%s.%d/outbound02.alliant-energy.com" % (rs(rng, 10, "0123456789ABCDEF"), int(d.timestamp())),
                    params=[("report-type", "delivery-status")])
    h = h_generic("MAILER-DAEMON@outbound02.alliant-energy.com (Mail Delivery System)", PH,
                  "Delayed Mail (still being retried)", d, sent.mid, extra_after=[("Auto-Submitted", "auto-replied")])
    return mach(rng, "powerhousecatalog", sent, h, rep) + (auto(
        "Our own relay's delay warning (Action: delayed) for the Holiday Preview; nothing failed yet, no person."),)


@message("qmail-bounce", "bounce", "en", "qmail (no MIME)", "customercare")
def _(rng):
    rc = "hank.s@iowatelecom.net"
    o = promo("news", rc)
    d = central(2024, 12, 3, 9, 7, 48)
    sent = S.mta(rng, "mx2.iowatelecom.net", ip4(rng), d, tls=False)
    t = ("Hi. This is the qmail-send program at mx2.iowatelecom.net.\nI'm afraid I wasn't able to deliver your message "
         "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n"
         "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n%s"
         % (rc, orig_message(o, rc)))
    h = h_generic("MAILER-DAEMON@mx2.iowatelecom.net", CC, "failure notice", d, sent.mid, mime=False)
    arrive, raw = mach(rng, "customercare", sent, h, None)
    return arrive, raw + t.replace("\n", "\r\n").encode(), auto(
        "qmail bounce without MIME or Auto-Submitted; the copied newsletter says 'manage your preferences or "
        "unsubscribe'.")


@message("exim-bounce", "bounce", "en", "Exim", "powerhousecatalog")
def _(rng):
    rc = "orders@northfieldhardware.com"
    o = promo("holiday", rc)
    d = central(2024, 11, 12, 7, 36, 2)
    hum = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
           "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
           "failed:\n\n  %s\n    host mail.northfieldhardware.com [64.%d.%d.%d]\n    SMTP error from remote mail "
           "server after RCPT TO:<%s>:\n    550 No Such User Here\n" % (rc, rng.randint(1, 250), rng.randint(1, 250),
                                                                         rng.randint(1, 250), rc))
    return dsn(rng, "powerhousecatalog", o, rc, d, "server.hostgator-cp12.com", ip4(rng),
               "5.0.0", "550 No Such User Here", hum, "Mail delivery failed: returning message to sender",
               frm="Mail Delivery System <Mailer-Daemon@server.hostgator-cp12.com>",
               b="1733%s-eximdsn-%d" % (hexs(rng, 6), rng.randint(10 ** 8, 10 ** 9))) + (auto(
        "Exim bounce of the Holiday Preview; the returned catalog e-mail mentions list sharing and 'unsubscribe'."),)


@message("yahoo-failure", "bounce", "en", "Yahoo MTA", "customercare")
def _(rng):
    rc = "sunnyacres_bev@yahoo.com"
    o = promo("solar", rc)
    d = central(2024, 9, 17, 10, 6, 31)
    sent = S.mta(rng, "mta4047.mail.gq1.yahoo.com", "98.137.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), d)
    t = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n554: delivery error: dd "
         "Requested mail action aborted, mailbox not found - mta4047.mail.gq1.yahoo.com\n\n--- Below this line is a "
         "copy of the message.\n\n%s" % (rc, orig_message(o, rc)))
    h = h_generic("MAILER-DAEMON@yahoo.com", CC, "Failure Notice", d, sent.mid)
    return mach(rng, "customercare", sent, h, text(t, "plain", "us-ascii", "7bit")) + (auto(
        "Yahoo 'Failure Notice' (no Auto-Submitted, text/plain only) for the solar promo; its 'Opt out of "
        "marketing emails' footer is our own."),)


@message("ndr-spanish", "bounce", "es", "Exchange NDR (Spanish)", "customercare")
def _(rng):
    rc = "r.castaneda@transportescastaneda.com"
    a = ack("CC-2025-01-00093", central(2025, 1, 8, 15, 2))
    d = central(2025, 1, 8, 15, 2, 40)
    hum = ("No se pudo entregar el mensaje a %s.\n\nEl buzón de correo de r.castaneda está lleno y no puede aceptar "
           "mensajes en este momento.\n\nCómo solucionarlo\nIntente reenviar el mensaje más tarde o póngase en "
           "contacto con el destinatario por otro medio.\n\nMás información para administradores de correo "
           "electrónico\nEl servidor remoto devolvió '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
           "QuotaExceededException'" % rc)
    sent = S.mta(rng, "BL1PR13MB5533.namprd13.prod.outlook.com", "40.107.%d.%d" % (rng.randint(90, 240),
                                                                                   rng.randint(10, 130)), d)
    fields = ("Reporting-MTA: dns;BL1PR13MB5533.namprd13.prod.outlook.com\nReceived-From-MTA: dns;mx1.alliant-energy.com"
              "\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;"
              "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n" % (a.date_hdr, rc))
    rep = multipart("report", [text(hum, "plain", "utf-8", "quoted-printable"),
                               raw_part("message/delivery-status", fields),
                               raw_part("message/rfc822", orig_message(a, rc))], "_%s_" % rs(rng, 28, B62),
                    params=[("report-type", "delivery-status")])
    h = h_generic("postmaster@transportescastaneda.com", CC, "No se puede entregar: " + a.subject, d, sent.mid,
                  extra_after=[("Auto-Submitted", "auto-replied"), ("Content-Language", "es-MX")])
    return mach(rng, "customercare", sent, h, rep) + (auto(
        "Spanish Exchange NDR (mailbox full) returning our acknowledgement; machine mail."),)


@message("o365-delay", "delay", "en", "Exchange Online delay DSN", "customercare")
def _(rng):
    rc = "pam.engstrom@lakesregionclinic.org"
    o = promo("assess", rc)
    d = central(2025, 1, 14, 20, 16, 5)
    hum = ("Delivery is delayed to these recipients or groups:\n\n%s\n\nSubject: %s\n\nThis message hasn't been "
           "delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this "
           "message for the next 1 days, 19 hours and 48 minutes. You'll be notified if the message can't be "
           "delivered by that time." % (rc, o.subject))
    return dsn(rng, "customercare", o, rc, d, "CY8PR11MB7012.namprd11.prod.outlook.com", "40.107.%d.%d" % (
        rng.randint(90, 240), rng.randint(10, 130)), "4.4.7", "400 4.4.7 Message delayed", hum,
               "Delivery delayed:" + o.subject, action="delayed", full=False,
               frm="postmaster@lakesregionclinic.org") + (auto(
        "Exchange 'Delivery delayed' notice for the assessment promo; a delay, not a failure, and no person."),)


@message("gateway-policy-block", "bounce", "en", "secure e-mail gateway", "customercare")
def _(rng):
    rc = "facilities@stcroixcountywi.gov"
    o = promo("solar", rc)
    d = central(2024, 9, 17, 10, 1, 12)
    hum = ("Your message couldn't be delivered to %s.\n\nThe recipient's organization blocks bulk marketing mail "
           "(policy: GOV-BULK-BLOCK). If you believe your message is not marketing, ask the recipient to add you "
           "to their safe senders list.\n\nDo not reply to this message. To stop marketing mail to this "
           "organization, remove this address from your list." % rc)
    return dsn(rng, "customercare", o, rc, d, "us-smtp-inbound-1.mailguardian.net", ip4(rng, 205),
               "5.7.1", "554 5.7.1 Message rejected by content policy (bulk)", hum,
               "Message blocked: " + o.subject, frm="MailGuardian <postmaster@mailguardian.net>", full=False) + (auto(
        "Gateway rejection of our solar promo; 'remove this address from your list' is canned gateway advice, "
        "not a person's request."),)


@message("carrier-sms-gateway", "auto-reply", "en", "carrier e-mail-to-text gateway", "customercare")
def _(rng):
    rc = "3195550164@vtext.com"
    o = promo("thermo", rc)
    d = central(2024, 10, 15, 8, 0, 58)
    sent = S.mta(rng, "smtp-ims-tx.vzwpix.com", ip4(rng, 66), d)
    t = ("This number does not accept e-mail messages longer than 160 characters. Your message was not delivered.\n"
         "Msg&data rates may apply. Reply STOP to opt out of carrier alerts. Reply HELP for help.")
    h = h_generic(rc, CC, "Re: " + o.subject, d, sent.mid, irt=o.mid,
                  extra_after=[("Auto-Submitted", "auto-replied")])
    return mach(rng, "customercare", sent, h, text(t, "plain", "us-ascii", "7bit")) + (auto(
        "A phone carrier's e-mail-to-text gateway rejecting our promo; 'Reply STOP to opt out' is the carrier's "
        "boilerplate about its own alerts."),)


@message("challenge-response", "challenge-response", "en", "cPanel BoxTrapper", "powerhousecatalog")
def _(rng):
    rc = "pastor@trinitylutheranmankato.org"
    o = promo("holiday", rc)
    d = central(2024, 11, 12, 7, 40, 18)
    sent = S.isp(rng, rc, d, "host.trinitylutheranmankato.org", ip4(rng), dkim=False)
    t = ("The message you sent requires that you verify that you are a real live human being and not a spam source.\n"
         "\nTo complete this verification, simply reply to this message and leave the subject line intact or click "
         "the link below:\n\nhttps://host.trinitylutheranmankato.org:2096/cgi-sys/bxd.cgi?a=pastor@trinitylutheran"
         "mankato.org&email=%s&t=%s\n\nThe headers of the message sent from your address are shown below:\n\n%s"
         % (PH.replace("@", "%40"), hexs(rng, 32), orig_headers(o, rc)))
    h = h_generic(addr("pastor@trinitylutheranmankato.org", rc), PH, "verify#%s" % hexs(rng, 32), d, sent.mid,
                  extra_after=[("Auto-Submitted", "auto-replied"), ("X-Boxtrapper", "Verify")])
    return mach(rng, "powerhousecatalog", sent, h, text(t, "plain", "us-ascii", "7bit")) + (auto(
        "Challenge-response (BoxTrapper) to our Holiday Preview; machine mail."),)


@message("read-receipt-ack", "read receipt", "en", "Outlook MDN", "customercare")
def _(rng):
    rc = "loretta.hinz@outlook.com"
    a = ack("CC-2024-12-01530", central(2024, 12, 16, 9, 44))
    d = central(2024, 12, 16, 18, 2, 10)
    sent = S.outlookcom(rng, rc, d)
    hum = ("Your message\n\n        To: %s\n        Subject: %s\n        Sent: %s\n\nwas read on %s." % (
        rc, a.subject, a.date.strftime("%A, %B %d, %Y %I:%M:%S %p"), d.strftime("%A, %B %d, %Y %I:%M:%S %p")))
    mdn = ("Reporting-UA: BN8PR12MB3412.namprd12.prod.outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;"
           "%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (rc, a.mid))
    rep = multipart("report", [text(hum, "plain", "utf-8", "7bit"), raw_part("message/disposition-notification", mdn)],
                    "_000_%s_" % rs(rng, 30, B62), params=[("report-type", "disposition-notification")])
    h = h_generic(addr("Loretta Hinz", rc), CC, "Read: " + a.subject, d, sent.mid, irt=a.mid, refs=a.mid)
    return mach(rng, "customercare", sent, h, rep) + (auto(
        "LOOP TRAP: read receipt (MDN) for our acknowledgement; a person clicked 'send receipt' but wrote nothing."),)


@message("read-receipt-tb", "read receipt", "en", "Thunderbird MDN", "powerhousecatalog")
def _(rng):
    rc = "wm.tollefson@midco.net"
    o = promo("holiday", rc)
    d = central(2024, 11, 14, 20, 11, 37)
    sent = S.isp(rng, rc, d, "mail.midco.net", ip4(rng, 24))
    hum = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only acknowledges "
           "that the message was displayed on the recipient's computer. There is no guarantee that the recipient has "
           "read or understood the message contents.\n" % rc)
    mdn = ("Reporting-UA: midco.net; Thunderbird 128.4.2\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n" % (rc, o.mid))
    rep = multipart("report", [text(hum, "plain", "UTF-8", "7bit"), raw_part("message/disposition-notification", mdn),
                               raw_part("text/rfc822-headers", orig_headers(o, rc))], "------------" + rs(rng, 24,
                                                                                                         "0123456789"),
                    params=[("report-type", "disposition-notification")])
    h = h_generic(addr("Walt Tollefson", rc), PH, "Return Receipt (displayed) - " + o.subject, d, sent.mid,
                  extra_after=[("User-Agent", "Mozilla Thunderbird")])
    return mach(rng, "powerhousecatalog", sent, h, rep) + (auto(
        "Thunderbird return receipt for the Holiday Preview; no words from the reader."),)


@message("arf-complaint", "feedback loop", "en", "ISP abuse feedback loop (ARF)", "customercare")
def _(rng):
    rc = "kbrandvold@aol.com"
    o = promo("assess", rc)
    d = central(2025, 1, 15, 6, 12, 54)
    sent = S.bulk(rng, "scomp@aol.net", d, "omr-m027e.mx.aol.com", "74.6.%d.%d" % (rng.randint(1, 250),
                                                                                    rng.randint(1, 250)), "aol.net")
    hum = ("This is an email abuse report for an email message received from IP 10.40.12.40 on %s.\nFor more "
           "information about this format please see http://www.mipassoc.org/arf/.\n\nA subscriber marked this "
           "message as spam. Please remove the subscriber from your mailing list.\n" % o.date_hdr)
    fb = ("Feedback-Type: abuse\nUser-Agent: AOL SComp\nVersion: 1\nOriginal-Mail-From: <%s>\nOriginal-Rcpt-To: "
          "<redacted@aol.com>\nArrival-Date: %s\nReported-Domain: alliant-energy.com\nSource-IP: 10.40.12.40\n"
          % (CC, o.date_hdr))
    rep = multipart("report", [text(hum, "plain", "us-ascii", "7bit"), raw_part("message/feedback-report", fb),
                               raw_part("message/rfc822", orig_message(o, "redacted@aol.com"))],
                    "boundary-arf-%s" % hexs(rng, 12), params=[("report-type", "feedback-report")])
    h = h_generic("scomp@aol.net", CC, "Email Feedback Report for IP 10.40.12.40", d, sent.mid,
                  extra_after=[("Auto-Submitted", "auto-generated")])
    return mach(rng, "customercare", sent, h, rep) + (auto(
        "ISP feedback-loop (ARF) report: a subscriber pressed 'spam'. The report's 'please remove the subscriber' "
        "is the ISP's boilerplate and the address is redacted; no person wrote to us (the ESP suppression handles it)."),)


@message("quarantine-digest", "app notification", "en", "our gateway quarantine digest", "customercare")
def _(rng):
    d = central(2024, 10, 28, 6, 0, 3)
    sent = S.internal(rng, "quarantine@mailguard.alliant-energy.com", d, "mailguard01.alliant-energy.com",
                      "10.40.12.50")
    rows = [("10/27 21:14", "jenkinsbarb1@gmail.com", "Remove me from your mailing list", "Bulk (score 6.1)"),
            ("10/27 18:02", "noreply@seo-rankboost.co", "Unsubscribe confirmation for alliant-energy.com", "Spam 9.8"),
            ("10/27 11:47", "billing@alliant-energv.com", "Your account has been suspended", "Phish 12.4"),
            ("10/26 23:30", "offers@cataloglists.biz", "Do not sell list compliance: 50k verified buyers", "Spam 8.0")]
    plain = ("Spam Quarantine Summary for customercare@alliant-energy.com\n\nThe following 4 messages were held since "
             "your last summary. They will be deleted after 14 days.\n\n" + "\n".join(
                 "%s  %-28s  %-52s  %s" % r for r in rows) + "\n\nTo release a message, open the quarantine portal: "
             "https://mailguard.alliant-energy.com/quarantine\nThis is an automated summary. Do not reply.")
    h = h_generic(addr("Mail Quarantine", "quarantine@mailguard.alliant-energy.com"), CC,
                  "Spam Quarantine Summary - 4 new messages", d, sent.mid, extra_after=[("Auto-Submitted",
                                                                                         "auto-generated")])
    return mach(rng, "customercare", sent, h, alt(rng, plain)) + (auto(
        "Our own gateway's quarantine digest; one held subject is 'Remove me from your mailing list', but the digest "
        "is a system notification (releasing the held mail is a staff job)."),)


@message("crm-case-notify", "app notification", "en", "our CRM case notification", "powerhousecatalog")
def _(rng):
    d = central(2025, 2, 11, 13, 22, 9)
    sent = S.internal(rng, "crm-notify@alliant-energy.com", d, "crmapp02.alliant-energy.com", "10.40.31.8")
    t = ("New case assigned to queue: Catalog Privacy\n\nCase: CASE-2025-021173\nOrigin: Phone\nPriority: Normal\n"
         "Subject: Remove from catalog list / do not share\n\nDescription (entered by agent jkowal):\nCaller wants off "
         "the PowerHouse catalog list and does not want her name shared. Verified address on file.\n\nOpen case: "
         "https://crm.alliant-energy.com/case/CASE-2025-021173\n\nYou are receiving this because you are a member "
         "of the Catalog Privacy queue.")
    h = h_generic(addr("Customer Care CRM", "crm-notify@alliant-energy.com"), PH,
                  "[Case CASE-2025-021173] New case: Remove from catalog list / do not share", d, sent.mid,
                  extra_after=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return mach(rng, "powerhousecatalog", sent, h, alt(rng, t)) + (auto(
        "Our own CRM's case notification: an agent already logged a phone request. Not a new e-mail request; "
        "acting on it here would duplicate the case."),)


# ------------------------------------------------------------------ vendor / partner system mail

@message("mailhouse-suppression", "vendor notice", "en", "mail house job system", "powerhousecatalog")
def _(rng):
    d = central(2024, 10, 3, 14, 41)
    t = ("Badger Presort Services - Job Status\n\nJob: PH-WINTER24 (PowerHouse Catalog, Winter book)\nStep: Merge/purge "
         "and suppression - COMPLETE\n\nInput records ............ 184,220\nDMAchoice do-not-mail ....... 3,412\n"
         "Client opt-out file .......... 1,097\nDeceased suppression .......... 288\nNCOA moves (no forward) ..... "
         "2,140\nMailable records ......... 177,283\n\nThe suppression report is attached. Please approve by 10/7 to "
         "hold the 10/21 drop date.\n\nThis notification was generated automatically by BPS JobTrack. Replies go to "
         "your account manager.")
    csv = ("source,records\nDMAchoice,3412\nclient_opt_out,1097\ndeceased,288\nncoa_nixie,2140\n")
    part = multipart("mixed", [alt(rng, t), attachment(csv.encode(), "text/csv", "PH-WINTER24_suppression.csv")],
                     "=_%s" % hexs(rng, 24))
    o = bulk_mail(rng, "powerhousecatalog", d, addr("BPS JobTrack", "jobtrack@badgerpresort.com"),
                  "jobtrack@badgerpresort.com", "smtp.badgerpresort.com", ip4(rng, 208), "badgerpresort.com",
                  "JobTrack: PH-WINTER24 suppression complete - approval needed", t, part=part, precedence=None,
                  extra=[("Auto-Submitted", "auto-generated")], reply_to="tstrand@badgerpresort.com")
    return o + (auto("Mail house job notice about our suppression run: 'do-not-mail', 'opt-out file' are "
                     "vendor reporting terms. Vendor system mail."),)


@message("printer-proof", "vendor notice", "en", "print vendor portal", "powerhousecatalog")
def _(rng):
    d = central(2025, 1, 21, 9, 5)
    t = ("Proof ready for approval\n\nProject: PowerHouse Catalog Spring 2025 (68 pp + cover)\nProof: v2 soft proof\n"
         "\nBefore we can schedule the press run we still need:\n  - final do-not-mail / suppression file (due 2/3)\n"
         "  - sign-off on the privacy notice panel (p. 66: \"We occasionally share our customer list ... If you "
         "prefer that we not share your name ...\")\n\nApprove or request changes: https://portal.lakeviewprinting."
         "com/proof/88412\n\nLakeview Printing Co. | This is an automated message from ProofHQ.")
    o = bulk_mail(rng, "powerhousecatalog", d, addr("Lakeview Printing ProofHQ", "proofs@lakeviewprinting.com"),
                  "bounce@mail.lakeviewprinting.com", "mail.lakeviewprinting.com", ip4(rng, 64),
                  "lakeviewprinting.com", "Proof ready: PowerHouse Spring 2025 - do-not-mail file still needed", t,
                  precedence=None, extra=[("Auto-Submitted", "auto-generated")])
    return o + (auto("Printer's proof-approval notice; it quotes the catalog's own sharing notice and asks for the "
                     "do-not-mail file. Vendor system mail."),)


@message("ncoa-processing", "vendor notice", "en", "list hygiene service", "powerhousecatalog")
def _(rng):
    d = central(2024, 12, 18, 3, 14)
    plain = ("Your order #AC-771204 is complete.\n\nService: NCOALink 48-month + DMAchoice + Do Not Share flag append\n"
             "Records in: 41,906\nRecords out: 41,906 (flags appended)\nDo-not-share flags: 612\n\nDownload your "
             "output (expires in 7 days): https://app.addresscheckpro.com/orders/AC-771204\n\nQuestions? Reply to this "
             "email or call 1-800-555-0190.\nAddressCheck Pro - list hygiene for direct marketers")
    html = ("<html><body style=\"font-family:Arial\"><h2 style=\"color:#0a5\">Order complete</h2><p>Your order "
            "<b>#AC-771204</b> is complete.</p><table border=\"0\" cellpadding=\"4\"><tr><td>Service</td><td>NCOALink "
            "48-month + DMAchoice + Do Not Share flag append</td></tr><tr><td>Records in</td><td>41,906</td></tr><tr>"
            "<td>Do-not-share flags</td><td>612</td></tr></table><p><a href=\"https://app.addresscheckpro.com/orders/"
            "AC-771204\">Download your output</a> (expires in 7 days)</p><p style=\"color:#888;font-size:11px\">"
            "AddressCheck Pro - list hygiene for direct marketers</p></body></html>")
    o = bulk_mail(rng, "powerhousecatalog", d, addr("AddressCheck Pro", "orders@addresscheckpro.com"),
                  "bounces@em.addresscheckpro.com", "o1.em.addresscheckpro.com", "149.72.%d.%d" % (
                      rng.randint(1, 250), rng.randint(1, 250)), "addresscheckpro.com",
                  "Order #AC-771204 complete: NCOA + DMAchoice + Do Not Share", plain, html, precedence=None)
    return o + (auto("List-hygiene vendor's order notice; 'Do Not Share flag' is a product name. Vendor system mail."),)


@message("list-exchange-confirm", "vendor notice", "en", "list broker", "powerhousecatalog")
def _(rng):
    d = central(2024, 9, 26, 11, 18)
    t = ("LIST EXCHANGE CONFIRMATION  #LX-24-0917\n\nMailer: Northwoods Outfitters\nList owner: PowerHouse Catalog "
         "(12-month buyers, $50+)\nQuantity: 25,000 names, 1-time use\nMail date: 11/04/2024\nSuppressions applied by "
         "list owner: customers who asked not to be shared; DMAchoice; prior 90-day exchange\n\nThis confirmation is "
         "generated by ListLink. Please contact your broker, Renee Marchetti, with any changes.\nCatalog Alliance "
         "Brokerage | 1-800-555-0177")
    o = bulk_mail(rng, "powerhousecatalog", d, addr("ListLink Confirmations", "confirm@cataloglliance-listlink.com"),
                  "confirm@cataloglliance-listlink.com", "mta2.listlink-mail.com", ip4(rng, 72), "listlink-mail.com",
                  "List exchange confirmation LX-24-0917: Northwoods Outfitters / PowerHouse Catalog", t,
                  precedence=None, extra=[("Auto-Submitted", "auto-generated")])
    return o + (auto("List broker's exchange confirmation; mentions customers 'who asked not to be shared'. "
                     "Partner system mail, not a request."),)


@message("crm-export-ready", "app notification", "en", "CRM scheduled report", "customercare")
def _(rng):
    d = central(2024, 11, 4, 5, 0, 12)
    t = ("Your scheduled report is ready.\n\nReport: Do Not Mail - Weekly (Marketing Ops)\nRun: Mon Nov 4, 2024 "
         "5:00 AM CST\nRows: 1,211 (unsubscribes 904, catalog do-not-share 307)\n\nDownload: https://alliantenergy."
         "cloudcrm.com/reports/r/00O8c00000A1x\n\nTo stop receiving this report, edit the subscription in "
         "CloudCRM > Reports > Subscriptions.\n\nCloudCRM, Inc. | 415 Mission St, San Francisco, CA 94105")
    o = bulk_mail(rng, "customercare", d, addr("CloudCRM Reports", "noreply@reports.cloudcrm.com"),
                  "bounce-%s@reports.cloudcrm.com" % hexs(rng, 10), "smtp-out4.cloudcrm.com", ip4(rng, 136),
                  "cloudcrm.com", "Report ready: Do Not Mail - Weekly", t, precedence="bulk",
                  extra=[("Auto-Submitted", "auto-generated")])
    return o + (auto("Our CRM's scheduled 'Do Not Mail' export notice; 'to stop receiving this report' is about the "
                     "report subscription. System mail."),)


# ------------------------------------------------------------------ bots on our web forms

@message("formbot-eric", "web form bot", "en", "our Contact Us form relay", "customercare")
def _(rng):
    f = [("Name", "Eric Jones"), ("Email", "eric.jones.webvisitor@talkwithwebtraffic.com"), ("Phone", "555-555-0100"),
         ("Account number", "n/a"), ("Topic", "Marketing preferences"),
         ("Message", "Hello alliant-energy.com Owner, my name's Eric and I just found your site. It's got a lot going "
                     "for it, but here's an idea to make it even MORE effective. Talk With Web Visitor is a software "
                     "widget that captures leads... CLICK HERE https://talkwithwebtraffic.com to try a live demo. "
                     "If you'd like to unsubscribe click here http://talkwithwebtraffic.com/unsubscribe.aspx?d="
                     "alliant-energy.com")]
    return form_relay(rng, "customercare", central(2024, 10, 9, 3, 17, 44), f,
                      "Contact Us: Marketing preferences", "eric.jones.webvisitor@talkwithwebtraffic.com",
                      "Contact Us") + (auto(
        "Bot submission through our own Contact Us form (canned 'Eric Jones' lead-gen pitch, 3 AM, fake phone); "
        "the topic 'Marketing preferences' and 'unsubscribe' link are the bot's, not a customer's request."),)


@message("formbot-catalog", "web form bot", "en", "our catalog request form relay", "powerhousecatalog")
def _(rng):
    f = [("First name", "RobertKef"), ("Last name", "RobertKef"), ("Address", "https://bit.ly/3xQ2cryp7"),
         ("City", "Moscow"), ("ZIP", "123456"), ("Email", "yourmail@gmail.com"),
         ("Send me the catalog", "No"), ("Do not share my name", "Yes"),
         ("Comments", "Hi! Earn with crypto from 1000$ daily -> https://bit.ly/3xQ2cryp7 <- do not mail")]
    return form_relay(rng, "powerhousecatalog", central(2024, 11, 27, 2, 51, 8), f,
                      "Catalog request from RobertKef RobertKef", "yourmail@gmail.com", "Request a Catalog") + (auto(
        "Spam bot on our catalog request form: gibberish name, a link as the address, 'Do not share my name: Yes' "
        "ticked by the bot. Not a person; no opt-out."),)


@message("formbot-unsub", "web form bot", "en", "our Contact Us form relay", "customercare")
def _(rng):
    f = [("Name", "xzqmvbn"), ("Email", "hgfdsaqw@mailkv.top"), ("Phone", "00000000"), ("Account number", "xzqmvbn"),
         ("Topic", "Unsubscribe"), ("Message", "unsubscribe xzqmvbn https://porn-dating-hot.top/?u=xzqmvbn xzqmvbn")]
    return form_relay(rng, "customercare", central(2025, 2, 2, 4, 9, 30), f, "Contact Us: Unsubscribe",
                      "hgfdsaqw@mailkv.top", "Contact Us") + (auto(
        "Form bot: random strings in every field and a spam link after the word 'unsubscribe'. A careful clerk "
        "sees no person here; automated."),)


# ------------------------------------------------------------------ spam, SEO, sales

@message("seo-audit", "spam/SEO", "en", "cold SEO outreach", "customercare")
def _(rng):
    d = central(2024, 10, 22, 5, 44)
    t = ("Hi Team,\n\nI was checking alliant-energy.com and found 37 issues hurting your Google ranking (broken "
         "links, slow mobile pages, missing meta tags). I can send the full audit for free.\n\nWe have helped 200+ "
         "utilities reach page one.\n\nThanks,\nAkash | Digital Growth Consultant\n\nIf you are not interested, just "
         "reply \"unsubscribe\" and I will not email you again.")
    sent = S.gmail(rng, "akash.seoexpert.rank@gmail.com", d)
    h = h_generic(addr("Akash Verma", "akash.seoexpert.rank@gmail.com"), CC, "SEO Audit for alliant-energy.com", d,
                  sent.mid)
    return mach(rng, "customercare", sent, h, alt(rng, t)) + (auto(
        "Cold SEO outreach; its 'reply unsubscribe' line is the spammer's, not a request to us."),)


@message("list-seller", "spam/sales", "en", "cold sales (list seller)", "powerhousecatalog")
def _(rng):
    d = central(2024, 12, 12, 9, 3)
    t = ("Hi,\n\nWould you be interested in acquiring a verified list of Catalog Buyers / Home Goods Shoppers for your "
         "upcoming campaigns?\n\nEach record includes: name, postal address, email, purchase category. We can also "
         "provide an opt-out-cleaned (do not sell / do not mail scrubbed) version.\n\nLet me know your target "
         "geography and I'll send counts and pricing.\n\nRegards,\nMelissa Grant\nData Specialist\n\nIf you don't "
         "wish to receive our emails, reply back with \"REMOVE\" in the subject line.")
    return shady_mail(rng, "powerhousecatalog", d, addr("Melissa Grant", "melissa.grant@b2bcataloglists.net"),
                      "melissa.grant@b2bcataloglists.net", "mail.b2bcataloglists.net", ip4(rng, 103),
                      "Catalog Buyers Email & Postal List", alt(rng, t), spf="pass", dmarc="none") + (auto(
        "Cold sales from a list seller, full of 'do not sell / do not mail' and 'REMOVE' wording; not a request."),)


@message("spam-es-basedatos", "spam/sales", "es", "cold sales (Spanish)", "customercare")
def _(rng):
    d = central(2025, 1, 29, 7, 12)
    t = ("Estimado cliente:\n\nLe ofrecemos bases de datos actualizadas 2025 de empresas y consumidores de Estados "
         "Unidos y México, segmentadas por estado y giro. Más de 2 millones de registros con correo y teléfono.\n\n"
         "¡Precio especial esta semana!\n\nAtentamente,\nDepartamento Comercial\nDatos Premium MX\n\nSi no desea "
         "recibir más información, responda este correo con la palabra BAJA.")
    return shady_mail(rng, "customercare", d, addr("Datos Premium", "ventas@datospremium-mx.com"),
                      "ventas@datospremium-mx.com", "vps-4412.servidoreslatam.net", ip4(rng, 187),
                      "Bases de datos actualizadas 2025", text(t, "plain", "iso-8859-1", "quoted-printable")) + (auto(
        "Spanish bulk sales; 'responda ... BAJA' is the sender's opt-out instruction, not a request to us."),)


@message("saas-bump", "spam/sales", "en", "sales cadence tool", "customercare")
def _(rng):
    d = central(2024, 11, 6, 8, 31)
    first = central(2024, 10, 29, 8, 30)
    t = ("Hi there,\n\nJust bumping this to the top of your inbox. Did you get a chance to look?\n\nIf you're not the "
         "right person, reply \"no\" and I'll stop reaching out.\n\nJordan\n\nOn Tue, Oct 29, 2024 at 8:30 AM Jordan "
         "Pike <jordan@optoutops.io> wrote:\n> Hi there,\n>\n> Saw that Alliant Energy asks customers to email "
         "customercare@ to opt out of marketing and to stop catalog list sharing. Most teams handle those \"do not "
         "sell\" and \"unsubscribe\" emails by hand.\n>\n> OptOutOps reads the inbox, applies suppressions in your "
         "CRM and files a record for every request. 15 minutes next week?\n>\n> Jordan Pike, AE, OptOutOps")
    o = bulk_mail(rng, "customercare", d, addr("Jordan Pike", "jordan@optoutops.io"), "jordan@optoutops.io",
                  "mail-sor-f41.google.com", "209.85.220.41", "optoutops.io",
                  "Re: Alliant's opt-out inbox", t, precedence=None,
                  extra=[("In-Reply-To", "<%s@optoutops.io>" % hexs(rng, 16)), ("X-Mailer", "Outreach Sequencer")])
    return o + (auto("Third step of a sales cadence disguised as 'Re:' to its own pitch, which is all about opt-outs; "
                     "'reply no and I'll stop' is the seller's line. Cold sales = automated."),)


# ------------------------------------------------------------------ phishing

@message("phish-customer-optout", "phishing", "en", "phishing as a customer", "customercare")
def _(rng):
    d = central(2024, 10, 30, 23, 12)
    t = ("Hello,\n\nPlease find attached my opt-out form regarding my account, kindly process it today and confirm.\n\n"
         "Thank you,\nSusan")
    html = ("<html><head><title>Alliant Energy Secure Document</title></head><body><script>window.location="
            "'https://alliant-secure-docs.web-app-view.top/login?e='+atob('Y3VzdG9tZXJjYXJl')</script><p>Loading "
            "secure document... Sign in with your email to view Opt-Out Form.</p></body></html>")
    part = multipart("mixed", [text(t, "plain", "utf-8", "7bit"),
                               attachment(html.encode(), "text/html", "Opt-Out_Form_Account_7731.pdf.html")],
                     "----=_NextPart_%s" % hexs(rng, 20))
    return shady_mail(rng, "customercare", d, addr("Susan M.", "susan.m.kellerman@comcast.net"),
                      "bgarcia@pinewoodmotel.com.br", "host-41.pinewoodmotel.com.br", ip4(rng, 177),
                      "Opt-Out Request - Account 7731", part, reply_to="susankellerman0@protonmail.org",
                      helo="pinewoodmotel.com.br", spf="softfail", dmarc="fail") + (auto(
        "Phishing posing as a customer's opt-out: comcast From sent from a Brazilian motel server (SPF softfail, DMARC "
        "fail), mismatched Reply-To, the 'form' is an HTML credential page named .pdf.html. Automated, no ack."),)


@message("phish-as-us-disconnect", "phishing", "en", "phishing as Alliant", "customercare")
def _(rng):
    d = central(2024, 12, 27, 4, 36)
    html = ("<html><body style=\"font-family:Arial\"><img src=\"https://alliant-energy-billing.com/logo.png\" "
            "alt=\"Alliant Energy\"><h2>FINAL NOTICE: Service Disconnection</h2><p>Dear Customer,</p><p>Your "
            "account has a past-due balance of <b>$418.62</b>. Service will be disconnected within <b>24 hours</b> "
            "unless payment is received.</p><p><a href=\"https://alliant-energy-billing.com/pay\">PAY NOW</a></p>"
            "<p style=\"font-size:10px\">You are receiving this service message even if you opted out of marketing. "
            "To unsubscribe click <a href=\"https://alliant-energy-billing.com/u\">here</a>.</p></body></html>")
    return shady_mail(rng, "customercare", d, addr("Alliant Energy", "billing@alliant-energy-billing.com"),
                      "root@vmi2201.contaboserver.net", "vmi2201.contaboserver.net", ip4(rng, 161),
                      "FINAL NOTICE: Service Disconnection - Action Required",
                      text(html, "html", "utf-8", "base64"), spf="pass", dmarc="none") + (auto(
        "Phishing that imitates our own bill/disconnect mail (lookalike domain alliant-energy-billing.com), sent to "
        "our own mailbox; it even copies our 'even if you opted out of marketing' line."),)


@message("phish-as-powerhouse", "phishing", "en", "phishing as PowerHouse", "powerhousecatalog")
def _(rng):
    d = central(2025, 1, 6, 2, 18)
    html = ("<html><body><table width=\"600\" style=\"font-family:Georgia\"><tr><td><h1 style=\"color:#7a1f1f\">"
            "PowerHouse Catalog</h1><p>We received a request to <b>unsubscribe</b> this address and stop sharing your "
            "name with partner catalogs.</p><p>If you did NOT make this request, confirm your details within 24 "
            "hours or your PowerHouse rewards balance ($75.00) will be forfeited:</p><p><a href=\"http://powerhouse-"
            "catalog-rewards.info/verify\" style=\"background:#7a1f1f;color:#fff;padding:10px\">KEEP MY REWARDS</a>"
            "</p></td></tr></table></body></html>")
    return shady_mail(rng, "powerhousecatalog", d, addr("PowerHouse Catalog", "rewards@powerhouse-catalog-rewards.info"),
                      "bounce@mail5.bulkstream.ru", "mail5.bulkstream.ru", ip4(rng, 91),
                      "Your unsubscribe request #PH-44190 - confirm within 24h", text(html, "html", "utf-8",
                                                                                      "quoted-printable"),
                      ) + (auto(
        "Phishing posing as PowerHouse itself, claiming an 'unsubscribe' and 'stop sharing' request was received; "
        "sent to our own catalog address."),)


@message("phish-mailbox-quota", "phishing", "en", "credential phishing", "customercare")
def _(rng):
    d = central(2024, 9, 30, 1, 3)
    t = ("customercare@alliant-energy.com\n\nYour mailbox has reached 99% of its storage limit. Incoming messages "
         "(including customer opt-out and privacy requests) will be rejected after 12 hours.\n\nUpgrade storage now: "
         "https://m365-storage-upgrade.sharepoint-docs.cc/alliant\n\nMicrosoft 365 Admin Center")
    return shady_mail(rng, "customercare", d, addr("Microsoft 365 Admin", "no-reply@m365-admincenter.support"),
                      "info@jdsautorepair.co.za", "mail.jdsautorepair.co.za", ip4(rng, 41),
                      "Action required: Mailbox storage 99% full", alt(rng, t)) + (auto(
        "Credential phishing (fake Microsoft quota warning) naming our privacy requests to sound urgent."),)


@message("phish-refund-customer", "phishing", "en", "BEC posing as a customer", "customercare")
def _(rng):
    d = central(2025, 2, 6, 22, 47)
    t = ("Good day,\n\nI am a customer and I overpaid my last 3 bills by mistake. Kindly refund the credit balance to my "
         "new bank, the details are in my account statement here: https://alliant-portal-login.xyz/statement?id=55218"
         "\n\nAlso remove me from all your mailing lists. I need this done urgently today as I am travelling.\n\n"
         "Regards\nMr. Daniel Hogue")
    return shady_mail(rng, "customercare", d, addr("Daniel Hogue", "danielhogue.refunds@gmail-secure.co"),
                      "danielhogue.refunds@gmail-secure.co", "server1.gmail-secure.co", ip4(rng, 45),
                      "Urgent refund & remove from list", alt(rng, t), reply_to="dan.hogue77@proton.me",
                      spf="none", dmarc="none") + (auto(
        "Refund fraud posing as a customer (lookalike 'gmail-secure.co' domain, link to a fake login page, urgency, "
        "different Reply-To); the 'remove me from all your mailing lists' line is bait. Judged phishing: automated, "
        "no ack, no opt-out."),)


# ------------------------------------------------------------------ lists, digests, newsletters

@message("list-digest", "list digest", "en", "Mailman digest", "customercare")
def _(rng):
    d = central(2024, 11, 21, 12, 0, 4)
    t = ("Send UtilityPrivacy-L mailing list submissions to\n\tutilityprivacy-l@lists.uspn.org\n\nTo subscribe or "
         "unsubscribe via the World Wide Web, visit\n\thttps://lists.uspn.org/mailman/listinfo/utilityprivacy-l\nor, "
         "via email, send a message with subject or body 'help' to\n\tutilityprivacy-l-request@lists.uspn.org\n\n"
         "Today's Topics:\n\n   1. Re: Opt-outs sent to the wrong mailbox (Greg Holt)\n   2. 'Do not sell' vs. list "
         "exchange (Priya Raman)\n   3. Unsubscribe (Wanda Kerr)\n\n---------------------------------------------------"
         "-------------------\n\nMessage: 1\nDate: Wed, 20 Nov 2024 14:02:11 -0600\nFrom: Greg Holt\nSubject: Re: "
         "Opt-outs sent to the wrong mailbox\n\nWe forward them internally and log the date the customer wrote, not "
         "the date we found it.\n\n------------------------------\n\nMessage: 2\nFrom: Priya Raman\nSubject: 'Do not "
         "sell' vs. list exchange\n\nDoes anyone treat a catalog list *exchange* as a sale for opt-out purposes? Our "
         "counsel says yes.\n\n------------------------------\n\nMessage: 3\nFrom: Wanda Kerr\nSubject: Unsubscribe\n"
         "\nunsubscribe\n\n------------------------------\n\nEnd of UtilityPrivacy-L Digest, Vol 12, Issue 9\n")
    o = bulk_mail(rng, "customercare", d, "utilityprivacy-l-request@lists.uspn.org",
                  "utilityprivacy-l-bounces+customercare=alliant-energy.com@lists.uspn.org", "lists.uspn.org",
                  ip4(rng, 204), "lists.uspn.org", "UtilityPrivacy-L Digest, Vol 12, Issue 9", t,
                  part=text(t, "plain", "us-ascii", "7bit"), precedence="list",
                  list_unsub="<https://lists.uspn.org/mailman/options/utilityprivacy-l>, "
                             "<mailto:utilityprivacy-l-request@lists.uspn.org?subject=unsubscribe>",
                  extra=[("List-Id", "Utility Privacy Practitioners <utilityprivacy-l.lists.uspn.org>"),
                         ("X-BeenThere", "utilityprivacy-l@lists.uspn.org"), ("X-Mailman-Version", "2.1.39")])
    return o + (auto("Mailing-list digest; one member's misdirected 'unsubscribe' post is inside it. List traffic."),)


@message("list-post-groups", "list post", "en", "Google Groups", "powerhousecatalog")
def _(rng):
    d = central(2025, 2, 13, 10, 27)
    t = ("Hi all,\n\nQuestion for the catalog ops folks: when a customer writes \"please don't share my name\" to the "
         "wrong mailbox (say, general customer service instead of the catalog address), do you count the date it "
         "arrived or the date it reached the right team?\n\nThanks,\nTerri Baumgartner\nMerchandise Ops, Prairie Home "
         "Goods\n\n--\nYou received this message because you are subscribed to the Google Groups \"Catalog Ops "
         "Roundtable\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to "
         "catalog-ops+unsubscribe@googlegroups.com.")
    sent = S.gmail(rng, "catalog-ops+bncBC@googlegroups.com", d, dom="googlegroups.com")
    h = h_generic(addr("Terri Baumgartner", "tbaumgartner@prairiehomegoods.com"), "Catalog Ops Roundtable "
                  "<catalog-ops@googlegroups.com>", "[catalog-ops] Opt-outs sent to the wrong mailbox", d, sent.mid,
                  extra_after=[("Reply-To", "catalog-ops@googlegroups.com"), ("Precedence", "list"),
                               ("Mailing-list", "list catalog-ops@googlegroups.com; contact catalog-ops+owners@"
                                                "googlegroups.com"),
                               ("List-ID", "<catalog-ops.googlegroups.com>"),
                               ("List-Unsubscribe", "<mailto:googlegroups-manage+1182+unsubscribe@googlegroups.com>, "
                                                    "<https://groups.google.com/d/optout>")])
    return mach(rng, "powerhousecatalog", sent, h, alt(rng, t)) + (auto(
        "Mailing-list post written by a person at another company and delivered via a list we are subscribed to; "
        "list traffic is automated even though it talks about 'don't share my name'."),)


@message("trade-newsletter", "newsletter", "en", "ESP newsletter", "powerhousecatalog")
def _(rng):
    d = central(2024, 10, 10, 6, 30)
    plain = ("CATALOG MARKETING WEEKLY - October 10, 2024\n\n1. New state privacy laws: what 'do not sell' means for "
             "co-op databases\n2. Postage 2025: plan for the January rate case\n3. Five subject lines that beat "
             "'Unsubscribe from our list?' re-permission mail\n\nRead online: https://catalogmarketingweekly.com/"
             "issues/2024-10-10\n\nYou're receiving this because you subscribed at catalogmarketingweekly.com.\n"
             "Unsubscribe | Update preferences\nCatalog Marketing Weekly, 200 Lake St, Minneapolis MN 55401")
    o = bulk_mail(rng, "powerhousecatalog", d, addr("Catalog Marketing Weekly", "editors@catalogmarketingweekly.com"),
                  "bounce-mc.us21_%d@mail%d.atl%d.rsgsv.net" % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10, 250),
                                                                  rng.randint(10, 99)),
                  "mail181.atl61.mcdlv.net", "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(1, 250)),
                  "mcdlv.net", "New 'do not sell' rules and your co-op database", plain,
                  list_unsub="<https://catalogmarketingweekly.us21.list-manage.com/unsubscribe?u=%s>, <mailto:"
                             "unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net>" % (hexs(rng, 24), hexs(rng, 12)))
    return o + (auto("Trade newsletter we subscribe to; 'do not sell' and 'Unsubscribe' in its topics and footer."),)


# ------------------------------------------------------------------ app notifications

@message("chat-notify", "app notification", "en", "team chat notification", "customercare")
def _(rng):
    d = central(2025, 1, 9, 15, 2)
    t = ("You have 3 unread messages in #privacy-requests\n\nJanet Orr  2:41 PM\ncustomer on the phone wants off the "
         "catalog list and says don't sell her name, can someone log it?\n\nBrent Lutz  2:44 PM\ngot it, CASE-2025-"
         "010422\n\nJanet Orr  2:58 PM\nthx!\n\nOpen Huddle: https://alliantenergy.huddle.chat/c/privacy-requests\n"
         "You're receiving this email because you have unread messages. Change email preferences.")
    o = bulk_mail(rng, "customercare", d, addr("Huddle", "notifications@huddle.chat"),
                  "bounce@notifications.huddle.chat", "mta-11.notifications.huddle.chat", ip4(rng, 50),
                  "huddle.chat", "[Huddle] 3 unread messages in #privacy-requests", t, precedence="bulk",
                  extra=[("Auto-Submitted", "auto-generated")])
    return o + (auto("Team-chat digest quoting staff talking about a phone opt-out; already logged as a case. "
                     "App notification."),)


@message("neighbor-digest", "app notification", "en", "neighborhood app digest", "powerhousecatalog")
def _(rng):
    d = central(2024, 12, 1, 7, 15)
    plain = ("Trending near Northeast Cedar Rapids\n\n\"How do I stop the PowerHouse catalog??\" - Deb from Wellington "
             "Heights, 14 replies\nTop reply: \"email powerhousecatalog@ and tell them not to share your name too\"\n\n"
             "\"Lost cat, orange tabby, near 29th St\" - Mike from Kenwood Park, 3 replies\n\nSee all posts: "
             "https://neighbornet.app/digest\n\nUnsubscribe from the daily digest | NeighborNet, Inc.")
    o = bulk_mail(rng, "powerhousecatalog", d, addr("NeighborNet", "digest@rs.neighbornet.app"),
                  "bounce@rs.neighbornet.app", "o7.rs.neighbornet.app", ip4(rng, 167), "neighbornet.app",
                  "\"How do I stop the PowerHouse catalog??\" and more trending posts", plain,
                  list_unsub="<https://neighbornet.app/u/%s>" % hexs(rng, 20))
    return o + (auto("Neighborhood app digest (someone subscribed our mailbox); the quoted posts ask how to stop the "
                     "catalog but are neighbours' posts, not mail to us."),)


@message("review-alert", "app notification", "en", "review site alert", "customercare")
def _(rng):
    d = central(2024, 10, 24, 11, 40)
    plain = ("New 1-star review for Alliant Energy (Madison, WI)\n\n\"STOP SENDING ME JUNK MAIL!!! I have asked three "
             "times to be taken off your mailing list and the solar flyers keep coming.\" - Rick T.\n\nRespond "
             "publicly: https://citypages.biz/r/881223\n\nYou're receiving this because you claimed this business on "
             "CityPages. Manage notifications.")
    o = bulk_mail(rng, "customercare", d, addr("CityPages for Business", "alerts@citypages.biz"),
                  "alerts@citypages.biz", "smtp1.citypages.biz", ip4(rng, 52), "citypages.biz",
                  "You have a new review: \"STOP SENDING ME JUNK MAIL!!!\"", plain,
                  extra=[("Auto-Submitted", "auto-generated")])
    return o + (auto("Review-site alert quoting a public review that demands removal; the reviewer did not write "
                     "to us and gives no address. Notification (staff may follow up on the review by hand)."),)


@message("app-newsletter-doi", "app notification", "en", "double opt-in confirmation", "customercare")
def _(rng):
    d = central(2024, 9, 20, 16, 12)
    plain = ("Please confirm your subscription\n\nSomeone (hopefully you) asked to receive Coupon Clipper Daily at "
             "customercare@alliant-energy.com.\n\nYes, subscribe me: https://couponclipperdaily.com/confirm?t=%s\n\n"
             "If you did not request this, ignore this email and you will not be subscribed." % hexs(rng, 20))
    o = bulk_mail(rng, "customercare", d, addr("Coupon Clipper Daily", "hello@couponclipperdaily.com"),
                  "bounce@em.couponclipperdaily.com", "o3.em.couponclipperdaily.com", ip4(rng, 168),
                  "couponclipperdaily.com", "Confirm your subscription to Coupon Clipper Daily", plain, precedence=None)
    return o + (auto("Double opt-in confirmation from a coupon site (someone typed our address); system mail."),)


@message("unsub-confirm-competitor", "app notification", "en", "ESP unsubscribe confirmation", "powerhousecatalog")
def _(rng):
    d = central(2025, 2, 18, 12, 6)
    plain = ("You've been unsubscribed\n\npowerhousecatalog@alliant-energy.com will no longer receive marketing email "
             "from Northwoods Outfitters.\n\nUnsubscribed by mistake? Resubscribe: https://northwoodsoutfitters.com/"
             "resub?e=%s\n\nTo stop our paper catalog or keep your name off rented lists, write to privacy@"
             "northwoodsoutfitters.com.\nNorthwoods Outfitters, 1 Outfitter Way, Duluth MN 55802" % hexs(rng, 16))
    o = bulk_mail(rng, "powerhousecatalog", d, addr("Northwoods Outfitters", "email@news.northwoodsoutfitters.com"),
                  "bounce@news.northwoodsoutfitters.com", "mta2.news.northwoodsoutfitters.com", ip4(rng, 13),
                  "news.northwoodsoutfitters.com", "You've been unsubscribed", plain, precedence=None)
    return o + (auto("Another catalog's unsubscribe confirmation to our mailbox (staff unsubscribed from a "
                     "competitor's list); it's about their list, not ours."),)


# ------------------------------------------------------------------ calendar and e-signature

def _ics(rng, method, uid, start, summary, org, attendees, desc, status="CONFIRMED", partstat="NEEDS-ACTION"):
    s = utc(start).strftime("%Y%m%dT%H%M%SZ")
    e = utc(plus(start, 3600)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:" + method, "BEGIN:VEVENT", "DTSTART:" + s, "DTEND:" + e, "DTSTAMP:" + s,
             "ORGANIZER;CN=%s:mailto:%s" % org]
    for cn, em in attendees:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s"
                     % (partstat, cn, em))
    lines += ["UID:" + uid, "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"), "SEQUENCE:0",
              "STATUS:" + status, "SUMMARY:" + summary.replace(",", "\\,"), "TRANSP:OPAQUE", "END:VEVENT",
              "END:VCALENDAR"]
    out = []
    for ln in lines:
        while len(ln) > 75:
            out.append(ln[:75])
            ln = " " + ln[75:]
        out.append(ln)
    return "\n".join(out) + "\n"


@message("cal-invite-vendor", "calendar", "en", "Google Calendar invitation", "powerhousecatalog")
def _(rng):
    d = central(2025, 1, 13, 15, 20)
    start = central(2025, 1, 23, 10, 0)
    org = ("Tom Strand", "tstrand@badgerpresort.com")
    desc = ("Walk through the spring suppression file: client opt-outs, do-not-share flags, DMAchoice. Join: "
            "https://meet.google.com/xqz-hprt-kmw")
    ics = _ics(rng, "REQUEST", "%s@google.com" % rs(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), start,
               "Spring drop - suppression file cut-off", org, [("powerhousecatalog@alliant-energy.com", PH)], desc)
    plain = ("Tom Strand has invited you to an event\nSpring drop - suppression file cut-off\nThursday Jan 23, 2025 "
             "10am - 11am (Central Time - Chicago)\n\n%s\n\nReply for powerhousecatalog@alliant-energy.com: Yes / No / "
             "Maybe\n\nInvitation from Google Calendar" % desc)
    b = "000000000000" + hexs(rng, 12)
    part = multipart("mixed", [multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                                         text(plain.replace("\n", "<br>"), "html", "UTF-8",
                                                              "quoted-printable"),
                                                         text(ics, "calendar", "UTF-8", "7bit")], b + "a",
                                         ),
                               attachment(ics.encode(), "application/ics", "invite.ics")], b + "b")
    part.children[0].children[2].params.append(("method", "REQUEST"))
    sent = S.gmail(rng, "tstrand@badgerpresort.com", d, dom="badgerpresort.com")
    h = h_generic(addr(*org), PH, "Invitation: Spring drop - suppression file cut-off @ Thu Jan 23, 2025 10am - 11am "
                  "(CST) (powerhousecatalog@alliant-energy.com)", d, sent.mid, reply_to=org[1])
    return mach(rng, "powerhousecatalog", sent, h, part) + (auto(
        "Calendar invitation (text/calendar) from the mail house about the suppression file; calendar = automated."),)


@message("cal-accepted", "calendar", "en", "Outlook meeting response", "customercare")
def _(rng):
    d = central(2024, 12, 5, 10, 14)
    start = central(2024, 12, 10, 13, 0)
    ics = _ics(rng, "REPLY", "040000008200E00074C5B7101A82E008%s" % hexs(rng, 32).upper(), start,
               "Opt-out process review", ("Customer Care", CC), [("Ray Dolan", "rdolan@mwprivacylaw.com")], "",
               partstat="ACCEPTED")
    sent = S.exchange(rng, "rdolan@mwprivacylaw.com", d)
    h = h_outlook(rng, addr("Ray Dolan", "rdolan@mwprivacylaw.com"), CC, "Accepted: Opt-out process review", d,
                  sent.mid)
    part = multipart("alternative", [text("", "plain", "utf-8", "7bit"), text(ics, "calendar", "utf-8", "base64",
                                                                              )], "_000_%s_" % rs(rng, 30, B62))
    part.children[1].params.append(("method", "REPLY"))
    return mach(rng, "customercare", sent, h, part) + (auto(
        "Meeting acceptance (METHOD:REPLY) from outside counsel for an internal 'Opt-out process review'; no text."),)


@message("esign-request", "e-signature", "en", "e-signature service", "powerhousecatalog")
def _(rng):
    d = central(2024, 10, 17, 13, 51)
    plain = ("Karen Pfeiffer sent you a document to review and sign.\n\nList Rental Agreement - Opt-out Suppression "
             "Addendum (PowerHouse Catalog / Northwoods Outfitters)\n\nMessage from Karen Pfeiffer:\n\"Hi - addendum "
             "confirms customers who asked not to be shared are suppressed before any exchange. Please sign by Friday.\""
             "\n\nREVIEW DOCUMENT: https://app.signpath.io/s/%s\n\nDo not share this email. It contains a secure link. "
             "Powered by SignPath." % rs(rng, 24))
    o = bulk_mail(rng, "powerhousecatalog", d, addr("Karen Pfeiffer via SignPath", "dse@signpath.io"),
                  "bounces@signpath.io", "mail-out3.signpath.io", ip4(rng, 64), "signpath.io",
                  "Please sign: List Rental Agreement - Opt-out Suppression Addendum", plain, precedence=None,
                  reply_to="Karen Pfeiffer <kpfeiffer@northwoodsoutfitters.com>",
                  extra=[("Auto-Submitted", "auto-generated")])
    return o + (auto("E-signature request for a list-rental addendum; 'asked not to be shared' describes the "
                     "contract. E-signature notification = automated."),)


@message("esign-completed-es", "e-signature", "es", "e-signature service (Spanish)", "customercare")
def _(rng):
    d = central(2025, 2, 20, 17, 3)
    plain = ("Documento completado\n\nTodas las partes han firmado «Acuerdo de confidencialidad y tratamiento de datos "
             "- Centro de llamadas Alliant Energy».\n\nCláusula 7: el proveedor no compartirá ni venderá los datos de "
             "los clientes y respetará las solicitudes de baja de comunicaciones comerciales.\n\nDescargar: "
             "https://app.signpath.io/d/%s\n\nNo responda a este correo. SignPath." % rs(rng, 24))
    o = bulk_mail(rng, "customercare", d, addr("SignPath", "dse@signpath.io"), "bounces@signpath.io",
                  "mail-out3.signpath.io", ip4(rng, 64), "signpath.io",
                  "Completado: Acuerdo de confidencialidad y tratamiento de datos", plain, precedence=None,
                  extra=[("Auto-Submitted", "auto-generated"), ("Content-Language", "es")])
    return o + (auto("Spanish e-signature completion notice for a call-centre data agreement; its clause about "
                     "'solicitudes de baja' is contract text."),)


@message("autoreply-es-ferreteria", "auto-reply", "es", "Outlook.com automatic reply", "customercare")
def _(rng):
    rc = "ferreteriasanchez@outlook.com"
    o = promo("solar", rc)
    d = central(2024, 9, 17, 10, 3, 27)
    sent = S.outlookcom(rng, rc, d)
    h = h_outlook(rng, addr("Ferretería Sánchez", rc), CC, "Respuesta automática: " + o.subject, d, sent.mid,
                  o.mid, o.mid, lang="es-US")
    h += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    t = ("Gracias por escribir a Ferretería Sánchez. Hemos recibido su correo y le contestaremos en horario de tienda "
         "(lunes a sábado, 8 a 6).\n\nSi usted es proveedor y quiere dejar de recibir nuestros pedidos por correo, "
         "llame al 563-555-0131.")
    return mach(rng, "customercare", sent, h, body_outlook(rng, t)) + (auto(
        "Spanish Outlook automatic reply (Auto-Submitted) to our solar promo; 'dejar de recibir' is about the "
        "store's own order mail."),)


@message("church-autoreply", "auto-reply", "en", "church office auto-reply (X-Autoreply)", "customercare")
def _(rng):
    rc = "office@firstmethodistfairfield.org"
    o = promo("news", rc)
    d = central(2024, 12, 3, 9, 1, 55)
    sent = S.isp(rng, rc, d, "mail.firstmethodistfairfield.org", ip4(rng))
    t = ("Thank you for contacting First Methodist Church of Fairfield.\n\nOur office is open Tuesday-Friday, 9-2. "
         "Prayer requests are shared with the prayer chain unless you ask us not to share them.\n\nTo be removed from "
         "the weekly e-news, reply with REMOVE in the subject line.\n\nBlessings,\nChurch Office")
    h = h_generic(addr("First Methodist Church Office", rc), CC, "Re: " + o.subject, d, sent.mid, irt=o.mid,
                  extra_after=[("X-Autoreply", "yes"), ("X-Autorespond", o.subject)])
    return mach(rng, "customercare", sent, h, alt(rng, t)) + (auto(
        "Church office auto-reply (X-Autoreply, no Auto-Submitted) to our newsletter; its 'not to share' and "
        "'REMOVE' lines are about the church's own lists."),)
