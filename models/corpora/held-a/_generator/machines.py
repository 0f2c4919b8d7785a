"""Machine-made and non-request mail, software unsubscribes, and our web-form relay."""
from mk import *
from clients import edge, auth_pass, to_header, needs_qp
import ours

BOX = ours.MAILBOX


def _orig_headers(o, rcpt, extra_rcvd=True):
    """Headers of our own outgoing message, as returned inside bounces."""
    d = o["date"]
    hs = ("Return-Path: <bounce-%s@mail.alliant-energy.com>\n"
          "Received: from mail.alliant-energy.com (mail.alliant-energy.com [198.51.100.25])\n"
          "\tby mx1.%s (Postfix) with ESMTPS id 4Zq7Rk1Vt2z\n"
          "\tfor <%s>; %s\n" % (o["msgid"][1:15], rcpt.split("@")[1], rcpt, rfc_date(plus(d, 3))))
    hs += ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=alliant-energy.com;\n"
           "\ts=mkt2025; t=%d; h=From:To:Subject:Date:Message-ID:List-Unsubscribe;\n"
           "\tbh=Vd3aXo0b9Lr2cJ9yF0pNq6mB1sT4wE8uH7kZxQ2rY5A=;\n\tb=Q2p8...\n" % epoch(d))
    hs += ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
           "List-Unsubscribe: <mailto:%s?subject=unsubscribe>\nMIME-Version: 1.0\n"
           'Content-Type: multipart/alternative; boundary="=_mkt_%s"\n'
           % (o["name"], o["addr"], rcpt, o["subject"], rfc_date(d), o["msgid"], o["addr"], o["msgid"][15:25]))
    return hs.replace("Q2p8...", "Q2p8nV0cXhB1mR7tLw9ZsE4kFy6uJ3aDg5oPq1HbNc8=")


def _fix(hs):
    # our message headers are used inside text bodies: fix the one placeholder line
    return hs


# ------------------------------------------------------------------ bounces
def bounce_postfix(s, rng):
    """Classic Postfix DSN (multipart/report)."""
    d = s["d"]
    o = ours.get(s["orig"])
    host = s["host"]
    ip = s["ip"]
    rcpt = s["rcpt"]
    box = BOX[s["mb"]]
    top = edge(s, rng, "", host, ip, "dkim=none;\n\tspf=none (mx.alliant-energy.com: %s does not designate permitted sender hosts) smtp.helo=%s;\n\tdmarc=none" % (host, host))
    qid = rng.up(10)
    top += [("Received", "by %s (Postfix)\n\tid %s; %s" % (host, qid, rfc_date(d, pad=True, suffix=" (%s)" % s.get("tzname", "CDT"))))]
    hdrs = [("Date", rfc_date(d, pad=True, suffix=" (%s)" % s.get("tzname", "CDT"))),
            ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
            ("Subject", s.get("subject", "Undelivered Mail Returned to Sender")),
            ("To", o["addr"] if o["addr"] == box else box),
            ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("@CT", None),
            ("Content-Transfer-Encoding", "8bit"), ("Message-Id", "<%s.%d@%s>" % (rng.hx(10, True), epoch(d), host))]
    bnd = "%s.%d/%s" % (qid, epoch(d), host)
    intro = ("This is the mail system at host %s.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, s["diag_text"]))
    if s.get("delayed"):
        intro = ("This is the mail system at host %s.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, s["diag_text"]))
    p1 = text(intro, ct="text/plain; charset=us-ascii", cte=None, extra=[("Content-Description", "Notification")])
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: %s\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: %s\n"
          % (host, qid, "bounce-%s@mail.alliant-energy.com" % o["msgid"][1:15], rfc_date(plus(o["date"], 4), pad=True, suffix=" (CDT)"),
             rcpt, rcpt, "delayed" if s.get("delayed") else "failed", s["status"], s.get("remote", host), s["diag"]))
    if s.get("delayed"):
        ds += "Will-Retry-Until: %s\n" % rfc_date(plus(o["date"], 5 * 86400), pad=True, suffix=" (CDT)")
    p2 = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], enc_body(ds, "ascii", "7bit"))
    p3 = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              enc_body(_fix(_orig_headers(o, rcpt)), "ascii", "7bit"))
    body = multi("report", [p1, p2, p3], bnd, ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd,
                 preamble=b"This is a MIME-encapsulated message.\r\n\r\n")
    return message(top, hdrs, body)


