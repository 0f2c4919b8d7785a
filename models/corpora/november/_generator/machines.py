"""Machine mail: bounces, auto-replies, receipts, bulk mail, vendor notices, phishing, list posts, invitations,
and the messages mail programs / inbox cleaners send when a person presses "Unsubscribe"."""
from mailkit import (CST, EST, PST, UTC, LDAYS, LMONS, MONS, addr, b64body, esc, fold, hard_wrap, multipart,
                     part, qp, quote_gt, rfc2047_b, rfc2047_q, rfcdate, sec)
from infra import (BOX, CC, PH, Prov, assemble, envelope, gmail_divs, ms_tail, ms_tail2, prov_gmail, prov_isp,
                   prov_ms, prov_yahoo, q_outlook_block, text_html_simple)
from clients import subj_hdr


def prov_host(k, helo, ip, dom, dkim=True, sel="s1", spf="pass", dmarc="pass", mailfrom=None, extra=None, tls=True):
    lines = []
    if dkim:
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tbh=%s;\n"
                     "\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb=%s"
                     % (dom, sel, k.b64(32), k.sig_b(172, "\t")))
    lines += extra or []
    return Prov(lines, helo, ip, helo, ("header.d=%s header.s=%s header.b=%s" % (dom, sel, k.alnum(8))) if dkim else None,
                dom, dom, tls=tls, dmarc=dmarc, spf=spf, mailfrom=mailfrom)


def ours_headers_block(o, rcpt_note=None):
    """The headers of one of our own outgoing messages, as a bounce or receipt attaches them."""
    lines = ["From: %s" % addr(o.from_name, o.from_addr), "To: %s" % (addr(o.to_name, o.to_addr) if o.to_name else o.to_addr),
             subj_hdr(o.subject), "Date: %s" % rfcdate(o.date), "Message-ID: %s" % o.msgid, "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
    if o.msgid.startswith("<ack."):
        lines.insert(4, "Auto-Submitted: auto-replied")
    return lines


def ours_full(o):
    return "\n".join(ours_headers_block(o)) + "\n\n" + qp(o.text)


# ------------------------------------------------------------------ bounces
def bounce_postfix_ours(k, at, o, rcpt, status, diag, remote, delayed=False):
    """Our own outbound relay returns one of our messages to customercare@."""
    host = "out1.alliant-energy.com"
    prov = prov_host(k, host, "10.20.6.21", "alliant-energy.com", dkim=False, dmarc=None)
    prov.dmarc_dom = None
    mid = "<%s.%s@%s>" % (k.qid().replace("z", ""), int(at.timestamp()), host)
    b = "%s.%d/%s" % (k.qid(), int(at.timestamp()), host)
    if delayed:
        subj = "Delayed Mail (still being retried)"
        intro = ("This is the mail system at host %s.\n\n####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n                   The mail system\n\n<%s>: %s\n" % (host, rcpt, diag))
        action = "delayed"
        third = ("text/rfc822-headers", "\n".join(ours_headers_block(o)) + "\n")
    else:
        subj = "Undelivered Mail Returned to Sender"
        intro = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, diag))
        action = "failed"
        third = ("message/rfc822", ours_full(o))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n%sDiagnostic-Code: %s\n"
          % (host, k.qid()[:12], o.from_addr, rfcdate(o.date, pad=True, zone=True), rcpt, rcpt, action, status,
             ("Remote-MTA: dns; %s\n" % remote) if remote else "",
             "X-Postfix; " + diag if not remote else "smtp; " + diag.split("said: ")[-1]))
    if delayed:
        ds += "Will-Retry-Until: %s\n" % rfcdate(sec(o.date, 5 * 86400), pad=True, zone=True)
    parts = ["Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + intro,
             "Content-Description: %s\nContent-Type: message/delivery-status\n\n%s" % (
                 "Delivery report", ds),
             "Content-Description: %s\nContent-Type: %s\n\n%s\n" % (
                 "Undelivered Message Headers" if delayed else "Undelivered Message", third[0], third[1])]
    body = multipart(b, parts, preamble="This is a MIME-encapsulated message.")
    hdrs = ["Date: %s" % rfcdate(at, pad=True, zone=True), "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
            "Subject: %s" % subj, "To: %s" % o.from_addr, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
            "Content-Transfer-Encoding: 8bit", "Message-Id: %s" % mid]
    mailbox = "customercare" if o.from_addr == CC else "powerhousecatalog"
    prov.lines = ["Received: by %s (Postfix)\n\tid %s; %s" % (host, k.qid(), rfcdate(at, pad=True, zone=True))]
    env = envelope(k, mailbox, sec(at, 1), prov, return_path="")
    return assemble(env, prov.lines, hdrs, body)


