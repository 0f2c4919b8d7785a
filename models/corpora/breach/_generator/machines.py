"""Machine mail: DSNs, NDRs, auto-replies, receipts, phishing, bulk and vendor mail, our web-form relay."""
import re

import mailgen as g
import providers as p
import ours


def null_sender(trace, helo):
    """Return-Path <> : SPF is checked against the HELO name, as our MX writes it."""
    out = []
    for l in trace:
        if l.startswith("Return-Path:"):
            l = "Return-Path: <>"
        elif l.startswith("Authentication-Results:"):
            l = re.sub(r"spf=pass \(([^:]+): domain of \S+ designates (\S+) as permitted sender\) smtp\.mailfrom=\S+?;",
                       lambda mo: "spf=pass (%s: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;" % (
                           mo.group(1), helo, mo.group(2), helo), l)
        out.append(l)
    return out


def _helo(trace):
    for l in trace:
        mo = re.match(r"Received: from (\S+) \(\S+ \[[0-9.]+\]\)\r\n\t\(using", l)
        if mo:
            return mo.group(1)
    return "unknown"


def _bytes(lines, body_part=None, body_text=None):
    head = "\r\n".join(lines)
    if body_part is not None:
        head += "\r\n" + "\r\n".join(body_part.headers)
        b = body_part.body if isinstance(body_part.body, bytes) else body_part.body.encode("ascii")
        return (head + "\r\n\r\n").encode("ascii") + b
    return (head + "\r\n\r\n").encode("ascii") + g.crlf(body_text).encode("ascii")


def notice_headers_block(rng, rcpt_name, rcpt_addr, n):
    """The headers of our notice as they come back inside a DSN (text/rfc822-headers)."""
    t = ours.NOTICE_SENT
    return "\n".join([
        "Return-Path: <powerhousecatalog@alliant-energy.com>",
        "Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.2.30])",
        "\tby mx-out1.alliant-energy.com (Postfix) with ESMTP id %s" % g.postfix_id(rng),
        "\tfor <%s>; %s" % (rcpt_addr, g.central_date(t)),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;",
        "\ts=ae2024; t=%d; bh=%s=;" % (p.epoch(t), g.rstr(rng, g.B64, 43)),
        "\th=From:To:Subject:Date:Message-ID;",
        "\tb=%s" % g.rstr(rng, g.B64, 64),
        "From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
        "To: %s <%s>" % (rcpt_name, rcpt_addr),
        "Subject: %s" % ours.NOTICE_SUBJECT,
        "Date: %s" % g.rfc_date(t, -6),
        "Message-ID: %s" % ours.notice_msgid(n),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="=_ph_notice_2503"',
    ]) + "\n"


