"""Machine mail answering our sends, plus the software-made human messages (unsubscribe buttons, web form)."""
from lib import *
from lib import R
from clients import prov_gmail, prov_outlook, prov_yahoo, prov_icloud, at_gmail, outlook_block


def our_headers(o):
    """header block of one of our outgoing messages, as a remote server would copy it back"""
    d = central(o["date"])
    h = ["Return-Path: <%s>" % o["addr"],
         "Received: from out01.alliant-energy.com (out01.alliant-energy.com [198.51.100.25])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
             o.get("rhost", "mx.example.net"), rnd(12), o["to"], rfcdate(plus(d, 3), zname=True)),
         dkim("alliant-energy.com", "ae2026", "from:to:subject:date:message-id:list-unsubscribe", t=int(d.timestamp())),
         "From: %s" % addr(o["name"], o["addr"])]
    if o.get("reply_to"):
        h.append("Reply-To: Alliant Energy Customer Care <%s>" % o["reply_to"])
    h += ["To: %s" % o["to"], fold("Subject", o["subject"]), "Date: %s" % rfcdate(d), "Message-ID: %s" % o["mid"],
          "MIME-Version: 1.0"]
    if o.get("lu"):
        h += ["List-Unsubscribe: %s" % o["lu"], "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "Precedence: bulk"]
    if o["key"] == "ack":
        h.append("Auto-Submitted: auto-replied")
    if o["key"] == "staff":
        h.append("Disposition-Notification-To: Alliant Energy Customer Care <customercare@alliant-energy.com>")
    h.append('Content-Type: multipart/alternative; boundary="=_ae_%s"' % rnd(16, HEX))
    return "\n".join(h)


def _prov_plain(env, helo, ip, dom, dkim_ok=True, spf="pass"):
    if dkim_ok:
        auth = ("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=default header.b=%s;\n"
                "\tspf=%s (mx1.alliant-energy.com: %s) smtp.%s;\n\tdmarc=pass (p=NONE dis=NONE) header.from=%s" % (
                    dom, dom, rnd(8), spf, ("domain of %s designates %s as permitted sender" % (env, ip)) if env else ("%s: helo %s" % (ip, helo)),
                    ("mailfrom=" + env) if env else ("helo=" + helo), dom))
    else:
        auth = ("dkim=none;\n\tspf=%s (mx1.alliant-energy.com: %s) smtp.%s;\n\tdmarc=none (p=NONE dis=NONE) header.from=%s" % (
            spf, ("domain of %s designates %s as permitted sender" % (env, ip)) if env else ("%s: helo %s" % (ip, helo)),
            ("mailfrom=" + env) if env else ("helo=" + helo), dom))
    return dict(env=env, helo=helo, ip=ip, auth=auth, headers=[])


# ------------------------------------------------------------------ bounces
def dsn_postfix(s):
    o = s["ours"]; rcpt = o["to"]; host = s["host"]; ip = s["ip"]
    o["rhost"] = host
    p = _prov_plain("", host, ip, host.split(".", 1)[1], dkim_ok=False, spf="pass")
    d = central(s["date"])
    qid_ = rnd(10, "0123456789ABCDEF")
    action = s.get("action", "failed")
    if action == "delayed":
        subj = "Delayed Mail (still being retried)"
        txt = ("This is the mail system at host %s.\n\n####################################################################\n"
               "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
               "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
               "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
               "delete your own text from the attached returned message.\n\n                   The mail system\n\n"
               "<%s>: %s\n" % (host, rcpt, s["diag"]))
        status, act = "4.2.2", "delayed"
    else:
        subj = "Undelivered Mail Returned to Sender"
        txt = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
               "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
               "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, s["diag"]))
        status, act = s.get("status", "5.1.1"), "failed"
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n%s"
          "Diagnostic-Code: %s\n" % (host, qid_, o["addr"], rfcdate(plus(central(o["date"]), 4), pad=True, zname=True), rcpt, rcpt, act, status,
                                     ("Will-Retry-Until: %s\n" % rfcdate(plus(d, 5 * 86400 - 4 * 3600), pad=True, zname=True)) if act == "delayed" else "",
                                     s.get("code", "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt)))
    b = "%s.%d/%s" % (qid_, int(d.timestamp()), host)
    parts = [(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], txt),
             (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], ds),
             (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], our_headers(o) + "\n")]
    ct, body = multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\n", ct_extra="")
    ct = ct.replace("multipart/report;", "multipart/report; report-type=delivery-status;\n\t")
    ch = ["Received: by %s (Postfix)\n\tid %s; %s" % (host, qid_, rfcdate(d, pad=True, zname=True)),
          "Date: " + rfcdate(d, pad=True, zname=True),
          "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
          "Subject: " + subj, "To: " + o["addr"], "Auto-Submitted: auto-replied", "MIME-Version: 1.0", ct,
          "Content-Transfer-Encoding: 8bit", "Message-Id: <%s.%s@%s>" % (d.astimezone(UTC).strftime("%Y%m%d%H%M%S"), qid_, host)]
    return p, ch, body, ch[-1].split(": ", 1)[1]


