"""Machine mail formats: DSNs of several MTAs, MDNs, auto-replies."""
from core import (Leaf, Multi, rs, HEX, HEXU, ALNUM, rfc, to_off, esc, uuid_lower, uuid_upper, b64blob, crlf,
                  postfix_qid, epoch_ms, DAYS_LONG, MONS_LONG, h12)
from mail import auth_results, dkim_header
import datetime as _dt

CC = "customercare@alliant-energy.com"


def _msg_rfc822(o, via_our_mx=True, r=None):
    """Our original message, as our own MX sent it."""
    hdr = b""
    if via_our_mx:
        d = to_off(o.date, -5)
        hdr = ("Received: from mbx01.alliant-energy.com (mbx01.alliant-energy.com [10.40.8.31])\r\n"
               "\tby mx1.alliant-energy.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s\r\n" % (
                   postfix_qid(r), o.to.split("<")[-1].rstrip(">"), rfc(d, zname=True))).encode()
        hdr += ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\r\n"
                "\ts=ae2027; t=%d; bh=%s;\r\n\th=From:To:Subject:Date:Message-ID:Auto-Submitted;\r\n\tb=%s\r\n" % (
                    int(o.date.timestamp()), b64blob(r, 32), b64blob(r, 64))).encode()
    return hdr + o.raw()


