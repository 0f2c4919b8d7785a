"""Builders for machine mail: bounces, auto-replies, newsletters, phishing, receipts, vendor notices.

Each builder returns dict(env, helo, ip, dkim, spf, dmarc, fromdom, prov, headers, body)."""
import datetime as dt

from clients import OURS, body_gmail, outlook_html, prov_gmail, prov_outlook, when_outlook
from mailkit import (addr, esc, ew, leaf, local_ct, multipart, rfc, text_to_html_lines)


def _our_headers(o, rcpt):
    return ("Return-Path: <%s>\nReceived: from mta03.alliant-energy.com (mta03.alliant-energy.com [10.40.3.31])\n"
            "\tby out01.alliant-energy.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s (CST)\n"
            "From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"=_ae_%s\"\n%s" % (
                o["addr"], o["qid"], rcpt, rfc(o["date"]), o["name"], o["addr"], rcpt, o["subject"], rfc(o["date"]),
                o["mid"], o["mid"][1:9], ("List-Unsubscribe: <mailto:%s?subject=unsubscribe%%20%s>\n" % (o["addr"], o["token"]))
                if o.get("token") else ""))


def bounce_google(c, s, d, o, rcpt):
    b = "000000000000" + c.hx(12)
    b2 = "000000000000" + c.hx(12)
    text = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
            "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
            "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
            "double-checking the recipient's email address for typos or unnecessary spaces. For more information, "
            "go to https://support.google.com/mail/?p=NoSuchUser %s - gsmtp\n" % (rcpt, c.an(20).lower()))
    h = ('<html>\n<head>\n</head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n'
         '<tr><td><table cellpadding="0" cellspacing="0"><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">\n'
         '<span style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#d93025">Address not found</span>\n'
         '<p style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#202124">Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none"><b>%s</b></a> because the address couldn\'t be found, or is unable to receive mail.</p>\n'
         '</td></tr></tbody></table></td></tr></tbody></table>\n</body>\n</html>\n' % rcpt)
    alt = multipart("alternative", b2, [leaf("text/plain", text, "UTF-8"), leaf("text/html", h, "UTF-8")])
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; out01.alliant-energy.com\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com. (%s, the\n"
          " server for the domain gmail.com.)\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
          "Last-Attempt-Date: %s\n" % (rfc(o["date"]), rcpt, "142.250.%d.%d" % (c.R.randint(1, 200), c.R.randint(1, 200)), rfc(d)))
    body = multipart("report", b, [alt, leaf("message/delivery-status", ds, None, "none"),
                                   leaf("text/rfc822-headers", _our_headers(o, rcpt), None, "none")],
                     params="; report-type=delivery-status")
    P = prov_gmail(c, s, d, dom="googlemail.com", sel="20230601")
    P["prov"] = [x for x in P["prov"] if not x.startswith("X-Gm") and not x.startswith("Received: by")]
    hdr = ["MIME-Version: 1.0",
           "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
           "To: %s" % o["addr"],
           "Auto-Submitted: auto-replied",
           "Message-ID: <%s.%s.%s.%s@mx.google.com>" % (c.hx(8), c.hx(4), c.hx(4), c.hx(12)),
           "Date: %s" % rfc(d.astimezone(dt.timezone(dt.timedelta(hours=-8)))).replace("-0800", "-0800 (PST)"),
           "Subject: Delivery Status Notification (Failure)",
           "References: %s" % o["mid"], "In-Reply-To: %s" % o["mid"],
           "X-Failed-Recipients: %s" % rcpt]
    return dict(env="", helo=P["helo"], ip=P["ip"], dkim=("googlemail.com", "20230601"), spf="none",
                dmarc="pass", fromdom="googlemail.com", prov=P["prov"], headers=hdr, body=body)