def bounce_exchange(k, at, o, rcpt, tenant_host, org):
    mailbox = "customercare" if o.from_addr == CC else "powerhousecatalog"
    srv = "%sPR%02dMB%d.namprd%02d.prod.outlook.com" % (k.r.choice(["CH0", "DM4", "BL1"]), k.r.randint(1, 19),
                                                        k.r.randint(1000, 9999), k.r.randint(1, 19))
    prov = prov_host(k, "mail-%s.outbound.protection.outlook.com" % k.alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"),
                     "52.101.%d.%d" % (k.r.randint(1, 200), k.r.randint(2, 250)), tenant_host, sel="selector2")
    prov.dmarc_dom = tenant_host
    b = "%s" % k.uuid()
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
            '<div style="font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;font-size:16px;color:#000000">\n'
            '<b><span style="color:#C00000">Your message to %s couldn\'t be delivered.</span></b><br>\n'
            '%s wasn\'t found at %s.<br><br>\n<b>alliant-energy.com</b> &nbsp; &nbsp; Office 365 &nbsp; &nbsp; <b>%s</b><br>Sender &nbsp; &nbsp; &nbsp; Action Required &nbsp; Recipient<br><br>\n'
            '<b>Unknown To address</b><br><br>\n<b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:<br>\n'
            '<ul><li>Retype the recipient\'s address, then resend the message.</li>\n<li>If you\'re using an address from your contacts, remove it and add it again.</li></ul>\n'
            '<br>\n<div style="font-size:12px;color:#666666">Original Message Details<br>Created Date: %s<br>Sender Address: %s<br>Recipient Address: %s<br>Subject: %s<br><br>\n'
            'Error Details<br>Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup<br>'
            'Message rejected by: %s</div>\n</div>\n</body>\n</html>\n'
            % (esc(rcpt), rcpt.split("@")[0], tenant_host, org, o.date.astimezone(UTC).strftime("%-m/%-d/%Y %-I:%M:%S %p"),
               o.from_addr, rcpt, esc(o.subject), rcpt, srv))
    ds = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mx%d.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
          % (srv, 1, o.date.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000"), rcpt, rcpt))
    parts = [part('text/html; charset="us-ascii"', html, "quoted-printable"),
             "Content-Type: message/delivery-status\n\n" + ds,
             "Content-Type: text/rfc822-headers\n\n" + "\n".join(ours_headers_block(o)) + "\n"]
    body = multipart(b, parts)
    hdrs = ["From: postmaster@%s" % tenant_host.replace(".com", ".onmicrosoft.com").replace(".net", ".onmicrosoft.com"),
            "To: %s" % o.from_addr, "Date: %s" % rfcdate(at.astimezone(UTC), twodigit=False),
            'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
            "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
            "Message-ID: <%s@%s>" % (k.uuid(), srv), "In-Reply-To: %s" % o.msgid, "References: %s" % o.msgid,
            "Subject: Undeliverable: %s" % o.subject, "Auto-Submitted: auto-replied", "MIME-Version: 1.0"]
    env = envelope(k, mailbox, at, prov, return_path="")
    return assemble(env, prov.lines, hdrs, body)


def bounce_gmail(k, at, o, rcpt):
    mailbox = "customercare" if o.from_addr == CC else "powerhousecatalog"
    prov = prov_gmail(k, "", BOX[mailbox], at)
    prov.lines = [prov.lines[0].replace("for <%s>" % BOX[mailbox], "for <%s>" % o.from_addr)] + prov.lines[1:3] + prov.lines[5:]
    prov.authres_dkim = "header.d=googlemail.com header.s=20230601 header.b=%s" % k.alnum(8)
    prov.dmarc_dom = "googlemail.com"
    b = k.boundary_gmail()
    inner = k.boundary_gmail()
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n"
           "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser %s-%s.%d - gsmtp\n"
           % (rcpt, k.hexs(12), k.hexs(8), k.r.randint(100, 999)))
    html = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
            '<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n'
            '<tr><td><h1 style="font-size:24px;font-weight:400;">Address not found</h1>\n<p style="font-size:16px;">Your message wasn\'t delivered to <a style=\'color:#212121;text-decoration:none;\'><b>%s</b></a> because the address couldn\'t be found, or is unable to receive mail.</p>\n'
            '</td></tr></tbody></table>\n</body>\n</html>\n' % rcpt)
    alt = multipart(inner, [part('text/plain; charset="UTF-8"', txt, "quoted-printable"),
                            part('text/html; charset="UTF-8"', html, "quoted-printable")])
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; %s\nArrival-Date: %s\n"
          "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.%d.%d, the server for the domain gmail.com.)\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: %s\n"
          % (o.from_addr, rfcdate(o.date.astimezone(PST), twodigit=False, zone=True), o.msgid, rcpt, k.r.randint(100, 200),
             k.r.randint(2, 250), rfcdate(sec(at, -3).astimezone(PST), twodigit=False, zone=True)))
    parts = ['Content-Type: multipart/alternative; boundary="%s"\n\n%s' % (inner, alt),
             "Content-Type: message/delivery-status\n\n" + ds,
             "Content-Type: message/rfc822\n\n" + ours_full(o)]
    body = multipart(b, parts)
    hdrs = ["MIME-Version: 1.0", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: %s" % o.from_addr,
            "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)",
            "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid,
            "X-Failed-Recipients: %s" % rcpt, "Message-ID: <%s.%s.%s.GMR@mx.google.com>" % (k.hexs(8), k.hexs(4), k.hexs(8)),
            "Date: %s" % rfcdate(sec(at, -3).astimezone(PST), twodigit=False, zone=True),
            'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % b]
    env = envelope(k, mailbox, at, prov, return_path="")
    return assemble(env, prov.lines, hdrs, body)


def bounce_yahoo_legacy(k, at, o, rcpt):
    """qmail-style failure notice: no MIME at all."""
    mailbox = "customercare" if o.from_addr == CC else "powerhousecatalog"
    host = "mta%d.mail.%s.yahoo.com" % (k.r.randint(1000, 4999), k.r.choice(["ne1", "bf1", "gq1"]))
    prov = prov_host(k, "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (k.r.randint(300, 330), k.r.randint(10, 40)),
                     "66.163.%d.%d" % (k.r.randint(184, 191), k.r.randint(10, 250)), "yahoo.com", dkim=False)
    prov.dmarc_dom = None
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
            "554: delivery error: dd Not a valid recipient - atlas%d.free.mail.ne1.yahoo.com\n\n"
            "--- Below this line is a copy of the message.\n\n%s\n" % (rcpt, k.r.randint(100, 200),
                                                                      "\n".join(ours_headers_block(o)) + "\n\n" + o.text))
    hdrs = ["Date: %s" % rfcdate(at.astimezone(UTC), twodigit=False), "From: MAILER-DAEMON@yahoo.com",
            "To: %s" % o.from_addr, "Subject: Failure Notice"]
    env = envelope(k, mailbox, at, prov, return_path="")
    return assemble(env, prov.lines, hdrs, body)