# ------------------------------------------------------------------ bounces
def postfix_dsn(rng, *, at, rcpt_name, rcpt_addr, n, remote_mta, remote_ip, status, diag, action="failed",
                delay=False, mailbox="powerhousecatalog"):
    t = g.central(at)
    trace, _ = p.our_mta(rng, mailbox, t, "mx-out1")
    qid = g.postfix_id(rng)
    mid = "<%s.%d@mx-out1.alliant-energy.com>" % (qid, p.epoch(t))
    lines = ["Return-Path: <>"] + trace + [
        "Received: by mx-out1.alliant-energy.com (Postfix)\r\n\tid %s; %s" % (qid, g.central_date(t)),
        "Date: %s" % g.rfc_date(t, g.us_offset(t, -6), pad_day=False) + " (%s)" % ("CDT" if g.us_offset(t, -6) == -5 else "CST"),
        "From: MAILER-DAEMON@mx-out1.alliant-energy.com (Mail Delivery System)",
        "Subject: %s" % ("Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"),
        "To: powerhousecatalog@alliant-energy.com",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    if delay:
        human = """This is the mail system at host mx-out1.alliant-energy.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: %s
""" % (rcpt_addr, diag)
    else:
        human = """This is the mail system at host mx-out1.alliant-energy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host %s[%s] said:
    %s
""" % (rcpt_addr, remote_mta, remote_ip, diag)
    arrival = g.central_date(ours.NOTICE_SENT, pad_day=False)
    status_txt = """Reporting-MTA: dns; mx-out1.alliant-energy.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; powerhousecatalog@alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: %s
Status: %s
Remote-MTA: dns; %s
Diagnostic-Code: smtp; %s
""" % (qid, arrival, rcpt_addr, rcpt_addr, "delayed" if delay else action, status, remote_mta,
       diag.replace("\n    ", " "))
    if delay:
        status_txt += "Will-Retry-Until: %s\n" % g.central_date(g.plus(ours.NOTICE_SENT, 5 * 86400), pad_day=False)
    b = "%s.%d/mx-out1.alliant-energy.com" % (qid, p.epoch(t))
    parts = [g.Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], g.crlf(human)),
             g.Part(["Content-Description: %s" % ("Delivery report" if not delay else "Delivery report"),
                     "Content-Type: message/delivery-status"], g.crlf(status_txt)),
             g.Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                    g.crlf(notice_headers_block(rng, rcpt_name, rcpt_addr, n)))]
    mp = g.multipart("report", parts, b, extra="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.\n\n")
    mp.headers = ['Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % b,
                  "Content-Transfer-Encoding: 8bit", "Message-Id: %s" % mid]
    return _bytes(lines, mp)