def gmail_bounce(s):
    o = s["ours"]; rcpt = o["to"]
    o["rhost"] = "mx.google.com"
    ip = "209.85.%d.%d" % (R.randint(128, 222), R.randint(2, 250))
    p = _prov_plain("", "mail-sor-f%d.google.com" % R.randint(40, 99), ip, "googlemail.com")
    p["auth"] = ("dkim=pass (2048-bit key; unprotected) header.d=googlemail.com header.i=@googlemail.com header.a=rsa-sha256 header.s=20230601 header.b=%s;\n"
                 "\tspf=pass (mx1.alliant-energy.com: domain of postmaster@%s designates %s as permitted sender) smtp.helo=%s;\n"
                 "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com" % (rnd(8), p["helo"], ip, p["helo"]))
    d = s["date"]
    b = "00000000000%s" % rnd(17, "0123456789abcdef")
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n"
           "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser %s - gsmtp\n" % (rcpt, rnd(12, "abcdefghijklmnopqrstuvwxyz0123456789")))
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; out01.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.115.27, the server for the domain gmail.com.)\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: %s\n" % (
              rfcdate(pacific(o["date"]), pad=False, zname=True), rcpt, rfcdate(pacific(d), pad=False, zname=True)))
    ct, body = multipart("report", b, [leaf(txt, charset="UTF-8", omit_7bit=True),
                                       (["Content-Type: message/delivery-status"], ds),
                                       (["Content-Type: text/rfc822-headers"], our_headers(o) + "\n")])
    ct = ct.replace("multipart/report;", "multipart/report; report-type=delivery-status;")
    mid = "<%s@mx.google.com>" % uuid_upper().lower().replace("-", "")[:24]
    ch = [dkim("googlemail.com", "20230601", "to:from:auto-submitted:subject:references:in-reply-to:message-id\n         :date:from:to:cc:subject:date:message-id:reply-to", t=int(d.timestamp())),
          "Return-Path: <>", "Received: by 2002:a05:6214:%x::%x with SMTP id %s;\n        %s" % (R.randint(0x100, 0xfff), R.randint(1, 255), rnd(8), rfcdate(pacific(d), zname=True)),
          "Content-Type: " + ct.split(": ", 1)[1], "To: " + o["addr"], "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
          "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)", "References: " + o["mid"],
          "In-Reply-To: " + o["mid"], "X-Failed-Recipients: " + rcpt, "Message-ID: " + mid, "Date: " + rfcdate(pacific(d)),
          "MIME-Version: 1.0"]
    # Return-Path inside is not kept by our MTA; drop it (ours is added at delivery)
    ch = [c for c in ch if not c.startswith("Return-Path")]
    return p, ch, body, mid


