"""Machine-made and non-request mail: bounces, auto-replies, list traffic,
calendar invitations, phishing, vendor reports, unsubscribe services."""
import datetime as _dt
import uuid

from mailkit import (MBOX, local, rfc_date, utc, chicago, epoch, rs, b64blob, HEX, ALNUM, esc, ew,
                     hdr_text, needs_enc, addr, fold_header, text_part, bin_part, multipart, Part, CRLF,
                     seeded, to_crlf, paras, encode_body)
from transport import top_chain, auth_results, dkim, spam_hdrs, qid
from clients import assemble, S
from ourmail import O, Orig, CC, PH
import attach as A


def chain(s, rng, when, helo, ip, mailfrom, dom, sel="default", dkim_ok="pass", spf="pass", dmarc="pass",
          rdns=None, policy="p=NONE sp=NONE dis=NONE", ret=None, spam=False):
    rcpt = MBOX[s.box]
    mx = "mx2" if rng.random() < 0.3 else "mx1"
    hops, t = top_chain(rng, rcpt, when, helo, rdns or helo, ip, mx=mx)
    lines = ["Return-Path: <%s>" % (ret if ret is not None else mailfrom), "Delivered-To: %s" % rcpt] + hops
    lines.append(auth_results(rng, mx, dom, sel, ip, mailfrom or None, (s.hfrom_dom or dom), dkim=dkim_ok,
                              spf=spf, dmarc=dmarc, policy=policy))
    if spam:
        lines += spam
    return lines


def our_outgoing(o, to, rng, headers_only=False):
    """Rebuild the copy of our own outgoing mail that bounces carry."""
    d = o.date
    lines = ["Return-Path: <bounce-%s@mail.alliant-energy.com>" % rs(rng, 10, HEX)]
    lines.append("Received: from mta%02d.mail.alliant-energy.com (mta%02d.mail.alliant-energy.com [198.51.100.%d])\r\n"
                 "\tby %s with ESMTPS id %s\r\n\tfor <%s>; %s" % (3, 3, 23, "mx.remote", rs(rng, 12, ALNUM), to,
                                                                 rfc_date(d)))
    lines.append(dkim(rng, "alliant-energy.com", "mkt2025", d, "From:To:Subject:Date:Message-ID:List-Unsubscribe"))
    lines.append("From: %s <%s>" % (o.name, o.addr))
    lines.append("To: %s" % to)
    lines.append(fold_header("Subject", hdr_text(o.subject, "UTF-8", "Q")))
    lines.append("Date: %s" % rfc_date(d))
    lines.append("Message-ID: %s" % o.msgid)
    if o.reply_to:
        lines.append("Reply-To: %s" % o.reply_to)
    if o.list_unsub:
        lines.append("List-Unsubscribe: %s" % o.list_unsub)
    lines.append("MIME-Version: 1.0")
    if headers_only:
        lines.append('Content-Type: multipart/alternative; boundary="=_ae_%s"' % rs(rng, 16, HEX))
        return CRLF.join(lines) + CRLF
    b = "=_ae_%s" % rs(rng, 16, HEX)
    pp = text_part(o.text + "\n", "plain", "utf-8", "quoted-printable")
    hp = text_part("<html><body>%s</body></html>\n" % o.html, "html", "utf-8", "quoted-printable")
    part = multipart("alternative", [pp, hp], b)
    return assemble(lines, part)


def rfc822_part(data, ctype="message/rfc822", desc=None):
    hs = ["Content-Type: %s" % ctype]
    if desc:
        hs.append("Content-Description: %s" % desc)
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part(hs, data)


