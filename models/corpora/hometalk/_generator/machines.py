"""Machine mail for both mailboxes: auto-replies (incl. loop traps), bounces, receipts, vendor and system
notices, calendar invitations, lists and newsletters, cold outreach, spam and phishing."""
from mimekit import (MAILBOX_ADDR, addr, b64, central_date, central_offset, enc_word, esc, fold, fold_blob, leaf,
                     multipart, our_trace, parse_local, plus, qp, rb64, rfc_date, rtok, shift_zone, utc_date,
                     uuid_like, epoch, UPALNUM, LONG_DAYS, LONG_MONTHS, MONTHS, DAYS)
import ours

MACHINES = []


def machine(**meta):
    def deco(fn):
        meta["fn"] = fn
        MACHINES.append(meta)
        return fn
    return deco


def _ampm(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def _ret(headers, body):
    return "\n".join(headers) + "\n\n" + body


# ================================================================= auto-replies

@machine(spec="m-ooo-exchange-newsletter", cat="automated: auto-reply", date="2024-12-03 07:01:31",
         mailbox="customercare", program="Exchange Online (automatic reply)", lang="en",
         note="Exchange out-of-office answering our December newsletter; Auto-Submitted and X-Auto-Response-Suppress")
def m_ooo_exchange(rng, t, mb):
    o = ours.get("december")
    frm = ("Nathan Pruitt", "npruitt@cvsd-ia.org")
    tr = our_trace(rng, mb, "", plus(t, 3), "mail-dm6nam10on2112.outbound.protection.outlook.com", "40.107.93.112",
                   auth="dkim=pass header.d=cvsd-ia.org; spf=pass smtp.mailfrom=cvsd-ia.org; dmarc=pass "
                        "header.from=cvsd-ia.org")
    tr[0] = "Return-Path: <>"
    box = "DM6PR10MB%04d" % rng.randint(1000, 9999)
    text = """I am out of the office until Monday, December 9 with limited access to email. For building
or transportation questions please contact the district office at 319-555-0128.

Nathan Pruitt
Facilities Coordinator"""
    b = "_000_%s_" % rtok(rng, 40, UPALNUM)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", quoted=True)
    p2 = leaf("text/html", '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">'
              '\n</head>\n<body>\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;'
              '">\n%s\n</div>\n</body>\n</html>' % "<br>\n".join(esc(l) for l in text.split("\n")), "us-ascii",
              "quoted-printable", quoted=True)
    mh, body = multipart("alternative", [p1, p2], b)
    h = tr + [
        fold("Received", "from %s.namprd10.prod.outlook.com (2603:10b6:5:%x::%x) by %s.namprd10.prod.outlook.com "
             "with Microsoft SMTP Server id 15.20.8207.18; %s" % (box, rng.randint(0x100, 0xfff), rng.randint(1, 99),
                                                                 box, utc_date(t))),
        "From: %s" % addr(*frm), "To: %s" % addr(*ours.CC),
        "Subject: Automatic reply: %s" % o["subject"],
        "Thread-Topic: %s" % o["subject"], "Thread-Index: %s" % rb64(rng, 22).rstrip("="),
        "Date: %s" % utc_date(t), "Message-ID: <%s%s@%s.namprd10.prod.outlook.com>" % (
            box, rtok(rng, 28, UPALNUM), box),
        "References: %s" % o["msgid"], "In-Reply-To: %s" % o["msgid"],
        "Auto-Submitted: auto-generated", "Accept-Language: en-US", "Content-Language: en-US",
        "X-MS-Has-Attach: ", "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator: ",
        "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: npruitt@cvsd-ia.org",
        "MIME-Version: 1.0"] + mh
    return _ret(h, body)


@machine(spec="m-ooo-gmail-es", cat="automated: auto-reply", date="2024-10-15 09:31:02",
         mailbox="customercare", program="Gmail vacation responder", lang="es",
         note="Spanish Gmail vacation responder answering our thermostat promo; Auto-Submitted: auto-replied")
def m_ooo_gmail_es(rng, t, mb):
    o = ours.get("thermostat")
    a = "luzmaria.olvera@gmail.com"
    tr = our_trace(rng, mb, a, plus(t, 2), "mail-yw1-f181.google.com", "209.85.128.181")
    text = """Hola, gracias por su mensaje.

Estoy de viaje visitando a mi familia en Guanajuato hasta el 4 de noviembre y no voy a revisar mi correo con frecuencia. Le contestaré a mi regreso.

Saludos,
Luz María Olvera"""
    b = "000000000000" + rtok(rng, 12, "0123456789abcdef")
    p1 = leaf("text/plain", text, "UTF-8", None, quoted=True)
    p2 = leaf("text/html", '<div dir="ltr">%s</div>' % "".join("<div>%s</div>" % (esc(l) or "<br>")
                                                             for l in text.split("\n")), "UTF-8", None, quoted=True)
    mh, body = multipart("alternative", [p1, p2], b)
    h = tr + [
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=%d; bh=%s; "
             "h=in-reply-to:references:auto-submitted:message-id:date:subject:to:from:mime-version;"
             % (epoch(t), rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 192)).replace("\tb: ", "\tb=", 1),
        "X-Received: by 2002:a05:690c:%x:b0:%x:%x with SMTP id %s; %s" % (
            rng.randint(0x1000, 0xffff), rng.randint(0x600, 0x6ff), rng.randint(0x1000, 0xffff),
            rtok(rng, 16, "abcdef0123456789"), rfc_date(shift_zone(t, -7), -7)),
        "MIME-Version: 1.0",
        "From: %s" % addr("Luz María Olvera", a, mode="q"),
        "To: %s" % ours.CC[1],
        "Subject: %s" % enc_word("Respuesta automática: " + o["subject"], "utf-8", "q"),
        "Message-ID: <CA%s@mail.gmail.com>" % rtok(rng, 44),
        "Date: %s" % rfc_date(shift_zone(t, -5), -5),
        "References: %s" % o["msgid"], "In-Reply-To: %s" % o["msgid"],
        "Auto-Submitted: auto-replied"] + mh
    return _ret(h, body)


@machine(spec="m-family-no-longer-monitored", cat="automated: auto-reply (headerless)", date="2024-11-12 08:03:40",
         mailbox="powerhousecatalog", program="Charter webmail auto-reply", lang="en",
         note="headerless auto-reply ('this family address is no longer checked') to the Holiday Preview; no "
              "Auto-Submitted, still automated per LABELS.md; its 'please contact us' is not a request")
