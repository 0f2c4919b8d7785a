"""Machine-made mail about our mail (auto-replies, bounces) plus one inbox-cleaner unsubscribe.

Each entry has a `build(ids)` function returning raw bytes; labels as usual.
"""
from mailkit import (Part, assemble, addr, ew, hdr, rfc_date, local, plus, to_tz, chop, fold_b64, central_offset)
from sources import render
from clients import transport, dkim

CCA = "customercare@alliant-energy.com"
PHA = "powerhousecatalog@alliant-energy.com"


def our_outbound(s, rcpt, ids, full=True):
    """Headers (and optionally body) of our own message as it left smtp-out01."""
    d = local(s["date"]) if s["date"] else s["_date"]
    lu = "<mailto:%s?subject=unsubscribe>" % s["frm"] if s["kind"] in ("promo", "catalog") else None
    lines = [
        "Received: from mkt01.alliant-energy.com (mkt01.alliant-energy.com [10.40.8.15])\n\tby smtp-out01.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            ids.postfix_qid(), rcpt, rfc_date(plus(d, seconds=3), paren=True)),
        "DKIM-Signature: " + dkim(ids, "alliant-energy.com", "s2026", "from:to:subject:date:message-id:list-unsubscribe;", int(d.timestamp())),
        "From: %s" % addr(s["name"], s["frm"]),
        "To: %s" % rcpt,
        hdr("Subject", s["subject"]),
        "Date: %s" % rfc_date(d),
        "Message-ID: %s" % s["msgid"],
    ]
    if lu:
        lines += ["List-Unsubscribe: %s" % lu, "Precedence: bulk"]
    if s["kind"] == "ack":
        lines += ["Auto-Submitted: auto-replied"]
    lines += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit"]
    head = "\n".join(lines)
    if not full:
        return head + "\n"
    return head + "\n\n" + s["body"] + "\n"


def mx_top(ids, ret, mailbox, when, from_host, from_ip, auth, mx="mx2"):
    qa, qb = ids.postfix_qid(), ids.postfix_qid()
    return [
        "Return-Path: %s" % ret,
        "Delivered-To: %s" % mailbox,
        "Received: from %s.alliant-energy.com (%s.alliant-energy.com [%s])\n\tby mbx01.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            mx, mx, {"mx1": "10.40.2.21", "mx2": "10.40.2.22"}[mx], qa, mailbox, rfc_date(plus(when, seconds=4), paren=True)),
        "Authentication-Results: %s.alliant-energy.com;\n\t%s" % (mx, auth),
        "Received: from %s (%s [%s])\n\tby %s.alliant-energy.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            from_host, from_host, from_ip, mx, qb, mailbox, rfc_date(plus(when, seconds=3), paren=True)),
    ]


# ------------------------------------------------------------------ a01 Exchange OOF to P3
def a01(ids):
    s = render("P3")
    when = local("2026-05-12 08:31:09")
    me = ("Kevin Brandt", "kbrandt@hawkeyeagsupply.com")
    top, prov = transport("exchange", ids, me[1], CCA, when, "mx1")
    srv = transport.last_srv
    text = ("I'm out of the office until Monday, May 18 with limited access to email.\n\n"
            "For parts orders please call the counter at 319-555-0163. For anything else, contact "
            "Amy Rhode at arhode@hawkeyeagsupply.com.\n\nKevin Brandt\nHawkeye Ag Supply\n")
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
           '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">%s</div>\n</body>\n</html>\n'
           % text.replace("\n\n", "<br><br>\n").replace("\n", "<br>\n"))
    body = Part("multipart/alternative", boundary="_000_%s%s_" % (srv, ids.HEX(20)), parts=[
        Part("text/plain", text, "us-ascii", "quoted-printable"), Part("text/html", htm, "us-ascii", "quoted-printable")])
    H = top + prov + [
        "From: %s" % addr(*me), "To: Alliant Energy <%s>" % CCA,
        hdr("Subject", "Automatic reply: " + s["subject"]), hdr("Thread-Topic", s["subject"]),
        "Thread-Index: AQHc" + ids.b64(28) + "==", "Date: %s" % rfc_date(to_tz(when, 0)),
        "Message-ID:\n <%s%s@%s.namprd%s.prod.outlook.com>" % (srv, ids.HEX(20), srv, srv[5:7]),
        "References: %s" % s["msgid"], "In-Reply-To: %s" % s["msgid"],
        "Auto-Submitted: auto-generated", "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: kbrandt@hawkeyeagsupply.com", "X-MS-TNEF-Correlator:",
        "x-ms-exchange-parent-message-id: %s" % s["msgid"], "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
        "MIME-Version: 1.0"]
    return assemble(H, body)