def postfix_dsn(m, o, rcpt, remote, diag, status="5.1.1", action="failed", mta="mx1", when_queued=None,
                headers_only=False, text=None):
    r = m.r
    m.env_from = ""
    m.relay = None
    m.auth = None
    m.mx = mta
    qid = postfix_qid(r)
    d = to_off(m.sent, -5)
    b = "%s.%d/%s.alliant-energy.com" % (qid, int(m.sent.timestamp()), mta)
    if action == "failed":
        subj = "Undelivered Mail Returned to Sender"
        intro = ("This is the mail system at host %s.alliant-energy.com.\n\nI'm sorry to have to inform you that your message "
                 "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please "
                 "send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
                 "text from the attached returned message.\n\n                   The mail system\n\n" % mta)
    else:
        subj = "Delayed Mail (still being retried)"
        intro = ("This is the mail system at host %s.alliant-energy.com.\n\n####################################################"
                 "#################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n#########"
                 "############################################################\n\nYour message could not be delivered for "
                 "more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please "
                 "send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
                 "text from the attached returned message.\n\n                   The mail system\n\n" % mta)
    notif = intro + (text or "<%s>: %s" % (rcpt, diag)) + "\n"
    arr = to_off(when_queued or o.date, -5)
    report = ("Reporting-MTA: dns; %s.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n"
              "Remote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n" % (
                  mta, qid, CC, rfc(arr, zname=True), rcpt, rcpt, action, status, remote,
                  diag.split(" said: ")[-1].replace("\n    ", " ").split(" (in reply to")[0]))
    if action == "delayed":
        report += "Will-Retry-Until: %s\n" % rfc(arr + _dt.timedelta(days=5), zname=True)
    orig = _msg_rfc822(o, r=r)
    if headers_only:
        orig = orig.split(b"\r\n\r\n", 1)[0] + b"\r\n"
        last = Leaf("text/rfc822-headers", orig, None, [("Content-Description", "Undelivered Message Headers")])
        last.extra = [("Content-Description", "Undelivered Message Headers")]
        last.head = lambda: [("Content-Description", "Undelivered Message Headers"),
                             ("Content-Type", "text/rfc822-headers")]
    else:
        last = Leaf("message/rfc822", orig, "8bit")
        last.head = lambda: [("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822"),
                             ("Content-Transfer-Encoding", "8bit")]
    p1 = Leaf("text/plain; charset=us-ascii", notif, None)
    p1.head = lambda: [("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")]
    p2 = Leaf("message/delivery-status", report, None)
    p2.head = lambda: [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")]
    top = Multi("report", b, [p1, p2, last], preamble="This is a MIME-encapsulated message.\n")
    top.ctype = 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b
    m.top = top
    m.local_qid = qid
    m.hdrs = [("Date", rfc(d, zname=True)), ("From", "MAILER-DAEMON@%s.alliant-energy.com (Mail Delivery System)" % mta),
              ("Subject", subj), ("To", CC), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("__CONTENT__", None),
              ("Content-Transfer-Encoding", "8bit"),
              ("Message-Id", "<%s%s.%s@%s.alliant-energy.com>" % (d.strftime("%Y%m%d%H%M%S"), "", qid, mta))]
    m.msgid = m.hdrs[-1][1]


def exchange_online_ndr(m, o, rcpt, domain_label, reason_short, reason_long, diag, tenant_host):
    """Microsoft 365 NDR, as Exchange Online sends it back to the sender."""
    r = m.r
    m.env_from = ""
    utc = to_off(m.sent, 0)
    frm = "postmaster@%s" % rcpt.split("@")[1]
    b1 = "_%s_" % uuid_lower(r)
    b2 = "_%s_" % uuid_lower(r)
    text = ("%s\n\n%s\n\n\n%s\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n"
            "Remote server returned '%s'\n\nOriginal message headers:\n\n%s" % (
                reason_short, reason_long, "Your message to %s couldn't be delivered." % rcpt, tenant_host, rcpt, diag,
                o.header_block().decode().replace("\r\n", "\n")))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
            '<div style="font-family:\'Segoe UI\',\'Frutiger\',Arial,sans-serif;font-size:16px;color:#000000"><p>Your message to '
            '<span style="color:#0072C6">%s</span> couldn\'t be delivered.</p><p style="font-size:24px;font-weight:600">%s</p>'
            '<table><tr><td>%s</td><td>Office 365</td><td>%s</td></tr><tr><td>Sender</td><td></td><td><b>Action Required</b>'
            '</td></tr></table><p>%s</p><p><b>How to Fix It</b><br>%s</p></div><br><div style="font-family:Consolas,'
            'monospace;font-size:13px">Diagnostic information for administrators:<br><br>Generating server: %s<br><br>%s<br>'
            'Remote server returned \'%s\'<br><br>Original message headers:<br><pre>%s</pre></div>\n</body>\n</html>\n' % (
                rcpt, esc(reason_short), "Customer Care", domain_label, esc(reason_long),
                "Try to contact the recipient by some other means (by phone, for example) and ask them to tell their "
                "email admin that it appears that their mailbox is full, or that it has a configuration error.",
                tenant_host, rcpt, esc(diag), esc(o.header_block().decode().replace("\r\n", "\n"))))
    alt = Multi("alternative", b2, [Leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
                                    Leaf('text/html; charset="us-ascii"', html, "quoted-printable")])
    status = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mx1.alliant-energy.com\nArrival-Date: %s\n\n"
              "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;%s\n" % (tenant_host, rfc(to_off(o.date, 0)), rcpt, rcpt, diag))
    ds = Leaf("message/delivery-status", status, "7bit")
    hd = Leaf("text/rfc822-headers", o.header_block(), "7bit")
    top = Multi("report", b1, [alt, ds, hd])
    top.ctype = 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b1
    m.top = top
    m.msgid = "<%s@%s>" % (uuid_lower(r), tenant_host)
    m.from_addr = frm
    m.hdrs = [("From", "<%s>" % frm), ("To", "<%s>" % CC), ("Date", rfc(utc)),
              ("Content-Language", "en-US"), ("Message-ID", m.msgid), ("In-Reply-To", o.msgid),
              ("References", o.msgid), ("Subject", "Undeliverable: " + o.subject), ("__CONTENT__", None),
              ("Content-Transfer-Encoding", "binary"), ("MIME-Version", "1.0"),
              ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-PublicTrafficType", "Email"),
              ("X-MS-TrafficTypeDiagnostic", "%s:EE_NDR" % tenant_host.split(".")[0]),
              ("X-MS-Exchange-Organization-SCL", "1"),
              ("Auto-Submitted", "auto-replied")]