def bounce_exim(s, rng):
    d = s["d"]
    o = ours.get(s["orig"])
    host, ip, rcpt = s["host"], s["ip"], s["rcpt"]
    top = edge(s, rng, "", host, ip, "dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=none" % (host, ip, host))
    mid = "E1%s-%s-%s" % (rng.an(5), rng.an(6), rng.an(2))
    top += [("Received", "from Debian-exim by %s with local (Exim 4.97)\n\tid %s\n\tfor %s; %s" % (host, mid, BOX[s["mb"]], rfc_date(d, pad=True)))]
    hdrs = [("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host), ("To", BOX[s["mb"]]),
            ("References", o["msgid"]), ("Content-Type", "multipart/report; report-type=delivery-status; boundary=%d-eximdsn-%d" % (epoch(d), rng.randint(10**8, 2 * 10**9))),
            ("MIME-Version", "1.0"), ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<%s@%s>" % (mid, host)), ("Date", rfc_date(d, pad=True))]
    bnd = hdrs[5][1].split("boundary=")[1]
    hdrs[5] = ("Content-Type", "multipart/report; report-type=delivery-status; boundary=%s" % bnd)
    intro = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n"
             "  %s\n    %s\n" % (rcpt, s["diag_text"]))
    p1 = text(intro, ct="text/plain; charset=us-ascii", cte="7bit")
    ds = ("Reporting-MTA: dns; %s\n\nAction: failed\nFinal-Recipient: rfc822;%s\nStatus: %s\n"
          % (host, rcpt, s["status"]))
    if s.get("diag"):
        ds += "Diagnostic-Code: %s\n" % s["diag"]
    p2 = Part([("Content-type", "message/delivery-status")], enc_body(ds, "ascii", "7bit"))
    p3 = Part([("Content-type", "message/rfc822")], enc_body(_fix(_orig_headers(o, rcpt)) + "\n" + o["text"][:600] + "\n[...]\n", "ascii", "7bit"))
    body = Part([], children=[p1, p2, p3], boundary=bnd)
    raw = message(top, hdrs, Part([], children=[p1, p2, p3], boundary=bnd))
    return raw


def bounce_yahoo(s, rng):
    d = s["d"]
    o = ours.get(s["orig"])
    rcpt = s["rcpt"]
    host = "sonic%d-%d.consmr.mail.bf2.yahoo.com" % (rng.randint(301, 330), rng.randint(20, 60))
    ip = "74.6.%d.%d" % (rng.randint(128, 135), rng.randint(2, 250))
    top = edge(s, rng, "", host, ip, "dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=none" % (host, ip, host))
    hdrs = [("Date", rfc_date(d, 0)), ("From", "MAILER-DAEMON@yahoo.com"), ("To", BOX[s["mb"]]),
            ("Subject", "Failure Notice"), ("X-Yahoo-Newman-Property", "ymail-5"), ("Message-ID", "<%d.%d@%s>" % (epoch(d), rng.randint(10**5, 10**6), host))]
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n"
            "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n" % (rcpt, s["diag_text"])) + _fix(_orig_headers(o, rcpt)) + "\n" + o["text"][:400] + "\n"
    return message(top, hdrs, Part([], enc_body(body, "ascii", "7bit")))