# ------------------------------------------------------------- bounces
def dsn_postfix(s):
    """Our own Postfix returning a promotion that a remote server refused."""
    rng = seeded(s.n)
    when = local(s.date)
    o = O[s.orig] if isinstance(s.orig, str) else s.orig
    rcpt = MBOX[s.box]
    lines = ["Return-Path: <>", "Delivered-To: %s" % rcpt]
    lines.append("Received: by mbx01.alliant-energy.com (Postfix)\r\n\tid %s; %s" % (qid(rng), rfc_date(when, True, True)))
    lines.append("Received: by mta03.mail.alliant-energy.com (Postfix)\r\n\tid %s; %s" % (qid(rng), rfc_date(when, True, True)))
    lines.append("Date: %s" % rfc_date(when, True, True))
    lines.append("From: MAILER-DAEMON@mta03.mail.alliant-energy.com (Mail Delivery System)")
    lines.append("Subject: Undelivered Mail Returned to Sender")
    lines.append("To: %s" % rcpt)
    lines.append("Auto-Submitted: auto-replied")
    lines.append("MIME-Version: 1.0")
    bnd = "%s.%d/mta03.mail.alliant-energy.com" % (rs(rng, 10, "0123456789ABCDEF"), epoch(when))
    lines.append("Content-Transfer-Encoding: 8bit")
    lines.append("Message-Id: <%s@mta03.mail.alliant-energy.com>" % (rfc_date(when)[5:].replace(" ", "")[:12] + rs(rng, 6, "0123456789ABCDEF")))
    text = ("This is the mail system at host mta03.mail.alliant-energy.com.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: host %s[%s] said: %s (in reply to %s)\n" % (
                s.bad, s.remote, s.remote_ip, s.reason, s.stage or "RCPT TO command"))
    p1 = text_part(text, "plain", "us-ascii", "7bit")
    p1.headers = ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"]
    ds = ("Reporting-MTA: dns; mta03.mail.alliant-energy.com\nX-Postfix-Queue-ID: %s\n"
          "X-Postfix-Sender: rfc822; bounce-%s@mail.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
          "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n" % (
              qid(rng), rs(rng, 10, HEX), rfc_date(o.date), s.bad, s.bad, s.status, s.remote, s.reason))
    p2 = Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
              to_crlf(ds).encode())
    if s.headers_only:
        p3 = rfc822_part(our_outgoing(o, s.bad, rng, headers_only=True), "text/rfc822-headers",
                         "Undelivered Message Headers")
    else:
        p3 = rfc822_part(our_outgoing(o, s.bad, rng), "message/rfc822", "Undelivered Message")
    part = Part(['Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % bnd],
                children=[p1, p2, p3], boundary=bnd, preamble="This is a MIME-encapsulated message.\r\n")
    return assemble(lines, part)


def dsn_delay(s):
    rng = seeded(s.n)
    when = local(s.date)
    o = O[s.orig]
    rcpt = MBOX[s.box]
    lines = ["Return-Path: <>", "Delivered-To: %s" % rcpt]
    lines.append("Received: by mbx01.alliant-energy.com (Postfix)\r\n\tid %s; %s" % (qid(rng), rfc_date(when, True, True)))
    lines.append("Date: %s" % rfc_date(when, True, True))
    lines.append("From: MAILER-DAEMON@mta02.mail.alliant-energy.com (Mail Delivery System)")
    lines.append("Subject: Delayed Mail (still being retried)")
    lines.append("To: %s" % rcpt)
    lines.append("Auto-Submitted: auto-replied")
    lines.append("MIME-Version: 1.0")
    lines.append("Message-Id: <%s.%s@mta02.mail.alliant-energy.com>" % (epoch(when), rs(rng, 8, HEX)))
    bnd = "%s.%d/mta02.mail.alliant-energy.com" % (rs(rng, 10, "0123456789ABCDEF"), epoch(when))
    text = ("This is the mail system at host mta02.mail.alliant-energy.com.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "                   The mail system\n\n"
            "<%s>: connect to %s[%s]:25: Connection timed out\n" % (s.bad, s.remote, s.remote_ip))
    p1 = text_part(text, "plain", "us-ascii", "7bit")
    p1.headers = ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"]
    ds = ("Reporting-MTA: dns; mta02.mail.alliant-energy.com\nX-Postfix-Queue-ID: %s\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to %s[%s]:25: Connection timed out\n"
          "Will-Retry-Until: %s\n" % (qid(rng), rfc_date(o.date), s.bad, s.bad, s.remote, s.remote_ip,
                                     rfc_date(o.date + _dt.timedelta(days=5))))
    p2 = Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], to_crlf(ds).encode())
    p3 = rfc822_part(our_outgoing(o, s.bad, rng, headers_only=True), "text/rfc822-headers",
                     "Undelivered Message Headers")
    part = Part(['Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % bnd],
                children=[p1, p2, p3], boundary=bnd, preamble="This is a MIME-encapsulated message.\r\n")
    return assemble(lines, part)


def ndr_exchange(s):
    """Exchange Online NDR for an acknowledgement or promotion sent to a company."""
    rng = seeded(s.n)
    when = local(s.date)
    o = O[s.orig] if isinstance(s.orig, str) else s.orig
    dom = s.bad.split("@")[1]
    ip = "40.107.%d.%d" % (rng.randint(1, 255), rng.randint(1, 254))
    helo = "NAM10-DM6-obe.outbound.protection.outlook.com"
    lines = chain(s, rng, when, helo, ip, "", dom, dkim_ok="none", spf="none", dmarc=None,
                  rdns="mail-dm6nam10on20%d.outbound.protection.outlook.com" % rng.randint(600, 799), ret="")
    lines.append("Received: from PH0PR13MB%d.namprd13.prod.outlook.com (2603:10b6:510:%s::%s) by\r\n"
                 " PH0PR13MB%d.namprd13.prod.outlook.com with Microsoft SMTP Server id 15.20.%d.20; %s" % (
                     rng.randint(4000, 9999), rs(rng, 3, HEX), rs(rng, 2, HEX), rng.randint(4000, 9999),
                     rng.randint(8000, 9400), rfc_date(utc(when))))
    lines.append("From: postmaster@%s" % dom)
    lines.append("To: %s" % MBOX[s.box])
    lines.append("Date: %s" % rfc_date(utc(when)))
    lines.append("Content-Language: en-US")
    lines.append("Message-ID:\r\n <%s@PH0PR13MB%d.namprd13.prod.outlook.com>" % (str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                                                                             rng.randint(4000, 9999)))
    lines.append("In-Reply-To: %s" % o.msgid)
    lines.append("References: %s" % o.msgid)
    lines.append(fold_header("Subject", hdr_text("Undeliverable: " + o.subject, "utf-8", "B")))
    lines.append("Auto-Submitted: auto-replied")
    lines.append("X-MS-PublicTrafficType: Email")
    lines.append("X-MS-Exchange-Message-Is-Ndr: ")
    lines.append("MIME-Version: 1.0")
    bnd = "_%s_" % str(uuid.UUID(int=rng.getrandbits(128), version=4))
    alt_b = "_%s_" % str(uuid.UUID(int=rng.getrandbits(128), version=4))
    txt = ("Your message to %s couldn't be delivered.\n%s wasn't found at %s.\n%s    Office 365    %s\n"
           "Action Required                                                 Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more "
           "of the following:\n\n  *   Retype the recipient's address, then resend the message.\n"
           "  *   If you're using the Auto-Complete List in Outlook and the recipient's email address isn't correct,"
           " remove it and retype it.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\n"
           "This error occurs because the recipient's email address doesn't exist at the destination domain.\n\n"
           "Original Message Details\nCreated Date:    %s\nSender Address:    %s\nRecipient Address:    %s\n"
           "Subject:    %s\n\nError Details\nReported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
           "Recipient not found by SMTP address lookup\nDSN generated by:    PH0PR13MB%d.namprd13.prod.outlook.com\n" % (
               s.bad, s.bad.split("@")[0], dom, "Alliant Energy", s.bad.split("@")[0],
               rfc_date(utc(o.date)), o.addr, s.bad, o.subject, rng.randint(4000, 9999)))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<table style=\"width:100%%\"><tr><td><p style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;"
            "font-size:16px;color:#000000\">Your message to <a href=\"mailto:%s\">%s</a> couldn't be delivered.</p>"
            "</td></tr><tr><td style=\"background-color:#C00000;color:#FFFFFF;padding:4px\">Action Required</td></tr>"
            "<tr><td><p>Unknown To address</p><p><b>Status code: 550 5.1.10</b></p></td></tr></table>"
            "</body></html>" % (s.bad, s.bad))
    alt = multipart("alternative", [text_part(txt, "plain", "us-ascii", "quoted-printable"),
                                    text_part(html, "html", "utf-8", "quoted-printable")], alt_b)
    ds = ("Reporting-MTA: dns;PH0PR13MB%d.namprd13.prod.outlook.com\nReceived-From-MTA: dns;mta03.mail.alliant-energy.com\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" %
          (rng.randint(4000, 9999), rfc_date(utc(o.date)), s.bad))
    p2 = Part(["Content-Type: message/delivery-status"], to_crlf(ds).encode())
    p3 = rfc822_part(our_outgoing(o, s.bad, rng, headers_only=True), "text/rfc822-headers")
    part = Part(['Content-Type: multipart/report;\r\n\tboundary="%s";\r\n\treport-type=delivery-status' % bnd],
                children=[alt, p2, p3], boundary=bnd)
    return assemble(lines, part)