def bounce_exim(k, at, o, rcpt, host, reason):
    mailbox = "customercare" if o.from_addr == CC else "powerhousecatalog"
    dom = host.split(".", 1)[1]
    prov = prov_host(k, host, "%d.%d.%d.%d" % (k.r.choice([64, 199, 216]), k.r.randint(1, 254), k.r.randint(1, 254),
                                              k.r.randint(2, 250)), dom, dkim=False, dmarc=None)
    prov.dmarc_dom = None
    mid = "<E1%s-%s-%s@%s>" % (k.alnum(5), k.alnum(6), k.alnum(4), host)
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    %s\n\n------ This is a copy of the message, including all the headers. ------\n\n%s\n"
            % (rcpt, reason, "\n".join(["Return-path: <%s>" % o.from_addr] + ours_headers_block(o)) + "\n\n" + qp(o.text)))
    hdrs = ["Received: from Debian-exim by %s with local (Exim 4.96)\n\tid %s\n\tfor %s; %s"
            % (host, mid[3:].split("@")[0], o.from_addr, rfcdate(at, twodigit=False)),
            "X-Failed-Recipients: %s" % rcpt, "Auto-Submitted: auto-replied",
            "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % o.from_addr,
            "Content-Type: text/plain; charset=us-ascii",
            "Subject: Mail delivery failed: returning message to sender", "Message-Id: %s" % mid,
            "Date: %s" % rfcdate(at, twodigit=False)]
    env = envelope(k, mailbox, sec(at, 2), prov, return_path="")
    return assemble(env, prov.lines, hdrs, body)