def outlook_ndr(rng, *, at, rcpt_name, rcpt_addr, n, mailbox="powerhousecatalog"):
    t = g.central(at)
    host = "BN8NAM12HT%03d.eop-nam12.prod.protection.outlook.com" % rng.randint(100, 250)
    ip = "40.92.%d.%d" % (rng.randint(18, 47), rng.randint(10, 99))
    trace = p.inbound(rng, mailbox, g.plus(t, 2), None, "NAM12-BN8-obe.outbound.protection.outlook.com",
                      "mail-bn8nam12on2%03d.outbound.protection.outlook.com" % rng.randint(100, 999), ip,
                      ["dkim=none", "spf=none (mx1.alliant-energy.com: no SPF record for postmaster@outlook.com) smtp.helo=NAM12-BN8-obe.outbound.protection.outlook.com",
                       "dmarc=none"], tls=p.TLS12)
    trace.append("Received: from %s\r\n ([fe80::%s]) by %s\r\n ([fe80::%s%%6]) with mapi id 15.20.8489.021; %s" % (
        host, g.rstr(rng, g.HEXD, 4), host, g.rstr(rng, g.HEXD, 4), g.rfc_date(t, 0)))
    mid = "<%s@%s>" % (g.rstr(rng, "0123456789ABCDEF", 32), host)
    lines = trace + [
        "From: postmaster@outlook.com",
        "To: powerhousecatalog@alliant-energy.com",
        "Date: %s" % g.rfc_date(t, 0),
        "Subject: Undeliverable: %s" % ours.NOTICE_SUBJECT,
        "Auto-Submitted: auto-replied",
        "Message-ID: %s" % mid,
        "In-Reply-To: %s" % ours.notice_msgid(n),
        "References: %s" % ours.notice_msgid(n),
        "Thread-Topic: %s" % ours.NOTICE_SUBJECT,
        "X-MS-Exchange-Message-Is-Ndr:",
        "Content-Language: en-US",
        "X-MS-Exchange-Organization-AuthSource: %s" % host,
        "MIME-Version: 1.0",
    ]
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Your message to %s couldn't be delivered.</font></b></p>
<p><font color="#000000" size="3" face="Arial"><b>%s</b> wasn't found at <b>outlook.com</b>.</font></p>
<table>
<tr><td><font color="#808080" size="2" face="Arial">powerhousecatalog</font></td><td><font color="#C00000" size="2" face="Arial">Office 365</font></td><td><font color="#000000" size="2" face="Arial">%s</font></td></tr>
<tr><td><font color="#808080" size="2" face="Arial">Action Required</font></td><td></td><td><font color="#808080" size="2" face="Arial">Recipient</font></td></tr>
</table>
<p><font color="#000000" size="2" face="Arial"><b>Unknown To address</b></font></p>
<p><font color="#000000" size="2" face="Arial"><b>How to Fix It</b><br>
The address may be misspelled or may not exist. Try one or more of the following:</font></p>
<ul>
<li><font size="2" face="Arial">Retype the recipient's address, then resend the message.</font></li>
<li><font size="2" face="Arial">Check whether the recipient's mailbox has been closed.</font></li>
</ul>
<hr>
<p><font color="#808080" size="2" face="Arial">Diagnostic information for administrators:</font></p>
<p><font color="#808080" size="2" face="Arial">Generating server: %s<br>
<br>
%s<br>
Remote server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [%s]'</font></p>
</body>
</html>
""" % (rcpt_addr, rcpt_addr.split("@")[0], rcpt_addr.split("@")[0], host, rcpt_addr, host)
    status = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mx-out1.alliant-energy.com
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.5.0
Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [%s]
""" % (host, g.rfc_date(g.plus(ours.NOTICE_SENT, 3), 0), rcpt_addr, host)
    b = "_%s_" % g.rstr(rng, g.HEXD, 32)
    alt_b = "_%s_" % g.rstr(rng, g.HEXD, 32)
    text = """Your message to %s couldn't be delivered.

%s wasn't found at outlook.com.

powerhousecatalog     Office 365     %s
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist.
""" % (rcpt_addr, rcpt_addr.split("@")[0], rcpt_addr.split("@")[0])
    alt = g.multipart("alternative", [g.leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                      g.leaf("text/html", html, "us-ascii", "quoted-printable")], alt_b)
    parts = [alt,
             g.Part(["Content-Type: message/delivery-status"], g.crlf(status)),
             g.Part(["Content-Type: text/rfc822-headers"], g.crlf(notice_headers_block(rng, rcpt_name, rcpt_addr, n)))]
    mp = g.multipart("report", parts, b, extra="; report-type=delivery-status")
    mp.headers = ['Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % b]
    return _bytes(lines, mp)


def qmail_bounce(rng, *, at, rcpt_addr, n, host, ip, mailbox="powerhousecatalog"):
    t = g.central(at)
    trace = p.inbound(rng, mailbox, g.plus(t, 3), None, host, host, ip,
                      ["dkim=none", "spf=none (mx2.alliant-energy.com: no SPF record for %s) smtp.helo=%s" % (host, host)],
                      tls=None, mx="mx2", esmtp="ESMTP")
    qnum = rng.randint(10000, 99999)
    lines = trace + [
        "Received: (qmail %d invoked for bounce); %s" % (qnum, g.rfc_date(t, 0).replace(" +0000", "") + " -0000"),
        "Date: %s" % g.rfc_date(t, 0).replace("+0000", "-0000"),
        "From: MAILER-DAEMON@%s" % host,
        "To: powerhousecatalog@alliant-energy.com",
        "Subject: failure notice",
    ]
    body = """Hi. This is the qmail-send program at %s.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<%s>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <powerhousecatalog@alliant-energy.com>
Received: (qmail %d invoked from network); %s
Received: from mx-out1.alliant-energy.com (HELO mx-out1.alliant-energy.com) (192.0.2.41)
  by %s with SMTP; %s
From: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>
To: %s
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_ph_notice_2503"

--=_ph_notice_2503
Content-Type: text/plain; charset=utf-8

%s
""" % (host, rcpt_addr, qnum - 3, g.rfc_date(t, 0).replace("+0000", "-0000"), host,
       g.rfc_date(t, 0).replace("+0000", "-0000"), rcpt_addr, ours.NOTICE_SUBJECT,
       g.rfc_date(ours.NOTICE_SENT, -6), ours.notice_msgid(n), "\n".join(ours.notice_text("Customer").split("\n")[:6]))
    return _bytes(lines, body_text=body)


# ------------------------------------------------------------------ auto-replies and receipts
def exchange_ooo(rng, *, at, frm, mailbox, subject, irt, text, html=True, lang_prefix="Automatic reply: ",
                 domain=None, charset="us-ascii", tz=-6, auto_submitted=True):
    t = g.central(at)
    name, address = frm
    dom = domain or address.split("@")[1]
    s = p.m365(rng, mailbox, t, address, dom)
    s.trace = null_sender(s.trace, _helo(s.trace))
    box_hdrs = [
        g.hdr("From", g.addr(name, address, charset if charset != "us-ascii" else "utf-8", "Q")),
        "To: %s" % g.MAILBOX_ADDR[mailbox] if mailbox != "powerhousecatalog" else "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
        g.hdr("Subject", g.subj(lang_prefix + subject, charset if charset != "us-ascii" else "utf-8", "Q")),
        g.hdr("Thread-Topic", g.subj(subject)),
        "Thread-Index: A" + g.rstr(rng, g.ALNUM + "+/", 27) + "==",
        "Date: %s" % g.rfc_date(t, 0),
        "Message-ID: <%s%s@%s>" % (g.rstr(rng, "0123456789ABCDEF", 12), g.rstr(rng, "0123456789ABCDEF", 20), s.msgid.split("@")[1].rstrip(">")),
        "References: %s" % irt,
        "In-Reply-To: %s" % irt,
    ]
    if auto_submitted:
        box_hdrs.append("Auto-Submitted: auto-replied")
    box_hdrs += ["X-MS-Has-Attach:", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: %s" % address,
                 "X-MS-TNEF-Correlator:", "Content-Language: en-US" if charset == "us-ascii" else "Content-Language: es-ES",
                 "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]
    if html:
        hdoc = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n</head>\r\n'
                '<body>\r\n%s\r\n</body>\r\n</html>\r\n') % (charset, "\r\n".join("<div>%s</div>" % (g.esc(l) if l else "<br>") for l in text.split("\n")))
        body = g.multipart("alternative", [g.leaf("text/plain", text, charset, "quoted-printable"),
                                           g.leaf("text/html", hdoc, charset, "quoted-printable")], s.boundary_fn(rng))
        body.headers[0] = body.headers[0]
    else:
        body = g.leaf("text/plain", text, charset, "quoted-printable")
    lines = s.trace + s.provider_headers + box_hdrs + ["MIME-Version: 1.0"]
    return _bytes(lines, body)


def sieve_vacation(rng, *, at, frm, mailbox, subject, irt, text, isp):
    t = g.central(at)
    name, address = frm
    helo, ip, sel = isp
    s = p.postfix_isp(rng, mailbox, t, address, address.split("@")[1], helo, ip, dkim_sel=sel)
    s.trace = null_sender(s.trace, helo)
    s.trace = s.trace[:-1] + ["Received: by %s (Postfix, from userid 5000)\r\n\tid %s; %s" % (
        helo, g.postfix_id(rng)[2:12].upper(), g.rfc_date(t, g.us_offset(t, -6), pad_day=True))]
    lines = s.trace + s.provider_headers + [
        "Date: %s" % g.rfc_date(t, g.us_offset(t, -6)),
        "From: %s" % g.addr(name, address),
        "To: %s" % g.MAILBOX_ADDR[mailbox],
        "Subject: Auto: %s" % subject,
        "Message-ID: <dovecot-sieve-%d-%d-0@%s>" % (p.epoch(t), rng.randint(100000, 999999), helo),
        "In-Reply-To: %s" % irt,
        "References: %s" % irt,
        "Auto-Submitted: auto-replied (vacation)",
        "Precedence: bulk",
        "MIME-Version: 1.0",
    ]
    return _bytes(lines, g.leaf("text/plain", text, "utf-8", "8bit" if any(ord(c) > 127 for c in text) else "7bit"))


def headerless_reply(rng, *, at, frm, mailbox, subject, irt, text, helo, ip, program="postfix"):
    """Auto-reply without Auto-Submitted/Precedence, as cheap responders write them."""
    t = g.central(at)
    name, address = frm
    dom = address.split("@")[1]
    s = p.postfix_isp(rng, mailbox, t, address, dom, helo, ip, dkim_sel=None)
    s.trace = s.trace[:-1] + ["Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
        helo, g.postfix_id(rng)[2:12].upper(), g.MAILBOX_ADDR[mailbox], g.rfc_date(t, g.us_offset(t, -6), pad_day=True))]
    lines = s.trace + [
        "Date: %s" % g.rfc_date(t, g.us_offset(t, -6)),
        "From: %s" % g.addr(name, address),
        "To: %s" % g.MAILBOX_ADDR[mailbox],
        "Subject: %s" % subject,
        "Message-ID: <%s.%d@%s>" % (g.rstr(rng, g.HEXD, 16), p.epoch(t), dom),
    ]
    if irt:
        lines.append("In-Reply-To: %s" % irt)
    lines += ["MIME-Version: 1.0"]
    return _bytes(lines, g.leaf("text/plain", text, "us-ascii", "7bit"))