def m_family_nolonger(rng, t, mb):
    o = ours.get("holiday")
    a = "nybergs@charter.net"
    tr = our_trace(rng, mb, a, plus(t, 5), "p-impout009.msg.pkvw.co.charter.net", "47.43.20.%d"
                   % rng.randint(20, 30), auth="dkim=none; spf=pass smtp.mailfrom=charter.net; dmarc=none "
                                             "header.from=charter.net")
    text = """This family email address is no longer checked.

Dave and Sue have new personal addresses. If you know us, you
know where to find us. Messages sent here are not read.

-- automatic message --"""
    hh, body = leaf("text/plain", text, "us-ascii", "7bit")
    h = tr + [
        fold("Received", "from impout009 ([10.44.3.9]) by p-impout009.msg.pkvw.co.charter.net with ESMTP id %s; %s"
             % (rtok(rng, 16), utc_date(t))),
        "Date: %s" % central_date(t), "From: Nyberg Family <%s>" % a, "To: %s" % addr(*ours.PH),
        "Subject: Re: %s" % o["subject"], "Message-ID: <%s.%d@charter.net>" % (rtok(rng, 16, "0123456789abcdef"),
                                                                          epoch(t)),
        "In-Reply-To: %s" % o["msgid"], "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-loop-exchange-ack", cat="automated: auto-reply (loop trap)", date="2024-10-14 11:02:39",
         mailbox="customercare", program="Exchange Online (automatic reply)", lang="en",
         note="LOOP TRAP: out-of-office answering our own acknowledgement; acknowledging it would loop")
def m_loop_exchange(rng, t, mb):
    o = ours.get("ack_1014")
    a = "dmoeller@linncountyhealth.org"
    tr = our_trace(rng, mb, "", plus(t, 4), "mail-bn8nam12on2091.outbound.protection.outlook.com", "40.107.237.91",
                   auth="dkim=pass header.d=linncountyhealth.org; spf=pass smtp.mailfrom=linncountyhealth.org; "
                        "dmarc=pass header.from=linncountyhealth.org")
    tr[0] = "Return-Path: <>"
    text = """Thank you for your email. I am working a reduced schedule (Tue/Thu) through the end of October.
For urgent matters please call the front desk at 319-555-0190.

Dana Moeller, RN"""
    hh, body = leaf("text/plain", text, "us-ascii", "7bit", quoted=True)
    h = tr + [
        "From: Dana Moeller <%s>" % a, "To: %s" % addr(*ours.ACKFROM, quote=False),
        "Subject: Automatic reply: %s" % o["subject"], "Thread-Topic: %s" % o["subject"],
        "Thread-Index: %s" % rb64(rng, 22).rstrip("="), "Date: %s" % utc_date(t),
        "Message-ID: <BN8PR12MB%04d%s@BN8PR12MB%04d.namprd12.prod.outlook.com>" % (
            rng.randint(1000, 9999), rtok(rng, 28, UPALNUM), rng.randint(1000, 9999)),
        "References: %s" % o["msgid"], "In-Reply-To: %s" % o["msgid"], "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All", "Content-Language: en-US", "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-loop-yahoo-vacation-ack", cat="automated: auto-reply (loop trap)", date="2025-02-04 10:30:44",
         mailbox="customercare", program="Yahoo vacation response", lang="en",
         note="LOOP TRAP: Yahoo vacation response to our acknowledgement, marked only by X-Autoreply (no "
              "Auto-Submitted); text mentions the family, still automated")
def m_loop_yahoo(rng, t, mb):
    o = ours.get("ack_0204")
    a = "grandmabetty.k@yahoo.com"
    tr = our_trace(rng, mb, a, plus(t, 3), "sonic310-21.consmr.mail.gq1.yahoo.com", "98.137.69.%d"
                   % rng.randint(10, 90))
    text = """Hi! I'm in Arizona with the grandkids until March and only checking email now and then.
If this is about the house, please call my son Tom at 563-555-0172.

Betty"""
    hh, body = leaf("text/plain", text, "UTF-8", "7bit")
    h = tr + [
        fold("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; "
             "h=Date:From:To:Subject:From:Subject:Reply-To;" % (epoch(t), rb64(rng, 32))),
        fold_blob("\tb", rb64(rng, 256)).replace("\tb: ", "\tb=", 1),
        "Date: %s" % utc_date(t), "From: Betty Kuhl <%s>" % a, "To: %s" % ours.ACKFROM[1],
        "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9 - 1),
                                                  rng.randint(10 ** 6, 10 ** 7 - 1), epoch(t) * 1000),
        "In-Reply-To: %s" % o["msgid"], "Subject: Re: %s" % o["subject"], "MIME-Version: 1.0",
        "X-Autoreply: yes", "X-Yahoo-Newman-Property: ymail-vacation"] + hh
    return _ret(h, body)


@machine(spec="m-loop-homecare-autoack", cat="automated: auto-reply (loop trap)", date="2025-01-22 16:41:02",
         mailbox="customercare", program="helpdesk auto-acknowledgement", lang="en",
         note="LOOP TRAP: a home-care agency's ticket system acknowledges our acknowledgement (caregiver wrote from "
              "work); automated, never answer")
def m_loop_homecare(rng, t, mb):
    o = ours.get("ack_0122")
    tr = our_trace(rng, mb, "bounces+%d@em.sunrisehomecare-ia.com" % rng.randint(10 ** 6, 10 ** 7),
                   plus(t, 6), "o1.ptr%d.em.sunrisehomecare-ia.com" % rng.randint(1000, 9999),
                   "167.89.%d.%d" % (rng.randint(0, 120), rng.randint(1, 250)),
                   auth="dkim=pass header.d=sunrisehomecare-ia.com; spf=pass smtp.mailfrom=em.sunrisehomecare-ia.com;"
                        " dmarc=pass header.from=sunrisehomecare-ia.com")
    n = rng.randint(40000, 49999)
    text = """Thank you for contacting Sunrise Home Care.

This is an automatic confirmation that we received your email. Your ticket number is #%d.
A care coordinator will respond within one business day. If this is about a client's safety,
please call 319-555-0111 right away.

Sunrise Home Care | Serving Linn and Johnson counties""" % n
    hh, body = leaf("text/plain", text, "utf-8", "7bit")
    h = tr + [
        "Date: %s" % utc_date(t), "From: Sunrise Home Care Support <support@sunrisehomecare-ia.com>",
        "Reply-To: support+id%d@sunrisehomecare-ia.com" % n, "To: %s" % ours.ACKFROM[1],
        "Message-ID: <%s@sunrisehomecare-ia.zendesk-mail.example>" % rtok(rng, 20, "abcdefghijklmnop0123456789"),
        "Subject: [Sunrise Home Care] Re: %s" % o["subject"], "In-Reply-To: %s" % o["msgid"],
        "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk",
        "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-ooo-teacher-holiday", cat="automated: auto-reply", date="2024-11-12 08:01:58",
         mailbox="powerhousecatalog", program="Google Workspace vacation responder", lang="en",
         note="school staff vacation responder to the Holiday Preview; a parent's work address, automated")
def m_ooo_teacher(rng, t, mb):
    o = ours.get("holiday")
    a = "mrs.hartwig@dubuqueschools.example.org"
    tr = our_trace(rng, mb, a, plus(t, 2), "mail-pj1-f54.google.com", "209.85.216.54")
    text = """Thank you for your email! I am at a conference Nov. 11-13. I will respond when I return.
Parents: for attendance please call the office.

Mrs. Hartwig, 3rd Grade"""
    hh, body = leaf("text/plain", text, "UTF-8", "7bit", quoted=True)
    h = tr + ["MIME-Version: 1.0", "From: Jill Hartwig <%s>" % a, "To: %s" % ours.PH[1],
              "Subject: Re: %s" % o["subject"], "Message-ID: <CA%s@mail.gmail.com>" % rtok(rng, 44),
              "Date: %s" % central_date(t), "References: %s" % o["msgid"], "In-Reply-To: %s" % o["msgid"],
              "Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"] + hh
    return _ret(h, body)