def exchange_ndr(s):
    o = s["ours"]; rcpt = o["to"]; dom = rcpt.split("@")[1]
    o["rhost"] = "mail.protection.outlook.com"
    p = _prov_plain("", "mail-%s.outbound.protection.outlook.com" % rnd(12, "abcdefghijklmnopqrstuvwxyz0123456789"),
                    "40.107.%d.%d" % (R.randint(1, 250), R.randint(2, 250)), dom, dkim_ok=False, spf="none")
    d = central(s["date"]).astimezone(UTC)
    b = "_%s_" % uuid_upper().lower()
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
            '<div style="font-family: Segoe UI, Frutiger, Arial, sans-serif; font-size:13px;">\n'
            '<p><b><font color="#000000" size="3">Your message to %s couldn\'t be delivered.</font></b></p>\n'
            '<p>%s wasn\'t found at %s.</p>\n<p><b>Action Required</b></p><p>Recipient</p>\n<p>Unknown To address</p>\n'
            '<p><b>How to Fix It</b></p><p>The address may be misspelled or may not exist. Try one or more of the following:</p>\n'
            '<p>Retype the recipient\'s address, then resend the message.</p>\n'
            '<p>More Info for Email Admins</p><p>Status code: 550 5.1.10</p>\n'
            '<p>Original Message Details<br>Created Date: %s<br>Sender Address: %s<br>Recipient Address: %s<br>Subject: %s</p>\n'
            '</div>\n</body>\n</html>\n' % (rcpt, rcpt.split("@")[0], dom, rfcdate(central(o["date"]).astimezone(UTC)).replace("-0000", "+0000"), o["addr"], rcpt, esc(o["subject"])))
    ds = ("Reporting-MTA: dns;%s.namprd%02d.prod.outlook.com\nReceived-From-MTA: dns;out01.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % (
              "MN2PR17MB%d" % R.randint(1000, 9999), R.randint(10, 19), rfcdate(central(o["date"]).astimezone(UTC)).replace("-0000", "+0000"), rcpt))
    ct, body = multipart("report", b, [leaf(html, "html", charset="us-ascii", cte="quoted-printable"),
                                       (["Content-Type: message/delivery-status"], ds),
                                       (["Content-Type: text/rfc822-headers"], our_headers(o) + "\n")])
    ct = ct.replace("multipart/report;", "multipart/report; report-type=delivery-status;")
    mid = "<%s@%s.namprd%02d.prod.outlook.com>" % (uuid_upper().lower(), "MN2PR17MB%d" % R.randint(1000, 9999), R.randint(10, 19))
    ch = ["From: postmaster@%s" % dom.replace(".com", ".onmicrosoft.com"), "To: " + o["addr"], "Date: " + rfcdate(d, pad=True).replace("-0000", "+0000"),
          ct, "MIME-Version: 1.0", "Message-ID: " + mid, "In-Reply-To: " + o["mid"], "References: " + o["mid"],
          fold("Subject", "Undeliverable: " + o["subject"]), "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
          "X-MS-PublicTrafficType: Email", "X-MS-Exchange-Organization-AuthSource: %s.namprd17.prod.outlook.com" % "MN2PR17MB4471"]
    return p, ch, body, mid


def qmail_failure(s):
    o = s["ours"]; rcpt = o["to"]
    o["rhost"] = "mta7.am0.yahoodns.net"
    ip = "98.137.%d.%d" % (R.randint(64, 79), R.randint(2, 250))
    host = "mta%d.mail.gq1.yahoo.com" % R.randint(4000, 4999)
    p = _prov_plain("", host, ip, "yahoo.com", dkim_ok=False, spf="none")
    d = central(s["date"]).astimezone(UTC)
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
            "554: delivery error: dd This user doesn't have a yahoo.com account (%s) [0] - %s\n\n"
            "--- Below this line is a copy of the message.\n\n%s\n\n" % (rcpt, rcpt, host, our_headers(o)))
    ch = ["Received: from %s by %s with SMTP; %s" % ("out01.alliant-energy.com", host, rfcdate(d).replace("-0000", "+0000")),
          "From: MAILER-DAEMON@yahoo.com", "To: " + o["addr"], "Date: " + rfcdate(d).replace("-0000", "+0000"),
          "Subject: Failure Notice"]
    return p, ch, body, None


def own_bounce(s):
    """our own outbound MTA bounces an acknowledgement (recipient domain typo)"""
    o = s["ours"]; rcpt = o["to"]
    host = "out01.alliant-energy.com"
    o["rhost"] = host
    p = dict(env="", helo=host, ip="198.51.100.25",
             auth="dkim=none;\n\tspf=pass (mx1.alliant-energy.com: 198.51.100.25: helo out01.alliant-energy.com) smtp.helo=out01.alliant-energy.com;\n\tdmarc=none (p=QUARANTINE dis=NONE) header.from=out01.alliant-energy.com",
             headers=[])
    s2 = dict(s, host=host, ip="198.51.100.25", diag="Host or domain name not found. Name service error for name=%s type=A: Host not found" % rcpt.split("@")[1],
              status="5.4.4", code="X-Postfix; Host or domain name not found. Name service error for\n    name=%s type=A: Host not found" % rcpt.split("@")[1])
    p2, ch, body, mid = dsn_postfix(s2)
    return p, ch, body, mid


