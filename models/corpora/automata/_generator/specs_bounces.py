"""Automated: delivery failures and delay warnings of many MTAs and languages, and read receipts."""
import datetime as dt

import ours
from kit import text, raw, multi, hexid
from spec import S, dsn_status, report, mdn

AS_G = ("Auto-Submitted", "auto-generated")


def _arr(d, minutes=1):
    return d - dt.timedelta(minutes=minutes)


def postfix_en(d, key):
    rcpt = "lkrieger88@mchsi.com"
    human = ("This is the mail system at host mx3.mchsi-mail.net.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<%s>: host mailstore2.mchsi-mail.net[10.8.4.21] said: 550 5.1.1\n"
             "    <%s>: Recipient address rejected: User unknown in virtual mailbox\n"
             "    table (in reply to RCPT TO command)\n" % (rcpt, rcpt))
    st = dsn_status("mx3.mchsi-mail.net", rcpt, "failed", "5.1.1",
                    "550 5.1.1 <%s>: Recipient address rejected: User unknown" % rcpt, _arr(d),
                    "mailstore2.mchsi-mail.net",
                    "X-Postfix-Queue-ID: 4Xk2Tq0Bz7z9sLm\nX-Postfix-Sender: rfc822; customercare@alliant-energy.com\n")
    return report(text(human, extra=[]), st, ours.full("energy_promo", rcpt, d, key, days=0))


def postfix_de(d, key):
    rcpt = "m.hoffmann@gmx.de"
    human = ("Dies ist das Mailsystem auf dem Host mout.gmx-relay.de.\n\n"
             "Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht\n"
             "zugestellt werden. Sie finden die Nachricht unten im Anhang.\n\n"
             "Bei Fragen wenden Sie sich bitte an den Postmaster.\n\n"
             "                   Das Mailsystem\n\n"
             "<%s>: Mailbox voll / mailbox full: 552 5.2.2 Quota exceeded\n" % rcpt)
    st = dsn_status("mout.gmx-relay.de", rcpt, "failed", "5.2.2", "552 5.2.2 Mailbox full", _arr(d, 3))
    return report(text(human, charset="utf-8"), st, ours.full("catalog_promo", rcpt, d, key, days=0))


def exim_ack(d, key):
    rcpt = "dfenske@iowatelecom.net"
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    host mail.iowatelecom.net [64.9.213.41]\n"
            "    SMTP error from remote mail server after RCPT TO:<%s>:\n"
            "    550 No such user here\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" % (rcpt, rcpt))
    orig = ours.full("ack", rcpt, d, key, days=0).replace("\r\n", "\n")
    return text(body + orig)


def o365_en(d, key):
    rcpt = "jthorsby@thorsbyagri.com"
    human = ("Your message to %s couldn't be delivered.\n\n"
             "jthorsby wasn't found at thorsbyagri.com.\n\n"
             "customercare     Office 365     jthorsby\n  Action Required                 Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: SN6PR04MB4958.namprd04.prod.outlook.com\n\n"
             "%s\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n"
             % (rcpt, rcpt))
    st = dsn_status("SN6PR04MB4958.namprd04.prod.outlook.com", rcpt, "failed", "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", _arr(d))
    return report(text(human), st, ours.heads("newsletter", rcpt, d, key, days=0), headers_only=True)


def o365_es(d, key):
    rcpt = "contabilidad@tallerlopez.com"
    human = ("No se pudo entregar su mensaje a %s.\n\n"
             "No se encontró contabilidad en tallerlopez.com.\n\n"
             "Cómo solucionarlo\nEs posible que la dirección esté mal escrita o no exista. "
             "Compruebe la dirección\ne intente enviar el mensaje de nuevo.\n\n"
             "Información de diagnóstico para administradores:\nServidor generador: BN8PR12MB3377.namprd12.prod.outlook.com\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n" % rcpt)
    st = dsn_status("BN8PR12MB3377.namprd12.prod.outlook.com", rcpt, "failed", "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound", _arr(d))
    return report(text(human), st, ours.heads("promo_es", rcpt, d, key, days=0), headers_only=True)