# ================================================================= bounces

def _dsn(rng, t, mb, reporting, orig, final_rcpt, status, diag, human_text, frm="MAILER-DAEMON@%s",
         remote="", include_headers=True, subject="Undelivered Mail Returned to Sender"):
    b = "%s.%d/%s" % (rtok(rng, 10, UPALNUM), epoch(t), reporting)
    p1 = (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], human_text + "\n")
    status_txt = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
                  "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
                  "Action: failed\nStatus: %s\n%sDiagnostic-Code: smtp; %s\n" % (
                      reporting, rtok(rng, 10, UPALNUM), orig["frm"][1], central_date(orig["dt"]), final_rcpt,
                      final_rcpt, status, ("Remote-MTA: dns; %s\n" % remote) if remote else "", diag))
    p2 = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status_txt)
    oh = ("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
          "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n" % (
              orig["frm"][1], orig["frm"][0], orig["frm"][1], final_rcpt, orig["subject"],
              central_date(orig["dt"]), orig["msgid"]))
    p3 = (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], oh)
    mh, body = multipart("report", [p1, p2, p3], b, params="; report-type=delivery-status",
                         preamble="This is a MIME-encapsulated message.")
    hdr = ["Date: %s" % central_date(t, True), "From: %s (Mail Delivery System)" % (frm % reporting),
           "Subject: %s" % subject, "To: %s" % orig["frm"][1], "Auto-Submitted: auto-replied",
           "MIME-Version: 1.0"] + mh + ["Content-Transfer-Encoding: 8bit",
                                        "Message-Id: <%s.%s@%s>" % (rtok(rng, 14, "0123456789"),
                                                                    rtok(rng, 10, UPALNUM), reporting)]
    return hdr, body


@machine(spec="m-bounce-solar-old-family", cat="automated: bounce", date="2024-09-17 10:01:48",
         mailbox="customercare", program="Postfix DSN (our outbound MTA)", lang="en",
         note="our outbound MTA returns the community-solar promo: the old family address no longer exists; the "
              "quoted headers carry our opt-out footer context, still automated")
def m_bounce_solar(rng, t, mb):
    o = ours.get("solar")
    rep = "out02.mail.alliant-energy.com"
    human = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<thehalversonfamily@mchsi.com>: host mx.mchsi.com[173.234.160.12] said: 550
    5.1.1 <thehalversonfamily@mchsi.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)""" % rep
    hdr, body = _dsn(rng, t, mb, rep, o, "thehalversonfamily@mchsi.com", "5.1.1",
                     "550 5.1.1 <thehalversonfamily@mchsi.com>: Recipient address rejected: User unknown", human,
                     remote="mx.mchsi.com")
    tr = ["Return-Path: <>", "Delivered-To: %s" % MAILBOX_ADDR[mb],
          fold("Received", "from out02.mail.alliant-energy.com (out02.mail.alliant-energy.com [10.20.0.32]) by "
               "mbx01.alliant-energy.com (Postfix) with ESMTPS id %s for <%s>; %s" % (
                   "4X" + rtok(rng, 12), MAILBOX_ADDR[mb], central_date(plus(t, 1), True))),
          fold("Received", "by out02.mail.alliant-energy.com (Postfix) id %s; %s" % (
              rtok(rng, 10, UPALNUM), central_date(t, True)))]
    return _ret(tr + hdr, body)


@machine(spec="m-bounce-qmail-holiday", cat="automated: bounce", date="2024-11-12 08:06:12",
         mailbox="powerhousecatalog", program="qmail bounce (no MIME)", lang="en",
         note="legacy qmail bounce without MIME headers returning the Holiday Preview to a closed family mailbox")
def m_bounce_qmail(rng, t, mb):
    o = ours.get("holiday")
    tr = our_trace(rng, mb, "", plus(t, 4), "mail.iowatelecom.net", "207.191.%d.%d" % (
        rng.randint(1, 250), rng.randint(1, 250)), tls=False, auth="spf=none smtp.mailfrom=<>; dkim=none")
    tr[0] = "Return-Path: <>"
    body = """Hi. This is the qmail-send program at mail.iowatelecom.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<gordonandjune@iowatelecom.net>:
This mailbox has been closed by the account owner.

--- Below this line is a copy of the message.

Return-Path: <powerhousecatalog@alliant-energy.com>
Received: from out01.mail.alliant-energy.com (10.20.0.31)
  by mail.iowatelecom.net with SMTP; %s
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: gordonandjune@iowatelecom.net
Subject: %s
Message-ID: %s
List-Unsubscribe: <mailto:powerhousecatalog@alliant-energy.com?subject=unsubscribe>

%s
""" % (central_date(o["dt"]), o["subject"], o["msgid"], o["text"])
    h = tr + ["Received: (qmail %d invoked for bounce); %s" % (rng.randint(10000, 99999), utc_date(t)),
              "Date: %s" % utc_date(t), "From: MAILER-DAEMON@mail.iowatelecom.net",
              "To: %s" % ours.PH[1], "Subject: failure notice"]
    return _ret(h, body)


@machine(spec="m-ndr-exchange-ack", cat="automated: bounce", date="2024-11-05 16:13:05",
         mailbox="customercare", program="Exchange Online NDR", lang="en",
         note="Exchange non-delivery report for our acknowledgement sent to a former work address")
def m_ndr_exchange(rng, t, mb):
    o = ours.get("ack_1105")
    rcpt = "jmeyer@prairiewoodsclinic.org"
    tr = our_trace(rng, mb, "", plus(t, 2), "mail-co1nam11on2102.outbound.protection.outlook.com",
                   "40.107.220.102", auth="spf=pass smtp.mailfrom=<>; dkim=none")
    tr[0] = "Return-Path: <>"
    text = """Your message to %s couldn't be delivered.

%s wasn't found at prairiewoodsclinic.org.

Office 365