# ------------------------------------------------------------------ auto-replies
def exchange_ooo(s):
    o = s["ours"]
    p = prov_outlook(s, domain=s["frm"][1].split("@")[1], corp=True)
    p["env"] = ""
    lang = s.get("lang", "en")
    pre = "Respuesta automática: " if lang == "es" else "Automatic reply: "
    txt = s["text"]
    html = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="ltr">%s</div>\n</body>\n</html>\n' % text_to_html_divs(txt)
    b = "_000_%s_" % rnd(40, "0123456789ABCDEF")
    ct, body = multipart("alternative", b, [leaf(txt, charset="utf-8" if not is_ascii(txt) else "us-ascii", cte="quoted-printable"),
                                            leaf(html, "html", charset="utf-8", cte="quoted-printable")])
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (s["_box"], rnd(24, "0123456789ABCDEF"), s["_box"], R.randint(10, 19))
    ch = [from_h_(s), "To: " + addr(o["name"], o["addr"]), subj_header(pre + o["subject"]),
          subj_header(o["subject"], name="Thread-Topic"), "Thread-Index: AQH%s==" % rnd(26, ALNUM + "+/"),
          "Date: " + rfcdate(central(s["date"]).astimezone(UTC), pad=True).replace("-0000", "+0000"), "Message-ID: " + mid,
          "References: " + o["mid"], "In-Reply-To: " + o["mid"], "Content-Language: " + ("es-MX" if lang == "es" else "en-US"),
          "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator:",
          "auto-submitted: auto-generated" if s.get("auto_submitted", True) else "x-ms-exchange-parent-message-id: " + o["mid"],
          "x-auto-response-suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: %s" % s["frm"][1], ct, "MIME-Version: 1.0"]
    return p, ch, body, mid


def from_h_(s):
    return "From: " + addr(s["frm"][0], s["frm"][1])


def plain_autoreply(s):
    """small-host vacation / 'not monitored' / ticket auto-replies; auto_submitted optional"""
    o = s["ours"]
    dom = s["frm"][1].split("@")[1]
    host = s.get("host", "mail.%s" % dom)
    ip = s.get("ip", "192.0.2.%d" % R.randint(10, 250))
    p = _prov_plain(s.get("env", s["frm"][1]), host, ip, dom, dkim_ok=s.get("dkim", True))
    mid = "<%s.%s@%s>" % (rnd(16, HEX), int(s["date"].timestamp()), host)
    subj = s.get("subject") or ("Re: " + o["subject"])
    cs = s.get("charset", "utf-8")
    h, b = leaf(s["text"], charset=cs, cs_quote=False, cte=s.get("cte", "auto"))
    ch = ["Date: " + rfcdate(s["date"]), from_h_(s), "To: " + addr(o["name"], o["addr"]), subj_header(subj),
          "Message-ID: " + mid]
    if s.get("thread", True):
        ch += ["In-Reply-To: " + o["mid"], "References: " + o["mid"]]
    ch += s.get("extra", [])
    ch += ["MIME-Version: 1.0"] + h
    if s.get("xmailer"):
        ch.append("X-Mailer: " + s["xmailer"])
    return p, ch, b, mid


def gmail_vacation(s):
    o = s["ours"]
    p = prov_gmail(s)
    mid = "<CA%s@mail.gmail.com>" % rnd(46, ALNUM + "+_-")
    b = "000000000000" + rnd(16, HEX)
    ct, body = multipart("alternative", b, [leaf(s["text"], charset="UTF-8", omit_7bit=True),
                                            leaf('<div dir="ltr">%s</div>\n' % text_to_html_divs(s["text"]), "html", charset="UTF-8", omit_7bit=True)])
    ch = ["MIME-Version: 1.0", "References: " + o["mid"], "In-Reply-To: " + o["mid"], from_h_(s),
          "Auto-Submitted: auto-replied", "Date: " + rfcdate(s["date"]), "Message-ID: " + mid,
          subj_header(s["subject"]), "To: " + addr(o["name"], o["addr"]), ct]
    return p, ch, body, mid