def o365_fr(d, key):
    rcpt = "s.gagnon@boulangeriegagnon.ca"
    human = ("Votre message à %s n'a pas pu être remis.\n\n"
             "La boîte aux lettres de s.gagnon est pleine.\n\n"
             "Comment résoudre le problème\nLe destinataire doit libérer de l'espace ou vous pouvez réessayer "
             "plus tard.\n\nInformations de diagnostic pour les administrateurs :\n"
             "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n" % rcpt)
    st = dsn_status("YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM", rcpt, "failed", "5.2.2",
                    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", _arr(d))
    return report(text(human), st, ours.full("catalog_promo", rcpt, d, key, days=0))


def gmail(d, key):
    rcpt = "bettyannrausch@gmail.com"
    human = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
             "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
             "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. "
             "Please try double-checking the recipient's email address for typos or unnecessary spaces.\n" % rcpt)
    st = dsn_status("googlemail.com", rcpt, "failed", "5.1.1",
                    "550-5.1.1 The email account that you tried to reach does not exist", _arr(d),
                    "gmail-smtp-in.l.google.com")
    return report(text(human), st, ours.full("catalog_promo", rcpt, d, key, days=0))


def yahoo(d, key):
    rcpt = "corn_country_gal@yahoo.com"
    return text("Sorry, we were unable to deliver your message to the following address.\n\n"
                "<%s>:\n554: delivery error: dd This user doesn't have a yahoo.com account (%s) [0] - "
                "mta4012.mail.gq1.yahoo.com\n\n--- Below this line is a copy of the message.\n\n%s"
                % (rcpt, rcpt, ours.full("energy_promo", rcpt, d, key, days=0).replace("\r\n", "\n")))


def sendmail(d, key):
    rcpt = "hal@prairiepost.net"
    human = ("The original message was received at %s\nfrom mx1.alliant-energy.com [10.20.1.11]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
             "    (reason: 550 5.7.1 Mailbox disabled for this recipient)\n\n"
             "   ----- Transcript of session follows -----\n... while talking to mail.prairiepost.net.:\n"
             ">>> DATA\n<<< 550 5.7.1 Mailbox disabled for this recipient\n550 5.1.1 <%s>... User unknown\n"
             % (d.strftime("%a, %d %b %Y %H:%M:%S -0600"), rcpt, rcpt))
    st = dsn_status("smtp.prairiepost.net", rcpt, "failed", "5.7.1", "550 5.7.1 Mailbox disabled for this recipient",
                    _arr(d, 2), "mail.prairiepost.net")
    return report(text(human), st, ours.full("newsletter", rcpt, d, key, days=0))


def qmail(d, key):
    rcpt = "kmeyer@rconnect.com"
    return text("Hi. This is the qmail-send program at mail.rconnect.com.\n"
                "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                "<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
                "--- Below this line is a copy of the message.\n\n%s"
                % (rcpt, ours.full("ack_catalog", rcpt, d, key, days=0).replace("\r\n", "\n")))


def postfix_pt(d, key):
    rcpt = "fernanda.lins@terra.com.br"
    human = ("Este é o sistema de correio no servidor mx.terra.com.br.\n\n"
             "Lamentamos informar que sua mensagem não pôde ser entregue a um ou\n"
             "mais destinatários. Ela está anexada abaixo.\n\n"
             "<%s>: host caixa4.terra.com.br[200.154.56.80] said: 550 5.1.1 Usuário\n"
             "    inexistente (in reply to RCPT TO command)\n" % rcpt)
    st = dsn_status("mx.terra.com.br", rcpt, "failed", "5.1.1", "550 5.1.1 Usuario inexistente", _arr(d),
                    "caixa4.terra.com.br")
    return report(text(human), st, ours.full("energy_promo", rcpt, d, key, days=0))


