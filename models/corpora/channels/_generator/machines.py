"""Machine mail and mail that is not a request: bounces, auto-replies, e-bill system mail, printers and mail
houses, marketing-platform notifications, phishing, a read receipt. All automated, no labels, ack_to null."""
import base64
from datetime import timedelta, timezone

import blobs
from clients import alnum, hexs, uid, tzname
from mime import Leaf, Multi, Raw, addr, enc_word, esc, fold, message_bytes, rfcdate
from ours import OURS, CC, PH, ALERTS, central, to_central

MBOX = {"customercare": CC, "powerhousecatalog": PH}


def inbound(rng, when, rcpt, helo, ip, envelope, rdns=None, tls=True):
    t = to_central(when + timedelta(seconds=rng.randint(1, 25)))
    mx = "mx%d.alliant-energy.com" % rng.randint(1, 2)
    return [
        "Return-Path: <%s>" % envelope,
        "Delivered-To: %s" % rcpt,
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s (%s)" % (
            helo, rdns or helo, ip, mx, "ESMTPS" if tls else "ESMTP",
            alnum(rng, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"), rcpt, rfcdate(t.replace(microsecond=0)), tzname(t)),
    ]


def our_headers(rng, key, to_addr, msgid=None, subject=None, when=None):
    o = OURS[key]
    when = when or o["when"]
    t = to_central(when)
    mid = msgid or "<%s.%s.%s@mail.alliant-energy.com>" % (o["kind"], t.strftime("%Y%m%d%H%M"), hexs(rng, 12))
    hs = [
        "Received: from mta%02d.mail.alliant-energy.com (mta%02d.mail.alliant-energy.com [198.51.100.%d])" % (
            rng.randint(1, 12), rng.randint(1, 12), rng.randint(10, 90)),
        "\tby relay.alliant-energy.com (Postfix) with ESMTPS id %s; %s" % (alnum(rng, 10, "0123456789ABCDEF"), rfcdate(t)),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com; s=mkt2026;",
        "\th=from:to:subject:date:message-id; bh=%s=" % alnum(rng, 43),
        "From: %s" % addr(o["from_name"], o["from_addr"]),
        "To: %s" % to_addr,
        "Subject: %s" % (subject or o["subject"]),
        "Date: %s" % rfcdate(t),
        "Message-ID: %s" % mid,
    ]
    if o["kind"] in ("promotion", "newsletter"):
        hs.append("List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>")
        hs.append("Precedence: bulk")
    if o["kind"] == "catalog":
        hs.append("List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>")
    if o.get("reply_to"):
        hs.append("Reply-To: %s" % o["reply_to"])
    if o.get("auto"):
        hs.append("Auto-Submitted: auto-replied")
    hs += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit"]
    return "\n".join(hs), mid


def our_full(rng, key, to_addr):
    h, mid = our_headers(rng, key, to_addr)
    return h + "\n\n" + OURS[key]["text"] + "\n", mid


M = []


def machine(**kw):
    def deco(fn):
        kw["build"] = fn
        kw.setdefault("lang", "en")
        M.append(kw)
        return fn
    return deco


# =============================================================== bounces

@machine(id="M01", cat="bounce: Postfix user unknown", mailbox="customercare", answers="promo_thermostat",
         program="Postfix (mail.mhtc.net)", when=central(2027, 1, 19, 10, 3, 18),
         note="Postfix DSN for a promotion sent to a closed address: machine mail, never a request.")
def m01(rng, s):
    when = s["when"]
    orig = "dkrause@mhtc.net"
    oh, _ = our_headers(rng, "promo_thermostat", orig)
    b = "%s.%d/mail.mhtc.net" % (alnum(rng, 10, "0123456789ABCDEF"), rng.randint(1000000000, 1999999999))
    qid = alnum(rng, 10, "0123456789ABCDEF")
    hs = inbound(rng, when, CC, "mail.mhtc.net", "207.70.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "")
    hs += ["Received: by mail.mhtc.net (Postfix)\n\tid %s; %s" % (qid, rfcdate(when)),
           "Date: " + rfcdate(when), "From: MAILER-DAEMON@mail.mhtc.net (Mail Delivery System)",
           "Subject: Undelivered Mail Returned to Sender", "To: customercare@alliant-energy.com",
           "Auto-Submitted: auto-replied",
           "Message-Id: <%s.%s@mail.mhtc.net>" % (when.strftime("%Y%m%d%H%M%S"), qid)]
    note = Leaf("text/plain", (
        "This is the mail system at host mail.mhtc.net.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n<%s>: host mail.mhtc.net[private/dovecot-lmtp] said: 550 5.1.1\n"
        "    <%s> User doesn't exist: %s (in reply to RCPT TO command)\n") % (orig, orig, orig),
        cte=None, charset=None, headers=["Content-Description: Notification"])
    note.ctype = "text/plain; charset=us-ascii"
    ds = Raw("message/delivery-status", (
        "Reporting-MTA: dns; mail.mhtc.net\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; customercare@alliant-energy.com\n"
        "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; mail.mhtc.net\nDiagnostic-Code: smtp; 550 5.1.1 <%s> User doesn't exist: %s\n")
        % (qid, rfcdate(when - timedelta(seconds=3)), orig, orig, orig, orig), headers=["Content-Description: Delivery report"])
    hd = Raw("text/rfc822-headers", oh, headers=["Content-Description: Undelivered Message Headers"])
    root = Multi("report", b, [note, ds, hd], preamble="This is a MIME-encapsulated message.", params=["report-type=delivery-status"])
    return message_bytes(hs, root)


@machine(id="M02", cat="bounce: Microsoft 365 NDR of our acknowledgement", mailbox="customercare", answers="acknowledgement",
         program="Exchange Online NDR", when=central(2027, 2, 15, 11, 2, 41),
         note="Exchange Online non-delivery report for one of our acknowledgements; the quoted subject 'Re: Unsubscribe me "
              "please' is ours, not a request.")
def m02(rng, s):
    when = s["when"]
    orig = "r.lindgren@cedarvalleyclinic.org"
    mid = "<ack.%s.%05d@alliant-energy.com>" % (when.strftime("%Y%m%d"), rng.randint(10000, 99999))
    pr = "BN%dPR%02dMB%04d.namprd%02d.prod.outlook.com" % (rng.randint(6, 9), rng.randint(10, 19), rng.randint(1000, 9999), rng.randint(2, 20))
    hs = inbound(rng, when, CC, "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "",
                 rdns="mail-bn8nam12on2%03d.outbound.protection.outlook.com" % rng.randint(100, 199))
    hs += ["From: postmaster@cedarvalleyclinic.org", "To: customercare@alliant-energy.com",
           "Date: " + rfcdate(when.astimezone(timezone.utc)),
           "Message-ID: <%s@%s>" % (uid(rng, upper=False), pr),
           "Subject: Undeliverable: Re: Unsubscribe me please", "Auto-Submitted: auto-replied",
           "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US", "X-MS-PublicTrafficType: Email"]
    b1 = uid(rng, upper=False)
    b2 = uid(rng, upper=False)
    text = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at cedarvalleyclinic.org.\n\n"
            "customercare    Office 365      r.lindgren\nAction Required                 Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n"
            "  *   Retype the recipient's address, then resend the message.\n"
            "  *   If you're using Outlook, open this message and update the recipient's address.\n\n"
            "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
            "This error occurs because the sender sent a message to an email address hosted by Office 365 but the address "
            "is incorrect or doesn't exist at the destination domain.\n\nOriginal Message Details\nCreated Date:   %s\n"
            "Sender Address: customercare@alliant-energy.com\nRecipient Address:      %s\nSubject:        Re: Unsubscribe me please\n\n"
            "Error Details\nReported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
            "DSN generated by:       %s\n") % (orig, orig, when.astimezone(timezone.utc).strftime("%m/%d/%Y %I:%M:%S %p"), orig, pr)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p style=\"font-family:Segoe UI;font-size:24px;color:#C00000\">Your message to %s couldn't be delivered.</p>"
            "<p>%s wasn't found at cedarvalleyclinic.org.</p><p><b>Status code: 550 5.1.10</b></p></body></html>\n") % (esc(orig), esc(orig))
    alt = Multi("alternative", b2, [Leaf("text/plain", text, cte="quoted-printable", charset="us-ascii"),
                                     Leaf("text/html", html, cte="quoted-printable", charset="us-ascii")],
                params=["differences=Content-Type"])
    ds = Raw("message/delivery-status", (
        "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;relay.alliant-energy.com\nArrival-Date: %s\n\n"
        "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
        % (pr, rfcdate(when.astimezone(timezone.utc)), orig, orig))
    oh = ("From: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: %s\nSubject: Re: Unsubscribe me please\n"
          "Date: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n") % (
        orig, rfcdate(to_central(when - timedelta(seconds=4))), mid)
    root = Multi("report", b1, [alt, ds, Raw("text/rfc822-headers", oh)], params=["report-type=delivery-status"])
    return message_bytes(hs, root)


@machine(id="M03", cat="bounce: Gmail address not found", mailbox="powerhousecatalog", answers="catalog_spring",
         program="Gmail mailer-daemon", when=central(2027, 2, 16, 9, 1, 7),
         note="Gmail DSN for a catalog e-mail; its text quotes our unsubscribe footer, which is not anyone's request.")
def m03(rng, s):
    when = s["when"]
    orig = "jkemper.1961@gmail.com"
    full, mid = our_full(rng, "catalog_spring", orig)
    hs = inbound(rng, when, PH, "mail-sor-f69.google.com", "209.85.220.69", "")
    hs += ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=googlemail.com; s=20230601; t=%d; x=%d; darn=alliant-energy.com;\n        h=in-reply-to:references:subject:from:date:message-id:auto-submitted:to\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s" % (
        int(when.timestamp()), int(when.timestamp()) + 604800, alnum(rng, 43), alnum(rng, 70)),
        "MIME-Version: 1.0", "To: powerhousecatalog@alliant-energy.com", "Auto-Submitted: auto-replied",
        "Message-ID: <%s.%s.%s@mx.google.com>" % (hexs(rng, 8), hexs(rng, 6), hexs(rng, 4)),
        "Date: " + rfcdate(when.astimezone(timezone(timedelta(hours=-8)))).replace("-0800", "-0800 (PST)"),
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Subject: Delivery Status Notification (Failure)", "References: " + mid, "In-Reply-To: " + mid,
        "X-Failed-Recipients: " + orig]
    b = "00000000000" + hexs(rng, 17)
    b2 = "00000000000" + hexs(rng, 17)
    text = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is "
            "unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
            "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
            "the recipient's email address for typos or unnecessary spaces. For more information, go to "
            "https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp\n") % (orig, alnum(rng, 20), rng.randint(10, 99))
    html = ("<html>\n<head>\n<style>\n* {\nfont-family:Roboto, \"Helvetica Neue\", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n"
            "<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" style=\"padding-top:32px;background-color:#ffffff;\"><tbody>\n"
            "<tr><td><h1 style=\"font-size:24px;\">Address not found</h1><p>Your message wasn't delivered to <a style=\"color:#212121;text-decoration:none;\"><b>%s</b></a> "
            "because the address couldn't be found, or is unable to receive mail.</p></td></tr>\n"
            "<tr><td><p>The response from the remote server was:</p><p>550 5.1.1 The email account that you tried to reach does not exist.</p></td></tr>\n"
            "</tbody></table>\n</body>\n</html>\n") % esc(orig)
    alt = Multi("alternative", b2, [Leaf("text/plain", text, cte="7bit", charset="UTF-8"),
                                     Leaf("text/html", html, cte="quoted-printable", charset="UTF-8")])
    ds = Raw("message/delivery-status", (
        "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.%d.%d, the server for the domain gmail.com.)\n"
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: %s\n")
        % (rfcdate(when - timedelta(seconds=2)), orig, rng.randint(1, 250), rng.randint(2, 250), rfcdate(when)))
    root = Multi("report", b, [alt, ds, Raw("message/rfc822", full)], params=["report-type=delivery-status"])
    return message_bytes(hs, root, mime_version=None)


@machine(id="M04", cat="bounce: Yahoo failure notice", mailbox="customercare", answers="newsletter",
         program="Yahoo MTA failure notice", when=central(2027, 2, 3, 7, 1, 52),
         note="Yahoo's plain-text failure notice for the newsletter: machine mail.")
def m04(rng, s):
    when = s["when"]
    orig = "grandmaruthie@yahoo.com"
    oh, mid = our_headers(rng, "newsletter", orig)
    hs = inbound(rng, when, CC, "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 60)), "74.6.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "")
    hs += ["Date: " + rfcdate(when.astimezone(timezone.utc)), "From: MAILER-DAEMON@yahoo.com", "To: customercare@alliant-energy.com",
           "Subject: Failure Notice", "Message-ID: <%d.%d@yahoo.com>" % (rng.randint(10 ** 9, 10 ** 10), rng.randint(10 ** 5, 10 ** 6)),
           "X-Yahoo-Newman-Property: ymail-5"]
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
            "554: delivery error: dd Not a valid recipient - atlas-%s.mail.bf1.yahoo.com\n\n"
            "--- Below this line is a copy of the message.\n\n%s\n\n%s\n") % (orig, alnum(rng, 6).lower(), oh, OURS["newsletter"]["text"][:400])
    return message_bytes(hs, Leaf("text/plain", body, cte="7bit", charset="us-ascii"))