# ------------------------------------------------------------------ a02 Gmail vacation to C1
def a02(ids):
    s = render("C1")
    when = local("2026-03-18 06:16:44", -7)
    me = ("Sue Brockmeyer", "suebrockmeyer@gmail.com")
    top, prov = transport("gmail", ids, me[1], PHA, when, "mx2")
    text = ("Hi! I'm in Arizona visiting family until March 30 and only checking email now and then. "
            "I'll get back to you when I'm home.\n\nSue\n")
    body = Part("multipart/alternative", boundary="000000000000" + ids.hex(16), parts=[
        Part("text/plain", text, "UTF-8", "7bit"),
        Part("text/html", '<div dir="ltr">Hi! I&#39;m in Arizona visiting family until March 30 and only checking email '
                          'now and then. I&#39;ll get back to you when I&#39;m home.<br><br>Sue</div>\n', "UTF-8", "quoted-printable")])
    H = top + prov + [
        "MIME-Version: 1.0", "References: %s" % s["msgid"], "In-Reply-To: %s" % s["msgid"],
        "Auto-Submitted: auto-replied", "From: %s" % addr(*me), "Date: %s" % rfc_date(when),
        "Message-ID: <CAH%s@mail.gmail.com>" % ids.alnum(56), "Subject: Traveling until March 30",
        "To: PowerHouse Catalog <%s>" % PHA]
    return assemble(H, body)


# ------------------------------------------------------------------ a03 Postfix bounce of P2 (user unknown)
def dsn_postfix(ids, s, rcpt, mailbox, when, status, diag, remote, action="failed", subject="Undelivered Mail Returned to Sender",
                notice=None, full_copy=True):
    qid = ids.postfix_qid()
    b = "%s.%d/smtp-out01.alliant-energy.com" % (qid, int(when.timestamp()))
    if notice is None:
        notice = ("This is the mail system at host smtp-out01.alliant-energy.com.\n\n"
                  "I'm sorry to have to inform you that your message could not\n"
                  "be delivered to one or more recipients. It's attached below.\n\n"
                  "For further assistance, please send mail to postmaster.\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n"
                  "                   The mail system\n\n"
                  "<%s>: host %s said:\n    %s\n" % (rcpt, remote, diag))
    status_txt = ("Reporting-MTA: dns; smtp-out01.alliant-energy.com\n"
                  "X-Postfix-Queue-ID: %s\n"
                  "X-Postfix-Sender: rfc822; %s\n"
                  "Arrival-Date: %s\n\n"
                  "Final-Recipient: rfc822; %s\n"
                  "Original-Recipient: rfc822;%s\n"
                  "Action: %s\n"
                  "Status: %s\n"
                  "Remote-MTA: dns; %s\n"
                  "Diagnostic-Code: smtp; %s\n") % (qid, mailbox, rfc_date(local(s["date"]) if s["date"] else s["_date"]),
                                                    rcpt, rcpt, action, status, remote.split(" ")[0], diag.replace("\n    ", " "))
    if action == "delayed":
        status_txt += "Will-Retry-Until: %s\n" % rfc_date(plus(when, minutes=60 * 24 * 4))
    notice_p = Part("text/plain", notice, "us-ascii", "", headers=[("Content-Description", "Notification")], extra_ct="bare")
    notice_p.cte = None
    st_p = Part("message/delivery-status", raw=status_txt, charset=None, cte=None, headers=[("Content-Description", "Delivery report")])
    if full_copy:
        orig = Part("message/rfc822", raw=our_outbound(s, rcpt, ids, True), charset=None, cte=None,
                    headers=[("Content-Description", "Undelivered Message")])
    else:
        orig = Part("text/rfc822-headers", raw=our_outbound(s, rcpt, ids, False), charset=None, cte=None,
                    headers=[("Content-Description", "Undelivered Message Headers")])
    body = Part("multipart/report", boundary=b, extra_ct=" report-type=delivery-status;", parts=[notice_p, st_p, orig],
                raw="This is a MIME-encapsulated message.")
    top = mx_top(ids, "<>", mailbox, when, "smtp-out01.alliant-energy.com", "10.40.8.31",
                 "dkim=none; spf=none smtp.helo=smtp-out01.alliant-energy.com; dmarc=none header.from=smtp-out01.alliant-energy.com")
    H = top + [
        "Received: by smtp-out01.alliant-energy.com (Postfix)\n\tid %s; %s" % (ids.postfix_qid(), rfc_date(when, paren=True)),
        "Date: %s" % rfc_date(when), "From: MAILER-DAEMON@smtp-out01.alliant-energy.com (Mail Delivery System)",
        "Subject: %s" % subject, "To: %s" % mailbox, "Auto-Submitted: auto-replied", "MIME-Version: 1.0"]
    mid = "Message-Id: <%s.%s@smtp-out01.alliant-energy.com>" % (to_tz(when, 0).strftime("%Y%m%d%H%M%S"), ids.postfix_qid())
    H.insert(len(top) + 1, mid)
    return assemble(H, body)