# ------------------------------------------------------------------ auto-replies
def ooo_exchange(k, at, o, name, a, text, mailbox, prefix="Automatic reply: ", lang="en-US", cs="us-ascii"):
    dom = a.split("@")[1]
    prov = prov_ms(k, a, BOX[mailbox], at, dom, consumer=dom in ("outlook.com", "hotmail.com", "live.com", "msn.com"))
    srv = prov.srv
    mid = "<%s%s@%s>" % (srv.split(".")[0], k.hexs(28, True), srv)
    b = "_000_%s_" % mid[1:28]
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n'
            '<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n</body>\n</html>\n'
            % (cs, text_html_simple(text)))
    parts = [part('text/plain; charset="%s"' % cs, text, "quoted-printable", cs),
             part('text/html; charset="%s"' % cs, html, "quoted-printable", cs)]
    body = multipart(b, parts)
    subj = prefix + o.subject
    hdrs = ["From: %s" % addr(name, a, enc="q", cs="utf-8"), "To: %s" % addr(o.from_name, o.from_addr),
            subj_hdr(subj, "q", "utf-8"), "Thread-Topic: %s" % subj_hdr(o.subject, "q", "utf-8")[9:],
            "Thread-Index: %s" % k.b64(22)[:30], "Date: %s" % rfcdate(sec(at, -4).astimezone(UTC), twodigit=False),
            "Message-ID: %s" % mid, "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid,
            "Auto-Submitted: auto-generated", "X-MS-Exchange-Inbox-Rules-Loop: %s" % a,
            "X-Auto-Response-Suppress: All"]
    hdrs += ms_tail(k, srv, at, False, lang)
    hdrs += ['Content-Type: multipart/alternative;\n\tboundary="%s"' % b, "MIME-Version: 1.0"]
    hdrs += ms_tail2(k, at, srv)
    env = envelope(k, mailbox, at, prov)
    return assemble(env, prov.lines, hdrs, body)


def ooo_gmail(k, at, o, name, a, text, mailbox, subject=None):
    prov = prov_gmail(k, a, BOX[mailbox], at, "from:to:subject:date:message-id:references:in-reply-to:auto-submitted:mime-version")
    mid = "<CA%s%s@mail.gmail.com>" % (k.r.choice(["+", "K", "L"]), k.alnum(42))
    b = k.boundary_gmail()
    html = '<div dir="ltr">%s</div>\n' % gmail_divs(text)
    parts = [part('text/plain; charset="UTF-8"', text, "quoted-printable" if any(len(l) > 76 for l in text.split("\n")) or any(ord(c) > 127 for c in text) else "7bit"),
             part('text/html; charset="UTF-8"', html, "quoted-printable")]
    parts = [p.replace("Content-Transfer-Encoding: 7bit\n", "") for p in parts]
    body = multipart(b, parts)
    hdrs = ["MIME-Version: 1.0", "From: %s" % addr(name, a), "Date: %s" % rfcdate(sec(at, -3).astimezone(CST), twodigit=False),
            "Message-ID: %s" % mid, "In-Reply-To: %s" % o.msgid, "References: %s" % o.msgid,
            "Auto-Submitted: auto-replied", subj_hdr(subject or ("Re: " + o.subject)),
            "To: %s" % addr(o.from_name, o.from_addr), 'Content-Type: multipart/alternative; boundary="%s"' % b]
    env = envelope(k, mailbox, at, prov)
    return assemble(env, prov.lines, hdrs, body)