Action Required
Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Diagnostic information for administrators:
Generating server: CO1PR11MB%04d.namprd11.prod.outlook.com
%s
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""" % (
        rcpt, rcpt.split("@")[0], rng.randint(1000, 9999), rcpt)
    b = "_%s_" % uuid_like(rng, upper=False)
    p1 = leaf("text/plain", text, "us-ascii", "quoted-printable")
    st = ("Reporting-MTA: dns;CO1PR11MB%04d.namprd11.prod.outlook.com\nReceived-From-MTA: dns;mx1.alliant-energy.com\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 "
          "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % (
              rng.randint(1000, 9999), utc_date(o["dt"]), rcpt))
    p2 = (["Content-Type: message/delivery-status"], st)
    oh = ("From: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: %s\nSubject: %s\n"
          "Date: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n" % (
              rcpt, o["subject"], central_date(o["dt"]), o["msgid"]))
    p3 = (["Content-Type: text/rfc822-headers"], oh)
    mh, body = multipart("report", [p1, p2, p3], b, params="; report-type=delivery-status")
    h = tr + ["From: postmaster@prairiewoodsclinic.org", "To: %s" % ours.ACKFROM[1], "Date: %s" % utc_date(t),
              "Subject: Undeliverable: %s" % o["subject"], "Auto-Submitted: auto-replied",
              "Message-ID: <%s@CO1PR11MB%04d.namprd11.prod.outlook.com>" % (uuid_like(rng, upper=False),
                                                                         rng.randint(1000, 9999)),
              "In-Reply-To: %s" % o["msgid"], "References: %s" % o["msgid"], "Thread-Topic: %s" % o["subject"],
              "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US", "X-MS-Has-Attach: ",
              "MIME-Version: 1.0"] + mh
    return _ret(h, body)


@machine(spec="m-bounce-gmail-ack", cat="automated: bounce", date="2024-11-26 13:09:12",
         mailbox="customercare", program="Gmail DSN", lang="en",
         note="Gmail 'Address not found' for our acknowledgement (typo in a Reply-To the customer gave)")
def m_bounce_gmail(rng, t, mb):
    o = ours.get("ack_1126")
    rcpt = "mkrueger1960@gmial.com"
    tr = our_trace(rng, mb, "", plus(t, 2), "mail-sor-f69.google.com", "209.85.220.69",
                   auth="dkim=pass header.d=googlemail.com; spf=pass smtp.mailfrom=<>")
    tr[0] = "Return-Path: <>"
    text = """
** Address not found **

Your message wasn't delivered to %s because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com""" % rcpt
    b = "000000000000" + rtok(rng, 12, "0123456789abcdef")
    p1 = leaf("text/plain", text, "UTF-8", None, quoted=True)
    st = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
          "Status: 5.1.2\nDiagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code "
          "NXDOMAIN\n" % (utc_date(o["dt"]), rcpt))
    p2 = (["Content-Type: message/delivery-status"], st)
    oh = ("From: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: %s\nSubject: %s\nDate: %s\n"
          "Message-ID: %s\nAuto-Submitted: auto-replied\n" % (rcpt, o["subject"], central_date(o["dt"]), o["msgid"]))
    p3 = (["Content-Type: text/rfc822-headers"], oh)
    mh, body = multipart("report", [p1, p2, p3], b, params="; report-type=delivery-status")
    h = tr + [fold("Received", "by 2002:a05:6a10:%x:b0:%x:%x with SMTP id %s; %s" % (
        rng.randint(0x1000, 0xffff), rng.randint(0x500, 0x5ff), rng.randint(0x1000, 0xffff),
        rtok(rng, 16, "abcdef0123456789"), rfc_date(shift_zone(t, -8), -8))),
        "MIME-Version: 1.0", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: %s" % ours.ACKFROM[1], "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)",
        "References: %s" % o["msgid"], "In-Reply-To: %s" % o["msgid"], "X-Failed-Recipients: %s" % rcpt,
        "Message-ID: <%s@mx.google.com>" % uuid_like(rng, upper=False), "Date: %s" % rfc_date(shift_zone(t, -8), -8)
    ] + mh
    return _ret(h, body)


@machine(spec="m-delay-december", cat="automated: bounce (delay warning)", date="2024-12-07 07:00:22",
         mailbox="customercare", program="Postfix delay DSN (our outbound MTA)", lang="en",
         note="Postfix 'delayed mail' warning for the December newsletter; not a failure, still automated")
def m_delay(rng, t, mb):
    o = ours.get("december")
    rep = "out01.mail.alliant-energy.com"
    rcpt = "ourfamily@southslope.net"
    b = "%s.%d/%s" % (rtok(rng, 10, UPALNUM), epoch(t), rep)
    human = """This is the mail system at host %s.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 day(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<%s>: host mx.southslope.net[216.51.160.20] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)""" % (rep, rcpt)
    st = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: delayed\n"
          "Status: 4.2.2\nRemote-MTA: dns; mx.southslope.net\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n"
          "Will-Retry-Until: %s\n" % (rep, central_date(o["dt"]), rcpt, central_date(plus(o["dt"], 5 * 86400))))
    p1 = (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], human + "\n")
    p2 = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], st)
    oh = ("From: Alliant Energy <customercare@alliant-energy.com>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
          "List-Unsubscribe: <mailto:customercare@alliant-energy.com?subject=unsubscribe>\n" % (
              rcpt, o["subject"], central_date(o["dt"]), o["msgid"]))
    p3 = (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], oh)
    mh, body = multipart("report", [p1, p2, p3], b, params="; report-type=delivery-status",
                         preamble="This is a MIME-encapsulated message.")
    tr = ["Return-Path: <>", "Delivered-To: %s" % MAILBOX_ADDR[mb],
          fold("Received", "from out01.mail.alliant-energy.com (out01.mail.alliant-energy.com [10.20.0.31]) by "
               "mbx01.alliant-energy.com (Postfix) with ESMTPS id %s for <%s>; %s" % (
                   "4X" + rtok(rng, 12), MAILBOX_ADDR[mb], central_date(plus(t, 1), True))),
          fold("Received", "by out01.mail.alliant-energy.com (Postfix) id %s; %s" % (
              rtok(rng, 10, UPALNUM), central_date(t, True)))]
    h = tr + ["Date: %s" % central_date(t, True), "From: MAILER-DAEMON@%s (Mail Delivery System)" % rep,
              "Subject: Delayed Mail (still being retried)", "To: %s" % ours.CC[1],
              "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + mh
    return _ret(h, body)


# ================================================================= read receipts

@machine(spec="m-mdn-outlook-ack", cat="automated: read receipt", date="2024-12-18 10:02:51",
         mailbox="customercare", program="Outlook read receipt (MDN)", lang="en",
         note="Outlook read receipt for our acknowledgement; a person opened it but did not write anything")
def m_mdn_outlook(rng, t, mb):
    o = ours.get("ack_1218")
    a = "paulferris@live.com"
    tr = our_trace(rng, mb, a, plus(t, 3), "mail-dm6nam12olkn2060.outbound.protection.outlook.com", "40.92.22.60")
    b = "_%s_" % uuid_like(rng, upper=False)
    text = """Your message

To: paulferris@live.com
Subject: %s
Sent: %s

was read on %s.""" % (o["subject"], utc_date(o["dt"]), utc_date(t))
    p1 = leaf("text/plain", text, "us-ascii", "quoted-printable")
    st = ("Reporting-UA: DM6PR12MB%04d.namprd12.prod.outlook.com\nFinal-Recipient: rfc822;%s\n"
          "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (
              rng.randint(1000, 9999), a, o["msgid"]))
    p2 = (["Content-Type: message/disposition-notification"], st)
    mh, body = multipart("report", [p1, p2], b, params="; report-type=disposition-notification")
    h = tr + ["From: Paul Ferris <%s>" % a, "To: %s" % ours.ACKFROM[1], "Subject: Read: %s" % o["subject"],
              "Thread-Topic: %s" % o["subject"], "Date: %s" % utc_date(t),
              "Message-ID: <%s@DM6PR12MB%04d.namprd12.prod.outlook.com>" % (uuid_like(rng, upper=False),
                                                                          rng.randint(1000, 9999)),
              "References: %s" % o["msgid"], "In-Reply-To: %s" % o["msgid"], "Content-Language: en-US",
              "X-MS-Has-Attach: ", "MIME-Version: 1.0"] + mh
    return _ret(h, body)