def a03(ids):
    s = render("P2")
    return dsn_postfix(ids, s, "jmoeller55@netins.net", CCA, local("2026-04-08 14:01:37"), "5.1.1",
                       "550 5.1.1 <jmoeller55@netins.net>: Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)",
                       "mx.netins.net[167.142.225.5]", full_copy=True)


# ------------------------------------------------------------------ a04 Exim bounce of C2 (legacy, no MIME-Version)
def a04(ids):
    s = render("C2")
    when = local("2026-09-22 09:03:51")
    rcpt = "bjansen@mhtc.net"
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <%s>\n"
            "Received: from smtp-out01.alliant-energy.com ([198.51.100.31])\n"
            "\tby mail.mhtc.net with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid 1t%s-000%s-5x\n\tfor %s;\n\t%s\n"
            % (rcpt, PHA, PHA, ids.alnum(5), ids.alnum(3), rcpt, rfc_date(local(s["date"]))))
    text += our_outbound(s, rcpt, ids, True)
    top = mx_top(ids, "<>", PHA, when, "mail.mhtc.net", "207.191.%d.%d" % (ids.r.randint(0, 250), ids.r.randint(2, 250)),
                 "dkim=none; spf=none smtp.helo=mail.mhtc.net; dmarc=none header.from=mail.mhtc.net", mx="mx1")
    H = top + [
        "Received: from Debian-exim by mail.mhtc.net with local (Exim 4.97.1)\n\tid 1t%s-000%s-Qz\n\tfor %s; %s" % (
            ids.alnum(5), ids.alnum(3), PHA, rfc_date(when)),
        "X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
        "From: Mail Delivery System <Mailer-Daemon@mail.mhtc.net>", "To: %s" % PHA,
        "References: %s" % s["msgid"], "Content-Type: text/plain; charset=us-ascii",
        "Subject: Mail delivery failed: returning message to sender",
        "Message-Id: <E1t%s-000%s-Qz@mail.mhtc.net>" % (ids.alnum(5), ids.alnum(3)), "Date: %s" % rfc_date(when)]
    head = "\r\n".join(l.replace("\n", "\r\n") for l in H)
    return head.encode("ascii") + b"\r\n\r\n" + text.replace("\n", "\r\n").encode("ascii")