# ------------------------------------------------------------------ receipts
def mdn_outlook(s):
    o = s["ours"]
    o["rhost"] = "mail.protection.outlook.com"
    p = prov_outlook(s)
    d = central(s["date"])
    h, ap = h12(d)
    hs, hap = h12(central(o["date"]))
    wasread = s.get("read", True)
    txt = ("Your message\n\n        To: %s\n        Subject: %s\n        Sent: %s, %s %d, %d %d:%02d:%02d %s (UTC-%02d:00) Central Time (US & Canada)\n\n"
           "%s on %s, %s %d, %d %d:%02d:%02d %s (UTC-%02d:00) Central Time (US & Canada).\n" % (
               s["frm"][1], o["subject"], DOW_LONG[central(o["date"]).weekday()], MON_LONG[2], central(o["date"]).day, 2027, hs,
               central(o["date"]).minute, central(o["date"]).second, hap, 6 if central(o["date"]).utcoffset().total_seconds() == -21600 else 5,
               "was read" if wasread else "was deleted without being read",
               DOW_LONG[d.weekday()], MON_LONG[2], d.day, 2027, h, d.minute, d.second, ap, 6 if d.utcoffset().total_seconds() == -21600 else 5))
    dn = ("Reporting-UA: %s.namprd12.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\n"
          "Original-Message-ID: %s\nDisposition: automatic-action/MDN-sent-automatically; %s\n" % (
              s["_box"], s["frm"][1], o["mid"], "displayed" if wasread else "deleted"))
    b = "_%s_" % uuid_upper().lower()
    ct, body = multipart("report", b, [leaf(txt, charset="us-ascii", cte="quoted-printable"),
                                       (["Content-Type: message/disposition-notification"], dn)])
    ct = ct.replace("multipart/report;", "multipart/report;\n\treport-type=disposition-notification;")
    mid = "<%s%s@%s.namprd12.prod.outlook.com>" % (s["_box"], rnd(24, "0123456789ABCDEF"), s["_box"])
    ch = [from_h_(s), "To: " + addr(o["name"], o["addr"]), subj_header(("Read: " if wasread else "Not read: ") + o["subject"]),
          "Thread-Topic: " + o["subject"].replace("RE: ", ""), "Date: " + rfcdate(d.astimezone(UTC), pad=True).replace("-0000", "+0000"),
          "Message-ID: " + mid, "References: " + o["mid"], "In-Reply-To: " + o["mid"], "Content-Language: en-US",
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "x-ms-publictraffictype: Email", "x-ms-exchange-messagesentrepresentingtype: 1",
          ct, "MIME-Version: 1.0"]
    return p, ch, body, mid


def mdn_thunderbird(s):
    o = s["ours"]
    from clients import prov_mediacom
    o["rhost"] = "mx.mchsi.com"
    p = prov_mediacom(s)
    d = s["date"]
    txt = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
           "There is no guarantee that the recipient has read or understood the message contents.\n" % s["frm"][1])
    dn = ("Reporting-UA: %s; Thunderbird 128.8.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n" % (s["frm"][1].split("@")[1], s["frm"][1], o["mid"]))
    b = "------------%s" % rnd(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    ct, body = multipart("report", b, [leaf(txt, charset="UTF-8", cs_quote=False, extra="; format=flowed"),
                                       (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
                                         "Content-Disposition: inline", "Content-Transfer-Encoding: 7bit"], dn),
                                       (["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"", "Content-Transfer-Encoding: 7bit",
                                         "Content-Disposition: inline"], our_headers(o) + "\n")],
                           preamble="This is a multi-part message in MIME format.")
    ct = ct.replace("multipart/report;", "multipart/report; report-type=disposition-notification;\n")
    mid = "<%s-%s-%s-%s-%s@%s>" % (rnd(8, HEX), rnd(4, HEX), rnd(4, HEX), rnd(4, HEX), rnd(12, HEX), s["frm"][1].split("@")[1])
    ch = ["Message-ID: " + mid, "Date: " + rfcdate(d), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
          "From: " + addr(s["frm"][0], s["frm"][1]), "Subject: Return Receipt (displayed) - " + o["subject"],
          "To: " + addr(o["name"], o["addr"]), "References: " + o["mid"], ct]
    return p, ch, body, mid