def ooo_plain(k, at, o, name, a, text, mailbox, subject, smtp, ua=None, threaded=True, dkim=True):
    """An auto-responder with none of the usual headers (no Auto-Submitted, no Precedence)."""
    dom = a.split("@")[1]
    prov = prov_isp(k, a, BOX[mailbox], at, smtp, dom, client_ip="127.0.0.1", client_rdns="localhost", dkim=dkim)
    prov.lines[-1] = prov.lines[-1].replace("(Authenticated sender: %s)\n\t" % a, "")
    mid = "<%s@%s>" % (k.hexs(24), smtp)
    hdrs = ["Date: %s" % rfcdate(sec(at, -2)), "From: %s" % addr(name, a), "To: %s" % o.from_addr, subj_hdr(subject),
            "Message-ID: %s" % mid]
    if threaded:
        hdrs += ["In-Reply-To: %s" % o.msgid]
    if ua:
        hdrs.append(ua)
    hdrs += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"]
    env = envelope(k, mailbox, at, prov)
    return assemble(env, prov.lines, hdrs, text + "\n")


# ------------------------------------------------------------------ read receipts
def mdn_outlook(k, at, o, name, a):
    dom = a.split("@")[1]
    prov = prov_ms(k, a, CC, at, dom, consumer=False)
    srv = prov.srv
    mid = "<%s%s@%s>" % (srv.split(".")[0], k.hexs(28, True), srv)
    b = "_%03d_%s_" % (k.r.randint(1, 9), mid[1:30])
    d = o.date.astimezone(UTC)
    txt = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n"
           % (name, o.subject, "%s, %s %d, %d %s (UTC)" % (LDAYS[d.weekday()], LMONS[d.month - 1], d.day, d.year,
                                                          d.strftime("%-I:%M:%S %p")),
              "%s, %s %d, %d %s (UTC)" % (LDAYS[at.astimezone(UTC).weekday()], LMONS[10], at.astimezone(UTC).day, 2027,
                                          sec(at, -9).astimezone(UTC).strftime("%-I:%M:%S %p"))))
    html = '<html><body><font size="2"><span style="font-size:11pt;"><div class="PlainText">%s</div></span></font></body></html>\n' % text_html_simple(txt)
    alt_b = "_%03d_%s_" % (k.r.randint(1, 9), mid[1:28])
    alt = multipart(alt_b, [part('text/plain; charset="us-ascii"', txt, "quoted-printable"),
                            part('text/html; charset="us-ascii"', html, "quoted-printable")])
    mdn = ("Reporting-UA: %s; Microsoft Exchange Server 15.20\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
           "X-MSExch-Correlation-Key: %s\n" % (srv, a, o.msgid, k.b64(24)))
    body = multipart(b, ['Content-Type: multipart/alternative;\n\tboundary="%s"\n\n%s' % (alt_b, alt),
                         'Content-Type: message/disposition-notification\n\n' + mdn])
    hdrs = ["From: %s" % addr(name, a), "To: %s" % addr(o.from_name, o.from_addr), "Subject: Read: %s" % o.subject,
            "Thread-Topic: %s" % o.subject, "Date: %s" % rfcdate(at.astimezone(UTC), twodigit=False),
            "Message-ID: %s" % mid, "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid,
            "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
            'Content-Type: multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % b,
            "MIME-Version: 1.0"]
    env = envelope(k, "customercare", at, prov)
    return assemble(env, prov.lines, hdrs, body)