def delay_postfix(d, key):
    rcpt = "orders@riverbendhardware.com"
    human = ("This is the mail system at host mx1.alliant-energy.com.\n\n"
             "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for more than 4 hour(s).\n"
             "It will be retried until it is 5 day(s) old.\n\n"
             "                   The mail system\n\n"
             "<%s>: connect to mail.riverbendhardware.com[66.42.17.9]:25:\n    Connection timed out\n" % rcpt)
    st = dsn_status("mx1.alliant-energy.com", rcpt, "delayed", "4.4.1",
                    "connect to mail.riverbendhardware.com: Connection timed out", _arr(d, 260))
    return report(text(human), st, ours.heads("catalog_promo", rcpt, d, key, days=0), headers_only=True)


def delay_o365(d, key):
    rcpt = "ppetrakis@petrakisgrill.com"
    human = ("Delivery is delayed to these recipients or groups:\n\n%s\n\n"
             "Subject: Re: your privacy request - received\n\n"
             "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
             "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. "
             "You'll be notified if the message can't be delivered by that time.\n" % rcpt)
    st = dsn_status("CH2PR08MB7013.namprd08.prod.outlook.com", rcpt, "delayed", "4.4.7",
                    "441 4.4.1 Error encountered while communicating with primary target IP address", _arr(d, 240))
    return report(text(human), st, ours.heads("ack", rcpt, d, key, days=0), headers_only=True)


def delay_gmail(d, key):
    rcpt = "office@wapsievet.com"
    human = ("\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
             "%s. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
             "The response was:\n\nThe recipient server did not accept our requests to connect.\n" % rcpt)
    st = dsn_status("googlemail.com", rcpt, "delayed", "4.4.1", "The recipient server did not accept our requests to connect",
                    _arr(d, 180))
    return report(text(human), st, ours.heads("energy_promo", rcpt, d, key, days=0), headers_only=True)


def mdn_tb(d, key):
    rcpt = "lorna.vik@charter.net"
    return mdn("This is a Return Receipt for the mail that you sent to %s.\n\n"
               "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's\n"
               "computer. There is no guarantee that the recipient has read or understood the message contents.\n" % rcpt,
               "Thunderbird; Mozilla Thunderbird 128.3.0", rcpt, ours.msgid("ack", key),
               "manual-action/MDN-sent-manually; displayed", ours.heads("ack", rcpt, d, key, days=1))


def mdn_outlook(d, key):
    rcpt = "cheryl.dahlberg@outlook.com"
    return mdn("Your message\n\n  To: %s\n  Subject: Re: catalog request - received\n  Sent: %s\n\n"
               "was read on %s.\n" % (rcpt, ours.sent("ack_catalog", d, 1).strftime("%A, %B %d, %Y %I:%M:%S %p"),
                                       d.strftime("%A, %B %d, %Y %I:%M:%S %p")),
               "Microsoft Outlook 16.0", rcpt, ours.msgid("ack_catalog", key),
               "manual-action/MDN-sent-automatically; displayed", ours.heads("ack_catalog", rcpt, d, key, days=1))


def mdn_de(d, key):
    rcpt = "k.brandt@posteo.de"
    return mdn("Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an %s gesendet haben.\n\n"
               "Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde.\n" % rcpt,
               "Posteo Webmail", rcpt, ours.msgid("catalog_promo", key),
               "manual-action/MDN-sent-manually; displayed", ours.heads("catalog_promo", rcpt, d, key, days=2))