@machine(spec="m-mdn-thunderbird-ack", cat="automated: read receipt", date="2025-01-10 19:40:03",
         mailbox="customercare", program="Thunderbird return receipt (MDN)", lang="en",
         note="Thunderbird 'Return Receipt (displayed)' for our acknowledgement")
def m_mdn_tb(rng, t, mb):
    o = ours.get("ack_0110")
    a = "lfisch@mchsi.com"
    tr = our_trace(rng, mb, a, plus(t, 3), "smtp.mchsi.com", "173.234.160.%d" % rng.randint(10, 90),
                   auth="dkim=none; spf=pass smtp.mailfrom=mchsi.com; dmarc=none header.from=mchsi.com")
    b = "------------%s" % rtok(rng, 24)
    text = """This is a Return Receipt for the mail that you sent to <%s>.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""" % a
    p1 = leaf("text/plain", text, "UTF-8", "7bit", params="; format=flowed")
    st = ("Reporting-UA: %s; Thunderbird 128.6.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n" % ("mchsi.com", a, o["msgid"]))
    p2 = (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
           "Content-Disposition: inline"], st)
    p3 = (["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"", "Content-Disposition: inline"],
          "Date: %s\nFrom: Alliant Energy Customer Care <customercare@alliant-energy.com>\nTo: %s\nSubject: %s\n"
          "Message-ID: %s\n" % (central_date(o["dt"]), a, o["subject"], o["msgid"]))
    mh, body = multipart("report", [p1, p2, p3], b, params="; report-type=disposition-notification",
                         preamble="This is a multi-part message in MIME format.")
    h = tr + ["Content-Type: " + mh[0].split(": ", 1)[1], "Message-ID: <%s@mchsi.com>" % uuid_like(rng, False),
              "Date: %s" % central_date(t), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
              "From: Lorraine Fisch <%s>" % a, "To: %s" % ours.ACKFROM[1],
              "Subject: Return Receipt (displayed) - %s" % o["subject"]]
    return _ret(h, body)


# ================================================================= vendor and system mail

@machine(spec="m-vendor-suppression-report", cat="automated: vendor notification", date="2025-01-21 06:15:09",
         mailbox="powerhousecatalog", program="mail house job system", lang="en",
         note="mail house merge/purge and household-suppression report; words like suppression, opt-out and 'do not "
              "share' are the vendor's report, not a request")
def m_vendor_supp(rng, t, mb):
    tr = our_trace(rng, mb, "jobdesk@lakeshoredirect.com", plus(t, 5), "smtp2.lakeshoredirect.com",
                   "203.0.113.%d" % rng.randint(20, 40), auth="dkim=pass header.d=lakeshoredirect.com; spf=pass "
                   "smtp.mailfrom=lakeshoredirect.com; dmarc=pass header.from=lakeshoredirect.com")
    text = """LAKESHORE DIRECT MAIL - JOB STATUS REPORT
Job: PH-SPRING25-M01   Client: PowerHouse Catalog (Alliant Energy)
Stage: MERGE/PURGE + SUPPRESSION   Status: COMPLETE

Input records ............................ 184,212
Duplicates removed (individual) ..........   6,904
Household consolidation (same address) ...  11,372
DMAchoice / in-house opt-out suppression .   2,118
Do-not-share flag (excluded from rental) .   1,407
Deceased suppression ......................     388
NCOA moves updated ........................   3,921
Final mail quantity ...................... 161,830

Household rule applied: one catalog per address when surnames match.
Files: PH-SPRING25-M01_final.csv, PH-SPRING25-M01_suppressed.csv (SFTP /outbound/powerhouse/)

This is an automated message from the Lakeshore Direct job system. Do not reply."""
    hh, body = leaf("text/plain", text, "us-ascii", "7bit")
    h = tr + ["Date: %s" % central_date(t), "From: Lakeshore Direct Job Desk <jobdesk@lakeshoredirect.com>",
              "To: %s" % ours.PH[1], "Subject: [JOB COMPLETE] PH-SPRING25-M01 merge/purge & suppression",
              "Message-ID: <job.PH-SPRING25-M01.%d@lakeshoredirect.com>" % epoch(t),
              "Auto-Submitted: auto-generated", "X-Mailer: LDM JobTrack 5.2", "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-vendor-ncoa", cat="automated: vendor notification", date="2024-10-04 02:40:33",
         mailbox="powerhousecatalog", program="NCOA processing service", lang="en",
         note="NCOALink change-of-address processing report listing household moves; vendor system mail, not a "
              "change-of-address request")
def m_vendor_ncoa(rng, t, mb):
    tr = our_trace(rng, mb, "noreply@addresshygiene.example.com", plus(t, 3), "out.addresshygiene.example.com",
                   "198.51.100.%d" % rng.randint(100, 140))
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\"><h3>NCOALink&reg; processing "
            "complete</h3><p>Order <b>#NC-%d</b> for <b>PowerHouse Catalog</b> has finished.</p><table border=\"1\" "
            "cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><td>Records submitted</td><td>171,540</td></tr>"
            "<tr><td>Individual moves</td><td>2,206</td></tr><tr><td>Family (household) moves</td><td>1,715</td>"
            "</tr><tr><td>Business moves</td><td>12</td></tr><tr><td>Moved, left no address</td><td>603</td></tr>"
            "</table><p>Your updated file and PAF summary are ready for download for 14 days.</p><p style=\"color:"
            "#777\">You are receiving this because you are a contact on this account. This mailbox is not "
            "monitored.</p></body></html>" % rng.randint(100000, 999999))
    text = ("NCOALink processing complete\n\nOrder for PowerHouse Catalog has finished.\nRecords submitted: "
            "171,540\nIndividual moves: 2,206\nFamily (household) moves: 1,715\nBusiness moves: 12\nMoved, left no "
            "address: 603\n\nYour updated file and PAF summary are ready for download for 14 days.\nThis mailbox is "
            "not monitored.")
    b = "=_ah_%s" % rtok(rng, 20)
    mh, body = multipart("alternative", [leaf("text/plain", text, "utf-8", "7bit"),
                                         leaf("text/html", html, "utf-8", "quoted-printable")], b)
    h = tr + ["Date: %s" % utc_date(t), "From: Address Hygiene Services <noreply@addresshygiene.example.com>",
              "To: %s" % ours.PH[1], "Subject: Your NCOA order is complete - 3,921 moves found",
              "Message-ID: <ncoa.%s@addresshygiene.example.com>" % rtok(rng, 16, "0123456789abcdef"),
              "Auto-Submitted: auto-generated", "MIME-Version: 1.0"] + mh
    return _ret(h, body)


@machine(spec="m-crm-export", cat="automated: system notification", date="2024-11-29 05:00:14",
         mailbox="customercare", program="CRM scheduled export notice", lang="en",
         note="CRM scheduled-export notice for 'Marketing Preferences - Households'; system mail with opt-out words")