def mdn_thunderbird(k, at, o, name, a, smtp):
    dom = a.split("@")[1]
    prov = prov_isp(k, a, BOX["powerhousecatalog"], at, smtp, dom)
    b = "------------%s" % k.alnum(24)
    mid = "<%s@%s>" % (k.uuid(), dom)
    txt = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n" % a)
    mdn = ("Reporting-UA: %s; Thunderbird 128.4.2esr\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n" % (dom, a, o.msgid))
    body = multipart(b, [part("text/plain; charset=UTF-8", txt, "7bit"),
                         "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n" + mdn,
                         "Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: inline\n\n"
                         + "\n".join(ours_headers_block(o)) + "\n"], preamble="This is a multi-part message in MIME format.")
    hdrs = ["Message-ID: %s" % mid, "Date: %s" % rfcdate(sec(at, -2)), "MIME-Version: 1.0",
            "From: %s" % addr(name, a), "To: %s" % addr(o.from_name, o.from_addr),
            subj_hdr("Return Receipt (displayed) - %s" % o.subject),
            'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="%s"' % b]
    env = envelope(k, "powerhousecatalog", at, prov)
    return assemble(env, prov.lines, hdrs, body)


# ------------------------------------------------------------------ bulk / vendor / list / calendar / spam
def bulk(k, at, mailbox, from_name, from_addr, subject, text, html=None, helo=None, ip=None, list_id=None,
         unsub=None, precedence="bulk", extra=None, return_path=None, html_only=False, cs="utf-8", dkim_dom=None,
         spf="pass", dmarc="pass", msgid_dom=None):
    dom = from_addr.split("@")[1]
    prov = prov_host(k, helo or ("mta%d.%s" % (k.r.randint(1, 40), dom)), ip or "%d.%d.%d.%d" % (
        k.r.choice([13, 52, 149, 159, 167, 198]), k.r.randint(1, 254), k.r.randint(1, 254), k.r.randint(2, 250)),
                     dkim_dom or dom, dkim=dkim_dom != "", spf=spf, dmarc=dmarc,
                     mailfrom=return_path or ("bounce-%s@%s" % (k.hexs(10), dom)))
    prov.dmarc_dom = dom
    mid = "<%s.%s@%s>" % (k.hexs(20), int(at.timestamp()), msgid_dom or dom)
    hdrs = ["From: %s" % addr(from_name, from_addr), "To: %s" % BOX[mailbox], subj_hdr(subject),
            "Date: %s" % rfcdate(sec(at, -k.r.randint(5, 90)).astimezone(UTC)), "Message-ID: %s" % mid,
            "MIME-Version: 1.0"]
    if list_id:
        hdrs.append("List-Id: %s" % list_id)
    if unsub:
        hdrs.append("List-Unsubscribe: %s" % unsub)
        if "https" in unsub:
            hdrs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    if precedence:
        hdrs.append("Precedence: %s" % precedence)
    hdrs += extra or []
    if html_only:
        hdrs += ['Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: quoted-printable"]
        body = qp(html, cs)
    elif html:
        b = "----=_NmP-%s-Part_%d" % (k.hexs(16), k.r.randint(1, 9))
        body = multipart(b, [part('text/plain; charset="%s"' % cs, text, "quoted-printable", cs),
                             part('text/html; charset="%s"' % cs, html, "quoted-printable", cs)])
        hdrs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
    else:
        hdrs += ['Content-Type: text/plain; charset="%s"' % cs, "Content-Transfer-Encoding: quoted-printable"]
        body = qp(text, cs)
    env = envelope(k, mailbox, at, prov)
    return assemble(env, prov.lines, hdrs, body)


def raw_custom(k, at, mailbox, prov, hdrs, body, return_path=None):
    env = envelope(k, mailbox, at, prov, return_path=return_path)
    return assemble(env, prov.lines, hdrs, body)


# ------------------------------------------------------------------ unsubscribe buttons
def unsub_gmail(k, at, name, a, mailbox, subject):
    prov = prov_gmail(k, a, BOX[mailbox], at)
    mid = "<CA%s%s@mail.gmail.com>" % (k.r.choice(["+", "K", "L", "H"]), k.alnum(44))
    hdrs = ["MIME-Version: 1.0", "From: %s" % addr(name, a), "Date: %s" % rfcdate(sec(at, -2), twodigit=False),
            "Message-ID: %s" % mid, "Subject: %s" % subject, "To: %s" % BOX[mailbox],
            'Content-Type: text/plain; charset="UTF-8"']
    return raw_custom(k, at, mailbox, prov, hdrs, "This message was automatically generated by Gmail.\n")


def unsub_apple(k, at, name, a, mailbox, subject):
    dom = a.split("@")[1]
    from infra import prov_icloud
    prov = prov_icloud(k, a, BOX[mailbox], at) if dom in ("icloud.com", "me.com") else prov_gmail(k, a, BOX[mailbox], at)
    mid = "<%s@%s>" % (k.uuid(upper=True), dom)
    hdrs = ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "From: %s" % addr(name, a),
            "Mime-Version: 1.0 (1.0)", "Subject: %s" % subject, "Date: %s" % rfcdate(sec(at, -2), twodigit=False),
            "Message-Id: %s" % mid, "To: %s" % BOX[mailbox], "X-Mailer: iPhone Mail (22B91)"]
    return raw_custom(k, at, mailbox, prov, hdrs, "")