SPECS = [
    S("dsn-postfix-en", "customercare", ("Mail Delivery System", "MAILER-DAEMON@mx3.mchsi-mail.net"),
      "Undelivered Mail Returned to Sender", lambda d: postfix_en(d, "dsn-postfix-en"), auto=True, month=3,
      return_path="", headers=[AS_G],
      note="Postfix bounce (user unknown) carrying our heat-pump promotion as message/rfc822, unsubscribe footer included",
      cat="auto:bounce", client="Postfix"),
    S("dsn-postfix-de", "powerhousecatalog", ("Mail Delivery System", "MAILER-DAEMON@mout.gmx-relay.de"),
      "Unzustellbar: Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: postfix_de(d, "dsn-postfix-de"), auto=True, lang="de", return_path="", headers=[AS_G],
      note="German-template Postfix bounce (mailbox full) with our catalog promotion inside, which says 'reply UNSUBSCRIBE'",
      cat="auto:bounce", client="Postfix (de)"),
    S("dsn-exim-ack", "customercare", ("Mail Delivery System", "Mailer-Daemon@smtp2.iowatelecom.net"),
      "Mail delivery failed: returning message to sender", lambda d: exim_ack(d, "dsn-exim-ack"), auto=True,
      return_path="", headers=[AS_G, ("X-Failed-Recipients", "dfenske@iowatelecom.net")],
      note="Exim non-MIME bounce of our own acknowledgement; 'privacy request' words are ours",
      cat="auto:bounce", client="Exim"),
    S("dsn-o365-en", "customercare", ("Microsoft Outlook", "postmaster@thorsbyagri.onmicrosoft.com"),
      "Undeliverable: Energy Notes: spring tune-ups, tree trimming and a new rebate",
      lambda d: o365_en(d, "dsn-o365-en"), auto=True, month=4, return_path="", headers=[AS_G],
      note="Office 365 NDR (recipient not found) with text/rfc822-headers of our newsletter",
      cat="auto:bounce", client="Office 365"),
    S("dsn-o365-es", "customercare", ("Microsoft Outlook", "postmaster@tallerlopez.onmicrosoft.com"),
      "No se puede entregar: Ahorre este invierno: sellado de ventanas con descuento",
      lambda d: o365_es(d, "dsn-o365-es"), auto=True, month=12, lang="es", return_path="", headers=[AS_G],
      note="Spanish Office 365 NDR for our Spanish promotion",
      cat="auto:bounce", client="Office 365 (es)"),
    S("dsn-o365-fr", "powerhousecatalog", ("Microsoft Outlook", "postmaster@boulangeriegagnon.onmicrosoft.com"),
      "Non remis : Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: o365_fr(d, "dsn-o365-fr"), auto=True, lang="fr", return_path="", headers=[AS_G],
      note="French Office 365 NDR (mailbox full) carrying the whole catalog promotion",
      cat="auto:bounce", client="Office 365 (fr)"),
    S("dsn-gmail", "powerhousecatalog", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
      "Delivery Status Notification (Failure)", lambda d: gmail(d, "dsn-gmail"), auto=True, return_path="",
      headers=[AS_G], note="Gmail 'Address not found' DSN with our catalog promotion attached",
      cat="auto:bounce", client="Gmail"),
    S("dsn-yahoo", "customercare", ("MAILER-DAEMON@yahoo.com", "MAILER-DAEMON@yahoo.com"), "Failure Notice",
      lambda d: yahoo(d, "dsn-yahoo"), auto=True, return_path="",
      note="Yahoo plain-text failure notice with our promotion pasted below, unsubscribe footer included",
      cat="auto:bounce", client="Yahoo"),
    S("dsn-sendmail", "customercare", ("Mail Delivery Subsystem", "MAILER-DAEMON@smtp.prairiepost.net"),
      "Returned mail: see transcript for details", lambda d: sendmail(d, "dsn-sendmail"), auto=True,
      return_path="", headers=[AS_G], note="Sendmail bounce (mailbox disabled) returning our newsletter",
      cat="auto:bounce", client="Sendmail"),
    S("dsn-qmail", "powerhousecatalog", ("MAILER-DAEMON@mail.rconnect.com", "MAILER-DAEMON@mail.rconnect.com"),
      "failure notice", lambda d: qmail(d, "dsn-qmail"), auto=True, return_path="",
      note="qmail failure notice, no MIME, our catalog acknowledgement pasted raw",
      cat="auto:bounce", client="qmail"),
    S("dsn-postfix-pt", "customercare", ("Sistema de Entrega de Mensagens", "MAILER-DAEMON@mx.terra.com.br"),
      "Mensagem não entregue", lambda d: postfix_pt(d, "dsn-postfix-pt"), auto=True, lang="pt", return_path="",
      headers=[AS_G], note="Portuguese Postfix bounce (usuario inexistente) with our promotion",
      cat="auto:bounce", client="Postfix (pt-BR)"),
    S("delay-postfix", "powerhousecatalog", ("Mail Delivery System", "MAILER-DAEMON@mx1.alliant-energy.com"),
      "Delayed Mail (still being retried)", lambda d: delay_postfix(d, "delay-postfix"), auto=True,
      return_path="", headers=[AS_G], relay=("mx1.alliant-energy.com", "10.20.1.11"), auth="null",
      note="our own relay's delay warning (4 hours) for a catalog promotion",
      cat="auto:delay", client="Postfix (our relay)"),
    S("delay-o365", "customercare", ("Microsoft Outlook", "postmaster@petrakisgrill.onmicrosoft.com"),
      "Delivery delayed:Re: your privacy request - received", lambda d: delay_o365(d, "delay-o365"), auto=True,
      return_path="", headers=[AS_G], note="Office 365 delayed-delivery notice for our acknowledgement",
      cat="auto:delay", client="Office 365"),
    S("delay-gmail", "customercare", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
      "Delivery Status Notification (Delay)", lambda d: delay_gmail(d, "delay-gmail"), auto=True, return_path="",
      headers=[AS_G], note="Gmail 'Message not delivered yet' delay DSN",
      cat="auto:delay", client="Gmail"),
    S("mdn-thunderbird", "customercare", ("Lorna Vik", "lorna.vik@charter.net"),
      "Return Receipt (displayed) - Re: your privacy request - received",
      lambda d: mdn_tb(d, "mdn-thunderbird"), auto=True, return_path="",
      note="Thunderbird MDN (multipart/report disposition-notification) for our acknowledgement; From is the customer but she wrote nothing",
      cat="auto:receipt", client="Thunderbird"),
    S("mdn-outlook", "powerhousecatalog", ("Cheryl Dahlberg", "cheryl.dahlberg@outlook.com"),
      "Read: Re: catalog request - received", lambda d: mdn_outlook(d, "mdn-outlook"), auto=True,
      return_path="", note="Outlook MDN 'Read:' as multipart/report; no new text",
      cat="auto:receipt", client="Outlook 16"),
    S("read-plain", "customercare", ("Arvid Nyquist", "anyquist@netins.net"),
      "Read: Up to $100 back on a heat pump water heater",
      lambda d: text("Your message\n\n  To:     anyquist@netins.net\n  Subject:     Up to $100 back on a heat pump "
                     "water heater\n  Sent:     %s\n\nwas read on %s."
                     % (ours.sent("energy_promo", d, 2).strftime("%m/%d/%Y %I:%M %p"), d.strftime("%m/%d/%Y %I:%M %p"))),
      auto=True, month=5,
      note="Outlook 'Read:' receipt as plain text, no report MIME and no auto headers",
      cat="auto:receipt", client="Outlook 2016"),
    S("notread-plain", "powerhousecatalog", ("Dolores Hatch", "dhatch@southslope.net"),
      "Not read: Fresh in the PowerHouse Catalog: outdoor lighting week",
      lambda d: text("Your message\n\n  To: dhatch@southslope.net\n  Subject: Fresh in the PowerHouse Catalog: "
                     "outdoor lighting week\n  Sent: %s\n\nwas deleted without being read on %s."
                     % (ours.sent("catalog_promo", d, 4).strftime("%m/%d/%Y %I:%M %p"), d.strftime("%m/%d/%Y %I:%M %p"))),
      auto=True,
      note="'Not read: ... deleted without being read' receipt; tempting as a rejection of the catalog, but nobody wrote anything",
      cat="auto:receipt", client="Outlook 2019"),
    S("mdn-de", "powerhousecatalog", ("Katrin Brandt", "k.brandt@posteo.de"),
      "Gelesen: Fresh in the PowerHouse Catalog: outdoor lighting week", lambda d: mdn_de(d, "mdn-de"),
      auto=True, lang="de", return_path="", note="German MDN 'Gelesen:' (displayed) for our catalog promotion",
      cat="auto:receipt", client="Posteo"),
]