def mdn(rng, *, at, frm, mailbox, n, rcpt_name):
    """Outlook read receipt (message/disposition-notification) for our notice."""
    t = g.central(at)
    name, address = frm
    s = p.m365(rng, mailbox, t, address, address.split("@")[1])
    s.trace = null_sender(s.trace, _helo(s.trace))
    b = "_%s_" % g.rstr(rng, g.HEXD, 32)
    sent = g.local(ours.NOTICE_SENT, -6)
    rd = g.local(t, -6)
    human = ("Your message\n\n        To: %s\n        Subject: %s\n        Sent: %s, %s %d, %d %d:%02d:%02d AM (UTC-06:00) Central Time (US & Canada)\n\n"
             "was read on %s, %s %d, %d %d:%02d:%02d AM (UTC-06:00) Central Time (US & Canada).\n") % (
        name, ours.NOTICE_SUBJECT, g.LONGDAYS[sent.weekday()], g.LONGMONTHS[sent.month - 1], sent.day, sent.year,
        sent.hour, sent.minute, sent.second, g.LONGDAYS[rd.weekday()], g.LONGMONTHS[rd.month - 1], rd.day, rd.year,
        rd.hour % 12 or 12, rd.minute, rd.second)
    disp = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n") % (
        s.msgid.split("@")[1].rstrip(">"), address, ours.notice_msgid(n))
    parts = [g.leaf("text/plain", human, "us-ascii", "quoted-printable"),
             g.Part(["Content-Type: message/disposition-notification"], g.crlf(disp))]
    mp = g.multipart("report", parts, b, extra="; report-type=disposition-notification")
    mp.headers = ['Content-Type: multipart/report;\r\n\treport-type=disposition-notification;\r\n\tboundary="%s"' % b]
    lines = s.trace + s.provider_headers + [
        g.hdr("From", g.addr(name, address)),
        "To: PowerHouse Catalog <powerhousecatalog@alliant-energy.com>",
        "Subject: Read: %s" % ours.NOTICE_SUBJECT,
        "Thread-Topic: %s" % ours.NOTICE_SUBJECT,
        "Date: %s" % g.rfc_date(t, 0),
        "Message-ID: %s" % s.msgid,
        "References: %s" % ours.notice_msgid(n),
        "In-Reply-To: %s" % ours.notice_msgid(n),
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ]
    return _bytes(lines, mp)