def bounce_ms(c, s, d, o, rcpt):
    P = prov_outlook(c, s, d, dom="outlook.com")
    b = "_%s_" % c.uuid()
    b2 = "_%s_" % c.uuid()
    text = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\n%s    Office 365    %s\nAction Required\n"
            "        Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
            "\n  *   Retype the recipient's address, then resend the message.\n\nMore Info for Email Admins\nStatus code: 550 5.5.0\n\n"
            "Original Message Details\nCreated Date:    %s\nSender Address:    %s\nRecipient Address:    %s\nSubject:    %s\n\n"
            "Error Details\nError:    550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).\n" % (
                rcpt, rcpt.split("@")[0], rcpt.split("@")[1], "Alliant Energy", rcpt.split("@")[0],
                o["date"].astimezone(dt.timezone.utc).strftime("%m/%d/%Y %I:%M:%S %p"), o["addr"], rcpt, o["subject"]))
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
         '<p><b><font color="#000066" size="3" face="Segoe UI,Frutiger,Arial,sans-serif">Your message to %s couldn\'t be delivered.</font></b></p>\n'
         '<p>%s wasn\'t found at %s.</p>\n<p>Status code: 550 5.5.0</p>\n</body>\n</html>\n' % (rcpt, rcpt.split("@")[0], rcpt.split("@")[1]))
    alt = multipart("alternative", b2, [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                        leaf("text/html", h, "us-ascii", "quoted-printable")])
    ds = ("Reporting-MTA: dns;%s.namprd%02d.prod.outlook.com\nReceived-From-MTA: dns;out01.alliant-energy.com\nArrival-Date: %s\n\n"
          "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.5.0\n"
          "Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).\n" % (
              P["pr"], c.R.randint(2, 19), rfc(o["date"].astimezone(dt.timezone.utc)).replace("-0000", "+0000"), rcpt, rcpt))
    body = multipart("report", b, [alt, leaf("message/delivery-status", ds, None, "none"),
                                   leaf("message/rfc822-headers", _our_headers(o, rcpt), None, "none")],
                     params="; report-type=delivery-status")
    hdr = ["From: postmaster@outlook.com", "To: %s" % o["addr"], "Date: %s" % rfc(d.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
           "Content-Type: placeholder", "MIME-Version: 1.0",
           "Message-ID: <%s@%s.namprd%02d.prod.outlook.com>" % (c.uuid(), P["pr"], c.R.randint(2, 19)),
           "In-Reply-To: %s" % o["mid"], "References: %s" % o["mid"],
           "Thread-Topic: %s" % o["subject"], "Subject: Undeliverable: %s" % o["subject"],
           "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"]
    hdr.remove("Content-Type: placeholder")
    return dict(env="", helo=P["helo"], ip=P["ip"], dkim=None, spf="none", dmarc="none", fromdom="outlook.com",
                prov=P["prov"][4:], headers=hdr, body=body)


def bounce_local(c, s, d, o, rcpt):
    """Our own Postfix could not find the recipient domain (typo address)."""
    b = "%s.%d/out01.alliant-energy.com" % (o["qid"][:10], int(d.timestamp()))
    text = ("This is the mail system at host out01.alliant-energy.com.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<%s>: Host or domain name not found. Name service error for\n"
            "    name=%s type=AAAA: Host not found\n" % (rcpt, rcpt.split("@")[1]))
    ds = ("Reporting-MTA: dns; out01.alliant-energy.com\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.4.4\n"
          "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n    for name=%s type=AAAA: Host not found\n" % (
              o["qid"], o["addr"], rfc(o["date"]), rcpt, rcpt, rcpt.split("@")[1]))
    orig = ("Received: by out01.alliant-energy.com (Postfix, from userid 998)\n\tid %s; %s (CST)\nFrom: %s <%s>\nTo: %s\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n%s\n" % (
                o["qid"], rfc(o["date"]), o["name"], o["addr"], rcpt, o["subject"], rfc(o["date"]), o["mid"], o["text"]))
    body = multipart("report", b, [leaf("text/plain", text, "us-ascii", "none", extra=["Content-Description: Notification"]),
                                   leaf("message/delivery-status", ds, None, "none", extra=["Content-Description: Delivery report"]),
                                   leaf("message/rfc822", orig, None, "none", extra=["Content-Description: Undelivered Message"])],
                     params=";\n\treport-type=delivery-status", preamble="This is a MIME-encapsulated message.\n")
    hdr = ["Date: %s (CST)" % rfc(local_ct(d)), "From: MAILER-DAEMON@out01.alliant-energy.com (Mail Delivery System)",
           "Subject: Undelivered Mail Returned to Sender", "To: %s" % o["addr"], "Auto-Submitted: auto-replied",
           "MIME-Version: 1.0",
           "Message-Id: <%s@out01.alliant-energy.com>" % c.qid()]
    prov = ["Received: by out01.alliant-energy.com (Postfix)\n\tid %s; %s (CST)" % (c.qid(), rfc(local_ct(d)))]
    return dict(env="", helo="out01.alliant-energy.com", ip="10.40.3.40", dkim=None, spf="none", dmarc="none",
                fromdom="out01.alliant-energy.com", prov=prov, headers=hdr, body=body, internal=True)


def ooo_exchange(c, s, d, o, who, waddr, dom, text, prefix="Automatic reply: ", lang="en-US"):
    P = prov_outlook(c, s, d, dom=dom)
    pr = P["pr"]
    cs = "us-ascii"
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        cs = "iso-8859-1"
    b = "_000_%s%s_" % (pr, c.an(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    h = outlook_html(text, None, cs)
    body = multipart("alternative", b, [leaf("text/plain", text + "\n", cs, "quoted-printable"),
                                        leaf("text/html", h, cs, "quoted-printable")])
    hdr = ["From: %s" % addr(who, waddr), "To: %s" % addr(o["name"], o["addr"]),
           "Subject: %s" % ew(prefix + o["subject"]), "Thread-Topic: %s" % ew(o["subject"]),
           "Thread-Index: %s" % c.b64(28), "Date: %s" % rfc(d.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
           "Message-ID: %s" % P["mid"], "References: %s" % o["mid"], "In-Reply-To: %s" % o["mid"],
           "Auto-Submitted: auto-generated", "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: %s" % waddr, "X-MS-TNEF-Correlator:",
           "Content-Language: %s" % lang, "MIME-Version: 1.0"]
    return dict(env="", helo=P["helo"].replace("obe.outbound", "obe.outbound"), ip="40.107.%d.%d" % (c.R.randint(200, 244), c.R.randint(2, 250)),
                dkim=(dom, "selector1"), spf="pass", dmarc="pass", fromdom=dom, prov=P["prov"][3:], headers=hdr, body=body)


def gmail_vacation(c, s, d, o, who, waddr, text, subject):
    P = prov_gmail(c, s, d)
    b = "000000000000" + c.hx(12)
    h = '<div dir="ltr">%s</div>\n' % text_to_html_lines(text)
    body = multipart("alternative", b, [leaf("text/plain", text + "\n", "UTF-8"), leaf("text/html", h, "UTF-8")])
    hdr = ["MIME-Version: 1.0", "References: %s" % o["mid"], "In-Reply-To: %s" % o["mid"],
           "From: %s" % addr(who, waddr), "Date: %s" % rfc(d), "Message-ID: %s" % P["mid"],
           "Subject: %s" % subject, "To: %s" % addr(o["name"], o["addr"]), "Auto-Submitted: auto-replied"]
    return dict(env=waddr, helo=P["helo"], ip=P["ip"], dkim=("gmail.com", "20230601"), spf="pass", dmarc="pass",
                fromdom="gmail.com", prov=P["prov"], headers=hdr, body=body)


def plain_autoreply(c, s, d, o, who, waddr, dom, text):
    """Headerless 'no longer monitored' responder on a small-business Google Workspace domain."""
    P = prov_gmail(c, s, d, dom=dom, sel="google")
    body = leaf("text/plain", text + "\n", "UTF-8")
    hdr = ["MIME-Version: 1.0", "From: %s" % addr(who, waddr), "Date: %s" % rfc(d), "Message-ID: %s" % P["mid"],
           "Subject: Re: %s" % o["subject"], "To: %s" % o["addr"]]
    return dict(env=waddr, helo=P["helo"], ip=P["ip"], dkim=(dom, "google"), spf="pass", dmarc="pass",
                fromdom=dom, prov=P["prov"], headers=hdr, body=body)


def esp_newsletter(c, s, d, esp, from_name, from_addr, subject, text, html, list_id, unsub_url, dom, rcpt,
                   extra=()):
    if esp == "constantcontact":
        helo, ip = "ccm%d.constantcontact.com" % c.R.randint(10, 40), "208.75.123.%d" % c.R.randint(2, 250)
        env = "%s@in.constantcontact.com" % c.an(14).lower()
        dkim = ("auth.ccsend.com", "1000073432")
        mid = "<%s.%s@ccm%d.constantcontact.com>" % (c.num(13), c.num(7), c.R.randint(10, 40))
    elif esp == "mailchimp":
        helo, ip = "mail%d.atl%d.mcdlv.net" % (c.R.randint(10, 200), c.R.randint(11, 99)), "198.2.%d.%d" % (c.R.randint(128, 191), c.R.randint(2, 250))
        env = "bounce-mc.us%d_%s.%s-%s=alliant-energy.com@mail%d.atl%d.mcdlv.net" % (
            c.R.randint(1, 21), c.num(8), c.num(7), rcpt.split("@")[0], c.R.randint(10, 200), c.R.randint(11, 99))
        dkim = ("mcdlv.net", "k2")
        mid = "<%s.%s@mail.mailchimpapp.net>" % (c.hx(20), c.hx(10))
    else:  # hubspot
        helo, ip = "%s.hubspotemail.net" % c.R.choice(["o12", "o17", "o20"]), "158.247.%d.%d" % (c.R.randint(16, 31), c.R.randint(2, 250))
        env = "1ax%s@bf%02d.hubspotemail.net" % (c.an(24).lower(), c.R.randint(1, 9))
        dkim = ("hubspotemail.net", "hs1")
        mid = "<%s@hubspot.com>" % c.uuid()
    b = "----=_Part_%d_%d.%d" % (c.R.randint(10000, 99999), c.R.randint(10 ** 8, 10 ** 9), int(d.timestamp() * 1000))
    body = multipart("alternative", b, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                        leaf("text/html", html, "UTF-8", "quoted-printable")])
    hdr = ["Date: %s" % rfc(d), "From: %s" % addr(from_name, from_addr), "Reply-To: %s" % from_addr,
           "To: %s" % rcpt, "Message-ID: %s" % mid, "Subject: %s" % ew(subject), "MIME-Version: 1.0",
           "List-Id: %s" % list_id,
           "List-Unsubscribe: <%s>, <mailto:unsubscribe-%s@%s>" % (unsub_url, c.hx(16), dom),
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
           "Feedback-ID: %s:%s:%s" % (c.num(6), c.num(7), esp)] + list(extra)
    return dict(env=env, helo=helo, ip=ip, dkim=dkim, spf="pass", dmarc="pass", fromdom=from_addr.split("@")[1],
                prov=[], headers=hdr, body=body)


def mdn_read(c, s, d, o, who, waddr, dom):
    P = prov_outlook(c, s, d, dom=dom)
    b = "_%s_" % c.uuid()
    text = ("Your message\n\n        To: %s\n        Subject: %s\n        Sent: %s\n\nwas read on %s.\n" % (
        waddr, o["subject"], o["date"].strftime("%A, %B %d, %Y %I:%M:%S %p") + " (UTC-06:00) Central Time (US & Canada)",
        d.strftime("%A, %B %d, %Y %I:%M:%S %p") + " (UTC-06:00) Central Time (US & Canada)"))
    mdn = ("Reporting-UA: %s.namprd%02d.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (P["pr"], c.R.randint(2, 19), waddr, o["mid"]))
    body = multipart("report", b, [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                   leaf("message/disposition-notification", mdn, None, "none")],
                     params="; report-type=disposition-notification")
    hdr = ["From: %s" % addr(who, waddr), "To: %s" % addr(o["name"], o["addr"]), "Subject: Read: %s" % o["subject"],
           "Thread-Topic: %s" % o["subject"], "Date: %s" % rfc(d.astimezone(dt.timezone.utc)).replace("-0000", "+0000"),
           "Message-ID: %s" % P["mid"], "References: %s" % o["mid"], "In-Reply-To: %s" % o["mid"],
           "Content-Language: en-US", "X-MS-Has-Attach:", "MIME-Version: 1.0"]
    return dict(env=waddr, helo=P["helo"], ip=P["ip"], dkim=(dom, "selector1"), spf="pass", dmarc="pass",
                fromdom=dom, prov=P["prov"][3:], headers=hdr, body=body)