def bounce_gmail(s, rng):
    d = s["d"]
    o = ours.get(s["orig"])
    rcpt = s["rcpt"]
    n = rng.randint(41, 236)
    host = "mail-sor-f%d.google.com" % n
    ip = "209.85.220.%d" % n
    top = edge(s, rng, "", host, ip, 'dkim=pass (2048-bit key) header.d=googlemail.com header.i=@googlemail.com header.b="%s";\n\tspf=pass (mx.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com' % (rng.an(8), host, ip, host))
    top += [("DKIM-Signature", dkim(rng, "googlemail.com", "20230601", "to:from:subject:message-id:feedback-id:references:in-reply-to:date:mime-version:from:to:cc:subject:date:message-id:reply-to", d)),
            ("X-Google-Smtp-Source", "AGHT+I" + rng.an(80)),
            ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (rng.hx(4), rng.hx(3), rng.hx(4), rng.hx(4), rng.an(40).lower(), rfc_date(d, -7, pad="0", suffix=" (PDT)")))]
    hdrs = [("Content-Type", None), ("Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s; %s" % (rng.hx(4), rng.hx(3), rng.hx(4), rng.hx(4), rng.an(30).lower(), rfc_date(d, -7, pad="0", suffix=" (PDT)"))),
            ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", BOX[s["mb"]]),
            ("Auto-Submitted", "auto-replied"), ("Message-ID", "<%s.%s.%s@mx.google.com>" % (rng.dig(20), rng.an(5), rng.an(6))),
            ("Date", rfc_date(d, -7, pad=False)), ("Subject", "Delivery Status Notification (Failure)"),
            ("References", o["msgid"]), ("In-Reply-To", o["msgid"]), ("X-Failed-Recipients", rcpt)]
    bnd = "000000000000" + rng.hx(16)
    hdrs[0] = ("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % bnd)
    t = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
         "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n%s\n" % (rcpt, s["diag_text"]))
    inner_alt = "000000000000" + rng.hx(16)
    pt = text(t, charset="UTF-8", cte=None)
    ph = text('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
              '<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n'
              '<tr><td><h1 style="font-size:24px;font-weight:500;">Address not found</h1>\n'
              '<p style="font-size:16px;line-height:24px;">Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none;"><b>%s</b></a> because the address couldn\'t be found, or is unable to receive mail.</p>\n'
              '<p style="font-size:16px;">The response from the remote server was:</p>\n<p style="font-family:monospace;font-size:12px;">%s</p>\n</td></tr></tbody></table>\n</body>\n</html>\n'
              % (esc(rcpt), esc(s["diag_text"])), "html", charset="UTF-8", cte="quoted-printable")
    alt = multi("alternative", [pt, ph], inner_alt)
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mail.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nDiagnostic-Code: %s\nLast-Attempt-Date: %s\n"
          % (rfc_date(o["date"], -7), rcpt, s["status"], s["diag"], rfc_date(d, -7)))
    p2 = Part([("Content-Type", "message/delivery-status")], enc_body(ds, "ascii", "7bit"))
    p3 = Part([("Content-Type", "message/rfc822")], enc_body(_fix(_orig_headers(o, rcpt)) + "\n" + o["text"][:500] + "\n", "ascii", "7bit"))
    return message(top, hdrs, Part([], children=[alt, p2, p3], boundary=bnd))