# ------------------------------------------------------------------ a05 Microsoft 365 NDR of P5
def a05(ids):
    s = render("P5")
    when = local("2026-07-15 09:14:22")
    rcpt = "jschmitt@deltapinesfarm.com"
    utc = to_tz(when, 0)
    b = "_%s-%s-%s-%s-%s_" % (ids.hex(8), ids.hex(4), ids.hex(4), ids.hex(4), ids.hex(12))
    b2 = "_%s-%s-%s-%s-%s_" % (ids.hex(8), ids.hex(4), ids.hex(4), ids.hex(4), ids.hex(12))
    plain = ("Your message to %s couldn't be delivered.\n\n"
             "jschmitt wasn't found at deltapinesfarm.com.\n\n"
             "customercare     Office 365     jschmitt\nAction Required                 Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following:\n"
             "  * Retype the recipient's address, then resend the message.\n"
             "  * Contact the recipient by some other means (by phone, for example) to confirm the address.\n\n"
             "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
             "This error occurs because the sender sent a message to an email address hosted by Office 365 but the "
             "address is incorrect or doesn't exist at the destination domain.\n\n"
             "Original Message Details\nCreated Date:   %s\nSender Address: %s\nRecipient Address: %s\n"
             "Subject:        %s\n\nError Details\n"
             "Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
             "DSN generated by: MN2PR20MB%s.namprd20.prod.outlook.com\n") % (
        rcpt, utc.strftime("%-m/%-d/%Y %-I:%M:%S %p"), CCA, rcpt, s["subject"], ids.digits(4))
    htm = "<html><head></head><body><p>Your message to <a href=\"mailto:%s\">%s</a> couldn't be delivered.</p>" \
          "<p><b>jschmitt</b> wasn't found at <b>deltapinesfarm.com</b>.</p><p>Status code: <b>550 5.1.10</b></p></body></html>\n" % (rcpt, rcpt)
    expl = Part("multipart/alternative", boundary=b2, parts=[Part("text/plain", plain, "us-ascii", "quoted-printable"),
                                                             Part("text/html", htm, "us-ascii", "quoted-printable")])
    status = ("Reporting-MTA: dns;MN2PR20MB%s.namprd20.prod.outlook.com\nReceived-From-MTA: dns;smtp-out01.alliant-energy.com\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n") % (
        ids.digits(4), rfc_date(to_tz(local(s["date"]), 0)), rcpt)
    st = Part("message/delivery-status", raw=status, charset=None, cte="7bit")
    orig = Part("text/rfc822-headers", raw=our_outbound(s, rcpt, ids, False), charset=None, cte="7bit")
    body = Part("multipart/report", boundary=b, extra_ct=" report-type=delivery-status;", parts=[expl, st, orig])
    top = mx_top(ids, "<>", CCA, when, "mail-mn2nam02on2101.outbound.protection.outlook.com", "40.107.%d.%d" % (ids.r.randint(0, 250), ids.r.randint(2, 250)),
                 "dkim=none; spf=pass smtp.helo=mail-mn2nam02on2101.outbound.protection.outlook.com; dmarc=none header.from=deltapinesfarm.onmicrosoft.com", mx="mx1")
    H = top + [
        "From: Microsoft Outlook <postmaster@deltapinesfarm.onmicrosoft.com>", "To: %s" % addr("Alliant Energy", CCA),
        "Date: %s" % rfc_date(utc), "Content-Language: en-US", "Message-ID:\n <%s@MN2PR20MB%s.namprd20.prod.outlook.com>" % (ids.uuid(), ids.digits(4)),
        "In-Reply-To: %s" % s["msgid"], "References: %s" % s["msgid"], "Thread-Topic: " + s["subject"],
        hdr("Subject", "Undeliverable: " + s["subject"]), "Auto-Submitted: auto-replied",
        "X-MS-PublicTrafficType: Email", "X-MS-Exchange-Message-Is-Ndr:", "MIME-Version: 1.0"]
    return assemble(H, body)


# ------------------------------------------------------------------ a06 bounce of our acknowledgement
def a06(ids):
    s = render("ACK", dict(ref="CC-2026-06-04409", tag="b7c31e08", rdate="June 22, 2026"))
    s["date"] = "2026-06-22 10:18:40"
    return dsn_postfix(ids, s, "gkoenigs1956@yahoo.com", CCA, local("2026-06-22 10:18:47"), "5.0.0",
                       "554 delivery error: dd This user doesn't have a yahoo.com account\n    (gkoenigs1956@yahoo.com) [0] - mta4471.mail.gq1.yahoo.com (in reply to end of\n    DATA command)",
                       "mta6.am0.yahoodns.net[67.195.204.77]", full_copy=False)