def yahoo_bounce(s):
    """Yahoo's asynchronous 'Failure Notice' (qmail style, no MIME)."""
    rng = seeded(s.n)
    when = local(s.date)
    o = O[s.orig]
    helo = "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 60))
    ip = "74.6.%d.%d" % (rng.randint(128, 191), rng.randint(1, 254))
    lines = chain(s, rng, when, helo, ip, "", "yahoo.com", dkim_ok="none", spf="none", dmarc=None, ret="")
    lines.append("Date: %s" % rfc_date(utc(when)))
    lines.append("From: MAILER-DAEMON@yahoo.com")
    lines.append("To: %s" % MBOX[s.box])
    lines.append("Subject: Failure Notice")
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n"
            "<%s>:\n552: 5.2.2 Mailbox full. The mailbox is full and cannot accept more messages.\n\n"
            "--- Below this line is a copy of the message.\n\n" % s.bad)
    raw = to_crlf(body).encode() + our_outgoing(o, s.bad, rng)
    return (CRLF.join(lines) + CRLF + CRLF).encode() + raw


def exim_bounce(s):
    rng = seeded(s.n)
    when = local(s.date)
    o = O[s.orig]
    host = s.remote
    ip = s.remote_ip
    lines = chain(s, rng, when, host, ip, "", host.split(".", 1)[1], dkim_ok="none", spf="pass", dmarc=None, ret="")
    lines.append("Received: from mailnull by %s with local (Exim 4.97.1)\r\n\tid 1u%s-%s-%s\r\n\tfor %s;"
                 " %s" % (host, rs(rng, 4, ALNUM), rs(rng, 6, ALNUM), rs(rng, 2, ALNUM), MBOX[s.box], rfc_date(when)))
    lines.append("X-Failed-Recipients: %s" % s.bad)
    lines.append("Auto-Submitted: auto-replied")
    lines.append("From: Mail Delivery System <Mailer-Daemon@%s>" % host)
    lines.append("To: %s" % MBOX[s.box])
    lines.append("References: %s" % o.msgid)
    lines.append("Content-Type: text/plain; charset=us-ascii")
    lines.append("Subject: Mail delivery failed: returning message to sender")
    lines.append("Message-Id: <E1u%s-%s-%s@%s>" % (rs(rng, 4, ALNUM), rs(rng, 6, ALNUM), rs(rng, 2, ALNUM), host))
    lines.append("Date: %s" % rfc_date(when))
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    %s\n\n------ This is a copy of the message, including all the headers. ------\n\n" % (
                s.bad, s.reason))
    return (CRLF.join(lines) + CRLF + CRLF).encode() + to_crlf(body).encode() + our_outgoing(o, s.bad, rng)