# ------------------------------------------------------------------ challenge-response
def boxtrapper(s):
    o = s["ours"]
    dom = s["frm"][1].split("@")[1]
    host = "box%d.bluehost.com" % R.randint(1000, 9999)
    p = _prov_plain(s["frm"][1], host, "162.241.%d.%d" % (R.randint(1, 250), R.randint(2, 250)), dom)
    tok = rnd(40, HEX)
    txt = ("The sender of this email address has implemented an anti-spam measure called BoxTrapper.\n\n"
           "The message you sent to %s requires that you verify that you are a real live human being and not a spam source.\n\n"
           "To complete this verification, simply reply to this message and leave the subject line intact or click the link below:\n\n"
           "https://%s:2096/cgi-sys/bxd.cgi?a=%s&verify=%s\n\n"
           "The headers of the message sent from your address are shown below:\n\n%s\n" % (s["frm"][1], dom, s["frm"][1], tok, our_headers(o)))
    mid = "<%s@%s>" % (rnd(20, HEX), host)
    h, b = leaf(txt, charset="utf-8", cs_quote=False)
    ch = ["Date: " + rfcdate(s["date"]), "From: " + s["frm"][1], "To: " + o["addr"], "Subject: verify#%s" % tok,
          "Message-ID: " + mid, "X-Boxtrapper: %s" % tok, "MIME-Version: 1.0"] + h
    return p, ch, b, mid


def sendercheck(s):
    o = s["ours"]
    p = _prov_plain("bounce-%s@mail.sendercheck.net" % rnd(10, HEX), "mail.sendercheck.net",
                    "203.0.113.%d" % R.randint(10, 250), "sendercheck.net")
    name = s["frm"][0]
    txt = ("Hello,\n\nI'm protecting myself from receiving junk mail. Just this once, please click the link below so I can receive your e-mail.\n\n"
           "https://www.sendercheck.net/verify?c=%s\n\nYou won't have to do this again.\n\n%s\n\n"
           "--\nThis is an automated message from SenderCheck. Your original message \"%s\" is being held until you verify.\n" % (
               rnd(24), name, o["subject"]))
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hello,</p><p>I'm protecting myself from receiving junk mail. Just this once, "
            "please <a href=\"https://www.sendercheck.net/verify?c=%s\">click here</a> so I can receive your e-mail.</p><p>You won't have to do this again.</p><p>%s</p>"
            "<hr><p style=\"font-size:11px;color:#666\">This is an automated message from SenderCheck. Your original message &quot;%s&quot; is being held until you verify.</p></body></html>\n" % (
                rnd(24), esc(name), esc(o["subject"])))
    b = "=_sc_%s" % rnd(20, HEX)
    ct, body = multipart("alternative", b, [leaf(txt, charset="UTF-8", cte="quoted-printable"), leaf(html, "html", charset="UTF-8", cte="quoted-printable")])
    mid = "<%s@sendercheck.net>" % rnd(24, HEX)
    ch = ["Date: " + rfcdate(s["date"]), 'From: "%s (via SenderCheck)" <verify@sendercheck.net>' % name,
          "Reply-To: verify+%s@sendercheck.net" % rnd(12, HEX), "To: " + o["addr"],
          subj_header("Please verify your e-mail to %s" % name), "Message-ID: " + mid, "In-Reply-To: " + o["mid"],
          "Auto-Submitted: auto-replied", "Precedence: junk", "MIME-Version: 1.0", ct]
    return p, ch, body, mid


# ------------------------------------------------------------------ software acting for a person
def gmail_unsub(s):
    p = prov_gmail(s)
    mid = "<CA%s@mail.gmail.com>" % rnd(46, ALNUM + "+_-")
    h, b = leaf("This message was automatically generated by Gmail.\n", charset="UTF-8", omit_7bit=True)
    ch = ["MIME-Version: 1.0", from_h_(s), "Date: " + rfcdate(s["date"]), "Message-ID: " + mid,
          "Subject: " + s["subject"], "To: " + s["to_hdr"]] + h
    return p, ch, b, mid


def outlook_unsub(s):
    p = prov_outlook(s)
    mid = "<%s%s@%s.namprd%02d.prod.outlook.com>" % (s["_box"], rnd(24, "0123456789ABCDEF"), s["_box"], R.randint(10, 19))
    ch = [from_h_(s), "To: " + s["to_hdr"], "Subject: " + s["subject"], "Thread-Topic: " + s["subject"],
          "Thread-Index: AQH%s==" % rnd(26, ALNUM + "+/"), "Date: " + rfcdate(central(s["date"]).astimezone(UTC), pad=True).replace("-0000", "+0000"),
          "Message-ID: " + mid, "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
          "X-MS-TNEF-Correlator:", "x-ms-publictraffictype: Email", 'Content-Type: text/plain; charset="us-ascii"',
          "Content-Transfer-Encoding: quoted-printable", "MIME-Version: 1.0"]
    return p, ch, "\n", mid