# ------------------------------------------------------------------ a07 delay warning for P6 (mailbox full)
def a07(ids):
    s = render("P6")
    notice = ("This is the mail system at host smtp-out01.alliant-energy.com.\n\n"
              "####################################################################\n"
              "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
              "####################################################################\n\n"
              "Your message could not be delivered for more than 4 hour(s).\n"
              "It will be retried until it is 5 day(s) old.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "                   The mail system\n\n"
              "<lhammes@charter.net>: host mx.charter.net[47.43.26.56] said: 452 4.2.2\n"
              "    Mailbox full (in reply to RCPT TO command)\n")
    return dsn_postfix(ids, s, "lhammes@charter.net", CCA, local("2026-09-10 11:31:05"), "4.2.2",
                       "452 4.2.2 Mailbox full (in reply to RCPT TO command)", "mx.charter.net[47.43.26.56]",
                       action="delayed", subject="Delayed Mail (still being retried)", notice=notice, full_copy=False)


# ------------------------------------------------------------------ a08 headerless "no longer monitored"
def a08(ids):
    s = render("P1")
    when = local("2026-03-14 09:15:40")
    me = ("Riverbend Animal Clinic", "info@riverbendvet.com")
    top = mx_top(ids, "<info@riverbendvet.com>", CCA, when, "p3plwbeout07-02.prod.phx3.secureserver.net", "173.201.193.%d" % ids.r.randint(2, 250),
                 "dkim=none; spf=pass smtp.mailfrom=info@riverbendvet.com; dmarc=none header.from=riverbendvet.com", mx="mx1")
    text = ("This mailbox is no longer monitored. For appointments please call 608-555-0190 or email "
            "frontdesk@riverbendanimalclinic.com.\n\nThank you,\nRiverbend Animal Clinic\n")
    H = top + [
        "Received: from localhost ([127.0.0.1]) by p3plwbeout07-02.prod.phx3.secureserver.net\n\twith bizsmtp id %s; %s" % (ids.alnum(20), rfc_date(to_tz(when, -7))),
        "From: %s" % addr(*me), "To: %s" % CCA, hdr("Subject", "Re: " + s["subject"]), "Date: %s" % rfc_date(to_tz(when, -7)),
        "X-Sender: info@riverbendvet.com", "MIME-Version: 1.0"]
    body = Part("text/plain", text, "utf-8", "7bit")
    return assemble(H, body)


# ------------------------------------------------------------------ a09 Spanish OOF answering our acknowledgement
def a09(ids):
    s = render("ACK", dict(ref="CC-2026-06-05218", tag="9e04d7c2", rdate="June 26, 2026"))
    when = local("2026-06-26 14:02:55")
    me = ("Lucía Ferreyra", "lferreyra@centrolatinoia.org")
    top, prov = transport("exchange", ids, me[1], CCA, when, "mx2")
    srv = transport.last_srv
    text = ("Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 6 de julio con acceso limitado al correo.\n\n"
            "Para asuntos urgentes, comuníquese con la recepción al 515-555-0139.\n\n"
            "Lucía Ferreyra\nCentro Latino de Iowa\n")
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n</head>\n<body>\n'
           '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">%s</div>\n</body>\n</html>\n'
           % text.replace("\n\n", "<br><br>\n").replace("\n", "<br>\n"))
    body = Part("multipart/alternative", boundary="_000_%s%s_" % (srv, ids.HEX(20)), parts=[
        Part("text/plain", text, "iso-8859-1", "quoted-printable"), Part("text/html", htm, "iso-8859-1", "quoted-printable")])
    H = top + prov + [
        "From: %s" % addr(me[0], me[1], "iso-8859-1"), "To: %s" % addr("Alliant Energy Customer Care", CCA),
        hdr("Subject", ew("Respuesta automática:", "iso-8859-1") + " " + s["subject"]), hdr("Thread-Topic", s["subject"]),
        "Thread-Index: AQHc" + ids.b64(28) + "==", "Date: %s" % rfc_date(to_tz(when, 0)),
        "Message-ID:\n <%s%s@%s.namprd%s.prod.outlook.com>" % (srv, ids.HEX(20), srv, srv[5:7]),
        "References: %s" % s["msgid"], "In-Reply-To: %s" % s["msgid"],
        "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: es-US",
        "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "x-ms-exchange-generated-message-source: Mailbox Rules Agent",
        "MIME-Version: 1.0"]
    return assemble(H, body)