@machine(id="M05", cat="bounce: Exim mail delivery failed", mailbox="customercare", answers="promo_heatpump",
         program="Exim 4.96 (Mediacom)", when=central(2027, 2, 9, 10, 5, 33),
         note="Exim bounce of a promotion to a full mailbox: machine mail.")
def m05(rng, s):
    when = s["when"]
    orig = "lwhitaker@mediacombb.net"
    oh, mid = our_headers(rng, "promo_heatpump", orig)
    eid = "%s-%s-%s" % (alnum(rng, 6), alnum(rng, 6), alnum(rng, 2))
    hs = inbound(rng, when, CC, "mx2.mediacombb.net", "173.22.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "")
    hs += ["Received: from mail by mx2.mediacombb.net with local (Exim 4.96)\n\tid %s\n\tfor customercare@alliant-energy.com; %s" % (eid, rfcdate(when)),
           "X-Failed-Recipients: " + orig, "Auto-Submitted: auto-replied",
           "From: Mail Delivery System <Mailer-Daemon@mx2.mediacombb.net>", "To: customercare@alliant-energy.com",
           "References: " + mid, "Content-Type: text/plain; charset=us-ascii",
           "Subject: Mail delivery failed: returning message to sender",
           "Message-Id: <E%s@mx2.mediacombb.net>" % eid, "Date: " + rfcdate(when)]
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
            "The following address(es) failed:\n\n  %s\n    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message's headers. ------\n\n%s\n") % (orig, oh)
    data = (("\n".join(hs)) + "\n\n" + body).encode("ascii")
    return data.replace(b"\n", b"\r\n")


@machine(id="M06", cat="bounce: Sendmail returned mail", mailbox="customercare", answers="promo_appliance",
         program="Sendmail 8.17 (Windstream)", when=central(2027, 3, 2, 10, 4, 9),
         note="Sendmail 'Returned mail' for a promotion: machine mail.")