# ------------------------------------------------------------- auto-replies
def autoreply(s):
    """Generic out-of-office / no-longer-monitored reply.  s.style: outlook | gmail | plain.
    s.headers_ok False -> no Auto-Submitted (headerless auto-reply)."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    o = s.orig if not isinstance(s.orig, str) else O[s.orig]
    dom = s.frm[1].split("@")[1]
    st = s.style
    if st == "outlook":
        helo = "NAM%02d-CO1-obe.outbound.protection.outlook.com" % rng.randint(2, 12)
        ip = "40.107.%d.%d" % (rng.randint(1, 255), rng.randint(1, 254))
        lines = chain(s, rng, when, helo, ip, s.ret if s.ret is not None else "", dom, sel="selector1",
                      spf="none" if s.ret == "" else "pass", ret=s.ret if s.ret is not None else "")
        lines.append("From: %s" % addr(s.frm[0], s.frm[1], "utf-8", "B"))
        lines.append("To: %s" % addr(o.name, o.addr))
        lines.append(fold_header("Subject", hdr_text(s.subject, "utf-8", "B")))
        lines.append(fold_header("Thread-Topic", hdr_text(o.subject, "utf-8", "B")))
        lines.append("Thread-Index: AQH%s" % b64blob(rng, 26))
        lines.append("Date: %s" % rfc_date(utc(when)))
        lines.append("Message-ID: <%s@%s>" % (rs(rng, 32, "0123456789ABCDEF"), "SA1PR13MB%d.namprd13.prod.outlook.com" %
                                              rng.randint(4000, 9999)))
        lines.append("In-Reply-To: %s" % o.msgid)
        lines.append("References: %s" % o.msgid)
        lines.append("Content-Language: %s" % ("es-US" if s.lang == "es" else "en-US"))
        lines.append("X-MS-Has-Attach: ")
        lines.append("X-MS-Exchange-Organization-SCL: -1")
        lines.append("X-MS-TNEF-Correlator: ")
        lines.append("X-MS-Exchange-Organization-RecordReviewCfmType: 0")
        lines.append("x-ms-exchange-parent-message-id: %s" % o.msgid)
        lines.append("auto-submitted: auto-generated")
        lines.append("x-ms-exchange-generated-message-source: Mailbox Rules Agent")
        lines.append("X-MS-Exchange-Inbox-Rules-Loop: %s" % s.frm[1])
        lines.append("X-Auto-Response-Suppress: All")
        lines.append("@CT@")
        lines.append("MIME-Version: 1.0")
        html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                "<body><div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000\">"
                "%s</div></body></html>" % "".join("<p>%s</p>" % "<br>".join(esc(x) for x in b) for b in paras(s.text)))
        bnd = "_000_%s_" % rs(rng, 40, "0123456789ABCDEF")
        part = multipart("alternative", [text_part(s.text, "plain", "utf-8", "quoted-printable", cs_quote=True),
                                         text_part(html, "html", "utf-8", "quoted-printable", cs_quote=True)], bnd)
        return assemble(lines, part)
    if st == "gmail":
        helo = "mail-%s-f%d.google.com" % (rng.choice(["ej1", "yw1", "pj1"]), rng.randint(41, 199))
        ip = "209.85.%d.%d" % (rng.randint(128, 223), rng.randint(2, 250))
        lines = chain(s, rng, when, helo, ip, s.frm[1], dom, sel="20230601")
        lines.append(dkim(rng, dom, "20230601", when, "references:in-reply-to:auto-submitted:message-id:subject:to:from:date"))
        lines.append("MIME-Version: 1.0")
        lines.append("References: %s" % o.msgid)
        lines.append("In-Reply-To: %s" % o.msgid)
        lines.append("Auto-Submitted: auto-replied")
        lines.append("From: %s" % addr(s.frm[0], s.frm[1], "UTF-8", "Q"))
        lines.append("Date: %s" % rfc_date(when))
        lines.append("Message-ID: <CA%s@mail.gmail.com>" % b64blob(rng, 60).replace("/", "_"))
        lines.append(fold_header("Subject", hdr_text(s.subject, "UTF-8", "Q")))
        lines.append("To: %s" % addr(o.name, o.addr))
        lines.append("Precedence: bulk")
        lines.append("X-Autoreply: yes")
        bnd = "000000000000%s" % rs(rng, 16, HEX)
        part = multipart("alternative", [text_part(s.text, "plain", "UTF-8", "quoted-printable", cs_quote=True),
                                         text_part('<div dir="ltr">%s</div>\n' % "<br>".join(esc(x) for x in s.text.split("\n")),
                                                   "html", "UTF-8", "quoted-printable", cs_quote=True)], bnd)
        return assemble(lines, part)
    # plain: a human's mail server rule / hosting control panel autoresponder
    host = s.host or "mail." + dom
    ip = "%d.%d.%d.%d" % (rng.choice([67, 104, 162, 192]), rng.randint(1, 255), rng.randint(1, 255), rng.randint(1, 254))
    lines = chain(s, rng, when, host, ip, s.frm[1], dom, dkim_ok=s.dkim_res or "none")
    lines.append("Date: %s" % rfc_date(when))
    lines.append("From: %s" % addr(s.frm[0], s.frm[1], s.charset or "utf-8", "Q"))
    lines.append("To: %s" % (s.to_hdr or addr(o.name, o.addr)))
    lines.append(fold_header("Subject", hdr_text(s.subject, s.charset or "utf-8", "Q")))
    if s.msgid is not False:
        lines.append("Message-ID: <%s.%s@%s>" % (epoch(when), rs(rng, 10, HEX), host))
    if s.irt:
        lines.append("In-Reply-To: %s" % o.msgid)
    if s.extra:
        lines += s.extra
    lines.append("MIME-Version: 1.0")
    cs = s.charset or "utf-8"
    part = text_part(s.text, "plain", cs, s.cte or "quoted-printable")
    return assemble(lines, part)


def ticket_ack(s):
    """A helpdesk system auto-acknowledging our acknowledgement (loop trap)."""
    rng = seeded(s.n)
    when = local(s.date)
    o = s.orig
    dom = s.frm[1].split("@")[1]
    helo = "outbyoip%d.pod%d.iad1.zdsys.com" % (rng.randint(1, 30), rng.randint(10, 30))
    ip = "192.161.%d.%d" % (rng.randint(144, 159), rng.randint(1, 254))
    lines = chain(s, rng, when, helo, ip, "support+id%s@%s" % (rs(rng, 6, "0123456789"), dom), dom, sel="zendesk1")
    lines.append(dkim(rng, dom, "zendesk1", when, "Content-Type:Content-Transfer-Encoding:MIME-Version:Subject:To:Reply-To:"
                                                 "Message-ID:From:Date:In-Reply-To:References"))
    lines.append("Date: %s" % rfc_date(utc(when)))
    lines.append("From: %s" % addr(s.frm[0], s.frm[1]))
    lines.append("Reply-To: %s" % addr(s.frm[0], s.frm[1]))
    lines.append("To: %s" % addr(o.name, o.addr))
    lines.append("Message-ID: <%s_%s_sprut@zendesk.com>" % (rs(rng, 13, ALNUM).upper(), rs(rng, 6, "0123456789")))
    lines.append("In-Reply-To: %s" % o.msgid)
    lines.append("References: %s" % o.msgid)
    lines.append(fold_header("Subject", s.subject))
    lines.append("Mime-Version: 1.0")
    lines.append("Auto-Submitted: auto-generated")
    lines.append("X-Mailer: Zendesk Mailer")
    lines.append("X-Zendesk-From-Account-Id: %s" % rs(rng, 7, HEX))
    lines.append("X-Zendesk-Email-Id: %s" % rs(rng, 26, ALNUM).upper())
    bnd = "--==_mimepart_%s_%d" % (rs(rng, 13, HEX), rng.randint(10 ** 5, 10 ** 6))
    part = multipart("alternative", [text_part(s.text, "plain", "UTF-8", "quoted-printable"),
                                     text_part("<div style=\"font-family:'Lucida Grande',Verdana,Arial,sans-serif;"
                                               "font-size:14px\">%s</div>" % "".join("<p>%s</p>" % "<br>".join(esc(x) for x in b)
                                                                                   for b in paras(s.text)),
                                               "html", "UTF-8", "quoted-printable")], bnd)
    return assemble(lines, part)


def challenge(s):
    rng = seeded(s.n)
    when = local(s.date)
    o = O[s.orig] if isinstance(s.orig, str) else s.orig
    helo = "mta%d.boxbe.com" % rng.randint(1, 9)
    ip = "52.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    lines = chain(s, rng, when, helo, ip, "noreply@boxbe.com", "boxbe.com", sel="bx1")
    lines.append("Date: %s" % rfc_date(utc(when)))
    lines.append("From: %s" % addr(s.frm[0], s.frm[1]))
    lines.append("Reply-To: noreply@boxbe.com")
    lines.append("To: %s" % addr(o.name, o.addr))
    lines.append("Message-ID: <%s@boxbe.com>" % rs(rng, 24, HEX))
    lines.append("In-Reply-To: %s" % o.msgid)
    lines.append(fold_header("Subject", s.subject))
    lines.append("Auto-Submitted: auto-replied")
    lines.append("X-Boxbe-Challenge: true")
    lines.append("MIME-Version: 1.0")
    html = s.html
    part = multipart("alternative", [text_part(s.text, "plain", "UTF-8", "quoted-printable"),
                                     text_part(html, "html", "UTF-8", "quoted-printable")],
                     "----=_Part_%d_%d" % (rng.randint(10 ** 5, 10 ** 6), epoch(when)))
    return assemble(lines, part)


# ------------------------------------------------------------- bulk: newsletters, list posts, marketing
def bulk(s):
    """ESP-sent newsletter / cold sales / phishing.  Fields: esp (mailchimp|cc|sendgrid|raw), html, text."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    esp = s.esp
    if esp == "mailchimp":
        helo = "mail%d.suw%d.mcdlv.net" % (rng.randint(10, 200), rng.randint(11, 21))
        ip = "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(1, 254))
        mfrom = "bounce-mc.us%d_%d.%d-%s=alliant-energy.com@mail%d.suw%d.mcdlv.net" % (
            rng.randint(1, 21), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 5, 10 ** 6), MBOX[s.box].split("@")[0],
            rng.randint(10, 200), rng.randint(11, 21))
        sel, ddom = "k3", dom
    elif esp == "cc":
        helo = "ccm%d.constantcontact.com" % rng.randint(10, 99)
        ip = "208.75.123.%d" % rng.randint(1, 254)
        mfrom = "%s-%s@in.constantcontact.com" % (rs(rng, 10, ALNUM), rs(rng, 8, ALNUM))
        sel, ddom = "ccm", "auth.ccsend.com"
    elif esp == "sendgrid":
        helo = "o%d.ptr%d.sendgrid.net" % (rng.randint(1, 9), rng.randint(1000, 9999))
        ip = "167.89.%d.%d" % (rng.randint(0, 127), rng.randint(1, 254))
        mfrom = "bounces+%d-%s-%s=alliant-energy.com@em%d.%s" % (rng.randint(10 ** 6, 10 ** 7), rs(rng, 4, HEX),
                                                                MBOX[s.box].split("@")[0], rng.randint(100, 9999), dom)
        sel, ddom = "s1", dom
    else:
        helo = s.helo
        ip = s.ip
        mfrom = s.mfrom or s.frm[1]
        sel, ddom = s.sel or "default", s.ddom or dom
    lines = chain(s, rng, when, helo, ip, mfrom, ddom, sel=sel, dkim_ok=s.dkim_res or "pass", spf=s.spf or "pass",
                  dmarc=s.dmarc if s.dmarc is not None else "pass",
                  spam=spam_hdrs(rng, s.score) if s.score else False)
    if s.dkim_res != "none":
        lines.append(dkim(rng, ddom, sel, when, "Subject:From:To:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID"))
    lines.append(fold_header("Subject", hdr_text(s.subject, s.subj_cs or "utf-8", s.subj_mode or "Q")))
    lines.append("From: %s" % (s.frm_raw or addr(s.frm[0], s.frm[1], s.subj_cs or "utf-8", s.subj_mode or "Q")))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    lines.append("To: %s" % (s.to_hdr or "<%s>" % MBOX[s.box]))
    lines.append("Date: %s" % rfc_date(utc(when) if s.utcdate else when))
    if s.list_id:
        lines.append("List-Id: %s" % s.list_id)
    if s.lu:
        lines.append("List-Unsubscribe: %s" % s.lu)
        lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    if s.precedence:
        lines.append("Precedence: %s" % s.precedence)
    if s.extra:
        lines += s.extra
    lines.append("Message-ID: <%s>" % (s.mid or "%s.%s@%s" % (rs(rng, 20, ALNUM), rs(rng, 6, "0123456789"), helo)))
    if esp == "mailchimp":
        lines.append("X-Mailer: Mailchimp Mailer - **CID%s%s**" % (rs(rng, 10, HEX), rs(rng, 10, HEX)))
        lines.append("X-Campaign: mailchimp%s.%s" % (rs(rng, 21, HEX), rs(rng, 10, HEX)))
        lines.append("X-campaignid: mailchimp%s.%s" % (rs(rng, 21, HEX), rs(rng, 10, HEX)))
        lines.append("X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (
            rs(rng, 25, HEX), rs(rng, 10, HEX), rs(rng, 10, HEX)))
        lines.append("X-MC-User: %s" % rs(rng, 25, HEX))
        lines.append("Feedback-ID: %d:%d.%d:us%d:mc" % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 7, 10 ** 8),
                                                        rng.randint(10 ** 5, 10 ** 6), rng.randint(1, 21)))
        lines.append("X-Accounttype: pr")
    if esp == "cc":
        lines.append("X-Roving-Campaignid: %d" % rng.randint(10 ** 9, 2 * 10 ** 9))
        lines.append("X-Roving-Id: %d.%d" % (rng.randint(10 ** 9, 2 * 10 ** 9), rng.randint(10 ** 9, 2 * 10 ** 9)))
        lines.append("X-Feedback-ID: %s:%s:CTCT" % (rs(rng, 36, HEX), rs(rng, 36, HEX)))
    if esp == "sendgrid":
        lines.append("X-SG-EID: %s" % b64blob(rng, 80))
        lines.append("X-SG-ID: %s" % b64blob(rng, 60))
    lines.append("MIME-Version: 1.0")
    cs = s.charset or "utf-8"
    if s.html and s.text:
        bnd = s.bnd or "_----------=_MCPart_%d" % rng.randint(10 ** 8, 2 * 10 ** 9)
        part = multipart("alternative", [text_part(s.text, "plain", cs, s.cte or "quoted-printable"),
                                         text_part(s.html, "html", cs, s.hcte or s.cte or "quoted-printable")], bnd)
    elif s.html:
        part = text_part(s.html, "html", cs, s.cte or "quoted-printable")
    else:
        part = text_part(s.text, "plain", cs, s.cte or "quoted-printable")
    if s.att:
        from clients import make_att
        part = multipart("mixed", [part] + [make_att(a, rng) for a in s.att], "mix_%s" % rs(rng, 24, ALNUM))
    return assemble(lines, part)