def bounce_ndr(s, rng):
    """Exchange / Exchange Online non-delivery report."""
    d = s["d"]
    o = ours.get(s["orig"])
    rcpt = s["rcpt"]
    rdom = rcpt.split("@")[1]
    host = s.get("host", "NAM10-MW2-obe.outbound.protection.outlook.com")
    ip = s.get("ip", "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(2, 250)))
    top = edge(s, rng, "", host, ip, 'dkim=none;\n\tarc=pass ("microsoft.com:s=arcselector10001:i=1");\n\tspf=pass (mx.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;\n\tdmarc=none' % (host, ip, host))
    srv = "%sPR%02dMB%04d" % (rng.choice(["BN6", "SA1", "MW4"]), rng.randint(10, 19), rng.randint(1000, 9999))
    top += [("Received", "from %s.namprd%s.prod.outlook.com (2603:10b6:%s::%d) by\n %s with Microsoft SMTP Server id 15.20.%d.%d; %s"
             % (srv, srv[5:7], rng.hx(3), rng.randint(5, 30), host, rng.randint(8700, 9100), rng.randint(10, 40), rfc_date(d, 0)))]
    consumer = s.get("consumer", False)
    frm = "postmaster@outlook.com" if consumer else "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s" % rdom
    hdrs = [("From", "Microsoft Outlook <%s>" % frm if not consumer else "postmaster@outlook.com"), ("To", "<%s>" % BOX[s["mb"]]),
            ("Date", rfc_date(d, 0)), ("@CT", None), ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "en-US"), ("Message-ID", "<%s@%s.namprd%s.prod.outlook.com>" % (rng.uuid(), srv, srv[5:7])),
            ("In-Reply-To", o["msgid"]), ("References", o["msgid"]), ("Subject", "Undeliverable: " + o["subject"]),
            ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    bnd = rng.uuid()
    plain = ("Your message to %s couldn't be delivered.\n\n%s\n\n%s\nOffice 365\n%s\n\nAction Required\n\n%s\n\n"
             "How to Fix It\n%s\n\n\nMore Info for Email Admins\nStatus code: %s\n\nOriginal Message Details\n"
             "Created Date:    %s\nSender Address:    %s\nRecipient Address:    %s\nSubject:    %s\n\n"
             "Error Details\nError:    %s\nMessage rejected by:    %s\n"
             % (rcpt, s["short"], "Alliant Energy" if o["addr"] == ours.CC else "PowerHouse Catalog", rcpt.split("@")[0],
                s["action"], s["fix"], s["code"], o["date"].astimezone(D.timezone.utc).strftime("%-m/%-d/%Y %-I:%M:%S %p"),
                o["addr"], rcpt, o["subject"], s["diag"], s.get("by", srv + ".namprd%s.prod.outlook.com" % srv[5:7])))
    pt = text(plain, charset="us-ascii", cte="quoted-printable", ct='text/plain; charset="us-ascii"')
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
            '<p style="font-family:Segoe UI;font-size:16px;color:#000000">Your message to <a href="mailto:%s">%s</a> couldn\'t be delivered.</p>\n'
            '<p style="font-family:Segoe UI;font-size:16px;color:#000000">%s</p>\n<p style="font-family:Segoe UI;font-size:16px;color:#C00000"><b>Action Required</b></p>\n'
            '<p>%s</p>\n<p><b>How to Fix It</b><br>%s</p>\n<p style="font-size:12px;color:#666666">Status code: %s<br>%s</p>\n</body>\n</html>\n'
            % (rcpt, rcpt, esc(s["short"]), esc(s["action"]), esc(s["fix"]), s["code"], esc(s["diag"])))
    ph = text(html, "html", charset="us-ascii", cte="quoted-printable", ct='text/html; charset="us-ascii"')
    alt_b = rng.uuid()
    alt = multi("alternative", [pt, ph], alt_b)
    ds = ("Reporting-MTA: dns;%s.namprd%s.prod.outlook.com\nReceived-From-MTA: dns;mail.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp;%s\n"
          % (srv, srv[5:7], rfc_date(o["date"], 0), rcpt, s["status"], s["diag"]))
    p2 = Part([("Content-Type", "message/delivery-status")], enc_body(ds, "ascii", "7bit"))
    p3 = Part([("Content-Type", "text/rfc822-headers")], enc_body(_fix(_orig_headers(o, rcpt)), "ascii", "7bit"))
    body = multi("report", [alt, p2, p3], bnd, ct='multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)
    return message(top, hdrs, body)


def bounce_qmail(s, rng):
    """Legacy qmail bounce: no MIME at all."""
    d = s["d"]
    o = ours.get(s["orig"])
    host, ip, rcpt = s["host"], s["ip"], s["rcpt"]
    top = edge(s, rng, "", host, ip, "dkim=none;\n\tspf=none (mx.alliant-energy.com: %s does not designate permitted sender hosts) smtp.helo=%s;\n\tdmarc=none" % (host, host), tls=False)
    top += [("Received", "(qmail %d invoked for bounce); %s" % (rng.randint(1000, 99999), rfc_date(d, 0).replace(" +0000", " -0000")))]
    hdrs = [("Date", rfc_date(d, 0).replace(" +0000", " -0000")), ("From", "MAILER-DAEMON@%s" % host), ("To", BOX[s["mb"]]),
            ("Subject", "failure notice")]
    body = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n%s\n\n"
            "--- Below this line is a copy of the message.\n\n" % (host, rcpt, s["diag_text"]))
    body += ("Return-Path: <%s>\nReceived: from mx2.alliant-energy.com (198.51.100.26)\n  by %s with SMTP; %s\n"
             "From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n\n%s\n"
             % (o["addr"], host, rfc_date(o["date"], 0).replace(" +0000", " -0000"), o["name"], o["addr"], rcpt,
                o["subject"], rfc_date(o["date"]), o["msgid"], o["text"]))
    return message(top, hdrs, Part([], enc_body(body, "ascii", "7bit")))