# ------------------------------------------------------------------ web form relay (a person writes it)
def contact_form(rng, *, at, fields, reply_to, mailbox="customercare"):
    t = g.central(at)
    trace, ip = p.our_mta(rng, mailbox, t, "web03")
    sid = "%s-%d" % (g.rstr(rng, g.HEXD, 8), rng.randint(100000, 999999))
    lines = ["Return-Path: <noreply@alliantenergy.com>"] + trace + [
        "Date: %s" % g.rfc_date(t, g.us_offset(t, -6)),
        "From: Alliant Energy Website <noreply@alliantenergy.com>",
        "Reply-To: %s" % g.addr(*reply_to),
        "To: customercare@alliant-energy.com",
        "Subject: Contact Us form: %s" % fields.get("Topic", "General question"),
        "Message-ID: <form.%s@web03.alliantenergy.com>" % sid,
        "X-Mailer: AE-WebForms/3.2",
        "X-Form-Submission-ID: %s" % sid,
        "MIME-Version: 1.0",
    ]
    body = "A Contact Us form was submitted on alliantenergy.com.\n\n"
    for k, v in fields.items():
        if k == "Message":
            continue
        body += "%s: %s\n" % (k, v)
    body += "\nMessage:\n%s\n\n--\nSubmitted %s from 198.51.100.%d\n" % (fields["Message"], g.rfc_date(t, g.us_offset(t, -6)), rng.randint(2, 250))
    return _bytes(lines, g.leaf("text/plain", body, "utf-8", "quoted-printable" if any(ord(c) > 127 or False for c in body) or any(len(l) > 76 for l in body.split("\n")) else "7bit"))