def m_crm_export(rng, t, mb):
    tr = our_trace(rng, mb, "bounce-%s@notify.relatiacrm.example.com" % rtok(rng, 10, "abcdef0123456789"),
                   plus(t, 4), "o2.notify.relatiacrm.example.com", "192.0.2.%d" % rng.randint(30, 60))
    text = """Your scheduled export is ready.

Report:    Marketing Preferences - Households (opt-outs, do-not-share)
Schedule:  Weekly, Fridays 05:00 CT
Rows:      48,311
Format:    CSV (UTF-8)

Download (link expires in 72 hours):
https://alliant.relatiacrm.example.com/exports/%s

You received this because customercare@alliant-energy.com is a recipient of this schedule.
Manage schedules in Setup > Reports > Scheduled Exports.""" % rtok(rng, 18)
    hh, body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    h = tr + ["Date: %s" % utc_date(t), "From: Relatia CRM <no-reply@relatiacrm.example.com>",
              "To: %s" % ours.CC[1], "Subject: Scheduled export ready: Marketing Preferences - Households",
              "Message-ID: <%s@notify.relatiacrm.example.com>" % uuid_like(rng, False),
              "Auto-Submitted: auto-generated", "Precedence: bulk", "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-calendar-list-exchange", cat="automated: calendar invitation", date="2025-01-07 14:22:47",
         mailbox="powerhousecatalog", program="Outlook calendar invitation", lang="en",
         note="calendar invitation (text/calendar) from a partner catalog company about list exchange; a person sent "
              "it but it is not a request to us")
def m_calendar(rng, t, mb):
    a = "bmoreau@northwoodscatalogco.com"
    tr = our_trace(rng, mb, a, plus(t, 3), "mail-mw2nam10on2119.outbound.protection.outlook.com", "40.107.94.119")
    uid = "040000008200E00074C5B7101A82E008000000%s" % rtok(rng, 40, "0123456789ABCDEF")
    start = "20250115T150000Z"
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Beth Moreau:mailto:%s
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=powerhouse
 catalog@alliant-energy.com:mailto:powerhousecatalog@alliant-energy.com
DESCRIPTION;LANGUAGE=en-US:Quarterly list exchange review: counts\\, do-not-
 share suppressions\\, spring drop dates.\\n
UID:%s
SUMMARY;LANGUAGE=en-US:Q1 list exchange review - Northwoods / PowerHouse
DTSTART:%s
DTEND:20250115T153000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250107T202247Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""" % (a, uid, start)
    text = """Quarterly list exchange review: counts, do-not-share suppressions, spring drop dates.

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now
Meeting ID: 271 553 018 447
Passcode: 7hQx2v"""
    b = "_000_%s_" % rtok(rng, 40, UPALNUM)
    p1 = leaf("text/plain", text, "us-ascii", "quoted-printable")
    p2 = leaf("text/calendar", ics, "utf-8", "base64", params="; method=REQUEST")
    mh, body = multipart("alternative", [p1, p2], b)
    h = tr + ["From: Beth Moreau <%s>" % a, "To: %s" % addr("", ours.PH[1]),
              "Subject: Q1 list exchange review - Northwoods / PowerHouse", "Thread-Topic: Q1 list exchange review",
              "Thread-Index: %s" % rb64(rng, 22).rstrip("="), "Date: %s" % utc_date(t),
              "Message-ID: <MW2PR10MB%04d%s@MW2PR10MB%04d.namprd10.prod.outlook.com>" % (
                  rng.randint(1000, 9999), rtok(rng, 24, UPALNUM), rng.randint(1000, 9999)),
              "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ",
              "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"] + mh
    return _ret(h, body)


@machine(spec="m-system-quota", cat="automated: system notification", date="2025-01-02 00:05:01",
         mailbox="customercare", program="Dovecot quota warning", lang="en",
         note="our own mail server's quota warning for the customercare mailbox")
def m_quota(rng, t, mb):
    tr = ["Return-Path: <MAILER-DAEMON@mbx01.alliant-energy.com>", "Delivered-To: %s" % MAILBOX_ADDR[mb],
          fold("Received", "by mbx01.alliant-energy.com (Postfix, from userid 0) id %s; %s" % (
              "4X" + rtok(rng, 12), central_date(t, True)))]
    text = """Your mailbox customercare@alliant-energy.com is now 86% full (8.6 GB of 10 GB).

When the mailbox is full, new messages will be rejected. Please archive or delete old
messages, or ask the mail team to raise the quota.

-- mbx01 quota service"""
    hh, body = leaf("text/plain", text, "us-ascii", "7bit")
    h = tr + ["Date: %s" % central_date(t), "From: Mail Quota Service <postmaster@alliant-energy.com>",
              "To: %s" % ours.CC[1], "Subject: Mailbox quota warning: 86% used",
              "Message-ID: <quota.%d@mbx01.alliant-energy.com>" % epoch(t), "Auto-Submitted: auto-generated",
              "Precedence: bulk", "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-challenge-response-ack", cat="automated: challenge-response", date="2024-12-04 13:08:41",
         mailbox="customercare", program="challenge-response filter", lang="en",
         note="challenge-response filter of a family address asks us to verify before our acknowledgement is "
              "delivered; automated, never answer")
def m_challenge(rng, t, mb):
    o = ours.get("ack_1204")
    tr = our_trace(rng, mb, "verify@boxguard-mail.example.net", plus(t, 3), "cr1.boxguard-mail.example.net",
                   "192.0.2.%d" % rng.randint(100, 120))
    text = """Hello,

The Kowalczyk family uses BoxGuard to keep their inbox free of junk mail.
Your message "%s" is being held until you confirm you are a real person.

Click here to confirm: https://verify.boxguard-mail.example.net/c/%s

You only need to do this once. Held messages are deleted after 7 days.""" % (o["subject"], rtok(rng, 24))
    hh, body = leaf("text/plain", text, "utf-8", "7bit")
    h = tr + ["Date: %s" % central_date(t), "From: BoxGuard for dkowalczyk@aol.com <verify@boxguard-mail.example.net>",
              "To: %s" % ours.ACKFROM[1], "Subject: Please verify your message to the Kowalczyk family",
              "Message-ID: <cr.%s@boxguard-mail.example.net>" % rtok(rng, 16, "0123456789abcdef"),
              "In-Reply-To: %s" % o["msgid"], "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + hh
    return _ret(h, body)


# ================================================================= lists, newsletters, outreach, spam

@machine(spec="m-list-post-mailman", cat="automated: mailing-list post", date="2024-11-20 12:48:36",
         mailbox="customercare", program="Mailman 2.1 (personalized)", lang="en",
         note="mailing-list post (personalized To) in which a member discusses household opt-out requests; a person "
              "wrote it, but list traffic is automated per LABELS.md")
def m_list_post(rng, t, mb):
    tr = our_trace(rng, mb, "ia-utility-cx-bounces+customercare=alliant-energy.com@lists.iowautilityforum.example.org",
                   plus(t, 8), "lists.iowautilityforum.example.org", "198.51.100.%d" % rng.randint(60, 80))
    text = """How are others handling "remove everyone at this address" requests? We get a lot of