# ------------------------------------------------------------------ auto-replies
def ooo_exchange(s, rng):
    """Exchange / M365 automatic reply (carries Auto-Submitted)."""
    d = s["d"]
    o = ours.get(s["orig"])
    name, a = s["frm"]
    dom = a.split("@")[1]
    ip = "40.107.%d.%d" % (rng.randint(90, 240), rng.randint(2, 250))
    host = "NAM%02d-%s-obe.outbound.protection.outlook.com" % (rng.randint(2, 12), rng.choice(["BN8", "DM6", "MW2", "CO1"]))
    top = edge(s, rng, a if not s.get("null_rp") else "", host, ip, auth_pass(dom, ip, a, rng.an(8), "p=QUARANTINE sp=QUARANTINE dis=NONE"))
    srv = "%sPR%02dMB%04d" % (rng.choice(["BN6", "SA1", "MW4", "DM8"]), rng.randint(10, 19), rng.randint(1000, 9999))
    top += [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=selector2;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s"
             % (dom, rng.b64(32), fold_b64(rng.b64(256), 3, 76, "\n "))),
            ("Received", "from %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.namprd%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.%d.%d; %s"
             % (srv, srv[5:7], rng.hx(4), rng.hx(4), rng.hx(4), rng.hx(4), srv, srv[5:7], rng.hx(4), rng.hx(4), rng.hx(4), rng.hx(4),
                rng.randint(8700, 9100), rng.randint(10, 40), rfc_date(d, 0)))]
    subj = s.get("subject", "Automatic reply: " + o["subject"])
    hdrs = [("From", addr(name, a)), ("To", "%s <%s>" % (o["name"], o["addr"])), ("Subject", ew(subj)),
            ("Thread-Topic", ew(o["subject"])), ("Thread-Index", "A" + rng.b64(21).rstrip("=")), ("Date", rfc_date(d, 0)),
            ("Message-ID", "<%s%s@%s.namprd%s.prod.outlook.com>" % (srv, rng.hx(24, True), srv, srv[5:7])),
            ("References", o["msgid"]), ("In-Reply-To", o["msgid"]),
            ("Auto-Submitted", "auto-generated"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", a), ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-parent-message-id", o["msgid"]),
            ("@CT", None), ("MIME-Version", "1.0")]
    bnd = "_000_%s%s_" % (srv, rng.hx(24, True))
    pt = text(s["text"], charset="us-ascii" if s["text"].isascii() else "utf-8", cte="quoted-printable")
    ph = text('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">\n%s\n</div>\n</body>\n</html>\n'
              % "\n".join("<p>%s</p>" % esc(l) if l.strip() else "<br>" for l in s["text"].split("\n")), "html", charset="utf-8", cte="quoted-printable")
    return message(top, hdrs, multi("alternative", [pt, ph], bnd))


def ooo_gmail(s, rng):
    d = s["d"]
    o = ours.get(s["orig"])
    name, a = s["frm"]
    n = rng.randint(41, 236)
    host = "mail-%s-f%d.google.com" % (rng.choice(["qk1", "yw1", "oi1"]), n)
    ip = "209.85.%d.%d" % (rng.choice([160, 210, 222]), n)
    top = edge(s, rng, a, host, ip, auth_pass("gmail.com", ip, a, rng.an(8), "p=NONE sp=QUARANTINE dis=NONE"))
    top += [("Received", "by %s with SMTP id %s\n        for <%s>; %s" % (host, rng.an(22).lower(), BOX[s["mb"]], rfc_date(d, -7, pad="0", suffix=" (PDT)"))),
            ("DKIM-Signature", dkim(rng, "gmail.com", "20230601", "auto-submitted:subject:to:from:date:message-id:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", d))]
    hdrs = [("MIME-Version", "1.0"), ("References", o["msgid"]), ("In-Reply-To", o["msgid"]), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<CA%s@mail.gmail.com>" % rng.an(50)), ("Date", rfc_date(d)), ("From", addr(name, a)),
            ("To", "%s <%s>" % (o["name"], o["addr"])), ("Subject", ew(s.get("subject", "Re: " + o["subject"]))), ("Precedence", "bulk"),
            ("X-Autoreply", "yes")]
    bnd = "000000000000" + rng.hx(16)
    pt = text(s["text"], charset="UTF-8", cte="quoted-printable" if needs_qp2(s["text"]) else None)
    ph = text('<div dir="ltr">%s</div>\n' % paras_html(s["text"].strip("\n")), "html", charset="UTF-8", cte="quoted-printable")
    return message(top, hdrs, multi("alternative", [pt, ph], bnd))