def mailman(s):
    """Personalized Mailman 3 list post or digest."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    listaddr = s.listaddr
    ldom = listaddr.split("@")[1]
    helo = "lists." + ldom if not ldom.startswith("lists.") else ldom
    ip = "23.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    lname = listaddr.split("@")[0]
    mfrom = "%s-bounces+customercare=alliant-energy.com@%s" % (lname, ldom)
    s2 = S(s)
    s2["hfrom_dom"] = s.frm[1].split("@")[1]
    lines = chain(s2, rng, when, helo, ip, mfrom, ldom, sel="lists", dmarc="pass")
    lines.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
        helo, helo, rs(rng, 10, "0123456789ABCDEF"), MBOX[s.box], rfc_date(when + _dt.timedelta(seconds=3))))
    lines.append("From: %s" % addr(s.frm[0], s.frm[1]))
    if not s.digest:
        lines.append(fold_header("Subject", hdr_text(s.subject)))
        lines.append("Date: %s" % rfc_date(when))
        lines.append("Message-ID: <%s@%s>" % (rs(rng, 20, ALNUM), s.frm_host or "mail.gmail.com"))
        if s.irt:
            lines.append("In-Reply-To: %s" % s.irt)
            lines.append("References: %s" % s.irt)
    else:
        lines.append("Subject: %s" % s.subject)
        lines.append("Date: %s" % rfc_date(when))
        lines.append("Message-ID: <%s.%d@%s>" % (rs(rng, 16, HEX), epoch(when), ldom))
    lines.append("To: %s" % MBOX[s.box])
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("Message-ID-Hash: %s" % rs(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    lines.append("X-Message-ID-Hash: %s" % rs(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    lines.append("X-MailFrom: %s" % (s.frm[1] if not s.digest else "%s-bounces@%s" % (lname, ldom)))
    lines.append("X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; loop; banned-address; "
                 "emergency; member-moderation; nonmember-moderation; administrivia; implicit-dest; "
                 "max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header")
    lines.append("X-Mailman-Version: 3.3.9")
    lines.append("Precedence: list")
    lines.append("List-Id: %s <%s>" % (s.list_desc, listaddr.replace("@", ".")))
    lines.append("Archived-At: <https://%s/archives/list/%s/message/%s/>" % (helo, listaddr, rs(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")))
    lines.append("List-Archive: <https://%s/archives/list/%s/>" % (helo, listaddr))
    lines.append("List-Help: <mailto:%s-request@%s?subject=help>" % (lname, ldom))
    lines.append("List-Owner: <mailto:%s-owner@%s>" % (lname, ldom))
    lines.append("List-Post: <mailto:%s>" % listaddr)
    lines.append("List-Subscribe: <mailto:%s-join@%s>" % (lname, ldom))
    lines.append("List-Unsubscribe: <mailto:%s-leave@%s>" % (lname, ldom))
    text = s.text.rstrip("\n") + "\n" + ("_" * 47) + "\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n" % (
        s.list_desc, listaddr, lname, ldom)
    part = text_part(text, "plain", "utf-8", "quoted-printable")
    part.headers[0] = "Content-Type: text/plain; charset=\"utf-8\""
    return assemble(lines, part)


def calendar(s):
    """Meeting request with text/calendar (Outlook or Google Calendar)."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    if s.style == "google":
        helo = "mail-%s-f%d.google.com" % (rng.choice(["yw1", "pf1"]), rng.randint(41, 199))
        ip = "209.85.%d.%d" % (rng.randint(128, 223), rng.randint(2, 250))
        lines = chain(s, rng, when, helo, ip, s.frm[1], dom, sel="google")
        lines.append(dkim(rng, dom, "google", when, "to:from:subject:date:message-id:reply-to:sender:mime-version"))
        lines.append("MIME-Version: 1.0")
        lines.append("Reply-To: %s" % addr(s.frm[0], s.frm[1]))
        lines.append("Sender: Google Calendar <calendar-notification@google.com>")
        lines.append("Auto-Submitted: auto-generated")
        lines.append("Message-ID: <calendar-%s@google.com>" % str(uuid.UUID(int=rng.getrandbits(128), version=4)))
        lines.append("Date: %s" % rfc_date(utc(when)))
        lines.append(fold_header("Subject", hdr_text(s.subject)))
        lines.append("From: %s" % addr(s.frm[0], s.frm[1]))
        lines.append("To: %s" % MBOX[s.box])
        pmeth = "REQUEST"
    else:
        helo = "NAM%02d-BN8-obe.outbound.protection.outlook.com" % rng.randint(2, 12)
        ip = "40.107.%d.%d" % (rng.randint(1, 255), rng.randint(1, 254))
        lines = chain(s, rng, when, helo, ip, s.frm[1], dom, sel="selector2")
        lines.append("From: %s" % addr(s.frm[0], s.frm[1]))
        lines.append("To: %s" % s.to_hdr)
        lines.append(fold_header("Subject", hdr_text(s.subject, "utf-8", "B")))
        lines.append(fold_header("Thread-Topic", hdr_text(s.topic, "utf-8", "B")))
        lines.append("Thread-Index: AQH%s" % b64blob(rng, 24))
        lines.append("Date: %s" % rfc_date(utc(when)))
        lines.append("Message-ID: <%s@%s>" % (rs(rng, 32, "0123456789ABCDEF"), "MN2PR13MB%d.namprd13.prod.outlook.com" %
                                              rng.randint(4000, 9999)))
        lines.append("Accept-Language: en-US")
        lines.append("Content-Language: en-US")
        lines.append("X-MS-Has-Attach: ")
        lines.append("X-MS-TNEF-Correlator: ")
        lines.append("@CT@")
        lines.append("MIME-Version: 1.0")
        pmeth = "REQUEST"
    ics = s.ics
    bnd = ("000000000000%s" % rs(rng, 16, HEX)) if s.style == "google" else "_000_%s_" % rs(rng, 40, "0123456789ABCDEF")
    tp = text_part(s.text, "plain", "UTF-8" if s.style == "google" else "utf-8", "quoted-printable",
                   cs_quote=s.style != "google")
    cal = text_part(ics, "calendar", "UTF-8" if s.style == "google" else "utf-8",
                    "7bit" if s.style == "google" else "base64", cs_quote=s.style != "google")
    cal.headers[0] = cal.headers[0] + "; method=" + pmeth
    children = [tp]
    if s.html:
        children.append(text_part(s.html, "html", "UTF-8", "quoted-printable"))
    children.append(cal)
    alt = multipart("alternative", children, bnd)
    if s.style == "google":
        ib = "000000000000%s" % rs(rng, 16, HEX)
        att = bin_part(ics.encode(), "application/ics", "invite.ics", "attachment")
        part = multipart("mixed", [alt, att], ib)
        return assemble(lines, part)
    return assemble(lines, alt)