them from spouses and adult kids, and our legal team says we can only process the
account holder's own preferences without some kind of authorization. Curious whether
anyone suppresses at the household level for paper marketing and person level for email.

Also: does anyone still honor opt-outs received by reply to a bill email? Ours go to a
no-reply address.

Thanks,
Rachel Lindahl
Customer Experience, Midland Rural Electric Cooperative"""
    footer = """_______________________________________________
ia-utility-cx mailing list
ia-utility-cx@lists.iowautilityforum.example.org
https://lists.iowautilityforum.example.org/mailman/listinfo/ia-utility-cx
Unsubscribe: ia-utility-cx-request@lists.iowautilityforum.example.org?subject=unsubscribe"""
    hh, body = leaf("text/plain", text + "\n" + footer, "us-ascii", "7bit")
    h = tr + ["From: Rachel Lindahl <rlindahl@midlandrec.example.coop>", "To: customercare@alliant-energy.com",
              "Date: %s" % central_date(plus(t, -40)), "Message-ID: <%s@midlandrec.example.coop>" % uuid_like(rng, False),
              "Subject: [ia-utility-cx] Household opt-out requests - how do you handle?", "MIME-Version: 1.0"] + hh + [
        "X-BeenThere: ia-utility-cx@lists.iowautilityforum.example.org", "X-Mailman-Version: 2.1.39",
        "Precedence: list", "List-Id: Iowa utility customer experience <ia-utility-cx.lists.iowautilityforum.example.org>",
        "List-Unsubscribe: <https://lists.iowautilityforum.example.org/mailman/options/ia-utility-cx>,",
        " <mailto:ia-utility-cx-request@lists.iowautilityforum.example.org?subject=unsubscribe>",
        "List-Post: <mailto:ia-utility-cx@lists.iowautilityforum.example.org>",
        "Errors-To: ia-utility-cx-bounces+customercare=alliant-energy.com@lists.iowautilityforum.example.org",
        "Sender: \"ia-utility-cx\" <ia-utility-cx-bounces+customercare=alliant-energy.com@lists.iowautilityforum.example.org>"]
    return _ret(h, body)


@machine(spec="m-newsletter-catalog-trade", cat="automated: newsletter", date="2024-10-23 06:30:02",
         mailbox="powerhousecatalog", program="bulk newsletter (ESP)", lang="en",
         note="trade newsletter to the catalog mailbox; bulk mail with List-Unsubscribe, automated")
def m_newsletter(rng, t, mb):
    tr = our_trace(rng, mb, "bounce-%d@mail.cataloginsider.example.com" % rng.randint(10 ** 7, 10 ** 8),
                   plus(t, 6), "mta%d.mail.cataloginsider.example.com" % rng.randint(1, 9),
                   "198.51.100.%d" % rng.randint(150, 170))
    html = ("<!DOCTYPE html><html><body style=\"margin:0;background:#f4f4f4\"><table width=\"600\" align=\"center\" "
            "style=\"background:#fff;font-family:Georgia,serif\"><tr><td style=\"padding:20px\"><h1 style=\"font-size"
            ":22px\">Catalog Insider Weekly</h1><p><b>Households, not names:</b> why more mailers are merging "
            "records at the address level before list rental.</p><p><b>Opt-out season:</b> holiday books drive a "
            "spike in suppression requests. Three ways to keep your do-not-share file clean.</p><p><b>Postage:</b> "
            "what January's USPS price change means for 2025 drops.</p><p style=\"font-size:11px;color:#888\">You "
            "are receiving this because you subscribed at cataloginsider.example.com. <a href=\"https://"
            "cataloginsider.example.com/u/%s\">Unsubscribe</a></p></td></tr></table></body></html>" % rtok(rng, 20))
    hh, body = leaf("text/html", html, "utf-8", "quoted-printable")
    h = tr + ["Date: %s" % utc_date(t), "From: Catalog Insider <news@cataloginsider.example.com>",
              "To: %s" % ours.PH[1], "Subject: Households, not names | Opt-out season | Postage 2025",
              "Message-ID: <%s@mail.cataloginsider.example.com>" % rtok(rng, 24, "0123456789abcdef"),
              "List-Unsubscribe: <mailto:unsub-%s@mail.cataloginsider.example.com>, <https://cataloginsider.example"
              ".com/u/%s>" % (rtok(rng, 12), rtok(rng, 12)), "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "List-Id: <weekly.cataloginsider.example.com>", "Precedence: bulk", "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-cold-sales-household", cat="automated: cold sales", date="2024-10-08 10:12:40",
         mailbox="customercare", program="sales engagement tool", lang="en",
         note="cold sales pitch for household consent management; uses 'opt-out' and 'do not share' but is outreach")
def m_cold_sales(rng, t, mb):
    a = "jordan.pike@consentgrid.example.io"
    tr = our_trace(rng, mb, a, plus(t, 3), "mail-qk1-f170.google.com", "209.85.222.170")
    text = """Hi there,

Quick question - how does your team handle opt-out and do-not-share requests that come in for a whole household?

ConsentGrid links every person at an address to one preference record, so when a spouse or adult child writes in, your agents see who has standing in one click. Two Midwest utilities cut privacy-mailbox handling time by 41% last year.

Worth a 15-minute call next week?

Jordan Pike
Account Executive, ConsentGrid
If this isn't relevant, reply "no thanks" and I won't follow up."""
    b = "000000000000" + rtok(rng, 12, "0123456789abcdef")
    mh, body = multipart("alternative", [leaf("text/plain", text, "UTF-8", None, quoted=True),
                                         leaf("text/html", '<div dir="ltr">%s</div>' % "".join(
                                             "<div>%s</div>" % (esc(l) or "<br>") for l in text.split("\n")),
                                             "UTF-8", "quoted-printable", quoted=True)], b)
    h = tr + ["MIME-Version: 1.0", "From: Jordan Pike <%s>" % a, "Date: %s" % rfc_date(shift_zone(t, -4), -4),
              "Message-ID: <CA%s@mail.gmail.com>" % rtok(rng, 44), "Subject: household opt-outs at Alliant?",
              "To: %s" % ours.CC[1], "X-Mailer: Outreachly (seq 4417, step 1)"] + mh
    return _ret(h, body)


@machine(spec="m-seo-outreach", cat="automated: cold outreach (SEO)", date="2024-11-07 04:51:19",
         mailbox="customercare", program="bulk outreach", lang="en",
         note="SEO/link-building outreach; automated per LABELS.md")
def m_seo(rng, t, mb):
    a = "maya@rankfarmers.example.net"
    tr = our_trace(rng, mb, a, plus(t, 4), "smtp.rankfarmers.example.net", "203.0.113.%d" % rng.randint(150, 170))
    text = """Hello Alliant Energy team,

I was reading your page about home energy savings and noticed a few broken links. I also run a
family home blog (DA 52) and would love to contribute a guest post: "10 Ways Families Can Cut
Winter Energy Bills", with one link back to your site.

We can also fix the broken links for you. Our packages start at $149.