def plain_auto(s, rng):
    """Headerless auto-reply (no Auto-Submitted): old webmail / cPanel / Zimbra vacation, etc."""
    d = s["d"]
    o = ours.get(s["orig"]) if s.get("orig") else None
    name, a = s["frm"]
    dom = a.split("@")[1]
    host = s.get("host", "mail.%s" % dom)
    ip = s.get("ip", "%d.%d.%d.%d" % (rng.choice([64, 98, 207]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)))
    top = edge(s, rng, a, host, ip, "dkim=none;\n\tspf=pass (mx.alliant-energy.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=none header.from=%s" % (a, ip, a, dom))
    top += s.get("trace", [])
    hdrs = [("Date", rfc_date(d)), ("From", addr(name, a)), ("To", s.get("to") or ("%s <%s>" % (o["name"], o["addr"]) if o else BOX[s["mb"]])),
            ("Subject", ew(s.get("subject", "Re: " + (o["subject"] if o else "")), s.get("charset", "utf-8"), "Q"))]
    if s.get("msgid", True):
        hdrs.append(("Message-ID", "<%s.%s@%s>" % (rng.dig(10), rng.an(8), host)))
    if o and s.get("irt", True):
        hdrs.append(("In-Reply-To", o["msgid"]))
    hdrs += s.get("extra", []) + [("MIME-Version", "1.0"), ("@CT", None)]
    if s.get("xmailer"):
        hdrs.append(("X-Mailer", s["xmailer"]))
    cs = s.get("charset", "utf-8")
    body = text(s["text"], charset=cs, ct="text/plain; charset=%s" % cs, cte=s.get("cte", "quoted-printable" if needs_qp2(s["text"]) else "7bit"))
    return message(top, hdrs, body)


def needs_qp2(t):
    return (not t.isascii()) or any(len(l) > 76 for l in t.split("\n"))


# ------------------------------------------------------------------ receipts
def mdn(s, rng):
    d = s["d"]
    o = ours.get(s["orig"])
    name, a = s["frm"]
    dom = a.split("@")[1]
    ip = s.get("ip", "%d.%d.%d.%d" % (rng.choice([12, 65, 199]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)))
    host = s.get("host", "mail.%s" % dom)
    top = edge(s, rng, a, host, ip, auth_pass(dom, ip, a, rng.an(8), "p=NONE dis=NONE"))
    ua = s["ua"]
    if ua == "outlook":
        subj = "Read: " + o["subject"]
        txt = ("Your message\n\nTo: %s\nSubject: %s\nSent: %s\n\nwas read on %s.\n"
               % (name, o["subject"], o["date"].astimezone(D.timezone.utc).strftime("%A, %B %-d, %Y %-I:%M:%S %p (UTC+00:00) Monrovia, Reykjavik"),
                  d.astimezone(D.timezone.utc).strftime("%A, %B %-d, %Y %-I:%M:%S %p (UTC+00:00) Monrovia, Reykjavik")))
        mdnua = "Reporting-UA: %s; Microsoft Outlook 16.0\n" % host
        disp = "manual-action/MDN-sent-manually; displayed"
    else:
        subj = "Return Receipt (displayed) - " + o["subject"]
        txt = ("This is a Return Receipt for the mail that you sent to %s.\n\n"
               "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
               "There is no guarantee that the recipient has read or understood the message contents.\n" % a)
        mdnua = "Reporting-UA: %s; Mozilla Thunderbird\n" % host
        disp = "manual-action/MDN-sent-manually; displayed"
    hdrs = [("Message-ID", "<%s@%s>" % (rng.uuid(), dom)), ("Date", rfc_date(d)), ("MIME-Version", "1.0"),
            ("From", addr(name, a)), ("To", o["addr"]), ("Subject", subj), ("@CT", None)]
    if ua != "outlook":
        hdrs.insert(3, ("User-Agent", "Mozilla Thunderbird"))
        hdrs.append(("Auto-Submitted", "auto-replied"))
    bnd = ("------------" + rng.an(24)) if ua != "outlook" else ("----=_NextPart_000_%04X_01DB%04X.%08X" % (rng.randint(0, 65535), rng.randint(0, 65535), rng.randint(0, 2**32 - 1)))
    p1 = text(txt, charset="UTF-8" if ua != "outlook" else "us-ascii", cte="7bit" if ua != "outlook" else "quoted-printable",
              ct="text/plain; charset=UTF-8; format=flowed" if ua != "outlook" else 'text/plain;\n\tcharset="us-ascii"')
    rep = mdnua + "Final-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n" % (a, o["msgid"], disp)
    p2 = Part([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\"" if ua != "outlook" else "message/disposition-notification"),
               ("Content-Disposition", "inline")] + ([] if ua == "outlook" else [("Content-Transfer-Encoding", "7bit")]), enc_body(rep, "ascii", "7bit"))
    parts = [p1, p2]
    if ua != "outlook":
        parts.append(Part([("Content-Type", "text/rfc822-headers; name=\"MDNPart3.txt\""), ("Content-Transfer-Encoding", "7bit"), ("Content-Disposition", "inline")],
                          enc_body("Date: %s\nFrom: %s <%s>\nTo: %s\nMessage-ID: %s\nSubject: %s\n" % (rfc_date(o["date"]), o["name"], o["addr"], a, o["msgid"], o["subject"]), "ascii", "7bit")))
    body = multi("report", parts, bnd, ct='multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd,
                 preamble=b"This is a multi-part message in MIME format.\r\n")
    return message(top, hdrs, body)