def m06(rng, s):
    when = s["when"]
    orig = "hkoch@windstream.net"
    full, mid = our_full(rng, "promo_appliance", orig)
    sid = "%s%06d" % (alnum(rng, 8), rng.randint(0, 999999))
    b = "%s.%d/mx%d.windstream.net" % (sid, int(when.timestamp()), rng.randint(1, 6))
    hs = inbound(rng, when, CC, "mx4.windstream.net", "162.39.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "<>")
    hs += ["Received: from localhost (localhost)\n\tby mx4.windstream.net (8.17.1/8.17.1) id %s;\n\t%s" % (sid, rfcdate(when)),
           "Date: " + rfcdate(when), "From: Mail Delivery Subsystem <MAILER-DAEMON@mx4.windstream.net>",
           "Message-Id: <%s.%s@mx4.windstream.net>" % (when.strftime("%Y%m%d%H%M"), sid), "To: <customercare@alliant-energy.com>",
           "Subject: Returned mail: see transcript for details", "Auto-Submitted: auto-generated (failure)"]
    text = ("The original message was received at %s\nfrom relay.alliant-energy.com [198.51.100.25]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: 550 5.1.1 <%s>... User unknown)\n\n"
            "   ----- Transcript of session follows -----\n... while talking to mailstore2.windstream.net.:\n>>> DATA\n"
            "<<< 550 5.1.1 <%s>... User unknown\n550 5.1.1 <%s>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n") % (
        rfcdate(when - timedelta(seconds=5)), orig, orig, orig, orig)
    ds = Raw("message/delivery-status", (
        "Reporting-MTA: dns; mx4.windstream.net\nReceived-From-MTA: DNS; relay.alliant-energy.com\nArrival-Date: %s\n\n"
        "Final-Recipient: RFC822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mailstore2.windstream.net\n"
        "Diagnostic-Code: SMTP; 550 5.1.1 <%s>... User unknown\nLast-Attempt-Date: %s\n") % (
        rfcdate(when - timedelta(seconds=5)), orig, orig, rfcdate(when)))
    root = Multi("report", b, [Leaf("text/plain", text, cte=None, charset=None), ds, Raw("message/rfc822", full)],
                 preamble="This is a MIME-encapsulated message", params=["report-type=delivery-status"])
    root.parts[0].ctype = "text/plain"
    return message_bytes(hs, root)


@machine(id="M07", cat="bounce (es): Exchange in Spanish", mailbox="customercare", answers="acknowledgement", lang="es",
         program="Exchange Server 2019 NDR (Spanish)", when=central(2027, 3, 4, 16, 0, 2),
         note="Spanish Exchange non-delivery report for one of our acknowledgements ('No se puede entregar: Re: No quiero "
              "promociones'): the Spanish opt-out words are our quoted subject, not a request.")
def m07(rng, s):
    when = s["when"]
    orig = "mgarza@transportesgarzaia.com"
    srv = "EXCH01.transportesgarzaia.local"
    b1 = "_000_%s_" % alnum(rng, 20, "0123456789ABCDEF")
    hs = inbound(rng, when, CC, "mail.transportesgarzaia.com", "64.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "")
    hs += ["From: postmaster@transportesgarzaia.com", "To: customercare@alliant-energy.com",
           "Date: " + rfcdate(to_central(when)), "Content-Language: es-MX",
           "Message-ID: <%s@%s>" % (uid(rng, upper=False), srv),
           "Subject: " + enc_word("No se puede entregar: Re: No quiero promociones", "utf-8", "Q"),
           "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "]
    text = ("Error en la entrega a estos destinatarios o grupos:\n\n%s\nLa dirección de correo electrónico que escribió no se encuentra. "
            "Compruebe la dirección de correo electrónico del destinatario e intente enviar el mensaje de nuevo. Si el problema "
            "continúa, póngase en contacto con el departamento de soporte técnico.\n\n\n\n\n\n\n"
            "Información de diagnóstico para administradores:\n\nServidor de generación: %s\n\n%s\nRemote Server returned "
            "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nEncabezados del mensaje original:\n\n"
            "From: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: %s\nSubject: Re: No quiero promociones\n"
            "Date: %s\nAuto-Submitted: auto-replied\n") % (orig, srv, orig, orig, rfcdate(to_central(when - timedelta(minutes=1))))
    ds = Raw("message/delivery-status", (
        "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;relay.alliant-energy.com\nArrival-Date: %s\n\n"
        "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n")
        % (srv, rfcdate(when - timedelta(minutes=1)), orig))
    root = Multi("report", b1, [Leaf("text/plain", text, cte="quoted-printable", charset="utf-8"), ds],
                 params=["report-type=delivery-status"])
    return message_bytes(hs, root)


@machine(id="M08", cat="bounce: Postfix delay warning", mailbox="customercare", answers="newsletter",
         program="Postfix (mail.chorus.net) delay DSN", when=central(2027, 2, 3, 11, 14, 0),
         note="Postfix 'Delayed Mail (still being retried)' warning; nothing failed yet, no one wrote anything.")
def m08(rng, s):
    when = s["when"]
    orig = "jwilbur@chorus.net"
    oh, mid = our_headers(rng, "newsletter", orig)
    qid = alnum(rng, 11, "0123456789ABCDEF")
    b = "%s.%d/smtp02.chorus.net" % (qid, int(when.timestamp()))
    hs = inbound(rng, when, CC, "smtp02.chorus.net", "66.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "")
    hs += ["Date: " + rfcdate(when), "From: MAILER-DAEMON@smtp02.chorus.net (Mail Delivery System)",
           "Subject: Delayed Mail (still being retried)", "To: customercare@alliant-energy.com", "Auto-Submitted: auto-replied",
           "Message-Id: <%s.%s@smtp02.chorus.net>" % (when.strftime("%Y%m%d%H%M%S"), qid)]
    text = ("This is the mail system at host smtp02.chorus.net.\n\n####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
            "<%s>: connect to mailstore.chorus.net[66.%d.%d.%d]:25: Connection timed out\n") % (
        orig, rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250))
    ds = Raw("message/delivery-status", (
        "Reporting-MTA: dns; smtp02.chorus.net\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; customercare@alliant-energy.com\n"
        "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.1\n"
        "Diagnostic-Code: X-Postfix; connect to mailstore.chorus.net:25: Connection timed out\nWill-Retry-Until: %s\n") % (
        qid, rfcdate(OURS["newsletter"]["when"]), orig, orig, rfcdate(OURS["newsletter"]["when"] + timedelta(days=5))))
    root = Multi("report", b, [Leaf("text/plain", text, cte=None, charset="us-ascii"), ds,
                               Raw("text/rfc822-headers", oh)],
                 preamble="This is a MIME-encapsulated message.", params=["report-type=delivery-status"])
    root.parts[0].charset_quoted = False
    return message_bytes(hs, root)


# =============================================================== auto-replies

@machine(id="M09", cat="auto-reply: Outlook out of office", mailbox="customercare", answers="promo_thermostat",
         program="Exchange Online automatic reply", when=central(2027, 1, 19, 10, 0, 38),
         note="Automatic reply with Auto-Submitted to a promotion; its 'please contact' lines are not a request.")
def m09(rng, s):
    when = s["when"]
    frm = "kmoellers@linncountyia.gov"
    mid = "<%s@%sPR%02dMB%04d.namprd%02d.prod.outlook.com>" % (uid(rng), rng.choice(["SJ0", "DM8", "CH0"]), rng.randint(10, 19), rng.randint(1000, 9999), rng.randint(2, 20))
    hs = inbound(rng, when, CC, "NAM10-DM6-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "")
    hs += ["From: Kristin Moellers <%s>" % frm, "To: Alliant Energy <customercare@alliant-energy.com>",
           "Subject: Automatic reply: Save $75 on a smart thermostat this winter",
           "Thread-Topic: Save $75 on a smart thermostat this winter", "Date: " + rfcdate(when.astimezone(timezone.utc)),
           "Message-ID: " + mid, "References: <promotion.202701191000.%s@mail.alliant-energy.com>" % hexs(rng, 12),
           "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: " + frm,
           "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]
    txt = ("I am out of the office through Monday, January 25 with limited access to e-mail.\n\n"
           "For assistance with property tax statements please call the Treasurer's office at 319-555-0142. "
           "For anything else, please contact the front desk and they will direct your message.\n\nThank you,\nKristin\n")
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>%s</body></html>\n" % "".join(
        "<p>%s</p>" % esc(p) for p in txt.strip().split("\n\n"))
    b = "_000_%s_" % mid.strip("<>").split("@")[0].replace("-", "")
    root = Multi("alternative", b, [Leaf("text/plain", txt, cte="quoted-printable", charset="us-ascii"),
                                    Leaf("text/html", html, cte="quoted-printable", charset="us-ascii")])
    return message_bytes(hs, root)


@machine(id="M10", cat="auto-reply: headerless vacation note", mailbox="customercare", answers="promo_heatpump",
         program="cPanel/Exim autoresponder (no Auto-Submitted)", when=central(2027, 2, 9, 10, 1, 15),
         note="Headerless auto-reply (no Auto-Submitted) from a small shop: LABELS 'Headerless auto-replies' says automated.")
def m10(rng, s):
    when = s["when"]
    frm = "kurt@riversidemarine-dbq.com"
    hs = inbound(rng, when, CC, "server.riversidemarine-dbq.com", "192.0.2.%d" % rng.randint(2, 250), frm)
    hs += ["Received: from riversid by server.riversidemarine-dbq.com with local (Exim 4.96.2)\n\t(envelope-from <%s>)\n\tid %s-%s-%s\n\tfor customercare@alliant-energy.com; %s" % (
        frm, alnum(rng, 6), alnum(rng, 6), alnum(rng, 2), rfcdate(when)),
        "To: customercare@alliant-energy.com", "Subject: Re: Rebates up to $1,500 on heat pumps - apply by March 31",
        "From: Kurt Leibold <%s>" % frm, "Date: " + rfcdate(when),
        "Message-Id: <E1%s-%s@server.riversidemarine-dbq.com>" % (alnum(rng, 6), alnum(rng, 6)),
        "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
    body = ("Thanks for your email!\n\nI'm away from the shop until February 22 and won't be checking email much. "
            "If this is about a repair or a winterized boat please call the shop at 563-555-0110 and Deb will help you.\n\n"
            "Kurt\nRiverside Marine - Dubuque\n")
    data = ("\n".join(hs) + "\nMIME-Version: 1.0\n\n" + body).encode("utf-8")
    return data.replace(b"\n", b"\r\n")


@machine(id="M11", cat="auto-reply: no longer monitored", mailbox="customercare", answers="acknowledgement",
         program="Google Workspace vacation responder", when=central(2027, 2, 18, 13, 44, 20),
         note="'This address is no longer monitored' answering one of our acknowledgements; tells us to write elsewhere, asks nothing.")
def m11(rng, s):
    when = s["when"]
    frm = "pta.treasurer@hooverptoiowa.org"
    hs = inbound(rng, when, CC, "mail-qt1-f%d.google.com" % rng.randint(170, 199), "209.85.160.%d" % rng.randint(2, 250), frm)
    hs += ["MIME-Version: 1.0", "From: Hoover PTO Treasurer <%s>" % frm, "Date: " + rfcdate(when),
           "Message-ID: <CA%s@mail.gmail.com>" % alnum(rng, 44), "Subject: Re: Re: Stop the flyers",
           "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
           "Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes",
           "In-Reply-To: <ack.%s.%05d@alliant-energy.com>" % (when.strftime("%Y%m%d"), rng.randint(10000, 99999))]
    txt = ("This mailbox is no longer monitored. The Hoover PTO treasurer for 2026-27 can be reached at "
           "treasurer2027@hooverptoiowa.org. Messages sent here are not read or forwarded.\n")
    html = "<div dir=\"ltr\">%s</div>\n" % esc(txt.strip())
    root = Multi("alternative", "0000000000" + hexs(rng, 18), [Leaf("text/plain", txt, cte="7bit", charset="UTF-8"),
                                                               Leaf("text/html", html, cte="7bit", charset="UTF-8")])
    return message_bytes(hs, root, mime_version=None)


@machine(id="M12", cat="auto-reply (es): fuera de la oficina", mailbox="customercare", answers="promo_heatpump", lang="es",
         program="Outlook automatic reply (Spanish)", when=central(2027, 2, 9, 10, 0, 51),
         note="Spanish out-of-office with Auto-Submitted answering a promotion: automated.")
def m12(rng, s):
    when = s["when"]
    frm = "ana.beltran@lacasitadeliowa.com"
    mid = "<%s@MW%dPR%02dMB%04d.namprd%02d.prod.outlook.com>" % (uid(rng), rng.randint(3, 5), rng.randint(10, 19), rng.randint(1000, 9999), rng.randint(2, 20))
    hs = inbound(rng, when, CC, "NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "")
    subj = "Respuesta automática: Rebates up to $1,500 on heat pumps - apply by March 31"
    hs += ["From: =?utf-8?B?%s?= <%s>" % (base64.b64encode("Ana Beltrán".encode()).decode(), frm),
           "To: Alliant Energy <customercare@alliant-energy.com>", fold("Subject", enc_word(subj, "utf-8", "B")),
           "Date: " + rfcdate(when.astimezone(timezone.utc)), "Message-ID: " + mid,
           "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: es-MX"]
    txt = ("Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 15 de febrero con acceso limitado al correo.\n\n"
           "Para pedidos de catering llame al 515-555-0168.\n\nSaludos,\nAna Beltrán\nLa Casita de Iowa\n")
    html = "<html><body dir=\"ltr\">%s</body></html>\n" % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in txt.strip().split("\n\n"))
    b = "_000_%s_" % mid.strip("<>").split("@")[0].replace("-", "")
    root = Multi("alternative", b, [Leaf("text/plain", txt, cte="base64", charset="utf-8"),
                                    Leaf("text/html", html, cte="base64", charset="utf-8")])
    return message_bytes(hs, root)


@machine(id="M13", cat="auto-reply: help-desk ticket", mailbox="powerhousecatalog", answers="catalog_spring",
         program="Zendesk", when=central(2027, 2, 16, 9, 0, 44),
         note="A business's help desk opened a ticket from our catalog e-mail and auto-answered: automated.")
def m13(rng, s):
    when = s["when"]
    frm = "support@lakesidehardware.zendesk.com"
    hs = inbound(rng, when, PH, "out%d.mail.zendesk.com" % rng.randint(1, 9), "192.161.%d.%d" % (rng.randint(144, 159), rng.randint(2, 250)), "bounces+%s@zendesk.com" % hexs(rng, 10))
    tno = rng.randint(40000, 49999)
    hs += ["Date: " + rfcdate(when.astimezone(timezone.utc)), "From: Lakeside Hardware Support <%s>" % frm,
           "Reply-To: Lakeside Hardware Support <support+id%d@lakesidehardware.zendesk.com>" % tno,
           "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
           "Message-ID: <%s_%s_sprut@zendesk.com>" % (alnum(rng, 13).upper(), hexs(rng, 8)),
           "Subject: [Lakeside Hardware] Re: Spring Preview: 20% off LED lighting and smart plugs",
           "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-Mailer: Zendesk Mailer",
           "X-Zendesk-From-Account-Id: %s" % hexs(rng, 7)]
    txt = ("##- Please type your reply above this line -##\n\nYour request (%d) has been received and is being reviewed by our support staff.\n\n"
           "To add additional comments, reply to this email.\n\nLakeside Hardware - Spirit Lake, Iowa\n\n"
           "[%s]\n") % (tno, alnum(rng, 6).upper() + "-" + alnum(rng, 5).upper())
    html = ("<!DOCTYPE html><html><head><meta content=\"text/html; charset=utf-8\" http-equiv=\"Content-Type\"></head><body>"
            "<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div><p>Your request (%d) has been received and is being reviewed by our support staff.</p>"
            "<p>To add additional comments, reply to this email.</p></body></html>\n") % tno
    root = Multi("alternative", "--==_mimepart_%s_%d" % (hexs(rng, 12), rng.randint(100, 999)),
                 [Leaf("text/plain", txt, cte="7bit", charset="UTF-8"), Leaf("text/html", html, cte="7bit", charset="UTF-8")],
                 params=["charset=UTF-8"])
    return message_bytes(hs, root)


@machine(id="M14", cat="challenge-response", mailbox="customercare", answers="newsletter",
         program="MailGuardian challenge-response", when=central(2027, 2, 3, 7, 2, 30),
         note="Challenge-response asking the sender to verify: automated (LABELS 'Not a request at all').")
def m14(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "verify.mailguardian.net", "203.0.113.%d" % rng.randint(2, 250), "challenge@verify.mailguardian.net")
    hs += ["Date: " + rfcdate(when.astimezone(timezone.utc)),
           "From: \"Lois Brekken (via MailGuardian)\" <challenge@verify.mailguardian.net>",
           "To: customercare@alliant-energy.com",
           "Subject: Re: Energy Connections | February 2027 [Please verify - MG-%d]" % rng.randint(100000, 999999),
           "Message-ID: <mg.%s@verify.mailguardian.net>" % hexs(rng, 24), "Auto-Submitted: auto-replied",
           "X-MailGuardian: challenge"]
    tok = alnum(rng, 32)
    html = ("<html><body style=\"font-family:Arial\"><p>Hello,</p><p>I use MailGuardian to block junk mail. Your message "
            "\"Energy Connections | February 2027\" is being held until you confirm you are a real person.</p>"
            "<p><a href=\"https://verify.mailguardian.net/c/%s\">Click here to verify</a> - you only need to do this once.</p>"
            "<p>If you do not verify within 7 days your message will be deleted.</p><p>Thank you,<br>Lois Brekken</p></body></html>\n") % tok
    return message_bytes(hs, Leaf("text/html", html, cte="quoted-printable", charset="iso-8859-1"))


@machine(id="M15", cat="auto-reply: Yahoo vacation response", mailbox="powerhousecatalog", answers="catalog_ship",
         program="Yahoo Mail vacation response", when=central(2027, 1, 26, 9, 0, 27),
         note="Yahoo vacation response (X-Autoreply, no Auto-Submitted) to a catalog e-mail: automated.")
def m15(rng, s):
    when = s["when"]
    frm = "bonnie.greve@yahoo.com"
    hs = inbound(rng, when, PH, "sonic%d-%d.consmr.mail.gq1.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 60)), "98.137.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), frm)
    hs += ["Date: " + rfcdate(when.astimezone(timezone.utc)), "From: Bonnie Greve <%s>" % frm,
           "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
           "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), int(when.timestamp() * 1000)),
           "Subject: Auto Reply: Free shipping ends Sunday - Winter Clearance inside", "X-Autoreply: yes",
           "X-Mailer: WebService/1.1.23260 YMailNorrin"]
    txt = "We are visiting our daughter in Texas and will be back February 8th. Will answer then! - Bonnie\n"
    html = "<html><head></head><body><div class=\"yahoo-style-wrap\"><div>%s</div></div></body></html>\n" % esc(txt.strip())
    root = Multi("alternative", "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(when.timestamp() * 1000)),
                 [Leaf("text/plain", txt, cte="7bit", charset="UTF-8"), Leaf("text/html", html, cte="7bit", charset="UTF-8")])
    return message_bytes(hs, root)


# =============================================================== e-bill and payment system mail

@machine(id="M16", cat="e-bill: bank bill-pay notice auto-forwarded", mailbox="customercare", answers="-",
         program="Bank bill-pay system via Gmail forwarding", when=central(2027, 2, 6, 5, 12, 40),
         note="A customer's Gmail forwarding filter passed on her bank's eBill notice unchanged (X-Forwarded-To): system mail "
              "forwarded by mistake, nobody's words; its 'stop receiving eBill notifications' line is the bank's.")
def m16(rng, s):
    when = s["when"]
    cust = "kmiller.cr@gmail.com"
    hs = ["Return-Path: <bounce-%s@alerts.prairielakesbank.com>" % hexs(rng, 10), "Delivered-To: " + CC,
          "Received: from mail-yb1-f%d.google.com (mail-yb1-f%d.google.com [209.85.219.%d])\n\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (
              rng.randint(170, 199), rng.randint(170, 199), rng.randint(2, 250), alnum(rng, 12), CC, rfcdate(to_central(when + timedelta(seconds=3)))),
          "Received: by mail-yb1-f170.google.com with SMTP id %s\n        for <%s>; %s" % (alnum(rng, 14).lower(), CC, rfcdate(when)),
          "X-Forwarded-To: " + CC, "X-Forwarded-For: %s %s" % (cust, CC), "Delivered-To: " + cust,
          "Received: from mta%d.alerts.prairielakesbank.com (mta%d.alerts.prairielakesbank.com. [198.51.100.%d])\n        by mx.google.com with ESMTPS id %s\n        for <%s>; %s" % (
              rng.randint(1, 4), rng.randint(1, 4), rng.randint(100, 200), alnum(rng, 20), cust, rfcdate(when - timedelta(seconds=2))),
          "Date: " + rfcdate(when - timedelta(seconds=4)), "From: Prairie Lakes Bank Online Banking <alerts@alerts.prairielakesbank.com>",
          "To: " + cust, "Message-ID: <%s.%s@alerts.prairielakesbank.com>" % (hexs(rng, 16), hexs(rng, 8)),
          "Subject: Your new eBill from ALLIANT ENERGY is available"]
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><table width=\"600\"><tr><td>"
            "<img src=\"https://alerts.prairielakesbank.com/img/logo.png\" alt=\"Prairie Lakes Bank\"></td></tr>"
            "<tr><td><p>Hello KAREN,</p><p>A new eBill from <b>ALLIANT ENERGY</b> is available in Bill Pay.</p>"
            "<table><tr><td>Amount due:</td><td>$96.22</td></tr><tr><td>Due date:</td><td>03/01/2027</td></tr>"
            "<tr><td>Pay from:</td><td>Checking ...4410</td></tr></table>"
            "<p><a href=\"https://online.prairielakesbank.com/billpay\">Log in to view or pay</a></p>"
            "<p style=\"font-size:11px;color:#666\">This is an automated message. Please do not reply. To stop receiving eBill "
            "notifications, update your alert settings in Online Banking. Member FDIC.</p></td></tr></table></body></html>\n")
    return message_bytes(hs, Leaf("text/html", html, cte="quoted-printable", charset="UTF-8"))


@machine(id="M17", cat="e-bill: our own bill notice sent to the mailbox", mailbox="customercare", answers="-",
         program="Alliant Energy notification platform", when=central(2027, 3, 5, 6, 10, 4),
         note="Our own bill-ready notice delivered to customercare because a customer entered the mailbox as her e-mail "
              "address: system mail, no request.")
def m17(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "mta03.notify.alliantenergy.com", "198.51.100.%d" % rng.randint(30, 60), "bounces@notify.alliantenergy.com")
    hs += ["Date: " + rfcdate(when), "From: Alliant Energy <alerts@notify.alliantenergy.com>",
           "Reply-To: customercare@alliant-energy.com", "To: customercare@alliant-energy.com",
           "Subject: Your Alliant Energy bill is ready",
           "Message-ID: <service.%s.%s@mail.alliant-energy.com>" % (when.strftime("%Y%m%d%H%M"), hexs(rng, 12)),
           "X-Notice-Type: bill_ready", "X-Account-Ref: ******%04d" % rng.randint(1000, 9999), "Precedence: bulk"]
    txt = ("Your monthly bill is ready to view.\n\nAccount ending in 6120\nAmount due: $211.64\nDue date: March 23, 2027\n\n"
           "View and pay: https://www.alliantenergy.com/mybill\n\n" + "This is a service message about your Alliant Energy account.\n")
    html = ("<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td><h2>Your bill is ready</h2>"
            "<p>Account ending in 6120<br>Amount due: <b>$211.64</b><br>Due date: March 23, 2027</p>"
            "<p><a href=\"https://www.alliantenergy.com/mybill\">View and pay</a></p>"
            "<p style=\"font-size:11px\">This is a service message about your Alliant Energy account.</p></td></tr></table></body></html>\n")
    root = Multi("alternative", "=_notify_%s" % hexs(rng, 20), [Leaf("text/plain", txt, cte="7bit", charset="utf-8"),
                                                                Leaf("text/html", html, cte="quoted-printable", charset="utf-8")])
    return message_bytes(hs, root)


@machine(id="M18", cat="e-bill: payment processor receipt", mailbox="customercare", answers="-",
         program="PayWay Billing Services", when=central(2027, 2, 21, 20, 41, 9),
         note="Payment confirmation from the payment processor, sent to the mailbox by a customer's typo: system mail.")
def m18(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "o%d.ptr%d.paywaybilling.com" % (rng.randint(1, 9), rng.randint(1000, 9999)), "167.89.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "bounces+%d@em.paywaybilling.com" % rng.randint(10 ** 6, 10 ** 7))
    conf = "PW-%04d-%04d" % (rng.randint(1000, 9999), rng.randint(0, 9999))
    hs += ["Date: " + rfcdate(when), "From: PayWay Billing Services <no-reply@paywaybilling.com>",
           "To: customercare@alliant-energy.com", "Subject: Payment confirmation - Alliant Energy (%s)" % conf,
           "Message-ID: <%s@geopod-ismtpd-%d>" % (alnum(rng, 22), rng.randint(1, 40)), "X-SG-EID: " + alnum(rng, 60)]
    txt = ("Thank you for your payment.\n\nBiller: Alliant Energy\nConfirmation number: %s\nPayment amount: $154.90\n"
           "Convenience fee: $0.00\nPayment method: Visa ending 2231\nPayment date: %s\n\n"
           "Please keep this confirmation for your records. This mailbox is not monitored.\n") % (conf, when.strftime("%m/%d/%Y"))
    return message_bytes(hs, Leaf("text/plain", txt, cte="7bit", charset="us-ascii"))


@machine(id="M19", cat="e-bill (es): Outlook rule forwards our bill notice", mailbox="customercare", answers="bill_ready", lang="es",
         program="Outlook.com inbox rule (automatic forward)", when=central(2027, 2, 4, 6, 10, 49),
         note="An Outlook.com inbox rule forwarded our bill notice with no words added (X-MS-Exchange-Inbox-Rules-Loop, "
              "sent seconds after ours): rule-generated, so automated rather than an empty human forward.")
def m19(rng, s):
    when = s["when"]
    cust = "ernesto.lara.ia@hotmail.com"
    o = OURS["bill_ready"]
    mid = "<%sPR%02dMB%04d%s@%sPR%02dMB%04d.namprd%02d.prod.outlook.com>" % (
        "PH7", 12, 4410, alnum(rng, 20, "0123456789ABCDEF"), "PH7", 12, 4410, 12)
    hs = inbound(rng, when, CC, "NAM12-MW2-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), cust,
                 rdns="mail-mw2nam12olkn2%03d.outbound.protection.outlook.com" % rng.randint(10, 99))
    hs += ["From: Ernesto Lara <%s>" % cust, "To: customercare@alliant-energy.com",
           "Subject: " + enc_word("RV: Su factura de Alliant Energy está lista", "iso-8859-1", "Q"),
           "Thread-Topic: " + enc_word("Su factura de Alliant Energy está lista", "iso-8859-1", "Q"),
           "Date: " + rfcdate(when.astimezone(timezone.utc)), "Message-ID: " + mid,
           "X-MS-Exchange-Inbox-Rules-Loop: " + cust, "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
           "Content-Language: es-MX", "X-MS-Has-Attach: "]
    otext = ("Su factura mensual está lista.\n\nMonto a pagar: $87.35\nFecha de vencimiento: 22 de febrero de 2027\n\n"
             "Vea y pague su factura: https://www.alliantenergy.com/mybill\n\n"
             "Este es un mensaje de servicio sobre su cuenta de Alliant Energy; no es publicidad.\n"
             "Administre sus avisos: https://www.alliantenergy.com/alerts")
    txt = ("\n\n________________________________\nDe: Alliant Energy <alerts@notify.alliantenergy.com>\n"
           "Enviado: jueves, 4 de febrero de 2027 6:10\nPara: %s <%s>\nAsunto: Su factura de Alliant Energy está lista\n\n%s\n") % (cust, cust, otext)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><div><br></div>"
            "<hr style=\"display:inline-block;width:98%%\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\">"
            "<b>De:</b> Alliant Energy &lt;alerts@notify.alliantenergy.com&gt;<br><b>Enviado:</b> jueves, 4 de febrero de 2027 6:10<br>"
            "<b>Para:</b> %s<br><b>Asunto:</b> Su factura de Alliant Energy est&aacute; lista</font></div><div>%s</div></body></html>\n") % (
        esc(cust), "<br>".join(esc(l) for l in otext.split("\n")))
    b = "_000_%s_" % mid.strip("<>").split("@")[0]
    root = Multi("alternative", b, [Leaf("text/plain", txt, cte="quoted-printable", charset="iso-8859-1"),
                                    Leaf("text/html", html, cte="quoted-printable", charset="iso-8859-1")])
    return message_bytes(hs, root)


# =============================================================== printers and mail houses

@machine(id="M20", cat="printer: mail drop confirmation", mailbox="powerhousecatalog", answers="-",
         program="Printer job-tracking system", when=central(2027, 2, 11, 15, 30, 0),
         note="Printer's drop confirmation for the catalog mailing, full of 'suppressed / do-not-mail' counts: vendor system mail.")
def m20(rng, s):
    when = s["when"]
    hs = inbound(rng, when, PH, "mail.prairiegraphics.com", "216.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "jobs@prairiegraphics.com")
    hs += ["Date: " + rfcdate(when), "From: Prairie Graphics Job Tracker <jobs@prairiegraphics.com>",
           "To: powerhousecatalog@alliant-energy.com", "Cc: print-buyer@alliant-energy.com",
           "Subject: Mail drop confirmation - PowerHouse Spring 2027 - Job 27-0412",
           "Message-ID: <jt.27-0412.%s@prairiegraphics.com>" % hexs(rng, 10), "X-Mailer: PrintFlow JobTracker 9.4"]
    txt = ("JOB 27-0412  POWERHOUSE CATALOG - SPRING 2027 (48 pp + cover)\n\nStatus: MAILED\nDrop date: %s\n"
           "Entry point: USPS NDC Des Moines (DDU/SCF entry for WI)\n\n"
           "Pieces printed ............ 418,500\nPieces mailed ............. 412,380\nSpoilage/overs ............   6,120\n\n"
           "List processing (per client instructions):\n  Input records ............ 424,611\n"
           "  Suppressed - internal do-not-mail/opt-out ... 8,904\n  Suppressed - DMAchoice .......... 2,117\n"
           "  Suppressed - deceased ........... 1,210\n\nPostage statement and USPS Form 3602 attached in the portal.\n"
           "This is an automated message from PrintFlow. Replies go to the job tracker queue.\n") % when.strftime("%m/%d/%Y")
    return message_bytes(hs, Leaf("text/plain", txt, cte="7bit", charset="us-ascii"))


@machine(id="M21", cat="mail house: suppression report", mailbox="powerhousecatalog", answers="-",
         program="Mail house data services", when=central(2027, 1, 22, 11, 5, 0),
         note="Mail house's suppression-file report with a CSV ('opt-out', 'do not share' counts): LABELS names exactly this "
              "as not a request.")
def m21(rng, s):
    when = s["when"]
    hs = inbound(rng, when, PH, "smtp.badgerpresort.com", "69.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "dataservices@badgerpresort.com")
    hs += ["Date: " + rfcdate(when), "From: Badger Presort Data Services <dataservices@badgerpresort.com>",
           "To: powerhousecatalog@alliant-energy.com", "Subject: Suppression processing complete - PHC-SPR27 house file",
           "Message-ID: <%s@badgerpresort.com>" % uid(rng), "X-Mailer: DataPilot Notifier 4.1"]
    txt = ("Suppression processing for file PHC-SPR27 (PowerHouse Catalog house file) is complete.\n\n"
           "Records received:            424,611\nOpt-out (client do-not-mail): 8,904\nDo not share/rent flag:       15,338 (retained, flag passed through)\n"
           "NCOA moves updated:           9,877\nDeceased suppression:          1,210\nDMAchoice:                     2,117\n\n"
           "Output file PHC-SPR27_final.csv is on the SFTP server. Summary attached.\n\n-- Badger Presort, Madison WI. Automated notice.\n")
    csv = ("category,records\nreceived,424611\nclient_opt_out,8904\ndo_not_share_flag,15338\nncoa_updated,9877\n"
           "deceased,1210\ndmachoice,2117\nfinal_mailable,412380\n")
    root = Multi("mixed", "----=_Part_%d" % rng.randint(10 ** 6, 10 ** 7),
                 [Leaf("text/plain", txt, cte="7bit", charset="us-ascii"),
                  Leaf("text/csv", csv, cte="base64", charset="us-ascii", disposition="attachment", filename="PHC-SPR27_summary.csv")])
    return message_bytes(hs, root)


@machine(id="M22", cat="printer: proof ready", mailbox="powerhousecatalog", answers="-",
         program="Printer prepress portal", when=central(2027, 3, 16, 8, 15, 0),
         note="Prepress proof-approval notice with a PDF proof: vendor system mail.")
def m22(rng, s):
    when = s["when"]
    hs = inbound(rng, when, PH, "mail.prairiegraphics.com", "216.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "prepress@prairiegraphics.com")
    hs += ["Date: " + rfcdate(when), "From: Prairie Graphics Prepress <prepress@prairiegraphics.com>",
           "To: powerhousecatalog@alliant-energy.com", "Subject: Proof ready for approval: PowerHouse Summer 2027 - cover + pp 2-5",
           "Message-ID: <proof.27-0533.%s@prairiegraphics.com>" % hexs(rng, 10), "X-Mailer: PrintFlow Prepress 9.4"]
    html = ("<html><body style=\"font-family:Verdana;font-size:12px\"><p>A soft proof is ready for job <b>27-0533 PowerHouse Summer 2027</b>.</p>"
            "<p>Pages: cover, 2-5. Please approve or reject in the portal by <b>03/19/2027</b> to hold the 04/12 drop date.</p>"
            "<p><a href=\"https://portal.prairiegraphics.com/proofs/27-0533\">Open proof</a></p>"
            "<p style=\"color:#888\">Automated message - do not reply.</p></body></html>\n")
    pdf = blobs.pdf(["PROOF - JOB 27-0533", "PowerHouse Catalog Summer 2027", "Cover + pages 2-5", "NOT FOR PRINT"], "Proof 27-0533")
    root = Multi("mixed", "=_%s" % hexs(rng, 24), [Leaf("text/html", html, cte="quoted-printable", charset="utf-8"),
                                                   Leaf("application/pdf", pdf, cte="base64", disposition="attachment", filename="27-0533_proof_v1.pdf")])
    return message_bytes(hs, root)


@machine(id="M23", cat="mail house: NCOA report", mailbox="customercare", answers="-",
         program="Mail house data services", when=central(2027, 3, 3, 14, 40, 0),
         note="NCOALink processing summary for the printed newsletter: vendor system mail.")
def m23(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "smtp.badgerpresort.com", "69.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "dataservices@badgerpresort.com")
    hs += ["Date: " + rfcdate(when), "From: Badger Presort Data Services <dataservices@badgerpresort.com>",
           "To: customercare@alliant-energy.com", "Subject: NCOALink processing summary - Energy Connections Spring (print)",
           "Message-ID: <%s@badgerpresort.com>" % uid(rng), "X-Mailer: DataPilot Notifier 4.1"]
    txt = ("NCOALink(R) processing summary\nList: ENERGY CONNECTIONS SPRING 2027 - PRINT\nProcessing date: %s\n\n"
           "Records submitted ........ 301,442\nMoves matched (COA) ......   7,031\n  Individual ..............   3,904\n"
           "  Family ..................   2,788\n  Business ................     339\nMoved, left no address ...     655\n"
           "PO Box closed ............      41\n\nCASS certified. Results on SFTP in /out/EC-SPR27/.\nThis notice was generated automatically.\n") % when.strftime("%m/%d/%Y")
    return message_bytes(hs, Leaf("text/plain", txt, cte="7bit", charset="us-ascii"))


@machine(id="M24", cat="mail house: postage deposit request", mailbox="customercare", answers="-",
         program="Mail house billing system", when=central(2027, 1, 14, 9, 0, 0),
         note="Postage deposit request for a bill-insert job: vendor billing system mail, not a customer request.")
def m24(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "smtp.badgerpresort.com", "69.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "billing@badgerpresort.com")
    hs += ["Date: " + rfcdate(when), "From: Badger Presort Billing <billing@badgerpresort.com>",
           "To: customercare@alliant-energy.com", "Subject: Postage deposit request - Job 27-0388 (February bill insert)",
           "Message-ID: <inv.27-0388.%s@badgerpresort.com>" % hexs(rng, 8)]
    html = ("<html><body><p>Postage deposit requested for <b>Job 27-0388 - February bill insert (rebate flyer)</b>.</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><td>Pieces</td><td>512,000</td></tr><tr><td>Postage (commingled, included with bills)</td><td>$0.00</td></tr>"
            "<tr><td>Insert handling</td><td>$6,144.00</td></tr></table><p>Please remit by 01/21/2027 to hold the insertion date. "
            "This is an automated notice from our billing system.</p></body></html>\n")
    return message_bytes(hs, Leaf("text/html", html, cte="7bit", charset="us-ascii"))


# =============================================================== marketing platforms

def platform_headers(rng, when, rcpt, frm, subject, envelope):
    hs = inbound(rng, when, rcpt, "o%d.email.relaymc.io" % rng.randint(1, 40), "149.72.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), envelope)
    return hs + ["Date: " + rfcdate(when.astimezone(timezone.utc)), "From: " + frm, "To: " + rcpt, fold("Subject", subject),
                 "Message-ID: <%s@relaymc.io>" % alnum(rng, 24), "X-Relay-Notification: account"]


@machine(id="M25", cat="platform: campaign sent", mailbox="customercare", answers="-",
         program="Relay Marketing Cloud", when=central(2027, 2, 9, 10, 32, 0),
         note="Marketing platform notice that our own campaign went out: system mail.")
def m25(rng, s):
    when = s["when"]
    hs = platform_headers(rng, when, CC, "Relay Marketing Cloud <notifications@relaymc.io>",
                          "Your campaign \"Heat Pump Rebates - Feb 2027\" has been sent", "bounce-%s@relaymc.io" % hexs(rng, 8))
    html = ("<html><body style=\"font-family:Helvetica\"><h2>Your campaign has been sent</h2><p><b>Heat Pump Rebates - Feb 2027</b> "
            "was sent to <b>188,214</b> recipients in audience <i>Residential - Email OK</i>.</p><p>Excluded: 21,907 unsubscribed, "
            "3,115 bounced, 402 complained.</p><p><a href=\"https://app.relaymc.io/reports/88213\">View report</a></p>"
            "<p style=\"font-size:11px;color:#999\">You are receiving this because you are an admin on the Alliant Energy account. "
            "Manage notification settings in Account &gt; Notifications.</p></body></html>\n")
    txt = ("Your campaign has been sent\n\nHeat Pump Rebates - Feb 2027 was sent to 188,214 recipients in audience Residential - Email OK.\n"
           "Excluded: 21,907 unsubscribed, 3,115 bounced, 402 complained.\n\nView report: https://app.relaymc.io/reports/88213\n")
    root = Multi("alternative", hexs(rng, 32), [Leaf("text/plain", txt, cte="7bit", charset="utf-8"),
                                                Leaf("text/html", html, cte="quoted-printable", charset="utf-8")])
    return message_bytes(hs, root)


@machine(id="M26", cat="platform: unsubscribe report", mailbox="customercare", answers="-",
         program="Relay Marketing Cloud", when=central(2027, 2, 4, 7, 0, 0),
         note="Platform's unsubscribe summary: the unsubscribes it lists were already handled by the platform; the report "
              "itself asks nothing (LABELS 'Not a request at all').")
def m26(rng, s):
    when = s["when"]
    hs = platform_headers(rng, when, CC, "Relay Marketing Cloud <reports@relaymc.io>",
                          "Unsubscribe summary: Energy Connections | February 2027", "bounce-%s@relaymc.io" % hexs(rng, 8))
    rows = "".join("<tr><td>%s***@%s</td><td>%s</td></tr>" % (rng.choice("abcdefghjklmnprstw"), d, r) for d, r in [
        ("gmail.com", "One-click"), ("yahoo.com", "Preference center"), ("mchsi.com", "Reply 'unsubscribe'"),
        ("hotmail.com", "One-click"), ("aol.com", "Marked as spam")])
    html = ("<html><body><h3>Unsubscribe summary (24 h)</h3><p>Campaign: Energy Connections | February 2027</p>"
            "<p>Total unsubscribes: <b>214</b> (0.11%%). Complaints: 19.</p><table border=\"1\">%s</table>"
            "<p>All contacts above have been moved to the global suppression list automatically.</p></body></html>\n") % rows
    return message_bytes(hs, Leaf("text/html", html, cte="base64", charset="utf-8"))


@machine(id="M27", cat="platform: SMS STOP notification", mailbox="customercare", answers="-",
         program="TextLoop SMS platform", when=central(2027, 1, 28, 19, 2, 11),
         note="SMS platform telling us a number texted STOP to the outage short code: system notice, not a person's mail; "
              "the STOP was already processed by the platform.")
def m27(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "mail%d.textloop.com" % rng.randint(1, 5), "52.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(2, 250)), "no-reply@textloop.com")
    hs += ["Date: " + rfcdate(when), "From: TextLoop Alerts <no-reply@textloop.com>", "To: customercare@alliant-energy.com",
           "Subject: Opt-out received on short code 25368", "Message-ID: <tl-%s@textloop.com>" % hexs(rng, 20),
           "Auto-Submitted: auto-generated"]
    txt = ("Opt-out event\n\nShort code: 25368 (Alliant Energy Outage Alerts)\nFrom: +1 (319) 555-0176\nKeyword: STOP\n"
           "Received: %s\nAction taken: number unsubscribed from all programs on this short code; confirmation SMS sent.\n\n"
           "You receive these notices because opt-out notifications are enabled for this account.\n") % rfcdate(when - timedelta(seconds=40))
    return message_bytes(hs, Leaf("text/plain", txt, cte="7bit", charset="utf-8"))


@machine(id="M28", cat="platform: deliverability alert", mailbox="customercare", answers="-",
         program="Relay Marketing Cloud", when=central(2027, 1, 20, 9, 0, 0),
         note="Deliverability alert about complaint rates: system mail.")
def m28(rng, s):
    when = s["when"]
    hs = platform_headers(rng, when, CC, "Relay Deliverability <deliverability@relaymc.io>",
                          "Action needed: complaint rate 0.31% on \"Save $75 on a smart thermostat this winter\"", "bounce-%s@relaymc.io" % hexs(rng, 8))
    txt = ("Heads up: your campaign \"Save $75 on a smart thermostat this winter\" has a spam complaint rate of 0.31%,\n"
           "above the 0.10% threshold recommended by mailbox providers.\n\nWhat you can do:\n"
           "- Make the unsubscribe link easier to find\n- Send only to contacts who engaged in the last 12 months\n"
           "- Review your List-Unsubscribe header (present: yes)\n\nThis is an automated alert.\n")
    return message_bytes(hs, Leaf("text/plain", txt, cte="quoted-printable", charset="utf-8"))


@machine(id="M29", cat="platform: list import complete", mailbox="powerhousecatalog", answers="-",
         program="Relay Marketing Cloud", when=central(2027, 2, 15, 16, 45, 0),
         note="List import notice counting suppressed and do-not-share contacts: system mail.")
def m29(rng, s):
    when = s["when"]
    hs = platform_headers(rng, when, PH, "Relay Marketing Cloud <notifications@relaymc.io>",
                          "Import complete: PowerHouse Spring Preview audience", "bounce-%s@relaymc.io" % hexs(rng, 8))
    txt = ("Your import has finished.\n\nFile: powerhouse_spring_preview_2027.csv\nRows read: 96,402\nAdded: 1,288\nUpdated: 93,711\n"
           "Skipped - on suppression list (unsubscribed): 1,164\nSkipped - invalid address: 239\n"
           "Tagged 'do_not_share': 4,410\n\nThe audience is ready to use.\n")
    html = "<html><body><pre style=\"font-family:Menlo,monospace\">%s</pre></body></html>\n" % esc(txt)
    root = Multi("alternative", hexs(rng, 32), [Leaf("text/plain", txt, cte="7bit", charset="utf-8"),
                                                Leaf("text/html", html, cte="7bit", charset="utf-8")])
    return message_bytes(hs, root)


@machine(id="M30", cat="platform: preference-center change", mailbox="customercare", answers="-",
         program="Relay Marketing Cloud", when=central(2027, 3, 11, 14, 22, 5),
         note="Platform notice that a contact changed preferences in the preference center (already applied there); "
              "the customer did not write this mail: automated, no labels, no entities.")
def m30(rng, s):
    when = s["when"]
    hs = platform_headers(rng, when, CC, "Relay Marketing Cloud <notifications@relaymc.io>",
                          "Preference update: 1 contact opted out of Email - Promotions", "bounce-%s@relaymc.io" % hexs(rng, 8))
    txt = ("A contact updated their subscription preferences.\n\nContact: l.ferris@...\nChanged: Email - Promotions = OFF; "
           "Postal - Catalog = unchanged; Share with partners = OFF\nSource: Preference center (web)\nTime: %s\n\n"
           "These changes have been applied automatically. No action is needed.\n") % rfcdate(when - timedelta(minutes=1))
    return message_bytes(hs, Leaf("text/plain", txt, cte="7bit", charset="utf-8"))


# =============================================================== phishing

@machine(id="M31", cat="phishing: mailbox storage full", mailbox="customercare", answers="-",
         program="phishing kit (spoofed IT notice)", when=central(2027, 1, 27, 3, 12, 44),
         note="Credential phishing dressed as an IT notice: automated (spam), no labels.")
def m31(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "vps-%d.hostingsrv.example" % rng.randint(1000, 9999), "203.0.113.%d" % rng.randint(2, 250), "info@alliant-energy-mailadmin.com", tls=False)
    hs += ["Date: " + rfcdate(when.astimezone(timezone.utc)), "From: \"IT Service Desk\" <info@alliant-energy-mailadmin.com>",
           "To: customercare@alliant-energy.com", "Subject: [ACTION REQUIRED] Mailbox storage 99% full - verify to avoid suspension",
           "Message-ID: <%s@hostingsrv.example>" % hexs(rng, 20), "X-Priority: 1"]
    html = ("<html><body><div style=\"font-family:Segoe UI\"><p>Dear customercare@alliant-energy.com,</p>"
            "<p>Your mailbox has reached <b style=\"color:red\">99%</b> of its storage limit. Incoming messages will be rejected "
            "within 24 hours.</p><p><a href=\"https://alliant-energy-mailadmin.com/owa/verify?u=customercare\" style=\"background:#0078d4;color:#fff;padding:8px\">"
            "Verify account &amp; increase quota</a></p><p>Microsoft 365 Admin</p></div></body></html>\n")
    return message_bytes(hs, Leaf("text/html", html, cte="base64", charset="utf-8"))


@machine(id="M32", cat="phishing: fake e-signature request", mailbox="customercare", answers="-",
         program="phishing kit (fake e-signature)", when=central(2027, 2, 22, 2, 5, 10),
         note="Fake e-signature request: phishing, automated.")
def m32(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "mail.smallbiz-host.example", "198.51.100.%d" % rng.randint(150, 250), "noreply@esign-docs-center.com")
    hs += ["Date: " + rfcdate(when.astimezone(timezone.utc)), "From: \"DocuSlgn via Alliant Energy\" <noreply@esign-docs-center.com>",
           "To: customercare@alliant-energy.com", "Subject: Alliant Energy - 2027 Vendor Agreement - Please review and sign",
           "Message-ID: <%s@esign-docs-center.com>" % uid(rng)]
    html = ("<html><body style=\"background:#f4f4f4\"><table width=\"560\" align=\"center\" style=\"background:#fff;font-family:Arial\">"
            "<tr><td style=\"background:#1e4b8f;color:#fff;padding:20px\">Alliant Energy Procurement sent you a document to review and sign.</td></tr>"
            "<tr><td style=\"padding:20px\"><a href=\"https://esign-docs-center.com/v/%s\">REVIEW DOCUMENT</a><p>Document: 2027_Vendor_Agreement.pdf</p>"
            "<p>Do Not Share This Email. This email contains a secure link.</p></td></tr></table></body></html>\n") % alnum(rng, 24)
    return message_bytes(hs, Leaf("text/html", html, cte="quoted-printable", charset="utf-8"))


@machine(id="M33", cat="phishing: invoice with HTML attachment", mailbox="customercare", answers="-",
         program="phishing kit (HTML attachment)", when=central(2027, 3, 8, 4, 48, 0),
         note="Invoice lure with an HTML attachment: phishing, automated.")
def m33(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "smtp.mailout-%d.example" % rng.randint(10, 99), "203.0.113.%d" % rng.randint(2, 250), "accounts@northgate-supply.example", tls=False)
    hs += ["Date: " + rfcdate(when.astimezone(timezone(timedelta(hours=1)))), "From: Accounts Receivable <accounts@northgate-supply.example>",
           "To: customercare@alliant-energy.com", "Subject: Overdue invoice INV-20483 - final notice",
           "Message-ID: <%s@mailout.example>" % hexs(rng, 18)]
    txt = "Hello,\n\nPlease find attached the overdue invoice INV-20483. Kindly process payment today to avoid service interruption.\n\nRegards,\nAccounts\n"
    att = ("<html><head><script>window.location='https://northgate-supply.example.login-secure.example/o365?e=customercare@alliant-energy.com'</script>"
           "</head><body>Loading document...</body></html>\n")
    root = Multi("mixed", "----=_NextPart_%s" % hexs(rng, 16), [Leaf("text/plain", txt, cte="7bit", charset="us-ascii"),
                                                                Leaf("text/html", att, cte="base64", charset="utf-8", disposition="attachment", filename="INV_20483.htm")])
    return message_bytes(hs, root)


@machine(id="M34", cat="phishing (es): cuenta suspendida", mailbox="customercare", answers="-", lang="es",
         program="phishing kit (Spanish)", when=central(2027, 2, 13, 1, 30, 0),
         note="Spanish phishing ('su cuenta será suspendida'): automated.")
def m34(rng, s):
    when = s["when"]
    hs = inbound(rng, when, CC, "srv%d.envios-masivos.example" % rng.randint(1, 99), "203.0.113.%d" % rng.randint(2, 250), "avisos@banca-seguridad.example", tls=False)
    subj = "Aviso importante: su cuenta será suspendida en 24 horas"
    hs += ["Date: " + rfcdate(when.astimezone(timezone(timedelta(hours=-5)))), "From: %s <avisos@banca-seguridad.example>" % enc_word("Atención al Cliente", "utf-8", "Q"),
           "To: customercare@alliant-energy.com", fold("Subject", enc_word(subj, "utf-8", "B")),
           "Message-ID: <%s@envios-masivos.example>" % hexs(rng, 20)]
    html = ("<html><body><p>Estimado cliente:</p><p>Detectamos actividad inusual en su cuenta. Para evitar la suspensión, "
            "confirme sus datos en el siguiente enlace dentro de las próximas 24 horas:</p>"
            "<p><a href=\"https://banca-seguridad.example/verificar\">Verificar mi cuenta</a></p>"
            "<p>Si no desea recibir más avisos, ignore este mensaje.</p><p>Departamento de Seguridad</p></body></html>\n")
    return message_bytes(hs, Leaf("text/html", html, cte="quoted-printable", charset="iso-8859-1"))


@machine(id="M35", cat="phishing: fake shipment hold", mailbox="powerhousecatalog", answers="-",
         program="phishing kit (fake carrier notice)", when=central(2027, 3, 14, 6, 20, 0),
         note="Fake carrier notice about a held catalog shipment: phishing, automated.")
def m35(rng, s):
    when = s["when"]
    hs = inbound(rng, when, PH, "mta.bulk-%d.example" % rng.randint(1, 99), "198.51.100.%d" % rng.randint(150, 250), "tracking@parcel-notify-center.example", tls=False)
    hs += ["Date: " + rfcdate(when), "From: Parcel Delivery Notice <tracking@parcel-notify-center.example>",
           "To: powerhousecatalog@alliant-energy.com", "Subject: Your shipment of catalogs is on hold - address confirmation required",
           "Message-ID: <%s@parcel-notify-center.example>" % hexs(rng, 22)]
    html = ("<html><body style=\"font-family:Arial\"><h3>Delivery attempt failed</h3><p>Shipment 9400 1118 %04d %04d 21 (PowerHouse Catalog, 14 cartons) "
            "could not be delivered because the address is incomplete.</p><p>Pay the $1.99 redelivery fee to release your shipment:</p>"
            "<p><a href=\"https://parcel-notify-center.example/redeliver\">Confirm address</a></p></body></html>\n") % (rng.randint(1000, 9999), rng.randint(1000, 9999))
    return message_bytes(hs, Leaf("text/html", html, cte="7bit", charset="utf-8"))


@machine(id="M36", cat="read receipt", mailbox="customercare", answers="acknowledgement",
         program="Outlook read receipt (MDN)", when=central(2027, 2, 10, 12, 5, 33),
         note="Outlook read receipt for one of our acknowledgements: a receipt, not a request (LABELS lists read receipts).")
def m36(rng, s):
    when = s["when"]
    frm = "jlarsen@clearlakecoop.com"
    hs = inbound(rng, when, CC, "NAM04-SN1-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (rng.randint(1, 250), rng.randint(2, 250)), "")
    hs += ["From: Judy Larsen <%s>" % frm, "To: Alliant Energy Customer Care <customercare@alliant-energy.com>",
           "Subject: Read: Re: Please take me off the postcard list", "Date: " + rfcdate(when.astimezone(timezone.utc)),
           "Message-ID: <%s@SN%dPR%02dMB%04d.namprd%02d.prod.outlook.com>" % (uid(rng), rng.randint(4, 7), rng.randint(10, 19), rng.randint(1000, 9999), rng.randint(2, 20)),
           "Auto-Submitted: auto-replied", "Content-Language: en-US"]
    b = "_%s_" % alnum(rng, 20, "0123456789ABCDEF")
    txt = ("Your message\n\nTo: Judy Larsen\nSubject: Re: Please take me off the postcard list\nSent: %s\n\nwas read on %s.\n") % (
        (to_central(when) - timedelta(days=1)).strftime("%A, %B %d, %Y %I:%M:%S %p"), to_central(when).strftime("%A, %B %d, %Y %I:%M:%S %p"))
    mdn = Raw("message/disposition-notification", (
        "Reporting-UA: SN6PR12MB4410.namprd12.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\n"
        "Original-Message-ID: <ack.20270209.%05d@alliant-energy.com>\nDisposition: manual-action/MDN-sent-manually; displayed\n") % (frm, rng.randint(10000, 99999)))
    root = Multi("report", b, [Leaf("text/plain", txt, cte="7bit", charset="us-ascii"), mdn], params=["report-type=disposition-notification"])
    return message_bytes(hs, root)