def exim_bounce(m, o, host, rcpt, reason, detail):
    r = m.r
    m.env_from = ""
    d = m.sent
    m.from_addr = "Mailer-Daemon@%s" % host
    eid = "1q%s-%s-%s" % (rs(r, 4, ALNUM), rs(r, 6, ALNUM), rs(r, 2, ALNUM))
    b = "%d-eximdsn-%d" % (int(d.timestamp()), r.randint(100000000, 999999999))
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
            "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    %s\n" % (rcpt, reason))
    status = ("Reporting-MTA: dns; %s\n\nAction: failed\nFinal-Recipient: rfc822;%s\nStatus: 5.0.0\n%s" % (host, rcpt, detail))
    top = Multi("report", b, [Leaf("text/plain; charset=us-ascii", text, "7bit"),
                              Leaf("message/delivery-status", status, None),
                              Leaf("message/rfc822", _msg_rfc822(o, r=r), None)], quote_boundary=False)
    top.parts[0].head = lambda: [("Content-type", "text/plain; charset=us-ascii")]
    top.parts[1].head = lambda: [("Content-type", "message/delivery-status")]
    top.parts[2].head = lambda: [("Content-type", "message/rfc822")]
    top.ctype = "multipart/report; report-type=delivery-status; boundary=%s" % b
    m.top = top
    m.msgid = "<E%s@%s>" % (eid, host)
    m.hdrs = [("Received", "from mailnull by %s with local (Exim 4.96.2)\n\tid %s\n\tfor %s; %s" % (host, eid, CC, rfc(d))),
              ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
              ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host), ("To", CC), ("__CONTENT__", None),
              ("MIME-Version", "1.0"), ("Subject", "Mail delivery failed: returning message to sender"),
              ("Message-Id", m.msgid), ("Date", rfc(d))]


def qmail_bounce(m, o, host, rcpt, reason):
    """Old qmail: no MIME at all, the original pasted under a break line."""
    r = m.r
    m.env_from = ""
    d = m.sent
    m.from_addr = "MAILER-DAEMON@%s" % host
    body = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following "
            "addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n%s\n\n"
            "--- Below this line is a copy of the message.\n\n" % (host, rcpt, reason))
    raw = body.encode() + _msg_rfc822(o, r=r)
    m.top = Leaf("text/plain", raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), None)
    m.top.head = lambda: []
    qid = r.randint(1000, 99999)
    m.msgid = None
    m.hdrs = [("Received", "(qmail %d invoked for bounce); %s" % (qid, rfc(to_off(d, 0)).replace("+0000", "-0000"))),
              ("Date", rfc(to_off(d, 0)).replace("+0000", "-0000")),
              ("From", "MAILER-DAEMON@%s" % host), ("To", CC), ("Subject", "failure notice")]


def sendmail_bounce(m, o, host, rcpt, reason, transcript):
    r = m.r
    m.env_from = ""
    d = m.sent
    m.from_addr = "MAILER-DAEMON@%s" % host
    qid = "%s%s" % (d.strftime("%Y").replace("2027", "9"), rs(r, 13, ALNUM))
    b = "%s.%d/%s" % (qid, int(d.timestamp()), host)
    text = ("The original message was received at %s\nfrom mx1.alliant-energy.com [192.0.2.21]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: %s)\n\n"
            "   ----- Transcript of session follows -----\n%s\n" % (rfc(to_off(o.date, -5)), rcpt, reason, transcript))
    status = ("Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; mx1.alliant-energy.com\nArrival-Date: %s\n\n"
              "Final-Recipient: RFC822; %s\nAction: failed\nStatus: 5.1.1\nLast-Attempt-Date: %s\n" % (
                  host, rfc(to_off(o.date, -5)), rcpt, rfc(d)))
    top = Multi("report", b, [Leaf("text/plain", text, None), Leaf("message/delivery-status", status, None),
                              Leaf("message/rfc822", _msg_rfc822(o, r=r), None)],
                preamble="This is a MIME-encapsulated message\n")
    top.parts[0].head = lambda: []
    top.ctype = "multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % b
    m.top = top
    m.msgid = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M"), qid, host)
    m.hdrs = [("Received", "from localhost (localhost)\n\tby %s (8.17.1/8.17.1) id %s;\n\t%s" % (host, qid, rfc(d))),
              ("Date", rfc(d)), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host),
              ("Message-Id", m.msgid), ("To", "<%s>" % CC), ("MIME-Version", "1.0"), ("__CONTENT__", None),
              ("Subject", "Returned mail: see transcript for details"), ("Auto-Submitted", "auto-generated (failure)")]