def mdn(s):
    """Read receipt (RFC 8098 multipart/report disposition-notification)."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    o = O[s.orig]
    dom = s.frm[1].split("@")[1]
    helo = s.helo or "smtp." + dom
    ip = "68.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    lines = chain(s, rng, when, helo, ip, s.frm[1], dom, dkim_ok="none")
    lines.append("From: %s" % addr(s.frm[0], s.frm[1]))
    lines.append("To: %s" % addr(o.name, o.addr))
    lines.append(fold_header("Subject", hdr_text("Read: " + o.subject, "utf-8", "Q")))
    lines.append("Date: %s" % rfc_date(when))
    lines.append("Message-ID: <%s$%s$%s$@%s>" % (rs(rng, 12, HEX), rs(rng, 8, HEX), rs(rng, 8, HEX), dom))
    lines.append("MIME-Version: 1.0")
    lines.append("@CT@")
    lines.append("X-Mailer: Microsoft Outlook 16.0")
    lines.append("Thread-Index: A%s" % b64blob(rng, 30))
    lines.append("Content-Language: en-us")
    d = chicago(o.date)
    txt = ("Your message\n\n  To:      %s\n  Subject: %s\n  Sent:    %s\n\nwas read on %s.\n" % (
        s.frm[1], o.subject, d.strftime("%A, %B %d, %Y %I:%M %p"), when.strftime("%A, %B %d, %Y %I:%M %p")))
    p1 = text_part(txt, "plain", "utf-8", "quoted-printable", cs_quote=True)
    dn = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n" % (dom, s.frm[1], o.msgid))
    p2 = Part(["Content-Type: message/disposition-notification"], to_crlf(dn).encode())
    bnd = "----=_NextPart_000_%04X_01DC%s.%s" % (rng.randint(0, 65535), rs(rng, 4, "0123456789ABCDEF"),
                                                rs(rng, 8, "0123456789ABCDEF"))
    part = Part(['Content-Type: multipart/report;\r\n\treport-type=disposition-notification;\r\n\tboundary="%s"' % bnd],
                children=[p1, p2], boundary=bnd, preamble="This is a multipart message in MIME format.\r\n")
    return assemble(lines, part)


def unsub_service(s):
    """Inbox-cleaning service sending to our List-Unsubscribe mailto for a user."""
    rng = seeded(s.n)
    when = local(s.date, s.tz or -6)
    dom = s.frm[1].split("@")[1]
    lines = chain(s, rng, when, s.helo, s.ip, s.mfrom or s.frm[1], s.ddom or dom, sel=s.sel or "s1")
    lines.append(dkim(rng, s.ddom or dom, s.sel or "s1", when, "From:To:Subject:Date:Message-ID"))
    lines.append("From: %s" % (s.frm_raw or addr(s.frm[0], s.frm[1])))
    lines.append("To: %s" % MBOX[s.box])
    lines.append("Subject: %s" % s.subject)
    lines.append("Date: %s" % rfc_date(utc(when)))
    lines.append("Message-ID: <%s@%s>" % (rs(rng, 24, ALNUM), s.mid_host or dom))
    if s.reply_to:
        lines.append("Reply-To: %s" % s.reply_to)
    if s.autosub:
        lines.append("Auto-Submitted: %s" % s.autosub)
    if s.extra:
        lines += s.extra
    lines.append("MIME-Version: 1.0")
    part = text_part(s.text, "plain", "utf-8", "7bit" if all(ord(c) < 128 for c in s.text) else "quoted-printable")
    return assemble(lines, part)


BUILDERS = {"dsn_postfix": dsn_postfix, "dsn_delay": dsn_delay, "ndr_exchange": ndr_exchange,
            "yahoo_bounce": yahoo_bounce, "exim_bounce": exim_bounce, "autoreply": autoreply,
            "ticket_ack": ticket_ack, "challenge": challenge, "bulk": bulk, "mailman": mailman,
            "calendar": calendar, "mdn": mdn, "unsub_service": unsub_service}