# ------------------------------------------------------------------ a10 ticket-system autoresponder to P4
def a10(ids):
    s = render("P4")
    when = local("2026-06-03 10:06:31")
    me = ("Cedar Valley Property Management", "support@cedarvalleypm.com")
    top = mx_top(ids, "<bounces+%s@em.cedarvalleypm.com>" % ids.digits(7), CCA, when, "o1678.em.cedarvalleypm.com", "149.72.%d.%d" % (ids.r.randint(0, 250), ids.r.randint(2, 250)),
                 "dkim=pass (2048-bit key; unprotected) header.d=cedarvalleypm.com header.s=s1 header.b=%s;\n\tspf=pass smtp.mailfrom=em.cedarvalleypm.com;\n\tdmarc=pass (p=none dis=none) header.from=cedarvalleypm.com" % ids.alnum(8), mx="mx2")
    text = ("Thank you for contacting Cedar Valley Property Management.\n\n"
            "This is an automated response to let you know we received your email. A member of our team will "
            "respond within 2 business days. For maintenance emergencies (no heat, water leak, gas smell) "
            "call 319-555-0150 any time.\n\nYour ticket number is #48213. Please keep it in the subject line "
            "if you write again.\n\nCedar Valley Property Management\nCedar Falls, Iowa\n")
    htm = "<html><body><p>%s</p></body></html>\n" % text.strip().replace("\n\n", "</p><p>").replace("\n", "<br>")
    body = Part("multipart/alternative", boundary=ids.hex(40), parts=[
        Part("text/plain", text, "us-ascii", "quoted-printable"), Part("text/html", htm, "us-ascii", "quoted-printable")])
    H = top + [
        "DKIM-Signature: " + dkim(ids, "cedarvalleypm.com", "s1", "content-type:from:mime-version:subject:in-reply-to:references:to:cc:content-type:from:subject:to;", int(when.timestamp())),
        "Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-2%s\n\t%s" % (
            ids.hex(9), ids.alnum(5).lower(), ids.hex(9), ids.alnum(5).lower(), ids.HEX(8), ids.digits(1), rfc_date(to_tz(when, 0), paren=True)),
        "Content-Type: multipart/alternative; boundary=%s" % body.boundary,
        "Date: %s" % rfc_date(to_tz(when, 0)),
        "From: %s" % addr(*me), "Mime-Version: 1.0",
        "Message-ID: <%s@cedarvalleypm.freshdesk.com>" % ids.hex(22),
        hdr("Subject", "[Ticket #48213] Re: " + s["subject"]), "In-Reply-To: %s" % s["msgid"], "References: %s" % s["msgid"],
        "Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
        "To: %s" % addr("Alliant Energy", CCA)]
    # headers already contain Content-Type; emit body without repeating part headers
    head = "\r\n".join(l.replace("\n", "\r\n") for l in H)
    return head.encode("ascii") + b"\r\n\r\n" + body.body_bytes()