# ------------------------------------------------------------------ generic bulk / outreach / phishing / vendor
def generic(s, rng):
    """A fully specified non-request message: spec gives from, subject, headers, parts."""
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    env = s.get("env", a)
    host, ip = s["host"], s["ip"]
    auth = s.get("auth") or auth_pass(s.get("dkim_dom", dom), ip, env, rng.an(8), s.get("pol", "p=NONE dis=NONE"))
    top = edge(s, rng, env, host, ip, auth, tls=s.get("tls", True))
    top += s.get("trace", [])
    if s.get("dkim_dom"):
        top.append(("DKIM-Signature", dkim(rng, s["dkim_dom"], s.get("sel", "s1"), "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", d, style="tab")))
    hdrs = []
    for n, v in s["hdrs"]:
        if v == "@date":
            v = rfc_date(d, s.get("off", -5))
        elif v == "@from":
            v = addr(name, a)
        elif v == "@to":
            v = BOX[s["mb"]]
        elif v == "@subj":
            v = ew(s["subject"], s.get("scs", "utf-8"), s.get("senc", "B"))
        elif v == "@mid":
            v = "<%s@%s>" % (s.get("midfmt", rng.uuid()), s.get("midhost", dom))
        hdrs.append((n, v))
    return message(top, hdrs, s["part"](rng))