def ios_unsub(s):
    p = prov_icloud(s)
    mid = "<%s@icloud.com>" % uuid_upper()
    ch = ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", from_h_(s),
          "Mime-Version: 1.0 (1.0)", "Subject: " + s["subject"], "Date: " + rfcdate(s["date"]), "Message-Id: " + mid,
          "To: " + s["to_hdr"], "X-Mailer: iPhone Mail (22D72)"]
    return p, ch, "\n", mid


def unsub_service(s):
    p = _prov_plain("bounces+%s@out.clearlyinbox.com" % rnd(10, HEX), "o%d.out.clearlyinbox.com" % R.randint(10, 99),
                    "198.18.%d.%d" % (R.randint(1, 250), R.randint(2, 250)), "clearlyinbox.com")
    txt = ("unsubscribe\n\nThis request was sent on behalf of a Clearly Inbox user who chose to unsubscribe from this mailing list.\n"
           "Recipient: %s\nList: %s\n" % (s["user"], s["list"]))
    h, b = leaf(txt, charset="utf-8", cs_quote=False)
    mid = "<unsub.%s@clearlyinbox.com>" % rnd(20, HEX)
    ch = ["Date: " + rfcdate(s["date"]), from_h_(s), "To: " + s["to_hdr"], "Subject: " + s["subject"], "Message-ID: " + mid,
          "Auto-Submitted: auto-generated", "X-Mailer: ClearlyInbox Unsubscribe Agent/3.2", "MIME-Version: 1.0"] + h
    return p, ch, b, mid


def webform(s):
    p = dict(env="noreply@alliantenergy.com", helo="web03.alliantenergy.com", ip="198.51.100.61",
             auth="dkim=pass (2048-bit key; unprotected) header.d=alliantenergy.com header.i=@alliantenergy.com header.a=rsa-sha256 header.s=web header.b=%s;\n\tspf=pass (mx1.alliant-energy.com: domain of noreply@alliantenergy.com designates 198.51.100.61 as permitted sender) smtp.mailfrom=noreply@alliantenergy.com;\n\tdmarc=pass (p=QUARANTINE dis=NONE) header.from=alliantenergy.com" % rnd(8),
             headers=[dkim("alliantenergy.com", "web", "from:reply-to:to:subject:date:message-id", t=int(s["date"].timestamp()))])
    f = s["form"]
    txt = "Contact Us form submission\n\n" + "\n".join("%s: %s" % kv for kv in f) + "\n\nSubmitted %s from 203.0.113.%d\n" % (
        central(s["date"]).strftime("%m/%d/%Y %I:%M %p"), R.randint(2, 250))
    h, b = leaf(txt, charset="UTF-8")
    mid = "<form.%s@web03.alliantenergy.com>" % rnd(16, HEX)
    ch = ["Date: " + rfcdate(s["date"]), "From: Alliant Energy Website <noreply@alliantenergy.com>",
          "Reply-To: " + s["reply_to"], "To: " + s["to_hdr"], "Subject: " + s["subject"], "Message-ID: " + mid,
          "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "X-Form-Id: contact-us",
          "MIME-Version: 1.0"] + h
    return p, ch, b, mid


MACHINES = {
    "dsn_postfix": dsn_postfix, "gmail_bounce": gmail_bounce, "exchange_ndr": exchange_ndr,
    "qmail_failure": qmail_failure, "own_bounce": own_bounce, "exchange_ooo": exchange_ooo,
    "plain_autoreply": plain_autoreply, "gmail_vacation": gmail_vacation, "mdn_outlook": mdn_outlook,
    "mdn_thunderbird": mdn_thunderbird, "boxtrapper": boxtrapper, "sendercheck": sendercheck,
    "gmail_unsub": gmail_unsub, "outlook_unsub": outlook_unsub, "ios_unsub": ios_unsub,
    "unsub_service": unsub_service, "webform": webform,
}