# ------------------------------------------------------------------ m22 inbox-cleaning service unsubscribes a person
def m22(ids):
    when = local("2026-09-11 03:12:08")
    top = mx_top(ids, "<bounce-%s@mail.sweepmail.app>" % ids.hex(12), CCA, when, "o2.mail.sweepmail.app", "168.245.%d.%d" % (ids.r.randint(0, 250), ids.r.randint(2, 250)),
                 "dkim=pass (2048-bit key; unprotected) header.d=sweepmail.app header.s=sm1 header.b=%s;\n\tspf=pass smtp.mailfrom=mail.sweepmail.app;\n\tdmarc=pass (p=reject dis=none) header.from=sweepmail.app" % ids.alnum(8), mx="mx1")
    text = ("unsubscribe\n\n"
            "This request was sent automatically by SweepMail on behalf of one of its users, who asked to "
            "unsubscribe the address r.gehrke@frontier.com from mail sent by Alliant Energy "
            "<customercare@alliant-energy.com>. Please remove that address from this list.\n\n"
            "SweepMail - https://sweepmail.app\n")
    H = top + [
        "DKIM-Signature: " + dkim(ids, "sweepmail.app", "sm1", "from:to:subject:date:message-id:auto-submitted;", int(when.timestamp())),
        "From: SweepMail Unsubscribe <unsubscribe@sweepmail.app>", "To: %s" % CCA, "Subject: unsubscribe",
        "Date: %s" % rfc_date(to_tz(when, 0)), "Message-ID: <unsub.%s@sweepmail.app>" % ids.hex(24),
        "Auto-Submitted: auto-generated", "X-SweepMail-Request: list-unsubscribe-mailto", "MIME-Version: 1.0"]
    body = Part("text/plain", text, "utf-8", "7bit")
    return assemble(H, body)


NOTE_LOOP = "LOOP TRAP: "
RAW = [
    dict(id="a01", build=a01, cat="auto:oof-exchange", lang="en", client="exchange-oof", mb="customercare", automated=True,
         note="Exchange out-of-office answering the energy-assessment promo (Auto-Submitted, X-Auto-Response-Suppress)"),
    dict(id="a02", build=a02, cat="auto:vacation-gmail", lang="en", client="gmail-vacation", mb="powerhousecatalog", automated=True,
         note="Gmail vacation responder to the catalog e-mail; custom subject, Auto-Submitted: auto-replied"),
    dict(id="a03", build=a03, cat="auto:bounce-postfix", lang="en", client="postfix-dsn", mb="customercare", automated=True,
         note="our outbound MTA's DSN for the EV promo (user unknown); quoted original has List-Unsubscribe and opt-out words"),
    dict(id="a04", build=a04, cat="auto:bounce-exim", lang="en", client="exim", mb="powerhousecatalog", automated=True,
         note="Exim bounce of the catalog e-mail, no MIME-Version; copy of our footer with sharing words inside"),
    dict(id="a05", build=a05, cat="auto:ndr-m365", lang="en", client="m365-ndr", mb="customercare", automated=True,
         note="Microsoft 365 NDR (RecipientNotFound) for the WindShare promo"),
    dict(id="a06", build=a06, cat="auto:bounce-of-ack", lang="en", client="postfix-dsn", mb="customercare", automated=True,
         note="LOOP TRAP: DSN for our own acknowledgement (no such Yahoo user); never acknowledge"),
    dict(id="a07", build=a07, cat="auto:delay-warning", lang="en", client="postfix-dsn", mb="customercare", automated=True,
         note="Postfix delay warning (mailbox full) for the newsletter; Action: delayed"),
    dict(id="a08", build=a08, cat="auto:headerless-unmonitored", lang="en", client="godaddy-webmail", mb="customercare", automated=True,
         note="'mailbox no longer monitored' reply with no Auto-Submitted and no Message-ID: still automated"),
    dict(id="a09", build=a09, cat="auto:oof-es-to-ack", lang="es", client="exchange-oof", mb="customercare", automated=True,
         note="LOOP TRAP: Spanish Exchange out-of-office answering our acknowledgement"),
    dict(id="a10", build=a10, cat="auto:ticket-autoresponder", lang="en", client="helpdesk", mb="customercare", automated=True,
         note="property manager's help-desk autoresponder to the fridge promo (Auto-Submitted, X-Autoreply, Precedence)"),
    dict(id="m22", build=m22, cat="mo:inbox-cleaner-unsub", lang="en", client="sweepmail", mb="customercare", automated=False,
         labels=["marketing_opt_out"], ent={}, ack=None,
         note="inbox-cleaning service unsubscribing its user via our List-Unsubscribe mailto; Auto-Submitted so ack_to null"),
]