# ------------------------------------------------------------------ software unsubscribes
def unsub(s, rng):
    """Mail-client Unsubscribe buttons and inbox-cleaning services writing to our List-Unsubscribe mailto."""
    d = s["d"]
    name, a = s["frm"]
    dom = a.split("@")[1]
    kind = s["kind2"]
    box = BOX[s["mb"]]
    if dom == "gmail.com" or kind in ("gmail",):
        n = rng.randint(41, 236)
        host, ip = "mail-%s-f%d.google.com" % (rng.choice(["qk1", "yw1", "pl1"]), n), "209.85.%d.%d" % (rng.choice([160, 222]), n)
        pol, ddom, sel = "p=NONE sp=QUARANTINE dis=NONE", "gmail.com", "20230601"
    elif dom in ("yahoo.com", "aol.com", "ymail.com"):
        host, ip = "sonic%d-%d.consmr.mail.gq1.yahoo.com" % (rng.randint(301, 330), rng.randint(20, 60)), "98.137.%d.%d" % (rng.randint(64, 70), rng.randint(2, 250))
        pol, ddom, sel = "p=REJECT sp=REJECT dis=NONE", dom, "s2048" if dom != "aol.com" else "a2048"
    elif dom in ("outlook.com", "hotmail.com", "live.com"):
        host, ip = "NAM11-BN8-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(18, 110), rng.randint(2, 250))
        pol, ddom, sel = "p=NONE sp=NONE dis=NONE", "hotmail.com", "selector1"
    elif dom in ("icloud.com", "me.com"):
        host, ip = "st43p00im-zteg%08d.me.com" % rng.randint(10**7, 10**8 - 1), "17.58.%d.%d" % (rng.randint(6, 63), rng.randint(2, 250))
        pol, ddom, sel = "p=QUARANTINE sp=QUARANTINE dis=NONE", dom, "1a1hai"
    else:
        host, ip = "smtp.%s" % dom, "%d.%d.%d.%d" % (rng.choice([64, 96, 162]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))
        pol, ddom, sel = "p=NONE dis=NONE", dom, "default"
    top = edge(s, rng, a, host, ip, auth_pass(ddom, ip, a, rng.an(8), pol))
    top.append(("DKIM-Signature", dkim(rng, ddom, sel, "to:subject:message-id:date:from:mime-version", d, style="gmail" if ddom == "gmail.com" else "tab")))
    subj = s.get("subject", "unsubscribe")
    body_txt = s.get("text", "")
    extra = s.get("extra", [])
    if kind == "gmail":
        hdrs = [("MIME-Version", "1.0"), ("From", addr(name, a)), ("Date", rfc_date(d)),
                ("Message-ID", "<CA%s@mail.gmail.com>" % rng.an(52)), ("Subject", subj), ("To", box), ("@CT", None)]
        part = text(body_txt, charset="UTF-8", cte=None)
    elif kind in ("apple", "iphone"):
        mid = "<%s@%s>" % (rng.uuid(True), dom)
        hdrs = [("From", addr(name, a)), ("@CT", None), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.41\\))" if kind == "apple" else "1.0 (1.0)"),
                ("Subject", subj), ("Message-Id", mid), ("Date", rfc_date(d)), ("To", box),
                ("X-Mailer", "Apple Mail (2.3826.600.41)" if kind == "apple" else "iPhone Mail (22F76)")]
        part = text(body_txt, ct="text/plain;\n\tcharset=us-ascii", cte="7bit", cte_first=True)
    elif kind == "outlookcom":
        srv = "PH0P22%dMB%04d" % (rng.randint(0, 3), rng.randint(1000, 9999))
        hdrs = [("From", addr(name, a)), ("To", box), ("Subject", subj), ("Thread-Topic", subj),
                ("Thread-Index", "A" + rng.b64(21).rstrip("=")), ("Date", rfc_date(d, 0)),
                ("Message-ID", "<%s%s@%s.NAMP22%s.PROD.OUTLOOK.COM>" % (srv, rng.hx(28, True), srv, srv[6])),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-messagesentrepresentingtype", "1"), ("@CT", None), ("MIME-Version", "1.0")]
        part = text(body_txt, charset="us-ascii", ct='text/plain; charset="us-ascii"', cte="quoted-printable")
    elif kind == "yahoo":
        hdrs = [("Date", rfc_date(d, 0, suffix=" (UTC)")), ("From", addr(name, a)), ("To", box),
                ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 2 * 10**9), rng.randint(10**5, 10**7), epoch(d) * 1000)),
                ("Subject", subj), ("MIME-Version", "1.0"), ("@CT", None),
                ("X-Mailer", s.get("xm", "WebService/1.1.25%03d YMailNorrin" % rng.randint(100, 999)))]
        part = text(body_txt, charset="UTF-8", ct="text/plain; charset=UTF-8", cte="7bit")
    elif kind == "service":
        hdrs = [("From", addr(name, a)), ("To", box), ("Subject", subj), ("Date", rfc_date(d, 0)),
                ("Message-ID", "<%s@%s>" % (rng.uuid(), s["midhost"])), ("MIME-Version", "1.0")] + extra + [("@CT", None)]
        part = text(body_txt, charset="utf-8", ct="text/plain; charset=utf-8", cte="7bit")
    else:
        raise ValueError(kind)
    return message(top, hdrs, part)


# ------------------------------------------------------------------ our Contact Us web form relay (a human writes, our server sends)
def webform(s, rng):
    d = s["d"]
    cname, caddr = s["reply_to"]
    top = edge(s, rng, "noreply@alliantenergy.com", "web03.dmz.alliantenergy.com", "10.60.8.13",
               "dkim=pass (2048-bit key) header.d=alliantenergy.com header.i=@alliantenergy.com;\n\tspf=pass smtp.mailfrom=noreply@alliantenergy.com;\n\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=alliantenergy.com", tls=False)
    hdrs = [("Date", rfc_date(d)), ("From", "Alliant Energy Website <noreply@alliantenergy.com>"), ("Reply-To", addr(cname, caddr)),
            ("To", BOX[s["mb"]]), ("Subject", s["subj"]), ("Message-ID", "<webform.%s.%s@web03.alliantenergy.com>" % (d.strftime("%Y%m%d%H%M%S"), rng.hx(10))),
            ("X-Mailer", "AE-ContactUs/3.2"), ("MIME-Version", "1.0"), ("@CT", None)]
    return message(top, hdrs, text(s["body"], charset="utf-8", ct="text/plain; charset=utf-8", cte="quoted-printable"))


BUILDERS = {
    "bounce_postfix": bounce_postfix, "bounce_exim": bounce_exim, "bounce_yahoo": bounce_yahoo,
    "bounce_gmail": bounce_gmail, "bounce_ndr": bounce_ndr, "bounce_qmail": bounce_qmail,
    "ooo_exchange": ooo_exchange, "ooo_gmail": ooo_gmail, "plain_auto": plain_auto, "mdn": mdn,
    "generic": generic, "unsub": unsub, "webform": webform,
}