# ------------------------------------------------------------------ bulk / vendor / phishing
def html_mail(rng, *, at, mailbox, env_from, frm, subject, html, text=None, esp="sendgrid", domain=None,
              extra=(), reply_to=None, to=None, charset="utf-8", cte="quoted-printable", msgid_dom=None,
              sketch=None, attachments=(), list_headers=(), subj_mode="B", msgid=None):
    t = g.central(at)
    dom = domain or frm[1].split("@")[1]
    if sketch:
        s = p.sketchy(rng, mailbox, t, env_from, *sketch, from_dom=frm[1].split("@")[1])
    else:
        s = p.bulk_esp(rng, mailbox, t, env_from, dom, esp)
    mid = "<%s@%s>" % (g.rstr(rng, g.ALNUM, 22) if esp != "ses" else "0100019%s-%s-%s-%s-%s-000000" % (
        g.rstr(rng, g.HEXD, 9), g.rstr(rng, g.HEXD, 8), g.rstr(rng, g.HEXD, 4), g.rstr(rng, g.HEXD, 4), g.rstr(rng, g.HEXD, 4)),
        msgid_dom or (dom if esp != "ses" else "email.amazonses.com"))
    if msgid:
        mid = msgid
    if text is not None and html is not None:
        body = g.multipart("alternative", [g.leaf("text/plain", text, charset, cte), g.leaf("text/html", html, charset, cte)],
                           s.boundary_fn(rng))
    elif html is not None:
        body = g.leaf("text/html", html, charset, cte)
    else:
        body = g.leaf("text/plain", text, charset, cte)
    if attachments:
        body = g.multipart("mixed", [body] + [g.binary_leaf(*a) for a in attachments], s.boundary_fn(rng))
    lines = s.trace + s.provider_headers + [
        g.hdr("From", g.addr(frm[0], frm[1], charset if charset.lower() != "us-ascii" else "utf-8", subj_mode)),
    ]
    if reply_to:
        lines.append("Reply-To: %s" % reply_to)
    lines += [g.hdr("To", to or g.MAILBOX_ADDR[mailbox]),
              g.hdr("Subject", g.subj(subject, charset if charset.lower() != "us-ascii" else "utf-8", subj_mode)),
              "Date: %s" % g.rfc_date(t, 0 if not sketch else rng.choice([0, 3, 8, -7])),
              "Message-ID: %s" % mid,
              "MIME-Version: 1.0"] + list(list_headers) + list(extra)
    return _bytes(lines, body)