def unsub_outlook(k, at, name, a, mailbox, subject):
    dom = a.split("@")[1]
    prov = prov_ms(k, a, BOX[mailbox], at, dom, True)
    srv = prov.srv
    mid = "<%s%s@%s>" % (srv.split(".")[0], k.hexs(28, True), srv)
    txt = "This sender has been unsubscribed by the recipient using Outlook.\n"
    hdrs = ["From: %s" % addr(name, a), "To: %s" % BOX[mailbox], "Subject: %s" % subject,
            "Thread-Topic: %s" % subject, "Thread-Index: %s" % k.b64(16)[:22], "Date: %s" % rfcdate(sec(at, -3).astimezone(UTC), twodigit=False),
            "Message-ID: %s" % mid, "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:", "x-ms-publictraffictype: Email",
            'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable", "MIME-Version: 1.0"]
    hdrs += ms_tail2(k, at, srv)
    return raw_custom(k, at, mailbox, prov, hdrs, qp(txt))


def unsub_yahoo(k, at, name, a, mailbox, subject):
    dom = a.split("@")[1]
    prov = prov_yahoo(k, a, BOX[mailbox], at, dom)
    d = sec(at, -3).astimezone(UTC)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (k.r.randint(10 ** 8, 2 * 10 ** 9), k.r.randint(10 ** 5, 9 * 10 ** 6), int(d.timestamp() * 1000))
    hdrs = ["Date: %s (UTC)" % rfcdate(d, twodigit=False), "From: %s" % addr(name, a), "To: %s" % BOX[mailbox],
            "Message-ID: %s" % mid, "Subject: %s" % subject, "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit",
            "X-Mailer: WebService/1.1.%d %s" % (k.r.randint(22000, 23999), "AolMailNorrin" if dom == "aol.com" else "YMailNorrin")]
    return raw_custom(k, at, mailbox, prov, hdrs, "unsubscribe\n")


def unsub_cleaner(k, at, name, a, mailbox, subject, service, svc_host, body, auto_submitted=True):
    """An inbox-cleaning service sends the mailto: unsubscribe from the user's own address (OAuth / relay)."""
    dom = a.split("@")[1]
    if dom == "gmail.com":
        prov = prov_gmail(k, a, BOX[mailbox], at)
        mid = "<%s@%s>" % (k.uuid(), svc_host)
    elif dom in ("outlook.com", "hotmail.com"):
        prov = prov_ms(k, a, BOX[mailbox], at, dom, True)
        mid = "<%s@%s>" % (k.uuid(), svc_host)
    else:
        prov = prov_yahoo(k, a, BOX[mailbox], at, dom)
        mid = "<%s@%s>" % (k.uuid(), svc_host)
    hdrs = ["MIME-Version: 1.0", "From: %s" % addr(name, a), "To: %s" % BOX[mailbox], "Subject: %s" % subject,
            "Date: %s" % rfcdate(sec(at, -2).astimezone(UTC)), "Message-ID: %s" % mid]
    if auto_submitted:
        hdrs.append("Auto-Submitted: auto-generated")
    hdrs += ["X-Mailer: %s" % service, 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 7bit"]
    return raw_custom(k, at, mailbox, prov, hdrs, body + "\n")