Best,
Maya
Outreach Manager"""
    hh, body = leaf("text/plain", text, "utf-8", "7bit")
    h = tr + ["Date: %s" % utc_date(t), "From: Maya Rahim <%s>" % a, "To: %s" % ours.CC[1],
              "Subject: Broken links on alliantenergy.com + guest post idea",
              "Message-ID: <%s@rankfarmers.example.net>" % rtok(rng, 20, "0123456789abcdef"),
              "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-phish-suspended", cat="automated: phishing", date="2024-12-17 02:14:55",
         mailbox="customercare", program="phishing kit", lang="mixed",
         note="bilingual phishing posing as Alliant Energy ('cuenta suspendida'), HTML only, spoofed display name")
def m_phish(rng, t, mb):
    tr = our_trace(rng, mb, "info@alliant-energy-billing.example.com", plus(t, 2), "vps-%d.hostpoint.example"
                   % rng.randint(1000, 9999), "203.0.113.%d" % rng.randint(200, 230),
                   auth="dkim=none; spf=softfail smtp.mailfrom=alliant-energy-billing.example.com; dmarc=fail "
                        "header.from=alliant-energy-billing.example.com")
    html = ("<html><body style=\"font-family:Arial\"><img src=\"https://alliant-energy-billing.example.com/logo.png\">"
            "<p><b>Aviso importante / Important notice</b></p><p>Su cuenta ha sido suspendida por falta de pago. "
            "Para evitar la desconexi&oacute;n del servicio de su hogar, verifique su informaci&oacute;n hoy.</p>"
            "<p>Your household account has been suspended due to a failed payment. To avoid disconnection, verify "
            "your details within 24 hours.</p><p><a href=\"https://alliant-energy-billing.example.com/verify?id=%s\">"
            "VERIFY NOW / VERIFICAR AHORA</a></p><p style=\"font-size:10px\">Alliant Energy &copy; 2024</p></body>"
            "</html>" % rtok(rng, 16))
    hh, body = leaf("text/html", html, "windows-1252", "quoted-printable")
    h = tr + ["Date: %s" % rfc_date(shift_zone(t, 1), 1), "From: %s <info@alliant-energy-billing.example.com>"
              % enc_word("Alliant Energy Facturación", "utf-8", "b"),
              "To: %s" % ours.CC[1], "Subject: %s" % enc_word("Aviso de suspensión / Account suspended #%d"
                                                           % rng.randint(100000, 999999), "utf-8", "b"),
              "Message-ID: <%s@hostpoint.example>" % rtok(rng, 20), "X-Priority: 1", "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-phish-sharepoint", cat="automated: phishing", date="2025-02-06 03:27:41",
         mailbox="powerhousecatalog", program="phishing kit", lang="en",
         note="fake file-share notice ('Household_OptOut_List_2025.xlsx'); phishing, automated")
def m_phish_sp(rng, t, mb):
    tr = our_trace(rng, mb, "notify@share-docs-online.example.com", plus(t, 2), "mail.share-docs-online.example.com",
                   "192.0.2.%d" % rng.randint(200, 250), auth="dkim=none; spf=fail smtp.mailfrom=share-docs-online."
                   "example.com; dmarc=fail header.from=share-docs-online.example.com")
    html = ("<html><body><div style=\"font-family:Segoe UI,sans-serif;max-width:520px\"><p>Beth Moreau shared a file "
            "with you</p><div style=\"border:1px solid #ddd;padding:12px\"><b>Household_OptOut_List_2025.xlsx</b>"
            "<br>&quot;Here is the updated do-not-share list for the spring exchange. Please review.&quot;</div>"
            "<p><a href=\"https://share-docs-online.example.com/s/%s\" style=\"background:#0f6cbd;color:#fff;padding:"
            "8px 16px;text-decoration:none\">Open</a></p><p style=\"font-size:11px;color:#777\">Microsoft respects "
            "your privacy. This link will work for anyone.</p></div></body></html>" % rtok(rng, 22))
    hh, body = leaf("text/html", html, "utf-8", "base64")
    h = tr + ["Date: %s" % utc_date(t), "From: \"Beth Moreau (via OneDrive)\" <notify@share-docs-online.example.com>",
              "To: %s" % ours.PH[1], "Subject: Beth Moreau shared \"Household_OptOut_List_2025\" with you",
              "Message-ID: <%s@share-docs-online.example.com>" % uuid_like(rng, False), "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-spam-list-broker", cat="automated: spam", date="2024-09-24 03:03:03",
         mailbox="customercare", program="bulk spam", lang="en",
         note="list broker spam selling homeowner/household mailing lists")
def m_spam_broker(rng, t, mb):
    tr = our_trace(rng, mb, "sales@homeownerleads.example.biz", plus(t, 2), "s%d.bulkrelay.example.biz"
                   % rng.randint(10, 99), "203.0.113.%d" % rng.randint(60, 90),
                   auth="dkim=none; spf=neutral smtp.mailfrom=homeownerleads.example.biz; dmarc=none")
    text = """NEW 2025 HOMEOWNER & HOUSEHOLD MAILING LISTS

* 2.1 million verified Iowa / Wisconsin households
* Presence of children, age of home, heating fuel, new movers
* Unlimited use license - postal + email appended

Special price this week only: $399 for the full Midwest file.

Reply with "LIST" for a free sample of 500 records.
To be removed from future mailings reply REMOVE."""
    hh, body = leaf("text/plain", text, "us-ascii", "7bit")
    h = tr + ["Date: %s" % utc_date(t), "From: Data Sales <sales@homeownerleads.example.biz>",
              "To: %s" % ours.CC[1], "Subject: 2.1M Midwest household records - this week only",
              "Message-ID: <%d.%s@homeownerleads.example.biz>" % (epoch(t), rtok(rng, 8)), "MIME-Version: 1.0"] + hh
    return _ret(h, body)


@machine(spec="m-spam-lottery-es", cat="automated: spam", date="2024-12-26 01:19:08",
         mailbox="customercare", program="bulk spam", lang="es",
         note="Spanish lottery spam, base64 body")
def m_spam_lottery(rng, t, mb):
    tr = our_trace(rng, mb, "premios@loteria-familiar.example.com", plus(t, 2), "mx%d.cheapmailer.example"
                   % rng.randint(1, 9), "192.0.2.%d" % rng.randint(10, 40),
                   auth="dkim=none; spf=fail smtp.mailfrom=loteria-familiar.example.com; dmarc=none")
    text = """¡FELICIDADES!

Su hogar ha sido seleccionado como ganador de $850,000.00 USD en nuestro sorteo familiar de fin de año.

Para reclamar su premio envíe su nombre completo, dirección, número de teléfono y una copia de su identificación a nuestro agente de reclamos.

Atentamente,
Lic. Roberto Salinas
Departamento de Premios"""
    hh, body = leaf("text/plain", text, "utf-8", "base64")
    h = tr + ["Date: %s" % utc_date(t), "From: %s <premios@loteria-familiar.example.com>"
              % enc_word("Sorteo Familiar Internacional", "utf-8", "q"), "To: %s" % ours.CC[1],
              "Subject: %s" % enc_word("¡Su hogar es GANADOR! Reclame su premio", "utf-8", "b"),
              "Message-ID: <%s@cheapmailer.example>" % rtok(rng, 18), "MIME-Version: 1.0"] + hh
    return _ret(h, body)
